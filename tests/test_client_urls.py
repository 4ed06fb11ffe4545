"""The API base URL and proxy are checked before any connection, for the window and the terminal alike."""

from __future__ import annotations

import pytest

from coze_desktop.api import CozeClient, CozeNetworkError
from coze_desktop.connection import open_client
from coze_desktop.demo import DEMO_TOKEN
from coze_desktop.settings import Profile


async def test_credentials_in_the_base_url_are_refused_before_they_replace_the_token(server) -> None:
    # httpx would send user:password as Basic auth instead of the Bearer token; the server must see nothing.
    host = server.base_url.split("://", 1)[1]
    profile = Profile(region="custom", base_url=f"http://alice:hunter2secret@{host}")
    with pytest.raises(CozeNetworkError) as caught:
        async with open_client(profile, DEMO_TOKEN):
            pass
    assert "user name and password" in caught.value.describe()
    assert "hunter2secret" not in caught.value.describe()
    assert server.requests == []


@pytest.mark.parametrize(("base_url", "proxy", "words"), [
    ("http://127.0.0.1:99999", None, "invalid port"),
    ("ftp://127.0.0.1", None, "must start with http:// or https://"),
    ("http://127.0.0.1:8888", "http://bob:pw-in-proxy@127.0.0.1:notaport", "invalid port"),
    ("http://127.0.0.1:8888", "gopher://127.0.0.1:70", "proxy setting"),
])
def test_unusable_urls_are_a_coze_error_without_passwords(base_url: str, proxy: str | None, words: str) -> None:
    with pytest.raises(CozeNetworkError) as caught:
        CozeClient(DEMO_TOKEN, base_url, proxy=proxy)
    assert words in str(caught.value)
    assert "pw-in-proxy" not in caught.value.describe()


@pytest.mark.parametrize("proxy", [
    "http://bob:pa/ss-word@127.0.0.1:3128",  # a "/" in the password ends the authority for urlsplit
    "http://bob:pa#ss-word@127.0.0.1:3128",
    "http://bob:pa?ss-word@127.0.0.1:3128",
])
def test_a_proxy_password_with_url_delimiters_stays_out_of_the_message(proxy: str) -> None:
    with pytest.raises(CozeNetworkError) as caught:
        CozeClient(DEMO_TOKEN, "http://127.0.0.1:8888", proxy=proxy)
    shown = caught.value.describe()
    assert "ss-word" not in shown and "ss#word" not in shown and "bob" not in shown
    assert "127.0.0.1" in shown  # the message still says which proxy


def test_a_settings_url_loses_everything_up_to_its_last_at() -> None:
    from coze_desktop.redaction import safe_setting_url

    assert safe_setting_url("http://bob:my/pw@10.0.0.1:3128") == "http://10.0.0.1:3128"
    assert safe_setting_url("http://bob:p@ss#1@proxy.lan:3128/") == "http://proxy.lan:3128/"
    assert safe_setting_url("bob:pw@proxy.lan:3128") == "proxy.lan:3128"
    assert safe_setting_url("https://api.coze.cn") == "https://api.coze.cn"
