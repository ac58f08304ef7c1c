"""The Word renderer proper: docxtpl in a sandbox, then python-docx for what templates cannot do.

Imported only when a memo is rendered to Word (render_docx.py), so a PDF export does not
load docxtpl, python-docx and Jinja.

A template is user input. Jinja runs in a sandbox with autoescaping and strict undefined
names; the sandbox also refuses every attribute of docxtpl / python-docx / lxml objects
(their public methods can write files), and the context holds plain data only. After
rendering, python-docx adds what templates cannot express: footnotes with the citations,
PAGE / NUMPAGES fields, bookmarks on the headings, alt text on pictures, and the core
properties (set here, not through Jinja, which would escape them twice).
"""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

import jinja2
from docx.document import Document as DocxDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.part import Part
from docxtpl import DocxTemplate
from jinja2 import Environment
from jinja2.sandbox import SandboxedEnvironment
from lxml import etree

from briefing_app.core.errors import TemplateError
from briefing_app.export import ir
from briefing_app.export.docx_bookmarks import add_alt_text, add_bookmarks
from briefing_app.export.docx_context import clean, make_context
from briefing_app.export.docx_fields import add_page_numbers, add_toc
from briefing_app.export.docx_notes import Footnotes
from briefing_app.export.docx_tables import fix_widths
from briefing_app.export.templates import TemplateSpec

_BLOCKED_PACKAGES = {"docxtpl", "docx", "lxml"}


class MemoSandbox(SandboxedEnvironment):
    """The sandbox, minus any attribute of a docx object a template might be handed."""

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        for thing in (obj, value):
            if (type(thing).__module__ or "").split(".")[0] in _BLOCKED_PACKAGES:
                return False
        return super().is_safe_attribute(obj, attr, value)


def make_env() -> MemoSandbox:
    return MemoSandbox(autoescape=True, undefined=jinja2.StrictUndefined)


class _BrokenXml(Exception):
    pass


def _check_xml(xml: str | bytes) -> None:
    try:
        etree.fromstring(xml if isinstance(xml, bytes) else xml.encode("utf-8"))
    except etree.XMLSyntaxError as exc:
        raise _BrokenXml(str(exc)) from None


class _StrictTemplate(DocxTemplate):
    """docxtpl parses rendered XML with recover=True, hiding breakage; check it strictly first."""

    def build_xml(self, context: dict[str, Any], jinja_env: Environment | None = None) -> str:
        xml = super().build_xml(context, jinja_env)
        _check_xml(xml)
        return xml

    def build_headers_footers_xml(self, context: dict[str, Any], uri: str,
                                  jinja_env: Environment | None = None) -> Iterator[tuple[str, bytes]]:
        for rel_key, xml in super().build_headers_footers_xml(context, uri, jinja_env):
            _check_xml(xml)
            yield rel_key, xml


def _placeholder(exc: jinja2.UndefinedError) -> str:
    m = re.search(r"'([^']+)' is undefined", str(exc)) or re.search(r"has no attribute '([^']+)'", str(exc))
    return m.group(1) if m else str(exc)


def _near(exc: Exception) -> str:
    lines = [ln.strip() for ln in getattr(exc, "docx_context", None) or [] if ln.strip()]
    text = " ".join(lines)
    return f" near “{text[:60]}”" if text else ""


def _render(tpl: DocxTemplate, context: dict[str, Any], spec: TemplateSpec) -> None:
    name = spec.id
    try:
        tpl.render(context, jinja_env=make_env(), autoescape=True)
    except jinja2.exceptions.SecurityError as exc:
        raise TemplateError(f"template '{name}' tried to reach outside its sandbox ({exc})") from None
    except jinja2.UndefinedError as exc:
        raise TemplateError(f"template '{name}' uses an unknown placeholder '{_placeholder(exc)}'") from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"template '{name}' has a broken tag: {exc.message}{_near(exc)}") from None
    except jinja2.TemplateError as exc:
        raise TemplateError(f"template '{name}' failed: {exc}") from None
    except _BrokenXml as exc:
        raise TemplateError(f"template '{name}' produces broken Word XML ({exc}); check its tags") from None
    except (TypeError, ValueError, AttributeError, IndexError, KeyError) as exc:
        raise TemplateError(f"template '{name}' failed while filling in the memo ({exc})") from None


def _sync_parts(part: Part) -> None:
    """docxtpl swaps header/footer parts by changing rel._target only; python-docx looks parts
    up in a second map, which would still hand out the unrendered originals."""
    rels = part.rels
    for rid, rel in rels.items():
        if not rel.is_external:
            rels._target_parts_by_rId[rid] = rel._target


def _properties(document: DocxDocument, doc: ir.Document, spec: TemplateSpec) -> None:
    props = document.core_properties
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    for attr, value in (("title", doc.title), ("author", doc.author), ("subject", doc.subject),
                        ("keywords", doc.marking), ("category", spec.name), ("comments", ""),
                        ("last_modified_by", doc.author), ("language", doc.lang)):
        setattr(props, attr, clean(value)[:255])
    props.created = props.modified = now
    props.revision = 1


def render_in_process(doc: ir.Document, spec: TemplateSpec) -> bytes:
    path = spec.docx_path
    if not path.is_file():
        raise TemplateError(f"template '{spec.id}' has no memo.docx")
    try:
        tpl = _StrictTemplate(str(path))
        tpl.init_docx()
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError, OSError):
        raise TemplateError(f"template '{spec.id}': memo.docx is not a readable Word document") from None
    notes = Footnotes(tpl.docx)
    context = make_context(doc, spec.name, tpl.build_url_id, notes.add)
    _render(tpl, context, spec)
    _sync_parts(tpl.docx.part)
    notes.write()
    add_page_numbers(tpl.docx)
    add_toc(tpl.docx)
    fix_widths(tpl.docx, doc)
    add_bookmarks(tpl.docx, doc)
    add_alt_text(tpl.docx, spec.name)
    _properties(tpl.docx, doc, spec)
    buf = io.BytesIO()
    tpl.save(buf)
    return buf.getvalue()
