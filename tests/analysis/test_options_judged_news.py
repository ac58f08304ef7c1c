"""The judged news options (tests/data/options/judged-news-s15.json): no held piece, every judgement well formed,
and the sample rule leaves out every piece of a labelled news batch (asides included)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "options"
sys.path.insert(0, str(DATA))

import judged_news  # noqa: E402
from measure_genre import held  # noqa: E402

JUDGED = json.loads((DATA / "judged-news-s15.json").read_text(encoding="utf-8"))["judged"]


def test_no_judged_piece_is_held() -> None:
    # (a later news batch may take a judged report into its aside part: the samples then leave it out, and
    # judged_news.py counts only the sample's reports, so no judgement of an aside report is ever counted)
    assert not [j["piece"] for j in JUDGED if held(j["piece"])]


def test_judgements_are_well_formed() -> None:
    for j in JUDGED:
        assert j["from"] in ("sample", "sample-b", "news-s13", "news-s14")
        assert isinstance(j["right"], bool) and j["end"] > j["start"] >= 0
        assert j["right"] or j["kind"], j


def test_the_samples_leave_out_the_labelled_batches() -> None:
    first, second = judged_news.sample(), judged_news.sample(second=True)
    assert 0 < len(first) <= 80 and 0 < len(second) <= 80 and not set(first) & set(second)  # (the pool may run short)
    assert not (set(first) | set(second)) & judged_news._tuned_batches()
