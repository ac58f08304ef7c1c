"""One test per named rule of the reported-speech table (analysis/reported/): each sentence
must be taken by that rule, with the content and source mention PolNeAR would mark; what the
rules take from mixed sentences. Themes apart: test_reported_inverted.py (parenthetical,
according to, inverted tails), test_reported_calls.py (calls, nouns, verbs that are no speech),
test_reported_lines.py (speaker lines, settings, where a content ends)."""
from __future__ import annotations

import pytest

from briefing_app.analysis.reported import DOCUMENT_RULES, SENTENCE_RULES
from briefing_app.analysis.reported.cue_rules import AFTER_SPEAKER, BEFORE_SPEAKER
from tests.analysis.reported_helpers import trace

CASES = [
    ("headline-says", "Bernie Sanders Says He’s Already Started Writing His Inaugural Address",
     "He’s Already Started Writing His Inaugural Address", "Bernie Sanders"),
    ("asked", "Asked whether the deal would survive, Smith said it was too early to tell.",
     "whether the deal would survive", None),
    ("as-reported", "As reported by Western Journalism, investigators found over 2,200 classified emails.",
     "investigators found over 2,200 classified emails", "Western Journalism"),
    ("according-start", "According to the agency, the storm will reach the coast on Friday.",
     "the storm will reach the coast on Friday", "the agency"),
    ("according-mid", "The storm, according to the agency, will reach the coast on Friday.",
     "The storm", "the agency"),
    ("according-end", "The storm will reach the coast on Friday, according to the National Weather Service.",
     "The storm will reach the coast on Friday", "the National Weather Service"),
    ("reports-end", "The union plans to protest the debate in support of a higher wage, the Daily Caller reports.",
     "The union plans to protest the debate in support of a higher wage", "the Daily Caller"),
    ("requests", "In court documents, his counsel asked for a sentence of three years.",
     "a sentence of three years", "his counsel"),
    ("warnings-of", "Hollande warned of the global implications a Trump presidency would have.",
     "the global implications a Trump presidency would have", "Hollande"),
    ("participle-opening", "Noting that the fields fund the group, Trump said he would bomb them.",
     "the fields fund the group", "Trump"),  # PolNeAR never counts an -ing cue as content
    ("quoted-as", "The newspaper quoted a senior official as saying the talks had stalled.",
     "the talks had stalled", "a senior official"),
    ("participle-aside", "Mr. Sanders, after initially saying he would not advertise in the state, took to the airwaves.",
     "he would not advertise in the state", "Mr. Sanders"),
    ("participle-of-plain-clause", "He emailed donors on Monday, saying that the campaign had raised more money.",
     "the campaign had raised more money", "He"),
    ("parenthetical", "The plan, Mr. Furman argued, would cost far more than its authors admit.",
     "The plan", "Mr. Furman"),
    ("content-before", "The plan would be far too costly for the state, Mr. Furman said.",
     "The plan would be far too costly for the state", "Mr. Furman"),
    ("inverted-tail", "The plan would be far too costly for the state, said Jason Furman, an economist.",
     "The plan would be far too costly for the state", "Jason Furman"),
    ("inverted-mid", "The plan, said Jason Furman, an economist, would cost far more than its authors admit.",
     "The plan", "Jason Furman"),
    ("reported-by-end", "The mayor's decision to resign was first reported by the Daily Herald.",
     "The mayor's decision to resign", "the Daily Herald"),
    ("participle-after", '"We will win this," she said, adding that the polls were wrong about the race.',
     "the polls were wrong about the race", "she"),
    # (a clause before ", said the company's chief executive." is now the inverted tail's, with that source: see
    # test_reported_before.test_an_inverted_description_after_a_clause)
    ("not-a-clause", "His endorsement could matter more for identity politics than for his clout in Boston, said "
     "Democratic strategist Hank Sheinkopf.", "His endorsement could matter more for identity politics than for his "
     "clout in Boston", "Democratic strategist Hank Sheinkopf"),
    ("complement", "Senator Jane Holloway said that the committee would not approve the budget this year.",
     "the committee would not approve the budget this year", "Senator Jane Holloway"),
    ("calls", "Senator Jane Holloway called for a ban on assault weapons after the shooting.",
     "a ban on assault weapons", "Senator Jane Holloway"),
    ("object-cues", "The mayor urged residents to stay indoors until the storm passes.",
     "residents to stay indoors until the storm passes", "The mayor"),
    ("block-quotes", "Wallnau wrote:\n\nI think this prophetic prayer is timely, as Iowa polls show a slip.",
     "I think this prophetic prayer is timely, as Iowa polls show a slip", "Wallnau"),
    ("speaker-lines", "Graham: Trump's Rhetoric Is Destroying the Party's Chance",
     "Trump's Rhetoric Is Destroying the Party's Chance", "Graham"),
    ("passive-asked", "Donald Trump was asked a straightforward question about violence against people of color.",
     "violence against people of color", None),
    ("said-to", "The chancellor is said to have rejected the offer.", "The chancellor is said to have rejected the offer",
     None),
    ("announcements", "On Dec. 15, the task force announced an agreement for tougher monitoring.",
     "an agreement for tougher monitoring", "the task force"),
    ("spoken-objects", "The foreign minister explained the government's position in a speech to parliament.",
     "the government's position", "The foreign minister"),
    ("made-arguments", "The Democrats have a decent counter-argument that the party has been taken over by its fringe.",
     "the party has been taken over by its fringe", "The Democrats"),
]


@pytest.mark.parametrize(("rule", "sentence", "content", "mention"), CASES, ids=[c[0] for c in CASES])
def test_rule_takes_its_sentence(rule: str, sentence: str, content: str, mention: str | None) -> None:
    got = trace(sentence)
    mine = [(t, m) for r, t, m in got if r == rule]
    assert mine, got
    text, found = mine[0]
    assert text.startswith(content)
    if mention is not None:
        assert found == mention


@pytest.mark.parametrize(("sentence", "expected"), [
    # "CONTENT, the company chief executive, John Doe, said.": the description is the speaker's, not the content's
    ("The plan is dead, the company chief executive, John Doe, said.",
     [("content-before", "The plan is dead", "the company chief executive, John Doe")]),
    ("Facebook created the tool to help in times of crisis, a spokeswoman, Anna White, said on Saturday.",
     [("content-before", "Facebook created the tool to help in times of crisis", "a spokeswoman, Anna White")]),
    # (a description without a role word, or with a verb, stays where it was)
    ("She met the voters, the first in a decade, Smith said.",
     [("content-before", "She met the voters, the first in a decade", "Smith")]),
    # "According to X, NAME, CONTENT" and "According to NAME, a description with a role word, CONTENT": the source's
    # appositive; not a list of names, nor a name after a source with no role word
    ("According to the city's finance director, Paul Green, the deficit will shrink by half next year.",
     [("according-start", "the deficit will shrink by half next year", "the city's finance director, Paul Green")]),
    ("According to Paul Green, the city's finance director, the deficit will shrink.",
     [("according-start", "the deficit will shrink", "Paul Green, the city's finance director")]),
    ("According to the report, Smith, Jones and Brown will resign.",
     [("according-start", "Smith, Jones and Brown will resign", "the report")]),
    ("According to an FBI summary of its investigation, Cheryl Mills, a top aide, sent the employee an email.",
     [("according-start", "Cheryl Mills, a top aide, sent the employee an email", "an FBI summary of its investigation")]),
    # "X, asked whether ..., shrugged": X was asked; the asker is not named, and X is not the question's source
    ("Alvarez, asked whether she expected lawsuits, shrugged.", []),
    ("Smith, delivering the speech, asked the crowd to stand.", [("object-cues", "the crowd to stand", "Smith")]),
    # a participle outside the verbs of reported speech takes content only after "that" or a quotation
    ('"This is not a combat mission," one senior official said, speaking on the condition of anonymity.', []),
    ('"We will win," Trump said, repeating a common line.', []),
    # a participle after a degree word is an adjective
    ("The vice president's presence is the one that's most telling to Democrats close to the campaign.", []),
    # "According to X, quoting Y, CONTENT": Y is X's own source, not the content
    ("According to Yonhap news agency, quoting North Korea's main news agency, the country's military has been "
     "placed on high alert.",
     [("according-start", "the country's military has been placed on high alert", "Yonhap news agency")]),
    # content before a trailing setting: 'CONTENT, S said during his speech.' and 'CONTENT, he told the
    # court in his filing.'
    ("His allegiance has shifted from Carly Fiorina to Rubio, Wilkin said during his campaign speech.",
     [("content-before", "His allegiance has shifted from Carly Fiorina to Rubio", "Wilkin")]),
    ("Michigan was only doing what 40 states already do, he told the court in his filing.",
     [("content-before", "Michigan was only doing what 40 states already do", "he")]),
    ("The Democratic candidates have promised to build on Mr. Obama's legacy.",
     [("promises", "to build on Mr. Obama's legacy", "The Democratic candidates")]),  # not content-before
    # progressive call for and two word demands: 'Clinton is calling for ...' is active (not 'was called
    # a liar'); 'called for the ban' and 'called him divisive' are contents of two words.
    ("Hillary Clinton is calling for the United States to step up military efforts.",
     [("calls", "the United States to step up military efforts", "Hillary Clinton")]),
    ("The agencies called for the ban.", [("calls", "the ban", "The agencies")]),
    ("He was called a liar by his rivals.", []),
    # a reflexive object ("called himself ...") and a longer characterisation after "a/an"
    ("Sanders has long called himself a democratic socialist.",
     [("calls", "himself a democratic socialist", "Sanders")]),
    ("They called him a political opportunist who has neglected his duties in the Garden State.",
     [("calls", "him a political opportunist who has neglected his duties in the Garden State", "They")]),
    ("She called Sanders on Tuesday to ask for his support in the primary.", []),
    # noun cues: 'X's claim that ...', 'his call for ...', 'her pledge to ...': the owner is the source; a
    # relative 'that' ('the promise that he made') is not a content clause.
    ("Critics attacked Trump’s claim that Mexican migrants were criminals.",
     [("noun-cues", "Mexican migrants were criminals", "Trump")]),
    ("Voters liked his call for a ban on lobbyists, polls showed.", [("noun-cues", "a ban on lobbyists", "his")]),
    ("She renewed her pledge to raise the minimum wage.", [("noun-cues", "to raise the minimum wage", "her")]),
    ("He kept the promise that he made.", []),
    # inverted description after the verb: 'CONTENT, said a senior official who ...': the description
    # after 'said' is the source.
    ("The fund is $9 million short, said former governor Ed Rendell, who chairs the host committee.",
     [("inverted-tail", "The fund is $9 million short", "former governor Ed Rendell")]),
    ("The talks stalled last week, said an American official who was briefed on the encounter.",
     [("inverted-tail", "The talks stalled last week", "an American official")]),
    ("Obama's rise may have been more surprising to the black community, said several observers.",
     [("inverted-tail", "Obama's rise may have been more surprising to the black community", "several observers")]),
    # nouns that are verbs before "that" after a name or a pronoun, not after a determiner or an adjective
    ("CBS News reports that the letter was sent to his apartment.",
     [("complement", "the letter was sent to his apartment", "CBS News")]),
    ("Sanders vows that protecting existing regulations will be a “top priority.”",
     [("complement", "protecting existing regulations will be a “top priority.”", "Sanders")]),
    ("The reports that he resigned were false.", []),
    ("He promises the government will help workers.", [("complement", "the government will help workers", "He")]),
    ("She vows a fight to the end.", []),
    # a headline kicker before a colon is no speaker; a poll is a source
    ("Wow: Glenn Beck Just Responded To Palin’s Trump Endorsement With One Brutal Line", []),
    ("Breaking: Latest Primary Has Big Impact On Clinton Campaign", []),
    ("Poll: Clinton and Sanders in dead heat in California",
     [("speaker-lines", "Clinton and Sanders in dead heat in California", "Poll")]),
    ("He repeated the debunked claim that he opposed the war.", []),
    # a two-word clause after "that" is content when part of it is quoted (a mixed quote)
    ("Mr. Cruz declared that torture ''works.''", [("complement", "torture ''works.''", "Mr. Cruz")]),
    ("He said that Trump ''is not Christian.''", [("complement", "Trump ''is not Christian.''", "He")]),
    ("Mr. Ryan said Mr. Trump ''is not Christian.''", [("complement", "Mr. Trump ''is not Christian.''", "Mr. Ryan")]),
    # a quoted fragment opening the complement, and the clause goes on after it: a mixed quote, all content
    ("Sen. Bernie Sanders says “the wind is at our backs” despite his loss in the Nevada caucuses.",
     [("complement", "“the wind is at our backs” despite his loss in the Nevada caucuses", "Sen. Bernie Sanders")]),
    ("As she angrily said, “I am so sick of the campaign lying” about her record, Sanders jabbed at Clinton.",
     [("complement", "“I am so sick of the campaign lying” about her record", "she")]),
    # a whole quotation (its stop or comma inside the marks) stays a direct quote only
    ("He said, “We’ll see,” when asked whether he would campaign for them.",
     [("object-cues", "whether he would campaign for them", None)]),
    # a request's object is a few words before "to" and a verb, not a phrase before "to a ..."
    ("Trump told Yahoo in response to a question about the searches.", []),
    ("Mr. Trump was pressed on why he had praised the Russian president.",
     [("object-cues", "on why he had praised the Russian president", "Mr. Trump")]),
    # declare / confirm / mention with a noun phrase is no reported speech; with a clause it is; a predicted noun phrase
    # is what was predicted (spoken-objects; PolNeAR marks 3 of the 4 tuned ones), never read as a clause
    ("In her speech, Rhimes declared the need for strong will, ambition and drive.", []),
    ("Patrick predicted a Cruz win in Texas, which votes on March 1.",
     [("spoken-objects", "a Cruz win in Texas", "Patrick")]),
    ("Beck on Friday declared Trump was a threat to America’s democracy.",
     [("complement", "Trump was a threat to America’s democracy", "Beck")]),
    ("He predicted the race will tighten in the fall.",
     [("complement", "the race will tighten in the fall", "He")]),
    # a bare noun phrase and a modal or an auxiliary is a clause too
    ("He predicted lawsuits could be filed in reaction to the long waits.",
     [("complement", "lawsuits could be filed in reaction to the long waits", "He")]),
    # "said down-ballot ...", "said Thursday's speeches ...", "told The Huffington Post he ...", "said about half ..."
    ("Eskelsen García said down-ballot races can also help unite teachers behind Clinton.",
     [("complement", "down-ballot races can also help unite teachers behind Clinton", "Eskelsen García")]),
    ("Berg said Thursday's speeches have led her to count Trump out.",
     [("complement", "Thursday's speeches have led her to count Trump out", "Berg")]),
    ("Joyce told The Huffington Post he is not planning an appeal.",
     [("complement", "he is not planning an appeal", "Joyce")]),
    ("The budget office said about half of the higher adjustment in its projections reflected revenue losses.",
     [("complement", "about half of the higher adjustment in its projections reflected revenue losses",
       "The budget office")]),
    # a long subject before its verb after "said"; a short quotation inside the complement's subject
    ("She said his frequent invocation of his rural state of Vermont in defending his past votes on guns and "
     "on trade doesn’t fly.",
     [("complement", "his frequent invocation of his rural state of Vermont in defending his past votes on guns and "
       "on trade doesn’t fly", "She")]),
    ("Clinton said the U.S. “clearly” needed a more robust air campaign.",
     [("complement", "the U.S. “clearly” needed a more robust air campaign", "Clinton")]),
    # more participles of the main clause's subject; a name before a dashed aside; an inverted speaker before
    ("Clinton -- whose husband signed the act -- has derided its return, suggesting that efforts to bring it back "
     "are misguided.",
     [("participle-of-plain-clause", "efforts to bring it back are misguided", "Clinton")]),
    ("He laid out his plan for fighting the Islamic State, stating that the United States should declare war.",
     [("participle-of-plain-clause", "the United States should declare war", "He")]),
    ("“Watch a fully formed fetus on the table,” said Carly Fiorina during the debate, suggesting that she had seen "
     "such a video.",
     [("participle-of-plain-clause", "she had seen such a video", "Carly Fiorina")]),
    ("Nate Cohn, writing in The New York Times, noticed a shift among white voters.", []),
    ("Cruz went after Rubio, telling reporters that Rubio had opposed the bill.",
     [("participle-of-plain-clause", "Rubio had opposed the bill", "Cruz")]),
    # an infinitive cue: the subject of the chain before "to", or the object of the verb before it
    ("Republicans continue to warn that the nuclear deal was a dangerous mistake.",
     [("complement", "the nuclear deal was a dangerous mistake", "Republicans")]),
    ("It allowed Republicans to say that Democrats were protecting a candidate.",
     [("complement", "Democrats were protecting a candidate", "Republicans")]),
    # a plural subject and a verb in the present open a clause
    ("The NFL legend said people misunderstand Trump.",
     [("complement", "people misunderstand Trump", "The NFL legend")]),
    ("He said voters want change in Washington.", [("complement", "voters want change in Washington", "He")]),
    ("CNN reported at least six planes filled the skies.",
     [("complement", "at least six planes filled the skies", "CNN")]),
    # maintain with a noun phrase is not speech
    ("Clinton maintains a wide lead over Sanders among black voters in the South.", []),
    ("Clinton maintains she never sent classified material from her server.",
     [("complement", "she never sent classified material from her server", "Clinton")]),
])
def test_what_the_rules_take(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    """Every reported-speech content of the sentence: (rule, content, source mention)."""
    assert trace(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "He issued a warning that the talks could collapse within days.",  # noun-cue: "a warning" is a noun
    'Holloway said: "We have waited long enough for this budget."',  # quote-follows: a direct quotation
    '"We will win this state," he said aboard his campaign plane as it crossed Nevada.',  # after-quote
    "The senator asked not to be quoted by name.",  # own-anonymity: a source's request for its own anonymity
])
def test_rules_that_pass_a_verb_by(sentence: str) -> None:
    assert trace(sentence) == []


def test_every_rule_has_a_test() -> None:
    names = {n for n, _ in SENTENCE_RULES + DOCUMENT_RULES + BEFORE_SPEAKER + AFTER_SPEAKER}
    tested = {c[0] for c in CASES} | {"cue-verbs", "noun-cue", "quote-follows", "after-quote", "noun-cues", "promises",
                                      "own-anonymity"}
    assert names <= tested, names - tested


@pytest.mark.parametrize("text", [
    "Sanders told a crowd at Hamburger Mary's that spilled out onto the street.",
    "''It's like a new plane,'' Mr. Trump said in a documentary that showed off some of the renovations.",
    "The senator spoke at a rally that packed the stadium on Friday.",
])
def test_a_far_that_before_a_verb_in_the_past_and_its_object_opens_a_relative_clause(text: str) -> None:
    assert [r for r in trace(text) if r[0] == "complement"] == []


@pytest.mark.parametrize("text, content", [
    ("He said in a statement that armed men had entered the building.", "armed men had entered the building"),
    ("She said on Monday that increased spending would help the schools.", "increased spending would help the schools"),
    ("He told a town hall in Salem on Monday that the plan would pass.", "the plan would pass"),
])
def test_a_far_that_before_a_clause_is_still_the_complement(text: str, content: str) -> None:
    assert [c for r, c, _ in trace(text) if r == "complement"] == [content]


@pytest.mark.parametrize("text, content, source", [
    ("The general said, citing intelligence reports, that the enemy was regrouping.", "the enemy was regrouping",
     "The general"),
    ("The minister said, without providing evidence, that the protests were paid for.", "the protests were paid for",
     "The minister"),
    ("The mayor said, in a statement, that the roads would reopen.", "the roads would reopen", "The mayor"),
    ("The mayor said, however, that the roads would reopen.", "the roads would reopen", "The mayor"),
    ("The mayor said on Tuesday, citing police figures, that crime had fallen.", "crime had fallen", "The mayor"),
    ("The mayor told reporters, speaking at a rally, that crime had fallen.", "crime had fallen", "The mayor"),
    ("He said, and I quote, that the vote was rigged.", "the vote was rigged", "He"),
])
def test_an_aside_between_commas_before_that_is_not_content(text: str, content: str, source: str) -> None:
    """'said, citing police figures, that ...': the aside set off by commas is the verb's, the clause after "that" its
    content (a participle aside gave nothing before, a prepositional one or an adverb stayed in the content)."""
    assert [(c, s) for r, c, s in trace(text) if r == "complement"] == [(content, source)]
