"""Russian reported speech in an active participle of saying set off after its subject: "Вице-премьер X, заявивший
накануне о готовности ведомств к зиме, прибыл в Якутск", "Глава управы X, пообещавший жителям сквер, ушёл в отставку",
"Министр, ранее утверждавший, что ..., признал ...". The participle's phrase is the words of the noun before the comma
(its source, as for "X заявил о ..."); a participle of no saying ("прибывший", "подписавший") is not read."""
from __future__ import annotations

import re

from briefing_app.analysis.document import Document
from briefing_app.analysis.lang.common import Emit
from briefing_app.analysis.lang.ru_subject import emit_with_subject
from briefing_app.core.model import Quote

# the participle's stems (past perfective and imperfective: "заявивший", "заявлявший", "обещавшая", "назвавшие"), each
# found by str.find; an adverb of time may stand between the comma and it ("ранее заявлявший", "накануне пообещавший")
PARTICIPLE_STEMS = ("заявивш", "заявлявш", "обещавш", "сообщивш", "призвавш", "призывавш", "назвавш", "предупредивш",
                    "подчеркнувш", "раскритиковавш", "потребовавш", "требовавш", "объявивш", "пригрозивш", "заверивш",
                    "высказавш", "утверждавш", "настаивавш", "пожаловавш", "признавш", "предложивш")
ENDING = r"(?:ий|ая|ее|ие|его|ей|ему|им|их|ую|ими)"
PARTICIPLE_RE = re.compile(r",[ \t]+(?:(?:ранее|накануне|недавно|вчера|сегодня|ещё|еще|уже|неоднократно|публично|"
                           r"не[ \t]+раз|в[ \t]+понедельник|во[ \t]+вторник|в[ \t]+среду|в[ \t]+четверг|в[ \t]+пятницу)[ \t]+)?"
                           r"(?P<verb>[а-яё]+вш" + ENDING + r")(?:,[ \t]+что)?[ \t]+(?P<c>[^,.!?\n«»]{6,}?)(?=,[ \t]+[а-яё])")
REACH = 40  # characters before a stem that its phrase's comma and adverb may span


def participle_said(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'X, заявивший о Y, VERB ...': Y as X's words (the subject before the comma)."""
    text = doc.text
    at = text.find("вш")  # (one find of the participle's suffix, then the stem before it: cheaper than one per stem)
    while at != -1:
        start = at
        while start and text[start - 1].isalpha():
            start -= 1
        word = text[start:at + 2].removeprefix("по")
        at = text.find("вш", at + 2)
        if not word.startswith(PARTICIPLE_STEMS):
            continue
        comma = text.rfind(",", max(0, start - REACH), start)
        m = PARTICIPLE_RE.match(text, comma) if comma != -1 else None
        if m is not None and m.start("verb") == start:
            emit_with_subject(doc, out, emit, comma, m.start("c"), m.end("c"), m.group("verb"))


__all__ = ["participle_said"]
