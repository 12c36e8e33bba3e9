"""The shapes of Arabic date and time expressions, and the pieces they yield.

One compiled regex finds every piece (a calendar date, a numeric date, a clock time, a relative day,
"منذ ثلاث ساعات", "الخميس الماضي", "العام الماضي", "عام 2020"); `pieces` checks what a regex cannot
(ranges, agreeing dual month names, the "اليوم" that means "the day") and turns each into a `Piece`.
Joining pieces into one expression and giving them values is `akhbar.dates.find` / `resolve`.

Hand-written because no library reads these forms: dateparser lacks the Levantine/Maghrebi month names
in search mode, Hijri months and 12-hour Arabic markers, and fills missing parts with today's.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass

from akhbar.dates import vocabulary as V
from akhbar.dates.lexicon import (
    DIGIT,
    OPT_SPACE,
    SPACE,
    WORD_END,
    WORD_START,
    alternation,
    key,
    table,
    tolerant,
)
from akhbar.text import ascii_digits

D, S, OS = DIGIT, SPACE, OPT_SPACE

MONTHS = table(
    {
        **{w: ("gregorian", n) for w, n in V.GREGORIAN_MONTHS.items()},
        **{w: ("hijri", n) for w, n in V.HIJRI_MONTHS.items()},
    }
)
WEEKDAYS = table(V.WEEKDAYS)
HIJRI_ERA = frozenset(key(w) for w in V.HIJRI_ERA)
PERIODS = table(V.DAY_PERIODS)
WEAK_PERIODS = frozenset(key(w) for w in V.WEAK_PERIODS)
ZONES = table({**V.ZONES, **V.ZONE_ABBREVIATIONS})
QUALIFIERS = table(V.QUALIFIERS)
RELATIVE_DAYS = table(V.RELATIVE_DAYS)
UNITS = table(V.UNITS)
RELATIVE_PERIODS = table(V.RELATIVE_PERIODS)
WEEKDAY_QUALIFIERS = table(V.WEEKDAY_QUALIFIERS)
NUMBER_WORDS = table({**V.NUMBER_ONES, **V.NUMBER_TENS, **dict.fromkeys(V.NUMBER_ELEVEN, 1)})
TODAY_BEFORE = frozenset(key(w) for w in V.TODAY_BLOCKERS_BEFORE)
TODAY_AFTER = frozenset(key(w) for w in V.TODAY_BLOCKERS_AFTER)
YESTERDAY_AFTER = frozenset(key(w) for w in V.YESTERDAY_BLOCKERS)
_TODAY, _YESTERDAY_NOUN = key("اليوم"), key("الأمس")
_SAFAR = frozenset(key(w) for w in V.HIJRI_AMBIGUOUS)
_DAYS_IN_MONTH = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

_MONTH = alternation(MONTHS)
_WEEKDAY = alternation(WEEKDAYS)
_ERA = alternation(V.HIJRI_ERA + V.GREGORIAN_ERA)
_LINKED = alternation(("الموافق", "الموافق ل", "موافق"))
_NUMBER = (
    rf"(?:{alternation(V.NUMBER_ONES)}{S}{alternation(V.NUMBER_TEENS_SUFFIX)}"
    rf"|{alternation(V.NUMBER_ELEVEN)}{S}{alternation(V.NUMBER_TEENS_SUFFIX)}"
    rf"|{alternation(V.NUMBER_ONES)}{S}{tolerant('و')}{OS}{alternation(V.NUMBER_TENS)}"
    rf"|{alternation(V.NUMBER_TENS)}|{alternation(V.NUMBER_ONES)})"
)
_NOT_AFTER_NUMBER = rf"(?<!{D})(?<!{D}[.,:/\-٫،])"
_SEPARATOR = rf"(?:{OS}/{OS}|[\-.\\،٫–])"


def _weekday_prefix(name: str) -> str:
    """Optional "يوم الجمعة، " / "الجمعة الموافق " before a date; the weekday lands in group ``name``."""
    return (
        rf"(?:(?:{tolerant('يوم')}{S})?(?P<{name}>{_WEEKDAY}){WORD_END}"
        rf"(?:{OS}[,،\-–|]{OS}|{S})(?:{_LINKED}{OS})?)?"
    )


_TEXT_DATE = (
    _weekday_prefix("td_wd")
    + rf"(?:(?P<td_day>{D}{{1,2}})(?!{D}){OS}(?:{tolerant('من')}{S})?)?"
    + rf"(?:{alternation(V.MONTH_CUES)}{S})?"
    + rf"(?P<td_month>{_MONTH}){WORD_END}"
    + rf"(?:{OS}(?:[/\-–|]|\(){OS}(?P<td_month2>{_MONTH}){WORD_END}(?:{OS}\))?)?"
    + rf"(?:(?:{OS}[,،])?{OS}(?:{alternation(V.MONTH_YEAR_LINKS)}{S})?(?P<td_year>{D}{{4}})(?!{D})"
    + rf"(?:{OS}(?P<td_era>{_ERA}){WORD_END})?"
    + rf"|{S}(?P<td_qual>{alternation(QUALIFIERS)}){WORD_END})?"
    # A month name alone ("مارس" is also a verb) is not a date: it needs a day, a year or a qualifier.
    + r"(?(td_day)|(?(td_year)|(?(td_qual)|(?!))))"
)

_NUMERIC_DATE = (
    _weekday_prefix("nd_wd")
    + _NOT_AFTER_NUMBER
    + rf"(?:(?P<nd_a>{D}{{1,2}})(?P<nd_s>{_SEPARATOR})(?P<nd_b>{D}{{1,2}})(?P=nd_s)(?P<nd_c>{D}{{4}})"
    + rf"|(?P<nd_y>{D}{{4}})(?P<nd_t>{_SEPARATOR})(?P<nd_m>{D}{{1,2}})(?P=nd_t)(?P<nd_d>{D}{{1,2}}))"
    + rf"(?!{D})(?![.,/\-]{D})(?:{OS}(?P<nd_era>{_ERA}){WORD_END})?"
)

_ZONE = (
    rf"(?:{alternation(V.ZONE_INTRODUCERS)}{S}(?P<tm_zn>{alternation(V.ZONES)})"
    rf"|(?P<tm_za>{alternation(V.ZONE_ABBREVIATIONS)})){WORD_END}"
    rf"(?:{OS}(?P<tm_zs>[+\-−]){OS}(?P<tm_zh>{D}{{1,2}})(?::?(?P<tm_zm>{D}{{2}}))?(?!{D}))?"
)

_TIME = (
    rf"(?:(?P<tm_cue>{alternation(V.TIME_CUES)}){S})?"
    + _NOT_AFTER_NUMBER
    + rf"(?P<tm_h>{D}{{1,2}})(?::(?P<tm_m>{D}{{2}})(?::(?P<tm_s>{D}{{2}}))?)?(?!{D})"
    + rf"(?P<tm_iso>Z|[+\-]{D}{{2}}:?{D}{{2}}(?!{D}))?"
    + rf"(?:{OS}(?P<tm_p>{alternation(PERIODS)})(?![^\W\d_]))?"
    + rf"(?:{OS}\(?{OS}{_ZONE}(?:{OS}\))?)?"
    # A bare number is a time only with minutes, "الساعة" or a day-period word after it.
    + r"(?(tm_m)|(?(tm_cue)|(?(tm_p)|(?!))))"
)

_RELATIVE_DAY = (
    rf"(?:(?P<rd_part>{alternation(V.DAY_PARTS)}){S})?(?P<rd_w>{alternation(RELATIVE_DAYS)}){WORD_END}"
    + rf"(?:{OS}[,،]?{OS}(?P<rd_wd>{_WEEKDAY}){WORD_END})?"
)

_AGO = (
    rf"(?P<ag_w>{alternation(V.AGO_WORDS)}){S}(?:{alternation(V.APPROXIMATORS)}{S})?"
    + rf"(?:(?P<ag_n>{D}{{1,3}}|{_NUMBER}){WORD_END}{OS})?(?P<ag_u>{alternation(UNITS)}){WORD_END}"
    # "قبل عام 2020", "منذ يوم الجمعة", "قبل شهر رمضان", "قبل يومين من الانتخابات" are not "ago".
    + rf"(?!{S}(?:{D}|{_WEEKDAY}|{alternation(RELATIVE_DAYS)}|{_MONTH}|{tolerant('من')}{WORD_END}))"
)

_WEEKDAY_RELATIVE = (
    rf"(?:{tolerant('يوم')}{S})?(?P<wr_wd>{_WEEKDAY}){S}(?P<wr_q>{alternation(WEEKDAY_QUALIFIERS)}){WORD_END}"
)

_RELATIVE_PERIOD = rf"(?P<rp_w>{alternation(RELATIVE_PERIODS)}){WORD_END}"

_YEAR = (
    rf"(?:{alternation(V.YEAR_CUES)}){S}(?P<yr_y>{D}{{4}})(?!{D})(?:{OS}(?P<yr_era>{_ERA}){WORD_END})?"
    + rf"|{_NOT_AFTER_NUMBER}(?P<yr_y2>{D}{{4}})"
    + rf"(?:{OS}(?P<yr_era2>{alternation((*V.HIJRI_ERA, 'ميلادي', 'ميلادية', 'للميلاد'))})"
    + rf"|(?P<yr_m>{tolerant('م')})){WORD_END}"
)

PATTERN = re.compile(
    rf"(?:{WORD_START}|(?<=[0-9]T))(?:"
    + "|".join(
        f"(?P<{name}>{body})"
        for name, body in (
            ("td", _TEXT_DATE),
            ("nd", _NUMERIC_DATE),
            ("tm", _TIME),
            ("rd", _RELATIVE_DAY),
            ("wr", _WEEKDAY_RELATIVE),
            ("ag", _AGO),
            ("rp", _RELATIVE_PERIOD),
            ("yr", _YEAR),
        )
    )
    + ")"
)


@dataclass(slots=True)
class Piece:
    """One piece of an expression, with the parts its text states. ``kind`` is ``date`` (a calendar
    date, possibly partial), ``time``, ``relday`` (اليوم/أمس/غدا: ``shift`` days), ``ago`` (``shift``
    ``unit``s before), ``weekrel`` (the weekday before/after), ``period`` (this/last/next year or month)."""

    kind: str
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    calendar: str = "gregorian"
    qualifier: str | None = None
    weekday: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    period: str | None = None
    zone: str | None = None
    offset: int | None = None
    shift: int | None = None
    unit: str | None = None


def _int(text: str) -> int:
    return int(ascii_digits(text))


def _weekday(match: re.Match[str], group: str) -> int | None:
    text = match.group(group)
    return WEEKDAYS[key(text)] if text else None  # type: ignore[return-value]


def _year_ok(year: int, calendar: str) -> bool:
    return 1000 <= year <= (1600 if calendar == "hijri" else 2199)


def _day_ok(year: int | None, month: int, day: int, calendar: str) -> bool:
    """Whether the day exists; a Hijri month's length is known only after conversion, so up to 30."""
    if calendar == "hijri":
        return 1 <= day <= 30
    if year is None:
        return 1 <= day <= (29 if month == 2 else _DAYS_IN_MONTH[month])
    return 1 <= day <= monthrange(year, month)[1]


def _text_date(m: re.Match[str]) -> Piece | None:
    calendar, month = MONTHS[key(m.group("td_month"))]  # type: ignore[misc]
    if m.group("td_month2") and MONTHS[key(m.group("td_month2"))] != (calendar, month):
        return None
    year = _int(m.group("td_year")) if m.group("td_year") else None
    era = m.group("td_era")
    if era and ("hijri" if key(era) in HIJRI_ERA else "gregorian") != calendar:
        return None
    if year is None and key(m.group("td_month")) in _SAFAR and not era:
        return None
    day = _int(m.group("td_day")) if m.group("td_day") else None
    if year is not None and not _year_ok(year, calendar):
        return None
    if day is not None and not _day_ok(year, month, day, calendar):
        return None
    qualifier = QUALIFIERS[key(m.group("td_qual"))] if m.group("td_qual") else None
    return Piece(
        "date",
        m.start(),
        m.end(),
        year,
        month,
        day,
        calendar,
        qualifier,
        _weekday(m, "td_wd"),  # type: ignore[arg-type]
    )


def _numeric_date(m: re.Match[str]) -> Piece | None:
    if m.group("nd_y"):
        year, month, day = _int(m.group("nd_y")), _int(m.group("nd_m")), _int(m.group("nd_d"))
    else:
        # Day first, the Arabic default; month first only when the first number cannot be a month.
        day, month, year = _int(m.group("nd_a")), _int(m.group("nd_b")), _int(m.group("nd_c"))
        if month > 12 >= day:
            day, month = month, day
    era = m.group("nd_era")
    # Without an era mark, a year below 1600 in a news text is a Hijri year (Saudi sites write 1442/2/22).
    calendar = (
        ("hijri" if key(era) in HIJRI_ERA else "gregorian")
        if era
        else ("hijri" if year < 1600 else "gregorian")
    )
    if not (1 <= month <= 12 and _year_ok(year, calendar) and _day_ok(year, month, day, calendar)):
        return None
    return Piece("date", m.start(), m.end(), year, month, day, calendar, None, _weekday(m, "nd_wd"))


def _time(m: re.Match[str]) -> Piece | None:
    hour = _int(m.group("tm_h"))
    minute = _int(m.group("tm_m")) if m.group("tm_m") else 0
    second = _int(m.group("tm_s")) if m.group("tm_s") else None
    period = key(m.group("tm_p")) if m.group("tm_p") else None
    if period in WEAK_PERIODS and not (m.group("tm_m") or m.group("tm_cue")):
        return None
    if hour > 23 or minute > 59 or (second is not None and second > 59):
        return None
    piece = Piece("time", m.start(), m.end(), hour=hour, minute=minute, second=second)
    if period:
        piece.period = PERIODS[period]  # type: ignore[assignment]
    if m.group("tm_iso"):
        iso = m.group("tm_iso")
        piece.zone = None
        piece.offset = 0 if iso == "Z" else _signed_minutes(iso[0], iso[1:3], iso[-2:])
    zone_text = m.group("tm_zn") or m.group("tm_za")
    if zone_text:
        zone = ZONES[key(zone_text)]
        if m.group("tm_zs"):
            if zone != "+0":
                return None
            piece.offset = _signed_minutes(m.group("tm_zs"), m.group("tm_zh"), m.group("tm_zm") or "0")
        elif zone == "+0":
            piece.zone, piece.offset = "UTC", 0
        else:
            piece.zone = zone  # type: ignore[assignment]
    return piece


def _signed_minutes(sign: str, hours: str, minutes: str) -> int:
    value = _int(hours) * 60 + _int(minutes)
    return -value if sign in "-−" else value


def _word_before(text: str, start: int) -> str:
    words = text[max(0, start - 40) : start].split()
    return key(words[-1]) if words else ""


def _word_after(text: str, end: int) -> str:
    words = text[end : end + 40].split()
    return key(words[0]) if words else ""


def _relative_day(m: re.Match[str], text: str) -> Piece | None:
    word = key(m.group("rd_w"))
    if not m.group("rd_part") and not m.group("rd_wd"):
        if word == _TODAY and (
            _word_before(text, m.start()) in TODAY_BEFORE or _word_after(text, m.end()) in TODAY_AFTER
        ):
            return None
        if word == _YESTERDAY_NOUN and _word_after(text, m.end()) in YESTERDAY_AFTER:
            return None
    piece = Piece("relday", m.start(), m.end(), weekday=_weekday(m, "rd_wd"))
    piece.shift = RELATIVE_DAYS[word]  # type: ignore[assignment]
    return piece


def number_value(text: str) -> int | None:
    """Digits or Arabic number words ("ثلاث", "خمس عشرة", "خمس وعشرين") as an int."""
    folded = key(text)
    if folded.isdigit():
        return int(folded)
    total = 0
    for word in folded.replace("و", " و ").split():
        if word == "و":
            continue
        if word in NUMBER_WORDS:
            total += NUMBER_WORDS[word]  # type: ignore[operator]
        elif word.removeprefix("و") in NUMBER_WORDS:
            total += NUMBER_WORDS[word.removeprefix("و")]  # type: ignore[operator]
        else:
            return None
    return total or None


def _ago(m: re.Match[str]) -> Piece | None:
    unit, implied = UNITS[key(m.group("ag_u"))]  # type: ignore[misc]
    count = number_value(m.group("ag_n")) if m.group("ag_n") else implied
    if not count:
        return None
    return Piece("ago", m.start(), m.end(), shift=count, unit=unit)


def _weekday_relative(m: re.Match[str]) -> Piece:
    return Piece(
        "weekrel",
        m.start(),
        m.end(),
        weekday=_weekday(m, "wr_wd"),
        qualifier=WEEKDAY_QUALIFIERS[key(m.group("wr_q"))],  # type: ignore[arg-type]
    )


def _relative_period(m: re.Match[str]) -> Piece:
    unit, shift = RELATIVE_PERIODS[key(m.group("rp_w"))]  # type: ignore[misc]
    return Piece("period", m.start(), m.end(), shift=shift, unit=unit)


def _year(m: re.Match[str]) -> Piece | None:
    year = _int(m.group("yr_y") or m.group("yr_y2"))
    era = m.group("yr_era") or m.group("yr_era2")
    calendar = "hijri" if era and key(era) in HIJRI_ERA else "gregorian"
    if m.group("yr_m") and not 1900 <= year <= 2100:
        return None
    if not _year_ok(year, calendar):
        return None
    return Piece("date", m.start(), m.end(), year=year, calendar=calendar)


_BUILDERS = {
    "td": _text_date,
    "nd": _numeric_date,
    "tm": _time,
    "ag": _ago,
    "wr": _weekday_relative,
    "rp": _relative_period,
    "yr": _year,
}


def piece_at(text: str, pos: int) -> Piece | None:
    """The piece that starts at ``pos`` in ``text`` (marks already removed), if one does."""
    m = PATTERN.match(text, pos)
    if m is None:
        return None
    if m.lastgroup == "rd":
        return _relative_day(m, text)
    return _BUILDERS[m.lastgroup](m)  # type: ignore[index,operator]
