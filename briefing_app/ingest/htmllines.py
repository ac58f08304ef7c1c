"""Site furniture found in the page's blocks of text as a reader sees them, whatever elements
hold them: old systems set a story as text runs split by <br><br> in a <font> or a table cell,
so the element rules of htmlchrome.py cannot name a line there.

A block (a paragraph of the linearised text) is furniture when it is
- mostly links (two or more, at least 60% of its characters, under 400 characters, counted in what is not hidden
  already when a sentence's worth of plain text is left: a name's hover card; not a quoted post's author line,
  "— Name (@handle) June 19, 2024"), or one link
  to a place on the same page alone ("Back to top", "Skip to comments");
- a short label and one link that makes up the rest ("Our Standards: <link>", "Source: <link>", "Opinion | <link>",
  "[관련기사] <link>", "➤ <link>");
- a bare web address, an e-mail address alone or after a few words ("(jdoe@paper.com)",
  "Contact the writer: jdoe@paper.com"), or a wire's end mark ("(END)", "###", "-30-");
- a call to follow the site elsewhere ("Subscribe to our Telegram channel", "Подписывайтесь на наш
  Telegram-канал"), the writer ("Follow Jane Roe on Twitter @janeroe.") or the outlet's coverage ("Follow AP's full
  coverage of the election at https://…", "Like this story? Share it with a friend!", the letters page's call with
  its address, "Email Jane Roe at jroe@… or follow her @janeroe.") or a print edition's note ("A version of this
  article appears in print on …");
  a line of a mailing list's ("You are receiving this email because …", "Our mailing address is:",
  "unsubscribe from this list"), a reading time ("5-7 minutes", "Reading time: 4 minutes"), a count
  ("12 Comments"), a newsroom's appeal for money with no link ("Редакция работает благодаря читателям. Поддержите
  нас — …"), a print version's note ("Printed from … on …"), a wire's redistribution notice, a cookie
  notice ("By continuing to use this site, …") or a metered paywall's note ("You've read 3 of your 5 free stories
  this month. Subscribe …"), a page's label or a pager ("Page 2 of 3", "Next page →"), a call for news tips ("▷ 제보는
  카카오톡 okjebo"), a line the publishing system sets in the body (bodylines.py: a word count, a desk line, a stamp, an ad
  label, a credit, a podcast's or newsletter's promo, a disclaimer), also as one line of a block, and such a part of a
  byline's or date's line ("By Jane Roe · Dec. 5, 2026 · 3 min read": bodylines.meta_parts);
- a lead-in label and one link closing a paragraph after its last sentence ("… said. READ MORE: <a>…</a>"): those alone;
- a short label ending in a colon right above a block hidden as furniture ("Find this article at:"), or a short
  question to the reader right above a run of links (a poll: "What did you think of this edition?").
Never the headline's block.
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Sequence

from briefing_app.core.model import Span
from briefing_app.ingest.bodylines import READING_TIME, REPORTED, SAID, body_line, meta_parts
from briefing_app.ingest.htmlquotes import ATTRIBUTION_LINE
from briefing_app.ingest.htmlrepeats import merged_spans

LINKED_SHARE = 0.6
UNSEEN_PLAIN = 30  # characters (no spaces) of plain text left visible in a block that make its hidden parts not count
# the site's lead-in labels before a link to another story ("Read more:", "Related:", "Читайте также:", "관련기사:"):
# htmlchrome reads them opening an element; here one closes a paragraph of the article ("… the report said. READ MORE:
# <a>Other story</a>"): the label and its link are hidden, the paragraph shown
LEAD_WORDS = (r"read more|read also|also read|read next|read|related(?: \w+)?|see also|more on this(?: story)?"
               r"|more|recommended|watch|listen|video|photos|don'?t miss|further reading"
               r"|(?:also on|more from) [\w .'’&-]{1,40}|관련\s?기사|함께 (?:보면 좋은|볼 만한) (?:기사|뉴스)"
               r"|читайте (?:также|тоже)|смотрите также|см\. также|по теме")
TAIL_LEAD = re.compile(rf"(?<=[.!?”\"’)])\s+(\W{{0,2}}\s*(?:{LEAD_WORDS})\s*[:|»]\s*)$", re.I)
TAIL_REACH = 60  # characters before the link the label is looked for in
LINKS_MAX = 400  # characters (no spaces) of a block the link rule reads
# "Our Standards:", "Source:" (at most 30 characters), "Opinion |", "[관련기사]", a bare arrow: "➤ <another story>"
LABEL_LINK = re.compile(r"\s*(?:[^\W\d][^:|»›\n.!?]{0,28}(?::|\s[|»›])|\[[^\]\n]{1,20}\]|[➤▶►→»›▸]{1,2})\s*")
LABEL_LINK_MAX = 200
ADDRESS = re.compile(r"\s*(?:https?://|www\.)\S+\s*", re.I)
EMAIL_LINE = re.compile(r"\s*(?:[^\s@]+\s+){0,6}[(<\[]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)>\]]?[.)]?\s*")
EMAIL_MAX = 100
# a wire's or a mail's end mark: "(END)", "###", "-30-", "-- end --", a signature's "-- ", a wire's time code
# ("(NWS) 051942 GMT DEC 26", "AP 1942 GMT")
END_MARK = re.compile(r"\s*(?:[(\[]\s*end\s*[)\]]|#{3}|-\s?30\s?-|[—–-]+\s*end\s*[—–-]+|--|[(\[]?[A-Z]{2,6}[)\]]?\s+"
                      r"\d{4,6}\s*(?:GMT|UTC|Z)\b[A-Z0-9 ]{0,12})\s*", re.I)
# a call to follow the site elsewhere ("Subscribe to our Telegram channel", "Follow us on X for ...",
# "Подписывайтесь на наш Telegram-канал, чтобы ...") and a print edition's note ("A version of this article
# appears in print on June 20, 2024, Section A, Page 22 of the New York edition with the headline: ...")
SITE_NOTE = re.compile(r"\W{0,3}(?:(?:subscribe to|follow|join)\s+(?:us|our)\b[^.!?]{0,60}?\b(?:telegram|whatsapp|twitter|x|"
                       r"facebook|instagram|youtube|tiktok|threads|bluesky|google news|channel)\b|(?:подписывайтесь|"
                       r"подпишитесь|присоединяйтесь|читайте нас|следите за нами)\b[^.!?]{0,60}?"
                       r"(?:telegram|телеграм|вконтакте|vk\b|дзен|канал)"
                       r"|(?:a version of )?this (?:article|story|piece|column|editorial|review|op-ed) (?:appears|appeared|"
                       r"was published|ran) in (?:the )?(?:print|[\w ]{0,40} print edition)\b"
                       r"|this (?:article|story|piece|column|essay|review) is from (?:the )?[\w ]{0,40}?\b(?:issue|edition) of\b)",
                       re.I)
SITE_NOTE_MAX = 500
# a call to follow the writer or the outlet's coverage (an author's social line, a wire's hub link, a share prompt): "Follow
# Jane Roe on Twitter @janeroe.", "Follow The Ledger's Opinion section on Facebook, Twitter (@LedgerOpinion) and
# Instagram.", "Follow AP's full coverage of the election at https://…", "Like this story? Share it with a friend!"; a
# sentence that only names a platform ("Follow the guidance on Facebook's page, the police said") reports words or has
# no handle, list or address after the platform
PLATFORM = r"(?:twitter|x|facebook|instagram|threads|bluesky|mastodon|linkedin|tiktok|youtube)\b"
FOLLOW_LINE = re.compile(r"\W{0,3}(?:follow\s+(?!us\b|our\b)[^.!?\n]{1,80}?\s+on\s+" + PLATFORM
                         # after the platform: a handle or an address, another platform ("on Facebook, Twitter (@X) and
                         # Instagram"), or the line's or sentence's end (not "on X and you find the donors", "on Facebook,
                         # where ...")
                         + r"(?=\s*(?:\(?@|:\s*(?:@|https?://|www\.)|at\b|(?:,|\s(?:and|or))\s+" + PLATFORM
                         + r"|\.?\s*$|\.\s))"
                         r"|follow\s+[^.!?\n]{0,40}?\bcoverage\s+(?:of|on)\b[^!?\n]{0,120}?\s(?:at|on)\s+(?:https?://|www\.)"
                         r"|(?:do you )?(?:like|liked|enjoy|enjoyed|love|loved)\s+this\s+(?:story|article|post|piece)\s*\?\s*"
                         r"(?:share|tell|spread|send)\b"
                         # the letters page's standing call with its address ("The Ledger welcomes letters to the editor …
                         # Here's our email: letters@ledger.example.")
                         r"|[^\n]{0,120}?\bletters?\s+to\s+the\s+editor\b[^\n]{0,200}?[\w.+-]+@[\w-]+\.\w"
                         # a call to write to the writer: "Email Jane Roe at jroe@ledger.example or follow her @janeroe."
                         r"|e-?mail\s+(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s+at\s+[\w.+-]+@[\w-]+\.\w)", re.I)
FOLLOW_MAX = 300
# a mailing list's lines, at the top or the foot of a newsletter's web version
LIST_NOTE = re.compile(r"\W{0,3}(?:you (?:are )?receiv(?:e|ed|ing) this (?:e-?mail|newsletter|message)\b|our mailing address is\b"
                       r"|want to change how you receive these\b|(?:you can )?(?:update your (?:subscription )?preferences|"
                       r"unsubscribe from this list)\b|view this e-?mail in (?:your|a) (?:web )?browser\b"
                       r"|forward (?:this e-?mail )?to a friend\b)", re.I)
# a count standing alone: "12 Comments", "1.2K shares"
COUNT_LINE = re.compile(r"\W{0,3}\d[\d,.]*\s*[km]?\s+(?:comments?|replies|shares|reactions)\s*", re.I)
# a cookie notice's words ("By continuing to use this site, you agree to ...", "We value your privacy")
# where a story's text came from, standing at its end: "Source: Al Jazeera and news agencies", "(With inputs
# from agencies)", "With wire services", "Additional reporting by agencies"
SOURCE_LINE = re.compile(r"\W{0,3}(?:sources?\s*:\s*(?:[\w.&'’ -]{1,40}?(?:,| and| &)\s*)?(?:news agencies|agencies|wire services|"
                         r"wires)|(?:with|additional) (?:inputs|reporting|files|material) (?:from|by) (?:news )?agencies|with "
                         r"(?:news )?(?:agencies|wire services|wires)|with (?:agency |wire )?inputs"
                         r"(?: from (?-i:[A-Z][\w.&'’-]*(?:,? (?:and |& )?[A-Z][\w.&'’-]*){0,3}))?)"
                         r"\W{0,3}", re.I)  # ("(With inputs from PTI)", "With agency inputs": a credit whatever the agency)
# a print version's own lines: "Printed from northshoretimes.example on December 5, 2026", "Article printed on
# 12/05/2026", "Printed on 5 Dec 2026 from …", and a wire's redistribution notice ("This material may not be
# published, broadcast, rewritten or redistributed.")
PRINT_NOTE = re.compile(r"\W{0,3}(?:(?:this )?(?:article|story|page)?\s*printed (?:from|on)\b(?=[^\n]*(?:\d|\w\.\w\w))[^\n]{0,80}"
                        r"(?<![.!?])$|(?:[^\n]{0,80}?[.!?]\s+)?(?:this (?:material|article|story|content) )?may not be "
                        r"(?:re)?published, (?:re)?broadcast, rewritten,? or redistributed\b)", re.I)
PRINT_NOTE_MAX = 160  # characters of such a line at the most
# a page's label in a story split over pages ("Page 2 of 3", "Part 2", "2/3", "Страница 2 из 3", "2 페이지") and a
# pager's words ("← Previous page Next page →", "« Prev 1 2 3 Next »", "Назад Далее", "이전 다음"), as a line of their own
PAGE_LABEL = re.compile(r"\W*(?:(?:page|part|pg\.?|p\.|страница|стр\.|часть)\s*\d+(?:\s*(?:of|/|из)\s*\d+)?|\d+\s*(?:/|of|из)\s*\d+"
                        r"|\d+\s*(?:페이지|쪽))\W*", re.I)
# (the marks read once between two parts and a run of digits whole, the same lines as "(?:\W*(?:…|\d{1,3})\W*)+",
# which tried every split of a run of digits or marks: seconds on a line of 25 digits and a letter, doubling by each digit)
PAGER = re.compile(r"\W*(?:(?:(?:previous|prev|next|older|newer)(?: page)?|назад|далее|вперед|вперёд|이전|다음|\d+(?!\d))\W*)+",
                   re.I)
PAGER_MAX = 60  # characters of a pager's line at the most
# a call for news tips: "▷ 제보는 카카오톡 okjebo", "제보하기: 이메일 …", "Есть новость? Присылайте …"
TIP_LINE = re.compile(r"\W{0,3}(?:제보(?:는|하기)?\s*[:：]?\s*(?:카카오톡|카톡|이메일|메일|전화)|есть (?:новость|что рассказать)\?)", re.I)
TIP_MAX = 120
# a label standing alone between the parts of a body split over containers ("Article content")
PART_LABEL = re.compile(r"\s*(?:article content|story continues below|content continues below|article continues)\s*", re.I)
COOKIES = re.compile(r"\W{0,3}(?:by (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website)\b|we value your "
                     r"privacy\b|we (?:and our partners )?use cookies (?:and|to|on|for)\b|this (?:site|website) uses cookies\b)", re.I)
# a metered paywall's note, anywhere in a short line: "You've read 3 of your 5 free stories this month", "This is
# your 2nd of 4 free articles", "You have 1 free article remaining", "You've reached your limit of free articles"
METER = re.compile(r"\b(?:you(?:'ve|’ve| have) (?:read|viewed|used|opened) (?:\d+|one|two|three|four|five|all)\b[\w ]{0,20}?"
                   r"\bfree (?:articles?|stories|story|pieces?|reads?)\b|this is your (?:\d+(?:st|nd|rd|th)|first|second|third"
                   r"|fourth|last|final) (?:of \d+ )?free (?:articles?|stor(?:y|ies)|pieces?|reads?)\b|(?:\d+|one|two|three|four|five|no)"
                   r" (?:more )?free (?:articles?|stories|story|pieces?|reads?) (?:left|remaining)\b|you(?:'ve|’ve| have) "
                   r"(?:reached|hit|used up) (?:your|the) (?:\w+ )?(?:(?:limit|allowance) (?:of|for) free\b|free "
                   r"(?:articles?|stor(?:y|ies)|pieces?|reads?) (?:limit|allowance)\b))", re.I)  # (".. your free article limit")
METER_MAX = 250  # characters of a line the meter rule reads
# the note opens the line or one of its sentences ("Enjoying the Post? You've read 4 of 5 free articles"); a
# sentence of the article telling of a meter ("Under the rules, you have read 3 free articles before ...",
# "The Herald says readers have 5 free articles left") is text; "You have / Only" may stand before a count
METER_OPENS = re.compile(r"(?:^|[.!?…:|•])\W*(?:(?:you(?:'ve|’ve| have)(?: got)?|there (?:are|is)|only) )?$", re.I)
# a newsroom's appeal for money in a short block that ends in a call link ("… Readers like you make our work
# possible. Donate today.", "Your support keeps local reporting free. Become a member")
APPEAL = re.compile(r"\b(?:non-?profit|(?:readers|donors|members|supporters) like you|reader-(?:supported|funded)|funded by "
                    r"(?:our )?readers|independent (?:journalism|newsroom|reporting)|(?:support|fund) (?:our|independent|local"
                    r"|this) (?:journalism|reporting|newsroom|work)|your (?:support|donation|gift|contribution)"
                    r"|благодаря (?:читателям|вашей поддержке|вашим пожертвованиям|вам)|независим\w* (?:журналистик|редакци|СМИ)\w*"
                    r"|(?:ваша|вашей|вашу) (?:помощь|помощи|поддержк\w)|ваши пожертвования)\b"
                    r"|독자(?:\s?여러분)?의\s?(?:후원|지원|구독)|후원(?:금|자|회원)?(?:으로|로|이|가|을|를)", re.I)
# a call to give opening a sentence of such a block with no link ("… Readers like you keep us going. Please consider a
# donation.", "Редакция работает благодаря читателям. Поддержите нас — …", "… 독자 여러분의 후원으로 운영됩니다. 후원하기")
APPEAL_OPENS = re.compile(r"(?:^|[.!?…:—–]\s+)\W{0,2}(?:please,?\s+|пожалуйста,?\s+)?(?:donate\b|give (?:today|now|what you can)\b"
                          r"|support (?:us|our|independent|local|this)\b|consider (?:supporting|donating|a donation|a gift|"
                          r"making a (?:donation|gift|contribution)|becoming a (?:member|supporter|donor))\b|make a (?:donation"
                          r"|gift|contribution)\b|become a (?:member|supporter|donor|patron)\b|chip in\b|поддержите\b|"
                          r"помогите (?:нам|редакции)\b|пожертвуйте\b|(?:оформите|сделайте) (?:\w+ )?пожертвование|후원하기|"
                          r"후원해\s?주세요|후원\s?회원)", re.I)
APPEAL_LINE_MAX = 300  # characters (no spaces) of an appeal with no link
# one of these opens every call APPEAL_OPENS reads (a substring test passes most blocks)
APPEAL_KEYS = ("donat", "give ", "support us", "support our", "support indep", "support local", "support this", "consider ",
               "make a ", "become a ", "chip in", "поддерж", "помогите", "пожертв", "후원")
APPEAL_CALL = re.compile(r"\W{0,3}(?:donate|give|support|contribute|subscribe|become a (?:member|supporter|donor)|join)\b", re.I)
APPEAL_TAIL = 8  # characters (no spaces) after the call's link at the most: "today.", "now!"
APPEAL_END = re.compile(r"\W*(?:(?:today|now|here)\W*)?", re.I)  # (one "\W*" after another: every split of a run tried)
APPEAL_MAX = 400  # characters (no spaces) of an appeal's block
APPEAL_CALL_WORDS = 4
LABEL_ABOVE = re.compile(r"\s*[^\W\d][^.!?\n]{0,58}:\s*")  # "Find this article at:" (at most 60 characters)
LABEL_ABOVE_WORDS = 8
# a question to the reader right above a run of links (a reader poll: "What did you think of this edition?",
# "How would you rate this article?", "Was this story helpful to you?")
POLL = re.compile(r"\s*[^\W\d][^.!?\n]{0,78}\?\s*")
POLL_READER = re.compile(r"\b(?:you|your)\b|\bthis (?:article|story|post|edition|issue|newsletter|piece|page)\b", re.I)

Link = tuple[int, int, bool]  # (start, end) in non-space characters, and whether it points into the page


def block_furniture(text: str, where: array, links: Sequence[Link], hidden: Sequence[Span],
                    headline: Span | None = None) -> list[Span]:
    """Spans of the blocks of `text` that are furniture. `where`: the text offset of each non-space
    character; `links`: the page's links counted in non-space characters (as html.linearise gives);
    `hidden`: what is already hidden as furniture (a label above it joins it)."""
    blocks = [(m.start(), m.end()) for m in re.finditer(r"\S[^\n]*(?:\n[^\n]+)*", text)]
    starts = [a for a, _, _ in links]
    out: list[Span] = []
    furn = [False] * len(blocks)
    covered = merged_spans(hidden)
    for n, (a, b) in enumerate(blocks):
        if headline is not None and a < headline.end and headline.start < b:
            continue
        block = text[a:b]
        ca, cb = bisect_left(where, a), bisect_left(where, b)
        unseen = _unseen(covered, where, a, b)
        if (_furniture(block, ca, cb, links, starts, unseen) or _appeal(text, where, block, ca, cb, links, starts)
                or _appeal_line(block, cb - ca)):
            furn[n] = True
            out.append(Span(a, b))
        else:
            out += _note_lines(block, a)
            tail = _tail_lead_in(text, where, a, b, ca, cb, links, starts)
            if tail is not None:
                out.append(tail)
    for n in range(len(blocks) - 1):
        a, b = blocks[n]
        if furn[n] or (headline is not None and a < headline.end and headline.start < b):
            continue
        label = text[a:b]
        if LABEL_ABOVE.fullmatch(label) and len(label.split()) <= LABEL_ABOVE_WORDS:
            na, nb = blocks[n + 1]
            if furn[n + 1] or _inside(covered, na, nb):
                out.append(Span(a, b))
        elif POLL.fullmatch(label) and len(label.split()) <= LABEL_ABOVE_WORDS and POLL_READER.search(label):
            na, nb = blocks[n + 1]
            if _link_run(bisect_left(where, na), bisect_left(where, nb), links, starts):
                out.append(Span(a, b))
    return out


def _appeal(text: str, where: array, block: str, ca: int, cb: int, links: Sequence[Link], starts: list[int]) -> bool:
    """A short block that asks for money (APPEAL) and ends in a link of a few words that calls for it (APPEAL_CALL)."""
    if not 0 < cb - ca <= APPEAL_MAX:
        return False
    k = bisect_left(starts, cb) - 1
    if k < 0 or links[k][0] < ca or cb - links[k][1] > APPEAL_TAIL or not APPEAL.search(block):  # the last link ends it
        return False
    if cb - links[k][1] > 1 and not APPEAL_END.fullmatch(text[where[links[k][1] - 1] + 1:where[cb - 1] + 1]):
        return False  # (a full stop may follow, or "today.", "now!")
    call = text[where[links[k][0]]:where[links[k][1] - 1] + 1]
    return len(call.split()) <= APPEAL_CALL_WORDS and bool(APPEAL_CALL.match(call))


def _appeal_line(block: str, size: int) -> bool:
    """A short block that asks for money (APPEAL) with a call to give opening one of its sentences (APPEAL_OPENS),
    reporting no one's words (a story about a newsroom's appeal: "Support us, the editor wrote, …" is text)."""
    if not 0 < size <= APPEAL_LINE_MAX:
        return False
    low = block.lower()
    return (any(k in low for k in APPEAL_KEYS) and APPEAL_OPENS.search(block) is not None and APPEAL.search(block) is not None
            and SAID.search(block) is None and REPORTED.search(block) is None)


def _tail_lead_in(text: str, where: array, a: int, b: int, ca: int, cb: int, links: Sequence[Link],
                  starts: list[int]) -> Span | None:
    """The end of a block that is a lead-in label after a sentence and one link to its end (a full stop may follow):
    "… the report said. READ MORE: <a>Other story</a>"."""
    k = bisect_left(starts, cb) - 1
    if k < 0 or links[k][0] <= ca or links[k][1] > cb or cb - links[k][1] > 1:
        return None
    start = where[links[k][0]]
    m = TAIL_LEAD.search(text, max(a, start - TAIL_REACH), start)
    return Span(m.start(1), b) if m is not None else None


def _link_run(ca: int, cb: int, links: Sequence[Link], starts: list[int],
              unseen: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether the characters ca..cb (non-space) are a run of two or more links and little else. Parts already
    hidden (`unseen`: ranges of non-space characters, a name's hover card in a sentence) are left out of both counts
    when what is left holds UNSEEN_PLAIN+ characters outside links (a box's label left, "Tags", is read as before)."""
    size = cb - ca
    inside = [(a, b) for a, b, _ in links[bisect_left(starts, ca):bisect_left(starts, cb)] if b <= cb]
    if unseen:
        seen = [(a, b) for a, b in inside if not any(x <= a and b <= y for x, y in unseen)]
        left = size - sum(y - x for x, y in unseen)
        if left - sum(b - a for a, b in seen) >= UNSEEN_PLAIN:
            size, inside = left, seen
    return len(inside) >= 2 and 0 < size < LINKS_MAX and sum(b - a for a, b in inside) >= LINKED_SHARE * size


def _unseen(covered: list[tuple[int, int]], where: array, a: int, b: int) -> list[tuple[int, int]]:
    """The parts of the block a..b (text offsets) inside the hidden spans `covered` (sorted, merged), as ranges of
    non-space characters; none when no such part, or when the whole block is hidden."""
    k = max(bisect_left(covered, (a + 1,)) - 1, 0)
    out = []
    while k < len(covered) and covered[k][0] < b:
        x, y = max(covered[k][0], a), min(covered[k][1], b)
        if x < y:
            out.append((bisect_left(where, x), bisect_left(where, y)))
        k += 1
    return [] if len(out) == 1 and out[0] == (bisect_left(where, a), bisect_left(where, b)) else out


def _furniture(block: str, ca: int, cb: int, links: Sequence[Link], starts: list[int],
               unseen: Sequence[tuple[int, int]] = ()) -> bool:
    size = cb - ca
    if size <= 0:
        return False
    if _link_run(ca, cb, links, starts, unseen) and not ATTRIBUTION_LINE.fullmatch(block):  # (a post's author: text)
        return True
    inside = [(a, b, here) for a, b, here in links[bisect_left(starts, ca):bisect_left(starts, cb)] if b <= cb]
    linked = sum(b - a for a, b, _ in inside)
    if len(inside) == 1:
        if inside[0][2] and linked == size:
            return True
        label = LABEL_LINK.match(block)
        if label and size < LABEL_LINK_MAX and linked > 0 and linked >= size - len("".join(label.group().split())):
            return True
    if ADDRESS.fullmatch(block) or END_MARK.fullmatch(block) or (len(block) <= SITE_NOTE_MAX and SITE_NOTE.match(block)):
        return True
    return len(block) <= EMAIL_MAX and bool(EMAIL_LINE.fullmatch(block))


def _follow_line(line: str) -> bool:
    """A call to follow the writer or the outlet's coverage (FOLLOW_LINE), reporting no one's words."""
    return FOLLOW_LINE.match(line) is not None and SAID.search(line) is None and REPORTED.search(line) is None


def _note_lines(block: str, at: int) -> list[Span]:
    """The lines of a block that are a site's or a mailing list's notes (SITE_NOTE, LIST_NOTE)."""
    out = []
    for m in re.finditer(r"[^\n]+", block):
        line = m.group()
        if len(line) <= SITE_NOTE_MAX and (LIST_NOTE.match(line) or SITE_NOTE.match(line) or END_MARK.fullmatch(line)
                                           or READING_TIME.fullmatch(line) or COUNT_LINE.fullmatch(line)
                                           or COOKIES.match(line) or (len(line) <= METER_MAX and _meter(line))
                                           or SOURCE_LINE.fullmatch(line) or PART_LABEL.fullmatch(line)
                                           or (len(line) <= PRINT_NOTE_MAX and PRINT_NOTE.match(line))
                                           or (len(line) <= PAGER_MAX and _pager_line(line))
                                           or (len(line) <= TIP_MAX and TIP_LINE.match(line)) or body_line(line.strip())
                                           or (len(line) <= FOLLOW_MAX and _follow_line(line))):
            out.append(Span(at + m.start(), at + m.end()))
        else:
            out += [Span(at + m.start() + a, at + m.start() + b) for a, b in meta_parts(line)]
    return out


def _pager_line(line: str) -> bool:
    """A page's label or a pager's words alone (not a bare number, which may be a list's or a table's)."""
    return bool(PAGE_LABEL.fullmatch(line)) or (PAGER.fullmatch(line) is not None and any(ch.isalpha() for ch in line))


def _meter(line: str) -> bool:
    """A metered paywall's note (METER) opening the line or one of its sentences."""
    return any(METER_OPENS.search(line, 0, m.start()) for m in METER.finditer(line))


def _inside(covered: list[tuple[int, int]], a: int, b: int) -> bool:
    k = bisect_left(covered, (a + 1,)) - 1
    return k >= 0 and covered[k][0] <= a and covered[k][1] >= b
