"""The judged-read precision script: which pieces it reads and how it counts."""

from __future__ import annotations

import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "options"
sys.path.insert(0, str(DATA))

import read_judged  # noqa: E402


def test_read_pieces_takes_outlet_lists_from_both_line_forms() -> None:
    text = "intro 123\n- aljazeera: 064, 066\n- third: aljazeera 097, 109; foxnews 139\n- breitbart_2016\n"
    assert read_judged.read_pieces(text) == [("aljazeera", "064"), ("aljazeera", "066"), ("aljazeera", "097"),
                                              ("aljazeera", "109"), ("foxnews", "139")]


def test_precision_prefers_the_exact_judgement_and_lists_new_options() -> None:
    judged = [{"piece": "a", "start": 0, "end": 50, "right": False, "kind": "vague wish"},
              {"piece": "a", "start": 40, "end": 60, "right": True, "kind": ""}]
    found = [{"piece": "a", "start": 40, "end": 60}, {"piece": "a", "start": 10, "end": 20},
             {"piece": "b", "start": 10, "end": 20}]
    r = read_judged.precision(found, judged)
    assert (r["right"], r["wrong"]) == (1, 1)
    assert r["wrong_kinds"] == {"vague wish": 1}
    assert r["new"] == [{"piece": "b", "start": 10, "end": 20}]


def test_judged_file_covers_the_selection_and_names_every_error_kind() -> None:
    judged = json.loads((DATA / "judged-read-s9.json").read_text(encoding="utf-8"))["judged"]
    pieces = {name for name, _ in read_judged.piece_paths()} if read_judged.CORPUS.exists() else set()
    assert all(j["right"] or j["kind"] for j in judged)
    assert not pieces or {j["piece"] for j in judged} <= pieces
