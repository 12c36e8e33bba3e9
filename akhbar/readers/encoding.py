"""Bytes → text: byte-order mark, then UTF-8 when the bytes are valid UTF-8, then the declared charset
(HTTP header, ``<meta charset>``, XML declaration), then charset-normalizer.

UTF-8 validity is checked before any declaration because a page whose bytes decode as UTF-8 is UTF-8
in practice, while declarations are often server defaults (ISO-8859-1) that never matched the page.
For the same reason a Latin-1/Windows-1252 declaration, or two declarations that disagree, are checked
against the Arabic legacy code pages by charset-normalizer instead of being trusted.
"""

from __future__ import annotations

import codecs
import functools
import re
from dataclasses import dataclass, field

import charset_normalizer

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BOM_STARTS = (b"\xef", b"\xff", b"\xfe", b"\x00")
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""\A\s*<\?xml[^>]+?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")
# Labels browsers accept that Python's codec registry does not know.
_LABELS = {"x-mac-arabic": "mac-arabic", "win-1256": "cp1256", "x-cp1256": "cp1256"}
# Server and editor defaults: declared far more often than they are true for an Arabic page.
_WEAK = frozenset({"ascii", "iso8859-1", "cp1252"})
_ARABIC_LEGACY = ("cp1256", "iso8859_6")
_MARKUP_HEAD = 4096


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)


@functools.lru_cache(maxsize=256)
def codec_name(label: str | None) -> str | None:
    """Python's canonical codec name for a charset label, or None for an unknown label."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    try:
        return codecs.lookup(_LABELS.get(label, label)).name
    except LookupError:
        return None


def declared_in_markup(data: bytes) -> str | None:
    """The charset an HTML ``<meta>`` or XML declaration names near the top of the page."""
    head = data[:_MARKUP_HEAD]
    found = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return found.group(1).decode("ascii") if found else None


def decode(data: bytes, declared: str | None = None, *, markup: bool = False) -> Decoded | None:
    """Decode ``data``; ``declared`` is the transport's charset label (the HTTP header) and ``markup``
    says to look for one inside the page too. None when no encoding gives text (binary data)."""
    if data[:1] in _BOM_STARTS:
        for bom, encoding in _BOMS:
            if data.startswith(bom):
                return Decoded(data.decode(encoding, "replace"), encoding.removesuffix("-sig"))
    if data.isascii():
        return Decoded(data.decode("ascii"), "ascii")
    labels = [("http", declared)] if declared else []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        notes = []
        if declared and codec_name(declared) != "utf-8":
            notes.append(f"charset: {declared} declared (http), the bytes are valid UTF-8")
        return Decoded(text, "utf-8", notes)
    if markup and (inner := declared_in_markup(data)):
        labels.append(("meta", inner))
    return _decode_declared(data, labels) or _detect(data, (), labels)


def _decode_declared(data: bytes, labels: list[tuple[str, str]]) -> Decoded | None:
    codecs_named = []
    for _, label in labels:
        name = codec_name(label)
        if name and name not in codecs_named:
            codecs_named.append(name)
    if len(codecs_named) == 1 and codecs_named[0] not in _WEAK:
        try:
            return Decoded(data.decode(codecs_named[0]), codecs_named[0])
        except UnicodeDecodeError:
            return _detect(data, (), labels)
    if codecs_named:
        return _detect(data, (*codecs_named, *_ARABIC_LEGACY), labels)
    return None


def _detect(data: bytes, candidates: tuple[str, ...], labels: list[tuple[str, str]]) -> Decoded | None:
    matches = charset_normalizer.from_bytes(data, cp_isolation=list(candidates) or None)
    best = matches.best()
    if best is None:
        return None
    name = codec_name(best.encoding) or best.encoding
    notes = []
    if labels:
        said = ", ".join(f"{label} ({where})" for where, label in labels)
        if all(codec_name(label) != name for _, label in labels):
            notes.append(f"charset: {said} declared, the bytes read as {name}")
    return Decoded(str(best), name, notes)
