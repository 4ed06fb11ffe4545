"""``coze-desktop sign-in`` and ``sign-out``: Sign in with Coze from a terminal (device flow), tokens to the keyring."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import TextIO

from .api.errors import CozeError
from .settings import Profile, Settings, load_settings, save_settings
from .terminal_text import printable

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
COMMANDS = ("sign-in", "sign-out")


def add_sign_in_commands(commands: argparse._SubParsersAction) -> None:
    sign_in = commands.add_parser(
        "sign-in", help="sign in with your Coze account instead of saving a token (OAuth device flow)",
        description="Show a code and a link: open the link, check the code and approve, and the profile is signed "
                    "in with Coze (its tokens go to the system keyring and renew themselves; a token saved for the "
                    "profile is replaced). It needs the client ID of an OAuth app of yours of the type for TVs, "
                    "devices and command-line programs; the client ID is not a secret and is saved in the profile. "
                    "Exit status: 0 signed in, 1 declined, expired or Coze unreachable, 2 a usage error, "
                    "130 interrupted (Ctrl+C).")
    sign_in.add_argument("--client-id", help="your OAuth app's client ID (default: the one saved in the profile)")
    sign_in.add_argument("--profile", help="sign in this saved profile instead of the active one")
    sign_out = commands.add_parser(
        "sign-out", help="forget the profile's sign-in with Coze",
        description="Remove the profile's sign-in from the system keyring. Exit status: 0 done (also when it was not "
                    "signed in), 1 the keyring failed, 2 a usage error.")
    sign_out.add_argument("--profile", help="sign out this saved profile instead of the active one")


def run_sign_in_command(args: argparse.Namespace) -> int:
    try:
        return asyncio.run(sign_in_command(args, sys.stdout, sys.stderr))
    except KeyboardInterrupt:
        print("\nInterrupted: not signed in.", file=sys.stderr)
        return EXIT_INTERRUPTED


async def sign_in_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``sign-in`` or ``sign-out`` for the chosen profile."""
    from .auth import finish_sign_in, oauth_client, start_sign_in
    from .secrets import KeyringUnavailable, token_store

    settings = load_settings()
    profile = _profile(settings, args.profile, err)
    if profile is None:
        return EXIT_USAGE
    store = token_store()
    if args.command == "sign-out":
        try:
            store.delete_oauth(profile.name)
        except KeyringUnavailable as exc:
            print(f"error: {printable(str(exc))}", file=err)
            return EXIT_FAILED
        print(f"Profile {printable(profile.name)!r} is signed out.", file=out)
        return EXIT_OK
    client_id = (args.client_id or profile.oauth_client_id).strip()
    if not client_id:
        print("error: no client ID. Pass --client-id with the client ID of your OAuth app (create one of the type "
              "for TVs, devices and command-line programs in Coze: API & SDK → 授权 → OAuth 应用).", file=err)
        return EXIT_USAGE
    if reason := store.unavailable_reason():
        print(f"error: no system keyring is available ({printable(reason)}), so a sign-in from the terminal could "
              "not be kept. Set COZE_API_TOKEN instead.", file=err)
        return EXIT_USAGE
    try:
        async with oauth_client(profile, client_id) as oauth:
            sign_in = await start_sign_in(oauth)
            minutes = max(1, sign_in.code.expires_in // 60)
            print(f"Open {printable(sign_in.url)}\nCheck that the page shows the code  {printable(sign_in.user_code)}"
                  f"  and approve. Waiting for Coze (up to {minutes} min; Ctrl+C stops)…", file=out, flush=True)
            await finish_sign_in(oauth, sign_in, profile.name, store)
    except CozeError as exc:
        print(f"error: {printable(exc.describe())}", file=err)
        return EXIT_FAILED
    if profile.oauth_client_id != client_id:
        profile.oauth_client_id = client_id
        try:
            save_settings(settings)
        except OSError as exc:
            print(f"warning: the client ID could not be saved in the settings ({printable(str(exc))}).", file=err)
    print(f"Signed in with Coze: profile {printable(profile.name)!r} now uses your account's tokens.", file=out)
    return EXIT_OK


def _profile(settings: Settings, name: str | None, err: TextIO) -> Profile | None:
    if not name:
        return settings.profile
    profile = next((p for p in settings.profiles if p.name == name), None)
    if profile is None:
        names = printable(", ".join(repr(p.name) for p in settings.profiles))
        print(f"error: there is no saved profile named {printable(repr(name))}; the saved ones are {names}.",
              file=err)
    return profile
