"""Arabic text primitives shared by every stage: folding for matching, digits, word keys."""

from akhbar.text.normalize import INVISIBLES, ascii_digits, fold, fold_mapped, match_key, word_key, words

__all__ = ["INVISIBLES", "ascii_digits", "fold", "fold_mapped", "match_key", "word_key", "words"]
