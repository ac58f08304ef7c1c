"""Is an imported article "fully right" (as an import stores it: the reader's boilerplate and the
analysis's together)? The headline and every paragraph visible and whole, in
order; nothing else visible but the byline and a date; every piece of furniture hidden (or not
in the text at all). Used by the ingest tests and benchmarks/bench_ingest_fidelity.py."""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from briefing_app.core.errors import BriefingError
from briefing_app.ingest import read_file
from tests.ingest.articles import Article

DATE_LIKE = re.compile(r"\b(20\d\d|June|Posted on)\b")


def squash(s: str) -> str:
    return "".join(s.split())


def check(path: Path, article: Article, furniture: list[str], same: Callable[[str], str] = str,
          notes: tuple[str, ...] | list[str] = ()) -> list[str]:
    """What is wrong with how `path` came in (empty: fully right). `same`: applied to the text's and
    the article's paragraphs before they are compared (a diagnosis; the default compares them as they are).
    `notes`: small print (a footnote) that may stay visible, whole and as a paragraph of its own, or be hidden."""
    try:
        doc = read_file(path)
    except BriefingError as exc:
        return [f"refused: {exc}"]
    hidden = bytearray(len(doc.text))
    from briefing_app.workflow.importing import analyse_doc

    for s in doc.boilerplate + analyse_doc(doc).boilerplate:  # what an import stores as hidden
        hidden[s.start:s.end] = b"\x01" * (s.end - s.start)
    shown = "".join(ch if not hidden[i] else "\0" for i, ch in enumerate(doc.text))
    paras = [" ".join(p.replace("\0", "").split()) for p in shown.split("\n\n")]
    paras = [same(p) for p in paras if p]
    problems = []
    # the headline is always the article's, also when a printed page's header repeats it
    want = [same(p) for p in (article.headline, *(p for p in article.paragraphs if p not in furniture))]
    at = 0
    for w in want:
        try:
            at = paras.index(w, at) + 1
        except ValueError:
            problems.append(f"not whole or not visible: {w[:60]!r}")
    kept = {same(" ".join(n.split())) for n in notes}
    extra = [p for p in paras if p not in want and p not in kept and squash(article.byline) not in squash(p) and not DATE_LIKE.search(p)]
    problems += [f"furniture visible: {p[:60]!r}" for p in extra]
    inside = bytearray(len(doc.text))  # where the article's paragraphs stand whole
    for w in want:
        k = doc.text.find(w)
        while k >= 0:
            inside[k:k + len(w)] = b"\x01" * len(w)
            k = doc.text.find(w, k + 1)
    compact = [(i, ch) for i, ch in enumerate(doc.text) if not ch.isspace()]
    flat = "".join(ch for _, ch in compact)
    for f in furniture:
        needle = squash(f)
        k = flat.find(needle)
        while k >= 0:
            where = [compact[j][0] for j in range(k, k + len(needle))]
            alone = len(needle) > 3 or doc.text[max(0, where[0] - 2):where[0]] in ("", "\n\n") and \
                doc.text[where[-1] + 1:where[-1] + 3] in ("\n\n", "\n")
            if alone and not all(inside[i] for i in where) and not all(hidden[i] for i in where):
                problems.append(f"furniture not hidden: {f[:60]!r}")
                break
            k = flat.find(needle, k + 1)
    return problems
