"""Backing or dropping a person is no course of a body: "most are planning to support Clinton", "Ted Cruz said he
would back Trump", "I particularly want to commend Donald Trump", "urged voters to reject Donald J. Trump", "his plan to
catch Clinton", "said he would welcome Cruz". A campaign's own move (news decision of news-s13: endorsing or backing a
candidate is no option), told of a person the text names as a person (an actor of kind person, or him/her). A course
on a body, a country, a bill or a person's act stays: "back Gambia's case at the ICJ", "support Ukraine", "support
Garland's nomination", "reinstate the teacher", "impeach Loretta Lynch"."""
from __future__ import annotations

import re
from typing import Protocol

BACKING_RE = re.compile(r"^(?:support|back|endorse|commend|welcome|catch|reject|dump|abandon|ditch|desert|embrace|"
                        r"root\s+for|(?:rally|line\s+up|stand|get|unite|coalesce)\s+(?:behind|around))\s+"
                        r"(?:(?P<pron>him|her)|(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Senator|Governor|President)\.?\s+)?"
                        r"(?P<who>(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3}))"
                        r"(?:[’']s\s+(?:candidacy|campaign|bid|presidential\s+bid))?\s*$", re.I)


class Names(Protocol):
    names: list[tuple[str, str]]  # (alias lower-cased, actor name), as options.attribute.Holders keeps them
    person_names: frozenset[str]


def backs_a_person(summary: str, holders: Names) -> bool:
    """Whether the summary is backing or dropping a person the text names ("Support Clinton", "Commend him")."""
    m = BACKING_RE.match(summary)
    if m is None:
        return False
    if m.group("pron"):
        return True
    who = m.group("who").lower()
    name = next((actor for alias, actor in holders.names if alias == who), None)
    return name is not None and name in holders.person_names
