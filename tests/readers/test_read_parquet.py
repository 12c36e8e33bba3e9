"""Parquet corpora, written with pyarrow."""

import datetime as dt

import pyarrow as pa
import pyarrow.parquet as pq
from readkit import COMPRESSORS, STORIES, write

from akhbar.model import Document, Failure
from akhbar.readers import read


def shard(path, rows: dict, row_group_size: int = 2):
    pq.write_table(pa.table(rows), path, row_group_size=row_group_size)
    return path


def test_rows_become_documents_with_meta(tmp_path):
    path = shard(
        tmp_path / "part-0.parquet",
        {
            "text": STORIES,
            "url": [f"https://p.example/{i}" for i in range(4)],
            "timestamp": [dt.datetime(2020, 1, i + 1, 8, 0, tzinfo=dt.UTC) for i in range(4)],
            "language_score": [0.9, 0.8, 0.95, 0.7],
            "tags": [["a"], [], ["b", "c"], None],
        },
    )
    docs = list(read(path))
    assert [d.text for d in docs] == STORIES
    assert [d.origin for d in docs] == [f"{path}#row={i}" for i in range(4)]
    assert docs[2].url == "https://p.example/2"
    assert docs[2].fetched_at == "2020-01-03T08:00:00+00:00"
    assert docs[2].meta == {"language_score": 0.95, "tags": ["b", "c"]}
    assert [d.id for d in docs] == [d.id for d in read(path)]


def test_own_ids_and_nested_fields(tmp_path):
    path = shard(
        tmp_path / "n.parquet",
        {
            "id": ["x1", "x2"],
            "doc": [{"body": STORIES[0], "when": "2019-05-05"}, {"body": STORIES[1], "when": None}],
        },
    )
    docs = list(read(path, text_field="doc.body", date_field="doc.when"))
    assert [(d.id, d.text, d.fetched_at) for d in docs] == [
        ("x1", STORIES[0], "2019-05-05"),
        ("x2", STORIES[1], None),
    ]


def test_missing_text_column(tmp_path):
    (failure,) = read(shard(tmp_path / "c.parquet", {"content": STORIES}))
    assert failure.reason == "missing-field"
    assert "content" in failure.message


def test_null_and_wrong_typed_rows_among_good_ones(tmp_path):
    path = shard(tmp_path / "m.parquet", {"text": [STORIES[0], None, "", STORIES[1]]})
    items = list(read(path))
    assert [(i.origin[-5:], getattr(i, "reason", "ok")) for i in items] == [
        ("row=0", "ok"),
        ("row=1", "missing-field"),
        ("row=2", "empty"),
        ("row=3", "ok"),
    ]


def test_truncated_and_corrupt_files(tmp_path):
    data = shard(tmp_path / "whole.parquet", {"text": STORIES}).read_bytes()
    (cut,) = read(write(tmp_path / "cut.parquet", data[: len(data) // 2]))
    assert cut.reason in {"truncated", "corrupt"}
    (junk,) = read(write(tmp_path / "junk.parquet", b"PAR1" + b"\x01" * 100 + b"PAR1"))
    assert isinstance(junk, Failure) and junk.reason in {"truncated", "corrupt"}


def test_a_damaged_row_group_does_not_cost_the_others(tmp_path):
    path = shard(tmp_path / "g.parquet", {"text": [s * 30 for s in STORIES]}, row_group_size=1)
    data = bytearray(path.read_bytes())
    second = pq.ParquetFile(path).metadata.row_group(1).column(0)
    start = second.dictionary_page_offset or second.data_page_offset
    data[start + 8 : start + second.total_compressed_size - 8] = b"\xff" * (second.total_compressed_size - 16)
    items = list(read(write(tmp_path / "damaged.parquet", bytes(data))))
    texts = [i.text for i in items if isinstance(i, Document)]
    assert STORIES[0] * 30 in texts and STORIES[2] * 30 in texts and STORIES[3] * 30 in texts
    assert [i.origin.rsplit("#", 1)[1] for i in items if isinstance(i, Failure)] == ["row=1"]


def test_compressed_parquet_is_spooled(tmp_path):
    data = shard(tmp_path / "p.parquet", {"text": STORIES}).read_bytes()
    docs = list(read(write(tmp_path / "p.parquet.gz", COMPRESSORS["gz"](data))))
    assert [d.text for d in docs] == STORIES
