"""A wiki's tagline and a re-use licence notice copied along with an article are boilerplate
(marked, never deleted); sentences that only mention a wiki or a licence are not."""
import pytest

from briefing_app.analysis.boilerplate import _is_boilerplate, find, shown


@pytest.mark.parametrize("line,notice", [
    ("From Wikipedia, the free encyclopedia", True),
    ("From Wikinews, the free news source you can write!", True),
    ("From Wiktionary, the free dictionary", True),
    ("From Wikivoyage, the free travel guide", True),
    ("This text comes from Wikinews. Permission is granted to copy, distribute and/or modify this document "
     "under the terms of the Creative Commons Attribution 2.5 licence.", True),
    ("This article is licensed under a Creative Commons Attribution-ShareAlike 4.0 license.", True),
    ("From Wikipedia, editors removed the claim within an hour, the foundation said.", False),
    ("The ministry said the licence for the plant was withdrawn on Monday.", False),
    ("This text comes from a leaked draft, two officials said.", False),
    ("Wikinews reported the free vote would take place on Thursday.", False),
])
def test_notice_lines(line, notice):
    assert _is_boilerplate(line) is notice


def test_the_tagline_is_marked_in_a_copied_article():
    text = ("North Korea puts military in 'quasi-state of war'\n\nFrom Wikinews, the free news source you can write!\n\n"
            "Friday, August 21, 2015\n\nThe country's military has been placed on high alert, KCNA said.\n")
    marked = [text[s.start:s.end] for s in find(text)]
    assert marked == ["From Wikinews, the free news source you can write!"]


@pytest.mark.parametrize("line,notice", [
    ("This article is republished from The Conversation under a Creative Commons license. Read the original "
     "article.", True),
    ("This essay was originally published in Foreign Affairs.", True),
    ("This story was first published by ProPublica.", True),
    ("This piece first appeared on the author's blog.", True),
    ("Reprinted with permission from the Boston Review.", True),
    ("Republished from Undark, a nonprofit magazine.", True),
    ("Have a tip? Email us at tips@example.org or message us on Signal.", True),
    ("Got a news tip? Send it to the newsroom.", True),
    ("Originally published in 1952, the book sold millions of copies and shaped a generation of readers.", False),
    ("The report was first published on Monday, and the ministry disputed it within hours.", False),
    ("This story was first told by her grandmother, who fled the war in 1947.", False),
    ("The tip of the iceberg is what voters see; the rest lies below the surface.", False),
])
def test_republication_notices_and_tip_lines(line, notice):
    """A republication notice and a call for news tips are the site's lines, not the article's;
    sentences about publishing or tips are text."""
    assert _is_boilerplate(line) is notice


@pytest.mark.parametrize("line,seen", [
    ("This essay was originally published in Foreign Affairs.", True),
    ("This story was first published by ProPublica.", True),
    ("This piece first appeared on the author's blog.", True),
    ("Reprinted with permission from the Boston Review.", True),
    ("Republished from Undark, a nonprofit magazine.", True),
    # the site's licence line and a call for tips stay hidden
    ("This article is republished from The Conversation under a Creative Commons license. Read the original "
     "article.", False),
    ("Have a tip? Email us at tips@example.org or message us on Signal.", False),
])
def test_a_reprint_note_is_read_apart_and_shown(line, seen):
    """A reprint note is the article's provenance (web convention, session 19): the stages read it apart from the
    author's words (it stays boilerplate), and the reader shows it, as an editor's note about the piece."""
    text = f"The council voted to extend the program on Tuesday.\n\n{line}\n"
    spans = find(text)
    assert [text[s.start:s.end] for s in spans] == [line]
    assert bool(shown(text, spans)) is seen
