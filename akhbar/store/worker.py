"""What an ingest worker process does with one chunk of documents: parse each into store rows."""

from __future__ import annotations

from akhbar.model import Document, Failure
from akhbar.pipeline import process
from akhbar.store.rows import Rows, failed_rows, rows_for


def analyse(doc: Document) -> Rows:
    try:
        article = process(doc)
    except Exception as error:  # one page the parser cannot handle must not stop a corpus run
        return failed_rows(doc, Failure(doc.origin, "parse-error", f"{type(error).__name__}: {error}"))
    return rows_for(doc, article)


def analyse_chunk(docs: list[Document]) -> list[Rows]:
    return [analyse(doc) for doc in docs]
