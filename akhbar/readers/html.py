"""HTML page → main content as plain text (one paragraph, heading, caption, byline or dateline a line)
plus the page's metadata, through trafilatura.

trafilatura is run with the settings that keep the most of the story for akhbar's parser to label:
``favor_recall`` (a missed paragraph cannot be recovered later, a stray boilerplate line is labelled
by the parser), tables kept, comments, images, links and formatting left out (plain lines, no
markdown), and no deduplication (its cache is process-wide state, and duplicates are the corpus
stage's job). No trafilatura setting keeps datelines, bylines and captions: it discards ``<figure>``
wholesale and drops elements whose class says date, author or caption. So before extraction, each
such element (listed in ``page_parts.json``) is lifted out of its small wrapper into a plain
paragraph where trafilatura keeps it. Metadata is read from the untouched page first.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources

from lxml.html import HtmlElement
from trafilatura import bare_extraction, extract_metadata, load_html

from akhbar.readers.repair import drop_splitting_controls

_PARTS = json.loads(resources.files("akhbar.readers").joinpath("page_parts.json").read_text("utf-8"))
_TAGS = frozenset(_PARTS["tags"])
_ITEMPROPS = frozenset(_PARTS["itemprops"])
_CLASS_WORDS = frozenset(_PARTS["class_words"])
_MAX_CHARS: int = _PARTS["max_chars"]
_WORD_SPLIT = re.compile(r"[\s_-]+")
_SPACES = re.compile(r"\s+")
# Elements whose text runs on as one line: a part inside one belongs to that line.
_RUNNING_TEXT = frozenset({"p", "li", "td", "th", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "a"})
_STOP_CLIMB = frozenset({"body", "html", "article", "main"})


@dataclass(slots=True)
class HtmlExtract:
    text: str
    title: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None
    author: str | None = None
    description: str | None = None
    repairs: list[str] = field(default_factory=list)


def extract(html: str, url: str | None = None) -> HtmlExtract:
    """The main content of ``html`` as text, with trafilatura's metadata (``date`` as it gives it,
    ``YYYY-MM-DD``); empty text when the page has no main content.

    The reader leaves a page's HTML as decoded; trafilatura removes zero-width and bidi controls
    from the text it extracts, and ``repairs`` records those that split words in the page.
    """
    tree = load_html(html) if html else None
    if tree is None:
        return HtmlExtract(text="", url=url)
    meta = extract_metadata(tree, default_url=url)
    _lift_page_parts(tree)
    document = bare_extraction(
        tree,
        url=url,
        favor_recall=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_formatting=False,
        include_links=False,
        deduplicate=False,
        with_metadata=False,
    )
    # trafilatura drops every invisible control from its text; the ones that split words in the
    # page are the repair worth recording.
    _, repairs = drop_splitting_controls(html)
    return HtmlExtract(
        text=(document.text or "") if document is not None else "",
        title=meta.title,
        date=meta.date,
        sitename=meta.sitename,
        url=meta.url or url,
        author=meta.author,
        description=meta.description,
        repairs=repairs,
    )


def _lift_page_parts(tree: HtmlElement) -> None:
    found = [element for element in tree.iter() if isinstance(element.tag, str) and _is_part(element)]
    chosen: set[HtmlElement] = set()
    for part in found:
        element = _whole_line(part)
        if element is None or element in chosen or any(a in chosen for a in element.iterancestors()):
            continue  # part of a longer sentence, or already carried by an outer part
        text = _SPACES.sub(" ", " ".join(element.itertext())).strip()
        if not text or len(text) > _MAX_CHARS:
            continue
        chosen.add(element)
        line = tree.makeelement("p", {})
        line.text = text
        _small_wrapper(element).addprevious(line)
        element.drop_tree()


def _whole_line(element: HtmlElement) -> HtmlElement | None:
    """The element whose text is the whole line: a part inside a short paragraph ("بقلم: <span
    class=author>…</span>") brings its paragraph along; inside a long one it is part of a sentence
    and stays (None)."""
    while (parent := element.getparent()) is not None and parent.tag in _RUNNING_TEXT:
        if _text_over(parent, _MAX_CHARS):
            return None
        element = parent
    return element


def _is_part(element: HtmlElement) -> bool:
    if element.tag in _TAGS or element.get("itemprop") in _ITEMPROPS:
        return True
    names = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return bool(names.strip()) and not _CLASS_WORDS.isdisjoint(_WORD_SPLIT.split(names))


def _small_wrapper(element: HtmlElement) -> HtmlElement:
    """The outermost ancestor that holds little more than ``element`` (a meta bar, a figure): the
    block trafilatura would drop whole, so the lifted line goes before it."""
    wrapper = element
    for ancestor in element.iterancestors():
        if ancestor.tag in _STOP_CLIMB or _text_over(ancestor, _MAX_CHARS):
            break
        wrapper = ancestor
    return wrapper


def _text_over(element: HtmlElement, limit: int) -> bool:
    total = 0
    for piece in element.itertext():
        total += len(piece.strip())
        if total > limit:
            return True
    return False
