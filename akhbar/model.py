"""The records that flow between stages: Document (read) → Article (parse) → stored rows (corpus, store).

Every record is a plain dataclass with ``to_dict`` / ``from_dict`` so it crosses process boundaries,
JSON Lines and database rows unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from typing import Any

LINE_LABELS = (
    "title",
    "date",
    "byline",
    "caption",
    "heading",
    "body",
    "source",
    "boilerplate",
    "duplicate",
    "blank",
)

BOILERPLATE_KINDS = (
    "related",
    "share",
    "navigation",
    "copyright",
    "comments",
    "tags",
    "ads",
    "newsletter",
    "other",
)


class _Record:
    """to_dict / from_dict shared by every record; unknown keys are ignored so old JSON still loads."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in names})


# What a deferred Document's loader gives: text, html, meta.
Content = tuple[str | None, str | None, dict[str, Any]]


@dataclass(slots=True)
class Document(_Record):
    """One page as read from an input, before parsing.

    Exactly one of ``text`` / ``html`` is normally set; ``origin`` names where it came from precisely
    enough to find it again (``path``, ``path:LINE``, ``path#offset=N``, ``path#row=N``, ``path#item=N``).

    A reader may defer the decoding (``Document.deferred``): id, origin, url and fetched_at are set at
    once, and the first read of ``text``, ``html`` or ``meta`` calls the loader, which decodes the
    payload bytes, and keeps what it gives. That read may raise instead when the bytes turn out not to
    be a page (``akhbar.readers.Unreadable``, carrying the ``Failure``). This is not only cheaper
    reading: ingest reads in one process and parses in worker processes, and a pending document is
    pickled as its payload bytes, so decoding runs in the workers in parallel; documents already
    stored are skipped by id without ever being decoded; and filtering on url or date costs no decode.
    """

    id: str
    origin: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    fetched_at: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    _load: Callable[[], Content] | None = field(default=None, init=False, repr=False, compare=False)

    @classmethod
    def deferred(
        cls,
        id: str,
        origin: str,
        load: Callable[[], Content],
        *,
        url: str | None = None,
        fetched_at: str | None = None,
    ) -> Document:
        """A document whose text, html and meta come from ``load()`` when first read."""
        # Not through __init__: archive readers make one per record, and this costs half as much.
        doc = cls.__new__(cls)
        doc.id, doc.origin, doc.url, doc.fetched_at, doc._load = id, origin, url, fetched_at, load
        doc.text = doc.html = doc.meta = None  # type: ignore[assignment]  # set when it settles
        return doc

    def _settle(self) -> None:
        text, html, meta = self._load()  # type: ignore[misc]  # a raise leaves the document pending
        self._load = None
        self.text, self.html, self.meta = text, html, meta

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        del out["_load"]
        return out

    # Pickling copies the stored values as they are, so a pending document stays pending (its loader
    # holds the bytes) instead of being decoded by the process that sends it.
    def __getstate__(self) -> tuple[Any, ...]:
        return tuple(slot.__get__(self) for slot in _DOCUMENT_SLOTS)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for slot, value in zip(_DOCUMENT_SLOTS, state, strict=True):
            slot.__set__(self, value)


_DOCUMENT_SLOTS = tuple(Document.__dict__[f.name] for f in fields(Document))


def _settled_first(slot: Any) -> property:
    # The dataclass keeps its fields, constructor and comparison; only reading one of these three
    # goes through the loader first. The value itself stays in the slot.
    def read(doc: Document) -> Any:
        if doc._load is not None:
            doc._settle()
        return slot.__get__(doc)

    return property(read, slot.__set__)


for _name in ("text", "html", "meta"):
    setattr(Document, _name, _settled_first(Document.__dict__[_name]))


@dataclass(slots=True)
class Failure(_Record):
    """A document that could not be read or parsed: the run records it and goes on."""

    origin: str
    reason: str
    message: str


@dataclass(slots=True)
class Line(_Record):
    """One input line: ``text[start:end]`` including its line terminator, so lines tile the input."""

    start: int
    end: int
    label: str
    kind: str | None = None
    rule: str | None = None


@dataclass(slots=True)
class Section(_Record):
    heading: str | None
    paragraphs: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Block(_Record):
    """A run of boilerplate lines of one kind; ``lines`` lists each distinct line once (a headline
    written twice on one line is listed once); ``heading`` is the block's own title line, if any."""

    kind: str
    lines: list[str]
    start: int
    end: int
    heading: str | None = None


@dataclass(slots=True)
class Article(_Record):
    id: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    site: str | None = None
    authors: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    text: str = ""
    boilerplate: list[Block] = field(default_factory=list)
    is_article: bool = True
    language: str | None = None
    lines: list[Line] = field(default_factory=list)
    spans: dict[str, list[list[int]]] = field(default_factory=dict)
    provenance: dict[str, str] = field(default_factory=dict)
    # The text that ``lines`` and ``spans`` index into when it is not the document's own text
    # (for an HTML page: the text extracted from it); None when they index the input itself.
    source_text: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        data = dict(data)
        data["sections"] = [Section.from_dict(s) for s in data.get("sections", [])]
        data["boilerplate"] = [Block.from_dict(b) for b in data.get("boilerplate", [])]
        data["lines"] = [Line.from_dict(ln) for ln in data.get("lines", [])]
        # Not super(): zero-argument super() fails in a slots=True dataclass on Python 3.11.
        return _Record.from_dict.__func__(cls, data)  # type: ignore[attr-defined]


@dataclass(slots=True)
class DateMatch(_Record):
    """One date/time expression found in a text, with only the parts the text actually gives.

    Missing parts stay ``None``: nothing is invented. ``year``/``month``/``day`` are always Gregorian.
    ``weekday`` is the weekday the text names (Monday = 0, as in Python); ``weekday_agrees`` is ``None``
    when no weekday was named or the date is too partial to check. ``utc_offset`` is in minutes east of
    UTC, set only when the text (or a zone it names) gives one; ``zone`` is the zone the text names (an
    IANA name, ``UTC``, or ``local`` for "بالتوقيت المحلي", which gives no offset).

    ``calendar`` is the calendar the text wrote: ``gregorian``, ``hijri`` (the Gregorian fields are the
    Umm al-Qura conversion), or ``dual`` (both, agreeing; the Gregorian fields are the text's own).
    ``hijri`` keeps the Hijri value at the precision written (``1442-02-22``, ``1442-02``, ``1442``,
    ``--02-22``); a Hijri date that cannot be converted keeps only ``hijri``.

    ``relative`` is True when the value depends on the reference date: relative words ("أمس",
    "منذ ثلاث ساعات", "العام الماضي") and dates without a year. Without a reference such a match keeps
    only what the text states (``27 سبتمبر الماضي`` → month 9, day 27, year ``None``).
    A clock time without minutes ("الساعة 10 مساءً") is on the hour: minute 0.
    """

    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    utc_offset: int | None = None
    calendar: str = "gregorian"
    hijri: str | None = None
    weekday: int | None = None
    weekday_agrees: bool | None = None
    relative: bool = False
    zone: str | None = None

    @property
    def precision(self) -> str:
        if self.second is not None:
            return "second"
        if self.minute is not None:
            return "minute"
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        if self.year is not None:
            return "year"
        return "time" if self.hour is not None else "none"

    @property
    def value(self) -> str:
        """ISO 8601 at the precision known: ``2020``, ``2020-10``, ``2020-10-09``, ``2020-10-09T18:27+03:00``,
        ``--09-27`` (day and month without a year), ``T18:27`` (a time alone)."""
        if self.year is not None:
            out = f"{self.year:04d}"
            if self.month is not None:
                out += f"-{self.month:02d}"
                if self.day is not None:
                    out += f"-{self.day:02d}"
        elif self.month is not None:
            out = f"--{self.month:02d}" + (f"-{self.day:02d}" if self.day is not None else "")
        else:
            out = ""
        if self.hour is not None and self.minute is not None and (self.day is not None or not out):
            out += f"T{self.hour:02d}:{self.minute:02d}"
            if self.second is not None:
                out += f":{self.second:02d}"
            if self.utc_offset is not None:
                sign = "+" if self.utc_offset >= 0 else "-"
                hours, minutes = divmod(abs(self.utc_offset), 60)
                out += f"{sign}{hours:02d}:{minutes:02d}"
        return out

    @property
    def datetime(self) -> dt.datetime | None:
        """A ``datetime`` when year, month and day are known (aware when the offset is), else ``None``."""
        if self.year is None or self.month is None or self.day is None:
            return None
        tz = dt.timezone(dt.timedelta(minutes=self.utc_offset)) if self.utc_offset is not None else None
        return dt.datetime(
            self.year, self.month, self.day, self.hour or 0, self.minute or 0, self.second or 0, tzinfo=tz
        )

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["value"] = self.value
        out["precision"] = self.precision
        return out
