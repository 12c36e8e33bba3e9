"""What an ingest worker process does with one chunk of documents: parse each into store rows."""

from __future__ import annotations

from akhbar.model import Document, Failure
from akhbar.pipeline import process
from akhbar.readers import Unreadable
from akhbar.store.rows import Rows, document_row, failed_rows, rows_for


def analyse(doc: Document) -> Rows:
    try:
        article = process(doc)
    except Unreadable as error:
        return unreadable_rows(doc, error.failure)
    except Exception as error:  # one page the parser cannot handle must not stop a corpus run
        return failed_rows(doc, Failure(doc.origin, "parse-error", f"{type(error).__name__}: {error}"))
    return rows_for(doc, article)


def unreadable_rows(doc: Document, failure: Failure) -> Rows:
    """A document decoded here, in the worker, whose payload turned out not to be text: a read
    failure like those the reader reports, kept with the document's id (and no raw text) so that a
    rerun skips it instead of decoding it again."""
    stand_in = Document(id=doc.id, origin=doc.origin, url=doc.url, fetched_at=doc.fetched_at)
    return Rows(
        doc.id,
        document_row(stand_in),
        failure=(failure.origin, "read", doc.id, failure.reason, failure.message),
    )


def analyse_chunk(docs: list[Document]) -> list[Rows]:
    return [analyse(doc) for doc in docs]
