"""Russian: a rubric opening the headline ("Мнение: Городу нужен платный въезд в центр", "Колонка: ...", "Точка
зрения: ...") is no speaker: the op-ed's headline was a quote of "Мнение" (ru_reported.headline now skips what
genre_ru_ko.KICKER_RE reads as a rubric). Sentences written for this test."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse

BODY = "\n\nПробки в центре города стали невыносимыми. Власти должны ввести платный въезд уже в этом году.\n"


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyse(text).quotes if q.kind in ("direct", "indirect")]


@pytest.mark.parametrize("headline", [
    "Мнение: Городу нужен платный въезд в центр",
    "Колонка: Почему парковки не спасут центр",
    "Точка зрения: Платный въезд — единственный выход",
])
def test_a_rubric_is_no_speaker(headline: str) -> None:
    speakers = _speakers(headline + BODY)
    assert not [s for s in speakers if s and s.split()[0] in ("Мнение", "Колонка", "Точка")], speakers


@pytest.mark.parametrize("headline, speaker", [
    ("Песков: Кремль не будет комментировать решение суда", "Песков"),
    ("Набиуллина: ставка останется высокой до конца года", "Набиуллина"),
])
def test_a_speakers_headline_is_still_a_quote(headline: str, speaker: str) -> None:
    assert speaker in " ".join(s or "" for s in _speakers(headline + BODY))
