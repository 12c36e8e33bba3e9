"""Split a page into lines that tile it exactly, with the cheap features every rule reads.

The features are computed over the whole page at once, not line by line: a regex or a Python loop a
line costs more than the rules that read them. Most Arabic pages fit the Arabic code page once
folded (akhbar.text.codepage), and then byte tables do in one C pass what a regex does character by
character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from akhbar.parsing.lexicon import RELATIVE_DATE_CUES
from akhbar.text import codepage, fold
from akhbar.text.normalize import fold_encoded

_TERMINAL = frozenset(".!?؟…\"”»)'")
_FULL_STOPS = frozenset(".!?؟…")
_MIN_PROSE_WORDS = 12


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
    year: bool  # holds a four-digit number
    blank: bool
    ends_sentence: bool
    # Running prose rather than a headline, a button or a menu item.
    paragraph_like: bool
    # A sentence of at least twelve words ending in a full stop: certainly prose, never a date line.
    prose: bool
    label: str | None = None
    kind: str | None = None
    rule: str | None = None
    header: str | None = None  # the block kind a block title opens
    half: str | None = None  # for a headline written twice on one line, the first copy
    attribution: tuple | None = None  # what a line naming only an agency or a reporter says

    @property
    def date_cue(self) -> bool:
        """Holds a four-digit number or a relative-date word."""
        if self.year:
            return True
        # A plain loop: twice as fast here as any() over a generator, or one regex of the six words.
        for cue in RELATIVE_DATE_CUES:  # noqa: SIM110
            if cue in self.folded:
                return True
        return False

    def set(self, label: str, rule: str, kind: str | None = None) -> None:
        self.label, self.rule, self.kind = label, rule, kind


_NON_WORD = re.compile(r"[^\w\s]")
_YEAR = re.compile(r"[0-9]{4}")  # folded text writes every digit in ASCII
_PUNCTUATION_TABLE, _ = codepage.table(lambda char: " " if _NON_WORD.match(char) else char)


def _digit_mark(char: str) -> str:
    """Digits become "0", line breaks CR or LF (the two that bytes.splitlines knows), everything else
    a space."""
    if "0" <= char <= "9":
        return "0"
    if char in "\r\n":
        return char
    return "\n" if len(f"a{char}a".splitlines()) == 2 else " "


_DIGITS_TABLE, _ = codepage.table(_digit_mark)


def _keys_and_years(
    folded: str, single: bytes | None, folded_lines: list[str]
) -> tuple[list[str], list[bool]]:
    """Each line with punctuation turned to spaces, and whether it holds a four-digit number; ``single``
    is ``folded`` in the code page, if it fits."""
    if single is None:
        keys = _NON_WORD.sub(" ", folded).splitlines()
        return keys, [_YEAR.search(line) is not None for line in folded_lines]
    keys = codepage.decode(single.translate(_PUNCTUATION_TABLE)).splitlines()
    digits = single.translate(_DIGITS_TABLE)
    if b"\r" in digits:
        return keys, [b"0000" in line for line in digits.splitlines()]
    # Every line break is now "\n": the line of each four-digit run is the count of breaks before it.
    years = [False] * len(folded_lines)
    line = counted = 0
    at = digits.find(b"0000")
    while at >= 0:
        line += digits.count(b"\n", counted, at)
        counted = at
        if line >= len(years):
            return keys, []  # the breaks disagree with the folded lines: the caller's fallback runs
        years[line] = True
        following = digits.find(b"\n", at)
        at = digits.find(b"0000", following) if following >= 0 else -1
    return keys, years


# Every line break str.splitlines knows that windows-1256 holds, but "\n".
_OTHER_BREAKS = tuple(bytes([b]) for b in b"\r\x0b\x0c\x1c\x1d\x1e")


def _raw_lines(text: str, single: bytes | None) -> tuple[list[str], int]:
    """The page's lines, and the width of the break each leaves out. When every break is an LF (known
    from the page in the code page, ``single``), the lines are split off without it, which spares
    strip() a copy of most."""
    if single is None or any(other in single for other in _OTHER_BREAKS):
        return text.splitlines(keepends=True), 0
    pieces = text.split("\n")
    if pieces[-1] == "":
        pieces.pop()
    return pieces, 1


def split_lines(text: str) -> list[PageLine]:
    # Folding never adds or removes a line break, but fall back to line-by-line work should a page
    # prove otherwise.
    folded_page, single = fold_encoded(text)
    folded_lines = folded_page.splitlines()
    raw_lines, left_out = _raw_lines(text, single)
    key_lines, years = _keys_and_years(folded_page, single, folded_lines)
    if not (len(folded_lines) == len(key_lines) == len(years) == len(raw_lines)):
        folded_lines = [fold(raw) for raw in raw_lines]
        key_lines = [_NON_WORD.sub(" ", f) for f in folded_lines]
        years = [_YEAR.search(f) is not None for f in folded_lines]
    lines: list[PageLine] = []
    append = lines.append
    pos = 0
    for index, (raw, folded, spaced, year) in enumerate(
        zip(raw_lines, folded_lines, key_lines, years, strict=True)
    ):
        end = pos + len(raw) + left_out
        content = raw.strip()
        if content:
            lead = pos if content is raw else pos + raw.index(content[0])
            tokens = spaced.split()
            words = len(tokens)
            first = tokens[0] if tokens else ""
            last = content[-1]
            ends = last in _TERMINAL
            append(
                PageLine(
                    index, pos, end, lead, lead + len(content), content, folded.strip(), tokens,
                    " ".join(tokens), words, first, year, False, ends, words >= 14 or (words >= 6 and ends),
                    words >= _MIN_PROSE_WORDS and last in _FULL_STOPS,
                )
            )  # fmt: skip
        else:
            append(
                PageLine(index, pos, end, pos, pos, "", "", [], "", 0, "", False, True, False, False, False)
            )
        pos = end
    if lines and lines[-1].end > len(text):  # the last line, without a final break
        lines[-1].end = len(text)
    return lines
