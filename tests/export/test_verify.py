"""Quotes are checked verbatim against their sources before anything is written."""
from __future__ import annotations

import dataclasses

import pytest

from briefing_app.core.errors import VerificationError
from briefing_app.export import export_memo
from briefing_app.export.verify import check_memo, matches, pattern

SOURCE = "Mr. Rudenko said: “Seoul must realize that the possible use of South Korean weapons will fully\n" \
         "destroy relations between our countries.” He added more."


@pytest.mark.parametrize("quote", [
    "Seoul must realize that the possible use of South Korean weapons",
    "\"Seoul must realize that the possible use of South Korean weapons\"",  # straight marks
    "Seoul  must realize that\nthe possible use",  # whitespace
    "will fully destroy relations between our countries.",  # line break in the source
    "Seoul must realize … will fully destroy relations",  # marked omission
    "Seoul must realize that [South Korean arms] will fully destroy relations",  # marked insertion
])
def test_allowed_differences(quote):
    assert matches(quote, SOURCE)


@pytest.mark.parametrize("quote", [
    "Seoul must realize that the possible use",
    "destroy relations between our countries.” He",  # its marks and line break as the source has them
    "Mr. Rudenko said: “Seoul must realize that",
])
def test_a_quote_as_written_in_the_source_matches_without_a_pattern(quote, monkeypatch):
    assert pattern(quote).search(SOURCE)  # what the pattern says, and matches says without compiling one
    monkeypatch.setattr("briefing_app.export.verify.pattern", lambda quote: pytest.fail("compiled"))
    assert matches(quote, SOURCE)


@pytest.mark.parametrize("quote", [
    "Seoul must realise that",  # spelling
    "Seoul must realize the possible use",  # unmarked omission
    "will completely destroy relations",  # changed word
    "seoul must realize",  # case
    "",
])
def test_mismatches(quote):
    assert not matches(quote, SOURCE)


def test_mismatch_blocks_the_export_and_writes_nothing(tmp_path, memo, lookup):
    q = lookup.quotes[2]
    lookup.quotes[2] = dataclasses.replace(q, clip=dataclasses.replace(q.clip, text="The president-elect was very concerned"))
    out = tmp_path / "memo.pdf"
    out_docx = tmp_path / "memo.docx"
    for target in (out, out_docx):
        with pytest.raises(VerificationError, match="quote 2 “The president-elect was very concerned” does not match"):
            export_memo(memo, lookup, target)
    assert list(tmp_path.iterdir()) == []


def test_all_mismatches_are_listed(memo, lookup):
    for qid in (1, 3):
        q = lookup.quotes[qid]
        lookup.quotes[qid] = dataclasses.replace(q, clip=dataclasses.replace(q.clip, text=q.text + " (sic)"))
    assert [m.quote_id for m in check_memo(memo, lookup)] == [1, 3]


def test_indirect_quotes_are_not_checked(memo, lookup):
    q = lookup.quotes[1]
    lookup.quotes[1] = dataclasses.replace(q, kind="indirect", clip=dataclasses.replace(q.clip, text="paraphrase"))
    assert check_memo(memo, lookup) == []


def _changed(lookup, qid: int, text: str) -> None:
    q = lookup.quotes[qid]
    lookup.quotes[qid] = dataclasses.replace(q, clip=dataclasses.replace(q.clip, text=text))


def test_mismatches_name_the_memo_item(memo, lookup):
    _changed(lookup, 3, "We need to end this.")
    [m] = check_memo(memo, lookup)
    item = memo.section("quotes").items[2]
    assert (m.quote_id, m.item_id) == (3, item.id) and item.ref_id == 3


def test_a_paraphrase_is_not_checked_but_the_same_quote_elsewhere_is(memo, lookup):
    _changed(lookup, 3, "We need to end this responsibly.")
    quotes = memo.section("quotes")
    quotes.items[2].paraphrase = True
    assert check_memo(memo, lookup) == []
    again = dataclasses.replace(quotes.items[2], id=999, position=9, paraphrase=False)
    quotes.items.append(again)
    assert [(m.quote_id, m.item_id) for m in check_memo(memo, lookup)] == [(3, 999)]


def test_a_paraphrase_exports_without_quote_marks_and_keeps_its_note(tmp_path, memo, lookup):
    import subprocess

    _changed(lookup, 3, "We need to end this responsibly and restore deterrence")
    memo.section("quotes").items[2].paraphrase = True
    with pytest.raises(VerificationError) as info:  # not a paraphrase: blocked, the item named
        export_memo(_unparaphrased(memo), lookup, tmp_path / "x.pdf")
    assert [m.item_id for m in info.value.mismatches] == [memo.section("quotes").items[2].id]
    out = export_memo(memo, lookup, tmp_path / "m.pdf").path
    text = " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "We need to end this responsibly and restore deterrence3" in text  # no marks, its note mark 3
    assert "“We need to end this responsibly" not in text
    assert "3. Wolfgang, “Russia warns South Korea.”" in text


def _unparaphrased(memo):
    return dataclasses.replace(memo, sections=[dataclasses.replace(s, items=[dataclasses.replace(i, paraphrase=False)
                                                                            for i in s.items]) for s in memo.sections])
