"""The settings dialog: profiles, the token or sign-in with Coze (OS keyring), bots, chat options and a
non-blocking connection test."""

from __future__ import annotations

import asyncio
import copy
import logging
import os
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSystemTrayIcon,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..api import CozeAuthError, CozeBotError, CozeError, CozeNetworkError
from ..connection import ConnectionCheck, check_connection, fetch_bot, list_bots
from ..plugins import Plugin, default_registry
from ..secrets import KeyringUnavailable, TokenSource, token_store
from ..settings import TOKEN_ENV, BotRef, Profile, Settings, looks_like_token, new_user_id, save_settings
from .plugins_page import PluginsPage

if TYPE_CHECKING:
    from ..connection import Credentials

log = logging.getLogger(__name__)

BOT_ID_ROLE = Qt.ItemDataRole.UserRole
BOT_NAME_ROLE = Qt.ItemDataRole.UserRole + 1
# How to create a device-flow OAuth app, per region (Coze's own guide; cozepy's device example links the same).
OAUTH_GUIDES = {
    "cn": "https://www.coze.cn/docs/developer_guides/oauth_device_code",
    "com": "https://www.coze.com/docs/developer_guides/oauth_device_code",
}


@dataclass
class _Draft:
    """A profile being edited, and what Apply still has to do with its token."""

    profile: Profile
    origin: str | None  # the name its token is stored under; None for a profile added in this dialog
    token: str = ""  # typed, not stored yet
    forget: bool = False  # "Remove token" was pressed


class SettingsDialog(QDialog):
    """Edits a copy of the settings; Apply/OK save them to the file and the token to the OS keyring.

    Show it with ``open()`` or ``show()``, never ``exec()``: the app runs on qasync, and the connection test
    and the bot look-ups are asyncio tasks that need the one event loop to keep running.

    Enter in a field never closes the dialog (nothing is dropped): in the bot ID field it adds the bot, in the
    workspace field it lists the bots, elsewhere it does nothing; OK, Apply and Cancel are clicked, not implied.
    Messages that appear under the pages (the test result, what Apply did) make the dialog taller instead of the
    pages shorter, so nothing above them (the Test connection button) moves. Every text is set again on a
    language change (``_retranslate``), so a language switched while the dialog is open applies at once.

    Signals:
        sig_settings_changed(Settings): Apply or OK saved the settings; carries a copy of them.
    """

    sig_settings_changed = Signal(object)

    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 plugins: Iterable[Plugin] | None = None, *, bot_id: str = "",
                 voices: Callable[[], Awaitable[list[Any]]] | None = None) -> None:
        """``plugins`` are the tools the "Local plugins" page describes: the app's registry (default: built-ins).
        ``bot_id`` is the connected bot, whose "Read answers aloud" the Chat page sets; ``voices`` lists the
        account's voices (the session's), offered for bots without a voice of their own."""
        super().__init__(parent)
        self._bot_id = bot_id
        self._voices = voices
        self._store = token_store()  # shared: a session-only token must reach the rest of the app
        self._settings = copy.deepcopy(settings)
        self._drafts = [_Draft(p, p.name) for p in self._settings.profiles]
        for draft in self._drafts:
            draft.profile.user_id = draft.profile.user_id or new_user_id()
        self._removed: list[str] = []  # names whose tokens Apply deletes
        self._tasks: set[asyncio.Task[None]] = set()
        self._keyring_reason: str | None = None  # why there is no keyring, once known
        active = self._settings.profile
        self._current: _Draft | None = next(d for d in self._drafts if d.profile is active)

        self.profile_label = QLabel()
        self.profile_combo = QComboBox()
        self.profile_combo.addItems([d.profile.name for d in self._drafts])
        self.profile_combo.setCurrentIndex(self._drafts.index(self._current))
        self.add_profile_button = QPushButton()
        self.remove_profile_button = QPushButton()
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_label)
        profile_row.addWidget(self.profile_combo, 1)
        profile_row.addWidget(self.add_profile_button)
        profile_row.addWidget(self.remove_profile_button)

        self.tabs = QTabWidget()
        self.account_page = self._build_account_page()
        self.tabs.addTab(self.account_page, "")
        self.bots_page = self._build_bots_page()
        self.tabs.addTab(self.bots_page, "")
        self.chat_page = self._build_chat_page()
        self.tabs.addTab(self.chat_page, "")
        self.plugins_page = PluginsPage(default_registry() if plugins is None else plugins, self._settings)
        self.tabs.addTab(self.plugins_page, "")

        self.test_button = QPushButton()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: we cannot know how long Coze takes to answer
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(self.test_button.sizeHint().height())  # never makes the row taller
        # Retain its room while hidden: showing it must not shift anything in the row.
        policy = self.busy.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.busy.setSizePolicy(policy)
        self.busy.hide()
        self.result_label = _message_label()
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.busy)
        test_row.addStretch(1)

        self.apply_label = _message_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
        )

        layout = QVBoxLayout(self)
        layout.addLayout(profile_row)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(test_row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.apply_label)
        layout.addWidget(self.buttons)
        for label in (self.result_label, self.apply_label):
            label.hide()  # no empty strips: shown with a message

        self._retranslate()
        self._load_form(self._current)
        self.profile_combo.currentIndexChanged.connect(self._on_profile_changed)
        self.add_profile_button.clicked.connect(self._add_profile)
        self.remove_profile_button.clicked.connect(self._remove_profile)
        self.test_button.clicked.connect(self._start_check)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).clicked.connect(self._ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.bot_id_edit.returnPressed.connect(self._add_bot)
        self.workspace_edit.returnPressed.connect(self._start_listing)
        for button in self.findChildren(QPushButton):
            # No default button: Enter in a field would otherwise click OK (or the first button) for the user.
            button.setAutoDefault(False)
            button.setDefault(False)
        if not self._store.available():
            self._show_keyring_problem(self._store.unavailable_reason())
        self.resize(self._fitting_size())

    def _fitting_size(self) -> QSize:
        """At least 640×560, more when the content asks for it, never more than the screen has room for."""
        hint = self.sizeHint().expandedTo(QSize(640, 560))
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry().size() * 0.9
            hint = hint.boundedTo(room.toSize() if hasattr(room, "toSize") else room)
        return hint

    # ------------------------------------------------------------------ pages

    def _build_account_page(self) -> QWidget:
        self.name_edit = QLineEdit()
        self.name_edit.textChanged.connect(
            lambda text: self.profile_combo.setItemText(self.profile_combo.currentIndex(), text))
        self.region_combo = QComboBox()
        for region in ("cn", "com", "custom"):
            self.region_combo.addItem("", region)
        self.region_combo.currentIndexChanged.connect(self._on_region_changed)
        self.base_url_edit = QLineEdit()

        self.token_edit = QLineEdit()
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_status = QLabel()
        self.token_status.setWordWrap(True)
        self.remove_token_button = QPushButton()
        self.remove_token_button.clicked.connect(self._forget_token)
        token_row = QHBoxLayout()
        token_row.addWidget(self.token_status, 1)
        token_row.addWidget(self.remove_token_button)
        self.keyring_label = _message_label()
        self.keyring_label.hide()
        oauth_row, self.sign_in_panel = self._build_sign_in()

        self.proxy_edit = QLineEdit()
        self.user_id_edit = QLineEdit()
        self.regenerate_button = QPushButton()
        self.regenerate_button.clicked.connect(lambda: self.user_id_edit.setText(new_user_id()))
        user_row = QHBoxLayout()
        user_row.addWidget(self.user_id_edit, 1)
        user_row.addWidget(self.regenerate_button)

        page = QWidget()
        form = QFormLayout(page)
        self._account_labels = [QLabel() for _ in range(6)]
        name_label, region_label, base_url_label, token_label, proxy_label, user_label = self._account_labels
        form.addRow(name_label, self.name_edit)
        form.addRow(region_label, self.region_combo)
        form.addRow(base_url_label, self.base_url_edit)
        form.addRow(token_label, self.token_edit)
        form.addRow("", token_row)
        self.client_id_label = QLabel()
        form.addRow(self.client_id_label, oauth_row)
        form.addRow(self.oauth_help)  # full width: a wrapped label in the field column gets too tall a row
        form.addRow(self.sign_in_panel)
        form.addRow(self.sign_in_status)
        form.addRow(self.keyring_label)  # full width: a long message wraps less
        form.addRow(proxy_label, self.proxy_edit)
        form.addRow(user_label, user_row)
        return page

    def _build_sign_in(self) -> tuple[QHBoxLayout, QWidget]:
        """"Sign in with Coze": the client ID, the buttons, and the panel showing the code while it is waited on."""
        self.client_id_edit = QLineEdit()
        self.sign_in_button = QPushButton()
        self.sign_in_button.clicked.connect(self._start_sign_in)
        self.sign_out_button = QPushButton()
        self.sign_out_button.clicked.connect(self._sign_out)
        row = QHBoxLayout()
        row.addWidget(self.client_id_edit, 1)
        row.addWidget(self.sign_in_button)
        row.addWidget(self.sign_out_button)
        self.oauth_help = QLabel()
        self.oauth_help.setWordWrap(True)
        self.oauth_help.setTextFormat(Qt.TextFormat.RichText)  # for the guide's link; the rest is escaped
        self.oauth_help.setOpenExternalLinks(True)

        self.user_code_label = QLabel()
        font = QFont(self.user_code_label.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 2)
        self.user_code_label.setFont(font)
        self.user_code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_code_button = QPushButton()
        self.copy_code_button.clicked.connect(self._copy_user_code)
        self.open_page_button = QPushButton()
        self.open_page_button.clicked.connect(self._open_sign_in_page)
        self.cancel_sign_in_button = QPushButton()
        self.cancel_sign_in_button.clicked.connect(self._cancel_sign_in)
        code_row = QHBoxLayout()
        code_row.addWidget(self.user_code_label, 1)
        code_row.addWidget(self.copy_code_button)
        code_row.addWidget(self.open_page_button)
        code_row.addWidget(self.cancel_sign_in_button)
        self.sign_in_link = QLabel()
        self.sign_in_link.setTextFormat(Qt.TextFormat.RichText)
        self.sign_in_link.setOpenExternalLinks(True)
        self.sign_in_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.sign_in_expiry = QProgressBar()
        self.sign_in_expiry.setTextVisible(False)
        self.sign_in_expiry.setMaximumHeight(6)
        self.sign_in_status = _message_label()
        self.sign_in_status.hide()  # no empty strip: shown with a message
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(code_row)
        layout.addWidget(self.sign_in_link)
        layout.addWidget(self.sign_in_expiry)
        panel.hide()
        self._sign_in_task: asyncio.Task[None] | None = None
        self._sign_in: Any = None  # auth.SignIn while one is waited on
        self._sign_in_timer = QTimer(self)
        self._sign_in_timer.setInterval(1000)
        self._sign_in_timer.timeout.connect(self._show_time_left)
        self._sign_in_message: Callable[[], str] | None = None  # what sign_in_status says, in any language
        return row, panel

    def _build_bots_page(self) -> QWidget:
        self.bot_list = QListWidget()
        self.bot_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.bot_id_edit = QLineEdit()
        self.add_bot_button = QPushButton()
        self.add_bot_button.clicked.connect(self._add_bot)
        self.remove_bots_button = QPushButton()
        self.remove_bots_button.clicked.connect(self._remove_bots)
        add_row = QHBoxLayout()
        add_row.addWidget(self.bot_id_edit, 1)
        add_row.addWidget(self.add_bot_button)
        add_row.addWidget(self.remove_bots_button)

        self.workspace_edit = QLineEdit()
        self.list_bots_button = QPushButton()
        self.list_bots_button.clicked.connect(self._start_listing)
        self.found_list = QListWidget()
        self.found_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.add_found_button = QPushButton()
        self.add_found_button.clicked.connect(self._add_found)
        self.found_list.itemDoubleClicked.connect(lambda _item: self._add_found())
        workspace_row = QHBoxLayout()
        workspace_row.addWidget(self.workspace_edit, 1)
        workspace_row.addWidget(self.list_bots_button)
        self.picker = QGroupBox()
        picker_layout = QVBoxLayout(self.picker)
        picker_layout.addLayout(workspace_row)
        picker_layout.addWidget(self.found_list)
        picker_layout.addWidget(self.add_found_button, 0, Qt.AlignmentFlag.AlignRight)

        self.bots_status = _message_label()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.bot_list, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.bots_status)
        layout.addWidget(self.picker, 1)
        return page

    def _build_chat_page(self) -> QWidget:
        self.stream_check = QCheckBox()
        self.music_edit = QLineEdit()
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._browse_music)
        music_row = QHBoxLayout()
        music_row.addWidget(self.music_edit, 1)
        music_row.addWidget(self.browse_button)
        self.tray_check = QCheckBox()
        self.tray_check.setChecked(self._settings.keep_playing_in_tray)
        self.tray_check.setEnabled(QSystemTrayIcon.isSystemTrayAvailable())
        self.language_combo = QComboBox()
        self.language_combo.addItem("", "")
        # Each language in its own words, so it can be found whatever language the window is in.
        self.language_combo.addItem("中文（简体）", "zh_CN")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self._settings.language)))
        self.theme_combo = QComboBox()
        for value in ("", "light", "dark"):
            self.theme_combo.addItem("", value)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(self._settings.theme)))

        self.idle_timeout_spin = QSpinBox()
        self.idle_timeout_spin.setRange(5, 3600)
        self.idle_timeout_spin.setValue(round(self._settings.idle_timeout))
        self.poll_deadline_spin = QSpinBox()
        self.poll_deadline_spin.setRange(10, 3600)
        self.poll_deadline_spin.setValue(round(self._settings.poll_deadline))

        self.voice_send_check = QCheckBox()
        self.voice_send_check.setChecked(self._settings.send_voice_at_once)
        self.read_aloud_check = QCheckBox()
        self.read_aloud_check.setChecked(self._settings.reads_aloud(self._bot_id))
        self.read_aloud_check.setEnabled(bool(self._bot_id))
        self.voice_combo = QComboBox()
        self.voice_combo.addItem("", "")
        if self._settings.voice_id:  # shown by its ID until the list arrives
            self.voice_combo.addItem(self._settings.voice_id, self._settings.voice_id)
            self.voice_combo.setCurrentIndex(1)
        self.voice_status = QLabel()
        self.voice_status.setWordWrap(True)
        self.voice_status.setTextFormat(Qt.TextFormat.PlainText)
        self.voice_status.hide()
        if self._voices is not None:
            self._spawn(self._list_voices())

        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long label goes above its field
        self._chat_labels = [QLabel() for _ in range(6)]
        idle_label, poll_label, music_label, language_label, theme_label, voice_label = self._chat_labels
        for label in self._chat_labels:
            label.setWordWrap(True)
        form.addRow("", self.stream_check)
        form.addRow(idle_label, self.idle_timeout_spin)
        form.addRow(poll_label, self.poll_deadline_spin)
        form.addRow(music_label, music_row)
        form.addRow("", self.tray_check)
        form.addRow(language_label, self.language_combo)
        form.addRow(theme_label, self.theme_combo)
        form.addRow("", self.voice_send_check)
        form.addRow("", self.read_aloud_check)
        form.addRow(voice_label, self.voice_combo)
        form.addRow("", self.voice_status)
        return page

    async def _list_voices(self) -> None:
        """Fill the voice picker from the account's voices (cloned ones first, as listed)."""
        assert self._voices is not None
        try:
            voices = await self._voices()
        except CozeError as exc:
            self.voice_status.setText(self.tr("The voices could not be listed: %1").replace("%1", str(exc)))
            self.voice_status.show()
            return
        chosen = self.voice_combo.currentData()
        while self.voice_combo.count() > 1:
            self.voice_combo.removeItem(1)
        for voice in voices:
            kind = self.tr("system") if voice.is_system_voice else self.tr("cloned")
            language = f" · {voice.language_name}" if voice.language_name else ""
            self.voice_combo.addItem(f"{voice.name} ({kind}{language})", voice.voice_id)
        if chosen and self.voice_combo.findData(chosen) < 0:
            self.voice_combo.addItem(chosen, chosen)  # a voice no longer listed stays chosen until changed
        self.voice_combo.setCurrentIndex(max(0, self.voice_combo.findData(chosen)))

    # ------------------------------------------------------------------ language

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def _retranslate(self) -> None:
        """Every text of the dialog in the current language: at start, and again on a live language change."""
        self.setWindowTitle(self.tr("Settings"))
        self.profile_label.setText(self.tr("Profile:"))
        self.add_profile_button.setText(self.tr("Add"))
        self.remove_profile_button.setText(self.tr("Remove"))
        for page, title in ((self.account_page, self.tr("Account")), (self.bots_page, self.tr("Bots")),
                            (self.chat_page, self.tr("Chat")), (self.plugins_page, self.tr("Local plugins"))):
            self.tabs.setTabText(self.tabs.indexOf(page), title)
        self.test_button.setText(self.tr("Test connection"))
        self.test_button.setToolTip(self.tr("Look up the selected bot with this profile's token and address"))
        self.busy.setAccessibleName(self.tr("Testing…"))

        # Account
        for label, text in zip(self._account_labels, (
                self.tr("Profile name:"), self.tr("Region:"), self.tr("Base URL:"), self.tr("Token:"),
                self.tr("Proxy:"), self.tr("User ID:")), strict=True):
            label.setText(text)
        for index, text in enumerate((self.tr("coze.cn (扣子)"), self.tr("coze.com"), self.tr("Custom base URL"))):
            self.region_combo.setItemText(index, text)
        self.base_url_edit.setPlaceholderText(self.tr("e.g. http://localhost:8888 for a self-hosted Coze Studio"))
        self.remove_token_button.setText(self.tr("Remove token"))
        self.client_id_label.setText(self.tr("OAuth client ID:"))
        self.client_id_edit.setPlaceholderText(self.tr("Your OAuth app's client ID (not a secret)"))
        self.client_id_edit.setToolTip(self.tr(
            "The client ID names your OAuth app; it is not a secret and is kept in the settings file. The tokens "
            "that signing in gives go to the system keyring."))
        self.sign_in_button.setText(self.tr("Sign in with Coze"))
        self.sign_out_button.setText(self.tr("Sign out"))
        self.copy_code_button.setText(self.tr("Copy code"))
        self.open_page_button.setText(self.tr("Open sign-in page"))
        self.cancel_sign_in_button.setText(self.tr("Cancel"))
        self.sign_in_expiry.setAccessibleName(self.tr("Time left to approve"))
        self._show_oauth_help()
        if self._sign_in_message is not None:
            self.sign_in_status.setText(self._sign_in_message())
        self.proxy_edit.setPlaceholderText(self.tr("http://127.0.0.1:7890 — empty: the system's proxy settings"))
        self.regenerate_button.setText(self.tr("Regenerate"))
        if self._keyring_reason is not None:
            self._show_keyring_problem(self._keyring_reason)

        # Bots
        self.bot_id_edit.setPlaceholderText(self.tr("Bot ID: the number in the bot's address in Coze"))
        self.add_bot_button.setText(self.tr("Add"))
        self.add_bot_button.setToolTip(self.tr("Add the bot (Enter in the field does the same)"))
        self.remove_bots_button.setText(self.tr("Remove"))
        self.workspace_edit.setPlaceholderText(self.tr("Workspace (space) ID: the number after /space/ in Coze"))
        self.list_bots_button.setText(self.tr("List bots"))
        self.add_found_button.setText(self.tr("Add selected"))
        self.picker.setTitle(self.tr("Bots published as API in a workspace"))

        # Chat
        self.stream_check.setText(self.tr("Show answers as they are written (streaming)"))
        self.browse_button.setText(self.tr("Browse…"))
        self.music_edit.setPlaceholderText(self.tr("Not chosen: your Music folder, else the demo songs"))
        self.tray_check.setText(self.tr("Keep playing music in the tray when the window is closed"))
        self.tray_check.setToolTip("" if self.tray_check.isEnabled() else
                                   self.tr("This desktop has no system tray: closing the window quits."))
        self.language_combo.setItemText(0, self.tr("Follow the system"))
        for index, text in enumerate((self.tr("Follow the system"), self.tr("Light"), self.tr("Dark"))):
            self.theme_combo.setItemText(index, text)
        for spin in (self.idle_timeout_spin, self.poll_deadline_spin):
            spin.setSuffix(self.tr(" s"))
        self.idle_timeout_spin.setToolTip(self.tr(
            "How long an answer may stay silent before Coze Desktop gives up on it and says so (keeping what "
            "arrived)."))
        self.poll_deadline_spin.setToolTip(self.tr(
            "Without streaming, how long Coze Desktop keeps asking Coze whether the answer is ready before it "
            "gives up and says so."))
        for label, text in zip(self._chat_labels, (
                self.tr("Answer timeout:"), self.tr("Answer deadline without streaming:"), self.tr("Music folder:"),
                self.tr("Language:"), self.tr("Theme:"), self.tr("Reading voice:")), strict=True):
            label.setText(text)
        self.voice_send_check.setText(self.tr("Send voice messages at once"))
        self.voice_send_check.setToolTip(self.tr("Otherwise what you said goes into the message box, to check "
                                                 "before sending."))
        self.read_aloud_check.setText(self.tr("Read this bot's answers aloud"))
        self.read_aloud_check.setToolTip("" if self.read_aloud_check.isEnabled() else
                                         self.tr("Connect to a bot first."))
        self.voice_combo.setItemText(0, self.tr("Default (a system voice)"))
        self.voice_combo.setToolTip(self.tr("For bots without a voice of their own (set in Coze)."))
        if self._current is not None:
            self._refresh_token_status()

    # ------------------------------------------------------------------ keys and messages

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # QDialogButtonBox makes OK the default button when it is shown; Enter in a field would then press OK.
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setDefault(False)
                button.setAutoDefault(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter never closes the dialog: a focused button is clicked, anything else keeps what was typed."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton) and focused.isEnabled():
                focused.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def _set_message(self, label: QLabel, text: str) -> None:
        """Show ``text`` under the pages (hide the label when empty), growing or shrinking the dialog by what the
        message takes, so the pages keep their height and nothing above the message moves."""
        layout = self.layout()
        layout.activate()
        pages = self.tabs.height()
        label.setText(text)
        label.setVisible(bool(text))
        layout.invalidate()
        layout.activate()
        change = pages - self.tabs.height()
        if change and self.isVisible():
            screen = self.screen() or QGuiApplication.primaryScreen()
            tallest = screen.availableGeometry().height() if screen is not None else self.height() + change
            self.resize(self.width(), max(self.minimumSizeHint().height(), min(self.height() + change, tallest)))
            layout.activate()

    # ------------------------------------------------------ form ⇄ profile

    def _load_form(self, draft: _Draft) -> None:
        p = draft.profile
        self.name_edit.setText(p.name)
        self.region_combo.setCurrentIndex(max(0, self.region_combo.findData(p.region)))
        self.base_url_edit.setText(p.base_url)
        self._on_region_changed()
        self.token_edit.setText(draft.token)
        self.client_id_edit.setText(p.oauth_client_id)
        self.proxy_edit.setText(p.proxy)
        self.user_id_edit.setText(p.user_id)
        self.workspace_edit.setText(p.workspace_id)
        self.found_list.clear()
        self.stream_check.setChecked(p.stream)
        self.music_edit.setText(p.music_folder)
        self.remove_profile_button.setEnabled(len(self._drafts) > 1)
        self._refresh_bots()
        self._refresh_token_status()

    def _save_form(self, draft: _Draft) -> None:
        p = draft.profile
        p.name = self.name_edit.text().strip()
        p.region = self.region_combo.currentData()
        p.base_url = self.base_url_edit.text().strip()
        draft.token = self.token_edit.text().strip()
        p.oauth_client_id = self.client_id_edit.text().strip()
        p.proxy = self.proxy_edit.text().strip()
        p.user_id = self.user_id_edit.text().strip()
        p.workspace_id = self.workspace_edit.text().strip()
        p.stream = self.stream_check.isChecked()
        p.music_folder = self.music_edit.text().strip()

    def _on_profile_changed(self, index: int) -> None:
        self._cancel_sign_in()  # its tokens belong to the profile it was started for
        if self._current is not None:
            self._save_form(self._current)
        self._current = self._drafts[index]
        self._load_form(self._current)

    def _on_region_changed(self) -> None:
        self.base_url_edit.setEnabled(self.region_combo.currentData() == "custom")
        self._show_oauth_help()

    def _add_profile(self) -> None:
        names = {d.profile.name for d in self._drafts} | set(self._removed)
        name = next(f"profile-{n}" for n in range(2, len(names) + 3) if f"profile-{n}" not in names)
        self._drafts.append(_Draft(Profile(name=name, user_id=new_user_id()), None))
        self.profile_combo.addItem(name)
        self.profile_combo.setCurrentIndex(len(self._drafts) - 1)
        self.tabs.setCurrentWidget(self.account_page)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def _remove_profile(self) -> None:
        if len(self._drafts) < 2:
            return
        index = self.profile_combo.currentIndex()
        draft = self._drafts.pop(index)
        if draft.origin is not None:
            self._removed.append(draft.origin)
        self._current = None  # the form belongs to the removed profile: nothing to save from it
        self.profile_combo.removeItem(index)

    # ----------------------------------------------------------------- token

    def _refresh_token_status(self) -> None:
        draft = self._current
        assert draft is not None
        source = self._store.source(draft.origin) if draft.origin is not None else None
        oauth = self._store.oauth_source(draft.origin) if draft.origin is not None else None
        if draft.forget:
            text = self.tr("The stored token will be removed when you apply.")
        elif oauth is TokenSource.KEYRING:
            text = self.tr("Signed in with Coze (tokens in the system keyring).")
        elif oauth is TokenSource.SESSION:
            text = self.tr("Signed in with Coze until you quit (no keyring).")
        elif source is TokenSource.KEYRING:
            text = self.tr("A token is stored in the system keyring.")
        elif source is TokenSource.SESSION:
            text = self.tr("Session only (no keyring): the token is kept until you quit.")
        else:
            text = self.tr("No token stored.")
        if os.environ.get(TOKEN_ENV):
            text += " " + self.tr("{name} is set and is used instead.").format(name=TOKEN_ENV)
        self.token_status.setText(text)
        self.remove_token_button.setEnabled(source is not None and not draft.forget)
        self.sign_out_button.setEnabled(oauth is not None and not draft.forget)
        self.sign_in_button.setEnabled(self._sign_in_task is None)
        if oauth is not None and not draft.forget:
            self.token_edit.setPlaceholderText(self.tr("A personal access token typed here replaces the sign-in"))
        else:
            self.token_edit.setPlaceholderText(
                self.tr("Stored — type a new token to replace it") if source is not None and not draft.forget
                else self.tr("Paste a personal access token (pat_…)"))

    def _forget_token(self) -> None:
        assert self._current is not None
        self._current.forget = True
        self.token_edit.clear()
        self._refresh_token_status()

    def _show_keyring_problem(self, reason: str = "") -> None:
        text = self.tr(
            "No system keyring is available (Secret Service / KWallet / macOS Keychain / Windows Credential "
            "Manager). A token you enter is used until you quit, and you will need to enter it again next time.")
        self._keyring_reason = reason
        # The keyring library's own reason is English and technical: for the curious, not in the sentence.
        self.keyring_label.setText(text)
        self.keyring_label.setToolTip(reason)
        self.keyring_label.show()

    def _token_for(self, draft: _Draft) -> Credentials | None:
        """What a request made now would use: the typed token, else the environment's or the stored one."""
        if draft.token:
            return draft.token
        if os.environ.get(TOKEN_ENV):
            return os.environ[TOKEN_ENV]
        if draft.origin is None or draft.forget:
            return None
        if self._store.get_oauth(draft.origin) is not None:
            from ..auth import TokenManager, oauth_client

            profile = copy.deepcopy(draft.profile)
            return TokenManager(draft.origin, lambda client_id: oauth_client(profile, client_id), store=self._store)
        return self._store.get(draft.origin)

    # ----------------------------------------------------------------- sign in with Coze

    def _show_oauth_help(self) -> None:
        guide = OAUTH_GUIDES.get(self.region_combo.currentData() or "", OAUTH_GUIDES["cn"])
        self.oauth_help.setText(self.tr(
            "Or sign in instead of pasting a token: create an OAuth app of the type for TVs, devices and "
            "command-line programs in Coze, then enter its client ID. {link}").format(
                link=f'<a href="{guide}">{self.tr("How?")}</a>'))

    def _set_sign_in_message(self, message: Callable[[], str] | None) -> None:
        self._sign_in_message = message
        self._set_message(self.sign_in_status, message() if message is not None else "")

    def _start_sign_in(self) -> None:
        draft = self._current
        assert draft is not None
        self._save_form(draft)
        if not draft.profile.oauth_client_id:
            self._set_sign_in_message(lambda: self.tr(
                "Enter your OAuth app's client ID first (Coze shows it on the app's page)."))
            self.client_id_edit.setFocus()
            return
        if looks_like_token(draft.profile.oauth_client_id):
            # A token pasted into the wrong field: never sent to Coze as a client ID, nor saved in the file.
            draft.profile.oauth_client_id = ""
            self.client_id_edit.clear()
            self._set_sign_in_message(lambda: self.tr(
                "That is a token, not a client ID: paste it into the Token field, or enter your OAuth app's client "
                "ID here."))
            return
        if self._sign_in_task is not None:
            return
        profile = copy.deepcopy(draft.profile)
        name = draft.origin if draft.origin is not None else profile.name
        task = asyncio.get_running_loop().create_task(self._sign_in_flow(draft, profile, name))
        self._sign_in_task = task
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        self.sign_in_button.setEnabled(False)
        self._set_sign_in_message(lambda: self.tr("Asking Coze for a sign-in code…"))

    async def _sign_in_flow(self, draft: _Draft, profile: Profile, name: str) -> None:
        from ..auth import finish_sign_in, oauth_client, start_sign_in

        try:
            async with oauth_client(profile, profile.oauth_client_id) as oauth:
                sign_in = await start_sign_in(oauth)
                self._show_code(sign_in)
                in_keyring = await finish_sign_in(oauth, sign_in, name, self._store)
        except CozeError as exc:
            error = exc  # the name `exc` ends with the except block; the message is built again on a language change
            self._set_sign_in_message(lambda: self._describe_sign_in_error(error))
        else:
            if draft.origin is None:
                draft.origin = name  # the sign-in is stored under this name: Apply renames it with the profile
            draft.token, draft.forget = "", False
            self.token_edit.clear()
            self._set_sign_in_message(
                (lambda: self.tr("Signed in with Coze. Press OK or Apply to use it.")) if in_keyring else
                (lambda: self.tr("Signed in with Coze for this session only: no system keyring is available.")))
        finally:
            self._end_sign_in()

    def _show_code(self, sign_in: Any) -> None:
        self._sign_in = sign_in
        self.user_code_label.setText(sign_in.user_code)
        url = sign_in.url
        self.sign_in_link.setText(f'<a href="{html_escape(url)}">{html_escape(url)}</a>')
        self.sign_in_expiry.setRange(0, max(sign_in.code.expires_in, 1))
        self.sign_in_panel.show()
        self._sign_in_timer.start()
        self._show_time_left()

    def _show_time_left(self) -> None:
        sign_in = self._sign_in
        if sign_in is None:
            return
        left = max(0, round(sign_in.code.expires_in - (time.monotonic() - sign_in.started)))
        self.sign_in_expiry.setValue(left)
        self._set_sign_in_message(lambda: self.tr(
            "Open the page, check that it shows this code and approve. Waiting for Coze… ({minutes}:{seconds:02} "
            "left)").format(minutes=left // 60, seconds=left % 60))

    def _describe_sign_in_error(self, error: CozeError) -> str:
        from ..api.oauth import CozeSignInError

        if isinstance(error, CozeSignInError) and error.reason == "access_denied":
            return self.tr("The sign-in was declined in the browser. Click “Sign in with Coze” to try again.")
        if isinstance(error, CozeSignInError) and error.reason == "expired_token":
            return self.tr("The code expired before it was approved. Click “Sign in with Coze” for a new one.")
        if isinstance(error, CozeNetworkError):
            return self.tr("Coze could not be reached: {error}").format(error=error.describe())
        return self.tr("The sign-in did not work: {error}").format(error=error.describe())

    def _copy_user_code(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None and self.user_code_label.text():
            clipboard.setText(self.user_code_label.text())

    def _open_sign_in_page(self) -> None:
        if self._sign_in is not None:
            QDesktopServices.openUrl(QUrl(self._sign_in.url))

    def _cancel_sign_in(self) -> None:
        task = self._sign_in_task
        if task is None:
            return
        task.cancel()
        self._end_sign_in()
        self._set_sign_in_message(lambda: self.tr("Sign-in cancelled."))

    def _end_sign_in(self) -> None:
        self._sign_in_task = None
        self._sign_in = None
        self._sign_in_timer.stop()
        self.sign_in_panel.hide()
        self.user_code_label.clear()
        if self._current is not None:
            self._refresh_token_status()

    def _sign_out(self) -> None:
        draft = self._current
        assert draft is not None and draft.origin is not None
        try:
            self._store.delete_oauth(draft.origin)
        except KeyringUnavailable as exc:
            self._show_keyring_problem(exc.reason)
            return
        self._set_sign_in_message(lambda: self.tr("Signed out. Press OK or Apply to stop using the sign-in."))
        self._refresh_token_status()

    # ------------------------------------------------------------------- bots

    def _refresh_bots(self) -> None:
        assert self._current is not None
        self.bot_list.clear()
        for bot in self._current.profile.bots:
            item = QListWidgetItem(f"{bot.name}  ({bot.id})" if bot.name else bot.id)
            item.setData(BOT_ID_ROLE, bot.id)
            self.bot_list.addItem(item)

    def _add_bot(self) -> None:
        draft = self._current
        assert draft is not None
        bot_id = self.bot_id_edit.text().strip()
        if not bot_id.isdigit():
            self.bots_status.setText(self.tr("A bot ID is the number at the end of the bot's address in Coze."))
            return
        if bot_id in draft.profile.bot_ids:
            self.bots_status.setText(self.tr("This bot is already in the list."))
            return
        bot = BotRef(bot_id)
        draft.profile.bots.append(bot)
        self.bot_id_edit.clear()
        self._refresh_bots()
        self._save_form(draft)
        token = self._token_for(draft)
        if token is None:
            self.bots_status.setText(self.tr("Added. Enter a token to look up the bot's name."))
            return
        self.bots_status.setText(self.tr("Looking up bot {id}…").format(id=bot_id))
        self._spawn(self._look_up_bot(draft, bot, copy.deepcopy(draft.profile), token))

    async def _look_up_bot(self, draft: _Draft, bot: BotRef, profile: Profile, token: str) -> None:
        try:
            info = await fetch_bot(profile, token, bot.id)
        except CozeError as exc:
            self.bots_status.setText(
                self.tr("Added bot {id}, but could not look up its name:").format(id=bot.id) + "\n" + exc.describe())
            return
        bot.name = info.name
        if draft is self._current:
            self._refresh_bots()
        self.bots_status.setText(self.tr("Added: {name}").format(name=info.name or bot.id))

    def _remove_bots(self) -> None:
        assert self._current is not None
        chosen = {item.data(BOT_ID_ROLE) for item in self.bot_list.selectedItems()}
        self._current.profile.bots = [b for b in self._current.profile.bots if b.id not in chosen]
        self._refresh_bots()

    def _start_listing(self) -> None:
        draft = self._current
        assert draft is not None
        self._save_form(draft)
        if not draft.profile.workspace_id:
            self.bots_status.setText(self.tr("Enter a workspace ID first."))
            return
        token = self._token_for(draft)
        if token is None:
            self.bots_status.setText(self.tr("Enter a token on the Account page first."))
            return
        self.list_bots_button.setEnabled(False)
        self.found_list.clear()
        self.bots_status.setText(self.tr("Listing the workspace's bots…"))
        self._spawn(self._list_bots(copy.deepcopy(draft.profile), token))

    async def _list_bots(self, profile: Profile, token: str) -> None:
        try:
            bots = await list_bots(profile, token, profile.workspace_id)
        except CozeError as exc:
            self.bots_status.setText(exc.describe())
            return
        finally:
            self.list_bots_button.setEnabled(True)
        for bot in bots:
            item = QListWidgetItem(f"{bot.name}  ({bot.id})")
            item.setData(BOT_ID_ROLE, bot.id)
            item.setData(BOT_NAME_ROLE, bot.name)
            self.found_list.addItem(item)
        self.bots_status.setText(
            self.tr("{count} bot(s) found.").format(count=len(bots)) if bots
            else self.tr("No bots are published as API in this workspace."))

    def _add_found(self) -> None:
        assert self._current is not None
        bots = self._current.profile.bots
        for item in self.found_list.selectedItems():
            if item.data(BOT_ID_ROLE) not in {b.id for b in bots}:
                bots.append(BotRef(item.data(BOT_ID_ROLE), item.data(BOT_NAME_ROLE)))
        self._refresh_bots()

    # ------------------------------------------------------------ chat page

    def _browse_music(self) -> None:
        picker = QFileDialog(self, self.tr("Choose the music folder"), self.music_edit.text())
        picker.setFileMode(QFileDialog.FileMode.Directory)
        picker.setOption(QFileDialog.Option.ShowDirsOnly)
        picker.fileSelected.connect(self.music_edit.setText)
        picker.finished.connect(picker.deleteLater)
        picker.open()  # not exec(): a nested event loop would stall every asyncio task

    # ------------------------------------------------------- connection test

    def _start_check(self) -> None:
        draft = self._current
        assert draft is not None
        self._save_form(draft)
        selected = self.bot_list.selectedItems()
        bot_id = selected[0].data(BOT_ID_ROLE) if selected else next(iter(draft.profile.bot_ids), "")
        token = self._token_for(draft)
        if not bot_id:
            self._set_message(self.result_label, self.tr("Add a bot on the Bots page first: the test looks it up."))
            return
        if token is None:
            self._set_message(self.result_label, self.tr("Enter a token first."))
            return
        self.test_button.setEnabled(False)
        self.busy.show()
        self._set_message(self.result_label, self.tr("Testing…"))
        self._spawn(self._check(copy.deepcopy(draft.profile), token, bot_id))

    async def _check(self, profile: Profile, token: str, bot_id: str) -> None:
        try:
            result = await check_connection(profile, token, bot_id)
        finally:
            self.test_button.setEnabled(True)
            self.busy.hide()
        self._set_message(self.result_label, self._describe(result, profile))

    def _describe(self, check: ConnectionCheck, profile: Profile | None = None) -> str:
        """The test's result in a few lines; ``profile`` is what was tested (its region picks the token hint)."""
        if check.error is None:
            assert check.bot is not None
            return "✓ " + self.tr("Connected: {name}").format(name=check.bot.name or check.bot.id)
        error = check.error
        if isinstance(error, CozeAuthError):
            headline = self.tr("The token was rejected.")
        elif isinstance(error, CozeBotError):
            headline = self.tr("The bot was not found or is not published as an API.")
        elif isinstance(error, CozeNetworkError):
            headline = self.tr("Coze could not be reached: a network or proxy problem.")
        else:
            headline = self.tr("Coze reported an error.")
        lines = ["✗ " + headline, str(error)]
        hint = self._token_hint(profile) if isinstance(error, CozeAuthError) else error.hint
        if hint:
            lines.append(hint)
        if check.other_region == "cn":
            lines.append(self.tr("This token may belong to coze.cn (扣子): try the coze.cn region."))
        elif check.other_region == "com":
            lines.append(self.tr("This token may belong to coze.com: try the coze.com region."))
        return "\n".join(lines)

    def _token_hint(self, profile: Profile | None) -> str:
        """What to check about a rejected token, for the region or server the test went to: a coze.cn token
        comes from coze.cn's token page, a coze.com one from coze.com's, a self-hosted one from that server."""
        region = profile.region if profile is not None else ""
        if region == "cn":
            return self.tr("Check that the token is a valid, unexpired personal access token of coze.cn (扣子); "
                           "create one at https://www.coze.cn/open/oauth/pats")
        if region == "com":
            return self.tr("Check that the token is a valid, unexpired personal access token of coze.com; "
                           "create one at https://www.coze.com/open/oauth/pats")
        host = urlsplit(profile.base_url).netloc if profile is not None else ""
        return self.tr("Check that the token is valid for the Coze server at {host} and not expired; create it "
                       "on that server (coze.cn and coze.com tokens do not work there).").format(
                           host=host or self.tr("the custom base URL"))

    # ---------------------------------------------------------------- apply

    def apply(self) -> bool:
        """Save the settings file and the tokens. False when something was not saved (the dialog says what)."""
        assert self._current is not None
        self._save_form(self._current)
        problem = self._problem()
        if problem:
            self._set_message(self.apply_label, problem)
            return False
        settings = Settings(
            profiles=[copy.deepcopy(d.profile) for d in self._drafts],
            active_profile=self._current.profile.name,
            language=self.language_combo.currentData(),
            theme=self.theme_combo.currentData(),
            keep_playing_in_tray=self.tray_check.isChecked(),
            connect_timeout=self._settings.connect_timeout,
            idle_timeout=float(self.idle_timeout_spin.value()),
            poll_deadline=float(self.poll_deadline_spin.value()),
            send_voice_at_once=self.voice_send_check.isChecked(),
            read_aloud_bots=list(self._settings.read_aloud_bots),
            voice_id=self.voice_combo.currentData() or "",
        )
        settings.set_reads_aloud(self._bot_id, self.read_aloud_check.isChecked())
        self.plugins_page.save_into(settings)
        try:
            save_settings(settings)
        except OSError as exc:
            self._set_message(self.apply_label, self.tr("The settings could not be saved: {error}").format(error=exc))
            return False
        tokens_saved, session_only = self._apply_tokens()
        if not tokens_saved:
            self._set_message(self.apply_label, self.tr("Settings saved, but the token was not."))
        elif session_only:
            self._set_message(self.apply_label, self.tr(
                "Settings saved. Without a system keyring the token is used until you quit; enter it again after "
                "the next start."))
        else:
            self._set_message(self.apply_label, "")
        self.token_edit.setText(self._current.token)
        self._refresh_token_status()
        self.sig_settings_changed.emit(copy.deepcopy(settings))
        return tokens_saved

    def _problem(self) -> str:
        if problem := self.plugins_page.problem():
            self.tabs.setCurrentWidget(self.plugins_page)
            return problem
        names = [d.profile.name for d in self._drafts]
        for draft in self._drafts:
            p = draft.profile
            if not p.name:
                return self.tr("Every profile needs a name.")
            if names.count(p.name) > 1:
                return self.tr("Two profiles are called “{name}”.").format(name=p.name)
            if p.region == "custom" and not p.base_url.startswith(("http://", "https://")):
                return self.tr("Profile “{name}”: a custom base URL starts with http:// or https://.").format(
                    name=p.name)
            if not p.user_id:
                return self.tr("Profile “{name}” needs a user ID: press Regenerate.").format(name=p.name)
        return ""

    def _apply_tokens(self) -> tuple[bool, bool]:
        """(every change was applied, some token is kept for this session only because there is no keyring)."""
        try:
            for name in self._removed:
                self._store.delete(name)
            self._removed.clear()
            for draft in self._drafts:
                if draft.origin is not None:
                    self._store.rename(draft.origin, draft.profile.name)
                draft.origin = draft.profile.name
                if draft.forget:
                    self._store.delete(draft.profile.name)
                    draft.forget = False
        except KeyringUnavailable as exc:
            self._show_keyring_problem(exc.reason)
            return False, False
        session_only = False
        for draft in (d for d in self._drafts if d.token):
            try:
                self._store.set(draft.profile.name, draft.token)
            except KeyringUnavailable as exc:
                # A token that works must work now: keep it in memory, and say plainly that it ends at quit.
                self._show_keyring_problem(exc.reason)
                self._store.set_session(draft.profile.name, draft.token)
                session_only = True
            draft.token = ""
        return True, session_only

    def _ok(self) -> None:
        if self.apply():
            self.accept()

    # ---------------------------------------------------------------- tasks

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)  # a task nobody references can be garbage-collected mid-flight
        task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("settings dialog task failed", exc_info=task.exception())

    def done(self, result: int) -> None:
        """Closing stops running look-ups: their results would land in a dialog nobody sees."""
        for task in self._tasks:
            task.cancel()
        super().done(result)


def html_escape(text: str) -> str:
    import html

    return html.escape(text, quote=True)


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # logids get copied to support
    label.setTextFormat(Qt.TextFormat.PlainText)  # server messages are text, never markup
    return label
