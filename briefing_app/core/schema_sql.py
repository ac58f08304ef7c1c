"""SQL the schema's migrations (core/schema.py) are built from: a full-text index over the
sources kept in step by triggers, the test of a row holding letters of a script other than Latin
(which rows the trigram index holds), and ADD COLUMN statements for several tables."""
from __future__ import annotations


def text_index(name: str, tokenize: str) -> str:
    """A full-text index `name` over the sources' title, author, outlet and text, filled from
    the rows already there and kept in step by triggers (migrations 2 and 4 differ only in
    their name and tokenizer)."""
    cols = "title, author, outlet, text"
    old = "old.id, coalesce(old.title, ''), coalesce(old.author, ''), coalesce(old.outlet, ''), old.text"
    new = "new.id, coalesce(new.title, ''), coalesce(new.author, ''), coalesce(new.outlet, ''), new.text"
    return f"""
    CREATE VIRTUAL TABLE {name} USING fts5(
        {cols},
        content='sources', content_rowid='id',
        tokenize='{tokenize}'
    );
    INSERT INTO {name}(rowid, {cols})
        SELECT id, coalesce(title, ''), coalesce(author, ''), coalesce(outlet, ''), text FROM sources;
    CREATE TRIGGER {name}_ai AFTER INSERT ON sources BEGIN
        INSERT INTO {name}(rowid, {cols}) VALUES ({new});
    END;
    CREATE TRIGGER {name}_ad AFTER DELETE ON sources BEGIN
        INSERT INTO {name}({name}, rowid, {cols}) VALUES ('delete', {old});
    END;
    CREATE TRIGGER {name}_au AFTER UPDATE ON sources BEGIN
        INSERT INTO {name}({name}, rowid, {cols}) VALUES ('delete', {old});
        INSERT INTO {name}(rowid, {cols}) VALUES ({new});
    END;
    """


# Characters a source may hold and still need no trigram index (migration 9): everything but a
# letter or digit outside the Latin letters the porter index serves (store/sql.py LATIN). Only
# a query with a word of another script goes to the trigram index (sqlite_search.py), and such a
# word can only be in a row holding one of its letters. As code points, first to last of each
# range: up to U+024F less the non-Latin word characters there (ª ² ³ µ ¹ º ¼ ½ ¾), general
# punctuation (’ — …) and currency signs. A row with any other character is indexed.
LATIN_ROW_RANGES = ((0x1, 0xA9), (0xAB, 0xB1), (0xB4, 0xB4), (0xB6, 0xB8), (0xBB, 0xBB), (0xBF, 0x24F),
                     (0x2000, 0x206F), (0x20A0, 0x20CF))


# the commonest of those beyond ASCII in English text (’ ‘ “ ” — – … and the no-break space):
# without them most English rows are plain ASCII, told by a length test instead of the GLOB
# (a GLOB over a whole text costs as much as the trigrams it saves)
COMMON_PUNCTUATION = (0x2019, 0x2018, 0x201C, 0x201D, 0x2014, 0x2013, 0x2026, 0xA0)


def other_script(row: str) -> str:
    """SQL: does `row` (new, old or sources) hold a character outside LATIN_ROW_RANGES in its
    title, author, outlet or text? (GLOB compares code points.) The fields joined, less the
    common punctuation, are worked out once in a subquery (written out in each of the CASE's
    three places, SQLite built them up to three times: most of what storing an English source
    spent on this test)."""
    fields = f"coalesce({row}.title, '') || coalesce({row}.author, '') || coalesce({row}.outlet, '') || {row}.text"
    for cp in COMMON_PUNCTUATION:
        fields = f"replace({fields}, char({cp}), '')"
    ranges = " || ".join(f"char({a}) || '-' || char({b})" for a, b in LATIN_ROW_RANGES)
    return (f"(SELECT CASE WHEN length(CAST(f AS BLOB)) = length(f) THEN 0 "
            f"ELSE f GLOB ('*[^' || {ranges} || ']*') END FROM (SELECT {fields} AS f))")


def trigram_triggers() -> str:
    """The triggers that keep the trigram index to the sources other_script() holds (migrations
    9 and 12)."""
    return f"""
    CREATE TRIGGER sources_trigram_ai AFTER INSERT ON sources WHEN {other_script("new")} BEGIN
        INSERT INTO sources_trigram(rowid, title, author, outlet, text)
        VALUES (new.id, coalesce(new.title, ''), coalesce(new.author, ''), coalesce(new.outlet, ''), new.text);
    END;
    CREATE TRIGGER sources_trigram_ad AFTER DELETE ON sources WHEN {other_script("old")} BEGIN
        INSERT INTO sources_trigram(sources_trigram, rowid, title, author, outlet, text)
        VALUES ('delete', old.id, coalesce(old.title, ''), coalesce(old.author, ''), coalesce(old.outlet, ''), old.text);
    END;
    CREATE TRIGGER sources_trigram_au AFTER UPDATE ON sources BEGIN
        INSERT INTO sources_trigram(sources_trigram, rowid, title, author, outlet, text)
        SELECT 'delete', old.id, coalesce(old.title, ''), coalesce(old.author, ''), coalesce(old.outlet, ''), old.text
        WHERE {other_script("old")};
        INSERT INTO sources_trigram(rowid, title, author, outlet, text)
        SELECT new.id, coalesce(new.title, ''), coalesce(new.author, ''), coalesce(new.outlet, ''), new.text
        WHERE {other_script("new")};
    END;
    """


def add_columns(tables: tuple[str, ...], columns: tuple[str, ...]) -> str:
    """ALTER TABLE ... ADD COLUMN for each column of each table, table by table."""
    return "".join(f"ALTER TABLE {table} ADD COLUMN {column};\n" for table in tables for column in columns)
