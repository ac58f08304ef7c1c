"""Is an imported article "fully right" (as an import stores it: the reader's boilerplate and the
analysis's together)? The headline and every paragraph visible and whole, in
order; nothing else visible but the byline and a date; every piece of furniture hidden (or not
in the text at all). Used by the ingest tests and benchmarks/bench_ingest_fidelity.py.

What a reader cannot see is no fault (the convention of session 15, issue 16): in a PDF, a space after
a hyphen ("well- known" in the source) when the line ended there; a running head's word inside the
byline ("Editorial" in "By the Editorial Board"); and a pull quote that repeats a whole paragraph leaves
that paragraph expected once in the text (the other copy hidden), not dropped from what is expected.

A second figure (session 21, the coordinator's decision; strict is still the first): `accept_source_hyphens`
also takes a source's own "xx- yy" (a letter, a hyphen, a space, a lower-case letter: a site's line-end hyphen
kept in the corpus text) as read when a PDF gives "xxyy" or "xx-yy": a reader of the PDF cannot tell that
artefact from a typesetter's cut. The same artefact after a double hyphen (session 22: a source's "xx-- yy", its
dash at a line end) is taken as read "xx--yy"."""
from __future__ import annotations

import re
from collections import Counter
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


SOURCE_HYPHEN = re.compile(r"(?<=[^\W\d_])(--?) (?=[a-z])")  # a source's "xx- yy" or "xx-- yy"


def check(path: Path, article: Article, furniture: list[str], same: Callable[[str], str] = str,
          notes: tuple[str, ...] | list[str] = ()) -> list[str]:
    """What is wrong with how `path` came in (empty: fully right). `same`: applied to the text's and
    the article's paragraphs before they are compared (a diagnosis; the default compares them as they are).
    `notes`: small print (a footnote) that may stay visible, whole and as a paragraph of its own, or be hidden."""
    return check_both(path, article, furniture, same, notes)[0]


def check_both(path: Path, article: Article, furniture: list[str], same: Callable[[str], str] = str,
               notes: tuple[str, ...] | list[str] = ()) -> tuple[list[str], list[str]]:
    """check() strictly and with a source's "xx- yy" accepted (in a PDF only), from one reading of the file."""
    strict, loose, _ = check_kinds(path, article, furniture, same, notes, with_kinds=False)
    return strict, loose


def check_kinds(path: Path, article: Article, furniture: list[str], same: Callable[[str], str] = str,
                notes: tuple[str, ...] | list[str] = (), with_kinds: bool = True
                ) -> tuple[list[str], list[str], Counter[str]]:
    """check_both() and, when the file is not fully right and `with_kinds`, the kinds of its mistakes as counts
    (tests/ingest/failure_kinds.py: no text), from one reading of the file."""
    try:
        doc = read_file(path)
    except BriefingError as exc:
        return [f"refused: {exc}"], [f"refused: {exc}"], Counter({"refused": 1})
    from briefing_app.workflow.importing import analyse_doc

    hidden = [(s.start, s.end) for s in doc.boilerplate + analyse_doc(doc).boilerplate]  # what an import hides
    strict = judge(doc.text, hidden, article, furniture, as_seen(path, same), notes)
    found: Counter[str] = Counter()
    if strict and with_kinds:
        from tests.ingest.failure_kinds import kinds

        pieces: list[str] = []
        found = kinds(doc.text, hidden, article, furniture, as_seen(path, same), notes, pieces) or Counter({"other": 1})
        if pieces and path.suffix.lower() in (".html", ".htm"):
            from tests.ingest.failure_kinds import markup_facets

            found.update(markup_facets(path.read_text(encoding="utf-8"), pieces))
    if not strict or path.suffix.lower() != ".pdf":
        return strict, strict, found
    return strict, judge(doc.text, hidden, article, furniture, as_seen(path, same), notes,
                         accept_source_hyphens=True), found


def as_seen(path: Path, same: Callable[[str], str] = str) -> Callable[[str], str]:
    """How paragraphs are compared for a file of this kind: in a PDF, a space after a hyphen is not seen."""
    if path.suffix.lower() != ".pdf":
        return same
    return lambda s: hyphen_space(same(s))


def judge(text: str, hidden_spans: list[tuple[int, int]], article: Article, furniture: list[str],
          same: Callable[[str], str] = str, notes: tuple[str, ...] | list[str] = (),
          accept_source_hyphens: bool = False) -> list[str]:
    """check() on a text as read, with the (start, end) ranges hidden in it. `accept_source_hyphens`: a
    source's "xx- yy" in the article may be read "xxyy" or "xx-yy" (see the module's docstring)."""
    hidden = hidden_marks(text, hidden_spans)
    paras = shown_paragraphs(text, hidden, same)
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
    either = [_either(p, same) for p in (article.headline, *article.paragraphs)] if accept_source_hyphens else []
    either = [e for e in either if e is not None]
    at = 0
    for w in want:
        try:
            at = paras.index(w, at) + 1
        except ValueError:
            loose = [e for e in either if e.fullmatch(w)]
            k = next((i for i in range(at, len(paras)) for e in loose if e.fullmatch(paras[i])), None)
            if k is None:
                problems.append(f"not whole or not visible: {w[:60]!r}")
            else:
                at = k + 1
    kept = {same(" ".join(n.split())) for n in notes}
    extra = [p for p in paras if p not in want and p not in kept and squash(article.byline) not in squash(p) and not DATE_LIKE.search(p)
             and not any(e.fullmatch(p) for e in either)]
    problems += [f"furniture visible: {p[:60]!r}" for p in extra]
    # where the article's paragraphs and its byline stand whole (compared without spaces, so a space after a
    # line-end hyphen does not matter): furniture's words inside them are the article's; so are they inside a note
    # that may show (an author box's name link is furniture, the same name opening the box's bio is the bio's)
    inside = bytearray(len(text))
    for w in [*(p for p in article.paragraphs if p not in furniture_set), article.headline, article.byline, *notes]:
        loose = _either(w, squash) if accept_source_hyphens else None
        if loose is not None:
            m = loose.search(flat)
            while m:
                for j in range(m.start(), m.end()):
                    inside[compact[j][0]] = 1
                m = loose.search(flat, m.start() + 1)
            continue
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


def hidden_marks(text: str, hidden_spans: list[tuple[int, int]]) -> bytearray:
    """One byte per character of `text`: 1 where it is hidden."""
    hidden = bytearray(len(text))
    for start, end in hidden_spans:
        hidden[start:end] = b"\x01" * (end - start)
    return hidden


def shown_paragraphs(text: str, hidden: bytearray, same: Callable[[str], str] = str) -> list[str]:
    """The text's paragraphs as a reader sees them: hidden characters left out, spaces folded."""
    shown = "".join(ch if not hidden[i] else "\0" for i, ch in enumerate(text))
    paras = [" ".join(p.replace("\0", "").split()) for p in shown.split("\n\n")]
    return [same(p) for p in paras if p]


def _either(paragraph: str, same: Callable[[str], str]) -> re.Pattern[str] | None:
    """A paragraph of the article with each source "xx- yy" read "xx-yy" or "xxyy", and each "xx-- yy" read
    "xx--yy" or as it stands (None: it has none)."""
    pieces = SOURCE_HYPHEN.split(" ".join(paragraph.split()))  # text, hyphen(s), text, ...
    if len(pieces) == 1:
        return None
    return re.compile("".join(re.escape(same(piece)) if i % 2 == 0 else "-?" if piece == "-" else "-- ?"
                              for i, piece in enumerate(pieces)))


def _count(flat: str, needle: str) -> int:
    n, k = 0, flat.find(needle) if needle else -1
    while k >= 0:
        n, k = n + 1, flat.find(needle, k + 1)
    return n
