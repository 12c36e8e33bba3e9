"""Documents decoded on first use (``Document.deferred``): archive readers keep a record's payload
bytes and what is known of their charset, and decoding, repairs and the checks that need text run
when the document's text, html or meta is first read — in an ingest, in the worker process that
parses it, and never for a document the store already holds.

A payload that turns out not to be text then raises ``Unreadable`` carrying the Failure an eager
reader would have yielded (same reason and message); whoever processes documents turns it back
into that Failure.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from akhbar.model import Content, Document, Failure
from akhbar.readers.document import Options, content
from akhbar.readers.encoding import decode
from akhbar.readers.ids import stable_id


class Unreadable(Exception):
    """A deferred document's payload is not a readable page; ``failure`` says why and where."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure)
        self.failure = failure

    def __str__(self) -> str:
        return f"{self.failure.origin}: {self.failure.reason}: {self.failure.message}"


def load(
    origin: str, raw: bytes, charset: str | None, html: bool, meta: dict[str, Any], max_chars: int
) -> Content:
    """Decode a deferred document's payload: ``charset`` is what the transport declared, ``meta``
    what was known without decoding. Bound to its arguments (``functools.partial``, which pickles as
    them), this is the document's loader; one that raises runs again if the document is read again."""
    decoded = decode(raw, charset, markup=html)
    if decoded is None:
        raise Unreadable(Failure(origin, "decode", "no character encoding fits the payload"))
    result = content(origin, decoded.text, max_chars, html=html, meta=meta, decoded=decoded, raw=raw)
    if isinstance(result, Failure):
        raise Unreadable(result)
    return result


def deferred_document(
    origin: str,
    raw: bytes,
    charset: str | None,
    options: Options,
    *,
    html: bool,
    url: str | None,
    fetched_at: str | None,
    meta: dict[str, Any],
    id_content: bytes | None = None,
) -> Document | Failure:
    """A Document that decodes ``raw`` on first use, or the Failure found without decoding: a
    payload of nothing or ASCII blanks only is empty whatever its charset."""
    if not raw or raw.isspace():
        return Failure(origin, "empty", "no text")
    loader = partial(load, origin, raw, charset, html, meta, options.max_chars)
    return Document.deferred(stable_id(origin, id_content), origin, loader, url=url, fetched_at=fetched_at)
