"""The Article JSON Schema: it documents every field, matches the dataclasses, and every parsed page
validates against it.

The validator below covers only the JSON Schema keywords the schema uses; it refuses any other keyword,
so the schema cannot lean on one that would be silently ignored here. A hand-written one because the
project takes no dependency for this (jsonschema is not installed).
"""

from __future__ import annotations

import copy
import dataclasses
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akhbar import parse
from akhbar.model import BOILERPLATE_KINDS, LINE_LABELS, Article, Block, Document, Line, Section
from akhbar.pipeline import process
from akhbar.schema import article_schema

PAGES = sorted((Path(__file__).parent / "fixtures" / "pages").glob("*.txt"))
SCHEMA = article_schema()

_ANNOTATIONS = {"$schema", "$defs", "title", "description"}
_TYPES: dict[str, type | tuple[type, ...]] = {
    "object": dict,
    "array": list,
    "string": str,
    "integer": int,
    "boolean": bool,
    "null": type(None),
}


def _has_type(value: Any, name: str) -> bool:
    if isinstance(value, bool) and name == "integer":  # bool is an int subclass; JSON keeps them apart
        return False
    return isinstance(value, _TYPES[name])


def _resolve(ref: str) -> dict[str, Any]:
    assert ref.startswith("#/"), f"only local references are supported: {ref}"
    node: Any = SCHEMA
    for part in ref[2:].split("/"):
        node = node[part]
    return node


def validate(value: Any, schema: dict[str, Any], path: str = "$") -> list[str]:
    """Every way ``value`` breaks ``schema``, as ``path: problem`` strings (empty when it conforms)."""
    handlers = {
        "$ref",
        "type",
        "enum",
        "pattern",
        "minimum",
        "required",
        "properties",
        "additionalProperties",
        "items",
        "minItems",
        "maxItems",
    }
    unknown = set(schema) - handlers - _ANNOTATIONS
    if unknown:
        raise ValueError(f"{path}: schema keywords this validator does not implement: {sorted(unknown)}")
    errors: list[str] = []
    if "$ref" in schema:
        errors += validate(value, _resolve(schema["$ref"]), path)
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_has_type(value, t) for t in types):
            return [*errors, f"{path}: {type(value).__name__} is not {' or '.join(types)}"]
    if "enum" in schema and not any(value == v and type(value) is type(v) for v in schema["enum"]):
        errors.append(f"{path}: {value!r} is not one of {schema['enum']}")
    if isinstance(value, str) and "pattern" in schema and not re.search(schema["pattern"], value):
        errors.append(f"{path}: {value!r} does not match {schema['pattern']}")
    if _has_type(value, "integer") and "minimum" in schema and value < schema["minimum"]:
        errors.append(f"{path}: {value} is below {schema['minimum']}")
    if isinstance(value, dict):
        errors += [f"{path}: missing {key!r}" for key in schema.get("required", []) if key not in value]
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if key in properties:
                errors += validate(item, properties[key], f"{path}.{key}")
            elif extra is False:
                errors.append(f"{path}: unexpected key {key!r}")
            elif isinstance(extra, dict):
                errors += validate(item, extra, f"{path}.{key}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            errors.append(f"{path}: fewer than {schema['minItems']} items")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            errors.append(f"{path}: more than {schema['maxItems']} items")
        if "items" in schema:
            for i, item in enumerate(value):
                errors += validate(item, schema["items"], f"{path}[{i}]")
    return errors


def _as_json(article: Article) -> dict[str, Any]:
    """What a consumer reads: ``to_dict()`` through a JSON round trip (tuples become lists, etc.)."""
    return json.loads(json.dumps(article.to_dict(), ensure_ascii=False))


def _field_names(record: type) -> list[str]:
    return [f.name for f in dataclasses.fields(record)]


def test_schema_declares_draft_2020_12() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize(
    ("record", "node"),
    [
        (Article, SCHEMA),
        (Section, SCHEMA["$defs"]["section"]),
        (Block, SCHEMA["$defs"]["block"]),
        (Line, SCHEMA["$defs"]["line"]),
    ],
    ids=["Article", "Section", "Block", "Line"],
)
def test_schema_properties_are_the_dataclass_fields(record: type, node: dict[str, Any]) -> None:
    names = _field_names(record)
    assert list(node["properties"]) == names
    assert sorted(node["required"]) == sorted(names)
    assert node["additionalProperties"] is False


def test_enums_are_the_model_tuples() -> None:
    line = SCHEMA["$defs"]["line"]["properties"]
    assert line["label"]["enum"] == list(LINE_LABELS)
    assert line["kind"]["enum"] == [*BOILERPLATE_KINDS, None]
    assert SCHEMA["$defs"]["block"]["properties"]["kind"]["enum"] == list(BOILERPLATE_KINDS)


def _properties(node: Any, path: str = "$"):
    if isinstance(node, dict):
        for name, sub in node.get("properties", {}).items():
            yield f"{path}.{name}", sub
        for key, sub in node.items():
            yield from _properties(sub, f"{path}/{key}")
    elif isinstance(node, list):
        for i, sub in enumerate(node):
            yield from _properties(sub, f"{path}[{i}]")


def test_every_property_and_definition_is_documented() -> None:
    undocumented = [path for path, sub in _properties(SCHEMA) if len(sub.get("description", "")) < 20]
    undocumented += [f"$defs.{name}" for name, sub in SCHEMA["$defs"].items() if not sub.get("description")]
    assert not undocumented


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_fixture_page_validates(page: Path) -> None:
    assert validate(_as_json(parse(page.read_text(encoding="utf-8"))), SCHEMA) == []


def test_html_document_validates_with_source_text_and_provenance() -> None:
    html = (
        "<html><head><title>عنوان</title><meta property='og:site_name' content='صدى عمّان'></head><body>"
        "<article><h1>الحكومة تقر نظاما جديدا لتنظيم النقل الذكي في العاصمة</h1>"
        "<p>الثلاثاء 16 آذار 2021</p>"
        "<p>عمون - أقر مجلس الوزراء في جلسته اليوم نظاما معدلا لتنظيم نقل الركاب بواسطة التطبيقات الذكية، "
        "يتضمن تحديد سقف أعلى للعمولة التي تتقاضاها الشركات من السائقين وتأمينا شاملا على المركبات.</p>"
        "<p>وقال وزير النقل إن التعديلات جاءت بعد سلسلة لقاءات مع ممثلي السائقين والشركات العاملة.</p>"
        "</article></body></html>"
    )
    data = _as_json(process(Document(id="doc-1", origin="inline.html", html=html, url="https://x.test/a")))
    assert isinstance(data["source_text"], str)
    assert validate(data, SCHEMA) == []


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ابتثجحخدسعلمنهوي ،.:-()0123456789٢٠\n\r©|", max_size=400))
def test_any_text_gives_a_valid_article(text: str) -> None:
    assert validate(_as_json(parse(text)), SCHEMA) == []


def _seed_json() -> dict[str, Any]:
    return _as_json(parse(PAGES[0].read_text(encoding="utf-8")))


BREAKAGES = {
    "missing field": lambda d: d.pop("source_text"),
    "unknown field": lambda d: d.update(summary="x"),
    "wrong type": lambda d: d.update(is_article="yes"),
    "null where a list is due": lambda d: d.update(authors=None),
    "unknown line label": lambda d: d["lines"][0].update(label="paragraph"),
    "unknown block kind": lambda d: d["boilerplate"].append(
        {"kind": "footer", "lines": [], "start": 0, "end": 1, "heading": None}
    ),
    "published not ISO": lambda d: d.update(published="16/03/2021"),
    "bool as an offset": lambda d: d["lines"][0].update(start=True),
    "negative offset": lambda d: d["lines"][0].update(end=-1),
    "range of three": lambda d: d["spans"].update(title=[[0, 1, 2]]),
    "unknown span key": lambda d: d["spans"].update(body=[[0, 1]]),
    "unknown provenance key": lambda d: d["provenance"].update(authors="byline"),
    "section without paragraphs": lambda d: d["sections"].append({"heading": None}),
}


@pytest.mark.parametrize("name", list(BREAKAGES))
def test_validator_rejects_what_the_schema_forbids(name: str) -> None:
    data = copy.deepcopy(_seed_json())
    assert validate(data, SCHEMA) == []
    BREAKAGES[name](data)
    assert validate(data, SCHEMA), name


def test_validator_refuses_keywords_it_does_not_implement() -> None:
    with pytest.raises(ValueError, match="oneOf"):
        validate("x", {"oneOf": [{"type": "string"}]})


def test_article_json_round_trips() -> None:
    from akhbar import Article, parse

    page = (Path(__file__).parent / "fixtures" / "pages" / "02-jo-madina-repeated-title.txt").read_text(
        "utf-8"
    )
    article = parse(page)
    assert Article.from_dict(article.to_dict()) == article
