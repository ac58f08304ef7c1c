"""A text the sentence splitter cannot split (one "sentence" of thousands of words with a cue verb
in every few words: a lower-case transcript, a hostile paste) costs about the same per cue as a
short one: a cue's subject is looked for in the words just before it, not from the sentence start.
Counted, not timed (work_meter.growth: Python steps a word and characters read by the patterns a
character, the long text's over the short one's; CPU-time ratios moved with a loaded machine's load).
The figures in the comments are session 22's."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.mentions import REACH, subject_before
from tests.analysis.work_meter import growth

# "said Irma ..." after ". " opens no new sentence (lower case): the whole text is one sentence
UNIT = "said Irma Bourque “we will see”. "


def _growth(monkeypatch: pytest.MonkeyPatch, unit: str, small: int, large: int) -> tuple[float, float]:
    analyse(unit * 10)  # (patterns compiled, modules imported)
    return growth(monkeypatch, analyse, unit * small, unit * large)


def test_a_sentence_of_many_cues_costs_about_the_same_per_cue(monkeypatch: pytest.MonkeyPatch) -> None:
    # 1.09x and 1.08x; scanning from the sentence start for every cue (mentions._floor_near returning the floor)
    # read 2.9x and 2.6x (and ~12x the CPU time for 4x the cues: 8.9 s for 3,000 cues)
    steps, chars = _growth(monkeypatch, UNIT, 150, 600)
    assert steps < 1.3 and chars < 1.3, (steps, chars)


def test_the_subject_is_found_far_from_the_sentence_start() -> None:
    masked = "word, " * (REACH // 3) + "Mr. Smith, a senior official, said"
    verb = masked.rindex("said")
    span = subject_before(masked, verb, 0)
    assert span is not None and masked[span[0]:span[1]] == "Mr. Smith, a senior official"
    assert subject_before(masked, verb, 0) == subject_before(masked, verb, verb - 200)


def test_a_russian_sentence_of_many_quotations_costs_about_the_same_per_quotation(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # a Russian text without full stops: every quotation's verb, subject ('министр': the name the
    # title word introduced, looked for back through every earlier use) and colon clause were read
    # from the sentence or text start (0.43 s -> 6.6 s for 4x the text, ~15x). Now 1.08x and 1.13x
    unit = "министр заявил журналистам «мы готовы к переговорам» и "
    steps, chars = _growth(monkeypatch, unit, 100, 400)
    assert steps < 1.3 and chars < 1.3, (steps, chars)
    assert len(analyse(unit * 30).quotes) == 30


def test_many_quotations_with_a_pronoun_and_and_in_one_sentence_cost_the_same_per_quotation(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # each quotation's clause subject read every comma back to the sentence start (subjects.clause_subject):
    # 0.04 s -> 0.5 s for 4x the text, 7.7 s for 1,600 quotations. Now 1.11x and 1.13x (below 200 units the
    # count per word still grows: a window filling up)
    unit = "“we will win,” he said, and "
    steps, chars = _growth(monkeypatch, unit, 200, 800)
    assert steps < 1.3 and chars < 1.3, (steps, chars)


def test_a_long_russian_text_of_pronoun_speakers_costs_the_same_per_quotation(monkeypatch: pytest.MonkeyPatch) -> None:
    # 'Он сказал' looked for the last full name by a list of every name from the text start (ru_speakers): 8x the
    # text took ~40x the time. Now 0.96x and 1.13x
    unit = "Иван Петров выступил на заседании.\n\nОн сказал: «Мы готовы к переговорам».\n\n"
    steps, chars = _growth(monkeypatch, unit, 100, 800)
    assert steps < 1.3 and chars < 1.3, (steps, chars)
    quotes = analyse(unit * 3).quotes
    assert len(quotes) == 3 and all(q.speaker == "Иван Петров" for q in quotes)
