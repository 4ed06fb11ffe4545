#!/usr/bin/env bash
# Installs what Coze Desktop needs on a Debian/Ubuntu machine: system libraries (Qt xcb, libVLC, CJK fonts,
# Xvfb, a Secret Service keyring for tests) and a virtualenv in .venv with the app and its test tools.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # Qt's offscreen and xcb platform plugins
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0
  libxcb-sync1 libxcb-xkb1 libx11-xcb1
  # a real X server for screenshots and xcb tests; Chinese glyphs instead of boxes
  xvfb xauth fonts-noto-cjk fonts-noto-color-emoji
  # libVLC: libvlc5 alone gives vlc.Instance() == None; plugin-base has the codecs, libvlc-bin the plugin cache
  libvlc5 libvlc-bin vlc-plugin-base
  # test tones and their measurement
  sox libsox-fmt-mp3
  # voice: PortAudio for the microphone, espeak-ng for the demo bot's offline speech, and a user-mode PulseAudio
  # (null sink, virtual microphone) so the voice tests record and play real audio on a machine without a sound card
  libportaudio2 espeak-ng pulseaudio pulseaudio-utils
  # a real Secret Service in a private dbus session for the keyring tests
  dbus gnome-keyring libsecret-tools
  # PyInstaller needs objdump; the desktop entry and AppStream metainfo are checked with these
  binutils desktop-file-utils appstream
  # the .deb (packaging/build-deb.sh) is checked with lintian
  lintian
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing system packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
# Upgrading pip is a nicety (an offline mirror may not have a newer one); installing the app is not.
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip 2>/dev/null || true
if ! .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[dev]"; then
  echo "setup: FAILED: pip could not install the app into .venv (see pip's message above)" >&2
  exit 1
fi
# From outside the checkout: run here, Python would import coze_desktop from the source folder even when the
# install failed. The GUI's and the tests' dependencies are checked too.
root=$PWD
(cd / && "$root/.venv/bin/python" -c "import coze_desktop, PySide6.QtWidgets, qasync, httpx, pytest") || {
  echo "setup: FAILED: the app is not importable from .venv" >&2
  exit 1
}
echo "setup: done"
