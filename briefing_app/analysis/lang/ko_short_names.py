"""Korean organisations named in full and by their usual short form are one actor: the full
name ("기획재정부") is its name and the short form ("기재부") an alias; affiliations given by a
short form follow. With only the short form in the text, nothing changes."""
from __future__ import annotations

import re

from briefing_app.core.model import Actor, Span

# full names and the short forms the press uses for them
SHORT_NAMES: dict[str, tuple[str, ...]] = {
    "한국은행": ("한은",),
    "기획재정부": ("기재부",),
    "산업통상자원부": ("산업부", "산자부"),
    "행정안전부": ("행안부",),
    "보건복지부": ("복지부",),
    "국토교통부": ("국토부",),
    "과학기술정보통신부": ("과기정통부", "과기부"),
    "고용노동부": ("노동부", "고용부"),
    "문화체육관광부": ("문체부",),
    "농림축산식품부": ("농식품부", "농림부"),
    "중소벤처기업부": ("중기부",),
    "여성가족부": ("여가부",),
    "해양수산부": ("해수부",),
    "금융감독원": ("금감원",),
    "금융위원회": ("금융위",),
    "공정거래위원회": ("공정위",),
    "더불어민주당": ("민주당",),
    "국가정보원": ("국정원",),
    "합동참모본부": ("합참",),
    "헌법재판소": ("헌재",),
    "대법원": ("대법",),
    "전국민주노동조합총연맹": ("민주노총",),
    "질병관리청": ("질병청",), "식품의약품안전처": ("식약처",), "개인정보보호위원회": ("개인정보위",),
    "국민권익위원회": ("권익위",), "중앙선거관리위원회": ("선관위",), "대한의사협회": ("의협",),
    "전국경제인연합회": ("전경련",), "한국전력공사": ("한전",), "서울중앙지방법원": ("서울중앙지법",),
    "국민건강보험공단": ("건보공단",), "한국토지주택공사": ("LH",), "LG에너지솔루션": ("LG엔솔",),
    "한국노동조합총연맹": ("한국노총",),
    # the National Assembly's standing committees
    "법제사법위원회": ("법사위",), "기획재정위원회": ("기재위",), "외교통일위원회": ("외통위",), "국방위원회": ("국방위",),
    "정무위원회": ("정무위",), "행정안전위원회": ("행안위",), "보건복지위원회": ("복지위",), "환경노동위원회": ("환노위",),
    "국토교통위원회": ("국토위",), "교육위원회": ("교육위",), "예산결산특별위원회": ("예결위",), "정보위원회": ("정보위",),
    "과학기술정보방송통신위원회": ("과방위",), "문화체육관광위원회": ("문체위",), "운영위원회": ("운영위",),
}


PARTICLES = r"(?:은|는|이|가|을|를|의|에|에서|과|와|도|측|로|으로)?"


# what may follow a short form in running text: its particle, then no syllable (one pattern matched after the form,
# found as a string: a pattern per form, with its Hangul range, took 0.4 ms to compile in each new text)
AFTER_SHORT_RE = re.compile(PARTICLES + r"(?![가-힣])")


CITY_PREFIXES = frozenset("서울시 부산시 대구시 인천시 광주시 대전시 울산시 세종시".split())  # "서울시교육청" is also "서울교육청"


def forms_of(name: str) -> tuple[str, ...]:
    """The short forms of a body: the known ones, "정보위" of any "정보위원회", "기아차" of "기아자동차"."""
    generic = (name[:-2],) if name.endswith("위원회") and len(name) > 4 else ("중앙회",) if name.endswith("중앙회") \
        else (name[:-3] + "차",) if name.endswith("자동차") and len(name) > 3 \
        else (name[2:],) if name.startswith("한국") and len(name) > 5 \
        else (name[:2] + name[3:],) if name[2:3] == "시" and name[:3] in CITY_PREFIXES and len(name) > 4 \
        else ()  # "현대차"; "무역협회" of "한국무역협회"; "서울교육청" of "서울시교육청"
    return SHORT_NAMES.get(name, ()) + generic


def _hangul(ch: str) -> bool:
    return "가" <= ch <= "힣"


def _stands_alone(text: str, at: int, form: str) -> bool:
    """Does the short form found at `at` stand as a word: no syllable before it, its particle (if any) after it and
    then no syllable (a match of (?<![가-힣])FORM(?:particles)?(?![가-힣]) at `at`)?"""
    return not (at and _hangul(text[at - 1])) and AFTER_SHORT_RE.match(text, at + len(form)) is not None


def merge(text: str, actors: list[Actor]) -> list[Actor]:
    """Fold each organisation named by a short form into the one named in full; the short form's
    other mentions ("한은은 ...") are the full one's too."""
    full_of = {short: a for a in actors if a.kind == "organization" for short in forms_of(a.name)}
    for form, owner in full_of.items():
        at = text.find(form)
        while at != -1:  # found as a string first: much faster than a look-behind tried everywhere
            if _stands_alone(text, at, form) and not any(s.start == at for s in owner.mentions):
                owner.mentions.append(Span(at, at + len(form)))
                if form not in owner.aliases:
                    owner.aliases.append(form)
            at = text.find(form, at + len(form))
    gone: set[int] = set()
    for short in actors:
        full = full_of.get(short.name) if short.kind == "organization" else None
        if full is None:
            continue
        full.mentions = [*full.mentions, *(s for s in short.mentions if all(s.start != f.start for f in full.mentions))]
        for alias in [short.name, *short.aliases]:
            if alias not in full.aliases:
                full.aliases.append(alias)
        gone.add(id(short))
    for a in actors:
        if a.affiliation in full_of:
            a.affiliation = full_of[a.affiliation].name
    for full in full_of.values():
        full.mentions.sort(key=lambda s: s.start)
    _full_names(text, [a for a in actors if id(a) not in gone])
    return [a for a in actors if id(a) not in gone]


FULL_OF = {short: full for full, forms in SHORT_NAMES.items() for short in forms}


def _full_names(text: str, actors: list[Actor]) -> None:
    """A body named by its short form whose full name the text has only inside a longer word, a title
    ("질병청" with "지영미 질병관리청장"), takes the full name; the short form is its alias."""
    names = {a.name for a in actors}
    renamed: dict[str, str] = {}
    for a in actors:
        full = FULL_OF.get(a.name) if a.kind == "organization" else None
        if full is None or full in names or full not in text:
            continue
        renamed[a.name] = full
        a.aliases = [a.name, *(x for x in a.aliases if x != a.name)]
        a.name = full
    for a in actors:
        if a.affiliation in renamed:
            a.affiliation = renamed[a.affiliation]


__all__ = ["SHORT_NAMES", "forms_of", "merge"]
