"""Russian legislative committees (fourteenth session): a committee "по ..." is a body of its own, named as the text
gives it ("Комитет Госдумы по охране здоровья рекомендовал ...", "комитета по энергетике и инженерному обеспечению"),
a Duma committee with the Duma as its parent; the people whose title holds it take it as their affiliation, as the
set's answers settle it (score.py: "the committee named with their title"), and so does a bare "председатель
комитета" when the text names one committee only."""
from __future__ import annotations

import re

from briefing_app.core.model import Actor, Span

DUMA_WORDS = r"(?:Госдумы|Государственной[ \t]+думы)"
# a committee with a name of its own before it ("Следственного комитета", "Базельский комитет по банковскому надзору",
# "оргкомитета"): not a legislature's, nor a bare "комитета"
NAMED_BEFORE = (r"(?<![\w-])(?<!ого )(?<!его )(?<!ый )(?<!ий )(?<!ому )(?<!ему )(?<!ым )(?<!им )(?<!нном )(?<!ском )(?<!цком )"
                r"(?<!ьном )")  # (not "ом"/"ем" alone: "с председателем комитета", "с членом комитета")
COMMITTEE_NAME_RE = re.compile(NAMED_BEFORE + r"[Кк]омитет(?:а|у|ом|е)?(?P<leg>[ \t]+" + DUMA_WORDS + r")?[ \t]+по[ \t]+"
                               r"(?P<rest>[а-яё-]+(?:[ \t]+[а-яё-]+){0,4})")
# where a committee's name ends: a verb, a preposition or a conjunction opening what follows it
REST_STOP_RE = re.compile(r"(?:[а-яё]{2,}(?:л|ла|ли|ло|ет|ит|ют|ят|ут|ёт)(?:ся|сь)?|в|во|на|с|со|о|об|к|из|за|от|до|что|при|после|для|"
                          r"который|которая|которое|которые|также|уже|ранее|сегодня)$")
DUMA_AFTER_RE = re.compile(r"[ \t]+" + DUMA_WORDS + r"(?![\w-])")
DUMA_RE = re.compile(r"(?<![\w-])(?:Госдум|Государственн[а-яё]+[ \t]+дум)")
# another legislature its paragraph names ("Законодательного собрания Санкт-Петербурга"): a committee's parent
LEGISLATURE_RE = re.compile(r"(?<![\w-])(?:Законодательн[а-яё]+[ \t]+собрани|Совет[а-яё]*[ \t]+Федерации|Мосгордум|"
                            r"[Гг]ородск[а-яё]+[ \t]+дум|[Гг]ордум)")
# another body's committee: an upper house's, a foreign parliament's, a board's ("комитета по иностранным делам Сената",
# "комитета Совета Федерации", "комитета по аудиту совета директоров"): not the Duma's, nor a bare "комитета"'s
OTHER_BODY_RE = re.compile(r"[ \t]+(?:Совета[ \t]+Федерации|Совфеда|Сената|Конгресса|Палаты|Европарламента|Бундестага|ООН|"
                           r"Верховной[ \t]+рады|Рады|Кнессета|Сейма|Меджлиса|[Пп]арламента|[Сс]овета[ \t]+директоров|МОК)(?![\w-])")
# (nor one with a genitive of its own after it: "комитет кредиторов", "комитета солдатских матерей")
BARE_RE = re.compile(NAMED_BEFORE + r"комитет(?:а|у|ом|е)?(?![\w-])(?![ \t]+(?:Госдумы|Государственной|по)(?![\w-]))"
                     r"(?![ \t]+[а-яё]+(?:ов|ев|ей|ых|их)(?![\w-]))")
BARE_TITLE_RE = re.compile(NAMED_BEFORE + r"комитета$")  # "председатель комитета", "член комитета": the title ends there


def _rest(words: str) -> str:
    """The committee's field: the words after "по" up to a verb, a preposition or a trailing "и"."""
    out = []
    for w in words.split():
        if REST_STOP_RE.fullmatch(w):
            break
        out.append(w)
    while out and out[-1] == "и":
        out.pop()
    return " ".join(out)


def committees(text: str, out: list[Actor]) -> list[Actor]:
    """Add the committees the text names to out, each once, and make each its members' affiliation; return those added
    without a parent (a city's or a region's, for the caller to place)."""
    named = _at_stem(text, COMMITTEE_NAME_RE)
    added: list[Actor] = []
    if not named:
        return added
    found: dict[str, Actor] = {}
    by_name = {a.name.lower(): a for a in out if a.kind == "organization"}
    duma = next((a for a in out if a.kind == "organization" and DUMA_RE.match(a.name)), None)
    for m in named:
        rest = _rest(m.group("rest"))
        if not rest or _of_another_body(text, m.start("rest"), rest):
            continue
        para = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        after = DUMA_AFTER_RE.match(text, m.start("rest") + len(rest))  # "Комитет по бюджету и налогам Госдумы"
        of_duma = bool(m.group("leg")) or after is not None or bool(DUMA_RE.search(para))
        name = f"Комитет {'Госдумы ' if of_duma else ''}по {rest}"
        actor = found.get(name) or by_name.get(name.lower()) or by_name.get(f"комитет по {rest}")
        if actor is None:
            # (a legislature named before it in its paragraph or right after its field: "комитета по бюджетно-финансовой
            # политике Законодательного собрания")
            parent = (duma.name if duma else "Госдума") if of_duma else _legislature(
                para + text[m.start():m.start("rest") + len(rest) + 40], out)
            actor = Actor(name, "organization", None, parent, [], [])
            out.append(actor)
            if parent is None:
                added.append(actor)
        elif actor.name != name and of_duma:  # "Комитет по охране здоровья", named before: the Duma's
            actor.aliases.append(actor.name)
            actor.name, actor.affiliation = name, actor.affiliation or (duma.name if duma else "Госдума")
        found[name] = actor
        end = after.end() if after is not None else m.start("rest") + len(rest)
        written = text[m.start():end]
        if written.lower() != name.lower() and written not in actor.aliases:
            actor.aliases.append(written)
        if not any(s.start == m.start() for s in actor.mentions):
            actor.mentions.append(Span(m.start(), end))
    if not found:
        return added
    only = next(iter(found.values())) if len({id(a) for a in found.values()}) == 1 else None
    if only is not None:  # "Председатель комитета", "на заседании комитета": the one committee the text names
        for m in _at_stem(text, BARE_RE):
            if OTHER_BODY_RE.match(text, m.end()):
                continue
            if not any(s.start <= m.start() < s.end for s in only.mentions):
                only.mentions.append(Span(m.start(), m.end()))
                if m.group() not in only.aliases:
                    only.aliases.append(m.group())
        only.mentions.sort(key=lambda sp: sp.start)
    for a in out:
        if a.kind != "person" or not a.title or "комитет" not in a.title:
            continue
        in_title = COMMITTEE_NAME_RE.search(a.title)
        if in_title is not None:
            rest = _rest(in_title.group("rest"))
            if _of_another_body(a.title, in_title.start("rest"), rest):
                continue
            body = next((c for n, c in found.items() if n.endswith(f" по {rest}")), None)
            if body is not None:
                a.affiliation = body.name
        elif only is not None and BARE_TITLE_RE.search(a.title):
            a.affiliation = only.name  # "Председатель комитета Сергей Леонов": the one committee the text names
    return added


def _of_another_body(text: str, at: int, rest: str) -> bool:
    """Whether the committee whose field starts at `at` is another body's: named within its field ("по аудиту совета
    директоров") or right after it ("по иностранным делам Сената")."""
    return bool(OTHER_BODY_RE.match(text, at + len(rest)) or OTHER_BODY_RE.search(" " + rest))


def _at_stem(text: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """pattern's matches, tried only one letter before each "омитет" (str.find): a scan of the whole text by the pattern
    cost ~1 ms of an analysis."""
    found: list[re.Match[str]] = []
    at = text.find("омитет", 1)
    while at != -1:
        m = pattern.match(text, at - 1)
        if m is not None:
            found.append(m)
        at = text.find("омитет", at + 6)
    return found


def _legislature(para: str, out: list[Actor]) -> str | None:
    """The regional or city legislature the paragraph names, as an actor of the text ("Законодательное собрание
    Санкт-Петербурга"), else None."""
    m = LEGISLATURE_RE.search(para)
    if m is None:
        return None
    stem = m.group()[:8].lower()
    return next((a.name for a in out if a.kind == "organization" and a.name.lower().startswith(stem)), None)


__all__ = ["committees"]
