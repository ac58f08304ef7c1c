"""Russian short forms in brackets after a body's full name: "Федерального агентства морского и
речного транспорта (Росморречфлот)" is one actor, the short form, with the full name as the text
has it for an alias; a part of the full name that the organisation rules took for an actor of its
own ("Федеральное агентство") is folded into it."""
from __future__ import annotations

import re

from briefing_app.analysis.lang.ru_names import is_role
from briefing_app.core.model import Actor, Span

SHORT_RE = re.compile(r"\((?P<short>[А-ЯЁ][А-ЯЁа-яё-]{1,24})\)")
SHORT_BEFORE_RE = re.compile(r"\((?P<short>[А-ЯЁ][А-ЯЁа-яё-]{1,24})\)[ \t]*$")
# the full name before it: a capitalised word and up to seven more (lower-case words after the first)
FULL_BEFORE_RE = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё-]+(?:[ \t]+(?:[а-яё-]+|[А-ЯЁ][а-яё-]+)){1,7}[ \t]+$")


def short_form_before(text: str, start: int) -> str | None:
    """The short form in brackets that ends right before start ("... (Росморречфлот) Андрей Лаушкин")."""
    if ")" not in text[max(0, start - 3):start]:
        return None
    m = SHORT_BEFORE_RE.search(text, max(0, start - 30), start)
    return m.group("short") if m else None


def brackets(text: str, out: list[Actor]) -> list[Actor]:
    """out with each bracketed short form's full name folded into the short form's actor."""
    if "(" not in text:
        return out
    orgs = {a.name: a for a in out if a.kind == "organization"}
    gone: set[int] = set()
    for b in SHORT_RE.finditer(text):
        short = orgs.get(b.group("short"))
        full_m = FULL_BEFORE_RE.search(text, max(0, b.start() - 120), b.start()) if short is not None else None
        if short is None or full_m is None:
            continue
        start, end = full_m.start(), full_m.end() - (len(full_m.group()) - len(full_m.group().rstrip()))
        words = text[start:end].split()
        role = next((i for i, w in enumerate(words[:3]) if is_role(w)), None)  # "Генеральный директор Международного ..."
        for _ in range(role + 1 if role is not None and role + 3 <= len(words) else 0):
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        while len(words) > 2 and (is_role(words[0]) or words[0][:1].islower()):  # "Руководитель Федерального ..."
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        full = text[start:end]
        for a in out:  # the organisation rules' part of the full name
            if a is not short and a.kind == "organization" and any(start <= s.start < end for s in a.mentions):
                short.mentions.extend(s for s in a.mentions if s not in short.mentions)
                gone.add(id(a))
        if full not in short.aliases:
            short.aliases.append(full)
        if not any(s.start == start for s in short.mentions):
            short.mentions.append(Span(start, end))
        short.mentions.sort(key=lambda s: s.start)
    return [a for a in out if id(a) not in gone]


__all__ = ["brackets", "short_form_before"]
