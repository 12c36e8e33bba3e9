"""find_dates / parse_date behaviour, one rule a test; the case file covers the breadth."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from akhbar.dates import find_dates, parse_date

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "article-madina-2020-10-09.txt"
SEED_LINE = "تم نشره الجمعة 09 تشرين الأوّل / أكتوبر 2020 06:27 مساءً"
FRIDAY_EVENING = dt.datetime(2020, 10, 9, 20, 0)


def only(text: str, reference=None):
    matches = find_dates(text, reference)
    assert len(matches) == 1, [(m.text, m.value) for m in matches]
    return matches[0]


def test_seed_line_is_one_match_at_minute_precision_with_agreeing_weekday():
    match = only(SEED_LINE)
    assert match.text == "الجمعة 09 تشرين الأوّل / أكتوبر 2020 06:27 مساءً"
    assert match.value == "2020-10-09T18:27"
    assert match.precision == "minute"
    assert match.datetime == dt.datetime(2020, 10, 9, 18, 27)
    assert (match.weekday, match.weekday_agrees, match.calendar, match.relative) == (
        4,
        True,
        "gregorian",
        False,
    )


@pytest.mark.skipif(not SEED.exists(), reason="shared seed page not available")
def test_seed_page_dates():
    text = SEED.read_text(encoding="utf-8")
    matches = find_dates(text, FRIDAY_EVENING)
    values = {m.text: m.value for m in matches}
    assert values["الجمعة 09 تشرين الأوّل / أكتوبر 2020 06:27 مساءً"] == "2020-10-09T18:27"
    assert values["أمس الخميس"] == "2020-10-08"
    assert values["اليوم الجمعة"] == "2020-10-09"
    for match in matches:
        assert text[match.start : match.end] == match.text


def test_span_keeps_marks_and_tatweel_of_the_original():
    text = "صدر في 9 تشـريـن الأوَّل 2020 بيان"
    match = only(text)
    assert match.text == "9 تشـريـن الأوَّل 2020"
    assert text[match.start : match.end] == match.text
    assert match.value == "2020-10-09"


def test_time_before_the_date_joins_it():
    assert only("06:27 مساءً - الجمعة 9 أكتوبر 2020").value == "2020-10-09T18:27"


def test_two_dates_in_a_sentence_stay_apart():
    matches = find_dates("وقعت في 13 أغسطس 2020 ودخلت حيز التنفيذ في 15 سبتمبر 2020")
    assert [m.value for m in matches] == ["2020-08-13", "2020-09-15"]


def test_contradicting_weekday_is_reported_and_the_date_wins():
    match = only("الخميس 9 أكتوبر 2020")
    assert (match.value, match.weekday, match.weekday_agrees) == ("2020-10-09", 3, False)


def test_partial_date_without_reference_invents_nothing():
    match = only("27 سبتمبر/أيلول الماضي")
    assert (match.year, match.month, match.day, match.relative) == (None, 9, 27, True)
    assert match.value == "--09-27"
    assert match.datetime is None


def test_partial_date_with_reference_is_the_most_recent_past():
    assert only("27 سبتمبر/أيلول الماضي", FRIDAY_EVENING).value == "2020-09-27"
    assert only("15 أكتوبر", FRIDAY_EVENING).value == "2019-10-15"
    assert only("9 أكتوبر", FRIDAY_EVENING).value == "2020-10-09"
    assert only("أكتوبر الماضي", FRIDAY_EVENING).value == "2019-10"
    assert only("15 أكتوبر المقبل", FRIDAY_EVENING).value == "2020-10-15"


def test_relative_without_reference_keeps_the_span_but_no_value():
    match = only("قال منذ ثلاث ساعات إن")
    assert (match.text, match.value, match.relative) == ("منذ ثلاث ساعات", "", True)


def test_relative_hours_need_a_clock_in_the_reference():
    assert only("منذ 3 ساعات", dt.date(2020, 10, 9)).value == ""
    assert only("منذ 3 ساعات", FRIDAY_EVENING).value == "2020-10-09T17:00"


def test_yesterday_with_weekday_is_checked_against_the_reference():
    thursday = only("وأمس الخميس، أكد", FRIDAY_EVENING)
    assert (thursday.text, thursday.value, thursday.weekday_agrees) == ("أمس الخميس", "2020-10-08", True)
    assert only("أمس الأربعاء", FRIDAY_EVENING).weekday_agrees is False


def test_hijri_keeps_its_value_and_converts_with_umm_al_qura():
    match = only("22 صفر 1442 هـ")
    assert (match.calendar, match.hijri, match.value) == ("hijri", "1442-02-22", "2020-10-09")


def test_hijri_outside_the_conversion_range_keeps_only_hijri():
    match = only("1 محرم 1300 هـ")
    assert (match.hijri, match.year, match.value) == ("1300-01-01", None, "")


def test_agreeing_dual_calendar_line_is_one_match():
    match = only("22 صفر 1442 هـ الموافق 9 أكتوبر 2020 م")
    assert (match.calendar, match.hijri, match.value) == ("dual", "1442-02-22", "2020-10-09")


def test_disagreeing_dual_calendar_line_is_two_matches():
    matches = find_dates("22 صفر 1442 هـ الموافق 20 أكتوبر 2020")
    assert [(m.calendar, m.value) for m in matches] == [("hijri", "2020-10-09"), ("gregorian", "2020-10-20")]


def test_zone_offset_depends_on_the_date():
    assert only("9 أكتوبر 2020 الساعة 10 بتوقيت القاهرة").utc_offset == 120
    assert only("9 يوليو 2023 الساعة 10 بتوقيت القاهرة").utc_offset == 180
    # Jerusalem's offset changes during the year, so a bare time cannot say which it is.
    assert only("الساعة 10 بتوقيت القدس").utc_offset is None
    assert only("الساعة 10 بتوقيت مكة المكرمة").utc_offset == 180


def test_local_time_names_no_offset():
    match = only("9 أكتوبر 2020 06:27 مساءً بالتوقيت المحلي")
    assert (match.zone, match.utc_offset, match.value) == ("local", None, "2020-10-09T18:27")


def test_aware_datetime_when_the_offset_is_known():
    match = only("2020-10-09T18:27:05+03:00")
    assert match.datetime == dt.datetime(2020, 10, 9, 18, 27, 5, tzinfo=dt.timezone(dt.timedelta(hours=3)))


@pytest.mark.parametrize(
    ("text", "value"),
    [("عام 2020", "2020"), ("سنة ١٩٤٨", "1948"), ("2020م", "2020")],
)
def test_year_with_a_cue_is_a_year_precision_date(text, value):
    match = only(text)
    assert (match.value, match.precision) == (value, "year")


@pytest.mark.parametrize(
    "text",
    [
        "قتل 20 جنديا",
        "دمرت 10 دبابات",
        "يبلغ عدد سكان القرية 2020 نسمة",
        "مارس الرئيس ضغوطا",
        "في اليوم الأول",
        "اليوم الوطني",
        "صحيفة المصري اليوم",
        "قبل أن يغادر",
        "منذ سنوات",
        "قبل 3 أيام من الانتخابات",
        "قبل شهر رمضان",
        "سجل الفريق 3 صفر",
        "فاز بسباق 1500م",
        "يبلغ طوله 200 م",
        "31/04/2020",
        "",
    ],
)
def test_not_a_date(text):
    assert find_dates(text) == []


def test_parse_date_takes_the_longest_expression():
    match = parse_date("نشر في: الجمعة 9 أكتوبر 2020 - 06:27 م")
    assert match is not None
    assert match.value == "2020-10-09T18:27"
    assert parse_date("لا تاريخ هنا") is None


def test_dates_do_not_invent_a_precision_they_lack():
    month = only("أكتوبر 2020")
    assert (month.value, month.precision, month.day, month.datetime) == ("2020-10", "month", None, None)
    time = only("الساعة 10 مساءً")
    assert (time.value, time.year, time.precision) == ("T22:00", None, "minute")


def test_clock_relative_keeps_the_reference_offset() -> None:
    reference = dt.datetime(2021, 5, 2, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    (match,) = find_dates("منذ ساعتين", reference)
    assert match.value == "2021-05-02T10:00+03:00"
    (naive,) = find_dates("منذ ساعتين", reference.replace(tzinfo=None))
    assert naive.value == "2021-05-02T10:00"
