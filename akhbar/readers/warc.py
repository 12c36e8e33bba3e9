"""WARC and WET archives through FastWARC: response and resource records give HTML (or plain text),
WET conversion records give text; URL and fetch time come from the record headers. Payloads are
decoded on first use (``akhbar.readers.deferred``): what is settled per record here is only what
needs no decoding (HTTP status, content type, emptiness, id, URL, date).

FastWARC stops at the first malformed record. Where the file allows it (uncompressed, or compressed
record by record as ``.warc.gz`` and ``.warc.zst`` are), reading goes on: the bad stretch is reported
and iteration restarts at the next offset holding a well-formed record. Origins are
``path#offset=N`` with N the record's offset in the file — in the compressed file for per-record
compression, in the decompressed stream for an archive compressed as one stream.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

import zstandard
from fastwarc.warc import ArchiveIterator, WarcHeader, WarcRecord, WarcRecordType

from akhbar.model import Document, Failure
from akhbar.readers import compression as packing
from akhbar.readers.deferred import deferred_document
from akhbar.readers.document import Options, too_large
from akhbar.readers.sniff import looks_binary
from akhbar.readers.sources import Source

_WANTED = WarcRecordType.response | WarcRecordType.resource | WarcRecordType.conversion
_RESPONSE = WarcRecordType.response
_CONVERSION = WarcRecordType.conversion
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = frozenset({"text/plain"})
_HTML_START = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype|html|head|body)", re.I | re.S)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_RECORD_START = re.compile(rb"WARC/1\.\d\r?\n")
# Every third character of YYYY-MM-DDThh:mm:ssZ from the fifth on: the shape WARC 1.0 prescribes.
_WARC_DATE_MARKS = "--T::Z"
# Where a record can start, per compression: a gzip member, a zstd frame, or a WARC version line.
_UNIT_MAGIC = {packing.GZIP: b"\x1f\x8b\x08", packing.ZSTD: b"\x28\xb5\x2f\xfd", None: b"\nWARC/1."}
_STOPS = (KeyboardInterrupt, SystemExit, GeneratorExit)
_SCAN_WINDOW = 1 << 20
# A first record is a few kilobytes: fed in small steps, the data after it is not all copied.
_UNIT_CHUNK = 1 << 16
_FIRST_UNIT_LIMIT = 1 << 22


@dataclass(slots=True)
class _Pass:
    """How one FastWARC pass ended: the last record it gave, and the error that stopped it."""

    last: int | None = None
    last_length: int | None = None
    reason: str | None = None
    error: str | None = None


def read_warc(
    source: Source, raw: BinaryIO, compression: str | None, options: Options
) -> Iterator[Document | Failure]:
    if source.path is not None and raw.seekable() and _record_compressed(raw, compression):
        return _read_resumable(source, raw, compression, options)
    return _read_stream(source, raw, compression, options)


def _read_stream(
    source: Source, raw: BinaryIO, compression: str | None, options: Options
) -> Iterator[Document | Failure]:
    stream = packing.open_decompressed(raw, compression) if compression else raw
    state = _Pass()
    yield from _records(source, _Counted(stream), options, state)
    if state.reason is not None:
        where = f"{source.origin}#offset={state.last if state.last is not None else 0}"
        message = state.error or ""
        if state.reason != "truncated":
            message += "; a stream cannot be searched for the next record, so reading stops here"
        yield Failure(where, state.reason, message)


def _read_resumable(
    source: Source, raw: BinaryIO, compression: str | None, options: Options
) -> Iterator[Document | Failure]:
    start = 0
    while True:
        raw.seek(start)
        state = _Pass()
        yield from _records(source, raw, options, state)
        if state.reason is None:
            return
        if state.reason == "truncated" and state.last is not None:
            bad = state.last
        else:
            bad = _bad_stretch_start(raw, compression, start, state)
        resume = _next_record(raw, compression, bad)
        if resume is None:
            yield Failure(f"{source.origin}#offset={bad}", state.reason, state.error or "")
            return
        # Good records follow, so even a record that ran short was not cut but had a wrong length.
        yield Failure(
            f"{source.origin}#offset={bad}",
            "bad-warc-record",
            f"{state.error}; reading resumes at offset {resume}",
        )
        start = resume


def _records(
    source: Source, stream: BinaryIO, options: Options, state: _Pass
) -> Iterator[Document | Failure]:
    # Every record type is asked for: a record whose header is cut short has no type at all, and
    # FastWARC's type filter would drop it silently. HTTP is parsed only for the records kept.
    records = iter(ArchiveIterator(stream, parse_http=False))
    limit = options.max_bytes
    following: WarcRecord | None = None
    while True:
        if following is not None:
            record, following = following, None
        elif (record := _advance(records, state)) is None:
            return
        offset = record.stream_pos
        state.last, state.last_length = offset, None
        # content_length reads 0 both for an empty block and for a header without a length; only
        # then is the header itself (slower to reach) looked at.
        if record.content_length == 0 and not record.headers.contains_key(WarcHeader.CONTENT_LENGTH):
            # A header without a length is cut short when nothing follows it, malformed otherwise.
            following = _advance(records, state)
            if following is None:
                if state.reason is None:
                    state.reason, state.error = "truncated", "the record's header is cut short"
                return
            yield Failure(
                f"{source.origin}#offset={offset}", "bad-warc-record", "a record header without a length"
            )
            continue
        state.last_length = record.content_length
        if not record.record_type & _WANTED:
            continue
        origin = f"{source.origin}#offset={offset}"
        if record.is_http:
            try:
                record.parse_http(auto_decode="all")
            except _STOPS:
                raise
            except BaseException as error:
                yield Failure(origin, "bad-warc-record", f"HTTP header: {error}")
                continue
        size = record.content_length
        if size > limit:
            yield too_large(origin, f"a record of {size:,} bytes, over the limit of {limit:,}")
            continue
        try:
            body = record.reader.read()
        except Exception as error:  # a compressed payload that does not decompress
            _fail(state, error)
            return
        if len(body) < size and not _transfer_decoded(record):
            state.reason, state.error = "truncated", f"the record ends after {len(body):,} of {size:,} bytes"
            return
        yield _document(source, record, body, origin, options)


def _advance(records: Iterator[WarcRecord], state: _Pass) -> WarcRecord | None:
    """The next record, or None at the end of the stream or where it turns bad (``state`` says why)."""
    try:
        return next(records)
    except StopIteration:
        return None
    except _STOPS:
        raise
    # FastWARC signals a malformed header or stream with an OSError, and a few inputs make its Rust
    # core panic (a BaseException): either way this stretch of the file is bad.
    except BaseException as error:
        _fail(state, error)
        return None


def _fail(state: _Pass, error: BaseException) -> None:
    state.reason = "truncated" if isinstance(error, EOFError) else "bad-warc-record"
    state.error = str(error) or type(error).__name__


def _transfer_decoded(record: WarcRecord) -> bool:
    """FastWARC undoes HTTP content and transfer encodings, so the payload may be shorter than the
    record says without being cut."""
    if not record.is_http:
        return False
    http = record.http_headers
    return http.get("Content-Encoding") is not None or http.get("Transfer-Encoding") is not None


def _document(
    source: Source, record: WarcRecord, body: bytes, origin: str, options: Options
) -> Document | Failure:
    # Headers are looked up by FastWARC's header keys: a lookup by name costs ten times as much.
    headers = record.headers
    kind = record.record_type
    meta: dict[str, object] = {"warc_type": str(kind), "warc_record_id": record.record_id}
    if kind == _RESPONSE and record.is_http:
        status = record.http_headers.status_code
        meta["http_status"] = status
        if status is None or not 200 <= status < 300:
            return Failure(origin, "http-status", f"HTTP {status}")
        content_type = record.http_content_type
        charset = record.http_charset
    else:
        declared = headers.get(WarcHeader.CONTENT_TYPE) or ""
        content_type = declared.split(";", 1)[0].strip().lower() or None
        found = _CHARSET.search(declared)
        charset = found.group(1) if found else None
    html = _is_html(content_type, body)
    if html is None:
        return Failure(origin, "unsupported-type", f"content type {content_type or 'unknown'}")
    if content_type:
        meta["content_type"] = content_type
    if kind == _CONVERSION and (language := headers.get("WARC-Identified-Content-Language")):
        meta["language"] = language  # Common Crawl's WET files say which languages they detected
    return deferred_document(
        origin,
        body,
        charset,
        options,
        html=html,
        url=headers.get(WarcHeader.WARC_TARGET_URI),
        fetched_at=_fetch_time(record, headers.get(WarcHeader.WARC_DATE)),
        meta=meta,
        id_content=body if source.is_stdin else None,
    )


def _fetch_time(record: WarcRecord, date: str | None) -> str | None:
    """WARC-Date in ISO 8601. The form WARC 1.0 prescribes, ``YYYY-MM-DDThh:mm:ssZ``, is rewritten
    as a string once it is known to be a real time: FastWARC's ``record_date`` and
    ``datetime.isoformat`` cost about a tenth of reading a whole record. Other forms (fractions of
    a second) go through FastWARC's parser."""
    if date is not None and len(date) == 20 and date[4::3] == _WARC_DATE_MARKS:
        try:
            dt.datetime.fromisoformat(date)  # digits where the marks leave room, and a real time
            return date[:19] + "+00:00"
        except ValueError:
            pass  # a day or hour out of range: FastWARC decides, as for any other form
    parsed = record.record_date
    return parsed.isoformat() if parsed is not None else None


def _is_html(content_type: str | None, body: bytes) -> bool | None:
    """True for HTML, False for plain text, None for anything else; sniffed when undeclared."""
    if content_type in _HTML_TYPES:
        return True
    if content_type in _TEXT_TYPES:
        return False
    if content_type is None or content_type in ("application/octet-stream", "unknown/unknown"):
        head = body[:1024]
        if _HTML_START.match(head):
            return True
        return None if looks_binary(head) else False
    return None


class _Counted:
    """A forward-only stream with ``tell``: FastWARC asks a Python stream for its position, which
    pipes and decompressors cannot give."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._position = 0

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self._position += len(data)
        return data

    def tell(self) -> int:
        return self._position


# --- resuming after a malformed record -------------------------------------------------------------


def _record_compressed(raw: BinaryIO, compression: str | None) -> bool:
    """Whether offsets in the file are record offsets: no compression, or a first gzip member / zstd
    frame that ends and is followed by another (one record per member, as archives are written)."""
    if compression is None:
        return True
    if compression == packing.GZIP:
        unit = zlib.decompressobj(wbits=31)
    elif compression == packing.ZSTD:
        unit = zstandard.ZstdDecompressor().decompressobj()
    else:
        return False
    raw.seek(0)
    fed = 0
    try:
        while fed < _FIRST_UNIT_LIMIT and not unit.eof:
            chunk = raw.read(_UNIT_CHUNK)
            if not chunk:
                break
            fed += len(chunk)
            unit.decompress(chunk)
    except (zlib.error, zstandard.ZstdError):
        pass
    # A file that is one member holding everything has no per-record offsets either.
    more = unit.eof and (bool(unit.unused_data) or raw.read(1) != b"")
    raw.seek(0)
    return more


def _bad_stretch_start(raw: BinaryIO, compression: str | None, start: int, state: _Pass) -> int:
    """The offset just after the last good record, where the bad bytes begin."""
    if state.last is None:
        return start
    if compression is not None:
        following = _find(raw, _UNIT_MAGIC[compression], state.last + 1)
        return following if following is not None else state.last
    raw.seek(state.last)
    header = raw.read(1 << 16)
    blank = header.find(b"\r\n\r\n")
    if blank < 0 or state.last_length is None:
        return state.last
    return state.last + blank + 4 + state.last_length + 4


def _next_record(raw: BinaryIO, compression: str | None, after: int) -> int | None:
    """The first offset past ``after`` where a well-formed record header starts."""
    magic = _UNIT_MAGIC[compression]
    position = after
    while (found := _find(raw, magic, position + 1)) is not None:
        if _record_starts_at(raw, compression, found):
            return found
        position = found
    return None


def _find(raw: BinaryIO, magic: bytes, start: int) -> int | None:
    """The first offset at or after ``start`` (>= 1) where ``magic`` begins; for the line-start marker
    ``\nWARC/1.``, the offset just after its newline."""
    skip = 1 if magic.startswith(b"\n") else 0
    position = start - skip
    while True:
        raw.seek(position)
        window = raw.read(_SCAN_WINDOW)
        hit = window.find(magic)
        if hit >= 0:
            return position + hit + skip
        if len(window) < _SCAN_WINDOW:
            return None
        position += len(window) - len(magic) + 1


def _record_starts_at(raw: BinaryIO, compression: str | None, offset: int) -> bool:
    raw.seek(offset)
    data = raw.read(1 << 16)
    if compression is not None:
        try:
            data = packing.decompress_head(data, compression, 64)
        except packing.ERRORS:
            return False
    return _RECORD_START.match(data) is not None
