"""Lines a publishing system sets inside the article's body, between or after its paragraphs, as a line of their
own (whatever element holds them, with or without a telling class): the story's length ("1,204 words", "980 words
· 4 min read", "Время чтения: 4 мин", "읽는 시간 3분"), the desk or department that filed it ("From: The Opinion
Desk", "Desk: Opinion", "Filed under Politics, Elections", "Рубрика: Мнения"), a stamp of when it was published or
changed ("Published 6:00 a.m. EST · Updated 2 hours ago", "Обновлено 2 часа назад"), an ad slot's label ("Реклама",
"광고"), a picture's credit ("Image: Courtesy of the city", "Фото: … / ТАСС", "사진=연합뉴스", "[사진 제공=시청]"),
a podcast's or a newsletter's promo ("Listen to our podcast, X, wherever you get your podcasts.", "Get the
Herald's opinion newsletter every Friday."), and the standard disclaimer of an opinion section ("The views
expressed in this piece are the author's own …", "Мнение автора может не совпадать с позицией редакции.",
"… 본지의 편집 방향과 다를 수 있습니다."), a source line ("Source: The Guardian", "Источник: редакция"), a
notice of the outlet's rights ("ⓒ 한빛통신. 무단 전재-재배포 금지", "Все права защищены") or of its licence ("This
website is licensed under a Creative Commons License."), a call to get the outlet's app
or to write to its letters page ("Download the Ledger app for iPhone and Android.", "Submit your letter to the editor
via this form.") and the outlet's web address alone ("BVINEWS.COM").

The rules read a line's text alone, so every reader uses them: the web reader on the lines of a page (htmllines.py),
the Word and PDF readers on their paragraphs' lines (`furniture`): a disclaimer in a .docx or a PDF of the article
is hidden as it is on its web page (boilerplate spans, the text itself kept, offsets unchanged).

Each reads a whole line of at most LINE_MAX characters, so a sentence of the article that looks like one ("It took
five minutes to read the ruling.", "Filed under seal, the documents show …", "Advertisement revenue fell …", "The
views expressed in the report are those of the commission, the minister said.", "“The views expressed are the
author's own,” the editor said.") stays text."""
from __future__ import annotations

import re

from briefing_app.core.model import Span

LINE_MAX = 200  # characters of a line these rules read at the most
LINE = re.compile(r"[^\n]+")
# the story's length: a word count, alone or with a reading time ("980 words · 4 min read"), and reading times
# in Russian, Korean and other languages ("Время чтения: 4 мин", "4 минуты на чтение", "읽는 시간 3분", "3분 읽기")
_MINUTES = r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?[\s-]*(?:min|mins|minutes?)(?:\s+(?:read|reading|to read))?"
LENGTH = re.compile(r"\W{0,3}(?:(?:word count\s*:?\s*)?\d{1,3}(?:[,.\s]?\d{3})?\s+words|word count\s*:?\s*\d{1,3}(?:[,.\s]?\d{3})?)"
                    rf"(?:\s*[·•|,–—-]\s*{_MINUTES})?\W{{0,3}}"
                    r"|\W{0,3}(?:время (?:чтения|на чтение)\s*:?\s*(?:около\s+)?\d{1,2}\s*(?:мин\.?|минуты?|минут)"
                    r"|(?:читать\s+)?\d{1,2}\s*(?:мин\.?|минуты?|минут)\s+(?:на )?чтени[яе]"
                    r"|читать\s+(?:за\s+)?\d{1,2}\s*(?:мин\.?|минуты?|минут)"
                    r"|(?:읽는\s?(?:데|시간)|읽기|예상 읽기 시간)\s*:?\s*(?:약\s*)?\d{1,2}\s*분(?:\s*소요)?"
                    r"|(?:약\s*)?\d{1,2}\s*분\s*(?:읽기|소요)"
                    # in German, Portuguese, Spanish, French, Italian, Dutch, Polish ("Lesezeit: 3 Minuten", "Tempo de
                    # leitura: 1 minuto", "Temps de lecture : 4 min", "4 Min. Lesedauer")
                    r"|(?:lesezeit|lesedauer|tempo de leitura|tiempo de lectura|temps de lecture|tempo di lettura|leestijd"
                    r"|czas czytania)\s*:?\s*(?:ca\.\s*)?\d{1,2}\s*(?:min\.?|mins?|minut\w{0,3})"
                    r"|\d{1,2}\s*(?:min\.?|minuten)\s+(?:lesezeit|lesedauer))\W{0,3}",
                    re.I)
# the desk that filed the story: a label and a name of a few capitalised words, no sentence after it ("Filed under"
# may do without the colon; "From:" wants a desk's word in the name: "From: Jane" is a letter's heading), or a desk's
# or bureau's name alone ("Opinion Desk", "The Washington Bureau", "Отдел политики", "[정치부]", "정치부 = 홍길동 기자")
_NAME = r"[A-ZА-ЯЁ\d][\w&'’.-]*(?:\s+(?:[\w&'’.-]+)){0,4}"
DESK = re.compile(rf"\W{{0,3}}(?:(?i:desk|department|section|dept\.|рубрика|раздел|отдел)\s*:\s*{_NAME}(?:\s*[,/|>›»]\s*{_NAME}){{0,4}}"
                  rf"|(?i:filed (?:under|in))\s*:?\s*{_NAME}(?:\s*(?:,|\band\b|/|\|)\s*{_NAME}){{0,5}}"
                  r"|(?i:from)\s*:\s*(?:the\s+)?[\w&'’. -]{0,40}\b(?i:desk|team|staff|board|newsroom|bureau|section|"
                  r"department|editors|opinion|editorials?)\b[\w&'’. -]{0,30}"
                  r"|(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,2}\s+(?:Desk|Bureau)"
                  r"|(?i:отдел|редакция)\s+[а-яё]+(?:\s+[а-яё]+)?"  # "Отдел политики"
                  r"|\[[가-힣 ]{1,12}(?:부|팀|실|국|데스크)\]|[가-힣]{1,10}(?:부|팀|실)\s*=\s*[가-힣]{2,4}\s*기자)\s*")  # "[정치부]"
# a stamp of when the story was published or changed, one or more parts joined by "·", "|" or "•": each a label
# and a time ("Updated 2 hours ago", "Published 6:00 a.m. EST", "Updated Dec. 5, 10:42 a.m. ET", "Posted Thursday,
# 10:42 AM", "Обновлено 2 часа назад", "Опубликовано: 5 декабря, 10:42"); "Updated rules take effect on Dec. 5" and
# "Published in 1851, …" are text
_AGO = (r"(?:\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)\s+ago|just now|"
        r"\d+\s*(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|д(?:ень|ня|ней))\s+назад|только что|\d+\s*(?:초|분|시간|일)\s*전)")
_CLOCK = r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4}\b)?"
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_RU_MONTH = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
_WEEKDAY = (r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?|понедельник|вторник|среда|четверг|"
            r"пятница|суббота|воскресенье)")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# a stamp's time: a clock, "… ago", a date (with a weekday, a year), several of them ("Dec. 5, 10:42 a.m. ET")
_WHEN_PART = (rf"(?:{_AGO}|{_CLOCK}|{_MONTH}\s+{_DAY}|{_DAY}\s+(?:{_MONTH}|{_RU_MONTH})|{_WEEKDAY}|(?:19|20)\d\d(?:\s*г\.)?|"
              r"\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?|\d{1,2}월\s*\d{1,2}일)")
_WHEN = rf"{_WHEN_PART}(?:\s*,?\s+(?:(?:at|on|в)\s+)?{_WHEN_PART}|\s*,\s*{_WHEN_PART}){{0,4}}"
_STAMP_PART = (r"(?:(?:last\s+)?(?:updated|modified)|published|posted|first published|обновлено|опубликовано|изменено|"
               rf"수정|입력|업데이트)(?:\s+(?:at|on))?\s*:?\s*{_WHEN}")
STAMP = re.compile(rf"\W{{0,3}}{_STAMP_PART}(?:\s*[·•|]\s*{_STAMP_PART})*\s*", re.I)
# a year makes a stamp the story's date, which a reader of the source sees (the convention of docs/architecture.md):
# shown; a stamp without one ("Updated 2 hours ago", "Posted Thursday, 10:42 AM") is the page's
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a date and time alone, no label ("Thursday, 28 April 2022 – 3:55pm", "March 3, 2026"): what a label above names
DATE_ALONE = re.compile(rf"\W{{0,3}}{_WHEN}(?:\s*[–—|·-]\s*{_WHEN})*\W{{0,3}}", re.I)
META_MAX = 160  # characters of a byline's or date's line read for parts at the most
PART = re.compile(r"[^·|•]*[^\s·|•][^·|•]*")  # a part of such a line (separators and the spaces beside them apart)
# a story's reading time standing alone ("5-7 minutes", "4 min read", "Reading time: 4 minutes")
READING_TIME = re.compile(rf"\W{{0,3}}(?:(?:estimated )?(?:reading|read) time\s*:?\s*)?{_MINUTES}\s*", re.I)
# an ad slot's label standing alone
AD_LABEL = re.compile(r"\W{0,3}(?:advertisement|advertising|ad|реклама|광고|anzeige|publicité|publicidad)(?:\s*[-–—:·|]\s*(?:scroll "
                      r"(?:down )?to continue(?: reading)?|continue reading(?: below)?|(?:story|article) continues below))?\W{0,3}"
                      r"|\W{0,3}реклама\.?\s[^\n]{0,120}?\b(?:инн|erid|огрн)\b[^\n]{0,80}", re.I)
# ("Advertisement - Scroll to continue"; Russia's ad marking: "Реклама. ООО «Ромашка», ИНН 7700000000, erid: 2Vtzq")
# a line of the page's tools ("Share · Print", "Поделиться", "기사 공유 · 글자 크기")
TOOL = re.compile(r"(?:share(?: this(?: article| story)?)?|print|e-?mail|comments?|save|bookmark|copy link|font size|text size|"
                  r"поделиться|печать|распечатать|комментарии|сохранить|в закладки|размер шрифта|скопировать ссылку|"
                  r"공유(?:하기)?|기사 공유|글자 ?크기|인쇄|스크랩|댓글|좋아요|북마크|url ?복사|(?:카카오톡|페이스북) 공유)", re.I)
TOOLS = re.compile(rf"\W{{0,3}}{TOOL.pattern}(?:\s*[·|•/]?\s*{TOOL.pattern}){{0,6}}\W{{0,3}}", re.I)
# a picture's credit standing alone: "Image: Courtesy of …", "Credit: Jane Doe/The Ledger", "Image courtesy of the Port
# Authority", "Фото: … / ТАСС",
# "사진=연합뉴스", "[사진 제공=시청]", "(사진=AP 연합뉴스)", "[연합뉴스 자료사진]"
CREDIT = re.compile(r"\W{0,3}(?:(?i:image|photo(?:graph)?|picture|illustration|graphic|credit|photo credit|image credit|"
                    r"фото|иллюстрация|изображение|источник фото)\s*:\s*[^.!?\n]{2,70}[.]?"
                    r"|(?i:(?:(?:image|photo(?:graph)?|picture|illustration)s?\s+)?courtesy(?:\s+of)?)\s+[^.,!?\n]{2,60}[.]?"
                    r"|[(\[]?\s*(?:사진|그래픽|영상|자료사진)(?:\s*제공)?\s*[=:]\s*[^\n]{1,40}?[)\]]?|[(\[][^\n\])]{1,30}\s*(?:자료사진|제공)\s*[)\]])\s*")
CREDIT_WORDS = 12
# a podcast's promo: a call to listen that names our podcast, podcast apps or new episodes, or a "Podcast:" label ("Listen
# to the podcast of the hearing" is text)
PODCAST = re.compile(r"\W{0,3}(?:(?:listen|subscribe|hear|tune in)\b[^\n]{0,80}\b(?:our\s+(?:[\w'’-]+\s+){0,2}podcast|podcasts\b|"
                     r"spotify|new episodes?|(?:this|last|next|today's|this week's|the latest|our latest|the new)\s+episode\b)"
                     r"|podcast\s*:|слушайте\b[^\n]{0,40}\bподкаст|"
                     r"[^\n]{0,40}팟캐스트[^\n]{0,20}(?:듣기|구독))", re.I)
# a newsletter's promo: a call to get or sign up for a newsletter, or to have the news in one's inbox
NEWSLETTER = re.compile(r"\W{0,3}(?:(?:you can (?:also |now )?)?(?:get|sign up|subscribe to|join)\b[^\n]{0,80}\b(?:newsletters?|inbox)\b|"
                        r"(?:подпишитесь|подписывайтесь)\s+на\s+(?:нашу\s+)?рассылку|[^\n]{0,40}뉴스레터[^\n]{0,30}구독)", re.I)
# a call to get the outlet's app ("For the latest stories … download the Nationnews apps for iOS and Android.",
# "Download the Ledger app for iPhone and Android.", "Get our free app to follow the election live.") or to write to
# its letters page ("Submit your letter to the editor via this form.", "Have an opinion? Send us a letter to the
# editor."); "Farmers can download the app from the ministry's site." opens with no call and is text
APP = re.compile(r"\W{0,3}(?:for [^\n,]{0,60}?,?\s+)?(?:download|get|install|try)\s+(?:the|our)\s+(?:free\s+|new\s+)?(?:[\w&'’.-]+"
                 r"\s+){0,3}apps?(?:\s+(?:for|on|in|from)\s+(?:the\s+)?(?:ios|iphone|android|app store|google play|your (?:phone|"
                 r"device))[^\n]{0,30}|\s+to\s+[^\n]{0,60}|\s*[:—–-][^\n]{0,60})?\W{0,2}|[^\n]{0,60}\bapps? (?:is |are )?(?:now )?"
                 r"available (?:on|for|in) (?:the )?(?:ios|iphone|android|app store|google play)\b[^\n]{0,40}", re.I)
LETTERS = re.compile(r"\W{0,3}(?:have (?:an opinion|something to say|your say)\s*\?\s*)?(?:submit|send|e-?mail|write)\s+"
                     r"(?:us\s+)?(?:your|a)\s+letters?\s+to\s+the\s+editor\b", re.I)
# the outlet's contact line: "Contact: 624-6456; 225-8452", "Or by Email: news@…", "Tel: +1 345 949 5111", a press
# office's ("Press office: 020 7946 0000", "Media contact: Dana Lowe, 555-0134", "Media enquiries: press@…") (a label,
# a name at the most, and numbers or an address, no sentence)
CONTACT = re.compile(r"\W{0,3}(?:or\s+)?(?:(?:by\s+)?e-?mail|contact|tel(?:ephone)?|phone|call(?: us)?|fax|whatsapp"
                     r"|(?:press|media|news)\s+(?:office|contacts?|enquiries|inquiries|desk|team|relations))\s*:\s*"
                     r"(?:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*[,–—-]\s*)?"
                     r"(?:[+\d(][\d\s().+-]{5,}(?:\s*(?:[;,/]|or)\s*[+\d(][\d\s().+-]{5,})*|\S+@\S+|\[email[^\]]*\])"
                     r"(?:\s*(?:[;,/]|or)\s*(?:\S+@\S+|\[email[^\]]*\]))*\W{0,2}", re.I)
# the outlet's web address alone as a line: a copy's source ("BVINEWS.COM", "www.kirchoff.com")
SITE = re.compile(r"\W{0,3}(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|news|info|tv)(?:\.[a-z]{2})?\W{0,3}", re.I)
SITE_MAX = 40  # characters of such a line at the most
SAID = re.compile(r"\b(?:said|says|told|wrote)\b", re.I)  # a promo's line reports no one's words
# someone's words reported in Russian or Korean (SAID's in English)
REPORTED = re.compile(r"\b(?:сказал|заявил|призвал|отметил|написал|сообщил|говорит|пишет)\w*|(?:말했|밝혔|강조했|전했)다", re.I)
# where a story came from, standing alone at its end: "Source: The Guardian", "Источник: редакция", "출처: 연합뉴스"
# (a few words, no sentence: "Source: a senior official told us the plan is dead." is text)
SOURCE = re.compile(r"\W{0,3}(?:sources?|источники?|출처)\s*[:：]\s*[^\s.!?:][^.!?\n:]{0,60}[.]?\s*", re.I)
SOURCE_WORDS = 7
# a notice of the outlet's rights: a line opened by "©"/"ⓒ" ("ⓒ 한빛통신. 무단 전재-재배포 금지"), the Korean notice
# against copying in any of its forms ("<저작권자(c) 한빛통신, 무단 전재-재배포, AI 학습 및 활용 금지>"), the Russian ones
# ("Все права защищены", "Перепечатка материалов без разрешения запрещена", "При использовании материалов ссылка …
# обязательна"); a Korean sentence ending in "다" ("정부는 무단 전재를 금지하는 법안을 냈다.") is text
RIGHTS = re.compile(r"[<(\[]?\s*(?:저작권자\s*)?[ⓒ©][^\n]{0,120}|[^\n]{0,80}무단\s?(?:전재|복제|배포)[^\n]{0,80}(?<!다)(?<!다\.)"
                    r"|[^\n]{0,80}(?:все права защищены|перепечатка\b[^\n]{0,60}\bзапрещена|при (?:полном или частичном )?"
                    r"(?:использовании|цитировании|перепечатке) материалов\b[^\n]{0,100}\bссылка\b[^\n]{0,60}\bобязательна)"
                    r"[^\n]{0,60}"
                    # the site's licence ("This website and all documents on it are licensed under a Creative Commons
                    # License.", "Except where otherwise noted, content on this site is licensed under CC BY 4.0", "This
                    # article is republished from The Conversation under a Creative Commons license.")
                    r"|(?:except where otherwise noted,?\s+)?(?:this|the|all|our)?\s*(?:web ?site|site|blog|page|work|"
                    r"article|story|post|content|material|text)s?\b[^\n.]{0,60}?\b(?:is|are)\s+(?:licensed|published|"
                    r"available|released|republished)\b[^\n.]{0,60}?\bunder\s+(?:a|an|the)?\s*(?:creative commons|cc[- ]by"
                    r"|gnu free|open (?:government )?licen[cs]e)\b[^\n]{0,120}"
                    # the English notice: "Copyright 2026 WKVL. All rights reserved.", "(c) 2026 Valley Media", "The
                    # Valley Courier. All Rights Reserved." ("Copyright claims rose in 2025." is text: a year or the
                    # reservation must follow "Copyright" straight)
                    # (after the year a name, "by" or a stop, not a sentence's lower-case verb: "Copyright 2019 was a
                    # record year ..." is text)
                    r"|(?:copyright|\(c\))\s*(?:©\s*)?(?:\d{4}\b(?:\s*[-–]\s*\d{4}\b)?(?!\s+(?!by\b)(?-i:[a-z]))[^\n]{0,120}"
                    r"|[^\n]{0,80}\ball rights reserved\b[^\n]{0,80})"
                    r"|[^\n]{0,80}\ball rights reserved\b\W{0,2}", re.I)
RIGHTS_KEYS = ("ⓒ", "©", "무단", "права", "запрещ", "обязательна", "icens", "Commons", "CC BY", "CC-BY", "opyright",
               "OPYRIGHT", "(c)", "(C)", "ights reserved", "ights Reserved", "IGHTS RESERVED")
# an opinion section's standard disclaimer: the views are the author's, not the outlet's
DISCLAIMER = re.compile(
    r"\W{0,3}(?:(?:the|any|all)\s+)?(?:views?|opinions?|thoughts|positions?|viewpoints?)(?:\s+and\s+(?:views?|opinions?))?\b"
    r"[^.!?\n]{0,80}?\b(?:are|is)\s+(?:solely\s+|entirely\s+|strictly\s+|only\s+|wholly\s+)?(?:(?:those|that)\s+of\s+the\s+"
    r"(?:authors?|writers?|contributors?|columnists?)|the\s+(?:authors?|writers?|contributors?|columnists?)['’]?s?['’]?\s+own)\b"
    # an editorial page's note on whose view an editorial is ("Editorials represent the institutional view of the
    # Courier's editorial board, which is separate from the newsroom.", "This editorial reflects the opinion of the
    # editorial board."; whose: a board, the editors, the paper, not "… the views of only a few people")
    r"|\W{0,3}(?:(?:this|the|our|unsigned)\s+)?editorials?\s+(?:represents?|reflects?|are|is|expresse?s?)\s+(?:the\s+)?"
    r"(?:(?:institutional|collective|official|consensus)\s+)?(?:views?|opinions?|positions?|voice)\s+of\b[^\n.]{0,60}?"
    r"\b(?:editorial (?:board|page|staff|team|department|committee)|editors|board|newspaper|paper|publication)\b"
    r"|\W{0,3}unsigned\s+editorials?\s+(?:represents?|reflects?|are|is|expresse?s?)\b"
    r"|\W{0,3}(?:мнение|точка зрения|позиция)\s+(?:автора|авторов)\b[^.!?\n]{0,40}\bможет\s+не\s+совпадать\b"
    r"|\W{0,3}редакция\s+(?:может\s+)?не\s+(?:разделять|разделяет)\b"
    r"|[^\n]{0,80}(?:편집\s?방향|편집\s?방침)(?:과|와)\s*(?:다를|일치하지 않을)\s*수\s*있습니다", re.I)


def meta_parts(line: str) -> list[tuple[int, int]]:
    """In a short line of parts joined by "·", "|" or "•" (a byline's or a date's line: "By Jane Roe · Dec. 5, 2026 · 3
    min read"), the (start, end) of each part that is the story's length, a reading time, a desk or a stamp; none in a
    line of one part (body_line reads those) or a long one."""
    if len(line) > META_MAX or not any(sep in line for sep in "·|•"):
        return []
    out = []
    for m in PART.finditer(line):
        part = m.group()
        if LENGTH.fullmatch(part) or READING_TIME.fullmatch(part) or DESK.fullmatch(part) or _stamp(part):
            out.append((m.start(), m.end()))
    return [(0, len(line))] if out and len(out) == len(PART.findall(line)) else out  # every part: the whole line


def body_line(line: str) -> bool:
    """Whether a line (a paragraph's line, stripped) is one of the body's furniture lines above."""
    if len(line) > LINE_MAX:
        return False
    return bool(LENGTH.fullmatch(line) or DESK.fullmatch(line) or _stamp(line) or AD_LABEL.fullmatch(line) or TOOLS.fullmatch(line)
                or (len(line.split()) <= CREDIT_WORDS and CREDIT.fullmatch(line)) or PODCAST.match(line)
                or ((NEWSLETTER.match(line) is not None or DISCLAIMER.match(line) is not None
                     or ("app" in line.lower() and APP.fullmatch(line) is not None)
                     or ("letter" in line.lower() and LETTERS.match(line) is not None)) and SAID.search(line) is None)
                or _source(line) or _rights(line) or (":" in line and CONTACT.fullmatch(line) is not None)
                or (len(line) <= SITE_MAX and "." in line and SITE.fullmatch(line) is not None))


def furniture(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The lines of text[start:end] that are body furniture (body_line), as spans over the whole text: what the Word
    and PDF readers hide of their paragraphs (a paragraph is one line or a few, each read alone)."""
    out = []
    for m in LINE.finditer(text, start, len(text) if end is None else end):
        line = m.group()
        if len(line) <= LINE_MAX and body_line(line.strip()):
            out.append(Span(m.start(), m.end()))
    return out


def _source(line: str) -> bool:
    """A source line (SOURCE) of a few words, reporting no one's words."""
    return (("：" in line or ":" in line) and len(line.split()) <= SOURCE_WORDS and SOURCE.fullmatch(line) is not None
            and SAID.search(line) is None and REPORTED.search(line) is None)


def _rights(line: str) -> bool:
    """A notice of the outlet's rights (RIGHTS), reporting no one's words."""
    return (any(k in line for k in RIGHTS_KEYS) and RIGHTS.fullmatch(line) is not None and SAID.search(line) is None
            and REPORTED.search(line) is None)


def _stamp(text: str) -> bool:
    """A stamp (STAMP) of the page's, not the story's date (no YEAR in it)."""
    return STAMP.fullmatch(text) is not None and YEAR.search(text) is None
