"""The log file redacts every token shape (messages, arguments, tracebacks), rotates, and diagnostics leak nothing."""

from __future__ import annotations

import importlib.util
import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from coze_desktop import logs
from coze_desktop.diagnostics import diagnostics_text
from coze_desktop.logs import log_dir, redact, setup_logging, tail
from coze_desktop.secrets import OAuthCredentials, token_store
from coze_desktop.settings import Profile, Settings, load_settings

from .test_settings import MemoryKeyring, memory_keyring  # noqa: F401 (fixture)

JWT = ("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkNvemUifQ."
       "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
# One of each shape, with characters a careless pattern would stop at (-, _, a dot inside, digits).
TOKENS = {
    "pat": "pat_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z0123456789abcdefABCDEFGHIJ",
    "czu": "czu_9fQ2-xV7_kL0pR3sT6uW",
    "czs": "czs_Zz00yY11xX22.wW33vV44",
    "sat": "sat_s3rv1ce-acc3ss_t0ken",
    "bearer": "Bearer oauth-0123456789.ABCDEF",
    "jwt": JWT,
    "unsigned jwt": "eyJhbGciOiJub25lIn0.eyJhIjoxfQ.",
    "base64url triple": "Q29kZSBpcyBwb2V0cnkx.YW5kIHNlY3JldHMgYXJlIHNl.Y3JldHMgZm9yIGV2ZXJ5b25l",
}
MARKERS = {"pat": "pat_<redacted>", "czu": "czu_<redacted>", "czs": "czs_<redacted>", "sat": "sat_<redacted>",
           "bearer": "Bearer <redacted>", "jwt": "<redacted JWT>", "unsigned jwt": "<redacted JWT>",
           "base64url triple": "<redacted JWT>"}


def secret_part(token: str) -> str:
    """What must never be written: the token without a "Bearer " prefix, which may stay."""
    return token.removeprefix("Bearer ")


def leaky_module(folder: Path, token: str) -> ModuleType:
    """A module with a token in its source: a stack printed through it quotes that line."""
    path = folder / "leaky.py"
    path.write_text(f"def log_with_stack(log):\n    log.warning('stack', stack_info=True)  # {token}\n")
    spec = importlib.util.spec_from_file_location("leaky", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def log_file(app_home: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level = root.level
    path = setup_logging()
    yield path
    for handler in [h for h in root.handlers if getattr(h, "_coze_desktop", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    logging.captureWarnings(False)


# --------------------------------------------------------------------------------------------- redact()


@pytest.mark.parametrize("kind", TOKENS)
def test_redact_replaces_each_shape_wherever_it_sits(kind: str) -> None:
    token = TOKENS[kind]
    for text in (token, f"token={token}", f"Authorization: {token}.", f"{{'key': '{token}'}}", f"\n{token}\n"):
        redacted = redact(text)
        assert secret_part(token) not in redacted, text
        assert MARKERS[kind] in redacted


def test_bearer_with_any_value_and_case() -> None:
    assert redact("authorization: bearer x") == "authorization: bearer <redacted>"
    assert redact("headers={'Authorization': 'Bearer pat_abc'}") == "headers={'Authorization': 'Bearer <redacted>'}"


def test_redact_keeps_what_only_resembles_a_token() -> None:
    text = ("PySide6 6.11.3 at https://api.coze.cn, module coze_desktop.ui.main_window, compat_mode, "
            "SAT_SCORE, the sentence ends here.")
    assert redact(text) == text


def test_a_sentence_keeps_its_full_stop() -> None:
    assert redact("the token was pat_abc123.") == "the token was pat_<redacted>."


# ---------------------------------------------------------------------------------------------- the file


@pytest.mark.parametrize("kind", TOKENS)
def test_file_has_no_token_in_message_args_traceback_or_stack(log_file: Path, kind: str, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    token = TOKENS[kind]
    log = logging.getLogger("coze_desktop.test")
    log.warning(f"in the message: {token}")
    log.warning("in the arguments: %s and %r", token, {"auth": token})
    try:
        raise RuntimeError(f"request failed with {token}")
    except RuntimeError:
        log.exception("in the traceback")
    log.warning("in the stack of a call that was given %s", token, stack_info=True)
    leaky_module(tmp_path, token).log_with_stack(log)

    text = log_file.read_text(encoding="utf-8")
    assert secret_part(token) not in text
    # message, 2 arguments, exception text, the stack record's argument, the source line in the stack
    assert text.count(MARKERS[kind]) >= 6
    assert "Traceback (most recent call last)" in text and "RuntimeError: request failed with" in text
    assert secret_part(token) not in capsys.readouterr().err  # the console handler too


def test_a_record_whose_arguments_do_not_fit_is_still_redacted(log_file: Path) -> None:
    logging.getLogger("coze_desktop.test").warning("two %s %s but one", TOKENS["pat"])
    assert secret_part(TOKENS["pat"]) not in log_file.read_text(encoding="utf-8")


def test_file_is_in_the_home_and_rotates_at_a_megabyte_keeping_five(log_file: Path, app_home: Path) -> None:
    assert log_file == app_home / "logs" / "coze-desktop.log"
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "_coze_desktop", False)
                   and isinstance(h, logging.handlers.RotatingFileHandler))
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, 5)
    line = "x" * 200
    for _ in range(6000):  # ~1.3 MB
        logging.getLogger("coze_desktop.test").info(line)
    assert log_file.with_name("coze-desktop.log.1").exists()
    assert log_file.stat().st_size < 1_000_000


def test_setting_up_again_replaces_the_handlers(log_file: Path) -> None:
    setup_logging()
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_coze_desktop", False)]
    assert len(ours) == 2


def test_records_logged_before_set_up_are_written_first_and_redacted(app_home: Path) -> None:
    """The app sets up its log after the first paint; what start-up logged before that is not lost."""
    logs.hold_early_records()
    logging.getLogger("coze_desktop.ui.single_instance").info("early: %s", TOKENS["pat"])
    root = logging.getLogger()
    try:
        path = setup_logging()
        logging.getLogger("coze_desktop").info("after set-up")
        text = path.read_text(encoding="utf-8")
        assert not [h for h in root.handlers if isinstance(h, logs.HeldRecords)]
    finally:
        for handler in [h for h in root.handlers if getattr(h, "_coze_desktop", False)]:
            root.removeHandler(handler)
            handler.close()
    assert "early: pat_<redacted>" in text and TOKENS["pat"] not in text
    assert text.index("early:") < text.index("after set-up")


def test_log_dir_follows_the_home_else_the_platform(app_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert log_dir() == app_home / "logs"
    monkeypatch.delenv("COZE_DESKTOP_HOME")
    monkeypatch.setattr(logs.platformdirs, "user_log_path", lambda name: Path("/platform") / name)
    assert log_dir() == Path("/platform/coze-desktop")


def test_tail_is_the_last_lines_redacted_again(tmp_path: Path) -> None:
    path = tmp_path / "old.log"
    # A file written before redaction existed (or by hand): the tail still shows no token.
    path.write_text("".join(f"line {i}\n" for i in range(100)) + f"old line with {TOKENS['czu']}\n")
    lines = tail(3, path)
    assert lines == ["line 98", "line 99", "old line with czu_<redacted>"]
    assert tail(3, tmp_path / "missing.log") == []


# --------------------------------------------------------------------------------------------- diagnostics


def test_diagnostics_never_contain_a_token(log_file: Path, memory_keyring: MemoryKeyring,  # noqa: F811
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    settings = load_settings()
    memory_keyring.set_password("coze-desktop", settings.profile.name, TOKENS["czu"])
    monkeypatch.setenv("COZE_API_TOKEN", TOKENS["pat"])
    logging.getLogger("coze_desktop.test").info("sending with %s", TOKENS["bearer"])
    with log_file.open("a", encoding="utf-8") as f:  # as if an older version had written it unredacted
        f.write(f"raw {TOKENS['jwt']} {TOKENS['sat']}\n")

    text = diagnostics_text(settings)

    for token in TOKENS.values():
        assert secret_part(token) not in text
    assert "Token stored: yes (OS keyring)" in text
    assert "COZE_API_TOKEN set: yes" in text
    assert "Profile base URL: https://api.coze.cn" in text
    assert "Coze Desktop " in text and "Python " in text and "libVLC: " in text and "OS: " in text
    assert "sending with Bearer <redacted>" in text  # the log's tail is included
    assert "raw <redacted JWT> sat_<redacted>" in text


def test_diagnostics_say_no_token_and_hide_url_credentials(log_file: Path, memory_keyring: MemoryKeyring,  # noqa: F811
                                                           ) -> None:
    settings = Settings(profiles=[Profile(region="custom", base_url="http://admin:hunter2@studio.lan:8888")])

    class Connection:
        base_url, bot_id, demo = "http://admin:hunter2@studio.lan:8888", "7001", False

    text = diagnostics_text(settings, Connection())
    assert "hunter2" not in text and "admin" not in text
    assert "Profile base URL: http://studio.lan:8888" in text
    assert "Connected to: bot 7001 at http://studio.lan:8888" in text
    assert "Token stored: no" in text and "COZE_API_TOKEN set: no" in text


def test_diagnostics_say_a_signed_in_profile_has_its_sign_in_and_never_show_it(
        log_file: Path, memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    settings = load_settings()
    creds = OAuthCredentials(TOKENS["czu"], "refresh-" + secret_part(TOKENS["czu"]), 2e9, "demo-device-app")
    token_store().set_oauth(settings.profile.name, creds)

    text = diagnostics_text(settings)

    assert "Token stored: yes, signed in with Coze (OS keyring)" in text
    assert secret_part(TOKENS["czu"]) not in text
