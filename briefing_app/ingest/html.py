"""Saved web pages and clipboard HTML: the page's visible text is stored, the main text
(trafilatura) is what stays visible, everything else becomes boilerplate ranges.

trafilatura rewrites its output (NFC, whitespace, list/table markers, dropped repeats) and
cannot map it back to the page (trafilatura #639), so the page is linearised here and each
extracted line is searched in that text, in order, ignoring whitespace; whatever no line
covers is boilerplate. Nothing is deleted: the reader can show any of it again.
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

import lxml.html
from lxml import etree

from briefing_app.core.errors import InputError
from briefing_app.core.model import Metadata, Span
from briefing_app.ingest import limits
from briefing_app.ingest.decode import decode_bytes
from briefing_app.ingest.htmlbios import closing_bios
from briefing_app.ingest.htmlcalls import reader_calls
from briefing_app.ingest.htmlclaims import claim_boxes
from briefing_app.ingest.htmlchrome import body_deks, furniture, label_slots
from briefing_app.ingest.htmlfolds import folds
from briefing_app.ingest.htmlheads import empty_heads
from briefing_app.ingest.htmlleads import lead_blocks
from briefing_app.ingest.htmllines import Link, block_furniture
from briefing_app.ingest.htmlquotes import own_pulls, quoted_posts
from briefing_app.ingest.htmlreprints import reprint_notes
from briefing_app.ingest.htmlsubheads import dropped_subheads, subhead_candidates
from briefing_app.ingest.htmlsummaries import summary_lists
from briefing_app.ingest.htmlmeta import TITLE_SPLIT, label_genre, page_metadata, without_label
from briefing_app.ingest.htmlrepeats import merged_spans, restore
from briefing_app.ingest.year_dates import year_only

MAX_HTML_BYTES = 10 * 1024 * 1024
SKIP = {"script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "math",
        "iframe", "object", "embed", "canvas", "select", "option", "textarea", "button", "input"}
BLOCKS = {"address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir",
          "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
          "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p",
          "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption"}
CELLS = {"td", "th"}
CELL_PROSE = 150  # characters (no spaces) of a cell that holds running text
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# trafilatura's list-item marker in plain text ("- "; a number only with formatting on, which is not asked for):
# a number set in the page's own text ("1. Finland", "3. Don't use a wooden luggage rack") is the article's
MARKER = re.compile(r"^\s*[-*•]\s+")
HOME_HREF = re.compile(r"(?:https?:)?(?://[^/?#]+)?/?(?:index\.html?)?$", re.I)  # a link to a site's home page
TITLE_WORDS = 3  # a part of <title> shorter than this is the site's or the section's name
TITLE_PIECES = 4  # pieces of <title> read together at the most
TITLE_CANDIDATES = 8  # titles found in the text weighed for the headline at the most
OPENS = 4
BODY_MIN = 200  # characters (no spaces) of a JSON-LD articleBody read as the story
BODY_READ = 50  # paragraphs of it looked for in the page's text at the most
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
LABEL_WORDS = 4  # words of a label set in the headline's line


def decode_html(data: bytes, name: str) -> str:
    if len(data) > MAX_HTML_BYTES:
        raise limits.too_large(name, len(data), MAX_HTML_BYTES)
    declared = META_CHARSET.search(data[:1024])
    text, _ = decode_bytes(data, name, declared.group(1).decode("ascii") if declared else None)
    return text


def read_html(source: str, name: str) -> tuple[str, Metadata, list[Span]]:
    """(visible text of the page, metadata, boilerplate spans over that text)."""
    if len(source) > MAX_HTML_BYTES:
        raise limits.too_large(name, len(source), MAX_HTML_BYTES)
    root = parse(source, name)
    marks: list[tuple[int, int]] = []
    paras: list[tuple[etree._Element, int, int]] = []
    links: list[Link] = []
    heads: list[tuple[int, int]] = []
    opened: list[tuple[int, int]] = []  # article text folded behind a "Continue reading" control: shown
    meta = page_metadata(root)
    folded, controls = folds(root)
    # a pull quote that repeats nothing, an embedded post quoted among the article's paragraphs, a dek in the body's
    # header, summary bullets under the headline, an author's closing bio and a reprint note are text, also where the
    # extractor drops them (the bio's and
    # the note's box is furniture around them, the post's widget chrome inside it)
    blocks = list(root.iter("p", "div"))  # (both rules read the page's paragraphs)
    claims = claim_boxes(root)  # (a fact-check's claim and rating box, whole: its lines too, a link alone included)
    bios = closing_bios(blocks) | reprint_notes(blocks) | claims
    posts = quoted_posts(root)
    summaries = summary_lists(root)  # (in a box of furniture too: its heading, "Key points", stays hidden)
    shown = folded | own_pulls(root) | posts | body_deks(root) | summaries | bios
    boxed: list[tuple[int, int]] = []
    subheads = subhead_candidates(root)  # (subheads the extractor may drop between two paragraphs it keeps)
    spots = {el: (0, 0) for pair in subheads for el in pair}
    text = linearise(root, furniture(root, folded, bios | posts | summaries) | controls, marks, paras, links, heads,
                     (shown, opened), (claims, boxed), spots)
    body = _script_body(text, meta.body, meta.metadata.title)
    text = f"{text}\n\n{body}" if text and body else text or body
    limits.check_text_size(name, text)
    if not text.strip():
        raise InputError(f"{name}: the page holds no visible text")
    extracted = _extract(root)
    if body:  # the story is the JSON-LD's: what the extractor found is the page's frame
        extracted = _Extracted(body, extracted.metadata if extracted is not None else Metadata())
    # the page's own titles first (its metadata's, then <title>'s), the extractor's last: it may be the
    # h1 with a label in it ("Opinion Headline")
    titles = [[meta.metadata.title], _title_parts(root, meta.metadata.outlet),
              [extracted.metadata.title if extracted is not None else None]]
    # a title that is only the site's name (its metadata's, or a home link's text: "<title>The Harbor Ledger</title>")
    # names no headline: the page's first heading does then
    sites = _site_names(root, meta.metadata.outlet)
    titles = [[t for t in group if t and " ".join(t.split()).casefold() not in sites] for group in titles]
    titles.append([_first_heading(root, not any(titles[0] + titles[1]))])
    if meta.metadata.title and " ".join(meta.metadata.title.split()).casefold() in sites:
        meta.metadata.title = None
    places = (merged_spans([Span(a, b) for a, b in marks]), merged_spans([Span(a, b) for a, b in heads]))
    headline = _headline(text, titles, places)
    if headline:  # the headline is a paragraph of its own, also where one <br> sets the byline under it
        text = _own_block(text, headline[0])
        headline = _headline(text, titles, places)
    compact, where = _compact(text)
    chrome = _compact_spans(where, marks) + headline[1:]
    labels = [text[s.start:s.end] for s in headline[1:]]  # a label in the headline's line ("Opinion | Headline")
    headline = headline[:1]
    keep = align(text, extracted.text or "", (compact, where)) if extracted is not None else []
    if keep and extracted is not None:
        keep += restore(where, keep, paras)
        keep += dropped_subheads(where, keep, subheads, spots)
        keep += headline + _compact_spans(where, opened)
        keep += _initials(text, keep)
    else:  # the extractor found nothing we can place: hide only the furniture, not everything
        keep = [Span(0, len(text))]
    if headline and _opens(headline[0], keep):  # a reader's article starts at its headline: above it is the site's
        chrome.append(Span(0, headline[0].start))
        keep += lead_blocks(root, text, where, keep, headline[0], links)  # its lead, where the extractor left it out
    lines = block_furniture(text, where, links, chrome, headline[0] if headline else None)
    lines += empty_heads(text, where, links, keep, chrome + lines, headline[0] if headline else None)  # a hidden box's heading
    lines += reader_calls(text, keep, chrome + lines, headline[0] if headline else None)  # the site's words to its reader
    whole = merged_spans(_compact_spans(where, boxed))
    chrome += [s for s in lines if not any(a <= s.start and s.end <= b for a, b in whole)]
    found = meta.metadata.merged(extracted.metadata) if extracted is not None else meta.metadata
    if not meta.metadata.title:
        found.title = _title(root, text, headline, found.title)
    if found.genre is None and any(map(label_genre, [*labels, *(el.text_content() for el in label_slots(root))])):
        found.genre = "opinion"  # a label set with the headline (hidden as the site's) says so, as a section would
    return text + "\n", found, complement(text, keep, chrome)


def _initials(text: str, keep: list[Span]) -> list[Span]:
    """A drop capital that opens a kept line and that the extractor left out ("T" of "Turkey, Poland …", set in a
    span of its own before the paragraph): the letter's span, kept with the rest of its word."""
    return [Span(s.start - 1, s.start) for s in keep
            if s.start >= 1 and text[s.start - 1].isupper() and (s.start == 1 or text[s.start - 2] == "\n")
            and text[s.start:s.start + 1].isalpha()]


def _script_body(text: str, paragraphs: list[str], title: str | None) -> str:
    """The story a script would show, from the page's JSON-LD articleBody, when the page's own text does not hold it
    (a script shell: the frame, "Enable JavaScript"): its title (when the page does not show it) and paragraphs as
    blocks, to go after the page's text. Empty when the page shows most of the body itself (BODY_READ paragraphs
    weighed at the most) or the body is shorter than BODY_MIN."""
    squashed = ["".join(p.split()) for p in paragraphs]
    size = sum(map(len, squashed))
    if size < BODY_MIN:
        return ""
    shown = "".join(text.split())
    # weighed by sentence: a body whose paragraphs were joined ("… report.&nbsp;The patient …") or cut short with an
    # ellipsis (a teaser of the page's text) is still the page's own
    weighed = [piece.rstrip(".…") for p in paragraphs[:BODY_READ] for piece in SENTENCE_END.split(p)]
    weighed = ["".join(piece.split()) for piece in weighed]
    if 2 * sum(len(p) for p in weighed if p in shown) >= sum(map(len, weighed)):
        return ""
    head = [title] if title and "".join(title.split()) not in shown else []
    return "\n\n".join(head + paragraphs)


def parse(source: str, name: str) -> etree._Element:
    source = XML_DECL.sub("", source, count=1)
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(source, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"{name}: not a readable web page ({exc})".splitlines()[0]) from None
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT":
            raise InputError(f"{name}: refused: the page nests its tags more than 256 levels deep, "
                             "so its text cannot be read completely")
    return root


def linearise(root: etree._Element, marked: set[etree._Element] | None = None,
              marks: list[tuple[int, int]] | None = None,
              paras: list[tuple[etree._Element, int, int]] | None = None,
              links: list[Link] | None = None, heads: list[tuple[int, int]] | None = None,
              folded: tuple[AbstractSet[etree._Element], list[tuple[int, int]]] = (frozenset(), []),
              boxes: tuple[AbstractSet[etree._Element], list[tuple[int, int]]] = (frozenset(), []),
              spots: dict[etree._Element, tuple[int, int]] | None = None) -> str:
    """The visible text: blocks separated by blank lines, whitespace collapsed inside them.

    For each element of `marked`, (start, end) is appended to `marks`, counted in the text's
    non-space characters (whitespace is all linearising changes, so those counts are exact);
    for each <p> and <li> with text, (element, start, end) to `paras`; for each link with text, (start,
    end, whether it points into the page) to `links`; for each <h1> with text, (start, end) to `heads`; for each
    fold of `folded` (htmlfolds.py: shown, also under the `hidden` attribute), (start, end) to its list; for each element
    of `boxes`, (start, end) to its list; for each element that is a key of `spots`, (start, end) as its value."""
    opened, opened_marks = folded
    boxed, box_marks = boxes
    blocks: list[str] = []
    line: list[str] = []
    seen = 0
    initial: list[str] = []  # a drop capital set before the block that holds the rest of its word ("<span>T</span><p>urkey")

    def add(text: str | None) -> None:
        nonlocal seen
        if text:
            if initial and text.strip():
                word = text.split()[0]
                if word[:1].islower() or word[:2].isupper():  # the rest of the word ("urkey", "RUSSELS"): joined
                    line.append(initial.pop())
                    text = text.lstrip()
                else:  # no word to finish: the letter stands alone
                    blocks.append(initial.pop())
            line.append(text)
            seen += len("".join(text.split()))

    def flush() -> None:
        # <br> is a line break; two or more in a row (a blank line on screen) end a paragraph
        for para in re.split(r"\n\s*\n", "".join(line)):
            rows = (" ".join(row.split()) for row in para.split("\n"))
            joined = "\n".join(row for row in rows if row)
            if joined:
                blocks.append(joined)
        line.clear()

    def walk(el: etree._Element) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in SKIP or not tag or (el.get("hidden") is not None and el not in opened):
            return
        start = seen
        # a cell of running text is a column of a layout table, not a value in a row
        block = tag in BLOCKS or (tag in CELLS and len("".join(el.text_content().split())) >= CELL_PROSE)
        if block:
            letter = "".join(line).strip()
            if len(letter) == 1 and letter.isalpha() and letter.isupper() and not initial:
                line.clear()
                initial.append(letter)
            else:
                flush()
        elif tag == "br":  # a line break inside a block, not a collapsed space
            line.append("\n")
        elif tag in CELLS and line:
            line.append(" ")
        add(el.text)
        for child in el:
            walk(child)
            add(child.tail)
        if marked and el in marked and marks is not None and seen > start:
            marks.append((start, seen))
        if opened and el in opened and seen > start:
            opened_marks.append((start, seen))
        if boxed and el in boxed and seen > start:
            box_marks.append((start, seen))
        if spots and el in spots and seen > start:
            spots[el] = (start, seen)
        if tag in ("p", "li") and paras is not None and seen > start:
            paras.append((el, start, seen))
        elif tag == "a" and links is not None and seen > start:
            links.append((start, seen, (el.get("href") or "").startswith("#")))
        elif tag == "h1" and heads is not None and seen > start and not _home_link(el):
            heads.append((start, seen))
        if block:
            flush()
        elif tag in CELLS:
            line.append(" ")

    walk(root)
    flush()
    blocks.extend(initial)
    return "\n\n".join(blocks)


def _compact(text: str) -> tuple[str, array]:
    """The text without whitespace, and the text offset of each of its characters."""
    compact_chars: list[str] = []
    where = array("l")
    for i, ch in enumerate(text):
        if not ch.isspace():
            compact_chars.append(ch)
            where.append(i)
    return "".join(compact_chars), where


def _printable(compact: str, where: array) -> tuple[str, array]:
    """The compact text without the characters trafilatura drops from what it extracts (neither printable nor space:
    soft hyphens a site sets for line breaking, "Ge&shy;set&shy;zes", zero-width spaces and joiners, direction marks,
    controls, private-use icons), and their offsets: a paragraph holding one is still found. A span found over them
    covers them."""
    if compact.isprintable():
        return compact, where
    kept = [i for i, ch in enumerate(compact) if ch.isprintable()]
    return "".join(compact[i] for i in kept), array("l", (where[i] for i in kept))


def _compact_spans(where: array, marks: list[tuple[int, int]]) -> list[Span]:
    """Spans of text for ranges counted in non-space characters (`where`: as _compact gives)."""
    return [Span(where[a], where[b - 1] + 1) for a, b in marks if 0 <= a < b <= len(where)]


class _Extracted:
    def __init__(self, text: str, metadata: Metadata):
        self.text, self.metadata = text, metadata


def _extract(root: etree._Element) -> _Extracted | None:
    import trafilatura
    from trafilatura.settings import Document

    try:
        doc = trafilatura.bare_extraction(
            root, with_metadata=True, include_comments=False, include_tables=True,
            deduplicate=False, fast=False)
    except Exception:  # noqa: BLE001 - trafilatura is best effort: the page text is still imported whole
        return None
    if not isinstance(doc, Document):  # None: nothing found (a dict only comes with as_dict=True)
        return None
    date = (doc.date or "")[:10] or None
    if year_only(date, etree.tostring(root, encoding="unicode")):  # ("© 2026": no day the page states)
        date = None
    author = "; ".join(a.strip() for a in (doc.author or "").split(";") if a.strip()) or None
    meta = Metadata(title=doc.title or None, author=author, outlet=doc.sitename or None,
                    published=date, url=doc.url or None)
    return _Extracted(doc.text or "", meta)


def align(text: str, extracted: str, compacted: tuple[str, array] | None = None) -> list[Span]:
    """Spans of text that the extracted lines cover, found in order ignoring whitespace and the characters the
    extractor drops (`compacted`: _compact(text), when the caller has it)."""
    compact, where = _printable(*(compacted or _compact(text)))
    spans: list[Span] = []
    cursor = 0
    for raw in extracted.splitlines():
        for piece in raw.split("|"):
            needle = "".join(MARKER.sub("", piece).split())
            if not needle.isprintable():  # (a JSON-LD body's own soft hyphens)
                needle = "".join(ch for ch in needle if ch.isprintable())
            if not needle:
                continue
            at = compact.find(needle, cursor)
            if at < 0:
                at = compact.find(needle)
                if at < 0:
                    continue
            else:
                cursor = at + len(needle)
            spans.append(Span(where[at], where[at + len(needle) - 1] + 1))
    return spans


Places = tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]]  # furniture's and h1s' ranges (non-space characters)


def _title_block(text: str, titles: list[str | None], places: Places = ((), ())) -> list[Span]:
    """The headline is part of the article even when the extractor leaves it out: a line of the
    text (a block of its own, or a line of one: old table layouts set the headline in the cell
    that holds the section links) that is one of the page's titles, the longest found, first; else
    a line that is a title and a label of a few words before or after it ("Opinion Headline"):
    the title's part of the line, and the label's (hidden as the site's). A title line set more
    than once (a sticky bar or a share box repeating the headline) is its copy in an h1 outside the
    page's furniture, else its first copy outside the furniture (`places`: the furniture's merged ranges
    and the h1s' ranges, in non-space characters as linearise gives them)."""
    want = sorted({" ".join(t.split()) for t in titles if t}, key=lambda t: (-len(t), t))
    lines: dict[str, list[Span]] = {}
    for m in re.finditer(r"[^\n]+", text):
        lines.setdefault(m.group().strip(), []).append(Span(m.start(), m.end()))
    # a title found in an h1 first, else the longest (a site's name as long as the headline, "The Eastfield Post"
    # beside "Turkey's red line.", is no headline; ties of length go by the text, never by a set's order)
    first: Span | None = None
    for t in [t for t in want if t in lines][:TITLE_CANDIDATES]:
        copy, in_h1 = _best_copy(text, lines[t], places)
        if in_h1:
            return [copy]
        first = first or copy
    if first or not want:
        return [first] if first else []
    for line, spans in lines.items():
        span = spans[0]
        for t in want:
            if line.startswith(t + " ") or line.endswith(" " + t):
                head = line.startswith(t + " ")
                label = line[len(t):] if head else line[:-len(t)]
                if len(label.split()) <= LABEL_WORDS:
                    at = text.index(t, span.start) if head else text.rindex(t, span.start, span.end)
                    rest = Span(at + len(t), span.end) if head else Span(span.start, at)
                    return [Span(at, at + len(t)), rest]
    return []


def _best_copy(text: str, copies: list[Span], places: Places) -> tuple[Span, bool]:
    """Of a line's copies (in text order), the first in an h1 that no furniture range holds, else the first no
    furniture range holds, else the first; and whether it is in an h1. One pass over the text whatever the number
    of copies."""
    marks, heads = places
    free = None
    seen, at = 0, 0  # non-space characters before text offset `at`
    for span in copies:
        seen += len("".join(text[at:span.start].split()))
        a = seen
        seen += len("".join(text[span.start:span.end].split()))
        at = span.end
        if _held(marks, a, seen):
            continue
        if _held(heads, a, seen):
            return span, True
        free = free or span
    return free or copies[0], False


def _held(ranges: Sequence[tuple[int, int]], a: int, b: int) -> bool:
    """Whether one of the sorted, non-overlapping ranges holds a..b."""
    k = bisect_right(ranges, a, key=lambda r: r[0]) - 1
    return k >= 0 and ranges[k][0] <= a and b <= ranges[k][1]


def _own_block(text: str, line: Span) -> str:
    """The text with the line set apart as a block of its own (only white space changes)."""
    before = "\n" if line.start > 0 and text[line.start - 1] == "\n" and text[line.start - 2:line.start] != "\n\n" else ""
    after = "\n" if text[line.end:line.end + 1] == "\n" and text[line.end:line.end + 2] != "\n\n" else ""
    return text[:line.start] + before + text[line.start:line.end] + after + text[line.end:]


def _headline(text: str, titles: list[list[str | None]], places: Places) -> list[Span]:
    """_title_block of the first group of titles that has one in the text."""
    for group in titles:
        found = _title_block(text, group, places)
        if found:
            return found
    return []


def _home_link(h1: etree._Element) -> bool:
    """Is an h1 only a link to the site's home page (a logo: '<h1><a href="/">The Eastfield Post</a></h1>')? No
    headline's h1, whatever the title it matches."""
    links = h1.findall(".//a")
    return (len(links) == 1 and HOME_HREF.match(links[0].get("href") or "x") is not None
            and " ".join(links[0].text_content().split()) == " ".join(h1.text_content().split()))


def _title(root: etree._Element, text: str, headline: list[Span], guessed: str | None) -> str | None:
    """The title of a page that declares none: its headline, not the extractor's guess (which may be the logo's
    text); never the site's name (a home link's text): none then (the analysis guesses one from the text, marked as
    a guess)."""
    head = " ".join(text[headline[0].start:headline[0].end].split()) if headline else ""
    if head and not _logo(root, head):
        return head
    if guessed and label_genre(guessed):  # "<title>Opinion | Headline</title>": the extractor's first part is the
        return _unlabelled_title(root)  # section's label, not the title
    return None if guessed and _logo(root, guessed) else guessed


def _unlabelled_title(root: etree._Element) -> str | None:
    """The page's <title> after a section label that opens it ("Opinion | Headline" -> "Headline"), if a title of
    TITLE_WORDS words or more is left."""
    return without_label(next(iter(_title_parts(root, None)), None) or "", TITLE_WORDS)


def _logo(root: etree._Element, title: str) -> bool:
    """Whether a title is the text of a link to the site's home page (its logo or name)."""
    return any(HOME_HREF.match(a.get("href") or "x") for a in LINKS_TEXT(root, t=title))


LINKS_TEXT = etree.XPath("//a[normalize-space(.) = $t]")


def _site_names(root: etree._Element, outlet: str | None) -> set[str]:
    """The site's names, case folded: its metadata's and its home links' texts (a logo, "The Harbor Ledger")."""
    names = {" ".join(outlet.split()).casefold()} if outlet else set()
    for a in root.iter("a"):
        if HOME_HREF.match(a.get("href") or "x"):
            name = " ".join(a.text_content().split())
            if name:
                names.add(name.casefold())
    return names


def _first_heading(root: etree._Element, untitled: bool) -> str | None:
    """The page's headline when no title of the page is in its text: its first h1 that is no home link; else, on a page
    whose metadata and <title> name only the site (`untitled`), the first h2 of its article or main element."""
    for h1 in root.iter("h1"):
        text = " ".join(h1.text_content().split())
        if text and not _home_link(h1):
            return text
    for h2 in FIRST_H2(root) if untitled else ():
        text = " ".join(h2.text_content().split())
        if text:
            return text
    return None


FIRST_H2 = etree.XPath("(//article//h2 | //main//h2)[1]")


def _title_parts(root: etree._Element, site: str | None) -> list[str | None]:
    """The page's <title> and its parts of TITLE_WORDS words or more ("Headline - Paper",
    "Paper | Section | Headline"), but the site's name (as its metadata gives it)."""
    el = root.find(".//title")
    title = " ".join((el.text_content() if el is not None else "").split())
    pieces = TITLE_SPLIT.split(title)
    cuts = [m.group() for m in TITLE_SPLIT.finditer(title)]
    parts = []  # every run of neighbouring pieces ("Mosul - a city on death row." of "Mosul - a city ... - Paper")
    for i in range(len(pieces)):
        for j in range(i + 1, min(len(pieces), i + TITLE_PIECES) + 1):
            part = pieces[i] + "".join(cuts[k] + pieces[k + 1] for k in range(i, j - 1))
            if len(part.split()) >= TITLE_WORDS and part != site:
                parts.append(part)
    return [title, *parts] if title else []


def _opens(headline: Span, keep: list[Span]) -> bool:
    """Whether the headline opens what the extractor kept: OPENS times as much of it after the headline as above."""
    above = sum(min(s.end, headline.start) - s.start for s in keep if s.start < headline.start)
    after = sum(s.end - max(s.start, headline.end) for s in keep if s.end > headline.end)
    return after >= OPENS * above


def complement(text: str, keep: list[Span], hide: list[Span] | None = None) -> list[Span]:
    """The non-blank stretches of text outside keep (or inside hide), one span per paragraph piece."""
    covered = bytearray(len(text))
    for s in keep:
        covered[s.start:s.end] = b"\x01" * (s.end - s.start)
    for s in hide or []:
        covered[s.start:s.end] = bytes(s.end - s.start)
    out: list[Span] = []
    for m in re.finditer(r"[^\n]+", text):
        i, end = m.start(), m.end()
        while i < end:
            if covered[i] or text[i].isspace():
                i += 1
                continue
            j = i
            while j < end and not covered[j]:
                j += 1
            k = j
            while k > i and text[k - 1].isspace():
                k -= 1
            out.append(Span(i, k))
            i = j
    return out
