"""A hyphen at a PDF line end ("x-" + "y" on the next line): the typesetter's, to drop
("bud-" + "get" → "budget"), or a compound's, to keep ("high-" + "profile" → "high-profile")?

The evidence, strongest first:

1. A capital after the hyphen ("anti-American", "Северо-Западный") keeps it, except in a line
   of capitals. Korean and other scripts without line-end hyphenation keep it too.
2. The document's own spelling: the joined word or the hyphenated pair elsewhere in it (the
   more frequent wins).
3. Russian hyphenated particles and prefixes: "что-то", "кто-нибудь", "кое-что", "из-за",
   "по-русски"; English "re-", "pre-", "de-" before a vowel ("re-election", "pre-empt").
4. A suffix after the hyphen ("clash-" + "ing") is the typesetter's.
5. The language's word list (resources/words/): a joined word of the language is the
   typesetter's; two words that do not make one keep the hyphen ("body-temple"; the second may
   be an inflection or a word of the rarer list: "soup-guzzling", "empty-bellied"), unless the
   list's own words show a closed word it lacks: the second piece ends many of its words
   (a suffix: "frail-ties" like activi-ties) or several after another word, and the first
   starts several before one ("bond-holders": share-holders, bond-age), or the first starts
   many ("fire-storm": fire-arm, fire-works, ...) and the second ends one; or a capitalised
   first piece before a word that is no participle ("Green-peace": a name set solid), or the
   two make a word of the rarer English list ("con-scripted", "cart-wheel") or the rarer list writes
   another form of the two closed ("up-turn": upturned; "under-achievement": underachiever); English only
   (measured on English text alone).
6. For pieces the list does not know (names, rare words): compound heads and tails
   ("self-", "semi-", "-style", "-based") and words the document uses on their own; a prefix
   that keeps its hyphen ("self-", "non-", "semi-") before a word the list lacks.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import cache

from briefing_app.core.word_lists import listed as _listed, words

WORD = re.compile(r"[^\W\d_]+")
PAIR = re.compile(r"([^\W\d_]+)-(?=([^\W\d_]+))")
COMPOUND_HEADS = {"long", "short", "well", "self", "non", "co", "anti", "pre", "post", "ex", "half", "multi",
                  "mid", "all", "cross", "counter", "high", "low", "full", "part", "far", "near", "so", "one",
                  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "late", "early",
                  "year", "day", "week", "month", "left", "right", "state", "first", "second", "third", "hard",
                  "open", "old", "wide", "middle", "top", "vice", "much", "ever", "never", "life", "time",
                  "semi", "quasi", "pseudo", "neo", "ultra", "ill"}
COMPOUND_TAILS = {"based", "led", "run", "term", "range", "level", "time", "year", "old", "owned", "made", "free",
                  "wide", "scale", "style", "like", "related", "backed", "friendly", "linked", "known", "up",
                  "in", "off", "out", "over", "down", "back", "on", "elect", "general", "born", "minded",
                  "oriented", "driven", "funded", "sponsored", "bound", "sized", "ridden", "long", "esque"}
PREFIXES = {"self", "non", "semi", "quasi", "pseudo", "neo", "anti", "ultra", "multi", "ex", "vice"}
HYPHEN_HEADS = COMPOUND_HEADS | PREFIXES | {"re", "pre", "de", "e", "x", "t", "u"}  # "re-election", "e-mail"
CUT_HEADS = {"re", "pre", "de"}  # prefixes that keep a hyphen before a vowel only ("re-enter"; "reported")
VOWELS = "aeiouy"
SUFFIXES = {"ing", "ings", "er", "ers", "est", "ed", "ly", "ness", "ment", "ments", "less", "ful", "ism", "ist",
            "ists", "ity", "ities", "tion", "tions", "sion", "sions", "ation", "ations", "ian", "ians", "ate", "ates",
            "ated", "ating", "ive", "ively", "man", "men", "most", "ion", "ions"}
ENDINGS = (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("ies", "y"), ("es", ""), ("s", ""), ("ers", ""),
           ("er", ""), ("ly", ""))  # English inflections: (ending, what the stem then ends with)
CLOSED_TAIL = 6  # letters at least of a second piece the document's other closed words may show closed
NAME_HEAD = 7  # letters at most of the first word of a name set solid ("Green", "Liver", "Micro", "Spring")
# the tens before a unit: hyphenated by the spelling rule ("thirty-eight", "Twenty-first")
TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
UNITS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "first", "second", "third", "fourth",
         "fifth", "sixth", "seventh", "eighth", "ninth"}
# object pronouns of three letters or more: no English word ends in one after a word ("thank-you", "see-them")
OBJECT_PRONOUNS = {"you", "him", "them"}
# the English words of two letters (the word list holds every pair of letters, abbreviations among them): another
# first piece of two letters ("un-", "im-", "en-", "di-") is a prefix or a typesetter's cut, no word ("un-" + "declared")
TWO_LETTER_WORDS = {"am", "an", "as", "at", "be", "by", "do", "go", "he", "hi", "if", "in", "is", "it", "me", "my", "no",
                    "of", "oh", "ok", "on", "op", "or", "ox", "so", "to", "up", "us", "we"}  # ("op-ed", "photo op")
WORD_HEADS = TWO_LETTER_WORDS | COMPOUND_HEADS | PREFIXES  # ("co-", "ex-" head compounds as words do)
RU_WH = {"что", "кто", "как", "где", "куда", "когда", "откуда", "почему", "зачем", "чей", "чья", "чьё", "чьи",
         "сколько", "какой", "какая", "какое", "какие", "какого", "какому", "каким", "каком", "какую", "каких",
         "кого", "кому", "кем", "ком", "чего", "чему", "чем", "чём"}  # + "-то": "что-то", "какой-то"
CYRILLIC = re.compile(r"[а-яё]")
LATIN = re.compile(r"[a-z]")


def compounds(lines: list[str]) -> Counter[tuple[str, str]]:
    """The hyphenated pairs inside the lines ("high-profile" → ("high", "profile")), lower case."""
    return Counter((a.lower(), b.lower()) for line in lines for a, b in PAIR.findall(line))


SUFFIX_LIKE, TAIL, HEAD, PREFIX_LIKE = 10, 3, 2, 10


@cache
def _index(lang: str) -> tuple[list[str], dict[str, list[str]]]:
    """The list's words sorted (for words by their start), and grouped by their last three
    letters (for words by their ending)."""
    ordered = _listed(lang)  # sorted on disk (scripts/make_word_lists.py)
    endings: dict[str, list[str]] = {}
    for w in ordered:
        endings.setdefault(w[-3:], []).append(w)
    return ordered, endings


def closed_counts(lang: str, left: str, right: str) -> tuple[int, int]:
    """How many words of the list start with `left` before another word of 3+ letters
    ("bond": bondage, bondsman), and end with `right` after one ("holders": shareholders,
    stakeholders, householders)."""
    lexicon = words(lang)
    ordered, endings = _index(lang)
    i = bisect_left(ordered, left)
    j = bisect_left(ordered, left + "\uffff", i)
    heads = sum(1 for w in ordered[i:j] if len(w) - len(left) > 2 and w[len(left):] in lexicon)
    tails = sum(1 for w in endings.get(right[-3:], ()) if len(w) - len(right) > 2 and w.endswith(right)
                and w[:-len(right)] in lexicon)
    return heads, tails


def _closed(lang: str, left: str, right: str) -> bool:
    heads, tails = closed_counts(lang, left, right)
    return tails >= SUFFIX_LIKE or (tails >= TAIL and heads >= HEAD) or (tails >= 1 and heads >= PREFIX_LIKE)


def _name(left: str, right: str) -> bool:
    """"Green-" + "peace": a capitalised first piece before a lower-case word that is no compound
    tail nor a participle ("Kremlin-backed", "Texas-based" keep theirs) is a name set solid
    (Greenpeace, Facebook, Blackpool), cut by the typesetter; such names open with a short word
    ("Republican-" + "majority" is no name)."""
    return left[:1].isupper() and not left.isupper() and not right.endswith(("ed", "ing")) and len(left) <= NAME_HEAD


def _language(word: str) -> str | None:
    """"en" for Latin letters, "ru" for Cyrillic: the word lists there are (lower case)."""
    if LATIN.match(word):
        return "en"
    if CYRILLIC.match(word):
        return "ru"
    return None


def drop_hyphen(left: str, right: str, vocab: Counter[str],
                pairs: Counter[tuple[str, str]] | None = None) -> bool:
    """Was the line-end hyphen in `left-` + `right` put there by the typesetter? `vocab`: the
    document's words (not counting this break's pieces); `pairs`: its hyphenated pairs."""
    low_l, low_r = left.lower(), right.lower()
    if left.isupper() and len(right) >= 2 and right[:-1].isupper() and right[-1] == "s" and (
            vocab[low_l + low_r[:-1]] or vocab[low_l + low_r]):
        return True  # "GC-" + "SEs" where the document writes "GCSE": a word in capitals, its plural's "s" after it
    if not right or (right[:1].isupper() and not (left.isupper() and right.isupper())):
        return False  # "anti-American" (but "FACEB-OOK" in a line of capitals is one word)
    lang = _language(low_l)
    if lang is None or _language(low_r) != lang or _acronym(left, right):
        return False  # Korean is not hyphenated at line ends; nor is a word across two scripts, nor "ISIL-ed"
    lexicon = words(lang)
    joined, hyphened = vocab[low_l + low_r], (pairs or Counter())[(low_l, low_r)]
    if joined or hyphened:
        return joined >= hyphened
    if lang == "en" and _form_written(low_l + low_r, vocab):
        return True  # "neuro-" + "mas" where the document writes "neuroma"
    if _russian_compound(low_l, low_r) or (low_l in TENS and low_r in UNITS):
        return False
    if low_l in CUT_HEADS and low_r[:1] in VOWELS:
        whole = _known(low_l + low_r, lexicon)
        if not whole or _known(low_r, lexicon) and (low_r[0] == "e" or _prefix_style(pairs)):
            return False  # "re-election", "pre-empt", "de-escalate": the prefix keeps its hyphen before its own vowel
            # (but "pre-" + "achers", "pre-" + "ening": no word after it, a word when joined, is a cut); before
            # another, the list's whole word wins ("re-" + "ally", "re-" + "action"), unless the document writes such
            # prefixes with their hyphen ("re-use", British spelling: "re-" + "open" keeps it)
    if low_r in SUFFIXES:
        return True
    if lang == "en" and low_r in OBJECT_PRONOUNS and len(low_l) > 2 and low_l in lexicon:
        return False  # "thank-you" (the list's "thankyou" is a misspelling): no English word ends in one
    if _known(low_l + low_r, lexicon):
        return True
    if lang == "en" and len(low_r) >= CLOSED_TAIL and low_l not in HYPHEN_HEADS and \
            _tail_closed(low_l, low_r, vocab, lexicon):
        return True  # "under-" + "sexualised" where the document writes "oversexualised"
    if lang == "en" and low_l in TWO_LETTER_WORDS and low_l != "by" and len(low_r) >= 8 and not low_r.endswith("ing") \
            and _known(low_r, lexicon) and _known(low_l + low_r, words("en-rare")):
        return True  # "in-" + "consequential", "in-" + "sincerity": a word of two letters before a long word, the two
        # closed in the rarer list (not before a participle, "in-fighting", nor "by-" + "election": British spelling)
    if _known(low_l, lexicon) and (len(low_l) != 2 or lang != "en" or low_l in WORD_HEADS) and \
            (_known(low_r, lexicon) or lang == "en" and _known(low_r, words("en-rare"))):
        # "body-temple": two words that make none keep the hyphen, unless the second ends many
        # words of the list after another word ("frail-ties": royal-ties, penal-ties, ...;
        # "bond-holders": share-holders, stake-holders): a closed word the list lacks; or
        # they make a rarer word ("con-scripted", "cart-wheel", "real-location": the rare list)
        if lang != "en" or low_r in COMPOUND_TAILS or low_l in COMPOUND_HEADS:
            return False
        return (len(low_l) > 2 and len(low_r) > 2 and (len(low_r) > 3 and (_closed(lang, low_l, low_r) or _name(
            left, low_r)) or _known(low_l + low_r, words("en-rare")))) or len(low_r) > 3 and _rare_form(low_l + low_r)
    if lang == "en" and len(low_r) > 2 and not _known(low_r, lexicon) and _known(low_l + low_r, words("en-rare")):
        return True  # "anti-" + "pathy": no word after the hyphen, a (rarer) word when joined
    if low_l in PREFIXES and len(low_r) > 2:
        return False  # "self-destructs": a prefix that keeps its hyphen before a word the list lacks
    if (low_l in COMPOUND_HEADS and (vocab[low_r] >= 1 or low_r in COMPOUND_TAILS)) or (
            low_r in COMPOUND_TAILS and (vocab[low_l] >= 1 or low_l in lexicon)):
        return False
    return not (vocab[low_l] >= 1 and vocab[low_r] >= 1)


RARE_FORM_ENDINGS = ("s", "d", "ed", "r", "er", "ers", "ing")  # another form of a joined word ("upturn": "upturned")


def _rare_form(word: str) -> bool:
    """Does the rarer English list write another form of the (joined) `word` closed: the word or its stem
    before "-ment"/"-ness" with an ending ("up-" + "turn": "upturned"; "under-" + "achievement": "underachiever")?
    Then two words that make none in the main list are one word cut by the typesetter."""
    rare = words("en-rare")
    stems = [word, *(word[:-len(suffix)] for suffix in ("ment", "ness") if word.endswith(suffix))]
    return any(stem + ending in rare or stem[-1:] == "e" and stem[:-1] + ending in rare
               for stem in stems for ending in RARE_FORM_ENDINGS)


def _prefix_style(pairs: Counter[tuple[str, str]] | None) -> bool:
    """Does the document hyphenate "re-", "pre-" or "de-" before a vowel other than their own ("re-open",
    "re-use", British spelling)?"""
    return any(n > 0 and head in CUT_HEADS and tail[:1] in "aiouy" for (head, tail), n in (pairs or {}).items())


def hyphenates(breaks: list[tuple[str, str]], vocab: Counter[str],
               pairs: Counter[tuple[str, str]] | None = None, by_default: bool = True) -> bool:
    """Does the document's typesetter hyphenate words at line ends? `breaks`: its words broken
    over two lines after a hyphen, as (left, right). Yes when one of them is plainly a
    typesetter's cut: a suffix after the hyphen ("clash-ing", "spokes-man"; not after an
    acronym, "ISIL-ed"), a word the document itself writes whole more often than hyphenated
    ("re-ported" where it writes "reported"), or a word of the language when joined
    ("gov-ernment") from pieces that are not both words ("south-east", "take-away": a
    compound's own hyphen, where a word processor that does not hyphenate breaks the line
    too) whose first piece is no compound head ("re-election", "long-term") or is "re", "pre"
    or "de" before a consonant ("re-ported", "pre-vented": the prefix keeps its hyphen before a
    vowel, "re-election", "pre-empt", "de-escalate"); also when fewer than two words are
    broken (too little to go by). A document whose two or more line-end hyphens all may be
    compounds' was set without hyphenation (as browsers and office suites set text by
    default): it keeps them all. One "re-"/"pre-"/"de-" before a consonant among them is not
    enough ("re-write" in a document that does not hyphenate; two such cuts are).
    `by_default`: False for a document whose program does not hyphenate unless told to (a word
    processor, a browser): then fewer than two breaks say yes only when one is plainly a cut."""
    if len(breaks) < 2 and by_default:
        return True
    prefixed = 0  # "re-" + "write": a cut ("re-ported") or a compound ("re-write", "pre-war")
    for left, right in breaks:
        low_l, low_r = left.lower(), right.lower()
        lang = _language(low_l)
        if lang is None or _language(low_r) != lang or right[:1].isupper():
            continue
        if _acronym(left, right):
            continue
        if low_r in SUFFIXES:
            return True
        if vocab[low_l + low_r] > (pairs or Counter())[(low_l, low_r)] or (
                lang == "en" and not (pairs or Counter())[(low_l, low_r)] and _form_written(low_l + low_r, vocab)):
            return True
        lexicon = words(lang)
        head = low_l not in HYPHEN_HEADS or (low_l in CUT_HEADS and low_r[:1] not in VOWELS)
        two_words = low_l not in CUT_HEADS and _known(low_l, lexicon) and _known(low_r, lexicon)
        if head and not two_words and _known(low_l + low_r, lexicon):
            if low_l not in CUT_HEADS:
                return True
            prefixed += 1
    return prefixed >= 2


def _form_written(word: str, vocab: Counter[str]) -> bool:
    """Does the document write another English form of `word` whole: its stem or another
    inflection of it ("neuromas" where it writes "neuroma", "geoengineered" where
    "geoengineering", "windfarm" where "windfarms")? Stems of four letters or more only."""
    stems = [word]
    for ending, base in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) > 3:
            stem = word[:-len(ending)]
            stems.append(stem + base)
            if _doubled(ending, base, stem):
                stems.append(stem[:-1])  # "planned": "plan"
    for stem in stems:
        if stem != word and vocab[stem]:
            return True
        for ending, base in ENDINGS:
            if stem.endswith(base) and vocab[stem[:len(stem) - len(base)] + ending]:
                return True
    return False


def _tail_closed(left: str, right: str, vocab: Counter[str], lexicon: frozenset[str]) -> bool:
    """Does the document write `right` closed after another word of the list ("oversexualised"
    beside "under-" + "sexualised")?"""
    return bool(_closed_tails(vocab, lexicon).get(right, set()) - {left})


# the last document's words (held, so that `is` tells them apart) and their index
_tails: tuple[Counter[str] | None, dict[str, set[str]]] = (None, {})


def _closed_tails(vocab: Counter[str], lexicon: frozenset[str]) -> dict[str, set[str]]:
    """The document's words split after a word of the list of three letters or more, before
    CLOSED_TAIL letters or more: {tail: heads} ("sexualised": {"over"}); built once per document
    (its `vocab`), when first asked, so that each break costs a look-up, not a pass over the words."""
    global _tails
    if _tails[0] is not vocab:
        index: dict[str, set[str]] = {}
        for word, count in vocab.items():
            for k in range(3, len(word) - CLOSED_TAIL + 1) if count > 0 else ():
                if word[:k] in lexicon:
                    index.setdefault(word[k:], set()).add(word[:k])
        _tails = (vocab, index)
    return _tails[1]


def _acronym(left: str, right: str) -> bool:
    """"ISIL-" + "ed": capitals before a lower-case ending, which no typesetter splits off."""
    return len(left) > 1 and left.isupper() and right.islower()


S_HEADS = {"news", "arms", "sales", "goods", "sports", "savings", "jobs", "odds", "means", "series", "species",
           "earnings", "customs", "arts", "clothes", "pros", "cons"}


def inflected_s(word: str) -> bool:
    """Is the (lower-case) English `word` a plural or a verb in -s of a word of the list
    ("years", "cultures", "happens", "opportunities"), and not one that heads compounds as it
    is ("news-", "arms-", "sales-", "politics")?"""
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is", "ics")) or word in S_HEADS:
        return False
    lexicon = words("en")
    if word not in lexicon:
        return False  # "rans-" + "omware": a typesetter's cut
    return word[:-1] in lexicon or (word.endswith("es") and word[:-2] in lexicon) or (
        word.endswith("ies") and word[:-3] + "y" in lexicon)


def known(word: str, rare: bool = False) -> bool:
    """Is `word` a word of its language's list (or an English inflection of one)? `rare`: or of the
    rarer English list (seven letters or more)."""
    lang = _language(word.lower())
    return lang is not None and (_known(word.lower(), words(lang)) or (
        rare and lang == "en" and len(word) > 6 and _known(word.lower(), words("en-rare"))))


def _known(word: str, lexicon: frozenset[str]) -> bool:
    """Is `word` in the list, or an English inflection of a word in it ("overhauling", "duties")?"""
    if word in lexicon:
        return True
    for ending, base in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) > 3:
            stem = word[:-len(ending)]
            if stem + base in lexicon or (_doubled(ending, base, stem) and stem[:-1] in lexicon):
                return True
    return False


def _doubled(ending: str, base: str, stem: str) -> bool:
    """Does `stem` end in a consonant doubled before a vowel ending ("plann" + "ed", "bigg" + "er"),
    not a letter written twice in the word itself ("Syriaa" + "s" is no inflection of "Syria")?"""
    return not base and ending[0] in "ei" and stem[-1] == stem[-2] and stem[-1] not in VOWELS


def _russian_compound(left: str, right: str) -> bool:
    """Russian words written with a hyphen by rule: particles -то (after a question word),
    -либо, -нибудь, кое-; из-за, из-под; по- with an adverb's ending ("по-русски", "по-новому")."""
    return (right in ("нибудь", "либо") or (right == "то" and left in RU_WH) or left in ("кое", "кой")
            or (left == "из" and right in ("за", "под"))
            or (left == "по" and right.endswith(("ому", "ему", "ски", "цки", "ьи"))))
