"""Sign in with Coze against the real OS secret store: run through .ci/with-secret-service.sh."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import keyring
import pytest
import pytest_asyncio

from coze_desktop import secrets
from coze_desktop.api import CozeClient, EnterMessage
from coze_desktop.auth import SignIn, TokenManager, finish_sign_in
from coze_desktop.demo import DEMO_BOT_ID, DemoServer
from coze_desktop.logs import log_path, setup_logging
from coze_desktop.secrets import OAUTH_SERVICE, TokenStore

from .test_oauth import FakeTime, oauth_for
from .test_settings import files_containing

pytestmark = [
    pytest.mark.secret_service,
    pytest.mark.skipif(os.environ.get("CI_SECRET_SERVICE") != "1",
                       reason="needs the Secret Service of .ci/with-secret-service.sh"),
]

PROFILE = "ci-oauth"


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> Iterator[TokenStore]:
    from keyring.backends.SecretService import Keyring as SecretServiceKeyring

    assert isinstance(keyring.get_keyring(), SecretServiceKeyring)
    fresh = TokenStore()
    monkeypatch.setattr(secrets, "_store", fresh)
    yield fresh
    fresh.delete(PROFILE)


@pytest_asyncio.fixture
async def demo() -> AsyncIterator[tuple[DemoServer, FakeTime]]:
    fake = FakeTime()
    async with DemoServer() as server:
        server.oauth.clock = fake
        yield server, fake


def secret_tool_lookup(service: str, profile: str) -> str | None:
    if shutil.which("secret-tool") is None:
        pytest.skip("secret-tool (libsecret-tools) is not installed")
    result = subprocess.run(["secret-tool", "lookup", "service", service, "username", profile],
                            capture_output=True, timeout=10)
    return result.stdout.decode() if result.returncode == 0 else None


async def test_the_tokens_live_only_in_the_keyring_through_sign_in_and_refresh(
    store: TokenStore, demo: tuple[DemoServer, FakeTime], app_home: Path
) -> None:
    server, fake = demo
    setup_logging(logging.DEBUG)  # everything the app logs, httpx's requests included, goes to the file
    try:
        fake.at_sleep[2] = lambda: server.oauth.approve()
        async with oauth_for(server, fake) as oauth:
            code = await oauth.request_device_code()
            assert await finish_sign_in(oauth, SignIn(code, 0.0), PROFILE, store)
        first = store.get_oauth(PROFILE)
        assert first is not None
        # Read back with libsecret's own tool, past Python's keyring: one entry holding the pair.
        stored = json.loads(secret_tool_lookup(OAUTH_SERVICE, PROFILE) or "{}")
        assert (stored["access_token"], stored["refresh_token"]) == (first.access_token, first.refresh_token)

        fake.now = first.expires_at - 30  # refreshed silently before the request
        tokens = TokenManager(PROFILE, lambda cid: oauth_for(server, fake, cid), store=store, clock=fake)
        async with CozeClient(tokens, server.base_url) as client, client.stream_chat(
                bot_id=DEMO_BOT_ID, user_id="u", messages=[EnterMessage("hi")]) as stream:
            assert [event async for event in stream]
        second = TokenStore().get_oauth(PROFILE)  # a new store: what the keyring itself holds now
        assert second is not None and tokens.refreshes == 1
        assert (second.access_token, second.refresh_token) != (first.access_token, first.refresh_token)
        assert json.loads(secret_tool_lookup(OAUTH_SERVICE, PROFILE) or "{}")["refresh_token"] == second.refresh_token
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_coze_desktop", False)]:
            handler.flush()
            root.removeHandler(handler)  # the next test's log is its own
            handler.close()
        root.setLevel(logging.WARNING)
    assert log_path().is_file() and log_path().stat().st_size > 0
    # Every file under the app's config, data, cache and log folders, and the keyring daemon's own files under the
    # private HOME (encrypted there): no token in plain text anywhere.
    for secret in (first.access_token, first.refresh_token, second.access_token, second.refresh_token):
        assert files_containing(app_home, secret) == []
        assert files_containing(Path.home(), secret) == []
