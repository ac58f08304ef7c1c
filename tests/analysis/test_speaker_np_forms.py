"""Speaker noun phrases of session 8: a description after an inverted cue ("said the 46-year-old", "said one
senior official, who ..."), a cue word that is the first word of a title ("White House press secretary Josh
Earnest"), a run of words cut at a preposition is no speaker (the next sieve is tried), a sentence adverb is no
subject. One sentence each."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.speakers import _cut_run

MENTIONS = [
    ("an age after said", "“Donald is an amazing leader,” said the 46-year-old. “Now, he will go to work for you.”",
     "Donald is", "the 46-year-old"),
    ("an age and a noun after said", "“We will win,” said a 35-year-old teacher from Ohio.", "We will win",
     "a 35-year-old teacher"),
    ("a counted description before who", "“It is over,” said one senior official, who spoke on condition of "
     "anonymity.", "It is over", "one senior official"),
    ("a description stops before a participle", "“It works,” said a source close to the campaign.", "It works",
     "a source"),
    ("press is part of a title", "“It is over,” White House press secretary Josh Earnest told reporters.",
     "It is over", "White House press secretary Josh Earnest"),
    ("a run cut at with is no speaker", "Mr. Trump said that their father “could be unyielding,” and that Freddy "
     "had struggled with his criticism and stinginess with praise.", "could be", "Mr. Trump"),
    # a possessive description and the name after it (session 10); a bare verb form opening a sentence is no
    # inverted "Said X" ("State Sen. Robert King ...")
    ("a possessive description and its name", "“It is a step forward,” said its state director, Nina Patel.",
     "It is a step forward", "its state director, Nina Patel"),
    ("a possessive name's description", "“We will win,” said Trump's campaign manager, Corey Lewandowski.",
     "We will win", "Trump's campaign manager, Corey Lewandowski"),
    ("State opening a title is no cue", "State Sen. Robert King, a Republican who voted against it, called the "
     "bill “a giveaway to the cities.”", "a giveaway", "State Sen. Robert King"),
    ("a sentence adverb is no subject", "Repeatedly, the complex filled with chants for the two, with signs of "
     "“Welcome home, Joe!” shooting into view.", "Welcome home", "the complex"),
]


@pytest.mark.parametrize("name,text,quote,mention", MENTIONS, ids=[c[0] for c in MENTIONS])
def test_speaker_mention(name: str, text: str, quote: str, mention: str) -> None:
    q = next(q for q in analyse(text).quotes if q.kind == "direct" and q.text.startswith(quote))
    assert q.mention is not None and q.mention.text == mention


def test_press_release_is_no_title() -> None:
    q = next(q for q in analyse("“We are done,” she said in a press release.").quotes if q.kind == "direct")
    assert q.mention is not None and q.mention.text == "she"


@pytest.mark.parametrize("mention,cut", [("stinginess with", True), ("Will", False), ("the complex", False),
                                         ("the government’s record whilst", True)])
def test_cut_run(mention: str, cut: bool) -> None:
    assert _cut_run(mention) is cut


SUBJECTS = [
    ("a time after the name", "WASHINGTON (AP) — The Agriculture Department on Friday announced a recall of about "
     "40,000 pounds of ground beef from a Nebraska plant.", "The Agriculture Department"),
    ("a time after a bracket", "Senate Intelligence Ranking Democrat Dianne Feinstein (D-Calif.) last week said Clinton "
     "was not the originator of the email chains.", "Senate Intelligence Ranking Democrat Dianne Feinstein (D-Calif.)"),
    ("later and a day", "Priebus later Thursday said the party was united behind its nominee.", "Priebus"),
    ("a relative clause over several commas", "Beck, who supported Sen. Ted Cruz, R-Texas, and virulently opposed "
     "Trump during the primaries, last week said Trump was seeking to start a media empire.", "Beck"),
]


@pytest.mark.parametrize("name,text,mention", SUBJECTS, ids=[c[0] for c in SUBJECTS])
def test_reported_subject(name: str, text: str, mention: str) -> None:
    quotes = [q for q in analyse(text).quotes if q.kind == "indirect"]
    assert len(quotes) == 1  # (two rules finding the same words give one quote)
    assert quotes[0].mention is not None and quotes[0].mention.text == mention


def test_a_count_added_is_no_speech() -> None:
    text = "The agreement adds four sites to the nine already open to American forces under a 2014 defense pact."
    assert not analyse(text).quotes


@pytest.mark.parametrize("text,mention", [
    ("“The risk is low,” the Centers for Disease Control and Prevention said in a statement.",
     "the Centers for Disease Control and Prevention"),
    ("“We are ready,” said the Centers for Disease Control and Prevention.",
     "the Centers for Disease Control and Prevention"),
    ("“We are ready,” said Maria Lopez of Des Moines.", "Maria Lopez"),
])
def test_a_body_named_with_and(text: str, mention: str) -> None:
    q = next(q for q in analyse(text).quotes if q.kind == "direct")
    assert q.mention is not None and q.mention.text == mention


def test_and_between_two_clauses_still_ends_the_subject() -> None:
    q = next(q for q in analyse("Sanders won Iowa and Clinton said she would fight on.").quotes)
    assert q.mention is not None and q.mention.text == "Clinton"


@pytest.mark.parametrize("text,mention", [
    ("“The race is over,” Smith, speaking to reporters on Tuesday, said.", "Smith"),
    ("Clinton, in a speech Monday, said: “We will win.”", "Clinton"),
    ("Smith, asked about the vote, said, “It is over.”", "Smith"),
    ("Sen. Marco Rubio, R-Fla., appearing on Fox News right after the speech, said: “Obama failed.”",
     "Sen. Marco Rubio, R-Fla., appearing on Fox News right after the speech"),  # not "R-Fla." alone
])
def test_an_aside_after_the_name(text: str, mention: str) -> None:
    q = next(q for q in analyse(text).quotes if q.kind == "direct")
    assert q.mention is not None and q.mention.text == mention


def test_a_clause_after_said_is_no_inverted_subject() -> None:
    text = 'Jones, who called the plan "a disaster," said the council must act.'
    q = next(q for q in analyse(text).quotes if q.kind == "direct")
    assert q.mention is not None and q.mention.text == "Jones"


@pytest.mark.parametrize("text,quote,mention", [
    ('Supporters chanted "Lock her up!" as Smith spoke.', "Lock her up", "Supporters"),
    ('Fundraising was "stagnant for about a month or six weeks" as donors waited to see how the race played out, he '
     'said.', "stagnant", "he"),
    ('He would "walk all over us," as Mrs. Clinton, then the secretary of state, put it in her memoir.', "walk all",
     "Mrs. Clinton, then the secretary of state"),
])
def test_an_as_clause_after_the_quotation(text: str, quote: str, mention: str) -> None:
    q = next(q for q in analyse(text).quotes if q.kind == "direct" and q.text.startswith(quote))
    assert q.mention is not None and q.mention.text == mention
