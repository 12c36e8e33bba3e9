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
from collections.abc import Collection, Hashable, Sequence
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


def relabel(article: Article, source: str, keys: Sequence[int], learned: Collection[int]) -> Article | None:
    """The article with its site-boilerplate content lines relabelled, or None when none are.

    ``source`` is the text ``article.lines`` index into and ``keys`` their keys (`lines.line_keys`).
    """
    hits = [i for i, ln in enumerate(article.lines) if ln.label in CONTENT_LABELS and keys[i] in learned]
    if not hits:
        return None
    lines = list(article.lines)
    previous_kind: str | None = None
    removed: Counter[int] = Counter()
    hit_set = set(hits)
    for i, ln in enumerate(article.lines):
        if ln.label == "blank":
            continue
        if i in hit_set:
            text = source[ln.start : ln.end]
            kind = cue_kind(text) or previous_kind or "other"
            lines[i] = Line(ln.start, ln.end, "boilerplate", kind, RULE)
            removed[keys[i]] += 1
            previous_kind = kind
        elif ln.label == "boilerplate":
            previous_kind = ln.kind or previous_kind
        else:
            previous_kind = None
    return dataclasses.replace(
        article,
        lines=lines,
        text=_drop_lines(article.text, removed),
        sections=_drop_from_sections(article.sections, removed),
        captions=_drop_strings(article.captions, removed),
        boilerplate=sorted([*article.boilerplate, *_blocks(source, lines, hits)], key=lambda b: b.start),
    )


def _take(removed: Counter[int], text: str) -> bool:
    """Consume one occurrence of ``text``'s key from ``removed``; True if it was there."""
    key = key_of(text)
    if key and removed[key] > 0:
        removed[key] -= 1
        return True
    return False


def _drop_lines(text: str, removed: Counter[int]) -> str:
    # Matching by key rather than by string: the parser may have re-spaced or re-punctuated a line
    # when it built the clean text, and the key ignores exactly those differences.
    budget = Counter(removed)
    rows = text.split("\n")
    drop = [_take(budget, row) for row in rows]
    for i, dropped in enumerate(list(drop)):
        if not dropped:
            continue
        # Take one separating blank row with the line, so paragraph spacing stays as it was.
        if i + 1 < len(rows) and not rows[i + 1].strip() and not drop[i + 1]:
            drop[i + 1] = True
        elif i > 0 and not rows[i - 1].strip() and not drop[i - 1]:
            drop[i - 1] = True
    return "\n".join(row for row, dropped in zip(rows, drop, strict=True) if not dropped).strip("\n")


def _drop_strings(items: list[str], removed: Counter[int]) -> list[str]:
    budget = Counter(removed)
    return [item for item in items if not _take(budget, item)]


def _drop_from_sections(sections: list[Section], removed: Counter[int]) -> list[Section]:
    budget = Counter(removed)
    out = []
    for section in sections:
        heading = None if section.heading and _take(budget, section.heading) else section.heading
        paragraphs = [p for p in section.paragraphs if not _take(budget, p)]
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
