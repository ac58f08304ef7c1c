"""Korean people the title finder leaves out or reads short (sixth session): residents named with
"씨" ("이재민 박영수(72)씨는"), acting office-holders ("한덕수 대통령 권한대행", "소방청장 직무대행"),
and a province's or city's head named after the region ("경상북도 이철우 지사는")."""
from __future__ import annotations

import re

from briefing_app.analysis.lang.ko_words import NOT_NAMES, SURNAMES
from briefing_app.core.model import Actor, Span

# "이재민 박영수(72)씨는", "주민 김철수 씨": a resident, with what the text calls them
CITIZEN_RE = re.compile(r"(?:(?P<role>이재민|주민|시민|상인|학부모|근로자|유족|피해자|목격자|관광객|농민|어민|환자|보호자)[ \t]+)?"
                        r"(?<![가-힣])(?P<name>[가-힣]{2,4})(?:\([0-9]{1,3}\))?[ \t]?씨(?=[은는이가도의를에와과 ,.]|$)")
ACTING_RE = re.compile(r"[ \t]+(?P<acting>권한대행|직무대행)")
REGION_RE = re.compile(r"(?P<region>[가-힣]{1,6}(?:특별자치도|특별자치시|광역시|특별시|도|시|군))[ \t]+$")
REGION_TITLES = ("지사", "도지사", "시장", "군수", "구청장", "교육감")


def people(text: str, out: list[Actor]) -> list[Actor]:
    """The actors with residents added and acting and regional titles completed."""
    names = {a.name: a for a in out}
    for m in CITIZEN_RE.finditer(text) if "씨" in text else ():
        name = m.group("name")
        if name[0] not in SURNAMES or name in NOT_NAMES or name.endswith("모"):
            continue  # "김모(65)씨": a name withheld
        person = names.get(name)
        if person is None:
            person = names[name] = Actor(name, "person", m.group("role"), None, [], [])
            out.append(person)
        if all(s.start != m.start("name") for s in person.mentions):
            person.mentions.append(Span(m.start("name"), m.end("name")))
    for a in out:
        if a.kind != "person" or not a.title or not a.mentions:
            continue
        last = a.title.split()[-1]
        for s in a.mentions:
            at = text.find(last, s.end, s.end + 40)
            acting = ACTING_RE.match(text, at + len(last)) if at != -1 else None
            if acting and acting.group("acting") not in a.title:
                a.title = f"{a.title} {acting.group('acting')}"  # "대통령 권한대행"
                a.aliases = [x for x in a.aliases if x != acting.group("acting")]
                break
        if not a.affiliation and last in REGION_TITLES:
            region = next((r for s in a.mentions if (r := REGION_RE.search(text, max(0, s.start - 12), s.start))), None)
            if region:
                a.affiliation = region.group("region")  # "경상북도 이철우 지사"
    return out


__all__ = ["people"]
