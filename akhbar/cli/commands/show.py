"""`akhbar show`: one stored page in the terminal, every line coloured by its label."""

from __future__ import annotations

import json

import click

from akhbar.corpus.boilerplate import RULE

STYLES = {
    "title": "bold magenta",
    "date": "cyan",
    "byline": "blue",
    "caption": "yellow",
    "heading": "bold green",
    "body": "default",
    "source": "bright_cyan",
    "boilerplate": "grey50",
    "duplicate": "dim yellow",
    "blank": "default",
}
SITE_STYLE = "red"


@click.command()
@click.argument("doc_id")
@click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False), help="The store.")
@click.option("--parsed", is_flag=True, help="Show the parser's labels, before site boilerplate was learned.")
@click.option("--json", "as_json", is_flag=True, help="Print the stored Article as JSON instead.")
def command(doc_id: str, db: str, parsed: bool, as_json: bool) -> None:
    """Show the page DOC_ID: its key fields, then every line of its text coloured by label (legend
    first), with the lines the corpus pass learned as site boilerplate marked §."""
    from akhbar.store import Store
    from akhbar.store.rows import article_json

    with Store(db, readonly=True) as store:
        seq = store.seq_of(doc_id)
        if seq is None:
            raise click.ClickException(f"no document {doc_id!r} in {db}")
        page = store.page(seq)
        story = None
        row = page["article_row"]
        if row and row["story_id"]:
            story = store.conn.execute(
                "SELECT size, sites, earliest, source FROM stories WHERE id = ?", (row["story_id"],)
            ).fetchone()
    if page["article_row"] is None:
        raise click.ClickException(
            f"{doc_id} was stored but not parsed: "
            + "; ".join(f"{f['reason']}: {f['message']}" for f in page["failures"])
        )
    article = page["parsed"] if parsed else page["article"]
    if as_json:
        click.echo(json.dumps(article_json(article), ensure_ascii=False, indent=2))
        return
    _render(page, article, story)


def _render(page: dict, article, story: tuple | None) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    row = page["article_row"]
    doc = page["document"]
    fields = Table(show_header=False, box=None, pad_edge=False)
    fields.add_column(style="bold")
    fields.add_column()
    duplicate = "—"
    if row["dup_group"]:
        role = "canonical" if row["is_canonical"] else f"copy of {row['dup_group']}"
        duplicate = f"{row['dup_kind']} duplicate, group {row['dup_group']} ({role})"
    story_text = "—"
    if story:
        size, sites, earliest, source = story
        story_text = f"{row['story_id']}: {size} pages on {sites} sites, first {earliest or '?'}"
        story_text += f", source {source}" if source else ""
    for label, value in (
        ("id", doc["id"]),
        ("origin", doc["origin"]),
        ("url", doc["url"] or "—"),
        ("site", f"{row['site_key'] or '—'}" + (f" ({article.site})" if article.site else "")),
        ("title", article.title or "—"),
        ("published", article.published or "—"),
        ("authors", "، ".join(article.authors) or "—"),
        ("sources", "، ".join(article.sources) or "—"),
        ("article", "yes" if article.is_article else "no"),
        ("duplicate", duplicate),
        ("story", story_text),
    ):
        fields.add_row(label, value)
    console.print(fields)
    legend = Text("labels: ")
    for label, style in STYLES.items():
        if label != "blank":
            legend.append(label, style=style).append("  ")
    legend.append("§ site boilerplate", style=SITE_STYLE)
    console.print(legend)
    console.rule()
    source = page["source"]
    width = max(len(label) for label in STYLES) + 1
    for line in article.lines:
        text = source[line.start : line.end].rstrip("\r\n")
        learned = line.rule == RULE
        style = SITE_STYLE if learned else STYLES.get(line.label, "default")
        tag = line.label if line.label != "blank" else ""
        if line.label == "boilerplate" and line.kind:
            tag = f"{tag}:{line.kind}"
        out = Text(("§ " if learned else "  ") + tag.ljust(width + 12), style=style)
        out.append(text, style=style)
        console.print(out, overflow="fold")
