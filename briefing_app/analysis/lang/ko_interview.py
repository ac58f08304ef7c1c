"""Korean interviews whose answers carry no quotation marks: "-올해 성장률을 어떻게 보나.\\n\\n1%대 후반으로
본다. ..." Questions are paragraphs opened by a dash, "Q." or "질문"; with two or more that end like a
question the piece is an interview: the paragraph right after a question is the interviewee's answer,
and so are the ones after it up to the next question unless the reporter writes again ("한편 ...", a
sentence that reports someone). A
quoted answer ("\\"물가가 ...\\"") is left to the quotation rules. The interviewee is the person the lede
opens with ("조동철 한국개발연구원(KDI) 원장은 ...")."""
from __future__ import annotations

import re

from briefing_app.analysis.document import Document
from briefing_app.core.model import Mention, Quote

QUESTION_RE = re.compile(r"[ \t]*(?:[―—–-]|Q[.:]|질문[:.)]?)[ \t]*\S")
# how a question ends ("어떻게 보나.", "효과가 있을까.", "저출산 문제는.", "?"), not a bullet ("- 수출 7% 증가")
ASKS_RE = re.compile(r"(?:\?|(?:나|가|까|지|은|는|요|죠|데|면)\.)[ \t]*$")
QUESTIONS_MIN = 2
# the reporter again: "한편", "이와 관련해", "앞서", or someone reported ("...고 말했다.")
REPORTER_RE = re.compile(r"[ \t]*(?:한편|이와 관련해|앞서|이에 따라)|[^\n]*(?:고|라고|다고) (?:말했다|밝혔다|전했다|설명했다|강조했다)")
LEDE_NAME_RE = re.compile(r"[ \t]*(?P<name>[가-힣]{2,4})[ \t]+[가-힣A-Za-z]")
QUOTE_OPEN = "\"“'‘「"


def interview_answers(doc: Document, out: list[Quote]) -> None:
    """The unquoted answers of an interview as direct quotes of the interviewee."""
    text, paras = doc.text, doc.paras
    turns = [i for i, (s, e) in enumerate(paras[1:], 1) if QUESTION_RE.match(text, s, e) and e - s < 300]
    if sum(bool(ASKS_RE.search(text, *paras[i])) for i in turns) < QUESTIONS_MIN:
        return  # (a question may also be a statement: "-가계부채 우려가 크다.")
    asked = turns
    lede = next((LEDE_NAME_RE.match(text, s, e) for s, e in paras[1:asked[0]] if LEDE_NAME_RE.match(text, s, e)), None)
    if lede is None:
        return
    who, mention = lede.group("name"), Mention(lede.start("name"), lede.end("name"), lede.group("name"))
    for n, q in enumerate(asked):
        for i in range(q + 1, len(paras) if n + 1 == len(asked) else asked[n + 1]):
            s, e = paras[i]
            if i > q + 1 and REPORTER_RE.match(text, s, e):
                break  # (the paragraph right after a question answers it)
            if text[s:e].lstrip()[:1] in QUOTE_OPEN:
                continue  # a quoted answer: the quotation rules give it the interviewee
            out.append(Quote(s, e, text[s:e], "direct", who, mention, "인터뷰", None))


__all__ = ["interview_answers"]
