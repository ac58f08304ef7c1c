"""A relative clause that ends before a name of its own and that name's description ("Asked if the raids led to it,
which was seen as a failure, Jones, the mayor, said") belongs to the words before it: the speaker is the name."""
from __future__ import annotations

from briefing_app.analysis.pipeline import analyse


def mentions(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.mention.text if q.mention else None) for q in analyse(text).quotes if q.kind == "direct"]


def test_a_name_and_its_description_after_a_relative_clause_speak() -> None:
    text = ("Asked whether the cuts led to the closures, which were widely seen as a failure, Jones, the mayor, "
            "said, “I have not heard that complaint from anyone.”")
    assert mentions(text) == [("I have not heard that complaint from anyone.", "Jones, the mayor")]
    text = ("Asked whether the cuts led to the closures, which were widely seen as a failure, de Vries, a longtime "
            "adviser, said, “I have not heard that complaint from anyone.”")
    assert mentions(text) == [("I have not heard that complaint from anyone.", "de Vries, a longtime adviser")]


def test_a_relative_clause_with_tags_homes_or_lists_keeps_its_head() -> None:
    q = "“I have not heard that complaint from anyone.”"
    assert mentions(f"Beck, who backed Sen. Ted Cruz, R-Texas, said, {q}")[0][1] == "Beck"
    assert mentions(f"Beck, who met Obama, Biden and Clinton, said, {q}")[0][1] == "Beck"
    assert mentions(f"Beck, who lives in Austin, Texas, the state capital, said, {q}")[0][1] == "Beck"
    assert mentions(f"Beck, who praised Jones, the mayor, said, {q}")[0][1] == "Beck"
