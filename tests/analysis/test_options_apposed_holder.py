"""A call whose subject is a description with the holder's name set off by commas ("Kenya's environment minister,
Soipan Tuya, has proposed that ...", "Europe's largest farm lobby, Copa-Cogeca, has demanded that ...") is the
named holder's, not the author's; and so is a course argued in the that-clause of "proposed / demanded / urged
that"."""
import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, holder", [
    ("Kenya's environment minister, Soipan Tuya, has proposed that the government should ban plastic bottles.",
     "Soipan Tuya"),
    ("Europe's largest farm lobby, Copa-Cogeca, has demanded that the European Commission postpone its rules on "
     "fallow land for another two years.", "Copa-Cogeca"),
    ("As temperatures passed forty-seven degrees last week, the city's education minister, Atishi, proposed that "
     "government schools should start at six thirty in the morning.", "Atishi"),
    ("The country's biggest union, Unite, has urged that the government must restore the night allowance for nurses.",
     "Unite"),
])
def test_the_name_in_the_subjects_apposition_holds_the_call(text, holder):
    option = one_option(text)
    assert option.stance is None and [p.actor for p in option.positions] == [holder]


def test_the_authors_own_call_after_a_description_stays_the_authors():
    option = one_option("Kenya's environment ministry, for all its faults, should ban plastic bottles by 2026.")
    assert option.stance == "support" and not option.positions
