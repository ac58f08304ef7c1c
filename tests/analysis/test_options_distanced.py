"""A call others make, held in words that keep the author's distance from the holder ("appeared convinced that",
"seem to think", "naively believe", "Foolishly, X wants", "Yet X still wants"): the author takes the other side; a
plain report of the same call leaves the author without one."""
import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, stance", [
    ("All manner of people appeared convinced that the league should ban the player for life.", "oppose"),
    ("Labour seems to believe that the state should run the railways.", "oppose"),
    ("Ministers naively believe that the council should sell off the forests.", "oppose"),
    ("Foolishly, ministers want to sell off the forests.", "oppose"),
    ("Yet, Abbas still wants to negotiate with Israel.", "oppose"),
    ("Ministers stubbornly oppose raising the minimum wage.", "support"),
])
def test_distance_gives_the_author_the_other_side(text, stance):
    option = one_option(text)
    assert option.stance == stance
    assert option.positions and all(p.stance != stance for p in option.positions)


@pytest.mark.parametrize("text", [
    "All manner of people said that the league should ban the player for life.",
    "Ministers believe that the council should sell off the forests.",
    "Ministers want to sell off the forests.",
    "Abbas still wants to negotiate with Israel.",  # "still" alone reports; "Yet ... still" is the author's
])
def test_a_plain_report_leaves_the_author_without_a_side(text):
    assert one_option(text).stance is None
