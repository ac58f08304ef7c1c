"""The analyst's own text: a small Markdown subset parsed into paragraphs of runs.

    **bold**   *italic*   ***both***      emphasis (asterisks only)
    - item  or  * item                    a bullet; indented or following lines continue it
    a blank line                          a new paragraph; single line breaks are spaces
    \\*  \\\\  \\-  …                        a backslash before ASCII punctuation prints it as is
    https://…                             a bare URL becomes a link

This is what Qt's QTextEdit.toMarkdown writes for bold, italic and bullets, so text edited in
the app round-trips. An asterisk that does not open or close emphasis prints as it is:
"5 * 3", "5*3 and 2*4", a lone "*". Emphasis opens only at the start of a word (after a space,
punctuation or the line start) and closes only at the end of one, so asterisks inside words
stay literal (unlike CommonMark, which would make "5*3 and 2*4" italic).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing_app.export import ir

_URL = re.compile(r"https?://[^\s<>\"“”]+[^\s<>\"“”.,;:!?)\]']")
_BULLET = re.compile(r"^\s{0,3}[-*+]\s+(?=\S)")
_ESCAPABLE = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


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
    return [Block(inline(" ".join(lines)), bullet) for bullet, lines in _blocks(text)]


def _blocks(text: str) -> list[tuple[bool, list[str]]]:
    blocks: list[tuple[bool, list[str]]] = []
    current: tuple[bool, list[str]] | None = None
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if not raw.strip():
            current = None
            continue
        m = _BULLET.match(raw)
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


def inline(text: str) -> list[ir.Run]:
    """Runs of one paragraph's text: emphasis applied, escapes removed, bare URLs linked."""
    tokens = _tokens(text)
    _match(tokens)
    runs: list[ir.Run] = []
    bold = italic = 0

    def emit(s: str) -> None:
        if not s:
            return
        if runs and runs[-1].bold == (bold > 0) and runs[-1].italic == (italic > 0):
            runs[-1].text += s
        else:
            runs.append(ir.Run(s, bold=bold > 0, italic=italic > 0))

    for tok in tokens:
        if isinstance(tok, str):
            emit(tok)
            continue
        for kind in tok.closes:
            bold, italic = (bold - 1, italic) if kind == "b" else (bold, italic - 1)
        emit("*" * tok.count)  # unmatched asterisks print as they are
        for kind in tok.opens:
            bold, italic = (bold + 1, italic) if kind == "b" else (bold, italic + 1)
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


def escape(text: str) -> str:
    """Plain text made safe to put in the analyst's Markdown: asterisks and backslashes escaped,
    and a leading "- " or "* " kept from turning into a bullet."""
    text = re.sub(r"([\\*])", r"\\\1", text)
    return re.sub(r"^(\s*)([-+])(\s)", r"\1\\\2\3", text, flags=re.MULTILINE)
