"""What a real typesetter (LibreOffice Writer: set T of benchmarks/bench_ingest_fidelity.py) sets that our
test typesetter did not: note marks raised after words, a paragraph set across the page over two columns,
block quotes set to a narrower measure. Each case is built from runs as PDFium gives them, with near misses."""
from __future__ import annotations

import pytest

from briefing_app.ingest.pdf_chars import Run
from briefing_app.ingest.pdf_columns import order
from briefing_app.ingest.pdf_layout import compose

LINE = "the panel heard from the ministers and the"


def _shown(text: str, hidden) -> list[str]:
    mask = bytearray(len(text))
    for span in hidden:
        mask[span.start:span.end] = b"\x01" * (span.end - span.start)
    shown = "".join("" if mask[i] else ch for i, ch in enumerate(text))
    return [" ".join(p.split()) for p in shown.split("\n\n") if p.strip()]


def _page(extra: list[Run], last: str = "They met again on Tuesday.") -> list[Run]:
    """A column of ten justified 11 pt lines (56 to 356) in two paragraphs of five, the mark's host last."""
    runs, y = [], 700.0
    for p in range(2):
        for k in range(5):
            text = last if (p, k) == (0, 4) else ("The" if k == 0 else "the") + " panel heard from them and"
            runs.append(Run(56, 340 if k == 4 else 356, y, 11, False, text, 30))
            y -= 14 + (6 if k == 4 else 0)
    return runs + extra


@pytest.mark.parametrize("mark", ["1", "12", "*", "†", "3,4"])
def test_a_note_mark_raised_after_a_paragraphs_last_word_stays_with_it_hidden(mark: str) -> None:
    """A note's number set small and raised after a paragraph's last word ("Tuesday.¹") was read as a line
    of its own, splitting the paragraph; now it stays in the text after its word, hidden."""
    host_y = 700.0 - 4 * 14
    runs = _page([Run(340.5, 344, host_y + 4, 6.1, False, mark)])
    text, hidden, _ = compose([(runs, 400, 800)])
    assert f"Tuesday.{mark}" in text
    assert _shown(text, hidden)[0].endswith("They met again on Tuesday.")
    assert len(_shown(text, hidden)) == 2


def test_a_note_mark_inside_a_line_is_hidden_and_the_line_read_whole() -> None:
    """A mark after a word inside a line: PDFium gives the line in two runs either side of it."""
    y = 700.0 - 14
    runs = _page([])
    runs[1] = Run(56, 150, y, 11, False, "the panel heard", 20)
    runs.append(Run(150.5, 154, y + 4, 6.1, False, "2"))
    runs.append(Run(157, 356, y, 11, False, "from them and", 20))
    text, hidden, _ = compose([(runs, 400, 800)])
    assert "heard2 from" in text
    assert "the panel heard from them and" in _shown(text, hidden)[0]


@pytest.mark.parametrize("host, mark, dx, dy, size", [
    ("rose by 10", "6", 0.5, 4, 6.1),  # an exponent after a figure
    ("an area of 40 km", "2", 0.5, 4, 6.1),  # a unit's exponent
    ("They met again on Tuesday.", "1", 0.5, 0, 6.1),  # small but on the word's baseline: a figure
    ("They met again on Tuesday.", "1", 0.5, 4, 11),  # as large as the text
    ("They met again on Tuesday.", "1", 12, 4, 6.1),  # set apart from the word
])
def test_raised_print_that_is_no_note_mark_is_left_as_it_was(host, mark, dx, dy, size) -> None:
    host_y = 700.0 - 4 * 14
    runs = _page([Run(340 + dx, 344 + dx, host_y + dy, size, False, mark)], last=host)
    text, hidden, _ = compose([(runs, 400, 800)])
    assert not hidden and f"{host}{mark}" not in text  # read as before: not taken into the word, not hidden


def _spanning_page(short_lines: int = 1) -> list[Run]:
    """A headline and a byline across the page (56 to 540), a paragraph across it whose last line stops
    short, then two columns (56-290, 306-540) of 11 pt lines."""
    runs = [Run(56, 400, 760, 22, True, "Harbour board weighs the dredging plan"),
            Run(56, 160, 740, 11, False, "By Ingrid Solberg", 10)]
    y = 722.0
    for k in range(3):
        runs.append(Run(56, 539, y, 11, False, ("The" if k == 0 else "the") + " panel heard from them and " * 3, 20))
        y -= 14
    for k in range(short_lines):
        runs.append(Run(56, 200 if k == short_lines - 1 else 285, y, 11, False, "they met again on Tuesday.", 20))
        y -= 14
    y -= 6
    top = y
    for col in (56, 306):
        y = top
        for k in range(12):
            runs.append(Run(col, col + 234, y, 11, False, ("The" if k == 0 else "the") + " panel heard from them", 20))
            y -= 14
    return runs


def test_a_byline_and_a_paragraphs_last_line_across_a_page_over_two_columns_end_where_they_stop() -> None:
    """A short line in the left column's place between two lines across the columns in its print is the
    text across the page stopping short (a byline over the first paragraph; a paragraph's last line): it
    ends its paragraph. It was a block of its own whose edge was its own end, so nothing showed the break."""
    lines = order(_spanning_page(), 0, 595)
    byline = next(line for line in lines if line.text.startswith("By "))
    assert byline.right == max(r.run.x1 for r in lines)
    text, _, _ = compose([(_spanning_page(), 595, 842)])
    paras = text.strip().split("\n\n")
    assert paras[1] == "By Ingrid Solberg"
    assert paras[2].startswith("The panel") and paras[2].endswith("on Tuesday.")


def test_three_lines_in_the_left_columns_place_are_a_column() -> None:
    """Near miss: three lines there are a column's, with the column's edges (not the page's)."""
    runs = _spanning_page(3)
    runs = [r for r in runs if r.x0 != 306 or r.y < 600]  # the right column starts lower: the three stand alone
    lines = order(runs, 0, 595)
    short = [line for line in lines if line.text == "they met again on Tuesday."]
    assert len(short) == 3 and all(line.right < 300 for line in short)


def _quote_page(quote_right: float) -> list[Run]:
    """Justified 11 pt paragraphs (56 to 356) with first-line indents, and a three-line block quote in 10 pt
    indented 25 pt on the left, its lines reaching `quote_right`, the last short."""
    runs, y = [], 700.0
    for p in range(2):
        for k in range(4):
            runs.append(Run(70 if k == 0 else 56, 330 if k == 3 else 356, y, 11, False,
                            ("The" if k == 0 else "the") + " panel heard from them and", 20))
            y -= 14
        if p == 0:
            for k in range(3):
                runs.append(Run(81, 200 if k == 2 else quote_right, y, 10, False,
                                ("We" if k == 0 else "we") + " will not wait for the port to act", 12))
                y -= 13
    return runs


def test_a_block_quotes_lines_set_to_a_narrower_measure_are_one_paragraph() -> None:
    """A block quote indented alike on both sides: its justified lines stop short of the column's edge by
    its indent, which showed a paragraph's end after each; measured against its own edge they run on."""
    text, _, _ = compose([(_quote_page(331), 400, 800)])
    paras = text.strip().split("\n\n")
    assert len(paras) == 3
    assert paras[1].startswith("We will not wait") and paras[1].count("we will not wait") == 2


def test_indented_lines_stopping_short_of_a_narrower_measure_still_end_there() -> None:
    """Near miss: lines indented alike that stop well short of the column's edge less their indent (lines
    of verse, a list of one-line items) end where they stop."""
    text, _, _ = compose([(_quote_page(250), 400, 800)])
    assert len(text.strip().split("\n\n")) == 5


def _across_then_columns(intro: int, last_line: float = 400.0, columns: bool = True) -> list[Run]:
    """`intro` 11 pt lines across the page (56 to 540), the last stopping at `last_line`, then two columns
    (56-290, 306-540) of 14 lines each (or, without `columns`, one column whose lines a wide word space splits
    at the same place, interleaved with lines across)."""
    runs, y = [], 760.0
    for k in range(intro):
        short = k in (intro - 1, intro // 2 - 1)  # two paragraphs' last lines
        runs.append(Run(56, last_line + 15 * (k == intro - 1) if short else 539, y, 11, False,
                        f"across {k} the panel heard them", 20))
        y -= 14
    y -= 8
    for k in range(14):
        if columns:
            runs.append(Run(56, 290, y - 3 * (k > 6), 11, False, f"left {k} the panel heard them", 20))
            runs.append(Run(306, 540, y, 11, False, f"right {k} the panel heard them", 20))
        else:
            runs.append(Run(56, 290, y, 11, False, f"one {k} the panel heard", 20))
            runs.append(Run(306, 540, y, 11, False, f"them {k} and more", 20))
            y -= 14
            runs.append(Run(56, 539, y, 11, False, f"across {k} the panel heard them", 20))
        y -= 14
    return runs


@pytest.mark.parametrize("intro, last_line", [(13, 400), (4, 330), (13, 330)])
def test_columns_under_paragraphs_set_across_the_page_are_read_column_by_column(intro, last_line) -> None:
    """A section in two columns under paragraphs set across the page: many lines across (more than a fifth of
    the columns' lines) or a paragraph's last line reaching into the gutter hid the gutter, and the columns were
    read line by line across. Lines across above both columns do not make them one column."""
    lines = [line.text.split()[0] for line in order(_across_then_columns(intro, last_line), 0, 595)]
    assert lines.index("right") > max(k for k, word in enumerate(lines) if word == "left")


def test_words_set_apart_in_one_column_between_lines_across_are_no_columns() -> None:
    """Near miss: white at the same place in lines of one column, with lines across it among them."""
    lines = [line.text for line in order(_across_then_columns(4, columns=False), 0, 595)]
    assert [line.split()[0] for line in lines[4:8]] == ["one", "across", "one", "across"]
    assert all(" them " in line for line in lines if line.startswith("one"))  # read across: one line


@pytest.mark.parametrize("gap, typed, joined", [(1.8, "", True), (2, "", True), (5, "", False), (1.8, " ", False)])
def test_a_hyphen_set_close_to_its_word_has_no_space_before_it(tmp_path, gap, typed, joined) -> None:
    """A line-end hyphen drawn apart from its word (justified text: "sit" then "-" less than a quarter em on):
    PDFium guesses a space between them, which read "sit - uations" as a dash. No space is read there; a hyphen
    set further off, or after a space the file has, keeps it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    from briefing_app.ingest import read_file

    path = tmp_path / "tight.pdf"
    c = canvas.Canvas(str(path), pagesize=(400, 600))
    c.setFont("Times-Roman", 10.5)
    for k in range(6):
        y = 500 - 14 * k
        if k == 2:
            c.drawString(56, y, "the officers met citizens in conflict sit" + typed)
            c.drawString(56 + stringWidth("the officers met citizens in conflict sit" + typed, "Times-Roman", 10.5) + gap,
                         y, "-")
        else:
            c.drawString(56, y, "uations where the panel heard from them again" if k == 3 else
                         "the panel heard from them again and again and")
    c.save()
    text = read_file(path).text
    assert ("conflict situations" in text) == joined


def _quote_over_a_page(note_left: float) -> list[tuple[list[Run], float, float]]:
    """Two pages of justified 11 pt text (56 to 356) with first-line indents; page 1 ends in three lines of
    10 pt print (starting at `note_left`; 81: a block quote indented 25 pt on both sides, set to its measure),
    page 2 starts with two more, the last short, then a paragraph."""
    def para(y: float, count: int) -> list[Run]:
        return [Run(70 if k == 0 else 56, 356, y - 14 * k, 11, False,
                    ("The" if k == 0 else "the") + " panel heard from them and", 20) for k in range(count)]

    quoted = note_left == 81
    right = 331 if quoted else 356
    page1 = para(700, 6) + [Run(note_left, right, 600 - 13 * k, 10, False, "we will not wait for the port to act", 12)
                            for k in range(3)]
    page2 = [Run(note_left, right if k == 0 else 200, 700 - 13 * k, 10, False, "we will not wait for the port to act", 12)
             for k in range(2)] + para(670, 5)
    return [(page1, 400, 800), (page2, 400, 800)]


def test_a_block_quote_in_smaller_print_at_a_pages_foot_runs_on_over_the_page() -> None:
    """A block quote in smaller print ending a page was read as a footnote (small print below all the page's
    text), and its lines at the next page's top as another paragraph: it is the text's, and runs on."""
    text, _, _ = compose(_quote_over_a_page(81))
    paras = text.strip().split("\n\n")
    assert len(paras) == 3
    assert paras[1].count("we will not wait") == 5


def test_a_footnote_at_a_pages_foot_from_the_columns_edge_is_still_a_note() -> None:
    """Near miss: small print from the column's left edge at a page's foot stays a note: its own paragraph."""
    text, _, _ = compose(_quote_over_a_page(56))
    paras = text.strip().split("\n\n")
    assert any(p.count("we will not wait") == 3 for p in paras)


def test_a_one_line_paragraph_indented_as_paragraphs_start_still_ends_before_the_next() -> None:
    """Near miss: with first-line indents of 14 pt, a one-line paragraph (indented 14 pt, ending 14 pt short of the
    column's edge: like a block quote's line) before the next paragraph's indented first line ends there."""
    runs, y = [], 700.0
    for p in range(4):
        lines = 1 if p == 2 else 4
        for k in range(lines):
            x1 = 342 if lines == 1 else (330 if k == lines - 1 else 356)
            runs.append(Run(70 if k == 0 else 56, x1, y, 11, False, ("The" if k == 0 else "the") + " panel heard from them and", 20))
            y -= 14
    text, _, _ = compose([(runs, 400, 800)])
    assert len(text.strip().split("\n\n")) == 4


@pytest.mark.parametrize("left, right, written, dropped", [
    ("GC", "SEs", {"gcse": 1}, True),  # "GCSE maths" elsewhere: "GC-" + "SEs" is "GCSEs"
    ("NG", "Os", {"ngo": 2}, True),
    ("GC", "SEs", {}, False),  # near miss: the document never writes the word whole
    ("UN", "Security", {"unsecurity": 1}, False),  # near miss: a word after capitals, not their plural
])
def test_a_word_in_capitals_broken_before_its_plurals_s(left, right, written, dropped) -> None:
    """LibreOffice hyphenates a word in capitals with its plural "s" ("GC-" + "SEs"): the hyphen was kept
    (a capital after the hyphen reads as "anti-American"); where the document writes the word whole, it is a cut."""
    from collections import Counter

    from briefing_app.ingest.pdf_hyphens import drop_hyphen

    assert drop_hyphen(left, right, Counter(written)) is dropped


def _spaced_line_pdf(path, head: str, tail: str, space: float, gap: float, words: int = 7) -> str:
    """A page of six 10.5 pt lines; the third ends in `words` words drawn one by one `space` points apart (the file has
    no spaces: PDFium guesses them), the last of them `head`, then a hyphen `gap` points after it; the fourth line
    starts with `tail`. Returns the text read."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    from briefing_app.ingest import read_file

    c = canvas.Canvas(str(path), pagesize=(400, 600))
    size = 10.5
    c.setFont("Times-Roman", size)
    line = ["the", "officers", "met", "citizens", "in", "the", "conflict", "and"][-words:] + [head]
    for k in range(6):
        y = 500 - 14 * k
        if k == 2:
            x = 56.0
            for word in line:
                c.drawString(x, y, word)
                x += stringWidth(word, "Times-Roman", size) + space
            c.drawString(x - space + gap, y, "-")
        else:
            c.drawString(56, y, tail + " where the panel heard from them again" if k == 3 else
                         "the panel heard from them again and again and")
    c.save()
    return " ".join(read_file(path).text.split())


@pytest.mark.parametrize("space, gap, words, joined", [
    (5.5, 3.0, 7, True),  # 0.29 em: wider than a quarter em, but half the line's word spaces
    (5.5, 2.6, 7, True),
    (4.0, 2.8, 7, True),
    (5.5, 3.0, 3, True),  # three word spaces before it are enough to go by
    (5.5, 5.2, 7, False),  # a dash: spaced as the line's words are
    (3.0, 3.0, 7, False),
    (5.5, 3.0, 2, False),  # too few word spaces on the line to go by
])
def test_a_hyphen_much_closer_than_the_lines_word_spaces_has_no_space_before_it(tmp_path, space, gap, words,
                                                                               joined) -> None:
    """Justified text spreads a line's word spaces alike: a dash's space is as wide as the others, while a
    typesetter's hyphen in a wide face (DejaVu Sans in LibreOffice) stands 0.26-0.28 em off its word with word spaces
    of 0.45-0.5 em, where PDFium guesses a space ("re -" + "main" read as a dash). A hyphen set less than three
    quarters of the line's usual word space off has none; one spaced like the words, or on a line with too few
    word spaces to tell, keeps the quarter-em rule."""
    text = _spaced_line_pdf(tmp_path / "spaced.pdf", "sit", "uations", space, gap, words)
    assert ("and sit - uations" not in text) == joined
    assert ("and situations" in text) == joined


@pytest.mark.parametrize("head, tail, want", [
    ("re", "main", "remain"), ("pro", "fessional", "professional"), ("negoti", "ations", "negotiations"),
    ("govern", "ment", "government"),
    # near misses: compounds and ranges the typesetter broke at their own hyphen keep it
    ("well", "known", "well-known"), ("state", "owned", "state-owned"), ("Smith", "Jones", "Smith-Jones"),
    ("2020", "21", "2020-21"), ("long", "term", "long-term"),
])
def test_a_close_hyphen_after_many_words_is_the_words_own(tmp_path, head, tail, want) -> None:
    """Whatever the word, a line-end hyphen set at half the line's word space is no dash: the typesetter's cut is
    joined ("re-" + "main"), a compound's or a range's own hyphen is kept ("well-known", "2020-21"), neither read
    "re - main" or "well - known"."""
    text = _spaced_line_pdf(tmp_path / "words.pdf", head, tail, 5.5, 3.0)
    assert f"and {want} where" in text, text


def _quotes_between_paragraphs(first_indent: float, quote_size: float, quote_indent: float) -> list[Run]:
    """A column of 11 pt justified paragraphs (56 to 356) of four lines, their first lines indented `first_indent`
    (0: none, a gap between paragraphs instead), with a block quote of three lines after each of the first three
    (`quote_size` pt print indented `quote_indent` on both sides, its last line short)."""
    runs, y = [], 760.0
    gap = 0 if first_indent else 6
    for p in range(4):
        for k in range(4):
            runs.append(Run(56 + (first_indent if k == 0 else 0), 356 if k < 3 else 250, y, 11, False,
                            ("The" if k == 0 else "the") + " panel heard from the ministers and the", 20))
            y -= 14
        y -= gap
        if p < 3:
            for k in range(3):
                runs.append(Run(56 + quote_indent, 356 - quote_indent if k < 2 else 200, y, quote_size, False,
                                ("“We" if k == 0 else "we") + " will not wait for the port to act on it", 12))
                y -= quote_size + 3
            y -= gap
    return runs


@pytest.mark.parametrize("quote_size, quote_indent", [(10, 25), (9.5, 28), (10, 20), (11, 25), (11, 36)])
def test_block_quotes_in_a_document_without_first_line_indents_stay_whole(quote_size, quote_indent) -> None:
    """A document whose paragraphs are set apart by a gap, not indented, with block quotes (indented on both sides,
    in smaller print or not): a quote's indented last line before the flush text after it is no paragraph's first
    line. Counted as one, the document learnt the quotes' indent as its first-line indent and split every quote
    after its first line (LibreOffice's quotation style in a document of several)."""
    text, _, _ = compose([(_quotes_between_paragraphs(0, quote_size, quote_indent), 400, 800)])
    paras = text.strip().split("\n\n")
    assert [p.count("will not wait") for p in paras] == [0, 3, 0, 3, 0, 3, 0]


@pytest.mark.parametrize("quote_size", [10, 11])
def test_block_quotes_in_a_document_with_first_line_indents_keep_them(quote_size) -> None:
    """Near miss: in a document whose paragraphs start indented (14 pt) the indent is still learnt from its
    paragraphs' first lines, and each paragraph and each quote stands whole."""
    text, _, _ = compose([(_quotes_between_paragraphs(14, quote_size, 25), 400, 800)])
    paras = text.strip().split("\n\n")
    assert [p.count("will not wait") for p in paras] == [0, 3, 0, 3, 0, 3, 0]
    assert [p.count("panel heard") for p in paras] == [4, 0, 4, 0, 4, 0, 4]


def _two_column_page(lines: int = 12) -> list[Run]:
    """A page of two justified 10 pt columns (50-290, 306-546) of `lines` lines each, one paragraph each."""
    runs = []
    for k in range(lines):
        y = 760.0 - 13 * k
        runs.append(Run(50, 290, y, 10, False, ("The" if k == 0 else "the") + " council met the growers and", 20))
        runs.append(Run(306, 546, y, 10, False, ("Then" if k == 0 else "then") + " the growers wrote back to", 20))
    return runs


@pytest.mark.parametrize("right_x0, split", [(306, True), (306.6, True), (330, False)])
def test_a_sections_last_lines_balanced_over_its_columns_on_a_page_of_their_own(right_x0, split) -> None:
    """A two-column section's last two lines, balanced over its columns on the next page ("... it was
    effec-" in the left column, "tive." in the right, on one baseline): too few lines to show a gutter, they
    were read as one line ("effec- tive."). Set at the earlier page's columns, they are its columns; a word
    set elsewhere on the line (near miss) is no column's."""
    last = [Run(50, 289, 760, 10, False, "and in the end the plan proved effec-", 20),
            Run(right_x0, right_x0 + 19, 760, 10, False, "tive.", 5)]
    text, _, _ = compose([(_two_column_page(), 595, 842), (last, 595, 842)])
    assert ("proved effective." in text) is split
    lines = order(last, 1, 595, [(50, 291, 305, 306)])
    assert len(lines) == (2 if split else 1)


def test_a_line_across_an_earlier_pages_gutter_keeps_the_page_one_column() -> None:
    """Near miss: a page whose lines cross the earlier page's gutter (one column set across) keeps its lines
    whole, also a line split there by a wide word space."""
    page = [Run(50, 546, 760 - 13 * k, 10, False, "the council met the growers and then the growers wrote", 20)
            for k in range(3)]
    page += [Run(50, 289, 721, 10, False, "the council met the growers and", 20),
             Run(306, 546, 721, 10, False, "then the growers wrote back to", 20)]
    lines = order(page, 1, 595, [(50, 291, 305, 306)])
    assert len(lines) == 4 and lines[-1].text == "the council met the growers and then the growers wrote back to"
