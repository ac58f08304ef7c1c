"""The organisations found so far in one English text, by name, and how a span of the text is
added to them: trimmed of a sentence's leading "The" or a role ("CEO of ..."), of people's names
in it, looked up in the gazetteer (a known body is no new organisation), with the acronym it is
given in brackets as an alias. Shared by the finders of organisations.py and org_cues.py."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from briefing_app.analysis import gazetteer
from briefing_app.analysis.org_homes import home_of
from briefing_app.analysis.org_people import without_people
from briefing_app.analysis.roles import ROLE_WORDS
from briefing_app.core.model import Span

CAPW = r"(?:[A-Z][\w&-]*|(?:[A-Z]\.){1,})"
# (a lookbehind written after a pattern's first capital, "[A-Z](?<![\w-][A-Z])", lets the regex engine skip
# ahead to capitals: the same as the lookbehind before it, and much faster to scan)
LINK = r"(?:[ \t]+(?:of|for|and|on|the|de|&)){0,2}[ \t]+"
# the words before an organisation noun, matched backwards from it ("National Intelligence" Service)
# (a possessive plural that is part of names: "Children's Hospital", "People's Bank", "Veterans' Affairs")
NAME_POSSESSIVE = r"(?:Children|Women|Men|People)(?:'s|’s)|(?:Veterans|Workers|Farmers|Teachers)(?:'|’)"
# (LEFT_RE, r"(?<![\w’'-])(?:(?:" + NAME_POSSESSIVE + "|" + CAPW + ")" + LINK + r"){0,7}\Z" searched in a window ending
# there, is read as two patterns: its matches that hold a word, the first word's capital read before the lookbehind (the
# rest of NAME_POSSESSIVE's and CAPW's branches after it), which lets the engine skip ahead to capitals instead of trying
# the pattern at every position, ~2,000 instructions a character; and else its empty match at the window's end. A match
# ends at the window's end, so where it starts is all it tells, whichever branch reads a word. left_names)
LEFT_WORDS_RE = re.compile(r"[A-Z](?<![\w’'-][A-Z])(?:(?<=C)hildren['’]s|(?<=W)omen['’]s|(?<=M)en['’]s|(?<=P)eople['’]s|"
                           r"(?<=V)eterans['’]|(?<=W)orkers['’]|(?<=F)armers['’]|(?<=T)eachers['’]|[\w&-]*|\.(?:[A-Z]\.)*)"
                           + LINK + r"(?:(?:" + NAME_POSSESSIVE + "|" + CAPW + ")" + LINK + r"){0,6}\Z")
NO_WORD_BEFORE_RE = re.compile(r"(?<![\w’'-])")
CALENDAR = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
                     "July August September October November December".split())
# (a possessive pronoun opening a sentence is no part of the body's name: "Its Investigating Directorate, led by X, ..."; but
# "Her Majesty's Treasury" keeps its "Her", and "Our" opens names: "Our Principles PAC", "Our Revolution")
# (a sentence's opening subordinator, question word, auxiliary or focus word is no word of a body's name either: "What
# Congress must not do is ...", "Should Parliament act?", "Unlike Boeing Co., ...", "Only the European Commission can ..."
# gave the bodies "What Congress", "Should Parliament", "Unlike Boeing Co", "Only the European Commission")
LEAD_STOP_RE = re.compile(r"(?:The|A|An|This|That|But|And|In|On|At|For|Under|When|While|If|As|By|With|From|Former|Retired|Longtime|"
                          r"Its|Their|(?:His|Her)(?![ \t]+Majesty)|"
                          r"What|Which|Why|How|Where|Whether|Who|Whose|Although|Though|Because|Since|Unless|Once|Until|"
                          r"Despite|Unlike|After|Before|Should|Could|Would|Can|Did|Does|Is|Are|Was|Were|Has|Have|Had|"
                          r"Only|Even|Neither|Nor|Either|Both|Yet|So|Or)[ \t]+")
LEAD_ROLE_RE = re.compile(r"([A-Z][\w-]*)[ \t]+(?:(?:of|for|at|on)[ \t]+)?(?:the[ \t]+)?")
# "the 5th U.S. Circuit Court of Appeals", "the 9th Circuit", "the U.S. Navy's 7th Fleet": a numbered court, fleet or unit
# keeps its number (the capitalised run the finders read starts after it)
ORDINAL_BEFORE_RE = re.compile(r"(?<![\w.-])(?:[1-9]|1[0-9])(?:st|nd|rd|th)[ \t]+\Z")
NUMBERED_RE = re.compile(r"(?:U\.S\.[ \t]+)?(?:Circuit|District|Fleet|Army|Corps|Division|Brigade|Infantry|Armored|Airborne|"
                         r"Precinct|Congressional[ \t]+District)\b")
VENUE_BEFORE_RE = re.compile(r"\b(?:told|to|on|in)[ \t]+(?:the[ \t]+)?(?:[\w’'-]+(?:’s|'s)[ \t]+)?(?:state-run[ \t]+)?$")


def left_names(text: str, start: int, end: int) -> re.Match[str] | None:
    """The capitalised words (and the small words linking them) that run up to `end` from as far back as `start`
    allows (LEFT_RE.search(text, start, end), LEFT_RE above), or the empty match at `end` when none do and no word ends
    there, or None."""
    return LEFT_WORDS_RE.search(text, start, end) or NO_WORD_BEFORE_RE.match(text, end, end)


@dataclass
class Org:
    name: str
    kind: str = "organization"
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    venue_only: bool = True


PLURAL_PEOPLE = frozenset("members envoys officials leaders delegates troops supporters lawmakers staff employees "
                          "workers negotiators diplomats fighters soldiers republicans democrats "
                          # a sentence's capitalised plural before "of" ("Critics of Boeing Co. said", "Shares of Tesla
                          # Inc. fell"): the people or the stock of the body, not a word of its name
                          "critics opponents customers clients residents users voters shareholders investors citizens "
                          "students patients parents owners fans shares stocks bonds".split())


def _plural_role(word: str) -> bool:
    """'Envoys', 'Members': people of a body, before "of the" ("Envoys of the Sudanese Armed Forces")."""
    low = word.lower()
    return low in PLURAL_PEOPLE or low.endswith("s") and low[:-1] in ROLE_WORDS


PLACE_NOUNS = ("County ", "City ", "Township ", "Borough ", "Parish ")
# a party's word that opens its bodies' names ("Republican National Committee", "Republican Jewish Coalition"), unless a
# chamber follows it (then it is the party of the member the name is a title of)
PARTY_LEADS = frozenset(("Republican", "Democrat"))
CHAMBERS = ("House ", "Senate ", "Assembly ", "State ", "Congress")


LINK_RE = re.compile(r"(?:of|for|and|on|the|de)[ \t]+")


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop a leading "The"/"But" and the like, which a sentence start capitalises, and a
    leading role ("CEO of the U.S. Studies Centre"; but "General Motors" keeps its "General")."""
    while True:
        m = LEAD_STOP_RE.match(text, s, e)
        if m:
            s = m.end()
            continue
        r = LEAD_ROLE_RE.match(text, s, e)
        if r and (r.group(1).lower() in ROLE_WORDS or _plural_role(r.group(1)) and r.group().rstrip().endswith(("of", "the"))) \
                and not (r.group(1) == "General" and r.end() == s + 8) \
                and len(text[r.end():e].split()) > 1 and not text.startswith(PLACE_NOUNS, r.end()) \
                and not (r.group(1) in PARTY_LEADS and not text.startswith(CHAMBERS, r.end())
                         and r.group()[len(r.group(1)):].isspace()):  # ("the top Democrat on the Homeland Security
            # Committee": the member's words before the committee's name)
            # ("Premier League": the league's word, not a premier's; "King County Metro": a county's name; "Republican
            # National Committee": the party's body, but "Republican House Judiciary Committee Chairman X": a member's)
            s = r.end()
            continue
        link = LINK_RE.match(text[s:e])  # "Democrat on the Senate ..."
        if link:
            s += link.end()
            continue
        return s, e


@dataclass
class Found:
    """The organisations found in `text` so far, by name, and the acronyms its brackets give names."""
    text: str
    is_person: Callable[[str], bool]
    orgs: dict[str, Org] = field(default_factory=dict)
    acronyms: dict[str, str] = field(default_factory=dict)

    def add(self, s: int, e: int, kind: str = "organization", alias: str | None = None) -> Org | None:
        """The organisation text[s:e] names (trimmed), with this mention; None for one word that is no
        known acronym (a name of one word needs a cue) and for a body the gazetteer knows."""
        text = self.text
        s, e = without_people(text, *trim(text, s, e), self.is_person)
        if s > 3 and text[s - 3:s - 1] in ("th", "st", "nd", "rd") and NUMBERED_RE.match(text, s, e) \
                and (num := ORDINAL_BEFORE_RE.search(text, max(0, s - 6), s)):
            s = num.start()  # ("the 5th U.S. Circuit Court of Appeals": the number is the court's)
        if text[e - 1:e] in ("'", "’") and text[e - 2:e - 1] == "s":
            e -= 1  # ("The Association of Southeast Asian Nations' secretary-general": a plural owner's apostrophe)
        name = text[s:e].rstrip(".")
        if len(name.split()) < 2 and kind == "organization" and alias is None and name not in self.acronyms:
            return None
        name = self.acronyms.get(name, name)
        if gazetteer.lookup(name):
            return None
        org = self.orgs.get(name)
        if org is None:
            org = self.orgs[name] = Org(name, kind, home_of(text, s, text[s:e]))
        if alias and alias not in org.aliases:
            org.aliases.append(alias)
        if not any(m.start == s for m in org.mentions):
            org.mentions.append(Span(s, s + len(name) if text.startswith(name, s) else e))
        if not VENUE_BEFORE_RE.search(text, max(0, s - 40), s):
            org.venue_only = False
        return org
