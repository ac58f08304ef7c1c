"""Sources in: files and pasted text to SourceDoc (text exactly as imported + metadata)."""
from briefing_app.ingest.reader import Pasted, read_file, read_pasted, read_pasted_html, supported_suffixes

__all__ = ["Pasted", "read_file", "read_pasted", "read_pasted_html", "supported_suffixes"]
