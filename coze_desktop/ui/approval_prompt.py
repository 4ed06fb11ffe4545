"""The non-modal prompt that asks the user whether a local tool call may run, with a visible countdown."""

from __future__ import annotations

import asyncio
import json
import math
import time

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..plugins.approval import ApprovalRequest, Decision, Reason
from ..plugins.urls import Locality, SafeUrl
from .untrusted import plain_tip

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_KEYS = (*_ENTER, Qt.Key.Key_Escape)


class ApprovalCard(QFrame):
    """One pending call: what would run and why we ask, four answers, and the time left to answer.

    Enter answers "Allow once" (or presses the focused button), Esc answers "Deny". Enter is ignored for
    ``enter_delay`` seconds after the card appears: someone typing a message who presses Enter just as the
    card takes the focus must not approve a call they have not read.

    Signals:
        sig_answered(object): the Decision, once; TIMED_OUT when the countdown ran out.
    """

    sig_answered = Signal(object)

    enter_delay = 0.6
    tick_ms = 200

    def __init__(self, request: ApprovalRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.answered = False
        self._shown_at = time.monotonic()
        self._deadline = self._shown_at + request.timeout
        self._fitted_width = 0
        self.setObjectName("approvalCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        plugin = request.plugin

        self.title_label = _label("")
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.description_label = _label(plugin.description)
        self.alias_label = _label("")
        self.alias_label.setVisible(request.tool != plugin.name)
        self.reason_label = _label("")
        self.arguments_view = _ArgumentsView(
            json.dumps(request.args, ensure_ascii=False, indent=2, default=_shown) if request.args else "")
        self.countdown_label = _label("")

        self.allow_once_button = QPushButton()
        self.allow_conversation_button = QPushButton()
        self.always_button = QPushButton()
        self.deny_button = QPushButton()
        self._retranslate()
        buttons = QHBoxLayout()
        for button in (self.allow_once_button, self.allow_conversation_button, self.always_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.deny_button)
        self.allow_once_button.clicked.connect(lambda: self.answer(Decision.ALLOW_ONCE))
        self.allow_conversation_button.clicked.connect(lambda: self.answer(Decision.ALLOW_CONVERSATION))
        self.always_button.clicked.connect(lambda: self.answer(Decision.ALWAYS))
        self.deny_button.clicked.connect(lambda: self.answer(Decision.DENY))

        # What the user must read to decide (the title, the reason with its ⚠ lines) and the answers are always
        # whole; the plugin's own description and the arguments come after the reason and scroll in a short window.
        self.body = _Body(self.description_label, self.alias_label, self.arguments_view)
        self.body.widget().installEventFilter(self)  # its height changes when the arguments view fits its text
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        for widget in (self.title_label, self.reason_label, self.body, self.countdown_label):
            layout.addWidget(widget)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setInterval(self.tick_ms)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._tick()

    def _retranslate(self) -> None:
        """The card's texts in the current language: when built, and again after a live language change while
        the question is open (the plugin's description and the arguments are data, shown as they are)."""
        request = self.request
        self.title_label.setText(self.tr("Allow “{tool}” to run?").format(tool=request.plugin.name))
        self.alias_label.setText(self.tr("The bot calls it “{name}”.").format(name=request.tool))
        self.reason_label.setText(self._reason_text())
        if not request.args:
            self.arguments_view.setPlainText(self.tr("(no arguments)"))
        self.allow_once_button.setText(self.tr("Allow once"))
        self.allow_conversation_button.setText(self.tr("Allow in this conversation"))
        self.always_button.setText(self.tr("Always allow"))
        self.deny_button.setText(self.tr("Deny"))
        self._set_scopes()
        if not self.answered:
            self._show_countdown(self.seconds_left())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def _reason_text(self) -> str:
        request = self.request
        if request.reason is Reason.NETWORK:
            if request.urls:
                return "\n".join(self._url_text(url) for url in request.urls)
            if request.hosts:
                return self.tr("It reaches the network: {hosts}").format(hosts=", ".join(request.hosts))
            return self.tr("It reaches the network.")
        if request.reason is Reason.EXTERNAL:
            return self._external_text()
        if request.reason is Reason.ACTS:
            return self.tr("It acts on this computer.")
        return self.tr("It only reads information on this computer.")

    def _external_text(self) -> str:
        """Where a tool that is not Coze Desktop's own comes from and, for an MCP tool, what its server claims."""
        plugin = self.request.plugin
        kind, _, origin = plugin.source.partition(":")
        if kind == "mcp":
            lines = [self.tr("It runs a tool of the MCP server “{server}”, a program outside Coze Desktop.").format(
                server=origin)]
        elif kind == "package":
            lines = [self.tr("It runs a tool of the installed Python package “{package}”.").format(package=origin)]
        else:
            lines = [self.tr("It runs a tool from {source}.").format(source=plugin.source)]
        if plugin.read_only_hint:
            # Only the server's word: shown to help decide, never a reason not to ask.
            lines.append(self.tr("The server says this tool only reads; it is still your decision."))
        return "\n".join(lines)

    def _url_text(self, url: SafeUrl) -> str:
        """One URL as it will be opened: its host (both forms of an internationalised one) and where it is."""
        lines = [self.tr("It reaches the network: {host}").format(host=url.shown_host),
                 self.tr("It opens {url}").format(url=url.url)]
        if url.locality is Locality.LOOPBACK:
            lines.append(self.tr("⚠ This is your own computer: the bot asks to reach a service running on it."))
        elif url.locality is Locality.LOCAL_NETWORK:
            lines.append(self.tr("⚠ This is your local network: the bot asks to reach a device or router near you."))
        if url.mixed_scripts:
            lines.append(self.tr("⚠ The name mixes {scripts} letters: it may imitate another name.").format(
                scripts=" + ".join(url.mixed_scripts)))
        return "\n".join(lines)

    def _set_scopes(self) -> None:
        request, tool = self.request, self.request.plugin.name
        if not request.keys:
            reason = self.tr("The call names no host, so it can only be allowed once.")
            for button in (self.allow_conversation_button, self.always_button):
                button.setEnabled(False)
                button.setToolTip(plain_tip(reason))
            return
        if not request.conversation_key:
            self.allow_conversation_button.setEnabled(False)
        if request.reason is Reason.NETWORK:
            hosts = ", ".join(request.hosts)
            self.allow_conversation_button.setToolTip(plain_tip(
                self.tr("Do not ask again in this conversation for “{tool}” reaching {hosts}").format(
                    tool=tool, hosts=hosts)))
            self.always_button.setToolTip(plain_tip(
                self.tr("Never ask again for “{tool}” reaching {hosts} (revocable in Settings → Local plugins)")
                .format(tool=tool, hosts=hosts)))
        else:
            self.allow_conversation_button.setToolTip(plain_tip(
                self.tr("Do not ask again in this conversation for “{tool}”").format(tool=tool)))
            self.always_button.setToolTip(plain_tip(
                self.tr("Never ask again for “{tool}” (revocable in Settings → Local plugins)").format(tool=tool)))

    def seconds_left(self) -> int:
        return max(0, math.ceil(self._deadline - time.monotonic()))

    def _tick(self) -> None:
        left = self.seconds_left()
        if left <= 0:
            self.answer(Decision.TIMED_OUT)
            return
        self._show_countdown(left)

    def _show_countdown(self, left: int) -> None:
        self.countdown_label.setText(
            self.tr("Coze is waiting for this answer; it will be declined automatically in {seconds} s.").format(
                seconds=left))

    def answer(self, decision: Decision) -> None:
        """Give the answer (the buttons, keys and countdown call this); later calls do nothing."""
        if not self.answered:
            self.withdraw()
            self.sig_answered.emit(decision)

    def withdraw(self) -> None:
        """Take no more answers: the request ended elsewhere (answered, or its turn stopped)."""
        self.answered = True
        self._timer.stop()

    def event(self, event: QEvent) -> bool:
        # Claim Enter and Esc before the window's shortcuts do (Esc there stops the answer being written).
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and event.key() in _KEYS:
            event.accept()
            return True
        handled = super().event(event)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self._fit()  # after the layout's own handling: the children have their new geometry
        return handled

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        """Ask the window for the height the decisive parts need at the card's width.

        A word-wrapped QLabel's minimum height is that of a few words on a wide line, far below its height at the
        width it gets; the window's layout honours only minimums, so a short window squeezed the card until its
        labels overlapped and the reason (the ⚠ lines) vanished. Its minimum is therefore the height for its width:
        the title, reason, countdown and buttons whole, the scrolling body at its own small minimum."""
        layout = self.layout()
        if layout is None or self.width() <= 0:
            return
        margins = layout.contentsMargins()
        self.body.fit(self.contentsRect().width() - margins.left() - margins.right())
        needed = layout.totalMinimumHeightForWidth(self.width())
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)
        if self.width() != self._fitted_width:
            self._fitted_width = self.width()
            self.updateGeometry()  # the size hint is the height for this width

    def hasHeightForWidth(self) -> bool:
        # Said yes, the window's column would take the full height for its width (body unscrolled) as the card's
        # minimum and, short of room, squeeze it with everything else below the minimum _fit sets.
        return False

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        layout = self.layout()
        if layout is not None and self.width() > 0:
            hint.setHeight(layout.totalHeightForWidth(self.width()))
        return hint

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.answer(Decision.DENY)
        elif key in _ENTER:
            if time.monotonic() - self._shown_at < self.enter_delay:
                return
            focused = QApplication.focusWidget()
            if isinstance(focused, QPushButton) and self.isAncestorOf(focused):
                focused.click()
            else:
                self.answer(Decision.ALLOW_ONCE)
        else:
            super().keyPressEvent(event)


class ApprovalPrompt(QWidget):
    """Where the window asks about local tool calls: one card per pending call, stacked, oldest first.

    Calls of one requires_action run concurrently, so several may wait at once; stacking shows them all, each
    with its own countdown (they all expire, since Coze waits for all of them together), instead of a queue
    whose hidden prompts would run out of time unseen. The widget hides itself when nothing is pending.
    Use :meth:`ask` as the ``ask`` of a :class:`~coze_desktop.plugins.approval.PolicyApprover`.

    The first card takes the keyboard focus (Enter allows once, Esc denies); when the last card held it and goes,
    the focus goes to ``focus_after`` (the window sets its message box), else back where it was before.

    Signals:
        sig_pending_changed(int): the number of unanswered requests changed.
    """

    sig_pending_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalPrompt")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 0, 12, 0)
        self._layout.setSpacing(6)
        self.cards: list[ApprovalCard] = []
        self.focus_after: QWidget | None = None
        self._focus_before: QWidget | None = None
        self.hide()

    def ask(self, request: ApprovalRequest) -> asyncio.Future[Decision]:
        """Show a card for ``request``; the future gets the answer. Cancelling it withdraws the card."""
        future: asyncio.Future[Decision] = asyncio.get_running_loop().create_future()
        card = ApprovalCard(request, self)
        card.sig_answered.connect(lambda decision: future.done() or future.set_result(decision))
        future.add_done_callback(lambda _: self._remove(card))
        self.cards.append(card)
        self._layout.addWidget(card)
        card.show()  # a child added to a visible widget stays hidden until shown
        self.show()
        if len(self.cards) == 1:
            focused = QApplication.focusWidget()
            self._focus_before = focused if focused is not None and not self.isAncestorOf(focused) else None
            card.setFocus(Qt.FocusReason.OtherFocusReason)
        QApplication.alert(self.window())  # the user may be in another window while Coze waits
        self.sig_pending_changed.emit(len(self.cards))
        return future

    def _remove(self, card: ApprovalCard) -> None:
        if card not in self.cards:
            return
        focused = QApplication.focusWidget()
        had_focus = focused is card or (focused is not None and card.isAncestorOf(focused))
        self.cards.remove(card)
        card.withdraw()
        card.hide()
        card.deleteLater()
        if had_focus and self.cards:
            self.cards[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.setVisible(bool(self.cards))
        if had_focus and not self.cards:
            target = self.focus_after or self._focus_before
            self._focus_before = None
            try:
                if target is not None and target.isVisible():
                    target.setFocus(Qt.FocusReason.OtherFocusReason)
            except RuntimeError:  # the widget that had the focus was deleted meanwhile (another conversation)
                pass
        self.sig_pending_changed.emit(len(self.cards))


class _Body(QScrollArea):
    """The plugin's description, the bot's name for the tool and the arguments: whole when there is room, and
    scrolling (from a couple of lines up) when the window is too short, so they never crowd out the reason."""

    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the labels wrap instead
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in widgets:
            layout.addWidget(widget)
        self.setWidget(content)
        self._width = 0

    def content_height(self) -> int:
        content = self.widget()
        width = self._width or content.sizeHint().width()
        return content.heightForWidth(width) if content.hasHeightForWidth() else content.sizeHint().height()

    def fit(self, width: int) -> None:
        """Never taller than the content at ``width`` (no blank space under the arguments)."""
        self._width = width
        height = self.content_height()
        if height != self.maximumHeight():
            self.setMaximumHeight(height)
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.content_height())

    def minimumSizeHint(self) -> QSize:
        # Two lines: enough to show that there is more to read, should the user want to scroll.
        return QSize(super().minimumSizeHint().width(),
                     min(self.content_height(), 2 * self.fontMetrics().lineSpacing()))


class _ArgumentsView(QTextEdit):
    """The arguments, read-only, as tall as their text up to eight lines; longer text scrolls inside."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.setReadOnly(True)
        self.setPlainText(text)  # plain: the bot's arguments are never markup
        # The laid-out height, not lines × font height: Chinese falls back to a taller font.
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        height = min(self.document().size().height(), self.fontMetrics().lineSpacing() * 8)
        self.setFixedHeight(math.ceil(height) + 2 * self.frameWidth())


def _shown(value: object) -> str:
    """How an argument that is not plain JSON is shown: a SafeUrl as the URL that will be opened."""
    if isinstance(value, SafeUrl):
        return value.url
    raise TypeError(f"cannot show {type(value).__name__}")


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # arguments and names come from the bot: never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label

