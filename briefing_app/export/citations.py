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

import re
from typing import Protocol

from briefing_app.core.errors import ExportError

STYLES = {"chicago": "Chicago (notes and bibliography)", "apa": "APA 7", "house": "House style"}
DEFAULT = "chicago"
FORMS = ("full", "short", "entry")

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$")
_NO_INVERT = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]|\d"
                        r"|\b(?:staff|board|agency|news|ministry|office|editorial|editors|desk|service|press|"
                        r"reporters?|correspondents?|team)\b", re.IGNORECASE)
# surname-first romanised Korean names ("Kim Min-su", "Lee Jae Myung") keep their order
_KOREAN_SURNAMES = set("kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han "
                       "oh seo shin kwon hwang ahn song yoo ryu hong jeon moon yang son bae baek heo nam noh ha "
                       "kwak sung cha joo woo koo min "
                       "ким ли пак чхве чон кан чо юн чан лим им хан о со син квон хван ан сон ю хон мун ян пэ "
                       "пэк нам но ха".split())
_MINOR = {"a", "an", "the", "of", "on", "in", "to", "for", "and", "or", "against", "with", "at", "by", "from", "as"}
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "el"}

Piece = tuple[str, str]  # (text, kind): kind "" plain, "i" italic, "url" a link


class Cited(Protocol):
    label: str | None  # the title
    outlet: str | None
    author: str | None
    date: str | None
    url: str | None


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


# --- dates --------------------------------------------------------------------------------

def _date_parts(value: str | None) -> tuple[int, int | None, int | None] | None:
    m = _ISO.match((value or "").strip())
    if not m:
        return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if month is not None and not 1 <= month <= 12 or day is not None and not 1 <= day <= 31:
        return None
    return year, month or None, day or None


def format_date(value: str | None, style: str) -> str:
    """Chicago "March 3, 2025", APA "2025, March 3", house "3 March 2025"; an unparsed date as given."""
    parts = _date_parts(value)
    if parts is None:
        return (value or "").strip()
    year, month, day = parts
    if month is None:
        return str(year)
    name = MONTHS[month - 1]
    if style == "apa":
        return f"{year}, {name}" + (f" {day}" if day else "")
    if style == "house":
        return f"{day} {name} {year}" if day else f"{name} {year}"
    return f"{name} {day}, {year}" if day else f"{name} {year}"


def _year(value: str | None) -> str:
    parts = _date_parts(value)
    return str(parts[0]) if parts else (value or "").strip()


# --- names --------------------------------------------------------------------------------

def authors(value: str | None) -> list[str]:
    """The names in an author field: "A and B", "A & B", "A; B", "A, B and C"."""
    text = (value or "").strip()
    if not text:
        return []
    names = [n.strip() for n in re.split(r";|\s+(?:and|&)\s+", text) if n.strip()]
    out = []
    for name in names:
        bits = [b.strip() for b in name.split(",") if b.strip()]
        # "Wolfgang, Ben" is one inverted name; "Ben Wolfgang, Jane Doe" is two
        out.extend(bits if len(bits) > 1 and all(" " in b for b in bits) else [name])
    return out


def split_name(name: str) -> tuple[str, str]:
    """(family, given); given is "" for an organisation or a name that is not to be inverted."""
    if "," in name:
        family, _, given = name.partition(",")
        return family.strip(), given.strip()
    words = name.split()
    if len(words) < 2 or len(words) > 4 or _NO_INVERT.search(name) or not all(w[:1].isupper() for w in
                                                                              (words[0], words[-1])):
        return name, ""
    if words[0].lower() in _KOREAN_SURNAMES and (len(words) == 3 or "-" in words[1]):
        return words[0], " ".join(words[1:])
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in _PARTICLES:
        cut -= 1
    return " ".join(words[cut:]), " ".join(words[:cut])


def inverted(name: str) -> str:
    family, given = split_name(name)
    return f"{family}, {given}" if given else family


def initials(given: str) -> str:
    """"Ben" -> "B.", "Jae-in" -> "J.-I.", "Мин Су" -> "М. С."."""
    out = []
    for word in given.split():
        out.append("-".join(p[:1].upper() + "." for p in word.split("-") if p))
    return " ".join(out)


def _join(names: list[str], conj: str) -> str:
    if len(names) <= 2:
        return f" {conj} ".join(names)
    return ", ".join(names[:-1]) + f", {conj} " + names[-1]


def _surnames(c: Cited) -> str:
    names = [split_name(n)[0] for n in authors(c.author)]
    if len(names) > 3:
        return f"{names[0]} et al."
    return _join(names, "and")


# --- pieces helpers -----------------------------------------------------------------------

def _title_in_quotes(title: str, after: str) -> str:
    """“Title,” with the comma or period inside the marks (American usage), none after ? or !."""
    title = title.strip()
    return f"“{title}”" if title[-1:] in "?!" or not after else f"“{title}{after}”"


def _end(text: str, mark: str = ".") -> str:
    text = text.rstrip()
    return text if not text or text[-1] in ".?!" else text + mark


def _outlet_chicago(outlet: str) -> str:
    return re.sub(r"^The\s+", "", outlet.strip())  # CMOS 14.191: newspapers lose their initial "The"


def _short_title(title: str) -> str:
    """Up to four words of the title, without a leading article or a dangling minor word."""
    words = title.split()
    if len(words) <= 4:
        return title.strip()
    if words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    words = words[:4]
    while len(words) > 1 and words[-1].lower().strip(",:;") in _MINOR:
        words.pop()
    return " ".join(words).rstrip(",:;")


def _with_url(parts: list[Piece], c: Cited, before: str, after: str = ".") -> list[Piece]:
    if c.url:
        return parts + [(before, ""), (c.url, "url"), (after, "")]
    return parts


def _finish(parts: list[Piece]) -> list[Piece]:
    """Drop a trailing separator and close with a period unless the text already ends a sentence."""
    parts = [(t, k) for t, k in parts if t]
    while parts and parts[-1][1] == "" and parts[-1][0].strip() in (",", ""):
        parts.pop()
    if parts and parts[-1][1] == "":
        text = parts[-1][0].rstrip().rstrip(",")
        parts[-1] = (text if text[-1:] in ".?!”" else text + ".", "")
    elif parts and parts[-1][1] == "i":
        parts.append((".", ""))
    return parts


def _chain(items: list[Piece], sep: str = ", ") -> list[Piece]:
    """Items separated by `sep`, except after a quoted title that already holds its comma."""
    out: list[Piece] = []
    for text, kind in items:
        if not text:
            continue
        if out and not out[-1][0].endswith(("”", " ")):
            out.append((sep, ""))
        elif out and out[-1][0].endswith("”"):
            out.append((" ", ""))
        out.append((text, kind))
    return out


# --- Chicago (notes and bibliography, 17th ed.), newspaper or web article -------------------

def chicago_full(c: Cited) -> list[Piece]:
    """Ben Wolfgang, “Title,” Washington Times, November 24, 2024, https://…."""
    names = authors(c.author)
    who = f"{names[0]} et al." if len(names) > 3 else _join(names, "and")  # CMOS 14.76: four or more
    items: list[Piece] = [(who, "")]
    rest = [(_outlet_chicago(c.outlet), "i") if c.outlet else ("", ""), (format_date(c.date, "chicago"), "")]
    if c.label:
        items.append((_title_in_quotes(c.label, "," if any(t for t, _ in rest) or c.url else "."), ""))
    parts = _chain(items + rest)
    if c.url:
        return _finish(parts + [(", " if parts else "", ""), (c.url, "url"), (".", "")])
    return _finish(parts)


def chicago_short(c: Cited) -> list[Piece]:
    """Wolfgang, “Russia Warns South Korea Against.” — surname and up to four words of the title."""
    who = _surnames(c)
    if c.label:
        items = [(who, ""), (_title_in_quotes(_short_title(c.label), "."), "")]
    else:
        items = [(who, ""), (_outlet_chicago(c.outlet), "i") if c.outlet else ("", ""),
                 (format_date(c.date, "chicago"), "")]
    return _finish(_chain(items))


def chicago_entry(c: Cited) -> list[Piece]:
    """Wolfgang, Ben. “Title.” Washington Times, November 24, 2024. https://…."""
    names = authors(c.author)
    who = _join([inverted(names[0])] + names[1:], "and") if names else ""
    parts: list[Piece] = [(_end(who), "")] if who else []
    if c.label:
        parts += [(" " if parts else "", ""), (_title_in_quotes(c.label, "."), "")]
    tail = _chain([(_outlet_chicago(c.outlet), "i") if c.outlet else ("", ""), (format_date(c.date, "chicago"), "")])
    if tail:
        parts += [(" " if parts else "", "")] + tail + [(".", "")]
    return _finish(_with_url(parts, c, " "))


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
        parts += [(_end(who) + " " + date, "")]
        if c.label:
            parts += [(" " + _end(c.label.strip()), "")]
    elif c.label:  # no author: the title takes the author's place
        parts += [(_end(c.label.strip()) + " " + date, "")]
    elif c.outlet:  # neither: the outlet is the author (a group author)
        parts += [(_end(c.outlet.strip()) + " " + date, "")]
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
    year = _year(c.date) or "n.d."
    if names:
        who = (names[0] + " et al." if len(names) > 2 else " & ".join(names)) + ","
    elif c.label:
        who = _title_in_quotes(_short_title(c.label), ",")  # (“Title,” 2024)
    else:
        who = (c.outlet or "").strip() + "," if c.outlet else ""
    return [(f"({who} {year})" if who else f"({year})", "")]


# --- house style: author, title, outlet, day-month-year; plain, no italics -------------------

def house_full(c: Cited) -> list[Piece]:
    """Ben Wolfgang, “Title,” The Washington Times, 24 November 2024. https://…"""
    rest = [(c.outlet or "", ""), (format_date(c.date, "house"), "")]
    items = [(c.author or "", "")]
    if c.label:
        items.append((_title_in_quotes(c.label, "," if any(t for t, _ in rest) else "."), ""))
    return _finish(_with_url(_finish(_chain(items + rest)), c, " ", ""))


def house_short(c: Cited) -> list[Piece]:
    """The Washington Times, “Russia warns South Korea against.”"""
    items = [((c.outlet or _surnames(c)).strip(), "")]
    if c.label:
        items.append((_title_in_quotes(_short_title(c.label), "."), ""))
    else:
        items.append((format_date(c.date, "house"), ""))
    return _finish(_chain(items))


_FORMATTERS = {
    "chicago": (chicago_full, chicago_short, chicago_entry),
    "apa": (apa_entry, apa_short, apa_entry),  # APA's notes hold the reference entry, then the in-text form
    "house": (house_full, house_short, house_full),
}
