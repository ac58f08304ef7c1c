"""Speaker labels and credit lines (session 8): a transcript's turns under labels in capitals are direct quotes of
the labelled person ("TAPPER:" is Jake Tapper named before); a label before a quotation leaves the quotation
to the speaker sieves ('Clinton: "Q1." Bush: "Q2."' are two quotes, not one); a headline's label stays
reported speech; a credit line after a block quotation, inside its marks, names its speaker."""
from __future__ import annotations

from briefing_app.analysis import analyse

TRANSCRIPT = ("JAKE TAPPER: Do you think that the governor is qualified to be president?\n\n"
              "TRUMP: I think he is a very good man, and he has done a great job in his state.\n\n"
              "TAPPER: Thank you very much for joining us.")


def test_transcript_turns_are_direct() -> None:
    quotes = [q for q in analyse(TRANSCRIPT).quotes if q.cue == ":"]
    assert [q.kind for q in quotes] == ["direct", "direct", "direct"]
    assert [q.mention.text if q.mention else None for q in quotes] == ["JAKE TAPPER", "TRUMP", "TAPPER"]
    assert quotes[2].speaker == "Jake Tapper"


def test_one_label_in_capitals_is_no_transcript() -> None:
    q = next(q for q in analyse("NATO: Russia must withdraw its troops from the border by Friday").quotes)
    assert q.kind == "indirect" and q.mention is not None and q.mention.text == "NATO"


def test_labelled_quotations_stay_apart() -> None:
    text = ('Many candidates reject the term.\n\nClinton: "Our goal is not to deter or contain ISIS." '
            'Bush: "The mission is to destroy ISIS."')
    quotes = [(q.text, q.mention.text if q.mention else None) for q in analyse(text).quotes]
    assert quotes == [("Our goal is not to deter or contain ISIS.", "Clinton"),
                      ("The mission is to destroy ISIS.", "Bush")]


def test_single_marked_headline_words_still_direct() -> None:
    q = analyse("Marco Rubio: ‘You Don’t Win The Nomination By How Many States You Win.’").quotes[0]
    assert q.kind == "direct" and q.text.startswith("You Don’t Win")


def test_credit_line_inside_a_block_quotation() -> None:
    text = ('His views are incoherent.\n\n"I worry that we may see a resurgence of Democrats singing the virtues of '
            'balanced budgets.\nDean Baker, Center for Economic and Policy Research."\n\nBut Clinton went on.')
    q = next(q for q in analyse(text).quotes if q.kind == "direct")
    assert q.text.startswith("I worry") and q.mention is not None and q.mention.text == "Dean Baker"


def test_credit_line_with_a_title() -> None:
    text = ('Sanders stays in.\n\n"[Sanders] should stay in until he gets everything he can.\nFormer NAACP president '
            'Ben Jealous."\n\nWhat happens next is unclear.')
    q = next(q for q in analyse(text).quotes if q.kind == "direct")
    assert q.mention is not None and q.mention.text == "Former NAACP president Ben Jealous"
