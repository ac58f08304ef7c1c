"""Bodies named with their kind after the name, in lower case: "the Teamsters union", "the Wagner
group" (the kind becomes an alias: "the union"); not "the Democratic party" (a party's adjective),
"the Trump campaign" (a person's) or "the Texas group" (a place's)."""
from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.analysis import gazetteer
from briefing_app.analysis.roles import MODIFIERS, ROLE_WORDS, US_STATE_NAMES

NAME_KIND_RE = re.compile(r"[Tt](?<![\w-][Tt])he[ \t]+(?P<name>[A-Z][\w&-]+(?:[ \t]+[A-Z][\w&-]+){0,2})[ \t]+"
                          r"(?P<kind>union|group|party|alliance|coalition|militia|movement|network|club)(?![\w-])")
NOT_NAME_WORDS = ROLE_WORDS | MODIFIERS | frozenset("democrat independent opposition local".split())


def name_kinds(text: str, is_person: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """(start, end) of each such name and its alias ("the union")."""
    out = []
    for m in NAME_KIND_RE.finditer(text):
        name = m.group("name")
        words = name.split()
        if is_person(words[-1]) or any(w.lower() in NOT_NAME_WORDS for w in words) \
                or gazetteer.PLACE_RE.search(name) or name in US_STATE_NAMES:
            continue
        out.append((m.start("name"), m.end("name"), "the " + m.group("kind")))
    return out


__all__ = ["name_kinds"]
