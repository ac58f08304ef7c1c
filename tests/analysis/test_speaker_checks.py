"""Speaker mentions that name nobody are dropped (issue 15: the sample project's UK-asylum article
gave "range from ten to 32 pages with 40 to 50" and "with laws banning illegal migrants from")."""
import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.speaker_checks import drop_junk, junk, junk_ko
from briefing_app.core.model import Mention, Quote

ASYLUM = ('The document, which media reports range from ten to 32 pages with 40 to 50 questions, "must be completed '
          'in English", the government recommending "online translation tools" if needed.\n\n'
          "Sunak has made tackling migration one of his main priorities, with laws banning illegal migrants from "
          "claiming asylum in the UK expected next month.\n\n"
          "During Prime Minister's Questions Wednesday, Sunak defended the government's record whilst promising a "
          '"formal update" from Braverman is forthcoming: "The Home Secretary and I are working to bring forward that '
          'legislation."\n')


@pytest.mark.parametrize("mention", ["range from ten to 32 pages with 40 to 50", "with laws banning illegal migrants from",
                                     "the government's record whilst", "in", "sanctions for"])
def test_junk(mention):
    assert junk(mention)


@pytest.mark.parametrize("mention", ["the senator", "officials", "About four in 10 voters", "At least half of voters",
                                     "with the campaign of the former senator from Pennsylvania", "Sarandon, 69",
                                     "a conservative website that", "The two", "Лавров", "외교부 대변인"])
def test_not_junk(mention):
    assert not junk(mention)


def test_the_asylum_article_names_no_junk_speaker():
    mentions = [q.mention.text for q in analyse(ASYLUM).quotes if q.mention]
    assert not any(junk(m) for m in mentions), mentions
    assert "range from ten to 32 pages with 40 to 50" not in mentions


def test_a_clause_as_mention_is_cut_to_its_subject():
    text = ('The Guardian cited examples of complicated questions with over fifty words, including: "Were you subject '
            'to human trafficking during your journey?"\n')
    quote = next(q for q in analyse(text).quotes if q.kind == "direct")
    assert quote.mention is not None and quote.mention.text == "The Guardian"
    assert text[quote.mention.start:quote.mention.end] == "The Guardian"


@pytest.mark.parametrize("mention", ["Hours", "Minutes", "Friday", "Later"])
def test_a_time_word_alone_is_junk(mention):
    """"Hours later, Trump said ...": the time word is when, not who."""
    assert junk(mention)


@pytest.mark.parametrize("mention", ["감소에", "시장을", "회복", "차질"])
def test_korean_words_no_speaker_takes_are_junk(mention):
    assert junk_ko(mention)


@pytest.mark.parametrize("mention", ["관계자", "외교부 대변인", "포항시", "경찰", "왕", "전문가들", "사측", "당국자"])
def test_korean_speakers_are_not_junk(mention):
    assert not junk_ko(mention)


def test_a_korean_headline_topic_is_no_speaker():
    """The headline's "관광객 감소에 '체류형 관광'": tourists' decline is no one who speaks."""
    text = "제주도, 관광객 감소에 '체류형 관광' 대책 발표\n\n오영훈 제주도지사는 18일 대책을 발표했다.\n"
    assert all(q.speaker != "감소에" and (q.mention is None or q.mention.text != "감소에") for q in analyse(text).quotes)


def test_a_korean_noun_of_change_is_no_speaker():
    text = "삼성전자, 3분기 영업이익 9조원…HBM 회복 '청신호'\n\n삼성전자는 3분기 영업이익이 늘었다고 밝혔다.\n"
    assert all(q.speaker != "회복" for q in analyse(text).quotes)


@pytest.mark.parametrize("mention", ["A", "the", "did", "does", "may", "Therefore", "meanwhile", "Why"])
def test_a_function_word_alone_is_junk(mention):
    """An article, an auxiliary or a sentence adverb left as the whole mention names no one."""
    assert junk(mention)


@pytest.mark.parametrize("mention", ["They", "Some", "Others", "Officials", "Republicans"])
def test_pronouns_and_groups_alone_are_not_junk(mention):
    assert not junk(mention)


def test_an_auxiliary_after_the_speaker_is_cut():
    """"Officials did not say where ...": the speaker is "Officials", not "Officials did"."""
    q = Quote(40, 60, "where the new sites are", kind="indirect", mention=Mention(0, 13, "Officials did"), cue="say")
    drop_junk([q])
    assert q.mention is not None and q.mention.text == "Officials"


def test_pronoun_speaker_is_a_person() -> None:
    from briefing_app.analysis import analyse
    text = ("Maureen Sherry, a former managing director at Bear Stearns, wrote a novel about Wall Street. "
            "“I felt embarrassed sometimes, but not unsafe,” she said.")
    q = next(q for q in analyse(text).quotes if q.text.startswith("I felt"))
    assert q.mention is not None and q.mention.text == "she"
    assert q.speaker == "Maureen Sherry"


def test_a_place_inside_a_mention_is_no_state_speaker() -> None:
    from briefing_app.analysis.actors import ActorTable
    table = ActorTable("x")
    for mention, state in [("Mexico", "Mexico"), ("the Saudis", "Saudi Arabia"), ("the Mexican government", "Mexico"),
                           ("the government in Beijing", "China"), ("The Republic of Turkey", "Turkey"),
                           ("David French", None), ("The American Legion", None), ("37 percent of Americans", None),
                           ("Teck, the Canadian mining company", None), ("German police", None)]:
        assert table.resolve(mention, 0) == state, mention


@pytest.mark.parametrize("mention", ["has in the past", "didn't want to be named", "had been an exchange student in Montana",
                                     "recently in New York magazine", "often thinks of what his parents",
                                     "retired in Cambridge, Mass.", "voiced in his famous",
                                     "combined to spend $332,000 on payments to a company",
                                     "about the rapid spread of information", "will ever", "does not feel comfortable"])
def test_a_clause_or_verb_phrase_is_junk(mention):
    """An auxiliary, an adverb of time, a verb in -ed before a preposition or 'about' before a determiner opens no
    noun phrase (issue 15: tuned PolNeAR speakers such as "has in the past", "retired in Cambridge, Mass.")."""
    assert junk(mention)


@pytest.mark.parametrize("mention", ["retired Army Col. Lawrence Wilkerson", "elected officials", "recently elected officials",
                                     "hardened veterans of the campaign", "About four in 10 voters", "the retired teacher",
                                     "aides to the governor", "someone in the audience", "Haley, who is running"])
def test_a_noun_phrase_with_such_words_inside_is_no_junk(mention):
    assert not junk(mention)


def test_a_junk_mention_after_an_appositive_gives_way_to_the_quotes_speaker():
    text = ('Ronald Reagan was known for his hatred of what he called the Soviet "Evil Empire," voiced in his famous '
            'demand in Berlin in 1987: "Mr. Gorbachev, tear down this wall!"\n')
    quote = next(q for q in analyse(text).quotes if q.text.startswith("Mr. Gorbachev"))
    assert quote.mention is None or quote.mention.text == "Ronald Reagan", quote.mention  # not "voiced in his famous"
