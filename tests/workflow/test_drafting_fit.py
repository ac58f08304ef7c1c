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


@pytest.mark.parametrize("template", ["action-memo", "options-paper"])
def test_cited_positions_have_single_quote_marks(sample, template):
    project, history = sample
    memo = project.get_memo(draft_memo(project, history, template))
    body = "\n".join(i.body for s in memo.sections for i in s.items if i.kind == "text")
    assert "supported by Korean Central News Agency: \"Foolhardy" in body.replace("Supported", "supported")
    for doubled in ('“"', '"”', "““", "””", "“«", "»”"):
        assert doubled not in body, doubled


def _rendered(project, memo_id):
    """The memo as the live preview renders it: (page count, text of each page)."""
    import pypdfium2 as pdfium

    from briefing_app.export import build, find_template
    from briefing_app.export.render_pdf import render_pdf

    memo = project.get_memo(memo_id)
    spec = find_template(memo.template)
    pdf = render_pdf(build(memo, project, spec), spec.style)
    doc = pdfium.PdfDocument(pdf.data)
    texts = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    assert len(texts) == pdf.pages
    assert render_pdf(build(memo, project, spec), spec.style, count_only=True).pages == pdf.pages  # what fitting counts
    return pdf.pages, spec.page_budget, texts


@pytest.mark.parametrize("template", ["info-memo", "action-memo", "options-paper", "talking-points"])
def test_drafted_memo_keeps_to_its_page_budget(sample, template):
    project, history = sample
    memo_id = draft_memo(project, history, template)
    pages, budget, _ = _rendered(project, memo_id)
    assert budget and pages <= budget, f"{template}: {pages} pages of {budget}"
    memo = project.get_memo(memo_id)
    assert memo.section("quotes").items, "fitting kept no quote at all"


@pytest.mark.parametrize("template, heading, after", [("info-memo", "Bottom line up front", "Background"),
                                                      ("action-memo", "Purpose", "Background"),
                                                      ("talking-points", "Topline", "Background")])
def test_drafted_bottom_line_is_at_most_four_lines(sample, template, heading, after):
    project, history = sample
    memo_id = draft_memo(project, history, template)
    _, _, texts = _rendered(project, memo_id)
    lines = [line.strip() for line in texts[0].splitlines()]
    bluf = lines[lines.index(heading) + 1:lines.index(after)]
    assert 1 <= len(bluf) <= 4, bluf
    assert bluf[0].lstrip("•(U) ").startswith("According to Yonhap news agency")


def test_bottom_line_keeps_whole_sentences_that_fit_and_cuts_a_long_first_one():
    from briefing_app.workflow.draft_fit import bottom_line

    def fits(text: str) -> bool:
        return len(text) <= 30

    assert bottom_line(["First one.", "Second one is far too long to fit.", "Third."], fits) == "First one. Third."
    assert bottom_line(["A first sentence, far longer than thirty characters."], fits) == "A first sentence, far longer…"
    assert bottom_line([], fits) == ""


def test_a_long_item_left_out_leaves_room_for_shorter_ones_after_it():
    from briefing_app.workflow.draft_fit import kept_that_fit

    def fits(items: list[int]) -> bool:
        return sum(items) <= 10

    assert kept_that_fit([3, 4, 2], fits) == [3, 4, 2]
    assert kept_that_fit([6, 9, 3, 1, 5], fits) == [6, 3, 1]
    assert kept_that_fit([11, 12], fits) == []
    assert kept_that_fit([5], lambda items: False) == []


def test_positions_cite_a_source_in_full_once_then_in_short(project, sample_paths):
    import re

    from briefing_app.workflow.draft_options import SHORT_EVIDENCE, positions_cited

    history = History(project)
    import_files(project, history, [p for p in sample_paths if "joongang" in p.name], workers=0)
    text = "\n".join(positions_cited(project, project.list_options()))
    full = "(Michael Green, “Russia has crossed the Rubicon on North Korea,” Korea JoongAng Daily)"
    stances = sum(len(o.stances) for o in project.list_options())
    assert stances >= 4 and text.count(full) == 1 and text.index(full) < text.index("(Green, “Russia has crossed”)")
    assert text.count(full) + text.count("(Green, “Russia has crossed”)") == stances
    short = "\n".join(positions_cited(project, project.list_options(), limit=SHORT_EVIDENCE))  # over its budget
    evidence = re.findall(r": “(.*?)” \((?:Michael )?Green, ", short)
    assert len(evidence) == stances and all(len(words) <= SHORT_EVIDENCE for words in evidence), evidence
    assert any(words.endswith("…") for words in evidence) and not any(" …" in words for words in evidence)
