"""A web page's own genre metadata (JSON-LD @type, article:section, an /opinion/ URL) travels from
ingest through the source's metadata into the analysis and the stored source, and beats the guess
from the text; section words in the page's clutter (a menu's "Мнения", "오피니언") are not read as
genre; and options voiced by quoted speakers are found whatever the genre."""
from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.analysis import analyse
from briefing_app.core.history import History
from briefing_app.core.model import Metadata
from briefing_app.core.records import SourceRecord
from briefing_app.core.project import open_project
from briefing_app.workflow.importing import import_files
from briefing_app.workflow.reading import read_and_analyse

REPORT = [
    "WASHINGTON (Reuters) - The Senate voted 52-48 on Tuesday to approve the spending bill, sending it to the "
    "president, officials said.",
    "The vote came after two days of talks, according to aides familiar with the negotiations. Senator Ann Ray "
    "told reporters on Monday that the measure would fund the agencies through September.",
    "A spokesman for the Treasury said on Wednesday that the department would issue guidance next week.",
]
ARGUMENT = [
    "We should stop pretending that this spending bill is a compromise. It is a failure, and a reckless one.",
    "I think voters know it. Our leaders must not hide behind procedure; they ought to say plainly why the "
    "agencies deserve less, and why our children should pay for it.",
    "Why is that so hard? Surely a party that believes in thrift can do better than this misguided deal.",
]
RU_REPORT = [
    "МОСКВА, 5 дек — РИА Новости. Правительство в пятницу утвердило программу строительства дорог, сообщила "
    "пресс-служба кабинета министров.",
    "По словам вице-премьера, на программу выделят 40 млрд рублей. Работы начнутся 1 марта, уточнил он.",
]
KO_REPORT = [
    "(서울=연합뉴스) 김민수 기자 = 정부는 5일 오전 국무회의에서 도로 건설 계획을 의결했다고 밝혔다.",
    "국토교통부 관계자는 \"내년 3월부터 공사를 시작한다\"고 말했다. 예산은 4조 원으로 집계됐다.",
]


def page(paragraphs: list[str], head: str = "", nav: str = "Home · World · Business") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Spending bill</title>{head}</head>"
            f"<body><nav>{nav}</nav><article><h1>Spending bill</h1>{body}</article>"
            "<footer>© 2024 The Example Times. All rights reserved.</footer></body></html>")


def stored(folder: Path, html: str) -> SourceRecord:
    """The source stored for the page imported into a new project in `folder` (which must not exist)."""
    folder.mkdir()
    path = folder / "page.html"
    path.write_text(html, encoding="utf-8")
    project = open_project(folder / "test.briefing")
    try:
        report = import_files(project, History(project), [path], workers=0)
        assert not report.failed
        (outcome,) = report.outcomes
        assert outcome.source_id is not None
        return project.get_source(outcome.source_id)
    finally:
        project.close()


def stored_genre(folder: Path, html: str) -> str | None:
    return stored(folder, html).metadata.genre


@pytest.mark.parametrize("head", [
    '<script type="application/ld+json">{"@type": "OpinionNewsArticle", "headline": "Spending bill"}</script>',
    '<meta property="article:section" content="Opinion">',
    '<link rel="canonical" href="https://example.com/opinion/2024/06/21/spending-bill">',
])
def test_a_pages_opinion_metadata_beats_a_report_like_text(tmp_path, head):
    assert stored_genre(tmp_path / "plain", page(REPORT)) == "news"  # the text alone reads as a report
    assert stored_genre(tmp_path / "declared", page(REPORT, head)) == "opinion"


def test_a_pages_report_type_beats_an_argued_text(tmp_path):
    assert stored_genre(tmp_path / "plain", page(ARGUMENT)) == "opinion"  # the text alone reads as opinion
    head = '<script type="application/ld+json">{"@type": "ReportageNewsArticle", "headline": "Spending bill"}</script>'
    assert stored_genre(tmp_path / "declared", page(ARGUMENT, head)) == "news"


@pytest.mark.parametrize("paragraphs, nav", [
    (RU_REPORT, "Главная · Политика · Экономика · Мнения · Колонки авторов"),
    (KO_REPORT, "홈 · 정치 · 경제 · 오피니언 · 사설 · 칼럼"),
    (REPORT, "Home · Politics · Opinion · Editorials · Columnists"),
])
def test_section_words_in_a_menu_are_not_genre(tmp_path, paragraphs, nav):
    source = stored(tmp_path / "page", page(paragraphs, nav=nav))
    assert nav in source.text  # the menu is kept (hidden as boilerplate), yet says nothing of the genre
    assert source.metadata.genre == "news"


@pytest.mark.parametrize("genre", ["news", "opinion"])
def test_options_of_quoted_speakers_are_found_whatever_the_genre(genre):
    text = "\n\n".join(REPORT + ['"The president should veto this bill and send it back to Congress," '
                                 "Senator Ann Ray said on Tuesday."])
    assert analyse(text).metadata.genre == "news"
    found = analyse(text, Metadata(genre=genre))
    assert found.metadata.genre == genre
    (option,) = [o for o in found.options if "veto" in o.summary.lower()]
    assert [(p.actor, p.stance) for p in option.positions] == [("Ann Ray", "support")]


def test_the_analysis_of_a_page_sees_its_declared_genre(tmp_path):
    """The stages that depend on the genre (the op-ed's author as a speaker, a news byline as a credit)
    see the page's metadata, not only the stored source."""
    path = tmp_path / "page.html"
    path.write_text(page(REPORT, '<meta property="article:section" content="Opinion">'), encoding="utf-8")
    doc, analysis = read_and_analyse(path)
    assert doc.metadata.genre == analysis.metadata.genre == "opinion"
