"""Options argued with the modal before its subject: "Nor should the central bank print money" and
"Under no circumstances should the government extradite him" (opposed), "Only when the courts are
independent should Brussels release the money" (conditional)."""
from __future__ import annotations

import re

from briefing_app.analysis.options.action_hits import vp_hit
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.keys import holds_any, keys
from briefing_app.analysis.options.lexicon import BAD_AGENTS, lowered
from briefing_app.analysis.options.questions import verb_start

# (at any word's start: its "^" alternative, meant for the sentence's start, matched only at the text's start, so a
# sentence opening "Nor should the government ..." after another gave nothing)
NEGATED_RE = re.compile(r"(?<![\w’'-])(?:[Nn]or|[Nn]either|[Uu]nder\s+no\s+circumstances|[Ii]n\s+no\s+case|"
                        r"[Oo]n\s+no\s+account|[Aa]t\s+no\s+(?:point|time))\s+(?:should|must|can|could|will|ought)\s+"
                        r"(?P<subj>(?:the\s+|its\s+|their\s+)?[\w.’'-]+)")
# a preposition right after the word read as the subject: that word was the verb ("Neither will appear in ...")
AFTER_VERB_RE = re.compile(r"\s+(?:in|on|at|to|for|with|from|by|of|into|as|about)\b")
ONLY_WHEN_RE = re.compile(r"\s*(?:(?:But|And)\s+)?Only\s+(?:when|if|after|once)\b[^,;:?]{3,120}?\s(?:should|must|"
                          r"can|will)\s+(?P<subj>(?:the\s+|its\s+|their\s+)?[\w.’'-]+)")

KEYS = keys("nor ", "neither ", "no circumstances", "no case", "no account", "at no ", "only ")


def inverted_hits(text: str, s: int, e: int) -> list[Hit]:
    """The options of text[s:e] whose modal comes before the subject."""
    low = lowered(text, s, e)
    if not holds_any(low, KEYS):
        return []
    out: list[Hit] = []
    for rx, stance in ((NEGATED_RE, "oppose"), (ONLY_WHEN_RE, "conditional")):
        m = rx.match(text, s, e) if rx is ONLY_WHEN_RE else rx.search(text, s, e)
        if m is None or m.group("subj").lower() in BAD_AGENTS | {"he", "she", "they", "we", "i", "you"}:
            continue  # "Nor should we forget ...", "nor can it": a person or a pronoun, read by the modal rules
        if rx is NEGATED_RE and AFTER_VERB_RE.match(text, m.end(), e):
            continue  # "Neither will appear in either debate": "Neither" the subject, the word after the modal its verb
        start = _verb(text, m.start("subj"), e)
        if start is None:
            continue  # no verb found after the subject
        hit = vp_hit(text, start, e, stance, m.start())
        if hit is not None:
            out.append(hit)
    return out


DETERMINERS = frozenset("the its their his her our this that these those a an".split())


def _verb(text: str, at: int, e: int) -> int | None:
    """Where the verb after the subject starting at `at` starts: as for a question's subject, but a bare
    noun before "to" is the verb's object ("the central bank print money to cover ...": "print")."""
    start = verb_start(text, at, e)
    if start == at:
        return None
    before = [w for w in text[at:start].split() if w.lower() not in DETERMINERS]
    if len(before) >= 2 and re.match(r"[\w’'-]+\s+to\s", text[start:e]):
        return text.rindex(before[-1], at, start)
    return start
