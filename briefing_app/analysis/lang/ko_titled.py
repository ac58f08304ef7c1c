"""Korean people named before a title ("임수석 외교부 대변인은", "기획재정부 최상목 장관은",
"토니 블링컨 미국 국무장관과"), with the title (organisations between name and title kept in it,
countries not) and the affiliation (that organisation, one before the name, or the country);
a title before the name ("주장 손흥민은"); surname + title ("조 장관", "임 회장") as an alias of the
person it shortens, and a second title ("최상목 부총리 겸 기획재정부 장관")."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from briefing_app.analysis.lang.ko_words import (
    CITY_GOV_RE, CITY_NAMES, COUNTRIES, DEPT_RE, POSTED_RE, SURNAMES, TITLES, bare, name_like, org_word, title_word, without_particle)
from briefing_app.core.model import Span

TOKEN_RE = re.compile(r"[가-힣A-Za-z][가-힣A-Za-z0-9]*")
SUBJECT_NAME_RE = re.compile(r"([가-힣]{2,4}?)(?:은|는|이|가)")
KOREAN3_RE = re.compile(r"[가-힣]{3}")
# titles written before the name ("주장 손흥민은")
TITLE_FIRST = frozenset("주장 공격수 수비수 미드필더 골키퍼 투수 타자 감독 코치 선수 가수 배우 작가 시인 기자 앵커 변호사".split())
# titles that are also common nouns ("주식 시장", "업계 대표"): a bare name before them must look Korean
AMBIGUOUS_TITLES = frozenset("시장 대표 감독 대사 위원 국장 실장".split())
# a title naming its own body: 광주광역시장 -> 광주광역시, 부산시장 -> 부산시, 경기도지사 -> 경기도
BODY_TITLE_RE = re.compile(r"(?P<body>[가-힣]{1,6}(?:특별시|광역시|특별자치시|특별자치도|시|도|군|구))(?:장|지사|수|청장)$")
UNIVERSITY_RE = re.compile(r"[가-힣]{1,4}대")
PLACE_TITLES_RE = re.compile(r"(?:주지사|주지사는|주지사가|주지사도|주지사의|시장은|시장이|시장도|지사는|지사가)")
LATIN_BODY_RE = re.compile(r"[A-Z]{2,6}")  # a company by its Latin letters right before a title ("HMM 대표")  # 연세대, 전남대: a university before or after a name
# US states a governor ("주지사") is named with, also those short or Korean-looking ("브라이언 켐프 조지아 주지사")
US_STATES = frozenset("조지아 텍사스 플로리다 오하이오 유타 아이오와 뉴욕 캘리포니아 미시간 애리조나 네바다 버지니아 앨라배마 테네시 "
                      "켄터키 인디애나 일리노이 위스콘신 미네소타 오리건 워싱턴 콜로라도 캔자스 미주리 루이지애나 메릴랜드 "
                      "매사추세츠 코네티컷 뉴저지 펜실베이니아 노스캐롤라이나 사우스캐롤라이나 노스다코타 사우스다코타 네브래스카 "
                      "오클라호마 아칸소 미시시피 아이다호 몬태나 와이오밍 뉴멕시코 알래스카 하와이 메인 버몬트 뉴햄프셔 "
                      "로드아일랜드 델라웨어 웨스트버지니아".split())
HOME_TITLES = frozenset(("대통령", "국무총리"))  # with no country named: Korea's
NORTH_TITLES = {"국무위원장": "북한", "총비서": "북한"}  # titles only North Korea's leader holds
GENITIVE_OWNER_RE = re.compile(r"[가-힣A-Za-z]{2,8}의")  # "엔비디아의 젠슨 황 최고경영자"
GAP_RE = re.compile(r"\s+[0-9]*")  # "국가안보실 1차장": a number before the title
CASED_RE = re.compile(r"(?:은|는|을|를|의|에|에서)$")  # "금리 동결은 이미": a word with its particle
LOCATIVE_RE = re.compile(r"(?:에|에서|으로|로)$")
# a word that ends like a verb's or a noun's modifier ("회담한 시진핑", "방문 중인"): no given name
# (particles and verb endings only: foreign given names end in 린, 로, 만, 고, 서 too: "콜린", "파블로", "헤르만")
ADNOMINAL_RE = re.compile(r"(?:[가-힣](?:한|된|던|는|할|될|해|며|면)|은|을|를|의|에|과|와|[다라]고)$")
CONCURRENT_RE = re.compile(r"(?P<name>[가-힣]{2,4}) (?P<first>(?:[가-힣A-Za-z]{1,12} ){0,4}?[가-힣]{1,8}) 겸 (?P<rest>(?:[가-힣A-Za-z]{2,12} ){0,2}?"
                           r"[가-힣]{0,8}?(?:" + "|".join(TITLES) + r"))")


@dataclass
class Person:
    name: str
    title: str | None = None
    affiliation: str | None = None
    mentions: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    headline: bool = False  # titled in the headline only so far


def people(text: str, shorts: frozenset[str] = frozenset()) -> dict[str, Person]:
    """People before a title; shorts are the short forms of bodies ("연준", "한은") that may stand
    between the name and the title like an organisation's name."""
    out: dict[str, Person] = {}
    last_words: set[str] = set()  # the last word of each name of several words in out ("루비오" of "마코 루비오")
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for ls, le in lines:
        toks = list(TOKEN_RE.finditer(text, ls, le))
        for i, t in enumerate(toks):
            w = t.group()  # (read once: most tokens are no title, and this loop sees every token of the text)
            if w in TITLE_FIRST and i + 1 < len(toks):
                _title_first(text, toks, i, out)
            title = title_word(w)
            if title is None or w == title and i + 1 < len(toks) and title_word(toks[i + 1].group()) \
                    and text[t.end():toks[i + 1].start()] == " ":
                continue  # ("곽노정 SK하이닉스 대표이사 사장은": the title is "대표이사 사장")
            j, between, country = _between(text, toks, i, shorts)
            if t.start() and text[t.start() - 1].isdigit() and w.startswith(title):
                title = text[t.start() - 1] + title  # "복지부 2차관", "국가안보실 1차장": the rank is the title's
            # a foreign country right before the title ("마르코 루비오 미국 국무장관") or a few words before the
            # name ("일본 정부 대변인인 하야시 요시마사 관방장관"): a foreign name of several words
            near = _foreign_before(text, toks[j].start()) if j >= 0 and country is None \
                and title not in AMBIGUOUS_TITLES else None
            adjacent = country not in (None, "한국", "북한")
            names, j = _name_words(text, toks, j, adjacent, near)
            if not names or len(names) == 1 and re.fullmatch(r"[가-힣]모", names[0].group()):
                continue  # "박모 이사장": a name withheld
            if len(names) > 1 and near:
                country = near  # (a Korean name named near a foreign country stays one word, and Korea's)
            if len(names) > 1 and KOREAN3_RE.fullmatch(names[0].group()) and names[0].group()[0] in SURNAMES \
                    and not adjacent and not near:  # not "하야시 요시마사 일본 관방장관", "... 대변인인 하야시 요시마사 관방장관"
                # "이정재 영장전담 부장판사", "김하나 토스 대표": a Korean name is one word; what follows is the title's
                between = [n.group() for n in names[1:]] + between
                names = names[:1]
            bare_title = w == title and i + 1 < len(toks) and text[t.end():toks[i + 1].start()] == " "
            if title in AMBIGUOUS_TITLES and not between and len(names) == 1 and (
                    names[0].group()[0] not in SURNAMES or bare_title or LOCATIVE_RE.search(w)):
                continue  # "부동산 시장", "주식 시장 관계자들은", "시장에": a market, not a mayor
            before_org: str | None
            if i >= 2 and (not between and names == [toks[i - 1]] or between == [toks[i - 1].group()] and names == [toks[i - 2]]) \
                    and _body_after_name(text, toks, i - 1, title):
                between, names, j = [toks[i - 1].group()], [toks[i - 2]], i - 3  # "이만기 유웨이 소장": the name, then its body
                before_org = between[0]  # ("임성호 종로학원 대표": 종로학원's)
            else:
                before_org = _body_before(text, toks, j, between)
            if before_org is None and between == [toks[i - 1].group()] and j == i - 3 and _unknown_body(text, toks, i - 1) \
                    and text.count(between[0]) > 1:
                before_org = between[0]  # ("학부모 단체인 정치하는엄마들은 ... 장하나 정치하는엄마들 활동가는": the body named again)
            name = " ".join(n.group() for n in names)
            if len(name) <= 2 and any(o.startswith(name) and o != name for o in out) \
                    or " " not in name and name in last_words:  # 루비오 장관
                continue  # "마오 대변인" after "마오닝 ... 대변인": a short form (an alias), not a new person
            p = out.get(name)
            if p is None or p.headline and ls:  # the body's title over the headline's ("안규백 국방장관")
                new = _titled(name, title, between, before_org, country, shorts)
                new.headline = not ls and "\n" in text
                if p is not None:
                    new.mentions, new.aliases = p.mentions, [*p.aliases, f"{name} {p.title}"]  # "우원식 의장"
                p = out[name] = new
                if " " in name:
                    last_words.update((name.split()[0], name.split()[-1]))  # ("이시바 총리" of "이시바 시게루")
            p.mentions.append(Span(names[0].start(), names[-1].end()))
    return out


def _between(text: str, toks: list[re.Match[str]], i: int, shorts: frozenset[str]) -> tuple[int, list[str], str | None]:
    """The words between a name and the title at toks[i]: organisations, departments, short forms
    (kept for the title) and a country (returned apart); with the index of the word before them."""
    j = i - 1
    between: list[str] = []
    country = None
    while j >= 0 and GAP_RE.fullmatch(text, toks[j].end(), toks[j + 1].start()) and (
            org_word(toks[j].group()) or toks[j].group() in shorts or without_particle(toks[j].group()) in COUNTRIES
                      or toks[j].group() == "노조" and j > 0 and i - j <= 2  # "문용문 현대차 노조 지부장"
                      or toks[j].group() in ("전", "현", "前") and j > 0
                      or DEPT_RE.fullmatch(toks[j].group()) and i - j <= 2
                      or title_word(toks[j].group()) == toks[j].group() and i - j == 1
                      or POSTED_RE.fullmatch(toks[j].group()) and i - j == 1  # "주한 영국대사"
                      or CITY_GOV_RE.fullmatch(toks[j].group()) and i - j == 1  # "김은주 서울시 재난안전관리실장"
                      or LATIN_BODY_RE.fullmatch(toks[j].group()) and i - j == 1  # "김경배 HMM 대표"
                      or PLACE_TITLES_RE.fullmatch(toks[i].group()) and i - j == 1 and len(toks[j].group()) >= 4
                      and not name_like(toks[j].group())  # "크리스티 놈 사우스다코타 주지사": the state, not a name
                      or PLACE_TITLES_RE.fullmatch(toks[i].group()) and i - j == 1 and toks[j].group() in US_STATES
                      or re.fullmatch(r"[가-힣]{2,4}대", toks[j].group()) and j > 0
                      and name_like(toks[j - 1].group())
                      and text[toks[j - 1].end():toks[j].start()] == " "):  # "김정식 연세대 명예교수", not "박찬대 원내대표"
        w = toks[j].group() if DEPT_RE.fullmatch(toks[j].group()) or toks[j].group() in shorts \
            or CITY_GOV_RE.fullmatch(toks[j].group()) else without_particle(toks[j].group())  # ("한은 총재": the bank's
        # short form keeps its 은; "경기도" its 도)
        if w in COUNTRIES:
            country = country or COUNTRIES[w]
        else:
            between.insert(0, w)
        j -= 1
    if not between and j >= 1 and i - j == 1 and _unknown_body(text, toks, j):
        between.insert(0, toks[j].group())  # "장하나 정치하는엄마들 활동가는": a body no list knows, between name and title
        j -= 1
    if j >= 1 and _bracketed(text, toks[j]) and toks[j - 1].end() == toks[j].start() - 1:
        between.insert(0, toks[j - 1].group())  # "비바리퍼블리카(토스) 대표": the company, not a name
        j -= 2
    if j >= 2 and text[toks[j].start() - 2:toks[j].start()] == ") " and _bracketed(text, toks[j - 1]) \
            and toks[j - 2].end() == toks[j - 1].start() - 1 and org_word(toks[j - 2].group()):
        between[:0] = [toks[j - 2].group(), toks[j].group()]  # "유럽연합(EU) 외교안보 고위대표": title words
        j -= 3
    return j, between, country


# titles held in a company, an institute or a school, which name their body between the name and the title
INSTITUTION_TITLE_RE = re.compile(r"(?:소장|대표|원장|회장|이사장|센터장|연구위원|교수|애널리스트|이사)$")


def _body_after_name(text: str, toks: list[re.Match[str]], j: int, title: str) -> bool:
    """toks[j], a word that could be a name, right before an institution's title and right after a Korean name of three
    syllables opening with a surname, is the body the person heads ("이만기 유웨이 소장", "이만기 유웨이 교육평가연구소장"):
    Korean news writes the name, the body, then the title; two names side by side are written with a comma or "와". A
    city's or province's bare name there is a place, no body ("김영수 서울 대표")."""
    if not INSTITUTION_TITLE_RE.search(title) or j < 1:
        return False
    prev, w = toks[j - 1].group(), toks[j].group()
    return KOREAN3_RE.fullmatch(prev) is not None and prev[0] in SURNAMES and text[toks[j - 1].end():toks[j].start()] == " " \
        and not UNIVERSITY_RE.fullmatch(prev) and not org_word(prev) \
        and text[toks[j].end():toks[j + 1].start()] == " " and CASED_RE.search(w) is None and len(w) >= 2 \
        and w not in CITY_NAMES \
        and (j < 2 or text[toks[j - 2].end():toks[j - 1].start()] != " " or not name_like(toks[j - 2].group())
             or CASED_RE.search(toks[j - 2].group()) is not None)  # (not a foreign name of three words)


def _unknown_body(text: str, toks: list[re.Match[str]], j: int) -> bool:
    """toks[j], a word right before a title, names a body no list knows ("정치하는엄마들"): a word of three syllables or
    more with no particle that looks like no name, right after a Korean name of three syllables opening with a surname."""
    prev = toks[j - 1].group()
    if len(prev) != 3 or prev[0] not in SURNAMES or KOREAN3_RE.fullmatch(prev) is None:
        return False  # (the cheap tests first: this is asked at most titles)
    w = toks[j].group()
    return len(w) >= 3 and text[toks[j - 1].end():toks[j].start()] == " " and text[toks[j].end():toks[j + 1].start()] == " " \
        and without_particle(w) == w and not name_like(w)


def _name_words(text: str, toks: list[re.Match[str]], j: int, adjacent: bool,
                near: str | None) -> tuple[list[re.Match[str]], int]:
    """The words of the name ending at toks[j] (adjacent: a foreign country stands between it and
    the title; near: one a few words before it), with the index of the word before the name."""
    names: list[re.Match[str]] = []
    if j >= 1 and re.fullmatch(r"[가-힣]", toks[j].group()) and name_like(toks[j - 1].group()) \
            and toks[j - 1].group()[0] not in SURNAMES and not ADNOMINAL_RE.search(toks[j - 1].group()) \
            and text[toks[j - 1].end():toks[j].start()] == " " \
            and text[toks[j].end():toks[j + 1].start()] == " ":
        names.append(toks[j])  # ("젠슨 황": then the given name below)
        j -= 1
    while j >= 0 and len(names) < 3 and name_like(toks[j].group()) and not (names and CASED_RE.search(toks[j].group())) \
            and text[toks[j].end():toks[j + 1].start()].isspace() and (
            not names or len(toks[j].group()) <= 4 and text[toks[j].end():toks[j + 1].start()] == " "):
        names.insert(0, toks[j])
        j -= 1
        korean = KOREAN3_RE.fullmatch(names[0].group()) is not None
        surname = korean and names[0].group()[0] in SURNAMES
        if (korean and len(names) == 1 and not (j >= 0 and name_like(toks[j].group()) and len(toks[j].group()) <= 2)
                or surname) and not (len(names) == 1 and (adjacent or near) and not surname and j >= 0
                                     and not ADNOMINAL_RE.search(toks[j].group())):
            break  # a Korean name is one word ("혐의를 받는 윤성민": 윤성민); "토니 블링컨", "마르코 루비오" are two
    if names and adjacent and j >= 0 and re.fullmatch(r"[가-힣]", toks[j].group()) \
            and text[toks[j].end():names[0].start()] == " " and not text[toks[j].start() - 1:toks[j].start()].isdigit():
        names.insert(0, toks[j])  # "조 바이든 미국 대통령": a one-syllable foreign given name
    while len(names) > 1 and ADNOMINAL_RE.search(names[0].group()):
        names.pop(0)  # "대응해 수출 시장": a verb's form opens no name
    return names, j


def _body_before(text: str, toks: list[re.Match[str]], j: int, between: list[str]) -> str | None:
    """The organisation named right before the name at toks[j] ("서울대 국제대학원 박철희 교수": 서울대,
    its department joining the title's words in between), a genitive owner or a country's team."""
    dept = toks[j].group() if j >= 1 and DEPT_RE.fullmatch(toks[j].group()) else None
    if dept:  # "서울대 국제대학원 박철희 교수": the university before the department
        j -= 1
    before_org = (org_word(toks[j].group()) or UNIVERSITY_RE.fullmatch(toks[j].group()) and toks[j].group()
                  or GENITIVE_OWNER_RE.fullmatch(toks[j].group()) and toks[j].group()[:-1] not in COUNTRIES
                  and "대표팀" not in toks[j].group()
                  and toks[j].group()[:-1] or None) if j >= 0 else None
    if dept and before_org:
        between.insert(0, dept)
    team = bare(toks[j].group()) if j >= 1 and not before_org else ""
    if team.endswith("대표팀") and bare(toks[j - 1].group()) in COUNTRIES:
        before_org = f"{COUNTRIES[bare(toks[j - 1].group())]} {team}"  # "쿠웨이트 대표팀의 ... 감독"
    return before_org


def _titled(name: str, title: str, between: list[str], before_org: str | None, country: str | None,
            shorts: frozenset[str]) -> Person:
    """A person with the title's words and the affiliation: a body in between, one before the name, a
    foreign country with the body the title names, that body, the country, or Korea for its president."""
    longest, glued = _title_ends(title)
    inner = title[:-len(longest)] if len(title) > len(longest) and org_word(title[:-len(longest)]) \
        else None  # "국회의장" -> 국회
    body = BODY_TITLE_RE.match(title)
    inner = inner or (body.group("body") if body else None)
    if not inner and title.endswith("장") and org_word(title[:-1]):
        inner = title[:-1]  # 서울경찰청장 -> 서울경찰청
    home = next((w for w in reversed(between) if org_word(w) or w in shorts or UNIVERSITY_RE.fullmatch(w)
                 or LATIN_BODY_RE.fullmatch(w) or CITY_GOV_RE.fullmatch(w)), None)
    own = "한국" if title in HOME_TITLES else NORTH_TITLES.get(title)  # "윤석열 대통령": Korea's; "김정은 국무위원장": North Korea's
    abroad = country if country not in (None, "한국", "북한") else None  # "왕이 중국 외교부장": China's
    return Person(name, " ".join([*between, title]), home or before_org or abroad and inner and abroad
                  or inner or country or glued or own)


@functools.lru_cache(maxsize=1024)
def _title_ends(title: str) -> tuple[str, str | None]:
    """The longest title word a title ends with ("경제부총리": 부총리, not 총리) and the country
    glued before a title word ("영국대사": the UK's), if any."""
    longest = max((w for w in TITLES if title.endswith(w)), key=len)
    glued = next((COUNTRIES[title[:-len(w)]] for w in TITLES if title.endswith(w) and title[:-len(w)] in COUNTRIES), None)
    return longest, glued


def _foreign_before(text: str, at: int) -> str | None:
    """A foreign country a few words before a name ("일본 정부 대변인인 하야시 요시마사"): a foreign person's."""
    words = text[max(0, at - 24):at].split()[-4:]
    c = next((COUNTRIES[w] for w in reversed(words) if w in COUNTRIES), None)
    return c if c not in ("한국", "북한") else None


def _bracketed(text: str, tok: re.Match[str]) -> bool:
    return text[tok.start() - 1:tok.start()] == "(" and text[tok.end():tok.end() + 1] == ")"


def _title_first(text: str, toks: list[re.Match[str]], i: int, out: dict[str, Person]) -> None:
    """'주장 손흥민은': a bare title word before a name with its particle."""
    t, nxt = toks[i], toks[i + 1]
    nm = SUBJECT_NAME_RE.fullmatch(nxt.group())
    if nm and text[t.end():nxt.start()] == " " and nm.group(1)[0] in SURNAMES and nm.group(1) not in out \
            and name_like(nm.group(1)):
        out[nm.group(1)] = Person(nm.group(1), t.group(), None, [Span(nxt.start(), nxt.start() + len(nm.group(1)))])


def concurrent_titles(text: str, persons: dict[str, Person]) -> None:
    """'최상목 부총리 겸 기획재정부 장관은': the second title and its organisation are the person's too."""
    found = (CONCURRENT_RE.match(text, s.start) for p in persons.values() for s in p.mentions[:1])
    for m in (m for m in found if m is not None):  # (at each name: a longer match before it would hide it)
        p = persons.get(m.group("name"))
        words = m.group("rest").split()
        second = title_word(words[-1])
        first = m.group("first").split()
        if p is None or second is None or not title_word(first[-1]) or not p.title \
                or not m.group("first").endswith(p.title):
            continue  # ("왕이 중국 공산당 중앙외사판공실 주임 겸 외교부장": the first title of several words)
        p.title = " ".join([p.title, "겸", *words[:-1], words[-1] if words[-1].endswith(second) else second])
        if first[0] in COUNTRIES and COUNTRIES[first[0]] != "한국":
            p.affiliation = COUNTRIES[first[0]]  # a foreign official named by country: the country's
        else:
            p.affiliation = p.affiliation or next((org_word(w) for w in words[:-1] if org_word(w)), None)


def surname_aliases(text: str, persons: dict[str, Person]) -> None:
    """'조 장관', '임 회장', '우 의장': a surname and a title shortening a person named before."""
    by_short: dict[str, list[Person]] = {}  # what may shorten each person: a foreign name's first or last word, a Korean
    for p in persons.values():  # name's first one or two syllables (in the persons' order)
        # (a foreign name's first word too: Japanese and Chinese names put the family name first, "이시바 총리")
        for short in dict.fromkeys([p.name.split()[-1], p.name.split()[0]] if " " in p.name else [p.name[:1], p.name[:2]]):
            by_short.setdefault(short, []).append(p)
    for m in re.finditer(r"(?<![가-힣])(?P<s>[가-힣]{1,4}) (?P<former>(?:전|현) )?(?P<t>[가-힣]{1,5})", text):
        shortened = by_short.get(m.group("s"))  # (first: most word pairs of the text shorten nobody)
        if not shortened:
            continue
        title = title_word(m.group("t"))
        if title is None:
            continue
        for p in shortened:
            if p.name != m.group("s") and p.title and any(t.endswith(title) for t in p.title.split(" 겸 ")) \
                    and p.mentions and p.mentions[0].start < m.start() \
                    and not any(s.start <= m.start() < s.end for s in p.mentions):  # (not the full name's own word)
                alias = f"{m.group('s')} {m.group('former') or ''}{title}"
                if alias not in p.aliases:
                    p.aliases.append(alias)
                p.mentions.append(Span(m.start(), m.start() + len(alias)))
                break
