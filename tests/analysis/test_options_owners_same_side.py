"""'Unions backed Labour's proposal to raise the minimum wage': the owner of the proposal and the one who backs it both
hold it (it kept only the unions: the owner's hit was dropped when both sides were the same; only opposite sides,
"Ministers rejected the union's call", kept both)."""
import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, summary, expected", [
    ("Unions backed Labour's proposal to raise the minimum wage.", "Raise the minimum wage",
     [("unions", "support"), ("Labour", "support")]),
    ("Teachers welcomed Sarah Jones's plan to cut class sizes.", "Cut class sizes",
     [("teachers", "support"), ("Sarah Jones", "support")]),
    ("Doctors backed Mayor Tom Reed's plan to ban smoking in parks.", "Ban smoking in parks",
     [("doctors", "support"), ("Tom Reed", "support")]),
    # opposite sides, as before
    ("Ministers rejected the union's call for a ban on overtime.", "Impose a ban on overtime",
     [("ministers", "oppose"), ("the union", "support")]),
])
def test_both_holders_kept(text, summary, expected):
    option = one_option(text)
    assert option.summary == summary
    assert sorted((p.actor, p.stance) for p in option.positions) == sorted(expected)
