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

