"""A typewriter face's words are as wide as their letters say (0.6 em each, and the space): the
room a line's first word needed at the end of the line above is counted, not guessed from its
glyph box, which falls short by the side bearings (a sixth of an em in a large bold face)."""
from __future__ import annotations

from briefing_app.ingest.pdf_breaks import room_needed
from briefing_app.ingest.pdf_chars import Run


def test_room_for_a_typewriter_word_is_its_letters_and_a_space() -> None:
    # "attack," in Courier-Bold 28 pt: 7 letters and a space of 16.8 pt; its glyph box is 113 pt
    assert room_needed(Run(54, 401, 357, 28, True, "attack, the real war.", 112.98)) >= 8 * 16.8
    # (its glyph box and 0.7 em gave 132.6, less than the 132.8 pt "After Charlie Hebdo" left on a
    # 452 pt line: the wrapped headline was taken for two paragraphs)
    # a proportional face: the glyph box and half an em, as before
    assert room_needed(Run(54, 300, 500, 10, False, "harbour board", 36.0)) == 41.0



def test_a_typewriter_line_ends_where_its_last_characters_advance_ends() -> None:
    """A comma's or a full stop's glyph box stops a third of an em short of its advance: in a typewriter
    face the line's end is its origin and 0.6 em a character, so inside a column a wrapped headline's
    first line ending in a comma is full when the next word would not have fitted."""
    from briefing_app.ingest.pdf_breaks import Layout, line_end
    from briefing_app.ingest.pdf_chars import Line

    # "If Council votes no," in Courier-Bold 16 pt from x=48: 20 characters, 192 pt; the comma's box ends 2.6 pt early
    run = Run(48, 237.4, 600, 16, True, "If Council votes no,", 19.2)
    assert line_end(run) == 48 + 20 * 9.6
    line = Line(run, 0, 48, 286, 0)  # 46 pt left: "will" and a space need 48
    nxt = Line(Run(48, 230, 580.8, 16, True, "will the mayor listen?", 37.2), 0, 48, 286, 0)
    assert line.right - line_end(run) < room_needed(nxt.run) < line.right - run.x1
    assert Layout({16.0: 19.2}).shows_break(line, nxt, line) is False
    # a line that did end early (the next word fitted) still ends its paragraph
    short = Line(Run(48, 189.4, 600, 16, True, "If Council votes,", 19.2), 0, 48, 286, 0)
    assert Layout({16.0: 19.2}).shows_break(short, nxt, short) is True
    # a proportional line (its width far from 0.6 em a character) keeps its glyph box
    prop = Run(48, 200, 600, 16, True, "If Council votes no,", 150)
    assert line_end(prop) == 200
