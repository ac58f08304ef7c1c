"""One speech verb of a sentence as the cue rules see it (Cue), how its speaker is found (subject
before it, "X, who ... and said", "X did ... and said", an inverted "CONTENT, said X") and where its
complement starts (past the recipient of "told", manner phrases and "that"); and the main clause's
subject for a participle when no clause subject is found."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from briefing_app.analysis.cues import ANSWER_FORMS, AUX_RE
from briefing_app.analysis.mentions import np_after, subject_before
from briefing_app.analysis.roles import ROLE_WORDS
from briefing_app.analysis.reported.clauses import FAR_THAT_RE, INVERTED_DESC_RE, MANNER_RE, NP_VERB_RE, TELL_RE, THAT_RE
from briefing_app.analysis.reported.context import Context, Span2
from briefing_app.analysis.reported.passive import passive_said
from briefing_app.analysis.speaker_before import quoted_appositive
from briefing_app.analysis.subjects import clause_subject, coordinated_subject

Step = Literal["next", "done"] | None
NEXT: Step = "next"
DONE: Step = "done"
TELLS = ("told", "tell", "tells", "telling")
# verbs whose recipient may stand before "that" like told's: "warned residents that", "assured investors that",
# "promised voters that" (the recipient is no part of what was said)
RECIPIENT_THAT = frozenset("warned warn warns warning assured assure assures assuring reminded remind reminds reminding "
                           "informed inform informs informing promised promise promises promising advised advise advises "
                           "advising notified notify notifies notifying".split())
WHO_AND_RE = re.compile(r"(?P<np>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3}),\s+who\s+[^,;•]{0,200}?\s+and\s+(?:also\s+)?$")
# "... and said", "but has since said", "and has long argued", "and afterward said": a verb coordinated with one before
# a restrictive relative clause (no comma) between a subject and its cue: "Voters who backed Trump said"; "who" is the
# clause's subject (a lower-case word after it, no determiner or pronoun: not "hackers who U.S. officials say"), after a
# noun (not "questions on who ..."), the last before the cue, and the clause holds no other clause ("as", "but" ...)
NOT_BEFORE_WHO = frozenset("on about of to for know knows knew asked see".split())
NOT_AFTER_WHO = frozenset("the a an his her their its this these those some many he she they we I you it".split())
OTHER_CLAUSE_WORDS = frozenset("as while when because after before since if than but or".split())
CLAUSE_BREAKS = frozenset(",;:•“”\"")


def restrictive_who(masked: str, floor: int, end: int) -> int | None:
    """Where the last restrictive " who " clause before end opens (the space before "who"), or None; string tests only
    (one regex with lookarounds over the clause cost ~0.5% of an English analysis)."""
    w = masked.rfind(" who ", floor, end)
    if w <= floor or not (masked[w - 1].isalnum() or masked[w - 1] in "’'.)"):
        return None
    before = masked[max(floor, w - 10):w].split()
    clause = masked[w + 5:end]
    words = clause.split()
    if not before or before[-1] in NOT_BEFORE_WHO or not words or not words[0][:1].islower() \
            or words[0] in NOT_AFTER_WHO or len(clause) > 140 or any(c in CLAUSE_BREAKS for c in clause) \
            or any(x in OTHER_CLAUSE_WORDS for x in words):
        return None
    return w


COORD_RE = re.compile(r"[\w’'”\")—–-][,;]?\s+(?:and|but|yet)\s+(?:(?:also|then|later|since|long|afterwards?|again|still|now|"
                      r"once|even|has|had|have|[a-z]+ly)\s+){0,3}$")
# 'This is a "raw time," said X': the comma of a mixed quote's end sits inside its closing mark
MARKED_COMMA_END_RE = re.compile(r",(?:''|[”\"’'])?\s*$")


@dataclass
class Cue:
    """One speech verb c in the sentence masked[ss:se], with what the rules learn about it."""

    ss: int
    se: int
    c: re.Match[str]
    subj: Span2 = (0, 0)
    relative: bool = False  # the subject is the head of a relative clause holding the verb
    pos: int = 0  # where the complement starts
    has_that: bool = False
    inverted: bool = False  # the subject follows the verb ("CONTENT, said X")
    mixed: bool = False  # the complement opens with a quoted fragment ('says “the wind is at our backs” despite ...')
    word: str = field(init=False)  # the verb's form, c's "cue" group (read ~11 times a cue by the rules: taken once)
    participle: bool = field(init=False)  # "saying", "pointing out": the first word's -ing

    def __post_init__(self) -> None:
        self.word = self.c.group("cue")
        self.participle = self.word.partition(" ")[0].endswith("ing")


# "Clinton -- whose husband signed the act -- has derided ..., suggesting that": the name before a dashed aside
DASHED_SUBJECT_RE = re.compile(r"\s*(?P<np>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})[ \t]+(?:--|—|–)[ \t][^—–]{1,150}?(?:--|—|–)[ \t]")
# '"Q," said former tech executive Carly Fiorina during the debate, suggesting that ...': the inverted speaker
INVERTED_SAID_RE = re.compile(r"\b(?:said|says|added|wrote)\s+")


# "The review is ongoing, said Jane Doe, a spokeswoman for the ministry, adding that ...": a tag after the content, its
# verb before its speaker (a comma or a closing mark before the verb, a name or a determiner after it)
INVERTED_TAG_RE = re.compile(r"(?:,|[,.]?[”\"’]|'')[ \t]+(?:said|says|added|wrote)[ \t]+(?=[A-Z]|(?:a|an|the)[ \t])")


def inverted_tag_source(masked: str, ss: int, cue_start: int) -> Span2 | None:
    """The speaker of an inverted tag between the sentence's content and a participle (", said X, adding that ..."):
    the participle's source, rather than the content's own subject."""
    tags = list(INVERTED_TAG_RE.finditer(masked, ss, cue_start))
    return np_after(masked, tags[-1].end(), cue_start) if tags else None


def participle_source(masked: str, ss: int, cue_start: int) -> Span2 | None:
    """The main clause's subject when clause_subject finds none: a name before a dashed aside, or the speaker
    after an inverted verb earlier in the sentence; None leaves the content without a source."""
    dashed = DASHED_SUBJECT_RE.match(masked, ss, cue_start)
    if dashed:
        return dashed.start("np"), dashed.end("np")
    inverted = list(INVERTED_SAID_RE.finditer(masked, ss, cue_start))
    return np_after(masked, inverted[-1].end(), cue_start) if inverted else None


# "Republicans continue to warn", "voters were more likely to say", "Trump has tried to argue", "Officials have yet to
# say": the chain's subject
TO_CHAIN_RE = re.compile(r"(?:\b(?:was|were|is|are|has|have|had|will|would|also|still)\s+)*(?:(?:\w+ly|more|less)\s+)*"
                         r"\b(?:[a-z]+ed|continues?|wants?|tr(?:y|ies)|needs?|seems?|appears?|plans?|hopes?|likely|unlikely|"
                         r"able|ready|willing|eager|going|set|began|begins?|chose|got|(?:went|goes|go)\s+on|yet)\s+to\s+$")  # "went on to say"
# "used the occasion to declare", "took to Twitter to say", "used his speech to warn": the user's words
USED_TO_RE = re.compile(r"(?:\b(?:has|had|have|also|then)\s+)*\b(?:used|uses|took|takes)\s+(?:(?:the|his|her|their|its|a|an|to)\s+)?"
                        r"(?:[\w’'-]+\s+){0,3}?to\s+$")
# "It allowed Republicans to say", "The defeat led them to say": the object of the verb before is the one who speaks
# (a pronoun after a request is asked to speak, not speaking: "urged them to say")
TO_OBJECT_RE = re.compile(r"\b(?:[a-z]+(?:ed|s)|led)\s+(?P<np>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|"
                          r"(?<!urged )(?<!asked )(?<!begged )(?<!pressed )(?<!invited )(?<!wanted )(?<!expected )"
                          r"(?:him|her|them|us|me))\s+to\s+$")


# "rushed to TV to say", "went out of his way to say", "called friends on their cellphones to say": a purpose after the
# clause's own verb (a past or a progressive one), its subject the speaker ...
PURPOSE_TO_RE = re.compile(r"\b(?:[a-z]{3,}ed|[a-z]{3,}ing|went|came|took|made|spoke|wrote|sent|gave|held|got|ran|"
                           r"stood|rose)\b[^,;:.!?•“”\"]{0,60}?\s+to\s+$")
# ... unless the words before deny or weigh the saying ("declined to say", "would not say", "was too early to say",
# "had little to say about", "went so far as to say")
NOT_SAID_RE = re.compile(r"\b(?:not|never|no|n[’']t|declin\w*|refus\w*|hesitat\w*|reluctan\w*|unwilling|afraid|hard|easy|"
                         r"fair|safe|early|soon|premature|difficult|impossible|needless|suffice|nothing|little|anything|"
                         r"something|much|enough|what|how|whether|as|asked|expected|forced|pressed|urged)\b", re.I)


def infinitive_subject(masked: str, ss: int, start: int) -> Span2 | None:
    """The speaker of an infinitive cue ('continue to warn', 'allowed Republicans to say', 'rushed to TV to say')."""
    obj = TO_OBJECT_RE.search(masked, max(ss, start - 80), start)
    if obj:
        return obj.start("np"), obj.end("np")
    chain = TO_CHAIN_RE.search(masked, max(ss, start - 80), start) or USED_TO_RE.search(masked, max(ss, start - 80), start)
    if chain:
        return subject_before(masked, chain.start(), ss)
    purpose = PURPOSE_TO_RE.search(masked, max(ss, start - 80), start) if masked.startswith(SAYING_INFINITIVES, start) else None
    if purpose is None or NOT_SAID_RE.search(masked, ss, start):
        return None
    subj = subject_before(masked, purpose.start(), ss)  # a short noun phrase that opens the sentence, with no verb in it
    return subj if subj and not masked[ss:subj[0]].strip() and PURPOSE_SUBJECT_RE.match(masked, subj[0], subj[1]) \
        and len(masked[subj[0]:subj[1]].split()) <= 6 and not NP_VERB_RE.search(masked, subj[0], subj[1]) else None


SAYING_INFINITIVES = ("say ", "declare ", "announce ", "argue ", "insist ", "explain ", "warn ", "stress ", "tell ", "note ",
                      "claim ")
PURPOSE_SUBJECT_RE = re.compile(r"(?!(?:It|it|This|this|That|that|There|there)\b)(?:he|she|they|we|[A-Z]|(?:the|a|an|his|her|their|its)\s)")


# "released a letter stating that ...", "started the debate saying ...": what carries the words, or the occasion;
# the speaker is the main clause's subject
CARRIER_BEFORE_RE = re.compile(r"\b(?:statement|letter|message|tweet|post|email|release|note|memo|debate|speech|rally|"
                               r"interview|appearance|event|conference|hearing|video|column|op-ed|piece|article|essay|"
                               r"editorial|book|blog)s?[ \t]+$")
# "Lopez responded by saying ...", "Hannity followed up by asking ...", "Trump sent a jab the billionaire's way by
# suggesting ...": a gerund after "by" is the means of the main clause's act, its speaker that clause's subject
BY_BEFORE_RE = re.compile(r"\bby[ \t]+(?:(?:also|simply|first|again|\w+ly)[ \t]+)?$")


# after an inverted verb, a lower-case title and then the name: "said lobbyist and GOP strategist Charlie Black"
DET_NP_RE = re.compile(r"(?:the|a|an)\s")  # "..., said the company's chief executive."
INVERTED_FORMS = frozenset(("said", "says", "added", "adds", "wrote", "writes", "explained", "argued", "noted"))
TITLED_NAME_RE = re.compile(r"\s+(?!(?:that|the|a|an|this|in|on|at|to|of|for|with)\s)(?:[a-z][\w-]*\s+(?:and\s+)?){1,4}(?:[A-Z]{2,}\s+[a-z][\w-]*\s+)?"
                            r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})(?=\s*[,.;!?]|\s+(?:in|at|of|on|from)\s|\s*$)")


# "CONTENT, the company's chief executive, John Doe, said": a description with a role word before the name, set off
# by commas, is the speaker's too, not the end of the content
DESC_BEFORE_NAME_RE = re.compile(r",(?:''|[”\"’'])?\s+(?P<desc>(?:the|a|an|his|her|its|their|[A-Z][\w’'.-]*(?:’s|'s))\s+[^,;:•“”\"]{1,80}?),\s+$")
WORD_RE = re.compile(r"[A-Za-z][\w-]*")


def _described(masked: str, ss: int, subj: Span2) -> Span2:
    """subj, or from the description before it when it is one with a role word and no verb."""
    if subj[1] - subj[0] < 3 or not masked[subj[0]].isupper() or not masked.endswith(", ", max(ss, subj[0] - 2), subj[0]):
        return subj  # (a name right after ", " only)
    d = DESC_BEFORE_NAME_RE.search(masked, max(ss, subj[0] - 100), subj[0])
    if d is None or d.start() <= ss or NP_VERB_RE.search(d.group("desc")) \
            or not any(w.lower() in ROLE_WORDS for w in WORD_RE.findall(d.group("desc"))):
        return subj
    return d.start("desc"), subj[1]


ASKED_ABOUT_RE = re.compile(r"\s+(?:about|whether|if|what|how|why|who|when|where|by)\b")  # a passive "asked", no object


def _own_predicate(masked: str, start: int, end: int) -> bool:
    """The words of a relative clause before the cue hold more than auxiliaries and adverbs ('who lives nearby said')."""
    return any(not AUX_RE.match(w) and w not in ("yet", "to") for w in masked[start:end].split())


def speaker(ctx: Context, cue: Cue) -> bool:
    """Find the verb's subject: the NP before it, 'X, who ... and said', or after 'and' the clause subject."""
    masked, ss, start = ctx.masked, cue.ss, cue.c.start()
    if cue.word == "said" and passive_said(masked, start, ss):
        return False  # "The plan, which was said to be ready, ...": hearsay (passive.said_to), no one speaking
    subj = subject_before(masked, start, ss)
    who = restrictive_who(masked, max(ss, start - 160), start)
    if who is not None and (subj is None or subj[0] > who + 1) and not cue.participle \
            and _own_predicate(masked, who + 5, start):
        # ("a man who said ...": 'who' stays, as before; "superdelegates who have not yet announced": no clause)
        # "A man who lives nearby said ...", "An official who asked not to be named said ...": the man, not the clause
        subj = subject_before(masked, who + 1, ss) or subj
    clause_before = bool(subj and masked.endswith(", ", max(ss, start - 2), start) and not masked[ss:subj[0]].strip()
                         and masked.find(",", subj[0], subj[1]) == -1 and NP_VERB_RE.search(masked, subj[0], subj[1]))
    if clause_before:
        subj = None  # "Even India has more resonance through films, says X": a clause before the verb, no subject
    if cue.participle and CARRIER_BEFORE_RE.search(masked, max(ss, start - 14), start):
        subj = clause_subject(masked, ss, start) or subj  # "released a letter stating ...": the letter's writer
    elif cue.participle and BY_BEFORE_RE.search(masked, max(ss, start - 16), start) \
            and masked.find(" who ", ss, start) == -1:  # (not inside a relative: "the candidate who launched ... by")
        subj = clause_subject(masked, ss, start) or subj
    if subj is None and not cue.participle:
        # "Ann Lee, author of “The Long Road,” said ...": an appositive that ends in a quoted title
        subj = quoted_appositive(masked, max(ss, start - 200), start)
    if subj is None:
        w = WHO_AND_RE.search(masked, max(ss, start - 300), start)
        if w:  # "Sanders, who endorsed Canova and said he would campaign with him, ..."
            subj, cue.relative = (w.start("np"), w.end("np")), True
    if subj is None and COORD_RE.search(masked, max(ss, start - 80), start):
        # "Mr. Trump was forced into damage control and said that ...": the clause subject
        subj = coordinated_subject(masked, ss, start)
        if subj and subj[1] - subj[0] < 2:
            subj = None
    if subj is None and masked.endswith("to ", ss, start):
        subj = infinitive_subject(masked, ss, start)  # "Republicans continue to warn that", "allowed X to say"
    if subj is None and MARKED_COMMA_END_RE.search(masked, max(ss, start - 80), start):
        # "CONTENT, said David Autor, a professor at M.I.T.": the name after the verb
        cue.inverted = True
        after = np_after(masked, cue.c.end(), cue.se)
        subj = after if after and (masked[after[0]:after[0] + 1].isupper() or clause_before and DET_NP_RE.match(
            masked, after[0], after[1])) else None
        desc = INVERTED_DESC_RE.match(masked, cue.c.end(), cue.se) if subj is None else None
        if desc:  # "CONTENT, said several observers."
            group = "np" if desc.group("np") else "few"
            subj = desc.start(group), desc.end(group)
        titled = TITLED_NAME_RE.match(masked, cue.c.end(), cue.se) if subj is None and cue.word in INVERTED_FORMS else None
        if titled:  # "CONTENT, says political scientist Dossym Satpayev in Almaty."
            subj = titled.start("name"), titled.end("name")
    if subj is None or cue.word.lower() == "asked" and masked.endswith(", ", max(ss, start - 2), start) \
            and ASKED_ABOUT_RE.match(masked, cue.c.end(), cue.se):
        return False  # "Alvarez, asked whether she expected lawsuits, shrugged": she was asked; the asker is not named
    cue.subj = subj if cue.inverted else _described(masked, ss, subj)
    return True


# "stated of the email scandal that the report ...", "said of terrorists that “you ...”": a topic, then the clause
# (not the relative "that" of "said of a list that included ...")
OF_THAT_RE = re.compile(r"\s*of\s+(?:[\w’'.-]+\s+){1,4}?that\s+(?=(?:the|a|an|he|she|they|it|we|I|his|her|their|its|this)\s|"
                        r"[A-Z“\"•]|'')")


# "wrote in both listings he was “honored”", "said at the rally they would win": a short phrase of where or how,
# then a clause opening with a pronoun and its verb
PHRASE_THEN_CLAUSE_RE = re.compile(r"\s*(?:in|on|at|during|after|before|with|from|via|through|over)\s+(?:[^\s.;:!?“”\"•,]+\s+){1,5}?"
                                   r"(?=(?:he|she|they|we|I)\s+(?:(?:also|still|would|will|was|were|had|has|have|is|are|"
                                   r"could|should|can|did|does|do)\b|[a-z]+(?:ed|s)\b))")


# a noun for what others hold or say, right before a far "that": the clause is the noun's, not the speaker's words
# ("scoffed at the suggestion that ...", "said in response to claims that ...", "laughed off reports that ...")
PROPOSITION_BEFORE_RE = re.compile(r"\b(?:suggestions?|ideas?|notions?|claims?|reports?|allegations?|accusations?|"
                                   r"rumou?rs?|speculation|assertions?|charges?|theory|theories|criticism)\s+$")
PHRASE_WORDS = (" in ", " on ", " at ", " during ", " after ", " before ", " with ", " from ", " via ", " through ", " over ")


# an aside set off by commas between the verb and "that": "said, citing police figures, that", "said, however, that",
# "told reporters, without providing evidence, that", "said, in a statement, that"
ASIDE_THAT_RE = re.compile(r",[ \t]+(?:[^\s,.;:!?“”\"•]+[ \t]+){0,7}[^\s,.;:!?“”\"•]+,[ \t]+(?P<that>that[ \t])")
# and a connective between commas before a clause with no "that": "She said, however, the bridge would close."
CONNECTIVE_ASIDE_RE = re.compile(r",[ \t]+(?:however|though|too|also|moreover|furthermore|nevertheless|nonetheless|meanwhile|"
                                 r"instead|still|again|once\s+again|in\s+fact|of\s+course|for\s+example|for\s+instance|"
                                 r"in\s+addition|by\s+contrast|in\s+turn|after\s+all|at\s+the\s+same\s+time|in\s+other\s+words|in\s+short|"
                                 r"likewise|similarly|on\s+the\s+other\s+hand|in\s+any\s+case),[ \t]+(?P<that>)")
# and a phrase of where, when or how between commas before a clause opening with a pronoun: "said, after a long pause,
# she's not running again", "said, in a brief statement, they were reviewing the case", "said, in Ohio, the plan was
# dead" (a pronoun, or a determiner's noun phrase and its auxiliary; "if elected" or "win or lose" before the clause
# are the speaker's own words and stay in the content)
SETTING_ASIDE_RE = re.compile(r",[ \t]+(?:in|on|at|during|after|before|with|from|via|through|over|speaking\s+(?:to|with|at|on|in))"
                              r"[ \t]+(?:[^\s,.;:!?“”\"•]+[ \t]+){0,7}[^\s,.;:!?“”\"•]+,[ \t]+(?P<that>)"
                              r"(?=(?:he|she|they|we|I|it)(?:[’'](?:s|re|ll|d|ve|m))?[ \t]+[a-z]"
                              r"|(?:the|his|her|their|its|this|these|those)[ \t]+(?:[\w’'-]+[ \t]+){1,3}?(?:is|are|was|were|"
                              r"will|would|could|should|can|has|have|had|did|does|may|might|must)\b)")
PREPOSITION_START_RE = re.compile(r"\s*(?:in|on|at|to|during|after|before|about|with|from|via|through|for)\s")


# a clause after the verb's colon, not a quotation: a word, then a lower-case word ("It's time", "the state cannot")
COLON_CLAUSE_RE = re.compile(r":[ \t]+(?=[A-Za-z][\w’'-]*[ \t]+[a-z])")


def _far_that(masked: str, pos: int, se: int) -> re.Match[str] | None:
    """FAR_THAT_RE.match(masked, pos, se) ("told a town hall in Salem on Monday that"), tried only where the sentence holds
    "that" after pos (a match ends in it; a pattern that reads up to ten words before failing costs ~13,000 instructions)."""
    return FAR_THAT_RE.match(masked, pos, se) if masked.find("that", pos, se) != -1 else None


def complement_start(ctx: Context, cue: Cue) -> None:
    """Past the recipient of 'told', manner phrases ('on Sunday', 'in a statement') and 'that'."""
    masked, se = ctx.masked, cue.se
    pos = cue.c.end()
    if cue.word.lower() in TELLS:
        t = TELL_RE.match(masked, pos, se)
        pos = t.end() if t else pos
    elif cue.word.lower() in RECIPIENT_THAT:
        t = TELL_RE.match(masked, pos, se)
        if t and t.group().strip() != "that" and masked.startswith(" that ", t.end()):
            pos = t.end()  # "warned residents that ...": past the recipient
    pos = MANNER_RE.match(masked, pos, se).end()  # type: ignore[union-attr]
    aside = ASIDE_THAT_RE.match(masked, pos, se) or CONNECTIVE_ASIDE_RE.match(masked, pos, se) \
        or SETTING_ASIDE_RE.match(masked, pos, se) if masked.startswith(",", pos) else None
    pos = aside.start("that") if aside else pos  # "said, citing police figures, that ...": the aside is not content
    colon = COLON_CLAUSE_RE.match(masked, pos, se) if masked.startswith(":", pos) else None
    pos = colon.end() if colon else pos  # "Some Americans say: It's time for us to get out.": no quotation marks
    far = _far_that(masked, pos, se) if colon is None else None
    answer_to = cue.word.lower() in ANSWER_FORMS and masked.startswith(" to ", pos)  # "responded to reports that ..."
    if far and not answer_to and not PROPOSITION_BEFORE_RE.search(masked, pos, far.start("that")) and not THAT_RE.match(masked, pos, se).group().strip() and (  # type: ignore[union-attr]
            cue.word.lower() in TELLS
            or PREPOSITION_START_RE.match(masked[pos:se])
            or masked.startswith(" of ", pos) and OF_THAT_RE.match(masked, pos, se)):
        pos = far.start("that")  # "told a town hall in Salem on Monday that ...", "said in a memo to staff that"
    elif not far and masked.startswith(PHRASE_WORDS, pos):
        phrase = PHRASE_THEN_CLAUSE_RE.match(masked, pos, se)
        pos = phrase.end() if phrase else pos  # "wrote in both listings he was ..."
    that = THAT_RE.match(masked, pos, se)
    assert that is not None  # THAT_RE matches the empty string
    cue.has_that = colon is not None or "that" in that.group()  # (the colon opens a clause as "that" does)
    cue.pos = that.end()
