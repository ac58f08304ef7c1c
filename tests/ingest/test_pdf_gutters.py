"""Column gutters narrower than an em of the text (9 pt beside 10.5 pt Helvetica): found when
many lines run along them, so the columns are read in order; a few justified lines whose wide
word spaces stand one above the other are still no columns."""
from __future__ import annotations

from pathlib import Path

from briefing_app.ingest import read_file
from briefing_app.ingest.pdf_chars import Run
from briefing_app.ingest.pdf_columns import order
from tests.ingest.articles import GRAIN, LEDGER, Article
from tests.ingest.pdf_builder import Style, build_pdf
from tests.ingest.pdf_styles import pull_quote
from tests.ingest.test_pdf_reading import expected, visible


def test_two_columns_with_a_gutter_narrower_than_an_em(tmp_path: Path) -> None:
    cases = ((LEDGER, Style(two_columns=set(range(1, 9)), gutter=9, body_font="Helvetica", page=(420, 600))),
             (GRAIN, Style(two_columns=set(range(1, 9)), gutter=9, body_size=11, page=(460, 640))))
    for n, (article, style) in enumerate(cases):
        doc = read_file(build_pdf(tmp_path / f"{n}.pdf", article, style))
        assert visible(doc) == expected(article)


def _line(x0: float, x1: float, y: float, text: str) -> Run:
    return Run(x0, x1, y, 10.5, False, text, 20)


def test_a_narrow_white_strip_along_many_lines_is_a_gutter() -> None:
    # two columns 200 pt wide, 8 pt apart: the left one read to its foot before the right one
    runs = [_line(36, 236, 700 - 13 * k, f"left {k}") for k in range(10)]
    runs += [_line(244, 444, 700 - 13 * k, f"right {k}") for k in range(10)]
    assert [line.run.text for line in order(runs, 0, 480)] == [f"left {k}" for k in range(10)] + [
        f"right {k}" for k in range(10)]


def test_wide_word_spaces_above_each_other_in_a_few_justified_lines_are_no_gutter() -> None:
    # four lines of one justified column, each split at a wide space in the same place
    runs = [r for k in range(4) for r in (_line(36, 236, 700 - 13 * k, f"words {k}"),
                                           _line(244, 444, 700 - 13 * k, f"more words {k}"))]
    assert [line.run.text for line in order(runs, 0, 480)] == [f"words {k} more words {k}" for k in range(4)]


def test_short_paragraphs_of_a_line_each_are_no_narrow_column() -> None:
    # a page's end: a pull quote across the page, then paragraphs of one line each ending here and
    # there; their right ends are no column's edge (the room they leave shows each one's end)
    runs = [Run(38, 812, 420, 15.75, False, "a pull quote set across the page", 60)]
    runs += [_line(45, x1, 400 - 13 * k, f"paragraph {k}.") for k, x1 in enumerate((700, 512, 488, 420, 250))]
    assert {line.right for line in order(runs, 0, 842)} == {812}


def test_a_narrow_column_under_a_wider_headline_keeps_its_edge() -> None:
    runs = [Run(36, 560, 700, 24, True, "A headline set wider than the column below it", 60)]
    runs += [_line(36, x1, 670 - 13 * k, f"line {k}") for k, x1 in enumerate((300, 297, 301, 299, 260))]
    assert {line.right for line in order(runs, 0, 600) if line.run.size == 10.5} == {301}


def test_a_narrow_gutter_with_a_line_of_small_print_across_its_foot() -> None:
    # two columns 8 pt apart, twelve lines each, and a footnote set across both at the page's foot
    # (or a centred page label): the gutter is white above it, so it is still the columns' gutter
    runs = [_line(36, 236, 700 - 13 * k, f"left {k}") for k in range(12)]
    runs += [_line(244, 444, 700 - 13 * k, f"right {k}") for k in range(12)]
    runs.append(Run(36, 260, 520, 7.5, False, "* The writer is a fellow at the institute.", 4))
    texts = [line.run.text for line in order(runs, 0, 480)]
    assert texts.index("left 11") < texts.index("right 0")
    assert texts[:12] == [f"left {k}" for k in range(12)]


def test_a_gutter_of_eight_points_beside_twelve_point_text() -> None:
    # two justified columns of 12 pt text 7.5 pt apart (an 8 pt gutter less the glyphs' side
    # bearings), ten lines each: measured on whole points the white is 6 or 7 points wide, under
    # 0.6 em of the text, and still the columns' gutter
    runs = [Run(30, 346.6, 470 - 15 * k, 12, False, f"left {k}", 20) for k in range(10)]
    runs += [Run(354.1, 670, 470 - 15 * k, 12, False, f"right {k}", 20) for k in range(10)]
    assert [line.run.text for line in order(runs, 0, 700)] == [f"left {k}" for k in range(10)] + [
        f"right {k}" for k in range(10)]


def test_two_columns_of_three_under_a_wider_headline() -> None:
    # a short article fills two columns of a three-column page; the headline across all three:
    # the white right of the second column (the empty third) is no gutter, the one between the two is
    head = Run(40, 458, 696, 28, True, "A headline across the page", 0)
    runs = [head] + [Run(40, 210, 650 - 11 * k, 9, False, f"left {k}", 20) for k in range(12)]
    runs += [Run(229, 400, 650 - 11 * k, 9, False, f"right {k}", 20) for k in range(8)]
    assert [line.run.text for line in order(runs, 0, 612)] == [head.text] + [f"left {k}" for k in range(12)] + [
        f"right {k}" for k in range(8)]


def test_a_pull_quote_filling_the_middle_column_of_three(tmp_path: Path) -> None:
    # a short article on a wide page in three columns: the pull quote fills the middle one, whose
    # white (between the text's lines) was taken for the gutter; the quote's lines went with the left column
    article = Article(LEDGER.headline, LEDGER.byline, LEDGER.paragraphs[:4])
    style = Style(page=(612, 360), two_columns=set(range(1, 9)), columns=3, gutter=11, head_span=True, body_size=9,
                  leading=11, pull_quote=(2, pull_quote(article)), pull_font="Helvetica-Bold", footer=None)
    doc = read_file(build_pdf(tmp_path / "three.pdf", article, style))
    assert visible(doc) == expected(article)
    head = Run(40, 560, 300, 20, True, "A headline across the page", 0)
    runs = [head] + [Run(40, 200, 250 - 11 * k, 9, False, f"left {k}", 20) for k in range(8)]
    runs += [Run(230, 380, 240 - 20 * k, 13.5, True, f"quote {k}", 0) for k in range(4)]
    runs += [Run(400, 560, 250 - 11 * k, 9, False, f"right {k}", 20) for k in range(8)]
    assert [line.run.text for line in order(runs, 0, 612)] == [head.text] + [f"left {k}" for k in range(8)] + [
        f"quote {k}" for k in range(4)] + [f"right {k}" for k in range(8)]


def test_a_pull_quote_filling_the_left_column_of_three() -> None:
    # the quote's column and the middle one hold no gutter (the quote is set larger than the text):
    # the quote's lines are read after the middle column's, whose edges are its own
    runs = [Run(60, 150, 400 - 20 * k, 14, True, f"quote {k}", 0) for k in range(6)]
    runs += [Run(180, 300, 410 - 12 * k, 10, False, f"middle {k}", 20) for k in range(10)]
    runs += [Run(314, 434, 410 - 12 * k, 10, False, f"right {k}", 20) for k in range(10)]
    lines = order(runs, 0, 480)
    assert [line.run.text for line in lines] == [f"middle {k}" for k in range(10)] + [f"quote {k}" for k in range(6)] + [
        f"right {k}" for k in range(10)]
    assert {line.left for line in lines if line.run.text.startswith("middle")} == {180}
