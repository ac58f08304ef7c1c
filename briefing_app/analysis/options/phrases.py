"""An option's action phrase: where it ends, whether it names a concrete action, and its summary."""
from __future__ import annotations

import re

from briefing_app.analysis.options.lexicon import (
    CLAUSE_CUT_RE,
    DO_VAGUE_RE,
    FUNCTION_WORDS,
    NOT_ACTION,
    NUMBER_RE,
    SINGLE_VERBS,
    TIME_WORDS,
    VAGUE_WORDS,
)

MAX_WORDS = 16
CONJUNCT_RE = re.compile(r",\s*(?:and\s+)?|\s+and\s+(?=\w+\s)")
WORD_RE = re.compile(r"[\w’'-]+")
LEAD_RE = re.compile(r"^(?:to\s+|be\s+(?=\w+ing\b)|at\s+(?:a\s+)?minimum\s+|at\s+the\s+very\s+least\s+|at\s+least\s+|"
                     r"also\s+|now\s+|urgently\s+|immediately\s+|seriously\s+|finally\s+|instead\s+|then\s+|simply\s+|"
                     r"quickly\s+|swiftly\s+|first\s+|once\s+again\s+|again\s+)+", re.I)
TRAIL_RE = re.compile(r"(?:[\s,”\"’')-]+|\s+(?:and|or|but|to|of|the|a|an|in|on|at|for|with|by|as|that|its|their|our|his|"
                      r"her|so|too|also|now|again|either|first|soon|immediately|quickly)\b)+$", re.I)
IRREGULAR = {"held": "hold", "given": "give", "made": "make", "taken": "take", "brought": "bring", "sent": "send",
             "kept": "keep", "put": "put", "cut": "cut", "set": "set", "done": "do", "shown": "show", "told": "tell",
             "paid": "pay", "laid": "lay", "sold": "sell", "built": "build", "spent": "spend", "met": "meet",
             "led": "lead", "left": "leave", "found": "find", "struck": "strike", "thrown": "throw", "driven": "drive",
             "withdrawn": "withdraw", "forgiven": "forgive", "frozen": "freeze", "shut": "shut", "won": "win",
             "lost": "lose", "sought": "seek", "bought": "buy", "fought": "fight", "written": "write", "seen": "see",
             "heard": "hear", "known": "know", "ignored": "ignore", "restored": "restore", "explored": "explore", "chosen": "choose", "broken": "break", "forgotten": "forget"}


def action_end(text: str, start: int, limit: int) -> int:
    """Where the action phrase starting at `start` ends: the clause boundary, or `limit`."""
    m = CLAUSE_CUT_RE.search(text, start + 1, limit)
    return m.start() if m else limit


def is_concrete(phrase: str) -> bool:
    """A course of action someone can take: not a thought, a state or a wish without an object."""
    raw = WORD_RE.findall(CONJUNCT_RE.split(phrase, 1)[0])
    while len(raw) > 1 and raw[0].lower().endswith("ly") and raw[0].lower() not in ("apply", "supply", "rally"):
        raw = raw[1:]  # "mostly try to ...": the verb after the adverb decides
    words = [w.lower() for w in raw]
    if not words:
        return False
    verb = words[0]
    if verb in NOT_ACTION or verb in FUNCTION_WORDS or DO_VAGUE_RE.match(phrase) or (
            verb.endswith("ing") and base_form(verb) in NOT_ACTION):  # "be feeling the pressure"
        return False
    # names only say whose war or which peace: "end the Russia-Ukraine war soon" is still a wish
    rest = [w for w, r in zip(words[1:], raw[1:])
            if w not in FUNCTION_WORDS and w not in TIME_WORDS and not r[:1].isupper() and not NUMBER_RE.match(w)]
    if not rest and any(r[:1].isupper() for r in raw[1:]):
        return True  # "recognise Palestine", "sanction Gazprom": a named target is concrete
    if not rest:  # "phase it out", "scrap them": a real verb on something named before
        return verb in SINGLE_VERBS or (len(words) > 1 and words[1] in ("it", "them", "these", "those"))
    return not all(w in VAGUE_WORDS for w in rest)


E_STEM_RE = re.compile(r"(?:[aeiou][scgzv]|[^aeiou][aeiou]k|(?<![eo])at|ir|(?<![aeiou])ut|u|r[cgsv]|lv|dg|[ae]ng|nc|ys|[bdgkpt]l)$")


def base_form(word: str) -> str:
    """The bare verb of a participle or gerund ("imposed" -> "impose", "appeasing" -> "appease")."""
    low = word.lower()
    if low in IRREGULAR:
        return IRREGULAR[low]
    for suffix in ("ing", "ed"):
        if low.endswith(suffix) and len(low) > len(suffix) + 1:
            stem = low[: -len(suffix)]
            if suffix == "ed" and stem.endswith("i"):
                return stem[:-1] + "y"
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lszaeiou":
                return stem[:-1]
            if E_STEM_RE.search(stem) and not stem.endswith("ss"):
                return stem + "e"
            return stem
    return low


def summary(phrase: str, *, verb_first: bool = True) -> str:
    """A short imperative summary: hedges and trailing function words trimmed, capitalised."""
    s = " ".join(phrase.split())
    s = LEAD_RE.sub("", s)
    words = s.split(" ")
    if len(words) > MAX_WORDS:
        s = " ".join(words[:MAX_WORDS])
    s = TRAIL_RE.sub("", s)
    if verb_first and s:
        first, _, rest = s.partition(" ")
        if first.lower().endswith("ing"):
            s = (base_form(first) + " " + rest).strip()
    return s[:1].upper() + s[1:]
