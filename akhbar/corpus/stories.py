"""Stories: one news item carried by several outlets.

Syndicated copies keep the wire text's middle but change the headline, rewrite the lead, trim the
tail and swap datelines and source lines, so two copies share only about a third of their word
3-grams (NEWS-COPY, Silcock et al. 2023) — far below web-dedup thresholds, and Jaccard punishes the
trimmed copy for being short. So:

1. candidates: the same 3-gram MinHash as duplicates, banded finely (``bands`` bands of 2 rows),
   which makes pairs with a Jaccard of ~0.1-0.2 likely candidates;
2. verification: the containment of the smaller shingle set in the larger, estimated from the
   Jaccard estimate and both set sizes (|A∩B| = J(|A|+|B|)/(1+J)), must reach ``containment``, and
   at least ``min_shared`` shingles must be shared; both pages, when dated to the day, must be
   published within ``window_days`` of each other;
3. grouping: verified links and duplicate groups are joined by union-find; a group becomes a story
   when its pages come from at least two sites (copies within one site are duplicates, not a story).

The thresholds and the measurements behind them are in corpus/README.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rensa import RMinHashLSH

from akhbar.corpus.duplicates import DuplicateGroup
from akhbar.corpus.minhash import NUM_PERM
from akhbar.corpus.pages import Page, earliest_first
from akhbar.corpus.unionfind import UnionFind
from akhbar.text.normalize import match_key


@dataclass(frozen=True, slots=True)
class StoryConfig:
    bands: int = 64
    containment: float = 0.38
    min_shared: int = 15
    window_days: int = 3
    min_shingles: int = 20


@dataclass(slots=True)
class Story:
    """``members`` are indices into the pages given, earliest first; ``first`` is the earliest."""

    id: str
    members: list[int]
    sites: int
    earliest: str | None
    source: str | None

    @property
    def first(self) -> int:
        return self.members[0]


def containment(a: Page, b: Page) -> tuple[float, float]:
    """Estimated (containment of the smaller set in the larger, shared shingles) of two sketched pages."""
    jaccard = a.minhash.jaccard(b.minhash)
    shared = jaccard * (a.shingles + b.shingles) / (1 + jaccard)
    return min(1.0, shared / min(a.shingles, b.shingles)), shared


def _dates_agree(a: Page, b: Page, days: int) -> bool:
    da, db = a.day, b.day
    return da is None or db is None or abs((da - db).days) <= days


def story_links(pages: Sequence[Page], config: StoryConfig) -> list[tuple[int, int]]:
    lsh = RMinHashLSH(config.containment, NUM_PERM, config.bands)
    usable = [i for i, p in enumerate(pages) if p.minhash is not None and p.shingles >= config.min_shingles]
    lsh.insert_pairs([(i, pages[i].minhash) for i in usable])
    links = []
    for i in usable:
        page = pages[i]
        for j in lsh.query(page.minhash):
            if j <= i:
                continue
            other = pages[j]
            contained, shared = containment(page, other)
            if (
                contained >= config.containment
                and shared >= config.min_shared
                and _dates_agree(page, other, config.window_days)
            ):
                links.append((i, j))
    return links


def attributed_source(pages: Sequence[Page]) -> str | None:
    """The source most members credit; on a tie, the one credited by the earliest member."""
    counts: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    first_seen: dict[str, int] = {}
    for rank, page in enumerate(pages):
        for key in {match_key(s) for s in page.sources if match_key(s)}:
            counts[key] += 1
            first_seen.setdefault(key, rank)
        for source in page.sources:
            spelled.setdefault(match_key(source), source.strip())
    if not counts:
        return None
    best = min(counts, key=lambda k: (-counts[k], first_seen[k], k))
    return spelled[best]


def find_stories(
    pages: Sequence[Page],
    duplicates: Sequence[DuplicateGroup] = (),
    config: StoryConfig | None = None,
) -> list[Story]:
    config = config or StoryConfig()
    sets = UnionFind(len(pages))
    for group in duplicates:
        for member in group.members[1:]:
            sets.union(group.members[0], member)
    for i, j in story_links(pages, config):
        sets.union(i, j)
    stories = []
    for members in sets.groups():
        sites = {pages[i].site or f"page:{pages[i].id}" for i in members}
        if len(sites) < 2:
            continue
        members.sort(key=lambda i: earliest_first(pages[i]))
        dated = [pages[i].published for i in members if pages[i].published]
        stories.append(
            Story(
                id=pages[members[0]].id,
                members=members,
                sites=len(sites),
                earliest=min(dated) if dated else None,
                source=attributed_source([pages[i] for i in members]),
            )
        )
    return stories
