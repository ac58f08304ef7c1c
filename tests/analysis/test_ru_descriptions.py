"""'суд', 'фонд', 'ведомство' ... as an alias and a mention of the latest organisation named before that fits
(lang/ru_affiliations.descriptions): the sorted look-up answers what the scan of every mention did, and a text
naming a court thousands of times costs the same per description."""
from __future__ import annotations

import copy
import random

from briefing_app.analysis.lang.ru_affiliations import ORG_DESCRIPTION_RE, ORG_DESCRIPTIONS, descriptions
from briefing_app.core.model import Actor, Span
from tests.analysis.work_meter import StepMeter

WORDS = ["суд", "суда", "фонд", "фонде", "клуб", "ведомство", "регулятор", "альянс", "министерства", "и", "в", "—"]
NAMES = ["Арбитражный суд Москвы", "Фонд развития территорий", "Министерство финансов", "Банк России", "МЧС",
         "Футбольный клуб «Зенит»", "Росстат"]


def _scan(text: str, out: list[Actor]) -> None:
    """The scan descriptions() made before (every mention of every fitting organisation at each description)."""
    orgs = [a for a in out if a.kind == "organization" and a.mentions]
    for m in ORG_DESCRIPTION_RE.finditer(text):
        stem = next(k for k in ORG_DESCRIPTIONS if m.group().startswith(k))
        form, fits = ORG_DESCRIPTIONS[stem]
        at = m.start()
        before = [(max(s.start for s in o.mentions if s.start < at), o) for o in orgs
                  if any(f in o.name for f in fits) and o.mentions[0].start < at]
        if before:
            org = max(before, key=lambda t: t[0])[1]
            if form not in org.aliases:
                org.aliases.append(form)
            if not any(sp.start == m.start() for sp in org.mentions):
                org.mentions.append(Span(m.start(), m.end()))


def test_descriptions_answer_as_the_scan_over_every_mention() -> None:
    rng = random.Random(3)
    for _ in range(400):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 40)))
        actors = []
        for name in rng.sample(NAMES, rng.randrange(1, 5)):
            starts = [rng.randrange(len(text) + 1) for _ in range(rng.randrange(1, 4))]  # unsorted, as found
            actors.append(Actor(name, kind="organization", mentions=[Span(s, s + 3) for s in starts]))
        expected = copy.deepcopy(actors)
        _scan(text, expected)
        descriptions(text, actors)
        assert actors == expected, text


def test_a_court_named_thousands_of_times_costs_the_same_per_description() -> None:
    """Counted, not timed (work_meter.StepMeter: Python steps, which a loaded machine does not move): 4.67 steps a
    word at 250 and at 1,000 descriptions; the scan of every mention (_scan above) read 171 and 671."""
    steps = StepMeter()

    def per_word(times: int) -> float:
        text = "Арбитражный суд Москвы отклонил иск. " + "Решение суда обжаловано, в суде сообщили. " * times
        return steps.per_word(lambda t: descriptions(t, [Actor("Арбитражный суд Москвы", kind="organization",
                                                                mentions=[Span(0, 22)])]), text)

    small, large = per_word(250), per_word(1000)
    assert large < 1.2 * small, (small, large)
