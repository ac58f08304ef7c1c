"""Options paper and action memo drafted from the options matrix: every position (an author's
stance or an actor's) listed with its source and the words that state it."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from briefing_app.core.history import History
from briefing_app.export import export_memo
from briefing_app.workflow.draft_options import Citer, argued
from briefing_app.workflow.drafting import draft_memo
from briefing_app.workflow.importing import import_files

OPEDS = sorted((Path(__file__).parents[1] / "data" / "options" / "articles").glob("own-*.txt"))


@pytest.fixture
def opeds(project, sample_paths):
    history = History(project)
    paths = [p for p in sample_paths if "joongang" in p.name] + [p for p in OPEDS if "brazil" in p.name or "kenya" in p.name]
    report = import_files(project, history, paths, workers=0)
    assert not report.failed
    return project, history


def _section(project, memo_id, key) -> list:
    return project.get_memo(memo_id).section(key).items


def _kept(project, memo_id) -> list:
    """The options a drafted memo keeps (those a full memo has no room for are left out, and it says so)."""
    return [project.get_option(i.ref_id) for i in _section(project, memo_id, "options") if i.kind == "option"]


def _stated(options, text: str) -> None:
    """Every position on every option is cited once: its words (their start) at least once, at most as often as
    stances state them (holders stating the same words with the same stance are named together)."""
    starts: dict[str, int] = {}
    for option in options:
        for st in option.stances:
            words = " ".join(st.clip.text.split())[:60]
            starts[words] = starts.get(words, 0) + 1
    assert len(starts) > 5
    for words, n in starts.items():
        assert 1 <= text.count(words) <= n, (words, n)


def test_recommendation_cites_each_position(opeds):
    project, history = opeds
    memo_id = draft_memo(project, history, "action-memo")
    text = "\n".join(i.body for i in _section(project, memo_id, "recommendation"))
    _stated(_kept(project, memo_id), text)
    assert sum(len(o.stances) for o in _kept(project, memo_id)) > 5
    # the author's stance takes the verdict after the groups' call into its evidence, so each is cited with its words
    assert any(line.startswith("Supported by Helena Prado: “Environmental groups have urged President Lula to declare a "
                               "moratorium") and "; environmental groups: “Environmental groups have urged" in line
               for line in text.splitlines()), text
    assert "Michael Green" in text and "Russia has crossed the Rubicon" in text


def test_holders_stating_the_same_words_are_named_together(opeds):
    """Two holders whose stances cite the same words of one source, with the same stance, are named together and the
    words quoted once ('supported by Helena Prado and environmental groups: “…”')."""
    project, _ = opeds
    option = next(o for o in project.list_options() if any(st.holder == "environmental groups" for st in o.stances))
    groups = next(st for st in option.stances if st.holder == "environmental groups")
    author = replace(groups, id=groups.id + 100_000, holder=None)  # the author citing the very same words
    text = argued(project, replace(option, stances=[groups, author]), Citer(project))
    assert text.startswith("supported by environmental groups and Helena Prado: “Environmental groups have urged") \
        or text.startswith("supported by Helena Prado and environmental groups: “Environmental groups have urged"), text
    assert text.count("Environmental groups have urged") == 1, text


def test_recommendation_names_each_option_once(opeds):
    """Not three times over (proposed, "supported by", then again under "Who stands where")."""
    project, history = opeds
    memo_id = draft_memo(project, history, "action-memo")
    text = "\n".join(i.body for i in _section(project, memo_id, "recommendation"))
    assert "Who stands where" not in text
    for option in _kept(project, memo_id):
        assert text.count(option.summary.rstrip(".")) == 1, option.summary


def test_options_paper_lists_positions_and_exports(opeds, tmp_path):
    project, history = opeds
    memo_id = draft_memo(project, history, "options-paper")
    items = _section(project, memo_id, "options")
    kept = _kept(project, memo_id)
    positions = next(i for i in items if i.kind == "text")
    assert positions.body.startswith("Who stands where:")
    _stated(kept, positions.body)
    assert "; opposed by Helena Prado: “Some ministers argue" in positions.body  # "That would be a mistake." after it
    for option in kept:
        assert positions.body.count(f"- {option.summary.rstrip('.')} — ") == 1, option.summary
    out = export_memo(project.get_memo(memo_id), project, tmp_path / "options.pdf").path
    assert Path(out).stat().st_size > 0
