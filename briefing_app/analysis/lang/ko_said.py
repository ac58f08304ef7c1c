"""Korean reported speech whose speaker is named after its words: "현대차가 리콜한다고 국토교통부가 5일
밝혔다" (the wire's usual order: the news first, then who says so, as the subject of the verb)."""
from __future__ import annotations

import re

from briefing_app.analysis.lang import ko_words
from briefing_app.analysis.lang.common import Emit

AFTER_VERBS = ("밝혔다 전했다 말했다 설명했다 발표했다 공시했다 공지했다 보도했다 알렸다 전망했다 예상했다 "
               "내다봤다 덧붙였다 강조했다 주장했다 지적했다 보고했다 확인했다 공개했다").split()
# "…한다고 국토교통부가 5일 밝혔다": 다/라 + 고, the subject (one to three words) with 이/가/은/는, a date or
# a venue at most, then the verb ending the sentence
SUBJECT_AFTER_RE = re.compile(
    r"(?<=[다라])고[ \t]+(?P<np>[가-힣A-Za-z0-9]+(?:[ \t]+[가-힣A-Za-z0-9]+){0,2}?)(?:이|가|은|는)[ \t]+"
    r"(?:\d{1,2}일[ \t]+|이날[ \t]+)?(?:[가-힣A-Za-z0-9]+에서[ \t]+)?(?P<verb>" + "|".join(AFTER_VERBS) + r")(?=[.\n])")
CUTS = ".\n“”\"「」"


def subject_after(text: str, emit: Emit) -> None:
    """'CONTENT다고 X가 밝혔다': the words from the sentence's start to 고, said by X, when X names someone
    who can speak (a body, a title, a country, a person's name) and the words hold no quotation."""
    if "고 " not in text:
        return
    for m in SUBJECT_AFTER_RE.finditer(text):
        words = m.group("np").split()
        last = words[-1]
        if not (ko_words.org_word(last) or ko_words.is_title(last) or last in ko_words.COUNTRIES
                or ko_words.name_like(last) and len(words) == 1 and last[:1] in ko_words.SURNAMES):
            continue
        floor = max(m.start() - 400, 0)
        cut = max(text.rfind(c, floor, m.start()) for c in CUTS)
        if cut != -1 and text[cut] not in ".\n":
            continue  # a quotation inside: the direct-quote rules have it
        start = cut + 1 if cut != -1 else floor
        while start < m.start() and text[start] in " \t":
            start += 1
        emit(start, m.start(), m.start("np"), m.end("np"), m.group("verb"), m.group("np"))


# "광주시는 수위가 오르고 있다며 대피를 권고했다": the topic says the words before 며, then acts
WITH_MYE_RE = re.compile(r"(?<=[다라])며[ \t]+[^.\n\"“”]{2,60}?[가-힣]+(?:했다|혔다|였다|었다|았다|냈다)(?=[.\n])")
CITY_RE = re.compile(r"[가-힣]{1,4}(?:시|군|구)")  # "광주시는": a city's government
TOPIC_RE = re.compile(r"[가-힣A-Za-z0-9]+?(?:은|는|도|이|가)")


def with_mye(text: str, emit: Emit) -> None:
    """'X는 CONTENT다며 Y했다' (no quotation): the words before 며 are X's, when X names someone who can speak."""
    if "다며 " not in text and "라며 " not in text:
        return
    for m in WITH_MYE_RE.finditer(text):
        floor = max(m.start() - 300, 0)
        cut = max(text.rfind(c, floor, m.start()) for c in CUTS)
        if cut != -1 and text[cut] not in ".\n":
            continue  # a quotation inside: the direct-quote rules have it
        start = cut + 1 if cut != -1 else floor
        words = list(re.finditer(r"\S+", text[start:m.start()]))
        subj = next((w for w in words[:2] if TOPIC_RE.fullmatch(w.group())), None)
        if subj is None or len(words) < 3:
            continue
        head = re.sub(r"(?:은|는|도|이|가)$", "", subj.group())
        if not (ko_words.org_word(head) or ko_words.is_title(head) or head in ko_words.COUNTRIES
                or ko_words.title_word(head) or CITY_RE.fullmatch(head) or head in ("그", "그녀")):
            continue
        s0 = start + subj.end() + 1
        emit(s0, m.start(), start + subj.start(), start + subj.start() + len(head), "며", head)


__all__ = ["subject_after", "with_mye"]
