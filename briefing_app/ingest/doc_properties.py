"""A .pdf's or .docx's own title and author, without what tools and templates put there by default: a Word
title "Microsoft Word - memo.docx", a file name for a title, reportlab's "(anonymous)" / "(unspecified)",
python-docx's "python-docx", an office suite's account name ("Microsoft Office User", "Administrator")."""
from __future__ import annotations

import re

from briefing_app.core.model import Metadata

FILE_TITLE_RE = re.compile(r"(untitled|document\d*|.*\.(docx?|pdf|indd|qxd)|[\w.]+[-_][\w.-]+)", re.I)
NO_NAMES = frozenset(("anonymous", "unknown", "unspecified", "untitled", "none", "n/a", "user", "admin", "administrator",
                      "owner", "author", "python-docx", "microsoft office user", "windows user", "office user"))


def _bare(value: str | None) -> str:
    """The value without blanks and the brackets a tool writes around a default ("(anonymous)")."""
    value = " ".join((value or "").split())
    return value[1:-1].strip() if value[:1] in "([" and value[-1:] in ")]" else value


def clean_title(title: str | None) -> str | None:
    bare = _bare(title)
    if bare.lower().startswith("microsoft word - "):
        bare = bare[17:].rsplit(".doc", 1)[0]
    return None if FILE_TITLE_RE.fullmatch(bare) or bare.lower() in NO_NAMES else bare or None


def clean_author(author: str | None) -> str | None:
    bare = _bare(author)
    return None if bare.lower() in NO_NAMES else bare or None


def file_metadata(title: str | None, author: str | None) -> Metadata:
    return Metadata(title=clean_title(title), author=clean_author(author))
