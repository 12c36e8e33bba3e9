"""process(): HTML pages through trafilatura then the parser, with metadata merged and explained."""

from __future__ import annotations

from akhbar import Document, process

BODY = (
    "<p>عمّان - (بترا) - أعلنت وزارة الصحة اليوم عن افتتاح مركز صحي شامل جديد في محافظة المفرق، "
    "يخدم أكثر من أربعين ألف نسمة في القرى المحيطة بالمدينة.</p>"
    "<p>وقال الوزير خلال حفل الافتتاح إن المركز يضم عيادات للأطفال والنسائية والأسنان، "
    "إضافة إلى مختبر وصيدلية تعمل على مدار الساعة.</p>"
    "<p>وأضاف أن الوزارة تخطط لافتتاح ثلاثة مراكز مماثلة خلال العام المقبل في محافظات الشمال.</p>"
)


def page(date_line: str, meta_date: str = "2021-05-01T08:00:00+03:00") -> str:
    return (
        '<html lang="ar"><head><meta charset="utf-8">'
        "<title>افتتاح مركز صحي شامل في المفرق | صدى الشمال</title>"
        '<meta property="og:site_name" content="صدى الشمال">'
        f'<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "{meta_date}"}}'
        "</script>"
        "</head><body><article><h1>افتتاح مركز صحي شامل في المفرق</h1>"
        f"{date_line}{BODY}</article></body></html>"
    )


def test_page_text_wins_and_provenance_says_why() -> None:
    article = process(Document(id="a", origin="t", html=page("<p>الأحد 2 أيار 2021 10:30 صباحاً</p>")))
    assert article.title == "افتتاح مركز صحي شامل في المفرق"
    assert article.published == "2021-05-02T10:30"
    assert "HTML metadata 2021-05-01" in article.provenance["published"]
    assert article.sources == ["بترا"]
    assert article.text.startswith("أعلنت وزارة الصحة")
    assert article.site == "صدى الشمال"
    assert "metadata" in article.provenance["site"]


def test_metadata_fills_what_the_text_lacks() -> None:
    article = process(Document(id="b", origin="t", html=page("")))
    assert article.published == "2021-05-01"
    assert "HTML metadata" in article.provenance["published"]


def test_spans_index_the_extracted_text() -> None:
    article = process(Document(id="c", origin="t", html=page("")))
    assert article.source_text is not None
    start, end = article.spans["title"][0]
    assert article.source_text[start:end] == article.title
    assert article.lines[-1].end == len(article.source_text)


def test_plain_text_documents_need_no_extraction() -> None:
    text = (
        "افتتاح مركز صحي شامل في المفرق\nمنذ ساعتين\n"
        + "أعلنت وزارة الصحة اليوم عن افتتاح مركز صحي جديد في المفرق يخدم القرى المحيطة."
    )
    article = process(Document(id="d", origin="t", text=text, fetched_at="2021-05-02T12:00:00+03:00"))
    assert article.source_text is None
    assert article.published == "2021-05-02T10:00+03:00"
