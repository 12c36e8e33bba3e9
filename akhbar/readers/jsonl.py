"""JSON Lines corpora (CulturaX, OSCAR, FineWeb-2 and the like): one record a line.

Lines are read with a length cap, so a runaway line costs at most the cap in memory: past it the rest
of the line is skipped in chunks and reported as too large.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

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
