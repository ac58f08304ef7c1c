"""Hits of one sentence made ready to add: "it" named ("Accept it" after "The deal is fair": "Accept
the deal"), the clause after "but" over the cost conceded before it, a permission refused to "them" named by the act
itself ("We must not let them build the pipeline": "Build the pipeline"), and of two nested hits the one that names
the action itself."""
from __future__ import annotations

import re

from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.lexicon import NOT_ACTION
from briefing_app.analysis.options.phrases import decapitalised, summary


IT_RE = re.compile(r"^(?P<verb>\w+(?:\s+\w+)?)\s+it$")
ANTECEDENT_RE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){0,3}?(?:deal|treaty|plan|"
                           r"proposal|bill|law|agreement|ban|tax|reform|scheme|policy|budget|offer|motion|amendment|"
                           r"resolution|accord|ceasefire|truce|settlement|compromise|report|verdict|rule|regulation)\b")


ENDORSE_VERBS = frozenset("accept adopt approve back embrace endorse pass support do".split())
GERUND_OPENING_RE = re.compile(r"(?:^|[.!?]\s+|\n)(?P<g>[A-Z][a-z]+ing\s+[^,.;]{3,80}?)\s+(?:would|will|is|was|could|may|might|"
                               r"has|had)\b")


# a course granted to "them" (modal_shape: "They should be given the power to ...") and the group a sentence just before
# opens with ("Councils, too, have a part to play.", "Nurses are leaving in droves.", "Local councils know their streets.")
GRANTED_THEM_RE = re.compile(r"^(?P<verb>Give|Allow|Permit|Grant|Empower|Enable|Encourage)\s+them\b")
# (its verb any word that is none of a noun phrase's or a clause's openers: "Refugees arrive every day.", "Teachers work
# long hours.", "Nurses are leaving"; not "Its leaders ...", "This is ...", "Thousands of nurses ...")
GROUP_OPENING_RE = re.compile(r"(?:^|[.!?]\s+)(?!(?:Its|His|This|Thus|Yes|Was|Has|Is|Does|Perhaps|Sometimes|Unless|"
                              r"Whereas|Besides|Regardless|Nevertheless|Thousands|Millions|Hundreds|Dozens|Tens)\b)"
                              r"(?P<np>(?:[A-Z][a-z]+\s+)?[A-Za-z][a-z]+s)(?=,|\s+(?:[a-z]+ly\s+)?(?!(?:of|and|or|but|in|on|at|"
                              r"for|to|from|with|by|the|a|an|who|that|which|whose|this|these|those|their|its|is|was|has|says|said)\b)"
                              r"[a-z]+\b)")

SENTENCE_END_RE = re.compile(r"[.!?][”\"’']*\s")


def antecedent(text: str, s: int, summ: str) -> str:
    """'Accept it' after 'The deal is fair.': 'Accept the deal'; left as it is when no plan, law or deal
    was named in the sentences just before. 'Give them the power to X' after 'Councils are stretched.': 'Give councils
    the power to X'."""
    granted = GRANTED_THEM_RE.match(summ)
    if granted is not None:
        group = None
        for group in GROUP_OPENING_RE.finditer(text, max(0, s - 300), s):
            pass
        if group is None or len(SENTENCE_END_RE.findall(text, group.end(), s)) > 1:
            return summ  # (no group, or one opening a sentence before the one just before: "them" is not said to be it)
        return f"{granted.group('verb')} {decapitalised(group.group('np'), text)}{summ[granted.end():]}"
    m = IT_RE.match(summ)
    if m is None:
        return summ
    if m.group("verb").lower() in ENDORSE_VERBS:  # "Splitting the zone would hurt ..., but S ought to accept it"
        gerund = None
        for gerund in GERUND_OPENING_RE.finditer(text, max(0, s - 400), s):
            pass
        if gerund is not None:
            return summary(gerund.group("g"))
    named = None
    for named in ANTECEDENT_RE.finditer(text, max(0, s - 400), s):
        pass
    if named is None:
        return summ
    np = named.group(0)
    return f"{m.group('verb')} {np[:1].lower()}{np[1:]}"


# a permission to a pronoun ("Let them build the pipeline", "Allow him to sell the land"): refused, the course opposed is
# the act itself, as "We cannot allow Russia to annex ..." gives "Annex ..." (hedged.CANNOT_ALLOW_RE); not an act that is
# no course ("Allow them to win", "Let them get away with it": lexicon.NOT_ACTION)
REFUSED_LEAVE_RE = re.compile(r"^(?:Let|Allow|Permit)\s+(?:them|him|her|it|anyone|anybody|others|someone|somebody)\s+"
                              r"(?:to\s+)?(?P<verb>[a-z]+)\b")


def refused_leave(hit: Hit) -> str:
    """The summary of `hit`, a refused permission to a pronoun named by the act itself ("Build the pipeline" for a
    refused "Let them build the pipeline")."""
    summ = hit.summary
    if hit.stance != "oppose" or summ[:1] not in "LAP":
        return summ
    m = REFUSED_LEAVE_RE.match(summ)
    if m is None or m.group("verb") in NOT_ACTION:
        return summ
    return summ[m.start("verb")].upper() + summ[m.start("verb") + 1:]


def narrowest(text: str, hits: list[Hit]) -> list[Hit]:
    """Of two hits in a sentence where one's summary holds the other's ("Stop the reckless plan to sell off
    the forests" / "Sell off the forests"), the one that names the action itself."""
    for hit in hits:
        hit.summary = antecedent(text, hit.start, refused_leave(hit))  # "accept it": what "it" is
    if len(hits) < 2:
        return hits
    hits = [h for i, h in enumerate(hits) if not any(  # "X would hurt Y, but S ought to accept it": the clause after "but"
        j > i and g.summary.lower() == h.summary.lower() and re.search(r"\bbut\b", text[h.end:g.at]) for j, g in enumerate(hits))]
    keys = [h.summary.lower() for h in hits]
    return [h for i, h in enumerate(hits)
            if not any(j != i and len(k) < len(keys[i]) and len(k.split()) >= 2 and k in keys[i] for j, k in enumerate(keys))]


# a sentence opened by a subordinate clause ("While Democrats push for new talks, the senator said ...", "After the
# board rejected the plan to X, the mayor ..."): a course inside it ends at the comma that closes it, not in the main
# clause after it; a comma before a list's next item ("for A, B and C, ...") is no such end
SUBORDINATORS = r"(?:After|While|When|Whereas|Although|Though|Since|Because|Before|Once|Until|Even\s+as|Even\s+though|Just\s+as)"
SUBORDINATE_OPENING_RE = re.compile(r"\s*[“\"‘]?(?:(?:But|And|Yet|So),?\s+(?i:" + SUBORDINATORS + r")|" + SUBORDINATORS +
                                    r"|As(?=\s+(?:the|a|an|his|her|their|its|[A-Z]\w+)\s+(?!(?:result|consequence|matter|part|"
                                    r"well|for|of|with|in|on|at|to)\b)))\s")
CITED_END_RE = re.compile(r", according to [^,;:]{1,80}?[.!?\"”’')\s]*")  # a source named last, up to the sentence's end
CLAUSE_OPENERS = frozenset("that which who whom whose and but or as if".split())
LIST_GOES_ON_RE = re.compile(r",\s+(?:(?:and|or|as\s+well\s+as)\b|(?:[\w’'-]+\s+){0,3}?(?:and|or)\s|(?:[\w’'-]+\s+){0,3}?[\w’'-]+,)")


# an aside relative clause ("Tom Reed, who has pledged to ban ivory imports, spoke on Monday"): the comma that closes
# it stands before the main clause's verb (a past form, a verb of saying, an auxiliary or a modal, maybe after an adverb)
RELATIVE_ASIDE_RE = re.compile(r",\s+(?:who|which)\s+[^,;:]*$")
MAIN_VERB_AFTER_RE = re.compile(r",\s+(?:(?:[a-z]+ly|now|also|then|later|still|yesterday|today|recently|once|never|again|soon|"
                                r"finally)\s+)?(?:[a-z]+ed|said|told|spoke|wrote|is|was|are|were|has|have|had|will|would|can|"
                                r"could|should|must|did|went|came|made|took|gave|won|lost|ran|met|began|left|led|became|spent|"
                                r"sent|held|stood|thought|flew|fled|fell|rose|grew|drew|knew|saw|got|found|kept|brought|bought|"
                                r"fought|sought|paid|heard|sat|wore|broke|chose|drove|rode|shot|struck|swore|threw|felt|sold|"
                                r"built|withdrew|oversaw|underwent|"
                                # a present third person: "faces", "says", "remains" (not "its", "perhaps", "besides", ...)
                                r"(?!(?:its|hers|ours|yours|theirs|perhaps|whereas|besides|towards|afterwards|always|sometimes|"
                                r"news|series|species)\b)[a-z]{2,}(?<![su])s)\b")


def main_clause_cut(text: str, s: int, e: int, hits: list[Hit]) -> None:
    """A course in a sentence's opening subordinate clause that ran on past the comma closing it, into the main clause
    ('Adopt free trade, Mr. Trump has rallied thousands ...'), or into a source named after it ('Keep a base in
    Afghanistan, according to American officials'), or in an aside relative clause that ran on into the main clause's
    verb ('Ban ivory imports, spoke on Monday'): cut at that comma (summary and end)."""
    cited = text.find(", according to", s, e)
    if cited >= 0 and (CITED_END_RE.fullmatch(text, cited, e) is None or text[s:cited].rsplit(None, 1)[-1] in CLAUSE_OPENERS):
        cited = -1  # (a source named at the end, not "a report that, according to X, will examine ...")
    opening = SUBORDINATE_OPENING_RE.match(text, s, e)
    aside = ", wh" in text[s:e]  # (the cheap test for an aside relative clause)
    for hit in hits if opening is not None or cited >= 0 or aside else ():
        comma = -1
        if opening is not None and hit.start >= opening.end():
            comma = text.find(",", hit.start, hit.end)
            while comma > 0 and LIST_GOES_ON_RE.match(text, comma, e) is not None:
                comma = text.find(",", comma + 1, hit.end)
        if comma < 0 and aside and RELATIVE_ASIDE_RE.search(text, s, hit.start) is not None:
            comma = next((verb.start() for verb in MAIN_VERB_AFTER_RE.finditer(text, hit.start, hit.end)
                          if LIST_GOES_ON_RE.match(text, verb.start(), e) is None), -1)  # (a list's next item goes on)
        if comma < 0 and cited >= 0:
            comma = text.find(", according to", hit.start, hit.end)
        if comma < 0:
            continue
        after = text[comma + 1:hit.end].split()[:2]
        cut = hit.summary.find(", " + " ".join(after)) if after else -1
        if cut > 0:
            hit.summary, hit.end = hit.summary[:cut], comma
