"""Paragraphs from the lines of a PDF in reading order (the second half of pdf_layout.py):
where one paragraph ends and the next begins, how two lines of one paragraph are joined
(a space, nothing after a dash, a hyphen kept or dropped) and where furniture goes."""
from __future__ import annotations

import re
from collections import Counter

from briefing_app.core.model import Span
from briefing_app.ingest.pdf_breaks import Layout, bucket, continues_word, indent, narrower
from briefing_app.ingest.pdf_chars import HEADLINE_RATIO, Line
from briefing_app.ingest.pdf_marks import shown
from briefing_app.ingest.pdf_hyphens import (COMPOUND_TAILS, HYPHEN_HEADS, SUFFIXES, WORD, compounds, drop_hyphen,
                                             hyphenates, inflected_s, known)

ENDS = ("—", "–", "/")
# words no typesetter's hyphen splits off and no compound ends in: a hyphen before one at a line
# end is a dash ("opportunities- through" is no word; "walk-through" is, so "through" is not here);
# also the adverbs and prepositions that open a clause or an aside ("position- then bring on",
# "excluded for- according to Ofcom", "a lie-down- is conducted")
DASH_TAILS = {"and", "but", "nor", "yet", "the", "which", "who", "whom", "whose", "that", "this", "these", "those",
              "its", "are", "was", "were", "been", "has", "have", "had", "will", "would", "should", "could", "must",
              "may", "might", "shall",
              "not", "because", "while", "though", "although", "whether", "when", "where", "there", "they", "she",
              "you", "them", "their", "from", "is", "then", "according", "including", "despite", "unless", "until",
              "whereas", "whilst", "however", "instead", "perhaps", "therefore", "it", "a", "as", "or", "such"}
# small print this much smaller than the body text (or 15%: small body sizes leave less room, a 7.5 pt note
# under 8.5 pt text) below all of a page's body text is a footnote
NOTE_STEP = 0.9
# sentence adverbs that head no compound: a hyphen after one at a line end is a dash ("call the
# police instead- stick with 999"; but "an already-stretched budget", "a too-big-to-fail bank")
# ("otherwise" is not one: "an otherwise- healthy man" is a compound; "otherwise- you pay" a dash by its tail)
DASH_HEADS = {"instead", "however", "indeed", "anyway", "meanwhile", "therefore", "moreover", "nevertheless",
              "nonetheless", "furthermore", "though"}
# set compounds that end in one of DASH_TAILS ("an either-or choice", "sold as-is", "a Post-it note",
# "a has-been", "a must-have"): the hyphen before the tail stays theirs
TAIL_COMPOUNDS = {("either", "or"), ("as", "is"), ("post", "it"), ("has", "been"), ("must", "have")}


def write(stream: list[tuple[str, Line]], hyphenated: bool = True) -> tuple[str, list[Span], str | None]:
    """(text, furniture spans, headline) from ("b", body line) and ("f", furniture line) items.

    Furniture met while a paragraph is open waits until that paragraph ends, so a sentence
    (a quote) running over a page break stays whole; so do footnotes (small print below a
    page's text), which stay visible text, each note a paragraph of its own. `hyphenated`: False
    when the program that wrote the PDF does not hyphenate by default (pdf_hyphens.hyphenates)."""
    body = [line for kind, line in stream if kind == "b"]
    words = _vocabulary(body)
    size = _body_size(body)
    stream = _footnotes(stream, size)
    text_lines = [line for kind, line in stream if kind == "b"]
    pairs = compounds([line.text for line in body])
    vocab = (words, pairs, hyphenates(_breaks_at_hyphens(text_lines, words, pairs), words, pairs, hyphenated),
             _closed_dashes(body), _inner_capitals(body))
    layout = Layout.learn(text_lines)
    pieces: list[str] = []
    spans: list[Span] = []
    pos = 0
    para: list[str] = []
    para_lines: list[Line] = []
    para_marks: list[tuple[int, str]] = []  # note marks in the open paragraph: (where, mark)
    pending: list[tuple[str, Line]] = []
    headline: str | None = None
    paragraphs = 0

    def emit(text: str, furniture: bool, hidden: list[tuple[int, int]] | None = None) -> None:
        nonlocal pos
        if pieces:
            pieces.append("\n\n")
            pos += 2
        if furniture:
            spans.append(Span(pos, pos + len(text)))
        spans.extend(Span(pos + start, pos + end) for start, end in hidden or ())
        pieces.append(text)
        pos += len(text)

    def close() -> None:
        nonlocal headline, paragraphs
        if para:
            text, hidden = _set_marks("".join(para), para_marks)
            emit(text, False, hidden)
            paragraphs += 1
            if (headline is None and paragraphs <= 3 and para_lines[0].page == 0
                    and min(line.run.size for line in para_lines) >= HEADLINE_RATIO * size):
                headline = text
        para.clear()
        para_lines.clear()
        para_marks.clear()
        note: list[Line] = []  # the lines of a footnote
        for kind, waiting in pending:
            if kind == "n" and note and waiting.page == note[-1].page and \
                    layout.shows_break(note[-1], waiting, note[0]) is not True:  # (across the columns' blocks too)
                note.append(waiting)
                continue
            if note:
                emit(_join_lines(note, vocab), False)
            note = [waiting] if kind == "n" else []
            if kind == "f":
                emit(shown(waiting.run), True)
        if note:
            emit(_join_lines(note, vocab), False)
        pending.clear()

    for kind, line in stream:
        if kind in ("f", "n") and para:
            pending.append((kind, line))
            continue
        if kind == "f":
            emit(shown(line.run), True)
            continue
        if para and not _breaks(layout, para_lines, line, _open_quote(para)):
            drop, sep = _joint(para[-1], line.text, vocab, para)
            if drop:
                para[-1] = para[-1][:-1]
            para.append(sep + line.text)
        else:
            close()
            para.append(line.text)
        if line.run.marks:
            start = sum(map(len, para)) - len(line.text)
            para_marks.extend((start + at, mark) for at, mark in line.run.marks)
        para_lines.append(line)
    close()
    return "".join(pieces) + "\n", spans, headline


def _footnotes(stream: list[tuple[str, Line]], size: float) -> list[tuple[str, Line]]:
    """The stream with footnotes marked "n": small print below all of the page's body-size text,
    also where the page's reading order has it before other text (a note narrower than the left
    column of two, read with that column, before the right one)."""
    out = list(stream)
    pages: dict[int, list[int]] = {}
    for i, (kind, line) in enumerate(out):
        if kind == "b":
            pages.setdefault(line.page, []).append(i)
    for where in pages.values():
        floor = min((out[i][1].run.y for i in where if bucket(out[i][1].run.size) == size), default=None)
        if floor is None:
            continue
        small = [i for i in where if out[i][1].run.size < max(0.85 * size, size - NOTE_STEP) and out[i][1].run.y < floor]
        if len(small) >= 2 and _quoted([out[i][1] for i in small]):
            continue  # a block quote in smaller print at the page's foot, not a note
        for i in small:
            out[i] = ("n", out[i][1])
    return out


def _quoted(lines: list[Line]) -> bool:
    """Are these lines of small print a block quote's: indented alike on the left by more than half an em, none
    reaching past the column's edge less that indent, one reaching it (set to that narrower measure)?"""
    was = indent(lines[0])
    if not all(narrower(line, indent(line), was) for line in lines):
        return False
    return any(line.right - was - line.run.x1 < line.run.size for line in lines)


# the document's words, its hyphenated pairs, whether its typesetter hyphenates words at line ends,
# and whether it writes a double hyphen as a dash between words with no spaces ("president--facing")
# and the words it writes with a capital inside ("MacGregor", "HealthSentry")
Vocab = tuple[Counter[str], Counter[tuple[str, str]], bool, bool, frozenset[str]]
INNER_CAPITAL = re.compile(r"(?<![\w-])[^\W\d_]+[^\W\d_](?<=[a-z])[A-Z][^\W\d_]*(?![\w-])")
SMALL_CAPITAL = re.compile(r"[a-z][A-Z]")
CLOSED_DASH = re.compile(r"[^\W\d_]--[^\W\d_]")
OPEN_DASH = re.compile(r"[^\W\d_]-- ")
DOUBLE_DASH = re.compile(r"(?<=[^\W\d_])--")
HYPHEN_DASH = re.compile(r"(?<=[^\W\d_]) ?-(?= [^\W\d_])")
SENTENCE_END = re.compile(r"[.!?][”’\"')]*\s+(?=[“‘\"(]*[A-Z])")


def _closed_dashes(body: list[Line]) -> bool:
    """Does the document write "word--word" inside its lines more often than "word-- word"?"""
    text = "\n".join(line.text for line in body)
    return "--" in text and len(CLOSED_DASH.findall(text)) > len(OPEN_DASH.findall(text))


def _inner_capitals(body: list[Line]) -> frozenset[str]:
    """The words the document writes with a capital after a small letter inside them ("MacGregor"), not
    hyphenated ("Mac-Gregor"): a typesetter's cut of one at a line end joins like any word's."""
    text = "\n".join(line.text for line in body)
    return frozenset(m.group() for m in INNER_CAPITAL.finditer(text)) if SMALL_CAPITAL.search(text) else frozenset()


def _join_lines(lines: list[Line], vocab: Vocab) -> str:
    text = shown(lines[0].run)
    for line in lines[1:]:
        drop, sep = _joint(text, line.text, vocab)
        text = (text[:-1] if drop else text) + sep + shown(line.run)
    return text


def _set_marks(text: str, marks: list[tuple[int, str]]) -> tuple[str, list[tuple[int, int]]]:
    """(the paragraph's text with its note marks set in, their (start, end) in it: hidden)."""
    if not marks:
        return text, []
    out, hidden, at, shift = [], [], 0, 0
    for where, mark in marks:
        out += [text[at:where], mark]
        hidden.append((where + shift, where + shift + len(mark)))
        at, shift = where, shift + len(mark)
    out.append(text[at:])
    return "".join(out), hidden


def _breaks(layout: Layout, para_lines: list[Line], cur: Line, quoting: bool) -> bool:
    """Does `cur` start a new paragraph after the lines `para_lines` of the open one? At a page
    or column break inside a quotation, the quote runs on."""
    shown = layout.shows_break(para_lines[-1], cur, para_lines[0])
    if shown is not None:
        return shown
    return not quoting and layout.ends_at_break(para_lines[-1], cur, len(para_lines))


def _body_size(body: list[Line]) -> float:
    sizes: Counter[float] = Counter()
    for line in body:
        sizes[bucket(line.run.size)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _open_quote(para: list[str]) -> bool:
    text = "".join(para)
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _vocabulary(body: list[Line]) -> Counter[str]:
    """How often each word occurs, not counting the pieces of words hyphenated at a line end; a
    word broken at two different points ("Fren-" + "chmen", "French-" + "men") has no compound's
    hyphen at either: it counts as written whole, once a break."""
    vocab = Counter(w.lower() for line in body for w in WORD.findall(line.text))
    cuts: dict[str, set[int]] = {}
    for a, b in zip(body, body[1:]):
        if continues_word(a.text, b.text):
            right = WORD.match(b.text)
            left = WORD.findall(a.text)[-1].lower()
            vocab[left] -= 1
            if right:
                vocab[right.group().lower()] -= 1
                cuts.setdefault(left + right.group().lower(), set()).add(len(left))
    for word, at in cuts.items():
        if len(at) > 1:
            vocab[word] += len(at)
    return vocab


def _breaks_at_hyphens(body: list[Line], words: Counter[str],
                       pairs: Counter[tuple[str, str]]) -> list[tuple[str, str]]:
    """The words broken over two lines after a hyphen, as (left, right); not a dash (_dash)."""
    out = []
    for a, b in zip(body, body[1:]):
        right = WORD.match(b.text)
        if continues_word(a.text, b.text) and right:
            left = WORD.findall(a.text)[-1]
            if not _dash(left, right.group(), b.text[right.end():], words, pairs):
                out.append((left, right.group()))
    return out


def _dash(left: str, tail: str, after: str, words: Counter[str], pairs: Counter[tuple[str, str]]) -> bool:
    """Is the hyphen of `left-` at a line end, `tail` + `after` on the next line, a dash (a space
    follows it)? Before a word no hyphenation leaves ("a landslide-" + "and polls", "pay it-" +
    "the"), after a sentence adverb ("instead-" + "stick"), or after a plural or a verb in -s before a word that ends no compound ("business
    opportunities-" + "through trade", "over the years-" + "in Bonn": "years-long" is a compound);
    not a compound going on ("hit-" + "and-run"), nor a word or pair the document or the
    language writes."""
    low_l, low_t = left.lower(), tail.lower()
    if (not tail or after[:1] == "-" or words[low_l + low_t] or pairs[(low_l, low_t)] or known(left + tail, rare=True)
            or (low_l, low_t) in TAIL_COMPOUNDS):
        return False
    if low_t in DASH_TAILS:
        return len(left) > 2 or len(left) == 2 and low_l not in HYPHEN_HEADS
    if low_l in DASH_HEADS:
        return True
    if tail[:1].isupper() and left.islower():
        return inflected_s(low_l)  # "western powers-" + "Iran enjoys": a plural before a name
    return (tail.islower() and low_t not in COMPOUND_TAILS and low_t not in SUFFIXES and known(tail)
            and inflected_s(low_l))


def _cut_of_written(left: str, words: Counter[str]) -> bool:
    """Is `left` (before a line-end hyphen) no word of the list nor of the document, but the start of a longer
    word the document writes ("Mephistophe-" where it writes "Mephistopheles"): a typesetter's cut?"""
    low = left.lower()
    return not words[low] and not known(left) and any(
        n > 0 and len(w) > len(low) and w.startswith(low) for w, n in words.items())


def _paired_dash(text: str) -> bool | None:
    """`text` ends in a double hyphen: when it closes a pair opened earlier in its sentence ("cuts-- though
    essential to reforms--"), is the opening one written closed ("bonds--both")? None when it opens one
    (no dash, or a closed pair, before it in the sentence): a pair's two dashes are spaced alike."""
    sentence = SENTENCE_END.split(text[:-2])[-1]
    opened = list(DOUBLE_DASH.finditer(sentence))
    if len(opened) % 2 == 0:
        return None
    return not sentence[opened[-1].end():opened[-1].end() + 1].isspace()


def _closes_hyphen_pair(text: str) -> bool:
    """`text` ends in a hyphen: does it close a pair of dashes written as hyphens opened earlier in its
    sentence ("Iranians - who ... and Erbil-", "the ministers- who ... in Erbil-")?"""
    sentence = SENTENCE_END.split(text[:-1])[-1]
    return len(HYPHEN_DASH.findall(sentence)) % 2 == 1


# the short inner words of compounds that repeat a word around them ("day-to-day", "one-on-one", "year-on-year",
# "hand-in-hand", "side-by-side", "back-to-back")
CHAIN_WORDS = frozenset({"to", "of", "the", "in", "on", "and", "or", "by", "for", "at", "a"})


def _joint(prev: str, cur: str, vocab: Vocab, so_far: list[str] | None = None) -> tuple[bool, str]:
    """(drop prev's last character?, separator) for joining two lines of a paragraph; `so_far`: the
    paragraph's pieces, `prev` the last (read only at a line-end dash; without it `prev` is all)."""
    words, pairs, typeset, closed_dashes, inner_capitals = vocab
    if continues_word(prev, cur):
        left = WORD.findall(prev)[-1]
        right = WORD.match(cur)
        tail = right.group() if right else ""
        if _dash(left, tail, cur[len(tail):], words, pairs):
            return False, " "
        if len(tail) > 3 and tail.islower() and not words[(left + tail).lower()] and known(tail) \
                and not known(left + tail, rare=True) and not _cut_of_written(left, words) \
                and _closes_hyphen_pair("".join(so_far) if so_far else prev):
            return False, " "  # "Iranians - who ... Aleppo and Erbil-" + "simply": the dash closing a pair opened so
        if typeset and tail[:1].isupper() and left + tail in inner_capitals and not pairs[(left.lower(), tail.lower())]:
            return True, ""  # "Mac-" + "Gregor" where the document writes "MacGregor"
        if left in CHAIN_WORDS and prev.lower().endswith(f"{tail.lower()}-{left}-") and \
                not prev[-len(left) - len(tail) - 3:-len(left) - len(tail) - 2].isalpha():
            return False, ""  # "day-to-" + "day", "face-to-" + "face", "one-on-" + "one", "side-by-" + "side": a word
            # repeated around a short inner word keeps the compound's hyphen (not "today", "byside")
        return typeset and drop_hyphen(left, tail, words, pairs), ""
    if prev.endswith("/") and prev[-2:-1] in ".,;:?!":
        return False, " "  # a slash after a sentence's mark divides lines of verse: "Where is it?/ I do not know"
    if prev.endswith(ENDS) and not prev[-2:-1].isspace():
        return False, ""
    if prev.endswith("--") and prev[-3:-2].isalpha() and cur[:1].isalpha():
        paired = _paired_dash("".join(so_far) if so_far else prev)
        if closed_dashes if paired is None else paired:
            return False, ""  # "Congress--" + "regained", where the document writes "president--facing"
    if prev.endswith("-") and prev[-2:-1].isdigit() and cur[:1].isalnum():
        return False, ""  # "a 20-" + "year-old", "1990-" + "2000"
    return False, " "
