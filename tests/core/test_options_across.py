"""Options across sources: near-duplicates merged at import with every position, and the
user's merge and split, each undoable."""
import pytest

from briefing_app.core import actions
from briefing_app.core.errors import ProjectError
from briefing_app.core.history import History
from briefing_app.core.model import Analysis, Metadata, Option, Position, SourceDoc
from briefing_app.core.option_actions import merge_options, split_option

A = ("Washington should impose sanctions on Russia's shipping firms. "
     "Senator Reed said Congress must impose further sanctions on Russia's shipping firms.")
B = "Brussels, for its part, should not impose sanctions on Russia's shipping firms. Ban the fleet instead."


def _doc(text, title):
    return SourceDoc(text, Metadata(title=title, author=f"{title} author", genre="opinion"))


def _import(history, text, title, options):
    cmd = actions.import_source(_doc(text, title), Analysis(options=options))
    history.push(cmd)
    return cmd.result


@pytest.fixture
def two(project):
    history = History(project)
    cut = A.index(" Senator")
    a = _import(history, A, "A", [
        Option("Impose sanctions on Russia's shipping firms", "support", 0, cut,
               positions=[Position("Jack Reed", "support", cut + 1, len(A))]),
    ])
    b = _import(history, B, "B", [
        Option("Impose further sanctions on Russia's shipping firms", "oppose", 0, B.index(" Ban")),
        Option("Ban the fleet", None, B.index("Ban"), len(B), positions=[Position("Brussels", "support", 0, 5)]),
    ])
    return project, history, a, b


def test_near_duplicates_become_one_option_with_every_position(two):
    project, _, a, b = two
    options = project.list_options()
    assert [o.summary for o in options] == ["Impose sanctions on Russia's shipping firms", "Ban the fleet"]
    sanctions = options[0]
    got = sorted((s.source_id, s.holder or "", s.stance) for s in sanctions.stances)
    assert got == sorted([(a, "", "support"), (a, "Jack Reed", "support"), (b, "", "oppose")])
    assert all(s.clip is not None for s in sanctions.stances)
    reed = next(s for s in sanctions.stances if s.holder == "Jack Reed")
    assert reed.clip.text.startswith("Senator Reed said")
    fleet = options[1]
    assert [(s.holder, s.stance) for s in fleet.stances] == [("Brussels", "support")], "no author row when none taken"


def test_merge_and_split_are_undoable(two):
    project, history, _, _ = two
    sanctions, fleet = project.list_options()
    history.push(merge_options(project, sanctions.id, fleet.id))
    merged = project.list_options()
    assert len(merged) == 1 and len(merged[0].stances) == 4
    history.undo()
    assert [len(o.stances) for o in project.list_options()] == [3, 1]
    history.redo()
    assert len(project.list_options()) == 1
    history.undo()
    reed = next(s for s in project.get_option(sanctions.id).stances if s.holder == "Jack Reed")
    split = split_option(project, sanctions.id, [reed.id], "Tighten sanctions through Congress")
    history.push(split)
    after = project.list_options()
    assert [o.summary for o in after][-1] == "Tighten sanctions through Congress"
    assert [(s.holder, s.stance) for s in after[-1].stances] == [("Jack Reed", "support")]
    assert len(project.get_option(sanctions.id).stances) == 2
    history.undo()
    assert len(project.get_option(sanctions.id).stances) == 3 and len(project.list_options()) == 2
    history.redo()
    assert project.list_options()[-1].stances[0].id == reed.id


def test_bad_merges_and_splits_are_refused(two):
    project, _, _, _ = two
    sanctions, fleet = project.list_options()
    with pytest.raises(ProjectError):
        merge_options(project, sanctions.id, sanctions.id)
    with pytest.raises(ProjectError):
        split_option(project, fleet.id, [s.id for s in fleet.stances])
    with pytest.raises(ProjectError):
        split_option(project, sanctions.id, [fleet.stances[0].id])
    with pytest.raises(ProjectError):
        merge_options(project, sanctions.id, 99999)


SUMMARIES = ["Impose sanctions on Russia's shipping firms", "Sanctions now", "The U.S. should ban the fleet",
             "Don’t ban the fleet", "Don't ban the fleet", "Ввести санкции против флота", "САНКЦИИ",
             "\u212aelvin scale rules", "Kelvin scale rules", "the of", "Bans on imports", "Stop; ban it"]


def test_the_summaries_read_for_matching_hold_every_one_with_the_lead_word(project):
    """A backend may leave out summaries that cannot lead with the words asked for (SQLite
    filters in SQL), never one that does."""
    from briefing_app.core.option_match import lead_word

    with project.transaction():
        for summary in SUMMARIES:
            project.insert("options", {"summary": summary})
    every = project.option_summaries()
    leads = sorted({lead for _, s in every if (lead := lead_word(s)) is not None} | {"zzz"})
    for lead in leads:
        got = project.option_summaries([lead])
        assert got == sorted(got)
        assert [r for r in every if lead_word(r[1]) == lead] == [r for r in got if lead_word(r[1]) == lead], lead
    assert project.option_summaries([]) == []
    assert set(project.option_summaries(["ban", "impose"])) >= {r for r in every if lead_word(r[1]) in ("ban", "impose")}


def test_a_source_with_a_thousand_lead_words_still_reads_the_summaries(project):
    """A long report's options may lead with more than a thousand different words: the filter
    must not outgrow what the database takes in one query (SQLite: an expression 1,000 deep)."""
    from briefing_app.core.option_match import lead_word

    with project.transaction():
        for summary in SUMMARIES:
            project.insert("options", {"summary": summary})
    every = project.option_summaries()
    leads = sorted({f"word{n}" for n in range(1500)} | {"ban"})
    got = project.option_summaries(leads)
    assert [r for r in every if lead_word(r[1]) == "ban"] == [r for r in got if lead_word(r[1]) == "ban"]


def test_the_length_bound_never_undercuts_rapidfuzz():
    """same_option decides a pair without rapidfuzz only when _ratio_at_most, a bound from lengths, is below
    MIN_RATIO: the bound is never below rapidfuzz's token_set_ratio (random word sets, near misses and subsets), and
    same_option answers as the plain comparison does."""
    import random

    from rapidfuzz import fuzz

    from briefing_app.core import option_match as om

    rnd = random.Random(3)
    vocab = ["keep", "korea", "sanction", "ban", "fleet", "tax", "cut", "raise", "wall", "border", "north", "nuclear",
             "a", "bb", "tariff", "tariffs", "democracie", "ukraine", "x" * 12, "moscow", "outreach"]
    decided = 0
    for _ in range(20000):
        a = set(rnd.sample(vocab, rnd.randint(1, 8)))
        b = set(rnd.sample(vocab, rnd.randint(1, 8))) if rnd.random() < 0.7 else a | {rnd.choice(vocab)}
        real = fuzz.token_set_ratio(" ".join(sorted(a)), " ".join(sorted(b)))
        bound = om._ratio_at_most(a, b)
        assert bound >= real - 1e-9, (a, b, bound, real)
        decided += bound < om.MIN_RATIO
        sa, sb = " ".join(["cut", *sorted(a)]), " ".join(["cut", *sorted(b)])
        ka, kb = om.key_words(sa), om.key_words(sb)
        plain = bool(ka and kb) and (ka == kb or ka[0] == kb[0] and len(set(ka) & set(kb)) >= 2
                                     and fuzz.token_set_ratio(" ".join(ka), " ".join(kb)) >= om.MIN_RATIO)
        assert om.same_option(sa, sb) == plain, (sa, sb)
    assert decided > 5000
    # the pair a draft of the two sample articles compares: decided without rapidfuzz
    assert om._ratio_at_most({"keep", "diplomatic", "outreach", "moscow", "north", "korea", "nuclear", "issue"},
                             {"keep", "korea", "stand", "democracie", "ukraine"}) < om.MIN_RATIO
