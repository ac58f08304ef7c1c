"""The author's own call on what a holder asks for a named person, in other words: "Sasser said he hopes the school
district will reinstate Tutka. [...] The Phillipsburg School District should rehire Walt." (the author backs the
reinstatement), "Activists want Rahimi freed. [...] Tehran should release Nasrin Rahimi now.", "The union wants Hale
sacked. [...] The board must not dismiss Hale." (the author opposes).

The two summaries' verbs are of one course (COURSES), their objects name the same person (the same word, or a first
name and a family name the text writes together: "Walt" and "Tutka" of "Walt Tutka"), the author's call comes after the
holder's, is the author's own (no holder, no quotation or verb of saying in its sentence), and the author's calls on
that person all take one side.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.core.model import Option

# verbs that name one course done to a person
COURSES = tuple(frozenset(group.split()) for group in (
    "rehire reinstate re-employ reemploy reappoint",
    "free release",
    "fire sack dismiss oust",
    "prosecute charge indict",
    "deport expel extradite",
    "pardon exonerate",
))
NAME_RE = re.compile(r"\b[A-Z][a-z][\w’'-]*")


def _course(summary: str) -> frozenset[str] | None:
    verb = summary.split(" ", 1)[0].lower()
    return next((group for group in COURSES if verb in group), None)


def _names(summary: str) -> set[str]:
    return set(NAME_RE.findall(summary, summary.find(" ") + 1)) if " " in summary else set()


def _same_person(text: str, ours: set[str], theirs: set[str]) -> bool:
    return bool(ours & theirs) or any(f"{a} {b}" in text or f"{b} {a}" in text for a in ours for b in theirs)


def same_person_course(text: str, option: Option, options: list[Option], voiced: Callable[[Option], bool]) -> str | None:
    """The author's side on a reported course done to a named person, from the author's own later call on that person
    by a verb of the same course (see the module's docstring); None when there is none or they disagree."""
    group = _course(option.summary)
    names = _names(option.summary) if group is not None else set()
    if not names:
        return None
    sides = set()
    for other in options:
        if other is option or other.positions or other.stance not in ("support", "oppose") or other.start < option.end:
            continue
        if _course(other.summary) is not group or not _same_person(text, names, _names(other.summary)) or voiced(other):
            continue
        sides.add(other.stance)
    return sides.pop() if len(sides) == 1 else None

