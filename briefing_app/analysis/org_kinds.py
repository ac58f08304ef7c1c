"""Bodies named with their kind after the name, in lower case: "the Teamsters union", "the Wagner
group" (the kind becomes an alias: "the union"); not "the Democratic party" (a party's adjective),
"the Trump campaign" (a person's) or "the Texas group" (a place's). Armed groups named by their members:
"Houthi militants", "Islamic State fighters" (not "Kurdish fighters", "Syrian rebels": adjectives)."""
from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.analysis import gazetteer
from briefing_app.analysis.roles import MODIFIERS, ROLE_WORDS, US_STATE_NAMES

KINDS = ("union", "group", "party", "alliance", "coalition", "militia", "movement", "network", "club")
# before the kind: "the" and one to three capitalised words
NAME_BEFORE_RE = re.compile(r"(?<![\w-])[Tt]he[ \t]+(?P<name>[A-Z][\w&-]+(?:[ \t]+[A-Z][\w&-]+){0,2})[ \t]+$")
# "Houthi militants", "Islamic State fighters": an armed group named by its members (a group: "the group")
# (the look-behind after the first capital, not before it: the regex engine then skips to the capitals)
MEMBERS_RE = re.compile(r"(?P<name>[A-Z](?<![\w’'.-][A-Z])[\w-]+(?:[ \t]+[A-Z][\w-]+){0,2})[ \t]+"
                        r"(?:militants|rebels|fighters|insurgents|guerrillas|militiamen)(?![\w-])")
MEMBERS = ("militants", "rebels", "fighters", "insurgents", "guerrillas", "militiamen")
ADJECTIVE_RE = re.compile(r"[A-Z][a-z]+(?:ian|ean|ese|ish|ist|ic)")  # "Kurdish", "Islamist", "Syrian"
NOT_NAME_WORDS = ROLE_WORDS | MODIFIERS | frozenset("democrat independent opposition local".split())


def name_kinds(text: str, is_person: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """(start, end) of each such name and its alias ("the union")."""
    out = []
    for k_start, _, kind in gazetteer.word_hits(text, KINDS):  # (the kind word first, then the name before it)
        m = NAME_BEFORE_RE.search(text, max(0, k_start - 60), k_start)
        if m is None:
            continue
        name = m.group("name")
        words = name.split()
        if is_person(words[-1]) or any(w.lower() in NOT_NAME_WORDS for w in words) \
                or gazetteer.PLACE_RE.search(name) or name in US_STATE_NAMES:
            continue
        out.append((m.start("name"), m.end("name"), "the " + kind))
    for m in MEMBERS_RE.finditer(text) if any(w in text for w in MEMBERS) else ():
        name = m.group("name")
        if ADJECTIVE_RE.fullmatch(name) or gazetteer.PLACE_RE.search(name) \
                or any(w.lower() in NOT_NAME_WORDS for w in name.split()) or is_person(name.split()[-1]):
            continue
        out.append((m.start("name"), m.end("name"), "the group"))
    return out


__all__ = ["name_kinds"]
