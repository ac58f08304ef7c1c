"""A title and words of a person's name that do not end it name that person as a speaker: a family name written
first ("Mr. Xi" for Xi Jinping, "President Moon" for Moon Jae-in) or the first of two family names ("Ms. Acosta" for
Melba Acosta Febo); not when another person's name ends with them or two people hold them."""
from __future__ import annotations

from briefing_app.analysis.pipeline import analyse


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.mention.text if q.mention else None, q.speaker) for q in analyse(text).quotes if q.kind == "direct"]


def test_a_family_name_written_first_after_a_title() -> None:
    text = ("The finance minister, Wang Jiwei, spoke in Beijing on Tuesday. “The dispute will not hurt our trade,” "
            "Mr. Wang said. “We will keep talking,” he added.")
    assert speakers(text) == [("Mr. Wang", "Wang Jiwei"), ("he", "Wang Jiwei")]
    text = "Premier Park Min-jun met the envoy on Friday. “We want peace on the peninsula,” President Park said."
    assert speakers(text) == [("President Park", "Park Min-jun")]


def test_the_first_of_two_family_names_after_a_title() -> None:
    text = ("The bank's president, Marta Acosta Rivera, spoke on Monday. “The guarantees are good for the island,” "
            "Ms. Acosta said.")
    assert speakers(text) == [("Ms. Acosta", "Marta Acosta Rivera")]


def test_a_name_that_ends_with_the_words_or_two_holders_keep_it_apart() -> None:
    got = speakers("Lee Min-ho met Robert Lee on Monday. “We want peace on the peninsula,” Mr. Lee said.")
    assert got[0][1] != "Lee Min-ho"
    got = speakers("Kim Min-ho met Kim Ji-woo on Monday. “We want peace on the peninsula,” Mr. Kim said.")
    assert got[0][1] not in ("Kim Min-ho", "Kim Ji-woo")


def people(text: str) -> dict[str, list[str]]:
    return {a.name: a.aliases for a in analyse(text).actors if a.kind == "person"}


def test_the_actor_table_takes_the_same_reading_as_an_alias() -> None:
    got = people("Vietnamese Prime Minister Pham Van Linh toured the port on Monday. Mr. Pham praised the dockers.")
    assert list(got) == ["Pham Van Linh"] and "Mr. Pham" in got["Pham Van Linh"]
    got = people("The governor, Lucía Fernández Gil, visited the dam. Ms. Fernández promised new pumps.")
    assert list(got) == ["Lucía Fernández Gil"] and "Ms. Fernández" in got["Lucía Fernández Gil"]


def test_the_end_of_a_longer_name_without_a_given_name_is_that_person() -> None:
    got = people("Colombian President Juan Carlos Ortega Ruiz arrived in Lima. Mr. Ortega Ruiz met the mayor, "
                 "and Ortega Ruiz later left for Quito.")
    assert list(got) == ["Juan Carlos Ortega Ruiz"] and "Mr. Ortega Ruiz" in got["Juan Carlos Ortega Ruiz"]
    got = people("John Paul Fisher met Paul Fisher, his cousin, at the fair.")
    assert set(got) == {"John Paul Fisher", "Paul Fisher"}


def test_a_first_word_is_no_family_name_where_the_last_stands_alone() -> None:
    got = people("President Carlos Mendes toured the plant. Mendes praised the workers. President Carlos\nMendes left.")
    assert list(got) == ["Carlos Mendes"] and "President Carlos" not in got["Carlos Mendes"]
