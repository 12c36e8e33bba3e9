"""Whatever the input, parse returns an Article whose line spans tile the input exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from akhbar import parse
from akhbar.model import LINE_LABELS

ARABIC_LINES = st.lists(
    st.one_of(
        st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة ،.:-()0123456789٠١٢٣", max_size=200),
        st.sampled_from(
            [
                "المصدر : الجزيرة + وكالات",
                "الجمعة 09 تشرين الأوّل / أكتوبر 2020 06:27 مساءً",
                "اقرأ أيضا: عنوان",
                "القاهرة - (رويترز) - قال",
                "مواضيع ساخنة اخرى",
                "شارك فيسبوك تويتر",
                "",
            ]
        ),
    ),
    max_size=30,
)
SEPARATORS = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\u2028", "\x0c"])


def _check(text: str) -> None:
    article = parse(text)
    position = 0
    for line in article.lines:
        assert line.start == position
        assert line.end > line.start
        assert line.label in LINE_LABELS
        position = line.end
    assert position == len(text)
    for spans in article.spans.values():
        for start, end in spans:
            assert 0 <= start <= end <= len(text)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_string(text: str) -> None:
    _check(text)


@settings(max_examples=300, deadline=None)
@given(ARABIC_LINES, SEPARATORS)
def test_page_like_strings(lines: list[str], separator: str) -> None:
    _check(separator.join(lines))


@settings(max_examples=100, deadline=None)
@given(ARABIC_LINES)
def test_fields_come_from_their_spans(lines: list[str]) -> None:
    text = "\n".join(lines)
    article = parse(text)
    if article.title is not None:
        start, end = article.spans["title"][0]
        assert text[start:end] == article.title
    for name, start_end in zip(article.sources, article.spans.get("sources", []), strict=True):
        assert text[start_end[0] : start_end[1]] == name
    for caption, start_end in zip(article.captions, article.spans.get("captions", []), strict=True):
        assert text[start_end[0] : start_end[1]] == caption
