"""Regex fragments that match the vocabulary, and the keys to look matches up.

The grammar runs on the text with only the characters `akhbar.text.fold` deletes (harakat, shadda,
tatweel, invisibles) taken out — `strip` keeps the way back to the original offsets. Each letter of a
word becomes the class of every character that `fold` folds to it (أ إ آ ٱ ا, ى ي ئ, ة ه, ...). Both
sets are derived from `fold` itself, so the grammar and the rest of akhbar agree on what "the same
word" is, and spans are exact in the original text without folding (slow) the whole of it.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from akhbar.text import INVISIBLES, fold


def _char_classes() -> tuple[str, dict[str, str], dict[str, frozenset[str]]]:
    deleted: set[str] = set()
    variants: dict[str, set[str]] = defaultdict(set)
    candidates = [chr(cp) for cp in range(0x0600, 0x0700)] + list(INVISIBLES) + list(string.printable)
    for char in candidates:
        folded = fold(char)
        if folded == "":
            deleted.add(char)
        elif len(folded) == 1:
            variants[folded].add(char)
    classes = {k: re.escape(next(iter(v))) if len(v) == 1 else _char_set(v) for k, v in variants.items()}
    return _char_set(deleted), classes, {k: frozenset(v) for k, v in variants.items()}


def _char_set(chars: Iterable[str]) -> str:
    """A regex character set with consecutive code points written as ranges, to keep patterns small."""
    points = sorted(ord(c) for c in chars)
    runs: list[list[int]] = []
    for point in points:
        if runs and point == runs[-1][1] + 1:
            runs[-1][1] = point
        else:
            runs.append([point, point])
    body = "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs
    )
    return f"[{body}]"


DELETED, _CLASSES, _VARIANTS = _char_classes()
DELETED_RUN = re.compile(DELETED + "+")
DIGIT = "[" + "".join(_CLASSES[str(d)][1:-1] for d in range(10)) + "]"
SPACE = r"\s+"
OPT_SPACE = r"\s*"
# Not inside a word: a word may carry one proclitic (و ف ب ل), which stays outside the span.
WORD_START = r"(?:(?<!\w)|(?<=(?<!\w)[وفبل]))"
WORD_END = r"(?![^\W\d_])"


class Stripped:
    """``text`` without the characters `fold` deletes, and the map from its offsets back to the
    original. The map is built on first use: most texts with marks turn out to hold no date."""

    __slots__ = ("_original", "_removed_before", "_starts", "text")

    def __init__(self, original: str) -> None:
        self._original = original
        self.text = DELETED_RUN.sub("", original)
        self._starts: list[int] | None = None
        self._removed_before: list[int] = []

    def _build_map(self) -> list[int]:
        # _starts[i]: offset in the stripped text where the i-th removed run was; _removed_before[i]:
        # how many characters were removed up to and including that run.
        starts: list[int] = []
        removed = 0
        for run in DELETED_RUN.finditer(self._original):
            starts.append(run.start() - removed)
            removed += run.end() - run.start()
            self._removed_before.append(removed)
        self._starts = starts
        return starts

    def original(self, offset: int) -> int:
        """The original offset of stripped ``offset``, past the characters removed just before it: as a
        span start that leaves out marks before the first letter, as a span end it takes in the marks
        on the last letter."""
        starts = self._starts if self._starts is not None else self._build_map()
        i = bisect_right(starts, offset) - 1
        return offset + (self._removed_before[i] if i >= 0 else 0)


@lru_cache(maxsize=8192)
def key(text: str) -> str:
    """The lookup key of a vocabulary entry or of a matched piece of text (cached: matches repeat)."""
    return " ".join(fold(text).split())


def tolerant(phrase: str) -> str:
    """A regex matching ``phrase`` in raw text whatever its hamza seats, marks, tatweel and spacing."""
    return "".join(_unit(char) for char in key(phrase))


def _unit(char: str) -> str:
    return SPACE if char == " " else _CLASSES.get(char, re.escape(char))


def alternation(phrases: Iterable[str]) -> str:
    """One group matching any of ``phrases``, written as a trie of folded characters so the regex
    engine tests each character class once however many phrases share it; the longest phrase wins,
    and a shorter one is tried when what follows rejects the longer."""
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for char in key(phrase):
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict[str, dict]) -> str:
    branches = [_unit(char) + _emit(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


def first_characters(phrases: Iterable[str]) -> frozenset[str]:
    """Every raw character a phrase of ``phrases`` can begin with."""
    out: set[str] = set()
    for phrase in phrases:
        first = key(phrase)[0]
        out |= _VARIANTS.get(first, {first})
    return frozenset(out)


def table(mapping: dict[str, object]) -> dict[str, object]:
    """``mapping`` re-keyed by `key`, so a folded match finds its entry."""
    return {key(word): value for word, value in mapping.items()}
