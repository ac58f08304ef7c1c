"""Russian questions asked in reported speech: "Депутат X спросила министра, почему тарифы растут", "Председатель
комиссии X поинтересовался, кто отвечает за проверку", "Жители спрашивают, когда починят лифт". The question is the
asker's words (a speech act, the broad reading of a quote sentence), its source the subject before the verb; a
question asked with no clause after it ("спросил о планах", "спросил у прохожих дорогу") is not read, nor one negated
("никто не спросил, почему")."""
from __future__ import annotations

import re

from briefing_app.analysis.document import Document
from briefing_app.analysis.lang.common import Emit
from briefing_app.analysis.lang.ru_subject import emit_with_subject
from briefing_app.analysis.occurrences import word_starts
from briefing_app.core.model import Quote

# the verb of asking, up to four words (whom it asks: "министра", "у губернатора"), a comma, then the question word
ASKED_RE = re.compile(r"(?P<verb>спросил[аи]?|спрашива(?:ет|ют|л|ла|ли)|поинтересовал(?:ся|ась|ись)|интересу(?:ется|ются))"
                      r"(?:[ \t]+[А-ЯЁа-яё-]+){0,4},[ \t]+(?:почему|зачем|когда|сколько|как|где|куда|откуда|кто|что|чем|"
                      r"каки[емх]|какой|какая|какое|какую|ли[ \t]|(?:[а-яё]+[ \t]+ли)[ \t])[ \t]*(?P<c>[^.!?\n]+)")
NEEDLES = ("спрос", "спраш", "поинтерес", "интересу")
NEGATED_RE = re.compile(r"(?<![а-яёА-ЯЁ])[Нн]е[ \t]+\Z")


def asked(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'X спросил(а) Y, почему CONTENT': the question as X's words."""
    text = doc.text
    for needle in NEEDLES:
        for at in word_starts(text, needle):
            if NEGATED_RE.search(text, max(0, at - 4), at):
                continue
            m = ASKED_RE.match(text, at)
            if m:
                emit_with_subject(doc, out, emit, m.start(), m.start("c"), m.end("c"), m.group("verb"))


__all__ = ["asked"]
