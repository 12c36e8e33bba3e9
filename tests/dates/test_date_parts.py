"""The pieces under find_dates: vocabulary coverage, the stripped-text map, clock and calendar rules."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from akhbar.dates import vocabulary as V
from akhbar.dates.grammar import number_value
from akhbar.dates.lexicon import Stripped, key
from akhbar.dates.resolve import hijri_to_gregorian, to_24h


def test_every_expression_without_digits_contains_a_trigger():
    # find_dates skips a digit-free text holding no trigger, so each such word must contain one.
    phrases = [
        *V.RELATIVE_DAYS,
        *V.AGO_WORDS,
        *V.QUALIFIERS,
        *V.WEEKDAY_QUALIFIERS,
        *V.RELATIVE_PERIODS,
    ]
    for phrase in phrases:
        assert any(trigger in phrase for trigger in V.TRIGGERS), phrase


def test_month_tables_do_not_collide_after_folding():
    gregorian = {key(w): n for w, n in V.GREGORIAN_MONTHS.items()}
    hijri = {key(w): n for w, n in V.HIJRI_MONTHS.items()}
    assert not set(gregorian) & set(hijri)
    assert sorted(set(gregorian.values())) == list(range(1, 13))
    assert sorted(set(hijri.values())) == list(range(1, 13))


def test_every_named_zone_exists_in_zoneinfo():
    for zone in {*V.ZONES.values(), *V.ZONE_ABBREVIATIONS.values()} - {"+0", "local"}:
        ZoneInfo(zone)


def test_stripped_maps_offsets_back_to_the_original():
    original = "الأوَّل\u200f ٢٠٢٠"
    stripped = Stripped(original)
    assert stripped.text == "الأول ٢٠٢٠"
    start, end = stripped.text.index("الأول"), stripped.text.index("الأول") + len("الأول")
    # The end takes in the marks on the last letter, and the invisible mark right after it.
    assert original[stripped.original(start) : stripped.original(end)] == "الأوَّل\u200f"
    year = stripped.text.index("٢٠٢٠")
    assert original[stripped.original(year) : stripped.original(year + 4)] == "٢٠٢٠"


@pytest.mark.parametrize(
    ("hour", "period", "expected"),
    [
        (6, "pm", 18),
        (12, "pm", 12),
        (12, "am", 0),
        (9, "am", 9),
        (18, "pm", 18),
        (1, "noon", 13),
        (11, "noon", 11),
        (12, "noon", 12),
        (5, "dawn", 5),
        (12, "dawn", 0),
        (11, "night", 23),
        (12, "night", 0),
        (2, "night", 2),
        (3, "afternoon", 15),
        (7, None, 7),
    ],
)
def test_to_24h(hour, period, expected):
    assert to_24h(hour, period) == expected


def test_hijri_conversion_known_days():
    assert hijri_to_gregorian(1441, 9, 1) == dt.date(2020, 4, 24)
    assert hijri_to_gregorian(1441, 12, 10) == dt.date(2020, 7, 31)
    assert hijri_to_gregorian(1200, 1, 1) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("3", 3), ("٣", 3), ("ثلاث", 3), ("عشرة", 10), ("خمس عشرة", 15), ("إحدى عشرة", 11), ("خمس وعشرين", 25)],
)
def test_number_value(text, value):
    assert number_value(text) == value


def test_trigger_reach_covers_every_relative_day_with_its_longest_prefix():
    from akhbar.dates.find import _TRIGGER_REACH

    # A piece is found when one of its triggers lies within reach of where the piece starts.
    longest_part = max(len(part) + 1 for part in V.DAY_PARTS)
    for phrase in V.RELATIVE_DAYS:
        assert any(
            longest_part + phrase.index(trigger) <= _TRIGGER_REACH[trigger]
            for trigger in V.TRIGGERS
            if trigger in phrase
        ), phrase
    for phrase in (*V.AGO_WORDS, *V.RELATIVE_PERIODS):
        assert any(trigger in phrase[: len(trigger) + _TRIGGER_REACH[trigger]] for trigger in V.TRIGGERS), (
            phrase
        )
