"""The extractor drops the characters that are neither printable nor space from what it extracts: soft hyphens a site
sets for line breaking ("Coun&shy;cil&shy;lor"), zero-width spaces and joiners, direction marks. Its lines are still
found in the page's text (html.align), so a paragraph holding one stays shown, and the page's text keeps the
characters as they were."""
from __future__ import annotations

import pytest

from briefing_app.ingest.html import align
from tests.ingest.night_buses import BODY, HEADLINE, read_hidden


def _shown(text: str, hidden: list[str], line: str) -> bool:
    flat = " ".join(text.split())
    return line in flat and not any(line in h for h in hidden)


@pytest.mark.parametrize("mark", ["&shy;", "\u00ad", "\u200b", "\u200e", "\u2060"])
def test_paragraphs_with_invisible_marks_stay_shown(mark):
    def marked(sentence: str) -> str:  # a mark inside every long word, as a hyphenation plugin sets them
        return " ".join(w[:4] + mark + w[4:] if len(w) > 7 else w for w in sentence.split())

    paras = "".join(f"<p>{marked(p)}</p>" for p in BODY)
    page = (f"<html><head><title>{HEADLINE}</title></head><body><nav><a href='/'>Home</a> <a href='/city'>City</a></nav>"
            f"<article><h1>{HEADLINE}</h1>{paras}</article></body></html>")
    text, hidden = read_hidden(page)  # (every paragraph is hidden without the rule)
    plain = "".join(ch for ch in text if ch.isprintable() or ch.isspace())
    hidden = ["".join(ch for ch in h if ch.isprintable() or ch.isspace()) for h in hidden]
    for line in BODY:
        assert _shown(plain, hidden, line), line
    assert not _shown(plain, hidden, "Home City")
    assert "\u00ad" in text or mark not in ("&shy;", "\u00ad")  # the page's own characters are kept


def test_a_span_found_over_soft_hyphens_covers_them():
    text = "Before.\n\nThe Coun\u00adcil\u00adlor spoke.\n\nAfter."
    spans = align(text, "The Councillor spoke.")
    assert [text[s.start:s.end] for s in spans] == ["The Coun\u00adcil\u00adlor spoke."]


def test_an_extracted_line_with_its_own_soft_hyphens_is_found_too():
    text = "Before.\n\nThe Councillor spoke.\n\nAfter."  # (a JSON-LD body may keep them)
    spans = align(text, "The Coun\u00adcillor spoke.")
    assert [text[s.start:s.end] for s in spans] == ["The Councillor spoke."]
