"""Every case of ``cases.jsonl`` (shared with ``bench/dates_bench.py``): exactly the expected matches, with
the expected span text, value and every other field the case states."""

from __future__ import annotations

import pytest
from dates_cases import load_cases, reference_of

from akhbar.dates import find_dates

CASES = load_cases()


def test_case_file_is_large_and_covers_every_kind():
    kinds = {case["kind"] for case in CASES}
    assert len(CASES) >= 400
    assert kinds >= {
        "month-egyptian",
        "month-levantine",
        "month-maghrebi",
        "month-moroccan",
        "month-dual",
        "month-french",
        "hijri",
        "dual-calendar",
        "numeric",
        "digits",
        "weekday",
        "time",
        "zone",
        "relative",
        "partial",
        "year",
        "datetime",
        "site-lines",
        "negative",
    }


@pytest.mark.parametrize("case", CASES, ids=[f"{i}-{c['kind']}" for i, c in enumerate(CASES)])
def test_case(case):
    found = find_dates(case["text"], reference_of(case))
    assert len(found) == len(case["expect"]), [(m.text, m.value) for m in found]
    got = [
        {"text": m.text, **{k: getattr(m, k) for k in e if k != "text"}}
        for m, e in zip(found, case["expect"], strict=True)
    ]
    assert got == case["expect"]
    for match in found:
        assert case["text"][match.start : match.end] == match.text
