"""Web set Q (tests/ingest/html_layouts_q.py, articles in articles_q.py): form only. Each layout gives a page holding the
headline and every paragraph whole and in order, a furniture list whose texts are on the page, notes on the page too,
and furniture worded differently between articles; the split is the fixed CRC-32 rule. The readers are scored by
`benchmarks/bench_ingest_fidelity.py --dev-web-q` (tuned) and `--dev-web-q-aside` (kept aside, aggregate only)."""
import pytest

from tests.ingest.articles_q import ARTICLES
from tests.ingest.html_layouts_q import (ALL_LAYOUTS, Q_ASIDE_ARTICLES, Q_HELD_LAYOUTS, Q_LAYOUTS,
                                         Q_TUNED_ARTICLES)
from tests.ingest.layout_form import every_page_holds, furniture_wordings


@pytest.mark.parametrize("name", sorted(ALL_LAYOUTS))
def test_set_q_layout_holds_the_article_its_furniture_and_notes(name):
    every_page_holds(ALL_LAYOUTS[name], ARTICLES, min_furniture=4)


@pytest.mark.parametrize("name", sorted(ALL_LAYOUTS))
def test_set_q_furniture_wording_varies_between_articles(name):
    assert furniture_wordings(ALL_LAYOUTS[name], ARTICLES) >= 2


def test_set_q_split_is_the_fixed_rule():
    assert sorted(Q_HELD_LAYOUTS) == ["error-report", "press-office", "republish", "think-tank"]
    assert len(Q_LAYOUTS) == 8 and len(Q_TUNED_ARTICLES) == 4
    assert [a.byline for a in Q_ASIDE_ARTICLES] == ["By Niamh Corrigan"]
