"""The SQLite project's index of options by lead word (store/option_index.py): what an import asks
for each source it stores is what reading the whole table would give, through appends, edits,
rejections, deletes and their undo, another connection's writes and a rolled-back transaction."""
from __future__ import annotations

import pytest

from briefing_app.core.commands import DeleteCommand
from briefing_app.core.history import History
from briefing_app.core.option_match import lead_word
from briefing_app.core.project import open_project

pytestmark = pytest.mark.sqlite_only  # the index is the SQLite store's


def _read_whole(project, leads):
    """What the index stands for: every option not rejected whose lead word is one of leads, by id."""
    return [(i, s) for i, s in project.query_tuples("SELECT id, summary FROM options WHERE status != 'rejected' "
                                                    "ORDER BY id") if lead_word(s) in leads]


LEADS = ["impose", "lift", "sanction", "expand"]


def _check(project):
    for leads in (LEADS, ["impose"], ["lift", "expand"]):
        assert project.option_summaries(leads) == _read_whole(project, leads), leads


def test_the_index_follows_every_change_to_the_options(project):
    history = History(project)
    ids = [project.insert("options", {"summary": s}) for s in
           ("Impose sanctions on the regime", "Lift the sanctions", "Sanctions on banks", "Expand the aid")]
    _check(project)
    project.insert("options", {"summary": "Impose tariffs on steel"})  # appended after the index read
    _check(project)
    project.update("options", ids[0], {"summary": "Lift the embargo"})  # its lead word changes
    _check(project)
    project.update("options", ids[1], {"status": "rejected"})
    _check(project)
    project.update("options", ids[1], {"status": "accepted"})
    _check(project)
    history.push(DeleteCommand("Delete option", "options", [ids[2]]))
    _check(project)
    history.undo()  # restored with its id, below the largest
    _check(project)
    assert ids[2] in [i for i, _ in project.option_summaries(["sanction"])]


def test_a_rolled_back_transaction_takes_its_options_out_of_the_index(project):
    project.insert("options", {"summary": "Impose sanctions on the regime"})
    _check(project)
    with pytest.raises(RuntimeError):
        with project.transaction():
            project.insert("options", {"summary": "Impose a curfew"})
            assert len(project.option_summaries(["impose"])) == 2  # seen inside its transaction
            raise RuntimeError("the import of this source failed")
    _check(project)
    project.insert("options", {"summary": "Impose a tax"})  # may take the id the rolled-back one had
    _check(project)


def test_another_connections_writes_are_seen(tmp_path):
    path = tmp_path / "shared.briefing"
    with open_project(path) as first:
        first.insert("options", {"summary": "Impose sanctions on the regime"})
        _check(first)
        second = open_project(path, exclusive=False)
        try:
            second.insert("options", {"summary": "Impose a curfew"})
            _check(first)
            second.update("options", 1, {"summary": "Lift the curfew"})
            _check(first)
            second.delete_with_dependents("options", [2])
            _check(first)
        finally:
            second.close()
