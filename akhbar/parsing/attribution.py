"""Who a story comes from: the dateline opening the first paragraph, agency signatures closing the
last one, and source lines ("المصدر : الجزيرة + وكالات").

Hand-written: no library knows Arabic datelines ("المدينة نيوز :-", "الرباط (و م ع) -", "بيروت - أ ف ب:"),
and trafilatura keeps them inside the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from akhbar.parsing import lexicon
from akhbar.text import word_key

_AGENCIES = {word_key(a) for a in lexicon.AGENCIES}
_PLACES = {word_key(p) for p in lexicon.PLACES}
_SITE_MARKERS = {word_key(m) for m in lexicon.SITE_MARKERS}

# "X :-", "X -", "X –", "X:" ending a dateline segment, with the spaces around it.
_SEPARATOR = re.compile(r"\s*(?::\s*[-–—]+|[-–—]+\s*:|\s[-–—]+|[-–—]+\s|:)\s*")
_PAREN = re.compile(r"\(\s*([^()]{1,30}?)\s*\)")
_SPLIT_SOURCES = re.compile(r"\s*(?:\+|،|,|;|؛|/|\s&\s|\sو\s)\s*")
_TRAILING_AGENCY = re.compile(r"(?:\s*[-–—]\s*|\s+)\(?\s*([^()\-–—]{1,25}?)\s*\)?\s*\.?\s*$")
_MAX_PREFIX_WORDS = 5


@dataclass(slots=True)
class Dateline:
    """A dateline found at the start of a paragraph; offsets are into that paragraph's content."""

    end: int
    site: tuple[int, int] | None = None
    place: tuple[int, int] | None = None
    agencies: list[tuple[int, int]] = field(default_factory=list)


def is_agency(name: str) -> bool:
    return word_key(name) in _AGENCIES


def _is_place(name: str) -> bool:
    return word_key(name) in _PLACES


def _trim(content: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not (content[start].isalnum()):
        start += 1
    while end > start and not (content[end - 1].isalnum() or content[end - 1] == ")"):
        end -= 1
    if content[end - 1 : end] == ")" and "(" not in content[start:end]:
        end -= 1
    return start, end


def _is_site_name(name: str, separator: str) -> bool:
    """An outlet's name: one with an outlet marker ("نيوز", "24"), or a short name before the "X :-" or
    "X -" that outlets stamp on their own stories (places are recognised before this is asked)."""
    words = word_key(name).split()
    if any(w in _SITE_MARKERS for w in words):
        return True
    return len(words) <= 3 and bool(re.search(r"[-–—]", separator))


def find_dateline(content: str, skip: list[tuple[int, int]] | None = None) -> Dateline | None:
    """Read "PLACE - (AGENCY) -", "SITE :-", "PLACE (AGENCY) -", "AGENCY:" at the start of a paragraph.

    ``skip`` lists spans (dates found by the caller) that a dateline may run over, as in
    "عمّان - الأربعاء 3 آذار 2021 - قال...". Only a known place, a known agency or a name with an
    outlet marker counts, or a one/two-word name before " - ", the commonest dateline of all.
    """
    head = content[:160]
    separator = _SEPARATOR.search(head)
    if not separator or separator.start() == 0:
        return None
    prefix = head[: separator.start()]
    words = prefix.split()
    if not words or len(words) > _MAX_PREFIX_WORDS:
        return None
    line = Dateline(end=separator.end())
    agency_in_parens = _PAREN.search(prefix)
    name_end = agency_in_parens.start() if agency_in_parens else len(prefix)
    name = prefix[:name_end].strip()
    if agency_in_parens and is_agency(agency_in_parens.group(1)):
        line.agencies.append(agency_in_parens.span(1))
    elif agency_in_parens:
        return None
    if name:
        name_span = _trim(content, 0, name_end)
        if is_agency(name):
            line.agencies.append(name_span)
        elif _is_place(name):
            line.place = name_span
        elif _is_site_name(name, separator.group()):
            line.site = name_span
        else:
            return None
    elif not line.agencies:
        return None
    _extend(content, line, skip or [])
    return line


def _extend(content: str, line: Dateline, skip: list[tuple[int, int]]) -> None:
    """Take in what may follow the first segment: an agency ("- أ ف ب:", "- (رويترز) -") or a date."""
    for _ in range(2):
        rest = content[line.end :]
        date = next((s for s in skip if s[0] == line.end), None)
        if date:
            after = _SEPARATOR.match(content, date[1])
            if not after:
                return
            line.end = after.end()
            continue
        separator = _SEPARATOR.search(rest[:40])
        if not separator or separator.start() == 0:
            return
        candidate = rest[: separator.start()].strip().strip("()").strip()
        if not is_agency(candidate):
            return
        offset = line.end + rest.index(candidate)
        line.agencies.append((offset, offset + len(candidate)))
        line.end += separator.end()


def trailing_agency(content: str) -> tuple[int, int] | None:
    """An agency signing off a paragraph: "... في المنطقة. (أ ف ب)" or "... - رويترز"."""
    found = _TRAILING_AGENCY.search(content[-40:])
    if not found:
        return None
    offset = len(content) - len(content[-40:])
    start, end = found.span(1)
    name = found.group(1)
    if not is_agency(name):
        return None
    opener = found.group(0).lstrip()[:1]
    before = content[: offset + found.start()].rstrip()
    if opener == "(" and before and before[-1] not in '.!?؟"”»)':
        return None
    if opener not in "(-–—":
        return None
    return offset + start, offset + end


def split_sources(text: str, offset: int) -> list[tuple[int, int]]:
    """Spans of each attributed origin in "الجزيرة + وكالات", "رويترز، أ ف ب", "(المصدر: وكالة بترا)"."""
    bounds = [0]
    for separator in _SPLIT_SOURCES.finditer(text):
        bounds += [separator.start(), separator.end()]
    bounds.append(len(text))
    spans: list[tuple[int, int]] = []
    for start, end in zip(bounds[::2], bounds[1::2], strict=True):
        start, end = _trim(text, start, end)
        if end <= start:
            continue
        # "الجزيرة ووكالات", "رويترز وأ ف ب": the conjunction is glued to a name we know.
        glued = next(
            (
                m.start()
                for m in re.finditer(r"(?:^|\s)و(?=\S)", text[start:end])
                if is_agency(text[start + m.end() : end])
            ),
            None,
        )
        if glued is not None and not is_agency(text[start:end]):
            head_end = start + glued
            if head_end > start:
                spans.append((offset + start, offset + len(text[:head_end].rstrip())))
            start = start + text[start:end].index("و", glued) + 1
        spans.append((offset + start, offset + end))
    return spans
