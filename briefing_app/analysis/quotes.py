"""Quotation spans: find the marks, pair them per paragraph, join multi-paragraph quotes.

Marks covered: straight ", NYT-style '' and ``, curly “ ”, low „ (closed by “ or ”),
guillemets « » (and »Q« turned inwards), corner brackets 「 」 『 』. Single quotes only ever nest inside double
ones, so they are left alone (apostrophes would otherwise wreck the pairing).

Pairing never gives up: curly marks take their direction from the glyph, straight ones
from their neighbours (after whitespace or an opening bracket/dash they open, otherwise
they close), and an opener still open at the end of its paragraph closes there. If the
next paragraph starts with an opener, the two fragments form one quotation (AP style).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_app.core.model import trimmed_span

# a quotation mark: ''', '', `` or one of the glyphs. Written as the class of their first characters and then what
# each goes on with (as the alternation r"'''|''|``|[\"“”„«»「」『』]" matches): a pattern opening with a class lets a
# scan jump to the next such character, an alternation opening with a class is tried at every position (~4x slower)
MARK_RE = re.compile(r"['`\"“”„«»「」『』](?:(?<=')''|(?<=')'|(?<=`)`|(?<=[\"“”„«»「」『』]))")
OPENERS = {"“", "„", "«", "「", "『", "``"}
CLOSERS = {"”", "»", "」", "』"}
AMBIGUOUS = {'"', "''", "'''"}  # ''' is '' with a nested single mark glued to it


class _Blanks(dict[int, str]):
    """str.translate's table for blanking a quotation: every character that is not white space (str.isspace, as
    re's \\s) becomes '•', white space stays; filled as characters are met. One translate is about twice as fast
    as re.sub(r"\\S", "•", ...), which replaces each character as a match of its own."""

    def __missing__(self, code: int) -> str:
        if len(self) >= MAX_BLANKS:
            self.clear()  # (a text of many thousand distinct characters keeps no ever larger table)
        char = chr(code)
        kept = self[code] = char if char.isspace() else "•"
        return kept


MAX_BLANKS = 20_000
BLANKS = _Blanks()
# the same blanking for a body without white space beyond ASCII, done in bytes: each character past ASCII is encoded as
# "?" (a run of them in one step), bytes.translate turns every byte but ASCII white space into \x01, which one replace
# turns into '•' (~25x faster on an English quotation than str.translate, which looks each character of a non-ASCII
# string up in the table: a curly apostrophe makes "don’t" such a string)
ASCII_BLANKS = bytes(c if chr(c).isspace() else 1 for c in range(128)) + b"\x01" * 128
WIDE_SPACE_RE = re.compile("[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")  # str.isspace past ASCII


def blanked(body: str) -> str:
    """body with every character that is not white space (str.isspace) as '•': body.translate(BLANKS)."""
    if not body.isascii() and WIDE_SPACE_RE.search(body):
        return body.translate(BLANKS)
    return body.encode("ascii", "replace").translate(ASCII_BLANKS).decode("ascii").replace("\x01", "•")
OPEN_CONTEXT = set(" \t\n([{—–-/:\u00a0") | {""}  # ":" too: 'Rep. Trey Gowdy:"I have not ..."'


@dataclass
class QuoteSpan:
    start: int  # content, marks excluded, whitespace trimmed
    end: int
    open_at: int  # offset of the opening mark
    close_at: int  # offset just past the closing mark (or the paragraph end)
    para: int
    closed: bool = True
    prev_fragment: int | None = None  # index of the previous paragraph's fragment of one quotation
    kind: str = "direct"


def _direction(text: str, pos: int, glyph: str, para_start: int, para_end: int) -> str:
    if glyph in OPENERS:
        return "open"
    if glyph in CLOSERS:
        return "close"
    before = text[pos - 1] if pos > para_start else ""
    after_pos = pos + len(glyph)
    after = text[after_pos] if after_pos < para_end else ""
    if before in OPEN_CONTEXT:
        # ('she\'ll be \'above the president,\' "\u00a0said ...': a no-break space after the mark is a space too)
        return "close" if after in ("", " ", "\t", "\u00a0", ",", ".", ";", ":", ")") and before != "" else "open"
    return "close"


TURNED = {"»": "open", "«": "close"}


def _turned_guillemets(text: str, ps: int, pe: int) -> bool:
    """Does the paragraph quote in guillemets pointing inwards (»Q«): its first one is », and a « follows it?"""
    first = text.find("»", ps, pe)
    return first != -1 and text.find("«", first, pe) != -1 and text.find("«", ps, first) == -1


def find_quotes(text: str, paras: list[tuple[int, int]]) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    open_at_para_end: int | None = None  # index in out of a fragment left open
    for pi, (ps, pe) in enumerate(paras):
        depth, open_pos, open_glyph, first_mark = 0, -1, "", True
        last_open = ""
        carried = open_at_para_end
        open_at_para_end = None
        turned = _turned_guillemets(text, ps, pe)
        for m in MARK_RE.finditer(text, ps, pe):
            glyph = m.group()
            d = _direction(text, m.start(), glyph, ps, pe)
            if turned and glyph in TURNED:
                d = TURNED[glyph]  # »Q« (German and Nordic style)
            elif depth and glyph == "“" and last_open == "„":
                d = "close"  # „…“ (German/Russian inner quotes), also nested in «…»
            elif depth and glyph == "“" and m.start() > ps and (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".,!?…;:"):
                d = "close"  # an opening glyph glued to the words as a closer: “It's unusual,“ said Noble
            elif d == "close" and glyph in AMBIGUOUS and depth == 0 and m.start() > ps and text[m.start() - 1] in " \t\u00a0":
                d = "open"  # 'Henry said. " You know, ...': a spaced straight mark with nothing open opens
            elif d == "close" and glyph in AMBIGUOUS and depth == 1 and m.start() == open_pos + len(open_glyph) \
                    and m.end() < pe and not text[m.end()].isspace():
                open_pos = m.start()  # '""You don't win ...': a doubled opener (the quotation starts after the second)
                continue
            if d == "open":
                last_open = glyph
                if depth == 0:
                    open_pos, open_glyph = m.start(), glyph
                    starts_para = first_mark and m.start() == ps
                depth += 1 if (depth == 0 or glyph not in AMBIGUOUS) else 0
                if depth > 1 and glyph in AMBIGUOUS:
                    depth = 1
            elif depth:
                depth -= 1
                last_open = open_glyph
                if depth == 0:
                    s, e = trimmed_span(text, open_pos + len(open_glyph), m.start())
                    if e > s:
                        q = QuoteSpan(s, e, open_pos, m.end(), pi)
                        if starts_para and carried is not None:
                            q.prev_fragment = carried
                        out.append(q)
            first_mark = False
        if depth:
            s, e = trimmed_span(text, open_pos + len(open_glyph), pe)
            if e > s:
                q = QuoteSpan(s, e, open_pos, pe, pi, closed=False)
                if starts_para and carried is not None:
                    q.prev_fragment = carried
                out.append(q)
                open_at_para_end = len(out) - 1
    return out


# headlines quote in single marks: "Sarah Silverman heckles Sanders supporters: 'You're being ridiculous.'"
SINGLE_RE = re.compile(r"(?<![\w’'‘])[‘'](?=[\w$“\"])(?P<body>[^‘\n]*?[\w.!?,)])[’'](?![\w’'])")
HEADLINE_WORDS = 25
NAME_COLON_RE = re.compile(r"(?:[A-Z][\w’'.-]*[ \t]+){0,5}[A-Z][\w’'.-]*:[ \t]*")  # reported.speaker_lines' own


def headline_quotes(text: str, paras: list[tuple[int, int]], spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """Single-marked quotations in the first two paragraphs when they are short headline lines
    with no double-marked quotation; other single marks stay apostrophes or nested quotes."""
    out = list(spans)
    for pi, (ps, pe) in enumerate(paras[:2]):
        if len(text[ps:pe].split()) > HEADLINE_WORDS or any(q.para == pi for q in spans):
            continue
        for m in SINGLE_RE.finditer(text, ps, pe):
            if NAME_COLON_RE.fullmatch(text, ps, m.start()):
                continue  # "Marco Rubio: ‘You Don’t Win ...’" is a speaker line
            s, e = trimmed_span(text, m.start("body"), m.end("body"))
            if e > s:
                out.append(QuoteSpan(s, e, m.start(), m.end(), pi))
    return sorted(out, key=lambda q: q.start) if len(out) > len(spans) else spans


def mask(text: str, quotes: list[QuoteSpan]) -> str:
    """The text with each quotation's content blanked to '•' (marks and its final
    punctuation kept, so sentence ends after a quotation are still seen), same length."""
    if not quotes:
        return text
    parts, pos = [], 0
    for q in quotes:
        body = text[q.start:q.end]
        keep = len(body) - len(body.rstrip(".!?…,;:—–-"))
        parts.append(text[pos:q.start])
        parts.append(blanked(body[:len(body) - keep]) + body[len(body) - keep:])
        pos = q.end
    parts.append(text[pos:])
    return "".join(parts)
