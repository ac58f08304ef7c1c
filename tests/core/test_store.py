import sqlite3

import pytest

from briefing_app.core.errors import ProjectError
from briefing_app.core.project import open_project
from briefing_app.core.schema import LATEST


@pytest.mark.sqlite_only
def test_new_project_is_wal_with_foreign_keys_and_latest_schema(project):
    assert project.query("PRAGMA journal_mode")[0][0] == "wal"
    assert project.query("PRAGMA foreign_keys")[0][0] == 1
    assert project.schema_version == LATEST
    assert project.query("PRAGMA integrity_check")[0][0] == "ok"


def test_not_sqlite_file_is_refused_untouched(tmp_path):
    bad = tmp_path / "notes.briefing"
    bad.write_bytes(b"these are my notes, not a database" * 10)
    before = bad.read_bytes()
    with pytest.raises(ProjectError, match="not an SQLite file"):
        open_project(bad)
    assert bad.read_bytes() == before


@pytest.mark.sqlite_only
def test_truncated_project_is_a_clear_error(tmp_path, project):
    from briefing_app.core import actions
    from briefing_app.core.history import History
    from briefing_app.core.model import SourceDoc

    History(project).push(actions.import_source(SourceDoc("word " * 5000)))
    project.close()
    data = (tmp_path / "test.briefing").read_bytes()
    cut = tmp_path / "cut.briefing"
    cut.write_bytes(data[:1500])
    with pytest.raises(ProjectError):
        p = open_project(cut)
        p.list_sources()


def test_directory_and_missing_parent(tmp_path):
    with pytest.raises(ProjectError, match="folder"):
        open_project(tmp_path)
    with pytest.raises(ProjectError, match="does not exist"):
        open_project(tmp_path / "nope" / "x.briefing")
    with pytest.raises(ProjectError, match="no project file"):
        open_project(tmp_path / "absent.briefing", create=False)


def test_newer_schema_is_refused_and_file_left_untouched(tmp_path):
    path = tmp_path / "future.briefing"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ProjectError, match="newer"):
        open_project(path)
    assert path.read_bytes() == before


def test_search_finds_words_and_stems_and_ignores_fts_syntax(project):
    from briefing_app.core import actions
    from briefing_app.core.history import History
    from briefing_app.core.model import Metadata, SourceDoc

    h = History(project)
    h.push(actions.import_source(SourceDoc("Moscow warned Seoul about weapons.", Metadata(title="Russia warns", outlet="Times"))))
    h.push(actions.import_source(SourceDoc("Nothing about it here.", Metadata(title="Other"))))
    assert [i for i, _ in project.search_sources("weapon")] == [1]  # porter stemming
    assert [i for i, _ in project.search_sources("times")] == [1]  # outlet is indexed
    assert project.search_sources('"unbalanced AND (') == []  # user text is never FTS syntax
    h.undo()
    h.undo()
    assert project.search_sources("weapon") == []  # the index follows deletes


def test_second_writer_gets_a_clear_message_and_readers_still_work(tmp_path):
    path = tmp_path / "shared.briefing"
    first = open_project(path)
    try:
        with pytest.raises(ProjectError, match="open in another"):
            open_project(path)
        reader = open_project(path, exclusive=False)
        assert reader.list_sources() == []
        reader.close()
    finally:
        first.close()
    open_project(path).close()  # released on close


def test_lock_is_released_when_the_holder_is_killed(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "killed.briefing"
    code = ("import sys, time; from briefing_app.core.project import open_project; "
            "p = open_project(sys.argv[1]); print('open', flush=True); time.sleep(60)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "open"
    with pytest.raises(ProjectError):
        open_project(path)
    proc.kill()
    proc.wait()
    open_project(path).close()


@pytest.mark.sqlite_only
def test_full_disk_during_a_command_is_a_clear_error_and_loses_nothing(project):
    from briefing_app.core import actions
    from briefing_app.core.history import History
    from briefing_app.core.model import Metadata, SourceDoc

    h = History(project)
    h.push(actions.import_source(SourceDoc("kept " * 100, Metadata(title="kept"))))
    pages = project.query("PRAGMA page_count")[0][0]
    project.query(f"PRAGMA max_page_count = {pages + 2}")  # the disk is now "full"
    with pytest.raises(ProjectError, match="full"):
        h.push(actions.import_source(SourceDoc("big " * 200_000, Metadata(title="big"))))
    assert [s.metadata.title for s in project.list_sources()] == ["kept"]
    assert project.query("PRAGMA integrity_check")[0][0] == "ok"


def test_rows_written_in_a_step_are_there_for_its_reads_and_all_or_nothing(project):
    """The server holds a step's inserted rows back and sends them as multi-row INSERTs: a read,
    an update or a delete in the same step still sees every row in order, versions and authors
    are as for rows sent one by one, and a refused row fails the whole step."""
    with project.transaction():
        source = project.insert("sources", {"text": "one two three four five six"})
        clips = []
        for n in range(3):  # clips and their quotes alternate, as an import writes them
            clips.append(project.insert("clips", {"source_id": source, "start": n, "end": n + 1, "text": "x"}))
            project.insert("quotes", {"clip_id": clips[-1], "kind": "direct", "speaker_id": None, "cue": None})
        assert [r[0] for r in project.query("SELECT id FROM clips WHERE source_id = ? ORDER BY id", [source])] == clips
        project.update("clips", clips[1], {"text": "y"})
        project.delete_with_dependents("clips", [clips[2]])
        project.insert("quotes", {"clip_id": clips[0], "kind": "indirect"})
    rows = project.query("SELECT c.id, c.text, c.version, q.kind, q.version, q.created_by FROM clips c "
                         "JOIN quotes q ON q.clip_id = c.id ORDER BY q.id")
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in rows] == [
        (clips[0], "x", 1, "direct", 1), (clips[1], "y", 2, "direct", 1), (clips[0], "x", 1, "indirect", 1)]
    assert all(r[5] == project.user for r in rows)
    with pytest.raises(ProjectError):
        with project.transaction():
            project.insert("clips", {"source_id": source, "start": 0, "end": 1, "text": "kept?"})
            project.insert("quotes", {"clip_id": 999_999, "kind": "direct"})  # no such clip
    assert project.query("SELECT count(*) FROM clips WHERE text = ?", ["kept?"])[0][0] == 0
    assert project.query("SELECT count(*) FROM quotes")[0][0] == 3


def test_an_imports_actor_look_up_uses_indexes(project):
    """store.actor_forms runs for every source imported: it must not read the actor tables whole."""
    if project.dialect.name != "sqlite":
        pytest.skip("the plan is SQLite's")
    sql = ("SELECT id, name AS form, kind, 0 AS by_alias FROM actors WHERE name IN (?, ?) UNION ALL "
           "SELECT a.id, x.alias, a.kind, 1 FROM actor_aliases x JOIN actors a ON a.id = x.actor_id "
           "WHERE x.alias IN (?, ?)")
    plan = " ".join(str(r[-1]) for r in project.query_tuples("EXPLAIN QUERY PLAN " + sql, ["a", "b", "a", "b"]))
    assert "SCAN" not in plan and "actors_name" in plan and "aliases_alias" in plan, plan
