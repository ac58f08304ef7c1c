"""A page builder's or a blog platform's block of the article's own text says "widget" in its class only as the
builder's word for a block (Elementor's "elementor-widget elementor-widget-text-editor", Blogger's "widget Blog"): the
article's text in it stays shown, while a sidebar's widget beside it ("elementor-widget-sidebar", Blogger's "widget
Label") is furniture (htmlchrome.TEXT_WIDGET)."""
from __future__ import annotations

from tests.ingest.night_buses import BODY, HEADLINE, read_hidden

MORE = [
    "Residents of the northern suburbs had asked for the buses since the last train was moved to eleven o'clock.",
    "The transport office said drivers for the new routes would be hired from the existing pool of weekend staff.",
    "A review of the service is planned after its first six months, when the council will look at the numbers.",
    "Opponents on the council said the money would have been better spent on repairing the main bus station.",
    "The mayor said she expected the first full timetable to be published online by the end of January.",
]
SIDEBAR = ["Weather warning for the coast", "Market hall reopens on Friday", "Library hours change in December"]


def _shown(text: str, hidden: list[str], line: str) -> bool:
    return line in " ".join(text.split()) and not any(line in h for h in hidden)


def _elementor(paras: list[str]) -> str:
    return ("<div class='elementor-element elementor-element-3fa1c2 elementor-widget elementor-widget-text-editor' "
            "data-widget_type='text-editor.default'><div class='elementor-widget-container'>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</div></div>")


def test_elementor_text_widgets_of_the_article_stay_shown():
    widgets = "".join(_elementor(pair) for pair in (BODY[:1], BODY[1:3], MORE[:2], MORE[2:4], MORE[4:]))
    sidebar = ("<div class='elementor-element elementor-widget elementor-widget-sidebar'><div class="
               "'elementor-widget-container'><ul>" + "".join(f"<li><a href='/n/{i}'>{t}</a></li>" for i, t in
                                                              enumerate(SIDEBAR)) + "</ul></div></div>")
    page = (f"<html><head><title>{HEADLINE}</title></head><body><div class='elementor elementor-118'>"
            f"<h1 class='elementor-heading-title'>{HEADLINE}</h1>{widgets}{sidebar}</div></body></html>")
    text, hidden = read_hidden(page)
    for line in BODY + MORE:
        assert _shown(text, hidden, line), line
    for line in SIDEBAR:
        assert not _shown(text, hidden, line), line


def test_an_elementor_widget_of_another_kind_is_still_furniture():
    promo = ("<div class='elementor-element elementor-widget elementor-widget-call-to-action'><div class="
             "'elementor-widget-container'><p>Our weekly letter brings the best of the city to your inbox.</p></div></div>")
    page = (f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>"
            + "".join(_elementor([p]) for p in BODY + MORE) + f"{promo}</body></html>")
    text, hidden = read_hidden(page)
    assert not _shown(text, hidden, "Our weekly letter brings the best of the city to your inbox.")
    for line in BODY + MORE:
        assert _shown(text, hidden, line), line


def test_a_blogger_post_in_lines_stays_shown_and_its_gadgets_are_furniture():
    lines = "<br>".join(BODY + MORE[:2])  # a post set in <br> lines, no paragraphs
    post = (f"<div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'><div class='post hentry'>"
            f"<h3 class='post-title entry-title'>{HEADLINE}</h3><div class='post-body entry-content'>{lines}</div>"
            "</div></div></div>")
    labels = ("<div class='widget Label' id='Label1'><h2>Labels</h2><ul>"
              + "".join(f"<li><a href='/search/label/{i}'>{t}</a></li>" for i, t in enumerate(SIDEBAR)) + "</ul></div>")
    # a blog's archive gadget longer than the post (the post is then no third of the page's text)
    labels += ("<div class='widget BlogArchive' id='BlogArchive1'><h2>Blog archive</h2><ul>" + "".join(
        f"<li><a href='/{y}/{m:02d}/'>{month} {y}</a> ({m + 3})</li>" for y in range(2014, 2022) for m, month in
        enumerate(("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                   "November", "December"), 1)) + "</ul></div>")
    page = (f"<html><head><title>{HEADLINE}</title></head><body><div class='main-inner'>{post}</div>"
            f"<div class='sidebar'>{labels}</div></body></html>")
    text, hidden = read_hidden(page)
    for line in BODY + MORE[:2]:
        assert _shown(text, hidden, line), line
    for line in SIDEBAR:
        assert not _shown(text, hidden, line), line
