"""form_counts.py: how often a sentence form carries an option in the tuned answers and how often it occurs, without an
option, in the corpora (counts only). Sentences written for this test."""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data" / "options"))

from form_counts import corpus_counts, tuned_counts

ROWS = [
    {"text": "What is needed is a ban on night flights.", "label": True, "rule": False},
    {"text": "A ban on night flights is needed, the mayor said.", "label": True, "rule": True},
    {"text": "More sleep is needed after a long flight.", "label": False, "rule": False},
    {"text": "The airport opened in 1970.", "label": False, "rule": False},
]
NEED = re.compile(r"\bneeded\b", re.I)


def test_tuned_counts_split_by_gold_and_rule() -> None:
    assert tuned_counts(ROWS, NEED) == {"sentences": 3, "gold": 2, "rule": 1, "gold, no rule": 1, "neither": 1}
    assert tuned_counts(ROWS, re.compile(r"\bseaport\b"))["sentences"] == 0


def test_corpus_counts_count_the_sentences_without_an_option() -> None:
    sentences = [("A ban is needed.", True), ("Help is needed.", False), ("It rained.", False)]
    assert corpus_counts(sentences, NEED) == (2, 1)
    assert corpus_counts([], NEED) == (0, 0)
