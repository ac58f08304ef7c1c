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
DATELINE_RE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}(?:\([A-Za-z ]+\))?\s*[—–-]{1,2}\s|\((?:AP|Reuters|AFP)\)\s*[—–-]")
FIRST_RE = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|my|we|We|our|Our|us|you|You|your|Your)\b")
DEONTIC_RE = re.compile(
    r"\b(?:should|must|ought to|needs? to|has to|have to|cannot afford|it is time|it's time|it’s time|"
    r"let us|let's|let’s)\b", re.I)
EVAL_RE = re.compile(
    r"\b(?:absurd|disgrace\w*|shameful|outrage\w*|appalling|wise|unwise|foolish|folly|reckless|misguided|"
    r"sensible|welcome|laudable|deplorable|troubling|worrying|dangerous|disastrous|mistake|right to|wrong to|"
    r"clearly|surely|of course|indeed|undoubtedly|obviously|arguably|sadly|unfortunately|rightly|wrongly|"
    r"hypocri\w+|failure|failed to|cynical|naive|vital|crucial|essential|deserves?|ought|merely|simply)\b",
    re.I)
SAID_RE = re.compile(r"\b(?:said|says|told|according to|announced|stated|added|spokes(?:man|woman|person))\b")
QUESTION_RE = re.compile(r"\?(?:\s|$)")
WEEKDAY_RE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
MODAL_RE = re.compile(r"\b(?:would|could|may|might|can|cannot|can't|can’t)\b", re.I)
COPULA_RE = re.compile(r"\b(?:is|are|isn't|aren't|isn’t|aren’t)\b")
CONTRAST_RE = re.compile(r"\b(?:but|yet|however|instead|rather|nor|not|never|no longer)\b", re.I)
PAST_RE = re.compile(r"\b(?:was|were|had)\b")
ARGUE_RE = re.compile(
    r"\b(?:why|these|nothing|always|never|rather|perhaps|simply|actually|indeed|clearly|certainly|seems?|sense|"
    r"itself|themselves|for example|true|reason|very|good|think|know|believe|feel|want|need|nor|let|it's|it’s|"
    r"that's|that’s|don't|don’t|can't|can’t|isn't|isn’t|doesn't|doesn’t|anything|everyone|someone|life|world|"
    r"society|today)\b", re.I)
REPORT_RE = re.compile(
    r"\b(?:Rep|Sen|Gov|aides?|spokes(?:man|woman|person)|tweeted|statement|interview|reported|reporters|officials?|"
    r"announced|declined to comment|did not respond|told|according to|last week)\b")
# weight per 100 unquoted words: a logistic regression on the development editorials and PolNeAR news
# (neither shipped), rounded; scripts/measure_genre.py prints the rates
WEIGHTS: tuple[tuple[str, re.Pattern[str], float], ...] = (
    ("first", FIRST_RE, 0.2), ("deontic", DEONTIC_RE, 0.8), ("eval", EVAL_RE, 1.9), ("question", QUESTION_RE, 0.7),
    ("said", SAID_RE, -0.8), ("weekday", WEEKDAY_RE, -3.0), ("modal", MODAL_RE, -0.25), ("copula", COPULA_RE, 0.55),
    ("contrast", CONTRAST_RE, 0.45), ("past", PAST_RE, 0.7), ("argue", ARGUE_RE, 0.45), ("report", REPORT_RE, -0.85),
)
BIAS = -1.45
WORD_RE = re.compile(r"\w+")


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
    words = max(len(WORD_RE.findall(masked)), 1)
    per = 100.0 / words
    cues = {name: min(len(rx.findall(masked)) * per, 10.0) for name, rx, _ in WEIGHTS}
    cues["quotes"] = direct_quotes * per
    cues["dateline"] = 1.0 if DATELINE_RE.search(head) else 0.0
    score = BIAS + sum(w * cues[name] for name, _, w in WEIGHTS) - 3.0 * cues["dateline"]
    return GenreGuess("opinion" if score > 0 else "news", round(score, 3), cues)
