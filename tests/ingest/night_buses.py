"""One invented local news story (a council extends its night buses) that several web-reader tests wrap in page
furniture: its headline and body paragraphs."""
from __future__ import annotations

HEADLINE = "Council extends the night buses to the northern suburbs"
BODY = [
    "The city council voted on Tuesday to extend the night bus service to the northern suburbs, ending a dispute "
    "that had run for most of the year.",
    "Councillor Mara Fenwick, who led the campaign, said the decision would help shift workers who had been walking "
    "home after midnight.",
    "The extension will cost about $2.4 million a year, paid from the transport levy, and the first buses are due to "
    "run in March.",
]
