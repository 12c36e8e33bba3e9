"""How large values are kept in the store: UTF-8 text and Article JSON, zstd-compressed.

Raw pages and Articles are most of a database's size and are read back one at a time (show, the
corpus pass), so they are compressed; fields people filter on stay plain columns.
"""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any

import zstandard

from akhbar.model import Article, Block, Line, Section

_LEVEL = 3
_compressor = zstandard.ZstdCompressor(level=_LEVEL)
_decompressor = zstandard.ZstdDecompressor()


def pack_text(text: str) -> bytes:
    return _compressor.compress(text.encode("utf-8", "surrogatepass"))


def unpack_text(blob: bytes) -> str:
    return _decompressor.decompress(blob).decode("utf-8", "surrogatepass")


def pack_json(value: Any) -> bytes:
    return pack_text(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def unpack_json(blob: bytes) -> Any:
    return json.loads(unpack_text(blob))


def dumps_list(items: list[str]) -> str:
    return json.dumps(items, ensure_ascii=False)


_ARTICLE_FIELDS = frozenset(f.name for f in fields(Article))


def article_from_dict(data: dict[str, Any]) -> Article:
    """An Article from its JSON form. Not ``Article.from_dict``: on Python 3.11 its zero-argument
    ``super()`` inside a ``slots=True`` dataclass raises TypeError (reported to the lead)."""
    values = {k: v for k, v in data.items() if k in _ARTICLE_FIELDS}
    values["sections"] = [Section.from_dict(s) for s in values.get("sections", [])]
    values["boilerplate"] = [Block.from_dict(b) for b in values.get("boilerplate", [])]
    values["lines"] = [Line.from_dict(ln) for ln in values.get("lines", [])]
    return Article(**values)
