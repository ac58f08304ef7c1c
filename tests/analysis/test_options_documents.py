"""A document that states what it is for or what it recommends holds that course, as a body does: "The bill seeks to ban
single-use plastics", "The amendment aims to protect whistleblowers", "The white paper proposes a levy on sugary
drinks", "An independent review recommended that the agency be scrapped" (its position; the author takes no side).
What a measure "would" do with no backer named stays none (an effect told: test_options_bills.py), as do a past
measure, a finding and a vague aim."""
from __future__ import annotations

import pytest

from briefing_app.analysis.options.attribute import document_paper
from briefing_app.analysis.options.doers import names_a_holder
from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary, actor", [
    ("The bill seeks to ban single-use plastics.", "Ban single-use plastics", "the bill"),
    ("The amendment seeks to protect whistleblowers.", "Protect whistleblowers", "the amendment"),
    ("A new ordinance aims to cap rents in the old town.", "Cap rents in the old town", "a new ordinance"),
    ("The proposed legislation is designed to curb payday lending.", "Curb payday lending", "the proposed legislation"),
    ("The white paper proposes a levy on sugary drinks.", "Impose a levy on sugary drinks", "the white paper"),
    ("A consultation paper recommends a levy on sugary drinks.", "Impose a levy on sugary drinks",
     "a consultation paper"),
    ("An independent review recommended that the agency be scrapped.", "Scrap the agency", "an independent review"),
    ("The advisory panel recommends higher tariffs on steel.", "Impose higher tariffs on steel", "the advisory panel"),
])
def test_a_documents_purpose_or_recommendation_is_its_position(text: str, summary: str, actor: str) -> None:
    option = one_option(text)
    assert (option.summary, option.stance) == (summary, None)
    assert [(p.actor, p.stance) for p in option.positions] == [(actor, "support")]


@pytest.mark.parametrize("text", [
    "The bill would cost taxpayers $3 billion.",  # an effect
    "The bill sought to ban single-use plastics but died in committee in 2019.",  # history
    "The bill seeks to address concerns about safety.",  # no concrete course
    "The report found that rents rose by 12 percent.",  # a finding
    "Such legislation aims to cap rents in the old town.",  # no measure in particular
])
def test_no_course_from_an_effect_a_past_measure_or_a_finding(text: str) -> None:
    assert options(text) == []


def test_the_outlets_own_paper_stays_the_author() -> None:
    option = one_option("This paper has long argued for a levy on sugary drinks.")
    assert (option.stance, option.positions) == ("support", [])


def test_document_words() -> None:
    assert document_paper(["The", "white", "paper"]) and not document_paper(["this", "paper"])
    assert not document_paper(["our", "white", "paper"])
    assert names_a_holder("An independent review") and names_a_holder("The draft bill")
    assert not names_a_holder("Two recent studies") and not names_a_holder("reform of the report")
