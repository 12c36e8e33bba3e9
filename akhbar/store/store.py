"""The store: one SQLite file holding raw documents, Articles, failures and corpus groups.

Tables and columns are described in README.md beside this module. Every write happens in an
explicit transaction; a document and its article (or its failure) are always committed together,
and documents are unique on their id, so a killed ingest rerun stores each document exactly once.
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from akhbar.corpus.boilerplate import apply
from akhbar.model import Article, Failure
from akhbar.store.codec import unpack_json, unpack_text
from akhbar.store.db import connect
from akhbar.store.rows import ARTICLE_COLUMNS, DOCUMENT_COLUMNS, FAILURE_COLUMNS, Rows

# SQLite's default limit on host parameters in one statement is 999 on old builds.
_PARAMS = 900

_INSERT_DOCUMENT = (
    f"INSERT OR IGNORE INTO documents ({', '.join(DOCUMENT_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(DOCUMENT_COLUMNS))})"
)
_INSERT_ARTICLE = (
    f"INSERT INTO articles (seq, {', '.join(ARTICLE_COLUMNS)}) "
    f"VALUES (?, {', '.join('?' * len(ARTICLE_COLUMNS))})"
)
_INSERT_FAILURE = (
    f"INSERT OR IGNORE INTO failures ({', '.join(FAILURE_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(FAILURE_COLUMNS))})"
)


class Store:
    """A store file, opened (and created or migrated) for reading and writing, or read-only."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        if readonly and not self.path.exists():
            raise FileNotFoundError(f"no database at {self.path}")
        self.conn: sqlite3.Connection = connect(self.path, readonly=readonly)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- ingest -------------------------------------------------------------------------------

    def present(self, ids: Sequence[str]) -> set[str]:
        """Which of these document ids are already stored."""
        found: set[str] = set()
        for start in range(0, len(ids), _PARAMS):
            chunk = ids[start : start + _PARAMS]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT id FROM documents WHERE id IN ({marks})"
            found.update(row[0] for row in self.conn.execute(query, chunk))
        return found

    def add(self, batch: Iterable[Rows], failures: Iterable[Failure] = ()) -> tuple[int, int]:
        """Store a batch in one transaction; returns (documents stored, documents already present)."""
        stored = present = 0
        with self.transaction() as conn:
            for rows in batch:
                cursor = conn.execute(_INSERT_DOCUMENT, rows.document)
                if cursor.rowcount == 0:
                    present += 1
                    continue
                stored += 1
                if rows.article is not None:
                    conn.execute(_INSERT_ARTICLE, (cursor.lastrowid, *rows.article))
                if rows.failure is not None:
                    conn.execute(_INSERT_FAILURE, rows.failure)
            read_failures = [(f.origin, "read", None, f.reason, f.message) for f in failures]
            conn.executemany(_INSERT_FAILURE, read_failures)
        return stored, present

    # -- settings -----------------------------------------------------------------------------

    def setting(self, name: str) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def set_setting(self, conn: sqlite3.Connection, name: str, value: str) -> None:
        conn.execute("INSERT OR REPLACE INTO settings (name, value) VALUES (?, ?)", (name, value))

    # -- reading one document -----------------------------------------------------------------

    def seq_of(self, doc_id: str) -> int | None:
        row = self.conn.execute("SELECT seq FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def page(self, seq: int) -> dict[str, Any]:
        """Everything stored about one document: its rows, the source text its lines index into,
        the parser's Article and the corpus Article (the parser's with the site-boilerplate lines the
        corpus pass recorded relabelled; the same object when there are none)."""
        self.conn.row_factory = sqlite3.Row
        try:
            doc = self.conn.execute("SELECT * FROM documents WHERE seq = ?", (seq,)).fetchone()
            art = self.conn.execute("SELECT * FROM articles WHERE seq = ?", (seq,)).fetchone()
            failures = self.conn.execute(
                "SELECT stage, reason, message FROM failures WHERE doc_id = ?", (doc["id"],)
            ).fetchall()
        finally:
            self.conn.row_factory = None
        out: dict[str, Any] = {"document": dict(doc), "article_row": dict(art) if art else None}
        out["failures"] = [dict(f) for f in failures]
        raw = unpack_text(doc["raw"]) if doc["raw"] is not None else None
        out["raw"] = raw
        if art is None:
            return out
        extracted = unpack_text(art["source_text"]) if art["source_text"] is not None else None
        out["source"] = extracted if extracted is not None else raw or ""
        out["parsed"] = load_article(art["parsed"], extracted)
        out["article"] = out["parsed"]
        if art["overrides"]:
            keys = array("q")
            keys.frombytes(art["line_keys"])
            kinds = {index: kind for index, kind in json.loads(art["overrides"])}
            out["article"] = apply(out["parsed"], out["source"], keys, kinds)
        return out


def load_article(blob: bytes, source_text: str | None) -> Article:
    article = Article.from_dict(unpack_json(blob))
    article.source_text = source_text
    return article
