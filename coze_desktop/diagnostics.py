"""The text behind "Copy diagnostics": versions, platform, where the app connects, the log's tail — never a secret."""

from __future__ import annotations

import os
import platform
import sys
from typing import Protocol

from . import __version__
from .api import CozeError
from .connection import endpoint
from .logs import log_path, redact, tail
from .redaction import safe_setting_url
from .secrets import TokenSource, token_store
from .settings import TOKEN_ENV, Settings


class ConnectionInfo(Protocol):
    """What the window's session is connected to (``ui.session.Connection``; no Qt needed here)."""

    base_url: str
    bot_id: str
    demo: bool


def diagnostics_text(settings: Settings, connection: ConnectionInfo | None = None, *, log_lines: int = 50) -> str:
    """A report to paste into a bug report. Tokens are reported as stored or not, and everything is redacted."""
    profile = settings.profile
    try:
        base_url = safe_setting_url(endpoint(profile))
    except CozeError:
        base_url = "(not set)"
    lines = [
        f"Coze Desktop {__version__}{' (bundle)' if getattr(sys, 'frozen', False) else ''}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"Qt: {_qt_versions()}",
        f"libVLC: {libvlc_version()}",
        f"OS: {platform.platform()} ({platform.machine()})",
    ]
    if sys.platform.startswith("linux"):
        session = ", ".join(f"{name}={os.environ[name]}" for name in
                            ("XDG_SESSION_TYPE", "XDG_CURRENT_DESKTOP", "QT_QPA_PLATFORM") if os.environ.get(name))
        lines.append(f"Desktop: {session or 'unknown'}")
    lines += [
        f"Profile region: {profile.region}",
        f"Profile base URL: {base_url}",
        f"Proxy: {'set' if profile.proxy.strip() else 'system'}",
        f"Connected to: {_describe(connection)}",
        f"Token stored: {_token_stored(profile.name)}",
        f"{TOKEN_ENV} set: {'yes' if os.environ.get(TOKEN_ENV) else 'no'}",
        f"Keyring: {_keyring_backend()}",
        f"Log file: {log_path()}",
        "",
        f"Last {log_lines} log lines:",
        *tail(log_lines),
    ]
    return redact("\n".join(lines))


def libvlc_version() -> str:
    """libVLC's version and where it was loaded from, or why it could not be."""
    try:
        import vlc
    except (ImportError, OSError, NotImplementedError) as exc:  # python-vlc raises the latter without libVLC
        return f"not installed ({type(exc).__name__}: {exc})"
    version = vlc.libvlc_get_version()
    version = version.decode(errors="replace") if isinstance(version, bytes) else str(version)
    return f"{version} ({getattr(vlc.dll, '_name', '?')}, python-vlc {getattr(vlc, '__version__', '?')})"


def _qt_versions() -> str:
    """Only when the GUI has loaded Qt: this module stays importable (and cheap) without it."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return "not loaded"
    text = f"Qt {qtcore.qVersion()}, PySide6 {sys.modules['PySide6'].__version__}"
    qtgui = sys.modules.get("PySide6.QtGui")
    app = qtgui.QGuiApplication.instance() if qtgui else None
    return f"{text}, platform {app.platformName()}" if app is not None else text


def _describe(connection: ConnectionInfo | None) -> str:
    if connection is None:
        return "nothing"
    where = "the offline demo bot" if connection.demo else f"bot {connection.bot_id or '(none)'}"
    return f"{where} at {safe_setting_url(connection.base_url)}"


def _token_stored(profile_name: str) -> str:
    """Whether the profile has a token or a sign-in (a profile holds one or the other), and where it is kept."""
    try:
        store = token_store()
        signed_in = store.oauth_source(profile_name)
        source = signed_in or store.source(profile_name)
    except Exception as exc:  # a broken keyring must not break the report that would explain it
        return f"unknown ({type(exc).__name__})"
    where = {TokenSource.KEYRING: "OS keyring", TokenSource.SESSION: "this session only"}.get(source)
    if where is None:
        return "no"
    return f"yes, signed in with Coze ({where})" if signed_in else f"yes ({where})"


def _keyring_backend() -> str:
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as exc:
        return f"unavailable ({type(exc).__name__})"
    usable = "usable" if token_store().available() else "not usable"
    return f"{type(backend).__module__}.{type(backend).__name__} ({usable})"

