"""The heading of a hidden box of links ("Weitere Artikel zum Thema", "Contenido relacionado", "Further reading") is
hidden with it, read from the layout (a short heading over an empty section of links), in any language
(ingest/htmlheads.py, session 20: the broad measure's related-links headings). An article's subheads, a sign-off
over the comments and a heading over paragraphs stay shown."""
from __future__ import annotations

import pytest

from tests.ingest.test_html_furniture import visible_paragraphs
from tests.ingest.test_html_real_kinds import ARTICLE, BODY, page, whole

LINKS = "".join(f"<li><a href='/s/{n}'>Another story of the week about the harbour, part {n}</a></li>" for n in range(4))


@pytest.mark.parametrize("head", ["Weitere Artikel zum Thema", "Contenido relacionado", "Further reading",
                                  "Zum Weiterlesen:", "Notas relacionadas", "Das könnte Sie auch interessieren"])
@pytest.mark.parametrize("form", [
    "<article>{body}<h3>{head}</h3><ul class='teasers'>{links}</ul></article>",
    "<article>{body}</article><div><span class='box-title'>{head}</span><ul>{links}</ul></div>",
    # two boxes, one after the other
    "<article>{body}<h3>{head}</h3><ul>{links}</ul><h3>Kommentierte Artikel</h3><ul>{links}</ul></article>",
])
def test_the_heading_of_a_hidden_box_of_links_is_hidden(head, form):
    shown = visible_paragraphs(page(form.format(body=BODY, head=head, links=LINKS)))
    assert head not in shown and "Kommentierte Artikel" not in shown and whole(shown), shown


def test_near_miss_an_article_subhead_over_paragraphs_stays_shown():
    paras = ARTICLE.paragraphs
    body = "".join(f"<p>{p}</p>" for p in paras[:2]) + "<h3>What comes next</h3>" + \
        "".join(f"<p>{p}</p>" for p in paras[2:])
    shown = visible_paragraphs(page(f"<article>{body}<ul>{LINKS}</ul></article>"))
    assert "What comes next" in shown and whole(shown), shown


@pytest.mark.parametrize("end", ["Yours, the editors", "Bis bald, Eure Anna", "XX, Die Redaktion"])
def test_near_miss_a_sign_off_above_the_comments_stays_shown(end):
    comments = "".join(f"<div class='comment'><p>Reader {n} wrote that the ferry plan was long overdue and fair to "
                       f"the smaller towns as well.</p></div>" for n in range(3))
    shown = visible_paragraphs(page(f"<article>{BODY}<p>{end}</p></article><section class='comments'>{comments}"
                                    "</section>"))
    assert end in shown and whole(shown), shown


@pytest.mark.parametrize("head", ["More:", "See also:", "Lesen Sie auch:"])
def test_a_label_over_a_hidden_list_inside_the_body_is_hidden(head):
    # a label ending in a colon heads the list right under it (one story's link to a list), also where the article's
    # paragraphs go on below the list
    paras = ARTICLE.paragraphs
    lists = "".join(f"<ul><li><h4><a href='/s/{n}'>Another story of the week about the harbour, part {n}</a></h4></li>"
                    "</ul>" for n in range(3))
    body = "".join(f"<p>{p}</p>" for p in paras[:2]) + f"<h4>{head}</h4>{lists}" + "".join(f"<p>{p}</p>" for p in paras[2:])
    shown = visible_paragraphs(page(f"<article>{body}</article>"))
    assert head not in shown and whole(shown), shown


def test_near_miss_a_subhead_with_a_colon_over_paragraphs_stays_shown():
    paras = ARTICLE.paragraphs
    body = "".join(f"<p>{p}</p>" for p in paras[:2]) + "<h3>What comes next:</h3>" + \
        "".join(f"<p>{p}</p>" for p in paras[2:])
    shown = visible_paragraphs(page(f"<article>{body}<ul>{LINKS}</ul></article>"))
    assert "What comes next:" in shown and whole(shown), shown


def test_near_miss_a_longer_line_ending_in_a_colon_is_no_lead_in_label():
    # (broad tuned: "Weitere genutzte Quellen in englischer und chinesischer Sprache:" over its sources' links, where
    # the extractor alone dropped the list: the line describes what follows and stays)
    from briefing_app.ingest.htmlheads import _label

    assert _label("More:") and _label("Lesen Sie auch:") and _label("See also :")
    assert not _label("Further sources in English and in Chinese:") and not _label("More")


@pytest.mark.parametrize("cite", ["[Harbour Chronicle, p. 41]", "[Ni'matul Ukhuwah hal. 12]"])
def test_near_miss_a_bracketed_citation_over_a_hidden_list_stays_shown(cite):
    # a source's citation in brackets closing the article heads nothing, also where a hidden list follows it
    shown = visible_paragraphs(page(f"<article>{BODY}<p>{cite}</p><ul class='teasers'>{LINKS}</ul></article>"))
    assert cite in shown and whole(shown), shown
