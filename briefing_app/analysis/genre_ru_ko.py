"""News report or opinion for Russian and Korean text (genre.py does English).

- A rubric in the heading lines decides on its own: "Мнение |", "Колонка.", "Точка зрения:",
  "Редакционная статья", "Письмо в редакцию"; "[사설]", "[칼럼]", "[기고]", "[시론]", "오피니언 |",
  "독자 투고:". So does an author's note: "Автор — профессор …", "Мнение автора может не совпадать
  с позицией редакции", "필자는 … 교수다", "(필자는 …)", "… 편집 방향과 다를 수 있습니다".
- Otherwise cues are counted per 100 words. The author's argument is counted in the author's own
  voice (voice.py: quotations and reported speech left out): first person ("я", "мы", "наш";
  "나는", "우리는"), deontic modals ("следует", "необходимо", "должны", "пора"; "해야 한다",
  "필요하다", "바란다", "안 된다" — not before the quotative "-고" of reported speech,
  "필요하다고 밝혔다", nor before the adnominal "-는" of someone's view, "해야 한다는 지적이 나온다"), evaluative words ("ошибка", "недопустимо", "увы"; "무책임", "잘못") and
  questions ("?", "누구를 위한 것인가."); a sentence with a verb of saying is someone else's claim
  ("Депутат заявил, что государство должно …") and is left out of the author's voice. Reporting is counted in all unquoted text: verbs of
  saying ("сообщил", "заявил", "по словам"; "밝혔다", "말했다", "따르면"), agency datelines
  ("МОСКВА, 5 дек — РИА Новости", "(서울=연합뉴스) 김민수 기자 ="), weekdays and calendar dates
  ("в пятницу", "5 декабря"; "5일", "오전 10시").
- Tense, in all unquoted text: a report tells what happened ("заявил", "утвердила"; "밝혔다",
  "의결했다"), an argument says what is and what should be; a text that leans to the past leans to news.

The weights are small whole numbers, set by hand on the tuned part of tests/data/genre (its
README gives the split and score.py the figures).
"""
from __future__ import annotations

import re

from briefing_app.analysis.datelines import KO_CREDIT, RU_PLACE_DATE
from briefing_app.analysis.lang import CYR_LEADS, CYR_RE, HANGUL_LEADS, HANGUL_RE, letters_in, utf8
from briefing_app.analysis.trie import trie_pattern
from briefing_app.analysis.voice import author_voice

KICKER_RE = re.compile(
    r"^(?:(?:Мнение|Колонка|Авторская колонка|Колонка редактора|Точка зрения|Особое мнение|Редакционная статья"
    r"|Позиция|Блог|Письмо в редакцию)\s*(?:[|:.—–-]|$)"
    r"|[\[【〈<(]\s*(?:사설|칼럼|기고|시론|오피니언|논단|포럼|시평|기자수첩|독자\s?투고|독자\s?기고|데스크\s?칼럼|특별\s?기고)"
    r"\s*[\]】〉>)]"
    r"|(?:사설|칼럼|기고|시론|오피니언|기자수첩|독자\s?투고|독자\s?기고)\s*[|:—–])",
    re.M,
)
NOTE_RE = re.compile(
    r"^(?:Автор\s*[—–-]\s|Автор колонки\b|(?:Мнение|Точка зрения) (?:автора|авторов) может не совпадать)"
    r"|^\(?필자는\s|편집 방향과 다를 수 있습니다|외부 (?:필진|기고)의? (?:글|칼럼)",
    re.M,
)
RU_WORD_RE = re.compile(r"[А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁё]+)?")
KO_WORD_RE = re.compile(r"\S+")
LATIN_RE = re.compile(r"[A-Za-z]")
# Each script's letters (LATIN_RE's, CYR_RE's, HANGUL_RE's) counted on bytes, not by a pattern over the text (runs of
# them took ~2.5% of a Korean analysis, 780 instructions a character): a Latin letter is one byte of the UTF-8; a
# Russian letter one byte of the cp1251 encoding (А-я 0xC0-0xFF, Ё 0xA8, ё 0xB8, and no other character takes those
# bytes); a Hangul syllable (U+AC00-U+D7A3) is one 0xEB or 0xEC lead byte of the UTF-8 (U+B000-U+CFFF), or one 0xEA
# or 0xED lead byte but for the few of those outside the syllables (U+A000-U+ABFF; U+D7A4-U+DFFF, lone surrogates too)
ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
CP1251_LETTERS = bytes(range(0xC0, 0x100)) + b"\xa8\xb8"
HANGUL_LEAD_BYTES = ((b"\xea", re.compile(rb"\xea[\x80-\xaf]")), (b"\xeb", None), (b"\xec", None),
                     (b"\xed", re.compile(rb"\xed(?:[\x9f-\xbf]|\x9e[\xa4-\xbf])")))
SENTENCE_RE = re.compile(r"[^.!?\n]+[.!?]*")


def _words(words: str) -> frozenset[str]:
    """Russian words, matched whole and in any case against the text's words (RU_WORD_RE)."""
    return frozenset(words.split())


Cue = re.Pattern[str] | frozenset[str] | tuple[re.Pattern[str], ...]
WEEKDAYS = "понедельник вторник среду четверг пятницу субботу воскресенье вчера накануне".split()
# (cue, weight, Russian words or pattern, Korean pattern); the first four are the author's, counted in the author's voice
CUES: tuple[tuple[str, float, Cue, re.Pattern[str]], ...] = (
    ("first", 1.0, _words("я мне меня мной мой моя моё мое мои моего моей мы нам нас нами наш наша наше наши нашей "
                          "нашего нашим наших по-моему давайте"),
     re.compile(r"(?<![가-힣])(?:나는|내가|나의|나도|저는|제가|저의|우리는|우리가|우리의|우리도|필자는)")),
    ("deontic", 2.0, _words("следует необходимо нужно надо должны должен должна должно обязаны пора нельзя "
                            "недопустимо придётся придется"),
     re.compile(r"(?:야\s?(?:한다|할|하며|하고|하지)|필요가?\s?있다|필요하다|마땅하다|말아야|안\s?된다|바란다|바랍니다"
                r"|주시기|시급하다)(?!고|는)")),  # "-고 밝혔다": reported; "-는 지적이 나온다": someone's view
    ("eval", 2.0, _words("ошибка ошибкой ошибочно абсурд абсурдно позор безответственно несправедливо бессмысленно "
                         "очевидно разумеется конечно увы печально справедливо разумно разумнее странно"),
     re.compile(r"무책임|잘못(?:됐|되었|이다)|어리석|부끄러|안타깝|옳지\s?않|옳다|위험하다|일리가|마땅")),
    ("question", 2.0, re.compile(r"\?"), re.compile(r"\?|(?:는가|인가|을까|ㄹ까|닌가|않은가)[.!]")),
    ("said", -1.5, _words("сообщил сообщила сообщили сообщает сообщают заявил заявила заявили рассказал рассказала "
                          "рассказали отметил отметила отметили пояснил пояснила пояснили сказал сказала сказали "
                          "добавил добавила уточнил уточнила подчеркнул подчеркнула передаёт передает говорится "
                          "словам данным"),
     re.compile(r"(?:밝혔다|말했다|전했다|설명했다|덧붙였다|강조했다|발표했다|주장했다|내다봤다|예상했다|공시했다"
                r"|집계됐다|나타냈다|따르면|관계자는)")),
    ("agency", -3.0, re.compile(r"^" + RU_PLACE_DATE + r"\s*[—–-]|РИА Новости|ТАСС|Интерфакс", re.M),
     re.compile(KO_CREDIT + r"|연합뉴스|뉴시스|뉴스1")),
    # (a day's word, or a date: two patterns whose matches never overlap, counted together; each opens with its first
    # letters or a digit, the look-behind after it, so that the engine skips to where one can start)
    ("when", -1.0, (re.compile(trie_pattern([c + w[1:] for w in WEEKDAYS for c in (w[0].upper(), w[0])], "[А-Яа-яЁё]")
                               + r"(?![А-Яа-яЁё])"),
                    re.compile(r"\d(?<![А-Яа-яЁё]\d)\d?\s(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября"
                               r"|ноября|декабря)(?![А-Яа-яЁё])")),
     # ("\d(?<!\d\d)" is "(?<!\d)\d" with the look-behind after the digit: read only where a digit stands, not
     # at every offset of the text; the Russian cue's two patterns likewise)
     re.compile(r"\d(?<!\d\d)\d?일(?![가-힣])|\d{1,2}일\s|(?:오전|오후)\s?\d{1,2}시")),
)
VOICE = frozenset({"first", "deontic", "eval", "question"})
# Tense: a report tells what happened, an argument says what is and what should be. Past-tense verbs in all
# unquoted text: per 100 words in Russian ("заявил", "утвердила", "начались"; not before "бы", the conditional
# "было бы"; a few frequent nouns and adverbs that end the same way are left out), in Korean the share of sentences that end in the past ("밝혔다",
# "의결했다", "늘었다") among those ending in "-다", times 10. The cues are the distance above PAST_MIDDLE ("past")
# or below it ("present"), a middle both scales share on the tuned part; a Russian text under PAST_MIN_WORDS words or a Korean one with
# fewer than PAST_MIN sentences ending in "-다" gives 0.
# "л" first, so the scan jumps from one "л" to the next; then a vowel and two letters before it, an ending, the
# word's end, and no "бы" after it
RU_PAST_RE = re.compile(r"л(?<=[а-яё]{2}[аеиоуыя]л)(?:[аои]|ся|ась|ось|ись)?(?![а-яё])(?!\s+бы(?![а-яё]))")
RU_NOT_PAST = frozenset("школа начало правило правила стол угол материал сигнал капитал канал финал журнал персонал "
                        "потенциал генерал идеал".split())
KO_PAST_RE = re.compile(r"다(?<=[었았했였됐웠겼졌렸켰섰났쳤냈갔왔봤줬셨]다)(?=[.\"'”’]|\s*$)", re.M)  # "다" first: a quick scan
KO_END_RE = re.compile(r"다(?=[.\"'”’]|\s*$)", re.M)
PAST_MIDDLE, PAST_MIN, PAST_MIN_WORDS, PAST_WEIGHT = 4.0, 3, 60, -0.6
BIAS = -1.0
SMOOTHING = 30  # words added to the voice's length, so a short piece's few cues give no wild rates


def language(text: str, limit: int | None = 3000) -> str | None:
    """"ru" or "ko" when Cyrillic or Hangul letters outnumber Latin ones in the first `limit` characters
    (None: the whole text)."""
    head = text[:limit]
    data = utf8(head)
    if not letters_in(head, CYR_RE, CYR_LEADS, data) and not letters_in(head, HANGUL_RE, HANGUL_LEADS, data):
        return None  # no letter of either script: counting the Latin ones is no use
    latin, cyrillic, hangul = letter_counts(head, data)
    if max(cyrillic, hangul) <= latin:
        return None
    return "ru" if cyrillic >= hangul else "ko"


def letter_counts(text: str, data: bytes) -> tuple[int, int, int]:
    """The Latin, Cyrillic and Hangul letters of text (whose UTF-8 is data), by the bytes that code them."""
    latin = len(data) - len(data.translate(None, ASCII_LETTERS))
    cyrillic = 0
    if b"\xd0" in data or b"\xd1" in data:  # (the lead bytes of U+0400-U+047F)
        single = text.encode("cp1251", "ignore")
        cyrillic = len(single) - len(single.translate(None, CP1251_LETTERS))
    hangul = 0
    for lead, others in HANGUL_LEAD_BYTES:
        n = data.count(lead)
        if n and others is not None:
            n -= len(others.findall(data))
        hangul += n
    return latin, cyrillic, hangul


def decided(head: str, tail: str) -> bool:
    """A rubric in the heading lines, or an author's note at either end."""
    return bool(KICKER_RE.search(head) or NOTE_RE.search(head) or NOTE_RE.search(tail))


def cues(lang: str, text: str, masked: str, paras: list[tuple[int, int]],
         reported: list[tuple[int, int]]) -> dict[str, float]:
    """Each cue's rate per 100 words (the author's cues per 100 words of the author's own voice)."""
    own, _ = author_voice(text, masked, paras, reported)
    said = next(ru if lang == "ru" else ko for name, _, ru, ko in CUES if name == "said")
    own = " ".join(s for s in SENTENCE_RE.findall(own) if not _count(said, s, None))  # "заявил, что … должно …"
    word_re = RU_WORD_RE if lang == "ru" else KO_WORD_RE
    all_words = [w.lower() for w in word_re.findall(masked)]
    own_words = [w.lower() for w in word_re.findall(own)]
    found = {}
    for name, _, ru, ko in CUES:
        cue = ru if lang == "ru" else ko
        if name in VOICE:
            found[name] = 100.0 * _count(cue, own, own_words) / (len(own_words) + SMOOTHING)
        else:
            found[name] = 100.0 * _count(cue, masked, all_words) / (len(all_words) + SMOOTHING)
    lean = _past(lang, masked, all_words)
    found["past"], found["present"] = (lean, 0.0) if lean > 0 else (0.0, abs(lean))
    return found


def _past(lang: str, masked: str, words: list[str]) -> float:
    """How far the unquoted text leans to the past tense (above 0) or away from it (below 0)."""
    if lang == "ru":
        low = masked.lower()
        past = sum(1 for m in RU_PAST_RE.finditer(low)  # the word the ending closes (a few dozen per article)
                   if low[low.rfind(" ", 0, m.start()) + 1:m.end()].lstrip("«(\"'") not in RU_NOT_PAST)
        value, enough = 100.0 * past / (len(words) + SMOOTHING), len(words) >= PAST_MIN_WORDS
    else:
        ends = len(KO_END_RE.findall(masked))
        value, enough = 10.0 * len(KO_PAST_RE.findall(masked)) / max(ends, 1), ends >= PAST_MIN
    return round(value - PAST_MIDDLE, 3) if enough else 0.0


def _count(cue: Cue, text: str, words: list[str] | None) -> int:
    """Matches of a pattern in the text, or of a word set among its (lower-cased) words."""
    if isinstance(cue, frozenset):
        return sum(1 for w in words if w in cue) if words is not None \
            else sum(1 for w in RU_WORD_RE.findall(text) if w.lower() in cue)
    if isinstance(cue, tuple):  # (patterns whose matches never overlap)
        return sum(len(part.findall(text)) for part in cue)
    return len(cue.findall(text))


def score(found: dict[str, float]) -> float:
    """Above 0 is opinion."""
    lean = found.get("past", 0.0) - found.get("present", 0.0)
    return BIAS + sum(weight * found[name] for name, weight, _, _ in CUES) + PAST_WEIGHT * lean
