"""Which reader an input needs, from its first bytes, with the file name as a hint.

Magic numbers and binary bytes decide first; then an explicit extension; then weaker content cues
(a leading ``{`` for JSON Lines, tags for HTML); plain text is what is left.
"""

from __future__ import annotations

import codecs
import re

TEXT, HTML, JSONL, PARQUET, WARC = "text", "html", "jsonl", "parquet", "warc"
BINARY, EMPTY = "binary", "empty"
FORMATS = (TEXT, HTML, JSONL, PARQUET, WARC)
ALIASES = {"wet": WARC, "txt": TEXT, "ndjson": JSONL, "json": JSONL}

_EXTENSIONS = {
    ".txt": TEXT,
    ".text": TEXT,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".jsonl": JSONL,
    ".ndjson": JSONL,
    ".json": JSONL,
    ".parquet": PARQUET,
    ".pq": PARQUET,
    ".warc": WARC,
    ".wet": WARC,
}
_COMPRESSED_SUFFIXES = (".gz", ".gzip", ".bz2", ".xz", ".zst", ".zstd")

# A saved page starts with one of these (after a BOM, blanks or comments); they outweigh a .txt name.
_STRONG_HTML = re.compile(rb"\A(?:\s|<!--.*?-->)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_WEAK_HTML = re.compile(rb"<(?:html|head|body|meta|title|div|p|article|h[1-6])[\s>/]", re.I)
_JSON_OBJECT = re.compile(rb'\A\s*\{\s*(?:"|\})')
_UTF16_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_BINARY_MAGIC = (b"%PDF-", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"RIFF")
_CONTROL = bytes(set(range(32)) - {9, 10, 12, 13, 27})


def normalise_format(name: str) -> str:
    """A user's ``format=`` value as one of FORMATS; ValueError for an unknown one."""
    key = name.lower().lstrip(".")
    key = ALIASES.get(key, key)
    if key not in FORMATS:
        raise ValueError(f"unknown format {name!r}: choose from {', '.join(FORMATS + tuple(ALIASES))}")
    return key


def extension_format(name: str | None) -> str | None:
    """The format a file name suggests, looking through compression suffixes (``a.jsonl.gz``)."""
    if not name:
        return None
    lower = name.lower()
    while lower.endswith(_COMPRESSED_SUFFIXES):
        lower = lower[: lower.rindex(".")]
    dot = lower.rfind(".")
    return _EXTENSIONS.get(lower[dot:]) if dot >= 0 else None


def sniff(head: bytes, name: str | None = None) -> str:
    """Classify the (decompressed) first bytes of an input; blanks alone are read as text, which
    the page reader then reports as empty."""
    if not head:
        return EMPTY
    if head.startswith(b"WARC/"):
        return WARC
    if head.startswith(b"PAR1"):
        return PARQUET
    if looks_binary(head):
        return BINARY
    hinted = extension_format(name)
    body = head[3:] if head.startswith(codecs.BOM_UTF8) else head
    if _STRONG_HTML.match(body):
        return HTML
    if hinted is not None:
        return hinted
    if _JSON_OBJECT.match(body):
        return JSONL
    if body.lstrip()[:1] == b"<" and _WEAK_HTML.search(body):
        return HTML
    return TEXT


def looks_binary_text(text: str) -> bool:
    """A text field holding binary data decoded as characters (NUL, or many C0/C1 controls)."""
    sample = text[:8192]
    if "\x00" in sample:
        return True
    controls = sum(1 for char in sample if (char < " " and char not in "\n\r\t\f") or "\x7f" <= char < "\xa0")
    return controls > len(sample) // 10


def looks_binary(head: bytes) -> bool:
    """NUL bytes (outside UTF-16/32 text), a known binary magic number, or many control bytes."""
    if head.startswith(_UTF16_BOMS):
        return False
    if head.startswith(_BINARY_MAGIC) or b"\x00" in head:
        return True
    sample = head[:8192]
    return bool(sample) and len(sample) - len(sample.translate(None, _CONTROL)) > len(sample) // 10
