"""A course's object ends at "and" + a finite past verb with its object (seventeenth session, optfix; issue 14): "urged
the council to adopt the law and attended the signing ceremony" gave the summary "Adopt the law and attended the signing
ceremony" (lexicon.CLAUSE_CUT_RE, PAST_AND_OBJECT). Near misses: a second noun ("cut taxes and spending"), a second base
verb ("raise and index the minimum wage", "feed ... and heed ..."), a past participle after one ("be repealed and
replaced with"), an adjective in -ed without an object ("schools and trained nurses")."""
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
])
def test_a_past_verb_after_and_ends_the_course(text: str, summary: str) -> None:
    assert _summaries(text) == [summary]


@pytest.mark.parametrize(("text", "summary"), [
    ("The council should cut taxes and spending.", "Cut taxes and spending"),
    ("The council should raise and index the minimum wage.", "Raise and index the minimum wage"),
    ("Lopez urged the council to fund schools and trained nurses.", "Fund schools and trained nurses"),
    ("Lopez urged the council to ban diesel cars and limit parking.", "Ban diesel cars and limit parking"),
    ("The council should feed the hungry and heed the warnings.", "Feed the hungry and heed the warnings"),
])
def test_near_misses_keep_their_second_conjunct(text: str, summary: str) -> None:
    assert summary in _summaries(text)
