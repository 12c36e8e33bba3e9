"""From pieces to values: calendars, 12-hour clocks, zones and the reference date.

The rules of thumb (which year "27 سبتمبر الماضي" means, what "12 ليلاً" is) live here, apart from the
grammar that finds the words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hijridate import Gregorian, Hijri

from akhbar.dates.grammar import Piece
from akhbar.model import DateMatch


@dataclass(slots=True)
class Group:
    """The pieces of one expression: at most one date per calendar, one time, one relative piece."""

    start: int
    end: int
    date: Piece | None = None
    other: Piece | None = None
    time: Piece | None = None
    relative: Piece | None = None


def to_24h(hour: int, period: str | None) -> int:
    """The 24-hour hour for a clock hour and the day-period word after it."""
    if period is None or hour > 12:
        return hour
    if period == "am" or period == "dawn":
        return 0 if hour == 12 else hour
    if period in ("pm", "afternoon"):
        return hour if hour == 12 else hour + 12
    if period == "noon":  # "1 ظهرا" is 13:00, "11 ظهرا" still late morning
        return hour + 12 if 1 <= hour <= 6 else hour
    # night: "10 ليلا" is 22:00, "12 ليلا" midnight, "2 ليلا" the small hours
    if hour == 12:
        return 0
    return hour + 12 if hour >= 7 else hour


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """Umm al-Qura conversion; None outside hijridate's range or for a day the month does not have."""
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def _gregorian_to_hijri(day: dt.date) -> tuple[int, int, int] | None:
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day


def _year_meant(ref_year: int, ref_md: tuple[int, int], md: tuple[int, int], qualifier: str | None) -> int:
    """The year of month/day ``md`` as the text means it, from the reference's year and month/day.

    No qualifier: the most recent occurrence, the reference day included. "الماضي": strictly before.
    "المقبل": strictly after. "الجاري" and "من العام الحالي": the reference's year."""
    if qualifier in ("current", "last-year", "next-year"):
        return ref_year + {"current": 0, "last-year": -1, "next-year": 1}[qualifier]
    if qualifier == "next":
        return ref_year if md > ref_md else ref_year + 1
    if qualifier == "past":
        return ref_year if md < ref_md else ref_year - 1
    return ref_year if md <= ref_md else ref_year - 1


def _month_day(piece: Piece) -> tuple[int, int]:
    # A month without a day ("أكتوبر الماضي") stands for the whole month, so in October "الماضي" means
    # last year's October (day 99 is after any reference day) and "المقبل" next year's (day 0, before).
    if piece.day is not None:
        return piece.month or 0, piece.day
    return piece.month or 0, 99 if piece.qualifier == "past" else 0


@cache
def _fixed_offset(zone: str) -> int | None:
    """The zone's offset in minutes if it has had one all year round since 2000, else None."""
    try:
        info = ZoneInfo(zone)
    except ZoneInfoNotFoundError:
        return None
    offsets = {info.utcoffset(dt.datetime(year, month, 15)) for year in range(2000, 2031) for month in (1, 7)}
    if len(offsets) != 1:
        return None
    return int(offsets.pop().total_seconds() // 60)  # type: ignore[union-attr]


def _offset(time: Piece, day: dt.date | None, hour: int) -> int | None:
    if time.offset is not None:
        return time.offset
    if time.zone is None or time.zone == "local":
        return None
    if day is None:
        return _fixed_offset(time.zone)
    try:
        delta = ZoneInfo(time.zone).utcoffset(
            dt.datetime(day.year, day.month, day.day, hour, time.minute or 0)
        )
    except ZoneInfoNotFoundError:
        return None
    return int(delta.total_seconds() // 60)  # type: ignore[union-attr]


def _set_date(match: DateMatch, day: dt.date) -> None:
    match.year, match.month, match.day = day.year, day.month, day.day


def _full(match: DateMatch) -> dt.date | None:
    if match.year is None or match.month is None or match.day is None:
        return None
    return dt.date(match.year, match.month, match.day)


def _hijri_text(piece: Piece) -> str:
    """The Hijri value at the precision written, in the same ISO-like shapes as `DateMatch.value`."""
    if piece.year is None:
        return f"--{piece.month:02d}" + (f"-{piece.day:02d}" if piece.day is not None else "")
    out = f"{piece.year:04d}"
    if piece.month is not None:
        out += f"-{piece.month:02d}"
        if piece.day is not None:
            out += f"-{piece.day:02d}"
    return out


def _gregorian(piece: Piece, match: DateMatch, ref: dt.date | None) -> None:
    match.year, match.month, match.day = piece.year, piece.month, piece.day
    if piece.year is None:
        match.relative = True
        if ref is not None:
            year = _year_meant(ref.year, (ref.month, ref.day), _month_day(piece), piece.qualifier)
            if piece.day is None or piece.day <= _days_in(year, piece.month):  # type: ignore[arg-type]
                match.year = year


def _days_in(year: int, month: int) -> int:
    return ((dt.date(year + month // 12, month % 12 + 1, 1)) - dt.date(year, month, 1)).days


def _hijri(piece: Piece, match: DateMatch, ref: dt.date | None) -> None:
    match.calendar = "hijri"
    year = piece.year
    if year is None:
        match.relative = True
        ref_hijri = _gregorian_to_hijri(ref) if ref is not None else None
        if ref_hijri is not None:
            year = _year_meant(ref_hijri[0], ref_hijri[1:], _month_day(piece), piece.qualifier)
    if year is not None and piece.month is not None and piece.day is not None:
        converted = hijri_to_gregorian(year, piece.month, piece.day)
        if converted is not None:
            _set_date(match, converted)
    match.hijri = _hijri_text(Piece("date", 0, 0, year, piece.month, piece.day))


def _agreeing_year(converted: dt.date, gregorian: Piece) -> int | None:
    """The year in which the Gregorian day/month lies within a day of ``converted``. A day's difference
    is agreement: countries that fix months by sighting are often a day off Umm al-Qura."""
    years = (
        (gregorian.year,)
        if gregorian.year is not None
        else (converted.year - 1, converted.year, converted.year + 1)
    )
    for year in years:
        try:
            day = dt.date(year, gregorian.month, gregorian.day)  # type: ignore[arg-type]
        except ValueError:
            continue
        if abs((day - converted).days) <= 1:
            return year
    return None


def dual_agrees(hijri: Piece, gregorian: Piece) -> bool:
    """Whether a Hijri date and a Gregorian date written side by side name the same day."""
    if hijri.year is None or hijri.day is None or gregorian.day is None:
        return False
    converted = hijri_to_gregorian(hijri.year, hijri.month, hijri.day)  # type: ignore[arg-type]
    return converted is not None and _agreeing_year(converted, gregorian) is not None


def _dual(hijri: Piece, gregorian: Piece, match: DateMatch) -> None:
    match.calendar = "dual"
    match.hijri = _hijri_text(hijri)
    converted = hijri_to_gregorian(hijri.year, hijri.month, hijri.day)  # type: ignore[arg-type]
    # When the Gregorian side has no year, the Hijri side states it: read, not guessed.
    match.year = _agreeing_year(converted, gregorian)  # type: ignore[arg-type]
    match.month, match.day = gregorian.month, gregorian.day


def _shifted_month(year: int, month: int, shift: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + shift
    return index // 12, index % 12 + 1


def _relative(piece: Piece, match: DateMatch, reference: dt.date | dt.datetime | None) -> None:
    match.relative = True
    if piece.kind == "relday" or piece.kind == "weekrel":
        match.weekday = piece.weekday
    if reference is None:
        return
    ref_day = reference.date() if isinstance(reference, dt.datetime) else reference
    if piece.kind == "relday":
        _set_date(match, ref_day + dt.timedelta(days=piece.shift))  # type: ignore[arg-type]
    elif piece.kind == "weekrel":
        # The nearest such weekday strictly before (or after) the reference day.
        if piece.qualifier == "past":
            days = -((ref_day.weekday() - piece.weekday) % 7 or 7)  # type: ignore[operator]
        else:
            days = (piece.weekday - ref_day.weekday()) % 7 or 7  # type: ignore[operator]
        _set_date(match, ref_day + dt.timedelta(days=days))
    elif piece.kind == "period":
        if piece.unit == "year":
            match.year = ref_day.year + piece.shift  # type: ignore[operator]
        else:
            match.year, match.month = _shifted_month(ref_day.year, ref_day.month, piece.shift)  # type: ignore[arg-type]
    else:
        _ago(piece, match, reference)


_CLOCK_UNITS = {"second": 1, "minute": 60, "half-hour": 1800, "quarter-hour": 900, "hour": 3600}


def _ago(piece: Piece, match: DateMatch, reference: dt.date | dt.datetime) -> None:
    count = piece.shift or 0
    if piece.unit in _CLOCK_UNITS:
        if not isinstance(reference, dt.datetime):
            return  # a date alone cannot say what time it was three hours before
        when = reference - dt.timedelta(seconds=count * _CLOCK_UNITS[piece.unit])  # type: ignore[index]
        _set_date(match, when.date())
        match.hour, match.minute = when.hour, when.minute
        if piece.unit == "second":
            match.second = when.second
        # "منذ ساعتين" names an instant: on the reference's clock when that clock is known.
        offset = when.utcoffset()
        if offset is not None:
            match.utc_offset = int(offset.total_seconds() // 60)
        return
    ref_day = reference.date() if isinstance(reference, dt.datetime) else reference
    if piece.unit in ("day", "week"):
        _set_date(match, ref_day - dt.timedelta(days=count * (7 if piece.unit == "week" else 1)))
    elif piece.unit == "month":
        match.year, match.month = _shifted_month(ref_day.year, ref_day.month, -count)
    else:
        match.year = ref_day.year - count


def build(
    group: Group, text: str, start: int, end: int, reference: dt.date | dt.datetime | None
) -> DateMatch:
    """The DateMatch for one group of pieces; ``start``/``end`` are already in the original text."""
    match = DateMatch(start=start, end=end, text=text[start:end])
    ref_day = reference.date() if isinstance(reference, dt.datetime) else reference
    if group.date is not None:
        match.weekday = (
            group.date.weekday
            if group.date.weekday is not None
            else (group.other.weekday if group.other is not None else None)
        )
        if group.other is not None:
            hijri, gregorian = (group.date, group.other)
            if hijri.calendar != "hijri":
                hijri, gregorian = gregorian, hijri
            _dual(hijri, gregorian, match)
        elif group.date.calendar == "hijri":
            _hijri(group.date, match, ref_day)
        else:
            _gregorian(group.date, match, ref_day)
    elif group.relative is not None:
        _relative(group.relative, match, reference)
    if group.time is not None:
        time = group.time
        match.hour = to_24h(time.hour, time.period)  # type: ignore[arg-type]
        match.minute, match.second = time.minute, time.second
        match.zone = time.zone
        match.utc_offset = _offset(time, _full(match), match.hour)
    day = _full(match)
    if (
        match.weekday is not None
        and day is not None
        and not (group.relative and group.relative.kind == "weekrel")
    ):
        match.weekday_agrees = day.weekday() == match.weekday
    return match
