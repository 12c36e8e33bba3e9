"""Keys that let lines, pages and sites be compared across a corpus.

A line key is a 64-bit hash of `word_key(line)`, so two lines that differ only in diacritics, letter
variants, digits' script, punctuation or spacing get the same key (CCNet's hashed lines, folded the
Arabic way). Keys are signed so they fit SQLite's INTEGER as they are.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from urllib.parse import urlsplit

import xxhash

from akhbar.model import BOILERPLATE_KINDS, LINE_LABELS, Line
from akhbar.text.normalize import fold, word_key

_LABEL_CODE = {label: i for i, label in enumerate(LINE_LABELS)}
# Kind codes: 0 for none, else 1 + the index in BOILERPLATE_KINDS (a kind outside it counts as other).
_KIND_CODE = {kind: i + 1 for i, kind in enumerate(BOILERPLATE_KINDS)}
_KINDS = (None, *BOILERPLATE_KINDS)
_SIGN = 1 << 63
# `word_key` is the folded text's word-character runs joined by single spaces.
_WORD = re.compile(r"\w+")


def signed64(value: int) -> int:
    """An unsigned 64-bit hash as the signed integer SQLite stores."""
    return value - (1 << 64) if value >= _SIGN else value


def key_of(text: str) -> int:
    """The key of a line or a whole text: 0 when nothing word-like is left after folding."""
    return _hash(word_key(text))


def line_keys(source: str, lines: Sequence[Line]) -> array:
    """One key per line of `source` (blank lines get 0), as a packed int64 array.

    The same keys as `key_of` on each line, computed in one pass: `fold` is applied to all lines
    joined by NUL, which folding leaves alone, instead of once per line (a page has dozens)."""
    texts = ["" if ln.label == "blank" else source[ln.start : ln.end] for ln in lines]
    if not texts or any("\x00" in text for text in texts):
        return array("q", (key_of(text) if text else 0 for text in texts))
    folded = fold("\x00".join(texts)).split("\x00")
    return array("q", (_hash(" ".join(_WORD.findall(text))) for text in folded))


def _hash(folded: str) -> int:
    return signed64(xxhash.xxh3_64_intdigest(folded.encode())) if folded else 0


def main_key(source: str, lines: Sequence[Line], keys: Sequence[int]) -> int:
    """The key of the page's longest body, heading or caption line: its main paragraph, which
    copies of one article share and different articles, whatever template they share, do not."""
    best, length = 0, 0
    for ln, key in zip(lines, keys, strict=True):
        if ln.label in ("body", "heading", "caption") and key and ln.end - ln.start > length:
            best, length = key, ln.end - ln.start
    return best


def label_codes(lines: Sequence[Line]) -> bytes:
    """One byte per line: the index of its label in LINE_LABELS."""
    return bytes(_LABEL_CODE[ln.label] for ln in lines)


def labels_of(codes: bytes) -> list[str]:
    return [LINE_LABELS[c] for c in codes]


def kind_codes(lines: Sequence[Line]) -> bytes:
    return bytes(_KIND_CODE.get(ln.kind, _KIND_CODE["other"]) if ln.kind else 0 for ln in lines)


def kinds_of(codes: bytes) -> list[str | None]:
    return [_KINDS[c] for c in codes]


def line_ends(lines: Sequence[Line]) -> array:
    """Where each line ends; lines tile their text, so line i is ``text[ends[i-1]:ends[i]]``."""
    return array("I", (ln.end for ln in lines))


def line_text(source: str, ends: Sequence[int], index: int) -> str:
    """Line ``index`` of a text whose line ends are ``ends`` (`line_ends`)."""
    return source[ends[index - 1] if index else 0 : ends[index]]


def numbers_of(tokens: list[str]) -> frozenset[str]:
    """The numbers among a text's folded tokens (`words`): copies of one report keep its figures,
    while other reports on the same subject, however alike in wording, state others."""
    return frozenset(w for w in tokens if w[0].isdigit())


def key_of_tokens(tokens: list[str]) -> int:
    """`key_of` the text these folded tokens (`words`) came from."""
    return _hash(" ".join(tokens))


def host_of(url: str | None) -> str | None:
    """The URL's host, lower-cased and without a leading ``www.``."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def site_key(url: str | None, site: str | None) -> str | None:
    """Pages are grouped by URL host; a page without one falls back to the site name it printed."""
    host = host_of(url)
    if host:
        return host
    name = (site or "").strip()
    return name or None
