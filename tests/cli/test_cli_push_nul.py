"""A project file written before pastes lost their NULs (a source's text, a clip holding one):
pushed to a server, which refuses NUL in text, it arrives whole with U+FFFD in the NUL's place
(one for one: every offset holds), searchable there; nothing else changes."""
from __future__ import annotations

from briefing_app.cli.main import main
from briefing_app.core.history import History
from briefing_app.core.project import open_project
from briefing_app.workflow import importing

TEXT = "The minister spoke on Monday. Afterwards the parliament debated zebrafish quotas at length.\n"


def test_an_old_project_with_a_nul_is_pushed_whole(capsys, tmp_path, pg_cluster):
    original = tmp_path / "old.briefing"
    with open_project(original) as project:
        outcome = importing.import_pasted(project, History(project), TEXT)
        at = TEXT.index(" Afterwards")
        # as an earlier version stored a pasted NUL
        project.conn.execute("UPDATE sources SET text = ? WHERE id = ?",
                             (TEXT[:at] + "\x00" + TEXT[at + 1:], outcome.source_id))
        project.conn.commit()
    url = pg_cluster.url("nul")
    code = main(["push", str(original), url])
    out, err = capsys.readouterr()
    assert code == 0, err
    with open_project(url) as server:
        text = server.get_source(1).text
        assert text == TEXT[:at] + "\ufffd" + TEXT[at + 1:]
        assert [i for i, _ in server.search_sources("zebrafish")] == [1]
