"""Russian and Korean text in the panels: every character drawn by some font (no boxes), on any
machine, with the app's own fonts where the system has none for a script."""
from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout

NAMES = ("Сергей Лавров", "조태열 외교부 장관", "윤석열 대통령은 “북한의 도발”이라고 말했다")


def missing_glyphs(text: str, font: QFont) -> int:
    """How many characters of `text` Qt draws with no font's glyph (glyph 0: an empty box)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    while layout.createLine().isValid():
        pass
    layout.endLayout()
    glyphs = [g for run in layout.glyphRuns() for g in run.glyphIndexes()]
    assert glyphs, text
    return glyphs.count(0)


def test_russian_and_korean_names_are_drawn_in_the_panels(window):
    actors = window.actors
    for text in NAMES:
        for font in (actors.tree.font(), window.reader.text.body_font, window.quotes.table.font()):
            bold = QFont(font)
            bold.setBold(True)
            assert not missing_glyphs(text, font), (text, font.family())
            assert not missing_glyphs(text, bold), (text, "bold")
