"""Rules added for reported speech, speaker resolution and Russian/Korean attribution."""
from briefing_app.analysis import analyse


def quotes(text, kind):
    return [q for q in analyse(text).quotes if q.kind == kind]


def test_called_for_and_characterisation():
    qs = quotes("Earlier in the week, Senator Ann Ruiz called for a special prosecutor to examine the deal.", "indirect")
    assert [q.text for q in qs] == ["a special prosecutor to examine the deal"]
    assert qs[0].speaker == "Ann Ruiz"
    assert not quotes("The minister dismissed what critics call the “axis of evil” rhetoric.", "indirect")


def test_told_recipient_then_that():
    qs = quotes("Donald Trump told a town hall in Salem, New Hampshire on Monday that waterboarding is fine.", "indirect")
    assert [q.text for q in qs] == ["waterboarding is fine"]


def test_asked_question_and_request():
    qs = quotes("Asked by reporters whether he would run again, Mayor Tom Hale smiled.", "indirect")
    assert [q.text for q in qs] == ["whether he would run again"]
    qs = quotes("The pastor asked the congregation to stand for a minute of silence.", "indirect")
    assert qs and qs[0].text.startswith("the congregation to stand")


def test_mixed_quote_stays_inside_reported_speech():
    text = "Cruz says he is “effectively tied for second place” with Senator Marco Rubio."
    ind = quotes(text, "indirect")
    assert ind and ind[0].text.startswith("he is “effectively tied")
    assert quotes(text, "direct")[0].mention.text == "Cruz"


def test_short_embedded_quote_without_cue_is_scare():
    kinds = {q.text: q.kind for q in analyse("Sony bought the rights to “Equity,” a thriller about a banker.").quotes}
    assert kinds.get("Equity") in ("title", "scare")


def test_pronoun_prefers_person_named_since_last_quote():
    text = ('"We will not rush this bill," said Sen. Margaret Ohlsen.\n\n'
            'Sen. Dale Fortner said the cuts were unfair. "This bill is a disgrace," he told reporters.')
    direct = quotes(text, "direct")
    assert direct[-1].speaker == "Dale Fortner"


def test_inverted_lowercase_title_and_description():
    q = quotes('"Phones distract kids," said board president Leah Donnelly.', "direct")[0]
    assert q.mention.text == "board president Leah Donnelly"
    text = ("Labor Secretary Angela Whitfield spoke in Detroit.\n\n"
            '"A manager is not an executive," the secretary told a union audience.')
    assert quotes(text, "direct")[0].speaker == "Angela Whitfield"


def test_russian_speaker_after_dash():
    text = ("Пресс-секретарь президента Дмитрий Песков заявил, что Кремль не получал предложений.\n\n"
            "«Никаких предложений не поступало», — сказал Песков журналистам.")
    d = quotes(text, "direct")[0]
    assert d.speaker == "Дмитрий Песков"
    assert any(q.text == "Кремль не получал предложений" for q in quotes(text, "indirect"))


def test_korean_quotative_particle():
    text = "김민수 장관은 이날 기자간담회에서 “모든 수단을 동원하겠다”고 말했다."
    d = quotes(text, "direct")
    assert d and d[0].text == "모든 수단을 동원하겠다" and d[0].speaker == "김민수"


def test_speaker_lines():
    text = "Graham: Trump’s Rhetoric Is Destroying the Party’s Chances\n\nThursday, Graham spoke in Miami."
    qs = quotes(text, "indirect")
    assert qs and qs[0].mention.text == "Graham"
    assert not quotes("The Latest: Sanders wins Minnesota caucuses\n\nMore to come.", "indirect")


def test_phrasal_adds_up_is_not_reported_speech():
    text = "But when one adds up the economic weight of the democracies, it becomes clear how steep the price is."
    assert not quotes(text, "indirect")
    qs = quotes("The minister adds that the talks will resume in May.", "indirect")
    assert [q.text for q in qs] == ["the talks will resume in May"]


def test_the_announcement_rule_finds_its_cue_words_once_per_text(monkeypatch):
    """'announced' / 'reported' are looked for once in the whole text, not once per sentence: a
    long report of many sentences took time that grew with the square of its length."""
    from briefing_app.analysis import cues
    from briefing_app.analysis.reported import document_rules

    scans: list[tuple[str, ...]] = []
    for module in (cues, document_rules):
        real = module.stem_positions

        def counted(text, stems, real=real):
            scans.append(stems)
            return real(text, stems)

        monkeypatch.setattr(module, "stem_positions", counted)
    sentence = "Mr. Trump reported raising and spending about $9 million, and Acme reported a profit of $1.78 a share. "
    text = "\n\n".join(sentence * 5 for _ in range(40))
    found = [q for q in analyse(text).quotes if q.cue in ("reported", "announced")]
    assert found and scans.count(document_rules.ANNOUNCE_STEMS) == 1


def test_a_noun_in_ly_before_the_verb_stays_in_the_speaker():
    """'A close Trump ally said': "ally", "family", "assembly" end in -ly but are no adverbs between subject and verb
    (the mention was "A close Trump", "The", "The state"); adverbs still fall away."""
    for text, mention in (("A close Trump ally said the deal was dead.", "A close Trump ally"),
                          ("A lawyer for the family said they would appeal.", "A lawyer for the family"),
                          ("The state assembly said the vote was final.", "The state assembly"),
                          ("His family later said they would appeal.", "His family"),
                          ("The senator quickly said the vote was final.", "The senator")):
        qs = quotes(text, "indirect")
        assert [q.mention.text if q.mention else None for q in qs] == [mention], text
