"""HTML → main text and metadata."""

from pathlib import Path

from akhbar.readers.html import extract

PAGE = (Path(__file__).parent / "fixtures" / "news-page.html").read_text("utf-8")


def test_story_lines_are_kept_in_page_order():
    lines = extract(PAGE, "https://alwadi.example/x").text.splitlines()
    assert lines[0] == "افتتاح محطة تحلية جديدة في العقبة"
    assert lines[1] == "الأحد 14 آذار / مارس 2021 - 09:30 صباحاً"  # dateline, class "date"
    assert lines[2] == "كتب: سامر الحديدي"  # byline, class "author"
    assert lines[3].startswith("جانب من محطة التحلية")  # figcaption
    assert lines[4].startswith("العقبة - الوادي:")
    assert "كلفة المشروع وتمويله" in lines  # a heading
    assert lines[-1] == "المصدر: وكالة الأنباء الرسمية"


def test_navigation_related_links_share_buttons_and_footer_are_left_out():
    text = extract(PAGE).text
    for boilerplate in ("الرئيسية", "أخبار ذات صلة", "شارك على فيسبوك", "جميع الحقوق محفوظة"):
        assert boilerplate not in text


def test_metadata():
    found = extract(PAGE, "https://alwadi.example/x")
    assert found.title == "افتتاح محطة تحلية جديدة في العقبة"
    assert found.date == "2021-03-14"
    assert found.sitename == "صحيفة الوادي"
    assert found.url == "https://alwadi.example/news/2021/03/14/desalination"
    assert "سامر الحديدي" in found.author
    assert found.description.startswith("افتتحت الحكومة")


def test_a_time_inside_a_sentence_stays_in_its_paragraph():
    sentence = (
        "وقال المتحدث إن الاجتماع عقد <time>صباح أمس</time> في مقر الوزارة بحضور ممثلين عن القطاع الخاص."
    )
    html = (
        f"<html><body><article><h1>عنوان الخبر هنا</h1><p>{sentence}</p>"
        f"<p>{'فقرة ثانية طويلة. ' * 8}</p></article></body></html>"
    )
    lines = extract(html).text.splitlines()
    assert "وقال المتحدث إن الاجتماع عقد صباح أمس في مقر الوزارة بحضور ممثلين عن القطاع الخاص." in lines


def test_long_author_boxes_are_not_lifted_as_bylines():
    bio = "الكاتب صحفي يعمل في الشؤون الاقتصادية منذ عشرين عاما وله مؤلفات عدة. " * 8
    html = (
        "<html><body><article><h1>عنوان</h1>"
        f"<p>{'نص الخبر الأساسي في هذه الفقرة. ' * 10}</p>"
        f"<div class='author-bio'>{bio}</div></article></body></html>"
    )
    assert bio.strip() not in extract(html).text.splitlines()


def test_pages_without_content():
    assert extract("<html><body></body></html>").text == ""
    assert extract("").text == ""


def test_a_byline_inside_a_short_paragraph_stays_whole():
    html = (
        "<html><body><article><h1>عنوان الخبر هنا</h1>"
        '<p>بقلم: <span class="author">فلان الفلاني</span></p>'
        f"<p>{'نص الخبر الأساسي في هذه الفقرة. ' * 8}</p></article></body></html>"
    )
    assert extract(html).text.splitlines()[1] == "بقلم: فلان الفلاني"


def test_controls_splitting_words_are_recorded_and_gone_from_the_text():
    html = (
        "<html><body><article><h1>عنوان</h1>"
        f"<p>{('أعلنت الحكو' + chr(0x200F) + 'مة عن خطة جديدة للنقل العام في المدن الكبرى. ') * 6}</p>"
        "</article></body></html>"
    )
    found = extract(html)
    assert "الحكومة" in found.text and "\u200f" not in found.text
    assert found.repairs == ["invisible controls removed inside words: U+200F×6"]
