"""What the demo bot can honestly tell about an uploaded file: an image's format, size and colours, a text's lines."""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass

from ..api.files import size_text

# Colour names for the dominant colours: the nearest of these, by distance in RGB.
_COLOURS = (
    ((0, 0, 0), "黑色", "black"), ((255, 255, 255), "白色", "white"), ((128, 128, 128), "灰色", "grey"),
    ((220, 30, 30), "红色", "red"), ((240, 140, 20), "橙色", "orange"), ((240, 220, 40), "黄色", "yellow"),
    ((40, 170, 60), "绿色", "green"), ((40, 190, 200), "青色", "cyan"), ((40, 80, 220), "蓝色", "blue"),
    ((140, 60, 190), "紫色", "purple"), ((240, 130, 180), "粉色", "pink"), ((130, 80, 40), "棕色", "brown"),
)
FIRST_LINES = 5
LINE_CUT = 120
# Larger images are not decoded (a "decompression bomb" would cost the server gigabytes); said so.
MAX_PIXELS = 50_000_000


@dataclass(frozen=True, slots=True)
class StoredFile:
    """An upload the demo server keeps in memory, as /v1/files/upload answered it."""

    id: str
    file_name: str
    data: bytes
    content_type: str
    created_at: int

    def to_wire(self) -> dict[str, object]:
        return {"id": self.id, "bytes": len(self.data), "created_at": self.created_at, "file_name": self.file_name}


def _name(rgb: tuple[int, int, int], zh: bool) -> str:
    best = min(_COLOURS, key=lambda c: sum((a - b) ** 2 for a, b in zip(c[0], rgb, strict=True)))
    return best[1] if zh else best[2]


def _safe(name: str) -> str:
    """A file name as it may appear in markdown: no control characters, no markup, at most 80 characters."""
    name = "".join(ch for ch in name if ch.isprintable())[:80]
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", name) or "?"


def describe_image(data: bytes) -> tuple[str, tuple[int, int], list[tuple[tuple[int, int, int], float]]] | None:
    """``(format, (width, height), [(rgb, share), …])`` of an image Pillow can decode, else None."""
    from PIL import Image  # the demo only: the app never imports Pillow

    # Opening reads the header only; Pillow's own bomb check would hide the size of a huge image, which can be
    # told honestly without decoding it: MAX_PIXELS below keeps the pixels undecoded instead.
    limit, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            fmt, size = image.format or "?", image.size
            if size[0] * size[1] > MAX_PIXELS:
                return fmt, size, []
            image.thumbnail((64, 64))
            rgb = image.convert("RGB")
    except (OSError, ValueError, SyntaxError):
        return None
    finally:
        Image.MAX_IMAGE_PIXELS = limit
    quantized = rgb.quantize(colors=4)
    palette = quantized.getpalette() or []
    counts = sorted(quantized.getcolors() or [], reverse=True)
    total = sum(n for n, _ in counts) or 1
    colours = [((palette[3 * i], palette[3 * i + 1], palette[3 * i + 2]), n / total) for n, i in counts[:3]]
    return fmt, size, colours


def _text_of(data: bytes) -> str | None:
    if b"\x00" in data[:4096]:
        return None
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def describe(file: StoredFile, kind: str, zh: bool) -> str:
    """A markdown paragraph about one attached file; says plainly what could not be read."""
    name, size = _safe(file.file_name), size_text(len(file.data))
    image = describe_image(file.data)
    if image is not None:
        fmt, (width, height), colours = image
        if not colours:
            return (f"**{name}**：{fmt} 图片，{width}×{height} 像素，太大，没有逐像素分析。" if zh else
                    f"**{name}**: a {fmt} image of {width}×{height} pixels, too large to analyse pixel by pixel.")
        listed = ", ".join(f"{_name(rgb, zh)} #{rgb[0]:02x}{rgb[1]:02x}{rgb[2]:02x} ({share:.0%})"
                           for rgb, share in colours)
        if zh:
            return (f"**{name}** 是一张 {fmt} 图片，{width}×{height} 像素（{size}），主要颜色：{listed}。"
                    "我是离线演示机器人，看不懂图里画的是什么，只能告诉你程序能算出来的这些。")
        return (f"**{name}** is a {fmt} image of {width}×{height} pixels ({size}); its main colours: {listed}. "
                "I'm the offline demo bot: I cannot see what it shows, only what a program can compute.")
    not_image = ""
    if kind == "image" or file.file_name.lower().endswith((".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp")):
        not_image = ("它的名字或类型像图片，但内容不是我能解码的图片；" if zh else
                     "its name or type says image, but its bytes are not an image I can decode: it is ")
    text = _text_of(file.data)
    if text is None:
        head = file.data[:8].hex(" ")
        return (f"**{name}**（{size}）：{not_image}这是二进制文件（开头字节 {head}），我读不了它的内容。" if zh else
                f"**{name}** ({size}): {not_image or 'it is '}a binary file (first bytes {head}); I cannot read it.")
    lines = text.splitlines()
    shown = "\n".join(line[:LINE_CUT] for line in lines[:FIRST_LINES])
    fence = "`" * max(3, 1 + max((len(m) for m in re.findall(r"`+", shown)), default=0))
    if zh:
        head = f"**{name}**：{not_image}文本文件，{size}，{len(lines)} 行，{len(text)} 个字符。"
        intro = f"前 {min(FIRST_LINES, len(lines))} 行：" if lines else "它是空的。"
    else:
        count = f"{len(lines)} line" + ("" if len(lines) == 1 else "s")
        head = f"**{name}**: {not_image}a text file of {size}, {count}, {len(text)} characters."
        shown_count = min(FIRST_LINES, len(lines))
        intro = ("Its only line:" if len(lines) == 1 else f"Its first {shown_count} lines:") if lines else \
            "It is empty."
    return f"{head} {intro}\n\n{fence}\n{shown}\n{fence}" if lines else f"{head} {intro}"


def describe_url(url: str, zh: bool) -> str:
    shown = _safe(url)
    return (f"附件 {shown} 是一个网址；我是离线演示机器人，不能下载它。" if zh else
            f"The attachment {shown} is a URL; I'm the offline demo bot and cannot download it.")
