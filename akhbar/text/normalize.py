"""Arabic normalisation for matching, never for display.

Written by hand because the libraries that do this (CAMeL Tools, pyarabic) either pull in large
models or normalise in ways that change what a news reader would consider the same word; here the
rules are the handful every matcher in akhbar needs, in one place, and fast (str.translate).
"""

from __future__ import annotations

import re
import unicodedata

_DIGITS = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
_DIGITS.update({ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})

# Harakat, tanween, shadda, sukun, superscript alef, Quranic marks, and tatweel carry no lexical
# difference for matching news text.
_MARKS = "".join(
    chr(c)
    for c in (*range(0x0610, 0x061B), *range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE), 0x0640)
    if c not in (0x06DD, 0x06DE, 0x06E5, 0x06E6, 0x06E9)
)

# Zero-width and bidi controls that scraped pages scatter inside words.
INVISIBLES = (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u061c"
)

_KEY_TABLE = {ord(c): None for c in _MARKS + INVISIBLES}
_KEY_TABLE.update(_DIGITS)
_KEY_TABLE.update(
    {
        ord("أ"): "ا",
        ord("إ"): "ا",
        ord("آ"): "ا",
        ord("ٱ"): "ا",
        ord("ى"): "ي",
        ord("ئ"): "ي",
        ord("ؤ"): "و",
        ord("ة"): "ه",
        ord("ک"): "ك",
        ord("ی"): "ي",
        ord("،"): ",",
        ord("؛"): ";",
        ord("؟"): "?",
        ord("٫"): ",",
        ord("٬"): ",",
        ord("“"): '"',
        ord("”"): '"',
        ord("«"): '"',
        ord("»"): '"',
        ord("„"): '"',
        ord("‘"): "'",
        ord("’"): "'",
        ord("–"): "-",
        ord("—"): "-",
        ord("ـ"): None,
        0xA0: " ",
    }
)

_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w]+")


def ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII; the length of the string is unchanged."""
    return text.translate(_DIGITS)


def fold(text: str) -> str:
    """Character-level folding for matching: marks, tatweel and invisibles removed, letter variants
    (hamza seats, alef maqsura, ta marbuta) merged, digits to ASCII, Arabic punctuation to ASCII.
    Whitespace is left alone."""
    return unicodedata.normalize("NFKC", text).translate(_KEY_TABLE).lower()


def match_key(text: str) -> str:
    """`fold` plus whitespace collapsed and trimmed: the key for comparing two lines or phrases."""
    return _SPACES.sub(" ", fold(text)).strip()


def word_key(text: str) -> str:
    """`match_key` with every run of punctuation turned into one space: the key for comparing lines
    whose punctuation and quoting differ (doubled headlines, site-wide boilerplate, duplicates)."""
    return _SPACES.sub(" ", _NON_WORD.sub(" ", fold(text))).strip()


def words(text: str) -> list[str]:
    """Folded word tokens (letters and digits only)."""
    return word_key(text).split()


def fold_mapped(text: str) -> tuple[str, list[int]]:
    """`fold` with a map back to the input: ``folded[i]`` came from ``text[index[i]]``, and
    ``index[len(folded)] == len(text)``, so a span found in the folded text maps to the original."""
    out: list[str] = []
    index: list[int] = []
    for i, char in enumerate(text):
        folded = fold(char)
        out.append(folded)
        index.extend([i] * len(folded))
    index.append(len(text))
    return "".join(out), index
