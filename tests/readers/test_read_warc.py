"""WARC and WET archives, written with warcio's writer."""

import gzip
import io
import sys

import pytest
from fastwarc.warc import ArchiveIterator
from readkit import COMPRESSORS, STORIES, member_offsets, news_records, page, warc_bytes, write

from akhbar.model import Document, Failure
from akhbar.readers import read


def url_at(path, offset) -> str:
    with open(path, "rb") as stream:
        stream.seek(offset)
        return next(iter(ArchiveIterator(stream))).headers.get("WARC-Target-URI")


def test_response_records_give_html_with_url_date_and_exact_offsets(tmp_path):
    path = write(tmp_path / "crawl.warc.gz", warc_bytes(news_records(5)))
    docs = list(read(path))
    assert [d.url for d in docs] == [f"https://news.example/{i}" for i in range(5)]
    assert all(d.fetched_at == "2021-03-14T09:30:00+00:00" for d in docs)
    assert docs[1].html == page(STORIES[1], "خبر 1")
    assert docs[1].meta["http_status"] == 200 and docs[1].meta["warc_type"] == "response"
    offsets = [int(d.origin.rsplit("=", 1)[1]) for d in docs]
    assert offsets == member_offsets(path.read_bytes())
    assert [url_at(path, o) for o in offsets] == [d.url for d in docs]


def test_uncompressed_warc_offsets(tmp_path):
    path = write(tmp_path / "crawl.warc", warc_bytes(news_records(3), compress=False))
    docs = list(read(path))
    data = path.read_bytes()
    assert [data[int(d.origin.rsplit("=", 1)[1]) :][:8] for d in docs] == [b"WARC/1.0"] * 3
    assert [d.url for d in docs] == [f"https://news.example/{i}" for i in range(3)]


def test_wet_conversion_records_give_text(tmp_path):
    records = [
        {"url": "https://a.example/1", "body": STORIES[0].encode(), "kind": "conversion", "language": "ara"},
        {
            "url": "https://a.example/2",
            "body": STORIES[1].encode(),
            "kind": "conversion",
            "language": "ara,eng",
        },
    ]
    docs = list(read(write(tmp_path / "x.warc.wet.gz", warc_bytes(records))))
    assert [d.text for d in docs] == STORIES[:2]
    assert docs[0].html is None
    assert docs[1].meta["language"] == "ara,eng"
    assert docs[0].meta["warc_type"] == "conversion"


def test_record_kinds_statuses_and_charsets(tmp_path):
    legacy = page(STORIES[3], charset="windows-1256")
    records = [
        {"url": "https://a.example/req", "body": b"GET / HTTP/1.1\r\n\r\n", "kind": "request"},
        {"url": "https://a.example/moved", "body": b"", "status": "301 Moved Permanently"},
        {
            "url": "https://a.example/cp",
            "body": page(STORIES[0], charset=None).encode("cp1256"),
            "content_type": "text/html; charset=windows-1256",
        },
        {"url": "https://a.example/meta", "body": legacy.encode("cp1256"), "content_type": "text/html"},
        {
            "url": "https://a.example/logo.png",
            "body": b"\x89PNG\r\n\x1a\n" + bytes(50),
            "content_type": "image/png",
        },
        {
            "url": "https://a.example/res",
            "body": page(STORIES[2]).encode(),
            "kind": "resource",
            "content_type": "text/html",
        },
        {"url": "https://a.example/robots.txt", "body": b"User-agent: *\n", "content_type": "text/plain"},
    ]
    items = list(read(write(tmp_path / "mixed.warc.gz", warc_bytes(records))))
    summary = [(i.url if isinstance(i, Document) else i.reason) for i in items]
    assert summary == [
        "http-status",
        "https://a.example/cp",
        "https://a.example/meta",
        "unsupported-type",
        "https://a.example/res",
        "https://a.example/robots.txt",
    ]
    assert items[1].html == page(STORIES[0], charset=None)
    assert items[1].meta["encoding"] == "cp1256"
    assert items[2].html == legacy
    assert items[5].text == "User-agent: *\n"


def test_http_content_encoding_is_undone(tmp_path):
    html = page(STORIES[0])
    records = [
        {
            "url": "https://z.example/",
            "body": gzip.compress(html.encode()),
            "http_headers": [("Content-Encoding", "gzip")],
        }
    ]
    (doc,) = read(write(tmp_path / "enc.warc.gz", warc_bytes(records)))
    assert doc.html == html


@pytest.mark.parametrize("kind", sorted(COMPRESSORS))
def test_archives_compressed_as_one_stream(tmp_path, kind):
    plain = warc_bytes(news_records(4), compress=False)
    docs = list(read(write(tmp_path / f"crawl.warc.{kind}", COMPRESSORS[kind](plain))))
    assert [d.url for d in docs] == [f"https://news.example/{i}" for i in range(4)]
    # offsets are then positions in the decompressed stream
    assert [plain[int(d.origin.rsplit("=", 1)[1]) :][:8] for d in docs] == [b"WARC/1.0"] * 4


def test_stdin_archive(tmp_path, monkeypatch):
    data = warc_bytes(news_records(3))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    docs = list(read("-"))
    assert [d.url for d in docs] == [f"https://news.example/{i}" for i in range(3)]
    assert docs[0].origin == "<stdin>#offset=0"


def good_urls(items):
    return [i.url for i in items if isinstance(i, Document)]


def test_truncated_gzip_archive_keeps_every_complete_record(tmp_path):
    data = warc_bytes(news_records(6))
    offsets = member_offsets(data)
    path = write(tmp_path / "cut.warc.gz", data[: offsets[5] + 100])
    items = list(read(path))
    assert good_urls(items) == [f"https://news.example/{i}" for i in range(5)]
    assert [(f.origin, f.reason) for f in items if isinstance(f, Failure)] == [
        (f"{path}#offset={offsets[5]}", "truncated")
    ]


def test_cut_inside_a_record_body(tmp_path):
    data = warc_bytes(news_records(3), compress=False)
    items = list(read(write(tmp_path / "cut.warc", data[:-40])))
    assert good_urls(items) == ["https://news.example/0", "https://news.example/1"]
    assert items[-1].reason == "truncated"


def test_malformed_record_in_the_middle_of_a_plain_archive(tmp_path):
    before = warc_bytes(news_records(2), compress=False)
    junk = b"WARC/1.0\r\nthis is no header\r\n\r\njunk\r\n\r\n"
    after = warc_bytes(news_records(2, start=2), compress=False)
    path = write(tmp_path / "bad.warc", before + junk + after)
    items = list(read(path))
    assert good_urls(items) == [f"https://news.example/{i}" for i in range(4)]
    (failure,) = [i for i in items if isinstance(i, Failure)]
    assert (failure.origin, failure.reason) == (f"{path}#offset={len(before)}", "bad-warc-record")
    assert items[3].origin == f"{path}#offset={len(before) + len(junk)}"


def test_junk_and_corrupt_members_in_a_gzip_archive(tmp_path):
    good = warc_bytes(news_records(4))
    offsets = member_offsets(good)
    junk = gzip.compress(b"NOT A WARC RECORD\r\n\r\n" * 4)
    corrupt = bytearray(good[offsets[2] : offsets[3]])
    corrupt[30:60] = b"\x00" * 30
    data = good[: offsets[1]] + junk + good[offsets[1] : offsets[2]] + bytes(corrupt) + good[offsets[3] :]
    items = list(read(write(tmp_path / "bad.warc.gz", data)))
    assert good_urls(items) == ["https://news.example/0", "https://news.example/1", "https://news.example/3"]
    assert [f.reason for f in items if isinstance(f, Failure)] == ["bad-warc-record", "bad-warc-record"]


def test_a_length_running_past_the_end_does_not_swallow_later_records(tmp_path):
    data = warc_bytes(news_records(4), compress=False)
    first = data.index(b"Content-Length: ", data.index(b"news.example/1") - 400)
    data = data[:first] + b"Content-Length: 9" + data[first + len(b"Content-Length: ") :]
    items = list(read(write(tmp_path / "long.warc", data)))
    assert good_urls(items) == ["https://news.example/0", "https://news.example/2", "https://news.example/3"]
    assert [f.reason for f in items if isinstance(f, Failure)] == ["bad-warc-record"]


def test_not_a_warc_at_all(tmp_path):
    (failure,) = read(write(tmp_path / "fake.warc", b"just some words\n" * 10), format="warc")
    assert failure.reason == "bad-warc-record"


def test_too_large_record_is_skipped(tmp_path):
    records = [*news_records(1), {"url": "https://big.example/", "body": b"<p>" + "ك".encode() * 3000}]
    items = list(
        read(write(tmp_path / "big.warc.gz", warc_bytes(records + news_records(1, start=1))), max_chars=1000)
    )
    assert [i.url if isinstance(i, Document) else i.reason for i in items] == [
        "https://news.example/0",
        "too-large",
        "https://news.example/1",
    ]


@pytest.mark.parametrize(
    ("date", "fetched_at"),
    [
        ("2021-03-14T09:30:00Z", "2021-03-14T09:30:00+00:00"),
        ("2021-03-14T09:30:00.25Z", "2021-03-14T09:30:00.250000+00:00"),
        ("2021-02-30T09:30:00Z", None),
        ("2021-03-14T24:00:00Z", None),
        ("yesterday, more or less", None),
    ],
)
def test_fetch_time_from_the_warc_date(tmp_path, date, fetched_at):
    (doc,) = read(write(tmp_path / "d.warc.gz", warc_bytes([{**news_records(1)[0], "date": date}])))
    assert doc.fetched_at == fetched_at


def test_header_names_in_any_case(tmp_path):
    body = page(STORIES[0]).encode()
    record = (
        b"WARC/1.0\r\nWARC-Type: resource\r\nwarc-target-uri: https://lower.example/a\r\n"
        b"warc-date: 2021-03-14T09:30:00Z\r\ncontent-type: text/html; charset=utf-8\r\n"
        b"Content-Length: %d\r\n\r\n%s\r\n\r\n" % (len(body), body)
    )
    (doc,) = read(write(tmp_path / "lower.warc", record))
    assert (doc.url, doc.fetched_at) == ("https://lower.example/a", "2021-03-14T09:30:00+00:00")
    assert doc.html == page(STORIES[0]) and doc.meta["content_type"] == "text/html"
