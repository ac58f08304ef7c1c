"""A memo drafted from wire stories: the bottom line states what the ledes say, not their datelines,
bylines or agency credits; a Korean quote whose speaker the analysis found is attributed in the memo."""
from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.core.history import History
from briefing_app.export import find_template
from briefing_app.export.build import build_document
from briefing_app.workflow.drafting import draft_memo, plan_draft
from briefing_app.workflow.importing import import_files
from tests.tuned_sets import tuned_articles

ACTORS = Path(__file__).parents[1] / "data" / "actors" / "articles"  # tuned articles only

WIRES = {
    "yonhap.txt": "S. Korea, U.S. agree to step up coordination on North Korea\n\nBy Kim Soo-yeon, Staff Writer\n\n"
                  "Updated 10:32 a.m.\n\nSEOUL, Dec. 3 (Yonhap) -- South Korea and the United States agreed Wednesday "
                  "to step up coordination on North Korea's nuclear program after a phone call between their foreign "
                  "ministers, the foreign ministry said.\n\n\"We will keep working closely with Washington to bring the "
                  "North back to dialogue,\" Foreign Minister Cho Hyun told reporters after the call.\n",
    "reuters.txt": "Russia says it is ready for talks on energy prices\n\nBy Jane Roe, Staff Writer\n\n"
                   "MOSCOW, March 5 (Reuters) - Russia is ready to hold talks with European buyers on long-term gas "
                   "contracts if they drop their price caps, Kremlin spokesman Dmitry Peskov said on Tuesday.\n\n"
                   "\"We have never refused to talk, but we will not sell below the market,\" Peskov told reporters.\n",
    "tass.txt": "Захарова: Россия ответит на новые санкции\n\nМОСКВА, 5 марта. /ТАСС/. Россия ответит на новые санкции "
                "Евросоюза, заявила официальный представитель МИД РФ Мария Захарова на брифинге в среду.\n\n"
                "«Мы не оставим без ответа ни одного недружественного шага», — сказала Захарова.\n",
    "yna.txt": "정부 \"북한 도발에 단호히 대응\"…한미 외교장관 통화\n\n(서울=연합뉴스) 김수연 기자 = 정부는 3일 북한의 잇따른 "
               "미사일 발사에 대해 단호히 대응하겠다고 밝혔다.\n\n조현 외교부 장관은 이날 기자들에게 \"북한의 어떤 도발에도 "
               "한미가 함께 단호히 대응할 것\"이라고 말했다.\n",
}


@pytest.fixture(scope="module")
def wires(tmp_path_factory):
    from briefing_app.core.project import open_project

    folder = tmp_path_factory.mktemp("wires")
    files = []
    for name, text in WIRES.items():
        (folder / name).write_text(text, encoding="utf-8")
        files.append(folder / name)
    files.append(ACTORS / "ko62-s6-wire-china.txt")  # tuned: "왕 주임은 … 말했다", a speaker no actor holds
    project = open_project(folder / "wires.briefing")
    history = History(project)
    report = import_files(project, history, files, workers=0)
    assert not report.failed and len(report.imported) == len(files)
    yield project, history
    project.close()


def test_the_bottom_line_states_the_ledes_content_not_their_datelines(wires):
    project, _ = wires
    plan = plan_draft(project, "info-memo")
    bluf = " ".join(item["body"] for key, _, items in plan.sections if key == "bluf" for item in items)
    for credit in ("SEOUL", "Yonhap", "MOSCOW", "Reuters", "МОСКВА", "ТАСС", "연합뉴스", "기자 =", "By ", "Updated"):
        assert credit not in bluf
    for content in ("South Korea and the United States agreed", "Russia is ready to hold talks",
                    "Россия ответит на новые санкции", "정부는 3일"):
        assert content in bluf


def test_a_korean_quote_whose_speaker_no_actor_holds_is_attributed(wires):
    project, history = wires
    memo = project.get_memo(draft_memo(project, history, "briefing-book"))
    source = next(s for s in project.list_sources() if "한중" in s.label)
    quote = next(q for q in project.list_quotes(source.id) if q.text.startswith("한반도의 평화와 안정"))
    assert quote.mention is not None and quote.mention.text == "왕 주임"
    doc = build_document(memo, project, find_template(memo.template))
    block = next(b for b in doc.quotes() if b.text == quote.text)
    assert block.attribution != "Unattributed" and block.attribution.startswith("왕")


def test_a_position_quoted_from_a_lede_leaves_out_the_dateline(wires):
    project, _ = wires
    plan = plan_draft(project, "options-paper")
    cited = "\n".join(item["body"] for key, _, items in plan.sections if key == "options" for item in items
                      if item["kind"] == "text")
    assert "Russia is ready to hold talks" in cited  # the option the Reuters lede states, with its evidence
    assert "MOSCOW" not in cited and "(Reuters)" not in cited


def test_a_one_page_memo_of_many_sources_cites_them_in_one_paragraph_and_keeps_its_quotes(tmp_path):
    """Eighteen "Source:" lines filled the talking points' one page: no quote, no option was left."""
    from briefing_app.core.project import open_project

    first = {f"en{n:02d}" for n in range(1, 15)} | {"ko01", "ko02", "ko03", "ru01", "ru02", "ru03", "ru05"}
    files = [p for p in tuned_articles() if p.name.split("-")[0] in first]  # (ru04, en04, ... are held: score.py)
    project = open_project(tmp_path / "many.briefing")
    try:
        report = import_files(project, History(project), files, workers=0)
        assert not report.failed and len(report.imported) == len(files) == 18
        plan = plan_draft(project, "talking-points")
        sections = {key: items for key, _, items in plan.sections}
        assert len(sections["background"]) == 1 and sections["background"][0]["body"].startswith("Sources: ")
        assert "Keller, “EU vows response”" in sections["background"][0]["body"]  # each cited short
        assert len(sections["quotes"]) >= 3 and sections["options"]
    finally:
        project.close()
