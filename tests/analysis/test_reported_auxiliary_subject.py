"""The source of reported speech is never an auxiliary or a negation (seventeenth session, optfix; issue 14): "I am not
saying the council should close the library" gave the mention "am" and with it an options holder "Am", "I didn't say we
should ..." gave "Didn't", "Lopez didn't say ..." the mention "Lopez didn't". The words between a subject and its verb
of saying (mentions.subject_before, cues.AUX_RE) now take in "am", "do", "does", "did" and every contracted negation."""
import pytest

from briefing_app.analysis import analyse


def _mentions(text: str) -> list[str | None]:
    return [q.mention.text if q.mention else None for q in analyse(text).quotes]


@pytest.mark.parametrize(("text", "mention"), [
    ("I am not saying the council should close the library.", "I"),
    ("To be clear, I am not saying that Britain should leave NATO.", "I"),
    ("I didn't say we should raise taxes on fuel.", "I"),
    ("Lopez didn't say the council should close the library.", "Lopez"),
    ("They aren't saying the council should close the library.", "They"),
    ("Critics haven't argued that the council should close the library.", "Critics"),
    ("Lopez does say the council should close the library.", "Lopez"),
    ("We do not suggest that the council should close the library.", "We"),
    ("The unions do not argue that the council should close the library.", "The unions"),
    # near misses: a subject with no auxiliary keeps its words
    ("Lopez said the council should close the library.", "Lopez"),
    ("The mayor has said the council should close the library.", "The mayor"),
])
def test_the_source_is_the_subject_before_the_auxiliary(text: str, mention: str) -> None:
    assert _mentions(text) == [mention]


@pytest.mark.parametrize("text", [
    "I am not saying the council should close the library.",
    "I didn't say we should raise taxes on fuel.",
    "They aren't saying the council should close it.",
    "Lopez didn't say the council should close the library.",
])
def test_no_holder_is_an_auxiliary(text: str) -> None:
    holders = [p.actor for o in analyse(text).options for p in o.positions]
    assert not any(h.lower() in ("am", "didn't", "aren't", "is", "do", "does", "did") or h.endswith("n't") for h in holders)


@pytest.mark.parametrize(("text", "summary"), [
    ("I'm calling for a ban on diesel cars.", "Impose a ban on diesel cars"),
    ("I am calling for a ban on diesel cars.", "Impose a ban on diesel cars"),
    ("I am urging the council to ban diesel cars.", "Ban diesel cars"),
])
def test_the_first_person_behind_an_auxiliary_is_the_author(text: str, summary: str) -> None:
    """The options holder read before a call verb (attribute.Holders): "I'm" was a holder "I'm", "I am" none at all
    (the option was dropped); both are the author, as "I call for" is."""
    assert [(o.summary, o.stance, o.positions) for o in analyse(text).options] == [(summary, "support", [])]
