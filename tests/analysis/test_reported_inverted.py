"""Reported speech around its source: parenthetical cues ("The plan, Mr. Furman argued, would ..."),
"according to" at any place, "as X reported", inverted tails ("..., said John Doe, an economist")."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


def test_parenthetical_keeps_both_fragments() -> None:
    """PolNeAR marks 'The plan ... would cost far more' as one content in two fragments: a short
    first fragment is kept when both have two words or more, a discourse marker is not."""
    got = trace("The plan, Mr. Furman argued, would cost far more than its authors admit.")
    assert [(r, t) for r, t, _ in got] == [("parenthetical", "The plan"),
                                           ("parenthetical", "would cost far more than its authors admit")]
    got = trace("But, Mr. Furman argued, the plan would cost far more than its authors admit.")
    assert [t for _, t, _ in got] == ["the plan would cost far more than its authors admit"]


def test_parenthetical_before_and_a_clause() -> None:
    """'A, they said, and B': a clause after "and" (a pronoun subject) is the content's second part."""
    got = trace("Take action before the election, they said, and you risk being seen as trying to sway the result.")
    assert [(r, t) for r, t, _ in got] == [("parenthetical", "Take action before the election"),
                                           ("parenthetical", "you risk being seen as trying to sway the result")]


@pytest.mark.parametrize(("text", "source", "before", "after"), [
    ("If the law conflicts with God's orders, Rubio told reporters, Christians must ignore the law.", "Rubio",
     "If the law conflicts with God's orders", "Christians must ignore the law"),
    ("The argument would be aided, Devine told The Washington Post on Tuesday, by the upcoming primary calendar.",
     "Devine", "The argument would be aided", "by the upcoming primary calendar"),
    ("Her campaign, she told CNN, will go on until the convention.", "she", "Her campaign",
     "will go on until the convention"),
])
def test_parenthetical_told_with_its_recipient(text: str, source: str, before: str, after: str) -> None:
    """'CONTENT, X told reporters, CONTENT' as 'CONTENT, X said, CONTENT' (probe "told" of scripts/probe_split.py):
    the one told sits between the verb and the comma."""
    assert trace(text) == [("parenthetical", before, source), ("parenthetical", after, source)]


def test_parenthetical_after_a_setting_takes_only_the_quote() -> None:
    """'At a rally ..., Beck said, “Q”': the long setting before the speaker is not content."""
    got = trace("At a rally for Ted Cruz at the Indiana State Fair Grounds yesterday, Beck said, “Ted and I were "
                "just driving in, and he is laughing on his phone.”")
    assert got == []


def test_inverted_verb_with_a_long_appositive_takes_the_name_after_it() -> None:
    """'CONTENT, said David Autor, a professor ..., who noted ...': no subject before the verb, so the
    name after it is the source (and the relative clause's verb is not taken instead)."""
    got = trace("Nor are tariffs likely to bring these jobs back, said David Autor, a professor of economics "
                "at M.I.T., who noted that it was hard.")
    assert got[0] == ("inverted-tail", "Nor are tariffs likely to bring these jobs back", "David Autor")


def test_according_to_then_a_description_of_the_source() -> None:
    """'CONTENT, according to Crowdpac, a start-up that tracks donations.': the words after the
    source describe it; 'X, according to the agency, will reach ...' continues the content."""
    got = trace("Donors gave a grand total of $5,395 to his campaign, according to Crowdpac, a start-up that tracks donations.")
    assert got == [("according-mid", "Donors gave a grand total of $5,395 to his campaign", "Crowdpac")]
    got = trace("Since last November, according to Human Rights Watch, security forces have killed more than 400 protesters.")
    assert [t for _, t, _ in got] == ["security forces have killed more than 400 protesters"]


def test_as_the_source_reported() -> None:
    got = trace("As Breitbart News reported, the White House was refusing to call the attack terrorism.")
    assert got == [("as-reported", "the White House was refusing to call the attack terrorism", "Breitbart News")]


@pytest.mark.parametrize(("sentence", "content", "mention"), [
    # the content ends in a mixed quote whose comma sits inside the closing mark
    ('Trump\'s misinformation may be "strategic," said Jeffery Hemsley, an assistant professor at Syracuse.',
     'Trump\'s misinformation may be "strategic,"', "Jeffery Hemsley"),
    ("The tax cut plans are ''profoundly irresponsible,'' said Steve Bell, a former budget aide.",
     "The tax cut plans are ''profoundly irresponsible,''", "Steve Bell"),
    # the source after the verb is not all capitalised: the content before the verb all the same
    ('This is a "raw time," said Democratic strategist David Axelrod, a longtime ally of the mayor.',
     'This is a "raw time,"', "Democratic strategist David Axelrod"),  # was "Democratic strategist" (session 7)
])
def test_inverted_tail_after_a_mixed_quote(sentence: str, content: str, mention: str) -> None:
    got = trace(sentence)
    assert got[0] == ("inverted-tail", content, mention)


def test_relative_clause_after_an_inverted_source_is_a_cue_of_its_own() -> None:
    """'“Q,” said Capt. Pardo, who said he would ...': the quotation is direct; the relative clause's verb
    still opens reported speech of the same person."""
    got = trace("“The candidates left just don’t understand the military,” said Army Capt. Christian Pardo, "
                "who said he would not vote for either Clinton or Trump.")
    assert got == [("complement", "he would not vote for either Clinton or Trump", "who")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # PolNeAR marks everything but the "according to" phrase: both fragments
    ("The storm, according to the agency, will reach the coast on Friday.",
     [("The storm", "the agency"), ("will reach the coast on Friday", "the agency")]),
    ("G4S receives, according to one report, $234 million in security contracts from DHS.",
     [("G4S receives", "one report"), ("$234 million in security contracts from DHS", "one report")]),
    # the source's appositive is the source's, not content
    ("At the heart of the trouble, according to Dennis B. Ross, another former envoy, was a decision by Mr. Obama.",
     [("was a decision by Mr. Obama", "Dennis B. Ross, another former envoy")]),
    # what follows describes the source: only the first fragment
    ("Donors gave $2 million to the campaign, according to Crowdpac, a start-up that tracks donations.",
     [("Donors gave $2 million to the campaign", "Crowdpac")]),
    ("Walker will speak at the convention, according to a report from WKOW, the ABC affiliate in Madison.",
     [("Walker will speak at the convention", "a report from WKOW")]),
])
def test_according_mid_fragments(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, m) for r, t, m in trace(sentence) if r == "according-mid"] == expected


def test_according_to_after_a_conjunction_opens_the_sentence() -> None:
    got = trace("But according to reports in the news media, he could not convince his family.")
    assert ("according-start", "he could not convince his family", "reports in the news media") in got


def test_reports_end_leaves_an_inner_speaker_to_the_cue_rules() -> None:
    got = trace("The Trump campaign said the candidate will attend events in Kansas on Saturday, CNN reported.")
    assert [(rule, mention) for rule, _, mention in got] == [("complement", "The Trump campaign")]


@pytest.mark.parametrize(("sentence", "content", "mention"), [
    ("The state reported a 2.8 percent unemployment rate in June.", "a 2.8 percent unemployment rate in June",
     "The state"),
    ("In his disclosures, Trump reports investments in Ford Motor Credit worth $1 million.",
     "investments in Ford Motor Credit worth $1 million", "Trump"),
    ("The club made money for him: he reported earning $132 million from it.", "earning $132 million from it", "he"),
])
def test_reported_figures(sentence: str, content: str, mention: str) -> None:
    assert ("announcements", content, mention) in trace(sentence), trace(sentence)


def test_a_request_to_do_something_is_left_alone() -> None:
    assert all(rule != "requests" for rule, _, _ in trace("Judicial Watch asked to depose Clinton in July."))
