"""Print habits a reader reads through: ligatures (letters sharing one glyph's place), drop
capitals, photos with captions, words drawn one by one, two-page spreads."""
from __future__ import annotations

from pathlib import Path

from briefing_app.ingest import read_file
from briefing_app.ingest.pdf_captions import captions
from briefing_app.ingest.pdf_chars import Run
from briefing_app.ingest.pdf_initials import join_drop_caps
from tests.ingest.articles import GRAIN, LEDGER
from tests.ingest.pdf_builder import Style, build_pdf
from tests.ingest.test_pdf_reading import hidden, visible

DATA = Path(__file__).parent / "data"
CAPTION = "Ministers leave the council building after the vote on Monday. Photo: Ledger staff"


def test_ligatures_written_by_an_office_suite_stay_inside_their_words() -> None:
    # LibreOffice's PDF: "ﬁ", "ﬂ", "ﬀ" are one glyph each, two letters at one origin
    doc = read_file(DATA / "ligatures.pdf")
    assert doc.text.rstrip().split("\n\n") == ["The office reflects a fine fluid effort",
                                         "Officials affirmed the finding, fifty offers in all."]


def test_a_drop_capital_starts_the_first_line_beside_it(tmp_path: Path) -> None:
    for article in (LEDGER, GRAIN):
        style = Style(drop_cap=True, paragraph="indent", head_font="Times-Bold", two_columns={1, 2}, page=(460, 560))
        doc = read_file(build_pdf(tmp_path / "cap.pdf", article, style))
        assert visible(doc) == [article.headline, article.byline, *article.paragraphs]


def test_a_drop_capital_needs_lines_beside_it() -> None:
    body = [Run(60 if k < 3 else 20, 300, 700 - 12 * k, 10, False, f"line {k} of the text", 20) for k in range(5)]
    alone = Run(20, 50, 400, 36, True, "A")  # a big letter with nothing beside it stays as it is
    assert join_drop_caps([*body, alone]) == [*body, alone]
    cap = Run(20, 52, 676, 36, True, "W")
    joined = join_drop_caps([cap, *body])
    assert [r.text for r in joined][0] == "Wline 0 of the text"
    assert {r.x0 for r in joined} == {20}  # the lines beside it start where the letter does


def test_a_photo_caption_is_furniture_and_the_text_around_it_whole(tmp_path: Path) -> None:
    for n, style in enumerate((Style(caption=(2, CAPTION)), Style(caption=(1, CAPTION), two_columns={1, 2, 3},
                                                                  page=(460, 560), caption_font="Times-Italic"))):
        doc = read_file(build_pdf(tmp_path / f"photo{n}.pdf", LEDGER, style))
        assert visible(doc) == [LEDGER.headline, LEDGER.byline, *LEDGER.paragraphs]
        assert " ".join(h for h in hidden(doc) if h in CAPTION).split() == CAPTION.split()


def test_small_print_away_from_a_picture_is_no_caption() -> None:
    picture = (50, 400, 300, 550)
    below = Run(50, 280, 390, 7.5, False, "Caption line")
    far = Run(50, 280, 300, 7.5, False, "A footnote far below")
    body = Run(50, 280, 380, 10, False, "Body text beside the caption")
    found = captions([below, far, body], [picture], 10)
    assert found == {id(below)}


def test_words_drawn_one_by_one_and_spreads_read_in_order(tmp_path: Path) -> None:
    style = Style(word_by_word=True, spread=True, header="Review", verso_header="Politics", footer="{n}",
                  outer_numbers=True, first_number=12, page=(300, 420))
    doc = read_file(build_pdf(tmp_path / "spread.pdf", GRAIN, style))
    assert visible(doc) == [GRAIN.headline, GRAIN.byline, *GRAIN.paragraphs]
    assert {"Review", "Politics", "12", "13"} <= set(hidden(doc))
