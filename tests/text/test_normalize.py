"""Folding and keys: the fast paths (a regex for short strings, a byte table for pages that fit the
Arabic code page, a replace loop for the rest) all equal the plain definition."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akhbar.text import codepage, fold, fold_mapped, match_key, word_key, words
from akhbar.text.normalize import _FOLDINGS

ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةٱَُِّْـ"
    "abcXYZÉéçÀô0123456789٠١٢٣٤٥٦٧٨٩۴۵یک"
    " \t\n،؛؟.:-()«»“”„‘’…–—|/©\u00a0\u200f\u200c\ufeff"
    "😀پچژگⅷﻻİﯼ²½™¨µ"
)
TEXTS = st.text(alphabet=ALPHABET)
# Long enough for the page paths, with and without characters outside the code page.
PIECES = ["الأُمّة تُصلّي،", "٢٠٢١ «أخبار»", "Paris — É", "ﻻ 😀", "… ²™", "\n", "ﯼ ½"]
PAGES = st.one_of(
    st.lists(st.sampled_from(PIECES), min_size=300).map("".join),
    st.lists(st.sampled_from(PIECES[:3] + PIECES[4:6]), min_size=300).map("".join),  # fits the code page
)


def _plain_fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return "".join(_FOLDINGS.get(char, char) for char in text).lower()


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXTS, PAGES))
def test_fold_equals_its_definition(text):
    assert fold(text) == _plain_fold(text)


@settings(max_examples=200, deadline=None)
@given(st.one_of(TEXTS, PAGES))
def test_keys_are_the_folded_words(text):
    assert words(text) == re.findall(r"\w+", fold(text))
    assert word_key(text) == " ".join(words(text))
    assert match_key(text) == " ".join(fold(text).split())


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_fold_mapped_points_back_into_the_input(text):
    folded, index = fold_mapped(text)
    if unicodedata.is_normalized("NFKC", text):
        assert folded == fold(text)
    assert len(index) == len(folded) + 1 and index[-1] == len(text)
    assert index == sorted(index)


def test_fold_merges_what_a_reader_treats_as_one_word():
    assert fold("إِلى الأُمَّة ٢٠٢٠") == fold("الى الامه 2020") == "الي الامه 2020"
    assert fold("«مؤتمر» — Paris") == '"موتمر" - paris'


def test_codepage_tables_refuse_a_mapping_that_does_not_fit():
    with pytest.raises(ValueError):
        codepage.table(lambda char: "ab" if char == "a" else char)
    assert codepage.encode("😀") is None
    assert codepage.decode(codepage.encode("مرحبا ©") or b"") == "مرحبا ©"
