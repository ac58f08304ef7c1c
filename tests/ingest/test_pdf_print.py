"""Print habits a reader reads through: ligatures (letters sharing one glyph's place), drop
capitals, photos with captions, words drawn one by one, two-page spreads."""
from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.ingest import read_file
from briefing_app.ingest.pdf_captions import boxed, captions
from briefing_app.ingest.pdf_chars import Run
from briefing_app.ingest.pdf_initials import join_drop_caps
from briefing_app.ingest.pdf_tables import tables
from tests.ingest.articles import GRAIN, LEDGER, Article
from tests.ingest.pdf_builder import Style, build_pdf
from tests.ingest.test_pdf_reading import hidden, page_texts, visible

DATA = Path(__file__).parent / "data"
VOCAB = ("harbour council members heard engineers pilots owners shipyards before vote plan roads around "
         "budget ministers agreed corridor talks review farmers import volumes brake prices market").split()
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


def test_a_drop_capital_beside_a_justified_line_split_at_a_wide_space() -> None:
    """Justified text can set the first line beside the letter as two runs ("n", then "its
    ideological zeal …" after a wide space): the letter joins the first, and the second stays
    where it is, not moved to the letter's edge as if it started a line."""
    cap = Run(20, 40, 676, 36, True, "I")
    first = Run(42, 48, 700, 10, False, "n", 6)
    rest = Run(55, 300, 700, 10, False, "its ideological zeal to punish", 14)
    body = [Run(42, 300, 688, 10, False, "the outgoing Senate plans to make", 20),
            Run(42, 300, 676, 10, False, "public a report that will examine", 30),
            Run(20, 300, 664, 10, False, "the alleged use of force.", 12)]
    joined = join_drop_caps([cap, first, rest, *body])
    assert [(r.text, r.x0) for r in joined[:2]] == [("In", 20), ("its ideological zeal to punish", 55)]
    assert [r.x0 for r in joined[2:]] == [20, 20, 20]


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


FACTS = ("AT A GLANCE", ("Coastal stations waiting for parts: 14 of 31", "Money asked for next year: about $3 billion",
                          "Committee vote expected: the second week of March"))


def test_a_framed_fact_box_in_small_print_is_furniture_and_the_text_around_it_whole(tmp_path: Path) -> None:
    for n, style in enumerate((Style(box=(2, *FACTS), page=(420, 595)),
                               Style(box=(1, *FACTS), two_columns={1, 2, 3}, page=(560, 760), paragraph="indent",
                                     justify=True))):
        doc = read_file(build_pdf(tmp_path / f"box{n}.pdf", LEDGER, style))
        assert visible(doc) == [LEDGER.headline, LEDGER.byline, *LEDGER.paragraphs]
        assert {FACTS[0], *FACTS[1]} <= set(hidden(doc))


def test_a_frame_around_body_size_text_leaves_it_text() -> None:
    frame = (40, 300, 400, 500)
    quote = [Run(50, 390, 480 - 13 * k, 10, False, f"a framed passage in the body's print, line {k}") for k in range(4)]
    note = Run(50, 200, 310, 7.5, False, "Source: the committee")  # small print inside, but most of the frame is text
    assert boxed([*quote, note], [frame], 10) == set()
    facts = [Run(50, 390, 480 - 10 * k, 8, False, f"a fact in small print, number {k}") for k in range(3)]
    assert boxed([*facts, Run(50, 390, 250, 10, False, "Body text below the box")], [frame], 10) == \
        {id(r) for r in facts}


ROWS = (("Station", "Waiting", "Repaired"), ("Northgate", "6", "2"), ("Saltmarsh", "5", "1"), ("All stations", "14", "4"))


def test_a_table_in_small_print_is_furniture_and_the_text_around_it_whole(tmp_path: Path) -> None:
    for n, style in enumerate((Style(table=(3, ROWS), page=(420, 595)),
                               Style(table=(2, ROWS), two_columns={1, 2, 3}, page=(560, 760), paragraph="indent"))):
        doc = read_file(build_pdf(tmp_path / f"table{n}.pdf", LEDGER, style))
        assert visible(doc) == [LEDGER.headline, LEDGER.byline, *LEDGER.paragraphs]
        assert {cell for row in ROWS for cell in row} <= set(hidden(doc))


def test_only_rows_of_short_cells_wide_apart_make_a_table() -> None:
    def row(y: float, *cells: tuple[float, float, str], size: float = 8) -> list[Run]:
        return [Run(x0, x1, y, size, False, text) for x0, x1, text in cells]

    two = [*row(500, (40, 80, "Station"), (200, 230, "Waiting")), *row(490, (40, 90, "Northgate"), (220, 230, "6"))]
    assert tables(two, 10) == {id(r) for r in two}
    one = row(500, (40, 80, "Station"), (200, 230, "Waiting"))  # a header line with a date at its right
    assert tables(one, 10) == set()
    columns = [*row(500, (40, 190, "the committee heard from the ministers of all"), (210, 360, "the budget")),
               *row(490, (40, 190, "three coastal states before the vote"), (210, 360, "was approved"))]
    assert tables(columns, 10) == set()  # footnotes across two columns: a cell of more than a few words
    body = [*row(500, (40, 80, "Station"), (200, 230, "Waiting"), size=10),
            *row(487, (40, 90, "Northgate"), (220, 230, "6"), size=10)]
    assert tables(body, 10) == set()  # the body's own print (two columns' short lines) is no table


def test_a_kicker_over_a_two_line_headline_and_dashed_page_numbers(tmp_path: Path) -> None:
    style = Style(kicker="ANALYSIS · DEFENCE", head_size=26, footer="– {n} –", header="The Daily Ledger",
                  page=(420, 595))
    doc = read_file(build_pdf(tmp_path / "kicker.pdf", LEDGER, style))
    assert visible(doc) == [LEDGER.headline, LEDGER.byline, *LEDGER.paragraphs]
    assert {"ANALYSIS · DEFENCE", "– 1 –", "– 2 –"} <= set(hidden(doc))


def test_words_drawn_one_by_one_and_spreads_read_in_order(tmp_path: Path) -> None:
    style = Style(word_by_word=True, spread=True, header="Review", verso_header="Politics", footer="{n}",
                  outer_numbers=True, first_number=12, page=(300, 420))
    doc = read_file(build_pdf(tmp_path / "spread.pdf", GRAIN, style))
    assert visible(doc) == [GRAIN.headline, GRAIN.byline, *GRAIN.paragraphs]
    assert {"Review", "Politics", "12", "13"} <= set(hidden(doc))


def test_a_document_set_without_hyphenation_keeps_its_line_end_hyphens() -> None:
    from collections import Counter

    from briefing_app.ingest.pdf_hyphens import hyphenates

    none: Counter[str] = Counter()
    assert hyphenates([], none) and hyphenates([("high", "profile")], none)  # too little to go by
    assert hyphenates([("spokes", "man"), ("high", "profile")], none)  # a word of the list joined
    assert hyphenates([("re", "election"), ("clash", "ing")], none)  # a suffix: the typesetter's
    assert not hyphenates([("re", "election"), ("post", "war")], none)  # compounds' hyphens only
    assert not hyphenates([("high", "profile"), ("co", "operation")], none)
    assert hyphenates([("battle", "grounds"), ("high", "profile")], Counter({"battlegrounds": 1}))
    # "re-", "pre-", "de-" keep a hyphen before a vowel; before a consonant, a word of the list
    # joined is a typesetter's cut; and the document's own spelling decides either way
    assert hyphenates([("re", "ported"), ("pre", "vented")], none)
    # two words that also make one are a compound's own hyphen where a word processor breaks
    # lines at hyphens without hyphenating ("south-east", "take-away"); "spokes-man" is a suffix
    assert not hyphenates([("south", "east"), ("take", "away")], none)
    assert not hyphenates([("re", "election"), ("pre", "empt")], none)
    assert hyphenates([("re", "election"), ("post", "war")], Counter({"reelection": 2}))
    assert not hyphenates([("re", "election"), ("post", "war")], Counter({"reelection": 1}),
                          Counter({("re", "election"): 2}))


def test_a_pdf_set_without_hyphenation_keeps_its_compounds_hyphens(tmp_path: Path) -> None:
    # "re- election": the test typesetter breaks lines at spaces only, as browsers and office
    # suites do where they do not hyphenate; the PDF shows "re-" at a line end
    text = ("The senator, who faces a difficult campaign for re- election next year, told reporters on the steps "
            "of the capitol that she would not change her vote on the bill this week.")
    more = "It was a high- profile case for the city, and the co- operation of the port was needed."
    article = Article("Senator holds firm on the harbour bill", "By A. Writer", [text, more, more, more])
    for width in range(250, 330, 4):
        style = Style(page=(width, 500), hyphenate=False, header=None, footer=None, margin=30)
        doc = read_file(build_pdf(tmp_path / "re.pdf", article, style))
        if "re\ufffeelection" in page_texts(tmp_path / "re.pdf")[0]:  # (PDFium's mark of a line-end hyphen)
            assert "for re-election next year" in doc.text and "co-operation" in doc.text
            return
    raise AssertionError("no width broke the line after 're-'")


def test_a_one_letter_drop_capital_is_a_word_of_its_own() -> None:
    body = [Run(60 if k < 2 else 20, 300, 700 - 12 * k, 10, False, text, 30)
            for k, text in enumerate(("British author said", "on Monday that the", "talks had failed"))]
    cap = Run(20, 52, 688, 30, True, "A")
    assert join_drop_caps([cap, *body])[0].text == "A British author said"
    cap = Run(20, 52, 688, 30, True, "A")
    body[0] = Run(60, 300, 700, 10, False, "nd then the talks", 30)
    assert join_drop_caps([cap, *body])[0].text == "And then the talks"


def test_a_section_label_and_menu_above_the_headline_are_furniture(tmp_path: Path) -> None:
    style = Style(header=None, footer=None, top_chrome=("News  World  Sport  Weather", "World · Europe"),
                  page=(400, 900))
    doc = read_file(build_pdf(tmp_path / "label.pdf", GRAIN, style))
    assert visible(doc) == [GRAIN.headline, GRAIN.byline, *GRAIN.paragraphs]
    assert hidden(doc)[:2] == ["News World Sport Weather", "World · Europe"]


def test_a_headline_across_the_columns_stays_whole_with_its_short_last_line(tmp_path: Path) -> None:
    article = Article("Harbour plan passes its first vote in the city council for 2026", LEDGER.byline,
                      LEDGER.paragraphs)
    for width in (430, 470, 500):
        style = Style(page=(width, 640), head_span=True, two_columns=set(range(1, 9)), head_size=30)
        doc = read_file(build_pdf(tmp_path / "span.pdf", article, style))
        assert visible(doc) == [article.headline, article.byline, *article.paragraphs]


def test_a_last_column_holding_one_short_line_is_read_last(tmp_path: Path) -> None:
    from briefing_app.ingest.pdf_columns import order

    left = [Run(36, 240, 630 - 12 * k, 9.5, False, f"left column line {k} with words") for k in range(20)]
    right = Run(257, 280, 630, 9.5, False, "2016.")
    assert [line.text for line in order([*left, right], 0, 500)][-1] == "2016."


def test_a_lone_narrow_column_under_a_wide_headline_keeps_its_paragraphs() -> None:
    from briefing_app.ingest.pdf_layout import compose

    head = Run(48, 548, 720, 22, True, "Ministers agree to extend the grain corridor by six months")
    byline = Run(48, 240, 690, 9, False, "By Elena Marchetti and Tomasz Wieczorek")
    words = ("the council met on monday to talk about the plan for the harbour and roads and it heard "
             "from the engineers and pilots before the vote").split()
    lines = [" ".join(words[k:k + 6]) for k in range(0, len(words), 6)]
    body = [Run(48, 200 - 3 * (k % 3), 670 - 12 * k, 9, False, text, 20) for k, text in enumerate(lines)]
    text, _, _ = compose([([head, byline, *body], 612, 792)])
    assert text.split("\n\n")[2].strip() == " ".join(lines)


def test_headline_lines_do_not_hide_a_gutter() -> None:
    from briefing_app.ingest.pdf_columns import order

    head = Run(48, 246, 724, 22, True, "Peace on Earth?")
    left = [Run(48, 204, 674 - 12 * k, 9, False, f"left {k} " + "word " * 5) for k in range(12)]
    right = [Run(226, 385, 674 - 12 * k, 9, False, f"right {k} " + "word " * 5) for k in range(12)]
    lines = order([head, *left, *right], 0, 612)
    assert [line.text.split()[0] for line in lines[1:]] == ["left"] * 12 + ["right"] * 12


def test_an_acronym_and_its_ending_keep_their_hyphen() -> None:
    from collections import Counter

    from briefing_app.ingest.pdf_hyphens import drop_hyphen

    assert not drop_hyphen("ISIL", "ed", Counter())
    assert drop_hyphen("clash", "ing", Counter())


def test_an_opening_paragraph_above_a_subheading_is_no_furniture(tmp_path: Path) -> None:
    """A report or memo with no title: its first lines of prose, then a larger subheading in the
    page's top half. Only a label, a menu or a running head above a headline is furniture."""
    from reportlab.pdfgen import canvas

    intro = ["The committee met on Tuesday to review the proposal for a new bridge across",
             "the river. Members agreed that the cost estimates needed further work before",
             "any decision could be taken, and asked officials to report back in March."]
    path = tmp_path / "memo.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842), invariant=1)
    y = 770.0
    c.setFont("Helvetica", 11)
    for line in intro:
        c.drawString(72, y, line)
        y -= 14
    c.setFont("Helvetica-Bold", 15)
    c.drawString(72, y - 12, "Background")
    y -= 34
    c.setFont("Helvetica", 11)
    for n in range(30):
        c.drawString(72, y, f"Line {n} of the report goes on here with more words about the plan for the bridge.")
        y -= 14
    c.showPage()
    c.save()
    doc = read_file(path)
    assert hidden(doc) == []
    assert visible(doc)[0] == " ".join(intro) and visible(doc)[1] == "Background"


def test_justified_lines_whose_glyphs_stop_short_of_the_edge_still_show_a_paragraph_end() -> None:
    # an office suite's justified lines end up to 1.7 pt short of the edge at 12 pt; a
    # paragraph's last line at a page's foot, 8 pt short, ended it
    from briefing_app.ingest.pdf_layout import compose

    def page(first: int, count: int, last_short: float) -> list[Run]:
        runs = []
        for k in range(count):
            right = 538.5 - (k * 7 % 18) / 10 - (last_short if k == count - 1 else 0)
            words = [VOCAB[(first + k) * 7 % len(VOCAB)], *(VOCAB[(first + k + j) % len(VOCAB)] for j in range(11))]
            runs.append(Run(56, right, 780 - 16 * k, 12, False, " ".join(words), 20))
        return runs

    one, two = page(0, 40, 8.0), page(40, 40, 200.0)
    text, _, _ = compose([(one, 595, 842), (two, 595, 842)])
    assert len(text.strip().split("\n\n")) == 2


def test_a_word_run_into_the_gutter_hides_no_column() -> None:
    """A web address wider than its column runs into the gutter on one line: the columns are still
    read one after the other, and the column's edge is where its other lines end (the lines
    around the long word do not end paragraphs)."""
    from briefing_app.ingest.pdf_columns import order
    from briefing_app.ingest.pdf_layout import compose

    left = [Run(36, 126, 700 - 10 * k, 8, False, f"left {k} " + "word " * 8, 12) for k in range(14)]
    left[6] = Run(36, 133, 640, 8, False, "left 6 Overthebigmooon.com,\"There", 12)  # the gutter is 126-136
    right = [Run(136, 226, 700 - 10 * k, 8, False, f"right {k} " + "word " * 8, 12) for k in range(14)]
    lines = order([*left, *right], 0, 260)
    assert [line.text.split()[0] for line in lines] == ["left"] * 14 + ["right"] * 14
    assert {line.right for line in lines[:14]} == {126}
    text, _, _ = compose([([*left, *right], 260, 740)])
    assert len(text.strip().split("\n\n")) == 1


@pytest.mark.parametrize("columns", [2, 3])
def test_a_pull_quote_across_the_columns_does_not_cut_their_reading_order(tmp_path: Path, columns: int) -> None:
    """A pull quote set large across the columns in the middle of the page, each column's text
    running on below it: read each column above and below the quote, column after column (not
    band by band as under a headline across the columns), the quote hidden, every paragraph whole."""
    from reportlab.pdfgen import canvas

    from tests.ingest.pdf_builder import wrap

    article = LEDGER
    quote = article.paragraphs[2].split(". ")[0][:60]
    gutter = 25 if columns == 2 else 20
    width = (495 - gutter * (columns - 1)) / columns
    path = tmp_path / "quote.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842), invariant=1)
    c.setFont("Times-Bold", 22)
    c.drawString(50, 805, article.headline[:50])
    c.setFont("Times-Italic", 18)
    c.drawString(60, 445, quote)
    col, y, used = 0, 780.0, 0
    for n, para in enumerate(article.paragraphs):
        y -= 6 if n else 0
        for line in wrap(para, width, "Times-Roman", 10, False):
            y -= 12
            if 400 < y < 492 and not used:  # the quote's band, on the first page: the column goes on below it
                y = 400
            if y < 80:
                col, y = col + 1, 768.0
                if col == columns:
                    c.showPage()
                    col, used = 0, 1
            c.setFont("Times-Roman", 10)
            c.drawString(50 + (width + gutter) * col, y, line)
    c.showPage()
    c.save()
    doc = read_file(path)
    assert visible(doc)[1:] == article.paragraphs
    assert quote in " ".join(hidden(doc))


def test_a_headline_across_the_columns_whose_words_the_text_repeats_stays_whole() -> None:
    """A two-line headline across both columns at the top of the page, its second line's words
    said again in the text ("State of the Union address"): a headline, not a pull quote (no
    column's text stands above it)."""
    from briefing_app.ingest.pdf_layout import compose

    heads = [Run(48, 540, 780, 24, True, "Obama undermines Hillary Clinton in"),
             Run(48, 420, 750, 24, True, "State of the Union address")]
    words = ("the president gave his state of the union address on tuesday and the speech was long and it "
             "covered the budget the harbour the roads and the schools before the vote next month in the senate").split()
    left = [Run(48, 280, 700 - 12 * k, 10, False, " ".join(words[k % 20:k % 20 + 6]), 20) for k in range(30)]
    right = [Run(310, 540, 700 - 12 * k, 10, False, " ".join(words[(k + 3) % 20:(k + 3) % 20 + 6]), 20) for k in range(30)]
    text, _, headline = compose([([*heads, *left, *right], 595, 842)])
    assert headline == "Obama undermines Hillary Clinton in State of the Union address"
