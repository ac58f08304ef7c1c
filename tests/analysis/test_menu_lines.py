"""A site menu copied or printed as one line ("Home | Politics | World | Business") is boilerplate;
a sentence or a two-column table row with bars is not."""
import pytest

from briefing_app.analysis.boilerplate import _is_boilerplate


@pytest.mark.parametrize("line,menu", [
    ("Home | Politics | World | Business | Opinion | Subscribe", True),
    ("Top stories · Economy · Climate · Science · Video", True),
    ("News • Local • Sport • Culture • Contact us", True),
    ("Russia | Ukraine | talks", False),
    ("Country | Stance", False),
    ("He said: Moscow | Seoul | Kyiv | Warsaw are tense.", False),
    ("The ministers of Russia | the envoys of Seoul | and others | met on Monday", False),
])
def test_menu_lines(line, menu):
    assert _is_boilerplate(line) is menu
