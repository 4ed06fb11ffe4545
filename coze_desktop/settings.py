"""Profiles (region or base URL, bot IDs, user id…) in a JSON file in the platform config dir; tokens in keyring."""

from __future__ import annotations

import json
import logging
import os
import uuid
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

log = logging.getLogger(__name__)

APP_DIR_NAME = "coze-desktop"
KEYRING_SERVICE = "coze-desktop"
TOKEN_ENV = "COZE_API_TOKEN"
# Points config, data and logs at one folder: tests, portable installs, several accounts side by side.
HOME_ENV = "COZE_DESKTOP_HOME"


@dataclass
class Profile:
    """One Coze account and its bots. The token is not here: it lives in the OS keyring under ``name``."""

    name: str = "default"
    region: str = "cn"
    base_url: str = ""  # set for a self-hosted Coze Studio; wins over region
    bot_ids: list[str] = field(default_factory=list)
    user_id: str = ""
    stream: bool = True
    proxy: str = ""
    music_folder: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Profile:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class Settings:
    profiles: list[Profile] = field(default_factory=lambda: [Profile()])
    active_profile: str = "default"
    language: str = ""  # "" follows the system
    theme: str = ""

    @property
    def profile(self) -> Profile:
        for profile in self.profiles:
            if profile.name == self.active_profile:
                return profile
        return self.profiles[0]


def config_dir() -> Path:
    home = os.environ.get(HOME_ENV)
    return Path(home) / "config" if home else platformdirs.user_config_path(APP_DIR_NAME)


def data_dir() -> Path:
    home = os.environ.get(HOME_ENV)
    return Path(home) / "data" if home else platformdirs.user_data_path(APP_DIR_NAME)


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings, or defaults when there are none or the file is unreadable (logged, not fatal)."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable settings file %s: %s", path, exc)
        return Settings()
    profiles = [Profile.from_dict(p) for p in raw.get("profiles", []) if isinstance(p, dict)] or [Profile()]
    return Settings(profiles=profiles, active_profile=str(raw.get("active_profile", profiles[0].name)),
                    language=str(raw.get("language", "")), theme=str(raw.get("theme", "")))


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically, so a crash mid-write never leaves half a file."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)


def ensure_user_id(settings: Settings) -> str:
    """The profile's user id, generated once and saved. Random, so no real identity reaches Coze."""
    profile = settings.profile
    if not profile.user_id:
        profile.user_id = f"desktop-{uuid.uuid4().hex[:16]}"
        try:
            save_settings(settings)
        except OSError as exc:
            log.warning("could not save the new user id: %s", exc)
    return profile.user_id


def stored_token(profile_name: str) -> str | None:
    """The profile's token from the OS keyring, or None when there is none or no keyring works."""
    import keyring  # imported here: finding the backend scans entry points and costs ~0.1 s at start-up
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, profile_name)
    except KeyringError as exc:
        log.info("no token from the keyring: %s", type(exc).__name__)
        return None


def resolve_token(profile_name: str) -> str | None:
    """``COZE_API_TOKEN`` first (scripts, CI), then the keyring entry of the profile."""
    return os.environ.get(TOKEN_ENV) or stored_token(profile_name)
