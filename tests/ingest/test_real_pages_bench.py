"""The real-pages bench (benchmarks/bench_real_pages.py): its gold helpers, and a clean skip without the pages."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from benchmarks import bench_real_pages as bench


def test_blocks_split_at_block_tags_and_join_inline_text():
    html = "<div><h2>Head</h2><p>One <a href='#'>link</a> two</p><ul><li>a</li><li>b</li></ul>tail</div>"
    assert bench.html_blocks(html) == ["Head", "One link two", "a", "b", "tail"]


def test_squash_ignores_space_case_and_curly_quotes():
    assert bench.squash("‘Star  Wars’ Cuts") == bench.squash("'star wars' cuts")


def test_title_byline_date_and_credit_may_show_but_not_a_menu():
    meta = {"title": "Obama admits gun laws are his biggest frustration", "byline": "By Jane Roe"}
    assert bench.allowed("Obama admits gun laws are his biggest frustration", meta, [], [])
    assert bench.allowed("Jane Roe, Washington correspondent", meta, [], [])
    assert bench.allowed("Updated 12:41 GMT, 24 July 2015", meta, [], [])
    assert bench.allowed("Photo by Joan Bardeletti", meta, [], [])
    assert not bench.allowed("Home Politics World Business Opinion Subscribe", meta, [], [])


def test_split_is_stable():
    assert bench.aside("bbc-1") == bench.aside("bbc-1")
    assert {bench.aside(f"page-{n}") for n in range(30)} == {True, False}


def test_skips_cleanly_without_the_pages(tmp_path):
    script = Path(bench.__file__)
    out = subprocess.run([sys.executable, str(script), "--real", str(tmp_path / "absent")], capture_output=True,
                         text=True, check=True).stdout
    assert "skipped" in out
