"""The shared case file: one JSON object a line, ``{"kind", "text", "reference"?, "expect": [...]}``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

CASES_PATH = Path(__file__).with_name("cases.jsonl")


def load_cases() -> list[dict]:
    with CASES_PATH.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def reference_of(case: dict) -> dt.datetime | dt.date | None:
    """``reference`` as written: ``YYYY-MM-DD`` is a date, anything longer a datetime."""
    text = case.get("reference")
    if text is None:
        return None
    return dt.date.fromisoformat(text) if len(text) == 10 else dt.datetime.fromisoformat(text)
