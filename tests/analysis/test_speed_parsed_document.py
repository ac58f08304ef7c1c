"""Speed rewrites of the parsed document's users that must answer exactly as the code they replaced."""
from __future__ import annotations

from pathlib import Path

from briefing_app.analysis.options import find_options
from briefing_app.analysis.pipeline import run
from briefing_app.analysis.segment import sentence_spans
from tests.tuned_sets import tuned_articles, tuned_editorials

DATA = Path(__file__).resolve().parents[1] / "data"


def test_text_sentences_as_splitting_the_unmasked_paragraph() -> None:
    """Document.text_sentences gives the masked text's sentences where no quotation was masked, and
    splits the unmasked text elsewhere: the same spans as sentence_spans(text, ps, pe) everywhere."""
    reused = split = 0
    for path in tuned_articles("en*.txt")[:60]:
        doc = run(path.read_text(encoding="utf-8"))
        for ps, pe in doc.paras:
            if doc.masked[ps:pe] == doc.text[ps:pe]:
                reused += 1
            else:
                split += 1
            assert doc.text_sentences(ps, pe) == sentence_spans(doc.text, ps, pe), (path.name, ps, pe)
    assert reused > 100 and split > 50  # both ways were tried


def test_options_with_the_documents_sentences_as_with_their_own() -> None:
    for path in tuned_editorials()[:40]:
        doc = run(path.read_text(encoding="utf-8"))
        assert repr(find_options(doc.text, doc.paras, doc.quotes, doc.actors, doc.text_sentences)) == \
            repr(find_options(doc.text, doc.paras, doc.quotes, doc.actors)), path.name
