"""Is an imported article "fully right" (as an import stores it: the reader's boilerplate and the
analysis's together)? The headline and every paragraph visible and whole, in
order; nothing else visible but the byline and a date; every piece of furniture hidden (or not
in the text at all). Used by the ingest tests and benchmarks/bench_ingest_fidelity.py.

What a reader cannot see is no fault (the convention of session 15, issue 16): in a PDF, a space after
a hyphen ("well- known" in the source) when the line ended there; a running head's word inside the
byline ("Editorial" in "By the Editorial Board"); and a pull quote that repeats a whole paragraph leaves
that paragraph expected once in the text (the other copy hidden), not dropped from what is expected."""
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


def hyphen_space(text: str) -> str:
    """"post- Taliban" as "post-Taliban": whether a space follows a hyphen at a line end cannot be
    seen in a PDF (the corpus has such spaces where its source broke a line)."""
    return re.sub(r"(?<=\w)- (?=\w)", "-", text)


def check(path: Path, article: Article, furniture: list[str], same: Callable[[str], str] = str,
          notes: tuple[str, ...] | list[str] = ()) -> list[str]:
    """What is wrong with how `path` came in (empty: fully right). `same`: applied to the text's and
    the article's paragraphs before they are compared (a diagnosis; the default compares them as they are).
    `notes`: small print (a footnote) that may stay visible, whole and as a paragraph of its own, or be hidden."""
    try:
        doc = read_file(path)
    except BriefingError as exc:
        return [f"refused: {exc}"]
    from briefing_app.workflow.importing import analyse_doc

    hidden = [(s.start, s.end) for s in doc.boilerplate + analyse_doc(doc).boilerplate]  # what an import hides
    return judge(doc.text, hidden, article, furniture, as_seen(path, same), notes)


def as_seen(path: Path, same: Callable[[str], str] = str) -> Callable[[str], str]:
    """How paragraphs are compared for a file of this kind: in a PDF, a space after a hyphen is not seen."""
    if path.suffix.lower() != ".pdf":
        return same
    return lambda s: hyphen_space(same(s))


def judge(text: str, hidden_spans: list[tuple[int, int]], article: Article, furniture: list[str],
          same: Callable[[str], str] = str, notes: tuple[str, ...] | list[str] = ()) -> list[str]:
    """check() on a text as read, with the (start, end) ranges hidden in it."""
    hidden = bytearray(len(text))
    for start, end in hidden_spans:
        hidden[start:end] = b"\x01" * (end - start)
    shown = "".join(ch if not hidden[i] else "\0" for i, ch in enumerate(text))
    paras = [" ".join(p.replace("\0", "").split()) for p in shown.split("\n\n")]
    paras = [same(p) for p in paras if p]
    compact = [(i, ch) for i, ch in enumerate(text) if not ch.isspace()]
    flat = "".join(ch for _, ch in compact)
    furniture_set = set(furniture)
    # a paragraph of the article that is furniture (a promo, a caption set as a paragraph) is printed once and
    # must come in hidden; one printed twice is repeated by a pull quote: it stays expected, once
    twice = {p for p in article.paragraphs if p in furniture_set and _count(flat, squash(p)) >= 2}
    problems = []
    # the headline is always the article's, also when a printed page's header repeats it
    want = [same(p) for p in (article.headline, *(p for p in article.paragraphs
                                                  if p not in furniture_set or p in twice))]
    at = 0
    for w in want:
        try:
            at = paras.index(w, at) + 1
        except ValueError:
            problems.append(f"not whole or not visible: {w[:60]!r}")
    kept = {same(" ".join(n.split())) for n in notes}
    extra = [p for p in paras if p not in want and p not in kept and squash(article.byline) not in squash(p) and not DATE_LIKE.search(p)]
    problems += [f"furniture visible: {p[:60]!r}" for p in extra]
    # where the article's paragraphs and its byline stand whole (compared without spaces, so a space after a
    # line-end hyphen does not matter): furniture's words inside them are the article's; so are they inside a note
    # that may show (an author box's name link is furniture, the same name opening the box's bio is the bio's)
    inside = bytearray(len(text))
    for w in [*(p for p in article.paragraphs if p not in furniture_set), article.headline, article.byline, *notes]:
        needle = squash(w)
        k = flat.find(needle) if needle else -1
        while k >= 0:
            for j in range(k, k + len(needle)):
                inside[compact[j][0]] = 1
            k = flat.find(needle, k + 1)
    for f in furniture:
        needle = squash(f)
        k = flat.find(needle)
        shown_copies = 0  # of a paragraph printed twice, one copy is the article's
        while k >= 0:
            where = [compact[j][0] for j in range(k, k + len(needle))]
            if f in twice:
                shown_copies += not all(hidden[i] for i in where)
                if shown_copies > 1:
                    problems.append(f"furniture not hidden: {f[:60]!r}")
                    break
                k = flat.find(needle, k + 1)
                continue
            alone = len(needle) > 3 or text[max(0, where[0] - 2):where[0]] in ("", "\n\n") and \
                text[where[-1] + 1:where[-1] + 3] in ("\n\n", "\n")
            if alone and not all(inside[i] for i in where) and not all(hidden[i] for i in where):
                problems.append(f"furniture not hidden: {f[:60]!r}")
                break
            k = flat.find(needle, k + 1)
    return problems


def _count(flat: str, needle: str) -> int:
    n, k = 0, flat.find(needle) if needle else -1
    while k >= 0:
        n, k = n + 1, flat.find(needle, k + 1)
    return n
