"""Site boilerplate: lines a site repeats across its pages, learned from the corpus (CCNet's idea).

Every non-blank line is keyed by `lines.key_of` (a hash of its Arabic-folded words). A key that
appears on at least ``max(min_pages, ceil(fraction * pages))`` distinct pages of one site is that
site's boilerplate. "Distinct" matters: copies of one article posted twice on a site would otherwise
make its whole body look site-wide, so pages sharing a headline count once — unless the "headline"
is itself repeated site-wide (a site name printed where the title should be), in which case each
page counts for itself.

Pages are then relabelled: body, heading and caption lines whose key is learned become
``boilerplate`` with ``rule="site-boilerplate"``, and the clean text, sections and captions lose them.
The parser's original Article is kept by the store, so nothing is destroyed.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Hashable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from akhbar.corpus.lines import key_of
from akhbar.model import BOILERPLATE_KINDS, Article, Block, Line, Section
from akhbar.text.normalize import word_key

RULE = "site-boilerplate"
CONTENT_LABELS = frozenset({"body", "heading", "caption"})
# A cue word decides a line's kind only on short lines: a long headline in a "related" list that
# mentions Twitter is news about Twitter, not a share button.
_CUE_MAX_WORDS = 8


@dataclass(frozen=True, slots=True)
class BoilerplateConfig:
    """How often a line must recur on a site to be its boilerplate.

    ``min_pages`` guards small sites (a line on 2 pages may be a quote); ``fraction`` guards large
    ones, where a background paragraph reused by a developing story reaches a few dozen pages
    without being template. Both are documented with their measurements in corpus/README.md.
    """

    min_pages: int = 3
    fraction: float = 0.01

    def threshold(self, pages: int) -> int:
        return max(self.min_pages, math.ceil(self.fraction * pages))


@dataclass(slots=True)
class SitePage:
    """What learning needs of one page: its title, the key of its longest content line (its
    main paragraph, see `lines.main_key`) and the keys of all its lines."""

    id: Hashable
    title: str | None
    main: int
    keys: Sequence[int]

    @property
    def unit(self) -> Hashable:
        """Copies of one article on a site share title and main paragraph and count as one page;
        a title the site prints on every page (its own name) does not merge pages whose main
        paragraphs differ. Untitled pages always count for themselves."""
        return ("copy", word_key(self.title), self.main) if self.title else ("page", self.id)


@dataclass(slots=True)
class Learned:
    """A site's boilerplate: ``lines`` maps each learned line key to the distinct pages it is on."""

    lines: dict[int, int]
    pages: int
    units: int
    threshold: int


def learn(pages: Sequence[SitePage], config: BoilerplateConfig | None = None) -> Learned:
    """Learn one site's boilerplate from its pages."""
    config = config or BoilerplateConfig()
    units = Counter(page.unit for page in pages)
    # Keys already counted for a unit, kept only for units with several pages: most pages are
    # their own unit, and holding a set per page would cost memory in proportion to the site.
    counted: dict[Hashable, set[int]] = {unit: set() for unit, n in units.items() if n > 1}
    counts: Counter[int] = Counter()
    for page in pages:
        fresh = set(page.keys)
        fresh.discard(0)
        seen = counted.get(page.unit)
        if seen is not None:
            fresh -= seen
            seen.update(fresh)
        counts.update(fresh)
    limit = config.threshold(len(units))
    learned = {key: n for key, n in counts.items() if n >= limit}
    return Learned(learned, len(pages), len(units), limit)


@cache
def _cues() -> tuple[tuple[str, str], ...]:
    text = resources.files("akhbar.corpus").joinpath("data/boilerplate_cues.tsv").read_text("utf-8")
    cues = []
    for row in text.splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        kind, phrase = row.split("\t")
        if kind not in BOILERPLATE_KINDS:
            raise ValueError(f"unknown boilerplate kind {kind!r} in boilerplate_cues.tsv")
        cues.append((kind, f" {word_key(phrase)} "))
    # Longer phrases first, so "اشترك في النشرة" (newsletter) wins over a shorter cue inside it.
    return tuple(sorted(cues, key=lambda kp: -len(kp[1])))


def cue_kind(line: str) -> str | None:
    """The boilerplate kind a short line announces by its words ("اقرأ أيضا" → related), if any."""
    if "©" in line:
        return "copyright"
    folded = word_key(line)
    if not folded or folded.count(" ") >= _CUE_MAX_WORDS:
        return None
    padded = f" {folded} "
    return next((kind for kind, phrase in _cues() if phrase in padded), None)


def site_hits(labels: Sequence[str], keys: Sequence[int], learned: Collection[int]) -> list[int]:
    """Indices of the body, heading and caption lines whose key is the site's boilerplate."""
    if not learned:
        return []
    return [
        i
        for i, (label, key) in enumerate(zip(labels, keys, strict=True))
        if label in CONTENT_LABELS and key in learned
    ]


def hit_kinds(
    line_text: Callable[[int], str], labels: Sequence[str], kinds: Sequence[str | None], hits: Sequence[int]
) -> dict[int, str]:
    """The boilerplate kind of each hit line: its own cue words, else the kind of the boilerplate line
    before it in the same run (a headline under "الأكثر قراءة" is "related"), else "other"."""
    out: dict[int, str] = {}
    hit_set = set(hits)
    previous: str | None = None
    for i, label in enumerate(labels):
        if label == "blank":
            continue
        if i in hit_set:
            previous = out[i] = cue_kind(line_text(i)) or previous or "other"
        elif label == "boilerplate":
            previous = kinds[i] or previous
        else:
            previous = None
    return out


def relabel(article: Article, source: str, keys: Sequence[int], learned: Collection[int]) -> Article | None:
    """The article with its site-boilerplate content lines relabelled, or None when none are.

    ``source`` is the text ``article.lines`` index into and ``keys`` their keys (`lines.line_keys`).
    """
    labels = [ln.label for ln in article.lines]
    hits = site_hits(labels, keys, learned)
    if not hits:
        return None
    lines = article.lines
    kinds = hit_kinds(
        lambda i: source[lines[i].start : lines[i].end], labels, [ln.kind for ln in lines], hits
    )
    return apply(article, source, keys, kinds)


def apply(article: Article, source: str, keys: Sequence[int], kinds: dict[int, str]) -> Article:
    """The article with lines ``kinds`` (index → boilerplate kind) relabelled as site boilerplate:
    how the store rebuilds a page's corpus Article from the relabelling it recorded."""
    lines = list(article.lines)
    for i, kind in kinds.items():
        ln = lines[i]
        lines[i] = Line(ln.start, ln.end, "boilerplate", kind, RULE)
    hits = sorted(kinds)
    # Captions are listed apart from the clean text and sections: each has its own lines to lose.
    in_text = Removal(
        [
            (keys[i], source[lines[i].start : lines[i].end])
            for i in hits
            if article.lines[i].label != "caption"
        ]
    )
    in_captions = Removal(
        [
            (keys[i], source[lines[i].start : lines[i].end])
            for i in hits
            if article.lines[i].label == "caption"
        ]
    )
    return dataclasses.replace(
        article,
        lines=lines,
        text=drop_lines(article.text, in_text),
        sections=_drop_from_sections(article.sections, in_text),
        captions=drop_strings(article.captions, in_captions),
        boilerplate=sorted([*article.boilerplate, *_blocks(source, lines, hits)], key=lambda b: b.start),
    )


class Removal:
    """Rows to take out of a text: one for each relabelled line, given as ``(key, line text)``.

    A row matches a line when their whitespace-collapsed strings are equal, which is the common
    case and cheap; only lines left unmatched after that are looked for by key, which also ignores
    punctuation and letter variants the parser may have changed when it built its clean text.
    """

    def __init__(self, lines: Sequence[tuple[int, str]]) -> None:
        self.budget: Counter[int] = Counter(key for key, _ in lines)
        self.loose: dict[str, int] = {_loose(text): key for key, text in lines}
        self.limit = 2 * max((len(text) for _, text in lines), default=0) + 20

    def marks(self, rows: Sequence[str]) -> list[bool]:
        """Which rows to drop, consuming the budget (call once per text the lines were in)."""
        budget = Counter(self.budget)
        drop = [False] * len(rows)
        for i, row in enumerate(rows):
            key = self.loose.get(_loose(row))
            if key is not None and budget[key] > 0:
                budget[key] -= 1
                drop[i] = True
        if +budget:
            for i, row in enumerate(rows):
                if drop[i] or len(row) > self.limit:
                    continue
                key = key_of(row)
                if key and budget[key] > 0:
                    budget[key] -= 1
                    drop[i] = True
        return drop


def _loose(text: str) -> str:
    return " ".join(text.split())


def drop_lines(text: str, removal: Removal) -> str:
    """``text`` without the rows ``removal`` names.

    Rows are matched by key, not by string: the parser may have re-spaced or re-punctuated a line
    when it built the clean text, and the key ignores exactly those differences."""
    rows = text.split("\n")
    drop = removal.marks(rows)
    for i, dropped in enumerate(list(drop)):
        if not dropped:
            continue
        # Take one separating blank row with the line, so paragraph spacing stays as it was.
        if i + 1 < len(rows) and not rows[i + 1].strip() and not drop[i + 1]:
            drop[i + 1] = True
        elif i > 0 and not rows[i - 1].strip() and not drop[i - 1]:
            drop[i - 1] = True
    return "\n".join(row for row, dropped in zip(rows, drop, strict=True) if not dropped).strip("\n")


def drop_strings(items: list[str], removal: Removal) -> list[str]:
    return [item for item, dropped in zip(items, removal.marks(items), strict=True) if not dropped]


def _drop_from_sections(sections: list[Section], removal: Removal) -> list[Section]:
    rows = [row for section in sections for row in (section.heading or "", *section.paragraphs)]
    drop = iter(removal.marks(rows))
    out = []
    for section in sections:
        heading = None if next(drop) else section.heading
        paragraphs = [p for p in section.paragraphs if not next(drop)]
        if heading or paragraphs:
            out.append(Section(heading, paragraphs))
    return out


_SPACES = re.compile(r"\s+")


def _blocks(source: str, lines: list[Line], hits: list[int]) -> list[Block]:
    """One Block per run of relabelled lines of one kind (blank lines do not break a run)."""
    blocks: list[Block] = []
    current: Block | None = None
    last = -1
    for i in hits:
        ln = lines[i]
        text = _SPACES.sub(" ", source[ln.start : ln.end]).strip()
        contiguous = current is not None and all(lines[j].label == "blank" for j in range(last + 1, i))
        if current is not None and contiguous and current.kind == ln.kind:
            if text not in current.lines:
                current.lines.append(text)
            current.end = ln.end
        else:
            current = Block(ln.kind or "other", [text], ln.start, ln.end)
            blocks.append(current)
        last = i
    return blocks
