"""A central bank's own people and organs in English news: "Governor Michelle Bowman" in a sentence about the Federal
Reserve's committee is the Fed's governor, not the governor of the one US state the text names ("in Birmingham,
Alabama"); "Governor Andrew Bailey" after "The Bank of England cut its main rate" is the Bank's; and a monetary-policy
organ named with no parent ("The Federal Open Market Committee voted", "The Monetary Policy Committee voted 5-4") is
the organ of the text's one central bank. Runs before local.states, which would give a bare "Governor" a state."""
from __future__ import annotations

import re

from briefing_app.analysis.document import Document
from briefing_app.core.model import Actor

# a central bank's name ("Federal Reserve", "European Central Bank", "Reserve Bank of India", "Bank of England",
# "People's Bank of China", "Bundesbank"); not "World Bank", "Bank of America" (a lender: no central bank's word)
CENTRAL_BANK_RE = re.compile(r"Federal Reserve(?! Bank of)|(?:European |[A-Z][a-z]+ )?Central Bank\b|Reserve Bank\b|"
                             r"People['’]s Bank of|Bank of (?:England|Japan|Canada|Korea|Israel|Mexico|Thailand|Ghana|Uganda|"
                             r"Russia|Italy|France|Spain|Greece|Portugal|Jamaica|Tanzania|Zambia|Botswana|Namibia|Mauritius|"
                             r"Papua New Guinea)\b|Bundesbank|Riksbank|Norges Bank|Swiss National Bank|National Bank of")
# the organs that set a central bank's policy ("Federal Open Market Committee", "Monetary Policy Committee")
ORGAN_RE = re.compile(r"(?:Federal Open Market Committee|FOMC|Monetary Policy (?:Committee|Board|Council)|Governing Council|"
                      r"Board of Governors|Policy Board)")
FED_ORGANS = frozenset(("Federal Open Market Committee", "FOMC", "Board of Governors"))  # (the Fed's among several banks)
GOVERNOR_RE = re.compile(r"(?:(?:deputy|vice|former|acting)[ \t]+)?governor", re.I)


def central_banks(doc: Document) -> None:
    """The text's central banks' organs and governors (see the module's docstring)."""
    banks = [a for a in doc.actors if a.kind == "organization" and ("Bank" in a.name or "Reserve" in a.name or "bank" in a.name)
             and CENTRAL_BANK_RE.match(a.name)]  # (the names, not the text: a text's scan for "Bank" costs more)
    if not banks:
        return
    fed = next((b for b in banks if b.name == "Federal Reserve"), None)
    for org in doc.actors:
        if org.kind != "organization" or org in banks or not ORGAN_RE.fullmatch(org.name):
            continue
        bank = fed if fed is not None and org.name in FED_ORGANS else banks[0] if len(banks) == 1 else None
        if bank is not None and org.affiliation in (None, bank.affiliation):
            org.affiliation = bank.name  # ("Federal Open Market Committee": the Fed's, not the country's)
    organs = [o for o in doc.actors if o.affiliation in {b.name for b in banks} and o.kind == "organization"]
    for person in doc.actors:
        if person.kind != "person" or person.affiliation or not person.mentions \
                or not GOVERNOR_RE.fullmatch((person.title or "").split(";")[0].strip()):
            continue
        bank = _bank_near(doc, person, banks, organs)
        if bank is not None:
            person.affiliation = bank.name


def _bank_near(doc: Document, person: Actor, banks: list[Actor], organs: list[Actor]) -> Actor | None:
    """The central bank the person's sentence or the one before it (in its paragraph) names, itself or by one of its
    organs; the one named last when several are."""
    at = person.mentions[0].start
    start, end = doc.sentences.of(at)
    before = doc.sentences.of(start - 1) if start > 0 else (start, end)
    if "\n" not in doc.actor_text[before[1]:start]:
        start = before[0]
    named = [(sp.start, bank) for bank in banks for sp in bank.mentions if start <= sp.start < end and sp.start != at]
    named += [(sp.start, next(b for b in banks if b.name == organ.affiliation)) for organ in organs
              for sp in organ.mentions if start <= sp.start < end]
    return max(named, key=lambda n: n[0])[1] if named else None


__all__ = ["central_banks"]
