"""The author's own word on a call just reported, in the first person or as a bare verdict (`options.concurred`): in
the next sentence ("I agree.", "We disagree.", "Rightly so.") or joined to the call's sentence after a clause break
(", and I agree", "- I believe that this process should start with ..."). Not when someone else says it (quoted, or
followed by "said Hale"), not "agree that" (a belief of the author's on something else), not a relative clause."""
import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, stance, summary", [
    ("Experts say big cities should keep their property taxes. I agree.", "support", "Keep their property taxes"),
    ("Experts say big cities should keep their property taxes, and I agree.", "support", "Keep their property taxes"),
    ("Experts say big cities should keep their property taxes. Rightly so.", "support", "Keep their property taxes"),
    ("Experts say big cities should keep their property taxes, and rightly so.", "support", "Keep their property taxes"),
    ("Experts are saying that big cities should be allowed to keep their property taxes-I believe that this process "
     "should start with the mansion tax.", "support", "Allow big cities to keep their property taxes"),
    ("The mayor wants to close the library. We disagree.", "oppose", "Close the library"),
    ("The mayor wants to close the library. We strongly disagree with her.", "oppose", "Close the library"),
    ("The mayor wants to close the library, but we disagree.", "oppose", "Close the library"),
    ("The mayor wants to close the library. I could not agree more.", "support", "Close the library"),
    ("The mayor wants to close the library. We do not agree.", "oppose", "Close the library"),
])
def test_the_author_word_on_the_call(text, stance, summary):
    option = one_option(text)
    assert (option.stance, option.summary) == (stance, summary)
    assert option.positions and all(p.stance == "support" for p in option.positions)


@pytest.mark.parametrize("text", [
    'The mayor wants to close the library. "I agree," said Hale.',  # Hale's words
    "The mayor wants to close the library. I agree, said Hale.",  # the same, unquoted
    '"The mayor wants to close the library. I agree with her," Hale said.',  # inside Hale's quotation
    "The mayor wants to close the library. We agree that the roads need work.",  # the author's view of something else
    "The mayor wants to close the library. I think it is a hard call.",  # no side
    "The mayor wants to close the library. Critics disagree.",  # not the author's
])
def test_no_author_word(text):
    assert one_option(text).stance is None
