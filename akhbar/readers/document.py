"""What every reader shares: the options, and turning decoded text into a Document (or a Failure)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from akhbar.model import Content, Document, Failure
from akhbar.readers.encoding import Decoded
from akhbar.readers.ids import stable_id
from akhbar.readers.repair import fix_mojibake, repair

DEFAULT_MAX_CHARS = 5_000_000


@dataclass(frozen=True, slots=True)
class Options:
    text_field: str = "text"
    url_field: str = "url"
    date_fields: tuple[str, ...] = ("timestamp", "date")
    id_field: str = "id"
    max_chars: int = DEFAULT_MAX_CHARS

    @property
    def max_bytes(self) -> int:
        """Raw bytes read at most for one document: UTF-8 needs up to 4 bytes a character, so a
        document over this many bytes is over ``max_chars`` in any encoding and is never decoded."""
        return 4 * self.max_chars


def too_large(origin: str, detail: str) -> Failure:
    return Failure(origin, "too-large", detail)


def make_document(
    origin: str,
    body: str,
    options: Options,
    *,
    html: bool = False,
    url: str | None = None,
    fetched_at: str | None = None,
    meta: dict[str, Any] | None = None,
    decoded: Decoded | None = None,
    raw: bytes | None = None,
    doc_id: str | None = None,
    id_content: bytes | None = None,
) -> Document | Failure:
    """A Document from decoded text, after the checks and repairs of ``content``."""
    result = content(origin, body, options.max_chars, html=html, meta=meta, decoded=decoded, raw=raw)
    if isinstance(result, Failure):
        return result
    text, page, meta = result
    return Document(
        id=doc_id if doc_id is not None else stable_id(origin, id_content),
        origin=origin,
        text=text,
        html=page,
        url=url,
        fetched_at=fetched_at,
        meta=meta,
    )


def content(
    origin: str,
    body: str,
    max_chars: int,
    *,
    html: bool = False,
    meta: dict[str, Any] | None = None,
    decoded: Decoded | None = None,
    raw: bytes | None = None,
) -> Content | Failure:
    """A document's (text, html, meta) from decoded text, after the size and emptiness checks and the
    repairs; or the Failure those checks find.

    ``raw`` is the bytes ``decoded`` came from. Repairs (and charset decisions that overrode a
    declaration) are listed in ``meta["repairs"]``;
    when a repair changed the text, the text before it is kept in ``meta["original_text"]``.
    """
    if len(body) > max_chars:
        return too_large(origin, f"{len(body):,} characters, over the limit of {max_chars:,}")
    if not body or body.isspace():
        return Failure(origin, "empty", "no text")
    meta = {} if meta is None else meta
    utf8 = None
    if decoded is not None:
        meta["encoding"] = decoded.encoding
        if decoded.encoding in ("utf-8", "ascii"):
            utf8 = raw
    # In a page's HTML, controls between words are looked for in the extracted text instead
    # (akhbar.readers.html.extract): the markup around them is not text, and is ten times longer.
    repaired, repairs = fix_mojibake(body, utf8) if html else repair(body, utf8)
    if repairs or (decoded is not None and decoded.notes):
        meta["repairs"] = [*(decoded.notes if decoded is not None else ()), *repairs]
    if repaired != body:
        meta["original_text"] = body
    return (None, repaired, meta) if html else (repaired, None, meta)
