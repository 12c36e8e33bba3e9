"""The corpus pass over a store: learn site boilerplate, refresh pages, group duplicates and stories.

Incremental where it pays: only sites that received new pages are relearned, and only pages whose
clean text the learned lines change are refreshed (in worker processes); the rest keep the key and
sketch ingest computed from the parser's text.
Grouping is recomputed over the whole store each time from the stored sketches, which is cheap
(no text is read) and keeps groups consistent however the pages arrived. Every step commits in
transactions and leaves a page marked stale until it is refreshed, so a killed pass resumes.
"""

from __future__ import annotations

import dataclasses
import json
import time
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import groupby
from typing import Any

from akhbar.corpus.boilerplate import CONTENT_LABELS, BoilerplateConfig, SitePage, hit_kinds, learn
from akhbar.corpus.duplicates import DuplicateConfig, find_duplicates
from akhbar.corpus.lines import kinds_of, labels_of, line_text
from akhbar.corpus.minhash import NUM_PERM, SEED, SHINGLE_WORDS, loads
from akhbar.corpus.pages import Page
from akhbar.corpus.refresh import Refreshed, RefreshTask, refresh_chunk
from akhbar.corpus.stories import StoryConfig, find_stories
from akhbar.model import LINE_LABELS
from akhbar.store.codec import unpack_text
from akhbar.store.pool import bounded_map
from akhbar.store.store import Store

# Bump when refreshing a page comes to mean something else, so stored results are recomputed.
PASS_VERSION = 1
_CONTENT_CODES = frozenset(LINE_LABELS.index(label) for label in CONTENT_LABELS)
_CHUNK = 128
_BATCH = 512


@dataclass(frozen=True, slots=True)
class CorpusConfig:
    boilerplate: BoilerplateConfig = field(default_factory=BoilerplateConfig)
    duplicates: DuplicateConfig = field(default_factory=DuplicateConfig)
    stories: StoryConfig = field(default_factory=StoryConfig)


# Stored results that depend on settings: the sketch (computed at ingest, again when a page changes)
# and the learned boilerplate. When one changes, the next pass recomputes what depends on it.
SKETCH = json.dumps({"pass": PASS_VERSION, "minhash": [NUM_PERM, SEED, SHINGLE_WORDS]})


@dataclass(slots=True)
class CorpusSummary:
    sites_learned: int = 0
    learned_lines: int = 0
    refreshed: int = 0
    duplicate_groups: int = 0
    duplicate_pages: int = 0
    stories: int = 0
    story_pages: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def update(
    store: Store,
    *,
    jobs: int = 1,
    config: CorpusConfig | None = None,
    on_progress: Callable[[str, int, int], None] | None = None,
) -> CorpusSummary:
    """Bring the store's corpus fields up to date; ``on_progress(step, done, total)`` reports."""
    config = config or CorpusConfig()
    summary = CorpusSummary()
    report = on_progress or (lambda step, done, total: None)
    clock = time.monotonic()
    boilerplate = json.dumps(dataclasses.asdict(config.boilerplate), sort_keys=True)
    resketch = store.setting("corpus.sketch") != SKETCH
    if resketch or store.setting("corpus.boilerplate") != boilerplate:
        with store.transaction() as conn:
            conn.execute("UPDATE articles SET refreshed = 0 WHERE refreshed = 1")
            conn.execute("DELETE FROM site_lines")
            conn.execute("DELETE FROM sites")
    _learn(store, config.boilerplate, resketch, summary, report)
    summary.seconds["learn"] = round(time.monotonic() - clock, 3)
    clock = time.monotonic()
    _refresh(store, jobs, summary, report)
    summary.seconds["refresh"] = round(time.monotonic() - clock, 3)
    clock = time.monotonic()
    _group(store, config, summary, report)
    with store.transaction() as conn:
        store.set_setting(conn, "corpus.sketch", SKETCH)
        store.set_setting(conn, "corpus.boilerplate", boilerplate)
    summary.seconds["group"] = round(time.monotonic() - clock, 3)
    return summary


def _learn(
    store: Store, config: BoilerplateConfig, everything: bool, summary: CorpusSummary, report: Callable
) -> None:
    """Relearn every site that has stale pages, and sort its pages: those whose clean text must be
    recomputed (they have learned lines now, or had some before) stay or become stale; stale pages
    with neither keep what ingest computed and are settled at once. With ``everything``, every
    page is recomputed (the sketch itself changed)."""
    conn = store.conn
    sites = [
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT site_key FROM articles WHERE refreshed = 0 AND site_key IS NOT NULL"
        )
    ]
    for done, site in enumerate(sites, 1):
        pages: list[SitePage] = []
        labels: list[bytes] = []
        state: list[tuple[bool, bool]] = []
        for seq, title, main, key_blob, label_blob, refreshed, overridden in conn.execute(
            "SELECT seq, title, main_key, line_keys, line_labels, refreshed, overrides IS NOT NULL "
            "FROM articles WHERE site_key = ?",
            (site,),
        ):
            keys = array("q")
            keys.frombytes(key_blob)
            pages.append(SitePage(seq, title, main, keys))
            labels.append(label_blob)
            state.append((not refreshed, bool(overridden)))
        learned = learn(pages, config)
        before = {
            key: (line, kind)
            for key, line, kind in conn.execute(
                "SELECT key, line, kind FROM site_lines WHERE site_key = ?", (site,)
            )
        }
        changed = set(learned.lines).symmetric_difference(before)
        work, settle = [], []
        for page, codes, (stale, overridden) in zip(pages, labels, state, strict=True):
            content = [k for k, c in zip(page.keys, codes, strict=True) if c in _CONTENT_CODES]
            hit = any(k in learned.lines for k in content)
            if everything or ((stale or not changed.isdisjoint(content)) and (hit or overridden)):
                work.append((page.id,))
            elif stale:
                settle.append((page.id,))
        examples = _examples(
            store, site, pages, {k for k in learned.lines if before.get(k, (None,))[0] is None}
        )
        with store.transaction() as tx:
            tx.execute("DELETE FROM site_lines WHERE site_key = ?", (site,))
            tx.executemany(
                "INSERT INTO site_lines (site_key, key, pages, line, kind) VALUES (?, ?, ?, ?, ?)",
                [
                    (site, key, n, *(before.get(key) or examples.get(key, (None, None))))
                    for key, n in learned.lines.items()
                ],
            )
            tx.execute(
                "INSERT OR REPLACE INTO sites (site_key, pages, units, threshold) VALUES (?, ?, ?, ?)",
                (site, learned.pages, learned.units, learned.threshold),
            )
            tx.executemany("UPDATE articles SET refreshed = 0 WHERE seq = ?", work)
            tx.executemany("UPDATE articles SET refreshed = 1 WHERE seq = ?", settle)
        summary.sites_learned += 1
        summary.learned_lines += len(learned.lines)
        report("learn", done, len(sites))
    with store.transaction() as tx:
        # Pages without a site learn nothing: what ingest computed stands, unless the sketch changed.
        if not everything:
            tx.execute("UPDATE articles SET refreshed = 1 WHERE refreshed = 0 AND site_key IS NULL")


def _examples(
    store: Store, site: str, pages: list[SitePage], missing: set[int]
) -> dict[int, tuple[str, str | None]]:
    """One printed example (and kind) of each newly learned line, read from the first page that has it."""
    found: dict[int, tuple[str, str | None]] = {}
    for page in pages:
        if not missing:
            break
        indices = [i for i, key in enumerate(page.keys) if key in missing]
        if not indices:
            continue
        row = store.conn.execute(
            "SELECT a.source_text, d.raw, a.line_ends, a.line_labels, a.line_kinds "
            "FROM articles a JOIN documents d ON d.seq = a.seq WHERE a.seq = ?",
            (page.id,),
        ).fetchone()
        extracted, raw, end_blob, label_blob, kind_blob = row
        blob = extracted if extracted is not None else raw
        source = unpack_text(blob) if blob is not None else ""
        ends = array("I")
        ends.frombytes(end_blob)
        labels, kinds = labels_of(label_blob), kinds_of(kind_blob)
        text = partial(line_text, source, ends)
        content = [i for i in indices if labels[i] in CONTENT_LABELS]
        learned_kinds = hit_kinds(text, labels, kinds, content)
        for i in indices:
            key = page.keys[i]
            if key in missing:
                found[key] = (text(i).strip(), learned_kinds.get(i, kinds[i]))
                missing.discard(key)
    return found


def _refresh(store: Store, jobs: int, summary: CorpusSummary, report: Callable) -> None:
    conn = store.conn
    stale = conn.execute(
        "SELECT seq, site_key FROM articles WHERE refreshed = 0 ORDER BY site_key, seq"
    ).fetchall()
    if not stale:
        return
    learned: dict[str, set[int]] = {}
    for site, key in conn.execute("SELECT site_key, key FROM site_lines"):
        learned.setdefault(site, set()).add(key)
    frozen = {site: frozenset(keys) for site, keys in learned.items()}

    def tasks() -> Iterator[RefreshTask]:
        for site, rows in groupby(stale, key=lambda row: row[1] or ""):
            seqs = [seq for seq, _ in rows]
            for start in range(0, len(seqs), _CHUNK):
                chunk = seqs[start : start + _CHUNK]
                yield RefreshTask(str(store.path), chunk, {site: frozen[site]} if site in frozen else {})

    batch: list[Refreshed] = []
    for results in bounded_map(refresh_chunk, tasks(), jobs=jobs):
        batch.extend(results)
        if len(batch) >= _BATCH:
            _write_refreshed(store, batch)
            summary.refreshed += len(batch)
            batch.clear()
            report("refresh", summary.refreshed, len(stale))
    _write_refreshed(store, batch)
    summary.refreshed += len(batch)
    report("refresh", summary.refreshed, len(stale))


def _write_refreshed(store: Store, batch: list[Refreshed]) -> None:
    with store.transaction() as tx:
        tx.executemany(
            "UPDATE articles SET clean_text = ?, clean_captions = ?, overrides = ?, text_key = ?, "
            "minhash = ?, shingles = ?, numbers = ?, lines_boilerplate = ?, site_lines = ?, refreshed = 1 "
            "WHERE seq = ?",
            [
                (
                    r.clean_text,
                    r.clean_captions,
                    r.overrides,
                    *r.sketch,
                    r.lines_boilerplate,
                    r.site_lines,
                    r.seq,
                )
                for r in batch
            ],
        )


def _pages(store: Store) -> tuple[list[int], list[Page], list[tuple]]:
    seqs, pages, current = [], [], []
    for row in store.conn.execute(
        "SELECT a.seq, d.id, a.site_key, a.published, length(coalesce(a.clean_text, a.text)), a.text_key, "
        "a.minhash, a.shingles, a.sources, a.numbers, a.dup_group, a.dup_kind, a.is_canonical, a.story_id "
        "FROM articles a JOIN documents d ON d.seq = a.seq ORDER BY a.seq"
    ):
        seq, doc_id, site, published, length, text_key, minhash, shingles, sources, numbers = row[:10]
        seqs.append(seq)
        pages.append(
            Page(
                id=doc_id,
                site=site,
                published=published,
                length=length,
                text_key=text_key,
                minhash=loads(minhash) if minhash is not None else None,
                shingles=shingles,
                sources=json.loads(sources),
                numbers=frozenset(numbers.split()),
            )
        )
        current.append(tuple(row[10:]))
    return seqs, pages, current


def _group(store: Store, config: CorpusConfig, summary: CorpusSummary, report: Callable) -> None:
    seqs, pages, current = _pages(store)
    report("group", 0, len(pages))
    groups = find_duplicates(pages, config.duplicates)
    stories = find_stories(pages, groups, config.stories)
    wanted: list[tuple] = [(None, None, 1, None)] * len(pages)
    for group in groups:
        group_id = pages[group.canonical].id
        for member in group.members:
            wanted[member] = (group_id, group.kinds[member], int(member == group.canonical), None)
    for story in stories:
        for member in story.members:
            wanted[member] = (*wanted[member][:3], story.id)
    changes = [(*new, seq) for seq, new, old in zip(seqs, wanted, current, strict=True) if new != old]
    with store.transaction() as tx:
        tx.executemany(
            "UPDATE articles SET dup_group = ?, dup_kind = ?, is_canonical = ?, story_id = ? WHERE seq = ?",
            changes,
        )
        tx.execute("DELETE FROM dup_groups")
        tx.executemany(
            "INSERT INTO dup_groups (id, kind, size) VALUES (?, ?, ?)",
            [(pages[g.canonical].id, g.kind, len(g.members)) for g in groups],
        )
        tx.execute("DELETE FROM stories")
        tx.executemany(
            "INSERT INTO stories (id, size, sites, earliest, source) VALUES (?, ?, ?, ?, ?)",
            [(s.id, len(s.members), s.sites, s.earliest, s.source) for s in stories],
        )
    summary.duplicate_groups = len(groups)
    summary.duplicate_pages = sum(len(g.members) for g in groups)
    summary.stories = len(stories)
    summary.story_pages = sum(len(s.members) for s in stories)
    report("group", len(pages), len(pages))
