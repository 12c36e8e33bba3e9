from __future__ import annotations

import pytest
from pagekit import page, paragraphs

from akhbar.model import Document, Failure
from akhbar.store import Store
from akhbar.store.rows import failed_rows, rows_for


def rows(n, site="a.com"):
    lines = [("title", f"عنوان {n}"), *[("body", p) for p in paragraphs(n, 2)]]
    doc, article = page(lines, id=f"d{n}", url=f"https://{site}/{n}")
    return rows_for(doc, article)


def count(store, table):
    return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_documents_are_stored_once_by_id(tmp_path):
    with Store(tmp_path / "s.db") as store:
        assert store.add([rows(1), rows(2)]) == (2, 0)
        assert store.add([rows(2), rows(3)]) == (1, 1)
        assert count(store, "documents") == count(store, "articles") == 3
        assert store.present(["d1", "d3", "zzz"]) == {"d1", "d3"}
        assert store.present([f"x{i}" for i in range(2000)] + ["d2"]) == {"d2"}


def test_a_failed_batch_stores_nothing(tmp_path):
    with Store(tmp_path / "s.db") as store:
        broken = rows(2)
        broken.article = broken.article[:-1]  # one value short: the insert fails mid-batch
        with pytest.raises(Exception, match=r"values|bindings"):
            store.add([rows(1), broken])
        assert count(store, "documents") == 0
        assert store.add([rows(1)]) == (1, 0)


def test_failures_are_recorded_once(tmp_path):
    doc = Document(id="bad", origin="in.jsonl:3", text="x")
    failure = Failure("in.jsonl:3", "parse-error", "ValueError: boom")
    read_failure = Failure("in.jsonl:9", "bad-json", "Expecting value")
    with Store(tmp_path / "s.db") as store:
        store.add([failed_rows(doc, failure)], [read_failure])
        store.add([failed_rows(doc, failure)], [read_failure])
        query = "SELECT origin, stage, doc_id, reason FROM failures ORDER BY origin"
        assert store.conn.execute(query).fetchall() == [
            ("in.jsonl:3", "parse", "bad", "parse-error"),
            ("in.jsonl:9", "read", None, "bad-json"),
        ]
        assert count(store, "documents") == 1 and count(store, "articles") == 0


def test_a_page_reads_back_losslessly(tmp_path):
    lines = [("title", "عنوان"), ("body", "فقرة أولى."), ("boilerplate", "الرئيسية")]
    doc, article = page(lines, id="p", url="https://www.a.com/p", sources=("رويترز",))
    doc.meta = {"lang": "ar", "n": 3}
    with Store(tmp_path / "s.db") as store:
        store.add([rows_for(doc, article)])
        got = store.page(store.seq_of("p"))
    assert got["raw"] == doc.text == got["source"]
    assert got["parsed"] == article == got["article"]
    assert got["document"]["origin"] == "test:p"
    row = got["article_row"]
    assert (row["site_key"], row["host"], row["title"]) == ("a.com", "a.com", "عنوان")
    assert row["sources"] == '["رويترز"]'
    assert (row["lines_total"], row["lines_boilerplate"], row["refreshed"]) == (3, 1, 0)


def test_html_pages_keep_the_extracted_text_their_lines_index(tmp_path):
    lines = [("title", "عنوان"), ("body", "فقرة.")]
    doc, article = page(lines, id="h", url="https://a.com/h")
    extracted = doc.text
    doc.text, doc.html = None, "<html><body><h1>عنوان</h1><p>فقرة.</p></body></html>"
    article.source_text = extracted
    with Store(tmp_path / "s.db") as store:
        store.add([rows_for(doc, article)])
        got = store.page(store.seq_of("h"))
    assert got["raw"] == doc.html
    assert got["source"] == extracted
    assert got["parsed"].source_text == extracted


def test_readonly_store_needs_an_existing_file(tmp_path):
    with pytest.raises(FileNotFoundError):
        Store(tmp_path / "missing.db", readonly=True)
