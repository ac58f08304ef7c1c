"""Options the author rejects by framing them: "the folly of arming the rebels", "Obama's plan to
raise taxes is a recipe for disaster", "Sanctions would only embolden Moscow"; and the author's
evaluative words, which `find_options` also reads around options other actors hold."""
from __future__ import annotations

import re

from briefing_app.analysis.gazetteer import trie_pattern
from briefing_app.analysis.trie import opening_words
from briefing_app.analysis.options.action_hits import NOT_A_TIME, clause_end, participle_cut
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.keys import keys, words_in
from briefing_app.analysis.options.lexicon import after_space, lowered, report_cue
from briefing_app.analysis.options.modals import subject_of
from briefing_app.analysis.options.verdict_subject import subject_hit
from briefing_app.analysis.subject_content import verb_after_infinitive
from briefing_app.analysis.options.phrases import action_end, is_concrete, summary

JUDGE_BAD_RE = re.compile(
    r"\b(?:disheartening|misguided|wrong(?:ly|-headed)?|dangerous|reckless|foolish|absurd|naive|folly|mistaken?|fib|"
    r"nonsense|disastrous|flawed|cynical|shameful|troubling|alarming|ill-advised|sceptic(?:al|ism)|skeptic(?:al|ism)|"
    r"suspicion|contradictions|counterproductive|misleading|deceptive|boilerplate|ill-conceived|half-baked|misconceived|"
    r"short-?sighted|nonsensical|unacceptable|ridiculous|wishful\s+thinking|gimmicks?|stunts?|sham|charade|farce|ludicrous|preposterous|irresponsible|futile|"
    r"unworkable|unrealistic|so-called|zeal|(?:recipe|prescription)\s+for\s+(?:disaster|chaos|failure)|scapegoats?|"
    r"point(?:s|ing)?\s+the\s+finger|avoid(?:ing)?\s+responsibility|failings|certain\s+elements|"
    r"plays?\s+into\s+the\s+hands|arbitrary|costly|damaging|harmful|punitive|unfair|unjust|cruel|draconian|"
    r"heavy-handed|ill-judged|wasteful|job-killing|power\s+grab|overreach|unconstitutional|"
    r"outrageous|scandalous|disgraceful|deplorable|pointless|useless|backfire|burdensome|vandalism|scandal|disgrace|travesty|outrage|"
    r"waste\s+of\s+(?:money|time|resources|effort)|(?:would|will|could|can)\s+(?:only|also|simply)\s+(?:serve\s+to\s+)?[a-z]+|"
    r"(?:would|will|could)\s+(?:\w+ly\s+)?(?:hurt|harm|damage|destroy|devastate|wreck|ruin|punish|undermine|endanger|weaken|"
    r"worsen|deepen|kill|cripple|choke|stifle|derail|sabotage|jeopardi[sz]e|betray)|error|blunder|disaster|catastroph\w*|"
    r"(?:bad|terrible|awful|dreadful|dangerous)\s+idea|wrong\s+(?:answer|approach|response|course|way)|last\s+thing|"
    r"playing\s+with\s+fire|miss(?:es)?\s+the\s+point|worrying(?:ly)?|fundamentalis\w*|hypocri\w*|bigot\w*|demagog\w*|"
    r"scaremonger\w*|fearmonger\w*|knee-jerk|ill-informed|(?:would|will|could)\s+push\s+(?:\S+\s+){1,3}?(?:onto|into|out\s+of)|"
    r"re(?:think|consider)(?:(?<=should\srethink)|(?<=must\srethink)|(?<=ought\sto\srethink)|(?<=need\sto\srethink)|"
    r"(?<=should\sreconsider)|(?<=must\sreconsider)|(?<=ought\sto\sreconsider)|(?<=need\sto\sreconsider)))\b", re.I)
# ("perhaps we should rethink X": the modal looked behind only after the word, as "reason" above)
JUDGE_GOOD_RE = re.compile(r"\b(?:rightly|correctly|sensible|sensibly|wise|wisely|welcome(?!\s+to\b)|laudable|sound|(?<!every\s)(?<!the\s)(?<!\ba\s)(?<!no\s)right\s+to|admirable|"
                           r"essential|much-needed|badly\s+needed|long\s+overdue|step\s+in\s+the\s+right\s+direction|"
                           r"commendable|courageous|promising(?!\s+(?:not\s+)?to\b)|common\s+sense|smart|good\s+idea|right\s+thing|deserves?\s+(?:\w+\s+)?support|"
                           r"(?:useful|valuable|positive|powerful|important)\s+(?:tool|step|reform|start|measure|move)|"
                           # "All the more reason to consider X's proposal", "good reason to back it", "worth considering"
                           # (each branch opens with its literal word, looks behind only after it: a branch opening with a
                           # lookbehind or an optional word is tried at every offset of every text scanned, doubling the cost)
                           r"reason(?<!\bno\sreason)(?<!\blittle\sreason)(?<!\bany\sreason)\s+to\s+(?:consider|adopt|back|support|"
                           r"embrace|welcome|pass|take\s+up)|worth\s+(?:considering|adopting|trying|pursuing))\b",
                           re.I)
# a course's good effect foretold ("would help balance the budget", "will save the council £2m"): the backers' case or
# the plan's figures, told; no verdict of the author's on a course others hold, in news and opinion alike (read with
# JUDGE_GOOD_RE only where a foretold effect weighs: a holder's own view, the author's own course, a proviso)
FORETOLD_GOOD_RE = re.compile(r"\b(?:would|will|could)\s+(?:\w+ly\s+)?(?:help|protect|save|boost|improve)\b", re.I)

# "the folly of appeasing Moscow", "the perils of a no-fly zone"
FOLLY_OF_RE = re.compile(r"\b(?:the|this|that)\s+(?:sheer\s+|utter\s+)?(?:folly|madness|futility|absurdity|foolishness|"
                         r"perils?|fallacy|wrong-headedness|stupidity|insanity|hypocrisy)\s+of\s+(?=\w)", re.I)
# "X's plan to raise taxes ...": judged by the author's words in the rest of the sentence
# (and an attempt, effort, bid, drive or campaign to X: still pursued, not done; not "decision"/"move", mostly past acts)
PLAN_NOUNS = ("plan plans proposal proposals idea scheme push bid bids threat pledge promise insistence demand "
              "demands call calls attempt attempts effort efforts drive campaign moves").split()
# (the nouns factored by common prefixes: much faster to scan than a flat alternation)
PLAN_NOUN_RE = re.compile(opening_words(PLAN_NOUNS, trie_pattern) + r"\s+(?:for\s+\w+\s+)?to\s+(?=\w)", re.I)
IN_A_BID_RE = re.compile(r"\b[Ii]n\s+(?:an?|the|their|his|her|its|our|a\s+\w+)\s+(?:\w+\s+)?$")  # "in a (desperate) bid to"
MAIN_VERB_RE = after_space(r"(?:is|was|are|were|would|will|could|might|may|must|should|cannot|has|have|had|seems?|seemed|looks?|looked|"
                           r"remains?|remained|sounds?|sounded|deserves?)(?:n[’']t)?\b")  # (also "isn't", "wouldn't")
# "Arming the rebels is wrong-headed", "A carbon tax would be a recipe for disaster": a verdict on the gerund or
# policy noun before it (the author's, unless the sentence reports someone saying it)
BAD_VERDICT_RE = after_space(
    r"(?:is|are|would\s+be|will\s+be|seems?|looks?|remains?)\s+(?:(?:\w+ly|both|also|just|still)\s+)?(?:wrong-headed|"
    r"misguided|foolish|reckless|counterproductive|self-defeating|short-sighted|ill-conceived|ill-advised|futile|"
    r"unworkable|naive|doomed(?:\s+to\s+fail)?|(?:a\s+)?(?:recipe|prescription)\s+for\s+(?:disaster|chaos|failure)|"
    r"a\s+fool[’']s\s+errand|wishful\s+thinking|a\s+pipe\s+dream|a\s+(?:cop-out|gimmick|stunt|sham)|a\s+(?:\w+\s+)?(?:step\s+"
    r"backwards?|betrayal|capitulation|surrender|giveaway|gift\s+to|own\s+goal|fantasy|delusion)|a\s+(?:\w+\s+)?(?:bad|terrible|"
    r"awful|dreadful|dangerous|foolish)\s+idea|a\s+false\s+economy|unforgivable|unconscionable|indefensible|unjustifiable|"
    r"illegal|unlawful|unconstitutional|cruel|inhumane|no\s+substitute\s+for|an?\s+(?:\w+\s+)?distraction|"
    r"an?\s+act\s+of\s+(?:\w+\s+)?(?:vandalism|folly|self-harm|cruelty|sabotage))\b",
    re.I)
# "... would do nothing to protect jobs", "will do little to stop the smugglers"
DO_LITTLE_RE = after_space(r"(?:(?:would|will|could|can)\s+(?:\w+ly\s+)?do|does|do|did)\s+(?:little|nothing)\s+to\b", re.I)
# "There is no case for lifting the sanctions", "There is no reason for Germany to reopen its coal plants"
NO_CASE_RE = re.compile(r"\b[Tt]here\s+is\s+(?:simply\s+)?no\s+(?:good\s+)?(?:case|reason|justification|excuse)\s+"
                        r"(?:for\s+(?=\w+ing\b)|(?:for\s+(?:the\s+)?(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|[a-z]+)\s+)?to\s+(?=\w))")
# "Rather than cutting the aid budget, the government should ...": the road not to take
RATHER_RE = re.compile(r"\s*(?:Rather\s+than|Instead\s+of)\s+(?=\w+ing\b)")
ARGUED_RE = re.compile(r"\b(?:should|must|ought|need\s+to|needs\s+to|has\s+to|have\s+to|better|time\s+to)\b")
GOOD_VERDICT_RE = after_space(r"(?:is|would\s+be|will\s+be)\s+(?:(?:\w+ly|also|just)\s+)?(?:long\s+overdue|"
                              r"an?\s+(?:useful|welcome|sensible|good|necessary)\s+(?:first\s+)?step\b|"
                              r"a\s+step\s+in\s+the\s+right\s+direction|the\s+right\s+thing\s+to\s+do)\b", re.I)
# "A pause in the fighting makes sense", "A ceasefire deal is worth signing", "Rent controls can work": the author's
# support, often with a condition after it ("only if ...")
SENSE_RE = after_space(r"(?:(?:would|could|might|may|can|does)\s+)?(?:makes?|make)\s+(?:good\s+|perfect\s+|a\s+lot\s+of\s+|"
                       r"more\s+)?sense\b|(?:is|are|would\s+be)\s+(?:well\s+)?worth\s+(?=\w+ing\b)|(?:can|could)\s+work\b", re.I)
# the proposer's apposition between it and "to": "a push by Barbara Hendricks, the environment minister, to X"
APPOSITIVE = r"(?:,\s+(?:the|a|an|its|his|her|their)\s+[^,;:()]{2,60}?,)?"
RESIST_RE = re.compile(r"\b(?:resisted|resists|resist|resisting|rebuffed|rebuffs|rebuff)\s+(?:\w+\s+){0,2}?(?:calls|pressure|"
                       r"demands|attempts|efforts)\s+(?:(?:from|by)\s+[^,.;]{1,40}?" + APPOSITIVE + r"\s+)?to\s+(?=\w)", re.I)
BODIES = frozenset("government council ministry parliament congress administration union bank party board commission "
                   "court regulator cabinet senate assembly authorities ministers leaders alliance".split())
# (or a body or office in lower case: "a push by the mayor to privatise the buses", "efforts by the state government to";
# one plan or many, by or from its proposer: "a plan by the council to", "a proposal from the ministry to")
PLANS_BY_RE = re.compile(r"\b(?i:moves?|plans?|proposals?|efforts?|attempts?|bids?|push|pressure)\s+(?:by|from)\s+(?i:" + NOT_A_TIME +
                         r")(?:(?:the\s+)?"
                         r"(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})|(?P<body>(?:the|two|three|four|five|several|some|[A-Z][\w.-]*)\s+"
                         r"(?:[a-z]+\s+){0,2}(?:" +
                         "|".join(sorted(BODIES | {"mayor", "governor", "president", "minister", "chancellor", "premier", "city",
                                                   "state", "department", "agency", "lawmaker", "legislator", "commissioner",
                                                   "senator", "councillor", "councilor", "member", "official"})) +
                         r")s?))" + APPOSITIVE + r"\s+to\s+(?=[a-z“\"‘])")  # (a verb, not "to 2025 levels")
COULD_RE = re.compile(r"\b(?:could|might|may)\s+(?:(?:well|also|then)\s+)?(?=\w)")
# "... would only embolden Moscow": a course of action that helps the wrong side
ONLY_BAD_RE = after_space(r"(?:would|will|could|can|does|do)\s+(?:\w+ly\s+)?only\s+(?:serve\s+to\s+)?(?:embolden|encourage|"
                          r"reward|fuel|inflame|worsen|deepen|prolong|escalate|legitimi[sz]e|harden|entrench|alienate|"
                          r"play\s+into)\b", re.I)


# the words that must be in a sentence before the patterns below are tried (cheap gates)
FOLLY_KEYS = keys("folly", "madness", "futil", "absurd", "foolish", "peril", "fallac", "wrong-headed", "stupid", "insan", "hypocri")
PLAN_KEYS = keys("plan", "propos", "idea", "scheme", "push", "bid ", "decision", "threat", "pledge", "promise", "insist",
             "demand", "call", "attempt to", "attempts to", "effort to", "efforts to", "bids to", "drive to", "campaign to",
             "moves to")  # (the pursuits with their "to": "campaign" or "effort" alone is in every other news paragraph)
BAD_VERDICT_KEYS = keys("wrong-headed", "misguided", "foolish", "reckless", "counterproductive", "self-defeating", "short-sighted",
                    "ill-", "futile", "unworkable", "naive", "doomed", "recipe", "prescription", "errand", "wishful", "pipe dream",
                    "cop-out", "gimmick", "stunt", "sham", "backward", "betrayal", "capitulation", "surrender", "giveaway",
                    "gift to", "own goal", "fantasy", "delusion", "idea", "false economy", "unforgivable", "unconscionable",
                    "indefensible", "unjustifiable", "illegal", "unlawful", "unconstitutional", "cruel", "inhumane",
                    "substitute for", "distraction", "act of")


LITTLE_KEYS = keys("little to", "nothing to")
GOOD_VERDICT_KEYS = keys("overdue", "right direction", "right thing", "useful step", "welcome step", "sensible step",
                         "good step", "necessary step", "useful first", "welcome first", "sensible first", "good first",
                         "necessary first")


def framing_hits(text: str, s: int, e: int) -> list[Hit]:
    """Options the sentence text[s:e] frames as good or bad, all held by the author."""
    low = lowered(text, s, e)
    found = words_in(low)  # the sentence's key words (one scan), which each gate below asks about
    out: list[Hit | None] = []
    if not FOLLY_KEYS.isdisjoint(found):
        out += _follies(text, s, e)
    if not PLAN_KEYS.isdisjoint(found):
        out += _judged_plans(text, s, e)
    if not BAD_VERDICT_KEYS.isdisjoint(found):
        for m in BAD_VERDICT_RE.finditer(text, s, e):
            if IDEA_THAT_RE.search(text, s, m.start()) is None:  # "The idea that S should X is a fantasy": idea_framed's
                out.append(subject_hit(text, s, m.start()))
    if not LITTLE_KEYS.isdisjoint(found):
        for m in DO_LITTLE_RE.finditer(text, s, e):
            out.append(subject_hit(text, s, m.start()))
    if "there is" in low:
        for m in NO_CASE_RE.finditer(text, s, e):
            out.append(_vp_hit(text, m.end(), e, m.start()))
    if low.lstrip().startswith(("rather than", "instead of")) and ARGUED_RE.search(text, s, e):
        out.append(_rather_than(text, s, e))
    if not GOOD_VERDICT_KEYS.isdisjoint(found):
        for m in GOOD_VERDICT_RE.finditer(text, s, e):  # "A national register of landlords would be a useful first step"
            out.append(subject_hit(text, s, m.start(), "support", any_stance_nouns=True))
    if "sense" in low or "worth" in low or " work" in low:
        for m in SENSE_RE.finditer(text, s, e):
            out.append(subject_hit(text, s, m.start(), "support", any_stance_nouns=True))
    if "resist" in low or "rebuff" in low:
        out += _resisted(text, s, e)
    if "only if" in low:
        out += _conditional_offers(text, s, e)
    if " by " in low or " from " in low and not PLAN_KEYS.isdisjoint(found):  # ("a proposal from the ministry to")
        out += _plans_by(text, s, e)
    if " only " in low:
        for m in ONLY_BAD_RE.finditer(text, s, e):
            out.append(subject_hit(text, s, m.start()))  # the gerund or policy noun before it
    return [h for h in out if h is not None]


def _follies(text: str, s: int, e: int) -> list[Hit]:
    """'the folly of arming the rebels': the gerund's action opposed."""
    out = []
    for m in FOLLY_OF_RE.finditer(text, s, e):
        vend = action_end(text, m.end(), e)
        vp = text[m.end():vend]
        if vp.split(" ", 1)[0].lower().endswith("ing") and is_concrete(summary(vp)):
            out.append(Hit("oppose", m.end(), vend, summary(vp), m.start(), author=True))
    return out


NEGATIONS = ("not", "never", "n't", "n’t")  # a negation right before a verdict's word ("did not welcome")
# the plan's verb denies the verdict after it ("The plan to X is not welcome", "would hardly be wise", "is not a good
# idea"); not "is not only welcome but overdue", and within the verb's own clause (no comma between)
VERDICT_DENIED_RE = re.compile(r"\s*\S+(?:\s+(?:be|been|\w+ly))?\s+(?:not|never|hardly|scarcely|no\s+longer)\b(?!\s+(?:only|just|"
                               r"merely|simply)\b)[^,;]*$|\s*\w+n[’']t\b(?!\s+(?:only|just|merely|simply)\b)[^,;]*$")


def _judged_plans(text: str, s: int, e: int) -> list[Hit]:
    """'X's plan to raise taxes is a recipe for disaster': a plan judged by the words around it (the
    author's judgement, unless the sentence reports someone's)."""
    out = []
    for m in PLAN_NOUN_RE.finditer(text, s, e):
        if text[m.start()].isupper() and text[s:m.start()].strip():
            continue  # "Tony Porter of A Call to Men says": a name, not a call
        if IN_A_BID_RE.search(text, max(s, m.start() - 30), m.start()):
            continue  # "made inaccurate claims in an attempt to justify it": why something was done, no plan judged
        vend = action_end(text, m.end(), e)
        verb = MAIN_VERB_RE.search(text, m.end(), vend)  # "... to raise taxes is a recipe for disaster"
        vend = verb.start() if verb else vend
        vp = text[m.end():vend]
        before = " ".join(text[s:m.start()].split()[-4:])  # "the misguided plan to": its own noun phrase
        around = before + " " + text[vend:e]
        bad, good = JUDGE_BAD_RE.search(around), JUDGE_GOOD_RE.search(around)
        if good and good.start() < len(before) and around[:good.start()].rstrip().endswith(NEGATIONS):
            continue  # "Unions did not welcome the plan to X", "do not welcome": the subject's verb, negated, no verdict
        if bool(bad) != bool(good) and is_concrete(vp):  # "Labour argues that the plan ...": Labour's verdict
            reported = bool(report_cue(text[s:m.start()]))
            word = bad or good
            assert word is not None
            flip = word.start() > len(before) and VERDICT_DENIED_RE.match(around, len(before), word.start()) is not None
            out.append(Hit("oppose" if bool(bad) != flip else "support", m.end(), vend, summary(vp), m.start(),
                           author=not reported))  # "The plan to X is not welcome": the verdict denied, the other side
    return out


def _rather_than(text: str, s: int, e: int) -> Hit | None:
    """'Rather than cutting the aid budget, the government should ...': the road not to take."""
    rather = RATHER_RE.match(text, s, e)
    if rather:
        comma = text.find(",", rather.end(), e)
        if comma > 0 and not re.search(r"\b(?:it|them)\b", text[comma:e]):  # "..., we should phase it out": one option
            return _vp_hit(text, rather.end(), comma, rather.start())
    return None


def _resisted(text: str, s: int, e: int) -> list[Hit]:
    """'France has resisted pressure to cut farm subsidies': France's position, reported."""
    out = []
    for m in RESIST_RE.finditer(text, s, e):
        hit = _vp_hit(text, m.end(), e, m.start())
        if hit is not None:
            hit.reported = True
            out.append(hit)
    return out


def _conditional_offers(text: str, s: int, e: int) -> list[Hit]:
    """'the EU could lower tariffs on beef, but only if ...': a named body's conditional offer."""
    out = []
    for m in COULD_RE.finditer(text, s, e):
        words = subject_of(text, s, m.start()).split()
        named = len(words) > 1 and words[-1][:1].isupper() and text[s:m.start()].strip() != words[-1]
        if not words or not (named or words[-1].lower() in BODIES):
            continue  # "Prices could rise, but only if ...": a forecast, nobody's offer
        hit = _vp_hit(text, m.end(), e, m.start())
        if hit is not None and re.match(r"[\s,]*(?:but\s+)?only\s+if\b", text[hit.end:e]):
            hit.stance = "conditional"
            out.append(hit)
    return out


def _plans_by(text: str, s: int, e: int) -> list[Hit]:
    """'moves by the Home Office to roll out X': the Home Office's plan."""
    out = []
    for m in PLANS_BY_RE.finditer(text, s, e):
        verb = MAIN_VERB_RE.search(text, m.end(), e)  # "... to roll out X are alarming", "... to ban X failed last year"
        end = verb_after_infinitive(text, m.end(), verb.start() if verb else e)
        if "," in text[m.end():end]:  # "... to delay X by two years, setting up a fight": the course ends at the comma
            end = m.end() + clause_end(text[m.end():end])
        hit = participle_cut(text, _vp_hit(text, m.end(), end, m.start()))
        if hit is not None:
            hit.stance, hit.who = "support", m.group("who") or m.group("body")
            out.append(hit)
    return out


def _vp_hit(text: str, start: int, end: int, at: int) -> Hit | None:
    """An opposed action phrase from `start` to the clause's end."""
    vend = action_end(text, start, end)
    vp = text[start:vend]
    return Hit("oppose", start, vend, summary(vp), at) if is_concrete(summary(vp)) else None


# (also with an article and up to two words before the noun, and the nouns of a belief others hold or spread ("pushed
# the story that", "spread the rumour that"): "There is
# a growing consensus that Congress should X", "Democrats accepted the narrative that the state should X", "The
# speculation that the bank should X grew": the belief's content, no course argued, unless a verdict judges it)
IDEA_THAT_RE = re.compile(r"\b(?:the|this|that|any|a|an|these|those|are|were)\s+(?:[\w-]+\s+){0,2}?(?:(?:idea|notion|suggestion|claim|"
                          r"belief|view|proposition|assumption|premise|speculation|narrative|perception|impression|consensus|"
                          r"expectation|myth|fiction|presumption|rumou?r|lie|falsehood|canard|trope)s?|theor(?:y|ies)|stor(?:y|ies)|wisdom)"
                          # "the belief among economists that", "a view in Washington that": where it is held
                          r"(?:\s+(?:among|in|on|across|within)(?:\s+[\w’'.-]+){1,3}?)?\s+that\s+[^,;:]*$", re.I)
VERDICT_WORDS_RE = re.compile(r"\b(?:fantasy|delusion|myth|nonsense|absurd|ludicrous|preposterous|laughable|naive|"
                              r"misguided|wrong|mistaken|dangerous|foolish|reckless|wishful)\b", re.I)


def idea_framed(text: str, s: int, e: int, hits: list[Hit]) -> list[Hit]:
    """'The idea that Europe should build its own army is a fantasy': a modal inside 'the idea that'
    is the author's to judge; with no verdict after it the idea is nobody's option."""
    if not hits:
        return hits
    low = lowered(text, s, e)  # once, not once per key
    if not any(k in low for k in ("idea", "notion", "suggestion", "claim", "belief", "view", "proposition", "assumption",
                                  "premise", "speculation", "narrative", "perception", "impression", "consensus",
                                  "expectation", "myth", "theor", "fiction", "presumption", "wisdom", "rumo", "lie",
                                  "falsehood", "canard", "trope", "stor")):
        return hits
    out = []
    for hit in hits:
        if not IDEA_THAT_RE.search(text, s, hit.at):
            out.append(hit)
            continue
        verb = MAIN_VERB_RE.search(text, hit.start, hit.end) or MAIN_VERB_RE.match(text, hit.end, e)  # (the hit may end
        # where the sentence's verb starts: subject_content.content_end)
        if verb is None or not VERDICT_WORDS_RE.search(text, verb.end(), e) and BAD_VERDICT_RE.match(text, verb.start()) is None:
            continue
        hit.stance, hit.end, hit.author = "oppose", verb.start(), True
        hit.summary = summary(text[hit.start:hit.end])
        out.append(hit)
    return out
