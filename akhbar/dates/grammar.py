"""The shapes of Arabic date and time expressions, and the pieces they yield.

One compiled regex knows every piece (a calendar date, a numeric date, a clock time, a relative day,
"منذ ثلاث ساعات", "الخميس الماضي", "العام الماضي", "عام 2020"); `piece_at` matches it where a piece
may start, checks what a regex cannot (ranges, agreeing dual month names, the "اليوم" that means
"the day") and turns the match into a `Piece`.
Joining pieces into one expression and giving them values is `akhbar.dates.find` / `resolve`.

Hand-written because no library reads these forms: dateparser lacks the Levantine/Maghrebi month names
in search mode, Hijri months and 12-hour Arabic markers, and fills missing parts with today's.
"""

from __future__ import annotations

import re
from calendar import isleap
from dataclasses import dataclass

from akhbar.dates import vocabulary as V
from akhbar.dates.lexicon import (
    DELETED_RUN,
    DIGIT,
    OPT_SPACE,
    SPACE,
    WORD_END,
    WORD_START,
    alternation,
    first_characters,
    key,
    table,
    tolerant,
)

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
# The word before / after "اليوم" or "الأمس" that makes it not a date; matched as whole words.
_TODAY_BEFORE = re.compile(rf"{WORD_START}{alternation(V.TODAY_BLOCKERS_BEFORE)}{S}\Z")
_TODAY_AFTER = re.compile(rf"{S}{alternation(V.TODAY_BLOCKERS_AFTER)}(?![^\W\d_])")
_YESTERDAY_AFTER = re.compile(rf"{S}{alternation(V.YESTERDAY_BLOCKERS)}{WORD_END}")
_TODAY, _YESTERDAY_NOUN = key("اليوم"), key("الأمس")
_SAFAR = frozenset(key(w) for w in V.HIJRI_AMBIGUOUS)
_DAYS_IN_MONTH = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

_MONTH = alternation(MONTHS)
_WEEKDAY = alternation(WEEKDAYS)
_ERA = alternation(V.HIJRI_ERA + V.GREGORIAN_ERA_LETTER + V.GREGORIAN_ERA_WORDS)
_WEEKDAY_CUE = alternation(V.WEEKDAY_CUES)
_NUMBER = (
    rf"(?:{alternation(V.NUMBER_ONES)}{S}{alternation(V.NUMBER_TEENS_SUFFIX)}"
    rf"|{alternation(V.NUMBER_ELEVEN)}{S}{alternation(V.NUMBER_TEENS_SUFFIX)}"
    # "خمس وعشرين": the conjunction و joins units to tens.
    rf"|{alternation(V.NUMBER_ONES)}{S}{tolerant('و')}{OS}{alternation(V.NUMBER_TENS)}"
    rf"|{alternation(V.NUMBER_TENS)}|{alternation(V.NUMBER_ONES)})"
)
_NOT_AFTER_NUMBER = rf"(?<!{D})(?<!{D}[.,:/\-٫،])"
_SEPARATOR = rf"(?:{OS}/{OS}|[\-.\\،٫–])"


def _weekday_prefix(name: str) -> str:
    """Optional "يوم الجمعة، " / "الجمعة الموافق " before a date; the weekday lands in group ``name``."""
    return (
        rf"(?:(?:{_WEEKDAY_CUE}{S})?(?P<{name}>{_WEEKDAY}){WORD_END}"
        rf"(?:{OS}[,،\-–|]{OS}|{S})(?:{alternation(V.WEEKDAY_DATE_LINKS)}{OS})?)?"
    )


_TEXT_DATE = (
    _weekday_prefix("td_wd")
    + rf"(?:(?P<td_day>{D}{{1,2}})(?!{D}){OS}(?:[\-/.]{OS}|{alternation(V.DAY_MONTH_LINKS)}{S})?)?"
    + rf"(?:{alternation(V.MONTH_CUES)}{S})?"
    + rf"(?P<td_month>{_MONTH}){WORD_END}"
    + rf"(?:{OS}(?:[/\-–|]|\(){OS}(?P<td_month2>{_MONTH}){WORD_END}(?:{OS}\))?)?"
    + rf"(?:(?:{OS}[,،\-/.])?{OS}(?:{alternation(V.MONTH_YEAR_LINKS)}{S})?(?P<td_year>{D}{{4}})(?!{D})"
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
    rf"(?:(?:{alternation(V.ZONE_INTRODUCERS)}{S}(?P<tm_zn>{alternation(V.ZONES)})"
    rf"|(?P<tm_za>{alternation(V.ZONE_ABBREVIATIONS)})){WORD_END}"
    rf"(?:{OS}(?P<tm_zs>[+\-−]){OS}(?P<tm_zh>{D}{{1,2}})(?::?(?P<tm_zm>{D}{{2}}))?(?!{D}))?"
    # A place in brackets after a time is its zone too: "18:27 (مكة المكرمة)".
    rf"|\({OS}(?P<tm_zp>{alternation(V.ZONES)}){OS}\))"
)

_TIME = (
    rf"(?:(?P<tm_cue>{alternation(V.TIME_CUES)}){S})?"
    + _NOT_AFTER_NUMBER
    + rf"(?P<tm_h>{D}{{1,2}})(?::(?P<tm_m>{D}{{2}})(?::(?P<tm_s>{D}{{2}}))?)?(?!{D})"
    + rf"(?P<tm_iso>Z|[+\-]{D}{{2}}:?{D}{{2}}(?!{D}))?"
    + rf"(?:{OS}(?P<tm_p>{alternation(PERIODS)})(?![^\W\d_]))?"
    + rf"(?:{OS}(?P<tm_open>\()?{OS}{_ZONE}(?(tm_open){OS}\)))?"
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
    + rf"(?!{S}(?:{D}|{_WEEKDAY}|{alternation(RELATIVE_DAYS)}|{_MONTH}"
    + rf"|{alternation(V.AGO_BLOCKERS_AFTER)}{WORD_END}))"
)

_WEEKDAY_RELATIVE = (
    rf"(?:{_WEEKDAY_CUE}{S})?(?P<wr_wd>{_WEEKDAY}){S}(?P<wr_q>{alternation(WEEKDAY_QUALIFIERS)}){WORD_END}"
)

_RELATIVE_PERIOD = rf"(?P<rp_w>{alternation(RELATIVE_PERIODS)}){WORD_END}"

_YEAR = (
    rf"(?:{alternation(V.YEAR_CUES)}){S}(?P<yr_y>{D}{{4}})(?!{D})(?:{OS}(?P<yr_era>{_ERA}){WORD_END})?"
    + rf"|{_NOT_AFTER_NUMBER}(?P<yr_y2>{D}{{4}})"
    + rf"(?:{OS}(?P<yr_era2>{alternation(V.HIJRI_ERA + V.GREGORIAN_ERA_WORDS)})"
    + rf"|(?P<yr_m>{alternation(V.GREGORIAN_ERA_LETTER)})){WORD_END}"
)

# A piece starts at a word, or at the time after ISO 8601's "T" ("2020-10-09T18:27").
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


def _weekday(text: str | None) -> int | None:
    return WEEKDAYS[key(text)] if text else None  # type: ignore[return-value]


def _year_ok(year: int, calendar: str) -> bool:
    return 1000 <= year <= (1600 if calendar == "hijri" else 2199)


def _day_ok(year: int | None, month: int, day: int, calendar: str) -> bool:
    """Whether the day exists; a Hijri month's length is known only after conversion, so up to 30."""
    if calendar == "hijri":
        return 1 <= day <= 30
    if month == 2 and year is not None and not isleap(year):
        return 1 <= day <= 28
    return 1 <= day <= _DAYS_IN_MONTH[month]


def _era_calendar(era: str) -> str:
    return "hijri" if key(era) in HIJRI_ERA else "gregorian"


def _text_date(m: re.Match[str]) -> Piece | None:
    weekday, day_text, month_text, month2, year_text, era, qualifier = m.group(
        "td_wd", "td_day", "td_month", "td_month2", "td_year", "td_era", "td_qual"
    )
    calendar, month = MONTHS[key(month_text)]  # type: ignore[misc]
    if month2 and MONTHS[key(month2)] != (calendar, month):
        return None
    if era and _era_calendar(era) != calendar:
        return None
    year = int(year_text) if year_text else None
    if year is None and not era and key(month_text) in _SAFAR:
        return None
    if year is not None and not _year_ok(year, calendar):
        return None
    day = int(day_text) if day_text else None
    if day is not None and not _day_ok(year, month, day, calendar):
        return None
    return Piece(
        "date",
        m.start(),
        m.end(),
        year,
        month,
        day,
        calendar,
        QUALIFIERS[key(qualifier)] if qualifier else None,  # type: ignore[arg-type]
        _weekday(weekday),
    )


def _numeric_date(m: re.Match[str]) -> Piece | None:
    weekday, first, second, third, y, mo, d, era = m.group(
        "nd_wd", "nd_a", "nd_b", "nd_c", "nd_y", "nd_m", "nd_d", "nd_era"
    )
    if y:
        year, month, day = int(y), int(mo), int(d)
    else:
        # Day first, the Arabic default; month first only when the first number cannot be a month.
        day, month, year = int(first), int(second), int(third)
        if month > 12 >= day:
            day, month = month, day
    # Without an era mark, a year below 1600 in a news text is Hijri (Saudi sites write 22/2/1442).
    calendar = _era_calendar(era) if era else ("hijri" if year < 1600 else "gregorian")
    if not (1 <= month <= 12 and _year_ok(year, calendar) and _day_ok(year, month, day, calendar)):
        return None
    return Piece("date", m.start(), m.end(), year, month, day, calendar, None, _weekday(weekday))


def _time(m: re.Match[str]) -> Piece | None:
    cue, h, mi, sec, iso, period_text, zone_name, zone_abbr, zone_place, sign, off_h, off_m = m.group(
        "tm_cue",
        "tm_h",
        "tm_m",
        "tm_s",
        "tm_iso",
        "tm_p",
        "tm_zn",
        "tm_za",
        "tm_zp",
        "tm_zs",
        "tm_zh",
        "tm_zm",
    )
    hour, minute, second = int(h), int(mi) if mi else 0, int(sec) if sec else None
    period = key(period_text) if period_text else None
    if period in WEAK_PERIODS and not (mi or cue):
        return None
    if hour > 23 or minute > 59 or (second is not None and second > 59):
        return None
    piece = Piece("time", m.start(), m.end(), hour=hour, minute=minute, second=second)
    if period:
        piece.period = PERIODS[period]  # type: ignore[assignment]
    if iso:
        piece.offset = 0 if iso == "Z" else _signed_minutes(iso[0], iso[1:3], iso[-2:])
    zone_text = zone_name or zone_abbr or zone_place
    if zone_text:
        zone = ZONES[key(zone_text)]
        if sign:
            if zone != "+0":
                return None
            piece.offset = _signed_minutes(sign, off_h, off_m or "0")
        elif zone == "+0":
            piece.zone, piece.offset = "UTC", 0
        else:
            piece.zone = zone  # type: ignore[assignment]
    return piece


def _signed_minutes(sign: str, hours: str, minutes: str) -> int:
    value = int(hours) * 60 + int(minutes)  # int() reads Arabic-Indic and Persian digits too
    return -value if sign in "-−" else value


def _relative_day(m: re.Match[str], text: str) -> Piece | None:
    part, word_text, weekday = m.group("rd_part", "rd_w", "rd_wd")
    word = key(word_text)
    if not part and not weekday:
        if word == _TODAY and (
            _TODAY_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _TODAY_AFTER.match(text, m.end())
        ):
            return None
        if word == _YESTERDAY_NOUN and _YESTERDAY_AFTER.match(text, m.end()):
            return None
    piece = Piece("relday", m.start(), m.end(), weekday=_weekday(weekday))
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
        weekday=_weekday(m.group("wr_wd")),
        qualifier=WEEKDAY_QUALIFIERS[key(m.group("wr_q"))],  # type: ignore[arg-type]
    )


def _relative_period(m: re.Match[str]) -> Piece:
    unit, shift = RELATIVE_PERIODS[key(m.group("rp_w"))]  # type: ignore[misc]
    return Piece("period", m.start(), m.end(), shift=shift, unit=unit)


def _year(m: re.Match[str]) -> Piece | None:
    y, y2, era, era2, attached = m.group("yr_y", "yr_y2", "yr_era", "yr_era2", "yr_m")
    year, era = int(y or y2), era or era2
    calendar = _era_calendar(era) if era else "gregorian"
    # "2020م" without a cue word: only where it cannot be metres ("1500م" is a race).
    if attached and not 1900 <= year <= 2100:
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


# What a piece can begin with. Most word starts near a number begin none ("10 دبابات", "قبل أن"): a set
# lookup of the first character, a regex of the first words, then one of the first one or two words of
# every shape, each cheaper than the next, are together several times cheaper than trying the whole
# grammar there. They must accept every start the grammar does.
_FIRST_WORDS = [
    phrase.split()[0]
    for phrases in (
        V.WEEKDAYS,
        V.GREGORIAN_MONTHS,
        V.HIJRI_MONTHS,
        V.MONTH_CUES,
        V.TIME_CUES,
        V.DAY_PARTS,
        V.RELATIVE_DAYS,
        V.AGO_WORDS,
        V.RELATIVE_PERIODS,
        V.YEAR_CUES,
        V.WEEKDAY_CUES,
    )
    for phrase in phrases
]
_STARTS = first_characters([*_FIRST_WORDS, *"0123456789"])
_FIRST_WORD = re.compile(D + "|" + alternation(_FIRST_WORDS) + WORD_END)
_AFTER_NUMBER = alternation((*MONTHS, *V.DAY_MONTH_LINKS, *V.MONTH_CUES, *PERIODS, *V.HIJRI_ERA))
_AFTER_YEAR = alternation((*V.GREGORIAN_ERA_LETTER, *V.GREGORIAN_ERA_WORDS))
_NUMBER_FIRST = rf"{D}+(?:[:T]|{OS}[/\-.،٫\\–]|{OS}(?:{_AFTER_NUMBER}|{_AFTER_YEAR})(?![^\W\d_]))"
_SIGNATURE = re.compile(
    "|".join(
        (
            _NUMBER_FIRST,
            rf"{_WEEKDAY}{WORD_END}",
            rf"{_WEEKDAY_CUE}{S}(?:{_WEEKDAY}|{alternation(RELATIVE_DAYS)}){WORD_END}",
            rf"(?:{alternation(V.MONTH_CUES)}{S})?{_MONTH}{WORD_END}",
            rf"{alternation(V.TIME_CUES)}{S}{D}",
            rf"(?:{alternation(V.DAY_PARTS)}{S})?{alternation(RELATIVE_DAYS)}{WORD_END}",
            rf"{alternation(V.AGO_WORDS)}{S}(?:{alternation(V.APPROXIMATORS)}{S})?"
            rf"(?:{D}|{_NUMBER}{WORD_END}|{alternation(UNITS)}{WORD_END})",
            rf"{alternation(RELATIVE_PERIODS)}{WORD_END}",
            rf"{alternation(V.YEAR_CUES)}{S}{D}",
        )
    )
)


_STARTS_WITH_NUMBER = re.compile(_NUMBER_FIRST)
_MONTH_WORDS = [word for month in (*V.GREGORIAN_MONTHS, *V.HIJRI_MONTHS) for word in month.split()]
_DUAL_SEPARATORS = re.compile(r"[/\-–|]")
_PROCLITICS = frozenset("وفبل")
# Words after which a number may belong to a piece it does not begin ("الساعة 10", "عام 2020",
# "منذ 3 ساعات", "أكتوبر 2020", "كانون 2 2021"), with the brackets and commas that may cling to them.
_BEFORE_NUMBER = re.compile(
    r"\(?"
    + alternation((*V.TIME_CUES, *V.YEAR_CUES, *V.AGO_WORDS, *V.APPROXIMATORS, *_MONTH_WORDS))
    + r"[,،\-/.()]*\Z"
)


def number_may_belong(text: str, pos: int) -> bool:
    """Whether the number at ``pos`` can be part of a piece: it begins one, or follows a word that
    takes a number. Most numbers in news prose ("قتل 20 جنديا") are ruled out here at once."""
    if _STARTS_WITH_NUMBER.match(text, pos):
        return True
    before = text[max(0, pos - 24) : pos].split()
    if pos and text[pos - 1].isalpha():
        # Inside a word: a month such as "ت1" or "ك2" — unless the letter is a proclitic ("و6").
        if before[-1] not in _PROCLITICS:
            return True
        before.pop()
    # The last word, or the last of two month names written together ("مارس/آذار 2018").
    return bool(before) and _BEFORE_NUMBER.match(_DUAL_SEPARATORS.split(before[-1])[-1]) is not None


_START_WINDOW = 40


def may_start(text: str, pos: int) -> bool:
    """Whether a date expression may begin at ``pos`` of ``text`` (marks not yet removed): the first
    test `piece_at` makes, for a caller that would rather not run the grammar over all of ``text``."""
    window = DELETED_RUN.sub("", text[pos : pos + _START_WINDOW])
    return bool(window) and window[0] in _STARTS and _FIRST_WORD.match(window) is not None


def piece_at(text: str, pos: int) -> Piece | None:
    """The piece that starts at ``pos`` in ``text`` (marks already removed), if one does."""
    if (
        text[pos] not in _STARTS
        or _FIRST_WORD.match(text, pos) is None
        or _SIGNATURE.match(text, pos) is None
    ):
        return None
    m = PATTERN.match(text, pos)
    if m is None:
        return None
    if m.lastgroup == "rd":
        return _relative_day(m, text)
    return _BUILDERS[m.lastgroup](m)  # type: ignore[index,operator]
