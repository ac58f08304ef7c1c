"""Every bundled font is listed, with a licence file beside it."""
from __future__ import annotations

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
