from __future__ import annotations

from pagekit import FOLLOW_UP, WIRE_SOURCE, as_page, page, paragraphs, wire_copy

from akhbar.corpus.duplicates import find_duplicates
from akhbar.corpus.stories import StoryConfig, attributed_source, containment, find_stories


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


def test_the_hand_built_copies_are_as_hard_as_real_syndication():
    # Guard on the fixture itself: the rewritten copy shares only a fifth of the wire's 3-grams.
    full, rewritten = copy("full", "a", "x.com"), copy("rewritten", "b", "y.com")
    assert full.minhash.jaccard(rewritten.minhash) < 0.3
    contained, _ = containment(full, rewritten)
    assert contained > 0.38


def test_copies_within_one_site_are_not_a_story():
    pages = [copy("full", "a", "alghad.com"), copy("rewritten", "b", "alghad.com"), other("c", "x.com", 3)]
    assert stories_of(pages) == {}


def test_an_exact_copy_on_two_sites_is_a_duplicate_and_a_story():
    pages = [copy("full", "a", "petra.gov.jo"), copy("full", "b", "alrai.com")]
    (group,) = find_duplicates(pages)
    assert group.kind == "exact"
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
