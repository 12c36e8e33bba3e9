"""`akhbar export`: a store out as JSON Lines or Parquet, one row per page, in a fixed schema."""

from __future__ import annotations

import sys

import click


@click.command()
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False), help="The store.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "parquet"]), default="jsonl", show_default=True)
@click.option(
    "--dedup",
    type=click.Choice(["all", "canonical"]),
    default="all",
    show_default=True,
    help="canonical: one page per duplicate group (and every page in none); all: every page.",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), default=None, help="File to write [jsonl: stdout]."
)
def command(db: str, fmt: str, dedup: str, output: str | None) -> None:
    """Write every stored page with its clean text, metadata, duplicate group and story id.

    Columns: id, url, site, host, title, published, authors, sources, captions, text, language,
    is_article, duplicate_group, duplicate_kind, is_canonical, story_id, origin, fetched_at. Both
    formats load with pandas and with HuggingFace datasets (load_dataset("json"|"parquet", ...))."""
    from akhbar.store import Store
    from akhbar.store.export import write_jsonl, write_parquet

    with Store(db, readonly=True) as store:
        if fmt == "parquet":
            if output is None:
                raise click.UsageError("--format parquet needs -o FILE")
            count = write_parquet(store, output, dedup)
        elif output is None:
            count = write_jsonl(store, sys.stdout, dedup)
        else:
            with open(output, "w", encoding="utf-8") as out:
                count = write_jsonl(store, out, dedup)
    click.echo(f"akhbar export: {count} rows", err=True)
