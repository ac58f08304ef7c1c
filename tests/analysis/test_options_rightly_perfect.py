"""The perfect of a side taken, judged by the author: "The council has rightly rejected the plan to close the library"
is the council's opposition, which stands, and the author agrees (oppose); it gave no option (read as a judged past act)
and, without that, the author's support (the good word read as a word on the course). "has wrongly rejected": the
author takes the other side. The simple past stays a judged past act (test_options_past_judged)."""
import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary, holder, held, author", [
    ("The council has rightly rejected the plan to close the library.", "Close the library", "the council", "oppose",
     "oppose"),
    ("Ministers have rightly rejected calls for a ban on diesel cars.", "Impose a ban on diesel cars", "ministers",
     "oppose", "oppose"),
    ("The mayor has rightly backed the plan to close the high street to cars.", "Close the high street to cars", "the mayor",
     "support", "support"),
    ("The senators have wrongly rejected the bill to raise the minimum wage.", "Adopt the bill to raise the minimum wage",
     "the senators", "oppose", "support"),
])
def test_author_on_the_holders_side(text, summary, holder, held, author):
    option = one_option(text)
    assert option.summary == summary
    assert [(p.actor, p.stance) for p in option.positions] == [(holder, held)]
    assert option.stance == author


def test_simple_past_stays_a_judged_act():
    assert options("The council rightly rejected the plan to close the library.") == []
