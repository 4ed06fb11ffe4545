"""The Debian package's metadata and layout, when packaging/build-deb.sh has built it (CI does, in .ci/test-deb.sh,
which also installs, smoke-tests and purges it)."""

from __future__ import annotations

import gzip
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from coze_desktop import __version__

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "cn.cozedesktop.CozeDesktop"
DEBS = sorted((ROOT / "dist").glob(f"coze-desktop_{__version__}-*_*.deb"), key=lambda p: p.stat().st_mtime)
pytestmark = pytest.mark.skipif(not DEBS or shutil.which("dpkg-deb") is None,
                                reason="no .deb of this version: run packaging/build-deb.sh")
DEB = DEBS[-1] if DEBS else Path()


DOC = "/usr/share/doc/coze-desktop"
EXTRACTED = (f"/usr/share/applications/{APP_ID}.desktop", f"/usr/share/metainfo/{APP_ID}.metainfo.xml",
             f"{DOC}/copyright", f"{DOC}/changelog.gz", f"{DOC}/changelog.Debian.gz")


def dpkg_deb(option: str, *fields: str) -> str:
    return subprocess.run(["dpkg-deb", option, str(DEB), *fields], capture_output=True, check=True,
                          timeout=120).stdout.decode()


@pytest.fixture(scope="module")
def members(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The few files compared below, unpacked from the data archive in one pass (it is ~85 MB of xz)."""
    folder = tmp_path_factory.mktemp("deb")
    tar = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(DEB)], capture_output=True, check=True, timeout=120)
    subprocess.run(["tar", "-x", "-C", str(folder), *(f".{path}" for path in EXTRACTED)], input=tar.stdout,
                   capture_output=True, check=True, timeout=120)
    return {path: (folder / path.lstrip("/")).read_bytes() for path in EXTRACTED}


def test_control_names_the_system_libraries_it_needs() -> None:
    assert dpkg_deb("-f", "Package").strip() == "coze-desktop"
    assert re.fullmatch(rf"{re.escape(__version__)}-\d+", dpkg_deb("-f", "Version").strip())
    depends = {d.strip().split(" ")[0] for d in dpkg_deb("-f", "Depends").split(",")}
    # libVLC with its plugins (else vlc.Instance() is None), Qt's xcb platform plugin's libraries, libpulse
    assert {"libvlc5", "vlc-plugin-base", "libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libx11-xcb1",
            "libpulse0", "libc6"} <= depends
    assert f"{DEB.name}".endswith(f"_{dpkg_deb('-f', 'Architecture').strip()}.deb")


def test_layout_owners_and_modes() -> None:
    listing = dpkg_deb("-c").splitlines()
    entries = {line.split()[5]: line for line in listing}
    assert all(line.split()[1] == "root/root" for line in listing), "dpkg-deb --root-owner-group"
    assert "./usr/bin/coze-desktop -> ../lib/coze-desktop/CozeDesktop" in " ".join(
        line.split(None, 5)[5] for line in listing if line.startswith("l"))
    assert entries["./usr/lib/coze-desktop/CozeDesktop"].startswith("-rwxr-xr-x")
    libraries = [line for line in listing if re.search(r"\.so(\.\d+)*$", line.split()[5])]
    assert libraries and all(line.startswith(("-rw-r--r--", "l")) for line in libraries)
    for path in (f"./usr/share/applications/{APP_ID}.desktop", f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
                 f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg", "./usr/share/doc/coze-desktop/copyright",
                 "./usr/share/doc/coze-desktop/changelog.Debian.gz", "./usr/share/doc/coze-desktop/changelog.gz",
                 "./usr/share/man/man1/coze-desktop.1.gz",
                 "./usr/lib/coze-desktop/_internal/coze_desktop/resources/i18n/coze_desktop_zh_CN.qm"):
        assert path in entries, path
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert f"./usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in entries
    # The tarball's installer is not the package's; the system's xcb libraries are used, not copies.
    names = {Path(path).name for path in entries}
    assert not names & {"install.sh", "uninstall.sh", "libxcb-cursor.so.0", "libxkbcommon-x11.so.0"}


def test_one_source_for_the_entry_metainfo_and_changelog(members: dict[str, bytes]) -> None:
    for installed, source in zip(EXTRACTED[:3], (f"packaging/linux/{APP_ID}.desktop",
                                                 f"packaging/linux/{APP_ID}.metainfo.xml",
                                                 "packaging/debian/copyright"), strict=True):
        assert members[installed] == (ROOT / source).read_bytes(), installed
    assert gzip.decompress(members[f"{DOC}/changelog.gz"]) == (ROOT / "CHANGELOG.md").read_bytes()
    debian = gzip.decompress(members[f"{DOC}/changelog.Debian.gz"]).decode()
    assert debian.startswith(f"coze-desktop ({dpkg_deb('-f', 'Version').strip()}) ")
    assert members[f"{DOC}/copyright"].startswith(
        b"Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/")
