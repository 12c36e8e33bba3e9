"""`akhbar parse` end to end, through the installed command's entry point."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from akhbar.cli import main

PAGES = Path(__file__).parent.parent / "fixtures" / "pages"
PAGE = PAGES / "02-jo-madina-repeated-title.txt"


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(main, ["parse", *args], input=stdin)


def test_one_page_prints_one_json_document() -> None:
    result = run(str(PAGE))
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)
    expected = json.loads(PAGE.with_suffix(".json").read_text("utf-8"))["expect"]
    assert article["title"] == expected["title"]
    assert article["lines"][-1]["end"] == len(PAGE.read_text("utf-8"))


def test_several_pages_print_json_lines() -> None:
    pages = sorted(PAGES.glob("0*.txt"))
    result = run(*map(str, pages))
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == len(pages)
    assert "parsed 9, failed 0" in result.stderr


def test_text_prints_only_the_clean_body() -> None:
    result = run("--text", str(PAGE))
    expected = json.loads(PAGE.with_suffix(".json").read_text("utf-8"))["expect"]
    assert result.stdout.startswith(expected["text_starts"])
    assert expected["title"] not in result.stdout


def test_stdin() -> None:
    result = run("-", stdin=PAGE.read_text("utf-8"))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"]


def test_missing_file_is_one_line_and_status_1(tmp_path: Path) -> None:
    result = run(str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "nope.txt" in result.stderr and "Traceback" not in result.stderr


def test_a_bad_file_among_good_ones_does_not_stop_the_run(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02\xff" * 200)
    result = run(str(bad), str(PAGE))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"]
    assert "failed 1" in result.stderr
