"""The analyst's own text: the Markdown subset, as Qt's QTextEdit.toMarkdown writes it."""
from __future__ import annotations

import pytest

from briefing_app.export.markup import escape, inline, parse, runs_for


def _runs(text: str) -> list[tuple[str, str]]:
    return [(r.text, ("b" if r.bold else "") + ("i" if r.italic else "")) for r in inline(text)]


def test_qt_bold_italic_and_both():
    # exactly what QTextEdit.toMarkdown writes for <b>bold</b>, <i>italic</i>, <b><i>both</i></b>
    assert _runs("Plain **bold** and *italic* and ***both***, end.") == [
        ("Plain ", ""), ("bold", "b"), (" and ", ""), ("italic", "i"), (" and ", ""), ("both", "bi"), (", end.", "")]


def test_qt_bullets_wrapped_lines_and_paragraphs():
    md = ("First paragraph that Qt wrapped at eighty columns, so it goes on\n"
          "on the next line. \n\n- first **item**\n- second item that is long enough to wrap\n"
          "  onto a continuation line\n\nafter the list\n\n")
    blocks = parse(md)
    assert [(b.bullet, b.text) for b in blocks] == [
        (False, "First paragraph that Qt wrapped at eighty columns, so it goes on on the next line."),
        (True, "first item"), (True, "second item that is long enough to wrap onto a continuation line"),
        (False, "after the list")]
    assert [(r.text, r.bold) for r in blocks[1].runs] == [("first ", False), ("item", True)]


def test_qt_escaped_asterisks_print_as_asterisks():
    # QTextEdit.toMarkdown escapes a literal asterisk: "5*3" becomes "5\*3"
    assert _runs("a 5\\*3 star") == [("a 5*3 star", "")]
    assert _runs("not \\*\\*bold\\*\\* here") == [("not **bold** here", "")]
    assert _runs("a backslash \\\\ and C:\\Users") == [("a backslash \\ and C:\\Users", "")]


@pytest.mark.parametrize("text", ["5 * 3 = 15", "5*3 and 2*4", "a lone * here", "**", "*", "trailing *",
                                  "* not closed", "**unclosed bold"])
def test_asterisks_that_are_not_markup_stay(text):
    assert _runs(text) == [(text, "")]


def test_emphasis_spans_a_wrapped_line_and_reaches_the_edges():
    [block] = parse("**bold across\na line** then *end*")
    assert [(r.text, r.bold, r.italic) for r in block.runs] == [
        ("bold across a line", True, False), (" then ", False, False), ("end", False, True)]


def test_a_line_starting_with_bold_is_not_a_bullet_and_a_rule_is_text():
    assert [(b.bullet, b.text) for b in parse("**Note:** read this\n\n---")] == [
        (False, "Note: read this"), (False, "---")]


def test_star_bullets_and_urls_inside_emphasis():
    [one, two] = parse("* one\n* *see* https://example.org/a.")
    assert one.bullet and two.bullet
    assert [(r.text, r.italic, r.link) for r in two.runs] == [
        ("see", True, None), (" ", False, None), ("https://example.org/a", False, "https://example.org/a"),
        (".", False, None)]


def test_escape_round_trips_plain_text():
    for text in ("a *b* c", "- not a bullet", "5*3 and \\ back", "**x**"):
        [block] = parse(escape(text))
        assert block.text == text and not block.bullet and all(not r.bold and not r.italic for r in block.runs)


def test_plain_runs_link_urls():
    runs = runs_for("See https://example.org/a?b=1. Then more.")
    assert [(r.text, r.link) for r in runs] == [("See ", None), ("https://example.org/a?b=1", "https://example.org/a?b=1"),
                                                (". Then more.", None)]


def test_own_text_prints_bold_italic_and_bullets_in_word(tmp_path, memo, lookup):
    import docx

    from briefing_app.export import export_memo

    memo.section("background").items[0].body = ("Seoul is **weighing** it, *carefully*.\n\n"
                                                 "- first **point**\n- second point\n")
    document = docx.Document(str(export_memo(memo, lookup, tmp_path / "m.docx").path))
    paras = {p.text: p for p in document.paragraphs}
    assert "Seoul is weighing it, carefully." in paras and "first point" in paras and "second point" in paras
    runs = {r.text: (r.bold, r.italic) for r in paras["Seoul is weighing it, carefully."].runs}
    assert runs["weighing"] == (True, None) and runs["carefully"] == (None, True)
    assert {r.text: r.bold for r in paras["first point"].runs}["point"] is True
    assert "**" not in "\n".join(paras)
