"""The player bar: what is playing, play/pause, stop, next, a seek bar, and the volume slider."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QStyle, QToolButton, QWidget

from ..plugins import VolumeModel
from ..plugins.library import Track
from ..plugins.player import EventKind, Player, PlayerError, PlayerEvent, PlayerState, source_name
from .untrusted import plain_label, plain_tip

# The seek bar moves while something plays, and only then: an idle app must not wake up for nothing.
POSITION_INTERVAL_MS = 500


def _clock(ms: int | None) -> str:
    if ms is None or ms < 0:
        return "--:--"
    seconds = ms // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


class PlayerBar(QWidget):
    """Controls the music player; the volume slider and the bot's set_volume observe one VolumeModel.

    Signals:
        sig_error(str): an action failed (e.g. VLC is missing); the text says why.
    """

    sig_error = Signal(str)

    def __init__(self, player: Player, volume: VolumeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.volume_model = volume
        self.title = plain_label(QLabel())  # titles, artists and URLs come from files and the bot: never markup
        self.title.setMinimumWidth(160)
        # Qt's own media icons: symbol characters such as ⏸ are missing from many fonts and show as boxes.
        self.play_button = self._button(QStyle.StandardPixmap.SP_MediaPlay, self.tr("Play or pause"), self.toggle)
        self.stop_button = self._button(QStyle.StandardPixmap.SP_MediaStop, self.tr("Stop"), self.stop)
        self.next_button = self._button(QStyle.StandardPixmap.SP_MediaSkipForward, self.tr("Next song"), self.next)
        self.seek = QSlider(Qt.Orientation.Horizontal)
        self.seek.setRange(0, 0)
        self.seek.sliderReleased.connect(self._seek_released)
        self.time = QLabel(_clock(None))
        self.volume_icon = QLabel()
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setFixedWidth(110)
        self.volume.setToolTip(self.tr("Volume"))
        self.volume.setValue(volume.volume)
        self.volume.valueChanged.connect(volume.set)
        self._volume_changed(volume.volume)
        self._unsubscribe = volume.subscribe(self._volume_changed)
        self.destroyed.connect(lambda: self._unsubscribe())

        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 12, 4)
        for widget in (self.play_button, self.stop_button, self.next_button, self.title):
            row.addWidget(widget)
        row.addWidget(self.seek, 1)
        for widget in (self.time, self.volume_icon, self.volume):
            row.addWidget(widget)

        self._timer = QTimer(self)
        self._timer.setInterval(POSITION_INTERVAL_MS)
        self._timer.timeout.connect(self._show_position)
        player.on_change = self.handle
        self._refresh()

    def _icon(self, which: QStyle.StandardPixmap) -> QIcon:
        return self.style().standardIcon(which)

    def _button(self, which: QStyle.StandardPixmap, tip: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setIcon(self._icon(which))
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    # ---------------------------------------------------------------------- actions

    def toggle(self) -> None:
        state = self.player.state
        self._do(self.player.pause if state == PlayerState.PLAYING else
                 self.player.resume if state == PlayerState.PAUSED else self._play_next)

    def stop(self) -> None:
        self._do(self.player.stop)

    def next(self) -> None:
        self._do(self._play_next)

    def _play_next(self) -> None:
        track = self.player.playlist.advance()
        if track is None:
            raise PlayerError(self.tr("Nothing to play yet: ask the bot to play a song, or set the music folder."))
        self.player.play(track)

    def _do(self, action: object) -> None:
        try:
            action()
        except PlayerError as exc:
            self.sig_error.emit(str(exc))
        self._refresh()

    def _seek_released(self) -> None:
        self._do(lambda: self.player.seek(self.seek.value()))

    # ---------------------------------------------------------------------- display

    def handle(self, event: PlayerEvent) -> None:
        """The player changed (always called on the loop's thread)."""
        if event.kind == EventKind.ERROR:
            self.sig_error.emit(event.message)
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
            for button in (self.play_button, self.stop_button, self.next_button):
                button.setEnabled(False)
            self.seek.setEnabled(False)
            return
        state, current = player.state, player.current
        if current is None:
            self.title.setText(self.tr("Nothing playing"))
        elif isinstance(current, Track) and current.artist:
            self.title.setText(f"{current.title} — {current.artist}")
        else:
            self.title.setText(source_name(current) or "")
        self.title.setToolTip(plain_tip(self.title.text()))
        playing = state == PlayerState.PLAYING
        self.play_button.setIcon(self._icon(QStyle.StandardPixmap.SP_MediaPause if playing
                                            else QStyle.StandardPixmap.SP_MediaPlay))
        self.play_button.setProperty("playing", playing)
        self.stop_button.setEnabled(state != PlayerState.STOPPED)
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

    def _volume_changed(self, level: int) -> None:
        """The model moved (the bot's set_volume, or this slider): show it without echoing it back."""
        if self.volume.value() != level:
            self.volume.blockSignals(True)
            self.volume.setValue(level)
            self.volume.blockSignals(False)
        muted = QStyle.StandardPixmap.SP_MediaVolumeMuted if level == 0 else QStyle.StandardPixmap.SP_MediaVolume
        self.volume_icon.setPixmap(self._icon(muted).pixmap(16, 16))
