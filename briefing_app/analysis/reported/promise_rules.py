"""Commitments as reported speech: "X promised to build a wall", "he vows not to take their
calls", "vowing to compete", "promises to lower student debt". The to-infinitive is the
content (PolNeAR keeps "to"); the verb's subject, or the main clause's for a participle after
a comma, is the source."""
from __future__ import annotations

import re

from briefing_app.analysis.cues import stem_positions, stem_matches
from briefing_app.analysis.mentions import subject_before
from briefing_app.analysis.reported.clauses import DAYS
from briefing_app.analysis.reported.context import Context
from briefing_app.analysis.subjects import clause_subject

PROMISE_RE = re.compile(
    r"\b(?P<cue>promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|threaten(?:s|ed|ing)?)"
    r"(?:\s+(?:(?:on\s+)?" + DAYS + r"|last\s+\w+|again|repeatedly|publicly|also|once))*"
    r"\s+(?=(?:not\s+)?to\s+[a-z])")
PROMISE_STEMS = ("promis", "vow", "pledg", "threaten")
# where the commitment ends: a participle or a second verb of the same subject, a relative clause
END_RE = re.compile(r",\s+(?:adding|saying|noting|arguing|which|who|while|but|as)\b|\s+(?:and|but)\s+(?:[a-z]+ed|said|says)\b|;")
PARTICIPLE_LEAD_RE = re.compile(r"(?:,|\s(?:and|or))\s*$")
# a second verb of the clause's subject: "Ann Lee opened the hall and (also) promised to ..." (no subject of its own)
COORDINATED_LEAD_RE = re.compile(r"[a-z”\"’'],?\s+and\s+(?:(?:also|then|later|quickly)\s+)?"
                                 r"(?:has\s+(?:(?:also|since|already)\s+)?)?$")  # ("... and has promised to")
NOUN_FORMS = frozenset(("promise", "promises", "vow", "vows", "pledge", "pledges"))
SUBJECT_END_RE = re.compile(r"(?:\b(?:he|she|they|we|I|it|who)|[A-Z][\w’'.-]*)$")  # a pronoun or a name before the verb
OPENING_PHRASE_RE = re.compile(r"(?:[A-Z][a-z]+ing|While|Although|Though|As|When|After|Before|If|Since)\b[^,;]*$")


# what can threaten or promise to happen but not say so: events, things, measures and trends ("the New Hampshire
# primary threatens to knock one of them out", "retirements promise to swell costs", "technology threatens to ...")
# (singular; a plural is read by _thing: "storms", "primaries", "rates")
THING_NOUNS = frozenset("""debate primary caucus race election vote contest initiative measure bill law plan proposal
deal agreement ruling technology crisis storm war conflict virus outbreak retirement cost price rate shortage scandal
trend change move policy economy recession deficit market fight battle dispute shutdown strike""".split())
RELATIVE_HEAD_RE = re.compile(r"(?P<head>[a-z]+)\s+(?:(?:that|which)\s+)?(?:(?:has|have|had|also|now|again|\w+ly)\s+)*$")


def _no_agent(masked: str, ss: int, cue_start: int, subj: tuple[int, int] | None) -> bool:
    """Is the subject of the cue a thing that cannot speak (its head noun one of THING_NOUNS)? With no subject
    found, the noun right before the cue or its relative pronoun ('a debate that threatened')."""
    if subj is not None:  # (before an appositive, "Trump, a candidate in the race", or an of-phrase: "the retirement of
        # baby boomers", "the leader of the strike")
        np = masked[subj[0]:subj[1]].split(",", 1)[0].split(" of ", 1)[0].split()
        return bool(np) and _thing(np[-1])  # lower case: a common noun ("Gov. Nathan Deal" is a name)
    rel = RELATIVE_HEAD_RE.search(masked, max(ss, cue_start - 40), cue_start)
    return rel is not None and _thing(rel.group("head"))


def _thing(word: str) -> bool:
    """Is the word one of THING_NOUNS, singular or plural ("storms", "primaries", "caucuses")?"""
    return word in THING_NOUNS or word.endswith("s") and (
        word[:-1] in THING_NOUNS or word.endswith("es") and word[:-2] in THING_NOUNS
        or word.endswith("ies") and word[:-3] + "y" in THING_NOUNS)


def promises(ctx: Context) -> None:
    """'X promised to ...', 'vowing to ...', 'his promises to ...' (the owner is left to noun-cues)."""
    masked, done = ctx.masked, ctx.done()
    at = stem_positions(masked, PROMISE_STEMS)
    for ss, se in ctx.doc.sentences.spans:
        for c in stem_matches(PROMISE_RE, at, masked, ss, se):
            if done.covers(c.end()) or done.covers(c.start()):
                continue
            cue = c.group("cue")
            if cue.endswith("ing") and PARTICIPLE_LEAD_RE.search(masked, ss, c.start()):
                subj = clause_subject(masked, ss, c.start())  # "..., calling them rapists and vowing to ..."
            else:
                subj = subject_before(masked, c.start(), ss)
                if subj is None and cue not in NOUN_FORMS and COORDINATED_LEAD_RE.search(masked, max(ss, c.start() - 24), c.start()):
                    subj = clause_subject(masked, ss, c.start())  # "Lee opened the hall and promised to ...": Lee's
            if subj and cue in NOUN_FORMS and not SUBJECT_END_RE.search(masked, subj[0], subj[1]):
                subj = None  # "Rattling off promises to ...": a noun whose owner is not named here
            if _no_agent(masked, ss, c.start(), subj):
                continue  # "the primary threatens to knock ... out", "a debate that threatened to ...": likely, not said
            end = END_RE.search(masked, c.end(), se)
            stop = end.start() if end else se
            if OPENING_PHRASE_RE.match(masked, ss, c.start()):
                comma = masked.find(", ", c.end(), stop)  # the opening phrase ends at its comma
                stop = comma if comma != -1 else stop
            ctx.emit(c.end(), stop, subj, cue, min_words=4)  # "vowed to fight it": too little to quote
