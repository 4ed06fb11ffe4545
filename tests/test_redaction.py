"""redact(): the secrets the app holds by value (and their encoded spellings), secret-named values, URL credentials."""

from __future__ import annotations

import logging
import secrets as random_secrets
from pathlib import Path

import pytest

from coze_desktop import redaction
from coze_desktop.api import CozeAPIError, CozeClient
from coze_desktop.api.oauth import OAuthClient
from coze_desktop.demo import DemoServer, json_reply
from coze_desktop.redaction import redact, remember_secret, safe_host, safe_url
from coze_desktop.secrets import TokenStore
from coze_desktop.settings import TOKEN_ENV, resolve_token

from .test_settings import MemoryKeyring, memory_keyring  # noqa: F401 (fixture)

PAT = "pat_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z0123456789abcdefABCDEFGHIJ"
# A secret with no known shape, and characters that URL-encoding and JSON change.
ODD = 'Zq9-odd.Secret/with+chars "and" quotes'


@pytest.fixture(autouse=True)
def fresh_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with no known secret; what it registers is forgotten afterwards."""
    monkeypatch.setattr(redaction, "_known", set())
    monkeypatch.setattr(redaction, "_known_pattern", None)


# -------------------------------------------------------------------------------------- known secrets


def test_a_known_secret_is_redacted_whatever_its_shape() -> None:
    assert ODD in redact(f"server said: {ODD}")  # not known yet: no shape rule catches it
    remember_secret(ODD)
    assert redact(f"server said: {ODD}!") == "server said: <redacted>!"


@pytest.mark.parametrize("spelling", [
    "Zq9-odd.Secret/with%2Bchars%20%22and%22%20quotes",  # quote()
    "Zq9-odd.Secret%2Fwith%2Bchars%20%22and%22%20quotes",  # quote(safe="")
    "Zq9-odd.Secret%2Fwith%2Bchars+%22and%22+quotes",  # a form body
    "Zq9-odd.Secret%2fwith%2bchars+%22and%22+quotes",  # lowercase hex, as some servers write it
    'Zq9-odd.Secret/with+chars \\"and\\" quotes',  # inside a JSON string
])
def test_encoded_spellings_of_a_known_secret_are_redacted(spelling: str) -> None:
    remember_secret(ODD)
    assert redact(f"GET /x?q={spelling}&page=2") == "GET /x?q=<redacted>&page=2"


def test_the_longest_known_secret_wins() -> None:
    remember_secret("abcdefgh12")
    remember_secret("abcdefgh12345678")
    assert redact("x abcdefgh12345678 y abcdefgh12 z") == "x <redacted> y <redacted> z"


def test_short_values_are_not_taken_for_secrets() -> None:
    remember_secret("demo")  # the demo token: redacting every "demo" would garble messages
    remember_secret("")
    remember_secret(None)
    assert redact("the demo bot") == "the demo bot"


def test_many_known_secrets_are_each_redacted() -> None:
    held = [random_secrets.token_urlsafe(24) for _ in range(2000)]
    for value in held:
        remember_secret(value)
    text = " | ".join(f"k{i}={value}." for i, value in enumerate(held[::97]))
    redacted = redact(text)
    assert not any(value in redacted for value in held)
    assert redacted.count("<redacted>") == len(held[::97])


def test_a_secret_registered_after_a_redaction_is_picked_up() -> None:
    remember_secret("first-secret-value")
    assert redact("first-secret-value") == "<redacted>"
    remember_secret("second-secret-value")  # the compiled matcher must be rebuilt
    assert redact("second-secret-value first-secret-value") == "<redacted> <redacted>"


# --------------------------------------------------------------------------------- shapes and key names


@pytest.mark.parametrize(("text", "expected"), [
    (f"Authorization=Bearer%20{PAT}", "Authorization=Bearer%20<redacted>"),
    (f"auth=Bearer+{PAT}&x=1", "auth=Bearer+<redacted>&x=1"),
    (f"id1{PAT}", "id1pat_<redacted>"),
    (f"token%3D{PAT}", "token%3Dpat_<redacted>"),
    (f"q=a%20{PAT}", "q=a%20pat_<redacted>"),
    (f"sat=Xsat_{PAT[4:]}", "sat=Xsat_<redacted>"),
])
def test_encoded_and_glued_tokens(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_identifiers_that_only_contain_a_prefix_stay() -> None:
    text = "compat_mode compat_internationalization_settings dsat_ok SAT_SCORE isPat_x pat_."
    assert redact(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    ('{"refresh_token": "r-7f3k_Qw", "expires_in": 1}', '{"refresh_token": "<redacted>", "expires_in": 1}'),
    ('{"access_token":"a.b.c","token_type":"Bearer"}', '{"access_token":"<redacted>","token_type":"Bearer"}'),
    ("grant_type=refresh_token&refresh_token=r-7f3k_Qw&client_id=42",
     "grant_type=refresh_token&refresh_token=<redacted>&client_id=42"),
    ("{'client_secret': 'cs-9Z', 'client_id': '42'}", "{'client_secret': '<redacted>', 'client_id': '42'}"),
    ("OAuthToken(refresh_token='r-7f3k_Qw')", "OAuthToken(refresh_token='<redacted>')"),
    ('body={\\"client_secret\\": \\"cs-9Z\\"}', 'body={\\"client_secret\\": \\"<redacted>\\"}'),
    ("client_secret%3Dcs-9Z%26x", "client_secret%3D<redacted>"),
    ("refresh_token: r-7f3k_Qw", "refresh_token: <redacted>"),
    ('{"password": "hunter2"}', '{"password": "<redacted>"}'),
    ("password=hunter2 user=me", "password=<redacted> user=me"),
    ("device_code=dc-123456", "device_code=<redacted>"),
])
def test_values_of_secret_names(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", [
    '{"refresh_token": null, "refresh_token": ""}',
    "Wrong password: try again.",
    "Tokens: 401 (input 330, output 71), token_count=401",
    "the secret of good soup",
])
def test_words_that_name_secrets_in_prose_stay(text: str) -> None:
    assert redact(text) == text


def test_a_value_another_rule_marked_keeps_its_marker() -> None:
    assert redact(f"token=Bearer {PAT}") == "token=Bearer <redacted>"
    assert redact(f'{{"access_token": "{PAT}"}}') == '{"access_token": "pat_<redacted>"}'


@pytest.mark.parametrize(("url", "shown"), [
    ("http://admin:hunter2@studio.lan:8888/v3", "http://***@studio.lan:8888/v3"),
    ("http://admin:p@ss@studio.lan:8888/v3", "http://***@studio.lan:8888/v3"),  # "@" inside the password
    ("https://token@api.example/x?next=a@b", "https://***@api.example/x?next=a@b"),
    ("socks5://u:p@[::1]:1080", "socks5://***@[::1]:1080"),
])
def test_url_credentials_in_text(url: str, shown: str) -> None:
    assert redact(f"could not reach {url}.") == f"could not reach {shown}."


def test_safe_url_and_safe_host_never_keep_userinfo() -> None:
    assert safe_url("http://admin:p@ss@Studio.LAN:8888/v3?x=1") == "http://Studio.LAN:8888/v3?x=1"
    assert safe_url("http://[::1]:8/x") == "http://[::1]:8/x"
    assert safe_url("http://admin:hunter2@host:notaport") == "http://host:notaport"
    assert safe_url("admin:hunter2@proxy.lan:3128") == "proxy.lan:3128"  # no scheme: a proxy typed by hand
    assert safe_url("https://api.coze.cn/v3?x=a@b") == "https://api.coze.cn/v3?x=a@b"
    assert safe_host("http://admin:p@ss@studio.lan:8888") == "studio.lan:8888"
    assert "hunter2" not in safe_host("http://admin:hunter2@[bad")


# ------------------------------------------------------------------------- every place a secret enters


def test_tokens_from_the_store_are_registered(memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    store = TokenStore()
    memory_keyring.set_password(store.service, "work", "keyring-held-value-1")  # saved by an earlier run
    assert store.get("work") == "keyring-held-value-1"
    store.set("home", "stored-now-value-2")
    store.set_session("guest", "session-only-value-3")
    text = redact("keyring-held-value-1 stored-now-value-2 session-only-value-3")
    assert text == "<redacted> <redacted> <redacted>"


def test_the_environment_token_is_registered(monkeypatch: pytest.MonkeyPatch,
                                             memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    monkeypatch.setenv(TOKEN_ENV, "env-held-value-4")
    assert resolve_token("default") == "env-held-value-4"
    assert redact("echo env-held-value-4") == "echo <redacted>"


def test_the_client_registers_its_token_and_errors_never_quote_it() -> None:
    CozeClient("client-held-value-5", "http://127.0.0.1:9")
    error = CozeAPIError("invalid token client-held-value-5 (client-held-value-5)", code=4100)
    assert "client-held-value-5" not in str(error) and "<redacted>" in error.describe()


@pytest.mark.asyncio
async def test_oauth_tokens_are_registered(server: DemoServer) -> None:
    server.script("/api/permission/oauth2/token", json_reply(
        {"access_token": "oauth-access-value-6", "refresh_token": "oauth-refresh-value-7", "expires_in": 1}))
    oauth = OAuthClient(server.base_url, "client-1")
    try:
        token = await oauth.refresh("oauth-old-refresh-value-8")
    finally:
        await oauth.aclose()
    assert token.access_token == "oauth-access-value-6"
    text = redact("a oauth-access-value-6 r oauth-refresh-value-7 old oauth-old-refresh-value-8")
    assert text == "a <redacted> r <redacted> old <redacted>"


def test_known_secrets_reach_the_log_file(app_home: Path) -> None:
    from coze_desktop.logs import setup_logging

    root = logging.getLogger()
    level = root.level
    path = setup_logging()
    try:
        remember_secret(ODD)
        logging.getLogger("coze_desktop.test").warning("echoed %s and %r", ODD, {"refresh_token": "r-7f3k_Qw"})
        text = path.read_text(encoding="utf-8")
    finally:
        for handler in [h for h in root.handlers if getattr(h, "_coze_desktop", False)]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
        logging.captureWarnings(False)
    assert ODD not in text and "r-7f3k_Qw" not in text
    assert "echoed <redacted> and {'refresh_token': '<redacted>'}" in text
