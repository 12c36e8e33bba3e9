"""Compressed inputs, recognised by their magic bytes rather than their names."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import zlib
from typing import BinaryIO

import zstandard

GZIP, BZ2, XZ, ZSTD = "gzip", "bz2", "xz", "zstd"

# Exceptions a decompressor raises on bad data; EOFError (a cut stream) is told apart by the caller.
ERRORS: tuple[type[BaseException], ...] = (EOFError, OSError, zlib.error, lzma.LZMAError, zstandard.ZstdError)

_CHUNK = 1 << 16


def detect(head: bytes) -> str | None:
    """The compression whose magic number starts ``head``, or None."""
    if head.startswith(b"\x1f\x8b"):
        return GZIP
    if head.startswith(b"BZh") and head[3:4].isdigit() and head[3:4] != b"0":
        return BZ2
    if head.startswith(b"\xfd7zXZ\x00"):
        return XZ
    if head.startswith(b"\x28\xb5\x2f\xfd"):
        return ZSTD
    return None


def decompress_head(data: bytes, kind: str, limit: int) -> bytes:
    """Up to ``limit`` decompressed bytes from the first compressed bytes of a stream, for sniffing."""
    if kind == GZIP:
        return zlib.decompressobj(wbits=31).decompress(data, limit)
    if kind == BZ2:
        return bz2.BZ2Decompressor().decompress(data, limit)
    if kind == XZ:
        return lzma.LZMADecompressor().decompress(data, limit)
    return zstandard.ZstdDecompressor().decompressobj().decompress(data)[:limit]


def open_decompressed(raw: BinaryIO, kind: str) -> BinaryIO:
    """A binary stream of the decompressed bytes; reading past a cut end raises EOFError."""
    if kind == GZIP:
        return gzip.GzipFile(fileobj=raw, mode="rb")
    if kind == BZ2:
        return bz2.BZ2File(raw, mode="rb")
    if kind == XZ:
        return lzma.LZMAFile(raw, mode="rb")
    return io.BufferedReader(_ZstdFrames(raw), buffer_size=_CHUNK)


class _ZstdFrames(io.RawIOBase):
    """Concatenated zstd frames as one stream.

    zstandard's own ``stream_reader`` ends quietly when a frame is cut short; the other decompressors
    raise EOFError there, and a cut file must be reported as truncated, so frames are walked here.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._frame = zstandard.ZstdDecompressor().decompressobj()
        self._fed = False
        self._pending = b""
        self._offset = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while self._offset >= len(self._pending):
            if self._frame.eof:
                rest = self._frame.unused_data
                self._frame = zstandard.ZstdDecompressor().decompressobj()
                self._fed = False
                if rest:
                    self._feed(rest)
                    continue
            chunk = self._raw.read(_CHUNK)
            if not chunk:
                if self._fed and not self._frame.eof:
                    raise EOFError("zstd stream ended inside a frame")
                return 0
            self._feed(chunk)
        size = min(len(buffer), len(self._pending) - self._offset)
        buffer[:size] = self._pending[self._offset : self._offset + size]
        self._offset += size
        return size

    def _feed(self, data: bytes) -> None:
        self._fed = True
        self._pending = self._frame.decompress(data)
        self._offset = 0
