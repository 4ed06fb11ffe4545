#!/usr/bin/env bash
# Installs the Coze Desktop bundle for the current user, without root:
#   ~/.local/lib/coze-desktop/            the bundle
#   ~/.local/bin/coze-desktop             a symlink to its executable
#   $XDG_DATA_HOME/applications/, metainfo/, icons/hicolor/<size>/apps/   (default ~/.local/share)
# Every path it creates is listed in ~/.local/lib/coze-desktop/install-manifest.txt; uninstall.sh removes those.
# Usage: install.sh [BUNDLE_DIR]   (default: the bundle this script sits in, else the checkout's dist/CozeDesktop)
set -euo pipefail
APP_ID=cn.cozedesktop.CozeDesktop
here=$(cd "$(dirname "$0")" && pwd)

if [ $# -ge 1 ]; then
  bundle=$1
elif [ -x "$here/CozeDesktop" ]; then
  bundle=$here  # the unpacked tarball
else
  bundle=$here/../../dist/CozeDesktop  # packaging/linux/ of a checkout
fi
if [ ! -x "$bundle/CozeDesktop" ]; then
  echo "install: no Coze Desktop bundle at $bundle (build one with packaging/build.sh)" >&2
  exit 1
fi
bundle=$(cd "$bundle" && pwd)

lib=$HOME/.local/lib/coze-desktop
bin=$HOME/.local/bin
data=${XDG_DATA_HOME:-$HOME/.local/share}
manifest=$lib/install-manifest.txt
if [ "$bundle" = "$lib" ]; then
  echo "install: $bundle is the installed copy; install from the unpacked tarball or the checkout instead" >&2
  exit 1
fi
if [ -e "$bin/coze-desktop" ] && [ "$(readlink "$bin/coze-desktop")" != "$lib/CozeDesktop" ]; then
  echo "install: $bin/coze-desktop exists and is not ours; move it away first" >&2
  exit 1
fi
if [ -f "$manifest" ]; then
  "$here/uninstall.sh" >/dev/null  # the previous version, exactly as its manifest lists it
fi

mkdir -p "$lib" "$bin" "$data/applications" "$data/metainfo"
cp -a "$bundle/." "$lib/"
cp "$here/uninstall.sh" "$lib/uninstall.sh"  # so an installation can always remove itself
installed=()

ln -sfn "$lib/CozeDesktop" "$bin/coze-desktop"
installed+=("$bin/coze-desktop")

# The checked-in entry runs `coze-desktop` from PATH; ~/.local/bin is not on every session's PATH, so use the
# absolute path (quoted for Exec, which splits on spaces; TryExec takes the plain path).
exe=$lib/CozeDesktop
escaped=$(printf '%s' "$exe" | sed -e 's/[\\&|]/\\&/g')
sed -e "s|^Exec=.*|Exec=\"$escaped\"|" -e "s|^TryExec=.*|TryExec=$escaped|" \
  "$here/$APP_ID.desktop" > "$data/applications/$APP_ID.desktop"
installed+=("$data/applications/$APP_ID.desktop")
cp "$here/$APP_ID.metainfo.xml" "$data/metainfo/$APP_ID.metainfo.xml"
installed+=("$data/metainfo/$APP_ID.metainfo.xml")

icons=$bundle/_internal/coze_desktop/resources/icons  # the package coze_desktop.resources (pyproject.toml)
for size in 16 32 48 64 128 256 512; do
  dir=$data/icons/hicolor/${size}x${size}/apps
  mkdir -p "$dir"
  cp "$icons/coze-desktop-$size.png" "$dir/$APP_ID.png"
  installed+=("$dir/$APP_ID.png")
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$icons/coze-desktop.svg" "$data/icons/hicolor/scalable/apps/$APP_ID.svg"
installed+=("$data/icons/hicolor/scalable/apps/$APP_ID.svg")

printf '%s\n' "${installed[@]}" "$lib" > "$manifest"

if command -v update-desktop-database >/dev/null; then
  update-desktop-database -q "$data/applications" || true
fi
# Refresh an icon cache only where one exists: a new cache in the user's hicolor would go stale the next time
# something installs an icon there without refreshing it, and hide that icon.
if command -v gtk-update-icon-cache >/dev/null && [ -f "$data/icons/hicolor/icon-theme.cache" ]; then
  gtk-update-icon-cache -q -t -f "$data/icons/hicolor" || true
fi

echo "Installed Coze Desktop in $lib; start it from the applications menu or with: coze-desktop"
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "Note: $bin is not on your PATH; add it, or start $exe" ;;
esac
if ! /sbin/ldconfig -p 2>/dev/null | grep -q 'libvlc\.so\.5'; then
  echo "Note: music playback needs libVLC: sudo apt install libvlc5 vlc-plugin-base libvlc-bin (Debian/Ubuntu)"
fi
