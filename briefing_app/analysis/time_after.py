"""Time phrases and settings after a cue or at the end of a subject: "said Monday", "said on Tuesday night",
"said in a telephone interview from Ohio," and "The Agriculture Department on Friday": when or where, not who.
"""
from __future__ import annotations

import re

TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday night morning afternoon evening
    yesterday today week month year""".split())
TIME_WORD_ENDS = frozenset("ygtnrkhY")  # the last letters of TIME_WORDS (day, night, morning, month, year, week)
TIME_LEADS = frozenset("on late early last this past later earlier the".split())
TIME_TAIL_RE = re.compile(r"[ \t\u00a0]+(?:(?:on|late|early|last|this|later|earlier)[ \t\u00a0]+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                          r"(?:[ \t\u00a0]+(?:night|morning|afternoon|evening))?|yesterday|today|week|month|year)$")
# a time phrase right after a cue ("said Monday", "said on Tuesday night", "said last week"): when, not who
TIME_AFTER = (r"[ \t\u00a0]+(?:(?:on|late|early)[ \t\u00a0]+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
              r"(?:[ \t\u00a0]+(?:night|morning|afternoon|evening))?|yesterday|today|tonight|"
              r"(?:last|this|earlier|later)[ \t\u00a0]+(?:week|month|year|morning|afternoon|evening|night))(?![\w’'-])")
TIME_AFTER_RE = re.compile(TIME_AFTER)


# and a setting before a comma: "said in a telephone interview from Ohio, “Q”", "said with a smile, adding"
SETTING_AFTER = (r"(?:" + TIME_AFTER + r")?(?:[ \t\u00a0]*\b(?:in|on|at|during|from|via|outside|aboard|over|after|before|"
                 r"with|to)[ \t\u00a0]+[^,;:.!?“”\"•\n]{1,80}?)?(?=[ \t\u00a0]*,)")
SETTING_AFTER_RE = re.compile(SETTING_AFTER)


def past_setting(masked: str, pos: int, limit: int) -> int:
    """Where a time phrase or a setting that runs to a comma ends (pos when there is none)."""
    m = SETTING_AFTER_RE.match(masked, pos, limit)
    return m.end() if m else past_time(masked, pos, limit)


def past_time(masked: str, pos: int, limit: int) -> int:
    """Where a time phrase at pos ends (pos when there is none): 'said Monday, “Q”' reads as 'said, “Q”'."""
    m = TIME_AFTER_RE.match(masked, pos, limit)
    return m.end() if m else pos
