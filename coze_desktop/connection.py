"""Reach Coze with a profile's settings and token, and say exactly what is wrong: the settings dialog and CLI."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .api import REGIONS, Bot, BotInfo, CozeAuthError, CozeClient, CozeError, CozeNetworkError
from .settings import DEFAULT_CONNECT_TIMEOUT, DEFAULT_IDLE_TIMEOUT, Profile

if TYPE_CHECKING:
    from .api.client import TokenProvider

    # A personal access token, or the tokens of a sign-in with Coze (auth.TokenManager).
    Credentials = str | TokenProvider

# A settings check bounded as a whole (a retried bot lookup is two requests); a test must answer quickly.
CHECK_TIMEOUT = 20.0
REGION_NAMES = {"cn": "coze.cn (扣子)", "com": "coze.com"}
_OTHER_REGION = {"cn": "com", "com": "cn"}
HINT_BASE_URL = "Use https://api.coze.cn, https://api.coze.com or http://host:port."
HINT_PROXY = "Use http://host:port or https://host:port for the proxy, or leave it empty for the system's."


@dataclass(frozen=True)
class ConnectionCheck:
    """What a connection test found: the bot when it worked, else the error.

    ``other_region`` is "cn" or "com" when a cloud token was rejected: tokens only work in their own region,
    so the other one is worth a try.
    """

    bot: BotInfo | None = None
    error: CozeError | None = None
    other_region: str = ""

    @property
    def ok(self) -> bool:
        return self.error is None

    def describe(self) -> str:
        """In English, for the terminal; the dialog builds its own translated text from the fields."""
        if self.error is None:
            assert self.bot is not None
            return f"Connected: {self.bot.name or self.bot.id}"
        text = self.error.describe()
        if self.other_region:
            text += f"\nThis token may belong to {REGION_NAMES[self.other_region]}: try that region."
        return text


def endpoint(profile: Profile) -> str:
    """The API base URL of the profile. Raises :class:`CozeNetworkError` for a custom region without one."""
    if profile.region == "custom":
        url = profile.base_url.strip().rstrip("/")
        if not url:
            raise CozeNetworkError("No API base URL is set for the custom region.", hint=HINT_BASE_URL)
        return url
    return REGIONS[profile.region]


@contextlib.asynccontextmanager
async def open_client(
    profile: Profile,
    token: Credentials,
    *,
    response_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    idle_timeout: float = DEFAULT_IDLE_TIMEOUT,
) -> AsyncIterator[CozeClient]:
    """A client for the profile (base URL, proxy) whose settings problems surface as :class:`CozeError`.

    ``response_timeout`` bounds connecting plus the response headers, ``idle_timeout`` the silence inside a
    stream (Settings → Chat: ``connect_timeout`` and ``idle_timeout``)."""
    try:
        client = CozeClient(token, endpoint(profile), proxy=profile.proxy.strip() or None,
                            response_timeout=response_timeout, idle_timeout=idle_timeout)
    except ImportError as exc:  # a socks:// proxy without httpx's optional socks support
        raise CozeNetworkError(str(exc), hint=HINT_PROXY) from None
    except ValueError:  # httpx's message quotes the proxy URL, which may carry a password
        raise CozeNetworkError("The proxy setting is not a usable URL.", hint=HINT_PROXY) from None
    async with client:
        yield client


async def fetch_bot(profile: Profile, token: Credentials, bot_id: str) -> BotInfo:
    """The bot's name and greeting, as its published API version reports them. Raises :class:`CozeError`."""
    async with _deadline(profile), open_client(profile, token) as client:
        return await client.get_bot(bot_id)


async def list_bots(profile: Profile, token: Credentials, workspace_id: str) -> list[Bot]:
    """The bots published as API in a workspace that the token can see. Raises :class:`CozeError`."""
    async with _deadline(profile), open_client(profile, token) as client:
        return await client.list_bots(workspace_id)


async def check_connection(profile: Profile, token: Credentials, bot_id: str) -> ConnectionCheck:
    """Fetch the bot with the token: proves region, token, network and publication at once."""
    try:
        return ConnectionCheck(bot=await fetch_bot(profile, token, bot_id))
    except CozeError as exc:
        # Only a token the server rejected may be from the other region, not one the client refused to send.
        rejected = isinstance(exc, CozeAuthError) and exc.http_status is not None
        other = _OTHER_REGION.get(profile.region, "") if rejected else ""
        return ConnectionCheck(error=exc, other_region=other)


@contextlib.asynccontextmanager
async def _deadline(profile: Profile) -> AsyncIterator[None]:
    try:
        async with asyncio.timeout(CHECK_TIMEOUT):
            yield
    except TimeoutError:
        raise CozeNetworkError(
            f"No answer from {endpoint(profile)} within {CHECK_TIMEOUT:g} s.",
            hint="Check your network connection and proxy, then try again.",
        ) from None
