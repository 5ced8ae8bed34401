"""Streaming scoring: chunks of units give the whole-file run's results, problems, explanations; Parquet in and out."""

from __future__ import annotations

import csv
import json

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.scoring import Contract, SubmissionError, score_file
from pipeline.scoring.explain import Explainer
from pipeline.scoring.output import points_text, unit_flags_column, write_all
from pipeline.scoring.stream import NotStreamable, open_source, score_one_unit, scored, stream_score, with_standing
from scoring_schemes import full_facts, hand_scheme_002, hand_scheme_003, part_scores_002, write_long_csv

# 12 units of the 2023 district scheme: deductions, levelled and shared bonuses, a vetoed best unit, a tie
# for the one 一等奖 (U01, U07), units listed out of order and facts of a unit spread over the file.
FACTS_003 = [
    ("U01", "B1", "count:全总", 1), ("U02", "1.1", "count", 1), ("U03", "2.2", "count", 2),
    ("U04", "3.2", "count", 1), ("U05", "V1", "met", "是"), ("U05", "B3", "count:全总", 1),
    ("U06", "1.1", "count", 3), ("U07", "B1", "count:全总", 1), ("U08", "2.2", "count", 1),
    ("U09", "3.2", "count", 2), ("U10", "1.1", "count", 2), ("U11", "B2", "count:省总", 1),
    ("U12", "2.2", "count", 4), ("U02", "K1", "count", 1), ("U03", "6.1", "count", 1),
]
SMALL = {"chunk_facts": 3, "bucket_units": 2}  # many chunks for a dozen units


def same_results(a, b) -> None:
    assert a.units == b.units
    for name in ("total", "rank", "bonus", "deductions"):
        assert getattr(a, name).tolist() == getattr(b, name).tolist(), name
    for name in ("items", "overridden", "categories", "entries", "raters", "parts", "vetoes", "missing"):
        x, y = getattr(a, name), getattr(b, name)
        assert x.keys() == y.keys(), name
        assert all(x[k].tolist() == y[k].tolist() for k in x), name
    assert (a.grade, a.notes, a.award_ties) == (b.grade, b.notes, b.award_ties)


@pytest.fixture()
def csv003(tmp_path):
    return write_long_csv(tmp_path / "facts.csv", FACTS_003)


def test_chunks_of_units_give_the_whole_file_results(csv003):
    scheme = hand_scheme_003()
    run = stream_score(csv003, Contract(scheme), **SMALL)
    try:
        assert len(run.spill.chunks(SMALL["chunk_facts"])) > 3
        same_results(run.results, score_file(scheme, csv003))
    finally:
        run.spill.close()


def test_parts_rater_groups_and_target_tables_stream_alike(tmp_path):
    scheme = hand_scheme_002()
    facts = []
    for unit, leader in (("教育系统", 95), ("城投集团", 80), ("交投集团", 88)):
        facts += full_facts(scheme, unit) + part_scores_002(unit, leader=leader)
    path = write_long_csv(tmp_path / "facts.csv", facts)
    run = stream_score(path, Contract(scheme), chunk_facts=10, bucket_units=1)
    try:
        same_results(run.results, score_file(scheme, path))
    finally:
        run.spill.close()


def test_missing_inputs_scored_zero_are_flagged_per_chunk(tmp_path):
    scheme = hand_scheme_002()
    facts = full_facts(scheme, "教育系统") + part_scores_002("教育系统")
    facts += [f for f in full_facts(scheme, "城投集团") if f[1] != "1.1"] + part_scores_002("城投集团")
    path = write_long_csv(tmp_path / "facts.csv", facts)
    run = stream_score(path, Contract(scheme), missing_zero=True, chunk_facts=5, bucket_units=1)
    try:
        assert run.results.missing["1.1"].tolist() == [False, True]
        same_results(run.results, score_file(scheme, path, missing_zero=True))
    finally:
        run.spill.close()


def test_problems_of_every_chunk_are_listed_in_file_order_with_row_and_column(tmp_path):
    facts = [*FACTS_003, ("U13", "1.1", "count", "两"), ("U01", "9.9", "count", 1), ("U14", "1.1", "count", -1)]
    path = write_long_csv(tmp_path / "facts.csv", facts)
    with pytest.raises(SubmissionError) as err:
        stream_score(path, Contract(hand_scheme_003()), **SMALL)
    assert err.value.total == 3
    assert [str(p) for p in err.value.problems] == [
        f"{path}, row 17, column value: '两' is not a number",
        f"{path}, row 18, column item: unknown item '9.9'",
        f"{path}, row 19, column value: negative count -1; a count is 0 or more",
    ]
    with pytest.raises(SubmissionError) as whole:
        score_file(hand_scheme_003(), path)
    assert str(err.value) == str(whole.value)


def test_the_problem_limit_keeps_the_first_problems_and_counts_all(tmp_path):
    facts = [(f"U{k:02d}", "1.1", "count", "x") for k in range(12)]
    path = write_long_csv(tmp_path / "facts.csv", facts)
    with pytest.raises(SubmissionError) as err:
        stream_score(path, Contract(hand_scheme_003()), max_errors=4, **SMALL)
    assert (err.value.total, [p.row for p in err.value.problems]) == (12, [2, 3, 4, 5])


def test_nothing_is_written_when_a_later_chunk_is_invalid(tmp_path):
    path = write_long_csv(tmp_path / "facts.csv", [*FACTS_003, ("U12", "1.1", "count", "x")])
    out = tmp_path / "out"
    with pytest.raises(SubmissionError):
        with scored(path, Contract(hand_scheme_003()), chunk_facts=2) as (res, ex):
            write_all(res, out, explanations=ex)
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["facts.csv"]


def test_a_unit_list_orders_the_units_and_unknown_units_are_reported_as_in_the_whole_file(csv003):
    scheme = hand_scheme_003()
    listed = ["U12", "U11", "U10", "U09", "U08", "U07", "U06", "U04", "U03", "U02", "U01", "U99"]
    with pytest.raises(SubmissionError) as err:
        stream_score(csv003, Contract(scheme), units=listed, **SMALL)
    assert [str(p) for p in err.value.problems] == [
        f"{csv003}, rows 6, 7, column unit: unknown unit 'U05' (not in the unit list) (did you mean 'U10'?)"]
    run = stream_score(csv003, Contract(scheme), units=[*listed, "U05"], **SMALL)
    try:
        assert run.results.units == [*listed, "U05"]
        same_results(run.results, score_file(scheme, csv003, units=[*listed, "U05"]))
    finally:
        run.spill.close()


def test_listed_units_without_facts_are_reported_missing(tmp_path):
    scheme = hand_scheme_002()
    facts = full_facts(scheme, "教育系统") + part_scores_002("教育系统")
    path = write_long_csv(tmp_path / "facts.csv", facts)
    with pytest.raises(SubmissionError) as err:
        stream_score(path, Contract(scheme), units=["教育系统", "城投集团"], chunk_facts=5, bucket_units=1)
    assert err.value.problems[0].message.startswith("required inputs missing: unit '城投集团' has no facts at all")


def test_every_explanation_streamed_matches_the_whole_run(csv003):
    scheme = hand_scheme_003()
    whole = score_file(scheme, csv003)
    ex = Explainer(whole)
    with scored(csv003, Contract(scheme), **{"chunk_facts": 3}) as (res, explanations):
        assert list(explanations.all(3)) == [ex.unit_dict(u) for u in range(whole.n)]
        assert explanations.units([6, 0]) == {6: ex.unit_dict(6), 0: ex.unit_dict(0)}


def test_a_run_explaining_every_unit_reads_its_kept_chunks_instead_of_validating_them_again(csv003, monkeypatch):
    import pipeline.scoring.stream as stream

    scheme = hand_scheme_003()
    whole = score_file(scheme, csv003)
    with scored(csv003, Contract(scheme), chunk_facts=3, explain_all=True) as (res, explanations):
        validated = []
        monkeypatch.setattr(stream, "validate_chunk", lambda *a, **k: validated.append(a))
        assert list(explanations.all(3)) == [Explainer(whole).unit_dict(u) for u in range(whole.n)]
        assert validated == [] and not list(explanations.spill.folder.glob("*.pickle"))


def test_one_unit_is_explained_from_its_own_facts_and_the_runs_standing(csv003):
    scheme = hand_scheme_003()
    whole = score_file(scheme, csv003)
    u = whole.units.index("U07")  # tied for the one 一等奖
    one = score_one_unit(csv003, Contract(scheme), "U07")
    flags = unit_flags_column(whole)[u]
    assert flags == "award_tie:一等奖"
    data = Explainer(with_standing(one, int(whole.rank[u]), whole.grade[u], flags)).unit_dict(0)
    assert data == Explainer(whole).unit_dict(u)


def test_parquet_submissions_score_like_the_csv(csv003, tmp_path):
    rows = list(csv.DictReader(open(csv003, encoding="utf-8")))
    table = pa.table({k: [r[k] for r in rows] for k in ("unit", "item", "input")}
                     | {"value": pa.array([r["value"] for r in rows])})
    path = tmp_path / "facts.parquet"
    pq.write_table(table, path)
    scheme = hand_scheme_003()
    run = stream_score(path, Contract(scheme), **SMALL)
    try:
        same_results(run.results, score_file(scheme, csv003))
        same_results(score_file(scheme, path), score_file(scheme, csv003))  # read whole
    finally:
        run.spill.close()


def test_a_parquet_problem_names_the_record(tmp_path):
    path = tmp_path / "facts.parquet"
    pq.write_table(pa.table({"unit": ["U01", "U02"], "item": ["1.1", "1.1"], "input": ["count", "count"],
                             "value": [1.0, None]}), path)
    with pytest.raises(SubmissionError) as err:
        stream_score(path, Contract(hand_scheme_003()))
    assert [str(p) for p in err.value.problems] == [f"{path}, row 2, column value: value is empty"]


def test_results_parquet_holds_the_csv_values_wide_and_long(csv003, tmp_path):
    out = write_all(score_file(hand_scheme_003(), csv003), tmp_path / "out")
    with open(out / "results.csv", encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    wide = pq.read_table(out / "results.parquet")
    assert wide.column_names == header
    numbers = [k for k, t in enumerate(wide.schema.types) if not pa.types.is_string(t)]
    assert [wide.column_names[k] for k in numbers[:3]] == ["total", "rank", "1.1"]
    values = [list(r.values()) for r in wide.to_pylist()]
    assert [[float(v) if k in numbers else v for k, v in enumerate(r)] for r in rows] == values
    long = pq.read_table(out / "results_long.parquet").to_pylist()
    points = [c for c in header if c not in ("unit", "rank", "grade", "veto", "flags")]
    assert len(long) == len(rows) * len(points)
    assert long[:2] == [{"unit": "U01", "column": "total", "score": float(rows[0][1])},
                        {"unit": "U01", "column": "1.1", "score": float(rows[0][5])}]


def test_results_json_of_sliced_writing_matches_the_csv(csv003, tmp_path, monkeypatch):
    import pipeline.scoring.output as output

    monkeypatch.setattr(output, "SLICE", 5)
    out = write_all(score_file(hand_scheme_003(), csv003), tmp_path / "out")
    with open(out / "results.csv", encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    units = json.loads((out / "results.json").read_text(encoding="utf-8"))["units"]
    assert [[str(v) for v in u.values()] for u in units] == rows


def test_points_text_is_the_text_of_the_json_number():
    micro = np.array([0, 5_000, -5_000, 97_500_000, -10_000_000, 123_456_789_120_000, 4_999, 10_000, 1_005_000])
    h = (np.abs(micro) + 5_000) // 10_000 * np.sign(micro)
    assert points_text(micro) == [str(int(x) // 100) if x % 100 == 0 else str(x / 100) for x in h]
    assert points_text(micro) == ["0", "0.01", "-0.01", "97.5", "-10", "123456789.12", "0", "0.01", "1.01"]


def test_cells_neutralised_by_kaohe_read_back_as_written(tmp_path):
    path = write_long_csv(tmp_path / "facts.csv", [("'=HYPERLINK(1)", "1.1", "count", 1)])
    run = stream_score(path, Contract(hand_scheme_003()))
    try:
        assert run.results.units == ["=HYPERLINK(1)"]
    finally:
        run.spill.close()


def test_a_gb18030_file_streams(tmp_path):
    path = tmp_path / "facts.csv"
    path.write_bytes("unit,item,input,value\n组织部,1.1,count,2\n".encode("gb18030"))
    run = stream_score(path, Contract(hand_scheme_003()))
    try:
        assert (run.results.units, run.results.total.tolist()) == (["组织部"], [90_000_000])
    finally:
        run.spill.close()


def test_blank_lines_inside_a_csv_are_read_whole_and_numbered_as_in_the_file(tmp_path):
    path = tmp_path / "facts.csv"
    path.write_text("unit,item,input,value\nU01,1.1,count,1\n\nU02,1.1,count,x\n", encoding="utf-8")
    with pytest.raises(NotStreamable):
        open_source(path)
    with pytest.raises(SubmissionError) as err:
        with scored(path, Contract(hand_scheme_003())):
            pass
    assert [p.row for p in err.value.problems] == [4]


def test_wide_and_xlsx_files_are_read_whole(tmp_path):
    wide = tmp_path / "wide.csv"
    wide.write_text("unit,1.1 count\nU01,1\n", encoding="utf-8")
    with pytest.raises(NotStreamable):
        open_source(wide)
    with scored(wide, Contract(hand_scheme_003())) as (res, _):
        assert res.total.tolist() == [95_000_000]


def test_results_xlsx_of_sliced_writing_lists_every_unit_by_rank(csv003, tmp_path, monkeypatch):
    import pipeline.scoring.output as output
    from openpyxl import load_workbook

    monkeypatch.setattr(output, "SLICE", 5)
    out = write_all(score_file(hand_scheme_003(), csv003), tmp_path / "out")
    with open(out / "results.csv", encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    by_rank = sorted(rows, key=lambda r: int(r[header.index("rank")]))  # stable: ties keep the CSV's order
    sheet = list(load_workbook(out / "results.xlsx", read_only=True)["results"].iter_rows(values_only=True))
    assert len(rows) > 5
    assert [(r[0], r[1]) for r in sheet[1:]] == [(int(r[2]), r[0]) for r in by_rank]
