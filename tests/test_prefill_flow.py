"""The score-batch flow with a folder of self-evaluation reports: prefill → score; an unreadable report is
noted and does not stop the batch; the prefill run is kept for confirmation."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

pytest_plugins = ["prefect_harness"]
pytest.register_assert_rewrite("prefect_harness")

from prefect_harness import NOTICES  # noqa: E402

DATA = Path(__file__).parent / "data" / "prefill"


def test_score_batch_prefills_a_folder_of_reports(tmp_path, prefect_api):
    from extractors import read_document
    from flows.score import score_batch
    from pipeline.extract import EXTRACTOR_VERSION, extract_scheme
    from pipeline.prefill.runs import PrefillRuns
    from schemes.store import Store

    home = tmp_path / "kaohe"
    notice = NOTICES / "003_district_2023.docx"
    with Store.open(home=home) as store:
        ref = str(store.ingest(notice, extract_scheme(read_document(notice)), EXTRACTOR_VERSION,
                               author="test").info.scheme_id)
    reports = tmp_path / "reports"
    reports.mkdir()
    for name in ("r20_nvgong_prose.txt", "r18_bangongshi_attach.txt"):
        shutil.copy(DATA / "reports" / name, reports / name)
    (reports / "broken.docx").write_bytes(b"PK\x03\x04 not a docx")

    summary = score_batch(scheme=ref, submissions=reports, outdir=tmp_path / "out", home=home, reports=True)

    assert summary.units == 2
    assert summary.notes[0].startswith("report skipped: ") and "broken.docx" in summary.notes[0]
    assert summary.notes[1].startswith("scored from prefill run 1: ")
    with open(tmp_path / "out" / "results.csv", encoding="utf-8-sig") as f:
        totals = {r["unit"]: r["total"] for r in csv.DictReader(f)}
    # 女职工部: 100 − 5 (1.1) − 2×0.5 (2.2) − 0.5 (3.2) − 2 (4.1) + 8 (省总) + 5 (市总) = 104.5
    # 办公室: 100 − 1 (2.1) − 1 (6.1) − 5 (K2) = 93
    assert totals == {"女职工部": "104.5", "办公室": "93"}
    runs = PrefillRuns(home)
    assert [r.units for r in runs.list()] == [["办公室", "女职工部"]]
