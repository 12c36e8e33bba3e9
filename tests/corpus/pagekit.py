"""Hand-built pages for corpus and store tests: Articles made directly from labelled lines, so these
tests exercise the corpus stage alone, whatever the parser does."""

from __future__ import annotations

import random

from akhbar.corpus.lines import host_of, key_of, numbers_of
from akhbar.corpus.minhash import sketch
from akhbar.corpus.pages import Page
from akhbar.model import Article, Document, Line, Section
from akhbar.text.normalize import words

# Words to fill pages that must not resemble each other; real Arabic so folding paths are exercised.
VOCABULARY = (
    "الحكومة الوزير البرلمان الاقتصاد السوق الأسعار النفط الغاز الكهرباء المياه الزراعة الصناعة "
    "التجارة الاستثمار البنك الدينار الدولار المدينة القرية الشارع المدرسة الجامعة المستشفى الطبيب "
    "المريض الطالب المعلم الشرطة الجيش الحدود المطار الميناء السفينة الطائرة القطار الطريق الجسر "
    "الشتاء الصيف المطر الثلج الحرارة الرياح البحر النهر الجبل الصحراء الغابة الحديقة المتحف "
    "المسرح السينما الكتاب الصحيفة الإذاعة التلفزيون الإنترنت الهاتف الحاسوب البرنامج المشروع "
    "الخطة الميزانية الضريبة الراتب العمال النقابة الشركة المصنع المزرعة المحصول القمح الشعير "
    "الزيتون التمر الحليب اللحوم الأسماك الدواء اللقاح الوباء العلاج الرياضة الملعب المنتخب "
    "المباراة البطولة الهدف المدرب اللاعب الجمهور الانتخابات المرشح الحزب الدستور القانون المحكمة "
    "القاضي المحامي السجن الحرية الإعلام الصحفي المؤتمر الاجتماع الاتفاق المفاوضات السلام الحرب "
    "أعلن قال أكد أشار أوضح كشف نفى طالب دعا حذر قرر افتتح زار استقبل وقع ناقش بحث درس رفض وافق "
    "اليوم أمس غدا صباح مساء الأسبوع الشهر العام الماضي المقبل الجديد القديم الكبير الصغير الأول "
    "الثاني الثالث الأخير العربي الدولي المحلي الوطني الرسمي الخاص العام الجديدة الكبرى"
).split()


def filler(rng: random.Random, words: int) -> str:
    """A sentence of random vocabulary: two of these share almost no word 3-grams."""
    return " ".join(rng.choice(VOCABULARY) for _ in range(words)) + "."


def paragraphs(seed: int, count: int, words: int = 30) -> list[str]:
    rng = random.Random(seed)
    return [filler(rng, words) for _ in range(count)]


def page(
    lines: list[tuple[str, str]],
    *,
    id: str,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
    site: str | None = None,
    sources: tuple[str, ...] = (),
    kinds: dict[int, str] | None = None,
) -> tuple[Document, Article]:
    """A document and its Article from ``(label, text)`` lines, shaped as the parser shapes them:
    lines tile the text with spans, the clean text is the body and heading lines."""
    kinds = kinds or {}
    source = "".join(text + "\n" for _, text in lines)
    out_lines = []
    sections = [Section(heading=None)]
    captions = []
    pos = 0
    for i, (label, text) in enumerate(lines):
        end = pos + len(text) + 1
        out_lines.append(Line(pos, end, label, kinds.get(i, "other" if label == "boilerplate" else None)))
        if label == "body":
            sections[-1].paragraphs.append(text)
        elif label == "heading":
            sections.append(Section(heading=text))
        elif label == "caption":
            captions.append(text)
        pos = end
    sections = [s for s in sections if s.heading or s.paragraphs]
    clean = "\n\n".join(
        ((s.heading + "\n") if s.heading else "") + "\n\n".join(s.paragraphs) for s in sections
    )
    article = Article(
        id=id,
        url=url,
        title=title if title is not None else next((t for lab, t in lines if lab == "title"), None),
        published=published,
        site=site,
        sources=list(sources),
        captions=captions,
        sections=sections,
        text=clean.strip(),
        lines=out_lines,
    )
    return Document(id=id, origin=f"test:{id}", text=source, url=url), article


# A wire story written for these tests, and the ways outlets change it when they carry it.
WIRE = [
    (
        "أعلنت وزارة المياه والري اليوم الأحد عن إطلاق مشروع جديد لتحلية مياه البحر "
        "في مدينة العقبة بكلفة تقدر بنحو 1.1 مليار دولار، على أن يبدأ العمل فيه مطلع "
        "العام 2027."
    ),
    (
        "وقال وزير المياه في مؤتمر صحفي عقده في مقر الوزارة إن المشروع سيوفر نحو 300 "
        "مليون متر مكعب من المياه سنويا، وهو ما يغطي جزءا كبيرا من العجز المائي الذي "
        "تعاني منه المملكة."
    ),
    (
        "وأوضح الوزير أن المشروع سينفذ على ثلاث مراحل، تشمل المرحلة الأولى بناء محطة "
        "التحلية على ساحل البحر الأحمر، فيما تشمل المرحلة الثانية مد خط ناقل بطول "
        "450 كيلومترا إلى العاصمة."
    ),
    (
        "وأشار إلى أن الحكومة وقعت اتفاقيات تمويل مع 6 من المؤسسات الدولية والصناديق "
        "العربية، مؤكدا أن المشروع يعد من أكبر المشاريع الاستراتيجية في تاريخ قطاع "
        "المياه."
    ),
    (
        "ولفت إلى أن حصة الفرد من المياه تراجعت خلال العقدين الماضيين إلى أقل من 100 "
        "متر مكعب سنويا بسبب موجات اللجوء المتتالية وتراجع معدلات الهطول المطري "
        "وارتفاع درجات الحرارة."
    ),
    (
        "من جانبه، قال الأمين العام لسلطة المياه إن الدراسات البيئية للمشروع اكتملت، "
        "وإنها راعت حماية الشعاب المرجانية في خليج العقبة والحفاظ على التنوع الحيوي "
        "في المنطقة."
    ),
    (
        "وبين أن المحطة ستعمل جزئيا بالطاقة الشمسية لتخفيض كلفة الإنتاج، متوقعا أن "
        "ينخفض سعر المتر المكعب من المياه المحلاة إلى مستويات مقبولة مقارنة "
        "بالمشاريع المماثلة في المنطقة."
    ),
    (
        "ويعد الأردن من أفقر دول العالم بالمياه، إذ يعتمد بشكل رئيسي على المياه "
        "الجوفية ومياه الأمطار، وتسعى الحكومة منذ سنوات إلى تنفيذ مشاريع بديلة لسد "
        "الفجوة بين العرض والطلب."
    ),
]
WIRE_SOURCE = "وكالة الأنباء الأردنية (بترا)"
REWRITTEN_LEAD = (
    "كشف وزير المياه والري عن خطة حكومية لإنشاء محطة كبرى لتحلية مياه البحر "
    "الأحمر في العقبة ونقلها إلى عمان، في خطوة وصفها مراقبون بأنها الأهم لمواجهة "
    "أزمة الجفاف المتفاقمة."
)
FOLLOW_UP = [
    (
        "طرحت وزارة المياه والري اليوم عطاء تأهيل الشركات الراغبة في تنفيذ مشروع "
        "التحلية الكبير، بعد أسابيع من الإعلان عنه، وسط اهتمام واسع من تحالفات "
        "دولية."
    ),
    (
        "وقال الناطق باسم الوزارة إن باب التأهيل سيبقى مفتوحا 60 يوما، وإن لجنة فنية "
        "ستدرس العروض وفق معايير الخبرة والملاءة المالية والالتزام بالجداول الزمنية."
    ),
    (
        "وأضاف أن الوزارة تلقت استفسارات من أكثر من 20 شركة من أوروبا وآسيا والخليج، "
        "متوقعا الإعلان عن القائمة المختصرة قبل نهاية الربع الثالث من العام."
    ),
    WIRE[7],
]


# A copy desk's touch: a reporting verb swapped, a phrase reshaped.
_REWORDING = [
    ("وقال وزير المياه في مؤتمر صحفي عقده في مقر الوزارة", "وأضاف الوزير خلال لقاء مع الصحفيين"),
    ("وأوضح الوزير أن", "وبين أن"),
    ("وأشار إلى أن الحكومة وقعت", "وذكر أن الحكومة أبرمت"),
    ("ولفت إلى أن", "ونبه إلى أن"),
]


def _reword(paragraph: str) -> str:
    for old, new in _REWORDING:
        paragraph = paragraph.replace(old, new)
    return paragraph


def wire_copy(
    variant: str, *, id: str, site: str, published: str, source: str = WIRE_SOURCE
) -> tuple[Document, Article]:
    """One outlet's copy of WIRE: ``full`` as sent; ``rewritten``: new headline, lead rewritten,
    tail trimmed, a sentence edited; ``trimmed``: new headline and dateline, only the middle."""
    if variant == "full":
        title, body = "إطلاق مشروع لتحلية مياه البحر في العقبة بكلفة مليار دولار", WIRE
    elif variant == "rewritten":
        title = "الحكومة تكشف تفاصيل أكبر مشروع مائي في تاريخ المملكة"
        body = [REWRITTEN_LEAD, *(_reword(p) for p in WIRE[1:5])]
    elif variant == "trimmed":
        title = "مليار دولار لتحلية مياه العقبة"
        body = [f"عمان - {WIRE[1]}", *WIRE[2:5], WIRE[6]]
    else:
        raise ValueError(variant)
    dated = [("date", published)] if published else []
    lines = [("title", title), *dated, *[("body", p) for p in body], ("source", f"المصدر: {source}")]
    return page(lines, id=id, url=f"https://{site}/news/{id}", published=published, sources=(source,))


def as_page(article: Article, site: str | None = None) -> Page:
    """The grouping view of a hand-built article, computed as the corpus pass computes it."""
    minhash, count = sketch(article.text)
    return Page(
        id=article.id,
        site=site if site is not None else host_of(article.url),
        published=article.published,
        length=len(article.text),
        text_key=key_of(article.text),
        minhash=minhash,
        shingles=count,
        sources=list(article.sources),
        numbers=numbers_of(words(article.text)),
    )
