"""Speaker mentions that name nobody are dropped (issue 15: the sample project's UK-asylum article
gave "range from ten to 32 pages with 40 to 50" and "with laws banning illegal migrants from")."""
import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.speaker_checks import junk

ASYLUM = ('The document, which media reports range from ten to 32 pages with 40 to 50 questions, "must be completed '
          'in English", the government recommending "online translation tools" if needed.\n\n'
          "Sunak has made tackling migration one of his main priorities, with laws banning illegal migrants from "
          "claiming asylum in the UK expected next month.\n\n"
          "During Prime Minister's Questions Wednesday, Sunak defended the government's record whilst promising a "
          '"formal update" from Braverman is forthcoming: "The Home Secretary and I are working to bring forward that '
          'legislation."\n')


@pytest.mark.parametrize("mention", ["range from ten to 32 pages with 40 to 50", "with laws banning illegal migrants from",
                                     "the government's record whilst", "in", "sanctions for"])
def test_junk(mention):
    assert junk(mention)


@pytest.mark.parametrize("mention", ["the senator", "officials", "About four in 10 voters", "At least half of voters",
                                     "with the campaign of the former senator from Pennsylvania", "Sarandon, 69",
                                     "a conservative website that", "The two", "Лавров", "외교부 대변인"])
def test_not_junk(mention):
    assert not junk(mention)


def test_the_asylum_article_names_no_junk_speaker():
    mentions = [q.mention.text for q in analyse(ASYLUM).quotes if q.mention]
    assert not any(junk(m) for m in mentions), mentions
    assert "range from ten to 32 pages with 40 to 50" not in mentions


def test_a_clause_as_mention_is_cut_to_its_subject():
    text = ('The Guardian cited examples of complicated questions with over fifty words, including: "Were you subject '
            'to human trafficking during your journey?"\n')
    quote = next(q for q in analyse(text).quotes if q.kind == "direct")
    assert quote.mention is not None and quote.mention.text == "The Guardian"
    assert text[quote.mention.start:quote.mention.end] == "The Guardian"
