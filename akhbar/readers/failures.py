"""Failure reasons: short codes that stay stable so summaries and stored runs can be grouped by them."""

from __future__ import annotations

REASONS: dict[str, str] = {
    "empty": "the input or record holds no text",
    "binary": "the bytes are not text (NUL bytes, control characters, a known binary format)",
    "truncated": "the data stops early: a cut compressed stream, WARC record or Parquet file",
    "corrupt": "compressed data or a Parquet file that cannot be decoded",
    "decode": "no character encoding turns the bytes into text",
    "bad-json": "a JSON Lines line that is not a JSON object",
    "bad-warc-record": "bytes in a WARC file that are not a well-formed record",
    "missing-field": "the text field (or column) is absent or null",
    "bad-field": "the text field holds something other than a string",
    "too-large": "the document is longer than the configured maximum",
    "unreadable": "the path does not exist or cannot be opened",
    "http-status": "a WARC response whose HTTP status is not 2xx (redirects, errors)",
    "unsupported-type": "a WARC record whose content is neither HTML nor plain text",
}
