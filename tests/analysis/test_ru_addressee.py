"""A Russian speaker after an inverted speech verb stops at the name: the word after it is in another
case, an addressee ("сказал Лавров журналистам"), not part of the name or an alias (issue 15)."""
import pytest

from briefing_app.analysis import analyse

LEAD = "Министр иностранных дел России Сергей Лавров провёл переговоры в Анкаре.\n\n"


@pytest.mark.parametrize("tail", ["журналистам после встречи", "репортёрам", "коллегам из Турции"])
def test_addressee_is_not_the_speaker(tail):
    result = analyse(LEAD + f"«Мы готовы к диалогу», — сказал Лавров {tail}.\n")
    quote = next(q for q in result.quotes if q.kind == "direct")
    assert quote.mention is not None and quote.mention.text == "Лавров"
    assert quote.speaker == "Сергей Лавров"
    lavrov = next(a for a in result.actors if a.name == "Сергей Лавров")
    assert not any(" " in alias and alias.startswith("Лавров ") for alias in lavrov.aliases), lavrov.aliases


def test_title_before_the_name_is_kept():
    result = analyse("«Диалог возможен», — заявил глава МИД Сергей Лавров журналистам.\n")
    quote = next(q for q in result.quotes if q.kind == "direct")
    assert quote.mention is not None and quote.mention.text == "глава МИД Сергей Лавров"
