"""The kept answers of mentions.subject_before (the speaker and reported-speech rules ask for the subject of the
same verb): the same as reading the words anew, right for another text with the same offsets, and forgotten (no text held)
once the pipeline is done."""
from __future__ import annotations


from briefing_app.analysis import analyse, mentions
from briefing_app.analysis.document import parse
from briefing_app.analysis.lang import rule_sets_for
from tests.tuned_sets import tuned_articles



def test_kept_answers_as_read_anew() -> None:
    """Every verb-like word of real articles: the kept answer, asked twice, is the uncached one."""
    read = mentions.subject_before.__wrapped__
    checked = 0
    for path in tuned_articles("en*.txt")[:30]:
        text = path.read_text(encoding="utf-8")
        doc = parse(text, None, rule_sets_for(text))
        for ss, se in doc.sentences.spans:
            for at in range(ss, se):
                if doc.masked[at - 1:at] == " " and doc.masked[at:at + 4] in ("said", "told", "says", "adde", "warn"):
                    first = mentions.subject_before(doc.masked, at, ss)
                    assert first == read(doc.masked, at, ss) == mentions.subject_before(doc.masked, at, ss)
                    checked += 1
        mentions.forget()
    assert checked > 50


def test_same_offsets_in_another_text() -> None:
    a = "Officials in Seoul said the talks would resume."
    b = "The mayor of Busan said the talks would resume."
    at = a.index(" said") + 1
    assert b.index(" said") + 1 == at
    assert mentions.subject_before(a, at, 0) == (0, at - 1)
    assert mentions.subject_before(b, at, 0) == (0, at - 1)
    assert mentions.subject_before(a, at, 0) != mentions.subject_before("He " + a[3:], at, 0)
    mentions.forget()


def test_forgotten_at_the_pipelines_end() -> None:
    """No kept answer (and so no masked text) outlives the analysis that asked."""
    article = tuned_articles("en*.txt")[0].read_text(encoding="utf-8")
    analyse(article)
    assert mentions.subject_before.cache_info().currsize == 0
