"""News report or opinion (op-ed, editorial, column, analysis, letter), from the text alone.

A weighted sum of cues:

- kickers and bios: "Opinion |", "Editorial:", "The Guardian view on", "X is a senior fellow
  at ...", "The author is ..." (decisive on their own);
- the author's argument, counted in the author's own voice (voice.py: quotations, reported
  speech, transcript turns and block quotations are other people's words): first and second
  person, evaluative words, copulas ("is", "was": claims about what things are), argumentative
  words ("why", "indeed", "of course", "think"), abstract nouns ("legitimacy", "austerity");
- reporting, counted in all unquoted text: "said"/"told"/"according to", titles ("Mr.", "Sen."),
  weekdays and time expressions ("last week", "yesterday"), names inside sentences, direct
  quotes, transcript turns, a dateline ("WASHINGTON (AP) —") and a headline that gives the floor
  to a speaker ("Cruz: ‘...’").

Rates are per 100 words, so length does not decide. Deontic modals ("should", "must"), contrast
words and rhetorical questions were measured and add nothing once quoted and
reported speech is left out (news reports' "should" is mostly their speakers'). HTML metadata
(JSON-LD @type, article:section, /opinion/ URLs) is read in ingest and wins over this guess;
the user can override either per source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_app.analysis.segment import paragraphs
from briefing_app.analysis.voice import SPEAKER_HEADLINE_RE, author_voice

KICKER_RE = re.compile(
    r"^(?:Opinion|Op-Ed|OPINION|Editorial|EDITORIAL|Column|Commentary|Analysis|Letters?|Viewpoint|Perspective)"
    r"\s*[|:—–-]|^(?:The|An?)\s+(?:\w+\s+){0,3}view\s+on\b|^Our view\b|^Letters? to the editor\b",
    re.M,
)
BIO_RE = re.compile(
    r"^(?:The (?:author|writer)s? (?:is|are|was|serves)\b"
    r"|(?:[A-Z][\w.'’-]+\s+){2,5}(?:is|was|serves as) (?:an? |the )?(?:(?:former|senior|visiting|distinguished|"
    r"non-resident|nonresident|contributing|associate|assistant|adjunct)\s+)*(?:fellow|professor|columnist|"
    r"contributor|director|president|chair|author|editor|lecturer|researcher|analyst)\b"
    r"|(?:[A-Z][\w.'’-]+\s+){2,5}writes? (?:about|on|for)\b)",
    re.M,
)
DATELINE_RE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}(?:\([A-Za-z ]+\))?\s*[—–-]{1,2}\s|\((?:AP|Reuters|AFP)\)\s*[—–-]", re.M)
# Cue words, counted in one pass over each side's words: (feature, weight, words matched as written, words matched
# in any case, word pairs in any case). The author's cues (VOICE) are counted in the author's own voice
# (voice.py), the reporting cues in all unquoted text. Weights per 100 words come from a logistic
# regression on the tuned part of the development editorials and PolNeAR news reports (neither shipped;
# tests/data/options/fit_genre.py refits them), rounded; measure_genre.py prints tuned and held figures.
CUES: tuple[tuple[str, float, str, str, str], ...] = (
    ("first", 3.4, "I I'm I’m I've I’ve me my we We our Our us you You your Your", "", ""),
    ("eval", 4.15, "", "absurd disgrace disgraceful shameful outrage outrageous appalling wise unwise foolish folly "
     "reckless misguided sensible welcome laudable deplorable troubling worrying dangerous disastrous mistake "
     "clearly surely indeed undoubtedly obviously arguably sadly unfortunately rightly wrongly hypocrisy "
     "hypocritical failure cynical naive vital crucial essential deserve deserves ought merely simply",
     "right_to wrong_to of_course failed_to"),
    ("copula", 1.2, "is are was were isn't aren't wasn't weren't isn’t aren’t wasn’t weren’t", "", ""),
    ("argue", 0.6, "", "why these nothing always never rather perhaps simply actually indeed clearly certainly seem "
     "seems sense itself themselves true reason very good think know believe feel want need nor let it's it’s "
     "that's that’s don't don’t can't can’t isn't isn’t doesn't doesn’t anything everyone someone life world "
     "society today", "for_example"),
    ("said", -1.1, "said says told announced stated added spokesman spokeswoman spokesperson aide aides tweeted "
     "statement interview reported reporters official officials", "", "according_to declined_to not_respond"),
    ("title", -2.45, "Mr Mrs Ms Sen Rep Gov", "", ""),
    ("weekday", -5.35, "Monday Tuesday Wednesday Thursday Friday Saturday Sunday", "", ""),
    ("time", -4.05, "", "yesterday tonight earlier",
     "last_week last_night this_week next_week"),
)
VOICE = frozenset({"first", "eval", "copula", "argue"})
ABSTRACT_WEIGHT = 0.75
NAMES_WEIGHT = -0.25  # capitalised words after a lower-case word (inside a sentence, not a headline): names
QUOTES_WEIGHT = -0.4
TURNS_WEIGHT = -3.35
DATELINE_WEIGHT = -2.5
SPEAKER_HEADLINE_WEIGHT = -4.85
BIAS = -0.6
SMOOTHING = 100  # words added to the voice's length in proportion to what others say, so a transcript's
# short intro gives no wild rates
Lexicon = tuple[dict[str, list[str]], dict[str, list[str]], dict[tuple[str, str], list[str]]]


def _lexicon(voice: bool) -> Lexicon:
    """Words as written, words in any case and word pairs of the voice cues (or the others)."""
    cased: dict[str, list[str]] = {}
    anycase: dict[str, list[str]] = {}
    pairs: dict[tuple[str, str], list[str]] = {}
    for name, _, written, lower, two in CUES:
        if (name in VOICE) != voice:
            continue
        for w in written.split():
            cased.setdefault(w, []).append(name)
        for w in lower.split():
            anycase.setdefault(w, []).append(name)
        for p in two.split():
            first, second = p.split("_")
            pairs.setdefault((first, second), []).append(name)
    return cased, anycase, pairs


VOICE_LEXICON = _lexicon(True)
REPORT_LEXICON = _lexicon(False)
WEIGHTS = {name: weight for name, weight, _, _, _ in CUES}
WORD_RE = re.compile(r"[A-Za-z’']+")
NAME_RE = re.compile(r"(?<=[a-z,] )[A-Z][a-z]")
# abstract nouns (nominalisations: "legitimacy", "intervention", "austerity"), the stuff of argument
ABSTRACT_ENDINGS = tuple(e + s for e in ("tion", "sion", "ism", "ity", "ness", "ment", "ance", "ence", "acy")
                         for s in ("", "s"))
ABSTRACT_ENDINGS += ("ities", "acies")


@dataclass(frozen=True)
class GenreGuess:
    """The guess, its score (> 0 means opinion) and the cue counts behind it."""

    genre: str
    score: float
    cues: dict[str, float]


def guess(text: str, masked: str, direct_quotes: int, boiler: list[tuple[int, int]] | None = None,
          paras: list[tuple[int, int]] | None = None, reported: list[tuple[int, int]] | None = None) -> GenreGuess:
    """Genre of `text`; `masked` is text with quotations blanked (same offsets), `paras` its
    paragraphs (default: every non-blank line) and `reported` the contents of reported speech."""
    head = "\n".join(line.strip() for line in text[:600].splitlines()[:6])
    tail = "\n".join(line.strip() for line in text[-1200:].splitlines()[-8:])
    if KICKER_RE.search(head) or BIO_RE.search(head) or BIO_RE.search(tail):
        return GenreGuess("opinion", 10.0, {"kicker_or_bio": 1.0})
    for start, end in boiler or []:
        if KICKER_RE.search(text[start:end].strip()):
            return GenreGuess("opinion", 10.0, {"kicker_or_bio": 1.0})
    paras = paragraphs(text) if paras is None else paras
    own, turns = author_voice(text, masked, paras, reported or [])
    words = WORD_RE.findall(masked)
    mine = WORD_RE.findall(own)
    smoothing = min(SMOOTHING, len(words) / 2)  # a short piece is not damped away
    per = 100.0 / max(len(words), 1)
    voice_per = 100.0 / (len(mine) + smoothing + 1)
    cues = _rates(words, REPORT_LEXICON, per)
    cues.update(_rates(mine, VOICE_LEXICON, voice_per))
    abstract = sum(1 for w in mine if len(w) > 5 and w.endswith(ABSTRACT_ENDINGS) and w.islower())
    cues["abstract"] = min(abstract * voice_per, 30.0)
    names = len(NAME_RE.findall(masked, paras[1][0])) if len(paras) > 1 else 0  # not in the headline
    names -= sum(len(NAME_RE.findall(masked, s, e)) for s, e in paras[1:] if masked.startswith("By ", s))  # bylines
    cues["names"] = min(names * per, 30.0)
    cues["quotes"] = direct_quotes * per
    cues["turns"] = turns / max(len(paras), 1)
    cues["dateline"] = 1.0 if DATELINE_RE.search(head) else 0.0
    cues["speaker_headline"] = 1.0 if SPEAKER_HEADLINE_RE.match(head) else 0.0
    score = (BIAS + sum(WEIGHTS[name] * cues[name] for name in WEIGHTS)
             + ABSTRACT_WEIGHT * cues["abstract"] + NAMES_WEIGHT * cues["names"] + QUOTES_WEIGHT * cues["quotes"] + TURNS_WEIGHT * cues["turns"]
             + DATELINE_WEIGHT * cues["dateline"] + SPEAKER_HEADLINE_WEIGHT * cues["speaker_headline"])
    return GenreGuess("opinion" if score > 0 else "news", round(score, 3), cues)


def _rates(words: list[str], lexicon: Lexicon, per: float) -> dict[str, float]:
    """Rates per 100 words of the lexicon's cues, capped at 10."""
    cased, anycase, pairs = lexicon
    counts = dict.fromkeys({n for names in (*cased.values(), *anycase.values(), *pairs.values()) for n in names}, 0)
    lows = [w.lower() for w in words]
    # only the words (and pairs of words) that are cues, picked out by filter() without a Python loop
    for w in filter(cased.__contains__, words):
        for name in cased[w]:
            counts[name] += 1
    for low in filter(anycase.__contains__, lows):
        for name in anycase[low]:
            counts[name] += 1
    for pair in filter(pairs.__contains__, zip(["", *lows], lows)):
        for name in pairs[pair]:
            counts[name] += 1
    return {name: min(n * per, 10.0) for name, n in counts.items()}
