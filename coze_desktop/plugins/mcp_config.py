"""MCP server configurations: the desktop clients' ``{"mcpServers": …}`` format, and where each part is kept."""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..redaction import redact, remember_secret

if TYPE_CHECKING:
    from ..secrets import TokenStore
    from ..settings import Settings

log = logging.getLogger(__name__)

# Tool names as Coze takes them. The coze-studio sources we could read do not state the rule for a 端插件's tool
# name, so this is the conservative subset every tool-calling model and Coze's own examples accept: ASCII
# letters, digits and "_", at most 64 characters.
MAX_TOOL_NAME = 64
_UNSAFE = re.compile(r"[^A-Za-z0-9_]+")
SEPARATOR = "__"  # between the server's and the tool's part of a plugin name: <server>__<tool>
PREFIX_LIMIT = 24  # of the server's part: leaves the tool's own name at least 38 characters

# The "type" values desktop clients write, by the transport they mean. SSE (the 2024 transport) is not here:
# the issue asks for stdio and streamable HTTP, and most servers that offer SSE also offer streamable HTTP.
_TYPES = {"stdio": "stdio", "http": "http", "streamable-http": "http", "streamable_http": "http",
          "streamableHttp": "http"}
# Keys some clients add (Cline, Cursor, Claude Desktop extensions…) that mean nothing here: accepted, ignored.
_IGNORED = frozenset({"autoApprove", "alwaysAllow", "timeout", "description", "transportType", "envFile", "note"})
_KNOWN = frozenset({"command", "args", "env", "cwd", "url", "headers", "type", "enabled", "disabled"}) | _IGNORED

# The keyring entry (service "coze-desktop", see secrets.py) holding one server's env and header values.
_SECRET_USER = "mcp-server:{}"


class McpConfigError(ValueError):
    """A configuration that cannot be used; the message names the server, the key and what was expected."""


@dataclass(frozen=True)
class McpServerConfig:
    """One MCP server: a program to run (stdio) or a URL (streamable HTTP)."""

    name: str  # the key in "mcpServers"; made safe, the tools' prefix (<server>__<tool>)
    command: str = ""  # stdio: the program and its arguments
    args: tuple[str, ...] = ()
    env: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}), hash=False)  # may be secrets
    cwd: str = ""
    url: str = ""  # streamable HTTP
    headers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}), hash=False)  # secrets too
    enabled: bool = True

    @property
    def transport(self) -> str:
        """``"stdio"`` or ``"http"``."""
        return "http" if self.url else "stdio"

    @property
    def prefix(self) -> str:
        """The server's part of its tools' plugin names."""
        return safe_name(self.name, PREFIX_LIMIT)

    def same_connection(self, other: McpServerConfig) -> bool:
        """Whether ``other`` runs the same server the same way (a change of ``enabled`` alone does not count)."""
        return (self.command, self.args, dict(self.env), self.cwd, self.url, dict(self.headers)) == \
            (other.command, other.args, dict(other.env), other.cwd, other.url, dict(other.headers))

    def __repr__(self) -> str:  # env and header values stay out of any log line or traceback
        where = self.url or " ".join((self.command, *self.args))
        return f"McpServerConfig({self.name!r}, {self.transport}: {where!r}, env={sorted(self.env)}, " \
               f"headers={sorted(self.headers)}, enabled={self.enabled})"


def safe_name(text: str, limit: int = MAX_TOOL_NAME) -> str:
    """``text`` as a tool-name part: runs of other characters become "_"; an over-long name keeps its start and
    gets a short hash of the whole, so two long names that share a start stay apart. A name with nothing usable
    (文件) becomes "n" and its hash: unreadable, but stable and distinct."""
    digest = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:6]
    name = _UNSAFE.sub("_", text).strip("_") or f"n{digest}"
    if len(name) <= limit:
        return name
    return f"{name[: limit - 7].rstrip('_')}_{digest}"


def tool_plugin_name(server: str, tool: str) -> str:
    """``<server>__<tool>``, both parts made safe, at most MAX_TOOL_NAME characters."""
    prefix = safe_name(server, PREFIX_LIMIT)
    return f"{prefix}{SEPARATOR}{safe_name(tool, MAX_TOOL_NAME - len(prefix) - len(SEPARATOR))}"


# ------------------------------------------------------------------------------------------- the file format


def parse_mcp_config(data: object) -> list[McpServerConfig]:
    """The servers of a ``{"mcpServers": {"name": {...}}}`` object (VS Code's ``{"servers": …}`` too)."""
    if not isinstance(data, dict):
        raise McpConfigError(f"an MCP configuration must be a JSON object with \"mcpServers\", not {_kind(data)}")
    servers = data.get("mcpServers", data.get("servers"))
    if servers is None:
        raise McpConfigError('the configuration has no "mcpServers" object (expected {"mcpServers": {"name": '
                             '{"command": …} or {"url": …}}})')
    if not isinstance(servers, dict):
        raise McpConfigError(f'"mcpServers" must be an object mapping server names to servers, not {_kind(servers)}')
    configs = [parse_server(name, entry) for name, entry in servers.items()]
    _check_unique(configs)
    return configs


def parse_server(name: object, entry: object) -> McpServerConfig:
    """One entry of "mcpServers"; ``name`` is its key."""
    if not isinstance(name, str) or not name.strip():
        raise McpConfigError("an MCP server has an empty name; give it a name (letters, digits and _ read best in "
                             "its tools' names)")
    name = name.strip()
    where = f"MCP server {name!r}"
    if not isinstance(entry, dict):
        raise McpConfigError(f"{where}: expected an object with \"command\" or \"url\", not {_kind(entry)}")
    unknown = sorted(set(entry) - _KNOWN)
    if unknown:
        log.info("%s: ignoring the keys %s", where, ", ".join(unknown))
    kind = entry.get("type")
    if kind is not None and kind not in _TYPES:
        if kind == "sse":
            raise McpConfigError(f"{where} uses the SSE transport (\"type\": \"sse\"), which Coze Desktop does "
                                 "not support: use the server's streamable HTTP endpoint (often ending in /mcp) "
                                 "with \"type\": \"http\", or run it over stdio with \"command\"")
        raise McpConfigError(f"{where}: \"type\" must be \"stdio\", \"http\" or \"streamable-http\", not {kind!r}")
    command, url = _text(entry, "command", where), _text(entry, "url", where)
    if command and url:
        raise McpConfigError(f"{where} has both \"command\" and \"url\": give \"command\" (with \"args\") to run "
                             "it on this computer, or \"url\" to reach it over HTTP, not both")
    if not command and not url:
        raise McpConfigError(f"{where} has neither \"command\" nor \"url\": give the program to run (\"command\", "
                             "\"args\") or the server's streamable HTTP URL (\"url\")")
    transport = _TYPES.get(kind) if kind is not None else ("http" if url else "stdio")
    if transport == "stdio" and not command:
        raise McpConfigError(f"{where}: \"type\": {kind!r} needs \"command\" (the program to run), not \"url\"")
    if transport == "http" and not url:
        raise McpConfigError(f"{where}: \"type\": {kind!r} needs \"url\" (the streamable HTTP endpoint)")
    if url:
        _check_url(url, where)
        for key in ("args", "env", "cwd"):
            if entry.get(key):
                raise McpConfigError(f"{where}: \"{key}\" belongs to a server run with \"command\"; a server "
                                     "reached by \"url\" takes \"headers\" instead")
    elif entry.get("headers"):
        raise McpConfigError(f"{where}: \"headers\" belong to a server reached by \"url\"; a server run with "
                             "\"command\" takes \"env\" instead")
    enabled = entry.get("enabled", True)
    disabled = entry.get("disabled", False)
    if not isinstance(enabled, bool) or not isinstance(disabled, bool):
        raise McpConfigError(f"{where}: \"enabled\" and \"disabled\" must be true or false")
    return McpServerConfig(
        name=name, command=command, args=_args(entry.get("args"), where), env=_map(entry, "env", where),
        cwd=_text(entry, "cwd", where), url=url, headers=_map(entry, "headers", where),
        enabled=enabled and not disabled)


def load_mcp_config(path: Path) -> list[McpServerConfig]:
    """Read and parse a configuration file; McpConfigError (naming the file) on any problem."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")  # -sig: files saved by Windows editors start with a BOM
    except FileNotFoundError:
        raise McpConfigError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "it is not UTF-8 text"
        raise McpConfigError(f"{path} cannot be read: {reason}") from None
    try:
        data = json.loads(text)
    except ValueError as exc:
        message = getattr(exc, "msg", str(exc))
        where = f" (line {exc.lineno}, column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else ""
        raise McpConfigError(f"{path} is not valid JSON: {message}{where}") from None
    except RecursionError:
        raise McpConfigError(f"{path} is nested too deeply to read") from None
    try:
        return parse_mcp_config(data)
    except McpConfigError as exc:
        raise McpConfigError(f"{path}: {exc}") from None


def dump_mcp_config(servers: Iterable[McpServerConfig]) -> dict[str, Any]:
    """The servers in the format :func:`parse_mcp_config` reads, env and header values included (an export the
    user asked for: the caller decides where it goes)."""
    out: dict[str, Any] = {}
    for server in servers:
        entry: dict[str, Any]
        if server.url:
            entry = {"type": "http", "url": server.url}
            if server.headers:
                entry["headers"] = dict(server.headers)
        else:
            entry = {"command": server.command, "args": list(server.args)}
            if server.env:
                entry["env"] = dict(server.env)
            if server.cwd:
                entry["cwd"] = server.cwd
        if not server.enabled:
            entry["disabled"] = True
        out[server.name] = entry
    return {"mcpServers": out}


# ------------------------------------------------------------------------------------- settings and keyring


def saved_servers(settings: Settings, secrets: TokenStore | None = None) -> list[McpServerConfig]:
    """The servers of ``Settings.mcp_servers`` with their env and header values from the keyring.

    An entry that no longer parses (an edited file) is left out with a warning in the log: the app starts anyway.
    """
    store = secrets or _store()
    servers: list[McpServerConfig] = []
    for entry in settings.mcp_servers:
        name = entry.get("name") if isinstance(entry, dict) else None
        if not isinstance(name, str):
            log.warning("ignoring a saved MCP server without a name")
            continue
        values = _secret_values(store, name)
        body = {k: v for k, v in entry.items() if k not in ("name", "env_keys", "header_keys")}
        body["env"] = {k: values.get("env", {}).get(k, "") for k in _names(entry.get("env_keys"))}
        body["headers"] = {k: values.get("headers", {}).get(k, "") for k in _names(entry.get("header_keys"))}
        if body.get("url"):
            body.pop("env")
        else:
            body.pop("headers")
        try:
            servers.append(parse_server(name, body))
        except McpConfigError as exc:
            log.warning("ignoring a saved MCP server: %s", exc)
    return servers


def save_servers(settings: Settings, servers: Iterable[McpServerConfig], secrets: TokenStore | None = None) -> None:
    """Put the servers into ``settings.mcp_servers`` (names of env variables and headers, never their values)
    and their values into the keyring. The caller saves the settings file as usual.

    Raises McpConfigError for two servers whose names give the same tool prefix. When the keyring cannot store
    the values it raises :class:`~coze_desktop.secrets.KeyringUnavailable` after keeping them in memory for this
    run (the servers work until the app quits) and after updating ``settings``.
    """
    from ..secrets import KeyringUnavailable

    store = secrets or _store()
    servers = list(servers)
    _check_unique(servers)
    old = {e.get("name") for e in settings.mcp_servers if isinstance(e, dict)}
    entries: list[dict[str, Any]] = []
    failure: KeyringUnavailable | None = None
    for server in servers:
        entry: dict[str, Any] = {"name": server.name, "enabled": server.enabled}
        if server.url:
            entry |= {"url": server.url, "header_keys": sorted(server.headers)}
        else:
            entry |= {"command": server.command, "args": list(server.args), "cwd": server.cwd,
                      "env_keys": sorted(server.env)}
        entries.append(entry)
        try:
            _store_values(store, server)
        except KeyringUnavailable as exc:
            failure = exc
    settings.mcp_servers = entries
    for name in old - {s.name for s in servers}:
        if isinstance(name, str):
            try:
                store.delete(_SECRET_USER.format(name))
            except KeyringUnavailable as exc:
                log.warning("could not remove the values of MCP server %r from the keyring: %s", name, exc)
    if failure is not None:
        raise failure


def _store_values(store: TokenStore, server: McpServerConfig) -> None:
    user = _SECRET_USER.format(server.name)
    values = {"env": dict(server.env)} if server.env else {"headers": dict(server.headers)} if server.headers else {}
    for value in (*server.env.values(), *server.headers.values()):
        remember_secret(value)
    if not values:
        store.delete(user)
        return
    text = json.dumps(values, ensure_ascii=False)
    try:
        store.set(user, text)
    except Exception:
        store.set_session(user, text)
        raise


def _secret_values(store: TokenStore, name: str) -> dict[str, dict[str, str]]:
    text = store.get(_SECRET_USER.format(name))
    if not text:
        return {}
    try:
        values = json.loads(text)
    except ValueError:
        log.warning("the keyring entry of MCP server %r is damaged; its env and header values are empty", name)
        return {}
    out = {k: {str(a): str(b) for a, b in v.items()} for k, v in values.items()
           if k in ("env", "headers") and isinstance(v, dict)} if isinstance(values, dict) else {}
    for group in out.values():
        for value in group.values():
            remember_secret(value)
    return out


def _names(raw: Any) -> list[str]:
    """The names in a saved ``env_keys``/``header_keys`` list; anything else (an edited file) gives none."""
    return [name for name in raw if isinstance(name, str) and name] if isinstance(raw, list) else []


def _store() -> TokenStore:
    from ..secrets import token_store

    return token_store()


# ------------------------------------------------------------------------------------------------- checks


def _check_unique(servers: list[McpServerConfig]) -> None:
    seen: dict[str, str] = {}
    for server in servers:
        key = server.prefix.lower()
        if key in seen:
            raise McpConfigError(f"MCP servers {seen[key]!r} and {server.name!r} would give their tools the same "
                                 f"prefix {server.prefix!r}; rename one of them")
        seen[key] = server.name


def _check_url(url: str, where: str) -> None:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError for a bad port)
    except ValueError:
        raise McpConfigError(f"{where}: \"url\" is not a valid URL: {_clip(url)}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise McpConfigError(f"{where}: \"url\" must be an http:// or https:// address with a host, "
                             f"like http://127.0.0.1:8000/mcp, not {_clip(url)}")


def _text(entry: dict[str, Any], key: str, where: str) -> str:
    value = entry.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise McpConfigError(f"{where}: \"{key}\" must be a string, not {_kind(value)}")
    if "\0" in value:
        raise McpConfigError(f"{where}: \"{key}\" contains a NUL character")
    return value.strip()


def _args(raw: Any, where: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise McpConfigError(f"{where}: \"args\" must be a list of strings, like [\"-y\", \"server\"], "
                             f"not {_kind(raw)}")
    args: list[str] = []
    for i, item in enumerate(raw):
        if isinstance(item, bool) or not isinstance(item, str | int | float):
            raise McpConfigError(f"{where}: \"args\"[{i}] must be a string, not {_kind(item)}")
        if "\0" in str(item):
            raise McpConfigError(f"{where}: \"args\"[{i}] contains a NUL character")
        args.append(str(item))
    return tuple(args)


def _map(entry: dict[str, Any], key: str, where: str) -> Mapping[str, str]:
    raw = entry.get(key)
    if raw is None:
        return MappingProxyType({})
    if not isinstance(raw, dict):
        raise McpConfigError(f"{where}: \"{key}\" must be an object of names to string values, not {_kind(raw)}")
    out: dict[str, str] = {}
    for name, value in raw.items():
        if not name or "\0" in name or (key == "env" and "=" in name):
            raise McpConfigError(f"{where}: {name!r} is not a valid name in \"{key}\"")
        if isinstance(value, bool):
            value = "true" if value else "false"
        elif isinstance(value, int | float):
            value = str(value)
        elif not isinstance(value, str):
            # The value itself is not quoted: it may be a secret.
            raise McpConfigError(f"{where}: \"{key}\".{name} must be a string, not {_kind(value)}")
        if "\0" in value or (key == "headers" and ("\n" in value or "\r" in value)):
            raise McpConfigError(f"{where}: \"{key}\".{name} contains a character it may not hold")
        out[name] = value
    return MappingProxyType(out)


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false", int: "a number",
             float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _clip(text: str, limit: int = 80) -> str:
    text = redact(text)  # a URL may carry user:password@
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
