"""ko_titles.bare_titles reads whether a holder's mentions hold a bare title from the mentions it has sorted and puts
each new one in its place, instead of a scan and a sort of all of them per title (thousands of bare titles took
seconds): _holds answers as the plain scan does once the mentions are sorted."""
from __future__ import annotations

import random

from briefing_app.analysis.lang.ko_titles import _holds
from briefing_app.core.model import Actor, Span


def test_holds_matches_the_plain_scan() -> None:
    rng = random.Random(5)
    for _ in range(300):
        spans = sorted((Span(s, s + rng.randrange(0, 12)) for s in (rng.randrange(0, 200) for _ in range(rng.randrange(1, 15)))),
                       key=lambda s: s.start)
        actor = Actor("김철수", mentions=spans)
        longest = {id(actor): max(s.end - s.start for s in spans)}
        for pos in range(-2, 215):
            assert _holds(actor, pos, longest) == any(s.start <= pos < s.end for s in spans)
        assert _holds(actor, 5, {}) == any(s.start <= 5 < s.end for s in spans)  # (not sorted by this pass: the scan)
