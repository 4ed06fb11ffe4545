"""The volume target in Settings → Local plugins, and the player bar's slider on this computer's output: following
a change made with pactl on a real PulseAudio, writing the slider's level to the default sink, showing when the
system volume is unavailable, and switching between the music and the output without a restart."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coze_desktop.plugins import VolumeChoice, VolumeModel, default_registry
from coze_desktop.plugins.volume import TARGET_APP, TARGET_SYSTEM
from coze_desktop.settings import Settings, load_settings
from coze_desktop.ui.player_bar import PlayerBar
from coze_desktop.ui.plugins_page import PluginsPage

from ..audio_server import needs_audio_server, pactl
from .test_player_bar import IdlePlayer


async def until(check: Callable[[], bool], seconds: float = 3.0) -> None:
    async with asyncio.timeout(seconds):
        while not check():  # noqa: ASYNC110 (a widget's state: Qt has no awaitable for it)
            await asyncio.sleep(0.01)


def tip(widget: QWidget) -> str:
    """A tooltip as the user reads it (the bar sets them as escaped rich text: plain_tip)."""
    document = QTextDocument()
    document.setHtml(widget.toolTip())
    return document.toPlainText().replace("\xa0", " ")


def make_bar(qtbot: QtBot, volume: VolumeModel | VolumeChoice) -> PlayerBar:
    bar = PlayerBar(IdlePlayer(), volume)
    qtbot.addWidget(bar)
    bar.resize(900, bar.sizeHint().height())
    bar.show()
    return bar


def test_the_page_shows_the_saved_target_and_saves_the_choice(qtbot: QtBot) -> None:
    page = PluginsPage(default_registry(), Settings(volume_target=TARGET_SYSTEM))
    qtbot.addWidget(page)
    group = page.volume_target_box
    assert group.system_radio.isChecked() and not group.app_radio.isChecked()
    assert group.title() == "Volume controls act on"
    assert group.app_radio.text() == "Coze Desktop's music"
    assert group.system_radio.text() == "This computer's output (all apps)"
    group.app_radio.click()
    settings = Settings(volume_target=TARGET_SYSTEM)
    page.save_into(settings)
    assert settings.volume_target == TARGET_APP


def test_apply_in_the_settings_dialog_writes_the_target_to_the_file(qtbot: QtBot) -> None:
    from coze_desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    emitted: list[Settings] = []
    dialog.sig_settings_changed.connect(emitted.append)
    dialog.plugins_page.volume_target_box.system_radio.click()
    assert dialog.apply()
    assert load_settings().volume_target == TARGET_SYSTEM and emitted[-1].volume_target == TARGET_SYSTEM


async def test_an_unavailable_system_volume_disables_the_slider_and_switching_back_restores_it(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path / 'nobody' / 'native'}")
    choice = VolumeChoice(VolumeModel(64))
    bar = make_bar(qtbot, choice)
    assert bar.volume.isEnabled() and bar.volume.value() == 64
    assert tip(bar.volume) == "Volume of Coze Desktop's music"
    bar.set_volume_target(TARGET_SYSTEM)
    await until(lambda: "no sound server answers" in tip(bar.volume))
    assert not bar.volume.isEnabled() and not bar.mute_button.isEnabled() and bar.volume_label.text() == "–"
    assert tip(bar.volume).startswith("This computer's volume is unavailable: no sound server answers")
    bar.set_volume_target(TARGET_APP)
    assert bar.volume.isEnabled() and bar.volume.value() == 64 and bar.volume_label.text() == "64"
    choice.close()


async def test_the_window_acts_on_the_target_saved_in_the_settings(window, monkeypatch: pytest.MonkeyPatch,
                                                                   tmp_path: Path) -> None:
    """The window's set_volume follows a switch of target (what Apply calls), and its description names it."""
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path / 'nobody' / 'native'}")
    registry = window.session.plugins
    assert "Coze Desktop's music player" in registry.resolve("set_volume").description
    window.player_bar.set_volume_target(TARGET_SYSTEM)
    assert "this computer's sound output" in registry.resolve("set_volume").description
    result = await registry.run("set_volume", '{"volume": 30}')
    assert not result.ok and "the system volume is unavailable: no sound server answers" in result.error
    window.player_bar.set_volume_target(TARGET_APP)
    result = await registry.run("set_volume", '{"volume": 30}')
    assert result.ok and json.loads(result.output) == {"volume": 30} and window.player_bar.volume.value() == 30


# ------------------------------------------------------------------------------------- a real PulseAudio


async def sink_percent() -> list[int]:
    return [int(p) for p in re.findall(r"(\d+)%", await pactl("get-sink-volume", "@DEFAULT_SINK@"))]


@needs_audio_server
async def test_the_slider_follows_the_system_volume_and_sets_it(qtbot: QtBot) -> None:
    await pactl("set-sink-volume", "@DEFAULT_SINK@", "50%")
    await pactl("set-sink-mute", "@DEFAULT_SINK@", "0")
    choice = VolumeChoice(VolumeModel(80), TARGET_SYSTEM)
    bar = make_bar(qtbot, choice)
    try:
        await until(lambda: bar.volume.isEnabled() and bar.volume.value() == 50)
        assert tip(bar.volume) == "Volume of this computer's output (all apps)"

        await pactl("set-sink-volume", "@DEFAULT_SINK@", "40%")  # the desktop's own mixer, say
        await until(lambda: bar.volume.value() == 40 and bar.volume_label.text() == "40")

        await pactl("set-sink-mute", "@DEFAULT_SINK@", "1")
        await until(lambda: bar.mute_button.isChecked())
        qtbot.mouseClick(bar.mute_button, Qt.MouseButton.LeftButton)  # unmute from the bar
        await until(lambda: not choice.muted and choice.current._writer.done())
        assert (await pactl("get-sink-mute", "@DEFAULT_SINK@")).strip() == "Mute: no"

        bar.volume.setValue(25)  # the user drags the slider
        await until(lambda: choice.current._writer is not None and choice.current._writer.done())
        assert await sink_percent() == [25, 25]

        bar.set_volume_target(TARGET_APP)  # Apply in Settings: the music's level, at once
        assert bar.volume.value() == 80 and tip(bar.volume) == "Volume of Coze Desktop's music"
        await pactl("set-sink-volume", "@DEFAULT_SINK@", "60%")
        await asyncio.sleep(0.2)
        assert bar.volume.value() == 80  # the output is no longer followed
        bar.set_volume_target(TARGET_SYSTEM)
        await until(lambda: bar.volume.value() == 60)
    finally:
        await choice.aclose()


async def test_apply_in_settings_switches_the_window_without_a_restart(window, monkeypatch: pytest.MonkeyPatch,
                                                                      tmp_path: Path) -> None:
    monkeypatch.setenv("PULSE_SERVER", f"unix:{tmp_path / 'nobody' / 'native'}")
    window.open_settings()
    dialog = window._settings_dialog
    dialog.plugins_page.volume_target_box.system_radio.click()
    assert dialog.apply()
    bar = window.player_bar
    assert bar.volume_model.target == TARGET_SYSTEM and window.settings.volume_target == TARGET_SYSTEM
    await until(lambda: not bar.volume.isEnabled())  # no sound server here: shown as unavailable
    assert "set_volume" in window.session.plugins.plugins
    assert "this computer's sound output" in window.session.plugins.resolve("get_volume").description
    dialog.plugins_page.volume_target_box.app_radio.click()
    assert dialog.apply()
    assert bar.volume_model.target == TARGET_APP and bar.volume.isEnabled()
    dialog.close()
