"""A company's description that the text makes unique, as its alias: "the Dutch chip equipment maker", "the South
Korean tech giant", "the Taiwanese contract chipmaker", "The battery maker", "The world's biggest supplier of
lithography machines". The description stands for the company that is the subject of its own sentence (a continuation:
"ASML said ..., as the Dutch chip equipment maker felt the effect") or, when it opens a sentence, the subject of the
sentence before ("LG Energy Solution said ... The battery maker said"); a country word in it must not be another
country's. The heads org_coref reads ("the company", "the carmaker", "the Swiss lender") stay there; these are the
trade heads it leaves out because which of two companies is meant is not known from the head alone."""
from __future__ import annotations

import re

from briefing_app.analysis import gazetteer
from briefing_app.analysis.document import Document
from briefing_app.analysis.org_coref import business_orgs
from briefing_app.core.model import Actor, Span

# a business's head noun that org_coref does not read ("maker", "giant", "designer", "supplier", ...), with up to four
# words before it in lower case, a country's word or "U.S." after "the"; or "the world's largest/biggest ... <head>",
# with "of <things>" after the head ("The world's biggest supplier of lithography machines"). Found from each head
# word (a find each) and read backwards from it, not tried at every "the"
HEADS = ("maker", "makers", "giant", "designer", "supplier", "producer", "manufacturer", "conglomerate", "chipmaker",
         "automaker", "carmaker")
HEAD_SET = frozenset(HEADS)
HEAD_STEMS = ("maker", "giant", "designer", "supplier", "producer", "manufacturer", "conglomerate")  # (each head holds one)
MOD = r"(?:[a-z][a-z-]+|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?|U\.S\.)"
BEFORE_HEAD_RE = re.compile(r"(?<![\w’'-])(?P<the>[Tt]he)[ \t]+(?P<world>world(?:’s|'s)[ \t]+(?:largest|biggest|"
                            r"second-largest|top|leading)[ \t]+)?(?P<mods>(?:" + MOD + r"[ \t]+){0,4})\Z")
OF_AFTER_RE = re.compile(r"[ \t]+of[ \t]+(?!(?:the|a|an)\b)[a-z][a-z-]*(?:[ \t]+(?!(?:the|a|an|and|in|for|to)\b)"
                         r"[a-z][a-z-]*)?(?![\w-])")
NOT_MODS = frozenset("the a an its their his her this that which who and or but said says".split())
SENTENCE_END_RE = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])|\n+")


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of text, split at a stop before a capital and at line breaks."""
    out, start = [], 0
    for m in SENTENCE_END_RE.finditer(text):
        out.append((start, m.start() + 1))
        start = m.end()
    out.append((start, len(text)))
    return out


# a dateline before a sentence's subject ("SEOUL, March 5 (Yonhap) - ", "VELDHOVEN, Netherlands, July 16 (Reuters) - ")
DATELINE_RE = re.compile(r"[^\n]{0,70}?[ \t][-—–][ \t]+")
# the words that may open a sentence before its subject ("The", "On Tuesday,")
OPENING_WORDS = frozenset("The A An On In At After Last This Earlier Later Monday Tuesday Wednesday Thursday Friday "
                          "Saturday Sunday Meanwhile Separately But And".split())


def _subject(text: str, orgs: list[Actor], start: int, end: int) -> Actor | None:
    """The company that opens a sentence (its subject): its first mention comes before any other company's there, and
    no other name stands before it (a dateline and opening words aside)."""
    first: tuple[int, Actor] | None = None
    for org in orgs:
        at = next((m.start for m in org.mentions if start <= m.start < end), None)
        if at is not None and (first is None or at < first[0]):
            first = (at, org)
    if first is None:
        return None
    dateline = DATELINE_RE.match(text, start, first[0])
    before = text[dateline.end() if dateline else start:first[0]]
    names = re.findall(r"(?<![\w’'-])[A-Z][\w’'-]*", before)
    return first[1] if all(w in OPENING_WORDS for w in names) and len(before) <= 40 else None


def _country_of_words(words: str) -> str | None:
    """The country a description's capitalised words name ("Dutch", "South Korean", "U.S."), else None."""
    for word in re.findall(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?|U\.S\.", words):
        hit = gazetteer.lookup(word)
        if hit and hit[1] == "country":
            return hit[0]
    return None


def _country_of(org: Actor) -> str | None:
    """The country a company's name or affiliation names ("Taiwan Semiconductor Manufacturing Co"), else None."""
    own = gazetteer.PLACE_RE.search(f"{org.name} {org.affiliation or ''}")
    hit = gazetteer.lookup(own.group()) if own else None
    return hit[0] if hit and hit[1] == "country" else None


def _named_between(orgs: list[Actor], start: int, end: int) -> list[Actor]:
    """The companies with a mention between start and end."""
    return [o for o in orgs if any(start <= m.start < end for m in o.mentions)]


def _heads(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each head word (HEADS) in text, as whole words, found by its stem (str.find: a pattern tried
    at every offset of a text with none cost ~1.6 M instructions an analysis)."""
    out = []
    for stem in HEAD_STEMS:
        at = text.find(stem)
        while at != -1:
            start, end = at, at + len(stem)
            while start and text[start - 1].isalpha():
                start -= 1
            while end < len(text) and text[end].isalpha():
                end += 1
            if text[start:end] in HEAD_SET and not text.startswith("-", end) and not text.endswith("-", 0, start):
                out.append((start, end))
            at = text.find(stem, end)
    return sorted(out)


def descriptions(doc: Document) -> None:
    """Each company description DESCRIPTION_RE finds, an alias and a mention of the company it stands for."""
    text = doc.actor_text
    heads = _heads(text)
    if not heads:
        return
    orgs = business_orgs([a for a in doc.actors if a.kind == "organization"])
    if not orgs:
        return
    sentences = _sentence_bounds(text)
    for head_start, head_end in heads:
        m = BEFORE_HEAD_RE.search(text, max(0, head_start - 70), head_start)
        if m is None:
            continue
        mods = m.group("mods").split()
        if any(w in NOT_MODS for w in mods) or not mods and not m.group("world"):
            continue  # ("the maker", "The maker of the iPhone" say too little; "The battery maker" does)
        tail = OF_AFTER_RE.match(text, head_end)
        end = tail.end() if tail else head_end
        index = next(i for i, (s, e) in enumerate(sentences) if s <= m.start() < e)
        s, e = sentences[index]
        org = _subject(text, orgs, s, m.start()) if m.start() > s else None
        if org is None and m.start() - s <= 1 and index:
            org = _subject(text, orgs, *sentences[index - 1])
        country = _country_of_words(m.group("mods"))
        if country is not None:  # "the Taiwanese contract chipmaker": the company of that country named there, if any
            near = _named_between(orgs, sentences[index - 1][0] if index else s, m.start())
            org = next((o for o in near if _country_of(o) == country), org)
        if org is None or country is not None and _country_of(org) not in (None, country):
            continue
        said = re.sub(r"[ \t]+", " ", text[m.start():end])
        if said not in org.aliases and said != org.name:
            org.aliases.append(said)
        org.mentions.append(Span(m.start(), end))
        org.mentions.sort(key=lambda sp: sp.start)


__all__ = ["descriptions"]
