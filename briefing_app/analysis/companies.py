"""Companies news names with no cue word ("Goldman Sachs advised the seller", "Maersk said it would ..."):
banks and deal advisers, shipping lines, carmakers, energy, technology and drug companies big enough
that a wire names them bare. Each canonical name with the short forms a text uses for it. Names that
are also common words or family names (Ford, Shell, Amazon, Apple) are left out: a rule finds them
from their cue words ("the carmaker Ford") or their acts ("Ford said it ..."); so are platforms (Facebook,
TikTok, Netflix), far more often where something was posted or watched than a company that acts. Well-known
political parties named bare ("Labour", "Reform UK") are read the same way."""
from __future__ import annotations

import re

from briefing_app.analysis import gazetteer
from briefing_app.analysis.gazetteer import trie_pattern

COMPANIES: dict[str, list[str]] = {
    # banks, deal advisers, asset managers
    "Goldman Sachs": [], "Morgan Stanley": [], "JPMorgan Chase": ["JPMorgan", "JP Morgan"], "Citigroup": ["Citi"],
    "Bank of America": ["BofA"], "Wells Fargo": [], "Lazard": [], "Evercore": [], "Jefferies": [], "Barclays": [],
    "HSBC": [], "UBS": [], "Deutsche Bank": [], "BNP Paribas": [], "Credit Suisse": [], "Nomura": [],
    "Rothschild & Co": [], "BlackRock": [], "Blackstone": [], "KKR": [], "Carlyle Group": ["Carlyle"],
    "Santander": [], "Societe Generale": [], "Mizuho": [], "Macquarie": [],
    # shipping and logistics
    "A.P. Moller-Maersk": ["Maersk"], "Hapag-Lloyd": [], "CMA CGM": [], "Mediterranean Shipping Company": ["MSC"],
    "COSCO Shipping": ["COSCO", "Cosco"], "FedEx": [], "DHL": [],
    # aircraft, cars, industry
    "Boeing": [], "Airbus": [], "Embraer": [], "Volkswagen": ["VW"], "Toyota": [], "Stellantis": [], "Hyundai Motor": ["Hyundai"],
    "BMW": [], "Mercedes-Benz": [], "Renault": [], "Nissan": [], "Honda": [], "Siemens": [], "Caterpillar": [],
    # energy and mining
    "Exxon Mobil": ["ExxonMobil", "Exxon"], "Chevron": [], "TotalEnergies": [], "Saudi Aramco": ["Aramco"],
    "Gazprom": [], "Rosneft": [], "Glencore": [], "Rio Tinto": [], "BHP": [], "ConocoPhillips": [],
    # technology
    "Microsoft": [], "Alphabet": [], "Google": [], "Nvidia": [], "Intel": [], "Qualcomm": [], "ASML": [], "Samsung Electronics": ["Samsung"],
    "Taiwan Semiconductor Manufacturing Co": ["TSMC"], "Huawei": [], "OpenAI": [], "Tesla": [], "IBM": [], "Oracle": [],
    "Uber": [], "Alibaba": [], "Tencent": [], "ByteDance": [],
    # drugs and consumer
    "Pfizer": [], "Moderna": [], "AstraZeneca": [], "Novo Nordisk": [], "Eli Lilly": [], "Johnson & Johnson": [],
    "Roche": [], "Novartis": [], "Sanofi": [], "GSK": [], "Bayer": [], "Walmart": [], "Nestle": [], "Unilever": [],
}
# political parties a wire names bare ("Labour promised ...", "Reform UK leads the polls"); not "Conservatives" or
# "Democrats" alone (as often a camp or members as the party)
PARTIES: dict[str, list[str]] = {
    "Labour Party": ["Labour"], "Conservative Party": ["Tories"], "Reform UK": ["Reform"], "Liberal Democrats": ["Lib Dems", "Lib Dem"],
    "Scottish National Party": ["SNP"], "Plaid Cymru": [], "Alternative for Germany": ["AfD"], "National Rally": [],
    "Likud": [], "Fidesz": [], "Kuomintang": ["KMT"], "Democratic Progressive Party": ["DPP"], "Bharatiya Janata Party": ["BJP"],
    "New Democratic Party": ["NDP", "New Democrats"],  # (Canada's)
}
NAME_OF: dict[str, str] = {alias: name for table in (COMPANIES, PARTIES) for name, aliases in table.items()
                           for alias in [name, *aliases]}
# short names that are common words too: a party's only where the text names the party in full
SHORT_ONLY_WITH = {"Reform": "Reform UK"}
PARTY_NAMES = frozenset(alias for name, aliases in PARTIES.items() for alias in [name, *aliases])
MEMBERS = r"(?:MPs?|MEPs?|MSPs?|MLAs?|TDs?)\b"  # a party's members after its name ("Labour MPs")
COMPANY_RE = re.compile(trie_pattern(list(NAME_OF), not_after=r"[\w&.-]") + r"(?![\w&-]|[ \t]+(?!" + MEMBERS + r")[A-Z&])")
# a capitalised word before a name makes it part of a longer one ("Wells Fargo Center" is caught by the
# lookahead; "Chase Goldman Sachs" here), except words a sentence or phrase opens with
OPENERS = frozenset("The A An But And In On At For By From With As Of To Rival Former Both".split())
THING_AFTER_RE = re.compile(r"(?:’s|'s)?[ \t]+(?:\d|(?:store|stores|post|posts|page|pages|account|accounts|search|searches|"
                            r"driver|drivers|user|users|app|apps|ad|ads|video|videos|feed|jet|jets|plane|planes|airliner|"
                            r"loan|loans|phone|phones|product|products|profile|message|messages|live|friends|group|groups)\b)")
# ("Labour Minister David Clarinval": a portfolio, not the party; but "Labour MPs", "SNP MSPs" are the party's members)
CAPITAL_AFTER_RE = re.compile(r"[ \t]+(?!" + MEMBERS + r")[A-Z]")
ON_RE = re.compile(r"\b(?:on|via)[ \t]+$")
WORD_BEFORE_RE = re.compile(r"(?<![\w’'.-])([A-Z][\w’'-]*)[ \t]+$")


def mentions(text: str) -> list[tuple[str, int, int]]:
    """(canonical name, start, end) of every known company named in text, not inside a longer name."""
    out = []
    for m in COMPANY_RE.finditer(text):
        before = WORD_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        if before and before.group(1) not in OPENERS or ON_RE.search(text, max(0, m.start() - 6), m.start()) \
                or THING_AFTER_RE.match(text, m.end()) or m.group() in PARTY_NAMES and CAPITAL_AFTER_RE.match(text, m.end()):
            continue  # ("posted videos on TikTok": a platform as a place; "a FedEx store", "his Boeing 757": a thing)
        if m.group() in SHORT_ONLY_WITH and SHORT_ONLY_WITH[m.group()] not in text:
            continue  # "Reform" is Reform UK only in a text that names Reform UK
        out.append((NAME_OF[m.group()], m.start(), m.end()))
    return out


__all__ = ["COMPANIES", "PARTIES", "mentions"]


# a company named by a country and a company's word ("Japan Airlines", "Qatar Airways", "China Mobile", "U.S. Steel") or an
# airline by "Air" and a country ("Air India", "Air New Zealand"): the country in it is no actor nor the company's home
PLACE_COMPANY_WORDS = frozenset("Airlines Airways Air Mobile Telecom Steel Motors Electric Petroleum Tobacco Shipping".split())
COMPANY_AFTER_PLACE_RE = re.compile(r"[ \t]+(?:" + "|".join(sorted(PLACE_COMPANY_WORDS)) + r")(?![\w&-])")


def place_named(name: str) -> bool:
    """Is name a company's that a country's name opens ("China Mobile") or that "Air" and a country make ("Air India")?"""
    if name.startswith("Air "):
        hit = gazetteer.lookup(name[4:])
        return hit is not None and hit[1] == "country"
    if name[name.rfind(" ") + 1:] not in PLACE_COMPANY_WORDS:
        return False  # (a cheap test before the places' pattern)
    place = gazetteer.PLACE_RE.match(name)
    return place is not None and COMPANY_AFTER_PLACE_RE.fullmatch(name, place.end()) is not None
