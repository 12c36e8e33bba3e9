"""The benchmark scripts live in bench/ (and bench/pairs/), which are not packages: put them on the path."""

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
for folder in (BENCH, BENCH / "pairs"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
