"""One page of text → one Article: lines split with spans, labelled, then assembled.

Parsing is pure: no I/O and no state between calls.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import xxhash

from akhbar.model import Article
from akhbar.parsing.assemble import build_article
from akhbar.parsing.layout import label_lines
from akhbar.parsing.lines import split_lines

__all__ = ["parse"]


def parse(
    text: str,
    url: str | None = None,
    *,
    id: str | None = None,
    hints: dict[str, Any] | None = None,
    reference: dt.datetime | dt.date | None = None,
) -> Article:
    """Parse one page's visible text into an Article.

    ``hints`` carries what the caller already knows from outside the text — ``title``, ``published``,
    ``site`` (each optionally with a ``*_why`` naming where it came from), as HTML metadata or a
    corpus's own fields give them; the page's own evidence wins where both exist. ``reference`` is the
    moment the page was fetched, against which relative dates ("منذ 3 ساعات") are resolved.
    """
    hints = hints or {}
    article = Article(id=id or xxhash.xxh64_hexdigest(text.encode("utf-8", "surrogatepass")), url=url)
    layout = label_lines(split_lines(text), hints.get("title"), reference)
    return build_article(text, layout, article, hints)
