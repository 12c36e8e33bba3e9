#!/usr/bin/env python
"""How well `akhbar ingest` groups duplicates and stories, beside MinHash at datatrove's defaults.

    python bench/grouping_eval.py corpus --corpus DIR [--pages N] [--db PATH] [--export FILE]
    python bench/grouping_eval.py pairs [--pairs bench/pairs/pairs.jsonl]

``corpus``: generates the corpus if DIR holds none of that size and seed (bench/gen_corpus.py),
ingests it (unless ``--db`` names a database that exists, or ``--export`` an export), exports with
``--dedup all`` and scores the groups against ``truth.jsonl``. Scores are pairwise over the
article pages (kinds original, wire, exact, near): precision is the share of page pairs put in
one group that truly belong together, recall the share of truly-together pairs that were put in
one group. They are computed from the contingency counts of (predicted, true) clusters, never by
enumerating pairs. Predicted duplicates: ``duplicate_group`` (null = alone). Predicted stories:
``story_id`` joined with ``duplicate_group``, since copies of one page are trivially one text and
akhbar names a story only when it spans sites.

``pairs``: each hand-checked pair goes into its own fresh database (so pairs cannot link through
each other), and is called duplicate when both pages get one ``duplicate_group``, same story when
they share a ``story_id`` or a duplicate group. Precision and recall are per label.

Baseline, printed beside akhbar: MinHash with datatrove's ``MinhashConfig`` defaults, read from
the installed datatrove (word 5-grams, 14 buckets x 8 hashes, 64-bit xxhash, seed 1, its text
normalisation), computed with datatrove's own ``MinhashDedupSignature.get_shingles`` and
``get_signature``; two pages match when any bucket's 8 hashes are equal (what its stage 2 finds)
and matches are joined by union-find (its stage 3). It runs on the pages' raw text, which is what
datatrove would be given. Its word tokenizer for Arabic is spaCy's blank "ar" model; spaCy is not
installed here, so a stand-in splits words from punctuation the same way (datatrove strips
punctuation before tokenising anyway); with spaCy installed datatrove's own is used.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import gen_corpus  # noqa: E402

PAIRS = BENCH / "pairs" / "pairs.jsonl"
TARGET = 0.95


# ---------------------------------------------------------------------------------------------
# Pairwise scores


@dataclass(frozen=True)
class Scores:
    """Pairwise scores; with no predicted pairs precision is 1 (nothing wrongly claimed), with no true
    pairs recall is 1 (nothing to find)."""

    precision: float
    recall: float
    f1: float
    true_pairs: int
    predicted_pairs: int
    agreed_pairs: int


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise_scores(truth: Mapping[str, str], predicted: Mapping[str, str]) -> Scores:
    """Scores of ``predicted`` (id -> cluster) against ``truth`` (id -> cluster) over the ids of
    ``truth``; an id missing from ``predicted`` is a cluster of its own."""
    true_sizes: Counter[str] = Counter()
    pred_sizes: Counter[str] = Counter()
    cells: Counter[tuple[str, str]] = Counter()
    for rid, true_cluster in truth.items():
        pred_cluster = predicted.get(rid)
        pred_key = f"\0{rid}" if pred_cluster is None else pred_cluster
        true_sizes[true_cluster] += 1
        pred_sizes[pred_key] += 1
        cells[pred_key, true_cluster] += 1
    true_pairs = sum(_pairs(n) for n in true_sizes.values())
    pred_pairs = sum(_pairs(n) for n in pred_sizes.values())
    agreed = sum(_pairs(n) for n in cells.values())
    precision = agreed / pred_pairs if pred_pairs else 1.0
    recall = agreed / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, true_pairs, pred_pairs, agreed)


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        parent.setdefault(x, x)
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def predicted_groups(rows: Iterable[Mapping[str, Any]]) -> tuple[dict[str, str], dict[str, str]]:
    """(duplicates, stories) as id -> cluster from export rows; see the module doc for stories."""
    duplicates: dict[str, str] = {}
    links = UnionFind()
    for row in rows:
        rid = str(row["id"])
        group = row.get("duplicate_group")
        duplicates[rid] = f"d:{group}" if group is not None else f"self:{rid}"
        links.find(rid)
        if group is not None:
            links.union(rid, f"d:{group}")
        if row.get("story_id") is not None:
            links.union(rid, f"s:{row['story_id']}")
    stories = {rid: links.find(rid) for rid in duplicates}
    return duplicates, stories


def truth_groups(path: Path, kinds: Iterable[str] = gen_corpus.ARTICLE_KINDS) -> dict[str, dict[str, Any]]:
    wanted = set(kinds)
    out = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)
            if t["kind"] in wanted:
                out[t["id"]] = t
    return out


# ---------------------------------------------------------------------------------------------
# What goes wrong


def wrong_pairs_same_story(
    dup_truth: Mapping[str, str], story_truth: Mapping[str, str], predicted: Mapping[str, str]
) -> int:
    """Of the predicted duplicate pairs that are not true duplicates, how many are two copies of one
    story on different sites: pairs counted by (predicted, story) cells less (predicted, duplicate)
    cells, as every true duplicate cluster lies inside one story."""
    by_story: Counter[tuple[str, str]] = Counter()
    by_dup: Counter[tuple[str, str]] = Counter()
    for rid in dup_truth:
        pred = predicted.get(rid) or f"\0{rid}"
        by_story[pred, story_truth[rid]] += 1
        by_dup[pred, dup_truth[rid]] += 1
    return sum(_pairs(n) for n in by_story.values()) - sum(_pairs(n) for n in by_dup.values())


def near_found_by_change(
    truth: Mapping[str, Mapping[str, Any]], predicted: Mapping[str, str]
) -> dict[str, list[int]]:
    """For each kind of change a near duplicate carries: [near pages, those grouped with their
    cluster's first page]."""
    first: dict[str, str] = {}
    for rid, t in truth.items():
        if t["kind"] in ("original", "wire"):
            first[t["duplicate_cluster"]] = rid
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for rid, t in truth.items():
        head = first.get(t["duplicate_cluster"])
        if t["kind"] == "near" and head is not None:
            counts = out[t.get("change", "?")]
            counts[0] += 1
            counts[1] += predicted.get(rid) is not None and predicted.get(rid) == predicted.get(head)
    return dict(out)


def explain(
    truth: Mapping[str, str],
    predicted: Mapping[str, str],
    describe: Mapping[str, str],
    limit: int = 5,
) -> list[str]:
    """The predicted groups that merge most wrongly and the true groups split most, with members."""
    by_pred: dict[str, list[str]] = defaultdict(list)
    by_true: dict[str, list[str]] = defaultdict(list)
    for rid, t in truth.items():
        by_pred[predicted.get(rid) or f"\0{rid}"].append(rid)
        by_true[t].append(rid)

    def wrong_pairs(members: list[str], key: Mapping[str, str]) -> int:
        return _pairs(len(members)) - sum(
            _pairs(n) for n in Counter(key.get(m) or f"\0{m}" for m in members).values()
        )

    out: list[str] = []
    merges = sorted(((wrong_pairs(m, truth), g, m) for g, m in by_pred.items() if len(m) > 1), reverse=True)
    for wrong, _, members in merges[:limit]:
        if not wrong:
            break
        out.append(f"  false merge: {len(members)} pages, {wrong} wrong pairs")
        out.extend(
            f"    [{truth[m]}] {describe.get(m, m)}" for m in sorted(members, key=lambda m: truth[m])[:8]
        )
    splits = sorted(
        ((wrong_pairs(m, predicted), g, m) for g, m in by_true.items() if len(m) > 1), reverse=True
    )
    for missed, _, members in splits[:limit]:
        if not missed:
            break
        parts = len({predicted.get(m) or m for m in members})
        out.append(f"  missed: {len(members)} pages of one group in {parts} groups, {missed} pairs missed")
        out.extend(
            f"    [{predicted.get(m) or 'alone'}] {describe.get(m, m)}"
            for m in sorted(members, key=lambda m: predicted.get(m) or m)[:8]
        )
    return out


# ---------------------------------------------------------------------------------------------
# datatrove's MinHash


def datatrove_tokenizer() -> Any:
    """datatrove's own Arabic tokenizer when spaCy is installed, else the stand-in (module doc)."""
    try:
        import spacy  # noqa: F401
    except ImportError:
        return PunctSplitTokenizer()
    return "ar"


def _tokenizer_base() -> type:
    from datatrove.utils.word_tokenizers import WordTokenizer

    return WordTokenizer


class PunctSplitTokenizer(_tokenizer_base()):  # type: ignore[misc]
    """Words and runs of punctuation as tokens, sentences at terminal punctuation or newlines."""

    _WORD = re.compile(r"\w+|[^\w\s]+")
    _SENTENCE = re.compile(r"[^.!?؟\n]+[.!?؟]*")

    def __init__(self) -> None:
        super().__init__("ar")

    def word_tokenize(self, text: str) -> list[str]:
        return self._WORD.findall(text)

    def sent_tokenize(self, text: str) -> list[str]:
        return [s.strip() for s in self._SENTENCE.findall(text) if s.strip()]

    def span_tokenize(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in self._SENTENCE.finditer(text) if m.group().strip()]


def xxhash64_utf8(text: str | bytes) -> int:
    """datatrove's default shingle hash, xxh64 of the n-gram's UTF-8 bytes. datatrove 0.10 passes a
    str, which xxhash 4 refuses ("Strings must be encoded"); xxhash 3 hashed the UTF-8 encoding,
    so encoding first gives the values datatrove computes where it runs."""
    import xxhash

    return xxhash.xxh64_intdigest(text.encode("utf-8") if isinstance(text, str) else text)


def minhash_signature_step(output_folder: str) -> Any:
    """datatrove's MinHash signature stage at its default settings, runnable in this environment."""
    from datatrove.pipeline.dedup.minhash import MinhashConfig, MinhashDedupSignature

    step = MinhashDedupSignature(output_folder, config=MinhashConfig(), language=datatrove_tokenizer())
    if step.config.hash_config.hash_fc == "xxhash" and step.config.hash_config.precision == 64:
        step._hash_func = xxhash64_utf8
    return step


class DatatroveMinHash:
    def __init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="dt-minhash-")
        self.step = minhash_signature_step(self._dir.name)
        self.config = self.step.config

    @property
    def settings(self) -> str:
        c = self.config
        return (
            f"datatrove {_version('datatrove')} MinhashConfig defaults: word {c.n_grams}-grams, "
            f"{c.num_buckets} buckets x {c.hashes_per_bucket} hashes, {c.hash_config.precision}-bit "
            f"{c.hash_config.hash_fc}, seed {c.seed}; tokenizer "
            f"{'spaCy ar' if self.step.language == 'ar' else 'stand-in (spaCy not installed)'}"
        )

    def buckets(self, text: str) -> list[tuple[int, ...]] | None:
        shingles = self.step.get_shingles(text)
        if shingles.size == 0:
            return None
        return [tuple(b) for b in self.step.get_signature(shingles)]

    def match(self, a: str, b: str) -> bool:
        sa, sb = self.buckets(a), self.buckets(b)
        return sa is not None and sb is not None and any(x == y for x, y in zip(sa, sb, strict=True))

    def cluster(self, texts: Iterable[tuple[str, str]], processes: int = 1) -> dict[str, str]:
        """id -> cluster for (id, text) pairs: any shared bucket links two pages."""
        links = UnionFind()
        seen: dict[tuple[int, tuple[int, ...]], str] = {}
        ids = []
        if processes > 1:
            import multiprocessing

            with multiprocessing.get_context("fork").Pool(processes) as pool:
                signed = list(pool.imap(_signed, texts, chunksize=64))
        else:
            signed = [(rid, self.buckets(text)) for rid, text in texts]
        for rid, sig in signed:
            ids.append(rid)
            links.find(rid)
            for i, band in enumerate(sig or ()):
                first = seen.setdefault((i, band), rid)
                if first != rid:
                    links.union(first, rid)
        return {rid: links.find(rid) for rid in ids}


_WORKER_MINHASH: DatatroveMinHash | None = None


def _signed(item: tuple[str, str]) -> tuple[str, list[tuple[int, ...]] | None]:
    global _WORKER_MINHASH
    if _WORKER_MINHASH is None:
        _WORKER_MINHASH = DatatroveMinHash()
    return item[0], _WORKER_MINHASH.buckets(item[1])


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


# ---------------------------------------------------------------------------------------------
# Running akhbar


def akhbar_command() -> list[str]:
    script = Path(sys.executable).with_name("akhbar")
    if script.exists():
        return [str(script)]
    found = shutil.which("akhbar")
    if found:
        return [found]
    raise SystemExit("the akhbar command is not installed in this environment")


def run_akhbar(*args: str, quiet: bool = True) -> None:
    cmd = [*akhbar_command(), *args]
    done = subprocess.run(cmd, capture_output=quiet, text=True)
    if done.returncode != 0:
        detail = (done.stderr or "")[-2000:] if quiet else ""
        raise SystemExit(f"akhbar failed ({done.returncode}): {' '.join(cmd)}\n{detail}")


def ingest(inputs: list[Path], db: Path, jobs: int | None = None, quiet: bool = True) -> None:
    args = ["ingest", *map(str, inputs), "--db", str(db)]
    if jobs:
        args += ["-j", str(jobs)]
    run_akhbar(*args, quiet=quiet)


def export(db: Path, out: Path) -> None:
    run_akhbar("export", "--db", str(db), "--format", "jsonl", "--dedup", "all", "-o", str(out))


EXPORT_FIELDS = ("id", "site", "host", "title", "is_article", "duplicate_group", "duplicate_kind", "story_id")


def read_export(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                yield {k: row.get(k) for k in EXPORT_FIELDS}


# ---------------------------------------------------------------------------------------------
# Corpus evaluation


def shard_size_for(pages: int) -> int:
    """Ten shards at any size up to 100,000 pages, so file-parallel readers have work for every core."""
    return max(1, min(10_000, -(-pages // 10)))


def ensure_corpus(corpus: Path, pages: int, seed: int, huge_chars: int = 4_000_000) -> dict[str, Any]:
    """The corpus in ``corpus``, generated unless one of this size, seed, sharding and generator is there."""
    manifest_path = corpus / "manifest.json"
    shard_size = shard_size_for(pages)
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text())
        if (
            manifest.get("pages") == pages
            and manifest.get("seed") == seed
            and manifest.get("shard_size") == shard_size
            and manifest.get("generator_version") == gen_corpus.GENERATOR_VERSION
            and all((corpus / s).exists() for s in manifest["shards"])
        ):
            return manifest
    print(f"generating {pages:,} pages into {corpus} ...", file=sys.stderr)
    return gen_corpus.generate(corpus, pages, seed, shard_size=shard_size, huge_chars=huge_chars, quiet=False)


def raw_texts(corpus: Path, manifest: Mapping[str, Any], ids: set[str]) -> Iterator[tuple[str, str]]:
    for shard in manifest["shards"]:
        with (corpus / shard).open(encoding="utf-8") as f:
            for line in f:
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if rec.get("id") in ids and isinstance(rec.get("text"), str):
                    yield rec["id"], rec["text"]


def score_table(rows: list[tuple[str, str, Scores]]) -> list[str]:
    out = [
        "| grouping | system | precision | recall | F1 | true pairs | predicted pairs |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for grouping, system, s in rows:
        out.append(
            f"| {grouping} | {system} | {s.precision:.4f} | {s.recall:.4f} | {s.f1:.4f} | "
            f"{s.true_pairs:,} | {s.predicted_pairs:,} |"
        )
    return out


def evaluate_corpus(args: argparse.Namespace) -> dict[str, Any]:
    corpus: Path = args.corpus
    manifest = ensure_corpus(corpus, args.pages, args.seed)
    truth = truth_groups(corpus / "truth.jsonl")
    if args.export:
        rows = list(read_export(args.export))
    else:
        with tempfile.TemporaryDirectory(prefix="grouping-eval-") as tmp:
            db: Path = args.db or Path(tmp) / "corpus.db"
            if not db.exists():
                started = time.perf_counter()
                ingest([corpus / s for s in manifest["shards"]], db, args.jobs, quiet=False)
                print(f"ingest: {time.perf_counter() - started:.0f} s", file=sys.stderr)
            export(db, Path(tmp) / "export.jsonl")
            rows = list(read_export(Path(tmp) / "export.jsonl"))
    exported = {str(r["id"]) for r in rows}
    dup_pred, story_pred = predicted_groups(rows)
    dup_truth = {rid: t["duplicate_cluster"] for rid, t in truth.items()}
    story_truth = {rid: t["story_cluster"] for rid, t in truth.items()}
    all_truth = truth_groups(corpus / "truth.jsonl", kinds=[*manifest["kinds"]])
    results: dict[str, Any] = {
        "pages": manifest["pages"],
        "seed": manifest["seed"],
        "scored_pages": len(truth),
        "exported_rows": len(rows),
        "scored_pages_missing_from_export": len(set(truth) - exported),
        "exported_by_kind": dict(Counter(all_truth[r]["kind"] for r in exported if r in all_truth)),
        "akhbar": {
            "duplicates": asdict(pairwise_scores(dup_truth, dup_pred)),
            "stories": asdict(pairwise_scores(story_truth, story_pred)),
        },
    }
    table = [
        ("duplicates", "akhbar", pairwise_scores(dup_truth, dup_pred)),
        ("stories", "akhbar", pairwise_scores(story_truth, story_pred)),
    ]
    if not args.no_minhash:
        mh = DatatroveMinHash()
        started = time.perf_counter()
        mh_pred = mh.cluster(raw_texts(corpus, manifest, set(truth)), processes=args.minhash_processes)
        results["minhash_settings"] = mh.settings
        results["minhash_seconds"] = round(time.perf_counter() - started, 1)
        results["minhash"] = {
            "duplicates": asdict(pairwise_scores(dup_truth, mh_pred)),
            "stories": asdict(pairwise_scores(story_truth, mh_pred)),
        }
        table[1:1] = [("duplicates", "MinHash (datatrove defaults)", pairwise_scores(dup_truth, mh_pred))]
        table.append(("stories", "MinHash (datatrove defaults)", pairwise_scores(story_truth, mh_pred)))
    missing = results["scored_pages_missing_from_export"]
    dup_scores = pairwise_scores(dup_truth, dup_pred)
    cross_site = wrong_pairs_same_story(dup_truth, story_truth, dup_pred)
    wrong = dup_scores.predicted_pairs - dup_scores.agreed_pairs
    near = near_found_by_change(truth, dup_pred)
    results["akhbar"]["duplicates"]["wrong_pairs_that_are_cross_site_copies_of_one_story"] = cross_site
    results["akhbar"]["near_duplicates_found_by_change"] = near
    size = f"{manifest['pages']:,} pages, seed {manifest['seed']}"
    print(f"corpus {corpus}: {size}, {len(truth):,} article pages scored")
    print(f"exported rows: {len(rows):,}; scored pages missing from the export: {missing:,}")
    print(
        "exported rows by truth kind: "
        + ", ".join(f"{k} {v:,}" for k, v in sorted(results["exported_by_kind"].items()))
    )
    if "minhash_settings" in results:
        print(f"baseline: {results['minhash_settings']}")
    print("\n".join(score_table(table)))
    print(
        f"\nakhbar duplicates: {wrong:,} wrong pairs, of which {cross_site:,} join copies of one story on "
        "different sites (the truth calls duplicates only copies on one site)"
    )
    print(
        "akhbar near duplicates found, by change: "
        + ", ".join(f"{k} {found:,}/{n:,}" for k, (n, found) in sorted(near.items()))
    )
    describe = {}
    for r in rows:
        rid = str(r["id"])
        if rid in truth:
            where = r.get("host") or r.get("site")
            describe[rid] = f"{rid} {truth[rid]['kind']:8s} {where} | {(r.get('title') or '')[:70]}"
    for name, t, p in (("duplicates", dup_truth, dup_pred), ("stories", story_truth, story_pred)):
        lines = explain(t, p, describe, args.examples)
        if lines:
            print(f"\nakhbar {name}, worst groups:")
            print("\n".join(lines))
    return results


# ---------------------------------------------------------------------------------------------
# Pairs evaluation


@dataclass(frozen=True)
class PairResult:
    duplicate: bool
    same_story: bool


def load_pairs(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def akhbar_pair(pair: Mapping[str, Any], index: int) -> PairResult:
    with tempfile.TemporaryDirectory(prefix="pair-") as tmp:
        work = Path(tmp)
        records = []
        for side in ("a", "b"):
            rec = {"id": f"pair{index}-{side}", "text": pair[side]}
            for key in ("url", "timestamp"):
                if pair.get(f"{side}_{key}"):
                    rec[key] = pair[f"{side}_{key}"]
            records.append(json.dumps(rec, ensure_ascii=False))
        (work / "pair.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
        ingest([work / "pair.jsonl"], work / "pair.db", jobs=1)
        export(work / "pair.db", work / "export.jsonl")
        rows = {r["id"]: r for r in read_export(work / "export.jsonl")}
    a, b = rows.get(f"pair{index}-a"), rows.get(f"pair{index}-b")
    if a is None or b is None:
        return PairResult(False, False)
    duplicate = a["duplicate_group"] is not None and a["duplicate_group"] == b["duplicate_group"]
    story = duplicate or (a["story_id"] is not None and a["story_id"] == b["story_id"])
    return PairResult(duplicate, story)


def label_scores(pairs: list[Mapping[str, Any]], results: list[PairResult], label: str) -> dict[str, Any]:
    attr = "duplicate" if label == "duplicate" else "same_story"
    tp = sum(1 for p, r in zip(pairs, results, strict=True) if p[label] and getattr(r, attr))
    fp = sum(1 for p, r in zip(pairs, results, strict=True) if not p[label] and getattr(r, attr))
    fn = sum(1 for p, r in zip(pairs, results, strict=True) if p[label] and not getattr(r, attr))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": precision, "recall": recall, "tp": tp, "fp": fp, "fn": fn}


def evaluate_pairs(args: argparse.Namespace) -> dict[str, Any]:
    pairs = load_pairs(args.pairs)
    if args.limit:
        pairs = pairs[: args.limit]
    mh = DatatroveMinHash()
    mh_results = []
    for p in pairs:
        match = mh.match(p["a"], p["b"])
        mh_results.append(PairResult(match, match))
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.jobs or 2) as pool:
        ak_results = list(pool.map(akhbar_pair, pairs, range(len(pairs))))
    seconds = time.perf_counter() - started
    out: dict[str, Any] = {
        "pairs": len(pairs),
        "minhash_settings": mh.settings,
        "akhbar_seconds": round(seconds, 1),
    }
    print(
        f"pairs {args.pairs}: {len(pairs)} pairs ({sum(p['duplicate'] for p in pairs)} duplicate, "
        f"{sum(p['same_story'] for p in pairs)} same story); baseline: {mh.settings}"
    )
    print("| label | system | precision | recall | TP | FP | FN |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for label in ("duplicate", "same_story"):
        for system, results in (("akhbar", ak_results), ("MinHash (datatrove defaults)", mh_results)):
            s = label_scores(pairs, results, label)
            out.setdefault(system, {})[label] = s
            counts = f"{s['tp']} | {s['fp']} | {s['fn']}"
            print(f"| {label} | {system} | {s['precision']:.4f} | {s['recall']:.4f} | {counts} |")
    print("\n| category | pairs | akhbar right | MinHash right |")
    print("|---|---:|---:|---:|")
    by_category: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for p, ak, mh_r in zip(pairs, ak_results, mh_results, strict=True):
        counts = by_category[p.get("category", "-")]
        counts[0] += 1
        counts[1] += ak == PairResult(p["duplicate"], p["same_story"])
        counts[2] += mh_r == PairResult(p["duplicate"], p["same_story"])
    for category, (n, ak_right, mh_right) in by_category.items():
        print(f"| {category} | {n} | {ak_right} | {mh_right} |")
    out["by_category"] = {
        k: dict(zip(("pairs", "akhbar_right", "minhash_right"), v, strict=True))
        for k, v in by_category.items()
    }
    wrong = [
        (i, p, r)
        for i, (p, r) in enumerate(zip(pairs, ak_results, strict=True))
        if p["duplicate"] != r.duplicate or p["same_story"] != r.same_story
    ]
    if wrong:
        print("\nakhbar disagrees with the label on:")
        for i, p, r in wrong[: args.examples * 4]:
            print(
                f"  #{i} {p.get('note', '')}: labelled dup={p['duplicate']} story={p['same_story']}, "
                f"got dup={r.duplicate} story={r.same_story}"
            )
    out["akhbar_wrong"] = [i for i, _, _ in wrong]
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="what", required=True)
    c = sub.add_parser("corpus", help="score grouping on the generated corpus")
    c.add_argument("--corpus", type=Path, required=True, help="corpus directory (generated if needed)")
    c.add_argument("--pages", type=int, default=100_000)
    c.add_argument("--seed", type=int, default=1)
    c.add_argument("--db", type=Path, help="database to use; ingested into when it does not exist")
    c.add_argument("--export", type=Path, help="an existing `akhbar export --dedup all` JSONL to score")
    c.add_argument("-j", "--jobs", type=int, help="workers for akhbar ingest (default: its own)")
    c.add_argument("--no-minhash", action="store_true", help="skip the datatrove MinHash baseline")
    c.add_argument("--minhash-processes", type=int, default=2, help="processes computing MinHash signatures")
    c.add_argument("--examples", type=int, default=5, help="worst groups to print")
    c.add_argument("--json", type=Path, help="also write the figures here")
    p = sub.add_parser("pairs", help="score grouping on the hand-checked pairs")
    p.add_argument("--pairs", type=Path, default=PAIRS)
    p.add_argument("--limit", type=int, help="only the first N pairs")
    p.add_argument("-j", "--jobs", type=int, default=2, help="pairs ingested at once")
    p.add_argument("--examples", type=int, default=5)
    p.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    results = evaluate_corpus(args) if args.what == "corpus" else evaluate_pairs(args)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
