"""The project file's schema as a list of forward migrations.

Version N of the schema is what migrations 1..N produce; `PRAGMA user_version` holds N.
A migration is never edited once released: a change is a new step appended here, with a
test that upgrades a file of every earlier version (tests/core/test_migrations.py).
"""
from __future__ import annotations

from briefing_app.core.schema_sql import add_columns, other_script, text_index, trigram_triggers


MIGRATIONS: list[str] = [
    # 1: sources, clips, quotes, actors, options, memos
    """
    CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL,
        title TEXT, author TEXT, outlet TEXT, published TEXT, url TEXT, genre TEXT,
        path TEXT, file_hash TEXT, media_type TEXT NOT NULL DEFAULT 'text/plain',
        imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE boilerplate (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        hidden INTEGER NOT NULL DEFAULT 1
    );
    CREATE TABLE actors (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'person',
        title TEXT, affiliation TEXT,
        status TEXT NOT NULL DEFAULT 'suggested'
    );
    CREATE TABLE actor_aliases (
        id INTEGER PRIMARY KEY,
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        alias TEXT NOT NULL
    );
    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL
    );
    CREATE TABLE clips (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'ok'
    );
    CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        clip_id INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        speaker_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
        mention_start INTEGER, mention_end INTEGER, mention_text TEXT,
        cue TEXT, venue TEXT,
        status TEXT NOT NULL DEFAULT 'suggested'
    );
    CREATE TABLE options (
        id INTEGER PRIMARY KEY,
        summary TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
        pros TEXT NOT NULL DEFAULT '', cons TEXT NOT NULL DEFAULT '', risks TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'suggested'
    );
    CREATE TABLE option_stances (
        id INTEGER PRIMARY KEY,
        option_id INTEGER NOT NULL REFERENCES options(id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        stance TEXT NOT NULL, holder TEXT,
        clip_id INTEGER REFERENCES clips(id) ON DELETE SET NULL
    );
    CREATE TABLE memos (
        id INTEGER PRIMARY KEY,
        template TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',
        to_ TEXT NOT NULL DEFAULT '', from_ TEXT NOT NULL DEFAULT '',
        through TEXT NOT NULL DEFAULT '', date TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '', marking TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE memo_sections (
        id INTEGER PRIMARY KEY,
        memo_id INTEGER NOT NULL REFERENCES memos(id) ON DELETE CASCADE,
        position INTEGER NOT NULL, key TEXT NOT NULL, heading TEXT NOT NULL
    );
    CREATE TABLE memo_items (
        id INTEGER PRIMARY KEY,
        section_id INTEGER NOT NULL REFERENCES memo_sections(id) ON DELETE CASCADE,
        position INTEGER NOT NULL, kind TEXT NOT NULL,
        ref_id INTEGER, body TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
    CREATE INDEX clips_source ON clips(source_id);
    CREATE INDEX quotes_clip ON quotes(clip_id);
    CREATE INDEX mentions_actor ON mentions(actor_id);
    CREATE INDEX mentions_source ON mentions(source_id);
    CREATE INDEX aliases_actor ON actor_aliases(actor_id);
    CREATE INDEX stances_option ON option_stances(option_id);
    CREATE INDEX sections_memo ON memo_sections(memo_id);
    CREATE INDEX items_section ON memo_items(section_id);
    CREATE INDEX boilerplate_source ON boilerplate(source_id);
    """,
    # 2: full-text search over source text and metadata, kept in step by triggers
    text_index("sources_fts", "porter unicode61 remove_diacritics 2"),
    # 3: a normalised-text hash per source, for spotting the same article imported twice
    """
    ALTER TABLE sources ADD COLUMN text_hash TEXT;
    CREATE INDEX sources_text_hash ON sources(text_hash);
    CREATE INDEX sources_url ON sources(url);
    """,
    # 4: a trigram index beside the porter one, so Korean and Russian words are found inside
    #    inflected forms (북한은, санкций); indexes for the library's filters and sorts
    text_index("sources_trigram", "trigram")
    + """
    CREATE INDEX sources_outlet ON sources(outlet COLLATE NOCASE);
    CREATE INDEX sources_published ON sources(published);
    CREATE INDEX sources_genre ON sources(genre);
    """,
    # 5: per-item memo options (a quote marked as paraphrase prints without quotation marks and
    #    skips the verbatim check; cite = 0 drops the item's citation) and a memo's citation style
    """
    ALTER TABLE memo_items ADD COLUMN paraphrase INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE memo_items ADD COLUMN cite INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE memos ADD COLUMN citation_style TEXT NOT NULL DEFAULT 'chicago';
    """,
    # 6: for shared (team) projects and moving projects between a file and a server: a version
    #    per row (stale edits and undo over a colleague's change are refused), who created and
    #    last changed sources, quotes, options, memos and memo items, and a memo's review status
    add_columns(("sources", "boilerplate", "actors", "actor_aliases", "mentions", "clips", "quotes", "options",
                  "option_stances", "memos", "memo_sections", "memo_items"), ("version INTEGER NOT NULL DEFAULT 1",))
    + add_columns(("sources", "quotes", "options", "memos", "memo_items"),
                   ("created_by TEXT", "created_at TEXT", "changed_by TEXT", "changed_at TEXT"))
    + """
    ALTER TABLE memos ADD COLUMN status TEXT NOT NULL DEFAULT 'draft';
    ALTER TABLE memos ADD COLUMN approved_by TEXT;
    ALTER TABLE memos ADD COLUMN approved_at TEXT;
    """,
    # 7: a title made from the text (the source declared none) is marked as guessed; title-less
    #    sources stored before get their first line (cut at 80 characters) as a guessed title, so
    #    nothing shows a file name any more
    """
    ALTER TABLE sources ADD COLUMN title_guessed INTEGER NOT NULL DEFAULT 0;
    UPDATE sources SET title_guessed = 1, title = CASE
        WHEN length(trim(substr(ltrim(text, char(10, 13, 32)), 1, instr(ltrim(text, char(10, 13, 32)) || char(10), char(10)) - 1))) > 80
        THEN rtrim(substr(ltrim(text, char(10, 13, 32)), 1, 79)) || '…'
        ELSE trim(substr(ltrim(text, char(10, 13, 32)), 1, instr(ltrim(text, char(10, 13, 32)) || char(10), char(10)) - 1)) END
    WHERE coalesce(trim(title), '') = '' AND trim(text) != '';
    """,
    # 8: each quote carries its clip's source, set by triggers from the clip (never by the
    #    commands), so the library's quote counts read one index of quotes instead of joining
    #    every quote to its clip (most of a refresh of a big library)
    """
    ALTER TABLE quotes ADD COLUMN source_id INTEGER;
    UPDATE quotes SET source_id = (SELECT source_id FROM clips WHERE clips.id = quotes.clip_id);
    CREATE INDEX quotes_source_status ON quotes(source_id, status);
    CREATE TRIGGER quotes_source_ai AFTER INSERT ON quotes BEGIN
        UPDATE quotes SET source_id = (SELECT source_id FROM clips WHERE id = new.clip_id) WHERE id = new.id;
    END;
    CREATE TRIGGER quotes_source_au AFTER UPDATE OF clip_id, source_id ON quotes BEGIN
        UPDATE quotes SET source_id = (SELECT source_id FROM clips WHERE id = new.clip_id) WHERE id = new.id;
    END;
    CREATE TRIGGER clips_source_au AFTER UPDATE OF source_id ON clips BEGIN
        UPDATE quotes SET source_id = new.source_id WHERE clip_id = new.id;
    END;
    """,
    # 9: the trigram index holds only sources with letters of another script than Latin (Korean,
    #    Russian...): only a query with such a word is looked up there, and it cannot match a
    #    source without them. Trigrams of English text were most of an import's storing time.
    f"""
    DROP TRIGGER sources_trigram_ai;
    DROP TRIGGER sources_trigram_ad;
    DROP TRIGGER sources_trigram_au;
    DROP TABLE sources_trigram;
    CREATE VIRTUAL TABLE sources_trigram USING fts5(
        title, author, outlet, text,
        content='sources', content_rowid='id',
        tokenize='trigram'
    );
    INSERT INTO sources_trigram(rowid, title, author, outlet, text)
        SELECT id, coalesce(title, ''), coalesce(author, ''), coalesce(outlet, ''), text FROM sources
        WHERE {other_script("sources")};
    """ + trigram_triggers(),
    # 10: actors by name and aliases by their text: an import looks up each source's actor names
    #     among the project's (store.actor_forms), which read both tables whole for every source
    #     (8.8 ms of storing a source with 20,000 actors, 1.7 ms with these indexes)
    """
    CREATE INDEX actors_name ON actors(name);
    CREATE INDEX aliases_alias ON actor_aliases(alias);
    """,
    # 11: a NUL stored by an earlier version (a paste) as U+FFFD, one for one (offsets hold), as
    #     imports now store it (core.model.without_nul): SQLite's length(), GLOB and LIKE read a
    #     text only up to a NUL, so the words after it were not found (the trigram index left
    #     such a source out); the update triggers re-index the sources changed. without_nul is
    #     the store's own SQL function (SQL's replace() stops at a NUL in its pattern)
    """
    UPDATE sources SET text = without_nul(text) WHERE instr(CAST(text AS BLOB), x'00') > 0;
    UPDATE clips SET text = without_nul(text), prefix = without_nul(prefix), suffix = without_nul(suffix)
        WHERE instr(CAST(text AS BLOB), x'00') + instr(CAST(prefix AS BLOB), x'00')
            + instr(CAST(suffix AS BLOB), x'00') > 0;
    """,
    # 12: cheaper triggers for storing a source (the same rows come out): the trigram test works
    #     out the joined fields once (schema_sql.other_script), and a quote inserted with its
    #     clip's source already (as an import stores it) is not updated again to set it
    """
    DROP TRIGGER sources_trigram_ai;
    DROP TRIGGER sources_trigram_ad;
    DROP TRIGGER sources_trigram_au;
    DROP TRIGGER quotes_source_ai;
    CREATE TRIGGER quotes_source_ai AFTER INSERT ON quotes
    WHEN new.source_id IS NOT (SELECT source_id FROM clips WHERE id = new.clip_id) BEGIN
        UPDATE quotes SET source_id = (SELECT source_id FROM clips WHERE id = new.clip_id) WHERE id = new.id;
    END;
    """ + trigram_triggers(),
    # 13: a counter of the changes to the options that an index of them by lead word cannot follow
    #     by itself (store/option_index.py: it adds the options appended since it read the table):
    #     a summary or status edited, an option deleted, or one inserted below the largest id
    """
    CREATE TABLE option_edits (n INTEGER NOT NULL);
    INSERT INTO option_edits (n) VALUES (0);
    CREATE TRIGGER options_edits_au AFTER UPDATE OF id, summary, status ON options BEGIN
        UPDATE option_edits SET n = n + 1;
    END;
    CREATE TRIGGER options_edits_ad AFTER DELETE ON options BEGIN
        UPDATE option_edits SET n = n + 1;
    END;
    CREATE TRIGGER options_edits_ai AFTER INSERT ON options WHEN new.id < (SELECT max(id) FROM options) BEGIN
        UPDATE option_edits SET n = n + 1;
    END;
    """,
]

LATEST = len(MIGRATIONS)

# Tables in the order a snapshot is restored (parents first); children follow their FKs.
TABLE_ORDER = [
    "sources", "boilerplate", "actors", "actor_aliases", "mentions", "clips", "quotes",
    "options", "option_stances", "memos", "memo_sections", "memo_items", "settings",
]

# Tables whose rows carry a version (bumped by every update) and those that record who
# created and last changed each row, and when (migration 6).
VERSIONED = frozenset(TABLE_ORDER) - {"settings"}
AUTHORED = frozenset({"sources", "quotes", "options", "memos", "memo_items"})
MEMO_STATUSES = ("draft", "in review", "approved")

# child table -> list of (column, parent table, on delete) : the FK graph of the schema
FOREIGN_KEYS: dict[str, list[tuple[str, str, str]]] = {
    "boilerplate": [("source_id", "sources", "cascade")],
    "actor_aliases": [("actor_id", "actors", "cascade")],
    "mentions": [("actor_id", "actors", "cascade"), ("source_id", "sources", "cascade")],
    "clips": [("source_id", "sources", "cascade")],
    "quotes": [("clip_id", "clips", "cascade"), ("speaker_id", "actors", "set null")],
    "option_stances": [
        ("option_id", "options", "cascade"),
        ("source_id", "sources", "cascade"),
        ("clip_id", "clips", "set null"),
    ],
    "memo_sections": [("memo_id", "memos", "cascade")],
    "memo_items": [("section_id", "memo_sections", "cascade")],
}
