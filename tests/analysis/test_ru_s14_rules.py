"""Russian and Korean rules of the fourteenth session, each tested on short texts of their own: no-break spaces
(Russian typography puts one before a dash and after short words) read as spaces, while every quote's text and its
speaker mention stay the source's own characters."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.core.model import Quote

NBSP = "\u00a0"


def _speech(text: str) -> list[Quote]:
    return [q for q in analyse(text).quotes if q.kind in ("direct", "indirect")]


@pytest.mark.parametrize("text,speaker", [
    (f"«Мы не оставим ни одну семью без помощи»,{NBSP}— сказал губернатор Денис Паслер.", "Денис Паслер"),
    (f"«Энергетики работают круглосуточно»,{NBSP}— написала Анна Гринчук в{NBSP}Telegram.", "Анна Гринчук"),
    (f"—{NBSP}Это первый проект такого масштаба,{NBSP}— сказал министр Николай Шульгин журналистам.",
     "Николай Шульгин"),
    (f"Министр финансов Антон Силуанов заявил, что бюджет останется сбалансированным, даже если цены на{NBSP}нефть "
     f"снизятся.", "Антон Силуанов"),
    (f"По{NBSP}словам главы ведомства Сергея Кравцова, школы перейдут на{NBSP}новый график.", "Сергей Кравцов"),
])
def test_a_no_break_space_reads_as_a_space(text: str, speaker: str) -> None:
    found = _speech(text)
    assert found and found[0].speaker == speaker
    assert [(q.start, q.end, q.speaker) for q in found] == [
        (q.start, q.end, q.speaker) for q in _speech(text.replace(NBSP, " "))]


@pytest.mark.parametrize("space", [NBSP, "\u202f"])
def test_quote_and_mention_texts_keep_the_sources_characters(space: str) -> None:
    text = f"«Решение примут до{space}конца года»,{space}— сказал глава{space}ведомства Иван Петров."
    found = _speech(text)
    assert found and found[0].speaker == "Иван Петров"
    for q in analyse(text).quotes:
        assert text[q.start:q.end] == q.text
        if q.mention is not None:
            assert text[q.mention.start:q.mention.end] == q.mention.text


def test_an_english_text_is_read_as_written() -> None:
    text = f"“We will not back down,”{NBSP}said Maria Hale, the union's president."
    found = _speech(text)
    assert found and found[0].speaker == "Maria Hale" and found[0].text == text[found[0].start:found[0].end]
