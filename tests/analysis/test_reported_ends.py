"""reported/ends.py: where a reported content ends (one test per named rule), and the clause
subjects the cue rules rely on (subjects.py)."""
from __future__ import annotations

from briefing_app.analysis import pipeline, reported
from briefing_app.analysis.reported.ends import END_RULES, asked_tail, comment_appositive, next_act, other_speaker
from briefing_app.analysis.subjects import clause_subject


def contents(text: str) -> list[tuple[str, str | None]]:
    doc = pipeline.run(text, stages=(pipeline.quotes, pipeline.actors))
    return [(q.text, q.mention.text if q.mention else None) for q in reported.run(doc).out]


def test_comment_appositive_is_the_reporters() -> None:
    s = 'he complained that the contest had been "rigged" against him, a charge that party leaders denied'
    assert s[comment_appositive(s, 0, len(s)) or 0:].startswith(", a charge that")
    got = contents("Those surveyed say the country should switch to clean energy by 2030, an ambitious goal that "
                   "would require the next president's leadership.")
    assert got == [("the country should switch to clean energy by 2030", "Those surveyed")]


def test_a_closing_appositive_noun_phrase_is_the_reporters() -> None:
    s = "the person would not get beat up at his rally, a swipe at the recent disturbances at Trump's rallies"
    assert s[comment_appositive(s, 0, len(s)) or 0:].startswith(", a swipe")
    s = "his revenue increased from $362 million in 2014 to $557 million in 2015, an increase of almost $200 million"
    assert s[comment_appositive(s, 0, len(s)) or 0:].startswith(", an increase")
    # a clause after the comma is no appositive: "..., a recount of the vote could not be done"
    s = "that, even if they thought it was appropriate, a recount of Monday's vote could not be done"
    assert comment_appositive(s, 0, len(s)) is None


def test_next_act_of_the_speaker_ends_the_content() -> None:
    s = "he had voted for Mr. Rubio, but cautioned against viewing that as an endorsement"
    assert s[next_act(s, 0, len(s)) or 0:].startswith(", but cautioned")
    got = contents("Nevada's governor said Tuesday that he had voted for Mr. Rubio, but cautioned against viewing "
                   "that as an endorsement.")
    assert got[0][0] == "he had voted for Mr. Rubio"
    # an adjective before a noun is no second verb: "jobs, renovated schools, and repaired bridges"
    s = "the plan would bring better jobs, renovated schools, and repaired bridges"
    assert next_act(s, 0, len(s)) is None
    # a second verb before "that" or "to": "..., but agreed that ...", "..., but appeared to ..."
    s = "he did not own the aircraft to burnish his brand, but agreed that the fleet had value"
    assert s[next_act(s, 0, len(s)) or 0:].startswith(", but agreed")
    # "but has" and a participle, with or without a comma: "she is going to vote for Trump but has withheld ..."
    s = "she is going to vote for Trump but has withheld her endorsement"
    assert s[next_act(s, 0, len(s)) or 0:].startswith(" but has withheld")
    # (no comma, no "but has": a second verb of the content, "was tired of it and wanted a candidate who ...")
    s = "she was tired of the status quo and wanted a candidate who had not accepted money"
    assert next_act(s, 0, len(s)) is None


def test_another_speakers_clause_ends_the_content() -> None:
    s = "they want lower taxes, but six in 10 said they want more spending"
    assert s[other_speaker(s, 0, len(s)) or 0:].startswith(", but six in 10 said")
    s = "the tax would fail, while Park said that the stakes were too high"
    assert s[other_speaker(s, 0, len(s)) or 0:].startswith(", while Park said")
    # the speaker's own next words ("but in a later interview said"), "and that ..." and a relative clause stay
    for s in ("the rules were clear, but in a later interview said they were not",
              "the plan was fine, and that voters say they want change",
              "it was fine, and the people who say otherwise are wrong"):
        assert other_speaker(s, 0, len(s)) is None


def test_a_question_put_to_the_speaker_ends_the_content() -> None:
    s = "the bridge would reopen in May, asked about the delays on the line"
    assert s[asked_tail(s, 0, len(s)) or 0:].startswith(", asked about")
    s = "she would run again, when asked whether the party wanted her"
    assert s[asked_tail(s, 0, len(s)) or 0:].startswith(", when asked whether")
    # the words "asked" inside the content, not a participle after a comma, stay
    for s in ("voters asked about the plan were unsure", "the board asked whether the audit was done"):
        assert asked_tail(s, 0, len(s)) is None


def test_every_end_rule_has_a_test() -> None:
    assert {name for name, _ in END_RULES} == {"comment-appositive", "next-act", "new-clause", "next-vow", "pronoun-clause",
                                               "next-participle", "concessive", "setting-tail", "other-speaker",
                                               "asked-tail"}


def test_a_name_ending_in_ing_after_an_opening_participle_is_the_subject() -> None:
    s = "Walking to the next address, Ebeling reminisced about her days with Clinton, and said"
    span = clause_subject(s, 0, s.index("said"))
    assert span is not None and s[span[0]:span[1]] == "Ebeling"


def test_a_long_subject_with_a_determiner_before_its_verb() -> None:
    s = "A spokesman for Mayor Frank G. Jackson of Cleveland defended the route and said"
    span = clause_subject(s, 0, s.index("said"))
    assert span is not None and s[span[0]:span[1]] == "A spokesman for Mayor Frank G. Jackson of Cleveland"


def test_new_clause_after_and_is_the_reporters_next_fact() -> None:
    from briefing_app.analysis.reported.ends import new_clause
    s = "a boycott of his speech, and the Anti-Defamation League strongly denounced the rhetoric"
    assert s[new_clause(s, 0, len(s)) or 0:].startswith(", and the Anti-Defamation")
    s = "he has a lot of people afraid, and I think not just people who are undocumented"
    assert new_clause(s, 0, len(s)) is None
    # after "but" too: "..., but Fiorina's team denied that ..."
    s = "her limited availability for private functions, but Fiorina's team denied that she would speak"
    assert s[new_clause(s, 0, len(s)) or 0:].startswith(", but Fiorina's team")


def test_pronoun_clause_in_the_past_is_the_reporters() -> None:
    from briefing_app.analysis.reported.ends import pronoun_clause
    s = "the real extremist on abortion is Hillary Clinton, and he railed against the debate moderators"
    assert s[pronoun_clause(s, 0, len(s)) or 0:].startswith(", and he railed")
    s = "the former diplomat could not recall the dinner, but he did remember telling Clinton"
    assert s[pronoun_clause(s, 0, len(s)) or 0:].startswith(", but he did")
    # a modal or the present stays in the content: backshifted speech ("..., and he would ...")
    s = "the economy was weak, and he would fix it"
    assert pronoun_clause(s, 0, len(s)) is None
    got = contents("Rubio said the real extremist on abortion is Hillary Clinton, and he railed against the "
                   "moderators for failing to bring it up.")
    assert got == [("the real extremist on abortion is Hillary Clinton", "Rubio")]


def test_a_clause_cut_off_the_content_is_read_for_its_own_cue() -> None:
    got = contents("Edward G. Rendell said the foundation should be disbanded if Mrs. Clinton won, and he added "
                   "that it would make sense for the charity to stop taking foreign donations.")
    assert got == [("the foundation should be disbanded if Mrs. Clinton won", "Edward G. Rendell"),
                   ("it would make sense for the charity to stop taking foreign donations", "he")]
    got = contents("On Thursday, Ryan said he was not ready to support the campaign, and suggested that Trump "
                   "needs to take the first steps.")
    assert got == [("he was not ready to support the campaign", "Ryan"),
                   ("Trump needs to take the first steps", "Ryan")]


def test_setting_tail_is_where_it_was_said() -> None:
    from briefing_app.analysis.reported.ends import setting_tail
    s = "his campaign doesn't want that crap, in an interview with CNN on Sunday"
    assert s[setting_tail(s, 0, len(s)) or 0:] == " in an interview with CNN on Sunday"
    s = "he wanted to see what it was like at a Trump rally and why people came"
    assert setting_tail(s, 0, len(s)) is None


def test_next_participle_of_the_lexicon_is_a_next_act() -> None:
    from briefing_app.analysis.reported.ends import next_participle
    s = 'Alwaleed "dopey" and accusing him of wanting to control the politicians'
    assert s[next_participle(s, 0, len(s)) or 0:].startswith(" and accusing")
    # gerunds of other verbs are the content's own ("crafting the platform and holding its convention")
    s = "the process of crafting the platform and holding its convention could be messy"
    assert next_participle(s, 0, len(s)) is None
    got = contents("Trump spoke at length on Friday, saying he would not support the agenda and suggesting that "
                   "politicians should do what is best for the people.")
    assert [text for text, _ in got] == ["he would not support the agenda",
                                         "politicians should do what is best for the people"]
    assert got[0][1] == got[1][1] == "Trump"


def test_a_concessive_clause_is_the_reporters() -> None:
    from briefing_app.analysis.reported.ends import concessive
    s = "stricter gun laws would help prevent gun violence, though they blame failures in the mental health system"
    assert s[concessive(s, 0, len(s)) or 0:].startswith(", though they blame")
    # not a clause: "a crucial, although brief, opportunity", "Trump, even as a candidate, had ..."
    for s in ("she treated the photo line as a crucial, although brief, opportunity to ask",
              "Donald J. Trump, even as a candidate, had elevated the dangers"):
        assert concessive(s, 0, len(s)) is None
    got = contents("Mr. Ryan has long said that he will support the party's nominee, even as he has taken frequent "
                   "shots at Mr. Trump's comments.")
    assert got == [("he will support the party's nominee", "Mr. Ryan")]


def test_a_new_subject_with_an_infinitive_verb_is_the_reporters_next_fact() -> None:
    """', and the mayor vowed to pass it': a past whose object is an infinitive is a verb of its own (the lookahead
    that keeps passive participles "allocated to schools" in the content had kept it too); the comma may end a quoted
    phrase; "a failed state" after an article is no verb."""
    assert contents("Ms. Holt called the levy a disgrace, and the mayor vowed to keep it.") == \
        [("the levy a disgrace", "Ms. Holt")]
    assert contents("Mr. Okafor said the depot was too small, but Ms. Berg pledged to enlarge it.") == \
        [("the depot was too small", "Mr. Okafor")]
    assert contents("Ms. Holt said the levy was “a disgrace,” and Mr. Lee refused to scrap it.") == \
        [("the levy was “a disgrace,”", "Ms. Holt")]
    # still one content: a passive participle before "to", an adjective after an article
    assert contents("Ms. Holt said the fund would shrink, and the money allocated to roads would go.")[0][0] == \
        "the fund would shrink, and the money allocated to roads would go"
    assert contents("Mr. Okafor admits the plan “did not work,” and the town has become a failed experiment.")[0][0] == \
        "the plan “did not work,” and the town has become a failed experiment"


def test_a_passive_participle_before_to_and_a_noun_stays_in_the_content() -> None:
    # "pledged to schools": the participle of a passive, not a verb taking an infinitive (no content of its own)
    got = contents("The mayor said the tolls would rise, and the money pledged to schools would be cut.")
    assert got == [("the tolls would rise, and the money pledged to schools would be cut", "The mayor")]
    got = contents("The mayor said the tolls would rise, and the funds voted to them would be cut.")
    assert got == [("the tolls would rise, and the funds voted to them would be cut", "The mayor")]
    # a verb after "to" still ends it, also one that ends in "-ss"
    assert contents("The mayor said the tolls would rise, and the council vowed to pass it.")[0][0] == \
        "the tolls would rise"


def test_a_second_verb_of_intent_without_a_comma_is_the_speakers_next_act() -> None:
    """'said the levy was unfair and promised to fight it': the commitment is the speaker's next act (a content of
    its own, the same speaker's), not more of what was said; the present only after a cue in the present."""
    assert contents("Ms. Okafor said the levy was unfair and promised to fight it in court.") == \
        [("the levy was unfair", "Ms. Okafor"), ("to fight it in court", "Ms. Okafor")]
    assert contents("The mayor said the depot had been neglected and sought to delay the vote until May.") == \
        [("the depot had been neglected", "The mayor")]
    assert contents("Mr. Lindqvist says the tolls are too high and vows to cut them before winter.")[0] == \
        ("the tolls are too high", "Mr. Lindqvist")
    # a base form after a modal is the content's own verb; "promises" may be a noun
    assert contents("Ms. Okafor said she would resign and vow to fight on.")[0][0] == "she would resign and vow to fight on"
    assert contents("Mr. Lindqvist says voters like speeches and promises to cut the tolls.")[0][0] == \
        "voters like speeches and promises to cut the tolls"
