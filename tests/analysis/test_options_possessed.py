"""A person's course named by a noun of position with its owner (options/possessed.py; news-s14's misses "her plan to
sink $30 billion into Appalachia", "his support for a single-payer type system"; on the tuned PolNeAR reports mostly
"Trump's proposal to ban Muslims ...", "his promise to build a wall", "Obama's plan to close Guantanamo Bay"): the
owner's position, never the author's; a company's plan, a promise kept, a plan cancelled, support for a person and an
owner the sentence leaves open are none."""
from __future__ import annotations

import pytest

from tests.tuned_sets import tuned_articles
from tests.analysis.option_helpers import options


def _held(text: str) -> list[tuple[str, str | None, list[tuple[str, str]]]]:
    return [(o.summary, o.stance, [(p.actor, p.stance) for p in o.positions]) for o in options(text)]


@pytest.mark.parametrize("text, summary, holder, stance", [
    ("Donald Trump has been rebuked by opponents for his proposal to temporarily ban Muslims from entering the United "
     "States.", "Ban Muslims from entering the United States", "Donald Trump", "support"),
    ("Students chanted about Donald Trump's plan to deport immigrants.", "Deport immigrants", "Donald Trump", "support"),
    ("Hillary Clinton took some shots at Bernie Sanders over his plan to provide free college tuition.",
     "Provide free college tuition", "Bernie Sanders", "support"),  # "his": the man the sentence names
    ("Virtually no one is impressed with President Barack Obama's latest plan to close Guantanamo Bay.",
     "Close Guantanamo Bay", "Barack Obama", "support"),
    ("Donald Trump didn't back away from his pledge to reintroduce waterboarding.", "Reintroduce waterboarding",
     "Donald Trump", "support"),
    ("Bernie Sanders spoke in Iowa. His support for scrapping superdelegates isn't shared by a majority of the caucus.",
     "Scrap superdelegates", "Bernie Sanders", "support"),  # ends before the main clause's verb
    ("Hillary Clinton voiced her opposition to raising the retirement age.", "Raise the retirement age",
     "Hillary Clinton", "oppose"),
    ("Hillary Clinton argued Donald Trump's proposal to pay down the national debt by printing money would trigger "
     "hyperinflation.", "Pay down the national debt by printing money", "Donald Trump", "support"),
])
def test_an_owner_s_noun_of_position_is_the_owner_s(text: str, summary: str, holder: str, stance: str) -> None:
    assert _held(text) == [(summary, None, [(holder, stance)])]


def test_a_list_of_measures_keeps_the_owner() -> None:
    found = _held("Hillary Clinton touted her proposals to invest $275 billion in infrastructure, expand Social Security "
                  "benefits and enable debt-free college.")
    assert [f[0] for f in found][:1] == ["Invest $275 billion in infrastructure"] and len(found) >= 2
    assert all(f[1] is None and f[2] == [("Hillary Clinton", "support")] for f in found), found


@pytest.mark.parametrize("text", [
    "Donald Trump called Ford's plans to open an assembly plant in Mexico a disgrace.",  # a company's own plan
    "Paul Ryan kept his promise to spend Sundays at his children's games.",  # a promise kept: an act told
    "Fox News abruptly canceled Sean Hannity's plans to attend a Tea Party rally in Ohio.",  # a plan cancelled
    "Marco Rubio announced his support for Donald Trump.",  # support for a person: no course
    "Donald Trump has broken more rules than Ross Perot did, from his proposal to deport 11 million immigrants.",  # whose?
    "The council debated Hale's past opposition to closing the library.",  # a past position
])
def test_no_person_s_position(text: str) -> None:
    assert not any(p for o in options(text) for p in o.positions), _held(text)


@pytest.mark.parametrize("text", [
    "Hillary Clinton has backed off her call for a ban on assault weapons.",
    "Donald Trump walked back his pledge to reintroduce waterboarding.",
    "Mike Pence attempted to distance Donald Trump from his plan for banning Muslims.",
])
def test_a_retreat_from_one_s_position_is_none(text: str) -> None:
    assert not any(p.stance == "support" for o in options(text) for p in o.positions), _held(text)


def test_the_owner_pre_check_lets_through_every_sentence_the_owner_pattern_finds_an_owner_in() -> None:
    """OWNER_WORD_RE, a test on the lower-cased sentence before any scan, passes every sentence in which OWNER_RE finds
    an owner before some position (a whole word "his"/"her" or a possessive "'s", "’s"), and no sentence whose "her" is
    inside a word ("other nations", "whether", "there", "further"): those were scanned for nothing."""
    import random
    import re

    from briefing_app.analysis.options.possessed import OWNER_RE, OWNER_WORD_RE
    from briefing_app.analysis.segment import sentence_spans

    articles = tuned_articles("en*.txt")[:120]
    texts = [p.read_text(encoding="utf-8") for p in articles]
    rnd = random.Random(14)
    words = ("his", "His", "HIS", "her", "Her", "other", "whether", "Trump's", "Clinton’s", "it's", "plan", "-his", "(her",
             "“his", "this", "hers", "s", "'", "’s", "there", "x")
    texts += [" ".join(rnd.choice(words) + rnd.choice(("", " ", "\n", "\u00a0", "-")) for _ in range(rnd.randint(1, 8)))
              for _ in range(3000)]
    passed = failed = 0
    for text in texts:
        for s, e in sentence_spans(text, 0, len(text)) if len(text) > 200 else [(0, len(text))]:
            low = text[s:e].lower()
            gate = OWNER_WORD_RE.search(low) is not None
            passed, failed = passed + gate, failed + (not gate)
            if not gate:
                for end in [m.start() for m in re.finditer(r"\s", text[s:e])] + [e - s]:
                    assert OWNER_RE.search(text, max(s, s + end - 80), s + end) is None, text[s:e]
    assert passed > 100 and failed > 100
    for sentence in ("The war is pulling in other nations, whether or not they call for it.",
                     "There is further support for the plan."):
        assert OWNER_WORD_RE.search(sentence.lower()) is None


# sixteenth session: more nouns and links of the same kind (the largest kind of recall miss over seven tuned news
# batches: 21 misses in 19 reports; these phrasings are written here, not copied)
@pytest.mark.parametrize("text, summary, holder", [
    ("Senator Jane Doe spoke on Monday. Critics attacked Doe's proposed ban on assault weapons in the state.",
     "Impose ban on assault weapons in the state", "Jane Doe"),  # "proposed" + the measure
    ("Senator Jane Doe spoke on Monday. Her proposed tax on sugary drinks drew fire from grocers.",
     "Impose tax on sugary drinks", "Jane Doe"),
    ("Senator Jane Doe spoke on Monday. Voters liked her promise of free college for every student.",
     "Adopt free college for every student", "Jane Doe"),  # "promise of" + the measure
    ("Senator Jane Doe spoke on Monday. Doe repeated her pledge of universal health coverage for children.",
     "Adopt universal health coverage for children", "Jane Doe"),
    ("Senator Jane Doe spoke on Monday. Doe renewed her demand that Congress pass a background check law.",
     "Pass a background check law", "Jane Doe"),  # "that" + a subjunctive clause
    ("Senator Jane Doe spoke on Monday. Doe repeated her request that the bill include tax breaks for workers.",
     "Include tax breaks for workers", "Jane Doe"),
    ("Senator Jane Doe spoke on Monday. Doe repeated her demand that the prison be closed.", "Close the prison", "Jane Doe"),
    ("Senator Jane Doe spoke on Monday. Doe renewed her request for a federal investigation into the shooting.",
     "Open a federal investigation into the shooting", "Jane Doe"),
    # two men named before "his": the subject of a verb of restating or pressing right before it owns it
    ("During Barack Obama's visit to Turkey, Recep Tayyip Erdogan reiterated his request that the United States "
     "extradite the cleric.", "Extradite the cleric", "Recep Tayyip Erdogan"),
    ("After meeting Barack Obama, Bernie Sanders has consistently pushed his promise of free college for students.",
     "Adopt free college for students", "Bernie Sanders"),
    ("During Barack Obama's visit to Turkey, Recep Tayyip Erdogan laid out his plan to arm the Kurds.", "Arm the Kurds",
     "Recep Tayyip Erdogan"),
])
def test_more_nouns_and_links_of_position(text: str, summary: str, holder: str) -> None:
    assert _held(text) == [(summary, None, [(holder, "support")])]


@pytest.mark.parametrize("text", [
    "Senator Jane Doe spoke on Monday. Doe recalled his promise of a better life for his family.",  # a hope, no measure
    "Senator Jane Doe spoke on Monday. Doe repeated her demand that the mayor resigns.",  # finite: a claim's form
    "Senator Jane Doe spoke on Monday. Doe rejected her request that the plan is working.",
    "Senator Jane Doe spoke on Monday. Doe cited her proposed remarks on the economy.",  # no measure
    "Senator Jane Doe spoke on Monday. Doe was proposed by the party as its candidate.",
    "Senator Jane Doe spoke on Monday. The court denied her request for a delay.",  # too short to be a measure
    "Senator Jane Doe spoke on Monday. At the request of the family, the police released no names.",
    "Senator Jane Doe spoke on Monday. Doe kept her promise of a visit to the town.",  # kept: an act told
    # two men before "his" and a verb of judging: whose plan is left open, as before
    "During Barack Obama's visit to Turkey, Recep Tayyip Erdogan criticised his plan to arm the Kurds.",
])
def test_near_misses_of_the_new_nouns_give_no_position(text: str) -> None:
    assert not any(p.stance == "support" for o in options(text) for p in o.positions), _held(text)


def test_a_list_of_measures_after_an_owner_s_noun_is_one_position_each() -> None:
    """As for a call ("called for A and B"): "her call for A and B" holds two measures; "a ban on X and the ammunition"
    one (the second names no measure)."""
    found = _held(INTRO_S16 + "Voters liked her call for a ban on assault weapons and a tax on bullets.")
    assert [(f[0], f[2]) for f in found] == [("Impose a ban on assault weapons", [("Jane Doe", "support")]),
                                             ("Impose a tax on bullets", [("Jane Doe", "support")])]
    found = _held(INTRO_S16 + "Voters liked her call for a ban on assault weapons and the ammunition.")
    assert [f[0] for f in found] == ["Impose a ban on assault weapons and the ammunition"]


INTRO_S16 = "Senator Jane Doe spoke on Monday. "


@pytest.mark.parametrize("text, summary", [
    ("Doe outlined a plan to cut taxes for the middle class.", "Cut taxes for the middle class"),
    ("Doe unveiled a sweeping proposal to raise the gas tax.", "Raise the gas tax"),
    ("She has floated a plan to close the prison at Guantanamo Bay.", "Close the prison at Guantanamo Bay"),
    ("Doe reiterated a call for a ban on assault weapons.", "Impose a ban on assault weapons"),
])
def test_a_person_who_sets_out_a_noun_of_position_owns_it(text: str, summary: str) -> None:
    assert _held(INTRO_S16 + text) == [(summary, None, [("Jane Doe", "support")])]


@pytest.mark.parametrize("text", [
    "Doe has repeatedly made public promises to give the proceeds to charity.",  # "repeatedly": no verb of setting out
    "Doe outlined a plan to hold rallies in every state.",  # an act decided and done alone (own_acts)
    "Doe outlined her plan to hold a rally in every state.",
    "The company unveiled a plan to cut 500 jobs.",  # a company's own plan
])
def test_no_position_set_out(text: str) -> None:
    assert not any(p.stance == "support" for o in options(INTRO_S16 + text) for p in o.positions), _held(INTRO_S16 + text)
