"""The ingest benchmark's measuring and its datatrove pipeline, at tiny sizes (nothing here is timed)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import gen_corpus as gc
import ingest_bench as ib

ALLOCATE = "import time; x = bytearray(60 * 2**20); x[::4096] = b'1' * len(x[::4096]); time.sleep(0.6)"


def test_process_tree_and_memory_of_this_process():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(2)"])
    try:
        tree = ib.descendants(os.getpid())
        assert tree[0] == os.getpid() and child.pid in tree
    finally:
        child.kill()
        child.wait()
    rss, pss = ib.memory(os.getpid())
    assert rss > 0 and pss > 0
    assert ib.memory(2**22 + 12345) == (0, 0)


def test_run_measured_sees_the_peak():
    r = ib.run_measured([sys.executable, "-c", ALLOCATE], interval=0.05)
    assert r["returncode"] == 0
    assert r["tree_peak_rss"] >= 60 * 2**20
    assert r["tree_peak_pss"] >= 50 * 2**20


def test_measure_reports_the_child_alone():
    r = ib.measure([sys.executable, "-c", ALLOCATE])
    assert r["returncode"] == 0
    assert r["largest_process_rss"] >= 60 * 2**20
    assert r["rusage_children_maxrss"] >= 60 * 2**20
    failed = ib.measure([sys.executable, "-c", "import sys; sys.exit(3)"])
    assert failed["returncode"] == 3


def test_datatrove_pipeline_survives_bad_records(tmp_path):
    shards = tmp_path / "in"
    shards.mkdir()
    data, rng = gc.load_data(), random.Random(5)
    good = []
    for i in range(6):
        story = gc.write_story(rng, data, "s", gc.make_facts(rng, data, "eg", gc.START, "موقع"), gc.START)
        good.append(
            {"id": f"g{i}", "text": "\n\n".join([story.headline, story.lead, *(t for _, t in story.paras)])}
        )
    bad = [{"id": "b1", "text": None}, {"id": "b2", "text": 123}, {"id": "b3", "text": ""}]
    lines = [json.dumps(r, ensure_ascii=False) for r in good + bad] + ['{"id": "cut", "text": "خبر']
    (shards / "pages-00000.jsonl").write_text("\n".join(lines[:5]) + "\n", encoding="utf-8")
    (shards / "pages-00001.jsonl").write_text("\n".join(lines[5:]) + "\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ib.BENCH))
    work = tmp_path / "work"
    done = subprocess.run(
        [sys.executable, str(Path(ib.__file__)), "_datatrove", str(shards), str(work), "2", "2"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    signatures = list((work / "signatures").rglob("*.minhash.sig"))
    assert len(signatures) == 2 * 14
    assert sum(p.stat().st_size for p in signatures) > 0


def test_adapter_blanks_non_text():
    class Reader:
        text_key, id_key = "text", "id"

        def _default_adapter(self, data, path, id_in_file):
            return {"text": data.get("text"), "id": data.get("id"), "media": [], "metadata": {}}

    assert ib.text_or_nothing(Reader(), {"id": "x", "text": 5}, "p", 0)["text"] == ""
    assert ib.text_or_nothing(Reader(), {"id": "x", "text": "نص"}, "p", 0)["text"] == "نص"
