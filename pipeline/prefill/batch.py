"""Many reports at once: files and folders → one Prefill per readable report; unreadable ones are
reported with their reason and do not stop the batch."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from extractors.detect import claimed_format
from extractors.errors import ReadError
from pipeline.scoring.inputs import Contract
from schemes.model import Scheme

from .model import Prefill
from .propose import prefill_document


@dataclass
class Batch:
    results: list[Prefill] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file, one-line reason)


def report_files(paths: list[Path]) -> list[Path]:
    """The given files, and the files of the given folders whose names say a format kaohe reads."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(f for f in p.iterdir() if f.is_file() and not f.name.startswith((".", "~$"))
                          and claimed_format(f))
        else:
            out.append(p)
    return out


def prefill_reports(scheme: Scheme, paths: list[Path], *, unit: str | None = None,
                    known_units: list[str] | None = None, ocr: bool = True) -> Batch:
    from extractors import read_document

    contract = Contract(scheme)
    batch = Batch()
    for path in report_files(paths):
        try:
            doc = read_document(path, ocr=ocr)
        except ReadError as exc:
            batch.failures.append((str(path), str(exc)))
            continue
        result = prefill_document(scheme, doc, unit=unit, known_units=known_units, contract=contract)
        if not result.unit:
            result.unit = path.stem
            result.unit_source = "file name"
        batch.results.append(result)
    return batch
