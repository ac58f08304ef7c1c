"""Where a content clause inside a sentence's subject ends: "The union's argument that wages were too low | persuaded
the panel", "Claims by critics that the council should raise taxes | were disputed". The noun of speech and its "that"
clause are the subject; the sentence's own verb follows the clause. Read by the reported-speech nouns (the content's
end) and the options (the course's end)."""
from __future__ import annotations

import re

# the finite verbs read: an auxiliary or modal, a regular past, a few irregular pasts
AUX = frozenset("is are was were has have had will would shall should must can could may might did does do".split())
PAST = frozenset("""won lost drew made became led left met ran rang brought struck found got went came hid knew took gave
    stole broke wrote spoke told sold paid spent kept held sent built bought fought thought taught caught began grew
    threw drove rose fell chose froze shook""".split())
# a word that opens a clause of its own inside the content: the verb after it may be that clause's, so no cut
CLAUSE_WORDS = frozenset("that which who whom whose and or but because if when while although though since unless "
                         "where as".split())
WORD_RE = re.compile(r"[A-Za-z’'-]+")
# a sentence that opens with a noun of speech or of a course and its "that": "The union's argument that", "Claims by
# critics that", "The mayor's proposal that", "Her insistence that"
SUBJECT_NOUN_RE = re.compile(r"[\s\"“‘'(]*(?:(?:But|And|Yet)\s+)?(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|"
                             r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}[’']s?)\s+)?(?:[\w’'-]+\s+){0,3}?"
                             r"(?i:claims?|arguments?|assertions?|allegations?|contentions?|suggestions?|proposals?|demands?|"
                             r"insistence|beliefs?|views?|notions?|ideas?|warnings?|predictions?|reports?|recommendations?)"
                             r"(?:\s+by\s+[^,;:]{1,60}?)?\s+that\s*$")


def opens_subject(text: str, start: int, at: int) -> bool:
    """Whether text[start:at] (a sentence up to a content clause at `at`) is a noun of speech or of a course opening the
    sentence with its "that": the clause from `at` is inside the sentence's subject."""
    return SUBJECT_NOUN_RE.fullmatch(text, start, at) is not None


def _verb(word: str) -> bool:
    return word in AUX or word in PAST or len(word) > 4 and word.endswith("ed")


def content_end(text: str, start: int, end: int) -> int | None:
    """Where the sentence's own verb starts after a subject's content clause text[start:end] (its own verb first),
    or None: fewer than two verb groups, or a clause word between the first and the last (the last verb may be that
    clause's: "that wages were low and that prices had risen"). A verb group is an auxiliary with the auxiliaries and
    participle after it ("had been cut", "were disputed"), or a past verb ("meddled", "persuaded")."""
    groups: list[int] = []  # where each verb group starts
    clause_after_first = False
    last_aux = False
    for m in WORD_RE.finditer(text, start, end):
        word = m.group(0).lower()
        if _verb(word):
            if not last_aux:  # (a participle after an auxiliary is its group's: "had won", "were disputed")
                groups.append(m.start())
            last_aux = word in AUX
            continue
        last_aux = False
        if groups and word in CLAUSE_WORDS:
            clause_after_first = True
    if len(groups) < 2 or clause_after_first:
        return None
    at = groups[-1]
    while at > start and text[at - 1] in " \t,":
        at -= 1
    return at


def verb_after_infinitive(text: str, start: int, end: int) -> int:
    """Where the sentence's own verb starts after an owner's noun and its infinitive at `start` ("Brussels' plan to | cut
    farm subsidies | drew criticism"): the first finite verb after the infinitive's own verb; `end` when none."""
    first = True
    for m in WORD_RE.finditer(text, start, end):
        word = m.group(0).lower()
        if first:
            first = False  # the infinitive's own verb ("cut")
            continue
        if word in CLAUSE_WORDS:
            return end  # "to cut subsidies that were paid": a clause of its own, its verb may be the clause's
        if _verb(word):
            at = m.start()
            while at > start and text[at - 1] in " \t,":
                at -= 1
            return at
    return end
