"""The answer-version switcher ‹1/2›, the "New topic" divider, and the bar shown while a question is edited."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from . import theme


class VersionSwitcher(QWidget):
    """‹ n/m ›: browse the versions of an answer (regenerated or edited). Both arrows are in the Tab order and
    named for screen readers; an arrow with nowhere to go is disabled.

    Signals:
        sig_step(int): -1 (‹, the earlier version) or +1 (›, the later one).
    """

    sig_step = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionSwitcher")
        self.version = self.versions = 1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.previous = QToolButton(self)
        self.previous.setText("‹")
        self.next = QToolButton(self)
        self.next.setText("›")
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        for button, step in ((self.previous, -1), (self.next, 1)):
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(lambda _=False, s=step: self.sig_step.emit(s))
        layout.addWidget(self.previous)
        layout.addWidget(self.label)
        layout.addWidget(self.next)
        self._retranslate()

    def set_version(self, version: int, versions: int, *, enabled: bool = True) -> None:
        """Show version ``version`` of ``versions`` (hidden when there is only one)."""
        self.version, self.versions = version, versions
        self.previous.setEnabled(enabled and version > 1)
        self.next.setEnabled(enabled and version < versions)
        self.setVisible(versions > 1)
        self._retranslate()

    def _retranslate(self) -> None:
        self.label.setText(f"{self.version}/{self.versions}")
        words = self.tr("Version %1 of %2").replace("%1", str(self.version)).replace("%2", str(self.versions))
        self.label.setAccessibleName(words)
        self.setToolTip(words)
        self.previous.setAccessibleName(self.tr("Previous version"))
        self.previous.setToolTip(self.tr("Previous version"))
        self.next.setAccessibleName(self.tr("Next version"))
        self.next.setToolTip(self.tr("Next version"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()


class TopicDivider(QFrame):
    """A line across the conversation saying "New topic": the bot's context was cleared here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topicDivider")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, theme.SPACE_S, 0, theme.SPACE_S)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setObjectName("topicDividerText")
        self.label.setEnabled(False)  # the muted colour of the palette, in every theme
        lines = []
        for _ in range(2):
            line = QFrame(self)
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            lines.append(line)
        layout.addWidget(lines[0], 1)
        layout.addWidget(self.label)
        layout.addWidget(lines[1], 1)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # read by a screen reader in the conversation's order
        self._retranslate()

    def _retranslate(self) -> None:
        self.label.setText(self.tr("New topic"))
        self.setAccessibleName(self.tr("New topic: the bot does not see the messages above"))
        self.setToolTip(self.accessibleName())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()


class EditBar(QFrame):
    """Above the message box while the last question is being edited: Send replaces it and its answer.

    Signals:
        sig_cancel(): Cancel was clicked (the box keeps its text; the next Send asks a new question).
    """

    sig_cancel = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 0, 12, 0)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.sig_cancel)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.cancel_button)
        self._retranslate()

    def _retranslate(self) -> None:
        self.label.setText(self.tr("Editing your last question: Send replaces it and its answer (the earlier "
                                   "version stays browsable)."))
        self.cancel_button.setText(self.tr("Cancel editing"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
