"""A project file of every earlier schema version opens, upgrades, and keeps its data."""
import sqlite3

import pytest

from briefing_app.core.model import without_nul
from briefing_app.core.project import open_project
from briefing_app.core.schema import LATEST, MIGRATIONS
from briefing_app.core.store.sqlite import _statements


pytestmark = pytest.mark.sqlite_only  # about the project file itself

def _make_old_file(path, version):
    conn = sqlite3.connect(path)
    conn.create_function("without_nul", 1, without_nul, deterministic=True)  # migration 11's, as the store gives it
    for n in range(version):
        for statement in _statements(MIGRATIONS[n]):
            conn.execute(statement)
    conn.execute("INSERT INTO sources (id, text, title, outlet) VALUES (1, 'Moscow warned Seoul on weapons.', 'Warning', 'Times')")
    conn.execute("INSERT INTO sources (id, text, title, outlet, published) VALUES "
                 "(2, 'Москва предупредила Сеул о последствиях.', 'Предупреждение', 'ТАСС', '2024-06-21')")
    conn.execute("INSERT INTO actors (id, name, kind) VALUES (1, 'Russia', 'country')")
    conn.execute("INSERT INTO clips (id, source_id, start, \"end\", text) VALUES (1, 1, 0, 6, 'Moscow')")
    conn.execute("INSERT INTO quotes (id, clip_id, kind, speaker_id) VALUES (1, 1, 'direct', 1)")
    conn.execute("INSERT INTO memos (id, template, title) VALUES (1, 'info-memo', 'M')")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("version", range(1, LATEST))
def test_upgrade_from_every_earlier_version(tmp_path, version):
    path = tmp_path / f"v{version}.briefing"
    _make_old_file(path, version)
    with open_project(path) as project:
        assert project.schema_version == LATEST
        assert project.get_source(1).metadata.title == "Warning"
        assert project.get_quote(1).speaker == "Russia"
        assert project.quote_counts() == {1: 1}  # migration 8: the quote carries its clip's source
        assert [i for i, _ in project.search_sources("weapons")] == [1]
        # migration 4: the trigram index holds the old rows too, and the filters work
        assert [i for i, _ in project.search_sources("предупредил")] == [2]
        assert [s.id for s in project.list_sources(outlet="ТАСС", date_from="2024-06-01")] == [2]
        assert project.query("PRAGMA integrity_check")[0][0] == "ok"
    backup = tmp_path / f"v{version}.briefing.v{version}.bak"
    assert backup.exists(), "a backup is kept before upgrading"
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version


def test_upgrade_replaces_a_stored_nul_and_search_finds_what_follows(tmp_path):
    """Migration 11: a paste stored with a NUL by an earlier version (its words after the NUL were
    not found; a Korean or Russian one was left out of the trigram index) is stored as imports
    now store it, U+FFFD in the NUL's place, offsets and clips holding."""
    path = tmp_path / "v10.briefing"
    _make_old_file(path, 10)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO sources (id, text, title) VALUES (3, ?, 'Pasted')",
                     ("Before the NUL\x00 после него: санкции и 장관이 말했다 zebrafish.",))
        conn.execute("INSERT INTO clips (id, source_id, start, \"end\", text, prefix) VALUES (2, 3, 10, 20, ?, ?)",
                     ("NUL\x00 после", "the \x00"))
    with open_project(path) as project:
        text = project.get_source(3).text
        assert text == "Before the NUL\ufffd после него: санкции и 장관이 말했다 zebrafish."
        for word in ("санкции", "장관이", "zebrafish"):
            assert [i for i, _ in project.search_sources(word)] == [3], word
        assert tuple(project.query("SELECT text, prefix FROM clips WHERE id = 2")[0]) == ("NUL\ufffd после", "the \ufffd")
        assert project.query("PRAGMA integrity_check")[0][0] == "ok"


def test_every_migration_is_tested():
    assert LATEST == len(MIGRATIONS) >= 2


def test_failed_migration_rolls_back_to_the_old_version(tmp_path, monkeypatch):
    path = tmp_path / "v1.briefing"
    _make_old_file(path, 1)
    import briefing_app.core.store.sqlite as store

    monkeypatch.setattr(store, "MIGRATIONS", MIGRATIONS[:1] + ["CREATE TABLE broken (;"] + MIGRATIONS[2:])
    with pytest.raises(Exception):  # noqa: B017 - whatever fails, the file must stay at version 1
        open_project(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT title FROM sources").fetchone()[0] == "Warning"
