"""Stream URLs: parsed once into the value the approval checks, the prompt shows and libVLC opens (real libVLC,
a real loopback listener that records whether libVLC connected, the real engine against the demo server)."""

from __future__ import annotations

import asyncio
import json
import shlex
import socket
import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
import pytest_asyncio
from hypothesis import given
from hypothesis import strategies as st

from coze_desktop.api import CozeClient
from coze_desktop.chat import ChatEngine, TurnRequest
from coze_desktop.demo import DEMO_BOT_ID, DemoServer, sse
from coze_desktop.plugins import MusicLibrary, PluginRegistry, VolumeModel, default_registry
from coze_desktop.plugins.approval import ApprovalPolicy, ApprovalRequest, Decision, PolicyApprover
from coze_desktop.plugins.player import VlcPlayer
from coze_desktop.plugins.urls import Locality, UrlRefused, parse_url
from coze_desktop.settings import Settings

from .test_engine import answers, asks, submitted
from .test_music import VLC_PROBLEM, needs_vlc, vlc_works, without_vlc  # noqa: F401 (vlc_works: a fixture)

QUIET = 0.3  # how long "libVLC did not connect" is watched for; the refusal comes before libVLC is touched


# ------------------------------------------------------------------------------------------- parsing


@pytest.mark.parametrize(("raw", "url", "shown", "locality"), [
    ("https://2130706433/x.mp3", "https://127.0.0.1/x.mp3", "127.0.0.1", Locality.LOOPBACK),
    ("https://0x7f000001:8443/x", "https://127.0.0.1:8443/x", "127.0.0.1", Locality.LOOPBACK),
    ("https://0177.0.0.1/x", "https://127.0.0.1/x", "127.0.0.1", Locality.LOOPBACK),
    ("https://127.1/x", "https://127.0.0.1/x", "127.0.0.1", Locality.LOOPBACK),
    ("https://１２７.０.０.１/x", "https://127.0.0.1/x", "127.0.0.1", Locality.LOOPBACK),
    ("https://[::ffff:127.0.0.1]/x", "https://127.0.0.1/x", "127.0.0.1", Locality.LOOPBACK),
    ("https://[::1]:8443/x", "https://[::1]:8443/x", "::1", Locality.LOOPBACK),
    ("https://0.0.0.0/x", "https://0.0.0.0/x", "0.0.0.0", Locality.LOOPBACK),
    ("https://LocalHost/x", "https://localhost/x", "localhost", Locality.LOOPBACK),
    ("https://192.168.1.20/x", "https://192.168.1.20/x", "192.168.1.20", Locality.LOCAL_NETWORK),
    ("https://169.254.169.254/latest", "https://169.254.169.254/latest", "169.254.169.254", Locality.LOCAL_NETWORK),
    ("https://10.0.0.1/x", "https://10.0.0.1/x", "10.0.0.1", Locality.LOCAL_NETWORK),
    ("https://nas.local/x", "https://nas.local/x", "nas.local", Locality.LOCAL_NETWORK),
    ("https://Radio.Example./x.mp3", "https://radio.example/x.mp3", "radio.example", Locality.PUBLIC),
    ("https://radio.example:443/x", "https://radio.example/x", "radio.example", Locality.PUBLIC),
    ("https://Bücher.example/晴天.mp3?q=周 杰伦".replace(" ", "%20"),
     "https://xn--bcher-kva.example/%E6%99%B4%E5%A4%A9.mp3?q=%E5%91%A8%20%E6%9D%B0%E4%BC%A6",
     "bücher.example (xn--bcher-kva.example)", Locality.PUBLIC),
    ("https://radio.example/a.mp3#t=10", "https://radio.example/a.mp3", "radio.example", Locality.PUBLIC),
    ("https://radio.example/100%", "https://radio.example/100%25", "radio.example", Locality.PUBLIC),
    ("https://radio.example/@127.0.0.1/x", "https://radio.example/%40127.0.0.1/x", "radio.example", Locality.PUBLIC),
])
def test_hosts_are_normalised_and_the_url_re_serialised(raw: str, url: str, shown: str, locality: Locality) -> None:
    safe = parse_url(raw, allow_http=False)
    assert (safe.url, safe.shown_host, safe.locality) == (url, shown, locality)
    assert parse_url(safe.url, allow_http=False) == safe  # re-serialised: reading it again changes nothing


def test_a_mixed_script_host_is_shown_in_both_forms_and_flagged() -> None:
    safe = parse_url("https://раураl.com/x.mp3", allow_http=False)  # Cyrillic look-alike of "paypal"
    assert safe.host == "xn--l-7sba6dbr.com" and safe.url == "https://xn--l-7sba6dbr.com/x.mp3"
    assert safe.shown_host == "раураl.com (xn--l-7sba6dbr.com)"
    assert safe.mixed_scripts == ("Cyrillic", "Latin")
    assert parse_url("https://晴天.example/", allow_http=False).mixed_scripts == ("Cjk", "Latin")
    assert parse_url("https://bücher.example/", allow_http=False).mixed_scripts == ()


@pytest.mark.parametrize(("raw", "reason"), [
    ("https://127.0.0.1:8080\u0000@radio.example/x.mp3", "control or invisible characters (U+0000)"),
    ("https://radio.example@127.0.0.1/x.mp3", "user or password"),
    ("https://user:pw@radio.example/x.mp3", "user or password"),
    ("https://127.0.0.1\\@radio.example/x.mp3", "backslash"),
    ("https://radio.example\\.127.0.0.1/", "backslash"),
    ("https://radio.example /x.mp3", "spaces"),
    ("https://radio.\texample/x.mp3", "control"),
    ("https://radio.example\r\n/x.mp3", "control"),
    ("https://\u202eelpmaxe.oidar/x.mp3", "U+202E"),
    ("https://radio\u200b.example/x.mp3", "U+200B"),
    ("https://radio.example\u3000/x.mp3", "spaces"),
    ("https://radio.example%2f@127.0.0.1/", "user or password"),
    ("https://127.0.0.1%2f.radio.example/", "“%”"),
    ("https://foo.123/x", "not a valid IPv4 address"),
    ("https://1.2.3.4.5/x", "not a valid IPv4 address"),
    ("https://256.0.0.1/x", "not a valid IPv4 address"),
    ("https://09/x", "not a valid IPv4 address"),
    ("https://radio.example:0/x", "port"),
    ("https://radio.example:99999/x", "port"),
    ("https://radio.example:80:80/x", "port"),
    ("https://[::1/x", "closing"),
    ("https://[fe80::1%25eth0]/x", "“%”"),
    ("https:///x.mp3", "names no host"),
    ("https://-bad-.example/", "not a valid domain name"),
    ("http://radio.example/x.mp3", "http:// streams are not encrypted"),
    ("rtsp://radio.example/x", "“rtsp:” links cannot be played"),
    ("smb://nas/x.mp3", "“smb:” links cannot be played"),
    ("file:///etc/passwd", "“file:” links cannot be played"),
    ("ftp://radio.example/x.mp3", "“ftp:” links cannot be played"),
])
def test_ambiguous_or_unwanted_urls_are_refused(raw: str, reason: str) -> None:
    with pytest.raises(UrlRefused, match=None) as refused:
        parse_url(raw, allow_http=False)
    assert reason in str(refused.value)


def test_http_only_when_the_user_allowed_it() -> None:
    assert parse_url("http://radio.example/x", allow_http=True).url == "http://radio.example/x"
    assert parse_url("HTTP://radio.example:80/x", allow_http=True).url == "http://radio.example/x"


@given(st.lists(st.sampled_from([*"htps:/@\\.%[]0x7fe1?#aА\u0000 \u200b:lo", "ab", "127", "://", "xn--"]),
                max_size=30).map(lambda parts: "https://" + "".join(parts)))
def test_whatever_is_accepted_means_one_host_to_every_parser(raw: str) -> None:
    """A differential check: what we accept, Python's urllib and httpx read with the very same host."""
    try:
        safe = parse_url(raw, allow_http=False)
    except UrlRefused:
        return
    assert parse_url(safe.url, allow_http=False) == safe
    assert (urlsplit(safe.url).hostname or "") == safe.host.lower()
    assert httpx.URL(safe.url).raw_host.decode("ascii").strip("[]") == safe.host
    assert safe.url.isascii() and not any(ch in safe.url for ch in " \\@\t\r\n\x00")


# ------------------------------------------------------------------------------- libVLC, end to end


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection (and closes it at once)."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.05)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.connected = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            self.connections += 1
            self.connected.set()
            conn.close()

    async def wait_connected(self, seconds: float) -> bool:
        return await asyncio.to_thread(self.connected.wait, seconds)

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.sock.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    served = Listener()
    yield served
    served.close()


@pytest_asyncio.fixture
async def vlc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[VlcPlayer]:
    if VLC_PROBLEM:
        without_vlc(VLC_PROBLEM)
    monkeypatch.setenv("COZE_DESKTOP_VLC_ARGS",
                       f"--aout=afile --audiofile-file={shlex.quote(str(tmp_path / 'out.wav'))}")
    player = VlcPlayer(VolumeModel(100), asyncio.get_running_loop())
    yield player
    player.close()


class Asker:
    def __init__(self, *decisions: Decision) -> None:
        self.decisions = list(decisions)
        self.requests: list[ApprovalRequest] = []

    async def __call__(self, request: ApprovalRequest) -> Decision:
        self.requests.append(request)
        return self.decisions.pop(0)


def music_registry(tmp_path: Path, player: VlcPlayer) -> PluginRegistry:
    (tmp_path / "Music").mkdir(exist_ok=True)
    return default_registry(player=player, library=MusicLibrary(tmp_path / "Music"))


async def play(server: DemoServer, client: CozeClient, registry: PluginRegistry, approvals: dict[str, str],
               asker: Asker, url: str) -> dict[str, Any]:
    """One turn in which the bot asks play_music(url); the output submitted to Coze."""
    server.script("/v3/chat", sse(asks(("t1", "play_music", {"music_name": url}))))
    server.script("/v3/chat/submit_tool_outputs", sse(answers("ok")))
    engine = ChatEngine(client, registry, approver=PolicyApprover(ApprovalPolicy(Settings(approvals=approvals)),
                                                                  asker))
    outcome = await engine.run_turn(TurnRequest(DEMO_BOT_ID, "tester", "x"), lambda event: None)
    assert outcome.status == "completed", outcome.error
    [[output]] = submitted(server)
    return json.loads(output["output"])


@needs_vlc
async def test_a_nul_userinfo_url_passes_no_rule_and_libvlc_never_connects(
        server: DemoServer, client: CozeClient, tmp_path: Path, vlc: VlcPlayer, listener: Listener) -> None:
    asker = Asker()
    output = await play(server, client, music_registry(tmp_path, vlc), {"play_music@radio.example": "always"},
                        asker, f"https://127.0.0.1:{listener.port}\u0000@radio.example/x.mp3")
    assert "control or invisible characters (U+0000)" in output["error"]
    assert asker.requests == []  # refused before anyone is asked: there is nothing sound to ask about
    assert not await listener.wait_connected(QUIET) and listener.connections == 0


@needs_vlc
async def test_an_approved_url_is_the_one_libvlc_connects_to(
        server: DemoServer, client: CozeClient, tmp_path: Path, vlc: VlcPlayer, listener: Listener) -> None:
    asker = Asker()
    await play(server, client, music_registry(tmp_path, vlc), {"play_music@127.0.0.1": "always"}, asker,
               f"https://127.0.0.1:{listener.port}/x.mp3")
    assert asker.requests == []  # the stored rule for this very host allowed it
    assert await listener.wait_connected(5.0)


@needs_vlc
async def test_a_numeric_host_is_asked_about_as_this_computer_and_played_only_if_allowed(
        server: DemoServer, client: CozeClient, tmp_path: Path, vlc: VlcPlayer, listener: Listener) -> None:
    registry = music_registry(tmp_path, vlc)
    url = f"https://2130706433:{listener.port}/x.mp3"  # 127.0.0.1 in disguise
    denier = Asker(Decision.DENY)
    output = await play(server, client, registry, {"play_music@radio.example": "always"}, denier, url)
    assert output == {"error": "the user declined to run play_music"}
    [asked] = denier.requests
    assert asked.hosts == ("127.0.0.1",) and asked.keys == ("play_music@127.0.0.1",)
    [shown] = asked.urls
    assert shown.url == f"https://127.0.0.1:{listener.port}/x.mp3" and shown.locality is Locality.LOOPBACK
    assert asked.args["music_name"] == shown  # the prompt shows the very value the handler would open
    assert not await listener.wait_connected(QUIET)

    server.requests.clear()
    allower = Asker(Decision.ALLOW_ONCE)
    await play(server, client, registry, {}, allower, url)
    assert await listener.wait_connected(5.0)


async def test_the_handler_runs_what_was_approved_even_if_the_approver_changes_it(tmp_path: Path) -> None:
    from coze_desktop.plugins import Plugin

    ran: list[dict[str, Any]] = []

    async def handler(args: dict[str, Any]) -> str:
        ran.append(args)
        return "{}"

    registry = PluginRegistry()
    registry.register(Plugin("fetch", "", {"properties": {"url": {"type": "string"}}}, handler,
                             network=lambda args: True))

    async def tampering(plugin: Any, args: dict[str, Any]) -> str | None:
        args["url"] = "https://127.0.0.1/admin"  # e.g. a buggy prompt, or anything else holding the dict
        return None

    result = await registry.run("fetch", json.dumps({"url": "https://radio.example/x"}), tampering)
    assert result.ok and ran == [{"url": "https://radio.example/x"}]
