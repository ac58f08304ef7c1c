"""Every bundled font and sample article is listed with its licence; the seed articles are not shipped."""
from __future__ import annotations

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "resources" / "fonts"
LISTING = ROOT / "resources" / "THIRD-PARTY.md"


def font_files() -> list[Path]:
    return sorted(p for p in FONTS.rglob("*") if p.suffix.lower() in {".ttf", ".otf", ".ttc", ".pfb"})


def test_every_font_family_is_listed_with_its_licence():
    listing = LISTING.read_text(encoding="utf-8")
    for font in font_files():
        family = re.split(r"[-_]", font.stem)[0]  # LiberationSerif-Bold.ttf -> LiberationSerif
        assert family in listing, f"{font.relative_to(ROOT)} is not listed in resources/THIRD-PARTY.md"
    if font_files():
        licences = [p for p in FONTS.rglob("*") if re.search(r"(licen[cs]e|copying|ofl)", p.name, re.I)]
        assert licences, "resources/fonts/ has fonts but no licence text"


SAMPLES = ROOT / "resources" / "samples"
SEEDS = Path(os.environ.get("BRIEFING_SHARED", ROOT.parent / "shared")) / "samples" / "articles"


def test_every_sample_article_is_listed_with_an_open_licence():
    """What the wheel and the frozen build ship as the sample project is openly licensed."""
    listing = LISTING.read_text(encoding="utf-8")
    section = listing[listing.index("## Sample articles"):]
    section = section[:section.index("\n## ", 3)]
    samples = sorted(SAMPLES.glob("*"))
    assert len(samples) >= 2
    for sample in samples:
        row = next((line for line in section.splitlines() if f"`{sample.name}`" in line), None)
        assert row, f"{sample.name} is not listed under 'Sample articles' in resources/THIRD-PARTY.md"
        assert re.search(r"CC BY [\d.]+|CC0|public domain", row), row  # an open licence, named
        assert re.search(r"https?://\S+", row), row  # and where it comes from


def test_the_copyrighted_seed_articles_are_not_shipped():
    seeds = {p.read_text(encoding="utf-8")[:400] for p in SEEDS.glob("*.txt")}
    shipped = [p for p in ROOT.joinpath("resources").rglob("*.txt") if p.read_text(encoding="utf-8")[:400] in seeds]
    assert not shipped, f"seed articles (test data, not licensed for distribution) in resources/: {shipped}"
    seed_names = {p.name for p in SEEDS.glob("*.txt")} or {"washington-times-russia-warns-seoul.txt",
                                                           "joongang-green-rubicon.txt"}
    assert not seed_names & {p.name for p in ROOT.joinpath("resources").rglob("*")}
