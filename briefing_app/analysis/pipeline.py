"""The analysis as a pipeline: parse the text once into a Document, then run the stages,
each adding its layer. Language-specific rules come from the document's rule sets (en,
ru, ko), which the quotes, attribution and reported stages call in turn.

    parse -> quotes -> actors -> attribution -> reported -> tidy -> actor list
          -> metadata -> actor details -> speaker links -> pronoun speakers -> options -> keep actors
"""
from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.analysis import agency_parents as _agency_parents
from briefing_app.analysis import boilerplate as _boilerplate
from briefing_app.analysis import coref as _coref
from briefing_app.analysis import country_inside as _country_inside
from briefing_app.analysis import datelines as _datelines
from briefing_app.analysis import gazetteer
from briefing_app.analysis import genre as _genre
from briefing_app.analysis import kinds as _kinds
from briefing_app.analysis import local as _local
from briefing_app.analysis import lower_bodies as _lower_bodies
from briefing_app.analysis import mentions as _mentions
from briefing_app.analysis import metadata as _metadata
from briefing_app.analysis import not_people as _not_people
from briefing_app.analysis import org_affiliations as _org_affiliations
from briefing_app.analysis import org_coref as _org_coref
from briefing_app.analysis import central_banks as _central_banks
from briefing_app.analysis import company_descriptions as _company_descriptions
from briefing_app.analysis import org_merge as _org_merge
from briefing_app.analysis import party_acts as _party_acts
from briefing_app.analysis import premodifiers as _premodifiers
from briefing_app.analysis import pronoun_roles as _pronoun_roles
from briefing_app.analysis import provinces as _provinces
from briefing_app.analysis import org_parents as _org_parents
from briefing_app.analysis import relatives as _relatives
from briefing_app.analysis import speaker_checks as _speaker_checks
from briefing_app.analysis import speaker_links as _speaker_links
from briefing_app.analysis import title_elsewhere as _title_elsewhere
from briefing_app.analysis.actors import ActorTable
from briefing_app.analysis.document import Document, parse
from briefing_app.analysis.given_names import FEMALE_NAMES, MALE_NAMES
from briefing_app.analysis.lang import RuleSet, rule_sets_for
from briefing_app.analysis.lang.ru_names import is_given
from briefing_app.analysis.options import find_options
from briefing_app.analysis.options import holder_actors as _holder_actors
from briefing_app.analysis.options import notes as _notes
from briefing_app.analysis.options import screen as _screen
from briefing_app.analysis.options.same_course import share_sides
from briefing_app.analysis.places import only_where_something_is
from briefing_app.analysis.repeats import drop_repeated_scare
from briefing_app.analysis.roles import OWNER_ENDS
from briefing_app.analysis.spans import SpanReach
from briefing_app.core.model import Actor, Analysis, Mention, Metadata, Quote

Stage = Callable[[Document], None]
PRONOUNS = frozenset("he she who он она 그 그녀".split())  # a pronoun speaker is no alias
PRONOUN_WORDS = frozenset("his her their its его её ее их".split())  # nor "По его словам"
PREPOSITION_RE = re.compile(r"(?:в|во|на|по|от|из|у|к|с)\s")  # "в пресс-службе губернатора": a place, no alias
# (or after an ordinal: "New Mexico's 2nd Congressional District", "the 28th Ward" are places, not people)
LOCATIVE_RE = re.compile(r"\b(?:in|near|outside|across|throughout|\d+(?:st|nd|rd|th))[ \t]+$")


def quotes(doc: Document) -> None:
    """One Quote per quotation span, of the kind the rule sets gave it."""
    doc.quotes = [Quote(q.start, q.end, doc.text[q.start:q.end], q.kind) for q in doc.spans]


def actors(doc: Document) -> None:
    """The name table: people, places and organisations the text names."""
    doc.table = ActorTable(doc.actor_text)


def attribution(doc: Document) -> None:
    """Speakers of direct quotes: each rule set fills what the ones before it left open."""
    for rules in doc.rule_sets:
        rules.speakers(doc)


def reported(doc: Document) -> None:
    """Reported speech from every rule set; then, most specific set first, their adjustments."""
    for rules in doc.rule_sets:
        doc.reported.extend(rules.reported(doc))
    for rules in reversed(doc.rule_sets):
        rules.finish(doc)


def tidy(doc: Document) -> None:
    """Scare quotes and titles carry no speaker and no trailing stop; reported speech joins the quotes;
    a relative "who" names what it hangs on; a speaker mention that names nobody is dropped; a scare quote repeating an attributed quote's words goes."""
    text = doc.text
    for q in doc.quotes:
        if q.kind in ("scare", "title"):
            q.end = _kinds.trimmed_end(text, q.start, q.end)
            q.text = text[q.start:q.end]
            q.speaker = q.mention = q.cue = q.venue = None
    _datelines.trim_openings(doc.reported, text)  # "WASHINGTON (Reuters) - ..." is no one's words
    seen = {(q.start, q.end, q.kind) for q in doc.quotes}
    for r in doc.reported:  # (two rules may find the same words: "X on Friday announced a recall ...")
        if (r.start, r.end, r.kind) not in seen:
            seen.add((r.start, r.end, r.kind))
            doc.quotes.append(r)
    _relatives.resolve_relatives(doc.quotes, text, doc.actor_table)  # "Mike Pence, who called ...": Pence
    _speaker_checks.drop_junk(doc.quotes)  # "with laws banning illegal migrants from" names nobody
    doc.quotes = drop_repeated_scare(doc.quotes)  # the headline's 'quasi-state of war', said in the body


POSSESSIVE_WORD_RE = re.compile(r"(?:’s|'s)\s+\w")


def _alias_like(mention: str) -> bool:
    """A speaker mention short and plain enough to be an alias (not "81-year-old X, a ... who ...")."""
    return len(mention.split()) <= 6 and not any(c in mention for c in ",;0123456789") \
        and not PRONOUN_WORDS & set(mention.lower().split()) and not PREPOSITION_RE.match(mention) \
        and not POSSESSIVE_WORD_RE.search(mention)  # "Hillary Clinton's campaign" is not Clinton


def actor_list(doc: Document) -> None:
    """Each rule set's actors, with each speaker's mention (not a pronoun) as one of its aliases."""
    doc.actors = [a for rules in doc.rule_sets for a in rules.actors(doc)]
    by_name = {a.name: a for a in doc.actors}
    for q in doc.quotes:
        if q.speaker in by_name and by_name[q.speaker].kind == "person" and q.mention \
                and q.mention.text.lower() not in PRONOUNS:
            aliases = by_name[q.speaker].aliases
            if q.mention.text != q.speaker and q.mention.text not in aliases and _alias_like(q.mention.text):
                aliases.append(q.mention.text)


def metadata(doc: Document) -> None:
    meta = _metadata.extract(doc.text, doc.lines, doc.boilerplate, doc.quotes)
    if meta.genre != "opinion":  # no kicker or bio in the heading lines: weigh the whole text
        reported = [(q.start, q.end) for q in doc.quotes if q.kind == "indirect"]
        meta.genre = _genre.guess(doc.text, doc.masked, [(b.start, b.end) for b in doc.boilerplate],
                                  doc.paras, reported, doc.words).genre
    doc.metadata = doc.metadata_in.merged(meta) if doc.metadata_in is not None else meta


ACTOR_DETAILS: tuple[Stage, ...] = (
    _premodifiers.cut_premodifiers,  # "Dublin-based AerCap" is AerCap
    _premodifiers.state_owned,  # "China's state-owned Cosco Shipping" is China's
    _title_elsewhere.titles_elsewhere,
    _coref.description_aliases,
    _pronoun_roles.pronoun_roles,  # "Peter Hale died on Sunday. He founded Corvan Foods in 1990."
    _not_people.not_people,
    _not_people.one_word_bodies,  # "Costco said in an email that it had ...", "Kroger did not reply"
    _lower_bodies.find,
    _party_acts.us_parties,  # "Democrats said", "Senate Republicans blocked it": the party acts as a group
    _party_acts.parties_by_pronoun,  # "Liberal Leader X said her party supported the cap"
    _org_merge.short_names,
    _org_coref.aliases,
    _company_descriptions.descriptions,  # "ASML said ..., as the Dutch chip equipment maker felt ..."
    _org_merge.merge,
    _org_merge.family_firms,
    _agency_parents.prefixed_names,  # "U.N. World Food Programme" is the World Food Programme (of the UN)
    _org_affiliations.affiliations,
    _org_parents.parent_bodies,
    _org_parents.officers_of_the_subject,
    _org_parents.founders,
    _org_parents.employers,
    _org_parents.commissioners,
    _coref.affiliations,
    _central_banks.central_banks,  # (before local.states: "Governor Michelle Bowman" of the Fed, not of a state)
    _local.cities,
    _local.counties,
    _local.states,
    _local.department_heads,
    _local.seat_members,
    _provinces.provinces,
    _coref.governments,
    _coref.offices,
    _coref.author,
    _lower_bodies.fold_sub_units,  # (last: after every step that gives a sub-unit its people)
)


def actor_details(doc: Document) -> None:
    """Descriptions as aliases, affiliations from possessives and aliases, the op-ed's author."""
    for step in ACTOR_DETAILS:
        if reads(step, doc):
            step(doc)


def speaker_links(doc: Document) -> None:
    """Speakers named by an actor's alias ("KCNA", "the CBO", "일본 정부") are that actor."""
    _speaker_links.link(doc)


def options(doc: Document) -> None:
    """Policy options with the author's stance and other actors' positions, in every genre."""
    found = find_options(doc.text, doc.paras, doc.quotes, doc.actors, doc.text_sentences)
    doc.options = _notes.with_notes(doc.text, found, doc.paras, doc.boilerplate, doc.quotes, doc.actors)
    if doc.options:
        share_sides(doc.text, doc.options)  # the author's side on a course, stated at another mention of it
        _holder_actors.add_holders(doc.text, doc.actors, doc.options)  # "Macron said France should ...": Macron
        doc.options = _screen.screened(doc.text, doc.options, doc.quotes, doc.actors, doc.metadata.genre, len(doc.paras))


def _a_place(doc: Document, actor: Actor) -> bool:
    """'in Terre Haute', 'the 2nd Congressional District': a name after a locative preposition or an ordinal, with no
    title, is a place (not an owner: "in Sanders' quarter-century in Congress")."""
    return not actor.title and any(LOCATIVE_RE.search(doc.text, max(0, m.start - 8), m.start)
                                   and not doc.text.endswith(OWNER_ENDS, m.start, m.end) for m in actor.mentions)


# a building's name ("the Hotel Encanto", "Madison Square Garden Arena", "the Stewart Detention Center") and where the
# text puts something at or in it: a place, not an actor (not "Center" alone: "a fellow at the Brennan Center")
BUILDING_RE = re.compile(r"(?:^|\s)(?:Hotel|Inn|Arena|Stadium|Theatre|Theater|Ballroom|Auditorium|Preserve|"
                         r"(?:Convention|Conference|Detention|Exhibition)[ \t]+Cent(?:er|re))(?:\s|$)")
AT_RE = re.compile(r"\b(?:at|in|inside|outside|near|from|to)[ \t]+(?:the[ \t]+)?$")


def _a_building(text: str, actor: Actor) -> bool:
    """Is this organisation a building the text puts something at or in, every time it names it (BUILDING_RE)?"""
    return actor.kind == "organization" and BUILDING_RE.search(actor.name) is not None and bool(actor.mentions) \
        and all(AT_RE.search(text, max(0, m.start - 12), m.start) for m in actor.mentions)


def keep_actors(doc: Document) -> None:
    """A person named once, without a title, who says nothing, holds no option's position and wrote nothing is noise;
    so is a "person" the text puts somewhere ("in Terre Haute")."""
    speakers = {q.speaker for q in doc.quotes if q.speaker}
    if doc.options:  # a position's holder is an actor of the document, as a speaker is
        speakers |= {p.actor for o in doc.options for p in o.positions}
    author = doc.metadata.author
    # "Donald Trump's campaign manager, Kellyanne Conway": the person another's affiliation is named after
    named_in = {(a.affiliation or "").split()[0] for a in doc.actors if a.affiliation}
    bodies = SpanReach((m.start, m.end) for a in doc.actors if a.kind != "person" for m in a.mentions)
    if doc.language == "en":
        orgs = SpanReach((m.start, m.end) for a in doc.actors if a.kind in ("organization", "government") for m in a.mentions)
        doc.actors = [a for a in doc.actors if a.kind != "country" or a.name in speakers
                      or not _nowhere_itself(doc.text, a, orgs)]  # ("The Bank of Japan said", "a plant in France")
        doc.actors = [a for a in doc.actors if a.name in speakers
                      or not _agency_parents.parent_only(doc.text, a, doc.actors) and not _a_building(doc.text, a)]
        # ("The U.N. nuclear watchdog said"; "told a crowd at the Hotel Encanto")
    elif doc.language in ("ru", "ko") and any(a.kind == "country" for a in doc.actors):  # "МИД России", "посол США X", "미국 국무부" (country_inside)
        near = _country_inside.Neighbours(doc.actors)
        doc.actors = [a for a in doc.actors if a.kind != "country" or a.name in speakers
                      or not _country_inside.only_inside(doc.text, a, near, doc.language)]
    doc.actors = [a for a in doc.actors if a.kind != "person" or a.name in speakers and not _in_a_body(a, bodies)
                  or len(a.name.split()) > 1 and a.name.split()[-1] in named_in
                  or a.name == author and (doc.metadata.genre == "opinion" or a.title)  # a news byline is a credit
                  or (a.title or len(a.mentions) > 1 or _named_in_full(a)) and not _a_place(doc, a)
                  and a.name != author and not _in_a_body(a, bodies)]


# a country's word that opens another's name or title: "U.S. Attorney Nicholas Ganjei", "the U.S. Navy's Fifth Fleet",
# "Australian Competition and Consumer Commission", "Sudanese Armed Forces" (not "Slovakia's", nor a sentence's next word)
MODIFIER_AFTER_RE = re.compile(r"[ \t]+[A-Z][a-z]")


# a country's possessive before its own ministry named in lower case ("Turkey's defence ministry said"): the country's
# own mention (the twenty-sixth session's place convention), though the ministry's alias holds it
OWN_MINISTRY_RE = re.compile(r"(?:’s|'s)[ \t]+(?:[a-z][a-z-]+[ \t]+){1,3}ministry\b")


def _nowhere_itself(text: str, country: Actor, orgs: SpanReach) -> bool:
    """Is every mention of a country the first word of another name or title, inside a body's name, its adjective before
    a common noun, its people, or a place where something is (places.only_where_something_is), so that the country
    itself acts nowhere (no actor: "U.S. Attorney X said", "the Bank of Japan said", "in most American jails", "Romanian
    and Bulgarian wheat", "millions of Americans", "a factory in France", "Germany's largest container line"; the
    coordinator's convention of the twenty-sixth session)?"""
    return bool(country.mentions) and all(MODIFIER_AFTER_RE.match(text, m.end)
                                          or orgs.holds(m.start, m.end) and not OWN_MINISTRY_RE.match(text, m.end)
                                          or _describes_a_noun(text, m.start, m.end)
                                          or only_where_something_is(text, m.start, m.end) for m in country.mentions)


# the nouns a country's adjective may go before and still name the country acting: its government, people in its
# service, its forces and arms, its doings ("American backing", "U.S. officials said", "Russian strikes"; each in the
# singular and the plural: "a U.S. negotiator", "Ukrainian soldiers", "Israeli jets", "the Chinese ministry"). (A
# single office holder's title is not here: "a Saudi minister" names no country, en07's answer reads.)
OWN_NOUNS = frozenset("government governments authorities officials official forces troops military army navy air side "
                      "diplomats diplomat embassy embassies delegation delegations negotiators negotiator leaders leader "
                      "regime administration backing support pressure sanctions strikes strike attacks attack tariffs "
                      "tariff demands position stance envoy envoys ministry ministries police soldiers soldier jets regulators regulator security "
                      "warplanes warships missiles drones airstrikes intelligence".split())
# words after a country's short form that make it the subject or part of a list, not a noun's modifier
NOT_NOUNS = frozenset("and or to is was are were has had have will would could should can may might must did does do said "
                      "says also not as in on at for with from by that which who but than".split())
# the common noun a country's adjective goes before, past other countries' adjectives ("Romanian and Bulgarian wheat")
NOUN_AFTER_RE = re.compile(r"(?:,?[ \t]+(?:and|or)[ \t]+[A-Z][\w.-]*|,[ \t]+[A-Z][\w.-]*)*[ \t]+([a-z][a-z-]*)")


def _describes_a_noun(text: str, start: int, end: int) -> bool:
    """'most American jails', 'chief U.S. economist', 'Americans had been': a country's adjective or short form before
    a common noun (not "the U.S. has", not "Russian forces"), or its people in the plural (not "the Russians said")."""
    word = text[start:end]
    if word.endswith(("’s", "'s")) or text.startswith(("’s", "'s"), end):
        return False  # ("America's allies": the country's own)
    after_the = text.endswith(("the ", "The "), 0, start)
    if word.endswith("s") and word[:-1] in gazetteer.DEMONYMS:
        return not after_the  # "millions of Americans": people, not the country ("the Russians said": its side)
    if word not in gazetteer.DEMONYMS and not (word.isupper() and not after_the):
        return False
    m = NOUN_AFTER_RE.match(text, end)
    noun = m.group(1) if m else ""
    return bool(noun) and noun not in OWN_NOUNS and noun not in NOT_NOUNS and not noun.endswith("ed")


def _in_a_body(actor: Actor, bodies: SpanReach) -> bool:
    """Is every mention of a 'person' inside an organisation's name ("Carnegie Endowment for
    International Peace")?"""
    return bool(actor.mentions) and all(bodies.holds(m.start, m.end) for m in actor.mentions)


def _named_in_full(actor: Actor) -> bool:
    """'Владимир Путин', 'Bill Ackman': a known given name and a family name name a person, even named
    once without a title (Russian capitalised chains are read as names only around such a name or a title)."""
    words = actor.name.split()
    return len(words) >= 2 and (is_given(words[0]) or (words[0].lower() in FEMALE_NAMES
                                                        or words[0].lower() in MALE_NAMES) and words[-1][:1].isupper())


def pronoun_speakers(doc: Document) -> None:
    """A pronoun speaker names a person the actor list keeps."""
    _speaker_checks.pronouns_name_people(doc.quotes, doc.actors, doc.actor_table)


STAGES: tuple[Stage, ...] = (quotes, actors, attribution, reported, tidy, actor_list, metadata, actor_details,
                             speaker_links, pronoun_speakers, options, keep_actors)

# The stages and steps whose rules read English words only, run on an English text (one quoting Russian or Korean too)
# and skipped on a Russian or Korean one (Document.language), whose own rule sets find its actors: the options (every
# cue and key word English) and the actor details' English patterns (owners, central banks, councils, states, parents
# ...); the English rule set skips its speaker sieves and reported speech there itself (lang/en.py). Skipping them left
# the output of the 419 Russian and Korean texts of the analysis snapshot identical. The steps that also tie a Russian
# or Korean text's actors (organisation aliases and merges, affiliations) are not in it.
ENGLISH_ONLY: frozenset[Stage] = frozenset({
    options, _premodifiers.cut_premodifiers, _premodifiers.state_owned, _title_elsewhere.titles_elsewhere,
    _coref.description_aliases, _not_people.not_people, _not_people.one_word_bodies, _lower_bodies.find, _org_merge.short_names,
    _party_acts.us_parties, _party_acts.parties_by_pronoun, _company_descriptions.descriptions,
    _org_merge.family_firms, _agency_parents.prefixed_names, _org_parents.parent_bodies, _org_parents.officers_of_the_subject, _org_parents.founders,
    _org_parents.employers, _org_parents.commissioners, _central_banks.central_banks, _local.cities, _local.counties,
    _local.states, _local.department_heads, _local.seat_members, _provinces.provinces, _coref.governments,
    _coref.offices, _coref.author, _lower_bodies.fold_sub_units})


def reads(step: Stage, doc: Document) -> bool:
    """Does this stage or step read the document's language?"""
    return step not in ENGLISH_ONLY or doc.language == "en"


# a no-break space ("«Q»,\u00a0— сказал Песков", "в\u00a0Москве", "В.\u00a0В.\u00a0Путин": Russian typography puts one
# before a dash and after short words) or a narrow one, read as a space by the Russian and Korean rules (written with [ \t])
NO_BREAK_SPACES = ("\u00a0", "\u202f")


def _spaced(text: str, rule_sets: list[RuleSet]) -> str:
    """The text the stages read: a Russian or Korean text with its no-break spaces as spaces (one for one, so every
    offset holds); an English one as it is (its rules read [ \t\u00a0])."""
    if len(rule_sets) > 1 and ("\u00a0" in text or "\u202f" in text):
        for space in NO_BREAK_SPACES:  # (str.replace: str.translate looks each character of the text up in its table)
            text = text.replace(space, " ")
        return text
    return text


def _as_written(doc: Document, text: str) -> None:
    """The document's text, each quote's and each speaker mention's as the source writes them (no-break spaces)."""
    doc.text = text
    for q in doc.quotes:
        q.text = text[q.start:q.end]
        if q.mention is not None:
            q.mention = Mention(q.mention.start, q.mention.end, text[q.mention.start:q.mention.end])


def run(text: str, metadata: Metadata | None = None, stages: tuple[Stage, ...] = STAGES) -> Document:
    rule_sets = rule_sets_for(text)
    spaced = _spaced(text, rule_sets)
    doc = parse(spaced, metadata, rule_sets)
    try:
        for stage in stages:
            if reads(stage, doc):
                stage(doc)
    finally:
        _mentions.forget()  # the kept subjects reference no analysed text
    if spaced is not text:
        _as_written(doc, text)
    return doc


def analyse(text: str, metadata: Metadata | None = None) -> Analysis:
    doc = run(text, metadata)
    seen = _boilerplate.shown(doc.text, doc.boilerplate)  # editor's notes: read apart, not hidden
    return Analysis(quotes=doc.quotes, actors=doc.actors, options=doc.options,
                    boilerplate=[b for b in doc.boilerplate if b not in seen] if seen else doc.boilerplate,
                    metadata=doc.metadata)
