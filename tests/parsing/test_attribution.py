from __future__ import annotations

import pytest

from akhbar import parse
from akhbar.parsing.attribution import attribution_line, find_dateline, split_sources, trailing_agency


def _parts(text: str):
    found = find_dateline(text)
    assert found is not None, text
    pick = lambda span: text[span[0] : span[1]] if span else None  # noqa: E731
    return pick(found.site), pick(found.place), [pick(a) for a in found.agencies], text[found.end :]


@pytest.mark.parametrize(
    ("text", "site", "place", "agencies", "rest"),
    [
        ("المدينة نيوز :- عُقد اليوم اجتماع", "المدينة نيوز", None, [], "عُقد اليوم اجتماع"),
        ("القاهرة - (رويترز) - قال مسؤول", None, "القاهرة", ["رويترز"], "قال مسؤول"),
        ("بيروت - أ ف ب: أعلن الجيش", None, "بيروت", ["أ ف ب"], "أعلن الجيش"),
        ("الرباط (و م ع) - أكد الوزير", None, "الرباط", ["و م ع"], "أكد الوزير"),
        ("دبي - وام: أعلنت الهيئة", None, "دبي", ["وام"], "أعلنت الهيئة"),
        ("عمون - قال الوزير", "عمون", None, [], "قال الوزير"),
        ("رويترز - قال مسؤول", None, None, ["رويترز"], "قال مسؤول"),
        ("جبيل - قال مدير الشرطة", None, "جبيل", [], "قال مدير الشرطة"),
        ("صدى الشام - رفعت الوزارة", "صدى الشام", None, [], "رفعت الوزارة"),
        ("رام الله 5-4-2021 وفا- طالب", None, "رام الله", ["وفا"], "طالب"),
        ("الكويت - 8 - 2 (كونا) -- أعلنت", None, "الكويت", ["كونا"], "أعلنت"),
        ("الناصرية - الرافدين برس: على حافة", "الرافدين برس", "الناصرية", [], "على حافة"),
        ("أريحا - حيفا بوست: كرم مدير المعرض", "حيفا بوست", "أريحا", [], "كرم مدير المعرض"),
        ("الدوحة بوست - أكد المتحدث", "الدوحة بوست", None, [], "أكد المتحدث"),
    ],
)
def test_datelines(text, site, place, agencies, rest) -> None:
    assert _parts(text) == (site, place, agencies, rest)


@pytest.mark.parametrize(
    "text",
    [
        "وقال بيان للكرملين إن بوتين دعا",
        "الوزير: لن نتنازل عن حقوقنا",
        "ومنذ 27 سبتمبر الماضي تتواصل",
        "وقال الوزير - في بيان - إن",
        "القاهرة تستضيف مؤتمرا دوليا",
    ],
)
def test_prose_is_not_a_dateline(text) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("الجزيرة + وكالات", ["الجزيرة", "وكالات"]),
        ("رويترز، أ ف ب", ["رويترز", "أ ف ب"]),
        ("رويترز ووكالات", ["رويترز", "وكالات"]),
        ("وكالة الأنباء الأردنية - بترا)", ["وكالة الأنباء الأردنية - بترا"]),
        ("وكالات", ["وكالات"]),
    ],
)
def test_split_sources(text, names) -> None:
    assert [text[a:b] for a, b in split_sources(text, 0)] == names


def test_trailing_agency() -> None:
    text = "وقتل ثلاثة أشخاص في الهجوم. (أ ف ب)"
    start, end = trailing_agency(text)
    assert text[start:end] == "أ ف ب"
    text = "وقتل ثلاثة أشخاص في الهجوم - رويترز"
    start, end = trailing_agency(text)
    assert text[start:end] == "رويترز"
    assert trailing_agency("وقتل ثلاثة أشخاص في عمان") is None
    assert trailing_agency("قالت وكالة (رويترز)") is None


@pytest.mark.parametrize(
    ("line", "kind", "name"),
    [
        ("دمشق-سانا", "source", None),
        ("الرياض - واس", "source", None),
        ("الدوحة - بوابة الخليج:", "source", None),
        ("أبوظبي: سلمى الكعبي", "byline", "سلمى الكعبي"),
    ],
)
def test_lines_that_only_say_who(line, kind, name) -> None:
    found = attribution_line(line)
    assert found is not None and found[0] == kind
    assert (line[found[1][0] : found[1][1]] if found[1] else None) == name
    if "بوابة" in line:
        site = found[2].site
        assert line[site[0] : site[1]] == "بوابة الخليج"


def test_an_unknown_place_before_a_name_only_where_bylines_stand() -> None:
    assert attribution_line("الصويرة: خديجة أيت علي", unknown_place=True)[0] == "byline"
    assert attribution_line("زوجته: ليلى نصر سركيس") is None


@pytest.mark.parametrize(
    ("footer", "site"),
    [
        ("جميع الحقوق محفوظة لـالنيلين بريس 2020 ©", "النيلين بريس"),
        ("جميع الحقوق محفوظة لموقع صدى الشمال", "صدى الشمال"),
        ("© 2022 لبنان الآن 24. جميع الحقوق محفوظة", "لبنان الآن 24"),
        ("جميع الحقوق محفوظة © 2020 قاسيون اليوم", "قاسيون اليوم"),
    ],
)
def test_site_from_the_copyright_line(footer: str, site: str) -> None:
    text = (
        "عنوان الخبر في سطر واحد\n"
        + "وقال المتحدث إن الاجتماع سيعقد الأسبوع المقبل في العاصمة لبحث الخطة.\n"
        + footer
    )
    assert parse(text).site == site
