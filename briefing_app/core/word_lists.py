"""The word lists of resources/words/ (resources/words/README.md): is this a word of the language? Read by the PDF
reader (a hyphen at a line end) and by the analysis (a capitalised plural of a common noun is no company's name)."""
from __future__ import annotations

import gzip
from functools import cache

from briefing_app.core import paths


@cache
def listed(lang: str) -> list[str]:
    """The words of a language's list, in its (sorted) order; empty when the list is missing.
    "en-rare": English words of seven letters or more too rare for the list ("conscripted",
    "cartwheel", "reallocation"; resources/words/README.md)."""
    try:
        data = gzip.decompress((paths.resources_dir() / "words" / f"{lang}.txt.gz").read_bytes())
    except OSError:
        return []
    return data.decode("utf-8").split()


@cache
def words(lang: str) -> frozenset[str]:
    """The words of a language (resources/words/README.md); empty when the list is missing."""
    return frozenset(listed(lang))
