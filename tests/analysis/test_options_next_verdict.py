"""The author's verdict in the sentence after a course (eighteenth session, optrecall; next_verdict.py): a short
sentence whose subject refers back to the course just reported (it, this, that, such a move, the idea, the plan,
doing so) and whose predicate judges it gives the author's side, in the same paragraph or opening the next one. Before,
only VERDICT_RE's fixed forms were read ("That would be a mistake."), and only in the same paragraph: "That makes
sense.", "This proposal deserves to fail.", "It would do more harm than good." left the author silent. A sentence that
reports someone's words, holds a quotation, judges a thing ("It was a bad year") or states a fact gives none."""
import pytest

from tests.analysis.option_helpers import options

COURSES = [
    ("Some lawmakers want to ban cars from the city centre.", "Ban cars from the city centre"),
    ("The mayor has proposed closing the central library.", "Close the central library"),
    ("Critics are urging the council to scrap the parking levy.", "Scrap the parking levy"),
    ("Senator Jane Hale wants Congress to impose tariffs on Chinese steel.", "Impose tariffs on Chinese steel"),
]
AGAINST = ["This proposal deserves to fail.", "It would do more harm than good.", "The proposal is a bad one.",
           "That cannot be right.", "That doesn't make sense.", "Such a step would be short-sighted.",
           "This would not be wise."]
FOR = ["That makes sense.", "This is the right approach.", "That is exactly what the city needs.",
       "The plan deserves a hearing.", "This would be a big improvement.", "The proposal makes a lot of sense.",
       "It is worth trying.", "That is the right call.", "This idea deserves serious consideration.",
       "That is not a bad idea."]


def _author(text: str) -> list[tuple[str, str | None]]:
    return [(o.summary, o.stance) for o in options("Headline\n\n" + text + "\n")]


@pytest.mark.parametrize("verdict, stance", [(v, "oppose") for v in AGAINST] + [(v, "support") for v in FOR])
@pytest.mark.parametrize("course, summary", COURSES)
def test_a_verdict_after_the_course_gives_the_authors_side(course: str, summary: str, verdict: str, stance: str) -> None:
    assert _author(course + " " + verdict) == [(summary, stance)]


@pytest.mark.parametrize("verdict, stance", [("That would be a mistake.", "oppose"), ("That makes sense.", "support"),
                                             ("Such a move would be reckless.", "oppose"),
                                             ("The idea deserves support.", "support")])
def test_a_verdict_opening_the_next_paragraph(verdict: str, stance: str) -> None:
    course, summary = COURSES[1]
    assert _author(course + "\n\n" + verdict) == [(summary, stance)]


@pytest.mark.parametrize("after", [
    "That is the right approach, Smith said.",  # someone else's verdict
    "“That is a terrible idea,” the minister said.",
    "Its supporters say it is the right approach.",
    "It was a bad year for the city.",  # judges a thing, not the course
    "It is a good time to buy a house.",
    "This is a sensitive issue for many voters.",
    "It would take effect in 2025.",  # facts about the course
    "That would cost $2 billion.",
    "The idea is not new.",
    "The proposal is backed by the unions.",
    "That is no secret.",
    "It is not clear whether the plan would pass.",
])
@pytest.mark.parametrize("course, summary", COURSES[:2])
def test_no_verdict_no_side(course: str, summary: str, after: str) -> None:
    assert _author(course + " " + after) == [(summary, None)]
