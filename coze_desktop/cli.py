"""Command line: start the desktop app, or chat from a terminal with the same engine and plugins."""

from __future__ import annotations

import argparse
import sys

from . import __version__
from .api.regions import REGIONS
from .settings import MAX_TIMEOUT, TOKEN_ENV, load_settings, resolve_token


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
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--bot-id", help="the bot (default: the saved profile's first bot)")
    where = common.add_mutually_exclusive_group()
    where.add_argument("--base-url", help="API base URL, e.g. a self-hosted Coze Studio at http://host:8888")
    where.add_argument("--region", choices=sorted(REGIONS), help="cn = api.coze.cn (扣子), com = api.coze.com")
    common.add_argument("--user-id", help="end-user id sent to Coze (default: the profile's, generated once)")
    common.add_argument("--conversation-id", help="continue this conversation")
    common.add_argument("--no-stream", action="store_true", help="create the chat and poll instead of streaming")
    common.add_argument("--demo", action="store_true", help="talk to the built-in offline demo bot (no token)")
    common.add_argument("--profile", help="use this saved profile instead of the active one")
    common.add_argument("--idle-timeout", type=seconds, metavar="SECONDS",
                        help="give up when the answer stream stays silent this long (default: the setting in "
                             "Settings → Chat, 60 s unless changed)")
    commands = parser.add_subparsers(dest="command")
    ask = commands.add_parser(
        "ask", parents=[common], help="ask one question and print the streamed answer",
        description="Ask one question. The answer streams to stdout, followed by recall sources, suggested "
                    "follow-ups and token usage; tool calls and errors go to stderr. The token comes from "
                    f"${TOKEN_ENV}, else the keyring entry of the saved profile. Exit status: 0 the answer "
                    "completed, 1 the turn failed (what arrived is printed), 2 a usage or configuration error "
                    "(nothing was sent), 130 interrupted (Ctrl+C), 141 the output's reader went away.")
    ask.add_argument("message", help="what to ask")
    commands.add_parser(
        "chat", parents=[common], help="chat in this terminal (the demo bot when no token is set up)",
        description="An interactive conversation in the terminal; an empty line or Ctrl+D ends it. Exit status: "
                    "0 after a completed last turn, 1 when the last turn failed, 2 a usage or configuration error, "
                    "130 interrupted (Ctrl+C), 141 the output's reader went away.")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        return start_gui(smoke_test=args.smoke_test)
    from .terminal import run_terminal  # the engine and its HTTP stack: not part of the window's start-up

    return run_terminal(args)


def start_gui(*, smoke_test: bool = False) -> int:
    try:
        from .ui.app import run  # type: ignore[import-not-found]
    except ImportError:
        print("The desktop window is not part of this build yet; starting a chat in this terminal instead.",
              file=sys.stderr)
        from .terminal import run_terminal

        args = build_parser().parse_args(["chat"])
        args.demo = resolve_token(load_settings().profile.name) is None
        return run_terminal(args)
    return run(smoke_test=smoke_test)


if __name__ == "__main__":
    sys.exit(main())
