"""Courses that name no act, read on a hit's summary whatever rule found it: a campaign slogan ("make America great
again", "make Britain strong again") and an effort with no content ("take bold action", "take the necessary
measures"). Convention v2: vague wishes and goals without an act are no options. Each stays a course when it names its
means, its target or its kind: "make America richer by abolishing most regulations", "make Mexico pay for the wall",
"take military action", "take decisive action against the cartels". (A turn of attention, "focus more on what is
important", is read on the action phrase: heads.vague_object.)"""
from __future__ import annotations

import re

# "make America great again", "make our country safe again", "make America 'win' again": praise of a place, no act;
# not "make America richer by abolishing most regulations" (a means), "make Mexico pay for the wall" (an act)
SLOGAN_RE = re.compile(r"^make\s+(?:(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?|(?:our|the|this)\s+(?:country|nation|city|state))\s+"
                       r"[‘'\"“]?(?:great|greater|strong|stronger|safe|safer|whole|proud|win|rich|wealthy|first|better|"
                       r"healthy|prosperous|united|free|work)(?:er)?[’'\"”]?(?:\s+again)?(?!\s+(?:by|through|with)\b)"
                       r"(?:\s*$|\s*[,;]|\s+(?:again|and|for\s+(?:everyone|all|us))\b)", re.I)
# "take bold action", "take the necessary measures": an effort, no act; a kind of action ("military", "legal",
# "executive", "disciplinary") or a target ("against the cartels", "to ban X", "on guns") makes it one
EFFORT_RE = re.compile(r"^take\s+(?:the\s+|some\s+|any\s+)?(?:(?:bold|decisive|swift|urgent|immediate|strong|stronger|real|"
                       r"meaningful|concrete|serious|tough|tougher|firm|firmer|quick|prompt|appropriate|necessary|further|"
                       r"additional|more|drastic|radical|dramatic|robust|effective|concerted|collective|"
                       r"every\s+possible|all\s+(?:the\s+)?necessary)\s+(?:and\s+\w+\s+)?)?(?:action|actions|measures|steps)"
                       r"(?!\s+(?:against|on|over|to|in|at|for|toward|towards|that|which|aimed|targeting|including)\b)", re.I)
HOLLOW_KEYS = ("make ", "take ")


def hollow(summary: str, low: str) -> bool:
    """Whether the hit's summary names no act (a slogan, an effort with no content); `low` is
    the lower-cased sentence (a cheap pre-check)."""
    if not any(k in low for k in HOLLOW_KEYS):
        return False
    head = summary[:5].lower()
    if head == "make " and SLOGAN_RE.match(summary):
        return True
    return head == "take " and EFFORT_RE.match(summary) is not None
