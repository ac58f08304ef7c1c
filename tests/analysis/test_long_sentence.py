"""A text the sentence splitter cannot split (one "sentence" of thousands of words with a cue verb
in every few words: a lower-case transcript, a hostile paste) costs about the same per cue as a
short one: a cue's subject is looked for in the words just before it, not from the sentence start."""
from __future__ import annotations

from briefing_app.analysis import analyse
from briefing_app.analysis.mentions import REACH, subject_before
from tests.analysis.cpu_helpers import best_cpu

# "said Irma ..." after ". " opens no new sentence (lower case): the whole text is one sentence
UNIT = "said Irma Bourque “we will see”. "


def _cpu(text: str) -> float:
    return best_cpu(lambda: analyse(text))


def test_a_sentence_of_many_cues_costs_about_the_same_per_cue() -> None:
    analyse(UNIT * 10)  # (patterns compiled)
    short, long = _cpu(UNIT * 300), _cpu(UNIT * 1200)
    # linear: about 4x; scanning from the sentence start for every cue made it ~12x (8.9 s for 3,000 cues)
    assert long / short < 7, (short, long)


def test_the_subject_is_found_far_from_the_sentence_start() -> None:
    masked = "word, " * (REACH // 3) + "Mr. Smith, a senior official, said"
    verb = masked.rindex("said")
    span = subject_before(masked, verb, 0)
    assert span is not None and masked[span[0]:span[1]] == "Mr. Smith, a senior official"
    assert subject_before(masked, verb, 0) == subject_before(masked, verb, verb - 200)


def test_a_russian_sentence_of_many_quotations_costs_about_the_same_per_quotation() -> None:
    # a Russian text without full stops: every quotation's verb, subject ('министр': the name the
    # title word introduced, looked for back through every earlier use) and colon clause were read
    # from the sentence or text start (0.43 s -> 6.6 s for 4x the text, ~15x)
    unit = "министр заявил журналистам «мы готовы к переговорам» и "
    analyse(unit * 10)
    short, long = _cpu(unit * 200), _cpu(unit * 800)
    assert long / short < 7, (short, long)
    assert len(analyse(unit * 30).quotes) == 30


def test_many_quotations_with_a_pronoun_and_and_in_one_sentence_cost_the_same_per_quotation() -> None:
    # each quotation's clause subject read every comma back to the sentence start (subjects.clause_subject):
    # 0.04 s -> 0.5 s for 4x the text, 7.7 s for 1,600 quotations
    unit = "“we will win,” he said, and "
    analyse(unit * 10)
    short, long = _cpu(unit * 200), _cpu(unit * 800)
    assert long / short < 7, (short, long)


def test_a_long_russian_text_of_pronoun_speakers_costs_the_same_per_quotation() -> None:
    # 'Он сказал' looked for the last full name by a list of every name from the text start (ru_speakers)
    unit = "Иван Петров выступил на заседании.\n\nОн сказал: «Мы готовы к переговорам».\n\n"
    analyse(unit * 10)
    short, long = _cpu(unit * 200), _cpu(unit * 1600)
    assert long / short < 20, (short, long)  # 8x the text: ~10x the time (~40x before)
    quotes = analyse(unit * 3).quotes
    assert len(quotes) == 3 and all(q.speaker == "Иван Петров" for q in quotes)
