#!/usr/bin/env bash
# Builds the one-folder bundle dist/CozeDesktop/ and dist/CozeDesktop-<version>-linux-<arch>.tar.gz.
# Run from anywhere; PY=path/to/python picks the build venv (default: the checkout's .venv).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}

# keyrings.alt in the build venv would be bundled as the default keyring: tokens in a plain file.
if "$PY" -c "import keyrings.alt" 2>/dev/null; then
  echo "build: keyrings.alt is installed in $PY's environment; uninstall it before building the bundle" >&2
  exit 1
fi

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  packaging/coze_desktop.spec

# The tarball installs itself: install.sh finds the bundle beside it and the desktop entry beside that.
cp packaging/linux/install.sh packaging/linux/uninstall.sh packaging/linux/cn.cozedesktop.CozeDesktop.desktop \
  packaging/linux/cn.cozedesktop.CozeDesktop.metainfo.xml dist/CozeDesktop/
version=$("$PY" -c "import re; print(re.search(r'__version__ = \"([^\"]+)\"', open('coze_desktop/__init__.py').read())[1])")
tarball=dist/CozeDesktop-$version-linux-$(uname -m).tar.gz
tar -C dist -czf "$tarball" CozeDesktop

echo "build: dist/CozeDesktop ($(du -sh dist/CozeDesktop | cut -f1)), $tarball ($(du -sh "$tarball" | cut -f1))" \
  "in $(($(date +%s) - start)) s"
