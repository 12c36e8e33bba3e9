#!/usr/bin/env python
"""Instructions `akhbar.parse` spends on a page of 8 KB or more, counted by valgrind's callgrind.

Wall-clock rates on a shared machine swing by a third between runs; instruction counts do not, so
they are what tells one version of the parser from the next. The long test pages (the same as
bench/parse_bench.py's "8 KB and more") are parsed once to warm up, then for 1 and for 4 rounds;
the difference of the two totals, over 3 rounds of pages, is what one page costs, without the
interpreter's start-up and imports.

    python bench/parse_instructions.py        # needs valgrind on the PATH
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
_ROUNDS = (1, 4)
_COLLECTED = re.compile(r"Collected : (\d+)")


def _child(rounds: int) -> None:
    sys.path.insert(0, str(BENCH))
    from parse_bench import LONG_PAGE, load_pages

    from akhbar import parse

    pages = [p for p in load_pages() if len(p.encode("utf-8")) >= LONG_PAGE]
    for page in pages:
        parse(page)
    for _ in range(rounds):
        for page in pages:
            parse(page)
    print(len(pages))


def _instructions(rounds: int, folder: str) -> tuple[int, int]:
    out = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={folder}/callgrind.{rounds}",
            sys.executable,
            __file__,
            "--child",
            str(rounds),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(_COLLECTED.search(out.stderr).group(1)), int(out.stdout.split()[-1])  # type: ignore[union-attr]


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        _child(int(sys.argv[2]))
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: this benchmark counts instructions with callgrind")
    with tempfile.TemporaryDirectory(prefix="akhbar-callgrind-") as folder:
        (low, pages), (high, _) = (_instructions(rounds, folder) for rounds in _ROUNDS)
    per_page = (high - low) / ((_ROUNDS[1] - _ROUNDS[0]) * pages)
    print(f"{pages} pages of 8 KB or more: {per_page / 1e6:.2f} M instructions a page")


if __name__ == "__main__":
    main()
