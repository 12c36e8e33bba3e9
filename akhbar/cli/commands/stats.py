"""`akhbar stats`: what a store holds — documents, sites, failures, duplicates, stories, boilerplate."""

from __future__ import annotations

import json

import click


@click.command()
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False), help="The store.")
@click.option("--site", default=None, help="Show the lines learned as this site's boilerplate (a URL host).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
def command(db: str, site: str | None, as_json: bool) -> None:
    """Counts for the whole store, or with --site HOST the boilerplate lines learned for one site
    and on how many of its distinct pages each appears."""
    from akhbar.store import Store
    from akhbar.store.stats import collect, site_lines

    with Store(db, readonly=True) as store:
        data = site_lines(store, site.removeprefix("www.")) if site else collect(store)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif site:
        _print_site(data)
    else:
        _print_stats(data)


def _console():
    from rich.console import Console

    return Console()


def _print_stats(data: dict) -> None:
    from rich.table import Table

    console = _console()
    overview = Table(title="akhbar store", show_header=False)
    overview.add_column(justify="left")
    overview.add_column(justify="right")
    for label, value in (
        ("documents", data["documents"]),
        ("articles", data["is_article"]),
        ("other pages (listings, errors, ...)", data["not_article"]),
        ("documents that failed to parse", data["failed_documents"]),
        ("records that failed to read", data["read_failures"]),
        ("sites", data["sites"]),
        ("pages with site boilerplate relabelled", data["pages_relabelled"]),
        ("pages waiting for the corpus pass", data["pending_corpus_pass"]),
    ):
        overview.add_row(label, str(value))
    for kind, group in sorted(data["duplicates"].items()):
        overview.add_row(f"{kind} duplicate groups (pages)", f"{group['groups']} ({group['pages']})")
    stories = data["stories"]
    overview.add_row("stories (pages)", f"{stories['stories']} ({stories['pages']})")
    overview.add_row("stories across sites", str(stories["across_sites"]))
    overview.add_row("largest story", str(stories["largest"]))
    console.print(overview)
    if data["failures"]:
        failures = Table(title="failures")
        failures.add_column("stage:reason")
        failures.add_column("count", justify="right")
        for reason, n in data["failures"].items():
            failures.add_row(reason, str(n))
        console.print(failures)
    if stories["sizes"]:
        sizes = Table(title="story sizes")
        sizes.add_column("pages", justify="right")
        sizes.add_column("stories", justify="right")
        for size, n in stories["sizes"].items():
            sizes.add_row(size, str(n))
        console.print(sizes)
    sites = Table(title="sites")
    sites.add_column("site")
    sites.add_column("pages", justify="right")
    sites.add_column("learned lines", justify="right")
    sites.add_column("boilerplate share", justify="right")
    sites.add_column("of it learned", justify="right")
    for row in data["per_site"]:
        sites.add_row(
            row["site"] or "(no site)",
            str(row["pages"]),
            str(row["learned_lines"]),
            f"{row['boilerplate_share']:.1%}",
            f"{row['site_boilerplate_share']:.1%}",
        )
    console.print(sites)


def _print_site(data: dict) -> None:
    from rich.table import Table

    table = Table(
        title=f"{data['site']}: {data['pages']} pages ({data['distinct_pages']} distinct), "
        f"a line is boilerplate from {data['threshold']} pages"
    )
    table.add_column("pages", justify="right")
    table.add_column("kind")
    table.add_column("line")
    for row in data["lines"]:
        table.add_row(str(row["pages"]), row["kind"] or "", row["line"] or "")
    _console().print(table)
