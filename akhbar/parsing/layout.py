"""Label every line of a page the way an Arabic-reading editor would.

Hand-written because the general extractors (trafilatura, jusText) decide from HTML structure and
English-tuned stop words: given a text dump they keep every line. Here the decision is made in passes
over the lines, each a small named rule:

1. ``_label_self_evident`` — what a line says about itself: blank, a block title ("الأكثر قراءة"),
   buttons, menus, copyright, bylines, source lines, caption markers, date lines, doubled headlines;
2. ``_label_blocks`` — what follows a block title belongs to its block; after a terminal one
   (comments, most-read lists) the article is over;
3. ``_find_body`` — the body runs from the first paragraph of prose to the last one;
4. ``_label_header`` — above the body: navigation, then the title, then captions;
5. ``_label_body`` — inside it: repeated lines, subheadings, paragraphs;
6. ``_label_tail`` — below it: furniture.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import islice

from akhbar.dates import DATE_WORDS, find_dates
from akhbar.model import DateMatch
from akhbar.parsing import cues, lexicon
from akhbar.parsing.attribution import (
    Dateline,
    DateSpans,
    attribution_line,
    find_dateline,
    is_agency_key,
    may_open_dateline,
)
from akhbar.parsing.lines import PageLine
from akhbar.text import word_key

_DATE_LINE_MAX_WORDS = 30
# Words that may sit beside a date on a date line without making it prose.
_DATE_LINE_WORDS = {
    word
    for phrase in (*lexicon.PUBLISHED_CUES, *lexicon.UPDATED_CUES, *lexicon.DATE_LINE_WORDS)
    for word in word_key(phrase).split()
}
_MAX_PLACE_WORDS = 3
_DATELINE_HEAD = 160
_MIN_TITLE_WORDS = 3
# Long enough for "(تغطية صحفية فلان - إعداد فلان - تحرير فلان)", short enough to leave "كتب الرئيس..." alone.
_MAX_BYLINE_WORDS = 16
_MAX_ATTRIBUTION_WORDS = 7
_MAX_COLUMN_NAME_WORDS = 4
# Longer lines ending a sentence are prose; see _label_self_evident.
_MAX_SHORT_WORDS = 25
_MAX_NEWSLETTER_TITLE_WORDS = 6
_MAX_HEADING_WORDS = 12
# A subheading may introduce a short lead-in ("يتضمن المشروع في مرحلته الأولى:").
_MIN_LEAD_WORDS = 6
_ATTRIBUTION_MARK = re.compile(r"[-–—:]")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_MIN_DATELINE_PARAGRAPH_WORDS = 18
# Block titles followed by a list whose items are ordinary lines (headlines, tags, comments); other
# titles ("شارك", "القائمة") sit above buttons and menus that are recognised by themselves.
_LIST_KINDS = frozenset({"related", "tags", "comments", "newsletter"})


@dataclass(slots=True)
class Layout:
    lines: list[PageLine]
    title: PageLine | None = None
    body_start: int | None = None
    body_end: int | None = None
    dateline: Dateline | None = None
    # Dates by line, found once: over the whole of a line short enough to be a date line or a byline,
    # over the head of a paragraph that may open with a dateline; a line asked both ways keeps the
    # first answer, which holds the head's dates either way.
    dates: dict[int, list[DateMatch]] = field(default_factory=dict)
    reference: dt.datetime | dt.date | None = None

    def dates_at_head(self, line: PageLine) -> list[DateMatch]:
        """Dates in the opening of a line (where a dateline would carry one), computed once."""
        if line.index not in self.dates:
            self.dates[line.index] = find_dates(line.content[:_DATELINE_HEAD], self.reference)
        return self.dates[line.index]

    def dates_in(self, line: PageLine) -> list[DateMatch]:
        """Dates in a short line that may hold one (a byline's), computed once."""
        if line.index not in self.dates:
            held = _may_hold_date(line)
            self.dates[line.index] = find_dates(line.content, self.reference) if held else []
        return self.dates[line.index]


def label_lines(lines: list[PageLine], title_hint: str | None = None, reference=None) -> Layout:
    layout = Layout(lines, reference=reference)
    _label_self_evident(layout, reference)
    _label_blocks(layout)
    _find_body(layout)
    _label_header(layout, title_hint)
    _label_body(layout)
    _label_tail(layout)
    return layout


def _label_self_evident(layout: Layout, reference) -> None:
    prose_seen = False
    for line in layout.lines:
        if line.blank:
            line.set("blank", "blank")
            continue
        words = line.words
        # Each recogniser rejects most lines by their length; testing it here first spares the calls.
        header = cues.block_header(line) if words <= cues.MAX_HEADER_WORDS else None
        if header:
            line.set("boilerplate", "block-title", header)
            line.header = header
            continue
        half = cues.doubled_half(line) if words >= 4 and not words % 2 else None
        if half is not None:
            line.set("boilerplate", "doubled-headline", "related")
            line.half = half
            continue
        prose = line.prose
        prose_seen = prose_seen or prose
        if words > _MAX_SHORT_WORDS and line.ends_sentence:
            # Prose: only an opening cue ("اقرأ أيضا: ...") or a copyright notice can make it furniture;
            # skipping the other tests here is most of the parser's speed on long pages.
            kind = cues.prose_boilerplate_kind(line)
            if kind:
                line.set("boilerplate", f"{kind}-cue", kind)
            continue
        if not prose and _may_hold_date(line) and _room_for_date_line(line):
            matches = find_dates(line.content, reference)
            if matches:
                layout.dates[line.index] = matches
                if _is_date_line(line, matches):
                    line.set("date", "date-line")
                    continue
        kind = cues.boilerplate_kind(line)
        if kind:
            line.set("boilerplate", f"{kind}-cue", kind)
            if kind == "newsletter" and words <= _MAX_NEWSLETTER_TITLE_WORDS:
                line.header = kind  # "اشترك في نشرتنا الإخبارية" heads its sign-up box
        elif words <= _MAX_BYLINE_WORDS and cues.byline_rest(line) is not None:
            line.set("byline", "byline-cue")
        elif (attribution := _attribution(line, prose_seen)) is not None:
            line.set(attribution[0], "dateline-alone" if attribution[0] == "source" else "place-and-name")
            line.attribution = attribution
        elif cues.SOURCE.rest(line) is not None:
            line.set("source", "source-cue")
        elif _is_agency_signature(line):
            line.set("source", "agency-signature")
        elif cues.caption_cue(line):
            line.set("caption", "caption-cue")


def _attribution(line: PageLine, prose_seen: bool) -> tuple | None:
    """A short line naming only an agency, an outlet or a reporter; a reporter's unknown town counts
    only above the first paragraph."""
    if (
        line.words <= _MAX_ATTRIBUTION_WORDS
        and _ATTRIBUTION_MARK.search(line.content)
        and not cues.is_list_item(line)
        and (may_open_dateline(line.first) or (not prose_seen and cues.names_someone(line)))
    ):
        return attribution_line(line.content, unknown_place=not prose_seen)
    return None


def _may_hold_date(line: PageLine) -> bool:
    """A publication date line has a year (Gregorian or Hijri, also inside a numeric date) or a relative
    word ("أمس", "منذ ساعتين"): a cheap test before the grammar, which scores and table rows never pass."""
    return line.words <= _DATE_LINE_MAX_WORDS and not line.prose and line.date_cue


def _room_for_date_line(line: PageLine) -> bool:
    """Whether few enough of the line's words lie outside any date expression for `_is_date_line` to
    hold: the grammar, the costliest test of a line, then runs on date lines and a few others only."""
    other = 0
    for word in line.tokens:
        if (
            word not in _DATE_LINE_WORDS
            and word not in DATE_WORDS
            and (word.isalpha() or not _DIGIT.search(word))
        ):
            other += 1
            if other > _MAX_PLACE_WORDS:
                return False
    return True


def _is_date_line(line: PageLine, matches: list[DateMatch]) -> bool:
    """A line that is a date with at most a few cue words ("تم نشره", "آخر تحديث") and a place."""
    if not any(m.day is not None or m.relative for m in matches):
        return False
    rest = line.content
    for match in reversed(matches):
        rest = rest[: match.start] + " " + rest[match.end :]
    leftover = [w for w in word_key(rest).split() if w not in _DATE_LINE_WORDS]
    return len(leftover) <= _MAX_PLACE_WORDS


def _is_agency_signature(line: PageLine) -> bool:
    # Stripping brackets and dashes leaves the key unchanged, so the key is the agency's.
    return line.words <= 5 and is_agency_key(line.key)


def _label_blocks(layout: Layout) -> None:
    """Lines under a block title join its block: the whole rest of the page after a terminal title
    once the article has begun, else the list of short lines that follows the title."""
    lines = layout.lines
    prose_seen = False
    i = 0
    while i < len(lines):
        line = lines[i]
        header = line.header
        if line.label is None and line.prose:
            prose_seen = True
        if not header:
            i += 1
            continue
        terminal = prose_seen and cues.is_terminal_header(line, header)
        kind = header
        if not terminal and header not in _LIST_KINDS:
            i += 1
            continue
        i += 1
        items = 0
        while i < len(lines):
            follower = lines[i]
            if follower.header:
                if not terminal:
                    break
                kind = follower.header
            elif follower.blank:
                if not terminal and items:
                    break
            elif follower.rule == "doubled-headline":
                follower.kind = kind
                items += 1
            elif follower.label in (None, "date"):
                if not terminal and follower.paragraph_like and follower.label is None:
                    break
                follower.set("boilerplate", f"{kind}-block", kind)
                items += 1
            elif follower.label == "boilerplate" and not terminal and follower.kind != kind:
                break
            i += 1


def _find_body(layout: Layout) -> None:
    lines = layout.lines
    open_lines = [ln for ln in lines if ln.label is None]
    if not open_lines:
        return
    first = next((ln for ln in open_lines if _opens_body(ln, layout)), None)
    if first is None:
        # A brief whose only paragraph has no final full stop: the longest free line after the title.
        rest = open_lines[1:] or open_lines
        best = max(rest, key=lambda ln: ln.words)
        if best.words < 8:
            return
        first = best
    layout.body_start = first.index
    last = first
    for line in lines[first.index + 1 :]:
        if line.label is None and (line.paragraph_like or line.ends_sentence):
            last = line
    layout.body_end = last.index


def _opens_body(line: PageLine, layout: Layout) -> bool:
    # Headlines often end with a question mark, paragraphs rarely stop at one after a few words.
    question = line.content.endswith(("?", "؟"))
    if (line.ends_sentence and line.words >= (14 if question else 6)) or line.words >= 30:
        return True
    # A dateline marks a first paragraph even without a final full stop, but "صفاقس: حجز 12 طنا..." is
    # a headline: only lines long enough to be prose count.
    if line.words < _MIN_DATELINE_PARAGRAPH_WORDS:
        return False
    return find_dateline(line.content, _date_spans(layout, line)) is not None


def _date_spans(layout: Layout, line: PageLine) -> DateSpans:
    return lambda: [(m.start, m.end) for m in layout.dates_at_head(line)]


def _label_header(layout: Layout, title_hint: str | None) -> None:
    end = layout.body_start if layout.body_start is not None else len(layout.lines)
    header = [ln for ln in layout.lines[:end] if ln.label is None]
    title = _choose_title(header, layout.lines[:end], title_hint)
    layout.title = title
    if title is None:
        for line in header:
            line.set("boilerplate", "above-body", "navigation")
        return
    title.set("title", "title")
    body = [ln for ln in layout.lines[end:] if ln.label is None]
    previous: PageLine | None = None
    for line in header:
        if line is title:
            pass
        elif layout.body_start is None:
            line.set("boilerplate", "no-body", "other")
        elif line.key == title.key:
            line.set("duplicate", "title-repeat")
        elif _is_writer(line, body):
            line.set("byline", "writer-name")
        elif not _LETTER.search(line.key):
            line.set("boilerplate", "no-words", "other")  # a counter, a video's duration ("02:14")
        elif previous is not None and previous.rule == "writer-name" and line.words <= _MAX_COLUMN_NAME_WORDS:
            line.set("byline", "column-name")
        elif line.index < title.index or cues.is_section_name(line):
            line.set("boilerplate", "above-title", "navigation")
        else:
            line.set("caption", "short-line-under-title")
        previous = line
    for line in layout.lines[end:]:
        if line.label is None and line.key == title.key:
            line.set("duplicate", "title-repeat")


def _is_writer(line: PageLine, body: list[PageLine]) -> bool:
    """A name standing alone in the header is the writer's, unless the story talks about that person:
    then it captions their photograph (the seed's "إلهام علييف")."""
    if not cues.is_writer_name(line):
        return False
    surname = line.tokens[-1]
    return not any(surname in ln.tokens for ln in body)


def _choose_title(
    header: list[PageLine], above_body: list[PageLine], title_hint: str | None
) -> PageLine | None:
    """The title: the line matching the caller's hint; else the headline next to the date line
    (just above it, else just below it); else the first line long enough to be a headline."""
    if title_hint:
        # HTML <title> often wraps the headline with the outlet's name: "الخبر | الموقع", "الموقع - الخبر".
        hint = f" {word_key(title_hint)} "
        for line in header:
            if line.words >= _MIN_TITLE_WORDS and f" {line.key} " in hint:
                return line
    candidates = [ln for ln in header if ln.words >= _MIN_TITLE_WORDS and not cues.is_section_name(ln)]
    date_line = next((ln for ln in above_body if ln.label == "date"), None)
    if date_line is not None:
        for step in (-1, +1):
            near = _neighbour(above_body, date_line.index, step)
            if near is not None and near in candidates:
                return near
    return next((ln for ln in candidates if ln.words >= _MIN_TITLE_WORDS + 1), None) or next(
        iter(candidates), None
    )


def _neighbour(lines: list[PageLine], index: int, step: int) -> PageLine | None:
    """The nearest line before (step -1) or after (step +1) line ``index``, looking past blank
    lines, bylines and other date lines, which sit between a title and its date line."""
    i = index + step
    while 0 <= i < len(lines) and lines[i].label in ("blank", "byline", "date"):
        i += step
    return lines[i] if 0 <= i < len(lines) else None


def _label_body(layout: Layout) -> None:
    if layout.body_start is None or layout.body_end is None:
        return
    lines = layout.lines
    start, end = layout.body_start, layout.body_end
    first = lines[start]
    layout.dateline = find_dateline(first.content, _date_spans(layout, first))
    seen: set[str] = set()
    for i in range(start, end + 1):
        line = lines[i]
        if line.label is not None:
            continue
        if line.key in seen:
            line.set("duplicate", "repeated-paragraph")
        elif _is_heading(lines, i, end):
            line.set("heading", "short-line-before-paragraph")
        else:
            line.set("body", "body")
            seen.add(line.key)


def _is_heading(lines: list[PageLine], i: int, end: int) -> bool:
    """A subheading: a short line without final punctuation, not a "label: value" line nor a list item,
    standing after a blank line or a paragraph, and followed by prose or by a list or table."""
    line = lines[i]
    if line.paragraph_like or line.ends_sentence or line.words > _MAX_HEADING_WORDS:
        return False
    if ":" in line.content or "：" in line.content or cues.is_list_item(line):
        return False
    before = lines[i - 1] if i > 0 else None
    if before is not None and not (before.blank or before.paragraph_like or before.label == "boilerplate"):
        return False
    following = list(islice((ln for ln in islice(lines, i + 1, end + 2) if not ln.blank), 2))
    if not following or following[0].label is not None:
        return False
    first = following[0]
    if first.paragraph_like or first.words >= _MIN_LEAD_WORDS:
        return True
    # a list or table: two short lines in a row right under it
    return len(following) == 2 and following[1].label is None and lines[i + 1] is first


def _label_tail(layout: Layout) -> None:
    """Below the body: a columnist's name and the line describing them ("* كاتب وباحث أردني") are
    bylines; the rest is furniture."""
    start = layout.body_end + 1 if layout.body_end is not None else 0
    body = [ln for ln in layout.lines if ln.label == "body"]
    writer_seen = False
    for line in layout.lines[start:]:
        if line.label is not None:
            continue
        if layout.body_end is not None and _is_writer(line, body):
            line.set("byline", "writer-name-below")
            writer_seen = True
        elif writer_seen and line.words <= _MAX_COLUMN_NAME_WORDS + 2 and cues.is_list_item(line):
            line.set("byline", "writer-description")
        else:
            line.set("boilerplate", "below-body", "other")
