"""A small built-in gazetteer: countries with their capitals, seats of government and
demonyms (metonyms like "Moscow", "the Kremlin", "Russian" stand for Russia), and a few
international organisations. Longest names are matched first.
"""
from __future__ import annotations

import re

# canonical name: aliases (capital, seat of government, demonym, short forms)
COUNTRIES: dict[str, list[str]] = {
    "United States": ["U.S.", "US", "USA", "U.S.A.", "America", "American", "Americans", "Washington", "White House", "the White House"],
    "Russia": ["Moscow", "Kremlin", "the Kremlin", "Russian", "Russians", "Russian Federation"],
    "China": ["Beijing", "Chinese", "PRC", "People's Republic of China", "Zhongnanhai"],
    "North Korea": ["Pyongyang", "DPRK", "North Korean", "North Koreans", "the North"],
    "South Korea": ["Seoul", "Republic of Korea", "ROK", "South Korean", "South Koreans", "Korea", "Korean"],
    "Japan": ["Tokyo", "Japanese"],
    "Ukraine": ["Kyiv", "Kiev", "Ukrainian", "Ukrainians"],
    "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain", "British", "London", "Downing Street"],
    "France": ["Paris", "French", "the Elysee"],
    "Germany": ["Berlin", "German", "Germans"],
    "Italy": ["Rome", "Italian"],
    "Spain": ["Madrid", "Spanish"],
    "Poland": ["Warsaw", "Polish"],
    "Canada": ["Ottawa", "Canadian"],
    "Mexico": ["Mexico City", "Mexican", "Mexicans"],
    "Brazil": ["Brasilia", "Brazilian"],
    "India": ["New Delhi", "Indian"],
    "Pakistan": ["Islamabad", "Pakistani"],
    "Afghanistan": ["Kabul", "Afghan"],
    "Iran": ["Tehran", "Iranian", "Iranians"],
    "Iraq": ["Baghdad", "Iraqi", "Iraqis"],
    "Syria": ["Damascus", "Syrian", "Syrians"],
    "Israel": ["Jerusalem", "Israeli", "Israelis"],
    "Saudi Arabia": ["Riyadh", "Saudi", "Saudis"],
    "Turkey": ["Ankara", "Turkish"],
    "Egypt": ["Cairo", "Egyptian"],
    "Taiwan": ["Taipei", "Taiwanese"],
    "Australia": ["Canberra", "Australian"],
    "Vietnam": ["Hanoi", "Vietnamese"],
    "Philippines": ["Manila", "Filipino", "Philippine"],
    "Cuba": ["Havana", "Cuban", "Cubans"],
    "Venezuela": ["Caracas", "Venezuelan"],
    "Belarus": ["Minsk", "Belarusian"],
    "Libya": ["Tripoli", "Libyan"],
    "Yemen": ["Sanaa", "Yemeni"],
    "Lebanon": ["Beirut", "Lebanese"],
    "Jordan": ["Amman", "Jordanian"],
    "Qatar": ["Doha", "Qatari"],
    "Nigeria": ["Abuja", "Nigerian"],
}
ORGANISATIONS: dict[str, list[str]] = {
    "NATO": [],
    "European Union": ["EU", "E.U.", "Brussels"],
    "United Nations": ["UN", "U.N."],
    "UN Security Council": ["UNSC", "Security Council", "U.N. Security Council"],
    "Proliferation Security Initiative": [],
}
# Aliases too ambiguous to count on their own ("Washington" state, "Jordan" the name).
WEAK_ALIASES = frozenset({"Washington", "Jordan", "Turkey", "Georgia", "US", "Korea", "Korean", "the North", "Rome", "Paris"})

ALIAS_TO_NAME: dict[str, tuple[str, str]] = {}
for _name, _aliases in COUNTRIES.items():
    for _a in [_name, *_aliases]:
        ALIAS_TO_NAME[_a] = (_name, "country")
for _name, _aliases in ORGANISATIONS.items():
    for _a in [_name, *_aliases]:
        ALIAS_TO_NAME[_a] = (_name, "organization")

PLACE_RE = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(a) for a in sorted(ALIAS_TO_NAME, key=len, reverse=True))
    + r")(?![\w-])(?!\s+(?:Times|Post|Journal|News|Daily|Herald|Tribune|Street|University|Centre|Center|"
    r"Institute|Examiner|Redskins|Nationals|Wizards|Capitals|Monthly|Review|Square|Airport))(?:’s|'s)?"
)
DEMONYMS = frozenset(a for names in COUNTRIES.values() for a in names if a.endswith(("an", "ese", "ish", "i", "ch")))


def lookup(alias: str) -> tuple[str, str] | None:
    """(canonical name, kind) for a place or organisation alias, possessive allowed."""
    alias = re.sub(r"(?:’s|'s)$", "", alias.strip())
    if alias.lower().startswith("the ") and alias not in ALIAS_TO_NAME:
        alias = alias[4:]
    return ALIAS_TO_NAME.get(alias) or ALIAS_TO_NAME.get("the " + alias)
