"""Korean rules of the eleventh session (analysis/lang/ko*.py), one test each: a union named by the trade or the
company it organises ("시내버스 노조는", "철도 노조는") speaks as that union, not as the word before "노조"."""
from __future__ import annotations

from briefing_app.analysis import analyse


def test_a_union_named_by_its_trade_is_an_actor_and_speaks() -> None:
    result = analyse("제목\n\n시내버스 노조는 임금 협상 결과를 지켜본 뒤 입장을 정하겠다는 뜻을 밝혔다.\n")
    assert [q.speaker for q in result.quotes if q.kind == "indirect"] == ["시내버스 노조"]
    assert "시내버스 노조" in {a.name for a in result.actors if a.kind == "organization"}
    result = analyse("제목\n\n철도 노조는 \"파업을 철회하지 않겠다\"고 밝혔다.\n")
    assert [q.speaker for q in result.quotes if q.kind == "direct"] == ["철도 노조"]  # (was "철": "도" read as a particle)


def test_a_union_named_in_full_before_keeps_the_short_name_as_its_alias() -> None:
    text = ("제목\n\n전국금속노동조합 현대자동차지부(현대차 노조)가 15일부터 부분파업에 들어갔다.\n\n"
            "현대차 노조는 \"사측이 성의 있는 안을 내놓아야 한다\"고 밝혔다.\n")
    result = analyse(text)
    assert "현대차 노조" not in {a.name for a in result.actors}
    quote = next(q for q in result.quotes if q.kind == "direct")
    assert quote.speaker == "현대자동차지부"


def test_an_outlet_that_only_receives_a_comment_is_no_actor() -> None:
    told = analyse("제목\n\n일본 외무성 관계자는 교도통신에 \"기존 입장에 변화는 없다\"고 말했다.\n")
    assert "교도통신" not in {a.name for a in told.actors}
    source = analyse("제목\n\n교도통신에 따르면 일본 정부는 다음 달 각의에서 이를 결정할 예정이다.\n")
    assert "교도통신" in {a.name for a in source.actors}  # the outlet reports: an actor
