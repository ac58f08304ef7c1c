"""Write resources/words/{en,ru}.txt.gz from wordfreq's "small" lists, and en-rare.txt.gz from
its "large" English list (resources/words/README.md).

    pip install wordfreq==3.1.1 && python scripts/make_word_lists.py

A one-off tool: the app reads the written files and never imports wordfreq."""
from __future__ import annotations

import gzip
import re
from pathlib import Path

import wordfreq  # type: ignore[import-not-found]

OUT = Path(__file__).resolve().parents[1] / "resources" / "words"
LETTERS = re.compile(r"[^\W\d_]+")
RARE_ZIPF = 2.0  # en-rare: the words used at least once per hundred million words ...
RARE_LENGTH = 7  # ... of seven letters or more (two pieces of a word cut at a line end, 3 + 4)


def main() -> None:
    for lang in ("en", "ru"):
        words = sorted({w for w in wordfreq.iter_wordlist(lang, "small") if LETTERS.fullmatch(w)})
        with gzip.GzipFile(OUT / f"{lang}.txt.gz", "wb", mtime=0, compresslevel=9) as f:
            f.write(("\n".join(words) + "\n").encode())
        print(lang, len(words), "words")
    common = set(wordfreq.iter_wordlist("en", "small"))
    rare = set()
    for w in wordfreq.iter_wordlist("en", "large"):  # most frequent first
        if wordfreq.zipf_frequency(w, "en", wordlist="large") < RARE_ZIPF:
            break
        if len(w) >= RARE_LENGTH and LETTERS.fullmatch(w) and w not in common:
            rare.add(w)
    with gzip.GzipFile(OUT / "en-rare.txt.gz", "wb", mtime=0, compresslevel=9) as f:
        f.write(("\n".join(sorted(rare)) + "\n").encode())
    print("en rare", len(rare), "words")


if __name__ == "__main__":
    main()
