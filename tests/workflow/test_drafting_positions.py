"""Options paper and action memo drafted from the options matrix: every position (an author's
stance or an actor's) listed with its source and the words that state it."""
from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.core.history import History
from briefing_app.export import export_memo
from briefing_app.workflow.drafting import draft_memo
from briefing_app.workflow.importing import import_files

OPEDS = sorted((Path(__file__).parents[1] / "data" / "options" / "articles").glob("own-*.txt"))


@pytest.fixture
def opeds(project, sample_paths):
    history = History(project)
    paths = [p for p in sample_paths if "joongang" in p.name] + [p for p in OPEDS if "brazil" in p.name or "kenya" in p.name]
    report = import_files(project, history, paths, workers=0)
    assert not report.failed
    return project, history


def _section(project, memo_id, key) -> list:
    return project.get_memo(memo_id).section(key).items


def test_recommendation_cites_each_position(opeds):
    project, history = opeds
    memo_id = draft_memo(project, history, "action-memo")
    text = "\n".join(i.body for i in _section(project, memo_id, "recommendation"))
    cited = text.split("Who stands where:")[1].strip().splitlines()
    stances = sum(len(o.stances) for o in project.list_options())
    assert len(cited) == stances > 10
    assert any(line.startswith("- Declare a moratorium on new roads through the rainforest — Environmental groups: "
                               "support (") and "urged President Lula" in line for line in cited), cited
    assert any("Michael Green" in line and "Russia has crossed the Rubicon" in line for line in cited), cited


def test_options_paper_lists_positions_and_exports(opeds, tmp_path):
    project, history = opeds
    memo_id = draft_memo(project, history, "options-paper")
    items = _section(project, memo_id, "options")
    assert [i.kind for i in items].count("option") == len(project.list_options())
    positions = items[-1]
    assert positions.kind == "text" and positions.body.startswith("Who stands where:")
    assert "Helena Prado: oppose" in positions.body  # 'That would be a mistake.' after the ministers' view
    out = export_memo(project.get_memo(memo_id), project, tmp_path / "options.pdf").path
    assert Path(out).stat().st_size > 0
