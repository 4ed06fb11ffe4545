"""Profiles (region or base URL, bots, user id…) in a JSON file in the platform config dir; tokens in keyring."""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from . import notices
from .private_files import move_aside, private_dir
from .redaction import redact, remember_secret
from .secrets import KEYRING_SERVICE as KEYRING_SERVICE
from .secrets import TokenStore, token_store

log = logging.getLogger(__name__)

APP_DIR_NAME = "coze-desktop"
TOKEN_ENV = "COZE_API_TOKEN"
# Points config, data and logs at one folder: tests, portable installs, several accounts side by side.
HOME_ENV = "COZE_DESKTOP_HOME"

REGIONS = ("cn", "com", "custom")  # custom: a self-hosted Coze Studio (or the demo server) at ``base_url``
LANGUAGES = ("", "zh_CN", "en")  # "" follows the system
THEMES = ("", "light", "dark")  # "" follows the system
# Remembered choices about local tools: "tool" or "tool@host" → one of these (see plugins/approval.py).
APPROVAL_RULES = ("always", "deny", "ask")
# Limits on waiting for Coze (issue: every turn ends in bounded time); Settings → Chat changes them.
DEFAULT_CONNECT_TIMEOUT = 30.0  # until the response headers arrive
DEFAULT_IDLE_TIMEOUT = 60.0  # silence between two pieces of a stream
DEFAULT_POLL_DEADLINE = 120.0  # a polled (non-streaming) chat
MAX_TIMEOUT = 3600.0

# Coze personal access tokens and OAuth user/service tokens. A value shaped like one never reaches the file.
_TOKEN_SHAPE = re.compile(r"\b(?:pat|czu|czs)_[A-Za-z0-9]")


def looks_like_token(value: str) -> bool:
    return bool(_TOKEN_SHAPE.search(value))


def default_music_folder() -> str:
    """The system's Music folder: where a profile without a chosen folder looks first (then the demo songs)."""
    return platformdirs.user_music_dir()


def new_user_id() -> str:
    """Random, so no real identity reaches Coze."""
    return f"desktop-{os.urandom(8).hex()}"


@dataclass
class BotRef:
    """A bot of a profile: its ID and the name Coze reported for it ("" until known)."""

    id: str
    name: str = ""


@dataclass
class Profile:
    """One Coze account and its bots. The token is not here: it lives in the OS keyring under ``name``."""

    name: str = "default"
    region: str = "cn"
    base_url: str = ""  # used when region is "custom"
    bots: list[BotRef] = field(default_factory=list)
    workspace_id: str = ""  # where the bot picker lists bots
    user_id: str = ""  # generated once by ensure_user_id, editable
    stream: bool = True
    proxy: str = ""  # "" uses the system's proxy settings
    # "" = not chosen: the system's Music folder when it holds songs, else the demo songs (demo/tracks.py).
    music_folder: str = ""
    # "Sign in with Coze": the OAuth app's client ID. Not a secret (it is the app's public name); the tokens the
    # sign-in gives go to the keyring.
    oauth_client_id: str = ""
    # Keys this version does not know (a newer one wrote them): written back untouched, so a downgrade loses nothing.
    extra: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def bot_ids(self) -> list[str]:
        return [bot.id for bot in self.bots]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Profile:
        """Tolerant of older files: ``bot_ids`` as a list of strings, a base URL without region "custom"."""
        profile = cls()
        profile.extra = {k: v for k, v in data.items() if k not in _PROFILE_KEYS}
        for key in ("name", "region", "base_url", "workspace_id", "user_id", "proxy", "music_folder",
                    "oauth_client_id"):
            if isinstance(data.get(key), str):
                setattr(profile, key, data[key])
        if isinstance(data.get("stream"), bool):
            profile.stream = data["stream"]
        profile.bots = _bots_from(data.get("bots", data.get("bot_ids")))
        if profile.region not in REGIONS:
            log.warning("profile %r: unknown region %r, using cn", profile.name, profile.region)
            profile.region = "cn"
        if profile.base_url and profile.region != "custom":
            profile.region = "custom"  # the old format: a base URL won over the region
        if profile.music_folder.strip() in ("", default_music_folder()):
            # Older versions wrote the system's folder when none was chosen: it means "not chosen" as well,
            # which still plays from it when it holds songs.
            profile.music_folder = ""
        return profile

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data = {**data.pop("extra"), **data}
        if self.region != "custom":
            # Readers that predate "custom" let any base URL win over the region.
            data["base_url"] = ""
        return data


# What from_dict reads, "bot_ids" being the old spelling of "bots"; everything else in a profile is kept as extra.
_PROFILE_KEYS = frozenset(f for f in Profile.__dataclass_fields__ if f != "extra") | {"bot_ids"}


def _bots_from(raw: Any) -> list[BotRef]:
    bots: list[BotRef] = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, str | int) and str(item).strip():
            bots.append(BotRef(str(item).strip()))
        elif isinstance(item, dict) and str(item.get("id") or "").strip():
            bots.append(BotRef(str(item["id"]).strip(), str(item.get("name") or "")))
    return bots


@dataclass
class Settings:
    profiles: list[Profile] = field(default_factory=lambda: [Profile()])
    active_profile: str = "default"
    language: str = ""  # one of LANGUAGES
    theme: str = ""  # one of THEMES
    approvals: dict[str, str] = field(default_factory=dict)  # "tool" or "tool@host" → one of APPROVAL_RULES
    aliases: dict[str, str] = field(default_factory=dict)  # a Coze plugin name → the local tool it means
    allow_http: bool = False  # plain http:// music URLs (https:// is always allowed)
    keep_playing_in_tray: bool = False  # closing the window hides it into the tray; music goes on
    volume_target: str = "app"  # what the volume tools and slider act on: "app" (the music) or "system" (the output)
    # How long a turn may wait on Coze (seconds): response headers, silence inside a stream, a polled chat.
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT
    idle_timeout: float = DEFAULT_IDLE_TIMEOUT
    poll_deadline: float = DEFAULT_POLL_DEADLINE
    # Voice (issue 11): a transcript is sent at once instead of going into the message box; the bots (by ID) whose
    # answers are read aloud as they stream; the voice for bots without their own ("" = the first system voice).
    send_voice_at_once: bool = False
    read_aloud_bots: list[str] = field(default_factory=list)
    voice_id: str = ""
    # MCP servers (plugins/mcp_config.py): name, command, args, cwd, url, enabled and the NAMES of their env
    # variables and headers; the values live in the keyring.
    mcp_servers: list[dict[str, Any]] = field(default_factory=list)

    def reads_aloud(self, bot_id: str) -> bool:
        """Whether answers of ``bot_id`` are read aloud as they stream."""
        return bool(bot_id) and bot_id in self.read_aloud_bots

    def set_reads_aloud(self, bot_id: str, on: bool) -> None:
        if not bot_id:
            return
        bots = [b for b in self.read_aloud_bots if b != bot_id]
        self.read_aloud_bots = [*bots, bot_id] if on else bots

    @property
    def profile(self) -> Profile:
        for profile in self.profiles:
            if profile.name == self.active_profile:
                return profile
        return self.profiles[0]

    def to_dict(self) -> dict[str, Any]:
        return {
            "profiles": [p.to_dict() for p in self.profiles],
            "active_profile": self.active_profile,
            "language": self.language,
            "theme": self.theme,
            "approvals": dict(self.approvals),
            "aliases": dict(self.aliases),
            "allow_http": self.allow_http,
            "keep_playing_in_tray": self.keep_playing_in_tray,
            "volume_target": self.volume_target,
            "connect_timeout": self.connect_timeout,
            "idle_timeout": self.idle_timeout,
            "poll_deadline": self.poll_deadline,
            "send_voice_at_once": self.send_voice_at_once,
            "read_aloud_bots": list(self.read_aloud_bots),
            "voice_id": self.voice_id,
            "mcp_servers": [dict(entry) for entry in self.mcp_servers],
        }


def config_dir() -> Path:
    home = os.environ.get(HOME_ENV)
    return Path(home) / "config" if home else platformdirs.user_config_path(APP_DIR_NAME)


def data_dir() -> Path:
    home = os.environ.get(HOME_ENV)
    return Path(home) / "data" if home else platformdirs.user_data_path(APP_DIR_NAME)


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings, or defaults when there are none.

    A damaged file (not JSON, not an object, unreadable, a folder in its place) is moved aside to
    ``settings.json.broken-<time>``, never deleted, and a notice names it; the app then starts on defaults.
    A field of the wrong shape falls back to its default alone: the other fields are kept.
    """
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError, RecursionError) as exc:  # RecursionError: "[[[[…" nested beyond the parser
        _set_aside(path, _reason(exc))
        return Settings()
    if not isinstance(raw, dict):
        _set_aside(path, f"it holds a JSON {type(raw).__name__}, not an object")
        return Settings()
    raw_profiles = raw.get("profiles")
    profiles = [Profile.from_dict(p) for p in (raw_profiles if isinstance(raw_profiles, list) else [])
                if isinstance(p, dict)] or [Profile()]
    language, theme, active = raw.get("language", ""), raw.get("theme", ""), raw.get("active_profile")
    return Settings(
        profiles=profiles,
        active_profile=active if isinstance(active, str) and active else profiles[0].name,
        language=language if language in LANGUAGES else "",
        theme=theme if theme in THEMES else "",
        approvals={k: v for k, v in _str_map(raw.get("approvals")).items() if v in APPROVAL_RULES},
        aliases={k: v for k, v in _str_map(raw.get("aliases")).items() if k and v},
        allow_http=raw.get("allow_http") is True,
        keep_playing_in_tray=raw.get("keep_playing_in_tray") is True,
        volume_target="system" if raw.get("volume_target") == "system" else "app",
        connect_timeout=_seconds(raw.get("connect_timeout"), DEFAULT_CONNECT_TIMEOUT),
        idle_timeout=_seconds(raw.get("idle_timeout"), DEFAULT_IDLE_TIMEOUT),
        poll_deadline=_seconds(raw.get("poll_deadline"), DEFAULT_POLL_DEADLINE),
        send_voice_at_once=raw.get("send_voice_at_once") is True,
        read_aloud_bots=_str_list(raw.get("read_aloud_bots")),
        voice_id=voice_id.strip() if isinstance(voice_id := raw.get("voice_id"), str) else "",
        mcp_servers=[e for e in mcp if isinstance(e, dict)] if isinstance(mcp := raw.get("mcp_servers"), list) else [],
    )


def _reason(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "it is nested too deeply to read"
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    return redact(str(exc))  # a JSON or UTF-8 error names a position and a byte, never the content


def _set_aside(path: Path, reason: str) -> None:
    """Move the damaged settings file out of the way (kept for the user) and say so once."""
    try:
        moved = move_aside(path)
    except OSError as exc:
        notices.add(notices.SETTINGS_NOT_MOVED, path,
                    f"{reason}; moving it aside failed: {exc.strerror or type(exc).__name__}")
        return
    notices.add(notices.SETTINGS_MOVED, moved, reason)


def _seconds(raw: Any, default: float) -> float:
    """A positive, finite number of seconds (capped at an hour); anything else is the default."""
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not 0 < raw < float("inf"):
        return default
    return min(float(raw), MAX_TIMEOUT)


def _str_list(raw: Any) -> list[str]:
    """The non-blank strings of a JSON array, once each; anything else is dropped."""
    items = [item.strip() for item in raw if isinstance(item, str) and item.strip()] if isinstance(raw, list) else []
    return list(dict.fromkeys(items))


def _str_map(raw: Any) -> dict[str, str]:
    """The string → string entries of a JSON object; anything else (an edited file gone wrong) is dropped."""
    if not isinstance(raw, dict):
        return {}
    return {k.strip(): v.strip() for k, v in raw.items() if isinstance(k, str) and isinstance(v, str)}


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically (a crash mid-write never leaves half a file), without anything shaped like a token."""
    path = path or settings_path()
    known = settings.to_dict()
    data = {**_unknown_keys(path, known), **known}
    _write_private(path, json.dumps(_without_tokens(data, "settings"), ensure_ascii=False, indent=2))


def _write_private(path: Path, text: str) -> None:
    """Write ``text`` atomically into a file only the user can read."""
    private_dir(path.parent)
    # mkstemp creates the file 0600: the settings are the user's alone, also after the rename.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())  # the data is on disk before the rename makes it the settings
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass
class PlayerMemory:
    """What the player bar remembers across restarts: the volume, mute, and the last song played from a folder.

    Kept in its own file (``player.json`` next to the settings), not in ``settings.json``: it changes while music
    plays, and must never race with the settings dialog, which writes the settings as a whole.
    """

    volume: int = 50
    muted: bool = False
    last_path: str = ""  # the last song's file ("" for none, or for a stream: a URL is approved each time)
    last_title: str = ""
    last_artist: str = ""


def player_memory_path() -> Path:
    return config_dir() / "player.json"


def load_player_memory(path: Path | None = None) -> PlayerMemory | None:
    """The remembered player state; None when there is none: no file, or a damaged one (not worth a notice:
    the next save replaces it). A field of the wrong shape falls back to its default alone."""
    try:
        raw = json.loads((path or player_memory_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(raw, dict):
        return None
    memory = PlayerMemory()
    volume = raw.get("volume")
    if isinstance(volume, int) and not isinstance(volume, bool):
        memory.volume = max(0, min(100, volume))
    memory.muted = raw.get("muted") is True
    for key in ("last_path", "last_title", "last_artist"):
        if isinstance(raw.get(key), str):
            setattr(memory, key, raw[key])
    return memory


def save_player_memory(memory: PlayerMemory, path: Path | None = None) -> None:
    """Write atomically; raises OSError when the config folder cannot be written."""
    _write_private(path or player_memory_path(), json.dumps(asdict(memory), ensure_ascii=False, indent=2))


def _unknown_keys(path: Path, known: dict[str, Any]) -> dict[str, Any]:
    """The top-level keys of the file on disk that this version does not know (a newer version wrote them).

    Read at save time, so they survive however the caller built its Settings (the dialog builds a new one).
    """
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return {k: v for k, v in raw.items() if k not in known} if isinstance(raw, dict) else {}


def _without_tokens(value: Any, where: str) -> Any:
    """A copy with every token-shaped string blanked: a token pasted into the wrong field stays out of the file."""
    if isinstance(value, dict):
        return {k: _without_tokens(v, f"{where}.{k}") for k, v in value.items()}
    if isinstance(value, list):
        return [_without_tokens(v, f"{where}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, str) and looks_like_token(value):
        log.warning("not saving %s: it looks like an API token, which belongs in the keyring", where)
        return ""
    return value


def ensure_user_id(settings: Settings, profile: Profile | None = None) -> str:
    """The profile's (by default the active one's) user id, generated once and saved."""
    profile = profile or settings.profile
    if not profile.user_id:
        profile.user_id = new_user_id()
        try:
            save_settings(settings)
        except OSError as exc:
            log.warning("could not save the new user id: %s", exc)
    return profile.user_id


def stored_token(profile_name: str, store: TokenStore | None = None) -> str | None:
    """The profile's token from the keyring, else this session's; None when there is none."""
    return (store or token_store()).get(profile_name)


def resolve_token(profile_name: str, store: TokenStore | None = None) -> str | None:
    """``COZE_API_TOKEN`` first (scripts, CI), then the keyring entry of the profile, then a session token."""
    remember_secret(os.environ.get(TOKEN_ENV))  # the keyring's token is registered by the store
    return os.environ.get(TOKEN_ENV) or stored_token(profile_name, store)
