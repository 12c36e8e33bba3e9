"""Duplicate pages: one page of a site fetched or posted again, exactly or nearly.

Exact duplicates share the key of their folded clean text. Near duplicates — a page re-fetched
after a correction, with another "most read" list, a changed headline, a few edited words — are
found with MinHash LSH (rensa) over word 3-grams, and a candidate pair is kept when the estimated
Jaccard similarity reaches ``threshold``. Both are looked for within one site: the same text on two
outlets is syndication, which `stories` groups; ``across_sites=True`` makes verbatim copies on
different sites duplicates as well. Links become groups by union-find; nothing is dropped: each
group names one canonical page (earliest published, then longest, then smallest id) and every
member is marked.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rensa import RMinHashLSH

from akhbar.corpus.minhash import NUM_PERM
from akhbar.corpus.pages import Page
from akhbar.corpus.unionfind import UnionFind


@dataclass(frozen=True, slots=True)
class DuplicateConfig:
    """``threshold`` is the least estimated 3-gram Jaccard of a near-duplicate pair; ``bands`` splits
    the 192-value sketch for LSH (24 bands of 8 rows: pairs above ~0.67 become candidates);
    ``min_shingles`` keeps very short texts out of grouping: their sketches are noise, and identical
    scraps ("التالي »" on every listing page) are not copies of anything. ``across_sites`` also
    groups exact copies found on different sites (near ones are always within a site)."""

    threshold: float = 0.7
    bands: int = 24
    min_shingles: int = 10
    across_sites: bool = False


@dataclass(slots=True)
class DuplicateGroup:
    """``members`` are indices into the pages given; ``kinds[i]`` is "exact" when member i has the
    same folded text as another member, else "near"."""

    canonical: int
    members: list[int]
    kinds: dict[int, str]

    @property
    def kind(self) -> str:
        return "exact" if all(k == "exact" for k in self.kinds.values()) else "near"


def canonical_order(page: Page) -> tuple[bool, str, int, str]:
    return (page.published is None, page.published or "", -page.length, page.id)


def near_links(pages: Sequence[Page], config: DuplicateConfig) -> list[tuple[int, int]]:
    lsh = RMinHashLSH(config.threshold, NUM_PERM, config.bands)
    usable = [i for i, p in enumerate(pages) if p.minhash is not None and p.shingles >= config.min_shingles]
    # Keys are positions in ``usable``: insert_many is much faster than inserting pairs.
    lsh.insert_many([pages[i].minhash for i in usable], 0)
    links = []
    for i in usable:
        mine = pages[i].minhash
        for j in (usable[position] for position in lsh.query(mine)):
            if (
                j > i
                and pages[j].site == pages[i].site
                and mine.jaccard(pages[j].minhash) >= config.threshold
            ):
                links.append((i, j))
    return links


def _shared(text_key: int, texts: Counter[int]) -> bool:
    return bool(text_key) and texts[text_key] > 1


def find_duplicates(pages: Sequence[Page], config: DuplicateConfig | None = None) -> list[DuplicateGroup]:
    config = config or DuplicateConfig()
    sets = UnionFind(len(pages))
    by_text: dict[tuple, list[int]] = defaultdict(list)
    for i, page in enumerate(pages):
        if page.text_key and page.shingles >= config.min_shingles:
            by_text[(page.text_key,) if config.across_sites else (page.text_key, page.site)].append(i)
    for same in by_text.values():
        for other in same[1:]:
            sets.union(same[0], other)
    for i, j in near_links(pages, config):
        sets.union(i, j)
    groups = []
    for members in sets.groups():
        texts = Counter(pages[i].text_key for i in members)
        kinds = {i: "exact" if _shared(pages[i].text_key, texts) else "near" for i in members}
        canonical = min(members, key=lambda i: canonical_order(pages[i]))
        groups.append(DuplicateGroup(canonical, members, kinds))
    return groups
