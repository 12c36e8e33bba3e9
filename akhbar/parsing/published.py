"""Which of a page's dates is its publication time.

Order of trust: a date line above the body (a "published" one before an "updated" one), the date
inside the dateline, a date line anywhere else on the page, then metadata handed in by the caller
(HTML meta tags, the corpus's own field). Dates in running text are events, never the publication.
"""

from __future__ import annotations

from dataclasses import dataclass

from akhbar.model import DateMatch
from akhbar.parsing import lexicon
from akhbar.parsing.layout import Layout
from akhbar.parsing.lines import PageLine
from akhbar.text import word_key

_UPDATED = tuple(word_key(c) for c in lexicon.UPDATED_CUES)


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


def _best_in_line(line: PageLine, matches: list[DateMatch]) -> DateMatch | None:
    usable = [m for m in matches if m.day is not None and m.year is not None]
    if not usable:
        return None
    published = [m for m in usable if not _is_update(line, matches, m)]
    return (published or usable)[0]


def choose_published(layout: Layout) -> Published | None:
    lines = layout.lines
    body_start = layout.body_start if layout.body_start is not None else len(lines)
    date_lines = [ln for ln in lines if ln.label == "date" and ln.index in layout.dates]
    above = [ln for ln in date_lines if ln.index < body_start]
    for line in above:
        best = _best_in_line(line, layout.dates[line.index])
        if best:
            return Published(best, line, "date line above the body")
    if layout.dateline is not None and layout.body_start is not None:
        first = lines[layout.body_start]
        inside = [m for m in layout.dates.get(first.index, ()) if m.end <= layout.dateline.end]
        best = _best_in_line(first, inside)
        if best:
            return Published(best, first, "date in the dateline")
    for line in date_lines:
        best = _best_in_line(line, layout.dates[line.index])
        if best:
            return Published(best, line, "date line below the body")
    return None
