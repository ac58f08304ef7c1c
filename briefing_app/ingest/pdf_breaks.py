"""Where a PDF paragraph ends: the decision between two lines of body text (pdf_paragraphs.py).

Inside a column the layout shows it: a change of font size or weight, a gap wider than the
line pitch, a first-line indent, or a line that ends early (the next line's first word would
have fitted on it; in justified text, any line that stops short of the column's edge: only a
paragraph's last line does). At a page or column break a full last line shows nothing by itself, so the
document's own habits, learned from the breaks inside its columns, weigh the evidence there:

- how often its paragraphs end after as many lines as the open one has (of the paragraphs seen
  whole inside a column, how many end about there, a line either side, against how many run
  longer: a paragraph as long as the document's paragraphs get is likely to end, a one-line
  paragraph in a document of five-line ones to run on; one longer than every paragraph seen whole
  counts as long as the longest, since long ones are those a break most often cuts); where the
  lines after the break show where the next paragraph ends (k lines on), the two readings are
  weighed whole: two paragraphs of n and k lines against one of n + k, each as often as the
  document's paragraphs are that long (a seven-line paragraph and a ten-line one in a document
  of five- to eleven-line paragraphs, rather than one of seventeen),
- how often a paragraph's last line is as full as this one (free room vs the next first word),
- how often a line ends a sentence before a capital inside a paragraph, and at its end,
- in justified text, whether the line stops short of the column's edge (only a paragraph's
  last line does),
- whether the column stopped short: room for another line at the bottom of the page or
  column means the paragraph ended there; in a document whose paragraphs are set apart by a
  gap, a column filled to its last line is a little more likely to run on.

A document whose paragraphs start indented shows each new paragraph at the top of a page
too, so there the indent alone decides.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from statistics import median

from briefing_app.ingest.pdf_chars import Line, Run

SENTENCE_ENDS = (".", "!", "?", ".”", "!”", "?”", '."', '?"', '!"', "…", ".’", "?’", "!’", ".)", "?)", "!)")
ROOM_ODDS = 8.0  # a column that stops a line short: this many times likelier a paragraph end
JUSTIFIED_LINES = 8  # lines inside paragraphs needed to call a document justified
LENGTH_PRIOR = 2.0  # weight of the per-line odds against the paragraph lengths seen
FLUSH_EM, FLUSH_SHARE = 0.2, 0.75  # ... three in four of which end this close to the edge (in font sizes; glyph
# boxes fall short): not nine in ten, since paragraph ends the lines do not show otherwise (no gap, no indent)
# are among them


def bucket(size: float) -> float:
    """A font size to the nearest half point, so runs of one size compare equal."""
    return round(size * 2) / 2


def continues_word(prev: str, cur: str) -> bool:
    """Does `prev` end in a hyphen after a letter and `cur` start with a letter (a word broken over the lines)?"""
    return len(prev) > 1 and prev.endswith("-") and prev[-2].isalpha() and cur[:1].isalpha()


def indent(line: Line) -> float:
    """How far the line's text starts right of its column's left edge."""
    return line.run.x0 - line.left


def centred(line: Line) -> bool:
    """Is the line set in the middle of its column (about as much room on either side, and some)?"""
    lgap, rgap = line.run.x0 - line.left, line.right - line.run.x1
    return lgap > 2 * line.run.size and abs(lgap - rgap) < 0.15 * (line.right - line.left)


def narrower(prev: Line, now: float, was: float) -> bool:
    """Are `prev` and the line after it (indented `was` and `now`) lines of a passage set to a narrower measure,
    indented alike on both sides (a block quote): indented alike on the left, by more than half an em, and `prev`
    stopping at or short of the column's right edge less the same indent?"""
    size = prev.run.size
    return was > 0.6 * size and abs(now - was) <= 1 and prev.run.x1 <= prev.right - was + 0.5 * size


def free(line: Line) -> float:
    """Room left on the line: wider than the next line's first word means the line ended on purpose."""
    if centred(line):
        return (line.right - line.left) - line.run.width
    return line.right - line.run.x1


TYPEWRITER_EM = 0.6  # the advance of every character of a typewriter face, in font sizes


def line_end(run: Run) -> float:
    """Where the run's last character's advance ends: its glyph box's right edge, or in a typewriter
    face (its width as its characters' count says, within a third of an em) the origin plus 0.6 em a
    character: a comma's or full stop's box stops a third of an em short of its advance, and
    room_needed counts a typewriter word exactly, so inside a column "If Greece turns left," read as
    a line ended early before "will" (room 46.7 pt, box 49.4, the word 48): a wrapped headline in two.
    Used where the lines alone decide (inside a column); at a page or column break the document's
    habits are learned from free() on glyph boxes and weigh a full last line there as before."""
    advance = run.x0 + TYPEWRITER_EM * run.size * len(run.text)
    if len(run.text) >= 6 and run.x1 <= advance < run.x1 + run.size / 3:
        return advance
    return run.x1


# punctuation no line may start with, even after a space (Unicode line breaking, UAX #14 LB13):
# "A&E ;"." is one unbreakable piece
GLUED = re.compile(r"(?:\s+[;:!?,.)\]}/]\S*)+")
GLUE_MARKS = frozenset(";:!?,.)]}/")


def room_needed(run: Run) -> float:
    """The room `run`'s first word would have needed at the end of the line above: its width (with
    punctuation after a space that cannot start a line: "A&E ;".", its width estimated from the
    word's) and a space, with some slack for glyph boxes vs advance widths: half an em; in a
    typewriter face, whose letters and spaces are each 0.6 em wide, their count tells the width
    exactly (a glyph box falls short of it by the letters' side bearings, up to a sixth of an em)."""
    letters = run.text.find(" ")
    letters = len(run.text) if letters < 0 else max(letters, 1)
    glued = GLUED.match(run.text, letters) if run.text[letters + 1:letters + 2] in GLUE_MARKS else None
    if run.first_word >= 0.55 * run.size * letters:  # a typewriter face
        count = letters + (len(glued.group()) if glued else 0)
        return max(run.first_word, TYPEWRITER_EM * run.size * count) + TYPEWRITER_EM * run.size
    width = run.first_word * (1 + len(glued.group()) / letters) if glued else run.first_word
    return width + 0.5 * run.size


def sentence_turn(prev: Line, cur: Line) -> bool:
    """Does `prev` end a sentence before a capital (or an opening quote) starting `cur`?"""
    return prev.text.endswith(SENTENCE_ENDS) and (cur.text[:1].isupper() or cur.text[:1] in "“\"‘")


def _pitches(body: list[Line]) -> dict[float, float]:
    """The usual baseline-to-baseline step for each font size."""
    steps: dict[float, list[float]] = {}
    for a, b in zip(body, body[1:]):
        step = a.run.y - b.run.y
        if a.page == b.page and a.col == b.col and bucket(a.run.size) == bucket(b.run.size) and 0 < step < 3 * a.run.size:
            steps.setdefault(bucket(a.run.size), []).append(step)
    return {k: _line_pitch(v) for k, v in steps.items()}


def _line_pitch(steps: list[float]) -> float:
    """The step between two lines of one paragraph: the smallest step that recurs (in a tenth of
    the steps, at least twice), not the median, which is the paragraph gap's step where most
    paragraphs are one or two lines long."""
    ordered = sorted(steps)
    need = max(2, len(ordered) // 10)
    for i, step in enumerate(ordered):
        if bisect_right(ordered, step + 0.5) - i >= need:
            return median(ordered[i:bisect_right(ordered, step + 0.5)])
    return median(ordered)


@dataclass
class Layout:
    """A document's paragraph habits, learned from the breaks inside its columns."""

    pitch: dict[float, float]
    first_indent: float = 0.0  # the first-line indent of its paragraphs (0: none)
    ends: list[tuple[Line, Line]] = field(default_factory=list)  # (last line, next paragraph's first)
    runs_on: list[tuple[Line, Line]] = field(default_factory=list)  # two lines of one paragraph
    gap: float = 0.0  # extra space between paragraphs (0: none, or set apart by indents only)
    lowest: dict[tuple[int, int], float] = field(default_factory=dict)  # lowest baseline of each column block
    pages: dict[int, list[Line]] = field(default_factory=dict)  # the body lines of each page
    bottom: float = 0.0  # the lowest baseline of body-size text anywhere
    end_frees: list[float] = field(default_factory=list)  # room left on paragraphs' last lines, sorted
    turns: tuple[int, int] = (0, 0)  # sentence turns at paragraph ends, and between lines of a paragraph
    flush: float | None = None  # justified text: the most room a line inside a paragraph leaves
    lengths: list[int] = field(default_factory=list)  # lines of the paragraphs seen whole inside a column, sorted
    body: float = 0.0  # the body text's font size (bucket)
    ahead: dict[int, tuple[int, bool]] = field(default_factory=dict)  # id(line): (lines from it to the next break
    # the lines show or leave open, is that break shown)

    @classmethod
    def learn(cls, body: list[Line]) -> Layout:
        layout = cls(_pitches(body))
        starts = [indent(a) for a, b in zip(body, body[1:]) if a.page == b.page and a.col == b.col and
                  indent(a) > 0.6 * a.run.size and indent(b) < 1 and not centred(a) and not centred(b)
                  and _first_line(a, b)]
        layout.first_indent = median(starts) if len(starts) >= 2 else 0.0
        opened = body[0] if body else None
        count, whole = 1, False  # lines of the open paragraph; did it open inside a column
        shown: list[bool | None] = []
        for a, b in zip(body, body[1:]):
            new = layout.shows_break(a, b, opened or a)
            shown.append(new)
            inside = a.page == b.page and a.col == b.col and bucket(a.run.size) == bucket(b.run.size) and \
                a.run.bold == b.run.bold
            if inside:
                (layout.ends if new else layout.runs_on).append((a, b))
            if new and inside and whole:
                layout.lengths.append(count)
            opened = b if new is not False else opened
            count, whole = (1, bool(new) and inside) if new is not False else (count + 1, whole)
        layout.lengths.sort()
        k, exact = 1, False
        for line, new in zip(reversed(body), [None, *reversed(shown)]):
            k, exact = (1, new is True) if new is not False else (k + 1, exact)
            layout.ahead[id(line)] = (k, exact)
        spacing = [(a.run.y - b.run.y - pitch, pitch) for a, b in layout.ends
                   for pitch in [layout.pitch.get(bucket(b.run.size), 0.0)]]
        steps = [step for step, _ in spacing]
        wide = [step for step, pitch in spacing if step > 0.35 * pitch]  # each against its own line pitch
        layout.gap = median(wide) if wide and len(wide) * 2 >= len(steps) else 0.0
        layout.end_frees = sorted(free(a) for a, _ in layout.ends)
        inner = sorted(free(a) for a, _ in layout.runs_on)
        size = layout.body = _body_size(body)
        flush = inner[int(FLUSH_SHARE * len(inner))] if len(inner) >= JUSTIFIED_LINES else None
        if flush is not None and flush <= FLUSH_EM * size:
            layout.flush = max(3 * flush, 0.3 * size)
        layout.turns = (sum(sentence_turn(a, b) for a, b in layout.ends),
                        sum(sentence_turn(a, b) for a, b in layout.runs_on))
        for line in body:
            key = (line.page, line.col)
            layout.lowest[key] = min(layout.lowest.get(key, line.run.y), line.run.y)
            layout.pages.setdefault(line.page, []).append(line)
        layout.bottom = min((line.run.y for line in body if bucket(line.run.size) == size), default=0.0)
        return layout

    def shows_break(self, prev: Line, cur: Line, opened: Line) -> bool | None:
        """What the lines themselves show: True (a new paragraph), False (the same one, when
        both sit in one column), None (a page or column break that shows nothing). `opened` is
        the first line of the paragraph `prev` belongs to."""
        a, b = prev.run, cur.run
        step_size = abs(a.size - b.size)
        if (step_size and (step_size >= 0.4 or step_size > 0.08 * max(a.size, b.size))) or a.bold != b.bold:
            return True
        if continues_word(a.text, b.text) and b.text[:1].islower():
            return False
        same_block = prev.page == cur.page and prev.col == cur.col
        if same_block:
            step = a.y - b.y
            usual = self.pitch.get(bucket(b.size), 0.0)
            if step <= 0 or (usual and step > 1.35 * usual):
                return True
        now, was = indent(cur), indent(prev)
        if narrower(prev, now, was) and not (self.first_indent and abs(was - self.first_indent) <= 1):
            # two lines of a block quote: its own measure's edge (at a break, the next line indented alike shows
            # nothing more); not indented as the document's paragraphs start (a one-line paragraph, then the next)
            return True if prev.right - was - line_end(a) > room_needed(b) else (False if same_block else None)
        if now > 0.6 * b.size and not centred(cur):
            if abs(now - was) > 1:
                return True
            if opened is prev and self.first_indent and abs(now - self.first_indent) <= 1:
                return True  # a one-line paragraph, then the next one, both indented as paragraphs are
        if (prev.right - line_end(a) if same_block and not centred(prev) else free(prev)) > room_needed(b):
            return True
        if same_block and self.flush is not None and free(prev) > self.flush and bucket(a.size) == self.body \
                and " " in a.text.strip():
            return True  # justified text: only a paragraph's last line stops short of the column's edge (a line
            # of one word cannot be stretched to it)
        return False if same_block else None

    def ends_at_break(self, prev: Line, cur: Line, lines: int = 0) -> bool:
        """At a page or column break where the lines show nothing: is a paragraph end likelier
        than a paragraph running on, given this document's habits? `lines`: how many lines the
        open paragraph has, `prev` its last (0: unknown)."""
        if self.first_indent:
            return False  # a new paragraph would start indented
        if self.flush is not None and free(prev) > self.flush:
            return True  # justified text: only a paragraph's last line stops short of the column's edge
        ends, runs_on = self.ends, self.runs_on
        odds = (len(ends) + 1) / (len(runs_on) + 1)
        after, shown = self.ahead.get(id(cur), (0, False))
        if lines and self.lengths and shown:  # two paragraphs of `lines` and `after` lines, or one of both
            odds = self._share(lines) * self._share(after) / self._share(lines + after)
        elif lines and self.lengths:  # paragraphs that end on this line (a line either side: few are seen), against longer ones
            lines = min(lines, self.lengths[-1])  # one longer than all seen whole: as likely to end as the longest
            ended = (bisect_right(self.lengths, lines + 1) - bisect_right(self.lengths, lines - 2)) / 3
            longer = len(self.lengths) - bisect_right(self.lengths, lines)
            share = odds / (1 + odds)
            odds = (ended + LENGTH_PRIOR * share) / (longer + LENGTH_PRIOR * (1 - share))
        need = room_needed(cur.run)
        uniform = min(1.0, need / max(prev.right - prev.left, 1.0))  # if last lines were of any length
        odds *= (bisect_right(self.end_frees, need) + 2 * uniform) / (len(ends) + 2)  # a last line this full
        at_end, inside = self.turns if sentence_turn(prev, cur) else (len(ends) - self.turns[0], len(runs_on) - self.turns[1])
        odds *= ((at_end + 0.5) / (len(ends) + 1)) / ((inside + 0.5) / (len(runs_on) + 1))
        pitch = self.pitch.get(bucket(prev.run.size), 0.0)
        if cur.page != prev.page:  # the lowest text anywhere, unless something (a footnote) sits below
            below = any(line.run.y < prev.run.y - 1 and line.run.x0 < prev.right and line.run.x1 > prev.left
                        for line in self.pages.get(prev.page, ()))
            reference = None if below else self.bottom
        else:  # the next column's bottom
            reference = self.lowest.get((cur.page, cur.col))
        if pitch and reference is not None:
            if prev.run.y - reference >= pitch - 0.5:
                odds *= ROOM_ODDS  # the next line would have fitted below
            elif self.gap:
                odds *= pitch / (pitch + self.gap)  # a paragraph's end leaves the bottom empty as often as gap/(line+gap)
        return odds > 1

    def _share(self, lines: int) -> float:
        """How often the document's paragraphs are `lines` long: of those seen whole, the share about
        that long (a line either side), with LENGTH_PRIOR paragraphs' weight on a geometric spread
        of their mean length (few are seen, and none of many lengths)."""
        seen = self.lengths
        ended = (bisect_right(seen, lines + 1) - bisect_right(seen, lines - 2)) / 3
        rate = 1 / max(sum(seen) / len(seen), 1.0)
        return (ended + LENGTH_PRIOR * rate * (1 - rate) ** (lines - 1)) / (len(seen) + LENGTH_PRIOR)


def _first_line(a: Line, b: Line) -> bool:
    """Is `a`, indented, before `b` from the column's edge, a paragraph's first line before its second: set in the
    same print and running past where a passage indented alike on both sides would stop? Not a block quote's last
    line before the text that follows it (smaller print, or its own narrower measure), which would teach a document
    without first-line indents the quote's indent as theirs and split its quotes after their first line."""
    return bucket(a.run.size) == bucket(b.run.size) and a.run.x1 > a.right - indent(a) + 0.5 * a.run.size


def _body_size(body: list[Line]) -> float:
    sizes: dict[float, int] = {}
    for line in body:
        sizes[bucket(line.run.size)] = sizes.get(bucket(line.run.size), 0) + len(line.text)
    return max(sizes, key=lambda k: sizes[k]) if sizes else 0.0
