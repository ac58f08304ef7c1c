"""Russian speech acts of court and public life that other rules miss: a witness's testimony ("Свидетель X показал на
допросе, что ...") and an apology ("Нападающий X извинился перед болельщиками за удаление"). Rules of the ru_reported
table; the source is the subject before the verb (ru_subject.emit_with_subject)."""
from __future__ import annotations

import re

from briefing_app.analysis.document import Document
from briefing_app.analysis.lang.common import Emit
from briefing_app.analysis.lang.ru_names import is_role
from briefing_app.analysis.lang.ru_speakers import RU_PRONOUNS, gender, sentence_start, subject_before
from briefing_app.analysis.lang.ru_subject import emit_with_subject
from briefing_app.analysis.occurrences import word_starts
from briefing_app.core.model import Quote

# "показал на допросе, что", "показала в суде, что": testimony (not "Опрос показал, что", "Проверка показала, что": a
# thing shows, nobody testifies; the subject must be a person)
TESTIMONY_RE = re.compile(r"(?P<verb>показал[аи]?)(?:[ \t]+(?:на|в|во)[ \t]+(?:допросе|суде|заседании|очной[ \t]+ставке)|"
                          r"[ \t]+(?:суду|следствию|следователям|следователю))?,?[ \t]+что[ \t]+(?P<c>[^.!?\n]+)")
# "извинился перед болельщиками за удаление", "извинилась за резкие слова", "извиняются перед жителями"
APOLOGY_RE = re.compile(r"(?P<verb>извинил(?:ся|ась|ись|ось)|извиня(?:ется|ются))[ \t]+(?P<c>(?:перед|за)[ \t][^«».!?\n]{4,})")


def testimony(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'Свидетель Олег Рыжов показал на допросе, что видел подсудимого у дома': the witness's words."""
    text = doc.text
    for at in word_starts(text, "показал"):
        m = TESTIMONY_RE.match(text, at)
        if m is None:
            continue
        subj = subject_before(text, sentence_start(text, at), at)
        words = text[subj[0]:subj[1]].split() if subj else []
        if words and (is_role(words[0]) or words[0].lower() in RU_PRONOUNS or gender(" ".join(words))):
            emit_with_subject(doc, out, emit, m.start(), m.start("c"), m.end("c"), m.group("verb"))


def apology(doc: Document, out: list[Quote], emit: Emit) -> None:
    """'X извинился перед болельщиками за удаление': an apology stated, X's."""
    text = doc.text
    for at in word_starts(text, "извин"):
        m = APOLOGY_RE.match(text, at)
        if m:
            emit_with_subject(doc, out, emit, m.start(), m.start("c"), m.end("c"), m.group("verb"))


__all__ = ["apology", "testimony"]
