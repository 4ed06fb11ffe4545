"""``coze-desktop ask --file`` as a real subprocess against the built-in demo bot: uploads, then an honest answer."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image

from tests.test_cli import run_cli


def test_ask_about_an_image_answers_with_its_real_pixel_size(app_home: Path, tmp_path: Path):
    photo = tmp_path / "photo.png"
    Image.new("RGB", (321, 123), (20, 160, 60)).save(photo)
    result = run_cli(app_home, "ask", "--demo", "--file", str(photo), "这张图是什么？")
    assert result.returncode == 0, result.stderr
    assert "321×123" in result.stdout and "PNG" in result.stdout and "绿色" in result.stdout
    assert "↑ photo.png 100%" in result.stderr


def test_ask_with_a_text_file_and_an_image_in_order(app_home: Path, tmp_path: Path):
    notes = tmp_path / "notes.md"
    notes.write_text("# Title\nline two\nline three\n", encoding="utf-8")
    photo = tmp_path / "shot.gif"
    Image.new("RGB", (8, 9), (255, 255, 255)).save(photo)
    result = run_cli(app_home, "ask", "--demo", "--file", str(notes), "--file", str(photo), "what are these?")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "3 lines" in out and "# Title" in out and "8×9" in out and "GIF" in out
    assert out.index("notes.md") < out.index("shot.gif")


@pytest.mark.parametrize(("make", "words"), [
    (lambda d: d / "missing.png", "no such file"),
    (lambda d: d, "is a folder"),
    (lambda d: _write(d / "empty.txt", b""), "empty (0 bytes)"),
    (lambda d: _write(d / "setup.exe", b"MZ\x90\x00"), "a .exe file"),
    (lambda d: _sparse(d / "huge.zip", 512 * 1024 * 1024 + 1), "at most 512.0 MB"),
])
def test_files_that_cannot_be_sent_are_refused_before_anything_is_sent(app_home: Path, tmp_path: Path, make, words):
    path = make(tmp_path)
    result = run_cli(app_home, "ask", "--demo", "--file", str(path), "q")
    assert result.returncode == 2
    assert words in result.stderr and "nothing was" in result.stderr
    assert result.stdout == ""


def test_a_hostile_file_name_is_shown_inert_and_uploaded_as_its_last_part(app_home: Path, tmp_path: Path):
    odd = tmp_path / "a\x1b[31mred\"; b.txt"
    odd.write_bytes(b"text\n")
    result = run_cli(app_home, "ask", "--demo", "--file", str(odd), "what is it?")
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stderr + result.stdout
    assert "1 line" in result.stdout


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as f:  # a hole: no disk space used, but the size Coze would be sent
        f.truncate(size)
    assert os.path.getsize(path) == size
    return path


def test_a_picture_without_an_extension_is_sent_as_an_image(app_home: Path, tmp_path: Path):
    shot = tmp_path / "screenshot"
    Image.new("RGB", (33, 44), (0, 0, 0)).save(shot, "PNG")
    result = run_cli(app_home, "ask", "--demo", "--file", str(shot), "what is it?")
    assert result.returncode == 0, result.stderr
    assert "33×44" in result.stdout
