"""Schema migrations: ``NNNN_name.sql`` files beside this module, applied in order, each once.

``schema_version`` holds the number of the last applied file. A new schema is a new file with the
next number that alters what is there (never an edit to an applied one), so any older database is
carried forward by opening it.
"""

from __future__ import annotations

import re
import sqlite3
from importlib import resources

_NAME = re.compile(r"^(\d{4})_[\w-]+\.sql$")


def available() -> list[tuple[int, str]]:
    """(number, file name) of every migration shipped, in order."""
    found = []
    for entry in resources.files(__name__).iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name))
    found.sort()
    numbers = [n for n, _ in found]
    if numbers != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps, found {numbers}")
    return found


def latest() -> int:
    return len(available())


def current(conn: sqlite3.Connection) -> int:
    """The schema version of the database (0 for an empty one)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if not exists:
        return 0
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return row[0] or 0


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every migration newer than the database; returns the version reached.

    Each file runs in its own transaction together with the version bump, so a crash leaves the
    database at one version or the next, never between.
    """
    version = current(conn)
    if version > latest():
        raise RuntimeError(f"database schema {version} is newer than akhbar's {latest()}: upgrade akhbar")
    for number, name in available():
        if number <= version:
            continue
        script = resources.files(__name__).joinpath(name).read_text("utf-8")
        try:
            conn.executescript(
                "BEGIN IMMEDIATE;\n"
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);\n"
                f"{script}\n"
                f"DELETE FROM schema_version; INSERT INTO schema_version VALUES ({number});\n"
                "COMMIT;"
            )
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        version = number
    return version
