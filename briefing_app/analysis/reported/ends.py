"""Where a reported content ends, as a table of small named rules each reading the content
masked[s:e] and returning an earlier end, or None. Every rule only cuts what follows the speaker's
clause: the reporter's comment on it (", a charge that Colorado leaders denied"), or the speaker's
next act (", but cautioned against ...")."""
from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.analysis.cues import PARTICIPLE_CUE_ALT

EndRule = Callable[[str, int, int], "int | None"]

# "..., a charge that Colorado Republican leaders strongly denied", "..., an ambitious goal that would ...":
# an appositive naming what the content is, with a relative clause: the reporter's words about it
COMMENT_NOUNS = (r"charge|claim|assertion|allegation|accusation|statement|remark|comment|contention|argument|"
                 r"view|position|suggestion|prediction|promise|pledge|goal|move|step|idea|notion|sentiment|"
                 r"reference|prospect|scenario|proposal|plan|description|characterization|point|assessment")
COMMENT_RE = re.compile(r",\s+(?:a|an|one|another)\s+(?:[\w’'-]+\s+){0,3}?(?:" + COMMENT_NOUNS + r")s?\b"
                        r"(?=\s+(?:that|which|who|he|she|they|it|[A-Z])\b|\s*[,.;]?\s*$)")


def _start(pattern: re.Pattern[str], masked: str, s: int, e: int) -> int | None:
    """Where `pattern` first matches in masked[s:e] (the content ends there), or None."""
    m = pattern.search(masked, s, e)
    return m.start() if m else None


def comment_appositive(masked: str, s: int, e: int) -> int | None:
    cut = _start(COMMENT_RE, masked, s, e)
    if cut is not None:
        return cut
    # "..., a swipe at the recent disturbances", "..., a requirement that tilts ...": an appositive noun phrase that
    # runs to the content's end, with no verb before its relative clause
    comma = masked.rfind(", a", s, e)
    if comma == -1 or comma - s < 20:
        return None
    tail = TAIL_APPOSITIVE_RE.match(masked, comma, e)
    if tail is None:
        return None
    head = RELATIVE_SPLIT_RE.split(tail.group("np"), maxsplit=1)[0]  # the noun phrase before its relative clause
    return comma if not NP_VERB_RE.search(head) and len(head.split()) <= 12 else None


TAIL_APPOSITIVE_RE = re.compile(r",\s+(?:a|an)\s+(?P<np>[^,;:•“”\"]+?)\s*[.;]?\s*$")
RELATIVE_SPLIT_RE = re.compile(r"\b(?:that|which|who|whom|whose)\b")
NP_VERB_RE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|did|does|do|"
                        r"gave|made|took|got|went|came|said|told|put|won|lost|led|kept|held|ran|saw|became|began|[a-z]+ed)\b")


# "he had voted for Mr. Rubio, but cautioned against viewing that as an endorsement": the main clause's
# subject does something else (a second verb with no subject of its own, in the past tense)
NEXT_ACT_RE = re.compile(r"(?:,\s+(?:but|and)|\s+but(?=\s+(?:has|have|had)\s))\s+(?:(?:also|then|later|quickly|instead|still)\s+)?"
                         r"(?:(?:has|have|had)\s+(?:(?:also|since|not|never|yet|already)\s+)?(?:[a-z]{3,}ed|withheld|made|taken|"
                         r"said|told|written|given|kept|held|spoken)\s+|"  # "... Trump but has withheld her endorsement"
                         r"(?!(?:need|used|based|aged|red|bed|led|fed|shed|wed|bred|sped|speed|seed|feed|deed)\b)"
                         r"[a-z]{3,}ed\s+)(?=(?:a|an|the|his|her|their|its|this|these|those|him|them|it|another|any|"
                         r"against|about|for|with|that|to|[A-Z])\b)")


def next_act(masked: str, s: int, e: int) -> int | None:
    if masked.find(",", s, e) == -1 and masked.find(" but ", s, e) == -1:
        return None  # (plain searches first: the pattern needs a comma or "but")
    return _start(NEXT_ACT_RE, masked, s, e)


# "a boycott of his speech, and the Anti-Defamation League strongly denounced Trump's rhetoric": after a comma
# and "and", a new subject (a determiner or a name, not a pronoun that may be the speaker's) with a verb in the
# past: the reporter's next fact. A participle before "by/in/to ..." may be a passive one ("the funds allocated to
# schools"), but not a verb whose object is an infinitive (", and the mayor vowed to pass it"); the comma may end a
# quotation ('called it “a disgrace,” and Mr. Lee vowed ...'); no participle after an article ("has become a failed state")
INFINITIVE_PASTS = r"vowed|pledged|agreed|decided|refused|declined|threatened|tried|attempted|hoped|wanted|planned|voted|failed"
# after "to", a verb, not a noun or a pronoun: "the money pledged to schools would be cut" is a passive participle
# (a verb after "to" is a base form: no article, pronoun or plural "-s" but "-ss"/"-us": "vowed to pass", "to focus";
# a quotation may open there: 'vowed to "bomb the hell" out of ...')
TO_VERB = r"(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|him|them|us|me|it)\b)(?![a-z]*[^su]s\b)"
NEW_CLAUSE_RE = re.compile(r",(?:''|[”\"’])?\s+(?:and|but|yet)\s+(?:(?:the|a|an|other|others|some|many)\s+|(?!I\s)[A-Z][\w’'.-]*\s+)(?:[\w’'.-]+\s+){0,6}?"
                           r"(?:(?:[a-z]+ly|also|already|still)\s+)?(?:has|have|had)?\s*(?:(?:" + INFINITIVE_PASTS + r")(?=\s+to\s+" + TO_VERB + r")|"
                           r"(?<!\sa\s)(?<!\san\s)(?<!\sthe\s)(?:(?!need|used|based)[a-z]{3,}ed|said|says|told|tells|wrote|writes)\b"  # (", and Ms. Acosta said
                           r"(?!\s+(?:by|in|on|at|to|from|with)\b))")  # the measures ...": another speaker's)


def new_clause(masked: str, s: int, e: int) -> int | None:
    return _start(NEW_CLAUSE_RE, masked, s, e)


# "said the tax was unfair and promised to fight it", "says the levy is unjust and vows to repeal it": with no comma, a
# second verb of intent in the past with its infinitive is the speaker's next act, not the content's (a content's own
# verb after "would", "will" or "to" is a base form: "would run and vow"). The present ("vows", "promises", which may
# be nouns: "speeches and promises to shake things up": not that one) only after a cue in the present ("says the levy ...")
VOW_PASTS = r"vowed|promised|pledged|sought|swore|threatened"
# (the present perfect with "has" as the past: "said the levy was unfair and has promised to fight it"; not "have",
# which the content's plural subject may take: "said workers were angry and have vowed to strike")
NEXT_VOW_RE = re.compile(r"\s+and\s+(?:(?:also|then|later|quickly)\s+)?(?:(?P<past>" + VOW_PASTS + r"|has\s+(?:(?:also|since|"
                         r"already)\s+)?(?:vowed|promised|pledged|sworn|threatened))|vows|pledges|seeks|swears|threatens)"
                         r"\s+to\s+" + TO_VERB + r"[a-z“\"]")
PRESENT_CUE_RE = re.compile(r"\b(?:says|tells\s+[\w’'.-]+(?:\s+[\w’'.-]+)?|insists|argues|claims|contends|maintains)"
                            r"(?:\s+that)?\s*$")


def next_vow(masked: str, s: int, e: int) -> int | None:
    if masked.find(" and ", s, e) == -1:
        return None  # (a plain search first: most contents have no "and")
    for m in NEXT_VOW_RE.finditer(masked, s, e):
        if m.group("past") or PRESENT_CUE_RE.search(masked, max(0, s - 40), s):
            return m.start()
    return None


# "called for the resignation of the president, but his battles with Trump have drawn ...", "urged people to seek
# shelter, and the hashtag was soon trending": after a request's or a name's object (a noun phrase, "X to V", "X Y"),
# which holds no clause of its own, a new subject with an auxiliary or a modal is the reporter's next fact (after a
# reported clause the gold is split on the same words, so this end is only the request rules')
REQUEST_CLAUSE_RE = re.compile(r",(?:''|[”\"’])?\s+(?:and|but|yet)\s+(?:(?:the|a|an|other|others|some|many|his|her|their|its)\s+|"
                               r"(?!I\s)[A-Z][\w’'.-]*\s+)(?:[\w’'.-]+\s+){0,6}?(?:(?:[a-z]+ly|also|already|still|soon)\s+)?"
                               r"(?:was|were|is|are|has|have|had|will|would|could|can)\b")
REQUEST_RULES = frozenset(("calls", "object-cues"))


def request_clause(masked: str, s: int, e: int) -> int | None:
    return _start(REQUEST_CLAUSE_RE, masked, s, e) if masked.find(",", s, e) != -1 else None


# "he got into the race because Romney let him down, and he decided he would rather win": after a comma and a
# conjunction, a pronoun subject with a verb in the past of its own: the reporter's next fact
PRONOUN_CLAUSE_RE = re.compile(r",\s+(?:and|but|yet)\s+(?:he|she|they)\s+(?:(?:also|still|then|later|quickly|\w+ly)\s+)?"
                               r"(?:has\s+|have\s+|had\s+)?(?:(?!need|used|based)[a-z]{3,}ed|said|told|wrote|spoke|went|made|took|gave|"
                               r"came|met|left|kept|held|began|became|ran|won|lost|sent|spent|got|saw|knew|thought|did)\b")


def pronoun_clause(masked: str, s: int, e: int) -> int | None:
    return _start(PRONOUN_CLAUSE_RE, masked, s, e)


# "they prefer a liberal agenda, but six in 10 said they want ...", "..., while Cruz said that ...", "..., but her team
# denied that ...": after a comma and a conjunction, a new subject (no pronoun, which may be the speaker's; no relative
# clause in it) with a verb of speech of its own: another speaker's words, not more of the first one's
# (nor a phrase of time or place: ", but in a later interview said ...", the same speaker's next act)
OTHER_SPEAKER_RE = re.compile(r",\s+(?:and|but|yet|while|whereas)\s+(?!(?:he|she|they|it|I|we|you|that|this|what|there|so|then|if|"
                              r"in|on|at|during|after|before|later|also|with|when|as)\b)"
                              r"(?:(?!(?:who|which|that|whom)\b)[\w’'.%$-]+\s+){1,7}?(?:(?:also|only|still|later|has|have|had)\s+)?"
                              r"(?:said|say|says|told|tell|tells|wrote|writes|argued|argue|argues|noted|note|notes|"
                              r"added|warned|warn|warns|insisted|insist|insists|claimed|claim|claims|denied|deny|denies|"
                              r"suggested|suggest|suggests|countered|contended|contend|contends|maintained|maintain|maintains|"
                              r"responded|replied|predicted|predict|predicts)\b(?!\s+by\b)")


def other_speaker(masked: str, s: int, e: int) -> int | None:
    return _start(OTHER_SPEAKER_RE, masked, s, e)


# "stricter gun laws would help, though they blame the mental health system", "..., even as he has taken shots at":
# a concessive clause after a comma is the reporter's contrast, not the speaker's words
CONCESSIVE_RE = re.compile(r",\s+(?:though|although|even\s+as|even\s+though|whereas)\s+"
                           r"(?=(?:he|she|they|it|we|there|I|[A-Z][\w’'.-]*|the|a|an|his|her|their|its|many|some|most)\s+"
                           r"(?:[\w’'-]+\s+){0,4}?(?:is|are|was|were|has|have|had|will|would|could|did|does|do|can|[a-z]+ed|"
                           r"[a-z]{3,}s|said|say|says|told)\b)")  # a clause: a subject and its verb ("though they blame")


# "the budget was balanced, though critics said it relied on cuts", "..., while her rival said it would fail": a
# contrast whose subject (any noun phrase of a few lower-case words) has a verb of speech of its own: another speaker's
# words, not the first one's
_CONTRAST_SAID = (r"(?:though|although|even\s+though|whereas|while)\s+(?=(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]{2,}"
                  r"\s+(?:(?:also|had|has|have)\s+)?(?:said|say|says|told|tell|argued|argue|argues|warned|warn|"
                  r"warns|insisted|insist|insists|contended|contend|countered|counter|noted|note|notes)\b)")
CONTRAST_SAID_RE = re.compile(r",\s+" + _CONTRAST_SAID)
# the same contrast right after a parenthetical tag: "CONTENT, officials said, while critics said Y" (Y is the critics')
CONTRAST_SAID_START_RE = re.compile(_CONTRAST_SAID)


def concessive(masked: str, s: int, e: int) -> int | None:
    cut = _start(CONCESSIVE_RE, masked, s, e)
    other = _start(CONTRAST_SAID_RE, masked, s, e) if ", " in masked[s:e] else None
    return cut if other is None else other if cut is None else min(cut, other)


# "calling Alwaleed "dopey" and accusing him of ...": a second participle of the speaker's, one of the cue lexicon
# ("accusing", "threatening", "bragging"), is a next act of its own, not more content ("crafting ... and holding" stays)
NEXT_PARTICIPLE_RE = re.compile(r",?\s+and\s+(?:then\s+|also\s+)?(?:" + PARTICIPLE_CUE_ALT + r")\s+"
                                r"(?=(?:him|her|them|it|his|their|its|about|that|to|on|of|for|the|a|an)\b)")


def next_participle(masked: str, s: int, e: int) -> int | None:
    if masked.find("and ", s, e) == -1:
        return None  # (a plain search first: most contents have no "and")
    return _start(NEXT_PARTICIPLE_RE, masked, s, e)


# "why he had yet to endorse Clinton during an appearance Friday on CBS": a closing phrase of where or when it
# was said, running to the end of the content, is the setting of the speech, not its content
SETTING_TAIL_RE = re.compile(r"\s+(?:during|in|at|on)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}?"
                             r"(?:appearance|interview|debate|briefing|news\s+conference|press\s+conference|rally|"
                             r"town\s+hall|hearing|speech|statement|radio\s+show|television\s+interview)\b"
                             r"(?:\s+(?:with|on|to|by|in|at|of|the|a|an|last|this|next|week|month|year|night|morning|"
                             r"afternoon|evening|earlier|later|aired|published|broadcast|late|early|[A-Z][\w’'.-]*|\d[\w,]*|"
                             r"[“\"]•[•\s]*[,.]?[”\"]?|''•[•\s]*[,.]?(?:'')?)){0,10}[\s,.]*$")


SETTING_TAIL_CHARS = 220  # the closing phrase is no longer than this: the search reads only the content's end


# a word every match of SETTING_TAIL_RE holds (of its nouns): a content's end without one is not searched (the search
# tries the pattern at every blank of it)
SETTING_NOUNS_RE = re.compile(r"appearance|interview|debate|briefing|conference|rally|town|hearing|speech|statement|radio")


def setting_tail(masked: str, s: int, e: int) -> int | None:
    if SETTING_NOUNS_RE.search(masked, max(s, e - SETTING_TAIL_CHARS), e) is None:
        return None
    m = SETTING_TAIL_RE.search(masked, max(s, e - SETTING_TAIL_CHARS), e)
    return m.start() if m else None


# "the bridge would reopen, asked about the delays", "..., when asked whether he would run": the speaker being asked, the
# occasion of the saying (the question is a content of its own, document_rules.object_cues), not more of its words
ASKED_TAIL_RE = re.compile(r",\s+(?:when\s+|after\s+being\s+|after\s+)?asked\s+(?:[a-z]+ly\s+)?"
                           r"(?:about|if|whether|what|how|why|who|when|where|which)\b")


def asked_tail(masked: str, s: int, e: int) -> int | None:
    if masked.find("asked", s, e) == -1:
        return None
    return _start(ASKED_TAIL_RE, masked, s, e)


END_RULES: tuple[tuple[str, EndRule], ...] = (
    ("comment-appositive", comment_appositive),
    ("next-act", next_act),
    ("new-clause", new_clause),
    ("next-vow", next_vow),
    ("pronoun-clause", pronoun_clause),
    ("next-participle", next_participle),
    ("concessive", concessive),
    ("other-speaker", other_speaker),
    ("setting-tail", setting_tail),
    ("asked-tail", asked_tail),
)


# each needs a comma in the content
COMMA_RULES = frozenset(("comment-appositive", "new-clause", "pronoun-clause", "concessive", "other-speaker", "asked-tail"))
# what follows a speaker's clause, not inside a whole clause
CLAUSE_RULES = frozenset(("next-act", "new-clause", "next-vow", "pronoun-clause", "next-participle", "concessive", "other-speaker"))


def content_end(masked: str, s: int, e: int, whole: bool = False) -> int:
    """The earliest end any rule finds in masked[s:e] (e when none does); for a whole clause (the content
    before its speaker: "CONTENT, officials said.") its next act and next clause stay in it."""
    comma = masked.find(",", s, e) != -1
    for name, rule in END_RULES:
        if not comma and name in COMMA_RULES or whole and name in CLAUSE_RULES:
            continue
        cut = rule(masked, s, e)
        if cut is not None and cut > s:
            e = cut
    return e
