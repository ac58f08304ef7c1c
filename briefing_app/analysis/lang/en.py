"""English: the speaker sieves of attribution.py and the reported-speech rule table."""
from __future__ import annotations

from briefing_app.analysis import kinds, reported
from briefing_app.analysis.attribution import attribute
from briefing_app.analysis.document import Document
from briefing_app.core.model import Quote


class English:
    code = "en"

    def applies(self, text: str) -> bool:
        return True

    def kind(self, text: str, start: int, end: int, open_at: int) -> str | None:
        return kinds.classify(text, start, end, open_at)

    def speakers(self, doc: Document) -> None:
        attribute(doc)

    def reported(self, doc: Document) -> list[Quote]:
        return reported.find(doc)

    def finish(self, doc: Document) -> None:
        reported.upgrade_mixed(doc.quotes, doc.reported)


RULES = English()
