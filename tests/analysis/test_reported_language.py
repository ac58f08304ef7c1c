"""English reported-speech rules run on English text, also when it quotes Russian or Korean, and not
on a Russian or Korean text (its own rule set finds reported speech there; the English rules cost
it 10-15% of its analysis and found nothing in 216 Russian and Korean articles)."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse, reported


def _indirect(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyse(text).quotes if q.kind == "indirect"]


def test_an_english_text_quoting_russian_keeps_its_reported_speech() -> None:
    text = ("Foreign Minister Sergei Lavrov said that Moscow would not accept the new sanctions. "
            "The ministry's statement was headed «Заявление МИД России».\n")
    assert ("Moscow would not accept the new sanctions", "Sergei Lavrov") in _indirect(text)


@pytest.mark.parametrize("text", [
    "Министр иностранных дел Сергей Лавров заявил, что Москва не примет новые санкции. "
    "He said that the talks would go on.\n",
    "외교부 대변인은 정부가 북한과의 대화를 계속할 것이라고 밝혔다. 그는 제재가 효과가 없다고 강조했다. "
    "He said that the talks would go on.\n",
])
def test_a_russian_or_korean_text_is_left_to_its_own_rules(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    monkeypatch.setattr(reported, "find", lambda doc: calls.append(doc) or [])
    analyse(text)
    assert calls == []
    analyse("Lavrov said that the talks would go on, Интерфакс reported.\n")  # mostly English: the English rules run
    assert len(calls) == 1
