"""A live progress line on stderr (items done, items/s, failures), shown only on a terminal so piped
and logged runs stay clean. `akhbar parse` and `akhbar ingest` share it."""

from __future__ import annotations

import sys
import time
from types import TracebackType

from akhbar.model import Failure

_EVERY = 50  # redraw every this many items: rich's redraw costs more than parsing a page


class Progress:
    def __init__(self, description: str, unit: str = "docs") -> None:
        self.description = description
        self.unit = unit
        self.done = 0
        self.failed = 0
        self._started = time.monotonic()
        self._bar = None
        self._task = None
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, SpinnerColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as RichProgress

            self._bar = RichProgress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                BarColumn(),
                TextColumn("{task.completed} {task.fields[unit]}"),
                TextColumn("{task.fields[rate]:.0f}/s"),
                TextColumn("[red]{task.fields[failed]} failed"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )

    def __enter__(self) -> Progress:
        if self._bar is not None:
            self._bar.__enter__()
            self._task = self._bar.add_task(self.description, total=None, unit=self.unit, rate=0.0, failed=0)
        return self

    def update(
        self,
        completed: int,
        *,
        total: int | None = None,
        failed: int | None = None,
        description: str | None = None,
        unit: str | None = None,
    ) -> None:
        """Show ``completed`` items (of ``total`` when known) and the rate since the start."""
        if self._bar is None:
            return
        elapsed = max(time.monotonic() - self._started, 1e-9)
        fields = {"rate": completed / elapsed}
        if failed is not None:
            fields["failed"] = failed
        if unit is not None:
            fields["unit"] = unit
        if description is not None:
            fields["description"] = description
        self._bar.update(self._task, completed=completed, total=total, **fields)

    def advance(self, item: object) -> None:
        """Count one item read (a Document or a Failure)."""
        self.done += 1
        if isinstance(item, Failure):
            self.failed += 1
        if self.done % _EVERY == 0 or isinstance(item, Failure):
            self.update(self.done, failed=self.failed)

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.__exit__(kind, error, trace)
