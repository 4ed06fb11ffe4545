"""The player bar: previous, play/pause, next, what is playing, click-to-seek, and volume with mute."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
    QWidget,
)

from ..plugins import MusicLibrary, VolumeModel
from ..plugins.library import Track
from ..plugins.player import EventKind, Player, PlayerError, PlayerEvent, PlayerState, source_name
from ..plugins.volume import TARGET_SYSTEM, VolumeChoice
from ..settings import PlayerMemory, load_player_memory, save_player_memory
from . import icons
from .untrusted import plain_tip

log = logging.getLogger(__name__)

# The seek bar moves while something plays, and only then: an idle app must not wake up for nothing.
POSITION_INTERVAL_MS = 500
# "Previous" restarts the song when this much of it has played, as music players do; else it goes back one.
RESTART_AFTER_MS = 3000
# Dragging the volume writes the remembered level once it rests, not on every step.
SAVE_DELAY_MS = 400
SEEK_MIN_WIDTH = 120  # px: the seek bar never gets narrower, however narrow the window (issue 14: it squashed)
TITLE_MIN_WIDTH = 80  # px: the title elides down to this
TITLE_MAX_WIDTH = 280
VOLUME_WIDTH = 90
ICON_SIZE = 20  # px, theme.ICON_M: the design's size for toolbar and player icons
PLAY_ICON_SIZE = 24  # theme.ICON_L


def _clock(ms: int | None) -> str:
    if ms is None or ms < 0:
        return "--:--"
    seconds = ms // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


# ------------------------------------------------------------------------------------------------ icons

# The player's icons by what they mean: the design's SVG set (icons.py), tinted with the theme when painted.
ICON_NAMES = {"play": "play", "pause": "pause", "next": "next", "previous": "previous", "volume": "volume",
              "muted": "volume-muted"}


def player_icon(kind: str, tone: str = "icon") -> QIcon:
    """A player icon ("play", "pause", "next", "previous", "volume", "muted") in the theme's ``tone``.

    Not QStyle's: those are fixed grey pixmaps (about 1.4:1 on the dark theme's bar). These take the theme's
    icon colour (≥ 4.5:1 on both palettes, theme.Tokens) and follow a theme switch by themselves.
    """
    return icons.icon(ICON_NAMES[kind], tone)


# ------------------------------------------------------------------------------------------------ widgets


class ClickSlider(QSlider):
    """A slider where a click on the groove jumps to that spot (and may go on dragging from there).

    QSlider's default moves one page towards the click: on a 4-minute song that is a few seconds per click,
    which is not what anyone clicking a seek bar means.
    """

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled() and self.maximum() > self.minimum():
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            style = self.style()
            handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                          QStyle.SubControl.SC_SliderHandle, self)
            point = event.position().toPoint()
            if not handle.contains(point):
                groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                              QStyle.SubControl.SC_SliderGroove, self)
                span = max(1, groove.width() - handle.width())
                offset = point.x() - groove.x() - handle.width() // 2
                self.setValue(QStyle.sliderValueFromPosition(self.minimum(), self.maximum(), offset, span,
                                                             option.upsideDown))
                # The handle now sits under the pointer: the default press grabs it, so a drag goes on from
                # here and the release reports the new value (sliderReleased), as a drag of the handle does.
        super().mousePressEvent(event)


class ElidedLabel(QLabel):
    """A one-line label that shows "…" instead of pushing its neighbours when the text is too long.

    Text only (song titles come from files and the bot): the full text is in the tooltip.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        self._full = text
        super().setText(text)
        self.setToolTip(plain_tip(text))

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(TITLE_MIN_WIDTH, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance(self._full) + 4
        return QSize(max(TITLE_MIN_WIDTH, min(width, TITLE_MAX_WIDTH)), super().sizeHint().height())

    def shown_text(self) -> str:
        """What is painted at the current width (the text, or its elided form)."""
        return self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         self.shown_text())
        painter.end()


class PlayerBar(QWidget):
    """Controls the music player; the volume slider and the bot's set_volume observe one volume model.

    ``volume`` is the app's VolumeModel, or a VolumeChoice (plugins/volume.py) whose target may be this computer's
    output: then the slider and mute button follow the system volume, outside changes included, and show when it
    is unavailable; :meth:`set_volume_target` switches live.

    Remembers the music's volume, mute and the last song in ``player.json`` (settings.PlayerMemory): a new bar on
    the same file starts where the last one stopped. ``library`` (optional) gives Play something to play when
    nothing was played yet: the music folder, or the demo songs.

    Signals:
        sig_error(str): an action failed (e.g. VLC is missing); the text says why.
    """

    sig_error = Signal(str)

    def __init__(self, player: Player, volume: VolumeModel | VolumeChoice, parent: QWidget | None = None, *,
                 library: MusicLibrary | None = None, memory_path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("playerBar")
        self.player = player
        self.volume_model = volume
        # The music's own level is what player.json remembers, whichever volume the slider shows.
        self._music_volume = volume.app if isinstance(volume, VolumeChoice) else volume
        self.library = library
        self._memory_path = memory_path
        remembered = load_player_memory(memory_path)
        # Nothing remembered (a first start, a damaged file): the model's level stands, and is what gets saved.
        self._memory = remembered or PlayerMemory(volume=self._music_volume.volume)
        self._tasks: set[asyncio.Task[None]] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(POSITION_INTERVAL_MS)
        self._timer.timeout.connect(self._show_position)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_memory)

        self.title = ElidedLabel()
        self.title.setMinimumWidth(TITLE_MIN_WIDTH)
        self.previous_button = self._button(self.previous)
        self.play_button = self._button(self.toggle)
        self.play_button.setProperty("primary", True)  # the design: play/pause is the one filled control
        self.play_button.setIconSize(QSize(PLAY_ICON_SIZE, PLAY_ICON_SIZE))
        self.next_button = self._button(self.next)
        self.seek = ClickSlider(Qt.Orientation.Horizontal)
        self.seek.setRange(0, 0)
        self.seek.setMinimumWidth(SEEK_MIN_WIDTH)
        self.seek.sliderReleased.connect(self._seek_released)
        self.time = QLabel(_clock(None))
        self.time.setProperty("muted", True)
        self.mute_button = self._button(self.toggle_mute)
        self.mute_button.setCheckable(True)
        self.volume = ClickSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setFixedWidth(VOLUME_WIDTH)
        self.volume_label = QLabel()
        self.volume_label.setProperty("muted", True)
        self.volume_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.volume_label.setFixedWidth(self.volume_label.fontMetrics().horizontalAdvance("100") + 6)
        for fixed in (self.time, self.volume_label):
            fixed.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

        # The remembered level first, then listen: restoring it must not count as a change to save.
        if remembered is not None:
            self._music_volume.set(remembered.volume)
            self._music_volume.set_muted(remembered.muted)
        self.volume.setValue(volume.volume)
        self.volume.valueChanged.connect(self._slider_moved)
        self._volume_changed(volume.volume)
        self._save_timer.stop()  # showing the restored level is not a change
        self._unsubscribe = volume.subscribe(self._volume_changed)
        self.destroyed.connect(lambda: self._unsubscribe())

        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 12, 4)
        row.setSpacing(4)
        for widget in (self.previous_button, self.play_button, self.next_button):
            row.addWidget(widget)
        row.addSpacing(8)
        # The title takes what its text needs (up to TITLE_MAX_WIDTH), the seek bar the rest: shared by stretch,
        # "Nothing playing" was cut to "Nothing pl…" in a 1280 px window with the sources panel open.
        row.addWidget(self.title)
        row.addWidget(self.seek, 1)
        row.addWidget(self.time)
        row.addSpacing(8)
        for widget in (self.mute_button, self.volume, self.volume_label):
            row.addWidget(widget)

        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_memory)
            if isinstance(volume, VolumeChoice):
                app.aboutToQuit.connect(volume.close)  # lets go of the sound server
        player.on_change = self.handle
        self._retranslate()
        self._set_icons()
        self._refresh()

    def _button(self, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setAutoRaise(True)
        button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        button.clicked.connect(slot)
        return button

    def _retranslate(self) -> None:
        """Every text of the bar in the current language (again after a live language change)."""
        for button, text in ((self.previous_button, self.tr("Previous song")),
                             (self.play_button, self.tr("Play or pause")),
                             (self.next_button, self.tr("Next song")),
                             (self.mute_button, self.tr("Mute or unmute"))):
            button.setToolTip(text)
            button.setAccessibleName(text)
        self.seek.setToolTip(self.tr("Position: click to jump there"))
        self.seek.setAccessibleName(self.tr("Position"))
        self._show_volume_state()
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume_label.setAccessibleName(self.tr("Volume level"))

    def _set_icons(self) -> None:
        """The icons for the current state (they take the theme's colours by themselves when painted)."""
        self.previous_button.setIcon(player_icon("previous"))
        self.next_button.setIcon(player_icon("next"))
        playing = self.player.state == PlayerState.PLAYING
        self.play_button.setIcon(player_icon("pause" if playing else "play", "on_accent"))
        self.mute_button.setIcon(player_icon("muted" if self._silent() else "volume"))

    def _silent(self) -> bool:
        return self.volume_model.muted or self.volume_model.volume == 0

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._refresh()

    # ---------------------------------------------------------------------- actions

    def toggle(self) -> None:
        state = self.player.state
        if state == PlayerState.PLAYING:
            self._do(self.player.pause)
        elif state == PlayerState.PAUSED:
            self._do(self.player.resume)
        elif (last := self._last_track()) is not None:
            self._do(lambda: self._play(last))
        else:
            self.next()

    def stop(self) -> None:
        self._do(self.player.stop)

    def next(self) -> None:
        if not self.player.playlist.tracks and self.library is not None and not self.player.problem:
            self._spawn(self._fill_then_next())  # nothing listed yet: the library (or the demo songs) first
        else:
            self._do(self._play_next)

    def previous(self) -> None:
        """Back to the start of the song once some of it has played, else the song before it."""
        position = self.player.position()
        if self.player.current is not None and (position or 0) > RESTART_AFTER_MS:
            self._do(lambda: self.player.seek(0))
            return
        track = self.player.playlist.back()
        if track is not None:
            self._do(lambda: self._play(track))
        elif self.player.current is not None:
            self._do(lambda: self.player.seek(0))

    def toggle_mute(self) -> None:
        """The speaker button: silence, or back to the level before."""
        self.volume_model.set_muted(not self.volume_model.muted)

    def set_volume_target(self, target: str) -> None:
        """Act on ``target`` ("app": the music, "system": this computer's output) from now on, without a restart
        (Settings → Local plugins). A bar on a plain VolumeModel has only the music to act on."""
        if isinstance(self.volume_model, VolumeChoice):
            self.volume_model.choose(target)

    def _play_next(self) -> None:
        track = self.player.playlist.advance()
        if track is None:
            raise PlayerError(self.tr("Nothing to play yet: ask the bot to play a song, or set the music folder."))
        self._play(track)

    def _play(self, track: Track) -> None:
        self.player.play(track)
        if self.library is not None and track not in self.player.playlist.tracks:
            self.player.playlist.select(track, self.library.tracks)

    async def _fill_then_next(self) -> None:
        library = self.library
        assert library is not None
        if not library.scanned:
            await library.scan()
        self.player.playlist.replace(library.tracks, self.player.current)
        self._do(self._play_next)

    def _do(self, action: Callable[[], object]) -> None:
        try:
            action()
        except PlayerError as exc:
            self.sig_error.emit(self._translated(str(exc)))
        self._refresh()

    def _translated(self, message: str) -> str:
        """The player's own reasons (English, shared with the terminal) in the interface's language."""
        known = {
            "nothing is playing": self.tr("Nothing is playing."),
            "the music is already paused": self.tr("The music is already paused."),
            "nothing is paused": self.tr("Nothing is paused."),
            "the music is not paused": self.tr("The music is not paused."),
            "this source cannot seek": self.tr("This stream cannot jump to a position."),
        }
        return known.get(message, message)

    def _seek_released(self) -> None:
        self._do(lambda: self.player.seek(self.seek.value()))

    def _spawn(self, coro: object) -> None:
        task = asyncio.ensure_future(coro)  # type: ignore[arg-type]
        self._tasks.add(task)  # a task nobody references can be garbage-collected mid-flight
        task.add_done_callback(self._tasks.discard)

    # ---------------------------------------------------------------------- memory

    def _last_track(self) -> Track | None:
        """The song played last (this run or a previous one), when its file is still there."""
        memory = self._memory
        if not memory.last_path or not Path(memory.last_path).is_file():
            return None
        return Track(Path(memory.last_path), memory.last_title or Path(memory.last_path).stem, memory.last_artist)

    def _remember_song(self, track: Track) -> None:
        memory = self._memory
        memory.last_path, memory.last_title, memory.last_artist = str(track.path), track.title, track.artist
        self.save_memory()

    def _schedule_save(self) -> None:
        self._save_timer.start()

    def save_memory(self) -> None:
        """Write the volume, mute and last song now (also done shortly after each change, and at quit)."""
        self._save_timer.stop()
        music = self._music_volume
        # Muted is volume 0, however it got there; the level to come back to is kept beside it.
        self._memory.volume, self._memory.muted = music.unmuted_volume, music.muted
        try:
            save_player_memory(self._memory, self._memory_path)
        except OSError as exc:  # a read-only config folder: the bar works on, it only forgets at quit
            log.warning("could not remember the player's volume and song: %s", exc)

    # ---------------------------------------------------------------------- display

    def handle(self, event: PlayerEvent) -> None:
        """The player changed (always called on the loop's thread)."""
        if event.kind == EventKind.ERROR:
            self.sig_error.emit(self._translated(event.message))
        if event.kind == EventKind.STARTED and isinstance(event.source, Track):
            self._remember_song(event.source)
        if event.kind == EventKind.ENDED and isinstance(event.source, Track):
            self._play_following(event.source)
        self._refresh()

    def _play_following(self, ended: Track) -> None:
        """A song from the folder ended by itself: the next one in the list follows; the last one ends it all."""
        playlist = self.player.playlist
        tracks, index = playlist.tracks, playlist.index
        if 0 <= index < len(tracks) - 1 and tracks[index] == ended:
            self._do(self._play_next)

    def _refresh(self) -> None:
        player = self.player
        if player.problem:
            self.title.setText(self.tr("Music unavailable"))
            self.title.setToolTip(plain_tip(player.problem))
            for button in (self.previous_button, self.play_button, self.next_button):
                button.setEnabled(False)
            self.seek.setEnabled(False)
            return
        state, current = player.state, player.current
        if current is None:
            last = self._last_track()
            self.title.setText(self.tr("Nothing playing") if last is None else
                               self.tr("Last played: {title}").format(title=last.display_name))
        elif isinstance(current, Track) and current.artist:
            self.title.setText(f"{current.title} — {current.artist}")
        else:
            self.title.setText(source_name(current) or "")
        playing = state == PlayerState.PLAYING
        self.play_button.setIcon(player_icon("pause" if playing else "play", "on_accent"))
        self.play_button.setProperty("playing", playing)
        if state == PlayerState.PLAYING:
            self._timer.start()
        else:
            self._timer.stop()
        self._show_position()

    def _show_position(self) -> None:
        duration, position = self.player.duration(), self.player.position()
        self.seek.setEnabled(bool(duration))
        if not self.seek.isSliderDown():
            self.seek.setRange(0, max(duration or 0, 0))
            self.seek.setValue(position or 0)
        self.time.setText(f"{_clock(position)} / {_clock(duration)}")

    def _slider_moved(self, level: int) -> None:
        """The user moved the volume slider (a level above 0 also ends a mute)."""
        self.volume_model.set(level)
        if level > 0 and self.volume_model.muted:
            self.volume_model.set_muted(False)

    def _volume_changed(self, level: int) -> None:
        """The model moved (the bot's set_volume, the slider, mute, the desktop's own mixer, a switch of target,
        the system volume becoming unavailable): show it without echoing it back."""
        if self.volume.value() != level:
            self.volume.blockSignals(True)
            self.volume.setValue(level)
            self.volume.blockSignals(False)
        self.mute_button.blockSignals(True)
        self.mute_button.setChecked(self.volume_model.muted)
        self.mute_button.blockSignals(False)
        self.mute_button.setIcon(player_icon("muted" if self._silent() else "volume"))
        self._show_volume_state()
        if self.volume_model.target != TARGET_SYSTEM:  # player.json keeps the music's level, not the computer's
            self._schedule_save()  # the bot's set_volume is remembered too

    def _show_volume_state(self) -> None:
        """What the slider acts on, in its tooltip; and, when that is unavailable, why (the controls are off)."""
        model = self.volume_model
        available = not model.problem
        for widget in (self.volume, self.mute_button):
            widget.setEnabled(available)
        self.volume_label.setText(str(model.volume) if available else "–")
        if not available:
            tip = self.tr("This computer's volume is unavailable: {reason}").format(reason=model.problem)
        elif model.target == TARGET_SYSTEM:
            tip = self.tr("Volume of this computer's output (all apps)")
        else:
            tip = self.tr("Volume of Coze Desktop's music")
        self.volume.setToolTip(plain_tip(tip))
