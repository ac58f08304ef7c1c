"""A quotation that is a sentence of its own, right after a sentence that tells what a person did and has no cue:
"Sen. Bernie Sanders spoke to supporters in Columbus on Monday. “Q”", "The official, who asked not to be named, was
blunt. “Q”", "Asked about the wall, Mayor Jim Cortez shrugged. “Q”", "Mr. Biden's former rival, Senator Bernie
Sanders, was in the audience. “Q”". The words are those of the sentence's subject, when that subject is a person: a
name the actor table holds as a person, he or she, or a description whose head is a role or a person's noun ("The
official", "A senior aide", "Its president, Dan Ortiz"); a body only when the sentence tells of its statement ("The
Republican National Committee was quick to respond with a statement. “Q”"). Not a thing, a group or a body that made
no statement ("Protesters held signs outside. “No more wars.”", "The memo was circulated to Democrats. “Q”"), not the
subject of a passive ("Cruz was mocked by his rivals. “Q”"), not one who puts a question ("Reporters asked Biden about
the wall. “Q”": the answer is not theirs). The last sieve of attribution.attribute, for a quotation no other gave a
speaker."""
from __future__ import annotations

import re

from briefing_app.analysis.actors import ActorTable
from briefing_app.analysis.document import Sentences
from briefing_app.analysis.mentions import Found
from briefing_app.analysis.quotes import QuoteSpan
from briefing_app.analysis.roles import ROLE_WORDS
from briefing_app.analysis.subjects import DATELINE_RE, INTRO_RE

_NAME = r"(?:[A-Z][\w’'.-]*[ \t]+|[a-z][\w-]*[ \t]+(?=[A-Z])){0,5}[A-Z][\w’'.-]*"
# the words a verb in the present may be followed by (not a plural noun: its verb follows it)
_AFTER_PRESENT = (r"(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|it|us|me|no|another|"
                  r"to|into|onto|out|up|down|back|off|on|in|at|from|with|over|through|around|toward|towards|across|"
                  r"away|about|for|by|past|along|inside|outside|before|after|behind|forward|again|once|then|still)\b")
# the sentence's subject (a pronoun, a name with its title, a description or a name's possessed noun), an appositive
# or relative clause between commas, an adverb, then a finite verb
SUBJECT_RE = re.compile(
    r"(?:(?P<pron>He|She|he|she)"
    r"|(?P<desc>(?:(?:The|A|An|His|Her|Its|Their)[ \t]+|" + _NAME + r"(?:’s|'s|’|')[ \t]+)(?:[\w’'-]+[ \t]+){0,5}?[\w’'-]+)"
    r"|(?P<name>" + _NAME + r"))"
    r"(?P<appos>,[ \t]+[^,;:“”\"•\n]{1,160}?,)?[ \t]+(?:(?:\w+ly|then|also|later|still|again|once)[ \t]+)?"
    r"(?P<verb>[a-z]{2,}ed|was|were|is|had|has|took|spoke|stood|sat|came|went|made|gave|held|met|left|grew|ran|rose|"
    r"drove|wore|shook|paused|began|kept|brought|struck|sounded|seemed|appeared|looked"
    # the present of a narrative ("Warren takes the stage to cheers.", "Cortez shrugs."), not a noun in "-ss" nor a
    # name's plural noun before its verb ("Hillary Clinton aides say", "Joe Biden voters remain", "Trump news
    # dominates"): the present is followed by a stop, an object, a particle, a preposition or an adverb
    r"|(?P<present>[a-z]{2,}[a-rt-z]s)(?=[ \t]*[.,;:!?…—–]|[ \t]+(?:[A-Z]|[a-z]+ly\b|" + _AFTER_PRESENT + r")))\b")
PASSIVE_RE = re.compile(r"(?:was|were|is|are)[ \t]+(?:\w+ly[ \t]+)?[a-z]+(?:ed|en)[ \t]+by\b")
# a verb of putting a question: the quotation after it is the answer, not the asker's
ASKING = frozenset("asked questioned pressed quizzed grilled interviewed challenged".split())
ASKING_STEMS = frozenset("ask question presse quizze grille interview challenge".split())  # ("asks", "presses")
# a description's head: its words before a preposition or a clause ("The chief of staff", "His opponent in the fall")
HEAD_END_RE = re.compile(r"[ \t]+(?:of|for|in|at|from|with|on|to|who|whose|that)\b")
PERSON_NOUNS = ROLE_WORDS | frozenset("""man woman voter resident teacher worker farmer student source staffer aide
    opponent rival challenger incumbent critic supporter ally friend neighbor neighbour veteran nurse doctor officer
    spokesman spokeswoman mother father son daughter wife husband widow pastor priest rabbi imam owner""".split())


STATEMENT_RE = re.compile(r"\b(?:statement|release|response|message|letter|post|tweet)s?\b")
QUOTE_MARK_RE = re.compile(r"[“”\"]|''")


def subject_before(text: str, masked: str, prev: tuple[int, int], table: ActorTable) -> Found | None:
    """The speaker of a quotation that opens a sentence right after the sentence prev (start, end) of its paragraph,
    when prev has no quotation and its subject is a person (or a body that made a statement)."""
    ps, pe = prev
    if QUOTE_MARK_RE.search(text, ps, pe):
        return None  # a sentence with a quotation of its own: the split-quote and chain sieves decide
    start = ps
    dateline = DATELINE_RE.match(masked, start, pe)
    if dateline:
        start = dateline.end()
    intro = INTRO_RE.match(masked[start:pe])
    if intro:
        start += intro.end()
    m = SUBJECT_RE.match(masked, start, pe)
    if m is None or m.group("verb") in ASKING or m.group("verb")[:-1] in ASKING_STEMS \
            or PASSIVE_RE.match(masked, m.start("verb"), pe):
        return None
    appos = m.group("appos")
    if m.group("pron"):
        return Found(m.span("pron"), None, m.end("verb"), "sentence-before")
    if m.group("name"):
        s, e = m.span("name")
        if table.resolve(masked[s:e], s) in table.people:
            return Found((s, e), None, m.end("verb"), "sentence-before")
        return None
    s, e = m.span("desc")
    head_end = HEAD_END_RE.search(masked, s, e)
    head = masked[s:head_end.start() if head_end else e].split()[-1]
    if appos and masked[m.start("appos") + 2:m.end("appos")][:1].isupper() and head.lower() in PERSON_NOUNS:
        return Found((m.start("appos") + 2, m.end("appos") - 1), None, m.end("verb"), "sentence-before")  # "Its president, Dan Ortiz,"
    if head.lower() in PERSON_NOUNS and head.islower():
        return Found((s, e), None, m.end("verb"), "sentence-before")
    if head[:1].isupper() and STATEMENT_RE.search(masked, m.end("verb"), pe):
        return Found((s, e), None, m.end("verb"), "sentence-before")  # a body's statement
    return None


# "Hillary Clinton’s campaign slogan is “Q”", "Jeb Bush’s motto was “Q”": the owner of a saying named right before it
OWNED_WORDS_RE = re.compile(r"[ \t]*(?P<np>(?:[A-Z][\w.-]*[ \t]+){0,3}[A-Z][\w.-]*)(?:’s|'s|’|')[ \t]+(?:[\w-]+[ \t]+){0,2}?"
                            r"(?:slogan|motto|mantra|catchphrase|refrain|message|response|reply|answer|retort|verdict|"
                            r"pitch|promise|line)[ \t]+(?:is|was|has[ \t]+been|remains|became)[ \t]*[:,]?[ \t]*$")


def owned_words(masked: str, q: QuoteSpan, sentences: Sentences) -> Found | None:
    """A quotation a name's saying is ("Hillary Clinton’s campaign slogan is “Q”"): that name."""
    s0, _ = sentences.of(q.open_at)
    m = OWNED_WORDS_RE.match(masked, s0, q.open_at)
    return Found(m.span("np"), None, q.open_at, "owned-words") if m else None
