"""Russian reported speech carried by a noun of speech or a document rather than a verb: "Слова министра о том, что ...
вызвали споры" (the words after "о том, что" are the minister's), "Из ответа Минздрава следует, что ..." (the ministry's
answer says so), "Инфляция, если верить прогнозу ЦБ, замедлится" (the bank's forecast). Rules of the ru_reported table;
each is read only where its fixed words stand (found by str.find: a regex opening with a noun's first letter would
stop at every "с", "з" or "п" of the text)."""
from __future__ import annotations

import re

from briefing_app.analysis.document import Document
from briefing_app.analysis.lang.common import Emit
from briefing_app.analysis.lang.ru_canonical import canonical
from briefing_app.analysis.lang.ru_names import is_role
from briefing_app.analysis.lang.ru_subject import source_word
from briefing_app.core.model import Quote

REACH = 90  # characters before the fixed words that the noun and its owner are looked for in
# a noun of speech in any case, then its owner (a genitive: "министра", "МИД России", "главы Минфина") right before
# "о том, что" ("Слова министра о том, что", "после заявления МИД о том, что", "на утверждения защиты о том, что")
SPEECH_NOUN_RE = re.compile(r"(?<![А-ЯЁа-яё-])(?P<cue>[Сс]лов(?:а|ам|ами|ах)?|[Зз]аявлени[а-яё]{1,3}|[Уу]тверждени[а-яё]{1,3}|"
                            r"[Оо]бещани[а-яё]{1,3}|[Пп]ризнани[а-яё]{1,3}|[Пп]редупреждени[а-яё]{1,3}|[Вв]ысказывани[а-яё]{1,3}|"
                            r"[Сс]ообщени[а-яё]{1,3}|[Пп]ризыв[а-яё]{0,3})[ \t]+(?P<np>[^,.!?\n«»:;—]{2,60}?)[ \t]+\Z")
ABOUT_THAT = " о том, что "
CLAUSE_RE = re.compile(r"[^,.!?\n;]+")  # the clause after "что", to the next comma or the sentence's end
# "Из ответа Минздрава следует, что": a document or an answer and whose it is
FROM_DOC_RE = re.compile(r"(?<![А-ЯЁа-яё-])[Ии]з[ \t]+(?P<cue>ответа|ответов|письма|документа|документов|доклада|отч[её]та|"
                         r"заявления|сообщения|материалов|слов|решения|протокола|публикации|интервью|выступления|речи|"
                         r"пресс-релиза|релиза|комментария|поста|обращения|данных)[ \t]+(?P<np>[^,.!?\n«»:;—]{2,60}?)[ \t]+\Z")
FOLLOWS = " следует, что "
NOT_OWNERS = frozenset("этого этих того тех всего его её ее их него неё нее них".split())  # "Из этого письма следует"
# "если верить прогнозу ЦБ", "Если верить словам министра": the dative owner, after a noun of speech if one stands first
IF_BELIEVED = "сли верить "
IF_BELIEVED_RE = re.compile(r"(?:(?:словам|прогнозу|прогнозам|данным|оценкам|оценке|заявлению|заявлениям|расч[её]там|"
                            r"подсч[её]там|информации|сведениям|утверждению|утверждениям)[ \t]+)?(?P<np>[^,.!?\n«»:;—]{2,60}?),[ \t]+")


def _source(text: str, ms: int, me: int) -> bool:
    """Can the words open a source: a capital, a title or a source's word ("министра", "МИД", "экспертам")?"""
    first = text[ms:me].split()[0]
    return bool(first[:1].isupper() or is_role(first) or source_word(first) or source_word(first[:-1]))


def about_that(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Слова министра о том, что CONTENT, вызвали споры': CONTENT (the clause after "что") is the owner's words."""
    text = doc.text
    at = text.find(ABOUT_THAT)
    while at != -1:
        m = SPEECH_NOUN_RE.search(text, max(0, at - REACH), at + 1)
        c = CLAUSE_RE.match(text, at + len(ABOUT_THAT))
        if m and c and _source(text, m.start("np"), m.end("np")):
            ms, me = m.span("np")
            emit(c.start(), c.end(), ms, me, m.group("cue").lower(), canonical(text, text[ms:me], ms))
        at = text.find(ABOUT_THAT, at + len(ABOUT_THAT))


def from_document(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Из ответа Минздрава следует, что CONTENT': CONTENT (to the sentence's end) is the owner's words."""
    text = doc.text
    at = text.find(FOLLOWS)
    while at != -1:
        m = FROM_DOC_RE.search(text, max(0, at - REACH), at + 1)
        if m and m.group("np").split()[0].lower() not in NOT_OWNERS:  # (the document names its owner's kind: any noun)
            ms, me = m.span("np")
            _, se = doc.sentences.of(at)
            emit(at + len(FOLLOWS), se, ms, me, "следует из", canonical(text, text[ms:me], ms))
        at = text.find(FOLLOWS, at + len(FOLLOWS))


def if_believed(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'X, если верить прогнозу ЦБ, Y' and 'Если верить словам министра, X': the sentence is the source's words."""
    text = doc.text
    at = text.find(IF_BELIEVED)
    while at != -1:
        opening = at > 0 and text[at - 1] in "Ее" and (at == 1 or not text[at - 2].isalpha())
        m = IF_BELIEVED_RE.match(text, at + len(IF_BELIEVED)) if opening else None
        if m and _source(text, m.start("np"), m.end("np")):
            ms, me = m.span("np")
            ss, se = doc.sentences.of(at)
            emit(ss, se, ms, me, "если верить", canonical(text, text[ms:me], ms))
        at = text.find(IF_BELIEVED, at + len(IF_BELIEVED))


__all__ = ["about_that", "from_document", "if_believed"]
