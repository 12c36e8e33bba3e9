"""Is a page an article at all, and in what language is it written."""

from __future__ import annotations

import re

from akhbar.parsing import cues, lexicon
from akhbar.parsing.layout import Layout
from akhbar.text import codepage, word_key

_NOT_FOUND = re.compile("|".join(re.escape(word_key(c)) for c in lexicon.NOT_FOUND_CUES))
# One match a line at most: login pages name several of these on separate lines.
_LOGIN = re.compile("^.*?(?:" + "|".join(re.escape(word_key(c)) for c in lexicon.LOGIN_CUES) + ").*$", re.M)
_LISTING = {word_key(c) for c in lexicon.LISTING_CUES}
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_FRENCH = re.compile(r"\b(?:le|la|les|des|est|une|dans|pour|qui|sur|avec)\b", re.I)
_ENGLISH = re.compile(r"\b(?:the|and|of|to|is|in|that|for|with|was)\b", re.I)
# Counting a script's letters in the Arabic code page: translate, deleting every other byte.
_KEEP_ARABIC = codepage.table(lambda char: char if _ARABIC.match(char) else "")
_KEEP_LATIN = codepage.table(lambda char: char if _LATIN.match(char) else "")

_MIN_ARTICLE_WORDS = 25
_MAX_LISTING_LINES = 3
_MAX_ERROR_PAGE_WORDS = 150
# Index and search pages cut each story's lead short with an ellipsis.
_MIN_TEASERS = 2


def is_article(layout: Layout, paragraphs: int) -> bool:
    """False for error, login, search, tag and index pages: pages whose prose is missing or is only
    teasers between repeated "read more" links and dates."""
    body_words = dated = teasers = 0
    short: list[str] = []
    for line in layout.lines:
        label = line.label
        if label == "body":
            body_words += line.words
            if line.content.endswith(("...", "…")):
                teasers += 1
        elif label == "date":
            dated += 1
        if line.key and line.words <= 8:
            short.append(line.key)
    # A one-sentence brief under a dated headline is news; a lone short paragraph elsewhere is not.
    dated_headline = layout.title is not None and dated > 0
    if paragraphs == 0 or (body_words < _MIN_ARTICLE_WORDS and paragraphs < 2 and not dated_headline):
        return False
    if body_words < _MAX_ERROR_PAGE_WORDS:
        keys = "\n".join(short)
        if _NOT_FOUND.search(keys) or len(_LOGIN.findall(keys)) >= 2:
            return False
        if sum(1 for ln in layout.lines if cues.is_form_line(ln)) >= lexicon.MIN_FORM_LINES:
            return False  # a contact, sign-up or consent form
    if any(cues.is_listing_marker(ln) for ln in layout.lines if ln.label in ("title", "boilerplate")):
        return False
    listing = sum(key in _LISTING for key in short)
    return listing <= _MAX_LISTING_LINES and dated <= _MAX_LISTING_LINES and teasers < _MIN_TEASERS


def detect_language(text: str) -> str | None:
    """ "ar" when Arabic script dominates; otherwise a guess among English and French by stop words;
    None for text with too few letters to say."""
    sample = text[:400]
    single = codepage.encode(sample)
    if single is not None:
        arabic, latin = len(single.translate(*_KEEP_ARABIC)), len(single.translate(*_KEEP_LATIN))
    else:
        arabic, latin = len(_ARABIC.findall(sample)), len(_LATIN.findall(sample))
    if arabic + latin < 10:
        return None
    if arabic >= latin:
        return "ar"
    return "fr" if len(_FRENCH.findall(sample)) > len(_ENGLISH.findall(sample)) else "en"
