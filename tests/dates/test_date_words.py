"""What lets a caller rule a date out without running the grammar: `DATE_WORDS` holds every word of
every expression `find_dates` returns (or the word holds a digit), and `may_start` is true wherever
one begins."""

from __future__ import annotations

from dates_cases import load_cases, reference_of
from hypothesis import given
from hypothesis import strategies as st

from akhbar.dates import DATE_WORDS, find_dates, may_start
from akhbar.text import words


def _outside(text: str, reference=None) -> set[str]:
    return {
        word
        for match in find_dates(text, reference)
        for word in words(text[match.start : match.end])
        if word not in DATE_WORDS and not any(c.isdigit() for c in word)
    }


def test_every_word_of_every_case_expression_is_a_date_word():
    outside = set()
    for case in load_cases():
        outside |= _outside(case["text"], reference_of(case))
    assert not outside


def test_ordinary_words_are_not_date_words():
    assert {"الوزير", "الحكومة", "قال", "المفاوضات"}.isdisjoint(DATE_WORDS)
    assert {"اكتوبر", "الجمعه", "مساء", "وامس"} <= DATE_WORDS


_PIECES = st.sampled_from(
    "الجمعة 9 تشرين الأول أكتوبر 2020 الساعة 06:27 مساءً منذ ساعتين أمس الماضي هـ 1442 صفر "
    "بتوقيت مكة قال الوزير في بيان / - ، ".split(" ")
)


@given(st.lists(_PIECES, max_size=14).map(" ".join))
def test_words_of_any_mix_of_date_and_other_words_are_date_words(text):
    assert not _outside(text)


def test_may_start_wherever_an_expression_begins():
    starts = 0
    for case in load_cases():
        text = case["text"]
        for match in find_dates(text, reference_of(case)):
            assert may_start(text, match.start), text
            starts += 1
        assert not may_start(text + " الوزير", len(text) + 1)
    assert starts > 500


@given(st.lists(_PIECES, max_size=14).map(" ".join))
def test_may_start_in_any_mix(text):
    for match in find_dates(text):
        assert may_start(text, match.start)
