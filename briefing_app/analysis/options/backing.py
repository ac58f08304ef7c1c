"""Backing or dropping a person is no course of a body: "most are planning to support Clinton", "Ted Cruz said he
would back Trump", "I particularly want to commend Donald Trump", "urged voters to reject Donald J. Trump", "his plan to
catch Clinton", "said he would welcome Cruz". A campaign's own move (news decision of news-s13: endorsing or backing a
candidate is no option), told of a person the text names as a person (an actor of kind person, or him/her). A course
on a body, a country, a bill or a person's act stays: "back Gambia's case at the ICJ", "support Ukraine", "support
Garland's nomination", "reinstate the teacher", "impeach Loretta Lynch". So does a state's backing of a person abroad,
a course of foreign policy: "The United States should abandon Assad", "Washington should back Guaidó", "the West must
support Navalny" (the doer before the cue is a country or a government)."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Protocol

BACKING_RE = re.compile(r"^(?:support|back|endorse|commend|welcome|catch|reject|dump|abandon|ditch|desert|embrace|"
                        r"root\s+for|(?:rally|line\s+up|stand|get|unite|coalesce)\s+(?:behind|around))\s+"
                        r"(?:(?P<pron>him|her)|(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Senator|Governor|President)\.?\s+)?"
                        r"(?P<who>(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3}))"
                        r"(?:[’']s\s+(?:candidacy|campaign|bid|presidential\s+bid))?\s*$", re.I)


# a state as the doer: a government, an administration, the West, an alliance or union of states
STATE_DOER_RE = re.compile(r"\b(?:government|administration|[Tt]he\s+West|Western|NATO|EU|European\s+Union|UN|United\s+Nations|"
                           r"allies|Kremlin|White\s+House|State\s+Department|Foreign\s+Office)\b")


class Names(Protocol):
    names: list[tuple[str, str]]  # (alias lower-cased, actor name), as options.attribute.Holders keeps them
    person_names: frozenset[str]
    countries: list[int]  # where a country is named


def _state_doer(text: str, s: int, at: int, holders: Names) -> bool:
    """Whether the sentence text[s:...] names a country or a government before the cue at `at`."""
    i = bisect_left(holders.countries, s)
    return i < len(holders.countries) and holders.countries[i] < at or STATE_DOER_RE.search(text, s, at) is not None


def backs_a_person(summary: str, holders: Names, text: str, s: int, at: int) -> bool:
    """Whether the summary is backing or dropping a person the text names ("Support Clinton", "Commend him"), told of
    no state (the sentence begins at s, its cue at `at`)."""
    m = BACKING_RE.match(summary)
    if m is None or _state_doer(text, s, at, holders):
        return False
    if m.group("pron"):
        return True
    who = m.group("who").lower()
    name = next((actor for alias, actor in holders.names if alias == who), None)
    return name is not None and name in holders.person_names
