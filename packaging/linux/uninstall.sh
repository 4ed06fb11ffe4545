#!/usr/bin/env bash
# Removes what install.sh installed for the current user: exactly the paths in its manifest, then the bundle.
# The app's settings, history and logs (~/.config, ~/.local/share and ~/.local/state/coze-desktop) stay.
set -euo pipefail
lib=$HOME/.local/lib/coze-desktop
data=${XDG_DATA_HOME:-$HOME/.local/share}
manifest=$lib/install-manifest.txt

if [ ! -f "$manifest" ]; then
  echo "uninstall: Coze Desktop is not installed in $lib (no $manifest)"
  exit 0
fi
while IFS= read -r path; do
  case "$path" in
    "$lib") ;;  # last, below
    "$HOME"/* | "$data"/*) rm -f -- "$path" ;;
    *) echo "uninstall: skipping $path: outside $HOME" >&2 ;;
  esac
done < "$manifest"
rm -rf -- "$lib"

if command -v update-desktop-database >/dev/null; then
  update-desktop-database -q "$data/applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null && [ -f "$data/icons/hicolor/icon-theme.cache" ]; then
  gtk-update-icon-cache -q -t -f "$data/icons/hicolor" || true
fi
echo "Removed Coze Desktop from $lib"
