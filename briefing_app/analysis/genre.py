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
from collections.abc import Callable
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
# Cue words, counted in one pass over the words: (feature, weight, words matched as written, words matched
# in any case, word pairs in any case). The author's cues (VOICE) are counted in the author's own voice
# (voice.py), the reporting cues in all unquoted text. Weights per 100 words come from a logistic
# regression on the tuned part of the development editorials and PolNeAR news reports (neither shipped),
# rounded; tests/data/options/measure_genre.py prints tuned and held-aside figures.
CUES: tuple[tuple[str, float, str, str, str], ...] = (
    ("first", 2.3, "I I'm I’m I've I’ve me my we We our Our us you You your Your", "", ""),
    ("deontic", 0.35, "", "should must let's let’s",
     "ought_to need_to needs_to has_to have_to cannot_afford is_time it's_time it’s_time let_us"),
    ("eval", 2.15, "", "absurd disgrace disgraceful shameful outrage outrageous appalling wise unwise foolish folly "
     "reckless misguided sensible welcome laudable deplorable troubling worrying dangerous disastrous mistake "
     "clearly surely indeed undoubtedly obviously arguably sadly unfortunately rightly wrongly hypocrisy "
     "hypocritical failure cynical naive vital crucial essential deserve deserves ought merely simply",
     "right_to wrong_to of_course failed_to"),
    ("copula", 0.55, "is are isn't aren't isn’t aren’t", "", ""),
    ("contrast", 0.6, "", "but yet however instead rather nor not never", "no_longer"),
    ("argue", 0.95, "", "why these nothing always never rather perhaps simply actually indeed clearly certainly seem "
     "seems sense itself themselves true reason very good think know believe feel want need nor let it's it’s "
     "that's that’s don't don’t can't can’t isn't isn’t doesn't doesn’t anything everyone someone life world "
     "society today", "for_example"),
    ("said", -0.9, "said says told announced stated added spokesman spokeswoman spokesperson aide aides tweeted "
     "statement interview reported reporters official officials", "", "according_to declined_to not_respond"),
    ("title", -1.75, "Mr Mrs Ms Sen Rep Gov", "", ""),
    ("weekday", -2.85, "Monday Tuesday Wednesday Thursday Friday Saturday Sunday", "", ""),
    ("time", -1.0, "", "yesterday tonight earlier",
     "last_week last_month last_year last_night this_week next_week this_month next_month"),
)
VOICE = frozenset({"first", "deontic", "eval", "copula", "contrast", "argue"})
NAMES_WEIGHT = -0.2  # capitalised words inside a sentence (after a lower-case word or a comma): people, places
QUOTES_WEIGHT = -0.35
TURNS_WEIGHT = -1.05
DATELINE_WEIGHT = -1.35
SPEAKER_HEADLINE_WEIGHT = -0.65
BIAS = 1.0
SMOOTHING = 100  # words added to the voice's length in proportion to what others say, so a transcript's
# short intro gives no wild rates
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
NAME_RE = re.compile(r"(?<=[a-z,] )[A-Z][a-z]")


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
    cues = _rates(words, VOICE.__contains__, 100.0 / max(len(words), 1))
    smoothing = min(SMOOTHING, len(words) / 2)  # a short piece is not damped away
    cues.update(_rates(mine, lambda name: name not in VOICE, 100.0 / (len(mine) + smoothing + 1)))
    per = 100.0 / max(len(words), 1)
    cues["names"] = min(len(NAME_RE.findall(masked)) * per, 30.0)
    cues["quotes"] = direct_quotes * per
    cues["turns"] = turns / max(len(paras), 1)
    cues["dateline"] = 1.0 if DATELINE_RE.search(head) else 0.0
    cues["speaker_headline"] = 1.0 if SPEAKER_HEADLINE_RE.match(head) else 0.0
    score = (BIAS + sum(WEIGHTS[name] * cues[name] for name in WEIGHTS)
             + NAMES_WEIGHT * cues["names"] + QUOTES_WEIGHT * cues["quotes"] + TURNS_WEIGHT * cues["turns"]
             + DATELINE_WEIGHT * cues["dateline"] + SPEAKER_HEADLINE_WEIGHT * cues["speaker_headline"])
    return GenreGuess("opinion" if score > 0 else "news", round(score, 3), cues)


def _rates(words: list[str], skip: Callable[[str], bool], per: float) -> dict[str, float]:
    """Rates per 100 words of the cues not skipped, capped at 10."""
    counts = {name: 0 for name in WEIGHTS if not skip(name)}
    prev = ""
    for w in words:
        low = w.lower()
        for name in CASED.get(w, ()):
            if name in counts:
                counts[name] += 1
        for name in ANYCASE.get(low, ()):
            if name in counts:
                counts[name] += 1
        for name in PAIRS.get((prev, low), ()):
            if name in counts:
                counts[name] += 1
        prev = low
    return {name: min(n * per, 10.0) for name, n in counts.items()}
