"""Check every direct quote in a memo verbatim against its source before export.

Only quote marks and whitespace may differ. An ellipsis ("…" or "...") marks an omission
and [square brackets] mark an editorial insertion; anything else must match exactly.
A memo item marked as paraphrase is not checked (it prints without quotation marks).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing_app.core.errors import BriefingError
from briefing_app.core.records import MemoRecord

if TYPE_CHECKING:
    from briefing_app.export.build import Lookup

QUOTE_MARKS = "\"'“”„‟‘’‚‛«»‹›「」『』〝〞＂＇`´"
_MARKS_RE = "[" + re.escape(QUOTE_MARKS) + "]"
_TOKEN = re.compile(r"(\s+)|(\.\.\.|…)|(\[[^\]]*\])|" + _MARKS_RE)
_MAX_OMISSION = 2000
_MAX_INSERTION = 120


@dataclass
class Mismatch:
    quote_id: int
    text: str
    source: str
    reason: str
    item_id: int | None = None  # the memo item quoting it (the first one, if several do)

    def message(self) -> str:
        short = self.text if len(self.text) <= 70 else self.text[:67] + "…"
        return f"quote {self.quote_id} “{short}” {self.reason} in {self.source}"


def pattern(quote: str) -> re.Pattern[str]:
    """A regex matching the quote in a source up to quote marks, whitespace and marked edits."""
    out, pos = [], 0
    for m in _TOKEN.finditer(quote):
        out.append(re.escape(quote[pos:m.start()]))
        if m.group(1):
            out.append(r"\s+")
        elif m.group(2):
            out.append(rf"[\s\S]{{0,{_MAX_OMISSION}}}?")
        elif m.group(3):
            out.append(rf"[\s\S]{{0,{_MAX_INSERTION}}}?")
        else:
            out.append(_MARKS_RE + "?")
        pos = m.end()
    out.append(re.escape(quote[pos:]))
    body = "".join(out)
    # quote marks around whitespace may sit on either side of it
    body = body.replace(r"\s+" + _MARKS_RE + "?", r"\s*" + _MARKS_RE + r"?\s*")
    return re.compile(body)


def matches(quote: str, source_text: str) -> bool:
    core = quote.strip().strip(QUOTE_MARKS).strip()
    if not core:
        return False
    if "[" not in core and core in source_text:  # as written: the pattern would match it there (no compile)
        return True
    return pattern(core).search(source_text) is not None


def check_memo(memo: MemoRecord, lookup: Lookup) -> list[Mismatch]:
    """Every direct quote of the memo (not marked as paraphrase) that no longer matches its source."""
    found: list[Mismatch] = []
    seen: set[int] = set()
    for section in sorted(memo.sections, key=lambda s: s.position):
        for item in sorted(section.items, key=lambda i: i.position):
            if item.kind != "quote" or item.ref_id is None or item.paraphrase or item.ref_id in seen:
                continue
            seen.add(item.ref_id)
            try:
                quote = lookup.get_quote(item.ref_id)
                source = lookup.get_source(quote.source_id)
            except BriefingError as exc:
                found.append(Mismatch(item.ref_id, "", "the project", f"cannot be read ({exc})", item.id))
                continue
            if quote.kind != "direct":
                continue
            if not matches(quote.text, source.text):
                found.append(Mismatch(quote.id, quote.text, source.label, "does not match the text", item.id))
    return found
