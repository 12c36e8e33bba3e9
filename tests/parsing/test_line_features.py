"""The per-line features `split_lines` computes for the whole page at once (byte tables, one scan a
cue) equal their plain definitions, line by line, for any input."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from akhbar.parsing.lexicon import RELATIVE_DATE_CUES
from akhbar.parsing.lines import split_lines
from akhbar.text import fold

# Arabic letters with their marks and variants, Latin, digits in three scripts, punctuation of both
# scripts, characters outside windows-1256 (emoji, Persian letters, ⅷ), and every kind of line break.
ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةَُِّْـ"
    "abcXYZéçàô0123456789٠١٢٣٤٥٦٧٨٩۴۵"
    " \t،؛؟.:-()«»“”…–—|/©_"
    "😀پچژگⅷ\u200f\u00a0"
    "\n\r\x0b\x0c\x1c\x85\u2028"
)
PIECES = st.sampled_from(["2020", "١٤٤٢", "منذ", "أمس", "اليوم", "قبل", "الآن", "غداً", "\r\n"])
TEXTS = st.one_of(
    st.text(alphabet=ALPHABET), st.lists(st.one_of(st.text(alphabet=ALPHABET), PIECES)).map("".join)
)


def _expected(raw: str) -> tuple[list[str], bool]:
    folded = fold(raw)
    cue = re.search(r"[0-9]{4}", folded) is not None or any(c in folded for c in RELATIVE_DATE_CUES)
    return re.findall(r"\w+", folded), cue


@settings(max_examples=400, deadline=None)
@given(TEXTS)
# A page whose breaks are all "\n" is split without them; one with any other break is not, even
# where folding has emptied the line after it.
@example("\x1c\u064e")
@example("سطر\n\u064e")
@example("سطر\r\nسطر ثان\n")
@example("سطر ")
def test_features_equal_their_definitions(text: str) -> None:
    lines = split_lines(text)
    assert [line.end - line.start for line in lines] == [len(raw) for raw in text.splitlines(keepends=True)]
    assert [line.content for line in lines] == [raw.strip() for raw in text.splitlines()]
    assert [text[line.content_start : line.content_end] for line in lines] == [line.content for line in lines]
    for line in lines:
        tokens, cue = _expected(text[line.start : line.end])
        assert line.tokens == tokens
        assert line.key == " ".join(tokens)
        assert line.words == len(tokens)
        assert line.first == (tokens[0] if tokens else "")
        assert line.prose == (len(tokens) >= 12 and line.content.endswith(tuple(".!?؟…")))
        assert line.date_cue == (cue and bool(line.content))


def test_a_page_outside_windows_1256_gets_the_same_features():
    line = "قبل 3 ساعات 😀 نشر في 2021"
    assert split_lines(line)[0].tokens == split_lines(line.replace("😀", "©"))[0].tokens
    assert split_lines(line)[0].date_cue
