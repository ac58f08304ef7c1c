"""Russian interviews in question-and-answer form: the interviewee is the source of the answers.

Two layouts: turns opened by a dialogue dash ('— Виктор Антонович, будет ли ...?' / '— Нет. Мы ...')
and, as RBC or Vedomosti print them, questions as paragraphs of their own ending in '?' with the
answers as plain paragraphs after them. An answer runs from a question towards the next question:
the paragraph right after the question answers it, the ones after it too until the reporter writes
again (a paragraph that names a person in full, reports someone's words or opens with "Ранее",
"Напомним" or a dateline). The interviewee is the person the lede names, in the two paragraphs
before the first question ('Руководитель Росморречфлота Андрей Лаушкин рассказал РБК ...'), else
the first person the text names outside the turns.
"""
from __future__ import annotations

import bisect
import re

from briefing_app.analysis.document import Document
from briefing_app.analysis.lang.ru_names import is_given
from briefing_app.analysis.lang.ru_speakers import RU_NAME_RE, canonical
from briefing_app.core.model import Mention, Quote

DASH_RE = re.compile(r"[ \t]*[—–-][ \t]+")
QUESTION_END_RE = re.compile(r"\?[ \t]*$")
# a paragraph that opens in the reporter's voice ("Напомним, что ...", "Ранее ...", "Справка")
REPORTER_OPEN_RE = re.compile(r"[ \t]*(?:Напомним|Напомню|Ранее|Справка|Как (?:сообщал|писал)|Между тем|Тем временем)\b"
                              r"|[ \t]*[А-ЯЁ -]{3,30}, [0-9]{1,2} [а-яё]+\.")  # (or a dateline: another story)
PLAIN_QUESTION_MAX = 400  # characters: an interviewer's question is short
PLAIN_QUESTIONS_MIN = 2  # without dashes, two questions with answers make an interview, one may be rhetorical


def _question(text: str, s: int, e: int, dashed: bool) -> bool:
    """A paragraph that asks: it ends in '?' and, without a dash, is short and quotes nobody."""
    if not QUESTION_END_RE.search(text, s, e):
        return False
    return dashed or e - s <= PLAIN_QUESTION_MAX and "«" not in text[s:e] and '"' not in text[s:e]


def questions(doc: Document) -> list[int]:
    """The indexes of doc.paras that are an interviewer's questions (none if the piece is no interview)."""
    text, paras = doc.text, doc.paras
    dashed = [i for i, (s, e) in enumerate(paras) if DASH_RE.match(text, s, e) and _question(text, s, e, True)]
    if dashed:
        return _with_remarks(doc, dashed)
    plain = [i for i, (s, e) in enumerate(paras[1:], 1) if _question(text, s, e, False)
             and i + 1 < len(paras) and not _question(text, *paras[i + 1], False)]  # the headline aside
    return plain if len(plain) >= PLAIN_QUESTIONS_MIN else []


def _with_remarks(doc: Document, asked: list[int]) -> list[int]:
    """The interviewer's dashed turns: the questions and, as turns alternate, a short dashed paragraph that follows a
    dashed answer ('— В РЖД говорят, что проблема в самих портах.' after an answer: a remark the next turn answers)."""
    text, paras = doc.text, doc.paras
    turns: list[int] = []
    asking = False
    for i in range(asked[0], len(paras)):
        s, e = paras[i]
        if not DASH_RE.match(text, s, e):
            continue
        if i in asked:
            asking = True
        else:
            asking = not asking and e - s <= PLAIN_QUESTION_MAX
        if asking:
            turns.append(i)
    return turns


def _reporter(doc: Document, s: int, e: int, found: list[Quote]) -> bool:
    """A paragraph in the reporter's voice: it names a person in full or reports someone's words."""
    text = doc.text
    if REPORTER_OPEN_RE.match(text, s, e):
        return True
    if any(is_given(m.group().split()[0]) for m in RU_NAME_RE.finditer(text, s, e)):
        return True
    return any(s <= q.start < e and q.speaker for q in found)


def answers(doc: Document, asked: list[int], found: list[Quote]) -> list[tuple[int, int]]:
    """The answer paragraphs' spans (after an opening dash) for the questions at the indexes asked."""
    text, paras = doc.text, doc.paras
    out: list[tuple[int, int]] = []
    for n, q in enumerate(asked):
        stop = len(paras) if n + 1 == len(asked) else asked[n + 1]
        for i in range(q + 1, stop):
            s, e = paras[i]
            if i > q + 1 and _reporter(doc, s, e, found):
                break  # (the first paragraph after a question answers it; the reporter may write again after)
            dash = DASH_RE.match(text, s, e)
            out.append((dash.end() if dash else s, e))
    return out


def interview_answers(doc: Document, out: list[Quote]) -> None:
    """Each answer of an interview as a direct quote of the interviewee."""
    asked = questions(doc)
    if not asked:
        return
    text = doc.text
    turns = {i for i in asked} | {i for i, (s, e) in enumerate(doc.paras) if DASH_RE.match(text, s, e)}
    inside = [doc.paras[i] for i in turns]
    lede = doc.paras[max(0, asked[0] - 2)][0], doc.paras[asked[0]][0]
    named = _named_in(text, *lede) or next(((m.start(), m.end()) for m in RU_NAME_RE.finditer(text)
                                            if not any(s <= m.start() < e for s, e in inside)
                                            and is_given(m.group().split()[0])), None) \
        or next(((m.start(), m.end()) for m in RU_NAME_RE.finditer(text)), None)
    if named is None:
        return
    who = canonical(text, text[named[0]:named[1]], named[1])
    mention = Mention(named[0], named[1], text[named[0]:named[1]])
    found = doc.quotes + out
    others = sorted(q.start for q in found if q.speaker and q.speaker != who and q.kind in ("direct", "indirect"))
    for s, e in answers(doc, asked, found):
        for ps, pe in _own_parts(doc, s, e, others):
            out.append(Quote(ps, pe, text[ps:pe], "direct", who, mention, "интервью", None))


def _own_parts(doc: Document, s: int, e: int, others: list[int]) -> list[tuple[int, int]]:
    """An answer's runs of sentences without another speaker's reported words starting in them (others: where those
    start, sorted): a sentence in which the interviewee reports someone else ("Глава Минэнерго X тоже считает, что ...")
    is that one's, not the answer's."""
    inside = others[bisect.bisect_left(others, s):bisect.bisect_left(others, e)]
    if not inside:
        return [(s, e)]
    text = doc.text
    parts: list[tuple[int, int]] = []
    start = s
    for ss, se in sorted({doc.sentences.of(qs) for qs in inside}):
        if max(ss, s) > start:
            parts.append((start, max(ss, s)))
        start = max(start, min(se, e))
    if start < e:
        parts.append((start, e))
    return [(ps, ps + len(text[ps:pe].rstrip())) for ps, pe in parts if text[ps:pe].strip()]


def _named_in(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The first person the lede names in full, from the given name on ("... центра имени Алмазова Евгений Шляхто":
    the name after the body's)."""
    for m in RU_NAME_RE.finditer(text, s, e):
        words = m.group().split()
        k = next((i for i, w in enumerate(words[:-1]) if is_given(w)), None)
        if k is not None:
            at = m.start() + len(" ".join(words[:k])) + (1 if k else 0)
            return at, m.end()
    return None


__all__ = ["answers", "interview_answers", "questions"]
