"""Exporting a store: one row per stored article, in a fixed schema that loads directly with pandas
and HuggingFace ``datasets`` (``load_dataset("json"|"parquet", data_files=...)``).

Columns, in order: id, url, site, host, title, published, authors, sources, captions, text,
language, is_article, duplicate_group, duplicate_kind, is_canonical, story_id, origin, fetched_at.
``text`` and ``captions`` are the corpus-clean ones (without site boilerplate); ``duplicate_group``
is the id of the group's canonical page, ``story_id`` the id of the story's earliest page; both are
null for pages in no group. Documents whose parsing failed have no article and are not exported.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from akhbar.store.store import Store

COLUMNS = (
    "id",
    "url",
    "site",
    "host",
    "title",
    "published",
    "authors",
    "sources",
    "captions",
    "text",
    "language",
    "is_article",
    "duplicate_group",
    "duplicate_kind",
    "is_canonical",
    "story_id",
    "origin",
    "fetched_at",
)
_TYPES = {
    "authors": pa.list_(pa.string()),
    "sources": pa.list_(pa.string()),
    "captions": pa.list_(pa.string()),
    "is_article": pa.bool_(),
    "is_canonical": pa.bool_(),
}
SCHEMA = pa.schema([(name, _TYPES.get(name, pa.string())) for name in COLUMNS])
DEDUP = ("all", "canonical")
_BATCH = 2048

_QUERY = """
SELECT d.id, d.url, a.site, a.host, a.title, a.published, a.authors, a.sources,
       coalesce(a.clean_captions, a.captions), coalesce(a.clean_text, a.text), a.language, a.is_article,
       a.dup_group, a.dup_kind, a.is_canonical, a.story_id, d.origin, d.fetched_at
FROM articles a JOIN documents d ON d.seq = a.seq
"""


def rows(store: Store, dedup: str = "all") -> Iterator[dict[str, Any]]:
    """Every exported row as a dict; ``dedup="canonical"`` keeps one page per duplicate group."""
    if dedup not in DEDUP:
        raise ValueError(f"dedup must be one of {DEDUP}, not {dedup!r}")
    where = " WHERE a.is_canonical = 1" if dedup == "canonical" else ""
    for row in store.conn.execute(_QUERY + where + " ORDER BY a.seq"):
        record = dict(zip(COLUMNS, row, strict=True))
        for name in ("authors", "sources", "captions"):
            record[name] = json.loads(record[name])
        record["is_article"] = bool(record["is_article"])
        record["is_canonical"] = bool(record["is_canonical"])
        yield record


def write_jsonl(store: Store, out: IO[str], dedup: str = "all") -> int:
    count = 0
    for record in rows(store, dedup):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_parquet(store: Store, path: str | Path, dedup: str = "all") -> int:
    """Written in row groups of a few thousand rows, so memory stays flat however large the store."""
    count = 0
    with pq.ParquetWriter(str(path), SCHEMA, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for record in rows(store, dedup):
            batch.append(record)
            if len(batch) >= _BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
                count += len(batch)
                batch.clear()
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=SCHEMA))
            count += len(batch)
    return count
