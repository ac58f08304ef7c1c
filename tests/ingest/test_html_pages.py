"""Kinds of page dev set L (html_layouts_l.py) brought in: a story split over pages loaded whole, a print version's
own lines, a page whose story is only in its JSON-LD articleBody."""
from __future__ import annotations

import json
import time
from html import escape

import pytest

from briefing_app.ingest.html import read_html
from tests.ingest.articles import TUNING

ARTICLE = TUNING[2]


def _shown(page: str) -> tuple[str, list[str]]:
    """The text, and its visible paragraphs (hidden spans left out, whitespace collapsed)."""
    text, _meta, spans = read_html(page, "page")
    chars = list(text)
    for s in spans:
        chars[s.start:s.end] = [""] * (s.end - s.start)
    return text, [" ".join(p.split()) for p in "".join(chars).split("\n\n") if p.strip()]


def _ps(paragraphs) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


@pytest.mark.parametrize("label", ["Page {n} of 3", "Part {n}", "{n}/3", "Страница {n} из 3", "{n} 페이지"])
def test_a_story_split_over_pages_loaded_whole_is_one_article(label):
    """Each page's part in the same template, its label differing ("Page 2 of 3"): the parts are one story, not a
    forum's replies (a poster's name or a date differs between posts, not a page's number)."""
    ps = ARTICLE.paragraphs
    parts = [ps[:2], ps[2:4], ps[4:]]
    body = "".join(f"<div class='pg-part'><div class='pg-label'>{label.format(n=n)}</div>{_ps(part)}</div>"
                   for n, part in enumerate(parts, 1))
    page = (f"<html><head><title>{escape(ARTICLE.headline)}</title></head><body><div class='story'><h1>"
            f"{escape(ARTICLE.headline)}</h1>{body}</div></body></html>")
    _text, shown = _shown(page)
    assert [p for p in shown if p in ps] == ps


@pytest.mark.parametrize("line", ["Printed from northshoretimes.example on December 5, 2026",
                                  "Article printed on 12/05/2026", "This story printed on Dec. 5, 2026 from www.x.example",
                                  "This material may not be published, broadcast, rewritten or redistributed.",
                                  "Copyright 2026 The Wire. This material may not be published, broadcast, rewritten or "
                                  "redistributed without permission."])
def test_a_print_versions_own_lines_are_hidden(line):
    page = (f"<html><head><title>{escape(ARTICLE.headline)}</title></head><body><h1>{escape(ARTICLE.headline)}</h1>"
            f"{_ps(ARTICLE.paragraphs)}<hr><p>{escape(line)}</p></body></html>")
    text, shown = _shown(page)
    assert line in text and line not in shown
    assert [p for p in shown if p in ARTICLE.paragraphs] == ARTICLE.paragraphs


@pytest.mark.parametrize("line", ["Printed on recycled paper, the leaflets were handed out at every station in the city.",
                                  "Printed on 5 May 1945, the leaflet told soldiers to surrender.",
                                  "Copies may not be published, broadcast, rewritten or redistributed, the court said."])
def test_sentences_about_printing_stay_text(line):
    page = (f"<html><head><title>{escape(ARTICLE.headline)}</title></head><body><h1>{escape(ARTICLE.headline)}</h1>"
            f"{_ps(ARTICLE.paragraphs[:3])}<p>{escape(line)}</p>{_ps(ARTICLE.paragraphs[3:])}</body></html>")
    _text, shown = _shown(page)
    assert line in shown


def _shell(body: str, shown: str = "") -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": ARTICLE.headline, "articleBody": body}
    return (f"<html><head><title>{escape(ARTICLE.headline)} | Metro Ledger</title><script type='application/ld+json'>"
            f"{json.dumps(ld)}</script></head><body><header><a href='/'>Metro Ledger</a> <a href='/news'>News</a> "
            f"<a href='/sport'>Sport</a></header><main id='root'>{shown}<noscript>Enable JavaScript to read this article."
            "</noscript></main><footer>© 2026 Metro Ledger</footer></body></html>")


@pytest.mark.parametrize("sep", ["\n\n", "\n", "\r\n"])
def test_a_script_shell_takes_its_story_from_the_json_ld_article_body(sep):
    """The visible page is the site's frame: the story comes in from articleBody, headline first, one block a
    paragraph; the frame stays hidden."""
    text, shown = _shown(_shell(sep.join(ARTICLE.paragraphs)))
    assert shown == [ARTICLE.headline, *ARTICLE.paragraphs]
    assert "Metro Ledger News Sport" in text


def test_a_page_that_shows_its_story_does_not_take_the_article_body_again():
    text, shown = _shown(_shell("\n\n".join(ARTICLE.paragraphs), f"<h1>{escape(ARTICLE.headline)}</h1>" +
                                _ps(ARTICLE.paragraphs)))
    assert text.count(ARTICLE.paragraphs[1]) == 1
    assert [p for p in shown if p in ARTICLE.paragraphs] == ARTICLE.paragraphs


def test_a_short_article_body_is_no_story():
    """A teaser of a sentence in articleBody is no story to bring in."""
    text, _shown_ = _shown(_shell("Short teaser.", f"<h1>{escape(ARTICLE.headline)}</h1>" + _ps(ARTICLE.paragraphs[:1])))
    assert "Short teaser." not in text


def test_a_huge_article_body_against_a_huge_page_is_weighed_in_bounded_time():
    """BODY_READ of its paragraphs are looked for in the page's text (each one a search of the whole text): 8,000
    paragraphs against 2,000 shown read in time linear in the text (about 2 s CPU, as the same text set as visible
    paragraphs), not 8,000 searches."""
    para = ARTICLE.paragraphs[0]
    shown = "".join(f"<p>{escape(para)} {n}</p>" for n in range(2_000))
    page = _shell("\n".join(f"{para} x{n}" for n in range(8_000)), shown)
    began = time.process_time()
    read_html(page, "page")
    assert time.process_time() - began < 10


@pytest.mark.parametrize("pager", [("← Previous page", "Next page →"), ("« Prev", "Next »"), ("Назад", "Далее"),
                                   ("이전", "다음")])
def test_pages_as_sections_with_their_number_and_pager_links_are_one_article_and_the_labels_are_hidden(pager):
    prev, nxt = pager
    ps = ARTICLE.paragraphs
    parts = [ps[:2], ps[2:4], ps[4:]]
    body = "".join(f"<section class='page'><h2 class='no'>Page {n}</h2>{_ps(part)}<div class='links'>"
                   + (f"<a href='?p={n - 1}'>{prev}</a> " if n > 1 else "") + (f"<a href='?p={n + 1}'>{nxt}</a>"
                                                                              if n < 3 else "") + "</div></section>"
                   for n, part in enumerate(parts, 1))
    page = (f"<html><head><title>{escape(ARTICLE.headline)}</title></head><body><article><h1>{escape(ARTICLE.headline)}"
            f"</h1>{body}</article></body></html>")
    _text, shown = _shown(page)
    assert [p for p in shown if p in ps] == ps
    assert not any(p.startswith("Page ") or p in (prev, nxt) for p in shown)


@pytest.mark.parametrize("line, link, after", [("▶ 관련 기사: ", "정부, 예산안 제출", ""), ("관련기사 | ", "여야", " 협상 시작"),
                                               ("По теме: ", "Бюджет", " и налоги в 2027 году"),
                                               ("Смотрите также: ", "Дума", " одобрила закон о налогах")])
def test_korean_and_russian_related_lines_are_hidden(line, link, after):
    """Led by the site's label and holding a link, however little of the line the link is."""
    ps = ARTICLE.paragraphs
    page = (f"<html><head><title>{escape(ARTICLE.headline)}</title></head><body><h1>{escape(ARTICLE.headline)}</h1>"
            f"{_ps(ps[:2])}<p>{line}<a href='/r'>{link}</a>{after}</p>{_ps(ps[2:])}</body></html>")
    _text, shown = _shown(page)
    assert not any(link in p for p in shown) and [p for p in shown if p in ps] == ps


@pytest.mark.parametrize("line", ["▷ 제보는 카카오톡 okjebo", "제보하기: 이메일 tips@hanbit.example",
                                  "Есть новость? Присылайте в наш бот"])
def test_calls_for_news_tips_are_hidden(line):
    page = (f"<html><head><title>{escape(ARTICLE.headline)}</title></head><body><h1>{escape(ARTICLE.headline)}</h1>"
            f"{_ps(ARTICLE.paragraphs)}<p>{escape(line)}</p></body></html>")
    _text, shown = _shown(page)
    assert line not in shown


@pytest.mark.parametrize("line", ["Next, the council will vote on the plan.", "2024", "Part 2: The aftermath",
                                  "시민 제보가 이어지자 경찰은 수사에 나섰다."])
def test_lines_that_only_look_like_pagers_or_tips_stay_text(line):
    ps = ARTICLE.paragraphs
    page = (f"<html><head><title>{escape(ARTICLE.headline)}</title></head><body><h1>{escape(ARTICLE.headline)}</h1>"
            f"{_ps(ps[:3])}<p>{escape(line)}</p>{_ps(ps[3:])}</body></html>")
    _text, shown = _shown(page)
    assert line in shown
