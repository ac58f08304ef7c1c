"""A poll's share is the holder of what it says should be done: "47% say the United States should commit troops" gave
the author's support (the report cue's subject could not hold "%", so no one was read as saying it), and "Some 62
percent said the government should raise the minimum wage" gave nothing (a bare share named no holder)."""
import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, summary, holder", [
    ("47% say the United States should send more troops to the border.", "Send more troops to the border", "47%"),
    ("Some 62 percent said the government should raise the minimum wage.", "Raise the minimum wage", "some 62 percent"),
    ("Nearly two-thirds said Congress should ban assault weapons.", "Ban assault weapons", "Nearly two-thirds"),
    ("In the survey, a majority said the city should build more homes.", "Build more homes", "a majority"),
    ("About 55 per cent think ministers should scrap the tax on fuel.", "Scrap the tax on fuel", "About 55 per cent"),
])
def test_share_holds_the_course(text, summary, holder):
    option = one_option(text)
    assert option.summary == summary
    assert option.stance is None  # the respondents', not the author's
    assert [(p.actor, p.stance) for p in option.positions] == [(holder, "support")]


def test_a_share_inside_the_course_is_no_holder():
    option = one_option("Britain should raise the tax on fuel by 5%, the minister said.")
    assert [(p.actor, p.stance) for p in option.positions] == [("the minister", "support")]
