"""The author weighing the case for or against a course: "The case against a four-day week is weak" (support), "The
case for a wealth tax is overwhelming" (support), "The argument for rent control does not hold up" (opposition), "There
is a strong case for a congestion charge" (support), "There is no good case for X" is framing's. The side is the
preposition's ("for" / "against") turned by the verdict's weight (strong / weak). A case reported as someone's ("Critics
say the case for X is weak") is theirs (attribution reads the sentence as for any verdict); a case merely told ("He
made the case for X": `calls`), weighed with no verdict ("The case for X rests on two claims") or a case qualified
before its verdict ("the case for globalization based on the fact that ... becomes weaker when ...") gives none."""
from __future__ import annotations

import re

from briefing_app.analysis.options.action_hits import np_hit
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.keys import keys, words_in

STRONG = (r"strong|stronger|compelling|overwhelming|powerful|persuasive|convincing|clear|clearer|unanswerable|"
          r"irrefutable|solid|sound|robust|airtight|watertight|hard\s+to\s+(?:refute|dismiss|ignore|resist|deny)")
WEAK = (r"weak|weaker|flimsy|thin|unconvincing|unpersuasive|feeble|hollow|shaky|threadbare|tenuous|overstated|"
        r"far\s+from\s+(?:clear|convincing|proven|made)|not\s+(?:convincing|persuasive|strong|compelling|clear|proven|made)")
LINK = r"(?:is|are|looks|seems|appears|remains|was|has\s+become|becomes)\s+(?:(?:now|still|simply|very|rather|pretty|far|" \
       r"even|much|increasingly|also|just|getting|growing)\s+)*"
VERDICT = r"(?:" + LINK + r"(?:(?P<strong>" + STRONG + r")|(?P<weak>" + WEAK + r"))\b|(?P<fails>(?:does|do)\s*(?:not|n[’']t)\s+" \
          r"(?:hold\s+up|stand\s+up|add\s+up|hold\s+water|survive\s+scrutiny)))"
# "The case against a four-day week is weak": the noun phrase between the preposition and the verdict
THE_CASE_RE = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\s+(?:(?:economic|moral|legal|political|fiscal|"
                         r"practical|real|whole|usual|familiar|official)\s+)?(?:case|argument|arguments|rationale)\s+"
                         r"(?P<side>for|against)\s+(?P<np>(?:(?!\b(?:that|which|based|when|if)\b)[^,;:.!?]){3,100}?)\s+" + VERDICT)
# "There is a strong case for a congestion charge", "There is a compelling argument against X"
THERE_IS_RE = re.compile(r"\b[Tt]here\s+(?:is|remains|exists)\s+(?:now\s+|still\s+)?(?:an?\s+)?(?:(?P<strong>" + STRONG + r")|"
                         r"(?P<weak>" + WEAK + r"))\s+(?:\w+\s+)?(?:case|argument|rationale)\s+(?P<side>for|against)\s+(?=\w)")
CASE_CUES = ("case for", "case against", "argument", "rationale")
CASE_KEYS = keys(*CASE_CUES)


def case_hits(text: str, s: int, e: int, low: str) -> list[Hit]:
    """The course whose case the sentence text[s:e] weighs (module doc); `low` is the sentence lower-cased."""
    if CASE_KEYS.isdisjoint(words_in(low)):
        return []
    out: list[Hit] = []
    for m in THE_CASE_RE.finditer(text, s, e):
        stance = _side(m)
        hit = np_hit(text, m.start("np"), m.end("np"), stance, m.start(), any_noun=True)
        if hit is not None:
            out.append(hit)
    for m in THERE_IS_RE.finditer(text, s, e):
        hit = np_hit(text, m.end(), e, _side(m), m.start(), any_noun=True)
        if hit is not None:
            out.append(hit)
    return out


def _side(m: re.Match[str]) -> str:
    """Support when a case for the course is strong or a case against it weak; opposition otherwise."""
    strong = m.group("strong") is not None
    return "support" if strong == (m.group("side") == "for") else "oppose"
