"""The wheel is complete: built from the source, it lists the translations and icons, and installed (not editable)
into a fresh virtualenv it passes the smoke test from outside the checkout — translations, icons, the demo bot."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from coze_desktop import __version__

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
# What `pip wheel .` reads: the project's metadata, its readme, the package and the folder mapped into it.
BUILD_INPUTS = ("pyproject.toml", "README.md", "coze_desktop", "resources")


def run(*args: str | Path, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=120, **kwargs)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``pip wheel . --no-deps --no-build-isolation`` of a copy of the source (the checkout's own build/ can hold
    files of deleted modules that setuptools would pack; the copy has none)."""
    source = tmp_path_factory.mktemp("source")
    for name in BUILD_INPUTS:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("wheel")
    result = run(sys.executable, "-m", "pip", "wheel", source, "--no-deps", "--no-build-isolation",
                 "--disable-pip-version-check", "-q", "-w", out)
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = out.glob("*.whl")
    assert built.name == f"coze_desktop-{__version__}-py3-none-any.whl"
    return built


def test_the_wheel_lists_every_module_translation_and_icon(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    package = "coze_desktop/resources/"
    assert {n for n in names if n.endswith(".qm")} == {
        package + "i18n/" + p.name for p in (RESOURCES / "i18n").glob("*.qm")}
    assert {package + "i18n/coze_desktop_zh_CN.qm", package + "icons/coze-desktop-256.png",
            package + "icons/coze-desktop.svg", package + "__init__.py"} <= names
    assert {n for n in names if n.startswith(package + "icons/ui/")} == {
        package + "icons/ui/" + p.name for p in (RESOURCES / "icons" / "ui").glob("*.svg")}
    assert not [n for n in names if n.endswith(".ts")], "the translation sources are not for users"
    # pyproject.toml lists the packages (a mapped one cannot be discovered): a new subpackage must be added there.
    modules = {str(p.relative_to(ROOT)) for p in (ROOT / "coze_desktop").rglob("*.py")}
    missing = modules - names
    assert not missing, f"add their packages to [tool.setuptools] packages in pyproject.toml: {sorted(missing)}"


def test_the_installed_wheel_passes_the_smoke_test_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    # The dependencies come from this environment's site-packages through a .pth line (no network): a plain path
    # line adds the folder to sys.path without running its .pth files, so this checkout's editable finder stays
    # out. (`venv --system-site-packages` would not do: from a virtualenv it inherits the base interpreter's
    # site-packages, which lack PySide6 and the rest.)
    result = run(sys.executable, "-m", "venv", "--without-pip", venv)
    assert result.returncode == 0, result.stderr
    python = venv / "bin" / "python"
    purelib = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip())
    (purelib / "deps-from-the-build-venv.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    result = run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
                 "--disable-pip-version-check", "-q", wheel)
    assert result.returncode == 0, result.stdout + result.stderr

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "COZE_API_TOKEN")}
    env |= {"QT_QPA_PLATFORM": "offscreen", "COZE_DESKTOP_HOME": str(tmp_path / "home")}
    where = run(python, "-c", "import coze_desktop.resources as r; print(r.__file__)", cwd=outside, env=env)
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(purelib / "coze_desktop"), where.stdout

    # The gui-script the wheel installs, as pip, pipx or uv tool users start the app.
    result = run(venv / "bin" / "coze-desktop", "--smoke-test", cwd=outside, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("smoke test ok"), summary
    assert f"translations from {purelib / 'coze_desktop' / 'resources' / 'i18n'} (Send → 发送)" in summary, summary
    assert "6 app icon sizes" in summary and "window icons loaded" in summary, summary
    assert "demo bot answered" in summary and "set_volume" in summary, summary
