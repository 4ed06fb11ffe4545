"""Renders resources/icons/coze-desktop.svg to the PNG sizes, the Windows .ico and the macOS .icns (run by hand)."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "coze-desktop.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico entry can describe
# ICNS entry types that hold PNG data, by pixel size; the @2x types reuse the doubled rendering.
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
              ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512))


def render(size: int) -> bytes:
    """The SVG drawn into a transparent ``size``² image, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """A multi-size .ico with PNG-compressed entries (read by Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """An .icns whose entries are PNGs (read by macOS 10.7 and later)."""
    body = b"".join(kind.encode() + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (image and SVG plugins need an application)
    pngs = {size: render(size) for size in {*PNG_SIZES, *ICO_SIZES, *(s for _, s in ICNS_TYPES)}}
    for size in PNG_SIZES:
        (ICONS / f"coze-desktop-{size}.png").write_bytes(pngs[size])
    (ICONS / "coze-desktop.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / "coze-desktop.icns").write_bytes(icns(pngs))
    print(f"wrote {len(PNG_SIZES)} PNGs, coze-desktop.ico and coze-desktop.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
