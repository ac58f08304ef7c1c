"""A short bounded run of the editors benchmark (benchmarks/bench_team_editors.py): several
editors on one server project at once lose no update and break no constraint; with the
version check switched off the same run does lose updates (the check can fail)."""
from __future__ import annotations

from benchmarks.bench_team_editors import run_editors, seed


def test_concurrent_editors_lose_nothing(pg_url):
    seed(pg_url)
    r = run_editors(pg_url, editors=6, seconds=4)
    assert r["committed"] > 30
    assert r["lost"] == 0 and r["violations"] == 0 and r["errors"] == []
    assert r["latencies"]


def test_without_the_version_check_updates_are_lost(pg_url, monkeypatch):
    from briefing_app.core.store import rows

    real = rows.RowStore.update_row

    def unchecked(self, table, row_id, fields, expect=None):
        return real(self, table, row_id, fields, None)  # ignore the version the edit was based on

    monkeypatch.setattr(rows.RowStore, "update_row", unchecked)
    seed(pg_url)
    r = run_editors(pg_url, editors=6, seconds=4, think=(0, 0.002))  # no pause: edits collide
    assert r["committed"] > 100
    assert r["lost"] > 0
