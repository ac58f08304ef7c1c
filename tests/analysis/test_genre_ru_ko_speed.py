"""The Russian and Korean genre cues' "when" patterns, rewritten so the regex engine skips to where a match can start,
must count exactly what the patterns they replaced counted (checked on invented text and random mixtures)."""
from __future__ import annotations

import random
import re

from briefing_app.analysis import genre_ru_ko
from briefing_app.analysis.genre_ru_ko import CUES, _count

OLD_RU = re.compile(r"(?<![А-Яа-яЁё])(?:[Пп]онедельник|[Вв]торник|[Сс]реду|[Чч]етверг|[Пп]ятницу|[Сс]убботу"
                    r"|[Вв]оскресенье|[Вв]чера|[Нн]акануне|\d{1,2}\s(?:января|февраля|марта|апреля|мая|июня"
                    r"|июля|августа|сентября|октября|ноября|декабря))(?![А-Яа-яЁё])")
OLD_KO = re.compile(r"(?<!\d)\d{1,2}일(?![가-힣])|\d{1,2}일\s|(?:오전|오후)\s?\d{1,2}시")
WHEN = next((ru, ko) for name, _, ru, ko in CUES if name == "when")
RU_PIECES = ("понедельник", "Понедельник", "во вторник", "в среду", "Четверг", "пятницу", "субботу", "воскресенье",
             "вчера", "Вчера", "накануне", "Накануне", "Вчерашний", "всреду", "5", "12", "123", "А5", "ж12", "7\n",
             " ", "  ", "\n", "\t", "марта", "мая", "декабря", "маяк", " января", "—", ",", ".", "x", "Z", "٣")
KO_PIECES = ("5", "12", "123", "일", "일요일", "시", "오전", "오후", " ", "\n", "가", "14일", "3시", "오후 2시", ".", "x", "٣")


def _mixtures(pieces: tuple[str, ...], n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14))) for _ in range(n)]


def test_russian_when_counts_as_the_single_pattern_did() -> None:
    text = ("Во вторник министр выступил. Вчера, 5 марта, депутаты спорили; накануне — 12 декабря — тоже. "
            "Вчерашний разговор и А5 марта не в счёт, а 123 мая (как 23 мая) и 7\nиюня в счёт.")
    assert _count(WHEN[0], text, None) == len(OLD_RU.findall(text)) == 8
    for text in _mixtures(RU_PIECES, 6000, 25):
        assert _count(WHEN[0], text, None) == len(OLD_RU.findall(text)), text


def test_korean_when_counts_as_the_look_behind_first_pattern_did() -> None:
    text = "정부는 14일 발표했다. 오후 3시 회의는 123일째 이어졌고 5일요일은 아니다."
    assert len(WHEN[1].findall(text)) == len(OLD_KO.findall(text))
    for text in _mixtures(KO_PIECES, 6000, 25):
        assert WHEN[1].findall(text) == OLD_KO.findall(text), text


def test_a_tuple_cue_counts_each_pattern() -> None:
    assert genre_ru_ko._count((re.compile("a"), re.compile("b")), "abcab", None) == 4
