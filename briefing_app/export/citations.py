"""Citation styles: the one place a source's author, title, outlet, date and URL become text.

Each style gives three forms of a citation (an ir.Citation or anything with the same fields):

    full note   — the first note citing a source
    short note  — every later note citing it. No "Ibid." in any style: Chicago 17 (14.34)
                  discourages it in favour of the short form, which also survives notes
                  being moved or deleted while the memo is edited.
    entry       — the sources appendix / bibliography / reference list

Every form comes as pieces (text, kind) with kind "" (plain), "i" (italic) or "url" (a link,
placed where the style puts it); `plain()` joins them without the URL, which renderers that
link the URL apart from the text append themselves.

Titles are printed as given (no automatic headline or sentence case: it would wreck proper
nouns and does nothing for Korean or Russian). Missing fields are left out, never printed as
"None"; APA writes "n.d." for a missing date, as APA 7 asks.
"""
from __future__ import annotations

from briefing_app.core.errors import ExportError
from briefing_app.export.citation_parts import (
    Cited,
    Piece,
    authors,
    chain,
    end,
    finish,
    format_date,
    initials,
    inverted,
    join,
    outlet_chicago,
    short_title,
    split_name,
    surnames,
    title_in_quotes,
    with_url,
    year_of,
)

STYLES = {"chicago": "Chicago (notes and bibliography)", "apa": "APA 7", "house": "House style"}
DEFAULT = "chicago"
FORMS = ("full", "short", "entry")


def check_style(style: str | None) -> str:
    """The style id, or ExportError naming the styles there are."""
    style = (style or DEFAULT).strip().lower()
    if style not in STYLES:
        raise ExportError(f"unknown citation style '{style}' (use one of: {', '.join(STYLES)})")
    return style


def pieces(c: Cited, style: str, form: str = "full") -> list[Piece]:
    if form not in FORMS:
        raise ValueError(f"unknown citation form {form!r}")
    return _FORMATTERS[check_style(style)][FORMS.index(form)](c)


def plain(parts: list[Piece]) -> str:
    """The citation as one line without its URL (renderers link the URL themselves): the URL
    is always last, so the text is everything before it, closed with a period."""
    cut = next((i for i, (_, kind) in enumerate(parts) if kind == "url"), len(parts))
    text = "".join(t for t, _ in parts[:cut]).rstrip().rstrip(",").rstrip()
    return text if not text or text[-1] in ".?!”»)" else text + "."


def format(c: Cited, style: str, form: str = "full") -> str:
    return plain(pieces(c, style, form))


# --- Chicago (notes and bibliography, 17th ed.), newspaper or web article -------------------

def chicago_full(c: Cited) -> list[Piece]:
    """Ben Wolfgang, “Title,” Washington Times, November 24, 2024, https://…."""
    names = authors(c.author)
    who = f"{names[0]} et al." if len(names) > 3 else join(names, "and")  # CMOS 14.76: four or more
    items: list[Piece] = [(who, "")]
    rest = [(outlet_chicago(c.outlet), "i") if c.outlet else ("", ""), (format_date(c.date, "chicago"), "")]
    if c.label:
        items.append((title_in_quotes(c.label, "," if any(t for t, _ in rest) or c.url else "."), ""))
    parts = chain(items + rest)
    if c.url:
        return finish(parts + [(", " if parts else "", ""), (c.url, "url"), (".", "")])
    return finish(parts)


def chicago_short(c: Cited) -> list[Piece]:
    """Wolfgang, “Russia Warns South Korea Against.” — surname and up to four words of the title."""
    who = surnames(c)
    if c.label:
        items = [(who, ""), (title_in_quotes(short_title(c.label), "."), "")]
    else:
        items = [(who, ""), (outlet_chicago(c.outlet), "i") if c.outlet else ("", ""),
                 (format_date(c.date, "chicago"), "")]
    return finish(chain(items))


def chicago_entry(c: Cited) -> list[Piece]:
    """Wolfgang, Ben. “Title.” Washington Times, November 24, 2024. https://…."""
    names = authors(c.author)
    who = join([inverted(names[0])] + names[1:], "and") if names else ""
    parts: list[Piece] = [(end(who), "")] if who else []
    if c.label:
        parts += [(" " if parts else "", ""), (title_in_quotes(c.label, "."), "")]
    tail = chain([(outlet_chicago(c.outlet), "i") if c.outlet else ("", ""), (format_date(c.date, "chicago"), "")])
    if tail:
        parts += [(" " if parts else "", "")] + tail + [(".", "")]
    return finish(with_url(parts, c, " "))


# --- APA 7, newspaper or web article --------------------------------------------------------

def _apa_names(c: Cited) -> str:
    names = []
    for name in authors(c.author):
        family, given = split_name(name)
        names.append(f"{family}, {initials(given)}" if given else family)
    if len(names) > 20:
        names = names[:19] + ["…", names[-1]]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + ", & " + names[-1]


def apa_entry(c: Cited) -> list[Piece]:
    """Wolfgang, B. (2024, November 24). Title. The Washington Times. https://…"""
    date = f"({format_date(c.date, 'apa') or 'n.d.'})."
    who = _apa_names(c)
    parts: list[Piece] = []
    if who:
        parts += [(end(who) + " " + date, "")]
        if c.label:
            parts += [(" " + end(c.label.strip()), "")]
    elif c.label:  # no author: the title takes the author's place
        parts += [(end(c.label.strip()) + " " + date, "")]
    elif c.outlet:  # neither: the outlet is the author (a group author)
        parts += [(end(c.outlet.strip()) + " " + date, "")]
    else:
        parts += [(date, "")]
    if c.outlet and (who or c.label):
        parts += [(" ", ""), (c.outlet.strip(), "i"), (".", "")]
    if c.url:
        parts += [(" ", ""), (c.url, "url")]  # APA puts no period after a URL
    return parts


def apa_short(c: Cited) -> list[Piece]:
    """(Wolfgang, 2024) — the in-text citation; a short title in quotes when there is no author."""
    names = [split_name(n)[0] for n in authors(c.author)]
    year = year_of(c.date) or "n.d."
    if names:
        who = (names[0] + " et al." if len(names) > 2 else " & ".join(names)) + ","
    elif c.label:
        who = title_in_quotes(short_title(c.label), ",")  # (“Title,” 2024)
    else:
        who = (c.outlet or "").strip() + "," if c.outlet else ""
    return [(f"({who} {year})" if who else f"({year})", "")]


# --- house style: author, title, outlet, day-month-year; plain, no italics -------------------

def house_full(c: Cited) -> list[Piece]:
    """Ben Wolfgang, “Title,” The Washington Times, 24 November 2024. https://…"""
    rest = [(c.outlet or "", ""), (format_date(c.date, "house"), "")]
    items = [(c.author or "", "")]
    if c.label:
        items.append((title_in_quotes(c.label, "," if any(t for t, _ in rest) else "."), ""))
    return finish(with_url(finish(chain(items + rest)), c, " ", ""))


def house_short(c: Cited) -> list[Piece]:
    """The Washington Times, “Russia warns South Korea against.”"""
    items = [((c.outlet or surnames(c)).strip(), "")]
    if c.label:
        items.append((title_in_quotes(short_title(c.label), "."), ""))
    else:
        items.append((format_date(c.date, "house"), ""))
    return finish(chain(items))


_FORMATTERS = {
    "chicago": (chicago_full, chicago_short, chicago_entry),
    "apa": (apa_entry, apa_short, apa_entry),  # APA's notes hold the reference entry, then the in-text form
    "house": (house_full, house_short, house_full),
}
