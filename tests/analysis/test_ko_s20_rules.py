"""Korean bodies with no organisation ending (twentieth session; sentences written for these tests)."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


@pytest.mark.parametrize("text, name, aliases", [
    ("헌법재판소는 집회 시간을 제한한 집시법 조항이 헌법에 어긋난다고 3일 밝혔다. 재판부는 \"집회의 자유를 지나치게 "
     "제한한다\"고 판단했다. 헌재는 국회에 법 개정을 권고했다. 행정안전부 관계자는 \"후속 조치를 검토하겠다\"고 말했다.",
     "헌법재판소", {"헌재", "재판부"}),
    ("감사원은 지방자치단체 보조금 집행 실태를 점검한 결과 부당 지급 사례 40건을 적발했다고 5일 밝혔다. 행정안전부 "
     "관계자는 \"환수 절차를 밟겠다\"고 말했다.", "감사원", set()),
])
def test_the_constitutional_court_and_the_audit_board_are_korean_bodies(text: str, name: str, aliases: set[str]) -> None:
    body = next(a for a in analyse(text).actors if a.name == name)
    assert body.kind == "organization" and body.affiliation == "한국"
    forms = {text[m.start:m.end] for m in body.mentions} | set(body.aliases)
    assert aliases <= forms
