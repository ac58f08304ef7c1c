"""known_bodies reads whether a name lies inside a longer one found already from its mentions kept sorted,
not by a scan of every mention per name (a text naming thousands of bodies took seconds): the answers are
those of the plain scan, and the text's bodies are the same."""
from __future__ import annotations

import random

from briefing_app.analysis import organisations
from briefing_app.analysis.known_bodies import _Spans
from briefing_app.analysis.org_found import Found, Org
from briefing_app.core.model import Span


def test_inside_another_matches_the_plain_scan() -> None:
    rng = random.Random(7)
    for _ in range(200):
        found = Found("x" * 400, lambda name: False)
        for i in range(rng.randrange(0, 12)):
            org = found.orgs[f"O{i}"] = Org(f"O{i}", "organization")
            for _ in range(rng.randrange(1, 4)):
                s = rng.randrange(0, 300)
                org.mentions.append(Span(s, s + rng.randrange(0, 60)))
        spans = _Spans(found)
        plain = [(m.start, m.end) for o in found.orgs.values() for m in o.mentions]
        for _ in range(40):
            s = rng.randrange(0, 320)
            e = s + rng.randrange(0, 40)
            want = any(a <= s and e <= b and (a, b) != (s, e) for a, b in plain)
            assert spans.inside_another(s, e) == want
            if rng.random() < 0.3:
                spans.add(s, e)
                plain.append((s, e))


class _PlainSpans(_Spans):
    def inside_another(self, s: int, e: int) -> bool:
        return any(a <= s and e <= b and (a, b) != (s, e) for a, b in self.spans)


def test_many_bodies_found_as_by_the_plain_scan(monkeypatch) -> None:
    text = "Headline\n\n" + " ".join(
        f"The Senate Armed Services Committee met on Friday. The Senate voted. The FDA and Ofcom said {i}, "
        f"and Immigration and Customs Enforcement agreed." for i in range(200))
    fast = [(a.name, a.aliases, [(m.start, m.end) for m in a.mentions]) for a in organisations.find(text)]
    monkeypatch.setattr("briefing_app.analysis.known_bodies._Spans", _PlainSpans)
    plain = [(a.name, a.aliases, [(m.start, m.end) for m in a.mentions]) for a in organisations.find(text)]
    assert fast == plain
    counts = {name: len(spans) for name, _, spans in fast}
    assert counts["Ofcom"] == counts["Immigration and Customs Enforcement"] == counts["Senate Armed Services Committee"] == 200
