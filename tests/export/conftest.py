"""A fake project lookup built from core records, and a memo over the sample article."""
from __future__ import annotations

import os

import pytest

from briefing_app.core.model import Metadata
from briefing_app.core.records import (ActorRecord, ClipRecord, MemoItemRecord, MemoRecord, MemoSectionRecord,
                                       OptionRecord, QuoteRecord, SourceRecord, StanceRecord)
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = Path(os.environ.get("BRIEFING_SHARED", ROOT.parent / "shared")) / "samples" / "articles"  # the seed articles

KOREAN = "“한국어 문장도 그대로 인쇄되어야 한다,” 외교부 대변인이 말했다. «Мы ответим», сказал Руденко."


class FakeLookup:
    def __init__(self):
        self.sources: dict[int, SourceRecord] = {}
        self.quotes: dict[int, QuoteRecord] = {}
        self.actors: dict[int, ActorRecord] = {}
        self.options: dict[int, OptionRecord] = {}

    def get_quote(self, quote_id):
        return self.quotes[quote_id]

    def get_source(self, source_id):
        return self.sources[source_id]

    def get_actor(self, actor_id):
        return self.actors[actor_id]

    def get_option(self, option_id):
        return self.options[option_id]

    def add_quote(self, source_id: int, text: str, speaker_id: int | None = None, venue: str | None = None) -> int:
        source = self.sources[source_id]
        start = source.text.find(text)
        assert start >= 0, text
        qid = len(self.quotes) + 1
        actor = self.actors.get(speaker_id) if speaker_id else None
        clip = ClipRecord(100 + qid, source_id, start, start + len(text), text)
        self.quotes[qid] = QuoteRecord(qid, clip, "direct", speaker_id, actor.name if actor else None, None, None,
                                       venue, "accepted")
        return qid


def make_lookup() -> FakeLookup:
    lk = FakeLookup()
    wt = (SAMPLES / "washington-times-russia-warns-seoul.txt").read_text(encoding="utf-8")
    lk.sources[1] = SourceRecord(1, wt, Metadata(
        title="Russia warns South Korea against sending arms to Ukraine", author="Ben Wolfgang",
        outlet="The Washington Times", published="2024-11-24",
        url="https://www.washingtontimes.com/news/2024/nov/24/russia-warns-south-korea/", genre="news"))
    lk.sources[2] = SourceRecord(2, "Заголовок\n" + KOREAN + "\n", Metadata(
        title="서울 브리핑 / Брифинг", author="Ким Мин Су", outlet="연합뉴스", published="2024-11-25"))
    lk.actors[1] = ActorRecord(1, "Andrey Rudenko", "person", "Deputy Foreign Minister", "Russia", status="accepted")
    lk.actors[2] = ActorRecord(2, "Michael Waltz", "person", "National security adviser nominee", "Trump transition")
    lk.actors[3] = ActorRecord(3, "Руденко & Co <Ltd>", "organization", None, "한국")
    lk.options[1] = OptionRecord(1, "Send arms directly to Ukraine", "Change Seoul's long-standing policy",
                                 pros="Signals resolve", cons="Russia threatens to end relations",
                                 stances=[StanceRecord(1, 1, "neutral", None, None)])
    lk.add_quote(1, "in every way that we find necessary", 1, "Tass")
    lk.add_quote(1, "The president-elect has been very concerned about the escalation and where it’s all going,",
                 2, "Fox News Sunday")
    lk.add_quote(1, "We need to bring this to a responsible end. We need to restore deterrence, restore peace "
                    "and get ahead of this escalation ladder rather than responding to it.", 2)
    lk.add_quote(2, "한국어 문장도 그대로 인쇄되어야 한다", None)
    lk.add_quote(2, "Мы ответим", 1)
    return lk


def _items(section_id: int, items: list[tuple[str, int | None, str]]) -> list[MemoItemRecord]:
    return [MemoItemRecord(section_id * 10 + n, section_id, n, kind, ref, body)
            for n, (kind, ref, body) in enumerate(items)]


def make_memo() -> MemoRecord:
    sections = [
        ("bluf", "Bottom line up front", [("text", None,
         "Moscow warns Seoul that arms for Ukraine would “fully destroy” relations; Seoul is weighing it & "
         "the incoming U.S. team wants de-escalation. <No decision needed.>")]),
        ("background", "Background", [("text", None,
         "North Korean troops are fighting alongside Russia. Source: "
         "https://www.washingtontimes.com/news/2024/nov/24/russia-warns-south-korea/.")]),
        ("quotes", "Key quotes", [("quote", 1, ""), ("quote", 2, ""), ("quote", 3, ""), ("quote", 4, ""),
                                  ("quote", 5, "")]),
        ("actors", "Actors", [("actor", 1, ""), ("actor", 2, ""), ("actor", 3, "")]),
        ("options", "Options under discussion", [("option", 1, "")]),
    ]
    return MemoRecord(
        7, "info-memo", "Russia warns Seoul over arms for Ukraine", to="The Deputy Secretary",
        from_="Jane Analyst, East Asia Desk", date="2024-11-25",
        subject="Russia warns Seoul over arms for Ukraine", marking="UNCLASSIFIED",
        sections=[MemoSectionRecord(i + 1, 7, i, key, heading, _items(i + 1, items))
                  for i, (key, heading, items) in enumerate(sections)])


@pytest.fixture
def lookup() -> FakeLookup:
    return make_lookup()


@pytest.fixture
def memo() -> MemoRecord:
    return make_memo()


@pytest.fixture
def user_templates(tmp_path, monkeypatch):
    """A user templates folder; returns make(id, *paragraphs) writing a template whose memo.docx
    holds those paragraphs (Jinja tags and all)."""
    import docx

    from briefing_app.core import paths

    root = tmp_path / "user-templates"
    root.mkdir()
    monkeypatch.setattr(paths, "user_templates_dir", lambda: root)

    def make(template_id: str, *paragraphs: str, toml: str | None = None):
        folder = root / template_id
        folder.mkdir()
        (folder / "template.toml").write_text(toml or (
            f'name = "Test {template_id}"\nkind = "info"\npage_budget = 1\n'
            '[[sections]]\nkey = "bluf"\nheading = "BLUF"\n'), encoding="utf-8")
        document = docx.Document()
        for text in paragraphs:
            document.add_paragraph(text)
        document.save(str(folder / "memo.docx"))
        return folder

    return make
