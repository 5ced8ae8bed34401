"""Bad submissions: every problem names the file, row and column and says what is wrong."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from pipeline.scoring import SubmissionError, score_file
from schemes.model import Scheme
from scoring_schemes import TARGETS_002, full_facts, part_scores_002, scheme_002, scheme_003, write_long_csv

UNIT = "教育系统"


@pytest.fixture(scope="module")
def s002() -> Scheme:
    return scheme_002()


def problems_of(tmp_path, scheme, extra, *, units=None, base=True, name="f.csv"):
    """Score a complete 002 unit plus `extra` rows (row 2 onward is the complete unit, extras follow)."""
    facts = (full_facts(scheme, UNIT) + part_scores_002(UNIT)) if base else []
    path = write_long_csv(tmp_path / name, facts + list(extra))
    with pytest.raises(SubmissionError) as err:
        score_file(scheme, path, units=units)
    return err.value, len(facts) + 2  # the spreadsheet row of the first extra fact


def only(err: SubmissionError):
    """The single problem reported; it always names the submitted file."""
    assert len(err.problems) == 1, str(err)
    p = err.problems[0]
    assert p.file.rsplit("/", 1)[-1] in ("f.csv", "wide.xlsx") and str(p).startswith(p.file + ", ")
    return p


def test_unknown_unit_when_a_unit_list_is_given(tmp_path, s002):
    err, row = problems_of(tmp_path, s002, [("教育局", "6.1", "count", 1)], units=[UNIT])
    p = only(err)
    assert (p.file.endswith("f.csv"), p.row, p.column) == (True, row, "unit")
    assert p.message == "unknown unit '教育局' (not in the unit list)"


def test_an_unknown_unit_on_several_rows_is_one_line_listing_its_rows(tmp_path, s002):
    extra = [("某某局", "6.1", "count", 1), ("某某局", "3.6", "count", 2), ("另一局", "6.1", "count", 1),
             ("某某局", "6.6", "value", "50%")]
    err, row = problems_of(tmp_path, s002, extra, units=[UNIT])
    assert [str(p) for p in err.problems] == [
        f"{tmp_path / 'f.csv'}, rows {row}, {row + 1}, {row + 3}, column unit: unknown unit '某某局' (not in the unit list)",
        f"{tmp_path / 'f.csv'}, row {row + 2}, column unit: unknown unit '另一局' (not in the unit list)",
    ]
    assert err.total == 2


def test_an_unknown_unit_of_a_wide_sheet_is_one_line_for_its_row(tmp_path, s002):
    wb = Workbook()
    ws = wb.active
    ws.append(["unit", "6.1 count", "3.6 count", "6.6 value"])
    ws.append(["某某局", 1, 0, 2])
    wb.save(tmp_path / "wide.xlsx")
    with pytest.raises(SubmissionError) as err:
        score_file(s002, tmp_path / "wide.xlsx", units=[UNIT])
    unknown = [p for p in err.value.problems if p.message.startswith("unknown unit")]
    assert [(p.sheet, p.row, p.rows, p.message) for p in unknown] == [
        (ws.title, 2, [], "unknown unit '某某局' (not in the unit list)")]


def test_unknown_item(tmp_path, s002):
    err, row = problems_of(tmp_path, s002, [(UNIT, "6.9", "count", 1)])
    p = only(err)
    assert (p.row, p.column, p.message) == (row, "item", "unknown item '6.9' (did you mean '6.6'?)")


def test_unknown_input_kind(tmp_path, s002):
    err, row = problems_of(tmp_path, s002, [(UNIT, "6.1", "times", 1)])
    p = only(err)
    assert (p.row, p.column) == (row, "input")
    assert p.message.startswith("unknown input kind 'times'; use score, met, met:N, value, count")


def test_input_the_item_does_not_take(tmp_path, s002):
    p = only(problems_of(tmp_path, s002, [(UNIT, "6.1", "met:1", "是")])[0])
    assert (p.column, p.message) == ("input", "item 6.1 does not take input 'met:1'; it takes: score, count")


def test_value_that_is_not_a_number(tmp_path, s002):
    p = only(problems_of(tmp_path, scheme_003(), [("组织部", "1.1", "count", "两次")], base=False)[0])
    assert (p.row, p.column, p.message) == (2, "value", "'两次' is not a number")


def test_value_that_is_not_yes_no(tmp_path, s002):
    err, row = problems_of(tmp_path, s002, [(UNIT, "V1", "met", "可能")])
    p = only(err)
    assert (p.row, p.column) == (row, "value")
    assert p.message == "'可能' is not yes/no (是/否, yes/no, 1/0, true/false, 达标/未达标)"


def test_negative_count(tmp_path):
    err, row = problems_of(tmp_path, scheme_003(), [("组织部", "1.1", "count", -2)], base=False)
    p = only(err)
    assert (p.row, p.column, p.message) == (2, "value", "negative count -2; a count is 0 or more")


def test_fractional_count(tmp_path):
    p = only(problems_of(tmp_path, scheme_003(), [("组织部", "1.1", "count", 1.5)], base=False)[0])
    assert (p.row, p.column, p.message) == (2, "value", "count 1.5 is not a whole number")


def test_rater_score_above_the_items_maximum(tmp_path, s002):
    facts = full_facts(s002, UNIT, **{"1.4": ("score", 3)}) + part_scores_002(UNIT)
    path = write_long_csv(tmp_path / "f.csv", facts)
    with pytest.raises(SubmissionError) as err:
        score_file(s002, path)
    p = only(err.value)
    assert (p.row, p.column, p.message) == (5, "value", "score 3 is above the maximum 2 of 1.4")


def test_part_score_above_the_parts_maximum(tmp_path, s002):
    facts = full_facts(s002, UNIT) + part_scores_002(UNIT, leader=101)
    with pytest.raises(SubmissionError) as err:
        score_file(s002, write_long_csv(tmp_path / "f.csv", facts))
    assert only(err.value).message == "score 101 is above the maximum 100 of P1"


def test_rate_written_as_a_plain_percentage_number(tmp_path):
    from scoring_schemes import scheme_001

    s = scheme_001()
    facts = full_facts(s, "区总工会", **{"5": ("value", 98)})
    with pytest.raises(SubmissionError) as err:
        score_file(s, write_long_csv(tmp_path / "f.csv", facts))
    p = only(err.value)
    assert p.message == "'98' for a rate target: write it as a percentage (98%) or a fraction"


def test_duplicate_fact(tmp_path, s002):
    err, row = problems_of(tmp_path, s002, [(UNIT, "6.1", "count", 2)])
    p = only(err)
    assert (p.row, p.column) == (row, "item")
    assert p.message == "duplicate fact for unit '教育系统', 6.1 count: also given in row 21"


def test_conflicting_facts_from_two_raters(tmp_path):
    facts = [("组织部", "1.1", "count", 1, "组织部"), ("组织部", "1.1", "count", 2, "办公室")]
    p = only(problems_of(tmp_path, scheme_003(), facts, base=False)[0])
    assert (p.row, p.message) == (3, "conflicting facts for unit '组织部', 1.1 count: row 2 (rater 组织部) and "
                                     "this row (rater 办公室)")


def test_required_input_missing(tmp_path, s002):
    facts = full_facts(s002, UNIT, **{"6.1": None}) + part_scores_002(UNIT)
    with pytest.raises(SubmissionError) as err:
        score_file(s002, write_long_csv(tmp_path / "f.csv", facts))
    p = only(err.value)
    assert (p.file.endswith("f.csv"), p.column, p.unit) == (True, "item/input", UNIT)
    assert p.message.startswith("required input missing: unit '教育系统' has no `6.1 count`")


def test_missing_target_row_for_a_target_table_item(tmp_path, s002):
    facts = full_facts(s002, UNIT, **{"3.5": None}) + part_scores_002(UNIT) + [(UNIT, "3.5", "met", "是")]
    facts += [("新单位", "3.5", "value", 10)]
    err, _ = problems_of(tmp_path, s002, facts, base=False)
    p = err.problems[0]
    assert (p.row, p.column) == (len(facts) + 1, "unit")
    assert p.message == "no 参保基数 target for unit '新单位' in target table T1 (item 3.5 is scored against it)"


def test_all_problems_are_reported_together(tmp_path, s002):
    extra = [("教育局", "6.1", "count", 1), (UNIT, "6.9", "count", 1), (UNIT, "V1", "met", "?")]
    err, row = problems_of(tmp_path, s002, extra, units=list(TARGETS_002)[:1])
    assert [(p.row, p.column) for p in err.problems] == [(row, "unit"), (row + 1, "item"), (row + 2, "value")]
    assert str(err).startswith("3 problems in the submissions; nothing was scored\n")


def test_problem_list_is_limited(tmp_path):
    facts = [(f"部室{k}", "1.1", "count", -k) for k in range(1, 21)]
    path = write_long_csv(tmp_path / "f.csv", facts)
    with pytest.raises(SubmissionError) as err:
        score_file(scheme_003(), path, max_errors=5)
    assert (len(err.value.problems), err.value.total) == (5, 20)
    assert str(err.value).endswith("… and 15 more")


def test_wide_problem_names_sheet_row_and_header(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "考核数据"
    ws.append(["unit", "1.1 count", "B1 count:市总"])
    ws.append(["组织部", 1, 0])
    ws.append(["办公室", "两次", 1])
    wb.save(tmp_path / "wide.xlsx")
    with pytest.raises(SubmissionError) as err:
        score_file(scheme_003(), tmp_path / "wide.xlsx")
    p = only(err.value)
    assert (p.sheet, p.row, p.column, p.message) == ("考核数据", 3, "'1.1 count' (B)", "'两次' is not a number")


def test_bad_header_is_reported(tmp_path):
    (tmp_path / "f.csv").write_text("name,score\n组织部,3\n", encoding="utf-8")
    with pytest.raises(SubmissionError) as err:
        score_file(scheme_003(), tmp_path / "f.csv")
    p = only(err.value)
    assert p.row == 1 and p.message.startswith("header must be `unit,item,input,value[,rater,evidence]`")


def test_part_score_from_the_item_rating_group_is_refused(tmp_path, s002):
    err, row = problems_of(tmp_path, s002, [(UNIT, "共性工作", "score", 80, "业务部门评分")])
    p = only(err)
    assert (p.row, p.column) == (row, "rater")
    assert p.message.startswith("rater group '业务部门评分' rates the items of part 共性工作: its score is the sum")


def test_part_score_without_rater_is_refused_where_groups_rate(tmp_path, s002):
    p = only(problems_of(tmp_path, s002, [(UNIT, "P1", "score", 80)])[0])
    assert p.message == ("name the rater group giving this score for part 共性工作; "
                         "expected one of: 市总领导班子成员评分, 基层评分")


# --------------------------------------------------------------------------- workbook limits (before openpyxl)


def long_sheet_workbook(path, sheet_xml: str):
    """A minimal .xlsx whose only sheet is ``sheet_xml`` (built as kaohe's own writer builds them)."""
    import zipfile

    from pipeline.scoring.xlsx import SheetData, write_workbook

    base = write_workbook(path.with_suffix(".base.xlsx"), [SheetData("facts", ["unit"], [("s", ["x"])])])
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            data = sheet_xml.encode() if name == "xl/worksheets/sheet1.xml" else src.read(name)
            dst.writestr(name, data)
    return path


def sheet(rows: str, dimension: str = "A1:D1") -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet '
            'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<dimension ref="{dimension}"/><sheetData>{rows}</sheetData></worksheet>')


def refusal(err: SubmissionError):
    """The single problem of a refused workbook; it names the file."""
    assert len(err.problems) == 1, str(err)
    assert err.problems[0].file.endswith("wide.xlsx")
    return err.problems[0]


HEADER_ROW = "<row>" + "".join(f'<c t="inlineStr"><is><t>{h}</t></is></c>' for h in ("unit", "item", "input",
                                                                                         "value")) + "</row>"


def test_a_workbook_with_too_many_rows_is_refused_naming_sheet_and_row(tmp_path, s002, monkeypatch):
    monkeypatch.setenv("KAOHE_MAX_SHEET_ROWS", "1000")
    rows = HEADER_ROW + '<row><c t="inlineStr"><is><t>u</t></is></c></row>' * 5000
    path = long_sheet_workbook(tmp_path / "wide.xlsx", sheet(rows))
    with pytest.raises(SubmissionError) as err:
        score_file(s002, path)
    p = refusal(err.value)
    assert (p.sheet, p.row) == ("facts", 1001) and "more rows than the limit (KAOHE_MAX_SHEET_ROWS)" in p.message


def test_a_forged_dimension_does_not_pad_rows_and_far_cells_count(tmp_path, s002, monkeypatch):
    monkeypatch.setenv("KAOHE_MAX_SHEET_CELLS", "100000")
    far = '<row><c r="XFD{r}" t="inlineStr"><is><t>x</t></is></c></row>'
    rows = HEADER_ROW + "".join(far.format(r=r) for r in range(2, 200))
    path = long_sheet_workbook(tmp_path / "wide.xlsx", sheet(rows, dimension="A1:XFD1048576"))
    with pytest.raises(SubmissionError) as err:
        score_file(s002, path)
    p = refusal(err.value)
    assert p.row == 8 and "more cells than the limit (KAOHE_MAX_SHEET_CELLS)" in p.message


def test_a_sheet_expanding_too_far_is_refused_before_parsing(tmp_path, s002):
    path = long_sheet_workbook(tmp_path / "wide.xlsx", sheet(HEADER_ROW + " " * 5_000_000))
    with pytest.raises(SubmissionError) as err:
        score_file(s002, path)
    assert "possible zip bomb" in refusal(err.value).message


def test_a_workbook_over_the_file_size_limit_is_refused(tmp_path, s002, monkeypatch):
    monkeypatch.setenv("KAOHE_MAX_FILE_MB", "0.001")
    path = long_sheet_workbook(tmp_path / "wide.xlsx", sheet(HEADER_ROW))
    with pytest.raises(SubmissionError) as err:
        score_file(s002, path)
    assert "over the 1,048-byte limit (KAOHE_MAX_FILE_MB)" in refusal(err.value).message
