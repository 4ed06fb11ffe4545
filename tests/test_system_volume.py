"""The volume tools on both targets: the app's music (mute keeps the level) and this computer's output on a real
PulseAudio (read back with pactl, outside changes followed), and every way the system volume can be unavailable."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import signal
import socket
import stat
import sys
import threading
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from coze_desktop.plugins import PluginRegistry, VolumeChoice, VolumeModel, default_registry, volume_plugins
from coze_desktop.plugins import system_volume as sv
from coze_desktop.plugins.system_volume import OsascriptBackend, SystemVolume, UnsupportedBackend, system_backend
from coze_desktop.plugins.volume import TARGET_SYSTEM, volume_model_for
from coze_desktop.settings import Settings

from .audio_server import needs_audio_server, pactl


def registry_on(model: object) -> PluginRegistry:
    registry = PluginRegistry()
    registry.register(*volume_plugins(model))  # type: ignore[arg-type]
    return registry


async def call(registry: PluginRegistry, name: str, args: dict) -> dict:
    result = await registry.run(name, json.dumps(args))
    return json.loads(result.output)


# ------------------------------------------------------------------------------------------- the app's music


async def test_mute_on_the_app_silences_the_music_and_unmuting_returns_to_the_level() -> None:
    volume = VolumeModel(40)
    heard: list[int] = []
    volume.subscribe(heard.append)  # libVLC's player listens exactly like this
    registry = default_registry(volume)
    assert await call(registry, "set_mute", {"muted": True}) == {"volume": 0, "muted": True, "unmuted_volume": 40}
    assert heard == [0] and volume.muted
    assert await call(registry, "get_volume", {}) == {"volume": 0, "muted": True, "unmuted_volume": 40}
    assert await call(registry, "set_mute", {"muted": False}) == {"volume": 40}
    assert heard == [0, 40]
    assert await call(registry, "set_mute", {"muted": False}) == {"volume": 40}  # unmuting twice changes nothing
    assert heard == [0, 40]
    result = await registry.run("set_mute", '{"muted": "yes"}')
    assert not result.ok and "muted must be a boolean" in result.error


def test_the_descriptions_say_which_volume_the_tools_act_on() -> None:
    app = {p.name: p.description for p in volume_plugins(VolumeModel())}
    system = {p.name: p.description for p in volume_plugins(SystemVolume(UnsupportedBackend))}
    assert "Coze Desktop's music player" in app["set_volume"] and "music" in app["set_mute"]
    assert "this computer's sound output (all apps)" in system["set_volume"]
    assert "this computer's sound output" in system["get_volume"] and "this computer's" in system["set_mute"]


def test_the_settings_choose_the_target_and_a_bad_value_means_the_app(tmp_path: Path) -> None:
    from coze_desktop.settings import load_settings, save_settings

    path = tmp_path / "settings.json"
    save_settings(Settings(volume_target=TARGET_SYSTEM), path)
    assert load_settings(path).volume_target == TARGET_SYSTEM
    path.write_text('{"volume_target": "the moon"}', encoding="utf-8")
    assert load_settings(path).volume_target == "app"
    assert volume_model_for(Settings(), VolumeModel()).target == "app"


# -------------------------------------------------------------------------------------- unavailable backends


@pytest.fixture
def dead_pulse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """PULSE_SERVER pointing at a socket nobody listens on (as when PulseAudio is not running)."""
    server = f"unix:{tmp_path / 'no-pulse' / 'native'}"
    monkeypatch.setenv("PULSE_SERVER", server)
    return server


async def test_no_sound_server_is_a_clear_error_output_not_a_crash(dead_pulse: str) -> None:
    choice = VolumeChoice(VolumeModel(50), TARGET_SYSTEM)
    registry = registry_on(choice)
    for name, args in (("set_volume", {"volume": 40}), ("get_volume", {}), ("set_mute", {"muted": True})):
        result = await registry.run(name, json.dumps(args))
        assert not result.ok, result
        assert result.error.startswith("the system volume is unavailable: no sound server answers "
                                       f"(PULSE_SERVER={dead_pulse}): start PulseAudio"), result.error
        assert "Coze Desktop's music" in result.error  # …or how to go back to what works
    assert choice.problem and choice.app.volume == 50  # the music was not touched
    choice.set(10)  # the slider, meanwhile: nothing changes, nothing raises
    assert choice.volume == 0 and choice.app.volume == 50
    choice.close()


class HungServer:
    """A unix socket that accepts connections and never answers: a hung sound server."""

    def __init__(self, path: Path) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.bind(str(path))
        self.sock.listen(4)
        self.held: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        try:
            while True:
                self.held.append(self.sock.accept()[0])
        except OSError:
            pass

    def close(self) -> None:
        self.sock.close()
        for conn in self.held:
            conn.close()


async def test_a_hung_sound_server_times_out_with_a_clear_error(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    hung = HungServer(tmp_path / "native")
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path / 'native'}")
    model = SystemVolume()
    try:
        started = asyncio.get_running_loop().time()
        result = await registry_on(model).run("set_volume", '{"volume": 30}')
        elapsed = asyncio.get_running_loop().time() - started
    finally:
        model.close()
        hung.close()
    assert not result.ok and f"did not answer within {sv.CONNECT_TIMEOUT:g} s" in result.error, result.error
    assert elapsed < sv.CONNECT_TIMEOUT + 2  # bounded: the bot gets its answer, the chat goes on


async def test_a_platform_without_a_backend_says_so() -> None:
    result = await registry_on(SystemVolume(UnsupportedBackend)).run("get_volume", "{}")
    assert not result.ok and "controlling the system volume is not supported on" in result.error
    assert isinstance(system_backend("sunos5"), UnsupportedBackend)
    assert isinstance(system_backend("darwin"), OsascriptBackend)


# ---------------------------------------------------------------------------------- macOS through osascript

# A stand-in for /usr/bin/osascript: answers the three scripts the backend sends from a state file, as AppleScript
# formats them. The real subprocess path (spawn, parse, errors) runs; only the Mac is missing.
FAKE_OSASCRIPT = r"""#!/bin/sh
state="$(dirname "$0")/state"
[ -f "$state" ] || echo "40 false" > "$state"
read level muted < "$state"
shown=$level; [ "$level" = missing ] && shown="missing value"  # a device without a volume of its own
case "$2" in
  "get volume settings") echo "output volume:$shown, input volume:75, alert volume:100, output muted:$muted";;
  "set volume output volume "*) [ "$level" = missing ] || echo "${2##* } $muted" > "$state";;
  "set volume output muted "*) echo "$level ${2##* }" > "$state";;
  *) echo "execution error: unknown script (-2753)" >&2; exit 1;;
esac
"""


async def test_the_macos_backend_reads_sets_and_mutes_through_osascript(tmp_path: Path) -> None:
    program = tmp_path / "osascript"
    program.write_text(FAKE_OSASCRIPT)
    program.chmod(program.stat().st_mode | stat.S_IEXEC)
    model = SystemVolume(lambda: OsascriptBackend(str(program)))
    registry = registry_on(model)
    try:
        assert await call(registry, "get_volume", {}) == {"volume": 40, "target": "system"}
        assert await call(registry, "set_volume", {"volume": 65}) == {"volume": 65, "target": "system"}
        assert (tmp_path / "state").read_text().split() == ["65", "false"]
        assert await call(registry, "set_mute", {"muted": True}) == {"volume": 65, "muted": True, "target": "system"}
        (tmp_path / "state").write_text("missing true\n")  # an HDMI output: no volume of its own
        result = await registry.run("set_volume", '{"volume": 10}')
        assert not result.ok and "output device has no volume control" in result.error
    finally:
        await model.aclose()
    missing = SystemVolume(lambda: OsascriptBackend(str(tmp_path / "not-there")))
    result = await registry_on(missing).run("get_volume", "{}")
    missing.close()
    assert not result.ok and "osascript cannot be run" in result.error


# ------------------------------------------------------------------------------------- a real PulseAudio


@pytest_asyncio.fixture
async def system() -> AsyncIterator[SystemVolume]:
    await pactl("set-sink-volume", "@DEFAULT_SINK@", "50%")
    await pactl("set-sink-mute", "@DEFAULT_SINK@", "0")
    model = SystemVolume()
    await model.wait_ready()
    yield model
    await model.aclose()


async def sink_volume() -> list[int]:
    """The default sink's channels in percent, as pactl reads them back."""
    return [int(p) for p in re.findall(r"(\d+)%", await pactl("get-sink-volume", "@DEFAULT_SINK@"))]


async def sink_muted() -> bool:
    return (await pactl("get-sink-mute", "@DEFAULT_SINK@")).strip() == "Mute: yes"


async def until(check, seconds: float = 3.0) -> None:
    async with asyncio.timeout(seconds):
        while not check():  # noqa: ASYNC110 (a plain attribute of the model, read as the observers would)
            await asyncio.sleep(0.01)


@needs_audio_server
async def test_set_volume_and_set_mute_on_the_system_target_change_the_default_sink(system: SystemVolume) -> None:
    choice = VolumeChoice(VolumeModel(70), TARGET_SYSTEM, system=lambda: system)
    registry = default_registry(choice)
    assert await call(registry, "get_volume", {}) == {"volume": 50, "target": "system"}
    assert await call(registry, "set_volume", {"volume": 40}) == {"volume": 40, "target": "system"}
    assert await sink_volume() == [40, 40]
    assert await call(registry, "set_mute", {"muted": True}) == {"volume": 40, "muted": True, "target": "system"}
    assert await sink_muted() and await sink_volume() == [40, 40]  # muting keeps the level
    assert await call(registry, "set_mute", {"muted": False}) == {"volume": 40, "target": "system"}
    assert not await sink_muted()
    assert choice.app.volume == 70  # the music's own level was never touched


@needs_audio_server
async def test_a_change_made_outside_reaches_the_observers_on_the_loop(system: SystemVolume) -> None:
    loop = asyncio.get_running_loop()
    heard: list[tuple[int, bool, bool]] = []
    system.subscribe(lambda level: heard.append((level, system.muted, asyncio.get_running_loop() is loop)))
    await pactl("set-sink-volume", "@DEFAULT_SINK@", "23%")
    await until(lambda: system.volume == 23)
    await pactl("set-sink-mute", "@DEFAULT_SINK@", "1")
    await until(lambda: system.muted)
    assert heard[-2:] == [(23, False, True), (23, True, True)], heard


@needs_audio_server
async def test_setting_the_level_keeps_the_balance_set_in_the_mixer(system: SystemVolume) -> None:
    await pactl("set-sink-volume", "@DEFAULT_SINK@", "60%", "30%")
    await until(lambda: system.volume == 60)  # the loudest channel, as desktop sliders show it
    await system.apply(volume=40)
    assert await sink_volume() == [40, 20]


@needs_audio_server
async def test_the_slider_writes_in_the_background_and_the_newest_level_wins(system: SystemVolume) -> None:
    heard: list[int] = []
    system.subscribe(heard.append)
    for level in range(10, 61):  # a drag: fifty steps in one go
        system.set(level)
    await until(lambda: system._writer is not None and system._writer.done())
    assert await sink_volume() == [60, 60] and system.volume == 60
    assert heard[-1] == 60 and heard == sorted(heard), heard  # no step back to an older level


@needs_audio_server
async def test_a_sink_that_disappears_and_comes_back_is_followed(system: SystemVolume) -> None:
    """The default output moves to a new device (headphones plugged in): the model follows the new one."""
    module = (await pactl("load-module", "module-null-sink", "sink_name=ci_headphones")).strip()
    try:
        await pactl("set-sink-volume", "ci_headphones", "33%")
        await pactl("set-default-sink", "ci_headphones")
        await until(lambda: system.volume == 33)
        await system.apply(volume=44)
        assert "44%" in await pactl("get-sink-volume", "ci_headphones")
    finally:
        await pactl("unload-module", module)  # the default falls back to ci_speaker
    await until(lambda: system.volume == 50 and not system.problem)
    await pactl("set-default-sink", "ci_speaker")


# ------------------------------------------------------------------ a sound server that stops, hangs, returns


class PrivatePulse:
    """A PulseAudio of the test's own (a null sink, its own socket), to stop, freeze and start again without
    touching the shared one of .ci/with-audio.sh."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.socket = root / "native"
        self.server = f"unix:{self.socket}"
        self.process: asyncio.subprocess.Process | None = None
        (root / "home").mkdir(parents=True, exist_ok=True)
        (root / "run").mkdir(mode=0o700, exist_ok=True)
        (root / "ci.pa").write_text(
            f"load-module module-native-protocol-unix auth-anonymous=1 socket={self.socket}\n"
            "load-module module-null-sink sink_name=private_speaker\n"
            "set-default-sink private_speaker\n")

    async def start(self) -> None:
        env = os.environ | {"HOME": str(self.root / "home"), "XDG_RUNTIME_DIR": str(self.root / "run"),
                            "PULSE_RUNTIME_PATH": str(self.root / "run" / "pulse"),
                            "PULSE_STATE_PATH": str(self.root / "state")}
        self.process = await asyncio.create_subprocess_exec(
            "pulseaudio", "-n", "-F", str(self.root / "ci.pa"), "--daemonize=no", "--exit-idle-time=-1",
            "--use-pid-file=no", "--realtime=no", "--high-priority=no", f"--log-target=file:{self.root / 'log'}",
            env=env, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
        async with asyncio.timeout(5):
            while not await self.answers():  # noqa: ASYNC110 (pactl is the only way to ask)
                await asyncio.sleep(0.05)

    async def answers(self) -> bool:
        process = await asyncio.create_subprocess_exec(
            "pactl", "--server", self.server, "info", stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL)
        return await process.wait() == 0

    async def pactl(self, *args: str) -> str:
        process = await asyncio.create_subprocess_exec("pactl", "--server", self.server, *args,
                                                       stdout=asyncio.subprocess.PIPE)
        out, _ = await process.communicate()
        return out.decode()

    async def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.send_signal(signal.SIGCONT)  # a frozen one must be able to die
            self.process.terminate()
            await self.process.wait()
        with contextlib.suppress(FileNotFoundError):
            self.socket.unlink()


@pytest_asyncio.fixture
async def private_pulse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[PrivatePulse]:
    pulse = PrivatePulse(tmp_path / "pulse")
    await pulse.start()
    monkeypatch.setenv("PULSE_SERVER", pulse.server)
    yield pulse
    await pulse.stop()


@needs_audio_server
async def test_a_sound_server_that_goes_away_and_comes_back_is_followed_again(private_pulse: PrivatePulse) -> None:
    model = SystemVolume()
    told: list[str] = []
    model.subscribe(lambda level: told.append(model.problem))
    registry = registry_on(model)
    try:
        assert await call(registry, "set_volume", {"volume": 35}) == {"volume": 35, "target": "system"}
        await private_pulse.stop()  # the server quits (a desktop log-out, a crash)
        await until(lambda: bool(model.problem))
        assert "the connection to the sound server" in model.problem and "was lost" in told[-1]
        result = await registry.run("set_volume", '{"volume": 20}')
        assert not result.ok and "no sound server answers" in result.error, result.error
        await private_pulse.start()  # restarted: the next attempt (at most a few seconds away) connects
        await until(lambda: not model.problem, seconds=sv.RETRY_DELAYS[-1] + 3)
        assert told[-1] == ""  # observers heard it is back
        assert await call(registry, "set_volume", {"volume": 55}) == {"volume": 55, "target": "system"}
        assert "55%" in await private_pulse.pactl("get-sink-volume", "@DEFAULT_SINK@")
    finally:
        await model.aclose()


@needs_audio_server
async def test_a_frozen_sound_server_gives_an_error_within_the_bound_and_works_after(
        private_pulse: PrivatePulse) -> None:
    model = SystemVolume()
    registry = registry_on(model)
    try:
        await model.wait_ready()
        assert private_pulse.process is not None
        private_pulse.process.send_signal(signal.SIGSTOP)  # alive, connected, answering nothing
        loop = asyncio.get_running_loop()
        started = loop.time()
        result = await registry.run("set_volume", '{"volume": 15}')
        assert loop.time() - started < sv.CONNECT_TIMEOUT + 1
        assert not result.ok and f"did not answer within {sv.CONNECT_TIMEOUT:g} s" in result.error, result.error
        private_pulse.process.send_signal(signal.SIGCONT)
        assert await call(registry, "set_volume", {"volume": 45}) == {"volume": 45, "target": "system"}
        assert "45%" in await private_pulse.pactl("get-sink-volume", "@DEFAULT_SINK@")
    finally:
        await model.aclose()


@needs_audio_server
async def test_a_turn_with_the_demo_bot_sets_the_computers_volume(system: SystemVolume, client) -> None:
    """End to end: 「音量调到30」 → requires_action set_volume → the default sink at 30 % (pactl) → the bot says so."""
    from coze_desktop.chat import ChatEngine, TurnRequest
    from coze_desktop.demo import DEMO_BOT_ID
    from coze_desktop.plugins.approval import ApprovalPolicy, PolicyApprover

    async def never_asked(request):
        raise AssertionError(f"{request.tool} should run without asking: it is built in")

    choice = VolumeChoice(VolumeModel(70), TARGET_SYSTEM, system=lambda: system)
    engine = ChatEngine(client, default_registry(choice),
                        approver=PolicyApprover(ApprovalPolicy(Settings()), never_asked))
    outcome = await engine.run_turn(TurnRequest(DEMO_BOT_ID, "tester", "音量调到30"), lambda event: None)
    assert outcome.status == "completed", outcome.error
    assert await sink_volume() == [30, 30] and "30" in outcome.answer
    assert choice.app.volume == 70


async def test_without_pulsectl_installed_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pulsectl_asyncio", None)  # as in an installation without it: ImportError
    model = SystemVolume(sv.PulseBackend)
    result = await registry_on(model).run("set_volume", '{"volume": 30}')
    model.close()
    assert not result.ok and "needs the Python package pulsectl-asyncio" in result.error, result.error
    assert "libpulse0" in result.error and "Coze Desktop's music" in result.error
