"""Sign in with Coze over real HTTP against the demo server: the device flow, silent refresh, 4100, sign in again."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable

import httpx
import pytest
import pytest_asyncio

from coze_desktop.api import CozeAuthError, CozeClient, CozeNetworkError, CozeProtocolError, EnterMessage
from coze_desktop.api.oauth import DEVICE_GRANT, CozeSignInError, DeviceCode, OAuthClient, OAuthToken
from coze_desktop.auth import SignIn, SignInRequired, TokenManager, finish_sign_in
from coze_desktop.demo import DEMO_BOT_ID, DemoServer, json_reply
from coze_desktop.demo.oauth import DEMO_CLIENT_ID, DEVICE_PATH, TOKEN_PATH
from coze_desktop.secrets import OAUTH_SERVICE, OAuthCredentials, TokenStore

from .conftest import SAMPLES
from .test_settings import MemoryKeyring, use_keyring

START = 1_800_000_000.0


class FakeTime:
    """One clock for the app and the demo server: sleeping moves it, so minutes of polling take no time.
    ``at_sleep[n]`` runs when the n-th sleep (from 1) ends: the user approving in the browser meanwhile."""

    def __init__(self) -> None:
        self.now = START
        self.sleeps: list[float] = []
        self.at_sleep: dict[int, Callable[[], None]] = {}

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        if action := self.at_sleep.get(len(self.sleeps)):
            action()
        await asyncio.sleep(0)


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime()


@pytest_asyncio.fixture
async def demo(fake: FakeTime) -> AsyncIterator[DemoServer]:
    async with DemoServer() as server:
        server.oauth.clock = fake
        yield server


@pytest.fixture
def keyring_store(monkeypatch: pytest.MonkeyPatch):
    from coze_desktop import secrets

    store = TokenStore()
    monkeypatch.setattr(secrets, "_store", store)
    backend = MemoryKeyring()
    gen = use_keyring(backend)
    next(gen)
    yield store, backend
    next(gen, None)


def oauth_for(server: DemoServer, fake: FakeTime, client_id: str = DEMO_CLIENT_ID) -> OAuthClient:
    return OAuthClient(server.base_url, client_id, sleep=fake.sleep, clock=fake, wall_clock=fake)


def posts_to(server: DemoServer, path: str) -> list:
    return [r for r in server.requests if r.path == path]


async def sign_in(server: DemoServer, fake: FakeTime, store: TokenStore, profile: str = "p") -> None:
    fake.at_sleep[2] = lambda: server.oauth.approve()
    async with oauth_for(server, fake) as oauth:
        code = await oauth.request_device_code()
        assert await finish_sign_in(oauth, SignIn(code, 0.0), profile, store)


def manager(server: DemoServer, fake: FakeTime, store: TokenStore, profile: str = "p", **kwargs) -> TokenManager:
    return TokenManager(profile, lambda cid: oauth_for(server, fake, cid), store=store, clock=fake, **kwargs)


# ------------------------------------------------------------------------------------------------ device flow


async def test_sign_in_polls_until_approved_and_the_tokens_chat(demo: DemoServer, fake: FakeTime,
                                                                 keyring_store) -> None:
    store, backend = keyring_store
    async with oauth_for(demo, fake) as oauth:
        code = await oauth.request_device_code()
        assert len(code.user_code) == 9 and code.user_code[4] == "-"
        assert code.verification_url == f"{demo.base_url}/oauth/device?user_code={code.user_code}"
        fake.at_sleep[3] = lambda: demo.oauth.approve(code.user_code)
        assert await finish_sign_in(oauth, SignIn(code, 0.0), "p", store)
    assert fake.sleeps == [5, 5, 5]  # the server's interval, honoured from the first poll on
    # The documented request bodies (docs.coze.cn oauth_device_code; cozepy DeviceOAuthApp).
    assert posts_to(demo, DEVICE_PATH)[0].json == {"client_id": DEMO_CLIENT_ID}
    polls = posts_to(demo, TOKEN_PATH)
    assert len(polls) == 3
    assert polls[0].json == {"client_id": DEMO_CLIENT_ID, "grant_type": DEVICE_GRANT, "device_code": code.device_code}
    creds = store.get_oauth("p")
    assert creds is not None and creds.access_token.startswith("czu_demo") and creds.client_id == DEMO_CLIENT_ID
    assert creds.expires_at == START + 15 + 900  # the absolute time Coze sends, not a duration
    assert list(backend.entries) == [(OAUTH_SERVICE, "p")]  # one entry holds the pair; no PAT entry
    async with CozeClient(manager(demo, fake, store), demo.base_url) as client, client.stream_chat(
            bot_id=DEMO_BOT_ID, user_id="u", messages=[EnterMessage("hi")]) as stream:
        events = [event async for event in stream]
    assert events and demo.requests[-1].headers["authorization"] == f"Bearer {creds.access_token}"


async def test_a_workspace_sign_in_asks_for_that_workspace(demo: DemoServer, fake: FakeTime) -> None:
    async with oauth_for(demo, fake) as oauth:
        await oauth.request_device_code("7391")
    assert demo.requests[-1].path == "/api/permission/oauth2/workspace_id/7391/device/code"
    assert next(iter(demo.oauth.grants.values())).workspace_id == "7391"


async def test_slow_down_adds_five_seconds_to_the_interval(demo: DemoServer, fake: FakeTime) -> None:
    demo.script(TOKEN_PATH, json_reply({"error": "slow_down", "error_description": "too fast"}, status=400))
    fake.at_sleep[3] = lambda: demo.oauth.approve()
    async with oauth_for(demo, fake) as oauth:
        token = await oauth.poll_device_token(await oauth.request_device_code())
    assert token.access_token.startswith("czu_demo")
    assert fake.sleeps == [5, 10, 10]


async def test_the_demo_answers_slow_down_to_a_client_that_polls_too_fast(demo: DemoServer, fake: FakeTime) -> None:
    async with httpx.AsyncClient(base_url=demo.base_url) as http:
        code = (await http.post(DEVICE_PATH, json={"client_id": DEMO_CLIENT_ID})).json()
        body = {"client_id": DEMO_CLIENT_ID, "grant_type": DEVICE_GRANT, "device_code": code["device_code"]}
        first, second = [await http.post(TOKEN_PATH, json=body) for _ in range(2)]
        fake.now += 10  # the new interval (5 + 5) has passed
        third = await http.post(TOKEN_PATH, json=body)
    assert (first.status_code, first.json()["error"]) == (400, "authorization_pending")
    assert second.json()["error"] == "slow_down"
    assert third.json()["error"] == "authorization_pending"


async def test_the_sdk_shape_of_pending_is_understood_too(demo: DemoServer, fake: FakeTime) -> None:
    # cozepy's own test mock: HTTP 200 with error_code (and coze-go's error_message).
    demo.script(TOKEN_PATH, json_reply({"error_code": "authorization_pending", "error_message": "wait"}))
    fake.at_sleep[2] = lambda: demo.oauth.approve()
    async with oauth_for(demo, fake) as oauth:
        await oauth.poll_device_token(await oauth.request_device_code())
    assert len(posts_to(demo, TOKEN_PATH)) == 2


@pytest.mark.parametrize(("action", "reason", "words"), [
    ("deny", "access_denied", "declined"),
    ("expire", "expired_token", "expired"),
])
async def test_a_declined_or_expired_code_says_so(demo: DemoServer, fake: FakeTime, action: str, reason: str,
                                                  words: str) -> None:
    def act() -> None:
        if action == "deny":
            demo.oauth.deny()
        else:
            fake.now += 400  # past the code's 300 s at the server, but the client's own deadline not yet reached

    fake.at_sleep[1] = act
    async with oauth_for(demo, fake) as oauth:
        code = await oauth.request_device_code()
        code.expires_in = 3600
        with pytest.raises(CozeSignInError) as caught:
            await oauth.poll_device_token(code)
    assert caught.value.reason == reason and words in caught.value.msg
    assert "Sign in" in caught.value.hint


async def test_the_client_gives_up_when_the_code_has_expired(demo: DemoServer, fake: FakeTime) -> None:
    async with oauth_for(demo, fake) as oauth:
        code = await oauth.request_device_code()
        with pytest.raises(CozeSignInError, match="expired"):
            await oauth.poll_device_token(code)
    assert sum(fake.sleeps) == 300 and len(posts_to(demo, TOKEN_PATH)) == 59  # polls every 5 s, none after


async def test_a_wrong_client_id_shows_the_servers_message(demo: DemoServer, fake: FakeTime) -> None:
    async with oauth_for(demo, fake, "no-such-app") as oauth:
        with pytest.raises(CozeSignInError) as caught:
            await oauth.request_device_code()
    assert "'no-such-app' is not a device-flow OAuth app" in caught.value.msg
    assert "client ID" in caught.value.hint


async def test_a_coze_envelope_error_is_shown_with_its_message(demo: DemoServer, fake: FakeTime) -> None:
    demo.script(DEVICE_PATH, json_reply({"code": 4000, "msg": "invalid client_id"}, status=400))
    async with oauth_for(demo, fake) as oauth:
        with pytest.raises(CozeSignInError, match="invalid client_id"):
            await oauth.request_device_code()


async def test_cancelling_stops_the_polling(demo: DemoServer, fake: FakeTime) -> None:
    async with oauth_for(demo, fake) as oauth:
        code = await oauth.request_device_code()
        real = OAuthClient(demo.base_url, DEMO_CLIENT_ID)  # real sleeps: cancelled during one
        code.interval = 1
        task = asyncio.create_task(real.poll_device_token(code))
        await asyncio.sleep(1.3)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await real.aclose()
    polls = len(posts_to(demo, TOKEN_PATH))
    await asyncio.sleep(1.2)
    assert polls == 1 and len(posts_to(demo, TOKEN_PATH)) == 1


def test_the_token_response_samples_parse_as_absolute_times() -> None:
    pkce = json.loads((SAMPLES / "docs_oauth_pkce_token_response.json").read_text())
    refresh = json.loads((SAMPLES / "docs_oauth_refresh_token_response.json").read_text())
    assert OAuthToken.from_wire(pkce).expires_at == 1720098388
    assert OAuthToken.from_wire(refresh).refresh_token.startswith("NYbHW")
    device = DeviceCode.from_wire(json.loads((SAMPLES / "docs_oauth_device_code_response.json").read_text()))
    assert (device.expires_in, device.interval, device.user_code) == (1800, 5, "WDJB-MJHT")
    assert device.verification_url == "https://example.com/device?user_code=WDJB-MJHT"
    # A server sending a duration (RFC 6749) instead is read as one, not as a token dead since 1970.
    assert OAuthToken.from_wire({"access_token": "a", "expires_in": 900}, now=START).expires_at == START + 900
    assert "czu" not in repr(OAuthToken.from_wire(pkce)) and "GmRh" not in repr(device)


# ------------------------------------------------------------------------------------------------ token manager


async def test_the_token_is_refreshed_silently_before_it_expires(demo: DemoServer, fake: FakeTime,
                                                                 keyring_store) -> None:
    store, _ = keyring_store
    await sign_in(demo, fake, store)
    first = store.get_oauth("p")
    tokens = manager(demo, fake, store)
    async with CozeClient(tokens, demo.base_url) as client:
        fake.now = first.expires_at - 100  # more than the margin left: the same token
        await client.get_bot(DEMO_BOT_ID)
        assert tokens.refreshes == 0
        fake.now = first.expires_at - 60  # less than 90 s left: renewed before the request
        await client.get_bot(DEMO_BOT_ID)
    second = store.get_oauth("p")
    assert tokens.refreshes == 1 and second.access_token != first.access_token
    assert second.refresh_token != first.refresh_token  # rotated, and the keyring holds the new pair
    assert second.expires_at == fake.now + 900
    assert demo.requests[-1].headers["authorization"] == f"Bearer {second.access_token}"
    assert first.refresh_token not in demo.oauth.refresh_tokens  # used once: Coze would refuse it now


async def test_a_4100_is_refreshed_once_and_the_request_retried(demo: DemoServer, fake: FakeTime,
                                                                keyring_store) -> None:
    store, _ = keyring_store
    await sign_in(demo, fake, store)
    tokens = manager(demo, fake, store)
    demo.oauth.expire_access_tokens()  # refused before its time, as far as the app can tell
    async with CozeClient(tokens, demo.base_url) as client:
        async with client.stream_chat(bot_id=DEMO_BOT_ID, user_id="u", messages=[EnterMessage("hi")]) as stream:
            assert [event async for event in stream]
        assert (await client.get_bot(DEMO_BOT_ID)).id == DEMO_BOT_ID
    chats = posts_to(demo, "/v3/chat")
    assert len(chats) == 2 and chats[0].headers["authorization"] != chats[1].headers["authorization"]
    assert tokens.refreshes == 1  # the second call used the refreshed token straight away


async def test_a_second_4100_stands(demo: DemoServer, fake: FakeTime, keyring_store) -> None:
    from coze_desktop.demo import Scripted

    store, _ = keyring_store
    await sign_in(demo, fake, store)
    tokens = manager(demo, fake, store)
    refused = json_reply({"code": 4100, "msg": "authentication is invalid"}, status=401)
    demo.script("/v1/bots/" + DEMO_BOT_ID, Scripted(**{**refused.__dict__, "repeat": True}))
    async with CozeClient(tokens, demo.base_url) as client:
        with pytest.raises(CozeAuthError) as caught:
            await client.get_bot(DEMO_BOT_ID)
    assert caught.value.code == 4100 and not isinstance(caught.value, SignInRequired)
    assert tokens.refreshes == 1 and len([r for r in demo.requests if r.path == "/v1/bots/" + DEMO_BOT_ID]) == 2


async def test_an_expired_refresh_token_asks_to_sign_in_again_once(demo: DemoServer, fake: FakeTime,
                                                                    keyring_store) -> None:
    store, _ = keyring_store
    await sign_in(demo, fake, store)
    told: list[SignInRequired] = []
    tokens = manager(demo, fake, store, on_sign_in_required=told.append)
    before = len(posts_to(demo, TOKEN_PATH))
    fake.now += 31 * 86400  # a month later: both tokens are out of date
    async with CozeClient(tokens, demo.base_url) as client:
        for _ in range(3):
            with pytest.raises(SignInRequired) as caught:
                await client.get_bot(DEMO_BOT_ID)
    assert len(told) == 1 and told[0] is caught.value
    assert "sign-in with Coze has expired" in caught.value.msg and "Sign in with Coze" in caught.value.hint
    assert len(posts_to(demo, TOKEN_PATH)) - before == 1  # asked Coze once, not on every turn
    assert not any(r.path.startswith("/v1/bots") for r in demo.requests)


async def test_concurrent_requests_share_one_refresh(demo: DemoServer, fake: FakeTime, keyring_store) -> None:
    store, _ = keyring_store
    await sign_in(demo, fake, store)
    tokens = manager(demo, fake, store)
    before = len(posts_to(demo, TOKEN_PATH))
    fake.now = store.get_oauth("p").expires_at + 5  # expired while the app slept
    async with CozeClient(tokens, demo.base_url) as client:
        bots = await asyncio.gather(*(client.get_bot(DEMO_BOT_ID) for _ in range(8)))
    assert len(bots) == 8 and tokens.refreshes == 1
    assert len(posts_to(demo, TOKEN_PATH)) - before == 1


async def test_coze_unreachable_during_a_refresh(demo: DemoServer, fake: FakeTime, keyring_store) -> None:
    store, _ = keyring_store
    await sign_in(demo, fake, store)
    creds = store.get_oauth("p")
    # The token endpoint is down (a port nobody listens on): a token with a minute left still serves…
    closed = OAuthClient("http://127.0.0.1:9", DEMO_CLIENT_ID)
    await closed.aclose()
    tokens = TokenManager("p", lambda cid: OAuthClient("http://127.0.0.1:9", cid), store=store, clock=fake)
    fake.now = creds.expires_at - 60
    assert await tokens.access_token() == creds.access_token
    # …a dead one gives the network error, and the sign-in is kept for when Coze is back.
    fake.now = creds.expires_at + 1
    with pytest.raises(CozeNetworkError):
        await tokens.access_token()
    assert store.get_oauth("p") == creds and tokens.refreshes == 0


async def test_a_pat_and_a_sign_in_replace_each_other(keyring_store) -> None:
    store, backend = keyring_store
    creds = OAuthCredentials("czu_access-value", "refresh-value-1", START, DEMO_CLIENT_ID)
    store.set("p", "pat_token-value")
    store.set_oauth("p", creds)
    assert store.get("p") is None and store.get_oauth("p") == creds
    store.set("p", "pat_token-value")
    assert store.get_oauth("p") is None and store.get("p") == "pat_token-value"
    store.set_oauth("p", creds)
    store.rename("p", "q")
    assert store.get_oauth("q") == creds and list(backend.entries) == [(OAUTH_SERVICE, "q")]
    store.delete("q")
    assert backend.entries == {}
    assert "refresh-value" not in repr(creds) and "czu_" not in repr(creds)


async def test_a_keyring_that_fails_during_a_refresh_keeps_the_new_tokens_for_the_session(
        demo: DemoServer, fake: FakeTime, keyring_store) -> None:
    store, backend = keyring_store
    await sign_in(demo, fake, store)
    first = store.get_oauth("p")

    def locked(*_args: object) -> None:
        raise RuntimeError("the keyring is locked")

    backend.set_password = locked  # type: ignore[method-assign]
    tokens = manager(demo, fake, store)
    fake.now = first.expires_at - 10
    async with CozeClient(tokens, demo.base_url) as client:
        await client.get_bot(DEMO_BOT_ID)
        fake.now += 60  # the old pair is dead at Coze; the new one, kept in memory, still serves
        await client.get_bot(DEMO_BOT_ID)
    assert tokens.refreshes == 1
    assert tokens.credentials.refresh_token in demo.oauth.refresh_tokens
    assert store.get_oauth("p") == tokens.credentials  # a reconnection in this run gets the new pair, not the dead one


@pytest.mark.parametrize("page", ["file:///etc/passwd", "javascript:alert(1)", "", "smb://host/share"])
async def test_a_sign_in_page_that_is_not_a_web_address_is_refused(demo: DemoServer, fake: FakeTime,
                                                                   page: str) -> None:
    demo.script(DEVICE_PATH, json_reply({"device_code": "d-1", "user_code": "BCDF-GHJK", "verification_uri": page,
                                         "expires_in": 300, "interval": 5}))
    async with oauth_for(demo, fake) as oauth:
        with pytest.raises(CozeProtocolError, match="not a web address"):
            await oauth.request_device_code()


async def test_access_token_invalid_700012006_is_refreshed_once_too(demo: DemoServer, fake: FakeTime,
                                                                     keyring_store) -> None:
    """The cloud has been seen answering 700012006 "access token invalid" where the docs say 4100."""
    store, _ = keyring_store
    await sign_in(demo, fake, store)
    tokens = manager(demo, fake, store)
    demo.script("/v1/bots/" + DEMO_BOT_ID, json_reply({"code": 700012006, "msg": "access token invalid"}, status=401))
    async with CozeClient(tokens, demo.base_url) as client:
        assert (await client.get_bot(DEMO_BOT_ID)).id == DEMO_BOT_ID
    calls = [r for r in demo.requests if r.path == "/v1/bots/" + DEMO_BOT_ID]
    assert len(calls) == 2 and calls[0].headers["authorization"] != calls[1].headers["authorization"]
    assert tokens.refreshes == 1


async def test_an_upload_refused_for_its_token_is_sent_again_whole(demo: DemoServer, fake: FakeTime,
                                                                   keyring_store) -> None:
    store, _ = keyring_store
    await sign_in(demo, fake, store)
    tokens = manager(demo, fake, store)
    demo.oauth.expire_access_tokens()
    data = "第一行\nsecond line\n".encode() * 5000
    progress: list[tuple[int, int]] = []
    async with CozeClient(tokens, demo.base_url) as client:
        uploaded = await client.upload_file(data, "notes.txt", on_progress=lambda sent, total: progress.append(
            (sent, total)))
    uploads = [r for r in demo.requests if r.path == "/v1/files/upload"]
    assert len(uploads) == 2 and tokens.refreshes == 1
    assert uploaded.bytes == len(data)  # the second body was whole, not what was left of the first
    assert progress[-1][0] == progress[-1][1]
