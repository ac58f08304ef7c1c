"""Drop capitals in a PDF page's runs (for pdf_layout.py): a paragraph's first letter set two
or more lines tall, the lines beside it pushed right. A reader reads the letter as the start of
the first line beside it ("B" + "RUSSELS — Agriculture …" → "BRUSSELS — …"); the lines beside
it start at the letter's left edge, as the paragraph's other lines do, so that neither the
letter nor the indent the letter leaves starts a paragraph of its own."""
from __future__ import annotations

import re
from statistics import median

from briefing_app.ingest.pdf_chars import Run
from briefing_app.ingest.pdf_hyphens import WORD, known

CAP_RATIO = 1.8  # a drop capital is at least this many times the size of the lines beside it
QUOTES = "“\"‘'«„"
ONE_LETTER_WORDS = set("aioвскоуия")
NEGATION = re.compile(r"['’]t\b", re.I)  # "couldn" + "'t"


def _is_capital(text: str) -> bool:
    """One capital letter or digit, after an opening quote mark if any ("W", "“T")."""
    letter = text[1:] if len(text) == 2 and text[0] in QUOTES else text
    return len(letter) == 1 and (letter.isupper() or letter.isdigit())


def _space(cap: str, line: str) -> str:
    """" " when the capital is a word of its own ("A" + "British author"): a one-letter word,
    and the line's first word is a word while the two joined are none ("I" + "couldn't": a
    negation's "n't" read off, "could"), or starts with a capital of its own before small
    letters ("A" + "New Jersey": "ANew" is no word's spelling, though "anew" is a word); else ""."""
    first = WORD.match(line)
    if cap.lower()[-1:] not in ONE_LETTER_WORDS or not first:
        return ""
    word = first.group()
    if word[:1].isupper() and not word.isupper():
        return " "
    stem = word[:-1] if word.endswith("n") and NEGATION.match(line, first.end()) else word
    return " " if known(stem) and not known(cap[-1] + word) else ""


def _beside_top(cap: Run, line: Run) -> bool:
    """Does `line` stand at the capital's top, its capitals' height level with the capital's (a
    paragraph of one line beside a capital set three lines tall)? Capitals are about 0.7 of a
    face's size tall."""
    return abs((cap.y + 0.7 * cap.size) - (line.y + 0.7 * line.size)) <= 0.5 * line.size


def join_drop_caps(runs: list[Run]) -> list[Run]:
    """The runs with each drop capital joined to the first line beside it (both runs replaced)."""
    if len(runs) < 3:
        return runs
    size = median(r.size for r in runs)
    caps = [r for r in runs if r.size >= CAP_RATIO * size and _is_capital(r.text)]
    if not caps:
        return runs
    out = list(runs)
    for cap in caps:
        beside = [r for r in out if r is not cap and r.size * CAP_RATIO <= cap.size
                  and cap.x1 - 0.5 <= r.x0 <= cap.x1 + 2.0 * r.size
                  and cap.y - 0.3 * r.size <= r.y <= cap.y + 0.9 * cap.size]
        beside = [r for r in beside if not any(o.x0 < r.x0 and abs(o.y - r.y) < 0.3 * r.size for o in beside)]
        # (each line's first run: justified text splits "n  its ideological …" at a wide space)
        if not beside:
            continue
        top = max(beside, key=lambda r: r.y)
        if len(beside) < 2 and not (cap.text[-1:].isalpha() and _beside_top(cap, top)):
            continue  # a letter two lines tall or more, lines beside it (or one line, level with its top)
        joined = Run(cap.x0, top.x1, top.y, top.size, top.bold, cap.text + _space(cap.text, top.text) + top.text,
                     top.x0 - cap.x0 + top.first_word, top.hyphen)
        moved = {id(r): Run(cap.x0, r.x1, r.y, r.size, r.bold, r.text, r.first_word, r.hyphen)
                 for r in beside if r is not top}
        out = [joined if r is top else moved.get(id(r), r) for r in out if r is not cap]
    return out
