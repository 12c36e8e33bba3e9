from __future__ import annotations

from pagekit import WIRE, as_page, page, paragraphs, wire_copy

from akhbar.corpus.duplicates import DuplicateConfig, find_duplicates


def body_page(id, body, *, site="a.com", published=None, title="عنوان"):
    lines = [("title", title), *[("body", p) for p in body]]
    return as_page(page(lines, id=id, url=f"https://{site}/{id}", published=published)[1])


def groups_of(pages, config=None):
    return {frozenset(pages[i].id for i in g.members): g for g in find_duplicates(pages, config)}


def test_exact_copies_match_through_folding_and_punctuation():
    body = paragraphs(1, 4)
    variant = [p.replace("ا", "أ", 1).replace(".", "!") + " " for p in body]
    pages = [body_page("a", body), body_page("b", variant), body_page("c", paragraphs(2, 4))]
    groups = groups_of(pages)
    assert set(groups) == {frozenset({"a", "b"})}
    group = groups[frozenset({"a", "b"})]
    assert group.kind == "exact" and set(group.kinds.values()) == {"exact"}


def test_verbatim_copies_on_other_sites_are_duplicates_only_when_asked():
    body = paragraphs(1, 4)
    pages = [body_page("a", body), body_page("b", body, site="b.com")]
    assert find_duplicates(pages) == []
    (group,) = find_duplicates(pages, DuplicateConfig(across_sites=True))
    assert group.kind == "exact"


def test_near_copies_with_small_edits_are_grouped():
    body = paragraphs(3, 6)
    edited = [*body[:-1], body[-1].replace(body[-1].split()[2], "الجديدة")]
    extended = [*body, paragraphs(4, 1)[0]]
    pages = [
        body_page("a", body),
        body_page("b", edited),
        body_page("c", extended),
        body_page("d", paragraphs(5, 6)),
    ]
    groups = groups_of(pages)
    assert set(groups) == {frozenset({"a", "b", "c"})}
    group = groups[frozenset({"a", "b", "c"})]
    assert group.kind == "near"
    assert set(group.kinds.values()) == {"near"}


def test_kinds_are_per_member():
    body = paragraphs(6, 6)
    near = [*body, paragraphs(7, 1)[0]]
    pages = [body_page("a", body), body_page("b", body), body_page("c", near)]
    (group,) = find_duplicates(pages)
    assert [group.kinds[i] for i in range(3)] == ["exact", "exact", "near"]
    assert group.kind == "near"


def test_canonical_is_earliest_then_longest_then_smallest_id():
    body = paragraphs(8, 6)
    longer = [*body, "فقرة إضافية قصيرة."]
    pages = [
        body_page("z", body, published="2024-03-02"),
        body_page("y", longer, published="2024-03-01T10:00"),
        body_page("x", body, published="2024-03-01T10:00"),
        body_page("w", body),
    ]
    (group,) = find_duplicates(pages)
    assert pages[group.canonical].id == "y"
    pages = [body_page("b", body), body_page("a", body)]
    (group,) = find_duplicates(pages)
    assert pages[group.canonical].id == "a"


def test_rewritten_syndicated_copies_are_not_duplicates():
    pages = [
        as_page(wire_copy("full", id="a", site="a.com", published="2024-01-07")[1]),
        as_page(wire_copy("rewritten", id="b", site="b.com", published="2024-01-07")[1]),
    ]
    assert find_duplicates(pages) == []


def test_empty_and_tiny_texts_are_not_near_matched():
    pages = [
        body_page("a", []),
        body_page("b", []),
        body_page("c", ["خبر قصير جدا."]),
        body_page("d", ["خبر قصير."]),
    ]
    assert find_duplicates(pages) == []


def test_threshold_controls_near_matching():
    body = WIRE
    half = WIRE[:5] + paragraphs(9, 3)
    pages = [body_page("a", body), body_page("b", half)]
    assert find_duplicates(pages, DuplicateConfig(threshold=0.9)) == []
    assert len(find_duplicates(pages, DuplicateConfig(threshold=0.3, bands=64))) == 1
