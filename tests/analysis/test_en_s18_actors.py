"""English actor rules of the eighteenth session, one test each (the conventions are in the actor set's README, the
docstring of tests/data/actors/score.py)."""
from __future__ import annotations

from tests.analysis.actor_helpers import actors_by_name as _actors


def test_a_bio_with_a_present_and_a_former_post_takes_the_present_body() -> None:
    for text, name, body in (
            ("Stores\n\nMark Ellison, a professor of retailing at Ohio State University and a former buyer for Macy's, said "
             "mid-priced chains were squeezed.\n", "Mark Ellison", "Ohio State University"),
            ("Ruling\n\nDaniel Kessler, a law professor at Tulane University and a former Justice Department lawyer, said the "
             "case could take a year.\n", "Daniel Kessler", "Tulane University"),
            ("Rates\n\nJane Roe, a senior fellow at the Brookings Institution and a former Treasury official, said the Fed "
             "would wait.\n", "Jane Roe", "Brookings Institution"),
            ("Rates\n\nOmar Haddad, an economist at Moody's Analytics and former Fed staffer, said the bank would wait.\n",
             "Omar Haddad", "Moody's Analytics"),
            ("Summit\n\nCamille Grand, a former NATO assistant secretary general now at the European Council on Foreign "
             "Relations, said the plan was political.\n", "Camille Grand", "European Council on Foreign Relations"),
            ("Deal\n\nPeter Lang, a former Goldman Sachs banker now with Lazard, said the price was high.\n", "Peter Lang",
             "Lazard")):
        actors = _actors(text)
        assert actors[name].affiliation == body, text
        assert not any(" and a former " in n or " now " in n for n in actors), text  # (no actor of the whole phrase)


def test_near_misses_of_a_present_and_a_former_post() -> None:
    for text, name, body in (
            ("Deal\n\nSara Holt, a partner at Baker and McKenzie, said the deal would close.\n", "Sara Holt", "Baker and McKenzie"),
            ("Soap\n\nJon Pike, president of Procter and Gamble, said sales rose.\n", "Jon Pike", "Procter and Gamble"),
            ("Band\n\nFeargal Sharkey, the campaigner and former Undertones singer, said the river was dying.\n",
             "Feargal Sharkey", None)):
        assert _actors(text)[name].affiliation == body, text


def test_a_treasurer_and_a_portfolio_secretary_are_national_offices() -> None:
    for text, name, country in (
            ("Budget\n\nCANBERRA (Reuters) - Treasurer Jim Tan told reporters the budget would return to surplus next year. "
             "Australia faces weaker exports.\n", "Jim Tan", "Australia"),
            ("Budget\n\nThe Treasurer, Jim Tan, told reporters in Canberra that Australia would return to surplus.\n",
             "Jim Tan", "Australia"),
            ("Floods\n\nMANILA, Sept 3 (Reuters) - Public Works Secretary Amado Reyes told senators his department had "
             "blacklisted the contractors. The Philippines lost billions, he said.\n", "Amado Reyes", "Philippines"),
            ("Sea\n\nMANILA (Reuters) - Foreign Affairs Secretary Theresa Lazo said the Philippines would protest to China.\n",
             "Theresa Lazo", "Philippines"),
            ("Hospitals\n\nLONDON (AP) — Social Care Secretary Anna Price said Britain would hire 10,000 carers.\n",
             "Anna Price", "United Kingdom")):
        assert _actors(text)[name].affiliation == country, text


def test_near_misses_of_national_secretaries() -> None:
    for text, name in (
            ("Union\n\nLONDON (AP) — General Secretary Sharon Graham said Unite would strike. Britain faces more strikes.\n",
             "Sharon Graham"),
            ("Briefing\n\nTOKYO (Reuters) - Press Secretary Aiko Mori said Japan would respond.\n", "Aiko Mori"),
            ("Taxes\n\nDENVER (AP) — Treasurer Dave Young said Colorado would refund taxes.\n", "Dave Young"),
            ("Club\n\nLONDON (AP) — Club Secretary Tom Hale said the ground would close. Britain has 90 such clubs.\n",
             "Tom Hale")):
        assert _actors(text)[name].affiliation is None, text


def test_a_company_with_an_ampersand_or_a_stop_in_its_suffix_is_the_appositives_body() -> None:
    for text, name, body in (
            ("Stores\n\nA spokeswoman for Harlow & Finch, Lena Ortiz, declined to say whether the board had met.\n", "Lena Ortiz",
             "Harlow & Finch"),
            ("Drugs\n\nMaria Delgado, a spokeswoman for Johnson & Johnson, said the drug was safe.\n", "Maria Delgado",
             "Johnson & Johnson"),
            ("Audit\n\nA spokesman for Ernst & Young, Peter Hall, declined to comment.\n", "Peter Hall", "Ernst & Young"),
            ("Plant\n\nMaria Delgado, chief executive of Acme Corp., said the plant would close.\n", "Maria Delgado", "Acme Corp."),
            ("Margins\n\nPeter Hall, an analyst at Sanford C. Bernstein & Co., said margins fell.\n", "Peter Hall",
             "Sanford C. Bernstein & Co."),
            ("Cars\n\nKenji Ota, president of Fuji Motors Inc., said exports would rise.\n", "Kenji Ota", "Fuji Motors Inc.")):
        assert _actors(text)[name].affiliation == body, text


def test_near_misses_of_ampersands_and_suffix_stops() -> None:
    actors = _actors("Plant\n\nThe plant belongs to Maria Delgado, chief executive of Acme Corp. The company said it would close.\n")
    assert actors["Maria Delgado"].affiliation == "Acme Corp"  # (the sentence ends there: nothing after it is taken in)
    actors = _actors("Council\n\nA spokeswoman for the mayor & council, Lena Ortiz, declined to comment.\n")
    assert actors["Lena Ortiz"].affiliation != "mayor & council"


def test_a_countrys_possessive_is_no_part_of_a_bodys_name() -> None:
    for text, name, body in (
            ("Drills\n\nA spokesman for Japan's Ministry of Defense, Ken Sato, said the drills would go on.\n", "Ken Sato",
             "Ministry of Defense"),
            ("Drills\n\nKen Sato, a spokesman for Japan's Ministry of Defense, said the drills would go on.\n", "Ken Sato",
             "Ministry of Defense"),
            ("Fish\n\nA spokesman for Indonesia's Ministry of Marine Affairs and Fisheries, Arif Nugroho, said 14 fishermen "
             "were freed.\n", "Arif Nugroho", "Ministry of Marine Affairs and Fisheries"),
            ("Cars\n\nKen Ito, a spokesman for Japan's Toyota Motor Corp., said sales rose.\n", "Ken Ito", "Toyota Motor Corp.")):
        actors = _actors(text)
        assert actors[name].affiliation == body, text
        assert not any("'s " in n for n in actors), text  # (no second actor of the possessive phrase)


def test_near_misses_of_a_countrys_possessive() -> None:
    actors = _actors("Health\n\nJane Fox, a spokeswoman for Georgia's Department of Public Health, said cases rose.\n")
    assert actors["Jane Fox"].affiliation == "Georgia's Department of Public Health"  # (a state: its own bodies' rule)
    actors = _actors("Store\n\nJane Fox, a spokeswoman for Macy's Herald Square store, said sales rose.\n")
    assert actors["Jane Fox"].affiliation is None


def test_a_numbered_appeals_court_keeps_its_number_and_its_judges() -> None:
    actors = _actors("Ruling\n\nPaxton said he would appeal to the 5th U.S. Circuit Court of Appeals.\n")
    assert actors["5th U.S. Circuit Court of Appeals"].affiliation == "United States"
    actors = _actors("Ruling\n\nThe 2nd Circuit Court of Appeals ruled on Monday that the law stands.\n")
    assert actors["2nd Circuit Court of Appeals"].affiliation == "United States"
    for text in ("Ruling\n\nJudge Amy Lee of the 9th U.S. Circuit Court of Appeals wrote the opinion.\n",
                 "Ruling\n\nThe 9th U.S. Circuit Court of Appeals ruled 2-1. Circuit Judge Amy Lee wrote for the majority.\n",
                 "Ruling\n\nA panel of the 9th U.S. Circuit Court of Appeals sent the case back. Writing for the panel, Circuit "
                 "Judge Amy Lee said the state had standing.\n"):
        actors = _actors(text)
        assert actors["Amy Lee"].affiliation == "9th U.S. Circuit Court of Appeals", text
        assert "U.S. Circuit Court of Appeals" not in actors, text


def test_near_misses_of_numbered_courts() -> None:
    assert _actors("Traffic\n\nShe lives on 5th Avenue. The 3rd Street Bridge closed on Monday.\n") == {}
    actors = _actors("Ruling\n\nThe 9th U.S. Circuit Court of Appeals and the 5th U.S. Circuit Court of Appeals split. Circuit "
                     "Judge Amy Lee wrote for the majority.\n")  # (two appeals courts: whose is not said)
    assert actors["Amy Lee"].affiliation != "9th U.S. Circuit Court of Appeals"


def test_a_fronted_description_names_the_body_of_a_titled_name_and_a_plural_owner() -> None:
    for text, name, body in (
            ("Housing\n\nCANBERRA - The Greens and two independent senators said they would block the bill. The Greens' housing "
             "spokeswoman, Senator Tessa Brooks, said the party would keep pushing.\n", "Tessa Brooks", "Greens"),
            ("Housing\n\nCANBERRA - The Greens and two independent senators said they would block the bill. The Greens' housing "
             "spokeswoman, Tessa Brooks, said the party would keep pushing.\n", "Tessa Brooks", "Greens"),
            ("Pay\n\nThe Teamsters said they would strike. The Teamsters' general president, Sean Hale, said talks failed.\n",
             "Sean Hale", "Teamsters"),
            ("NHS\n\nLabour's health spokesman, Senator Tom Lee, said the NHS needed money.\n", "Tom Lee", "Labour"),
            ("Permit\n\nThe Sierra Club's lobbyist, Rep. Tom Hale, said the permit was illegal.\n", "Tom Hale", "Sierra Club")):
        assert _actors(text)[name].affiliation == body, text


def test_near_misses_of_a_fronted_description_before_a_titled_name() -> None:
    assert _actors("Housing\n\nSenator Tessa Brooks said the Greens would keep pushing.\n")["Tessa Brooks"].affiliation is None
    assert _actors("Bill\n\nThe White House said President Joe Biden would sign it.\n")["Joe Biden"].affiliation == "United States"


def test_a_companys_people_named_by_what_they_are_are_no_organisation() -> None:
    for text, word in (("Stores\n\nThe chain has struggled. Management declined to comment on the closures.\n", "Management"),
                       ("Stores\n\nHarlow cut jobs. Staff did not respond to requests for comment.\n", "Staff"),
                       ("Stores\n\nAcme Corp. cut jobs. Shareholders said it was too late.\n", "Shareholders"),
                       ("Plant\n\nThe plant will close. Executives declined to comment.\n", "Executives")):
        assert word not in _actors(text), text
    # near misses: a company named by one word still is one
    assert _actors("Stores\n\nKroger did not reply to a request for comment.\n")["Kroger"].kind == "organization"
    assert _actors("Jets\n\nSafran declined to comment.\n")["Safran"].kind == "organization"


def test_a_plural_owners_apostrophe_is_no_part_of_a_bodys_name() -> None:
    for text, name, body in (
            ("Sea\n\nThe Association of Southeast Asian Nations' secretary-general, Kao Kim Hourn, welcomed the agreement.\n",
             "Kao Kim Hourn", "Association of Southeast Asian Nations"),
            ("Pay\n\nThe National Association of Manufacturers' chief executive, Jay Timmons, said tariffs hurt.\n",
             "Jay Timmons", "National Association of Manufacturers"),
            ("Pay\n\nJay Timmons, the National Association of Manufacturers' chief executive, said tariffs hurt.\n",
             "Jay Timmons", "National Association of Manufacturers")):
        actors = _actors(text)
        assert actors[name].affiliation == body, text
        assert not any(n.endswith("'") for n in actors), text


def test_near_misses_of_a_plural_owners_apostrophe() -> None:
    actors = _actors("Pay\n\nThe Teamsters said they would strike. The Teamsters' general president, Sean Hale, said talks failed.\n")
    assert actors["Sean Hale"].affiliation == "Teamsters"  # (the name keeps its own s)


def test_a_possessive_that_owns_a_suit_is_not_the_bodys_home() -> None:
    for text, body, home in (
            ("Suit\n\nNEW ORLEANS (AP) — A federal appeals court on Monday revived Louisiana's lawsuit against the Interior "
             "Department over a canceled lease sale.\n", "Interior Department", "United States"),
            ("Suit\n\nOhio's lawsuit against the Education Department was dismissed.\n", "Education Department", "United States"),
            ("Suit\n\nTexas's appeal to the Supreme Court failed on Monday.\n", "Supreme Court", "United States")):
        assert _actors(text)[body].affiliation == home, text
    # near misses: the possessive owns the body
    assert _actors("Yen\n\nJapan's powerful Finance Ministry said it would act.\n")["Finance Ministry"].affiliation == "Japan"
    assert _actors("Bill\n\nColorado's House of Representatives passed the bill.\n")["House of Representatives"].affiliation \
        == "Colorado"


def test_a_countrys_described_body_in_apposition_is_that_countrys() -> None:
    for text, body, home in (
            ("Deal\n\nThe deal still needs the approval of Indonesia's parliament, the House of Representatives.\n",
             "House of Representatives", "Indonesia"),
            ("Bill\n\nThe bill passed Australia's upper house, the Senate, on Monday.\n", "Senate", "Australia"),
            ("Vote\n\nMembers of the Philippines' lower chamber, the House of Representatives, voted 200-12.\n",
             "House of Representatives", "Philippines")):
        assert _actors(text)[body].affiliation == home, text
    # near misses: no fronted description, or a person's possessive
    assert _actors("Bill\n\nThe House of Representatives passed the bill.\n")["House of Representatives"].affiliation \
        == "United States"
    assert _actors("Bill\n\nThe bill needs Trump's signature, the White House said.\n")["White House"].affiliation \
        == "United States"


def test_a_company_named_after_a_possessive_with_its_legal_suffix_is_found() -> None:
    for text, name in (("Stores\n\nRivals such as Kohl's Corp. closed weaker stores two years ago.\n", "Kohl's Corp"),
                       ("Food\n\nMcDonald's Corp. said sales rose.\n", "McDonald's Corp"),
                       ("Stores\n\nMacy's Inc. said it would close 60 stores.\n", "Macy's Inc"),
                       ("Stores\n\nShares of Dillard's Inc. fell 4%.\n", "Dillard's Inc")):
        assert _actors(text)[name].kind == "organization", text
    # near misses: a suffix after a plain name as before; a person's possessive is no company's name
    assert "Acme Corp" in _actors("Stores\n\nAcme Corp. said it would close 60 stores.\n")
    actors = _actors("Deal\n\nJohn Smith founded the firm. Smith's Co. shares fell.\n")
    assert not any(n.startswith("Smith's") for n in actors)
