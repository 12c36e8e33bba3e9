"""Builders for the reader tests: every input format written for real, with the libraries' writers."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import zlib
from pathlib import Path

import zstandard
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

STORIES = [
    "ارتفعت أسعار الخضار في الأسواق المركزية بنسبة عشرة بالمئة خلال الأسبوع الماضي، بحسب تجار "
    "قالوا إن موجة البرد أتلفت جزءا من المحاصيل في الأغوار.",
    "أعلنت وزارة التربية عن بدء التسجيل للعام الدراسي الجديد إلكترونيا، داعية أولياء الأمور إلى "
    "استكمال الوثائق المطلوبة قبل نهاية الشهر.",
    "فاز المنتخب الوطني لكرة السلة على نظيره بفارق سبع نقاط في المباراة التي أقيمت مساء الخميس "
    "ضمن التصفيات المؤهلة لكأس آسيا.",
    "حذرت دائرة الأرصاد الجوية من تشكل الضباب في ساعات الصباح الباكر على الطرق الصحراوية، ودعت "
    "السائقين إلى تخفيف السرعة وترك مسافات كافية.",
]


def page(story: str, title: str = "خبر محلي", charset: str | None = "utf-8") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return (
        f'<!DOCTYPE html><html lang="ar"><head>{meta}<title>{title}</title></head>'
        f"<body><article><h1>{title}</h1><p>{story}</p></article></body></html>"
    )


COMPRESSORS = {
    "gz": gzip.compress,
    "bz2": bz2.compress,
    "xz": lzma.compress,
    "zst": lambda data: zstandard.ZstdCompressor().compress(data),
}


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def warc_bytes(records: list[dict], *, compress: bool = True) -> bytes:
    """A WARC file from ``records``: dicts with ``url``, ``body`` (bytes), optional ``kind``
    (response, resource, conversion, request), ``content_type``, ``status``, ``date``, ``language``
    and extra ``http_headers``."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for spec in records:
        kind = spec.get("kind", "response")
        body = spec["body"]
        headers = {"WARC-Date": spec.get("date", "2021-03-14T09:30:00Z")}
        if "language" in spec:
            headers["WARC-Identified-Content-Language"] = spec["language"]
        if kind == "response":
            content_type = spec.get("content_type", "text/html; charset=utf-8")
            http = StatusAndHeaders(
                spec.get("status", "200 OK"),
                [("Content-Type", content_type), *spec.get("http_headers", [])],
                protocol="HTTP/1.1",
            )
            record = writer.create_warc_record(
                spec["url"], kind, payload=io.BytesIO(body), http_headers=http, warc_headers_dict=headers
            )
        else:
            record = writer.create_warc_record(
                spec["url"],
                kind,
                payload=io.BytesIO(body),
                warc_content_type=spec.get("content_type", "text/plain"),
                warc_headers_dict=headers,
            )
        writer.write_record(record)
    return out.getvalue()


def news_records(count: int, start: int = 0) -> list[dict]:
    return [
        {"url": f"https://news.example/{i}", "body": page(STORIES[i % len(STORIES)], f"خبر {i}").encode()}
        for i in range(start, start + count)
    ]


def member_offsets(data: bytes) -> list[int]:
    """Start offsets of the gzip members of a per-record .warc.gz."""
    offsets, position = [], 0
    while position < len(data):
        offsets.append(position)
        unit = zlib.decompressobj(wbits=31)
        unit.decompress(data[position:])
        position = len(data) - len(unit.unused_data)
    return offsets
