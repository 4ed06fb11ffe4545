"""The demo bot's avatar: a small PNG drawn once and served by the demo server, so icon_url is a real URL."""

from __future__ import annotations

import functools
import io

PATH = "/static/demo-bot-icon.png"
SIZE = 128


@functools.cache
def png() -> bytes:
    """A round teal badge with a white speech bubble (Pillow; the demo only)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((0, 0, SIZE - 1, SIZE - 1), fill=(22, 160, 150, 255))
    draw.rounded_rectangle((30, 36, 98, 84), radius=14, fill=(255, 255, 255, 255))
    draw.polygon([(46, 82), (40, 100), (62, 84)], fill=(255, 255, 255, 255))
    for x in (48, 64, 80):
        draw.ellipse((x - 5, 55, x + 5, 65), fill=(22, 160, 150, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
