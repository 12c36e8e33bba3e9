"""`akhbar parse`: pages in, Articles out as JSON (one) or JSON Lines (several)."""

from __future__ import annotations

import json
import sys
from collections import Counter

import click

from akhbar.cli.options import reader_options
from akhbar.cli.progress import Progress
from akhbar.model import Article, Document, Failure


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--text", "text_only", is_flag=True, help="Print only the clean body of each page.")
@reader_options
def command(inputs: tuple[str, ...], text_only: bool, **reader_args) -> None:
    """Parse pages (files, folders, JSONL/Parquet corpora, HTML, WARC/WET, compressed, or - for stdin)
    and print each as an Article: pretty JSON for one page, JSON Lines for several."""
    from akhbar.readers import read

    failures: Counter[str] = Counter()
    parsed = 0
    first: dict | None = None  # waits until we know whether a second page follows
    streaming = False
    out = sys.stdout
    with Progress("parsing") as progress:
        for item in read(list(inputs), **reader_args):
            outcome: Article | Failure = item if isinstance(item, Failure) else _process(item)
            progress.advance(outcome)
            if isinstance(outcome, Failure):
                failures[outcome.reason] += 1
                click.echo(f"akhbar: {outcome.origin}: {outcome.reason}: {outcome.message}", err=True)
                continue
            article = outcome
            parsed += 1
            if text_only:
                out.write(article.text + "\n\n")
                continue
            record = article.to_dict()
            if first is None and not streaming:
                first = record
                continue
            if first is not None:
                out.write(json.dumps(first, ensure_ascii=False) + "\n")
                first, streaming = None, True
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if first is not None:
        out.write(json.dumps(first, ensure_ascii=False, indent=2) + "\n")
    if parsed + sum(failures.values()) > 1:
        summary = ", ".join(f"{reason}: {count}" for reason, count in failures.most_common())
        click.echo(
            f"akhbar: parsed {parsed}, failed {sum(failures.values())}"
            + (f" ({summary})" if summary else ""),
            err=True,
        )
    if parsed == 0:
        sys.exit(1)


def _process(doc: Document) -> Article | Failure:
    """The document's Article, or the Failure that kept it from one: a payload found unreadable only
    when it was decoded (see akhbar.readers.deferred) fails with its reader's reason, and a page the
    parser cannot handle with ``parse-error``; one bad page never stops a run."""
    from akhbar.pipeline import process
    from akhbar.readers import Unreadable

    try:
        return process(doc)
    except Unreadable as error:
        return error.failure
    except Exception as error:
        return Failure(doc.origin, "parse-error", str(error))
