"""Attribution rules on small hand-written texts: each test states one convention."""
from briefing_app.analysis import analyse


def direct(text):
    return [q for q in analyse(text).quotes if q.kind == "direct"]


def test_split_quote_shares_speaker_and_cue():
    text = "“We will not back down,” Sen. Jane Doe said on Tuesday. “The people deserve better than this.”"
    qs = direct(text)
    assert [q.text for q in qs] == ["We will not back down,", "The people deserve better than this."]
    assert {q.speaker for q in qs} == {"Jane Doe"}
    assert all(q.mention.text == "Sen. Jane Doe" and q.cue == "said" for q in qs)


def test_split_quote_with_comma_continuation():
    text = "“The budget is a disgrace,” Mayor Tom Hale said, “and the council knows it very well.”"
    qs = direct(text)
    assert len(qs) == 2 and all(q.speaker == "Tom Hale" for q in qs)


def test_multi_paragraph_quote_is_one_speaker():
    text = ("Governor Ann Marsh spoke at length on Friday.\n\n"
            "“We have cut taxes three years in a row and the results are plain to see,” Ms. Marsh said. "
            "“Growth is up across every county in this state.\n\n"
            "“And we are not finished yet, not by a long way.”\n\n"
            "The legislature returns next week.")
    qs = direct(text)
    assert len(qs) == 3
    assert [q.speaker for q in qs] == ["Ann Marsh"] * 3
    assert qs[2].text == "And we are not finished yet, not by a long way."


def test_pronoun_resolves_to_last_speaker():
    text = ("Defense Secretary Mark Eldon visited the base on Monday.\n"
            "“Our troops are ready for anything that comes,” Mr. Eldon said.\n"
            "“We will keep training them every single day,” he added.")
    qs = direct(text)
    assert qs[1].mention.text == "he" and qs[1].speaker == "Mark Eldon" and qs[1].cue == "added"


def test_anonymous_source_stays_anonymous():
    text = ("“The talks collapsed because nobody would move an inch,” a senior official said, "
            "speaking on condition of anonymity. President Carla Ruiz was in Paris at the time.")
    q = direct(text)[0]
    assert q.mention.text == "a senior official"
    assert q.speaker is None


def test_inverted_cue_after_quote():
    text = "“This bill will cost jobs across the whole region,” said Rep. Dan Ortiz, a Texas Democrat."
    q = direct(text)[0]
    assert q.speaker == "Dan Ortiz" and "Dan Ortiz" in q.mention.text and q.cue == "said"


def test_colon_introduces_quote_with_clause_subject():
    text = "In an interview later that day, Senator Paul Wren went further: “This deal is dead on arrival.”"
    q = direct(text)[0]
    assert q.speaker == "Paul Wren"
    assert q.mention.text == "Senator Paul Wren"


def test_scare_and_title_quotes_have_no_speaker():
    text = ("The minister dismissed what critics call the “axis of evil” rhetoric. "
            "She appeared on “Meet the Press” later.")
    qs = analyse(text).quotes
    kinds = {q.text: q.kind for q in qs if q.kind in ("scare", "title")}
    assert kinds == {"axis of evil": "scare", "Meet the Press": "title"}
    assert all(q.speaker is None and q.mention is None for q in qs if q.kind in ("scare", "title"))


def test_guillemets_and_other_scripts():
    text = ("«Мы ответим всеми способами, которые сочтём нужными», — сказал Руденко.\n"
            "„Wir werden das nicht akzeptieren, niemals und unter keinen Umständen“, sagte er.\n"
            "「これは重大な挑発行為であり、断じて容認できない」と述べた。")
    qs = analyse(text).quotes
    texts = [q.text for q in qs]
    assert "Мы ответим всеми способами, которые сочтём нужными" in texts[0]
    assert texts[1].startswith("Wir werden das nicht akzeptieren")
    assert texts[2].startswith("これは重大な挑発行為")
    for q in qs[:3]:
        assert text[q.start:q.end] == q.text


def test_straight_and_nyt_double_apostrophe_marks():
    text = ("''It is going to take a lot more than one report,'' he said.\n"
            "\"Voters want results, not promises from anyone,\" Ms. Kay Lin said.")
    qs = direct(text)
    assert [q.text for q in qs] == ["It is going to take a lot more than one report,",
                                    "Voters want results, not promises from anyone,"]
    assert qs[1].speaker == "Kay Lin"


def test_apostrophes_do_not_break_pairing():
    text = "Democrats’ plan failed. “We didn’t have the votes we needed this time,” Mr. Bo Chen’s aide said."
    qs = direct(text)
    assert len(qs) == 1 and qs[0].text == "We didn’t have the votes we needed this time,"


def test_unclosed_quote_closes_at_paragraph_end():
    text = "He said: “This will never happen again under my watch\nNext paragraph is narrative."
    qs = analyse(text).quotes
    assert qs[0].text == "This will never happen again under my watch"


def test_indirect_speech_and_according_to():
    text = ("Mayor Lee Park said that the city would raise taxes next year. "
            "According to the police chief, crime fell by ten percent last year.")
    qs = [q for q in analyse(text).quotes if q.kind == "indirect"]
    assert qs[0].text == "the city would raise taxes next year" and qs[0].speaker == "Lee Park"
    assert qs[1].text == "crime fell by ten percent last year" and qs[1].mention.text == "the police chief"


def test_boilerplate_and_metadata_from_plain_text():
    text = ("Home > News > Politics\n"
            "Council approves new budget\n"
            "By Maria Stone\n"
            "The council approved the budget on Tuesday after a long debate among members.\n"
            "Sign up for our daily newsletter to get the news delivered to your inbox.\n"
            "Maria Stone can be reached at mstone@example.com.\n")
    a = analyse(text)
    hidden = [text[s.start:s.end] for s in a.boilerplate]
    assert "Home > News > Politics" in hidden and "Maria Stone can be reached at mstone@example.com." in hidden
    assert not any("approved the budget" in h for h in hidden)
    assert a.metadata.title == "Council approves new budget" and a.metadata.author == "Maria Stone"


def test_a_spaced_straight_mark_with_nothing_open_opens():
    text = ('"We lost the vote," Henry said. " You know, the members will remember it in November." The meeting ended.\n'
            'As Politico reported, " … if the primary were held tonight, Trump would win by a mile." Other polls agreed.')
    assert [q.text for q in direct(text)] == ["We lost the vote,", "You know, the members will remember it in November.",
                                              "… if the primary were held tonight, Trump would win by a mile."]


def test_a_doubled_straight_opener_opens_once():
    text = '""You don\'t win the nomination by how many states you win," Rubio responded on Fox News.'
    qs = direct(text)
    assert [q.text for q in qs] == ["You don't win the nomination by how many states you win,"]
    assert qs[0].mention is not None and qs[0].mention.text == "Rubio"


def test_an_empty_pair_of_straight_marks_quotes_nothing():
    assert direct('He said "" twice and left the room without another word.') == []
