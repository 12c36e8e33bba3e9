"""`akhbar demo`: the main job on the sample bundled with the package, end to end."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import click

_PAGES = ("jordan-dual-month.txt", "saudi-hijri.txt", "morocco-agency.txt", "beirut-bank.html")


@click.command()
@click.option("--db", default="akhbar-demo.db", show_default=True, help="Where to build the demo store.")
@click.pass_context
def command(ctx: click.Context, db: str) -> None:
    """Parse the bundled pages, ingest them with the bundled 300-page corpus (syndicated stories,
    duplicates and a few broken records among them) into an SQLite store, and show what came out."""
    from rich.console import Console
    from rich.table import Table

    from akhbar import Document, process
    from akhbar.cli.commands import ingest, show, stats
    from akhbar.store import Store

    console = Console()
    samples = resources.files("akhbar") / "samples"
    with resources.as_file(samples) as folder:
        table = Table(title="1. akhbar parse — one page at a time", show_lines=True)
        for column in ("page", "title", "published", "site", "sources"):
            table.add_column(column, overflow="fold", max_width=46 if column == "title" else None)
        for name in _PAGES:
            path = Path(folder) / name
            raw = path.read_text(encoding="utf-8")
            is_html = name.endswith(".html")
            article = process(
                Document(
                    id=name, origin=str(path), html=raw if is_html else None, text=None if is_html else raw
                )
            )
            table.add_row(
                name,
                article.title or "—",
                article.published or "—",
                article.site or "—",
                "، ".join(article.sources) or "—",
            )
        console.print(table)

        console.rule("2. akhbar ingest — the bundled pages and corpus into " + db)
        inputs = tuple(str(Path(folder) / name) for name in (*_PAGES, "corpus.jsonl.gz"))
        ctx.invoke(ingest.command, inputs=inputs, db=db)

    console.rule(f"3. akhbar stats --db {db}")
    ctx.invoke(stats.command, db=db)

    with Store(db, readonly=True) as store:
        member = store.conn.execute(
            "SELECT d.id FROM articles AS a JOIN documents AS d USING (seq) WHERE a.story_id = "
            "(SELECT id FROM stories ORDER BY sites DESC, size DESC LIMIT 1) ORDER BY a.published LIMIT 1"
        ).fetchone()
    if member:
        console.rule(f"4. akhbar show {member[0]} --db {db} — a syndicated story's copy, line by line")
        ctx.invoke(show.command, doc_id=member[0], db=db)
    console.print(
        f"\nNext: [bold]akhbar export --db {db} --format parquet -o corpus.parquet[/bold], "
        f"[bold]akhbar stats --db {db} --site HOST[/bold], [bold]akhbar parse your-pages/[/bold]"
    )
