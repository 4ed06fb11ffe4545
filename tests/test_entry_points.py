"""Plugins of installed packages: every shape an entry point may name, every broken one as a problem line, and the
worked example package of docs/example-plugin installed for real into a fresh virtualenv and run from there."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

from coze_desktop.plugins import MusicLibrary, PluginRegistry, default_registry
from coze_desktop.plugins.approval import ApprovalPolicy, ApprovalRequest, Decision, Reason, classify
from coze_desktop.plugins.entry_points import (
    BUILTIN_NAMES,
    ENTRY_POINT_GROUP,
    PluginContext,
    declaration_problems,
    installed_plugins,
)
from coze_desktop.plugins.player import MissingPlayer
from tests import entry_point_samples as samples

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "docs" / "example-plugin"


def points(*names: str, module: str = "tests.entry_point_samples") -> list[EntryPoint]:
    return [EntryPoint(name=name, value=f"{module}:{name}", group=ENTRY_POINT_GROUP) for name in names]


def test_a_plugin_a_list_and_a_factory_all_load_with_their_source(tmp_path: Path) -> None:
    samples.CALLS.clear()
    context = PluginContext(tmp_path, logging.getLogger("test"))
    found = installed_plugins(context, entry_points=points("single", "several", "factory"))
    assert found.problems == ()
    assert sorted(p.name for p in found.plugins) == ["echo_factory", "echo_one", "echo_three", "echo_two"]
    # Without a distribution (these come from a module, not an installed package) the source is the top package.
    assert {p.source for p in found.plugins} == {"package:tests"}
    assert [context] == samples.CALLS  # the factory ran once, with the context given


def test_without_a_context_each_package_gets_its_own_folder_and_logger(app_home: Path) -> None:
    samples.CALLS.clear()
    installed_plugins(entry_points=points("factory"))
    (context,) = samples.CALLS
    assert context.data_dir == app_home / "data" / "plugins" / "tests"
    assert context.log.name == "coze_desktop.plugin.tests"


@pytest.mark.parametrize(("name", "problem"), [
    ("failing_factory", "its factory failed: RuntimeError: the plugin's database is locked"),
    ("async_factory", "its factory is async; it must be a plain function returning the plugins"),
    ("not_a_plugin", "it names dict {'name': 'dict_tool'"),
    ("empty", "it declares no plugins (an empty list)"),
    ("builtin_clash", "tool set_volume left out: that is the name of a built-in tool"),
    ("bad_name", "tool 'echo tool!' left out: the name must be 1–64 letters, digits or underscores"),
    ("bad_schema", "parameters.text uses 'pattern', which Coze Desktop cannot check"),
    ("untyped_parameter", "parameters.text needs a type"),
    ("required_unknown", "parameters.required must list names declared in properties"),
    ("sync_handler", "the handler must be an async function"),
    ("no_description", "the description is empty"),
    ("forever", "timeout must be a number of seconds above 0 and at most 600"),
    ("no_such_thing", "could not be loaded: AttributeError"),
])
def test_each_broken_declaration_is_one_clear_line_and_the_rest_still_load(name: str, problem: str) -> None:
    found = installed_plugins(entry_points=points("single", name))
    assert [p.name for p in found.plugins] == ["echo_one"]  # the good one beside it is unharmed
    (line,) = found.problems
    assert line.startswith(f"package tests (entry point {name} = tests.entry_point_samples:{name}): "), line
    assert problem in line, line


def test_a_module_that_fails_to_import_or_exits_is_a_problem_not_a_crash() -> None:
    found = installed_plugins(entry_points=[
        *points("single"),
        EntryPoint(name="gone", value="not_installed_anywhere.tools:plugins", group=ENTRY_POINT_GROUP),
        EntryPoint(name="quits", value="tests.entry_point_exit:plugins", group=ENTRY_POINT_GROUP),
    ])
    assert [p.name for p in found.plugins] == ["echo_one"]
    assert any("gone" in line and "ModuleNotFoundError: No module named 'not_installed_anywhere'" in line
               for line in found.problems), found.problems
    assert any("quits" in line and "SystemExit: this plugin refuses to load" in line
               for line in found.problems), found.problems


def test_a_second_package_taking_a_name_is_left_out_and_a_list_keeps_its_good_plugins() -> None:
    found = installed_plugins(entry_points=points("single", "duplicate", "mixed"))
    assert sorted(p.name for p in found.plugins) == ["echo_mixed", "echo_one"]
    assert any("tool echo_one left out: package:tests already has that name" in line for line in found.problems)
    assert any("str 'a string among the plugins' is not a coze_desktop.plugins.Plugin" in line
               for line in found.problems), found.problems


def test_the_builtin_names_are_exactly_the_builtin_tools() -> None:
    every = default_registry(library=MusicLibrary(ROOT / "docs"), player=MissingPlayer())
    assert {p.name for p in every} == BUILTIN_NAMES
    assert all(declaration_problems(p) == [] for p in every), "the built-ins pass the checks packages must pass"


async def test_an_installed_plugin_runs_through_the_registry_and_is_asked_about_first() -> None:
    (plugin,) = installed_plugins(entry_points=points("single")).plugins
    registry = PluginRegistry()
    registry.register(plugin)
    request = ApprovalRequest.build("echo_one", plugin, {"text": "hi"})
    assert classify(plugin, {"text": "hi"})[0] is Reason.EXTERNAL  # though it declares acts=False
    assert ApprovalPolicy(_Rules({})).decide(request) is None  # no rule: the user is asked
    assert ApprovalPolicy(_Rules({"echo_one": "always"})).decide(request) is Decision.ALWAYS
    refused = await registry.run("echo_one", '{"text": "hi"}', approve=_refuse)
    assert not refused.ok and refused.error == "the user declined to run echo_one"
    result = await registry.run("echo_one", '{"text": "hi", "extra": 1}')
    assert not result.ok and "extra is not a known parameter" in result.error  # its own schema is enforced
    result = await registry.run("echo_one", '{"text": "hi"}')
    assert result.ok and json.loads(result.output) == {"echo": "hi"}


class _Rules:
    def __init__(self, approvals: dict[str, str]) -> None:
        self.approvals = approvals


async def _refuse(plugin: object, args: object) -> str:
    return f"the user declined to run {plugin.name}"  # type: ignore[attr-defined]


# ------------------------------------------------------------------------------- the worked example, installed


def run(*args: str | Path, **kwargs) -> subprocess.CompletedProcess[str]:
    """Run a command; one that hangs fails the test within a minute, naming itself and what it printed so far
    (before pytest's own limit kills the whole run without saying which command it was)."""
    command = [str(a) for a in args]
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=60, **kwargs)
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(f"{' '.join(command)} did not finish within 60 s; stdout: {exc.stdout!r}; "
                             f"stderr: {exc.stderr!r}") from None


@pytest.fixture(scope="module")
def example_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtualenv with docs/example-plugin pip-installed (not editable, no network, no build isolation);
    Coze Desktop and its dependencies come from this checkout and this environment through a .pth file (see
    test_wheel.py: `venv --system-site-packages` from a virtualenv would inherit the base interpreter's packages)."""
    tmp = tmp_path_factory.mktemp("example")
    source = tmp / "example-plugin"
    shutil.copytree(EXAMPLE, source, ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info"))
    venv = tmp / "venv"
    assert run(sys.executable, "-m", "venv", "--without-pip", venv).returncode == 0
    python = venv / "bin" / "python"
    purelib = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip())
    (purelib / "from-the-test-venv.pth").write_text(f"{ROOT}\n{sysconfig.get_paths()['purelib']}\n")
    result = run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-build-isolation",
                 "--no-index", "--disable-pip-version-check", "-q", source)
    assert result.returncode == 0, result.stdout + result.stderr
    return python


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "COZE_API_TOKEN")}
    return env | {"COZE_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


def test_the_example_package_installed_in_a_venv_is_found_and_runs(example_venv: Path, tmp_path: Path) -> None:
    script = textwrap.dedent("""
        import asyncio, json
        from coze_desktop.plugins import PluginRegistry, installed_plugins
        from coze_desktop.plugins.approval import ApprovalPolicy, ApprovalRequest

        async def main():
            found = installed_plugins()
            registry = PluginRegistry()
            registry.register(*found.plugins)
            plugin = registry.resolve("word_count")
            asked = ApprovalPolicy(type("S", (), {"approvals": {}})()).decide(
                ApprovalRequest.build("word_count", plugin, {"text": "x"})) is None
            result = await registry.run("word_count", json.dumps({"text": "Hello there, world.\\n你好 don't"}))
            print(json.dumps({"problems": list(found.problems), "names": [p.name for p in found.plugins],
                              "source": plugin.source, "asked": asked, "ok": result.ok,
                              "output": json.loads(result.output)}))

        asyncio.run(main())
    """)
    result = run(example_venv, "-c", script, cwd=tmp_path, env=_env(tmp_path / "home"))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["problems"] == [] and report["names"] == ["word_count"], report
    assert report["source"] == "package:coze-desktop-example-plugin" and report["asked"] is True
    assert report["ok"] is True
    # "Hello", "there", "world", "你", "好", "don't": CJK characters count one each; the apostrophe joins.
    assert report["output"] == {"words": 6, "characters": 28, "lines": 2}, report
