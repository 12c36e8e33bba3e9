from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from pagekit import FOLLOW_UP, WIRE, WIRE_SOURCE, as_page, page, paragraphs, wire_copy

from akhbar.corpus.duplicates import find_duplicates
from akhbar.corpus.stories import StoryConfig, attributed_source, containment, find_stories, numbers_agree


def copy(variant, id, site, published="2024-01-07", source=WIRE_SOURCE):
    return as_page(wire_copy(variant, id=id, site=site, published=published, source=source)[1])


def other(id, site, seed, published="2024-01-07"):
    lines = [("title", f"خبر {id}"), *[("body", p) for p in paragraphs(seed, 6)]]
    return as_page(page(lines, id=id, url=f"https://{site}/{id}", published=published)[1])


def stories_of(pages, config=None):
    groups = find_duplicates(pages)
    return {frozenset(pages[i].id for i in s.members): s for s in find_stories(pages, groups, config)}


def test_rewritten_and_trimmed_copies_across_outlets_form_one_story():
    pages = [
        copy("full", "a", "petra.gov.jo", published="2024-01-07T09:00"),
        copy("rewritten", "b", "alghad.com", published="2024-01-07T13:30"),
        copy("trimmed", "c", "ammonnews.net", published="2024-01-08"),
        other("d", "alghad.com", 1),
        other("e", "petra.gov.jo", 2),
    ]
    stories = stories_of(pages)
    assert set(stories) == {frozenset({"a", "b", "c"})}
    story = stories[frozenset({"a", "b", "c"})]
    assert story.id == "a"
    assert pages[story.first].id == "a"
    assert story.earliest == "2024-01-07T09:00"
    assert story.sites == 3
    assert story.source == WIRE_SOURCE


def test_the_hand_built_copies_are_far_from_duplicates():
    # Guard on the fixture itself: the rewritten copy shares about a third of the wire's 3-grams,
    # which web-scale near-duplicate settings (Jaccard 0.7-0.8) would never link.
    full, rewritten = copy("full", "a", "x.com"), copy("rewritten", "b", "y.com")
    assert full.minhash.jaccard(rewritten.minhash) < 0.45
    contained, _ = containment(full, rewritten)
    assert contained > 0.6
    assert numbers_agree(full, rewritten, StoryConfig())


def test_same_subject_different_figures_is_another_story():
    # The stock phrasing of one kind of report, with other figures: not a copy.
    full = copy("full", "a", "x.com")
    lines = [("title", "عنوان آخر")]
    for paragraph in WIRE:
        for old, new in (
            ("1.1", "2.4"),
            ("2027", "2029"),
            ("300", "120"),
            ("450", "80"),
            ("6", "3"),
            ("100", "90"),
        ):
            paragraph = paragraph.replace(old, new)
        lines.append(("body", paragraph))
    other_figures = as_page(page(lines, id="b", url="https://y.com/b", published="2024-01-07")[1])
    assert containment(full, other_figures)[0] > 0.6
    assert not numbers_agree(full, other_figures, StoryConfig())
    assert stories_of([full, other_figures]) == {}


def test_copies_within_one_site_are_a_one_site_story_unless_two_sites_are_required():
    pages = [copy("full", "a", "alghad.com"), copy("rewritten", "b", "alghad.com"), other("c", "x.com", 3)]
    (story,) = stories_of(pages).values()
    assert story.sites == 1
    assert stories_of(pages, StoryConfig(min_sites=2)) == {}


def test_an_exact_copy_on_two_sites_is_a_story():
    pages = [copy("full", "a", "petra.gov.jo"), copy("full", "b", "alrai.com")]
    assert set(stories_of(pages)) == {frozenset({"a", "b"})}


def test_a_follow_up_sharing_a_background_paragraph_is_another_story():
    lines = [("title", "طرح عطاء مشروع التحلية"), *[("body", p) for p in FOLLOW_UP]]
    follow = as_page(page(lines, id="f", url="https://alrai.com/f", published="2024-01-09")[1])
    pages = [copy("full", "a", "petra.gov.jo"), copy("trimmed", "b", "alghad.com"), follow]
    assert set(stories_of(pages)) == {frozenset({"a", "b"})}


def test_copies_published_far_apart_are_not_linked():
    pages = [
        copy("full", "a", "x.com", published="2024-01-07"),
        copy("rewritten", "b", "y.com", published="2024-03-01"),
    ]
    assert stories_of(pages) == {}
    undated = [
        copy("full", "a", "x.com", published=None),
        copy("rewritten", "b", "y.com", published="2024-03-01"),
    ]
    assert set(stories_of(undated)) == {frozenset({"a", "b"})}
    assert stories_of(pages, StoryConfig(window_days=60)) != {}


def test_attributed_source_is_the_most_credited_then_the_earliest():
    pages = [
        copy("full", "a", "x.com", source="رويترز"),
        copy("full", "b", "y.com", source="الأناضول"),
        copy("full", "c", "z.com", source="الاناضول"),
    ]
    assert attributed_source(pages) == "الأناضول"
    assert attributed_source(pages[:2]) == "رويترز"
    assert attributed_source([other("d", "x.com", 4)]) is None


def test_unrelated_pages_make_no_story():
    pages = [other(str(i), f"site{i % 3}.com", i) for i in range(30)]
    assert stories_of(pages) == {}


@given(st.lists(st.integers(0, 60), min_size=2, max_size=25), st.integers(0, 5))
def test_pages_within_the_window_share_a_time_block(days, window):
    import datetime as dt

    from akhbar.corpus.pages import Page
    from akhbar.corpus.stories import time_blocks

    start = dt.date(2024, 1, 1)
    pages = [
        Page(str(i), "x", (start + dt.timedelta(d)).isoformat(), 1, 0, None, 0) for i, d in enumerate(days)
    ]
    blocks, undated = time_blocks(pages, range(len(pages)), window)
    assert undated == []
    together = {(i, j) for block in blocks for i in block for j in block}
    for i, a in enumerate(days):
        assert sum(i in block for block in blocks) <= 2
        for j, b in enumerate(days):
            if abs(a - b) <= window:
                assert (i, j) in together
