"""End to end: `akhbar ingest` → `stats` / `show` / `export`, and a real kill -9 in the middle of an
ingest followed by the same command again."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))
from pagekit import WIRE, paragraphs

from akhbar.cli import main

SLOGANS = {
    "alpha.example": "ألفا نيوز - أخبار على مدار الساعة",
    "beta.example": "بيتا اليوم - صوت المدينة",
    "gamma.example": "غاما - الخبر كما هو",
}
MONTHS = ["كانون الثاني", "شباط", "آذار"]


def page_text(site: str, title: str, body: list[str], day: int, source: str | None = None) -> str:
    lines = [
        SLOGANS[site],
        "الرئيسية | محليات | اقتصاد | رياضة",
        "",
        title,
        f"نشر بتاريخ {day} {MONTHS[0]} 2024",
        "",
        *[p + "\n" for p in body],
        # A template sentence inside the body: only seeing it on every page shows it is not news.
        f"يسر أسرة {SLOGANS[site].split(' - ')[0]} أن تقدم لقرائها هذا الخبر ضمن تغطيتها اليومية.\n",
    ]
    if source:
        lines.append(f"المصدر: {source}")
    lines += ["", "تابعونا على فيسبوك وتويتر", f"جميع الحقوق محفوظة لموقع {SLOGANS[site].split(' - ')[0]}"]
    return "\n".join(lines) + "\n"


def write_corpus(path: Path, count: int = 12, start: int = 0, size: int = 4) -> list[dict]:
    """Pages on three sites: own stories, one wire story carried by all three (lightly edited),
    one page fetched twice, and a record that is not JSON."""
    records = []
    sites = list(SLOGANS)
    for n in range(start, start + count):
        site = sites[n % 3]
        text = page_text(site, f"خبر محلي رقم {n} عن المدينة", paragraphs(1000 + n, size), 1 + n % 20)
        records.append({"id": f"{site}-{n}", "url": f"https://www.{site}/news/{n}", "text": text})
    if start == 0:
        wire = [p.replace("وقال", "وأضاف") for p in WIRE[:6]]
        for i, site in enumerate(sites):
            body = WIRE[: 8 - i] if i != 1 else [WIRE[0].replace("أعلنت", "كشفت"), *wire[1:]]
            text = page_text(site, f"مشروع تحلية المياه في العقبة {i}", body, 7, "بترا")
            records.append({"id": f"wire-{site}", "url": f"https://{site}/wire/1", "text": text})
        records.append({**records[0], "id": "refetch", "url": records[0]["url"] + "?ref=home"})
    with path.open("a", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        if start == 0:
            out.write('{"id": "broken", "text": \n')
    return records


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("e2e")
    write_corpus(folder / "pages.jsonl")
    db = folder / "store.db"
    code, out, err = run("ingest", str(folder / "pages.jsonl"), "--db", str(db), "-j", "1", "--json")
    assert code == 0, err
    return folder, db, json.loads(out)


def test_ingest_stores_every_page_and_reports(store):
    _, _, report = store
    ingest = report["ingest"]
    assert (ingest["read"], ingest["stored"], ingest["present"]) == (16, 16, 0)
    assert ingest["failed"] == 1
    assert report["corpus"]["refreshed"] == 16


def test_reingesting_adds_nothing(store):
    folder, db, _ = store
    code, out, _ = run("ingest", str(folder / "pages.jsonl"), "--db", str(db), "-j", "1", "--json")
    assert code == 0
    ingest = json.loads(out)["ingest"]
    assert (ingest["stored"], ingest["present"]) == (0, 16)


def test_nothing_readable_exits_non_zero(tmp_path):
    (tmp_path / "bad.jsonl").write_text("not json\n", "utf-8")
    code, _, err = run("ingest", str(tmp_path / "bad.jsonl"), "--db", str(tmp_path / "s.db"), "-j", "1")
    assert code == 1
    assert "nothing could be read" in err


def test_stats_counts_and_site_lines(store):
    _, db, _ = store
    code, out, _ = run("stats", "--db", str(db), "--json")
    assert code == 0
    stats = json.loads(out)
    assert stats["documents"] == 16 and stats["sites"] == 3
    assert stats["failures"] == {"read:bad-json": 1} or sum(stats["failures"].values()) == 1
    assert stats["duplicates"]["exact"] == {"groups": 1, "pages": 2}
    assert stats["stories"]["across_sites"] == 1
    code, out, _ = run("stats", "--db", str(db), "--site", "www.alpha.example", "--json")
    learned = json.loads(out)
    assert learned["pages"] == 6
    assert SLOGANS["alpha.example"] in {row["line"] for row in learned["lines"]}
    code, out, _ = run("stats", "--db", str(db))
    assert code == 0 and "alpha.example" in out


def test_export_jsonl_and_parquet_share_one_schema(store):
    folder, db, _ = store
    code, out, _ = run("export", "--db", str(db), "--format", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 16
    columns = list(rows[0])
    assert columns == [
        "id", "url", "site", "host", "title", "published", "authors", "sources", "captions", "text",
        "language", "is_article", "duplicate_group", "duplicate_kind", "is_canonical", "story_id",
        "origin", "fetched_at",
    ]  # fmt: skip
    by_id = {row["id"]: row for row in rows}
    refetch, first = by_id["refetch"], by_id["alpha.example-0"]
    assert refetch["duplicate_group"] == first["duplicate_group"] == "alpha.example-0"
    assert (first["is_canonical"], refetch["is_canonical"]) == (True, False)
    assert refetch["duplicate_kind"] == "exact"
    wire = [by_id[f"wire-{site}"] for site in SLOGANS]
    assert len({row["story_id"] for row in wire}) == 1 and wire[0]["story_id"] is not None
    assert all(SLOGANS[row["host"]] not in row["text"] for row in rows)
    assert not any("يسر أسرة" in row["text"] for row in rows)  # learned, though labelled body
    assert by_id["gamma.example-2"]["story_id"] is None

    code, _, _ = run(
        "export",
        "--db",
        str(db),
        "--format",
        "parquet",
        "--dedup",
        "canonical",
        "-o",
        str(folder / "c.parquet"),
    )
    assert code == 0
    table = pq.read_table(folder / "c.parquet")
    assert table.column_names == columns
    assert table.num_rows == 15
    assert "refetch" not in table.column("id").to_pylist()
    code, _, err = run("export", "--db", str(db), "--format", "parquet")
    assert code != 0 and "-o" in err


def test_show_colours_lines_and_marks_site_boilerplate(store):
    _, db, _ = store
    code, out, _ = run("show", "alpha.example-3", "--db", str(db))
    assert code == 0
    assert "labels:" in out and "خبر محلي رقم 3" in out
    slogan_line = next(line for line in out.splitlines() if SLOGANS["alpha.example"] in line)
    assert "boilerplate" in slogan_line
    template_line = next(line for line in out.splitlines() if "يسر أسرة" in line)
    assert template_line.startswith("§ boilerplate")
    code, out, _ = run("show", "alpha.example-3", "--db", str(db), "--parsed")
    assert next(line for line in out.splitlines() if "يسر أسرة" in line).lstrip().startswith("body")
    code, out, _ = run("show", "alpha.example-3", "--db", str(db), "--json")
    article = json.loads(out)
    assert article["title"] == "خبر محلي رقم 3 عن المدينة"
    assert SLOGANS["alpha.example"] not in article["text"]
    code, _, err = run("show", "missing", "--db", str(db))
    assert code != 0 and "missing" in err


def _ingest_process(inputs: Path, db: Path) -> subprocess.Popen:
    code = "import sys; from akhbar.cli import main; sys.exit(main())"
    return subprocess.Popen(
        [sys.executable, "-c", code, "ingest", str(inputs), "--db", str(db), "-j", "2", "--no-corpus"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_kill_and_resume_stores_every_document_exactly_once(tmp_path):
    inputs, db = tmp_path / "many.jsonl", tmp_path / "store.db"
    total = len(write_corpus(inputs, count=1500, size=2))
    process = _ingest_process(inputs, db)
    deadline = time.monotonic() + 60
    while _count(db) == 0 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)  # the writer and its workers, mid-run
    process.wait()
    stored_before = _count(db)
    assert 0 < stored_before < total, "the kill must land in the middle of the ingest"

    code, out, err = run("ingest", str(inputs), "--db", str(db), "-j", "2", "--json")
    assert code == 0, err
    report = json.loads(out)["ingest"]
    assert report["present"] == stored_before
    assert report["stored"] == total - stored_before
    with sqlite3.connect(db) as conn:
        docs, distinct, articles = conn.execute(
            "SELECT count(*), count(DISTINCT id), (SELECT count(*) FROM articles) FROM documents"
        ).fetchone()
        assert docs == distinct == articles == total
        assert conn.execute("SELECT count(*) FROM articles WHERE refreshed = 0").fetchone() == (0,)

    # Later inputs add only what is new.
    more = tmp_path / "more.jsonl"
    added = write_corpus(more, count=30, start=5000)
    code, out, _ = run("ingest", str(inputs), str(more), "--db", str(db), "-j", "1", "--json")
    report = json.loads(out)["ingest"]
    assert (report["stored"], report["present"]) == (len(added), total)
