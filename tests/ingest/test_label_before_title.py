"""A section label that opens a title ("Opinion | Headline", "Analysis: Why ...") is no part of the title: a text's
first line so labelled gives the headline as the guessed title, as a web page's <title> does."""
from __future__ import annotations

import pytest

from briefing_app.ingest.htmlmeta import without_label
from briefing_app.workflow.reading import read_and_analyse


@pytest.mark.parametrize("title, rest", [
    ("Opinion | Europe must not outsource its defence again", "Europe must not outsource its defence again"),
    ("Analysis: Why the defence fund matters now", "Why the defence fund matters now"),
    ("EDITORIAL — The city should stop subsidising parking", "The city should stop subsidising parking"),
    ("Commentary | Rent control will not end the shortage", "Rent control will not end the shortage"),
])
def test_the_label_and_its_separator_go(title: str, rest: str) -> None:
    assert without_label(title) == rest


@pytest.mark.parametrize("title", [
    "Port strike enters third week as talks stall",
    "Brexit: the long goodbye",  # (a headline's own colon: no label before it)
    "Russia warns Seoul | Harbour Times",
    "Opinion | Europe",  # (one word left: not a headline)
])
def test_a_title_without_a_label_is_kept(title: str) -> None:
    assert without_label(title) is None


def test_a_text_whose_first_line_is_labelled_gets_the_headline(tmp_path) -> None:
    path = tmp_path / "oped.txt"
    path.write_text("Opinion | Europe must not outsource its defence again\n\nThe war has taught Europe an "
                    "uncomfortable lesson. The European Union should create a joint defence fund.\n", encoding="utf-8")
    _, analysis = read_and_analyse(path)
    assert analysis.metadata.title == "Europe must not outsource its defence again"
    assert analysis.metadata.title_guessed


@pytest.mark.parametrize("title, rest", [
    ("[사설] 도심 혼잡통행료 도입을 서둘러야", "도심 혼잡통행료 도입을 서둘러야"),
    ("【기고】 혼잡통행료가 답이다", "혼잡통행료가 답이다"),
    ("[Opinion] Fix the buses first", "Fix the buses first"),
])
def test_a_bracketed_opinion_label_goes(title: str, rest: str) -> None:
    """A Korean op-ed's "[사설]", "[칼럼]", "【기고】" opens its first line as "Opinion |" does (the title kept it)."""
    assert without_label(title) == rest


@pytest.mark.parametrize("title", ["[단독] 서울시 상수도 민영화 철회", "[속보] 서울시 대책 발표", "(AP) Port strike ends"])
def test_a_bracketed_news_label_is_no_genre_label(title: str) -> None:
    assert without_label(title) is None


def test_a_korean_editorial_is_cited_by_its_headline(tmp_path) -> None:
    from briefing_app.core.records import SourceRecord
    from briefing_app.export.build import citation_for

    path = tmp_path / "editorial.txt"
    path.write_text("[사설] 도심 혼잡통행료 도입을 서둘러야\n\n서울 도심의 교통 체증이 한계에 이르렀다. 서울시는 혼잡통행료를 "
                    "올해 안에 도입해야 한다.\n", encoding="utf-8")
    doc, analysis = read_and_analyse(path)
    assert analysis.metadata.title == "도심 혼잡통행료 도입을 서둘러야"
    assert citation_for(SourceRecord(1, doc.text, analysis.metadata)).label == "도심 혼잡통행료 도입을 서둘러야"
