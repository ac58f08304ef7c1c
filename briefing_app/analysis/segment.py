"""Paragraphs, sentences and tokens of plain text, always as offsets into the original string.

A paragraph is one non-blank line (pasted web text and the corpus both put one paragraph
per line). Sentence ends are found on a *masked* copy of the text in which quoted
material is blanked out, so a full stop inside a quotation never splits the sentence
that carries its attribution.
"""
from __future__ import annotations

import re
from functools import lru_cache

LINE_RE = re.compile(r"[^\n]+")
WORD_RE = re.compile(r"[^\s]+")
# words of letters and apostrophes ("don't", "Reuters’"): the tokens the genre counts and the speech verbs are
# looked up among (not "[...]+": opening with a class, the scan skips to letters)
LETTER_WORD_RE = re.compile(r"[A-Za-z’'][A-Za-z’']*")
# every byte but the ASCII letters, the apostrophe and NUL (letter_words' stand-in for "’") -> a space
_LETTER_BYTES = bytes(b if chr(b).isascii() and chr(b).isalpha() or chr(b) in "'\x00" else 32 for b in range(256))


def letter_words(s: str) -> list[str]:
    """LETTER_WORD_RE.findall(s), by str.split of a copy in which every other character is a space: "’" (the one
    character beyond ASCII the words hold) stands in as NUL, the others beyond ASCII turn into "?" (encode with
    "replace": one each) and bytes.translate blanks what is no letter or apostrophe. findall costs ~1,700
    instructions a word (a search and a match started anew for each), this ~500 (the words' strings and list).
    (The "replace" handler costs ~500 instructions a run of characters beyond ASCII: a few hundred in an English
    text, its curly quotes and dashes; UTF-8 bytes instead cost ~0.15 M more on the benchmark article.)"""
    if "\x00" in s:
        return LETTER_WORD_RE.findall(s)  # (NUL is the stand-in)
    curly = "’" in s
    ascii_copy = (s.replace("’", "\x00") if curly else s).encode("ascii", "replace").translate(_LETTER_BYTES).decode("ascii")
    return (ascii_copy.replace("\x00", "’") if curly else ascii_copy).split()


# Words that end in a full stop without ending a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen lt col maj capt adm sgt sen sens rep reps gov govs gen gens rev st jr sr
    prof pres supt cmdr cpl pvt ft mt no vs inc corp co ltd dept est etc e.g i.e u.s u.k u.n
    jan feb mar apr jun jul aug sep sept oct nov dec d.c a.m p.m ret atty hon msgr ald""".split()
)
# (not after an apostrophe: the "s." of a possessive ending a sentence, "a congestion charge like London's. Others want
# ...", is no initial; it joined the two sentences)
ABBREV_RE = re.compile(  # (the lookahead: a match holds only letters and full stops, to the end)
    r"(?=[a-z.]+\Z)(?<![’'])(?:\b(?:" + "|".join(sorted((re.escape(a) for a in ABBREVIATIONS), key=lambda a: (-len(a), a)))
    + r")|\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z])\.\Z",
    re.I,
)
# Candidate sentence ends: terminal punctuation, optional closing marks, then space. ("[.!?…][.!?…]*", not
# "[.!?…]+": a pattern that opens with a character class, not a repeat, lets the engine skip to those characters)
END_RE = re.compile(r"[.!?…][.!?…]*[\"'”’»」)\]]*(?=\s)")
DATELINE_BRACKET_RE = re.compile(r"\s\([A-Za-z][\w .]{0,20}\)[ \t]*[-—–]")
NEXT_START_RE = re.compile(r"\s+[\"'“‘«„(\[•]*[A-Z0-9•\u0400-\u04ff\uac00-\ud7af]")


@lru_cache(maxsize=4096)  # the same few words ("Mr.", "U.S.") come back all the time
def is_abbreviation(word: str) -> bool:
    """Does the word end in an abbreviation's full stop ("Mr.", "U.S.", "J.")? (ABBREV_RE)"""
    return ABBREV_RE.search(word) is not None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, with surrounding whitespace trimmed."""
    out = []
    for m in LINE_RE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def sentence_spans(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of masked[start:end] (a paragraph) as (start, end) offsets."""
    out, s = [], start
    for m in END_RE.finditer(masked, start, end):
        word_start = masked.rfind(" ", s, m.start()) + 1
        word = masked[max(word_start, s):m.end()]
        if masked[m.start()] == "." and is_abbreviation(word.rstrip("\"'”’»」)]")):
            continue
        if not NEXT_START_RE.match(masked, m.end(), end):
            continue
        if masked.startswith("(", m.end() + 1) and DATELINE_BRACKET_RE.match(masked, m.end(), end):
            continue  # "ORLANDO, Fla. (Reuters) - ...": the dateline's agency goes on with its sentence
        out.append((s, m.end()))
        s = m.end()
        while s < end and masked[s].isspace():
            s += 1
    if s < end:
        out.append((s, end))
    return out


def words(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    return list(WORD_RE.finditer(text, start, len(text) if end is None else end))


def last_words_start(text: str, start: int, end: int, n: int) -> int:
    """Where the last n words of text[start:end] begin, or start if it has no more (a search for a
    pattern that can only match there need not read the rest)."""
    head = text[start:end].rsplit(None, n)
    return start if len(head) <= n else start + len(head[0])


def ends_in_comma(text: str, start: int, end: int) -> bool:
    """Does text[start:end] end in a comma and white space, as every match of a pattern ending in ",\\s+$" searched
    there does (a test of two characters first, not a search tried at every position)?"""
    return text[end - 1:end].isspace() and text[start:end].rstrip().endswith(",")


def count_words(s: str) -> int:
    """The number of WORD_RE words: str.split() splits at the same whitespace as \\s (five times faster)."""
    return len(s.split())


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """text with the (start, end) spans, in any order and overlapping or not, replaced by spaces (same
    length, so offsets hold)."""
    if not spans:
        return text
    out, at = [], 0
    for s, e in sorted(spans):
        if e <= at:
            continue
        s = max(s, at)
        out += [text[at:s], " " * (e - s)]
        at = e
    out.append(text[at:])
    return "".join(out)
