"""Options stated without a modal: "it is time to ...", "the answer is (not) to ...", "X would be
a mistake", "X will not work", "Let us ...", an actor's plan, "X matters"; reported calls ("critics
urged the EU to ...", "called for ...") are read by `calls`."""
from __future__ import annotations

import re

from briefing_app.analysis.options.agents import agent_before
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.subject_content import verb_after_infinitive
from briefing_app.analysis.options.calls import call_hits, held_if
from briefing_app.analysis.options.verdict_subject import subject_hit
from briefing_app.analysis.options.keys import holds_any, keys, words_in
from briefing_app.analysis.options.lexicon import (
    NOT_WEIGHED, PASSIVE_BE_RE, PAST_TIME_RE, POLICY_VERBS, after_space, lowered,
)
from briefing_app.analysis.options.action_hits import np_hit, vp_hit
from briefing_app.analysis.options.phrases import IRREGULAR, action_end, base_form, is_concrete, summary
from briefing_app.analysis.options.wants import NOT_A_PLAN_RE, named_wanter, relative_plan, want_hits
from briefing_app.analysis.segment import last_words_start
from briefing_app.analysis.trie import cased_opening, letter_gate, opening_words

TO = r"\s+(?:to\s+)?(?=\w)"
TIME_RE = re.compile(r"\b(?:it\s+is|it[’']s|now\s+is\s+the|isn[’']t\s+it|is\s+it\s+not)\s+(?:high\s+|long\s+past\s+|past\s+|about\s+)?"
                     r"time\s+(?:for\s+(?P<who>[^,.;]{1,60}?)\s+)?to\s+(?=\w)", re.I)
# (opening with the class of its branches' first letters, the word boundary read as a lookbehind one character wider
# after it and each branch's rest behind a lookbehind on its letter: the three r"\b"-first branches it was, which sre
# tried at every position; tests/analysis/test_speed_equivalents.py)
ANSWER_RE = re.compile(
    r"[TtAaOo](?<!\w.)(?:(?:(?<=[Tt])he|(?<=[Aa])(?i:n?)(?=\s+(?:better|wiser|more|smarter|sensible|obvious|first|key)\b))\s+(?P<adj>(?:(?:best|only|right|real|sensible|obvious|wiser|better|proper|correct|smart|urgent|first|"
    r"immediate|wisest|worst|wrong|more|most|less|surest|simplest|better|key|main|overriding|smarter|sensible|possible)\s+){0,2})(?:answer|solution|response|course(?:\s+of\s+action)?|way\s+forward|option|"
    r"approach|priority|remedy|step|choice|task|imperative|thing(?:\s+to\s+do)?|best\s+bet|alternative|goal|aim|lesson|fix|path|route)"
    r"(?P<mid>(?:\s+[\w’']+){0,5}?)\s+(?:is|lies\s+in|would\s+be|must\s+be|should\s+be|remains)"
    r"(?P<neg>\s+not)?\s+(?:for\s+(?!example\b|instance\b)[^,.;]{1,60}?\s+)?(?:to\s+|in\s+)(?=\w)"
    r"|(?<=[Oo])ne\s+(?:(?:obvious|simple|sensible|possible|good|useful|practical|first)\s+)?(?:option|approach|idea|course|path|"
    r"step|fix|answer|solution|remedy)(?P<mid2>(?:\s+[\w’']+){0,5}?)\s+(?:would\s+be|is)\s+to\s+(?=\w)"
    r"|(?:(?<=[Tt])he|(?<=[Oo])ne)\s+(?:(?:only|best|surest|principal|main|real|right|quickest|simplest|wrong|worst)\s+)?way\s+to\s+"
    r"(?P<mid3>[^,.;:]{1,80}?)\s+(?:is|would\s+be)\s+(?P<neg3>not\s+)?(?:to|by)\s+(?=\w))")
# "The aim (of the programme) is to X", with no word of judgement: a policy's purpose described
DESCRIBED_AIM_RE = re.compile(r"[Tt]he\s+(?:goal|aim)\b(?:\s+[\w’']+){0,5}?\s+is\s+to\s+$")
ANSWER_NP_RE = re.compile(
    cased_opening(("The", "the", "A", "a")) + r"\s+(?:(?:best|only|right|real|first|key|main|overriding|top|immediate|urgent)\s+)?(?:(?:answer|solution|"
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
# "The most useful thing the Gulf states could do is fund ...", "the least the ministry can do is apologise"
THING_DO_RE = re.compile(r"\b(?:[Tt]he\s+(?:(?:best|most\s+\w+|single\s+most\s+\w+|first|simplest|quickest|only|obvious)\s+thing|least)|"
                         r"[Oo]ne\s+thing)\s+(?:[\w’'-]+\s+){1,6}?(?:can|could|should|must|might|ought\s+to)\s+do"
                         r"(?:\s+(?:now|for\s+[^,.;]{1,40}?))?\s+(?:is|would\s+be)\s+(?:to\s+)?(?=[a-z])")
LIES_IN_RE = re.compile(r"(?!the\s+same\b|this\b|that\b)(?:[\w’'-]+\s+){0,3}?[\w-]+(?:tion|sion|ment|ance|ence|ing|al|ship)s?\b")
CONSIDER_RE = re.compile(r"\b(?:is|are)\s+(?:now\s+|also\s+|already\s+|seriously\s+|reportedly\s+)?(?:considering|weighing|"
                         r"mulling|exploring)\s+(?!" + NOT_WEIGHED + r"|\w+ing\b|the\s+(?:idea|possibility|option)\s+of\b)(?=\w)")
OPPOSED_TO_RE = re.compile(cased_opening(("is", "are", "was", "were", "remains?", "stays?")) + r"\s+(?:\w+ly\s+)?(?P<bad>opposed|against)\s+(?:to\s+)?"
                           r"(?=\w+ing\b)|\b(?:is|are|remains?)\s+(?:\w+ly\s+)?opposed\s+to\s+(?=(?:an?|any|new|more|further)\s)")
LAST_THING_RE = re.compile(cased_opening(("The", "the")) + r"\s+(?:last|worst)\s+thing\s+(?:[\w’']+\s+){0,6}?(?:is|would\s+be)\s+(?:to\s+)?(?=\w)")
OFFERED_RE = re.compile(r"\b(?:offered|offers|proposed|proposes|put\s+forward|unveiled|unveils)\s+(?:(?:a|an|his|her|its|their)\s+)?"
                        r"(?:[\w-]+,?\s+){0,3}?(?:solution|plan|proposal|idea|remedy|answer)\s*:\s*(?=\w)")
BAD_WAY_RE = re.compile(r"\b(?:not\s+work|won[’']t\s+work|fail|wrong|worst|mistaken|misguided|dangerous)\b", re.I)
EVAL_TO_RE = re.compile(
    opening_words(("it",)) + r"\s+(?:would|will|is|would\s+surely)\s+(?:be\s+)?(?:(?P<bad>wrong|foolish|reckless|unwise|dangerous|naive|"
    r"madness|irresponsible|counterproductive|premature|an?\s+(?:\w+\s+)?(?:mistake|error|blunder|folly))|"
    r"(?P<good>wise|sensible|prudent|right|essential|vital|crucial|imperative|important|necessary|urgent|better|best))"
    r"\s+(?:for\s+(?P<who>[^,.;]{1,60}?)\s+)?to\s+(?=\w)", re.I)
MISTAKE_RE = after_space(r"(?:would|will|is|are)\s+(?:be\s+)?(?:a|an)\s+(?:\w+\s+){0,2}?(?:mistake|folly|error|blunder|"
                         r"disaster|catastrophe|non-starter|dead\s+end)\b|(?:would|will|is|are)\s+(?:be\s+)?(?:sheer\s+|utter\s+)?"
                         r"(?:madness|folly|lunacy|insanity)\b"
                         r"|(?:will|would|does|do|can)\s*(?:not|n[’']t)\s+work\b|(?:would|will|could)\s+(?:\w+ly\s+)?(?:choke|stifle|derail|"
                         r"sabotage|jeopardi[sz]e|wreck|ruin|devastate|destroy)\b|won[’']t\s+work\b"
                         r"|(?:is|are)\s+doomed\b|(?:is|are)\s+(?:no|not\s+the|the\s+wrong)\s+(?:answer|solution|way\s+forward|way\s+to|approach|response|"
                         r"way\s+to\s+go|right\s+(?:approach|course|answer))\b", re.I, first="[AaCcDdIiİıWw]")
# "Arming the rebels would set a dangerous precedent / send the wrong message / be premature", "Military action should
# be off the table", "Sending troops is out of the question": tried only when one of VERDICT_KEYS is in the sentence
MORE_VERDICTS_RE = after_space(r"(?:would|will|could|might)\s+(?:only\s+|also\s+)?(?:send\s+(?:the\s+|a\s+)?wrong\s+(?:message|signal)|"
                               r"set\s+a\s+(?:\w+\s+)?(?:dangerous|terrible|bad|worrying|troubling|damaging)\s+precedent)\b"
                               r"|(?:would|will|is|are)\s+(?:be\s+)?(?:premature|wrong|self-defeating|a\s+step\s+(?:backwards?|too\s+far))\b"
                               r"|(?:should|must|is|are)\s+(?:be\s+|stay\s+|remain\s+)?off\s+the\s+table\b"
                               r"|(?:is|are|would\s+be)\s+out\s+of\s+the\s+question\b", re.I)
VERDICT_KEYS = keys("wrong", "precedent", "premature", "off the table", "of the question")  # "self-defeating", "a step too far"
# and "a step backwards" come with MISTAKE_RE's words or these in practice; five substring tests per sentence, not eight
BETTER_RE = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:(?:Much|Far|It\s+is|It\s+would\s+be)\s+)?(?:better|wiser)\s+to\s+(?=\w)", re.I)
DO_WELL_RE = re.compile(r"\bwould\s+do\s+well\s+to\s+(?=\w)", re.I)
# "resolute vows to", "the plans to", "of promises to": the plan word is a noun, its holder unsaid
NOUN_BEFORE_RE = re.compile(letter_gate("’'abcefhilnoprstw") + r"(?:[’']s|\b(?:the|a|an|its|their|his|her|our|these|those|such|any|no|"
                            r"of|for|with|about|on|resolute|solemn|repeated|public|earlier|latest|fresh|firm|empty|broken|campaign|"
                            r"election))\s+$", re.I)
# (after the "\b", the class of the verbs' first letters: most word starts fail at that one test)
PLAN_TO_RE = re.compile(r"\b(?=[iotpvw])(?:proposes|proposed|propose|plans|planned|planning|preparing|pushing|pushes|intends|intended|intend|wants|wanted|want|plan|vowed|vows|threatened|threatens|"
                        r"pledged|pledges|promised|promises|offered|offers|vowing|pledging|promising|threatening|"
                        # the base forms after a modal ("will pledge to", "would promise to"): no noun there
                        r"(?:(?<=\bwill\s)|(?<=\bwould\s))(?:pledge|promise|vow|threaten|offer))"
                        # ("vowed never to raise X", 'vowed to "never raise X"', 'vowed "never to raise X"', 'vowed to "not
                        # raise X"', "to never raise X": X opposed)
                        r"\s+(?P<neg>(?:''|[“\"‘'])?(?:not|never)\s+)?(?P<to>to)\s+(?:''|[“\"‘'])?(?P<never>(?:never|not)\s+)?(?=\w)")
# a verb in the past and its object's determiner before a bare "plan": "rejected the union plan to", "backed a Senate
# plan to": "plan" is the object noun, not the verb of a plural subject ("the unions plan to"); not in a relative clause,
# whose object the main verb follows ("Democrats who opposed the bill plan to force a vote": they plan)
NOUN_PLAN_RE = re.compile(r"(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)\b[a-z]+ed\s+(?:the|a|an|its|their|his|her|this|that)\s+(?:[\w’'.-]+\s+){0,3}$")
# a preposition before "plan(s)": a noun ("hit out at plans to", "protested against plans to", "objected to plans to"); not
# before a participle ("by promising to", "against promising to")
PREPOSITION_BEFORE_RE = re.compile(r"\b(?:at|against|over|to|from|by)\s+$")
# a verb right before "plans" takes it as its object noun ("The mayor backed plans to close X", "opposed plans to",
# "unveiled plans to", "supports plans to"); the subject of a plural "plan" is a noun ("The unions plan to")
VERB_BEFORE_RE = re.compile(r"\b(?:[a-z]+ed|(?:back|support|oppose|reject|welcome|endorse|announce|unveil|criticise|criticize|"
                            r"slam|condemn|defend|scrap|drop|revive)s?|shelves?)\s+$")
OWNER_BEFORE_RE = re.compile(r"(?:\w[’']s|s[’'])\s+$")  # "Brussels' plan to", "the union's plan to"
# the plan words of PLAN_TO_RE that announce a course as decided (not "proposes", "wants", "threatens", "offers": a
# proposal, a wish, a threat or an offer is not yet decided)
DECIDED_PLAN = ("plan", "intend", "vow", "pledg", "promis", "preparing")
# a participle pledge set against what is done ("rather than just promising to", "instead of vowing to")
CONTRAST_BEFORE_RE = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+(?:just\s+|simply\s+|merely\s+|only\s+)?$", re.I)
HAS_BEFORE_RE = re.compile(r"\b(?:has|have|had)\s+(?:no\s+)?$")  # "Russia has (no) plans to": at most the last two words
# "suddenly a developer comes in and wants to build": an indefinite someone in a scenario, no actor's plan
INDEFINITE_SUBJECT_RE = re.compile(r"\b(?:[Aa]|[Aa]n)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:(?:comes|came|steps|stepped|walks|walked|"
                                   r"turns|turned|shows|showed)\s+(?:in|along|up)\s+and\s+)?(?:\w+ly\s+)?$")
LET_RE = re.compile(r"\b(?:Let\s+us|Let[’']s|let\s+us|let[’']s)(?P<neg>\s+not)?\s+(?=\w)")
# what may stand before a lower-case "let us" of the author's own "Let us X": a mark, a conjunction or a linking adverb
# ("So let us", "Instead, let us", "and let's not"); after a verb or a subject "let" is a causative told ("did not let
# us", "The rules let us", "won't let us")
HORTATIVE_BEFORE_RE = re.compile(r"(?:[,;:(—–…-]|\.\.\.|\b(?:[Ss]o|[Aa]nd|[Bb]ut|[Tt]hen|[Nn]ow|[Ii]nstead|[Rr]ather|[Tt]herefore|[Tt]hus|"
                                 r"[Pp]lease|[Ff]inally|[Ff]irst|[Nn]ext|[Aa]lso|[Yy]et|[Oo]r|[Pp]erhaps|[Tt]oday|[Hh]ere))\s*$")
GERUND_BAD = (r"(?:would|will|could|can)\s+(?:\w+ly\s+)?(?:(?:do|cause)\s+(?:\w+\s+)?(?:harm|damage)|hurt|harm|"
                            r"damage|undermine|endanger|weaken|backfire|cripple|risk|reward|embolden|legitimi[sz]e|deepen|worsen|"
                            r"prolong|play\s+(?:\w+\s+)?into\s+(?:the\s+)?hands|achieve\s+(?:nothing|little)|"
                            r"leave\s+(?!(?:him|her|me|you)\b)(?:[\w’'-]+\s+){1,4}?(?:exposed|vulnerable|worse\s+off|defen[cs]eless|without|with\s+(?:nobody|"
                            r"nothing|no))|push\s+(?:[\w’'-]+\s+){1,5}?into\s+(?:bankruptcy|poverty|debt|recession|destitution)|"
                            r"hand\s+(?:[\w’'-]+\s+){0,3}?(?:an?\s+|the\s+)?(?:\w+\s+)?(?:victory|martyrdom|propaganda\s+coup|pretext)|"
                            r"make\s+(?:no|little)\s+sense)\b|(?:will|would|does|do|can)\s*(?:not|n[’']t)\s+(?:make|help|solve|stop|fix|"
                            r"end|bring)\b|won[’']t\s+(?:make|help|solve|stop|fix|end|bring)\b")
# its last branch: an adverb may come first, and that "\w+ly" is tried at every word of the sentence (~40% of the
# pattern's cost); a sentence without the branch's words is searched without it (GERUND_BAD_PLAIN_RE: the same matches)
RISK_BRANCH = r"(?:\w+ly\s+)?(?:risks|threatens\s+to|makes\s+(?:no|little)\s+sense)\b"
RISK_WORDS = ("risks", "threatens", "makes")
GERUND_BAD_RE = after_space(GERUND_BAD + "|" + RISK_BRANCH)
GERUND_BAD_PLAIN_RE = after_space(GERUND_BAD, first="[cdw]")
REQUIRES_RE = re.compile(r"\b(?:requires|require|will\s+require|would\s+require|demands)\s+(?:(?:better|more|less|"
                         r"greater|smarter)\s+)?(?=\w+ing\b)")
# the subject of "requires" that makes it a recommendation: a goal stated as a gerund or infinitive, no relative clause
GOAL_SUBJECT_RE = re.compile(r"\s*(?:(?:But|And|So|Yet)\s+)?(?:[A-Z]\w*ing|To\s+\w+)\b(?![^,;]*\b(?:whose|which|who|that)\b)")
GOOD_MODALS = ("would", "could", "will", "can")  # what every match of GERUND_GOOD_RE opens with
GERUND_GOOD_RE = after_space(r"(?:would|could|will|can)\s+(?:\w+ly\s+)?(?:help|mitigate|reduce|ease|improve|strengthen|"
                             r"save|prevent|protect|boost|go\s+a\s+long\s+way|make\s+a\s+difference)\b", first="[cw]")
NEEDED_RE = after_space(r"(?:is|are)\s+(?:(?:\w+ly|also|still|now|therefore|thus)\s+)?(?:needed|required|necessary|"
                        r"essential|vital|crucial|indispensable|(?:long\s+)?overdue)\s*(?:[.;!]|$|,\s*(?:and|but)\b)")
MATTERS_RE = re.compile(r"^(?P<np>[A-Z][^,.;?!]{5,90}?)\s+(?:matters|is\s+(?:essential|vital|indispensable))\s*\.\s*$")
STANCE_NOUN_RE = re.compile(r"\b(?:stand|support|commitment|presence|alliance|engagement|cooperation|solidarity|"
                            r"pressure|aid|sanctions|policy)\b", re.I)




# the key words without which each rule's pattern cannot match (one scan of the sentence finds them all: `keys`)
ANSWER_KEYS = keys("answer", "solution", "response", "course", "way", "option", "approach", "priorit", "remed", "step", "choice",
                   "task", "imperative", "thing", "bet", "alternative", "goal", "aim", "lesson", "fix", "path", "route")
ANSWER_NP_KEYS = keys("answer", "solution", "priority", "remedy", "step", "task", "imperative", "way forward", "way out", "lies in")
STRATEGY_KEYS = keys("strategy", "policy", "approach", "idea", "move", "gamble", "recipe")
BETTER_KEYS = keys("better to", "wiser to", "do well to")
# a threat, which a condition after the course makes a lever held over others, conditional (`calls.held_if`); not a
# promise or a pledge ("pledged to make him Treasury secretary if he wins the presidency": a campaign promise, support)
THREAT_RE = re.compile(r"(?:\w+\s+)?threat", re.I)
# the holder's own election as the condition ("threatening to pull out of NATO if he is elected"): a campaign promise
OWN_ELECTION_RE = re.compile(r",?\s+(?:if|once|when)\s+(?:he|she|they|I|we)\s+(?:is|are|am|was|were|gets?|got)\s+(?:re-?)?elected\b|"
                             r",?\s+(?:if|once|when)\s+(?:he|she|they|I|we)\s+(?:wins?|won|becomes?|became|takes?\s+office)\b")
PLAN_KEYS = keys("propose", "plan", "intend", "want", "vow", "pledg", "promis", "push", "threaten", "offer", "seeking")
MISTAKE_KEYS = keys("mistake", "folly", "error", "madness", "lunacy", "insanity", "blunder", "disaster", "catastrophe", "starter", "dead end", "work", "doomed",
                    "answer", "solution", "way", "right", "wrong")
CONSIDER_KEYS = keys("considering", "weighing", "mulling", "exploring")
NEEDED_KEYS = keys("needed", "required", "necessary", "essential", "vital", "crucial", "indispensable", "overdue")
MATTERS_KEYS = keys("matters", "essential", "vital", "indispensable")


def phrasal_hits(text: str, s: int, e: int) -> list[Hit]:
    """Each rule runs only when its key words are in the sentence (a substring test is far
    cheaper than a regular expression scan)."""
    low = lowered(text, s, e)
    out: list[Hit | None] = []
    for rules in (_frame_hits, _gerund_hits, _plan_hits, call_hits, _need_hits):
        out += rules(text, s, e, low)
    return [h for h in out if h is not None]



def _frame_hits(text: str, s: int, e: int, low: str) -> list[Hit | None]:
    """The author frames a course: "it is time to X", "the answer is (not) to X", "the last thing ... is X", "Let us X", a verdict on a strategy."""
    found = words_in(low)  # the sentence's key words (one scan), which each gate below asks about
    out: list[Hit | None] = []
    if "time" in low:
        for m in TIME_RE.finditer(text, s, e):
            out.append(vp_hit(text, m.end(), e, "support", m.start()))
    if (" the " in low or low.startswith(("the ", "one ", "a ")) or " one " in low or " a " in low) and not ANSWER_KEYS.isdisjoint(found):
        for m in ANSWER_RE.finditer(text, s, e):
            if DESCRIBED_AIM_RE.match(m.group(0)):
                continue  # "The aim is to encourage more borrowing": what a policy is for, told; "should be" argues it
            bad = m.group("neg") or m.group("neg3") or BAD_WAY_RE.search(
                (m.group("adj") or "") + (m.group("mid") or m.group("mid2") or "") + " " + text[m.start():m.start() + 20])
            out.append(vp_hit(text, m.end(), e, "oppose" if bad else "support", m.start()))
    if " do " in low and ("thing" in low or "least" in low):
        for m in THING_DO_RE.finditer(text, s, e):
            out.append(vp_hit(text, m.end(), e, "support", m.start()))
    if not ANSWER_NP_KEYS.isdisjoint(found):
        for m in ANSWER_NP_RE.finditer(text, s, e):  # "the priority must be resilience", "the key step has to be X"
            if m.group(0).endswith("in ") and not LIES_IN_RE.match(text, m.end(), e):
                continue  # "the answer lies in the same mentality ...": an explanation, not a remedy
            out.append(np_hit(text, m.end(), e, "support", m.start(), any_noun=True))
    if not STRATEGY_KEYS.isdisjoint(found):
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
            if text[m.start()] == "l" and HORTATIVE_BEFORE_RE.search(text, max(s, m.start() - 16), m.start()) is None \
                    and text[s:m.start()].strip():
                continue  # "They did not let us build the pipeline", "The rules let us X": a causative told, no hortative
            out.append(vp_hit(text, m.end(), e, "oppose" if m.group("neg") else "support", m.start(),
                               causative=text.startswith("have ", m.end())))
    return out


def _gerund_hits(text: str, s: int, e: int, low: str) -> list[Hit | None]:
    """A gerund judged by what it would do ("Centring the victims would mitigate ...", "Releasing it will do harm"), "better to X"."""
    out: list[Hit | None] = []
    if "ing " in low or low.startswith("to "):
        for m in GERUND_GOOD_RE.finditer(text, s, e) if any(w in low for w in GOOD_MODALS) else ():  # "Centring the victims
            # would mitigate the backlash" (no modal, no match: the pattern's every branch opens with one)
            out.append(subject_hit(text, s, m.start(), "support"))
        bad = GERUND_BAD_RE if any(w in low for w in RISK_WORDS) else GERUND_BAD_PLAIN_RE
        for m in bad.finditer(text, s, e):  # "Releasing the report will do considerable harm"
            out.append(subject_hit(text, s, m.start(), "oppose", nouns=False))
        if "requir" in low or "demands" in low:
            for m in REQUIRES_RE.finditer(text, s, e):  # "Getting America working requires freeing up energy production"
                if GOAL_SUBJECT_RE.match(text[s:m.start()]):  # not "This would require ...", "whose defeat requires ..."
                    out.append(np_hit(text, m.end(), e, "support", m.start()))
    if holds_any(low, BETTER_KEYS):
        for rx in (BETTER_RE, DO_WELL_RE):
            for m in rx.finditer(text, s, e):
                out.append(vp_hit(text, m.end(), e, "support", m.start()))
    return out


# what follows "want to see" is a clause when a verb follows its subject ("Clinton embrace", "the Republicans repeal",
# "D.C. become", "changes include", "the president was born"): a finite or common bare verb, or a policy verb not right
# after a determiner ("a ban on X" is a thing wanted)
SEEN_CLAUSE_RE = re.compile(
    r"(?:(?:(?!(?:the|a|an|more|new|any|some|no|its|their|his|her|our|this|that|these|those)\s)[\w.’'-]+\s+){1,3}?|"
    r"(?:the|its|their|his|her|our|this|these|those)\s+[\w.’'-]+\s+(?:[\w.’'-]+\s+)?)"
    r"(?P<verb>is|are|was|were|has|have|had|will|would|can|could|get|gets|become|becomes|come|comes|go|goes|include|"
    r"includes|move|moves|embrace|embraces|take|takes|make|makes|do|does|win|wins|lose|loses|stay|stays|remain|remains|"
    r"succeed|fail|work|happen|lead|turn|grow|" + "|".join(sorted(POLICY_VERBS, key=lambda v: (-len(v), v))) + r")\b")


BECOME_RE = re.compile(r"become\s+(?:(?P<law>law\b)|(?=(?:a|an|the)\s))")
WANT_NOT_RE = re.compile(r"(?:\b(?:do|does)\s+not|n[’']t|\bnever)\s+$")
SEEN_DONE_VERBS = frozenset(POLICY_VERBS) | frozenset("cut reduce increase change".split())  # ("taxes cut", "the law changed")
# "wants to see the law repealed", "want to see the wall built", "want to see taxes cut by 2030": a noun phrase and the
# participle of a policy verb ending the clause; the course is that verb done to the noun phrase ("Repeal the law")
SEEN_DONE_RE = re.compile(
    r"(?P<np>(?:(?:the|a|an|its|their|his|her|our|this|these|those|all|more|new)\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s+"
    r"(?P<part>[a-z]+ed|" + "|".join(sorted(w for w in IRREGULAR if not w.endswith("ing"))) + r")"
    r"(?P<rest>\s+(?:by|before|within|in|from)\s+[^,.;:!?\"”]{1,30}?)?(?=\s*(?:[,.;:!?\"”]|$)|\s+(?:and|but|because|if|so)\b)")


def _plan_hits(text: str, s: int, e: int, low: str) -> list[Hit | None]:
    """An actor's own plan ("X vowed to"), a verdict ("X would be a mistake"), "is considering X"."""
    found = words_in(low)  # the sentence's key words (one scan), which each gate below asks about
    out: list[Hit | None] = []
    if not PLAN_KEYS.isdisjoint(found):
        for m in PLAN_TO_RE.finditer(text, s, e):  # an actor's own plan is its position; never the author's
            if m.group(0).startswith(("plan ", "intend ")) and (not agent_before(text, s, m.start()) or NOUN_PLAN_RE.search(
                    text, max(s, m.start() - 60), m.start()) is not None):
                continue  # "the plan to ...", "I intend to ...": no actor's plan; "The board rejected the union plan to":
                # a noun, the object of a verb before it
            if m.group(0).startswith("want ") and not text.startswith("see ", m.end()) and not named_wanter(text, s, m.start()):
                continue  # "I want to", "they want to win", "people want to": no named doer's plan
            if relative_plan(text, s, m.start()) or INDEFINITE_SUBJECT_RE.search(text, max(s, m.start() - 80), m.start()) \
                    or m.group(0).startswith("wanted"):  # "The mayor wanted to ban X", "had simply wanted to": a past wish told
                continue  # "a businessman who wants to move to the UK", "suddenly a developer comes in and wants to": a scenario
            before = text[s:m.start()]  # each pattern below ends at its end and spans its last few words: read only those
            if HAS_BEFORE_RE.search(before, last_words_start(before, 0, len(before), 2)) \
                    and not m.group(0).split()[0].endswith("ed") \
                    or NOUN_BEFORE_RE.search(before, last_words_start(before, 0, len(before), 1)) \
                    or m.group(0).startswith(("plan ", "plans ")) and PREPOSITION_BEFORE_RE.search(before, last_words_start(
                        before, 0, len(before), 1)) \
                    or m.group(0).startswith("plans ") and VERB_BEFORE_RE.search(before, last_words_start(
                        before, 0, len(before), 1)) \
                    or NOT_A_PLAN_RE.search(before, last_words_start(before, 0, len(before), 4)) or before.rstrip().endswith("(") \
                    or (PASSIVE_BE_RE.search(before, last_words_start(before, 0, len(before), 1))
                                                                     and m.group(0).split()[0].endswith("ed")) or (
                    text[m.start():m.start("to")].rstrip().endswith("ed") and PAST_TIME_RE.search(text, s, e)):
                continue  # "Russia has plans to build", "In 2008 Obama promised to ...": a plan described, not argued
            if m.group(0).endswith(("ing to ", "ing not to ", "ing never to ")) and CONTRAST_BEFORE_RE.search(text, max(s, m.start() - 30), m.start()):
                continue  # "rather than just promising to build on existing progress", "instead of vowing to X": no pledge made
            if text.startswith("see ", m.end()) and re.search(r"\s(?:as|for\s+what)\s", text[m.end():e]):
                continue  # "will want to see the atrocities as the acts of a cult": a way of seeing
            stance = "oppose" if m.group("neg") or m.group("never") else "support"
            if text.startswith("see ", m.end()) and WANT_NOT_RE.search(text, max(s, m.start() - 12), m.start()):
                stance = "oppose" if stance == "support" else "support"  # "I don't want to see the Republicans repeal it"
            seen = SEEN_CLAUSE_RE.match(text, m.end() + 4, e) if text.startswith("see ", m.end()) else None
            if seen is not None:  # "wants to see Clinton embrace X", "want to see the president was born here": a clause,
                # no thing wanted; a policy verb in it is the course, as "wants the Republicans to repeal X" ("repeal X")
                hit = vp_hit(text, seen.start("verb"), e, stance, m.start()) if seen.group("verb") in POLICY_VERBS else None
                became = BECOME_RE.match(text, seen.start("verb"), e)
                if became is not None:  # "wants to see D.C. become a state" (make D.C. a state), "the bill become law" (pass it)
                    vend = action_end(text, became.end(), e)
                    subject = text[m.end() + 4:seen.start("verb")].strip()
                    phrase = f"pass {subject}" if became.group("law") else f"make {subject} {text[became.end():vend].strip()}"
                    hit = Hit(stance, m.end() + 4, vend, summary(phrase), m.start()) if is_concrete(phrase) else None
            elif (done := SEEN_DONE_RE.match(text, m.end() + 4, e) if text.startswith("see ", m.end()) else None) \
                    is not None and base_form(done.group("part")) in SEEN_DONE_VERBS:  # "wants to see the law repealed"
                phrase = f"{base_form(done.group('part'))} {done.group('np')}{done.group('rest') or ''}"
                hit = Hit(stance, m.end() + 4, done.end(), summary(phrase), m.start()) if is_concrete(phrase) else None
            elif text.startswith("see ", m.end()):  # "wants to see an increase in tensions": the thing wanted, when it
                # names a measure as any noun course must ("want to see a city", "another failed country there": a wish)
                hit = np_hit(text, m.end() + 4, e, stance, m.start())
            else:  # "Brussels' plan to cut farm subsidies drew criticism": an owner's noun, the course ends at the
                # sentence's own verb
                owned = m.start() - s >= 2 and text[m.start() - 2] in "’'s" and OWNER_BEFORE_RE.search(text, max(s, m.start() - 3), m.start())
                hit = vp_hit(text, m.end(), verb_after_infinitive(text, m.end(), e) if owned else e, stance, m.start())
            if hit is not None:
                hit.author = bool(re.search(r"\b(?:I|we|We)\s+(?:\w+\s+)?$", text[s:m.start()]))
                hit.reported = not hit.author
                hit.decided = m.group(0).startswith(DECIDED_PLAN)  # "plans to", "vowed to": `own_acts` reads its course
                if hit.stance == "support" and THREAT_RE.match(m.group(0)) and held_if(text, hit.end, e) \
                        and OWN_ELECTION_RE.match(text, hit.end, e) is None:
                    hit.stance = "conditional"  # "threatened to raise the wage if politicians didn't act", "has
                    # threatened to impose sanctions if the crackdown goes on": a lever held over others
                out.append(hit)
    out += want_hits(text, s, e, low)  # "The Greens want a ban on X", "The union is seeking a X"
    if not MISTAKE_KEYS.isdisjoint(found):
        for m in MISTAKE_RE.finditer(text, s, e):
            out.append(subject_hit(text, s, m.start()))
    if not VERDICT_KEYS.isdisjoint(found):
        for m in MORE_VERDICTS_RE.finditer(text, s, e):
            out.append(subject_hit(text, s, m.start()))
    if not CONSIDER_KEYS.isdisjoint(found):
        for m in CONSIDER_RE.finditer(text, s, e):  # "the government is considering compulsory sale orders": its option,
            hit = np_hit(text, m.end(), e, "neutral", m.start())  # weighed, not yet backed (as hedged.CONSIDERING_RE's gerunds)
            if hit is not None:
                hit.reported = True
                out.append(hit)
    return out


def _need_hits(text: str, s: int, e: int, low: str) -> list[Hit | None]:
    """"New sanctions are needed", "X matters"."""
    found = words_in(low)  # the sentence's key words (one scan), which each gate below asks about
    out: list[Hit | None] = []
    if not NEEDED_KEYS.isdisjoint(found):
        for m in NEEDED_RE.finditer(text, s, e):  # "New sanctions are needed", "Reforming the police is essential"
            out.append(subject_hit(text, s, m.start(), "support", any_stance_nouns=True))
    if not MATTERS_KEYS.isdisjoint(found):
        matters = MATTERS_RE.match(text[s:e])
        if matters and STANCE_NOUN_RE.search(matters.group("np")):
            out.append(Hit("support", s, s + matters.end("np"), summary("keep " + matters.group("np")), s))
    return out
