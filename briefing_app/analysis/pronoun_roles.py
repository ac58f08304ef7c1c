"""A person's post given in a later sentence whose subject is "He" or "She" or a description tied to them: "Peter Hale
died on Sunday. He founded Corvan Foods in 1990." / "She is a professor of law at Leiden University." / "Sen. Tom Cole
spoke. The senator, who chairs the Senate Finance Committee, said ..." The pronoun is the person the attribution rules would take it for (the subject of the last sentence
that names someone of that gender); the sentence is read as that person's relative clause ("X, who founded ...",
appositives.role_after), and gives an affiliation only when it names a body (a capitalised name), and a title only
to a person with none."""
from __future__ import annotations

import re

from briefing_app.analysis import gazetteer
from briefing_app.analysis.appositives import role_after
from briefing_app.analysis.document import Document
from briefing_app.analysis.roles import US_STATE_NAMES, Role
from briefing_app.core.model import Actor

# "He"/"She" opening a sentence, then a verb of being or holding a post (the literal " He "/" She " first: the regex
# engine finds those fast; most sentences that open so say something else and are not read further)
PRONOUN_RE = re.compile(r"(?:(?<=[.!?] )|(?<=[.!?][”\"’'] )|(?<=\n))(?P<p>He|She)(?= (?:is|was|has|had|also|now|"
                        r"previously|later|then|currently|still|once|became|joined|founded|co-founded|heads|headed|leads|"
                        r"led|chairs|chaired|runs|ran|directs|directed|works|worked|serves|served)\b)")
# a body's name and nothing else ("Corvan Foods", "Leiden Centre for Water Research", "Corbin & Vale")
NAME_ONLY_RE = re.compile(r"[A-Z][\w&.’'-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w&.’'-]*)*")


def pronoun_roles(doc: Document) -> None:
    text = doc.actor_text
    people = [a for a in doc.actors if a.kind == "person" and not a.affiliation]
    if not people:
        return
    for actor in people:  # "Sen. Tom Cole spoke. The senator, who chairs the Senate Finance Committee, said": the
        for span in actor.mentions:  # description coref tied to the person, then its relative clause or appositive
            if text.startswith((", ", " is "), span.end) and text.startswith(("The ", "the "), span.start) \
                    and _take(actor, role_after(text, span.end, _line_end(text, span.end))):
                break
    if " He " not in text and " She " not in text and "\nHe " not in text and "\nShe " not in text:
        return
    table = doc.actor_table
    by_name = {a.name: a for a in people}
    for m in PRONOUN_RE.finditer(text):
        pos = m.start()
        before = doc.sentences.of(max(0, doc.sentences.of(pos)[0] - 1))[0]  # (named in the sentence before: not "The
        canon = table.nearest_person(pos, m.group("p"), floor=before,  # Montana senator ... . He chairs" of another)
                                     sentence_start=lambda p: doc.sentences.of(p)[0])
        person = by_name.get(canon) if canon else None
        if person is None or person.affiliation:
            continue
        clause = "X, who" + text[m.end():_line_end(text, m.end())]
        _take(person, role_after(clause, 1, len(clause)))


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return end if end != -1 else len(text)


def _take(actor: Actor, role: Role) -> bool:
    """Give the actor the role's affiliation when it is a body's name (no country or US state: "He leads ... in New
    Hampshire"), and its title when the actor has none."""
    if role.affiliation and NAME_ONLY_RE.fullmatch(role.affiliation) and role.affiliation not in US_STATE_NAMES \
            and (gazetteer.lookup(role.affiliation) or ("", ""))[1] != "country":
        actor.affiliation = role.affiliation
        actor.title = actor.title or role.title
        return True
    return False


__all__ = ["pronoun_roles"]
