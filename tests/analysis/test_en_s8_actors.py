"""English actors, s8 round (precision and affiliations on fresh text), one rule each."""
from __future__ import annotations

from briefing_app.analysis import analyse
from briefing_app.core.model import Actor


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in analyse(text).actors}


def test_a_country_inside_another_places_name_is_no_actor() -> None:
    text = ("The outbreak spread to New Mexico on Friday, officials said.\n\n"
            "Anne Moudon, a researcher at the University of Washington, said the trend was clear.")
    actors = _actors(text)
    assert "Mexico" not in actors and "United States" not in actors
    assert "Mexico" in _actors("Mexico said on Friday it would answer the tariffs.")


def test_a_capital_in_an_events_name_is_no_actor() -> None:
    text = "Jensen Huang, the chief executive, said last week at the GTC Paris conference that demand was high."
    assert "France" not in _actors(text)


def test_a_capital_named_only_as_where_something_happens_is_no_actor() -> None:
    text = ("NATO Secretary General Mark Rutte, speaking in The Hague, said allies would pay.\n\n"
            "In Brussels, the European Commission said it was following the talks.")
    actors = _actors(text)
    assert "Netherlands" not in actors and "European Union" not in actors
    acting = _actors("Mark Rutte spoke in The Hague. The Hague said it would send two more batteries.")
    assert "Netherlands" in acting  # the capital acting stands for the country
    assert "United States" in _actors("\"We want steel made in America,\" the official said.")  # the country's own name
