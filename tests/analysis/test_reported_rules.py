"""One test per named rule of the reported-speech table (analysis/reported/): each sentence
must be taken by that rule, with the content and source mention PolNeAR would mark."""
from __future__ import annotations

import pytest

from briefing_app.analysis import pipeline, reported
from briefing_app.analysis.reported import DOCUMENT_RULES, SENTENCE_RULES
from briefing_app.analysis.reported.cue_rules import AFTER_SPEAKER, BEFORE_SPEAKER


def trace(text: str) -> list[tuple[str, str, str | None]]:
    doc = pipeline.run(text, stages=(pipeline.quotes, pipeline.actors))
    ctx = reported.run(doc)
    return [(rule, q.text, q.mention.text if q.mention else None) for rule, q in zip(ctx.trace, ctx.out)]


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
    ("participle-opening", "Noting that the fields fund the group, Trump said he would bomb them.",
     "the fields fund the group", "Trump"),  # PolNeAR never counts an -ing cue as content
    ("participle-of-plain-clause", "He emailed donors on Monday, saying that the campaign had raised more money.",
     "the campaign had raised more money", "He"),
    ("parenthetical", "The plan, Mr. Furman argued, would cost far more than its authors admit.",
     "The plan", "Mr. Furman"),
    ("content-before", "The plan would be far too costly for the state, Mr. Furman said.",
     "The plan would be far too costly for the state", "Mr. Furman"),
    ("inverted-tail", "The plan would be far too costly for the state, said Jason Furman, an economist.",
     "The plan would be far too costly for the state", "Jason Furman"),
    ("participle-after", '"We will win this," she said, adding that the polls were wrong about the race.',
     "the polls were wrong about the race", "she"),
    ("not-a-clause", "The cuts would fall hardest on small growers, said the company's chief executive.",
     "The cuts would fall hardest on small growers", None),
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
    ("announcements", "On Dec. 15, the task force announced an agreement for tougher monitoring.",
     "an agreement for tougher monitoring", "the task force"),
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


def test_parenthetical_after_a_setting_takes_only_the_quote() -> None:
    """'At a rally ..., Beck said, “Q”': the long setting before the speaker is not content."""
    got = trace("At a rally for Ted Cruz at the Indiana State Fair Grounds yesterday, Beck said, “Ted and I were "
                "just driving in, and he is laughing on his phone.”")
    assert got == []


@pytest.mark.parametrize(("sentence", "expected"), [
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
    # declare / predict / confirm / mention with a noun phrase is no reported speech; with a clause it is
    ("In her speech, Rhimes declared the need for strong will, ambition and drive.", []),
    ("Patrick predicted a Cruz win in Texas, which votes on March 1.", []),
    ("Beck on Friday declared Trump was a threat to America’s democracy.",
     [("complement", "Trump was a threat to America’s democracy", "Beck on Friday")]),
    ("He predicted the race will tighten in the fall.",
     [("complement", "the race will tighten in the fall", "He")]),
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


def test_a_long_subject_is_not_content_before_told() -> None:
    """'Whitman, the former governor and EPA administrator, told The Star-Ledger of Newark last week
    she would ...': the subject and its appositive are the source, the clause after the recipient the content."""
    got = trace("Republican Christine Todd Whitman, the former New Jersey governor and Environmental Protection "
                "Agency administrator, told The Star-Ledger of Newark last week she would rather vote for Clinton.")
    assert [(r, t) for r, t, _ in got] == [("complement", "she would rather vote for Clinton")]
    assert got[0][2] is not None and got[0][2].startswith("Republican Christine Todd Whitman")


def test_headline_with_the_speaker_after_the_content() -> None:
    got = trace("Donald Trump Is Like A Lawyer’s Dumbest Client Ever, Trevor Noah Says.")
    assert got == [("headline-says", "Donald Trump Is Like A Lawyer’s Dumbest Client Ever", "Trevor Noah")]


def test_inverted_verb_with_a_long_appositive_takes_the_name_after_it() -> None:
    """'CONTENT, said David Autor, a professor ..., who noted ...': no subject before the verb, so the
    name after it is the source (and the relative clause's verb is not taken instead)."""
    got = trace("Nor are tariffs likely to bring these jobs back, said David Autor, a professor of economics "
                "at M.I.T., who noted that it was hard.")
    assert got[0] == ("inverted-tail", "Nor are tariffs likely to bring these jobs back", "David Autor")


def test_relative_clause_ends_the_complement() -> None:
    """'Broaddrick, who said Clinton assaulted her, recounted ...': the source is the relative pronoun's head."""
    got = trace("Broaddrick, who said Clinton assaulted her in 1978, recounted the story on Monday.")
    assert got == [("complement", "Clinton assaulted her in 1978", "who")]


@pytest.mark.parametrize("sentence", [
    "He issued a warning that the talks could collapse within days.",  # noun-cue: "a warning" is a noun
    'Holloway said: "We have waited long enough for this budget."',  # quote-follows: a direct quotation
    '"We will win this state," he said aboard his campaign plane as it crossed Nevada.',  # after-quote
])
def test_rules_that_pass_a_verb_by(sentence: str) -> None:
    assert trace(sentence) == []


def test_every_rule_has_a_test() -> None:
    names = {n for n, _ in SENTENCE_RULES + DOCUMENT_RULES + BEFORE_SPEAKER + AFTER_SPEAKER}
    tested = {c[0] for c in CASES} | {"cue-verbs", "noun-cue", "quote-follows", "after-quote", "noun-cues", "promises"}
    assert names <= tested, names - tested


def test_speaker_line_in_single_marks_is_a_direct_quote() -> None:
    """'Marco Rubio: ‘You Don’t Win ...’' headlines: the speaker's own words, a direct quote."""
    text = "Marco Rubio: ‘You Don’t Win The Nomination By How Many States You Win.’\n\nHe spoke in Houston.\n"
    doc = pipeline.run(text, stages=(pipeline.quotes, pipeline.actors))
    ctx = reported.run(doc)
    q = ctx.out[0]
    assert (q.kind, q.text, q.mention.text if q.mention else None) == (
        "direct", "You Don’t Win The Nomination By How Many States You Win.", "Marco Rubio")
    assert text[q.start:q.end] == q.text


def test_what_a_named_speaker_called_is_a_quotation_of_theirs() -> None:
    """'under what Mr. Hedge called ''the prior economy model''': the quoted name is Hedge's words, one
    direct quote and no duplicate reported speech over the same words."""
    quotes = pipeline.analyse("In 2009, under what Mr. Hedge called ''the prior economy model,'' the club was sold.").quotes
    assert [(q.kind, q.text, q.mention.text if q.mention else None) for q in quotes] == [
        ("direct", "the prior economy model,", "Mr. Hedge")]


def test_called_an_object_a_quoted_name() -> None:
    """'He called anti-Trump protestors “illegals”': an object that CALL_OBJ_RE does not know, then a quotation."""
    got = trace("He called anti-Trump protestors “illegals” and “thugs” without proof.")
    assert got == [("calls", "anti-Trump protestors “illegals” and “thugs” without proof", "He")]


def test_nyt_quotation_is_not_reported_speech_again() -> None:
    """''Q,'' X said: the content is the one direct quotation (two-character marks), not an indirect copy."""
    quotes = pipeline.analyse("''In every election there are stories,'' Steve Rosenthal, a former director, said.").quotes
    assert [q.kind for q in quotes] == ["direct"]


def test_a_coordinated_second_verb_is_a_second_attribution() -> None:
    """'X said A but said B' / 'X said A and added that B': two contents of X; a quotation after
    the second verb is a direct quote, not part of the first content."""
    got = trace("Lazar said he welcomed extradition to the United States and added that he would plead guilty soon.")
    assert got == [("complement", "he welcomed extradition to the United States", "Lazar"),
                   ("complement", "he would plead guilty soon", "Lazar")]
    got = trace("Boreing said the members will still meet for drinks, but said, “It’s time we change how we do it.”")
    assert got == [("complement", "the members will still meet for drinks", "Boreing")]


def test_according_to_then_a_description_of_the_source() -> None:
    """'CONTENT, according to Crowdpac, a start-up that tracks donations.': the words after the
    source describe it; 'X, according to the agency, will reach ...' continues the content."""
    got = trace("Donors gave a grand total of $5,395 to his campaign, according to Crowdpac, a start-up that tracks donations.")
    assert got == [("according-mid", "Donors gave a grand total of $5,395 to his campaign", "Crowdpac")]
    got = trace("Since last November, according to Human Rights Watch, security forces have killed more than 400 protesters.")
    assert [t for _, t, _ in got] == ["security forces have killed more than 400 protesters"]


def test_a_subordinate_clause_ends_its_content_at_the_comma() -> None:
    """'While the president has said he opposes X, his administration ...': the content ends with the
    clause, and the main clause's own cue is still read."""
    got = trace("While Comey has said that he makes recommendations on cases, Lewandowski said he does not do them publicly.")
    assert got == [("complement", "he makes recommendations on cases", "Comey"),
                   ("complement", "he does not do them publicly", "Lewandowski")]


def test_section_labels_are_not_speakers() -> None:
    assert trace("Contributing: Nicholas Zazulia, Medill News Service") == []


def test_stem_matches_finds_what_finditer_finds() -> None:
    """The literal-stem shortcut (cues.stem_matches) gives the pattern's own matches, in order."""
    from briefing_app.analysis.cues import stem_matches
    from briefing_app.analysis.reported.document_rules import OBJ_CUE_RE, OBJ_STEMS
    from briefing_app.analysis.reported.noun_rules import NOUN_RE, NOUN_STEMS
    text = ("He asked the court to act; she told reporters to wait. Her call for calm and his claim that it "
            "worked were recalled. They urged him to go, and Trump’s pledge to build stood; pledges to stay did not.")
    for pattern, stems in ((OBJ_CUE_RE, OBJ_STEMS), (NOUN_RE, NOUN_STEMS)):
        assert [m.span() for m in stem_matches(pattern, stems, text)] == [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in stem_matches(pattern, stems, text, 10, 90)] == \
            [m.span() for m in pattern.finditer(text, 10, 90)]


def test_as_the_source_reported() -> None:
    got = trace("As Breitbart News reported, the White House was refusing to call the attack terrorism.")
    assert got == [("as-reported", "the White House was refusing to call the attack terrorism", "Breitbart News")]


def test_headline_verbs_beyond_says() -> None:
    got = trace("Sanders Told A Female Reporter Not To Moan About Hillary Clinton")
    assert got == [("headline-says", "A Female Reporter Not To Moan About Hillary Clinton", "Sanders")]


def test_promises_to() -> None:
    """'X promised to ...', '..., vowing to ...': the to-infinitive is the content, with 'to'."""
    got = trace("Sanders promised Monday to begin taking executive action on immigration reform.")
    assert got == [("promises", "to begin taking executive action on immigration reform", "Sanders")]
    got = trace("He insulted Mexican immigrants, calling them rapists and vowing to make Mexico pay for a wall.")
    assert ("promises", "to make Mexico pay for a wall", "He") in got
    assert trace("The promise of better jobs drew voters to the rally.") == []


def test_words_before_x_said_and_a_quotation_are_a_setting() -> None:
    """'Tuesday at Baldwin Wallace University, Kasich said, “Q”': no content before the speaker; a
    question put to the speaker is one ('Asked whether ..., X said, “Q”')."""
    assert trace("Tuesday at Baldwin Wallace University in Berea, Kasich said, “I am getting ready to rent a "
                 "covered wagon.”") == []
    got = trace("Asked by a host whether the leaks helped the attackers, de Blasio said, “I have not heard that "
                "particular concern.”")
    assert [t for _, t, _ in got] == ["whether the leaks helped the attackers"]


@pytest.mark.parametrize(("sentence", "content", "mention"), [
    # the content ends in a mixed quote whose comma sits inside the closing mark
    ('Trump\'s misinformation may be "strategic," said Jeffery Hemsley, an assistant professor at Syracuse.',
     'Trump\'s misinformation may be "strategic,"', "Jeffery Hemsley"),
    ("The tax cut plans are ''profoundly irresponsible,'' said Steve Bell, a former budget aide.",
     "The tax cut plans are ''profoundly irresponsible,''", "Steve Bell"),
    # the source after the verb is not all capitalised: the content before the verb all the same
    ('This is a "raw time," said Democratic strategist David Axelrod, a longtime ally of the mayor.',
     'This is a "raw time,"', "Democratic strategist"),
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


def test_speaker_lines_of_an_interview() -> None:
    """'A:' is an interview's answer, not an article; an answer with many commas is not a list of names."""
    text = ("Q: What did you find?\n\nA: I came home from school and my parents were gone.\n\n"
            "FALLIN: Well, I think the whole nation needs to work together, and certainly as anyone that is a "
            "nominee, whether it is Donald Trump, whether it is Secretary Clinton, we all need to work, as a "
            "nation, towards unity.\n\nAttendees: John Smith, Jane Doe, Bob Roe, Ann Poe, Tim Moe, Sue Low.\n")
    got = trace(text)
    assert [(r, m) for r, _, m in got] == [("speaker-lines", "Q"), ("speaker-lines", "A"), ("speaker-lines", "FALLIN")]
    assert got[1][1] == "I came home from school and my parents were gone"


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


@pytest.mark.parametrize(("sentence", "content", "mention"), [
    # a gerund after "and"/"by" is the main clause's subject's; one name right before a gerund is its subject
    ("Sanders answered by focusing on the problems and calling for a political revolution to address them.",
     "a political revolution to address them", "Sanders"),
    ("The difference is the approach, with Trump calling for a ban on non-citizen Muslims entering the country.",
     "a ban on non-citizen Muslims entering the country", "Trump"),
    # an indefinite subject speaks after an auxiliary or when it is three words or more
    ("Trump called the system rigged, and a few Republican lawmakers have called for a special prosecutor.",
     "a special prosecutor", "a few Republican lawmakers"),
])
def test_calls_by_gerunds_and_indefinite_subjects(sentence: str, content: str, mention: str) -> None:
    assert ("calls", content, mention) in trace(sentence)


def test_a_noun_compound_call_is_no_cue() -> None:
    """'as a wake-up call for the American people': a noun, its determiner two words back."""
    assert not [t for r, t, _ in trace("Citing the attack as a wake-up call for the American people, Will wrote "
                                       "a column.") if r == "calls"]


def test_noun_cues_with_adjectives_and_a_time_before_that() -> None:
    got = trace("Trump's recent evidence-free assertion that thousands of people celebrated was false.")
    assert got and got[0][0] == "noun-cues" and got[0][2] == "Trump"
    got = trace("She came under fire over her assertion during the debate that we are where we need to be.")
    assert ("noun-cues", "we are where we need to be", "her") in got
    # a comma inside the closing marks ends the noun's content: the quotation is a direct quote of its own
    got = trace("He was challenged over his statement on Wednesday that ''Islam hates us,'' but he kept calm.")
    assert not [t for _, t, _ in got if "kept calm" in t]


def test_a_case_that_could_is_a_relative_clause() -> None:
    assert not [r for r, _, _ in trace("The court has a case that could decide the issue.") if r == "made-arguments"]


def test_asked_questions_end_at_a_comma_inside_marks_and_before_their_setting() -> None:
    got = trace('Asked why he had yet to endorse Clinton during an appearance Friday on "CBS This Morning," Sanders '
                "said he had not endorsed her.")
    assert ("asked", "why he had yet to endorse Clinton", None) in got
    got = trace("Ted Cruz, when asked specifically what about the plan is wrong, said the plan was weak.")
    assert ("object-cues", "what about the plan is wrong", None) in got


def test_responded_that_is_a_speech_verb_but_answered_that_question_is_not() -> None:
    assert ("complement", "Trump had been ridiculing people the entire campaign", "Rubio") in trace(
        "Rubio responded that Trump had been ridiculing people the entire campaign.")
    assert not trace("How he answers that question will have a direct bearing on the race.")


@pytest.mark.parametrize("sentence", [
    "The investments make up only a tiny fraction of Trump’s reported net worth, and a comparison shows little.",
    "So Labor Secretary Thomas Perez stopped writing his speech, packed up his papers and moved to the back.",
    "The findings underscore an increasingly bitter divide in American politics.",
    "He faced allegations that he assaulted a former aide, which he has denied and which she later backed away from.",
])
def test_verbs_that_are_no_speech_here(sentence: str) -> None:
    """An adjective after a possessive or a preposition, a gerund with an object, 'underscore' with a noun
    phrase, and a verb followed by 'and' take no content."""
    assert not trace(sentence)


def test_a_time_ago_before_x_said_is_a_setting() -> None:
    got = trace("Six months ago, the independent Vermont senator said, the media considered him a fringe candidate.")
    assert [t for _, t, _ in got] == ["the media considered him a fringe candidate"]


def test_a_coordinated_call_or_description_takes_the_clause_subject() -> None:
    got = trace("But the former president showed restraint Monday and described his outburst as the emotions of a "
                "worried spouse.")
    assert ("calls", "his outburst as the emotions of a worried spouse", "the former president") in got


def test_a_passive_announcement_is_no_cue() -> None:
    assert not [r for r, _, _ in trace("Aides cheered as she was announced the winner of the race.")
                if r == "announcements"]


def test_reported_figures_are_an_announcement() -> None:
    assert ("announcements", "raising and spending about $9 million during the month", "Mr. Trump") in trace(
        "Mr. Trump reported raising and spending about $9 million during the month.")
    assert not [r for r, _, _ in trace("The paper reported seeing the letter in the archive.") if r == "announcements"]
