"""A quotation that runs over paragraphs by the open-quote-each-paragraph convention: a paragraph left open and the
next paragraph's opening fragment are one quotation, so the tag after the last fragment names the speaker of the
earlier ones too; fragments in marks of another kind are no continuation."""
from __future__ import annotations

from briefing_app.analysis.pipeline import analyse


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.mention.text if q.mention else None) for q in analyse(text).quotes if q.kind == "direct"]


def test_the_tag_after_the_last_fragment_names_the_earlier_ones() -> None:
    text = ("The harbour master spoke at the dock on Friday.\n\n"
            "\u201cWe will reopen the pier before the storm season.\n\n"
            "\u201cThe ferries will run again by June,\u201d said Harbour Master Ruth Okafor.")
    assert speakers(text) == [("We will reopen the pier before the storm season.", "Harbour Master Ruth Okafor"),
                              ("The ferries will run again by June,", "Harbour Master Ruth Okafor")]


def test_three_paragraphs_in_straight_marks() -> None:
    text = ("The senator took questions for an hour.\n\n"
            "\"We will fight the tolls in the courts.\n\n"
            "\"We will fight them in the legislature.\n\n"
            "\"And we will win,\" she said.")
    assert [m for _, m in speakers(text)] == ["she", "she", "she"]


def test_marks_of_another_kind_are_no_continuation() -> None:
    text = ("The agency's bulletin said on Monday:\n\n"
            "\"Inspectors closed the bridge after a crack was found in one of its piers.\n\n"
            "\u201cThe crack is not dangerous yet,\u201d the county engineer, Lars Nygaard, said.")
    got = speakers(text)
    assert got[-1] == ("The crack is not dangerous yet,", "Lars Nygaard")
    assert got[0][1] != "Lars Nygaard"
