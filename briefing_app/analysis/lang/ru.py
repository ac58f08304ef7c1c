"""Russian: «Q», — сказал Песков / «A, — сказал губернатор. — B» / X назвал решение «шантажом» /
X усомнился в сроках: «Q» / reported speech (ru_reported) / "Песков: CONTENT" headlines. Names
are mapped to the fullest earlier form ("Песков" -> "Дмитрий Песков"; a title such as
"министр" to the name it introduced).
"""
from __future__ import annotations

import re

from briefing_app.analysis.document import Document
from briefing_app.analysis.lang import CYR_RE, ru_actors, ru_reported, ru_said
from briefing_app.analysis.lang.common import ScriptRules
from briefing_app.analysis.lang.ru_names import is_given, is_role
from briefing_app.analysis.lang.ru_canonical import RU_NAME_RE as FULL_NAME_RE
from briefing_app.analysis.lang.ru_speakers import (
    DESCRIPTION_RE, PAST_VERB_RE, RU_PRONOUNS, RU_VERB, RU_VERB_ANY, SPEECH_STEMS, canonical, gender, np_after,
    sentence_start, subject_before)
from briefing_app.analysis.lang.ru_canonical import fullest
from briefing_app.analysis.lang.ru_said import AFTER_VERB
from briefing_app.analysis.lang.ru_subject import source_opens
from briefing_app.core.model import Mention, Quote

# (the source may come after an outlet in guillemets: "— рассказал «Известиям» депутат X", "— отметил в беседе с «РБК» X")
RU_AFTER_RE = re.compile(r"[ \t]*,?[ \t]*[—–-]+[ \t]*" + AFTER_VERB + r"[ \t]+(?P<np>[^.,;:!?«»\n—]+(?:«[^«»\n]{1,30}»[^.,;:!?«»\n—]*)*|«[^«»\n]{1,30}»[^.,;:!?«»\n—]*)")
WORDS_OF_RE = re.compile(r"[ \t]*,?[ \t]*[—–-]+[ \t]*(?:приводит|привёл|привел|привела|приводят|цитирует)[ \t]+слова[ \t]+"
                         r"(?P<np>[А-ЯЁа-яё][^.,;:!?«»\n—]+)")
RU_INSIDE_RE = re.compile(r",?[ \t]*[—–][ \t]*" + RU_VERB + r"[ \t]+(?P<np>[^.,;:!?«»\n—]+)[.,]?[ \t]*[—–][ \t]*")
RU_NEAR_VERB_RE = re.compile(r"(?:" + "|".join(SPEECH_STEMS) + r")\w*(?:[ \t,]+[^\s.!?«»]+){0,4}[ \t]*$")
# "Бурмистров усомнился в сроках: «Q»", "она добавила: «Q»": a clause with a verb, then a colon
RU_COLON_RE = re.compile(r"[А-ЯЁа-яё][^.!?«»\n]*?(?:" + PAST_VERB_RE.pattern + r"|(?<![а-яё])" + RU_VERB + r")[^.!?«»\n]*:[ \t]*$")
# "Министр был краток: «Q»", "Губернатор была категорична: «Q»": a person, "был" and a short adjective, then a colon (not
# "Итог был таков:", "Ответ был коротким:": the subject must be a title, a pronoun or a name with a gender)
SHORT_PREDICATE_RE = re.compile(r"(?<![А-ЯЁа-яё-])был[аои]?[ \t]+[а-яё]{3,}(?=[ \t]*:[ \t]*$)")
VERB_FIRST_WORD_RE = re.compile(RU_VERB_ANY.pattern, re.I)  # a verb of saying capitalised, tried at a sentence's start
COLON_REACH = 600  # characters before a colon that its clause's past-tense verb is looked for in
SPEAKER_REACH = 2000  # characters before a quotation that its verb and the verb's subject are looked for in


def _colon_clause(text: str, sent: int, open_at: int) -> bool:
    """A clause with a past-tense verb, then a colon, right before open_at (RU_COLON_RE), read in the
    last COLON_REACH characters only: a sentence the splitter cannot split costs the same per quotation.
    (A quotation opening a paragraph after one that ends in such a clause: "Министр заявил:\n\n«...»".)"""
    end = open_at
    while end > sent and text[end - 1] in " \t":
        end -= 1
    if end == sent and text[sent - 2:sent] == "\n\n" and text[sent - 3:sent - 2] == ":":
        end, sent = sent - 2, text.rfind("\n", 0, sent - 2) + 1
    if end == sent or text[end - 1] != ":":
        return False
    return RU_COLON_RE.search(text, max(sent, end - COLON_REACH), end) is not None or _short_predicate(text, sent, end) is not None \
        or text[sent:sent + 1].isupper() and VERB_FIRST_WORD_RE.match(text, sent, end) is not None  # ("Рассказывает X:")


def _short_predicate(text: str, sent: int, end: int) -> re.Match[str] | None:
    """'Министр был краток:' right before end (a colon): the match (from "был" on) when the subject before it is a
    person: a title, a pronoun or a name with a gender (SHORT_PREDICATE_RE)."""
    m = SHORT_PREDICATE_RE.search(text, max(sent, end - 40), end)
    subj = subject_before(text, sent, m.start()) if m else None
    if subj is None:
        return None
    first = text[subj[0]:subj[1]].split()[0]
    title = text[max(sent, subj[0] - 30):subj[0]].split()[-1:]  # ("Мэр Екатеринбурга был краток": the title before)
    return m if is_role(first) or first.lower() in RU_PRONOUNS or gender(text[subj[0]:subj[1]]) or title and is_role(title[0]) \
        else None


RU_MEDIA_RE = re.compile(r"(?:интервью|газет\w*|журнал\w*|телеканал\w*|радиостанци\w*|программ\w*|книг\w*|"
                         r"фильм\w*|издани\w*|агентств\w*|сериал\w*|спектакл\w*)[ \t]*$", re.I)


# a short capitalised name in guillemets with no sentence punctuation («Аэрофлот», «Цифра брокер»)
RU_NAME_RE = re.compile(r"[А-ЯЁA-Z0-9][\w-]*(?:[ \t]+[\w-]+){0,3}")
RU_NAME_AFTER_RE = re.compile(r"[ \t]+[а-яё]")  # the sentence runs on after it ("«Коммерсанту» в Росавиации")
# «Известиям», «Ведомостям», «Коммерсанту», «Российской газете»; one word in -су/-ке: «Интерфаксу», «Фонтанке»: told
OUTLET_DATIVE_RE = re.compile(r"(?:иям|ям|ам|ту|ру|газете|правде|(?<![\w \t])[А-ЯЁA-Z][а-яё]+(?:су|ке))$")
# an inverted verb of saying after the content's comma, and a name in guillemets ending the sentence after it: the source
INVERTED_VERB_RE = re.compile(r",[ \t]+" + RU_VERB + r"[ \t]+$")
AS_VERB_BEFORE_RE = re.compile(r"(?<![А-ЯЁа-яё])[Кк]ак[ \t]+(?:[а-яё]+[ \t]+)?" + RU_VERB + r"[ \t]+$")  # "Как сообщает «X»"
ABOUT_VERB_BEFORE_RE = re.compile(r"Об[ \t]+этом[ \t]+(?:[а-яё]+[ \t]+)?" + RU_VERB + r"[ \t]+$")  # "Об этом пишет «X»"
SOURCE_LAST_RE = re.compile(r"[ \t]*(?:[.!]|$|со[ \t]+ссылкой[ \t]+на[ \t])")
RU_VERB_END_RE = re.compile(r"[а-яё]{3,}(?:л|ла|ли|ло|ет|ит|ут|ют|ат|ят)(?:ся|сь)?[ \t]*$")  # a verb right before it


def ru_kind(text: str, start: int, end: int, open_at: int) -> str | None:
    """A short Russian quotation right after a speech verb ('назвал законопроект «опасным»',
    'добавил, что Москва «открыта для диалога»') or after a clause and a colon is the speaker's words."""
    if not CYR_RE.search(text, start, end):
        return None
    before = text[max(0, open_at - 80):open_at]
    if RU_MEDIA_RE.search(before) and text[start:start + 1].isupper():
        return "title"  # «в интервью «Российской газете»» (not "доклад агентства «сбалансированным»")
    if RU_AFTER_RE.match(text, end + 1) or ru_said.DOC_AFTER_RE.match(text, end + 1) or WORDS_OF_RE.match(text, end + 1):
        return "direct"  # «Q», — сказал Песков / «Q», — говорится в заявлении партии
    if _colon_clause(text, sentence_start(text, open_at), open_at):
        return "direct"
    if RU_NAME_RE.fullmatch(text, start, end) and (
            RU_NAME_AFTER_RE.match(text, end + 1) or not RU_VERB_END_RE.search(before)):
        return "title"  # «Аэрофлот», "глава «Аэрофлота»", "пояснили «Коммерсанту» в ...": a name, nobody's words
    if RU_NAME_RE.fullmatch(text, start, end) and OUTLET_DATIVE_RE.search(text, start, end):
        return "title"  # "рассказал «Известиям», как ...": the outlet told, nobody's words
    if RU_NAME_RE.fullmatch(text, start, end) and (SOURCE_LAST_RE.match(text, end + 1) and INVERTED_VERB_RE.search(before)
                                                   or AS_VERB_BEFORE_RE.search(before)
                                                   or "Об этом" in before and ABOUT_VERB_BEFORE_RE.search(before)):
        return "title"  # "..., передаёт «Интерфакс».", "Как пишет «Коммерсант», ...", "Об этом пишет «X»": the source
    if RU_NEAR_VERB_RE.search(before):
        return "direct"
    return None


def _near(text: str, sent: int, at: int) -> int:
    """The sentence start, or in a sentence longer than SPEAKER_REACH characters (a text the splitter
    cannot split) the start of a word that far before `at`: each quotation then costs the same."""
    if at - sent <= SPEAKER_REACH:
        return sent
    blank = text.find(" ", at - SPEAKER_REACH, at)
    return at if blank < 0 else blank + 1


def _verb_before(text: str, sent: int, open_at: int) -> re.Match[str] | None:
    """The verb whose subject speaks a quotation: the last verb of saying before it, or, when a
    colon introduces it, the first past-tense verb of the clause."""
    v = list(RU_VERB_ANY.finditer(text, sent, open_at))
    if v:
        return v[-1]
    first = VERB_FIRST_WORD_RE.match(text, sent, open_at) if text[sent:sent + 1].isupper() else None
    if first:  # "Рассказывает местный житель X: «Q»": the verb opens the sentence
        return first
    if _colon_clause(text, sent, open_at):
        past = PAST_VERB_RE.search(text, sent, open_at)
        short = None if past else _short_predicate(text, sent, text.rindex(":", sent, open_at) + 1)
        return past or short  # ("был": its subject speaks)
    return None


def _speaker(text: str, q: Quote, last: str | None, last_end: int = 0) -> None:
    open_at, close_at = q.start - 1, q.end + 1
    inside = RU_INSIDE_RE.search(text, q.start, q.end)
    m = inside or RU_AFTER_RE.match(text, close_at)
    words_of = None if m else WORDS_OF_RE.match(text, close_at)
    if words_of:  # «Q», — приводит слова Некрасова официальный сайт клуба: Некрасов
        ms, me = np_after(text, words_of.start("np"), words_of.end("np"))
        q.mention = Mention(ms, me, text[ms:me])
        q.cue, q.speaker = "приводит слова", canonical(text, text[ms:me], ms)
        return
    said_in = None if m else ru_said.document_source(text, close_at)
    if said_in:  # «Q», — говорится в заявлении партии «Новые люди»
        q.mention = Mention(said_in[0], said_in[1], text[said_in[0]:said_in[1]])
        q.cue, q.speaker = said_in[2], said_in[3]
        return
    if not m:
        # "Депутат Сергей Лавренов назвал законопроект «опасным»": the verb's subject
        sent = _near(text, sentence_start(text, open_at), open_at)
        if not text[sent:open_at].strip() and text[sent - 3:sent] == ":\n\n":  # "Министр заявил:\n\n«...»"
            sent = text.rfind("\n", 0, sent - 3) + 1
        v = _verb_before(text, sent, open_at)
        subj = subject_before(text, sent, v.start()) if v else None
        if v and subj is None and VERB_OPENS_RE.fullmatch(text, sent, v.start()):
            subj = _source_after_verb(text, v.end(), open_at)  # "Как выразился X, «Q»", "Рассказывает житель X: «Q»"
        if v and subj:
            ms, me = subj
            q.mention = Mention(ms, me, text[ms:me])
            q.cue = v.group()
            q.speaker = canonical(text, text[ms:me], ms) or (last if text[ms:me].lower() in RU_PRONOUNS else None)
        return
    ms, me = np_after(text, m.start("np"), m.start("np") + len(m.group("np").strip()))
    np = text[ms:me]
    q.mention = Mention(ms, me, np)
    q.cue = m.group().strip(" ,—–-\t").split()[0]
    # a pronoun, or a bare title no earlier name goes with when nobody is named since the latest quote ("«Q1», —
    # сказала Ольга Петрова. «Q2», — добавила депутат"): the latest speaker
    q.speaker = canonical(text, np, ms) or (last if np.lower() in RU_PRONOUNS or " " not in np and is_role(np)
                                            and not FULL_NAME_RE.search(text, last_end, q.start) else None)
    if q.speaker is None and " " not in np and (is_role(np) or DESCRIPTION_RE.fullmatch(np.lower())):
        # "Заместитель председателя Совета Федерации Константин Косачев считает ... «Q», — написал сенатор": a title
        # no earlier name goes with, after a quotation, is the person the paragraph named last before it
        q.speaker = _person_in_paragraph(text, q.start)


# nothing but "Как" (and an adverb) before a verb of saying that opens its clause: its source follows it
VERB_OPENS_RE = re.compile(r"(?:[Кк]ак[ \t]+(?:[а-яё]+[ \t]+)?)?")
SOURCE_END_RE = re.compile(r"[ \t]*[,:][ \t]*$")


def _source_after_verb(text: str, at: int, open_at: int) -> tuple[int, int] | None:
    """The source between a verb opening its clause and the comma or colon right before a quotation ("Как выразился
    Владимир Путин, «Q»", "Рассказывает местный житель Игорь Дроздов: «Q»"), when it can open a source."""
    end = SOURCE_END_RE.search(text, at, open_at)
    if end is None or end.start() - at < 2 or end.start() - at > 120:
        return None
    ms, me = np_after(text, at + 1, end.start())
    return (ms, me) if me > ms and source_opens(text[ms:me]) else None


def _person_in_paragraph(text: str, at: int) -> str | None:
    """The last person named in full (from a known given name on) in at's paragraph before at."""
    para = text.rfind("\n", 0, at) + 1
    for m in reversed(list(FULL_NAME_RE.finditer(text, para, at))):
        words = m.group().split()
        k = next((i for i, w in enumerate(words) if is_given(w)), None)
        if k is not None and k + 1 < len(words):
            return fullest(text, " ".join(words[k:k + 2]))
    return None


class Russian(ScriptRules):
    def speakers(self, doc: Document) -> None:
        last: str | None = None
        last_end = 0
        for q in doc.quotes:
            if q.kind != "direct":
                continue
            if q.speaker:
                last, last_end = q.speaker, max(q.end, q.mention.end if q.mention else 0)
                continue
            if q.mention is None and CYR_RE.search(doc.text, q.start, q.end):
                _speaker(doc.text, q, last, last_end)
            if q.speaker:
                last, last_end = q.speaker, max(q.end, q.mention.end if q.mention else 0)


RULES = Russian("ru", CYR_RE, ru_kind, ru_reported.find, ru_actors.actors)
