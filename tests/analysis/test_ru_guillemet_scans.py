"""ru_orgs reads its patterns of a name in guillemets ("компании «Магнит»", "глава «Роснефти»", "«Газпром»
заявил", "В «Аэрофлоте» сообщили") only at and before each "«" of the text, found once: the matches are
those of a scan of the whole text, on random Russian-like text (nested guillemets, long names, names
that run past a line, kinds inside longer words)."""
from __future__ import annotations

import random
import re

from briefing_app.analysis.lang.ru_orgs import (GUILLEMET_ORG_RE, IN_GUILLEMET_RE, ROLE_GUILLEMET_RE,
                                                SUBJECT_GUILLEMET_RE, _Guillemets, _matches)

PIECES = ["компании", "Компания", "суперфонд", "фонда", "ООО", "ПАО", "глава", "Председатель", "по данным",
          "по словам", "представителей", "банков", "российских", "в", "В", "во", "«", "»", "«Магнит»", "«Газпром»",
          "«Жилкомсервис № 2 Василеостровского района»", "«ТЭК СПб»", "заявил", "сообщили", "уточнили", ".", ",",
          "\n", "\t", "2", "X5", "Retail", "«Газета «Коммерсант»»", "сети", "магазинов", "«" + "а" * 45 + "»"]


def _spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


def test_matches_at_guillemets_are_the_whole_scans() -> None:
    rng = random.Random(12)
    found = 0
    for _ in range(400):
        text = "".join(rng.choice(PIECES) + rng.choice(["", " ", " ", "  "]) for _ in range(rng.randrange(1, 40)))
        marks = _Guillemets(text)
        for rx in (GUILLEMET_ORG_RE, ROLE_GUILLEMET_RE, SUBJECT_GUILLEMET_RE):
            assert _spans(_matches(rx, text, marks)) == _spans(rx.finditer(text)), (rx.pattern[:40], text)
        assert _spans(_matches(IN_GUILLEMET_RE, text, marks)) == _spans(_in_guillemets(text))
        found += sum(1 for rx in (GUILLEMET_ORG_RE, ROLE_GUILLEMET_RE, SUBJECT_GUILLEMET_RE) for _ in rx.finditer(text))
    assert found > 200  # (the texts hold names to find)


def _in_guillemets(text: str) -> list[re.Match[str]]:
    """IN_GUILLEMET_RE read before each "«" found by str.find, where "в " or "во " would start."""
    out = []
    at = text.find("«")
    while at >= 0:
        m = next((m for start in (at - 2, at - 3) if start >= 0 and (m := IN_GUILLEMET_RE.match(text, start))), None)
        if m is not None:
            out.append(m)
        at = text.find("«", at + 1)
    return out


def test_guillemet_scans_find_matches() -> None:
    text = "Глава «Роснефти» Игорь Сечин. «Газпром» заявил о росте. Акционеры компании «Магнит» уточнили."
    marks = _Guillemets(text)
    assert [m.group("name") for m in _matches(GUILLEMET_ORG_RE, text, marks)] == ["Магнит"]
    assert [m.group("name") for m in _matches(ROLE_GUILLEMET_RE, text, marks)] == ["Роснефти"]
    assert [m.group("name") for m in _matches(SUBJECT_GUILLEMET_RE, text, marks)] == ["Газпром"]
