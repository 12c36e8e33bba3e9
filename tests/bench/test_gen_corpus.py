"""The corpus generator at tiny sizes: deterministic, exact counts, every kind present, and truth that
agrees with the pages (duplicates really are copies of one site's page, stories span sites)."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import gen_corpus as gc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akhbar.text.normalize import words


def read_corpus(out: Path) -> tuple[list[str], list[dict], dict[str, dict]]:
    manifest = json.loads((out / "manifest.json").read_text())
    lines = [
        ln for name in manifest["shards"] for ln in (out / name).read_text(encoding="utf-8").splitlines()
    ]
    truth = [json.loads(ln) for ln in (out / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    records = {}
    for ln in lines:
        try:
            rec = json.loads(ln)
        except json.JSONDecodeError:
            continue
        records[rec["id"]] = rec
    return lines, truth, records


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], list[dict], dict[str, dict]]:
    out = tmp_path_factory.mktemp("corpus")
    gc.generate(out, pages=1500, seed=7, shard_size=400, huge_chars=20_000)
    return (out, *read_corpus(out))


def test_exact_page_count_and_shards(corpus):
    out, lines, truth, _ = corpus
    manifest = json.loads((out / "manifest.json").read_text())
    assert len(lines) == 1500
    assert len(truth) == 1500
    assert manifest["shards"] == [f"pages-{i:05d}.jsonl" for i in range(4)]
    assert sum(manifest["kinds"].values()) == 1500
    assert len({t["id"] for t in truth}) == 1500


def test_every_kind_present(corpus):
    _, _, truth, _ = corpus
    kinds = {t["kind"] for t in truth}
    assert {"original", "wire", "exact", "near", "listing", "huge", *gc.BAD_KINDS} <= kinds


def test_records_carry_the_four_fields(corpus):
    _, _, truth, records = corpus
    good = [t for t in truth if t["kind"] in gc.ARTICLE_KINDS]
    for t in good:
        rec = records[t["id"]]
        assert set(rec) == {"id", "url", "text", "timestamp"}
        assert rec["url"].startswith(f"https://{t['site']}/")
        dt.datetime.strptime(rec["timestamp"], "%Y-%m-%dT%H:%M:%SZ")
        assert len(words(rec["text"])) > 50


def test_bad_records_are_bad(corpus):
    _, lines, truth, records = corpus
    ids = {t["id"]: t["kind"] for t in truth}
    unparsable = 0
    for ln in lines:
        try:
            json.loads(ln)
        except json.JSONDecodeError:
            unparsable += 1
    assert unparsable == sum(1 for k in ids.values() if k == "bad_json")
    for rid, kind in ids.items():
        if kind == "empty":
            assert not records[rid]["text"].strip()
        elif kind == "missing_text":
            assert not isinstance(records[rid]["text"], str)
        elif kind == "binary":
            assert sum(not c.isprintable() for c in records[rid]["text"]) > 20
        elif kind == "huge":
            assert len(records[rid]["text"]) >= 20_000
            assert "\n" not in records[rid]["text"]


def test_duplicates_are_copies_of_one_page(corpus):
    _, _, truth, records = corpus
    clusters = defaultdict(list)
    for t in truth:
        clusters[t["duplicate_cluster"]].append(t)
    multi = [c for c in clusters.values() if len(c) > 1]
    assert len(multi) > 20
    for members in multi:
        assert len({m["site"] for m in members}) == 1
        assert len({m["story_cluster"] for m in members}) == 1
        originals = [m for m in members if m["kind"] in ("original", "wire")]
        # The first page of a cluster can fall past the end of a truncated corpus, never elsewhere.
        if not originals:
            continue
        first = records[originals[0]["id"]]["text"]
        for m in members:
            text = records[m["id"]]["text"]
            if m["kind"] == "exact":
                assert text == first
            elif m["kind"] == "near":
                assert text != first
                shared = set(words(text)) & set(words(first))
                assert len(shared) > 0.5 * len(set(words(first)))


def test_wire_stories_span_sites_and_keep_text(corpus):
    _, _, truth, records = corpus
    stories = defaultdict(list)
    for t in truth:
        if t["kind"] == "wire":
            stories[t["story_cluster"]].append(t)
    multi = [s for s in stories.values() if len({m["site"] for m in s}) > 1]
    assert len(multi) > 10
    for members in multi:
        a, b = (records[m["id"]]["text"] for m in members[:2])
        grams = [{tuple(w[i : i + 3]) for i in range(len(w) - 2)} for w in (words(a), words(b))]
        assert len(grams[0] & grams[1]) >= 15


def test_deterministic_and_seed_sensitive(tmp_path):
    one, two, other = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    gc.generate(one, pages=300, seed=3, huge_chars=0)
    gc.generate(two, pages=300, seed=3, huge_chars=0)
    gc.generate(other, pages=300, seed=4, huge_chars=0)
    for name in ("pages-00000.jsonl", "truth.jsonl"):
        assert (one / name).read_bytes() == (two / name).read_bytes()
        assert (one / name).read_bytes() != (other / name).read_bytes()


def test_regenerating_replaces_old_shards(tmp_path):
    gc.generate(tmp_path, pages=250, seed=1, shard_size=100, huge_chars=0)
    gc.generate(tmp_path, pages=150, seed=1, shard_size=100, huge_chars=0)
    assert sorted(p.name for p in tmp_path.glob("pages-*.jsonl")) == [
        "pages-00000.jsonl",
        "pages-00001.jsonl",
    ]


def test_sites_have_own_templates():
    sites = gc.make_sites(gc.load_data(), seed=1)
    assert len(sites) >= 40
    assert len({s.host for s in sites}) == len(sites)
    assert len({(s.date_style, s.dateline, s.most_read_heading, s.bottom) for s in sites}) > 30


@pytest.mark.parametrize(
    ("country", "month_word"),
    [("ma", "شتنبر"), ("dz", "سبتمبر"), ("eg", "سبتمبر"), ("jo", "أيلول")],
)
def test_date_lines_use_regional_month_names(country, month_word):
    data = gc.load_data()
    site = next(s for s in gc.make_sites(data, seed=1) if s.country == country)
    site = replace(site, hijri=False, date_style=1, eastern_digits=False)
    line = gc.date_line(site, data, dt.datetime(2020, 9, 14, 18, 5), random.Random(0))
    assert month_word in line or (site.pair_gregorian and "أيلول" in line)
    assert "2020" in line


def test_hijri_date_line():
    data = gc.load_data()
    site = replace(gc.make_sites(data, seed=1)[0], hijri=True)
    line = gc.date_line(site, data, dt.datetime(2020, 10, 9, 18, 27), random.Random(0))
    assert "22 صفر 1442 هـ" in line


def test_most_read_list_changes_one_line_a_day():
    data = gc.load_data()
    site = next(s for s in gc.make_sites(data, seed=1) if s.most_read_heading and s.most_read_size >= 6)
    story = gc.write_story(
        random.Random(0),
        data,
        "s1",
        gc.make_facts(random.Random(0), data, site.country, gc.START, site.name),
        gc.START + dt.timedelta(days=40),
    )
    page = gc.plan_page(random.Random(0), data, site, story, seed=1, number=1, wire=False)
    lines_at = [
        set(gc.render(replace(page, fetched=gc.START + dt.timedelta(days=d, hours=12)), 1).splitlines())
        for d in (50, 51)
    ]
    assert len(lines_at[0] - lines_at[1]) == 1


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(min_value=0, max_value=10_000), pages=st.integers(min_value=1, max_value=250))
def test_truth_invariants_for_any_seed(tmp_path, seed, pages):
    out = tmp_path / f"c{seed}-{pages}"
    gc.generate(out, pages=pages, seed=seed, shard_size=100, huge_chars=0)
    lines, truth, records = read_corpus(out)
    assert len(lines) == len(truth) == pages
    story_of: dict[str, str] = {}
    site_of: dict[str, str] = {}
    for t in truth:
        assert story_of.setdefault(t["duplicate_cluster"], t["story_cluster"]) == t["story_cluster"]
        assert site_of.setdefault(t["duplicate_cluster"], t["site"]) == t["site"]
        if t["kind"] != "bad_json":
            assert t["id"] in records
