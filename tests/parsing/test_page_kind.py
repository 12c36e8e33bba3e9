"""The language of a page's text."""

from __future__ import annotations

import pytest

from akhbar.parsing.page_kind import detect_language

ARABIC = "قالت وزارة الصحة اليوم إن عدد الإصابات تراجع خلال الأسبوع الماضي بعد حملة التطعيم الواسعة."
FRENCH = "Le ministre a annoncé dans un communiqué que les négociations reprendront avec les syndicats."
ENGLISH = "The minister said in a statement that the talks with the unions would resume next week."


@pytest.mark.parametrize(
    ("text", "language"),
    [(ARABIC, "ar"), (FRENCH, "fr"), (ENGLISH, "en"), ("٢٠٢١ - 12", None), ("", None)],
)
def test_language(text, language):
    assert detect_language(text) == language
    # A character outside the Arabic code page takes the other counting path, to the same answer.
    assert detect_language(text + " 😀") == language


def test_the_script_that_dominates_wins():
    assert detect_language(ARABIC + " " + ENGLISH[:40]) == "ar"
    assert detect_language(ARABIC[:30] + " " + ENGLISH) == "en"
