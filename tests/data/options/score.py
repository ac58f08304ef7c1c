"""Score the options analyser against the hand-checked set in this folder.

    .venv/bin/python tests/data/options/score.py [-v]
        [--split dev|dev-1|dev-2|dev-3|dev-4|dev-5|dev-6|dev-7|dev-8|dev-9|dev-10|held|held-1|held-2|held-3|held-4|held-5|held-6|
                 held-7|held-8|news-s13|news-s13-aside|news-s14|news-s14-aside|news-s15|news-s15-aside|news-s15b|
                 news-s15b-aside|news-s15c|news-s15c-aside|
                 news-s15d|news-s15d-aside|news-s15e|news-s15e-aside|news-s15f|news-s15f-aside|news-s15g|news-s15g-aside|
                 news-s18|news-s18-aside|news-s18b|news-s18b-aside|news-held-s14|news-held-s14b|news-held-s15|news-tuned|news-fit|news-aside|ed-s17|ed-s17-aside|
                 ed-s17b|ed-s17b-aside|ed-s17c|ed-s17c-aside|opinion-s17|opinion-s17-aside|validation-s18|validation-s19|all]

gold.json holds, per article in articles/, its split ("dev": tuned on; "held": kept aside) and
the options a careful reader finds: evidence (an exact substring), summary, the author's stance
(null when the author takes no side) and positions of other actors. A found option matches a gold
one when their evidence spans overlap (one-to-one, largest overlap first). Printed: option
recall, precision, the author's stance accuracy over matched options (also per gold class) and
the share of gold positions found with the right stance.

The held part comes in two batches: "held-1" (11 pieces, read while the set was built) and
"held-2" (entries with "batch": "blind-2": 18 editorials picked by a fixed rule, the first six
per outlet in file-name order not yet in the set, labelled from the text before the analyser was
ever run on them). Only aggregate figures are looked at on either batch. The dev part too has a
later batch, "dev-2" ("batch": "tune-2": the next four per outlet by the same rule, labelled in
the fourth session before the analyser ran on them, then tuned on), and "dev-3" ("tune-3": the next
two per outlet, the same way); "dev-1" is the first. "dev-4" ("fresh-9", ninth session) is 10 short op-eds written
by the options tuner (own-*), labelled and committed before the analyser ran on them, scored once as a fresh
figure, then tuned on; "dev-5" ("fresh-9b") is a second such batch of 8, written after the rules were fitted to
dev-4, and "dev-6" ("fresh-9c") a third of 8, after the fit to dev-5;
"dev-7" ("fresh-9d") six more (four without an argued course of the author's), after the fit to dev-6; "dev-8" ("fresh-9e")
six more after the fit to dev-7; "dev-9" ("fresh-9f") six more at the end,
scored once with the final rules. "dev-10" ("read-v2", tenth session) is the 60 real editorials that earlier tuners
read without labels (SELECTION-read-7.md, SELECTION-read-8.md), labelled by v2 from the text alone by a helper who
tunes no rule, before the analyser's options on them were looked at: tuned data (`--split dev-10` scores it alone).

"held-3" ("batch": "blind-3", fifth session) is a measurement-only batch: the last four editorials
per outlet in file-name order not yet in the set, chosen by that rule before they were read and
labelled by a helper who tunes no rule, before the analyser ever ran on them. "held" keeps meaning
held-1 and held-2 (so figures stay comparable across the session); "all" takes held-3 in.

"held-4" ("batch": "blind-4", sixth session) is measurement-only too and lives in its own file,
gold-blind-4.json, which only `--split held-4` reads: it is in no other split, not in "all", and no
test loads it. Its 12 editorials were chosen by a rule fixed before any was read (per outlet, the last
four in file-name order not yet in gold.json, i.e. the four before blind-3's) and labelled from the
text by a helper who tunes no rule, before the analyser ever ran on them.

By default (`--gold v2`, since the seventh session) it scores against gold-v2.json: every piece relabelled by
convention v2 (README.md); `--gold v1` scores against gold.json, the earlier convention. Under v2 an
entry is one argued course with `evidence` and optional `also_evidence` spans; a found option matches
an entry when it overlaps any of them (one to one), and a further found option overlapping an already
matched entry is "absorbed": neither a hit nor spurious. Splits and batches are as in gold.json; held-4's
v2 labels are in gold-v2-blind-4.json, read only by `--split held-4 --gold v2`.

"held-5" ("batch": "blind-5", seventh session) is measurement-only too, labelled by convention v2 only, in
gold-v2-blind-5.json, which only `--split held-5` (v2; there is no v1 gold for it) reads: in no other split,
not in "all", and no test loads it. Its 12 editorials were chosen by a rule committed before any was read
(SELECTION-blind-5.md: per outlet the last four in file-name order not yet in the set, i.e. the four before
blind-4's) and labelled from the text by a helper who tunes no rule, before the analyser ever ran on them.

"held-6" ("batch": "blind-6", eighth session) is measurement-only the same way: v2 labels only, in
gold-v2-blind-6.json, read only by `--split held-6` (v2): in no other split, not in "all", no figure in any
test. Its 12 editorials were chosen by a rule committed before any was read (SELECTION-blind-6.md: the
pieces in no part of the set, outside the genre held part and the tuner's read batches; every remaining
foxnews and guardian piece and the first six remaining aljazeera ones) and labelled from the text by a helper
who tunes no rule, before the analyser ever ran on them.

"held-7" ("batch": "blind-7", ninth session) is measurement-only the same way: v2 labels only, in
gold-v2-blind-7.json, read only by `--split held-7` (v2): in no other split, not in "all", no figure in any
test. Its 7 editorials are every piece then in no part of the set (SELECTION-blind-7.md, committed before any
was read: the Al Jazeera pieces 212-228), labelled from the text by a helper who tunes no rule, before the
analyser ever ran on them. Small and single-outlet: its figures are noisy.

"held-8" ("batch": "blind-8", ninth session) is measurement-only the same way (gold-v2-blind-8.json, v2 only,
read only by `--split held-8`), but its 8 pieces (blind8-*) were written for it by that helper once the
editorial corpus was used up (SELECTION-blind-8.md), labelled and committed with the texts before the analyser
ever ran on them. The writer's own labels: report it apart from the real-editorial batches.

"news-s13" and "news-s13-aside" (thirteenth session) are real news reports, not editorials: 30 PolNeAR train
pieces of the tuned part of scripts/score_split.py chosen by the rule in SELECTION-news-s13.md (written before
any was read), labelled by v2 from the text alone in gold-v2-news-s13.json before the analyser ran on them. The
texts are read from the shared corpus (../shared/corpora/polnear-train/text), not copied here. "news-s13" (20
reports) is tuned on after one fresh score; "news-s13-aside" (10) is kept aside: aggregate figures only (-v
prints nothing for it). Neither is in "all" or any other split. "news-s14" (20) and "news-s14-aside" (5)
(fourteenth session, gold-v2-news-s14.json) are 25 more such reports by the rule of SELECTION-news-s14.md (another
salt, news-s13's pieces left out), the same way. "news-s15" (24) and "news-s15-aside" (6) (fifteenth session,
gold-v2-news-s15.json) are 30 more by the rule of SELECTION-news-s15.md (another salt, at most 5 per publisher,
news-s13's and news-s14's pieces left out), labelled by a helper who tunes no rule, kept the same way; "news-s15b"
(24) and "news-s15b-aside" (6) (gold-v2-news-s15b.json) are 30 more by SELECTION-news-s15b.md (another salt,
news-s15's pieces left out too), the same way; "news-s15c" (24) and "news-s15c-aside" (6) (gold-v2-news-s15c.json) are
30 more by SELECTION-news-s15c.md (news-s15b's pieces left out too); "news-s15d" (24) and "news-s15d-aside" (6) are
30 more by SELECTION-news-s15d.md (news-s15c's left out too); "news-s15e" (24) and "news-s15e-aside" (6) 30 more by
SELECTION-news-s15e.md (news-s15d's and judged_news.py's sample left out too); "news-s15f" (24) and "news-s15f-aside"
(6) 30 more by SELECTION-news-s15f.md (news-s15e's left out too); "news-s15g" (24) and "news-s15g-aside" (6) 30 more by
SELECTION-news-s15g.md (news-s15f's left out too).
"news-tuned" is every tuned news part together (news-s13, news-s14, news-s15 ... news-s15g; -v lists their misses),
"news-aside" every news aside part together (aggregate only); neither holds a held batch.
"news-fit" (sixteenth session) is news-tuned without news-s15e and news-s15g, the session's options validation
batches: those two are scored aggregate only (-v prints nothing for them, also under "news-tuned").
"news-s18" (14) and "news-s18-aside" (6) (eighteenth session, gold-v2-news-s18.json) are 20 tuned PolNeAR news
reports with policy content, in no earlier batch, sample or file here, chosen by the rule of SELECTION-news-s18.md
(`news_s18_selection()`: at least 3 call/position-verb matches, `POLICY_CUE_RE`; CRC-32 order with the salt
"news-s18:", at most 4 per publisher; committed before any was read), labelled by v2 from the text alone before the
analyser ran on them. In the eighteenth session both are aggregate only (-v prints nothing for them) and in no group
(FRESH); "news-s18" is tuned from the next session, the aside never. "news-s18b" (14) and "news-s18b-aside" (6)
(gold-v2-news-s18b.json) are 20 more by the rule of SELECTION-news-s18b.md (another salt, at least 2 matches,
news-s18's pieces left out), kept the same way.

"ed-s17" (14) and "ed-s17-aside" (6) (seventeenth session, gold-v2-ed-s17.json) are real opinion pieces, not news: the
editorial corpus being used up, 20 op-eds, columns, editorials and blogs of PolNeAR's tuned part (kind O of
polnear_not_news.tsv) chosen by the rule of SELECTION-ed-s17.md (`ed_s17_selection()`, committed before any was read),
labelled by v2 from the text alone before the analyser ran on them; texts read from the shared corpus. In the
seventeenth session both are aggregate only for everyone (-v prints nothing for them; the session's unread check);
neither is in "all" or any group. "ed-s17b" (14) and "ed-s17b-aside" (6) (gold-v2-ed-s17b.json) are 20 more by the rule
of SELECTION-ed-s17b.md (another salt, analysis pieces, kind A, taken too; ed-s17's left out), kept the same way;
"ed-s17c" (6) and "ed-s17c-aside" (2) (gold-v2-ed-s17c.json) the 8 USA TODAY pieces left in that pool (SELECTION-ed-s17c.md).
"opinion-s17" is the three tuned parts together, "opinion-s17-aside" the three asides (aggregate only, as their parts).
From the eighteenth session (the coordinator's answer to the seventeenth labeller) "ed-s17" is tuned (-v lists its
misses: TUNED_OPINION); the tuned parts of "ed-s17b" and "ed-s17c" are the opinion validation batches
(OPINION_VALIDATION: aggregate only, as news-s15e/-s15g); the asides and "opinion-s17" stay aggregate only.
"validation-s18" is the eighteenth session's validation figure: news-s15e, news-s15g, ed-s17b and ed-s17c together (one
figure and one --paired interval; aggregate only). From the nineteenth session "news-s18" is tuned (in news-tuned and
news-fit; -v lists its misses), "news-s18b" a validation batch (in news-tuned, not news-fit; aggregate only) and both
asides in news-aside; "validation-s19" is validation-s18 with news-s18b.

"news-held-s14" (fourteenth session) is MEASUREMENT ONLY: 28 PolNeAR train news reports of the HELD part of
scripts/score_split.py (CRC-32 of the stem 0 mod 5, which no options tuner lists), chosen by the rule in
SELECTION-news-held-s14.md (committed before any was read; `news_held_s14_selection()`), labelled by v2 from the
text alone in gold-v2-news-held-s14.json by the held-data writer before the analyser ran on them. Aggregate
figures only (-v prints nothing for it); in no other split, not in "all", no figure in any test. Its one fresh
score (main 45315ee): recall .30, precision .32, stance .92, positions .47 (README.md).
"news-held-s14b" (gold-v2-news-held-s14b.json) is a second batch of 28 such reports by the rule of
SELECTION-news-held-s14b.md (another salt, news-held-s14's pieces left out), kept the same way; its one fresh
score (rules of main dbf4f3d): recall .50, precision .34, stance .85, positions .48.
"news-held-s15" (fifteenth session, gold-v2-news-held-s15.json) is a third batch of 30 held reports by the rule of
SELECTION-news-held-s15.md (another salt, at most 5 per publisher, both earlier held batches' pieces left out;
`news_held_s15_selection()`), labelled by the session's held-data writer who tunes no rule, kept the same way:
aggregate figures only, in no other split or group, no figure in any test.
"""
from __future__ import annotations

import argparse
import functools
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefing_app.analysis import analyse  # noqa: E402

STOP = {"the", "a", "an", "of", "s", "some", "and"}


def load(split: str = "", gold: str = "v2") -> dict[str, Any]:
    """The gold entries: gold-v2.json's (gold-v2-blind-4.json's for the measurement-only split "held-4"), or
    with gold="v1" gold.json's (gold-blind-4.json's for "held-4"); a news or opinion group is the union of its parts."""
    if split in NEWS_GROUPS or split in OPINION_GROUPS:
        if gold != "v2":
            raise ValueError(f"{split} has v2 labels only")
        parts = NEWS_GROUPS.get(split) or OPINION_GROUPS[split]
        return {name: entry for part in parts for name, entry in load(part).items()}
    if split in V2_ONLY:
        if gold != "v2":
            raise ValueError(f"{split} has v2 labels only ({V2_ONLY[split]})")
        name = V2_ONLY[split]
    elif gold == "v2":
        name = "gold-v2-blind-4.json" if split == HELD_4 else "gold-v2.json"
    else:
        name = "gold-blind-4.json" if split == HELD_4 else "gold.json"
    entries: dict[str, Any] = json.loads((HERE / name).read_text(encoding="utf-8"))["articles"]
    if split in NEWS or split in OPINION:
        entries = {k: e for k, e in entries.items() if e["split"] == split}
    return entries


def _same_actor(gold: str, found: str) -> bool:
    g = set(re.findall(r"\w+", gold.lower())) - STOP
    f = set(re.findall(r"\w+", found.lower())) - STOP
    return bool(g & f)


# later batches; "-1" is the rest
BATCHES = {"dev-2": "tune-2", "dev-3": "tune-3", "dev-4": "fresh-9", "dev-5": "fresh-9b", "dev-6": "fresh-9c", "dev-7": "fresh-9d",
           "dev-8": "fresh-9e", "dev-9": "fresh-9f", "dev-10": "read-v2",
           "held-2": "blind-2", "held-3": "blind-3"}
APART = {"blind-3"}  # batches reported only on their own (and in "all"), not in their split's figure
SPLITS = ["dev", "dev-1", "dev-2", "dev-3", "dev-4", "dev-5", "dev-6", "dev-7", "dev-8", "dev-9", "dev-10",
          "held", "held-1", "held-2", "held-3"]
HELD_4 = "held-4"  # gold-blind-4.json, read only when asked for by name
HELD_5 = "held-5"  # gold-v2-blind-5.json (v2 only), read only when asked for by name
HELD_6 = "held-6"  # gold-v2-blind-6.json (v2 only), read only when asked for by name
HELD_7 = "held-7"  # gold-v2-blind-7.json (v2 only), read only when asked for by name
HELD_8 = "held-8"  # gold-v2-blind-8.json (v2 only; pieces written for it), read only when asked for by name
NEWS = {"news-s13": "gold-v2-news-s13.json", "news-s13-aside": "gold-v2-news-s13.json",
        "news-s14": "gold-v2-news-s14.json", "news-s14-aside": "gold-v2-news-s14.json",
        "news-s15": "gold-v2-news-s15.json", "news-s15-aside": "gold-v2-news-s15.json",
        "news-s15b": "gold-v2-news-s15b.json", "news-s15b-aside": "gold-v2-news-s15b.json",
        "news-s15c": "gold-v2-news-s15c.json", "news-s15c-aside": "gold-v2-news-s15c.json",
        "news-s15d": "gold-v2-news-s15d.json", "news-s15d-aside": "gold-v2-news-s15d.json",
        "news-s15e": "gold-v2-news-s15e.json", "news-s15e-aside": "gold-v2-news-s15e.json",
        "news-s15f": "gold-v2-news-s15f.json", "news-s15f-aside": "gold-v2-news-s15f.json",
        "news-s15g": "gold-v2-news-s15g.json", "news-s15g-aside": "gold-v2-news-s15g.json",
        "news-s18": "gold-v2-news-s18.json", "news-s18-aside": "gold-v2-news-s18.json",
        "news-s18b": "gold-v2-news-s18b.json", "news-s18b-aside": "gold-v2-news-s18b.json",
        "news-held-s14": "gold-v2-news-held-s14.json",
        "news-held-s14b": "gold-v2-news-held-s14b.json",
        "news-held-s15": "gold-v2-news-held-s15.json"}  # PolNeAR news reports
# the fresh batches of the current session (aggregate only for everyone but its labeller that session, in no group:
# news-tuned, news-fit and news-aside keep their pieces through the session). The eighteenth session's news-s18 and
# news-s18b joined the groups in the nineteenth: news-s18 tuned, news-s18b a validation batch, their asides aside.
FRESH: tuple[str, ...] = ()
# every tuned news part together, and every news aside part together (aggregate only); never a held batch
NEWS_GROUPS = {"news-tuned": [k for k in NEWS if "held" not in k and not k.endswith("-aside") and k not in FRESH],
               "news-aside": [k for k in NEWS if "held" not in k and k.endswith("-aside") and k not in FRESH]}
# options validation batches (tuned, unread: aggregate only): the sixteenth session's two, news-s18b from the nineteenth
VALIDATION = ("news-s15e", "news-s15g", "news-s18b")
NEWS_GROUPS["news-fit"] = [k for k in NEWS_GROUPS["news-tuned"] if k not in VALIDATION]
# real opinion pieces of PolNeAR's tuned part (SELECTION-ed-s17.md); the seventeenth session's unread check: aggregate
# only for everyone that session (-v prints nothing for them); "ed-s17" tuned from the next session, the aside never
OPINION = {"ed-s17": "gold-v2-ed-s17.json", "ed-s17-aside": "gold-v2-ed-s17.json",
           "ed-s17b": "gold-v2-ed-s17b.json", "ed-s17b-aside": "gold-v2-ed-s17b.json",
           "ed-s17c": "gold-v2-ed-s17c.json", "ed-s17c-aside": "gold-v2-ed-s17c.json"}
# tuned from the eighteenth session (coordinator's answer in the seventeenth closing note): -v lists ed-s17's misses;
# the tuned parts of ed-s17b and ed-s17c are the opinion validation batches (aggregate only), every aside stays aside
TUNED_OPINION = ("ed-s17",)
OPINION_VALIDATION = ("ed-s17b", "ed-s17c")
# the opinion batches together (one figure, one interval), tuned parts and asides apart
OPINION_GROUPS = {"opinion-s17": [k for k in OPINION if not k.endswith("-aside")],
                  "opinion-s17-aside": [k for k in OPINION if k.endswith("-aside")],
                  # the eighteenth session's validation (tuned, unread: aggregate only): news and opinion together
                  "validation-s18": ["news-s15e", "news-s15g", *OPINION_VALIDATION],
                  # the nineteenth session's: the same with news-s18b
                  "validation-s19": [*VALIDATION, *OPINION_VALIDATION]}
V2_ONLY = {HELD_5: "gold-v2-blind-5.json", HELD_6: "gold-v2-blind-6.json",
           HELD_7: "gold-v2-blind-7.json", HELD_8: "gold-v2-blind-8.json",
           **NEWS, **OPINION}  # batches in files of their own, v2 labels only
NEWS_TEXTS = ROOT.parent / "shared" / "corpora" / "polnear-train" / "text"  # the news batches' texts (not copied here)


def salted_pick(pool: Iterable[str], salt: str, size: int, cap: int,
                group: Callable[[str], str] = lambda stem: stem.split("_")[0]) -> list[str]:
    """The pieces of `pool` in ascending CRC-32 of `salt` + name, at most `cap` per group (a PolNeAR stem's publisher
    by default), the first `size` of them: the shape of every SELECTION-*.md rule of this folder."""
    import zlib
    per_group: Counter[str] = Counter()
    chosen: list[str] = []
    for name in sorted(pool, key=lambda name: zlib.crc32((salt + name).encode())):
        if per_group[group(name)] < cap and len(chosen) < size:
            per_group[group(name)] += 1
            chosen.append(name)
    return chosen


def _news_selection(salt: str, size: int, exclude: frozenset[str] = frozenset(),
                    texts: Path = NEWS_TEXTS, held_part: bool = False, cap: int = 6) -> list[str]:
    """Tuned (with `held_part`: held) PolNeAR news reports of 150-1,200 words not in `exclude`, in ascending CRC-32
    of `salt + stem`, at most `cap` per publisher, the first `size` of them (SELECTION-news-s13.md / -s14.md /
    -held-s14.md)."""
    pool = [stem for stem in _news_pool(texts, held_part) if stem not in exclude]
    return salted_pick(pool, salt, size=size, cap=cap)


@functools.lru_cache(maxsize=4)
def _news_pool(texts: Path, held_part: bool) -> tuple[str, ...]:
    """The stems of the tuned (held) PolNeAR news reports of 150-1,200 words, in sorted order; read once per process
    (every batch's rule filters this pool, and each later rule recomputes the earlier ones)."""
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    from measure_genre import held, not_news_names  # the tuned/held rule of scripts/score_split.py
    not_news = not_news_names()
    return tuple(p.stem for p in sorted(texts.glob("*.txt")) if held(p.stem) == held_part and p.stem not in not_news
                 and 150 <= len(p.read_text(encoding="utf-8").split()) <= 1200)


def news_s13_selection(texts: Path = NEWS_TEXTS) -> dict[str, str]:
    """The rule of SELECTION-news-s13.md: piece name -> "news-s13" or "news-s13-aside"."""
    chosen = _news_selection("news-s13:", 30, texts=texts)
    return {name: "news-s13-aside" if i % 3 == 2 else "news-s13" for i, name in enumerate(chosen)}


def news_s14_selection(texts: Path = NEWS_TEXTS) -> dict[str, str]:
    """The rule of SELECTION-news-s14.md: piece name -> "news-s14" or "news-s14-aside" (every fifth), leaving out
    news-s13's 30 pieces."""
    s13 = frozenset(json.loads((HERE / "gold-v2-news-s13.json").read_text(encoding="utf-8"))["articles"])
    chosen = _news_selection("news-s14:", 25, s13, texts)
    return {name: "news-s14-aside" if i % 5 == 4 else "news-s14" for i, name in enumerate(chosen)}


def news_s15_selection(texts: Path = NEWS_TEXTS) -> dict[str, str]:
    """The rule of SELECTION-news-s15.md: piece name -> "news-s15" or "news-s15-aside" (every fifth), at most 5 per
    publisher, leaving out news-s13's and news-s14's pieces (the held batches' pieces are in the held part, outside
    the pool; left out by name all the same)."""
    done = frozenset(name for f in ("gold-v2-news-s13.json", "gold-v2-news-s14.json")
                     for name in json.loads((HERE / f).read_text(encoding="utf-8"))["articles"])
    held_batches = frozenset(news_held_s14_selection(texts)) | frozenset(news_held_s14b_selection(texts))
    chosen = _news_selection("news-s15:", 30, done | held_batches, texts, cap=5)
    return {name: "news-s15-aside" if i % 5 == 4 else "news-s15" for i, name in enumerate(chosen)}


def news_s15b_selection(texts: Path = NEWS_TEXTS) -> dict[str, str]:
    """The rule of SELECTION-news-s15b.md: news-s15's rule with the salt "news-s15b:" over the tuned pool without
    news-s13's, news-s14's and news-s15's pieces: piece name -> "news-s15b" or "news-s15b-aside" (every fifth)."""
    done = frozenset(name for f in ("gold-v2-news-s13.json", "gold-v2-news-s14.json")
                     for name in json.loads((HERE / f).read_text(encoding="utf-8"))["articles"])
    held_batches = frozenset(news_held_s14_selection(texts)) | frozenset(news_held_s14b_selection(texts))
    chosen = _news_selection("news-s15b:", 30, done | held_batches | frozenset(news_s15_selection(texts)), texts, cap=5)
    return {name: "news-s15b-aside" if i % 5 == 4 else "news-s15b" for i, name in enumerate(chosen)}


def news_s15c_selection(texts: Path = NEWS_TEXTS) -> dict[str, str]:
    """The rule of SELECTION-news-s15c.md: news-s15's rule with the salt "news-s15c:" over the tuned pool without
    news-s13's, news-s14's, news-s15's and news-s15b's pieces: piece name -> "news-s15c" or "news-s15c-aside"."""
    done = frozenset(name for f in ("gold-v2-news-s13.json", "gold-v2-news-s14.json")
                     for name in json.loads((HERE / f).read_text(encoding="utf-8"))["articles"])
    held_batches = frozenset(news_held_s14_selection(texts)) | frozenset(news_held_s14b_selection(texts))
    earlier = frozenset(news_s15_selection(texts)) | frozenset(news_s15b_selection(texts))
    chosen = _news_selection("news-s15c:", 30, done | held_batches | earlier, texts, cap=5)
    return {name: "news-s15c-aside" if i % 5 == 4 else "news-s15c" for i, name in enumerate(chosen)}


def news_s15d_selection(texts: Path = NEWS_TEXTS) -> dict[str, str]:
    """The rule of SELECTION-news-s15d.md: news-s15's rule with the salt "news-s15d:" over the tuned pool without the
    earlier news batches' pieces: piece name -> "news-s15d" or "news-s15d-aside" (every fifth)."""
    done = frozenset(name for f in ("gold-v2-news-s13.json", "gold-v2-news-s14.json")
                     for name in json.loads((HERE / f).read_text(encoding="utf-8"))["articles"])
    held_batches = frozenset(news_held_s14_selection(texts)) | frozenset(news_held_s14b_selection(texts))
    earlier = frozenset(news_s15_selection(texts)) | frozenset(news_s15b_selection(texts)) | frozenset(news_s15c_selection(texts))
    chosen = _news_selection("news-s15d:", 30, done | held_batches | earlier, texts, cap=5)
    return {name: "news-s15d-aside" if i % 5 == 4 else "news-s15d" for i, name in enumerate(chosen)}


def news_s15e_selection(texts: Path = NEWS_TEXTS) -> dict[str, str]:
    """The rule of SELECTION-news-s15e.md: news-s15's rule with the salt "news-s15e:" over the tuned pool without the
    earlier news batches' pieces and without judged_news.py's 80-report sample (so that sample, drawn from what no
    batch holds, keeps its pieces): piece name -> "news-s15e" or "news-s15e-aside"."""
    done = frozenset(name for f in ("gold-v2-news-s13.json", "gold-v2-news-s14.json")
                     for name in json.loads((HERE / f).read_text(encoding="utf-8"))["articles"])
    held_batches = frozenset(news_held_s14_selection(texts)) | frozenset(news_held_s14b_selection(texts))
    earlier = frozenset(name for rule in (news_s15_selection, news_s15b_selection, news_s15c_selection,
                                          news_s15d_selection) for name in rule(texts))
    # judged_news.py's sample (its rule: salt "judged-news-s15:", 80, at most 12 per publisher, no batch's piece),
    # computed without this batch, is left out, so that adding this batch leaves that sample as it is
    judged = frozenset(_news_selection("judged-news-s15:", 80, done | earlier, texts, cap=12))
    chosen = _news_selection("news-s15e:", 30, done | held_batches | earlier | judged, texts, cap=5)
    return {name: "news-s15e-aside" if i % 5 == 4 else "news-s15e" for i, name in enumerate(chosen)}


def news_s15f_selection(texts: Path = NEWS_TEXTS) -> dict[str, str]:
    """The rule of SELECTION-news-s15f.md: news-s15e's rule with the salt "news-s15f:", news-s15e's pieces left out too
    (judged_news.py's sample computed without this batch, as for news-s15e): name -> "news-s15f" / "news-s15f-aside"."""
    done = frozenset(name for f in ("gold-v2-news-s13.json", "gold-v2-news-s14.json")
                     for name in json.loads((HERE / f).read_text(encoding="utf-8"))["articles"])
    held_batches = frozenset(news_held_s14_selection(texts)) | frozenset(news_held_s14b_selection(texts))
    earlier = frozenset(name for rule in (news_s15_selection, news_s15b_selection, news_s15c_selection,
                                          news_s15d_selection, news_s15e_selection) for name in rule(texts))
    judged = frozenset(_news_selection("judged-news-s15:", 80, done | earlier, texts, cap=12))
    chosen = _news_selection("news-s15f:", 30, done | held_batches | earlier | judged, texts, cap=5)
    return {name: "news-s15f-aside" if i % 5 == 4 else "news-s15f" for i, name in enumerate(chosen)}


def news_s15g_selection(texts: Path = NEWS_TEXTS) -> dict[str, str]:
    """The rule of SELECTION-news-s15g.md: news-s15e's rule with the salt "news-s15g:", news-s15f's pieces left out too
    (judged_news.py's sample computed without this batch): name -> "news-s15g" / "news-s15g-aside"."""
    done = frozenset(name for f in ("gold-v2-news-s13.json", "gold-v2-news-s14.json")
                     for name in json.loads((HERE / f).read_text(encoding="utf-8"))["articles"])
    held_batches = frozenset(news_held_s14_selection(texts)) | frozenset(news_held_s14b_selection(texts))
    earlier = frozenset(name for rule in (news_s15_selection, news_s15b_selection, news_s15c_selection,
                                          news_s15d_selection, news_s15e_selection, news_s15f_selection)
                        for name in rule(texts))
    judged = frozenset(_news_selection("judged-news-s15:", 80, done | earlier, texts, cap=12))
    chosen = _news_selection("news-s15g:", 30, done | held_batches | earlier | judged, texts, cap=5)
    return {name: "news-s15g-aside" if i % 5 == 4 else "news-s15g" for i, name in enumerate(chosen)}


def news_held_s14_selection(texts: Path = NEWS_TEXTS) -> list[str]:
    """The rule of SELECTION-news-held-s14.md: the 28 HELD PolNeAR news reports of the batch, in the rule's order
    (at most 4 per publisher)."""
    return _news_selection("news-held-s14:", 28, texts=texts, held_part=True, cap=4)


def news_held_s14b_selection(texts: Path = NEWS_TEXTS) -> list[str]:
    """The rule of SELECTION-news-held-s14b.md: news-held-s14's rule with the salt "news-held-s14b:" over the held
    pool without news-held-s14's 28 pieces."""
    first = frozenset(news_held_s14_selection(texts))
    return _news_selection("news-held-s14b:", 28, first, texts=texts, held_part=True, cap=4)


def news_held_s15_selection(texts: Path = NEWS_TEXTS) -> list[str]:
    """The rule of SELECTION-news-held-s15.md: 30 HELD PolNeAR news reports in ascending CRC-32 of "news-held-s15:" +
    stem, at most 5 per publisher, over the held pool without news-held-s14's and news-held-s14b's pieces."""
    earlier = frozenset(news_held_s14_selection(texts)) | frozenset(news_held_s14b_selection(texts))
    return _news_selection("news-held-s15:", 30, earlier, texts=texts, held_part=True, cap=5)


def _named_in_options_files(skip: str = "") -> frozenset[str]:
    """PolNeAR stems named in the tuned files of this folder (labels, judged samples, SELECTION files): pieces some
    options helper has read; files whose name holds `skip` (a batch's own files) are not read. The held batches'
    files are not opened (their pieces are in the held part, outside every pool that uses this)."""
    import re as _re
    names: set[str] = set()
    for f in sorted(HERE.iterdir()):
        if "held" in f.name or f.name == "polnear_not_news.tsv" or f.suffix not in (".json", ".md") \
                or skip and skip in f.name:
            continue
        names.update(_re.findall(r"[a-z-]+_\d{4}-\d\d-\d\d_[\w-]+", f.read_text(encoding="utf-8")))
    return frozenset(names)


def _opinion_selection(salt: str, kinds: str, cap: int, skip: str, exclude: frozenset[str] = frozenset(),
                       texts: Path = NEWS_TEXTS) -> list[str]:
    """Opinion pieces of `kinds` in polnear_not_news.tsv, PolNeAR's TUNED part, 150-2,000 words, named in no file of
    this folder but the batch's own (`skip`) and not in `exclude`, in ascending CRC-32 of `salt` + stem, at most `cap`
    per publisher, the first 20 (SELECTION-ed-s17.md, SELECTION-ed-s17b.md)."""
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    from measure_genre import held  # the tuned/held rule of scripts/score_split.py
    rows = [line.split("\t") for line in (HERE / "polnear_not_news.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    named = _named_in_options_files(skip) | exclude
    pool = [stem for kind, stem in ((k.strip(), s.strip()) for k, s, *_ in rows)
            if kind in kinds and not held(stem) and stem not in named and (texts / f"{stem}.txt").is_file()
            and 150 <= len((texts / f"{stem}.txt").read_text(encoding="utf-8").split()) <= 2000]
    return salted_pick(pool, salt, size=20, cap=cap)


def ed_s17_selection(texts: Path = NEWS_TEXTS) -> dict[str, str]:
    """The rule of SELECTION-ed-s17.md: 20 real opinion pieces (op-eds, columns, editorials, blogs: kind "O" of
    polnear_not_news.tsv) of the TUNED part of PolNeAR, 150-2,000 words, named in no file of this folder (but the
    batch's own: none was named before it), in ascending CRC-32 of "ed-s17:" + stem, at most 5 per publisher: piece
    name -> "ed-s17" or "ed-s17-aside" (every third)."""
    chosen = _opinion_selection("ed-s17:", "O", 5, "ed-s17", texts=texts)
    return {name: "ed-s17-aside" if i % 3 == 2 else "ed-s17" for i, name in enumerate(chosen)}


def ed_s17b_selection(texts: Path = NEWS_TEXTS) -> dict[str, str]:
    """The rule of SELECTION-ed-s17b.md: ed-s17's rule with the salt "ed-s17b:" over opinion AND analysis pieces (kinds
    "O" and "A"), at most 8 per publisher, ed-s17's 20 left out: name -> "ed-s17b" or "ed-s17b-aside" (every third)."""
    chosen = _opinion_selection("ed-s17b:", "OA", 8, "ed-s17b", frozenset(ed_s17_selection(texts)), texts)
    return {name: "ed-s17b-aside" if i % 3 == 2 else "ed-s17b" for i, name in enumerate(chosen)}


# read by the labeller by mistake while writing ed-s17's rule (its first, faulty run): never in a fresh batch
READ_BY_LABELLER_S17 = frozenset({"usa-today_2016-07-07_with-clinton-fbi-s-bad-rep-grows"})


def ed_s17c_selection(texts: Path = NEWS_TEXTS) -> dict[str, str]:
    """The rule of SELECTION-ed-s17c.md: what ed-s17's and ed-s17b's rules leave of the opinion pool, letters pages
    (kind "L") taken too, without the piece the labeller read by mistake: every remaining piece (at most 20), in
    ascending CRC-32 of "ed-s17c:" + stem: name -> "ed-s17c" or "ed-s17c-aside" (every third)."""
    done = frozenset(ed_s17_selection(texts)) | frozenset(ed_s17b_selection(texts)) | READ_BY_LABELLER_S17
    chosen = _opinion_selection("ed-s17c:", "OAL", 20, "ed-s17c", done, texts)
    return {name: "ed-s17c-aside" if i % 3 == 2 else "ed-s17c" for i, name in enumerate(chosen)}


# call and position verbs (SELECTION-news-s18.md): the content rule of news-s18's pool counts their matches in a text
POLICY_CUE_RE = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|for)|should(?:n't)?|must|propos(?:e|es|ed|al|als)|plans? to"
    r"|support(?:s|ed)?|oppos(?:e|es|ed)|demand(?:s|ed)?|push(?:es|ed)? (?:for|to)|pledg(?:e|es|ed)|vow(?:s|ed)"
    r"|promis(?:e|es|ed) to|in favou?r of|back(?:s|ed)|reject(?:s|ed)?|ban|repeal)\b", re.I)


def _cue_selection(salt: str, min_cues: int, skip: str, exclude: frozenset[str] = frozenset(),
                   texts: Path = NEWS_TEXTS) -> list[str]:
    """Tuned PolNeAR news reports of 150-1,200 words in no earlier batch or sample (named in no tuned file of this
    folder but the batch's own, `skip`, and in no batch any selection function here computes, held ones included) and
    not in `exclude`, with at least `min_cues` matches of POLICY_CUE_RE, in ascending CRC-32 of `salt` + stem, at most 4
    per publisher, the first 20 (SELECTION-news-s18.md, SELECTION-news-s18b.md)."""
    done = set(_named_in_options_files(skip)) | exclude
    for rule in (news_s13_selection, news_s14_selection, news_s15_selection, news_s15b_selection, news_s15c_selection,
                 news_s15d_selection, news_s15e_selection, news_s15f_selection, news_s15g_selection,
                 news_held_s14_selection, news_held_s14b_selection, news_held_s15_selection):
        done.update(rule(texts))
    pool = [stem for stem in _news_pool(texts, False) if stem not in done
            and len(POLICY_CUE_RE.findall((texts / f"{stem}.txt").read_text(encoding="utf-8"))) >= min_cues]
    return salted_pick(pool, salt, size=20, cap=4)


def news_s18_selection(texts: Path = NEWS_TEXTS) -> dict[str, str]:
    """The rule of SELECTION-news-s18.md: 20 tuned PolNeAR news reports of 150-1,200 words in no earlier batch or
    sample, with at least 3 matches of POLICY_CUE_RE, in ascending CRC-32 of "news-s18:" + stem, at most 4 per
    publisher: piece name -> "news-s18" or "news-s18-aside" (the 3rd, 6th, ... 18th)."""
    chosen = _cue_selection("news-s18:", 3, "news-s18", texts=texts)
    return {name: "news-s18-aside" if i % 3 == 2 else "news-s18" for i, name in enumerate(chosen)}


def news_s18b_selection(texts: Path = NEWS_TEXTS) -> dict[str, str]:
    """The rule of SELECTION-news-s18b.md: news-s18's rule with the salt "news-s18b:" and at least 2 matches of
    POLICY_CUE_RE, news-s18's 20 left out: piece name -> "news-s18b" or "news-s18b-aside" (the 3rd, 6th, ... 18th)."""
    chosen = _cue_selection("news-s18b:", 2, "news-s18b", frozenset(news_s18_selection(texts)), texts)
    return {name: "news-s18b-aside" if i % 3 == 2 else "news-s18b" for i, name in enumerate(chosen)}


def article_text(name: str, split: str) -> str:
    """The text of a gold piece: articles/ here, or the shared PolNeAR corpus for the news batches."""
    folder = NEWS_TEXTS if split in NEWS or split in NEWS_GROUPS or split in OPINION or split in OPINION_GROUPS \
        else HERE / "articles"
    return (folder / f"{name}.txt").read_text(encoding="utf-8")


def in_split(entry: dict[str, Any], split: str) -> bool:
    """Whether a gold entry belongs to `split`: all, dev, held, or one batch (dev-1, dev-2, held-1, held-3, ...)."""
    if split == "all" or split == entry["split"] and entry.get("batch") not in APART:
        return True
    part, _, n = split.partition("-")
    if entry["split"] != part or not n:
        return False
    if n == "1":
        return entry.get("batch") not in {b for k, b in BATCHES.items() if k.startswith(part + "-")}
    return entry.get("batch") == BATCHES.get(split)


def match_spans(gold: list[tuple[int, int]], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pairs (gold index, found index) of overlapping spans, one to one, largest overlap first."""
    pairs = sorted(((min(ge, fe) - max(gs, fs), gi, fi) for gi, (gs, ge) in enumerate(gold)
                    for fi, (fs, fe) in enumerate(found) if gs < fe and fs < ge), reverse=True)
    used_g: set[int] = set()
    used_f: set[int] = set()
    matched = []
    for _, gi, fi in pairs:
        if gi not in used_g and fi not in used_f:
            used_g.add(gi)
            used_f.add(fi)
            matched.append((gi, fi))
    return matched


def match_entries(gold: list[list[tuple[int, int]]], found: list[tuple[int, int]]
                  ) -> tuple[list[tuple[int, int]], dict[int, int]]:
    """Gold entries with several spans against found spans (convention v2).

    Returns the one-to-one pairs (entry index, found index), largest overlap first, where a found span
    matches an entry when it overlaps any of the entry's spans (its overlap is the largest with any one
    span); and `absorbed`: found index -> entry index for the remaining found spans that overlap a span
    of a matched entry (neither hits nor spurious)."""
    def overlap(spans: list[tuple[int, int]], fs: int, fe: int) -> int:
        return max((min(ge, fe) - max(gs, fs) for gs, ge in spans if gs < fe and fs < ge), default=0)
    pairs = sorted(((ov, gi, fi) for gi, spans in enumerate(gold) for fi, (fs, fe) in enumerate(found)
                    if (ov := overlap(spans, fs, fe)) > 0), reverse=True)
    used_g: dict[int, int] = {}
    used_f: set[int] = set()
    for _, gi, fi in pairs:
        if gi not in used_g and fi not in used_f:
            used_g[gi] = fi
            used_f.add(fi)
    absorbed = {fi: gi for _, gi, fi in pairs if fi not in used_f and gi in used_g}
    return [(gi, fi) for gi, fi in used_g.items()], absorbed


def _entry_spans(text: str, option: dict[str, Any]) -> list[tuple[int, int]]:
    spans = []
    for ev in [option["evidence"], *option.get("also_evidence", [])]:
        start = text.index(ev)
        spans.append((start, start + len(ev)))
    return spans


def score(split: str = "all", verbose: bool = False, gold_version: str = "v2",
          pieces: set[str] | None = None) -> dict[str, Any]:
    """Figures for `split` against gold `gold_version`; `pieces`, when given, limits it to those articles."""
    tally: Counter[str] = Counter()
    per_class: Counter[str] = Counter()
    per_piece: list[tuple[int, int, int]] = []  # (gold, found, matched) per piece, in name order; no name kept
    for name, entry in sorted(load(split, gold_version).items()):
        if split not in (HELD_4, *V2_ONLY, *NEWS_GROUPS, *OPINION_GROUPS) and not in_split(entry, split) or \
                pieces is not None and name not in pieces:
            continue
        # misses on held / aside pieces are never printed
        show = verbose and entry["split"] in ("dev", *NEWS_GROUPS["news-fit"], *TUNED_OPINION)
        text = article_text(name, split)
        analysis = analyse(text)
        found = analysis.options
        aliases = {a.name: [a.name, *a.aliases] for a in analysis.actors}  # "Washington" is "United States"
        gold = []
        for g in entry["options"]:
            start = text.index(g["evidence"])
            gold.append((start, start + len(g["evidence"]), g))
        spans = [(o.start, o.end) for o in found]
        if gold_version == "v2":
            pairs, absorbed = match_entries([_entry_spans(text, g) for _, _, g in gold], spans)
        else:
            pairs, absorbed = match_spans([(gs, ge) for gs, ge, _ in gold], spans), {}
        used_g: set[int] = set()
        used_o: set[int] = set(absorbed)
        for gi, oi in pairs:
            used_g.add(gi)
            used_o.add(oi)
            g, o = gold[gi][2], found[oi]
            held_by = list(o.positions) + [q for fi, ei in absorbed.items() if ei == gi
                                                  for q in found[fi].positions]
            key = str(g["stance"])
            per_class[key + " total"] += 1
            if o.stance == g["stance"]:
                tally["stance_ok"] += 1
                per_class[key + " ok"] += 1
            elif show:
                print(f"  stance {name}: {o.summary!r} got {o.stance}, want {g['stance']}")
            for p in g["positions"]:
                tally["positions"] += 1
                tally["positions_ok"] += any(q.stance == p["stance"] and any(
                    _same_actor(p["actor"], name) for name in aliases.get(q.actor, [q.actor])) for q in held_by)
        tally["gold"] += len(gold)
        tally["found"] += len(found) - len(absorbed)
        tally["absorbed"] += len(absorbed)
        tally["matched"] += len(used_g)
        per_piece.append((len(gold), len(found) - len(absorbed), len(used_g)))
        if show:
            for gi, (_, _, g) in enumerate(gold):
                if gi not in used_g:
                    print(f"  missed {name}: {g['evidence'][:90]!r}")
            for oi, o in enumerate(found):
                if oi in absorbed:
                    print(f"  absorbed {name}: {o.summary!r} <- {text[o.start:o.end][:80]!r}")
                elif oi not in used_o:
                    print(f"  spurious {name}: {o.summary!r} ({o.stance}) <- {text[o.start:o.end][:80]!r}")
    matched = tally["matched"]
    return {
        "split": split,
        "gold": tally["gold"],
        "found": tally["found"],
        "absorbed": tally["absorbed"],
        "recall": matched / tally["gold"] if tally["gold"] else 1.0,
        "precision": matched / tally["found"] if tally["found"] else 1.0,
        "stance_accuracy": tally["stance_ok"] / matched if matched else 0.0,
        "positions_found": tally["positions_ok"] / tally["positions"] if tally["positions"] else 1.0,
        "per_class": {k: f"{per_class[k + ' ok']}/{per_class[k + ' total']}"
                      for k in sorted({k.rsplit(' ', 1)[0] for k in per_class})},
        "pieces": per_piece,
    }


def _ratios(pieces: list[tuple[int, int, int]], picks: list[int]) -> tuple[float, float]:
    gold = sum(pieces[i][0] for i in picks)
    found = sum(pieces[i][1] for i in picks)
    matched = sum(pieces[i][2] for i in picks)
    return matched / gold if gold else 1.0, matched / found if found else 1.0


def interval(pieces: list[tuple[int, int, int]], rounds: int = 2000, level: float = 0.9,
             seed: int = 17) -> dict[str, tuple[float, float]]:
    """Bootstrap interval of recall and precision over pieces: `pieces` are (gold, found, matched) per piece; pieces
    are drawn with replacement `rounds` times (seeded), each draw's figures are ratios of sums, and the central `level`
    of them is the interval. Small batches move a lot: a change inside it is not a change."""
    import random
    rng = random.Random(seed)
    n = len(pieces)
    draws = [_ratios(pieces, [rng.randrange(n) for _ in range(n)]) for _ in range(rounds)] if n else [(1.0, 1.0)]
    return _central(draws, level)


def _central(draws: list[tuple[float, float]], level: float) -> dict[str, tuple[float, float]]:
    """The central `level` of the draws' recall and precision values."""
    lo, hi = int(len(draws) * (1 - level) / 2), int(len(draws) * (1 + level) / 2) - 1
    out = {}
    for k, name in enumerate(("recall", "precision")):
        values = sorted(d[k] for d in draws)
        out[name] = (values[lo], values[max(lo, hi)])
    return out


def paired_difference(before: list[tuple[int, int, int]], after: list[tuple[int, int, int]], rounds: int = 2000,
                      level: float = 0.9, seed: int = 17) -> dict[str, tuple[float, float]]:
    """Bootstrap interval of after - before (recall, precision) with the same pieces drawn for both runs (the two
    lists hold the same pieces in the same order): a paired reading of a start -> end change on one batch."""
    import random
    if len(before) != len(after):
        raise ValueError("the two runs hold different pieces")
    rng = random.Random(seed)
    n = len(before)
    draws = []
    for _ in range(rounds if n else 1):
        picks = [rng.randrange(n) for _ in range(n)] if n else []
        (r0, p0), (r1, p1) = _ratios(before, picks), _ratios(after, picks)
        draws.append((r1 - r0, p1 - p0))
    return _central(draws, level)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=[*SPLITS, HELD_4, *V2_ONLY, *NEWS_GROUPS, *OPINION_GROUPS, "all"], default="all")
    ap.add_argument("--gold", choices=["v1", "v2"], default="v2",
                    help="v2 (default): gold-v2.json (README.md, convention v2); v1: gold.json (one entry per argued statement)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses on dev pieces (never on held ones)")
    ap.add_argument("--same-pieces", action="store_true",
                    help="only the pieces gold-v2.json holds (to compare v1 and v2 gold on the same articles)")
    ap.add_argument("--ci", action="store_true", help="print a 90%% bootstrap interval (pieces resampled) of recall "
                    "and precision")
    ap.add_argument("--save-tally", type=Path, help="write the per-piece counts (gold, found, matched; no names) of "
                    "one split to this file, for a later --paired run")
    ap.add_argument("--paired", type=Path, help="a --save-tally file of an earlier run of the same split: print the "
                    "90%% paired bootstrap interval of the change in recall and precision")
    ap.add_argument("--screen", type=float, help="switch the learned options screen on at this threshold "
                    "(briefing_app/analysis/options/screen.py; off by default: docs/options-screen.md)")
    args = ap.parse_args()
    if args.screen is not None:
        from briefing_app.analysis.options import screen
        screen.THRESHOLD = args.screen
    if (args.save_tally or args.paired) and args.split == "all":
        ap.error("--save-tally / --paired need one --split")
    if (args.split in V2_ONLY or args.split in NEWS_GROUPS or args.split in OPINION_GROUPS) and args.gold != "v2":
        ap.error(f"{args.split} has v2 labels only: use --gold v2")
    splits = SPLITS if args.split == "all" else [args.split]
    pieces = set(load("", "v2")) | set(load(HELD_4, "v2")) if args.same_pieces else None
    for split in splits:
        r = score(split, args.verbose, args.gold, pieces)
        extra = f" absorbed {r['absorbed']:2d}" if args.gold == "v2" else ""
        print(f"{split:6s} gold {r['gold']:3d} found {r['found']:3d}{extra}  recall {r['recall']:.2f}  precision "
              f"{r['precision']:.2f}  stance {r['stance_accuracy']:.2f}  positions {r['positions_found']:.2f}  "
              f"per class {r['per_class']}")
        if args.ci:
            ci = interval(r["pieces"])
            print(f"{'':6s} 90% interval over {len(r['pieces'])} pieces: recall {ci['recall'][0]:.2f}-{ci['recall'][1]:.2f}"
                  f"  precision {ci['precision'][0]:.2f}-{ci['precision'][1]:.2f}")
        if args.save_tally:
            args.save_tally.write_text(json.dumps({"split": split, "pieces": r["pieces"]}), encoding="utf-8")
        if args.paired:
            before = json.loads(args.paired.read_text(encoding="utf-8"))
            if before["split"] != split:
                ap.error(f"{args.paired} holds {before['split']}, not {split}")
            d = paired_difference([tuple(p) for p in before["pieces"]], r["pieces"])
            print(f"{'':6s} change, 90% paired interval: recall {d['recall'][0]:+.2f} to {d['recall'][1]:+.2f}  "
                  f"precision {d['precision'][0]:+.2f} to {d['precision'][1]:+.2f}")


if __name__ == "__main__":
    main()
