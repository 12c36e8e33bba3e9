"""JSON Lines corpora."""

import json
import tracemalloc

from readkit import COMPRESSORS, STORIES, page, write

from akhbar.model import Document, Failure
from akhbar.readers import read


def lines(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)


def test_culturax_shaped_records(tmp_path):
    path = write(
        tmp_path / "shard.jsonl",
        lines(
            {
                "text": STORIES[0],
                "timestamp": "2015/08/18 05:34:51",
                "url": "https://a.example/1",
                "source": "mC4",
            },
            {
                "text": STORIES[1],
                "timestamp": "2016/01/02 10:00:00",
                "url": "https://a.example/2",
                "source": "OSCAR",
            },
        ),
    )
    docs = list(read(path))
    assert [d.text for d in docs] == STORIES[:2]
    assert docs[0].url == "https://a.example/1"
    assert docs[0].fetched_at == "2015-08-18T05:34:51"
    assert docs[0].meta == {"source": "mC4"}
    assert [d.origin for d in docs] == [f"{path}:1", f"{path}:2"]


def test_fineweb_shaped_records_keep_their_own_ids(tmp_path):
    record = {"text": STORIES[2], "id": "<urn:uuid:1234>", "date": "2013-05-18T07:24:47Z", "dump": "CC-MAIN"}
    (doc,) = read(write(tmp_path / "f.jsonl", lines(record)))
    assert doc.id == "<urn:uuid:1234>"
    assert doc.fetched_at == "2013-05-18T07:24:47+00:00"
    assert doc.meta == {"dump": "CC-MAIN"}


def test_field_names_and_dotted_paths(tmp_path):
    record = {
        "content": STORIES[3],
        "warc_headers": {"warc-target-uri": "https://o.example/x", "warc-date": "2022-01-01T00:00:00Z"},
        "doc_id": 7,
    }
    (doc,) = read(
        write(tmp_path / "oscar.jsonl", lines(record)),
        text_field="content",
        url_field="warc_headers.warc-target-uri",
        date_field="warc_headers.warc-date",
        id_field="doc_id",
    )
    assert (doc.text, doc.url, doc.fetched_at, doc.id) == (
        STORIES[3],
        "https://o.example/x",
        "2022-01-01T00:00:00+00:00",
        "7",
    )


def test_unparsable_dates_stay_in_meta(tmp_path):
    (doc,) = read(write(tmp_path / "d.jsonl", lines({"text": STORIES[0], "date": "yesterday"})))
    assert doc.fetched_at is None
    assert doc.meta["date"] == "yesterday"


def test_html_in_the_text_field_goes_to_html(tmp_path):
    html = page(STORIES[0])
    (doc,) = read(write(tmp_path / "h.jsonl", lines({"text": html})))
    assert doc.html == html and doc.text is None


def test_derived_ids_are_stable(tmp_path):
    path = write(tmp_path / "s.jsonl", lines(*({"text": s} for s in STORIES)))
    ids = [d.id for d in read(path)]
    assert ids == [d.id for d in read(path)]
    assert len(set(ids)) == len(STORIES)


def test_good_records_among_bad_ones_are_all_read(tmp_path):
    path = write(
        tmp_path / "mixed.jsonl",
        lines(
            {"text": STORIES[0]},
            '{"text": "cut off',
            {"url": "https://no-text.example"},
            {"text": 42},
            "[1, 2]",
            {"text": "  "},
            {"text": STORIES[1]},
        )
        + "\n"
        + lines({"text": STORIES[2]}),
    )
    items = list(read(path))
    assert [d.text for d in items if isinstance(d, Document)] == STORIES[:3]
    failures = [(f.origin.rsplit(":", 1)[1], f.reason) for f in items if isinstance(f, Failure)]
    assert failures == [
        ("2", "bad-json"),
        ("3", "missing-field"),
        ("4", "bad-field"),
        ("5", "bad-json"),
        ("6", "empty"),
    ]
    assert items[-1].origin == f"{path}:9"


def test_a_line_in_another_encoding_is_decoded(tmp_path):
    good = json.dumps({"text": STORIES[0]}, ensure_ascii=False).encode()
    legacy = json.dumps({"text": STORIES[1]}, ensure_ascii=False).encode("cp1256")
    docs = list(read(write(tmp_path / "enc.jsonl", good + b"\n" + legacy + b"\n")))
    assert [d.text for d in docs] == STORIES[:2]
    assert docs[1].meta["repairs"] == ["charset: JSON line not UTF-8, read as cp1256"]


def test_mojibake_in_a_field_is_repaired(tmp_path):
    garbled = STORIES[0].encode().decode("cp1256")
    (doc,) = read(write(tmp_path / "m.jsonl", lines({"text": garbled})))
    assert doc.text == STORIES[0]
    assert doc.meta["original_text"] == garbled


def test_compressed_jsonl(tmp_path):
    data = lines(*({"text": s} for s in STORIES)).encode()
    for kind, compress in COMPRESSORS.items():
        docs = list(read(write(tmp_path / f"s.{kind}", compress(data))))
        assert [d.text for d in docs] == STORIES, kind


def test_truncated_gzip_keeps_the_lines_before_the_cut(tmp_path):
    data = lines(*({"text": STORIES[i % 4] * 20} for i in range(400))).encode()
    items = list(read(write(tmp_path / "cut.jsonl.gz", COMPRESSORS["gz"](data)[:-200])))
    docs = [d for d in items if isinstance(d, Document)]
    assert 300 < len(docs) < 400
    assert items[-1].reason == "truncated"
    assert items[-1].origin == f"{tmp_path / 'cut.jsonl.gz'}:{len(docs) + 1}"


def test_a_long_line_is_too_large_and_reading_goes_on(tmp_path):
    path = write(
        tmp_path / "long.jsonl", lines({"text": "ن" * 5000}, {"text": STORIES[0]}, {"text": "م" * 900})
    )
    items = list(read(path, max_chars=1000))
    assert [(i.origin.rsplit(":", 1)[1], type(i).__name__) for i in items] == [
        ("1", "Failure"),
        ("2", "Document"),
        ("3", "Document"),
    ]
    assert items[0].reason == "too-large"


def test_a_50_mb_line_costs_little_memory(tmp_path):
    huge = '{"text": "' + "ا" * 25_000_000 + '"}\n'  # 50 MB of UTF-8 on one line
    path = write(tmp_path / "huge.jsonl", huge + lines({"text": STORIES[0]}))
    del huge
    tracemalloc.start()
    try:
        items = list(read(path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [i.reason if isinstance(i, Failure) else i.text for i in items] == ["too-large", STORIES[0]]
    assert peak < 2 * 50_000_000


def test_binary_data_in_the_text_field_is_a_failure(tmp_path) -> None:
    import json

    from akhbar import Document, Failure, read

    junk = "".join(chr(b) for b in bytes(range(256)) * 4)
    good = "عنوان\nنص الخبر الكامل في سطر طويل بما يكفي."
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        json.dumps({"id": "junk", "text": junk}) + "\n" + json.dumps({"id": "good", "text": good}) + "\n",
        encoding="utf-8",
    )
    items = list(read(path))
    assert [type(item) for item in items] == [Failure, Document]
    assert items[0].reason == "binary" and items[1].text == good


def test_a_pretty_printed_json_object_is_one_record(tmp_path):
    record = {"text": STORIES[0], "url": "https://a.example/1", "source": "crawl"}
    path = write(tmp_path / "page.json", json.dumps(record, ensure_ascii=False, indent=2))
    (doc,) = read(path)
    assert isinstance(doc, Document)
    assert (doc.text, doc.url, doc.origin) == (STORIES[0], "https://a.example/1", str(path))


def test_a_json_array_gives_one_record_an_item(tmp_path):
    items = [{"text": STORIES[0]}, "not a record", {"text": STORIES[1]}]
    pretty = write(tmp_path / "pages.json", json.dumps(items, ensure_ascii=False, indent=1))
    flat = write(tmp_path / "flat.json", json.dumps(items, ensure_ascii=False))
    for path in (pretty, flat):
        out = list(read(path))
        assert [(type(x).__name__, x.origin) for x in out] == [
            ("Document", f"{path}#item=0"),
            ("Failure", f"{path}#item=1"),
            ("Document", f"{path}#item=2"),
        ]
        assert [d.text for d in out if isinstance(d, Document)] == STORIES[:2]


def test_json_lines_opening_with_a_broken_record_are_still_read_line_by_line(tmp_path):
    records = lines("{", {"text": STORIES[0]}, '{"text": "cut', {"text": STORIES[1]})
    path = write(tmp_path / "broken.jsonl", records)
    out = list(read(path))
    assert [d.text for d in out if isinstance(d, Document)] == STORIES[:2]
    assert [(f.origin.rsplit(":", 1)[1], f.reason) for f in out if isinstance(f, Failure)] == [
        ("1", "bad-json"),
        ("3", "bad-json"),
    ]


def test_a_folder_of_pages_and_their_pretty_json_records(tmp_path):
    write(tmp_path / "01.txt", page(STORIES[0]))
    write(tmp_path / "01.json", json.dumps({"text": STORIES[1], "title": "x"}, ensure_ascii=False, indent=2))
    out = list(read(tmp_path))
    assert all(isinstance(d, Document) for d in out)
    assert len(out) == 2
