"""A speaker mention must be a noun phrase naming someone: not "with laws banning illegal migrants
from" (a prepositional phrase), not "range from ten to 32 pages with 40 to 50" or "the government's
record whilst" (a run of words cut off at a number or a function word). Such a mention is a misread
cue: the quote keeps its text and loses the mention."""
from __future__ import annotations

import re

from briefing_app.analysis.actors import ActorTable
from briefing_app.core.model import Actor, Mention, Quote

# words an English noun phrase neither starts nor ends with
LEAD_WORDS = frozenset("""with without from to in into on onto at by for of about after before during since until than
    whilst while whereas although though because if unless as and or but nor so yet""".split())
END_WORDS = LEAD_WORDS  # "a member of the", "a conservative website that": cut short, maybe by a mask, kept
QUANTIFIER_RE = re.compile(r"(?i:at\s+(?:least|most)|about|around|more\s+than|fewer\s+than|less\s+than|nearly|almost)\b")
NUMERAL_RE = re.compile(r"^(?:\d[\d.,%]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                        r"forty|fifty|hundred|thousand|million|billion)$", re.I)
WORD_RE = re.compile(r"[A-Za-z0-9][\w’'.%-]*")
LATIN_RE = re.compile(r"[\x00-\x7f’‘“”—–\s]*")
# a time word alone ("Hours later, Trump said"): when, not who
TIME_RE = re.compile(r"(?i:hours?|minutes?|days?|weeks?|months?|years?|moments?|later|earlier|today|yesterday|"
                     r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
# a word that is never a speaker on its own: an article, an auxiliary or modal, a sentence adverb ("A said",
# "did say", "Therefore, ... said" cut to one word), a relative "who" left unresolved, and no one ('“Q.” So said
# nobody', '“Q,” said no one ever': a joke that nobody says it)
ALONE_WORDS = frozenset("""a an the did does do can could should may might must will would shall have has had been be
    is was were are therefore however meanwhile why what nobody no none""".split())
AUX_END_RE = re.compile(r"^(?P<np>.*?[A-Za-z])\s+(?:did|does|do|has|have|had|would|will|could|can|may|might|must|should)$")
# a Korean word with a case ending no subject takes ("감소에", "시장을"), or a noun of change or state
# that names no one ("회복", "차질"): a headline's topic or a clause's object, not a speaker
KO_CASE_RE = re.compile(r"[가-힣]{2,}(?:에서|에게|에|을|를)")
KO_NOT_SPEAKERS = frozenset("""회복 감소 증가 하락 상승 둔화 차질 우려 기대 전망 확대 축소 부진 호조 개선 악화 반등
    급증 급감 지연 중단 완화 강화""".split())


def junk_ko(mention: str) -> bool:
    """Is this Korean speaker mention no one: a word in a case no speaker takes, or a noun of change?"""
    word = mention.strip()
    return KO_CASE_RE.fullmatch(word) is not None or word in KO_NOT_SPEAKERS


# what opens a clause or a verb phrase, never a noun phrase: an auxiliary ("has in the past", "didn't want to be
# named"), an adverb of time ("recently in New York magazine", "often thinks of ...", not "recently elected
# officials"), a verb in -ed before a
# preposition ("retired in Cambridge, Mass.", "voiced in his famous", "combined to spend"), "about" before a
# determiner ("about the rapid spread of information": a topic, not "About four in 10 voters")
VERB_LEAD_RE = re.compile(r"(?:(?:has|have|had|did|does|do|is|are|was|were|would|will|could|can|should|might|must|"
                          r"[a-z]+n[’']t)[ \t]|(?:recently|often|also|still|never|already)[ \t](?![a-z]+ed\b)"
                          r"|[a-z]{3,}ed[ \t]+(?:in|into|on|at|by|with|from|for|to|of)[ \t]"
                          r"|about[ \t]+(?:the|a|an|his|her|their|its|this|that)[ \t])")


def junk(mention: str) -> bool:
    """Is this English speaker mention no noun phrase naming anyone? It names no one in capitals after
    its first word, and opens with a preposition or a conjunction, or opens in lower case and stops at
    a function word or a number."""
    words = WORD_RE.findall(mention)
    if not words or not LATIN_RE.fullmatch(mention):
        return False  # Russian, Korean and other scripts have rules of their own
    if mention.lstrip()[:1].islower() and VERB_LEAD_RE.match(mention.strip()):
        return True
    if any(w[:1].isupper() for w in words[1:]):
        return False  # "with the campaign of the former senator from Pennsylvania": a name is in it
    if len(words) == 1 and (TIME_RE.fullmatch(words[0]) or words[0].lower() in ALONE_WORDS):
        return True
    first, last = words[0].lower(), words[-1].lower()
    if first in LEAD_WORDS:
        return QUANTIFIER_RE.match(mention.strip()) is None  # "About four in 10 voters" names a group
    return len(words) > 1 and words[0][:1].islower() and (last in END_WORDS or NUMERAL_RE.match(last) is not None)


# "The Guardian cited examples of complicated": a name, a past-tense verb and its object is a clause,
# whose subject is the name
CLAUSE_RE = re.compile(r"(?P<np>(?:[Tt]he[ \t]+)?(?!(?:A|An|The|Another|Other|Some|People)\b)(?:[A-Z][\w’'.&-]*[ \t]+){0,3}"
                       r"(?!(?:A|An|The|Another|Other|Some|People)\b)[A-Z][\w’'.&-]*)[ \t]+[a-z]{2,}ed[ \t]+"
                       r"(?!(?:on|in|at|by|with|to|for|from|of|about|as)\b)\w")


def drop_junk(quotes: list[Quote]) -> None:
    """Quotes whose unresolved speaker mention names nobody lose that mention (and its cue); a mention
    that resolved to an actor ("Mike Huckabee called for") is only cut badly and is kept."""
    for q in quotes:
        if q.mention is not None and q.speaker in (None, q.mention.text) and junk_ko(q.mention.text):
            q.speaker = q.mention = q.cue = None  # the rule set's words, no actor's name
            continue
        if q.mention is None or q.speaker is not None:
            continue
        if junk(q.mention.text):
            q.mention = q.cue = None
            continue
        aux = AUX_END_RE.match(q.mention.text)
        if aux is not None:  # "Officials did (not say)"
            q.mention = Mention(q.mention.start, q.mention.start + len(aux.group("np")), aux.group("np"))
        clause = CLAUSE_RE.match(q.mention.text)
        if clause is not None:
            np = clause.group("np")
            q.mention = Mention(q.mention.start, q.mention.start + len(np), np)


PRONOUN_SEX = {"he": "m", "she": "f"}
MIDDLE_INITIAL_RE = re.compile(r"[A-Z][a-z]+ [A-Z]\. [A-Z][a-z’'-]+")  # "Ernest D. Coursey", whatever its kind


def pronouns_name_people(quotes: list[Quote], actors: list[Actor], table: ActorTable) -> None:
    """'he' or 'she' that was resolved to a name the actor list does not keep as a person ("Quicken Loans
    Arena", "Second Amendment": read as people by the name table, dropped or retyped later) takes the
    nearest person the list keeps, of a sex that fits, within the paragraphs before; else no one."""
    people = {a.name for a in actors if a.kind == "person" or MIDDLE_INITIAL_RE.fullmatch(a.name)}
    for q in quotes:
        if q.speaker is None or q.speaker in people or q.mention is None:
            continue
        sex = PRONOUN_SEX.get(q.mention.text.lower())
        if sex is None:
            continue
        q.speaker = None
        for pos, canon in table.timeline.before(q.mention.start):
            if q.mention.start - pos > 1500:
                break
            gender = table.people[canon].gender
            if canon in people and gender in (None, sex):
                q.speaker = canon
                break
