"""Repairs of decoded text: mojibake, and invisible controls that split words.

Each check starts with single-character ``in`` tests, which run at memory speed, so clean pages (the
vast majority) pay a few microseconds; the regular expressions and ftfy run only on suspects.
"""

from __future__ import annotations

import re
from collections import Counter

import ftfy

# ftfy restricted to undoing wrong decodings: its other fixes (quote uncurling, width folding, HTML
# unescaping, line breaks) would change a page that was never broken.
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    explain=True,
)


def _decodes(encoding: str, first: int, last: int) -> str:
    return bytes(range(first, last + 1)).decode(encoding)


# UTF-8 read as a Latin code page (ftfy's ground): a lead byte shown as Â..ô next to a continuation
# byte shown as a Latin-1 or Windows-1252 character. ftfy itself decides; this only finds suspects.
_LATIN_LEADS = "ØÙÚÛÃÂâ"
_LATIN_CONT = sorted(set(_decodes("latin-1", 0x80, 0xBF) + _decodes("sloppy-windows-1252", 0x80, 0xBF)))
_LATIN_PAIR = re.compile(f"[{re.escape(_decodes('latin-1', 0xC2, 0xF4))}][{re.escape(''.join(_LATIN_CONT))}]")

# UTF-8 read as Windows-1256, which ftfy does not cover (its code pages are Latin, Greek, Cyrillic,
# Baltic): every Arabic letter becomes ط/ظ/ع/غ (the lead bytes D8–DB) plus the character of its
# continuation byte, so "ال" shows as "ط§ظ„". Alef and lam are in nearly every Arabic sentence, so
# their continuation characters § and „ are the cheap first test.
_CP1256_CONT = _decodes("cp1256", 0x80, 0xBF)
_CP1256_SIGNS = ("§", "„")
# One character of mojibake: a two-byte sequence (Arabic letters) or a three-byte one (punctuation).
_CP1256_CHAR = (
    f"(?:[{re.escape(_decodes('cp1256', 0xC2, 0xDF))}][{re.escape(_CP1256_CONT)}]"
    f"|[{re.escape(_decodes('cp1256', 0xE0, 0xEF))}][{re.escape(_CP1256_CONT)}]{{2}})"
)
# A run starts with two such characters in a row (one alone, as in a word ending in ع followed by
# "،", is ordinary Arabic; two never are) and goes on across ASCII, which both readings share.
_CP1256_RUN = re.compile(f"{_CP1256_CHAR}{{2,}}(?:[\x20-\x7e]+{_CP1256_CHAR}+)*")

# Zero-width and bidi controls dropped only between two word characters, where they break search and
# matching. ZWNJ (U+200C) is kept: it is part of Persian and Urdu spelling.
_INVISIBLES = (
    "\u200b\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u061c"
)
_WORD_CHAR = r"[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670]"
_SPLITTING = re.compile(f"(?<={_WORD_CHAR})[{_INVISIBLES}]+(?={_WORD_CHAR})")


def repair(text: str) -> tuple[str, list[str]]:
    """``text`` with mojibake undone and word-splitting controls removed, and a note per repair."""
    notes: list[str] = []
    if any(sign in text for sign in _CP1256_SIGNS):
        text = _undo_cp1256(text, notes)
    if any(lead in text for lead in _LATIN_LEADS) and _LATIN_PAIR.search(text):
        fixed, steps = ftfy.fix_and_explain(text, _FTFY)
        if fixed != text:
            notes.append("mojibake: " + ", ".join(f"{step} {arg}" for step, arg in steps or ()))
            text = fixed
    if any(char in text for char in _INVISIBLES):
        text = _drop_splitting_controls(text, notes)
    return text, notes


def _undo_cp1256(text: str, notes: list[str]) -> str:
    try:
        whole = text.encode("cp1256").decode("utf-8")
    except UnicodeError:
        pass
    else:
        if _CP1256_RUN.search(text):
            notes.append("mojibake: UTF-8 read as windows-1256, whole text re-decoded")
            return whole
        return text
    repaired = 0

    def redo(match: re.Match[str]) -> str:
        nonlocal repaired
        try:
            fixed = match.group().encode("cp1256").decode("utf-8")
        except UnicodeError:
            return match.group()
        repaired += 1
        return fixed

    text = _CP1256_RUN.sub(redo, text)
    if repaired:
        runs = f"{repaired} run{'s' if repaired > 1 else ''}"
        notes.append(f"mojibake: UTF-8 read as windows-1256, {runs} re-decoded")
    return text


def _drop_splitting_controls(text: str, notes: list[str]) -> str:
    dropped: Counter[str] = Counter()

    def drop(match: re.Match[str]) -> str:
        dropped.update(match.group())
        return ""

    text = _SPLITTING.sub(drop, text)
    if dropped:
        counts = ", ".join(f"U+{ord(char):04X}×{count}" for char, count in sorted(dropped.items()))
        notes.append(f"invisible controls removed inside words: {counts}")
    return text
