"""One invented local news story (a council extends its night buses) that several web-reader tests wrap in page
furniture: its headline and body paragraphs."""
from __future__ import annotations

from briefing_app.ingest.html import read_html

HEADLINE = "Council extends the night buses to the northern suburbs"
BODY = [
    "The city council voted on Tuesday to extend the night bus service to the northern suburbs, ending a dispute "
    "that had run for most of the year.",
    "Councillor Mara Fenwick, who led the campaign, said the decision would help shift workers who had been walking "
    "home after midnight.",
    "The extension will cost about $2.4 million a year, paid from the transport levy, and the first buses are due to "
    "run in March.",
]

# the body as HTML paragraphs, for pages that wrap it in furniture
PARAS = "".join(f"<p>{p}</p>" for p in BODY)


def read_hidden(page: str, name: str = "page") -> tuple[str, list[str]]:
    """The page's text as the web reader gives it, and each hidden span's words (whitespace collapsed)."""
    text, _meta, spans = read_html(page, name)
    return text, [" ".join(text[s.start:s.end].split()) for s in spans]
