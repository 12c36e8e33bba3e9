"""Accuracy per kind and speed of `akhbar.dates` beside dateparser, on the shared case file.

    python bench/dates_bench.py [--rounds 3] [--min-seconds 1] [--dateparser-rounds 1] [--failures]

Cases: ``tests/dates/cases.jsonl`` (the file the tests run), one JSON object a line with ``kind``,
``text``, an optional ``reference`` and the ``expect``ed expressions (their text and ISO value).

Systems, all in this process on the same cases:
- akhbar search: ``find_dates(text, reference)``; akhbar parse: ``parse_date(text, reference)``.
- dateparser search: ``dateparser.search.search_dates(text, languages=["ar"], settings=...)``;
  dateparser parse: ``dateparser.parse(text, languages=["ar"], settings=...)``. Settings give it every
  advantage the case allows: ``RELATIVE_BASE`` = the case's reference, ``DATE_ORDER="DMY"`` (the
  Arabic convention) and ``PREFER_DATES_FROM="past"`` (the case file's rule for partial dates).

What "correct" means:
- A value is right when it equals the expected ISO value at the expected precision and no finer:
  expected ``2020-10`` needs year and month right; ``2020-10-09T18:27+03:00`` needs the minute and
  the UTC offset; ``--09-27`` month and day; ``T18:27`` hour and minute. Parts a system fills in
  beyond that precision (dateparser puts today's day into "أكتوبر 2020") are not held against it.
  An expected value of ``""`` (relative without a reference, a Hijri month with no Gregorian
  equivalent) asks only that the expression be found, whatever value comes with it.
- search: a case is correct when every expected expression is overlapped by a returned match with
  the right value, and no returned match lies outside all expected expressions (a false date).
  A case expecting nothing is correct when nothing is returned.
- parse: over the cases whose whole text is one expected expression, or expects nothing; correct
  when the value is right (or, expecting nothing, when nothing is returned).

Speed: expressions per second. parse: cases of the parse set per second (each one expression or
none). search: expected expressions per second over every case text (the texts include sentences
and lines with no date, which also take time). The best of ``--rounds`` rounds counts for akhbar,
each repeating the cases for at least ``--min-seconds``; dateparser, ~3 orders of magnitude slower,
runs ``--dateparser-rounds`` single passes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "dates" / "cases.jsonl"


def load_cases() -> list[dict[str, Any]]:
    with CASES.open(encoding="utf-8") as handle:
        cases = [json.loads(line) for line in handle if line.strip()]
    for case in cases:
        text = case.get("reference")
        ref = (
            None
            if text is None
            else dt.date.fromisoformat(text)
            if len(text) == 10
            else dt.datetime.fromisoformat(text)
        )
        case["ref"] = ref
        cursor, spans = 0, []
        for expect in case["expect"]:
            start = case["text"].index(expect["text"], cursor)
            spans.append((start, start + len(expect["text"])))
            cursor = start + len(expect["text"])
        case["spans"] = spans
    return cases


def is_parse_case(case: dict[str, Any]) -> bool:
    expect = case["expect"]
    return not expect or (len(expect) == 1 and expect[0]["text"] == case["text"].strip())


# ---------------------------------------------------------------------------------------- values


def render(fields: dict[str, Any], expected: str) -> str | None:
    """``fields`` (year, month, day, hour, minute, second, offset in minutes; None when unknown)
    written in the shape and at the precision of ``expected``; None when a needed part is missing."""
    date_part, _, time_part = expected.partition("T")
    out = ""
    if date_part.startswith("--"):
        names = ("month", "day")[: len(date_part[2:].split("-"))]
        values = [fields.get(n) for n in names]
        if None in values:
            return None
        out = "--" + "-".join(f"{v:02d}" for v in values)
    elif date_part:
        names = ("year", "month", "day")[: len(date_part.split("-"))]
        values = [fields.get(n) for n in names]
        if None in values:
            return None
        out = f"{values[0]:04d}" + "".join(f"-{v:02d}" for v in values[1:])
    if not time_part:
        return out
    clock, offset = time_part, None
    for sign in "+-":
        if sign in time_part:
            clock, offset = time_part.split(sign, 1)[0], sign
    names = ("hour", "minute", "second")[: len(clock.split(":"))]
    values = [fields.get(n) for n in names]
    if None in values:
        return None
    out += "T" + ":".join(f"{v:02d}" for v in values)
    if offset is not None:
        minutes = fields.get("offset")
        if minutes is None:
            return None
        sign = "+" if minutes >= 0 else "-"
        out += f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return out


def value_ok(fields: dict[str, Any], expected: str) -> bool:
    return expected == "" or render(fields, expected) == expected


def akhbar_fields(match) -> dict[str, Any]:
    names = ("year", "month", "day", "hour", "minute", "second")
    return {**{n: getattr(match, n) for n in names}, "offset": match.utc_offset}


def dateparser_fields(value: dt.datetime) -> dict[str, Any]:
    offset = value.utcoffset()
    return {
        "year": value.year,
        "month": value.month,
        "day": value.day,
        "hour": value.hour,
        "minute": value.minute,
        "second": value.second,
        "offset": None if offset is None else int(offset.total_seconds() // 60),
    }


# ---------------------------------------------------------------------------------------- systems


def akhbar_systems() -> tuple[Callable, Callable]:
    from akhbar.dates import find_dates, parse_date

    def search(case):
        return [((m.start, m.end), akhbar_fields(m)) for m in find_dates(case["text"], case["ref"])]

    def parse(case):
        match = parse_date(case["text"], case["ref"])
        return None if match is None else akhbar_fields(match)

    return search, parse


def dateparser_systems() -> tuple[Callable, Callable]:
    import dateparser
    from dateparser.search import search_dates

    def settings(case) -> dict[str, Any]:
        out: dict[str, Any] = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past"}
        ref = case["ref"]
        if ref is not None:
            out["RELATIVE_BASE"] = (
                ref if isinstance(ref, dt.datetime) else dt.datetime.combine(ref, dt.time())
            )
        return out

    def search(case):
        found = search_dates(case["text"], languages=["ar"], settings=settings(case)) or []
        out, cursor = [], 0
        for substring, value in found:
            start = case["text"].find(substring, cursor)
            if start < 0:
                start = case["text"].find(substring)
            cursor = start + len(substring)
            out.append(((start, start + len(substring)), dateparser_fields(value)))
        return out

    def parse(case):
        value = dateparser.parse(case["text"], languages=["ar"], settings=settings(case))
        return None if value is None else dateparser_fields(value)

    return search, parse


# ---------------------------------------------------------------------------------------- scoring


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def search_correct(case: dict[str, Any], found: list) -> bool:
    for span, expect in zip(case["spans"], case["expect"], strict=True):
        if not any(overlaps(span, got) and value_ok(fields, expect["value"]) for got, fields in found):
            return False
    return all(any(overlaps(got, span) for span in case["spans"]) for got, _ in found)


def parse_correct(case: dict[str, Any], fields: dict[str, Any] | None) -> bool:
    if not case["expect"]:
        return fields is None
    return fields is not None and value_ok(fields, case["expect"][0]["value"])


def score(cases, search, parse) -> tuple[dict, dict, list]:
    search_ok: dict[str, list[bool]] = defaultdict(list)
    parse_ok: dict[str, list[bool]] = defaultdict(list)
    failures = []
    for case in cases:
        ok = search_correct(case, search(case))
        search_ok[case["kind"]].append(ok)
        if not ok:
            failures.append(("search", case))
        if is_parse_case(case):
            ok = parse_correct(case, parse(case))
            parse_ok[case["kind"]].append(ok)
            if not ok:
                failures.append(("parse", case))
    return search_ok, parse_ok, failures


# ---------------------------------------------------------------------------------------- speed


def rate(run: Callable, items: list, count: int, rounds: int, min_seconds: float) -> float:
    """``count`` units per pass over ``items``; units per second of the best round."""
    best = 0.0
    for _ in range(rounds):
        passes, start = 0, time.perf_counter()
        while True:
            for item in items:
                run(item)
            passes += 1
            elapsed = time.perf_counter() - start
            if elapsed >= min_seconds:
                break
        best = max(best, passes * count / elapsed)
    return best


def percent(values: list[bool]) -> str:
    return f"{100 * sum(values) / len(values):.1f}%" if values else "–"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=3, help="speed rounds for akhbar")
    parser.add_argument("--min-seconds", type=float, default=1.0, help="minimum length of an akhbar round")
    parser.add_argument("--dateparser-rounds", type=int, default=1, help="single passes for dateparser")
    parser.add_argument("--failures", action="store_true", help="list the cases each system gets wrong")
    args = parser.parse_args()

    cases = load_cases()
    parse_cases = [c for c in cases if is_parse_case(c)]
    expressions = sum(len(c["expect"]) for c in cases)
    systems = {"akhbar": akhbar_systems(), "dateparser": dateparser_systems()}
    for search, parse in systems.values():  # warm up: imports, compiled regexes, language data
        search(cases[0])
        parse(cases[0])

    results = {name: score(cases, *funcs) for name, funcs in systems.items()}
    kinds = sorted({c["kind"] for c in cases})
    print(
        f"# akhbar.dates vs dateparser — {len(cases)} cases, {expressions} expressions, "
        f"{len(parse_cases)} parse cases\n"
    )
    print(
        "| kind | cases | akhbar search | dateparser search | parse cases | akhbar parse | dateparser parse |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for kind in [*kinds, None]:
        row = [kind or "**overall**"]
        a_search, a_parse, _ = results["akhbar"]
        d_search, d_parse, _ = results["dateparser"]

        def pick(table, kind=kind):
            return table[kind] if kind else [v for values in table.values() for v in values]

        row += [str(len(pick(a_search))), percent(pick(a_search)), percent(pick(d_search))]
        row += [str(len(pick(a_parse))), percent(pick(a_parse)), percent(pick(d_parse))]
        print("| " + " | ".join(row) + " |")

    print("\n| system | parse, expressions/s | search, expressions/s |")
    print("|---|---:|---:|")
    speeds = {}
    for name, (search, parse) in systems.items():
        rounds, seconds = (
            (args.rounds, args.min_seconds) if name == "akhbar" else (args.dateparser_rounds, 0.0)
        )
        speeds[name] = (
            rate(parse, parse_cases, len(parse_cases), rounds, seconds),
            rate(search, cases, expressions, rounds, seconds),
        )
        print(f"| {name} | {speeds[name][0]:,.0f} | {speeds[name][1]:,.0f} |")
    ratio_parse = speeds["akhbar"][0] / speeds["dateparser"][0]
    ratio_search = speeds["akhbar"][1] / speeds["dateparser"][1]
    print(f"\nakhbar / dateparser speed: parse ×{ratio_parse:,.0f}, search ×{ratio_search:,.0f}")

    worst = min(sum(v) / len(v) for table in results["akhbar"][:2] for v in table.values())
    print(f"akhbar's lowest per-kind accuracy: {100 * worst:.1f}% (target ≥ 99%)")
    if args.failures:
        for name, (_, _, failures) in results.items():
            print(f"\n## {name}: {len(failures)} wrong")
            for mode, case in failures:
                print(f"- {mode} [{case['kind']}] {case['text']!r} → {[e['value'] for e in case['expect']]}")


if __name__ == "__main__":
    main()
