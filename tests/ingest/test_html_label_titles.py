"""A page whose <title> opens with its section's label ("Opinion | Headline") and whose body sets no headline: the
title is the headline after the label, not the label (trafilatura's title is the <title>'s first part, "Opinion")."""
from __future__ import annotations

import pytest

from briefing_app.ingest import read_file

BODY = ("<p>The war has taught Europe an uncomfortable lesson: it cannot rely forever on American protection.</p>"
        "<p>The European Union should create a joint defence fund financed by common borrowing.</p>"
        "<p>Critics say joint debt would reward fiscal laxity, but the alternative is worse.</p>")


@pytest.mark.parametrize("title, expected", [
    ("Opinion | Europe must not outsource its defence again", "Europe must not outsource its defence again"),
    ("Analysis | Why the defence fund matters now", "Why the defence fund matters now"),
    ("Analysis: Why the defence fund matters now", None),  # (the extractor keeps the whole title: as before)
    ("Europe must not outsource its defence again | Harbour Times", None),  # (not a label: as before)
])
def test_a_label_before_the_headline_is_no_title(tmp_path, title: str, expected: str | None) -> None:
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>{title}</title></head><body><article>{BODY}</article></body></html>",
                    encoding="utf-8")
    found = read_file(path).metadata.title
    assert found not in ("Opinion", "Analysis")
    if expected is not None:
        assert found == expected


def test_a_label_alone_with_nothing_after_it_gives_no_title(tmp_path) -> None:
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>Opinion</title></head><body><article>{BODY}</article></body></html>",
                    encoding="utf-8")
    assert read_file(path).metadata.title != "Opinion"
