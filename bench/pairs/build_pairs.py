#!/usr/bin/env python
"""Assemble bench/pairs/pairs.jsonl from the hand-written texts and the hand-labelled pair list.

    python bench/pairs/build_pairs.py [--check]

``articles.txt`` holds the stories (and each one's second-desk headline and lead), ``outlets.txt``
the outlets' page furniture, ``spec.jsonl`` one line per pair: which story on which outlet on each
side, the edits that side carries, and the labels, set by hand. This script only applies those
edits and renders the pages, so a label is never computed; ``--check`` fails if pairs.jsonl is not
what the sources give.

Edits a side may carry: ``headline`` / ``lead`` ("alt" for the rewrite, or a text), ``drop_tail``
(paragraphs cut from the end), ``keep`` (paragraph indices, in order), ``swap`` ([i, j]),
``insert`` ([i, text]), ``append`` (a paragraph after the body), ``replace`` ([[old, new], ...],
each must occur), ``transform`` ("eastern_digits", "no_hamza", "final_ya"), ``dateline``
("agency", "none" or the outlet's by default), ``source`` ("none", a text, or the agency by
default), ``most_read_shift`` and ``fetch_after_days`` (a re-crawl), ``publish_after_minutes``,
``query`` (appended to the URL).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CALENDAR = HERE.parent / "corpus_data" / "calendar.json"
EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
EDITS = {
    "doc",
    "outlet",
    "headline",
    "lead",
    "drop_tail",
    "keep",
    "swap",
    "insert",
    "append",
    "replace",
    "transform",
    "dateline",
    "source",
    "most_read_shift",
    "fetch_after_days",
    "publish_after_minutes",
    "query",
}


@dataclass
class Section:
    kind: str
    id: str
    fields: dict[str, str] = field(default_factory=dict)
    lists: dict[str, list[str]] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)


def read_sections(path: Path) -> list[Section]:
    sections: list[Section] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("# "):
            continue
        if line.startswith("## "):
            kind, _, ident = line[3:].partition(" ")
            sections.append(Section(kind, ident))
            continue
        current = sections[-1]
        key, sep, value = line.partition(": ")
        if not sep and line.endswith(":"):
            key, value, sep = line[:-1], "", ":"
        if sep and re.fullmatch(r"[a-z0-9-]+", key):
            current.fields.setdefault(key, value)
            current.lists.setdefault(key, []).append(value)
        else:
            current.lines.append(line)
    return sections


@dataclass(frozen=True)
class Sources:
    outlets: dict[str, Section]
    most_read: list[str]
    articles: dict[str, Section]
    calendar: dict[str, Any]


def load_sources() -> Sources:
    outlet_sections = read_sections(HERE / "outlets.txt")
    return Sources(
        outlets={s.id: s for s in outlet_sections if s.kind == "outlet"},
        most_read=next(s.lines for s in outlet_sections if s.kind == "most-read"),
        articles={s.id: s for s in read_sections(HERE / "articles.txt") if s.kind == "article"},
        calendar=json.loads(CALENDAR.read_text(encoding="utf-8")),
    )


def date_line(outlet: Section, when: dt.datetime, calendar: dict[str, Any]) -> str:
    month = calendar["months"][outlet.fields["months"]][when.month - 1]
    if outlet.fields.get("gregorian-pair") == "yes":
        month = f"{month} / {calendar['months']['egyptian'][when.month - 1]}"
    values = {
        "weekday": calendar["weekdays"][when.weekday()],
        "d": str(when.day),
        "dd": f"{when.day:02d}",
        "mm": f"{when.month:02d}",
        "month": month,
        "y": str(when.year),
        "hh": f"{when.hour:02d}",
        "min": f"{when.minute:02d}",
    }
    if "{hijri}" in outlet.fields["date"]:
        from hijridate import Gregorian

        h = Gregorian(when.year, when.month, when.day).to_hijri()
        values["hijri"] = f"{h.day} {calendar['hijri_months'][h.month - 1]} {h.year}"
    return outlet.fields["date"].format(**values)


def transform(text: str, how: str) -> str:
    if how == "eastern_digits":
        return text.translate(EASTERN)
    if how == "no_hamza":
        return text.translate(str.maketrans("أإآ", "ااا"))
    if how == "final_ya":
        return re.sub(r"ي(?=\s|[،.:]|$)", "ى", text)
    raise ValueError(f"unknown transform {how!r}")


def render(side: dict[str, Any], src: Sources) -> tuple[str, str, str]:
    """(page text, url, fetch timestamp) of one side of a pair."""
    unknown = set(side) - EDITS
    if unknown:
        raise ValueError(f"unknown edits {sorted(unknown)}")
    art = src.articles[side["doc"]]
    outlet = src.outlets[side["outlet"]]
    name = outlet.fields["name"]
    published = dt.datetime.fromisoformat(art.fields["date"]) + dt.timedelta(
        minutes=side.get("publish_after_minutes", 0)
    )
    fetched = published + dt.timedelta(hours=1, days=side.get("fetch_after_days", 0))

    def pick(key: str) -> str:
        value = side.get(key)
        if value is None:
            return art.fields[key]
        return art.fields[f"{key}2"] if value == "alt" else value

    headline, lead = pick("headline"), pick("lead")
    paras = list(art.lists.get("p", []))
    if "keep" in side:
        paras = [paras[i] for i in side["keep"]]
    if side.get("drop_tail"):
        paras = paras[: len(paras) - side["drop_tail"]]
    if "swap" in side:
        i, j = side["swap"]
        paras[i], paras[j] = paras[j], paras[i]
    if "insert" in side:
        paras.insert(side["insert"][0], side["insert"][1])
    if "append" in side:
        paras.append(side["append"])

    dateline_choice = side.get("dateline", "outlet")
    if dateline_choice == "agency" and art.fields.get("agency-dateline"):
        dateline = art.fields["agency-dateline"]
    elif dateline_choice == "none":
        dateline = ""
    else:
        dateline = outlet.fields["dateline"].format(city=art.fields["city"], name=name)
    source_choice = side.get("source")
    credit = art.fields.get("agency") if source_choice is None else source_choice
    source = outlet.fields["source"].format(src=credit) if credit and credit != "none" else None

    offset = int(outlet.fields["most-read-offset"]) + side.get("most_read_shift", 0)
    pool = src.most_read
    most_read = [pool[(offset + k) % len(pool)] for k in range(5)]

    lines = [*outlet.lists.get("top", []), headline, date_line(outlet, published, src.calendar), ""]
    body = [f"{dateline} {lead}" if dateline else lead, *paras]
    if source:
        body.append(source)
    lines.append("\n\n".join(body))
    if "share" in outlet.fields:
        lines.extend(("", outlet.fields["share"]))
    lines.extend(("", "", outlet.fields["most-read"], *most_read, ""))
    lines.extend(f.format(y=published.year) for f in outlet.lists.get("footer", []))
    text = "\n".join(lines) + "\n"
    for old, new in side.get("replace", []):
        if old not in text:
            raise ValueError(f"{side['doc']}: {old!r} not in the text")
        text = text.replace(old, new)
    if "transform" in side:
        text = transform(text, side["transform"])
    url = f"https://{outlet.fields['host']}/news/{art.id.lower()}-{published:%Y%m%d}" + side.get("query", "")
    return text, url, fetched.strftime("%Y-%m-%dT%H:%M:%SZ")


def build(spec_path: Path = HERE / "spec.jsonl") -> list[dict[str, Any]]:
    src = load_sources()
    pairs = []
    for n, line in enumerate(spec_path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        spec = json.loads(line)
        try:
            a, a_url, a_ts = render(spec["a"], src)
            b, b_url, b_ts = render(spec["b"], src)
        except (KeyError, ValueError, IndexError) as e:
            raise SystemExit(f"spec.jsonl line {n}: {e!r}") from e
        if spec["duplicate"] and not spec["same_story"]:
            raise SystemExit(f"spec.jsonl line {n}: a duplicate is always the same story")
        pairs.append(
            {
                "a": a,
                "b": b,
                "duplicate": spec["duplicate"],
                "same_story": spec["same_story"],
                "note": spec["note"],
                "category": spec["category"],
                "a_url": a_url,
                "b_url": b_url,
                "a_timestamp": a_ts,
                "b_timestamp": b_ts,
            }
        )
    return pairs


def serialise(pairs: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--check", action="store_true", help="fail if pairs.jsonl differs from what the sources give"
    )
    args = ap.parse_args(argv)
    text = serialise(build())
    target = HERE / "pairs.jsonl"
    if args.check:
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            sys.exit("pairs.jsonl is out of date: run bench/pairs/build_pairs.py")
        return
    target.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10))} pairs -> {target}")


if __name__ == "__main__":
    main()
