"""Read what users hold — text and HTML files, folders of them, JSON Lines and Parquet corpora, WARC
and WET archives, any of them compressed (gzip, bzip2, xz, zstd) or on standard input — as a stream of
Documents, with a Failure record in place of anything that cannot be read.

    for item in read(["pages/", "shard.jsonl.zst", "crawl.warc.gz"]):
        ...  # Document or Failure; a bad file or record never stops the run

The format is sniffed from the (decompressed) first bytes, with the file name as a hint; ``format=``
forces one. Memory stays flat: one record is decoded at a time, and nothing larger than
``max_chars`` characters (4 bytes each at most) is ever held. Failure reasons are listed in
``akhbar.readers.failures.REASONS``.

Documents from WARC and WET archives are decoded on first use (``akhbar.readers.deferred``): id,
origin, url and fetched_at are there at once, and reading ``text``, ``html`` or ``meta`` decodes the
payload. A payload that turns out not to be text (no encoding fits, blank, too long) then raises
``Unreadable``, whose ``failure`` is the Failure the reader would otherwise have yielded:

    try:
        html = doc.html
    except Unreadable as error:
        ...  # error.failure.reason is "decode", "empty" or "too-large"
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from akhbar.model import Document, Failure
from akhbar.readers import compression as packing
from akhbar.readers import sniff as formats
from akhbar.readers.counts import Counts
from akhbar.readers.deferred import Unreadable
from akhbar.readers.document import DEFAULT_MAX_CHARS, Options
from akhbar.readers.errors import stream_failure
from akhbar.readers.failures import REASONS
from akhbar.readers.jsonl import read_jsonl
from akhbar.readers.parquet import read_parquet
from akhbar.readers.plain import read_page
from akhbar.readers.sources import Input, Source, as_list, sources
from akhbar.readers.warc import read_warc

__all__ = ["REASONS", "Counts", "Options", "Reading", "Unreadable", "read"]

_HEAD = 1 << 16


def read(
    inputs: Input | Iterable[Input],
    *,
    format: str | None = None,
    glob: str | None = None,
    text_field: str = "text",
    url_field: str = "url",
    date_field: str | None = None,
    id_field: str = "id",
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Reading:
    """Documents (and Failures) from ``inputs``: a path, ``"-"`` for standard input, or several.

    ``text_field`` / ``url_field`` / ``date_field`` / ``id_field`` name the JSONL and Parquet fields
    (dotted paths reach into nested objects); ``date_field=None`` tries ``timestamp`` then ``date``.
    A document's id is the corpus's own when ``id_field`` is present, else a stable hash of its origin.
    """
    options = Options(
        text_field=text_field,
        url_field=url_field,
        date_fields=(date_field,) if date_field else ("timestamp", "date"),
        id_field=id_field,
        max_chars=max_chars,
    )
    forced = formats.normalise_format(format) if format else None
    return Reading(as_list(inputs), glob, forced, options)


class Reading(Iterator[Document | Failure]):
    """The iterator ``read`` returns: Documents and Failures, plus ``counts`` of what went by and
    ``bytes_read`` / ``bytes_total`` for a progress bar (sizes of files on disk, compressed)."""

    def __init__(self, inputs: list[Input], glob: str | None, forced: str | None, options: Options) -> None:
        self.counts = Counts()
        self._inputs = inputs
        self._glob = glob
        self._forced = forced
        self._options = options
        self._finished_bytes = 0
        self._current: BinaryIO | None = None
        self._total: int | None = None
        self._items = self._generate()

    def __iter__(self) -> Reading:
        return self

    def __next__(self) -> Document | Failure:
        item = next(self._items)
        self.counts.add(item)
        return item

    @property
    def bytes_read(self) -> int:
        current = 0
        if self._current is not None and not self._current.closed:
            try:
                current = self._current.tell()
            except OSError:  # a pipe has no position
                current = 0
        return self._finished_bytes + current

    @property
    def bytes_total(self) -> int | None:
        """The size of every input file, found by a separate walk on first use; None with stdin."""
        if self._total is None:
            total = 0
            for source in sources(self._inputs, self._glob):
                if isinstance(source, Source):
                    if source.size is None:
                        return None
                    total += source.size
            self._total = total
        return self._total

    def _generate(self) -> Iterator[Document | Failure]:
        for source in sources(self._inputs, self._glob):
            if isinstance(source, Failure):
                yield source
                continue
            try:
                raw = source.open()
            except OSError as error:
                yield Failure(source.origin, "unreadable", error.strerror or str(error))
                continue
            self._current = raw
            try:
                yield from self._read_source(source, raw)
            finally:
                self._current = None
                if not source.is_stdin:
                    raw.close()
            self._finished_bytes += source.size or 0

    def _read_source(self, source: Source, raw: io.BufferedReader) -> Iterator[Document | Failure]:
        head = raw.peek(_HEAD)[:_HEAD]
        compression = packing.detect(head)
        inner = head
        if compression is not None:
            try:
                inner = packing.decompress_head(head, compression, _HEAD)
            except packing.ERRORS as error:
                yield stream_failure(source.origin, error)
                return
        kind = self._forced or formats.sniff(inner, source.origin)
        if kind == formats.EMPTY and compression is None:
            yield Failure(source.origin, "empty", "the input has no bytes")
            return
        if kind == formats.BINARY or (kind in (formats.TEXT, formats.HTML) and formats.looks_binary(inner)):
            yield Failure(source.origin, "binary", "not text: NUL or control bytes, or a binary file format")
            return
        # Every item yielded has been counted by __next__ before this generator resumes, so the
        # counts tell whether the source gave anything, without a second loop over its items.
        before = self.counts.documents + self.counts.failed
        try:
            yield from self._dispatch(kind, source, raw, compression)
        except packing.ERRORS as error:
            yield stream_failure(source.origin, error)
        if self.counts.documents + self.counts.failed == before:
            yield Failure(source.origin, "empty", "no documents in this input")

    def _dispatch(
        self, kind: str, source: Source, raw: io.BufferedReader, compression: str | None
    ) -> Iterator[Document | Failure]:
        if kind == formats.WARC:
            return read_warc(source, raw, compression, self._options)
        stream = packing.open_decompressed(raw, compression) if compression else raw
        if kind == formats.PARQUET:
            return read_parquet(source, stream, self._options, compressed=compression is not None)
        if kind == formats.JSONL:
            return read_jsonl(source, stream, self._options)
        return read_page(source, stream, self._options, html=kind == formats.HTML)
