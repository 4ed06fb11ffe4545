"""Spoken commands as speech recognition writes them reach the demo bot's tools: numbers spelled out in words."""

from __future__ import annotations

import pytest

from coze_desktop.demo.bot import number_in


@pytest.mark.parametrize(("clause", "number"), [
    ("set the volume to thirty", 30),
    ("volume to forty-five", 45),
    ("set the volume to forty five", 45),
    ("turn it up by ten", 10),
    ("volume to one hundred", 100),
    ("set the volume to zero", 0),
    ("音量调到三十", 30),
    ("volume 30", 30),
])
def test_spelled_out_numbers_are_numbers(clause: str, number: int) -> None:
    assert number_in(clause) == number


@pytest.mark.parametrize("clause", ["turn the volume down a bit", "often louder", "someone said volume"])
def test_words_that_merely_contain_a_number_are_not_numbers(clause: str) -> None:
    assert number_in(clause) is None


async def test_the_demo_bot_sets_the_volume_from_a_spelled_out_number(client) -> None:
    """Through the real local server: the transcript of "set the volume to thirty" asks for set_volume(30)."""
    from coze_desktop.chat import ChatEngine, TurnRequest
    from coze_desktop.demo import DEMO_BOT_ID
    from coze_desktop.plugins import VolumeModel, default_registry

    volume = VolumeModel()
    engine = ChatEngine(client, default_registry(volume))
    await engine.run_turn(TurnRequest(DEMO_BOT_ID, "voice-test", "set the volume to thirty", None), lambda _e: None)
    assert volume.volume == 30
