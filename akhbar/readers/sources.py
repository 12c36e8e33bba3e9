"""Inputs → sources: paths as given, folders walked in a stable order, and standard input."""

from __future__ import annotations

import fnmatch
import io
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from akhbar.model import Failure
from akhbar.readers.ids import STDIN

_BUFFER = 1 << 16

Input = str | os.PathLike[str]


@dataclass(slots=True)
class Source:
    """One file (or standard input) to read; ``origin`` is how documents from it name their place."""

    origin: str
    path: str | None
    size: int | None

    @property
    def is_stdin(self) -> bool:
        return self.path is None

    def open(self) -> io.BufferedReader:
        """The raw bytes, with ``peek`` for sniffing."""
        if self.path is None:
            stream: BinaryIO = sys.stdin.buffer
            if isinstance(stream, io.BufferedReader):
                return stream
            return io.BufferedReader(stream, buffer_size=_BUFFER)  # type: ignore[arg-type]
        return open(self.path, "rb", buffering=_BUFFER)


def as_list(inputs: Input | Iterable[Input]) -> list[Input]:
    if isinstance(inputs, str | os.PathLike):
        return [inputs]
    return list(inputs)


def sources(inputs: Iterable[Input], glob: str | None = None) -> Iterator[Source | Failure]:
    """Each input as a Source; folders are walked recursively in sorted order, skipping hidden
    entries, and ``glob`` filters the files found there (files named explicitly are always read)."""
    for item in inputs:
        given = os.fspath(item)
        if given == "-":
            yield Source(STDIN, None, None)
            continue
        path = os.path.normpath(given)
        if os.path.isdir(path):
            yield from _walk(path, glob)
        elif os.path.isfile(path):
            yield Source(path, path, _size(path))
        elif os.path.exists(path):
            yield Failure(path, "unreadable", "not a regular file or folder")
        else:
            yield Failure(path, "unreadable", "no such file or folder")


def _walk(root: str, glob: str | None) -> Iterator[Source | Failure]:
    errors: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=errors.append):
        yield from _unreadable(errors)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = os.path.join(folder, name)
            if glob and not _matches(path, root, name, glob):
                continue
            if os.path.isfile(path):
                yield Source(path, path, _size(path))
    yield from _unreadable(errors)


def _unreadable(errors: list[OSError]) -> Iterator[Failure]:
    for error in errors:
        yield Failure(os.path.normpath(error.filename or "?"), "unreadable", error.strerror or str(error))
    errors.clear()


def _matches(path: str, root: str, name: str, pattern: str) -> bool:
    if "/" in pattern:
        return fnmatch.fnmatch(os.path.relpath(path, root).replace(os.sep, "/"), pattern)
    return fnmatch.fnmatch(name, pattern)


def _size(path: str) -> int | None:
    try:
        return os.path.getsize(path)
    except OSError:
        return None
