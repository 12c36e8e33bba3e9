"""Stories: one news text carried by several pages — outlets' copies, and re-fetches of one page.

Syndicated copies keep a wire text's body but change the headline, rewrite the lead, trim the tail,
swap datelines and source lines and touch words here and there, so their word 3-gram overlap is far
below web-dedup thresholds, and Jaccard punishes a trimmed copy for being short. Reports of the same
subject written separately, meanwhile, share much of the stock phrasing of news. So:

1. candidates: the duplicates' 3-gram MinHash, banded finer (``bands`` bands of 192/bands rows),
   among pages published within ``window_days`` of each other (undated pages against all);
2. verification, news-tuned: the containment of the smaller shingle set in the larger, estimated
   from the Jaccard estimate and both set sizes (|A∩B| = J(|A|+|B|)/(1+J)), must reach
   ``containment``, with at least ``min_shared`` shingles shared; and the figures must agree —
   copies keep a report's numbers while other reports on the same subject state others — so when
   both pages state at least ``min_numbers`` numbers, at least ``numbers`` of the smaller set must
   appear in the other, and when they do not, containment must reach ``bare_containment``; both
   pages, when dated to the day, must be published within ``window_days`` of each other;
3. grouping: verified links and duplicate groups are joined by union-find; a group of pages from at
   least ``min_sites`` sites is a story.

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
    containment: float = 0.6
    numbers: float = 0.5
    min_numbers: int = 2
    bare_containment: float = 0.7
    min_shared: int = 12
    window_days: int = 3
    min_shingles: int = 15
    min_sites: int = 1


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


def numbers_agree(a: Page, b: Page, config: StoryConfig) -> bool | None:
    """Whether the smaller set of figures is mostly found in the other; None when either page
    states too few numbers to tell."""
    if min(len(a.numbers), len(b.numbers)) < config.min_numbers:
        return None
    small, large = sorted((a.numbers, b.numbers), key=len)
    return len(small & large) >= config.numbers * len(small)


def _same_story(a: Page, b: Page, config: StoryConfig) -> bool:
    if not _dates_agree(a, b, config.window_days):
        return False
    contained, shared = containment(a, b)
    if contained < config.containment or shared < config.min_shared:
        return False
    agree = numbers_agree(a, b, config)
    return agree if agree is not None else contained >= config.bare_containment


def time_blocks(
    pages: Sequence[Page], usable: Sequence[int], window: int
) -> tuple[list[list[int]], list[int]]:
    """Dated pages in overlapping blocks of ``2 * window + 1`` days starting every ``window + 1``
    days, so any two pages published within ``window`` days share a block; and the undated pages.

    Candidates are looked for inside blocks: similar-sounding reports months apart are never
    compared, which keeps the candidate count growing with the corpus rather than its square."""
    step = window + 1
    blocks: dict[int, list[int]] = {}
    undated = []
    for i in usable:
        day = pages[i].day
        if day is None:
            undated.append(i)
            continue
        first, offset = divmod(day.toordinal(), step)
        blocks.setdefault(first, []).append(i)
        if offset <= window - 1:
            blocks.setdefault(first - 1, []).append(i)
    return [blocks[k] for k in sorted(blocks)], undated


def candidates(pages: Sequence[Page], config: StoryConfig) -> set[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, sharing an LSH band, among pages close enough in time."""
    usable = [i for i, p in enumerate(pages) if p.minhash is not None and p.shingles >= config.min_shingles]
    blocks, undated = time_blocks(pages, usable, config.window_days)
    pairs: set[tuple[int, int]] = set()

    def search(indexed: Sequence[int], queries: Sequence[int]) -> None:
        lsh = RMinHashLSH(config.containment, NUM_PERM, config.bands)
        # Keys are positions in ``indexed``: insert_many is much faster than inserting pairs.
        lsh.insert_many([pages[i].minhash for i in indexed], 0)
        for i in queries:
            for position in lsh.query(pages[i].minhash):
                j = indexed[position]
                if j != i:
                    pairs.add((i, j) if i < j else (j, i))

    for block in blocks:
        search(block, block)
    if undated:
        search(usable, undated)
    return pairs


def story_links(pages: Sequence[Page], config: StoryConfig) -> list[tuple[int, int]]:
    return sorted((i, j) for i, j in candidates(pages, config) if _same_story(pages[i], pages[j], config))


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
        if len(sites) < config.min_sites:
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
