"""Korean organisations by their endings (외교부, 한국은행, 금융통화위원회, 대한의사협회, 더불어민주당), a
foreign country's body beside Korea's own ("중국 외교부" and "외교부"), and countries, with the
one-letter ones of headlines ("美", "中")."""
from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.analysis.lang import ko_short_names
from briefing_app.analysis.lang.ko_titled import TOKEN_RE, Person
from briefing_app.analysis.lang.ko_words import COUNTRIES, POSTED_RE, org_word, without_particle
from briefing_app.core.model import Span

# bodies that keep branches: named before one ("전국금속노동조합 현대자동차지부", "고용노동부 울산지청"), an actor too
PARENT_RE = re.compile(r"(?:의회|노조|노동조합|연맹|총연맹|노총|연합회|중앙회|부|경찰청|지법|지검|고법|법원|공단|공사|협회|학회)$")
FOREIGN_HOMES = {"백악관": "미국", "펜타곤": "미국", "크렘린궁": "러시아"}  # foreign bodies known by one word, and their country
CAPITALS = frozenset("평양 워싱턴 도쿄 베이징 모스크바".split())
ACTING_RE = re.compile(r"(?:은|는|이|가|도|측은|측이)$")
STATE_RE = re.compile(r"(?:(?<!지)부|(?<=복지)부|청|처|국회|한국은행|위원회|민주당|국민의힘|당|정부|합참|감독원|정보원|안보실|비서실|지법|지검|법원|검찰청|"
                      r"대통령실|청와대|총리실|국무조정실|헌법재판소|헌재|감사원|^한국[가-힣]{1,8}(?:공사|공단))$")  # (한국가스공사: a state corporation)


def _owner(word: str) -> str:
    """The country a word before a body names as its owner: bare ("북한 외교부") or genitive ("북한의
    외교부"); with a topic, subject or object particle ("북한은 안보리 결의를 위반") it is the sentence's
    topic, not the body's owner."""
    return word[:-1] if word.endswith("의") and word[:-1] in COUNTRIES else word


def _parent(word: str) -> str | None:
    """The body a token before another body names as its parent: bare ("고용노동부 울산지청") or genitive ("국토교통부의
    산하기관"); with any other particle it is a body of its own ("감사원이 국토교통부를 감사했다", "삼성전자와 SK하이닉스")."""
    org = org_word(word)
    return org if org is not None and (word == org or word == org + "의") else None


def organisations(text: str, persons: dict[str, Person],
                  toks: Sequence[re.Match[str]] | None = None) -> dict[str, tuple[list[Span], str | None]]:
    """The bodies the text names; toks, when given, are the text's tokens (TOKEN_RE), read once by the caller."""
    out: dict[str, tuple[list[Span], str | None]] = {}
    standalone: set[str] = set()
    abroad: dict[str, dict[str, list[int]]] = {}  # a body's mentions with a foreign country before them
    toks = list(TOKEN_RE.finditer(text)) if toks is None else toks
    for i, t in enumerate(toks):
        org = org_word(t.group())
        if org is None or org in persons:
            continue
        prev = _owner(toks[i - 1].group()) if i else ""
        aff = _parent(toks[i - 1].group()) if i and text[toks[i - 1].end():t.start()] == " " else None
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
        aff = aff or FOREIGN_HOMES.get(org)  # "백악관": the United States'
        spans, first_aff = out.setdefault(org, ([], aff))
        if first_aff is None and aff is not None:
            out[org] = (spans, aff)  # "中 외교부" first, "중국 외교부" later
        spans.append(Span(start, t.start() + len(org) - (t.start() - start)))
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if not (nxt is not None and text[t.end():nxt.start()] == " " and t.group() == org and org_word(nxt.group())) \
                or PARENT_RE.search(org):  # "전국공공운수노조 서울교통공사노조": the parent union is an actor too
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


def countries(text: str, toks: Sequence[re.Match[str]] | None = None) -> dict[str, tuple[list[Span], list[str]]]:
    out: dict[str, tuple[list[Span], list[str]]] = {}
    for m in HANJA_RE.finditer(text):
        spans, aliases = out.setdefault(HANJA_COUNTRIES[m.group()], ([], []))
        spans.append(Span(m.start(), m.end()))
        if m.group() not in aliases:
            aliases.append(m.group())
    toks = list(TOKEN_RE.finditer(text)) if toks is None else toks
    for i, t in enumerate(toks):
        g = t.group()  # (read once: this loop sees every token of the text)
        w = g if g in COUNTRIES else without_particle(g)
        if w not in COUNTRIES or g.startswith(("한미", "남북")):
            continue
        if w in CAPITALS and not ACTING_RE.search(g):
            continue  # "베이징 외교 경로": a place; "평양은 ...": the government acting
        spans, aliases = out.setdefault(COUNTRIES[w], ([], []))
        spans.append(Span(t.start(), t.start() + len(w)))
        if w != COUNTRIES[w] and w not in aliases:
            aliases.append(w)
        nxt = toks[i + 1].group() if i + 1 < len(toks) else ""
        if without_particle(nxt) == "정부" and f"{w} 정부" not in aliases:
            aliases.append(f"{w} 정부")
    return out
