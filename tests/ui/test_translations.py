"""The zh_CN interface is complete: every string in the code is translated, and the compiled file matches."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QTranslator

from coze_desktop.ui.app import resources_dir

ROOT = Path(__file__).resolve().parents[2]
TS = resources_dir() / "i18n" / "coze_desktop_zh_CN.ts"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {(context.findtext("name"), message.findtext("source")): message
            for context in tree.iter("context") for message in context.iter("message")}


def test_every_interface_string_is_in_the_catalogue(tmp_path: Path) -> None:
    """Run lupdate on the code as it is: a string added without `make translations` fails here."""
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *map(str, sorted((ROOT / "coze_desktop" / "ui").glob("*.py"))),
                    "-ts", str(fresh)], check=True, capture_output=True)
    assert set(messages(fresh)) == set(messages(TS))


def test_every_string_has_a_chinese_translation() -> None:
    unfinished = [key for key, message in messages(TS).items()
                  if message.find("translation").get("type") == "unfinished"
                  or not "".join(message.find("translation").itertext()).strip()]
    assert unfinished == []


def test_compiled_catalogue_matches_the_source() -> None:
    translator = QTranslator()
    assert translator.load("coze_desktop_zh_CN", str(resources_dir() / "i18n"))
    for (context, source), message in messages(TS).items():
        expected = "".join(message.find("translation").itertext()).strip()
        n = 2 if message.get("numerus") == "yes" else -1  # %n itself is filled in later, by tr()
        assert translator.translate(context, source, "", n) == expected, (context, source)
