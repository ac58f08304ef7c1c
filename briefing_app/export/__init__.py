"""Export a memo to Word (.docx) or PDF through its template. Qt-free.

    export_memo(memo, lookup, out_path, *, template_id=None, citation_style=None, marking=None,
                accessible=False) -> ExportReport

The quotes are verified against their sources first (VerificationError lists the
mismatches, each with its quote_id and item_id; nothing is written), then the memo is built
into the document model (ir.py), rendered, and written atomically: on any failure no
partial file is left and an existing file at out_path is untouched. The written file is
read back before it replaces the target (written.py): every quote verbatim and in order in
its text, every PDF font embedded; if not, the export fails naming the quote.

template_id is a template id or the absolute path of a template folder (templates.find_template).
citation_style (chicago | apa | house, citations.STYLES) and marking override the memo's own
for this export; `accessible=True` with a .pdf target renders the Word file and has
LibreOffice convert it into a tagged PDF (export/accessible.py).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from briefing_app.core.errors import BriefingError, ExportError, VerificationError
from briefing_app.core.records import MemoRecord
from briefing_app.export.atomic import write_atomic
from briefing_app.export.build import Lookup, build_document
from briefing_app.export.citations import STYLES, check_style
from briefing_app.export.ir import Document
from briefing_app.export.templates import TemplateSpec, find_template, list_templates, load_template
from briefing_app.export.verify import Mismatch, check_memo

FORMATS = {".docx": "docx", ".pdf": "pdf"}


@dataclass
class ExportReport:
    path: Path
    format: str  # "docx" | "pdf"
    pages: int | None  # PDF: counted; DOCX: estimated from the PDF layout of the same memo
    page_budget: int | None
    warnings: list[str] = field(default_factory=list)

    @property
    def over_budget(self) -> bool:
        return bool(self.pages and self.page_budget and self.pages > self.page_budget)


def format_for(out_path: Path | str) -> str:
    suffix = Path(out_path).suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"{Path(out_path).name}: export to a .docx or .pdf file (not '{suffix or 'no extension'}')")
    return FORMATS[suffix]


def verify_quotes(memo: MemoRecord, lookup: Lookup) -> None:
    mismatches = check_memo(memo, lookup)
    if mismatches:
        more = f" (and {len(mismatches) - 1} more)" if len(mismatches) > 1 else ""
        raise VerificationError(f"not exported: {mismatches[0].message()}{more}", mismatches)


def build(memo: MemoRecord, lookup: Lookup, spec: TemplateSpec) -> Document:
    try:
        return build_document(memo, lookup, spec)
    except BriefingError as exc:
        raise ExportError(f"cannot build memo {memo.id}: {exc}") from None
    except KeyError as exc:
        raise ExportError(f"cannot build memo {memo.id}: it refers to {exc}, which no longer exists") from None


def export_memo(memo: MemoRecord, lookup: Lookup, out_path: Path | str, *, template_id: str | None = None,
                citation_style: str | None = None, marking: str | None = None,
                accessible: bool = False) -> ExportReport:
    # the renderers and the read-back check (reportlab, pypdfium2) load with the first export, not
    # with this package: listing templates or building a memo for the preview needs none of them
    from briefing_app.core.pattern_cache import cached_patterns
    from briefing_app.export.render_docx import render_docx
    from briefing_app.export.written import check_docx, check_pdf

    with cached_patterns():  # reportlab compiles some 80 patterns as it loads (core/pattern_cache.py)
        from briefing_app.export.render_pdf import render_pdf

    out_path = Path(out_path)
    fmt = format_for(out_path)
    if accessible and fmt != "pdf":
        raise ExportError(f"{out_path.name}: an accessible (tagged) export is a PDF; choose a .pdf file")
    spec = find_template(template_id or memo.template or "info-memo")
    style = check_style(citation_style or memo.citation_style)
    memo = dataclasses.replace(memo, citation_style=style)
    verify_quotes(memo, lookup)
    doc = build(memo, lookup, spec)
    if marking is not None:  # "" prints no banner, even where the template has one
        doc.marking = marking.strip()
    try:
        pdf = render_pdf(doc, spec.style)  # the DOCX page count is estimated from this layout
    except BriefingError:
        raise
    except Exception as exc:  # a user's template is user input: a layout it cannot make is its error, told plainly
        if spec.builtin:
            raise
        raise ExportError(f"the template “{spec.name}” cannot lay the memo out ({exc}); fix its style.toml") from None
    if accessible:
        from briefing_app.export.accessible import convert_docx_to_pdf  # LibreOffice, only when asked for

        data = convert_docx_to_pdf(render_docx(doc, spec))
    else:
        data = pdf.data if fmt == "pdf" else render_docx(doc, spec)
    label = "accessible PDF" if accessible else "PDF" if fmt == "pdf" else "Word file"

    pages = [pdf.pages]  # a Word file's: as laid out for the PDF; the accessible PDF's: its own

    def check(written: bytes) -> None:
        if fmt == "pdf":
            pages.append(check_pdf(written, doc, label, glyphs=accessible))
        else:
            check_docx(written, doc, label)

    write_atomic(out_path, data, check=check)
    warnings = list(pdf.warnings) if fmt == "pdf" and not accessible else []
    if spec.page_budget and pages[-1] > spec.page_budget:
        about = "" if fmt == "pdf" else "about "
        warnings.append(f"the memo runs to {about}{pages[-1]} pages; the {spec.name.lower()} budget is "
                        f"{spec.page_budget}")
    return ExportReport(out_path, fmt, pages[-1], spec.page_budget, warnings)


__all__ = ["STYLES", "ExportReport", "Mismatch", "TemplateSpec", "export_memo", "find_template", "format_for",
           "list_templates", "load_template", "verify_quotes"]
