from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from akhbar.corpus.lines import (
    host_of,
    key_of,
    label_codes,
    labels_of,
    line_keys,
    main_key,
    signed64,
    site_key,
)
from akhbar.corpus.unionfind import UnionFind
from akhbar.model import LINE_LABELS, Line


def test_line_keys_ignore_what_folding_ignores():
    plain = "الأكثر قراءة"
    assert key_of(plain) == key_of("الاكثر قراءه")
    assert key_of(plain) == key_of("  الأكْثَر   قـراءة :")
    assert key_of("عدد 12 زائر") == key_of("عدد ١٢ زائر")
    assert key_of(plain) != key_of("الأقل قراءة")
    assert key_of(" ... ") == 0


def test_keys_fit_sqlite_integers():
    assert signed64(2**64 - 1) == -1
    assert signed64(5) == 5


@given(st.text(max_size=40))
def test_keys_are_signed_64_bit(text):
    assert -(2**63) <= key_of(text) < 2**63


def test_blank_lines_get_key_zero_and_labels_round_trip():
    source = "عنوان\n\nفقرة طويلة من الخبر\n"
    lines = [Line(0, 6, "title"), Line(6, 7, "blank"), Line(7, len(source), "body")]
    keys = line_keys(source, lines)
    assert keys[1] == 0 and keys[0] == key_of("عنوان")
    assert labels_of(label_codes(lines)) == ["title", "blank", "body"]
    assert len(LINE_LABELS) < 256
    assert main_key(source, lines, keys) == key_of("فقرة طويلة من الخبر")


def test_site_key_is_host_without_www_else_site_name():
    assert host_of("https://www.Aljazeera.net/news/1") == "aljazeera.net"
    assert host_of("almadenahnews.com/article/1") == "almadenahnews.com"
    assert host_of(None) is None and host_of("http://[bad") is None
    assert site_key("https://www.alrai.com/x", "الرأي") == "alrai.com"
    assert site_key(None, " الرأي ") == "الرأي"
    assert site_key(None, None) is None


@given(
    st.integers(1, 30).flatmap(
        lambda n: st.tuples(st.just(n), st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1))))
    )
)
def test_union_find_matches_naive_components(case):
    size, links = case
    sets = UnionFind(size)
    for a, b in links:
        sets.union(a, b)
    naive = [{i} for i in range(size)]
    for a, b in links:
        sa = next(s for s in naive if a in s)
        sb = next(s for s in naive if b in s)
        if sa is not sb:
            sa |= sb
            naive.remove(sb)
    expected = sorted(sorted(s) for s in naive if len(s) > 1)
    assert sets.groups() == expected
