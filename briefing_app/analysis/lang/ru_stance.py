"""Russian stances stated as acts of speech: a speaker who comes out against or for something ("выступил против
законопроекта", "Против инициативы выступил союз X"), sends a request, a letter or an appeal ("направил запрос в
прокуратуру", "направил в министерство письмо с требованием ...") or turns to someone with a plea or a demand
("обратилось к России с просьбой помочь"); and "Это подтвердили в X", which names the sentence before by an anaphor.
Each is a quote sentence whose source is the actor (the Russian convention in tests/data/actors/score.py). Rules of the
ru_reported table."""
from __future__ import annotations

import re

from briefing_app.analysis.document import Document
from briefing_app.analysis.lang import ru_said
from briefing_app.analysis.lang.common import Emit
from briefing_app.analysis.lang.ru_names import is_role
from briefing_app.analysis.lang.ru_speakers import canonical, np_after
from briefing_app.analysis.lang.ru_subject import emit_with_subject, source_word
from briefing_app.core.model import Quote

# "выступил против законопроекта", "выступили за отмену пошлины": a stance on a thing in lower case (not a team a
# player played for or against: "выступил за сборную", "против соперника", "против «Спартака»"; not "выступил на форуме")
AGAINST_RE = re.compile(r"(?P<verb>выступ(?:ил[аио]?|ает|ают))[ \t]+(?P<c>(?:против|за)[ \t]+(?!(?:сборн|команд|клуб|соперник|"
                        r"родн|нов|свою|свой|свои)[а-яё]*[ \t.,])[а-яё][^«».!?\n]{4,})(?=[.!?\n]|$)")
# "Против инициативы выступил Союз производителей ...": the stance first, its holder after the verb
AGAINST_FIRST_RE = re.compile(r"(?:Против|За)[ \t]+[а-яё][^.!?\n«»]{2,80}?[ \t]+(?P<verb>выступил[аио]?|выступают|выступает)"
                              r"[ \t]+(?P<np>[^.!?\n]+)")
# "направил запрос в прокуратуру", "направила в министерство письмо с требованием", "направили обращение губернатору"
# (not "ответил на запрос", "направил дело в суд": no request, letter or appeal sent)
SENT_RE = re.compile(r"(?P<verb>(?:направил|отправил)[аио]?|направляют|направляет)[ \t]+(?:[^.!?\n]{0,60}?[ \t])??"
                     r"(?<!на[ \t])(?P<c>(?:открытое[ \t]+|коллективное[ \t]+|депутатский[ \t]+|официальный[ \t]+)?(?:запрос|письмо|"
                     r"обращение|жалобу|петицию|претензию|требование)(?![а-яё])[^.!?\n]*)")
# "обратилось к России с просьбой помочь", "обратились в мэрию с требованием" (not "обратился к врачу", "с травмой")
APPEAL_RE = re.compile(r"(?P<verb>обратил(?:ся|ась|ись|ось)|обраща(?:ется|ются))[ \t]+(?:[^.!?\n]{0,80}?[ \t])??"
                       r"(?P<c>с[ \t]+(?:просьбой|требованием|призывом|предложением|жалобой|письмом|запросом)(?![а-яё])[^.!?\n]*)")
# "Это подтвердили в Минфине", "Эту информацию подтвердил министр X": the sentence before, confirmed by its source
CONFIRMED_THIS_RE = re.compile(r"(?:Это|Эту[ \t]+информацию|Эти[ \t]+данные|Эти[ \t]+сведения)[ \t]+(?:(?:также|же|уже|вчера|ранее)[ \t]+)?"
                               r"(?P<verb>подтвердил[аио]?|подтверждают|подтверждает)[ \t]+(?P<np>[^.!?\n]+)")
# a group named by a plural noun phrase opening the sentence ("Металлурги", "Крупнейшие металлургические компании")
GROUP_RE = re.compile(r"(?P<np>[А-ЯЁ][а-яё]+(?:[ \t]+[а-яё]+){0,2}(?<=[иы]))[ \t]+")
# the letters each pattern opens with (str.find, then a match there: a regex scan of the whole text costs far more)
STARTS = (("выступ", AGAINST_RE), ("направ", SENT_RE), ("отправ", SENT_RE), ("обрати", APPEAL_RE), ("обраща", APPEAL_RE))


def stance(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Депутаты выступили против законопроекта', 'Против инициативы выступил союз X', 'Депутат X направила запрос в
    прокуратуру', 'Правительство X обратилось к России с просьбой ...': the actor's stance, stated to others."""
    text = doc.text
    for needle, pattern in STARTS:
        at = text.find(needle)
        while at != -1:
            m = pattern.match(text, at) if not (at and text[at - 1].isalpha()) else None  # (not inside a word)
            at = text.find(needle, at + len(needle))
            if m is None:
                continue
            found = len(out)
            emit_with_subject(doc, out, emit, m.start(), m.start("c"), m.end("c"), m.group("verb"))
            if len(out) == found and m.group("verb").endswith(("и", "ют")):
                group = GROUP_RE.fullmatch(text, doc.sentences.of(m.start())[0], m.start())
                if group:  # "Крупнейшие металлургические компании направили ...": a group no name stands for
                    emit(m.start("c"), m.end("c"), group.start(), group.end("np"), m.group("verb"), None)
    if "выступ" not in text and "подтвер" not in text:
        return
    for ss, se in doc.sentences.spans:
        if text[ss] not in "ПЗЭ":
            continue
        first = AGAINST_FIRST_RE.match(text, ss, se)
        if first:
            ms, me = np_after(text, first.start("np"), first.end("np"))
            if me > ms and source_word(text[ms:me].split()[0]):
                emit(ss, se, ms, me, first.group("verb"), canonical(text, text[ms:me], ms))
            continue
        this = CONFIRMED_THIS_RE.match(text, ss, se)
        if this is None or ss == 0:
            continue
        np = this.group("np")
        inside = re.match(r"во?[ \t]+(?=[А-ЯЁ«])", np)
        if inside and this.group("verb").endswith(("и", "ют")):  # "подтвердили в Минфине": the body
            ms, me = np_after(text, this.start("np") + inside.end(), this.end("np"))
        else:
            ms, me = np_after(text, this.start("np"), this.end("np"))
            word = text[ms:me].split()[:1]
            if not word or not (word[0][:1].isupper() or is_role(word[0])):
                continue  # "Это подтверждает рост цен": a thing, no speaker
        ps, pe = doc.sentences.of(ss - 1)
        if me > ms and ps < ss:
            ru_said.emit_anaphor(doc, emit, (ps, pe), (ss, se), ms, me, this.group("verb"), canonical(text, text[ms:me], ms))


__all__ = ["stance"]
