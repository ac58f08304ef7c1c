"""Family names for the actor table: a name's family name, the titles that stand before one alone, whether
a word can be one, and whether two are one misspelt.
"""
from __future__ import annotations

import functools
import re

from briefing_app.analysis import gazetteer
from briefing_app.analysis.given_names import sex_of
from briefing_app.analysis.names import STOP, STOP_SURNAMES, NameHit, name_hits, norm
from briefing_app.analysis.roles import US_STATE_NAMES

SURNAME_PARTICLES = frozenset("van von de der den ter du da la le del".split())  # (not "Al Gore")


SUFFIXES = frozenset("Jr Jr. Sr Sr. II III IV".split())


def family(toks: list[str]) -> str:
    """The family name of a name's words: the last, or the one before a suffix ("Robert F. Kennedy Jr.")."""
    family = toks[-2] if len(toks) >= 2 and toks[-1] in SUFFIXES else toks[-1]
    return family[3:] if family[:3] in ("al-", "el-") and len(family) > 4 else family  # ("al-Burhan" ... "Burhan")


def opens_sentence(text: str, word: str | None, floor: int, pos: int) -> bool:
    """Is the 'employer' before a title one word that opens the sentence (capitalised only for that)?"""
    if not word or " " in word:
        return False
    at = text.rfind(word + " ", floor, pos)
    return at != -1 and (at == floor or text[max(floor, at - 2):at] in (". ", "? ", "! ") or text[at - 1:at] in "\"“")


@functools.lru_cache(maxsize=1024)
def mention_hits(mention: str) -> tuple[NameHit, ...]:
    """Name hits of a speaker mention (mentions repeat: "Mr. Trump", "he")."""
    return tuple(name_hits(mention))


# titles that stand before a family name alone ("President Trump", "Mr. Obama", "Vice President Vance"), not "Chief",
# "Secretary", "Director" ("Director Fan Group"), nor a rank that names units ("General Motors")
SURNAME_TITLES = frozenset("mr mrs ms dr president senator sen rep gov governor mayor chancellor judge justice "
                           "congressman congresswoman president-elect".split())


SURNAME_RE = re.compile(r"(?:Mc|Mac|O['’]|D['’])?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?")  # ("López")


def lone_surname(name: str) -> bool:
    """A word that can be a family name: capitalised, not all capitals, no place or body the gazetteer knows, no stop
    word but the few that are family names after a title ("Mrs. May": names.STOP_SURNAMES)."""
    key = norm(name)
    return SURNAME_RE.fullmatch(name) is not None and (key not in STOP or key in STOP_SURNAMES) \
        and gazetteer.lookup(name) is None


def inner_holder(words: list[str], names: list[str]) -> str | None:
    """The one name that holds `words` somewhere before its end ("Xi" of Xi Jinping, "Acosta" of Melba Acosta Febo,
    "Tedros" of Tedros Adhanom Ghebreyesus: a family name written first, or the first of two); None when a name ends
    with them (the family-name rules' case: "Mr. Lee" with Robert Lee) or two names hold them."""
    n = len(words)
    found = None
    for name in names:
        toks = name.split()
        if words[-1] not in toks:
            continue
        if toks[-n:] == words:
            return None
        if any(toks[i:i + n] == words and not (i and n == 1 and sex_of(words[0]) and sex_of(toks[i - 1]))
               for i in range(len(toks) - n)):  # (not "Ms. Marie" of Anne Marie Smith: a second given name)
            if found is not None:
                return None
            found = name
    return found


def names_place(desc: str) -> bool:
    """Does a description name a US state or a country before its head ("North Carolina senator", "Russian minister")?"""
    words = desc.split()[:-1]
    return any(" ".join(words[i:i + n]) in US_STATE_NAMES or (hit := gazetteer.lookup(" ".join(words[i:i + n]))) is not None
               and hit[1] == "country" for i in range(len(words)) for n in (1, 2) if words[i][:1].isupper())


def particles_only(name: str) -> bool:
    """'Van den Heuvel', 'De Gaulle': a family name with its particles, no given name."""
    if name[:name.find(" ")].lower() not in SURNAME_PARTICLES:
        return False  # (most names: their first word is no particle)
    return all(w.lower() in SURNAME_PARTICLES for w in name.split()[:-1])


def edit1(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] or a[i + 1:] == b[i:] or a[i:] == b[i + 1:]
