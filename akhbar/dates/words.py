"""Every word a date expression can hold, folded: what lets a caller rule out a date line without
running the grammar."""

from __future__ import annotations

from akhbar.dates import vocabulary
from akhbar.text import words

_PROCLITICS = "وفبل"


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for key, item in value.items() for s in (*_strings(key), *_strings(item))]
    if isinstance(value, tuple | list | set | frozenset):
        return [s for item in value for s in _strings(item)]
    return []


def _vocabulary_words() -> frozenset[str]:
    found = {
        word
        for name in dir(vocabulary)
        if name.isupper()
        for text in _strings(getattr(vocabulary, name))
        for word in words(text)
    }
    # "وأمس", "بتوقيت": a conjunction or preposition glued to the word.
    return frozenset(found | {clitic + word for word in found for clitic in _PROCLITICS})


# A test in tests/dates checks that the words of every expression `find_dates` returns are here or
# hold a digit.
DATE_WORDS = _vocabulary_words()
