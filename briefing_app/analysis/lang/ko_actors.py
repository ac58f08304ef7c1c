"""Korean actors: people named before a title ("임수석 외교부 대변인은", "기획재정부 최상목 장관은",
"토니 블링컨 미국 국무장관과"), with the title (organisations between name and title kept in it,
countries not) and the affiliation (that organisation, one before the name, or the country);
surname + title ("조 장관", "임 회장") as an alias of the person it shortens; organisations by
their endings (외교부, 한국은행, 금융통화위원회, 대한의사협회, 더불어민주당) and countries.
Government bodies and parties with no country named are the Korean text's own (한국).
Quote speakers are re-pointed to these actors."""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from briefing_app.analysis.document import Document
from briefing_app.core.model import Actor, Span

TOKEN_RE = re.compile(r"[가-힣A-Za-z][가-힣A-Za-z0-9]*")
PARTICLE_RE = re.compile(r"(?:으로부터|에게서|으로서|이라고|라고|에서는|에서|에게|께서|으로|부터|까지|처럼|보다|과의|와의|"
                         r"은|는|이|가|을|를|의|에|과|와|도|로|만|측)$")
TITLES = ("대변인", "장관", "차관", "총재", "부회장", "회장", "사장", "원내대표", "대표", "의장", "의원", "위원장", "교수",
          "총리", "대통령", "청장", "시장", "지사", "이사장", "실장", "국장", "본부장", "비서관", "대사", "소장",
          "원장", "처장", "부총리", "총장", "감독", "판사", "변호사", "연구위원", "애널리스트", "상무", "전무", "부총재",
          "지부장", "지회장", "단장", "사무총장", "대변인실장")
SUBJECT_NAME_RE = re.compile(r"([가-힣]{2,4}?)(?:은|는|이|가)")
KOREAN3_RE = re.compile(r"[가-힣]{3}")
# titles written before the name ("주장 손흥민은")
TITLE_FIRST = frozenset("주장 공격수 수비수 미드필더 골키퍼 투수 타자 감독 코치 선수 가수 배우 작가 시인 기자 앵커 변호사".split())
# titles that are also common nouns ("주식 시장", "업계 대표"): a bare name before them must look Korean
AMBIGUOUS_TITLES = frozenset("시장 대표 감독 대사 위원 국장 실장".split())
SURNAMES = frozenset("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노 하 곽 "
                     "성 차 주 우 구 민 류 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 "
                     "기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉".split())
ORG_END_RE = re.compile(r"(?:[가-힣]{2,8}(?:부|청|처|은행|위원회|협회|연합회|연맹|재단|공사|공단|연구원|연구소|대학교|"
                        r"민주당|당|국회|전자|그룹|하이닉스|자동차|통신|기구|군|정부|연대|련|노조|노총|협의회|거래소|"
                        r"조합|지부|공단|진흥원|평가원|개발원|부동산원|총협회|지법|지검|고법|고검|법원|검찰청|감독원)"
                        r"|현대차|기아|삼성|롯데|한화|포스코|네이버|카카오|쿠팡|셀트리온"
                        r"|국회|국민의힘|안보리|유엔|합참|SK[가-힣A-Za-z]*"
                        r"|(?:외무|국방|법무|재무|경제산업|문부과학|후생노동|국토교통|총무|방위|인민무력)성)$")
DEPT_RE = re.compile(r"[가-힣A-Za-z]{2,12}(?:학과|학부|전공|대학원)")  # 보건행정학과 교수: in the title
GENERIC = frozenset("정부 야당 여당 정당 당국 우리당 본부 대학교 시청 구청 군청 도청 일부 외부 내부 전부 간부 노조 법원 "
                    "검찰 인터넷전문은행 시중은행 지방은행 중앙은행 저축은행 금융당국".split())
# a title naming its own body: 광주광역시장 -> 광주광역시, 부산시장 -> 부산시, 경기도지사 -> 경기도
BODY_TITLE_RE = re.compile(r"(?P<body>[가-힣]{1,6}(?:특별시|광역시|특별자치시|특별자치도|시|도|군|구))(?:장|지사|수|청장)$")
UNIVERSITY_RE = re.compile(r"[가-힣]{1,4}대")  # 연세대, 전남대: a university before or after a name
CAPITALS = frozenset("평양 워싱턴 도쿄 베이징 모스크바".split())
ACTING_RE = re.compile(r"(?:은|는|이|가|도|측은|측이)$")
COUNTRIES = {"한국": "한국", "남한": "한국", "북한": "북한", "미국": "미국", "일본": "일본", "중국": "중국", "러시아": "러시아",
             "우크라이나": "우크라이나", "영국": "영국", "프랑스": "프랑스", "독일": "독일", "평양": "북한", "워싱턴": "미국",
             "도쿄": "일본", "베이징": "중국", "모스크바": "러시아", "대만": "대만", "이스라엘": "이스라엘", "이란": "이란",
             "쿠웨이트": "쿠웨이트", "사우디아라비아": "사우디아라비아", "사우디": "사우디아라비아", "이라크": "이라크",
             "시리아": "시리아", "베트남": "베트남", "태국": "태국", "필리핀": "필리핀", "인도네시아": "인도네시아",
             "호주": "호주", "캐나다": "캐나다", "브라질": "브라질", "멕시코": "멕시코", "이탈리아": "이탈리아",
             "스페인": "스페인", "튀르키예": "튀르키예", "터키": "튀르키예", "이집트": "이집트", "폴란드": "폴란드",
             "네덜란드": "네덜란드", "스위스": "스위스", "몽골": "몽골", "카타르": "카타르", "싱가포르": "싱가포르",
             "말레이시아": "말레이시아", "미얀마": "미얀마", "요르단": "요르단", "레바논": "레바논", "헝가리": "헝가리"}
STATE_RE = re.compile(r"(?:부|청|처|국회|한국은행|위원회|민주당|국민의힘|당|정부|합참|감독원|지법|지검|법원|검찰청)$")
NOT_NAMES = frozenset("이날 오늘 어제 내일 또한 한편 정부 당국 관계자 업계 전문가들 전문가 양측 여야 야당 여당 경쟁사인 "
                      "경쟁사 정례브리핑 기자간담회 이번 올해 내년 지난 현지 이에 대해 관해 대한 따라 위해 통해 함께".split())


@functools.lru_cache(maxsize=8192)
def bare(word: str) -> str:
    """A token without its particle ("장관은" -> "장관"; "한국은행" keeps its 행)."""
    if ORG_END_RE.search(word) or word in COUNTRIES or word.endswith(TITLES):
        return word
    b = PARTICLE_RE.sub("", word)
    return b if len(b) >= 1 else word


MARKET_RE = re.compile(r"(?:금융|주식|외환|채권|부동산|증권|노동|전통|자본|수출|내수|국내|해외|글로벌|원자재|석유|가상자산|"
                       r"코인|중고차|분양|전세|월세)시장$")


@functools.lru_cache(maxsize=8192)
def _title(word: str) -> str | None:
    b = PARTICLE_RE.sub("", word)
    return b if b.endswith(TITLES) and not ORG_END_RE.search(b) and not MARKET_RE.search(b) else None


def is_title(word: str) -> bool:
    return _title(word) is not None


@functools.lru_cache(maxsize=8192)
def _org(word: str) -> str | None:
    b = PARTICLE_RE.sub("", word)
    if b in COUNTRIES or b.endswith(TITLES) or b in GENERIC:
        return None
    return b if ORG_END_RE.search(b) and len(b) >= 2 else None


@functools.lru_cache(maxsize=8192)
def _name_like(word: str) -> bool:
    return (bool(re.fullmatch(r"[가-힣]{2,4}", word)) and word not in NOT_NAMES and not _org(word)
            and word not in COUNTRIES and not word.endswith(TITLES) and not PARTICLE_RE.sub("", word).endswith(TITLES))


@dataclass
class _Person:
    name: str
    title: str | None = None
    affiliation: str | None = None
    mentions: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


def people(text: str) -> dict[str, _Person]:
    out: dict[str, _Person] = {}
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for ls, le in lines:
        toks = list(TOKEN_RE.finditer(text, ls, le))
        for i, t in enumerate(toks):
            if t.group() in TITLE_FIRST and i + 1 < len(toks):
                _title_first(text, toks, i, out)
            title = _title(t.group())
            if title is None:
                continue
            j = i - 1
            between: list[str] = []
            country = None
            while j >= 0 and (_org(toks[j].group()) or PARTICLE_RE.sub("", toks[j].group()) in COUNTRIES
                              or toks[j].group() in ("전", "현", "前") and j > 0
                              or DEPT_RE.fullmatch(toks[j].group()) and i - j <= 2
                              or re.fullmatch(r"[가-힣]{2,4}대", toks[j].group()) and j > 0
                              and _name_like(toks[j - 1].group())):  # "김정식 연세대 명예교수", not "박찬대 원내대표"
                w = toks[j].group() if DEPT_RE.fullmatch(toks[j].group()) else PARTICLE_RE.sub("", toks[j].group())
                if w in COUNTRIES:
                    country = country or COUNTRIES[w]
                else:
                    between.insert(0, w)
                j -= 1
            names: list[re.Match[str]] = []
            while j >= 0 and len(names) < 3 and _name_like(toks[j].group()) \
                    and text[toks[j].end():toks[j + 1].start()].isspace() and (
                    not names or len(toks[j].group()) <= 4 and text[toks[j].end():toks[j + 1].start()] == " "):
                names.insert(0, toks[j])
                j -= 1
                korean = KOREAN3_RE.fullmatch(names[0].group()) is not None
                if korean and len(names) == 1 and not (j >= 0 and _name_like(toks[j].group()) and len(toks[j].group()) <= 2) \
                        or korean and names[0].group()[0] in SURNAMES:
                    break  # a Korean name is one word ("혐의를 받는 윤성민": 윤성민); "토니 블링컨" is two
            if not names:
                continue
            if len(names) > 1 and KOREAN3_RE.fullmatch(names[0].group()) and names[0].group()[0] in SURNAMES:
                # "이정재 영장전담 부장판사", "김하나 토스 대표": a Korean name is one word; what follows is the title's
                between = [n.group() for n in names[1:]] + between
                names = names[:1]
            bare_title = t.group() == title and i + 1 < len(toks) and text[t.end():toks[i + 1].start()] == " "
            if title in AMBIGUOUS_TITLES and not between and len(names) == 1 and (
                    names[0].group()[0] not in SURNAMES or bare_title):
                continue  # "부동산 시장", "주식 시장 관계자들은": a market, not a mayor
            before_org = (_org(toks[j].group()) or UNIVERSITY_RE.fullmatch(toks[j].group()) and toks[j].group()
                          or None) if j >= 0 else None
            name = " ".join(n.group() for n in names)
            if len(name) <= 2 and any(o.startswith(name) and o != name for o in out) \
                    or " " not in name and any(" " in o and o.split()[-1] == name for o in out):  # 루비오 장관
                continue  # "마오 대변인" after "마오닝 ... 대변인": a short form (an alias), not a new person
            p = out.get(name)
            if p is None:
                inner = next((title[:-len(w)] for w in TITLES if title.endswith(w) and len(title) > len(w)
                              and _org(title[:-len(w)])), None)  # "국회의장" -> 국회
                body = BODY_TITLE_RE.match(title)
                inner = inner or (body.group("body") if body else None)
                if not inner and title.endswith("장") and _org(title[:-1]):
                    inner = title[:-1]  # 서울경찰청장 -> 서울경찰청
                home = next((w for w in reversed(between) if _org(w) or UNIVERSITY_RE.fullmatch(w)), None)
                p = out[name] = _Person(name, " ".join([*between, title]), home or before_org or inner or country)
            p.mentions.append(Span(names[0].start(), names[-1].end()))
    return out


def _title_first(text: str, toks: list[re.Match[str]], i: int, out: dict[str, _Person]) -> None:
    """'주장 손흥민은': a bare title word before a name with its particle."""
    t, nxt = toks[i], toks[i + 1]
    nm = SUBJECT_NAME_RE.fullmatch(nxt.group())
    if nm and text[t.end():nxt.start()] == " " and nm.group(1)[0] in SURNAMES and nm.group(1) not in out \
            and _name_like(nm.group(1)):
        out[nm.group(1)] = _Person(nm.group(1), t.group(), None, [Span(nxt.start(), nxt.start() + len(nm.group(1)))])


def _surname_aliases(text: str, persons: dict[str, _Person]) -> None:
    """'조 장관', '임 회장', '우 의장': a surname and a title shortening a person named before."""
    for m in re.finditer(r"(?<![가-힣])(?P<s>[가-힣]{1,4}) (?P<former>(?:전|현) )?(?P<t>[가-힣]{1,5})", text):
        title = _title(m.group("t"))
        if title is None:
            continue
        for p in persons.values():
            short = p.name.split()[-1] if " " in p.name else p.name[:len(m.group("s"))] if len(m.group("s")) <= 2 else ""
            if short == m.group("s") and p.name != m.group("s") and p.title and p.title.endswith(title) \
                    and p.mentions and p.mentions[0].start < m.start():
                alias = f"{m.group('s')} {m.group('former') or ''}{title}"
                if alias not in p.aliases:
                    p.aliases.append(alias)
                p.mentions.append(Span(m.start(), m.start() + len(alias)))
                break


def organisations(text: str, persons: dict[str, _Person]) -> dict[str, tuple[list[Span], str | None]]:
    out: dict[str, tuple[list[Span], str | None]] = {}
    standalone: set[str] = set()
    toks = list(TOKEN_RE.finditer(text))
    for i, t in enumerate(toks):
        org = _org(t.group())
        if org is None or org in persons:
            continue
        prev = bare(toks[i - 1].group()) if i else ""
        aff = _org(toks[i - 1].group()) if i and text[toks[i - 1].end():t.start()] == " " else None
        if org == "정부" and prev in COUNTRIES:
            continue  # "일본 정부": the country itself
        if aff is None and prev in COUNTRIES and text[toks[i - 1].end():t.start()] == " ":
            aff = COUNTRIES[prev]  # "중국 외교부": China's, not the Korean text's own
        spans, first_aff = out.setdefault(org, ([], aff))
        if first_aff is None and aff is not None:
            out[org] = (spans, aff)  # "中 외교부" first, "중국 외교부" later
        spans.append(Span(t.start(), t.start() + len(org)))
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if not (nxt is not None and text[t.end():nxt.start()] == " " and t.group() == org and _org(nxt.group())):
            standalone.add(org)
    return {org: v for org, v in out.items() if org in standalone}


def countries(text: str) -> dict[str, tuple[list[Span], list[str]]]:
    out: dict[str, tuple[list[Span], list[str]]] = {}
    toks = list(TOKEN_RE.finditer(text))
    for i, t in enumerate(toks):
        w = t.group() if t.group() in COUNTRIES else PARTICLE_RE.sub("", t.group())
        if w not in COUNTRIES or t.group().startswith(("한미", "남북")):
            continue
        if w in CAPITALS and not ACTING_RE.search(t.group()):
            continue  # "베이징 외교 경로": a place; "평양은 ...": the government acting
        spans, aliases = out.setdefault(COUNTRIES[w], ([], []))
        spans.append(Span(t.start(), t.start() + len(w)))
        if w != COUNTRIES[w] and w not in aliases:
            aliases.append(w)
        nxt = toks[i + 1].group() if i + 1 < len(toks) else ""
        if PARTICLE_RE.sub("", nxt) == "정부" and f"{w} 정부" not in aliases:
            aliases.append(f"{w} 정부")
    return out


def actors(doc: Document) -> list[Actor]:
    text = doc.text
    persons = people(text)
    _surname_aliases(text, persons)
    out = [Actor(p.name, "person", p.title, p.affiliation, p.aliases, sorted(p.mentions, key=lambda s: s.start))
           for p in persons.values()]
    for name, (spans, aff) in organisations(text, persons).items():
        home = "한국" if STATE_RE.search(name) and not aff else None
        forms = sorted(w for w in {aff, *(k for k, v in COUNTRIES.items() if v == aff)} if w)
        aliases = [f"{w} {name}" for w in forms if f"{w} {name}" in text]
        out.append(Actor(name, "organization", None, aff or home, aliases, spans))
    for name, (spans, aliases) in countries(text).items():
        out.append(Actor(name, "country", None, None, aliases, spans))
    _link_speakers(doc, out)
    return out


def _title_of(a: Actor, text: str, span: Span, mention: Span) -> bool:
    """Is the mention this person's own title phrase: after the name with only organisations,
    countries and departments between ("임수석 외교부 대변인", "정형선 연세대 보건행정학과 교수")?"""
    if not span.end <= mention.start <= span.end + 40:
        return False
    between = text[span.end:mention.start].split()
    return all(_org(w) or bare(w) in COUNTRIES or DEPT_RE.fullmatch(w) or re.fullmatch(r"[가-힣]{2,4}대", w)
               for w in between)


def _speaker_of(text: str, people_: list[Actor], orgs: list[Actor], m: Span, said: str | None,
                spans: list[tuple[int, int, int]]) -> Actor | None:
    """The actor a speaker mention stands for: a person it names or whose title phrase it is; a
    person with it as an alias ("조 장관"); the latest person before it with that title ("장관은",
    far from the name); an organisation it names."""
    i = bisect.bisect_right(spans, (m.start, len(text), len(people_)))
    for start, end, k in reversed(spans[max(0, i - 6):i]):
        if start <= m.start < end or _title_of(people_[k], text, Span(start, end), m):
            return people_[k]
    words = text[m.start:m.end]
    hit = next((a for a in people_ if words in a.aliases or a.name == said or said in a.aliases), None) or next(
        (a for a in people_ if said and len(said) <= 2 and a.name.startswith(said)
         and any(al.startswith(said + " ") for al in a.aliases)), None)  # "김" of "김 대표"
    if hit is not None:
        return hit
    title = _title(words.split()[-1]) if words.split() else None
    if title:
        before = [(s.start, a) for a in people_ for s in a.mentions if s.start < m.start and a.title
                  and a.title.endswith(title)]
        if before:
            return max(before, key=lambda t: t[0])[1]
    return next((o for o in orgs if any(s.start <= m.start < s.end for s in o.mentions)), None)


def _link_speakers(doc: Document, out: list[Actor]) -> None:
    people_ = [a for a in out if a.kind == "person"]
    orgs = [a for a in out if a.kind != "person"]
    spans = sorted((s.start, s.end, k) for k, a in enumerate(people_) for s in a.mentions)
    last: Actor | None = None
    for q in sorted(doc.quotes + doc.reported, key=lambda q: q.start):
        if not q.mention or not re.search(r"[가-힣]", q.mention.text):
            continue
        if q.mention.text in ("그", "그녀") and last is not None:
            q.speaker = last.name  # "그는": the person who spoke last
            continue
        a = _speaker_of(doc.text, people_, orgs, Span(q.mention.start, q.mention.end), q.speaker, spans)
        if a is not None:
            q.speaker = a.name
            last = a if a.kind == "person" else last


__all__ = ["actors", "bare", "is_title"]
