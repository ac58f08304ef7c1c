"""A verdict word that others pronounce: "The senator wants to extend the curfew, which critics call reckless", "a move
opponents describe as draconian", "which rights groups branded a disaster", "a proposal unions denounced as cruel". The
word follows a verb of naming or judging whose subject is someone else, so it tells what they think, not the author:
news reports word it so all the time. "which I would call reckless" stays the author's.
"""
from __future__ import annotations

import re

ASCRIBED_RE = re.compile(
    r"\b(?:call(?:s|ed|ing)?(?!\s+for\b)|describ(?:e|es|ed|ing)\s+(?:it\s+|them\s+)?as|brand(?:s|ed|ing)?|"
    r"(?:denounc|condemn|decr|slamm?|criticis|criticiz|attack|dismiss|prais|hail|welcom|regard|see|saw|view|"
    r"characteris|characteriz)\w*\s+(?:it\s+|them\s+|the\s+\w+\s+)?as|label(?:s|led|ed)?|dub(?:s|bed)?|deem(?:s|ed)?|"
    r"(?:say|says|said|argue|argues|argued|claim|claims|claimed|warn|warns|warned|insist|insists|insisted)\s+"
    r"(?:that\s+)?(?:it\s+|this\s+|the\s+\w+\s+)?(?:is|was|would\s+be|will\s+be|could\s+be))\s+(?:[\w-]+\s+){0,3}$")
# the author naming it ("which I would call reckless", "what we can only describe as cruel") or endorsing the name
# ("which critics rightly call reckless")
FIRST_PERSON_RE = re.compile(r"\b(?:I|we)\s+(?:\w+\s+){0,2}$|\b(?:rightly|correctly|justly|accurately|fairly)\s+(?:\w+\s+)?$")
REACH = 90  # characters back from the verdict word
CLAUSE_STOP = ".;:!?\n"


def ascribed(text: str, start: int, at: int) -> bool:
    """Is the verdict word at `at` (in a sentence opening at `start`) someone else's naming of the course (ASCRIBED_RE)?"""
    lo = max(start, at - REACH)
    stop = max(text.rfind(c, lo, at) for c in CLAUSE_STOP)
    lo = max(lo, stop + 1)
    m = ASCRIBED_RE.search(text, lo, at)
    return m is not None and FIRST_PERSON_RE.search(text, lo, m.start()) is None


# "which critics rightly call reckless": the author's adverb endorses the name others give the course (the name is the
# verdict), no praise of the course itself
ENDORSED_NAMING_RE = re.compile(r"(?:rightly|correctly|justly|accurately|fairly)\s+(?:call(?:s|ed)?|describ(?:e|es|ed)|brand(?:s|ed)?|"
                                r"label(?:s|led|ed)?|dub(?:s|bed)?|deem(?:s|ed)?|see|sees|saw|regard(?:s|ed)?|view(?:s|ed)?|"
                                r"denounc(?:e|es|ed)|condemn(?:s|ed)?|criticis(?:e|es|ed)|criticiz(?:e|es|ed))\b", re.I)


def endorses_naming(text: str, at: int) -> bool:
    """Is the verdict word at `at` ("rightly") the author's endorsement of a name others give ("rightly call reckless")?"""
    return ENDORSED_NAMING_RE.match(text, at) is not None
