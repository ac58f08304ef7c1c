"""Russian heads and deputies named by a possessive after a sentence about their body or chief (split from ru_bodies in
the tenth session): "Его заместитель Михаил Иванов" takes the affiliation of the person named before, "Её руководитель
Алексей Золотарёв" the body named before."""
from __future__ import annotations

import bisect
import re

from briefing_app.core.model import Actor

DEPUTY_RE = re.compile(r"(?:^|[.!?]\s+)(?:Его|Её|Ее)[ \t]+(?:заместител|зам|первый заместител)", re.M)
# "Фракция «Справедливой России» голосовала против. Её руководитель Алексей Золотарёв": the head of the body just named
HEAD_OF_IT_RE = re.compile(r"(?:^|[.!?]\s+)(?:Его|Её|Ее|Их)[ \t]+(?:руководител|глав|председател|лидер|президент|директор|"
                           r"генеральн[а-яё]+[ \t]+директор|основател|пресс-секретар|представител)[а-яё]*[ \t]+", re.M)
HEAD_OF_IT_REACH = 300  # characters before "Её руководитель" that the body is looked for in


def _possessive_openings(text: str, pattern: re.Pattern[str], words: tuple[str, ...]) -> list[re.Match[str]]:
    """The pattern's matches (one opening a line or following a sentence's stop), read only where one of its possessive
    words occurs (str.find): scanning the whole text with the pattern cost far more."""
    found: dict[int, re.Match[str]] = {}
    for word in words:
        at = text.find(word) if word in text else -1  # ("in" is far cheaper than find on a text without the word)
        while at >= 0:
            back = at - 1  # the sentence's stop before the spaces, else the line's start
            while back >= 0 and text[back].isspace():
                back -= 1
            m = pattern.match(text, back) if back >= 0 and text[back] in ".!?" and back < at - 1 else None
            if m is None and (at == 0 or text[at - 1] == "\n"):
                m = pattern.match(text, at)
            if m is not None:
                found.setdefault(m.start(), m)
            at = text.find(word, at + len(word))
    return [found[k] for k in sorted(found)]


def heads_of_it(text: str, out: list[Actor]) -> None:
    """'Её руководитель Алексей Золотарёв' right after a sentence about a body: that body (the last actor named before,
    when it is an organisation and no person came after it)."""
    found = _possessive_openings(text, HEAD_OF_IT_RE, ("Его ", "Её ", "Ее ", "Их "))
    if not found:
        return
    named = sorted(((s.start, a) for a in out if a.kind in ("person", "organization") for s in a.mentions), key=lambda t: t[0])
    starts = [at for at, _ in named]
    for m in found:
        i = bisect.bisect_left(starts, m.end())
        if i == len(named) or named[i][0] - m.end() > 40 or named[i][1].kind != "person" or named[i][1].affiliation:
            continue
        j = bisect.bisect_left(starts, m.start()) - 1
        if j >= 0 and named[j][1].kind == "organization" and m.start() - named[j][0] <= HEAD_OF_IT_REACH:
            named[i][1].affiliation = named[j][1].name


def deputies(text: str, out: list[Actor]) -> None:
    """'Его заместитель Михаил Иванов': the affiliation of the person named before."""
    people = sorted((a for a in out if a.kind == "person" and a.mentions), key=lambda a: a.mentions[0].start)
    for m in _possessive_openings(text, DEPUTY_RE, ("Его ", "Её ", "Ее ")):
        before = [p for p in people if p.mentions[0].start < m.start()]
        after = [p for p in people if p.mentions[0].start > m.start()]
        if before and after and not after[0].affiliation and after[0].mentions[0].start - m.end() < 40:
            after[0].affiliation = before[-1].affiliation


__all__ = ["deputies", "heads_of_it"]
