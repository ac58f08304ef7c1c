"""National bodies an English text names by a name no organisation noun ends and no cue word marks
("Immigration and Customs Enforcement", "Customs and Border Protection", "Ofcom", "the Bundestag",
"Joint Chiefs of Staff"): the names of national_bodies.BODIES, found where the text writes them whole.
Names the gazetteer reads as a country's metonym ("the Elysee", "Downing Street") stay with it.
Legislatures named alone: "Congress", "the Senate" and, in an American text that names no "House of ...",
"the House" (the House of Representatives); not inside a longer name ("Mobile World Congress", "the Senate
Armed Services Committee", "the California Senate") nor before a thing of theirs ("the Senate floor")."""
from __future__ import annotations

import bisect
import re

from briefing_app.analysis import gazetteer
from briefing_app.analysis.national_bodies import BODIES, MORE_BODIES
from briefing_app.analysis.occurrences import whole_word
from briefing_app.analysis.org_found import Found, Org
from briefing_app.analysis.us_officials import american
from briefing_app.core.model import Span

# (every name opens with a capital, and none with a "U": a name in lower case, "al-Qaeda", or one that opens with
# "U", "UNHCR", has the pattern tried at every "a" or at every "U.S." of a text, up to twice the cost of the scan;
# those are RARE_GROUPS below, found by patterns of their own that the engine skips through: U_GROUPS_RE, which
# opens with a literal "U", and QAEDA_RE, tried only in a text with a "Q")
# well-known bodies that are no country's (movements, armed groups, unions, agencies of the UN, blocs) and that
# no organisation noun ends: canonical name, the short forms a text may use alone, and the body they belong to
GROUPS: dict[str, tuple[tuple[str, ...], str | None]] = {
    "Houthis": (("Houthi",), None), "Taliban": ((), None), "Islamic State": (("ISIS",), None),
    "Teamsters": ((), None), "RMT": ((), None),
    "Oxfam": ((), None), "Save the Children": ((), None), "Interpol": ((), None), "Mercosur": ((), None),
    "Organisation for Economic Co-operation and Development": (("OECD",), None), "ASEAN": ((), None),
    "Group of 20": (("G20", "G-20"), None), "Organization for Security and Co-operation in Europe": (("OSCE",), None),
}
RARE_GROUPS: dict[str, tuple[tuple[str, ...], str | None]] = {
    "al-Qaeda": (("al Qaeda", "Al-Qaeda", "Al Qaeda"), None), "United Auto Workers": (("UAW",), None),
    "UNICEF": ((), "United Nations"), "UNHCR": ((), "United Nations"), "UNESCO": ((), "United Nations"),
}
U_GROUPS_RE = re.compile(r"U(?<![\w&’'-]U)(?:N(?:HCR|ICEF|ESCO)|AW|nited Auto Workers)(?![\w&’'-])")
QAEDA_RE = re.compile(r"(?<![\w&’'-])[Aa]l[- ]Qaeda(?![\w&’'-])")
GROUPS.update(RARE_GROUPS)
SHORT_OF = {short: name for name, (shorts, _) in GROUPS.items() for short in (name, *shorts)}
RARE_FORMS = {form for name, (shorts, _) in RARE_GROUPS.items() for form in (name, *shorts)}
NAMES = sorted(({name for names in BODIES.values() for name in names if not gazetteer.lookup(name)} - {"Congress"})
               | {form for form in SHORT_OF if not gazetteer.lookup(form) and form not in RARE_FORMS})
LATER = tuple(name for names in MORE_BODIES.values() for name in names if not gazetteer.lookup(name))
# one pattern of all the names (a trie; a str.find of each name's first word cost ten times as much)
BODY_RE = re.compile(gazetteer.trie_pattern(NAMES, not_after=r"[\w&’'-]") + r"(?![\w&’'-])")
# "Congress", "the Senate", "the House" standing alone: no capitalised word or possessive before them (but a
# sentence's "The"), and after them a stop, a verb or a small word, not a noun they qualify ("the Senate floor",
# "the Senate health committee", "Senate Republicans")
LEGISLATURE_RE = re.compile(r"(?:(?<=[Tt]he )(?P<chamber>Senate|House)|(?<![\w’'.-])(?<![A-Z][\w’'.-] )(?<!’s )(?<!'s )"
                            r"(?P<congress>Congress))(?=[ \t]*[,.;:)\"”’]|[ \t]+(?:[a-z]+ed|[a-z]+s|has|have|had|is|was|will|"
                            r"would|must|could|can|may|might|should|did|does|do|on|in|to|for|and|or|last|this|next|after|"
                            r"before|by|with|from|at|as|that|which|also|then|now|still|yet|already|unanimously|narrowly|"
                            r"overwhelmingly|never|not)\b)")
LEGISLATURE_KEYS = ("Congress", "he Senate", "he House")


def known_bodies(found: Found) -> None:
    """Each listed body the text names: an organisation (one found already under that name, or found
    as the last words of it, "Customs Enforcement", gains the whole name's mention); then the legislatures."""
    text = found.text
    found_spans = _Spans(found)
    for m in _bodies(text):
        name = SHORT_OF.get(m.group(), m.group())
        org = _add(found, found_spans, name, m.start(), m.end(), alias=m.group() if name != m.group() else None)
        if org is not None and name in GROUPS and org.affiliation is None:
            org.affiliation = GROUPS[name][1]  # ("UNHCR": the United Nations')
    for name in LATER:
        if name in text:  # (a substring test each: cheaper than their names in BODY_RE)
            for s, e in whole_word(text, name):
                _add(found, found_spans, name, s, e)
    if any(key in text for key in LEGISLATURE_KEYS):
        _legislatures(found, found_spans)


def _bodies(text: str) -> list[re.Match[str]]:
    """The matches of BODY_RE and of the rare groups' patterns, in the text's order."""
    hits = list(BODY_RE.finditer(text))
    rare = list(U_GROUPS_RE.finditer(text))
    if "Q" in text:
        rare += QAEDA_RE.finditer(text)
    return sorted(hits + rare, key=lambda m: m.start()) if rare else hits


class _Spans:
    """The organisations' mentions found so far, sorted by start, kept up to date by _add: whether one holds
    a span is read among those starting at most the longest mention's length before it, not over them all
    (a text naming thousands of bodies)."""

    def __init__(self, found: Found) -> None:
        self.spans = sorted((sp.start, sp.end) for o in found.orgs.values() for sp in o.mentions)
        self.longest = max((e - s for s, e in self.spans), default=0)

    def inside_another(self, s: int, e: int) -> bool:
        """any(a <= s and e <= b and (a, b) != (s, e)) over the spans."""
        spans = self.spans
        first = bisect.bisect_left(spans, (s - self.longest, -1))
        last = bisect.bisect_left(spans, (s + 1, -1))
        return any(e <= b and (a, b) != (s, e) for a, b in spans[first:last])

    def add(self, s: int, e: int) -> None:
        bisect.insort(self.spans, (s, e))
        self.longest = max(self.longest, e - s)


def _add(found: Found, spans: _Spans, name: str, s: int, e: int, alias: str | None = None) -> Org | None:
    orgs = found.orgs
    if spans.inside_another(s, e):
        return None  # inside a longer name found already ("the Senate Armed Services Committee")
    org = orgs.get(name)
    if org is None:
        org = orgs[name] = Org(name, "organization")
    if alias and alias not in org.aliases:
        org.aliases.append(alias)
    if not any(sp.start == s for sp in org.mentions):
        org.mentions.append(Span(s, e))
        spans.add(s, e)
    org.venue_only = False
    return org


def _legislatures(found: Found, spans: _Spans) -> None:
    """'Congress funded the beds', 'The Senate passed a bill', 'The House has yet to vote' (an American text)."""
    text = found.text
    named = [o.name for o in found.orgs.values()]
    for m in LEGISLATURE_RE.finditer(text):
        chamber = m.group("chamber")
        if chamber is None:
            _add(found, spans, "Congress", m.start(), m.end())
            continue
        if any(n.endswith(" " + chamber) or n.startswith(chamber + " of ") for n in named):
            continue  # "the California Senate ... the Senate", "the House of Commons ... the House": that body's
        if chamber == "Senate":
            _add(found, spans, "Senate", m.start(), m.end())
        elif "House of" not in text and american(text):
            _add(found, spans, "House of Representatives", m.start(), m.end(), alias="the House")


__all__ = ["NAMES", "known_bodies"]
