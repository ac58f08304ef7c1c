"""Options stated without a modal: "it is time to ...", "the answer is (not) to ...", "X would be
a mistake", "X will not work", "Let us ...", "critics urged the EU to ...", "called for ...",
"X matters"."""
from __future__ import annotations

import re

from briefing_app.analysis.options.agents import agent_before
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.verdict_subject import subject_hit
from briefing_app.analysis.options.lexicon import (
    lowered,
    after_space,
    BY_AGENT_RE,
    NOMINAL_CALL_RE,
    PAST_TIME_RE,
)
from briefing_app.analysis.options.action_hits import np_hit, passive_hit, verb_after_subject, vp_hit
from briefing_app.analysis.options.phrases import summary

TO = r"\s+(?:to\s+)?(?=\w)"
TIME_RE = re.compile(r"\b(?:it\s+is|it[’']s|now\s+is\s+the|isn[’']t\s+it|is\s+it\s+not)\s+(?:high\s+|long\s+past\s+|past\s+|about\s+)?"
                     r"time\s+(?:for\s+(?P<who>[^,.;]{1,60}?)\s+)?to\s+(?=\w)", re.I)
ANSWER_RE = re.compile(
    r"\b(?:[Tt]he|(?i:an?)(?=\s+(?:better|wiser|more|smarter|sensible|obvious|first|key)\b))\s+(?P<adj>(?:(?:best|only|right|real|sensible|obvious|wiser|better|proper|correct|smart|urgent|first|"
    r"immediate|wisest|worst|wrong|more|most|less|surest|simplest|better|key|main|overriding|smarter|sensible|possible)\s+){0,2})(?:answer|solution|response|course(?:\s+of\s+action)?|way\s+forward|option|"
    r"approach|priority|remedy|step|choice|task|imperative|thing(?:\s+to\s+do)?|best\s+bet|alternative|goal|aim|lesson)"
    r"(?P<mid>(?:\s+[\w’']+){0,5}?)\s+(?:is|lies\s+in|would\s+be|must\s+be|should\s+be|remains)"
    r"(?P<neg>\s+not)?\s+(?:for\s+(?!example\b|instance\b)[^,.;]{1,60}?\s+)?(?:to\s+|in\s+)(?=\w)"
    r"|\b[Oo]ne\s+(?:option|approach|idea|course|path|step)(?P<mid2>(?:\s+[\w’']+){0,5}?)\s+(?:would\s+be|is)\s+to\s+(?=\w)"
    r"|\b(?:[Tt]he|[Oo]ne)\s+(?:(?:only|best|surest|principal|main|real|right|quickest|simplest|wrong|worst)\s+)?way\s+to\s+"
    r"(?P<mid3>[^,.;:]{1,80}?)\s+(?:is|would\s+be)\s+(?P<neg3>not\s+)?(?:to|by)\s+(?=\w)")
ANSWER_NP_RE = re.compile(
    r"\b(?:[Tt]he|[Aa])\s+(?:(?:best|only|right|real|first|key|main|overriding|top|immediate|urgent)\s+)?(?:(?:answer|solution|"
    r"priority|remedy|step|task|imperative)(?:\s+in\s+this\s+direction)?|way\s+(?:forward|out(?:\s+of\s+[\w\s’'-]{1,40}?)?))"
    r"\s+(?:is|must\s+be|should\s+be|has\s+to\s+be|needs\s+to\s+be|would\s+be)\s+(?!to\b|in\b|not\b|that\b|clear\b|simple\b|"
    r"obvious\b|a\s+long\b|difficult\b|hard\b|uncertain\b|unclear\b)(?=\w)"
    r"|\b(?:[Tt]he|[Aa])\s+(?:(?:best|only|real|long-term)\s+)?(?:answer|solution|remedy|way\s+forward|hope)\s+lies\s+"
    r"(?:\w+ly\s+)?in\s+(?=\w)")
BAD_STRATEGY_RE = after_space(
    r"(?:is|would\s+be|will\s+be)\s+(?:surely\s+|clearly\s+)?(?:an?\s+)?(?:\w+\s+)?(?:(?:dangerous|risky|reckless|"
    r"foolish|flawed|misguided|terrible|counterproductive|self-defeating)\s+(?:strategy|policy|approach|idea|move|gamble)|"
    r"(?:strategy|policy|approach|idea|recipe)\s+(?:fraught\s+with|for\s+disaster|doomed))", re.I)
# what a remedy "lies in": an action noun or a gerund ("investment in X", "reforming X"), not "the same mentality"
LIES_IN_RE = re.compile(r"(?!the\s+same\b|this\b|that\b)(?:[\w’'-]+\s+){0,3}?[\w-]+(?:tion|sion|ment|ance|ence|ing|al|ship)s?\b")
NOUN_SUPPORT_RE = re.compile(r"(?:\b(?:in|of|for|with|without|and|or|to|popular|public|strong|broad|financial|military|"
                             r"political|moral|its|his|her|their|our|my|your|should|must|would|will|could|can|may|might|"
                             r"not)|[”\"’'])\s+$", re.I)  # after a modal the modal rules read it
# after "insist/suggest that" + subject: a finite verb makes the clause a claim, not a call
FINITE_RE = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+(?:is|are|was|were|has|have|had|will|would|does|did|isn[’']t|aren[’']t|wasn[’']t|"
                       r"weren[’']t|won[’']t|can|cannot|could)\b")
FINITE_AFTER_RE = re.compile(r"\s(?:has|have|had|is|are|was|were|will|would)\s")
CONSIDER_RE = re.compile(r"\b(?:is|are)\s+(?:now\s+|also\s+|already\s+|seriously\s+|reportedly\s+)?(?:considering|weighing|"
                         r"mulling|exploring)\s+(?!whether\b|how\b|what\b|\w+ing\b|the\s+(?:idea|possibility|option)\s+of\b)(?=\w)")
RELATIVE_SUBJECT_RE = re.compile(r"\b(?:who|which)\s*(?:,[^,]{1,120},\s*)?(?:\w+ly\s+|also\s+|now\s+)?$")
OPPOSED_TO_RE = re.compile(r"\b(?:is|are|was|were|remains?|stays?)\s+(?:\w+ly\s+)?(?P<bad>opposed|against)\s+(?:to\s+)?"
                           r"(?=\w+ing\b)")
LAST_THING_RE = re.compile(r"\b[Tt]he\s+(?:last|worst)\s+thing\s+(?:[\w’']+\s+){0,6}?(?:is|would\s+be)\s+(?:to\s+)?(?=\w)")
OFFERED_RE = re.compile(r"\b(?:offered|offers|proposed|proposes|put\s+forward|unveiled|unveils)\s+(?:(?:a|an|his|her|its|their)\s+)?"
                        r"(?:[\w-]+,?\s+){0,3}?(?:solution|plan|proposal|idea|remedy|answer)\s*:\s*(?=\w)")
BAD_WAY_RE = re.compile(r"\b(?:not\s+work|won[’']t\s+work|fail|wrong|worst|mistaken|misguided|dangerous)\b", re.I)
EVAL_TO_RE = re.compile(
    r"\bit\s+(?:would|will|is|would\s+surely)\s+(?:be\s+)?(?:(?P<bad>wrong|foolish|reckless|unwise|dangerous|naive|"
    r"madness|irresponsible|counterproductive|premature|an?\s+(?:\w+\s+)?(?:mistake|error|blunder|folly))|"
    r"(?P<good>wise|sensible|prudent|right|essential|vital|crucial|imperative|important|necessary|urgent|better|best))"
    r"\s+(?:for\s+(?P<who>[^,.;]{1,60}?)\s+)?to\s+(?=\w)", re.I)
MISTAKE_RE = after_space(r"(?:would|will|is|are)\s+(?:be\s+)?(?:a|an)\s+(?:\w+\s+){0,2}?(?:mistake|folly|error|blunder|"
                         r"disaster|catastrophe|non-starter|dead\s+end)\b"
                         r"|(?:will|would|does|do|can)\s*(?:not|n[’']t)\s+work\b|(?:would|will|could)\s+(?:\w+ly\s+)?(?:choke|stifle|derail|"
                         r"sabotage|jeopardi[sz]e|wreck|ruin|devastate|destroy)\b|won[’']t\s+work\b"
                         r"|(?:is|are)\s+doomed\b|(?:is|are)\s+(?:no|not\s+the|the\s+wrong)\s+(?:answer|solution|way\s+forward|way\s+to|approach|response|"
                         r"way\s+to\s+go|right\s+(?:approach|course|answer))\b", re.I)
BETTER_RE = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:(?:Much|Far|It\s+is|It\s+would\s+be)\s+)?(?:better|wiser)\s+to\s+(?=\w)", re.I)
DO_WELL_RE = re.compile(r"\bwould\s+do\s+well\s+to\s+(?=\w)", re.I)
# "resolute vows to", "the plans to", "of promises to": the plan word is a noun, its holder unsaid
NOUN_BEFORE_RE = re.compile(r"(?:[’']s|\b(?:the|a|an|its|their|his|her|our|these|those|such|any|no|of|for|with|about|on|resolute|solemn|"
                            r"repeated|public|earlier|latest|fresh|firm|empty|broken|campaign|election))\s+$", re.I)
# "is intended to", "did not want to", "if he wants to", "no politician wants to": no plan of anyone's
PASSIVE_BE_RE = re.compile(r"\b(?:is|are|was|were|been|be)\s+$")
NOT_A_PLAN_RE = re.compile(r"(?:\b(?:did|didn[’']t|did\s+not)\s+|\bif\s+(?:\S+\s+){0,3}|"
                           r"\b(?:no|nobody|no\s+one)\s+(?:\S+\s+)?)$", re.I)
PLAN_TO_RE = re.compile(r"\b(?:proposes|proposed|propose|plans|planned|planning|preparing|pushing|pushes|intends|intended|intend|wants|wanted|want(?=\s+to\s+see\b)|plan|vowed|vows|"
                        r"pledged|pledges|promised|promises)\s+(?P<neg>not\s+)?to\s+(?=\w)")
LET_RE = re.compile(r"\b(?:Let\s+us|Let[’']s|let\s+us|let[’']s)(?P<neg>\s+not)?\s+(?=\w)")
GERUND_BAD_RE = after_space(r"(?:would|will|could|can)\s+(?:\w+ly\s+)?(?:(?:do|cause)\s+(?:\w+\s+)?(?:harm|damage)|hurt|harm|"
                            r"damage|undermine|endanger|weaken|backfire|cripple|risk|reward|embolden|legitimi[sz]e|deepen|worsen|"
                            r"prolong|play\s+(?:\w+\s+)?into\s+(?:the\s+)?hands|"
                            r"make\s+(?:no|little)\s+sense)\b|(?:will|would|does|do|can)\s*(?:not|n[’']t)\s+(?:make|help|solve|stop|fix|"
                            r"end|bring)\b|won[’']t\s+(?:make|help|solve|stop|fix|end|bring)\b"
                            r"|(?:\w+ly\s+)?(?:risks|threatens\s+to|makes\s+(?:no|little)\s+sense)\b")
REQUIRES_RE = re.compile(r"\b(?:requires|require|will\s+require|would\s+require|demands)\s+(?:(?:better|more|less|"
                         r"greater|smarter)\s+)?(?=\w+ing\b)")
# the subject of "requires" that makes it a recommendation: a goal stated as a gerund or infinitive, no relative clause
GOAL_SUBJECT_RE = re.compile(r"\s*(?:(?:But|And|So|Yet)\s+)?(?:[A-Z]\w*ing|To\s+\w+)\b(?![^,;]*\b(?:whose|which|who|that)\b)")
GERUND_GOOD_RE = after_space(r"(?:would|could|will|can)\s+(?:\w+ly\s+)?(?:help|mitigate|reduce|ease|improve|strengthen|"
                             r"save|prevent|protect|boost|go\s+a\s+long\s+way|make\s+a\s+difference)\b")
CALL_TO_RE = re.compile(
    r"(?<!had\sto\s)\b(?:urged|urges|urging|urge|called\s+on|calls\s+on|call\s+on|calling\s+on|called\s+upon|lobbying|"
    r"lobbied|lobbies|appealed\s+to|appeals\s+to|pleaded\s+with|pleads\s+with|"
    r"calls\s+upon|calls?\s+for|pressed|presses|pressing|implored|implores|advised|advises|wants|want|wanted|"
    r"would\s+like|would\s+prefer|begged|begs|begging)"
    r"\s+(?P<obj>(?:(?!\b(?:why|whether|what|how|when)\b)[^,.;:“”\"]){1,120}?)(?P<neg>\s+not)?\s+to\s+[“\"‘]?"
    r"(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|my|your)\b)(?=\w)")  # "urged all parties to the conflict to stop ..."
SUGGEST_THAT_RE = re.compile(
    r"\b(?:suggested|suggests|proposed|proposes|recommended|recommends|urged|urges|insisted|insists|demanded|demands|"
    r"asked|asks|insisting|urging|recommending|proposing|demanding|requires|required|insistence|"
    r"(?<=[a-z]s\s)(?:demand|urge|recommend|propose)|"
    r"(?<=\b[IWw]e\s)(?:ask|urge|suggest|propose|recommend|insist|demand)|(?<=\bI\s)(?:ask|urge|suggest|propose|"
    r"recommend|insist|demand))\s+that\s+(?P<subj>(?:[A-Z][\w.’'-]*|the|its|their|all|every|each|our|his|her|he|she|they|we|these|those)(?:\s+(?!(?:is|are|was|were|has|have|had|will|"
    r"would|should|can|could|may|might|did|does)\b|\w+n[’']t\b)[\w.’'-]+){0,4}?)\s+(?P<neg>not\s+|(?P<isnt>(?:is|are)n[’']t\s+))?"
    r"(?=(?!(?:is|was|are|were|has|had|will|would|should|must|could|can|may|might|did|does)\b|\w+n[’']t\b)[a-z]+(?<![^s]s)\b)")
CALL_FOR_RE = re.compile(
    r"\b(?:(?P<pro>called\s+for|calls\s+for|call\s+for|calling\s+for|proposed|proposes|propose|proposing|recommended|"
    r"recommends|recommend|advocated|advocates|advocate|advocating|demanded|demands|demand|demanding|pushed\s+for|"
    r"pushes\s+for|pushing\s+for|pressed\s+for|presses\s+for|pressing\s+for|lobbying\s+for|lobbied\s+for|campaigning\s+for|"
    r"arguing\s+for|argued\s+for|argues\s+for|favou?rs|favou?red|endorsed|endorses|supports?|supported|backs?|backed|"
    r"welcomes?|welcomed)|"
    r"(?P<con>opposed|opposes|oppose|opposing|rejected|rejects|reject|rejecting|warned\s+against|warns\s+against|"
    r"warn\s+against|argued\s+against|argues\s+against|ruled\s+out|rules\s+out|objected\s+to|objects\s+to|vetoed))"
    r"\s+(?!that\b|to\b|by\b|the\s+idea\b|it\b|this\b|them\b)(?=[\w$£€])")
NEEDED_RE = after_space(r"(?:is|are)\s+(?:(?:\w+ly|also|still|now|therefore|thus)\s+)?(?:needed|required|necessary|"
                        r"essential|vital|crucial|indispensable|(?:long\s+)?overdue)\s*(?:[.;!]|$|,\s*(?:and|but)\b)")
MATTERS_RE = re.compile(r"^(?P<np>[A-Z][^,.;?!]{5,90}?)\s+(?:matters|is\s+(?:essential|vital|indispensable))\s*\.\s*$")
STANCE_NOUN_RE = re.compile(r"\b(?:stand|support|commitment|presence|alliance|engagement|cooperation|solidarity|"
                            r"pressure|aid|sanctions|policy)\b", re.I)




def phrasal_hits(text: str, s: int, e: int) -> list[Hit]:
    """Each rule runs only when its key words are in the sentence (a substring test is far
    cheaper than a regular expression scan)."""
    low = lowered(text, s, e)

    def has(*keys: str) -> bool:
        for k in keys:
            if k in low:
                return True
        return False

    out: list[Hit | None] = []
    if "time" in low:
        for m in TIME_RE.finditer(text, s, e):
            out.append(vp_hit(text, m.end(), e, "support", m.start()))
    if (" the " in low or low.startswith(("the ", "one ", "a ")) or " one " in low or " a " in low) and has(
            "answer", "solution", "response", "course", "way", "option", "approach", "priorit", "remed", "step", "choice",
            "task", "imperative", "thing", "bet", "alternative", "goal", "aim", "lesson"):
        for m in ANSWER_RE.finditer(text, s, e):
            bad = m.group("neg") or m.group("neg3") or BAD_WAY_RE.search(
                (m.group("adj") or "") + (m.group("mid") or m.group("mid2") or "") + " " + text[m.start():m.start() + 20])
            out.append(vp_hit(text, m.end(), e, "oppose" if bad else "support", m.start()))
    if has("answer", "solution", "priority", "remedy", "step", "task", "imperative", "way forward", "way out", "lies in"):
        for m in ANSWER_NP_RE.finditer(text, s, e):  # "the priority must be resilience", "the key step has to be X"
            if m.group(0).endswith("in ") and not LIES_IN_RE.match(text, m.end(), e):
                continue  # "the answer lies in the same mentality ...": an explanation, not a remedy
            out.append(np_hit(text, m.end(), e, "support", m.start(), any_noun=True))
    if has("strategy", "policy", "approach", "idea", "move", "gamble", "recipe"):
        for m in BAD_STRATEGY_RE.finditer(text, s, e):  # "Calling on the generals ... is a strategy fraught with ..."
            out.append(subject_hit(text, s, m.start()))
    if "opposed" in low or "against" in low:
        for m in OPPOSED_TO_RE.finditer(text, s, e):  # "Netanyahu is implacably opposed to making concessions"
            hit = np_hit(text, m.end(), e, "oppose", m.start())
            if hit is not None:
                hit.reported = True
                out.append(hit)
    if "thing" in low:
        for m in LAST_THING_RE.finditer(text, s, e):  # "The last thing we should do is raise taxes"
            out.append(vp_hit(text, m.end(), e, "oppose", m.start()))
    if ":" in low:
        for m in OFFERED_RE.finditer(text, s, e):  # "X offered a simple solution: free tuition for ..."
            hit = np_hit(text, m.end(), e, "support", m.start(), any_noun=True)
            if hit is not None:
                hit.reported = True
                out.append(hit)
    if "it " in low:
        for m in EVAL_TO_RE.finditer(text, s, e):
            out.append(vp_hit(text, m.end(), e, "oppose" if m.group("bad") else "support", m.start()))
    if "let" in low:
        for m in LET_RE.finditer(text, s, e):
            if re.search(r"[:“\"‘]\s*$", text[s:m.start()]):
                continue  # 'approach: "Let's resolve ..."': someone else's words, quoted or paraphrased
            out.append(vp_hit(text, m.end(), e, "oppose" if m.group("neg") else "support", m.start(),
                               causative=text.startswith("have ", m.end())))
    if "ing " in low or low.startswith("to "):
        for m in GERUND_GOOD_RE.finditer(text, s, e):  # "Centring the victims would mitigate the backlash"
            out.append(subject_hit(text, s, m.start(), "support"))
        for m in GERUND_BAD_RE.finditer(text, s, e):  # "Releasing the report will do considerable harm"
            out.append(subject_hit(text, s, m.start(), "oppose", nouns=False))
        if "requir" in low or "demands" in low:
            for m in REQUIRES_RE.finditer(text, s, e):  # "Getting America working requires freeing up energy production"
                if GOAL_SUBJECT_RE.match(text[s:m.start()]):  # not "This would require ...", "whose defeat requires ..."
                    out.append(np_hit(text, m.end(), e, "support", m.start()))
    if has("better to", "wiser to", "do well to"):
        for rx in (BETTER_RE, DO_WELL_RE):
            for m in rx.finditer(text, s, e):
                out.append(vp_hit(text, m.end(), e, "support", m.start()))
    if has("propose", "plan", "intend", "want", "vow", "pledge", "promise", "push"):
        for m in PLAN_TO_RE.finditer(text, s, e):  # an actor's own plan is its position; never the author's
            if m.group(0).startswith(("plan ", "intend ")) and not agent_before(text, s, m.start()):
                continue  # "the plan to ...", "I intend to ...": no actor's plan
            if RELATIVE_SUBJECT_RE.search(text, s, m.start()):
                continue  # "a businessman who wants to move to the UK": a person described, not a course argued
            if re.search(r"\b(?:has|have|had)\s+(?:no\s+)?$", text[s:m.start()]) or NOUN_BEFORE_RE.search(text[s:m.start()]) \
                    or NOT_A_PLAN_RE.search(text[s:m.start()]) or text[s:m.start()].rstrip().endswith("(") \
                    or (PASSIVE_BE_RE.search(text[s:m.start()])
                                                                     and m.group(0).split()[0].endswith("ed")) or (
                    m.group(0)[:-3].rstrip().endswith("ed") and PAST_TIME_RE.search(text, s, e)):
                continue  # "Russia has plans to build", "In 2008 Obama promised to ...": a plan described, not argued
            if text.startswith("see ", m.end()) and re.search(r"\s(?:as|for\s+what)\s", text[m.end():e]):
                continue  # "will want to see the atrocities as the acts of a cult": a way of seeing
            if text.startswith("see ", m.end()):  # "wants to see an increase in tensions": the thing wanted
                hit = np_hit(text, m.end() + 4, e, "oppose" if m.group("neg") else "support", m.start(), any_noun=True)
            else:
                hit = vp_hit(text, m.end(), e, "oppose" if m.group("neg") else "support", m.start())
            if hit is not None:
                hit.author = bool(re.search(r"\b(?:I|we|We)\s+(?:\w+\s+)?$", text[s:m.start()]))
                hit.reported = not hit.author
                out.append(hit)
    if has("mistake", "folly", "error", "blunder", "disaster", "catastrophe", "starter", "dead end", "work", "doomed",
           "answer", "solution", "way", "right", "wrong"):
        for m in MISTAKE_RE.finditer(text, s, e):
            out.append(subject_hit(text, s, m.start()))
    if has("considering", "weighing", "mulling", "exploring"):
        for m in CONSIDER_RE.finditer(text, s, e):  # "the government is considering compulsory sale orders": its option
            hit = np_hit(text, m.end(), e, "support", m.start())
            if hit is not None:
                hit.reported = True
                out.append(hit)
    if has("urg", "call", "press", "implor", "advis", "want", "would like", "would prefer", "lobb", "appeal",
           "plead", "beg"):
        for m in CALL_TO_RE.finditer(text, s, e):
            if re.search(r"^(?:is|was|are|were)\b|\b(?:in\s+order|so\s+as|enough|able|unable|likely|ready|willing)$|"
                         r"\sthat\s|^(?:from|in|at|on|with|for|by|of|about|during|after|before|into|through)\s", m.group("obj")):
                continue
            out.append(vp_hit(text, m.end(), e, "oppose" if m.group("neg") else "support", m.start()))
    if " that " in low and has("sugg", "propos", "recommend", "urg", "insist", "demand", "ask", "requir"):
        for m in SUGGEST_THAT_RE.finditer(text, s, e):
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
    if has("call", "propos", "recommend", "advocat", "demand", "push", "press", "argue", "favo", "endors", "oppos",
           "reject", "warn", "rule", "object", "veto", "support", "lobb", "campaign", "backs", "backed", "back a", "back the", "welcom"):
        for m in CALL_FOR_RE.finditer(text, s, e):
            if re.search(r"\b(?:the|a|an|its|his|her|their|this|that)\s+$", text[s:m.start()], re.I) or (
                    m.group(0).split()[0].endswith("ed") and PASSIVE_BE_RE.search(text[s:m.start()])):
                continue  # "the proposed budget plan", "measures were proposed": no one proposing here
            if m.group(0)[:4].lower() in ("supp", "back", "welc") and (NOUN_SUPPORT_RE.search(text, s, m.start())
                                                                       or re.match(r"\w+\s+(?:of|for|from|on|in)\b", m.group(0) + text[m.end():m.end() + 5])):
                continue  # "in support of Argentina", "reluctant to support spending": a noun, or no one backing it yet
            stance = "support" if m.group("pro") else "oppose"
            hit = passive_hit(text, m.end(), e, stance, m.start()) or np_hit(text, m.end(), e, stance, m.start())
            if hit is not None and NOMINAL_CALL_RE.search(text, s, m.end()):
                _agent_by(text, hit)
            out.append(hit)
    if has("needed", "required", "necessary", "essential", "vital", "crucial", "indispensable", "overdue"):
        for m in NEEDED_RE.finditer(text, s, e):  # "New sanctions are needed", "Reforming the police is essential"
            out.append(subject_hit(text, s, m.start(), "support", any_stance_nouns=True))
    if has("matters", "essential", "vital", "indispensable"):
        matters = MATTERS_RE.match(text[s:e])
        if matters and STANCE_NOUN_RE.search(matters.group("np")):
            out.append(Hit("support", s, s + matters.end("np"), summary("keep " + matters.group("np")), s))
    return [h for h in out if h is not None]


def _agent_by(text: str, hit: Hit) -> None:
    """'repeated calls for stronger military action by the US government': who calls is after 'by'."""
    by = BY_AGENT_RE.search(text, hit.start, hit.end)
    if by is not None:
        hit.who = by.group("who")
        hit.end = by.start()
        hit.summary = summary(text[hit.start:hit.end], verb_first=False)
