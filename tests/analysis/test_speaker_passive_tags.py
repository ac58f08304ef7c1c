"""A tag in the passive after a quotation names the one quoted or heard, without its auxiliary:
'“Q,” the mayor was quoted as saying', '“Q,” the mayor was heard saying'."""
from __future__ import annotations

from briefing_app.analysis.pipeline import analyse


def mentions(text: str) -> list[str | None]:
    return [q.mention.text if q.mention else None for q in analyse(text).quotes if q.kind == "direct"]


def test_quoted_as_saying_leaves_the_auxiliary_out() -> None:
    assert mentions("“The reservoir is nearly dry,” the water commissioner was quoted as saying.") == ["the water commissioner"]
    assert mentions("\"The reservoir is nearly dry,\" Ines Moreau is quoted as saying.") == ["Ines Moreau"]


def test_heard_or_recorded_saying_names_the_one_heard() -> None:
    assert mentions("“Close the gates now,” the dam keeper was heard saying.") == ["the dam keeper"]
    assert mentions("“Close the gates now,” Piet Jansen was recorded saying on the radio.") == ["Piet Jansen"]


def test_active_tags_keep_their_subject() -> None:
    assert mentions("“Close the gates now,” the dam keeper had insisted.") == ["the dam keeper"]
    assert mentions("“Close the gates now,” the dam keeper has said.") == ["the dam keeper"]


def test_the_one_asked_or_told_is_no_speaker() -> None:
    text = "“Will the ferry run in winter?” the harbour master was asked. “Only twice a week,” she replied."
    assert mentions(text) == [None, "she"]
    assert mentions("“The pier is closed,” Piet Jansen was told on Monday.") == [None]


def test_a_passive_verb_after_an_open_quotation_names_no_one() -> None:
    assert mentions("Ines Moreau wrote to the board. “So, who pays?” Her proposals are redacted.") == [None]
    assert mentions("“Who closed the dam?” a reporter can be heard asking the keeper.") == ["a reporter"]
