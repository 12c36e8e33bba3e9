"""What the corpus-wide grouping steps know about one page."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from rensa import RMinHash

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@dataclass(slots=True)
class Page:
    """One stored page, reduced to what duplicate and story grouping use.

    ``text_key`` is the key of the clean text (0 when empty); ``minhash`` its sketch over
    ``shingles`` distinct word 3-grams (None when the text has fewer than three words).
    """

    id: str
    site: str | None
    published: str | None
    length: int
    text_key: int
    minhash: RMinHash | None
    shingles: int
    sources: list[str] = field(default_factory=list)
    numbers: frozenset[str] = frozenset()
    day: dt.date | None = field(init=False)

    def __post_init__(self) -> None:
        self.day = day_of(self.published)


def day_of(published: str | None) -> dt.date | None:
    """The calendar day of publication when the date is at least day-precise."""
    match = _DATE.match(published or "")
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


def earliest_first(page: Page) -> tuple[bool, str, str]:
    """Sort key: dated pages by publication (ISO strings order as dates do), undated last, then id."""
    return (page.published is None, page.published or "", page.id)
