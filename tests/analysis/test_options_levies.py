"""Charges, levies, tolls, fees and surcharges are measures (options.lexicon.POLICY_NOUN_RE): "embrace a congestion
charge" adopts one, as "embrace a carbon tax" does; "in charge" and a "death toll" name none."""
import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, expected", [
    ("The council should embrace a congestion charge.", "Embrace a congestion charge"),
    ("Ministers ought to embrace the levy on sugary drinks.", "Embrace the levy on sugary drinks"),
    ("The city should embrace a toll on the new bridge.", "Embrace a toll on the new bridge"),
    ("The state should embrace a surcharge on second homes.", "Embrace a surcharge on second homes"),
    ("Universities should embrace lower tuition fees.", "Embrace lower tuition fees"),
])
def test_embraced_levy_is_support(text, expected):
    option = one_option(text)
    assert (option.stance, option.summary) == ("support", expected)


@pytest.mark.parametrize("text", [
    "The new mayor should embrace being in charge.",
    "We should embrace the death toll as a warning.",
])
def test_no_measure_embraced(text):
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]
