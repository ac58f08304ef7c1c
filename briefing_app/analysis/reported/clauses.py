"""Where the content of a speech verb starts: past the recipient of "told" (TELL_RE), manner
phrases ("on Sunday", "in a statement": MANNER_RE), a far "that", and whether what follows
looks like a clause when there is no "that" (CLAUSE_START_RE)."""
from __future__ import annotations

import re

DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)"
MANNER_RE = re.compile(
    r"(?:\s+(?:on\s+|late\s+|early\s+)?" + DAYS + r"(?:\s+(?:night|morning|afternoon|evening))?"
    r"|\s+(?:in|on|during)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|speech|"
    r"letter|post|tweet|op-ed|call|briefing|conference|appearance|release|email|report|hearing|rally|debate)"
    r"(?:\s+(?:on|with|to)\s+(?:[A-Z][\w’'.-]*\s*)+)?"
    r"|\s+at\s+the\s+time|\s+on\s+(?:Twitter|Facebook|X|Instagram)|\s+(?:last|this|next)\s+(?:week|month|year|night|\w+day)"
    r"|\s+(?:repeatedly|publicly|privately|again|later|earlier|recently|previously|often|also|separately|flatly))*"
)
TELL_RE = re.compile(r"\s+(?:(?:[A-Z][\w’'.&-]*(?:’s|'s)\s+)?[“\"][^”\"\n]{1,60}[”\"]|(?:the\s+|a\s+)?(?:[A-Z][\w’'.&-]*(?:’s|'s)?\s+(?:(?!that\b)[\w-]+\s+){0,2}?[A-Z][\w.&-]*|[A-Z][\w.&-]*|"
                     r"reporters|him|her|them|us|me|lawmakers|supporters|the crowd|the audience|[a-z]+))"
                     r"(?:\s+of\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})?")  # "The Star-Ledger of Newark"
THAT_RE = re.compile(r",?\s*(?:that\s+)?")
# a complement without "that" must look like a clause: subject, then a finite verb within a few words
CLAUSE_START_RE = re.compile(
    r"(?!(?:at|in|on|after|before|when|while|during|of|for|with|by|from|about|referring|"
    r"referencing|through|to|as|into|over|under)\b)"
    r"(?:(?:he|she|they|we|I|you|it|there)(?:[’'](?:re|s|ll|d|ve|m))?\s+(?:\w+\s+){0,2}?[a-z]{2,}"
    r"|(?:[\w’'.$%,-]+\s+){0,10}?[\w’'.$%,-]+(?=\s+[“\"«„•])"
    r"|(?:[\w’'.$%,-]+\s+){0,11}?(?:is|are|was|were|will|would|could|should|can|has|have|had|does|did|do|may|"
    r"might|must|\w+n[’']t|[a-z]+ed|(?<!\bof )(?<!\bfor )(?<!\band )(?<!\bthe )(?<!\ban )(?<!\ba )[a-z]{3,}(?<!ss)s|saw|knew|thought|found|got|made|took|gave|came|went|felt|"
    r"kept|left|lost|won|ran|told|said|put|set|let|meant|became|began|brought|bought|built|held|led|paid|"
    r"sent|spent|stood|understood|wrote|grew|threw|drew|fell|sold|heard|hit|cut|hurt|quit))\b"
)
FAR_THAT_RE = re.compile(r"\s*(?:[^\s.;:!?“”\"•]+\s+){1,10}?(?P<that>that\s)(?!is\b|was\b|would\b|will\b|has\b|had\b)")
