"""Speaker sieves added for issue 15, one sentence each: the speaker mention found for a quote."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse

CASES = [
    ("not a prepositional phrase", "As the LinkedIn chief executive, Jeff Weiner, put it in his memo to employees "
     "explaining the deal, ''Imagine a world where we're no longer looking up at tech titans.''", "Jeff Weiner"),
    ("not a verb and its object", "Smiling broadly, Mrs. Clinton drew cheers as she thanked her adopted home state "
     "and then boomed, ''Today, you proved once again, there's no place like home.''", "she"),  # (the subordinate
    # clause's subject, as PolNeAR's gold gives it; session 27: "Mrs. Clinton" before, also not the verb's object)
    ("tag sentence", "“Russia, if you’re listening, I hope you find the emails that are missing.” Trump said.", "Trump"),
    ("tag sentence before", "Sam Lau, the party's spokesman, said in a statement. “There are no paper ballots to recount.”",
     "Sam Lau, the party's spokesman"),
    ("statement", "Immediately after the attacks, Trump issued a statement, “Last night, our nation was attacked.”",
     "Trump"),
    ("coordinated", 'Trump called on her to resign from her post and said, "Her mind is shot, and everybody knows it!"',
     "Trump"),
    ("sentence-initial said", "Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”",
     "Dorothy Poynter"),
    # an inverted tag opening the sentence names a speaker in lower case too (probe "front" of scripts/probe_split.py)
    ("sentence-initial said, a description", "Said one New Hampshire Democrat, “If Hillary does win New Hampshire, "
     "it will be by a margin as close as Iowa.”", "one New Hampshire Democrat"),
    ("sentence-initial said, a title", 'Said former Wisconsin Gov. Jim Doyle, "President Obama is going to have the '
     'role Bill Clinton had."', "former Wisconsin Gov. Jim Doyle"),
    ("sentence-initial says, the", "Says the narrator, ''In Hillary Clinton's America, the middle class get crushed.''",
     "the narrator"),
    ("sentence-initial added, a", "Added a second official, “What he is saying to operatives is that the critical mass "
     "was reached.”", "a second official"),
    ("inverted after a clause", '"He can assert it, but it seems extremely unlikely" that Sanders can catch Clinton, '
     "said Steve Elmendorf, a Democratic strategist.", "Steve Elmendorf"),
    ("statement participle", "Mr. Trump issued a statement Tuesday saying, ''I do not feel that one's heritage "
     "makes them incapable of being impartial.''", "Mr. Trump"),
    ("one name and a colon", 'Jeb Bush and Hillary Clinton reject the term.\n\nClinton: "Our goal is not to deter or '
     'contain ISIS, but to defeat and destroy ISIS."', "Clinton"),
    ("participle after said", 'Mateen left as soon as prayers were finished, Nefzi said, adding, "He was not very '
     'religious at all, you know."', "Nefzi"),
    ("weak cue beside a quote", "“The New York Times is claiming today that they had a conversation with you,” Hannity started.",
     "Hannity"),
    ("noun, not a cue", "Trump told the Washington Post in a written statement, “I really don’t want Jeb’s endorsement.”",
     "Trump"),
    ("cue before beats a far one after", "Additionally, Clinton said: “I have acknowledged repeatedly that using two "
     "email accounts was a mistake,” but in fact Clinton used only one account as secretary of state.", "Clinton"),
    ("a name is not a cue", "Lazar said he welcomed extradition to the United States and added, “I’ll plead guilty, "
     "no problem.”", "Lazar"),
    ("comma before but", "Boreing said the members will still meet, but said, “It’s time we change how we do it,” "
     "promising the Friends of Abe will return.", "Boreing"),
    ("introductory phrase", "Here in Columbia, Sanders stepped up his emphasis on criminal justice, saying, “We have "
     "got to achieve the day when young black males can walk the streets.”", "Sanders"),
    ("a later clause subject", "On Thursday, after remaining neutral throughout the primary, Warren appeared with "
     "Rachel Maddow and endorsed Clinton, saying, “I think having a fighter in the lead is what we need.”", "Warren"),
    ("adjective before a noun cue", "Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to "
     "Trump: “It is time to quit attacking various people.”", "Senate Majority Leader Mitch McConnell"),
    ("any verb after an open quote", "“France will always be France,” an angry Hollande retaliated.", "an angry Hollande"),
    ("any verb, inverted", "\"It's about time we had a woman running this country,\" exhorted Clinton's introducer, "
     "actress Jamie Lee Curtis.", "Clinton's introducer"),
    ("participle opening the sentence", "Appearing before cheering supporters at the headquarters, Suu Kyi, 70, said "
     "it was too early to congratulate winners but added, “I think you all have an idea of the results.”", "Suu Kyi"),
    ("cue in a when-clause", "Clinton initially said in the spring, when the private server email story broke, “I did "
     "not email any classified material to anyone.”", "Clinton"),
    ("a short quotation inside the appositive", "“We cannot win this way,” Texas delegate Bill Eastland, wearing a "
     "cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly.", "Texas delegate Bill Eastland"),
    ("inside reported speech", "Comey called her handling of highly sensitive information “extremely careless,” "
     "and moved on to the next question.", "Comey"),
    ("tag sentence with agreed", "Iowa State University's Dianne Bystrom agreed. “Mainstream Republicans are running "
     "out of time to find an alternative.”", "Iowa State University's Dianne Bystrom"),
    ("long appositive", "“The job numbers are good,” Douglas Holtz-Eakin, an economic adviser to Republicans and former "
     "director of the nonpartisan Congressional Budget Office, wrote in an email.", "Douglas Holtz-Eakin"),
    ("the subject of the verb before to", "The debate was so subdued that Mr. Trump was prompted to say, ''So far, I "
     "cannot believe how civil it's been up here.''", "Mr. Trump"),
    ("an appositive ending in a quoted title", "As Akhil Amar, author of ''America's Unwritten Constitution,'' put "
     "it, ''Senate Republicans should remember that a compromise candidate may be better for them.''", "Akhil Amar"),
    ("the agent of a passive cue", "Sanders was asked by host Bill Maher, who supports him, “Now, you famously said "
     "you were tired of hearing about the emails.”", "host Bill Maher"),
    ("an adverb before the cue", "On his website, Sanders has started the transition. \"This is your movement,\" it "
     "now says, showing a montage of faces.", "it"),
    ("last resort: the subject of the clause", "Ted Nordhaus, co-founder of the Breakthrough Institute, welcomed "
     "\"the recognition that we do not have all the technology we need.\"", "Ted Nordhaus"),
    ("last resort: a description as subject", "A reporter for Agence France-Presse called it \"absolute chaos.\"",
     "A reporter for Agence France-Presse"),
    ("a relative clause without commas", "Although there is no overlap, a White House official who spoke anonymously "
     "to discuss internal strategy said Wednesday, \"Certainly there are discussions.\"", "a White House official"),
    ("last resort: the verb's own subject with its title", "The festival was cancelled. Seahawks president Chuck "
     "Arnold called the decision \"a blow to the whole city.\"", "Seahawks president Chuck Arnold"),
    ("no mention that opens like a verb phrase", "Sanders has said he is a prisoner of his schedule, \"I cannot walk "
     "down the street without reporters,\" he said on Tuesday.", "he"),
    ("a clause after but is not the tag", "Mr. Putin veered close to an admission, saying, ''We never said there were "
     "no people there,'' but he denied that they were on active duty.", "Mr. Putin"),
]


@pytest.mark.parametrize(("case", "text", "mention"), CASES, ids=[c[0] for c in CASES])
def test_speaker_mention(case: str, text: str, mention: str) -> None:
    direct = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert direct, case
    assert direct[0].mention is not None and direct[0].mention.text.startswith(mention), (case, direct[0].mention)


def test_no_speaker_from_a_participle_after_a_quote() -> None:
    """'“anybodybuttrump.us,” a website linked to a group': a reduced relative, not a speech verb."""
    direct = [q for q in analyse("One banner showed “anybodybuttrump.us,” a website linked to a group in Ohio.").quotes
              if q.kind == "direct"]
    assert all(q.mention is None or q.mention.text != "a website" for q in direct)


@pytest.mark.parametrize("text", [
    "Sessions And Giuliani Wear “Make Mexico Great Again Also” Hats In Phoenix",  # a headline
    "WASHINGTON — Sen. Chuck Grassley likened it to “a wise Latina” remark.",  # a dateline is no subject
    "The \"Late Show\" is popular.",  # no verb before the quotation
])
def test_no_clause_subject_for_a_quote_without_a_clause(text: str) -> None:
    quotes = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert all(q.mention is None or q.mention.text not in ("Sessions", "Giuliani", "WASHINGTON", "The") for q in quotes)


def test_no_speaker_mention_that_opens_like_a_verb() -> None:
    """'“Call the roll,” came shouts from the crowd': "came" is no speaker; the reply tag names the crowd (session 27:
    shouts are a reply's noun; before, the quote had no speaker)."""
    quotes = [q for q in analyse("The chairman called for a voice vote. “Call the roll,” came shouts from the crowd.").quotes
              if q.kind == "direct"]
    assert [(q.text, q.mention.text if q.mention else None) for q in quotes] == [("Call the roll,", "the crowd")]
    quotes = [q for q in analyse("The chairman called for a voice vote. “Call the roll,” came a rumble from the back.").quotes
              if q.kind == "direct"]
    assert all(q.mention is None or q.mention.text != "came" for q in quotes)


@pytest.mark.parametrize("text", [
    "The vote was close.\n\nSaid differently, “We will win this.”\n",
    "The vote was close.\n\nSaid simply, “We will win this.”\n",
    "The vote was close.\n\nSaid otherwise, “We will win this.”\n",
])
def test_no_speaker_from_an_adverb_after_a_sentence_opening_cue(text: str) -> None:
    """'Said differently, “Q”': how it is said, no one who says it (a lower-case word after an opening cue is read as
    a speaker since b6799bd: 'Said one New Hampshire Democrat')."""
    assert [q.mention for q in analyse(text).quotes if q.kind == "direct"] == [None]


@pytest.mark.parametrize(("text", "mention"), [
    ("“We will not give up on this fight,” Sanders and Clinton both said.", "Clinton"),
    ("“We will not give up on this fight,” the two candidates all said.", "the two candidates"),
    ("“We will not give up on this fight,” the senators each said.", "the senators"),
    ("“We will not give up on this fight,” they all said.", "they"),
])
def test_a_floating_quantifier_is_no_part_of_the_speaker(text: str, mention: str) -> None:
    """'Sanders and Clinton both said': "Clinton both" names no one."""
    direct = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert [q.mention.text if q.mention else None for q in direct] == [mention]


@pytest.mark.parametrize(("text", "mention"), [
    ("The mayor renewed his famous demand, “Open the schools now.”", "The mayor"),
    ("The agency issued this serious warning: “Do not travel to the region.”", "The agency"),
    ("Critics cited their various claims: “The numbers do not add up.”", "Critics"),
    ("The spokesman renewed his baseless claim, “We won the state.”", "The spokesman"),
    ("The group renewed its endless demand, “Free them all.”", "The group"),
])
def test_a_cue_word_after_a_determiner_and_an_adjective_is_a_noun(text: str, mention: str) -> None:
    """'his famous demand, “Q”': "demand" is a noun after "his famous" (an adjective in -ous or -ss too), not the
    verb of a subject "The mayor renewed his famous"."""
    direct = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert [q.mention.text if q.mention else None for q in direct] == [mention]
    assert direct[0].cue not in ("demand", "warning", "claims", "claim"), direct[0].cue


@pytest.mark.parametrize(("text", "mention", "cue"), [
    ("He demands: “Open the schools now.”", "He", "demands"),
    ("Jones warns: “Stay indoors.”", "Jones", "warns"),
    ("The senators claim: “The numbers do not add up.”", "The senators", "claim"),
    ("His lawyer claims: “He is innocent.”", "His lawyer", "claims"),
    ("The union demands: “Pay us now.”", "The union", "demands"),
])
def test_a_cue_verb_after_its_subject_stays_a_cue(text: str, mention: str, cue: str) -> None:
    """A plural subject or a possessive one before a verb of saying: the verb is the cue."""
    direct = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert [(q.mention.text if q.mention else None, q.cue) for q in direct] == [(mention, cue)]
