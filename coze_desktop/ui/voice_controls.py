"""Push-to-talk beside the message box: the mic button, a live level meter and the elapsed time."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from ..api import CozeError
from . import theme
from .icons import icon

log = logging.getLogger(__name__)

IDLE, RECORDING, TRANSCRIBING = "idle", "recording", "transcribing"


class LevelMeter(QWidget):
    """A small horizontal bar showing the microphone's level (0–1), in the theme's accent colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = 0.0
        self.setFixedSize(72, 8)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_level(self, level: float) -> None:
        level = min(1.0, max(0.0, level))
        if abs(level - self.level) >= 0.005:
            self.level = level
            self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        radius = self.height() / 2
        track = QColor(self.palette().mid().color())
        track.setAlpha(90)
        painter.setBrush(track)
        painter.drawRoundedRect(QRectF(self.rect()), radius, radius)
        if self.level > 0:
            painter.setBrush(self.palette().highlight())
            width = max(self.height(), self.width() * self.level)
            painter.drawRoundedRect(QRectF(0, 0, width, self.height()), radius, radius)


class VoiceControls(QWidget):
    """The mic button and, while recording, a level meter and the elapsed time.

    ``toggle`` (the button, Ctrl+Shift+Space) starts recording, and again stops it; recording also ends by
    itself after trailing silence or at ``max_seconds``. ``cancel`` (Esc) drops the recording, or the
    transcription under way. The recording is sent to ``transcribe`` (set by the window; the session's
    CozeClient.transcribe), and what comes back is emitted as ``sig_transcript``. The microphone is opened by
    ``recorder_factory()`` (a ``coze_desktop.voice.recorder.Recorder`` unless a test brings another source).
    Every failure (no microphone, no permission, no audio server, a transcription error with Coze's code,
    message and logid) becomes ``sig_error`` with a message for the status bar; nothing waits forever.

    Signals:
        sig_state(str): "idle", "recording" or "transcribing".
        sig_transcript(str): the recognised text (stripped, never blank).
        sig_error(str): why nothing was recognised, in the interface's language.
        sig_level(float, float): the microphone's level (0–1) and the seconds recorded so far, ~20 times a second.
    """

    sig_state = Signal(str)
    sig_transcript = Signal(str)
    sig_error = Signal(str)
    sig_level = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recorder_factory: Callable[[], Any] | None = None
        self.transcribe: Callable[[bytes], Awaitable[str]] | None = None
        self.silence_seconds = 1.2
        self.max_seconds = 60.0
        self.state = IDLE
        self.stopped_at = 0.0  # perf_counter() when the user ended the recording (benchmarks read it)
        self._task: asyncio.Task[None] | None = None
        self._stop: asyncio.Event | None = None
        self._cancel: asyncio.Event | None = None

        self.meter = LevelMeter(self)
        self.elapsed = QLabel("0:00", self)
        self.elapsed.setObjectName("voiceElapsed")
        self.elapsed.setTextFormat(Qt.TextFormat.PlainText)
        self.mic_button = QToolButton(self)
        self.mic_button.setObjectName("micButton")
        self.mic_button.setIcon(icon("mic"))
        self.mic_button.setIconSize(QSize(theme.ICON_M, theme.ICON_M))
        self.mic_button.setCheckable(True)
        self.mic_button.setAutoRaise(True)
        # Out of the Tab chain (input → Send stays one step): from the keyboard it is Ctrl+Shift+Space.
        self.mic_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.mic_button.clicked.connect(self._clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACE_S)
        layout.addWidget(self.meter, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.elapsed, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.mic_button, 0, Qt.AlignmentFlag.AlignVCenter)
        for widget in (self.meter, self.elapsed):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(False)
            widget.setSizePolicy(policy)
            widget.hide()
        self._retranslate()

    # ------------------------------------------------------------------ actions

    def toggle(self) -> None:
        """Start recording; while recording, stop and transcribe what was said."""
        if self.state == RECORDING:
            self.finish()
        elif self.state == IDLE:
            self.start()

    def start(self) -> bool:
        """Start recording (False when something is under way already)."""
        if self.state != IDLE:
            return False
        self._stop, self._cancel = asyncio.Event(), asyncio.Event()
        self._set_state(RECORDING)
        self._task = asyncio.ensure_future(self._run(self._stop, self._cancel))
        return True

    def finish(self) -> None:
        """End the recording now; what was said is transcribed."""
        if self.state == RECORDING and self._stop is not None:
            self.stopped_at = time.perf_counter()
            self._stop.set()

    def cancel(self) -> bool:
        """Drop the recording or the transcription under way; False when there was none."""
        if self.state == RECORDING and self._cancel is not None:
            self._cancel.set()
            return True
        if self.state == TRANSCRIBING and self._task is not None:
            self._task.cancel()
            return True
        return False

    async def wait(self) -> None:
        """Until the recording and its transcription are over (tests, benchmarks)."""
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)

    # ------------------------------------------------------------------ internals

    def _clicked(self) -> None:
        self.mic_button.setChecked(self.state == RECORDING)  # the state, not the click, decides the look
        self.toggle()

    async def _run(self, stop: asyncio.Event, cancel: asyncio.Event) -> None:
        try:
            audio = await self._record(stop, cancel)
            if audio is None:
                return
            self._set_state(TRANSCRIBING)
            if self.transcribe is None:
                self.sig_error.emit(self.tr("Not connected to a bot, so the recording could not be transcribed."))
                return
            try:
                text = await self.transcribe(audio)
            except CozeError as exc:
                self.sig_error.emit(self.tr("Speech could not be recognised: %1").replace("%1", str(exc)))
                return
            except ValueError as exc:  # refused before sending (e.g. a recording too large)
                self.sig_error.emit(self.tr("Speech could not be recognised: %1").replace("%1", str(exc)))
                return
            text = text.strip()
            if text:
                self.sig_transcript.emit(text)
            else:
                self.sig_error.emit(self.tr("Nothing was recognised. Speak closer to the microphone and try again."))
        except asyncio.CancelledError:
            pass
        finally:
            self._set_state(IDLE)

    async def _record(self, stop: asyncio.Event, cancel: asyncio.Event) -> bytes | None:
        try:
            if self.recorder_factory is not None:
                recorder = self.recorder_factory()
            else:
                from ..voice.recorder import Recorder

                recorder = Recorder()
            return await recorder.record(on_level=self._on_level, cancel=cancel, stop=stop,
                                         silence_seconds=self.silence_seconds, max_seconds=self.max_seconds)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # RecorderError says what is missing; anything else must not leave us stuck
            log.warning("recording failed: %s", exc)
            self.sig_error.emit(self.tr("Could not record: %1").replace("%1", str(exc) or type(exc).__name__))
            return None

    def _on_level(self, level: float, elapsed: float) -> None:
        if self.state != RECORDING:
            return
        self.meter.set_level(level)
        seconds = int(elapsed)
        self.elapsed.setText(f"{seconds // 60}:{seconds % 60:02d}")
        self.sig_level.emit(level, elapsed)

    def _set_state(self, state: str) -> None:
        if state == self.state:
            return
        self.state = state
        recording = state == RECORDING
        if recording:
            self.meter.set_level(0.0)
            self.elapsed.setText("0:00")
        self.meter.setVisible(recording)
        self.elapsed.setVisible(recording)
        self.mic_button.setChecked(recording)
        self.mic_button.setEnabled(state != TRANSCRIBING)
        self._retranslate()
        self.sig_state.emit(state)

    def _retranslate(self) -> None:
        if self.state == RECORDING:
            words = self.tr("Stop recording and transcribe (Ctrl+Shift+Space); Esc cancels")
        elif self.state == TRANSCRIBING:
            words = self.tr("Transcribing…")
        else:
            words = self.tr("Talk: record a voice message (Ctrl+Shift+Space)")
        self.mic_button.setToolTip(words)
        self.mic_button.setAccessibleName(self.tr("Voice input"))
        self.mic_button.setAccessibleDescription(words)
        self.meter.setAccessibleName(self.tr("Microphone level"))
        self.elapsed.setAccessibleName(self.tr("Recording time"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
