"""Search ranks every match, however many there are: a word in more than a thousand sources (two
hundred for Korean and Russian) puts its best sources first, on both backends, by the same rule
(BM25: more occurrences in a text of the same length rank higher, ties by id)."""
from __future__ import annotations

import pytest

COUNT = 1_200
LENGTH = 60  # words in every text, so only the number of occurrences decides


def _times(n: int) -> int:
    return 1 + (n * 7) % 20 + (3 if n >= COUNT - 150 else 0)  # the best are among the last ids


@pytest.fixture
def library(project):
    """COUNT sources of one length; source n has the query words _times(n) times, so the best sit
    behind the first thousand matches in id order (and the first two hundred Korean ones).
    Every fourth has a Russian word, every fourth a Korean one (fillers of the same length)."""
    with project.transaction():
        for n in range(COUNT):
            k = _times(n)
            english = ["sanctions", "tariffs"] * k + ["weather"] * (2 * (LENGTH - k))
            word, filler = {1: ("санкции", "погодой"), 2: ("조약이", "날씨가")}.get(n % 4, ("погодой", "погодой"))
            other = [word] * k + [filler] * (LENGTH - k)
            project.insert("sources", {"text": " ".join(english + other) + ".", "title": None})
    return project


def _best(project, query: str) -> list[int]:
    return [i for i, _ in project.search_sources(query, limit=10)]


def _expected(project, times_of) -> list[int]:
    ids = [r[0] for r in project.query("SELECT id FROM sources ORDER BY id")]
    return sorted(ids, key=lambda i: (-times_of(ids.index(i)), i))[:10]


def test_a_word_in_every_source_ranks_all_of_them(library):
    want = _expected(library, _times)
    assert _best(library, "sanctions") == want
    assert _best(library, "tariffs sanctions") == want  # several words: every source has both
    assert _best(library, "weather")[0] == _expected(library, lambda n: -_times(n))[0]


def test_korean_and_russian_words_rank_all_their_matches(library):
    russian = _expected(library, lambda n: _times(n) if n % 4 == 1 else -1)
    korean = _expected(library, lambda n: _times(n) if n % 4 == 2 else -1)
    assert _best(library, "санкци") == russian  # inside the inflected form
    assert _best(library, "조약이") == korean
    short = _best(library, "조약")  # two syllables, below the trigram length
    assert len(short) == 10 and all(i % 4 == 3 for i in short)  # only Korean sources (ids from 1)
    if library.dialect.name == "postgresql":  # SQLite matches such words with LIKE, unranked
        assert short == korean
    assert _best(library, "조약이 sanctions")[0] in korean
    assert set(_best(library, "조약이 санкции")) == set()


def test_filters_and_other_sorts_see_every_match(library):
    hits = library.search_sources("sanctions", limit=COUNT, sort="id")
    assert [i for i, _ in hits] == sorted(i for i, _ in hits) and len(hits) == COUNT
    last = library.query("SELECT max(id) FROM sources")[0][0]
    assert [i for i, _ in library.search_sources("sanctions", limit=1, sort="id", descending=True)] == [last]


def test_the_server_threshold_ranking_equals_ranking_every_match(library):
    """On the server several words are ranked without reading every match (pg_rank.py); the
    result must be what ranking every match gives."""
    if library.dialect.name != "postgresql":
        pytest.skip("the threshold algorithm is the server's")
    from briefing_app.core.store.pg_rank import rank_sql

    for query in ("sanctions weather", "tariffs weather sanctions", "weather санкции"):
        sql, params = rank_sql(library._groups(query.split()), library._total())
        every = [r[0] for r in library.query(sql + " SELECT source_id FROM ranked ORDER BY rank DESC, source_id "
                                                   "LIMIT 40", params)]
        assert [i for i, _ in library.search_sources(query, limit=40)] == every
