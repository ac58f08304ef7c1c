"""Who holds a reported call: no adverb or word of when in the holder's name, the name and not its apposition's head,
and no new option from an anaphoric course (twelfth session, from the options helpers' notes: "Ministers foolishly",
"Politicians usually stubbornly", "Fox and Friends Monday morning", "Republican", "Impose such a ban"). Each positive
failed before; each near miss stays as it was."""
import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary, actor", [
    ("Ministers foolishly want to sell the forests.", "Sell the forests", "ministers"),
    ("The unions only want the government to raise the minimum wage.", "Raise the minimum wage", "the unions"),
    ("Politicians usually stubbornly resist efforts to reform the tax code.", "Reform the tax code", "politicians"),
    ("The farmers' union yesterday urged ministers to cut the fuel duty.", "Cut the fuel duty", "the farmers' union"),
    ("The union this week called for a public inquiry into the shooting.", "Hold a public inquiry into the shooting",
     "the union"),
    ("Marine Le Pen herself then officially asked for the resignation of the editor.",
     "Carry out the resignation of the editor", "Marine Le Pen"),
])
def test_no_adverb_or_time_word_in_a_holder(text: str, summary: str, actor: str) -> None:
    found = one_option(text)
    assert found.summary == summary and [p.actor for p in found.positions] == [actor], (found.summary, found.positions)


def test_no_time_word_splits_a_coordinated_holder() -> None:
    found = one_option("Fox and Friends Monday morning called for a ban on refugees.")
    assert all("Monday" not in p.actor and "morning" not in p.actor for p in found.positions), found.positions


@pytest.mark.parametrize("text, actor", [
    ("The family is calling for a public inquiry into the shooting.", "the family"),  # a noun in -ly stays
    ("The elderly are calling for a public inquiry into the shooting.", "the elderly"),
    ("Mr Kelly wants to repeal the estate tax.", "Kelly"),  # a name in -ly stays
])
def test_nouns_and_names_in_ly_stay(text: str, actor: str) -> None:
    assert [p.actor for p in one_option(text).positions] == [actor]


@pytest.mark.parametrize("text", [
    "The protesters are only calling for a public inquiry into the shooting.",
    "The protesters are merely demanding a public inquiry into the shooting.",
    "The protesters are simply asking for a public inquiry into the shooting.",
])
def test_a_modest_call_is_found(text: str) -> None:
    found = one_option(text)
    assert found.summary == "Hold a public inquiry into the shooting" and [p.actor for p in found.positions] == \
        ["the protesters"], (found.summary, found.positions)


@pytest.mark.parametrize("text, actor", [
    ("Senator Hale, a Republican, wants to repeal the estate tax.", "Hale"),
    ("Mr. Okafor, the party's treasurer, wants to repeal the estate tax.", "Okafor"),
    ("But Governor Ruiz, a former banker, wants to repeal the estate tax.", "Ruiz"),
])
def test_the_name_holds_not_its_apposition(text: str, actor: str) -> None:
    assert [p.actor for p in one_option(text).positions] == [actor]


def test_an_apposition_after_a_fronted_phrase_is_no_name() -> None:
    text = ("In its zeal to punish the agency, the outgoing Republican-controlled Senate, plans to make public a report "
            "on the agency's conduct.")
    assert all(p.actor not in ("Agency", "United States") for o in options(text) for p in o.positions)


@pytest.mark.parametrize("text", [
    "Such a ban would be a mistake.",
    "Such measures would be a disaster.",
    "These cuts would be a mistake.",
    "Introducing such a scheme would be the wrong answer.",
])
def test_an_anaphoric_course_alone_is_no_option(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


def test_an_anaphoric_course_adds_nothing_to_the_call_it_names() -> None:
    found = options("Ministers want to ban cars from the city centre. The government should not impose such a ban.")
    assert [o.summary for o in found] == ["Ban cars from the city centre"], [o.summary for o in found]


@pytest.mark.parametrize("text, summary", [
    ("The council should help those in need.", "Help those in need"),
    ("The council should raise this year's budget for libraries.", "Raise this year's budget for libraries"),
    ("The council should adopt this plan to reopen the library.", "Adopt this plan to reopen the library"),
])
def test_a_course_with_its_own_content_stays(text: str, summary: str) -> None:
    assert one_option(text).summary == summary


@pytest.mark.parametrize("text, actor", [
    ("Cycling campaigners, for their part, want the council to close the ring road.", "Cycling campaigners"),
    ("The mayor, for her part, wants the council to close the ring road.", "the mayor"),
    ("The unions, in a joint statement, urged the council to close the ring road.", "the unions"),  # gave no option
    ("The unions, meanwhile, urged the council to close the ring road.", "the unions"),
    ("Donald Trump, while being interviewed on Fox and Friends Monday morning, called again for a ban on refugees.",
     "Donald Trump"),
])
def test_an_aside_after_the_subject_is_not_the_holder(text: str, actor: str) -> None:
    assert [p.actor for p in one_option(text).positions] == [actor]


@pytest.mark.parametrize("text, actor", [
    ("In Paris, the unions urged the council to close the ring road.", "the unions"),  # a fronted phrase, no aside
    ("Jones, speaking on Monday, urged the council to close the ring road.", "Jones"),
])
def test_a_fronted_phrase_or_a_named_subject_stays(text: str, actor: str) -> None:
    assert [p.actor for p in one_option(text).positions] == [actor]
