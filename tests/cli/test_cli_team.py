"""`briefing` with a team project: --project ADDRESS, server init/upgrade, push and pull."""
from __future__ import annotations

from briefing_app.cli.main import main
from briefing_app.core.project import open_project
from briefing_app.core.schema import TABLE_ORDER
from briefing_app.core.store.transfer import table_rows


def run(capsys, *argv):
    code = main(list(map(str, argv)))
    out, err = capsys.readouterr()
    return code, out, err


def _everything(project) -> dict[str, list[dict]]:
    return {t: table_rows(project, t) for t in TABLE_ORDER}


def test_push_then_pull_gives_an_identical_project(capsys, tmp_path, sample_paths, pg_cluster):
    original = tmp_path / "desk.briefing"
    code, _, err = run(capsys, "draft", *sample_paths, "--template", "action-memo", "--out", tmp_path / "m.pdf",
                       "--project", original)
    assert code == 0, err
    url = pg_cluster.url("pushed")
    code, out, err = run(capsys, "push", original, url)
    assert code == 0, err
    assert "pushed 2 sources" in out
    code, _, err = run(capsys, "push", original, url)
    assert code == 1 and "not empty" in err
    back = tmp_path / "back.briefing"
    code, out, err = run(capsys, "pull", url, back)
    assert code == 0, err
    with open_project(original) as a, open_project(url) as server, open_project(back) as b:
        want = _everything(a)
        assert sum(len(rows) for rows in want.values()) > 50
        assert _everything(server) == want
        assert _everything(b) == want  # ids, offsets, decisions, memos, versions, authors
    code, _, err = run(capsys, "pull", url, back)
    assert code == 1 and "exists" in err


def test_import_search_and_export_with_a_server_address(capsys, tmp_path, sample_paths, pg_url):
    code, out, err = run(capsys, "import", *sample_paths, "--project", pg_url)
    assert code == 0, err
    code, out, err = run(capsys, "search", pg_url, "weapons")
    assert code == 0, err
    assert out.strip()
    code, out, err = run(capsys, "server", "upgrade", pg_url)
    assert code == 0 and "already at schema" in out
    code, out, err = run(capsys, "import", sample_paths[0], "--project", pg_url.replace("project=", "project=nosuch"))
    assert code == 1 and "briefing server init" in err
