"""Repairs of decoded text: mojibake, and invisible controls that split words.

Each check starts with a test that runs at memory speed (one character searched in the text, one
byte in its UTF-8), so clean pages, the vast majority, pay a few microseconds; the regular
expressions and ftfy run only on suspects.
"""

from __future__ import annotations

import re
from collections import Counter

import ftfy

from akhbar.text import INVISIBLES

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
# continuation byte, so "ال" shows as "ط§ظ„". Alef is in nearly every Arabic sentence, so its
# continuation character § is the cheap first test (one scan of the text).
_CP1256_CONT = _decodes("cp1256", 0x80, 0xBF)
_CP1256_SIGN = "§"
# One character of mojibake: a two-byte sequence (Arabic letters) or a three-byte one (punctuation).
_CP1256_CHAR = (
    f"(?:[{re.escape(_decodes('cp1256', 0xC2, 0xDF))}][{re.escape(_CP1256_CONT)}]"
    f"|[{re.escape(_decodes('cp1256', 0xE0, 0xEF))}][{re.escape(_CP1256_CONT)}]{{2}})"
)
# A run starts with two such characters in a row (one alone, as in a word ending in ع followed by
# "،", is ordinary Arabic; two never are) and goes on across ASCII, which both readings share.
_CP1256_RUN = re.compile(f"{_CP1256_CHAR}{{2,}}(?:[\x20-\x7e]+{_CP1256_CHAR}+)*")

# Zero-width and bidi controls dropped only between two word characters, where they break search and
# display. ZWNJ (U+200C) is kept: it is part of Persian and Urdu spelling.
_INVISIBLES = INVISIBLES.replace("\u200c", "")
_INVISIBLE_RUN = re.compile(f"[{_INVISIBLES}]+")
# Most of them are U+20xx, three UTF-8 bytes starting E2 80 or E2 81. Looking for them in the UTF-8
# bytes is a memchr for E2 and, only if there is one, a search anchored on it; in the decoded text
# every ``in`` test for such a character also stops at each ASCII letter sharing its low byte.
_E2_INVISIBLES = re.compile(rb"\xe2(?:\x80[\x8b\x8d-\x8f\xaa-\xae]|\x81[\xa6-\xa9])")
_OTHER_INVISIBLES = ("\ufeff", "\u00ad", "\u061c")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or "\u0610" <= char <= "\u061a" or "\u064b" <= char <= "\u065f" or char == "\u0670"


def repair(text: str, utf8: bytes | None = None) -> tuple[str, list[str]]:
    """``text`` with mojibake undone and word-splitting controls removed, and a note per repair.

    ``utf8``, when the caller has it, is ``text`` encoded as UTF-8 (the bytes it was decoded from):
    it makes the common case, a clean page, cheaper to check.
    """
    fixed, notes = fix_mojibake(text, utf8)
    fixed, dropped = drop_splitting_controls(fixed, utf8 if fixed is text else None)
    return fixed, notes + dropped


def fix_mojibake(text: str, utf8: bytes | None = None) -> tuple[str, list[str]]:
    """Undo UTF-8 that was read as Windows-1256 (by hand) or as a Latin code page (ftfy)."""
    notes: list[str] = []
    if _CP1256_SIGN in text:
        text = _undo_cp1256(text, notes)
    # Every Latin lead character is C3 xx in UTF-8: one memchr when the bytes are at hand.
    suspect = b"\xc3" in utf8 if utf8 is not None and not notes else any(c in text for c in _LATIN_LEADS)
    if suspect and _LATIN_PAIR.search(text):
        fixed, steps = ftfy.fix_and_explain(text, _FTFY)
        if fixed != text:
            notes.append("mojibake: " + ", ".join(f"{step} {arg}" for step, arg in steps or ()))
            text = fixed
    return text, notes


def drop_splitting_controls(text: str, utf8: bytes | None = None) -> tuple[str, list[str]]:
    """Remove zero-width and bidi controls that sit between two word characters."""
    if utf8 is None:
        utf8 = text.encode("utf-8", "surrogatepass")
    if (b"\xe2" in utf8 and _E2_INVISIBLES.search(utf8)) or any(c in text for c in _OTHER_INVISIBLES):
        notes: list[str] = []
        return _drop_splitting_controls(text, notes), notes
    return text, []


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
        start, end = match.span()
        inside = start > 0 and end < len(text) and _is_word_char(text[start - 1]) and _is_word_char(text[end])
        if not inside:
            return match.group()
        dropped.update(match.group())
        return ""

    text = _INVISIBLE_RUN.sub(drop, text)
    if dropped:
        counts = ", ".join(f"U+{ord(char):04X}×{count}" for char, count in sorted(dropped.items()))
        notes.append(f"invisible controls removed inside words: {counts}")
    return text
