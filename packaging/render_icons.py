"""Render the app icon (``assets/icons/app.svg``) as PNGs in the usual sizes.

The PNGs are build products, generated when a package is built, never
committed: the SVG is the one source. They are written in the freedesktop
icon-theme layout, so that ``OUT/hicolor`` can be copied into
``~/.local/share/icons`` or ``/usr/share/icons`` as it is::

    python packaging/render_icons.py OUT
    # OUT/hicolor/{16x16,22x22,...,256x256}/apps/wellbeing.png
    # OUT/hicolor/scalable/apps/wellbeing.svg

Qt draws them (PySide6's SVG renderer, offscreen), so no other image tool
is needed. The PyInstaller spec uses the 256-pixel one as the Windows and
macOS icon.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
NAME = "wellbeing"
SVG = Path(__file__).resolve().parent.parent / "assets" / "icons" / "app.svg"


def render_icons(out: Path, svg: Path = SVG) -> list[Path]:
    """Write ``out/hicolor/<n>x<n>/apps/wellbeing.png`` for every size, and the SVG
    as the scalable icon; return the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise RuntimeError(f"cannot read the icon {svg}")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path), "PNG"):
            raise RuntimeError(f"cannot write {path}")
        written.append(path)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: render_icons.py OUT", file=sys.stderr)
        return 2
    for path in render_icons(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
