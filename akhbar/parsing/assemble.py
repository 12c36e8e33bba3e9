"""Turn labelled lines into an Article: fields, sections, clean text, boilerplate blocks, spans."""

from __future__ import annotations

import re

from akhbar.model import Article, Block, Line, Section
from akhbar.parsing import cues
from akhbar.parsing.attribution import is_agency, split_sources, trailing_agency
from akhbar.parsing.cues import is_person_name
from akhbar.parsing.layout import Layout
from akhbar.parsing.lines import PageLine
from akhbar.parsing.page_kind import detect_language, is_article
from akhbar.parsing.published import choose_published

_WRAPPERS = " ()[]-–—/*"
_PARENTHESES = re.compile(r"\(\s*([^()]{1,25}?)\s*\)")
_CREDIT_HEAD = 160
_GLUED_AND = re.compile(r"\s+و(?=\S)")
_NAME_SEPARATORS = re.compile(r"\s*(?:،|,|;|\s-\s|\|| و(?=\S+\s+\S))\s*")
# The outlet's name after "محفوظة لـ" or "© 2021": letters first, then anything but punctuation (so
# "لبنان الآن 24" keeps its number).
_NAME = r"([^\W\d_][^©|\-–.(),،]{1,40})"
_FOOTER_SITE = re.compile(
    r"(?:محفوظة|محفوظه)\s*ل\s*ـ*\s*(?:موقع|صحيفة|صحيفه|جريدة|جريده|مؤسسة|مؤسسه|شبكة|شبكه)?\s*" + _NAME
)
_COPYRIGHT_SIGN = re.compile(r"©\s*(?:\d{4}\s*(?:-\s*\d{4})?)?\s*" + _NAME)
_COPYRIGHT_WORDS = re.compile(r"\s*(?:جميع|كل)\s+الحقوق.*$|\s*الحقوق محفوظة.*$|\s+\d{4}\s*$")


class _Builder:
    def __init__(self, text: str, layout: Layout, article: Article) -> None:
        self.text = text
        self.layout = layout
        self.article = article

    def span(self, name: str, start: int, end: int) -> None:
        self.article.spans.setdefault(name, []).append([start, end])

    def add_author(self, start: int, end: int) -> None:
        self.article.authors.append(self.text[start:end])
        self.span("authors", start, end)

    def set_site(self, start: int, end: int, why: str) -> None:
        self.article.site = self.text[start:end]
        self.article.provenance["site"] = why
        self.span("site", start, end)

    def add_source(self, start: int, end: int) -> None:
        name = self.text[start:end]
        if name not in self.article.sources:
            self.article.sources.append(name)
            self.span("sources", start, end)


def build_article(text: str, layout: Layout, article: Article, hints: dict) -> Article:
    b = _Builder(text, layout, article)
    lines = layout.lines
    if layout.title is not None:
        article.title = layout.title.content
        b.span("title", layout.title.content_start, layout.title.content_end)
    _people_and_sources(b)
    paragraphs = _sections(b)
    article.is_article = is_article(layout, paragraphs)
    if article.is_article:  # the dates on an index or search page are its items', not its own
        _published(b, hints)
    _site(b, hints)
    article.boilerplate = _blocks(lines)
    article.lines = [Line(ln.start, ln.end, ln.label or "body", ln.kind, ln.rule) for ln in lines]
    article.language = detect_language(article.text or (article.title or ""))
    return article


def _published(b: _Builder, hints: dict) -> None:
    chosen = choose_published(b.layout)
    if chosen is not None:
        b.article.published = chosen.match.value
        b.article.provenance["published"] = chosen.why
        offset = chosen.line.content_start if chosen.line else 0
        b.span("published", offset + chosen.match.start, offset + chosen.match.end)
    elif hints.get("published"):
        b.article.published = hints["published"]
        b.article.provenance["published"] = hints.get("published_why", "metadata")


def _people_and_sources(b: _Builder) -> None:
    for line in b.layout.lines:
        attribution = line.attribution
        if attribution is not None:
            _attribution(b, line, *attribution)
        elif line.label == "byline" and line.rule not in ("column-name", "writer-description"):
            for start, end in _names(line, cues.byline_rest(line) or 0, b.layout):
                b.add_author(start, end)
        elif line.label == "source" and line.rule == "agency-signature":
            start, end = _trim_span(line.content, 0, len(line.content))
            b.add_source(line.content_start + start, line.content_start + end)
        elif line.label == "source":
            rest = cues.SOURCE.rest(line) or 0
            for start, end in split_sources(line.content[rest:], line.content_start + rest):
                b.add_source(start, end)
        elif line.label == "caption":
            start, end = _caption_span(line)
            b.article.captions.append(b.text[start:end])
            b.span("captions", start, end)


def _attribution(b: _Builder, line: PageLine, kind: str, name: tuple[int, int] | None, dateline) -> None:
    """A line that only names an agency, an outlet or a reporter ("الرياض - واس", "أبوظبي: فلان")."""
    base = line.content_start
    for start, end in dateline.agencies:
        b.add_source(base + start, base + end)
    if dateline.site and not b.article.site:
        b.set_site(base + dateline.site[0], base + dateline.site[1], "dateline line")
    if kind == "byline" and name:
        b.add_author(base + name[0], base + name[1])


def _names(line: PageLine, rest: int, layout: Layout) -> list[tuple[int, int]]:
    """Author names after a byline cue, cut before any date and split on commas and "و"."""
    end = len(line.content)
    if "(" in line.content[rest:]:  # "كتب: فلان (جدة)"
        end = line.content.index("(", rest)
    for match in layout.dates_in(line):
        if match.start >= rest:
            end = min(end, match.start)
    chunk = line.content[rest:end]
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in _NAME_SEPARATORS.split(chunk):
        at = chunk.index(piece, pos)
        pos = at + len(piece)
        stripped = piece.strip(" :-–—|()*")
        if not stripped:
            continue
        offset = line.content_start + rest + at + piece.index(stripped)
        # "أحمد سعيد ومحمود فهمي": the conjunction is glued to the second name.
        glued = next((m for m in _GLUED_AND.finditer(stripped) if is_person_name(stripped[m.end() :])), None)
        if glued is not None:
            spans.append((offset, offset + glued.start()))
            offset, stripped = offset + glued.end(), stripped[glued.end() :]
        spans.append((offset, offset + len(stripped)))
    return spans


def _caption_span(line: PageLine) -> tuple[int, int]:
    """The caption's own words: "الصورة: الوزير" gives "الوزير", but "صورة أرشيفية لمقر المصرف" is kept
    whole, its marker being part of the sentence."""
    rest = cues.CAPTION.rest(line) or 0
    if not any(c in line.content[:rest] for c in ":-–—("):
        rest = 0
    return _trim_span(line.content, rest, len(line.content), line.content_start)


def _trim_span(content: str, start: int, end: int, base: int = 0) -> tuple[int, int]:
    """``start:end`` narrowed past spaces and wrapping brackets, shifted by ``base``."""
    while start < end and content[start] in _WRAPPERS:
        start += 1
    while end > start and content[end - 1] in _WRAPPERS:
        end -= 1
    return base + start, base + end


def _sections(b: _Builder) -> int:
    """Fill sections and text; returns the number of paragraphs."""
    layout = b.layout
    body = [ln for ln in layout.lines if ln.label in ("body", "heading")]
    sections: list[Section] = [Section(heading=None)]
    pieces: list[tuple[int, int]] = []
    last_paragraph = next((ln for ln in reversed(body) if ln.label == "body"), None)
    first_paragraph = next((ln for ln in body if ln.label == "body"), None)
    for line in body:
        start, end = line.content_start, line.content_end
        if line.label == "heading":
            sections.append(Section(heading=line.content))
            b.span("headings", start, end)
            continue
        if line is first_paragraph:
            if layout.dateline is not None and line.index == layout.body_start:
                start = _take_dateline(b, line)
            _inline_credit(b, start, end)
        if line is last_paragraph:
            end = _take_signature(b, line, start, end)
        if end > start:
            sections[-1].paragraphs.append(b.text[start:end])
            pieces.append((start, end))
    b.article.sections = [s for s in sections if s.paragraphs or s.heading]
    b.article.text = "\n\n".join(
        ((s.heading + "\n") if s.heading else "") + "\n\n".join(s.paragraphs) for s in b.article.sections
    ).strip()
    for start, end in pieces:
        b.span("text", start, end)
    return len(pieces)


def _take_dateline(b: _Builder, line: PageLine) -> int:
    dateline = b.layout.dateline
    assert dateline is not None
    base = line.content_start
    b.span("dateline", base, base + dateline.end)
    if dateline.site:
        b.set_site(base + dateline.site[0], base + dateline.site[1], "dateline")
    for start, end in dateline.agencies:
        b.add_source(base + start, base + end)
    return base + dateline.end


def _inline_credit(b: _Builder, start: int, end: int) -> None:
    """An agency credited inside the first sentence: "قالت الوزارة، اليوم الأحد (رويترز)، إن...";
    the credit stays in the text, the agency joins the sources."""
    for found in _PARENTHESES.finditer(b.text, start, min(end, start + _CREDIT_HEAD)):
        if is_agency(found.group(1)):
            b.add_source(*found.span(1))


def _take_signature(b: _Builder, line: PageLine, start: int, end: int) -> int:
    found = trailing_agency(b.text[start:end])
    if not found:
        return end
    b.add_source(start + found[0], start + found[1])
    cut = start + found[0]
    while cut > start and b.text[cut - 1] in " -–—(":
        cut -= 1
    return cut


def _site(b: _Builder, hints: dict) -> None:
    if b.article.site:
        return
    for line in reversed(b.layout.lines):
        if line.kind != "copyright":
            continue
        found = _FOOTER_SITE.search(line.content) or _COPYRIGHT_SIGN.search(line.content)
        name = _COPYRIGHT_WORDS.sub("", found.group(1)).strip() if found else ""
        if found and name:
            start = line.content_start + found.start(1) + found.group(1).index(name)
            b.set_site(start, start + len(name), "copyright line")
            return
    if hints.get("site"):
        b.article.site = hints["site"]
        b.article.provenance["site"] = hints.get("site_why", "metadata")


def _blocks(lines: list[PageLine]) -> list[Block]:
    """Consecutive boilerplate lines of one kind (blank lines between them do not split a block)."""
    blocks: list[Block] = []
    current: Block | None = None
    for line in lines:
        if line.label == "blank":
            continue
        if line.label != "boilerplate":
            current = None
            continue
        kind = line.kind or "other"
        if current is None or current.kind != kind:
            current = Block(kind=kind, lines=[], start=line.start, end=line.end)
            blocks.append(current)
        current.end = line.end
        if line.rule == "block-title":
            current.heading = line.content
            continue
        item = line.half if line.half is not None else line.content
        if item not in current.lines:
            current.lines.append(item)
    return blocks
