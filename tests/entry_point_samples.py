"""What test entry points name: good declarations in each accepted shape, and each kind of broken one."""

from __future__ import annotations

import json
from typing import Any

from coze_desktop.plugins import Plugin

CALLS: list[Any] = []  # what the factories were called with


async def _echo(args: dict[str, Any]) -> str:
    return json.dumps({"echo": args.get("text", "")})


def _plugin(name: str, **fields: Any) -> Plugin:
    declaration: dict[str, Any] = {
        "name": name, "description": f"the {name} test tool",
        "parameters": {"properties": {"text": {"type": "string"}}, "additionalProperties": False},
        "handler": _echo, "acts": False}
    return Plugin(**(declaration | fields))


single = _plugin("echo_one")
several = [_plugin("echo_two"), _plugin("echo_three")]


def factory(context: Any) -> list[Plugin]:
    CALLS.append(context)
    return [_plugin("echo_factory")]


def failing_factory(context: Any) -> list[Plugin]:
    raise RuntimeError("the plugin's database is locked")


async def async_factory(context: Any) -> list[Plugin]:
    return [_plugin("echo_async")]


not_a_plugin = {"name": "dict_tool", "description": "a dict, not a Plugin"}
mixed = [_plugin("echo_mixed"), "a string among the plugins"]
empty: list[Plugin] = []
builtin_clash = _plugin("set_volume")
duplicate = _plugin("echo_one")  # the name `single` already has
bad_name = _plugin("echo tool!")
bad_schema = _plugin("echo_pattern", parameters={"properties": {"text": {"type": "string", "pattern": "^a"}}})
untyped_parameter = _plugin("echo_untyped", parameters={"properties": {"text": {"description": "no type"}}})
required_unknown = _plugin("echo_required", parameters={"properties": {}, "required": ["text"]})
sync_handler = _plugin("echo_sync", handler=lambda args: "{}")
no_description = _plugin("echo_silent", description="  ")
forever = _plugin("echo_forever", timeout=86400.0)
