"""Ingest: read inputs, parse on all cores, store in batches; resumable and safe to kill.

The main process reads and is the only writer; workers parse. Documents already stored (by id) are
skipped before any work is spent on them, so rerunning a killed or finished ingest only does what
is left. Each batch of documents is committed with their articles in one transaction.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from akhbar.model import Document, Failure
from akhbar.store.pool import bounded_map
from akhbar.store.rows import Rows
from akhbar.store.store import Store
from akhbar.store.worker import analyse_chunk


@dataclass(slots=True)
class IngestSummary:
    """``read`` documents came out of the inputs; each was ``stored``, skipped as ``present``
    already, or (still stored, with its raw text) ``failures`` counted by reason — read failures
    included, which have no document."""

    read: int = 0
    stored: int = 0
    present: int = 0
    failures: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None

    @property
    def seconds(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    @property
    def failed(self) -> int:
        return sum(self.failures.values())

    def as_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "stored": self.stored,
            "present": self.present,
            "failed": self.failed,
            "failures": dict(self.failures),
            "seconds": round(self.seconds, 3),
        }


def ingest(
    store: Store,
    inputs: Sequence[str],
    *,
    jobs: int = 1,
    reader: dict[str, Any] | None = None,
    chunk_size: int = 32,
    batch_size: int = 256,
    on_progress: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Store every document the inputs hold that the store does not hold yet.

    ``reader`` holds `akhbar.read` keyword options (format, glob, text_field, ...). ``on_progress``
    is called after each committed batch.
    """
    from akhbar.corpus.update import SKETCH
    from akhbar.readers import read

    if store.setting("corpus.sketch") is None:
        # Pages get their sketch at ingest; the corpus pass redoes them all only if this changes.
        with store.transaction() as conn:
            store.set_setting(conn, "corpus.sketch", SKETCH)
    summary = IngestSummary()
    read_failures: list[Failure] = []
    in_flight: set[str] = set()
    batch: list[Rows] = []

    def fresh(chunk: list[Document]) -> list[Document]:
        ids = [doc.id for doc in chunk]
        known = store.present(ids) | (in_flight & set(ids))
        keep = []
        for doc in chunk:
            if doc.id in known:
                summary.present += 1
            else:
                keep.append(doc)
                known.add(doc.id)
                in_flight.add(doc.id)
        return keep

    def chunks() -> Iterator[list[Document]]:
        chunk: list[Document] = []
        for item in read(list(inputs), **(reader or {})):
            if isinstance(item, Failure):
                summary.failures[item.reason] += 1
                read_failures.append(item)
                continue
            summary.read += 1
            chunk.append(item)
            if len(chunk) >= chunk_size:
                if keep := fresh(chunk):
                    yield keep
                chunk = []
        if chunk and (keep := fresh(chunk)):
            yield keep

    def flush() -> None:
        stored, present = store.add(batch, read_failures)
        summary.stored += stored
        summary.present += present
        for rows in batch:
            in_flight.discard(rows.id)
            if rows.failure is not None:
                summary.failures[rows.failure[3]] += 1
        batch.clear()
        read_failures.clear()
        if on_progress is not None:
            on_progress(summary)

    for results in bounded_map(analyse_chunk, chunks(), jobs=jobs):
        batch.extend(results)
        if len(batch) >= batch_size:
            flush()
    flush()
    summary.finished = time.monotonic()
    return summary
