"""One read Document and its Article as the rows the store keeps; built in worker processes."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, fields
from typing import Any

from akhbar.corpus.lines import (
    host_of,
    key_of_tokens,
    kind_codes,
    label_codes,
    line_ends,
    line_keys,
    main_key,
    numbers_of,
    site_key,
)
from akhbar.corpus.minhash import dumps, sketch
from akhbar.model import Article, Block, Document, Failure, Line, Section
from akhbar.store.codec import dumps_list, pack_json, pack_text
from akhbar.text import words

DOCUMENT_COLUMNS = ("id", "origin", "url", "fetched_at", "meta", "raw_format", "raw", "ingested_at")
ARTICLE_COLUMNS = (
    "site_key",
    "host",
    "site",
    "title",
    "published",
    "language",
    "is_article",
    "authors",
    "sources",
    "captions",
    "text",
    "source_text",
    "parsed",
    "line_keys",
    "line_labels",
    "line_kinds",
    "line_ends",
    "main_key",
    "lines_total",
    "lines_boilerplate",
    "text_key",
    "minhash",
    "shingles",
    "numbers",
)
FAILURE_COLUMNS = ("origin", "stage", "doc_id", "reason", "message")


@dataclass(slots=True)
class Rows:
    """What one document adds to the store: its document row, and either its article row or the
    failure that kept it from having one."""

    id: str
    document: tuple
    article: tuple | None = None
    failure: tuple | None = None


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def document_row(doc: Document) -> tuple:
    raw, kind = (doc.text, "text") if doc.text is not None else (doc.html, "html")
    if raw is None:
        kind = "none"
    meta = json.dumps(doc.meta, ensure_ascii=False, default=str)
    blob = pack_text(raw) if raw is not None else None
    return (doc.id, doc.origin, doc.url, doc.fetched_at, meta, kind, blob, now())


def source_of(doc: Document, article: Article) -> str:
    """The text ``article.lines`` index into: the extracted text of an HTML page, else the input."""
    return article.source_text if article.source_text is not None else doc.text or ""


_FIELDS = {cls: tuple(f.name for f in fields(cls)) for cls in (Article, Section, Block, Line)}


def _plain(value: Any) -> Any:
    # What `to_dict` (dataclasses.asdict) gives, several times faster: asdict deep-copies every
    # value through generic code, and a page has dozens of lines.
    cls = type(value)
    if cls in _FIELDS:
        return {name: _plain(getattr(value, name)) for name in _FIELDS[cls]}
    if cls is list:
        return [_plain(item) for item in value]
    if cls is dict:
        return {key: _plain(item) for key, item in value.items()}
    return value


def article_json(article: Article) -> dict:
    """The Article as stored (its `to_dict`), without its source text, which has a column of its own."""
    data = _plain(article)
    data.pop("source_text", None)
    return data


def article_row(doc: Document, article: Article) -> tuple:
    source = source_of(doc, article)
    lines = article.lines
    keys = line_keys(source, lines)
    non_blank = [ln for ln in lines if ln.label != "blank"]
    return (
        site_key(article.url or doc.url, article.site),
        host_of(article.url or doc.url),
        article.site,
        article.title,
        article.published,
        article.language,
        int(article.is_article),
        dumps_list(article.authors),
        dumps_list(article.sources),
        dumps_list(article.captions),
        article.text,
        None if article.source_text is None else pack_text(source),
        pack_json(article_json(article)),
        keys.tobytes(),
        label_codes(lines),
        kind_codes(lines),
        line_ends(lines).tobytes(),
        main_key(source, lines, keys),
        len(non_blank),
        sum(ln.label == "boilerplate" for ln in non_blank),
        *text_sketch(article.text),
    )


def text_sketch(text: str) -> tuple[int, bytes | None, int, str]:
    """The clean text's key, MinHash state, distinct 3-gram count and numbers, as stored. Computed
    at ingest on the parser's text, and again by the corpus pass for pages it changes."""
    tokens = words(text)
    minhash, shingles = sketch(tokens)
    state = dumps(minhash) if minhash is not None else None
    return key_of_tokens(tokens), state, shingles, " ".join(sorted(numbers_of(tokens)))


def rows_for(doc: Document, article: Article) -> Rows:
    return Rows(doc.id, document_row(doc), article=article_row(doc, article))


def failed_rows(doc: Document, failure: Failure) -> Rows:
    return Rows(
        doc.id,
        document_row(doc),
        failure=(failure.origin, "parse", doc.id, failure.reason, failure.message),
    )
