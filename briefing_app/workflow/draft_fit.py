"""Fit a drafted memo to its template's conventions, measured as the preview measures them.

- The bottom line up front (an action memo's purpose) is at most four lines as printed and covers
  every source: each source's lede whole when they all fit, else each cut to the same number of
  words (a short one stays whole) with an ellipsis; when the sources are too many for that, the
  ledes in their order of importance while they fit.
- The memo keeps to the template's page budget: the page count of the memo rendered to PDF,
  what the live preview and File > Export show. Drafting keeps the most important items that fit.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from briefing_app.core.project import Project
from briefing_app.core.records import MemoItemRecord, MemoRecord, MemoSectionRecord
from briefing_app.export import ir
from briefing_app.export.build import build_document
from briefing_app.export.templates import TemplateSpec

BOTTOM_LINE_LINES = 4  # DESIGN.md, conventions of the field: "a bottom line up front of at most four lines"

T = TypeVar("T")
Sections = list[tuple[str, str, list[dict[str, Any]]]]  # key, heading, items (as DraftPlan holds them)


def memo_record(memo: dict[str, Any], sections: Sections) -> MemoRecord:
    """The memo a plan would write, in memory (ids are placeholders): what build_document reads."""
    record = MemoRecord(0, memo["template"], memo["title"], to=memo["to_"], from_=memo["from_"], date=memo["date"],
                        subject=memo["subject"], marking=memo["marking"], citation_style=memo["citation_style"])
    n = 0
    for pos, (key, heading, items) in enumerate(sections):
        section = MemoSectionRecord(pos, 0, pos, key, heading)
        for i, item in enumerate(items):
            n += 1
            section.items.append(MemoItemRecord(n, pos, i, item["kind"], item.get("ref_id"), item.get("body", "")))
        record.sections.append(section)
    return record


def _renderer() -> Any:
    """export.render_pdf, loaded with the first draft as export_memo loads it: reportlab's some 80
    patterns from the compiled-pattern cache (core/pattern_cache.py), not compiled anew."""
    from briefing_app.core.pattern_cache import cached_patterns

    with cached_patterns():
        from briefing_app.export import render_pdf
    return render_pdf


def pages(project: Project, memo: dict[str, Any], sections: Sections, spec: TemplateSpec) -> int:
    """The pages the memo prints on (the preview's count: the same build and PDF renderer)."""
    render_pdf = _renderer().render_pdf
    return render_pdf(build_document(memo_record(memo, sections), project, spec), spec.style, count_only=True).pages


def text_lines(project: Project, memo: dict[str, Any], key: str, body: str, spec: TemplateSpec) -> int:
    """The lines the analyst's text `body` takes in section `key` as printed (portion marks and bullets too)."""
    paragraph_lines = _renderer().paragraph_lines
    doc = build_document(memo_record(memo, [(key, "", [{"kind": "text", "body": body}])]), project, spec)
    return sum(paragraph_lines(b, spec.style) for b in doc.blocks if isinstance(b, ir.Paragraph))


def bottom_line(sentences: list[str], fits: Callable[[str], bool]) -> str:
    """The sentences (most important first) that fit together; the first one cut at a word
    boundary with "…" when even it alone does not fit."""
    kept: list[str] = []
    for sentence in sentences:
        if fits(" ".join([*kept, sentence])):
            kept.append(sentence)
    if kept or not sentences:
        return " ".join(kept)
    words = sentences[0].split()
    low, high = 0, len(words) - 1  # the most words that fit with the ellipsis (0: none do)
    while low < high:
        mid = (low + high + 1) // 2
        low, high = (mid, high) if fits(_cut(words, mid)) else (low, mid - 1)
    return _cut(words, low) if low else ""


def _cut(words: list[str], n: int) -> str:
    return " ".join(words[:n]).rstrip(",;:—–-") + "…"


_CLAUSE_OPENERS = frozenset("and but while which who whom whose as because after before although".split())


def _clause_end(words: list[str], n: int) -> int:
    """Where to cut `words` to at most n of them: after a comma or before a conjunction in the last
    40% of them when there is one ("placed on high alert…", not "placed on high alert and has…")."""
    for i in range(n, max(int(n * 0.6), 1), -1):
        if words[i - 1][-1:] in ",;:" or words[i].lower() in _CLAUSE_OPENERS:
            return i
    return n


MIN_LEDE_WORDS = 10  # a lede cut shorter than this says too little to stand for its source


def covering(ledes: list[str], fits: Callable[[str], bool]) -> str:
    """The ledes (one per source, most important first) in a text that fits: all whole, else
    each cut at the same number of words (at least MIN_LEDE_WORDS), else as bottom_line keeps them."""
    whole = " ".join(ledes)
    if len(ledes) < 2 or fits(whole):
        return bottom_line(ledes, fits)
    split = [lede.split() for lede in ledes]

    def joined(n: int) -> str:
        return " ".join(" ".join(w) if len(w) <= n else _cut(w, _clause_end(w, n)) for w in split)

    low, high = 0, max(len(w) for w in split)  # the most words per lede that fit (0: none do)
    while low < high:
        mid = (low + high + 1) // 2
        low, high = (mid, high) if fits(joined(mid)) else (low, mid - 1)
    return joined(low) if low >= MIN_LEDE_WORDS else bottom_line(ledes, fits)


def kept_that_fit(items: list[T], fits: Callable[[list[T]], bool]) -> list[T]:
    """All the items if they fit; else, in their order of importance, each item that still fits
    with the ones kept before it (a long one left out may leave room for shorter ones after it).
    None when even no item at all fits."""
    if fits(items):
        return items
    kept: list[T] = []
    if not fits(kept):
        return kept
    for item in items:
        if fits([*kept, item]):
            kept.append(item)
    return kept


def most_that_fit(items: list[T], fits: Callable[[list[T]], bool]) -> list[T]:
    """The longest first part of `items` (most important first) that fits: all of them when they
    do; found by halving, as fitting counts pages (more items never take fewer)."""
    if fits(items):
        return items
    low, high = 0, len(items) - 1
    while low < high:
        mid = (low + high + 1) // 2
        low, high = (mid, high) if fits(items[:mid]) else (low, mid - 1)
    return items[:low]
