"""Columns of a PDF page (for pdf_layout.py): found from the white gutter between narrow runs
and read in order, left column then right, between lines that span both (a headline). A
column may hold a single line (an article's end atop it); a line reaching into the gutter but
not across it stays in its column; words set wide apart in one justified column are no
columns."""
from __future__ import annotations

import re
from itertools import accumulate
from statistics import median

from briefing_app.ingest.pdf_chars import HEADLINE_RATIO, Line, Run

GUTTER_EM = 0.9  # a column gutter is at least this wide (in font sizes); a word space after a comma is less
NARROW_GUTTER_EM, NARROW_LINES = 0.5, 8  # ... or this wide (measured on whole points), with this many lines beside it on one side
PULL_RATIO = 1.15  # a pull quote is set this much larger than the text, or more
INTRUDERS_FROM = 20  # lines needed before one of them may run into a gutter (over a single column's lines, never)
Gutter = tuple[float, float, float, float]  # a page's columns: the left one's left edge, the white (a, b), the right one's left edge


def order(runs: list[Run], page: int, width: float = 0.0, seen: list[Gutter] | None = None) -> list[Line]:
    """Body runs as lines in reading order: column blocks between spanning lines, each top-down.
    `width`: the page's, when known (its text may stop short of its right margin: a last
    column holding a short line or two). `seen`: the gutters found on the document's earlier pages
    (this page's is added): a page with too few lines to show its own uses theirs (_seen_gutter)."""
    if not runs:
        return []
    out: list[Line] = []
    frame = width - min(r.x0 for r in runs) if width else 0.0  # the text's frame, margins alike
    for col, (group, left, right) in enumerate(_blocks(runs, frame, seen)):
        lines = _merge(sorted(group, key=lambda r: (-r.y, r.x0)))
        edges = _right_edges(lines, left, right)
        for line in lines:
            out.append(Line(line, page, left, edges.get(round(line.size * 2), right), col))
    return out


def _right_edges(lines: list[Run], left: float, right: float) -> dict[int, float]:
    """The right edge of each print size's lines (by half points) where it stops well short
    of the block's: a lone narrow column under a wider headline. Three lines at least end within
    half an em of it; a line reaching more than an em past all others (a byline set wider) is
    not the column's."""
    ends: dict[int, list[float]] = {}
    for line in lines:
        ends.setdefault(round(line.size * 2), []).append(line.x1)
    edges: dict[int, float] = {}
    for key, xs in ends.items():
        xs.sort()
        while len(xs) > 3 and xs[-1] > xs[-2] + key / 2:
            xs.pop()
        if len(xs) >= 3 and xs[-1] < left + 0.75 * (right - left) and xs[-3] >= xs[-1] - key / 2:
            edges[key] = xs[-1]  # (three lines end there: not a few short paragraphs of a line each)
    return edges


def _blocks(runs: list[Run], frame: float = 0.0,
            seen: list[Gutter] | None = None) -> list[tuple[list[Run], float, float]]:
    left, right = min(r.x0 for r in runs), max(r.x1 for r in runs)
    own = _gutter(runs, left, right, max(frame, right))
    gutter = own or _seen_gutter(runs, seen or [])
    if gutter is None:
        return _beside_text(runs, left, right)
    a, b = gutter
    if own and seen is not None:
        seen.append((left, a, b, min(r.x0 for r in runs if r.x0 >= b - 1)))
    # a line reaching into the gutter but not across it belongs to its column (a headline set to
    # the column's full width); only one across the gutter spans the columns
    lcol = [r for r in runs if r.x1 < b - 1 and r.x0 < a - 1]
    rcol = [r for r in runs if r.x0 > a + 1 and r.x1 >= b - 1]
    # print larger than the text's set wholly inside the white (a pull quote filling the middle
    # column of three, which only the text's lines leave white) is read between the columns
    mid = [r for r in runs if r.x1 < b - 1 and r.x0 >= a - 1]
    span = sorted((r for r in runs if r.x0 <= a + 1 and r.x1 >= b - 1), key=lambda r: -r.y)
    usual = median(r.size for r in runs)
    for r in sorted(lcol, key=lambda r: -r.y):  # a spanning headline's short last line spans with it
        if r.size >= HEADLINE_RATIO * usual and any(
                abs(s.size - r.size) < 0.1 and 0 < s.y - r.y <= 1.6 * r.size and abs(s.x0 - r.x0) < 2 for s in span):
            lcol.remove(r)
            span.append(r)
    span.sort(key=lambda r: -r.y)
    quotes = _repeated(span, lcol, rcol, usual)  # a pull quote across the columns: they run on past it
    span = [s for s in span if s not in quotes]
    out: list[tuple[list[Run], float, float]] = []
    upper = float("inf")
    for cut in [s.y for s in span] + [float("-inf")]:
        # a pull quote cuts each column (above it, then below it: a column break) but not their order
        stops = [upper, *sorted({q.y for q in quotes if cut < q.y < upper}, reverse=True), cut]
        short = _spanning_short_lines(lcol, mid, rcol, span, cut, upper)
        if short:
            out.append((short, left, right))
        for col in () if short else (lcol, mid, rcol):
            inside = [r for r in col if cut < r.y < upper]
            if inside:
                found = _blocks(inside) if len(inside) < len(runs) else [(inside, min(r.x0 for r in inside), max(r.x1 for r in inside))]
                if col is lcol:  # its edge is where its lines end, not a word run into the gutter
                    edge = max((r.x1 for r in inside if r.x1 <= a + 1), default=a + 1)
                    found = [(group, x0, min(x1, edge)) for group, x0, x1 in found]
                out += [([r for r in group if low < r.y < high], x0, x1) for group, x0, x1 in found
                        for high, low in zip(stops, stops[1:]) if any(low < r.y < high for r in group)]
        spanning = [s for s in span if s.y == cut] + [r for r in lcol + mid + rcol if r.y == cut]  # nothing lost
        if spanning:
            out.append((spanning, left, right))
        upper = cut
    if quotes:
        out.append((quotes, left, right))  # after the columns (pdf_layout.py marks it furniture)
    return _join_spanning(out, (left, right))


def _spanning_short_lines(lcol: list[Run], mid: list[Run], rcol: list[Run], span: list[Run], cut: float,
                          upper: float) -> list[Run]:
    """The one or two lines between two lines across the columns, in the left column's place only, that
    are the text across the columns stopping short (a paragraph's last line, a byline, over a paragraph
    set across a page whose lower part is in two columns): the line below them is across the columns
    in their print. Read with the full width as their edges (they end early: a paragraph's end)."""
    inside = [r for r in lcol if cut < r.y < upper]
    if not inside or len(inside) > 2 or any(cut < r.y < upper for r in mid + rcol):
        return []
    below = [s for s in span if s.y == cut]
    size = round(inside[0].size * 2)
    if not below or any(round(r.size * 2) != size for r in inside) or round(below[0].size * 2) != size:
        return []
    return inside


def _beside_text(runs: list[Run], left: float, right: float) -> list[tuple[list[Run], float, float]]:
    """One column's runs, and print larger than its text set wholly beside it (a pull quote filling
    the column left of it, on a page of three), read after it: the column's edges are its text's."""
    usual = median(r.size for r in runs)
    text = [r for r in runs if r.size < HEADLINE_RATIO * usual]
    if not text or len(text) == len(runs):
        return [(runs, left, right)]
    lo, hi = min(r.x0 for r in text), max(r.x1 for r in text)
    beside = [r for r in runs if r.size >= HEADLINE_RATIO * usual and (r.x1 < lo - 1 or r.x0 > hi + 1)]
    if not beside:
        return [(runs, left, right)]
    rest = [r for r in runs if r not in beside]
    return [(rest, min(r.x0 for r in rest), max(r.x1 for r in rest)),
            (beside, min(r.x0 for r in beside), max(r.x1 for r in beside))]


NOT_ALNUM = re.compile(r"[\W_]+")


def _repeated(span: list[Run], lcol: list[Run], rcol: list[Run], usual: float) -> list[Run]:
    """The lines across the columns set larger than the text whose words the columns' text says
    too (a pull quote between two rules: the text of each column runs on past it; a headline or a
    section heading across the columns is not repeated, and the columns stop above it)."""
    top = max((r.y for r in lcol), default=float("-inf"))
    big = [s for s in span if s.size >= PULL_RATIO * usual and s.y < top and len(s.text.split()) >= 2]
    if not big:
        return []
    text = "".join(NOT_ALNUM.sub("", r.text.rstrip("-").lower()) for col in (lcol, rcol)
                   for r in sorted(col, key=lambda r: (-r.y, r.x0)))
    return [s for s in big if NOT_ALNUM.sub("", s.text.rstrip("-").lower()) in text]


def _join_spanning(blocks: list[tuple[list[Run], float, float]],
                   across: tuple[float, float]) -> list[tuple[list[Run], float, float]]:
    """Consecutive spanning lines (a two-line headline), set `across` the columns, form one block
    (not a column's parts above and below a pull quote)."""
    out: list[tuple[list[Run], float, float]] = []
    for group, left, right in blocks:
        if out and out[-1][1:] == (left, right) == across and all(r.x1 - r.x0 > 0 for r in group):
            prev = out[-1][0]
            if min(r.y for r in prev) > max(r.y for r in group):
                out[-1] = (prev + group, left, right)
                continue
        out.append((group, left, right))
    return out


def _seen_gutter(runs: list[Run], seen: list[Gutter]) -> tuple[float, float] | None:
    """The gutter of an earlier page that this page's lines keep to: they start at its columns' left edges
    (both columns have lines) and none crosses it. A two-column section's last lines, balanced over its
    columns on a page of their own ("... reasonably effec-" in the left column, "tive." in the right on one
    baseline), are too few to show the white between them, and were read as one line across."""
    for left, a, b, right_x0 in reversed(seen):
        sides = [r.x0 for r in runs if r.x1 <= a + 1], [r.x0 for r in runs if r.x0 >= b - 1]
        if (len(sides[0]) + len(sides[1]) == len(runs) and all(sides)
                and all(abs(x - left) < 1 for x in sides[0]) and all(abs(x - right_x0) < 1 for x in sides[1])):
            return a, b
    return None


def _gutter(runs: list[Run], left: float, right: float, frame: float) -> tuple[float, float] | None:
    """The widest white strip in the middle of the page that narrow runs leave on both sides
    (the middle of the text's `frame`, which may reach past its right-most line)."""
    width = right - left
    usual = median(r.width for r in runs)  # a column's lines, also when the next column holds a line or two
    print_size = median(r.size for r in runs)  # a headline's lines, set larger, do not make columns
    narrow = [r for r in runs if (r.width < 0.6 * width or r.width <= 1.15 * usual)
              and r.size < HEADLINE_RATIO * print_size]
    if len(narrow) < 4 or width <= 0:
        return None
    covered = bytearray(int(width) + 2)
    for r in narrow:
        covered[int(r.x0 - left):int(r.x1 - left) + 1] = b"\x01" * (int(r.x1 - left) + 1 - int(r.x0 - left))
    sizes = median(r.size for r in narrow)
    span = int(0.2 * width), int(0.8 * max(width, frame - left)), GUTTER_EM * sizes
    best = _widest_white(covered, *span)
    if best is None and len(narrow) >= INTRUDERS_FROM and usual < 0.6 * width:
        best = _widest_white(_crowded(narrow, left, len(covered)), *span)  # one word run into the gutter
    if best is None and len(narrow) >= INTRUDERS_FROM and usual < 0.6 * width:
        best = _under_text_across(runs, narrow, left, len(covered), usual, sizes, span)
    tight = best is None and len(narrow) >= NARROW_LINES
    if tight:  # a gutter narrower than an em (9 pt beside 10.5 pt text) with many lines along both sides
        best = _widest_white(covered, span[0], span[1], NARROW_GUTTER_EM * sizes)
        if best is None and len(narrow) >= INTRUDERS_FROM and usual < 0.6 * width:  # ... and one line across it
            best = _widest_white(_crowded(narrow, left, len(covered)), span[0], span[1], NARROW_GUTTER_EM * sizes)
    if best is None:
        return None
    a, b = left + best[0], left + best[1]
    left_runs = [r for r in narrow if r.x1 <= a + 1]
    right_runs = [r for r in narrow if r.x0 >= b - 1]
    if max(len(left_runs), len(right_runs)) < 3 or not left_runs or not right_runs:
        return None
    if tight and max(len(left_runs), len(right_runs)) < NARROW_LINES:
        return None  # a few lines' word spaces, one above the other (justified)
    crossing = [r.y for r in runs if r.x0 < a - 1 and r.x1 > b + 1]
    if len(crossing) > max(2, 0.2 * (len(left_runs) + len(right_runs))) and not _text_above(crossing, left_runs, right_runs):
        return None  # lines run through it (more than a headline's): the white is between words of one column
    fewer = min(left_runs, right_runs, key=len)  # a column may hold a single line (an article's end)
    other = right_runs if fewer is left_runs else left_runs
    top = _column_top(fewer, other, sizes)
    if len(fewer) < 3 and max(r.width for r in fewer) < 0.3 * width and not top:
        return None  # a short label beside the text (a date, a page number) is no column
    if not top and min(max(r.x1 for r in side) - min(r.x0 for r in side) for side in (left_runs, right_runs)) < 6 * sizes:
        return None  # a side narrower than six letters' sizes: words of one column set wide apart (justified)
    return a, b


def _text_above(crossing: list[float], left_runs: list[Run], right_runs: list[Run]) -> bool:
    """Do the lines across the white (their baselines `crossing`) stand above both columns beside it, at most two
    among them, with a column's lines (NARROW_LINES at least) on each side: paragraphs set across the page over
    a section in two columns, not words of one column set apart?"""
    if min(len(left_runs), len(right_runs)) < NARROW_LINES:
        return False
    top = min(max(r.y for r in left_runs), max(r.y for r in right_runs))
    return sum(1 for y in crossing if y < top + 1) <= 2


def _under_text_across(runs: list[Run], narrow: list[Run], left: float, length: int, usual: float, size: float,
                       span: tuple[int, int, float]) -> tuple[int, int] | None:
    """The gutter of columns set below text across the page, whose paragraphs' short last lines (at most
    three, from the left edge, wider than the columns' lines by two ems or more) reach into it: the white the
    other lines leave, when those lines stand above the top of the column right of it."""
    wide = [r for r in narrow if r.x0 <= left + 1 and r.width > usual + 2 * size]
    if not wide or len(wide) > 3:
        return None
    covered = bytearray(length)
    for r in narrow:
        if r not in wide:
            covered[int(r.x0 - left):int(r.x1 - left) + 1] = b"\x01" * (int(r.x1 - left) + 1 - int(r.x0 - left))
    best = _widest_white(covered, *span)
    if best is None:
        return None
    beside = [r.y for r in runs if r.x0 >= left + best[1] - 1]
    return best if beside and min(r.y for r in wide) > max(beside) else None


def _widest_white(covered: bytes | bytearray, lo: int, hi: int, least: float) -> tuple[int, int] | None:
    """The widest run of zero bytes in `covered` between `lo` and `hi`, at least `least` wide,
    with covered bytes on both sides (the white right of the columns under a wider headline, a
    three-column page's empty last column, is no gutter)."""
    best: tuple[int, int] | None = None
    i = 0
    while i < len(covered):
        if covered[i]:
            i += 1
            continue
        j = i
        while j < len(covered) and not covered[j]:
            j += 1
        if i >= lo and j <= hi and j < len(covered) and j - i >= least and (best is None or j - i > best[1] - best[0]):
            best = (i, j)
        i = j
    return best


def _crowded(runs: list[Run], left: float, length: int) -> bytes:
    """Each point of the width: nonzero where two runs or more cover it (one line run into a
    gutter, a long web address wider than its column, leaves the gutter white)."""
    steps = [0] * (length + 1)
    for r in runs:
        steps[int(r.x0 - left)] += 1
        steps[int(r.x1 - left) + 1] -= 1
    return bytes(depth >= 2 for depth in accumulate(steps[:length]))


def _column_top(lines: list[Run], beside: list[Run], size: float) -> bool:
    """Are `lines` (one or two) the top of a column, the end of an article run over from the
    column `beside`, which goes down to the bottom? A label beside the text sits lower."""
    return (min(r.y for r in lines) >= max(r.y for r in beside) - 3 * size
            and min(r.y for r in beside) <= min(r.y for r in lines) - 3 * size)


def _merge(runs: list[Run]) -> list[Run]:
    """Runs on one baseline within a column become one line (a justified line split at a wide space)."""
    out: list[Run] = []
    for r in runs:
        last = out[-1] if out else None
        if last and abs(last.y - r.y) < 0.3 * max(last.size, r.size) and r.x0 >= last.x1 - 1:
            shift = len(last.text) + 1
            out[-1] = Run(last.x0, r.x1, last.y, max(last.size, r.size), last.bold and r.bold,
                          f"{last.text} {r.text}", last.first_word, r.hyphen,
                          last.marks + tuple((at + shift, mark) for at, mark in r.marks))
        else:
            out.append(Run(r.x0, r.x1, r.y, r.size, r.bold, r.text, r.first_word, r.hyphen, r.marks))
    return out

