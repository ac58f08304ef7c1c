"""The site's words to its reader set as plain paragraphs in the story (ingest/htmlcalls.py): calls to act through the
site's channels and, at the story's end, the site's notices, hidden; an article's own sentences that open or end like
them stay."""
from __future__ import annotations

import pytest

from briefing_app.core.model import Span
from briefing_app.ingest import read_file
from briefing_app.ingest.htmlcalls import is_call, reader_calls

CALLS = [
    "Download the free Valley News app to get breaking news alerts on your phone.",
    "Have a news tip? Email tips@valley.example.com or call 555-0140.",
    "Sign up for our daily briefing to get stories like this in your inbox.",
    "Want more local news? Download our free app for alerts as they happen.",
    "For more local coverage, follow us on Facebook and X.",
    "Send us your pictures and videos and we could pay you for them.",
    "More local news: visit our homepage for the latest updates.",
    "Let us know what you think in the comments below.",
    "Let our news team know: email tips@valley.example.com.",
]
NOTICES = [  # the site's notices: hidden in the run at the story's end only
    "Comments are closed for this article.",
    "We welcome letters from readers. Please keep them under 250 words; we may edit for length.",
    "Valley Radio is member-supported. Become a member today to keep local news free.",
    "The views expressed in this commentary are the author's and do not necessarily reflect those of our trustees "
    "or donors, who fund the institute's newsletter.",
]
PROSE = [  # an article's own sentences: never hidden
    "Support groups welcomed the freeze but said the eligibility rules would miss many working households.",
    "Download speeds for the county's live traffic map were also criticised at the meeting.",
    "“Sign up now, or lose your place,” the organiser wrote to volunteers by email.",
    "The council said residents could email their views to the planning office until March.",
    "Subscribers to the bus pass scheme will pay £2 more a month from April.",
    "Call your senator and tell her to vote against the bill.",
    "We urge the council to publish its figures this year.",
    "Follow-up inspections found the same faults in three of the homes, and the landlord was fined.",
    "Members of the committee voted by seven to four to keep the branch open on Saturdays.",
    # an editorial's own "let us" (the author's exhortation, not "let us know") and "a member of" something
    "Let us return to the notion that beating up your partner is as serious as assaulting a member of the public.",
    "Let us not forget the members of our armed forces, who pay for this war with their lives.",
    "Our readers know what a member of Parliament earns; let us be honest about what one does.",
    # a title that opens the sentence with a verb or holds "Your", and a reporter's note on asking for comment
    "Get Smart is streaming on two services and can be rented on YouTube.",
    "Meet Your Maker is available to buy on YouTube and Apple TV.",
    "The ministry has been asked for comment, and this story will be updated if it responds.",
    # a how-to's own advice to its reader: tips and gifts that are not the site's channels
    "Read on for five tips that will help you cut your heating bill this winter.",
    "Looking for more gift ideas? Our guide to presents under £20 has plenty.",
    "Top tip: Get the seedlings in before the first frost, and water them only in the morning.",
]


@pytest.mark.parametrize("line", CALLS)
def test_a_call_to_the_reader_is_hidden_anywhere(line):
    assert is_call(line) and is_call(line, tail=True)


@pytest.mark.parametrize("line", NOTICES)
def test_a_notice_of_the_site_is_hidden_at_the_story_end_only(line):
    assert is_call(line, tail=True) and not is_call(line)


@pytest.mark.parametrize("line", PROSE)
def test_an_article_sentence_stays(line):
    assert not is_call(line) and not is_call(line, tail=True)


def test_the_run_at_the_end_stops_at_the_story():
    paras = ["Headline of the story", PROSE[0], NOTICES[0], PROSE[4], CALLS[0], NOTICES[1]]
    text = "\n\n".join(paras)
    spans = reader_calls(text, [Span(0, len(text))], [], Span(0, len(paras[0])))
    assert [text[s.start:s.end] for s in spans] == [CALLS[0], NOTICES[1]]


def test_a_page_hides_its_calls_and_keeps_the_story(tmp_path):
    story = ["The county will close the bridge to lorries for eight months from March, engineers said on Monday.",
             "Cars and buses will still cross in a single lane controlled by temporary lights.",
             "Support for a weight limit instead of a ban came from the two quarries north of the river."]
    body = "".join(f"<p>{p}</p>" for p in story[:2]) + f"<p>{CALLS[2]}</p><p>{story[2]}</p>" \
        + f"<p><em>{CALLS[1]}</em></p><p>{NOTICES[0]}</p>"
    page = tmp_path / "story.html"
    page.write_text("<html><head><title>Bridge to close to lorries</title></head><body><header><a href='/'>Valley "
                    "News</a></header><main><article><h1>Bridge to close to lorries</h1><div class='story-body'>"
                    f"{body}</div></article></main></body></html>", encoding="utf-8")
    doc = read_file(page)
    hidden = bytearray(len(doc.text))
    for s in doc.boilerplate:
        hidden[s.start:s.end] = b"\x01" * (s.end - s.start)
    for line in story:
        at = doc.text.index(line)
        assert not any(hidden[at:at + len(line)]), line
    for line in (CALLS[2], CALLS[1], NOTICES[0]):
        at = doc.text.index(line)
        assert all(hidden[at:at + len(line)]), line
