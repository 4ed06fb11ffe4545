"""The main window: conversations on the left, the chat in the middle, knowledge sources on the right."""

from __future__ import annotations

import contextlib
import itertools
import logging
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, QSettings
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import api, chat
from ..settings import Settings, config_dir, save_settings
from .theme import apply_theme, stylesheet

if TYPE_CHECKING:
    import asyncio

    from ..api import ShortcutRequest
    from ..chat import HistoryStore, TurnEvent, TurnOutcome
    from ..chat.attachments import Attachment
    from ..plugins import MusicLibrary
    from ..plugins.mcp_bridge import McpBridge
    from ..voice.read_aloud import ReadAloud
    from ..voice.speaker import Speaker
    from .messages import BotMessage
    from .player_bar import PlayerBar
    from .session import ChatSession, Connection

log = logging.getLogger(__name__)

NEW_DRAFT_KEY = "draft/new"
DRAFT_FILES_KEY = "draft/attachments"  # the attachments of unsent drafts, every conversation's (JSON)
DEMO_BANNER_DISMISSED_KEY = "firstrun/demo_banner_dismissed"
MUSIC_PROMPT_DISMISSED_KEY = "firstrun/music_prompt_dismissed"
DEFAULT_SIZE = (1260, 800)
MINIMUM_SIZE = (640, 480)
MCP_STOP_TIMEOUT = 10.0  # the bridge bounds each server (in parallel); this bounds them all
# Window widths below which a side pane folds away by itself (the user can still show it with its toggle).
SOURCES_MIN_WINDOW_WIDTH = 1100
LIST_MIN_WINDOW_WIDTH = 800


async def stop_mcp(bridge: McpBridge) -> None:
    """Stop the MCP servers at quit, waiting at most MCP_STOP_TIMEOUT: quitting never hangs on a server."""
    import asyncio  # not at the top: the frame is painted before the event loop (and asyncio) exists

    try:
        await asyncio.wait_for(bridge.aclose(), MCP_STOP_TIMEOUT)
    except TimeoutError:
        log.warning("the MCP servers did not stop within %g s", MCP_STOP_TIMEOUT)
    except Exception:  # quitting goes on: the history and the audio device are still to be closed
        log.exception("stopping the MCP servers failed")


def fits_a_screen(saved: object) -> bool:
    """Whether a ``saveGeometry()`` blob's window lies whole on one of the screens as they are now.

    Read from the blob, not from the window after ``restoreGeometry``: that already pulls a window onto a screen,
    at a size of its own choosing (a 900x700 window became 798x774 on an 800x800 screen)."""
    from PySide6.QtCore import QByteArray, QDataStream, QIODevice

    data = QByteArray(saved) if isinstance(saved, bytes | bytearray | QByteArray) else None
    if data is None or data.size() < 4 + 2 + 2 + 16:
        return False
    stream = QDataStream(data, QIODevice.OpenModeFlag.ReadOnly)
    magic, major = stream.readUInt32(), stream.readUInt16()
    stream.readUInt16()
    if magic != 0x1D9D0CB or major < 1:
        return False
    left, top, right, bottom = (stream.readInt32() for _ in range(4))  # the frame geometry: corners, inclusive
    frame = QRect(left, top, right - left + 1, bottom - top + 1)
    if stream.status() != QDataStream.Status.Ok or frame.isEmpty():
        return False
    return any(screen.availableGeometry().contains(frame) for screen in QGuiApplication.screens())


class MainWindow(QMainWindow):
    """Owns the widgets and routes between them, the chat session and the history store.

    ``current`` is the local id of the conversation on screen, or None for a new one not yet stored
    (a conversation is written to history when its first message is sent).
    """

    def __init__(self, settings: Settings) -> None:
        """The frame: title, toolbar, menus, status line and geometry. It is all of the window a start-up
        paints first, so it imports and builds nothing more; ``attach`` adds the content and the services."""
        super().__init__()
        self.settings = settings
        self.store: HistoryStore | None = None
        self.current: int | None = None
        self._connecting = True  # until the first connect ends: a message sent meanwhile waits for it
        self._queued: str | None = None  # that message
        self._tasks: set[asyncio.Task] = set()
        self._settings_dialog = None
        self.mcp_bridge: McpBridge | None = None  # the MCP servers, once attach_mcp gave them
        # pane ("list", "sources") → (whether it shows by itself at the last update, the user's toggle or None)
        self._pane_choices: dict[str, tuple[bool, bool | None]] = {}
        self._turn_bots: dict[int, str] = {}  # local conversation → the bot its running turn was sent to
        # Reading aloud: the reading under way, the answer it reads, and the turn that feeds it (None: a whole
        # answer read by its Read aloud action). One reading at a time: a new one stops the old.
        self.speaker: Speaker | None = None
        self.reading: ReadAloud | None = None
        self._reading_message: BotMessage | None = None
        self._reading_turn: int | None = None
        self._reading_message_id = ""  # the answer message the turn's deltas belong to (a new one ends a sentence)
        self._turn_busy = False  # the conversation on screen has a turn running
        self._editing: int | None = None  # the last question being edited in place (its message id)
        self._version_turns: set[int] = set()  # conversations whose running turn replaces the last answer
        self._cloud_dialog = None  # From Coze…, once opened
        self._face_tasks: set[asyncio.Task] = set()  # the bot's icon and names being fetched (ended on shutdown)
        self.last_coze_note = ("", "")  # what Coze did with the latest rename/delete/regenerate (CozeNote, text)
        self.bot_name = ""  # the connected bot's name as best known: its info, the profile, its id, "Bot"
        # The status line's texts as functions of the state they describe, so a language change can say them again.
        self._connection_text: Callable[[], str] = lambda: self.tr("Connecting…")  # until start() says where
        self._usage_text: Callable[[], str] = str
        self.bot_switcher = QComboBox()
        self.bot_switcher.setMinimumContentsLength(18)
        self._build_actions()
        self.setCentralWidget(QWidget())
        # Small enough for a half-screen window; below it the panes' own minimums would overlap.
        self.setMinimumSize(MINIMUM_SIZE[0], MINIMUM_SIZE[1])
        self._restore_geometry()
        self._retranslate()

    def attach(
        self,
        store: HistoryStore,
        session: ChatSession,
        player_bar: PlayerBar | None = None,
        library: MusicLibrary | None = None,
        speaker: Speaker | None = None,
    ) -> None:
        """Build the content around the services: conversations, chat, sources, approvals, the player bar; the
        ``speaker`` reads answers aloud (None: reading aloud says it is unavailable)."""
        # Imported here, not at the top: these modules (and the markdown renderer and HTTP stack behind them)
        # are most of the start-up time, and the frame is on the screen while they load.
        from PySide6.QtCore import Qt  # not at the top: the Qt namespace's enums cost the frame ~20 ms

        from ..plugins.approval import ApprovalPolicy, PolicyApprover
        from .approval_prompt import ApprovalPrompt
        from .banner import DemoBanner, MusicFolderPrompt, NoticeBanner, SignInBanner
        from .chat_input import ChatInput
        from .conversation_list import ConversationList
        from .conversation_view import ConversationView
        from .recall_panel import RecallPanel
        from .voice_controls import VoiceControls

        self.library = library
        self.speaker = speaker
        self.store = store
        self.session = session
        self.conversations = ConversationList()
        from .bot_identity import BotNames, IconCache
        from .versions import EditBar

        self.icons = IconCache()
        self.bot_names = BotNames()
        self.edit_bar = EditBar()
        self.edit_bar.hide()
        self.view = ConversationView()
        self.input = ChatInput()
        from .attachments import AttachmentTray
        from .shortcut_menu import ShortcutCompleter, ShortcutMenu

        # The message being written: its attachments (tray), the bot's shortcut commands on "/" (menu and hint)
        self.tray = AttachmentTray()
        self.tray.max_bytes = lambda: self.session.upload_max_bytes
        self.shortcut_menu = ShortcutMenu()
        self.shortcut_hint = QLabel()
        self.shortcuts = ShortcutCompleter(self.input, self.shortcut_menu, self.shortcut_hint)
        self.attach_button = QToolButton()
        self.attach_button.setObjectName("attachButton")
        self.attach_button.setAutoRaise(True)
        self.attach_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        from .icons import icon

        self.attach_button.setIcon(icon("attach"))
        self._draft_files: dict[int | None, list[Attachment]] = {}  # per conversation (None: the new one)
        self._uploading: dict[int, str] = {}  # conversation → the text of the question whose files upload
        self._file_dialog = None
        self.setAcceptDrops(True)
        self.recall = RecallPanel()
        self.banner = DemoBanner()
        self.banner.hide()
        self.sign_in_banner = SignInBanner()  # the sign-in with Coze has ended: every request fails until renewed
        self.sign_in_banner.hide()
        self.music_prompt = MusicFolderPrompt()  # first run: no music folder yet (shown by start())
        self.music_prompt.hide()
        self._music_dialog = None
        self._shortcuts_sheet = None
        self.notice_banner = NoticeBanner()  # problems met while starting or saving; hidden while there are none
        self.send_button = QPushButton()
        self.new_topic_button = QPushButton()
        self.new_topic_button.setObjectName("newTopic")
        self.new_topic_button.setFlat(True)
        self.stop_button = QPushButton()
        self.stop_button.hide()
        self.voice = VoiceControls()
        self.voice.transcribe = session.transcribe
        # Calls the policy does not allow by itself are asked here, inline and non-modal.
        self.approvals = ApprovalPrompt()
        self.approvals.focus_after = self.input  # answered: back to writing
        self.policy = ApprovalPolicy(self.settings, save=save_settings)
        session.approver = PolicyApprover(self.policy, self.approvals.ask)
        session.plugins.aliases = dict(self.settings.aliases)

        center = QWidget()
        column = QVBoxLayout(center)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.notice_banner)
        column.addWidget(self.banner)
        column.addWidget(self.sign_in_banner)
        column.addWidget(self.music_prompt)
        column.addWidget(self.view, 1)
        column.addWidget(self.approvals)
        compose = QVBoxLayout()
        compose.setContentsMargins(12, 0, 12, 0)
        compose.setSpacing(4)
        compose.addWidget(self.shortcut_menu)
        compose.addWidget(self.shortcut_hint)
        compose.addWidget(self.tray)
        column.addLayout(compose)
        column.addWidget(self.edit_bar)
        row = QHBoxLayout()
        row.setContentsMargins(12, 0, 12, 10)
        row.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addWidget(self.input, 1)
        row.addWidget(self.voice, 0, Qt.AlignmentFlag.AlignBottom)
        buttons = QVBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_topic_button)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        row.addLayout(buttons)
        column.addLayout(row)
        self.player_bar = player_bar
        if player_bar is not None:
            column.addWidget(player_bar)
            player_bar.sig_error.connect(lambda text: self.statusBar().showMessage(text, 10000))

        self.connection_label = QLabel()
        self.usage_label = QLabel()
        self.statusBar().addWidget(self.connection_label, 1)  # built here: a status bar costs ~10 ms
        self.statusBar().addPermanentWidget(self.usage_label)

        self.splitter = QSplitter()  # horizontal
        self.splitter.addWidget(self.conversations)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.recall)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 720, 300])
        # Panes fold away with their toggles (and by the window's width), never by dragging a handle to nothing.
        self.splitter.setChildrenCollapsible(False)
        self.conversations.setMinimumWidth(180)
        self.recall.setMinimumWidth(220)
        state = self._window_state()
        if state.contains("splitter"):
            self.splitter.restoreState(state.value("splitter"))
        self.setCentralWidget(self.splitter)
        self._connect_signals()
        for action in self._content_actions:
            action.setEnabled(True)
        self._set_tab_order()
        self._name_overflow_buttons()
        self._update_panes()
        self._retranslate()
        self.input.setFocus()

    # --------------------------------------------------------------------- building

    def _build_actions(self) -> None:
        """The toolbar, the actions and the menus; their texts come from ``_retranslate``."""
        bar = self.main_toolbar = self.addToolBar("")
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        self.new_action = self._action(QKeySequence.StandardKey.New)
        self.settings_action = self._action("Ctrl+,")
        self.export_action = self._action("Ctrl+E")
        self.quit_action = self._action(QKeySequence.StandardKey.Quit)
        self.stop_action = self._action("Esc")
        self.sources_action = self._action("Ctrl+Shift+S")
        self.sources_action.setCheckable(True)
        self.list_action = self._action("Ctrl+B")
        self.list_action.setCheckable(True)
        self.list_action.setChecked(True)
        self.search_action = self._action("Ctrl+K")
        self.search_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+F")])
        self.focus_input_action = self._action("Ctrl+L")
        self.copy_answer_action = self._action("Ctrl+Shift+C")
        self.shortcuts_action = self._action("Ctrl+/")
        self.voice_action = self._action("Ctrl+Shift+Space")  # press to talk, press again to stop
        self.read_aloud_action = self._action("Ctrl+Shift+R")
        self.read_aloud_action.setCheckable(True)
        self.attach_action = self._action("Ctrl+Shift+A")
        bar.addAction(self.list_action)
        bar.addAction(self.new_action)
        self.bot_label = QLabel()
        bar.addWidget(self.bot_label)
        bar.addWidget(self.bot_switcher)
        bar.addAction(self.settings_action)
        bar.addAction(self.sources_action)
        self.file_menu = self.menuBar().addMenu("")
        for action in (self.new_action, self.export_action, self.settings_action, self.quit_action):
            self.file_menu.addAction(action)
        self.view_menu = self.menuBar().addMenu("")
        for action in (self.list_action, self.sources_action, self.search_action, self.focus_input_action):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.shortcuts_action)
        self.chat_menu = self.menuBar().addMenu("")
        self.chat_menu.addAction(self.stop_action)
        self.chat_menu.addAction(self.copy_answer_action)
        self.new_topic_action = self._action("Ctrl+Shift+N")  # Ctrl+N is a new conversation
        self.chat_menu.addAction(self.new_topic_action)
        # The selected answer's versions (‹ ›), from anywhere, the message box included (Alt+arrows edit nothing)
        self.previous_version_action = self._action("Alt+Left")
        self.next_version_action = self._action("Alt+Right")
        self.chat_menu.addAction(self.previous_version_action)
        self.chat_menu.addAction(self.next_version_action)
        self.chat_menu.addAction(self.attach_action)
        self.chat_menu.addSeparator()
        self.chat_menu.addAction(self.voice_action)
        self.chat_menu.addAction(self.read_aloud_action)
        # Until the content is attached these have nothing to act on.
        self._content_actions = (self.new_action, self.settings_action, self.export_action, self.stop_action,
                                 self.sources_action, self.list_action, self.search_action,
                                 self.focus_input_action, self.copy_answer_action, self.shortcuts_action,
                                 self.voice_action, self.read_aloud_action, self.attach_action)
        self._content_actions += (self.new_topic_action, self.previous_version_action, self.next_version_action)
        for action in self._content_actions:
            action.setEnabled(False)

    def _action(self, keys: str | QKeySequence.StandardKey) -> QAction:
        action = QAction(self)
        # setShortcuts, not setShortcut or shortcut=: resolving setShortcut's overloads builds every enum of
        # the Qt namespace (20-40 ms), which the frame's first paint does not otherwise need.
        action.setShortcuts(keys if isinstance(keys, QKeySequence.StandardKey) else [QKeySequence(keys)])
        return action

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def _retranslate(self) -> None:
        """Every text the window sets itself, in the current language: once built, and again after a live language
        change (the widgets of the content retranslate themselves on the same LanguageChange event)."""
        self.setWindowTitle(self.tr("Coze Desktop"))
        self.main_toolbar.setWindowTitle(self.tr("Main"))
        for action, text in ((self.new_action, self.tr("New conversation")),
                             (self.settings_action, self.tr("Settings…")),
                             (self.export_action, self.tr("Export as Markdown…")),
                             (self.quit_action, self.tr("Quit")),
                             (self.stop_action, self.tr("Stop answer")),
                             (self.sources_action, self.tr("Sources panel")),
                             (self.list_action, self.tr("Conversation list")),
                             (self.search_action, self.tr("Search conversations")),
                             (self.focus_input_action, self.tr("Go to the message box")),
                             (self.copy_answer_action, self.tr("Copy last answer")),
                             (self.shortcuts_action, self.tr("Keyboard shortcuts")),
                             (self.voice_action, self.tr("Talk (press again to stop)")),
                             (self.read_aloud_action, self.tr("Read answers aloud")),
                             (self.attach_action, self.tr("Attach images or files…"))):
            action.setText(text)  # the others' tooltips follow their text by themselves
        self.sources_action.setToolTip(self.tr("Show or hide the sources of the selected answer (Ctrl+Shift+S)"))
        self.list_action.setToolTip(self.tr("Show or hide the conversation list (Ctrl+B)"))
        self.bot_label.setText(" " + self.tr("Bot:") + " ")
        self.bot_switcher.setAccessibleName(self.tr("Bot"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.chat_menu.setTitle(self.tr("&Chat"))
        if self.store is None:  # the frame only: the content is attached later, already in this language
            return
        self.send_button.setText(self.tr("Send"))
        self.send_button.setToolTip(self.tr("Send the message (Enter)"))
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop the answer (Esc)"))
        self.input.setAccessibleName(self.tr("Message"))
        self.new_topic_action.setText(self.tr("New topic"))
        self.previous_version_action.setText(self.tr("Previous version of the answer"))
        self.next_version_action.setText(self.tr("Next version of the answer"))
        self.new_topic_button.setText(self.tr("New topic"))
        self.new_topic_button.setToolTip(self.tr("Start a new topic (Ctrl+Shift+N): the bot forgets this "
                                                 "conversation's earlier messages; they stay here"))
        self.attach_button.setToolTip(self.tr("Attach images or files (Ctrl+Shift+A); you can also paste or drop "
                                              "them here"))
        self.attach_button.setAccessibleName(self.tr("Attach images or files"))
        self._voice_state(self.voice.state)
        self.connection_label.setText(self._connection_text())
        if self.usage_label.text():
            self.usage_label.setText(self._usage_text())
        connection = self.session.connection
        if connection is not None and connection.demo and self.bot_switcher.count():
            self.bot_switcher.setItemText(0, self.tr("Demo bot (offline)"))
        self._name_overflow_buttons()
        if self._shortcuts_sheet is not None:  # its rows are the actions' texts, just changed
            self._shortcuts_sheet.set_rows(self.shortcut_rows())

    def _connect_signals(self) -> None:
        self.new_action.triggered.connect(self.new_conversation)
        self.settings_action.triggered.connect(self.open_settings)
        self.export_action.triggered.connect(self.export_conversation)
        self.quit_action.triggered.connect(self.close)
        self.stop_action.triggered.connect(self._escape)
        # triggered, not toggled: only the user's own clicks count as a choice (the width sets the check too)
        self.sources_action.triggered.connect(self._sources_chosen)
        self.list_action.triggered.connect(self._list_chosen)
        self.search_action.triggered.connect(self.focus_search)
        self.focus_input_action.triggered.connect(self.focus_input)
        self.copy_answer_action.triggered.connect(self.copy_last_answer)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.voice_action.triggered.connect(self.voice.toggle)
        self.read_aloud_action.triggered.connect(self.set_read_aloud)
        self.voice.sig_state.connect(self._voice_state)
        self.voice.sig_transcript.connect(self._on_transcript)
        self.voice.sig_error.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.view.sig_read_aloud.connect(self.read_message_aloud)
        self.banner.sig_dismissed.connect(lambda: self._remember(DEMO_BANNER_DISMISSED_KEY))
        self.music_prompt.sig_choose.connect(self.choose_music_folder)
        self.music_prompt.sig_dismissed.connect(lambda: self._remember(MUSIC_PROMPT_DISMISSED_KEY))
        self.session.sig_reachable.connect(self._on_reachable)
        self.session.sig_turn_started.connect(self._turn_started)
        self.session.sig_unreachable.connect(self._on_unreachable)
        self.send_button.clicked.connect(lambda: self.send(self.input.draft()))
        self.stop_button.clicked.connect(self.stop)
        self.input.sig_submit.connect(self.send)
        self.input.sig_blocked.connect(self._explain_busy)
        self.input.sig_draft_changed.connect(self._draft_changed)
        self.input.sig_files.connect(self.attach_files)
        self.input.sig_image.connect(self.attach_image)
        self.tray.sig_changed.connect(self._attachments_changed)
        self.tray.sig_refused.connect(lambda text: self.statusBar().showMessage(text.replace("\n", " "), 20000))
        self.attach_button.clicked.connect(self.choose_files)
        self.attach_action.triggered.connect(self.choose_files)
        self.view.sig_choice.connect(self._choice_picked)
        self.session.sig_upload_progress.connect(self._upload_progress)
        self.session.sig_uploaded.connect(self._uploaded)
        self.session.sig_upload_failed.connect(self._upload_failed)
        self.conversations.sig_selected.connect(self.open_conversation)
        self.conversations.sig_new.connect(self.new_conversation)
        # after the slots above (Qt calls in connection order): they clear the sources the panes follow
        for signal in (self.new_action.triggered, self.conversations.sig_new, self.conversations.sig_selected):
            signal.connect(self._update_panes)
        self.conversations.sig_search.connect(self.refresh_conversations)
        self.conversations.sig_rename.connect(self._rename)
        self.conversations.sig_delete.connect(self._delete)
        self.view.sig_ask.connect(self.send)
        self.view.sig_retry.connect(self.retry)
        self.view.sig_message_selected.connect(self._show_sources)
        self.view.sig_citation.connect(self.show_citation)
        self.view.sig_edit.connect(self.edit_question)
        self.view.sig_edit_last.connect(self.edit_last_question)
        self.view.sig_version.connect(self.show_version)
        self.edit_bar.sig_cancel.connect(self._cancel_edit)
        self.new_topic_action.triggered.connect(self.new_topic)
        self.previous_version_action.triggered.connect(lambda: self.view.step_version(-1))
        self.next_version_action.triggered.connect(lambda: self.view.step_version(1))
        self.new_topic_button.clicked.connect(self.new_topic)
        self.conversations.sig_from_coze.connect(self.open_cloud_history)
        self.session.sig_coze_note.connect(self._coze_note)
        self.banner.sig_open_settings.connect(self.open_settings)
        self.sign_in_banner.sig_open_settings.connect(self.open_settings)  # Account is the dialog's first page
        self.session.sig_sign_in_required.connect(lambda error: self.sign_in_banner.show())
        self.bot_switcher.activated.connect(self._switch_bot)
        self.session.sig_event.connect(self._on_event)
        self.session.sig_turn_finished.connect(self._on_turn_finished)
        self.session.sig_connected.connect(self._on_connected)

    # -------------------------------------------------------------------- start-up

    def attach_mcp(self, bridge: McpBridge) -> None:
        """The MCP servers (their tools already follow the session's registry): started in the background now,
        shown and changed in Settings → Local plugins, stopped on quit."""
        self.mcp_bridge = bridge
        self._spawn(bridge.start())  # never raises: a server that cannot start is shown as failed

    async def shutdown(self) -> None:
        """End running turns, disconnect, stop the MCP servers, and release the audio device."""
        self.voice.cancel()
        self.stop_reading()
        faces = list(self._face_tasks)  # an icon download (with its retries) or a bot's name still being asked
        for task in faces:
            task.cancel()
        if faces:  # let them unwind (httpx's connection attempts end cleanly), briefly: quitting never waits long
            import asyncio

            await asyncio.wait(faces, timeout=2)
        await self.voice.wait()
        await self.session.close()
        if self.mcp_bridge is not None:
            await stop_mcp(self.mcp_bridge)
        if self.speaker is not None:
            self.speaker.close()  # its libVLC player, before the music's
        if self.player_bar is not None:
            self.player_bar.player.close()

    async def start(self) -> None:
        """Connect (the demo bot when there is no token) and show the newest conversation.

        What the user typed or sent while this ran stays: a sent message goes out once connected (into the new
        conversation they were looking at), and typed text keeps them in that new conversation.
        """
        self.show_notices()
        from ..chat.attachments import decode_drafts

        self._draft_files = decode_drafts(str(self._window_state().value(DRAFT_FILES_KEY, "") or ""))
        self._spawn(self._sweep_attachments())
        await self._connect()
        self._offer_music_folder()
        self.refresh_conversations()
        newest = self.store.newest_conversation(bot_id=self._bot_id())
        if self.current is None and not self.input.draft().strip() and (draft := self._new_draft()):
            self.input.set_draft(draft)  # the new conversation the user was writing in when the app ended
        if self.current is None:
            self._show_draft_files()
        opened = newest is not None and self.current is None and not self.input.draft().strip()
        if opened:
            self.open_conversation(newest.id)
        elif self.current is None:
            await self._show_welcome()  # needs the bot's info itself: the check below then reads it cached
        if self.session.connection is not None and opened:
            # The conversation is on screen now: the status line follows when the bot has answered, without
            # holding the start (the first request waits behind the building of the messages above the screen).
            self._spawn(self._check_connection())
        elif self.session.connection is not None:
            await self._check_connection()
        self.show_notices()

    async def _sweep_attachments(self) -> None:
        """Remove attachment copies no message refers to (pasted and never sent), off the loop's thread."""
        import asyncio  # not at the top: the frame is painted before the event loop (and asyncio) exists

        from ..chat import attachments as files

        try:
            keep = self.store.attachment_paths() | {a.path for items in self._draft_files.values() for a in items}
            removed = await asyncio.to_thread(files.sweep, keep)
        except Exception:  # a clean-up must never stop the start
            log.exception("could not clean up the attachment copies")
            return
        if removed:
            log.info("removed %d attachment copies no message refers to", removed)

    async def _connect(self, bot_id: str | None = None) -> None:
        self._connecting = True
        try:
            await self.session.connect(self.settings, bot_id)
        except api.CozeError as exc:
            described = exc.describe()  # not exc in the lambda: Python unbinds it after the except block
            self._set_connection_text(lambda: self.tr("Not connected: %1").replace("%1", described))
            log.warning("could not connect: %s", exc)
        finally:
            self._connecting = False
            self._send_queued()

    def show_notices(self) -> None:
        """Problems queued by start-up, settings and history (``notices``): shown once, in the notice banner."""
        from .. import notices

        for notice in notices.take():
            self.notice_banner.add(notice)

    def _on_connected(self, connection: Connection) -> None:
        """The session has a client for ``connection``; nothing has answered yet, so this is not "Connected"."""
        self.banner.setVisible(connection.demo and not self._remembered(DEMO_BANNER_DISMISSED_KEY))
        # Every answer is headed by the bot it came from: until the bot's own name is known, the name saved in
        # the profile, else its id (never blank; the demo and an unnamed bot read "Bot").
        self.bot_name = self.view.bot_name = self._bot_display_name(connection)
        bot_name = self.bot_name
        if connection.demo:
            self._set_connection_text(lambda: self.tr("Offline demo bot (no Coze token yet)"))
        elif not connection.bot_id:
            self._set_connection_text(lambda: self.tr("Not connected: no bot ID yet. Add one in Settings."))
        else:
            self._set_connection_text(lambda: self.tr("Connecting to %1 · bot %2…").replace(
                "%1", connection.base_url).replace("%2", bot_name))
        self._fill_bot_switcher(connection)
        self.read_aloud_action.setChecked(self.settings.reads_aloud(connection.bot_id))

    def _bot_display_name(self, connection: Connection) -> str:
        for bot in self.settings.profile.bots:
            if bot.id == connection.bot_id and bot.name.strip():
                return bot.name.strip()
        return connection.bot_id if connection.bot_id and not connection.demo else self.tr("Bot")

    def _on_reachable(self, connection: Connection) -> None:
        """A request succeeded: now the status line may say "Connected", with the bot's own name if known."""
        if connection is not self.session.connection:
            return
        self.sign_in_banner.hide()  # signed in again (or switched to a token or the demo): Coze answers
        if connection.demo:
            return
        bot_name = self.bot_name or connection.bot_id
        self._set_connection_text(lambda: self.tr("Connected to %1 · bot %2").replace(
            "%1", connection.base_url).replace("%2", bot_name))

    def _on_unreachable(self, error: api.CozeError) -> None:
        self._set_connection_text(lambda: self.tr("Not connected: %1").replace("%1", error.describe()))

    def _set_connection_text(self, text: Callable[[], str]) -> None:
        """Show ``text()`` in the status line; kept, so a language change says it again in the new language."""
        self._connection_text = text
        self.connection_label.setText(text())

    async def _check_connection(self) -> None:
        """Ask the bot for its name (cached), so the status line is honest and answers are headed by it."""
        info = await self.session.bot_info()
        connection = self.session.connection
        self._spawn_face(self._show_identity(info))
        self.shortcuts.set_commands(info.shortcut_commands if info is not None else ())
        if info is not None and info.name.strip() and connection is not None and info.id == connection.bot_id:
            self.bot_name = info.name.strip()
        self.view.bot_name = self.bot_name  # also when the welcome (which knows less) set "Bot" meanwhile
        if connection is not None and self.session.reachable:
            self._on_reachable(connection)

    def _fill_bot_switcher(self, connection: Connection) -> None:
        self.bot_switcher.clear()
        if connection.demo:
            self.bot_switcher.addItem(self.tr("Demo bot (offline)"), connection.bot_id)
        for bot in self.settings.profile.bots:
            if not connection.demo:  # its name as the profile, else the bot's info last said; its id at worst
                self.bot_switcher.addItem(bot.name or self.bot_names.name(bot.id) or bot.id, bot.id)
        index = self.bot_switcher.findData(connection.bot_id)
        self.bot_switcher.setCurrentIndex(max(index, 0))
        if not connection.demo:
            self._spawn_face(self._name_bots(connection))

    def _bot_id(self) -> str:
        return self.session.connection.bot_id if self.session.connection else ""

    async def _show_welcome(self) -> None:
        shown_for = self.current
        info = await self.session.bot_info()
        self.shortcuts.set_commands(info.shortcut_commands if info is not None else ())
        self.view.bot_name = info.name if info else self.tr("Bot")
        # Meanwhile the user may have opened another conversation or sent a message: the welcome would hide it.
        if self.current == shown_for and self.view.is_empty():
            self.view.show_welcome(info)

    # ------------------------------------------------------------ conversations

    def refresh_conversations(self, search: str = "") -> None:
        """Fill the list with the conversations matching ``search`` (all when empty), newest first.

        The search runs on the store's file-read thread, so thousands of messages never stall the window; when
        a newer refresh starts before an older one is done, the older one's rows are dropped, never shown.
        Sends, turn ends, renames and deletes do not come here: they update their one row (upsert / remove).
        """
        import sqlite3  # not at the top: the frame is painted before the history (and sqlite3) is needed

        async def show() -> None:
            started = time.perf_counter()
            try:
                rows = await self.store.find_conversations(search)
            except sqlite3.Error as exc:  # the list stays as it was; the search box still holds the text
                log.warning("could not search the history for %r: %s", search, exc)
                return
            if rows is None:
                return  # a newer refresh superseded this one
            self.conversations.set_rows(rows)
            if self.current is not None:
                self.conversations.select(self.current)
            log.debug("listed %d conversation(s) for %r in %.1f ms", len(rows), search,
                      (time.perf_counter() - started) * 1000)

        self._spawn(show())

    def new_conversation(self) -> None:
        self._cancel_edit()
        self._save_draft()
        self.current = None
        self.input.set_draft(self._new_draft())
        self._show_draft_files()
        self.input.set_busy(False)
        self._set_busy_buttons(False)
        self.recall.clear()
        self.view.clear()  # at once: a message sent before the bot's info arrives must not land under the old ones
        self._spawn(self._show_welcome())
        self.input.setFocus()

    def open_conversation(self, local_id: int) -> None:
        if local_id == self.current:
            return
        self._cancel_edit()
        self._save_draft()
        self.current = local_id
        rows = self.store.messages(local_id)
        self.recall.clear()
        if rows:
            self.view.show_messages(rows)
        else:
            self.view.clear()
            self._spawn(self._show_welcome())
        self.conversations.select(local_id)
        self.input.set_draft(self.store.draft(local_id))
        self._show_draft_files()
        if (live := self.view.live_message()) is not None:  # a Q&A question still waiting there
            for question in self.session.pending_choices(local_id):
                live.add_choice(question)
        busy = self.session.is_busy(local_id)
        self.input.set_busy(busy)
        self._set_busy_buttons(busy)

    def _save_draft(self) -> None:
        self._draft_changed(self.input.draft())
        if self.store is not None:  # attached: the draft's attachments
            self._draft_files[self.current] = self.tray.attachments()
            self._keep_draft_files()

    def _draft_changed(self, text: str) -> None:
        if self.current is None:
            self._set_new_draft(text)
        else:
            self._store_draft(self.current, text)

    def _new_draft(self) -> str:
        """What was typed in the new conversation (not in the history yet): kept in window.ini, so opening
        another conversation, quitting or a crash does not lose it."""
        return str(self._window_state().value(NEW_DRAFT_KEY, "") or "")

    def _set_new_draft(self, text: str) -> None:
        state = self._window_state()
        if text:
            state.setValue(NEW_DRAFT_KEY, text)
        else:
            state.remove(NEW_DRAFT_KEY)
        state.sync()

    def _store_draft(self, local_id: int, text: str) -> None:
        """Save a draft; when the history cannot be written the text stays in the box, and the banner says so."""
        from ..chat.history import HistoryWriteError

        try:
            self.store.set_draft(local_id, text)
        except HistoryWriteError as exc:
            log.warning("could not save the draft: %s", exc)
            self.notice_banner.add(self.tr("Drafts cannot be saved right now: %1").replace("%1", str(exc)))

    def _rename(self, local_id: int, title: str) -> None:
        """Rename here at once; then on Coze too when it has the conversation (a notice says if it was not)."""
        self.store.rename_conversation(local_id, title)
        if (row := self.store.get_conversation(local_id)) is not None:
            self.conversations.upsert(row)  # the stored title (one line), in its one row
            self._spawn(self._mirrored("rename", self.session.mirror_rename(row.coze_conversation_id, row.title)))

    def _delete(self, local_id: int) -> None:
        """Delete here at once; then on Coze too when it has the conversation (a notice says if it was not)."""
        self.session.stop(local_id)
        if self._draft_files.pop(local_id, None):
            self._keep_draft_files()
        row = self.store.get_conversation(local_id)
        self.store.delete_conversation(local_id)
        self._spawn(self._mirrored("delete", self.session.mirror_delete(row.coze_conversation_id if row else "")))
        if local_id == self.current:
            self.current = None
            self.new_conversation()
        self.conversations.remove(local_id)

    # ------------------------------------------------------------------------ turns

    def send(self, text: str) -> None:
        """Send ``text`` as the next message; when it cannot go now it stays in the box, and the window says why.
        While the last question is being edited (the edit bar shows), it replaces that question instead."""
        text = text.strip()
        if self._editing is not None and text and self.current is not None:
            self._resend_edited(text)
            return
        files = self.tray.attachments()
        if not text and not files:
            return
        if self.current is not None and self.session.is_busy(self.current):
            self._keep(text, self._busy_note())
            return
        if self._connecting:  # starting, or reconnecting after Settings: the old connection is going away
            self._queued = text
            self._keep(text, self.tr("Connecting… your message is sent as soon as the connection is ready."))
            self.input.setReadOnly(True)  # what is shown is exactly what will be sent
            return
        if self.session.connection is None:
            self._keep(text, self.tr("Not connected to a bot, so nothing was sent: check Settings, then send "
                                     "again. Your message is still in the box."))
            return
        from ..chat.history import HistoryWriteError

        shortcut = self._shortcut(text)
        if shortcut is False:
            return
        self.stop_reading()  # a new question: the previous answer need not be heard out (before its turn starts)
        try:
            if self.current is None:
                self.current = self.store.create_conversation(self._bot_id())
                self._set_new_draft("")  # what the box still holds becomes this conversation's draft below
                self._draft_files.pop(None, None)
            # Without files this writes the question and an empty answer first; with files it uploads them first.
            task = self.session.ask(self.current, text, files, shortcut or None)
        except HistoryWriteError as exc:
            self._keep(text, self._history_problem(exc))
            return
        if task is None:  # busy or disconnected in between: the checks above make this rare
            self._keep(text, self.tr("The message could not be sent now; it is still in the box."))
            return
        if files:
            self._uploading_started(text, files)
            return
        if self.input.draft().strip() == text:  # sent from the box; a suggestion leaves a typed draft alone
            self.input.set_draft("")
        self._store_draft(self.current, self.input.draft())  # also the draft of a conversation made just now
        self.view.add_user(text)
        self.view.add_bot(live=True)
        self.input.set_busy(True)
        self._set_busy_buttons(True)
        if (row := self.store.get_conversation(self.current)) is not None:
            self.conversations.upsert(row)  # its new title and time move that one row to the top
            self.conversations.select(self.current)  # a conversation made just now, too

    def _shortcut(self, text: str) -> ShortcutRequest | bool | None:
        """The shortcut command ``text`` sends (None: it is a plain question); False when one of its parameters
        is missing (the text stays in the box, the status line says which)."""
        from .shortcut_menu import missing, request

        found = request(text, self.shortcuts.commands) if text.startswith("/") else None
        if found is None:
            return None
        command, shortcut = found
        lacking = missing(text, command)
        if lacking:
            self._keep(text, self.tr("%1 needs a value for: %2. Type it after the command, then send again.").replace(
                "%1", text.split()[0]).replace("%2", ", ".join(lacking)))
            return False
        return shortcut

    # ------------------------------------------------------------------ attachments

    def attach_files(self, paths: list[str]) -> None:
        """Attach files (dropped, pasted or picked) to the message being written; each is checked first."""
        if self.tray.uploading:
            self.statusBar().showMessage(self.tr("Wait until the files being sent are uploaded."), 8000)
            return
        self.tray.add_paths(paths)

    def attach_image(self, image: QImage) -> None:
        """A pasted image: kept as a PNG in the app's private folder and attached."""
        if self.tray.uploading:
            self.statusBar().showMessage(self.tr("Wait until the files being sent are uploaded."), 8000)
            return
        self.tray.add_image(image)

    def choose_files(self) -> None:
        """The attach button: a file picker that does not block the loop (open(), never exec())."""
        from PySide6.QtWidgets import QFileDialog

        from ..api.files import KINDS

        if self._file_dialog is not None:
            self._file_dialog.raise_()
            return
        patterns = " ".join(f"*.{ext}" for exts in KINDS.values() for ext in exts)
        dialog = QFileDialog(self, self.tr("Attach images or files"), str(Path.home()),
                             self.tr("Files Coze takes (%1)").replace("%1", patterns))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(self.attach_files)
        dialog.finished.connect(self._file_dialog_closed)
        self._file_dialog = dialog
        dialog.open()

    def _file_dialog_closed(self) -> None:
        if self._file_dialog is not None:
            self._file_dialog.deleteLater()
            self._file_dialog = None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.store is not None and event.mimeData().hasUrls() and any(
                url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.store is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Files dropped anywhere on the window are attached to the message being written."""
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile() and url.toLocalFile()]
        if self.store is None or not paths:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.attach_files(paths)
        self.input.setFocus()

    def _attachments_changed(self) -> None:
        self.input.has_attachments = bool(self.tray.chips)
        self._draft_files[self.current] = self.tray.attachments()
        self._keep_draft_files()
        self._set_tab_order()

    def _keep_draft_files(self) -> None:
        """The drafts' attachments in window.ini, so a restart (or a crash) brings them back with the text."""
        from ..chat.attachments import encode_drafts

        state = self._window_state()
        if any(self._draft_files.values()):
            state.setValue(DRAFT_FILES_KEY, encode_drafts(self._draft_files))
        else:
            state.remove(DRAFT_FILES_KEY)
        state.sync()

    def _show_draft_files(self) -> None:
        """The attachments of the conversation now on screen's draft (and its upload, if one runs)."""
        self.tray.set_attachments(self._draft_files.get(self.current, []))
        self.tray.set_uploading(self.current is not None and self.current in self._uploading)
        self.input.has_attachments = bool(self.tray.chips)
        self._set_tab_order()

    def _uploading_started(self, text: str, files: list[Attachment]) -> None:
        """The question waits for its files: text and chips stay (with progress) until they are on Coze."""
        assert self.current is not None
        self._uploading[self.current] = text
        self._draft_files[self.current] = list(files)
        if not self.input.draft().strip():
            self.input.set_draft(text)  # Enter emptied the box; what is being sent stays in sight
        self._store_draft(self.current, self.input.draft())
        self.tray.set_uploading(True)
        self.input.set_busy(True)
        self._set_busy_buttons(True)
        self.statusBar().showMessage(self.tr("Uploading %n file(s)… Stop (Esc) cancels.", "", len(files)))
        if (row := self.store.get_conversation(self.current)) is not None:
            self.conversations.upsert(row)
            self.conversations.select(self.current)

    def _upload_progress(self, conversation_id: int, index: int, done: int, total: int) -> None:
        if conversation_id == self.current:
            self.tray.set_progress(index, done, total)

    def _uploaded(self, conversation_id: int, sent: tuple[Attachment, ...]) -> None:
        """The files are on Coze and the question is recorded: it moves from the input into the conversation."""
        text = self._uploading.pop(conversation_id, "")
        self._draft_files.pop(conversation_id, None)
        self._keep_draft_files()
        self.statusBar().clearMessage()
        if conversation_id != self.current:
            if self.store.draft(conversation_id).strip() == text:
                self._store_draft(conversation_id, "")
            return
        self.tray.set_uploading(False)
        self.tray.clear()
        self.input.has_attachments = False
        if self.input.draft().strip() == text:
            self.input.set_draft("")
        self._store_draft(conversation_id, self.input.draft())
        self.view.add_user(text, sent)
        self.view.add_bot(live=True)
        if (row := self.store.get_conversation(conversation_id)) is not None:
            self.conversations.upsert(row)

    def _upload_failed(self, conversation_id: int, why: str) -> None:
        """Nothing was sent: the text and the attachments stay where they were, and the status line says why."""
        self._uploading.pop(conversation_id, None)
        self._turn_bots.pop(conversation_id, None)  # no answer is coming to name
        if conversation_id == self.current:
            self.tray.set_uploading(False)
        if not why:
            self.statusBar().showMessage(self.tr("Upload stopped: nothing was sent, and your message and its "
                                                 "attachments are still here."), 15000)
        else:
            self.statusBar().showMessage(self.tr("The files could not be sent: %1 Your message and its "
                                                 "attachments are still here.").replace("%1", why), 30000)

    def _choice_picked(self, call_id: str, answer: str) -> None:
        if not self.session.answer_choice(call_id, answer):
            self.statusBar().showMessage(self.tr("That question no longer waits for an answer."), 8000)

    def _keep(self, text: str, why: str) -> None:
        """Put ``text`` back in the box (the input clears itself on Enter) and as the draft; say ``why``.

        A box holding other text (a suggestion was clicked while the user typed) keeps that text."""
        if not self.input.draft().strip():
            self.input.set_draft(text)
            self._draft_changed(text)
        self.statusBar().showMessage(why, 15000)

    def _send_queued(self) -> None:
        text, self._queued = self._queued, None
        self.input.setReadOnly(False)
        if text is None:
            return
        if self.session.connection is None:
            self._keep(text, self.tr("Could not connect, so your message was not sent; it is still in the box."))
            return
        self.send(text)

    def _busy_note(self) -> str:
        return self.tr("The answer is still coming: wait for it, or press Stop (Esc). Your text stays in the box.")

    def _explain_busy(self) -> None:
        self.statusBar().showMessage(self._busy_note(), 10000)

    def _history_problem(self, exc: OSError) -> str:
        """The message for a failed history write, also put in the notice banner so it is not missed."""
        disk_full = getattr(exc, "disk_full", False)
        headline = (self.tr("The disk is full: nothing was sent, and your message is still in the box.") if disk_full
                    else self.tr("The history could not be saved: nothing was sent, and your message is still in "
                                 "the box."))
        self.notice_banner.add(f"{headline} {exc}")
        return headline

    def stop(self) -> None:
        """Stop: the answer being written, and the reading aloud."""
        self.stop_reading()
        if self.current is not None:
            self.session.stop(self.current)

    def retry(self) -> None:
        """Retry under an error, or Regenerate: the last answer is answered again in place, as its next version
        (the earlier ones stay browsable with ‹ ›)."""
        if self.current is None:
            return
        rows = self.store.messages(self.current)
        last = rows[-1] if rows else None
        if last is None or last.role != chat.Role.ASSISTANT:
            self.statusBar().showMessage(self.tr("Only the last answer can be regenerated."), 8000)
            return
        local_id = self.current
        problem = self._replace_turn(lambda: self.session.regenerate(local_id, last.id), None, last.versions + 1)
        if problem:
            self.statusBar().showMessage(problem, 15000)

    def _turn_started(self, conversation_id: int) -> None:
        # The answer's header is built next (send() adds it): the name of the bot this question goes to.
        if self.bot_name:
            self.view.bot_name = self.bot_name
        self._turn_bots[conversation_id] = self.view.bot_name or self.tr("Bot")
        if conversation_id == self.current and self.settings.reads_aloud(self._bot_id()):
            self._reading_turn = conversation_id  # its reading starts with the first words of the answer
            self._reading_message_id = ""

    def _on_event(self, conversation_id: int, event: TurnEvent) -> None:
        if isinstance(event, chat.TurnFailed):
            # Named after the bot the question went to, which may not be the one selected by now.
            bot = self._turn_bots.pop(conversation_id, "") or self.view.bot_name or self.tr("Bot")
            self.statusBar().showMessage(self.tr("No answer from %1: %2").replace("%1", bot).replace(
                "%2", event.error.describe()), 15000)
        elif isinstance(event, chat.TurnCompleted | chat.TurnCancelled):
            self._turn_bots.pop(conversation_id, None)
        self._read_event(conversation_id, event)
        if conversation_id != self.current:
            return  # recorded in history; shown when the user opens that conversation
        self.view.apply(event)
        if isinstance(event, chat.ChoiceAsked | chat.ChoiceAnswered):
            self._set_tab_order()  # a question waiting for its pick is next after the input
        if isinstance(event, chat.UsageReported):
            u = event.usage
            self._usage_text = lambda: self.tr("Last reply: %1 tokens (in %2, out %3)").replace(
                "%1", str(u.token_count)).replace("%2", str(u.input_count)).replace("%3", str(u.output_count))
            self.usage_label.setText(self._usage_text())

    def _on_turn_finished(self, conversation_id: int, _outcome: TurnOutcome | None) -> None:
        if self._reading_turn == conversation_id:
            self._reading_turn = None
            if self.reading is not None:
                self.reading.finish()  # whatever the turn ended with, what arrived is said to its end
        if conversation_id == self.current:
            self.input.set_busy(False)
            self._set_busy_buttons(False)
        if conversation_id in self._version_turns:
            self._version_turns.discard(conversation_id)
            if conversation_id == self.current:  # again from the history: its versions can now be browsed
                self.view.show_messages(self.store.messages(conversation_id))
        row = self.store.get_conversation(conversation_id)
        if row is None:
            self.conversations.remove(conversation_id)  # deleted while the answer came
        else:
            self.conversations.upsert(row)
        self.show_notices()  # e.g. the history could not record this answer

    def _set_busy_buttons(self, busy: bool) -> None:
        """Stop instead of Send while the conversation on screen has a turn running, or an answer is read aloud."""
        self._turn_busy = busy
        stoppable = busy or self.reading is not None
        self.send_button.setVisible(not stoppable)
        self.stop_button.setVisible(stoppable)

    # ------------------------------------------------------------------------ voice

    def _voice_state(self, state: str) -> None:
        """Recording: the message box says so (what was typed stays), and speaking stops — the user talks now."""
        from .voice_controls import RECORDING, TRANSCRIBING

        if state == RECORDING:
            self.stop_reading()
            self.input.setPlaceholderText(self.tr("Listening… pause or press Ctrl+Shift+Space to finish, Esc to "
                                                  "cancel"))
        elif state == TRANSCRIBING:
            self.input.setPlaceholderText(self.tr("Recognising what you said…"))
        else:
            self.input.set_busy(self.input.is_busy())  # its own hint again

    def _on_transcript(self, text: str) -> None:
        """What was said: sent at once when Settings say so and it can go now, else added to the message box."""
        busy = self.current is not None and self.session.is_busy(self.current)
        if (self.settings.send_voice_at_once and not busy and not self._connecting
                and self.session.connection is not None and not self.input.draft().strip()):
            self.send(text)
            return
        cursor = self.input.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        draft = self.input.draft()
        cursor.insertText((" " if draft and not draft[-1].isspace() else "") + text)  # typed text stays
        self.input.setTextCursor(cursor)
        self.input.setFocus()

    def set_read_aloud(self, on: bool) -> None:
        """Chat → Read answers aloud: for the connected bot, kept in the settings."""
        bot_id = self._bot_id()
        self.settings.set_reads_aloud(bot_id, on)
        self.read_aloud_action.setChecked(self.settings.reads_aloud(bot_id))
        if not on:
            self.stop_reading()
        try:
            save_settings(self.settings)
        except OSError as exc:
            log.warning("could not save the read-aloud setting: %s", exc)

    def read_message_aloud(self, message: BotMessage) -> None:
        """Read aloud on an answer: read it whole; on the answer being read, stop."""
        if message is self._reading_message:
            self.stop_reading()
            return
        from ..voice.speakable import speakable

        text = speakable(message.answer.markdown())
        if not text:
            self.statusBar().showMessage(self.tr("This answer has nothing to read aloud."), 5000)
            return
        reading = self._start_reading(message)
        if reading is not None:
            reading.say(message.answer.markdown())

    def stop_reading(self) -> None:
        """Stop reading aloud at once (Esc, Stop, talking, a new question)."""
        reading = self.reading
        self._reading_turn = None
        if reading is not None:
            reading.stop()
            self._reading_ended(reading)

    def _start_reading(self, message: BotMessage | None) -> ReadAloud | None:
        from ..voice.read_aloud import ReadAloud

        self.stop_reading()
        if self.speaker is None:
            self.statusBar().showMessage(self.tr("Reading aloud is not available: libVLC could not be loaded."),
                                         10000)
            return None
        reading = ReadAloud(self._synthesizer(), self.speaker, on_error=self._reading_failed)
        self.reading, self._reading_message = reading, message
        self.show_reading(message)
        self._spawn(self._watch_reading(reading))
        return reading

    def show_reading(self, message: BotMessage | None) -> None:
        """Show that ``message`` is read aloud: its action says Stop, Stop replaces Send, the status line says so."""
        if message is not None:
            message.set_reading(True)
        self.statusBar().showMessage(self._reading_note())
        self._set_busy_buttons(self._turn_busy)

    def _reading_note(self) -> str:
        return self.tr("Reading aloud… Esc or Stop ends it.")


    async def _watch_reading(self, reading: ReadAloud) -> None:
        await reading.wait()
        self._reading_ended(reading)

    def _reading_ended(self, reading: ReadAloud) -> None:
        if reading is not self.reading:
            return
        message, self.reading, self._reading_message = self._reading_message, None, None
        if self.statusBar().currentMessage() == self._reading_note():
            self.statusBar().clearMessage()  # an error said meanwhile stays
        if message is not None:
            with contextlib.suppress(RuntimeError):  # the view released that message meanwhile (scrolled away)
                message.set_reading(False)
        self._set_busy_buttons(self._turn_busy)

    def _synthesizer(self) -> Callable[[str], Awaitable[bytes]]:
        """Text → speech in the reading voice, chosen once per reading (the bot's own, Settings', a system one)."""
        voice: str | None = None

        async def synthesize(text: str) -> bytes:
            nonlocal voice
            if voice is None:
                voice = await self.session.reading_voice(self.settings.voice_id)
            if not voice:
                raise api.CozeError("This account has no voice to read with",
                                    hint="Choose a voice in Settings → Chat.")
            return await self.session.speech(text, voice)

        return synthesize

    def _reading_failed(self, _sentence: str, error: Exception) -> None:
        described = error.describe() if isinstance(error, api.CozeError) else str(error)
        self.statusBar().showMessage(self.tr("Could not read aloud: %1").replace("%1", described), 15000)

    def _read_event(self, conversation_id: int, event: TurnEvent) -> None:
        """Feed the answer streaming in the conversation read aloud to its reading, starting it with the first
        words; a stopped turn stops it."""
        if conversation_id != self._reading_turn:
            return
        if isinstance(event, chat.AnswerDelta) and event.text:
            if self.reading is None or self.reading.stopped:
                if self._start_reading(self.view.live_message()) is None:
                    self._reading_turn = None
                    return
                self._reading_turn = conversation_id  # _start_reading stopped the previous reading's turn
            elif event.message_id != self._reading_message_id and self._reading_message_id:
                self.reading.feed("\n")  # another message of the turn (after a tool call): a new sentence
            self._reading_message_id = event.message_id
            self.reading.feed(event.text)
        elif isinstance(event, chat.TurnCancelled):
            self.stop_reading()

    def _show_sources(self, message: BotMessage) -> None:
        self.recall.set_chunks(message.recall)
        self._update_panes()

    # ------------------------------------------------------------ panes and keyboard

    def _restore_geometry(self) -> None:
        """The saved geometry when it fits a screen as it is now, else the default size, centred.

        A window saved on a monitor since unplugged, or larger than this screen, would open off screen or with
        its edges (and the status line) out of reach."""
        state = self._window_state()
        screen = QGuiApplication.primaryScreen()
        saved = state.value("geometry") if state.contains("geometry") else None
        if saved is not None and fits_a_screen(saved) and self.restoreGeometry(saved):
            return
        if saved is not None:
            log.info("the saved window geometry does not fit a screen as it is now: default size")
        self.resize(*DEFAULT_SIZE)
        if screen is not None:
            available = screen.availableGeometry()
            frame = QRect(0, 0, *DEFAULT_SIZE)
            frame.moveCenter(available.center())
            self.move(max(frame.x(), available.x()), max(frame.y(), available.y()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._update_panes()

    def _update_panes(self) -> None:
        """Show or fold the side panes for the window's width and the selected answer.

        The conversation list folds below LIST_MIN_WINDOW_WIDTH; the sources panel shows only when the
        selected answer has sources and the window is at least SOURCES_MIN_WINDOW_WIDTH wide. A toggle (menu,
        toolbar, keyboard) overrides that until the reason changes (the width crosses the line, or an answer
        with or without sources is selected)."""
        if self.store is None:  # not attached yet
            return
        width = self.width()
        show_list = self._pane_choice("list", width >= LIST_MIN_WINDOW_WIDTH)
        show_sources = self._pane_choice(
            "sources", width >= SOURCES_MIN_WINDOW_WIDTH and not self.recall.is_empty())
        self.list_action.setChecked(show_list)
        self.sources_action.setChecked(show_sources)
        self.conversations.setVisible(show_list)
        self.recall.setVisible(show_sources)

    def _pane_choice(self, pane: str, automatic: bool) -> bool:
        choices = self._pane_choices
        seen, chosen = choices.get(pane, (automatic, None))
        if seen != automatic:
            chosen = None  # the situation changed: the user's toggle was about the previous one
        choices[pane] = (automatic, chosen)
        return automatic if chosen is None else chosen

    def _choose_pane(self, pane: str, shown: bool) -> None:
        self._update_panes()  # records the automatic value as of now
        self._pane_choices[pane] = (self._pane_choices[pane][0], shown)
        self._update_panes()

    def _sources_chosen(self, shown: bool) -> None:
        self._choose_pane("sources", shown)

    def _list_chosen(self, shown: bool) -> None:
        focused = QApplication.focusWidget()
        had_focus = focused is not None and self.conversations.isAncestorOf(focused)
        self._choose_pane("list", shown)
        if not shown and had_focus:
            self.input.setFocus()  # not wherever Qt moves it from a hidden pane (a toolbar button)

    def focus_search(self) -> None:
        """Ctrl+K / Ctrl+F: to the conversation search (showing the list if it was folded)."""
        if not self.conversations.isVisible():
            self._choose_pane("list", True)
        self.conversations.search_edit.setFocus()
        self.conversations.search_edit.selectAll()

    def focus_input(self) -> None:
        """Ctrl+L: to the message box."""
        self.input.setFocus()

    def show_citation(self, number: int) -> None:
        """A citation marker ``[n]`` was clicked: its source card, marked and expanded, in the sources panel."""
        if not self.recall.isVisible():
            self._choose_pane("sources", True)  # the click asks for the source, whatever the width decided
        if self.recall.select_card(number) is None:
            self.statusBar().showMessage(self.tr("This answer has no source %1.").replace("%1", str(number)), 5000)

    # ------------------------------------ versions, topics, Coze mirroring, bot identity (issue 13)

    def _replace_turn(self, start: Callable[[], object], question: str | None, versions: int) -> str:
        """Start a turn that replaces the last answer (and with ``question``, the last question) in place;
        "" when it started, else why not (for the status line)."""
        from ..chat.history import HistoryWriteError

        if self.current is not None and self.session.is_busy(self.current):
            return self._busy_note()
        if self._connecting or self.session.connection is None:
            return self.tr("Not connected to a bot, so nothing was sent: check Settings, then try again.")
        self.stop_reading()
        try:
            task = start()
        except LookupError:
            return self.tr("Only the last question and its answer can be edited or regenerated.")
        except HistoryWriteError as exc:
            return self._history_problem(exc)
        if task is None:
            return self.tr("The message could not be sent now.")
        assert self.current is not None
        self._version_turns.add(self.current)
        self.view.replace_last_turn(question, versions)
        self.input.set_busy(True)
        self._set_busy_buttons(True)
        return ""

    def edit_last_question(self, text: str) -> None:
        """Edit on the last question: its text goes into the box and Send replaces it and its answer in place
        (the edit bar says so; Cancel or another conversation ends it). An earlier question is only copied."""
        self.edit_question(text)
        rows = self.store.messages(self.current) if self.current is not None else []
        if len(rows) >= 2 and rows[-1].role == chat.Role.ASSISTANT and rows[-2].role == chat.Role.USER:
            self._editing = rows[-2].id
            self.edit_bar.show()

    def _cancel_edit(self) -> None:
        self._editing = None
        if self.store is not None:  # attached
            self.edit_bar.hide()

    def _resend_edited(self, text: str) -> None:
        local_id, question_id = self.current, self._editing
        assert local_id is not None and question_id is not None
        rows = self.store.messages(local_id)
        versions = rows[-1].versions + 1 if rows else 1
        problem = self._replace_turn(lambda: self.session.resend_edited(local_id, question_id, text), text, versions)
        if problem:
            self._keep(text, problem)
            return
        self._cancel_edit()
        if self.input.draft().strip() == text:
            self.input.set_draft("")
        self._store_draft(local_id, self.input.draft())

    def show_version(self, message_id: int, version: int) -> None:
        """‹ or › on an answer: show its version ``version`` (with the question it answered) in its place."""
        versions = self.store.versions(message_id)
        if not 1 <= version <= len(versions):
            return
        row = versions[version - 1]
        question = self.store.message(row.reply_to) if row.reply_to is not None else None
        self.view.show_version(message_id, row, question)

    def new_topic(self) -> None:
        """New topic: Coze clears the bot's context and a divider marks the place; the messages stay."""
        if self.current is None:
            self.statusBar().showMessage(self.tr("This conversation is new: the bot has nothing to forget yet."),
                                         8000)
            return
        if self.session.is_busy(self.current):
            self.statusBar().showMessage(self._busy_note(), 10000)
            return
        self._spawn(self._new_topic(self.current))

    async def _new_topic(self, local_id: int) -> None:
        try:
            await self.session.new_topic(local_id)
        except api.CozeError as exc:
            self.statusBar().showMessage(self.tr("Coze did not start a new topic, so the bot still remembers this "
                                                 "conversation: %1").replace("%1", exc.describe()), 20000)
            return
        except RuntimeError:
            self.statusBar().showMessage(self._busy_note(), 10000)
            return
        except OSError as exc:  # the history could not record the divider
            self.statusBar().showMessage(str(exc), 20000)
            return
        if local_id == self.current:
            self.view.add_divider()
        self.statusBar().showMessage(self.tr("New topic: the bot no longer sees the messages above."), 8000)

    async def _mirrored(self, what: str, outcome: Awaitable[tuple[str, str]]) -> None:
        """Say what Coze did with a rename or delete done here: a small notice, never an error dialog."""
        from .session import CozeNote

        kind, detail = await outcome
        renamed = what == "rename"
        texts = {
            CozeNote.MIRRORED: self.tr("Renamed here and on Coze.") if renamed
            else self.tr("Deleted here and on Coze."),
            CozeNote.NOT_ON_COZE: self.tr("Renamed on this computer only: the conversation is not on Coze.")
            if renamed else self.tr("Deleted on this computer only: the conversation is not on Coze."),
            CozeNote.REFUSED: self.tr("Renamed on this computer only: Coze did not accept it (%1).") if renamed
            else self.tr("Deleted on this computer only: Coze did not accept it (%1)."),
            CozeNote.UNREACHABLE: self.tr("Renamed on this computer only: Coze could not be reached, so it was not "
                                          "updated there (%1).") if renamed
            else self.tr("Deleted on this computer only: Coze could not be reached, so it was not updated there "
                         "(%1)."),
        }
        self._coze_note(kind, texts[kind].replace("%1", detail), raw=True)

    def _coze_note(self, kind: str, detail: str, *, raw: bool = False) -> None:
        from .session import CozeNote

        text = detail if raw else self.tr("Coze could not remove the earlier version from the bot's context (%1); "
                                          "the bot may still see it.").replace("%1", detail)
        self.last_coze_note = (kind, text)
        self.statusBar().showMessage(text, 5000 if kind == CozeNote.MIRRORED else 15000)

    def open_cloud_history(self) -> None:
        """From Coze…: the bot's conversations on Coze that this computer does not have, to open (import)."""
        from .cloud_history import CloudHistoryDialog

        if self._cloud_dialog is None:
            self._cloud_dialog = CloudHistoryDialog(self.session.cloud_conversations,
                                                    self.session.import_conversation, self)
            self._cloud_dialog.sig_opened.connect(self._cloud_opened)
        self._cloud_dialog.show()
        self._cloud_dialog.raise_()
        self._cloud_dialog.refresh()

    def _cloud_opened(self, local_id: int) -> None:
        if (row := self.store.get_conversation(local_id)) is not None:
            self.conversations.upsert(row)
        self.open_conversation(local_id)

    async def _show_identity(self, info: api.BotInfo | None) -> None:
        """The bot's icon (downloaded once, cached on disk) on its answers, the welcome and the switcher. Asked by
        the connection check only (once per connection); later welcomes and answers take it from the view."""
        if info is None:
            return
        self.bot_names.remember(info.id, info.name if info.name != info.id else "", info.icon_url)
        pixmap = await self.icons.icon(info.icon_url, self.settings.profile.proxy.strip() or None)
        connection = self.session.connection
        if pixmap is None or connection is None or connection.bot_id != info.id:
            return
        self.view.set_bot_icon(pixmap)
        from PySide6.QtGui import QIcon

        if (index := self.bot_switcher.findData(info.id)) >= 0:
            self.bot_switcher.setItemIcon(index, QIcon(pixmap))

    def _spawn_face(self, coroutine) -> None:
        import asyncio

        task = asyncio.ensure_future(coroutine)
        self._face_tasks.add(task)
        task.add_done_callback(self._face_tasks.discard)

    async def _name_bots(self, connection: Connection) -> None:
        """The switcher's bots named by their own info (cached on disk), not by 19-digit ids."""
        for bot in self.settings.profile.bots:
            if bot.name.strip() or connection is not self.session.connection:
                continue
            info = await self.session.bot_info_of(bot.id)
            if info is None or not info.name.strip():
                continue
            self.bot_names.remember(bot.id, info.name, info.icon_url)
            if (index := self.bot_switcher.findData(bot.id)) >= 0:
                self.bot_switcher.setItemText(index, info.name.strip())

    def edit_question(self, text: str) -> None:
        """Edit on a question: its text into the message box to change and send again.

        Replaced as one undoable edit, so a draft that was there comes back with Ctrl+Z.
        """
        cursor = self.input.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        self.input.setTextCursor(cursor)
        self.input.setFocus()

    def copy_last_answer(self) -> bool:
        """Ctrl+Shift+C: the newest answer's Markdown to the clipboard; False when there is none."""
        last = self.view.last_bot()
        text = last.answer.markdown() if last is not None else ""
        if not text.strip():
            self.statusBar().showMessage(self.tr("There is no answer to copy yet."), 5000)
            return False
        QGuiApplication.clipboard().setText(text)
        self.statusBar().showMessage(self.tr("Answer copied."), 5000)
        return True

    def show_shortcuts(self) -> None:
        """Ctrl+/: the keyboard shortcuts, in a window of their own that does not block the chat."""
        from .shortcuts import ShortcutsSheet

        if self._shortcuts_sheet is None:
            self._shortcuts_sheet = ShortcutsSheet(self.shortcut_rows(), self)
            self._shortcuts_sheet.finished.connect(self._shortcuts_closed)
        self._shortcuts_sheet.show()
        self._shortcuts_sheet.raise_()
        self._shortcuts_sheet.activateWindow()

    def _shortcuts_closed(self) -> None:
        if self._shortcuts_sheet is not None:
            self._shortcuts_sheet.deleteLater()
            self._shortcuts_sheet = None

    def shortcut_rows(self) -> list[tuple[str, list[QKeySequence]]]:
        """What each shortcut of the window does, read from the actions so the sheet never disagrees."""
        actions = (self.new_action, self.search_action, self.focus_input_action, self.stop_action,
                   self.voice_action, self.read_aloud_action, self.copy_answer_action, self.attach_action,
                   self.list_action,
                   self.sources_action, self.settings_action,
                   self.export_action, self.shortcuts_action, self.quit_action, self.new_topic_action,
                   self.previous_version_action, self.next_version_action)
        return [(action.text().replace("&", "").rstrip("…"), action.shortcuts()) for action in actions]

    def _escape(self) -> None:
        """Esc: close what is open over the chat first (the shortcuts sheet, a search being typed, the conversation
        list shown over a narrow window), else stop the answer being written."""
        if self._shortcuts_sheet is not None and self._shortcuts_sheet.isVisible():
            self._shortcuts_sheet.close()
            return
        focused = QApplication.focusWidget()
        search = self.conversations.search_edit
        if focused is search and search.text():
            search.clear()  # Esc in a search box empties it first, as everywhere else
            return
        if (self.conversations.isVisible() and self.width() < LIST_MIN_WINDOW_WIDTH
                and focused is not None and self.conversations.isAncestorOf(focused)):
            self._list_chosen(False)
            return
        if self.voice.cancel():  # a recording (or its transcription) is dropped first
            return
        self.stop()

    def _set_tab_order(self) -> None:
        """Tab goes input → Send/Stop → conversations → search → New, and back; the messages are read with
        the mouse or Ctrl+Shift+C, not walked button by button."""
        sidebar = self.conversations
        # The attachments' remove buttons right after the input (what is about to be sent), then the options of a
        # Q&A question waiting for its pick; Attach is reached by its shortcut (Ctrl+Shift+A).
        chain = [self.input, *self.tray.remove_buttons(), *self._open_choice_widgets(), self.send_button,
                 self.stop_button, sidebar.list_view, sidebar.search_edit, sidebar.new_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _open_choice_widgets(self) -> list[QWidget]:
        live = self.view.live_message()
        if live is None:
            return []
        return [w for card in live.choices.values() if card.open
                for w in (*card.buttons, card.free, card.free_button) if w is not None]

    def _name_overflow_buttons(self) -> None:
        """The "»" buttons Qt adds when the toolbar or the menu bar does not fit: named for screen readers."""
        from PySide6.QtWidgets import QToolBar, QToolButton

        bars = [*self.findChildren(QToolBar), self.menuBar()]
        for bar in bars:
            for name in ("qt_toolbar_ext_button", "qt_menubar_ext_button"):
                button = bar.findChild(QToolButton, name)
                if button is not None:
                    button.setToolTip(self.tr("More"))
                    button.setAccessibleName(self.tr("More"))

    # ------------------------------------------------------------------ first run

    def _remembered(self, key: str) -> bool:
        return str(self._window_state().value(key, "")) == "1"

    def _remember(self, key: str) -> None:
        state = self._window_state()
        state.setValue(key, "1")
        state.sync()

    def music_folder_missing(self) -> bool:
        folder = self.settings.profile.music_folder.strip()
        return not folder or not Path(folder).expanduser().is_dir()

    def _offer_music_folder(self) -> None:
        """First run: no music folder yet, so offer to choose one, once (or until dismissed)."""
        self.music_prompt.setVisible(self.music_folder_missing() and not self._remembered(MUSIC_PROMPT_DISMISSED_KEY))

    def choose_music_folder(self) -> None:
        """A folder picker that does not block the loop (open(), never exec())."""
        from PySide6.QtWidgets import QFileDialog

        if self._music_dialog is not None:
            self._music_dialog.raise_()
            return
        dialog = QFileDialog(self, self.tr("Choose your music folder"), str(Path.home()))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.set_music_folder)
        dialog.finished.connect(self._music_dialog_closed)
        self._music_dialog = dialog
        dialog.open()

    def _music_dialog_closed(self) -> None:
        if self._music_dialog is not None:
            self._music_dialog.deleteLater()
            self._music_dialog = None

    def set_music_folder(self, folder: str) -> None:
        """Use ``folder`` for music from now on and keep it in the settings."""
        if not folder or not Path(folder).is_dir():
            return
        self.settings.profile.music_folder = folder
        if self.library is not None:
            self.library.folder = folder  # rescanned on the next music request
        if self.player_bar is not None:
            self.player_bar.player.playlist.replace([])
        # Not remembered as dismissed: a saved folder exists, so it is not offered again, and after a failed
        # save the next start offers it again, as the message says.
        self.music_prompt.hide()
        try:
            save_settings(self.settings)
        except OSError as exc:
            log.warning("could not save the music folder: %s", exc)
            self.statusBar().showMessage(self.tr("Music now plays from %1, but the settings could not be saved, so "
                                                 "it is asked again next time.").replace("%1", folder), 15000)
            return
        self.statusBar().showMessage(self.tr("Music now plays from %1.").replace("%1", folder), 8000)

    # --------------------------------------------------------------------- settings

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        if self._settings_dialog is None:
            self._settings_dialog = SettingsDialog(self.settings, self, plugins=self.session.plugins,
                                                   bot_id=self._bot_id(), voices=self.session.voices)
            self._settings_dialog.sig_settings_changed.connect(self._settings_changed)
            self._settings_dialog.finished.connect(self._settings_closed)
            if self.mcp_bridge is not None:  # live server states; Apply gives the servers to the bridge
                self._settings_dialog.plugins_page.set_bridge(self.mcp_bridge)
        self._settings_dialog.open()  # never exec(): the asyncio loop must keep running

    def _settings_closed(self) -> None:
        self._settings_dialog.deleteLater()
        self._settings_dialog = None

    def _settings_changed(self, settings: Settings) -> None:
        previous, self.settings = self.settings, settings
        self.policy.settings = settings  # the policy records "always" into the settings the window holds
        self.session.plugins.aliases = dict(settings.aliases)
        if self.player_bar is not None:  # the volume tools and the slider: the music or this computer's output
            self.player_bar.set_volume_target(settings.volume_target)
        if self.library is not None and self.library.folder != Path(settings.profile.music_folder):
            self.library.folder = settings.profile.music_folder  # rescanned on the next music request
            if self.player_bar is not None:
                self.player_bar.player.playlist.replace([])
        if settings.theme != previous.theme:
            app = QApplication.instance()
            apply_theme(app, settings.theme)
            app.setStyleSheet(stylesheet(app.palette()))
        if settings.language != previous.language:
            self._switch_language(settings.language)
        self.read_aloud_action.setChecked(settings.reads_aloud(self._bot_id()))
        if not settings.reads_aloud(self._bot_id()):
            self.stop_reading()
        self._start_reconnect()

    def _switch_language(self, setting: str) -> None:
        """Show every window in the language ``setting`` asks for, now: the translators are swapped and Qt sends
        each widget a LanguageChange, on which the window and its widgets set their texts again."""
        # Imported here: language imports app, which imports this module.
        from .app import ui_language
        from .language import switch_language

        app = QApplication.instance()
        if isinstance(app, QApplication):
            # The returned translators need no reference here: they are the app's children, which keeps them.
            switch_language(app, ui_language(setting))

    def _start_reconnect(self, bot_id: str | None = None) -> None:
        self._connecting = True  # now, not when the task starts: a message sent in between must wait too
        self._spawn(self._reconnect(bot_id))

    async def _reconnect(self, bot_id: str | None = None) -> None:
        await self._connect(bot_id)
        if self.current is None:
            await self._show_welcome()
        if self.session.connection is not None:
            await self._check_connection()

    def _switch_bot(self, index: int) -> None:
        bot_id = self.bot_switcher.itemData(index)
        if bot_id and bot_id != self._bot_id():
            self.new_conversation()
            self._start_reconnect(bot_id)

    # ----------------------------------------------------------------------- export

    def export_conversation(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # ~2 ms of type set-up the frame's paint need not wait for

        if self.current is None:
            return
        title = (self.store.get_conversation(self.current).title or "conversation").replace("/", "_")
        dialog = QFileDialog(self, self.tr("Export as Markdown"), str(Path.home() / f"{title}.md"),
                             self.tr("Markdown (*.md)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        local_id = self.current
        dialog.fileSelected.connect(lambda path: Path(path).write_text(
            self.store.export_markdown(local_id), encoding="utf-8"))
        dialog.open()

    # ------------------------------------------------------------------- lifecycle

    def _spawn(self, coroutine) -> None:
        import asyncio  # not at the top: the frame is painted before the event loop (and asyncio) exists

        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _window_state(self) -> QSettings:
        return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)

    def closeEvent(self, event: QCloseEvent) -> None:
        state = self._window_state()
        state.setValue("geometry", self.saveGeometry())
        if self.store is not None:  # attached
            self._save_draft()
            state.setValue("splitter", self.splitter.saveState())
        super().closeEvent(event)
