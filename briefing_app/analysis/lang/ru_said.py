"""Russian reported speech by documents and framings the verb rules of ru_reported miss: "В заявлении
МИД говорится, что ...", "Как говорится в сообщении X, ...", "Согласно прогнозу X, ...", a verb and a
colon with no quotation marks ("Набиуллина подчеркнула: ставка ..."), "Об этом губернатор X сообщил"
with the source before the verb. Each rule is a function of the ru_reported table."""
from __future__ import annotations

import re

from briefing_app.analysis.document import Document
from briefing_app.analysis.lang.common import Emit
from briefing_app.analysis.lang.ru_names import is_role
from briefing_app.analysis.lang.ru_speakers import RU_PRONOUNS, RU_VERB, canonical, np_after, pronoun_speaker, subject_before
from briefing_app.analysis.trie import class_opening
from briefing_app.core.model import Mention, Quote

DOC_NOUNS = (r"(?:заявлении|сообщении|документе|пресс-релизе|релизе|докладе|письме|обращении|постановлении|"
             r"решении|отчёте|отчете|ответе|отзыве|заключении|материалах|публикации|исследовании|обзоре|записке|"
             r"Telegram-канале|телеграм-канале|канале|посте|аккаунте)")
DOC_NOUN_RE = re.compile(r"(?:записке|заявлении|сообщении|документе|письме|обращении|докладе|отч[её]те|материалах|релизе|"
                         r"отзыве|заключении)")
DOC_VERB_WORDS = ("говорится", "сказано", "отмечается", "указывается", "подчёркивается", "подчеркивается", "утверждается")
DOC_VERBS = r"(?:" + "|".join(DOC_VERB_WORDS) + ")"
# "В заявлении украинского МИД говорится, что CONTENT" / "В документе сказано: CONTENT"
# (an adjective or two may stand before the document: "В совместном заявлении", "В пояснительной записке к законопроекту")
DOC_ADJS = r"(?:[а-яё-]+(?:ом|ем|ой|ей)\s+){0,2}"
IN_DOC_RE = re.compile(r"(?<![\w-])[Вв]о?\s+" + DOC_ADJS + DOC_NOUNS + r"(?P<np>(?:\s+[^,.!?\n«»:]{1,80}?)?)\s+(?P<cue>" + DOC_VERBS
                       + r")(?:,\s+что|:)?\s+(?P<c>[^.!?\n]{6,})")
# "Как говорится в сообщении пресс-службы, CONTENT", "Как следует из отчёта компании, CONTENT"
AS_DOC_RE = re.compile(class_opening("[Кк]", r"[\w-]") + r"ак\s+(?P<cue>" + DOC_VERBS + r"\s+во?|следует\s+из)\s+[а-яё-]+(?P<np>(?:\s+[^,\n]{1,80}?)?),"
                       r"\s+(?P<c>[^.!?\n]{6,})")
# "Согласно прогнозу Минэкономразвития, CONTENT" (a law or a plan is nobody's words: not in the list)
PER_RE = re.compile(r"(?<![\w-])[Сс]огласно\s+(?P<cue>заявлению|сообщению|данным|прогнозу|прогнозам|оценке|оценкам|"
                    r"информации|подсчётам|подсчетам|расчётам|расчетам|отчёту|отчету|докладу|ответу|опросу|исследованию|"
                    r"мониторингу)\s+(?P<np>[^,\n]{1,80}?),"
                    r"\s+(?P<c>[^.!?\n]{6,})")
# "Набиуллина подчеркнула: ставка останется высокой" (with «» it is a direct quote, found elsewhere): the
# verb ends the words before a colon, the words after it open with no quotation mark
# (where the words were written may stand before the colon: "написал в Telegram:", "написал в своём Telegram-канале:")
# (up to three words between the verb and the colon, an outlet's acronym or name among them: "заявил в интервью ТАСС: ...",
# "рассказал «Известиям»: ...")
COLON_VERB_RE = re.compile(r"(?<![А-ЯЁа-яё])(?P<verb>" + RU_VERB + r")(?:\s+(?:[а-яё][а-яё-]*|[A-Za-z][\w-]*|[А-ЯЁ]{2,6}(?![а-яё])|"
                           r"«[^«»\n]{1,30}»)){0,3}$")
COLON_WORDS_RE = re.compile(r"[^«„\"\s][^.!?\n«»]{5,}")
COLON_REACH = 60  # characters before a colon its verb is looked for in
SUBJECT_REACH = 300  # characters before that verb its subject is looked for in
# "С таким предложением выступил министр X ...", "Такое заявление сделал X": the sentence before is X's
# "Соответствующее заявление глава государства сделал на встрече": the source before the verb
# (and "Такой прогноз дали аналитики", "Такие данные приводит Росстат", "Такую оценку дал эксперт")
SUCH_WORDS = (r"(?:(?:Такое|Это|Соответствующее|Подобное)[ \t]+(?:заявление|предложение|мнение)|(?:Такой|Этот|Подобный)[ \t]+прогноз|"
              r"(?:Такую|Эту|Подобную)[ \t]+(?:оценку|информацию|позицию|точку[ \t]+зрения)|(?:Такие|Эти|Подобные)[ \t]+(?:данные|сведения|цифры|выводы|оценки))")
SUCH_VERBS = (r"(?:сделал|озвучил|дал|высказал|привёл|привел|сообщил|опубликовал)[аи]?|приводит|приводят|дают|да[её]т")
# "«...». Так министр X прокомментировал предложение": the sentence before is X's (not "Так как", "Так что")
THUS_RE = re.compile(r"Так[ \t]+(?!как|что|же|и[ \t]|или|называем)(?P<np>[^.!?\n,]{2,80}?)[ \t]+(?P<v>(?:прокомментировал|ответил|оценил|"
                     r"объяснил|отреагировал|охарактеризовал|описал)[аи]?|высказал(?:ся|ась|ись))(?![а-яё])")
# "«...». Так прокомментировал решение суда адвокат X": the verb first, its object, then the source (a title in the
# nominative: "адвокат", "глава района"; not an object in an oblique case: "решение суда", "слова министра")
THUS_FIRST_RE = re.compile(r"Так[ \t]+(?:же[ \t]+)?(?P<v>(?:прокомментировал|ответил|оценил|объяснил|охарактеризовал|описал|"
                           r"отреагировал)[аи]?)[ \t]+(?P<rest>[^.!?\n]+)")
OBLIQUE_TITLE_END_RE = re.compile(r"(?:а|я|у|ю|е|ом|ем|ой|ей|ов|ев|ам|ям|ами|ями|ах|ях)$")


def thus_first_source(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The source after 'Так прокомментировал <object>': the first title in the nominative after the verb ("адвокат X",
    "глава района X"), else None."""
    for w in re.finditer(r"[А-ЯЁа-яё-]+", text[m.start("rest"):m.end("rest")]):
        word = w.group()
        if is_role(word) and (word.lower() in ("глава", "судья") or not OBLIQUE_TITLE_END_RE.search(word.lower())):
            ms, me = np_after(text, m.start("rest") + w.start(), m.end("rest"))
            return (ms, me) if me > ms else None
    return None


# "Это следует из ответа ведомства на запрос «Фонтанки»": the sentence before is what the document (its author) says
FOLLOWS_RE = re.compile(r"Это[ \t]+(?:следует|вытекает)[ \t]+из[ \t]+(?P<doc>(?:[а-яё-]+(?:ого|его|ой|ей|ых|их)[ \t]+)?"
                        r"(?:ответа|сообщения|заявления|документа|документов|данных|материалов|отч[её]та|доклада|письма|"
                        r"обращения|исследования|опроса|решения|постановления|публикации|презентации|расч[её]тов))"
                        r"(?P<np>[ \t]+[^.!?\n«»]+?)?(?:[ \t]+(?:на|в|к|по)[ \t][^.!?\n]*)?[.!]?$")
SUCH_BEFORE_RE = re.compile(SUCH_WORDS + r"[ \t]+(?P<np>[^.!?\n]{3,80}?)[ \t]+(?P<v>" + SUCH_VERBS + r")(?![а-яё])")
SUCH_RE = re.compile(r"(?:С[ \t]+(?:таким|этим|подобным)[ \t]+(?:предложением|заявлением|призывом|обращением|инициативой)[ \t]+"
                     r"(?P<v1>выступил[аи]?)|" + SUCH_WORDS + r"[ \t]+(?P<v2>" + SUCH_VERBS + r"))(?![а-яё])[ \t]+(?P<np>[^.!?\n]+)")
# a line of dialogue with no quotation marks: "— Мы не будем повышать тарифы, — заявил губернатор журналистам."
# after a quotation and a dash any verb of the past ("— возмутился депутат", "— так прокомментировал ситуацию мэр", "—
# вздохнул он") or of the present that tells how words are said ("— сетует пенсионерка", "— смеётся он", "— улыбается
# директор") is its attribution (ru.RU_AFTER_RE, and a line of dialogue's, DASH_LINE_RE)
# (an adverb of manner may stand before the verb: "— коротко прокомментировал X", "— сразу предупреждает X")
TAG_ADVERBS = (r"(?:так|коротко|кратко|честно|откровенно|грустно|мрачно|тв[её]рдо|спокойно|сразу|уверенно|осторожно|ж[её]стко|"
               r"резко|иронично|категорично|лаконично|сухо|тихо|серь[её]зно|с[ \t]+улыбкой|с[ \t]+гордостью|тут[ \t]+же)[ \t]+")
AFTER_VERB = (r"(?:" + TAG_ADVERBS + r")?(?:" + RU_VERB + r"|[а-яё]{2,}[аеиоуыяё]л(?:а|и|о)?(?:ся|сь)?(?![а-яё])|"
              r"(?:сету|рассужда|возмуща|удивля|вспомина|дел|сокруша|негоду|иронизиру|продолжа|отвеча|резюмиру|"
              r"констатиру|уточня|добавля|объясня|улыба|вздыха|усмеха)(?:ет|ит|ют|ят)(?:ся)?(?![а-яё])|сме[её]тся|смеются)")
DASH_LINE_RE = re.compile(r"[ \t]*[—–][ \t]+(?P<q>[^—–\n]{6,}?)[,!?.…]?[ \t]+[—–][ \t]+(?P<verb>" + AFTER_VERB + r")[ \t]+"
                          r"(?:«[^»\n]{1,30}»[ \t]+)?"  # (an outlet told: "— заявила «Известиям» мать X")
                          r"(?P<np>[^.,;:!?«»\n—–]+)(?P<rest>[.,][ \t]*(?:[—–][ \t]+(?P<q2>[^\n]{6,}))?)?")
ADDRESSEE_RE = re.compile(r"[ \t]+(?:журналистам|корреспонденту|корреспондентам|изданию|агентству|газете|телеканалу)(?![а-яё])")
# a quotation's source after a dash: "«Q», — говорится в заявлении партии «Новые люди»."
DOC_AFTER_RE = re.compile(r"[ \t]*,?[ \t]*[—–-]+[ \t]*(?P<cue>" + DOC_VERBS + r")[ \t]+во?[ \t]+" + DOC_ADJS + DOC_NOUNS
                          + r"(?P<np>[ \t]+[^.!?\n]{1,120}?)?[ \t]*[.!]")
GUILLEMET_NAME_RE = re.compile(r"«([^«»\n]{2,40})»")
ABOUT_RE = re.compile(r"Об этом\s+(?P<pre>[^.!?\n«»]{0,200}?)\s*(?<![\w-])(?P<verb>" + RU_VERB + r")(?P<post>[^.!?\n]*)[.!]?$")
# an outlet told, first in a source phrase ("Как рассказал «Известиям» депутат X", "Интерфаксу сообщили")
OUTLET_FIRST_RE = re.compile(r"(?:«[^»\n]{2,30}(?:ам|ям|у|ю|е)»|Интерфаксу|ТАСС|РБК|РИА Новости|журналистам|агентству|изданию|"
                             r"газете|телеканалу|корреспонденту)(?:[ \t]+|$)"
                             # an outlet in Latin letters before the source ("рассказал E1 житель X", "сообщил Reuters источник в ...")
                             r"|[A-Z][A-Za-z0-9&.-]{0,11}[ \t]+(?=(?!(?:в|во|на|со|с|из|по|для|о|об)[ \t])[А-ЯЁа-яё]{2})")


def _source(text: str, s: int, e: int) -> tuple[int, int, str | None] | None:
    """The source words of a document rule (np span, stripped) and the name they stand for."""
    while s < e and text[s] in " \t":
        s += 1
    while e > s and text[e - 1] in " \t":
        e -= 1
    return (s, e, canonical(text, text[s:e], s)) if e > s else None


def _documents_say(text: str) -> bool:
    """Has the text a word a document says something with (a cheap gate before the document rules)?"""
    return any(word in text for word in DOC_VERB_WORDS)


def document_source(text: str, after: int) -> tuple[int, int, str, str | None] | None:
    """The source of a quotation closed at `after` by '— говорится в заявлении X': (mention span, cue,
    name); the name in guillemets when the source has one ('партии «Новые люди»' -> 'Новые люди')."""
    m = DOC_AFTER_RE.match(text, after)
    if not m:
        return None
    if m.group("np") is None:
        return m.start("cue"), m.end("cue"), m.group("cue"), None
    src = _source(text, m.start("np"), m.end("np"))
    if src is None:
        return None
    named = GUILLEMET_NAME_RE.search(text, src[0], src[1])
    return src[0], src[1], m.group("cue"), named.group(1) if named else src[2]


def emit_anaphor(doc: Document, emit: Emit, before: tuple[int, int], anaphor: tuple[int, int], ms: int, me: int, cue: str,
                 speaker: str | None) -> None:
    """A sentence that names its content by an anaphor ('Об этом сообщил X', 'Такое мнение высказал X', 'Это подтвердили в
    X') is a quote sentence, as is the sentence before it that the anaphor points to: both are X's words, one span. Where
    the sentence before holds a quotation (its words X's already, or a name in guillemets that would make the span read
    as a quotation going on), each sentence is a span of its own."""
    (ps, pe), (ss, se) = before, anaphor
    if any(ps <= q.start < pe for q in doc.quotes if q.kind in ("direct", "scare", "title")):
        emit(ps, pe, ms, me, cue, speaker)
        emit(ss, se, ms, me, cue, speaker)
    else:
        emit(ps, se, ms, me, cue, speaker)


def in_document(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'В заявлении украинского МИД говорится, что CONTENT': the document's author speaks."""
    text = doc.text
    if not _documents_say(text):
        return
    for m in _in_documents(text):
        src = _source(text, m.start("np"), m.end("np")) or sender(doc, m.start())
        ms, me, speaker = src if src else (m.start(), m.start("cue"), None)
        emit(m.start("c"), m.end("c"), ms, me, m.group("cue"), speaker)


IN_DOC_REACH = 130  # characters before a document's verb that its "В заявлении X" may start at
IN_AT_RE = re.compile(r"(?<![\w-])[Вв]о?\s")  # where IN_DOC_RE may start


def _in_documents(text: str) -> list[re.Match[str]]:
    """IN_DOC_RE's matches, read only before each verb a document says something with (str.find), not at every "в"
    of the text: the same matches as IN_DOC_RE.finditer(text), a tenth of the cost."""
    verbs = sorted(at for word in DOC_VERB_WORDS for at in _find_all(text, word))
    found: list[re.Match[str]] = []
    for at in verbs:
        if found and found[-1].end() > at:
            continue  # (inside the words of the match before: finditer would not look there either)
        lo = max(found[-1].end() if found else 0, at - IN_DOC_REACH)
        for v in IN_AT_RE.finditer(text, lo, at):  # the first "В ..." from which the match reaches this verb
            m = IN_DOC_RE.match(text, v.start())
            if m is not None and m.start("cue") == at:
                found.append(m)
                break
    return found


def _find_all(text: str, word: str) -> list[int]:
    out, at = [], text.find(word)
    while at != -1:
        out.append(at)
        at = text.find(word, at + len(word))
    return out


# "Руководство ВГТРК направило открытое письмо канцлеру", "Союз направил в правительство письмо": who sent a document
# (and who tabled a bill or sent a draft: "Законопроект внесла в Думу группа депутатов во главе с X", "Агентство
# направило в министерство проект приказа")
SENT_RE = re.compile(r"(?<![А-ЯЁа-яё])(?:направил|опубликовал|распространил|разослал|выпустил|подписал|подготовил|отправил|"
                     r"передал|представил|составил|внесл|вн[её]с)[аиоe]?[ \t]+[^.!?\n]{0,60}?(?<![А-ЯЁа-яё])(?:письм|заявлени|обращени|"
                     r"документ|доклад|послани|петици|жалоб|ноту|отч[её]т|проект|законопроект|приказ|поправк|Госдум|Думу|парламент)")
# the leader of a group that acts ("группа депутатов во главе с Ярославом Ниловым"): the leader, in the instrumental
# (a title in the instrumental may come first: "во главе с первым заместителем председателя комитета Алексеем Куринным")
LED_BY_RE = re.compile(r"во[ \t]+главе[ \t]+с[ \t]+(?:[а-яё-]+[ \t]+){0,5}?(?P<name>[А-ЯЁ][а-яё-]+(?:[ \t]+[А-ЯЁ][а-яё-]+)?)")
# the document first, then who tabled or sent it ("Документ внесла группа депутатов во главе с X", "Законопроект
# подготовили депутаты X и Y", "Письмо направил глава союза X")
DOC_FIRST_RE = re.compile(r"(?:Документ|Законопроект|Проект|Письмо|Обращение|Доклад|Поправки)[ \t]+(?:[а-яё]+[ \t]+){0,2}?"
                          r"(?:направил|внесл|вн[её]с|подготовил|подписал|разработал|составил|отправил)[аио]?(?![а-яё])")
DOC_SUBJECTS = ("законопроект", "документ", "проект", "письмо", "обращение", "доклад", "поправки", "приказ")


SENDER_REACH = 3  # sentences before "В письме говорится" read for who sent it


def sender(doc: Document, at: int) -> tuple[int, int, str | None] | None:
    """'В письме говорится, что ...' naming no author: the subject of one of the SENDER_REACH sentences before that
    tells who sent or published a document."""
    ss, _ = doc.sentences.of(at)
    for _ in range(SENDER_REACH):
        if ss < 1:
            return None
        ps, pe = doc.sentences.of(ss - 1)
        if ps >= ss:
            return None
        sent = SENT_RE.search(doc.text, ps, pe)
        subj = subject_before(doc.text, ps, sent.start()) if sent else None
        first = None if sent else DOC_FIRST_RE.match(doc.text, ps, pe)
        anchor = sent or first
        led = LED_BY_RE.search(doc.text, anchor.start(), pe) if anchor else None
        if led and (subj is None or doc.text[subj[0]:subj[1]].lower() in DOC_SUBJECTS):
            return led.start("name"), led.end("name"), _nominative_led(doc.text, led)
        if subj and doc.text[subj[0]:subj[1]].lower() not in DOC_SUBJECTS:
            return subj[0], subj[1], canonical(doc.text, doc.text[subj[0]:subj[1]], subj[0])
        ss = ps
    return None


def _nominative_led(text: str, led: re.Match[str]) -> str:
    """'Ярославом Ниловым' -> 'Ярослав Нилов' (a man's name in the instrumental), or the name the text gives the same
    person in full elsewhere ('Алексеем Куринным' -> 'Алексей Куринный'); other forms as they are."""
    name = led.group("name")
    known = canonical(text, name, led.start("name"))
    if known and known != name:
        return known
    parts = name.split()
    if all(p.endswith(("ом", "ем", "ым", "им")) for p in parts):
        return " ".join(p[:-2] for p in parts)
    return name


def as_document(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Как говорится в сообщении пресс-службы, CONTENT', 'Как следует из отчёта X, CONTENT'."""
    text = doc.text
    if not _documents_say(text) and "следует из" not in text:
        return
    for m in AS_DOC_RE.finditer(text):
        src = _source(text, m.start("np"), m.end("np"))
        if src is None or DOC_NOUN_RE.fullmatch(text, src[0], src[1]):  # "в пояснительной записке": no author named
            src = sender(doc, m.start()) or src  # (who sent it, a sentence or two before)
        ms, me, speaker = src if src else (m.start("cue"), m.end("cue"), None)
        emit(m.start("c"), m.end("c"), ms, me, "как " + m.group("cue").split()[0], speaker)


def according_to_document(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Согласно прогнозу Минэкономразвития, CONTENT'."""
    text = doc.text
    if "огласно" not in text:
        return
    for m in PER_RE.finditer(text):
        src = _source(text, m.start("np"), m.end("np"))
        if src:
            emit(m.start("c"), m.end("c"), src[0], src[1], "согласно " + m.group("cue"), src[2])


def colon_said(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Набиуллина подчеркнула: ставка останется высокой': a verb of saying, a colon and the words
    without quotation marks; the verb's subject speaks. Read at each colon only."""
    text = doc.text
    at = text.find(": ")
    while at != -1:
        v = COLON_VERB_RE.search(text, max(0, at - COLON_REACH), at)
        words = COLON_WORDS_RE.match(text, at + 2) if v else None
        if v and words:
            dot = text.rfind(". ", 0, v.start())  # (none: the text's first sentence, from 0)
            sent = max(dot + 2 if dot != -1 else 0, text.rfind("\n", 0, v.start()) + 1, v.start() - SUBJECT_REACH)
            subj = subject_before(text, sent, v.start())
            if subj is not None:
                ms, me = subj
                low = text[ms:me].lower()  # "При этом он подчеркнул: ...": the latest speaker of his gender
                emit(words.start(), words.end(), ms, me, v.group("verb"),
                     pronoun_speaker(doc, out, ms, low) if low in RU_PRONOUNS else canonical(text, text[ms:me], ms))
        at = text.find(": ", at + 2)


def about_this_before(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Об этом губернатор X сообщил журналистам.', 'Об этом в Telegram-канале написал министр X', 'Об этом
    Интерфаксу сообщили в Минэнерго': the sentence before is the source's (ru_reported.about_this takes the
    plain 'Об этом сообщил X'; this one the forms with words before the verb)."""
    text = doc.text
    if "Об этом" not in text:
        return
    spans = doc.sentences.spans
    for i, (ss, se) in enumerate(spans):
        if not (i and text.startswith("Об этом", ss) and spans[i - 1][1] <= ss):
            continue
        a = ABOUT_RE.match(text, ss, se)
        if a is None:
            continue
        pre = a.group("pre").split()
        if len(pre) <= 4 and all(w.isalpha() and w.islower() and not is_role(w) for w in pre):
            continue  # "Об этом сообщил X", "Об этом в своём канале написал X": ru_reported.about_this
        src = _about_source(text, a)
        if src:
            emit_anaphor(doc, emit, spans[i - 1], (ss, se), src[0], src[1], a.group("verb"),
                         canonical(text, text[src[0]:src[1]], src[0]))


def such_words(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'С таким предложением выступил министр иностранных дел Турции Хакан Фидан ...': the sentence
    before is the source's (the title and the name after the verb)."""
    text = doc.text
    if "таким" not in text and "этим" not in text and "заявление" not in text and "подобным" not in text \
            and "Так" not in text and "Эт" not in text and "Подобн" not in text:
        return
    spans = doc.sentences.spans
    for i, (ss, se) in enumerate(spans):
        m = SUCH_RE.match(text, ss, se) if i and text[ss] in "СТЭП" else None
        b = SUCH_BEFORE_RE.match(text, ss, se) if i and m is None and text[ss] in "ТЭСП" else None
        b = b or (THUS_RE.match(text, ss, se) if i and m is None and text.startswith("Так ", ss) else None)
        t = THUS_FIRST_RE.match(text, ss, se) if i and m is None and b is None and text.startswith("Так ", ss) else None
        src = thus_first_source(text, t) if t is not None and spans[i - 1][1] <= ss else None
        if t is not None and src is not None:  # "Так прокомментировал решение суда адвокат X": the sentence before is X's
            emit_anaphor(doc, emit, spans[i - 1], (ss, se), src[0], src[1], t.group("v"),
                         canonical(text, text[src[0]:src[1]], src[0]))
            continue
        f = FOLLOWS_RE.match(text, ss, se) if i and m is None and b is None and text.startswith("Это ", ss) else None
        if f is not None and spans[i - 1][1] <= ss:  # "Это следует из ответа ведомства": the ministry's
            ms, me = np_after(text, f.start("np") + 1, f.end("np")) if f.group("np") else (f.start("doc"), f.end("doc"))
            emit_anaphor(doc, emit, spans[i - 1], (ss, se), ms, me, "следует из", canonical(text, text[ms:me], ms))
            continue
        if b is not None and spans[i - 1][1] <= ss:
            subj = subject_before(text, b.start("np"), b.start("v"))
            if subj is not None:
                emit_anaphor(doc, emit, spans[i - 1], (ss, se), subj[0], subj[1], b.group("v"),
                             canonical(text, text[subj[0]:subj[1]], subj[0]))
            continue
        if m is None or spans[i - 1][1] > ss:
            continue
        ms, me = np_after(text, m.start("np"), m.end("np"))
        first = text[ms:me].split()[:2]  # ("дал главный экономист банка Олег Ким": an adjective before the title)
        if first and (first[0][:1].isupper() or is_role(first[0]) or len(first) > 1 and is_role(first[1])):
            emit_anaphor(doc, emit, spans[i - 1], (ss, se), ms, me, m.group("v1") or m.group("v2"),
                         canonical(text, text[ms:me], ms))


def dash_lines(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'— Мы не будем повышать тарифы, — заявил губернатор. — Решение окончательное.': a paragraph of
    dialogue opened by a dash is the speaker's words (both parts around the attribution), a direct quote."""
    text = doc.text
    for ps, pe in doc.paras:
        if text[ps:ps + 3].lstrip(" \t")[:1] in "—–":
            _dash_line(text, out, ps, pe)
    for mark in MID_DASHES:  # "Цены выросли. — Мы готовы к диалогу, — сказал он.": a line of dialogue inside a paragraph
        at = text.find(mark)
        while at != -1:
            end = text.find("\n", at)
            _dash_line(text, out, at + 1, end if end != -1 else len(text))
            at = text.find(mark, at + len(mark))


# a sentence's end, then a dash opening a line of dialogue in the same paragraph
MID_DASHES = tuple(f"{end} {dash} " for end in ".!?…" for dash in "—–")


def _dash_line(text: str, out: list[Quote], start: int, end: int) -> None:
    """The words of a line of dialogue opened by a dash at start (DASH_LINE_RE), to its paragraph's end."""
    m = DASH_LINE_RE.match(text, start, end)
    if m is None:
        return
    told = ADDRESSEE_RE.search(m.group("np"))  # "заявил губернатор журналистам": the reporters are told
    ms, me = np_after(text, m.start("np"), m.start("np") + (told.start() if told else len(m.group("np").rstrip())))
    speaker = canonical(text, text[ms:me], ms)
    mention = Mention(ms, me, text[ms:me])
    for part in ("q", "q2"):
        if m.group(part):
            s, e = m.start(part), m.end(part)
            while e > s and text[e - 1] in " \t.":
                e -= 1
            out.append(Quote(s, e, text[s:e], "direct", speaker, mention, m.group("verb"), None))


def _about_source(text: str, a: re.Match[str]) -> tuple[int, int] | None:
    """The source of an 'Об этом' sentence: after the verb ('написал министр X', 'сообщили в Минэнерго'),
    else before it ('губернатор X сообщил'); an outlet told is none."""
    ps = a.start("post")
    while ps < a.end("post") and text[ps] in " \t":
        ps += 1
    told = OUTLET_FIRST_RE.match(text, ps, a.end("post"))
    ps = told.end() if told else ps
    inside = re.match(r"во?[ \t]+(?=[А-ЯЁа-яё])", text[ps:a.end("post")])
    if inside and a.group("verb").endswith("и"):  # "сообщили в Минэнерго": the body
        ms, me = np_after(text, ps + inside.end(), a.end("post"))
        return (ms, me) if me > ms else None
    first = text[ps:a.end("post")].split()[:1]
    if first and (first[0][:1].isupper() or is_role(first[0])):
        ms, me = np_after(text, ps, a.end("post"))
        return (ms, me) if me > ms else None
    subj = subject_before(text, a.start("pre"), a.start("verb"))
    if subj is None or OUTLET_FIRST_RE.fullmatch(text, subj[0], subj[1]):
        return None
    word = text[subj[0]:subj[1]].split()[0]
    return subj if word[:1].isupper() or is_role(word) else None


__all__ = ["DOC_AFTER_RE", "OUTLET_FIRST_RE", "about_this_before", "emit_anaphor", "dash_lines", "such_words", "document_source", "according_to_document", "as_document", "colon_said", "in_document", "sender"]
