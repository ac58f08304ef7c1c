"""The author's own later call on a named person by a verb of the same course gives the author's side on what a holder
asks for that person (`options.same_person`): "reinstate Tutka" / "should rehire Walt" (of "Walt Tutka"), "released" /
"free Nasrin Rahimi", "sack Hale" / "must not dismiss Hale". Not another person, not another course, not a call someone
else makes."""
import pytest

from tests.analysis.option_helpers import options


def _reported(text):
    return next(o for o in options(text) if o.positions and all(p.stance == "support" for p in o.positions))


@pytest.mark.parametrize("text, stance", [
    ("The district fired Walt Tutka in 2013. Sasser said he hopes the school district will reinstate Tutka. The ruling "
     "was made public on Tuesday. The Phillipsburg School District should rehire Walt.", "support"),
    ("Nasrin Rahimi has been held since May. Activists have called for Rahimi to be released. Her trial opens next "
     "week. Tehran should free Nasrin Rahimi now.", "support"),
    ("The union wants the board to sack Hale. Hale has run the trust since 2019. The board must not dismiss Hale.",
     "oppose"),
    ("Prosecutors want to charge Maria Lopez. She denies wrongdoing. The state should not prosecute Lopez.", "oppose"),
])
def test_the_author_later_call_on_the_same_person(text, stance):
    assert _reported(text).stance == stance


@pytest.mark.parametrize("text", [
    "The union wants the board to sack Hale. Hale has run the trust since 2019. The board should sack Cole.",  # another
    "The union wants the board to sack Hale. The board should fine Hale.",  # another course
    'The union wants the board to sack Hale. "The board should dismiss Hale," Cole said.',  # Cole's call
    "The board should dismiss Hale. Later, the union asked the board to sack Hale.",  # the author's call came first
])
def test_no_side_from_another_call(text):
    assert _reported(text).stance is None
