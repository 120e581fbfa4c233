"""Errors meant for people: each names the file and what is wrong with it."""

from __future__ import annotations


class ZhibiaoError(Exception):
    """Base class of every error zhibiao raises on purpose."""


class ZhibiaoInputError(ZhibiaoError):
    """An input file cannot be read as a report (empty, binary, undecodable, unsupported).

    The message always starts with the file name so a batch log reads on its own.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class QueryError(ZhibiaoError):
    """A query the store refuses or cannot answer (bad SQL, a write in read-only SQL, an unknown name)."""
