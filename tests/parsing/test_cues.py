from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akhbar.parsing import cues
from akhbar.parsing.lines import split_lines


def line(text: str):
    return split_lines(text)[0]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("جميع الحقوق محفوظة © 2021", "copyright"),
        ("اقرأ أيضا: الحكومة تقر الموازنة", "related"),
        ("اقرأ أيضاً الحكومة تقر الموازنة", "related"),
        ("الوسوم: الأردن، المياه", "tags"),
        ("فيسبوك تويتر واتساب", "share"),
        ("شارك 12 فيسبوك", "share"),
        ("الرئيسية > أخبار > عربي ودولي", "navigation"),
        ("الرئيسية | محليات | اقتصاد | رياضة", "navigation"),
        ("اشترك في النشرة البريدية", "newsletter"),
        ("إعلان", "ads"),
    ],
)
def test_boilerplate_kind(text: str, kind: str) -> None:
    assert cues.boilerplate_kind(line(text)) == kind


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير إن الحكومة ستعلن خطتها الأسبوع المقبل.",
        "شاهد عيان قال إن الانفجار وقع قرب السوق",
        "اجتماع في جنيف",
    ],
)
def test_prose_is_not_boilerplate(text: str) -> None:
    assert cues.boilerplate_kind(line(text)) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("مواضيع ساخنة اخرى", "related"),
        ("الأكثر قراءة", "related"),
        ("التعليقات (3)", "comments"),
        ("الوسوم", "tags"),
    ],
)
def test_block_header(text: str, kind: str) -> None:
    assert cues.block_header(line(text)) == kind


def test_doubled_headline_keeps_the_first_copy_as_written() -> None:
    text = '" الصحة " :  97 حالة “حصبة” سجلت " الصحة " : 97 حالة “حصبة” سجلت'
    assert cues.doubled_half(line(text)) == '" الصحة " :  97 حالة “حصبة” سجلت'
    assert cues.doubled_half(line("عاجل عاجل")) is None
    assert cues.doubled_half(line("الحكومة تقر الموازنة")) is None


def test_byline_and_source_need_their_separator() -> None:
    assert cues.BYLINE.rest(line("كتب: أحمد علي")) is not None
    assert cues.BYLINE.rest(line("كتب الرئيس في رسالته")) is None
    assert cues.SOURCE.rest(line("المصدر : الجزيرة + وكالات")) is not None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="|>»›•/ \t\u00a0أبت12"))
def test_menu_separators_are_marks_beside_spaces(text):
    # The definition the scan over marks stands for: a mark with a space on one side, "/" on both.
    expected = re.search(r"\s[|>»›•/]\s|\s[|>»›•]|[|>»›•]\s", text) is not None
    assert cues._has_menu_separator(text) == expected
