"""A person's aide, adviser or spokesman named by that person before the name ("Clinton top aide Huma Abedin",
"Former Obama economic adviser Jason Furman", "Trump's campaign spokesman X", "Clinton and top aide Jake Sullivan") or by a pronoun after the title
("A spokesman for her, Nick Merrill"): the affiliation is the principal, as a person's spokesman's is in the actor set
(en157), or the principal's country or place when the principal heads a government ("President Marcos's executive secretary" takes the Philippines, en168)."""
from __future__ import annotations

import functools
import re
from collections.abc import Callable

from briefing_app.analysis.given_names import sex_of
from briefing_app.core.model import Actor

AIDE_WORDS = ("aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "strategist", "speechwriter")
# "Clinton top aide ", "Obama's former economic adviser ": the principal's family name (a possessive too), up to two
# lower-case words (and "former"), the aide's word, right before the aide's name
PRINCIPAL_BEFORE_RE = re.compile(r"(?<![\w’'.-])(?P<boss>[A-Z][a-z][\w’'-]*?)(?:’s|'s)?[ \t]+"
                                 r"(?:(?!(?:and|or|of|the|a|an|to|for|with|as|is|was|said|says)[ \t])[a-z][\w-]*[ \t]+){0,2}"
                                 r"(?:aide|advis[eo]r|spokes(?:man|woman|person)|strategist|speechwriter)[ \t]+\Z")
# "Clinton and top aide Jake Sullivan flew ...", "Obama and his senior adviser X": a principal named with the aide, up to
# three lower-case words (a pronoun's "his"/"her" too) before the aide's word
PRINCIPAL_AND_RE = re.compile(r"(?<![\w’'.-])(?P<boss>[A-Z][a-z][\w’'-]*?)[ \t]+and[ \t]+(?:(?:his|her|their)[ \t]+)?"
                              r"(?:(?!(?:the|a|an|other|fellow)[ \t])[a-z][\w-]*[ \t]+){0,3}"
                              r"(?:aide|advis[eo]r|spokes(?:man|woman|person)|strategist|speechwriter)[ \t]+\Z")
# "A spokesman for her, X": the pronoun's person (the one named last before, of that sex)
FOR_PRONOUN_RE = re.compile(r"(?:aide|advis[eo]r|spokes(?:man|woman|person))[ \t]+for[ \t]+(?P<pron>her|him)[ \t]*,[ \t]+\Z")
# a principal's office whose holder's staff take the office's country or place, not the holder
OFFICES = ("President", "Vice President", "Prime Minister", "Premier", "Chancellor", "Taoiseach")  # (not a governor's or a
# mayor's: "Kasich's chief strategist John Weaver" runs a campaign, not Ohio's government)


def _ends_in_aide(title: str) -> bool:
    head = title.split(";")[0].split()
    return bool(head) and head[-1].lower() in AIDE_WORDS or " for her" in title or " for him" in title


# the heads of a staff post (written in lower case: "communications director", "campaign chairman"; not an office such as
# "Secretary" or "President", whose holder has a staff)
STAFF_HEADS = frozenset(AIDE_WORDS) | {"director", "manager", "chairman", "chairwoman", "chair", "pollster", "counsel", "lawyer",
                                       "secretary", "chief"}


def _on_staff(person: Actor) -> bool:
    """Does the person hold a staff post (a lower-case title ending in a staff word) or work for a campaign?"""
    head = (person.title or "").split(";")[0].split()
    return bool(head) and head[-1] in STAFF_HEADS or (person.affiliation or "").endswith(" campaign")


# "Jennifer Palmieri, who was Hillary Clinton's communications director,", "X, Obama's chief of staff,": a staff post a
# person's possessive names right after the name
STAFF_OF_AFTER_RE = re.compile(r",[ \t]+(?:who[ \t]+(?:was|is|had[ \t]+been|has[ \t]+been)[ \t]+(?:then[ \t]+)?)?"
                               r"(?P<boss>[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2})(?:’s|'s)[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}"
                               r"(?P<head>" + "|".join(sorted(STAFF_HEADS)) + r")(?:[ \t]+of[ \t]+staff)?(?=[,.;])")


HONOUR_SEX = {"Mrs": "f", "Ms": "f", "Miss": "f", "Mr": "m"}


def staff_of_named_after(text: str, actors: list[Actor]) -> None:
    """A person with a staff post and no affiliation whose appositive names a person's staff ("X, who was Hillary
    Clinton's communications director,"): that person (or the office's country, as aides gives)."""
    people = [a for a in actors if a.kind == "person"]
    for person in people:
        head = (person.title or "").split(";")[0].split()
        if person.affiliation or not head or head[-1] not in STAFF_HEADS and head[-3:] != ["chief", "of", "staff"] \
                or not person.mentions:
            continue
        m = next((m for s in person.mentions if (m := STAFF_OF_AFTER_RE.match(text, s.end))), None)
        if m is None:
            continue
        words = m.group("boss").split()
        honour = HONOUR_SEX.get(words[0].rstrip("."))  # ("Mrs. Obama's chief of staff": no Barack Obama's)
        found = [p for p in people if p is not person and p.name.split()[-1] == words[-1]
                 and (honour is None or (p.gender or sex_of(p.name.split()[0])) in (honour, None))]
        if len(found) == 1:
            boss = found[0]
            office = (boss.title or "").split(";")[0].strip()
            person.affiliation = boss.affiliation if office in OFFICES and boss.affiliation else boss.name


def aides(text: str, actors: list[Actor]) -> None:
    """Give each aide, adviser or spokesman with no affiliation the principal the words before the name name."""
    if "’s " in text or "'s " in text:
        staff_of_named_after(text, actors)
    people = [a for a in actors if a.kind == "person"]
    if not any(not p.affiliation and p.title and _ends_in_aide(p.title) for p in people):
        return  # (the people's titles first: a scan of the text for the words costs more than the whole rule)
    by_family: dict[str, list[Actor]] = {}
    for p in people:
        by_family.setdefault(p.name.split()[-1], []).append(p)
    for person in people:
        if person.affiliation or not person.title or not _ends_in_aide(person.title) or not person.mentions:
            continue
        boss = None
        for span in person.mentions:
            start = max(0, span.start - 60)
            m = PRINCIPAL_BEFORE_RE.search(text, start, span.start) or PRINCIPAL_AND_RE.search(text, start, span.start)
            if m:
                found = [p for p in by_family.get(m.group("boss"), ()) if p is not person]
                boss = found[0] if len(found) == 1 else None
                if boss is not None and " and " in m.group() and _on_staff(boss):
                    boss = None  # "her adviser Jake Sorrel and longtime aide Hana Abbot", "Manafort (campaign chairman)
                    # and campaign spokesman Jason Miller": two of one campaign's staff, not one's of the other
            else:
                pron = FOR_PRONOUN_RE.search(text, start, span.start)
                boss = _latest(people, span.start, person, "f" if pron.group("pron") == "her" else "m") if pron else None
                if boss is not None:
                    person.title = re.sub(r"[ \t]+for[ \t]+(?:her|him)\b", "", person.title)
            if boss is not None:
                break
        if boss is None:
            continue
        office = (boss.title or "").split(";")[0].strip()
        person.affiliation = boss.affiliation if office in OFFICES and boss.affiliation else boss.name


def last_named_before(actors: list[Actor], pos: int, keep: Callable[[Actor], bool]) -> Actor | None:
    """Of the actors keep accepts, the one whose last mention before pos comes latest."""
    best: tuple[int, Actor] | None = None
    for a in actors:
        before = [m.start for m in a.mentions if m.start < pos]
        if before and keep(a) and (best is None or max(before) > best[0]):
            best = (max(before), a)
    return best[1] if best else None


def _latest(people: list[Actor], pos: int, person: Actor, sex: str) -> Actor | None:
    """The person named last before pos (not the aide) whose given name is of the pronoun's sex, else the one named last
    whose given name tells no sex ("A spokesman for her": Hillary Clinton, not "Huma Abedin" named after her)."""
    def of_sex(a: Actor, wanted: str | None) -> bool:
        return a is not person and sex_of(a.name.split()[0]) == wanted

    for wanted in (sex, None):
        if boss := last_named_before(people, pos, functools.partial(of_sex, wanted=wanted)):
            return boss
    return None


__all__ = ["aides"]
