"""Prefill runs kept in the workspace for confirmation: ``<home>/prefill/<run>/``.

A run holds the scheme it was made against (``scheme.json``), the proposals (``prefill.json``), an
append-only audit log of confirmations (``audit.jsonl``: who confirmed or corrected which value, when,
from which evidence) and the confirmed submission (``confirmed.csv``, long form, rewritten atomically
after every confirmation), which `kaohe score` reads like any submission.  Confirmations are serialised
by a lock file, so two raters confirming at once both land in the log.
"""

from __future__ import annotations

import csv
import fcntl
import json
import os
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Iterator

from pipeline.scoring.inputs import Contract
from pipeline.scoring.numbers import parse_bool, parse_number
from schemes.atomic import atomic_file, csv_cell, write_text_atomic
from schemes.model import Scheme

from .model import Prefill

RUNS_DIR = "prefill"
CONFIRMED = "confirmed.csv"


class RunError(ValueError):
    """A confirmation that cannot be recorded (unknown run, unit, input, or a value of the wrong kind)."""


@dataclass(frozen=True)
class RunInfo:
    id: int
    scheme_ref: str
    scheme_title: str
    created: str
    units: list[str]
    confirmed: int
    proposed: int


class PrefillRuns:
    def __init__(self, home: Path | str) -> None:
        self.root = Path(home) / RUNS_DIR

    def path(self, run_id: int) -> Path:
        return self.root / str(int(run_id))

    # ----------------------------------------------------------------- writing

    def create(self, scheme: Scheme, scheme_ref: str, results: list[Prefill]) -> int:
        self.root.mkdir(parents=True, exist_ok=True)
        with self._lock(self.root):
            run_id = max((int(p.name) for p in self.root.iterdir() if p.name.isdigit()), default=0) + 1
            folder = self.path(run_id)
            folder.mkdir()
            write_text_atomic(folder / "scheme.json", scheme.model_dump_json())
            write_text_atomic(folder / "prefill.json", json.dumps(
                [r.model_dump(mode="json") for r in results], ensure_ascii=False))
            write_text_atomic(folder / "run.json", json.dumps({
                "id": run_id, "scheme_ref": scheme_ref, "created": _now(),
                "reports": [r.file for r in results]}, ensure_ascii=False))
            self._write_confirmed(folder, {})
        return run_id

    def confirm(self, run_id: int, unit: str, item: str, input_name: str, value: str, author: str) -> dict:
        """Record one confirmation (the proposed value, or a corrected one) and rewrite the submission."""
        folder = self._folder(run_id)
        author = " ".join(author.split())[:100]
        if not author:
            raise RunError("enter your name (it is recorded in the audit log)")
        scheme = self.scheme(run_id)
        value = " ".join(value.split())
        result = next((r for r in self.results(run_id) if r.unit == unit), None)
        if result is None:
            raise RunError(f"run {run_id} has no unit {unit!r}")
        target = next((t for t in result.targets if t.target == item), None)
        proposal = next((p for p in target.proposals if p.input == input_name), None) if target else None
        if proposal is None:
            raise RunError(f"unit {unit!r} has no input `{item} {input_name}` in run {run_id}")
        _check_value(Contract(scheme), item, input_name, value)
        record = {
            "at": _now(), "author": author, "unit": unit, "item": item, "input": input_name, "value": value,
            "proposed": proposal.value, "action": "confirmed" if value == proposal.value else "corrected",
            "evidence": proposal.evidence, "source": proposal.where.label(span=True) if proposal.where else "",
            "report": result.file,
        }
        with self._lock(folder):
            with open(folder / "audit.jsonl", "a", encoding="utf-8") as f:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
                f.flush()
                os.fsync(f.fileno())
            self._write_confirmed(folder, self._latest(folder))
        return record

    # ----------------------------------------------------------------- reading

    def list(self) -> list[RunInfo]:
        if not self.root.is_dir():
            return []
        out = []
        for p in sorted((p for p in self.root.iterdir() if p.name.isdigit()), key=lambda p: -int(p.name)):
            meta = json.loads((p / "run.json").read_text(encoding="utf-8"))
            results = self.results(int(p.name))
            out.append(RunInfo(int(p.name), meta["scheme_ref"], self.scheme(int(p.name)).metadata.title,
                               meta["created"], [r.unit for r in results], len(self._latest(p)),
                               sum(pr.status == "proposed" for r in results for t in r.targets for pr in t.proposals)))
        return out

    def scheme(self, run_id: int) -> Scheme:
        return Scheme.model_validate_json((self._folder(run_id) / "scheme.json").read_text(encoding="utf-8"))

    def results(self, run_id: int) -> list[Prefill]:
        data = json.loads((self._folder(run_id) / "prefill.json").read_text(encoding="utf-8"))
        return [Prefill.model_validate(d) for d in data]

    def audit(self, run_id: int) -> list[dict]:
        log = self._folder(run_id) / "audit.jsonl"
        if not log.exists():
            return []
        return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]

    def confirmed(self, run_id: int) -> dict[tuple[str, str, str], dict]:
        return self._latest(self._folder(run_id))

    def submission(self, run_id: int) -> Path:
        return self._folder(run_id) / CONFIRMED

    # ----------------------------------------------------------------- helpers

    def _folder(self, run_id: int) -> Path:
        folder = self.path(run_id)
        if not (folder / "run.json").is_file():
            raise RunError(f"no prefill run {run_id} in {self.root}")
        return folder

    def _latest(self, folder: Path) -> dict[tuple[str, str, str], dict]:
        latest: dict[tuple[str, str, str], dict] = {}
        log = folder / "audit.jsonl"
        if log.exists():
            for line in log.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    r = json.loads(line)
                    latest[(r["unit"], r["item"], r["input"])] = r
        return latest

    def _write_confirmed(self, folder: Path, latest: dict[tuple[str, str, str], dict]) -> None:
        with atomic_file(folder / CONFIRMED) as tmp:
            with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
                w = csv.writer(f)
                w.writerow(("unit", "item", "input", "value", "rater", "evidence"))
                for (unit, item, inp), r in latest.items():
                    evidence = f"{r['action']} by {r['author']} {r['at']}: {r['evidence']} ({r['source']})"
                    w.writerow([csv_cell(x) for x in (unit, item, inp, r["value"], "", evidence)])

    @contextmanager
    def _lock(self, folder: Path) -> Iterator[None]:
        with open(folder / ".lock", "w") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)


def _check_value(contract: Contract, item: str, input_name: str, value: str) -> None:
    spec = contract.spec(item, input_name)
    if spec is None:
        base = input_name.split(":")[0]
        if base in ("count", "shared_count") and item in contract.targets:
            kind = "count"
        else:
            raise RunError(f"`{item} {input_name}` is not an input of the scheme")
    else:
        kind = spec.kind
    if kind == "bool":
        if parse_bool(value) is None:
            raise RunError(f"`{item} {input_name}`: {value!r} is not yes/no (是/否)")
        return
    parsed = parse_number(value)
    if parsed is None:
        raise RunError(f"`{item} {input_name}`: {value!r} is not a number")
    number, _rate = parsed
    if kind == "count" and (number < 0 or number != number.to_integral_value()):
        raise RunError(f"`{item} {input_name}`: a count is a whole number ≥ 0, not {value!r}")
    if kind == "score" and spec is not None and (number < 0 or (spec.max is not None and number > Decimal(spec.max))):
        raise RunError(f"`{item} {input_name}`: a score is between 0 and {spec.max}, not {value!r}")


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
