"""Naming a scheme version on the command line: ``3``, ``3@2``, ``3@latest``, ``3@published``."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import StoreError

LATEST, PUBLISHED = "latest", "published"


@dataclass(frozen=True)
class Ref:
    scheme_id: int
    version: int | str = LATEST  # a number, LATEST or PUBLISHED

    def __str__(self) -> str:
        return str(self.scheme_id) if self.version == LATEST else f"{self.scheme_id}@{self.version}"


def parse_ref(text: "str | int | Ref") -> Ref:
    if isinstance(text, Ref):
        return text
    if isinstance(text, int):
        return Ref(text)
    head, sep, tail = str(text).strip().partition("@")
    try:
        scheme_id = int(head)
    except ValueError:
        raise StoreError(f"{text!r} is not a scheme id (expected ID or ID@VERSION, e.g. 3 or 3@2)") from None
    if not sep or tail == LATEST:
        return Ref(scheme_id)
    if tail == PUBLISHED:
        return Ref(scheme_id, PUBLISHED)
    if tail.isdigit():
        return Ref(scheme_id, int(tail))
    raise StoreError(f"{text!r}: the version must be a number, 'latest' or 'published'")
