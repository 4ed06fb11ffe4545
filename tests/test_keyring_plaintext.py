"""A REAL keyrings.alt, installed into a throwaway venv (never into .venv): no token may land in its files.

keyrings.alt's PlaintextKeyring keeps "secrets" base64-encoded in ~/.local/share/python_keyring/; with it
installed and no Secret Service, keyring picks it silently. The app must treat it as no keyring at all.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TOKEN = "pat_PlainTextMustNotHoldThis0123456789"

pytestmark = pytest.mark.slow  # a venv and a pip install: several seconds

ASK = f"""
import json, keyring
from coze_desktop.secrets import KeyringUnavailable, TokenStore
from coze_desktop.settings import resolve_token
store = TokenStore()
out = {{"available": store.available(), "reason": store.unavailable_reason()}}
try:
    backend = keyring.get_keyring()
    out["backend"] = type(backend).__module__ + "." + type(backend).__name__
except Exception as exc:
    out["backend"] = type(exc).__name__
try:
    store.set("work", {TOKEN!r})
    out["set"] = "stored"
except KeyringUnavailable as exc:
    out["set"] = str(exc)
store.set_session("work", {TOKEN!r})
out["session"] = resolve_token("work", store) == {TOKEN!r}
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def alt_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding keyring and keyrings.alt from PyPI; the app comes from the source tree (PYTHONPATH)."""
    target = tmp_path_factory.mktemp("alt-venv")
    venv.create(target, with_pip=True)
    python = target / "bin" / "python"
    result = subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                             # pycryptodome: keyrings.alt's EncryptedKeyring needs it to load at all
                             "keyrings.alt", "keyring", "platformdirs", "pycryptodome"],
                            capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        if os.environ.get("CI") == "true":
            pytest.fail(f"pip could not install keyrings.alt: {result.stderr[-2000:]}")
        pytest.skip(f"pip could not install keyrings.alt (offline?): {result.stderr[-300:]}")
    return python


def run(python: Path, home: Path, code: str, backend: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "PYTHON_KEYRING", "XDG_"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               PYTHONPATH=str(REPO), COZE_DESKTOP_HOME=str(home / "app"))
    if backend:
        env["PYTHON_KEYRING_BACKEND"] = backend
    return subprocess.run([str(python), "-c", code], capture_output=True, text=True, env=env, timeout=60)


def files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


@pytest.mark.parametrize("backend", [
    "",  # keyring's own choice: with no Secret Service, keyrings.alt's PlaintextKeyring
    "keyrings.alt.file.PlaintextKeyring",
    "keyrings.alt.file.EncryptedKeyring",
    "keyring.backends.chainer.ChainerBackend",
], ids=["auto", "plaintext", "encrypted-file", "chainer"])
def test_a_file_keyring_is_no_keyring(alt_python: Path, tmp_path: Path, backend: str) -> None:
    result = run(alt_python, tmp_path, ASK, backend)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["available"] is False
    named = out["backend"] if "Chainer" not in out["backend"] else "keyrings.alt"
    assert named in out["reason"] and out["reason"] in out["set"]  # the user is told which backend and why
    assert "until you quit" in out["set"]
    assert out["session"] is True  # the session token still reaches the rest of the app
    assert files_under(tmp_path / "data") == []  # no python_keyring/keyring_pass.cfg, nothing at all
    assert TOKEN not in result.stdout + result.stderr


def test_a_keyring_library_that_fails_to_start_is_no_keyring(alt_python: Path, tmp_path: Path) -> None:
    """PYTHON_KEYRING_BACKEND naming a backend that cannot load: keyring raises; the app says so, never crashes."""
    result = run(alt_python, tmp_path, ASK, "no_such_module.Keyring")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["backend"] == "ModuleNotFoundError"
    assert out["available"] is False and "failed to start (ModuleNotFoundError)" in out["set"]
    assert out["session"] is True


def test_the_same_backend_used_directly_does_write_the_token_to_a_file(alt_python: Path, tmp_path: Path) -> None:
    """The control: what the check above prevents really happens with this venv (so the test can fail)."""
    code = f"import keyring; keyring.set_password('coze-desktop', 'work', {TOKEN!r})"
    result = run(alt_python, tmp_path, code, "keyrings.alt.file.PlaintextKeyring")
    assert result.returncode == 0, result.stderr
    written = files_under(tmp_path / "data")
    assert [p.name for p in written] == ["keyring_pass.cfg"]
    import base64

    assert base64.b64encode(TOKEN.encode()).decode() in written[0].read_text()


def test_keyrings_alt_is_not_in_the_project_venv() -> None:
    """The throwaway venv above is the only place it lives: the app's own environment has a real keyring only."""
    result = subprocess.run([sys.executable, "-c", "import keyrings.alt"], capture_output=True)
    assert result.returncode != 0
