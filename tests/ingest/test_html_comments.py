"""A reader's comment is no author's bio: WordPress names each comment's box after its poster ("comment-author-jdoe",
"comment-author vcard"), and a comment that opens with a name and a verb ("Rivers is no longer …", "Maybe Mexico City
is an option?") read as a closing bio shown. The article's own author box still shows its bio."""
from __future__ import annotations

import pytest

from tests.ingest.night_buses import BODY, HEADLINE, PARAS, read_hidden

BIO = "Jonah Ness is the Courier's transport reporter and has covered the city council since 2019."
COMMENTS = ["Fenwick is the only councillor who ever rides the buses herself.",
            "Maybe Northfield is next on the list for a proper tram.",
            "The council has promised this three times before and nothing came of it."]


def _comment(n: int, who: str, text: str, form: str) -> str:
    if form == "wordpress":
        return (f"<li id='comment-{n}' class='comment byuser comment-author-{who} depth-1'><article class='comment-body'>"
                f"<footer class='comment-meta'><div class='comment-author vcard'><b class='fn'>{who}</b> "
                f"<span class='says'>says:</span></div><div class='comment-metadata'><a href='#comment-{n}'><time>"
                f"March 3, 2026 at 9:0{n} am</time></a></div></footer><div class='comment-content'><p>{text}</p></div>"
                "</article></li>")
    return (f"<div class='reply'><div class='reply-author'>{who}</div><div class='reply-text'><p>{text}</p></div>"
            "</div>")


@pytest.mark.parametrize("form", ["wordpress", "replies"])
def test_a_comment_opening_with_a_name_is_no_bio(form):
    comments = "".join(_comment(n, who, text, form) for n, (who, text) in enumerate(zip(("rivergal", "tomb", "pk"),
                                                                                       COMMENTS)))
    page = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>{PARAS}"
            f"<div class='author-bio'><p>{BIO}</p></div></article><div id='comments' class='comments-area'>"
            f"<h2>3 thoughts on “{HEADLINE}”</h2><ol class='comment-list'>{comments}</ol></div></body></html>")
    text, hidden = read_hidden(page)
    for line in COMMENTS:
        assert any(line in h for h in hidden), line
    for line in (*BODY, BIO):
        assert line in text and not any(line in h for h in hidden), line
