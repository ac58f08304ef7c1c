"""A call on others in the pluperfect is the caller's position, as one in the present perfect is ("The senator had urged
the Pentagon to close the base", "Critics had called for a ban on the pesticide"); a call the sentence shows overtaken
("..., but the council refused"), a dated one ("In 2010 ..."), a person's own plan, promise or errand and a side told as
past stay no option (`options/pluperfect.py`)."""
from __future__ import annotations

import pytest

from briefing_app.analysis.options.pluperfect import told_as_past
from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary, actor", [
    ("The senator had urged the Pentagon to close the base.", "Close the base", "senator"),
    ("Critics had called for a ban on the pesticide.", "Impose a ban on the pesticide", "critics"),
    ("Environmental groups had demanded that the ministry halt the logging.", "Halt the logging", "Environmental groups"),
    ("Farmers had lobbied the council to scrap the levy.", "Scrap the levy", "farmers"),
    ("Several economists had recommended a carbon tax.", "Impose a carbon tax", "economists"),
    ("Teachers' unions had pressed the government to raise salaries.", "Raise salaries", "unions"),
])
def test_a_pluperfect_call_on_others_is_the_callers_position(text: str, summary: str, actor: str) -> None:
    option = one_option(text)
    assert (option.summary, option.stance) == (summary, None)
    assert len(option.positions) == 1 and actor in option.positions[0].actor and option.positions[0].stance == "support"


@pytest.mark.parametrize("text", [
    "Clinton had asked Sullivan to send the memo.",  # an errand
    "She had promised to visit her mother on Sunday.",  # her own plan
    "The senator had planned to attend the rally.",
    "In 2010 the IMF had urged Greece to cut spending.",  # dated: history
    "The mayor had proposed a tax on vacant homes, but the council voted it down.",  # overtaken
    "But budget hawks had pressed the Treasury to cut the deficit before the deal was signed.",
    "Rubio had opposed adding the provisions.",  # a side told as past
])
def test_a_pluperfect_call_overtaken_dated_or_of_ones_own_is_none(text: str) -> None:
    assert options(text) == []


def test_told_as_past_reads_the_verb_and_the_sentence() -> None:
    text = "Critics had called for a ban. Critics had called for a ban, but it never came."
    first, second = text.index("called"), text.rindex("called")
    assert not told_as_past(text, 0, text.index(".") + 1, first)
    assert told_as_past(text, text.index("Critics", 5), len(text), second)
    planned = "He had planned to stay."
    assert told_as_past(planned, 0, len(planned), planned.index("planned"))
    assert not told_as_past("They called for a ban.", 0, 22, 5)  # no pluperfect
