"""A one-word plural of an agent noun that opens its sentence and holds a position is a description, written in lower
case as other described holders are (issue 14, nineteenth session, optrules; the eighteenth session's fixed list of
campaign plurals, GROUP_PLURALS, left "Farmers said" with its capital): "Farmers said ..." -> "farmers", "Economists
urged", "Teachers called for", "Doctors want". Near misses keep their capitals: a party's plural ("Greens",
"Democrats"), an actor's name, a surname the text writes inside a sentence elsewhere ("Senator Bernie Sanders")."""
import pytest

from tests.analysis.option_helpers import options


def _holders(text: str) -> list[str]:
    return [p.actor for o in options(text) for p in o.positions]


@pytest.mark.parametrize(("text", "holder"), [
    ("Farmers said the government should cut fuel duty.", "farmers"),
    ("Economists urged the government to cut fuel duty.", "economists"),
    ("Teachers called for a ban on mobile phones in schools.", "teachers"),
    ("Doctors want a ban on junk-food advertising.", "doctors"),
])
def test_an_opening_agent_plural_is_lowered(text: str, holder: str) -> None:
    assert set(_holders(text)) == {holder}


@pytest.mark.parametrize(("text", "holder"), [
    ("Democrats said the government should cut fuel duty.", "Democratic Party"),  # (the party acting: party_acts)
    ("Greens said the council should ban diesel cars.", "Greens"),
    ("Ohio voters backed Senator Bernie Sanders in March.\n\nSanders said the government should cut fuel duty.",
     "Bernie Sanders"),
    ("Sheriff Tom Rogers met voters. Rogers said the council should ban diesel cars.", "Tom Rogers"),
])
def test_a_party_or_a_name_keeps_its_capital(text: str, holder: str) -> None:
    assert set(_holders(text)) == {holder}


@pytest.mark.parametrize(("text", "holder"), [
    # (review of 6bf9f87b) an "-ians" that names a people or a faith is no agent noun: its capital stays
    ("Palestinians want a ban on settlement building.", "Palestinians"),
    ("Christians urged lawmakers to ban abortion.", "Christians"),
    ("Parisians want a ban on diesel cars.", "Parisians"),
    # the common "-ians" are lowered as other agent plurals are
    ("Physicians want a ban on junk-food advertising.", "physicians"),
    ("Librarians called for a ban on book bans.", "librarians"),
])
def test_a_peoples_name_keeps_its_capital_a_common_ians_is_lowered(text: str, holder: str) -> None:
    assert set(_holders(text)) == {holder}
