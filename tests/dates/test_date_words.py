"""`DATE_WORDS` must hold every word of every expression `find_dates` returns (or the word holds a
digit): the parser rules out date lines by it without running the grammar."""

from __future__ import annotations

from dates_cases import load_cases, reference_of
from hypothesis import given
from hypothesis import strategies as st

from akhbar.dates import DATE_WORDS, find_dates
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
