"""Options others are reported to call for (or against): "critics urged the EU to ...", "unions demanded
that Brussels suspend ...", "called for sanctions", "opposed the merger"."""
from __future__ import annotations

import re

from briefing_app.analysis.options.action_hits import np_hit, passive_hit, verb_after_subject, vp_hit
from briefing_app.analysis.options.doers import acted_on, can_act
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.keys import keys, words_in
from briefing_app.analysis.options.listed import AND_AFTER_RE, list_hits
from briefing_app.analysis.options.lexicon import BY_AGENT_RE, NOMINAL_CALL_RE, PASSIVE_BE_RE, PAST_TIME_RE, POLICY_NOUN_RE
from briefing_app.analysis.options.modal_shape import ERGATIVE_VERBS, shape
from briefing_app.analysis.options.phrases import action_end, summary
from briefing_app.analysis.options.thwarted import THWART_CUES, THWART_RE
from briefing_app.analysis.subject_content import noun_phrase_end, owner_opens

NOUN_SUPPORT_RE = re.compile(r"(?:\b(?:in|of|for|with|without|and|or|to|popular|public|strong|broad|financial|military|"
                             r"political|moral|its|his|her|their|our|my|your|should|must|would|will|could|can|may|might|"
                             r"not)|[”\"’'])\s+$", re.I)  # after a modal the modal rules read it
# after "insist/suggest that" + subject: a finite verb makes the clause a claim, not a call
FINITE_RE = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+(?:is|are|was|were|has|have|had|will|would|does|did|isn[’']t|aren[’']t|wasn[’']t|"
                       r"weren[’']t|won[’']t|can|cannot|could)\b")
# "asked me to wait", "asked reporters to leave": a request to people at hand, no course of a body's
PERSONAL_OBJECT_RE = re.compile(r"^(?:the\s+)?(?:me|us|you|myself|yourself|ourselves|readers|viewers|listeners|reporters|journalists|"
                                r"guests|audience|children|pupils|students|passengers|visitors)\b", re.I)
OBJECT_PP_RE = re.compile(r"\s+(?:at|in|of|from|on|for|with|near)\s+")  # "children at the school": children
NO_ONE_RE = re.compile(r"\b(?:[Nn]o|[Nn]one\s+of\s+(?:the|its|their))\s+(?:[\w’'-]+\s+){0,3}?(?:(?:has|have|had|ever|yet)\b"
                       r"(?:\s+[\w’'-]+){0,3}?\s+)?$")  # "no Iraqi government has initiated and proposed X"
FINITE_AFTER_RE = re.compile(r"\s(?:has|have|had|is|are|was|were|will|would)\s")
# a comma inside whom a call is made to: an apposition ("urged the foreign secretary, David Lammy, to", "called on Mr
# Khan, the mayor, to": a name or a determiner first, no verb of saying: not "..., the Democrats argued, to") or a list
# of addressees ending in "and"/"or" right before the "to" ("urged Britain, France and Germany to"); not a clause
# ("urged calm, saying it was time to")
ADDRESSEE_APPOSITION = (r",\s+(?=[A-Z]|(?:the|a|an|its|his|her|their|our)\s)(?!(?:[\w’'.-]+\s+){0,5}?(?:said|says|argued|argues|"
                        r"added|noted|wrote|writes|claimed|claims|warned|warns|told|believes?|believed|thinks?|thought)\b)"
                        r"(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+,(?=\s)")
ADDRESSEE_LIST = r"(?:(?:,\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)+,?\s+(?:and|or)\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)?"
# what may stand between a call verb and its "for": an aside between commas ("asked, as a gesture of goodwill, for the
# release of", "called, in a joint statement, for") or a word of when or how often ("called again for")
CALL_ASIDE = (r"(?:,\s+(?:in|as|on|at|during|with|after|through|via|under|once|again|among)\s[^,.;:]{1,80}?,|\s+(?:again|repeatedly|"
              r"yesterday|today|now|publicly|openly|recently|last\s+(?:week|month|year)|this\s+(?:week|month|year)|"
              r"on\s+[A-Z][a-z]+day))?")
# the call verbs, "(?<!had\sto\s)\b(?:urged|urges|urging|urge|called\s+on|calls\s+on|call\s+on|calling\s+on|called\s+upon|
# lobbying|lobbied|lobbies|appealed\s+to|appeals\s+to|appealing\s+to|pleaded\s+with|pleads\s+with|pleading\s+with|calls\s+upon|
# (?:calls?|called|calling)\s+for|pressed|presses|pressing|implored|implores|imploring|implore|advised|advises|advising|wants|want|
# wanted|would\s+like|would\s+prefer|begged|begs|begging|asked|asks|asking|(?<=\bwould\s)ask|(?<=\bI\s)ask|(?<=\b[Ww]e\s)ask)"
# (each verb in all its forms: a form the tuned pieces never used is as much a call), written as the class of their first letters, the
# two lookbehinds one character wider after it, and each verb's rest behind a lookbehind on its letter (verbs grouped by
# letter in their order): sre jumps to those letters instead of trying 45 branches at every position (the same matches,
# tests/analysis/test_speed_equivalents.py)
CALL_TO_VERBS = (r"[uclapiwb](?<!had\sto\s.)(?<!\w.)(?:(?<=u)(?:rged|rges|rging|rge)|(?<=c)(?:alled\s+on|alls\s+on|all\s+on|"
                 r"alling\s+on|alled\s+upon|alls\s+upon|(?:alls?|alled|alling)\s+for)|(?<=l)(?:obbying|obbied|obbies)|"
                 r"(?<=a)(?:ppealed\s+to|ppeals\s+to|dvised|dvises|sked|sks|sking|(?<=\bwould\sa)sk|(?<=\bI\sa)sk|(?<=\b[Ww]e\sa)sk|"
                 r"ppealing\s+to|dvising)|"
                 r"(?<=p)(?:leaded\s+with|leads\s+with|ressed|resses|ressing|leading\s+with)|(?<=i)(?:mplored|mplores|mploring|mplore)|"
                 r"(?<=w)(?:ants|ant|anted|ould\s+like|ould\s+prefer)|(?<=b)(?:egged|egs|egging))")
CALL_TO_RE = re.compile(
    CALL_TO_VERBS +
    r"\s+(?P<obj>(?:(?!\b(?:why|whether|what|how|when)\b)[^,.;:“”\"]|" + ADDRESSEE_APPOSITION + r"){1,120}?"
    + ADDRESSEE_LIST + r")(?P<neg>\s+(?:''|[“\"‘'])?(?:not|never))?\s+to\s+(?:''|[“\"‘'])?(?P<never>(?:never|not)\s+)?"
    r"(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|my|your)\b)(?=\w)")  # "urged all parties to the conflict to stop ..."
SUGGEST_THAT_RE = re.compile(
    r"\b(?:suggested|suggests|proposed|proposes|recommended|recommends|urged|urges|insisted|insists|demanded|demands|"
    r"asked|asks|insisting|urging|recommending|proposing|demanding|requires|required|insistence|"
    r"advocated|advocates|advocating|(?<=[a-z]s\s)(?:demand|urge|recommend|propose|advocate|insist)|"
    r"(?<=\b[IWw]e\s)(?:ask|urge|suggest|propose|recommend|insist|demand)|(?<=\bI\s)(?:ask|urge|suggest|propose|"
    r"recommend|insist|demand))\s+that\s+(?P<subj>(?:[A-Z][\w.’'-]*|the|its|their|all|every|each|our|his|her|he|she|they|we|these|those)(?:\s+(?!(?:is|are|was|were|has|have|had|will|"
    r"would|should|can|could|may|might|did|does)\b|\w+n[’']t\b)[\w.’'-]+){0,4}?)\s+(?P<neg>not\s+|(?P<isnt>(?:is|are)n[’']t\s+))?"
    r"(?=(?!(?:is|was|are|were|has|had|will|would|should|must|could|can|may|might|did|does)\b|\w+n[’']t\b)[a-z]+(?<![^s]s)\b)")
# "urged a ceasefire", "urges a ban on X": a call verb with a noun course as its object, when no "to" + verb follows in the
# clause (that is CALL_TO_RE's call to an addressee: "urged the council to ..."; "a halt to the fighting" stays a noun)
URGED_NOUN = r"(?=\s+(?!(?:calm|restraint|caution|patience)\b)(?![^,.;:“”\"]{0,120}?\sto\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|my|your)\b)[a-z]))"
# the call-for verbs, "\b(?<!-)(?:(?P<pro>(?:called|calls|call|calling)<aside>\s+for|proposed|proposes|propose|proposing|
# recommended|recommends|recommend|(?:advocated|advocates|advocate|advocating)(?:\s+for)?|demanded|demands|demand|demanding|
# pushed\s+for|pushes\s+for|pushing\s+for|pressed\s+for|presses\s+for|pressing\s+for|lobbying\s+for|lobbied\s+for|
# campaigning\s+for|(?:campaigns|campaigned|campaign)\s+for|(?:lobbies|lobby|push|press|argue)\s+for|recommending|
# (?:asked|asks|asking)<aside>\s+for|arguing\s+for|argued\s+for|argues\s+for|favou?rs|favou?red|favou?r|favou?ring|endorsed|
# endorses|endorse|endorsing|supports?|supported|supporting|(?:suggested|suggests|suggest|suggesting)(?=\s+[a-z]+ing\b)|backs?|
# backed|backing|(?:fights|fight|fighting)\s+for|(?:clamou?red|clamou?rs|clamou?r|clamou?ring)\s+for|(?:lobbied|pushed|pressed|
# campaigned|argued)\s+hard\s+for|(?:made|makes|make|making)\s+(?:a|the)\s+(?:\w+\s+)?case\s+for|welcomes?|welcomed|welcoming)|
# (?P<con>opposed|opposes|oppose|opposing|rejected|rejects|reject|rejecting|warned\s+against|warns\s+against|warn\s+against|
# warning\s+against|argued\s+against|argues\s+against|argue\s+against|arguing\s+against|ruled\s+out|rules\s+out|rule\s+out|
# ruling\s+out|objected\s+to|objects\s+to|object\s+to|objecting\s+to|vetoed|warned\s+<whom>\s+against(?=\s+\w+ing\b)|
# (?:appealed|appealing|campaigned|campaigning|protested|protesting|fought|fighting)\s+against|
# (?:pushed|pushing|pushes)\s+back\s+against|(?:spoke|speaks|speaking)\s+out\s+against))" (an act against a measure is
# its actor's opposition: "is campaigning against legislation that would X", "are protesting against the trade deal";
# the -s forms that are also nouns, "protests/campaigns/appeals against", are left out, and "railed against", whose
# object is a target more often than a measure: "railed against Wall Street") and the urge forms (URGED_NOUN)
# (each verb in all its forms: base, -s, -ed, -ing; a form the tuned pieces never used is as much a call), written as the class of their first letters,
# the boundary and hyphen lookbehinds one character wider after it, and each verb's rest behind a lookbehind on its letter
# (verbs grouped by letter in their order; pro before con): sre jumps to those letters instead of trying the r"\b"-first
# alternation at every position (the same matches, tests/analysis/test_speed_equivalents.py). "pro" and "con" start after
# the first letter: only which of them matched is read.
CALL_FOR_VERBS = (
    r"[abcdeflmoprsuvw](?<![\w-].)(?:(?P<pro>(?<=u)(?:rged|rges|rging|rge)" + URGED_NOUN + r"|(?<=c)(?:(?:alled|alls|all|alling)" + CALL_ASIDE + r"\s+for|ampaigning\s+for|"
    r"ampaigned\s+hard\s+for|lamou?r(?:ed|s|ing)?\s+for|ampaign(?:s|ed)?\s+for)|(?<=p)(?:roposed|roposes|ropose|roposing|ushed\s+for|ushes\s+for|ushing\s+for|ressed\s+for|"
    r"resses\s+for|ressing\s+for|ushed\s+hard\s+for|ressed\s+hard\s+for|ush\s+for|ress\s+for)|(?<=r)(?:ecommended|ecommends|ecommend|ecommending)|"
    r"(?<=a)(?:(?:dvocated|dvocates|dvocate|dvocating)(?:\s+for)?|(?:sked|sks|sking)" + CALL_ASIDE + r"\s+for|rguing\s+for|"
    r"rgued\s+for|rgues\s+for|rgued\s+hard\s+for|rgue\s+for)|(?<=d)(?:emanded|emands|emand|emanding)|"
    r"(?<=l)(?:obbying\s+for|obbied\s+for|obbied\s+hard\s+for|obbies\s+for|obby\s+for)|(?<=f)(?:avou?rs|avou?red|ight(?:s|ing)?\s+for|avou?r|avou?ring)|"
    r"(?<=e)(?:ndorsed|ndorses|ndorse|ndorsing)|"
    r"(?<=s)(?:upports?|upported|uggest(?:ed|s|ing)?(?=\s+[a-z]+ing\b)|upporting)|(?<=b)(?:acks?|acked|acking)|(?<=m)(?:ade|akes|ake|aking)\s+(?:a|the)\s+(?:\w+\s+)?case\s+for|"
    r"(?<=w)(?:elcomes?|elcomed|elcoming))|"
    r"(?P<con>(?<=o)(?:pposed|pposes|ppose|pposing|bjected\s+to|bjects\s+to|bject\s+to|bjecting\s+to)|(?<=r)(?:ejected|ejects|eject|ejecting|"
    r"uled\s+out|ules\s+out|ule\s+out|uling\s+out)|(?<=w)(?:arned\s+against|arns\s+against|arn\s+against|"
    r"arned\s+(?!(?:him|her|me|us|you|them)\b)(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?\s+against(?=\s+\w+ing\b)|arning\s+against)|"
    r"(?<=a)(?:rgued\s+against|rgues\s+against|rgue\s+against|rguing\s+against|ppealed\s+against|ppealing\s+against)|(?<=v)etoed|"
    r"(?<=c)(?:ampaigned|ampaigning)\s+against|(?<=p)(?:rotested|rotesting|ushed\s+back|ushing\s+back|ushes\s+back)\s+against|"
    r"(?<=s)(?:poke|peaks|peaking)\s+out\s+against|(?<=f)(?:ought|ighting)\s+against))")
CALL_FOR_RE = re.compile(  # not after a hyphen: "Democratic-backed gun control measures" names whose they are, no call
    CALL_FOR_VERBS +
    r"\s+(?!that\b|to\b|by\b|the\s+idea\b|it\b|this\b|them\b|away\b|down\b|off\b|out\s+of\b)(?=[\w$£€]|[“\"‘][\w$£€])")  # ("backed away from X", "backed down on X", "backs out of X": a retreat)


# a subject that shows rather than suggests a course ("Polls suggest", "the evidence suggests", "This suggests")
EVIDENCE_SUBJECT_RE = re.compile(r"(?:\b(?:[Pp]olls?|[Dd]ata|[Ee]vidence|[Rr]esearch|[Ss]tud(?:y|ies)|[Ff]igures|[Nn]umbers|"
                                 r"[Rr]esults?|[Aa]nalys[ie]s|[Rr]eports?|[Ss]urveys?|[Ff]indings|[Ee]xperience|[Hh]istory|"
                                 r"[Ss]igns|[Tt]rends?|[Tt]his|[Tt]hat|[Ii]t|[Ww]hich)|\d)\s+(?:\w+ly\s+|also\s+|may\s+|might\s+)?$")
BY_PAST_RE = re.compile(r"\b(?:[a-z]+ed|dealt|made|took|gave|won|lost|struck|sent|did|sought|fought|led|held|kept|left|met|"
                        r"began|broke|chose|drew|threw|sold|spent|stood)\b(?:(?!\b(?:would|could|should|must|can|will|may|might|"
                        r"shall)\b)[^;:.])*\bby\s+$")

# the key words of each rule below (one scan of the sentence finds them all: `keys`)
CALL_TO_KEYS = keys("urg", "call", "press", "implor", "advis", "want", "would like", "would prefer", "lobb", "appeal", "plead",
                    "beg", " ask")
SUGGEST_KEYS = keys("sugg", "propos", "recommend", "urg", "insist", "demand", "ask", "requir", "advocat")
CALL_FOR_KEYS = keys("call", " ask", "urg", "propos", "recommend", "advocat", "demand", "push", "press", "argue", "favo", "endors",
                     "oppos", "reject", "warn", "rule", "object", "veto", "support", "lobb", "campaign", "backs", "backed", "back a",
                     "suggest", "fight", "clamo", "backing", "arguing",
                     "back the", "welcom", "case for", "protest", "appeal", "out against")
THWART_KEYS = keys(*THWART_CUES)
# a relative pronoun as the stopping verb's subject ("the deadlock that effectively blocked Obama's plan"): the
# sentence names the stopper only through what it stands for (a thing, often), no holder to show
THWART_RELATIVE_RE = re.compile(r"\b(?:that|which)\s+(?:\w+ly\s+)?(?:has\s+|had\s+|have\s+)?$")


AGAINST_OBJECT_RE = re.compile(r"(?:\w+ly\s+|hard\s+)?against\s")  # "lobbied (hard) against the plan to X": no addressee
DETERMINER_END_RE = re.compile(r"\b(?:the|a|an|its|his|her|their|this|that)\s+$", re.I)
# "If we want X to", "unless the party asks them to": the call is a condition's, its subject right after "if"
IF_BEFORE_RE = re.compile(r"\b(?:[Ii]f|[Uu]nless)\s+(?:[\w’'-]+\s+){1,3}(?:really\s+|truly\s+)?$")


def call_hits(text: str, s: int, e: int, low: str) -> list[Hit | None]:
    """Calls: "urged X to", "demanded that X do", "called for X", and their opposites."""
    found = words_in(low)  # the sentence's key words (one scan), which each gate below asks about
    out: list[Hit | None] = []
    asked_to: set[int] = set()  # where a call "for X to Y" starts: CALL_FOR_RE reads no noun "X to Y" there
    if not CALL_TO_KEYS.isdisjoint(found):
        for m in CALL_TO_RE.finditer(text, s, e):
            if m.group(0).startswith("ask") and (not can_act(OBJECT_PP_RE.split(m.group("obj"), 1)[0])
                                                 or PERSONAL_OBJECT_RE.search(m.group("obj"))):
                continue  # "asked me to wait", "asked the weather to": no course of a body's
            thing = False  # "called for the library to reopen": a thing the course is done to, read as a modal's subject
            if m.group(0)[:4] == "call" and FOR_DOER_RE.search(m.group(0)) is not None and (
                    (nominal := NOMINAL_CALL_RE.search(text, max(s, m.start() - 12), m.start() + 10))
                    or not _doer_for(m.group("obj"))):
                thing = not nominal and _thing_for(m.group("obj"))
                if not thing:
                    continue  # "called for an end to X", "for $1 trillion in new spending to", "amid calls for": CALL_FOR_RE's
            if re.search(r"^(?:is|was|are|were)\b|\b(?:in\s+order|so\s+as|enough|able|unable|likely|ready|willing)$|"
                         r"\sthat\s|^(?:from|in|at|on|with|for|by|of|about|during|after|before|into|through|to)\s", m.group("obj")):
                continue
            dated = PAST_TIME_RE.search(text, s, e) if m.group(0).split()[0].endswith("ed") else None
            if dated is not None and not dated.group(0).lower().startswith("last week"):
                continue  # "In 2003 the IMF urged Athens to cut pensions", "urged Obama last year not to close the prison":
                # a call dated in the past, as for "called for" below ("last week": still held)
            if IF_BEFORE_RE.search(text, max(s, m.start() - 40), m.start()) is not None:
                continue  # "If we want minority voters to support us, we have to ...": a condition, no call made
            stance = "oppose" if m.group("neg") or m.group("never") else "support"
            if AGAINST_OBJECT_RE.match(m.group("obj")):  # "lobbied against the proposal to ban X", "pressed against plans
                stance = "oppose" if stance == "support" else "support"  # to": the course after "to" is the one opposed
            if _negated(text, s, m.start()):
                if m.group(0)[:4] not in ("want", "woul"):
                    continue  # "The minister did not urge X to", "has not called for Y to": no call made, no side taken
                stance = "oppose" if stance == "support" else "support"  # "does not want the council to close it"
            if thing:  # "called for the library to reopen" (reopen it), "for the plant to stay open" (keep it open)
                done_to = _thing_hit(text, m, e, stance)
                if done_to is not None:
                    out.append(done_to)
                    asked_to.add(m.start())
                continue
            if text.startswith("be ", m.end()):  # "wanted clean water to be supplied to the camps": supply clean water
                if not re.match(r"(?:\w+ly\s+|hard\s+)?for\b", m.group("obj")):  # "lobbied hard for X to be cut": CALL_FOR's
                    out.append(passive_hit(text, m.start("obj"), e, stance, m.start()))
                continue
            hit = vp_hit(text, m.end(), e, stance, m.start())
            if hit is None and _thing_for(m.group("obj")) and (
                    (wants := m.group(0)[:4] in ("want", "woul")) and not can_act(_object_head(m.group("obj")))
                    or (verb := WORD_AT_RE.match(text, m.end())) is not None and verb.group(0).lower() in ERGATIVE_VERBS
                    and acted_on(_object_head(m.group("obj")), addressed=not wants and (
                        m.group(0)[:4] != "call" or FOR_DOER_RE.search(text, m.start(), m.start("obj")) is None))):
                hit = _thing_hit(text, m, e, stance)  # "wants the library to reopen", "would like the plant to stay open",
                # "called for the embassy to close" (a place that closes is closed: close the embassy); not "urged the
                # government to close" (the body addressed closes something the sentence leaves out)
            out.append(hit)
            asked_to.add(m.start())
    if " that " in low and not SUGGEST_KEYS.isdisjoint(found):
        for m in SUGGEST_THAT_RE.finditer(text, s, e):
            if _negated(text, s, m.start()):
                continue  # "has not demanded that": no call
            if m.group(0).startswith("requir") and not re.match(r"\s+(?:not\s+)?be\s", text[m.end("subj"):e]) \
                    or m.group(0)[:3].lower() in ("ins", "sug") and FINITE_RE.match(text, m.end("subj"), e):
                continue  # "requires that he be held to ...", not "insisting that the images are ...": a call, not a claim
            end = e
            if m.group(0).startswith("insistence"):  # "the insistence that all apologise has spawned": up to "has"
                end = next((f.start() for f in FINITE_AFTER_RE.finditer(text, m.end(), e)), e)
            start = m.end()
            if m.group("subj").lower() in ("the", "its", "their"):  # "that the local high school stop reciting": "stop"
                start = verb_after_subject(text, m.end(), end)
            stance = "oppose" if m.group("neg") else "support"
            if m.group("isnt"):  # "demands that he isn't given the option": a passive call, negated
                out.append(passive_hit(text, m.start("subj"), end, stance, m.start(), be=m.group("isnt")))
                continue
            out.append(passive_hit(text, m.start("subj"), end, stance, m.start()) or vp_hit(text, start, end, stance, m.start()))
    if not CALL_FOR_KEYS.isdisjoint(found):
        past: bool | None = None  # a past date in the sentence: searched once (it scans all of it), for the first call
        # in the past tense ("Sarkozy demanded X in 2008")
        for m in CALL_FOR_RE.finditer(text, s, e):
            if m.start() in asked_to:
                continue  # "Residents called for the council to reopen the library": read as a call to the council
            at = m.start()  # where the holder's words end
            denied = None
            refused = "refus" in text[max(s, at - 25):at] and REFUSED_RE.search(text, max(s, at - 40), at) is not None
            if refused or _negated(text, s, at) or " longer" in text[max(s, at - 12):at] and NO_LONGER_RE.search(text, max(s, at - 30), at):
                if m.group("con") and m.group(0)[1:4] == "ule":  # "would not rule out X", "has not ruled out", "refused to
                    out += _object_courses(text, s, e, m.end(), "neutral", m.start(), False)  # rule out": X kept open
                    continue
                denied = DENIED_POSITION_RE.search(text, max(s, at - 40), at) if m.group("pro") and \
                    m.group(0)[:4].lower() in POSITION_VERBS else None
                if denied is None:
                    continue  # "Labour has never proposed X", "did not oppose", "no longer calls for X", "refused to back
                    # X" (a past act), "might not support X" (hedged): no side taken
                at = denied.start()  # "Lopez does not support X", "doesn't back", "no longer favours", "would not support",
                # "won't back", "refuses to endorse": Lopez opposes X
            if DETERMINER_END_RE.search(text[s:m.start()]) and not _relative(text, s, m) or (
                    m.group(0).split()[0].endswith("ed") and PASSIVE_BE_RE.search(text[s:m.start()])):
                continue  # "the proposed budget plan", "measures were proposed": no one proposing here
            if m.group(0)[:4].lower() in ("supp", "back", "welc") and (  # (a pledge, "Lopez would support / will back a
                    NOUN_SUPPORT_RE.search(text, s, at) and not (denied is None and m.group(0)[0] != "w"  # ban", is read on)
                                                                 and PLEDGED_RE.search(text, max(s, at - 30), at) is not None)
                    or re.match(r"\w+\s+(?:of|for|from|on|in)\b", m.group(0) + text[m.end():m.end() + 5])):
                continue  # "in support of Argentina", "reluctant to support spending": a noun, or no one backing it yet
            if denied is None and m.group("pro") and m.group(0)[:4].lower() in POSITION_VERBS and \
                    HEDGED_RE.search(text, max(s, at - 30), at) is not None:
                continue  # "Lopez might support / could endorse / would probably back a ban": hedged, no side taken
            if m.group(0).split()[0].endswith("ed") and past is None:
                dated = PAST_TIME_RE.search(text, s, e)  # "The union last week called for X": a call still held, not an
                past = dated is not None and not (dated.group(0).lower().startswith("last week")  # act done ("vetoed",
                                                  and CALLED_RE.match(m.group(0)) is not None)  # "opposed the tax last year")
            if m.group(0).rstrip().endswith("ing") and BY_PAST_RE.search(text, max(s, m.start() - 160), m.start()):
                continue  # "Dutch voters dealt a blow to the EU by rejecting a treaty": how a past act was done
            if NO_ONE_RE.search(text, max(s, m.start() - 100), at) or m.group(0).split()[0].endswith("ed") and past:
                continue  # "no Iraqi government has proposed X", "Sarkozy demanded X in 2008": no call held now
            if m.group(0)[:4] in ("sugg", "Sugg") and EVIDENCE_SUBJECT_RE.search(text, max(s, m.start() - 40), m.start()):
                continue  # "Polls suggest rising anger", "The data suggests raising X costs jobs": what evidence shows
            stance = "oppose" if denied is not None or not m.group("pro") else "support"
            if text[m.end()] in "“\"‘" and (not m.group("pro") or m.group(0)[:4].lower() in ("supp", "back", "endo", "welc", "favo")):
                continue  # 'He supported "Grace's Law," a landmark law', 'opposes "accounting gimmicks"': a named law or a
                # quoted jibe backed or opposed; a quotation is read after a call ('calls for "a $15 minimum wage"')
            end = _relative_end(text, s, e, m) if "wh" in low or "that" in low or "ing " in m.group(0) else e
            if m.group(0)[0] in "cdpr" and owner_opens(text, s, m.start()):
                end = noun_phrase_end(text, m.end(), end) or end  # "The union's call for a ban on X was rejected": the
                # call is the sentence's subject, its object ends at the sentence's own verb
            if " and " in low and (and_verb := AND_VERB_TO_RE.search(text, m.end(), end)) is not None:
                end = and_verb.start()  # "Democrats opposed the bill and plan to force a vote": the bill only
            courses = _object_courses(text, s, end, m.end(), stance, m.start(), NOMINAL_CALL_RE.search(text, s, m.end()) is not None)
            out += _held_if(text, e, courses)  # "Lopez supports a ban if buses are exempt", "would support a ban if": held
            # under a condition, her conditional position
    if ("vote for" in low or "accept" in low) and ("not" in low or "n’t" in low or "n't" in low or "never" in low or "refus" in low):
        for d in DENIED_PLEDGE_RE.finditer(text, s, e):  # "Lopez will not vote for a ban": Lopez opposes it
            head = OBJECT_HEAD_RE.match(text, d.end(), e)
            if head is not None and POLICY_NOUN_RE.search(head.group(0)):  # a measure ("a cut in pensions", "the bill"),
                # not an outcome or a person ("will not accept defeat / the result of the vote", "vote for Trump")
                out += _object_courses(text, s, e, d.end(), "oppose", d.start("verb"), False)
    if "vote for" in low or "accept" in low or " sign " in low:
        for d in PLEDGE_RE.finditer(text, s, e):  # "Lopez will vote for a ban", "would sign the bill": Lopez supports it
            head = OBJECT_HEAD_RE.match(text, d.end(), e)
            if head is not None and POLICY_NOUN_RE.search(head.group(0)):  # a measure, not an outcome or a person ("would
                # accept defeat", "will vote for Trump", "will sign autographs")
                out += _held_if(text, e, _object_courses(text, s, e, d.end(), "support", d.start("verb"), False))
    if "in favo" in low:
        for f in IN_FAVOUR_RE.finditer(text, s, e):  # "Lopez is in favour of a ban", "is not in favour of", "We're in favor of"
            out += _object_courses(text, s, e, f.end(), "oppose" if f.group("neg") or f.group("negc") else "support",
                                  f.start("in"), False)
    if not THWART_KEYS.isdisjoint(found):
        for m in THWART_RE.finditer(text, s, e):  # "blocked an attempt by X to Y": the subject opposes Y (thwarted.py)
            if can_act(text[s:m.start()]) and not _negated(text, s, m.start()) and THWART_RELATIVE_RE.search(
                    text, max(s, m.start() - 30), m.start()) is None \
                    and PAST_TIME_RE.search(text, s, e) is None:  # ("A landslide blocked efforts to reach X": no side)
                out += _object_courses(text, s, e, m.end(), "oppose", m.start(), False)
    return out


def _object_courses(text: str, s: int, e: int, start: int, stance: str, at: int, nominal: bool) -> list[Hit | None]:
    """The course a call or position verb takes as its object at `start` (a noun phrase or a passive clause), one hit per
    measure of a list ("called for a $15 minimum wage, ... and ending fracking"); nominal: a call named as a noun
    ("amid calls for X by the US"), whose caller may follow "by"."""
    hit = passive_hit(text, start, e, stance, at) or np_hit(text, start, e, stance, at, short=True)
    if hit is not None and nominal:
        _agent_by(text, hit)
    if hit is not None and (text.startswith(",", hit.end) or AND_AFTER_RE.match(text, hit.end) is not None
                            or " and " in text[hit.start:hit.end] or " or " in text[hit.start:hit.end]):
        return list(list_hits(text, s, e, hit, np_hit))
    return [hit]


def _held_if(text: str, e: int, hits: list[Hit | None]) -> list[Hit | None]:
    """A position or a pledge held under a condition is the holder's conditional position ("Lopez supports a ban if buses
    are exempt", "would support a ban if buses were exempt", as "said he would introduce X if the appeal failed")."""
    for hit in hits:
        if hit is not None and held_if(text, hit.end, e):
            hit.stance = "conditional"
    return hits


def held_if(text: str, end: int, e: int) -> bool:
    """Whether a condition opens right after a course ending at `end` ("..., if buses are exempt", "unless it stops")."""
    return PLEDGE_IF_RE.match(text, end, e) is not None


# the position verbs (CALL_FOR_RE's "pro" forms) whose denial in the present is the holder's opposition (the convention of
# the seventeenth session, options README): "X does not support / doesn't back / does not favour / no longer endorses Y"
# and a denied pledge of support is opposition too (eighteenth session): "would not support / won't back / will never
# endorse / refuses to back Y"
POSITION_VERBS = ("supp", "back", "favo", "endo")
DENIED_POSITION_RE = re.compile(r"(?:\b(?:do|does|would|will)\s+not|\b(?:do|does|wo|would)n[’']t|\bno\s+longer|\b(?:would|will)\s+"
                                r"never|\b(?:refuses?|(?:is|are|am)\s+refusing|(?:has|have)\s+refused)\s+to)\s+(?:(?:publicly|"
                                r"actually|really|even|currently|now|ever)\s+)?$", re.I)  # not "did not" or "refused to" (a past act),
# "might not" (hedged), "does not necessarily"
# a refusal before a call or position verb: "refuses to endorse", "refused to back", "is refusing to rule out"
REFUSED_RE = re.compile(r"\brefus(?:es|ed|e|ing)\s+to\s+(?:\w+ly\s+)?$", re.I)
OBJECT_HEAD_RE = re.compile(r"(?:(?!\s(?:of|on|in|for|to|with|from|by|that|which|who)\b)[^,;:.!?])*")  # "a cut" of "a cut in pensions"
# a pledge denied with a verb that is no call of its own: "will not vote for a ban", "would never accept a ban" (the
# holder's opposition, as "would not support"); not "did not vote for" (a past act), "may not accept" (hedged)
DENIED_PLEDGE_RE = re.compile(r"(?:\b(?:would|will)\s+(?:not|never)|\b(?:wo|would)n[’']t|\b(?:refuses?|(?:is|are|am)\s+refusing|"
                              r"(?:has|have)\s+refused)\s+to)\s+(?:(?:publicly|ever|even|now)\s+)?(?P<verb>vote\s+for|accept)\s+(?=\w)",
                              re.I)
NO_LONGER_RE = re.compile(r"\bno\s+longer\s+(?:\w+ly\s+)?$", re.I)
# a positive pledge of support is the holder's support (eighteenth session, the mirror of the denied pledge): "would
# support / will back" before a position verb, and "will vote for / would accept / would sign" a measure; a hedge
# before a position verb takes no side ("might support", "could endorse", "would probably back", "is likely to favour")
PLEDGE_ADVERBS = r"(?:(?:also|still|now|gladly|happily|certainly|definitely|strongly|fully|readily|then)\s+)?"
PLEDGED_RE = re.compile(r"(?:\b(?:would|will)|[’'](?:d|ll))\s+" + PLEDGE_ADVERBS + r"$", re.I)
PLEDGE_RE = re.compile(r"(?:\b(?:would|will)|(?<=\w)[’'](?:d|ll))\s+" + PLEDGE_ADVERBS + r"(?P<verb>vote\s+for|accept|sign)\s+(?=\w)",
                       re.I)
PLEDGE_IF_RE = re.compile(r",?\s+(?:if|unless|once|provided)\s+")  # the condition a pledge is held under (announced.IF_RE)
HEDGED_RE = re.compile(r"\b(?:might|may|could|probably|likely|possibly|perhaps|maybe)\s+(?:to\s+)?(?:\w+ly\s+)?$", re.I)
# "is in favour of X", "are not in favor of", "isn't in favour of", "I'm strongly in favour of": a present position
IN_FAVOUR_RE = re.compile(r"(?:\b(?:is|are|am|remains?)|[’'](?:s|re|m)(?=\s))(?:\s+(?P<neg>not|no\s+longer)|(?P<negc>n[’']t))?"
                          r"(?:\s+(?:strongly|firmly|also|still|now|very\s+much|wholly|fully))?\s+(?P<in>in\s+favou?r)\s+of\s+(?=\w)", re.I)


# a relative pronoun right before a call or position verb ("Democrats who opposed the bill plan to ...") and the main
# clause's verb after its object: a verb of plan, saying or calling, a modal or an auxiliary, not after a determiner
# ("who support a plan to cut taxes") or a relative word ("a ban that is popular")
RELATIVE_BEFORE_RE = re.compile(r"\b(?:who|which|that)\s+(?:\w+ly\s+|also\s+)?$", re.I)
MAIN_VERB_RE = re.compile(r",?\s+(?:(?:now|also|still|then|later|too)\s+)?(?:plans?|wants?|hopes?|intends?|says?|said|vow(?:s|ed)?|"
                          r"promise[sd]?|pledge[sd]?|threaten(?:s|ed)?|expects?|urged|urges?|called|calls|argued|argues?|"
                          r"will|would|should|must|can|could|may|might|are|is|were|was|have|has|had)\b")
# "and" + a plural present verb of plan or wish and its "to" (no determiner: a verb, not "and a plan to"): a second
# predicate of the subject's, no part of the object before it
AND_VERB_TO_RE = re.compile(r"\s+and\s+(?:now\s+|also\s+|then\s+)?(?:plan|want|intend|hope|vow|promise|pledge|threaten|aim|"
                            r"expect|refuse|plans|wants|intends|hopes|vows|promises|pledges|threatens|aims|expects|refuses)"
                            r"\s+to\s")
CLAUSE_WORDS = frozenset("so because if when while as since that which who whom where and or but to".split())
NO_VERB_BEFORE = frozenset("a an the its their his her our my your this that these those which who new any every no".split())


def _relative_end(text: str, s: int, e: int, m: re.Match[str]) -> int:
    """Where the object of a call verb in a relative clause ends: at the main clause's verb ("Democrats who opposed the
    bill plan to force a vote": "the bill"; "The mayor, who opposed the bill, wants to"); e when the verb opens no
    relative clause or no main verb follows."""
    if RELATIVE_BEFORE_RE.search(text, max(s, m.start() - 24), m.start()) is None and not _reduced_relative(text, s, m):
        return e
    for v in MAIN_VERB_RE.finditer(text, m.end(), e):
        before = text[m.end():v.start()].lower().split()
        if not CLAUSE_WORDS.isdisjoint(before):
            return e  # "who support passing a carbon tax so we can ...": a clause of the object's, no main verb
        if before and before[-1] not in NO_VERB_BEFORE:  # ("who support a plan": a noun)
            return v.start()
    return e


# the word before a participle that makes it a progressive or a verb's complement, not a reduced relative clause
NOT_REDUCED_BEFORE = frozenset("is are was were be been being am 's ’s by of for from about on in to at without after "
                               "before while when and or but not also still now keep keeps kept stop stopped start "
                               "started began begin continue continued".split())


def _reduced_relative(text: str, s: int, m: re.Match[str]) -> bool:
    """'House Republicans supporting the bill have said ...': the call verb a participle right after a noun (no auxiliary,
    preposition or verb of phase before it), a relative clause cut short; its object ends at the main verb."""
    if not m.group(0).split()[0].endswith("ing"):
        return False
    before = text[max(s, m.start() - 30):m.start()].split()
    return bool(before) and before[-1].lower() not in NOT_REDUCED_BEFORE and before[-1][-1:].isalpha() and (
        before[-1][:1].isupper() or before[-1].endswith("s"))


def _relative(text: str, s: int, m: re.Match[str]) -> bool:
    """'a party platform that calls for X', 'a bill that bans Y': "that" opens a relative clause whose verb (a present
    -s form) is the call, not a determiner before a noun or participle ("that proposed budget", "the calls for")."""
    return text[s:m.start()].rstrip().lower().endswith(" that") and m.group(0).split()[0].endswith("s")


CALLED_RE = re.compile(r"(?:called|demanded|proposed|pushed|pressed|asked|lobbied|campaigned|argued)\b")
# a negation right before a call verb: "has not called for", "did not urge", "never proposed", "hasn't demanded"
NEGATED_CALL_RE = re.compile(r"(?:\bnot|\bnever|n[’']t)\s+(?:(?:yet|publicly|explicitly|formally|even|once|so\s+far|"
                             r"actually|specifically|necessarily|entirely|fully|really|currently|now)\s+)?$")


def _negated(text: str, s: int, at: int) -> bool:
    return NEGATED_CALL_RE.search(text, max(s, at - 40), at) is not None


# "called for the council to", "calling for all candidates to", "calls for her to": someone named, asked to act
FOR_DOER_RE = re.compile(r"\sfor\s")
DEFINITE_DOER_RE = re.compile(r"(?:(?:the|all|every|each|its|their|his|her|our|both)\s+(?!\w+ing\b)[\w’'-]+|"
                              r"(?:him|her|them|us|it)$|[A-Z][\w’'.-]*)")


WORD_AT_RE = re.compile(r"\w+")


def _doer_for(obj: str) -> bool:
    """Whether the words between "called for" and "to" name a definite doer ("the council", "all candidates", "her",
    "Britain"), not a measure ("an end", "a special prosecutor", "$1 trillion in new spending") or a participle's
    subject ("all foreigners sentenced")."""
    head = OBJECT_PP_RE.split(obj, 1)[0]
    if DEFINITE_DOER_RE.match(head) is None or head.endswith("ed"):
        return False
    return head in ("him", "her", "them", "us", "it") or can_act(head) or head.endswith("s")  # "all candidates"


def _object_head(obj: str) -> str:
    """The last word of the words between a call verb and "to", before any preposition ("the library in Leeds": library)."""
    return OBJECT_PP_RE.split(obj, 1)[0].split()[-1]


def _thing_for(obj: str) -> bool:
    """Whether the words between "called for" and "to" name a definite thing, no doer ("the library", "the plant",
    "its embassy"): what the course is done to, as a modal's subject ("the library should reopen")."""
    head = OBJECT_PP_RE.split(obj, 1)[0]
    return DEFINITE_DOER_RE.match(head) is not None and not head.endswith("ed") and len(head.split()) <= 4


def _thing_hit(text: str, m: re.Match[str], e: int, stance: str) -> Hit | None:
    """The course done to the thing a call names before "to" ("for the library to reopen": reopen the library), read as
    the modal "the library should reopen" would be."""
    vend = action_end(text, m.end(), e)
    obj = m.group("obj")
    shaped = shape(obj, obj.split()[-1].lower(), text[m.end():vend].strip(), stance, "")
    return Hit(shaped[0], m.start("obj"), vend, shaped[1], m.start()) if shaped is not None else None


def _agent_by(text: str, hit: Hit) -> None:
    """'repeated calls for stronger military action by the US government': who calls is after 'by'."""
    by = BY_AGENT_RE.search(text, hit.start, hit.end)
    if by is not None:
        hit.who = by.group("who")
        hit.end = by.start()
        hit.summary = summary(text[hit.start:hit.end], verb_first=False)
