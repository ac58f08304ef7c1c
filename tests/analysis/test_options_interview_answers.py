"""An interview set out as Q and A: an answer paragraph ("A: ...", and the paragraphs after it up to the next question)
is the interviewee's, not the author's: a course in it that fell to the author is the position of the person the
interview is with (the first person the text names); with no person named, no one's (dropped). Outside such a layout
an "A." paragraph is ordinary text."""
from __future__ import annotations

from tests.analysis.option_helpers import options

INTERVIEW = ("Mayor Ruth Adams on the city's future.\n\nQ: Should the city ban cars from the centre?\n\n"
             "A: Yes. We should ban cars from the centre by 2030, and we should double the bus fleet.\n\n"
             "Q: What about cyclists?\n\nA: I have said it before.\n\n"
             "The council must build protected lanes on every main road.")


def test_an_answer_is_the_interviewees_position() -> None:
    found = {o.summary: (o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(INTERVIEW)}
    assert found == {
        "Ban cars from the centre by 2030": (None, [("Ruth Adams", "support")]),
        "Double the bus fleet": (None, [("Ruth Adams", "support")]),
        "Build protected lanes on every main road": (None, [("Ruth Adams", "support")]),  # a further paragraph of an answer
    }


def test_an_answer_with_no_interviewee_named_is_no_ones() -> None:
    assert options(INTERVIEW.replace("Mayor Ruth Adams on", "Notes on")) == []


def test_without_the_layout_an_a_paragraph_is_text() -> None:
    found = options("The mayor should resign now.\n\nA. The council must build protected lanes on every main road.")
    assert [(o.summary, o.stance) for o in found] == [("Resign", "support"),
                                                     ("Build protected lanes on every main road", "support")]
