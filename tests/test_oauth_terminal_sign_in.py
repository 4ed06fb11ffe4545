"""``coze-desktop sign-in`` / ``sign-out`` in the terminal, against the demo server's device flow over real HTTP."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator
from pathlib import Path

import pytest_asyncio

from coze_desktop.cli import build_parser
from coze_desktop.demo import DemoServer
from coze_desktop.demo.oauth import DEMO_CLIENT_ID
from coze_desktop.secrets import OAUTH_SERVICE, token_store
from coze_desktop.settings import Profile, Settings, load_settings, save_settings, settings_path
from coze_desktop.terminal_sign_in import EXIT_FAILED, EXIT_OK, EXIT_USAGE, sign_in_command

from .test_settings import MemoryKeyring, files_containing, memory_keyring, no_keyring  # noqa: F401 (fixtures)


@pytest_asyncio.fixture
async def demo(app_home: Path) -> AsyncIterator[DemoServer]:
    async with DemoServer() as server:
        server.oauth.interval = 1  # real seconds: the command runs on the real clock
        save_settings(Settings(profiles=[Profile(name="p", region="custom", base_url=server.base_url,
                                                 user_id="u")], active_profile="p"))
        yield server


async def approve_when_asked(server: DemoServer, deny: bool = False) -> None:
    async with asyncio.timeout(10):
        while not server.oauth.pending():  # noqa: ASYNC110 (the server's state, polled like a user would)
            await asyncio.sleep(0.02)
    (server.oauth.deny if deny else server.oauth.approve)()


async def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = await sign_in_command(build_parser().parse_args(list(argv)), out, err)
    return code, out.getvalue(), err.getvalue()


async def test_sign_in_shows_the_code_saves_the_client_id_and_signs_out(
    demo: DemoServer, memory_keyring: MemoryKeyring, app_home: Path  # noqa: F811
) -> None:
    approving = asyncio.create_task(approve_when_asked(demo))
    code, out, err = await run("sign-in", "--client-id", DEMO_CLIENT_ID)
    await approving
    assert code == EXIT_OK, err
    assert "/oauth/device?user_code=" in out and "Check that the page shows the code" in out and "Signed in" in out
    creds = token_store().get_oauth("p")
    assert creds is not None and list(memory_keyring.entries) == [(OAUTH_SERVICE, "p")]
    assert load_settings().profile.oauth_client_id == DEMO_CLIENT_ID
    assert files_containing(app_home, creds.access_token) == [] and files_containing(app_home, DEMO_CLIENT_ID) == [
        settings_path()]
    assert creds.access_token not in out + err and creds.refresh_token not in out + err

    approving = asyncio.create_task(approve_when_asked(demo))  # the saved client ID serves next time
    assert (await run("sign-in"))[0] == EXIT_OK
    await approving
    code, out, _ = await run("sign-out")
    assert code == EXIT_OK and "signed out" in out and memory_keyring.entries == {}


async def test_declined_wrong_client_id_and_no_client_id(
    demo: DemoServer, memory_keyring: MemoryKeyring  # noqa: F811
) -> None:
    denying = asyncio.create_task(approve_when_asked(demo, deny=True))
    code, _, err = await run("sign-in", "--client-id", DEMO_CLIENT_ID)
    await denying
    assert code == EXIT_FAILED and "declined" in err
    code, _, err = await run("sign-in", "--client-id", "nope")
    assert code == EXIT_FAILED and "'nope' is not a device-flow OAuth app" in err
    code, _, err = await run("sign-in")
    assert code == EXIT_USAGE and "--client-id" in err
    code, _, err = await run("sign-in", "--profile", "missing", "--client-id", DEMO_CLIENT_ID)
    assert code == EXIT_USAGE and "no saved profile named 'missing'" in err
    assert memory_keyring.entries == {} and load_settings().profile.oauth_client_id == ""


async def test_without_a_keyring_nothing_is_asked(demo: DemoServer, no_keyring: object) -> None:  # noqa: F811
    code, _, err = await run("sign-in", "--client-id", DEMO_CLIENT_ID)
    assert code == EXIT_USAGE and "COZE_API_TOKEN" in err
    assert not [r for r in demo.requests if r.path.startswith("/api/permission")]

