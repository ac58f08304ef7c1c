"""Session 27 English affiliation rules, one test each (sentences written for the test, forms the s27 probe of the actor
set showed): "Its chair, X" takes no body of an earlier paragraph; "the society's president"; "GOP" makes a text
American ("President Biden" of the United States) and "GOP Chairman X" is the party's; a party's name of two words
is the party with no "the" before it ("Opposition Liberal Democrats tabled ...")."""
from __future__ import annotations

from tests.analysis.actor_helpers import actors_by_name as _actors


def test_its_chair_takes_no_body_of_an_earlier_paragraph() -> None:
    actors = _actors("Fine\n\nMarta Sloane, a lecturer at the University of Wexham, said the fine was modest.\n\n"
                     "Ministers said a new watchdog would follow. The act set up the Fair Play Regulator this spring; "
                     "its chair, Dorian Pell, will publish rules in May.\n")
    assert actors["Marta Sloane"].affiliation == "University of Wexham"
    assert actors["Dorian Pell"].affiliation != "University of Wexham"


def test_its_chair_still_takes_the_body_two_sentences_up_in_its_paragraph() -> None:
    actors = _actors("Water\n\nOfwat, the Water Services Regulation Authority, was set up in 1989. Since then it has "
                     "approved every rise. Its chief executive, Dora Klemm, stepped down in May.\n")
    assert actors["Dora Klemm"].affiliation in ("Ofwat", "Water Services Regulation Authority")


def test_the_society_is_the_society_named_before() -> None:
    actors = _actors("Inquiry\n\nThe Law Society of Wessex said it would help families for free. Nia Ombati, the "
                     "society's president, said the state could not judge itself.\n")
    assert actors["Nia Ombati"].affiliation == "Law Society of Wessex"


def test_gop_makes_a_text_american() -> None:
    actors = _actors("Returns\n\n9:15 p.m. - GOP turnout in rural counties is high, officials said.\n\n9:40 p.m. - "
                     "Early returns show Ruth Carden running ahead of President Biden's margin there.\n")
    assert actors["Joe Biden" if "Joe Biden" in actors else "Biden"].affiliation == "United States"


def test_gop_chairman_is_the_partys() -> None:
    actors = _actors("Night\n\nGOP Chairman Rich Hallam said it was far too early to call the race. Democratic "
                     "spokeswoman Tara Byne said the party was confident.\n")
    assert actors["Rich Hallam"].affiliation == "Republican Party"
    assert actors["Tara Byne"].affiliation == "Democratic Party"


def test_a_party_of_two_words_needs_no_the() -> None:
    actors = _actors("Libraries\n\nOpposition Liberal Democrats tabled an amendment to keep the branches open. Social "
                     "Democrats walked out of the chamber.\n")
    assert "Liberal Democrats" in actors
    assert actors["Liberal Democrats"].kind == "organization"


def test_an_aide_named_by_the_principal_is_the_principals() -> None:
    actors = _actors("Midterms\n\nMarian Holt has kept out of the race so far. Holt top aide Lena Baptiste has been "
                     "advising the committee, and former Dobbs economic adviser Carl Wendt is writing its plan. Peter "
                     "Dobbs said nothing.\n")
    assert actors["Lena Baptiste"].affiliation == "Marian Holt"
    assert actors["Carl Wendt"].affiliation == "Peter Dobbs"


def test_a_spokesman_for_her_is_hers() -> None:
    actors = _actors("Midterms\n\nMarian Holt has kept out of the race so far. A spokesman for her, Nick Varga, "
                     "declined to comment.\n")
    assert actors["Nick Varga"].affiliation == "Marian Holt"
    assert actors["Nick Varga"].title == "spokesman"


def test_a_presidents_adviser_takes_the_presidents_country() -> None:
    actors = _actors("MANILA (Reuters) - President Ramon Dizon of the Philippines said the talks would go on. Dizon "
                     "adviser Pia Lacson said the navy would stay.\n")
    assert actors["Pia Lacson"].affiliation == "Philippines"


def test_a_description_who_now_works_at_a_body_is_the_bodys() -> None:
    actors = _actors("Study\n\n\"The risk rises fast,\" said lead author Ana Vidal, an epidemiologist who now works at the "
                     "University of Wexham. Senators praised Kevin Marr, a former Treasury official who now teaches "
                     "economics at Halden University.\n")
    assert actors["Ana Vidal"].affiliation == "University of Wexham"
    assert actors["Kevin Marr"].affiliation == "Halden University"


def test_who_worked_for_a_titled_person_names_no_body() -> None:
    actors = _actors("Race\n\nPaul Kerr, a lawyer who worked for Gov. Scott Walker, said the race was close.\n")
    assert actors["Paul Kerr"].affiliation is None


def test_a_british_text_that_names_no_country_gives_its_secretaries_the_united_kingdom() -> None:
    actors = _actors("Fine\n\nThe league fined Rovers £4m on Tuesday for breaking its spending rules. Culture Secretary "
                     "Dana Pryce said the case showed why a regulator was needed.\n")
    assert actors["Dana Pryce"].affiliation == "United Kingdom"


def test_an_american_text_in_pounds_keeps_no_british_secretary() -> None:
    actors = _actors("Deal\n\nWASHINGTON - The firm paid £4m for the plant, Congress was told. Commerce Secretary "
                     "Dana Pryce said the deal was good.\n")
    assert actors["Dana Pryce"].affiliation != "United Kingdom"


def test_a_fronted_its_or_her_phrase_that_names_no_post_gives_no_body() -> None:
    actors = _actors("Budget\n\nMary Lund said the plan was weak, according to the Fiscal Policy Institute.\n\n"
                     "On its face, Carla Brandt's critique is a familiar one. Regardless of her views, Carla Brandt "
                     "has a point.\n")
    assert actors["Carla Brandt"].affiliation is None


def test_an_aide_after_another_aides_name_and_and_is_not_that_aides() -> None:
    actors = _actors("Inquiry\n\nMarian Holt wants her adviser Jake Sorrel and longtime aide Hana Abbot cleared. Pollock "
                     "and campaign spokesman Jon Miller wrote the statement. Ed Pollock agreed.\n")
    assert actors["Hana Abbot"].affiliation != "Jake Sorrel"
    # (session 28: "Pollock and campaign spokesman Jon Miller" is Pollock's spokesman, as "Clinton and top aide Jake
    # Sullivan" is Clinton's aide, the coordinator's reproducer of issue 15; test_en_s28_affiliations)
    assert actors["Jon Miller"].affiliation == "Ed Pollock"


def test_who_worked_for_mrs_x_names_no_body() -> None:
    actors = _actors("Race\n\n\"She will be ready,\" said Tom Nidd, a friend and adviser who worked for Mrs. Holt at the "
                     "State Department. Marian Holt smiled.\n")
    assert actors["Tom Nidd"].affiliation not in ("Mrs", "Mrs.")


def test_its_unit_is_named_without_its_and_belongs_to_the_body_before() -> None:
    actors = _actors("Sentence\n\nThe National Prosecuting Office welcomed the ruling. Its Special Crimes Directorate, led by "
                     "Anna Moyo, has brought 14 cases to court.\n")
    assert "Special Crimes Directorate" in actors
    assert actors["Special Crimes Directorate"].affiliation == "National Prosecuting Office"
    assert actors["Anna Moyo"].affiliation == "Special Crimes Directorate"


def test_a_department_after_a_post_is_part_of_the_title() -> None:
    actors = _actors("Corvex Announces Results\n\nCorvex Inc. said the trial met its goal.\n\nContacts\nInvestors: Lara "
                     "Chen, Vice President, Investor Relations, ir@corvex.com\nMedia: Sam Whitby, Director of "
                     "Communications, media@corvex.com\n")
    assert actors["Lara Chen"].affiliation != "United States"
    assert actors["Sam Whitby"].affiliation != "Communications"


def test_branch_president_takes_the_union_before() -> None:
    actors = _actors("Budget\n\nThe Teachers Union of Wessex said the money was welcome. Branch president Justin Mallory "
                     "said it was a start.\n")
    assert actors["Justin Mallory"].affiliation == "Teachers Union of Wessex"
    assert "Branch" not in actors


def test_the_charitys_lead_is_the_body_opening_the_sentence_before_not_a_fund_paragraphs_up() -> None:
    actors = _actors("Report\n\nThe report was launched by the Global Fund for Rural Growth in Rome.\n\nPrices rose again "
                     "last year.\n\nOxfam criticised rich countries for cutting aid. Emily Farrant, the charity's "
                     "food policy lead, said the figures should shame donors.\n")
    assert actors["Emily Farrant"].affiliation == "Oxfam"


def test_the_charitys_director_is_still_the_charity_of_the_paragraph() -> None:
    actors = _actors("Report\n\nThe Wessex Children's Trust and the city council met on Monday. Mara Lind, the charity's "
                     "director, said the talks went well.\n")
    assert actors["Mara Lind"].affiliation == "Wessex Children's Trust"


def test_an_indian_union_minister_is_indias_and_no_party_passes_to_the_deputy_chief_minister() -> None:
    actors = _actors("Water\n\nMYSURU: The opposition BJP accused the state government of poor planning.\n\nDeputy Chief "
                     "Minister K R Sundaram said tanker prices would be capped. Union Water Minister P R Iyer said the "
                     "Centre would consider a Rs 2,000 crore request.\n")
    assert actors["P R Iyer"].affiliation == "India"
    assert actors["K R Sundaram"].affiliation != "BJP"


def test_our_stays_in_a_bodys_name() -> None:
    actors = _actors("Ads\n\nOur Principles PAC, which opposes the nominee, spent $3 million on ads in Ohio.\n")
    assert "Our Principles PAC" in actors


def test_its_post_with_a_field_still_takes_the_body() -> None:
    actors = _actors("Prices\n\nThe Fiscal Institute said debt was rising. Its head of research, Mara Quill, said so. "
                     "Its director of policy, Tom Rell, agreed.\n")
    assert actors["Mara Quill"].affiliation == "Fiscal Institute"
    assert actors["Tom Rell"].affiliation == "Fiscal Institute"


def test_its_opening_a_paragraph_reads_the_whole_paragraph_before() -> None:
    actors = _actors("Care\n\nThe Wessex Care Association, which represents 230 providers, welcomed the move. It said the "
                     "cap was overdue.\n\nIts chief executive, Debra Simms, said agencies were poaching staff.\n")
    assert actors["Debra Simms"].affiliation == "Wessex Care Association"


def test_its_hyphenated_post_takes_the_body() -> None:
    actors = _actors("Rents\n\nThe Harbour Tenants Forum said rents were rising. Its vice-chair, Olwen Pryce, said so.\n")
    assert actors["Olwen Pryce"].affiliation == "Harbour Tenants Forum"


def test_the_unions_secretary_is_no_council_opening_the_sentence_before() -> None:
    actors = _actors("Strike\n\nThe strike was called by the Transit Workers Union in March.\n\nFares rose again last "
                     "year.\n\nThe Riverside City Council rejected the pay offer on Tuesday. Dana Kove, the union's "
                     "regional secretary, said members would walk out.\n")
    assert actors["Dana Kove"].affiliation == "Transit Workers Union"
