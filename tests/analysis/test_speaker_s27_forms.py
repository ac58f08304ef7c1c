"""English speakers, session 27 (speakers, issue 15): speaker forms from a written probe and last session's review,
in sentences of my own."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """(kind, speaker, mention) of each direct or indirect quote, in order."""
    return [(q.kind, q.speaker, q.mention.text if q.mention else None) for q in analyse(text).quotes
            if q.kind in ("direct", "indirect")]


@pytest.mark.parametrize("text, name", [
    ("“The numbers don't add up,” said the committee's chairman, Rep. Alan Groves of Ohio.", "Alan Groves"),
    ("“We will win in the fall,” said the party's candidate, Sen. Ann Ruiz of New Mexico, on Monday.", "Ann Ruiz"),
    ("“It is a start,” said the group's director, Nina Patel of the Sierra Club.", "Nina Patel"),
])
def test_a_name_after_an_inverted_description_with_its_home(text: str, name: str) -> None:
    # ("of Ohio" after the name no longer stops the name in apposition: the mention was "the chairman, Rep")
    assert _speakers(text)[0][1] == name


@pytest.mark.parametrize("text, mention", [
    ("“Never again,” came the angry response from union leaders.", "union leaders"),
    ("“We will never accept this,” came the angry response from union leaders.", "union leaders"),
    ("“Call the vote,” came shouts from the gallery, as the chairman tried to speak.", "the gallery"),
    ("“Four more years!” came the chant from supporters in the hall.", "supporters"),
    ("“No,” came a terse answer from local residents.", "local residents"),
    ("The plan was read aloud. “Not a chance.” So came the swift reply from Ms. Holt.", "Ms. Holt"),
])
def test_a_reply_tag_with_an_adjective_a_bare_plural_or_shouts(text: str, mention: str) -> None:
    # (a short quotation before such a tag was a scare quote: the reply's noun was no cue after it)
    assert _speakers(text) == [("direct", _speakers(text)[0][1], mention)]


@pytest.mark.parametrize("text, content", [
    ("Lee said the levy was unfair and has promised to fight it in court.", "the levy was unfair"),
    ("The mayor says the plan is flawed and has vowed to block the plan.", "the plan is flawed"),
    ("Ortiz said the union was angry and has since pledged to strike.", "the union was angry"),
    ("The senator said the count was rigged and has already threatened to sue the state.", "the count was rigged"),
])
def test_a_present_perfect_vow_ends_the_content(text: str, content: str) -> None:
    # (the content ran on to the end: 'the levy was unfair and has promised to fight it in court')
    assert [q.text.rstrip(".") for q in analyse(text).quotes if q.kind == "indirect"][0] == content


def test_a_present_perfect_vow_after_a_plain_verb_takes_the_clauses_subject() -> None:
    assert _speakers("Lee opened the hall and has promised to keep it open.") == [("indirect", None, "Lee")]


def test_the_content_keeps_its_own_present_perfect_vow() -> None:
    # ("have": the content's plural subject may take it; "has" right after "said" is the content's own verb)
    for text in ("Ortiz said workers were angry and have vowed to strike.", "Ortiz said the union has promised to end it."):
        assert [q.text.rstrip(".") for q in analyse(text).quotes if q.kind == "indirect"][0] == text.split(" said ")[1][:-1]


@pytest.mark.parametrize("text, mention", [
    ("“We need a real break” from the heat, said the union's head.", "the union's head"),
    ("“We need more rest breaks” for workers on the line, remarked the union's head.", "the union's head"),
    ("“The deal is dead and buried” for now, said the mayor's spokeswoman.", "the mayor's spokeswoman"),
    ("“The deal is dead” for now, said Ann Lee.", "Ann Lee"),
    ("“It will be a long night” for the party, added one senior official.", "one senior official"),
])
def test_an_inverted_description_after_the_quotations_trailing_words(text: str, mention: str) -> None:
    # (only a capitalised name was taken there: the quote had no speaker, or the trailing words' noun)
    assert _speakers(text)[0][0] == "direct" and _speakers(text)[0][2] == mention


def test_a_verb_after_the_inverted_noun_makes_it_no_speaker() -> None:
    assert _speakers("“We will keep the plant open” at least until May, said the company would say.")[:1] != [
        ("direct", None, "the company")]


@pytest.mark.parametrize("text, mention", [
    ("According to Yonhap, quoting KCNA, the country's military will hold drills next week.", "Yonhap"),
    ("Reuters, citing two officials, reported that the talks had stalled.", "Reuters"),
    ("The talks have stalled, the Journal reported, citing people familiar with the matter.", "the Journal"),
    ("Yonhap, quoting a government official, said the drills would last five days.", "Yonhap"),
])
def test_a_layered_source_is_the_outer_one(text: str, mention: str) -> None:
    # (PolNeAR's convention, read on its tuned gold: "The Journal, citing internal documents, reported", "the Post
    # reported, citing another anonymous source", "X wrote, citing participants": the outlet is the source, 3 of 3;
    # the one cited or quoted is the content of "citing"/"quoting"; '“Q,” X said, according to CNN': CNN, 3 of 4)
    assert _speakers(text)[0][2] == mention


@pytest.mark.parametrize("text, mention", [
    ("Smiling, Mayor Ann Lee drew cheers as she thanked the volunteers and then boomed, “We did it together.”", "she"),
    ("Col. Tom Reyes started the row when he brought up the Dover bombing and later said, “It was no accident.”", "he"),
    ("The teachers gained clout as they pushed against the tests and argued that the scores meant little.", "they"),
    ("Lee went to Ohio, where he met local reporters and said the plant would stay open.", "he"),
])
def test_a_verb_coordinated_inside_a_subordinate_clause_takes_its_pronoun(text: str, mention: str) -> None:
    # (PolNeAR's gold gives the subordinate clause's pronoun, 5 of 6 tuned uses; before: the main clause's subject,
    # or a run of words such as "met local" / "pushed against the")
    assert _speakers(text)[0][2] == mention


@pytest.mark.parametrize("text, mention", [
    ("The mayor thanked his supporters and said the fight would go on.", "The mayor"),
    ("The mayor met local reporters and said the talks were going well.", "The mayor"),
    ("The senator drew a crowd and told them the plan was dead.", "The senator"),
    ("Obama smiles and says the plan will work.", "Obama"),
    ("Ms. Sherry smiled and said the plan would work.", "Ms. Sherry"),
])
def test_the_subject_of_a_first_verb_with_a_plural_object_or_an_irregular_past(text: str, mention: str) -> None:
    # (a plural object in "-s" before "and said" was read as a coordinated verb: "The mayor thanked his"; an irregular
    # past was no verb: "The mayor met")
    assert _speakers(text)[0][2] == mention


def test_a_quotation_that_ends_its_sentence_takes_no_inverted_description_from_the_next() -> None:
    text = ("Ann Cole, who tabled the motion, said residents had been “let down at every turn.” The group's leader, "
            "Cllr Tom Hale, said his members abstained.")
    assert [m for k, _, m in _speakers(text) if k == "direct"] != ["his members abstained"]


@pytest.mark.parametrize("text, mention", [
    ("Serbia's football federation on Wednesday fined the club 50,000 euros and ordered it to play two matches "
     "without fans.", "Serbia's football federation"),
    ("Limbaugh began by crediting Trump for his instincts and urging him to keep going.", "Limbaugh"),
])
def test_the_subject_before_a_plural_object_and_a_coordinated_verb(text: str, mention: str) -> None:
    # (the words before the clause's first verb: not "... fined the club 50,000", nor no source at all)
    assert _speakers(text)[0][2] == mention


def test_a_passives_agent_after_spoken_words_is_no_byline_credit() -> None:
    # ('”, by Times’ Ben Sisario' credits a headline; '“Q” by the United States, ..., Clinton said' are her words)
    text = ("“If there had not been that intervention” by the United States and its allies, Clinton said on Monday, "
            "“we would be looking at something much worse.”")
    assert [q.kind for q in analyse(text).quotes][:1] == ["direct"]
    assert [q.kind for q in analyse("“Storm closes the old pier for good,” by Times’ Ann Lee: “The pier ...”").quotes][:1] \
        == ["title"]


@pytest.mark.parametrize("text, mention", [
    ("“We will not pay,” said a former U.S. law enforcement official who oversaw the case.",
     "a former U.S. law enforcement official"),
    ("“We will not pay,” said a senior U.S. official.", "a senior U.S. official"),
    ("“The vote is binding,” said a U.N. spokesman, Tom Hale.", "a U.N. spokesman, Tom Hale"),
    ("“We will not pay,” said the U.S.", "the U.S."),
])
def test_an_inverted_noun_phrase_with_an_initialism(text: str, mention: str) -> None:
    # (the mention stopped at the initialism's first full stop: "a senior U")
    assert _speakers(text)[0][2] == mention
