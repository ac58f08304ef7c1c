"""The author's side on a course stated at one mention of it is the side of every mention of that course in the piece
(`options.same_course`): the headline's, a later call of the author's anywhere after the report, an editor's note. Not
a mention that names another course, not an earlier mention below the headline, none when the mentions take different
sides, and never a quoted speaker's side."""
import pytest

from tests.analysis.option_helpers import options

REPORT = ("The transport ministry wants to ban diesel lorries from the old town. Officials will publish the plan "
          "in May.\n\n")
MIDDLE = "The consultation closes in April, and the council will vote on the rules in the autumn.\n\n"
LONG_END = ("Shops in the old town open at seven, and most of their goods still come by road from the depots on the "
            "ring road. The bypass will not be finished before 2031, the year the last of the bridges is rebuilt.\n\n"
            "The old town has eleven thousand residents and two primary schools on the market square.")


def _reported(text):
    return [(o.summary, o.stance) for o in options(text) if o.positions]


@pytest.mark.parametrize("text, stance", [
    ("The council must ban diesel lorries\n\n" + REPORT + MIDDLE, "support"),  # the headline's side
    ("Ministers must not ban diesel lorries\n\n" + REPORT + MIDDLE, "oppose"),
    (REPORT + "Parliament should not ban diesel lorries.\n\n" + LONG_END, "oppose"),  # the author's, further on
])
def test_the_authors_side_at_another_mention_of_the_course(text, stance):
    assert _reported(text) == [("Ban diesel lorries from the old town", stance)]


def test_an_editors_note_gives_its_side_to_each_mention():
    text = ("Minister repeats lorry pledge\n\nThe transport minister, Tom Hale, has promised to ban diesel lorries from "
            "the old town. Hale repeated his pledge to ban diesel lorries from the old town on Monday at a rally in "
            "Leeds.\n\nEditor's note: Tom Hale is a demagogue who has repeatedly pledged to ban diesel lorries.")
    found = _reported(text)
    assert len(found) >= 2 and {stance for _, stance in found} == {"oppose"}, found


@pytest.mark.parametrize("text", [
    "Ministers must not ban diesel buses\n\n" + REPORT + MIDDLE,  # another course
    "Lorries and the town\n\nParliament should not ban diesel lorries.\n\n" + MIDDLE + REPORT,  # an earlier mention
    '"We must ban diesel lorries," says mayor\n\n' + REPORT + MIDDLE,  # the mayor's words
    "Parliament must ban diesel lorries\n\n" + REPORT + "But the council should not ban diesel lorries from the old town on "
    "Sundays.\n\n" + LONG_END,  # the author's mentions disagree
])
def test_no_side_from_another_course_an_earlier_mention_a_quotation_or_a_disagreement(text):
    found = _reported(text)
    reported = [stance for summary, stance in found if summary == "Ban diesel lorries from the old town"]
    assert reported == [None], found
