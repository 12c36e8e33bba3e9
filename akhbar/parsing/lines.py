"""Split a page into lines that tile it exactly, with the cheap features every rule reads."""

from __future__ import annotations

import re
from dataclasses import dataclass

from akhbar.text import fold

_TERMINAL = frozenset(".!?؟…\"”»)'")


@dataclass(slots=True, eq=False)
class PageLine:
    index: int
    start: int
    end: int
    content_start: int
    content_end: int
    content: str
    folded: str
    # The folded line's runs of word characters, and them joined by single spaces: the form every
    # word list and repeated-line test compares.
    tokens: list[str]
    key: str
    words: int
    first: str  # the first token, "" for a blank line
    label: str | None = None
    kind: str | None = None
    rule: str | None = None
    header: str | None = None  # the block kind a block title opens
    half: str | None = None  # for a headline written twice on one line, the first copy
    attribution: tuple | None = None  # what a line naming only an agency or a reporter says

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


_NON_WORD = re.compile(r"[^\w\s]")
# After folding, a page is mostly ASCII and the 36 basic Arabic letters; any other character is looked
# at on its own below.
_UNCOMMON = re.compile(r"[^\x00-\x7f\u0621-\u063a\u0641-\u064a]")
_ASCII_PUNCTUATION = bytes(32 if b < 128 and _NON_WORD.match(chr(b)) else b for b in range(256))


def _punctuation_to_spaces(folded: str) -> str:
    """Every character that is neither a word character nor a space becomes a space, keeping the length.

    Equivalent to ``re.sub(r"[^\\w\\s]", " ", folded)``, at a third of its cost: sre tests each Arabic
    letter against the Unicode word class, while ASCII punctuation is translated here as bytes and only
    the few other characters a page holds are tested."""
    raw = folded.encode("utf-8", "surrogatepass")
    spaced = raw.translate(_ASCII_PUNCTUATION).decode("utf-8", "surrogatepass")
    for char in set(_UNCOMMON.findall(spaced)):
        if _NON_WORD.match(char):
            spaced = spaced.replace(char, " ")
    return spaced


def split_lines(text: str) -> list[PageLine]:
    raw_lines = text.splitlines(keepends=True)
    # Folding the page at once is several times cheaper than line by line; folding never adds or
    # removes a line break, but fall back to per-line work should a page prove otherwise.
    folded_page = fold(text)
    folded_lines = folded_page.splitlines()
    key_lines = _punctuation_to_spaces(folded_page).splitlines()
    if not (len(folded_lines) == len(key_lines) == len(raw_lines)):
        folded_lines = [fold(raw) for raw in raw_lines]
        key_lines = [_punctuation_to_spaces(f) for f in folded_lines]
    lines: list[PageLine] = []
    append = lines.append
    pos = 0
    for index, raw in enumerate(raw_lines):
        end = pos + len(raw)
        content = raw.strip()
        if content:
            lead = raw.index(content[0])
            tokens = key_lines[index].split()
            append(
                PageLine(
                    index,
                    pos,
                    end,
                    pos + lead,
                    pos + lead + len(content),
                    content,
                    folded_lines[index].strip(),
                    tokens,
                    " ".join(tokens),
                    len(tokens),
                    tokens[0] if tokens else "",
                )
            )
        else:
            append(PageLine(index, pos, end, pos, pos, "", "", [], "", 0, ""))
        pos = end
    return lines
