"""Fetch times from corpora and archives as ISO 8601 strings."""

from __future__ import annotations

import datetime as dt
import re

# CulturaX and other Common Crawl derivatives write "2015/08/18 05:34:51".
_SLASHED = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})")
_EPOCH_MS = 10**11  # past this, an epoch number counts milliseconds (year 5138 in seconds)


def iso_timestamp(value: object) -> str | None:
    """``value`` (ISO string, slashed date, epoch number, datetime or date) as ISO 8601, or None.

    An offset is kept when the value has one and added only for epoch numbers, which are UTC by
    definition: a naive time is not assumed to be UTC.
    """
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if abs(value) >= _EPOCH_MS else value
        try:
            return dt.datetime.fromtimestamp(seconds, dt.UTC).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    slashed = _SLASHED.match(text)
    if slashed:
        year, month, day = slashed.groups()
        text = f"{year}-{int(month):02d}-{int(day):02d}{text[slashed.end() :]}"
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if len(text) <= 10:
        return parsed.date().isoformat()
    return parsed.isoformat()
