"""Settings → Local plugins: whether the volume tools and slider act on the app's music or this computer's output."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from ..plugins.volume import TARGET_APP, TARGET_SYSTEM
from ..settings import Settings


class VolumeTargetGroup(QGroupBox):
    """Two choices, saved as ``Settings.volume_target`` by :meth:`save_into` (the dialog's Apply); the window then
    switches the volume tools and the player bar's slider without a restart."""

    def __init__(self, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app_radio = QRadioButton()
        self.system_radio = QRadioButton()
        self._buttons = QButtonGroup(self)
        self._buttons.addButton(self.app_radio)
        self._buttons.addButton(self.system_radio)
        (self.system_radio if target == TARGET_SYSTEM else self.app_radio).setChecked(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setProperty("muted", True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.app_radio)
        layout.addWidget(self.system_radio)
        layout.addWidget(self.note)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Volume controls act on"))
        self.app_radio.setText(self.tr("Coze Desktop's music"))
        self.system_radio.setText(self.tr("This computer's output (all apps)"))
        self.note.setText(self.tr(
            "The bot's set_volume, get_volume and set_mute tools and the player bar's slider. This computer's "
            "output needs PulseAudio or PipeWire on Linux; on Windows and macOS it uses the system's own mixer."))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def target(self) -> str:
        return TARGET_SYSTEM if self.system_radio.isChecked() else TARGET_APP

    def save_into(self, settings: Settings) -> None:
        settings.volume_target = self.target()
