"""A quotation that is a sentence of its own after a sentence with no cue takes that sentence's subject when it is a
person (sentence_before.py); a thing, a group, a passive's subject or one who asks a question gives no speaker."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _speaker(text: str, quote_start: str) -> tuple[str | None, str | None]:
    q = next(q for q in analyse(text).quotes if q.kind == "direct" and q.text.lstrip("“\"").startswith(quote_start))
    return (q.mention.text if q.mention else None), q.speaker


@pytest.mark.parametrize(("text", "mention", "speaker"), [
    ("Sen. Bernie Sanders spoke to supporters in Columbus on Monday. “We are going to win this state, and win it big.”",
     "Sen. Bernie Sanders", "Bernie Sanders"),
    ("Gov. Laura Kelly signed the water bill at a ceremony in Topeka. “This is the most important thing we will do.”",
     "Gov. Laura Kelly", "Laura Kelly"),
    ("Asked about the border wall, Mayor Jim Cortez shrugged. “It is not my wall, and it is not my money.”",
     "Mayor Jim Cortez", "Jim Cortez"),
    ("Rep. Pramila Jayapal sat in the front row. “We are not going to trade away the child tax credit.”",
     "Rep. Pramila Jayapal", "Pramila Jayapal"),
    ("Mary Olsen, a retired teacher, held up a photograph of the old mill. “This is what they tore down last time.”",
     "Mary Olsen", "Mary Olsen"),
])
def test_a_named_person_before_a_cueless_quotation_is_its_speaker(text: str, mention: str, speaker: str) -> None:
    assert _speaker(text, text.split("“")[1][:12]) == (mention, speaker)


@pytest.mark.parametrize(("text", "mention"), [
    ("The official, who asked not to be named, was blunt. “There is no money left for a second ad buy.”", "The official"),
    ("A senior aide, speaking on condition of anonymity, was more candid. “Nobody here thinks this passes.”",
     "A senior aide"),
    ("The event was run by a union. Its president, Dan Ortiz, introduced her. “Nobody has fought harder for us.”",
     "Dan Ortiz"),
    ("The developer's lawyer sat through three hours of public comment. “My client has met every condition.”",
     "The developer's lawyer"),
])
def test_a_description_of_a_person_is_the_speaker(text: str, mention: str) -> None:
    assert _speaker(text, text.split("“")[1][:12])[0] == mention


def test_a_pronoun_subject_is_resolved() -> None:
    text = ("Mayor Jim Cortez has been in office since 2014. He grew up three blocks from the river. "
            "“I have seen what the river does, and no wall is going to stop it.”")
    assert _speaker(text, "I have seen") == ("He", "Jim Cortez")


def test_a_body_speaks_only_when_the_sentence_tells_of_its_statement() -> None:
    said = ("The Republican National Committee was quick to respond with a statement. "
            "“The president is out of touch with the families he claims to speak for.”")
    assert _speaker(said, "The president is")[0] == "The Republican National Committee"
    silent = "The Senate Budget Committee met for three hours on Monday. “The numbers do not add up for anyone.”"
    assert _speaker(silent, "The numbers")[0] is None


@pytest.mark.parametrize("text", [
    "Protesters held signs outside the arena. “No more wars for oil, not now and not ever.”",  # a group, a sign
    "The memo, dated June 3, was circulated to House Democrats. “The administration will not accept cuts.”",  # a thing
    "The crowd of several thousand cheered for minutes. “This is the best night of the campaign so far.”",
    "Sen. Ted Cruz was mocked by his rivals on Monday. “He is the most disliked man in the Senate.”",  # a passive
    "Reporters asked Joe Biden about the wall on Friday. “It is not going to be built while I am here.”",  # an asker
    "Her patience was wearing thin by Tuesday. “I have said what I can say about the debt ceiling.”",
])
def test_no_person_subject_gives_no_speaker(text: str) -> None:
    assert _speaker(text, text.split("“")[1][:12])[0] is None


def test_a_quotation_with_its_own_tag_keeps_it() -> None:
    text = "Sen. Bernie Sanders spoke in Ohio on Monday. “We are going to win,” said Jane Doe, a local organizer."
    assert _speaker(text, "We are going")[0] == "Jane Doe"


def test_a_quotation_inside_a_sentence_is_not_read_this_way() -> None:
    text = "Sen. Bernie Sanders spoke in Ohio on Monday. A banner behind him, “Feel the Bern tonight and always,” hung."
    quotes = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert all(q.mention is None or "Sanders" not in q.mention.text for q in quotes)


@pytest.mark.parametrize(("lead", "speaker"), [
    ("Sen. Elizabeth Warren takes the stage to cheers.", "Elizabeth Warren"),
    ("Sen. Bernie Sanders turns to trade.", "Bernie Sanders"),
    ("Mayor Jim Cortez shrugs.", "Jim Cortez"),
    ("Rep. Alexandria Ocasio-Cortez leans into the microphone.", "Alexandria Ocasio-Cortez"),
    ("Sen. Ted Cruz laughs, then leans forward.", "Ted Cruz"),
])
def test_a_narrative_in_the_present_gives_its_subject(lead: str, speaker: str) -> None:
    text = f"{lead} “We are going to win this state, and we are going to win it big in November.”"
    assert _speaker(text, "We are going")[1] == speaker


@pytest.mark.parametrize("lead", [
    "Hillary Clinton supporters gathered outside.",  # a name's plural noun before a verb: a group
    "Hillary Clinton aides say little.",
    "Reporters ask Joe Biden about the wall.",  # one who asks
    "The crowd cheers.",
    "Joe Biden voters remain loyal.",  # a name's plural noun before a verb not in the present's own forms
    "Hillary Clinton headquarters sits empty.",
    "Donald Trump news dominates the cable channels.",
])
def test_a_plural_noun_or_an_asker_in_the_present_gives_no_speaker(lead: str) -> None:
    text = f"{lead} “We are going to win this state, and we are going to win it big in November.”"
    assert _speaker(text, "We are going")[0] is None


@pytest.mark.parametrize(("text", "mention"), [
    ("Hillary Clinton’s campaign slogan is “I’m with her, and she is with you all the way.”", "Hillary Clinton"),
    ("Jeb Bush’s campaign motto was “Jeb can fix it, and he will fix it for all of you.”", "Jeb Bush"),
    ("Sen. Ted Cruz’s refrain has been “Repeal every word of Obamacare, and do it on day one.”", "Sen. Ted Cruz"),
])
def test_the_owner_of_a_slogan_or_answer_is_its_speaker(text: str, mention: str) -> None:
    assert _speaker(text, text.split("“")[1][:12])[0] == mention


def test_a_slogan_of_no_name_has_no_speaker() -> None:
    text = "The company’s new slogan is “Fly the friendly skies, every day of the week.”"
    assert _speaker(text, "Fly the")[0] is None
