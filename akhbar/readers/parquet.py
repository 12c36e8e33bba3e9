"""Parquet corpora, read a row group at a time in small batches so memory stays flat; one damaged
row group is reported and the next one is read."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from typing import BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from akhbar.model import Document, Failure
from akhbar.readers.document import Options
from akhbar.readers.records import from_record
from akhbar.readers.sources import Source

_BATCH_ROWS = 256


def read_parquet(
    source: Source, stream: BinaryIO, options: Options, *, compressed: bool
) -> Iterator[Document | Failure]:
    """Rows as documents, ``origin`` ``path#row=N`` with N counted from 0 as in pyarrow and pandas."""
    if source.path is not None and not compressed:
        yield from _read_file(source, source.path, options)  # pyarrow reads a named file natively
        return
    # Parquet keeps its index at the end: a pipe or a compressed file is copied to disk first.
    with tempfile.TemporaryFile(prefix="akhbar-") as spool:
        shutil.copyfileobj(stream, spool, 1 << 20)
        spool.seek(0)
        yield from _read_file(source, spool, options)


def _read_file(source: Source, file: str | BinaryIO, options: Options) -> Iterator[Document | Failure]:
    try:
        parquet = pq.ParquetFile(file)
    except (pa.ArrowException, OSError) as error:
        reason = "truncated" if "footer" in str(error).lower() else "corrupt"
        yield Failure(source.origin, reason, str(error))
        return
    names = parquet.schema_arrow.names
    if options.text_field.split(".")[0] not in names:
        yield Failure(
            source.origin, "missing-field", f"no column {options.text_field!r}; columns: {', '.join(names)}"
        )
        return
    row = 0
    for group in range(parquet.num_row_groups):
        group_end = row + parquet.metadata.row_group(group).num_rows
        try:
            for batch in parquet.iter_batches(batch_size=_BATCH_ROWS, row_groups=[group]):
                for record in batch.to_pylist():
                    origin = f"{source.origin}#row={row}"
                    yield from_record(record, origin, options, from_stdin=source.is_stdin)
                    row += 1
        except (pa.ArrowException, OSError) as error:
            yield Failure(f"{source.origin}#row={row}", "corrupt", f"row group {group}: {error}")
        row = group_end
