"""JSON Schemas of the records akhbar writes, shipped as package data beside this module."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

ARTICLE_SCHEMA = "article.schema.json"


def article_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that ``Article.to_dict()`` follows; a fresh copy on each call."""
    return json.loads(files(__name__).joinpath(ARTICLE_SCHEMA).read_text(encoding="utf-8"))
