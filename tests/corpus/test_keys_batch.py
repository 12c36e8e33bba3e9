from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from akhbar.corpus.lines import key_of, line_keys
from akhbar.model import Line

_TEXT = st.text(
    alphabet=st.sampled_from(list("ابةأإىيؤئ ـًٌٍَُِّْ،.:؟!«»-0123456789٠١٢٣\u200f\u00a0abcXY\t\x00")), max_size=30
)


@given(st.lists(st.tuples(_TEXT, st.sampled_from(["body", "blank", "title", "boilerplate"])), max_size=12))
def test_batch_line_keys_equal_keys_of_each_line(pieces):
    source, lines, pos = "", [], 0
    for text, label in pieces:
        chunk = text + "\n"
        source += chunk
        lines.append(Line(pos, pos + len(chunk), label))
        pos += len(chunk)
    expected = [0 if ln.label == "blank" else key_of(source[ln.start : ln.end]) for ln in lines]
    assert list(line_keys(source, lines)) == expected


@given(_TEXT)
def test_words_are_the_words_of_word_key(text):
    from akhbar.text.normalize import word_key, words

    assert words(text) == word_key(text).split()
