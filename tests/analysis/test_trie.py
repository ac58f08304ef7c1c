"""The one trie builder (analysis/trie.py): the same matches as a plain alternation, and its text
kept in the compiled-pattern cache by a fingerprint that changes with the words and the builder,
so a changed list is never answered with a stale text."""
from __future__ import annotations

import marshal
import random
import re
import uuid
from pathlib import Path

import pytest

from briefing_app.analysis import trie
from briefing_app.analysis.trie import trie_pattern
from briefing_app.core import pattern_cache


def _words(seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice("ab.c-") for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 30))]


@pytest.mark.parametrize("seed", range(40))
def test_it_matches_what_the_plain_alternation_longest_first_matches(seed: int) -> None:
    words = _words(seed)
    flat = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))))
    ours = re.compile(trie_pattern(words))
    text = "".join(random.Random(seed + 1000).choice("ab.c- x") for _ in range(300))
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert all(ours.fullmatch(w) for w in words)


def test_not_after_guards_the_first_letter_only() -> None:
    pattern = re.compile(trie_pattern(["Iran", "Iraq", "Oman"], not_after=r"[\w.]"))
    assert [m.group() for m in pattern.finditer("Iran, xIraq, .Oman, Oman")] == ["Iran", "Oman"]


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    built: list[list[str]] = []
    original = trie._build

    def build(unique: list[str], not_after: str | None) -> str:
        built.append(unique)
        return original(unique, not_after)

    monkeypatch.setattr(trie, "_build", build)
    return built


def test_the_text_comes_from_the_cache_and_a_changed_list_is_built_anew(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_PATTERN_CACHE", str(tmp_path / "patterns.marshal"))
    tag = "w" + uuid.uuid4().hex[:8]
    words = [tag + s for s in ("said", "say", "says", "saying", "told")]
    plain = trie_pattern(words)  # outside a context: built, nothing kept
    built = _counted(monkeypatch)
    assert trie_pattern(words) == plain and len(built) == 1 and not (tmp_path / "patterns.marshal").exists()
    with pattern_cache.cached_patterns():
        assert trie_pattern(words) == plain
    assert len(built) == 2
    with pattern_cache.cached_patterns():  # as a new process: read from the file, not built
        assert trie_pattern(list(reversed(words + words[:2]))) == plain  # order and repeats change nothing
        assert trie_pattern(set(words)) == plain
    assert len(built) == 2
    changes = [words + [tag + "tell"], words[1:], [w.upper() for w in words], [tag + "x"]]
    with pattern_cache.cached_patterns():
        for changed in changes:  # another list: its own text, never the cached one
            assert trie_pattern(changed) == trie._build(sorted(set(changed)), None) != plain
        assert trie_pattern(words, not_after=r"[\w-]") == trie._build(sorted(words), r"[\w-]") != plain
    assert len(built) == 2 + 2 * len(changes) + 2
    monkeypatch.setattr(trie, "_BUILDER", b"another builder's code")
    with pattern_cache.cached_patterns():  # a changed builder: every text built anew
        assert trie_pattern(words) == plain
    assert len(built) == 2 + 2 * len(changes) + 3


def test_a_damaged_text_entry_is_built_anew(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "patterns.marshal"
    monkeypatch.setenv("BRIEFING_PATTERN_CACHE", str(cache))
    words = ["d" + uuid.uuid4().hex[:8], "dx"]
    with pattern_cache.cached_patterns():
        plain = trie_pattern(words)
    entries = marshal.loads(cache.read_bytes())
    (key,) = [k for k, e in entries.items() if k[0] == "text" and e[0] == plain]
    for damaged in ((b"bytes", entries[key][1]), ("x",), (plain, "today"), None, "ab", 7):
        entries[key] = damaged
        cache.write_bytes(marshal.dumps(entries))
        built = _counted(monkeypatch)
        with pattern_cache.cached_patterns():
            assert trie_pattern(words) == plain
        assert len(built) == 1
        monkeypatch.undo()
        monkeypatch.setenv("BRIEFING_PATTERN_CACHE", str(cache))
        entries = marshal.loads(cache.read_bytes())
        assert entries[key][0] == plain  # saved again, whole


def test_a_process_with_a_warm_cache_builds_no_trie(tmp_path: Path) -> None:
    """What start-up saves: loading every rule a second time builds none of their alternations."""
    import os
    import subprocess
    import sys

    code = ("from briefing_app.analysis import trie\nfrom briefing_app.core.pattern_cache import cached_patterns\n"
            "built = []\noriginal = trie._build\ntrie._build = lambda *a: built.append(1) or original(*a)\n"
            "with cached_patterns():\n    import briefing_app.workflow.preload_all\n"
            "print(len(built))\n")
    env = dict(os.environ, BRIEFING_PATTERN_CACHE=str(tmp_path / "patterns.marshal"))
    root = Path(__file__).resolve().parents[2]
    counts = [int(subprocess.run([sys.executable, "-c", code], env=env, cwd=root, capture_output=True, text=True,
                                 check=True).stdout.split()[-1]) for _ in range(2)]
    assert counts[0] > 20 and counts[1] == 0, counts
