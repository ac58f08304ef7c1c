"""'X wants Y to do Z' is a call made to Y (calls.py), not Y wanted done: the words up to a word that merely ends like a
participle ("night", "old", "plant") are no wish of the form 'wants the industry brought back'."""
import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, summary", [
    ("The union wants the council to keep the night bus service.", "Keep the night bus service"),
    ("Councillor Jane Hope wants the city to sell the old library to a developer.", "Sell the old library to a developer"),
    ("The mayor wants the city to plant trees along its bus routes.", "Plant trees along its bus routes"),
    ("Campaigners want the whole industry brought back into public ownership.",
     "Bring the whole industry back into public ownership"),  # the wish done, as before
])
def test_a_call_made_to_someone_keeps_its_verb(text, summary):
    assert one_option(text).summary == summary
