"""One run over a folder holding every format and every kind of bad input: nothing good is lost."""

import json

import pyarrow as pa
import pyarrow.parquet as pq
from readkit import COMPRESSORS, STORIES, news_records, page, warc_bytes, write

from akhbar.model import Document, Failure
from akhbar.readers import read


def build(root):
    write(root / "pages" / "a.txt", STORIES[0])
    write(root / "pages" / "b.html", page(STORIES[1]))
    write(root / "pages" / "c-cp1256.txt", STORIES[2].encode("cp1256"))
    write(root / "pages" / "d-iso.txt", STORIES[3].encode("iso8859-6"))
    write(root / "pages" / "e-mojibake.txt", STORIES[0].encode().decode("cp1256"))
    write(root / "pages" / "f.txt.bz2", COMPRESSORS["bz2"](STORIES[1].encode()))
    jsonl = "".join(json.dumps({"text": s}, ensure_ascii=False) + "\n" for s in STORIES)
    write(root / "corpus" / "shard.jsonl.zst", COMPRESSORS["zst"](jsonl.encode()))
    write(root / "corpus" / "broken.jsonl", '{"text": "' + STORIES[0] + '"}\n{"text": oops}\n')
    pq.write_table(pa.table({"text": STORIES}), root / "corpus" / "part.parquet")
    pq.write_table(pa.table({"body": STORIES}), root / "corpus" / "no-text.parquet")
    write(root / "crawl" / "a.warc.gz", warc_bytes(news_records(5)))
    cut = warc_bytes(news_records(3, start=5))
    write(root / "crawl" / "cut.warc.gz", cut[: len(cut) - 50])
    write(root / "bad" / "empty.txt", b"")
    write(root / "bad" / "junk.bin", bytes(range(256)) * 4)
    write(root / "bad" / "cut.txt.gz", COMPRESSORS["gz"](STORIES[0].encode() * 40)[:-20])


def test_every_good_document_is_read_and_every_bad_input_reported(tmp_path):
    build(tmp_path)
    reading = read(tmp_path)
    items = list(reading)
    docs = [i for i in items if isinstance(i, Document)]
    failures = sorted(
        (f.origin.replace(str(tmp_path), ""), f.reason) for f in items if isinstance(f, Failure)
    )
    # 6 pages + 4 JSONL + 1 broken-JSONL + 4 Parquet + 5 WARC + 2 of the cut WARC
    assert len(docs) == 22
    assert failures == [
        ("/bad/cut.txt.gz", "truncated"),
        ("/bad/empty.txt", "empty"),
        ("/bad/junk.bin", "binary"),
        ("/corpus/broken.jsonl:2", "bad-json"),
        ("/corpus/no-text.parquet", "missing-field"),
        (failures[5][0], "truncated"),
    ]
    assert failures[5][0].startswith("/crawl/cut.warc.gz#offset=")
    texts = {d.text for d in docs if d.text}
    assert set(STORIES) <= texts
    assert reading.counts.documents == 22
    assert dict(reading.counts.failures) == {
        "truncated": 2,
        "empty": 1,
        "binary": 1,
        "bad-json": 1,
        "missing-field": 1,
    }
    assert str(reading.counts) == (
        "22 documents read, 6 failed (truncated 2, empty 1, binary 1, bad-json 1, missing-field 1)"
    )
    assert (
        reading.bytes_read
        == reading.bytes_total
        == sum(p.stat().st_size for p in tmp_path.rglob("*") if p.is_file())
    )


def test_ids_are_the_same_on_a_second_read_and_unique(tmp_path):
    build(tmp_path)
    first = [i.id for i in read(tmp_path) if isinstance(i, Document)]
    assert first == [i.id for i in read(tmp_path) if isinstance(i, Document)]
    assert len(set(first)) == len(first)


def test_documents_and_failures_serialise(tmp_path):
    build(tmp_path)
    for item in read(tmp_path):
        assert json.loads(json.dumps(item.to_dict(), ensure_ascii=False)) == item.to_dict()


def test_progress_moves_forward(tmp_path):
    build(tmp_path)
    reading = read(tmp_path)
    seen = []
    for _ in reading:
        seen.append(reading.bytes_read)
    assert seen == sorted(seen)
    assert seen[0] > 0 and seen[-1] <= reading.bytes_total
