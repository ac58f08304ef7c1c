"""Footnotes under two columns: small print below all of a page's text that the page's reading
order meets before the right column (a note no wider than the left column is read with it), or
whose lines fall in different blocks (a note's first line across the columns, its last one under
the left column only). The paragraph running from the left column into the right stays whole,
and the note is one visible paragraph of its own after it."""
from __future__ import annotations

from pathlib import Path

from briefing_app.ingest import read_file
from briefing_app.ingest.pdf_chars import Run
from tests.ingest.pdf_builder import Style
from tests.ingest.test_pdf_breaks import PARAGRAPHS, find, squash
from tests.ingest.test_pdf_reading import visible

SHORT = "* The writer chairs the harbour users' forum."
LONG = ("* The writer chairs the harbour users' forum and advised the board on its last dredging plan in "
        "2019. The views here are his own and not those of the forum.")


CROSSING: list[str] = []


def _running_on(pages: list[list[Run]], style: Style) -> bool:
    """The first page's left column ends inside a paragraph that runs on at the top of the right one."""
    if len(pages) < 2:
        return False
    last, first = pages[0][-1].text.rstrip("-"), pages[1][0].text
    CROSSING[:] = [p for p in PARAGRAPHS if squash(last) + squash(first) in squash(p)]
    return bool(CROSSING)


def _read(path: Path, note: str) -> list[str]:
    """The paragraphs shown, checked: the note whole and after a paragraph's end, the paragraphs up
    to the one running over the column break whole."""
    shown = visible(read_file(path))
    assert note in shown  # whole, one paragraph
    assert shown[shown.index(note) - 1] in PARAGRAPHS  # after a paragraph's end, not inside one
    assert all(p in shown for p in PARAGRAPHS[:PARAGRAPHS.index(CROSSING[0]) + 1])
    return shown


def test_a_note_no_wider_than_the_left_column_under_two_columns(tmp_path: Path) -> None:
    styles = (Style(page=(460, h), two_columns={1}, gutter=12, hyphenate=False, footnote=SHORT)
              for h in range(380, 700, 6))
    [path] = find(tmp_path, styles, _running_on)
    shown = _read(path, SHORT)
    assert shown[shown.index(SHORT) - 1] == CROSSING[0]  # read with the left column, it waits for that paragraph


def test_a_note_of_two_lines_across_and_under_the_left_column(tmp_path: Path) -> None:
    styles = (Style(page=(460, h), two_columns={1}, gutter=12, hyphenate=False, footnote=LONG)
              for h in range(380, 700, 6))
    [path] = find(tmp_path, styles, _running_on)
    _read(path, LONG)


def test_a_footnote_one_point_smaller_than_small_body_text() -> None:
    """8.5 pt text over a 7.5 pt note at the page's foot (less than 15% smaller): still small print
    below all the page's text, so the paragraph running over the page break stays whole and the
    note follows it as a paragraph of its own."""
    from briefing_app.ingest.pdf_layout import compose

    def line(y: float, text: str, size: float = 8.5, x1: float = 300) -> Run:
        return Run(40, x1, y, size, False, text, 16)

    first = [line(700, "The board met on Monday to weigh the plan for the"),
             line(689, "harbour and its roads.", x1=160),
             line(678, "Engineers told the board that silt had built up in"),
             line(667, "the channel since the storms and that the"),
             line(40, "* The writer chairs the harbour users' forum.", 7.5, 210)]
    second = [line(700, "larger ships now wait for the tide.", x1=190)]
    text, _, _ = compose([(first, 400, 760), (second, 400, 760)])
    paras = [" ".join(p.split()) for p in text.strip().split("\n\n")]
    assert paras == ["The board met on Monday to weigh the plan for the harbour and its roads.",
                     "Engineers told the board that silt had built up in the channel since the storms and that the "
                     "larger ships now wait for the tide.", "* The writer chairs the harbour users' forum."]
