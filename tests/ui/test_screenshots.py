"""Screenshots: each main screen rendered on X from a fixed state matches its reference in docs/screenshots/.

A scene is rendered by docs/make_screenshots.py in a fresh process on its own Xvfb (fixed clock, history, fonts,
size, no animation). Within tolerance means: at most ``TOLERATED_SHARE`` of the pixels differ by more than
``CHANNEL_DELTA`` in any channel — room for anti-aliasing and font hinting, none for a missing pane, a wrong
colour or a moved block. After an intended change of the look, regenerate the references (see that script) and
look at them. On a mismatch the actual image and a diff (changed pixels red) are written next to the test's
tmp path and named in the failure.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from .test_single_instance import ROOT

pytestmark = [pytest.mark.xcb, pytest.mark.timeout(240)]

CHANNEL_DELTA = 24  # per channel, 0-255: what anti-aliasing and sub-pixel font differences stay under
TOLERATED_SHARE = 0.005  # of all pixels: 0.5 % (a 1280×800 shot: 5,120 pixels, about one line of text)


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_screenshots", ROOT / "docs" / "make_screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_screenshots", module)
    spec.loader.exec_module(module)
    return module


shots = _load_script()


def rgb(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_RGB888)


def changed_pixels(actual: QImage, expected: QImage) -> list[int]:
    """Indexes (y × width + x) of the pixels where some channel differs by more than CHANNEL_DELTA."""
    a, e = rgb(actual), rgb(expected)
    width = a.width()
    stride = a.bytesPerLine()
    a_bytes, e_bytes = bytes(a.constBits()), bytes(e.constBits())
    if a_bytes == e_bytes:
        return []
    found = []
    for y in range(a.height()):
        row = y * stride
        a_row, e_row = a_bytes[row:row + width * 3], e_bytes[row:row + width * 3]
        if a_row == e_row:
            continue
        for x in range(width):
            i = x * 3
            if (abs(a_row[i] - e_row[i]) > CHANNEL_DELTA or abs(a_row[i + 1] - e_row[i + 1]) > CHANNEL_DELTA
                    or abs(a_row[i + 2] - e_row[i + 2]) > CHANNEL_DELTA):
                found.append(y * width + x)
    return found


def diff_image(expected: QImage, changed: list[int]) -> QImage:
    """The reference faded to a fifth, the changed pixels in red."""
    out = QImage(expected.size(), QImage.Format.Format_RGB32)
    out.fill(QColor("white"))
    painter = QPainter(out)
    painter.setOpacity(0.2)
    painter.drawImage(0, 0, expected)
    painter.end()
    red = QColor("red").rgb()
    for index in changed:
        out.setPixel(index % out.width(), index // out.width(), red)
    return out


def compare(actual: QImage, expected: QImage) -> tuple[bool, str, list[int]]:
    if actual.size() != expected.size():
        return False, (f"size {actual.width()}×{actual.height()}, reference {expected.width()}×"
                       f"{expected.height()}"), []
    changed = changed_pixels(actual, expected)
    share = len(changed) / (actual.width() * actual.height())
    return share <= TOLERATED_SHARE, f"{len(changed)} pixels ({share:.3%}) differ by more than {CHANNEL_DELTA}", \
        changed


@pytest.fixture(autouse=True)
def _can_render() -> None:
    if shutil.which("xvfb-run") is None:
        pytest.skip("needs xvfb-run (apt install xvfb; .ci/setup.sh installs it)")


@pytest.mark.parametrize("name", list(shots.SCENES))
def test_the_screen_matches_its_reference(name: str, tmp_path: Path) -> None:
    reference = shots.REFERENCES / f"{name}.png"
    assert reference.exists(), f"no reference {reference}: run docs/make_screenshots.py --scene {name}"
    done = shots.render_in_child(name, tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    actual_path = tmp_path / f"{name}.png"
    actual, expected = QImage(str(actual_path)), QImage(str(reference))
    assert not actual.isNull() and not expected.isNull()
    same, summary, changed = compare(actual, expected)
    if not same:
        diff_path = tmp_path / f"{name}-diff.png"
        if changed:
            diff_image(expected, changed).save(str(diff_path))
        pytest.fail(f"{name}: {summary} ({shots.SCENES[name].about}).\n  actual: {actual_path}\n  diff:   "
                    f"{diff_path if changed else '(sizes differ)'}\n  reference: {reference}\n"
                    "An intended change? Regenerate with docs/make_screenshots.py and look at the images.")


def test_the_comparison_holds_a_missing_pane_and_a_wrong_colour_but_not_noise() -> None:
    """The tolerance on the real references: a pane painted over, or every pixel a shade off in one channel by
    more than the tolerance, fails; a small shift of every colour (hinting, anti-aliasing) passes."""
    expected = rgb(QImage(str(shots.REFERENCES / "conversation.png")))
    assert not expected.isNull()

    missing_pane = QImage(expected)
    painter = QPainter(missing_pane)
    painter.fillRect(missing_pane.width() - 300, 60, 300, missing_pane.height() - 120, expected.pixelColor(5, 5))
    painter.end()
    assert not compare(missing_pane, expected)[0]

    def shifted(by: int) -> QImage:
        out = QImage(expected)
        bits = bytearray(bytes(out.constBits()))
        for i in range(0, len(bits), 3):  # the red channel of every pixel (RGB888, rows padded to 4 bytes)
            bits[i] = max(0, min(255, bits[i] + by)) if bits[i] < 128 else max(0, bits[i] - by)
        return QImage(bytes(bits), out.width(), out.height(), out.bytesPerLine(), QImage.Format.Format_RGB888)

    assert compare(shifted(12), expected)[0]
    assert not compare(shifted(40), expected)[0]
    assert compare(expected, expected) == (True, "0 pixels (0.000%) differ by more than 24", [])


def test_every_scene_has_a_reference_and_no_stale_ones_are_left() -> None:
    """The references are exactly the scenes (plus the README's bundle picture, made by packaging)."""
    found = {path.stem for path in shots.REFERENCES.glob("*.png")}
    assert found - {"bundle"} == set(shots.SCENES)
