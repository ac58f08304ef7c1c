"""Korean bodies by their kind across an article (eighth session): "노조", "공사", "회사 측", "사측" stand
for the one union, public corporation or company the article is about; a city hall ("서울시청") is the
city ("서울시"); "국민의힘 소속 김기현 의원" belongs to the party; US forces stationed abroad ("주한미군")
are the United States'."""
from __future__ import annotations

import re

from briefing_app.analysis.lang.ko_words import org_word, title_word
from briefing_app.core.model import Actor, Span

# a kind word and the endings of the bodies it may stand for; "회사 측"/"사측" take the company the
# article names first
KINDS: dict[str, tuple[str, ...]] = {"노조": ("노조", "노동조합", "지부", "지회"), "공사": ("공사",), "공단": ("공단",),
                                     "도의회": ("도의회",), "시의회": ("시의회",), "경찰": ("경찰청", "경찰서"),
                                     "재판부": ("지법", "법원", "고법", "재판소"), "검찰": ("지검", "고검", "검찰청")}
# (each pattern opens with its literal words, the regex engine skips to them; a word start is checked by hand)
KIND_RE = re.compile(r"(?P<kind>노조|공사|공단|도의회|시의회|경찰|재판부|검찰)"
                     r"(?=(?:은|는|이|가|도|와|과|의|측|를|을|와는|과는|와의|과의|에서|에서는|에|에는|로|으로)?(?![가-힣]))")
BENCH_AFTER_RE = re.compile(r"[ \t]+[가-힣0-9]{1,12}부[(은는가]")  # "대법원 2부(", "서울중앙지법 형사합의21부는"
COMPANY_SIDE_RE = re.compile(r"회사[ \t]*측|사측")
SIDE_AFTER_RE = re.compile(r"[ \t]?측(?=[은는이가도의과와에을]|[ \t,.])")  # "코레일 측은"
STATE_END_RE = re.compile(r"(?:부|청|처|위원회|국회|당|정부|원|법원|은행|시|도|군|구)$")
HALL_RE = re.compile(r"^(?P<place>[가-힣]{1,4}(?:시|도|구|군))청$")
MEMBER_RE = re.compile(r"소속[ \t]+(?P<name>[가-힣]{2,4})[ \t]")
WORD_BEFORE_RE = re.compile(r"(?<![가-힣A-Za-z])(?P<w>[가-힣A-Za-z]{2,12})[ \t]+$")
PLACE_AFTER_RE = re.compile(r"(?:에서|[ \t]+앞|[ \t]*광장|[ \t]*별관|[ \t]*본관|[ \t]*청사|으로|로)")
FORCES_RE = re.compile(r"^주(?:한|일|독)?미군$")
# professional teams named by sponsor and nickname ("한화 이글스", "LG 트윈스")
TEAM_NICKS = ("트윈스", "이글스", "타이거즈", "라이온즈", "베어스", "자이언츠", "다이노스", "위즈", "랜더스", "히어로즈", "현대", "FC",
              "스틸러스", "블루윙즈", "모터스")
TEAM_RE = re.compile(r"(?:" + "|".join(TEAM_NICKS) + r")(?=(?:은|는|이|가|를|을|의|와|과|도|에|에게|로|으로)?(?![가-힣A-Za-z]))")
OWNER_RE = re.compile(r"(?<![가-힣A-Za-z])(?P<owner>[A-Z]{2,3}|[가-힣]{2,3})[ \t]+$")
# "국민의힘 간사인 유상범 의원", "법사위원장인 정청래 더불어민주당 의원": the body before a role in apposition
ROLE_OF_RE = re.compile(r"(?:간사|대표|위원장|원내대표|대변인|최고위원|사무총장)인[ \t]+(?P<name>[가-힣]{2,4})[ \t]+[가-힣]")
# North Korea's own bodies, named without the country
NORTH_BODIES = frozenset("조선중앙통신 노동신문 노동당 조선노동당 조선인민군 국무위원회 최고인민회의 조선중앙TV 외무성".split())
# provinces and metropolitan cities: an actor when they act or speak (a topic or subject, a partner, a headline's
# speaker), not when they are a place ("서울시 강남구에서")
LOCALS = tuple(("서울시 부산시 대구시 인천시 광주시 대전시 울산시 세종시 경기도 강원도 충청북도 충청남도 충북도 충남도 전라북도 "
                "전라남도 전북도 전남도 경상북도 경상남도 경북도 경남도 제주도 강원특별자치도 전북특별자치도 제주특별자치도").split())
LOCAL_PREFIX_RE = re.compile("|".join(sorted(LOCALS, key=len, reverse=True)))
LOCAL_RE = re.compile(r"(?P<name>" + "|".join(sorted(LOCALS, key=len, reverse=True))
                      + r")(?P<p>는|은|가|이|도|와의|과의|와|과)?(?![가-힣])(?P<q>[ \t]*[\"“])?")
# "이 단체 박정수 사무국장": the body named before
THIS_KINDS = ("단체", "회사", "기관", "협회", "조합", "노조", "병원", "대학", "학교")
THIS_BODY_RE = re.compile(r"(?:이|해당|같은)[ \t]+(?:" + "|".join(THIS_KINDS) + r")[ \t]+"
                          r"(?P<name>[가-힣]{2,4})[ \t]+[가-힣]")


def _word_start(text: str, at: int) -> bool:
    """Does a word start at `at` (no Hangul letter right before it)?"""
    return at == 0 or not ("가" <= text[at - 1] <= "힣")


def _word_before(text: str, at: int) -> str | None:
    """The word (2 to 12 letters) before the blanks right before `at`."""
    m = WORD_BEFORE_RE.search(text, max(0, at - 16), at)
    return m.group("w") if m else None


def _first(actors: list[Actor]) -> Actor | None:
    return min(actors, key=lambda a: a.mentions[0].start) if actors else None


# "시내버스 노조는", "철도 노조가": a union named by the trade or the company it organises, acting (read back from
# each " 노조" the text holds: a scan for the noun before it tries every letter of the text)
NOUN_UNION_RE = re.compile(r"(?<![가-힣A-Za-z])(?P<noun>[가-힣A-Za-z]{2,8})[ \t]노조(?=(?:은|는|이|가|도|측은|측이)(?![가-힣]))")
UNION_ENDS = ("노조", "노동조합", "지부", "지회")


def _unions_by_noun(text: str, out: list[Actor]) -> None:
    """'시내버스 노조는 ... 밝혔다': the union as an actor of its own, or, when the article names one union in full
    ("전국금속노동조합 현대자동차지부(현대차 노조)"), that union's alias."""
    unions = [a for a in out if a.kind == "organization" and a.name.endswith(UNION_ENDS)]
    parents = {a.affiliation for a in unions}
    unions = [a for a in unions if a.name not in parents]
    at = text.find(" 노조")
    while at != -1:
        lo = at
        while lo > 0 and at - lo < 8 and ("가" <= text[lo - 1] <= "힣" or text[lo - 1].isascii() and text[lo - 1].isalpha()):
            lo -= 1
        m = NOUN_UNION_RE.match(text, lo) if at - lo >= 2 else None
        at = text.find(" 노조", at + 3)
        if m is None:
            continue
        name = f"{m.group('noun')} 노조"
        if any(a.name == name or name in a.aliases for a in out):
            continue
        if len(unions) == 1:
            unions[0].aliases.append(name)
        elif not unions:
            out.append(Actor(name, "organization", None, None, [], [Span(m.start(), m.end())]))


OUTLET_END_RE = re.compile(r"(?:통신|뉴스|일보|신문|방송|타임스)$")  # 교도통신, 연합뉴스, 조선일보, 아사히신문, KBS 방송
TOLD_RE = re.compile(r"에[ \t]+(?!따르면|의하면)")  # "교도통신에 \"...\"고 말했다": told; "교도통신에 따르면": the source


def without_outlets_told(text: str, out: list[Actor]) -> list[Actor]:
    """An outlet that only receives a comment ("일본 외무성 관계자는 교도통신에 \"...\"고 말했다") is no actor; one
    that reports ("교도통신에 따르면", "교도통신은 ... 보도했다") is."""
    return [a for a in out if not (a.kind == "organization" and a.mentions and OUTLET_END_RE.search(a.name)
                                   and all(TOLD_RE.match(text, sp.end) for sp in a.mentions))]


def kinds(text: str, out: list[Actor]) -> list[Actor]:
    """The rules above applied to the article's actors (a new list: a city hall joins its city)."""
    orgs = [a for a in out if a.kind == "organization" and a.mentions]
    for m in KIND_RE.finditer(text) if any(k in text for k in KINDS) else ():
        if not _word_start(text, m.start()):
            continue
        fits = [a for a in orgs if a.name.endswith(KINDS[m.group("kind")]) and a.name != m.group("kind")]
        parents = {a.affiliation for a in fits}
        fits = [a for a in fits if a.name not in parents]  # "노조": the branch the article is about, not its parent
        if len(fits) > 1 and m.group("kind") == "재판부":  # "대법원 2부(...)는 ... 서울고법으로 돌려보냈다": the bench's court
            fits = [a for a in fits if any(BENCH_AFTER_RE.match(text, sp.end) for sp in a.mentions)] or fits
        if len(fits) == 1 and not any(s.start <= m.start() < s.end for s in fits[0].mentions):
            _mention(fits[0], m.group("kind"), m.start(), m.end())
    if " 노조" in text:
        _unions_by_noun(text, out)
    if "측" in text:
        company = _first([a for a in orgs if not STATE_END_RE.search(a.name)
                          and not a.name.endswith(("노조", "지부", "지회", "노동조합", "조합", "연맹", "노총", "연합"))])
        for m in COMPANY_SIDE_RE.finditer(text):
            if company is not None and company.mentions[0].start < m.start() and _word_start(text, m.start()):
                _mention(company, m.group(), m.start(), m.end())
    for a in list(out):
        hall = HALL_RE.match(a.name) if a.kind == "organization" else None
        if hall and re.search(re.escape(hall.group("place")) + r"(?:는|은|가|이|도|와|과|와의|과의|의)?(?![가-힣])", text):
            # "서울시청 앞 기자회견" beside "서울시 \"비상수송 대책 가동\"": the city
            city = next((c for c in out if c.name == hall.group("place")), None)
            if city is None:
                a.aliases.append(a.name)
                a.name, a.kind, a.affiliation = hall.group("place"), "government", None
            else:
                city.mentions = sorted([*city.mentions, *a.mentions], key=lambda s: s.start)
                out.remove(a)
        elif hall and all(PLACE_AFTER_RE.match(text, sp.end) for sp in a.mentions):
            out.remove(a)  # "부산시청에서 본지와 만나": a building, where something happened
        elif a.kind == "organization" and FORCES_RE.match(a.name) and not a.affiliation:
            a.affiliation = "미국"
    _locals(text, out)
    out = _teams(text, out)
    _this_body(text, out)
    if "측" in text:
        _sides(text, out)
    for a in out:
        if a.kind == "organization" and a.name in NORTH_BODIES and (not a.affiliation or a.affiliation == a.name):
            a.affiliation = "북한"
    for m in ROLE_OF_RE.finditer(text) if "인 " in text else ():
        before = _word_before(text, m.start())
        org = org_word(before) if before else None
        person = next((p for p in out if p.kind == "person" and p.name == m.group("name")), None)
        if org and person is not None and not person.affiliation:
            person.affiliation = org
    if "소속" in text:
        for m in MEMBER_RE.finditer(text):
            before = _word_before(text, m.start())
            org = org_word(before) if before else None
            person = next((p for p in out if p.kind == "person" and p.name == m.group("name")), None)
            if org and person is not None and not person.affiliation:
                person.affiliation = org  # "국민의힘 소속 김기현 의원"
    _council_members(out)
    return out


def _council_members(out: list[Actor]) -> None:
    """'이정우 구의원' with no party named (after "소속" gave the party where the text names one): the one council of
    that kind the text names."""
    for a in out:
        kind = a.title[:1] if a.kind == "person" and not a.affiliation and a.title in MEMBER_TITLES else None
        councils = [c.name for c in out if c.kind == "organization" and c.name.endswith(f"{kind}의회")] if kind else []
        if len(councils) == 1:
            a.affiliation = councils[0]


# provinces' short forms and their full names
PROVINCE_FULL = {"충북도": "충청북도", "충남도": "충청남도", "전북도": "전라북도", "전남도": "전라남도", "경북도": "경상북도",
                 "경남도": "경상남도"}
# a city the text names as one: its mayor ("수원시장은") or its council ("포항시의회"), or after its province ("경기 고양시")
CITY_NAMED_RE = re.compile(r"(?<![가-힣])(?P<city>[가-힣]{1,4}시(?=장|의회)|[가-힣]{1,4}구(?=청장|의회))|(?:경기|강원|충북|충남|전북|전남|경북|경남|제주)[ \t]+"
                           r"(?P<after>[가-힣]{1,4}시)(?![가-힣])")


PROVINCE_SHORT = ("경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주")


def _finds(text: str, word: str) -> list[int]:
    """Where word occurs in text (str.find)."""
    out = []
    at = text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


# what makes a city named before it act or speak: a subject's or a comitative's particle, or a quotation opening
CITY_AFTER_RE = re.compile(r"(?P<p>는|은|가|이|도|와의|과의|와|과)?(?![가-힣])(?P<q>[ \t]*[\"“])?")


def _city_matches(text: str, cities: list[str]) -> list[tuple[str, int, re.Match[str]]]:
    """The matches of (?P<name>CITY|CITY...)CITY_AFTER, left to right and not overlapping (each place the cities
    tried in their order, as the alternation did): each city, where it starts and what follows it; the cities found
    as strings, not compiled into a pattern per text (0.5 ms: its Hangul range)."""
    found: list[tuple[str, int, re.Match[str]]] = []
    pos = 0
    while cities:
        starts = [at for at in (text.find(city, pos) for city in cities) if at != -1]
        if not starts:
            break
        at = min(starts)
        for city in cities:
            after = CITY_AFTER_RE.match(text, at + len(city)) if text.startswith(city, at) else None
            if after is not None:
                found.append((city, at, after))
                pos = after.end()
                break
        else:
            pos = at + 1
    return found


def _cities(text: str) -> list[str]:
    """The ordinary cities (beyond LOCALS) a text names as cities ("이재준 수원시장", "경기 고양시")."""
    if "시" not in text and "구" not in text:
        return []
    found = set()
    for key in ("시장", "시의회", "구청장", "구의회", " "):  # (read around each key word: the pattern's scan of a whole text costs more)
        if key == " ":
            starts = [i for p in PROVINCE_SHORT for i in _finds(text, p + " ")]
        else:
            starts = [max(0, i - 5) for i in _finds(text, key)]
        for at in starts:
            m = CITY_NAMED_RE.search(text, at, at + 12)
            if m is not None:
                found.add(m.group("city") or m.group("after"))
    return sorted(c for c in found if c not in LOCALS and (len(c) > 2 or c.endswith("구")))  # ("중구청장": 중구)


def _locals(text: str, out: list[Actor]) -> None:
    """A province or a city that acts or speaks is an actor ("경기도가 ... 밝혔다", "수원시는 ... 밝혔다" in a text
    with "수원시장"; not "수원시 팔달구에서")."""
    acting: dict[str, list[Span]] = {}
    for m in LOCAL_RE.finditer(text) if any(name in text for name in LOCALS) else ():
        if _word_start(text, m.start()) and (m.group("p") or m.group("q")):
            acting.setdefault(m.group("name"), []).append(Span(m.start("name"), m.end("name")))
    cities = _cities(text)
    for name, at, after in _city_matches(text, cities):
        if _word_start(text, at) and (after.group("p") or after.group("q")):
            acting.setdefault(name, []).append(Span(at, at + len(name)))
    names = {a.name: a for a in out}
    for a in out:  # "경기도의회", "서울시교육청", "수원시의회": the province's or the city's
        local = LOCAL_PREFIX_RE.match(a.name) if a.kind == "organization" and a.affiliation in (None, "한국") else None
        if local and local.end() < len(a.name):
            a.affiliation = local.group()
        elif a.kind == "organization" and not a.affiliation and a.name.endswith("의회") and a.name[:-2] in cities:
            a.affiliation = a.name[:-2]
    for name, spans in acting.items():
        actor = names.get(name)
        if actor is None:
            metro = METRO_BEFORE_RE.search(text, max(0, spans[0].start - 4), spans[0].start) if name.endswith("구") else None
            actor = names[name] = Actor(name, "government", None, metro.group(1) if metro else None, [], spans)
            out.append(actor)  # ("서울 마포구는": the district of Seoul)
        else:
            actor.mentions = sorted({(s.start, s.end): s for s in [*actor.mentions, *spans]}.values(), key=lambda s: s.start)
    for a in out:  # a bare "시의회" ("시의회는 삭감에 반대했다"): the council of the one city the text has acting
        suffix = BARE_COUNCILS.get(a.name) if a.kind == "organization" and not a.affiliation else None
        own = [name for name in acting if name.endswith(suffix)] if suffix else []
        if len(own) == 1:
            a.affiliation = own[0]
    _province_short_forms(text, out, names)
    if any(name.endswith("구") for name in acting):
        _districts_self(text, out)


MEMBER_TITLES = frozenset(("시의원", "구의원", "도의원", "군의원"))  # a member of a council of that kind
BARE_COUNCILS = {"시의회": "시", "도의회": "도", "구의회": "구", "군의회": "군"}  # a council by its kind alone, and its polity's
METRO_BEFORE_RE = re.compile(r"(서울|부산|대구|인천|광주|대전|울산)[ \t]+$")  # the metropolitan city a district is in
DISTRICT_SELF_RE = re.compile(r"(?<![가-힣])구(?=는|가|도|의|와|과|[ \t]+관계자)")  # "구는 ...", "구 관계자": the district


def _districts_self(text: str, out: list[Actor]) -> None:
    """'구는 예산을 편성했다', '구 관계자는': the one district the text names as acting, by its bare word."""
    districts = [a for a in out if a.kind == "government" and a.name.endswith("구") and len(a.name) > 1]
    if len(districts) != 1:
        return
    for m in DISTRICT_SELF_RE.finditer(text):
        if not any(s.start <= m.start() < s.end for s in districts[0].mentions):
            _mention(districts[0], "구", m.start(), m.end())


def _province_short_forms(text: str, out: list[Actor], names: dict[str, Actor]) -> None:
    """'경남도' beside '경상남도': one province; the short form's mentions and the affiliations it gives are the full
    name's (with no full name in the text, the short form stays as it is)."""
    for short, full in PROVINCE_FULL.items():
        province = names.get(full)
        if province is None or short not in text:
            continue
        same = names.get(short)
        if same is not None and same is not province:
            province.mentions = sorted([*province.mentions, *same.mentions], key=lambda s: s.start)
            out.remove(same)
        for m in re.finditer(short + r"(?=[은는이가도의와과,…\s]|$)", text):
            if _word_start(text, m.start()) and not any(s.start == m.start() for s in province.mentions):
                _mention(province, short, m.start(), m.end())
        for a in out:
            if a.affiliation == short:
                a.affiliation = full  # "박완수 경남지사": 경상남도


def _teams(text: str, out: list[Actor]) -> list[Actor]:
    """'한화 이글스': the team is an actor and its sponsor's name alone ("한화 감독") stands for it."""
    teams: dict[str, tuple[str, list[Span]]] = {}
    for m in TEAM_RE.finditer(text) if any(nick in text for nick in TEAM_NICKS) else ():
        sponsor = OWNER_RE.search(text, max(0, m.start() - 8), m.start())
        if sponsor is None or not _word_start(text, m.start()):
            continue
        teams.setdefault(f"{sponsor.group('owner')} {m.group()}", (sponsor.group("owner"), []))[1].append(Span(sponsor.start(), m.end()))
    if not teams:
        return out
    names = {a.name: a for a in out}
    for name, (owner, spans) in teams.items():
        team = names.get(name)
        if team is None:
            team = names[name] = Actor(name, "organization", None, None, [], spans)
            out.append(team)
        short = names.get(owner)
        if short is not None and short is not team and short.kind == "organization":
            team.mentions = sorted([*team.mentions, *short.mentions], key=lambda s: s.start)
            team.aliases += [owner] if owner not in team.aliases else []
            out.remove(short)
        for p in out:
            if p.kind == "person" and p.affiliation == owner:
                p.affiliation = name  # "김경문 한화 감독": the team's
    return out


def _this_body(text: str, out: list[Actor]) -> None:
    """'이 단체 박정수 사무국장': the person belongs to the organisation named last before."""
    for m in THIS_BODY_RE.finditer(text) if any(f"{w} {kind}" in text for w in ("이", "해당", "같은") for kind in THIS_KINDS) else ():
        if not _word_start(text, m.start()):
            continue
        person = next((p for p in out if p.kind == "person" and p.name == m.group("name")), None)
        before = [(max(s.start for s in o.mentions if s.start < m.start()), o) for o in out
                  if o.kind == "organization" and o.mentions and o.mentions[0].start < m.start()]
        if person is not None and before and (not person.affiliation or person.affiliation not in {o.name for o in out}):
            person.affiliation = max(before, key=lambda t: t[0])[1].name


def body_titles(out: list[Actor]) -> None:
    """'이창용 한은 총재' (a headline's form): '한은 총재' is an alias of the person too."""
    bodies = {f for a in out if a.kind == "organization" for f in (a.name, *a.aliases)}
    for a in out:
        if a.kind != "person":
            continue
        for alias in list(a.aliases):
            words = alias.split()
            if len(words) == 3 and words[0] == a.name and (words[1] in bodies or org_word(words[1])) \
                    and title_word(words[2]) == words[2]:
                if f"{words[1]} {words[2]}" not in a.aliases:
                    a.aliases.append(f"{words[1]} {words[2]}")


def _sides(text: str, out: list[Actor]) -> None:
    """'코레일 측은', '가스공사 측은': an organisation's name or short form before 측 is the organisation speaking."""
    for a in out:
        if a.kind not in ("organization", "government") or not a.mentions:
            continue
        for sp in list(a.mentions):
            side = SIDE_AFTER_RE.match(text, sp.end)
            if side and _word_start(text, sp.start):
                _mention(a, text[sp.start:side.end()], sp.start, side.end())


def _mention(actor: Actor, form: str, start: int, end: int) -> None:
    actor.mentions.append(Span(start, end))
    actor.mentions.sort(key=lambda s: s.start)
    if form not in actor.aliases:
        actor.aliases.append(form)


__all__ = ["body_titles", "kinds"]
