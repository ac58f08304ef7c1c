"""A fontconfig of the app's own for the LibreOffice child: only the bundled fonts.

LibreOffice picks its fonts through fontconfig. Left to the system's configuration it uses
whatever happens to be installed, and on a machine without a Korean font a Hangul quote
silently comes out as nothing. So the child gets FONTCONFIG_FILE pointing at a generated
fonts.conf whose only font folder is resources/fonts/, with the families a memo's Word
styles name (Times New Roman, Arial, Malgun Gothic, theme fonts…) mapped onto the bundled
ones. The PDF then looks the same on every machine and never depends on system fonts.

    child_env(folder, base=None) -> dict[str, str]   # writes folder/fonts.conf
"""
from __future__ import annotations

import os
from pathlib import Path
from xml.sax.saxutils import escape

from briefing_app.core import paths

SERIF = "Liberation Serif"
SANS = "Liberation Sans"
KOREAN = "Nanum Gothic"
# family a Word file may name -> bundled family that stands in for it (Korean as the fallback of each)
ALIASES: dict[str, str] = {
    **dict.fromkeys(["Times New Roman", "Times", "Cambria", "Georgia", "Garamond", "Book Antiqua",
                     "Palatino Linotype", "Century", "serif", "Liberation Serif"], SERIF),
    **dict.fromkeys(["Arial", "Helvetica", "Calibri", "Calibri Light", "Aptos", "Segoe UI", "Verdana", "Tahoma",
                     "Courier", "Courier New", "Consolas", "sans-serif", "monospace", "Liberation Sans"], SANS),
    **dict.fromkeys(["Malgun Gothic", "맑은 고딕", "Batang", "바탕", "Gulim", "굴림", "Dotum", "돋움",
                     "MS Mincho", "MS Gothic", "SimSun", "Microsoft YaHei", "Nanum Gothic"], KOREAN),
}


def _alias(family: str, target: str) -> str:
    prefer = [target] + ([KOREAN] if target != KOREAN else [])
    return (f"  <alias binding=\"same\"><family>{escape(family)}</family><prefer>"
            + "".join(f"<family>{escape(f)}</family>" for f in prefer) + "</prefer></alias>\n")


def fonts_conf(cache: Path) -> str:
    """The text of a fonts.conf listing only the bundled fonts, caching in `cache`."""
    return ("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
            f"  <dir>{escape(str(paths.fonts_dir()))}</dir>\n"
            f"  <cachedir>{escape(str(cache))}</cachedir>\n"
            + "".join(_alias(family, target) for family, target in ALIASES.items())
            + "</fontconfig>\n")


def child_env(folder: Path, base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for a child that must see only the bundled fonts; writes folder/fonts.conf."""
    conf = folder / "fonts.conf"
    conf.write_text(fonts_conf(folder / "fontcache"), encoding="utf-8")
    env = dict(os.environ if base is None else base)
    env["FONTCONFIG_FILE"] = str(conf)
    env.pop("FONTCONFIG_PATH", None)
    env.pop("FONTCONFIG_SYSFILE", None)
    return env
