"""MinHash sketches of a page's clean text, shared by duplicate and story detection.

One sketch per page over its word 3-grams (after Arabic folding): near duplicates are found by
banding it coarsely (few, long bands: high Jaccard) and syndicated copies by banding it finely (many,
short bands: low Jaccard), so a page is shingled and hashed once. 3-grams rather than the 5-grams of
web-scale dedup because rewritten news keeps short phrases but breaks long ones (NEWS-COPY).
"""

from __future__ import annotations

from rensa import RMinHash

from akhbar.text import words

NUM_PERM = 192
SEED = 1_7_2023
SHINGLE_WORDS = 3


def shingles(text: str | list[str], size: int = SHINGLE_WORDS) -> set[str]:
    """Word n-grams of a text, or of its folded tokens (`akhbar.text.words`) when the caller has them."""
    tokens = words(text) if isinstance(text, str) else text
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def sketch(text: str | list[str]) -> tuple[RMinHash | None, int]:
    """The MinHash of the shingles of a text (or of its tokens) and how many distinct shingles it
    has; (None, 0) when it has none."""
    grams = shingles(text)
    if not grams:
        return None, 0
    minhash = RMinHash(NUM_PERM, SEED)
    minhash.update(list(grams))
    return minhash, len(grams)


def dumps(minhash: RMinHash) -> bytes:
    return minhash.__getstate__()


def loads(state: bytes) -> RMinHash:
    minhash = RMinHash(NUM_PERM, SEED)
    minhash.__setstate__(state)
    return minhash
