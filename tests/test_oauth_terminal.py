"""The terminal chats with a profile signed in with Coze (the demo server's device flow, over real HTTP)."""

from __future__ import annotations

import io
from pathlib import Path

from coze_desktop.cli import build_parser
from coze_desktop.demo import DEMO_BOT_ID, DemoServer
from coze_desktop.settings import BotRef, Profile, Settings, save_settings
from coze_desktop.terminal import converse

from .test_oauth import FakeTime, demo, fake, keyring_store, sign_in  # noqa: F401 (fixtures)


async def test_the_terminal_asks_with_the_profiles_sign_in(
    demo: DemoServer, fake: FakeTime, keyring_store, app_home: Path  # noqa: F811
) -> None:
    store, _ = keyring_store
    save_settings(Settings(profiles=[Profile(name="p", region="custom", base_url=demo.base_url,
                                             bots=[BotRef(DEMO_BOT_ID)], user_id="u")], active_profile="p"))
    await sign_in(demo, fake, store)
    out, err = io.StringIO(), io.StringIO()
    assert await converse(build_parser().parse_args(["ask", "你好"]), out, err) == 0, err.getvalue()
    assert out.getvalue().strip()
    chat = [r for r in demo.requests if r.path == "/v3/chat"][-1]
    assert chat.headers["authorization"] == f"Bearer {store.get_oauth('p').access_token}"
