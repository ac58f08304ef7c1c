"""Fonts for every script a source may be in: Korean text must never show as boxes.

Qt draws a character the widget's font lacks with another font of the system that has it. A
machine without any Hangul font (a minimal Linux install, a CI runner) showed Korean titles,
names and quotes as empty boxes. The PDF export already ships open-licensed fonts in
resources/fonts/; for a writing system no system font covers, the app registers the bundled
ones with Qt's font database, so its fallback finds them (a check of ~8 ms, mostly filling the
font database Qt fills on its first text anyway; registering two Nanum files ~2-5 ms, only
where they are missing).
"""
from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from briefing_app.core.paths import fonts_dir

log = logging.getLogger(__name__)

# writing system -> bundled files that cover it (Latin and Cyrillic: Liberation; Hangul: Nanum)
BUNDLED = {
    QFontDatabase.WritingSystem.Korean: ("NanumGothic-Regular.ttf", "NanumGothic-Bold.ttf"),
    QFontDatabase.WritingSystem.Cyrillic: ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
}
_done = False


def ensure_script_fonts() -> list[str]:
    """Register the bundled fonts of each writing system the system has no font for (once per
    process; needs a QGuiApplication). Returns the families added."""
    global _done
    if _done:
        return []
    _done = True
    added: list[str] = []
    for system, files in BUNDLED.items():
        if QFontDatabase.families(system):
            continue
        for name in files:
            font_id = QFontDatabase.addApplicationFont(str(fonts_dir() / name))
            if font_id < 0:
                log.warning("could not load the bundled font %s", name)
                continue
            added += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in added]
    return added
