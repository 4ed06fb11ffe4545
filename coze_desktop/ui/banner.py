"""Banners over the conversation: the offline demo bot (how to connect a real one), and problems to know about."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from .. import notices
from ..notices import Notice


def _translucent(color: QColor, alpha: float) -> QColor:
    result = QColor(color)
    result.setAlphaF(alpha)
    return result


def _name_close_button(button: QToolButton) -> None:
    # The banners' "×", named in the current language (its context stays the banners' own, for the translations).
    button.setToolTip(QCoreApplication.translate("DemoBanner", "Hide this notice"))
    button.setAccessibleName(QCoreApplication.translate("DemoBanner", "Close"))


class DemoBanner(QFrame):
    """A soft, rounded one-line notice: "You are chatting with the offline demo bot", "How?", a Connect button
    and "×". "How?" unfolds the three steps to connect a real bot (they are the title's tooltip too); the window
    remembers "×", so the banner stays away once dismissed.

    Its colours are the palette's highlight colour made translucent, so it suits light and dark themes alike. The
    rounded box is painted, not set by a style sheet: children of a widget with a style sheet keep their old
    colours when the system switches between light and dark while the app runs.

    Signals:
        sig_open_settings(): the user wants to connect a real bot ("Connect a Coze bot…").
        sig_dismissed(): the user closed the banner with "×"; it has hidden itself.
    """

    sig_open_settings = Signal()
    sig_dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setFrameShape(QFrame.Shape.NoFrame)  # paintEvent draws the rounded box

        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.text_label = QLabel()
        self.text_label.setTextFormat(Qt.TextFormat.RichText)  # for the numbered list; every part is escaped
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # long text must not widen the window; setSizePolicy would drop the height-for-width that wrapping set
        policy = self.text_label.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.text_label.setSizePolicy(policy)
        self.text_label.hide()  # one line until the user asks how

        self.how_button = QToolButton()
        self.how_button.setCheckable(True)
        self.how_button.setAutoRaise(True)
        self.how_button.toggled.connect(self.text_label.setVisible)

        self.connect_button = QPushButton()
        self.connect_button.setDefault(True)  # styles draw the default button as the primary one
        self.connect_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.connect_button.clicked.connect(self.sig_open_settings)

        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.how_button)
        top.addWidget(self.connect_button)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.text_label)
        self._retranslate()

    def _retranslate(self) -> None:
        """Every text of the banner in the current language (again after a live language change)."""
        self.title_label.setText(self.tr("You are chatting with the offline demo bot"))
        intro = self.tr(
            "It runs on this computer and answers from a small script, so you can try the app without an account. "
            "To talk to your own Coze bot:"
        )
        steps = [
            self.tr("Publish the bot to the API channel (“Agent as API”) in Coze."),
            self.tr("Create a personal access token on coze.cn or coze.com."),
            self.tr("Paste the token and the bot ID in Settings."),
        ]
        items = "".join(f"<li>{html.escape(step)}</li>" for step in steps)
        self.text_label.setText(
            f"<p style='margin:0'>{html.escape(intro)}</p><ol style='margin:4px 0 0 0'>{items}</ol>")
        self.title_label.setToolTip(f"<p>{html.escape(intro)}</p><ol>{items}</ol>")
        self.how_button.setText(self.tr("How?"))
        self.how_button.setToolTip(self.tr("Show the steps to connect your own Coze bot"))
        self.connect_button.setText(self.tr("Connect a Coze bot…"))
        _name_close_button(self.close_button)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def dismiss(self) -> None:
        """Hide the banner and tell the owner (which may remember not to show it again)."""
        self.hide()
        self.sig_dismissed.emit()

    def sizeHint(self) -> QSize:
        # The wrapped text's height depends on the width: hint the height for the current width so a layout with
        # room to spare does not stretch the banner to the height it would need at its (narrow) default width.
        hint = super().sizeHint()
        if self.width() > 0:
            hint.setHeight(self.heightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the height hint follows the width

    def paintEvent(self, event: QPaintEvent) -> None:
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(_translucent(accent, 0.45), 1))
        painter.setBrush(_translucent(accent, 0.12))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        painter.end()


class SignInBanner(DemoBanner):
    """The demo banner's look, saying that the profile's sign-in with Coze has ended (its refresh token ran out or
    was revoked) with one "Sign in…" button: every request fails until the user signs in again, so this stays
    until they do (the window hides it when Coze answers again).

    Signals:
        sig_open_settings(): the user wants to sign in again ("Sign in…": Settings → Account).
        sig_dismissed(): the user closed the banner with "×"; it has hidden itself.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInBanner")
        self.how_button.hide()

    def _retranslate(self) -> None:
        self.title_label.setText(self.tr("Your sign-in with Coze has expired. Sign in again to go on chatting."))
        self.title_label.setToolTip(self.tr(
            "Coze keeps a sign-in for 30 days, or until it is revoked. Settings → Account → Sign in with Coze."))
        self.connect_button.setText(self.tr("Sign in…"))
        self.how_button.setText(self.title_label.toolTip())  # hidden, but named for assistive tools all the same
        _name_close_button(self.close_button)


class MusicFolderPrompt(QFrame):
    """First run, one line: no music folder chosen yet (the library falls back to the system's Music folder, then
    the demo songs); choose one, or dismiss. Also shown when the chosen folder has gone.

    Signals:
        sig_choose(): the user wants to pick the music folder ("Choose folder…").
        sig_dismissed(): the user closed the prompt with "×"; it has hidden itself.
    """

    sig_choose = Signal()
    sig_dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("musicFolderPrompt")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        policy = self.text_label.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # wraps rather than widening the window
        self.text_label.setSizePolicy(policy)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.sig_choose)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 6, 4)
        row.setSpacing(8)
        row.addWidget(self.text_label, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.close_button)
        self._retranslate()

    def _retranslate(self) -> None:
        """Every text of the prompt in the current language (again after a live language change)."""
        self.text_label.setText(self.tr("No music folder chosen yet: songs come from your system's Music folder, "
                                        "else the demo songs."))
        self.choose_button.setText(self.tr("Choose folder…"))
        self.choose_button.setToolTip(self.tr("Choose the folder with your music"))
        _name_close_button(self.close_button)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def dismiss(self) -> None:
        self.hide()
        self.sig_dismissed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(_translucent(accent, 0.35), 1))
        painter.setBrush(_translucent(accent, 0.08))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        painter.end()


class NoticeBanner(QFrame):
    """Problems the user should know about, one per line: a damaged file moved aside (with its path), no keyring,
    a full disk. Dismissible; what it showed is also in the log. Hidden while it has nothing to say.

    A :class:`~coze_desktop.notices.Notice` becomes a sentence in the interface's language, one per kind, with
    its path in it (selectable, to be copied); its technical detail (an OS or parser error, in English) follows
    on a line of its own, shortened. ``problems`` holds what is shown, ``notices`` the notices it came from.

    Signals:
        sig_dismissed(): the user closed it with "×"; its problems are cleared.
    """

    sig_dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBanner")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.problems: list[str] = []  # each problem as shown: the sentence, and its details line if any
        self.notices: list[Notice] = []
        # What each shown problem came from, to say it again after a language change: a notice is translated by its
        # kind; a sentence was given in the language of its time and stays as it is.
        self._shown: list[Notice | str] = []
        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setBold(True)
        self.title_label.setFont(font)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)  # paths and server messages: never markup
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # paths get copied
        policy = self.text_label.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # a long path must not widen the window
        self.text_label.setSizePolicy(policy)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 10)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.text_label)
        self.hide()
        self._retranslate()

    def _retranslate(self) -> None:
        """The title, the close button and the problems shown, in the current language (again after a change)."""
        _name_close_button(self.close_button)
        self.problems = [self._text(problem) for problem in self._shown]
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    DETAIL_LIMIT = 120  # characters of technical detail shown; the log has it all

    def sentence(self, notice: Notice) -> str:
        """The notice's kind as a sentence in the interface's language, its path in place of %1."""
        templates = {
            notices.SETTINGS_MOVED: self.tr(
                "The settings file could not be read. It was moved to %1 and Coze Desktop started with default "
                "settings: your profiles, bots and tool approvals are in that file."),
            notices.SETTINGS_NOT_MOVED: self.tr(
                "The settings file %1 could not be read and could not be moved aside. Coze Desktop started with "
                "default settings; the file was left as it was."),
            notices.HISTORY_MOVED: self.tr(
                "The history file was damaged. It was moved to %1 (nothing was deleted) and a new, empty history "
                "was started."),
            notices.HISTORY_MOVED_NOT_REPLACED: self.tr(
                "The history file was damaged and was moved to %1. A new one could not be created; conversations "
                "are kept in memory only and are lost when you quit."),
            notices.HISTORY_NOT_MOVED: self.tr(
                "The history file %1 is damaged and could not be moved aside; it was left as it is. Conversations "
                "are kept in memory only and are lost when you quit."),
            notices.HISTORY_NEWER: self.tr(
                "The history file %1 was written by a newer version of Coze Desktop, so it is left untouched. "
                "This session's conversations are kept in memory only and are lost when you quit; update Coze "
                "Desktop to see your history again."),
            notices.HISTORY_READ_ONLY: self.tr(
                "The history file %1 cannot be written. Your past conversations are shown, but new ones are kept "
                "in memory only and are lost when you quit."),
            notices.HISTORY_IN_MEMORY: self.tr(
                "The history file %1 cannot be opened. Conversations are kept in memory only and are lost when "
                "you quit."),
            notices.HISTORY_LOCKED: self.tr(
                "The history file %1 is locked by another program (another Coze Desktop, a backup or sync tool?). "
                "Conversations are kept in memory only and are lost when you quit."),
            notices.HISTORY_DISK_FULL: self.tr(
                "The disk is full: this answer is shown but may be missing from the history file %1. Free some "
                "disk space."),
            notices.HISTORY_NOT_RECORDED: self.tr(
                "This answer is shown but may be missing from the history file %1."),
            notices.LOG_FOLDER_UNWRITABLE: self.tr(
                "The log folder %1 cannot be written; this run logs to the terminal (stderr) only."),
        }
        template = templates.get(notice.kind)
        if template is None:  # a kind added to notices but not here yet: still say something
            return notice.text
        return template.replace("%1", notice.path)

    def details(self, notice: Notice) -> str:
        """The technical detail, shortened to one line ("" when there is none)."""
        detail = " ".join(notice.detail.split())
        if not detail:
            return ""
        if len(detail) > self.DETAIL_LIMIT:
            detail = detail[: self.DETAIL_LIMIT - 1].rstrip() + "…"
        return self.tr("Details: %1").replace("%1", detail)

    def add(self, problem: Notice | str) -> None:
        """Show ``problem`` too (once, however often it is added while shown): a notice, or a sentence that is
        already in the interface's language."""
        if isinstance(problem, Notice):
            if problem in self.notices:
                return
            self.notices.append(problem)
        text = self._text(problem)
        if text not in self.problems:
            self.problems.append(text)
            self._shown.append(problem)
        self._render()
        self.show()

    def _text(self, problem: Notice | str) -> str:
        if isinstance(problem, str):
            return problem
        details = self.details(problem)
        return self.sentence(problem) + (f"\n    {details}" if details else "")

    def _render(self) -> None:
        self.title_label.setText(self.tr("Coze Desktop ran into a problem") if len(self.problems) <= 1
                                 else self.tr("Coze Desktop ran into %n problem(s)", "", len(self.problems)))
        self.text_label.setText("\n".join(f"• {problem}" for problem in self.problems))

    def dismiss(self) -> None:
        self.problems.clear()
        self.notices.clear()
        self._shown.clear()
        self.hide()
        self.sig_dismissed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        # Amber, not the palette's highlight: a problem, unlike the demo notice. Translucent, so both themes suit.
        accent = QColor(0xE0, 0x8A, 0x1E)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(_translucent(accent, 0.6), 1))
        painter.setBrush(_translucent(accent, 0.14))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        painter.end()
