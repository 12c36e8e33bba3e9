"""Options shared by every command that reads inputs (`parse`, `ingest`)."""

from __future__ import annotations

from collections.abc import Callable

import click

_FORMATS = ["text", "html", "jsonl", "parquet", "warc", "wet"]


def reader_options(command: Callable) -> Callable:
    """Add the reader's options; they reach the command as keyword arguments named as in `read()`."""
    options = [
        click.option(
            "--format",
            "format",
            type=click.Choice(_FORMATS),
            default=None,
            help="Force the input format instead of sniffing it.",
        ),
        click.option("--glob", default=None, help="Only files matching this pattern inside folders."),
        click.option("--text-field", default="text", show_default=True, help="JSONL/Parquet text field."),
        click.option("--url-field", default="url", show_default=True, help="JSONL/Parquet URL field."),
        click.option(
            "--date-field",
            default=None,
            help="JSONL/Parquet fetch-date field [default: timestamp, then date].",
        ),
        click.option("--id-field", default="id", show_default=True, help="JSONL/Parquet id field."),
    ]
    for option in reversed(options):
        command = option(command)
    return command
