"""A course's object ends at "and" + a finite past verb with its object (seventeenth session, optfix; issue 14): "urged
the council to adopt the law and attended the signing ceremony" gave the summary "Adopt the law and attended the signing
ceremony" (lexicon.CLAUSE_CUT_RE, PAST_AND_OBJECT). Near misses: a second noun ("cut taxes and spending"), a second base
verb ("raise and index the minimum wage", "feed ... and heed ..."), a past participle after one ("be repealed and
replaced with"), an adjective in -ed without an object ("schools and trained nurses"), an adjective or participle joined
to the one before with a preposition after it ("help the poor and displaced in Gaza", "be open and staffed at all
times": a regular -ed form before "in" or "at" does not end the course; before its own preposition it does: "and
called for", "and voted for")."""
import pytest

from tests.analysis.option_helpers import options

CONTEXT = "Maria Lopez, the leader of the teachers' union, spoke in Leeds on Monday.\n\n"


def _summaries(text: str) -> list[str]:
    return [o.summary for o in options(CONTEXT + text)]


@pytest.mark.parametrize(("text", "summary"), [
    ("Lopez urged the council to adopt the rent law and attended the signing ceremony.", "Adopt the rent law"),
    ("Lopez urged the council to ban diesel cars and visited the school.", "Ban diesel cars"),
    ("Lopez urged the council to ban diesel cars and then praised the mayor.", "Ban diesel cars"),
    ("Lopez urged the council to ban diesel cars and went to the rally.", "Ban diesel cars"),
    ("Lopez called for a ban on diesel cars and attended the rally.", "Impose a ban on diesel cars"),
    ("Lopez said the council should ban diesel cars and met with the mayor.", "Ban diesel cars"),
    ("Lopez signed a letter supporting the rent law and attended the signing ceremony.", "Adopt the rent law"),
    # a regular past verb with its own preposition (not "in"/"at": test_near_misses_keep_their_second_conjunct)
    ("Lopez urged the council to ban diesel cars and called for a new tram line.", "Ban diesel cars"),
    ("Lopez urged the council to ban diesel cars and voted for the budget.", "Ban diesel cars"),
])
def test_a_past_verb_after_and_ends_the_course(text: str, summary: str) -> None:
    assert _summaries(text) == [summary]


def test_a_past_push_for_a_charge_is_its_own_course() -> None:
    # a congestion charge is a measure (options.lexicon.POLICY_NOUN_RE): "pushed for" it is Lopez's second call
    assert _summaries("Lopez urged the council to ban diesel cars and pushed for a congestion charge.") == [
        "Ban diesel cars", "Adopt a congestion charge"]


@pytest.mark.parametrize(("text", "summary"), [
    ("The council should cut taxes and spending.", "Cut taxes and spending"),
    ("The council should raise and index the minimum wage.", "Raise and index the minimum wage"),
    ("Lopez urged the council to fund schools and trained nurses.", "Fund schools and trained nurses"),
    ("Lopez urged the council to ban diesel cars and limit parking.", "Ban diesel cars and limit parking"),
    ("The council should feed the hungry and heed the warnings.", "Feed the hungry and heed the warnings"),
    # an adjective or participle joined to the one before, a preposition after it (eighteenth session, the review's
    # reproducer): no finite verb
    ("The council should help the poor and displaced in Gaza.", "Help the poor and displaced in Gaza"),
    ("The council should house the sick and wounded in field hospitals.", "House the sick and wounded in field hospitals"),
    ("The government must protect the elderly and isolated in rural areas.",
     "Protect the elderly and isolated in rural areas"),
    ("The library should be open and staffed at all times.", "Keep the library open and staffed at all times"),
    ("The library should be open and well staffed.", "Keep the library open and well staffed"),
    ("The library should be staffed at all times.", "Staff the library at all times"),
])
def test_near_misses_keep_their_second_conjunct(text: str, summary: str) -> None:
    assert summary in _summaries(text)
