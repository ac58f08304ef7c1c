"""People named right next to an organisation's name, who are no part of it ("Rob Haughton of the Greater
Phoenix Chamber", "Chief executive of the Refugee Council Enver Solomon"), and the organisation nouns that
end English organisation names (organisations.py scans for them)."""
from __future__ import annotations

import re
from collections.abc import Callable

# organisation nouns (organisations.py factors them into one pattern by common prefixes)
HEAD_WORDS = (
    "Committee Council Ministry Department Agency Service Party Institute Institution Center Centre Foundation "
    "Commission Bureau Association Corporation Company Union Court Parliament Assembly University Bank Fund Group "
    "Authority Organization Organisation Office Board Command Forces Guard Coalition Alliance Federation Society "
    "Cabinet Congress Senate Chamber Inc. Corp. Ltd. Co. Co College Academy Administration Movement Commons Lords Centers League Club "
    "System Division Representatives Delegates Directorate Programme Program Watch Corp Inc Ltd LLC plc PLC "
    "Consortium Confederation Hospital Clinic Trust Workers Bankers Caucus Tribunal Cooperative Co-operative Laboratory Museum "
    "Centres Partners Air Patrol"
).split()
HEADS_EXTRA = ["School District", "Air Lines", "Airlines", "Airways", "Public Schools", "City Schools", "County Schools", "Fraternal Order"]
# the kinds of US special districts ("Kings River Conservation District"): a name that ends in one and "District" is a
# body's (not_people; no head of HEAD_RE: each one more there costs a scan of the text)
DISTRICT_KINDS = frozenset("Water Conservation Irrigation Utility Utilities Sanitation Sanitary Fire Transit Park Parks "
                           "Hospital Healthcare Management Control Improvement Library".split())
ORG_NOUNS = frozenset(HEAD_WORDS)
# the last words of firms' names that are no organisation noun of HEAD_WORDS ("Securities and Exchange Commission" must
# stay one name) but end no person's name: "B. Riley Securities", "KKR Capital", "Blackstone Partners"
FIRM_WORDS = frozenset("Securities Capital Partners Holdings Investments Advisors Advisers Associates Management Ventures "
                        "Industries Enterprises Technologies Logistics "
                        # (session 26: the last words of pollsters', outlets', producers' and makers' names in the tuned
                        # PolNeAR articles read as people: "Edison Research", "Kantar Media", "Dow Chemical", "Nurses United")
                        "Research Media Productions Promotions Insights Chemical Chemicals Pharmaceuticals Motors Foods "
                        "Solutions Laboratories Labs Studios Entertainment Communications Consulting Analytics Strategies "
                        "Journalism Brands Resources Properties Therapeutics Biosciences Networks Electronics Health Energy "
                        "United".split())
PERSON_LINK_RE = re.compile(r"(?:[A-Z][\w’'.-]+[ \t]+){1,4}?(?P<sur>[A-Z][\w’'-]+)[ \t]+(?:of|at|for|from)[ \t]+(?:the[ \t]+)?(?=[A-Z])")
PERSON_TAIL_RE = re.compile(r"(?<=\w)[ \t]+(?P<given>[A-Z][\w’'-]+)[ \t]+(?P<sur>[A-Z][\w’'-]+)$")


def without_people(text: str, s: int, e: int, is_person: Callable[[str], bool]) -> tuple[int, int]:
    """A person named before "of"/"at" or right after the organisation is not part of its name
    ("Rob Haughton of the Greater Phoenix Chamber", "Fire Chief Joel Baker of the San Marcos Fire Department",
    "executive of the Refugee Council Enver Solomon"):
    a known family name, no organisation noun in the person's words, one on the organisation's side."""
    lead = PERSON_LINK_RE.match(text, s, e)
    if lead and is_person(lead.group("sur")) and not ORG_NOUNS & set(lead.group().split()) \
            and ORG_NOUNS & set(text[lead.end():e].split()):
        s = lead.end()
    tail = PERSON_TAIL_RE.search(text, s, e)
    if tail and is_person(tail.group("sur")) and not ORG_NOUNS & {tail.group("given"), tail.group("sur")} \
            and text[s:tail.start()].rsplit(None, 1)[-1] in ORG_NOUNS:
        e = tail.start()
    return s, e


__all__ = ["HEAD_WORDS", "HEADS_EXTRA", "ORG_NOUNS", "without_people"]
