"""Note marks of a PDF page (for pdf_layout.py): a footnote's or endnote's reference number set small and raised
after a word ("says Nai's director, Sediqulah Tauhidi.¹"). PDFium gives it as a run of its own on a higher
baseline, which would be read as a line of its own, splitting its paragraph. It is taken into the run it is
raised after (Run.marks: where in the run's text, and what), kept in the stored text and hidden as boilerplate
(pdf_paragraphs.py), so a quote ending at a mark stays whole and no "1" is glued to its last word.

Not a mark: an exponent after a figure ("10⁶") or a unit ("km²"), a raised letter ("1st", "Mlle"), print as
large as the text, a mark set apart from the word before it or not raised."""
from __future__ import annotations

import re
from dataclasses import replace
from statistics import median

from briefing_app.ingest.pdf_chars import Run

MARK = re.compile(r"(?:\d{1,3}(?:[,–-]\d{1,3})*|[*†‡§¶]{1,3})")
SMALLER = 0.85  # a mark is set at most this large, relative to the word before it
RAISE = (0.15, 0.7)  # its baseline this far above the word's, in the word's font sizes
TOUCH = 0.35  # and it starts at most this far right of the word's end (font sizes)
UNITS = {"m", "cm", "mm", "km", "ft", "in", "mi", "sq", "yd"}


def attach(runs: list[Run]) -> list[Run]:
    """The page's runs with each note mark taken into the run it is raised after (the rest as they were)."""
    candidates = [r for r in runs if len(r.text) <= 11 and MARK.fullmatch(r.text)]
    if candidates:  # (figures in a table are set as large as the text: none is looked at)
        usual = median(r.size for r in runs)
        candidates = [r for r in candidates if r.size <= SMALLER * usual]
    if not candidates:
        return runs
    hosts: dict[int, Run] = {}
    taken: set[int] = set()
    for mark in candidates:
        host = next((h for h in runs if h is not mark and id(h) not in taken and _after(mark, h)), None)
        if host is None or not _word_end(host.text, mark.text):
            continue
        base = hosts.get(id(host), host)
        hosts[id(host)] = replace(base, x1=max(base.x1, mark.x1), marks=(*base.marks, (len(base.text), mark.text)))
        taken.add(id(mark))
    if not taken:
        return runs
    return [hosts.get(id(r), r) for r in runs if id(r) not in taken]


def _after(mark: Run, host: Run) -> bool:
    raised = mark.y - host.y
    return (mark.size <= SMALLER * host.size and RAISE[0] * host.size <= raised <= RAISE[1] * host.size
            and host.x1 - 0.5 <= mark.x0 <= host.x1 + TOUCH * host.size)


def _word_end(text: str, mark: str) -> bool:
    """May a note mark follow `text`'s end (a word or a sentence's mark; not a figure's or a unit's exponent)?"""
    last = text[-1:]
    if not last or last.isdigit() or last.isspace() or last == "-":
        return False
    word = text.rsplit(None, 1)[-1].lower()
    return not (mark in ("2", "3") and word in UNITS)


def shown(run: Run) -> str:
    """The run's text with its marks set in (as printed, for small print and furniture, which are not joined)."""
    if not run.marks:
        return run.text
    out, at = [], 0
    for where, mark in run.marks:
        out += [run.text[at:where], mark]
        at = where
    out.append(run.text[at:])
    return "".join(out)
