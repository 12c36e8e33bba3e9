"""Opening a store: one SQLite file in WAL mode, migrated to the current schema on open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from akhbar.store.migrations import migrate


def connect(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode: writers open their transactions explicitly (``BEGIN``).

    WAL lets the corpus pass's worker processes read while the main process writes; with
    ``synchronous=NORMAL`` a killed process never loses a committed transaction (only a power cut
    can lose the last ones, and the database stays consistent either way).
    """
    if readonly:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA busy_timeout = 60000")
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("PRAGMA temp_store = MEMORY")
    if not readonly:
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
    return conn
