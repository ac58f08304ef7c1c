"""Drafting an action memo's recommendation from the options' stances, on the two samples."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from briefing_app.core import actions
from briefing_app.core.history import History
from briefing_app.export import export_memo
from briefing_app.export.markup import parse
from briefing_app.workflow.draft_options import DRAFT_NOTE, stance_kind
from briefing_app.workflow.drafting import draft_memo
from briefing_app.workflow.importing import import_files


@pytest.fixture
def imported(project, sample_paths):
    history = History(project)
    report = import_files(project, history, sample_paths)
    ids = {Path(o.path).name: o.source_id for o in report.imported}
    return project, history, ids


def _recommendation(project, memo_id) -> str:
    section = project.get_memo(memo_id).section("recommendation")
    return "\n".join(i.body for i in section.items)


def test_the_op_ed_yields_a_drafted_recommendation(imported):
    project, history, ids = imported
    memo_id = draft_memo(project, history, "action-memo", [ids["joongang-green-rubicon.txt"]])
    text = _recommendation(project, memo_id)
    assert text.startswith(DRAFT_NOTE)
    blocks = parse(text)
    assert blocks[0].runs[0].italic  # the draft line prints in italics
    proposed = [b.text for b in blocks if b.bullet and "supported by" in b.text]
    assert any("joint condemnation by all u.s. allies" in t.lower() for t in proposed)
    assert all("supported by Michael Green: “" in t for t in proposed)  # each position with the words stating it
    assert "Not recommended:" in text and "Appease Moscow to gain greater cooperation on North Korea — opposed by " \
        "Michael Green: “" in text
    assert "maritime interdiction" in text.split("with conditions:")[1].lower()


def test_accepted_options_narrow_the_recommendation(imported):
    project, history, ids = imported
    chosen = next(o for o in project.list_options() if "joint condemnation" in o.summary.lower())
    history.push(actions.set_option_fields(chosen.id, status="accepted"))
    memo_id = draft_memo(project, history, "action-memo", [ids["joongang-green-rubicon.txt"]])
    blocks = parse(_recommendation(project, memo_id))
    assert blocks[1].text == f"That you approve: {chosen.summary}."
    assert blocks[2].text.startswith("Supported by Michael Green: “")
    assert blocks[2].text.endswith("” (Michael Green, “Russia has crossed the Rubicon on North Korea,” Korea JoongAng "
                                   "Daily).")
    assert "Not recommended" not in _recommendation(project, memo_id)  # only accepted options count


def test_a_news_report_without_options_drafts_no_recommendation(tmp_path, imported):
    project, history, ids = imported
    memo_id = draft_memo(project, history, "action-memo", [ids["washington-times-russia-warns-seoul.txt"]])
    assert _recommendation(project, memo_id) == ""
    out = export_memo(project.get_memo(memo_id), project, tmp_path / "wt.pdf").path
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Draft recommendation" not in text and "Approve" in text  # the decision lines stay


def test_both_samples_export_with_the_draft_in_the_chosen_style(tmp_path, imported):
    project, history, ids = imported
    memo_id = draft_memo(project, history, "action-memo", list(ids.values()), citation_style="apa")
    memo = project.get_memo(memo_id)
    assert memo.citation_style == "apa"
    assert "Source: Green, M. (n.d.). Russia has crossed the Rubicon on North Korea. Korea JoongAng Daily." in [
        i.body for i in memo.section("background").items]
    out = export_memo(memo, project, tmp_path / "both.pdf").path
    text = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Draft recommendation, from the stances" in text and "That you approve one or more of:" in text
    assert "**" not in text and "Wolfgang, B. (n.d.)" in text


@pytest.mark.parametrize("stance, kind", [("support", "support"), ("recommended", "support"),
                                          ("kept, low expectations", "conditional"),
                                          ("recommended, risky", "conditional"), ("rejected", "oppose"),
                                          ("oppose", "oppose"), ("neutral", "neutral")])
def test_stance_words(stance, kind):
    assert stance_kind(stance) == kind
