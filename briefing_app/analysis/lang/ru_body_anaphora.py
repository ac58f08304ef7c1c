"""Russian bodies named again by their kind alone: "В министерстве пообещали", "В посольстве подтвердили",
"по оценке экспертов центра", "По версии следствия" (a company's words, "Предприятие обещает": ru_company_words). The speaker is the body of that
kind the text named last before the word (an actor already found, or a body written in lower case with its
complement: "в областное министерство тарифного регулирования и энергетики"); nothing fits, nothing is named."""
from __future__ import annotations

import re

from briefing_app.core.model import Actor

# a bare head (its nominative) and what the name or an alias of the body it stands for shows
ANTECEDENT_RE: dict[str, re.Pattern[str]] = {
    "министерство": re.compile(r"министерств|^мин[а-яё]|^мид(?![а-яё])", re.I),
    "ведомство": re.compile(r"министерств|^мин[а-яё]|^мид(?![а-яё])|^рос[а-яё]{3}|служб|агентств|комитет|департамент|управлени|"
                            r"инспекци|надзор|госдеп|казначейств|прокуратур|^(?:мвд|фсб|фас|фнс|фсин|мчс|ск|цб)(?![а-яё])|"
                            r"банк росси|^ф[а-яё]{1,3}[ск](?![а-яё])", re.I),
    "посольство": re.compile(r"посольств", re.I),
    "представительство": re.compile(r"представительств", re.I),
    "департамент": re.compile(r"департамент", re.I),
    "управление": re.compile(r"управлени|^г?су(?![а-яё])", re.I),
    "комитет": re.compile(r"комитет", re.I),
    "фонд": re.compile(r"фонд", re.I),
    "мэрия": re.compile(r"мэри|администраци", re.I),
    "администрация": re.compile(r"мэри|администраци", re.I),
    "центр": re.compile(r"центр(?![а-яё]{2})|^ц[а-яё]{2,6}$", re.I),
    "следствие": re.compile(r"следствен|^г?су ск|^ск(?![а-яё])|^гу мвд", re.I),
}
REACH = 2500  # characters before the word that the body it stands for may be named in last
NAMED_LATER = frozenset(("следствие",))  # a kind the text may name its one body of after the word (the investigators)


def _shows(actor: Actor, pattern: re.Pattern[str]) -> bool:
    return any(pattern.search(n) for n in (actor.name, *actor.aliases))


def antecedent(out: list[Actor], head: str, start: int, end: int) -> Actor | None:
    """The organisation of the kind `head` says mentioned last before start (within REACH), none inside start..end."""
    pattern = ANTECEDENT_RE.get(head)
    if pattern is None:
        return None
    best, at = None, -1
    for a in out:
        if a.kind not in ("organization", "government") or not _shows(a, pattern):
            continue
        if any(start <= s.start < end for s in a.mentions):
            return None  # (the word is that body's own mention already)
        last = max((s.start for s in a.mentions if s.start < start), default=-1)
        if last > at and start - last <= REACH:
            best, at = a, last
    if best is None and head in NAMED_LATER:  # "По версии следствия, ... Представитель Следственного комитета": the one
        later = [(min(s.start for s in a.mentions if s.start >= end), a) for a in out
                 if a.kind == "organization" and _shows(a, pattern) and any(s.start >= end for s in a.mentions)]
        return min(later, key=lambda t: t[0])[1] if later and min(later, key=lambda t: t[0])[0] - end <= REACH else None
    return best


__all__ = ["ANTECEDENT_RE", "antecedent"]
