"""Runs one conversation turn: stream the answer, run local tools on requires_action, submit, continue."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from ..api import (
    Chat,
    ChatEvent,
    ChatStatus,
    ChatStream,
    ChoiceQuestion,
    ContentPart,
    CozeAPIError,
    CozeChatFailed,
    CozeClient,
    CozeClientError,
    CozeError,
    CozeInputError,
    CozeProtocolError,
    CozeStreamError,
    EnterMessage,
    EventType,
    Message,
    MessageType,
    RecallChunk,
    ShortcutRequest,
    ToolCall,
    ToolOutput,
    Usage,
)
from ..api.types import delta_piece
from ..plugins import Plugin, PluginRegistry, ToolResult, error_output
from ..plugins.approval import DEFAULT_APPROVAL_TIMEOUT, ApprovalRequest, Approver, Decision, refusal
from ..plugins.registry import Approve
from .events import (
    AnswerCompleted,
    AnswerDelta,
    ChoiceAnswered,
    ChoiceAsked,
    FollowUpSuggested,
    Observer,
    ReasoningDelta,
    RecallSources,
    StillWaiting,
    StreamWarning,
    ToolCallFinished,
    ToolCallStarted,
    TurnCancelled,
    TurnCompleted,
    TurnEvent,
    TurnFailed,
    TurnStarted,
    UsageReported,
)

log = logging.getLogger(__name__)

# A bot that keeps asking for tools forever must not keep the turn alive forever: the round after the last
# allowed one runs no handler; its calls are answered with TOO_MANY_ROUNDS and the chat is cancelled.
MAX_TOOL_ROUNDS = 20
TOO_MANY_ROUNDS = "stopped: too many tool rounds in one turn"
# Each clean-up request after a stop or a failure (release the waiting calls, cancel the chat) gets this long.
CANCEL_TIMEOUT = 5.0
# After conversation.chat.completed the turn is complete; `done` or the end of the stream is waited for no longer.
DONE_GRACE = 2.0
SILENCE_NOTICE = 10.0
DELTA = EventType.MESSAGE_DELTA


# How a workflow Q&A node's question is put to the user: awaited for the pick (an option's text, or a free
# answer), bounded by the engine's ``choice_timeout``; cancelled when the turn is stopped.
Choose = Callable[[ChoiceQuestion], Awaitable[str]]


@dataclass(slots=True)
class TurnRequest:
    """One question. With ``parts`` (uploaded images and files, :class:`ContentPart`) it is sent as an
    ``object_string`` message, the text first; without, as ``content_type: text``. ``shortcut`` sends the
    bot's shortcut command along (``shortcut_command`` of /v3/chat); ``text`` is then what the user typed."""

    bot_id: str
    user_id: str
    text: str
    conversation_id: str | None = None
    parts: tuple[ContentPart, ...] = ()
    shortcut: ShortcutRequest | None = None


@dataclass
class TurnOutcome:
    """Everything one turn produced. ``status`` is ``completed``, ``failed`` or ``cancelled``."""

    status: str = "running"
    conversation_id: str = ""
    chat_id: str = ""
    usage: Usage | None = None
    error: CozeError | None = None
    recall: list[RecallChunk] = field(default_factory=list)
    follow_ups: list[str] = field(default_factory=list)
    tool_results: list[tuple[ToolCall, ToolResult]] = field(default_factory=list)
    # message id → its pieces, in arrival order; joined only when read, since `+=` per delta is quadratic
    pieces: dict[str, list[str]] = field(default_factory=dict)

    @property
    def answers(self) -> dict[str, str]:
        return {message_id: "".join(parts) for message_id, parts in self.pieces.items()}

    @property
    def answer(self) -> str:
        return "\n\n".join(text for text in self.answers.values() if text)


class ChatEngine:
    """Drives turns against one :class:`CozeClient` with one :class:`PluginRegistry`.

    Streaming and polled (``stream=False``) turns report the same events. Every turn ends in bounded time:
    the client bounds each wait for headers and each silence inside a stream, polling stops at
    ``poll_deadline`` (pauses doubling from ``poll_interval`` up to 4 s), a missing ``done`` after
    ``conversation.chat.completed`` costs at most ``done_grace`` seconds, and at most ``MAX_TOOL_ROUNDS`` rounds
    of local tools run. After ``silence_notice`` seconds without anything from Coze, :class:`StillWaiting` is
    reported once per stretch of silence.

    :meth:`run_turn` lets nothing but cancellation escape: a failure of any kind is a :class:`TurnFailed`
    carrying a :class:`CozeError`, with the partial answer kept. A chat a failure leaves running on the server
    is released (calls waiting for outputs are answered "stopped") and cancelled, each step bounded by
    ``cancel_timeout``. To stop a turn, cancel the task running it: the same clean-up runs, then
    :class:`TurnCancelled` is reported before the ``CancelledError`` propagates.

    With an ``approver``, every call whose arguments passed the schema waits for its decision before the
    handler runs; a decision that does not come within ``approval_timeout`` seconds refuses the call, so the
    chat (waiting server-side for our outputs) is never left stuck. Without one, every valid call runs.

    A ``reply_message`` call (a workflow Q&A node's question) is reported as :class:`ChoiceAsked` and put to
    ``choose``; its pick, reported as :class:`ChoiceAnswered`, is the call's output. Without ``choose``, or
    when no pick comes within ``choice_timeout`` (default: the approval limit), the output is an error that
    quotes the question, so the chat still goes on.
    """

    def __init__(
        self,
        client: CozeClient,
        plugins: PluginRegistry,
        *,
        stream: bool = True,
        poll_interval: float = 1.0,
        poll_deadline: float = 120.0,
        approver: Approver | None = None,
        approval_timeout: float = DEFAULT_APPROVAL_TIMEOUT,
        silence_notice: float = SILENCE_NOTICE,
        choose: Choose | None = None,
        choice_timeout: float | None = None,
    ) -> None:
        self.client = client
        self.plugins = plugins
        self.approver = approver
        self.approval_timeout = approval_timeout
        self.choose = choose
        self.choice_timeout = approval_timeout if choice_timeout is None else choice_timeout
        self.stream = stream
        self.poll_interval = poll_interval
        self.poll_deadline = poll_deadline
        self.silence_notice = silence_notice
        # Per instance so that tests can shorten them.
        self.done_grace = DONE_GRACE
        self.cancel_timeout = CANCEL_TIMEOUT

    async def run_turn(self, request: TurnRequest, observer: Observer) -> TurnOutcome:
        turn = _Turn(observer, self.silence_notice)
        try:
            text = _question(request.text, optional=bool(request.parts))
            messages = [EnterMessage.question(text, request.parts)]
            if self.stream:
                await self._run_streaming(turn, request, messages)
            else:
                await self._run_polled(turn, request, messages)
        except asyncio.CancelledError:
            turn.hush()
            turn.outcome.status = "cancelled"
            try:
                await self._release_waiting(turn, "The user stopped this turn before the tool answered.")
                await self._cancel_on_server(turn.outcome)
            finally:
                turn.emit(TurnCancelled(turn.outcome.answer))
            raise
        except CozeError as exc:
            await self._fail(turn, exc)
        except Exception as exc:
            # A bug of ours (or of a library) must not leave the window waiting for a turn that never ends.
            log.exception("turn failed unexpectedly")
            detail = f"{type(exc).__name__}: {exc}"[:300]
            await self._fail(turn, CozeClientError(f"Coze Desktop failed unexpectedly: {detail}",
                                                   logid=self.client.last_logid))
        finally:
            turn.hush()
        return turn.outcome

    async def _fail(self, turn: _Turn, error: CozeError) -> None:
        """End the turn as failed: release and cancel a chat still running on the server, then report."""
        turn.hush()
        outcome = turn.outcome
        outcome.status, outcome.error = "failed", error
        notes = [error.hint] if error.hint else []
        try:
            if outcome.chat_id and not turn.server_ended:
                await self._release_waiting(turn, turn.stop_reason)
                cancelled = await self._cancel_on_server(outcome)
                if cancelled is not None:
                    notes.append("The chat was cancelled on Coze." if cancelled else
                                 "Coze did not confirm cancelling the chat, so this conversation may stay busy for a "
                                 "few minutes.")
        finally:
            if outcome.answer:
                notes.append("What arrived is kept.")
            error.hint = " ".join(notes)
            turn.emit(TurnFailed(error, outcome.answer))

    # ------------------------------------------------------------ streaming

    async def _run_streaming(self, turn: _Turn, request: TurnRequest, messages: list[EnterMessage]) -> None:
        stream = self.client.stream_chat(bot_id=request.bot_id, user_id=request.user_id, messages=messages,
                                         conversation_id=request.conversation_id,
                                         shortcut_command=request.shortcut)
        rounds = 0
        while True:
            async with stream:
                turn.waiting = None  # the server took the outputs (if this stream submitted some): the chat goes on
                action = await self._consume(turn, stream)
            if action is None:
                return self._complete(turn)
            turn.waiting = action
            rounds = self._count_round(turn, rounds)
            outputs = await self._run_tools(turn, action.tool_calls)
            stream = self.client.stream_tool_outputs(action.conversation_id, action.id, outputs)

    @staticmethod
    def _count_round(turn: _Turn, rounds: int) -> int:
        """One more round of local tools, or the stop once MAX_TOOL_ROUNDS have run (no handler runs then)."""
        if rounds >= MAX_TOOL_ROUNDS:
            turn.stop_reason = TOO_MANY_ROUNDS
            raise CozeChatFailed(
                f"The bot asked for local tools more than {MAX_TOOL_ROUNDS} times in one turn, so the turn was "
                "stopped.", logid=turn.logid,
                hint="This looks like a loop in the bot's logic; check its prompt and plugins.")
        return rounds + 1

    async def _consume(self, turn: _Turn, stream: ChatStream) -> Chat | None:
        """Feed one stream's events into the turn; return the chat when it requires action, else None."""
        turn.heard()  # the headers are in
        turn.logid = stream.logid
        on_delta = turn.delta
        async for event in stream:
            turn.last_heard = event  # a reference, not a timestamp: nothing allocated per event
            if event.event == DELTA and event.payload is not None:
                # Nearly every event of an answer: straight to the turn, without the dispatch below and without
                # building the typed Message (the turn reads three of its twelve fields).
                piece = delta_piece(event.payload)
                if piece is not None:
                    on_delta(*piece)
                continue
            action = self._on_event(turn, event, stream.logid)
            if action is not None:
                return action  # leaving the block closes this stream; its `done` carries nothing we need
            if event.event == EventType.DONE:
                break
            if event.chat is not None and turn.outcome.status == ChatStatus.COMPLETED:
                await self._after_completed(turn, stream)
                break
        if turn.outcome.status != ChatStatus.COMPLETED:
            raise CozeStreamError("The connection to Coze ended before the answer was finished.",
                                  logid=stream.logid)
        return None

    async def _after_completed(self, turn: _Turn, stream: ChatStream) -> None:
        """The chat is complete: wait at most ``done_grace`` for ``done`` or the end of the stream.

        What comes meanwhile (a late follow-up) still counts; a failure now cannot undo the finished answer.
        """
        try:
            async with asyncio.timeout(self.done_grace):
                async for event in stream:
                    if event.event == EventType.DONE:
                        return
                    self._on_event(turn, event, stream.logid)
        except TimeoutError:
            turn.emit(StreamWarning(f"Coze did not end the stream within {self.done_grace:g} s of completing the "
                                    "chat; it was closed."))
        except CozeError as exc:
            turn.emit(StreamWarning(f"After the chat completed: {exc}"))

    def _on_event(self, turn: _Turn, event: ChatEvent, logid: str) -> Chat | None:
        if event.malformed and event.event == EventType.CHAT_FAILED:
            turn.server_ended = True
            raise CozeChatFailed("The chat failed; the server's description of why could not be read.",
                                 logid=logid)
        if event.malformed:
            turn.emit(StreamWarning(f"Ignored a malformed {event.event} event: {event.data[:200]!r}"))
            return None
        if event.chat is not None:
            return self._on_chat(turn, event.event, event.chat, logid)
        if event.message is not None:
            if event.event == EventType.MESSAGE_DELTA:
                turn.delta_message(event.message)
            elif event.event == EventType.MESSAGE_COMPLETED:
                turn.completed(event.message)
            return None
        if event.error is not None:
            raise CozeChatFailed(event.error.msg, code=event.error.code, logid=logid)
        if event.event != EventType.DONE:
            log.debug("ignoring unknown event %r", event.event)
        return None

    def _on_chat(self, turn: _Turn, name: str, chat: Chat, logid: str) -> Chat | None:
        turn.started(chat)
        if name == EventType.CHAT_REQUIRES_ACTION or chat.status == ChatStatus.REQUIRES_ACTION:
            if chat.tool_calls:
                return chat
            turn.emit(StreamWarning("The chat requires action but named no tool calls; waiting for more."))
        elif name == EventType.CHAT_COMPLETED or chat.status == ChatStatus.COMPLETED:
            turn.outcome.status = ChatStatus.COMPLETED
            turn.outcome.usage = chat.usage or turn.outcome.usage
        elif name == EventType.CHAT_FAILED or chat.status == ChatStatus.FAILED:
            turn.server_ended = True
            raise _chat_failed(chat, logid)
        elif name == EventType.CHAT_CANCELED or chat.status == ChatStatus.CANCELED:
            turn.server_ended = True
            raise CozeChatFailed("The chat was cancelled on the server.", logid=logid,
                                 hint="Someone or something cancelled this chat; ask again to retry.")
        return None

    def _complete(self, turn: _Turn) -> None:
        outcome = turn.outcome
        outcome.status = "completed"
        if outcome.usage is not None:
            turn.emit(UsageReported(outcome.usage))
        turn.emit(TurnCompleted(outcome.conversation_id, outcome.chat_id, outcome.usage))

    # --------------------------------------------------------------- polled

    async def _run_polled(self, turn: _Turn, request: TurnRequest, messages: list[EnterMessage]) -> None:
        client = self.client
        chat = await client.create_chat(bot_id=request.bot_id, user_id=request.user_id, messages=messages,
                                        conversation_id=request.conversation_id,
                                        shortcut_command=request.shortcut)
        turn.heard()
        turn.started(chat)
        rounds = 0
        while True:
            chat = await client.poll_chat(chat.conversation_id, chat.id, interval=self.poll_interval,
                                          deadline=self.poll_deadline)
            turn.heard()
            turn.logid = client.last_logid
            if chat.status != ChatStatus.REQUIRES_ACTION:
                break
            turn.waiting = chat
            rounds = self._count_round(turn, rounds)
            outputs = await self._run_tools(turn, chat.tool_calls)
            chat = await client.submit_tool_outputs(chat.conversation_id, chat.id, outputs)
            turn.heard()
            turn.waiting = None
        turn.server_ended = True  # completed, failed or canceled: nothing left to cancel
        if chat.status == ChatStatus.FAILED:
            raise _chat_failed(chat, client.last_logid)
        if chat.status != ChatStatus.COMPLETED:
            raise CozeChatFailed(f"The chat ended as '{chat.status}'.", logid=client.last_logid)
        turn.outcome.usage = chat.usage
        # The message list holds what a stream would have carried; replay it as completed messages.
        for message in await client.list_chat_messages(chat.conversation_id, chat.id):
            turn.completed(message)
        if not turn.outcome.pieces:
            raise CozeProtocolError("Coze said the chat completed, but its message list holds no answer.",
                                    logid=client.last_logid,
                                    hint="Ask again; quote the logid if it keeps happening.")
        self._complete(turn)

    # ---------------------------------------------------------------- tools

    async def _run_tools(self, turn: _Turn, calls: list[ToolCall]) -> list[ToolOutput]:
        """Run every call of one requires_action concurrently; each yields an output, whatever happens."""

        async def run(call: ToolCall) -> ToolOutput:
            if call.is_reply_message:
                result = await self._choice(turn, call)
                turn.outcome.tool_results.append((call, result))
                return ToolOutput(call.id, _sendable(result.output))
            turn.emit(ToolCallStarted(call))
            if call.type != "function":
                message = f"this app cannot answer a {call.type!r} request"
                result = ToolResult(error_output(message), False, message)
            else:
                result = await self.plugins.run(call.name, call.arguments, self._approval(turn, call))
            turn.outcome.tool_results.append((call, result))
            turn.emit(ToolCallFinished(call, result))
            return ToolOutput(call.id, _sendable(result.output))

        turn.tools_running = True  # our own work, not a silence of Coze's
        try:
            return list(await asyncio.gather(*(run(call) for call in calls)))
        finally:
            turn.tools_running = False
            turn.heard()

    async def _choice(self, turn: _Turn, call: ToolCall) -> ToolResult:
        """Put a Q&A node's question to ``choose``; the pick is the output, submitted as plain text.

        UNCONFIRMED: no official source shows the output the cloud expects for a reply_message call. The pick is
        sent as the chosen option's text itself, because that is what resumes a Q&A node in Coze Studio (the
        answer is matched exactly against the option names, then by intent; qa/question_answer.go).
        """
        question = call.choice_question()
        turn.emit(ChoiceAsked(question))
        choose, limit = self.choose, self.choice_timeout
        why = ""
        if choose is None:
            why = f"this app cannot ask the user the workflow's question: {question.question[:300]}"
        else:
            try:
                pick = (await asyncio.wait_for(choose(question), limit)).strip()
            except TimeoutError:
                why = f"the user did not answer the question within {limit:g} s: {question.question[:300]}"
            except Exception as exc:  # a broken prompt must not leave the chat waiting for our output
                log.exception("the choice prompt failed")
                why = f"the question could not be shown ({type(exc).__name__}): {question.question[:300]}"
            else:
                if pick:
                    turn.emit(ChoiceAnswered(question, pick))
                    return ToolResult(pick, True)
                why = f"the user gave no answer to the question: {question.question[:300]}"
        turn.emit(ChoiceAnswered(question, why, ok=False))
        return ToolResult(error_output(why), False, why)

    def _approval(self, turn: _Turn, call: ToolCall) -> Approve | None:
        approver = self.approver
        if approver is None:
            return None
        limit = self.approval_timeout

        async def approve(plugin: Plugin, args: dict) -> str | None:
            request = ApprovalRequest.build(call.name, plugin, args, turn.outcome.conversation_id, limit)
            try:
                # Cancelling the approver on time-out also withdraws its prompt.
                decision = await asyncio.wait_for(approver(request), limit)
            except TimeoutError:
                decision = Decision.TIMED_OUT
            return refusal(decision, call.name, limit)

        return approve

    async def _release_waiting(self, turn: _Turn, reason: str) -> None:
        """Answer the calls of a chat stopped while it waits for them (a tool running, an approval asked).

        Such a chat cannot be cancelled, and until it expires every new chat in its conversation fails with
        4016. Submitted "stopped" outputs put it back in progress, where the cancel that follows ends it.
        """
        waiting, turn.waiting = turn.waiting, None
        if waiting is None:
            return
        outputs = [ToolOutput(call.id, error_output(reason)) for call in waiting.tool_calls]
        try:
            async with asyncio.timeout(self.cancel_timeout):
                await self.client.submit_tool_outputs(waiting.conversation_id, waiting.id, outputs)
        except (CozeError, TimeoutError) as exc:
            log.info("could not release chat %s from requires_action: %s", waiting.id, exc or "timed out")
        except Exception:
            log.exception("could not release chat %s from requires_action", waiting.id)

    async def _cancel_on_server(self, outcome: TurnOutcome) -> bool | None:
        """Cancel the chat, best effort: True when Coze confirmed, False when it did not answer in time (or at
        all), None when there was nothing to cancel or Coze said the chat is not running any more."""
        if not (outcome.conversation_id and outcome.chat_id):
            return None
        try:
            async with asyncio.timeout(self.cancel_timeout):
                await self.client.cancel_chat(outcome.conversation_id, outcome.chat_id)
            return True
        except CozeAPIError as exc:
            # A chat already finished (or still waiting for tool outputs) cannot be cancelled; nothing is lost.
            log.info("Coze refused to cancel chat %s: %s", outcome.chat_id, exc)
            return None
        except (CozeError, TimeoutError) as exc:
            log.info("server-side cancel of chat %s did not go through: %s", outcome.chat_id, exc or "timed out")
        except Exception:
            log.exception("server-side cancel of chat %s failed", outcome.chat_id)
        return False


def _sendable(output: str) -> str:
    """A tool output as it can be sent. A file name that is not UTF-8 reaches Python with lone surrogates
    (surrogateescape); the bot gets U+FFFD there instead of the turn failing on our own output."""
    try:
        output.encode("utf-8")
    except UnicodeEncodeError:
        return output.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return output


def _question(text: str, *, optional: bool = False) -> str:
    """The user's question as it can be sent, or :class:`CozeInputError` (then nothing is sent). With
    ``optional`` (files go along) it may be empty."""
    if optional and not text.strip():
        return ""
    if not text.strip():
        raise CozeInputError("The question is empty, so nothing was sent.", hint="Type a question, then send it.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        # A lone UTF-16 surrogate (a damaged copy and paste) has no UTF-8 form; guessing a replacement would
        # send something the user did not write.
        raise CozeInputError(
            f"The question contains a broken character at position {exc.start + 1} that cannot be sent, so "
            "nothing was sent.",
            hint="Your text is kept: delete and retype the character there, then send again.") from None
    return text


def _chat_failed(chat: Chat, logid: str) -> CozeChatFailed:
    error = chat.last_error
    if error is None:
        return CozeChatFailed("The chat failed without saying why.", logid=logid)
    return CozeChatFailed(error.msg or "The chat failed.", code=error.code, logid=logid)


class _Turn:
    """The mutable state of one turn, and the one place events are emitted from.

    Silence is watched without a per-event timer or timestamp: each arrival only replaces ``last_heard``; one
    timer samples it four times per ``silence_notice`` and reports :class:`StillWaiting` once it has not changed
    for ``silence_notice`` seconds.
    """

    def __init__(self, observer: Observer, silence_notice: float) -> None:
        self.outcome = TurnOutcome()
        self.waiting: Chat | None = None  # the chat while it waits for this turn's tool outputs
        self.stop_reason = "stopped: the turn failed before Coze took this tool's output"
        self.server_ended = False  # Coze itself ended the chat (failed, canceled): nothing to cancel
        self.tools_running = False
        self.logid = ""
        self._observer = observer
        self._announced = False
        self._delta_ids: set[str] = set()
        self._last_id: str | None = None  # the message of the latest delta, and its list of pieces
        self._last_pieces: list[str] = []
        # Silence is sampled: every quarter of ``silence_notice`` one timer looks whether ``last_heard`` changed.
        self.last_heard: object = None
        self._loop = loop = asyncio.get_running_loop()
        self._seen: object = None
        self._quiet_since = loop.time()
        self._reported = False
        self._notice = silence_notice
        self._period = silence_notice / 4
        self._timer = loop.call_later(self._period, self._check) if silence_notice > 0 else None

    def heard(self) -> None:
        """Something other than an event arrived (headers, a polled status) or ended (our local tools)."""
        self.last_heard = object()

    def _check(self) -> None:
        now = self._loop.time()
        if self.last_heard is not self._seen or self.tools_running:
            self._seen, self._quiet_since, self._reported = self.last_heard, now, False
        elif not self._reported and now - self._quiet_since >= self._notice:
            # Noticed after 1 to 1.25 times the notice of silence, once per stretch; reported as the notice
            # itself, so that what the user reads does not depend on timer jitter.
            self._reported = True
            self.emit(StillWaiting(self._notice))
        self._timer = self._loop.call_later(self._period, self._check)

    def hush(self) -> None:
        """The turn is ending: no more StillWaiting."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def emit(self, event: TurnEvent) -> None:
        try:
            self._observer(event)
        except Exception:
            # A broken observer must not leave the chat stuck on the server waiting for tool outputs.
            log.exception("turn observer failed on %s", type(event).__name__)

    def started(self, chat: Chat) -> None:
        outcome = self.outcome
        outcome.conversation_id = chat.conversation_id or outcome.conversation_id
        outcome.chat_id = chat.id or outcome.chat_id
        if not self._announced and outcome.chat_id:
            self._announced = True
            self.emit(TurnStarted(outcome.conversation_id, outcome.chat_id))

    def delta_message(self, message: Message) -> None:
        if message.type in (MessageType.ANSWER, ""):
            self.delta(message.id, message.content, message.reasoning_content)

    def delta(self, message_id: str, content: str, reasoning: str) -> None:
        """An answer delta (see :func:`~coze_desktop.api.types.delta_piece`): runs once per piece of text."""
        if reasoning:
            self.emit(ReasoningDelta(message_id, reasoning))
        if content:
            if message_id == self._last_id:  # the same message as the previous delta: skip two lookups
                self._last_pieces.append(content)
            else:
                self._last_pieces = self.outcome.pieces.setdefault(message_id, [])
                self._last_pieces.append(content)
                self._last_id = message_id
                self._delta_ids.add(message_id)
            self.emit(AnswerDelta(message_id, content))

    def completed(self, message: Message) -> None:
        kind = message.type
        # Message lists may leave `type` empty; an untyped assistant message is an answer, as in delta().
        if kind == MessageType.ANSWER or (kind == "" and message.role != "user"):
            if message.id not in self._delta_ids and message.content:
                # A completed answer without deltas (polled turns, some servers): report its text as one delta.
                self.emit(AnswerDelta(message.id, message.content))
                self._delta_ids.add(message.id)
            # The completed text is authoritative, unless it is empty where deltas said otherwise.
            text = message.content or "".join(self.outcome.pieces.get(message.id, []))
            self.outcome.pieces[message.id] = [text]
            self._last_id = None  # that message's list of pieces was just replaced
            self.emit(AnswerCompleted(message.id, text))
        elif kind == MessageType.FOLLOW_UP:
            self.outcome.follow_ups.append(message.content)
            self.emit(FollowUpSuggested(message.content))
        elif (chunks := message.recall_chunks()) is not None:
            self.outcome.recall.extend(chunks)
            self.emit(RecallSources(message.id, tuple(chunks)))
