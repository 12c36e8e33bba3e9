"""How large values are kept in the store: UTF-8 text and Article JSON, zstd-compressed.

Raw pages and Articles are most of a database's size and are read back one at a time (show, the
corpus pass), so they are compressed; fields people filter on stay plain columns.
"""

from __future__ import annotations

import json
from typing import Any

import zstandard

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
