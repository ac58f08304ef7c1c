"""The trigram index (SQLite, migration 9) holds only sources with letters of another script
than Latin: a query with a Korean or Russian word still finds every source that has it, in its
text, title, author or outlet, through inserts, edits, undo and deletes; an English source
costs no trigrams."""
from __future__ import annotations

import re

import pytest

from briefing_app.core.schema_sql import LATIN_ROW_RANGES
from briefing_app.core.store.sql import LATIN

pytestmark = pytest.mark.sqlite_only  # about the SQLite project file's index


def _found(project, query: str) -> list[int]:
    return sorted(i for i, _ in project.search_sources(query))


def _indexed(project) -> list[int]:
    """Rows in the trigram index itself (its rowids are read from the sources table, so ask it
    for a trigram every test text has)."""
    return sorted(r[0] for r in project.query("SELECT rowid FROM sources_trigram WHERE sources_trigram MATCH 'the'"))


def test_only_sources_with_another_script_are_indexed_and_all_of_them_are_found(project):
    english = project.insert("sources", {"text": "Moscow warned Seoul on the weapons — “a red line,” it said… 5 °C",
                                         "title": "Café owners protest the tax", "outlet": "Times"})
    russian = project.insert("sources", {"text": "Москва предупредила Сеул: the weapons", "title": None})
    korean_title = project.insert("sources", {"text": "Seoul weighs the pact", "title": "북한 조약"})
    cyrillic_outlet = project.insert("sources", {"text": "The agency reported the talks", "outlet": "ТАСС"})
    assert _indexed(project) == [russian, korean_title, cyrillic_outlet]
    assert _found(project, "предупредил") == [russian]
    assert _found(project, "조약") == [korean_title]  # short: LIKE on the title
    assert _found(project, "ТАСС") == [cyrillic_outlet]
    assert _found(project, "weapons") == [english, russian]  # Latin words: the porter index, every source


def test_edits_undo_and_deletes_keep_the_index_in_step(project):
    source = project.insert("sources", {"text": "The minister spoke of the talks", "title": "Talks"})
    assert _indexed(project) == []
    project.update("sources", source, {"title": "Переговоры"})  # now it has Cyrillic: indexed
    assert _indexed(project) == [source] and _found(project, "Переговоры") == [source]
    project.update("sources", source, {"title": "Переговоры начались"})
    assert _found(project, "начались") == [source]
    project.update("sources", source, {"title": "Talks"})  # back to Latin only: out again
    assert _indexed(project) == [] and _found(project, "Переговоры") == []
    project.update("sources", source, {"text": "Министр говорил о переговорах the talks"})
    other = project.insert("sources", {"text": "The other one", "title": "Другой"})
    snapshot = project.delete_with_dependents("sources", [source])
    assert _indexed(project) == [other]
    project.restore(snapshot)  # undo of the delete
    assert _found(project, "переговорах") == [source]
    project.delete_with_dependents("sources", [source])
    assert _indexed(project) == [other]
    assert _found(project, "переговорах") == [] and _found(project, "Другой") == [other]
    assert project.query("PRAGMA integrity_check")[0][0] == "ok"


def test_the_ranges_are_what_the_search_treats_as_latin():
    """A character outside the ranges may be part of a word the search sends to the trigram
    index; every character inside is no word character or a Latin one (store/sql.LATIN)."""
    word = re.compile(r"\w")
    inside = {cp for a, b in LATIN_ROW_RANGES for cp in range(a, b + 1)}
    for cp in inside:
        assert not word.fullmatch(chr(cp)) or LATIN.fullmatch(chr(cp)), hex(cp)
    for cp in range(1, 0x250):
        if cp not in inside:
            assert word.fullmatch(chr(cp)) and not LATIN.fullmatch(chr(cp)), hex(cp)
