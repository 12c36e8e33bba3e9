"""Text and HTML files: one file is one page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from akhbar.model import Document, Failure
from akhbar.readers.document import Options, make_document, too_large
from akhbar.readers.encoding import decode
from akhbar.readers.sources import Source


def read_page(
    source: Source, stream: BinaryIO, options: Options, *, html: bool
) -> Iterator[Document | Failure]:
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        yield too_large(source.origin, f"over {options.max_bytes:,} bytes")
        return
    decoded = decode(data, markup=html)
    if decoded is None:
        yield Failure(source.origin, "decode", "no character encoding fits these bytes")
        return
    yield make_document(
        source.origin,
        decoded.text,
        options,
        html=html,
        decoded=decoded,
        raw=data,
        id_content=data if source.is_stdin else None,
    )
