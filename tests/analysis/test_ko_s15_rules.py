"""Korean rules of the fifteenth session, tested on short texts of their own: a US state between a governor's name and
"주지사" is the state, also when it is short or reads like a Korean name ("조지아")."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


@pytest.mark.parametrize("text,name,affiliation", [
    ('브라이언 켐프 조지아 주지사는 성명을 내고 "일자리가 생길 것"이라며 환영했다.', "브라이언 켐프", "조지아주"),
    ('그레그 애벗 텍사스 주지사는 "환영한다"고 말했다.', "그레그 애벗", "텍사스주"),
    ('스펜서 콕스 유타 주지사는 "투자를 환영한다"고 밝혔다.', "스펜서 콕스", "유타주"),
])
def test_a_us_state_before_governor_is_no_name(text: str, name: str, affiliation: str) -> None:
    result = analyse(text)
    person = next(a for a in result.actors if a.name == name)
    assert person.affiliation == affiliation
    assert any(q.speaker == name for q in result.quotes)
