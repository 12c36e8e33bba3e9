"""JSON Lines corpora (CulturaX, OSCAR, FineWeb-2 and the like): one record a line.

Lines are read with a length cap, so a runaway line costs at most the cap in memory: past it the rest
of the line is skipped in chunks and reported as too large.

A ``.json`` file is as often one JSON document, pretty-printed over many lines: an object (one record,
origin ``path``) or an array of objects (origin ``path#item=N``, N from 0). Such a file is recognised
by its first line, which is then not a whole JSON object; it is read whole, within the same cap.
A file that turns out to be neither is read line by line as before, each bad line reported.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from akhbar.model import Document, Failure
from akhbar.readers.compression import ERRORS
from akhbar.readers.document import Options, too_large
from akhbar.readers.encoding import decode
from akhbar.readers.errors import stream_failure
from akhbar.readers.records import from_record
from akhbar.readers.sources import Source

_SKIP_CHUNK = 1 << 20


def read_jsonl(source: Source, stream: BinaryIO, options: Options) -> Iterator[Document | Failure]:
    limit = options.max_bytes
    try:
        first = stream.readline(limit + 1)
        document = _one_document(first, stream, limit)
    except ERRORS as error:
        yield stream_failure(f"{source.origin}:1", error)
        return
    if isinstance(document, bytes):
        yield from _lines(source, _Replayed(document, stream), options)
    else:
        yield from _items(document, source, options)


def _one_document(first: bytes, stream: BinaryIO, limit: int) -> dict | list | bytes:
    """The file's JSON document when its first line opens one that is not a JSON Lines record;
    otherwise the bytes read so far, to be read again as lines."""
    opening = first.lstrip()[:1]
    if opening not in (b"{", b"[") or (opening == b"{" and _is_json(first)):
        return first
    read = first if _is_json(first) else first + stream.read(limit + 1 - len(first))
    if len(read) > limit:
        return read
    try:
        return json.loads(read)
    except ValueError:
        return read


def _is_json(data: bytes) -> bool:
    try:
        json.loads(data)
    except ValueError:
        return False
    return True


def _items(value: Any, source: Source, options: Options) -> Iterator[Document | Failure]:
    if isinstance(value, dict):
        yield from_record(value, source.origin, options, from_stdin=source.is_stdin)
        return
    for number, item in enumerate(value):
        origin = f"{source.origin}#item={number}"
        if isinstance(item, dict):
            yield from_record(item, origin, options, from_stdin=source.is_stdin)
        else:
            yield Failure(origin, "bad-json", f"a JSON {type(item).__name__}, not an object")


class _Replayed:
    """The stream with what was already read of it put back in front."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = io.BytesIO(head)
        self._stream = stream

    def readline(self, size: int = -1) -> bytes:
        line = self._head.readline(size)
        if line.endswith(b"\n") or (size >= 0 and len(line) >= size):
            return line
        rest = self._stream.readline(size - len(line) if size >= 0 else -1)
        return line + rest


def _lines(source: Source, stream: Any, options: Options) -> Iterator[Document | Failure]:
    limit = options.max_bytes
    number = 0
    while True:
        try:
            line = stream.readline(limit + 1)
            number += 1
            origin = f"{source.origin}:{number}"
            if len(line) > limit and not line.endswith(b"\n"):
                skipped = len(line) + _skip_rest_of_line(stream)
                yield too_large(origin, f"a line of {skipped:,} bytes, over the limit of {limit:,}")
                continue
        except ERRORS as error:
            yield stream_failure(f"{source.origin}:{number + 1}", error)
            return
        if not line:
            return
        if line.isspace():
            continue
        yield _record(line, origin, options, source.is_stdin)


def _record(line: bytes, origin: str, options: Options, from_stdin: bool) -> Document | Failure:
    notes: list[str] = []
    try:
        try:
            record = json.loads(line)
        except UnicodeDecodeError:
            decoded = decode(line)
            if decoded is None:
                return Failure(origin, "decode", "the line is not text in any encoding")
            notes.append(f"charset: JSON line not UTF-8, read as {decoded.encoding}")
            record = json.loads(decoded.text)
    except ValueError as error:
        return Failure(origin, "bad-json", str(error)[:200])
    if not isinstance(record, dict):
        return Failure(origin, "bad-json", f"a JSON {type(record).__name__}, not an object")
    document = from_record(record, origin, options, from_stdin=from_stdin)
    if notes and isinstance(document, Document):
        document.meta["repairs"] = notes + document.meta.get("repairs", [])
    return document


def _skip_rest_of_line(stream: BinaryIO) -> int:
    skipped = 0
    while True:
        chunk = stream.readline(_SKIP_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped
