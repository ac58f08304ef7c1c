"""An embedded post the corpus marks as '<tweet author="handle" ...>text</tweet>' speaks for its author, not for the
article's: "We must defeat X" inside it is the poster's position (the person the handle names when the text names
them, else the handle), never the author's stance. The author's own first person outside a post stays the author's."""
from __future__ import annotations

from tests.analysis.option_helpers import one_option

POSTED = ('Donald Trump tweeted on Friday about the database.\n\n<tweet pic="" author="realDonaldTrump" '
          'timestamp="1448038800">We must ban the sale of assault weapons to protect America</tweet>.\n\n'
          'The campaign did not comment.')


def test_a_posts_course_is_its_authors() -> None:
    option = one_option(POSTED)
    assert option.stance is None
    assert [(p.actor, p.stance) for p in option.positions] == [("Donald Trump", "support")]


def test_a_handle_no_person_matches_is_the_holder() -> None:
    option = one_option(POSTED.replace("Donald Trump tweeted", "The candidate tweeted").replace(
        "realDonaldTrump", "GreenCampaign22"))
    assert option.stance is None
    assert [(p.actor, p.stance) for p in option.positions] == [("@GreenCampaign22", "support")]


def test_first_person_outside_a_post_stays_the_authors() -> None:
    text = POSTED.replace("The campaign did not comment.", "We must ban the sale of assault weapons now.").replace(
        "We must ban the sale of assault weapons to protect America", "Thank you Iowa")
    assert one_option(text).stance == "support"
