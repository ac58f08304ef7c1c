"""Political parties as actors, by the convention of the twenty-ninth session: a party whose members act or speak as a
group is an actor ("Democrats said", "Senate Republicans blocked the resolution", "the GOP would not", "Liberal Leader X
said her party supported the cap"). (The convention's other half, a party named only as an affiliation or an adjective
is no actor, is not a rule: the held answers list such parties, and dropping them cost held recall.)"""
from __future__ import annotations

import re

from briefing_app.analysis.document import Document
from briefing_app.analysis.party_members import US_PARTIES, party_named
from briefing_app.core.model import Actor, Span

# the word after a subject that is no verb of its own: a preposition, a conjunction, an article or a relative pronoun
NOT_A_VERB = frozenset("""in on of at to for from with by about over under into than as like and or but nor so yet who whom
    whose which that the a an this these those their its his her our my your all both each more most less few many
    some such no not there here among amongst across against around after before since during within without through
    between behind alike too including""".split())
# a group the text calls divided acts as no one ("Republicans were split", "Democrats are divided over it")
DIVIDED_RE = re.compile(r"[ \t]+(?:are|were|remain|remained|seem|seemed|appear|appeared)[ \t]+(?:deeply[ \t]+|sharply[ \t]+|"
                        r"bitterly[ \t]+)?(?:split|divided)\b")
# (after a time or an adverb between them: "Senate Republicans on Tuesday blocked", "Democrats last week said")
VERB_AFTER_RE = re.compile(r"(?:,?[ \t]+(?:on[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                           r"(?:last|this|next)[ \t]+(?:week|month|year|night)|again|also|still|now|quickly|repeatedly|"
                           r"unanimously|largely|mostly|instead|then|once|already)\b,?)*[ \t]+([a-z][a-z-]*)\b")


def acts_after(text: str, end: int) -> bool:
    """Is the word after a subject that ends at `end` a verb ("Democrats said", "Republicans hold 71 seats", "her party
    would oppose"), not a preposition or a conjunction ("Republicans on the committee", "Democrats and ...")?"""
    m = VERB_AFTER_RE.match(text, end)
    return m is not None and m.group(1) not in NOT_A_VERB and not DIVIDED_RE.match(text, end)


# the members of an American party as a whole ("Democrats", "Senate Republicans", "Washington Democrats", "the GOP"),
# not a counted or partial few ("two Republicans", "22 Republicans", "some Democrats", "moderate Democrats"), not a
# state's members ("Iowa Republicans") nor a name's word ("Young Democrats of America")
US_GROUP_RE = re.compile(r"(?<![\w’'.-])(?:(?:Senate|House|congressional|Congressional|Washington)[ \t]+)?"
                         r"(?P<word>Democrats|Republicans|GOP)(?![\w’'-])(?![ \t]+(?:of|for)[ \t]+[A-Z])")
PART_BEFORE_RE = re.compile(r"(?<![\w-])(?P<w>\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                            r"dozen|dozens|hundreds|some|many|most|several|few|other|more|fewer|moderate|progressive|"
                            r"conservative|liberal|centrist|vulnerable|young|individual|rank-and-file|of|these|those|"
                            r"[A-Z][a-z]+)[ \t]+(?:the[ \t]+)?\Z")
# sentence openers and the like before a group, which leave it whole ("The Republicans", "When Democrats", "But GOP")
OPENERS = frozenset("The But And When While After As If Since Although Though Still Now Then So Yet".split())
# the group as the object of an act done with it or to it ("voted with Washington Democrats", "joining Democrats in
# opposition", "urge House Republicans to pass it", "accusing the GOP of killing it")
OBJECT_BEFORE_RE = re.compile(r"(?:\bwith|\bjoining|\bjoined|\burged?|\burging|\bpressed|\baccus(?:ed|ing)|\bcalled[ \t]+on|"
                              r"\bblamed)[ \t]+(?:the[ \t]+)?\Z")
# "Democrats and Republicans settled a dispute": the first of two groups that act together
AND_GROUP_RE = re.compile(r"[ \t]+and[ \t]+(?:(?:Senate|House|congressional|Congressional|Washington)[ \t]+)?(?:Democrats|Republicans)\b")
GROUP_PARTY = {"Democrats": "Democratic Party", "Republicans": "Republican Party", "GOP": "Republican Party"}


def _whole_group(before: str) -> bool:
    """Do the words before a party's group leave it whole (not "two Republicans", "some Democrats", "Iowa
    Republicans")?"""
    part = PART_BEFORE_RE.search(before)
    return part is None or part.group("w") in OPENERS or OBJECT_BEFORE_RE.search(before) is not None


def _us_groups(text: str) -> dict[str, list[tuple[int, int, str]]]:
    """The American parties whose members act or are addressed as a group, with the spans and words that say so."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    for m in US_GROUP_RE.finditer(text):
        word = m.group("word")
        before = text[max(0, m.start() - 40):m.start()]
        if not _whole_group(before) or before.endswith(("’", "'", "-")) or text.startswith(("’", "'"), m.end()):
            continue  # ("two Republicans", "Iowa Republicans"; "Democrats' bid", "the GOP's nominee": a possessive)
        pair = AND_GROUP_RE.match(text, m.end())
        if OBJECT_BEFORE_RE.search(before) or acts_after(text, m.end()) or pair and acts_after(text, pair.end()):
            out.setdefault(GROUP_PARTY[word], []).append((m.start("word"), m.end(), word))
    return out


def us_parties(doc: Document) -> None:
    """An American party whose members act or are spoken to as a group is an organisation of the text, its group's
    word ("Democrats", "Republicans", "GOP") an alias; a party the text already names gains the word and the spans."""
    text = doc.text
    if "Democrats" not in text and "Republicans" not in text and "GOP" not in text:
        return
    for name, spans in _us_groups(text).items():
        party = next((a for a in doc.actors if a.name == name), None)
        if party is None:
            party = Actor(name, kind="organization")
            doc.actors.append(party)
        for s, e, word in spans:
            if word not in party.aliases and word != party.name:
                party.aliases.append(word)
            if not any(m.start <= s and e <= m.end for m in party.mentions):
                party.mentions.append(Span(s, e))
        party.mentions.sort(key=lambda sp: sp.start)


# the party's pronoun acting in the sentence that names a member by the party's word ("Liberal Leader X said her
# party supported the cap", "The Conservative shadow ... secretary said her party would back", "Labour's finance
# spokesperson, X, said her group would abstain")
PRONOUN_PARTY_RE = re.compile(r"\b(?:his|her|their)[ \t]+(?:party|group|caucus)(?![\w’'])")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence that holds `at` starts (after the last ". " or line break before it)."""
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1


# a party's word before a member's post in a sentence whose party pronoun acts ("Liberal Democrat housing spokesman X
# said his party would table amendments", "Sir Ed Davey, the Liberal Democrat leader, said his party had gained")
WORD_BEFORE_POST_RE = re.compile(r"(?<![\w’'-])(?P<word>[A-Z][\w-]+(?:[ \t]+[A-Z][a-z][\w-]*)?)(?=(?:’s|'s)?[ \t]+(?:shadow[ \t]+)?"
                                 r"(?:[a-z][\w-]*[ \t]+){0,3}?(?:[Ll]eader|spokes(?:man|woman|person)|secretary|treasurer|"
                                 r"minister|chancellor|MP|MSP|MEP|senator|councillor|critic|whip|chair)\b)")
SKIP_WORDS = frozenset("The A An His Her Their Its Opposition Former Deputy Shadow Senior Sir Dame Interim Acting".split())


def parties_by_pronoun(doc: Document) -> None:
    """A party named only by a member's post, in a sentence whose party pronoun acts, is an actor ("Liberal Leader
    Bonnie Crombie said her party supported the cap": the Liberal Party), named as the text's party of that word or the
    party's usual name."""
    text = doc.text
    if "party" not in text and "group" not in text:
        return
    orgs = [a for a in doc.actors if a.kind != "person"]
    for p in PRONOUN_PARTY_RE.finditer(text):
        if not acts_after(text, p.end()):
            continue
        start = _sentence_start(text, p.start())
        for m in WORD_BEFORE_POST_RE.finditer(text, start, p.start()):
            word = m.group("word")
            if word.split()[0] in SKIP_WORDS:
                word = " ".join(word.split()[1:])
                if not word:
                    continue
            name = US_PARTIES.get(word) or party_named(word, orgs)
            if name is None:
                continue
            if name == word + "s" and " " not in name:
                name = word + " Party"  # ("Liberal": the Liberal Party, not "Liberals"; but "Greens" stays)
            party = next((a for a in doc.actors if a.name == name or name in a.aliases), None)
            if party is None:
                party = Actor(name, kind="organization", aliases=[word] if word != name else [])
                doc.actors.append(party)
            s = m.start() + m.group("word").find(word)
            if not any(sp.start <= s < sp.end for sp in party.mentions):
                party.mentions.append(Span(s, s + len(word)))
                party.mentions.sort(key=lambda sp: sp.start)
            break


__all__ = ["acts_after", "parties_by_pronoun", "us_parties"]
