"""Korean affiliations the words around a person give, besides the title phrase itself:

- a body the sentence before has as its subject, when the person's title is one of its offices
  ("더불어민주당은 즉각 반발했다. 박찬대 원내대표는 ..." -> 더불어민주당);
- a company written with its brand in brackets before a title ("김하나 비바리퍼블리카(토스) 대표는"):
  an organisation, with the brand as its alias, and the person's affiliation;
- a university a person's title phrase names ("김상훈 대림대 자동차학과 교수") is an actor too.
"""
from __future__ import annotations

import re

from briefing_app.analysis.lang.ko_kinds import PROVINCE_FULL
from briefing_app.analysis.lang.ko_words import COUNTRIES, name_like, org_word, title_word
from briefing_app.core.model import Actor, Span

# the last words of company names ("삼성전자", "한빛조선", "현대제철")
COMPANY_ENDS = "전자|그룹|자동차|하이닉스|통신|증권|건설|항공|제약|중공업|화학|바이오|조선|해운|제철|상선|생명"
# titles and the endings of the bodies that hold such offices
OFFICES: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("원내대표", "대표", "최고위원", "의원", "대변인", "사무총장", "위원장"), re.compile(r"(?:당|국민의힘)$")),
    (("장관", "차관", "대변인", "실장", "국장"), re.compile(r"(?:부|처)$")),
    (("청장", "차장", "대변인"), re.compile(r"청$")),
    (("총재", "부총재", "행장"), re.compile(r"은행$")),
    (("회장", "사장", "대표", "부회장"), re.compile(r"(?:" + COMPANY_ENDS + r")$")),
)
PREV_SENTENCE_RE = re.compile(r"(?:^|[.!?]\s+|\n)(?P<sent>(?:[^.!?\n]|[.!?](?!\s))+[.!?])\s*$")
SUBJECT_RE = re.compile(r"(?:은|는|이|가)$")
BRACKETED_RE = re.compile(r"(?<![가-힣A-Za-z])(?P<org>[가-힣A-Za-z]{2,15})\((?P<brand>[가-힣A-Za-z0-9]{1,10})\)[ \t]+"
                          r"(?P<title>[가-힣]{1,8})")


def _holds(title: str, org: str) -> bool:
    last = title.split()[-1]
    return any(last.endswith(titles) and body.search(org) for titles, body in OFFICES)


def subject_bodies(text: str, out: list[Actor]) -> None:
    """A person with a title and no affiliation, first named at the start of a sentence right
    after one whose subject is an organisation holding that office (or a person of one), belongs to it."""
    orgs = [(s.start, s.end, a) for a in out if a.kind == "organization" for s in a.mentions]
    for a in out:
        if a.kind != "person" or a.affiliation or not a.title or not a.mentions:
            continue
        at = a.mentions[0].start
        before = text[max(0, at - 200):at]
        m = PREV_SENTENCE_RE.search(before)  # a full stop inside "3.5%" ends no sentence
        if m is None or not re.search(r"(?:^|[.!?\n])\s*$", text[max(0, at - 3):at]):
            continue  # the person does not open a sentence, or no sentence before in this paragraph
        sent_start = at - len(before) + m.start("sent")
        head = next((o for s, e, o in orgs if s == sent_start and SUBJECT_RE.search(text[s:e + 3].split()[0])), None)
        if head is None:  # "정청래 민주당 대표는 ... 김병기 원내대표도": the party of the person before
            person = next((p for p in out if p.kind == "person" and p.affiliation and p is not a
                           and any(s.start == sent_start for s in p.mentions)), None)
            if person is not None and person.affiliation and _holds(a.title, person.affiliation):
                a.affiliation = person.affiliation
        elif _holds(a.title, head.name):
            a.affiliation = head.name


def bracketed_companies(text: str, out: list[Actor]) -> None:
    """'비바리퍼블리카(토스) 대표': an organisation with its brand as alias, and the person before it."""
    names = {a.name for a in out}
    for m in BRACKETED_RE.finditer(text):
        if title_word(m.group("title")) is None or name_like(m.group("org")) or org_word(m.group("brand")) \
                or m.group("brand").isdigit():
            continue  # "김기현(국민의힘) 의원", "홍길동(45) 교수": a person annotated, no company
        org = next((a for a in out if a.name == m.group("org")), None)
        if org is None and m.group("org") not in names:
            org = Actor(m.group("org"), "organization", aliases=[m.group("brand")])
            out.append(org)
            names.add(org.name)
        if org is None:
            continue
        org.mentions.append(Span(m.start("org"), m.end("org")))
        for p in out:
            if p.kind == "person" and not p.affiliation and any(0 <= m.start() - s.end <= 1 for s in p.mentions):
                p.affiliation = org.name


COMPANY_END_RE = re.compile(r"(?:" + COMPANY_ENDS + r"|은행)$")
UNIT_END_RE = re.compile(r"(?:사업부|사업본부|부문|합의부|재판부)$")  # 메모리사업부, a court's 민사합의부: no actor of its own
STATE_MEDIA_RE = re.compile(r"(?P<country>[가-힣]{2,5})[ \t]+(?:관영|국영|공영)[ \t]+$")


LATIN_PREFIX_RE = re.compile(r"^[A-Z]{1,4}(?=[가-힣])")  # "HD현대중공업", "KT&G" aside


def companies(text: str, out: list[Actor]) -> list[Actor]:
    """'엔비디아의 젠슨 황 최고경영자': the body a person's title names with a genitive is an organisation;
    a company's division (메모리사업부) is no actor, its people are the company's (the latest named before);
    a group's short name (삼성) is an alias of the one company named with it (삼성전자); "중국 관영 신화통신"
    is China's."""
    names = {a.name: a for a in out}
    for p in [a for a in out if a.kind == "person" and a.affiliation and a.affiliation not in names]:
        if p.affiliation and f"{p.affiliation}의 " in text and not UNIT_END_RE.search(p.affiliation) \
                and " " not in p.affiliation:  # (not "쿠웨이트 대표팀": a team named by its country)
            org = names[p.affiliation] = Actor(p.affiliation, "organization", None, None, [],
                                               [Span(m.start(), m.end()) for m in re.finditer(re.escape(p.affiliation), text)])
            out.append(org)
    companies_ = [a for a in out if a.kind == "organization" and COMPANY_END_RE.search(a.name)]
    for unit in [a for a in out if a.kind == "organization" and UNIT_END_RE.search(a.name)]:
        at = unit.mentions[0].start if unit.mentions else 0
        before = [c for c in companies_ if c.mentions and c.mentions[0].start < at]
        for p in out:
            if p.affiliation == unit.name:
                p.affiliation = before[-1].name if before else None
        out.remove(unit)
    unprefixed = [(c, LATIN_PREFIX_RE.sub("", c.name)) for c in companies_]
    for short in [a for a in out if a.kind == "organization"]:
        longer = [c for c, bare_name in unprefixed if (c.name.startswith(short.name) or bare_name == short.name)
                  and c is not short]  # ("현대중공업" of "HD현대중공업" too)
        if len(longer) == 1 and short in out:
            longer[0].aliases.append(short.name)
            longer[0].mentions = sorted([*longer[0].mentions, *short.mentions], key=lambda s: s.start)
            out.remove(short)
    for org in out:
        if org.kind == "organization" and not org.affiliation and org.mentions:
            m = STATE_MEDIA_RE.search(text, max(0, org.mentions[0].start - 12), org.mentions[0].start)
            if m and m.group("country") in COUNTRIES:
                org.affiliation = COUNTRIES[m.group("country")]
    return out


__all__ = ["bracketed_companies", "companies", "education_offices", "heads_by_title", "party_organs", "subject_bodies", "union_heads"]


UNIVERSITY_RE = re.compile(r"[가-힣]{1,6}(?:대|대학교|대학원대학교)")
UNIVERSITY_PARTICLES = frozenset("은는이가의에와과도을를")
LATIN_BODY_RE = re.compile(r"[A-Z]{2,6}")  # a company by its Latin letters ("HMM 대표"): an organisation too


def universities(text: str, out: list[Actor]) -> None:
    """A university or a company by its Latin letters that is some person's affiliation ("대림대 자동차학과 교수",
    "HMM 대표") is an organisation of its own, with every mention of it as a word of its own."""
    have = {a.name for a in out} | {x for a in out for x in a.aliases}
    for name in dict.fromkeys(a.affiliation for a in out if a.kind == "person" and a.affiliation):
        if name in have or not (UNIVERSITY_RE.fullmatch(name) or LATIN_BODY_RE.fullmatch(name)):
            continue
        spans = []
        at = text.find(name)
        while at != -1:  # (found as a string: a pattern per name would cost more than the rest of this stage)
            end = at + len(name)
            after = end + 2 if text.startswith("에서", end) else end + 1 if text[end:end + 1] in UNIVERSITY_PARTICLES else end
            if not (at and "가" <= text[at - 1] <= "힣") and not "가" <= text[after:after + 1] <= "힣":
                spans.append(Span(at, end))
            at = text.find(name, end)
        if spans:
            out.append(Actor(name, "organization", None, None, [], spans))
            have.add(name)


STATE_HEAD_RE = re.compile(r"(?P<state>[가-힣]{2,10}) 주지사")  # ("유타 주지사": a two-syllable state too)
PROVINCE_HEAD_RE = re.compile(r"(?P<p>경기|강원|충북|충남|전북|전남|경북|경남|제주)도?지사$")


def named_homes(text: str, out: list[Actor]) -> None:
    """'린젠 중국 외교부 대변인': the foreign ministry named right after the name (its country between), not Korea's; a
    governor by the province's short name ("김영록 전남지사") is the province's: as the text names it ("전남도"), else
    by its full name ("충청북도")."""
    bodies = [b for b in out if b.kind == "organization" and " " in b.name]
    for a in out:
        if a.kind != "person":
            continue
        if a.affiliation and not a.affiliation.count(" "):
            full = next((b.name for b in bodies if b.name.endswith(" " + a.affiliation) and any(
                0 <= m.start - p.end <= 8 for p in a.mentions for m in b.mentions)), None)
            if full is not None:
                a.affiliation = full
        elif a.affiliation is None and a.title and (m := PROVINCE_HEAD_RE.search(a.title)):
            short = m.group("p") + "도"  # the province as the text writes it ("전남도"), else its full name ("충청북도")
            a.affiliation = short if short in text else PROVINCE_FULL.get(short, short)
        elif a.affiliation is None and a.title and (m := STATE_HEAD_RE.fullmatch(a.title)):
            a.affiliation = m.group("state") + "주"  # "크리스티 놈 사우스다코타 주지사": the state


# a party's organs named between the party and a title ("노동당 중앙위원회 부부장"): the person is the party's
PARTY_ORGANS = frozenset("중앙위원회 정치국 비서국 최고위원회 정책위원회 중앙군사위원회 선거대책위원회".split())


def party_organs(text: str, out: list[Actor]) -> None:
    """'김여정 노동당 중앙위원회 부부장': a party organ named only with its party stands for the party (an actor named as
    the party, the organ's form its alias), and its officials are the party's."""
    names = {a.name: a for a in out}
    for organ in [a for a in out if a.kind == "organization" and a.name in PARTY_ORGANS and (a.affiliation or "").endswith("당")]:
        party = names.get(organ.affiliation or "")
        if party is None:
            party_name = organ.affiliation or ""
            home = "북한" if party_name in ("노동당", "조선노동당") else None
            party = names[party_name] = Actor(party_name, "organization", None, home, [f"{party_name} {organ.name}"],
                                              [*organ.mentions])
            out.append(party)
            out.remove(organ)
        for a in out:
            if a.kind == "person" and a.affiliation == organ.name:
                a.affiliation = party.name


def heads_by_title(out: list[Actor]) -> None:
    """'이억원 금융위원장': the body whose name or short form the title holds before its '장' ("금융위" of 금융위원회)."""
    bodies = {form: a.name for a in out if a.kind in ("organization", "government") for form in (a.name, *a.aliases)}
    for a in out:
        word = a.title.split()[-1] if a.kind == "person" and not a.affiliation and a.title else ""
        if len(word) >= 4 and word.endswith("장"):
            body = bodies.get(word[:-1]) or bodies.get(word[:-2])
            if body is not None:
                a.affiliation = body


UNION_ENDS = ("지부", "노조", "노동조합", "지회")


def union_heads(out: list[Actor]) -> None:
    """'문용문 현대차 노조 지부장': the union the article is about (the one union going by "노조", else the only one), not
    the company whose name stands before "노조"."""
    if not any(a.kind == "person" and " 노조 " in f" {a.title or ''} " for a in out):
        return
    unions = [a for a in out if a.kind == "organization" and a.name.endswith(UNION_ENDS)]
    named = [u for u in unions if "노조" in u.aliases] or unions
    parents = {u.affiliation for u in named}
    named = [u for u in named if u.name not in parents]  # (the branch, not its parent federation)
    if len(named) != 1:
        return
    for a in out:
        if a.kind == "person" and " 노조 " in f" {a.title or ''} " and not (a.affiliation or "").endswith(UNION_ENDS):
            a.affiliation = named[0].name


def education_offices(out: list[Actor]) -> None:
    """'정근식 서울시교육감': the office the superintendent heads ("서울시교육청"), when the text names it."""
    offices = {a.name: a for a in out if a.kind == "organization" and a.name.endswith("교육청")}
    for a in out:
        if a.kind == "person" and not a.affiliation and a.title and a.title.split()[-1].endswith("교육감"):
            office = offices.get(a.title.split()[-1][:-1] + "청")
            if office is not None:
                a.affiliation = office.name

