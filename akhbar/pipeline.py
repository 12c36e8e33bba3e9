"""One read Document → one Article: HTML pages go through trafilatura first, then akhbar's parser,
and metadata from outside the text (HTML meta tags, the corpus's own fields) fills what the page's
text does not say. Where both give a value, the page's text wins and ``provenance`` says so.
"""

from __future__ import annotations

import datetime as dt

from akhbar.model import Article, Document
from akhbar.parsing import parse


def _reference(doc: Document) -> dt.datetime | None:
    if not doc.fetched_at:
        return None
    try:
        return dt.datetime.fromisoformat(doc.fetched_at.replace("Z", "+00:00"))
    except ValueError:
        return None


def process(doc: Document) -> Article:
    """Parse a document of either shape; ``article.source_text`` is set when spans index extracted text.

    A document read from an archive is decoded here, on first use, and raises
    ``akhbar.readers.Unreadable`` (carrying the reader's Failure) if its payload is not text.
    """
    if doc.text is not None or doc.html is None:
        return parse(doc.text or "", doc.url, id=doc.id, reference=_reference(doc))
    from akhbar.readers.html import extract

    extracted = extract(doc.html, doc.url)
    hints = {
        "title": extracted.title,
        "published": extracted.date,
        "published_why": "HTML metadata (trafilatura); the page's text gives no date line",
        "site": extracted.sitename,
        "site_why": "HTML metadata (trafilatura); the page's text names no outlet",
    }
    article = parse(
        extracted.text, doc.url or extracted.url, id=doc.id, hints=hints, reference=_reference(doc)
    )
    article.source_text = extracted.text
    if extracted.repairs:
        article.provenance["source_text"] = "repaired while extracting: " + "; ".join(extracted.repairs)
    _explain_disagreements(article, extracted.date, extracted.sitename, extracted.title)
    return article


def _explain_disagreements(
    article: Article, meta_date: str | None, meta_site: str | None, meta_title: str | None
) -> None:
    """Say which value was kept where the page's text and the HTML metadata both give one."""
    if meta_date and article.published and not article.published.startswith(meta_date):
        article.provenance["published"] += (
            f"; kept over HTML metadata {meta_date}, which trafilatura often takes from the URL or a "
            "site-wide default while the page's own date line names this story's time"
        )
    if meta_site and article.site and article.site != meta_site:
        article.provenance["site"] += f"; the HTML metadata names the site {meta_site!r}"
    if meta_title and article.title and article.title != meta_title:
        article.provenance["title"] = f"page title line; HTML metadata says {meta_title!r}"
