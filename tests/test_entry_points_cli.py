"""The worked example package, installed into a fresh virtualenv, through the terminal: `plugins list --json` shows
it with its source and schema, `plugins call` runs it after the approval (--yes) and is declined without one."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from .test_entry_points import _env, example_venv, run  # noqa: F401 (example_venv: a fixture)


def test_the_installed_example_shows_in_plugins_list_and_runs_with_plugins_call(example_venv: Path,  # noqa: F811
                                                                                 tmp_path: Path) -> None:
    env = _env(tmp_path / "home")
    listing = run(example_venv, "-m", "coze_desktop", "plugins", "list", "--json", cwd=tmp_path, env=env)
    assert listing.returncode == 0, listing.stdout + listing.stderr
    plugins = {p["name"]: p for p in json.loads(listing.stdout)["plugins"]}
    assert plugins["word_count"]["source"] == "package:coze-desktop-example-plugin"
    assert plugins["word_count"]["parameters"]["required"] == ["text"]
    call = run(example_venv, "-m", "coze_desktop", "plugins", "call", "word_count", '{"text": "one two three"}',
               "--yes", cwd=tmp_path, env=env, stdin=subprocess.DEVNULL)
    assert call.returncode == 0, call.stdout + call.stderr
    assert json.loads(call.stdout) == {"words": 3, "characters": 13, "lines": 1}
    assert "package:coze-desktop-example-plugin" in call.stderr  # the approval line says where the tool comes from
    refused = run(example_venv, "-m", "coze_desktop", "plugins", "call", "word_count", '{"text": "x"}',
                  cwd=tmp_path, env=env, stdin=subprocess.DEVNULL)
    assert refused.returncode == 1 and "declined" in refused.stdout + refused.stderr
