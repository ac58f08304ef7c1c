"""The rules for one speech verb in a sentence, in the order they are tried. Each returns
NEXT (this verb is not a cue: try the sentence's next one), DONE (the sentence is taken)
or None (the rule does not apply: try the next rule).

Before the speaker is known: noun-cue, participle-of-plain-clause. Then the speaker and the
start of the complement (cue.py: the Cue, speaker(), complement_start()); then the rest.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.analysis.cues import ANSWER_FORMS, CUE_RE, INDIRECT_FORMS, THAT_FORMS, indirect_matches
from briefing_app.analysis.mentions import np_after, subject_before
from briefing_app.analysis.reported.cue import (DONE, INVERTED_FORMS, MARKED_COMMA_END_RE, NEXT, TELLS, Cue, Step, complement_start,
                                                inverted_tag_source, participle_source, speaker)
from briefing_app.analysis.reported.clauses import (CLAUSE_START_RE, INVERTED_DESC_RE, MANNER_RE, NP_OBJECT_FORMS, NP_VERB_RE,
                                                    PRONOUN_CLAUSE_RE, SUBORDINATE_RE, THAT_RE, short_clause)
from briefing_app.analysis.reported.before import content_before
from briefing_app.analysis.reported.context import BARE_PARTICIPLE_RE, QUOTE_START_RE, Context, content_cut, det_before
from briefing_app.analysis.reported.parenthetical import inverted_mid, parenthetical
from briefing_app.analysis.subjects import clause_subject, subordinate_subject
from briefing_app.analysis.time_after import past_setting

INVERTED_TAIL_RE = re.compile(r"\s+(?:[A-Z][\w’'.-]*\s*){1,4}?(?:,\s|[.!?]?\s*$)")
RELATIVE_END_RE = re.compile(r",(?:''|[”\"’])?\s+(?=(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|s)|did|had|was|is|has|will|would|could|"
                             # "The new rules, which X said ..., do not cover farms": a plural's or a modal's verb
                             r"are|were|have|do|can|should|must|may|might|"
                             # "Podesta, who said the project was vetted, said he was unaware": an irregular past
                             r"said|told|wrote|made|took|gave|went|came|left|won|lost|ran|sent|kept|held|led|paid|"
                             r"began|became|spent|sold|built|brought|stood|met|found|thought|saw|knew|got)\b)")
# "The policy changes, which officials said will go into effect soon, will not apply to ...": the cue's subject inside a
# relative clause set off by commas whose pronoun is the content's subject or object; the clause ends as "who said"'s
OBJECT_RELATIVE_RE = re.compile(r",\s+(?:which|who|whom)\s+$")
RELATIVE_WORDS = ("which ", "who ", "whom ")  # (a plain test before the pattern)
# "The hacker who first revealed that X ... was sentenced": the cue in a restrictive relative clause of the sentence's
# subject; the main clause's predicate (an auxiliary and a word, after no pronoun and no "the N" or "a N") ends the
# content
ADVERBS_ONLY_RE = re.compile(r"\s+(?:(?:\w+ly|first|also|later|once|has|have|had|never)\s+)*$")
OPENING_NP_RE = re.compile(r"(?:[\w’'.-]+\s+){1,5}$")  # "The Romanian hacker ": a few words, no comma or mark
ADVERB_RE = re.compile(r"\b[a-z]+ly\b|\b[a-z]{3,}s\s+[a-z]")  # "Obama passionately rebuked critics who", "Ann meets voters who"
MAIN_PREDICATE_RE = re.compile(r"(?<=[a-z])\s+(?:was|were|is|are|has|have|had|will|would)\s+[a-z]")
PRONOUNS = frozenset("he she they it we i you there that which who this these those".split())
DETERMINERS = frozenset("the a an his her their its our my your this these those".split())
CLAUSE_OPENERS = frozenset("and or but that while because when if as since although though whether".split())
NAME_BEFORE_RE = re.compile(r"(?:\b(?:he|she|they|it|He|She|They|It)|(?<![’'])\b[A-Z][\w.-]*)(?:\s+(?:also|now|\w+ly))?\s+$")
QUOTED_RE = re.compile(r"(?:''|[“\"«„])•")
# "Jeff Flake said he would.", "the minister said they should": a pronoun and an auxiliary, the rest of the clause left
# out (it is the question or the claim before): two words are the whole content (PolNeAR marks them)
ELLIPSIS_RE = re.compile(r"\s*(?:that\s+)?(?:he|she|they|it|we|I|you)\s+(?:(?:would|should|could|will|did|does|do|was|is|were|are|"
                         r"had|has|have|might|can|must|may)(?:\s+not|n[’']t)?|(?:wo|ca|sha)n[’']t|cannot)[\s.,;!?]*$")
ELLIPSIS_CHARS = 28  # the longest such content with its blanks and stops (" that they should not."): longer ones skip the pattern
# "..., while saying that ...", '... “founded ISIS,” saying ...' (the comma inside the closing mark)
SEP_END_RE = re.compile(r"[,;](?:''|[”\"’'])?\s*(?:(?:while|before|after)\s+(?:also\s+)?)?$")
BARE_SEP_RE = re.compile(r"\s(?:while|before|after)\s+(?:also\s+)?$")  # "... before explaining why ..." (no comma)
COMMA_MARKS_END_RE = re.compile(r",[”\"’']*\s*$")


Rule = Callable[[Context, Cue], Step]
ADJECTIVE_USE_RE = re.compile(r"(?:[’']s|\b(?:in|of|for|with|by|on|from))\s+$")
COMMA_BEFORE_RE = re.compile(r",\s*$")
NOUNISH = frozenset(("note", "notes", "report", "reports", "claim", "claims", "warning", "remark", "remarks", "comment",
                     "comments", "tweet", "tweets", "post", "posts", "statement"))
DET_NEAR_RE = re.compile(r"\b(?:a|an|the|his|her|their|its|this|that|our|my|your)\s+(?:(?!(?:he|she|they|it|who|which|that)\b)"
                         r"[a-z][\w-]*\s+){1,2}$")
POSSESSIVE_NEAR_RE = re.compile(r"(?:’s|'s|s’|s')\s+$")  # "the former senator's warning": a noun
# "have a larger say than ...", "the final say on ...", "had little say over ...": the noun "say" (a bare determiner
# before it is det_before's); a closed list of adjectives, since "the voters say" is a verb
SAY_NOUN_RE = re.compile(r"(?:\b(?:a|an|the|their|his|her|its|our|your|my|no|any)\s+(?:final|real|greater|larger|bigger|big|"
                         r"equal|direct|strong|major|decisive|meaningful|significant|stronger|louder)|\blittle|\bmuch)\s+$")
# "businesses that warn it could ...", "women who claim he ...": a relative pronoun, not a determiner, before a verb
RELATIVE_THAT_RE = re.compile(r"\bthat\s+$")
RELATIVE_VERBS = frozenset(("warn", "warns", "warned", "say", "says", "said", "argue", "argues", "argued", "insist",
                            "insists", "insisted", "claim", "claimed", "predict", "predicted", "suggest", "suggested"))
# "Many Democratic lawmakers claim it will ...", "The candidate claims his ...", "women who claim he ...": a plural
# noun, a person noun or a relative pronoun before a claim/vow/promise verb (not "the debunked claim that"); and a
# body, an office-holder or a document that states things ("The lawsuit claims that ...", "The union claims the deal is
# unfair", "The mayor vows that ...")
GROUP_BEFORE_RE = re.compile(r"(?:\b(?:who|that)|\b[a-z]{3,}(?<!s)s|\b(?:candidate|campaign|company|group|government|"
                             r"administration|president|senator|governor|nominee|party|people|union|firm|agency|ministry|"
                             r"department|committee|council|board|mayor|minister|leader|spokesman|spokeswoman|lawyer|"
                             r"attorney|prosecutor|plaintiff|defendant|official|newspaper|lawsuit|suit|complaint|"
                             r"indictment|petition|filing|memo|letter|ad|website))\s+$")
DEGREE_BEFORE_RE = re.compile(r"\b(?:most|more|less|least|very|particularly|especially|so|too|quite|rather)\s+$", re.I)
OBJECT_GERUNDS = frozenset(("writing", "admitting", "adding", "reading"))  # as often "writing checks" as speech
THAT_AFTER_RE = re.compile(r"\s+(?:[\w’'.-]+\s+){0,5}?that\s|\s*[,:]?\s*(?:[“\"«„•]|'')")


def noun_cue(ctx: Context, cue: Cue) -> Step:
    """'a warning', 'the sharp remark': a noun, not a verb; 'claims that', 'reports that' only after a
    name or a pronoun ('Sanders vows that', 'CBS News reports that'; not 'the debunked claim that')."""
    if cue.word.lower() in NOUNISH and (DET_NEAR_RE.search(ctx.masked, max(cue.ss, cue.c.start() - 40), cue.c.start())
                                        or POSSESSIVE_NEAR_RE.search(ctx.masked, max(cue.ss, cue.c.start() - 4), cue.c.start())):
        return NEXT  # "In a subsequent note to staff", "his handwritten notes": a noun after a determiner and an adjective
    if cue.word == "say" and SAY_NOUN_RE.search(ctx.masked, max(cue.ss, cue.c.start() - 24), cue.c.start()):
        return NEXT  # "have a larger say than they do": a noun
    if det_before(ctx.masked, cue.ss, cue.c.start()) and not (
            RELATIVE_THAT_RE.search(ctx.masked, max(cue.ss, cue.c.start() - 6), cue.c.start())
            and cue.word.lower() in RELATIVE_VERBS) or cue.word.endswith("ed") and ADJECTIVE_USE_RE.search(
            ctx.masked, max(cue.ss, cue.c.start() - 12), cue.c.start()):
        return NEXT  # "Trump’s reported net worth", "in reported direct mail attacks": an adjective
    if cue.participle and DEGREE_BEFORE_RE.search(ctx.masked, max(cue.ss, cue.c.start() - 12), cue.c.start()):
        return NEXT  # "The most telling promise", "a very revealing answer": an adjective after a degree word
    if cue.word.lower() in OBJECT_GERUNDS and not COMMA_BEFORE_RE.search(
            ctx.masked, cue.ss, cue.c.start()) and not THAT_AFTER_RE.match(ctx.masked, cue.c.end(), cue.se):
        return NEXT  # "stopped writing his speech", "those writing checks": a gerund with an object, no clause
    if cue.word.lower() in THAT_FORMS and not cue.participle and not NAME_BEFORE_RE.search(
            ctx.masked, cue.ss, cue.c.start()) and (cue.word.lower() == "reports" or not GROUP_BEFORE_RE.search(
                ctx.masked, max(cue.ss, cue.c.start() - 30), cue.c.start())):  # "news reports the ...": a noun
        return NEXT
    return None


# "who asked not to be named", "asked to be identified only by her first name", "asked that his name not be used":
# the source asking for its own anonymity says nothing reported; the sentence's next verb may ("..., said the plan")
OWN_NAME_RE = re.compile(r"\s+(?:not\s+to\s+be|to\s+not\s+be|to\s+be|that\s+(?:he|she|they|his|her|their|its)\s+(?:names?\s+)?"
                         r"(?:not\s+)?be)\s+(?:\w+ly\s+)?(?:named|identified|quoted|used|cited|disclosed|published)\b|\s+for\s+anonymity\b")


def own_anonymity(ctx: Context, cue: Cue) -> Step:
    """'A state official, who asked not to be named, said ...': no content for 'asked'; the next verb's turn."""
    if cue.word.lower() in ("asked", "asking", "asks", "ask") and OWN_NAME_RE.match(ctx.masked, cue.c.end(), cue.se):
        return NEXT
    return None


def participle_of_plain_clause(ctx: Context, cue: Cue) -> Step:
    """'He emailed donors, saying that ...': the participle's source is the main clause's subject."""
    if not cue.participle:
        return None
    sep = SEP_END_RE.search(ctx.masked, max(cue.ss, cue.c.start() - 20), cue.c.start())
    bare = None if sep else BARE_SEP_RE.search(ctx.masked, max(cue.ss, cue.c.start() - 20), cue.c.start())
    if bare and not BARE_PARTICIPLE_RE.match(ctx.masked, bare.start(), cue.se):
        return None  # "... before announcing her run": an object, no clause
    sep = sep or bare
    if not sep:
        return None
    # "..., as Mrs. Clinton echoed the criticism, saying ...": a subordinate clause's own subject, as for a quotation
    subj = subordinate_subject(ctx.masked, cue.ss, cue.c.start()) or inverted_tag_source(ctx.masked, cue.ss, sep.start()) \
        or clause_subject(ctx.masked, cue.ss, cue.c.start()) or participle_source(ctx.masked, cue.ss, cue.c.start())
    ctx.participles(sep.start(), cue.se, subj, bare is not None)  # from the comma: ", saying ...", ", while saying ..."
    return DONE


# after a quotation that opens the complement, the clause goes on: 'says “the wind is at our backs” despite his loss'
MAIN_CLAUSE_AFTER_RE = re.compile(r",\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")
QUOTED_WORDS_RE = re.compile(r"(?:''|[“\"«„])•[•\s]*(?=''|[”\"»])")
CLAUSE_GOES_ON_RE = re.compile(r"(?:''|[”\"»])[ \t]+(?:(?!(?:he|she|they|it|I|we)\s)[a-z][\w’'-]*"
                               # 'saying “of course” Clinton has the qualifications': a name and its verb
                               r"|(?:[A-Z][\w’'.-]*[ \t]+){1,2}(?:has|is|was|will|would|could|should|can|must|did|does))"
                               r"(?:[ \t]+[\w’'-]+){1,}")


def quote_follows(ctx: Context, cue: Cue) -> Step:
    """'S said: “Q”' or 'S said “Q”': a direct quotation, which the speaker sieves handle; but 'S says “Q”
    despite ...', a quotation that the clause goes on after, is a mixed quote: the whole clause is content."""
    masked = ctx.masked
    rest = masked[cue.pos:cue.se]
    if (rest[:1] in "“\"«„•:" or not rest[:1].isalnum()) and not (cue.has_that and rest[:1] in "“\"«„"):
        if rest[:1] in "“\"«„" or rest[:2] == "''":
            body = QUOTED_WORDS_RE.match(rest)  # no stop or comma inside: words of a clause, not a whole quotation
            if body and CLAUSE_GOES_ON_RE.match(rest, body.end()):
                cue.mixed = True  # the complement rule takes it
                return None
        return NEXT
    return None


INVERTIBLE = ("said", "says", "added", "noted", "explained", "argued")


def inverted_tail(ctx: Context, cue: Cue) -> Step:
    """'CONTENT, said John Doe.' / 'CONTENT, said Doe, the ...' / 'CONTENT, said a senior official who ...'"""
    masked = ctx.masked
    if not MARKED_COMMA_END_RE.search(masked, cue.ss, cue.c.start()):
        return None
    if INVERTED_TAIL_RE.match(masked, cue.c.end(), cue.se):
        source = np_after(masked, cue.c.end(), cue.se) or cue.subj
    else:
        desc = INVERTED_DESC_RE.match(masked, cue.c.end(), cue.se) if cue.word.lower() in INVERTIBLE else None
        group = "np" if desc and desc.group("np") else "few"
        if desc is None or NP_VERB_RE.search(desc.group(group)) or not NP_VERB_RE.search(masked, cue.ss, cue.c.start()):
            if not cue.inverted:
                return None  # the words before the verb must be a clause, not its subject with an appositive
            # 'This is a "raw time," said Democratic strategist David Axelrod, ...': what comes before is
            # the content; a later verb ("..., who said ...") may still be a cue of its own
            ctx.emit(cue.ss, cue.ss + len(masked[cue.ss:cue.c.start()].rstrip()) - 1, cue.subj, cue.word)
            return NEXT
        else:
            source = desc.start(group), desc.end(group)
    ctx.emit(cue.ss, cue.ss + len(masked[cue.ss:cue.c.start()].rstrip()) - 1, source, cue.word)
    return NEXT if cue.inverted else DONE  # "“Q,” said X, who said ...": the relative clause's verb is a cue too


TOPIC_COMMA_RE = re.compile(r"(?:of|about|to|at|in|on)\s+(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+,\s+(?=(?:while\s+|before\s+|after\s+)?[a-z]+ing\b)")
COMMA_SPACE_RE = re.compile(r",\s+")
LEAD_RE = re.compile(r"(?:before|after|while)\s+(?:also\s+)?(?=[a-z]+ing\b)")


def participle_after(ctx: Context, cue: Cue) -> Step:
    """'"Q," he said, noting that ...' is a second attribution; '..., drawing gasps' is manner."""
    masked = ctx.masked
    pos = cue.pos
    topic = TOPIC_COMMA_RE.match(masked, pos, cue.se) if not cue.has_that else None
    pos = topic.end() if topic else pos  # '"Q," he said of the terrorist group, adding the U.S. must ...'
    comma = COMMA_SPACE_RE.match(masked, past_setting(masked, pos, cue.se), cue.se) if not topic and not cue.has_that else None
    pos = comma.end() if comma else pos  # '"Q," Clark said in a telephone interview from Ohio, noting he would ...'
    lead = LEAD_RE.match(masked, pos, cue.se)
    start = lead.end() if lead else pos  # "..., before insisting he had ..."
    if cue.has_that or "," not in masked[cue.c.end():pos] or not re.match(r"[a-z]+ing\b", masked[start:cue.se]):
        return None
    p2 = CUE_RE.match(masked, start, cue.se)
    if p2 and p2.group().endswith("ing"):
        p3 = MANNER_RE.match(masked, p2.end(), cue.se).end()  # type: ignore[union-attr]
        that = THAT_RE.match(masked, p3, cue.se)
        assert that is not None  # THAT_RE matches the empty string
        if p2.group().lower() not in PARTICIPLE_OBJECT_FORMS and "that" not in that.group() \
                and not QUOTE_START_RE.match(masked, that.end()):
            return DONE  # '..., speaking on condition of anonymity', '..., repeating a common line': no content
        p3 = that.end()
        cut = content_cut(masked, p3, cue.se)
        stop = cut.start() if cut else cue.se
        ctx.and_participle(ctx.emit(p3, stop, cue.subj, p2.group("cue")), stop, cue.subj)
        ctx.participles(p3, cue.se, cue.subj)
    return DONE


# participles whose object may be the words themselves; any other takes content only after "that" or a quotation
PARTICIPLE_OBJECT_FORMS = frozenset(f for f in INDIRECT_FORMS | {"calling", "urging", "describing", "promising"} if f.endswith("ing"))
QUOTE_ONLY_RE = re.compile(r"[\s“”\"'‘’`•.,!?…—–-]*•[\s“”\"'‘’`•.,!?…—–-]*$")


def after_quote(ctx: Context, cue: Cue) -> Step:
    """'"Q," he said aboard his campaign plane as he crossed Nevada': the quotation before the
    speaker is what was said; the words after the verb are the setting, not reported speech, but for a verb
    coordinated with the tag ('"Q," she said, but added that B': B is hers too)."""
    if cue.has_that or not QUOTE_ONLY_RE.match(ctx.masked, cue.ss, cue.subj[0]):
        return None
    ctx.coordinated(cue.c.end(), cue.se, cue.subj)  # '"Q," she said, but added that ...': a second attribution
    return DONE


OBJECT_OR_THAT_FORMS = NP_OBJECT_FORMS | THAT_FORMS | ANSWER_FORMS  # 'countered the argument', 'replied the same'
NEXT_CLAUSE_RE = re.compile(r",\s+(?:and|but|yet|while|though|although|whereas|even\s+as|even\s+though)\s")  # where an end rule cut the content before a clause of its own
CONJUNCTION_START_RE = re.compile(r"(?:and|but|or|nor)\b")
SAYS = frozenset(("say", "says", "said", "saying", "tell", "tells", "told", "telling"))
# "did not say when the bridge would reopen", "wouldn't say when, or if, ...": after a denial of the saying (right before
# the verb: "did not say", "wouldn’t immediately say", "declined to say", "has not said"), "when" opens the question
# left open, not the time of saying (not "did not say when asked about it")
WHEN_CLAUSE_RE = re.compile(r"when(?:,\s+or\s+if,)?\s+(?![a-z]+(?:ed|ing)\b)")
DENIED_BEFORE_RE = re.compile(r"(?:\bnot|n[’']t|\bnever|\bdeclined\s+to|\brefused\s+to|\byet\s+to)\s+(?:[a-z]+ly\s+|yet\s+)?$")
# "say" and "tell" seldom take a noun phrase: a subject of up to thirty words before an auxiliary or a modal
LONG_SUBJECT_CLAUSE_RE = re.compile(
    r"(?!(?:at|in|on|after|before|when|while|during|of|for|with|by|from|about|to|as|into|over|under|so|goodbye|"
    r"hello|yes|no)\b)(?:(?:[^\s.;:!?•“”\"]+|(?:[A-Z]|Mr|Mrs|Ms|Dr|Jr)\.)\s+){1,30}?"  # "Gonzalo P. Curiel", "Mr. Kim"
    r"(?:is|are|was|were|will|would|could|should|can|has|have|had|does|did|may|might|must|\w+n[’']t)\b")


COUNT_OBJECT_RE = re.compile(r"\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+|another\s+)?"
                             r"(?:[$£€]?\d|(?:two|three|four|five|six|"
                             r"seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|several)\s)")


# "writes a weekly column", "wrote a detailed, six-page letter to X", "tweeted a YouTube video", "write notes to the
# boxer": the verb's object is a document, what follows it is no reported content (a participle after it is read as
# the next cue: "wrote a letter saying that ..." as "sent a letter saying that ...")
WRITING_FORMS = frozenset(("write", "writes", "wrote", "written", "tweet", "tweets", "tweeted"))
DOCUMENT_OBJECT_RE = re.compile(r"\s+(?:(?:a|an|the|his|her|their|its|this|that|another|two|three|several)\s+)?"
                                r"(?:[\w’'.$-]+,?\s+){0,5}?(?:column|letter|op-ed|opinion\s+piece|piece|book|memoir|memo|note|"
                                r"post|message|video|link|essay|article|blog|editorial|song|poem|play|"
                                r"script|check|cheque|observations?)s?\b"
                                r"(?!\s+(?:that|is|was|were|are|has|had|have|will|would|could|should|can|did|does)\b)")


# a pro-form for the clause said: "said so", "said yes", "say the same of Sanders", up to the clause's end or a phrase of
# time ("said so in December"); not "said no to the deal", "said so far"
PRO_FORM_SAYS = frozenset(("say", "says", "said"))  # (not "a way of saying no")
# advice or ability, not a saying: "he should say so", "the courage to say so"
PRO_FORM_MODAL_RE = re.compile(r"\b(?:should|must|might|may|can|could|to)\s+$")
PRO_FORM_RE = re.compile(r"\s+(?P<c>so|yes|no|the\s+same(?:\s+(?:of|about|for)\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)?)"
                         r"(?=\s*(?:[.,;!?]|$)|\s+(?:in|last|this|on|earlier|when|after|before|a\s+year|a\s+month)\b)")
ARTICLE_START_RE = re.compile(r"(?:the|a|an)\s")
NAME_OR_ARTICLE_RE = re.compile(r"[A-Z]|(?:the|a|an)\s")


def not_a_clause(ctx: Context, cue: Cue) -> Step:
    """No 'that' and no clause after the verb: 'CONTENT, said the company's chief executive,
    John Doe.' if a comma comes before the verb, else the verb is not a cue here."""
    masked = ctx.masked
    if cue.word.lower() in PRO_FORM_SAYS and not cue.has_that:
        pro = PRO_FORM_RE.match(masked, cue.c.end(), cue.se)
        pro = None if pro and PRO_FORM_MODAL_RE.search(masked, max(cue.ss, cue.c.start() - 8), cue.c.start()) else pro
        if pro:  # "55 percent said so in December", "26 percent said the same of Mr. Lee": the clause stands for one before
            ctx.emit(pro.start("c"), pro.end("c"), cue.subj, cue.word, min_words=1)
            return NEXT  # (the sentence's next verb may be another speaker's: "..., but 55 percent say she does not")
    if CONJUNCTION_START_RE.match(masked, cue.pos, cue.se) and not cue.has_that and "," not in masked[cue.c.end():cue.pos]:
        return NEXT  # "which he has denied and which the former Mrs. Trump recently backed away from"
    if cue.word.lower().startswith("add") and COUNT_OBJECT_RE.match(masked, cue.c.end(), cue.se):
        return NEXT  # "her plan to add 300 officers, ...", "The agreement adds four sites": a count, not words
    if cue.word.lower() in WRITING_FORMS and not cue.has_that and DOCUMENT_OBJECT_RE.match(masked, cue.c.end(), cue.se):
        return NEXT  # "wrote a six-page letter to Columbia's president", "tweeted a video": the thing written, not words
    if cue.has_that or cue.mixed or CLAUSE_START_RE.match(masked[cue.pos:cue.se]) and not (
            cue.word.lower() in OBJECT_OR_THAT_FORMS and not PRONOUN_CLAUSE_RE.match(masked, cue.pos, cue.se)):
        return None
    if masked.startswith(("when ", "when,"), cue.pos) and cue.word.lower() in SAYS and WHEN_CLAUSE_RE.match(masked, cue.pos) \
            and DENIED_BEFORE_RE.search(masked, max(cue.ss, cue.c.start() - 32), cue.c.start()):
        return None  # "did not say when the bridge would reopen": a question left open, not the time of saying
    if cue.word.lower() in SAYS and LONG_SUBJECT_CLAUSE_RE.match(masked, cue.pos, cue.se):
        return None  # "said his frequent invocation of ... (though ...) doesn’t fly": a long subject, then its verb
    if cue.subj[0] <= cue.ss + 1 and not masked[cue.subj[1]:cue.c.start()].strip(" \t,"):
        return NEXT  # "Sen. Ted Cruz, a Republican candidate, tweeted a warning.": all before the verb is its subject
    after = np_after(masked, cue.c.end(), cue.se)
    if after and cue.word.lower() not in INVERTED_FORMS and ARTICLE_START_RE.match(masked[after[0]:after[1]]):
        after = None  # "..., tweeted a warning.": the verb's object; "said a senior official" inverts, "tweeted" does not
    if after and not NAME_OR_ARTICLE_RE.match(masked[after[0]:after[1]]):
        after = None  # "X, 35, the daughter of ..., said on Twitter": no name after the verb
    if MARKED_COMMA_END_RE.search(masked, cue.ss, cue.c.start()) and masked[cue.subj[0]:cue.subj[1]].lower() not in ("who", "which") \
            and (after or not masked[cue.c.end():cue.se].strip(" .")) and cue.word.lower() not in TELLS:
        ctx.emit(cue.ss, cue.ss + len(masked[cue.ss:cue.c.start()].rstrip()) - 1, after or cue.subj, cue.word)
        return DONE
    return NEXT


def complement(ctx: Context, cue: Cue) -> Step:
    """'S said (that) CONTENT', cut at ', adding ...' (a second attribution) and, for a
    relative clause's verb ('Broaddrick, who said Clinton raped her, recounted'), where it ends."""
    masked = ctx.masked
    cut = content_cut(masked, cue.pos, cue.se)
    end = cut.start() if cut else cue.se
    main = -1
    if SUBORDINATE_RE.match(masked, cue.ss, cue.c.start()) and "," not in masked[cue.c.end():cue.pos]:
        # "While the president has said he opposes X, his administration ...": the clause ends at its comma
        main = masked.find(", ", cue.pos, end)
        end = main if main != -1 else end
    main_after = MAIN_CLAUSE_AFTER_RE.search(masked, cue.pos, end) if cue.mixed else None
    end = main_after.start() if main_after else end  # '..., she said, “Q” about her record, Sanders jabbed ...'
    rel = None
    subject_relative = cue.relative or masked[cue.subj[0]:cue.subj[1]].lower() in ("who", "which")
    if subject_relative or masked.endswith(RELATIVE_WORDS, max(cue.ss, cue.subj[0] - 7), cue.subj[0]) \
            and OBJECT_RELATIVE_RE.search(masked, max(cue.ss, cue.subj[0] - 9), cue.subj[0]):
        rel = RELATIVE_END_RE.search(masked, cue.pos, end)
        if rel and masked.find(", ", cue.pos, rel.start()) != -1:
            rel = None  # "who suggested that Mr. Jäger, under fire for ..., would do better": an appositive, then its verb
        end = rel.start() if rel else end
        if rel is None and _opening_restrictive(masked, cue):
            end = _main_predicate(masked, cue.pos, end)
    # "declared that torture ''works''": a two-word clause after "that" is kept when part of it is quoted
    quoted = cue.has_that and QUOTED_RE.search(masked, cue.pos, end) is not None
    short = quoted or end - cue.pos <= ELLIPSIS_CHARS and ELLIPSIS_RE.match(masked, cue.pos, end) is not None \
        or cue.has_that and short_clause(masked, cue.pos, end)  # "said that prices rose"
    cut_at = ctx.emit(cue.pos, end, cue.subj, cue.word, min_words=2 if short else 3)
    ctx.and_participle(cut_at, end, cue.subj)  # "said he would not and suggesting that ...": its content too
    if main == -1 and cut_at < end and NEXT_CLAUSE_RE.match(masked, cut_at):
        # "... Mrs. Clinton won, and he added that ...": the clause that ended the content may hold a cue of its own
        ctx.participles(cue.pos, cut_at, cue.subj)
        for c in indirect_matches(masked, ctx.indirect_at, cut_at, cue.se):
            if cue_verb(ctx, cue.ss, cue.se, c):
                break
        return DONE
    if rel is not None and cut_at == end and subject_relative:  # "Podesta, who said A, said B": B is his too
        _main_cue(ctx, cue, rel.end())
        return DONE
    if main != -1:  # "..., Lewandowski said he does not": the main clause's own cue
        for c in indirect_matches(masked, ctx.indirect_at, main + 2, cue.se):
            if cue_verb(ctx, main + 2, cue.se, c):
                break
        return DONE
    ctx.participles(cue.pos, cue.se, cue.subj)
    ctx.coordinated(cue.pos, cue.se, cue.subj)
    return DONE


def _opening_restrictive(masked: str, cue: Cue) -> bool:
    """The cue's subject "who" opens a restrictive relative clause of the sentence's first noun phrase ("The hacker
    who first revealed that ..."): the main clause's verb is still to come."""
    return masked[cue.subj[0]:cue.subj[1]] == "who" and OPENING_NP_RE.fullmatch(masked, cue.ss, cue.subj[0]) is not None \
        and not NP_VERB_RE.search(masked, cue.ss, cue.subj[0]) and not ADVERB_RE.search(masked, cue.ss, cue.subj[0]) \
        and ADVERBS_ONLY_RE.match(masked, cue.subj[1], cue.c.start()) is not None


def _main_predicate(masked: str, pos: int, end: int) -> int:
    """Where the main clause's predicate starts in masked[pos:end] after a restrictive relative's content ("... the
    server was open was sentenced": before " was sentenced"), or end. Only the last auxiliary, with a verb in the
    content before it, not after a pronoun nor after a subject "the N" that opens a clause ("... and the tax was").
    """
    last = None
    for last in MAIN_PREDICATE_RE.finditer(masked, pos, end):
        pass
    if last is None or not NP_VERB_RE.search(masked, pos, last.start()) or masked.find(",", pos, last.start()) != -1:
        return end  # (after a comma the auxiliary is a later clause's: "..., while those whose top issue was ...")
    before = [w.lower() for w in masked[pos:last.start()].split()]
    if len(before) < 3 or before[-1] in PRONOUNS:
        return end
    for i in (-2, -3):  # "the tax was", "the new tax was": a determiner, and what stands before it
        if before[i] in DETERMINERS and (len(before) < -i + 1 or before[i - 1] in CLAUSE_OPENERS):
            return end
    return last.start()


def _main_cue(ctx: Context, cue: Cue, at: int) -> None:
    """The main clause's verb at `at` after a relative clause ", who said A, said B": if it is a cue, its content is
    the source's too (the rules after the speaker, from the verb on: nothing before it is read as content); its
    mention is the noun phrase the relative clause hangs on ("Podesta"), not "who"."""
    for c in indirect_matches(ctx.masked, ctx.indirect_at, at, min(cue.se, at + 40)):
        if c.start() != at:
            return
        head = subject_before(ctx.masked, at, cue.ss)  # (up to the relative pronoun: "Lee, a nurse who said A, said B")
        head = (head[0], len(ctx.masked[:min(head[1], cue.subj[0])].rstrip(" ,"))) if head and head[0] < cue.subj[0] else None
        main = Cue(at, cue.se, c, subj=head or cue.subj)
        complement_start(ctx, main)
        for name, rule in AFTER_SPEAKER:
            ctx.rule = name
            if rule(ctx, main):
                return
        return


BEFORE_SPEAKER: tuple[tuple[str, Rule], ...] = (
    ("noun-cue", noun_cue),
    ("own-anonymity", own_anonymity),
    ("participle-of-plain-clause", participle_of_plain_clause),
    ("inverted-mid", inverted_mid),
)
AFTER_SPEAKER: tuple[tuple[str, Rule], ...] = (
    ("parenthetical", parenthetical),
    ("content-before", content_before),
    ("quote-follows", quote_follows),
    ("inverted-tail", inverted_tail),
    ("participle-after", participle_after),
    ("after-quote", after_quote),
    ("not-a-clause", not_a_clause),
    ("complement", complement),
)


def cue_verb(ctx: Context, ss: int, se: int, c: re.Match[str]) -> bool:
    """Run the rules for the verb c; True when the sentence is taken."""
    cue = Cue(ss, se, c)
    for name, rule in BEFORE_SPEAKER:
        ctx.rule = name
        step = rule(ctx, cue)
        if step:
            return step == DONE
    if not speaker(ctx, cue):
        return False
    complement_start(ctx, cue)
    for name, rule in AFTER_SPEAKER:
        ctx.rule = name
        step = rule(ctx, cue)
        if step:
            return step == DONE
    return False
