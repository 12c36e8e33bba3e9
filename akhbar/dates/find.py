"""`find_dates` and `parse_date`: every Arabic date/time expression in a text.

Speed matters because the parser asks about most lines of every page. A line with no digit and none
of a few trigger substrings is answered in a few microseconds. Otherwise the grammar is tried only at
word starts shortly before each anchor (a run of digits or a trigger), never at every position; then
adjacent pieces that belong together (a date and its time, a Hijri date and its Gregorian equivalent)
become one match.
"""

from __future__ import annotations

import datetime as dt
import re

from akhbar.dates import vocabulary as V
from akhbar.dates.grammar import Piece, number_may_belong, piece_at
from akhbar.dates.lexicon import DELETED, DIGIT, WORD_END, Stripped, alternation
from akhbar.dates.resolve import Group, build, dual_agrees
from akhbar.model import DateMatch

_HAS_DELETED = re.compile(DELETED).search
_HAS_DIGIT_OR_DELETED = re.compile(DIGIT[:-1] + DELETED[1:]).search
_HAS_DIGIT = re.compile(DIGIT).search
_DIGIT_RUN = re.compile(DIGIT + "+")
_OTHER_SPACES = ("\n", "\t", "\r", "\xa0", "\u2009", "\u202f", "\u3000", "\x0b", "\x0c", "\u2002", "\u2003")
# A piece may also start one character into a word: after a proclitic ("وأمس") or an opening mark.
_SKIPPABLE = frozenset("وفبل([«\"'")
# How far before its anchor a piece may start, in characters: a number may follow a weekday,
# "الموافق" and a dual month name ("الخميس الموافق شهر تشرين الثاني / نوفمبر 2020"); a trigger as
# vocabulary.TRIGGERS says.
_NUMBER_REACH = 40
_TRIGGER_REACH = {
    trigger: {"starts": 0, "ends": 20, "qualifies": 40}[kind] for trigger, kind in V.TRIGGERS.items()
}
_PUNCTUATION = r"[\s,،\-–—|/()\[\]:.·•]*"
_GAP = re.compile(rf"{_PUNCTUATION}(?:(?:{alternation(V.LINKS)}|T){WORD_END}{_PUNCTUATION})*")
_MAX_GAP = 30


def _anchors(text: str, triggers: list[str]) -> list[tuple[int, int]]:
    """(position, reach) of every run of digits and every trigger, in order."""
    found = [(m.start(), _NUMBER_REACH) for m in _DIGIT_RUN.finditer(text)]
    for trigger in triggers:
        reach = _TRIGGER_REACH[trigger]
        at = text.find(trigger)
        while at >= 0:
            found.append((at, reach))
            at = text.find(trigger, at + 1)
    return sorted(found)


def _candidates(spaced: str, low: int, anchor: int) -> list[int]:
    """Where a piece containing ``anchor`` may start: word starts from ``low`` on, and the anchor.
    ``spaced`` has every whitespace character as a plain space, so word starts are found by rfind."""
    starts = []
    space = spaced.rfind(" ", low, anchor)
    while space >= 0:
        starts.append(space + 1)
        space = spaced.rfind(" ", low, space)
    if low == 0 or spaced[low - 1] == " ":
        starts.append(low)
    out = []
    for start in reversed(starts):
        out.append(start)
        if start < anchor and spaced[start] in _SKIPPABLE:
            out.append(start + 1)
    if not out or out[-1] != anchor:
        out.append(anchor)
    return out


def _pieces(text: str, anchors: list[tuple[int, int]]) -> list[Piece]:
    spaced = text
    for space in _OTHER_SPACES:
        if space in spaced:
            spaced = spaced.replace(space, " ")
    found: list[Piece] = []
    failed: set[int] = set()  # windows of nearby anchors overlap: try each start once
    pos = 0
    for anchor, reach in anchors:
        if anchor < pos or (text[anchor].isdigit() and not number_may_belong(text, anchor)):
            continue
        while pos <= anchor:
            piece = None
            for start in _candidates(spaced, max(pos, anchor - reach), anchor):
                if start in failed:
                    continue
                piece = piece_at(text, start)
                if piece is not None:
                    break
                failed.add(start)
            if piece is None:
                break
            found.append(piece)
            pos = piece.end
    return found


def _new_group(piece: Piece) -> Group:
    group = Group(piece.start, piece.end)
    if piece.kind == "date":
        group.date = piece
    elif piece.kind == "time":
        group.time = piece
    else:
        group.relative = piece
    return group


def _joins(group: Group, piece: Piece) -> bool:
    """Attach ``piece`` to ``group`` when they are parts of one expression."""
    if piece.kind == "time":
        has_day = (group.date is not None and group.date.day is not None) or (
            group.relative is not None and group.relative.kind in ("relday", "weekrel")
        )
        if group.time is None and has_day:
            group.time = piece
            return True
        return False
    time_only = group.date is None and group.relative is None
    if piece.kind == "relday" and time_only:
        group.relative = piece
        return True
    if piece.kind != "date" or piece.day is None:
        return False
    if time_only:
        group.date = piece
        return True
    if group.date is None or group.other is not None or group.date.calendar == piece.calendar:
        return False
    hijri, gregorian = (group.date, piece) if piece.calendar == "gregorian" else (piece, group.date)
    if dual_agrees(hijri, gregorian):
        group.other = piece
        return True
    return False


def _groups(text: str, pieces: list[Piece]) -> list[Group]:
    groups: list[Group] = []
    for piece in pieces:
        if groups:
            last = groups[-1]
            gap_ok = piece.start - last.end <= _MAX_GAP and _GAP.fullmatch(text, last.end, piece.start)
            if gap_ok and _joins(last, piece):
                last.end = piece.end
                continue
        groups.append(_new_group(piece))
    return groups


def find_dates(text: str, reference: dt.datetime | dt.date | None = None) -> list[DateMatch]:
    """Every date/time expression in ``text``, sorted by start, with spans into ``text`` itself.

    ``reference`` (the page's publication or crawl time) resolves relative and partial expressions;
    without it they keep only what the text states. See `akhbar.model.DateMatch` for the fields."""
    # The common case first and cheapest: no digit and no trigger word (marks removed) means no date.
    first = _HAS_DIGIT_OR_DELETED(text)
    stripped = Stripped(text) if first is not None and _HAS_DELETED(text, first.start()) else None
    clean = stripped.text if stripped is not None else text
    triggers = [trigger for trigger in V.TRIGGERS if trigger in clean]
    if not triggers and (first is None or _HAS_DIGIT(text, first.start()) is None):
        return []
    out = []
    for group in _groups(clean, _pieces(clean, _anchors(clean, triggers))):
        start, end = group.start, group.end
        if stripped is not None:
            start, end = stripped.original(start), stripped.original(end)
        out.append(build(group, text, start, end, reference))
    return out


def parse_date(text: str, reference: dt.datetime | dt.date | None = None) -> DateMatch | None:
    """The expression in a string meant to hold one (a date line, a ``<time>`` element's text): the
    longest match, the earliest among equals; None when there is none."""
    matches = find_dates(text, reference)
    if not matches:
        return None
    return max(matches, key=lambda m: (m.end - m.start, -m.start))
