"""Drop capitals (pdf_initials.py) beside a paragraph shorter than the letter, and a one-letter
word set as a drop capital before a capitalised word."""
from __future__ import annotations

from pathlib import Path

from briefing_app.ingest import read_file
from briefing_app.ingest.pdf_chars import Run
from briefing_app.ingest.pdf_initials import join_drop_caps
from tests.ingest.articles import LEDGER, Article
from tests.ingest.pdf_builder import Style, build_pdf
from tests.ingest.test_pdf_reading import visible

# a capital three lines tall (leading 13, text 10 pt): its baseline two lines below the first
# line's, its top level with that line's capitals
CAP_SIZE = (2 * 13 + 0.7 * 10) / 0.7


def test_a_drop_capital_beside_a_paragraph_of_one_line() -> None:
    cap = Run(20, 52, 674, CAP_SIZE, True, "W")
    line = Run(56, 250, 700, 10, False, "hat a dark day for the country.", 20)
    after = [Run(20, 300, 700 - 13 * k, 10, False, f"line {k} of the next paragraph", 20) for k in range(3, 6)]
    joined = join_drop_caps([cap, line, *after])
    assert [r.text for r in joined] == ["What a dark day for the country.", *(r.text for r in after)]
    assert joined[0].x0 == 20


def test_a_big_letter_beside_one_line_not_level_with_its_top_stays_apart() -> None:
    # a grade or a label set large, one line of text beside its foot: no drop capital
    cap = Run(20, 52, 674, CAP_SIZE, True, "B")
    line = Run(56, 250, 674, 10, False, "rating for the council's budget", 20)
    body = [Run(20, 300, 640 - 13 * k, 10, False, f"line {k} of the text", 20) for k in range(3)]
    assert join_drop_caps([cap, line, *body]) == [cap, line, *body]


def test_a_one_letter_word_before_a_capitalised_word_keeps_its_space() -> None:
    # "ANew" is no spelling of "anew": the capital starts a word of its own before "New Jersey"
    body = [Run(60 if k < 2 else 20, 300, 700 - 13 * k, 10, False, text, 30)
            for k, text in enumerate(("New Jersey school district", "violated the law when it", "fired a teacher"))]
    assert join_drop_caps([Run(20, 52, 674, CAP_SIZE, True, "A"), *body])[0].text == "A New Jersey school district"
    body[0] = Run(60, 300, 700, 10, False, "RUSSELS — Ministers met", 30)
    assert join_drop_caps([Run(20, 52, 674, CAP_SIZE, True, "B"), *body])[0].text == "BRUSSELS — Ministers met"


def test_printed_drop_capitals_read_whole(tmp_path: Path) -> None:
    short = Article(LEDGER.headline, LEDGER.byline, ["What a dark day for the coast.", *LEDGER.paragraphs[1:]])
    state = Article(LEDGER.headline, LEDGER.byline, ["A New Jersey court heard the case on Monday, and the "
                                                     "judges asked for the budget papers again.", *LEDGER.paragraphs[1:]])
    for article in (short, state):
        for columns in (set(), {1, 2}):
            style = Style(drop_cap=True, paragraph="indent", head_font="Times-Bold", two_columns=columns, page=(460, 560))
            doc = read_file(build_pdf(tmp_path / "cap.pdf", article, style))
            assert visible(doc) == [article.headline, article.byline, *article.paragraphs]


def test_a_one_letter_word_before_a_negation_keeps_its_space() -> None:
    # "I" + "couldn't help": "couldn" is no word, "could" + "n't" is; "Icouldn't" is no spelling
    def first(cap: str, text: str) -> str:
        body = [Run(60 if k < 2 else 20, 300, 700 - 13 * k, 10, False, t, 30)
                for k, t in enumerate((text, "the rest of the line", "and the next one"))]
        return join_drop_caps([Run(20, 52, 674, CAP_SIZE, True, cap), *body])[0].text

    assert first("I", "couldn't help letting out") == "I couldn't help letting out"
    assert first("I", "wouldn’t say so") == "I wouldn’t say so"
    assert first("A", "couple of items") == "A couple of items"
    # a word cut by the capital stays whole: "Isn't", "Wouldn't", "It"
    assert first("I", "sn't it strange") == "Isn't it strange"
    assert first("W", "ouldn't it") == "Wouldn't it"
    assert first("I", "t was") == "It was"
