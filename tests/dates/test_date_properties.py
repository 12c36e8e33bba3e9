"""Property tests: anything in, no exception and honest spans; generated dates come back exactly."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from akhbar.dates import find_dates, parse_date
from akhbar.dates import vocabulary as V

# Text drawn from what date lines are made of, so the grammar is exercised and not just the pre-check.
_FRAGMENTS = [
    *V.GREGORIAN_MONTHS,
    *V.HIJRI_MONTHS,
    *V.WEEKDAYS,
    *V.DAY_PERIODS,
    *V.RELATIVE_DAYS,
    *V.UNITS,
    *V.QUALIFIERS,
    *V.ZONES,
    "منذ",
    "قبل",
    "الساعة",
    "بتوقيت",
    "الموافق",
    "عام",
    "هـ",
    "م",
    "GMT+3",
    "T",
    "Z",
]
_SEPARATORS = [" ", "  ", "/", "-", ":", ".", "،", "٫", "(", ")", "\u200f", "\u0640", "\u0651", "\n", "\xa0"]
_numbers = st.integers(0, 2100).map(str) | st.integers(0, 99).map(lambda n: f"{n:02d}")
_digit_scripts = st.sampled_from([str.maketrans("", ""), str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")])
_fragment = st.sampled_from(_FRAGMENTS)
_separator = st.sampled_from(_SEPARATORS)
_token = _fragment | _numbers | _separator
# Shapes near real expressions (number, month, number; clock times; cue and number), with random
# fragments between them, so most examples reach the grammar's deeper branches.
_shape = st.one_of(
    st.tuples(_numbers, _separator, _fragment, _separator, _numbers).map("".join),
    st.tuples(_fragment, _separator, _numbers, _separator, _fragment, _separator, _numbers).map("".join),
    st.tuples(_numbers, st.just(":"), _numbers, _separator, _fragment, _separator, _fragment).map("".join),
    st.tuples(_numbers, _separator, _numbers, _separator, _numbers, _separator, _fragment).map("".join),
    st.tuples(_fragment, st.just(" "), _numbers, st.just(" "), _fragment).map("".join),
)
_date_like = st.lists(_shape | _token, max_size=8).map(" ".join)
_references = (
    st.none()
    | st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31))
    | st.datetimes(dt.datetime(1950, 1, 1), dt.datetime(2090, 12, 31))
)


def _check_spans(text: str, matches) -> None:
    previous_end = 0
    for match in matches:
        assert 0 <= match.start < match.end <= len(text)
        assert text[match.start : match.end] == match.text
        assert match.start >= previous_end
        previous_end = match.end
        assert isinstance(match.value, str)


@settings(max_examples=300, deadline=None)
@given(st.text(), _references)
def test_any_text_no_exception_and_spans_inside(text, reference):
    _check_spans(text, find_dates(text, reference))
    parse_date(text, reference)


@settings(max_examples=400, deadline=None)
@given(_date_like, _references, _digit_scripts)
def test_date_like_text_no_exception_and_spans_inside(text, reference, digits):
    text = text.translate(digits)
    matches = find_dates(text, reference)
    _check_spans(text, matches)
    for match in matches:
        if match.year is not None and match.month is not None and match.day is not None:
            assert match.datetime is not None


_months_by_number: dict[int, list[str]] = {}
for _name, _number in V.GREGORIAN_MONTHS.items():
    if not any(ch.isdigit() for ch in _name):
        _months_by_number.setdefault(_number, []).append(_name)


@settings(max_examples=300, deadline=None)
@given(
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
    st.data(),
    _digit_scripts,
    st.booleans(),
)
def test_generated_dates_come_back_exactly(day, data, digits, with_weekday):
    month = data.draw(st.sampled_from(_months_by_number[day.month]))
    weekday = next(w for w, n in V.WEEKDAYS.items() if n == day.weekday())
    expression = (
        f"{weekday} {day.day} {month} {day.year}" if with_weekday else f"{day.day} {month} {day.year}"
    )
    expression = expression.translate(digits)
    text = f"وقال المتحدث في {expression} إن الوفد وصل"
    matches = find_dates(text)
    assert [m.text for m in matches] == [expression]
    assert matches[0].value == day.isoformat()
    assert matches[0].weekday_agrees is (True if with_weekday else None)


@settings(max_examples=200, deadline=None)
@given(st.dates(dt.date(1924, 1, 1), dt.date(2076, 12, 31)), st.integers(0, 23), st.integers(0, 59))
def test_numeric_date_and_time_round_trip(day, hour, minute):
    text = f"{day.day:02d}/{day.month:02d}/{day.year} {hour:02d}:{minute:02d}"
    match = parse_date(text)
    assert match is not None and match.text == text
    assert match.datetime == dt.datetime(day.year, day.month, day.day, hour, minute)


@settings(max_examples=200, deadline=None)
@given(st.datetimes(dt.datetime(1950, 1, 1), dt.datetime(2090, 12, 31)), st.integers(1, 99))
def test_hours_ago_is_the_reference_minus_the_hours(reference, hours):
    match = parse_date(f"منذ {hours} ساعة", reference)
    expected = reference - dt.timedelta(hours=hours)
    assert match is not None and match.relative
    assert (match.year, match.month, match.day, match.hour, match.minute) == (
        expected.year,
        expected.month,
        expected.day,
        expected.hour,
        expected.minute,
    )
