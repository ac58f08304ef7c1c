"""Speakers named by an actor's name or alias link to that actor (issue 15): an acronym ("KCNA",
"the CBO"), a possessed body ("North Korea's Korean Central News Agency (KCNA)"), a Korean "정부"
right after its country ("일본 정부"), and a news agency the text names as a speaker."""
import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.speaker_links import key


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.mention.text if q.mention else None) for q in analyse(text).quotes
            if q.kind in ("direct", "indirect")]


@pytest.mark.parametrize("name, expected", [
    ("The CBO", "cbo"), ("Yonhap news agency", "yonhap"), ("Korean Central News Agency (KCNA)", "korean central"),
    ("the  Associated Press", "associated press"),
])
def test_key(name, expected):
    assert key(name) == expected


def test_acronym_and_the_acronym():
    text = ("WASHINGTON (AP) - The Congressional Budget Office (CBO) released its estimate on Monday.\n\n"
            '"The deficit will grow by $1 trillion," the CBO said in its report.\n')
    assert speakers(text) == [("Congressional Budget Office", "the CBO")]


def test_possessed_agency_and_its_acronym():
    text = ("North Korea's Korean Central News Agency (KCNA) said the drills were a provocation. "
            '"The puppets will pay," KCNA said.\n')
    assert [s for s, _ in speakers(text)] == ["Korean Central News Agency"] * 2


def test_news_agency_speaks():
    result = analyse('"Talks are possible," Yonhap news agency said, citing officials.\n')
    assert [q.speaker for q in result.quotes if q.kind == "direct"] == ["Yonhap"]
    agency = next(a for a in result.actors if a.name == "Yonhap")
    assert agency.kind == "organization" and agency.mentions


def test_korean_government_after_its_country():
    text = '일본 정부는 23일 "북한의 미사일 발사는 용납할 수 없다"고 밝혔다.\n\n일본 정부는 대응 방안을 검토하고 있다고 말했다.\n'
    assert speakers(text) == [("일본", "일본 정부"), ("일본", "일본 정부")]


def test_an_unrelated_speaker_is_left_alone():
    text = '"We will vote no," the senator said.\n'
    assert [s for s, _ in speakers(text)] == [None]


def test_it_after_a_body_that_spoke_is_that_body():
    text = ("North Korea's Korean Central News Agency (KCNA) reported the drills.\n\n"
            '"The puppets made another grave provocation," said KCNA. "Foolhardy provocation deserves harsh punishment", '
            "it added.\n")
    assert [s for s, _ in speakers(text)] == ["Korean Central News Agency"] * 2


def test_it_after_a_person_or_a_paragraph_break_stays_open():
    text = ("North Korea's Korean Central News Agency (KCNA) reported the drills.\n\n"
            '"The puppets will pay," said KCNA. "We will respond," Kim Jong-un said. "It is clear," it added.\n\n'
            '"They will pay," KCNA said.\n\n"Foolhardy provocation deserves harsh punishment", it added.\n')
    got = [s for s in speakers(text) if s[1] != "North Korea's Korean Central News Agency (KCNA)"]
    assert [s for s, _ in got] == ["Korean Central News Agency", "Kim Jong-un", None, "Korean Central News Agency", None]
