"""Bringing stored pages up to date with their site's learned boilerplate (run in worker processes).

Always from what the parser produced: find the page's body, heading and caption lines whose key the
site has learned, take them out of the parser's clean text and captions, and sketch the result for
duplicate and story grouping. It works from the compact per-line columns (keys, labels, kinds,
ends) and the parser's clean text, so no Article is decoded; the page's text is decompressed only
to read its relabelled lines. Workers read their pages from the database themselves (WAL allows it
while the main process writes), so only small results travel back.
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from akhbar.corpus.boilerplate import Removal, drop_lines, drop_strings, hit_kinds, site_hits
from akhbar.corpus.lines import kinds_of, labels_of, line_text
from akhbar.store.codec import dumps_list, unpack_text
from akhbar.store.db import connect
from akhbar.store.rows import text_sketch


@dataclass(slots=True)
class RefreshTask:
    """Pages to refresh (by seq) and the learned line keys of their sites."""

    db: str
    seqs: list[int]
    learned: dict[str, frozenset[int]]


@dataclass(slots=True)
class Refreshed:
    """``clean_text`` / ``clean_captions`` are None when the parser's stand; ``overrides`` is the JSON
    list of ``[line index, kind]`` relabelled as site boilerplate (None when there are none)."""

    seq: int
    clean_text: str | None
    clean_captions: str | None
    overrides: str | None
    sketch: tuple[int, bytes | None, int, str]
    lines_boilerplate: int
    site_lines: int


@dataclass(slots=True)
class StoredPage:
    """The columns of one page that refreshing reads; ``source`` decompresses its text on demand."""

    seq: int
    site: str | None
    text: str
    captions: str
    keys: array
    labels: list[str]
    kinds: list[str | None]
    ends: array
    source: Callable[[], str]

    def line(self, source: str, index: int) -> str:
        return line_text(source, self.ends, index)


def refresh_page(page: StoredPage, learned: frozenset[int]) -> Refreshed:
    hits = site_hits(page.labels, page.keys, learned)
    clean_text = clean_captions = overrides = None
    if hits:
        source = page.source()
        kinds = hit_kinds(lambda i: page.line(source, i), page.labels, page.kinds, hits)
        # Captions are listed apart from the clean text: each has its own lines to lose.
        in_text = [(page.keys[i], page.line(source, i)) for i in hits if page.labels[i] != "caption"]
        in_captions = [(page.keys[i], page.line(source, i)) for i in hits if page.labels[i] == "caption"]
        clean_text = drop_lines(page.text, Removal(in_text)) if in_text else page.text
        captions = json.loads(page.captions)
        kept = drop_strings(captions, Removal(in_captions)) if in_captions else captions
        clean_captions = dumps_list(kept) if kept != captions else None
        overrides = json.dumps([[i, kinds[i]] for i in hits])
    return Refreshed(
        seq=page.seq,
        clean_text=clean_text,
        clean_captions=clean_captions,
        overrides=overrides,
        sketch=text_sketch(clean_text if clean_text is not None else page.text),
        lines_boilerplate=sum(label == "boilerplate" for label in page.labels) + len(hits),
        site_lines=len(hits),
    )


_connections: dict[str, sqlite3.Connection] = {}


def _reader(db: str) -> sqlite3.Connection:
    if db not in _connections:
        _connections[db] = connect(Path(db), readonly=True)
    return _connections[db]


def _loader(extracted: bytes | None, raw: bytes | None) -> Callable[[], str]:
    def load() -> str:
        blob = extracted if extracted is not None else raw
        return unpack_text(blob) if blob is not None else ""

    return load


def refresh_chunk(task: RefreshTask) -> list[Refreshed]:
    marks = ",".join("?" * len(task.seqs))
    rows = _reader(task.db).execute(
        "SELECT a.seq, a.site_key, a.text, a.captions, a.line_keys, a.line_labels, a.line_kinds, "
        f"a.line_ends, a.source_text, d.raw FROM articles a JOIN documents d ON d.seq = a.seq "
        f"WHERE a.seq IN ({marks})",
        task.seqs,
    )
    out = []
    for seq, site, text, captions, key_blob, labels, kinds, end_blob, extracted, raw in rows:
        keys, ends = array("q"), array("I")
        keys.frombytes(key_blob)
        ends.frombytes(end_blob)
        page = StoredPage(
            seq, site, text, captions, keys, labels_of(labels), kinds_of(kinds), ends, _loader(extracted, raw)
        )
        out.append(refresh_page(page, task.learned.get(site or "", frozenset())))
    return out
