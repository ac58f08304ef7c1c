"""Who holds an option: the speaker of the quotation or reported speech it sits in, the subject
of "X urged / called for / said", or the author (None)."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Literal

from briefing_app.analysis.gazetteer import DEMONYMS
from briefing_app.analysis.given_names import sex_of
from briefing_app.analysis.holder_forms import DESCRIBING_WORDS
from briefing_app.analysis.options.doers import (
    AGENT_NOUNS,
    AGENTIVE_RE,
    NOT_AGENTIVE,
    PEOPLE_NOUNS,
    names_a_holder,
)
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.lexicon import AUXILIARIES, URGED, URGED_AFTER, WRAPPER_RE, after_space, report_cue
from briefing_app.analysis.options.modals import antecedent, subject_of
from briefing_app.analysis.options.phrases import APPOSITIVE_RE, decapitalised
from briefing_app.analysis.options.possessed import measure_for_others
from briefing_app.core.model import Actor, Option, Quote
from briefing_app.core.word_lists import words

PARTICIPIAL_ASIDE_RE = re.compile(r"\s*(?:\w+ing|who|which|a|an|the|himself|herself|itself|themselves)\b")
CONTRAST_SAID_RE = re.compile(r"(?:(?:,\s*|\s)(?:while|whereas|but)\s+|;\s*(?:(?:while|whereas|but)\s+)?)"
                              r"(?P<who>(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3}|"
                              # a described or plural group: "the firm", "its rivals", "supporters", "local residents"
                              r"(?-i:(?:the|its|their|his|her|many|some|other)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|"
                              r"(?:[a-z][\w-]*\s+)?[a-z][\w-]*s))\s+"
                              r"(?:said|says|argued|argues|insisted|insists|countered|counters)\s+(?:that\s+)?", re.I)
CONTRAST_VERB_KEYS = ("said", "says", "argue", "insist", "counter")  # CONTRAST_SAID_RE's verbs, a cheap pre-check
BARE_PRONOUN_SUBJECT_RE = re.compile(r"(?:he|she|they|it|we|i|you)", re.I)
# a clause of contrast that opens inside someone's reported words: its subject, not the speaker, holds its call
CONTRAST_OPENER_RE = re.compile(r"\s*(?:while|whereas|but)\s+(?!(?:I|we|he|she|they|it|you)\b)", re.I)
SUBORDINATORS = frozenset("while although though whereas if when as because since once unless even".split())
RELATIVES = frozenset("who which that whom".split())
NEGATIONS = frozenset("not never".split())
AS_SAID_RE = re.compile(r"\s*(?:As|as|Just\s+as|just\s+as)\s+")
# a closing tag with a verb of urging, which the quote finder leaves (it reads "urged" as taking an object): "The city
# should build more housing, the mayor urged." - the mayor's call, not the author's ("..., as the mayor urged" is the
# author agreeing: left to AS_SAID_RE's reading)
CLOSING_URGE_RE = re.compile(r"[ \t]*,[ \t]+(?!(?:as|just\s+as)\b)(?P<who>(?:[\w’'.-]+[ \t]+){1,5}?)" + URGED + r"(?=" + URGED_AFTER + r")")
BE_FORMS = frozenset("is are was were been being".split())  # "The ministry is planning to": the ministry
AUTHOR_WORDS = frozenset("i we this newspaper this paper this editorial our".split())
# a kind of document before "paper": a government's or a body's paper, not the outlet ("The white paper proposes a levy")
PAPER_KINDS = frozenset("white green policy discussion consultation position working research command briefing".split())


def document_paper(words: list[str]) -> bool:
    """Whether a holder phrase's words end in a document called a paper ("The white paper", "a consultation paper"),
    whose "paper" is no outlet's word for itself."""
    return len(words) > 1 and words[-1].lower() == "paper" and words[-2].lower() in PAPER_KINDS and \
        not any(w.lower() in ("our", "this", "we", "i") for w in words)


# the outlet speaking of itself: "This editorial board endorses X", "Our board has long argued", "The editors urge"
# (its own words, the author's side; "The school board wants X" is a board of someone else's)
OWN_OUTLET_RE = re.compile(r"(?:^|\s)(?:(?:this|our)\s+(?:editorial\s+)?(?:board|page|magazine|publication|newspaper|paper|"
                           r"website|site)|the\s+(?:editorial\s+board|editors))$", re.I)
PRONOUN_RE = re.compile(r"^(?:he|she|they|him|her)$", re.I)
DETERMINER_RE = re.compile(r"^(?:" + "|".join(sorted(DESCRIBING_WORDS)) + r")\s+", re.I)
# a pronoun subject with its auxiliary contracted onto it ("He's supported", "They've called for", "She'd urged",
# "He's also called for": an adverb may follow)
PRONOUN_CONTRACTION_RE = re.compile(r"\b(he|she|it|they|we|you|i)[’'](?:s|ve|d|ll|re|m)(?=\s|$)", re.I)
AUX_AFTER_SUBJECT = frozenset("am is are was were not do does did".split())
THIRD_PERSON_RE = re.compile(r"(he|she)(?:[’'](?:s|d|ll))?(?:\s+(?:has|had|is|was|will|would|also|now|just|again|even))*", re.I)
# someone unnamed who will or may say something: an objection the writer imagines ("Some will say", "Critics may argue",
# "Of course, one could object that", "You might say")
# hearsay the author sets out without taking it up: "We are told that X must Y", "The received wisdom is that X should Y",
# "It is often argued that ...", "It has long been argued that ..." before the course, or "..., we are told.", "..., or
# so the argument goes." closing it (no one named holds it, and the author's own side is not in these words: no option
# unless a holder or a verdict is found)
_OFTEN = r"(?:often|widely|commonly|frequently|now|long)"
HEARSAY_LEAD_RE = re.compile(r"\s*[“\"‘]?(?:(?:But|And|So|Yet|Now),?\s+)?(?:[Ww]e\s+(?:are|were|have\s+been|keep\s+being)\s+(?:\w+ly\s+|"
                             r"always\s+|often\s+|now\s+)?told|[Ww]e\s+keep\s+hearing|(?:The\s+)?(?:received|conventional)\s+wisdom\s+"
                             r"(?:is|says|holds|has\s+it)|It\s+(?:is\s+" + _OFTEN + r"|has\s+(?:" + _OFTEN + r"\s+been|been\s+" + _OFTEN + r"))\s+"
                             r"(?:said|argued|claimed|"
                             r"suggested|asserted))\s+(?:that\s+)?")
HEARSAY_TAG_RE = re.compile(r",\s*(?:or\s+so\s+)?(?:we\s+(?:are|were|[’']re)\s+(?:\w+ly\s+|always\s+|often\s+)?told|"
                            r"we\s+keep\s+(?:being\s+told|hearing)|(?:so\s+)?the\s+(?:argument|story|theory|thinking)\s+goes|"
                            r"(?:it\s+is|it[’']s)\s+(?:often\s+|widely\s+|commonly\s+)?(?:said|argued|claimed))[.!?,;]")
SENTENCE_END_RE = re.compile(r"[.!?](?=\s|$)")


def _sentence_end(text: str, at: int, most: int) -> int:
    """Where the sentence around `at` ends (after its full stop), at most `most` characters on."""
    m = SENTENCE_END_RE.search(text, at, at + most)
    return m.end() if m is not None else at + most


HEARSAY_KEYS = ("told", "wisdom", "said", "argued", "claimed", "suggested", "asserted", "goes", "hearing")
HYPOTHETICAL_SAYER_RE = re.compile(r"\s*[“\"‘]?(?:(?:But|And|Now|Of\s+course|Yes|Sure|No\s+doubt)\s*,?\s+)?(?:[Ss]ome|[Mm]any|[Oo]thers|"
                                   r"[Cc]ritics|[Ss]k?ceptics|[Oo]pponents|[Dd]etractors|[Nn]aysayers|[Cc]ynics|[Oo]ne|[Yy]ou|"
                                   r"[Pp]eople|[Ss]omeone|[Ss]omebody)(?:\s+[\w-]+){0,2}?\s+(?:will|would|may|might|could|can)"
                                   r"\s+(?:\w+ly\s+|well\s+)?(?:say|argue|object|claim|insist|protest|complain|counter|retort|reply|"
                                   r"respond|ask|suggest|contend|point\s+out)\b(?!" + r"\s+(?:" + (
                                       # not a saying the text schedules: a day, a hearing, a court ("Opponents will argue
                                       # at Tuesday's hearing that", "Some senators will say on Monday that")
                                       r"on\s+[A-Z][a-z]+day|tomorrow|tonight|today|next\s+(?:week|month|year)|later\s+this|"
                                       r"this\s+(?:week|month|afternoon|evening)|in\s+(?:court|a\s+(?:speech|statement|filing|"
                                       r"lawsuit|letter|motion|report|brief))|(?:at|before)\s+(?:the\s+|a\s+|an\s+|[\w.’'-]+[’']s\s+)"
                                       r"(?:[\w-]+\s+)?(?:hearing|meeting|trial|conference|summit|rally|session|debate|inquiry|"
                                       r"convention|committee|court|tribunal|council|board|panel|assembly|parliament|senate|"
                                       r"congress)))"))
# two bare names and the verb of saying or calling they share ("Hale and Cole said", "Hale and Cole both urged")
SURNAMES_RE = re.compile(r"[A-Z][a-z’'-]+\s+and\s+[A-Z][a-z’'-]+")
SAID_AFTER_RE = re.compile(r"\s+(?:both\s+|also\s+|jointly\s+)?(?:said|say|told|argued|argue|urged|urge|wrote|write|"
                           r"insisted|insist|warned|warn|believe|think|want|propose|proposed)\b")
CALL_VERB_RE = re.compile(
    r"\b(?:urg|call|press|ask|implor|advis|propos|recommend|advocat|demand|push|argu|favou?r|endors|oppos|reject|block|thwart|"
    r"torpedo|scuttl|derail|stymi|foil|"
    r"warn|rul|object|veto|want|would\s+like|would\s+prefer|suggest|insist|lobb|appeal|plead|campaign|begg?|made|mak|"
    r"back|support|welcom|talk|fight|fought|protest|spoke|speak|clamou?r|in\s+favou?r|vote\s+for|accept|sign(?=\s))\w*")


ASPECT = frozenset("keep keeps kept continue continues continued began begin begins start starts started".split())
LEAD_PP_RE = re.compile(r"(?i:in|on|at|after|since|during|under|across|for|with|without|by|from|meanwhile|now|today|"
                        r"yesterday|instead)\b[^,]*?\s(?P<np>(?i:the|a|an|its|their|this|these|those|some|many|most)\s.+)$")
REPORTING_TAIL_RE = after_space(r"(?:said|says|told|wrote|added|stated|declared)\b.*$", re.S)
WHAT_SAYS_RE = re.compile(r"\b[Ww]hat\s+(?P<who>[\w.’' -]{1,40}?)\s+(?:is\s+saying|says|said|means|meant|is\s+arguing|argues|"
                          r"wants|is\s+proposing|proposes)\b[^.;]{0,40}?\bis\s+that\b")
NAME_LIST_RE = re.compile(r"(?:\b[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s+)+")
NAME_RUN = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
SUBJECT_LIST_RE = re.compile(rf"\s*{NAME_RUN}(?:,\s+{NAME_RUN})*,?\s+and\s+{NAME_RUN}(?=\s+[a-z])")  # a sentence's coordinated subject
TITLE_RE = re.compile(r"\b[Tt]he\s+(?P<title>president|prime\s+minister|chancellor|governor|mayor|pope|king|queen|"
                      r"premier|senator|minister)(?:[’']s)?\b(?!\s+[A-Z])")
TIME_PART_RE = re.compile(r"(?:On|Last|This|Earlier|Later|By|Since)\s+(?:\w+day|week|month|year|morning|night|Monday|Tuesday|"
                          r"Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)
# a passive cue: the words are reported, their source unnamed
PASSIVE_CUE_RE = re.compile(r"\b(?:was|is|were|are|been|be)\s+(?:\w+ly\s+)?(?:told|said|announced|reported|informed|briefed)\b")
COORDINATION_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
ARGUMENT_RE = re.compile(r"\b(?:[Aa]nother|[Oo]ne|[Tt]he\s+(?:other|usual|standard|familiar))\s+(?:argument|objection|line|claim)"
                         r"\b[^:.;]{0,60}:\s*[^:]*$")


DOCUMENTS = frozenset("statement statements report letter interview tweet post article editorial email speech memo document "
                      "release".split())  # what a quote came in, not who said it


FIRST_PERSON = frozenset("i i'm i’m we we're we’re me us".split())
# a bare pronoun naming no one ("It quoted critics ... stating: ..."): no holder without its antecedent
BARE_PRONOUNS = frozenset("it its this that these those there one".split())


# plural agent nouns that also name parties or bodies in capitals ("Greens called for", "Congress", "States"): as the text
# spells them elsewhere, not always lowered
PARTY_PLURALS = frozenset("greens liberals conservatives progressives moderates congress press states business".split())


# plural group nouns of campaigning and protest ("-ers" words are not lowered by their ending: surnames like Sanders,
# Waters and Powers end so)
GROUP_PLURALS = frozenset("""campaigners protesters activists demonstrators residents environmentalists conservationists
    opponents supporters advocates marchers strikers petitioners objectors""".split())


MID_SENTENCE_RE = re.compile(r"[\w,]\s+$")  # a word or a comma right before: inside a sentence, not opening it
# the "-ians" that are common nouns ("physicians", "politicians", "librarians", "veterinarians", "civilians"); the others
# name a people, a place's people or a faith's ("Palestinians", "Parisians", "Christians"), written with their capital
COMMON_IANS_RE = re.compile(r"(?:ic|it|ar)ians$|^(?:civil|histor|guard|pedestr|comed|custod)ians$")


def first_word_group(phrase: str) -> bool:
    """A one-word holder that is a plural group noun written with its capital ("Campaigners")."""
    return " " not in phrase and phrase[:1].isupper() and phrase.lower() in GROUP_PLURALS


# an owner in the possessive and the modifiers of its noun after it ("the unions' renewed", "the union's latest")
OWNER_MODIFIED_RE = re.compile(r"(.*?\w(?:[’']s|(?<=s)[’']))(?:\s+(?:[a-z]+ed|latest|new|fresh|recent|earlier|growing|own|"
                               r"initial|original|controversial)){1,2}")  # (not a head noun: "the president's critics")


def described(phrase: str, text: str) -> str:
    """A holder the text describes but does not name, as the text writes it, with its article: "the senator", "critics",
    "some economists" (a first word in capitals only because it opens its sentence is lowered; a name keeps its
    capitals: "Republican senators", "IMF officials"), never a title in capitals that reads like a name ("Senator")."""
    phrase = " ".join(phrase.split())
    modified = OWNER_MODIFIED_RE.fullmatch(phrase) if "'" in phrase or "’" in phrase else None
    if modified is not None:  # "The unions' renewed call for": the unions
        phrase = modified.group(1)
    if phrase.endswith(("'s", "’s", "s'", "s’")):  # "the union's demand that ...": the union
        phrase = phrase[:-2] if phrase[-1] == "s" else phrase[:-1]
    if phrase[:1].islower() and phrase not in text and phrase[:1].upper() + phrase[1:] in text:
        phrase = phrase[:1].upper() + phrase[1:]  # a clause's subject a rule lowered: as written ("Greens called for")
    first = phrase.split(" ", 1)[0]
    low = first.lower()
    if not first[1:].islower() and len(first) > 1:  # "IMF officials"
        return phrase
    if low in DESCRIBING_WORDS:  # "The senator", "A senator", "Some economists"
        return low + phrase[len(first):]
    if not any(w[:1].isupper() for w in phrase.split()[1:]) and (
            low in PEOPLE_NOUNS or low.endswith("s") and low in AGENT_NOUNS and low not in PARTY_PLURALS):
        return low + phrase[len(first):]  # "Critics say", "Officials said": no name ("Senate Democrats", "Doctors without
    return decapitalised(phrase, text)  # Borders" are; "Sanders" too, so an "-ers" alone is lowered only as the text spells it)


def _described(q: Quote, text: str) -> str | None:
    """'"...," said the minister': a speaker the text describes but does not name holds the quote's options."""
    words = DETERMINER_RE.sub("", q.mention.text).split() if q.mention is not None else []
    if not words or len(words) > 4 or PRONOUN_RE.match(words[-1]) or words[-1].lower() in AUTHOR_WORDS | DOCUMENTS \
            or not words[-1][:1].isalpha() or words[0].lower() in FIRST_PERSON \
            or len(words) == 1 and words[0].lower() in BARE_PRONOUNS:
        return None
    return described(q.mention.text, text)  # type: ignore[union-attr]  # words come from the mention


# a person's name, then only a verb of restating, pressing or setting out (an adverb before it) up to "his"/"her": the
# verb's subject owns what follows ("Erdogan reiterated his request", "Sanders has consistently pushed his promise",
# "Clinton stood by her plan"); not a verb of judging ("Erdogan criticised his plan": someone else's)
OWNER_SUBJECT_RE = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s+(?:(?:has|had|have)\s+)?(?:\w+ly\s+)?(?:reiterat|renew|"
                              r"repeat|restat|reaffirm|push|press|defend|tout|outlin|unveil|announc|explain|champion|promot|"
                              r"detail|stress|emphasi[sz]|highlight|doubl\w*\s+down\s+on|st(?:ood|ands?)\s+by|la(?:id|ys)\s+out)"
                              r"(?:e[ds]|ed|s|es)?\s+"
                              # or any other verb (not one of judging someone: "Erdogan criticised his plan" leaves whose
                              # plan open) in the past or present with up to three words of its object before the noun
                              # ("Trump reminded Americans of his policy to X", "... Lopez, who stood by her plan to X")
                              r"|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?:,\s+who)?\s+(?:(?:has|had|have)\s+)?(?:\w+ly\s+)?"
                              r"(?!(?:criticis|criticiz|attack|slam|blast|condemn|denounc|mock|ridicul|deride|question|reject|"
                              r"oppos|dismiss|fault|accus|assail|challeng|rebuk|lambast|prais|welcom|back|support|endors|"
                              r"applaud|hail|thank|credit|compar|contrast)\w*\s)[a-z]{2,}(?:ed|es|s)\s+"
                              r"(?:[\w’'-]+\s+){0,3}")
# the last person named owns something just before "his"/"her" in the same sentence: "Trump's proposals on immigration,
# in particular his proposal ..." (no verb or other name between: "Trump's aides and his plan", not "Trump's rival
# said his plan")
POSSESSOR_BEFORE_RE = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*[’']s\s+(?:[a-z][\w-]*\s*){1,5}?"
                                 r"(?:,\s*|\band\s+|\b(?:in\s+particular|especially|notably|including|not\s+least)\s+)+")

WORD_RUN_RE = re.compile(r"\w+")  # a word as the edges of regex's \b bound it
OTHER_SEX = {"he": "f", "him": "f", "she": "m", "her": "m"}  # the sex a personal pronoun cannot stand for


class Holders:
    """Quotation spans with their speakers and actor names, to say who holds each option."""

    def __init__(self, text: str, quotes: list[Quote], actors: list[Actor]) -> None:
        self.text = text
        self.unheld: list[Option] = []  # options only an unnamed many holds ("Some have proposed X"): kept, no position
        names: dict[str, str] = {}
        for a in actors:
            for alias in [a.name, *a.aliases]:
                if len(alias) > 2 and alias.lower() not in ("he", "she", "they", "him", "her"):
                    names.setdefault(alias.lower(), a.name)
        self.names = sorted(names.items(), key=lambda kv: -len(kv[0]))
        self._by_first_word: dict[str, list[int]] = {}  # each name's place in self.names by its first word
        self._wordless: list[int] = []  # (those that start with no word character)
        for i, (alias, _) in enumerate(self.names):
            first = WORD_RUN_RE.match(alias)
            if first is None:
                self._wordless.append(i)
            else:
                self._by_first_word.setdefault(first.group(), []).append(i)
        self.actor_names = frozenset(a.name for a in actors)
        self.people = sorted((m.start, a.name) for a in actors if a.kind == "person" for m in a.mentions)
        self.person_names = frozenset(a.name for a in actors if a.kind == "person")
        self._sexes: dict[str, str | None] = {a.name: a.gender for a in actors if a.kind == "person" and a.gender}  # as the actors stage knows
        # them; _sex() adds the rest as it reads them
        self.bodies = sorted((m.start, a.name) for a in actors if a.kind != "person" for m in a.mentions)
        self.countries = sorted(m.start for a in actors if a.kind == "country" for m in a.mentions)
        self.posts = [(m.start(), m.end(), self._poster(m.group("handle"))) for m in POST_RE.finditer(text)] \
            if "<tweet" in text else []  # embedded posts: their words are their author's, not the article's author's
        self._questions: list[tuple[int, int]] | None = None  # an interview's questions, read when first asked
        self._answers: list[tuple[int, int]] | None = None  # its answers, likewise
        spans = sorted(((q.start, q.end, q.speaker or self._named_in(_described(q, text)), q.kind) for q in quotes
                        if q.kind in ("direct", "indirect")), key=lambda span: (span[0], span[1]))  # speakers may be None
        self.starts = [s for s, _, _, _ in spans]
        self.spans = spans
        self._who = ""  # the subject words the last holder() call resolved
        self._members: list[str] = []  # the members the last holder() call's subject named between commas
        self.agrees = False  # the last holders() call found the author agreeing ("As X said, ...")
        self.disagrees = False  # the last holders() call found the holder rejecting the clause ("X disagree that ...")

    def questions(self) -> list[tuple[int, int]]:
        """The question paragraphs of an interview set out as Q and A (two "A:" paragraphs or more): the interviewer
        asks, no one's position."""
        if self._questions is None:
            self._questions = [(m.start(), m.end()) for m in QUESTION_PARAGRAPH_RE.finditer(self.text)] \
                if self.text.count("\nA:") > 1 else []
        return self._questions

    def answers(self) -> list[tuple[int, int]]:
        """The answer paragraphs of such an interview: from each "A:" paragraph to the next question (its further
        paragraphs included), the interviewee's words."""
        if self._answers is None:
            questions = self.questions()
            starts = [m.start() for m in ANSWER_PARAGRAPH_RE.finditer(self.text)] if questions else []
            self._answers = [(a, next((q for q, _ in questions if q > a), len(self.text))) for a in starts]
        return self._answers

    def interviewee(self) -> str | None:
        """The person an interview is with: the first person the text names (its headline or lede)."""
        return self.people[0][1] if self.people else None

    def _poster(self, handle: str) -> str:
        """The person an embedded post's handle names ("realDonaldTrump": Donald Trump, when the text names him), else
        the handle."""
        squeezed = handle.lower().replace("_", "")
        return next((name for name in sorted(self.person_names, key=len, reverse=True)
                     if len(name) > 5 and name.lower().replace(" ", "") in squeezed), "@" + handle)

    def quotation_at(self, at: int) -> tuple[int, int] | None:
        """The direct quotation with a speaker that holds offset `at`: its words are the speaker's, not the author's."""
        i = bisect_right(self.starts, at)
        for start, end, speaker, kind in reversed(self.spans[max(0, i - 8):i]):  # quotations nest at most a few deep
            if kind == "direct" and speaker and start <= at < end:
                return start, end
        return None

    def _quoted_before(self, start: int, at: int) -> str | None:
        """The speaker of the last direct quotation that opens at `start` (a sentence's start) or after and closes
        before `at`."""
        i = bisect_right(self.starts, at)
        for q_start, q_end, speaker, kind in reversed(self.spans[max(0, i - 8):i]):
            if kind == "direct" and speaker and q_start >= start and q_end <= at:
                return speaker
        return None

    def holders(self, hit: Hit, sent_start: int) -> list[str] | None | Literal[False]:
        """The actors holding the hit's option, several when the subject coordinates them ("Chile and
        Colombia rejected ..."); None: the author; False: an unknown speaker (or one imagined: "Some will say")."""
        if HYPOTHETICAL_SAYER_RE.match(self.text, sent_start, hit.at):
            self._who, self.agrees, self.disagrees = "", False, False
            return False  # "Some will say we should X", "Critics may argue that": an objection imagined, no one's position
        hearsay = any(k in self.text[sent_start:hit.end + 80] for k in HEARSAY_KEYS)
        if hearsay and HEARSAY_LEAD_RE.match(self.text, sent_start, hit.at):
            self._who, self.agrees, self.disagrees = "", False, False
            return False  # "We are told that the council must X", "It is often argued that X should": no one's position
        found = self._holders(hit, sent_start)
        if found is None and hearsay and HEARSAY_TAG_RE.search(self.text, hit.start, _sentence_end(self.text, hit.end, 80)):
            return False  # "Ukraine needs a Marshall Plan, we are told.": hearsay, not the author's (a named holder keeps it)
        if (found is None or found is not False and any(n[:1] == "Q" and (n == "Q" or n[1:2].isupper()) for n in found)) \
                and any(start <= hit.at < end for start, end in self.questions()):
            return False  # "Q: Do you think all Muslims should be banned?": the interviewer's question, not the author's
            # (nor is the interview's "Q" or "QYou" anyone)
        if found is None and any(start <= hit.at < end for start, end in self.answers()):
            who = self.interviewee()  # "A: We should ban cars from the centre": the interviewee's words, not the author's
            return [who] if who is not None else False
        if isinstance(found, list):  # "Campaigners said ...": a group noun capitalised only as its sentence's first word
            return [name[:1].lower() + name[1:] if first_word_group(name) or self._opening_plural(name, sent_start) else name
                    for name in found]
        return found

    def _opening_plural(self, name: str, sent_start: int) -> bool:
        """'Farmers said ...', 'Economists urged ...', 'Doctors want ...': a one-word plural of an agent noun that no actor
        is called, capitalised only because it opens the sentence (not a party's plural, "Greens", "Democrats"): its
        singular a common English word (resources/words/: not "Sanders"), and never written capitalised inside a
        sentence ("Senator Bernie Sanders", "Tom Rogers")."""
        low = name.lower()
        if low.endswith("ians") and not COMMON_IANS_RE.search(low):
            return False  # "Palestinians", "Christians", "Parisians": a people's or a faith's name keeps its capital
        return " " not in name and name[:1].isupper() and AGENTIVE_RE.search(low) is not None and low not in NOT_AGENTIVE \
            and low not in PARTY_PLURALS and not self.known(name) and low[:-1] in words("en") and \
            self.text[sent_start:sent_start + len(name) + 3].lstrip(" \"“‘'(").startswith(name + " ") and \
            not any(MID_SENTENCE_RE.search(self.text, max(0, m.start() - 3), m.start())
                    for m in re.finditer(r"\b" + re.escape(name) + r"\b", self.text))  # ("Senator Bernie Sanders": a name)

    def _holders(self, hit: Hit, sent_start: int) -> list[str] | None | Literal[False]:
        self._who, self.agrees, self.disagrees, self._members = "", False, False, []
        one = self.holder(hit, sent_start)
        if not isinstance(one, str):
            return one
        if self._members:  # "NATO's eastern members, particularly Poland and the Baltic States, have called for"
            return self._members
        who = self._who
        if not who.split() or who.split()[-1].lower() == "they":  # "Chile and Colombia said they would reject X"
            opening = SUBJECT_LIST_RE.match(self.text, sent_start, hit.at)
            names = self._coordinated(opening.group(0), sent_start, self._said(opening.group(0), opening.start())) \
                if opening is not None else []
            if names and (one in names or who.split()[-1:] == ["they"]):
                return names
        at = self.text.rfind(who, sent_start, hit.at) if who else -1
        listed = NAME_LIST_RE.search(self.text, sent_start, at) if at > sent_start else None
        if listed is not None and listed.end() == at and " and " in who:  # "Britain, France and Germany urged": the list began before a comma
            who = self.text[listed.start():at] + who
        names = self._coordinated(who, sent_start, at >= 0 and self._said(who, at))
        return names if names and (one in names or " and " in one or "," in one) else [one]

    def _said(self, who: str, at: int) -> bool:
        """Whether `who`, written at `at`, is two bare names and the verb of saying or calling they share."""
        who = who.strip()
        return SURNAMES_RE.fullmatch(who) is not None and \
            SAID_AFTER_RE.match(self.text, self.text.find(who, at) + len(who)) is not None

    def _coordinated(self, who: str, at: int, said: bool = False) -> list[str]:
        """Each conjunct of "Chile and Colombia" / "Britain, France and Germany" that resolves to a
        name; fewer than two: no coordination. said: the conjuncts are bare names that say or call ("Hale and Cole
        said"), two people though neither is an actor found."""
        if " and " not in who and "&" not in who:
            return []
        parts = [p for p in COORDINATION_RE.split(who.strip(" ,“”\"'")) if p and not TIME_PART_RE.match(p)]  # not "On Sunday"
        if len(parts) < 2 or len(parts) > 6 or any(not p[:1].isupper() or len(p.split()) > 4 for p in parts):
            return []
        names = []
        for part in parts:
            name = self._resolve(part, at)
            if name is None:
                return []
            if name not in names:
                names.append(name)
        if not any(self.known(name) for name in names) and not all(name.endswith("s") for name in names) and not said:
            return []  # "Fox and Friends", "Procter and Gamble": one name, unless a conjunct is an actor found or all
            # are groups ("Democrats and Republicans")
        return names if len(names) > 1 else []

    def holder(self, hit: Hit, sent_start: int) -> str | None | Literal[False]:
        """The actor holding the hit's option; None: the author; False: an unknown speaker."""
        for start, end, poster in self.posts:
            if start <= hit.at < end:
                return poster  # '<tweet author="realDonaldTrump">We must defeat ...</tweet>': the post's author
        if hit.owned and hit.who and (owner := self._resolve(hit.who, hit.at)):
            return owner  # "Critics said Holt's bill would ban X": the bill's owner, not the speaker
        if hit.person:  # "Trump's plan to X", "his call for X" (in anyone's words): the person named
            name = self._owner(hit.who or "", sent_start, hit.at) if hit.who in ("his", "her") else \
                self._resolve(hit.who or "", hit.at)
            if name is not None and name not in self.person_names and name in self.actor_names and hit.who not in (
                    "his", "her") and measure_for_others(self.text[hit.start:hit.end]):
                return name  # "The European Commission's plan to impose tariffs": a body's measure, its position (the
                # owner's kind from the document's actors: a person's, or a body's measure on others)
            return name if name is not None and name in self.person_names else False
        i = bisect_right(self.starts, hit.at) - 1
        while i >= 0 and self.spans[i][0] > hit.at - 2000:
            start, end, speaker, kind = self.spans[i]
            if start <= hit.at < end and speaker and kind != "direct" and OWN_OUTLET_RE.search(speaker):
                return None  # "Our editorial board has long argued that X should": the outlet's own words, the author's
            if start <= hit.at < end and (speaker or kind == "direct"):
                subject = subject_of(self.text, max(start, sent_start), hit.at) if CALL_VERB_RE.match(self.text, hit.at) \
                    or hit.decided and kind != "direct" else ""  # ("X said Y, and Z promised to W": Z's plan; not "he")
                if subject and not CALL_VERB_RE.match(self.text, hit.at) and BARE_PRONOUN_SUBJECT_RE.fullmatch(subject):
                    subject = ""
                third = THIRD_PERSON_RE.fullmatch(subject.strip(" “”\"‘'")) if subject and kind == "direct" else None
                inner = self._named(subject) if subject and third is None else None
                if inner is None and kind != "direct" and CONTRAST_OPENER_RE.match(subject):  # "X, the mayor said, while
                    inner = self._resolve(subject, hit.at)  # the union urged the council to Y": a clause of its own, the union's
                if inner is None and kind != "direct" and any(v in self.text[max(start, sent_start):hit.at] for v in
                                                               CONTRAST_VERB_KEYS):
                    inner = self._contrast_speaker(max(start, sent_start), hit.at)  # "..., while Clinton said they should Y"
                if third is not None:  # '"He's calling for X," Clinton said': he is someone else, not the speaker (in
                    # reported speech, "Murphy said he supports X", he is the speaker)
                    return self._third_person(third.group(1).lower(), speaker, hit.at) or False
                if inner is None and AS_SAID_RE.match(self.text, sent_start) and start > sent_start:
                    self.agrees = True  # "As Smith has argued, Congress must ...": the author agrees
                return inner or speaker or False  # '"The Times is calling for X," Perkins said': the Times holds X
            if start <= hit.at < end and PASSIVE_CUE_RE.search(self.text, sent_start, hit.at):
                return False  # "I have been told that ...", "It was announced that ...": nobody named, not the author
            i -= 1
        said = WHAT_SAYS_RE.search(self.text, sent_start, hit.at)
        whose = self._resolve(said.group("who"), sent_start) if said is not None and not hit.author else None
        if said is not None and whose:  # "What he is saying is that Catholics should ...": his
            self._who = said.group("who")
            return whose
        if ARGUMENT_RE.search(self.text, sent_start, hit.at):
            return False  # "Another argument turns on autonomy: we should ...": an argument set out, nobody's position
        if hit.author:
            return None
        if hit.who:  # the sentence names the holder itself ("calls for X by the US government", "Critics say X ...")
            given = hit.who.split(",")[0]
            if given.split()[-1:] and given.split()[-1].lower() in AUTHOR_WORDS and not document_paper(given.split()) \
                    or OWN_OUTLET_RE.search(given):
                return None
            self._who = given
            return self._resolve(given, sent_start) or False
        cue = CALL_VERB_RE.match(self.text, hit.at) or hit.reported
        who = subject_of(self.text, sent_start, hit.at) if cue else None
        if cue and PARTICIPLE_CUE_RE.match(self.text, hit.at) and PARTICIPLE_JOIN_RE.search(self.text, max(sent_start, hit.at - 20),
                                                                              hit.at):
            main = MAIN_SUBJECT_RE.match(self.text, sent_start, hit.at)  # "Protesters gathered outside, hoping that X":
            if main is not None and names_a_holder(main.group("np")):  # the main clause's subject, not the words just
                who = main.group("np")  # before the participle ("Gathered outside")
            else:
                speaker = self._quoted_before(sent_start, hit.at)  # '"Q," Trump says in the ad, warning against X':
                if speaker:  # the quotation's speaker is the main clause's subject
                    return speaker
        if who is not None and ("," in who or who in AUXILIARIES) and MEMBERS_KEY_RE.search(self.text, sent_start, hit.at):
            members = MEMBERS_AFTER_SUBJECT_RE.fullmatch(self.text, sent_start, hit.at)
            if members is not None:  # "Several unions, such as Unite and the GMB, have called for": the members named,
                parts = [THE_NAME_RE.sub("", part) for part in MEMBER_SPLIT_RE.split(members.group("members"))]
                names = [self._resolve(part, sent_start) if part[:1].isupper() else None for part in parts]
                if names and all(names):  # names only; else the group ("such as the drivers", "including some of")
                    self._who, self._members = members.group("members"), list(dict.fromkeys(n for n in names if n))
                    return self._members[0]
                who = members.group("np")
        if who is not None and who.endswith(",") and (who.split()[0].lower() in APPOSITION_HEADS or PARTY_STATE_RE.fullmatch(who)) \
                and NAME_ONLY_RE.fullmatch(self.text, sent_start, max(sent_start, self.text.rfind(who, sent_start, hit.at))):
            prefix = APPOSITIVE_RE.sub("", self.text[sent_start:hit.at])  # "Senator Hale, a Republican, wants": Hale,
            who = subject_of(prefix, 0, len(prefix))  # not the appositive's head
        elif who is not None and who.endswith(","):
            opened = ASIDE_AFTER_SUBJECT_RE.fullmatch(self.text, sent_start, hit.at)
            if opened is not None:  # "The mayor, for her part, wants", "The unions, in a joint statement, urged"
                who = opened.group("np")
        if who is not None and all(w.lower() in AUXILIARIES | BE_FORMS for w in who.split()):
            prefix = APPOSITIVE_RE.sub("", self.text[sent_start:hit.at])  # "McCain, the Republican hawk, has been pushing"
            who = subject_of(prefix, 0, len(prefix))
            if all(w.lower() in AUXILIARIES | BE_FORMS for w in who.split()):
                who = apposed_name(self.text, sent_start, hit.at) or who  # "Europe's farm lobby, Copa-Cogeca, has demanded"
        if who is None and not WRAPPER_RE.search(self.text, sent_start, hit.at):
            m = report_cue(self.text[sent_start:hit.at])
            who = antecedent(m.group("who")) if m else None  # ("Senators who oppose the treaty say": Senators)
            self.disagrees = m is not None and bool(m.groupdict().get("dis"))  # "Democrats disagree that X should": opposed
            if who is not None and who.split()[0].lower() in FIRST_PERSON:
                return None  # "I love America and believe each citizen needs to ...": the author's own belief
            said_as = AS_SAID_RE.match(who) if who is not None else None
            if who is not None and said_as is not None:  # "As the experts said, S should X": the author agrees
                who, self.agrees = who[said_as.end():], True
            if who is None:  # "the city's education minister, Atishi, proposed that schools should ...": the proposer's
                who = proposer(self.text, sent_start, hit.at, hit.start)
            if who is not None and re.search(r"(?:^|[\s,])to$", who):  # "led the correspondent, Patrick Cockburn, to suggest"
                cue_at = sent_start + m.end("who")  # type: ignore[union-attr]  # not "... overthrowing Assad" after the cue
                named = [(start, name) for start, name in self.people + self.bodies if sent_start <= start < cue_at]
                return max(named)[1] if named else None
        if who is not None:
            words = who.split()
            while len(words) > 1 and name_tail(words):
                del words[-name_tail(words):]  # "Fox and Friends Monday morning called for": no "Friends Monday morning"
            while len(words) > 1 and (words[-1].lower() in AUX_AFTER_SUBJECT or words[-1].endswith(("n't", "n’t"))):
                words.pop()  # "I am calling for X", "We are not in favour of X": an auxiliary or a negation is no holder
            who = PRONOUN_CONTRACTION_RE.sub(r"\1", " ".join(words))  # "He's called for X": he
        self._who = who or ""
        holder = self._resolve(who, sent_start) if who else None
        if holder is None and not who and not hit.reported:
            tag = CLOSING_URGE_RE.match(self.text, hit.end)
            if tag is not None:  # "X should Y, the mayor urged.": the mayor's, or an unknown speaker's
                self._who = tag.group("who").strip()
                return self._resolve(self._who, hit.end) or False
        if holder is None and who and OWN_OUTLET_RE.search(who):
            return None  # "The editors urge Congress to X", "This editorial board endorses X": the author's own call
        if holder is None and who and _pronoun_subject(who):
            return False  # "She urged the council to ...", no one named before: someone's call, not the author's
        if holder is None and isinstance(cue, re.Match) and not hit.reported and _someone_elses(who or "", cue.group(0)):
            main = MAIN_SUBJECT_RE.match(self.text, sent_start, hit.at) if not who else None
            if not who and self.text[sent_start:sent_start + 4].split()[:1] in (["I"], ["We"]) or \
                    main is not None and not _someone_elses(main.group("np"), "ed"):
                return None  # "We wrote to the council, urging it to X": the author's own call
            if main is not None and JOINED_CALL_RE.search(self.text, max(sent_start, hit.at - 16), hit.at):
                self._who = main.group("np")  # "Saddam declared that ..., but warned against X": the main clause's subject
                return self._resolve(self._who, sent_start) or False
            return False  # "They called him X and urged him to Y", "Saddam ... but warned against Z": a third party's call the
            # holder step cannot name: not the author's (the author's stance comes only from the author's own voice)
        return False if holder is None and hit.reported else holder

    def named_holder(self, who: str, at: int) -> str | None:
        """The actor a subject phrase at `at` names ("Critics", "the IMF", "he"), or None when it names no one."""
        name = self._resolve(who, at)
        return name if name is not None and (self.known(name) or names_a_holder(name)) else None

    def known(self, name: str) -> bool:
        """Whether `name` is an actor the analysis found."""
        return name in self.actor_names

    def _title_before(self, pronoun: str, at: int) -> str | None:
        """A person the sentence from `at` describes by a title before `pronoun` and names no further
        ("the president's address ... he"): the title, as the holder."""
        said = re.compile(r"\b" + pronoun + r"\b").search(self.text, at, at + 400)
        title = TITLE_RE.search(self.text, at, said.start()) if said is not None else None
        return described(self.text[title.start():title.end("title")], self.text) if title is not None else None

    def actor_before(self, start: int, at: int) -> str | None:
        """The subject of the sentence from `start` to the cue at `at`, when a clause cut short hides it: the
        actor the sentence's pronoun subject stands for ("She ... strapped a mattress to her back and vowed
        to"), else the first actor it names before the cue."""
        opener = PRONOUN_RE.match(self.text[start:start + 4].rstrip(" ,"))
        if opener is not None:
            return self._resolve(opener.group(0), start)
        named = [mentions[i] for mentions in (self.people, self.bodies)
                 if (i := bisect_right(mentions, (start, ""))) < len(mentions) and mentions[i][0] < at]
        return min(named)[1] if named else None

    def _previous_subject(self, at: int) -> str | None:
        """The person a sentence before `at` opens with as its subject ("Mujica asks, ... He also asks": Mujica), through
        sentences opening with he/she; None when the sentence before opens otherwise (or with a body or country)."""
        he_she, name_subject = _opening_patterns()
        m = self._opening_before(at, he_she, name_subject, 4)
        if m is None or m.group("name").split()[0].lower() in OPENING_WORDS:
            return None
        name = m.group("name")
        known = self._actor_in(name.lower())
        if known is not None:
            return known if known in self.person_names else None
        return None if _group_name(name) else name

    def _previous_group(self, at: int) -> str | None:
        """The group the sentence before `at` opens with as its plural subject ("Critics met on Monday. They urged ...":
        Critics; "The unions have ... They want"), through sentences opening with "They"; None otherwise."""
        they, group_subject = _group_patterns()
        m = self._opening_before(at, they, group_subject, 3)
        if m is None:
            return None
        np = m.group("np")
        known = self._actor_in(np.lower())
        if known is not None:
            return known if known not in self.person_names else None
        head = np.split()[-1].lower()
        if head in AGENT_NOUNS or head in PEOPLE_NOUNS or AGENTIVE_RE.search(head) is not None and head not in NOT_AGENTIVE:
            return described(np, self.text)
        return None

    def _opening_before(self, at: int, pronoun: re.Pattern[str], subject: re.Pattern[str],
                        tries: int) -> re.Match[str] | None:
        """The subject the nearest sentence before `at` not opening with `pronoun` opens with (`subject` matched at its
        start), looking back through at most `tries` sentences; None when there is none or it opens otherwise."""
        text, end = self.text, at
        for _ in range(tries):
            start = _sentence_start(text, end)
            if start >= end:
                return None
            if pronoun.match(text, start, end):
                end = start
                continue
            return subject.match(text, start, end)
        return None

    def _third_person(self, pronoun: str, speaker: str | None, at: int) -> str | None:
        """Whom a speaker's "he" / "she" stands for: the last person named before `at` who is not the speaker and not
        of the other sex."""
        other = "f" if pronoun == "he" else "m"
        for _, name in reversed(self.people[:bisect_right(self.people, (at, ""))]):
            if name != speaker and self._sex(name) != other:
                return name
        return None

    def _owner(self, pronoun: str, sent_start: int, at: int) -> str | None:
        """Whom "his" / "her" at `at` stands for: the one person of that sex the sentence names before it ("Clinton took
        shots at Sanders over his plan": Sanders); with none, the person a pronoun opening the sentence stands for, or
        the last one named before the sentence; None when the sentence names two who could be meant ("Trump has broken
        more rules than Mr. Perot did, from his proposal")."""
        other = "f" if pronoun == "his" else "m"
        i, j = bisect_right(self.people, (sent_start, "")), bisect_right(self.people, (at, ""))
        named = {name for _, name in self.people[i:j] if self._sex(name) != other}
        if len(named) == 1:
            return named.pop()
        if named:
            start, last = self.people[j - 1]
            if self._sex(last) != other and (OWNER_SUBJECT_RE.fullmatch(self.text, start, at)
                                             or POSSESSOR_BEFORE_RE.fullmatch(self.text, start, at)):
                return last  # "Obama visited Turkey; Erdogan reiterated his request": the subject of the verb before it;
                # "Ryan criticised Trump's proposals, in particular his proposal for a ban": the owner named just before
            return None
        opener = PRONOUN_RE.match(self.text[sent_start:sent_start + 4].rstrip(" ,"))
        if opener is not None:
            subject = self._resolve(opener.group(0), sent_start)
            return subject if subject is not None and self._sex(subject) != other else None  # not "She ..." read as Obama
        before = self.person_before(sent_start)
        return before if before is not None and self._sex(before) != other else None

    def _sex(self, name: str) -> str | None:
        """A person's sex as the actors stage found it (the given name or a title: "Ms. Varga": "f"), else by the given
        name ("Hillary Clinton": "f"); None when neither says."""
        if name not in self._sexes:
            self._sexes[name] = sex_of(name.split()[0]) if name.split() else None
        return self._sexes[name]

    def person_before(self, at: int) -> str | None:
        """The person named last before `at`: whom "him" or "her" in a summary stands for."""
        i = bisect_right(self.people, (at, "")) - 1
        return self.people[i][1] if i >= 0 else None

    def _contrast_speaker(self, start: int, at: int) -> str | None:
        """The named speaker of a clause of contrast inside another's reported words, before `at` ("Sanders said the
        banks should be broken up, while Clinton said they should face tougher rules": Clinton), resolved; else None."""
        said = None
        for said in CONTRAST_SAID_RE.finditer(self.text, start, at):
            pass
        return self._resolve(said.group("who"), at) if said is not None else None

    def _named_in(self, described: str | None) -> str | None:
        """A described speaker as the actor it names ("Britain's foreign secretary": United Kingdom), else as it is."""
        if described is None:
            return None
        return self._actor_in(described.lower()) or described

    def _actor_in(self, low: str) -> str | None:
        """The actor whose name or alias (longest first) stands as whole words in lower-cased text: of the names whose
        first word is one of the text's (a name that stands there starts at a word of the text: the first word of each is
        looked up, not each name tried against the text)."""
        by_word = self._by_first_word
        tried = sorted({i for word in WORD_RUN_RE.findall(low) for i in by_word.get(word, ())}.union(self._wordless))
        return next((name for alias, name in map(self.names.__getitem__, tried)
                     if alias in low and re.search(r"\b" + re.escape(alias) + r"\b", low)), None)

    def _named(self, who: str) -> str | None:
        """The actor a subject names outright: a known actor, or a name in capitals ("The New York Times");
        no pronoun, no description."""
        named = self._actor_in(who.lower())
        if named is not None:
            return named
        words = DETERMINER_RE.sub("", who.strip(" ,“”\"'")).split()
        while words and (words[-1].lower() in AUXILIARIES or words[-1].lower() in BE_FORMS | NEGATIONS | ASPECT):
            words.pop()
        name = " ".join(words)
        if 0 < len(words) <= 5 and all(w[:1].isupper() for w in words) and words[-1].lower() not in AUTHOR_WORDS \
                and not PRONOUN_RE.match(words[-1]) and words[0].lower() not in ("i", "we", "it", "this", "that"):
            return name
        return None

    def _resolve(self, who: str, at: int) -> str | None:
        head, _, aside = who.strip(" ,“”\"'").partition(",")
        if aside and head.split()[-1:] and (head.split()[-1][:1].isupper() and PARTICIPIAL_ASIDE_RE.match(aside)
                                            or aside.split()[:1] and aside.split()[0] in ("who", "which")):
            who = head  # "Prime Minister Netanyahu, running for a fourth term,", "The council, which is short of money,"
        who = REPORTING_TAIL_RE.sub("", who)  # "the union said in a statement": the union
        words = who.strip(" ,“”\"'()").split()
        while words and words[0].lower() in SUBORDINATORS:  # "While some critics": the critics
            words.pop(0)
        while words and words[-1].lower() in RELATIVES:  # "Colleagues who": the colleagues
            words.pop()
        while words and (words[-1].lower() in AUXILIARIES or len(words) > 1 and (
                words[-1].lower() in BE_FORMS | NEGATIONS | ASPECT or name_tail(words))):
            del words[-max(1, name_tail(words)):]  # "The protesters are only", "Ministers foolishly", "The union last week"
        while len(words) > 1 and words[-1].lower() in RELATIVES:  # "Those in Washington who are now": those in Washington
            words.pop()
        lead = LEAD_PP_RE.match(" ".join(words))
        if lead is not None:  # "In Scotland the government": the subject after the fronted phrase
            words = lead.group("np").split()
        if not words or words[-1].lower() in AUTHOR_WORDS and not document_paper(words) \
                or OWN_OUTLET_RE.search(" ".join(words[-3:])):
            return None
        named = self._actor_in(" ".join(words).lower())
        if named is not None and not _named_for(words):
            return named
        titled = self._title_before(words[-1], at) if words[-1].lower() in ("he", "she") else None
        if titled is not None:  # "Leaks of the president's address indicate he will call for X": the president
            return titled
        if PRONOUN_RE.match(words[-1]):  # he/she: the subject of the sentences before, or the last person named, not of
            # the other sex ("Sanders attacked Clinton. She has called for X": Clinton); they: the last body
            other = OTHER_SEX.get(words[-1].lower())
            subject = self._previous_subject(at) if other else self._previous_group(at)
            if subject is not None and (other is None or self._sex(subject) != other):
                return subject
            mentions = self.people if other else self.bodies
            return next((mentions[k][1] for k in range(bisect_right(mentions, (at, "")) - 1, -1, -1)
                         if other is None or self._sex(mentions[k][1]) != other), None)
        tail = words[-5:]
        while len(tail) > 1 and tail[0].lower() in SUBORDINATORS:  # "it comes as her rivals": her rivals
            tail.pop(0)
        return described(" ".join(tail), self.text) if tail else None


# a participle after a comma that reports a call or hope ("..., hoping that the council would", "..., urging the council
# to"), and the subject of the main clause before it: the words before its first verb in the past ("Protesters gathered
# outside", "The union issued a statement", "Senator Warren spoke to reporters")
PARTICIPLE_CUE_RE = re.compile(r"(?:hoping|urging|calling|demanding|asking|pressing|insisting|arguing|pleading|vowing|pledging|warning|"
                               r"promising|threatening)\b")
# a question paragraph of an interview set out as Q and A ("Q: Should ...", "QBut in your book ...", "Q. Will you ...")
ANSWER_PARAGRAPH_RE = re.compile(r"(?:^|\n)A(?::|\.)\s")  # an answer paragraph of such an interview ("A: Yes. We should ...")
QUESTION_PARAGRAPH_RE = re.compile(r"(?:^|\n)Q(?::\s*|\.\s+|(?=[A-Z][a-z]))[^\n]*")
# an embedded post as the corpus marks it ('<tweet pic="" author="realDonaldTrump" ...>text</tweet>')
POST_RE = re.compile(r"<tweet\b[^>]*?\bauthor=\"(?P<handle>[^\"]+)\"[^>]*>.*?</tweet>", re.S)
# what joins a call verb with no subject of its own to the clause before ("..., and urged him to", "but warned against")
JOINED_CALL_RE = re.compile(r"(?:,\s*|\s)(?:and|but)\s+(?:\w+ly\s+|also\s+|then\s+)?$")
# what joins a participle to its main clause: ", vowing to", "... and threatening to", "by promising to"
PARTICIPLE_JOIN_RE = re.compile(r"(?:,[”\"’']?|\band|\bby)\s*(?:\w+ly\s+)?$")
MAIN_SUBJECT_RE = re.compile(r"\s*(?P<np>[^,;:]{2,60}?)\s+(?:(?:has|have|had|is|are|was|were)\s+(?:\w+ly\s+)?)?(?:[a-z]+ed|"
                             r"(?:is|are|was|were)(?!\s+\w+ing\b)|met|went|came|stood|"
                             r"spoke|held|took|gave|made|left|sat|ran|wrote|told|said|sent|led|rose|fought|began|broke|"
                             r"brought|kept|set|put|won)\b")


@lru_cache(maxsize=1)
def _group_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A sentence opening with "They"; one opening with a plural subject, its verb next ("Critics met", "The unions
    have", "Local residents say"). Compiled when first asked."""
    return (re.compile(r"\s*(?:(?:But|And|Yet|However|Meanwhile|Still|Now),?\s+)?They\s"),
            re.compile(r"\s*(?:(?:But|And|Yet|However|Meanwhile|Still|Now),?\s+)?(?!(?:Its|Their|His|Her|Our)\s)"  # ("Its members": a body's)
                       r"(?P<np>(?:(?:The|Some|Many|Most|Several|"
                       r"Other|Local)\s+)?(?:[A-Za-z-]+\s+)?[A-Za-z-]+s)\s+(?:have|had|are|were|say|said|want|wanted|"
                       r"met|gathered|[a-z]+ed)\b"))


def _named_for(words: list[str]) -> bool:
    """Whether a subject is a name in capitals of the form "X for Y" ("Democracy for America", "Americans for Prosperity",
    "Doctors for Ukraine"): a group named for its cause, not the country or body after "for"."""
    if "for" not in words:
        return False
    at = words.index("for")
    return 0 < at < len(words) - 1 and words[0][:1].isupper() and words[at - 1][:1].isupper() and words[at + 1][:1].isupper()


ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St")


def _sentence_start(text: str, end: int) -> int:
    """Where the sentence ending right before `end` (a sentence start) opens: after the last ". ", "? ", "! " or line break
    before it that ends no abbreviation ("Mrs. Clinton"); at most 400 characters back."""
    stop = end
    while stop > 0 and text[stop - 1] in " \t\n\"”’'":
        stop -= 1
    lo, k = max(0, stop - 400), stop - 1
    while k > lo:
        k = max(text.rfind(". ", lo, k), text.rfind("? ", lo, k), text.rfind("! ", lo, k), text.rfind("\n", lo, k))
        if k < 0:
            return lo
        word = text[text.rfind(" ", lo, k) + 1:k]
        if text[k] != "." or not (word in ABBREVIATIONS or len(word) == 1 and word.isupper()):
            return k + 1 + (text[k] != "\n")
    return lo

@lru_cache(maxsize=1)
def _opening_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A sentence opening with he/she; one opening with a name in capitals as its subject, its verb next ("Mujica asks",
    "Mr Cameron has"). Compiled when first asked (only texts whose options have he/she holders ask)."""
    return (re.compile(r"\s*(?:(?:But|And|Yet|However|Meanwhile|Still|Now|Furthermore|Moreover),?\s+)?(?:[Hh]e|[Ss]he)\s"),
            re.compile(r"\s*(?:(?:But|And|Yet|However|Meanwhile|Still|Now),?\s+)?(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})"
                       r"\s+(?:[a-z]+ly\s+)?(?:has|had|is|was|will|would|said|says|asks|asked|wants|wanted|[a-z]+ed|"
                       r"[a-z]+e?s\b(?!\s+(?:were|are|have|had|will|would|say|said|[a-z]+ed)\b))\b"))
# ("Farm workers said", "Union leaders were": a plural noun, no verb, after the capitalised word)


# members of a party or a nation, no person: "Republican voters want", "Senate Republicans balked", "Americans say"
PARTY_WORDS = frozenset("Republican Democrat Democratic Conservative Labour Liberal Socialist Progressive Tory Tories".split())


def _group_name(name: str) -> bool:
    last = name.split()[-1]
    return any(w in PARTY_WORDS or w in DEMONYMS for w in (last, last[:-1] if last.endswith("s") else last))


OPENING_WORDS = frozenset("the a an this that these those it its there i we you they he she his her their our in on at "
                          "for with by from after before when while if as since but and yet so then however".split())


def _someone_elses(who: str, verb: str) -> bool:
    """Whether a call verb with the subject words `who` (unresolved) is a third party's: not the author's own ("I urge",
    "We would ask", "This newspaper calls for") nor an imperative ("Urge your senator to ..."); with no subject read, the
    verb must be finite or a participle ("..., and urged him to", "..., warning against")."""
    words = [w.lower() for w in who.split()]
    if any(w in FIRST_PERSON or w in AUTHOR_WORDS for w in words) and not document_paper(words):
        return False
    return bool(words) or verb.endswith(("ed", "es", "ing", "made")) or verb.endswith("s") and not verb.endswith("ss")


def _pronoun_subject(who: str) -> bool:
    """Whether a subject phrase is a third-person pronoun, with its auxiliaries ("She has", "They are now")."""
    words = [w for w in who.split() if w.lower() not in AUXILIARIES | BE_FORMS | NEGATIONS | ASPECT and name_tail([w]) == 0]
    return bool(words) and PRONOUN_RE.match(words[-1]) is not None


APPOSITION_HEADS = frozenset("a an the its their his her republican democrat independent".split())
PARTY_STATE_RE = re.compile(r"[RDI]-[A-Z][A-Za-z.]{1,12},")  # "Sen. Dianne Feinstein, D-Calif., wants": her party and state
# a sentence's subject, then an aside between commas before its verb: "Cycling campaigners, for their part,", "The
# unions, in a joint statement,", "Donald Trump, while being interviewed on Fox and Friends,", "The unions, meanwhile,"
# (the subject opens the sentence: no fronted phrase such as "In Paris," or "After the vote,")
ASIDE_AFTER_SUBJECT_RE = re.compile(
    r"\s*(?:(?:But|And|Yet|Now|Still),?\s+)?(?P<np>(?!(?:In|On|At|After|Before|Since|During|Under|For|With|Without|By|From|"
    r"While|When|If|Although|Though|As|Because|Once|Unless|Despite|Instead|Meanwhile|However|It|There)\b)[^,;:\"“”]{2,60}?),\s+"
    r"(?:for\s+(?:its|his|her|their|our|my)\s+part|meanwhile|however|though|too|also|in\s+turn|in\s+(?:a|an|the|its|his|her|their)\s"
    r"[^,;:]{1,60}|(?:while|when|after|before)\s[^,;:]{1,80}|speaking\s[^,;:]{1,60}|[a-z]+ly)"
    r",\s+(?:(?:has|have|had|is|are|was|were|will|would|also|again|now)\s+)*")
# a subject naming some of its members between commas before the verb of a call: "NATO's eastern members,
# particularly Poland and the Baltic States, have", "Several unions, such as Unite and the GMB,", "Big donors,
# especially Japan,"; not an opening phrase of place or time ("In many countries, including France, farmers")
MEMBERS_KEY_RE = re.compile(r",\s+(?:including|particularly|notably|especially|such\s+as|among\s+them)\s")
MEMBERS_AFTER_SUBJECT_RE = re.compile(
    r"(?:[^\"“”;]*?,?\s+(?:where|while|whereas|although|though|because)\s+)?"  # "In Europe, where X, particularly Y, have"
    r"\s*(?:(?:But|And|Yet|Now|Still),?\s+)?(?P<np>(?!(?:In|On|At|After|Before|Since|During|Under|For|With|Without|By|From|"
    r"While|When|If|Although|Though|As|Because|Once|Unless|Despite|Instead|Meanwhile|However|It|There|Across|Among|"
    r"Throughout|Like)\b)[^,;:\"“”]{2,60}?),\s+(?:including|particularly|notably|especially|such\s+as|among\s+them)\s+"
    r"(?P<members>[^,;:\"“”()]{2,80}?),\s+(?:(?:has|have|had|is|are|was|were|will|would|also|again|now|all|both)\s+)*")
THE_NAME_RE = re.compile(r"^[Tt]he\s+(?=[A-Z])")  # "the Baltic States": Baltic States
MEMBER_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
# a sentence opening with nothing but a name before its apposition ("Senator Hale, ", "But Mr. Smith, ")
NAME_ONLY_RE = re.compile(r"\s*(?:(?:But|And|Yet|Now|Meanwhile|Still),?\s+)?[A-Z][\w’'.-]*(?:\s+(?:(?:for|of|and|the)\s+)?"
                          r"[A-Z][\w’'.-]*){0,4},\s*")  # ("Democracy for America, ")
# the last word of a subject that names no part of a holder: an adverb ("Ministers foolishly", "The unions are only",
# "Politicians usually stubbornly") or a word of when ("Fox and Friends Monday morning", "The union last week")
NOT_OF_NAME_RE = re.compile(r"[a-z]{3,}ly|only|just|still|even|often|always|never|again|too|already|soon|then|today|tonight|"
                            r"himself|herself|itself|themselves|"
                            r"yesterday|morning|afternoon|evening|night|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
NOT_ADVERBS = frozenset("family assembly ally monopoly elderly rally bully daily weekly supply anomaly".split())
WHEN_PAIR_RE = re.compile(r"(?:last|this|next|earlier|later)\s+(?:week|month|year|weekend)", re.I)


def name_tail(words: list[str]) -> int:
    """How many of a subject's last words are no part of the holder's name: an adverb or a word of when (1), "last
    week" (2); 0 when the last word may be."""
    last = words[-1]
    if len(words) > 2 and WHEN_PAIR_RE.fullmatch(f"{words[-2]} {last}") is not None:
        return 2
    return int(NOT_OF_NAME_RE.fullmatch(last) is not None and last not in NOT_ADVERBS)


# a name set off by commas after the description it names: "Kenya's environment minister, Soipan Tuya, has ..."
APPOSED_NAME_RE = re.compile(r",\s+(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}),\s+(?:(?:has|have|had|is|are|was|were)\s+)?$")
# a proposal reported with its that-clause, the course argued inside it ("X proposed that schools should start ...")
PROPOSED_THAT_RE = re.compile(r"\b(?:propos|demand|urg|insist|recommend|request|suggest)(?:ed|es|s)?\s+that\b")


def apposed_name(text: str, sent_start: int, at: int) -> str | None:
    """The name a subject's apposition gives right before `at` (the verb), as the holder: 'Europe's largest farm lobby,
    Copa-Cogeca, has demanded' -> 'Copa-Cogeca'; None without one."""
    m = APPOSED_NAME_RE.search(text, max(sent_start, at - 80), at)
    return m.group("name") if m is not None else None


# a sentence opening with an owner's noun of a course or of speech and its "that": "The mayor's proposal that", "the
# union's demand that", "Lopez's repeated call that", "the Greens' argument that" (the content is the owner's)
OWNER_NOUN_THAT_RE = re.compile(r"[\s\"“‘'(]*(?:(?:But|And|Yet)\s+)?(?P<who>(?:[Tt]he\s+)?(?:[\w.’'-]+\s+){0,3}?[\w.-]+?)(?:[’']s|"
                                r"(?<=s)[’'])\s+(?:[\w’'-]+\s+){0,2}?(?:proposals?|demands?|calls?|insistence|suggestions?|"
                                r"recommendations?|arguments?|warnings?|requests?|pleas?|contention|view|belief)\s+that\s")


def proposer(text: str, sent_start: int, at: int, course: int | None = None) -> str | None:
    """The subject of 'proposed / demanded / urged ... that' before the course at `at` (or the name in its
    apposition: 'the city's education minister, Atishi, proposed that'); None without such a verb. An owner's noun
    clause ("The mayor's proposal that ...") is the owner's only when the course (starting at `course`) lies inside it,
    not when the course is the noun itself ("The mayor's belief that X is wrong": the author's verdict on the belief)."""
    last = None
    for last in PROPOSED_THAT_RE.finditer(text, sent_start, at):
        pass
    if last is None:
        owner = OWNER_NOUN_THAT_RE.match(text, sent_start, at)  # "The mayor's proposal that the council should ban
        inside = owner is not None and owner.end() <= (at if course is None else course)  # cars drew criticism": the mayor's
        return owner.group("who") if inside and owner is not None else None
    named = apposed_name(text, sent_start, last.start())
    if named is not None:
        return named
    who = subject_of(text, sent_start, last.start())
    return who if who.strip() and not all(w.lower() in AUXILIARIES | BE_FORMS for w in who.split()) else None
