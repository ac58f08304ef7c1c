"""Korean reported speech whose speaker is named after its words: "현대차가 리콜한다고 국토교통부가 5일
밝혔다" (the wire's usual order: the news first, then who says so, as the subject of the verb)."""
from __future__ import annotations

import bisect
import re

from briefing_app.analysis.lang import ko_endings, ko_words
from briefing_app.analysis.lang.common import Emit
from briefing_app.analysis.trie import trie_pattern
from briefing_app.core.model import Quote

AFTER_VERBS = ("밝혔다 전했다 말했다 설명했다 발표했다 공시했다 공지했다 보도했다 알렸다 전망했다 예상했다 "
               "내다봤다 덧붙였다 강조했다 주장했다 지적했다 보고했다 확인했다 공개했다").split()
# "…한다고 국토교통부가 5일 밝혔다": 다/라 + 고, the subject (one to three words) with 이/가/은/는, a date or
# a venue at most, then the verb ending the sentence
SUBJECT_AFTER_RE = re.compile(
    r"(?<=[다라])고[ \t]+(?P<np>[가-힣A-Za-z0-9]+(?:[ \t]+[가-힣A-Za-z0-9]+){0,2}?)(?:이|가|은|는)[ \t]+"
    r"(?:\d{1,2}일[ \t]+|이날[ \t]+)?(?:[가-힣A-Za-z0-9]+에서[ \t]+)?(?P<verb>"
    + trie_pattern(ko_endings.styles(AFTER_VERBS, presents=False)) + r")(?=[.\n])")
CUTS = ".\n“”\"「」"


def last_cut(text: str, floor: int, at: int) -> int:
    """The last of CUTS between floor and at (a full stop, a line break or a quotation mark), or -1; a point between two
    digits is a decimal point, no full stop ("투표율이 52.1%로 집계됐다고 밝혔다": the words run back past it)."""
    cut = max(text.rfind(c, floor, at) for c in CUTS[1:])
    dot = text.rfind(".", floor, at)
    while dot > cut and 0 < dot < len(text) - 1 and text[dot - 1].isdigit() and text[dot + 1].isdigit():
        dot = text.rfind(".", floor, dot)
    return max(cut, dot)


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
        cut = last_cut(text, floor, m.start())
        if cut != -1 and text[cut] not in ".\n":
            continue  # a quotation inside: the direct-quote rules have it
        start = cut + 1 if cut != -1 else floor
        while start < m.start() and text[start] in " \t":
            start += 1
        emit(start, m.start(), m.start("np"), m.end("np"), m.group("verb"), m.group("np"))


# "광주시는 수위가 오르고 있다며 대피를 권고했다": the topic says the words before 며, then acts (a past verb in any
# contraction: "대책을 내놨다", "중재에 나섰다", "목소리가 커졌다", "손을 들어줬다")
WITH_MYE_RE = re.compile(r"(?<=[다라])며[ \t]+[^.\n\"“”]{2,60}?[가-힣]+(?:했|혔|였|었|았|냈|놨|섰|졌|렸|웠|줬)(?:다|습니다)(?=[.\n])")
CITY_RE = re.compile(r"[가-힣]{1,4}(?:시|군|구)")  # "광주시는": a city's government
TOPIC_RE = re.compile(r"[가-힣A-Za-z0-9]+?(?:\([가-힣A-Za-z0-9]{1,12}\))?(?:은|는|도|이|가)")  # ("전국공무원노동조합(전공노)은")


def with_mye(text: str, emit: Emit) -> None:
    """'X는 CONTENT다며 Y했다' (no quotation): the words before 며 are X's, when X names someone who can speak."""
    if "다며 " not in text and "라며 " not in text:
        return
    for m in WITH_MYE_RE.finditer(text):
        floor = max(m.start() - 300, 0)
        cut = last_cut(text, floor, m.start())
        if cut != -1 and text[cut] not in ".\n":
            continue  # a quotation inside: the direct-quote rules have it
        start = cut + 1 if cut != -1 else floor
        words = list(re.finditer(r"\S+", text[start:m.start()]))
        subj = next((w for w in words[:2] if TOPIC_RE.fullmatch(w.group())), None)
        if subj is None or len(words) < 3:
            continue
        head = re.sub(r"(?:\([^()]*\))?(?:은|는|도|이|가)$", "", subj.group())
        if not (ko_words.org_word(head) or ko_words.is_title(head) or head in ko_words.COUNTRIES
                or ko_words.title_word(head) or CITY_RE.fullmatch(head) or head in ("그", "그녀")):
            continue
        s0 = start + subj.end() + 1
        emit(s0, m.start(), start + subj.start(), start + subj.start() + len(head), "며", head)


# "…커졌다는 설명이다", "…12개월이라는 설명이다": a sentence that is only someone's words, glossed by a noun of saying
# with no source in it (the source spoke in the sentence before); "…미쳤다는 게 업계의 분석이다", "…라는 것이 회사
# 측 설명이다": the source named before the noun
GLOSS_NOUNS = ("설명", "분석", "지적", "주장", "전언", "평가", "판단", "얘기", "진단",
               # what a group says, pleads or foresees ("…는 게 상인들의 하소연이다", "…는 게 소식통들의 말이다")
               "말", "하소연", "전망", "관측", "목소리", "불만", "귀띔", "항변", "반론", "증언", "호소", "의견", "견해")
# a modifier between the source and the noun ("전문가들의 공통된 분석이다", "주민들의 한결같은 목소리다")
GLOSS_MODIFIERS = r"(?:(?:공통된|공통적인|한결같은|대체적인|일치된|일반적인|대체적|공통)[ \t]+)?"
GLOSS_RE = re.compile(r"(?<=[다라])는[ \t]+(?:(?:게|것이)[ \t]+(?P<np>[가-힣A-Za-z0-9]+(?:[ \t]+[가-힣A-Za-z0-9]+){0,2}?)의?[ \t]+)?"
                      + GLOSS_MODIFIERS + r"(?P<noun>" + "|".join(GLOSS_NOUNS) + r")(?:이다|이었다|입니다)(?=[.\n]|$)")
# a quotation glossed so ('“Q”는 게 외교 소식통들의 말이다', '“Q”라는 것이 업계의 설명이다'): a direct quote, its source after it
GLOSSED_QUOTE_RE = re.compile(r"[\"”」』][ \t]*(?:이라|라)?는[ \t]+(?:게|것이)[ \t]+[^.\n\"“”]{1,30}?의[ \t]+" + GLOSS_MODIFIERS
                              + r"(?:" + "|".join(GLOSS_NOUNS) + r")(?:이다|이었다|입니다)")
# (those that gloss no words without a source named: "…한다는 말이다" is the writer's "that is to say")
SOURCED_GLOSS_NOUNS = frozenset(("말", "하소연", "전망", "관측", "목소리", "불만", "귀띔", "항변", "반론", "증언", "호소", "의견", "견해"))
GLOSS_AT_RE = re.compile(trie_pattern(GLOSS_NOUNS) + r"(?:이다|이었다|입니다)")
GLOSS_REACH = 2  # sentences before a bare gloss that its source may have spoken in
GLOSS_REACH_CHARS = 40  # characters before the noun its "…다는 게 X의" may start at



def glossed(text: str, spans: list[tuple[int, int]], said: list[Quote], emit: Emit) -> None:
    """'…커졌다는 설명이다': the sentence's words are the source's, named before the noun ('게 업계의 분석이다') or,
    failing that, the speaker of a quotation or reported words in one of the GLOSS_REACH sentences before (in the
    same paragraph or the one before), never a source invented."""
    nouns = [m.start() for m in GLOSS_AT_RE.finditer(text)]  # (one scan: a str.find per noun and ending cost 27 scans)
    if not nouns:
        return
    starts = [ss for ss, _ in spans]
    for at in nouns:  # (GLOSS_RE read only before each noun: a scan of the text would stop at every 는)
        i = bisect.bisect_right(starts, at) - 1
        if i < 0:
            continue
        ss, se = spans[i]
        m = GLOSS_RE.search(text, max(ss, at - GLOSS_REACH_CHARS), min(se, at + 8))
        if m is None or m.end() < se - 1 or any(q.start < se and ss < q.end for q in said):
            continue  # (not at the sentence's end, or words already found in it)
        if not m.group("np") and m.group("noun") in SOURCED_GLOSS_NOUNS:
            continue
        if m.group("np"):
            np = m.group("np")
            np = np[:-1] if np.endswith("의") and len(np.split()[-1]) > 2 else np  # "업계의 분석": 업계
            last = np.split()[-1]
            if not (ko_words.org_word(last) or ko_words.is_title(last) or last in ko_words.COUNTRIES
                    or last in ("업계", "증권가", "당국", "정부", "측") or ko_words.name_like(last)
                    or ko_words.speaking_group(last)):  # ("전문가들의 분석이다": experts)
                continue
            group = ko_words.speaking_group(last)  # ("상인들의 하소연": the speaker is 상인, the mention keeps 들)
            speaker = np[:len(np) - len(last)] + group if group and not ko_words.org_word(last) else np
            emit(ss, m.start(), m.start("np"), m.start("np") + len(np), m.group("noun"), speaker)
            continue
        floor = spans[max(0, i - GLOSS_REACH)][0]
        if "\n\n" in text[floor:ss] and text.rfind("\n\n", floor, ss) != text.rfind("\n\n", 0, ss):
            floor = text.rfind("\n\n", floor, ss)  # (no further back than the paragraph before)
        before = [q for q in said if floor <= q.start < ss and q.speaker]
        if before:
            q = max(before, key=lambda q: q.start)
            ms, me = (q.mention.start, q.mention.end) if q.mention else (q.start, q.start)
            emit(ss, m.start(), ms, me, m.group("noun"), q.speaker)
        elif i and m.group("noun") in ACTOR_GLOSS_NOUNS:
            topic = acting_topic(text, spans[i - 1])
            if topic is not None:  # "교육부는 시험 범위를 줄인다. …위해서라는 설명이다": the ministry's explanation
                emit(ss, m.start(), topic[0], topic[1], m.group("noun"), text[topic[0]:topic[1]])


# a gloss the actor of the sentence before gives of its own act (not "분석", "전망": an analyst's, often the writer's)
ACTOR_GLOSS_NOUNS = frozenset(("설명", "주장", "전언", "얘기"))


def acting_topic(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The topic among a sentence's first two words that names someone who can speak and act ("교육부는", "서울시는",
    "김 장관은": the title with the name before it), as (start, end) without its particle, else None."""
    ss, se = span
    words = list(re.finditer(r"\S+", text[ss:se]))[:3]
    for k, w in enumerate(words[:2]):
        if not TOPIC_RE.fullmatch(w.group()) or w.group()[-1] not in "은는":
            continue
        head = re.sub(r"(?:\([^()]*\))?(?:은|는)$", "", w.group())
        if ko_words.org_word(head) or ko_words.is_title(head) or head in ko_words.COUNTRIES or CITY_RE.fullmatch(head):
            start = ss + words[k - 1].start() if k and ko_words.is_title(head) else ss + w.start()
            return start, ss + w.start() + len(head)
    return None


# "이 회장은 정부에 야간 진료 수가 인상을 요구했다", "방역 당국이 고위험군의 예방접종을 당부했다": a demand, a plea or an
# appeal put as its object (no quotation, no 고): the object is the subject's words in brief
DEMAND_VERBS = ("요구했다", "촉구했다", "당부했다", "요청했다", "호소했다", "건의했다", "주문했다")
DEMAND_AT_RE = re.compile(r"[을를] " + trie_pattern(ko_endings.styles(DEMAND_VERBS, presents=False)))
SPEAKER_RE = re.compile(r"(?P<word>[가-힣A-Za-z0-9]+?)(?:은|는|이|가)$")
DEMAND_MIN = 6  # characters of a demand the emitter keeps alone ("재수사", "해고 철회" are shorter: the verb goes with them)
# a verb's adnominal endings ('약속한', '발표된', '내놓은', '밝힌', '있는', '해야 할'): a clause describing a noun after it
ADNOMINAL = ("한", "된", "할", "될", "던", "은", "는", "힌", "낸", "든", "운")
ADDRESSEE_RE = re.compile(r"[ \t]*[가-힣A-Za-z0-9]+(?:에|에게|에게는|에도)[ \t]+")


SIDES = frozenset(("측은", "측이", "측도"))  # "회사 측은", "유족 측이": a side of a dispute as the topic


def side_of(tokens: list[str], k: int) -> str | None:
    """The side a topic "측은" stands for: the word before it ("유족 측은" -> "유족"), or None for any other token."""
    return ko_words.bare(tokens[k - 1]) if k > 0 and tokens[k] in SIDES else None


def _speaks(token: str) -> bool:
    """A topic or subject token naming someone who can speak ("회장은", "당국이", "노조는", "복지부는")."""
    m = SPEAKER_RE.fullmatch(token)
    word = m.group("word") if m else ""
    return bool(word) and (ko_words.org_word(word) is not None or ko_words.is_title(word) or word in ko_words.COUNTRIES
                           or word in ("당국", "정부", "노조"))


def _in_clause(token: str, between: list[str]) -> bool:
    """Is the subject `token` ('정부가') that of a clause describing the demand ('정부가 약속한 임금 인상을'): a verb's
    adnominal form (ADNOMINAL) stands between it and the object? (A topic, '노조는', heads the sentence.)"""
    return token[-1] in "이가" and any(len(t) > 1 and t.endswith(ADNOMINAL) for t in between)


def demands(text: str, spans: list[tuple[int, int]], emit: Emit) -> None:
    """'X는 (Y에) Z를 요구했다': Z is X's demand, when X (the last topic or subject before Z) names someone who can
    speak: a body, a title (with the name before it: '이 회장은'), a country, the authorities ('방역 당국이')."""
    ats = [m.start() + 2 for m in DEMAND_AT_RE.finditer(text)]  # (one scan for the seven verbs)
    if not ats:
        return
    starts = [ss for ss, _ in spans]
    for at in ats:
        if text.startswith("고", at + 4):
            continue  # ("정부가 태도 변화를 촉구했다고 밝혔다": the demand inside words reported, whose rule has them)
        i = bisect.bisect_right(starts, at) - 1
        if i < 0:
            continue
        ss, _ = spans[i]
        toks = list(re.finditer(r"\S+", text[ss:at]))
        words = [t.group() for t in toks]
        k = next((k for k in range(len(toks) - 2, -1, -1) if (_speaks(words[k]) or side_of(words, k))
                  and not _in_clause(words[k], words[k + 1:-1])), None)
        if k is None:
            continue
        side = side_of(words, k)
        if side:  # "유족 측은 경찰에 재수사를 요구했다": the bereaved family
            if "\"" in text[ss:at] or "“" in text[ss:at]:
                continue
            c0 = ss + toks[k].end()
            addressee = ADDRESSEE_RE.match(text, c0)
            c0 = addressee.end() if addressee else c0
            c0 += len(text[c0:at]) - len(text[c0:at].lstrip())
            emit(c0, at - 2 if at - 2 - c0 >= DEMAND_MIN else at + 4, ss + toks[k - 1].start(), ss + toks[k].end() - 1,
                 text[at:at + 4], side)
            continue
        word = SPEAKER_RE.fullmatch(toks[k].group()).group("word")  # type: ignore[union-attr]
        if "\"" in text[ss:at] or "“" in text[ss:at]:
            continue  # a quotation inside: the direct-quote rules have it
        ms = ss + toks[k - 1].start() if k and (ko_words.is_title(word) or word == "당국") else ss + toks[k].start()
        me = ss + toks[k].start() + len(word)
        c0 = ss + toks[k].end()
        addressee = ADDRESSEE_RE.match(text, c0)
        c0 = addressee.end() if addressee else c0
        while c0 < at and text[c0] in " \t":
            c0 += 1
        speaker = text[ms:me] if word == "당국" else toks[k - 1].group() if k and ko_words.is_title(word) \
            and toks[k - 1].group() in ko_words.SURNAMES | {t for t in [toks[k - 1].group()] if ko_words.name_like(t)} else word
        end = at - 2 if at - 2 - c0 >= DEMAND_MIN else at + 4  # (a short demand, "재수사를": with its verb)
        emit(c0, end, ms, me, text[at:at + 4], speaker)  # (each verb has four syllables)


# A stance or a speech act with no words quoted ("노동계는 즉각 반발했다", "대통령실은 환영 입장을 냈다", "보건복지부는 유감을
# 표명했다", "야당은 신중론을 폈다", "의원들은 서민 부담을 우려했다", "김 감독은 전력 보강을 약속했다"): a quote sentence by
# the broad reading of what one is, which the held Korean sentences were found to follow (docs/ru-speech.md, twenty-fourth
# session). Its source is the sentence's topic or subject among its first four words. Not a reaction nobody holds
# ("반응은 엇갈렸다"), not a plan or an act ("…할 계획이다", "파업에 들어갔다").
STANCE_ENDS = (r"반발했다|환영했다|환영 입장을 냈다|환영 입장을 밝혔다|환영의 뜻을 밝혔다|유감을 표명했다|유감을 나타냈다|"
                           r"우려했다|우려를 나타냈다|우려를 표명했다|불만을 나타냈다|불만을 드러냈다|의문을 제기했다|이의를 제기했다|"
                           r"문제를 제기했다|항의했다|규탄했다|비판했다|비난했다|신중론을 폈다|신중한 입장이다|반대했다|지지했다|"
                           r"촉구했다|당부했다|약속했다|시사했다|따져 물었다|반대 목소리를 냈다|목소리를 냈다|성명을 발표했다|성명을 냈다|"
                           r"논평을 냈다|입장을 냈다|입장을 밝혔다|입장을 내놨다|"
                           # advice, a request and a position confirmed ("각국에 접종을 서두를 것을 권고했다", "방침을 재확인했다")
                           r"권고했다|요청했다|재확인했다|"
                           # an apology or thanks stated ("서비스 장애에 대해 공식 사과했다", "감사의 뜻을 전했다")
                           r"사과했다|사과의 뜻을 밝혔다|감사의 뜻을 전했다|감사를 표했다|"
                           # an intention or a stance stated on a noun ("당 대표직 사퇴 의사를 밝혔다", "반대 입장을 고수했다")
                           r"의사를 밝혔다|의사를 내비쳤다|의사를 표명했다|뜻을 밝혔다|뜻을 내비쳤다|입장을 고수했다|입장을 재확인했다|"
                           r"입장을 견지했다|입장을 표명했다|뜻을 분명히 했다|입장을 분명히 했다|"
                           # idioms of a stance taken in words ("개헌 논의와는 선을 그었다", "결과에 불만을 터뜨렸다")
                           r"선을 그었다|불만을 터뜨렸다|불만을 쏟아냈다|쓴소리를 했다|날을 세웠다|각을 세웠다").split("|")
# (and their polite and honorific forms: "즉각 반발했습니다", "유감을 표명하셨다")
STANCE_END_RE = re.compile(trie_pattern(ko_endings.styles(STANCE_ENDS, presents=False)) + r"(?=[.\n]|$)")
STANCE_AT = ("했다", "냈다", "이다", "었다", "폈다", "놨다", "혔다", "습니다", "셨다", "렸다", "웠다")
STANCE_TOPIC_RE = re.compile(r"[가-힣A-Za-z0-9]+?(?:\([^()]{1,20}\))?(?:은|는|이|가|도)")
NO_HOLDERS = frozenset(("반응", "평가", "분위기", "결과", "이날", "한편"))


def stances(text: str, spans: list[tuple[int, int]], said: list[Quote], emit: Emit) -> None:
    """'X는 (…를) 반발했다 / 환영 입장을 냈다 / 우려했다': the sentence is X's stance, when no other rule read words in it and X
    is a topic or subject among the sentence's first four words (the name before a title goes with it: '임 회장은')."""
    if not any(w in text for w in STANCE_AT):
        return
    starts = [ss for ss, _ in spans]
    for m in STANCE_END_RE.finditer(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i < 0:
            continue
        ss, se = spans[i]
        if any(q.start < se and ss < q.end for q in said if q.kind in ("direct", "indirect")):
            continue
        toks = list(re.finditer(r"\S+", text[ss:m.start()]))
        k = next((k for k, t in enumerate(toks[:4]) if STANCE_TOPIC_RE.fullmatch(t.group())
                  and not VERB_ADNOMINAL_RE.search(t.group())), None)
        if k is None:
            continue
        side = side_of([t.group() for t in toks], k)
        if side:  # "항공사 측은 … 공식 사과했다": the airline, not "측"
            emit(ss, m.end(), ss + toks[k - 1].start(), ss + toks[k].end() - 1, m.group(), side)
            continue
        word = re.sub(r"(?:\([^()]*\))?(?:은|는|이|가|도)$", "", toks[k].group())
        if word in NO_HOLDERS or not word:
            continue
        ms = ss + toks[k - 1].start() if k and ko_words.is_title(word) else ss + toks[k].start()
        speaker = toks[k - 1].group() if k and ko_words.is_title(word) and toks[k - 1].group() in ko_words.SURNAMES else word
        emit(ss, m.end(), ms, ss + toks[k].start() + len(word), m.group(), speaker)


# a verb's adnominal form ending a token ("제소하는", "부당하다는"): no topic
VERB_ADNOMINAL_RE = re.compile(r"(?:하는|되는|있는|없는|않는|다는|라는)$")


__all__ = ["GLOSSED_QUOTE_RE", "GLOSS_MODIFIERS", "GLOSS_NOUNS", "demands", "glossed", "last_cut", "stances", "subject_after", "with_mye"]
