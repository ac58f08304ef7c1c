"""A drafted memo of the bundled sample articles as the preview shows it: quotation marks not
doubled, a bottom line of at most four lines, every template within its page budget."""
from __future__ import annotations

import pytest

from briefing_app.core import paths
from briefing_app.core.history import History
from briefing_app.core.project import open_project
from briefing_app.export.ir import in_quotes
from briefing_app.workflow.drafting import draft_memo
from briefing_app.workflow.importing import import_files


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    project = open_project(tmp_path_factory.mktemp("fit") / "sample.briefing")
    history = History(project)
    report = import_files(project, history, paths.sample_project_sources(), workers=0)
    assert report.imported and not report.failed
    yield project, history
    project.close()


@pytest.mark.parametrize("text, printed", [
    ("plain words", "“plain words”"),
    ('"Foolhardy provocation", it added', '"Foolhardy provocation", it added'),
    ("“No one’s right to refuge”", "“No one’s right to refuge”"),
    ("he called it a “quasi-state of war”", "he called it a “quasi-state of war”"),
    ("«Это недопустимо»", "«Это недопустимо»"),
    ("„Это недопустимо“", "„Это недопустимо“"),
    ("「전쟁 준비」", "「전쟁 준비」"),
    ("『전쟁 준비』", "『전쟁 준비』"),
    ("  spaced  ", "“spaced”"),
])
def test_quote_marks_wrap_once(text, printed):
    assert in_quotes(text) == printed


def test_who_stands_where_has_single_quote_marks(sample):
    project, history = sample
    memo = project.get_memo(draft_memo(project, history, "action-memo"))
    body = "\n".join(i.body for s in memo.sections for i in s.items if i.kind == "text")
    assert "Who stands where:" in body and "Foolhardy" in body
    for doubled in ('“"', '"”', "““", "””", "“«", "»”"):
        assert doubled not in body, doubled
