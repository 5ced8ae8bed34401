"""The extractor version: a content hash of the code and data files that make a scheme from a notice.

A stored notice is re-extracted when the version that extracted it differs
from the running one (``kaohe schemes reextract``, the ingestion flow).  A
hand-bumped number is forgotten (it stayed "1.0" through every change); a
hash of the sources cannot be: any change to the readers (``extractors/``),
to extraction (``pipeline/extract/``), to the criteria grammar and its
dictionaries (``schemes/criteria/``), or to the model and reconciliation the
extraction fills in, gives a new version.  Compiled files and caches are
left out, so the hash is the same on every machine with the same sources.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: Folders (every file below them) and single files whose content is the extractor.
SOURCES = ("extractors", "pipeline/extract", "schemes/criteria", "schemes/model.py", "schemes/reconcile.py")
_SKIP_DIRS = {"__pycache__", ".pytest_cache", ".mypy_cache"}
_SKIP_SUFFIXES = {".pyc", ".pyo"}
SHORT = 12


def source_files(root: Path = ROOT, sources: tuple[str, ...] = SOURCES) -> list[Path]:
    """The files hashed, in a stable order (by their path relative to ``root``)."""
    files: list[Path] = []
    for name in sources:
        path = root / name
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(p for p in path.rglob("*") if p.is_file() and not _skipped(p.relative_to(root)))
    return sorted(set(files), key=lambda p: p.relative_to(root).as_posix())


def _skipped(rel: Path) -> bool:
    return bool(_SKIP_DIRS & set(rel.parts)) or rel.suffix in _SKIP_SUFFIXES or rel.name.startswith(".")


def content_hash(root: Path = ROOT, sources: tuple[str, ...] = SOURCES) -> str:
    """sha256 over each file's relative path and bytes (line endings as stored)."""
    digest = hashlib.sha256()
    for path in source_files(root, sources):
        rel = path.relative_to(root).as_posix().encode()
        data = path.read_bytes()
        digest.update(len(rel).to_bytes(4, "big") + rel + len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


_version: str | None = None   # (a reload forgets it: the sources as they are then)


def __getattr__(name: str) -> str:
    """``EXTRACTOR_VERSION``, the running extractor's version: the first 12 hex digits of
    :func:`content_hash`, computed when first asked for (by the store and the ingestion flow;
    `kaohe extract` never needs it, and hashing ~70 files costs ~5 ms)."""
    global _version
    if name == "EXTRACTOR_VERSION":
        if _version is None:
            _version = content_hash()[:SHORT]
        return _version
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
