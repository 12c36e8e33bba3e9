"""Corpus records (a JSON line, a Parquet row) → Document: the text, URL, date and id fields are
taken out, every other field is carried into ``meta``."""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import re
from typing import Any

from akhbar.model import Document, Failure
from akhbar.readers.document import Options, make_document
from akhbar.readers.sniff import looks_binary_text
from akhbar.readers.timestamps import iso_timestamp

# Some corpora keep the raw page in their text field; such a value goes to Document.html.
_HTML_PAGE = re.compile(r"\A(?:\s|<!--.*?-->)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)


def field(record: dict[str, Any], name: str) -> Any:
    """``record[name]``, or a dotted path into nested objects (``warc_headers.warc-target-uri``)."""
    if name in record:
        return record[name]
    value: Any = record
    for part in name.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def from_record(
    record: dict[str, Any], origin: str, options: Options, *, from_stdin: bool = False
) -> Document | Failure:
    """``from_stdin``: the origin alone does not tell two streams apart, so the text goes into the id."""
    text = field(record, options.text_field)
    if text is None:
        return Failure(origin, "missing-field", f"no {options.text_field!r} field")
    if not isinstance(text, str):
        return Failure(
            origin, "bad-field", f"{options.text_field!r} holds a {type(text).__name__}, not a string"
        )
    if looks_binary_text(text):
        return Failure(origin, "binary", f"{options.text_field!r} holds binary data, not text")
    url = field(record, options.url_field)
    fetched, date_field = None, None
    for name in options.date_fields:
        value = field(record, name)
        if value is not None:
            fetched, date_field = iso_timestamp(value), name
            break
    own_id = field(record, options.id_field)
    taken = {options.text_field, options.url_field, options.id_field}
    if fetched is not None and date_field is not None:
        taken.add(date_field)  # an unparsable date stays in meta as it was
    meta = {key: jsonable(value) for key, value in record.items() if key not in taken}
    return make_document(
        origin,
        text,
        options,
        html=bool(_HTML_PAGE.match(text[:1024])),
        url=url if isinstance(url, str) and url else None,
        fetched_at=fetched,
        meta=meta,
        doc_id=str(own_id) if own_id not in (None, "") else None,
        id_content=text.encode("utf-8", "surrogatepass") if from_stdin else None,
    )


def jsonable(value: Any) -> Any:
    """Parquet values (dates, decimals, bytes) as JSON-ready values; JSON values pass unchanged."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, dict):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return base64.b64encode(value).decode("ascii")
    return str(value)
