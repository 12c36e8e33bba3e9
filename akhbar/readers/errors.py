"""Exceptions from reading a stream → Failure with a stable reason."""

from __future__ import annotations

from akhbar.model import Failure


def stream_failure(origin: str, error: BaseException) -> Failure:
    """EOFError is a cut stream; an OSError with an errno is the file system; the rest (decompressor
    errors, which carry no errno) is corrupt data."""
    if isinstance(error, EOFError):
        return Failure(origin, "truncated", str(error) or "the data ends early")
    if isinstance(error, OSError) and error.errno is not None:
        return Failure(origin, "unreadable", error.strerror or str(error))
    return Failure(origin, "corrupt", str(error) or type(error).__name__)
