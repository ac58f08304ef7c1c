"""Korean: 김민수 장관은 “Q”고 말했다 / 그는 “Q”며 / X는 CONTENT다고 밝혔다 / headline 정부 "Q".
A title such as "장관" goes to the name before it.
"""
from __future__ import annotations

import functools
import re

from briefing_app.analysis.document import Document
from briefing_app.analysis.trie import trie_pattern
from briefing_app.analysis.lang import HANGUL_RE, ko_actors, ko_endings, ko_interview, ko_said, ko_words
from briefing_app.analysis.lang.common import CLOSING_MARKS, ScriptRules, emitter
from briefing_app.core.model import Mention, Quote

# nouns of speech a quotation is the content of ('“Q”는 입장을 밝혔다', '김 의원의 “Q”라는 발언이')
UTTERANCE_NOUNS = "입장|뜻|방침|의견|견해|말|발언|주장|지적|언급|메시지|당부|경고|호소|비판|약속"
KO_PARTICLE_AFTER_RE = re.compile(r"[\"”」』][ \t]*(?:고|라고|이라고|며|라며|이라며|면서|라면서|하고|"
                                  r"(?:는|이라는|라는)[ \t]+(?:" + UTTERANCE_NOUNS + r"))")  # "...\"는 입장을 밝혔다"
UTTERANCE_AFTER_RE = re.compile(r"[ \t]*(?:는|이라는|라는)[ \t]+(?:" + UTTERANCE_NOUNS + r")")
KO_TITLES = set("장관 회장 의원 대변인 위원장 대표 교수 소설가 시인 감독 사장 총리 대통령 원내대표 이사장 청장 시장 지사 "
                "변호사 연구원 기자 위원 국장 실장 차관 의장 총재 부장 회원 작가".split())
KO_PRONOUNS = {"그", "그녀", "그들"}
ABOUT_TOPICS = ("대해서는", "대해선", "관해서는", "관해선", "관련해서는", "관련해선", "대해서도", "에게는", "에서는")
# verbs of saying after an indirect quotation ("…다고 밝혔다", "…라고 전망했다")
KO_SAY_VERBS = ("밝혔다 전했다 말했다 설명했다 강조했다 주장했다 덧붙였다 전망했다 지적했다 비판했다 반박했다 우려했다 "
                "분석했다 답했다 발표했다 촉구했다 경고했다 약속했다 언급했다 해명했다 토로했다 평가했다 진단했다 "
                "예상했다 내다봤다 말했다 했다 알렸다 공개했다 보도했다 요구했다 시사했다 반발했다 맞섰다 "
                "조언했다 제안했다 당부했다 호소했다 시사했다 꼬집었다 일축했다 부인했다 확인했다 예측했다 "
                "설명했습니다 밝혔습니다 말했습니다 "
                # disclosures, admissions and forecasts ("…집계됐다고 공시했다", "…없다고 선을 그었다")
                "공시했다 공지했다 보고했다 인정했다 시인했다 선언했다 자신했다 관측했다 추정했다 판단했다 "
                "풀이했다 털어놨다 귀띔했다 못박았다 부연했다 질타했다 성토했다 봤다 "
                # announcements and emphasis ("…하겠다고 예고했다", "…필요하다고 역설했다")
                "예고했다 공언했다 역설했다 항변했다 천명했다 피력했다 표명했다 "
                # a court's reasoning, a forecast and requests ("…라고 판시했다", "…겠다고 예보했다", "…달라고 요청했다")
                "판시했다 판결했다 예보했다 요청했다 주문했다 통보했다 안내했다 재확인했다 "
                # a pledge and a hope put into words ("…노력하겠다고 다짐했다", "…회복되길 바란다고 기대했다")
                "다짐했다 기대했다 건의했다 "
                # the present of a view stated ("…개인 사업자라고 말한다", "…필요하다고 강조한다")
                "말한다 설명한다 주장한다 강조한다 지적한다").split() + ["선을 그었다"] + [
                # said before ("…라고 밝힌 바 있다"), said besides ("…라고 말하기도 했다"), said together or loudly
                f"{verb} 바 있다" for verb in "밝힌 말한 강조한 지적한 설명한 주장한 언급한 전한 경고한".split()] + [
                f"{verb}기도 했다" for verb in "밝히 말하 강조하 지적하 설명하 주장하 덧붙이 전하".split()] + [
                "입을 모았다", "목소리를 높였다"] + [
                # confessions, rejoinders, pleas and posts ("…살렸다고 고백했다", "…할 일이냐고 반문했다", "…높다고 하소연했다",
                # "SNS에 …죄송하다고 적었다", "…였다고 회고했다")
                "고백했다", "반문했다", "되물었다", "물었다", "하소연했다", "적었다", "썼다", "회고했다", "회상했다", "술회했다",
                "일갈했다", "응수했다", "맞받았다", "비꼬았다", "못 박았다", "장담했다", "단언했다", "확언했다", "자평했다",
                "증언했다", "진술했다", "개탄했다", "한탄했다", "불평했다", "반론했다", "제언했다", "충고했다", "권고했다",
                "호언했다", "논평했다", "내비쳤다", "예견했다", "자랑했다", "사과했다",
                # orders and questions pressed ("…기울이라고 지시했다", "…미뤘느냐고 따졌다"), a charge set out ("…받았다고
                # 적시했다"), and words said, known by hearsay from a named source ("X는 …라고 지시한 것으로 알려졌다")
                "지시했다", "명령했다", "따졌다", "추궁했다", "캐물었다", "적시했다", "명시했다", "기재했다"] + [
                f"{verb} 것으로 {known}" for verb in "말한 밝힌 지시한 요구한 주장한 강조한 전한 언급한 통보한".split()
                for known in ("알려졌다", "전해졌다")]
# an adverb between 고 and its verb ("…라고 거듭 강조했다", "…라고 재차 밝혔다", "…라고 다시 한번 강조했다")
KO_SAY_ADVERBS = r"(?:거듭|재차|다시 한번|다시 한 번|다시|또|이어|특히|분명히|강하게|거듭해서|한목소리로)\s+"
# where or to whom the words were said, between 고 and its verb ("…라고 기자들에게 말했다", "…고 14일 정례브리핑에서 밝혔다",
# "…라고 국회 본회의에서 말했다", "…달라고 정부에 건의했다", "…고 기자들과 만나 말했다", "…라고 기자들을 만나 말했다"; a venue and
# an addressee both: "…고 국회에서 기자들을 만나 밝혔다")
KO_SAY_VENUE = (r"(?:(?:[가-힣A-Za-z0-9]+[ \t]+){0,2}?[가-힣A-Za-z0-9]+(?:에서|에게|에|께)[ \t]+|"
                r"[가-힣A-Za-z0-9]+(?:과|와|을|를)[ \t]+만나[ \t]+)")
KO_SAY_END_RE = re.compile(r"(?<=[다라자냐])고\s+(?:\d{1,2}일\s+|이날\s+)?" + KO_SAY_VENUE + r"{0,2}(?:" + KO_SAY_ADVERBS + r")?(?P<verb>" + trie_pattern(ko_endings.styles(KO_SAY_VERBS))
                           + r")")
# "…늦춰질 것으로 전망했다" (a forecast), "…필요하다는 입장이다" (a stance): each read only where its words are
KO_FORECAST_VERBS = ("전망했다 예상했다 예측했다 관측했다 내다봤다 분석했다 추정했다 예보했다".split() + ["전망하고 있다", "예상하고 있다",
                     # (an expectation held: "…회복될 것으로 보고 있다", "…것으로 기대했다"; not "것으로 보인다": no one's)
                     "보고 있다", "기대했다", "기대하고 있다"])
KO_FORECAST_RE = re.compile(r"[ \t]것으로\s+(?P<fverb>" + trie_pattern(ko_endings.styles(KO_FORECAST_VERBS, presents=False)) + r")")
# a stance held or voiced with its content before it ("…이어가겠다는 입장을 고수했다", "…없다는 뜻을 분명히 했다")
STANCE_HELD_VERBS = ("밝혔다 내놨다 내놓았다 내비쳤다 고수했다 견지했다 재확인했다 되풀이했다 유지했다 고집했다 표명했다 피력했다 "
                     "나타냈다 드러냈다 전했다 강조했다").split() + ["분명히 했다", "거듭 밝혔다"]
KO_STANCE_RE = re.compile(r"(?<=[다라])는\s+(?P<sverb>입장이다|견해다|의견이다|주장이다|방침이다|"
                          r"(?:입장|뜻|의사|의견|견해|방침)[을를] " + trie_pattern(ko_endings.styles(STANCE_HELD_VERBS, presents=False)) + r"|"
                          r"계획을 밝혔다|"
                          # a point made ("…최우선이라는 점을 강조했다", "…없다는 점을 분명히 했다")
                          r"점을 강조했다|점을 지적했다|점을 분명히 했다|점을 밝혔다|점을 부각했다)")
# a view held ("…물러서야 한다고 보고 있다", "…크다고 내다보고 있다"), read only where its words are
KO_HELD_RE = re.compile(r"(?<=[다라자])고\s+(?P<verb>보고 있다|내다보고 있다|주장하고 있다|우려하고 있다|판단하고 있다|강조하고 있다)")
HELD_WORDS = ("고 보고 있다", "고 내다보고 있다", "고 주장하고 있다", "고 우려하고 있다", "고 판단하고 있다", "고 강조하고 있다")
HELD_FORECASTS = frozenset(ko_endings.styles(("보고 있다", "기대했다", "기대하고 있다"), presents=False))
FORECAST_WORDS = ("것으로 전망", "것으로 예상", "것으로 예측", "것으로 관측", "것으로 내다", "것으로 분석", "것으로 추정", "것으로 예보",
                  "것으로 보고 있", "것으로 기대")
STANCE_WORDS = ("는 입장", "는 견해", "는 의견", "는 주장이다", "는 방침이다", "는 뜻을", "는 의사를", "는 방침을",
                "는 계획을", "는 점을")


def _say_ends(text: str) -> list[tuple[str, re.Match[str]]]:
    """The ends of reported speech, each with the name of its verb's group: a verb of saying after 고 ("verb"), and
    (when the text has their words) a forecast with 것으로 ("fverb"), a stance with 는 입장이다 ("sverb") or a view held
    with 고 보고 있다 ("verb")."""
    ends = [("verb", m) for m in KO_SAY_END_RE.finditer(text)]
    if any(w in text for w in FORECAST_WORDS):
        ends += (("fverb", m) for m in KO_FORECAST_RE.finditer(text))
    if any(w in text for w in STANCE_WORDS):
        ends += (("sverb", m) for m in KO_STANCE_RE.finditer(text))
    if any(w in text for w in HELD_WORDS):
        ends += (("verb", m) for m in KO_HELD_RE.finditer(text))
    return ends
# verbs modifying a noun ("답하는 형식으로", "있는", "없는"): no subject
ADNOMINAL_RE = re.compile(r"(?:하는|있는|없는|되는|않는|라는|다는|이라는|하던|되던|받는|주는|가는|오는)$")
# (of those, the endings no noun with 는 has: "제소하는 방안도" is no topic, "증권가는" is one; 다는/라는 only after a
# verb's syllable, "부당하다는", "불법이라는", "열겠다는": a name ending so, "캐나다는", "베네수엘라는", "우간다는", is a topic)
VERB_ADNOMINAL_RE = re.compile(r"[가-힣](?:하는|되는|있는|없는|않는|받는|하던|되던)$|"
                               r"(?:하|한|는|었|았|였|겠|됐|했|이|으|된|있|없|않)(?:다는|라는)$")
# "X에 따르면 CONTENT다." (and "에 의하면"; "소식통의 설명에 따르면", "관계자의 말을 빌리면": the owner of the words), read
# backwards from each of its fixed words (a scan from every syllable of the text cost more than the rest of the rule set)
ACCORDING_WORDS = (" 따르면", " 의하면", " 빌리면")
WORDS_OF = r"(?P<owner>[가-힣A-Za-z0-9]+)의[ \t]+(?:말|설명|분석|주장|전언|발표|자료|집계|조사|추산|추정|전망|보고서)"
ACCORDING_SOURCE_RE = re.compile(r"(?:" + WORDS_OF + r"에|(?P<src>[가-힣A-Za-z0-9]+)에)\Z")
BORROWED_SOURCE_RE = re.compile(WORDS_OF + r"[을를]\Z")  # ("…의 말을 빌리면")
ACCORDING_CONTENT_RE = re.compile(r"[ \t]+(?P<c>[^\n]+?다)\.(?=\s|$)")
ACCORDING_REACH = 40  # characters before the fixed words that the source is looked for in
CONNECTIVE_RE = re.compile(r"(?:면서도|면서|으며|지만|는데도|고도|하며|해도|어도|아도)$")  # "환영하면서도": a verb, no topic
# a case ending before 는 (an adverbial set off as a contrast, never the speaker: "노조는 임금 인상 없이는 파업을 이어가겠다고",
# "2025년도는")
ADVERBIAL_TOPICS = ("년도", "없이는", "으로는", "와는", "과는", "보다는", "까지는", "부터는", "에는")  # ("파업에는": a place or a time)
SIDE_TOPICS = frozenset(("측은", "측이", "측도"))  # "회사 측은", "병원 측이": a side of a dispute as the topic
PAREN_RE = re.compile(r"\([^()]{1,20}\)")
KO_SUBJECT_RE = re.compile(r"[가-힣A-Za-z0-9]+?(?:은|는|도)")  # the topic: 통일부는, 장관도
KO_NOMINATIVE_RE = re.compile(r"[가-힣A-Za-z0-9]+?(?:이|가)")  # failing a topic: 전문가들이



def ko_kind(text: str, start: int, end: int, open_at: int) -> str | None:
    """Korean quotations followed by a quotative particle, or a headline quote right after a
    speaker's name, are direct whatever their length."""
    if not HANGUL_RE.search(text, start, end):
        return None
    if KO_PARTICLE_AFTER_RE.match(text, end) or ko_said.GLOSSED_QUOTE_RE.match(text, end):
        return "direct"
    line_start = text.rfind("\n", 0, open_at) + 1
    if line_start == 0 and re.search(r"[가-힣][ \t]*$", text[line_start:open_at]):
        return "direct"
    return None


def _ko_speaker(text: str, open_at: int, last: str | None) -> tuple[int, int, str] | None:
    lo = max(open_at - 300, 0)
    dot = text.rfind("다.", lo, open_at)
    s0 = max(text.rfind("\n", lo, open_at) + 1, dot + 2 if dot != -1 else 0, lo)
    prev_close = max(text.rfind(c, s0, open_at) for c in "”」』\"")
    if prev_close != -1:
        if last and re.fullmatch(r"[ \t]*(?:며|라며|이라며|고|면서|라면서|하며)?[ \t]*", text[prev_close + 1:open_at]):
            return None if last is None else (-1, -1, last)  # 「A」며 「B」: the same speaker
        s0 = prev_close + 1
    toks = list(re.finditer(r"[가-힣A-Za-z0-9]+", text[s0:open_at]))
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i].group()
        if t in ("은", "는", "이", "가") and i > 1 and text.startswith(")", s0 + toks[i].start() - 1):
            i -= 1  # "DS부문장(사장)은": the rank in brackets, its holder's title before it
            while i > 0 and not text.startswith("(", s0 + toks[i].start() - 1):
                i -= 1
            t = toks[i - 1].group() + "은" if i > 0 else t
            i -= 1
        m = re.fullmatch(r"(.+?)(?:은|는|이|가)", t) or re.fullmatch(r"(.+?)도", t)
        if not m or t in KO_TITLES or ADNOMINAL_RE.search(t) or t.endswith(ABOUT_TOPICS):  # ("요구에 대해서는")
            continue
        if t.endswith("도") and not (m.group(1) in KO_TITLES or ko_words.is_title(m.group(1))):
            continue  # "의원도" ("also the lawmaker") speaks; "경기도" is a province
        if t.endswith(("이", "가")) and not t.endswith("들이") and not _speaker_word(t) \
                and not (len(m.group(1)) == 3 and ko_words.name_like(m.group(1))) \
                and any(_speaker_word(u.group()) or u.group()[:-1] in PLAIN_BODIES for u in toks[:i] if u.group().endswith(("은", "는"))):
            # "국무부는 한미 동맹이 “Q”고 밝혔다": the subject of the words; the topic before it speaks (not people, "기자들이
            # “Q”고 묻자", nor a person's full name)
            continue
        head = ko_words.plain_topic(m.group(1))  # ("할머니께서는", "장관님은")
        a, b = s0 + toks[i].start(), s0 + toks[i].start() + len(head)
        if head in KO_PRONOUNS:  # (nobody spoke before: the pronoun, which link_speakers ties to the person named last)
            return a, b, last or head
        if head in ("노조", "노조측") and i > 0:  # "철도 노조는": the union, by the trade it organises
            return s0 + toks[i - 1].start(), b, f"{toks[i - 1].group()} 노조"
        if head in ("사측", "측") and i > 0:  # "현대차 사측은": the company
            return s0 + toks[i - 1].start(), b, ko_words.bare(toks[i - 1].group())
        if head == "씨" and i > 0:  # "상인 박모 씨는", "시민 김모(45) 씨는": the name before 씨
            k = i - 2 if i >= 2 and toks[i - 1].group().isdigit() else i - 1
            return s0 + toks[k].start(), b, citizen(toks[k].group())
        if (head in KO_TITLES or ko_words.is_title(head)) and i > 0:
            k = i - 2 if i >= 2 and text.startswith(")", s0 + toks[i - 1].end()) else i - 1  # "김기현(국민의힘) 의원은"
            if toks[k].group() in ko_words.NOT_NAMES:
                return a, b, head  # "해당 의원은": the lawmaker, unnamed
            return s0 + toks[k].start(), b, toks[k].group()
        return a, b, head
    m = re.search(r"([가-힣]+)[ \t]*$", text[s0:open_at])
    if m and "\n" not in text[:open_at]:  # the headline: 정부 "Q"…업계 "환영"
        return s0 + m.start(1), s0 + m.end(1), m.group(1)
    return None


@functools.lru_cache(maxsize=4096)
def _connective(token: str) -> bool:
    """Does the token end like a verb joining two clauses ("환영하면서도")?"""
    return CONNECTIVE_RE.search(token) is not None


@functools.lru_cache(maxsize=4096)
def _speaker_word(token: str) -> bool:
    """Does a topic token name someone who can speak: a title, a body, a pronoun ("지사는", "합참은")?"""
    word = PAREN_RE.sub("", token)[:-1]
    if _connective(token):
        return False
    return word in KO_PRONOUNS or ko_words.is_title(word) or ko_words.org_word(word) is not None \
        or word in ko_words.COUNTRIES or word in PLAIN_BODIES  # ("정부는 추가 감세는 없다는 뜻을": the government)


def _noun_in_do_after_subject(toks: list[re.Match[str]], t: re.Match[str]) -> bool:
    """Is t a word ending in 도 that names no speaker ("상수도", "제도", "태도", "지하도": a noun, or a thing "also" weighed)
    after a subject marked 이/가 ("서울시가 상수도 사업 일부를 ... 철회했다고 밝혔다": 서울시 speaks, not "상수")?"""
    if not t.group().endswith("도") or _speaker_word(t.group()):
        return False
    return any(KO_NOMINATIVE_RE.fullmatch(PAREN_RE.sub("", u.group())) and not _connective(u.group())
               for u in toks[:toks.index(t)])


def _according(text: str) -> list[tuple[int, int, re.Match[str]]]:
    """Each "X에 따르면 CONTENT다." in the text, in order: the source's span and the content's match; a content that an
    earlier one runs over is skipped."""
    found = []
    for word in ACCORDING_WORDS:
        at = text.find(word)
        while at != -1:
            base = max(0, at - ACCORDING_REACH)
            m = (BORROWED_SOURCE_RE if word == " 빌리면" else ACCORDING_SOURCE_RE).search(text, base, at)
            c = ACCORDING_CONTENT_RE.match(text, at + len(word)) if m else None
            if m and c:
                g = "owner" if m.group("owner") else "src"  # (BORROWED_SOURCE_RE has only the owner)
                found.append((m.start(g), m.end(g), c))
            at = text.find(word, at + len(word))
    found.sort(key=lambda f: f[0])
    kept: list[tuple[int, int, re.Match[str]]] = []
    for f in found:
        if not kept or f[0] >= kept[-1][2].end():  # (as a scan of the text would: no match inside an earlier one)
            kept.append(f)
    return kept


def _reported(doc: Document, out: list[Quote]) -> None:
    text = doc.text
    emit = emitter(doc, out)
    for src_start, src_end, c in _according(text):  # "한국거래소에 따르면 ... 마감했다."
        emit(c.start("c"), c.end("c"), src_start, src_end, "따르면", text[src_start:src_end])
    elided: list[tuple[int, int, str, tuple[int, int] | None]] = []  # words whose sentence names no subject (the one before speaks on)
    for kind, end in _say_ends(text):
        cue = end.group(kind)
        content_end = end.start() + 1 if kind == "verb" else end.start()
        floor = max(end.start() - 300, 0)
        cut = ko_said.last_cut(text, floor, end.start())  # (not a decimal point: "2.4% 올랐다고 발표했다")
        c0 = cut + 1 if cut != -1 else floor
        chunk = text[c0:content_end if kind == "sverb" else end.start() + 1]  # ("필요하다는 입장이다": not a topic)
        toks = list(re.finditer(r"\S+", chunk))
        side = next((k for k, t in enumerate(toks[1:4], 1) if t.group() in SIDE_TOPICS), None)
        if side is not None:  # "회사 측은 생산 차질은 없다고 밝혔다": the side speaks, not "차질"
            s = c0 + toks[side].end()
            emit(s + len(text[s:end.start()]) - len(text[s:end.start()].lstrip()), end.start() + 1,
                 c0 + toks[side - 1].start(), c0 + toks[side].end() - 1, cue,
                 f"{toks[side - 1].group()} 측")
            continue
        carried = _after_quotation(doc, text, cut, c0, end.start()) if cut != -1 else None
        if carried is not None:  # '박 장관은 "Q"면서도 불법 파업에는 …하겠다고 강조했다': the quotation's speaker goes on
            q, s = carried
            emit(s, content_end, q.mention.start, q.mention.end, cue, q.speaker)  # type: ignore[union-attr]
            continue
        subj = None
        for rx in (KO_SUBJECT_RE, KO_NOMINATIVE_RE):
            for t in toks[:4]:  # "교수(컴퓨터공학)는": the bracket aside
                if rx.fullmatch(PAREN_RE.sub("", t.group())) and not (rx is KO_NOMINATIVE_RE and subj) \
                        and not t.group().endswith(ADVERBIAL_TOPICS) \
                        and not _connective(t.group()) \
                        and not (subj is not None and _speaker_word(subj.group()) and not _speaker_word(t.group())) \
                        and not (subj is not None and subj.group().endswith(("은", "는")) and t.group().endswith("도")
                                 and (_speaker_word(subj.group()) or not _speaker_word(t.group()))) \
                        and not VERB_ADNOMINAL_RE.search(t.group()) \
                        and not (rx is KO_SUBJECT_RE and _noun_in_do_after_subject(toks, t)):
                    subj = t  # (a later topic that names nobody, "동향은", "협의도", leaves a speaker's word first; so does
                    # a later "도" after a topic: "전공노는 ... 제소하는 방안도 검토하고 있다고": 방안 is what is weighed)
            if subj is not None:
                break
        if subj is None and kind == "verb":
            placed = any(t.group().endswith("에는") for t in toks[:4])  # ("제주 산지에는 …": a place, no speaker)
            elided.append((c0, content_end, cue, (end.start(kind), end.end(kind)) if placed else None))
            continue
        if subj is None or cue in HELD_FORECASTS and subj.group().endswith("에서는"):
            continue  # ("업계에서는 …것으로 보고 있다": a field's general view, no one's words, as the tuned answers read it)
        s = c0 + subj.end()
        rest = re.match(r"\s*(?:\d+일\s+)?(?:[가-힣]+에서\s+)?", text[s:end.start() + 1])
        s += rest.end() if rest else 0
        head = ko_words.plain_topic(subj.group()[:-1])  # ("선생님께서는", "교수님은")
        k = toks.index(subj)
        if head == "노조" and k and toks[k - 1].end() + 1 == subj.start():  # "시내버스 노조는": the union
            emit(s, content_end, c0 + toks[k - 1].start(), c0 + subj.start() + 2, cue, f"{toks[k - 1].group()} 노조")
            continue
        if head == "씨" and k:  # "주부 이모 씨는 …고 말했다": the name before 씨
            emit(s, content_end, c0 + toks[k - 1].start(), c0 + subj.start() + 1, cue,
                 citizen(PAREN_RE.sub("", toks[k - 1].group())))
            continue
        named = surname_before(toks, k, head)
        if named is not None:  # "김 교수님은 …고 강조하셨다": 김 교수, as the direct quotes name a titled speaker
            emit(s, content_end, c0 + named.start(), c0 + subj.start() + len(head), cue, named.group())
            continue
        emit(s, content_end, c0 + subj.start(), c0 + subj.start() + len(head), cue, head.strip())
    for s, e, cue, verb in elided:
        s += len(text[s:e]) - len(text[s:e].lstrip())
        prev = speaker_before(doc, out, s)
        if prev is not None and prev.mention is not None:  # "기상청은 …예상했다. 제주 산지에는 …내리겠다고 전했다.": 기상청
            emit(s, e, prev.mention.start, prev.mention.end, cue, prev.speaker)
        elif verb is not None:  # (nobody named before: the words are still someone's, unnamed)
            emit(s, e, verb[0], verb[1], cue, None)
    ko_said.subject_after(text, emit)
    ko_said.with_mye(text, emit)
    ko_interview.interview_answers(doc, out)
    ko_said.glossed(text, doc.sentences.spans, doc.quotes + out, emit)
    ko_said.demands(text, doc.sentences.spans, emit)
    ko_said.stances(text, doc.sentences.spans, doc.quotes + out, emit)


# the connective right after a quotation that carries its speaker on to the indirect words after it ('"Q"면서도 …고',
# '"Q"며 …다고', '"Q"라면서 …라고')
AFTER_QUOTE_LINK_RE = re.compile(r"(?:이)?(?:라)?(?:면서도|면서|며)[ \t]+")


def _after_quotation(doc: Document, text: str, cut: int, c0: int, end: int) -> tuple[Quote, int] | None:
    """When the words before a verb of saying open right after a quotation and its connective ('"Q"면서도 불법 파업에는
    …'), the quotation (with its speaker) and where the words start; else None."""
    if text[cut] not in CLOSING_MARKS:
        return None
    link = AFTER_QUOTE_LINK_RE.match(text, c0, end)
    q = next((q for q in doc.quotes if q.kind == "direct" and cut - 1 <= q.end <= cut + 1 and q.speaker and q.mention), None)
    return (q, link.end()) if link and q is not None else None


def speaker_before(doc: Document, out: list[Quote], at: int) -> Quote | None:
    """The words with a named speaker in the sentence right before the one at `at`, in the same paragraph (Korean drops
    a subject the sentence before named: "기상청은 …예상했다. 제주 산지에는 …내리겠다고 전했다."), else None."""
    ss, _ = doc.sentences.of(at)
    if ss == 0 or "\n" in doc.text[max(0, ss - 2):ss]:
        return None
    ps, pe = doc.sentences.of(ss - 1)
    before = [q for q in doc.quotes + out if ps <= q.start < pe and q.speaker and q.kind in ("direct", "indirect")]
    return max(before, key=lambda q: q.start) if before else None


def citizen(name: str) -> str:
    """The speaker a name before "씨" stands for: the name, or with 씨 a name withheld ("박모" -> "박모 씨")."""
    return f"{name} 씨" if name.endswith("모") else name


def surname_before(toks: list[re.Match[str]], k: int, head: str) -> re.Match[str] | None:
    """The surname standing alone right before a title topic ("김 교수는", "박 원장님께서는"), else None."""
    if k and ko_words.is_title(head.strip()) and toks[k - 1].group() in ko_words.SURNAMES \
            and toks[k - 1].end() + 1 == toks[k].start():
        return toks[k - 1]
    return None


# the speaker after the quotation: '"Q"고 최상목 부총리는 설명했다', '"Q" 박 의원의 말이다'
KO_AFTER_RE = re.compile(r"[ \t]*(?:(?:이)?라고|고|며|라며|(?:이라|라)?는[ \t]+(?:게|것이))?[ \t]+"
                         r"(?:[가-힣A-Za-z0-9]+에서[ \t]+만난[ \t]+)?(?P<np>[가-힣A-Za-z]{1,12}(?:[ \t]+[가-힣A-Za-z]{1,12}){0,2}?)"
                         r"(?:(?:은|는|이|가)[ \t]+[가-힣]+(?:했다|혔다|였다|었다|았다)|의[ \t]+" + ko_said.GLOSS_MODIFIERS
                         + r"(?:" + "|".join(ko_said.GLOSS_NOUNS) + r")(?:이다|이었다|입니다))")
# '"Q." 김병기 원내대표는 5일 기자간담회에서 이같이 말했다.': the next sentence says who said it
KO_THUS_RE = re.compile(r"[.]?[ \t]+(?P<np>[가-힣A-Za-z]{2,12}(?:[ \t]+[가-힣A-Za-z]{1,12}){0,3}?)(?:은|는|이|가)[ \t]+"
                        r"[^.\n\"“”]{0,60}?(?:이같이|이렇게|이와 같이)[ \t]+[가-힣]+(?:했다|혔다|였다|었다|았다)")
# a paragraph that is only a quotation, after one whose subject is a person: '이재명 대통령은 국무회의를 주재했다.\n\n"Q"'
KO_TOPIC_RE = re.compile(r"(?P<np>[가-힣]{2,4}(?:[ \t]+[가-힣]{1,8}){0,2}?)(?:은|는)[ \t]")
# a sentence that carries on the last speaker's words: '그러면서 "Q"고 당부했다', '이어 "Q"라고 말했다'
KO_CARRY_RE = re.compile(r"(?:그러면서|이어|이어서|또|또한|아울러|그러나|하지만|다만|특히|그는|그녀는)[ \t]*$")


PLAIN_BODIES = frozenset("정부 당국 검찰 경찰 법원 야당 여당 재판부 노조 업계 회사 학계 시민단체".split())  # topics that speak
UNNAMED_SOURCES = ("관계자", "당국자", "소식통")  # '"Q." 정부 고위 관계자의 말이다': an official, unnamed


def _speaker_after(text: str, close: int) -> tuple[int, int, str] | None:
    """A speaker named after the quotation, with no subject before it (the quotation opens the sentence)."""
    m = KO_AFTER_RE.match(text, close) or KO_THUS_RE.match(text, close)
    if m is None:
        return None
    words = m.group("np").split()
    if not any(ko_words.is_title(w) or ko_words.name_like(w) or ko_words.org_word(w) or w.endswith(UNNAMED_SOURCES)
               or ko_words.speaking_group(w) for w in words):
        return None
    group = ko_words.speaking_group(words[-1])
    if group and words[-1].endswith("들"):  # '“Q”는 게 외교 소식통들의 말이다': the group, not a name before it
        return m.start("np"), m.end("np"), " ".join(words[:-1] + [group])
    if len(words) > 1 and words[0] == "한" and words[-1].endswith(UNNAMED_SOURCES):
        words = words[1:]  # '"Q." 한 업계 관계자의 설명이다': "an" industry official, no one named 한
    if len(words) > 1 and words[-1] == "씨":
        return m.start("np"), m.end("np"), words[-2]  # ("주부 최영희 씨": the name before 씨, not the trade)
    name = next((w for w in words if ko_words.name_like(w) and not ko_words.is_title(w)), words[0])
    return m.start("np"), m.end("np"), name


def _paragraph_after_subject(text: str, open_at: int) -> tuple[int, int, str] | None:
    """A quotation that is a paragraph of its own: the person the paragraph before has as its subject."""
    para = text.rfind("\n", 0, open_at) + 1
    if text[para:open_at].strip() or para < 2:
        return None
    prev_end = len(text[:para].rstrip())
    prev_start = text.rfind("\n", 0, prev_end) + 1
    m = KO_TOPIC_RE.match(text, prev_start, prev_end)
    if m is None:
        return None
    words = m.group("np").split()
    name = next((w for w in words if ko_words.name_like(w) and not ko_words.is_title(w)), None)
    if name is None or not any(ko_words.is_title(w) for w in words[1:]):
        return None  # (a person with a title: "이재명 대통령은", not "정부는")
    return m.start("np"), m.end("np"), name


def _owner_before(text: str, q: Quote) -> tuple[int, int, str] | None:
    """'김 의원의 “Q”라는 발언이': the quotation's owner in the genitive right before it, when a noun of speech follows it."""
    if not UTTERANCE_AFTER_RE.match(text, q.end + 1):
        return None
    base = max(0, q.start - 41)
    m = re.search(r"(?:(?P<name>[가-힣]{1,4})[ \t]+)?(?P<owner>[가-힣A-Za-z0-9]+)의[ \t]*$", text[base:q.start - 1])  # (before the mark)
    if m is None:
        return None
    owner = m.group("owner")
    if ko_words.is_title(owner) and m.group("name") and (m.group("name") in ko_words.SURNAMES or ko_words.name_like(m.group("name"))):
        return base + m.start("name"), base + m.end("owner"), m.group("name")  # "김 의원의": the lawmaker 김
    if ko_words.is_title(owner) or ko_words.org_word(owner) or owner in ko_words.COUNTRIES or ko_words.name_like(owner):
        return base + m.start("owner"), base + m.end("owner"), owner
    return None


# 'X는 이렇게 설명했다. “Q”': the sentence before announces the quotation and names its speaker
ANNOUNCED_RE = re.compile(r"(?P<np>[가-힣A-Za-z0-9]{2,12}(?:[ \t]+[가-힣A-Za-z0-9]{1,12}){0,3}?)(?:은|는|이|가)[ \t]+[^.\n\"“”]{0,40}?"
                          r"(?:이렇게|이같이|다음과 같이|이와 같이)[ \t]+"
                          + trie_pattern(ko_endings.styles("말했다 밝혔다 설명했다 강조했다 전했다 답했다 덧붙였다 적었다 썼다 주장했다 "
                                                           "지적했다 회고했다 털어놨다 호소했다".split())) + r"[.:][ \t]*\Z")


def _announced_before(text: str, open_at: int) -> tuple[int, int, str] | None:
    """'오세진 연구위원은 이렇게 설명했다. “Q”': the person (or body) the announcing sentence right before names."""
    stop = text.rfind(". ", 0, open_at - 2)
    start = max(stop + 2 if stop != -1 else 0, text.rfind("\n", 0, open_at) + 1, open_at - 120)
    m = ANNOUNCED_RE.search(text, start, open_at)
    if m is None:
        return None
    words = m.group("np").split()
    name = next((w for w in words if ko_words.name_like(w) and not ko_words.is_title(w)), None)
    if name is None and not (ko_words.is_title(words[-1]) or ko_words.org_word(words[-1]) or words[-1] in PLAIN_BODIES):
        return None
    return m.start("np"), m.end("np"), name or words[-1]


def _carried_on(text: str, open_at: int, last: str | None) -> tuple[int, int, str] | None:
    """'그러면서 "Q"고 당부했다': the last speaker, when only a connective stands before the quotation."""
    start = max(text.rfind(". ", 0, open_at) + 2, text.rfind("\n", 0, open_at) + 1)
    return (-1, -1, last) if last and KO_CARRY_RE.fullmatch(text, start, open_at) else None


QUESTION_RE = re.compile(r"[ \t]*(?:[―—–-]|Q[.:]|질문[:.]?)[ \t]*\S[^\n]*\n\s*$")


def _answer(text: str, q: Quote) -> bool:
    """A quotation that is a paragraph of its own right after an interviewer's question line."""
    para = text.rfind("\n", 0, q.start) + 1
    if text[para:q.start - 1].strip():
        return False
    prev = text.rfind("\n", 0, max(0, para - 1))
    prev = text.rfind("\n", 0, prev) if prev != -1 and not text[prev + 1:para].strip() else prev
    return bool(QUESTION_RE.match(text, prev + 1, para))


class Korean(ScriptRules):
    def speakers(self, doc: Document) -> None:
        text = doc.text
        last: str | None = None
        prev: Quote | None = None
        for q in doc.quotes:
            if q.kind != "direct":
                continue
            if q.speaker:
                last, prev = q.speaker, q
                continue
            if q.mention is None and last and _answer(text, q):
                q.speaker = last  # "―질문.\n\n"답변."": the interviewee
                continue
            if q.mention is None and HANGUL_RE.search(text, q.start, q.end):
                found = _owner_before(text, q) or _ko_speaker(text, q.start - 1, last) or _speaker_after(text, q.end + 1) \
                    or _carried_on(text, q.start - 1, last) or _paragraph_after_subject(text, q.start - 1) \
                    or _announced_before(text, q.start - 1)
                if found:
                    a, b, name = found
                    if a >= 0:
                        q.mention = Mention(a, b, text[a:b])
                    elif prev is not None and prev.mention is not None:
                        q.mention = prev.mention
                    q.speaker = name
            if q.speaker:
                last, prev = q.speaker, q


RULES = Korean("ko", HANGUL_RE, ko_kind, _reported, ko_actors.actors)
