import sys
from pathlib import Path

# The hand-built pages of the corpus tests serve the store tests too.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))
