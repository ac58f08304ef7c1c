"""Actors of the twenty-ninth session, one rule each: an American party whose members act or are spoken to as a
group is an actor ("Democrats said", "Senate Republicans blocked the bill", "accusing the GOP of", "voted with
Republicans"), not a counted or partial few, a state's members, a divided group or a possessive; a party named only by a
member's post is an actor when the sentence has its pronoun act ("Liberal Leader X said her party supported the cap")."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.party_acts import acts_after
from tests.analysis.actor_helpers import actors_by_name as _actors


@pytest.mark.parametrize("text,party,alias", [
    ("Budget\n\nHouse Democrats on Monday rejected the spending plan, calling it a giveaway.\n", "Democratic Party", "Democrats"),
    ("Guns\n\nRepublicans say the measure goes too far, and the governor agrees with them.\n", "Republican Party", "Republicans"),
    ("Border\n\nThe deal collapsed after Republicans and Democrats failed to agree on money for judges.\n",
     "Republican Party", "Republicans"),
    ("Border\n\nThe deal collapsed after Republicans and Democrats failed to agree on money for judges.\n",
     "Democratic Party", "Democrats"),
    ("Budget\n\nSchumer accused the GOP of holding the budget hostage to tax cuts.\n", "Republican Party", "GOP"),
    ("Votes\n\nThe Maine senator voted with Republicans on the amendment but against the final bill.\n",
     "Republican Party", "Republicans"),
    ("Rates\n\nWashington Democrats have long opposed the cap.\n", "Democratic Party", "Democrats"),
])
def test_an_american_party_acting_as_a_group_is_an_actor(text: str, party: str, alias: str) -> None:
    found = _actors(text)
    assert party in found and found[party].kind == "organization" and alias in found[party].aliases


@pytest.mark.parametrize("text", [
    "Budget\n\nTwo Republicans voted against the bill, which passed 51-49.\n",  # a counted few
    "Caucus\n\nIowa Republicans gathered in Des Moines on Saturday.\n",  # a state's members
    "Farms\n\nRepublican Sen. Susan Collins said the bill was flawed.\n",  # a senator's party word
    "Polls\n\nA Republican strategist, Jane Doe, said voters were tired of the fight.\n",
    "Split\n\nRepublicans were split over the bill, and the vote was delayed.\n",  # divided: no act as one
    "Cost\n\nThe Republicans' plan would cost $2 billion, the budget office said.\n",  # a possessive
    "Moderates\n\nSome Republicans in swing districts have asked for a delay.\n",  # a part
])
def test_no_american_party_from_a_few_a_post_or_a_possessive(text: str) -> None:
    assert "Republican Party" not in _actors(text)


@pytest.mark.parametrize("text,party", [
    ("Cap\n\nLiberal Leader Dana Whyte said her party supported the cap but wanted the savings spent on wages.\n",
     "Liberal Party"),
    ("Welfare\n\nThe Conservative shadow health secretary said her party would back the bill only with more cuts.\n",
     "Conservative Party"),
    ("Buses\n\nGreen transport spokesman Tom Ford said his party would table amendments next week.\n", "Green Party"),
])
def test_a_party_whose_pronoun_acts_beside_its_members_post_is_an_actor(text: str, party: str) -> None:
    found = _actors(text)
    assert party in found and found[party].kind == "organization"


@pytest.mark.parametrize("text", [
    "Ideas\n\nLiberal MP Jo Smith said her party's ideas had been copied too late.\n",  # a possessive: no act
    "Seat\n\nLiberal MP Jo Smith said she would stand again in the spring.\n",  # no party pronoun
])
def test_no_party_from_a_members_post_alone(text: str) -> None:
    assert "Liberal Party" not in _actors(text) and "Liberals" not in _actors(text)


@pytest.mark.parametrize("text,end,acts", [
    ("Democrats said it was late", 9, True),
    ("Republicans on Tuesday blocked it", 11, True),
    ("Republicans on the committee asked", 11, False),
    ("Democrats and the White House", 9, False),
    ("Republicans were split on it", 11, False),
    ("Democrats.", 9, False),
])
def test_acts_after(text: str, end: int, acts: bool) -> None:
    assert acts_after(text, end) is acts


@pytest.mark.parametrize("text,said", [
    ("Drones\n\nEstonia's defence ministry said two drones had crossed the border overnight. The ministry called it a "
     "provocation.\n", "Estonia's defence ministry"),
    ("Survey\n\nTOKYO - Japan's foreign ministry lodged a protest with Beijing on Wednesday. China said the ship was in "
     "its own waters.\n", "Japan's foreign ministry"),
    ("Grain\n\nThailand's commerce ministry said exporters would gain market share in Africa this year.\n",
     "Thailand's commerce ministry"),
])
def test_a_ministry_named_by_its_countrys_possessive_keeps_the_country(text: str, said: str) -> None:
    bodies = [a for a in analyse(text).actors if a.kind == "organization" and "ministry" in a.name]
    assert len(bodies) == 1 and said in [bodies[0].name, *bodies[0].aliases]
    assert bodies[0].affiliation == said.split("'")[0]


@pytest.mark.parametrize("text", [
    "Zakharova\n\nRussia's foreign ministry spokeswoman, Maria Zakharova, said the plan was unacceptable.\n",  # a title
    "Budget\n\nThe agency's finance ministry liaison left in May.\n",  # no country
])
def test_no_national_ministry_from_a_title_or_a_non_country(text: str) -> None:
    assert not [a for a in analyse(text).actors if "ministry" in a.name]


@pytest.mark.parametrize("text,company,said", [
    ("Jobs\n\nNokia said on Tuesday it would cut 5,000 jobs, as the Finnish telecoms equipment maker tries to save "
     "800 million euros.\n", "Nokia", "the Finnish telecoms equipment maker"),
    ("Chips\n\nIntel said it would buy more chips from TSMC. The Taiwanese contract chipmaker declined to comment.\n",
     "Taiwan Semiconductor Manufacturing Co", "The Taiwanese contract chipmaker"),
    ("Memory\n\nSEOUL - Samsung Electronics said profit fell by half. The world's largest memory maker blamed weak "
     "demand.\n", "Samsung Electronics", "The world's largest memory maker"),
])
def test_a_company_description_is_the_subject_companys_alias(text: str, company: str, said: str) -> None:
    found = _actors(text)
    assert company in found and said in found[company].aliases


@pytest.mark.parametrize("text,company", [
    ("Deal\n\nQualcomm said it would license patents to Apple Inc. The maker of the iPhone said it was pleased.\n",
     "Apple Inc"),  # no description words: says too little
    ("Tools\n\nTSMC said it would buy more tools from European suppliers. The Dutch chip equipment maker declined to "
     "comment.\n", "Taiwan Semiconductor Manufacturing Co"),  # another country's word than the subject's
])
def test_no_company_description_without_its_words_or_against_its_country(text: str, company: str) -> None:
    found = _actors(text)
    assert not [a for a in found.values() if any(" maker" in x or "chipmaker" in x for x in a.aliases)]


@pytest.mark.parametrize("text,hall", [
    ("Парковки\n\nМэрия Новосибирска перенесла запуск платных парковок на 1 июля. Об этом сообщили в пресс-службе "
     "администрации города.\n", "Мэрия Новосибирска"),
    ("Тарифы\n\nМэрия Перми решила не повышать плату за вывоз мусора. Как уточнили в администрации города, решение "
     "действует до конца года.\n", "Мэрия Перми"),
])
def test_a_city_hall_and_the_citys_administration_are_one_body(text: str, hall: str) -> None:
    found = _actors(text)
    assert hall in found and not [n for n in found if n.startswith("Администрация")]


def test_a_city_administration_alone_keeps_its_name() -> None:
    found = _actors("Мусор\n\nВ Перми подорожает вывоз мусора. Об этом сообщили в пресс-службе администрации города.\n")
    assert not [n for n in found if n.startswith("Мэрия")]


def _owner_at(text: str, at: int) -> str | None:
    """The actor one of whose mentions holds the offset."""
    return next((a.name for a in analyse(text).actors for m in a.mentions if m.start <= at < m.end), None)


@pytest.mark.parametrize("text,first,second,lone", [
    ("Race\n\nCouncil member Nora Lind said on Monday she would run for governor, a decade after her mother, former "
     "Governor Ruth Lind, left office. Lind, 44, said she would focus on schools. The elder Lind said she would stay "
     "out of the race.\n", "Nora Lind", "Ruth Lind", "Lind, 44"),
    ("Farm\n\nPeter Haas took over the dairy in 2019. He is the son of Martin Haas, who founded it. Haas said prices "
     "had never been lower. The elder Haas said he was proud.\n", "Peter Haas", "Martin Haas", "Haas said prices"),
])
def test_a_family_name_alone_is_the_first_of_two_relatives(text: str, first: str, second: str, lone: str) -> None:
    assert _owner_at(text, text.index(lone)) == first
    assert _owner_at(text, text.index("The elder ") + len("The elder ")) == second


@pytest.mark.parametrize("text,country", [
    ("Drones\n\nTurkey's defence ministry said its jets had intercepted two aircraft over the Aegean.\n", "Turkey"),
    ("Rice\n\nThailand's commerce ministry said it expected exporters to gain market share.\n", "Thailand"),
])
def test_a_countrys_possessive_before_its_own_ministry_keeps_the_country(text: str, country: str) -> None:
    found = _actors(text)
    assert country in found and found[country].kind == "country"


def test_a_countrys_possessive_before_a_company_description_is_no_actor() -> None:
    assert "Germany" not in _actors("Ships\n\nHapag-Lloyd, Germany's largest container line, said rates would fall.\n")
