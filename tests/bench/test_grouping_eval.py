"""The grouping evaluation: pairwise scores from contingency counts agree with counting pairs one by one,
export rows become the right partitions, and a whole corpus evaluation runs on a fake export."""

from __future__ import annotations

import argparse
import itertools
import json
import random
from pathlib import Path

import gen_corpus as gc
import grouping_eval as ge
import pytest
from hypothesis import given
from hypothesis import strategies as st


def brute_force(truth: dict[str, str], predicted: dict[str, str]) -> tuple[int, int, int]:
    true_pairs = pred_pairs = agreed = 0
    for a, b in itertools.combinations(sorted(truth), 2):
        same_true = truth[a] == truth[b]
        same_pred = a in predicted and b in predicted and predicted[a] == predicted[b]
        true_pairs += same_true
        pred_pairs += same_pred
        agreed += same_true and same_pred
    return true_pairs, pred_pairs, agreed


labels = st.dictionaries(st.sampled_from([f"p{i}" for i in range(30)]), st.integers(0, 6), max_size=30)


@given(truth=labels, predicted=labels)
def test_contingency_counts_equal_pair_counts(truth, predicted):
    truth = {k: f"t{v}" for k, v in truth.items()}
    predicted = {k: f"q{v}" for k, v in predicted.items()}
    s = ge.pairwise_scores(truth, predicted)
    assert (s.true_pairs, s.predicted_pairs, s.agreed_pairs) == brute_force(truth, predicted)
    assert 0.0 <= s.precision <= 1.0
    assert 0.0 <= s.recall <= 1.0


def test_scores_on_a_small_case():
    truth = {"a": "1", "b": "1", "c": "1", "d": "2", "e": "2"}
    predicted = {"a": "x", "b": "x", "c": "y", "d": "y", "e": "z"}
    s = ge.pairwise_scores(truth, predicted)
    # true pairs: ab ac bc de = 4; predicted: ab cd = 2; agreed: ab = 1
    assert (s.true_pairs, s.predicted_pairs, s.agreed_pairs) == (4, 2, 1)
    assert s.precision == pytest.approx(0.5)
    assert s.recall == pytest.approx(0.25)
    assert s.f1 == pytest.approx(2 * 0.5 * 0.25 / 0.75)


def test_no_pairs_is_vacuous():
    s = ge.pairwise_scores({"a": "1", "b": "2"}, {})
    assert (s.precision, s.recall) == (1.0, 1.0)
    s = ge.pairwise_scores({"a": "1", "b": "1"}, {})
    assert (s.precision, s.recall) == (1.0, 0.0)


def test_predicted_groups_join_stories_with_duplicates():
    rows = [
        {"id": "a", "duplicate_group": "g1", "story_id": None},
        {"id": "b", "duplicate_group": "g1", "story_id": None},
        {"id": "c", "duplicate_group": None, "story_id": "s1"},
        {"id": "d", "duplicate_group": "g2", "story_id": "s1"},
        {"id": "e", "duplicate_group": "g2", "story_id": None},
        {"id": "f", "duplicate_group": None, "story_id": None},
    ]
    dups, stories = ge.predicted_groups(rows)
    assert dups["a"] == dups["b"] != dups["c"]
    assert dups["c"] != dups["f"]
    assert stories["a"] == stories["b"]
    assert stories["c"] == stories["d"] == stories["e"]
    assert len({stories["a"], stories["c"], stories["f"]}) == 3


def test_explain_names_false_merges_and_misses():
    truth = {"a": "1", "b": "1", "c": "2", "d": "3", "e": "3"}
    predicted = {"a": "x", "b": "x", "c": "x", "d": "y", "e": "z"}
    lines = ge.explain(truth, predicted, {k: f"page {k}" for k in truth})
    text = "\n".join(lines)
    assert "false merge: 3 pages, 2 wrong pairs" in text
    assert "missed: 2 pages of one group in 2 groups, 1 pairs missed" in text
    assert "page c" in text


def test_label_scores():
    pairs = [{"duplicate": True}, {"duplicate": True}, {"duplicate": False}, {"duplicate": False}]
    results = [
        ge.PairResult(True, True),
        ge.PairResult(False, False),
        ge.PairResult(True, True),
        ge.PairResult(False, True),
    ]
    s = ge.label_scores(pairs, results, "duplicate")
    assert (s["tp"], s["fp"], s["fn"]) == (1, 1, 1)
    assert s["precision"] == s["recall"] == 0.5


def test_datatrove_minhash_matches_copies_not_strangers():
    data = gc.load_data()
    rng = random.Random(3)
    texts = []
    for _ in range(2):
        facts = gc.make_facts(rng, data, "jo", gc.START, "موقع")
        story = gc.write_story(rng, data, "s", facts, gc.START)
        texts.append(story.lead + "\n" + "\n".join(t for _, t in story.paras))
    mh = ge.DatatroveMinHash()
    assert "5-grams" in mh.settings and "14 buckets x 8 hashes" in mh.settings
    assert mh.match(texts[0], texts[0] + "\nتنويه.")
    assert not mh.match(texts[0], texts[1])
    clusters = mh.cluster([("a", texts[0]), ("b", texts[0]), ("c", texts[1]), ("d", "")])
    assert clusters["a"] == clusters["b"] != clusters["c"]
    assert clusters["d"] not in (clusters["a"], clusters["c"])


def test_xxhash_shim_hashes_utf8():
    import xxhash

    assert ge.xxhash64_utf8("خبر عاجل") == xxhash.xxh64_intdigest("خبر عاجل".encode())


def fake_export(corpus: Path, out: Path, *, merge_all_wire: bool) -> None:
    """An export as `akhbar export --dedup all` would write it, built from the truth itself."""
    rows = []
    for line in (corpus / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        t = json.loads(line)
        if t["kind"] in gc.BAD_KINDS:
            continue
        story = t["story_cluster"] if t["kind"] == "wire" else None
        if merge_all_wire and story:
            story = "one-big-story"
        rows.append(
            {
                "id": t["id"],
                "host": t["site"],
                "title": "عنوان",
                "is_article": t["kind"] != "listing",
                "duplicate_group": t["duplicate_cluster"],
                "duplicate_kind": "exact",
                "story_id": story,
            }
        )
    out.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")


def corpus_args(corpus: Path, export: Path, **kw) -> argparse.Namespace:
    base = dict(
        corpus=corpus,
        pages=400,
        seed=5,
        db=None,
        export=export,
        jobs=None,
        no_minhash=True,
        minhash_processes=1,
        examples=3,
        json=None,
    )
    return argparse.Namespace(**(base | kw))


def test_corpus_evaluation_on_a_perfect_and_a_wrong_export(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    ge.ensure_corpus(corpus, 400, 5, huge_chars=0)
    perfect = tmp_path / "perfect.jsonl"
    fake_export(corpus, perfect, merge_all_wire=False)
    results = ge.evaluate_corpus(corpus_args(corpus, perfect))
    for grouping in ("duplicates", "stories"):
        assert results["akhbar"][grouping]["precision"] == 1.0
        assert results["akhbar"][grouping]["recall"] == 1.0
    assert results["scored_pages_missing_from_export"] == 0

    wrong = tmp_path / "wrong.jsonl"
    fake_export(corpus, wrong, merge_all_wire=True)
    results = ge.evaluate_corpus(corpus_args(corpus, wrong, no_minhash=False, json=tmp_path / "r.json"))
    assert results["akhbar"]["stories"]["precision"] < 0.5
    assert results["akhbar"]["stories"]["recall"] == 1.0
    assert results["akhbar"]["duplicates"]["precision"] == 1.0
    assert "minhash" in results
    printed = capsys.readouterr().out
    assert "false merge" in printed
    assert "| stories | MinHash (datatrove defaults) |" in printed


def test_ensure_corpus_reuses_a_matching_corpus(tmp_path):
    first = ge.ensure_corpus(tmp_path, 120, 2, huge_chars=0)
    stamp = (tmp_path / "truth.jsonl").stat().st_mtime_ns
    assert ge.ensure_corpus(tmp_path, 120, 2, huge_chars=0) == first
    assert (tmp_path / "truth.jsonl").stat().st_mtime_ns == stamp
    assert ge.ensure_corpus(tmp_path, 130, 2, huge_chars=0)["pages"] == 130


def test_pairs_file_is_well_formed():
    pairs = ge.load_pairs(ge.PAIRS)
    assert len(pairs) >= 150
    for p in pairs:
        assert {"a", "b", "duplicate", "same_story", "note"} <= set(p)
        assert isinstance(p["duplicate"], bool) and isinstance(p["same_story"], bool)
        # A duplicate is one text, so it is always the same story.
        assert p["same_story"] or not p["duplicate"]
        assert p["a"].strip() and p["b"].strip()
    assert len({(p["a"], p["b"]) for p in pairs}) == len(pairs)


def test_wrong_pairs_that_join_one_story_across_sites():
    dup_truth = {"a": "d1", "b": "d1", "c": "d2", "d": "d3"}
    story_truth = {"a": "s1", "b": "s1", "c": "s1", "d": "s2"}
    predicted = {"a": "x", "b": "x", "c": "x", "d": "x"}
    # predicted pairs 6, true duplicate pairs agreed 1 (ab): 5 wrong; ac, bc join one story
    assert ge.wrong_pairs_same_story(dup_truth, story_truth, predicted) == 2


def test_near_found_by_change():
    truth = {
        "o": {"kind": "original", "duplicate_cluster": "d1"},
        "n1": {"kind": "near", "duplicate_cluster": "d1", "change": "title"},
        "n2": {"kind": "near", "duplicate_cluster": "d1", "change": "correction"},
        "n3": {"kind": "near", "duplicate_cluster": "d9", "change": "title"},
    }
    predicted = {"o": "g", "n1": "g", "n2": "h"}
    assert ge.near_found_by_change(truth, predicted) == {"title": [1, 1], "correction": [1, 0]}
