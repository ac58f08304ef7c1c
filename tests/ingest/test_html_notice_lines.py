"""Standing notes a site sets as a line of the article's body, hidden whatever element holds them: the English notice of
rights ("Copyright 2026 WKVL. All rights reserved."), an editorial page's note on whose view an editorial is, a call to
follow the writer or the outlet's coverage ("Follow Jane Roe on Twitter @janeroe.", "Follow AP's full coverage of … at
https://…", "Like this story? Share it with a friend!"), the letters page's standing call with its address, "You can
also subscribe to this newsletter …". Sentences of the article that look like them stay shown."""
from __future__ import annotations

import pytest

from briefing_app.ingest.bodylines import body_line
from tests.ingest.night_buses import BODY, HEADLINE, PARAS, read_hidden

RIGHTS = [
    "Copyright 2026 WKVL. All rights reserved.",
    "(c) 2026 Valley Media Group",
    "The Valley Courier. All Rights Reserved.",
    "COPYRIGHT 2026 BY THE VALLEY COURIER",
    "Copyright 2024-2026 by Valley Media Group",
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
    "Follow Jonah Ness on Twitter and Instagram.",
    "Like this story? Share it with a friend!",
    "The Courier welcomes letters to the editor. We would like to hear what you think of this or any of our articles. "
    "Here is our email: letters@valleycourier.example.",
    "You can also subscribe to this newsletter here and get it every weekday morning.",
]
SHOWN = [
    "Copyright claims rose in 2025, the registry's figures show.",
    "Copyright 2019 was a record year for lawsuits against the studio.",  # (review: a year, then a verb)
    "The label said all rights reserved, she said.",
    "Editorials reflect the views of only a few people in this town.",
    "Editorials are the voice of the newspaper, the publisher said.",
    "Follow the money on Facebook, the prosecutor said.",
    "Follow the guidance on Twitter accounts run by the city.",
    # (review: after the platform, "and"/"," must name another platform and ":" a handle or an address)
    "Follow the money on X and you find the donors.",
    "Follow the debate on Twitter and you would think the city was burning.",
    "Follow the protests on Facebook, where organisers post updates every hour.",
    "Follow developments on Twitter: the mayor has not replied to the letter.",
    "Many readers wrote letters to the editor after the vote.",
]


def _page(line: str) -> str:
    return (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>{PARAS}<p>{line}</p>"
            "</article></body></html>")


def _hidden(line: str) -> tuple[bool, bool]:
    text, hidden = read_hidden(_page(line))
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


CONTACTS = [
    "Press office: 020 7946 0000",
    "Media contact: Dana Lowe, 555-0134",
    "Media enquiries: press@transport.example.gov",
    "Press contacts: 555-0100 or 555-0101",
]
WRITE_TO = ["Email Dana Lowe at dlowe@valleycourier.example or follow her @danalowe.",
            "Email Jonah Ness at jness@valleycourier.example."]
CONTACT_SENTENCES = [
    "Media contact: the ministry did not answer calls on Friday.",
    "Press office staff said 20 people had called by noon.",
    "E-mail the council at info@city.example to comment on the plan.",
    "Email Dana Lowe at dlowe@valleycourier.example, the mayor said.",
]


@pytest.mark.parametrize("line", CONTACTS)
def test_a_press_offices_contact_line_is_hidden(line):
    assert body_line(line)
    assert _hidden(line) == (True, True)


@pytest.mark.parametrize("line", WRITE_TO)
def test_a_call_to_write_to_the_writer_is_hidden(line):
    assert _hidden(line) == (True, True)


@pytest.mark.parametrize("line", CONTACT_SENTENCES)
def test_a_sentence_about_the_press_office_or_writing_in_stays(line):
    assert not body_line(line)
    assert _hidden(line) == (False, True)


@pytest.mark.parametrize("head", ["Media enquiries", "Press contact", "Contact"])
def test_a_heading_over_a_hidden_contact_line_at_the_end_is_hidden(head):
    page = (f"<html><head><title>{HEADLINE}</title></head><body><main><h1>{HEADLINE}</h1><div class='release'>{PARAS}"
            f"<h2>Notes to editors</h2><p>The transport levy was set in 2024.</p><h2>{head}</h2>"
            f"<p>{CONTACTS[0]}</p></div></main></body></html>")
    text, hidden = read_hidden(page)
    assert head in hidden
    for line in (*BODY, "Notes to editors", "The transport levy was set in 2024."):
        assert line in text and not any(line in h for h in hidden), line


@pytest.mark.parametrize("label, date", [("Release Date:", "Thursday, 28 April 2026 – 3:55pm"),
                                         ("Published:", "March 3, 2026"), ("Posted on:", "3 March 2026")])
def test_a_label_over_a_hidden_date_is_hidden(label, date):
    page = (f"<html><head><title>{HEADLINE}</title></head><body><main><h1>{HEADLINE}</h1><div class='release'>"
            f"<p><strong>{label}</strong></p><div class='meta'><span class='date'>{date}</span></div>{PARAS}</div>"
            "</main></body></html>")
    text, hidden = read_hidden(page)
    if any(date in h for h in hidden):  # (the date may show: it is the story's; a label over a hidden one may not)
        assert any(label in h for h in hidden)
    for line in BODY:
        assert line in text and not any(line in h for h in hidden), line
