"""Bringing one stored page up to date with its site's learned boilerplate (run in worker processes).

Always from the parser's original Article: relabel its site-boilerplate lines, recompute the clean
text, its exact key and its MinHash sketch. Workers read the pages themselves from the database
(WAL allows it while the main process writes), so only the small results travel back.
"""

from __future__ import annotations

import sqlite3
from array import array
from dataclasses import dataclass, field
from pathlib import Path

from akhbar.corpus.boilerplate import RULE, relabel
from akhbar.corpus.lines import key_of
from akhbar.corpus.minhash import dumps, sketch
from akhbar.model import Article
from akhbar.store.codec import dumps_list, pack_json, unpack_text
from akhbar.store.db import connect
from akhbar.store.rows import article_json
from akhbar.store.store import load_article


@dataclass(slots=True)
class RefreshTask:
    """Pages to refresh (by seq), the learned line keys of their sites, and the learned keys whose
    example line the store still lacks."""

    db: str
    seqs: list[int]
    learned: dict[str, frozenset[int]]
    wanted: dict[str, frozenset[int]] = field(default_factory=dict)


@dataclass(slots=True)
class Refreshed:
    seq: int
    text: str
    captions: str
    article: bytes | None
    text_key: int
    minhash: bytes | None
    shingles: int
    lines_boilerplate: int
    site_lines: int
    examples: dict[int, tuple[str, str | None]]
    site: str | None


def refresh_page(
    seq: int, site: str | None, article: Article, source: str, keys: array, task: RefreshTask
) -> Refreshed:
    learned = task.learned.get(site or "", frozenset())
    relabelled = relabel(article, source, keys, learned) if learned else None
    final = relabelled or article
    minhash, shingles = sketch(final.text)
    wanted = task.wanted.get(site or "", frozenset())
    examples = {}
    for ln, key in zip(final.lines, keys, strict=True):
        if key in wanted and key not in examples:
            kind = ln.kind if ln.label == "boilerplate" else None
            examples[key] = (source[ln.start : ln.end].strip(), kind)
    non_blank = [ln for ln in final.lines if ln.label != "blank"]
    return Refreshed(
        seq=seq,
        text=final.text,
        captions=dumps_list(final.captions),
        article=pack_json(article_json(relabelled)) if relabelled else None,
        text_key=key_of(final.text),
        minhash=dumps(minhash) if minhash is not None else None,
        shingles=shingles,
        lines_boilerplate=sum(ln.label == "boilerplate" for ln in non_blank),
        site_lines=sum(ln.rule == RULE for ln in final.lines),
        examples=examples,
        site=site,
    )


_connections: dict[str, sqlite3.Connection] = {}


def _reader(db: str) -> sqlite3.Connection:
    if db not in _connections:
        _connections[db] = connect(Path(db), readonly=True)
    return _connections[db]


def refresh_chunk(task: RefreshTask) -> list[Refreshed]:
    marks = ",".join("?" * len(task.seqs))
    rows = _reader(task.db).execute(
        "SELECT a.seq, a.site_key, a.parsed, a.source_text, a.line_keys, d.raw "
        f"FROM articles a JOIN documents d ON d.seq = a.seq WHERE a.seq IN ({marks})",
        task.seqs,
    )
    out = []
    for seq, site, parsed, source_blob, key_blob, raw in rows:
        extracted = unpack_text(source_blob) if source_blob is not None else None
        source = extracted if extracted is not None else unpack_text(raw) if raw is not None else ""
        keys = array("q")
        keys.frombytes(key_blob)
        out.append(refresh_page(seq, site, load_article(parsed, extracted), source, keys, task))
    return out
