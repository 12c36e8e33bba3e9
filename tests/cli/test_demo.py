"""`akhbar demo` runs the main job on the bundled sample from an installed package."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from click.testing import CliRunner

from akhbar.cli import main


def test_demo_builds_a_store_and_shows_it(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    result = CliRunner().invoke(main, ["demo", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "akhbar parse" in result.stdout and "akhbar show" in result.stdout
    with sqlite3.connect(db) as conn:
        html_page = conn.execute(
            "SELECT a.title, a.published, a.site FROM articles AS a JOIN documents AS d USING (seq) "
            "WHERE d.origin LIKE '%beirut-bank.html'"
        ).fetchone()
        documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        stories = conn.execute("SELECT count(*) FROM stories WHERE sites > 1").fetchone()[0]
    assert html_page == (
        "مصرف لبنان يمدد العمل بتعميم السحوبات حتى نهاية العام",
        "2020-11-19T11:05",
        "بيروت اليوم",
    )
    assert documents >= 300
    assert stories >= 5
