"""'CONTENT, S said.' (reported/before.py): what may follow the verb for the words before the speaker to be
the whole content, and the opening participles ("After saying ...", "In describing ...") whose content is
the main clause subject's (sentence_rules.participle_opening / participle_aside)."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


@pytest.mark.parametrize(("sentence", "content", "mention"), [
    # a setting and then a participle: the participle is a second attribution
    ("The plan is dead, Hollande said Tuesday in Paris, noting the nominee has upset many.",
     "The plan is dead", "Hollande"),
    # a setting holding a quoted show title
    ("Shays was for Kasich while the Ohio governor was running, he said Wednesday on MSNBC’s “Morning Joe.”",
     "Shays was for Kasich while the Ohio governor was running", "he"),
    # the recipient of told/wrote, then a setting or nothing
    ("This is not about me, President Obama told his closest advisers as he labored over the speech.",
     "This is not about me", "President Obama"),
    ("There is no need to move the records, Kennedy wrote Linick.", "There is no need to move the records", "Kennedy"),
    ("Sanders’ support is strong among the most active teachers, union officials told POLITICO.",
     "Sanders’ support is strong among the most active teachers", "union officials"),
    # a coordinated subject: the comma is before its first conjunct
    ("Agents are likely to want to interview her senior aides, current and former officials said.",
     "Agents are likely to want to interview her senior aides", "former officials"),
    # inside brackets: only the bracketed words
    ("(The French, it turns out, are big fans of ''Prison Break,'' Mr. Madden said.)",
     "The French, it turns out, are big fans of ''Prison Break,''", "Mr. Madden"),
    ("She cared if her low ratings (at one point as low as 19%, Gutin says) hurt her husband.",
     "at one point as low as 19%", "Gutin"),
])
def test_content_before_the_speaker(sentence: str, content: str, mention: str) -> None:
    got = [(t, m) for r, t, m in trace(sentence) if r == "content-before"]
    assert got and got[0] == (content, mention), trace(sentence)


def test_a_whole_clause_before_the_speaker_keeps_its_next_act() -> None:
    got = trace("The agency met with the director, Michael Bay, and cited a list of concerns about the script, "
                "officials said.")
    assert ("content-before", "The agency met with the director, Michael Bay, and cited a list of concerns about "
            "the script", "officials") in got


def test_after_the_speaker_and_a_new_subject_is_the_reporters() -> None:
    got = trace("The point of those sanctions is to keep material from untrustworthy people, Hennessey said, and with "
                "the aides chastened, it is safe to assume they will not do it again.")
    assert got == [("content-before", "The point of those sanctions is to keep material from untrustworthy people",
                    "Hennessey")]


def test_after_the_speaker_and_a_verb_or_a_quotation_is_still_the_speakers() -> None:
    got = trace("Shoppers have higher expectations, he said, and are steering away from political messages.")
    assert ("content-before", "and are steering away from political messages", "he") in got


def test_a_clause_after_told_is_no_setting() -> None:
    got = trace("Sooner or later it will pay off, the governor told reporters the plan is working.")
    assert all(r != "content-before" for r, _, _ in got)


@pytest.mark.parametrize(("sentence", "content", "mention"), [
    ("After saying he was nervous to ask a question, the man ended up in the middle of the room.",
     "he was nervous to ask a question", "the man"),
    ("In describing fellow billionaire Donald Trump, Cuban said he sees someone without curiosity.",
     "fellow billionaire Donald Trump", "Cuban"),
    ("Emphasizing the urgency of the matter, Trump said the country must be strong.",
     "the urgency of the matter", "Trump"),
    # a long description as the main clause's subject; a day after the participle; two adverbs before the verb
    ("Declaring that he alone can fix it, the billionaire real estate mogul offered a dark vision.",
     "he alone can fix it", "the billionaire real estate mogul"),
    ("After suggesting on Wednesday that he regretted the insults, Mr. Rubio only occasionally disagreed with him.",
     "he regretted the insults", "Mr. Rubio"),
    # a time before the preposition, a perfect tense in the main clause
    ("One month after announcing his support for Donald Trump, Marco Rubio still believes he is wrong.",
     "his support for Donald Trump", "Marco Rubio"),
    ("Since announcing the former governor as his running mate, Johnson has risen in the polls.",
     "the former governor as his running mate", "Johnson"),
])
def test_an_opening_participle_after_a_preposition(sentence: str, content: str, mention: str) -> None:
    assert ("participle-opening", content, mention) in trace(sentence)


def test_an_aside_needs_the_subjects_verb_after_it() -> None:
    assert all(r != "participle-aside" for r, _, _ in trace("Mr. Sanders, after saying he would not advertise."))


@pytest.mark.parametrize(("sentence", "rule", "content", "mention"), [
    # a second verb after "and" is a cue, not an adjective ("in reported direct mail attacks" is one)
    ("FBI officials were angered by the deal and predicted it would affect the outcome of other cases.",
     "complement", "it would affect the outcome of other cases", "FBI officials"),
    # claim/vow/report verbs after a plural noun, a person noun or a relative pronoun
    ("Many Democratic lawmakers claim it will result in massive job losses.", "complement",
     "it will result in massive job losses", "Many Democratic lawmakers"),
    ("The candidate claims his net worth is in excess of $10 billion.", "complement",
     "his net worth is in excess of $10 billion", "The candidate"),
    ("Breitbart reports the two friends had a falling out after Beck read a private email.", "complement",
     "the two friends had a falling out after Beck read a private email", "Breitbart"),
    # and after a body, an office-holder or a document that states things
    ("The lawsuit claims that the company hid the defects.", "complement", "the company hid the defects",
     "The lawsuit"),
    ("The indictment claims the company hid the defects.", "complement", "the company hid the defects",
     "The indictment"),
    ("The union claims the deal is unfair.", "complement", "the deal is unfair", "The union"),
    ("The mayor vows that the library will stay open.", "complement", "the library will stay open", "The mayor"),
    # a participle after "before": a second attribution of the speaker
    ("“There is great danger,” Trump told reporters, before insisting he had a great relationship with them.",
     "participle-after", "he had a great relationship with them", "Trump"),
])
def test_verb_forms_that_are_cues(sentence: str, rule: str, content: str, mention: str) -> None:
    assert (rule, content, mention) in trace(sentence), trace(sentence)


@pytest.mark.parametrize("sentence", [
    "Voters repeated the debunked claim that he opposed the war.",
    "The false claims that the vote was rigged spread online.",
    "She rejected the union's claims that wages fell.",
    "The insurance claims that were filed rose.",
    "Local news reports the weather every hour.",
    "Trump’s reported net worth is disputed by analysts.",
])
def test_noun_and_adjective_uses_stay_no_cues(sentence: str) -> None:
    assert trace(sentence) == []


@pytest.mark.parametrize(("sentence", "content", "mention"), [
    # "of" a topic, then "that": the clause after it (not a relative "that" after "of a list")
    ("Maher stated of the email scandal that the inspector general’s report “wasn’t good.”",
     "the inspector general’s report “wasn’t good.”", "Maher"),
    # a long subject holding initials and an appositive before its verb
    ("Mr. Ryan said the criticism of the judge, Gonzalo P. Curiel of the district court, was ''the textbook "
     "definition of a racist comment.''",
     "the criticism of the judge, Gonzalo P. Curiel of the district court, was ''the textbook definition of a racist "
     "comment.''", "Mr. Ryan"),
    # "used the occasion to declare": the user of the occasion speaks
    ("Mrs. Clinton used the occasion to declare that the nomination was ''in sight.''",
     "the nomination was ''in sight.''", "Mrs. Clinton"),
    # a short phrase of where, then a pronoun clause
    ("Zimmerman wrote in both listings he was honored to announce the sale of the weapon.",
     "he was honored to announce the sale of the weapon", "Zimmerman"),
    # a quoted fragment, then a name and its verb: the clause goes on, a mixed quote
    ("Sanders opened the debate saying “of course” Clinton has the qualifications to be president.",
     "“of course” Clinton has the qualifications to be president", "Sanders"),
])
def test_where_a_complement_starts(sentence: str, content: str, mention: str) -> None:
    assert ("complement", content, mention) in trace(sentence), trace(sentence)


def test_a_relative_that_after_of_is_no_complement() -> None:
    assert trace("Maddow said of a list that included Senator Claire McCaskill that it was strong.") != [
        ("complement", "included Senator Claire McCaskill that it was strong", "Maddow")]


def test_the_writer_of_a_letter_speaks_through_it() -> None:
    got = trace("The senator released a letter stating that the agency had misled Congress.")
    assert ("complement", "the agency had misled Congress", "The senator") in got


def test_a_noun_after_a_determiner_and_an_adjective_is_no_cue() -> None:
    got = trace("In a subsequent note to staff, Zucker said the coverage would change.")
    assert got == [("complement", "the coverage would change", "Zucker")]


def test_said_for_the_first_time_that() -> None:
    got = trace("The department said for the first time that secret intelligence had passed through the server.")
    assert ("complement", "secret intelligence had passed through the server", "The department") in got


@pytest.mark.parametrize(("sentence", "content", "mention"), [
    ("The cuts would fall hardest on small growers, said the company's chief executive.",
     "The cuts would fall hardest on small growers", "the company's chief executive"),
    ("Even India has more cultural resonance through Bollywood films, says political scientist Dossym Satpayev in "
     "Almaty.", "Even India has more cultural resonance through Bollywood films", "Dossym Satpayev"),
    ("The firm lobbied on behalf of the Trump Organization, said lobbyist and GOP strategist Charlie Black, "
     "Manafort's partner.", "The firm lobbied on behalf of the Trump Organization", "Charlie Black"),
])
def test_an_inverted_description_after_a_clause(sentence: str, content: str, mention: str) -> None:
    assert ("inverted-tail", content, mention) in trace(sentence), trace(sentence)


@pytest.mark.parametrize(("sentence", "content"), [
    # a setting the manner phrases do not cover, then a dash: the reporter's comment
    ("Hillary thinks the government requires too many tests, Bill Clinton said this week at an event in Wyoming — "
     "an apparent reversal.", "Hillary thinks the government requires too many tests"),
    ("His allegiance has shifted to Cruz, Wilkin said during his campaign speech to be a national delegate.",
     "His allegiance has shifted to Cruz"),
])
def test_content_before_a_longer_setting(sentence: str, content: str) -> None:
    assert [t for r, t, _ in trace(sentence) if r == "content-before"] == [content]


def test_a_quotation_set_off_by_dashes_is_no_content_before() -> None:
    got = trace("Neither man was impressed by Mrs. Clinton - ''Born with a silver spoon in her mouth,'' Mr. Elkins "
                "said - but they could not back Mr. Trump either.")
    assert all(r != "content-before" for r, _, _ in got), got


def test_the_head_of_an_appositive_subject_is_not_content() -> None:
    got = trace('"We need him because life is hard," his wife, Gabriela Lazar, wrote in a letter to the court.')
    assert all(r != "content-before" for r, _, _ in got), got


def test_a_participle_announcing_on_a_day() -> None:
    got = trace("Trump joined the gun debate, announcing on Wednesday he would meet with the National Rifle Association.")
    assert ("participle-of-plain-clause", "he would meet with the National Rifle Association", "Trump") in got, got


def test_a_relative_clause_holding_an_appositive_goes_on_to_its_verb() -> None:
    got = trace("It was criticised by Armin Laschet, who suggested that Mr. Jäger, under fire for the failures in "
                "Cologne, would do better to keep quiet.")
    assert ("complement", "Mr. Jäger, under fire for the failures in Cologne, would do better to keep quiet",
            "who") in got, got  # (PolNeAR's source: the relative pronoun, resolved to its head as the speaker)


def test_a_warning_noun_is_no_warning_verb() -> None:
    assert all(r != "warnings-of" for r, _, _ in trace("The warning about a new world war was heard in Berlin."))


@pytest.mark.parametrize(("sentence", "rule", "content", "mention"), [
    # a topic after the verb, then the participle of a second attribution
    ("“They have a global strategy,” he said of the terrorist group, adding the U.S. must be equally global.",
     "participle-after", "the U.S. must be equally global", "he"),
    # ", while saying that ...": the main clause's subject
    ("Bolton had a comparable assessment of the record, while saying that the speech reassured him.",
     "participle-of-plain-clause", "the speech reassured him", "Bolton"),
    # a quoted show title before a far "that"
    ("Sanders said on ABC's \"This Week\" that he would take a look at such legislation.",
     "complement", "he would take a look at such legislation", "Sanders"),
])
def test_second_attributions_and_far_thats(sentence: str, rule: str, content: str, mention: str) -> None:
    assert (rule, content, mention) in trace(sentence), trace(sentence)


def test_the_last_dash_read_back_is_the_last_dash_found_from_the_start() -> None:
    """_last_dash_end (the dashed aside's start) answers what a scan of every dash from the sentence start did."""
    import random

    from briefing_app.analysis.reported.before import DASH_RE, _last_dash_end
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(["a", "b ", " ", "  ", "-", "--", " - ", "—", " – ", "\n", "well-known "])
                       for _ in range(rng.randrange(0, 14)))
        start, stop = sorted((rng.randrange(len(text) + 1), rng.randrange(len(text) + 1)))
        expected = max([start] + [m.end() for m in DASH_RE.finditer(text, start, stop)])
        assert _last_dash_end(text, start, stop) == expected, (text, start, stop)


def test_a_long_sentence_of_dashed_asides_costs_the_same_per_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence of thousands of dashed asides before their speakers ('X - ''Q,'' Mr. Elkins said - but ...'): each
    cue read every dash from the sentence start (4x the words took about 10x the time), then each cue's search for a
    participle, ", and", a dash (before.py) and a relative clause (speakers.py) read the rest of the sentence. Counted,
    not timed (work_meter.py): 57.4 and 58.7 characters read a character at 150 and 600 units, 281 and 958 with
    those searches (931fb5e5)."""
    from briefing_app.analysis import analyse
    from tests.analysis.work_meter import ScanMeter
    unit = "Neither was impressed - ''Born with a silver spoon,'' Mr. Elkins said - but "
    analyse("Headline\n\nThe plan works, Mr. Elkins said.\n")  # (its modules imported: the meter counts theirs)
    meter = ScanMeter(monkeypatch)
    small, large = (meter.per_char(analyse, "Headline\n\n" + unit * times + "end.\n") for times in (150, 600))
    assert large < 1.1 * small, (small, large)


def test_one_request_or_warning_a_sentence() -> None:
    """The first 'X warned of' / 'X asked for' of a sentence takes the rest of it as its content; a second one in the
    same sentence adds no overlapping quote (fc73eb1 had dropped the rule's one-a-sentence stop)."""
    got = [t for t in trace("Hollande warned of the global implications and Merkel warned against a hasty deal.")
           if t[0] == "warnings-of"]
    assert got == [("warnings-of", "the global implications and Merkel warned against a hasty deal", "Hollande")]
    got = [t for t in trace("Jones asked for a delay and Smith asked for a vote.") if t[0] == "requests"]
    assert got == [("requests", "a delay and Smith asked for a vote", "Jones")]


@pytest.mark.parametrize("text", [
    'A few minutes later, he added: "I told you earlier that all the talk of decline is hot air."',
    'Contrasting her with Trump, Garin said: "Their approach to change is very different."',
    'Clinton\'s campaign chairman, John Podesta, said in a statement: "Tonight, Donald Trump showed us who he is."',
    "Reflecting on the views of the party today, Brown said: ''They want more government to make things fair.''",
])
def test_an_opening_phrase_before_a_speaker_and_a_quotation_is_no_content(text: str) -> None:
    assert [r for r in trace(text) if r[0] == "content-before"] == []


@pytest.mark.parametrize("text, content", [
    ('Corporations are part of communities, she said: "Part of the contract is you pay it forward."',
     "Corporations are part of communities"),
    ('Sooner or later, the governor told reporters, "it starts to pay off for all of us."', "Sooner or later"),
])
def test_a_clause_or_a_sentence_the_quotation_goes_on_stays_content(text: str, content: str) -> None:
    assert [c for r, c, _ in trace(text) if r == "content-before"] == [content]
