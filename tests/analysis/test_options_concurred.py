"""The author's own word on a call just reported, in the first person or as a bare verdict (`options.concurred`): in
the next sentence ("I agree.", "We disagree.", "Rightly so.") or joined to the call's sentence after a clause break
(", and I agree", "- I believe that this process should start with ..."). Not when someone else says it (quoted, or
followed by "said Hale"), not "agree that" (a belief of the author's on something else), not a relative clause."""
import pytest

from tests.analysis.option_helpers import one_option, options


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


@pytest.mark.parametrize("text, stance", [
    ("The mayor wants to close the library. Instead, the council should cut the mayor's office budget.", "oppose"),
    ("The mayor wants to close the library. The council should instead cut the mayor's office budget.", "oppose"),
    ("The mayor wants to close the library. A better course would be to share the building with the clinic.",
     "oppose"),
    ("Critics want Washington to withdraw its troops. Doing so would hand Moscow a victory.", "oppose"),
    ("Some economists urge the Fed to raise rates now. That would be premature.", "oppose"),
    ("The union wants the council to raise pay. It is about time.", "support"),
])
def test_the_author_answer_in_the_next_sentence(text, stance):
    option = next(o for o in options(text) if o.positions)
    assert option.stance == stance


@pytest.mark.parametrize("text", [
    "The mayor wants to close the library. Instead, critics urge the council to share the building.",  # theirs
    "The mayor wants to close the library. Instead, she said, the council should sell the hall.",  # hers
    "The mayor wants to close the library. Instead, the council voted to cut its hours.",  # what happened
    "The union wants the council to raise pay. It is about time for a decision.",  # no verdict
    'Some economists urge the Fed to raise rates now. "That would be premature," Hale said.',  # Hale's
    # a news report tells someone's verdict without quotation marks: theirs, not the author's
    "Some economists urge the Fed to raise rates now. That would be premature, the bank's chief economist said on Monday.",
    "Some economists urge the Fed to raise rates now. That would be premature, according to the chamber of commerce.",
    "Some economists urge the Fed to raise rates now. That would be premature, business leaders warned.",
    "The union wants the council to raise pay. It is about time, striking nurses told Reuters.",
    "The mayor wants to close the library. Instead, the council should cut the mayor's office budget, critics warned.",
])
def test_no_author_answer(text):
    option = next(o for o in options(text) if o.positions and o.summary.startswith(("Close", "Raise")))
    assert option.stance is None


@pytest.mark.parametrize("text, stance", [
    ("Ministers want to scrap the tax. But who will pay for the schools then?", "oppose"),
    ("Ministers want to scrap the tax. Is that really the best use of public money?", "oppose"),
    ("Ministers want to scrap the tax. What could possibly go wrong?", "oppose"),
    ("Ministers want to scrap the tax. Why not?", "support"),
    ("Ministers want to scrap the tax. Who could object?", "support"),
])
def test_the_author_rhetorical_question(text, stance):
    assert one_option(text).stance == stance


@pytest.mark.parametrize("text", [
    "Ministers want to scrap the tax. But who will run the schools, a reporter asked?",  # the reporter's
    'Ministers want to scrap the tax. "But who will pay for the schools?" asked Hale.',  # Hale's
    "Ministers want to scrap the tax. Who will pay for the schools?",  # a plain question, no "But"
    "Ministers want to scrap the tax. Why?",  # asks their reason
])
def test_no_rhetorical_question(text):
    assert one_option(text).stance is None
