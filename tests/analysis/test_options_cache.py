"""The per-sentence lower-casing cache of the option rules (options.lexicon.lowered): right for a new
text with the same offsets and in another thread, bounded, and holding no text once find_options is done."""
from __future__ import annotations

import gc
import threading
import weakref

from briefing_app.analysis.options import lexicon
from briefing_app.analysis.segment import paragraphs


class Text(str):
    """A str that a weak reference can follow (plain str cannot)."""


def test_same_offsets_in_another_text() -> None:
    assert lexicon.lowered("ABC DEF", 0, 3) == "abc"
    assert lexicon.lowered("XYZ DEF", 0, 3) == "xyz"
    assert lexicon.lowered("XYZ DEF", 4, 7) == "def"


def test_bounded() -> None:
    text = "A" * 500
    for i in range(200):
        assert lexicon.lowered(text, i, i + 1) == "a"
    assert lexicon.lowered.cache_info().currsize <= 64


def test_threads_keep_their_own_text() -> None:
    lexicon.lowered("MAIN TEXT", 0, 4)
    seen: list[str] = []
    worker = threading.Thread(target=lambda: seen.append(lexicon.lowered("OTHER TEXT", 0, 4)))
    worker.start()
    worker.join()
    assert seen == ["othe"] and lexicon.lowered("MAIN TEXT", 0, 4) == "main"


def test_no_text_kept_after_find_options() -> None:
    from briefing_app.analysis.options import find_options
    text = Text("The government should ban diesel lorries from the city centre. Critics urged the council to act.")
    ref = weakref.ref(text)
    assert find_options(text, paragraphs(text), [], [])
    del text
    gc.collect()
    assert ref() is None
