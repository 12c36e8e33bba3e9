"""The parser benchmark runs end to end at a tiny size and prints its table (nothing here is timed)."""

from __future__ import annotations

import subprocess
import sys

import parse_bench as pb


def test_pages_load_and_wrap_as_html():
    pages = pb.load_pages()
    assert len(pages) >= 70
    assert any(len(p.encode("utf-8")) >= pb.LONG_PAGE for p in pages)
    wrapped = pb.as_html("عنوان الخبر\nفقرة أولى <b>\n\nفقرة ثانية")
    assert "<title>عنوان الخبر</title>" in wrapped
    assert "<p>فقرة أولى &lt;b&gt;</p><p>فقرة ثانية</p>" in wrapped


def test_measure_returns_a_rate_per_round():
    size, ours, theirs = pb.measure(pb.load_pages()[:2], rounds=2, min_seconds=0.0)
    assert size > 0
    assert len(ours) == len(theirs) == 2
    assert all(rate > 0 for rate in ours + theirs)


def test_the_script_prints_its_table():
    done = subprocess.run(
        [sys.executable, str(pb.ROOT / "bench" / "parse_bench.py"), "--rounds", "1", "--min-seconds", "0"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    assert "| all (" in done.stdout
    assert "| 8 KB and more (" in done.stdout
    assert "best round (median round)" in done.stdout
