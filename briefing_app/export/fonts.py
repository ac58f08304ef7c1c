"""The PDF fonts: registration of the bundled TrueType families and per-character fallback.

reportlab draws a character the font lacks as nothing at all, silently. So text is split
into runs by the first font (body font, then the fallbacks) that has a glyph for each
character, and each fallback run is wrapped in <font name=…>. All text is escaped here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError

from briefing_app.core import paths
from briefing_app.core.errors import ExportError
from briefing_app.export.font_cache import load_ttf

# family -> (registered base name, {variant: file}); a missing variant falls back to a present one
FAMILIES: dict[str, tuple[str, dict[str, str]]] = {
    "Liberation Serif": ("LiberationSerif", {
        "normal": "LiberationSerif-Regular.ttf", "bold": "LiberationSerif-Bold.ttf",
        "italic": "LiberationSerif-Italic.ttf", "boldItalic": "LiberationSerif-BoldItalic.ttf"}),
    "Liberation Sans": ("LiberationSans", {
        "normal": "LiberationSans-Regular.ttf", "bold": "LiberationSans-Bold.ttf"}),
    "Nanum Gothic": ("NanumGothic", {
        "normal": "NanumGothic-Regular.ttf", "bold": "NanumGothic-Bold.ttf"}),
}
_SUFFIX = {"normal": "", "bold": "-Bold", "italic": "-Italic", "boldItalic": "-BoldItalic"}
# registered font -> characters it prints (or that need no glyph): a font's coverage never changes,
# so each character is looked up once per process, not once per occurrence
_IN_FONT: dict[str, set[str]] = {}


def register(family: str) -> str:
    """Register a bundled family (idempotent); returns the name of its regular face."""
    if family not in FAMILIES:
        raise ExportError(f"the font '{family}' is not bundled (available: {', '.join(FAMILIES)})")
    base, files = FAMILIES[family]
    if base in pdfmetrics.getRegisteredFontNames():
        return base
    names = {}
    for variant in ("normal", "bold", "italic", "boldItalic"):
        file = files.get(variant)
        if file is None:
            continue
        name = base + _SUFFIX[variant]
        try:
            pdfmetrics.registerFont(load_ttf(name, paths.fonts_dir() / file))
        except (OSError, TTFError) as exc:
            raise ExportError(f"the bundled font {file} cannot be loaded ({exc})") from None
        names[variant] = name
    bold = names.get("bold", names["normal"])
    pdfmetrics.registerFontFamily(base, normal=names["normal"], bold=bold,
                                  italic=names.get("italic", names["normal"]),
                                  boldItalic=names.get("boldItalic", bold))
    return base


@dataclass
class FontChain:
    """The body font and its fallbacks; splits text into escaped runs by covering font.

    A fallback family is registered the first time a character needs it: Nanum Gothic alone
    takes longer to load than the rest of an English memo takes to render."""

    primary: str
    fallback_families: list[str]
    missing: set[str] = field(default_factory=set)
    _fallbacks: list[str] | None = None

    @classmethod
    def of(cls, family: str, fallbacks: list[str]) -> FontChain:
        for f in fallbacks:
            if f not in FAMILIES:
                register(f)  # an unknown family fails now, not at the first odd character
        return cls(register(family), [f for f in fallbacks if f != family])

    @property
    def fallbacks(self) -> list[str]:
        if self._fallbacks is None:
            self._fallbacks = [register(f) for f in self.fallback_families]
        return self._fallbacks

    def _covers(self, font: str, ch: str) -> bool:
        return ord(ch) in pdfmetrics.getFont(font).face.charToGlyph

    def font_for(self, ch: str) -> str:
        if ch.isspace() or ord(ch) < 32 or self._covers(self.primary, ch):
            return self.primary
        for font in self.fallbacks:
            if self._covers(font, ch):
                return font
        self.missing.add(ch)
        return self.primary

    def runs(self, text: str) -> list[tuple[str, str]]:
        if not text:
            return []
        chars = set(text)
        known = _IN_FONT.setdefault(self.primary, set())
        if chars <= known:
            return [(self.primary, text)]  # the common case: one run in the body font
        cmap = pdfmetrics.getFont(self.primary).face.charToGlyph
        if all(ord(ch) in cmap or ch.isspace() or ord(ch) < 32 for ch in chars - known):
            known |= chars
            return [(self.primary, text)]
        out: list[tuple[str, str]] = []
        for ch in text:
            font = self.primary if ch.isspace() and out else self.font_for(ch)
            if ch.isspace() and out:
                font = out[-1][0]  # a space stays in the run it follows
            if out and out[-1][0] == font:
                out[-1] = (font, out[-1][1] + ch)
            else:
                out.append((font, ch))
        return out

    def markup(self, text: str, bold: bool = False) -> str:
        """Escaped paragraph markup for text, fallback runs wrapped in <font name=…>.

        A fallback run names its face outright, so in bold text it must name the bold face.
        """
        parts = []
        for font, chunk in self.runs(text):
            body = escape(chunk)
            if font == self.primary:
                parts.append(body)
            else:
                face = font + "-Bold" if bold and font + "-Bold" in pdfmetrics.getRegisteredFontNames() else font
                parts.append(f'<font name="{face}">{body}</font>')
        return "".join(parts)


def bundled_coverage() -> dict[str, set[int]]:
    """Registered name of every bundled face (its PostScript-like name, as PDFs list it) -> the
    code points it has glyphs for. Registers every bundled family."""
    out: dict[str, set[int]] = {}
    for family, (base, files) in FAMILIES.items():
        register(family)
        for variant in files:
            name = base + _SUFFIX[variant]
            out[name] = set(pdfmetrics.getFont(name).face.charToGlyph)
    return out
