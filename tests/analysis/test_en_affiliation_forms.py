"""English affiliations in more forms, one rule each (sixth session): a party named before a
legislator's title, the acronym after a described body, "the agency's representative in Britain",
an appositive description, the party of "the Democratic nominee", officials and bodies of the
dateline's country, the dateline's state among several, "TSMC Chairman", "founder of the
consultancy X", a group named after a state, "Its chair, Kentucky Gov. ..." and the speaker of
"X of the Y said"."""
from __future__ import annotations

from briefing_app.analysis import analyse
from briefing_app.analysis.role_phrase import describe
from tests.analysis.actor_helpers import actors_by_name as _actors


def test_the_party_before_a_legislators_title_wins_over_a_later_clause() -> None:
    actors = _actors("Asylum\n\nThe Conservative Party objected. Labour MP Stella Creasy, who chairs the Labour "
                     "Movement for Europe, warned colleagues. Conservative MP Chris Philp said it was a gimmick.\n")
    assert "Labour" in actors and "Conservative" not in actors
    assert (actors["Stella Creasy"].title, actors["Stella Creasy"].affiliation) == ("MP", "Labour")


def test_an_acronym_after_a_described_body_and_the_agencys_representative() -> None:
    actors = _actors("Asylum\n\nA spokesperson for the United Nations refugee agency, UNHCR, said it was studying "
                     "the details. Vicky Tennant, the agency's representative in Britain, said protection mattered.\n")
    assert actors["UNHCR"].affiliation == "United Nations"
    assert (actors["Vicky Tennant"].title, actors["Vicky Tennant"].affiliation) == ("representative", "UNHCR")


def test_a_description_in_apposition_is_the_persons_and_names_the_party() -> None:
    assert describe("the Democratic nominee").affiliation == "Democratic Party"
    text = ("Debate\n\nFormer congresswoman Abigail Spanberger spoke first. Spanberger, the Democratic nominee, "
            "said she would win.\n")
    spanberger = _actors(text)["Abigail Spanberger"]
    assert "the Democratic nominee" in spanberger.aliases and spanberger.affiliation == "Democratic Party"


def test_officials_and_bodies_of_the_datelines_country() -> None:
    text = ("Asylum\n\nLONDON (Reuters) - Britain will make refugees wait, Home Secretary Shabana Mahmood said, "
            "and the Home Office will write the rules.\n\nPrime Minister Keir Starmer backed his minister.\n")
    actors = _actors(text)
    assert actors["Shabana Mahmood"].affiliation == "United Kingdom"
    assert actors["Keir Starmer"].affiliation == "United Kingdom"
    assert actors["Home Office"].affiliation == "United Kingdom"


def test_no_dateline_country_for_another_countrys_leader_named_beside_it() -> None:
    text = "Talks\n\nLONDON (Reuters) - Britain and France met. Prime Minister Michel Barnier of France spoke.\n"
    assert _actors(text)["Michel Barnier"].affiliation != "United Kingdom"


def test_the_datelines_state_among_several() -> None:
    text = ("Debate\n\nRICHMOND, Va. — The Virginia race is close. Gov. Glenn Youngkin campaigned. Kentucky's "
            "governor watched.\n")
    assert _actors(text)["Glenn Youngkin"].affiliation == "Virginia"


def test_an_acronym_before_a_title_and_a_kind_of_body_after_of() -> None:
    text = ("Chips\n\nTaiwan Semiconductor Manufacturing Co will invest more. TSMC Chairman C.C. Wei announced it. "
            "Dylan Patel, founder of the consultancy SemiAnalysis, said costs were high.\n")
    actors = _actors(text)
    assert (actors["C.C. Wei"].title, actors["C.C. Wei"].affiliation) == ("Chairman", "Taiwan Semiconductor Manufacturing Co")
    assert (actors["Dylan Patel"].title, actors["Dylan Patel"].affiliation) == ("founder", "SemiAnalysis")


def test_a_group_named_after_a_state_and_its_director() -> None:
    text = ("Depot\n\nResidents were organized by Chispa Arizona, an environmental justice group. Its director, "
            "Laura Dent, called it a first step.\n")
    actors = _actors(text)
    assert actors["Chispa Arizona"].kind == "organization" and actors["Laura Dent"].affiliation == "Chispa Arizona"


def test_the_speaker_of_a_person_of_a_body() -> None:
    text = "Depot\n\nRob Haughton of the Greater Phoenix Chamber said businesses feared months of work.\n"
    result = analyse(text)
    assert [q.speaker for q in result.quotes] == ["Rob Haughton"]
    assert {a.name: a for a in result.actors}["Rob Haughton"].affiliation == "Greater Phoenix Chamber"


def test_an_employer_named_only_in_a_title_is_an_organisation() -> None:
    text = ("Shipping\n\nHapag-Lloyd chief executive Rolf Habben Jansen agreed. Sports minister Stephanie Peacock "
            "welcomed it. The Red Sea was too dangerous, the Red Sea said nothing.\n")
    actors = _actors(text)
    assert actors["Hapag-Lloyd"].kind == "organization" and actors["Rolf Habben Jansen"].affiliation == "Hapag-Lloyd"
    assert "Sports" not in actors and "Red Sea" not in actors


def test_a_title_opening_with_another_bodys_last_words_and_county_names() -> None:
    text = ("Ports\n\nGene Seroka, executive director of the Port of Los Angeles, spoke. Los Angeles County Supervisor "
            "Janice Hahn said the county would help.\n")
    assert _actors(text)["Janice Hahn"].affiliation == "Los Angeles County"
    actors = _actors("Vote\n\nThe Maricopa County Board of Supervisors voted 4-1. The county will save money.\n")
    assert "Maricopa County" in actors and not any(name.startswith("The ") for name in actors)


def test_transcript_labels_analysts_at_a_bank_party_senators_and_companies() -> None:
    text = ("Sunday\n\nMARGARET BRENNAN: We're joined by the chairman of the House Budget Committee, Jodey "
            "Arrington.\n\nREP. JODEY ARRINGTON: Good morning.\n\nMARGARET BRENNAN: The CBO disagrees.\n\n"
            "Democratic Sen. Chris Murphy of Connecticut called the U.S. plan reckless. Acme Corp. agreed to buy rival "
            "Widget Holdings. Acme CEO Jane Doe said the deal would close. Widget's board approved. Analysts at "
            "Morgan Stanley called the price fair.\n")
    actors = _actors(text)
    assert actors["Jodey Arrington"].title == "Representative" and "Margaret Brennan" in actors
    assert actors["Chris Murphy"].affiliation == "Connecticut"  # the state beside a member of Congress (the answers since
    # en114: "Sen. Alex Padilla (D-Calif.)" California, "Republican Senator Mike Lee of Utah" Utah)
    assert actors["Jane Doe"].affiliation == "Acme Corp" and "Acme" in actors["Acme Corp"].aliases
    assert "Widget" in actors["Widget Holdings"].aliases and actors["Morgan Stanley"].kind == "organization"


def test_long_names_with_particles_datelines_interim_chiefs_and_a_described_district() -> None:
    text = ("Summit\n\nRIO DE JANEIRO (AP) — Brazilian President Luiz Inácio Lula da Silva opened the summit.\n\n"
            "The water district's general manager, Tom Ash, said rates would rise. Ash said the Coachella Valley Water "
            "District had no choice.\n\nKroger and Albertsons called off their merger. Kroger's interim chief "
            "executive, Ron Sargent, said the grocer was disappointed. Assembly Speaker Carl Heastie, D-Bronx, "
            "praised the governor.\n")
    actors = _actors(text)
    assert actors["Luiz Inácio Lula da Silva"].affiliation == "Brazil" and "RIO DE JANEIRO" not in actors
    assert actors["Tom Ash"].affiliation == "Coachella Valley Water District"
    assert actors["Ron Sargent"].affiliation == "Kroger"
    assert actors["Carl Heastie"].title == "Speaker" and "the governor" not in actors["Carl Heastie"].aliases
