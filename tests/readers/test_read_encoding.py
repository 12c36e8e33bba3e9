import pytest
from hypothesis import given
from hypothesis import strategies as st
from readkit import STORIES, page

from akhbar.readers.encoding import codec_name, declared_in_markup, decode

STORY = STORIES[0]


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859-6"])
def test_legacy_arabic_code_pages_are_detected(encoding):
    text = " ".join(STORIES)
    decoded = decode(text.encode(encoding))
    assert decoded is not None
    assert decoded.text == text
    assert decoded.encoding == encoding


def test_meta_charset_is_used_when_the_bytes_are_not_utf8():
    html = page(STORY, charset="windows-1256")
    decoded = decode(html.encode("cp1256"), markup=True)
    assert decoded.text == html
    assert decoded.encoding == "cp1256"
    assert decoded.notes == []


def test_xml_declaration_names_the_encoding():
    assert declared_in_markup(b'<?xml version="1.0" encoding="ISO-8859-6"?><html>') == "ISO-8859-6"


def test_valid_utf8_wins_over_a_wrong_declaration():
    decoded = decode(STORY.encode(), "iso-8859-1")
    assert decoded.text == STORY
    assert decoded.notes == ["charset: iso-8859-1 declared (http), the bytes are valid UTF-8"]


def test_latin1_server_default_is_checked_against_arabic_code_pages():
    html = page(STORY, charset=None)
    decoded = decode(html.encode("cp1256"), "ISO-8859-1", markup=True)
    assert decoded.text == html
    assert decoded.encoding == "cp1256"
    assert "declared, the bytes read as cp1256" in decoded.notes[0]


def test_conflicting_declarations_are_settled_by_the_bytes():
    html = page(STORY, charset="windows-1256")
    decoded = decode(html.encode("cp1256"), "iso-8859-6", markup=True)
    assert decoded.text == html


def test_boms_decide():
    assert decode("\ufeff".encode() + STORY.encode()).text == STORY
    assert decode(STORY.encode("utf-16")).text == STORY


def test_labels():
    assert codec_name("Windows-1256") == "cp1256"
    assert codec_name("x-mac-arabic") == "mac-arabic"
    assert codec_name("no-such-charset") is None


@given(st.text(max_size=200))
def test_utf8_round_trips(text):
    data = text.encode("utf-8", "surrogatepass")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return  # lone surrogates are not UTF-8
    assert decode(data).text == text
