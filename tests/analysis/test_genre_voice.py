"""Genre cues count the author's own voice only: reported speech, transcript turns, block
quotations and a speaker's headline are other people's words; reporting cues count for news."""
import textwrap

from briefing_app.analysis import analyse
from briefing_app.analysis.genre import PARA_NEUTRAL, WEIGHTS, guess
from briefing_app.analysis.voice import author_voice

ARGUED = ("we should act now. I think it is a disgrace and a mistake, and we must not wait. "
          "Why is this so hard? It is simply the right thing to do, and our leaders know it.")


def _voice(text: str, reported: list[tuple[int, int]] | None = None) -> str:
    from briefing_app.analysis.segment import paragraphs
    return author_voice(text, text, paragraphs(text), reported or [])[0]


def test_reported_speech_is_not_the_authors_voice():
    text = "The minister said that " + ARGUED + "\nThe bill goes to the upper house next month."
    start = text.index("we should")
    end = text.index("know it.") + len("know it.")
    with_reported = guess(text, text, None, None, [(start, end)])
    without = guess(text, text)
    assert with_reported.cues["first"] == 0 < without.cues["first"]
    assert with_reported.score < without.score


def test_a_transcript_is_the_speakers_words():
    turns = "\n".join(f"{who}: {ARGUED}" for who in ("Q", "A", "Q", "A"))
    intro = "The senator spoke to reporters on Tuesday about the budget.\n"
    voice, n = author_voice(intro + turns, intro + turns, _paras(intro + turns), [])
    assert n == 4 and "disgrace" not in voice and "The senator spoke" in voice
    assert analyse(intro + turns).metadata.genre == "news"
    plain = intro + "\n".join(ARGUED for _ in range(4))  # the same words as the author's
    assert analyse(plain).metadata.genre == "opinion"


def test_a_few_labelled_lines_are_masked_alone():
    text = f"TAPPER: {ARGUED}\nThe governor's office released the figures later.\n{ARGUED}"
    voice = _voice(text)
    assert "TAPPER" not in voice and voice.count("disgrace") == 1  # the unlabelled paragraph is the author's


def test_a_bold_q_without_its_colon_is_a_turn():
    text = f"QWhy did you run? {ARGUED}\nA: {ARGUED}\nQWhat next?\nA: {ARGUED}"
    assert "disgrace" not in _voice(text)


def test_block_quotations_are_other_peoples_words():
    introduced = f"In a post on Friday, the pastor wrote:\n{ARGUED}\nThe post was shared 4,000 times."
    voice = _voice(introduced)
    assert "disgrace" not in voice and "shared" in voice
    running = f"The statement continued.\n“{ARGUED}\nThe ministry declined to comment."
    assert "disgrace" not in _voice(running)
    closed = f"The statement continued.\n“We will reply,” it said. {ARGUED}"
    assert "disgrace" in _voice(closed)  # a quotation closed in its paragraph: the rest is the author's


def test_a_speakers_headline_is_the_speakers():
    text = "Fallin: ‘I Think We Must Heal’\nThe governor spoke on Sunday."
    voice = _voice(text)
    assert "Think" not in voice and "governor" in voice


def test_weekdays_and_time_expressions_count_for_a_report():
    base = "The plan is a good one and it is right.\n"
    plain = guess(base, base)
    reported = base + "Reyes and Ortiz met last week and again on Tuesday, and yesterday."
    g = guess(reported, reported)
    assert g.cues["weekday"] > 0 and g.cues["time"] > 0
    assert g.score < plain.score


def test_the_share_of_reported_speech_counts_for_a_report():
    """Reported speech lowers the share of the text in the author's own voice, which counts for opinion."""
    text = "The plan is a good one and it is right.\nThe minister said the plan would pass next month."
    start = text.index("the plan would")
    g = guess(text, text, None, None, [(start, len(text))])
    assert 0 < g.cues["own_share"] < 1 and guess(text, text).cues["own_share"] == 1
    assert WEIGHTS["own_share"] > 0


def test_deontic_modals_in_the_authors_voice_count_for_opinion():
    plain = "The port will open in May and the ships will use it."
    argued = "The port should open in May and the ships must use it."
    a, p = guess(argued, argued), guess(plain, plain)
    assert a.cues["deontic"] > 0 == p.cues["deontic"]
    assert a.score > p.score


def test_a_dateline_below_the_headline_counts():
    text = "Port deal signed\n\nBy Ana Costa\n\nLISBON — The port deal was signed on Monday."
    assert guess(text, text).cues["dateline"] == 1.0


def test_i_think_in_an_interview_is_not_the_authors_argument():
    text = ("Governor sees hope for rural hospitals\n"
            "The governor sat down with us on Tuesday. Questions and answers were edited for length.\n"
            "Q: Will the hospitals stay open?\nA: I think they will. I believe we must fund them.\n"
            "Q: And the budget?\nA: I think it passes. I think the senate agrees.\n")
    assert analyse(text).metadata.genre == "news"


def _paras(text: str) -> list[tuple[int, int]]:
    from briefing_app.analysis.segment import paragraphs
    return paragraphs(text)


def test_abstract_nouns_count_for_argument():
    abstract = "The legitimacy of the intervention and the austerity of the government are a question of accountability."
    concrete = "The roof of the barn and the trucks of the company are a matter of some weight."
    a, c = guess(abstract, abstract), guess(concrete, concrete)
    assert a.cues["abstract"] > 0 == c.cues["abstract"]
    assert a.score > c.score


def test_the_authors_questions_count_and_quoted_ones_do_not():
    own = "Why would anyone wait? The council meets again in March."
    quoted = "The mayor asked: “Why would anyone wait?” The council meets again in March."
    start, end = quoted.index("“"), quoted.index("”") + 1
    masked = quoted[:start] + " " * (end - start) + quoted[end:]  # quotations blanked, as the analyser does
    assert guess(own, own).cues["question"] > 0 == guess(quoted, masked).cues["question"]
    assert WEIGHTS["question"] > 0


def test_paragraph_length_counts_and_hard_wrapping_does_not_change_it():
    para = ("The council has failed the city for years, and the new budget is no better than the last one. "
            "It cuts the libraries, it cuts the buses and it leaves the roads to crumble while the tower rises.")
    long_paras = "\n\n".join([para] * 3)
    wrapped = "\n\n".join("\n".join(textwrap.wrap(para, 60)) for _ in range(3))
    short_paras = "\n\n".join(sentence for _ in range(3) for sentence in para.split(". "))
    assert guess(long_paras, long_paras).cues["para_words"] == guess(wrapped, wrapped).cues["para_words"]
    assert guess(short_paras, short_paras).cues["para_words"] < guess(long_paras, long_paras).cues["para_words"]
    assert WEIGHTS["para_words"] > 0


def test_text_pasted_without_its_paragraph_breaks_gets_a_neutral_paragraph_length():
    report = ("The council voted on Tuesday to close two libraries. The mayor said the vote was final. "
              "Officials said the buildings would be sold next year. ") * 12
    assert guess(report, report).cues["para_words"] == PARA_NEUTRAL < 2.0
    broken = report.replace(". ", ".\n\n")
    assert guess(broken, broken).cues["para_words"] < PARA_NEUTRAL
