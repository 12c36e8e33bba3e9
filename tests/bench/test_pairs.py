"""The hand-checked pairs: pairs.jsonl is what the hand-written sources give, and the edits behave."""

from __future__ import annotations

import json

import build_pairs as bp
import pytest


def test_pairs_file_matches_its_sources():
    assert bp.serialise(bp.build()) == (bp.HERE / "pairs.jsonl").read_text(encoding="utf-8")


def test_every_category_has_both_kinds_of_evidence():
    pairs = [json.loads(line) for line in (bp.HERE / "pairs.jsonl").read_text(encoding="utf-8").splitlines()]
    labels = {(p["duplicate"], p["same_story"]) for p in pairs}
    assert labels == {(True, True), (False, True), (False, False)}
    categories = {p["category"] for p in pairs}
    for needed in (
        "repost-exact",
        "minor-edit",
        "syndicated-rewrite",
        "same-event",
        "same-outlet-different-story",
        "brief",
    ):
        assert needed in categories


def side(**kw):
    return {"doc": "A01", "outlet": "O1", **kw}


def test_render_applies_edits():
    src = bp.load_sources()
    base, url, ts = bp.render(side(), src)
    art = src.articles["A01"]
    assert art.fields["headline"] in base and art.fields["lead"] in base
    assert url.startswith("https://www.example-pairs-1.com/") and ts.endswith("Z")
    cut, _, _ = bp.render(side(headline="alt", lead="alt", drop_tail=2), src)
    assert art.fields["headline2"] in cut and art.fields["lead2"] in cut
    assert art.lists["p"][-1] not in cut and art.lists["p"][-3] in cut
    later, _, _ = bp.render(side(most_read_shift=3, fetch_after_days=3), src)
    assert later != base and set(later.splitlines()) - set(base.splitlines())
    eastern, _, _ = bp.render(side(transform="eastern_digits"), src)
    assert "٣٠٠" in eastern and "300" not in eastern
    agency, _, _ = bp.render(side(dateline="agency"), src)
    assert art.fields["agency-dateline"] in agency


def test_render_rejects_unknown_edits_and_absent_replacements():
    src = bp.load_sources()
    with pytest.raises(ValueError):
        bp.render(side(shuffle=True), src)
    with pytest.raises(ValueError):
        bp.render(side(replace=[["not in the text", "x"]]), src)
