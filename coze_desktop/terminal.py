"""Chat from a terminal: ``ask`` and ``chat`` on the window's engine and plugins, printed as they stream; ``speak``,
``transcribe`` and ``voices`` (terminal_audio) on the same connection."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import logging
import os
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TextIO

from .api import REGIONS, CozeClient, CozeError
from .chat import (
    AnswerCompleted,
    AnswerDelta,
    ChatEngine,
    ReasoningDelta,
    StillWaiting,
    StreamWarning,
    ToolCallFinished,
    ToolCallStarted,
    TurnCancelled,
    TurnEvent,
    TurnOutcome,
    TurnRequest,
)
from .connection import endpoint
from .logs import setup_logging
from .plugins import Player, ToolResult
from .plugins.approval import ApprovalPolicy, ApprovalRequest, Decision, PolicyApprover
from .redaction import redact, safe_url
from .settings import TOKEN_ENV, Profile, Settings, ensure_user_id, load_settings
from .terminal_choice import terminal_choose
from .terminal_input import StdinLines
from .terminal_plugins import (
    PluginsProblem,
    coze_upload,
    mcp_servers,
    run_plugins_command,
    terminal_ask,
    terminal_plugins,
)
from .terminal_text import printable, question_problem

# Documented in the README ("Using it from a terminal"); scripts rely on them. 141 is what a shell reports for a
# program ended by SIGPIPE, which is what the reader closing the pipe (`| head`) means.
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_READER_GONE = 0, 1, 2, 130, 141
AUDIO_COMMANDS = frozenset({"speak", "transcribe", "voices"})


def terminal_language(setting: str) -> str:
    """The language tool failures are worded in: the setting, else the terminal's locale (any Chinese one gets
    zh_CN). Read from the environment as the C library does, not through Qt: the terminal never loads Qt."""
    if setting in ("zh_CN", "en"):
        return setting
    locale = next((os.environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(name)), "")
    return "zh_CN" if locale.startswith("zh") else "en"


def run_terminal(args: argparse.Namespace) -> int:
    _tolerant_streams()
    _log_quietly()
    try:
        return asyncio.run(converse(args, sys.stdout, sys.stderr))
    except KeyboardInterrupt:
        print("\nInterrupted.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader of stdout (or stderr) went away: end quietly, as git and coreutils do
        _discard_output()
        return EXIT_READER_GONE


class _OneLine(logging.Formatter):
    """A log record as one inert line: the terminal is for the conversation; tracebacks go to the log file."""

    def format(self, record: logging.LogRecord) -> str:
        return printable(f"{record.levelname.lower()}: {record.getMessage()}").replace("\n", " ")


def _log_quietly() -> None:
    """Log to the app's log file, as the window does (redacted, rotated); stderr gets warnings as one line each.

    Without this, Python's last-resort handler printed every logged exception's traceback into the terminal,
    unredacted and with whatever control characters the logged text held."""
    setup_logging()
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_coze_desktop", False) and not isinstance(handler, logging.FileHandler):
            handler.setLevel(logging.WARNING)
            handler.setFormatter(_OneLine())


def _discard_output() -> None:
    """Point stdout and stderr at /dev/null, so that the interpreter's last flush does not complain either."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, OSError, ValueError):
            os.dup2(devnull, stream.fileno())
    os.close(devnull)


def _tolerant_streams() -> None:
    """An answer the terminal's encoding cannot show is written with "?" rather than ending the run."""
    if isinstance(sys.stdout, io.TextIOWrapper) and sys.stdout.errors == "strict":
        sys.stdout.reconfigure(errors="replace")


async def converse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``ask`` (one turn) or ``chat`` (turns until an empty line), on the same engine and plugins."""
    if args.command == "plugins":  # no Coze connection: the plugins only
        return await run_plugins_command(args, out, err)
    if args.command == "ask" and (problem := question_problem(args.message)):
        print(f"error: {problem}", file=err)  # before anything starts: nothing is sent
        return EXIT_USAGE
    if args.command == "ask" and getattr(args, "file", None):
        from .terminal_files import read_attachments

        try:
            args.attachments = read_attachments(args.file)
        except ValueError as exc:
            hint = getattr(exc, "hint", "")
            print(f"error: {printable(str(exc))}" + (f" {printable(hint)}" if hint else ""), file=err)
            return EXIT_USAGE
    settings = load_settings()
    # A profile chosen for this run only: the app's active profile stays what it was.
    profile = next((p for p in settings.profiles if p.name == args.profile), None) if args.profile else \
        settings.profile
    if profile is None:
        names = printable(", ".join(repr(p.name) for p in settings.profiles))
        print(f"error: there is no saved profile named {printable(repr(args.profile))}; the saved ones are {names}.",
              file=err)
        return EXIT_USAGE
    try:
        async with _endpoint(args, profile) as where:
            return await _run_turns(args, settings, profile, where, out, err)
    except CozeError as exc:  # a profile that cannot be used as it is
        print(f"error: {printable(exc.describe())}", file=err)
        return EXIT_USAGE


async def _run_turns(args: argparse.Namespace, settings: Settings, profile: Profile,
                     where: tuple[str, str, str] | None, out: TextIO, err: TextIO) -> int:
    if where is None:
        print(f"No Coze token. Set ${TOKEN_ENV}, save one in the app's settings, or try the offline demo "
              "bot with --demo.", file=err)
        return EXIT_USAGE
    base_url, token, demo_bot = where
    bot_id = args.bot_id or demo_bot or next(iter(profile.bot_ids), "")
    if not bot_id and args.command not in AUDIO_COMMANDS:  # speech needs a bot only for the bot's own voice
        print("No bot ID. Pass --bot-id (the number in the bot's URL in Coze) or add one in settings.",
              file=err)
        return EXIT_USAGE
    try:  # before anything connects: a bad --mcp-config is a usage error
        servers = mcp_servers(settings, getattr(args, "mcp_config", None)) \
            if args.command not in AUDIO_COMMANDS else []
    except PluginsProblem as exc:
        print(f"error: {printable(str(exc))}", file=err)
        return EXIT_USAGE
    proxy = profile.proxy.strip()
    try:
        client = CozeClient(token, base_url, proxy=proxy or None, response_timeout=settings.connect_timeout,
                            idle_timeout=getattr(args, "idle_timeout", None) or settings.idle_timeout)
    except CozeError as exc:
        print(f"error: {printable(exc.describe())}", file=err)
        return EXIT_USAGE
    except ImportError:  # a socks5:// proxy without httpx's optional SOCKS support
        print("error: the proxy setting needs SOCKS support, which this installation lacks (pip install "
              "'httpx[socks]'); or use an http:// proxy.", file=err)
        return EXIT_USAGE
    if args.command in AUDIO_COMMANDS:
        from .terminal_audio import run_audio_command

        async with client:
            return await run_audio_command(args, client, bot_id, out, err)
    async with client:
        # The same plugins as the window, MCP servers started; all stopped when the command ends.
        plugins = contextlib.AsyncExitStack()
        local = await plugins.enter_async_context(terminal_plugins(
            settings, profile, lambda: terminal_language(settings.language), servers, upload=coze_upload(client)))
        registry, player = local.registry, local.player
        for problem in local.problems:
            print(f"warning: {problem}", file=err, flush=True)
        # A workflow's Q&A question is asked where someone can answer it: in `chat`, or `ask` at a terminal.
        lines = StdinLines()
        interactive = args.command == "chat" or sys.stdin.isatty()
        engine = ChatEngine(client, registry, stream=profile.stream and not args.no_stream,
                            poll_deadline=settings.poll_deadline,
                            # At a terminal the user is asked (y/N) as in `plugins call`; piped, nobody can answer.
                            approver=PolicyApprover(ApprovalPolicy(settings),
                                                    terminal_ask(False, err, lines=lines) if sys.stdin.isatty()
                                                    else _terminal_decline(err)),
                            choose=terminal_choose(lines, out) if interactive else None)
        try:
            user_id = args.user_id or ensure_user_id(settings, profile)
            if args.command == "ask":
                request = TurnRequest(bot_id, user_id, args.message, args.conversation_id)
                if attachments := getattr(args, "attachments", None):
                    from .terminal_files import upload_attachments

                    try:
                        request.parts = await upload_attachments(client, attachments, err)
                    except CozeError as exc:
                        print(f"error: an attachment could not be uploaded, so the question was not sent: "
                              f"{printable(exc.describe())}", file=err)
                        return EXIT_FAILED
                if getattr(args, "read_aloud", False):
                    return await _ask_aloud(args, client, engine, request, player, bool(demo_bot), out, err)
                return _exit_code(await _one_turn(engine, request, out, err))
            if demo_bot:
                print("Offline demo bot — try 「音量调到30」, \"turn it down\" or \"what can you do?\".", file=err)
            conversation_id, code = args.conversation_id, EXIT_OK
            while text := await lines.read("\n> ", out):
                if problem := question_problem(text):
                    print(f"error: {problem}", file=err, flush=True)  # the chat goes on with the next line
                    continue
                outcome = await _one_turn(engine, TurnRequest(bot_id, user_id, text, conversation_id), out, err)
                conversation_id, code = outcome.conversation_id or conversation_id, _exit_code(outcome)
            return code
        finally:
            await plugins.aclose()  # stops the MCP servers (bounded) and releases the audio device


def _terminal_decline(err: TextIO) -> Callable[[ApprovalRequest], Awaitable[Decision]]:
    """A terminal run cannot show the approval prompt: what the policy does not allow by itself is declined."""

    async def decline(request: ApprovalRequest) -> Decision:
        print(f"✗ {printable(request.tool)} needs your approval ({printable(request.reason)}); declined here. "
              "Run the command at a terminal to be asked, or allow it in the app (Settings → Local plugins).",
              file=err, flush=True)
        return Decision.DENY

    return decline


async def _ask_aloud(args: argparse.Namespace, client: CozeClient, engine: ChatEngine, request: TurnRequest,
                     player: Player, demo: bool, out: TextIO, err: TextIO) -> int:
    """``ask --read-aloud``: the answer is printed and spoken as it streams (each sentence synthesised while the one
    before plays, the music ducked meanwhile); the command ends when the last sentence has been said."""
    from .terminal_audio import bot_voice
    from .voice import ReadAloud, Speaker

    try:
        voice_id = args.voice or await bot_voice(client, request.bot_id)
    except CozeError as exc:
        print(f"error: no voice to read aloud with: {printable(exc.describe())}", file=err)
        return EXIT_FAILED
    if not voice_id:
        print("error: no voice to read aloud with: pass --voice ID (coze-desktop voices lists them) or give the bot "
              "a voice in Coze.", file=err)
        return EXIT_USAGE
    # The demo makes WAV without any converter; Coze's mp3 is a tenth of the size.
    audio_format = "wav" if demo else "mp3"
    speaker = Speaker(music=player)

    def failed(sentence: str, error: Exception) -> None:
        print(f"warning: could not read aloud {printable(repr(sentence[:40]))}: {printable(redact(str(error)))}",
              file=err, flush=True)

    reader = ReadAloud(lambda text: client.speech(text, voice_id, response_format=audio_format), speaker,
                       on_error=failed, suffix=f".{audio_format}")

    def listen(event: TurnEvent) -> None:
        if isinstance(event, AnswerDelta):
            reader.feed(event.text)

    try:
        outcome = await _one_turn(engine, request, out, err, also=listen)
        if outcome.status == "completed":
            reader.finish()
            await reader.wait()
        return _exit_code(outcome)
    finally:
        reader.stop()
        speaker.close()


async def _one_turn(engine: ChatEngine, request: TurnRequest, out: TextIO, err: TextIO,
                    also: Callable[[TurnEvent], None] | None = None) -> TurnOutcome:
    printer = TerminalPrinter(out, err)
    task = asyncio.current_task()
    reader_gone = False

    def observe(event: TurnEvent) -> None:
        nonlocal reader_gone
        if also is not None:
            also(event)
        try:
            printer(event)
        except BrokenPipeError:  # nobody reads the answer any more (`| head`): stop the turn, once
            if not reader_gone and task is not None:
                reader_gone = True
                task.cancel()

    try:
        outcome = await engine.run_turn(request, observe)
    except asyncio.CancelledError:
        if not reader_gone or task is None:
            raise
        task.uncancel()
        raise BrokenPipeError from None  # run_terminal ends the run quietly
    printer.finish(outcome)
    return outcome


def _exit_code(outcome: TurnOutcome) -> int:
    return EXIT_OK if outcome.status == "completed" else EXIT_FAILED


@contextlib.asynccontextmanager
async def _endpoint(args: argparse.Namespace, profile: Profile) -> AsyncIterator[tuple[str, str, str] | None]:
    """(base URL, token, demo bot id or "") for this run; None when there is no token. ``--demo`` starts
    the local server in-process for the duration. Raises CozeError for a profile without a usable URL."""
    if args.demo:
        from .demo import DEMO_BOT_ID, DEMO_TOKEN, DemoServer

        async with DemoServer(delta_delay=0.01) as server:
            yield server.base_url, DEMO_TOKEN, DEMO_BOT_ID
        return
    from .auth import credentials_for  # COZE_API_TOKEN, else the profile's sign-in with Coze, else its token

    token = credentials_for(profile)
    if not token:
        yield None
        return
    yield args.base_url or (REGIONS[args.region] if args.region else endpoint(profile)), token, ""


class TerminalPrinter:
    """Observer that writes a turn to a terminal: the answer as it streams, everything else after it."""

    def __init__(self, out: TextIO, err: TextIO) -> None:
        self.out, self.err = out, err
        self._received: dict[str, str] = {}  # message id → its text so far
        self._printed: dict[str, str] = {}  # message id → the part of it already written
        self._current = ""

    def __call__(self, event: TurnEvent) -> None:
        if isinstance(event, AnswerDelta):
            self._write_answer(event.message_id, self._received.get(event.message_id, "") + event.text)
        elif isinstance(event, AnswerCompleted):
            self._write_answer(event.message_id, event.text)
        elif isinstance(event, ReasoningDelta):
            self.err.write(printable(event.text))
            self.err.flush()
        elif isinstance(event, ToolCallStarted):
            self._line_break()
            call = event.call
            print(f"⚙ {printable(call.name)}({printable(call.arguments or '{}')}) …", file=self.err, flush=True)
        elif isinstance(event, ToolCallFinished):
            name, reason = printable(event.call.name), _failure(event.result)
            line = f"✓ {name} → {printable(event.result.output)}" if reason is None else f"✗ {name} failed: {reason}"
            print(line, file=self.err, flush=True)
        elif isinstance(event, StreamWarning):
            # A warning may quote raw server data, which may echo the token.
            print(f"warning: {printable(redact(event.message))}", file=self.err, flush=True)
        elif isinstance(event, StillWaiting):
            # On stderr only, so stdout keeps the answer exactly; a line break first when an answer line is open.
            gap = "\n" if self._current and not self._printed.get(self._current, "").endswith("\n") else ""
            seconds = round(event.seconds, 1)
            print(f"{gap}… still waiting for Coze: nothing for {seconds:g} s (Ctrl+C stops)", file=self.err, flush=True)
        elif isinstance(event, TurnCancelled):
            self._line_break()  # Ctrl+C: the partial answer stays, on a line of its own

    def _write_answer(self, message_id: str, text: str) -> None:
        """Append what is new; a completed text that differs from the deltas is printed again in full."""
        if message_id != self._current:
            self._line_break()
            if self._printed:
                self.out.write("\n")
            self._current = message_id
        before = self._printed.get(message_id, "")
        new = text[len(before):] if text.startswith(before) else "\n" + text
        # A CR at the end of a piece waits for the next one: "\r" + "\n" split across deltas is a line end.
        held = 1 if new.endswith("\r") else 0
        self.out.write(printable(new[:len(new) - held]))
        self.out.flush()
        self._received[message_id], self._printed[message_id] = text, text[:len(text) - held]

    def _line_break(self) -> None:
        if self._current and not self._printed.get(self._current, "").endswith("\n"):
            self.out.write("\n")
            self.out.flush()
        self._current = ""

    def finish(self, outcome: TurnOutcome) -> None:
        self._line_break()
        out = self.out
        if outcome.recall:
            print("\nSources:", file=out)
            for i, chunk in enumerate(outcome.recall, 1):
                name = printable(chunk.document_name or chunk.link_title or "document")
                link = f" <{printable(safe_url(chunk.link_url))}>" if chunk.link_url else ""
                print(f"  [{i}] {name}{link} (score {chunk.score:.2f})", file=out)
        if outcome.follow_ups:
            print("\nYou could ask:", file=out)
            for text in outcome.follow_ups:
                print(f"  • {printable(text)}", file=out)
        if outcome.usage is not None:
            u = outcome.usage
            print(f"\nTokens: {u.token_count} (input {u.input_count}, output {u.output_count})", file=out)
        out.flush()
        if outcome.error is not None:
            print(f"error: {printable(outcome.error.describe())}", file=self.err)
        if outcome.conversation_id:
            print(f"conversation: {printable(outcome.conversation_id)}", file=self.err)
        self.err.flush()


def _failure(result: ToolResult) -> str | None:
    """Why a tool call failed, in words (the registry's reason, not the raw ``{"error": …}``); None for a success."""
    return None if result.ok else printable(redact(result.error or result.output))
