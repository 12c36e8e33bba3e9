"""Split a page into lines that tile it exactly, with the cheap features every rule reads."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from akhbar.text import fold

_TERMINAL = frozenset(".!?؟…\"”»)'")
_NON_WORD = re.compile(r"[^\w]+")
_SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class PageLine:
    index: int
    start: int
    end: int
    content_start: int
    content_end: int
    content: str
    folded: str
    key: str
    words: int
    label: str | None = None
    kind: str | None = None
    rule: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def blank(self) -> bool:
        return not self.content

    @property
    def ends_sentence(self) -> bool:
        return bool(self.content) and self.content[-1] in _TERMINAL

    @property
    def paragraph_like(self) -> bool:
        """Running prose rather than a headline, a button or a menu item."""
        return self.words >= 14 or (self.words >= 6 and self.ends_sentence)

    def set(self, label: str, rule: str, kind: str | None = None) -> None:
        self.label, self.rule, self.kind = label, rule, kind


def split_lines(text: str) -> list[PageLine]:
    lines: list[PageLine] = []
    pos = 0
    for index, raw in enumerate(text.splitlines(keepends=True)):
        stripped_end = len(raw.rstrip())
        lead = len(raw) - len(raw.lstrip()) if stripped_end else 0
        content = raw[lead:stripped_end]
        folded = fold(content)
        key = _SPACES.sub(" ", _NON_WORD.sub(" ", folded)).strip()
        lines.append(
            PageLine(
                index=index,
                start=pos,
                end=pos + len(raw),
                content_start=pos + lead,
                content_end=pos + stripped_end,
                content=content,
                folded=folded,
                key=key,
                words=key.count(" ") + 1 if key else 0,
            )
        )
        pos += len(raw)
    return lines
