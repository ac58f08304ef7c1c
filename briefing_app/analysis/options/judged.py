"""The author's word on an option others argue: a verdict around the call in the same sentence ("Labour wants X, a
recipe for disaster"), after "but" ("Some argue X, but that would be reckless") or in the sentence after ("That would
be a mistake.", "However, a closer look reveals ..."); the author's evidence then takes the verdict, and a holder's
position keeps only its own words."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from briefing_app.analysis.options.ascribed import ascribed, endorses_naming
from briefing_app.analysis.options.framing import JUDGE_BAD_RE, JUDGE_GOOD_RE
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.lexicon import RIGHT_NOT_VERDICT, report_cue
from briefing_app.core.model import Option, Position, trimmed_span

# the author's word on a proposal others make, in the same sentence or the one after ("It has been
# disheartening to see calls for ...", "... but that's a fib")
FOLLOW_RE = re.compile(r"\s*(?:But|Yet|However|That|This|It|Such|They|He|She|In\s+other\s+words|Put\s+simply|"
                       r"In\s+short|Translation|(?:The|His|Her|Their|Its|[A-Z][\w.-]+[’']s?)\s+(?:\w+\s+)?(?:plan|proposal|"
                       r"idea|scheme|policy|approach|strategy|solution|prescription|remedy)s?)\b")
AGREE_RE = re.compile(r"\b(?:rightly|correctly|wisely|sensibly)\b")


IS_RIGHT_RE = re.compile(r"\b(?:is|are|was|were)\s+(?:quite\s+|absolutely\s+|surely\s+|entirely\s+)?right\b"
                         r"(?!\s+(?:to|about|wing))" + RIGHT_NOT_VERDICT)


def judged(text: str, s: int, e: int, options: list[Option], outside: tuple[int, int],
           quoted: Callable[[int], object] | None = None, verb_at: int | None = None) -> None:
    """A reported option the author has not taken a side on gets the side the author's own words
    around it take; the option's own words do not count. A sentence after the option's that asks ("But is that wise?")
    asserts no verdict word it holds (a question of doubt is `concurred`'s to read). quoted: whether an offset lies in
    a quotation someone is said to speak ('"The tragic attacks ...," Trump says, warning against X': Trump's words).
    verb_at: where the holder's own verb of the course begins, before `outside` ("Even as environmentalists welcome the
    decision ...": "welcome" is theirs, no good word of the author's); the words from it on are not the author's."""
    if outside == (s, s) and text[s:e].rstrip(" \t\n\"”’')").endswith("?"):
        return
    for option in options:
        if option.stance is not None:  # the author's own, or no holder named: a call others make
            continue
        parts = [(s, outside[0] if verb_at is None else max(s, min(verb_at, outside[0]))), (outside[1], e)]
        said = report_cue(text, s, outside[0]) if outside[0] > s else None
        if said is not None:  # "Labour argues that the plan to X is a recipe for disaster": Labour's words, not the author's
            parts = [(s, said.start())]
            but = BUT_VERDICT_RE.search(text, outside[1], e) if _but(text, outside[1], e) else None
            if but is not None:  # "Some argue that X should Y, but that would be reckless": the author's again
                parts.append((but.start(), e))
        if SPEECH_RE.search(text, outside[1], e) is not None:  # "That would be a mistake, campaigners said": theirs
            parts = [(ps, pe) for ps, pe in parts if pe <= outside[0]]
        around = " ".join(text[ps:pe] for ps, pe in parts)  # one scan per verdict pattern: the patterns are long
        bad = _first(JUDGE_BAD_RE, around, parts, skip=quoted)
        theirs = bad if bad is not None and ascribed(text, s, bad) else None
        if theirs is not None:
            bad = None  # "..., which critics call reckless": theirs
        good = _first(JUDGE_GOOD_RE, around, parts, skip=lambda at: endorses_naming(text, at) or bool(
            quoted and quoted(at)))  # "which critics
        # rightly call reckless": the author's "rightly" is on the name others give, not a good word on the course
        if good is not None and ascribed(text, s, good):
            good = None
        if good is not None and theirs is not None and RIGHTLY_SO_RE.match(text, good):
            bad, good = theirs, None  # "which critics call reckless, and rightly so": the author takes up their name
        if good is None:  # "Amnesty has called for an inquiry, and it is right"
            good = _first(IS_RIGHT_RE, around, parts, skip=quoted)
        if bad is not None or good is not None:  # both: "That figure is arbitrary, but the instinct is sound" weighs it
            option.stance = "neutral" if bad is not None and good is not None else "oppose" if bad is not None else "support"
            side = _on_the_holder(text, bad, good, verb_at, option)
            if side is not None:  # "The council has rightly rejected the plan to X": the author takes the holder's
                option.stance = side  # side (oppose), not a good word on X; "wrongly rejected": the other side
            at = bad if bad is not None else good
            own_evidence(text, option, s, e, at, outside)  # type: ignore[arg-type]


# an adverb of agreement or disagreement right before the holder's own verb of the course ("rightly rejected", "wisely
# backed", "wrongly blocked")
AGREEING_RE = re.compile(r"(?:rightly|correctly|wisely|sensibly)\s+")
DISAGREEING_RE = re.compile(r"(?:wrongly|mistakenly|foolishly|unwisely)\s+")
TURNED = {"support": "oppose", "oppose": "support"}


def _on_the_holder(text: str, bad: int | None, good: int | None, verb_at: int | None, option: Option) -> str | None:
    """The author's side when the only verdict word is an adverb right before the holder's own verb at `verb_at`: the
    holder's side ("has rightly rejected"), or the other one ("has wrongly rejected"); None otherwise."""
    if verb_at is None or not option.positions or (bad is None) == (good is None):
        return None
    held = option.positions[-1].stance
    if good is not None and AGREEING_RE.fullmatch(text, good, verb_at) is not None:
        return held
    if bad is not None and DISAGREEING_RE.fullmatch(text, bad, verb_at) is not None:
        return TURNED.get(held)
    return None


RIGHTLY_SO_RE = re.compile(r"(?:rightly|correctly|justly)\s+so\b", re.I)


def _first(pattern: re.Pattern[str], around: str, parts: list[tuple[int, int]],
           skip: Callable[[int], object] | None = None) -> int | None:
    """Where `pattern` first matches in `around` (the parts of the text joined by a space), as an offset in the text;
    a match at an offset `skip` accepts is passed over."""
    for m in pattern.finditer(around):
        at = _offset(m.start(), parts)
        if at is not None and (skip is None or not skip(at)):
            return at
    return None


def _offset(at: int, parts: list[tuple[int, int]]) -> int | None:
    """The offset in the text of `at`, an offset in the parts joined by a space."""
    for ps, pe in parts:
        if at <= pe - ps:
            return ps + at
        at -= pe - ps + 1
    return None


def _but(text: str, s: int, e: int) -> bool:
    return "but" in text[s:e] or "yet" in text[s:e] or "and" in text[s:e]


# "Cockburn suggests that people forget about overthrowing Assad. However, a closer look reveals ...": the author's
# own "however" right after a call others make, with no one else speaking in it, answers the call
CONTRARY_RE = re.compile(r"\s*(?:But|However|Yet)\b")
SPEECH_RE = re.compile(r"\b(?:said|says|say|told|tells|argued|argues|insisted|insists|added|according\s+to|claimed|claims|"
                       r"replied|responded|countered|wrote|writes|asked|asks|wondered|wonders)\b")  # ("But is that wise, a
# reporter asked?": the reporter's question, no verdict of the author's)


# the words of a rebuttal, not of news ("However, the council has not yet decided" reports; it answers nothing)
REBUTTAL_RE = re.compile(r"\b(?:closer\s+look|reveals?|ignores?|overlooks?|misses\s+the\s+point|forgets?|the\s+(?:truth|reality|"
                         r"problem|trouble|flaw|fact)\s+(?:is|remains)|in\s+(?:truth|reality|fact)|wrong|mistaken|misguided)\b")


def contradicted(text: str, s: int, e: int, options: list[Option]) -> None:
    """Options others back on which the author is silent, answered by the author's rebuttal ("However, a closer look
    reveals ...", the sentence after): the author opposes them. A sentence that reports someone else's words, or
    news with no word of rebuttal, answers nothing of the author's."""
    if CONTRARY_RE.match(text, s, e) is None or SPEECH_RE.search(text, s, e) is not None or "“" in text[s:e] \
            or '"' in text[s:e] or REBUTTAL_RE.search(text, s, e) is None:
        return
    for option in options:
        if option.stance is None and option.positions and all(p.stance == "support" for p in option.positions):
            option.stance = "oppose"


# "SYRIZA is asking for debt forgiveness, both rather moderate demands", "The union said pay should rise by 10 percent,
# a modest request", "Ministers want X, hardly a radical idea": the author's own name for the call just reported, in an
# apposition after a comma (a speaker's words are in quotation marks or carry their own "..., she said")
CALLED_NOUNS = ("demand", "request", "proposal", "idea", "step", "measure", "move", "polic", "reform", "plan", "scheme",
                "solution", "remedy", "compromise", "goal", "ask")
APPOSITION_RE = re.compile(
    r"[,—–]\s*(?P<neg>(?:hardly|scarcely|not|surely\s+not|far\s+from|by\s+no\s+means)\s+)?(?:(?:both|each|all|surely|"
    r"certainly|clearly|arguably)\s+)?(?:(?:an?|two|three|the|these|those|such)\s+)?(?P<neg2>(?:far\s+from|not|hardly)\s+)?(?:(?:only|most|rather|quite|very|"
    r"perfectly|entirely|eminently|fairly|relatively|wholly|utterly|deeply|thoroughly|hopelessly|truly|long)\s+)?"
    r"(?P<adj>[a-z-]+)(?:,?\s+(?:and|but|if)\s+(?:\w+\s+)?(?P<adj2>[a-z-]+))?\s+(?:demand|request|proposal|idea|step|"
    r"measure|move|polic(?:y|ie)|reform|plan|scheme|solution|remed(?:y|ie)|compromise|goal|ask)s?\b")
# what the apposition's adjective says of a call, beyond the verdict words every rule reads (JUDGE_BAD_RE, JUDGE_GOOD_RE)
MODEST_ADJ = frozenset(("modest", "moderate", "reasonable", "fair", "necessary", "overdue", "long-overdue", "humane",
                        "pragmatic", "realistic", "legitimate", "justified", "prudent", "workable", "decent", "worthy",
                        "good", "great", "excellent", "sane", "welcome", "common-sense", "commonsense"))
EXTREME_ADJ = frozenset(("extreme", "radical", "drastic", "risky", "dubious", "questionable", "bad", "terrible", "awful",
                         "crazy", "mad", "insane", "silly", "stupid", "outlandish", "wild", "extravagant", "hasty", "rash"))


def _side(adj: str | None) -> str | None:
    if not adj:
        return None
    if adj in MODEST_ADJ or JUDGE_GOOD_RE.fullmatch(adj):
        return "support"
    if adj in EXTREME_ADJ or JUDGE_BAD_RE.fullmatch(adj):
        return "oppose"
    return None


def characterised(text: str, low: str, s: int, e: int, hit: Hit, option: Option) -> None:
    """A reported option the author has taken no side on, named by the author in an apposition after it ("X is asking
    for Y, both rather moderate demands": support; "..., a reckless idea": oppose; "..., hardly a radical demand":
    support); the holder's position and the summary end before it. Else, the author's distance from its holders
    (`distanced`)."""
    distanced(text, s, hit.start, option)
    reasoned(text, s, e, hit.start, option)
    at = hit.at
    if option.stance is not None or not any(n in low for n in CALLED_NOUNS):
        return
    for m in APPOSITION_RE.finditer(text, max(at, option.start), e):
        side = _side(m.group("adj")) or _side(m.group("adj2"))
        rest = text[m.end():e]
        if side is None or '"' in text[at:e] or "“" in text[at:e] or SPEECH_RE.search(rest) is not None:
            continue  # 'a modest request, the union said': the speaker's; a quotation may be the speaker's too
        if m.group("neg") or m.group("neg2"):
            side = "support" if side == "oppose" else "oppose"
        option.stance = side
        cut = option.summary.find(text[m.start():m.start() + 12])
        if cut > 0:
            option.summary = option.summary[:cut].rstrip(" ,")
        option.positions = [replace(p, end=min(p.end, m.start())) if p.start < m.start() else p for p in option.positions]
        return


# the author's distance from a holder's view, before the call: "All manner of people appeared convinced that the game
# should ...", "Some seem to think the answer is to ...", "Ministers naively believe ...", "Foolishly, the council wants
# to ...", "Yet Abbas still wants to negotiate": the author takes the other side
ATTITUDE_VERBS = (r"(?:wants?|wanted|believes?|believed|thinks?|thought|insists?|insisted|assumes?|assumed|imagines?|"
                  r"imagined|clings?|clung|hopes?|hoped|argues?|argued|claims?|claimed|urges?|urged|calls?|called|pushe[sd]|"
                  r"push|demands?|demanded|proposes?|proposed|expects?|expected|refuses?|refused|oppose[sd]?|resist(?:s|ed)?)")
DISTANCE_RE = re.compile(
    r"\b(?:(?:seem|appear)(?:s|ed)?\s+(?:to\s+(?:think|believe|imagine|assume|feel|have\s+convinced\s+\w+)|"
    r"(?:to\s+be\s+)?convinced)|(?:fondly|naively|wrongly|mistakenly|foolishly|blithely|recklessly|cynically|stubbornly|"
    r"doggedly|blindly|obstinately|absurdly|bizarrely|perversely|inexplicably|misguidedly|shamefully|disgracefully)"
    r"(?:\s+(?:still\s+)?" + ATTITUDE_VERBS + r"\b|,)|(?-i:Yet)\b,?[^.;]{0,80}?\bstill\s+" + ATTITUDE_VERBS + r"\b)", re.I)
DISTANCE_KEYS = ("seem", "appear", "ly", "still")


def distanced(text: str, s: int, start: int, option: Option) -> None:
    """A reported option the author has taken no side on, held in words that keep the author's distance from the
    holder (DISTANCE_RE, before the option's words): the author takes the side opposite the holders'."""
    if option.stance is not None or not option.positions:
        return
    head = text[s:start]
    if not any(k in head for k in DISTANCE_KEYS) or DISTANCE_RE.search(head) is None:
        return
    option.stance = "support" if all(p.stance == "oppose" for p in option.positions) else "oppose"


# the author's own reason for a holder's course, in the author's voice (no one speaks in the sentence): "The Mapuche
# oppose the development as it will contaminate their water", "Norway is considering repealing the law, as the
# evaluation has not been able to prove its success": the author argues the holder's side
REASON_RE = re.compile(r"(?<!\beven)(?<!\blong)(?<!\bjust)(?<!\bsuch)(?<!\bwell)(?:,\s*|\s+)(?:as|because|since)\s+"
                       r"(?:(?:it|they|this|that)\s+(?:\w+ly\s+)?[a-z]+s\b|(?:it|they|this|that|the|its|their|there|these|those)\s+"
                       r"(?!(?:is|are|was|were)\s+(?:expected|likely|planned)\b)(?:[\w-]+\s+){0,6}?(?:will|would|has|have|had|is|"
                       r"are|was|were|can|could|cannot|does|do|did)\b)")

SAYING_RE = re.compile(r"\b(?:suggest|argu|contend|insist|believ|think|thought|claim|told|tell|warn|add|not(?:ed|es)|stress|"
                       r"explain|recommend|maintain|declar|wr(?:ote|ite)|assert|observ|acknowledg|conced|admit)\w*", re.I)


def reasoned(text: str, s: int, e: int, start: int, option: Option) -> None:
    """A reported option the author has taken no side on, given a reason in the author's own voice after it (no speech
    and no quotation in the sentence): the author takes the holders' side, support when they only weigh it."""
    if option.stance is not None or not option.positions or not (" as " in text[start:e] or "cause " in text[start:e]
                                                                  or "since " in text[start:e]):
        return
    if REASON_RE.search(text, start, e) is None or SPEECH_RE.search(text, s, e) is not None or '"' in text[s:e] \
            or "“" in text[s:e] or "according" in text[s:e] or SAYING_RE.search(text, s, start) is not None:
        return  # "Lou Jiwei, suggested that X should Y because ...": the speaker's reason
    option.stance = "oppose" if all(p.stance == "oppose" for p in option.positions) else "support"


CLAUSE_END_RE = re.compile(r"[,;:—–]|\s-\s")


def own_evidence(text: str, option: Option, s: int, e: int, cue: int, outside: tuple[int, int]) -> None:
    """The author's verdict at `cue` and a holder's opposite side never cite the same words: the author's
    evidence reaches the verdict (the sentence after the call: "Some ministers argue that X. That would be
    a mistake."); a verdict in the call's own sentence leaves the holder the clause without it."""
    if outside == (s, s):  # the verdict opens the next sentence (of the paragraph, or the next paragraph's first)
        if option.end <= s and not text[option.end:s].strip():
            option.end = trimmed_span(text, s, e)[1]
        return
    option.positions = [_without(text, p, cue, outside) if (p.start, p.end) == (option.start, option.end)
                        and p.stance != option.stance else p for p in option.positions]


def _without(text: str, p: Position, cue: int, outside: tuple[int, int]) -> Position:
    """The holder's position cut to the clause that does not hold the author's verdict at `cue`."""
    if cue >= outside[1]:  # "Ministers want X, a dangerous idea": the holder's words end before the verdict's clause
        breaks = [m.start() for m in CLAUSE_END_RE.finditer(text, outside[1], cue)]
        return replace(p, end=breaks[-1] if breaks else outside[1])  # "Ministers want X which is dangerous": X
    if cue >= outside[0]:
        return p
    m = CLAUSE_END_RE.search(text, cue, outside[0])  # "Foolishly, ministers want X": from the clause after it
    # "Certain elements in the government want X": the verdict is in the holder's words; the holder's is X
    return replace(p, start=trimmed_span(text, m.end() if m is not None else outside[0], p.end)[0])


# "Some argue that X should Y, but that would be reckless": the clause after "but" is the author's again
BUT_VERDICT_RE = re.compile(r"[,;]\s*(?:but|yet|and)\s+(?:that|this|it|doing\s+so|such\s+a\s+\w+)\s+(?:would|will|is|was|could|"
                            r"might|seems?|sounds?)\b")


def reported_end(text: str, hit: Hit, e: int) -> int:
    """Where the holder's words end: the hit's end for the author's own option; the sentence's end for a reported one
    ("Critics say X would be costly": theirs), unless a "but that would ..." clause gives the author's word on it."""
    if not (hit.who and hit.reported):
        return hit.end
    m = BUT_VERDICT_RE.search(text, hit.end, e) if _but(text, hit.end, e) else None
    return m.start() if m is not None else e
