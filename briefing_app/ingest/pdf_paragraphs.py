"""Paragraphs from the lines of a PDF in reading order (the second half of pdf_layout.py):
where one paragraph ends and the next begins, how two lines of one paragraph are joined
(a space, nothing after a dash, a hyphen kept or dropped) and where furniture goes."""
from __future__ import annotations

import re
from collections import Counter
from statistics import median

from briefing_app.core.model import Span
from briefing_app.ingest.pdf_chars import Line

WORD = re.compile(r"[^\W\d_]+")
ENDS = ("—", "–", "/")
SENTENCE_ENDS = (".", "!", "?", ".”", "!”", "?”", '."', '?"', '!"', "…")
COMPOUND_HEADS = {"long", "short", "well", "self", "non", "co", "anti", "pre", "post", "ex", "half", "multi",
                  "mid", "all", "cross", "counter", "high", "low", "full", "part", "far", "near", "so", "one",
                  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "late", "early",
                  "year", "day", "week", "month", "left", "right", "state", "first", "second", "third", "hard",
                  "open", "old", "wide", "middle", "top", "vice", "much", "ever", "never", "life", "time"}
COMPOUND_TAILS = {"based", "led", "run", "term", "range", "level", "time", "year", "old", "owned", "made", "free",
                  "wide", "scale", "style", "like", "related", "backed", "friendly", "linked", "known", "up",
                  "in", "off", "out", "over", "down", "back", "on", "elect", "general", "born"}
HEADLINE_RATIO = 1.25  # a headline is set at least this much larger than the body


def write(stream: list[tuple[str, Line]]) -> tuple[str, list[Span], str | None]:
    """(text, furniture spans, headline) from ("b", body line) and ("f", furniture line) items.

    Furniture met while a paragraph is open waits until that paragraph ends, so a sentence
    (a quote) running over a page break stays whole."""
    body = [line for kind, line in stream if kind == "b"]
    vocab = _vocabulary(body)
    pitch = _pitches(body)
    size = _body_size(body)
    indents = sum(1 for line in body if _indent(line) > 0.6 * line.run.size and not _centred(line)) >= 2
    pieces: list[str] = []
    spans: list[Span] = []
    pos = 0
    para: list[str] = []
    para_lines: list[Line] = []
    pending: list[str] = []
    headline: str | None = None
    paragraphs = 0

    def emit(text: str, furniture: bool) -> None:
        nonlocal pos
        if pieces:
            pieces.append("\n\n")
            pos += 2
        if furniture:
            spans.append(Span(pos, pos + len(text)))
        pieces.append(text)
        pos += len(text)

    def close() -> None:
        nonlocal headline, paragraphs
        if para:
            text = "".join(para)
            emit(text, False)
            paragraphs += 1
            if (headline is None and paragraphs <= 3 and para_lines[0].page == 0
                    and min(line.run.size for line in para_lines) >= HEADLINE_RATIO * size):
                headline = text
        para.clear()
        para_lines.clear()
        for text in pending:
            emit(text, True)
        pending.clear()

    for kind, line in stream:
        if kind == "f":
            if para:
                pending.append(line.text)
            else:
                emit(line.text, True)
            continue
        if para and not _breaks(para_lines[-1], line, pitch, indents or _open_quote(para)):
            drop, sep = _joint(para[-1], line.text, vocab)
            if drop:
                para[-1] = para[-1][:-1]
            para.append(sep + line.text)
        else:
            close()
            para.append(line.text)
        para_lines.append(line)
    close()
    return "".join(pieces) + "\n", spans, headline


def _vocabulary(body: list[Line]) -> Counter[str]:
    """How often each word occurs, not counting the pieces of words hyphenated at a line end."""
    vocab = Counter(w.lower() for line in body for w in WORD.findall(line.text))
    for a, b in zip(body, body[1:]):
        if _continues_word(a.text, b.text):
            right = WORD.match(b.text)
            vocab[WORD.findall(a.text)[-1].lower()] -= 1
            if right:
                vocab[right.group().lower()] -= 1
    return vocab


def _bucket(size: float) -> float:
    return round(size * 2) / 2


def _pitches(body: list[Line]) -> dict[float, float]:
    """The usual baseline-to-baseline step for each font size."""
    steps: dict[float, list[float]] = {}
    for a, b in zip(body, body[1:]):
        step = a.run.y - b.run.y
        if a.page == b.page and a.col == b.col and _bucket(a.run.size) == _bucket(b.run.size) and 0 < step < 3 * a.run.size:
            steps.setdefault(_bucket(a.run.size), []).append(step)
    return {k: median(v) for k, v in steps.items()}


def _body_size(body: list[Line]) -> float:
    sizes: Counter[float] = Counter()
    for line in body:
        sizes[_bucket(line.run.size)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _continues_word(prev: str, cur: str) -> bool:
    return len(prev) > 1 and prev.endswith("-") and prev[-2].isalpha() and cur[:1].isalpha()


def _indent(line: Line) -> float:
    return line.run.x0 - line.left


def _open_quote(para: list[str]) -> bool:
    text = "".join(para)
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _breaks(prev: Line, cur: Line, pitch: dict[float, float], sure: bool) -> bool:
    """Does `cur` start a new paragraph after `prev`?

    At a page or column break a full last line says nothing. Then, unless `sure` (inside a
    quotation, or in a document whose paragraphs start indented, which would show), a sentence
    that ended before a capital or an opening quote is taken to end the paragraph (on real
    editorials this read 49 of 60 PDFs right, running on always 47)."""
    a, b = prev.run, cur.run
    if abs(a.size - b.size) > 0.08 * max(a.size, b.size) or a.bold != b.bold:
        return True
    if _continues_word(a.text, b.text) and b.text[:1].islower():
        return False
    same_block = prev.page == cur.page and prev.col == cur.col
    if same_block:
        step = a.y - b.y
        usual = pitch.get(_bucket(b.size), 0.0)
        if step <= 0 or (usual and step > 1.35 * usual):
            return True
    indent, was = _indent(cur), _indent(prev)
    if indent > 0.6 * b.size and abs(indent - was) > 1 and not _centred(cur):
        return True
    if _free(prev) > b.first_word + 0.5 * b.size:  # a space, and glyph boxes vs advance widths
        return True
    if same_block or sure:
        return False
    return a.text.endswith(SENTENCE_ENDS) and (b.text[:1].isupper() or b.text[:1] in "“\"‘")


def _centred(line: Line) -> bool:
    lgap, rgap = line.run.x0 - line.left, line.right - line.run.x1
    return lgap > 2 * line.run.size and abs(lgap - rgap) < 0.15 * (line.right - line.left)


def _free(line: Line) -> float:
    """Room left on the line: wider than the next line's first word means the line ended on purpose."""
    if _centred(line):
        return (line.right - line.left) - line.run.width
    return line.right - line.run.x1


def _joint(prev: str, cur: str, vocab: Counter[str]) -> tuple[bool, str]:
    """(drop prev's last character?, separator) for joining two lines of a paragraph."""
    if _continues_word(prev, cur):
        left = WORD.findall(prev)[-1]
        right = WORD.match(cur)
        return _drop_hyphen(left, right.group() if right else "", vocab), ""
    if prev.endswith(ENDS) and not prev[-2:-1].isspace():
        return False, ""
    return False, " "


def _drop_hyphen(left: str, right: str, vocab: Counter[str]) -> bool:
    """Was the line-end hyphen in `left-` + `right` put there by the typesetter?"""
    low_l, low_r = left.lower(), right.lower()
    if not right or (right[:1].isupper() and not (left.isupper() and right.isupper())):
        return False  # "anti-American" (but "FACEB-OOK" in a line of capitals is one word)
    if vocab[low_l + low_r]:
        return True
    if (low_l in COMPOUND_HEADS and (vocab[low_r] >= 1 or low_r in COMPOUND_TAILS)) or (
            low_r in COMPOUND_TAILS and vocab[low_l] >= 1):
        return False
    return not (vocab[low_l] >= 1 and vocab[low_r] >= 1)
