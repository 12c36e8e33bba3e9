"""Who a story comes from: the dateline opening the first paragraph, agency signatures closing the
last one, and source lines ("المصدر : الجزيرة + وكالات").

Hand-written: no library knows Arabic datelines ("المدينة نيوز :-", "الرباط (و م ع) -", "بيروت - أ ف ب:"),
and trafilatura keeps them inside the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from akhbar.dates import may_start
from akhbar.parsing import lexicon
from akhbar.parsing.cues import is_person_name
from akhbar.text import word_key, words

_AGENCIES = {word_key(a) for a in lexicon.AGENCIES}
_AGENCY_LAST_WORDS = {key.rsplit(" ", 1)[-1] for key in _AGENCIES if key}
_PLACES = {word_key(p) for p in lexicon.PLACES}
_SITE_MARKERS = {word_key(m) for m in lexicon.SITE_MARKERS}
_OUTLETS = {word_key(o) for o in lexicon.KNOWN_OUTLETS}
_FIRST_WORDS = {name.split(" ")[0] for name in _AGENCIES | _PLACES}

# "X :-", "X -", "X –", "X:" ending a dateline segment, with the spaces around it.
_SEPARATOR = re.compile(r"\s*(?::\s*[-–—]+|[-–—]+\s*:|\s[-–—]+|[-–—]+\s|:)\s*")
_SEPARATOR_RUN = re.compile(r"\s*[-–—:|]+\s*")
_CONNECTOR = re.compile(r"\s*(?:،|,|في\s)\s*")
_WRAPPED = re.compile(r"\(\s*([^()]{1,30}?)\s*\)|/\s*([^/\d]{1,14}?)\s*/")
_DAY_MONTH = re.compile(r"\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{2,4})?(?!\d)")
# An outlet named after the place: "الناصرية - الرافدين برس: ..."
_OUTLET = re.compile(r"([^:\-–—()\d]{2,30}?)\s*(?::\s*[-–—]?|\s[-–—])\s*")
_PLACE_AND_NAME = re.compile(r"^([^:\-–—\d]{2,25}?)\s*[:\-–—]\s*([^:\-–—\d.،,]{3,40}?)\s*$")
_TOKEN = re.compile(r"[^\s\-–—:()/|،,]+")
_SPLIT_SOURCES = re.compile(r"\s*(?:\+|،|,|;|؛|/|\s&\s|\sو\s)\s*")
_TRAILING_AGENCY = re.compile(r"(?:\s*[-–—]\s*|\s+)\(?\s*([^()\-–—]{1,25}?)\s*\)?\s*\.?\s*$")
_MAX_PREFIX_WORDS = 5
_MAX_UNKNOWN_PLACE_WORDS = 2
# Sentence openings that a dash can follow ("وقال الوزير - في بيان"): a conjunction glued to the first
# word, or a verb or particle; known towns starting with و (وجدة) are in the gazetteer.
_NOT_A_PLACE = re.compile(r"^(?:[وف]\S|قال|أكد|اكد|أعلن|اعلن|في|من|على|إلى|الى|عن|مع|أن|إن|ان|هذا|هذه)")
_MAX_NAME_WORDS = 4
_HEAD = 160


@dataclass(slots=True)
class Dateline:
    """A dateline found at the start of a paragraph; offsets are into that paragraph's content."""

    end: int
    site: tuple[int, int] | None = None
    place: tuple[int, int] | None = None
    agencies: list[tuple[int, int]] = field(default_factory=list)


def may_open_dateline(first_word: str) -> bool:
    """Whether a line whose key starts with this word can start with a known place or agency."""
    return first_word in _FIRST_WORDS


def is_agency(name: str) -> bool:
    return word_key(name) in _AGENCIES


def is_agency_key(key: str) -> bool:
    """`is_agency` for a name already in `word_key` form."""
    return key in _AGENCIES


def _trim(content: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not (content[start].isalnum()):
        start += 1
    while end > start and not (content[end - 1].isalnum() or content[end - 1] == ")"):
        end -= 1
    if content[end - 1 : end] == ")" and "(" not in content[start:end]:
        end -= 1
    return start, end


def _is_site_name(name: str, separator: str) -> bool:
    """An outlet's name: a known outlet, one with an outlet word ("نيوز", "بوابة", "24"), or a short
    name stamped "X :-" the way outlets mark their own stories. Any other unknown name before a
    dateline's dash is more likely a town the gazetteer lacks."""
    key = word_key(name)
    words = key.split()
    if key in _OUTLETS or any(w in _SITE_MARKERS for w in words):
        return True
    return len(words) <= 3 and bool(re.search(r":\s*[-–—]", separator))


def _known_name(head: str, at: int) -> tuple[str, int] | None:
    """The longest place or agency name (up to four words) starting at ``at``: ("place"|"agency", end)."""
    first = _TOKEN.match(head, at)
    if first is None or word_key(first.group()).split(" ")[0] not in _FIRST_WORDS:
        return None
    ends: list[int] = []
    position = at
    for token in _TOKEN.finditer(head, at):
        if head[position : token.start()].strip(" ") or len(ends) == _MAX_NAME_WORDS:
            break
        ends.append(token.end())
        position = token.end()
    for end in reversed(ends):
        key = word_key(head[at:end])
        if key in _AGENCIES:
            return "agency", end
        if key in _PLACES:
            return "place", end
    return None


DateSpans = Callable[[], list[tuple[int, int]]]


class _Scan:
    """Walks a dateline's parts — places, agencies, dates, separators — from ``at`` onwards."""

    def __init__(self, head: str, dates: DateSpans | None, found: Dateline) -> None:
        self.head, self.found = head, found
        self._dates = dates
        self._spans: list[tuple[int, int]] | None = None if dates else []

    def _date_at(self, at: int) -> tuple[int, int] | None:
        # The date grammar is the costliest step; most datelines hold no date, and most paragraphs
        # are no dateline, so the caller's dates are asked for only where one may begin.
        if self._spans is None:
            if not may_start(self.head, at):
                return None
            self._spans = self._dates()  # type: ignore[misc]
        return next((d for d in self._spans if d[0] == at), None)

    def run(self, at: int, seen: bool) -> None:
        head, found = self.head, self.found
        while at < len(head):
            while at < len(head) and head[at] == " ":
                at += 1
            date = self._date_at(at)
            separator = _SEPARATOR_RUN.match(head, at)
            wrapped = _WRAPPED.match(head, at)
            numeric = _DAY_MONTH.match(head, at)
            if date:
                at, seen = date[1], True
            elif separator and seen:
                at = found.end = separator.end()
            elif wrapped and is_agency(wrapped.group(1) or wrapped.group(2) or ""):
                group = 1 if wrapped.group(1) else 2
                found.agencies.append(_trim(head, *wrapped.span(group)))
                at, seen = wrapped.end(), True
                if group == 2:  # "/أ ش أ/" closes an Egyptian dateline by itself
                    found.end = at
            elif (known := _known_name(head, at)) is not None:
                kind, end = known
                outlet = _OUTLET.match(head, at)
                if (
                    kind == "place"
                    and found.site is None
                    and outlet
                    and outlet.end(1) > end
                    and _is_site_name(head[end : outlet.end(1)], "")
                ):
                    # "حيفا بوست:", "الدوحة بوست -": an outlet named after a town
                    found.site = _trim(head, *outlet.span(1))
                    at = found.end = outlet.end()
                    seen = True
                    continue
                if kind == "agency":
                    found.agencies.append((at, end))
                elif found.place is None:
                    found.place = (at, end)
                at, seen = end, True
            elif numeric and seen:
                at = numeric.end()
            elif seen and (connector := _CONNECTOR.match(head, at)) and connector.end() > at:
                at = connector.end()
            elif (
                seen
                and found.site is None
                and (outlet := _OUTLET.match(head, at))
                and _is_site_name(outlet.group(1), "")
            ):
                found.site = _trim(head, *outlet.span(1))
                at = found.end = outlet.end()
            else:
                return


def find_dateline(content: str, dates: DateSpans | None = None) -> Dateline | None:
    """Read the dateline opening a paragraph: "القاهرة - (رويترز) -", "المدينة نيوز :-",
    "بيروت - أ ف ب:", "الرباط (و م ع) -", "رام الله 5-4-2021 وفا-", "القاهرة في 25 يوليو /أ ش أ/",
    "عمّان - الأربعاء 3 آذار 2021 -".

    ``dates`` gives the spans of the dates in the paragraph, which a dateline may hold; it is called
    only if the scan reaches a place where a date may begin.
    Known places and agencies are recognised wherever they stand; an unknown name counts only first:
    as an outlet's own stamp when it looks like one ("عمون -", "الرافدين برس:"), else as a town.
    """
    head = content[:_HEAD]
    found = Dateline(end=0)
    scan = _Scan(head, dates, found)
    scan.run(0, seen=False)
    if found.end == 0 and not found.place and not found.agencies:
        separator = _SEPARATOR.search(head)
        if not separator or separator.start() == 0:
            return None
        name = head[: separator.start()]
        words = len(name.split())
        if _is_site_name(name, separator.group()) and words <= _MAX_PREFIX_WORDS:
            found.site = _trim(content, 0, separator.start())
        elif (
            words <= _MAX_UNKNOWN_PLACE_WORDS
            and re.search(r"[-–—]", separator.group())
            and not _NOT_A_PLACE.match(name.strip())
        ):
            found.place = _trim(content, 0, separator.start())  # "جبيل - ...": a town we do not list
        else:
            return None
        found.end = separator.end()
        scan.run(found.end, seen=True)
    return found if found.end else None


def attribution_line(
    content: str, unknown_place: bool = False
) -> tuple[str, tuple[int, int] | None, Dateline | None] | None:
    """A short line that only says who: "دمشق-سانا", "الرياض - واس" (an agency), "الدوحة - بوابة الخليج:"
    (an outlet), "أبوظبي: سلمى الكعبي" (a reporter). Returns ("source"|"byline", name span, dateline).
    ``unknown_place`` lets a name the gazetteer lacks stand for the place before a reporter's name."""
    found = find_dateline(content)
    if found is None:
        # "الصويرة: خديجة أيت علي": a place the gazetteer lacks, then a reporter's name; trusted only
        # where the caller knows a byline may stand (above the first paragraph).
        pair = _PLACE_AND_NAME.match(content) if unknown_place else None
        if pair and len(pair.group(1).split()) <= 2 and is_person_name(pair.group(2)):
            return "byline", pair.span(2), Dateline(end=pair.start(2), place=pair.span(1))
        return None
    rest = content[found.end :].strip(" :-–—")
    last_agency = content[found.agencies[-1][0] :].strip(" :-–—") if found.agencies else None
    if rest and rest == last_agency:
        rest = ""  # "دمشق-سانا": the scan took the agency in but the line ends without a separator
    if not rest:
        return ("source", None, found) if found.agencies or found.site else None
    if found.place is None or len(rest.split()) > _MAX_NAME_WORDS or re.search(r"[.!?؟،,\d]", rest):
        return None
    start = content.index(rest, found.end)
    kind = "source" if _is_site_name(rest, "") and not found.site else "byline"
    if kind == "source":
        found.site = (start, start + len(rest))
    return kind, (start, start + len(rest)), found


def trailing_agency(content: str) -> tuple[int, int] | None:
    """An agency signing off a paragraph: "... في المنطقة. (أ ف ب)" or "... - رويترز"."""
    # Only punctuation may follow the name, so the paragraph's last word is the agency's last word:
    # a set lookup spares most paragraphs the regex, which backtracks at every space of the tail.
    tail = content[-40:]
    last = words(tail)[-1:]
    if not last or last[0] not in _AGENCY_LAST_WORDS:
        return None
    found = _TRAILING_AGENCY.search(tail)
    if not found:
        return None
    offset = len(content) - len(tail)
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
