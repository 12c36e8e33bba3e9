from __future__ import annotations

import pytest

from akhbar.parsing.attribution import find_dateline, split_sources, trailing_agency


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
    ],
)
def test_datelines(text, site, place, agencies, rest) -> None:
    assert _parts(text) == (site, place, agencies, rest)


@pytest.mark.parametrize(
    "text",
    ["وقال بيان للكرملين إن بوتين دعا", "الوزير: لن نتنازل عن حقوقنا", "ومنذ 27 سبتمبر الماضي تتواصل"],
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
