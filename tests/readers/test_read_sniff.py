import gzip

import pytest
from hypothesis import given
from hypothesis import strategies as st
from readkit import COMPRESSORS

from akhbar.readers import compression
from akhbar.readers.sniff import extension_format, looks_binary, normalise_format, sniff


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "x.txt", "warc"),
        (b"PAR1\x15\x04", None, "parquet"),
        (b"", None, "empty"),
        (b'{"text": "\xd9\x86\xd8\xb5"}\n', None, "jsonl"),
        (b'{"text": "x"}\n', "notes.txt", "text"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "page.txt", "html"),
        (b"\xef\xbb\xbf<!-- saved -->\n<html lang=ar>", None, "html"),
        (b"<div class=x><p>fragment</p></div>", None, "html"),
        (b"<div>fragment</div>", "a.txt", "text"),
        ("نص عادي من سطرين\nوسطر ثان".encode(), None, "text"),
        ("نص".encode("cp1256"), "a.html", "html"),
        (b"anything", "shard.jsonl.gz", "jsonl"),
        (b"\x00\x01\x02binary", "a.txt", "binary"),
        (b"%PDF-1.7\n", None, "binary"),
        (b"\xff\xfe" + "نص".encode("utf-16-le"), None, "text"),
    ],
)
def test_sniff(head, name, expected):
    assert sniff(head, name) == expected


def test_extension_looks_through_compression_suffixes():
    assert extension_format("a/b/CC-MAIN-1.warc.gz") == "warc"
    assert extension_format("x.wet.zst") == "warc"
    assert extension_format("part-0.parquet") == "parquet"
    assert extension_format("README") is None


def test_format_names_and_aliases():
    assert normalise_format("WET") == "warc"
    assert normalise_format(".ndjson") == "jsonl"
    with pytest.raises(ValueError, match="unknown format"):
        normalise_format("docx")


def test_control_bytes_make_binary_but_text_controls_do_not():
    assert looks_binary(bytes(range(1, 32)) * 10)
    assert not looks_binary(b"line\tone\r\nline two\f\n" * 50)


@pytest.mark.parametrize("kind", sorted(COMPRESSORS))
def test_compression_is_detected_by_content(kind):
    data = "سطر من نص عربي\n".encode() * 50
    packed = COMPRESSORS[kind](data)
    detected = compression.detect(packed)
    assert detected is not None
    assert compression.decompress_head(packed, detected, 100) == data[:100]


def test_plain_text_is_not_mistaken_for_compression():
    assert compression.detect(b"BZh is how this note starts") is None
    assert compression.detect(gzip.compress(b"x")) == "gzip"


@given(st.binary(max_size=300), st.sampled_from([None, "a.txt", "b.jsonl", "c.warc.gz", "d"]))
def test_sniff_always_answers(head, name):
    assert sniff(head, name) in {"text", "html", "jsonl", "parquet", "warc", "binary", "empty"}
