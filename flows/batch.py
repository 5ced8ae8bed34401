"""A scoring batch: one submissions file, or a folder of long-form files read as one table.

Files of a folder are concatenated before validation, so a fact given twice
in two files is caught as a duplicate like two rows of one file; problems
name the file as the sheet (``subs/, sheet b.csv, row 7, column value: …``).
The batch's fingerprint (for idempotent score runs) is the file's sha256, or
for a folder the sha256 of its files' names and hashes.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from pipeline.scoring import Contract, Problem, Submission, SubmissionError
from pipeline.scoring.submissions import read_submissions, validate
from pipeline.scoring.tables import RawTable, read_table
from schemes.store import file_sha256

SUFFIXES = (".csv", ".tsv", ".xlsx", ".xlsm")


def batch_files(path: Path) -> list[Path]:
    """The submission files of a batch: the file itself, or a folder's CSV/TSV/XLSX files by name."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise SubmissionError([Problem(file=str(path), message="no such file or folder")])
    files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES
                   and not p.name.startswith((".", "~$")))
    if not files:
        raise SubmissionError([Problem(file=str(path), message=f"no submission files ({', '.join(SUFFIXES)})")])
    return files


def fingerprint(path: Path) -> str:
    """sha256 of the batch's content: the file's, or of the folder's file names and hashes."""
    if path.is_file():
        return file_sha256(path)
    digest = hashlib.sha256()
    for f in batch_files(path):
        digest.update(f"{f.name}\0{file_sha256(f)}\n".encode())
    return digest.hexdigest()


def read_folder(path: Path) -> RawTable:
    """The long-form files of a folder as one raw table (the file name becomes the sheet name)."""
    frames = []
    for f in batch_files(path):
        raw = read_table(f)
        if raw.layout != "long":
            raise SubmissionError([Problem(file=str(f), message="a folder batch concatenates long-form files "
                                           "(unit,item,input,value[,rater,evidence]); score a wide file on its own")])
        df = raw.df.copy()
        sheets = df["sheet"].astype(object)
        df["sheet"] = [f.name if not s else f"{f.name}:{s}" for s in sheets]
        frames.append(df)
    return RawTable(str(path), "long", pd.concat(frames, ignore_index=True))


def read_batch(path: Path, contract: Contract, *, units: list[str] | None = None, missing_zero: bool = False,
               max_errors: int = 50) -> Submission:
    """Read and validate a batch against the scheme's contract (raises SubmissionError listing problems)."""
    path = Path(path)
    if path.is_dir():
        return validate(read_folder(path), contract, units=units, missing_zero=missing_zero, max_errors=max_errors)
    return read_submissions(path, contract.scheme, units=units, missing_zero=missing_zero, max_errors=max_errors,
                            contract=contract)
