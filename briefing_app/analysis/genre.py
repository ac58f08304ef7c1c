"""News report or opinion (op-ed, editorial, column, analysis, letter), from the text alone.

A weighted sum of cues, each counted outside quotations (the masked text) so a news report's
quoted speakers do not make it sound like an op-ed:

- kickers and bios: "Opinion |", "Editorial:", "The Guardian view on", "X is a senior fellow
  at ...", "The author is ..." (decisive on their own);
- argument: first and second person, deontic modals ("should", "must", "need to"), evaluative
  words, rhetorical questions, argumentative connectives ("of course", "indeed", "yet");
- reporting: quote density, "said"/"told" cues, a wire dateline ("WASHINGTON (AP) —").

Rates are per 100 words of unquoted text, so length does not decide. HTML metadata
(JSON-LD @type, article:section, /opinion/ URLs) is read in ingest and wins over this guess;
the user can override either per source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

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
# a headline that gives the floor to a speaker ("Cruz: ‘Trump Would Put Liberals On Court’") reports what was said
SPEAKER_HEADLINE_RE = re.compile(r"^(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*:\s+[‘“\"']")
DATELINE_RE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}(?:\([A-Za-z ]+\))?\s*[—–-]{1,2}\s|\((?:AP|Reuters|AFP)\)\s*[—–-]")
# Cue words, counted in one pass over the unquoted words: (feature, words matched as written,
# words matched in any case, word pairs in any case). Weights per 100 unquoted words come from a
# logistic regression on the development editorials and PolNeAR news (neither shipped), rounded;
# tests/data/options/measure_genre.py prints the rates.
CUES: tuple[tuple[str, float, str, str, str], ...] = (
    ("first", 0.2, "I I'm I’m I've I’ve me my we We our Our us you You your Your", "", ""),
    ("deontic", 0.8, "", "should must let's let’s",
     "ought_to need_to needs_to has_to have_to cannot_afford is_time it's_time it’s_time let_us"),
    ("eval", 1.9, "", "absurd disgrace disgraceful shameful outrage outrageous appalling wise unwise foolish folly "
     "reckless misguided sensible welcome laudable deplorable troubling worrying dangerous disastrous mistake "
     "clearly surely indeed undoubtedly obviously arguably sadly unfortunately rightly wrongly hypocrisy "
     "hypocritical failure cynical naive vital crucial essential deserve deserves ought merely simply",
     "right_to wrong_to of_course failed_to"),
    ("said", -0.8, "said says told announced stated added spokesman spokeswoman spokesperson", "", "according_to"),
    ("weekday", -3.0, "Monday Tuesday Wednesday Thursday Friday Saturday Sunday", "", ""),
    ("modal", -0.25, "", "would could may might can cannot can't can’t", ""),
    ("copula", 0.55, "is are isn't aren't isn’t aren’t", "", ""),
    ("contrast", 0.45, "", "but yet however instead rather nor not never", "no_longer"),
    ("past", 0.7, "was were had", "", ""),
    ("argue", 0.45, "", "why these nothing always never rather perhaps simply actually indeed clearly certainly seem "
     "seems sense itself themselves true reason very good think know believe feel want need nor let it's it’s "
     "that's that’s don't don’t can't can’t isn't isn’t doesn't doesn’t anything everyone someone life world "
     "society today", "for_example"),
    ("report", -0.85, "Rep Sen Gov aide aides spokesman spokeswoman spokesperson tweeted statement interview reported "
     "reporters official officials announced told", "", "declined_to not_respond according_to last_week"),
)
QUESTION_WEIGHT = 0.7
BIAS = -1.45
CASED: dict[str, list[str]] = {}
ANYCASE: dict[str, list[str]] = {}
PAIRS: dict[tuple[str, str], list[str]] = {}
for _name, _, _cased, _anycase, _pairs in CUES:
    for _w in _cased.split():
        CASED.setdefault(_w, []).append(_name)
    for _w in _anycase.split():
        ANYCASE.setdefault(_w, []).append(_name)
    for _p in _pairs.split():
        _a, _b = _p.split("_")
        PAIRS.setdefault((_a, _b), []).append(_name)
WEIGHTS = {name: weight for name, weight, _, _, _ in CUES}
WORD_RE = re.compile(r"[A-Za-z’']+")
QUESTION_RE = re.compile(r"\?(?:\s|$)")


@dataclass(frozen=True)
class GenreGuess:
    """The guess, its score (> 0 means opinion) and the cue counts behind it."""

    genre: str
    score: float
    cues: dict[str, float]


def guess(text: str, masked: str, direct_quotes: int, boiler: list[tuple[int, int]] | None = None) -> GenreGuess:
    """Genre of `text`; `masked` is text with quotations blanked (same offsets)."""
    head = "\n".join(line.strip() for line in text[:600].splitlines()[:6])
    tail = "\n".join(line.strip() for line in text[-1200:].splitlines()[-8:])
    if KICKER_RE.search(head) or BIO_RE.search(head) or BIO_RE.search(tail):
        return GenreGuess("opinion", 10.0, {"kicker_or_bio": 1.0})
    for start, end in boiler or []:
        if KICKER_RE.search(text[start:end].strip()):
            return GenreGuess("opinion", 10.0, {"kicker_or_bio": 1.0})
    words = WORD_RE.findall(masked)
    counts = dict.fromkeys(WEIGHTS, 0)
    prev = ""
    for w in words:
        low = w.lower()
        for name in CASED.get(w, ()):
            counts[name] += 1
        for name in ANYCASE.get(low, ()):
            counts[name] += 1
        for name in PAIRS.get((prev, low), ()):
            counts[name] += 1
        prev = low
    per = 100.0 / max(len(words), 1)
    cues = {name: min(n * per, 10.0) for name, n in counts.items()}
    cues["question"] = min(len(QUESTION_RE.findall(masked)) * per, 10.0)
    cues["quotes"] = direct_quotes * per
    cues["dateline"] = 1.0 if DATELINE_RE.search(head) else 0.0
    cues["speaker_headline"] = 1.0 if SPEAKER_HEADLINE_RE.match(head) else 0.0
    score = (BIAS + sum(WEIGHTS[name] * cues[name] for name in WEIGHTS) + QUESTION_WEIGHT * cues["question"]
             - 3.0 * cues["dateline"] - 2.0 * cues["speaker_headline"])
    return GenreGuess("opinion" if score > 0 else "news", round(score, 3), cues)
