"""Settings file (round trip, old formats, atomic writes, no tokens) and the token store (keyring, session)."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

from coze_desktop import secrets, settings
from coze_desktop.secrets import NO_KEYRING_MESSAGE, KeyringUnavailable, TokenSource, TokenStore
from coze_desktop.settings import (
    BotRef,
    Profile,
    Settings,
    ensure_user_id,
    load_settings,
    resolve_token,
    save_settings,
    settings_path,
)

TOKEN = "pat_TestSecret0123456789abcdef"


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything when the test ends: round trips without touching the machine."""

    # Every subclass is registered with keyring's auto-detection: a positive priority would make the real
    # default a chain of the OS keyring and this one. Tests select it explicitly with keyring.set_keyring().
    priority = -1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


def use_keyring(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.setattr(secrets, "_store", TokenStore())  # no session tokens from other tests
    yield from use_keyring(MemoryKeyring())  # type: ignore[misc]


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[KeyringBackend]:
    monkeypatch.setattr(secrets, "_store", TokenStore())
    yield from use_keyring(fail.Keyring())


def files_containing(root: Path, needle: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle.encode() in p.read_bytes()]


# ---------------------------------------------------------------------- file


def test_round_trip(app_home: Path) -> None:
    original = Settings(
        profiles=[
            Profile(name="work", region="com", bots=[BotRef("7001", "助手"), BotRef("7002")], workspace_id="73",
                    user_id="u-1", stream=False, proxy="http://127.0.0.1:7890", music_folder="/music/歌"),
            Profile(name="studio", region="custom", base_url="http://localhost:8888", user_id="u-2"),
        ],
        active_profile="studio",
        language="zh_CN",
        theme="dark",
        keep_playing_in_tray=True,
    )
    save_settings(original)
    assert settings_path().is_relative_to(app_home)
    assert load_settings() == original
    assert load_settings().profile.name == "studio"


def test_defaults_when_missing_or_broken(app_home: Path) -> None:
    assert load_settings() == Settings()
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text("{not json", encoding="utf-8")
    assert load_settings() == Settings()
    settings_path().write_text("[]", encoding="utf-8")
    assert load_settings() == Settings()


def test_music_folder_is_not_chosen_by_default_and_the_old_default_means_the_same() -> None:
    import platformdirs

    assert Profile().music_folder == ""  # not chosen: the system's Music folder, else the demo songs
    assert Profile.from_dict({"music_folder": ""}).music_folder == ""
    # Older versions wrote the system's folder when none was chosen: read as "not chosen" (which still plays it).
    assert Profile.from_dict({"music_folder": platformdirs.user_music_dir()}).music_folder == ""
    assert Profile.from_dict({"music_folder": "/music/歌"}).music_folder == "/music/歌"


def test_player_memory_round_trips_and_survives_a_damaged_file(app_home: Path) -> None:
    from coze_desktop.settings import PlayerMemory, load_player_memory, player_memory_path, save_player_memory

    assert load_player_memory() is None  # no file yet
    save_player_memory(PlayerMemory(volume=30, muted=True, last_path="/m/晴天.wav", last_title="晴天"))
    assert load_player_memory() == PlayerMemory(30, True, "/m/晴天.wav", "晴天", "")
    assert player_memory_path().stat().st_mode & 0o077 == 0  # the user's alone, as the settings
    for damaged in ("{not json", "[]", "\"text\""):
        player_memory_path().write_text(damaged, encoding="utf-8")
        assert load_player_memory() is None
    player_memory_path().write_text('{"volume": "loud", "muted": 1, "last_path": 7}', encoding="utf-8")
    assert load_player_memory() == PlayerMemory()  # each wrong field alone falls back to its default
    player_memory_path().write_text('{"volume": 250, "last_title": "晴天"}', encoding="utf-8")
    assert load_player_memory() == PlayerMemory(volume=100, last_title="晴天")


def test_reads_the_previous_format(app_home: Path) -> None:
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text(json.dumps({
        "profiles": [
            {"name": "default", "region": "cn", "base_url": "", "bot_ids": ["7001", "7002"], "user_id": "u",
             "stream": True, "proxy": "", "music_folder": ""},
            {"name": "studio", "region": "cn", "base_url": "http://localhost:8888", "bot_ids": [7003]},
        ],
        "active_profile": "default",
        "language": "",
        "theme": "",
        "unknown_future_key": 1,
    }), encoding="utf-8")
    loaded = load_settings()
    assert loaded.profiles[0].bots == [BotRef("7001"), BotRef("7002")]
    assert loaded.profiles[0].bot_ids == ["7001", "7002"]
    assert loaded.profiles[0].user_id == "u"
    # In the old format a base URL won over the region: that is what "custom" means now.
    assert (loaded.profiles[1].region, loaded.profiles[1].base_url) == ("custom", "http://localhost:8888")
    assert loaded.profiles[1].bot_ids == ["7003"]


def test_unknown_values_fall_back(app_home: Path) -> None:
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text(json.dumps({
        "profiles": [{"name": "x", "region": "mars", "stream": "yes", "bots": [{"name": "no id"}, "", 5]}],
        "language": "klingon", "theme": "neon"}), encoding="utf-8")
    loaded = load_settings()
    assert (loaded.profile.region, loaded.profile.stream, loaded.profile.bot_ids) == ("cn", True, ["5"])
    assert (loaded.language, loaded.theme) == ("", "")


def test_a_base_url_outside_the_custom_region_is_not_saved(app_home: Path) -> None:
    # Older readers (and the CLI's --base-url logic) let any base URL win over the region.
    save_settings(Settings(profiles=[Profile(region="com", base_url="http://left-over:1")]))
    raw = json.loads(settings_path().read_text(encoding="utf-8"))
    assert raw["profiles"][0]["base_url"] == ""
    assert load_settings().profile.region == "com"


def test_write_is_atomic(app_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(Settings(theme="dark"))
    before = settings_path().read_bytes()

    def crash(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        save_settings(Settings(theme="light"))
    assert settings_path().read_bytes() == before  # the old file is whole
    assert [p.name for p in settings_path().parent.iterdir()] == ["settings.json"]  # no temporary file left


@pytest.mark.parametrize("token", ["pat_abc123", "czu_abc123", "czs_abc123", "Bearer pat_abc123"])
def test_token_shaped_values_are_never_written(
    app_home: Path, token: str, caplog: pytest.LogCaptureFixture
) -> None:
    # Pasted into the wrong field: every string field of a profile, and the bot list.
    profile = Profile(name="p", user_id=token, proxy=token, base_url=token, region="custom", workspace_id=token,
                      music_folder=token, bots=[BotRef(token, token)])
    with caplog.at_level(logging.WARNING):
        save_settings(Settings(profiles=[profile], active_profile="p"))
    assert "abc123" not in settings_path().read_text(encoding="utf-8")
    assert "looks like an API token" in caplog.text and "abc123" not in caplog.text
    assert load_settings().profile.name == "p"  # the rest is saved


def test_words_that_merely_contain_a_prefix_are_kept(app_home: Path) -> None:
    save_settings(Settings(profiles=[Profile(name="compat_mode", proxy="http://spat_1:80")],
                           active_profile="compat_mode"))
    loaded = load_settings()
    assert (loaded.profile.name, loaded.profile.proxy) == ("compat_mode", "http://spat_1:80")


def test_user_id_is_generated_once(app_home: Path) -> None:
    first = ensure_user_id(load_settings())
    assert first.startswith("desktop-")
    assert ensure_user_id(load_settings()) == first
    assert load_settings().profile.user_id == first


# -------------------------------------------------------------- token store


def test_token_store_round_trip(memory_keyring: MemoryKeyring, app_home: Path) -> None:
    store = TokenStore()
    assert store.available()
    assert store.get("work") is None and not store.has("work") and store.source("work") is None
    store.set("work", TOKEN)
    assert memory_keyring.entries == {("coze-desktop", "work"): TOKEN}
    assert store.get("work") == TOKEN and store.has("work") and store.source("work") is TokenSource.KEYRING
    store.rename("work", "office")
    assert memory_keyring.entries == {("coze-desktop", "office"): TOKEN}
    store.delete("office")
    store.delete("office")  # deleting nothing is fine
    assert memory_keyring.entries == {} and store.get("office") is None
    assert not app_home.exists() or files_containing(app_home, TOKEN) == []


def test_keyring_token_replaces_a_session_token(memory_keyring: MemoryKeyring) -> None:
    store = TokenStore()
    store.set_session("work", "pat_session")
    assert store.source("work") is TokenSource.SESSION
    store.set("work", TOKEN)
    assert store.get("work") == TOKEN
    store.delete("work")
    assert store.get("work") is None  # the session copy went too


def test_without_a_keyring_the_token_lives_in_memory_only(
    no_keyring: KeyringBackend, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / var.lower()))
    store = TokenStore()
    with caplog.at_level(logging.DEBUG):
        assert not store.available()
        with pytest.raises(KeyringUnavailable) as raised:
            store.set("work", TOKEN)
        assert str(raised.value).startswith(NO_KEYRING_MESSAGE)
        assert "keyring.backends.fail.Keyring" in str(raised.value)  # the message names the backend
        assert "Secret Service" in str(raised.value) and "until you quit" in str(raised.value)
        assert store.get("work") is None
        store.set_session("work", TOKEN)
        assert store.get("work") == TOKEN and store.source("work") is TokenSource.SESSION
        assert TokenStore().get("work") is None  # nothing outlives the store
        save_settings(load_settings())
    assert files_containing(tmp_path, TOKEN) == []
    assert TOKEN not in caplog.text
    store.delete("work")
    assert store.get("work") is None


def test_a_failing_backend_never_shows_the_token(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse(service: str, username: str, password: str) -> None:
        raise RuntimeError(f"cannot store {password}")  # a backend that quotes what it was given

    monkeypatch.setattr(memory_keyring, "set_password", refuse)
    with caplog.at_level(logging.DEBUG), pytest.raises(KeyringUnavailable) as raised:
        TokenStore().set("work", TOKEN)
    assert raised.value.reason == "RuntimeError"
    assert raised.value.__cause__ is None and raised.value.__suppress_context__
    assert TOKEN not in str(raised.value) and TOKEN not in caplog.text


def test_a_backend_that_does_not_answer_is_unavailable(memory_keyring: MemoryKeyring,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(service: str, username: str) -> None:
        raise RuntimeError("locked")

    monkeypatch.setattr(memory_keyring, "get_password", locked)
    store = TokenStore()
    assert not store.available()
    store.set_session("work", TOKEN)
    assert store.get("work") == TOKEN


def test_resolve_token_order(memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    store = secrets.token_store()
    assert resolve_token("work") is None
    store.set("work", "pat_keyring")
    store.set_session("work", "pat_session")
    assert resolve_token("work") == "pat_keyring"
    monkeypatch.setenv(settings.TOKEN_ENV, "pat_env")
    assert resolve_token("work") == "pat_env"
    monkeypatch.delenv(settings.TOKEN_ENV)
    memory_keyring.entries.clear()
    assert resolve_token("work") == "pat_session"


def test_keyring_is_imported_lazily() -> None:
    import subprocess
    import sys

    code = "import sys, coze_desktop.settings, coze_desktop.secrets; print('keyring' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[1])
    assert result.stdout.strip() == "False"
