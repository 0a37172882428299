"""Render the program's icon (resources/icons/app.svg) to PNG sizes and a Windows .ico.

``python installer/render_icons.py --png DIR`` writes DIR/<size>x<size>/apps/cxdesk.png (the
hicolor icon theme layout of the .deb); ``--ico FILE`` writes a multi-size .ico (the Windows
executable and installer; kept in installer/windows/ so that a Windows build needs no rendering).
Qt renders the SVG offscreen; Pillow (a dependency of matplotlib) assembles the .ico.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bundle  # noqa: E402

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QIcon

    pixmap = QIcon(str(bundle.LINUX_ICON)).pixmap(size, size)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if pixmap.isNull() or not pixmap.save(buffer, "PNG"):
        raise SystemExit(f"Не удалось отрисовать {bundle.LINUX_ICON} размером {size}.")
    return bytes(data.data())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--png", type=Path, metavar="DIR")
    parser.add_argument("--ico", type=Path, metavar="FILE")
    args = parser.parse_args(argv)
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - needed for QIcon/QPixmap
    if args.png:
        for size in PNG_SIZES:
            target = args.png / f"{size}x{size}" / "apps" / f"{bundle.APP_NAME}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(render_png(size))
    if args.ico:
        from PIL import Image

        largest = Image.open(io.BytesIO(render_png(256)))
        args.ico.parent.mkdir(parents=True, exist_ok=True)
        largest.save(args.ico, format="ICO", sizes=[(s, s) for s in PNG_SIZES])
    return 0


if __name__ == "__main__":
    sys.exit(main())
