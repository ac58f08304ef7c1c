"""Author bios: "The author is CEO of X and Kissinger Chair at Y (Z)." -> the titles and the last
organisation (its acronym when the text gives one)."""
from __future__ import annotations

import re

from briefing_app.analysis.role_phrase import DETERMINER_RE, describe, last_role
from briefing_app.analysis.roles import Role

BIO_RE = re.compile(r"(?:The (?:author|writer)|(?:[A-Z][\w.-]*\s+){1,3}[A-Z][\w.-]*) (?:is|was|serves as) (?P<d>[^\n]{5,300}?)\.?$")


def split_roles(d: str) -> list[str]:
    """'CEO of X and Kissinger Chair at the Center for Strategic and International Studies':
    split at an 'and' only when what follows starts a new role."""
    parts: list[str] = []
    rest = d
    while True:
        cut = None
        for m in re.finditer(r",?\s+and\s+(?=[A-Z]|(?:a|an|the)\s)", rest):
            nxt = rest[m.end():]
            head = re.split(r"\s+(?:of|at|with|in|for|to)\s+", nxt, maxsplit=1)[0]
            if last_role(head):
                cut = m
                break
        if cut is None:
            parts.append(rest)
            return parts
        parts.append(rest[:cut.start()])
        rest = rest[cut.end():]


def bio(line: str) -> Role:
    """'The author is CEO of X and Henry A. Kissinger Chair at Y (Z).': titles joined by '; ',
    the last organisation as the affiliation (its acronym when the text gives one)."""
    m = BIO_RE.match(line.strip())
    if not m:
        return Role()
    titles, aff = [], None
    for part in split_roles(m.group("d")):
        r = describe(part)
        if r.title is None:
            continue
        det = DETERMINER_RE.match(part.strip())
        part = part.strip()[det.end():] if det else part.strip()
        acr = re.search(r"(?:the\s+)?(?:[A-Z][\w.&-]*\s+(?:(?:for|of|and|on|the)\s+)*)+\((?P<acr>[A-Z][A-Za-z.&]{1,9})\)", part)
        titles.append(part[:acr.start()] + acr.group("acr") + part[acr.end():] if acr else part)
        if r.affiliation and not (aff and part.startswith("former ")):
            aff = r.affiliation  # (a present role's body before a former one's: "a professor at X and a former adviser to Y")
    return Role("; ".join(titles) or None, aff)


__all__ = ["bio", "split_roles"]
