"""Plugins that installed Python packages add through the ``coze_desktop.plugins`` entry-point group.

An entry point names one of:

* a ``Plugin`` (``dice = my_package.tools:dice``),
* a list or tuple of Plugins,
* a callable taking one ``PluginContext`` and returning a Plugin or a list of them (a factory: it runs once per
  start, so it can open a file in ``context.data_dir`` or read a setting).

Every plugin is checked here before it reaches the registry (name, description, a parameters schema our
schema.py can check, an async handler, a sane time limit) and gets ``source="package:<distribution>"``, which
makes the approval policy ask the user before each call until they choose "Always allow" (approval.py). A
package that fails to import, a factory that raises, a declaration that is wrong, a duplicate name or a name
of a built-in tool: one line in ``problems`` and the others still load. See docs/writing-plugins.md.
"""

from __future__ import annotations

import dataclasses
import importlib.metadata
import inspect
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .registry import Plugin

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "coze_desktop.plugins"

# The tools Coze Desktop itself provides: a package may not take their names (the bot's set_volume must never
# reach someone else's code). tests/test_entry_points.py checks this against default_registry().
BUILTIN_NAMES = frozenset({
    "set_volume", "get_volume", "set_mute", "play_music", "pause_music", "resume_music", "stop_music",
    "next_music", "list_music", "now_playing",
})

# Coze's tool and parameter names: letters, digits and underscores, starting with a letter.
NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,63}")
MAX_DESCRIPTION = 1000
MAX_TIMEOUT = 600.0  # seconds: a tool the bot waits on for longer is a job, not a tool call
# The JSON Schema words schema.py checks, and the ones that only annotate (safe to ignore). Anything else (pattern,
# anyOf, $ref…) would be a promise to the user that nothing here keeps, so the declaration is refused.
_CHECKED = {"type", "properties", "required", "additionalProperties", "items", "enum", "minimum", "maximum",
            "minLength", "maxLength", "maxItems"}
_ANNOTATIONS = {"description", "title", "default", "examples"}
_TYPES = {"object", "array", "string", "integer", "number", "boolean", "null"}


@dataclass(frozen=True)
class PluginContext:
    """What a factory entry point is called with.

    ``data_dir``: a folder of the package's own under the app's data folder (not created: mkdir it when needed);
    ``log``: a logger whose lines go to the app's log file.
    """

    data_dir: Path
    log: logging.Logger


@dataclass(frozen=True)
class InstalledPlugins:
    plugins: tuple[Plugin, ...]  # source "package:<distribution>"
    problems: tuple[str, ...]  # one clear line per entry point that failed to load or declared a bad Plugin


def installed_plugins(context: PluginContext | None = None, *,
                      entry_points: Iterable[importlib.metadata.EntryPoint] | None = None) -> InstalledPlugins:
    """Load every entry point of the group (or ``entry_points``). Never raises: a broken package is a problem line.

    ``context`` is given to every factory as it is; without it each package gets its own folder under the app's
    data folder and its own logger.
    """
    found = importlib.metadata.entry_points(group=ENTRY_POINT_GROUP) if entry_points is None else entry_points
    plugins: list[Plugin] = []
    problems: list[str] = []
    taken: dict[str, str] = {}  # name → the source that has it
    # Sorted, so which of two packages keeps a disputed name does not depend on the order of site-packages.
    for entry in sorted(found, key=lambda e: (_distribution(e), e.name)):
        distribution = _distribution(entry)
        source = f"package:{distribution}"
        where = f"package {distribution} (entry point {entry.name} = {entry.value})"
        try:
            declared = _load(entry, context or _context_for(distribution))
        except _Refused as exc:
            problems.append(f"{where}: {exc}")
            continue
        for plugin in declared:
            if not isinstance(plugin, Plugin):
                problems.append(f"{where}: {_describe(plugin)} is not a coze_desktop.plugins.Plugin")
                continue
            if faults := declaration_problems(plugin):
                problems.append(f"{where}: tool {plugin.name!r} left out: " + "; ".join(faults))
            elif plugin.name in BUILTIN_NAMES:
                problems.append(f"{where}: tool {plugin.name} left out: that is the name of a built-in tool")
            elif plugin.name in taken:
                problems.append(f"{where}: tool {plugin.name} left out: {taken[plugin.name]} already has that name")
            else:
                taken[plugin.name] = source
                plugins.append(dataclasses.replace(plugin, source=source))
    for problem in problems:
        log.warning("installed plugins: %s", problem)
    return InstalledPlugins(tuple(plugins), tuple(problems))


class _Refused(Exception):
    """An entry point that gave no plugins; the message says why."""


def _load(entry: importlib.metadata.EntryPoint, context: PluginContext) -> list[Any]:
    try:
        target = entry.load()
    except (Exception, SystemExit) as exc:  # SystemExit: a module that calls sys.exit() on import must not quit us
        log.warning("loading %s failed", entry.value, exc_info=True)
        raise _Refused(f"could not be loaded: {type(exc).__name__}: {exc}") from None
    if callable(target) and not isinstance(target, Plugin):
        try:
            target = target(context)
        except (Exception, SystemExit) as exc:
            log.warning("the factory %s failed", entry.value, exc_info=True)
            raise _Refused(f"its factory failed: {type(exc).__name__}: {exc}") from None
        if inspect.isawaitable(target):
            if inspect.iscoroutine(target):
                target.close()  # never awaited: no "coroutine was never awaited" warning
            raise _Refused("its factory is async; it must be a plain function returning the plugins")
    if isinstance(target, Plugin):
        return [target]
    if isinstance(target, list | tuple):
        if not target:
            raise _Refused("it declares no plugins (an empty list)")
        return list(target)
    raise _Refused(f"it names {_describe(target)}, not a Plugin, a list of Plugins or a factory returning them")


def declaration_problems(plugin: Plugin) -> list[str]:
    """What is wrong with a declaration, as short phrases; empty when it can be registered."""
    problems: list[str] = []
    if not isinstance(plugin.name, str) or not NAME.fullmatch(plugin.name):
        problems.append(f"the name must be 1–64 letters, digits or underscores starting with a letter, not "
                        f"{plugin.name!r}")
    if not isinstance(plugin.description, str) or not plugin.description.strip():
        problems.append("the description is empty (the bot chooses tools by it)")
    elif len(plugin.description) > MAX_DESCRIPTION:
        problems.append(f"the description is longer than {MAX_DESCRIPTION} characters")
    if not isinstance(plugin.parameters, dict):
        problems.append("parameters must be a JSON Schema object (a dict)")
    else:
        if plugin.parameters.get("type", "object") != "object":
            problems.append("parameters must describe an object (type: object)")
        problems += _schema_problems(plugin.parameters, "parameters", top=True)
    if not callable(plugin.handler):
        problems.append("the handler is not callable")
    elif not (inspect.iscoroutinefunction(plugin.handler)
              or inspect.iscoroutinefunction(type(plugin.handler).__call__)):
        problems.append("the handler must be an async function (async def) returning a string")
    timeout = plugin.timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout <= MAX_TIMEOUT:
        problems.append(f"timeout must be a number of seconds above 0 and at most {MAX_TIMEOUT:g}")
    for field in ("network", "prepare"):
        if getattr(plugin, field) is not None and not callable(getattr(plugin, field)):
            problems.append(f"{field} must be None or a function")
    if not isinstance(plugin.acts, bool):
        problems.append("acts must be True or False")
    return problems


def _schema_problems(schema: Any, path: str, top: bool = False) -> list[str]:
    if not isinstance(schema, dict):
        return [f"{path} must be a JSON Schema object"]
    problems = [f"{path} uses {word!r}, which Coze Desktop cannot check (it checks: {', '.join(sorted(_CHECKED))})"
                for word in schema if word not in _CHECKED | _ANNOTATIONS]
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind] if kind is not None else []
    if any(not isinstance(k, str) or k not in _TYPES for k in kinds):
        problems.append(f"{path} has an unknown type {kind!r}")
    elif not top and not kinds:
        problems.append(f"{path} needs a type (Coze's form asks for one)")
    properties = schema.get("properties", {})
    if not isinstance(properties, dict):
        problems.append(f"{path}.properties must be an object")
        properties = {}
    for name, item in properties.items():
        if not isinstance(name, str) or not NAME.fullmatch(name):
            problems.append(f"{path}: the parameter name {name!r} must be letters, digits or underscores")
        else:
            problems += _schema_problems(item, f"{path}.{name}")
    required = schema.get("required", [])
    if not isinstance(required, list) or any(name not in properties for name in required):
        problems.append(f"{path}.required must list names declared in properties")
    if "additionalProperties" in schema and not isinstance(schema["additionalProperties"], bool):
        problems.append(f"{path}.additionalProperties must be true or false")
    if "items" in schema:
        problems += _schema_problems(schema["items"], f"{path}.items")
    if "enum" in schema and not isinstance(schema["enum"], list):
        problems.append(f"{path}.enum must be a list")
    for word in ("minimum", "maximum", "minLength", "maxLength", "maxItems"):
        value = schema.get(word)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            problems.append(f"{path}.{word} must be a number")
    return problems


def _distribution(entry: importlib.metadata.EntryPoint) -> str:
    dist = getattr(entry, "dist", None)
    name = dist.metadata["Name"] if dist is not None and dist.metadata["Name"] else ""
    return name or entry.value.split(":")[0].split(".")[0]


def _context_for(distribution: str) -> PluginContext:
    # The one reach into settings from plugins/: where the app keeps its data (it honours COZE_DESKTOP_HOME).
    from ..settings import data_dir

    safe = re.sub(r"[^A-Za-z0-9._-]", "_", distribution) or "unknown"
    return PluginContext(data_dir() / "plugins" / safe, logging.getLogger(f"coze_desktop.plugin.{safe}"))


def _describe(value: Any) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text[:60] + '…' if len(text) > 60 else text}"
