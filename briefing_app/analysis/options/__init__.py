"""Policy options a text argues, with the author's stance and the positions of other actors.

    find_options(text, paras, quotes, actors) -> list[Option]

Each sentence of a paragraph that holds a cue is read by three rule sets (`modals`,
`phrasal`, and `question_hits` for rhetorical questions); then conditions ("only if", "as long
as") make a stance conditional, a concessive clause ("While X ...") makes it neutral, and the
option is attributed: inside a quotation or reported speech it is the speaker's position; after
"X urged/called for/said" it is X's; otherwise it is the author's. Genre never switches this
off: a news report's quoted speakers argue options too.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

from briefing_app.analysis.options.advocacy import advocacy_hits
from briefing_app.analysis.options.announced import announced_hits
from briefing_app.analysis.options.denied_claims import denied_claims, denied_courses
from briefing_app.analysis.options.anaphora import anaphoric_verdict, names_it_again
from briefing_app.analysis.options.appraised import appraised
from briefing_app.analysis.options.concurred import concurred, concurred_next, instead_next
from briefing_app.analysis.options.answered import answered_hits
from briefing_app.analysis.options.asked import asked_hits
from briefing_app.analysis.options.backing import backs_a_person
from briefing_app.analysis.options.bills import bill_hits
from briefing_app.analysis.options.attribute import CALL_VERB_RE, DETERMINER_RE, Holders
from briefing_app.analysis.options.contest import about_the_contest, names_the_contest
from briefing_app.analysis.options.clause_spans import own_clauses
from briefing_app.analysis.options.coordinated import coordinated
from briefing_app.analysis.options.cues import DocumentWords, ParagraphCues
from briefing_app.analysis.options.doers import names_a_holder, unnamed_many
from briefing_app.analysis.options.framing import framing_hits, idea_framed
from briefing_app.analysis.options.goals import goal_hits
from briefing_app.analysis.options.hedged import hedged_hits
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.hollow import hollow
from briefing_app.analysis.options.hopes import hope_hits
from briefing_app.analysis.options.judged import (
    AGREE_RE,
    FOLLOW_RE,
    characterised,
    contradicted,
    judged,
    own_evidence,
    reported_end,
)
from briefing_app.analysis.options.idioms import idiom_hits
from briefing_app.analysis.options.inverted import inverted_hits
from briefing_app.analysis.options.keys import seal as seal_keys
from briefing_app.analysis.options.imperatives import headline_like, imperative_hit, may_open_with_command, opens_command
from briefing_app.analysis.options.made_by import made_by
from briefing_app.analysis.options.past_judged import past_judged
from briefing_app.analysis.options.lexicon import CONCESSION_RE, CONDITION_RE, forget_lowered, lowered
from briefing_app.analysis.options.modals import modal_hits
from briefing_app.analysis.options.outcomes import outcome_hits
from briefing_app.analysis.options.far_from import far_from_hits
from briefing_app.analysis.options.case_for import case_hits
from briefing_app.analysis.options.worth_it import worth_hits
from briefing_app.analysis.options.next_verdict import OWN_VOICE_RE, verdict_after
from briefing_app.analysis.options.own_acts import in_jest, own_act
from briefing_app.analysis.options.objections import OBJECTION_GATE_RE, kin, objection
from briefing_app.analysis.options.personal import errand
from briefing_app.analysis.options.pluperfect import told_as_past
from briefing_app.analysis.options.phrasal import phrasal_hits
from briefing_app.analysis.options.pledges import pledge_hits
from briefing_app.analysis.options.possessed import possessed_hits
from briefing_app.analysis.options.questions import question_hits
from briefing_app.analysis.options.supporters import supporter_hits
from briefing_app.analysis.options.faulted import faulted_hits
from briefing_app.analysis.options.chants import chant_hits
from briefing_app.analysis.options.gapped import gapped_hits
from briefing_app.analysis.options.talked import talk_hits
from briefing_app.analysis.options.tidy import main_clause_cut, narrowest
from briefing_app.analysis.options.verdict import later_verdicts, modest_ask, refers_back
from briefing_app.analysis.segment import sentence_spans
from briefing_app.core.model import Actor, Option, Position, Quote, trimmed_span
from briefing_app.core.option_match import key_words

__all__ = ["find_options"]

seal_keys()  # every rule module above has declared its key words: one scan for them all

MAX_SENTENCE = 2500  # characters: longer is a table, a list or noise, not an argued sentence


CALL_NOUNS = r"(?:demand|call|proposal|idea|plan|request|appeal|case|recommendation)s?"
VERDICT_RE = re.compile(
    r"\s*(?:(?P<bad>(?:That|This|It|Such\s+a\s+\w+)\s+(?:would|will|is|was)\s+(?:surely\s+)?(?:be\s+)?(?:a\s+(?:\w+\s+)?"
    r"(?:mistake|error|blunder|folly|disaster)|wrong|unwise|reckless|misguided|foolish|dangerous|provocative|counterproductive|"
    r"futile|pointless|self-defeating|irresponsible)|No\b[.!,]|"
    r"(?:They|He|She)\s+(?:are|is)\s+(?:wrong|playing\s+with\s+fire)|(?:That|This|It)\s+is\s+the\s+last\s+thing\b|(?:That|This|It)\s+(?:(?:will|would|does|can)\s*(?:not|n[’']t)|won[’']t)\s+work|"
    r"(?:That|This|It)\s+(?:is|would\s+be)\s+(?:(?:a\s+)?(?:very\s+)?(?:bad|terrible|awful|dreadful)\s+idea|no\s+(?:answer|"
    r"solution))|(?:That|This|It)\s+makes\s+(?:no|little)\s+sense|"
    r"(?:That|This|The|Their|His|Her|Its)\s+" + CALL_NOUNS + r"\s+(?:is|seems|sounds)\s+(?:\w+\s+)?(?:unreasonable|absurd|"
    r"misguided|wrong|dangerous|reckless|foolish|naive|unrealistic|unworkable|premature)|"
    r"(?:It|That|This|The\s+" + CALL_NOUNS + r")\s+(?:should|must)\s+be\s+(?:rejected|resisted|ignored|dropped|opposed))"
    r"|(?P<good>(?:They|He|She)\s+(?:are|is)\s+right|(?:That|This|It)\s+(?:would\s+be|is)\s+(?:a\s+)?(?:sensible|wise|"
    r"right|good|welcome|prudent)|Yes\b[.!,]|"
    # "It should be heeded.", "The demand is reasonable.", "That call deserves support.", "The government should listen."
    r"(?:It|They|This|That|The\s+" + CALL_NOUNS + r")\s+(?:should|must|deserves?\s+to)\s+be\s+(?:heeded|supported|backed|"
    r"welcomed|adopted|accepted|implemented|taken\s+up)|"
    r"(?:That|This|The|Their|His|Her|Its)\s+" + CALL_NOUNS + r"\s+(?:is|seems|sounds)\s+(?:entirely\s+|perfectly\s+|eminently\s+|"
    r"quite\s+)?(?:reasonable|sensible|sound|right|compelling|justified|fair|overdue)|"
    r"(?:That|This|The|Their|His|Her|Its)\s+" + CALL_NOUNS + r"\s+deserves\s+(?:\w+\s+)?(?:support|backing)|"
    r"(?:The\s+)?(?:government|authorities|ministers?|council|administration|They|He|She)\s+should\s+(?:listen|heed\s+(?:it|them|"
    r"the\s+call|this|that))))")

VERDICT_LOWER_RE = re.compile(VERDICT_RE.pattern, re.I)  # after the author's own opener: "We think that would be ..."


ONLY_IF_RE = re.compile(r"\s*(?:(?:Yes|Perhaps|Maybe),?\s+but\s+)?[Oo]nly\s+(?:if|when|once|after)\b")
RISK_RE = re.compile(r"\b(?:would|could|will|might|may|is|are)\s+(?:be\s+)?(?:\w+\s+(?:and\s+\w+\s+)?)?(?:risky|perilous|"
                     r"dangerous|costly)\b|\b(?:could|might|may)\s+backfire\b|\bcarr(?:y|ies)\s+(?:\w+\s+)?risks?\b", re.I)


LATIN_RE = re.compile(r"[A-Za-z]")
RISK_KEYS = ("risk", "peril", "danger", "cost", "backfire")  # the key words of RISK_RE


def holds_risk(low: str) -> bool:
    """A risk word is in `low`: a substring test per word (a fast search each) costs about half a regular
    expression's alternation of them, which tries its branches at every letter they begin with."""
    return any(map(low.__contains__, RISK_KEYS))


def _hedged(text: str, s: int, e: int, recent: list[Option]) -> None:
    """'The interdictions would be risky ...' right after the author backs interdiction: a
    recommendation with conditions."""
    low = lowered(text, s, e)
    if not holds_risk(low) or not RISK_RE.search(text, s, e):
        return
    words = [w for w in key_words(text[s:e]) if len(w) > 4]
    for option in recent:
        if option.stance == "support" and any(kin(a, b) for a in words for b in key_words(option.summary)):
            option.stance = "conditional"


def find_options(text: str, paras: list[tuple[int, int]], quotes: list[Quote], actors: list[Actor],
                 split: Callable[[int, int], list[tuple[int, int]]] | None = None) -> list[Option]:
    """Options in the paragraphs `paras` of `text` (offsets into text); `split(ps, pe)` gives a paragraph's
    sentences as sentence_spans(text, ps, pe) does (the parsed document's, split once)."""
    try:
        return _find_options(text, paras, cast(Holders, _LazyHolders(text, quotes, actors)),
                             split or (lambda ps, pe: sentence_spans(text, ps, pe)))
    finally:
        forget_lowered()  # the sentence cache keeps no reference to the text


class _LazyHolders:
    """Holders, built when first asked: most texts argue no option, and then no one asks who holds one
    (its indexes of quotations and mentions cost ~5% of the options stage of a news report)."""

    def __init__(self, text: str, quotes: list[Quote], actors: list[Actor]) -> None:
        self._args = (text, quotes, actors)
        self._built: Holders | None = None

    def __getattr__(self, name: str) -> Any:
        if self._built is None:
            self._built = Holders(*self._args)
        return getattr(self._built, name)


def _find_options(text: str, paras: list[tuple[int, int]], holders: Holders,
                  split: Callable[[int, int], list[tuple[int, int]]]) -> list[Option]:
    out: list[Option] = []
    carry: list[Option] = []  # the last sentence's options of the paragraph before
    latin = [(ps, pe) for ps, pe in paras if LATIN_RE.search(text, ps, pe) is not None]
    words = DocumentWords(text, latin)  # the cue and key words of them all, by one scan
    for ps, pe in paras:
        if (ps, pe) not in words.at:  # a Russian or Korean paragraph: every cue but "?" and every
            carry = []  # rule's words are English (and, without them, a "?" sentence gives no rule a match)
            continue
        if carry and any(o.stance is None for o in carry):  # "Critics want X.\n\nThat would be a mistake.": the
            for s, e in split(ps, pe)[:1]:  # verdict opens the next paragraph
                _judge_next(text, s, e, carry)
        cues = ParagraphCues(text, ps, pe, words)
        risky = holds_risk(cues.low)  # a sentence holds a risk word only if its paragraph does
        commands = cues.found or may_open_with_command(text, ps, pe)  # cued: each sentence's opening is tried
        if not commands:
            carry = []
            continue
        prev: list[Option] = []
        recent: list[Option] = []
        asked: list[tuple[Hit, int, int]] = []
        last: tuple[int, int] | None = None  # the sentence before, in this paragraph
        for s, e in split(ps, pe):
            if carry and FOLLOW_RE.match(text, s, e):  # "In other words, he is arguing: ..." opens the next paragraph
                judged(text, s, e, carry, outside=(s, s))
                contradicted(text, s, e, carry)
            carry = []
            recent = prev + recent[:3]
            if out and OBJECTION_GATE_RE.search(text, s, min(e, s + 90)) is not None:  # "Critics say that route is slow"
                objection(text, s, e, lowered(text, s, e), out, recent, holders.named_holder)
            if risky:
                _hedged(text, s, e, recent)
            if asked and ONLY_IF_RE.match(text, s, e):  # "Should Washington promise to defend Taiwan? Only if ...": conditional
                for hit, hs, he in asked:
                    hit.stance = "conditional"
                    _add(out, hit, holders, hs, he)
                asked = []
            verdict = _verdict(text, s, e) if asked or prev else None  # a verdict judges only a call just made
            if verdict and (text[verdict.end() - 1] in ".!," or re.match(r"\s*(?:[.!;]|,\s*(?:and|but)\b|$)",
                                                                          text[verdict.end():e])):  # "That would be a mistake." / "No." / "They are right": the author's word on the last one
                stance = "oppose" if verdict.group("bad") else "support"
                for hit, hs, he in asked:
                    hit.stance = stance
                    _add(out, hit, holders, hs, he)
                for option in prev:
                    if option.stance is None:
                        option.stance = stance
                        own_evidence(text, option, s, e, s, (s, s))
            elif prev and any(o.stance is None for o in prev):
                _judge_next(text, s, e, prev)  # "That makes sense.", "The plan deserves a hearing.", "It cannot be right."
            if prev:
                concurred_next(text, s, e, prev)  # "I agree." / "We disagree." / "Rightly so.": the author's word on it
                instead_next(text, s, e, prev)  # "Instead, the council should ...": the author's course in its place
            if prev and FOLLOW_RE.match(text, s, e):
                judged(text, s, e, prev, outside=(s, s))
                contradicted(text, s, e, prev)
            verdicted = anaphoric_verdict(text, s, e, lowered(text, s, e), recent[:3], last) if recent else None
            last = (s, e)
            agent = any(o.stance and not o.positions for o in prev)
            prev, asked = [], []
            command = commands and opens_command(text, s, e)  # "Scrap the tax.", "Let private generators sell ..."
            if e - s > MAX_SENTENCE or not command and not cues.cued(s, e):
                continue  # a sentence without a cue holds no option, whatever its paragraph holds
            cues.know(lowered(text, s, e), s)  # its key words, from the paragraph's scan
            for hit in _sentence(text, s, e, agent, command and (headline_like(text, ps, pe) or None)):
                if refers_back(text, s, hit.start, hit.end, out) or backs_a_person(hit.summary, holders, text, s, hit.at):
                    continue  # "The closure would be a disaster": the course found before, named again; "support Clinton"
                span = trimmed_span(text, s, e)
                if verdicted and names_it_again(hit.summary):
                    continue  # "..., and the government should reject it": the author's word on the call just reported
                if hit.stance == "ask":
                    asked.append((hit, *span))
                else:
                    added = _add(out, hit, holders, *span)
                    if added is not None:
                        prev.append(added)
                        made_by(added.summary, added, holders.named_holder, s)  # "accept the union's offer"
                        outside = (hit.start, reported_end(text, hit, e))  # "Critics say X would be ...": theirs
                        quoted = holders.quotation_at(hit.start)
                        if quoted is not None:  # 'Boswell said: "X should be protected."': the words are Boswell's
                            outside = (min(outside[0], quoted[0]), max(outside[1], quoted[1]))
                        judged(text, s, e, [added], outside=outside, quoted=lambda at: holders.quotation_at(at) or
                               text[at - 1:at] in QUOTE_OPENERS, verb_at=hit.at)  # (a word in quotation marks: a title, a name, others' word)
                        if added.positions:
                            characterised(text, lowered(text, s, e), s, e, hit, added)
                            modest_ask(text, s, hit.start, added)
                            appraised(text, hit, added, quoted is not None, s, e)
                            concurred(text, hit, e, added, lowered(text, s, e))
                        if added.stance is None and AGREE_RE.search(text, s, hit.at):
                            added.stance = hit.stance  # "X has rightly pointed out that ...": the author agrees
        carry = prev
    later_verdicts(text, out)  # "... The review is welcome": the author's word on a course others hold, further on
    return [o for o in out if o.stance is not None or o.positions or any(o is u for u in holders.unheld)]  # a call by no
    # one named, on which the author is silent (not one by "some", "many", "others": a call someone makes, unnamed)


def _verdict(text: str, s: int, e: int) -> re.Match[str] | None:
    """VERDICT_RE's verdict opening text[s:e], or opening it after the author's own "We think", "I believe", "In our view,"
    ("We think that would be a mistake.", "I believe they are right.")."""
    verdict = VERDICT_RE.match(text, s, e)
    if verdict is None and (own := OWN_VOICE_RE.match(text, s, e)) is not None:
        verdict = VERDICT_LOWER_RE.match(text, own.end(), e)
    return verdict


def _judge_next(text: str, s: int, e: int, targets: list[Option]) -> None:
    """The author's side on the courses of the sentence before (`targets` without a side yet) from a verdict sentence
    text[s:e] that refers back to them (next_verdict: "That makes sense.", "This proposal deserves to fail.")."""
    stance = verdict_after(text, s, e)
    for option in targets if stance else ():
        if option.stance is None:
            option.stance = stance
            own_evidence(text, option, s, e, s, (s, s))


# "Imagine that the council should ban cars ...": a scenario set up, not argued
HYPOTHETICAL_RE = re.compile(r"\s*[“\"‘]?(?:Imagine|Suppose|Supposing|Picture|Pretend|Say\s+that|"
                             r"Let(?:[’']s|\s+us)\s+(?:imagine|suppose|say|assume|pretend|change\s+the\s+scenario))\b")


def _sentence(text: str, s: int, e: int, agent: bool, command: bool | None = False) -> list[Hit]:
    """command: the sentence opens with a policy verb (True: and it is a headline; None: it is not)."""
    if HYPOTHETICAL_RE.match(text, s, e):
        return []
    if command is not False:
        hit = imperative_hit(text, s, e, headline=bool(command))
        if hit is not None:
            return [hit]
    sent = text[s:e]
    stripped = sent.rstrip(" \t\n\"”’')]")
    opened = max(stripped.rfind("“"), stripped.rfind('"'))
    if stripped.endswith("?") and opened > 0 and len(stripped) < len(sent.rstrip()) and sent[:opened].strip():
        e = s + opened  # 'the inquiry posed the question of whether "should X?"': a quoted question after a statement
        sent = text[s:e]
    elif stripped.endswith("?"):
        tag = sent.rfind(",")
        if tag < 0 or len(sent[tag:].split()) > 3:  # "X must be stopped, but how?" argues X; the tag asks
            return question_hits(text, s, e) or advocacy_hits(text, s, e) or asked_hits(text, s, e)  # "What if ...?"
        e = s + tag
    hits: list[Hit] = []
    low = lowered(text, s, e)  # once: each rule below that tests key words is handed it
    asked = answered_hits(text, s, e, low) if "asked" in low else []  # "Asked whether S should X, Holt said no"
    found = (asked + worth_hits(text, s, e, low) + phrasal_hits(text, s, e) + modal_hits(text, s, e, it_is_agent=agent) + framing_hits(text, s, e)
             + advocacy_hits(text, s, e) + hedged_hits(text, s, e) + goal_hits(text, s, e) + inverted_hits(text, s, e)
             + idiom_hits(text, s, e) + announced_hits(text, s, e, low) + hope_hits(text, s, e, low)
             + outcome_hits(text, s, e) + far_from_hits(text, s, e, low) + case_hits(text, s, e, low)
             + possessed_hits(text, s, e, low) + talk_hits(text, s, e, low)
             + pledge_hits(text, s, e, low) + supporter_hits(text, s, e, low) + faulted_hits(text, s, e, low)
             + chant_hits(text, s, e, low) + gapped_hits(text, s, e, low) + bill_hits(text, s, e, low))
    # (a verdict after a concession first: "X will hurt, but it is worth it" outranks the gerund rule's "will hurt")
    if asked:  # the question's "whether" clause, read as a course weighed (neutral), is no side beside the answer's
        found = [h for h in found if h in asked or h.stance != "neutral" or all(h.start != a.start for a in asked)]
    if found:
        found = past_judged(text, s, e, low, found)  # "Parliament was right to reject X": a past act weighed, no course
    dilemma = "hand" in low and DILEMMA_RE.search(text, s, e) is not None  # (a quick test first)
    pluperfect = "had " in low
    contest = bool(found) and names_the_contest(low)
    denied = denied_claims(text, s, e, low) if found else []
    if denied:  # "Rubio's claim that Cruz is in favor of X is not true": no position of Cruz's
        found = denied_courses(text, s, found, denied, [CALL_VERB_RE.match(text, h.at) is not None for h in found])
    for hit in sorted(found, key=lambda h: (h.person, not h.item, h.start, -h.end)):  # an owner's noun of position ("his
        # plan to") yields to any other rule's hit on the same words; a hit spanning a list of measures, to its items
        # ("wants a party platform that calls for A, B and C")
        if any(h.start < hit.end and hit.start < h.end and not _owners_side(h, hit) for h in hits) or errand(text, s, hit, low) or hollow(hit.summary) or contest and about_the_contest(hit.summary) or (
                ("nobody" in low or "no one" in low) and NOBODY_SAYS_RE.search(text, s, max(hit.at, hit.start)) is not None):
            continue  # "Nobody is suggesting that every council must adopt it": a call no one makes
        twin = next((h for h in hits if h.start < hit.end and hit.start < h.end), None)
        if twin is not None:  # both sides of one course (`_owners_side`): one span, one summary
            hit.end, hit.summary = twin.end, twin.summary
        if pluperfect and told_as_past(text, s, e, hit.at):
            continue  # "Clinton had asked Sullivan to send ...", "who had previously pledged to support", "Rubio had opposed
            # adding provisions": a call or a side told as past (not "Critics had called for a ban on X": `pluperfect`)
        if ANAPHORIC_COURSE_RE.fullmatch(text, hit.start, hit.end) is not None:
            continue  # "Such a ban would be a mistake", "should not impose such a ban": a course named before, or none
        if CONCESSION_RE.match(text, s, hit.at) or dilemma:
            hit.conceded = True  # "While X ...", "On the one hand X, on the other Y": weighed, not argued
        elif hit.stance != "neutral" and _conditioned(text, s, e, hit):
            hit.stance = "conditional"
        if hit.stance in SIDES and BELIEF_KEYS_RE.search(low) is not None and \
                NOT_BELIEVED_RE.search(text, max(s, hit.at - 90), hit.at) is not None:
            hit.stance = SIDES[hit.stance]  # "I don't think we should X", "Lopez does not believe the council should X"
        if hit.decided and own_act(hit.summary) or in_jest(text, s, hit.at, low):
            continue  # "said his office would appeal the ruling", "plans to step down": an act decided and done alone,
            # also under a condition ("will step down if his wife wins"); "jokingly urged Russia to ...": not meant
        hits.append(hit)
    if hits:
        hits = [h for h in hits if not _in_proviso(text, h, hits)]
        hits += coordinated(text, s, e, hits)
    if hits:
        main_clause_cut(text, s, e, hits)  # "While Democrats push for new talks, Cornyn said ...": the course ends at the comma
    hits = idea_framed(text, s, e, narrowest(text, hits))
    if len(hits) > 1:
        own_clauses(text, s, e, hits)  # "He proposes A; she backs B": each course's evidence is its own clause
    return hits


def _owners_side(kept: Hit, hit: Hit) -> bool:
    """'Ministers rejected the union's call for a ban on X': an owner's noun of position (one of the two hits names its
    owner: `who`) names the same course as the other hit, on the other side, and the other's cue (the judge's verb) comes
    before the owner: both sides are positions (the ministers' oppose, the union's support), one option. Not a verdict
    after the course ("Hope's plan to sell it would be a mistake": the author's word, read against the call named before)."""
    owner, judge = (hit, kept) if hit.who is not None else (kept, hit)
    return owner.who is not None and judge.who != owner.who and judge.at < owner.at and hit.start == kept.start and \
        hit.summary.split(" ", 1)[0].lower() == kept.summary.split(" ", 1)[0].lower()  # (the same course, read to its end
    # by two rules: `_sentence` gives the later one the kept one's words)


def _in_proviso(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """'S should pass the bill, provided that the safeguards are kept: two doctors and a judge must sign off': what the
    condition of an earlier conditional course asks for is that condition, no course of its own."""
    return any(h.stance == "conditional" and h.end <= hit.start and CONDITION_RE.search(text, h.start, hit.start) is not None
               for h in hits if h is not hit)


# a belief denied right before the course's clause (its subject between): the course rejected ("I don't think we should
# scrap the levy", "Lopez does not believe the council should close it", "We don't think it is time to X": the denial of
# a belief that X should happen is the belief that it should not); its side turns, support <-> oppose
NOT_BELIEVED_RE = re.compile(r"(?:(?:\b(?:do|does|did)\s+not|\b(?:do|does|did)n[’']t|\bnever)\s+(?:really\s+|honestly\s+|actually\s+|"
                             r"personally\s+)?(?:think|believe|feel|suppose|reckon)\s+(?:that\s+)?|"
                             # "I am not convinced that", "remain unconvinced that", "I doubt that the council should": the same
                             # ("I was never persuaded", "I have not been convinced"; "I doubt the council should": no "that")
                             r"(?:\bnot|n[’']t|\bnever)\s+(?:at\s+all\s+|entirely\s+|fully\s+|yet\s+|really\s+)?(?:been\s+)?"
                             r"(?:convinced|persuaded)\s+(?:that\s+)?|"
                             r"\bunconvinced\s+(?:that\s+)?|"
                             # "The mayor is wrong that the city should X", "It is wrong that the poorest should pay"
                             r"\b(?:is|are|was|were)\s+(?:\w+ly\s+|surely\s+)?(?:wrong|mistaken)\s+(?:to\s+(?:say|think|argue|claim|"
                             r"believe|insist|suggest)\s+)?that\s+|"
                             r"(?<!\b[Nn]o\s)(?<!\b[Ll]ittle\s)(?<!\b[Ww]ithout\s)(?<!\b[Bb]eyond\s)"
                             r"\b(?:doubt|doubts|doubted)\s+(?:(?:that|whether|if)\s+|"
                             r"(?!(?:that|whether|if|about|on|over|as|in|of|for|and|or|is|are|was|were|remains?)\b)"
                             # (not an object with a relative clause: "Voters doubt the tax cuts Trump has promised to pass")
                             r"(?!(?:[\w’'.-]+\s+){1,5}?(?:has|have|had)\s))"
                             r"(?![a-z]+ing\b))"  # ("doubt that buying X will help": goals.DOUBT_RE's)
                             r"(?:[\w’'.-]+\s+){0,6}?(?:[\w’'.-]+)?$")  # (a verdict's cue may follow the last word without a space)
BELIEF_KEYS_RE = re.compile(r"n[’']t\s|\bnot\s|\bnever\s|doubt|unconvinced|wrong|mistaken")  # (the cheap test: a negation or doubt in the sentence)
SIDES = {"support": "oppose", "oppose": "support"}
# a course named only by an anaphoric phrase ("such a ban", "these cuts", "introducing such a scheme", "impose this
# measure"): it refers to a course already found, or to nothing; no new option (the verdict rules read its judgement)
ANAPHORIC_COURSE_RE = re.compile(r"(?:[\w’'-]+\s+)?(?:[Ss]uch(?:\s+an?)?|[Tt]his|[Tt]hese|[Tt]hose)\s+(?!(?:who|which|that|in|of|on|at|for|"
                                 r"with|from|to|year|week|month|time|century|decade|summer|winter|spring|autumn)\b|\w+[’']s\b)"
                                 r"(?:[\w’'-]+\s+)?[\w’'-]+[\s.,;:!?”\"’')]*")
NOBODY_SAYS_RE = re.compile(r"\b(?:[Nn]obody|[Nn]o\s+one)\s+(?:is\s+|was\s+|has\s+|seriously\s+|really\s+)*(?:suggest|say|argu|propos|"
                            r"claim|call|ask|demand|think|thinks|believ|want|expect)\w*\s+(?:for\s+|that\s+)?")  # ("Nobody thinks
# the council should close the library": no one holds it, and "Nobody" is no holder)
QUOTE_OPENERS = ("“", '"', "‘", "'")
DILEMMA_RE = re.compile(r"\b[Oo]n\s+the\s+one\s+hand\b")


def _conditioned(text: str, s: int, e: int, hit: Hit) -> bool:
    """A condition on the hit's own clause: after the cue ("should X only if Y"), or before it with no
    other clause between ("Only if Y should S do X"); not "Unless X acts, Y will ..., so S must Z"."""
    low = lowered(text, s, e)
    if not any(k in low for k in ("if", "only", "long as", "provid", "condition", "unless")):
        return False
    for m in CONDITION_RE.finditer(text, s, e):
        if m.start() > hit.at or not CLAUSE_BREAK_RE.search(text, m.end(), hit.at):
            return True
    return False


BARE_PRONOUN_RE = re.compile(r"\b(?:him|her)\b(?=\s+(?:to|from|for|with|of|accountable|responsible|in|on|at|as|into|over)\b|$)")
CLAUSE_BREAK_RE = re.compile(r",\s*(?:so|and|but|yet|then|which)\b|;|:|,[^,]*,")


def _add(out: list[Option], hit: Hit, holders: Holders, s: int, e: int) -> Option | None:
    holder = holders.holders(hit, s)
    sentence = s
    if holders.disagrees and hit.stance in ("support", "oppose"):  # "Democrats disagree that the prison should be closed"
        hit.stance = "oppose" if hit.stance == "support" else "support"
    if hit.clause is not None:  # "..., rather than B": B's evidence is its own clause (holders are the sentence's)
        s, e = trimmed_span(holders.text, *hit.clause)
    if holder is False:
        return None  # inside a quotation nobody is known to have said
    unheld = False
    if holder is not None and holder:  # holders are actors: no "Have been", no clause cut short ("Their choices and")
        named = [name for name in holder if holders.known(name) or names_a_holder(name)]
        unheld = not named and all(unnamed_many(name) for name in holder)  # "Some have proposed X": no one to show
        nearest = holders.actor_before(sentence, hit.at) if not named else None  # "She ... carried a mattress and vowed
        # to"; from the sentence's start, also for a course with a clause of its own ("Cruz has supported X, but has since
        # said he now believes Y")
        holder = named or ([nearest] if nearest else [])
    bare = BARE_PRONOUN_RE.search(hit.summary)
    name = holders.person_before(hit.start) if bare else None
    if bare and name:  # "Hold him to a different standard": the person he stands for
        hit.summary = hit.summary[:bare.start()] + name + hit.summary[bare.end():]
    key = hit.summary.lower()
    same = next((o for o in out if o.summary.lower() == key), None)
    if same is None:
        same = Option(hit.summary, None, s, e)
        out.append(same)
    if unheld and not holder:
        holders.unheld.append(same)  # kept with no position: someone's call, no actor's (`doers.UNNAMED_MANY`)
    if holder is None or holders.agrees:
        if same.stance is None:
            same.stance, same.start, same.end = "neutral" if hit.conceded else hit.stance, s, e
    if holder is not None:
        for name in holder:  # "the Times" after "The New York Times" on one option: one holder, named in full
            short = " " + DETERMINER_RE.sub("", name)  # "the Times" after "New York Times"
            if not any(p.actor == name or not holders.known(name) and p.actor.endswith(short) for p in same.positions):
                same.positions.append(Position(name, hit.stance, s, e))
    return same
