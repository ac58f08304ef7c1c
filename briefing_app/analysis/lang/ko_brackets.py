"""Korean short forms given in brackets after a body's full name (sixth session): "국가정보원(국정원)",
"전국금속노동조합(금속노조)", "연방준비제도(연준·Fed)". The full name is an organisation (its owner
the country before it: "미국 연방준비제도"), each short form whose syllables it holds in order (or a
Latin acronym) an alias, and the short form's other mentions its mentions; an actor found under the
short form joins it, and a unit named right after it ("금속노조 포스코지회") belongs to it. Also the
brackets that annotate a person ("김기현(국민의힘) 의원"), opened before people are read."""
from __future__ import annotations

import re

from briefing_app.analysis.lang.ko_words import COUNTRIES, PARTICLE_RE, SURNAMES, name_like, org_word, title_word
from briefing_app.core.model import Actor, Span

BRACKET_RE = re.compile(r"(?<![가-힣A-Za-z])(?P<full>[가-힣]{3,15})\((?P<short>[가-힣A-Za-z]{1,6}(?:·[가-힣A-Za-z]{1,6})*)\)")
# a kind of body given in brackets as the short form the text goes on to use ("현대중공업지부(노조)")
KIND_SHORTS = {"노조": ("지부", "지회", "노동조합", "노조"), "공사": ("공사",), "공단": ("공단",)}
BEFORE_RE = re.compile(r"(?P<word>[가-힣]{2,8})[ \t]+$")


def _abbreviates(short: str, full: str) -> bool:
    """'국정원' of '국가정보원', '금속노조' of '전국금속노동조합': the short form's syllables in order."""
    if not re.fullmatch(r"[가-힣]{2,5}", short) or len(short) >= len(full):
        return False
    at = 0
    for ch in short:
        at = full.find(ch, at) + 1
        if at == 0:
            return False
    return True


def short_forms(text: str) -> dict[str, tuple[str, list[str]]]:
    """Each bracketed full name with its short forms: {full: (owner country or "", [short, ...])}."""
    out: dict[str, tuple[str, list[str]]] = {}
    for m in BRACKET_RE.finditer(text) if "(" in text else ():
        full = m.group("full")
        shorts = [s for s in m.group("short").split("·") if _abbreviates(s, full) or re.fullmatch(r"[A-Z]{2,5}|[A-Z][a-z]{2}", s)
                  or full.endswith(KIND_SHORTS.get(s, ("\0",)))  # "현대중공업지부(노조)": the kind as its short form
                  or org_word(full) and re.fullmatch(r"[가-힣]{2,5}", s) and text.count(s) >= 2
                  and not title_word(s)]  # "한국철도공사(코레일)": a brand the text goes on to use
        if not shorts or org_word(full) is None and not any(_abbreviates(s, full) for s in shorts):
            continue
        before = BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
        owner = COUNTRIES.get(before.group("word"), "") if before else ""
        forms = out.setdefault(full, (owner, []))[1]
        forms.extend(s for s in shorts if s not in forms)
    return out


def merge(text: str, out: list[Actor]) -> list[Actor]:
    """The actors with each bracketed body and its short forms as one organisation."""
    forms = short_forms(text)
    if not forms:
        return out
    by_name = {a.name: a for a in out}
    gone: set[int] = set()
    for full, (owner, shorts) in forms.items():
        actor = by_name.get(full)
        if actor is None or actor.kind == "person":
            actor = Actor(full, "organization", None, owner or None, [],
                          [Span(m.start(), m.end()) for m in re.finditer(re.escape(full), text)])
            out.append(actor)
            by_name[full] = actor
        for short in shorts:
            if short not in actor.aliases:
                actor.aliases.append(short)
            other = by_name.get(short)
            if other is not None and other is not actor:
                gone.add(id(other))
            for start, end in _standing_alone(text, short):
                rest = re.match(r"[가-힣]*", text[end:]).group()  # type: ignore[union-attr]
                if (not rest or PARTICLE_RE.fullmatch(rest)) and all(s.start != start for s in actor.mentions) \
                        and text[end:end + 1] != ")":
                    actor.mentions.append(Span(start, end))
        actor.mentions.sort(key=lambda s: s.start)
        for a in out:
            if a.affiliation in shorts:
                a.affiliation = full
        for unit in _units_after(text, [full, *shorts]):
            body = by_name.get(org_word(unit) or "")
            if body is not None and body is not actor and not body.affiliation:
                body.affiliation = full  # "전국금속노동조합(금속노조) 포스코지회"
    return [a for a in out if id(a) not in gone]


def _latin_or_hangul(ch: str) -> bool:
    return "가" <= ch <= "힣" or "A" <= ch <= "Z" or "a" <= ch <= "z"


def _standing_alone(text: str, short: str) -> list[tuple[int, int]]:
    """Where a short form stands with no syllable or Latin letter before it and no Latin letter after it, left to
    right and not overlapping: the matches of (?<![가-힣A-Za-z])SHORT(?![A-Za-z]), found as a string (a pattern per
    form, with its Hangul range, took 0.4 ms to compile in each new text)."""
    found: list[tuple[int, int]] = []
    at = text.find(short) if short else -1
    while at != -1:
        end = at + len(short)
        if not (at and _latin_or_hangul(text[at - 1])) and not (end < len(text) and _ascii_letter(text[end])):
            found.append((at, end))
            at = text.find(short, end)
        else:
            at = text.find(short, at + 1)
    return found


def _ascii_letter(ch: str) -> bool:
    return "A" <= ch <= "Z" or "a" <= ch <= "z"


# a unit's word after a body's name or short form, past a bracket of its own ("전국금속노동조합(금속노조) 포스코지회")
UNIT_AFTER_RE = re.compile(r"(?:\([^)\n]{1,15}\))?[ \t]+(?P<unit>[가-힣]{2,10})")


def _units_after(text: str, names: list[str]) -> list[str]:
    """The unit words of the matches of (?:NAME|NAME...)UNIT_AFTER, left to right and not overlapping (each place the
    names tried in their order, as the alternation did): the names found as strings, not compiled into a pattern per
    body (0.4 ms a body in each new text)."""
    units: list[str] = []
    pos = 0
    while True:
        starts = [at for at in (text.find(name, pos) for name in names) if at != -1]
        if not starts:
            return units
        at = min(starts)
        for name in names:
            m = UNIT_AFTER_RE.match(text, at + len(name)) if text.startswith(name, at) else None
            if m is not None:
                units.append(m.group("unit"))
                pos = m.end()
                break
        else:
            pos = at + 1


ANNOTATION_RE = re.compile(r"(?<![가-힣])(?P<word>[가-힣]{2,4})\((?P<inner>[^()\n]{1,20})\)")


def annotations_opened(text: str) -> str:
    """'김기현(국민의힘) 의원', '홍길동(45) 교수': a bracket right after a name annotates the person
    (party, age, field); its brackets become spaces (offsets kept) so the name and title read as one
    phrase. A company's brand ('비바리퍼블리카(토스)') follows no name and stays."""
    def open_(m: re.Match[str]) -> str:
        if title_word(m.group("word")) and title_word(m.group("inner")):  # "DS부문장(사장)은": the rank aside
            return m.group("word") + " " * (len(m.group("inner")) + 2)
        if not name_like(m.group("word")):
            return m.group()
        inner = m.group("inner")
        return f"{m.group('word')} {' ' * len(inner) if re.fullmatch(r'[0-9 ]+|[0-9]+세', inner) else inner} "
    return ANNOTATION_RE.sub(open_, text)


# a court's bench and its judge in brackets ("서울중앙지법 형사합의21부(김정곤 부장판사)", "대법원 2부(주심 이흥구 대법관)")
BENCH_RE = re.compile(r"(?P<court>[가-힣]{1,10}(?:지법|고법|법원|지원))[ \t]+[가-힣0-9]{1,12}부\((?:주심[ \t]+)?"
                      r"(?P<name>[가-힣]{2,4})[ \t]+(?P<title>부장판사|판사|대법관|재판관|법원장)\)")


def _benches(text: str) -> list[re.Match[str]]:
    """BENCH_RE's matches, read in a window around each "부(" (str.find): the pattern scanned over a whole text costs
    more than the rest of the pass."""
    found: dict[int, re.Match[str]] = {}
    at = text.find("부(")
    while at >= 0:
        m = BENCH_RE.search(text, max(0, at - 30), at + 30)
        if m is not None and (m.start() == 0 or not ("가" <= text[m.start() - 1] <= "힣")):
            found.setdefault(m.start(), m)
        at = text.find("부(", at + 2)
    return [found[k] for k in sorted(found)]


def bench(text: str, out: list[Actor]) -> None:
    """A judge named in brackets after a court's bench is a person of that court (found or made)."""
    if "부(" not in text:
        return
    by_name = {a.name: a for a in out}
    for m in _benches(text):
        court = by_name.get(m.group("court"))
        if court is None or m.group("name")[0] not in SURNAMES:
            continue
        judge = by_name.get(m.group("name"))
        if judge is None:
            judge = by_name[m.group("name")] = Actor(m.group("name"), "person", m.group("title"), court.name, [], [])
            out.append(judge)
        judge.title = judge.title or m.group("title")
        judge.affiliation = judge.affiliation or court.name
        if not any(sp.start == m.start("name") for sp in judge.mentions):
            judge.mentions.append(Span(m.start("name"), m.end("name")))


__all__ = ["bench", "annotations_opened", "merge", "short_forms"]
