"""A holder described by a noun of position ("is a supporter of X", "has long been the leading proponent of X", "is an
opponent of X") holds X (`options/supporters.py`): X a measure, an act or a gerund's course, never a person, a
campaign or a value; told in the past or cast by others ("as a champion of") it is no position held now."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary, stance", [
    ("Senator Hale is a staunch supporter of gun-control laws.", "impose gun-control laws", "support"),
    ("The union has long been the leading proponent of a carbon tax on imports.", "impose a carbon tax on imports",
     "support"),
    ("Senator Hale is an opponent of the proposed merger of the two utilities.",
     "carry out the proposed merger of the two utilities", "oppose"),
    ("Mayor Ortiz is a vocal advocate of banning cars from the city centre.", "ban cars from the city centre", "support"),
    ("While Mr. Ryan is a vocal advocate of new trade deals and wrote legislation that gave the president more power, "
     "he stayed silent.", "adopt new trade deals", "support"),
])
def test_a_noun_of_position_is_the_holders_position(text: str, summary: str, stance: str) -> None:
    option = one_option(text)
    assert option.summary.lower() == summary
    assert option.stance is None  # the author takes no side
    assert [p.stance for p in option.positions] == [stance]


def test_in_a_quotation_it_is_read_as_the_speakers_other_courses_are() -> None:
    option = one_option('"Ted is a supporter of legalizing people who are in this country illegally," Rubio said.')
    assert option.summary.lower().startswith("legalize people")


@pytest.mark.parametrize("text", [
    "Senator Hale is a supporter of Donald Trump.",  # a person
    "Senator Clinton is a champion of working people.",  # a value, a participle before a noun
    "Senator Hale was a supporter of the Iraq war surge.",  # past
    "Senator Clinton cast herself as a champion of a higher minimum wage.",  # cast, no position held
    "Senator Hale has been a strong supporter of Trump's presidential campaign.",  # a campaign
])
def test_no_position_held(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]
