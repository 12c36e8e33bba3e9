"""Arabic normalisation for matching, never for display.

Written by hand because the libraries that do this (CAMeL Tools, pyarabic) either pull in large
models or normalise in ways that change what a news reader would consider the same word; here the
rules are the handful every matcher in akhbar needs, in one place, and fast.
"""

from __future__ import annotations

import re
import unicodedata

from akhbar.text import codepage

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

# Letter variants, digits and punctuation merged for matching.
_REPLACEMENTS: tuple[tuple[str, str], ...] = (
    *((c, str(i)) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")),
    *((c, str(i)) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")),
    ("أ", "ا"),
    ("إ", "ا"),
    ("آ", "ا"),
    ("ٱ", "ا"),
    ("ى", "ي"),
    ("ئ", "ي"),
    ("ؤ", "و"),
    ("ة", "ه"),
    ("ک", "ك"),
    ("ی", "ي"),
    ("،", ","),
    ("؛", ";"),
    ("؟", "?"),
    ("٫", ","),
    ("٬", ","),
    ("“", '"'),
    ("”", '"'),
    ("«", '"'),
    ("»", '"'),
    ("„", '"'),
    ("‘", "'"),
    ("’", "'"),
    ("–", "-"),
    ("—", "-"),
    ("\u00a0", " "),
)
_DELETE = re.compile("[" + re.escape(_MARKS + INVISIBLES) + "]+")
_DIGIT_PAIRS = _REPLACEMENTS[:20]
# Every folding as one str.replace per character present. On a page, testing each of the ~70
# characters with ``in`` (a fast scan) beats collecting the present ones with a regex; on a short
# string the regex wins fourfold. str.translate is slower than both on Arabic text (~130 ns a
# character, measured on the seed page, CPython 3.11); a byte table is faster still (codepage).
_FOLDINGS: dict[str, str] = {**{c: "" for c in _MARKS + INVISIBLES}, **dict(_REPLACEMENTS)}
_FOLDING_ITEMS = tuple(_FOLDINGS.items())
_FOLDABLE = re.compile("[" + re.escape("".join(_FOLDINGS)) + "]")
_SHORT = 1000
# A long text that fits the Arabic code page once its digits are ASCII is folded by one byte table.
_FOLD_TABLE, _FOLD_DELETED = codepage.table(lambda char: _FOLDINGS.get(char, char).lower())
_OUTSIDE_CODEPAGE = tuple((c, f) for c, f in _FOLDING_ITEMS if c not in codepage.CHARACTERS)


def _nfkc_tables() -> tuple[list[tuple[bytes, bytes]], list[bytes]]:
    """(byte, its NFKC form in the code page) for the characters NFKC changes within the code page
    ("…", the no-break space, "™", "½"...), and the bytes of those it takes out of it.

    A text in the code page is otherwise left as it is by NFKC, up to the order of marks, which folding
    deletes; so bytes.replace over these few does NFKC's work and spares its check, which costs more
    than the folding itself."""
    within, elsewhere = [], []
    for byte, char in enumerate(codepage.CHARACTERS):
        if not unicodedata.is_normalized("NFKC", char):
            normal = codepage.encode(unicodedata.normalize("NFKC", char))
            if normal is None:
                elsewhere.append(bytes([byte]))
            else:
                within.append((bytes([byte]), normal))
    return within, elsewhere


_NFKC_BYTES, _NFKC_ELSEWHERE = _nfkc_tables()


def _nfkc_in_codepage(single: bytes) -> bytes | None:
    """NFKC of a text in the code page, as code-page bytes; None when it leaves the code page."""
    for byte in _NFKC_ELSEWHERE:
        if byte in single:
            return None
    for byte, normal in _NFKC_BYTES:
        if byte in single:
            single = single.replace(byte, normal)
    return single


_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII; the length of the string is unchanged."""
    for digit, ascii_digit in _DIGIT_PAIRS:
        if digit in text:
            text = text.replace(digit, ascii_digit)
    return text


def fold(text: str) -> str:
    """Character-level folding for matching: marks, tatweel and invisibles removed, letter variants
    (hamza seats, alef maqsura, ta marbuta) merged, digits to ASCII, Arabic punctuation to ASCII.
    Whitespace is left alone."""
    if len(text) >= _SHORT:
        return fold_encoded(text)[0]
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    for char in set(_FOLDABLE.findall(text)):
        text = text.replace(char, _FOLDINGS[char])
    return text.lower()


def fold_encoded(text: str) -> tuple[str, bytes | None]:
    """`fold`, with the folded text in the Arabic code page when it fits (else None): for a page whose
    next steps are byte tables too (akhbar.parsing.lines)."""
    single = codepage.encode(text)
    if single is None:
        # Arabic-Indic digits are the usual characters outside the code page; NFKC leaves them alone.
        text = _replace_present(text, _OUTSIDE_CODEPAGE)
        single = codepage.encode(text)
    if single is not None:
        single = _nfkc_in_codepage(single)
    if single is None:
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
        return _replace_present(text, _FOLDING_ITEMS).lower(), None
    folded = single.translate(_FOLD_TABLE, _FOLD_DELETED)
    return codepage.decode(folded), folded


def _replace_present(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    for char, folded in pairs:
        if char in text:
            text = text.replace(char, folded)
    return text


def match_key(text: str) -> str:
    """`fold` plus whitespace collapsed and trimmed: the key for comparing two lines or phrases."""
    return _SPACES.sub(" ", fold(text)).strip()


def word_key(text: str) -> str:
    """`match_key` with every run of punctuation turned into one space: the key for comparing lines
    whose punctuation and quoting differ (doubled headlines, site-wide boilerplate, duplicates)."""
    return " ".join(_WORD.findall(fold(text)))


def words(text: str) -> list[str]:
    """Folded word tokens (letters and digits only): the words of `word_key`, in one regex pass,
    since the corpus pass tokenises every page."""
    return _WORD.findall(fold(text))


_CHAR_FOLDS: dict[str, str] = {}


def _fold_char(char: str) -> str:
    folded = _CHAR_FOLDS.get(char)
    if folded is None:
        folded = _CHAR_FOLDS[char] = fold(char)
    return folded


def fold_mapped(text: str) -> tuple[str, list[int]]:
    """`fold` with a map back to the input: ``folded[i]`` came from ``text[index[i]]``, and
    ``index[len(folded)] == len(text)``, so a span found in the folded text maps to the original."""
    if unicodedata.is_normalized("NFKC", text):
        # The common case: folding only deletes marks and swaps characters one for one, so the map
        # is the input's positions minus the deleted runs, built from ranges rather than per character.
        folded = fold(text)
        index: list[int] = []
        position = 0
        for run in _DELETE.finditer(text):
            index.extend(range(position, run.start()))
            position = run.end()
        index.extend(range(position, len(text)))
        if len(index) == len(folded):
            index.append(len(text))
            return folded, index
    out: list[str] = []
    index = []
    for i, char in enumerate(text):
        folded = _fold_char(char)
        out.append(folded)
        index.extend([i] * len(folded))
    index.append(len(text))
    return "".join(out), index
