"""Values a submission may not give: bare rates above 1, negative rates and figures, blanks named where they are."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from pipeline.scoring import SubmissionError, score_file
from pipeline.scoring.numbers import fmt
from pipeline.scoring.template import write_template
from scoring_schemes import full_facts, part_scores_002, scheme_001, scheme_002, write_long_csv

UNIT = "教育系统"


def refused(scheme, facts, tmp_path):
    """The single problem of a refused long CSV, and the spreadsheet row of each fact."""
    path = write_long_csv(tmp_path / "f.csv", facts)
    with pytest.raises(SubmissionError) as err:
        score_file(scheme, path)
    assert len(err.value.problems) == 1, str(err.value)
    return err.value.problems[0]


def row_of(facts, item: str) -> int:
    return next(k for k, f in enumerate(facts) if f[1] == item) + 2


def test_a_bare_48_for_a_tiers_rate_is_refused_naming_row_and_column(tmp_path):
    s = scheme_002()  # 6.6: 达到50%不足80%的得1分，达到80%及以上的得2分
    facts = full_facts(s, UNIT, **{"6.6": ("value", 48)}) + part_scores_002(UNIT)
    p = refused(s, facts, tmp_path)
    assert (p.row, p.column, p.message) == (
        row_of(facts, "6.6"), "value", "'48' for a rate target: write it as a percentage (48%) or a fraction")


def test_a_tiers_rate_written_as_a_percentage_or_a_fraction_is_scored(tmp_path):
    s = scheme_002()
    for value in ("48%", "0.48"):
        facts = full_facts(s, UNIT, **{"6.6": ("value", value)}) + part_scores_002(UNIT)
        result = score_file(s, write_long_csv(tmp_path / "f.csv", facts))
        assert fmt(int(result.items["6.6"][0])) == "0"  # below the 50% tier


@pytest.mark.parametrize("value", ["-5", "-5%", "-0.05"])
def test_a_negative_rate_is_refused_naming_row_and_column(tmp_path, value):
    s = scheme_001()  # item 5: 同步组建率达98%以上
    facts = full_facts(s, "区总工会", **{"5": ("value", value)})
    p = refused(s, facts, tmp_path)
    assert (p.row, p.column, p.message) == (row_of(facts, "5"), "value", f"negative rate {value} for 5: it is 0 or more")


def test_a_blank_in_the_grassroots_sheet_is_named_in_that_sheet(tmp_path):
    path = tmp_path / "wide.xlsx"
    write_template(scheme_002(), path)
    wb = load_workbook(path)
    s = scheme_002()
    ws = wb["业务部门评分"]
    header = [c.value for c in ws[1]]
    for row in range(2, ws.max_row + 1):
        if not ws.cell(row, 1).value:
            continue
        for j, h in enumerate(header[1:], 2):
            target, inp = h.split(" ")
            if not target.startswith("V"):
                item = s.item(target)
                ws.cell(row, j).value = {"score": item.points, "count": 0, "value": "90%"}[inp]
    for title in ("市总领导班子成员评分", "基层评分", "特色品牌工作"):
        for row in range(2, wb[title].max_row + 1):
            if wb[title].cell(row, 1).value:
                wb[title].cell(row, 2).value = 80
    grassroots = wb["基层评分"]
    blank_row = next(r for r in range(2, grassroots.max_row + 1) if grassroots.cell(r, 1).value == UNIT)
    grassroots.cell(blank_row, 2).value = None
    wb.save(path)
    with pytest.raises(SubmissionError) as err:
        score_file(s, path)
    p = err.value.problems[0]
    assert (len(err.value.problems), p.sheet, p.row, p.unit) == (1, "基层评分", blank_row, UNIT)
    assert p.message.startswith(f"required input missing: unit '{UNIT}' has no `P1 score` (rater 基层评分)")


# --------------------------------------------------------------------------- CSV shape before pandas


def test_a_utf8_mark_over_a_gbk_csv_names_both_encodings(tmp_path):
    path = tmp_path / "f.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "unit,item,input,value\n教育系统,5,value,98%\n".encode("gbk"))
    with pytest.raises(SubmissionError) as err:
        score_file(scheme_001(), path)
    assert str(err.value.problems[0]) == (
        f"{path}: the file starts with a UTF-8 byte-order mark but is not UTF-8 (byte 0xbd at offset 25 is not "
        "UTF-8; the rest reads as GBK/GB18030); save it again as UTF-8")


def test_a_negative_figure_is_accepted_where_the_target_itself_is_negative(tmp_path):
    from schemes.model import Comparison, ThresholdRule

    s = scheme_001()
    item = s.item("5")
    item.rule = ThresholdRule(target=Comparison(op=">=", value=-0.05, unit="%", text="增长率不低于-5%"))
    facts = full_facts(s, "区总工会", **{"5": ("value", "-3%")})
    result = score_file(s, write_long_csv(tmp_path / "f.csv", facts))
    assert fmt(int(result.items["5"][0])) == f"{item.points:g}"  # the target is reached
