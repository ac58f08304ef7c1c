"""What only a project on a PostgreSQL server does: set-up and upgrades, roles, several
clients at once, change notifications, search in three languages, faults."""
from __future__ import annotations

import subprocess
import sys

import psycopg
import pytest

from briefing_app.core import actions
from briefing_app.core.errors import ProjectError, StaleEditError
from briefing_app.core.history import History
from briefing_app.core.model import Metadata, SourceDoc
from briefing_app.core.project import open_project
from briefing_app.core.store import pg_server
from briefing_app.core.store.pg_schema import LATEST
from tests.core.test_commands import TEXT, _analysis


def _import(project, text: str, title: str = "") -> int:
    History(project).push(cmd := actions.import_source(SourceDoc(text, Metadata(title=title))))
    return cmd.result


def test_init_refuses_twice_open_refuses_missing_and_newer(pg_url, pg_cluster):
    with pytest.raises(ProjectError, match="already exists"):
        pg_server.upgrade(pg_url, create=True)
    assert pg_server.upgrade(pg_url, create=False) == (LATEST, LATEST)
    with pytest.raises(ProjectError, match="no project 'nosuch'.*briefing server init"):
        open_project(pg_cluster.url("nosuch"))
    with psycopg.connect(pg_cluster.conninfo(), autocommit=True) as conn:
        schema = pg_url.rsplit("=", 1)[1]
        conn.execute(f"UPDATE bb_{schema}.bb_meta SET value = '{LATEST + 1}' WHERE key = 'schema_version'")
    with pytest.raises(ProjectError, match="newer Briefing Builder"):
        open_project(pg_url)
    with pytest.raises(ProjectError, match="newer Briefing Builder"):
        pg_server.upgrade(pg_url, create=False)


def test_a_viewer_reads_and_searches_but_cannot_change(pg_url, pg_cluster):
    with open_project(pg_url) as owner:
        _import(owner, "Moscow warned Seoul about weapons.", "Russia warns")
    with psycopg.connect(pg_cluster.conninfo(), autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS reader")
        conn.execute("CREATE ROLE reader LOGIN")
    pg_server.grant(pg_url, "reader", "viewer")
    as_viewer = pg_url.replace("postgresql://postgres@", "postgresql://reader@")
    with open_project(as_viewer) as viewer:
        assert viewer.user == "reader"
        assert [s.metadata.title for s in viewer.list_sources()] == ["Russia warns"]
        assert len(viewer.search_sources("weapon")) == 1
        with pytest.raises(ProjectError, match="may read but not change"):
            _import(viewer, "Another text.")
        assert len(viewer.list_sources()) == 1


def test_two_clients_a_stale_edit_is_refused_and_the_other_is_told(pg_url):
    with open_project(pg_url) as alice, open_project(pg_url) as bob:
        History(alice).push(actions.import_source(SourceDoc(TEXT), _analysis()))
        feed = bob.change_feed()
        try:
            seen_by_bob = bob.list_quotes()[0]
            History(alice).push(actions.set_quote_status(seen_by_bob.id, "accepted"))
            changes = feed.wait(5)
            assert changes.quotes and feed.authors == ["postgres"]
            with pytest.raises(StaleEditError):
                History(bob).push(actions.set_quote_status(seen_by_bob.id, "rejected", seen_by_bob.version))
            assert bob.get_quote(seen_by_bob.id).status == "accepted"
            History(bob).push(actions.edit_quote(seen_by_bob.id, cue="said"))
            assert not feed.poll()  # bob's own commit is not news to bob
        finally:
            feed.close()


def test_search_english_stems_russian_and_korean_inside_words(project_pg):
    p = project_pg
    en = _import(p, "Moscow warned Seoul about weapons deliveries.", "Russia warns")
    ru = _import(p, "Россия пригрозила Сеулу из-за поставок оружия и санкций.", "Россия")
    ko = _import(p, "러시아는 북한은 한국에 경고했다.", "경고")
    assert [i for i, _ in p.search_sources("warning weapon")] == [en]  # stemming, all words
    assert [i for i, _ in p.search_sources("санкци")] == [ru]
    assert [i for i, _ in p.search_sources("북한")] == [ko]
    hit = p.search_sources("weapons")[0][1]
    assert "[weapons]" in hit
    assert p.search_sources('"unbalanced AND (') == []


@pytest.fixture
def project_pg(pg_url):
    with open_project(pg_url) as p:
        yield p


def test_server_restart_mid_session_reconnects_and_reports(pg_url, pg_cluster):
    with open_project(pg_url) as p:
        first = _import(p, "Before the restart.", "one")
        pg_cluster.restart()
        assert [s.id for s in p.list_sources()] == [first]  # a read reconnects
        second = _import(p, "After the restart.", "two")  # so does the next step
        assert {s.id for s in p.list_sources()} == {first, second}


KILLED = r"""
import os, sys
from briefing_app.core.project import open_project
p = open_project(sys.argv[1])
with p.transaction():
    p.insert("sources", {"text": "half done", "title": "partial"})
    p.insert("options", {"summary": "half"})
    os._exit(9)  # killed mid-transaction
"""


def test_a_client_killed_mid_transaction_leaves_no_partial_change(pg_url):
    result = subprocess.run([sys.executable, "-c", KILLED, pg_url], capture_output=True, timeout=60)
    assert result.returncode == 9, result.stderr
    with open_project(pg_url) as p:
        assert p.list_sources() == [] and p.list_options() == []


def test_upgrade_to_the_term_index_keeps_search(pg_cluster, monkeypatch):
    """A project set up before the scored-term index (schema 3) is upgraded in place: its sources
    are indexed by the migration and found in all three languages, ranked."""
    from briefing_app.core.store import pg_schema
    from tests.pg import drop, new_project_url

    monkeypatch.setattr(pg_server, "LATEST", 3)
    url = new_project_url(pg_cluster)
    try:
        conn = psycopg.connect(pg_cluster.conninfo(), autocommit=True)
        schema = pg_server.parse_address(url).schema
        conn.execute(f'SET search_path TO "{schema}", public')
        for text in ["Sanctions, sanctions and more sanctions.", "Talk of sanctions.", "Россия: санкции.", "북한은 경고했다."]:
            conn.execute("INSERT INTO sources (text) VALUES (%s)", (text,))
        conn.close()
        monkeypatch.setattr(pg_server, "LATEST", pg_schema.LATEST)
        assert pg_server.upgrade(url, create=False) == (3, pg_schema.LATEST)
        with open_project(url) as p:
            assert [i for i, _ in p.search_sources("sanction")] == [1, 2]
            assert [i for i, _ in p.search_sources("санкци")] == [3]
            assert [i for i, _ in p.search_sources("북한")] == [4]
            assert p.search_sources("sanctions", sort="id", descending=True)[0][0] == 2
    finally:
        drop(url)


def test_upgrade_to_quotes_with_their_source_keeps_the_counts(pg_cluster, monkeypatch):
    """A project set up before quotes carried their source (schema 4) is upgraded in place: the
    migration fills the source of every quote there, and quotes added after get theirs too."""
    from briefing_app.core.store import pg_schema
    from tests.pg import drop, new_project_url

    monkeypatch.setattr(pg_server, "LATEST", 4)
    url = new_project_url(pg_cluster)
    try:
        conn = psycopg.connect(pg_cluster.conninfo(), autocommit=True)
        conn.execute(f'SET search_path TO "{pg_server.parse_address(url).schema}", public')
        for source in (1, 2):
            conn.execute("INSERT INTO sources (id, text) VALUES (%s, 'Moscow warned Seoul.')", (source,))
        for source, status in [(1, "suggested"), (2, "accepted"), (2, "rejected"), (2, "suggested")]:
            clip = conn.execute("INSERT INTO clips (source_id, start, \"end\", text) VALUES (%s, 0, 6, 'Moscow') "
                                "RETURNING id", (source,)).fetchone()
            conn.execute("INSERT INTO quotes (clip_id, kind, status) VALUES (%s, 'direct', %s)", (clip[0], status))
        conn.close()
        monkeypatch.setattr(pg_server, "LATEST", pg_schema.LATEST)
        assert pg_server.upgrade(url, create=False) == (4, pg_schema.LATEST)
        with open_project(url) as p:
            assert p.quote_counts() == {1: 1, 2: 2} and p.quote_counts(("rejected",)) == {2: 1}
            History(p).push(actions.add_quote(1, "Moscow warned Seoul.", 0, 6))
            assert p.quote_counts() == {1: 2, 2: 2}
    finally:
        drop(url)


def test_an_unreachable_server_is_named_with_its_address_and_libpqs_reason(tmp_path):
    """Nothing listens in an empty socket folder or on port 1: the message names the address
    (never its password), libpq's reason (its first line) and its hint, in one sentence."""
    with pytest.raises(ProjectError) as on_socket:
        open_project(f"host={tmp_path} dbname=team user=bob password=secret project=demo")
    message = str(on_socket.value)
    assert message.startswith(f"cannot connect to the server at host={tmp_path} dbname=team user=bob "
                              f"(socket {tmp_path}/.s.PGSQL.5432): no such file or directory — is the server running")
    assert "secret" not in message and "\n" not in message and "\t" not in message
    with pytest.raises(ProjectError) as on_port:
        open_project("postgresql://bob:secret@127.0.0.1:1/team?project=demo")
    message = str(on_port.value)
    assert message.startswith("cannot connect to the server at postgresql://bob@127.0.0.1:1/team (127.0.0.1, port 1): "
                              "connection refused — is the server running on that host")
    assert "secret" not in message and "\n" not in message


def test_a_connection_lost_mid_step_is_reported_with_libpqs_reason(pg_url):
    """The server ends this session's backend in the middle of a step: the error names what
    happened (libpq's first line), not the last line of its guesses."""
    p = open_project(pg_url)
    try:
        with pytest.raises(ProjectError) as lost:
            with p.transaction():
                p.query("SELECT 1")
                with psycopg.connect(pg_url.split("?")[0]) as admin:
                    admin.execute("SELECT pg_terminate_backend(%s)", [p.backend_pid])
                p.query("SELECT 1")
        message = str(lost.value)
        assert message.startswith("lost the connection to the server: "), message
        assert "terminating connection" in message or "server closed the connection" in message, message
        assert "before or while processing" not in message and "\t" not in message
    finally:
        p.close()
