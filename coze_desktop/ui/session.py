"""The window's connection to a bot: one client and engine (Coze, or the local demo server), turns, history."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from .. import api, chat
from ..settings import Settings, ensure_user_id

if TYPE_CHECKING:
    from ..api import BotInfo, CozeClient, Voice
    from ..chat import ChatEngine, HistoryStore, TurnEvent, TurnOutcome
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
                                       poll_deadline=settings.poll_deadline, silence_notice=self.silence_notice)
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

    def ask(self, conversation_id: int, text: str) -> asyncio.Task[TurnOutcome] | None:
        """Start a turn in a local conversation; None when one is already running there or not connected."""
        if self._engine is None or self.connection is None or conversation_id in self._turns:
            return None
        row = self.store.get_conversation(conversation_id)
        request = chat.TurnRequest(self.connection.bot_id, self._user_id, text,
                                   (row.coze_conversation_id if row else "") or None)
        recorder = self.store.recorder(conversation_id, text)

        connection = self.connection

        def observe(event: TurnEvent) -> None:
            recorder(event)  # first to disk, so nothing shown is ever lost
            if connection is self.connection:
                if isinstance(event, chat.TurnStarted | chat.AnswerDelta):
                    self._reached()  # Coze accepted the question: the connection works
                elif isinstance(event, chat.TurnFailed):
                    self._unreachable(event.error)
            self.sig_event.emit(conversation_id, event)

        task = asyncio.ensure_future(self._engine.run_turn(request, observe))
        self._turns[conversation_id] = task
        task.add_done_callback(lambda t: self._finished(conversation_id, t))
        self.sig_turn_started.emit(conversation_id)
        return task

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
