"""The analyst's own text as document runs: the stored Markdown subset (core/markdown.py) read
into paragraphs and bullets of bold/italic runs, with bare http(s) URLs made into links."""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_app.core import markdown
from briefing_app.core.markdown import escape
from briefing_app.export import ir

__all__ = ["Block", "escape", "inline", "parse", "runs_for"]

_URL = re.compile(r"https?://[^\s<>\"“”]+[^\s<>\"“”.,;:!?)\]']")


@dataclass
class Block:
    """A paragraph of the analyst's text: its runs, and whether it is a bullet."""

    runs: list[ir.Run]
    bullet: bool = False

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


def parse(text: str) -> list[Block]:
    """Paragraphs and bullets of `text`, each with its bold/italic/link runs."""
    return [Block(inline(" ".join(lines)), bullet) for bullet, lines in markdown.blocks(text)]


def inline(text: str) -> list[ir.Run]:
    """Runs of one paragraph's text: emphasis applied, escapes removed, bare URLs linked."""
    runs = [ir.Run(s, bold=bold, italic=italic) for s, bold, italic in markdown.emphasis(text)]
    return [piece for run in runs for piece in _links(run)] or [ir.Run("")]


def _links(run: ir.Run) -> list[ir.Run]:
    out, pos, text = [], 0, run.text
    for m in _URL.finditer(text):
        if m.start() > pos:
            out.append(ir.Run(text[pos:m.start()], run.bold, run.italic))
        out.append(ir.Run(m.group(0), run.bold, run.italic, link=m.group(0)))
        pos = m.end()
    if pos < len(text):
        out.append(ir.Run(text[pos:], run.bold, run.italic))
    return out


def runs_for(text: str) -> list[ir.Run]:
    """Plain text (no markup) as runs, with bare http(s) URLs made into links."""
    return _links(ir.Run(text)) or [ir.Run(text)]
