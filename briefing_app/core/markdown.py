"""The stored form of the analyst's own text in a memo (`memo_items.body`): a small Markdown
subset, read and written here only. Qt-free, and cheap to import (the editor needs it at startup).

    **bold**   *italic*   ***both***      emphasis (asterisks only)
    - item  or  * item                    a bullet; indented or following lines continue it
    a blank line                          a new paragraph; single line breaks are spaces
    \\*  \\\\  \\-  …                        a backslash before ASCII punctuation prints it as is

This is what Qt's QTextEdit.toMarkdown writes for bold, italic and bullets. An asterisk that
does not open or close emphasis prints as it is ("5 * 3", "5*3 and 2*4", a lone "*"):
emphasis opens only at the start of a word and closes only at the end of one (unlike
CommonMark, which would make "5*3 and 2*4" italic).

Three readings of the same subset:
- `blocks` + `emphasis`: paragraphs and bullets, then bold/italic spans — what export prints
  (export/markup.py adds links and document runs);
- `to_editor`: a stored body for the rich-text editor, every non-blank line a paragraph or
  bullet (older bodies are plain lines, each its own paragraph);
- `from_editor`: the editor's Markdown back in the stored form. `QTextDocument.toMarkdown()`
  wraps long paragraphs at 80 columns, may mark bullets with "*" or "+", indents nested lists
  and escapes punctuation; this undoes all of that except the escape of a literal "*".
Stored bodies put one paragraph on a line, a blank line between paragraphs (and around a list),
so the line reading and the paragraph reading agree on them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_BLOCK_BULLET = re.compile(r"^\s{0,3}[-*+]\s+(?=\S)")
_ESCAPABLE = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def blocks(text: str) -> list[tuple[bool, list[str]]]:
    """(bullet?, its lines) for each paragraph or bullet of a stored body."""
    blocks: list[tuple[bool, list[str]]] = []
    current: tuple[bool, list[str]] | None = None
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not raw.strip():
            current = None
            continue
        m = _BLOCK_BULLET.match(raw)
        if m and not _is_rule(raw):
            current = (True, [raw[m.end():].strip()])
            blocks.append(current)
        elif current is not None:  # a wrapped line (Qt wraps at 80 columns) or a bullet's continuation
            current[1].append(raw.strip())
        else:
            current = (False, [raw.strip()])
            blocks.append(current)
    return blocks


def _is_rule(line: str) -> bool:
    return bool(re.fullmatch(r"\s*([-*])(\s*\1){2,}\s*", line))


@dataclass
class _Delim:
    count: int  # asterisks still unmatched
    can_open: bool
    can_close: bool
    opens: list[str] = field(default_factory=list)  # "b" / "i", outermost first
    closes: list[str] = field(default_factory=list)  # innermost first


def _tokens(text: str) -> list[str | _Delim]:
    out: list[str | _Delim] = []
    buf: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] in _ESCAPABLE:
            buf.append(text[i + 1])
            i += 2
            continue
        if ch != "*":
            buf.append(ch)
            i += 1
            continue
        j = i
        while j < n and text[j] == "*":
            j += 1
        before = text[i - 1] if i > 0 else " "
        after = text[j] if j < n else " "
        if buf:
            out.append("".join(buf))
            buf = []
        out.append(_Delim(j - i, can_open=not after.isspace() and not before.isalnum(),
                          can_close=not before.isspace() and not after.isalnum()))
        i = j
    if buf:
        out.append("".join(buf))
    return out


def _match(tokens: list[str | _Delim]) -> None:
    """Pair closers with the nearest opener before them (CommonMark's delimiter stack, simplified)."""
    stack: list[_Delim] = []
    for tok in tokens:
        if not isinstance(tok, _Delim):
            continue
        while tok.can_close and tok.count and stack:
            opener = stack[-1]
            use = 2 if opener.count >= 2 and tok.count >= 2 else 1
            kind = "b" if use == 2 else "i"
            opener.count -= use
            tok.count -= use
            opener.opens.insert(0, kind)
            tok.closes.append(kind)
            if opener.count == 0:
                stack.pop()
        if tok.can_open and tok.count:
            stack.append(tok)


def emphasis(text: str) -> list[tuple[str, bool, bool]]:
    """(text, bold, italic) spans of one paragraph: emphasis applied, escapes removed."""
    tokens = _tokens(text)
    _match(tokens)
    spans: list[tuple[str, bool, bool]] = []
    bold = italic = 0

    def emit(s: str) -> None:
        if not s:
            return
        if spans and spans[-1][1:] == (bold > 0, italic > 0):
            spans[-1] = (spans[-1][0] + s, *spans[-1][1:])
        else:
            spans.append((s, bold > 0, italic > 0))

    for tok in tokens:
        if isinstance(tok, str):
            emit(tok)
            continue
        for kind in tok.closes:
            bold, italic = (bold - 1, italic) if kind == "b" else (bold, italic - 1)
        emit("*" * tok.count)  # unmatched asterisks print as they are
        for kind in tok.opens:
            bold, italic = (bold + 1, italic) if kind == "b" else (bold, italic + 1)
    return spans


def escape(text: str) -> str:
    """Plain text made safe to put in the analyst's Markdown: asterisks and backslashes escaped,
    and a leading "- " or "* " kept from turning into a bullet."""
    text = re.sub(r"([\\*])", r"\\\1", text)
    return re.sub(r"^(\s*)([-+])(\s)", r"\1\\\2\3", text, flags=re.MULTILINE)


# --- the rich-text editor's Markdown ------------------------------------------------------

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
