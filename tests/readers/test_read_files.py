"""Text and HTML files, folders, compressed files, standard input."""

import io
import sys

import pytest
from readkit import COMPRESSORS, STORIES, page, write

from akhbar.model import Document, Failure
from akhbar.readers import read


def test_a_text_file_is_one_document(tmp_path):
    path = write(tmp_path / "story.txt", STORIES[0] + "\n\n" + STORIES[1])
    (doc,) = read(path)
    assert isinstance(doc, Document)
    assert doc.text == STORIES[0] + "\n\n" + STORIES[1]
    assert doc.html is None
    assert doc.origin == str(path)
    assert doc.meta["encoding"] == "utf-8"


def test_an_html_file_gives_html(tmp_path):
    html = page(STORIES[2])
    (doc,) = read(write(tmp_path / "page.html", html))
    assert doc.html == html
    assert doc.text is None


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859-6"])
def test_legacy_encoded_files(tmp_path, encoding):
    text = "\n".join(STORIES)
    (doc,) = read(write(tmp_path / f"{encoding}.txt", text.encode(encoding)))
    assert doc.text == text
    assert doc.meta["encoding"] == encoding


def test_windows_1256_page_declared_in_meta(tmp_path):
    html = page(STORIES[0], charset="windows-1256")
    (doc,) = read(write(tmp_path / "old.htm", html.encode("cp1256")))
    assert doc.html == html


def test_mojibake_file_is_repaired_and_the_original_kept(tmp_path):
    garbled = STORIES[3].encode().decode("cp1256")
    (doc,) = read(write(tmp_path / "garbled.txt", garbled))
    assert doc.text == STORIES[3]
    assert doc.meta["original_text"] == garbled
    assert doc.meta["repairs"] == ["mojibake: UTF-8 read as windows-1256, whole text re-decoded"]


def test_clean_file_has_no_repairs(tmp_path):
    (doc,) = read(write(tmp_path / "a.txt", STORIES[0]))
    assert "repairs" not in doc.meta and "original_text" not in doc.meta


@pytest.mark.parametrize("kind", sorted(COMPRESSORS))
def test_compressed_files_are_read_whatever_their_name(tmp_path, kind):
    text = "\n".join(STORIES)
    (doc,) = read(write(tmp_path / "no-extension", COMPRESSORS[kind](text.encode("cp1256"))))
    assert doc.text == text


def test_folders_are_walked_in_order_with_glob_and_hidden_files_skipped(tmp_path):
    write(tmp_path / "b" / "2.txt", STORIES[1])
    write(tmp_path / "a" / "1.txt", STORIES[0])
    write(tmp_path / "a" / "skip.html", page(STORIES[2]))
    write(tmp_path / ".cache" / "3.txt", STORIES[2])
    write(tmp_path / "a" / ".hidden.txt", STORIES[3])
    docs = list(read(tmp_path, glob="*.txt"))
    assert [d.text for d in docs] == [STORIES[0], STORIES[1]]
    assert [d.origin for d in docs] == [str(tmp_path / "a" / "1.txt"), str(tmp_path / "b" / "2.txt")]
    assert len(list(read(tmp_path))) == 3
    assert [d.text for d in read(tmp_path, glob="b/*")] == [STORIES[1]]


def test_a_named_file_is_read_even_if_glob_would_skip_it(tmp_path):
    path = write(tmp_path / "x.md", STORIES[0])
    assert [d.text for d in read([path], glob="*.txt")] == [STORIES[0]]


def test_ids_are_stable_and_distinct(tmp_path):
    write(tmp_path / "1.txt", STORIES[0])
    write(tmp_path / "2.txt", STORIES[0])
    first = [d.id for d in read(tmp_path)]
    assert first == [d.id for d in read(tmp_path)]
    assert len(set(first)) == 2


def test_stdin(monkeypatch):
    data = "\n".join(STORIES).encode("cp1256")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (doc,) = read("-")
    assert doc.origin == "<stdin>"
    assert doc.text == "\n".join(STORIES)


def test_stdin_ids_depend_on_the_content(monkeypatch):
    ids = []
    for story in STORIES[:2]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(story.encode())))
        ids.append(next(read("-")).id)
    assert ids[0] != ids[1]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\t\n", "empty"),
        ("junk.txt", bytes(range(256)) * 20, "binary"),
        ("image.html", b"\x89PNG\r\n\x1a\n" + bytes(200), "binary"),
        ("cut.txt.gz", COMPRESSORS["gz"](STORIES[0].encode() * 50)[:-30], "truncated"),
        ("cut.txt.zst", COMPRESSORS["zst"](STORIES[0].encode() * 50)[:-30], "truncated"),
        ("cut.txt.xz", COMPRESSORS["xz"](STORIES[0].encode() * 50)[:-30], "truncated"),
        ("bad.gz", b"\x1f\x8b\x08\x00" + b"\xff" * 64, "corrupt"),
    ],
)
def test_bad_files_give_a_failure(tmp_path, name, data, reason):
    (failure,) = read(write(tmp_path / name, data))
    assert isinstance(failure, Failure)
    assert (failure.origin, failure.reason) == (str(tmp_path / name), reason)


def test_missing_path():
    (failure,) = read("/no/such/place")
    assert (failure.reason, failure.origin) == ("unreadable", "/no/such/place")


def test_too_large_file(tmp_path):
    (failure,) = read(write(tmp_path / "big.txt", "أ" * 2000), max_chars=1000)
    assert failure.reason == "too-large"
    (failure,) = read(write(tmp_path / "long.txt", "ب" * 1001), max_chars=1000)
    assert failure.reason == "too-large"
    (doc,) = read(write(tmp_path / "fits.txt", "ب" * 1000), max_chars=1000)
    assert isinstance(doc, Document)


def test_forced_format(tmp_path):
    html = page(STORIES[0])
    (doc,) = read(write(tmp_path / "page.txt", html), format="text")
    assert doc.text == html
    with pytest.raises(ValueError):
        read(tmp_path, format="pdf")


def test_controls_are_removed_from_text_files_but_html_is_left_for_extraction(tmp_path):
    split = "الحكو\u200bمة"
    (text_doc,) = read(write(tmp_path / "a.txt", f"{split} {STORIES[0]}"))
    assert text_doc.text.startswith("الحكومة ")
    assert text_doc.meta["original_text"].startswith(split)
    (html_doc,) = read(write(tmp_path / "a.html", page(f"{split} {STORIES[0]}")))
    assert split in html_doc.html
    assert "repairs" not in html_doc.meta
