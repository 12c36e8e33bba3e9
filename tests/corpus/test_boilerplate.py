from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from pagekit import VOCABULARY, page, paragraphs

from akhbar.corpus.boilerplate import RULE, BoilerplateConfig, SitePage, cue_kind, learn, relabel
from akhbar.corpus.lines import key_of, line_keys, main_key

MOST_READ = [
    "الحكومة تعلن خطة جديدة لدعم المزارعين",
    "ارتفاع أسعار النفط في الأسواق العالمية",
    "المنتخب يفوز في مباراة ودية",
    "افتتاح معرض الكتاب الدولي",
    "تحذير من موجة حر خلال الأسبوع المقبل",
]


def site_page(n: int, *, title: str | None = None, body: list[str] | None = None):
    rng = random.Random(n)
    lines = [
        ("boilerplate", "الرئيسية | أخبار | رياضة | اتصل بنا"),
        ("title", title or f"عنوان الخبر رقم {n} {rng.choice(VOCABULARY)}"),
        ("blank", ""),
        *[("body", p) for p in (body or paragraphs(n, 3))],
        ("body", "تابعونا على فيسبوك وتويتر"),
        ("blank", ""),
        ("body", "الأكثر قراءة"),
        *[("body", h) for h in rng.sample(MOST_READ, 3)],
    ]
    return page(lines, id=f"p{n}", url=f"https://www.example.com/news/{n}", kinds={0: "navigation"})


def keys_of(doc, article):
    return line_keys(doc.text, article.lines)


def site_pages(pages):
    out = []
    for doc, article in pages:
        keys = keys_of(doc, article)
        out.append(SitePage(article.id, article.title, main_key(doc.text, article.lines, keys), keys))
    return out


def test_threshold_has_a_floor_and_grows_with_the_site():
    config = BoilerplateConfig(min_pages=3, fraction=0.01)
    assert config.threshold(10) == 3
    assert config.threshold(1000) == 10
    assert config.threshold(1001) == 11


def test_lines_repeated_across_a_site_are_learned_and_unique_lines_are_not():
    pages = [site_page(n) for n in range(20)]
    learned = learn(site_pages(pages))
    assert learned.pages == learned.units == 20
    assert key_of("تابعونا على فيسبوك وتويتر") in learned.lines
    assert learned.lines[key_of("الرئيسية | أخبار | رياضة | اتصل بنا")] == 20
    assert all(key_of(h) in learned.lines for h in MOST_READ)
    doc, article = pages[0]
    for ln in article.lines:
        if ln.label == "body" and doc.text[ln.start : ln.end].strip() in article.text.split("\n\n")[:3]:
            assert key_of(doc.text[ln.start : ln.end]) not in learned.lines


def test_copies_of_one_article_count_once():
    # The same article posted four times on a site must not make its own body "site-wide".
    body = paragraphs(99, 3)
    copies = [site_page(100 + i, title="خبر منشور أربع مرات", body=body) for i in range(4)]
    others = [site_page(n) for n in range(6)]
    learned = learn(site_pages(copies + others))
    assert learned.units == 7
    assert not any(key_of(p) in learned.lines for p in body)
    assert key_of("تابعونا على فيسبوك وتويتر") in learned.lines


def test_a_title_repeated_site_wide_does_not_merge_pages():
    pages = [site_page(n, title="اسم الموقع") for n in range(5)]
    learned = learn(site_pages(pages))
    assert learned.units == 5
    assert key_of("تابعونا على فيسبوك وتويتر") in learned.lines


def test_untitled_pages_count_for_themselves():
    pages = [site_page(n) for n in range(3)]
    untitled = [SitePage(p.id, None, p.main, p.keys) for p in site_pages(pages)]
    assert len({p.unit for p in untitled}) == 3


def test_relabel_marks_site_lines_and_recomputes_the_clean_text():
    pages = [site_page(n) for n in range(10)]
    learned = learn(site_pages(pages))
    doc, article = pages[3]
    result = relabel(article, doc.text, keys_of(doc, article), learned.lines)
    assert result is not None
    relabelled = [ln for ln in result.lines if ln.rule == RULE]
    texts = [doc.text[ln.start : ln.end].strip() for ln in relabelled]
    assert texts[0] == "تابعونا على فيسبوك وتويتر"
    assert "الأكثر قراءة" in texts
    kinds = {doc.text[ln.start : ln.end].strip(): ln.kind for ln in relabelled}
    assert kinds["تابعونا على فيسبوك وتويتر"] == "share"
    assert kinds["الأكثر قراءة"] == "related"
    # Headlines under "الأكثر قراءة" take its kind even though they carry no cue themselves.
    assert all(kinds[h] == "related" for h in MOST_READ if h in kinds)
    assert "تابعونا" not in result.text and "الأكثر قراءة" not in result.text
    assert result.text == "\n\n".join(paragraphs(3, 3))
    assert [s.paragraphs for s in result.sections] == [paragraphs(3, 3)]
    assert [b.kind for b in result.boilerplate] == ["share", "related"]
    assert result.boilerplate[1].lines[0] == "الأكثر قراءة"
    # The parser's own labels and every span are untouched.
    assert [(ln.start, ln.end) for ln in result.lines] == [(ln.start, ln.end) for ln in article.lines]
    assert result.lines[0] == article.lines[0]


def test_relabel_returns_none_when_nothing_is_site_boilerplate():
    doc, article = site_page(1)
    assert relabel(article, doc.text, keys_of(doc, article), {key_of("سطر غير موجود")}) is None


def test_relabel_drops_captions_and_headings_too():
    doc, article = page(
        [
            ("title", "عنوان"),
            ("caption", "صورة أرشيفية"),
            ("heading", "اقرأ أيضا"),
            ("body", "فقرة أولى من الخبر."),
        ],
        id="c",
    )
    learned = {key_of("صورة أرشيفية"), key_of("اقرأ أيضا")}
    result = relabel(article, doc.text, keys_of(doc, article), learned)
    assert result.captions == []
    assert result.text == "فقرة أولى من الخبر."
    assert [s.heading for s in result.sections] == [None]


def test_cue_kinds():
    assert cue_kind("اقرأ أيضاً:") == "related"
    assert cue_kind("جميع الحقوق محفوظة لموقع المدينة نيوز") == "copyright"
    assert cue_kind("© 2024 الموقع") == "copyright"
    assert cue_kind("اشترك في النشرة البريدية") == "newsletter"
    assert cue_kind("سطر عادي من الخبر") is None
    long_line = "قال الوزير إن تويتر " + " ".join(VOCABULARY[:12])
    assert cue_kind(long_line) is None


@settings(max_examples=60, deadline=None)
@given(
    labels=st.lists(
        st.sampled_from(["body", "heading", "caption", "boilerplate", "blank", "source"]), max_size=12
    ),
    picks=st.sets(st.integers(0, 11)),
)
def test_relabel_only_turns_content_lines_into_boilerplate(labels, picks):
    rng = random.Random(len(labels))
    lines = [
        (label, "" if label == "blank" else f"سطر {i} {rng.choice(VOCABULARY)}")
        for i, label in enumerate(labels)
    ]
    doc, article = page(lines, id="h")
    keys = keys_of(doc, article)
    learned = {keys[i] for i in picks if i < len(keys) and keys[i]}
    result = relabel(article, doc.text, keys, learned)
    if result is None:
        assert not any(
            ln.label in ("body", "heading", "caption") and keys[i] in learned
            for i, ln in enumerate(article.lines)
        )
        return
    for i, (before, after) in enumerate(zip(article.lines, result.lines, strict=True)):
        assert (before.start, before.end) == (after.start, after.end)
        if after.rule == RULE:
            assert before.label in ("body", "heading", "caption") and keys[i] in learned
            assert after.label == "boilerplate"
        else:
            assert after == before
    kept = [doc.text[ln.start : ln.end].strip() for ln in result.lines if ln.label in ("body", "heading")]
    assert result.text.split() == " ".join(kept).split()
