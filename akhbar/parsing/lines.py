"""Split a page into lines that tile it exactly, with the cheap features every rule reads."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from akhbar.text import fold

_TERMINAL = frozenset(".!?؟…\"”»)'")
_NON_WORD = re.compile(r"[^\w]+")


@dataclass(slots=True, eq=False)
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


# Runs of anything but word characters, line breaks excepted, become one space in a line's key.
# Punctuation runs become a space in a line's key; spaces are then collapsed by str.split, which is far
# cheaper than one regex over every run of non-word characters (most of them single spaces).
_PUNCTUATION = re.compile(r"[^\w\s]+")


def split_lines(text: str) -> list[PageLine]:
    raw_lines = text.splitlines(keepends=True)
    # Folding the page at once is several times cheaper than line by line; folding never adds or
    # removes a line break, but fall back to per-line work should a page prove otherwise.
    folded_page = fold(text)
    folded_lines = folded_page.splitlines()
    key_lines = _PUNCTUATION.sub(" ", folded_page).splitlines()
    if not (len(folded_lines) == len(key_lines) == len(raw_lines)):
        folded_lines = [fold(raw) for raw in raw_lines]
        key_lines = [_NON_WORD.sub(" ", f) for f in folded_lines]
    lines: list[PageLine] = []
    append = lines.append
    pos = 0
    for index, raw in enumerate(raw_lines):
        end = pos + len(raw)
        content = raw.strip()
        if content:
            lead = raw.index(content[0])
            words = key_lines[index].split()
            append(
                PageLine(
                    index,
                    pos,
                    end,
                    pos + lead,
                    pos + lead + len(content),
                    content,
                    folded_lines[index].strip(),
                    " ".join(words),
                    len(words),
                )
            )
        else:
            append(PageLine(index, pos, end, pos, pos, "", "", "", 0))
        pos = end
    return lines
