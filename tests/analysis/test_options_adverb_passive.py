"""An adverb between "be" and the participle of a passive course ("The levy must be immediately scrapped", "should be
gradually raised to 40 percent") no longer hides it: the course reads as without the adverb."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, summary", [
    ("The fuel levy must be immediately scrapped.", "Scrap the fuel levy"),
    ("The coal plant should be quickly closed.", "Close the coal plant"),
    ("The ferry subsidy must be fully restored by April.", "Restore the ferry subsidy by April"),
    ("The harbour fund should be swiftly shut down.", "Shut the harbour fund down"),
])
def test_an_adverb_inside_the_passive_is_stepped_over(text: str, summary: str) -> None:
    option = one_option(text)
    assert (option.summary, option.stance) == (summary, "support")

