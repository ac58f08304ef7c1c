"""Speaker rules that read a sentence's clauses (session 7): the subject of a subordinate clause before a
participle, subjects after a dateline or a counted group, brackets, dashed labels before a colon, a split
quotation's second fragment; and how the actor behind a mention is chosen (a mention's head before its
appositive, a possessed person noun, a pronoun's antecedent in its own sentence). One sentence each."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse

MENTIONS = [
    ("participle after a when-clause", "The first incident came during a speech at the university, when Sanders "
     "protesters interrupted her speech, shouting “she wins, we lose!”", "she wins", "Sanders protesters"),
    ("participle after a where-clause", "Clinton spoke just down the street from the casino, where about 50 "
     "protesters had gathered on Wednesday morning, chanting \"no contract, no peace\" after the talks failed.",
     "no contract", "about 50 protesters"),
    ("participle after even as", "Gov. Chris Christie, a staunch Trump ally, acknowledged some plagiarism even as he "
     "defended the campaign, saying, \"Ninety-three percent of the speech is completely different.\"",
     "Ninety-three", "he"),
    ("counted group as a subject", "Outside the arena in downtown Washington, about 200 protesters congregated in "
     "three clusters, holding signs and chanting \"Dump Trump.\"", "Dump Trump", "about 200 protesters"),
    ("no subject in a dateline", "WASHINGTON, Dec. 8 (UPI) — In response to Donald Trump’s proposal, Hillary "
     "Clinton’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”",
     "We have to be ready", "Hillary Clinton’s right-hand woman"),
    ("a state abbreviation is no subject", "The day before, at a rally in Concord, N.H., 14-year-old Aubrey Pelletier "
     "waved a flag, chanting \"Fifteen percent or bust!\"", "Fifteen percent", "14-year-old Aubrey Pelletier"),
    ("a new sentence after “Q!”", "Axelrod emailed her condolences, addressing her informally and telling her, "
     "“You are an all-star player and we need you for the long run!” She replied to him that it was an honor.",
     "You are an all-star", "Axelrod"),
    ("a bracket opens the subject", "Historians recognize this calamity for what it is (Raphael Lemkin, who coined "
     "the word genocide, once said, “It happened so many times, first to the Armenians”).", "It happened",
     "Raphael Lemkin"),
    ("the second fragment goes on with the tag's sentence", "“Many people are uncertain in this election year,” Thiel "
     "wrote in a statement explaining why he is speaking at the convention, “but most Americans agree that our "
     "country is on the wrong track.”", "but most Americans", "Thiel"),
    ("a fragment with a cue of its own keeps it", "“It is misleading to imply that it was an auto bailout bill,” "
     "Axelrod tweeted after Clinton argued for the second time that “if everyone had voted as he voted, we would "
     "not have an auto industry.”", "if everyone", "Clinton"),
    ("a dashed name before a colon", "Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one: "
     "keep on contacting voters as late as possible.”", "One of the biggest", "Carl Bialik"),
    ("with one of her ads", "Kloppenburg tried to tie Bradley to Walker, with one of her ads asking, “Is Rebecca "
     "Bradley independent enough to serve on the Supreme Court?”", "Is Rebecca", "one of her ads"),
    ("a subject after but", "Reid said both Rubio and Cruz are \"non-entities in the Senate,\" but he gave the "
     "Texan a back-handed compliment: \"You never have to guess where he is.\"", "You never", "he"),
    ("a subject after a dash", "That is, when the moderators yielded to the temptation of snark—and Lordy, do we know "
     "how tempting that can be!— Cruz called them on it:\n\n“The questions asked in this debate illustrate why the "
     "American people don’t trust the media.”", "The questions", "Cruz"),
    ("a statement in the paragraph before", "At Brazile’s direction, the DNC issued a statement apologizing to Sanders "
     "for the emails, which included staff members mocking him.\n\n“On behalf of everyone at the DNC, we want to "
     "offer a deep and sincere apology to Senator Sanders.”", "On behalf", "the DNC"),
    ("the one who repeats his claim", "De Blasio also repeated his claim that “profit-making” was the motivation for "
     "some technology companies that are offering encryption.", "“profit-making”", "De Blasio"),
    ("a determiner before a name and a title", "\"It's a difficult issue,\" said the Florida senator, \"because it "
     "puts in conflict two competing rights.\"", "It's a difficult", "the Florida senator"),
    ("a name that starts with I", "“We've been through this before, and we'll get through it again,” said Irma "
     "Bourque, 71, as she loaded sandbags into a pickup truck.", "We've been", "Irma Bourque"),
    ("a place and a title before an inverted name", "“The biggest concern for me is the next Supreme Court justice,” "
     "said Idaho nutritional-supplement executive Frank VanderSloot, who had backed Rubio.", "The biggest",
     "Idaho nutritional-supplement executive Frank VanderSloot"),
    ("a credit after the quotation beats a label", "Fares will rise in July.\n\nQuote of the day: \"I have never seen "
     "a pothole fix itself.\" — Mayor Tom Brennan, at a town hall in Ward 9.", "I have never", "Mayor Tom Brennan"),
    ("the subordinate clause's quotation", "CHICAGO (AP) — Mayor Denise Okafor on Thursday defended her plan to add 300 "
     "officers, a week after council members called it \"a step backward.\"", "a step backward", "council members"),
    ("a tag sentence that cuts in", "“Tell her I promised you a picture,” Ebeling said, and her husband cut in. "
     "“Don’t forget Betsy’s husband Tom, I’ve been friends with her since high school.”", "Don’t forget", "her husband"),
    ("a clause after until is another event", "Jason Sims say he was “kind of riding the fence” until Haley said she "
     "was backing the Florida senator.", "kind of riding", "Jason Sims"),
    ("a name and a plural noun as a subject", "Clinton supporters responded with chants of “I’m with her” until Clinton "
     "herself spoke up.", "I’m with her", "Clinton supporters"),
    ("leaked emails are no cue", "PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released a "
     "statement at the outset of the convention Monday, offering “a deep and sincere apology” to Sen. Bernie Sanders "
     "after leaked emails showed DNC staff favoring Hillary Clinton.", "a deep and sincere",
     "The Democratic National Committee"),
    ("another speaker's quotation after and", "Asked how likely Clinton was to defeat Trump, 21 percent said “not too "
     "likely” and 14 percent said “not at all likely.”", "not at all likely", "14 percent"),
    ("a noun's that-clause is no object", "LA CROSSE, Wisc. — Gov. Mike Pence on Thursday blamed the media for making "
     "an issue out of Donald Trump’s claim that President Barack Obama “founded ISIS,” saying they were nitpicking.",
     "founded ISIS", "Donald Trump"),
]


@pytest.mark.parametrize("name,text,quote,mention", MENTIONS, ids=[c[0] for c in MENTIONS])
def test_speaker_mention(name: str, text: str, quote: str, mention: str) -> None:
    q = next(q for q in analyse(text).quotes if q.kind == "direct" and q.text.startswith(quote))
    assert q.mention is not None and q.mention.text == mention


ACTORS = [
    ("the head before its appositive", "Bernie Sanders raised money in January. “Working Americans chipping in a "
     "few dollars each month are the engine of this campaign,” Jeff Weaver, Sanders’ campaign manager, said in a "
     "statement.", "Working Americans", "Jeff Weaver"),
    ("a pronoun's antecedent in its own sentence", "New Jersey Gov. Chris Christie (R), a staunch Donald Trump ally, "
     "acknowledged some plagiarism even as he defended Melania Trump and the campaign, saying, \"Ninety-three percent "
     "of the speech is completely different.\"", "Ninety-three", "Chris Christie"),
    ("a pronoun after its sentence's named subject", "Columnist George Will wrote on Friday. Instead, Will called for "
     "Republicans to throw their support behind Gov. Chris Christie, whom he describes as having “a prosecutor’s "
     "bearing and a governor’s executive experience.”", "a prosecutor’s", "George Will"),
    ("an acronym after the is a body, not its chair", "DNC Chair Debbie Wasserman Schultz announced Sunday she will "
     "resign.\n\n\"We are sorry,\" the DNC said in a statement.", "We are sorry", None),
    ("a name's supporters are not that name", "Hillary Clinton spoke. Clinton supporters responded with chants of "
     "“I’m with her” until Clinton herself spoke up.", "I’m with her", None),
    ("a possessed person noun is not the possessor", "Hillary Clinton spoke on Monday. Later, Hillary Clinton’s "
     "right-hand woman rallied supporters, saying: “We have to be ready to stop him.”", "We have to be ready", None),
]


@pytest.mark.parametrize("name,text,quote,speaker", ACTORS, ids=[c[0] for c in ACTORS])
def test_speaker_actor(name: str, text: str, quote: str, speaker: str | None) -> None:
    q = next(q for q in analyse(text).quotes if q.kind == "direct" and q.text.startswith(quote))
    assert q.speaker == speaker
