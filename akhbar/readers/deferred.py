"""Documents decoded on first use (``Document.deferred``): archive readers keep a record's payload
bytes and what is known of their charset, and decoding, repairs and the checks that need text run
when the document's text, html or meta is first read — in an ingest, in the worker process that
parses it, and never for a document the store already holds.

A payload that turns out not to be text then raises ``Unreadable`` carrying the Failure an eager
reader would have yielded (same reason and message); whoever processes documents turns it back
into that Failure.
"""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(slots=True)
class Payload:
    """A deferred document's loader: the bytes, their charset as declared by the transport, whether
    they are HTML, and the metadata known without decoding. Called once when the document settles;
    a failure is kept, so reading the document again raises again without decoding again."""

    origin: str
    raw: bytes
    charset: str | None
    html: bool
    meta: dict[str, Any]
    max_chars: int
    failure: Failure | None = None

    def __call__(self) -> Content:
        if self.failure is None:
            decoded = decode(self.raw, self.charset, markup=self.html)
            if decoded is None:
                result: Content | Failure = Failure(
                    self.origin, "decode", "no character encoding fits the payload"
                )
            else:
                result = content(
                    self.origin,
                    decoded.text,
                    self.max_chars,
                    html=self.html,
                    meta=self.meta,
                    decoded=decoded,
                    raw=self.raw,
                )
            if not isinstance(result, Failure):
                return result
            self.failure = result
        raise Unreadable(self.failure)


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
    payload = Payload(origin, raw, charset, html, meta, options.max_chars)
    return Document.deferred(stable_id(origin, id_content), origin, payload, url=url, fetched_at=fetched_at)
