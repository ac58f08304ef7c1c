"""Bare surnames as holders (issue 14, the seventeenth session's optbugs report): "Macron said France should leave NATO's
command" gave Macron a position but no Macron actor (every position's holder is an actor of the document:
`options/holder_actors.py`); "Hale and Cole said the state should raise the minimum wage" gave only Cole (two bare names
and the verb they share are two holders: `attribute.Holders._said`). Near misses: a described holder and a capitalised
plural are no person actor; an actor already found is not added twice."""
from briefing_app.analysis import analyse


def _found(text: str) -> tuple[list[tuple[str, str]], list[list[tuple[str, str]]]]:
    a = analyse(text)
    return [(x.name, x.kind) for x in a.actors], [[(p.actor, p.stance) for p in o.positions] for o in a.options]


def test_a_bare_surname_holder_is_an_actor() -> None:
    actors, positions = _found("Macron said France should leave NATO's command.")
    assert ("Macron", "person") in actors
    assert positions == [[("Macron", "support")]]


def test_a_holder_named_in_full_is_not_added_twice() -> None:
    actors, positions = _found("Emmanuel Macron spoke in Paris. Macron said France should leave NATO's command.")
    assert [name for name, _ in actors].count("Emmanuel Macron") == 1 and ("Macron", "person") not in actors
    assert positions == [[("Emmanuel Macron", "support")]]


def test_two_bare_names_both_hold_it() -> None:
    for verb in ("said the state should raise", "urged the state to raise"):
        actors, positions = _found(f"Hale and Cole {verb} the minimum wage.")
        assert ("Hale", "person") in actors and ("Cole", "person") in actors
        assert positions == [[("Hale", "support"), ("Cole", "support")]]


def test_descriptions_and_plurals_are_no_person_actors() -> None:
    actors, _ = _found("The mayor said the council should ban cars from the city centre.")
    assert all(kind != "person" for _, kind in actors)
    actors, _ = _found("Campaigners said the council should ban cars from the city centre.")
    assert actors == []
