"""Single-line recognisers built from the lexicon: what a line says about itself, before context."""

from __future__ import annotations

import re

from akhbar.parsing import lexicon
from akhbar.parsing.lines import PageLine
from akhbar.text import fold, fold_mapped, word_key

_SEPARATORS = ":：-–—|_/»«>"
MAX_HEADER_WORDS = 6


def _phrase_pattern(phrases: tuple[str, ...] | frozenset[str]) -> str:
    """A regex for a line opening with one of the phrases: a one-word phrase must be followed by
    punctuation (or the end of the line), so that "كتب:" is a byline but "كتب الرئيس في رسالته" is not;
    a phrase of several words is specific enough alone."""
    folded = {fold(p).strip() for p in phrases}
    separators = f"[{re.escape(_SEPARATORS)}]"

    def alternation(group: set[str]) -> str:
        escaped = (re.escape(p).replace(r"\ ", r"\s+") for p in sorted(group, key=len, reverse=True))
        return "|".join(escaped) or "(?!)"

    single = alternation({p for p in folded if " " not in p})
    multi = alternation({p for p in folded if " " in p})
    return rf"(?:{single})\s*(?:{separators}+|$)|(?:{multi})(?:\s*{separators}+|\s+|$)"


def _first_words(phrases) -> frozenset[str]:
    return frozenset(key.split(" ", 1)[0] for key in map(word_key, phrases) if key)


class Phrases:
    """Phrases matched at the start of a line on its folded form, with the offset where the rest begins.

    The regex, an alternation of every phrase, runs only on lines whose first word opens one of them:
    most lines are turned away by one set lookup."""

    def __init__(self, phrases: tuple[str, ...] | frozenset[str]) -> None:
        self._pattern = re.compile(rf"^[\W_]*(?:{_phrase_pattern(phrases)})")
        self._first = _first_words(phrases)

    def rest(self, line: PageLine) -> int | None:
        """Offset into ``line.content`` where the text after the phrase starts, or None if no match."""
        if line.first not in self._first:
            return None
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
# One pattern for every kind, each in its own named group: one match per line instead of one a kind,
# and only on lines whose first word opens one of the phrases.
_PREFIX_FIRST_WORDS = _first_words(p for phrases in lexicon.LINE_PREFIXES.values() for p in phrases)
_PREFIXES = re.compile(
    r"^[\W_]*(?:"
    + "|".join(f"(?P<{kind}>{_phrase_pattern(p)})" for kind, p in lexicon.LINE_PREFIXES.items())
    + ")"
)
_BUTTONS = {word_key(w) for w in lexicon.BUTTON_WORDS}
_SECTIONS = {word_key(w) for w in lexicon.SECTION_WORDS}
_COPYRIGHT = re.compile(r"©|\(c\)|جميع الحقوق|كل الحقوق|الحقوق محفوظه|all rights reserved|copyright")
_MENU_MARK = re.compile(r"[|>»›•/]")
_MAX_MENU_WORDS = 40
_MAX_COPYRIGHT_WORDS = 40
_MAX_CAPTION_WORDS = 20
_MAX_RELATED_HEADER_WORDS = 4
_CREDIT_CHARS = 60
_RELATED_HEADER = re.compile("|".join(lexicon.RELATED_HEADER_PATTERNS))
_RELATED_HEADER_FIRST = frozenset(lexicon.RELATED_HEADER_FIRST_WORDS)
_RELATED_HEADER_ENDS = lexicon.RELATED_HEADER_ENDINGS
_LIST_ITEM = re.compile(lexicon.LIST_MARKERS)
_CREDIT_WORDS = frozenset(word_key(w) for w in lexicon.CAPTION_CREDIT_WORDS)
_CAPTION_CREDIT = re.compile(
    r"[(\-–]\s*(?:" + "|".join(sorted(_CREDIT_WORDS, key=len, reverse=True)) + r")\b[^()]{0,40}\)?\W*$"
)
_FORM_LINES = {word_key(phrase): kind for kind, phrases in lexicon.FORM_LINES.items() for phrase in phrases}
# The longest word of each contained phrase, and words every copyright notice holds: set tests that
# turn most lines away before each regex.
_CONTAINED_WORDS = frozenset(
    max(word_key(p).split(), key=len) for phrases in lexicon.CONTAINED_CUES.values() for p in phrases
)
_NOTICE_WORDS = _CONTAINED_WORDS | {"حقوق", "الحقوق", "copyright", "rights", "reserved"}
_CONTAINED = re.compile(
    "|".join(
        f"(?P<{kind}>" + "|".join(re.escape(fold(p).lower()) for p in phrases) + ")"
        for kind, phrases in lexicon.CONTAINED_CUES.items()
    )
)
_SUFFIX_CHARS = 30
_WORD_RUN = re.compile(r"\w+")

BYLINE = Phrases(lexicon.BYLINE_PREFIXES)
# "كتب محمد عبد الرحمن": Egyptian bylines drop the colon; safe only on a line that short.
_LOOSE_BYLINE = re.compile(r"^[\W_]*(?:كتب|كتبت|بقلم)\s+")
_MAX_LOOSE_BYLINE_WORDS = 5
SOURCE = Phrases(lexicon.SOURCE_PREFIXES)
CAPTION = Phrases(lexicon.CAPTION_PREFIXES)
_CAPTION_SUFFIX = re.compile(
    "(?:" + "|".join(re.escape(fold(s)) for s in lexicon.CAPTION_SUFFIXES) + r")\W*$"
)
# The last word of each suffix, which the line's last word ends with wherever the suffix matches.
_SUFFIX_ENDINGS = tuple({word_key(s).rsplit(" ", 1)[-1] for s in lexicon.CAPTION_SUFFIXES})


def _header_key(line: PageLine) -> str:
    """The key without counts: "التعليقات (3)" is the comments' title."""
    if not any(map(str.isdecimal, line.tokens)):
        return line.key
    return " ".join(w for w in line.tokens if not w.isdecimal())


def block_header(line: PageLine) -> str | None:
    """The boilerplate kind a line opens when it is only a block title ("الأكثر قراءة", "التعليقات (3)")."""
    if line.words > MAX_HEADER_WORDS:
        return None
    key = _header_key(line)
    if key in _HEADERS:
        return _HEADERS[key]
    if key in {"تعليق", "تعليقات"}:
        return "comments"
    if (
        line.words <= _MAX_RELATED_HEADER_WORDS
        and (line.first in _RELATED_HEADER_FIRST or key.endswith(_RELATED_HEADER_ENDS))
        and _RELATED_HEADER.search(key)
    ):
        return "related"
    return None


def is_terminal_header(line: PageLine, kind: str) -> bool:
    """Block titles after which the article is over (comments, most-read lists, newsletter)."""
    return kind in lexicon.TERMINAL_KINDS or _header_key(line) in _TERMINAL_HEADERS


def prose_boilerplate_kind(line: PageLine) -> str | None:
    """Furniture that can read like a sentence: an opening cue, a cookie notice or disclaimer, a
    copyright notice."""
    found = _prefix(line)
    if found:
        return found
    if not _may_be_notice(line):
        return None
    contained = _contained(line)
    if contained:
        return contained
    return "copyright" if line.words <= _MAX_COPYRIGHT_WORDS and _is_copyright(line) else None


def _may_be_notice(line: PageLine) -> bool:
    """Whether a line may be a copyright notice or hold a contained cue: one pass over its words for
    both tests, which most lines fail."""
    return not _NOTICE_WORDS.isdisjoint(line.tokens) or "©" in line.folded or "(c)" in line.folded


def _prefix(line: PageLine) -> str | None:
    if line.first not in _PREFIX_FIRST_WORDS:
        return None
    found = _PREFIXES.match(line.folded)
    return found.lastgroup if found else None


def _contained(line: PageLine) -> str | None:
    if _CONTAINED_WORDS.isdisjoint(line.tokens):
        return None
    found = _CONTAINED.search(line.folded)
    return found.lastgroup if found else None


def _is_copyright(line: PageLine) -> bool:
    """A copyright notice; asked only of lines `_may_be_notice` lets through."""
    return _COPYRIGHT.search(line.folded) is not None


def boilerplate_kind(line: PageLine) -> str | None:
    """The kind of page furniture a line is by itself, or None when it could be content."""
    if line.words > 40:
        return None
    notice = _may_be_notice(line)
    if notice and _is_copyright(line):
        return "copyright"
    if line.key in _FORM_LINES:
        return _FORM_LINES[line.key]
    contained = _contained(line) if notice else None
    if contained:
        return contained
    found = _prefix(line)
    if found:
        return found
    tokens = line.tokens
    if not _BUTTONS.isdisjoint(tokens) and all(w in _BUTTONS or w.isdigit() for w in tokens):
        return "share"
    if line.words <= _MAX_MENU_WORDS and is_menu(line):
        return "navigation"
    return None


def is_menu(line: PageLine) -> bool:
    """Breadcrumbs and menus: several short items between separators, or only section names."""
    content = line.content
    marked = _MENU_MARK.search(content) is not None
    if marked and _has_menu_separator(content):
        parts = [p for p in _MENU_MARK.split(line.content) if p.strip()]
        if len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts):
            return True
    # "English | Français": two section words are a menu when a separator joins them.
    least = 2 if marked else 3
    return line.words >= least and line.first in _SECTIONS and all(w in _SECTIONS for w in line.tokens)


def _has_menu_separator(content: str) -> bool:
    """A mark standing as a separator: "|", ">", "»", "›" or "•" with a space on one side, "/" with
    spaces on both (else it is a date's or a URL's)."""
    for mark in _MENU_MARK.finditer(content):
        at = mark.start()
        before = at > 0 and content[at - 1].isspace()
        after = at + 1 < len(content) and content[at + 1].isspace()
        if (before and after) or ((before or after) and content[at] != "/"):
            return True
    return False


def is_section_name(line: PageLine) -> bool:
    return 0 < line.words <= 3 and all(w in _SECTIONS for w in line.tokens)


def doubled_half(line: PageLine) -> str | None:
    """For a line that is one headline written twice (link text + title attribute, as list blocks
    dump them), the first copy as written; None otherwise."""
    half = line.words // 2
    if line.words < 4 or line.words % 2 or line.tokens[0] != line.tokens[half]:
        return None
    key = line.key
    middle = len(key) // 2
    # The key's words are single-spaced, so a doubled line's key is two equal strings around its middle space.
    if key[middle : middle + 1] != " " or key[:middle] != key[middle + 1 :]:
        return None
    # The key's words are the runs of word characters of the folded line: the first copy ends
    # where the half-th run ends.
    runs = _WORD_RUN.finditer(line.folded)
    end = next(m.end() for i, m in enumerate(runs) if i == half - 1)
    if len(line.folded) != len(line.content):
        end = fold_mapped(line.content)[1][end]
    content = line.content
    while end < len(content) and not content[end].isspace():  # a closing quote or bracket
        end += 1
    return content[:end]


_GIVEN_NAMES = {word_key(n) for n in lexicon.GIVEN_NAMES}
_HONORIFICS = {word_key(h) for h in lexicon.HONORIFICS}
_PREPOSITIONS = frozenset("على في من إلى الى عن مع".split())
_LISTING = Phrases(lexicon.LISTING_MARKERS)


def is_person_name(text: str) -> bool:
    """Text that is only a person's name ("ماهر الدباس", "د. جورج نصّار"), known by its given name."""
    return _is_name(word_key(text).split(), text)


def _is_name(words: list[str], text: str) -> bool:
    """`is_person_name` given the text's words in `word_key` form."""
    if len(words) > 4 and words[0] not in _HONORIFICS:
        return False  # most lines: no name is that long
    while words and words[0] in _HONORIFICS:
        words = words[1:]
    if not (2 <= len(words) <= 4 and words[0] in _GIVEN_NAMES):
        return False
    # Folding makes "على" (on) read as the name "علي"; a name never starts with a preposition.
    return text.split(maxsplit=1)[0] not in _PREPOSITIONS


def names_someone(line: PageLine) -> bool:
    """Whether a known given name stands anywhere in the line (a cheap test before reading a byline)."""
    return not _GIVEN_NAMES.isdisjoint(line.tokens)


def is_writer_name(line: PageLine) -> bool:
    return not line.ends_sentence and _is_name(line.tokens, line.content)


def is_listing_marker(line: PageLine) -> bool:
    """ "نتائج البحث عن: ...", "الوسم: ...": the page lists other pages."""
    return line.words <= 8 and _LISTING.rest(line) is not None


def byline_rest(line: PageLine) -> int | None:
    """Offset where the names start on a byline ("كتب: فلان", "بقلم فلان"), None if not a byline."""
    rest = BYLINE.rest(line)
    if rest is None and line.words <= _MAX_LOOSE_BYLINE_WORDS and _LOOSE_BYLINE.match(line.folded):
        rest = len(line.content) - len(line.content.lstrip()) + line.content.lstrip().index(" ")
    return rest


def is_form_line(line: PageLine) -> bool:
    """A form's field label or button ("الاسم", "نص الرسالة", "أرسل", "قبول الكل")."""
    return line.key in _FORM_LINES


def is_list_item(line: PageLine) -> bool:
    return bool(_LIST_ITEM.match(line.content))


def caption_cue(line: PageLine) -> bool:
    """A photo's caption: a marker opening it ("صورة:"), a credit closing it ("(تصوير: فلان)"), or a
    suffix saying what the photo is ("(أرشيفية)"). The word tests spare most lines the regexes."""
    if CAPTION.rest(line) is not None:
        return True
    if not _CREDIT_WORDS.isdisjoint(line.tokens) and _CAPTION_CREDIT.search(line.folded[-_CREDIT_CHARS:]):
        return True
    return (
        0 < line.words <= _MAX_CAPTION_WORDS
        and line.tokens[-1].endswith(_SUFFIX_ENDINGS)
        and _CAPTION_SUFFIX.search(line.folded[-_SUFFIX_CHARS:]) is not None
    )
