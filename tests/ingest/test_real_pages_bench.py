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


def test_broad_split_keeps_the_listed_pages_split_and_sets_a_third_aside():
    from benchmarks import broad_pages

    listed = {"bbc.com.news": "tuned", "reuters.com.world": "aside"}
    assert not broad_pages.aside("bbc.com.news.html", listed)
    assert broad_pages.aside("reuters.com.world.html", listed)
    share = sum(broad_pages.aside(f"page-{n}.html", {}) for n in range(3000)) / 3000
    assert 0.28 < share < 0.38


def test_broad_pairing_names_changed_tuned_pages_and_gives_an_interval(capsys):
    from benchmarks import broad_pages

    base = {"split": "tuned", "pages": {"a.html": [1, 2, 3, 3], "b.html": [2, 2, 1, 2], "c.html": [0, 1, 1, 1]}}
    now = {"a.html": (2, 2, 3, 3), "b.html": (2, 2, 1, 2), "c.html": (0, 1, 1, 1)}
    broad_pages.paired(base, now, "tuned")
    out = capsys.readouterr().out
    assert "1 pages changed, items right +1" in out and "a.html: must show 1 -> 2/2" in out and "b.html" not in out
    broad_pages.paired({**base, "split": "aside"}, now, "aside")
    assert "a.html" not in capsys.readouterr().out  # aside: the aggregate only


def test_broad_language_reads_the_declared_language(tmp_path):
    from benchmarks import broad_pages

    for name, head, lang in [("a", "<html lang='en-GB'>", "en"), ("b", '<HTML class="x" LANG="de">', "de"),
                             ("c", "<html>", "other"), ("d", "<html lang=fr>", "other")]:
        (tmp_path / name).write_text(f"{head}<body>x</body></html>")
        assert broad_pages.language(tmp_path / name) == lang


def test_a_dek_is_read_from_the_page_structure():
    body = "The council voted on Tuesday to close the old harbour road to lorries from the first of next month onwards."
    page = ("<html><body><nav><a href='/'>Home</a></nav><h1>Harbour road closes to lorries</h1>"
            "<p>Residents had asked for the change for a decade, and the port is not happy</p>"
            "<p>By Ann Lee</p><div class='story-standfirst'><span>Traders say the detour adds an hour to every "
            "delivery</span></div><figure><figcaption>The harbour road at dawn on a quiet weekday</figcaption></figure>"
            f"<p>{body}</p><p>A second paragraph that stands after the body starts is no dek at all.</p></body></html>")
    deks = bench.dek_texts(page, [body])
    assert deks == [bench.squash("Residents had asked for the change for a decade, and the port is not happy"),
                    bench.squash("Traders say the detour adds an hour to every delivery")]
    assert bench.is_dek("Residents had asked for the change for a decade, and the port is not happy", deks)
    assert not bench.is_dek("A second paragraph that stands after the body starts is no dek at all.", deks)


def test_no_dek_before_a_later_headline_nor_a_mostly_linked_line():
    body = "Ministers agreed a new timetable for the rail works after a long night of talks in the capital city."
    page = ("<html><body><h1>Daily Gazette</h1><p>Read our most popular stories from the week right here</p>"
            "<h1>Rail works get a new timetable</h1><p><a href='/a'>Latest news from the rail network and "
            f"beyond</a></p><p>{body}</p></body></html>")
    assert bench.dek_texts(page, [body]) == []


def test_aeb_gold_blocks_drop_only_a_paywall_cut_at_the_end():
    from benchmarks import aeb_pages

    body = "The mayor spoke first.\n\nSo frustrating …\nThe rest is for subscribers..."
    assert aeb_pages.gold_blocks(body) == ["The mayor spoke first.", "So frustrating …", "The rest is for subscribers"]


def test_aeb_split_is_stable_and_sets_a_third_aside():
    from benchmarks import aeb_pages

    share = sum(aeb_pages.aside(f"{n:064x}") for n in range(3000)) / 3000
    assert 0.28 < share < 0.38 and aeb_pages.aside("abc") == aeb_pages.aside("abc")


def test_aeb_decided_lines_are_read_from_structure_and_form():
    # the coordinator's session-22 decisions: link lists, shop boxes, affiliate notes and promo lines are furniture
    import lxml.html

    from benchmarks import aeb_pages

    page = lxml.html.fromstring(
        "<html><body><div class='post'><p>The council voted on the harbour plan on Tuesday night after a long debate "
        "about the cost of the new quay and the ferry timetable.</p><blockquote><p>We will build it.</p></blockquote>"
        "<p><a href='https://example.com/r'>[ The Ledger ]</a></p></div><div class='box'><h2>Story Timeline</h2><ul>"
        "<li><a href='/a'>Harbour plan goes to a vote</a></li><li><a href='/b'>Council delays the quay</a></li></ul>"
        "</div><div class='shop-callout'><a href='/p'>Buy Now</a></div></body></html>")
    for line in ["Story Timeline", "Council delays the quay", "Buy Now",
                 "FTC: We use income earning auto affiliate links. More.", "Sign up for our morning newsletter.",
                 "Click here to get the full results.", "Follow The Ledger on Facebook and Twitter."]:
        assert aeb_pages.decided(page, line), line
    for line in ["The council voted on the harbour plan on Tuesday night", "[ The Ledger ]", "We will build it."]:
        assert not aeb_pages.decided(page, line), line


def test_aeb_wordless_blocks_and_contributor_lines_are_told_apart():
    from benchmarks import aeb_pages

    for line in ("___", "* * *", " — "):
        assert aeb_pages.line_kind(line) == aeb_pages.WORDLESS, line
    for line in ("Dana Lowe contributed reporting from Lisbon.", "Ferry News' Sam Roe contributed to this report.",
                 "Transit Wire writers Ana Ruiz, Jo Park and Lee Chen contributed to this story.",
                 "Pat Quinn and Mo Diaz contributed.", "Additional reporting by Kim Ode"):
        assert aeb_pages.line_kind(line) == aeb_pages.CONTRIBUTOR, line
    for line in ("The donor contributed $5 million to the campaign last year.",
                 "She said the rain contributed to the delay, and the council agreed.", "A 3-2 vote", "2026"):
        assert aeb_pages.line_kind(line) is None, line
