"""A tally of what a read produced, for the summary line a command prints at the end."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from akhbar.model import Document, Failure


@dataclass(slots=True)
class Counts:
    """Documents and Failures by reason, as the reader yielded them: an archive's document whose
    payload turns out not to be text when it is decoded (``Unreadable``) is counted as a document
    here; whoever decodes it counts the failure."""

    documents: int = 0
    failures: Counter[str] = field(default_factory=Counter)

    def add(self, item: Document | Failure) -> None:
        if isinstance(item, Failure):
            self.failures[item.reason] += 1
        else:
            self.documents += 1

    @property
    def failed(self) -> int:
        return sum(self.failures.values())

    def __str__(self) -> str:
        text = f"{self.documents:,} document{'s' if self.documents != 1 else ''} read"
        if self.failures:
            reasons = ", ".join(f"{reason} {count:,}" for reason, count in self.failures.most_common())
            text += f", {self.failed:,} failed ({reasons})"
        return text
