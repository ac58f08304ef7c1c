"""Nouns of speech as cues: "Trump's claim that CONTENT", "his call for CONTENT", "her pledge
to CONTENT". The owner (a possessive name or pronoun) is the source; a noun without an owner
("a warning that ...") is left to the verb before it. A relative "that" ("the promise that he
made") is not a content clause."""
from __future__ import annotations

import re

from briefing_app.analysis.cues import stem_matches, stem_positions
from briefing_app.analysis.mentions import PRONOUNS, subject_before
from briefing_app.analysis.reported.context import Context
from briefing_app.analysis.subject_content import content_end

# noun -> the words that may open its content
THAT_NOUNS = (r"claims?|assertions?|arguments?|suggestions?|warnings?|predictions?|promises?|pledges?|statements?|"
              r"insistence|contention|allegations?|announcement|admission|acknowledg(?:e)?ment|declaration|denials?|"
              r"vows?|remarks?|comments?")
# the nouns of a claim opening a sentence ("Claims by intelligence agencies that Russia meddled were disputed"); not
# every THAT_NOUNS noun in capitals: "State", "Comme", "Annou" would be tried at every "United States", "Commerce"
CAP_THAT_NOUNS = r"Claims?|Allegations?|Assertions?|Suggestions?|Warnings?|Predictions?"
TO_NOUNS = r"promises?|pledges?|vows?|calls?|demands?"
# "Sanders's argument on Sunday was that ...", "her answer was that ...", "his message to voters was that ...": the
# noun is the subject of "was", its content the clause after "that"
IS_NOUNS = (r"message|answer|response|reply|explanation|argument|claim|contention|assertion|promise|pledge|warning|"
            r"statement|pitch|complaint")  # not a view, a position or a point: beliefs more often than words
FOR_NOUNS = r"calls?|demands?"
_CAP = (r"(?!(?:Despite|In|On|At|After|Before|Since|For|With|Under|The|A|An|But|And|As|Of|By|From|While|When|If|"
        r"Although|Though|Amid|Unlike|Like|To)\b)[A-Z][\w.-]*")
# a name's, a pronoun's, or a described one's ("the campaign's", "the former senator's")
OWNER = (r"(?P<owner>(?:(?:" + _CAP + r"[ \t]+){0,3}" + _CAP + r"(?:’s|'s|’|'))|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|"
         r"(?:[Tt]he|[Tt]his|[Tt]hat)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*(?:’s|'s))")
ADJECTIVES = (r"recent|repeated|latest|earlier|new|frequent|oft-repeated|controversial|false|public|campaign|original|"
              r"own|famous|infamous|unfounded|baseless|stark|dire")
# "her assertion Monday that", "his claim during the debate that": when it was said, between the noun and "that"
# ("his claim in November that", "his claim in a recent Fox News interview that", "claims by intelligence agencies that")
WHEN = (r"(?:[ \t]+(?:on[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last[ \t]+\w+)"
        # "his statement earlier this year that", "her assertion this month that", "the claim earlier that"
        r"|[ \t]+(?:(?:earlier|later)(?:[ \t]+(?:this|that|last)[ \t]+(?:week|month|year|spring|summer|fall|autumn|winter))?"
        r"|(?:this|that)[ \t]+(?:week|month|year|morning|afternoon|evening|spring|summer|fall|autumn|winter))"
        r"|[ \t]+in[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December|"
        r"(?:19|20)\d\d)\b"
        r"|[ \t]+(?:during|at|in)[ \t]+(?:the|a|an|his|her|their|its)[ \t]+[\w-]+(?:[ \t]+[\w’'-]+){0,3}?)?")
BY = r"(?:[ \t]+by[ \t]+(?P<by>(?:(?:the|a|an|some|many|several)[ \t]+)?(?:[\w’'.-]+[ \t]+){0,3}?[\w’'.-]+))?"
# the noun and what opens its content, found first (cheap); then its owner right before it
NOUN_RE = re.compile(
    r"\b(?=[acdeimprswACDEIMPRSVW])(?<![’'-])(?:(?P<that_noun>" + THAT_NOUNS + "|" + CAP_THAT_NOUNS + r")" + BY + WHEN +
    r"[ \t]+that[ \t]+"
    r"|(?P<is_noun>" + IS_NOUNS + r")" + WHEN + r"(?:[ \t]+to[ \t]+[\w-]+)?[ \t]+(?:was|is|has[ \t]+been|remains)[ \t]+that[ \t]+"
    r"|(?P<to_noun>" + TO_NOUNS + r")[ \t]+(?=to[ \t]+[a-z]+)"
    r"|(?P<for_noun>" + FOR_NOUNS + r")[ \t]+for[ \t]+)"
)
# up to two adjectives between the owner and the noun, from the list or hyphenated ("recent evidence-free")
OWNER_BEFORE_RE = re.compile(r"(?<![\w’'-])" + OWNER + r"[ \t]+(?:(?:" + ADJECTIVES + r"|[a-z]+(?:-[a-z]+)+)[ \t]+){0,2}$")
# "the promise that he made": "that" heads a relative clause missing its object
# ("the statement that he made on Monday was short"); or its subject ("his claims that were false")
RELATIVE_THAT_RE = re.compile(r"(?:he|she|they|it|we|I|you|[A-Z][\w’'.-]*)(?:[ \t]+\w+){0,2}?[ \t]+"
                              r"(?:(?:made|gave|issued|delivered|offered|kept|broke|received|heard|repeated)(?=[ \t]+(?:on|"
                              r"in|at|during|last|to|about|before|after|earlier|was|were|is|are)\b)|(?:made|gave|issued|"
                              r"delivered|offered|kept|broke|received|heard|repeated|had|has|have|did|does)\s*(?:[,.;:!?—]|$))"
                              r"|(?:was|were|is|are|has|have|had|will|would|could|can|may|might|should|did|does|"
                              r"went|came|drew|got|made)\b")
# a noun's content mostly sits inside a larger clause: it ends at the first comma or dash
END_RE = re.compile(r",(?:''|[”\"’'])?\s|\s+[—–]\s+|\s+--?\s+|;|\s+(?:during|as|after|before|when|while)\s|"
                    r"\s+(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:widely\s+|roundly\s+|repeatedly\s+)?"
                    r"(?:debunked|criticized|criticised|condemned|rejected|disputed|denied|challenged|questioned)\b")
# a verb that makes its subject the owner of "his claim", "her call"
OWN_VERB_BEFORE_RE = re.compile(r"\b(?:repeated|repeats|reiterated|reiterates|renewed|renews|restated|reaffirmed|echoed|"
                                r"defended|stood[ \t]+by|doubled[ \t]+down[ \t]+on|made|makes|voiced|issued)[ \t]+$")
PRONOUN_OWNERS = frozenset(("his", "her", "their", "its"))
OPENING = " \t\n\"“‘'("  # what may stand before a sentence's subject
NOUN_STEMS = tuple({w[:5] for w in re.sub(r"\(\?:e\)|s\?|\?", "", THAT_NOUNS + "|" + TO_NOUNS + "|" + FOR_NOUNS + "|"
                                          + IS_NOUNS + "|" + CAP_THAT_NOUNS).split("|")})


def noun_cues(ctx: Context) -> None:
    """'his call for a ban on ...', 'Trump's claim that he opposed the war', 'her pledge to ...'."""
    masked, done = ctx.masked, ctx.done()
    for c in stem_matches(NOUN_RE, NOUN_STEMS, masked):
        ss, se = ctx.doc.sentences.of(c.start())
        by = c.group("by")
        o = None if by else OWNER_BEFORE_RE.search(masked, max(ss, c.start() - 80), c.start())
        if by and ("•" in by or done.covers(c.end())) or not by and (
                o is None or "•" in o.group("owner") or done.covers(c.end()) or done.covers(o.start())):
            continue
        start = c.end()
        if c.group("that_noun") and RELATIVE_THAT_RE.match(masked, start, se):
            continue
        end = END_RE.search(masked, start, se)
        stop = end.start() if end else se
        if c.group("that_noun") and not masked[ss:o.start() if o is not None else c.start()].strip(OPENING):
            main = content_end(masked, start, stop)  # the noun opens the sentence: its clause ends at the sentence's verb
            stop = main if main is not None else stop  # ("The union's argument that wages were low persuaded the panel")
        if o is None:  # "claims by intelligence agencies that ...": the agent after "by"
            ctx.emit(start, stop, (c.start("by"), c.end("by")), (c.group("that_noun") or "").lower())
            continue
        owner = o.group("owner")
        if owner.lower() in PRONOUN_OWNERS:
            mention = (o.start("owner"), o.end("owner"))
            verb = OWN_VERB_BEFORE_RE.search(masked, max(ss, o.start() - 40), o.start())
            subj = subject_before(masked, verb.start(), ss) if verb else None
            if subj and masked[subj[0]:subj[1]].lower() not in PRONOUNS:  # "De Blasio also repeated his claim that"
                mention = subj
        else:  # "Trump’s": the name without the possessive ending
            mention = (o.start("owner"), o.end("owner") - (1 if owner.endswith(("’", "'")) else 2))
        noun = c.group("that_noun") or c.group("is_noun") or c.group("to_noun") or c.group("for_noun")
        ctx.emit(start, stop, mention, noun.lower(), min_words=2 if c.group("for_noun") else 3)


# "Cruz entered the debate with an even more forceful argument that ...", "The Democrats have a decent
# counter-argument that ...", "made the case that ...": a noun of argument the clause's subject makes or has
MADE_NOUN_RE = re.compile(r"\b(?P<verb>ma(?:ke|kes|de|king)|ha(?:ve|s|d)|offer(?:s|ed)?|present(?:s|ed)?|advanc(?:es|ed)|"
                          r"put[ \t]+forward|(?:entered|came|went)[ \t]+[^,;•“”\"]{1,40}?[ \t]+with)"
                          r"[ \t]+(?:a|an|the|his|her|their|its)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
                          r"(?P<noun>(?:counter-)?argument|case|point|assertion|prediction|claim)[ \t]+that[ \t]+"
                          r"(?!(?:could|would|will|can|may|might|should|must|is|was|are|were|has|had|have)\b)")  # not "a case that could"
MADE_STEMS = ("argument", "case that", "point that", "assertion", "prediction", "claim that")


def made_arguments(ctx: Context) -> None:
    """'The Democrats have a decent counter-argument that CONTENT': the subject of the verb is the source."""
    masked, done = ctx.masked, ctx.done()
    seen: set[tuple[int, int]] = set()
    for i in stem_positions(masked, MADE_STEMS):
        ss, se = ctx.doc.sentences.of(i)
        if (ss, se) in seen:
            continue
        seen.add((ss, se))
        m = MADE_NOUN_RE.search(masked, ss, se)
        if m is None or done.covers(m.end()):
            continue
        subj = subject_before(masked, m.start(), ss)
        if subj is None or not PLAUSIBLE_SOURCE_RE.match(masked, subj[0], subj[1]):
            continue
        end = END_RE.search(masked, m.end(), se)
        ctx.emit(m.end(), end.start() if end else se, subj, m.group("noun"))


PLAUSIBLE_SOURCE_RE = re.compile(r"(?:he|she|they|we|I|(?:[Tt]he\s+)?[A-Z])")
