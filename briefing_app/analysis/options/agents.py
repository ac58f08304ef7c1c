"""Whether the subject of a clause can act on a course of action: a name, "we", or a noun for
a body or a group ("the government", "donors"); not "it", "prices" or "one"."""
from __future__ import annotations

import re

from briefing_app.analysis.options.lexicon import BAD_AGENTS, PERSONAL_AGENTS
from briefing_app.analysis.options.modals import antecedent, subject_span

# whose recommendation it can be: a name, "we", or a noun for a body or a group that acts
AGENT_NOUNS = frozenset("""government governments council ministry ministers minister parliament congress administration
    union bank banks party parties board commission court courts regulator regulators cabinet senate assembly authorities
    leaders leadership alliance lawmakers legislators mps donors officials states countries nations community police army
    military president premier chancellor mayor city cities companies firms employers schools universities unions
    we europe west washington""".split())

QUANTIFIERS = frozenset("many some most few others several all both none".split())  # "Many want to ...": nobody in particular


def agent_before(text: str, s: int, at: int) -> bool:
    """The clause before `at` has a subject that can act: a name, "we", or a body or group."""
    words = antecedent(subject_span(text, s, at)[1]).split()  # ("Democrats who opposed the bill plan to": Democrats)
    if not words:
        return False
    head = re.sub(r"[’']s?$", "", words[-1].strip(",;:()"))
    if head.lower() in BAD_AGENTS or head.lower() in QUANTIFIERS or head.lower() in PERSONAL_AGENTS:
        return False  # "Investors would be wise to keep cash": advice to people, not a course for a body
    return head.lower() in AGENT_NOUNS or (head[:1].isupper() and head.lower() not in ("he", "she", "they"))
