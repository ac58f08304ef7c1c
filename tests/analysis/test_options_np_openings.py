"""What a cue reads as a policy noun phrase must open like one (twelfth session, from options on untuned news reports:
"Adopt at him, ...", "Adopt of trade deals", "Adopt is their standard of living ..."), and "advocate for X" is "advocate
X". Each positive was a garbled option before; each near miss is an option that stays."""
import pytest

from tests.analysis.option_helpers import options


@pytest.mark.parametrize("text", [
    'The crowd chanted back at him, "Send them home," and "Build the wall."',  # "back at": no backing
    "Former presidents promptly fired back at Trump over the proposal.",
    "While Mr. Ryan is a vocal advocate of trade deals, he says little.",  # a noun, then "of"
    "What people want to see is their standard of living get better.",
    "Many Americans might consider it a good deal.",
])
def test_no_option_from_what_is_no_noun_phrase(text: str) -> None:
    assert options(text) == [], [(o.summary, o.positions) for o in options(text)]


@pytest.mark.parametrize("text, summary, actor", [
    ("Trump has advocated for building a wall along the border.", "Build a wall along the border", "Trump"),
    ("The protesters are advocating for a ban on zero-hours contracts.", "Impose a ban on zero-hours contracts",
     "the protesters"),
    ("Chile and Colombia rejected US proposals to accept prisoners from Guantanamo.", "Accept prisoners from Guantanamo",
     "Chile"),  # "US" opens a noun phrase
])
def test_noun_phrase_options_stay(text: str, summary: str, actor: str) -> None:
    found = options(text)
    assert [o.summary for o in found] == [summary] and found[0].positions[0].actor == actor, \
        [(o.summary, o.positions) for o in found]


@pytest.mark.parametrize("text", [
    # a call or plan in the pluperfect is told as over (twelfth session: 8 options on PolNeAR reports, all past); since
    # session 28 a call on others stays the caller's position unless the sentence shows it overtaken (a contrast) or
    # dates it (test_options_pluperfect.py)
    "In two other instances, Clinton had asked Sullivan to send sensitive information.",
    "The minister had promised to scrap the tax on fuel before the election.",
    "But budget watchdog groups had pressed for Congress to offset the costs with other savings.",
    "Mr. Obama had proposed paying for the tax cuts by raising taxes on the wealthiest Americans, but the Republicans "
    "who control Congress refused.",
])
def test_a_call_in_the_pluperfect_is_history(text: str) -> None:
    assert options(text) == [], [(o.summary, o.positions) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("Clinton has asked Congress to fund the programme.", "Fund the programme"),
    ("The council had to close the library, and campaigners urged it to reopen the library.", "Reopen the library"),
])
def test_a_call_in_the_present_perfect_stays(text: str, summary: str) -> None:
    assert summary in [o.summary for o in options(text)], [(o.summary, o.positions) for o in options(text)]
