"""A section label set in or just above a web page's headline ("Opinion | Headline", a "Commentary" kicker) is hidden
as the site's furniture, yet it still says the genre, as article:section does: the analysis, which reads such a kicker
only in the text, no longer sees it. A menu holding "Opinion", another section's label or the page's own declared
genre are no such word."""
import pytest

from briefing_app.ingest.html import read_html

REPORT = ("<p>The government announced on Tuesday that it would sign a thirty-year concession for the port of Mombasa "
          "with a private operator, officials said.</p><p>The operator will pay the state a fixed fee each year and keep "
          "the charges paid by shipping lines, the transport minister told reporters in Nairobi.</p><p>Dock workers said "
          "they had not been consulted, according to a statement from their union.</p>")


def page(head: str, article: str, meta: str = "") -> str:
    return (f"<html><head><title>Port deal signed | The Daily</title>{meta}</head><body>{head}<article>{article}{REPORT}"
            "</article></body></html>")


@pytest.mark.parametrize("html", [
    page("", "<h1>Opinion | Port deal signed</h1>"),  # in the headline's line
    page("", "<h1>OPINION Port deal signed</h1>"),
    page("", "<h1>Port deal signed — News Analysis</h1>"),
    page("", "<div class='kicker'>Commentary</div><h1>Port deal signed</h1>"),  # just above it
    page("", "<header><span>Guest column</span></header><div><h1>Port deal signed</h1></div>"),
])
def test_a_label_set_with_the_headline_says_opinion(html):
    text, meta, hidden = read_html(html, "page")
    shown = "".join(text[s:e] for s, e in _gaps(text, hidden))
    assert meta.genre == "opinion"
    assert "Port deal signed" in shown


@pytest.mark.parametrize("html", [
    page("<nav><ul><li>Home</li><li>Politics</li><li>Opinion</li></ul></nav>", "<h1>Port deal signed</h1>"),
    page("", "<div class='kicker'>Politics</div><h1>Port deal signed</h1>"),
    page("", "<h1>Port deal signed</h1><p>Opinion</p>"),  # not above the headline
    page("", "<div class='kicker'>Opinion</div><h1>Port deal signed</h1>",
         '<script type="application/ld+json">{"@type": "ReportageNewsArticle", "headline": "Port deal signed"}</script>'),
])
def test_a_menu_another_label_or_a_declared_genre_is_no_label_genre(html):
    _text, meta, _hidden = read_html(html, "page")
    assert meta.genre in (None, "news")
    if "ReportageNewsArticle" in html:
        assert meta.genre == "news"  # what the page declares wins


def _gaps(text, hidden):
    at = 0
    for span in sorted(hidden, key=lambda s: s.start):
        yield at, span.start
        at = max(at, span.end)
    yield at, len(text)
