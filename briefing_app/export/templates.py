"""Memo templates: a folder with template.toml (what), style.toml (PDF look) and memo.docx (Word).

Built-in templates live in paths.builtin_templates_dir(); a user's own folder
(paths.user_templates_dir()) may add templates or override a built-in one of the same id.
A template id is a folder name and nothing else: no separators, no "..", no hidden names.

A template folder may also be given by its absolute path (a built-in one copied and edited
in Word, say): find_template(ref) takes an id or such a path, and a memo drafted with it
keeps the path (TemplateSpec.ref). Such a template is the user's: it renders in the
sandboxed child process, and none of its files may lead outside its folder.
"""
from __future__ import annotations

import copy
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing_app.core import paths
from briefing_app.core.errors import TemplateError

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
_FLAGS = ("prepared_by", "attachments", "sources_appendix", "cover", "contents", "section_breaks", "bullets",
          "options_matrix")
KINDS = ("info", "action", "options", "talking-points", "briefing-book")

DEFAULT_STYLE: dict[str, Any] = {
    "page": {"size": "letter", "margin_top": 72, "margin_bottom": 72, "margin_left": 72, "margin_right": 72},
    "fonts": {"body": "Liberation Serif", "body_size": 12, "leading": 14.5,
              "heading": "Liberation Serif", "heading_size": 12, "banner": "Liberation Sans",
              "banner_size": 10, "note_size": 9.5, "table_size": 10, "fallback": ["Nanum Gothic"]},
    "colours": {"text": "#000000", "heading": "#000000", "rule": "#000000", "banner": "#000000",
                "quote_rule": "#7a7a7a", "table_header": "#e6e6e6", "link": "#1a4f8b", "muted": "#444444"},
}


@dataclass
class TemplateSpec:
    id: str
    name: str
    kind: str
    page_budget: int | None
    sections: list[tuple[str, str]]  # (key, heading) in order
    marking: str = ""
    folder: Path = field(default_factory=Path)
    style: dict[str, Any] = field(default_factory=lambda: copy.deepcopy(DEFAULT_STYLE))
    kind_label: str = "MEMORANDUM"
    decision_lines: bool = False
    builtin: bool = True
    portion_mark: str = ""  # e.g. "(U)" before every paragraph; "" = none
    prepared_by: bool = False  # a "Prepared by" line (the memo's FROM) at the end
    attachments: bool = False  # the cited sources listed as attachments (TABs) at the end
    sources_appendix: bool = False  # an appendix listing every cited source
    cover: bool = False
    contents: bool = False
    section_breaks: bool = False  # each section starts a new page
    bullets: bool = False  # text as short bulleted points, quotes as supporting lines
    options_matrix: bool = False  # options table with one column per stance holder
    ref: str = ""  # what a memo stores to find it again: the id, or the folder's absolute path

    def __post_init__(self) -> None:
        self.ref = self.ref or self.id

    @property
    def docx_path(self) -> Path:
        return self.folder / "memo.docx"

    def heading_for(self, key: str) -> str | None:
        return next((h for k, h in self.sections if k == key), None)


def check_id(template_id: str) -> str:
    if not isinstance(template_id, str) or not _ID.fullmatch(template_id):
        raise TemplateError(f"invalid template id {template_id!r}: use letters, digits, '-' and '_' only")
    return template_id


def _roots() -> list[tuple[Path, bool]]:
    return [(paths.builtin_templates_dir(), True), (paths.user_templates_dir(), False)]


def _inside(root: Path, folder: Path, template_id: str, where: str) -> None:
    """A symlinked folder or file must not lead outside `root`."""
    try:
        for name in ("template.toml", "style.toml", "memo.docx"):
            if (folder / name).exists() or (folder / name).is_symlink():
                if not (folder / name).resolve().is_relative_to(root.resolve()):
                    raise TemplateError(f"template '{template_id}' points outside {where}")
    except OSError as exc:
        raise TemplateError(f"template '{template_id}' cannot be read: {exc.strerror or exc}") from None


def _folder(root: Path, template_id: str) -> Path | None:
    folder = root / check_id(template_id)
    if not (folder / "template.toml").is_file():
        return None
    _inside(root, folder, template_id, "its templates folder")
    return folder


def _read_toml(path: Path, template_id: str) -> dict[str, Any]:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"template '{template_id}': {path.name} is not valid TOML ({exc})") from None
    except OSError as exc:
        raise TemplateError(f"template '{template_id}': cannot read {path.name} ({exc.strerror or exc})") from None


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in over.items():
        out[key] = _merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def _parse(folder: Path, template_id: str, builtin: bool, ref: str = "") -> TemplateSpec:
    data = _read_toml(folder / "template.toml", template_id)
    style_path = folder / "style.toml"
    style = _merge(DEFAULT_STYLE, _read_toml(style_path, template_id)) if style_path.is_file() else copy.deepcopy(DEFAULT_STYLE)
    try:
        sections = [(str(s["key"]), str(s["heading"])) for s in data.get("sections", [])]
        budget = data.get("page_budget")
        spec = TemplateSpec(
            id=template_id, name=str(data.get("name") or template_id), kind=str(data.get("kind", "info")),
            page_budget=int(budget) if budget else None, sections=sections, marking=str(data.get("marking", "")),
            folder=folder, style=style, kind_label=str(data.get("kind_label", "MEMORANDUM")),
            decision_lines=bool(data.get("decision_lines", False)), builtin=builtin,
            portion_mark=str(data.get("portion_marks", "")).strip(), ref=ref,
            **{k: bool(data.get(k, False)) for k in _FLAGS})
    except (KeyError, TypeError, ValueError) as exc:
        raise TemplateError(f"template '{template_id}': template.toml has a bad entry ({exc})") from None
    if not spec.sections:
        raise TemplateError(f"template '{template_id}': template.toml lists no sections")
    return spec


def _ids(root: Path) -> list[str]:
    try:
        return sorted(p.name for p in root.iterdir() if _ID.fullmatch(p.name) and (p / "template.toml").is_file())
    except OSError:
        return []


def list_templates() -> list[TemplateSpec]:
    """Every usable template, built-in first; a user template overrides a built-in one of the same id.

    Broken templates are left out of the list (load_template reports what is wrong with them).
    """
    found: dict[str, TemplateSpec] = {}
    for root, builtin in _roots():
        for template_id in _ids(root):
            folder = _folder(root, template_id)
            if folder is None:  # removed since it was listed
                continue
            try:
                found[template_id] = _parse(folder, template_id, builtin)
            except TemplateError:
                continue
    return list(found.values())


def load_template(template_id: str) -> TemplateSpec:
    check_id(template_id)
    for root, builtin in reversed(_roots()):  # the user's folder wins
        folder = _folder(root, template_id)
        if folder is not None:
            return _parse(folder, template_id, builtin)
    available = ", ".join(t.id for t in list_templates()) or "none"
    raise TemplateError(f"unknown template '{template_id}' (available: {available})")


def builtin_template(kind: str) -> TemplateSpec | None:
    """The built-in template of a kind ("action", "options", ...), or None."""
    root = paths.builtin_templates_dir()
    for template_id in _ids(root):
        folder = _folder(root, template_id)
        spec = _parse(folder, template_id, builtin=True) if folder is not None else None
        if spec is not None and spec.kind == kind:
            return spec
    return None


def template_from_folder(folder: Path | str) -> TemplateSpec:
    """The template in a folder given by path (never built-in: it renders in the sandbox)."""
    path = Path(folder).expanduser()
    if not path.is_absolute():
        raise TemplateError(f"template folder {folder}: give its full path")
    name = path.name or str(path)
    if not path.is_dir():
        raise TemplateError(f"template folder {path} does not exist" if not path.exists()
                            else f"template {path} is a file: give the folder holding template.toml and memo.docx")
    if not (path / "template.toml").is_file():
        raise TemplateError(f"template folder {path} has no template.toml (copy a built-in template's folder "
                            "and edit it)")
    _inside(path, path, name, "its folder")
    return _parse(path, name, builtin=False, ref=str(path))


def find_template(ref: str) -> TemplateSpec:
    """A template by id, or by the absolute path of its folder."""
    if isinstance(ref, str) and (ref.startswith("/") or Path(ref).is_absolute()):
        return template_from_folder(ref)
    return load_template(ref)
