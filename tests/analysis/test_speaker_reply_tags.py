"""Tags whose speaker follows a fronted verb or the noun of a reply: '“Q.” So said the mayor', '“Q,” came the reply
from X', '“Q.” That was the answer of X' (before, the quotation had no speaker: the verb "came" or the noun is no cue)."""
from __future__ import annotations

from briefing_app.analysis.pipeline import analyse


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.mention.text if q.mention else None, q.speaker) for q in analyse(text).quotes if q.kind == "direct"]


def test_so_said_after_the_quotation() -> None:
    text = "Tolls on the bridge will rise in May. “We cannot keep them down forever.” So said Lena Ortiz, the mayor."
    assert speakers(text) == [("We cannot keep them down forever.", "Lena Ortiz", "Lena Ortiz")]
    assert speakers("“The depot stays open.” Thus wrote the council's chair in a letter to staff.")[0][1] == \
        "the council's chair"


def test_the_reply_from_a_speaker() -> None:
    text = "“Will the depot close?” Piet Jansen asked. “Not this year,” came the reply from Ms. Holt."
    assert speakers(text) == [("Will the depot close?", "Piet Jansen", "Piet Jansen"),
                              ("Not this year,", "Ms. Holt", "Holt")]
    text = "“Not before the vote.” That was the answer of Lena Ortiz when she was asked about the tolls."
    assert speakers(text)[0][1:] == ("Lena Ortiz", "Lena Ortiz")
    assert speakers("“Absolutely not, and not next year either,” was the response from the Dunmore council.")[0][1] == "the Dunmore council"


def test_a_clause_that_only_looks_like_a_reply_is_no_tag() -> None:
    # "came" with no reply noun, "so" as a conjunction: the tag rules stay as they were
    assert speakers("The pay rise came the next day. “It was late,” she said.")[0][1] == "she"
    assert speakers("“We are ready,” Ms. Holt said, so said tolls would rise.")[0][1] == "Ms. Holt"


def test_an_adjective_before_the_reply_and_thus_spoke() -> None:
    text = "The vote was close. “The depot stays,” came the swift reply from Ms. Holt."
    assert speakers(text) == [("The depot stays,", "Ms. Holt", "Holt")]
    assert speakers("“The depot stays.” Thus spoke Lena Ortiz, the mayor.")[0][1:] == ("Lena Ortiz", "Lena Ortiz")


def test_so_said_nobody_has_no_speaker() -> None:
    # a joke that no one says it: no mention, no speaker
    assert speakers("“Tolls are too low.” So said nobody.") == [("Tolls are too low.", None, None)]
    assert speakers("“Tolls are too low,” said no one ever.") == [("Tolls are too low,", None, None)]
