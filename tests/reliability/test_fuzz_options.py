"""Options and genre under fuzzing and hostile input: mutated opinion pieces, sentences built
from the cue words themselves, huge and degenerate inputs. No crash, no hang, offsets inside the
text, stances from the allowed set."""
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.analysis import analyse
from briefing_app.core.model import STANCES
from briefing_app.core.option_match import same_option
from tests.tuned_sets import tuned_editorials

ARTICLES = tuned_editorials()
CUES = ["should", "must not", "Nor is this to say that", "This does not mean", "would be a mistake", "will not work",
        "it is time to", "The answer is not to", "only if", "unless", "Let us", "urged", "called for", "rejected",
        "Why should", "Shouldn't", "Is it time to", "No.", "That would be a mistake.", "While", ",", ".", "?", "“", "”",
        "\"", "Senator Jan Holm said", "the government", "impose sanctions on", "Russia", "be held accountable",
        "cannot afford to", "has to end", "there must be", "wants", "to", "\n", "  ", "—", "(", "which", "whether",
        "the folly of", "arming the rebels", "plan to", "is a recipe for disaster", "would only embolden", "This is boilerplate",
        "In other words,", "is wrong-headed", "would do nothing to", "There is no case for", "Rather than", "repeated calls for",
        "by the US government", "proposals to", "Another argument turns on autonomy:", "In 2008", "promised to",
        "Nor should", "Under no circumstances should", "Only when", "makes sense", "is worth signing", "The least",
        "would leave", "with nobody", "can work", "One obvious step is to", "Why on earth would", "Do we really want to",
        "demanding that", "begged", "has threatened to", "Under the new rules,", "By law,", "however tempting,",
        "ought finally to", "can and should", "If the council is serious about",
        # the ninth session's forms
        "want", "want the", "kept", "has offered to", "Why has", "not suspended", "Why won't", "Is it too much to ask that",
        "be given", "First,", "Minister,", "So, Mr. President,", "To every governor:", "Let", "rather than", "instead of",
        ", and to", "and close", "said his office would", "said he would", "if the appeal failed", "Only if",
        "provided that", "Nobody is suggesting that", "can help by", "easier by", "is opposed to a", "I understand the appeal.",
        "But", "However,", "It is an impossible condition", "That is a position we can no longer afford",
        "They have every right to", "go after", "take her up on it", "should reject it", "On this, they are right",
        # the eleventh session's forms: lists of measures, a requirement asked for, a pursuit judged
        "repeal the tax,", "expand the credit and", "cut the rate", "; allow", "by reforming", ", and increasing",
        "welcome him and allow him", "is only asking that due process is followed:", "under Indian law", "Under EU rules,",
        "attempt to", "in an attempt to", "is shameful", "weighing in on",
        # the nineteenth session's: a subject naming its members between commas
        "Several unions,", ", such as Unite and the GMB,", ", including", ", particularly Poland and", "In Europe, where",
        "have called for", "They should be given", "They must be granted", "be permitted to"]


def check(text: str) -> None:
    a = analyse(text)
    assert a.metadata.genre in ("news", "opinion")
    for o in a.options:
        assert 0 <= o.start < o.end <= len(text), o
        assert o.stance is None or o.stance in STANCES, o
        assert o.summary and len(o.summary) <= 300, o
        assert o.stance is not None or o.positions, o
        for p in o.positions:
            assert 0 <= p.start < p.end <= len(text), p
            assert p.stance in STANCES and p.actor, p


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzz_mutated_opinion_pieces(data):
    base = data.draw(st.sampled_from(ARTICLES)).read_text(encoding="utf-8")
    start = data.draw(st.integers(0, len(base) - 1))
    piece = list(base[start:start + data.draw(st.integers(1, 3000))])
    for _ in range(data.draw(st.integers(0, 20))):
        if piece:
            i = data.draw(st.integers(0, len(piece) - 1))
            piece[i:i + data.draw(st.integers(0, 5))] = data.draw(st.text(max_size=6))
    check("".join(piece))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(CUES), max_size=80))
def test_fuzz_sentences_of_cue_words(words):
    check(" ".join(words))


@pytest.mark.parametrize("text", [
    "Washington should " * 20000,
    "should " * 50000,
    ("The government must not " + "x " * 3000 + ". ") * 20,
    "Why should? " * 10000,
    "“" * 5000 + "should impose sanctions" + "”" * 5000,
    "\n".join("Nor is this to say that Seoul should abandon outreach." for _ in range(5000)),
    "a" * 1_000_000,
    "It is time to " * 20000,
    ("Critics urged the EU to " * 500 + "freeze assets. ") * 10,
    "The folly of arming the folly of " * 10000,
    ("The plan to " * 3000 + "raise taxes is misguided. ") * 10,
    "Rather than cutting " * 10000 + ", we should act.",
    ("Despite repeated calls for action by " * 2000 + "the US government. ") * 5,
    "Another argument: " * 10000 + "we should act.",
    "\x00\ufeff\u202e should \u200b must \udcff".encode("utf-8", "replace").decode("utf-8"),
    "Some ministers want the " + "very " * 20000 + "plan kept.",
    ("Critics want a ban. I understand the appeal. But " * 3000) + "no.",
    "Let " * 20000 + "the states decide.",
    "Why has the " + "African " * 20000 + "Union not suspended it?",
    ("The council should fund A rather than build B, and to " * 2000) + "pay C.",
    "First, Minister, " * 10000 + "stop the tax.",
    "He said his office would " * 10000 + "appeal.",
    "Several unions, where donors, including " * 3000 + "Japan, have called for a ban on trawling.",
    "In Europe, where " + "members, particularly Poland and " * 5000 + "Norway, have called for a ban on trawling.",
])
def test_hostile_inputs_finish_quickly(text):
    started = time.process_time()  # CPU time: a loaded machine must not fail it
    check(text)
    assert time.process_time() - started < 20, "options/genre must stay linear on hostile input"


def test_same_option_on_empty_and_odd_summaries():
    assert not same_option("", "Impose sanctions")
    assert not same_option("…", "—")
    assert same_option("Impose sanctions on Russia", "Impose further sanctions on Russia")
    assert not same_option("Impose sanctions on Russia", "Lift sanctions on Russia")
