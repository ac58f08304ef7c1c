"""A section of the article that ends in a link to a place on its own page ("Back to top", "↑ Top", "Back to
contents") is the article's text with a jump link under it, not a call box: its paragraphs stay shown and the jump
link is hidden (htmlchrome._jump). A box of a few lines that ends in a link to another page or to a script's bare "#"
("Donate", "Sign up") is still a call box."""
from __future__ import annotations

import pytest

from briefing_app.ingest.html import parse
from briefing_app.ingest.htmlchrome import _jump
from tests.ingest.night_buses import BODY, HEADLINE, read_hidden

MORE = [
    "Drivers' representatives said the late shifts would be shared out by seniority, as weekend shifts are now.",
    "The last bus from the centre will leave at half past three, an hour later than the old timetable allowed.",
]


def _shown(text: str, hidden: list[str], line: str) -> bool:
    return line in " ".join(text.split()) and not any(line in h for h in hidden)


def _page(sections: str, head: str = "") -> str:
    return (f"<html><head><title>{HEADLINE}</title></head><body><div id='page-top'></div>{head}<article>"
            f"<h1>{HEADLINE}</h1><div class='article-body'>{sections}</div></article></body></html>")


@pytest.mark.parametrize("jump", ["<a href='#top'>Back to top</a>", "<a href='#page-top'>↑ Top</a>",
                                  "<a href='#contents'>Back to contents</a>", "<a name='x' href='#TOP'>Top of page</a>"])
def test_sections_ending_in_a_jump_within_the_page_stay_shown(jump):
    contents = ("<nav id='contents' class='toc'><p>On this page</p><ol><li><a href='#s0'>The vote</a></li><li>"
                "<a href='#s1'>The cost</a></li></ol></nav>")
    sections = "".join(f"<section id='s{k}'><p>{a}</p><p>{b}</p><p>{jump}</p></section>"
                       for k, (a, b) in enumerate([(BODY[0], BODY[1]), (BODY[2], MORE[0])]))
    text, hidden = read_hidden(_page(sections + f"<section id='s2'><p>{MORE[1]}</p><p>{jump}</p></section>", contents))
    for line in BODY + MORE:
        assert _shown(text, hidden, line), line
    label = " ".join(jump.split(">")[1].split("<")[0].split())
    assert label in text and not _shown(text, hidden, label)


@pytest.mark.parametrize("call", ["<a href='#'>Donate</a>", "<a href='/newsletters'>Sign up</a>",
                                  "<a href='#nowhere'>Support us</a>", "<button>Give today</button>"])
def test_a_short_box_ending_in_a_call_is_still_a_call_box(call):
    box = (f"<div class='promo'><p>Local news needs local readers.</p><p>Every gift keeps a reporter at the council."
           f"</p><p>{call}</p></div>")
    text, hidden = read_hidden(_page("".join(f"<p>{p}</p>" for p in BODY + MORE[:1]) + box + f"<p>{MORE[1]}</p>"))
    assert not _shown(text, hidden, "Every gift keeps a reporter at the council.")
    for line in BODY + MORE:
        assert _shown(text, hidden, line), line


def test_jump_reads_the_link_target():
    root = parse("<html><body><div id='a'></div><a name='b'></a><p><a href='#a'>1</a><a href='#b'>2</a>"
                 "<a href='#top'>3</a><a href='#'>4</a><a href='#c'>5</a><a href='/top'>6</a><span>7</span></p>"
                 "</body></html>", "p")
    marks = {el.text: _jump(el) for el in root.iter("a", "span") if el.text}
    assert marks == {"1": True, "2": True, "3": True, "4": False, "5": False, "6": False, "7": False}


@pytest.mark.parametrize("doi", ["DOI: 10.1016/j.harbour.2026.01.004", "https://doi.org/10.1038/s41586-026-0001-2"])
def test_a_box_ending_in_a_dois_link_is_no_call_box(doi):
    # a citation's box under the story ("More information: <reference>. DOI: …"): the DOI calls for nothing
    cite = "More information: R. Vale et al. Night services and shift work in port towns, Transport Review (2026)."
    box = f"<div class='article-main__more'><p>{cite}</p><p><a href='https://doi.org/10.1016/x'>{doi}</a></p></div>"
    text, hidden = read_hidden(_page("".join(f"<p>{p}</p>" for p in BODY + MORE) + box))
    assert _shown(text, hidden, cite)
    for line in BODY + MORE:
        assert _shown(text, hidden, line), line
