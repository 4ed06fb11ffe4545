"""Local data under real faults: damaged, unreadable, read-only, full and locked files for settings, history and logs.

Faults are real: a tmpfs of 256 KiB that fills up, a read-only remount, a folder in place of a file, a child
process that drops root (permission bits do not stop root), a second process holding SQLite's lock.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from coze_desktop import notices
from coze_desktop.chat import ChatEngine, TurnCompleted, TurnRequest
from coze_desktop.chat.history import (
    SCHEMA_VERSION,
    HistoryStore,
    HistoryWriteError,
    MessageStatus,
    open_history,
)
from coze_desktop.demo import DEMO_BOT_ID
from coze_desktop.logs import log_dir, setup_logging
from coze_desktop.plugins import default_registry
from coze_desktop.settings import BotRef, Profile, Settings, load_settings, save_settings, settings_path

REPO = Path(__file__).resolve().parent.parent
NOBODY = 65534


# ------------------------------------------------------------------------------------------------- helpers

def need_root() -> None:
    """Mounting and dropping privileges need root; in CI (which runs as root) a skip would hide a gap."""
    if os.geteuid() != 0:
        if os.environ.get("CI") == "true":
            pytest.fail("this test needs root (tmpfs mounts, setpriv) and CI runs as root")
        pytest.skip("needs root: mounts a tmpfs or drops privileges")


@pytest.fixture(autouse=True)
def fresh_notices() -> Iterator[None]:
    notices.take()
    yield
    notices.take()


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual desktop umask, under which plain open() makes 0644 files: our files must still be 0600."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.fixture
def mount() -> Iterator[Callable[..., Path]]:
    """``mount(path, size)``: a real tmpfs at ``path`` (unmounted at teardown)."""
    mounted: list[Path] = []

    def make(path: Path, size: str = "1m") -> Path:  # room for a new history file's five migrations
        need_root()
        path.mkdir(parents=True, exist_ok=True)
        subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(path)], check=True)
        mounted.append(path)
        return path

    yield make
    for path in reversed(mounted):
        subprocess.run(["umount", "-l", str(path)], check=False)


def remount_read_only(path: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(path)], check=True)


def fill(folder: Path) -> Path:
    """Write a file until the filesystem says ENOSPC; removing the file frees the space again."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as f:
        for chunk in (65536, 4096, 512, 1):
            try:
                while True:
                    f.write(b"\0" * chunk)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
    return filler


@pytest.fixture
def reachable_by_nobody(tmp_path: Path) -> Iterator[Path]:
    """tmp_path, with its parents traversable (not readable) by others, so a child running as nobody reaches it."""
    need_root()
    changed: list[tuple[Path, int]] = []
    top = Path(tempfile.gettempdir()).resolve()
    for folder in [tmp_path, *tmp_path.parents]:
        if folder == top or top not in folder.parents:
            break
        mode = stat.S_IMODE(folder.stat().st_mode)
        changed.append((folder, mode))
        folder.chmod(mode | 0o011)
    yield tmp_path
    for folder, mode in changed:
        folder.chmod(mode)


def run_as_nobody(code: str, home: Path) -> subprocess.CompletedProcess[str]:
    """``code`` in a Python child that is not root (setpriv), with the app's home at ``home``."""
    env = {**os.environ, "COZE_DESKTOP_HOME": str(home), "PYTHONPATH": str(REPO)}
    return subprocess.run(["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                           sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def taken() -> list[tuple[str, str]]:
    """The queued notices as (kind, path), emptying the queue."""
    return [(notice.kind, notice.path) for notice in notices.take()]


def one_notice() -> notices.Notice:
    [notice] = notices.take()
    assert "\n" not in notice.text  # one log line
    return notice


SAVED = {
    "profiles": [{"name": "work", "region": "com", "bots": [{"id": "7001", "name": "helper"}]}],
    "active_profile": "work",
    "approvals": {"play_music": "always"},
}


# ------------------------------------------------------------------------------------------------ settings

@pytest.mark.parametrize("content", [
    b"{not json",
    b"\xff\xfe\x00garbage\x80\x81" * 50,  # binary: not even UTF-8
    b"[1, 2, 3]",  # JSON, but not an object
    b"[" * 100_000,  # nested beyond the parser's recursion limit
    b"",  # truncated to nothing
], ids=["invalid-json", "binary-garbage", "json-array", "deeply-nested", "empty"])
def test_a_damaged_settings_file_is_moved_aside_and_the_app_starts_on_defaults(app_home: Path, content: bytes) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert load_settings() == Settings()
    broken = list(path.parent.glob("settings.json.broken-*"))
    assert len(broken) == 1 and broken[0].read_bytes() == content  # kept byte for byte, never deleted
    assert not path.exists()
    assert taken() == [(notices.SETTINGS_MOVED, str(broken[0]))]
    assert taken() == []  # said once


def test_a_folder_in_place_of_the_settings_file_is_moved_aside(app_home: Path) -> None:
    path = settings_path()
    (path / "inside").mkdir(parents=True)
    assert load_settings() == Settings()
    broken = next(path.parent.glob("settings.json.broken-*"))
    assert (broken / "inside").is_dir() and taken() == [(notices.SETTINGS_MOVED, str(broken))]
    save_settings(load_settings())  # the next save writes a real file again
    assert path.is_file()


def test_two_damaged_files_in_one_second_get_two_names(app_home: Path) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    for content in ("{1", "{2"):
        path.write_text(content)
        load_settings()
    assert sorted(p.read_text() for p in path.parent.glob("settings.json.broken-*")) == ["{1", "{2"]


def test_an_unreadable_settings_file_is_moved_aside(reachable_by_nobody: Path) -> None:
    home = reachable_by_nobody / "home"
    config = home / "config"
    config.mkdir(parents=True)
    os.chown(config, NOBODY, NOBODY)
    (config / "settings.json").write_text(json.dumps(SAVED))
    (config / "settings.json").chmod(0o600)  # root's file: the user (nobody) cannot read it
    result = run_as_nobody(
        "from coze_desktop import notices, settings\n"
        "s = settings.load_settings()\n"
        "print(s == settings.Settings())\n"
        "[n] = notices.take()\n"
        "print(n.kind, n.path, n.detail, sep='|')\n", home)
    assert result.returncode == 0, result.stderr
    default, notice = result.stdout.splitlines()
    broken = next(config.glob("settings.json.broken-*"))
    assert default == "True" and notice == f"{notices.SETTINGS_MOVED}|{broken}|Permission denied"
    assert json.loads(broken.read_text()) == SAVED


def test_a_damaged_settings_file_that_cannot_be_moved_is_left_as_it_is(app_home: Path,
                                                                       mount: Callable[..., Path]) -> None:
    config = mount(app_home / "config")
    (config / "settings.json").write_text("{damaged")
    remount_read_only(config)
    assert load_settings() == Settings()
    assert (config / "settings.json").read_text() == "{damaged"
    notice = one_notice()
    assert (notice.kind, notice.path) == (notices.SETTINGS_NOT_MOVED, str(config / "settings.json"))
    assert "Read-only file system" in notice.detail


def test_unknown_keys_from_a_newer_version_survive_a_rewrite(app_home: Path) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    newer = {**SAVED, "telemetry": {"opt_in": False}, "future_flag": [1, 2]}
    newer["profiles"] = [{**SAVED["profiles"][0], "voice": {"speaker": "x"}, "stream": True}]
    path.write_text(json.dumps(newer))
    loaded = load_settings()
    save_settings(loaded)
    # The settings dialog builds a new Settings from its form: the file's unknown keys survive that too.
    save_settings(Settings(profiles=[Profile(name="work", region="com", bots=loaded.profile.bots,
                                             extra=loaded.profile.extra)], active_profile="work"))
    raw = json.loads(path.read_text())
    assert raw["telemetry"] == {"opt_in": False} and raw["future_flag"] == [1, 2]
    assert raw["profiles"][0]["voice"] == {"speaker": "x"}
    assert load_settings().profile.bots == [BotRef("7001", "helper")]
    assert taken() == []


def test_a_field_of_the_wrong_shape_loses_only_itself(app_home: Path) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({**SAVED, "language": 7, "theme": ["dark"], "aliases": "x", "connect_timeout": "9",
                                "active_profile": {"no": 1}}))
    loaded = load_settings()
    assert loaded.profile.name == "work" and loaded.approvals == {"play_music": "always"}
    assert loaded.language == "" and loaded.aliases == {} and loaded.connect_timeout == 30.0
    path.write_text(json.dumps({**SAVED, "profiles": 5}))
    assert load_settings().approvals == {"play_music": "always"}  # no TypeError from iterating a number
    path.write_text(json.dumps({**SAVED, "profiles": [{"name": "a", "bots": 3, "stream": "yes"}, "junk"]}))
    loaded = load_settings()
    assert [p.name for p in loaded.profiles] == ["a"] and loaded.profile.bots == [] and loaded.profile.stream
    assert not list(path.parent.glob("*.broken-*"))  # a wrong field is not a damaged file


def test_settings_are_private(app_home: Path, umask_022: None) -> None:
    save_settings(Settings())
    assert mode(settings_path()) == 0o600 and mode(settings_path().parent) == 0o700
    settings_path().write_text("{x")
    settings_path().chmod(0o644)
    load_settings()
    assert mode(next(settings_path().parent.glob("settings.json.broken-*"))) == 0o600


def test_saving_on_a_full_disk_keeps_the_previous_file(app_home: Path, mount: Callable[..., Path]) -> None:
    config = mount(app_home / "config")
    save_settings(Settings(profiles=[Profile(name="kept")], active_profile="kept"))
    before = settings_path().read_bytes()
    filler = fill(config)
    big = Settings(profiles=[Profile(name=f"p{i}", bots=[BotRef(str(i) * 30)]) for i in range(200)])
    with pytest.raises(OSError) as raised:
        save_settings(big)
    assert raised.value.errno == errno.ENOSPC
    assert settings_path().read_bytes() == before and load_settings().profile.name == "kept"
    assert [p.name for p in config.iterdir()] == ["settings.json", "filler"] or sorted(
        p.name for p in config.iterdir()) == ["filler", "settings.json"]  # no temporary file left behind
    filler.unlink()


# ------------------------------------------------------------------------------------------------- history

def history_with_a_conversation(path: Path, title: str = "kept") -> int:
    with HistoryStore(path) as store:
        conversation = store.create_conversation("bot", title)
        recorder = store.recorder(conversation, "question")
        recorder(TurnCompleted("c", "chat", None))
        return conversation


@pytest.mark.parametrize("damage", ["random-bytes", "truncated", "zeroed-page"])
def test_a_damaged_history_is_moved_aside_with_its_wal_and_a_new_one_starts(tmp_path: Path, damage: str,
                                                                            umask_022: None) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as store:
        for i in range(300):  # pages enough that losing half of them shows
            store.rename_conversation(store.create_conversation("bot"), f"conversation {i} " + "x" * 200)
    data = path.read_bytes()
    if damage == "random-bytes":
        data = os.urandom(len(data))
    elif damage == "truncated":
        data = data[: len(data) // 2]
    else:
        data = data[:4096 * 3] + b"\0" * 4096 + data[4096 * 4:]
    path.write_bytes(data)
    Path(f"{path}-wal").write_bytes(b"wal of the damaged file")
    store = open_history(path)
    assert store.persistent and store.list_conversations() == []
    store.create_conversation("bot")  # the new file works
    store.close()
    broken = next(tmp_path.glob("history.sqlite3.broken-*[0-9]"))
    assert broken.read_bytes() == data  # moved, not deleted, not changed
    assert Path(f"{broken}-wal").read_bytes() == b"wal of the damaged file"
    assert mode(broken) == 0o600 and mode(Path(f"{broken}-wal")) == 0o600  # the -wal was written 0644 above
    notice = one_notice()
    assert (notice.kind, notice.path) == (notices.HISTORY_MOVED, str(broken)) and notice.detail


def test_a_folder_in_place_of_the_history_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    (path / "mine.txt").parent.mkdir()
    (path / "mine.txt").write_text("keep me")
    store = open_history(path)
    assert store.persistent and path.is_file()
    broken = next(tmp_path.glob("history.sqlite3.broken-*"))
    assert (broken / "mine.txt").read_text() == "keep me"
    notice = one_notice()
    assert (notice.kind, notice.path, notice.detail) == (notices.HISTORY_MOVED, str(broken), "a folder is in its place")


def test_a_history_from_a_newer_version_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    history_with_a_conversation(path)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = path.read_bytes()
    store = open_history(path)
    assert not store.persistent
    store.rename_conversation(store.create_conversation("bot"), "this session")  # works, in memory
    store.close()
    assert path.read_bytes() == before and not list(tmp_path.glob("*.broken-*"))
    assert taken() == [(notices.HISTORY_NEWER, str(path))]


def test_an_unreadable_history_starts_in_memory_and_stays_untouched(reachable_by_nobody: Path) -> None:
    home = reachable_by_nobody / "home"
    data = home / "data"
    data.mkdir(parents=True)
    history_with_a_conversation(data / "history.sqlite3")
    os.chown(data, NOBODY, NOBODY)  # the folder is the user's, the file is root's 0600
    before = (data / "history.sqlite3").read_bytes()
    result = run_as_nobody(
        "from coze_desktop import notices\n"
        "from coze_desktop.chat.history import open_history\n"
        "store = open_history()\n"
        "store.create_conversation('bot')\n"
        "print(store.persistent)\n"
        "print([(n.kind, n.path) for n in notices.take()])\n", home)
    assert result.returncode == 0, result.stderr
    persistent, notice = result.stdout.splitlines()
    assert persistent == "False" and notice == repr([(notices.HISTORY_IN_MEMORY, str(data / "history.sqlite3"))])
    assert (data / "history.sqlite3").read_bytes() == before and not list(data.glob("*.broken-*"))


def test_a_read_only_data_folder_shows_the_past_and_saves_nothing(tmp_path: Path,
                                                                  mount: Callable[..., Path]) -> None:
    data = mount(tmp_path / "data")
    path = data / "history.sqlite3"
    history_with_a_conversation(path)
    remount_read_only(data)
    started = time.monotonic()
    store = open_history(path, busy_timeout=0.3)
    assert time.monotonic() - started < 30  # no unbounded wait (a generous bound, not a performance figure)
    assert not store.persistent
    assert [c.title for c in store.list_conversations()] == ["kept"]  # the past is there
    store.create_conversation("bot")  # and the app still chats, in memory
    store.close()
    notice = one_notice()
    assert (notice.kind, notice.path, notice.detail) == (notices.HISTORY_READ_ONLY, str(path), "read-only")


def test_a_read_only_data_folder_without_a_history_starts_in_memory(tmp_path: Path,
                                                                    mount: Callable[..., Path]) -> None:
    data = mount(tmp_path / "data")
    remount_read_only(data)
    store = open_history(data / "history.sqlite3")
    assert not store.persistent and store.list_conversations() == []
    notice = one_notice()
    assert (notice.kind, notice.detail) == (notices.HISTORY_IN_MEMORY, "read-only")


def test_a_full_data_folder_at_start_leaves_the_app_usable(tmp_path: Path, mount: Callable[..., Path]) -> None:
    data = mount(tmp_path / "data")
    fill(data)
    store = open_history(data / "history.sqlite3")
    assert not store.persistent
    store.create_conversation("bot")
    notice = one_notice()
    assert notice.kind in (notices.HISTORY_READ_ONLY, notices.HISTORY_IN_MEMORY) and notice.detail == "disk full"


def test_every_write_on_a_full_disk_says_disk_full(tmp_path: Path, mount: Callable[..., Path]) -> None:
    data = mount(tmp_path / "data")
    store = open_history(data / "history.sqlite3")
    conversation = store.create_conversation("bot")
    filler = fill(data)
    writes: list[Callable[[], object]] = [
        lambda: [store.create_conversation("bot", "x" * 5000) for _ in range(50)],
        lambda: store.recorder(conversation, "my typed question " * 300),
        lambda: [store.set_draft(conversation, "draft " * 2000 + str(i)) for i in range(20)],
        lambda: [store.rename_conversation(conversation, "t" * 4000 + str(i)) for i in range(20)],
    ]
    for write in writes:
        with pytest.raises(HistoryWriteError) as raised:
            write()
        assert raised.value.disk_full and "Disk full" in str(raised.value) and str(store.path) in str(raised.value)
        assert not isinstance(raised.value, sqlite3.Error)
    filler.unlink()
    store.create_conversation("bot")  # space again: writes work again on the same store
    store.close()


async def test_disk_full_mid_turn_does_not_stop_the_turn(tmp_path: Path, mount: Callable[..., Path],
                                                         client) -> None:
    data = mount(tmp_path / "data")
    store = open_history(data / "history.sqlite3")
    conversation = store.create_conversation(DEMO_BOT_ID)
    recorder = store.recorder(conversation, "你好")
    filler = fill(data)
    shown: list[object] = []

    def observe(event) -> None:  # the session's chain: to disk first, then to the window
        recorder(event)
        shown.append(event)

    outcome = await ChatEngine(client, default_registry()).run_turn(
        TurnRequest(DEMO_BOT_ID, "tester", "你好"), observe)
    assert outcome.answer and isinstance(shown[-1], TurnCompleted)  # the window got the whole turn
    assert recorder.error is not None and recorder.error.disk_full
    assert taken() == [(notices.HISTORY_DISK_FULL, str(store.path))]
    store.close()
    filler.unlink()
    with HistoryStore(data / "history.sqlite3") as reopened:  # the question is kept; the answer is marked
        user, bot = reopened.messages(conversation)
        assert user.text == "你好" and bot.status == MessageStatus.INTERRUPTED


def test_a_read_only_file_at_write_time_is_not_disk_full(tmp_path: Path, mount: Callable[..., Path]) -> None:
    data = mount(tmp_path / "data")
    writer = open_history(data / "history.sqlite3")  # keeps the -wal and -shm in place
    conversation = writer.create_conversation("bot")
    # The same folder seen through a read-only bind mount: SQLite opens the file, but read-only.
    view = tmp_path / "view"
    view.mkdir()
    subprocess.run(["mount", "--bind", str(data), str(view)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], check=True)
        store = HistoryStore(view / "history.sqlite3")
        with pytest.raises(HistoryWriteError) as raised:
            store.set_draft(conversation, "typed")
        store.close()
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)
    assert not raised.value.disk_full and "read-only" in str(raised.value)
    assert str(view / "history.sqlite3") in str(raised.value)
    writer.close()


HOLD_LOCK = ("import sqlite3, sys, time\n"
             "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
             "db.execute('BEGIN EXCLUSIVE')\n"
             "db.execute('CREATE TABLE IF NOT EXISTS held (x)')\n"
             "print('locked', flush=True)\n"
             "sys.stdin.read()\n")


@pytest.fixture
def lock_holder() -> Iterator[Callable[[Path], None]]:
    """``hold(path)``: a real second process holding an exclusive transaction on ``path`` until teardown."""
    holders: list[subprocess.Popen[str]] = []

    def hold(path: Path) -> None:
        holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path)], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, text=True)
        holders.append(holder)
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"

    yield hold
    for holder in holders:
        holder.kill()
        holder.wait(10)


def test_a_history_locked_by_another_program_says_so(tmp_path: Path, lock_holder: Callable[[Path], None]) -> None:
    path = tmp_path / "history.sqlite3"
    history_with_a_conversation(path)
    lock_holder(path)
    store = open_history(path, busy_timeout=0.3)  # WAL: the lock holder does not stop reading
    assert store.persistent and len(store.list_conversations()) == 1
    with pytest.raises(HistoryWriteError) as raised:
        store.create_conversation("bot")
    assert "locked by another program" in str(raised.value) and not raised.value.disk_full
    store.close()


def test_a_history_locked_at_start_opens_in_memory(tmp_path: Path, lock_holder: Callable[[Path], None]) -> None:
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = DELETE")  # a rollback-journal file: its exclusive lock stops readers too
    db.close()
    lock_holder(path)
    store = open_history(path, busy_timeout=0.3)
    assert not store.persistent
    store.create_conversation("bot")
    assert taken() == [(notices.HISTORY_LOCKED, str(path))]


def test_history_files_are_private(tmp_path: Path, umask_022: None) -> None:
    data = tmp_path / "data"
    path = data / "history.sqlite3"
    store = open_history(path)
    store.create_conversation("bot")
    assert mode(data) == 0o700
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        assert mode(file) == 0o600, file
    store.close()


def test_files_an_older_version_left_readable_are_made_private(tmp_path: Path, umask_022: None) -> None:
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)  # a version 1 file, 0644 as sqlite3 and the old code made it
    db.executescript("PRAGMA journal_mode = WAL;")
    from coze_desktop.chat.history import MIGRATIONS

    db.executescript(MIGRATIONS[0] + "PRAGMA user_version = 1;")
    db.close()
    path.chmod(0o644)
    with HistoryStore(path):
        pass
    assert mode(path) == 0o600 and mode(path.with_name("history.sqlite3.v1.bak")) == 0o600


# ---------------------------------------------------------------------------------------------------- logs

@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_a_log_folder_that_is_a_file_falls_back_to_stderr(app_home: Path, restore_logging: None,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    log_dir().parent.mkdir(parents=True)
    log_dir().write_text("not a folder")
    assert setup_logging() is None
    logging.getLogger("coze_desktop.test").info("still logged")
    assert "still logged" in capsys.readouterr().err
    assert taken() == [(notices.LOG_FOLDER_UNWRITABLE, str(log_dir()))]
    assert log_dir().read_text() == "not a folder"


def test_a_read_only_log_folder_falls_back_to_stderr(app_home: Path, restore_logging: None,
                                                     mount: Callable[..., Path],
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    logs = mount(log_dir())
    remount_read_only(logs)
    assert setup_logging() is None
    logging.getLogger("coze_desktop.test").warning("to the terminal")
    assert "to the terminal" in capsys.readouterr().err
    notice = one_notice()
    assert (notice.kind, notice.path, notice.detail) == (notices.LOG_FOLDER_UNWRITABLE, str(logs),
                                                         "Read-only file system")


def test_log_files_and_rotated_ones_are_private(app_home: Path, restore_logging: None, umask_022: None,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from coze_desktop import logs

    log_dir().mkdir(parents=True)
    (log_dir() / "coze-desktop.log.1").write_text("an old version's log\n")
    (log_dir() / "coze-desktop.log.1").chmod(0o644)
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = setup_logging()
    assert path is not None
    for i in range(50):
        logging.getLogger("coze_desktop.test").info("line %d %s", i, "x" * 100)
    rotated = sorted(log_dir().glob("coze-desktop.log*"))
    assert len(rotated) >= 3  # the file rotated: new files were made after the first
    assert mode(log_dir()) == 0o700
    assert {p.name: mode(p) for p in rotated} == {p.name: 0o600 for p in rotated}


def test_a_log_disk_that_fills_up_while_running_never_stops_the_app(app_home: Path, restore_logging: None,
                                                                    mount: Callable[..., Path],
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    logs = mount(log_dir(), "64k")
    assert setup_logging() is not None
    filler = fill(logs)
    for i in range(200):  # each record that cannot be written is reported by logging itself, not raised
        logging.getLogger("coze_desktop.test").warning("after the disk filled %d %s", i, "y" * 200)
    assert "No space left on device" in capsys.readouterr().err
    filler.unlink()
    logging.getLogger("coze_desktop.test").warning("space again")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "space again" in (logs / "coze-desktop.log").read_text()
