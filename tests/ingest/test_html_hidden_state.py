"""A short box whose class names a hidden state ("hide", "hidden", "is-hidden": Bootstrap's and Foundation's classes
that a stylesheet sets to display:none) is a message a script shows later, an e-mail form's "An error has occurred,
please try again later." or "Thank you / This story has been sent to": furniture. The article's text stays shown:
a fold of the story behind a "Read more" control, a long box so named (a body a script reveals), and a box whose class
only holds the word ("hidden-gem", "hidden-xs": shown on a wide screen)."""
from __future__ import annotations

import pytest

from briefing_app.ingest.html import read_html
from tests.ingest.night_buses import BODY, HEADLINE

ERROR = "Something went wrong on our side, please try again in a minute."
EXTRA = "The drivers' union welcomed the vote and said it would hire forty more drivers before the winter."
THANKS = ("All done", "Your message about this story has gone out to")


def _read(extra: str, after: str = "", box: str = "div") -> tuple[str, list[str]]:
    paras = f"<{box}>" + "".join(f"<p>{p}</p>" for p in BODY) + f"</{box.split()[0]}>"
    page = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>{paras}{after}</article>"
            f"{extra}</body></html>")
    text, _meta, spans = read_html(page, "page")
    return text, [" ".join(text[s.start:s.end].split()) for s in spans]


def _shown(text: str, hidden: list[str], line: str) -> bool:
    return line in " ".join(text.split()) and not any(line in h for h in hidden)


@pytest.mark.parametrize("cls", ["hide", "hidden", "msg is-hidden"])
def test_a_form_message_named_hidden_is_furniture(cls):
    form = (f"<div class='share-by-mail'><p class='error {cls}'>{ERROR}</p></div>"
            f"<div class='sent-note {cls}'><p class='sent-title'>{THANKS[0]}</p><p class='sent-text'>{THANKS[1]}</p>"
            "<p class='sent-to'></p></div>")
    text, hidden = _read("", form)  # inside the article, after its text (the test fails for "msg is-hidden" without the rule)
    for line in (ERROR, *THANKS):
        assert not _shown(text, hidden, line), line
    for line in BODY:
        assert _shown(text, hidden, line), line


@pytest.mark.parametrize("cls", ["hidden-gem", "hidden-xs", "unhidden"])
def test_a_class_only_holding_the_word_decides_nothing(cls):
    text, hidden = _read("", f"<p class='{cls}'>{EXTRA}</p>")
    for line in (*BODY, EXTRA):
        assert _shown(text, hidden, line), line


def test_a_long_box_named_hidden_stays_text():
    text, hidden = _read("", box="div class='story-body hidden'")
    for line in BODY:
        assert _shown(text, hidden, line), line
