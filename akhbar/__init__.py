"""akhbar: raw scraped Arabic news pages in, a clean, structured, deduplicated corpus out.

The public API is small: ``parse`` one page, ``read`` what users hold, ``process`` a read document,
``find_dates`` / ``parse_date`` for Arabic dates. Imports are lazy so ``import akhbar`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from akhbar.model import Article, Block, DateMatch, Document, Failure, Line, Section

if TYPE_CHECKING:
    from akhbar.dates import find_dates, parse_date
    from akhbar.parsing import parse
    from akhbar.pipeline import process
    from akhbar.readers import read

_LAZY = {
    "parse": "akhbar.parsing",
    "process": "akhbar.pipeline",
    "read": "akhbar.readers",
    "find_dates": "akhbar.dates",
    "parse_date": "akhbar.dates",
}

__all__ = [
    "Article",
    "Block",
    "DateMatch",
    "Document",
    "Failure",
    "Line",
    "Section",
    "find_dates",
    "parse",
    "parse_date",
    "process",
    "read",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'akhbar' has no attribute {name!r}")
