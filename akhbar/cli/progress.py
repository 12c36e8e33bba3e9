"""A live progress line on stderr (documents, documents/s, failures), shown only on a terminal so
piped and logged runs stay clean."""

from __future__ import annotations

import sys
import time
from types import TracebackType

from rich.console import Console
from rich.progress import Progress as RichProgress
from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

from akhbar.model import Failure


class Progress:
    def __init__(self, verb: str) -> None:
        self.enabled = sys.stderr.isatty()
        self.verb = verb
        self.done = 0
        self.failed = 0
        self._started = time.monotonic()
        self._bar: RichProgress | None = None
        self._task = None

    def __enter__(self) -> Progress:
        if self.enabled:
            self._bar = RichProgress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                TextColumn("{task.completed} docs"),
                TextColumn("{task.fields[rate]:.0f} docs/s"),
                TextColumn("[red]{task.fields[failed]} failed"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task(self.verb, total=None, rate=0.0, failed=0)
        return self

    def advance(self, item: object) -> None:
        self.done += 1
        if isinstance(item, Failure):
            self.failed += 1
        if self._bar is not None and (self.done % 50 == 0 or isinstance(item, Failure)):
            elapsed = max(time.monotonic() - self._started, 1e-9)
            self._bar.update(self._task, completed=self.done, rate=self.done / elapsed, failed=self.failed)

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.__exit__(kind, error, trace)
