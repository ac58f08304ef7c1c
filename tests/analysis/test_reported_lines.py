"""Reported speech by layout and clause: speaker lines of interviews and headlines, NYT's '' marks,
settings before "X said", coordinated and subordinate clauses, where a content ends."""
from __future__ import annotations

from briefing_app.analysis import pipeline, reported
from tests.analysis.reported_helpers import trace


def test_a_long_subject_is_not_content_before_told() -> None:
    """'Whitman, the former governor and EPA administrator, told The Star-Ledger of Newark last week
    she would ...': the subject and its appositive are the source, the clause after the recipient the content."""
    got = trace("Republican Christine Todd Whitman, the former New Jersey governor and Environmental Protection "
                "Agency administrator, told The Star-Ledger of Newark last week she would rather vote for Clinton.")
    assert [(r, t) for r, t, _ in got] == [("complement", "she would rather vote for Clinton")]
    assert got[0][2] is not None and got[0][2].startswith("Republican Christine Todd Whitman")


def test_relative_clause_ends_the_complement() -> None:
    """'Broaddrick, who said Clinton assaulted her, recounted ...': the source is the relative pronoun's head."""
    got = trace("Broaddrick, who said Clinton assaulted her in 1978, recounted the story on Monday.")
    assert got == [("complement", "Clinton assaulted her in 1978", "who")]


def test_speaker_line_in_single_marks_is_a_direct_quote() -> None:
    """'Marco Rubio: ‘You Don’t Win ...’' headlines: the speaker's own words, a direct quote."""
    text = "Marco Rubio: ‘You Don’t Win The Nomination By How Many States You Win.’\n\nHe spoke in Houston.\n"
    doc = pipeline.run(text, stages=(pipeline.quotes, pipeline.actors))
    ctx = reported.run(doc)
    q = ctx.out[0]
    assert (q.kind, q.text, q.mention.text if q.mention else None) == (
        "direct", "You Don’t Win The Nomination By How Many States You Win.", "Marco Rubio")
    assert text[q.start:q.end] == q.text


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


def test_words_before_x_said_and_a_quotation_are_a_setting() -> None:
    """'Tuesday at Baldwin Wallace University, Kasich said, “Q”': no content before the speaker; a
    question put to the speaker is one ('Asked whether ..., X said, “Q”')."""
    assert trace("Tuesday at Baldwin Wallace University in Berea, Kasich said, “I am getting ready to rent a "
                 "covered wagon.”") == []
    got = trace("Asked by a host whether the leaks helped the attackers, de Blasio said, “I have not heard that "
                "particular concern.”")
    assert [t for _, t, _ in got] == ["whether the leaks helped the attackers"]


def test_speaker_lines_of_an_interview() -> None:
    """'A:' is an interview's answer, not an article; an answer with many commas is not a list of names."""
    text = ("Q: What did you find?\n\nA: I came home from school and my parents were gone.\n\n"
            "FALLIN: Well, I think the whole nation needs to work together, and certainly as anyone that is a "
            "nominee, whether it is Donald Trump, whether it is Secretary Clinton, we all need to work, as a "
            "nation, towards unity.\n\nAttendees: John Smith, Jane Doe, Bob Roe, Ann Poe, Tim Moe, Sue Low.\n")
    got = trace(text)
    assert [(r, m) for r, _, m in got] == [("speaker-lines", "Q"), ("speaker-lines", "A"), ("speaker-lines", "FALLIN")]
    assert got[1][1] == "I came home from school and my parents were gone"


def test_asked_questions_end_at_a_comma_inside_marks_and_before_their_setting() -> None:
    got = trace('Asked why he had yet to endorse Clinton during an appearance Friday on "CBS This Morning," Sanders '
                "said he had not endorsed her.")
    assert ("asked", "why he had yet to endorse Clinton", None) in got
    got = trace("Ted Cruz, when asked specifically what about the plan is wrong, said the plan was weak.")
    assert ("object-cues", "what about the plan is wrong", None) in got


def test_a_time_ago_before_x_said_is_a_setting() -> None:
    got = trace("Six months ago, the independent Vermont senator said, the media considered him a fringe candidate.")
    assert [t for _, t, _ in got] == ["the media considered him a fringe candidate"]


def test_a_transcript_answer_that_reports_speech_is_still_a_turn() -> None:
    """'A: My aunt called and told me the school had closed ...': the reported speech inside the answer
    stays a quote of its own, and the whole answer is the interviewee's turn too (it was dropped
    because a quote was already found inside it). Q/A letters and labels in capitals alike."""
    text = ("Q: What happened on the first day?\n\n"
            "A: My aunt called and told me the school had closed for good. I walked home alone that night "
            "and nobody asked where I was going.\n\n"
            "Q: Did anyone help you afterwards?\n\n"
            "A: No. A teacher said she would write to the city, but the letter never came.\n")
    quotes = pipeline.analyse(text).quotes
    got = {q.text for q in quotes}
    assert "My aunt called and told me the school had closed for good. I walked home alone that night " \
           "and nobody asked where I was going" in got
    assert "No. A teacher said she would write to the city, but the letter never came" in got
    assert any(q.text.startswith("the school had closed") for q in quotes)  # the inner report stays
    text = ("HOLT: Why not meet them in Ohio?\n\n"
            "MARTINEZ: The governor said he would rather wait until the budget passes. We are ready to go "
            "whenever they are.\n\n"
            "HOLT: And if they refuse?\n\n"
            "MARTINEZ: Then we go without them, and the voters will decide who showed up.\n")
    turns = [q for q in pipeline.analyse(text).quotes if q.text.startswith("The governor said")]
    assert [q.kind for q in turns] == ["direct"]


def test_a_headline_that_holds_a_quote_found_already_is_not_read_again() -> None:
    """A headline 'Name: ...' whose words another rule already took is not doubled (only transcript
    turns may hold a quote found before them)."""
    text = ("Senate leaders: the bill will pass, Smith said on Tuesday.\n\n"
            "The vote is set for Friday, aides said.\n")
    quotes = [q for q in pipeline.analyse(text).quotes if q.kind == "indirect"]
    starts = [q.start for q in quotes]
    assert len(starts) == len(set(starts))


def test_a_question_word_before_a_pronoun_clause_opens_the_complement() -> None:
    """'explained why she forgave him', 'asked how they knew': a clause after why/how/whether, its verb
    in any tense (not only the listed or regular ones)."""
    assert trace("Sanders explained why she forgave the gunman after the trial.") == [
        ("complement", "why she forgave the gunman after the trial", "Sanders")]
    assert trace("The clerk asked whether they had brought their papers.") == [
        ("complement", "whether they had brought their papers", "The clerk")]
    assert trace("Ms. Ortiz later explained how we slept in the car for a week.") == [
        ("complement", "how we slept in the car for a week", "Ms. Ortiz")]


def test_a_participle_after_before_or_while_without_a_comma() -> None:
    """'... before explaining why she forgave him', '... after telling reporters that ...': the main
    subject's words; an object is no content ('before announcing her run')."""
    assert trace("Sheppard spoke about healing before explaining why she stands behind Clinton.") == [
        ("participle-of-plain-clause", "why she stands behind Clinton", "Sheppard")]
    assert trace("Jones resigned after telling reporters that the board had lied to her.") == [
        ("participle-of-plain-clause", "the board had lied to her", "Jones")]
    assert trace("Smith took questions while insisting he had done nothing wrong.") == [
        ("participle-of-plain-clause", "he had done nothing wrong", "Smith")]
    assert trace("The mayor waited a week before announcing his candidacy for the seat.") == []


def test_a_gerund_after_kept_or_began_has_the_subject_before_them() -> None:
    """'He kept saying', 'Clinton began telling the crowd, “Q”', 'has kept insisting': the speaker is the
    subject, not the verb of going on; 'went on to say' is the subject's saying."""
    assert trace("He kept saying that the plan would fail.") == [("complement", "the plan would fail", "He")]
    assert trace("They continued arguing that taxes were too high.") == [
        ("complement", "taxes were too high", "They")]
    assert trace("Mr. Lee then went on to explain that the board had erred.") == [
        ("complement", "the board had erred", "Mr. Lee")]
    quotes = pipeline.analyse("Clinton began telling the crowd, “We are not going back.”").quotes
    assert [(q.kind, q.mention.text if q.mention else None) for q in quotes] == [("direct", "Clinton")]
    quotes = pipeline.analyse("The mayor has kept insisting, “The budget is balanced.”").quotes
    assert [(q.kind, q.mention.text if q.mention else None) for q in quotes] == [("direct", "The mayor")]
    assert trace("The protest kept growing, officials said.") == [("content-before", "The protest kept growing", "officials")]


def test_words_before_according_to_inside_an_opened_clause_are_no_content() -> None:
    """'... after, according to him, CONTENT', 'The AP reported that, according to X, CONTENT': the
    phrase stands inside a clause that opens after it; only that clause is content."""
    assert trace("He left the paper years ago after, according to him, the network censured his first report.") == [
        ("according-mid", "the network censured his first report", "him")]
    assert trace("The AP reported that, according to an analysis of her calendar, most of the meetings were "
                 "with donors.") == [("according-mid", "most of the meetings were with donors", "an analysis of her calendar")]
    assert trace("Politico reported, according to sources in the room, Clinton told the bankers she would not "
                 "punish them.") == [("according-mid", "Clinton told the bankers she would not punish them",
                                      "sources in the room")]
    assert trace("The storm, according to the agency, will reach the coast on Monday.") == [
        ("according-mid", "The storm", "the agency"), ("according-mid", "will reach the coast on Monday", "the agency")]


def test_a_telephone_call_is_no_characterisation() -> None:
    """'Mr. Obama called Naghmeh Abedini.', 'she called Sanders to congratulate him', 'called her to ask':
    a call on the telephone; 'called Clinton a liar', 'called Kasich weak', 'called an emergency session',
    'called on Congress to act' stay."""
    assert trace("A year later, Mr. Obama called Naghmeh Abedini.") == []
    assert trace("She spoke to reporters shortly after she called Sanders to congratulate him.") == []
    assert trace("The governor called her to ask about the vote.") == []
    assert trace("Trump called Clinton a liar on Monday.") == [("calls", "Clinton a liar on Monday", "Trump")]
    assert trace("Trump called Kasich weak.") == [("calls", "Kasich weak", "Trump")]
    assert trace("The council called an emergency session on Friday.") == [
        ("calls", "an emergency session on Friday", "The council")]
    assert trace("He called on Congress to act.") == [("calls", "Congress to act", "He")]


def test_a_thing_that_threatens_or_promises_to_happen_says_nothing() -> None:
    """'the primary threatens to knock ... out', 'a debate that threatened to make or break', 'retirements
    promise to swell costs': likely events, not commitments; a person, a body or a name ('Gov. Nathan Deal',
    'Trump, a front-runner in the race') stays a source."""
    assert trace("But the New Hampshire primary threatens to knock one of the governors out of the race.") == []
    assert trace("The candidates lashed out in a debate that threatened to make or break their campaigns.") == []
    assert trace("As looming retirements promise to swell Medicare expenses, the plan is new.") == []
    assert trace("A pending ballot initiative threatened to raise the wage more swiftly.") == []
    assert trace("The union threatened to strike if the deal is not signed.") == [
        ("promises", "to strike if the deal is not signed", "The union")]
    assert trace("Gov. Nathan Deal has vowed to block other refugees from coming to the state.") == [
        ("promises", "to block other refugees from coming to the state", "Gov. Nathan Deal")]
    assert trace("Trump, a front-runner in the race, has promised to deport 11 million immigrants.") == [
        ("promises", "to deport 11 million immigrants", "Trump, a front-runner in the race")]



def test_a_thing_threatening_is_read_in_either_number_and_before_its_of_phrase() -> None:
    """THING_NOUNS holds the singular; a plural ('storms', 'technologies', 'strikes') and the head before an of-phrase
    ('The retirement of baby boomers') are things too; the head of an of-phrase that names a person speaks ('The leader
    of the strike')."""
    assert trace("The storms threaten to flood the coast.") == []
    assert trace("The new technologies threaten to change the industry.") == []
    assert trace("The strikes threaten to shut down the port.") == []
    assert trace("Higher interest rates threaten to slow the economy.") == []
    assert trace("The retirement of baby boomers threatens to swell costs for the program.") == []
    assert trace("The leader of the strike threatened to widen it to the docks.") == [
        ("promises", "to widen it to the docks", "The leader of the strike")]

def test_an_interview_answer_is_the_interviewee_s() -> None:
    """'Q: ... A: ...' turns: the answers are the words of the person the introduction names most (the
    questions' asker is left unnamed), not of a speaker called 'A'."""
    text = ("Maria Lopez, an actress, has become a familiar face on television. But even her fellow cast members did not "
            "know that Lopez had been on her own since the age of 14. Editor Tom Grant sat down with her.\n\n"
            "Q: What did you find when you came home that day?\n\n"
            "A: I came home from school and my parents were gone, and nobody would tell me where.\n\n"
            "Q: Did anyone help you?\n\n"
            "A: No, no one did. A neighbor took me in for a while and then I was on my own.\n")
    turns = [q for q in pipeline.analyse(text).quotes if q.cue == ":"]
    answers = [q for q in turns if text[:q.start].rstrip().endswith("A:")]
    assert len(answers) == 2 and {q.speaker for q in answers} == {"Maria Lopez"}
    assert {q.mention.text for q in answers if q.mention} == {"Maria Lopez"}
    assert all(q.speaker is None for q in turns if q not in answers)


def test_a_document_written_is_no_reported_content() -> None:
    """'wrote a detailed, six-page letter to X', 'writes a weekly column', 'tweeted a YouTube video', 'added
    around 292,000 jobs': the thing written or counted; 'tweeted the video was fake', 'wrote in a blog post
    that ...' and 'wrote that his column ...' stay reported speech."""
    assert trace("Late last month, the company wrote a detailed, six-page letter to the president of Columbia.") == []
    assert trace("He also hosts a Sunday talk show and writes a weekly column for the paper.") == []
    assert trace("Rubio's campaign tweeted a YouTube video from an account run by his aides.") == []
    assert trace("While the U.S. added around 292,000 jobs in December, wages were flat.") == []
    assert trace("Trump tweeted the video was fake news.") == [("complement", "the video was fake news", "Trump")]
    assert trace("She wrote in a blog post that the plan would fail.") == [
        ("complement", "the plan would fail", "She")]
    assert trace("He wrote that his column had been misread.") == [
        ("complement", "his column had been misread", "He")]


def test_a_document_s_participle_speaks_for_its_writer() -> None:
    """'wrote a letter saying that X': X is the writer's, as after 'sent a letter saying'; 'wrote a column
    arguing that X', 'published an op-ed saying X': the writer, not 'a column', is the source."""
    assert trace("Ayotte wrote a letter saying that the center deserved praise.") == [
        ("complement", "the center deserved praise", "Ayotte")]
    assert trace("The mayor wrote a column arguing that the tax was unfair.") == [
        ("complement", "the tax was unfair", "The mayor")]
    assert trace("Smith published an op-ed saying the plan would fail.") == [
        ("complement", "the plan would fail", "Smith")]
