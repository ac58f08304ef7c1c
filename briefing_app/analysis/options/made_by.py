"""Who made the proposal a course takes up: "He must accept the invitation issued by the Guardian, Telegraph and
YouTube", "The council should adopt the plan drawn up by residents", "Ministers should heed the call by doctors for a
sugar tax", "The government should accept the union's offer", "Ministers should reject the mayor's plan to close the
library". Its makers want it taken up: they support accepting, adopting or heeding it and oppose rejecting it.

Only when the course's verb takes up or turns down the proposal (TAKE_UP, TURN_DOWN) and its object is a proposal
noun (PROPOSALS) whose maker is named right there (a possessive, or "by" / "from" after the noun or its participle);
makers are actors the text names or words that name a holder, each a position of its own ("the Guardian, Telegraph and
YouTube": three).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.analysis.options.doers import AGENT_NOUNS, AGENTIVE_RE, NOT_AGENTIVE, PEOPLE_NOUNS
from briefing_app.core.model import Option, Position

TAKE_UP = frozenset("accept adopt heed back support implement approve endorse welcome follow embrace enact "
                    "honour honor pass ratify sign".split())
TURN_DOWN = frozenset("reject refuse ignore block oppose scrap drop resist dismiss rebuff spurn veto shelve ditch "
                      "abandon turn".split())
PROPOSALS = (r"(?:invitation|offer|proposal|plan|call|demand|request|appeal|recommendation|bid|scheme|suggestion|"
             r"initiative|ultimatum|compromise|deal|blueprint|motion|petition|bill|amendment|resolution|treaty|"
             r"agreement|accord|settlement)s?")
_MAKER = (r"(?P<who>(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*(?:(?:,\s+|\s+and\s+)(?:the\s+)?[A-Z][\w’'.&-]*"
          r"(?:\s+[A-Z][\w’'.&-]*)*)*|(?:the\s+)?[a-z]+s\b|the\s+[a-z]+\b)")
# "accept the invitation issued by X", "heed the call by doctors", "accept the offer from the union"
MADE_BY_RE = re.compile(r"(?:up\s+|down\s+)?(?:the|this|that|an?)\s+(?:[\w-]+\s+)?" + PROPOSALS +
                        r"\s+(?:(?:issued|made|drawn\s+up|put\s+forward|tabled|sent|extended|laid\s+out|set\s+out|"
                        r"floated|offered|proposed|submitted|sponsored|drafted|introduced|brokered|negotiated)\s+)?(?:by|from)\s+"
                        + _MAKER)
# "accept the union's offer", "reject the mayor's plan to close the library"
OWNED_RE = re.compile(r"(?:up\s+|down\s+)?(?:the\s+(?=[A-Z]))?(?P<who>(?:the\s+)?(?:[A-Z][\w.&-]*|[a-z]+)(?:\s+[A-Z][\w.&-]*)*)[’']s?\s+"
                      r"(?:[\w-]+\s+)?" + PROPOSALS + r"\b")
SPLIT_RE = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
# a "by" that dates the course, not its maker ("accept the offer by Friday")
TIMES = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
                  "august september october november december christmas easter spring summer autumn winter".split())


def _people(noun: str) -> bool:
    """A lower-case maker that names people or a body ("the union", "residents"), not a time or a thing."""
    return noun in AGENT_NOUNS or noun in PEOPLE_NOUNS or noun in MAKER_NOUNS or \
        AGENTIVE_RE.search(noun) is not None and noun not in NOT_AGENTIVE


MAKER_NOUNS = frozenset("mayor governor president premier chancellor employer owner owners landlord landlords bosses "
                        "management opposition rebels regime residents".split())


def made_by(summary: str, option: Option, named: Callable[[str, int], str | None], at: int) -> None:
    """Positions of the proposal's makers on a course taking it up or turning it down (see the module's docstring);
    `named(phrase, at)` is the actor a phrase in the sentence at `at` names, or None."""
    verb, _, rest = summary.partition(" ")
    verb = verb.lower()
    if verb not in TAKE_UP and verb not in TURN_DOWN or not rest:
        return
    m = MADE_BY_RE.match(rest) or OWNED_RE.match(rest)
    if m is None:
        return
    stance = "support" if verb in TAKE_UP else "oppose"
    have = {p.actor for p in option.positions}
    for part in SPLIT_RE.split(m.group("who")):
        part = part.strip()
        last = part.split()[-1]
        if last.lower() in TIMES or last.islower() and not _people(last):
            continue  # "by Friday", "by the end of the year"
        actor = named(part, at)
        if actor is not None and actor not in have:
            option.positions.append(Position(actor, stance, option.start, option.end))
            have.add(actor)
