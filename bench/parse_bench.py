"""Speed of `akhbar.parse` on one core, beside trafilatura on the same pages.

Pages: the test pages under tests/fixtures/pages/ plus the seed from ../shared when present, all of
them, apart those of 8 KB or more (the size the issue's target speaks of), and the seed alone (a
real page of 10 KB). Each page is also wrapped as HTML (one <p> per line inside <article>, title
in <title> and <h1>) for trafilatura, the closest general tool, which needs HTML. Both run in this
process, taking turns, over the same pages, several rounds timed in CPU time. The best round counts
(least disturbed by other load on a shared machine), as timeit does; the median round is printed
beside it, since on a shared machine the two can differ by a third.

    python bench/parse_bench.py [--rounds 20] [--min-seconds 0.5]
"""

from __future__ import annotations

import argparse
import html
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "article-madina-2020-10-09.txt"
LONG_PAGE = 8 * 1024


def load_pages() -> list[str]:
    pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/fixtures/pages").glob("*.txt"))]
    if SEED.exists():
        pages.append(SEED.read_text(encoding="utf-8"))
    return pages


def as_html(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = html.escape(lines[0]) if lines else ""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
    return (
        f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


def round_rate(run, items: list, min_seconds: float) -> float:
    """Items per CPU-second of one round, which repeats the list until min_seconds pass."""
    done = 0
    start = time.process_time()
    while True:
        for item in items:
            run(item)
        done += len(items)
        elapsed = time.process_time() - start
        if elapsed >= min_seconds:
            return done / elapsed


def measure(pages: list[str], rounds: int, min_seconds: float) -> tuple[float, list[float], list[float]]:
    """Mean page size in bytes, then the pages/s of each round for akhbar and for trafilatura."""
    import trafilatura

    from akhbar import parse

    htmls = [as_html(p) for p in pages]
    size = sum(len(p.encode("utf-8")) for p in pages) / len(pages)

    def extract(page: str) -> str | None:
        return trafilatura.extract(page, with_metadata=True)

    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(rounds):
        ours.append(round_rate(parse, pages, min_seconds))
        theirs.append(round_rate(extract, htmls, min_seconds))
    return size, ours, theirs


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--min-seconds", type=float, default=0.5)
    args = parser.parse_args()

    pages = load_pages()
    long_pages = [p for p in pages if len(p.encode("utf-8")) >= LONG_PAGE]
    groups = [("all", pages), ("8 KB and more", long_pages)]
    if SEED.exists():
        groups.append(("the seed", [SEED.read_text(encoding="utf-8")]))
    seed = "with" if SEED.exists() else "without"
    print(f"{len(pages)} pages ({seed} the seed); {len(long_pages)} of them of 8 KB or more")
    print(f"Python {platform.python_version()} ({sys.executable}); best round (median round)")
    print("| pages | mean size | akhbar pages/s | akhbar MB/s | trafilatura pages/s | ratio |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, group in groups:
        size, ours, theirs = measure(group, args.rounds, args.min_seconds)
        best, median = max(ours), statistics.median(ours)
        print(
            f"| {name} ({len(group)}) | {size / 1024:.1f} KB | {best:,.0f} ({median:,.0f}) "
            f"| {best * size / 1e6:.2f} ({median * size / 1e6:.2f}) "
            f"| {max(theirs):,.0f} ({statistics.median(theirs):,.0f}) | {best / max(theirs):.1f}x |"
        )


if __name__ == "__main__":
    main()
