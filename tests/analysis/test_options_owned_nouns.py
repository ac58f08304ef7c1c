"""A person's course named by a noun of position (eighteenth session, optrecall; possessed.py): the nouns "policy" and
"recommendation" join "plan", "proposal", "call" ... ("Trump reminded Americans of his policy to cut off X", "his
recommendations to boost staff", "her policy of taxing sugary drinks"); the owner "his"/"her" is the subject of the
verb right before it when the sentence names two people ("Noting that Obama's policy ..., Trump reminded Americans of
his policy"; "Obama met Trump, who defended his plan") or the one named just before in the possessive ("Trump's proposals on
immigration, in particular his proposal for a ban"); and a subject's course ends before "stalled", "failed",
"sparked" ... ("Hale's plan to cut bus fares failed in the assembly"). Before, the builder gave up at the noun (not in
its table) or at the holder (two people named). A person's own habit or goal ("her policy of answering every letter",
"his effort to win the nomination": "effort" measured and left out), a plan nobody owns, and an owner the sentence
leaves open give none."""
import pytest

from tests.analysis.option_helpers import options

PEOPLE = [("Senator Jane Hale", "her", "Jane Hale"), ("Governor Tom Reed", "his", "Tom Reed"),
          ("Donald Trump", "his", "Donald Trump")]


def _positions(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options("Headline\n\n" + text + "\n")]


@pytest.mark.parametrize("frame, summary", [
    ("{N} reminded voters of {p} policy to cut off the militants' oil money.", "Cut off the militants' oil money"),
    ("{N} defended {p} policy of taxing sugary drinks.", "Tax sugary drinks"),
    ("{N} repeated {p} recommendation to raise the pension age.", "Raise the pension age"),
    ("{N} stood by {p} recommendations to boost staff at the agency.", "Boost staff at the agency"),
    ("{N}'s policy to cut off the militants' oil money drew criticism.", "Cut off the militants' oil money"),
    ("{N}'s recommendation to raise the pension age stalled in the Senate.", "Raise the pension age"),
    ("{N}'s plan to cut bus fares failed in the assembly.", "Cut bus fares"),
])
@pytest.mark.parametrize("person, pronoun, name", PEOPLE)
def test_a_persons_noun_of_position(frame: str, summary: str, person: str, pronoun: str, name: str) -> None:
    assert _positions(frame.format(N=person, p=pronoun)) == [(summary, None, [(name, "support")])]


@pytest.mark.parametrize("text, name", [
    ("Noting that Barack Obama's policy has been to let the militants grow rich, Donald Trump reminded Americans of his "
     "policy to cut off their oil money.", "Donald Trump"),
    ("Barack Obama met Donald Trump, who defended his plan to build a wall.", "Donald Trump"),
    ("Maria Lopez met Senator Jane Hale, who repeated her call for a ban on plastic bags.", "Jane Hale"),
])
def test_the_owner_is_the_subject_of_the_verb_before(text: str, name: str) -> None:
    assert [holders for _, _, holders in _positions(text)] == [[(name, "support")]]


@pytest.mark.parametrize("text, name", [
    ("Paul Ryan voiced displeasure with some of Donald Trump's proposals on immigration, in particular his proposal for "
     "a temporary ban on Muslims entering the country.", "Donald Trump"),
    ("Barack Obama attacked Donald Trump's record and his plan to build a wall.", "Donald Trump"),
    ("Senator Jane Hale questioned Maria Lopez's budget, especially her plan to cut bus fares.", "Maria Lopez"),
])
def test_the_owner_named_just_before_in_the_possessive(text: str, name: str) -> None:
    assert [holders for _, _, holders in _positions(text)] == [[(name, "support")]]


def test_a_possessive_with_a_verb_after_it_leaves_the_owner_open() -> None:
    assert _positions("Barack Obama said Donald Trump's rival had defended his plan to build a wall.") == []


@pytest.mark.parametrize("frame", [
    "{N} defended {p} policy of answering every letter.",  # a habit of one's own
    "{N} stepped up {p} effort to win the nomination.",  # one's own goal ("effort" is no noun of position)
    "{N} stepped up {p} effort to repeal the banking law.",
    "{N} made an effort to visit every county.",
])
@pytest.mark.parametrize("person, pronoun, name", PEOPLE)
def test_no_course_of_a_noun(frame: str, person: str, pronoun: str, name: str) -> None:
    assert _positions(frame.format(N=person, p=pronoun)) == []


@pytest.mark.parametrize("person, pronoun, name", PEOPLE)
def test_a_plan_of_nobodys_praised_is_the_praisers(person: str, pronoun: str, name: str) -> None:
    # nobody's plan, but the praise is a position (nineteenth session, issue 14 item 2: "X criticised the plan to Y"
    # is X's opposition to Y; this frame used to expect no option at all)
    assert _positions(f"{person} praised the plan to rebuild the bridge.") == [
        ("Rebuild the bridge", None, [(name, "support")])]


def test_an_owner_left_open_holds_nothing() -> None:
    assert _positions("Barack Obama criticised Donald Trump for his plan to build a wall.") == []
