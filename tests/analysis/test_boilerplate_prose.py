"""An article pasted as one line (no line breaks: a copy from some readers and chat tools) keeps its
body visible when a promo sentence sits in it: only the promo's sentence is boilerplate, not the
whole line (it hid every quote and actor of the article)."""
import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.boilerplate import find

PROMO = "Click here to receive Threat Status delivered directly to your inbox each weekday."
BODY = ("Russia will respond “in every way that we find necessary” if South Korea sends arms to Ukraine, "
        "a top Kremlin official said Thursday. Dmitry Peskov, the Kremlin spokesman, told reporters in Moscow "
        "that “such a step would destroy our relations.” The South Korean Foreign Ministry said it was "
        "reviewing its options and would consult its allies. ")


def test_a_promo_sentence_in_a_one_line_article_hides_only_itself() -> None:
    text = "A version of this story appeared in the daily Threat Status newsletter. " + PROMO + " " + BODY * 3
    marked = [text[s.start:s.end] for s in find(text)]
    assert marked == [PROMO]
    assert analyse(text).quotes


def test_a_short_promo_line_is_still_hidden_whole() -> None:
    text = "A version of this story appeared in the daily Threat Status newsletter. " + PROMO + "\n\n" + BODY
    marked = [text[s.start:s.end] for s in find(text)]
    assert marked == ["A version of this story appeared in the daily Threat Status newsletter. " + PROMO]


# a hard-wrapped paragraph (an e-mail, a <pre>, lines broken by <br>): a line that goes on with the sentence of the
# line before is no promo or label line, whatever word it opens with
@pytest.mark.parametrize("text", [
    "“I would like to contribute to this forum with advice in topics\nrelated to drug use and health,” he wrote in a post,"
    "\nusing his DoctorX alias.",
    "He said the unions would never\nsubscribe to the view that wages must fall, and most members agree.",
    "Farmers in the northern provinces who wanted to\nsign up for the plan had until Friday to apply at the ministry.",
    "Few of the delegates at the summit had\nread more than the summary of the report before the vote.",
])
def test_a_wrapped_sentences_next_line_is_no_promo(text):
    assert find(text) == []


@pytest.mark.parametrize("text", ["The minister spoke for an hour.\nrelated: grain deal collapses",
                                  "The minister spoke for an hour.\n\nSign up for our newsletter\nand get the news first",
                                  "The talks ended at noon\n\nsubscribe to our newsletter"])
def test_near_miss_a_promo_line_after_a_finished_line_is_still_hidden(text):
    assert find(text) != []


# a line that opens with "Related" or "Copyright" and goes on as a sentence is prose, not a label or a rights notice
@pytest.mark.parametrize("line", [
    "Related charges against two other directors were dropped in October for lack of evidence.",
    "Related offences carry a fine of up to £5,000, the court was told on Thursday.",
    "Copyright holders will be able to ask for the removal of their work from the archive.",
    "Copyright law will change next year under the directive, ministers said on Monday.",
    "Copyright protection for news publishers was extended by the directive, but critics say it has earned them little.",
])
def test_a_sentence_opening_with_related_or_copyright_is_prose(line):
    text = "The board met on Tuesday.\n\n" + line + "\n\nThe next meeting is in March."
    assert find(text) == []


@pytest.mark.parametrize("line", [
    "Related: the committee also voted to review the parking charges next spring.",
    "Related Stories",
    "Related coverage | Council votes on the harbour plan and the new bus routes today.",
    "Copyright 2026 The Northern Courier. All rights reserved.",
    "Copyright © 2026 Valley Times Media, all rights reserved, no part may be reproduced.",
    "Copyright holders say the notice ©2026 must be shown on every copy of the work they sell.",
    "Copyright remains with the author.",
    "Related stories from our archive on the harbour and the ferry",
])
def test_near_miss_related_and_copyright_labels_and_notices_stay_hidden(line):
    text = "The board met on Tuesday.\n\n" + line + "\n\nThe next meeting is in March."
    assert [text[s.start:s.end] for s in find(text)] == [line]
