"""The SQLite project's triggers that run as a source is stored (migration 12): each does only
the work its result needs, and their results are as before."""
from __future__ import annotations

import pytest

from briefing_app.core.schema_sql import COMMON_PUNCTUATION, other_script

pytestmark = pytest.mark.sqlite_only  # about the SQLite project file's triggers


def _changes(project, sql: str, params: tuple) -> int:
    """Rows the statement changed, its triggers' changes included (SQLite counts both)."""
    before = project.conn.total_changes
    project.conn.execute(sql, params)
    return project.conn.total_changes - before


def test_a_quote_stored_with_its_clips_source_is_not_updated_again(project):
    source = project.insert("sources", {"text": "Moscow warned Seoul on weapons."})
    clip = project.insert("clips", {"source_id": source, "start": 0, "end": 6, "text": "Moscow"})
    given = _changes(project, "INSERT INTO quotes (clip_id, source_id, kind) VALUES (?, ?, 'direct')", (clip, source))
    assert given == 1  # the insert alone: the trigger saw the source was right
    # without it, or with a wrong one, the triggers still set the clip's source (an update, which
    # the update trigger follows with one more)
    assert _changes(project, "INSERT INTO quotes (clip_id, kind) VALUES (?, 'direct')", (clip,)) > 1
    other = project.insert("sources", {"text": "Another text."})
    assert _changes(project, "INSERT INTO quotes (clip_id, source_id, kind) VALUES (?, ?, 'direct')",
                    (clip, other)) > 1
    assert [r[0] for r in project.query("SELECT source_id FROM quotes ORDER BY id")] == [source] * 3


def test_the_other_script_test_builds_the_joined_fields_once():
    sql = other_script("new")
    for cp in COMMON_PUNCTUATION:  # each punctuation mark is removed once, not once for each of the CASE's uses
        assert sql.count(f"char({cp})") == 1, cp
    assert sql.count("new.text") == 1


def test_the_trigram_triggers_test_each_row_once(project):
    """The rows the trigram index holds are the other_script() ones; each trigger's SQL holds the
    fields once per row it tests."""
    triggers = dict(tuple(r) for r in project.query(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sources_trigram_%'"))
    assert sorted(triggers) == ["sources_trigram_ad", "sources_trigram_ai", "sources_trigram_au"]
    assert triggers["sources_trigram_ai"].count("replace(") == len(COMMON_PUNCTUATION)
    assert triggers["sources_trigram_ad"].count("replace(") == len(COMMON_PUNCTUATION)
    assert triggers["sources_trigram_au"].count("replace(") == 2 * len(COMMON_PUNCTUATION)  # old and new
