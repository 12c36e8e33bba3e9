"""Every page under tests/fixtures/pages/ against its hand-written expectations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from akhbar import parse

PAGES = Path(__file__).parent.parent / "fixtures" / "pages"
CASES = sorted(PAGES.glob("*.txt"))
FIELDS = ("is_article", "title", "published", "site", "authors", "sources", "captions")


def _load(page: Path) -> tuple[str, dict]:
    return page.read_text(encoding="utf-8"), json.loads(page.with_suffix(".json").read_text("utf-8"))[
        "expect"
    ]


def _line_labels(text: str, article) -> dict[str, list[str]]:
    labels: dict[str, list[str]] = {}
    for line in article.lines:
        labels.setdefault(text[line.start : line.end].strip(), []).append(line.label)
    return labels


@pytest.mark.parametrize("page", CASES, ids=[p.stem for p in CASES])
def test_page(page: Path) -> None:
    text, expect = _load(page)
    article = parse(text)
    failures = []

    def check(what: str, ok: bool, got) -> None:
        if not ok:
            failures.append(f"{what}: got {got!r}")

    for name in FIELDS:
        if name in expect:
            got = getattr(article, name)
            check(f"{name} should be {expect[name]!r}", got == expect[name], got)
    if "headings" in expect:
        headings = [s.heading for s in article.sections if s.heading]
        check(f"headings should be {expect['headings']!r}", headings == expect["headings"], headings)
    if "text_starts" in expect:
        check(
            f"text should start {expect['text_starts']!r}",
            article.text.startswith(expect["text_starts"]),
            article.text[:80],
        )
    if "text_ends" in expect:
        check(
            f"text should end {expect['text_ends']!r}",
            article.text.endswith(expect["text_ends"]),
            article.text[-80:],
        )
    for piece in expect.get("text_includes", []):
        check(f"text should include {piece!r}", piece in article.text, None)
    for piece in expect.get("text_excludes", []):
        check(f"text should exclude {piece!r}", piece not in article.text, None)
    kinds = {block.kind for block in article.boilerplate}
    for kind in expect.get("boilerplate_kinds", []):
        check(f"boilerplate kind {kind!r} expected", kind in kinds, sorted(kinds))
    labels = _line_labels(text, article)
    for line, label in expect.get("labels", {}).items():
        check(f"line {line!r} should be {label}", label in labels.get(line, []), labels.get(line))
    assert not failures, "\n".join(failures)


REGIONS = {
    "Levant": ("jordan", "lebanon", "syria", "palestin"),
    "Gulf": ("saudi", "uae", "emirat", "qatar", "kuwait", "bahrain", "oman"),
    "Egypt": ("egypt",),
    "Iraq": ("iraq",),
    "Maghreb": ("morocc", "algeria", "tunisia", "libya"),
}


def test_enough_pages_cover_every_region() -> None:
    assert len(CASES) >= 40
    shapes = [json.loads(p.with_suffix(".json").read_text("utf-8"))["shape"].lower() for p in CASES]
    for region, countries in REGIONS.items():
        assert sum(any(c in shape for c in countries) for shape in shapes) >= 3, region
