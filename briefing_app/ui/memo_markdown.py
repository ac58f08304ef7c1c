"""The stored form of own text in a memo, and the Markdown the rich-text editor reads and writes.

Stored (`memo_items.body`): a Markdown subset the export understands line by line — one
paragraph per line, "- " lines are bullets, **bold** and *italic* inside; a blank line
between paragraphs (and around a list), so a full Markdown reader agrees with a line reader.
Older bodies are plain lines, each its own paragraph; `to_editor` reads them the same way.

`QTextDocument.toMarkdown()` wraps long paragraphs at 80 columns, may mark bullets with
"*" or "+", indents nested lists and escapes punctuation; `from_editor` undoes all of that
except the escape of a literal "*" (which would otherwise turn into emphasis).
Qt-free: tested without a display.
"""
from __future__ import annotations

import re

_BULLET = re.compile(r"^\s*[-*+]\s+(?=\S)")
_ORDERED = re.compile(r"^\s*\d+[.)]\s+")
_ESCAPE = re.compile(r"\\([^*\\])")  # "1986\." "\#" "\_": plain text again; "\*" stays literal


def _join(units: list[tuple[bool, str]]) -> str:
    out: list[str] = []
    prev_bullet: bool | None = None
    for bullet, text in units:
        if out:
            out.append("\n" if bullet and prev_bullet else "\n\n")
        out.append(("- " if bullet else "") + text)
        prev_bullet = bullet
    return "".join(out)


def to_editor(body: str) -> str:
    """A stored body as Markdown for the editor: every non-blank line a paragraph or bullet."""
    units = []
    for line in body.splitlines():
        if line.strip():
            bullet = _BULLET.match(line)
            units.append((bool(bullet), line[bullet.end():].strip() if bullet else line.strip()))
    return _join(units)


def from_editor(markdown: str) -> str:
    """The editor's Markdown in the stored form: wrapped lines joined, one bullet marker."""
    units: list[tuple[bool, str]] = []
    open_unit = False  # the last unit may still take continuation lines
    for line in markdown.splitlines():
        if not line.strip():
            open_unit = False
            continue
        bullet = _BULLET.match(line)
        ordered = _ORDERED.match(line)
        if bullet:
            units.append((True, line[bullet.end():].strip()))
        elif ordered:  # numbered lists are not in the subset: the number stays as text
            units.append((False, line.strip()))
        elif open_unit:
            bullet_prev, text = units[-1]
            units[-1] = (bullet_prev, f"{text} {line.strip()}")
        else:
            units.append((False, line.strip()))
        open_unit = True
    return _join([(b, _ESCAPE.sub(r"\1", t)) for b, t in units])
