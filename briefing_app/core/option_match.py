"""The same course of action argued in several sources: near-duplicate option summaries.

Summaries are reduced to key words (lower case, no determiners, hedges or function words, plural
"s" dropped), then compared with rapidfuzz's token_set_ratio. The test is kept conservative — the
same leading verb, at least two shared key words and a high ratio — because a wrong merge hides
a difference between sources, while a missed one is a click away (the user merges by hand).
"""
from __future__ import annotations

import functools
import re

MIN_RATIO = 88.0
DROP = frozenset("""a an the of to in on at for with by from and or but as its their our his her this that these
    those it them be is are was were also now more further new all any some such very just only even at least
    immediately urgently finally seriously""".split())
WORD_RE = re.compile(r"[\w’'-]+")


def key_words(summary: str) -> list[str]:
    """The words of a summary that carry its meaning, in order, roughly singular."""
    out = []
    for w in WORD_RE.findall(summary.lower()):
        w = w.replace("’", "'").removesuffix("'s")
        if w in DROP:
            continue
        if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return out


@functools.lru_cache(maxsize=65536)
def _summary_words(summary: str) -> tuple[str, ...]:
    """key_words of an option summary, remembered: an import looks at every summary in the
    project, source after source."""
    return tuple(key_words(summary))


def lead_word(summary: str) -> str | None:
    """A summary's first key word (None: it has none). Two summaries can name the same option
    only if theirs agree (same_option), so a new summary is compared only with those."""
    words = _summary_words(summary)
    return words[0] if words else None


def same_option(a: str, b: str) -> bool:
    """Whether two summaries name the same option (conservatively)."""
    ka, kb = _summary_words(a), _summary_words(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if ka[0] != kb[0] or len(set(ka) & set(kb)) < 2 or _ratio_at_most(set(ka), set(kb)) < MIN_RATIO:
        return False
    from rapidfuzz import fuzz  # here, not at import: the analysis layer loads this module at startup

    return fuzz.token_set_ratio(" ".join(ka), " ".join(kb)) >= MIN_RATIO


def _ratio_at_most(a: set[str], b: set[str]) -> float:
    """A bound that rapidfuzz's token_set_ratio of the two word sets (joined by spaces) never exceeds, from lengths
    alone: when it is under MIN_RATIO the words cannot match, and neither rapidfuzz (~50 M instructions to import, a
    fifth of a CLI draft's own work beyond reportlab's) nor its comparison is needed. token_set_ratio is the largest of
    three ratios of the sorted common words S with the words only in one (A, B): S against S+A and S against S+B
    (exact: one is the other's beginning) and S+A against S+B, which differ at least by the lengths of A and B."""
    common = len(" ".join(a & b))
    only_a, only_b = len(" ".join(a - b)), len(" ".join(b - a))
    if common and (not only_a or not only_b):
        return 100.0  # one set holds the other
    with_a, with_b = common + (common != 0) + only_a, common + (common != 0) + only_b
    bound = 100.0 * (1 - abs(only_a - only_b) / (with_a + with_b))
    if common:
        bound = max(bound, 100.0 * (1 - (1 + only_a) / (common + with_a)), 100.0 * (1 - (1 + only_b) / (common + with_b)))
    return bound + 1e-9  # (rounding: only a clear miss is decided here)


def load_matcher() -> None:
    """Import what same_option compares with (rapidfuzz, ~13 ms of CPU), ahead of its first use:
    an import does it while its workers start."""
    from rapidfuzz import fuzz  # noqa: F401
