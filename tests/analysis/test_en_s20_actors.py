"""Session 20 English actor rules, one test each (sentences written for the test): a capital's dateline gives national
officials their country when the text never names it; a town's own body named after it belongs to that town."""
from __future__ import annotations

from briefing_app.analysis import analyse
from tests.analysis.actor_helpers import actors_by_name as _actors


def test_a_capitals_dateline_gives_national_officials_their_country_unnamed_in_the_text() -> None:
    actors = _actors("Grid holds\n\nKYIV (Reuters) - Prime Minister Olena Marchuk said on Monday the power grid would hold "
                     "through the winter. The energy minister, Taras Hnatiuk, said repairs were ahead of plan.\n")
    assert actors["Olena Marchuk"].affiliation == "Ukraine"
    assert actors["Taras Hnatiuk"].affiliation == "Ukraine"
    ottawa = _actors("Budget\n\nOTTAWA — The finance minister, Claire Dubois, said on Tuesday the budget would balance.\n")
    assert ottawa["Claire Dubois"].affiliation == "Canada"


def test_a_dateline_that_is_no_capital_gives_no_country() -> None:
    actors = _actors("Budget\n\nTORONTO — The finance minister, Claire Dubois, said on Tuesday the budget would balance.\n")
    assert actors["Claire Dubois"].affiliation is None


def test_a_towns_own_body_named_after_it_belongs_to_the_town() -> None:
    actors = _actors("Tax rise\n\nMillford City Council voted on Tuesday to raise council tax by 5%. Crews from the Oak "
                     "Township Fire Department were called to the depot the same night.\n")
    assert actors["Millford City Council"].affiliation == "Millford"
    assert actors["Oak Township Fire Department"].affiliation == "Oak Township"


def test_a_person_named_with_of_and_a_firm_is_the_speaker_not_the_firm() -> None:
    result = analyse("Outlook\n\nRuth Kessler of Morgan Stanley said on Monday that rates would fall. Greg Tanner of "
                     "Berkshire Hathaway said the firm had cash to spend.\n")
    actors = {a.name: a for a in result.actors}
    assert actors["Ruth Kessler"].affiliation == "Morgan Stanley"
    assert actors["Greg Tanner"].affiliation == "Berkshire Hathaway"
    assert {q.speaker for q in result.quotes} == {"Ruth Kessler", "Greg Tanner"}


def test_an_opposition_leader_takes_the_one_party_of_the_sentence_or_the_one_before() -> None:
    before = _actors("Vote\n\nThe Conservatives are divided over the bill. Helen Marsh, the opposition leader, said her "
                     "party would vote against it.\n")
    assert before["Helen Marsh"].affiliation == "Conservatives"
    two = _actors("Vote\n\nThe Conservatives and the Greens are divided over the bill. Helen Marsh, the opposition "
                  "leader, said her party would vote against it.\n")
    assert two["Helen Marsh"].affiliation is None


def test_a_diplomats_post_before_the_name_with_a_bloc_or_an_envoys_for() -> None:
    actors = _actors("Trade\n\nEU Ambassador to Brazil Karin Lund said talks were stuck. U.N. Special Envoy for Yemen "
                     "Omar Haddad said a truce was near.\n")
    assert (actors["Karin Lund"].title, actors["Karin Lund"].affiliation) == ("Ambassador to Brazil", "European Union")
    assert (actors["Omar Haddad"].title, actors["Omar Haddad"].affiliation) == ("Special Envoy for Yemen", "United Nations")
    deputy = _actors("Truce\n\nU.N. Deputy Special Envoy for Yemen Lina Saad said a truce was near.\n")
    assert (deputy["Lina Saad"].title, deputy["Lina Saad"].affiliation) == ("Deputy Special Envoy for Yemen",
                                                                              "United Nations")  # (two modifiers)


def test_the_united_nations_bodies_belong_to_the_un() -> None:
    actors = _actors("Shipping\n\nThe International Atomic Energy Agency said on Monday that inspectors were ready. Mira "
                     "Kovac, an expert at the U.N. Conference on Trade and Development, said costs had risen.\n")
    assert actors["International Atomic Energy Agency"].affiliation == "United Nations"
    assert actors["U.N. Conference on Trade and Development"].affiliation == "United Nations"
    assert actors["Mira Kovac"].affiliation == "U.N. Conference on Trade and Development"


def test_a_company_named_in_full_and_by_its_first_word_is_one_actor() -> None:
    actors = _actors("Profit\n\nKestrel Motor Corp. said on Friday that profit fell. Kestrel's president, Aiko Mori, blamed the "
                     "yen. Brandt Widgets Inc. said it would cut jobs. Brandt's chief executive, Jo Lind, said demand was weak.\n")
    assert "Kestrel" not in actors and "Brandt" not in actors
    assert actors["Aiko Mori"].affiliation == "Kestrel Motor Corp"
    assert actors["Jo Lind"].affiliation == "Brandt Widgets Inc"
