"""An article pasted as one line (no line breaks: a copy from some readers and chat tools) keeps its
body visible when a promo sentence sits in it: only the promo's sentence is boilerplate, not the
whole line (it hid every quote and actor of the article)."""
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
