from __future__ import annotations

import sqlite3

import pytest

from akhbar.store import migrations
from akhbar.store.db import connect


def tables(conn):
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_a_new_database_gets_the_latest_schema_in_wal_mode(tmp_path):
    conn = connect(tmp_path / "a.db")
    assert migrations.current(conn) == migrations.latest() >= 1
    expected = {"documents", "articles", "failures", "site_lines", "sites", "dup_groups", "stories"}
    assert expected <= tables(conn)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT count(*) FROM schema_version").fetchone()[0] == 1


def test_reopening_does_not_migrate_again(tmp_path):
    connect(tmp_path / "a.db").execute("INSERT INTO settings VALUES ('x', 'kept')")
    conn = connect(tmp_path / "a.db")
    assert conn.execute("SELECT value FROM settings").fetchone() == ("kept",)


def test_migrations_carry_an_old_database_forward(tmp_path, monkeypatch):
    conn = connect(tmp_path / "a.db")
    conn.execute("INSERT INTO settings VALUES ('x', 'kept')")
    conn.close()
    version = _add_migration(
        monkeypatch, tmp_path, "0002_more.sql", "ALTER TABLE settings ADD COLUMN note TEXT DEFAULT 'new';"
    )
    conn = connect(tmp_path / "a.db")
    assert migrations.current(conn) == version
    assert conn.execute("SELECT value, note FROM settings").fetchone() == ("kept", "new")


def _add_migration(monkeypatch, folder, name: str, sql: str) -> int:
    """Make one more migration file appear after the shipped ones; returns its version."""
    (folder / name).write_text(sql, "utf-8")
    shipped = migrations.available()
    version = len(shipped) + 1
    monkeypatch.setattr(migrations, "available", lambda: [*shipped, (version, name)])
    original_files = migrations.resources.files
    monkeypatch.setattr(migrations.resources, "files", lambda package: _Both(original_files(package), folder))
    return version


class _Both:
    """Shipped migrations plus one extra file in a temporary folder."""

    def __init__(self, shipped, folder):
        self.shipped, self.folder = shipped, folder

    def joinpath(self, name):
        extra = self.folder / name
        return extra if extra.exists() else self.shipped.joinpath(name)


def test_a_failed_migration_leaves_the_previous_version(tmp_path, monkeypatch):
    connect(tmp_path / "a.db").close()
    version = _add_migration(
        monkeypatch, tmp_path, "0002_bad.sql", "CREATE TABLE half (x INTEGER); THIS IS NOT SQL;"
    )
    with pytest.raises(sqlite3.OperationalError):
        connect(tmp_path / "a.db")
    conn = sqlite3.connect(tmp_path / "a.db")
    assert migrations.current(conn) == version - 1
    assert "half" not in tables(conn)


def test_a_newer_database_is_refused(tmp_path):
    conn = connect(tmp_path / "a.db")
    conn.execute("UPDATE schema_version SET version = 999")
    conn.close()
    with pytest.raises(RuntimeError, match="newer"):
        connect(tmp_path / "a.db")


def test_shipped_migrations_are_numbered_without_gaps():
    numbers = [n for n, _ in migrations.available()]
    assert numbers == list(range(1, len(numbers) + 1))
