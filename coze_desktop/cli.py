"""Command line: start the desktop app, or chat from a terminal with the same engine and plugins."""

from __future__ import annotations

import argparse
import sys

from . import __version__
from .api.regions import REGIONS
from .api.types import SPEECH_FORMATS
from .settings import MAX_TIMEOUT, TOKEN_ENV


def seconds(text: str) -> float:
    """A positive number of seconds, at most an hour (as in Settings → Chat)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 < value <= MAX_TIMEOUT:  # also refuses nan
        raise argparse.ArgumentTypeError(f"{text!r} must be more than 0 and at most {MAX_TIMEOUT:g} seconds")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coze-desktop", description="Chat with a Coze (扣子) bot that runs local plugins on this computer.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--smoke-test", action="store_true",
                        help="check this installation (window, a demo-bot turn, libVLC audio), print one line, exit")
    # Where to talk to: every command that reaches Coze has these.
    connection = argparse.ArgumentParser(add_help=False)
    connection.add_argument("--bot-id", help="the bot (default: the saved profile's first bot)")
    where = connection.add_mutually_exclusive_group()
    where.add_argument("--base-url", help="API base URL, e.g. a self-hosted Coze Studio at http://host:8888")
    where.add_argument("--region", choices=sorted(REGIONS), help="cn = api.coze.cn (扣子), com = api.coze.com")
    connection.add_argument("--demo", action="store_true", help="talk to the built-in offline demo bot (no token)")
    connection.add_argument("--profile", help="use this saved profile instead of the active one")
    common = argparse.ArgumentParser(add_help=False, parents=[connection])
    common.add_argument("--user-id", help="end-user id sent to Coze (default: the profile's, generated once)")
    common.add_argument("--conversation-id", help="continue this conversation")
    common.add_argument("--no-stream", action="store_true", help="create the chat and poll instead of streaming")
    common.add_argument("--idle-timeout", type=seconds, metavar="SECONDS",
                        help="give up when the answer stream stays silent this long (default: the setting in "
                             "Settings → Chat, 60 s unless changed)")
    # Servers for one run: every command that runs local plugins has it.
    mcp = argparse.ArgumentParser(add_help=False)
    mcp.add_argument("--mcp-config", metavar="FILE",
                     help='also run the MCP servers of FILE ({"mcpServers": …}, as desktop MCP clients write it) '
                          "for this run only, besides those saved in Settings → Local plugins; nothing is saved")
    commands = parser.add_subparsers(dest="command")
    ask = commands.add_parser(
        "ask", parents=[common, mcp], help="ask one question and print the streamed answer",
        description="Ask one question. The answer streams to stdout, followed by recall sources, suggested "
                    "follow-ups and token usage; tool calls and errors go to stderr. The token comes from "
                    f"${TOKEN_ENV}, else the keyring entry of the saved profile. Exit status: 0 the answer "
                    "completed, 1 the turn failed (what arrived is printed), 2 a usage or configuration error "
                    "(nothing was sent), 130 interrupted (Ctrl+C), 141 the output's reader went away.")
    ask.add_argument("message", help="what to ask")
    ask.add_argument("--file", action="append", default=[], metavar="PATH",
                     help="attach this file (repeat for more): uploaded to Coze first, then sent with the question; "
                          "images go as images, other files as files (at most 512 MB each)")
    ask.add_argument("--read-aloud", action="store_true",
                     help="also speak the answer as it streams (the bot's own voice unless --voice)")
    ask.add_argument("--voice", metavar="ID", help="the voice to read aloud with (coze-desktop voices lists them)")
    commands.add_parser(
        "chat", parents=[common, mcp], help="chat in this terminal (the demo bot when no token is set up)",
        description="An interactive conversation in the terminal; an empty line or Ctrl+D ends it. Exit status: "
                    "0 after a completed last turn, 1 when the last turn failed, 2 a usage or configuration error, "
                    "130 interrupted (Ctrl+C), 141 the output's reader went away.")
    usage = " Exit status: 0 done, 1 Coze failed (its code, message and logid are shown), 2 a usage or " \
            "configuration error (nothing was sent), 130 interrupted (Ctrl+C)."
    speak = commands.add_parser(
        "speak", parents=[connection], help="turn text into speech in an audio file (Coze text to speech)",
        description="Speak TEXT (at most 1024 bytes in UTF-8) with a Coze voice into an audio file: the bot's own "
                    "voice unless --voice is given." + usage)
    speak.add_argument("text", help="what to say")
    speak.add_argument("--voice", metavar="ID", help="the voice (coze-desktop voices lists them)")
    speak.add_argument("--format", choices=SPEECH_FORMATS,
                       help="the audio format (default: from the -o file's extension, else mp3)")
    speak.add_argument("--speed", type=speed, default=1.0, help="from 0.2 to 3 (default 1)")
    speak.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write the audio; - for stdout")
    transcribe = commands.add_parser(
        "transcribe", parents=[connection], help="print the text spoken in an audio file (Coze speech to text)",
        description="Send FILE (wav, mp3 or ogg, at most 10 MB) to Coze's speech recognition and print the text. "
                    "The offline demo (--demo) recognises only a few English commands for its bot." + usage)
    transcribe.add_argument("file", help="the audio file")
    commands.add_parser(
        "voices", parents=[connection], help="list the voices that speak and --voice accept",
        description="The voices you can use: your cloned voices first, then Coze's system voices, one a line as "
                    "ID, system or cloned, language and name, separated by tabs." + usage)
    add_plugins_command(commands, mcp)
    from .terminal_sign_in import add_sign_in_commands

    add_sign_in_commands(commands)
    return parser


def add_plugins_command(commands: argparse._SubParsersAction, mcp: argparse.ArgumentParser) -> None:
    plugins = commands.add_parser(
        "plugins", help="list the local plugins or run one (built-in, installed packages', MCP servers')",
        description="The local plugins the bot can call: the built-in ones, those of installed Python packages and "
                    "the tools of the MCP servers saved in Settings → Local plugins (and of --mcp-config FILE). "
                    "MCP servers are started for the command and stopped when it ends.")
    actions = plugins.add_subparsers(dest="plugins_command", required=True, metavar="{list,call}")
    listing = actions.add_parser(
        "list", parents=[mcp], help="every plugin with its description, JSON schema, source, kind and approval",
        description="Every plugin with its description, parameters (JSON schema), source (built-in, mcp:<server>, "
                    "package:<distribution>), kind and approval state under your remembered answers. Exit status: "
                    "0 done, 1 an MCP server failed or an installed plugin did not load (the others are listed), "
                    "2 a usage or configuration error.")
    listing.add_argument("--json", action="store_true", help="print one JSON object: plugins and MCP servers")
    call = actions.add_parser(
        "call", parents=[mcp], help="run one plugin with JSON arguments, through the same checks and approval",
        description="Run one call of NAME through the same schema check and approval as the bot's calls, and print "
                    "its output. What would ask in the app is asked here (y/N, when this is a terminal), or allowed "
                    "once with --yes; a remembered Deny still refuses. Exit status: 0 the output is a success, "
                    "1 it is an error output, 2 a usage or configuration error (nothing ran).")
    call.add_argument("name", help="the plugin's name (as plugins list shows it, or a name mapped to it)")
    call.add_argument("arguments", nargs="?", default="{}", help="its arguments as one JSON object (default {})")
    call.add_argument("--yes", action="store_true", help="allow this one call without asking")


def speed(text: str) -> float:
    """A speech speed, as Coze takes it: 0.2 to 3 times normal."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0.2 <= value <= 3.0:  # also refuses nan
        raise argparse.ArgumentTypeError(f"{text!r} must be from 0.2 to 3")
    return value


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        return start_gui(smoke_test=args.smoke_test)
    if args.command in ("sign-in", "sign-out"):
        from .terminal_sign_in import run_sign_in_command

        return run_sign_in_command(args)
    from .terminal import run_terminal  # the engine and its HTTP stack: not part of the window's start-up

    return run_terminal(args)


def start_gui(*, smoke_test: bool = False) -> int:
    """The window. When it cannot be imported (a broken install) that is an error, said with what is missing,
    never a silent switch to something else: a smoke test must fail, and a user must know what to fix."""
    try:
        from .ui.app import run
    except ImportError as exc:
        print(f"The desktop window could not start: {exc}.\n"
              "Reinstall Coze Desktop (its Qt libraries are incomplete), or chat in this terminal with "
              "`coze-desktop chat`.", file=sys.stderr)
        return 1
    return run(smoke_test=smoke_test)


if __name__ == "__main__":
    sys.exit(main())
