"""WARC documents are decoded on first use: once, in whichever process reads their text, and a
payload that turns out not to be text becomes the reader's Failure wherever documents are processed."""

import json
import pickle
import sqlite3

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from readkit import STORIES, news_records, page, warc_bytes, write

from akhbar.cli import main
from akhbar.model import Document, Failure
from akhbar.readers import REASONS, Unreadable, read
from akhbar.readers import deferred as deferred_module

# Payloads that pass every check made without decoding and fail one made on the text.
UNDECODABLE = {"url": "https://bad.example/binary", "body": bytes(range(256)) * 8}
BLANK = {"url": "https://bad.example/blank", "body": "\u00a0 \u3000\n".encode() * 20}
LONG = {"url": "https://bad.example/long", "body": b"<p>" + b"x" * 1200 + b"</p>"}


@pytest.fixture
def decodes(monkeypatch):
    """Count the calls of the decoder the deferred documents use."""
    calls = []
    real = deferred_module.decode

    def counting(*args, **kwargs):
        calls.append(args[0][:40])
        return real(*args, **kwargs)

    monkeypatch.setattr(deferred_module, "decode", counting)
    return calls


def archive(tmp_path, records, name="crawl.warc.gz"):
    return write(tmp_path / name, warc_bytes(records))


def test_reading_ids_urls_and_dates_decodes_nothing(tmp_path, decodes):
    docs = list(read(archive(tmp_path, news_records(4))))
    assert [d.url for d in docs] == [f"https://news.example/{i}" for i in range(4)]
    assert all(d.id and d.origin and d.fetched_at == "2021-03-14T09:30:00+00:00" for d in docs)
    assert decodes == []


def test_a_document_decodes_once_whatever_is_read(tmp_path, decodes):
    (doc,) = read(archive(tmp_path, news_records(1)))
    assert doc.html == page(STORIES[0], "خبر 0")
    assert doc.text is None
    assert doc.meta["encoding"] == "utf-8" and doc.meta["http_status"] == 200
    assert doc.html == page(STORIES[0], "خبر 0")
    assert len(decodes) == 1


def test_deferred_and_decoded_documents_are_equal_and_serialise_alike(tmp_path):
    path = archive(tmp_path, news_records(1))
    (doc,) = read(path)
    (again,) = read(path)
    eager = Document(
        id=doc.id,
        origin=doc.origin,
        html=doc.html,
        url=doc.url,
        fetched_at=doc.fetched_at,
        meta=dict(doc.meta),
    )
    assert again == eager
    assert again.to_dict() == eager.to_dict()
    assert "_load" not in again.to_dict()
    assert Document.from_dict(again.to_dict()) == eager


def test_a_pending_document_pickles_as_bytes_and_decodes_after(tmp_path, decodes):
    legacy = page(STORIES[2], charset="windows-1256")
    records = [{"url": "https://a.example/cp", "body": legacy.encode("cp1256"), "content_type": "text/html"}]
    (doc,) = read(archive(tmp_path, records))
    sent = pickle.dumps(doc)
    assert legacy.encode("cp1256") in sent  # the payload crosses, not its decoded text
    assert decodes == []
    received = pickle.loads(sent)
    assert (received.id, received.url, received.origin) == (doc.id, doc.url, doc.origin)
    assert decodes == []
    assert received.html == legacy
    assert received.meta["encoding"] == "cp1256"
    assert len(decodes) == 1
    # once decoded, a document pickles as its text
    assert pickle.loads(pickle.dumps(received)) == received


@pytest.mark.parametrize(
    ("record", "reason"), [(UNDECODABLE, "decode"), (BLANK, "empty"), (LONG, "too-large")]
)
def test_a_payload_found_bad_when_decoded_raises_the_readers_failure(tmp_path, decodes, record, reason):
    path = archive(tmp_path, [*news_records(1), record])
    good, bad = read(path, max_chars=1000)
    assert isinstance(good, Document) and isinstance(bad, Document)
    assert bad.url == record["url"]
    with pytest.raises(Unreadable) as raised:
        bad.html  # noqa: B018
    failure = raised.value.failure
    assert isinstance(failure, Failure)
    assert (failure.origin, failure.reason) == (bad.origin, reason)
    assert reason in str(raised.value)
    assert len(decodes) == 1
    with pytest.raises(Unreadable) as again:
        bad.meta  # noqa: B018
    assert again.value.failure == failure  # still pending: reading it again fails again, alike


def test_blank_or_missing_payloads_fail_without_decoding(tmp_path, decodes):
    records = [{"url": "https://a.example/blank", "body": b" \r\n\t " * 10}, *news_records(1)]
    items = list(read(archive(tmp_path, records)))
    assert [type(i) for i in items] == [Failure, Document]
    assert items[0].reason == "empty"
    assert decodes == []


def test_parse_counts_a_deferred_failure_with_its_reason(tmp_path):
    path = archive(tmp_path, [*news_records(2), UNDECODABLE])
    result = CliRunner().invoke(main, ["parse", str(path)])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 2
    assert "akhbar: parsed 2, failed 1 (decode: 1)" in result.stderr
    assert f"{path}#offset=" in result.stderr and ": decode: no character encoding" in result.stderr


def test_ingest_decodes_in_the_workers_and_stores_deferred_failures_as_read_failures(tmp_path):
    path = archive(tmp_path, [*news_records(3), UNDECODABLE, BLANK])
    db = tmp_path / "store.db"
    args = ["ingest", str(path), "--db", str(db), "-j", "2", "--no-corpus", "--json"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)["ingest"]
    assert (report["read"], report["stored"], report["failed"]) == (5, 5, 2)
    assert report["failures"] == {"decode": 1, "empty": 1}
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT stage, reason FROM failures ORDER BY reason").fetchall()
        assert rows == [("read", "decode"), ("read", "empty")]
        kinds = conn.execute("SELECT raw_format, count(*) FROM documents GROUP BY 1 ORDER BY 1").fetchall()
        assert kinds == [("html", 3), ("none", 2)]
    # A rerun finds them all stored: nothing is decoded or counted as failed again.
    again = json.loads(CliRunner().invoke(main, args).stdout)["ingest"]
    assert (again["stored"], again["present"], again["failed"]) == (0, 5, 0)


PIECES = st.sampled_from(
    [
        STORIES[0].encode(),
        STORIES[1].encode("cp1256"),
        STORIES[2].encode().decode("cp1256").encode(),  # mojibake
        "الحكو\u200bمة".encode(),
        "\u00a0\u3000".encode(),
        b" \r\n\t",
        b"<p>",
        bytes(range(0, 32)),
        b"\xff\xfe",
        b"\xef\xbb\xbf",
    ]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=st.lists(PIECES | st.binary(max_size=40), max_size=12).map(b"".join),
    content_type=st.sampled_from(["text/html", "text/html; charset=windows-1256", "text/plain"]),
)
def test_any_payload_settles_to_a_page_or_a_known_failure_alike_after_pickling(tmp_path, body, content_type):
    path = archive(tmp_path, [{"url": "https://a.example/", "body": body, "content_type": content_type}])
    (item,) = read(path, max_chars=200)

    def outcome(doc):
        try:
            return doc.text, doc.html, doc.meta
        except Unreadable as error:
            return error.failure

    if isinstance(item, Failure):
        assert item.reason in REASONS
        return
    copy = pickle.loads(pickle.dumps(item))
    settled = outcome(item)
    assert outcome(copy) == settled
    if isinstance(settled, Failure):
        assert settled.reason in {"decode", "empty", "too-large"}
    else:
        text, html, _ = settled
        assert (text is None) != (html is None)
        assert len(text or html) <= 200
