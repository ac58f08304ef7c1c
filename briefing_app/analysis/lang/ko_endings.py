"""Korean verbs of saying in every speech style a text may use: the plain past the rule tables list ("밝혔다"), its polite
form ("밝혔습니다", broadcast and press-release style), its honorific ("밝히셨다", "말씀하셨다": a teacher, a parent, the
president in an essay) and, for verbs of 하다, the present of a view stated ("지적한다", "입을 모은다": essays and
analysis). The tables are written once in the plain past; `styles` gives the other forms."""
from __future__ import annotations

from collections.abc import Iterable

HANGUL_BASE = 0xAC00
FINALS = 28  # final consonants of a syllable block (0 = none)
SSANG_SIOT = 20  # ㅆ, the final of a past tense ("했", "혔", "았")
NIEUN = 4  # ㄴ, the final of the present's "한"
BIEUP = 17  # ㅂ, the final of the polite present's "합"
# honorific pasts of the commonest past syllables ("했다" -> "하셨다", "혔다" -> "히셨다", "였다" -> "이셨다", "봤다" -> "보셨다")
HONORIFIC = {"했": "하셨", "혔": "히셨", "였": "이셨", "봤": "보셨"}
# the present of a past that is no verb of 하다 ("입을 모았다" -> "입을 모은다", "내다봤다" -> "내다본다")
PRESENT = {"모았다": "모은다", "내다봤다": "내다본다", "밝혔다": "밝힌다", "털어놨다": "털어놓는다"}


def _final(syllable: str) -> int:
    """The final consonant's index of a Hangul syllable (-1 for any other character)."""
    code = ord(syllable) - HANGUL_BASE
    return code % FINALS if 0 <= code < 11172 else -1


def _with_final(syllable: str, final: int) -> str:
    code = ord(syllable) - HANGUL_BASE
    return chr(HANGUL_BASE + code - code % FINALS + final)


def polite(verb: str) -> str | None:
    """The polite form of a plain past or present ending in 다 ("밝혔다" -> "밝혔습니다", "말한다" -> "말합니다"), or None."""
    if len(verb) < 2 or not verb.endswith("다"):
        return None
    last = verb[-2]
    if _final(last) == SSANG_SIOT:
        return verb[:-1] + "습니다"
    if _final(last) == NIEUN:  # the present "한다" -> "합니다"
        return verb[:-2] + _with_final(last, BIEUP) + "니다"
    return None


def honorific(verb: str) -> list[str]:
    """The honorific pasts of a plain past ("강조했다" -> "강조하셨다", "했다" -> "하셨다"; "말했다" also "말씀하셨다")."""
    if len(verb) < 2 or not verb.endswith("다") or verb[-2] not in HONORIFIC:
        return []
    forms = [verb[:-2] + HONORIFIC[verb[-2]] + "다"]
    if verb.endswith("말했다"):
        forms.append(verb[:-3] + "말씀하셨다")
    return forms


def present(verb: str) -> str | None:
    """The present of a past verb of 하다 ("지적했다" -> "지적한다") and of a few others (PRESENT); none for a bare "했다"
    ("…다고 한다" is the writer's hearsay, nobody's words)."""
    for past, now in PRESENT.items():
        if verb.endswith(past):
            return verb[:-len(past)] + now
    if len(verb) >= 3 and verb.endswith("했다") and " " not in verb[-3:]:
        return verb[:-2] + "한다"
    return None


def styles(verbs: Iterable[str], presents: bool = True) -> list[str]:
    """`verbs` (plain forms) with their polite and honorific forms and, with `presents`, their presents and those presents'
    polite forms; each once, in the order first met."""
    out: dict[str, None] = {}
    for verb in verbs:
        forms = [verb, *honorific(verb)]
        now = present(verb) if presents else None
        if now:
            forms.append(now)
        for form in list(forms):
            p = polite(form)
            if p:
                forms.append(p)
        out.update(dict.fromkeys(forms))
    return list(out)


__all__ = ["honorific", "polite", "present", "styles"]
