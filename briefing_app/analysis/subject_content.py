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


# a sentence that opens with an owner and its noun (up to two modifiers between): "The union's (renewed) | call for",
# "Brussels' | plan to", "Their | calls for", "Lopez's | proposal to"
OWNER_OPENS_RE = re.compile(r"[\s\"“‘'(]*(?:(?:But|And|Yet)\s+)?(?:(?:(?:[Tt]he|[Tt]his|[Tt]hat)\s+)?(?:[\w.’'-]+\s+){0,3}?"
                            r"[\w.-]*\w(?:[’']s|(?<=s)[’'])|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z][\w-]*\s+){0,2}")


def owner_opens(text: str, start: int, at: int) -> bool:
    """Whether text[start:at] (a sentence up to a noun of position at `at`) is an owner opening the sentence: the noun
    and what it takes are the sentence's subject, its own verb follows them."""
    return OWNER_OPENS_RE.fullmatch(text, start, at) is not None


def opens_subject(text: str, start: int, at: int) -> bool:
    """Whether text[start:at] (a sentence up to a content clause at `at`) is a noun of speech or of a course opening the
    sentence with its "that": the clause from `at` is inside the sentence's subject."""
    return SUBJECT_NOUN_RE.fullmatch(text, start, at) is not None


# a present verb that follows a subject noun phrase ("The union's call for a ban faces opposition"), not a plural noun
PRESENT = frozenset("faces remains seems looks sounds appears draws deserves lacks stands comes goes gets makes".split())
# a verb after which an -ed word is its complement, no verb of its own ("went unheeded", "proved misguided", "seemed
# justified", "became entrenched")
LINKING = frozenset("went goes go became becomes seemed seems proved proves looked looks sounded sounds remained remains "
                    "appeared appears grew fell stood lay came".split())
# an adverb inside a verb group ("was widely shared", "had been quickly dropped", "were not rejected")
INSIDE = frozenset("not never also already still now just then even".split())


def _verb(word: str) -> bool:
    return word in AUX or word in PAST or len(word) > 4 and word.endswith("ed")


def _groups(text: str, start: int, end: int, stop: bool, sure: bool = False) -> tuple[list[int], bool]:
    """Where each verb group of text[start:end] starts, and whether a clause word follows the first group. A group is an
    auxiliary with the auxiliaries, adverbs and participle after it ("had been cut", "was widely shared"), a past or
    present verb with an -ed complement after a linking verb ("went unheeded"), or a past verb ("meddled"). stop: end the
    scan at the first clause word after a group (the groups after it are that clause's); sure: no -ed word opens a group."""
    groups: list[int] = []
    clause_after_first = False
    last_aux = last_link = False
    for m in WORD_RE.finditer(text, start, end):
        word = m.group(0).lower()
        if last_aux and (word in INSIDE or len(word) > 4 and word.endswith("ly")):
            continue  # ("was widely | shared": the group goes on)
        if word in AUX or word in PAST or word in PRESENT or (not sure or last_aux) and len(word) > 4 and word.endswith("ed"):
            if not last_aux and not (last_link and word.endswith("ed")):  # (a participle after an auxiliary is its
                groups.append(m.start())  # group's: "had won", "were disputed"; a complement after "went": "unheeded")
            last_aux, last_link = word in AUX, word in LINKING
            continue
        last_aux = last_link = False
        if groups and word in CLAUSE_WORDS:
            clause_after_first = True
            if stop:
                break
    return groups, clause_after_first


def _before(text: str, start: int, at: int) -> int:
    while at > start and text[at - 1] in " \t,":
        at -= 1
    return at


def noun_phrase_end(text: str, start: int, end: int) -> int | None:
    """Where the sentence's own verb starts after a noun phrase at `start` inside the sentence's subject ("The union's
    call for | a ban on zero-hours contracts | was rejected", "grew louder", "went unheeded"): the last verb group before a
    clause word that follows one (a participle inside the phrase, "contracts used by retailers", comes before it); None
    when there is none."""
    groups, _ = _groups(text, start, end, True, sure=True)  # an auxiliary, an irregular past or a present verb first: an
    # -ed word may be an adjective inside the phrase ("to deport undocumented immigrants"), read only when none is there
    if not groups:
        groups, _ = _groups(text, start, end, True)
    return _before(text, start, groups[-1]) if groups else None


def content_end(text: str, start: int, end: int) -> int | None:
    """Where the sentence's own verb starts after a subject's content clause text[start:end] (its own verb first),
    or None: fewer than two verb groups, or a clause word between the first and the last (the last verb may be that
    clause's: "that wages were low and that prices had risen"). A verb group is an auxiliary with the auxiliaries and
    participle after it ("had been cut", "were disputed"), or a past verb ("meddled", "persuaded")."""
    groups, clause_after_first = _groups(text, start, end, False)
    if len(groups) < 2 or clause_after_first:
        return None
    return _before(text, start, groups[-1])


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
