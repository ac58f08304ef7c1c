"""Title, author, outlet, date and genre from the heading and byline lines of plain text."""
from __future__ import annotations

import re

from briefing_app.analysis.segment import paragraphs, sentence_spans
from briefing_app.analysis.trie import trie_pattern
from briefing_app.core.model import Metadata, Quote, Span

OUTLET_WORDS = r"(?:Times|Post|Daily|Journal|News|Herald|Tribune|Gazette|Telegraph|Guardian|Observer|Review|Magazine|Monitor|Chronicle|Examiner|Standard|Express|Star|Sun|Times-Union|Press|Wire|Report)"
OUTLET_RE = re.compile(r"\b(?:from|with|at|of|in|to)\s+(?:the\s+)?((?:The\s+)?(?:[A-Z][\w.-]*\s+){0,4}" + OUTLET_WORDS + r")\b")
REACHED_RE = re.compile(r"^[•·*\-–—\s]*((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*)\s+(?:can be reached|is a (?:staff )?(?:writer|reporter|correspondent|columnist))")
# "By Jane Smith"; a Russian byline "Автор: Ирина Белова", "Текст: …" (not "Автор фото: …", a photo's credit)
BY_RE = re.compile(r"^(?:By\s+|(?:Автор|Текст):[ \t]*)((?:[A-ZА-ЯЁ][\w.'’-]*\s+){1,3}[A-ZА-ЯЁ][\w'’-]*)\b")
NAME_LINE_RE = re.compile(r"^(?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]\.)){1,3}$")
AUTHOR_IS_RE = re.compile(r"^The (?:author|writer) (?:is|was|serves)\b")
OPINION_RE = re.compile(r"\b(?:Opinion|Op-Ed|Column|Columns|Editorial|Commentary|Perspective)\b")
MENU_SEPARATOR_RE = re.compile(r"\s*[|·•›»/>]\s*")
MENU_ITEMS = 4  # a menu has this many sections or more; a breadcrumb ("Home / Opinion") fewer
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# a date as written ("December 5, 2026") and in ISO form ("2026-12-05"), each opening with a class of its first characters,
# the "\b" before it read after it as a look-behind: a search skips to those characters instead of starting a match at every
# offset, as one pattern of both forms, r"\b(MONTHS)...|\b(\d{4})-...", has to (~0.25 M instructions on a heading)
WRITTEN_DATE_RE = re.compile("(" + trie_pattern(MONTHS.split("|"), not_after=r"\w") + r")\.?\s+(\d{1,2}),\s+(\d{4})\b")
ISO_DATE_RE = re.compile(r"\d(?<!\w.)\d{3}-\d{2}-\d{2}\b")


def _menu(line: str) -> bool:
    """A site's menu ("Home | Politics | Opinion | Sport", "News Opinion Sport Life"): its section words are
    clutter, not this piece's genre (a label "Opinion", a breadcrumb "Home / Opinion" or a kicker is)."""
    items = [item for item in MENU_SEPARATOR_RE.split(line.strip()) if item]
    words = line.split()
    return len(items) >= MENU_ITEMS or len(items) == 1 and MENU_ITEMS <= len(words) <= 12 \
        and all(w[:1].isupper() for w in words)


def _published(head: str) -> str | None:
    """The first date in head (the leftmost of a written and an ISO date; they cannot start at one offset), ISO."""
    written, iso = WRITTEN_DATE_RE.search(head), ISO_DATE_RE.search(head)
    if written is not None and (iso is None or written.start() < iso.start()):
        month = MONTHS.split("|").index(written.group(1)) + 1
        return f"{written.group(3)}-{month:02d}-{int(written.group(2)):02d}"
    return iso.group() if iso is not None else None


def _reached(line: str) -> re.Match[str] | None:
    """REACHED_RE.match(line) ("Jane Roe can be reached at ...", "Jane Roe is a staff writer"), tried only on a line that
    holds the words every match does (most lines open with a capital: the pattern reads up to four words before failing)."""
    return REACHED_RE.match(line) if "can be reached" in line or "is a " in line else None


def extract(text: str, all_paras: list[tuple[int, int]], boiler: list[Span], quotes: list[Quote]) -> Metadata:
    """Title, author, outlet, date and genre from the heading lines; `all_paras` are every paragraph of
    text, boilerplate too (the parsed document's `lines`)."""
    meta = Metadata()
    hidden = {(b.start, b.end) for b in boiler}
    lines = [(s, e, text[s:e]) for s, e in all_paras]
    body = [(s, e, line) for s, e, line in lines if (s, e) not in hidden]
    if body:
        first = _title_line([line for _, _, line in body[:TITLE_LINES]]) or body[0][2]
        if len(first.split()) <= 25 and not first.rstrip().endswith((".", "!", ",")) or first.rstrip().endswith("?") and len(first.split()) <= 15:
            meta.title = first.strip().lstrip(LEADERS)
    for s, e, line in lines[:40] + lines[-15:]:
        m = _reached(line) or BY_RE.match(line)
        if m and not meta.author:
            meta.author = m.group(1)
    if not meta.author:
        for i, (s, e, line) in enumerate(lines[:12]):
            if NAME_LINE_RE.match(line.strip()) and line.strip() != meta.title:
                meta.author = line.strip()
                break
    for b in boiler:
        m = OUTLET_RE.search(text, b.start, b.end)
        if m:
            meta.outlet = m.group(1)
            break
    meta.published = _published(text[: min(len(text), 600)])
    opinion = any(OPINION_RE.search(text, b.start, b.end) and not _menu(text[b.start:b.end]) for b in boiler)
    opinion = opinion or any(AUTHOR_IS_RE.match(line) for _, _, line in lines[:15] + lines[-6:])
    meta.genre = "opinion" if opinion else "news"
    return meta


TITLE_WORDS = 16  # a first sentence up to this long is the title as it stands
CLAUSE_RE = re.compile(r"[,;:]([”’\"]?)\s|\s[—–]\s")  # a comma inside closing quotes too: mistake,”


def guess_title(text: str, hidden: list[Span]) -> str | None:
    """A title for a source that declares none: its first visible line when that reads as a
    headline, else its first sentence — cut at a clause boundary, or after TITLE_WORDS words
    with an ellipsis, when longer."""
    covered = [(b.start, b.end) for b in hidden]
    shown = [(s, e) for s, e in paragraphs(text) if not any(a <= s and e <= b for a, b in covered)
             and any(ch.isalpha() for ch in text[s:e])]
    lines = [" ".join(text[s:e].split()) for s, e in shown[:TITLE_LINES]]
    line = _title_line(lines)
    if line is None and not shown:
        return None
    k = lines.index(line) if line is not None else 0
    line = lines[k].lstrip(LEADERS)
    if _headline_like(line):
        return line
    s, e = shown[k]
    first = " ".join(text[slice(*sentence_spans(text, s, e)[0])].split()).lstrip(LEADERS)
    return _shorten(DATELINE_RE.sub("", first, count=1) if DATELINE_RE.match(first) else first)


TITLE_LINES = 6  # a title is looked for in the first lines shown, past bylines, dates and labels
LEADERS = "—–-•*·> "
BYLINE_RE = re.compile(r"^(?i:by|written by|reporting by|words by)\s+(?:(?i:the)\s+)?[A-ZА-ЯЁ]")
STAMP_RE = re.compile(r"^(?:updated|posted|published|last updated|first published|modified)\b.*\d", re.I)
DATE_WORDS = {m.lower() for m in MONTHS.split("|")} | {m[:3].lower() for m in MONTHS.split("|")} | {
    "sept", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
    "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "am", "pm", "a", "p", "m", "est", "edt", "cst", "cdt", "pst",
    "pdt", "et", "pt", "gmt", "utc", "bst", "cet", "cest", "kst", "msk", "on", "at", "of", "th", "st", "nd", "rd"}
# "WASHINGTON (AP) — ", "SEOUL, Dec 5 (Reuters) - ", "LONDON — ": a dateline before the first sentence's words
DATELINE_RE = re.compile(r"^(?:[A-Z][A-Z.'’-]{2,}|[А-ЯЁ][А-ЯЁ.'-]{2,})(?:[ ,]+[A-Z][\w.'’-]*)*(?:,[^—–()\n]{1,20}?)?"
                         r"(?:\s*\([^)\n]{1,30}\))?\s*[—–-]+\s+(?=[\"“‘A-ZА-ЯЁ])")


def _title_line(lines: list[str]) -> str | None:
    """The first of `lines` that can be a title: not a byline ("By Jane Smith", or a name over a
    date), a date or time stamp ("December 5, 2026", "Updated 10:41 AM EST"), nor a one-word
    label ("OPINION", "Reuters"); None when there is none."""
    for k, line in enumerate(lines):
        if len(line.split()) < 2 or BYLINE_RE.match(line) or _stamp(line):
            continue
        if k + 1 < len(lines) and NAME_LINE_RE.match(line) and _stamp(lines[k + 1]):
            continue  # "Jane Smith" over "December 5, 2026": a byline
        return line
    return None


def _stamp(line: str) -> bool:
    """A date or time line: "December 5, 2026", "Thu 5 Dec 2026 10.41 GMT", "Updated 10:41 AM"."""
    return bool(STAMP_RE.match(line)) or any(ch.isdigit() for ch in line) and all(
        w.lower() in DATE_WORDS for w in re.findall(r"[^\W\d_]+", line))


def _headline_like(line: str) -> bool:
    n = len(line.split())
    return 2 <= n <= 20 and not line.rstrip().endswith((".", "!", ",", ":", ";"))


def _shorten(sentence: str) -> str:
    words = sentence.rstrip(".!?…").split()
    if len(words) <= TITLE_WORDS:
        return " ".join(words)
    head = " ".join(words[:TITLE_WORDS + 4])
    for m in CLAUSE_RE.finditer(head):
        if len(head[:m.start()].split()) >= 6:
            return head[:m.start()] + (m.group(1) or "")
    return " ".join(words[:TITLE_WORDS - 2]) + "…"
