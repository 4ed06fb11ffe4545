"""Packaging: the desktop entry and metainfo validate, the icons match their SVG, install/uninstall into a temporary
HOME, and — when dist/CozeDesktop has been built — the bundle's contents and its smoke test."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coze_desktop import __version__

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "cn.cozedesktop.CozeDesktop"
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)
BUNDLE = ROOT / "dist" / "CozeDesktop"
needs_bundle = pytest.mark.skipif(not (BUNDLE / "CozeDesktop").exists(), reason="no bundle: run packaging/build.sh")


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (.ci/setup.sh installs it)")
    return path


def run(*args: str | Path, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=120, **kwargs)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


# ------------------------------------------------------------------------------------------ validators


def test_desktop_entry_validates_without_a_remark() -> None:
    result = run(tool("desktop-file-validate"), DESKTOP)
    assert result.returncode == 0 and result.stdout + result.stderr == "", result.stdout + result.stderr


def test_metainfo_validates() -> None:
    result = run(tool("appstreamcli"), "validate", "--no-net", METAINFO)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_and_entry_agree_with_the_app() -> None:
    from coze_desktop.ui import app

    assert app.APP_ID == APP_ID
    root = ET.parse(METAINFO).getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    for tag in ("name", "summary"):
        assert {e.get(lang) for e in root.findall(tag)} == {None, "zh_CN"}
    assert {p.get(lang) for p in root.find("description").findall("p")} == {None, "zh_CN"}
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert root.find("releases/release").get("version") == __version__
    entry = DESKTOP.read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in entry and "Categories=Network;Chat;" in entry


# ------------------------------------------------------------------------------------------------- icons


def test_icons_are_the_svg_rendered_at_every_size(qapp) -> None:
    import sys

    from PySide6.QtGui import QImage

    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import render_icons
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    for size in SIZES:
        path = ICONS / f"coze-desktop-{size}.png"
        assert png_size(path) == (size, size)
        fresh = QImage.fromData(render_icons.render(size))
        assert QImage(str(path)).convertToFormat(fresh.format()) == fresh, f"{path.name}: run packaging/render_icons.py"


def test_ico_and_icns_hold_every_size(qapp) -> None:
    from PySide6.QtGui import QImageReader

    for name, expected in (("coze-desktop.ico", [16, 24, 32, 48, 64, 128, 256]),
                           ("coze-desktop.icns", [16, 32, 64, 128, 256, 512, 1024, 32, 64, 256, 512])):
        reader = QImageReader(str(ICONS / name))
        sizes = []
        for i in range(reader.imageCount()):
            reader.jumpToImage(i)
            sizes.append(reader.read().width())
        assert sizes == expected, name


# ------------------------------------------------------------------------------------ install / uninstall


def fake_bundle(folder: Path) -> Path:
    """What install.sh needs of a bundle: the executable and the icons, as packaging/build.sh lays them out."""
    (folder / "_internal" / "coze_desktop" / "resources").mkdir(parents=True)
    shutil.copytree(ICONS, folder / "_internal" / "coze_desktop" / "resources" / "icons")
    exe = folder / "CozeDesktop"
    exe.write_text('#!/bin/sh\necho "coze-desktop (fake bundle) $*"\n')
    exe.chmod(0o755)
    return folder


def files_under(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() or p.is_symlink()}


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "user"
    # Someone else's files, which neither script may touch.
    for other in (".local/bin/other-tool", ".local/share/applications/other.desktop",
                  ".local/share/icons/hicolor/48x48/apps/other.png", ".config/coze-desktop/settings.json"):
        (home / other).parent.mkdir(parents=True, exist_ok=True)
        (home / other).write_text("keep me")
    return home


def test_install_then_uninstall_in_a_temporary_home(home: Path, tmp_path: Path) -> None:
    real = (BUNDLE / "CozeDesktop").exists()
    bundle = BUNDLE if real else fake_bundle(tmp_path / "bundle")
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    before = files_under(home)

    for _ in range(2):  # installing over an installation replaces it
        result = run(LINUX / "install.sh", bundle, env=env)
        assert result.returncode == 0, result.stderr

    lib, share = home / ".local/lib/coze-desktop", home / ".local/share"
    launcher = home / ".local/bin/coze-desktop"
    assert launcher.is_symlink() and launcher.resolve() == (lib / "CozeDesktop").resolve()
    entry = share / "applications" / f"{APP_ID}.desktop"
    assert f'Exec="{lib}/CozeDesktop"' in entry.read_text(encoding="utf-8")
    assert run(tool("desktop-file-validate"), entry).returncode == 0
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == METAINFO.read_bytes()
    for size in SIZES:
        assert png_size(share / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png") == (size, size)
    assert (share / f"icons/hicolor/scalable/apps/{APP_ID}.svg").exists()
    version = run(launcher, "--version", env=env)
    assert version.returncode == 0
    assert (f"coze-desktop {__version__}" if real else "coze-desktop (fake bundle) --version") in version.stdout

    result = run(lib / "uninstall.sh", env=env)  # the copy the installation keeps of itself
    assert result.returncode == 0, result.stderr
    assert not lib.exists() and not launcher.is_symlink()
    left = files_under(home) - before
    # update-desktop-database (re)writes its cache for whatever entries remain; that is not ours to delete.
    assert left <= {".local/share/applications/mimeinfo.cache"}, left
    assert before <= files_under(home)


def test_install_says_what_is_missing_without_a_bundle(home: Path, tmp_path: Path) -> None:
    result = run(LINUX / "install.sh", tmp_path / "nothing", env={"HOME": str(home), "PATH": os.environ["PATH"]})
    assert result.returncode == 1
    assert "no Coze Desktop bundle" in result.stderr and "packaging/build.sh" in result.stderr
    assert not (home / ".local/lib/coze-desktop").exists()


def test_install_leaves_someone_elses_launcher_alone(home: Path, tmp_path: Path) -> None:
    (home / ".local/bin/coze-desktop").write_text("not ours")
    result = run(LINUX / "install.sh", fake_bundle(tmp_path / "bundle"),
                 env={"HOME": str(home), "PATH": os.environ["PATH"]})
    assert result.returncode == 1 and "not ours" in result.stderr
    assert (home / ".local/bin/coze-desktop").read_text() == "not ours"


# --------------------------------------------------------------------------------------- the built bundle


@needs_bundle
def test_bundle_contents() -> None:
    internal = BUNDLE / "_internal"
    # The system's libVLC is used on Linux: a bundled core without its plugins would make vlc.Instance() None.
    assert not [p.name for p in BUNDLE.rglob("libvlc*")]
    assert not list(internal.glob("keyrings*")), "keyrings.alt would store tokens in a plain file"
    resources = internal / "coze_desktop" / "resources"  # the package coze_desktop.resources, as in the wheel
    assert (resources / "__init__.py").exists()
    assert {p.name for p in (resources / "i18n").glob("*.qm")} >= {"coze_desktop_zh_CN.qm"}
    assert {p.name for p in (resources / "icons").glob("*.png")} == {
        f"coze-desktop-{s}.png" for s in SIZES}
    assert (internal / "certifi" / "cacert.pem").exists(), "HTTPS to api.coze.cn needs the CA bundle"
    shipped_icons = {p.name for p in (resources / "icons" / "ui").glob("*.svg")}
    assert shipped_icons == {p.name for p in (ROOT / "resources" / "icons" / "ui").glob("*.svg")}, \
        "every icon button of the window needs its SVG"
    assert list(internal.glob("keyring-*.dist-info")), "keyring finds its backends through its entry points"
    assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_zh_CN.qm").exists()
    for script in ("install.sh", "uninstall.sh", DESKTOP.name, METAINFO.name):
        assert (BUNDLE / script).exists(), script
    tarballs = [p.name for p in BUNDLE.parent.glob("CozeDesktop-*.tar.gz")]
    assert any(re.fullmatch(rf"CozeDesktop-{re.escape(__version__)}-linux-\w+\.tar\.gz", t) for t in tarballs)


@needs_bundle
@pytest.mark.slow
def test_bundle_smoke_test(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COZE_DESKTOP_SCREENSHOT": str(tmp_path / "shot.png")}
    result = run(BUNDLE / "CozeDesktop", "--smoke-test", env=env)
    assert result.returncode == 0, result.stderr
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("smoke test ok") and "libVLC" in summary and "set_volume" in summary, summary
    assert png_size(tmp_path / "shot.png")[0] > 600


@needs_bundle
def test_bundle_without_a_display_says_what_to_do(tmp_path: Path) -> None:
    """A double-clicked bundle started over ssh or in a container: exit 2 with advice, not a silent abort (134)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["COZE_DESKTOP_HOME"] = str(tmp_path / "home")
    for args in ((), ("--smoke-test",)):
        result = run(BUNDLE / "CozeDesktop", *args, env=env)
        assert result.returncode == 2, (args, result.returncode, result.stderr)
        assert "no graphical display" in result.stderr and "xvfb-run -a" in result.stderr


@needs_bundle
def test_the_bundle_speaks_and_recognises_offline(tmp_path: Path) -> None:
    """The demo bot's voice from the double-click bundle: espeak-ng speech and pocketsphinx's bundled model."""
    env = {**os.environ, "COZE_DESKTOP_HOME": str(tmp_path / "home")}
    env.pop("COZE_API_TOKEN", None)
    wav = tmp_path / "command.wav"
    spoken = run(BUNDLE / "CozeDesktop", "speak", "--demo", "set the volume to thirty", "-o", str(wav), env=env)
    assert spoken.returncode == 0, spoken.stderr
    heard = run(BUNDLE / "CozeDesktop", "transcribe", "--demo", str(wav), env=env)
    assert heard.returncode == 0, heard.stderr
    assert heard.stdout.strip() == "Set the volume to 30"
