"""A PDF's text as a reader sees it, from the runs of its pages (pdf_chars.py).

- Running headers and footers, page numbers and other furniture repeated at the top or
  bottom of the pages (digits ignored, so "Page 2 · site" matches "Page 3 · site"; or other
  text in the same place and print on every other page: left and right pages' headers) are kept
  in the text as their own paragraphs, placed at the next paragraph break after them (never
  inside a sentence that runs over a page break), and returned as boilerplate spans.
- Columns (pdf_columns.py) are found from the white gutter between narrow runs and read in order: left column,
  then right, between lines that span both (a headline).
- Lines become paragraphs (pdf_breaks.py): a new one starts at a change of font size or weight, a gap wider than
  the line pitch, a first-line indent, or where the line above ends early (the next line's first
  word would have fitted on it); at a page or column break, where a full line shows nothing,
  the document's own habits weigh the evidence (pdf_breaks.py). A headline wrapped over two
  lines is one paragraph.
- Note marks (a footnote's number raised after a word) stay with their word, hidden (pdf_marks.py).
- Pull quotes (a sentence of the text repeated in other print) are furniture too.
- Footnotes (small print below a page's text) stay visible, each its own paragraph, placed
  after the paragraph that runs over the page break, like furniture.
- Soft line breaks become spaces; a line-end hyphen is dropped when the typesetter put it there
  ("bud-get") and kept in compounds ("long-range", "что-то"): pdf_hyphens.py weighs the
  document's own spelling, the language's word list and compound heads and tails.
"""
from __future__ import annotations

import re
from statistics import median

from briefing_app.core.model import Span
from briefing_app.ingest.pdf_captions import boxed, captions
from briefing_app.ingest.pdf_chars import HEADLINE_RATIO, Box, Line, Run
from briefing_app.ingest.pdf_columns import Gutter, order
from briefing_app.ingest.pdf_initials import join_drop_caps
from briefing_app.ingest.pdf_marks import attach
from briefing_app.ingest.pdf_paragraphs import write
from briefing_app.ingest.pdf_tables import tables

BAND = 0.1  # top and bottom share of a page where running headers and footers live
EDGE_LINES = 2  # ... or this many lines from the top or bottom of the page
PULL_QUOTES_TRIED = 200
FIGURE_CHARS = 12  # a figure called out large (a pull quote of one figure) has at most this many characters
LETTER = re.compile(r"[^\W\d_]")
ABOVE_HEADLINE = 4
PROSE_WORDS = 12  # lines above a headline holding this many words and a sentence's end are text, not furniture
SENTENCE_END = re.compile(r"[^\W\d_][.!?][\"”’)]?\s*$")
PAGE_LABEL = re.compile(r"\bpage\s*#+(?:\s*(?:of|/)\s*#+)?\b")
PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—(\[]?\s*#+\s*[-–—)\]]?(?:\s*(?:of|/)\s*#+)?$", re.I)



def compose(pages: list[tuple[list[Run], float, float]], pictures: list[list[Box]] | None = None,
            hyphenated: bool = True) -> tuple[str, list[Span], str | None]:
    """(text, boilerplate spans, headline) for pages given as (runs, width, height), and the
    boxes of each page's pictures (their captions are furniture); `hyphenated`: False when the
    program that wrote the PDF does not hyphenate by default (a word processor, a browser)."""
    pages = [(attach(join_drop_caps(runs)), width, height) for runs, width, height in pages]
    furniture = _furniture(pages) | (_above_headline(*pages[0]) if pages else set())
    size = median(r.size for runs, _w, _h in pages for r in runs) if any(runs for runs, _w, _h in pages) else 0.0
    for runs, _w, _h in pages:
        furniture |= tables(runs, size)
    if pictures and any(pictures):
        for (runs, _w, _h), boxes in zip(pages, pictures):
            furniture |= captions(runs, boxes, size) | boxed(runs, boxes, size)
    stream: list[tuple[str, Line]] = []
    gutters: list[Gutter] = []  # the columns' gutters found on the pages read so far
    for n, (runs, width, height) in enumerate(pages):
        body = [r for r in runs if id(r) not in furniture]
        extra = sorted((r for r in runs if id(r) in furniture), key=lambda r: (-r.y, r.x0))
        stream += [("f", Line(r, n, r.x0, r.x1, -1)) for r in extra if r.y >= height / 2]
        stream += [("b", line) for line in order(body, n, width, gutters)]
        stream += [("f", Line(r, n, r.x0, r.x1, -1)) for r in extra if r.y < height / 2]
    return write(_pull_quotes(stream), hyphenated)


NOT_ALNUM = re.compile(r"[\W_]+")


def _compact(text: str) -> str:
    return NOT_ALNUM.sub("", text.lower())


def _pull_quotes(stream: list[tuple[str, Line]]) -> list[tuple[str, Line]]:
    """The stream with pull quotes marked as furniture: lines set larger than the body text after
    it has begun (not the headline), 4 to 60 words, whose words the body text says too (a
    sentence repeated large between the paragraphs; hyphens, quote marks and spaces aside), or
    2 or 3 words that are a whole sentence of it ("This is grotesque."; not a subheading), or a
    figure it gives ("£241", "41%": digits, no letters; a subheading has words). At
    most PULL_QUOTES_TRIED such groups are looked up (each is a search of the whole text)."""
    sizes: dict[int, int] = {}
    for kind, line in stream:
        if kind == "b":
            key = round(line.run.size * 2)
            sizes[key] = sizes.get(key, 0) + len(line.text)
    if not sizes:
        return stream
    main = max(sizes, key=lambda k: sizes[k])
    body = text = ""  # the body text, and compacted, when first needed
    out = list(stream)
    i, tried, begun = 0, 0, False
    while i < len(out) and tried < PULL_QUOTES_TRIED:
        kind, line = out[i]
        size = round(line.run.size * 2)
        begun = begun or (kind == "b" and size == main)
        if kind != "b" or size <= main or not begun:
            i += 1
            continue
        j = i
        while j < len(out) and out[j][0] == "b" and round(out[j][1].run.size * 2) == size:
            j += 1
        words = " ".join(out[k][1].text.rstrip("-") for k in range(i, j))
        count = len(words.split())
        if 2 <= count <= 60 or (count == 1 and _figure(words)):
            tried += 1
            body = body or " ".join(line.text.rstrip("-") for kind, line in stream
                                    if kind == "b" and round(line.run.size * 2) == main)
            text = text or _compact(body)
            if _compact(words) in text and (count >= 4 or count == 1 or _whole_sentence(words, body)):
                out[i:j] = [("f", out[k][1]) for k in range(i, j)]
        i = j
    return out


def _figure(word: str) -> bool:
    """A figure called out large ("£241", "41%", "1."): digits, no letters, a few characters."""
    return len(word) <= FIGURE_CHARS and any(ch.isdigit() for ch in word) and not LETTER.search(word)


def _whole_sentence(words: str, body: str) -> bool:
    """Is the short line `words` ("This is grotesque") a whole sentence of the body text, so a
    pull quote, and not a subheading whose words the text also uses?"""
    pattern = r"(?:^|[.!?][\"”’)]?\s)\s*[\"“‘]?" + r"\W+".join(map(re.escape, re.findall(r"\w+", words))) + r"\W*?[.!?]"
    return re.search(pattern, body) is not None


def _above_headline(runs: list[Run], _width: float, height: float) -> set[int]:
    """ids of the few lines (at most ABOVE_HEADLINE) set above the first page's headline, over
    it and smaller: a running head, a section's label, a printed web page's menu. The headline
    is the top line set HEADLINE_RATIO times the body's size or larger, in the page's top half."""
    if not runs:
        return set()
    size = median(r.size for r in runs)
    big = [r for r in runs if r.size >= HEADLINE_RATIO * size and r.y >= height / 2]
    if not big:
        return set()
    head = max(big, key=lambda r: r.y)
    above = [r for r in runs if r.y > head.y + 0.3 * head.size and r.size < 0.8 * head.size
             and r.x0 < head.x1 and r.x1 > head.x0]
    if len({round(r.y) for r in above}) > ABOVE_HEADLINE or _prose(above):
        return set()
    return {id(r) for r in above}


def _prose(runs: list[Run]) -> bool:
    """Lines that read as the text's own sentences (a memo's opening paragraph over its first
    subheading), not a label, a menu or a running head: many words, a sentence's full stop."""
    return sum(len(r.text.split()) for r in runs) >= PROSE_WORDS and any(SENTENCE_END.search(r.text) for r in runs)


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _furniture(pages: list[tuple[list[Run], float, float]]) -> set[int]:
    """ids of runs that repeat at the top or bottom of at least half the pages (min. 2), and
    page numbers there. The top or bottom is the band of BAND of the page height, or the
    EDGE_LINES outermost lines when set apart from the text (by a gap or another size)."""
    edges = [_edge_runs(runs, height) for runs, _w, height in pages]
    where: dict[str, list[tuple[int, float]]] = {}
    for n, runs in enumerate(edges):
        for r in runs:
            where.setdefault(_key(r.text), []).append((n, r.y))
    need = max(2, (len(pages) + 1) // 2)
    sizes = median(r.size for runs, _w, _h in pages for r in runs) if any(runs for runs, _w, _h in pages) else 0.0
    numbers = sum(len({n for n, _ in v}) for k, v in where.items() if PAGE_NUMBER.match(k))
    found: set[int] = set()
    for runs, (every, _w, height) in zip(edges, pages):
        for r in runs:
            key = _key(r.text)
            same_place = {n for n, y in where[key] if abs(y - r.y) <= max(3.0, 0.01 * height)}
            if len(same_place) >= need and len(pages) > 1:
                found.add(id(r))
            elif PAGE_NUMBER.match(key) and (numbers >= need or _in_band(r, height)) and not _in_text(r, every, sizes):
                found.add(id(r))
            elif _in_band(r, height) and (PAGE_LABEL.search(key) or (len(pages) == 1 and (
                    r.size < 0.9 * sizes or _lone_page_edge(r, pages[0][0], sizes)))):
                found.add(id(r))  # "Page 3 · site"; on a lone page, small print at its top or bottom
    return found | _same_place(pages, edges, found, need, sizes)


def _same_place(pages: list[tuple[list[Run], float, float]], edges: list[list[Run]], found: set[int], need: int,
                size: float) -> set[int]:
    """ids of runs whose text differs from page to page but whose place and print do not: a line
    of other-than-body size (to the half point), set apart from the text at the page's top or bottom band, with
    such a line at the same height on at least `need` pages (a left page's running header
    naming the paper, a right page's naming the section; a date or title that changes); also a
    line in capitals as large as the text (small capitals whose initials are of the text's size)."""
    if len(pages) < 2 or not size:
        return set()
    marked = [[r for r in edge if _in_band(r, height) and (round(r.size * 2) != round(size * 2) or r.text.isupper())]
              for edge, (_r, _w, height) in zip(edges, pages)]
    if all(id(r) in found for own in marked for r in own):
        return set()
    spots: list[list[tuple[float, float]]] = []
    candidates: list[list[Run]] = []
    for (runs, _w, _h), own in zip(pages, marked):
        own = [r for r in own if _apart(r, runs)]
        candidates.append([r for r in own if id(r) not in found])
        spots.append([(r.y, r.size) for r in own])
    out: set[int] = set()
    for own, (_r, _w, height) in zip(candidates, pages):
        for r in own:
            near = max(3.0, 0.01 * height)
            pages_there = sum(1 for spot in spots if any(abs(y - r.y) <= near and abs(z - r.size) <= 0.08 * r.size
                                                        for y, z in spot))
            if pages_there >= need:
                out.add(id(r))
    return out


def _apart(r: Run, runs: list[Run]) -> bool:
    """Is `r` set apart from every other line of its page by more than 1.6 lines of its print?"""
    return all(abs(o.y - r.y) > 1.6 * max(r.size, o.size) for o in runs if abs(o.y - r.y) > 0.3 * r.size)


def _lone_page_edge(r: Run, runs: list[Run], size: float) -> bool:
    """On a lone page, a line set apart from the text in the top or bottom band: a little smaller
    than the text, or the page's top line not set as large as a headline (a running header in
    small capitals);
    not the text's last line after a paragraph gap, which is as large as the text."""
    if not _apart(r, runs):
        return False
    if r.y >= max(o.y for o in runs) - 0.5:
        return r.size < 1.2 * size  # (small capitals' initials may be a little larger than the text)
    return round(r.size * 2) < round(size * 2)


def _in_text(r: Run, runs: list[Run], size: float) -> bool:
    """Does `r` share its baseline with text of the body's size (a year in a justified line, split
    off at a wide space, is no page number)?"""
    return any(o is not r and abs(o.y - r.y) < 0.3 * r.size and round(o.size * 2) == round(size * 2) for o in runs)


def _in_band(r: Run, height: float) -> bool:
    return r.y <= height * BAND or r.y >= height * (1 - BAND)


def _edge_runs(runs: list[Run], height: float) -> list[Run]:
    if not runs:
        return []
    size = median(r.size for r in runs)
    ys = sorted({round(r.y) for r in runs})
    out = [r for r in runs if r.y >= height * (1 - BAND) or r.y <= height * BAND]
    for outer in (ys[-EDGE_LINES:][::-1], ys[:EDGE_LINES]):
        for y in outer:
            inner = ys[ys.index(y) - 1] if outer[0] == ys[-1] and ys.index(y) > 0 else (
                ys[ys.index(y) + 1] if ys.index(y) + 1 < len(ys) else None)
            row = [r for r in runs if round(r.y) == y]
            apart = inner is None or abs(y - inner) > 1.6 * size or all(abs(r.size - size) > 0.1 * size for r in row)
            if not apart:
                break
            out += [r for r in row if r not in out]
    return out
