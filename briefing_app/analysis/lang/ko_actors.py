"""Korean actors: people named before a title ("임수석 외교부 대변인은", "기획재정부 최상목 장관은",
"토니 블링컨 미국 국무장관과"), with the title (organisations between name and title kept in it,
countries not) and the affiliation (that organisation, one before the name, or the country);
surname + title ("조 장관", "임 회장") as an alias of the person it shortens; organisations by
their endings (외교부, 한국은행, 금융통화위원회, 대한의사협회, 더불어민주당) and countries.
Government bodies and parties with no country named are the Korean text's own (한국).
Quote speakers are re-pointed to these actors."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from briefing_app.analysis.document import Document
from briefing_app.analysis.lang import ko_affiliations, ko_brackets, ko_people, ko_short_names, ko_titles
from briefing_app.analysis.lang.ko_speakers import link_speakers
from briefing_app.analysis.lang.ko_words import (
    COUNTRIES, DEPT_RE, POSTED_RE, SURNAMES, TITLES, bare, name_like, org_word, title_word, without_particle)
from briefing_app.core.model import Actor, Span

TOKEN_RE = re.compile(r"[가-힣A-Za-z][가-힣A-Za-z0-9]*")
SUBJECT_NAME_RE = re.compile(r"([가-힣]{2,4}?)(?:은|는|이|가)")
KOREAN3_RE = re.compile(r"[가-힣]{3}")
# titles written before the name ("주장 손흥민은")
TITLE_FIRST = frozenset("주장 공격수 수비수 미드필더 골키퍼 투수 타자 감독 코치 선수 가수 배우 작가 시인 기자 앵커 변호사".split())
# titles that are also common nouns ("주식 시장", "업계 대표"): a bare name before them must look Korean
AMBIGUOUS_TITLES = frozenset("시장 대표 감독 대사 위원 국장 실장".split())
# a title naming its own body: 광주광역시장 -> 광주광역시, 부산시장 -> 부산시, 경기도지사 -> 경기도
BODY_TITLE_RE = re.compile(r"(?P<body>[가-힣]{1,6}(?:특별시|광역시|특별자치시|특별자치도|시|도|군|구))(?:장|지사|수|청장)$")
UNIVERSITY_RE = re.compile(r"[가-힣]{1,4}대")  # 연세대, 전남대: a university before or after a name
CAPITALS = frozenset("평양 워싱턴 도쿄 베이징 모스크바".split())
HOME_TITLES = frozenset(("대통령", "국무총리"))  # with no country named: Korea's
GENITIVE_OWNER_RE = re.compile(r"[가-힣A-Za-z]{2,8}의")  # "엔비디아의 젠슨 황 최고경영자"
GAP_RE = re.compile(r"\s+[0-9]*")  # "국가안보실 1차장": a number before the title
CASED_RE = re.compile(r"(?:은|는|을|를|의|에|에서)$")  # "금리 동결은 이미": a word with its particle
LOCATIVE_RE = re.compile(r"(?:에|에서|으로|로)$")
ACTING_RE = re.compile(r"(?:은|는|이|가|도|측은|측이)$")
STATE_RE = re.compile(r"(?:부|청|처|국회|한국은행|위원회|민주당|국민의힘|당|정부|합참|감독원|정보원|안보실|비서실|지법|지검|법원|검찰청|"
                      r"대통령실|청와대|총리실|국무조정실)$")


@dataclass
class _Person:
    name: str
    title: str | None = None
    affiliation: str | None = None
    mentions: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    headline: bool = False  # titled in the headline only so far


def people(text: str, shorts: frozenset[str] = frozenset()) -> dict[str, _Person]:
    """People before a title; shorts are the short forms of bodies ("연준", "한은") that may stand
    between the name and the title like an organisation's name."""
    out: dict[str, _Person] = {}
    last_words: set[str] = set()  # the last word of each name of several words in out ("루비오" of "마코 루비오")
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for ls, le in lines:
        toks = list(TOKEN_RE.finditer(text, ls, le))
        for i, t in enumerate(toks):
            if t.group() in TITLE_FIRST and i + 1 < len(toks):
                _title_first(text, toks, i, out)
            title = title_word(t.group())
            if title is None or t.group() == title and i + 1 < len(toks) and title_word(toks[i + 1].group()) \
                    and text[t.end():toks[i + 1].start()] == " ":
                continue  # ("곽노정 SK하이닉스 대표이사 사장은": the title is "대표이사 사장")
            j = i - 1
            between: list[str] = []
            country = None
            while j >= 0 and GAP_RE.fullmatch(text, toks[j].end(), toks[j + 1].start()) and (
                    org_word(toks[j].group()) or toks[j].group() in shorts or without_particle(toks[j].group()) in COUNTRIES
                              or toks[j].group() in ("전", "현", "前") and j > 0
                              or DEPT_RE.fullmatch(toks[j].group()) and i - j <= 2
                              or title_word(toks[j].group()) == toks[j].group() and i - j == 1
                              or POSTED_RE.fullmatch(toks[j].group()) and i - j == 1  # "주한 영국대사"
                              or re.fullmatch(r"[가-힣]{2,4}대", toks[j].group()) and j > 0
                              and name_like(toks[j - 1].group())
                              and text[toks[j - 1].end():toks[j].start()] == " "):  # "김정식 연세대 명예교수", not "박찬대 원내대표"
                w = toks[j].group() if DEPT_RE.fullmatch(toks[j].group()) or toks[j].group() in shorts \
                    else without_particle(toks[j].group())  # ("한은 총재": the bank's short form keeps its 은)
                if w in COUNTRIES:
                    country = country or COUNTRIES[w]
                else:
                    between.insert(0, w)
                j -= 1
            if j >= 1 and _bracketed(text, toks[j]) and toks[j - 1].end() == toks[j].start() - 1:
                between.insert(0, toks[j - 1].group())  # "비바리퍼블리카(토스) 대표": the company, not a name
                j -= 2
            if j >= 2 and text[toks[j].start() - 2:toks[j].start()] == ") " and _bracketed(text, toks[j - 1]) \
                    and toks[j - 2].end() == toks[j - 1].start() - 1 and org_word(toks[j - 2].group()):
                between[:0] = [toks[j - 2].group(), toks[j].group()]  # "유럽연합(EU) 외교안보 고위대표": title words
                j -= 3
            # a foreign country right before the title ("마르코 루비오 미국 국무장관") or a few words before the
            # name ("일본 정부 대변인인 하야시 요시마사 관방장관"): a foreign name of several words
            near = _foreign_before(text, toks[j].start()) if j >= 0 and country is None \
                and title not in AMBIGUOUS_TITLES else None
            adjacent = country not in (None, "한국", "북한")
            names: list[re.Match[str]] = []
            if j >= 1 and re.fullmatch(r"[가-힣]", toks[j].group()) and name_like(toks[j - 1].group()) \
                    and toks[j - 1].group()[0] not in SURNAMES and text[toks[j - 1].end():toks[j].start()] == " " \
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
            if names and country not in (None, "한국", "북한") and j >= 0 and re.fullmatch(r"[가-힣]", toks[j].group()) \
                    and text[toks[j].end():names[0].start()] == " " and not text[toks[j].start() - 1:toks[j].start()].isdigit():
                names.insert(0, toks[j])  # "조 바이든 미국 대통령": a one-syllable foreign given name
            while len(names) > 1 and ADNOMINAL_RE.search(names[0].group()):
                names.pop(0)  # "대응해 수출 시장": a verb's form opens no name
            if not names or len(names) == 1 and re.fullmatch(r"[가-힣]모", names[0].group()):
                continue  # "박모 이사장": a name withheld
            if len(names) > 1 and near:
                country = near  # (a Korean name named near a foreign country stays one word, and Korea's)
            if len(names) > 1 and KOREAN3_RE.fullmatch(names[0].group()) and names[0].group()[0] in SURNAMES \
                    and not adjacent and not near:  # not "하야시 요시마사 일본 관방장관", "... 대변인인 하야시 요시마사 관방장관"
                # "이정재 영장전담 부장판사", "김하나 토스 대표": a Korean name is one word; what follows is the title's
                between = [n.group() for n in names[1:]] + between
                names = names[:1]
            bare_title = t.group() == title and i + 1 < len(toks) and text[t.end():toks[i + 1].start()] == " "
            if title in AMBIGUOUS_TITLES and not between and len(names) == 1 and (
                    names[0].group()[0] not in SURNAMES or bare_title or LOCATIVE_RE.search(t.group())):
                continue  # "부동산 시장", "주식 시장 관계자들은", "시장에": a market, not a mayor
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
            name = " ".join(n.group() for n in names)
            if len(name) <= 2 and any(o.startswith(name) and o != name for o in out) \
                    or " " not in name and name in last_words:  # 루비오 장관
                continue  # "마오 대변인" after "마오닝 ... 대변인": a short form (an alias), not a new person
            p = out.get(name)
            if p is None or p.headline and ls:  # the body's title over the headline's ("안규백 국방장관")
                longest, glued = _title_ends(title)
                inner = title[:-len(longest)] if len(title) > len(longest) and org_word(title[:-len(longest)]) \
                    else None  # "국회의장" -> 국회
                body = BODY_TITLE_RE.match(title)
                inner = inner or (body.group("body") if body else None)
                if not inner and title.endswith("장") and org_word(title[:-1]):
                    inner = title[:-1]  # 서울경찰청장 -> 서울경찰청
                home = next((w for w in reversed(between) if org_word(w) or w in shorts or UNIVERSITY_RE.fullmatch(w)), None)
                own = "한국" if title in HOME_TITLES else None  # "윤석열 대통령": the Korean text's own president
                abroad = country if country not in (None, "한국", "북한") else None  # "왕이 중국 외교부장": China's
                new = _Person(name, " ".join([*between, title]), home or before_org or abroad and inner and abroad
                              or inner or country or glued or own,
                              headline=not ls and "\n" in text)
                if p is not None:
                    new.mentions, new.aliases = p.mentions, [*p.aliases, f"{name} {p.title}"]  # "우원식 의장"
                p = out[name] = new
                if " " in name:
                    last_words.update((name.split()[0], name.split()[-1]))  # ("이시바 총리" of "이시바 시게루")
            p.mentions.append(Span(names[0].start(), names[-1].end()))
    return out


@functools.lru_cache(maxsize=1024)
def _title_ends(title: str) -> tuple[str, str | None]:
    """The longest title word a title ends with ("경제부총리": 부총리, not 총리) and the country
    glued before a title word ("영국대사": the UK's), if any."""
    longest = max((w for w in TITLES if title.endswith(w)), key=len)
    glued = next((COUNTRIES[title[:-len(w)]] for w in TITLES if title.endswith(w) and title[:-len(w)] in COUNTRIES), None)
    return longest, glued


# a word that ends like a verb's or a noun's modifier ("회담한 시진핑", "방문 중인"): no given name
# (particles and verb endings only: foreign given names end in 린, 로, 만, 고, 서 too: "콜린", "파블로", "헤르만")
ADNOMINAL_RE = re.compile(r"(?:[가-힣](?:한|된|던|는|할|될|해|며|면)|은|을|를|의|에|과|와)$")
def _foreign_before(text: str, at: int) -> str | None:
    """A foreign country a few words before a name ("일본 정부 대변인인 하야시 요시마사"): a foreign person's."""
    words = text[max(0, at - 24):at].split()[-4:]
    c = next((COUNTRIES[w] for w in reversed(words) if w in COUNTRIES), None)
    return c if c not in ("한국", "북한") else None


def _bracketed(text: str, tok: re.Match[str]) -> bool:
    return text[tok.start() - 1:tok.start()] == "(" and text[tok.end():tok.end() + 1] == ")"


CONCURRENT_RE = re.compile(r"(?P<name>[가-힣]{2,4}) (?P<first>[가-힣]{1,8}) 겸 (?P<rest>(?:[가-힣A-Za-z]{2,12} ){0,2}?"
                           r"[가-힣]{0,8}?(?:" + "|".join(TITLES) + r"))")


def _concurrent_titles(text: str, persons: dict[str, _Person]) -> None:
    """'최상목 부총리 겸 기획재정부 장관은': the second title and its organisation are the person's too."""
    for m in CONCURRENT_RE.finditer(text):
        p = persons.get(m.group("name"))
        words = m.group("rest").split()
        second = title_word(words[-1])
        if p is None or second is None or not title_word(m.group("first")) or p.title != m.group("first"):
            continue
        p.title = " ".join([m.group("first"), "겸", *words[:-1], second])
        p.affiliation = p.affiliation or next((org_word(w) for w in words[:-1] if org_word(w)), None)


def _title_first(text: str, toks: list[re.Match[str]], i: int, out: dict[str, _Person]) -> None:
    """'주장 손흥민은': a bare title word before a name with its particle."""
    t, nxt = toks[i], toks[i + 1]
    nm = SUBJECT_NAME_RE.fullmatch(nxt.group())
    if nm and text[t.end():nxt.start()] == " " and nm.group(1)[0] in SURNAMES and nm.group(1) not in out \
            and name_like(nm.group(1)):
        out[nm.group(1)] = _Person(nm.group(1), t.group(), None, [Span(nxt.start(), nxt.start() + len(nm.group(1)))])


def _surname_aliases(text: str, persons: dict[str, _Person]) -> None:
    """'조 장관', '임 회장', '우 의장': a surname and a title shortening a person named before."""
    by_short: dict[str, list[_Person]] = {}  # what may shorten each person: a foreign name's first or last word, a Korean
    for p in persons.values():  # name's first one or two syllables (in the persons' order)
        # (a foreign name's first word too: Japanese and Chinese names put the family name first, "이시바 총리")
        for short in dict.fromkeys([p.name.split()[-1], p.name.split()[0]] if " " in p.name else [p.name[:1], p.name[:2]]):
            by_short.setdefault(short, []).append(p)
    for m in re.finditer(r"(?<![가-힣])(?P<s>[가-힣]{1,4}) (?P<former>(?:전|현) )?(?P<t>[가-힣]{1,5})", text):
        title = title_word(m.group("t"))
        if title is None:
            continue
        for p in by_short.get(m.group("s"), ()):
            if p.name != m.group("s") and p.title and p.title.endswith(title) \
                    and p.mentions and p.mentions[0].start < m.start() \
                    and not any(s.start <= m.start() < s.end for s in p.mentions):  # (not the full name's own word)
                alias = f"{m.group('s')} {m.group('former') or ''}{title}"
                if alias not in p.aliases:
                    p.aliases.append(alias)
                p.mentions.append(Span(m.start(), m.start() + len(alias)))
                break


def _owner(word: str) -> str:
    """The country a word before a body names as its owner: bare ("북한 외교부") or genitive ("북한의
    외교부"); with a topic, subject or object particle ("북한은 안보리 결의를 위반") it is the sentence's
    topic, not the body's owner."""
    return word[:-1] if word.endswith("의") and word[:-1] in COUNTRIES else word


def organisations(text: str, persons: dict[str, _Person]) -> dict[str, tuple[list[Span], str | None]]:
    out: dict[str, tuple[list[Span], str | None]] = {}
    standalone: set[str] = set()
    abroad: dict[str, dict[str, list[int]]] = {}  # a body's mentions with a foreign country before them
    toks = list(TOKEN_RE.finditer(text))
    for i, t in enumerate(toks):
        org = org_word(t.group())
        if org is None or org in persons:
            continue
        prev = _owner(toks[i - 1].group()) if i else ""
        aff = org_word(toks[i - 1].group()) if i and text[toks[i - 1].end():t.start()] == " " \
            and not toks[i - 1].group().endswith(("와", "과")) else None  # "삼성전자와 SK하이닉스": two bodies
        if org == "정부" and prev in COUNTRIES:
            continue  # "일본 정부": the country itself
        letter = text[t.start() - 2:t.start() - 1] if t.start() >= 2 and text[t.start() - 1] == " " else ""
        if aff is None and (prev in COUNTRIES and text[toks[i - 1].end():t.start()] == " " or letter in HANJA_COUNTRIES):
            aff = COUNTRIES[prev] if prev in COUNTRIES else COUNTRIES[HANJA_COUNTRIES[letter]]  # "중국 외교부", "中 외교부"
            if aff not in ("한국", "북한"):
                abroad.setdefault(org, {}).setdefault(aff, []).append(t.start())
        start = t.start()
        if org.endswith(("대사관", "영사관")):  # "주한 일본대사관": Japan's embassy in Korea
            aff = aff or COUNTRIES.get(org[:-3])
            if i and POSTED_RE.fullmatch(toks[i - 1].group()) and text[toks[i - 1].end():t.start()] == " ":
                org, start = f"{toks[i - 1].group()} {org}", toks[i - 1].start()
        spans, first_aff = out.setdefault(org, ([], aff))
        if first_aff is None and aff is not None:
            out[org] = (spans, aff)  # "中 외교부" first, "중국 외교부" later
        spans.append(Span(start, t.start() + len(org) - (t.start() - start)))
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if not (nxt is not None and text[t.end():nxt.start()] == " " and t.group() == org and org_word(nxt.group())):
            standalone.add(org)
    _split_abroad(out, standalone, abroad)
    # ("한국은행 금융통화위원회" and "한은" elsewhere: the bank is an actor too)
    return {org: v for org, v in out.items() if org in standalone
            or any(re.search(re.escape(s) + r"(?![가-힣])", text) for s in ko_short_names.SHORT_NAMES.get(org, ()))}


# one-letter country names of headlines ("日 교과서", "美 관세"), standing alone
HANJA_COUNTRIES = {"美": "미국", "中": "중국", "日": "일본", "北": "북한", "露": "러시아", "英": "영국", "獨": "독일",
                   "佛": "프랑스", "韓": "한국", "臺": "대만"}
HANJA_RE = re.compile(r"(?<![\u4e00-\u9fff])[" + "".join(HANJA_COUNTRIES) + r"](?![\u4e00-\u9fff])")


def _split_abroad(out: dict[str, tuple[list[Span], str | None]], standalone: set[str],
                  abroad: dict[str, dict[str, list[int]]]) -> None:
    """'외교부' (조현's, named first) and '중국 외교부' in one article: two ministries, the foreign one named
    with its country; a foreign body named only or first with its country keeps its bare name ("국무부")."""
    for org, by_country in abroad.items():
        spans, _ = out[org]
        foreign = {at for starts in by_country.values() for at in starts}
        own = [s for s in spans if s.start not in foreign]
        if not own or not STATE_RE.search(org) or own[0].start > min(foreign):
            continue  # (named first with the foreign country, a bare "외교부" later is that one again)
        for c, starts in by_country.items():
            out[f"{c} {org}"] = ([s for s in spans if s.start in starts], c)
            if org in standalone:
                standalone.add(f"{c} {org}")
        out[org] = (own, None)


def countries(text: str) -> dict[str, tuple[list[Span], list[str]]]:
    out: dict[str, tuple[list[Span], list[str]]] = {}
    for m in HANJA_RE.finditer(text):
        spans, aliases = out.setdefault(HANJA_COUNTRIES[m.group()], ([], []))
        spans.append(Span(m.start(), m.end()))
        if m.group() not in aliases:
            aliases.append(m.group())
    toks = list(TOKEN_RE.finditer(text))
    for i, t in enumerate(toks):
        w = t.group() if t.group() in COUNTRIES else without_particle(t.group())
        if w not in COUNTRIES or t.group().startswith(("한미", "남북")):
            continue
        if w in CAPITALS and not ACTING_RE.search(t.group()):
            continue  # "베이징 외교 경로": a place; "평양은 ...": the government acting
        spans, aliases = out.setdefault(COUNTRIES[w], ([], []))
        spans.append(Span(t.start(), t.start() + len(w)))
        if w != COUNTRIES[w] and w not in aliases:
            aliases.append(w)
        nxt = toks[i + 1].group() if i + 1 < len(toks) else ""
        if without_particle(nxt) == "정부" and f"{w} 정부" not in aliases:
            aliases.append(f"{w} 정부")
    return out


def actors(doc: Document) -> list[Actor]:
    text = doc.text
    shorts = frozenset(s for forms in ko_short_names.SHORT_NAMES.values() for s in forms) \
        | frozenset(s for _, forms in ko_brackets.short_forms(text).values() for s in forms)
    persons = people(ko_brackets.annotations_opened(text), shorts)
    _surname_aliases(text, persons)
    _concurrent_titles(text, persons)
    out = [Actor(p.name, "person", p.title, p.affiliation, p.aliases, sorted(p.mentions, key=lambda s: s.start))
           for p in persons.values()]
    for name, (spans, aff) in organisations(text, persons).items():
        home = "한국" if STATE_RE.search(name) and not aff else None
        forms = sorted(w for w in {aff, *(k for k, v in COUNTRIES.items() if v == aff)} if w)
        aliases = [f"{w} {name}" for w in forms if f"{w} {name}" in text]
        out.append(Actor(name, "organization", None, aff or home, aliases, spans))
    for name, (spans, aliases) in countries(text).items():
        out.append(Actor(name, "country", None, None, aliases, sorted(spans, key=lambda s: s.start)))
    out = ko_short_names.merge(text, out)  # "기획재정부" and "기재부": one actor
    out = ko_brackets.merge(text, out)  # "국가정보원(국정원)": one actor
    ko_affiliations.bracketed_companies(text, out)
    ko_affiliations.subject_bodies(text, out)
    out = ko_affiliations.companies(text, out)
    out = ko_people.people(text, out)
    ko_titles.appositions(text, out)
    ko_titles.name_words(text, out)
    ko_titles.unit_heads(out)
    ko_titles.bare_titles(text, out)
    link_speakers(doc, out)
    return out


__all__ = ["actors"]
