"""The author's side on a course, shared by every mention of that course in one piece.

    share_sides(text, options)

A course others hold on which the author takes no side where it is reported ("Trump's calls to ban all Muslims from
entering the U.S. ...") takes the author's side stated on the same course elsewhere in the piece: a later mention
the rules gave a side ("... who has pledged to ban all Muslims from entering the U.S." in an editor's note the outlet
condemns; "Parliament should not ban e-bikes" after "Ministers want to ban e-bikes from city parks"), or the headline's
("Parliament must not ban e-bikes" over the report). The same course: the two summaries share their leading verb and
one's key words (at least two) all stand in the other's. An earlier mention below the headline does not count (in a
news report an "author's" call before the reported one is mostly someone's words the attribution missed), and mentions
that take different sides give none. It runs once the editor's notes are in (`notes.with_notes`), before the screen.
"""
from __future__ import annotations

from briefing_app.core.model import Option
from briefing_app.core.option_match import key_words

SIDES = ("support", "oppose")


def share_sides(text: str, options: list[Option]) -> None:
    """Give each option others hold that has no author's side the one side of the author's other mentions of the
    same course (see the module's docstring)."""
    waiting = [o for o in options if o.stance is None and o.positions]
    if not waiting:
        return
    sided = [(o, o.stance, key_words(o.summary)) for o in options if o.stance in SIDES]
    if not sided:
        return
    headline_end = text.find("\n", len(text) - len(text.lstrip()))
    for option in waiting:
        words = key_words(option.summary)
        if len(words) < 2:
            continue
        ours = set(words)
        sides = set()
        for other, side, theirs in sided:
            if len(theirs) < 2 or theirs[0] != words[0] or other.start < option.end and 0 <= headline_end < other.start:
                continue  # another course; or an earlier mention below the headline
            if ours.issuperset(theirs) or ours.issubset(theirs):
                sides.add(side)
        if len(sides) == 1:
            option.stance = sides.pop()
