"""An editor's note that argues is the outlet's voice (convention v2, tests/data/options/README.md): HuffPost's
"Editor's note: Donald Trump regularly incites political violence and is a serial liar, ... who has repeatedly
pledged to ban all Muslims ... from entering the U.S." gives "Ban all Muslims", Trump's support and the outlet's
opposition. The analysis hides "Editor's note:" lines from quotes and actors (analysis/boilerplate.py); a note about
the piece (a disclosure, a correction, "first appeared in", "this story has been updated") gives nothing. The note
stays hidden from quotes and actors: this stage alone reads it, with its actors' names there as mentions of its own.
"""
from __future__ import annotations

import re
from dataclasses import replace

from briefing_app.analysis.boilerplate import (
    ABOUT_PIECE_RE, BIO_NOTE_RE, CONDEMN_RE, DISCLAIMER_RE, EDITOR_NOTE_RE, is_note)
from briefing_app.analysis.options import find_options
from briefing_app.core.model import Actor, Option, Quote, Span
from briefing_app.core.option_match import same_option

# a note's label where the analysis does not hide it: "Note from the editors:", "A note from the editor —"
LABEL_RE = re.compile(r"[(\[]?(?:a )?note from the editors?\s*[:.—–-]", re.I)
LABEL_FIRST = frozenset("([NnAa")
def with_notes(text: str, options: list[Option], paras: list[tuple[int, int]], boilerplate: list[Span],
               quotes: list[Quote], actors: list[Actor]) -> list[Option]:
    """The options found in the paragraphs read (`options`), with those of the hidden editor's notes that argue, the
    outlet's side on them, and none from a shown note about the piece."""
    hidden = hidden_notes(text, boilerplate)
    found: list[Option] = []
    if hidden:
        actors = named_in(text, hidden, actors)
        found = find_options(text, hidden, quotes, actors)
        options = sorted(options + found, key=lambda o: o.start)
    shown, about = shown_notes(text, paras)
    if about:  # "Note from the editors: this story has been corrected. ...": about the piece, nobody's course
        options = [o for o in options if not any(ps <= o.start < pe for ps, pe in about)]
    if hidden or shown:
        outlet_side(text, options, hidden + shown, actors)
    return merged(options, found) if found else options


def merged(options: list[Option], found: list[Option]) -> list[Option]:
    """The options with each of a hidden note's (`found`) that names the same course as one of the body's
    (core.option_match.same_option: "Ban all Muslims" in the note, "Ban all Muslims from entering the U.S." in the body)
    merged into the body's, as the options of one text are: one option, the positions of both (each actor once), and
    the author's side with its evidence where only the note states it (the outlet's opposition)."""
    from_note = {id(o) for o in found}
    out = [o for o in options if id(o) not in from_note]
    for note in found:
        body = next((o for o in out if id(o) not in from_note and same_option(o.summary, note.summary)), None)
        if body is None:
            out.append(note)
            continue
        body.positions.extend(p for p in note.positions if all(p.actor != q.actor for q in body.positions))
        if body.stance is None and note.stance is not None:
            body.stance, body.start, body.end = note.stance, note.start, note.end
    return sorted(out, key=lambda o: o.start)


def hidden_notes(text: str, boilerplate: list[Span]) -> list[tuple[int, int]]:
    """The argued editor's notes among the hidden lines, each from the end of its label (cheap: most texts hide no
    line opening with a note's mark)."""
    if not any(text[b.start:b.start + 1] in "([Ee" for b in boilerplate):
        return []
    return [(_after_label(text, b.start, b.end), _before_bracket(text, b.start, b.end)) for b in boilerplate
            if is_note(text, b.start, b.end) and argues(text, b.start, b.end)]


def argues(text: str, start: int, end: int) -> bool:
    """A note (start, end) that argues: not about the piece (a disclosure, a correction, an update, where it first
    appeared), no disclaimer, and no introduction of the author ("Jane Roe is a former adviser to ...") unless it
    condemns ("Donald Trump is a serial liar, rampant xenophobe ...")."""
    return (ABOUT_PIECE_RE.search(text, start, end) is None and DISCLAIMER_RE.search(text, start, end) is None
            and (BIO_NOTE_RE.match(text, start, end) is None or CONDEMN_RE.search(text, start, end) is not None))


def _after_label(text: str, start: int, end: int) -> int:
    """Where the note's words begin: its label ("Editor's note:") is no one's subject."""
    m = EDITOR_NOTE_RE.match(text, start, end)
    start = m.end() if m else start
    while start < end and text[start].isspace():
        start += 1
    return start


def named_in(text: str, notes: list[tuple[int, int]], actors: list[Actor]) -> list[Actor]:
    """The actors with their names in the hidden notes added as mentions (for the options stage alone: the actor
    table does not read the notes), so that "Donald Trump ... who has repeatedly pledged to" is Trump's."""
    out = []
    for actor in actors:
        names = [n for n in (actor.name, *actor.aliases) if len(n) > 2]
        found = [Span(m.start(), m.end()) for ns, ne in notes for n in names
                 for m in re.compile(r"\b" + re.escape(n) + r"\b").finditer(text, ns, ne)]
        out.append(replace(actor, mentions=sorted(actor.mentions + found, key=lambda m: m.start)) if found else actor)
    return out


def shown_notes(text: str, paras: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The paragraphs the analysis reads that open with a note's label ("Note from the editors:"): those that argue,
    and those about the piece (which give no option)."""
    labelled = [(ps, pe) for ps, pe in paras if text[ps] in LABEL_FIRST and LABEL_RE.match(text, ps, pe)]
    if not labelled:  # (a test of each paragraph's first letter: a substring search of the text costs ten times more)
        return [], []
    argued = [p for p in labelled if argues(text, *p)]
    return argued, [p for p in labelled if p not in argued]


def _before_bracket(text: str, start: int, end: int) -> int:
    """The note's end inside its brackets: "[Editor's note: ... in public.]" ends at "public."."""
    close = {"[": "]", "(": ")"}.get(text[start])
    stripped = text[start:end].rstrip()
    return start + len(stripped) - 1 if close and stripped.endswith(close) else end


def outlet_side(text: str, options: list[Option], notes: list[tuple[int, int]], actors: list[Actor]) -> None:
    """An option argued in an argued note with no side of the author's takes the outlet's: opposed, when the note
    condemns the actor who holds it ("... a serial liar, rampant xenophobe ... who has repeatedly pledged to ban
    all Muslims"). The condemned is the actor named last before a condemning word in the note: "Donald Trump, a
    serial liar, mocked Ted Cruz's pledge to abolish the IRS" condemns Trump, not Cruz's course."""
    for ns, ne in notes:
        condemned = {_named_before(actors, ns, m.start()) for m in CONDEMN_RE.finditer(text, ns, ne)} - {None}
        if not condemned:
            continue
        for option in options:
            if (option.stance is None and ns <= option.start < ne
                    and any(p.stance == "support" and p.actor in condemned for p in option.positions)):
                option.stance = "oppose"


def _named_before(actors: list[Actor], start: int, at: int) -> str | None:
    """The actor with the last mention in (start, at), if any."""
    last = max(((m.start, a.name) for a in actors for m in a.mentions if start <= m.start < at), default=None)
    return last[1] if last else None
