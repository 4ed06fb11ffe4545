"""PyInstaller runtime hook (Windows and macOS bundles): point python-vlc at the libVLC copied into the bundle."""

import os
import sys

_vlc = os.path.join(sys._MEIPASS, "vlc")
_lib = os.path.join(_vlc, "libvlc.dll" if sys.platform == "win32" else os.path.join("lib", "libvlc.dylib"))
# Only when the build found a VLC to copy; otherwise python-vlc searches the system as usual.
if os.path.isfile(_lib):
    os.environ.setdefault("PYTHON_VLC_LIB_PATH", _lib)
    os.environ.setdefault("PYTHON_VLC_MODULE_PATH", os.path.join(_vlc, "plugins"))
