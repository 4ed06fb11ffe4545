"""Which local tool calls need the user's approval, the choices remembered, and the approver the engine awaits."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from .urls import SafeUrl, UrlRefused, looks_like_url, parse_url

if TYPE_CHECKING:  # the registry imports this module; only the type is needed here
    from .registry import Plugin

log = logging.getLogger(__name__)

# Coze keeps the chat waiting server-side while we ask; a minute is long enough to read a prompt.
DEFAULT_APPROVAL_TIMEOUT = 60.0

# The values of a remembered rule, as stored in ``Settings.approvals``.
RULE_ALWAYS, RULE_DENY, RULE_ASK = "always", "deny", "ask"
RULES = (RULE_ALWAYS, RULE_DENY, RULE_ASK)


class Reason(StrEnum):
    """What a call would do, which decides whether the user is asked by default."""

    READS = "reads"  # only reads state (plugin.acts is False)
    ACTS = "acts"  # changes something on this computer (playback, volume)
    NETWORK = "network"  # reaches the network (plugin.network(args) is True)
    EXTERNAL = "external"  # runs a tool from outside the app (plugin.source: an MCP server, an installed package)


class Decision(StrEnum):
    """The answer for one call. TIMED_OUT is a DENY nobody chose, so the output can say which it was."""

    ALLOW_ONCE = "allow_once"
    ALLOW_CONVERSATION = "allow_conversation"  # remembered in memory for this conversation
    ALWAYS = "always"  # remembered in the settings file
    DENY = "deny"
    TIMED_OUT = "timed_out"

    @property
    def allowed(self) -> bool:
        return self in (Decision.ALLOW_ONCE, Decision.ALLOW_CONVERSATION, Decision.ALWAYS)


def rule_key(tool: str, host: str = "") -> str:
    """Where a remembered rule is filed: ``tool`` for the tool, ``tool@host`` for its network calls to a host."""
    return f"{tool}@{host}" if host else tool


def split_rule_key(key: str) -> tuple[str, str]:
    """``(tool, host)``; host is "" for a rule about the whole tool. Coze tool names never contain "@"."""
    tool, _, host = key.partition("@")
    return tool, host


def call_urls(args: Any) -> tuple[SafeUrl, ...]:
    """Every URL among the (nested) arguments, in order, once each: the SafeUrls a plugin's ``prepare`` made,
    and strings that parse strictly as http(s) URLs. A URL-like string that does not parse names no host, so
    no remembered rule can allow it (it can only be allowed once, after the prompt showed it)."""
    urls: list[SafeUrl] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, SafeUrl):
            urls.append(value)
        elif isinstance(value, str) and looks_like_url(value):
            with contextlib.suppress(UrlRefused):
                urls.append(parse_url(value, allow_http=True))

    walk(args)
    return tuple(dict.fromkeys(urls))


def url_hosts(args: Any) -> tuple[str, ...]:
    """The hosts (ASCII, normalised: see urls.py) of every URL among the (nested) arguments, in order, once each."""
    return tuple(dict.fromkeys(url.host for url in call_urls(args)))


def classify(plugin: Plugin, args: dict[str, Any]) -> tuple[Reason, tuple[str, ...]]:
    """The reason for a call and, for a network call, the hosts it names (possibly none).

    A network call stays NETWORK whatever its source (per-host rules); any other call of a plugin with a source
    is EXTERNAL: code the app does not ship, whose read-only claim is the tool's own word, not ours.
    """
    if plugin.network is not None:
        try:
            network = bool(plugin.network(args))
        except Exception:  # a classifier that cannot tell must not let a network call run silently
            log.exception("%s: could not tell whether the call reaches the network; asking", plugin.name)
            network = True
        if network:
            return Reason.NETWORK, url_hosts(args)
    if plugin.source:
        return Reason.EXTERNAL, ()
    return (Reason.ACTS if plugin.acts else Reason.READS), ()


@dataclass(frozen=True, slots=True)
class ApprovalRequest:
    """One call waiting for a decision. ``tool`` is the name Coze used (maybe an alias of ``plugin.name``);
    ``conversation_key`` is the Coze conversation id ("" when unknown); ``timeout`` is how long the engine waits.
    """

    tool: str
    plugin: Plugin
    args: dict[str, Any]
    conversation_key: str
    reason: Reason
    hosts: tuple[str, ...] = ()
    timeout: float = DEFAULT_APPROVAL_TIMEOUT
    urls: tuple[SafeUrl, ...] = ()  # of a network call: the parsed URLs, as they will be opened

    @classmethod
    def build(cls, tool: str, plugin: Plugin, args: dict[str, Any], conversation_key: str = "",
              timeout: float = DEFAULT_APPROVAL_TIMEOUT) -> ApprovalRequest:
        reason, hosts = classify(plugin, args)
        urls = call_urls(args) if reason is Reason.NETWORK else ()
        return cls(tool, plugin, args, conversation_key, reason, hosts, timeout, urls)

    @property
    def keys(self) -> tuple[str, ...]:
        """Where a remembered choice about this call is filed: per host for network calls, else per tool.

        Empty for a network call naming no host: "always" for it would mean "any host", which the prompt
        never showed the user, so such a call can only be allowed once.
        """
        if self.reason is Reason.NETWORK:
            return tuple(rule_key(self.plugin.name, host) for host in self.hosts)
        return (self.plugin.name,)


class Approver(Protocol):
    """What the engine awaits before running a call whose arguments passed the schema."""

    async def __call__(self, request: ApprovalRequest) -> Decision: ...


class HasApprovals(Protocol):
    """The part of the app's Settings the policy reads and writes (plugins do not import settings)."""

    approvals: dict[str, str]


@dataclass
class ApprovalPolicy:
    """Decides which calls run without asking, and remembers the user's answers.

    Defaults: reading and local acting calls run; network calls and calls of external tools (an MCP server's,
    an installed package's) are asked. Remembered rules in
    ``settings.approvals`` override the defaults: ``deny`` on a tool refuses all its calls, ``ask`` on a tool
    asks for every call, ``always`` on a tool runs every call (network ones too: the user chose it by hand
    in the settings page), and ``always``/``deny`` on ``tool@host`` decide that tool's network calls to that host.
    ``save(settings)`` persists the settings after an "always" answer; replace ``settings`` when they change.
    """

    settings: HasApprovals
    save: Callable[[Any], None] | None = None
    _granted: set[tuple[str, str]] = field(default_factory=set)  # (conversation, key) allowed in memory

    def decide(self, request: ApprovalRequest) -> Decision | None:
        """The decision the rules and defaults make, or None when the user has to be asked."""
        rules = self.settings.approvals
        tool_rule = rules.get(request.plugin.name)
        if tool_rule == RULE_DENY:
            return Decision.DENY
        keys = request.keys
        if keys:
            specific = [rules.get(key) for key in keys] if request.reason is Reason.NETWORK else []
            if RULE_DENY in specific:
                return Decision.DENY
            if specific and all(rule == RULE_ALWAYS for rule in specific):
                return Decision.ALWAYS
            if all((request.conversation_key, key) in self._granted for key in keys):
                return Decision.ALLOW_CONVERSATION
        if tool_rule == RULE_ALWAYS:
            return Decision.ALWAYS
        if tool_rule == RULE_ASK or request.reason in (Reason.NETWORK, Reason.EXTERNAL):
            return None
        return Decision.ALLOW_ONCE

    def record(self, decision: Decision, request: ApprovalRequest) -> None:
        """Remember an answer the user gave: in memory for this conversation, or in the settings file."""
        if decision is Decision.ALLOW_CONVERSATION and request.conversation_key:
            self._granted.update((request.conversation_key, key) for key in request.keys)
        elif decision is Decision.ALWAYS and request.keys:
            self.settings.approvals.update(dict.fromkeys(request.keys, RULE_ALWAYS))
            if self.save is not None:
                try:
                    self.save(self.settings)
                except OSError as exc:  # the answer still holds until the app quits
                    log.warning("could not save the approval of %s: %s", request.plugin.name, exc)


class PolicyApprover:
    """The approver the app gives the engine: the policy first; ``ask`` (the prompt) only when it says so."""

    def __init__(self, policy: ApprovalPolicy, ask: Callable[[ApprovalRequest], Awaitable[Decision]]) -> None:
        self.policy = policy
        self.ask = ask

    async def __call__(self, request: ApprovalRequest) -> Decision:
        decision = self.policy.decide(request)
        if decision is not None:
            return decision
        decision = await self.ask(request)
        self.policy.record(decision, request)
        return decision


def refusal(decision: Decision, tool: str, timeout: float) -> str | None:
    """The error a refused call submits to Coze, so the bot can tell the user; None when the call may run."""
    if decision.allowed:
        return None
    if decision is Decision.TIMED_OUT:
        return f"no answer from the user within {timeout:g} s; {tool} was not run"
    return f"the user declined to run {tool}"
