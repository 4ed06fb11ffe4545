"""The window's connection to a bot: one client and engine (Coze, or the local demo server), turns, history."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from .. import api, chat
from ..settings import Settings, ensure_user_id

if TYPE_CHECKING:
    from ..api import BotInfo, ChoiceQuestion, CozeClient, ShortcutRequest, Voice
    from ..chat import ChatEngine, HistoryStore, TurnEvent, TurnOutcome, TurnRecorder, TurnRequest
    from ..chat.attachments import Attachment
    from ..demo import DemoServer
    from ..plugins import PluginRegistry
    from ..plugins.approval import Approver

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Connection:
    """Where the session talks to, as the status line shows it."""

    base_url: str
    bot_id: str
    demo: bool


class ChatSession(QObject):
    """Runs conversation turns for the window and records them in the history store.

    Signals:
        sig_event(int, object): a TurnEvent of the running turn in local conversation ``int``.
        sig_turn_started(int): a turn began in that local conversation.
        sig_turn_finished(int, object): the turn ended; the object is its TurnOutcome.
        sig_connected(object): the session now talks to this Connection (nothing has been asked of it yet).
        sig_reachable(object): a request on the current Connection succeeded (bot info, or an answer began),
            so the bot is known to answer; emitted once per connection.
        sig_unreachable(object): a request on the current Connection failed with this CozeError before any
            succeeded (a bad token, no network, an unknown bot).
        sig_sign_in_required(object): the profile's sign-in with Coze has ended (auth.SignInRequired), once per
            connection: the window offers "Sign in with Coze" (Settings → Account).
        sig_upload_progress(int, int, int, int): conversation, attachment index, bytes sent, bytes in all.
        sig_uploaded(int, object): the conversation's attachments are on Coze (a tuple of Attachments with their
            file ids and private copies) and the question is recorded with them; its answer comes next.
        sig_upload_failed(int, str): an upload failed (why, for the user) or was stopped (""); nothing was
            recorded or sent, and the turn ends without an outcome.
        sig_coze_note(str, str): a CozeNote outcome and its detail: here, a superseded turn (regenerate, edit)
            that Coze could not delete, so the bot may still see it.
    """

    # Pause between the demo bot's deltas, so it streams visibly like a real bot.
    demo_delay = 0.015
    # Seconds of silence from Coze before the window says "Still waiting for Coze…" (the engine's StillWaiting).
    silence_notice = 10.0

    sig_event = Signal(int, object)
    sig_turn_started = Signal(int)
    sig_turn_finished = Signal(int, object)
    sig_connected = Signal(object)
    sig_reachable = Signal(object)
    sig_unreachable = Signal(object)
    sig_sign_in_required = Signal(object)
    sig_coze_note = Signal(str, str)
    sig_upload_progress = Signal(int, int, int, int)
    sig_uploaded = Signal(int, object)
    sig_upload_failed = Signal(int, str)

    def __init__(
        self,
        store: HistoryStore,
        plugins: PluginRegistry,
        parent: QObject | None = None,
        *,
        approver: Approver | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.plugins = plugins
        self.approver = approver  # asks the user before a call the policy does not allow by itself
        self.connection: Connection | None = None
        self._client: CozeClient | None = None
        self._client_scope = contextlib.AsyncExitStack()
        self._engine: ChatEngine | None = None
        self._demo: DemoServer | None = None  # in-process, when there is no token
        self._user_id = ""
        self._turns: dict[int, asyncio.Task[TurnOutcome]] = {}
        self._bot_info: dict[str, BotInfo] = {}
        self._voices: list[Voice] | None = None  # the account's voices, listed once per connection
        # Q&A questions waiting for the user's pick: call id → (local conversation, question, the pick to come)
        self._choices: dict[str, tuple[int, ChoiceQuestion, asyncio.Future[str]]] = {}
        self.reachable = False  # a request on the current connection has succeeded

    # ------------------------------------------------------------------ connection

    async def connect(self, settings: Settings, bot_id: str | None = None) -> Connection:
        """(Re)connect for the active profile: its token and bot, else the offline demo bot.

        The settings' limits apply to every request and turn: ``connect_timeout`` (until the response headers),
        ``idle_timeout`` (silence inside a stream) and ``poll_deadline`` (a polled, non-streaming chat).
        Raises CozeError when the profile cannot be used as it is (no base URL, a broken proxy setting).
        """
        from ..connection import endpoint, open_client  # with httpx: loaded here, after the window is ready

        await self._stop_turns()  # their client is about to close: end them as "Stopped", not as a crash
        await self._disconnect()
        self.reachable = False
        # Asked again on the new connection: a cached answer from the old one (another token, another region)
        # would make the status line say "Connected" without a single request having succeeded.
        self._bot_info.clear()
        self._voices = None
        profile = settings.profile
        self._user_id = ensure_user_id(settings)
        from ..auth import credentials_for

        token = credentials_for(profile, on_sign_in_required=self._sign_in_required)
        if token:
            self._client = await self._client_scope.enter_async_context(open_client(
                profile, token, response_timeout=settings.connect_timeout, idle_timeout=settings.idle_timeout))
            bot = bot_id or next(iter(profile.bot_ids), "")
            self.connection = Connection(endpoint(profile), bot, demo=False)
        else:
            from ..demo import DEMO_BOT_ID, DEMO_TOKEN, DemoServer

            self._demo = DemoServer(delta_delay=self.demo_delay)
            await self._demo.start()
            self._client = await self._client_scope.enter_async_context(api.CozeClient(
                DEMO_TOKEN, self._demo.base_url, response_timeout=settings.connect_timeout,
                idle_timeout=settings.idle_timeout))
            self.connection = Connection(self._demo.base_url, DEMO_BOT_ID, demo=True)
        self._engine = chat.ChatEngine(self._client, self.plugins, stream=profile.stream, approver=self.approver,
                                       poll_deadline=settings.poll_deadline, silence_notice=self.silence_notice,
                                       choose=self._choose)
        self.sig_connected.emit(self.connection)
        return self.connection

    @property
    def demo_server(self) -> DemoServer | None:
        """The in-process demo server while the session uses it (tests script faults through it)."""
        return self._demo

    async def close(self) -> None:
        await self._stop_turns()
        await self._disconnect()

    async def _stop_turns(self) -> None:
        for task in list(self._turns.values()):
            task.cancel()
        await asyncio.gather(*self._turns.values(), return_exceptions=True)

    async def _disconnect(self) -> None:
        await self._client_scope.aclose()
        if self._demo is not None:
            await self._demo.close()
        self._client = self._engine = self._demo = None
        self.connection = None

    async def bot_info(self) -> BotInfo | None:
        """Name, prologue and suggested questions of the connected bot (cached); None when unreachable."""
        if self._client is None or self.connection is None or not self.connection.bot_id:
            return None
        connection = self.connection
        bot_id = connection.bot_id
        if bot_id not in self._bot_info:
            try:
                info = await self._client.get_bot(bot_id)
            except api.CozeError as exc:
                log.info("bot info for %s unavailable: %s", bot_id, exc)
                if connection is self.connection:  # not a reconnect that happened while this waited
                    self._unreachable(exc)
                return None
            # A bot without a name is still named on every answer: by its id, never a blank header.
            self._bot_info[bot_id] = info if info.name.strip() else dataclasses.replace(info, name=bot_id)
        if connection is self.connection:
            self._reached()
        return self._bot_info[bot_id]

    # ----------------------------------------------------------------------- voice

    def _require_client(self) -> CozeClient:
        if self._client is None:
            raise api.CozeError("Not connected to Coze", hint="Check Settings, then try again.")
        return self._client

    async def transcribe(self, audio: bytes) -> str:
        """The text spoken in ``audio`` (a WAV recording), recognised by Coze; raises CozeError."""
        return await self._require_client().transcribe(audio)

    async def speech(self, text: str, voice_id: str) -> bytes:
        """``text`` said in ``voice_id`` as an MP3 clip; raises CozeError (or ValueError over 1024 bytes)."""
        return await self._require_client().speech(text, voice_id)

    async def voices(self) -> list[Voice]:
        """The account's voices, cloned ones first (listed once per connection); raises CozeError."""
        if self._voices is None:
            self._voices = await self._require_client().voices()
        return self._voices

    async def reading_voice(self, chosen: str = "") -> str:
        """The voice answers are read in: the bot's own (its info's first voice), else ``chosen`` (Settings),
        else the first system voice of the account; "" when there is none. Raises CozeError."""
        info = await self.bot_info()
        if info is not None and info.voice_ids:
            return info.voice_ids[0]
        if chosen:
            return chosen
        voices = await self.voices()
        system = [voice for voice in voices if voice.is_system_voice]
        return (system or voices)[0].voice_id if voices else ""

    def _reached(self) -> None:
        if not self.reachable and self.connection is not None:
            self.reachable = True
            self.sig_reachable.emit(self.connection)

    def _sign_in_required(self, error: api.CozeError) -> None:
        """Every request fails from now on until the user signs in again: the status line says so, once."""
        self.reachable = False
        self._unreachable(error)
        self.sig_sign_in_required.emit(error)

    def _unreachable(self, error: api.CozeError) -> None:
        if not self.reachable:
            self.sig_unreachable.emit(error)

    # ----------------------------------------------------------------------- turns

    def is_busy(self, conversation_id: int) -> bool:
        return conversation_id in self._turns

    def ask(
        self,
        conversation_id: int,
        text: str,
        attachments: Sequence[Attachment] = (),
        shortcut: ShortcutRequest | None = None,
    ) -> asyncio.Task[TurnOutcome | None] | None:
        """Start a turn in a local conversation; None when one is already running there or not connected.

        With ``attachments`` (checked by ``chat.attachments.prepare``) the files are uploaded first, one by one
        (sig_upload_progress; ``stop`` cancels), then the question is recorded with them (sig_uploaded) and sent
        as an object_string message. When an upload fails nothing is recorded or sent: sig_upload_failed says
        why and the task's result is None. ``shortcut`` sends the bot's shortcut command along."""
        if self._engine is None or self.connection is None or conversation_id in self._turns:
            return None
        row = self.store.get_conversation(conversation_id)
        request = chat.TurnRequest(self.connection.bot_id, self._user_id, text,
                                   (row.coze_conversation_id if row else "") or None, shortcut=shortcut)
        if attachments:
            task = asyncio.ensure_future(self._upload_then_run(conversation_id, request, tuple(attachments)))
        else:
            recorder = self.store.recorder(conversation_id, text)
            task = asyncio.ensure_future(self._engine.run_turn(request, self._observer(conversation_id, recorder)))
        self._turns[conversation_id] = task
        task.add_done_callback(lambda t: self._finished(conversation_id, t))
        self.sig_turn_started.emit(conversation_id)
        return task

    def _observer(self, conversation_id: int, recorder: TurnRecorder) -> chat.Observer:
        connection = self.connection

        def observe(event: TurnEvent) -> None:
            recorder(event)  # first to disk, so nothing shown is ever lost
            if isinstance(event, chat.ChoiceAsked):  # before the engine awaits _choose for it
                question = event.question
                self._choices[question.call_id] = (
                    conversation_id, question, asyncio.get_running_loop().create_future())
            if connection is self.connection:
                if isinstance(event, chat.TurnStarted | chat.AnswerDelta):
                    self._reached()  # Coze accepted the question: the connection works
                elif isinstance(event, chat.TurnFailed):
                    self._unreachable(event.error)
            self.sig_event.emit(conversation_id, event)

        return observe

    async def _upload_then_run(self, conversation_id: int, request: TurnRequest,
                               attachments: tuple[Attachment, ...]) -> TurnOutcome | None:
        from ..chat import attachments as files

        client, engine = self._client, self._engine
        assert client is not None and engine is not None
        sent: list[Attachment] = []
        made: list[str] = []  # copies written by this attempt: removed again if it does not go through
        current = attachments[0]
        try:
            for index, current in enumerate(attachments):
                data = await asyncio.to_thread(Path(current.path).read_bytes)

                def progress(done: int, total: int, index: int = index) -> None:
                    self.sig_upload_progress.emit(conversation_id, index, done, total)

                uploaded = await client.upload_file(data, current.name, current.mime, on_progress=progress)
                kept = await asyncio.to_thread(files.keep, current, data)
                if kept.path != current.path:
                    made.append(kept.path)
                sent.append(dataclasses.replace(kept, file_id=uploaded.id))
            self._reached()
            recorder = self.store.recorder(conversation_id, request.text, sent)
        except asyncio.CancelledError:
            files.remove_copies(made)
            self.sig_upload_failed.emit(conversation_id, "")
            raise
        except (api.CozeError, ValueError, OSError, LookupError) as exc:  # LookupError: deleted meanwhile
            files.remove_copies(made)
            self.sig_upload_failed.emit(conversation_id, _upload_problem(current.name, exc))
            return None
        self.sig_uploaded.emit(conversation_id, tuple(sent))
        request.parts = tuple(api.ContentPart.of_file(a.kind, a.file_id) for a in sent)
        return await engine.run_turn(request, self._observer(conversation_id, recorder))

    @property
    def upload_max_bytes(self) -> int:
        """The largest file Coze takes (the connected client's limit)."""
        return self._client.upload_max_bytes if self._client is not None else api.FILE_MAX_BYTES

    # --------------------------------------------------------------------- Q&A choices

    async def _choose(self, question: ChoiceQuestion) -> str:
        """The engine's ``choose``: the pick the window gives ``answer_choice`` for this question."""
        entry = self._choices.get(question.call_id)
        if entry is None:
            raise LookupError(f"the question {question.call_id!r} was not announced")
        try:
            return await entry[2]
        finally:
            self._choices.pop(question.call_id, None)

    def answer_choice(self, call_id: str, answer: str) -> bool:
        """The user picked ``answer`` for the Q&A question ``call_id``; False when it no longer waits."""
        entry = self._choices.get(call_id)
        if entry is None or entry[2].done() or not answer.strip():
            return False
        entry[2].set_result(answer.strip())
        return True

    def pending_choices(self, conversation_id: int) -> list[ChoiceQuestion]:
        """The questions of that conversation still waiting for a pick (shown again when it is reopened)."""
        return [q for cid, q, pick in self._choices.values() if cid == conversation_id and not pick.done()]

    def stop(self, conversation_id: int) -> None:
        task = self._turns.get(conversation_id)
        if task is not None:
            task.cancel()

    def _finished(self, conversation_id: int, task: asyncio.Task[TurnOutcome]) -> None:
        self._turns.pop(conversation_id, None)
        outcome = None
        with contextlib.suppress(asyncio.CancelledError):
            outcome = task.result()
        self.sig_turn_finished.emit(conversation_id, outcome)

    # ------------------------------------------ versions, topics and the conversations on Coze (issue 13)

    def regenerate(self, conversation_id: int, answer_id: int) -> asyncio.Task[TurnOutcome | None] | None:
        """Answer the last question again, in place: the new answer is the next version of ``answer_id`` (the
        old one stays browsable) and, on Coze, the superseded turn is deleted from the conversation first so the
        bot does not see it twice. None when busy or not connected; raises LookupError when ``answer_id`` is not
        the conversation's last answer, HistoryWriteError when it cannot be recorded."""
        return self._replace(conversation_id, answer_id, lambda: self.store.regenerate_recorder(answer_id))

    def resend_edited(self, conversation_id: int, question_id: int,
                      text: str) -> asyncio.Task[TurnOutcome | None] | None:
        """Ask ``text`` in place of the last question ``question_id`` (with its attachments): the question and
        its answer get new versions; on Coze the superseded turn is deleted first. As :meth:`regenerate`."""
        return self._replace(conversation_id, question_id, lambda: self.store.edit_recorder(question_id, text))

    def _replace(self, conversation_id: int, old_id: int,
                 recorder_for: Callable[[], TurnRecorder]) -> asyncio.Task[TurnOutcome | None] | None:
        if self._engine is None or self.connection is None or conversation_id in self._turns:
            return None
        old = self.store.message(old_id)
        row = self.store.get_conversation(conversation_id)
        coze_id = row.coze_conversation_id if row else ""
        recorder = recorder_for()
        question = self.store.message(recorder.user_message_id)
        assert question is not None and old is not None
        request = chat.TurnRequest(self.connection.bot_id, self._user_id, question.text, coze_id or None)
        request.parts = tuple(api.ContentPart.of_file(a.kind, a.file_id) for a in question.attachments if a.file_id)
        engine, observe = self._engine, self._observer(conversation_id, recorder)

        async def run() -> TurnOutcome | None:
            try:
                if coze_id and old.chat_id:
                    await self._forget(coze_id, old.chat_id)
            except asyncio.CancelledError:
                observe(chat.TurnCancelled(""))  # stopped before the question went out: the version says so
                raise
            return await engine.run_turn(request, observe)

        task = asyncio.ensure_future(run())
        self._turns[conversation_id] = task
        task.add_done_callback(lambda t: self._finished(conversation_id, t))
        self.sig_turn_started.emit(conversation_id)
        return task

    async def _forget(self, coze_id: str, chat_id: str) -> None:
        """Delete a superseded turn's messages on Coze; when Coze cannot, the turn goes on and sig_coze_note
        says the bot may still see the earlier version."""
        from ..chat import cloud

        try:
            deleted = await cloud.forget_chat(self._require_client(), coze_id, chat_id)
        except api.CozeError as exc:
            log.info("could not delete the superseded chat %s on Coze: %s", chat_id, exc)
            self.sig_coze_note.emit(CozeNote.FORGET_FAILED, exc.describe())
            return
        log.info("deleted %d message(s) of the superseded chat %s on Coze", deleted, chat_id)

    async def new_topic(self, conversation_id: int) -> int:
        """Clear the bot's context on Coze (``POST /v1/conversations/{id}/clear``) and record a divider; returns
        its id. A conversation never sent to Coze has no context to clear: only the divider. Raises CozeError
        when Coze does not clear it (then nothing is recorded), RuntimeError while an answer is coming."""
        if conversation_id in self._turns:
            raise RuntimeError("an answer is still coming in this conversation")
        row = self.store.get_conversation(conversation_id)
        if row is not None and row.coze_conversation_id:
            await self._require_client().clear_conversation(row.coze_conversation_id)
        return self.store.add_divider(conversation_id)

    async def mirror_rename(self, coze_id: str, title: str) -> tuple[str, str]:
        """Rename the conversation on Coze too; (CozeNote outcome, detail). Never raises."""
        return await self._mirror(coze_id, lambda client: client.rename_conversation(coze_id, title))

    async def mirror_delete(self, coze_id: str) -> tuple[str, str]:
        """Delete the conversation on Coze too; (CozeNote outcome, detail). Never raises."""
        return await self._mirror(coze_id, lambda client: client.delete_conversation(coze_id))

    async def _mirror(self, coze_id: str, call: Callable[[CozeClient], Awaitable[object]]) -> tuple[str, str]:
        if not coze_id:
            return CozeNote.NOT_ON_COZE, ""
        if self._client is None:
            return CozeNote.UNREACHABLE, "not connected"
        try:
            await call(self._client)
        except (api.CozeNetworkError, api.CozeAuthError) as exc:
            return CozeNote.UNREACHABLE, exc.describe()
        except api.CozeError as exc:
            return CozeNote.REFUSED, exc.describe()
        return CozeNote.MIRRORED, ""

    async def cloud_conversations(self) -> list[api.Conversation]:
        """The connected bot's conversations on Coze that the local history does not have, newest first.
        Raises CozeError (not connected, no token, network)."""
        from ..chat import cloud

        if self.connection is None or not self.connection.bot_id:
            raise api.CozeError("Not connected to a bot", hint="Check Settings, then try again.")
        return await cloud.cloud_only_conversations(self._require_client(), self.connection.bot_id,
                                                    self.store.coze_conversation_ids(self.connection.bot_id))

    async def import_conversation(self, conversation: api.Conversation) -> int:
        """Read every message of a Coze conversation and keep it in the local history (marked imported); returns
        its local id (the existing one when it is already here). Raises CozeError, HistoryWriteError."""
        from ..chat import cloud

        if self.connection is None:
            raise api.CozeError("Not connected to a bot", hint="Check Settings, then try again.")
        bot_id = self.connection.bot_id
        messages = await cloud.conversation_messages(self._require_client(), conversation.id)
        return self.store.import_conversation(bot_id, conversation.id, conversation.name, messages,
                                              float(conversation.created_at))

    async def bot_info_of(self, bot_id: str) -> BotInfo | None:
        """Another bot's info on the current connection (names in the bot switcher); None when unavailable."""
        if self._client is None or not bot_id:
            return None
        if bot_id not in self._bot_info:
            try:
                self._bot_info[bot_id] = await self._client.get_bot(bot_id)
            except api.CozeError as exc:
                log.info("bot info for %s unavailable: %s", bot_id, exc)
                return None
        return self._bot_info[bot_id]


class CozeNote:
    """What happened on Coze when the window changed a conversation (sig_coze_note's first argument)."""

    MIRRORED = "mirrored"  # Coze did it too
    NOT_ON_COZE = "not_on_coze"  # the conversation was never sent to Coze: local only
    REFUSED = "refused"  # Coze answered with an error: local only
    UNREACHABLE = "unreachable"  # no answer from Coze (network, sign-in): local only
    FORGET_FAILED = "forget_failed"  # a superseded turn could not be deleted on Coze; the bot may still see it


def _upload_problem(name: str, exc: BaseException) -> str:
    """Why ``name`` could not be sent, for the status line (CozeErrors describe themselves with their hint)."""
    from ..chat.history import HistoryWriteError

    if isinstance(exc, api.CozeError):
        return exc.describe()
    if isinstance(exc, OSError) and not isinstance(exc, HistoryWriteError):
        return f"{name} could not be read ({exc.strerror or exc}), so nothing was sent."
    return f"{exc} Nothing was sent."
