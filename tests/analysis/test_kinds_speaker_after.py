"""A quotation followed by its speaker and a speech verb is somebody's words whatever its case; a
paragraph with "é" read as Latin-1 ("TrÃ©vidic") is article body, not a copyright line."""
from __future__ import annotations

from briefing_app.analysis import boilerplate
from briefing_app.analysis.pipeline import analyse


def kinds(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.mention.text if q.mention else None) for q in analyse(text).quotes]


def test_title_case_words_before_the_speaker_and_said_are_a_quotation() -> None:
    assert ("direct", "Like Oakland. Or Ferguson,", "Trump") in kinds("“Like Oakland. Or Ferguson,” Trump said.")
    assert ("direct", "GROWING PARTY,", "he") in kinds('Trump brags. "GROWING PARTY," he declared in a tweet.')


def test_a_show_before_the_speaker_stays_a_title() -> None:
    got = kinds("He told Fox News’ “Sunday Morning Futures,” Trump said on Sunday, that he would win.")
    assert ("title", "Sunday Morning Futures", None) in got


def test_mojibake_e_acute_is_no_copyright_sign() -> None:
    text = ('As prosecutor Marc TrÃ©vidic put it, "there was not much to complain about in the strict terms '
            'of criminal prosecution."\n\n© 2016 The Daily Ledger\n')
    spans = boilerplate.find(text)
    assert [text[s.start:s.end] for s in spans] == ["© 2016 The Daily Ledger"]


def test_mojibake_e_acute_with_a_decomposed_a_tilde_is_no_copyright_sign() -> None:
    # "Ã" written as "A" and a combining tilde (U+0303), as a normalised paste of mojibake gives it
    text = ('As the judge Anne BarrA\u0303\u00a9re told it, "the case was settled long before it reached my '
            'court."\n\n\u00a9 2016 The Daily Ledger\n')
    spans = boilerplate.find(text)
    assert [text[s.start:s.end] for s in spans] == ["\u00a9 2016 The Daily Ledger"]
    assert ("direct", "the case was settled long before it reached my court.",
            "the judge Anne BarrA\u0303\u00a9re") in kinds(text)


def test_a_closing_mark_before_is_no_possessive() -> None:
    text = "She said he was ''a recruiter.''\n\n''It's nonsense,'' Mr. Trump said by telephone."
    assert ("direct", "It's nonsense,", "Mr. Trump") in kinds(text)


def test_title_case_words_before_a_description_or_an_appositive_and_said_are_a_quotation() -> None:
    assert ("direct", "Never Again,", "the senator") in kinds("The vote failed. “Never Again,” the senator said.")
    assert ("direct", "Not Now,", "a senior White House official") in \
        kinds("The vote failed. “Not Now,” a senior White House official said on Tuesday.")
    assert ("direct", "Like Oakland. Or Ferguson,", "Trump, a longtime adviser") in \
        kinds("Trump went on. “Like Oakland. Or Ferguson,” Trump, a longtime adviser, said. “The numbers are worse.”")


def test_a_title_before_a_description_without_a_speech_verb_stays_a_title() -> None:
    assert ("title", "Death Panels", None) in kinds("Critics hated it. “Death Panels,” the phrase Palin coined, spread fast.")


def test_a_tag_sentence_with_an_appositive_after_a_closed_quotation_names_the_speaker() -> None:
    got = kinds("“Russia, if you are listening, I hope you are able to find the emails that are missing.” "
                "Trump, a longtime adviser, said.")
    assert got and got[0][0] == "direct" and got[0][2] == "Trump, a longtime adviser"
    got = kinds("“We will win the state by ten points in November.” Jane Doe, the campaign manager, told reporters.")
    assert got and got[0][2] == "Jane Doe, the campaign manager"
