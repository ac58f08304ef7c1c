"""Paragraph ends at page and column breaks, where a full last line shows nothing by itself:
each case is a generated PDF whose geometry is checked first (so the test is about that case),
then read."""
from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from briefing_app.ingest import read_file
from briefing_app.ingest.pdf_chars import Run
from tests.ingest.articles import CYBER, GRAIN, Article
from tests.ingest.pdf_builder import Style, build_pdf
from tests.ingest.test_pdf_reading import expected, visible

PARAGRAPHS = [
    "The harbour board met on Monday to weigh a new plan for dredging the eastern channel. Members heard "
    "from engineers, pilots and the owners of two shipyards. The meeting ran for more than four hours.",
    "Engineers told the board that silt has built up faster than expected since the storms of last winter. "
    "Large vessels now wait for high tide before they enter. Some have been sent to other ports instead. "
    "The delays cost the port several million each year, according to the figures presented.",
    "The plan would deepen the channel by two metres over three years. Work would pause each spring while "
    "fish move through the estuary. Environmental groups asked for a full study before any work begins.",
    "Pilots said the current depth leaves little margin in bad weather. One described a tanker that touched "
    "the bottom in February. Nobody was hurt and no oil was spilled, but the vessel was held for inspection.",
    "The shipyards support the plan. They say orders for larger hulls have gone to competitors abroad. "
    "Without a deeper channel, they argue, the yards will shrink within a decade and jobs will be lost.",
    "Residents of the old town raised the noise of the dredgers and the lorries that would carry the spoil. "
    "The board promised limits on working hours. It also offered to move the spoil by barge where possible.",
    "A vote is expected next month. If the plan is approved, tenders would go out in the autumn. The first "
    "dredgers could arrive early next year, subject to the permits that the ministry must still grant.",
    "Until then the port will keep its temporary rules for large ships. Harbour staff will check the depth "
    "every week. The board will publish the engineers' report on its website before the vote.",
]
ARTICLE = Article("Harbour board weighs plan to deepen the eastern channel", "By Ingrid Solberg", PARAGRAPHS)
BODY = 10.5


def squash(text: str) -> str:
    return "".join(text.split())


def body_lines(path: Path) -> list[list[Run]]:
    """Each column's body-size lines, top down, columns in reading order (the geometry the test
    cases are checked on): a page's left half, then its right half when text starts there."""
    import pypdfium2 as pdfium

    from briefing_app.ingest.pdf_chars import page_runs

    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = []
        for i in range(len(pdf)):
            textpage, middle = pdf[i].get_textpage(), pdf[i].get_width() / 2
            runs = sorted((r for r in page_runs(textpage) if abs(r.size - BODY) < 0.3), key=lambda r: -r.y)
            pages += [column for column in ([r for r in runs if r.x0 < middle], [r for r in runs if r.x0 >= middle])
                      if column]
            textpage.close()
        return pages
    finally:
        pdf.close()


def inside_paragraph(a: str, b: str, paragraphs: list[str]) -> bool:
    return any(squash(a) + squash(b) in squash(p) for p in paragraphs)


def paragraph_break(a: str, b: str, paragraphs: list[str]) -> bool:
    return any(squash(p).endswith(squash(a)) and squash(q).startswith(squash(b)) for p, q in zip(paragraphs, paragraphs[1:]))


def find(tmp_path: Path, styles, wanted, article: Article = ARTICLE, count: int = 1) -> list[Path]:
    """The first `count` layouts whose PDF shows the case."""
    found = []
    for n, style in enumerate(styles):
        path = build_pdf(tmp_path / f"{n}.pdf", article, style)
        if wanted(body_lines(path), style):
            found.append(path)
            if len(found) == count:
                return found
    pytest.fail("no layout shows the case")


def test_a_sentence_that_ends_at_a_page_break_inside_a_paragraph_runs_on(tmp_path):
    """The page ends on a full line after a full stop, and the next page starts a new sentence
    of the same paragraph: a sentence end before a capital is common inside this document's
    paragraphs, and a full last line rare at their ends, so the paragraph runs on."""
    def wanted(pages: list[list[Run]], style: Style) -> bool:
        last, first = pages[0][-1], pages[1][0]
        return last.text.endswith(".") and first.text[:1].isupper() and inside_paragraph(last.text, first.text, PARAGRAPHS)

    for path in find(tmp_path, (Style(page=(340, h), hyphenate=False) for h in range(380, 640, 3)), wanted, count=2):
        assert visible(read_file(path)) == expected(ARTICLE)


@pytest.mark.parametrize("columns", [1, 2])
def test_a_paragraph_that_ends_on_a_full_line_at_a_page_break_where_another_line_would_fit(tmp_path, columns):
    """A paragraph ends on a full line after a full stop, the paragraph gap would not fit below
    it but another line would have (other columns' text goes a line lower): the column stopped
    short, so the paragraph ended there. In two columns, also when the page's other column
    goes lower (it is beside this one, not below it as a footnote would be)."""
    long = Article(ARTICLE.headline, ARTICLE.byline, PARAGRAPHS + GRAIN.paragraphs + CYBER.paragraphs)
    cases: dict[int, tuple[str, str]] = {}

    def wanted(pages: list[list[Run]], style: Style) -> bool:
        width = style.page[0] - 2 * style.margin
        width = width if columns == 1 else (width - style.gutter) / 2
        for k in range(len(pages) - 2):  # the last column ends where the article ends
            last, first = pages[k][-1], pages[k + 1][0]
            full = width - last.width <= stringWidth(first.text.split()[0], style.body_font, BODY) + 0.5 * BODY
            bottom = min(page[-1].y for page in pages[:-1])
            if full and last.y - bottom >= style.leading and paragraph_break(last.text, first.text, long.paragraphs):
                cases[id(style)] = last.text, first.text
                return True
        return False

    pages = set(range(1, 40)) if columns == 2 else set()
    styles = [Style(page=(w * columns, h), hyphenate=False, two_columns=pages)
              for w in range(300, 420, 9) for h in range(300, 360, 7)]
    for path in find(tmp_path, styles, wanted, long, count=3):
        last, first = cases[id(styles[int(path.stem)])]
        ends = next(p for p in long.paragraphs if squash(p).endswith(squash(last)))
        starts = next(p for p in long.paragraphs if squash(p).startswith(squash(first)))
        shown = visible(read_file(path))
        assert ends in shown and starts in shown


def test_one_line_paragraphs_set_with_first_line_indents(tmp_path):
    """A paragraph of one full line, then another paragraph: both lines start indented as the
    document's paragraphs do, so the second starts a new paragraph (the indent of a line is
    compared with the document's first-line indent, not only with the line above)."""
    one = "The harbour board will vote on the plan next month."
    article = Article(ARTICLE.headline, ARTICLE.byline, [PARAGRAPHS[0], one, PARAGRAPHS[1], one, PARAGRAPHS[2]])
    indent = 1.5 * BODY
    width = 2 * 36 + indent + stringWidth(one, "Times-Roman", BODY) + 3  # the short paragraph fills its line
    path = build_pdf(tmp_path / "a.pdf", article, Style(page=(width, 700), paragraph="indent", hyphenate=False))
    lines = [r.text for page in body_lines(path) for r in page]
    assert one in lines, "the one-line paragraph is one full line"
    assert visible(read_file(path)) == expected(article)


def test_a_dash_at_a_line_end_before_and_stays_a_dash(tmp_path):
    """ "landslide-" at a line end, "and" on the next line: no typesetter splits "and" off a
    word, so this is a dash, and the words stay apart."""
    text = ("The government won power three years ago in a huge landslide- and polls suggest that most of "
            "those gains will be swept away as politics in the state returns to normal.")
    article = Article("Election looms", "By A. Writer", [text, PARAGRAPHS[1]])
    for width in range(200, 400, 2):
        path = build_pdf(tmp_path / f"{width}.pdf", article, Style(page=(width, 500), hyphenate=False))
        if any(r.text.endswith("landslide-") for page in body_lines(path) for r in page):
            break
    else:
        pytest.fail("no width puts the dash at a line end")
    assert visible(read_file(path)) == expected(article)


def test_a_footnote_below_a_paragraph_that_runs_over_the_page_break(tmp_path):
    """Small print at the foot of page 1, below the text: the paragraph running over the break
    stays whole, and the note comes after it as a visible paragraph of its own."""
    note = ("1 The engineers' figures were presented to the board in a closed session and have not "
            "yet been published; the board says it will release them before the vote.")

    crossing: list[int] = []

    def wanted(pages: list[list[Run]], style: Style) -> bool:
        last, first = pages[0][-1], pages[1][0]
        crossing[:] = [k for k, p in enumerate(PARAGRAPHS) if squash(last.text) + squash(first.text) in squash(p)]
        return bool(crossing)

    styles = (Style(page=(340, h), hyphenate=False, footnote=note) for h in range(380, 640, 5))
    [path] = find(tmp_path, styles, wanted)
    k = crossing[0]
    assert visible(read_file(path)) == [ARTICLE.headline, ARTICLE.byline, *PARAGRAPHS[:k + 1], note, *PARAGRAPHS[k + 1:]]


def test_justified_text_a_paragraph_that_ends_short_at_a_column_break(tmp_path):
    """Justified text, paragraphs set apart by a gap: a paragraph's last line stops short of the
    column's edge but leaves less room than the next column's first word, the column is full to
    its bottom. Only a paragraph's last line stops short in justified text, so it ended there."""
    long = Article(ARTICLE.headline, ARTICLE.byline, PARAGRAPHS + GRAIN.paragraphs + CYBER.paragraphs)
    cases: dict[int, tuple[str, str]] = {}

    def wanted(pages: list[list[Run]], style: Style) -> bool:
        width = (style.page[0] - 2 * style.margin - style.gutter) / 2
        bottom = min(page[-1].y for page in pages[:-1])
        for k in range(len(pages) - 2):
            last, first = pages[k][-1], pages[k + 1][0]
            room = width - last.width
            need = stringWidth(first.text.split()[0], style.body_font, BODY) + 0.5 * BODY
            if 0.4 * BODY < room < need and last.y - bottom < style.leading and paragraph_break(last.text, first.text,
                                                                                                long.paragraphs):
                cases[id(style)] = last.text, first.text
                return True
        return False

    styles = [Style(page=(w, h), justify=True, hyphenate=False, two_columns=set(range(1, 40)))
              for w in range(600, 760, 11) for h in range(300, 380, 9)]
    for path in find(tmp_path, styles, wanted, long, count=2):
        last, first = cases[id(styles[int(path.stem)])]
        ends = next(p for p in long.paragraphs if squash(p).endswith(squash(last)))
        starts = next(p for p in long.paragraphs if squash(p).startswith(squash(first)))
        shown = visible(read_file(path))
        assert ends in shown and starts in shown


def test_one_line_paragraphs_on_a_wide_page_still_show_their_gaps(tmp_path):
    """Most paragraphs one line long on a wide page, one of them filling its line: the usual step
    between lines is then the paragraph gap's, so the line pitch is the smallest step that
    recurs, not the median; the gap after the full line shows the paragraph's end."""
    short = [p.split(". ")[0] + "." for p in PARAGRAPHS + GRAIN.paragraphs]
    article = Article(ARTICLE.headline, ARTICLE.byline, short[:4] + [PARAGRAPHS[1]] + short[4:])

    def wanted(pages: list[list[Run]], style: Style) -> bool:
        width = style.page[0] - 2 * style.margin
        lines = [line for page in pages for line in page]
        return any(squash(a.text) in {squash(p) for p in short} and width - a.width < 12 for a in lines[:-1])

    styles = [Style(page=(w, 842), leading=13, justify=True, hyphenate=False) for w in range(560, 1000, 3)]
    path = find(tmp_path, styles, wanted, article)[0]
    assert visible(read_file(path)) == expected(article)


def test_an_articles_last_line_atop_the_next_column_is_read_last(tmp_path):
    """Three columns, the article ending with one line at the top of the second: that line is a
    column of its own (it starts where a column starts, at the top, beside a full column), not a
    label beside the text, and comes last."""
    import pypdfium2 as pdfium

    from briefing_app.ingest.pdf_chars import page_runs

    for h in range(400, 700, 2):
        style = Style(page=(612, h), two_columns={1}, columns=3, gutter=10, body_size=8, leading=10.8,
                      paragraph="both", footer=None)
        path = build_pdf(tmp_path / f"{h}.pdf", CYBER, style)
        pdf = pdfium.PdfDocument(str(path))
        try:
            if len(pdf) != 1:
                continue
            textpage = pdf[0].get_textpage()
            second = [r for r in page_runs(textpage) if r.size == 8 and 200 < r.x0 < 380]
            textpage.close()
        finally:
            pdf.close()
        if len(second) == 1:
            assert visible(read_file(path)) == expected(CYBER)
            return
    pytest.fail("no layout shows the case")


@pytest.mark.parametrize("closed", [True, False])
def test_a_double_hyphen_at_a_line_end_is_joined_as_the_document_writes_it_inside_lines(closed: bool) -> None:
    """"Congress--" + "regained": no space where the document writes "president--facing" inside its
    lines; a space where it writes "strategy-- to"."""
    from briefing_app.ingest.pdf_layout import compose

    dash = "--" if closed else "-- "
    texts = [f"the lame duck president{dash}facing a hostile and conservative", "Congress--",
             f"regained his momentum with a new{dash}and quite sudden", "energy and purpose, as the speech showed."]
    runs = [Run(56, 300 if k < 3 else 240, 700 - 14 * k, 11, False, t, 20) for k, t in enumerate(texts)]
    text, _, _ = compose([(runs, 400, 800)])
    assert ("Congress--regained" if closed else "Congress-- regained") in text
    assert len(text.strip().split("\n\n")) == 1


def test_punctuation_that_cannot_start_a_line_travels_with_the_word_before_it() -> None:
    """"A&E ;"." cannot be broken before the semicolon (Unicode line breaking, LB13): the line above
    had room for "A&E" but not for "A&E ;".", so it ended for want of room, not as a paragraph."""
    from briefing_app.ingest.pdf_layout import compose

    texts = ["The doctor listened to the symptoms for a minute and then", "\"Any change,\" he says, \"go to",
             "A&E ;\". The panel met again on Tuesday."]
    runs = [Run(56, x1, 700 - 14 * k, 11, False, t, 20) for k, (t, x1) in enumerate(zip(texts, (300, 270, 200)))]
    text, _, _ = compose([(runs, 400, 800)])
    assert text.strip() == " ".join(texts)
    runs[2] = Run(56, 200, 672, 11, False, "Then the panel met again on Tuesday.", 20)  # "Then" fitted: a new paragraph
    text, _, _ = compose([(runs, 400, 800)])
    assert len(text.strip().split("\n\n")) == 2


def _lengths_layout(lengths: list[int], prose: bool = False):
    """A page of paragraphs of these many lines (set apart by a gap, every other one's last line
    a third of a line short), the last line full and ending a sentence at the page's foot, and the next
    page's first line starting one. `prose`: every last line full, and every other line inside a
    paragraph ends a sentence before a capital (so neither shows much)."""
    from briefing_app.ingest.pdf_breaks import Layout
    from briefing_app.ingest.pdf_chars import Line

    body, y = [], 760.0
    for p, n in enumerate(lengths):
        for k in range(n):
            last = k == n - 1
            text = "They met again on Tuesday." if last or (prose and k % 2) else \
                ("The" if k == 0 or prose else "the") + " panel heard from them and"
            body.append(Line(Run(56, 250 if last and p % 2 and not prose else 352, y, 11, False, text, 20), 0, 56, 356, 0))
            y -= 14 + (8 if last else 0)
    prev = Line(Run(56, 352, y, 11, False, "so the ministers said they would report.", 20), 0, 56, 356, 0)
    cur = Line(Run(56, 352, 760, 11, False, "The panel heard from the ministers and", 20), 1, 56, 356, 0)
    return Layout.learn([*body, prev, cur]), prev, cur


def test_at_a_page_break_a_paragraph_as_long_as_the_documents_ones_ends_and_a_short_one_runs_on() -> None:
    """A full last line ending a sentence at a page's foot: in a document of five-line paragraphs,
    the fifth line of the open paragraph ends it, its first line does not (the paragraph runs on)."""
    layout, prev, cur = _lengths_layout([5, 5, 4, 5, 6, 5, 5])
    assert layout.ends_at_break(prev, cur, 5)
    assert not layout.ends_at_break(prev, cur, 1)



def _across_layout(lengths: list[int], before: int, after: int):
    """A page of paragraphs of these many lines (set apart by a gap), then an open paragraph of `before` lines whose
    last, full and ending a sentence, is the page's last; the next page's first `after` lines, the last of them a
    third of a line short (where the lines show a paragraph's end), then one more paragraph."""
    from briefing_app.ingest.pdf_breaks import Layout
    from briefing_app.ingest.pdf_chars import Line

    def line(page: int, y: float, text: str, short: bool = False) -> Line:
        return Line(Run(56, 250 if short else 352, y, 11, False, text, 20), page, 56, 356, 0)

    body, y = [], 760.0
    for n in [*lengths, before]:
        for k in range(n):
            last = k == n - 1
            body.append(line(0, y, "The council voted on Monday." if last else "the members of the council heard",
                             short=last and n is not before))
            y -= 14 + (8 if last else 0)
    prev = body[-1]
    y = 760.0
    for k in range(after):
        body.append(line(1, y, "Then the ministers said they" if k == 0 else "the members of the council heard",
                         short=k == after - 1))
        y -= 14
    body += [line(1, y - 8, "The talks go on this week and"), line(1, y - 22, "next week.", short=True)]
    return Layout.learn(body), prev, body[len(body) - after - 2]


def test_at_a_page_break_the_next_paragraphs_end_weighs_two_paragraphs_against_one() -> None:
    """Where the lines after a page break show the next paragraph's end, the two readings are weighed whole: in a
    document of seven- and ten-line paragraphs, a seven-line paragraph before the break and ten lines after it are
    two paragraphs (one of seventeen would be the document's longest by far), though a seven-line paragraph in it,
    the next paragraph's end unseen, is about as likely to run on; three lines and four are one paragraph of seven."""
    layout, prev, cur = _across_layout([7, 10, 7, 10, 7, 10], 7, 10)
    assert layout.ahead[id(cur)] == (10, True)
    assert layout.ends_at_break(prev, cur, 7)
    layout, prev, cur = _across_layout([7, 10, 7, 10, 7, 10], 3, 4)
    assert not layout.ends_at_break(prev, cur, 3)


@pytest.mark.parametrize("lengths", [[3, 2, 3, 4, 3, 2, 3], [2, 4, 3, 4, 1, 3, 2, 4, 3], [5, 5, 4, 5, 6, 5, 5]])
def test_at_a_page_break_a_paragraph_longer_than_every_one_seen_whole_ends_as_the_longest_do(lengths) -> None:
    """Long paragraphs are the ones a break most often cuts, so those seen whole are the short ones:
    a paragraph longer than all of them, its full last line ending a sentence at a page's foot, is as
    likely to end as the longest seen (it ran on by the per-line rate alone, though one line fewer ended);
    a one-line paragraph still runs on."""
    layout, prev, cur = _lengths_layout(lengths, prose=True)
    longest = layout.lengths[-1]
    assert layout.ends_at_break(prev, cur, longest)
    assert layout.ends_at_break(prev, cur, longest + 1)
    assert layout.ends_at_break(prev, cur, longest + 3)
    assert not layout.ends_at_break(prev, cur, 1)


@pytest.mark.parametrize("justified", [True, False])
def test_justified_text_a_line_short_of_the_column_edge_ends_its_paragraph(justified: bool) -> None:
    """Justified text with neither gaps nor indents between paragraphs: every line inside a
    paragraph reaches the column's edge, so one that stops short of it (here 16 points, too little
    for the next paragraph's long first word) is a paragraph's last line. In ragged text, whose
    lines inside a paragraph stop short by as much, the same line runs on."""
    from briefing_app.ingest.pdf_layout import compose

    runs, y = [], 700.0
    for p in range(4):
        for k in range(5):
            last = k == 4
            text = "They met again on Tuesday." if last else ("The" if k == 0 else "the") + " panel heard from them and"
            x1 = 340 if last else (356 if justified else 356 - 9 * ((k + p) % 3))
            runs.append(Run(56, x1, y, 11, False, text, 30 if k == 0 else 20))
            y -= 14
    text, _, _ = compose([(runs, 400, 800)])
    assert len(text.strip().split("\n\n")) == (4 if justified else 1)


@pytest.mark.parametrize("opened_closed", [True, False])
@pytest.mark.parametrize("sentence", ["Those cuts{d}though essential to the sorely needed reforms--",
                                      "The plan{d}which the board chose in a hurry last spring--"])
def test_a_double_hyphen_at_a_line_end_closing_a_pair_is_spaced_as_the_pair_opened(opened_closed: bool,
                                                                                   sentence: str) -> None:
    """A document that mixes "word--word" and "word-- word": the line-end dash that closes a pair opened
    earlier in its sentence is spaced as the opening one, even where the document writes the other way
    more often (here three times against once)."""
    from briefing_app.ingest.pdf_layout import compose

    d, other = ("--", "-- ") if opened_closed else ("-- ", "--")
    texts = [f"The program{other}as the bank said{other}and the state{other}the markets said, not",
             "much. " + sentence.format(d=d),
             "will undercut the effects of the lending. The rest of the news was quiet",
             "and nobody was surprised, as the minister told the press afterwards."]
    runs = [Run(56, 300 if k < 3 else 240, 700 - 14 * k, 11, False, t, 20) for k, t in enumerate(texts)]
    text, _, _ = compose([(runs, 400, 800)])
    end = sentence.split()[-1]
    assert (f"{end}will undercut" if opened_closed else f"{end} will undercut") in text


@pytest.mark.parametrize("closed", [True, False])
@pytest.mark.parametrize("second", ["and the markets{odd}both sovereign and corporate{odd}fell. Then the Congress--",
                                    "and the markets{odd}both sovereign and corporate{odd}fell, and the Congress--"])
def test_a_double_hyphen_at_a_line_end_after_a_finished_pair_or_a_sentence_end_goes_with_the_documents_habit(
        closed: bool, second: str) -> None:
    """Near misses: a pair closed before the line-end dash ("--both sovereign and corporate--and"), or a dash
    in the sentence before it: the line-end dash opens a pair, so the document's habit decides."""
    from briefing_app.ingest.pdf_layout import compose

    dash = "--" if closed else "-- "
    odd = "-- " if closed else "--"
    texts = [f"the lame duck president{dash}facing a hostile and conservative{dash}Congress",
             second.format(odd=odd),
             f"regained his momentum with a new{dash}and quite sudden", "energy and purpose, as the speech showed."]
    runs = [Run(56, 300 if k < 3 else 240, 700 - 14 * k, 11, False, t, 20) for k, t in enumerate(texts)]
    text, _, _ = compose([(runs, 400, 800)])
    assert ("Congress--regained" if closed else "Congress-- regained") in text


@pytest.mark.parametrize("opener, name, tail", [
    ("Iranians - who", "Erbil-", "simply do not buy the argument that a repentant"),
    ("the ministers- who", "Mosul-", "never once visited the province, and the"),
    ("its allies - Iran above all", "Tehran-", "still insist on the full repeal of the"),
])
def test_a_line_end_hyphen_closing_a_pair_of_hyphen_dashes_is_a_dash(opener, name, tail) -> None:
    """A sentence that opens a pair of dashes written as hyphens ("Iranians - who ... Aleppo and
    Erbil-"): a line-end hyphen after a word that, with the next line's word, makes no word closes the
    pair, a dash ("Erbil- simply"), not a word broken over the lines ("Erbilsimply")."""
    from briefing_app.ingest.pdf_layout import compose

    texts = ["The figures were published on Monday by the ministry in the capital.",
             f"But {opener} have kept the front from falling in Aleppo and",
             f"{tail}", "sanctions, as the minister told the press afterwards."]
    runs = [Run(56, 300 if k in (1, 2) else 240 if k == 3 else 356, 700 - 14 * k, 11, False, t, 20)
            for k, t in enumerate(texts)]
    texts[1] += f" {name}"
    runs[1] = Run(56, 352, 686, 11, False, texts[1], 20)
    text, _, _ = compose([(runs, 400, 800)])
    assert f"{name} {tail.split()[0]}" in text


@pytest.mark.parametrize("sentence, joined", [
    ("But the allies have kept the front from falling in Aleppo and Erbil-", "Erbilsimply"),  # no pair open
    ("But Iranians - who held Aleppo - have kept the front in Aleppo and Erbil-", "Erbilsimply"),  # a pair closed
    ("The Iranians - who held Aleppo and the Washing-", "Washington"),  # a word: hyphenated at the line end
])
def test_a_line_end_hyphen_outside_an_open_pair_of_hyphen_dashes_joins_as_before(sentence, joined) -> None:
    """Near misses: no pair open in the sentence, or a finished pair before the hyphen, or the two pieces
    making a word ("Washing-" + "ton"): the line end joins as a word broken over the lines."""
    from briefing_app.ingest.pdf_layout import compose

    tail = "ton office kept the front from falling in the" if "Washing" in sentence else \
        "simply do not buy the argument that a repentant"
    texts = ["The figures were published on Monday by the ministry in the capital.", sentence, tail,
             "sanctions, as the minister told the press afterwards."]
    runs = [Run(56, 356 if k == 0 else 352 if k == 1 else 300 if k == 2 else 240, 700 - 14 * k, 11, False, t, 20)
            for k, t in enumerate(texts)]
    text, _, _ = compose([(runs, 400, 800)])
    assert joined in text
