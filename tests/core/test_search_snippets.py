"""The library's search snippets show the text around a query word, with the word marked, on both
backends; a very long source with many matches gets its snippet as quickly as a short one."""
from __future__ import annotations

import time

WORDS = "The minister said the budget would pass after a long debate in the chamber today".split()


def _add(project, text: str) -> None:
    with project.transaction():
        project.insert("sources", {"text": text, "title": None})


def test_the_snippet_marks_the_query_word_not_the_first_word(project):
    _add(project, "Talks resumed on Monday. The foreign minister warned that sanctions would follow.")
    for query, marked in (("minister", "[minister]"), ("warns", "[warned]"), ("sanctions", "[sanctions]")):
        [(_, snippet)] = project.search_sources(query)
        assert marked in snippet.lower(), (query, snippet)
        assert "[talks]" not in snippet.lower()


def test_a_huge_source_with_many_matches_is_searched_quickly(project):
    text = " ".join(WORDS[i % len(WORDS)] for i in range(400_000))  # 2 MB, 26,000 matches
    _add(project, text)
    started = time.process_time()  # CPU time (SQLite runs in this thread): load must not fail it
    [(_, snippet)] = project.search_sources("minister")
    # SQLite's FTS5 snippet() took ~3 s on this text (its time grows with the square of the matches)
    assert time.process_time() - started < 1.0
    assert "[minister]" in snippet.lower()
