"""Which of a page's dates is its publication time.

Order of trust: a date line above the body (a "published" one before an "updated" one), the date
inside the dateline, a date line anywhere else on the page, then metadata handed in by the caller
(HTML meta tags, the corpus's own field). Dates in running text are events, never the publication.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from akhbar.model import DateMatch
from akhbar.parsing import lexicon
from akhbar.parsing.layout import Layout
from akhbar.parsing.lines import PageLine
from akhbar.text import word_key

_UPDATED = tuple(word_key(c) for c in lexicon.UPDATED_CUES)
_DIGIT = re.compile(r"\d")


@dataclass(slots=True)
class Published:
    match: DateMatch
    line: PageLine | None
    why: str


def _is_update(line: PageLine, matches: list[DateMatch], match: DateMatch) -> bool:
    """True when the words right before this date (since the previous one) say "updated"."""
    previous_end = max((m.end for m in matches if m.end <= match.start), default=0)
    cue = word_key(line.content[previous_end : match.start])
    return any(u and u in cue for u in _UPDATED)


def _dated(line: PageLine, matches: list[DateMatch]) -> list[tuple[DateMatch, bool]]:
    """The complete dates of a line (year, month and day known), each with whether it is an update."""
    return [(m, _is_update(line, matches, m)) for m in matches if m.day is not None and m.year is not None]


def _first_published(candidates: list[PageLine], layout: Layout) -> tuple[DateMatch, PageLine] | None:
    """The first date not marked as an update, else the first update: "آخر تحديث ... | نشر في ..."
    keeps the second."""
    dated = [(m, line, update) for line in candidates for m, update in _dated(line, layout.dates[line.index])]
    for match, line, update in dated:
        if not update:
            return match, line
    return (dated[0][0], dated[0][1]) if dated else None


def _dates_in_dateline(layout: Layout, first: PageLine) -> list[DateMatch]:
    """The dates of the paragraph's opening, when its dateline holds a digit: a complete date has its
    year in figures, and the grammar is not run for nothing."""
    assert layout.dateline is not None
    if not _DIGIT.search(first.content, 0, layout.dateline.end):
        return []
    return layout.dates_at_head(first)


def choose_published(layout: Layout) -> Published | None:
    lines = layout.lines
    body_start = layout.body_start if layout.body_start is not None else len(lines)
    date_lines = [ln for ln in lines if ln.label == "date" and ln.index in layout.dates]
    above = _first_published([ln for ln in date_lines if ln.index < body_start], layout)
    if above:
        return Published(above[0], above[1], "date line above the body")
    if layout.dateline is not None and layout.body_start is not None:
        first = lines[layout.body_start]
        inside = [m for m in _dates_in_dateline(layout, first) if m.end <= layout.dateline.end]
        complete = [m for m in inside if m.day is not None and m.year is not None]
        if complete:
            return Published(complete[0], first, "date in the dateline")
    below = _first_published(date_lines, layout)
    if below:
        return Published(below[0], below[1], "date line below the body")
    return None
