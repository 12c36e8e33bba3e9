-- akhbar store, schema 1. Every table is described in akhbar/store/README.md.

CREATE TABLE documents (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    origin      TEXT NOT NULL,
    url         TEXT,
    fetched_at  TEXT,
    meta        TEXT NOT NULL DEFAULT '{}',
    raw_format  TEXT NOT NULL CHECK (raw_format IN ('text', 'html', 'none')),
    raw         BLOB,
    ingested_at TEXT NOT NULL
);

CREATE TABLE articles (
    seq               INTEGER PRIMARY KEY REFERENCES documents (seq),
    site_key          TEXT,
    host              TEXT,
    site              TEXT,
    title             TEXT,
    published         TEXT,
    language          TEXT,
    is_article        INTEGER NOT NULL,
    authors           TEXT NOT NULL DEFAULT '[]',
    sources           TEXT NOT NULL DEFAULT '[]',
    captions          TEXT NOT NULL DEFAULT '[]',
    text              TEXT NOT NULL DEFAULT '',
    source_text       BLOB,
    parsed            BLOB NOT NULL,
    line_keys         BLOB NOT NULL,
    line_labels       BLOB NOT NULL,
    line_kinds        BLOB NOT NULL,
    line_ends         BLOB NOT NULL,
    main_key          INTEGER NOT NULL DEFAULT 0,
    clean_text        TEXT,
    clean_captions    TEXT,
    overrides         TEXT,
    numbers           TEXT NOT NULL DEFAULT '',
    lines_total       INTEGER NOT NULL DEFAULT 0,
    lines_boilerplate INTEGER NOT NULL DEFAULT 0,
    site_lines        INTEGER NOT NULL DEFAULT 0,
    refreshed         INTEGER NOT NULL DEFAULT 0,
    text_key          INTEGER NOT NULL DEFAULT 0,
    minhash           BLOB,
    shingles          INTEGER NOT NULL DEFAULT 0,
    dup_group         TEXT,
    dup_kind          TEXT CHECK (dup_kind IN ('exact', 'near')),
    is_canonical      INTEGER NOT NULL DEFAULT 1,
    story_id          TEXT
);
CREATE INDEX articles_site ON articles (site_key);
CREATE INDEX articles_stale ON articles (refreshed) WHERE refreshed = 0;
CREATE INDEX articles_dup_group ON articles (dup_group) WHERE dup_group IS NOT NULL;
CREATE INDEX articles_story ON articles (story_id) WHERE story_id IS NOT NULL;

CREATE TABLE failures (
    seq     INTEGER PRIMARY KEY,
    origin  TEXT NOT NULL,
    stage   TEXT NOT NULL CHECK (stage IN ('read', 'parse')),
    doc_id  TEXT,
    reason  TEXT NOT NULL,
    message TEXT NOT NULL,
    UNIQUE (origin, reason)
);

CREATE TABLE sites (
    site_key  TEXT PRIMARY KEY,
    pages     INTEGER NOT NULL,
    units     INTEGER NOT NULL,
    threshold INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE site_lines (
    site_key TEXT NOT NULL,
    key      INTEGER NOT NULL,
    pages    INTEGER NOT NULL,
    line     TEXT,
    kind     TEXT,
    PRIMARY KEY (site_key, key)
) WITHOUT ROWID;

CREATE TABLE dup_groups (
    id        TEXT PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('exact', 'near')),
    size      INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE stories (
    id       TEXT PRIMARY KEY,
    size     INTEGER NOT NULL,
    sites    INTEGER NOT NULL,
    earliest TEXT,
    source   TEXT
) WITHOUT ROWID;

CREATE TABLE settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
