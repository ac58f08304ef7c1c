"""`briefing memos` shows each memo's review status; `briefing memo-status` sets it through the
memo bar's core command, refusing a stale version or a viewer with one `error:` line."""
from __future__ import annotations

import psycopg

from briefing_app.cli.main import main
from briefing_app.core import actions
from briefing_app.core.history import History
from briefing_app.core.project import open_project
from briefing_app.core.store import pg_server


def run(capsys, *argv):
    code = main(list(map(str, argv)))
    out, err = capsys.readouterr()
    return code, out, err


def _new_memo(target) -> int:
    with open_project(target) as project:
        History(project).push(cmd := actions.create_memo("info-memo", [("summary", "Summary")], title="Desk memo"))
        return cmd.result


def _line(capsys, target, memo_id: int) -> list[str]:
    code, out, err = run(capsys, "memos", target)
    assert code == 0, err
    return next(line.split("\t") for line in out.splitlines() if line.split("\t")[0] == str(memo_id))


def test_memo_status_round_trip_and_a_stale_version_is_refused(capsys, tmp_path):
    project = tmp_path / "p.briefing"
    memo_id = _new_memo(project)
    assert _line(capsys, project, memo_id)[1:] == ["info-memo", "Desk memo", "draft", "version 1"]
    code, out, err = run(capsys, "memo-status", project, "--memo", memo_id, "in-review", "--expect-version", 1)
    assert code == 0, err
    assert out.strip() == f"memo {memo_id}: in review"
    assert _line(capsys, project, memo_id)[3:] == ["in review", "version 2"]
    code, out, err = run(capsys, "memo-status", project, "--memo", memo_id, "approved", "--expect-version", 1)
    assert code == 1 and err.startswith("error: ") and "nothing was overwritten" in err and err.count("\n") == 1
    assert _line(capsys, project, memo_id)[3] == "in review"  # unchanged
    code, out, err = run(capsys, "memo-status", project, "--memo", memo_id, "approved")
    assert code == 0, err
    with open_project(project) as p:
        memo = p.get_memo(memo_id)
        assert (memo.status, memo.approved_by) == ("approved", p.user)
        assert memo.approved_at
    assert _line(capsys, project, memo_id)[3] == f"approved by {memo.approved_by} on {memo.approved_at[:10]}"
    code, _, err = run(capsys, "memo-status", project, "--memo", memo_id, "draft")
    assert code == 0, err
    with open_project(project) as p:
        memo = p.get_memo(memo_id)
        assert (memo.status, memo.approved_by, memo.approved_at) == ("draft", None, None)
    code, _, err = run(capsys, "memo-status", project, "--memo", 999, "approved")
    assert code == 1 and err == "error: memo 999 does not exist\n"


def test_a_viewer_cannot_set_a_memo_status_on_the_server(capsys, pg_url, pg_cluster):
    memo_id = _new_memo(pg_url)
    with psycopg.connect(pg_cluster.conninfo(), autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS memo_reader")
        conn.execute("CREATE ROLE memo_reader LOGIN")
    pg_server.grant(pg_url, "memo_reader", "viewer")
    as_viewer = pg_url.replace("postgresql://postgres@", "postgresql://memo_reader@")
    assert _line(capsys, as_viewer, memo_id)[3:] == ["draft", "version 1"]  # a viewer reads the list
    code, _, err = run(capsys, "memo-status", as_viewer, "--memo", memo_id, "approved")
    assert code == 1 and err.startswith("error: ") and "may read but not change" in err
    code, out, err = run(capsys, "memo-status", pg_url, "--memo", memo_id, "approved")
    assert code == 0 and out.strip() == f"memo {memo_id}: " + _line(capsys, pg_url, memo_id)[3]
    assert _line(capsys, pg_url, memo_id)[3].startswith("approved by postgres on ")
