"""`briefing extract`: one file's text, metadata, boilerplate and suggestions as plain JSON."""
from __future__ import annotations

import os
from typing import Any

from briefing_app.ingest import read_file
from briefing_app.workflow.importing import analyse_doc


def extract_file(path: str | os.PathLike[str]) -> dict[str, Any]:
    doc = read_file(path)
    analysis = analyse_doc(doc)  # as an import reads it: reader view, guessed title
    meta = doc.metadata.merged(analysis.metadata)
    return {
        "path": str(path),
        "text": doc.text,
        "metadata": meta.to_json(),
        "boilerplate": [s.to_json() for s in analysis.boilerplate],
        "quotes": [q.to_json() for q in analysis.quotes],
        "actors": [a.to_json() for a in analysis.actors],
        "options": [o.to_json() for o in analysis.options],
    }
