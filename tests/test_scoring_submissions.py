"""Reading submissions: CSV or XLSX, long or wide, UTF-8 or GBK, all giving the same facts."""

from __future__ import annotations

from openpyxl import Workbook

from pipeline.scoring import score_file
from pipeline.scoring.numbers import fmt
from pipeline.scoring.submissions import read_unit_list
from scoring_schemes import scheme_003

FACTS = [("组织部", "1.1", "count", "2"), ("组织部", "2.2", "count", "3"), ("组织部", "B1", "count:市总", "1"),
         ("组织部", "B1", "shared_count:省总", "1")]


def total(path, **kw) -> str:
    return fmt(int(score_file(scheme_003(), path, **kw).total[0]))


def test_long_csv(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("unit,item,input,value\n" + "".join(",".join(f) + "\n" for f in FACTS), encoding="utf-8")
    assert total(path) == "97.5"


def test_long_csv_in_gbk_with_extra_spaces_and_full_width_colon(tmp_path):
    path = tmp_path / "f.csv"
    rows = [" 组织部 , 1.1 ,count, 2 ", "组织部,2.2,COUNT,3", "组织部,B1,count：市总,1", "组织部,B1,shared_count:省总,１"]
    path.write_bytes(("unit,item,input,value\n" + "\n".join(rows) + "\n").encode("gb18030"))
    assert total(path) == "97.5"


def test_long_xlsx(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["unit", "item", "input", "value", "rater", "evidence"])
    for f in FACTS:
        ws.append([*f[:3], int(f[3]), "", ""])
    wb.save(tmp_path / "f.xlsx")
    assert total(tmp_path / "f.xlsx") == "97.5"


def test_wide_csv(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("unit,1.1 count,2.2 count,B1 count:市总,B1 shared_count:省总\n组织部,2,3,1,1\n", encoding="utf-8")
    assert total(path) == "97.5"


def test_wide_blank_cells_are_no_facts(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("unit,1.1 count,2.2 count\n组织部,2,\n办公室,,\n", encoding="utf-8")
    res = score_file(scheme_003(), path)
    assert (res.units, [fmt(int(t)) for t in res.total]) == (["组织部", "办公室"], ["90", "100"])


def test_blank_lines_keep_row_numbers(tmp_path):
    from pipeline.scoring import SubmissionError

    path = tmp_path / "f.csv"
    path.write_text("unit,item,input,value\n\n组织部,1.1,count,x\n", encoding="utf-8")
    try:
        score_file(scheme_003(), path)
    except SubmissionError as err:
        assert err.problems[0].row == 3
    else:  # pragma: no cover
        raise AssertionError("expected a SubmissionError")


def test_unit_list_file(tmp_path):
    path = tmp_path / "units.csv"
    path.write_text("unit,备注\n组织部,a\n办公室\n\n组织部\n", encoding="utf-8")
    assert read_unit_list(path) == ["组织部", "办公室"]


def test_a_quoted_unit_name_keeps_its_comma(tmp_path):
    path = tmp_path / "units.csv"
    path.write_text('unit\n"城投集团,一公司"\n交投集团\n', encoding="utf-8")
    assert read_unit_list(path) == ["城投集团,一公司", "交投集团"]


def test_listed_units_without_facts_are_scored_from_the_base(tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("unit,item,input,value\n组织部,1.1,count,1\n", encoding="utf-8")
    res = score_file(scheme_003(), path, units=["办公室", "组织部"])
    assert (res.units, [fmt(int(t)) for t in res.total]) == (["办公室", "组织部"], ["100", "95"])
