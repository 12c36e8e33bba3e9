"""`akhbar ingest`: inputs in, an embedded SQLite store out, then the corpus pass over all of it."""

from __future__ import annotations

import json
import sys
import time

import click

from akhbar.cli.options import reader_options
from akhbar.cli.progress import Progress


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", required=True, type=click.Path(dir_okay=False), help="The store (created if missing).")
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=None, help="Worker processes [default: all cores]."
)
@click.option(
    "--no-corpus", is_flag=True, help="Store the pages only; the corpus pass runs at the next ingest."
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
@reader_options
def command(
    inputs: tuple[str, ...], db: str, jobs: int | None, no_corpus: bool, as_json: bool, **reader_args
) -> None:
    """Read INPUTS (anything `akhbar parse` reads), parse every page on all cores and store raw input,
    Article and line labels in the SQLite file DB; then learn each site's boilerplate and group
    duplicates and stories across the whole store.

    Safe to interrupt or kill: running the same command again stores each remaining document once
    and skips those already stored; new inputs can be added to an existing store at any time."""
    from akhbar.corpus.update import update
    from akhbar.store import Store
    from akhbar.store.ingest import ingest
    from akhbar.store.pool import default_jobs

    jobs = jobs or default_jobs()
    started = time.monotonic()
    with Store(db) as store:
        with Progress("ingest") as live:
            summary = ingest(
                store,
                list(inputs),
                jobs=jobs,
                reader=reader_args,
                on_progress=lambda done: live.update(done.stored + done.present, failed=done.failed),
            )
        corpus = None
        if not no_corpus and summary.read:
            with Progress("corpus", unit="pages") as live:
                corpus = update(
                    store,
                    jobs=jobs,
                    on_progress=lambda step, done, total: live.update(
                        done,
                        total=total,
                        description=f"corpus: {step}",
                        unit="sites" if step == "learn" else "pages",
                    ),
                )
    report = {"ingest": summary.as_dict(), "corpus": corpus.as_dict() if corpus else None}
    report["seconds"] = round(time.monotonic() - started, 3)
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False))
    else:
        _print_summary(report)
    if summary.read == 0:
        click.echo("akhbar: nothing could be read", err=True)
        sys.exit(1)


def _print_summary(report: dict) -> None:
    ing = report["ingest"]
    rate = (ing["stored"] + ing["present"]) / ing["seconds"] if ing["seconds"] else 0.0
    click.echo(
        f"akhbar ingest: read {ing['read']}, stored {ing['stored']}, already present {ing['present']}, "
        f"failed {ing['failed']} ({rate:.0f} docs/s)",
        err=True,
    )
    for reason, n in sorted(ing["failures"].items(), key=lambda kv: -kv[1]):
        click.echo(f"  {reason}: {n}", err=True)
    c = report["corpus"]
    if c:
        click.echo(
            f"akhbar corpus: {c['sites_learned']} sites relearned ({c['learned_lines']} boilerplate lines), "
            f"{c['refreshed']} pages refreshed; {c['duplicate_groups']} duplicate groups "
            f"({c['duplicate_pages']} pages), {c['stories']} stories ({c['story_pages']} pages)",
            err=True,
        )
