"""Measures a holder calls for in a list of noun phrases or gerunds ("called for a $15 minimum wage, a Medicare-for-all
system, breaking up the banks and ending fracking", "advocates a temporary ban on X and a permanent wall at Y"): one
option per measure, as convention v2 labels a list of measures (a course in a verb list is `coordinated`'s).

A comma-list is a list only when every item after the first opens as a measure does (a determiner or a number, a
gerund, or an adjective of amount): "the national minimum wage, now $7.25 an hour," is an apposition, no list. A bare
"and"/"or" parts two items only when both open alike (a determiner each, a gerund each) and the second is a course of
its own ("a ban on guns and the ammunition" stays one: "the ammunition" names no measure)."""
from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.phrases import action_end, base_form, summary

Reader = Callable[[str, int, int, str, int, str | None], Hit | None]

# what an item of a list of measures opens with: a determiner or an amount, or an adjective of amount or kind
DETERMINER_RE = re.compile(r"(?:an?|the|more|fewer|less|higher|lower|greater|tougher|stricter|stronger|new|free|universal|"
                           r"mandatory|[$£€]|\d)(?:\b|(?<=[$£€]))", re.I)
# a separator of items at the top level: ", ", ", and ", ", or ", "; " (never inside parentheses)
COMMA_RE = re.compile(r"\s*[,;]\s+(?:(?:and|or)\s+)?")
AND_RE = re.compile(r"\s+(?:and|or)\s+")
AND_AFTER_RE = re.compile(r"\s+(?:and|or)\s+(?:an?|the)\s")  # a second measure right after a noun phrase
WORD_RE = re.compile(r"[\w$£€][\w’'-]*")
QUOTES = "“\"‘”’"
# after a comma, what opens no item: a relative, an adverb, a conjunction, a pronoun, a verb of saying
STOP_RE = re.compile(r"(?:which|who|whom|whose|where|when|while|whereas|as|so|but|yet|now|then|also|even|including|especially|"
                     r"particularly|notably|such|saying|adding|arguing|noting|citing|claiming|warning|insisting|calling|"
                     r"according|said|says|not|if|unless|though|although|because|since|after|before|until|he|she|they|we|it|"
                     r"and\s+(?!(?:an?|the|more|new|higher|lower)\b)[a-z]+|or\s+(?!(?:an?|the)\b)[a-z]+|\w+ly)\b")
MAX_ITEMS = 8


def _kind(text: str, at: int) -> str:
    """How the item at `at` opens: "det" (a determiner, an amount), "ing" (a gerund), "word" (another lower-case word
    that may open a measure: "paid sick leave") or "" (a name, an adverb, a relative or a verb of saying: no item)."""
    word = WORD_RE.match(text, at)
    if word is None or STOP_RE.match(text, at) is not None:
        return ""
    if DETERMINER_RE.match(text, at) is not None:
        return "det"
    w = word.group(0)
    if not w.islower():
        return ""
    return "ing" if w.endswith("ing") and base_form(w) != w else "word"


def _opening(text: str, at: int, end: int) -> int:
    while at < end and text[at] in QUOTES:
        at += 1
    return at


def measure_items(text: str, start: int, limit: int, read: Callable[[int, int], object]) -> list[tuple[int, int]]:
    """The items of a list of measures opening at `start` (the noun phrase a call verb names) and ending by `limit`,
    each (start, end) with no separator or quotation mark at either end; [] when the phrase is no list. `read(a, b)`
    tells whether text[a:b] reads as a measure: a bare "and" parts two items only where the second does ("a 10 percent
    VAT and a pared-down income tax applied to income above $50,000 and $100,000 for couples": the first "and")."""
    at = _opening(text, start, limit)
    items: list[tuple[int, int]] = []
    joined = False  # whether the last item came after "and"/"or"
    while len(items) < MAX_ITEMS:
        end = action_end(text, at, limit)
        cut = at
        for m in COMMA_RE.finditer(text, at, end):  # commas the phrase's end stepped over ("a $15 wage, paid leave")
            if _kind(text, m.end()) and m.start() > cut:
                items.append((cut, m.start()))
                cut, joined = m.end(), m.group(0).rstrip().endswith(("and", "or"))
        items.append((cut, end))
        sep = COMMA_RE.match(text, end, limit)
        if sep is None or not _kind(text, sep.end()):
            break  # ", which ...", "the national minimum wage, now $7.25 an hour,": the list (if any) ends here
        at, joined = sep.end(), sep.group(0).rstrip().endswith(("and", "or"))
    last_s, last_e = items[-1]
    want = {"det", "ing"} & {_kind(text, s) for s, _ in items}
    for m in reversed(list(AND_RE.finditer(text, last_s, last_e))):  # the last "and" that opens a measure like the others
        if _kind(text, m.end()) in want and m.start() - last_s > 3 and read(m.end(), _closed(text, m.end(), last_e)):
            items[-1:] = [(last_s, m.start()), (m.end(), last_e)]
            joined = True
            break
    if not joined:  # "supported legislation with exceptions, putting him on both sides": a participle or an
        items.pop()  # apposition after a comma; a list's last item follows "and" or "or"
    if len(items) < 2 or not {"det", "ing"} & {_kind(text, s) for s, _ in items[1:]}:
        return []  # "more jobs, better wages": no item after the first opens as a measure does
    return [(s, _closed(text, s, e)) for s, e in items[:MAX_ITEMS]]


def _closed(text: str, s: int, e: int) -> int:
    while e > s and (text[e - 1] in QUOTES or text[e - 1].isspace()):
        e -= 1
    return e


def list_hits(text: str, s: int, e: int, hit: Hit, read: Reader) -> list[Hit]:
    """One hit per measure of a list opening where `hit` (a call's noun phrase in the sentence text[s:e]) does
    (`read(text, start, end, stance, at, who)` reads an item as a call's noun phrase, or None), each with the hit's
    stance, holder and flags and its item as evidence (the first: from the sentence's start, so that the holder stays in
    it); [hit] when fewer than two items read as measures."""
    def reads(a: int, b: int) -> Hit | None:
        return read(text, a, b, hit.stance, hit.at, hit.who)
    if _objects_of(text, e, hit, reads):
        return [hit]
    out: list[Hit] = []
    for a, b in measure_items(text, hit.start, e, reads):
        more = reads(a, b)
        if more is None:
            continue
        more.author, more.reported, more.conceded, more.person = hit.author, hit.reported, hit.conceded, hit.person
        more.clause = (s if not out else a, b)
        more.limit = b  # the list's items are its own: no verb list read on past the item
        more.item = True
        out.append(more)
    return out if len(out) > 1 else [hit]


# the hit's last phrase of an act done to someone or something: "the resignation of the mayor", "a ban on the rifles"
OF_OBJECT_RE = re.compile(r"\s(?:of|on|against)\s+(?:the|a|an|its|their|his|her)\s+[^,;]*$")
# a further object after it: ", the police chief", " and the city manager" (a short noun phrase with a determiner)
OBJECT_RE = re.compile(r"(?P<sep>,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the|a|an|its|their|his|her)\s+"
                       r"[\w’'-]+(?:\s+(?!and\b|or\b)[\w’'-]+){0,3}(?=\s*(?:[,.;:)]|\s(?:and|or)\s|$))")


def _objects_of(text: str, e: int, hit: Hit, reads: Callable[[int, int], Hit | None]) -> bool:
    """Whether the noun phrases after `hit` (up to e), none a measure of its own, are further objects of its "of" or
    "on" ("the resignation of the mayor, the police chief and the city manager": one course, the resignations); if
    so, `hit` takes them in."""
    if OF_OBJECT_RE.search(text, hit.start, hit.end) is None:
        return False
    at, joined = hit.end, False
    while (m := OBJECT_RE.match(text, at, e)) is not None and not joined:
        if reads(m.end("sep"), m.end()) is not None:
            return False  # "the resignation of the mayor and the closure of the jail": two measures
        at, joined = m.end(), m.group("sep").rstrip().endswith(("and", "or"))
    if not joined or (at < e and text[at] not in ".;:)"):
        return False
    hit.end = at
    hit.summary = summary(text[hit.start:at], verb_first=False)
    return True
