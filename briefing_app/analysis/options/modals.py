"""Options stated with a modal: "Washington should impose ...", "Iran must not be allowed to ...",
"we cannot afford to ...", "This does not mean Seoul should abandon X" (X kept)."""
from __future__ import annotations

import re

from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.lexicon import ABANDON_VERBS, BAD_AGENTS, MODAL_RE, WRAPPER_RE
from briefing_app.analysis.options.phrases import IRREGULAR, action_end, base_form, is_concrete, summary

SUBJECT_START_RE = re.compile(r"(?:[,;:—–(]|\bthat\b|\band\b|\bbut\b|\bor\b|\bso\b|\bwhy\b|\bthen\b)\s*", re.I)
PARTICIPLE_RE = re.compile(r"^be\s+(?P<part>\w+(?:ed|en)|" + "|".join(IRREGULAR) + r")\b\s*(?P<rest>.*)$", re.I | re.S)
GIVEN_TO_RE = re.compile(r"^(?:serious\s+|careful\s+|urgent\s+)?(?:consideration|thought|priority|attention)$", re.I)
PRONOUNS = frozenset("he she they we it this that them him her us".split())
WORD_RE = re.compile(r"[\w’'-]+")


def subject_of(text: str, sent_start: int, at: int) -> str:
    """The words before a modal back to the clause start: its grammatical subject, roughly."""
    last = sent_start
    for m in SUBJECT_START_RE.finditer(text, sent_start, at):
        last = m.end()
    words = text[last:at].split()
    return " ".join(words[-8:])


def modal_hits(text: str, s: int, e: int) -> list[Hit]:
    out: list[Hit] = []
    for m in MODAL_RE.finditer(text, s, e):
        subj = subject_of(text, s, m.start())
        words = WORD_RE.findall(subj.lower())
        head = words[-1] if words else ""
        if head in BAD_AGENTS - {"there"} or not words:
            continue
        vstart = m.end()
        vend = action_end(text, vstart, e)
        vp = text[vstart:vend]
        neg = bool(m.group("neg") or m.group("neg0"))
        afford = "afford" in m.group("modal").lower()
        stance = "oppose" if neg != afford else "support"
        hit = _shape(subj, head, vp, stance, text[s:m.start()])
        if hit is None:
            continue
        stance, summ = hit
        out.append(Hit(stance, vstart, vend, summ, m.start(), author=head in ("we", "i")))
    return out


def _shape(subj: str, head: str, vp: str, stance: str, before: str) -> tuple[str, str] | None:
    """(stance, summary) of a modal's verb phrase, or None when it is no course of action."""
    first = vp.split(" ", 1)[0].lower()
    if head == "there":
        if first != "be":
            return None
        np = vp.split(" ", 1)[1] if " " in vp else ""
        return (stance, summary(np, verb_first=False)) if is_concrete("hold " + np) else None
    if first == "be":
        p = PARTICIPLE_RE.match(vp)
        if p is None or head in PRONOUNS:
            return None
        part, rest = base_form(p.group("part")), p.group("rest").strip()
        if part == "give" and rest.lower().startswith("to ") and GIVEN_TO_RE.match(subj.strip()):
            phrase = rest[3:]
            return (stance, summary(phrase, verb_first=False)) if is_concrete("give " + phrase) else None
        np = re.sub(r"^(?:the\s+)?(?:[Tt]hese|[Tt]hose|[Ss]uch)\b", "the", subj.strip())
        phrase = f"{part} {np} {rest}".strip()
        return (stance, summary(phrase)) if is_concrete(phrase) else None
    if first == "include":
        np = vp.split(" ", 1)[1] if " " in vp else ""
        return (stance, summary(np, verb_first=False)) if is_concrete("include " + np) else None
    if WRAPPER_RE.search(before):
        if first in ABANDON_VERBS and stance == "support":
            obj = re.sub(r"^\w+\s+(?:up\s+|on\s+|off\s+|with\s+)?", "", vp)
            return ("support", summary("keep " + obj)) if is_concrete("keep " + obj) else None
        stance = "neutral"
    return (stance, summary(vp)) if is_concrete(vp) else None
