"""Standing notes a site sets as a line of the article's body, hidden whatever element holds them: the English notice of
rights ("Copyright 2026 WKVL. All rights reserved."), an editorial page's note on whose view an editorial is, a call to
follow the writer or the outlet's coverage ("Follow Jane Roe on Twitter @janeroe.", "Follow AP's full coverage of … at
https://…", "Like this story? Share it with a friend!"), the letters page's standing call with its address, "You can
also subscribe to this newsletter …". Sentences of the article that look like them stay shown."""
from __future__ import annotations

import pytest

from briefing_app.ingest.bodylines import body_line
from briefing_app.ingest.html import read_html

HEADLINE = "Council extends the night buses to the northern suburbs"
BODY = [
    "The city council voted on Tuesday to extend the night bus service to the northern suburbs, ending a dispute "
    "that had run for most of the year.",
    "Councillor Mara Fenwick, who led the campaign, said the decision would help shift workers who had been walking "
    "home after midnight.",
    "The extension will cost about $2.4 million a year, paid from the transport levy, and the first buses are due to "
    "run in March.",
]
RIGHTS = [
    "Copyright 2026 WKVL. All rights reserved.",
    "(c) 2026 Valley Media Group",
    "The Valley Courier. All Rights Reserved.",
    "COPYRIGHT 2026 BY THE VALLEY COURIER",
]
EDITORIAL_NOTES = [
    "Editorials represent the institutional view of the Courier's editorial board, which is separate from the newsroom.",
    "This editorial reflects the opinion of the Valley Courier editorial board.",
    "Unsigned editorials represent the views of the Daily Courier.",
]
CALLS = [
    "Follow Jonah Ness on Twitter @jonahness.",
    "Follow Dana Lowe and Sam Ortiz on Twitter: https://twitter.com/danalowe and https://twitter.com/samortiz.",
    "Follow The Courier's Opinion section on Facebook, Twitter (@CourierViews) and Instagram.",
    "Follow the Courier's full coverage of the budget at https://valleycourier.example/budget",
    "Like this story? Share it with a friend!",
    "The Courier welcomes letters to the editor. We would like to hear what you think of this or any of our articles. "
    "Here is our email: letters@valleycourier.example.",
    "You can also subscribe to this newsletter here and get it every weekday morning.",
]
SHOWN = [
    "Copyright claims rose in 2025, the registry's figures show.",
    "The label said all rights reserved, she said.",
    "Editorials reflect the views of only a few people in this town.",
    "Editorials are the voice of the newspaper, the publisher said.",
    "Follow the money on Facebook, the prosecutor said.",
    "Follow the guidance on Twitter accounts run by the city.",
    "Many readers wrote letters to the editor after the vote.",
]


def _page(line: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    return (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>{paras}<p>{line}</p>"
            "</article></body></html>")


def _hidden(line: str) -> tuple[bool, bool]:
    text, _meta, spans = read_html(_page(line), "page")
    hidden = [" ".join(text[s.start:s.end].split()) for s in spans]
    body_shown = all(p in text and not any(p in h for h in hidden) for p in BODY)
    return any(line in h for h in hidden), body_shown


@pytest.mark.parametrize("line", RIGHTS + EDITORIAL_NOTES + CALLS)
def test_a_standing_note_in_the_body_is_hidden(line):
    assert _hidden(line) == (True, True)


@pytest.mark.parametrize("line", RIGHTS + EDITORIAL_NOTES)
def test_every_reader_hides_the_rights_and_editorial_notes(line):
    """bodylines: the Word and PDF readers read the same lines with the same test."""
    assert body_line(line)


@pytest.mark.parametrize("line", SHOWN)
def test_the_articles_sentences_that_look_like_them_stay(line):
    assert _hidden(line) == (False, True)
    assert not body_line(line)
