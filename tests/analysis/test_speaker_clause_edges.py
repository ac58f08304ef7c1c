"""Where one clause ends and another begins around a quotation: '“Q,” and she vowed ...' and '“Q” if he ...' open
clauses of their own (no tag after the quotation); a cue inside ', while X said the “Q”' is the quotation's when the
clause has not closed before it; a participle after ', as X echoed ..., saying' goes with the subordinate clause's
subject (a title with a full stop too: 'Mrs. Clinton')."""
from __future__ import annotations

from briefing_app.analysis.pipeline import analyse


def mentions(text: str) -> list[str | None]:
    return [q.mention.text if q.mention else None for q in analyse(text).quotes if q.kind == "direct"]


def test_and_after_the_quotation_opens_a_clause_not_a_tag() -> None:
    assert mentions("Ines Moreau said the vote was “a betrayal of the valley,” and she vowed to appeal.") == ["Ines Moreau"]
    assert mentions("Ines Moreau called the ruling “a betrayal of the valley,” and she said she would appeal.") \
        == ["Ines Moreau"]
    assert mentions("Someone called the ferry plan “a quiet revolution,” and I agree.") == ["Someone"]


def test_if_after_the_quotation_opens_a_clause_not_a_tag() -> None:
    text = "Piet Jansen admitted on the radio “it will be very hard for us to win” if he continues to trail in the north."
    assert mentions(text) == ["Piet Jansen"]


def test_tags_after_the_quotation_still_count() -> None:
    assert mentions("“The ferry will run all winter,” she said, and the crowd cheered.") == ["she"]
    assert mentions("“The ferry will run all winter,” Ines Moreau said.") == ["Ines Moreau"]


def test_a_cue_inside_an_open_subordinate_clause_is_the_quotations() -> None:
    text = "The harbour master spoke first, while Ines Moreau said the plan was “a disaster for the valley.”"
    assert mentions(text) == ["Ines Moreau"]
    text = "Tom Reed said the toll was unfair, while the mayor argued that the “bridge must pay for itself.”"
    assert mentions(text) == ["the mayor"]


def test_a_cue_inside_a_closed_subordinate_clause_is_not() -> None:
    text = "Ines Moreau said in the spring, when the harbour master asked about the toll, “We will not raise it.”"
    assert mentions(text) == ["Ines Moreau"]


def test_a_participle_after_a_subordinate_clause_goes_with_its_subject() -> None:
    text = ("It was a long night for the council, as Mrs. Moreau echoed the criticism, saying the plan ''was a disaster'' "
            "and the mayor, she said, ''should resign.''")
    assert mentions(text)[0] == "Mrs. Moreau"
    text = "It was a long night, as Ines Moreau echoed the criticism, saying the plan “was a disaster” and would fail."
    assert mentions(text) == ["Ines Moreau"]


def test_they_of_a_subordinate_clause_is_no_participles_speaker() -> None:
    quotes = analyse("Ines Moreau apologized for the letters after they came out, saying they were “a terrible "
                     "mistake.”").quotes
    assert [q.mention.text if q.mention else None for q in quotes if q.kind == "direct"] == ["Ines Moreau"]


def test_a_clause_after_the_quotation_and_a_comma_is_not_its_tag() -> None:
    text = "Tom Reed said he would “pave the whole valley,” for instance, and Ines Moreau vowed to “stop every truck.”"
    assert mentions(text) == ["Tom Reed", "Ines Moreau"]
    # (a list of names before the verb is still the tag's subject: its last name, as before)
    assert mentions("“The toll must go,” Tom Reed, Ines Moreau, and Piet Jansen wrote in a letter.") == ["Piet Jansen"]


def test_a_tag_after_the_condition_that_follows_the_quotation_still_counts() -> None:
    # (the condition is part of what was said; the tag after its comma is the quotation's)
    text = "Norland will respond “with every means we have” if Vesta sends troops north, a senior Norland official said on Friday."
    assert mentions(text) == ["a senior Norland official"]
    text = "The union will strike “for as long as it takes” unless the board backs down, its leader Ines Moreau said."
    assert mentions(text)[0] in ("its leader Ines Moreau", "Ines Moreau")
