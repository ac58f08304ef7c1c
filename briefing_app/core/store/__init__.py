"""The project store: one interface (`Store`), two backends (an SQLite file, a PostgreSQL server)."""
from briefing_app.core.store.base import Store
from briefing_app.core.store.rows import Row, Snapshot

__all__ = ["Row", "Snapshot", "Store"]
