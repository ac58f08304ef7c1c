"""A doer whose name ends like a common noun ('France' in '-ance', 'Lawrence' in '-ence') is still a
name when it opens a reported clause: "Macron said France should raise the retirement age" is Macron's option as
"... Germany should ..." is. The '-ance'/'-ence' test that lowers 'Finance', 'Independence' or 'Assistance' at a
sentence's start (so they read as common nouns) leaves a country, a capital and a given name alone. A team's win
stays no option, whatever the country."""
import pytest

from briefing_app.analysis.options.phrases import decapitalised
from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, holder, summary", [
    ("Macron said France should impose sanctions on Iran.", "Macron", "Impose sanctions on Iran"),
    ("Le Pen said France should raise taxes on banks.", "Le Pen", "Raise taxes on banks"),
    ("Scholz said France should raise the retirement age to 64.", "Scholz", "Raise the retirement age to 64"),
    ("Macron said that France should raise the retirement age to 64.", "Macron", "Raise the retirement age to 64"),
    ("France should raise the retirement age to 64, Macron said.", "Macron", "Raise the retirement age to 64"),
    ("Macron said Germany should raise the retirement age to 64.", "Macron", "Raise the retirement age to 64"),
    ("The senator said Lawrence should resign.", "the senator", "Resign"),
])
def test_a_named_doer_ending_like_a_common_noun_keeps_the_speakers_option(text, holder, summary):
    option = one_option(text)
    assert option.summary == summary
    assert [(p.actor, p.stance) for p in option.positions] == [(holder, "support")]


@pytest.mark.parametrize("word, lowered", [
    ("France", "France"), ("Lawrence", "Lawrence"),
    ("Finance", "finance"), ("Independence", "independence"), ("Assistance", "assistance"), ("Governments", "governments"),
])
def test_only_common_nouns_are_lowered_by_their_ending(word, lowered):
    assert decapitalised(word + " should act", "x") == lowered + " should act"


@pytest.mark.parametrize("country", ["France", "Germany", "Spain"])
def test_a_teams_win_is_still_no_option(country):
    assert options(f"{country} should win the World Cup, the coach said.") == []


@pytest.mark.parametrize("text, holder, summary", [
    # names in neither list (no country, capital or given name) ending like a common noun: the text capitalises them
    # inside a sentence, which only a name takes
    ("Macron said Florence should ban cars.", "Macron", "Ban cars"),
    ("The council said that Inverness should build a new hospital.", "the council", "Build a new hospital"),
    ("Renzi, who governs Florence, said Florence should ban cars.", "Renzi", "Ban cars"),
    ("The mayor of Inverness spoke on Monday. Inverness should build a new hospital, the minister said.", "the minister",
     "Build a new hospital"),
    ("The minister visited Provence on Monday. Provence should ban cars, the minister said.", "the minister", "Ban cars"),
])
def test_a_name_the_text_capitalises_inside_a_sentence_keeps_its_capital(text, holder, summary):
    option = one_option(text)
    assert option.summary == summary
    assert [(p.actor, p.stance) for p in option.positions] == [(holder, "support")]


@pytest.mark.parametrize("word, text, lowered", [
    ("Florence", "Renzi governs Florence.", "Florence"),
    ("Clarence", "He met Clarence, a friend.", "Clarence"),
    ("Provence", "They toured Provence.", "Provence"),
    # near misses: capitalised only where a sentence opens (or not at all elsewhere): a common noun
    ("Provence", "x", "provence"),
    ("Governance", "Governance matters. The minister spoke.", "governance"),
    ("Independence", "It was over. Independence came late.", "independence"),
])
def test_a_capital_inside_a_sentence_elsewhere_marks_a_name(word, text, lowered):
    assert decapitalised(word + " should act", text) == lowered + " should act"
