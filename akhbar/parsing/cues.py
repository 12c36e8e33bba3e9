"""Single-line recognisers built from the lexicon: what a line says about itself, before context."""

from __future__ import annotations

import re

from akhbar.parsing import lexicon
from akhbar.parsing.lines import PageLine
from akhbar.text import fold, fold_mapped, word_key

_SEPARATORS = ":：-–—|_/»«>"


class Phrases:
    """Phrases matched at the start of a line on its folded form, with the offset where the rest begins.

    A one-word phrase must be followed by punctuation (or the end of the line), so that "كتب:" is a
    byline but "كتب الرئيس في رسالته" is not; a phrase of several words is specific enough alone.
    """

    def __init__(self, phrases: tuple[str, ...] | frozenset[str]) -> None:
        folded = {fold(p).strip() for p in phrases}
        separators = f"[{re.escape(_SEPARATORS)}]"

        def alternation(group: set[str]) -> str:
            escaped = (re.escape(p).replace(r"\ ", r"\s+") for p in sorted(group, key=len, reverse=True))
            return "|".join(escaped) or "(?!)"

        single = alternation({p for p in folded if " " not in p})
        multi = alternation({p for p in folded if " " in p})
        self._pattern = re.compile(
            rf"^[\W_]*(?:(?:{single})\s*(?:{separators}+|$)|(?:{multi})(?:\s*{separators}+|\s+|$))"
        )

    def rest(self, line: PageLine) -> int | None:
        """Offset into ``line.content`` where the text after the phrase starts, or None if no match."""
        found = self._pattern.match(line.folded)
        if not found:
            return None
        if len(line.folded) == len(line.content):
            return found.end()
        _, index = fold_mapped(line.content)
        return index[found.end()]


def _key_table(groups: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {word_key(phrase): kind for kind, phrases in groups.items() for phrase in phrases}


_HEADERS = _key_table(lexicon.BLOCK_HEADERS)
_TERMINAL_HEADERS = {word_key(p) for p in lexicon.TERMINAL_RELATED}
_PREFIXES = {kind: Phrases(phrases) for kind, phrases in lexicon.LINE_PREFIXES.items()}
_BUTTONS = {word_key(w) for w in lexicon.BUTTON_WORDS}
_SECTIONS = {word_key(w) for w in lexicon.SECTION_WORDS}
_COPYRIGHT = re.compile(r"©|\(c\)|جميع الحقوق|كل الحقوق|الحقوق محفوظه|all rights reserved|copyright", re.I)
_MENU_SEPARATORS = re.compile(r"\s[|>»›•/]\s|\s[|>»›•]|[|>»›•]\s")
_COUNT = re.compile(r"^\d+$")

BYLINE = Phrases(lexicon.BYLINE_PREFIXES)
SOURCE = Phrases(lexicon.SOURCE_PREFIXES)
CAPTION = Phrases(lexicon.CAPTION_PREFIXES)
_CAPTION_SUFFIX = re.compile(
    "(?:" + "|".join(re.escape(fold(s)) for s in lexicon.CAPTION_SUFFIXES) + r")\W*$"
)


def _header_key(line: PageLine) -> str:
    return " ".join(w for w in line.key.split() if not _COUNT.match(w))


def block_header(line: PageLine) -> str | None:
    """The boilerplate kind a line opens when it is only a block title ("الأكثر قراءة", "التعليقات (3)")."""
    if line.words > 6:
        return None
    key = _header_key(line)
    if key in _HEADERS:
        return _HEADERS[key]
    if key in {"تعليق", "تعليقات"}:
        return "comments"
    return None


def is_terminal_header(line: PageLine, kind: str) -> bool:
    """Block titles after which the article is over (comments, most-read lists, newsletter)."""
    return kind in lexicon.TERMINAL_KINDS or _header_key(line) in _TERMINAL_HEADERS


def boilerplate_kind(line: PageLine) -> str | None:
    """The kind of page furniture a line is by itself, or None when it could be content."""
    if line.words > 40:
        return None
    if _COPYRIGHT.search(line.folded):
        return "copyright"
    for kind, phrases in _PREFIXES.items():
        if phrases.rest(line) is not None:
            return kind
    words = line.key.split()
    if words and all(w in _BUTTONS or _COUNT.match(w) for w in words) and any(w in _BUTTONS for w in words):
        return "share"
    if is_menu(line):
        return "navigation"
    return None


def is_menu(line: PageLine) -> bool:
    """Breadcrumbs and menus: several short items between separators, or only section names."""
    parts = [p for p in re.split(r"[|>»›•/]", line.content) if p.strip()]
    if len(parts) >= 3 and _MENU_SEPARATORS.search(line.content) and all(len(p.split()) <= 4 for p in parts):
        return True
    words = line.key.split()
    return len(words) >= 3 and all(w in _SECTIONS for w in words)


def is_section_name(line: PageLine) -> bool:
    words = line.key.split()
    return 0 < len(words) <= 3 and all(w in _SECTIONS for w in words)


def doubled_half(line: PageLine) -> str | None:
    """For a line that is one headline written twice (link text + title attribute, as list blocks
    dump them), the first copy as written; None otherwise."""
    words = line.key.split()
    half = len(words) // 2
    if half < 2 or len(words) % 2 or words[:half] != words[half:]:
        return None
    content = line.content
    for cut in (m.start() for m in re.finditer(r"\s+", content)):
        if word_key(content[:cut]) == word_key(content[cut:]):
            return content[:cut].strip()
    return None


def caption_cue(line: PageLine) -> bool:
    return CAPTION.rest(line) is not None or bool(_CAPTION_SUFFIX.search(line.folded) and line.words <= 20)
