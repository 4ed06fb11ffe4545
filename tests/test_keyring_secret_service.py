"""The real OS secret store: run through .ci/with-secret-service.sh (a private, unlocked gnome-keyring)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from coze_desktop import secrets
from coze_desktop.secrets import KEYRING_SERVICE, TokenSource, TokenStore

from .test_settings import files_containing

pytestmark = [
    pytest.mark.secret_service,
    pytest.mark.skipif(os.environ.get("CI_SECRET_SERVICE") != "1",
                       reason="needs the Secret Service of .ci/with-secret-service.sh"),
]

TOKEN = "pat_测试-secret-💡"


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> Iterator[TokenStore]:
    fresh = TokenStore()
    monkeypatch.setattr(secrets, "_store", fresh)
    yield fresh
    for profile in ("ci-profile", "default"):
        fresh.delete(profile)


def secret_tool_lookup(profile: str) -> str | None:
    """Ask the daemon with libsecret's own tool, bypassing Python's keyring entirely."""
    if shutil.which("secret-tool") is None:
        pytest.skip("secret-tool (libsecret-tools) is not installed")
    result = subprocess.run(["secret-tool", "lookup", "service", KEYRING_SERVICE, "username", profile],
                            capture_output=True, timeout=10)
    return result.stdout.decode() if result.returncode == 0 else None


def test_the_backend_is_the_secret_service() -> None:
    from keyring.backends.SecretService import Keyring as SecretServiceKeyring

    assert isinstance(keyring.get_keyring(), SecretServiceKeyring)


def test_token_round_trip(store: TokenStore) -> None:
    assert store.available()
    store.set("ci-profile", TOKEN)
    assert store.get("ci-profile") == TOKEN and store.source("ci-profile") is TokenSource.KEYRING
    assert secret_tool_lookup("ci-profile") == TOKEN
    assert TokenStore().get("ci-profile") == TOKEN  # not a cached copy: a new store reads it back
    store.delete("ci-profile")
    assert store.get("ci-profile") is None and secret_tool_lookup("ci-profile") is None


def test_dialog_apply_stores_the_token_in_the_secret_service(
    qtbot, store: TokenStore, app_home: Path
) -> None:
    from coze_desktop.settings import load_settings, settings_path
    from coze_desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(load_settings())
    qtbot.addWidget(dialog)
    dialog.token_edit.setText(TOKEN)  # not keyClicks: QTest aborts on characters beyond Latin-1
    assert dialog.apply()
    assert secret_tool_lookup("default") == TOKEN
    assert settings_path().is_file()
    assert files_containing(app_home, TOKEN) == []
    # The daemon's own files (under the wrapper's private HOME) hold it encrypted, never in plain text.
    assert files_containing(Path.home(), TOKEN) == []
