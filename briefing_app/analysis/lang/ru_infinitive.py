"""Russian reported speech through an infinitive of saying after a verb of habit, haste or refusal: "Гудков любит
повторять, что ...", "Министр не устаёт напоминать, что ...", "Пресс-служба поспешила заверить, что ...", "В компании
отказались признать, что ..." (a refusal to admit is a denial held in words; "отказались подтвердить" is not read: a
refusal to confirm says nothing, as "не подтвердил" says nothing)."""
from __future__ import annotations

import re

from briefing_app.analysis.document import Document
from briefing_app.analysis.lang.common import Emit
from briefing_app.analysis.lang.ru_subject import emit_with_subject
from briefing_app.analysis.occurrences import word_starts
from briefing_app.core.model import Quote

SAY_INFINITIVES = (r"(?:повторять|повторить|говорить|напоминать|напомнить|подч[её]ркивать|подчеркнуть|отмечать|отметить|"
                   r"заявлять|заявить|заверять|заверить|уверять|уточнять|уточнить|пояснять|пояснить|объяснять|объяснить|"
                   r"шутить|рассказывать|утверждать)")
# the verb of habit or haste, and the infinitive; a few words (an addressee, "всем", "журналистам") may stand before "что"
HABIT_RE = re.compile(r"(?P<verb>(?P<fin>любит|любят|любил[аи]?|не[ \t]+уста[её]т|не[ \t]+устают|не[ \t]+уставал[аи]?|"
                      r"поспешил[аи]?|поспешит|поспешат|спешит|спешат|не[ \t]+преминул[аи]?)[ \t]+" + SAY_INFINITIVES + r")"
                      r"(?:[ \t]+[а-яё]+){0,2},?[ \t]+что[ \t]+(?P<c>[^.!?\n]+)")
REFUSED_RE = re.compile(r"(?P<verb>(?P<fin>отказал(?:ся|ась|ось|ись)|отказыва(?:ется|ются))[ \t]+(?:признать|признавать))"
                        r",?[ \t]+что[ \t]+(?P<c>[^.!?\n]+)")
# the words the verbs open with, found by str.find (a regex scan of the whole text would stop at every "л", "н", "п")
NEEDLES = (("любит", HABIT_RE), ("любят", HABIT_RE), ("любил", HABIT_RE), ("не уста", HABIT_RE), ("поспеши", HABIT_RE), ("поспешат", HABIT_RE),
           ("спеш", HABIT_RE), ("не преминул", HABIT_RE), ("отказ", REFUSED_RE))
# a "не" before a verb of habit or haste denies the saying ("Мэр не любит говорить, что ...", "не поспешил заверить")
NEGATED_RE = re.compile(r"(?<![а-яёА-ЯЁ])[Нн]е[ \t]+\Z")


def said_by_infinitive(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'X любит повторять, что CONTENT', 'X поспешил заверить, что CONTENT', 'В X отказались признать, что CONTENT': the
    content is X's words (the subject before the verb, as for "заявил, что"; the cue is the finite verb, whose ending
    tells a body speaking through a plural verb)."""
    text = doc.text
    for needle, rx in NEEDLES:
        for at in word_starts(text, needle):
            if needle[0] != "н" and NEGATED_RE.search(text, max(0, at - 4), at):
                continue
            m = rx.match(text, at)
            if m:
                emit_with_subject(doc, out, emit, m.start(), m.start("c"), m.end("c"), m.group("fin"))


__all__ = ["said_by_infinitive"]
