"""Form checks shared by the web dev sets' form tests (test_set_n_form.py … test_set_q_form.py): a layout's page
holds the article's headline and every paragraph whole and in order, and the furniture and notes it lists."""
from html import unescape

import lxml.html

from tests.ingest.articles import Article


def flat(s: str) -> str:
    return "".join(s.split())


def page_holds(page: str, article: Article, listed: list[str]) -> str:
    """The page's text without white space, after checking that it holds the headline and every paragraph in order
    (a missing or out-of-order one raises) and every listed furniture or note text."""
    text = flat(unescape(lxml.html.fromstring(page).text_content()))
    at = 0
    for para in (article.headline, *article.paragraphs):
        at = text.index(flat(para), at) + 1
    missing = [item for item in listed if flat(item) not in text]
    assert not missing, missing
    return text


def every_page_holds(layout, articles, min_furniture: int) -> None:
    """Every article's page of the layout holds the article and what it lists, with at least min_furniture pieces."""
    for article in articles:
        page, furniture, notes = layout(article)
        page_holds(page, article, furniture + notes)
        assert len(furniture) >= min_furniture


def furniture_wordings(layout, articles) -> int:
    """How many different furniture lists the layout gives over the articles (its wording should vary)."""
    return len({frozenset(layout(article)[1]) for article in articles})
