"""How a plugin is described to the user: where it comes from and what the remembered rules let it do."""

from __future__ import annotations

from .approval import RULE_ALWAYS, RULE_ASK, RULE_DENY, split_rule_key
from .registry import Plugin

# The approval states of approval_state(), in the order of precedence.
DENIED, ALLOWED, ASKS, ASKS_FOR_NETWORK, RUNS = "denied", "allowed", "asks", "asks-for-network", "runs"


def source_label(source: str) -> str:
    """``built-in``, ``mcp:<server>`` or ``package:<distribution>``: a plugin's source as lists show it."""
    return source or "built-in"


def host_rules(plugin: Plugin, rules: dict[str, str]) -> dict[str, str]:
    """The remembered rules about this plugin's network calls, by host."""
    return {host: rule for key, rule in rules.items()
            if (parts := split_rule_key(key))[0] == plugin.name and (host := parts[1])}


def approval_state(plugin: Plugin, rules: dict[str, str]) -> str:
    """What happens to a call of ``plugin`` under the remembered ``rules`` (Settings.approvals) and the defaults of
    approval.py: ``denied`` (a Deny rule), ``allowed`` (Always allow), ``asks`` (Always ask; by default a tool from
    an MCP server or a package), ``asks-for-network`` (asks before a call that reaches the network), ``runs``."""
    rule = rules.get(plugin.name, "")
    if rule == RULE_DENY:
        return DENIED
    if rule == RULE_ALWAYS:
        return ALLOWED
    if rule == RULE_ASK or plugin.source:
        return ASKS
    return ASKS_FOR_NETWORK if plugin.network is not None else RUNS
