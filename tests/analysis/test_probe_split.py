"""The generality probes of scripts/probe_split.py move the gold offsets with the text: "curly" rewrites each straight
or NYT mark on its own (a span inside a quotation keeps its words) and keeps curly marks as they are; "addthat" adds
"that" after a reporting verb before a pronoun subject, never inside an inverted tag."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

import probe_split  # noqa: E402


def _moved(name: str, text: str, word: str) -> str:
    new, omap = probe_split.probe(name, text)
    assert omap is not None
    a = text.index(word)
    return new[omap[a]:omap[a + len(word)]]


def test_curly_keeps_the_offsets_inside_a_quotation() -> None:
    text = "''It is over,'' he said. \"We lost,\" she said. “Fine,” he said."
    new, _ = probe_split.probe("curly", text)
    assert new == "“It is over,” he said. “We lost,” she said. “Fine,” he said."
    assert _moved("curly", text, "It is over") == "It is over"
    assert _moved("curly", text, "We lost") == "We lost"


def test_curly_pairs_per_paragraph() -> None:
    new, _ = probe_split.probe("curly", '"Open\n"Next," he said.')
    assert new == "“Open\n“Next,” he said."


def test_addthat_leaves_inverted_tags_alone() -> None:
    new, _ = probe_split.probe("addthat", '“We lost,” said the mayor. Smith said he would run. “No,” says he.')
    assert new == '“We lost,” said the mayor. Smith said that he would run. “No,” says he.'
