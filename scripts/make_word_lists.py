"""Write resources/words/{en,ru}.txt.gz from wordfreq's "small" lists (resources/words/README.md).

    pip install wordfreq==3.1.1 && python scripts/make_word_lists.py

A one-off tool: the app reads the written files and never imports wordfreq."""
from __future__ import annotations

import gzip
import re
from pathlib import Path

import wordfreq  # type: ignore[import-not-found]

OUT = Path(__file__).resolve().parents[1] / "resources" / "words"
LETTERS = re.compile(r"[^\W\d_]+")


def main() -> None:
    for lang in ("en", "ru"):
        words = sorted({w for w in wordfreq.iter_wordlist(lang, "small") if LETTERS.fullmatch(w)})
        with gzip.GzipFile(OUT / f"{lang}.txt.gz", "wb", mtime=0, compresslevel=9) as f:
            f.write(("\n".join(words) + "\n").encode())
        print(lang, len(words), "words")


if __name__ == "__main__":
    main()
