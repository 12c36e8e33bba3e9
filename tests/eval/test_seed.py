"""The real seed page from ../shared: exactly the values issue 2 asks for. Skips in a user's clone."""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar import parse

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "article-madina-2020-10-09.txt"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared is not present")


@pytest.fixture(scope="module")
def seed():
    text = SEED.read_text(encoding="utf-8")
    return text, parse(text)


def test_fields(seed) -> None:
    text, article = seed
    assert article.title == text.splitlines()[0]
    assert article.published == "2020-10-09T18:27"
    assert article.site == "المدينة نيوز"
    assert article.sources == ["الجزيرة", "وكالات"]
    assert article.captions == ["إلهام علييف"]
    assert [s.heading for s in article.sections if s.heading] == ["اجتماع في جنيف", "سير المعارك"]
    assert article.text.startswith("عُقد اليوم الجمعة في موسكو")
    assert article.text.endswith("ودفعت تلك القوات للانسحاب.")
    assert article.is_article and article.language == "ar"


def test_hot_topics_block(seed) -> None:
    text, article = seed
    block_start = text.index("مواضيع ساخنة اخرى")
    trailing = [ln for ln in text[block_start:].splitlines() if ln.strip()]
    for line in trailing:
        assert line not in article.text
    (related,) = [b for b in article.boilerplate if b.kind == "related"]
    assert related.heading == "مواضيع ساخنة اخرى"
    assert len(related.lines) == 16 == len(trailing) - 1
    for item, line in zip(related.lines, trailing[1:], strict=True):
        assert line.startswith(item)
    doubled = [ln for ln in article.lines if ln.rule == "doubled-headline"]
    assert len(doubled) == 16


def test_labels(seed) -> None:
    text, article = seed
    labels = [(text[ln.start : ln.end].strip(), ln.label) for ln in article.lines]
    assert labels[0] == (text.splitlines()[0], "title")
    assert labels[2][1] == "date"
    assert labels[3] == (text.splitlines()[0], "duplicate")
    assert labels[4] == ("إلهام علييف", "caption")
    assert ("المصدر : الجزيرة + وكالات", "source") in labels
    assert ("اجتماع في جنيف", "heading") in labels
