"""English definite descriptions of people and the person each may stand for.

"the president-elect", "the minister", "The Ukrainian leader", "The New Hampshire senator",
"NATO's chief": a description fits a person when its head repeats the person's title or says
the same in other words (a leader is a president, prime minister or chancellor; a lawmaker a
senator or representative), and every other word is in the title, is a plain adjective ("top",
"veteran"), or names the person's country, state or organisation (a different one rules the
person out). The caller takes the latest person named before the description that fits; none
fits, nothing is tied. Used for speaker mentions (ActorTable.resolve) and for aliases (coref).
"""
from __future__ import annotations

import functools
import re

from briefing_app.analysis import gazetteer
from briefing_app.analysis.roles import AP_STATES, US_STATE_NAMES
from briefing_app.analysis.timeline import Timeline

# a head word and what a title may say instead (whole words or phrases of the title)
SYNONYMS: dict[str, str] = {
    "leader": r"president|prime minister|premier|chancellor|king|queen|emir|sultan|monarch|dictator|head of state|leader",
    "minister": r"minister|secretary",
    "diplomat": r"ambassador|envoy|diplomat|consul|negotiator|foreign minister|secretary of state|foreign secretary",
    "lawmaker": r"senator|representative|congressman|congresswoman|legislator|assemblyman|assemblywoman|lawmaker|"
                r"delegate|councilman|councilwoman|member of parliament",
    "legislator": r"senator|representative|congressman|congresswoman|legislator|assemblyman|assemblywoman|lawmaker",
    "senator": r"senator",
    "congressman": r"representative|congressman",
    "congresswoman": r"representative|congresswoman",
    "governor": r"governor",
    "executive": r"ceo|chief executive|executive|chairman|chairwoman|founder|president",
    "chief": r"chief|head|director|secretary general|secretary-general|director-general|commissioner|administrator",
    "chair": r"chair|chairman|chairwoman|chairperson|head",
    "head": r"head|chief|chair|chairman|chairwoman|director|leader",
    "nominee": r"nominee|candidate",
    "candidate": r"candidate|nominee",
    "spokesman": r"spokesman|spokesperson|press secretary",
    "spokeswoman": r"spokeswoman|spokesperson|press secretary",
}
_SYNONYM_RE = {head: re.compile(r"\b(?:" + alt + r")\b") for head, alt in SYNONYMS.items()}
PLAIN = frozenset("top senior veteran longtime new current embattled powerful influential outspoken".split())
# people named by their tie to someone ("Clinton's introducer"); "Ryan's office", "Hoff's letter" stay Ryan's, Hoff's
KIN_WORDS = frozenset("""woman man friend friends introducer wife husband son daughter brother sister mother father
    ally allies supporter supporters critic critics rival rivals opponent opponents deputy successor predecessor
    colleague colleagues""".split())
# "Clinton supporters", "Sanders protesters": a name, then a plural noun (a group, not the name)
GROUP_OF_RE = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,3}(?!(?:has|was|is|does)\b)(?P<noun>[a-z][\w-]*s)")
POSSESSED_RE = re.compile(r"(?P<who>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})(?:’s|'s)\s+"
                          r"(?P<mods>(?:[a-z][\w-]*\s+){0,2})(?P<head>[a-z][\w-]*)$")


SPLIT_RE = re.compile(r"[\s;]+")


def _words(text: str | None) -> set[str]:
    return {w.strip(".;,").lower() for w in SPLIT_RE.split(text or "") if w}


def head_fits(head: str, title: str | None) -> bool:
    """Does the title say the head word, itself or in other words?"""
    low = (title or "").lower()
    if head in _words(low):
        return True
    rx = _SYNONYM_RE.get(head)
    return bool(rx and rx.search(low))


def _place_of(words: str) -> str | None:
    """The country or US state a modifier names ("Ukrainian", "New Hampshire")."""
    if words in US_STATE_NAMES:
        return words
    hit = gazetteer.lookup(words)
    return hit[0] if hit and hit[1] == "country" else None


def _home(affiliation: str | None) -> str | None:
    return _place_of(affiliation) if affiliation else None


def title_words(title: str | None) -> set[str]:
    """The words of a title among which head_fits looks for a head (before its synonyms, SYNONYMS)."""
    return _words((title or "").lower())


def head_word(description: str) -> str | None:
    """The head word `fits` asks the title for: the possessed role's ("NATO's chief"), else the last word,
    lower-cased (None: no word). A title head_fits does not take for it fits no description with that head."""
    desc = description.strip()
    pos = POSSESSED_RE.fullmatch(desc)
    if pos:
        return pos.group("head")
    words = desc.split()
    return words[-1].lower() if words else None


@functools.lru_cache(maxsize=4096)
def fits(description: str, title: str | None, affiliation: str | None) -> bool:
    """Does a description ("the Ukrainian leader", without "the") fit a person with this title
    and affiliation?"""
    desc = description.strip()
    pos = POSSESSED_RE.fullmatch(desc)
    if pos:  # "NATO's chief", "Harris's campaign chair": the possessor is the person's organisation,
        who = gazetteer.lookup(pos.group("who"))  # country, or the one its organisation is named after
        owner = who[0] if who else pos.group("who")
        if not affiliation or not (owner == affiliation or affiliation.split()[0] == owner.split()[-1]):
            return False
        said = _words(title) | _words(affiliation)
        return head_fits(pos.group("head"), title) and all(w in said for w in pos.group("mods").split())
    words = desc.split()
    if not words or not head_fits(words[-1].lower(), title):
        return False
    said = _words(title)
    rest = words[:-1]
    i = 0
    while i < len(rest):
        for n in (3, 2, 1):  # a place of up to three words ("New Hampshire")
            phrase = " ".join(rest[i:i + n])
            if len(rest) - i >= n and phrase[:1].isupper() and _place_of(phrase):
                home, place = _home(affiliation), _place_of(phrase)
                if home is not None and home != place and not (place in US_STATE_NAMES and home == "United States"):
                    return False  # "the Russian minister" is not Ukraine's; "the Ohio senator" may be American
                i += n
                break
        else:
            w = rest[i].lower()
            if w not in said and w not in PLAIN and w not in _words(affiliation):
                return False
            i += 1
    return True


# what the text says right after a person's name: a home ("Sen. Ted Cruz of Texas", "Paul Ryan, R-Wis.,", "Marco Rubio
# (R-Fla.)") or a described appositive ("Donald Trump, the billionaire real estate developer,")
HOME_AFTER_RE = re.compile(r"[ \t]+of[ \t]+(?P<state>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\b|,?[ \t]*\(?[RDI]-(?P<tag>(?:[A-Z]\.){2}|[A-Z][a-z]*\.?)")
DESCRIBED_AFTER_RE = re.compile(r",[ \t]+(?:the|a|an)[ \t]+(?P<words>[^,;:.!?“”\"()\n]{2,60}?)[,.;]")
PARTY_HEADS = frozenset(("republican", "democrat", "independent"))
# a singular noun of a person ("billionaire", "neurosurgeon", "developer", "businessman"): a head an appositive's word
# may give (not "campaign" of "a campaign spokesman", not "the attendees")
PERSON_NOUN_RE = re.compile(r"[a-z-]+(?:er|or|ist|ian|aire|ant|ent|eon|man|woman|ee)")


def said_after(text: str, mentions: list[tuple[int, int]]) -> tuple[str | None, set[str]]:
    """The US state the text names right after one of a person's mentions ("of Texas", "R-Fla."; None: none or
    several) and the words of the appositives that describe the person there."""
    homes: set[str] = set()
    words: set[str] = set()
    for _, end in mentions:
        m = HOME_AFTER_RE.match(text, end)
        if m:
            state = m.group("state") or AP_STATES.get(m.group("tag")) or m.group("tag").rstrip(".")
            if state in US_STATE_NAMES:
                homes.add(state)
        d = DESCRIBED_AFTER_RE.match(text, end)
        if d:
            words |= {w.lower() for w in d.group("words").split()}
    return (next(iter(homes)) if len(homes) == 1 else None), words


# the words that name a party in a description or a title, by the party ("the Democratic nominee", "the Tory MP")
PARTY_OF_WORD = {"democratic": "Democratic", "democrat": "Democratic", "democrats": "Democratic",
                 "republican": "Republican", "gop": "Republican", "republicans": "Republican",
                 "conservative": "Conservative", "tory": "Conservative", "labour": "Labour",
                 "liberal": "Liberal", "green": "Green", "reform": "Reform"}


def party_clash(description: str, words: set[str]) -> bool:
    """Does a description name a party ("the Democratic nominee") that the person's own words (title, affiliation,
    appositives, lower case) say is not theirs (a "Republican Representative", "the Republican nominee")? Unknown
    party: no clash."""
    said = {PARTY_OF_WORD[w] for w in description.lower().split() if w in PARTY_OF_WORD}
    theirs = {PARTY_OF_WORD[w] for w in words if w in PARTY_OF_WORD}
    return bool(said and theirs and not said & theirs)


def place_named(description: str) -> str | None:
    """The US state or country a description names before its head ("Texas senator" -> Texas)."""
    words = description.split()[:-1]
    for i in range(len(words)):
        for n in (2, 1):
            place = _place_of(" ".join(words[i:i + n])) if words[i][:1].isupper() else None
            if place:
                return place
    return None


AGE_RE = re.compile(r"(?<![\w’'-])[Tt]he[ \t]+(?P<age>\d{1,3})-year-old(?![\w-])")


def of_age(text: str, timeline: Timeline, age: str, pos: int) -> str | None:
    """'the 45-year-old': the latest person named before pos whose name the text follows with
    that age ("Maria Lopez, 45, a nurse")."""
    aged = re.compile(r"[^,\n]{0,40}?,[ \t]*" + re.escape(age) + r",")
    return next((canon for p, canon in timeline.before(pos) if aged.match(text, p, p + 60)), None)


__all__ = ["AGE_RE", "POSSESSED_RE", "fits", "head_fits", "head_word", "of_age", "title_words"]
