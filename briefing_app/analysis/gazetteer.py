"""A small built-in gazetteer: countries with their capitals, seats of government and
demonyms (metonyms like "Moscow", "the Kremlin", "Russian" stand for Russia), and a few
international organisations. Longest names are matched first.
"""
from __future__ import annotations

import functools
import re

from briefing_app.analysis.trie import trie_pattern as trie_pattern  # one builder for all (re-exported)

# canonical name: aliases (capital, seat of government, demonym, short forms)
COUNTRIES: dict[str, list[str]] = {
    "United States": ["U.S.", "US", "USA", "U.S.A.", "America", "American", "Americans", "Washington"],
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
    "Azerbaijan": ["Baku", "Azerbaijani"],
    "Armenia": ["Yerevan", "Armenian"],
    "Finland": ["Helsinki", "Finnish"],
    "Sweden": ["Stockholm", "Swedish"],
    "Norway": ["Oslo", "Norwegian"],
    "Denmark": ["Copenhagen", "Danish"],
    "Netherlands": ["The Hague", "Dutch", "Amsterdam"],
    "Belgium": ["Belgian"],
    "Austria": ["Vienna", "Austrian"],
    "Switzerland": ["Bern", "Swiss"],
    "Greece": ["Athens", "Greek"],
    "Hungary": ["Budapest", "Hungarian"],
    "Romania": ["Bucharest", "Romanian"],
    "Serbia": ["Belgrade", "Serbian"],
    "Estonia": ["Tallinn", "Estonian"],
    "Latvia": ["Riga", "Latvian"],
    "Lithuania": ["Vilnius", "Lithuanian"],
    "Moldova": ["Chisinau", "Moldovan"],
    "Portugal": ["Lisbon", "Portuguese"],
    "Ireland": ["Dublin", "Irish"],
    "Kazakhstan": ["Astana", "Kazakh"],
    "Indonesia": ["Jakarta", "Indonesian"],
    "Malaysia": ["Kuala Lumpur", "Malaysian"],
    "Thailand": ["Bangkok", "Thai"],
    "Singapore": ["Singaporean"],
    "South Africa": ["Pretoria", "South African"],
    "Kenya": ["Nairobi", "Kenyan"],
    "Ethiopia": ["Addis Ababa", "Ethiopian"],
    "Argentina": ["Buenos Aires", "Argentine", "Argentinian"],
    "Chile": ["Santiago", "Chilean"],
    "Colombia": ["Bogota", "Colombian"],
    "United Arab Emirates": ["UAE", "Abu Dhabi", "Emirati"],
    "Kuwait": ["Kuwaiti"],
    "Oman": ["Muscat", "Omani"],
    "Algeria": ["Algiers", "Algerian"],
    "Morocco": ["Rabat", "Moroccan"],
    "Sudan": ["Khartoum", "Sudanese"],
    "South Sudan": ["Juba", "South Sudanese"],
    "Democratic Republic of Congo": ["Democratic Republic of the Congo", "DR Congo", "DRC", "Congo", "Kinshasa", "Congolese"],
    "Rwanda": ["Kigali", "Rwandan"],
    "Uganda": ["Kampala", "Ugandan"],
    "Tanzania": ["Dodoma", "Tanzanian"],
    "Somalia": ["Mogadishu", "Somali"],
    "Burundi": ["Gitega", "Burundian"],
    "Mali": ["Bamako", "Malian"],
    "Senegal": ["Dakar", "Senegalese"],
    "Ghana": ["Accra", "Ghanaian"],
    "Zimbabwe": ["Harare", "Zimbabwean"],
    "Zambia": ["Lusaka", "Zambian"],
    "Angola": ["Luanda", "Angolan"],
    "Mozambique": ["Maputo", "Mozambican"],
    "Cameroon": ["Yaounde", "Cameroonian"],
    "Tunisia": ["Tunis", "Tunisian"],
    "Myanmar": ["Naypyidaw", "Burmese"],
    "New Zealand": ["Wellington"],
    # (more of Europe, Asia, Africa and the Americas; no capital that is also a given name, "Sofia", nor a country
    # named like a person or a US state, "Chad", "Georgia")
    "Slovakia": ["Bratislava", "Slovak"], "Czech Republic": ["Czechia", "Prague", "Czech"],
    "Bulgaria": ["Bulgarian"], "Croatia": ["Zagreb", "Croatian"], "Slovenia": ["Ljubljana", "Slovenian"],
    "Albania": ["Tirana", "Albanian"], "North Macedonia": ["Skopje"], "Montenegro": ["Podgorica"], "Kosovo": ["Pristina"],
    "Bosnia and Herzegovina": ["Bosnia", "Sarajevo", "Bosnian"], "Iceland": ["Reykjavik", "Icelandic"],
    "Cyprus": ["Nicosia", "Cypriot"], "Malta": ["Valletta", "Maltese"],
    "Bangladesh": ["Dhaka", "Bangladeshi"], "Sri Lanka": ["Colombo", "Sri Lankan"], "Nepal": ["Kathmandu", "Nepali", "Nepalese"],
    "Uzbekistan": ["Tashkent", "Uzbek"], "Kyrgyzstan": ["Bishkek", "Kyrgyz"], "Tajikistan": ["Dushanbe", "Tajik"],
    "Turkmenistan": ["Ashgabat", "Turkmen"], "Mongolia": ["Ulaanbaatar", "Mongolian"], "Cambodia": ["Phnom Penh", "Cambodian"],
    "Laos": ["Vientiane", "Laotian"], "Bahrain": ["Manama", "Bahraini"],
    "Peru": ["Peruvian"], "Ecuador": ["Quito", "Ecuadorian"], "Bolivia": ["La Paz", "Bolivian"],
    "Paraguay": ["Asuncion", "Paraguayan"], "Uruguay": ["Montevideo", "Uruguayan"], "Guatemala": ["Guatemalan"],
    "Honduras": ["Tegucigalpa", "Honduran"], "El Salvador": ["San Salvador", "Salvadoran"], "Nicaragua": ["Managua", "Nicaraguan"],
    "Haiti": ["Port-au-Prince", "Haitian"], "Dominican Republic": ["Santo Domingo", "Dominican"],
    "Jamaica": ["Jamaican"], "Niger": ["Niamey", "Nigerien"], "Burkina Faso": ["Ouagadougou", "Burkinabe"],
    "Eritrea": ["Asmara", "Eritrean"], "Djibouti": [], "Namibia": ["Windhoek", "Namibian"], "Botswana": ["Gaborone"],
    "Malawi": ["Lilongwe", "Malawian"], "Madagascar": ["Antananarivo", "Malagasy"], "Ivory Coast": ["Abidjan", "Ivorian"],
}
ORGANISATIONS: dict[str, list[str]] = {
    "NATO": [],
    "European Union": ["EU", "E.U.", "Brussels"],
    "United Nations": ["UN", "U.N."],
    "UN Security Council": ["UNSC", "Security Council", "U.N. Security Council"],
    "Proliferation Security Initiative": [],
    "Pentagon": ["the Pentagon"],
    "White House": ["the White House"],
    "State Department": ["the State Department"],
    "Hamas": [],
    "Hezbollah": [],
    "Greenpeace": [],
    "Amnesty International": [],
    "World Bank": [],
    "International Monetary Fund": ["IMF"],
    "World Health Organization": ["WHO"],
    "African Union": ["AU"],
    "Group of Seven": ["G7", "G-7"],
    "Federal Reserve": ["the Fed", "Federal Reserve Board"],
    "European Central Bank": ["ECB"],
    "World Trade Organization": ["WTO"],
    "International Atomic Energy Agency": ["IAEA"],
    "Central Intelligence Agency": ["CIA"],
    "Federal Bureau of Investigation": ["FBI"],
    "Mossad": [],
    "OPEC": ["OPEC+"],
}
# national bodies of the list above and the country they belong to
HOME: dict[str, str] = {"Pentagon": "United States", "White House": "United States", "State Department": "United States", "Federal Reserve": "United States",
                        "Central Intelligence Agency": "United States", "Federal Bureau of Investigation": "United States",
                        "Mossad": "Israel"}
# countries people are named after ("Israel Katz", "India Walton", "France Gélinas"): before a family name they open the
# person's name (names._surname_place), and the country is no actor there (places.place_actors)
GIVEN_NAME_PLACES = frozenset({"Israel", "India", "France", "Kenya", "Ireland", "America", "Cuba"})
# Aliases too ambiguous to count on their own ("Washington" state, "Jordan" the name).
WEAK_ALIASES = frozenset({"Washington", "Jordan", "Turkey", "Georgia", "US", "Korea", "Korean", "the North", "The North", "Rome",
                          "Paris"})

ALIAS_TO_NAME: dict[str, tuple[str, str]] = {}
for _name, _aliases in COUNTRIES.items():
    for _a in [_name, *_aliases]:
        ALIAS_TO_NAME[_a] = (_name, "country")
        if _a.startswith("the "):  # ("The North has long called the drills ...": the sentence's first word)
            ALIAS_TO_NAME["The " + _a[4:]] = (_name, "country")
for _name, _aliases in ORGANISATIONS.items():
    for _a in [_name, *_aliases]:
        ALIAS_TO_NAME[_a] = (_name, "organization")



def word_hits(text: str, words: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Where each of a few lower-case words occurs in text as a whole word, in text order (str.find for each
    word: much faster than one regex alternation that must be tried at every position)."""
    out = []
    for w in words:
        at = text.find(w)
        while at != -1:
            end = at + len(w)
            if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_")) \
                    and (end == len(text) or not (text[end].isalnum() or text[end] in "-_")):
                out.append((at, end, w))
            at = text.find(w, end)
    return sorted(out)


PLACE_RE = re.compile(
    r"(?:"
    + trie_pattern(list(ALIAS_TO_NAME), not_after=r"[\w.]")
    + r")(?![\w-])(?!\s+(?:Times|Post|Journal|News|Daily|Herald|Tribune|Street|University|Centre|Center|"
    r"Institute|Examiner|Redskins|Nationals|Wizards|Capitals|Monthly|Review|Square|Airport|Today|TODAY))(?:’s|'s)?"
)
# (not the capitals and seats that end like one: "Nairobi", "Helsinki", "Yerevan")
CAPITALS_LIKE_DEMONYMS = frozenset({"Abu Dhabi", "Hanoi", "Helsinki", "Nairobi", "New Delhi", "Taipei", "Tripoli",
                                    "Zhongnanhai", "Yerevan", "Tehran", "Amman", "Teheran", "Islamabad", "Canberra", "Ankara"})
# (and the country adjectives that end otherwise: "the Philippine Senate", "a Swiss bank", "the Greek coast guard")
OTHER_DEMONYMS = frozenset({"Philippine", "Filipino", "Swiss", "Greek", "Kazakh", "Argentine", "Cypriot", "Slovak", "Icelandic",
                            "Uzbek", "Kyrgyz", "Tajik", "Turkmen", "Nigerien", "Burkinabe", "Malagasy"})
DEMONYMS = frozenset(a for names in COUNTRIES.values() for a in names
                     if a.endswith(("an", "ese", "ish", "i", "ch")) and a not in CAPITALS_LIKE_DEMONYMS
                     or a in OTHER_DEMONYMS)


@functools.lru_cache(maxsize=4096)
def lookup(alias: str) -> tuple[str, str] | None:
    """(canonical name, kind) for a place or organisation alias, possessive allowed."""
    alias = re.sub(r"(?:’s|'s)$", "", alias.strip())
    if alias.lower().startswith("the ") and alias not in ALIAS_TO_NAME:
        alias = alias[4:]
    return ALIAS_TO_NAME.get(alias) or ALIAS_TO_NAME.get("the " + alias)
