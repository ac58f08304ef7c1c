"""ru_company_words.guillemet_mentions asks each organisation's own mentions once per name in guillemets and sorts
the new ones in at the end, instead of a scan and a sort of all its mentions per name (a text with thousands of
«X» took a second): the mentions are those the plain way gives."""
from __future__ import annotations

import copy
import random

from briefing_app.analysis.lang.ru_company_words import GUILLEMET_NAME_RE, guillemet_mentions
from briefing_app.analysis.lang.ru_orgs import guillemet_nominative
from briefing_app.core.model import Actor, Span


def _plain(text: str, out: list[Actor]) -> None:
    by_name = {a.name: a for a in out if a.kind == "organization"}
    for m in GUILLEMET_NAME_RE.finditer(text):
        org = by_name.get(m.group("name")) or by_name.get(guillemet_nominative(m.group("name")))
        if org is not None and not any(s.start <= m.start("name") < s.end for s in org.mentions):
            org.mentions.append(Span(m.start("name"), m.end("name")))
            org.mentions.sort(key=lambda s: s.start)


def test_same_mentions_as_the_plain_way() -> None:
    rng = random.Random(3)
    forms = ["«Спартак»", "«Спартака»", "«Газпром»", "«Газпрома»", "ООО «Ромашка»", "«Зенит»", "клуб", "и"]
    for _ in range(60):
        text = " ".join(rng.choice(forms) for _ in range(rng.randrange(1, 80))) + "."
        out = []
        for name in ("Спартак", "Газпром", "Ромашка"):
            starts = [i for i in range(len(text)) if text.startswith(name, i)]
            picked = rng.sample(starts, min(len(starts), rng.randrange(0, 4)))
            out.append(Actor(name, "organization", mentions=[Span(s, s + len(name) + rng.randrange(-2, 3)) for s in picked]))
        out.append(Actor("Спартак", "person", mentions=[Span(0, 3)]))
        want = copy.deepcopy(out)
        _plain(text, want)
        guillemet_mentions(text, out)
        assert out == want
