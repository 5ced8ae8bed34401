"""Writing outputs safely: atomically, never over what kaohe did not write, never a formula from data.

* :func:`write_text_atomic` / :func:`atomic_file`: a reader sees the old file or the new one, never half.
* :func:`output_dir`: a command's output folder is written beside it and swapped in.  It may
  only replace a folder that is new, empty, or was written by kaohe before (proved by the
  marker file :data:`MARKER`, which lists the files kaohe wrote); a folder holding anything
  else — the user's files, the command's own inputs, the working directory — is refused
  before anything is touched (:class:`OutputRefused`).
* :func:`check_output_file`: the same rule for a command writing one file.
* :func:`csv_cell` / :func:`is_formula_text`: text from data that a spreadsheet would run as
  a formula (``= + - @``, tab, CR) is neutralised in CSV files as OWASP recommends
  (a leading ``'``); workbooks store such text as text cells (see :func:`text_cell`).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

#: The file that proves a folder was written by kaohe (command, time, the files it wrote).
MARKER = ".kaohe-output"

#: First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


class OutputRefused(ValueError):
    """The output path would overwrite something kaohe did not write: nothing was touched."""


# --------------------------------------------------------------------------- files


def write_text_atomic(path: str | Path, text: str, encoding: str = "utf-8") -> Path:
    with atomic_file(path) as tmp:
        with open(tmp, "w", encoding=encoding, newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
    return Path(path)


@contextlib.contextmanager
def atomic_file(path: str | Path) -> Iterator[Path]:
    """Yield a temp path beside ``path``; on success it replaces ``path``, on error it vanishes.

    A ``path`` that exists and is not a regular file (``/dev/null``, a FIFO, a terminal, a link to
    one) is written through, never replaced: renaming over it would put a plain file in its place."""
    path = Path(path)
    if path.exists() and not path.is_file() and not path.is_dir():
        fd, tmp = tempfile.mkstemp(prefix="kaohe-", suffix=".tmp")
        os.close(fd)
        try:
            yield Path(tmp)
            with open(tmp, "rb") as src, open(path, "wb") as dst:
                shutil.copyfileobj(src, dst)
        finally:
            Path(tmp).unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def check_output_file(path: str | Path, *, inputs: Iterable[str | Path] = (), suffixes: Iterable[str] = (),
                      overwrite: bool = False) -> Path:
    """Refuse (:class:`OutputRefused`) an output file that would destroy something.

    Refused: a folder; one of the command's inputs; a suffix not in ``suffixes``; an
    existing file unless ``overwrite`` (a filled-in template looks just like a fresh one,
    so only the user can say it may go).
    """
    p = Path(path)
    suffixes = tuple(s.lower() for s in suffixes)
    if suffixes and p.suffix.lower() not in suffixes:
        raise OutputRefused(f"{path}: the output must end in {' or '.join(suffixes)}")
    if p.is_dir():
        raise OutputRefused(f"{path} is a folder; give a file name")
    blocking = next((a for a in p.absolute().parents if a.exists() and not a.is_dir()), None)
    if blocking is not None:
        raise OutputRefused(f"{path}: {blocking} is a file, so the file cannot be written there")
    if p.exists():
        for inp in inputs:
            if _same(p, Path(inp)):
                raise OutputRefused(f"{path} is one of this command's inputs; choose another output file")
        if not overwrite:
            raise OutputRefused(f"{path} already exists; kaohe does not overwrite a file unless told to "
                                "(--overwrite), choose another name or remove it")
    return p


# --------------------------------------------------------------------------- folders


def check_output_dir(outdir: str | Path, *, inputs: Iterable[str | Path] = ()) -> Path:
    """Refuse (:class:`OutputRefused`) an output folder kaohe may not replace; return it absolute."""
    out = Path(outdir).absolute()
    real = Path(os.path.realpath(out))
    if out.exists() and not out.is_dir():
        raise OutputRefused(f"{outdir} is a file, not a folder; give a new or empty folder (or one kaohe wrote)")
    blocking = next((p for p in out.parents if p.exists() and not p.is_dir()), None)
    if blocking is not None:
        raise OutputRefused(f"{outdir}: {blocking} is a file, so the folder cannot be made there")
    cwd = Path(os.path.realpath(Path.cwd()))
    if real == cwd or real in cwd.parents:
        raise OutputRefused(f"{outdir} is the working directory (or holds it); give a new folder such as out/")
    for inp in inputs:
        ri = Path(os.path.realpath(Path(inp).absolute()))
        if real == ri or real in ri.parents:
            raise OutputRefused(f"{outdir} holds this command's input {inp}; give a new folder")
    if not out.exists():
        return out
    entries = sorted(p.name for p in out.iterdir())
    if not entries:
        return out
    if MARKER not in entries:
        raise OutputRefused(f"{outdir} is not empty and was not written by kaohe ({len(entries)} entries, e.g. "
                            f"{entries[0]}); give a new or empty folder")
    written = set(_marker(out / MARKER).get("files", []))
    foreign = [e for e in entries if e != MARKER and e not in written]
    if foreign:
        raise OutputRefused(f"{outdir} holds files kaohe did not write ({', '.join(foreign[:3])}"
                            f"{' …' if len(foreign) > 3 else ''}); move them or give another folder")
    return out


def _marker(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


@contextlib.contextmanager
def output_dir(outdir: str | Path, *, command: str, inputs: Iterable[str | Path] = ()) -> Iterator[Path]:
    """Yield a temp folder beside ``outdir``; on success it replaces ``outdir``, on error it vanishes.

    Checked first with :func:`check_output_dir` (nothing is touched when refused); the new
    folder gets the :data:`MARKER` listing what was written, so a re-run may replace it.
    """
    out = check_output_dir(outdir, inputs=list(inputs))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        yield tmp
        files = sorted(p.name for p in tmp.iterdir())
        (tmp / MARKER).write_text(json.dumps({
            "written_by": "kaohe", "command": command,
            "time": datetime.now(timezone.utc).isoformat(timespec="seconds"), "files": files,
        }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = None
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
        os.rmdir(old)
        os.rename(out, old)
    try:
        os.rename(tmp, out)
    except BaseException:
        if old is not None:
            os.rename(old, out)
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


# --------------------------------------------------------------------------- no formulas from data


def is_formula_text(text: str) -> bool:
    """Would a spreadsheet read this text as a formula (or DDE command)?"""
    return bool(text) and text.startswith(FORMULA_START)


def csv_cell(text: str) -> str:
    """A CSV cell that no spreadsheet runs: formula-leading text gets a leading ``'`` (OWASP)."""
    return "'" + text if is_formula_text(text) else text


def text_cell(cell, text: str):
    """Store ``text`` in an openpyxl cell as a text cell, whatever its first character.

    openpyxl turns any string starting with ``=`` into a formula; setting the data type
    after the value keeps it a shared string (Excel shows it verbatim, runs nothing).
    """
    cell.value = text
    cell.data_type = "s"
    return cell


def csv_uncell(text: str) -> str:
    """Undo :func:`csv_cell`: a leading ``'`` before a formula character is the neutraliser, not data."""
    return text[1:] if text.startswith("'") and is_formula_text(text[1:]) else text
