"""The parts every citation style is made of: dates, author names, and the small rules for
joining pieces (a title in quotation marks, the URL last, one closing period).

`citations.py` builds its styles from these; nothing here knows a style by name except
`format_date`, whose month and day order is the style's.
"""
from __future__ import annotations

import re
from typing import Protocol

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
_MINOR = {"a", "an", "the", "of", "on", "in", "to", "for", "and", "or", "against", "with", "at", "by", "from", "as",
          # Russian prepositions and conjunctions ("Лавров предупредил Сеул о", not "… о.")
          "в", "во", "на", "о", "об", "обо", "с", "со", "к", "ко", "по", "за", "из", "от", "до", "у", "для", "при",
          "про", "без", "над", "под", "перед", "через", "и", "а", "но", "или", "что", "как"}
_PAIRS = (("“", "”"), ("«", "»"), ("‘", "’"), ("「", "」"), ("『", "』"))
_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "el"}

Piece = tuple[str, str]  # (text, kind): kind "" plain, "i" italic, "url" a link


class Cited(Protocol):
    label: str | None  # the title
    outlet: str | None
    author: str | None
    date: str | None
    url: str | None


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


def year_of(value: str | None) -> str:
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


def join(names: list[str], conj: str) -> str:
    if len(names) <= 2:
        return f" {conj} ".join(names)
    return ", ".join(names[:-1]) + f", {conj} " + names[-1]


def surnames(c: Cited) -> str:
    names = [split_name(n)[0] for n in authors(c.author)]
    if len(names) > 3:
        return f"{names[0]} et al."
    return join(names, "and")


# --- pieces helpers -----------------------------------------------------------------------

_STRAIGHT_DOUBLE = re.compile(r'"([^"\n]*)"')
_STRAIGHT_SINGLE = re.compile(r"(?<![\w'’])'(?=\S)([^'\n]*?\S)'(?!\w)")  # not an apostrophe (Seoul's)


def typographic(text: str) -> str:
    """Straight quotation marks as typographic ones, as notes print a title: Seoul’s “peace” plan,
    尹 ‘北 도발’ (a pair of straight singles), an apostrophe ’. A mark left unpaired stays."""
    text = _STRAIGHT_SINGLE.sub("‘\\1’", _STRAIGHT_DOUBLE.sub("“\\1”", text))
    return re.sub(r"(?<=\w)'|'(?=\w)", "’", text)


def title_in_quotes(title: str, after: str) -> str:
    """“Title,” with the comma or period inside the marks (American usage), none after ? or !;
    double quotation marks inside the title become single ones (“Ministry ‘will respond’”)."""
    title = typographic(title.strip()).replace("“", "‘").replace("”", "’")
    return f"“{title}”" if title[-1:] in "?!" or not after else f"“{title}{after}”"


def end(text: str, mark: str = ".") -> str:
    text = text.rstrip()
    return text if not text or text[-1] in ".?!" else text + mark


def outlet_chicago(outlet: str) -> str:
    return re.sub(r"^The\s+", "", outlet.strip())  # CMOS 14.191: newspapers lose their initial "The"


def short_title(title: str) -> str:
    """Up to four words of the title, without a leading article or a dangling minor word."""
    words = title.split()
    if len(words) <= 4:
        return title.strip()
    if words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    words = words[:4]
    while len(words) > 1 and words[-1].lower().strip(",:;") in _MINOR:
        words.pop()
    return _balanced(" ".join(words).rstrip(",:;"))


def _balanced(text: str) -> str:
    """A shortened title with each quotation mark the cut left open closed at the cut
    (외교부 "러시아의 군사 협력에 단호히 대응" → 외교부 "러시아의 군사 협력에"), the marks kept."""
    text = " ".join(text.split())
    closing = dict(_PAIRS)
    open_: list[str] = []  # the closing marks still owed, innermost last
    for k, ch in enumerate(text):
        before, after = text[k - 1:k], text[k + 1:k + 2]
        if ch == '"' or ch == "'" and not before.isalnum():  # a straight mark, or not an apostrophe
            if open_ and open_[-1] == ch:
                open_.pop()
            elif not before.strip() or ch == '"':
                open_.append(ch)
        elif ch in closing:
            open_.append(closing[ch])
        elif open_ and ch == open_[-1] and not (ch == "’" and after.isalnum()):  # Seoul’s is no closing mark
            open_.pop()
    return text + "".join(reversed(open_))


def with_url(parts: list[Piece], c: Cited, before: str, after: str = ".") -> list[Piece]:
    if c.url:
        return parts + [(before, ""), (c.url, "url"), (after, "")]
    return parts


def finish(parts: list[Piece]) -> list[Piece]:
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


def chain(items: list[Piece], sep: str = ", ") -> list[Piece]:
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
