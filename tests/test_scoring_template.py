"""The wide Excel template: generated from the scheme, filled in, scored."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from pipeline.scoring import score_file
from pipeline.scoring.numbers import fmt
from pipeline.scoring.template import write_template
from scoring_schemes import TARGETS_002, scheme_001, scheme_002, scheme_003


@pytest.fixture(scope="module")
def t002(tmp_path_factory):
    path = tmp_path_factory.mktemp("tpl") / "submissions.xlsx"
    write_template(scheme_002(), path)
    return path


def test_template_has_a_sheet_per_rater_group(t002):
    wb = load_workbook(t002)
    assert wb.sheetnames == ["业务部门评分", "市总领导班子成员评分", "基层评分", "特色品牌工作", "说明", "kaohe"]
    assert wb["kaohe"].sheet_state == "hidden"


def test_template_columns_follow_the_items(t002):
    ws = load_workbook(t002)["业务部门评分"]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["unit", "1.1 score", "1.2 score"]
    assert {"3.5 value", "3.6 count", "6.1 count", "6.6 value", "V1 met"} <= set(header)


def test_template_prefills_the_units_of_the_target_table(t002):
    ws = load_workbook(t002)["业务部门评分"]
    assert [ws.cell(r, 1).value for r in range(2, 24)] == list(TARGETS_002)


def test_template_header_comment_shows_item_and_rule(t002):
    ws = load_workbook(t002)["业务部门评分"]
    cell = next(c for c in ws[1] if c.value == "6.1 count")
    assert "每发现一家下属基层工会未足额缴纳工会经费的扣0.5分" in cell.comment.text
    assert "per occurrence: start at 4, −0.5 per 家, floor 0, at most 4" in cell.comment.text


def test_template_validates_scores_counts_and_yes_no(t002):
    ws = load_workbook(t002)["业务部门评分"]
    col = {c.value: c.column_letter for c in ws[1]}
    rules = {}
    for dv in ws.data_validations.dataValidation:
        for rng in str(dv.sqref).split():
            rules[rng.split(":")[0].rstrip("0123456789")] = (dv.type, dv.formula1, dv.formula2)
    assert rules[col["1.1 score"]] == ("decimal", "0", "6")
    assert rules[col["6.1 count"]] == ("whole", "0", None)
    assert rules[col["V1 met"]] == ("list", '"是,否"', None)


def test_template_for_a_scheme_without_raters_has_one_data_sheet(tmp_path):
    path = write_template(scheme_003(), tmp_path / "t.xlsx", units=["组织部", "办公室"])
    wb = load_workbook(path)
    assert wb.sheetnames == ["考核数据", "说明", "kaohe"]
    assert [c.value for c in wb["考核数据"][1]][-5:] == ["V1 met", "V2 met", "V3 met", "V4 met", "V5 met"]


def fill_002(path, unit_values):
    """Fill the 002 template: full marks except `unit_values` overrides; P1/P2 direct scores."""
    wb = load_workbook(path)
    ws = wb["业务部门评分"]
    header = [c.value for c in ws[1]]
    s = scheme_002()
    for row in range(2, ws.max_row + 1):
        unit = ws.cell(row, 1).value
        if not unit:
            continue
        for j, h in enumerate(header[1:], 2):
            target, inp = h.split(" ")
            if target.startswith("V"):
                continue
            item = s.item(target)
            value = {"score": item.points, "count": 0, "value": TARGETS_002[unit] if target == "3.5" else 0.9}[inp]
            ws.cell(row, j).value = unit_values.get(unit, {}).get(h, value)
    for sheet, score in (("市总领导班子成员评分", 90), ("基层评分", 70), ("特色品牌工作", 85)):
        other = wb[sheet]
        for row in range(2, other.max_row + 1):
            other.cell(row, 2).value = score
    wb.save(path)


def test_filled_template_scores_like_the_long_form(t002, tmp_path):
    filled = tmp_path / "filled.xlsx"
    filled.write_bytes(t002.read_bytes())
    # 城投集团: items 80 (3.5 150 < 200 → 0; 6.1 8 findings → 0; 1.1 4; 2.1 2)
    fill_002(filled, {"城投集团": {"3.5 value": 150, "6.1 count": 8, "1.1 score": 4, "2.1 score": 2},
                      "教育系统": {"6.6 value": "65%"}})
    res = score_file(scheme_002(), filled)
    got = {u: fmt(int(res.total[i])) for i, u in enumerate(res.units)}
    # 教育系统: 6.6 at 65% → 1 (−1): 共性 = 22.5 + 99×0.6 + 10.5 = 92.4; total = 64.68 + 25.5
    assert (res.n, got["城投集团"], got["教育系统"], got["绍兴烟草"]) == (22, "82.2", "90.18", "90.6")


def test_filled_template_sheet_names_become_raters(t002, tmp_path):
    filled = tmp_path / "filled.xlsx"
    filled.write_bytes(t002.read_bytes())
    fill_002(filled, {})
    res = score_file(scheme_002(), filled)
    assert fmt(int(res.raters[("P1", "基层评分")][0])) == "70"


def test_a_unit_filled_in_one_sheet_only_reports_the_inputs_missing_from_the_others(t002, tmp_path):
    from pipeline.scoring import SubmissionError

    partial = tmp_path / "partial.xlsx"
    partial.write_bytes(t002.read_bytes())
    wb = load_workbook(partial)
    wb["基层评分"].cell(2, 2).value = 70  # the first unit: one score in one sheet, nothing elsewhere
    wb.save(partial)
    with pytest.raises(SubmissionError) as err:
        score_file(scheme_002(), partial, max_errors=3)
    p = err.value.problems[0]
    assert (p.sheet, p.row, p.column) == ("业务部门评分", 2, "1.1 score")
    assert p.message.startswith("required inputs missing: unit '教育系统' has no `1.1 score`")


def test_template_of_001_offers_component_and_tier_columns(tmp_path):
    wb = load_workbook(write_template(scheme_001(), tmp_path / "t.xlsx"))
    header = [c.value for c in wb["考核数据"][1]]
    assert {"2 met:1", "2 met:2", "16 met", "28 met:1", "28 met:2", "5 value", "30 count:2", "B1 score"} <= set(header)


# --------------------------------------------------------------------------- the long CSV template


def read_csv_template(path):
    import csv

    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_csv_template_has_a_row_per_unit_and_input(tmp_path):
    from pipeline.scoring.template import write_template_csv

    rows = read_csv_template(write_template_csv(scheme_003(), tmp_path / "t.csv", units=["组织部", "办公室"]))
    assert rows[0] == ["unit", "item", "input", "value", "rater", "evidence"]
    assert rows[1:3] == [["组织部", "1.1", "count", "", "", ""], ["组织部", "1.2", "count", "", "", ""]]
    assert len(rows) - 1 == 70 and {r[0] for r in rows[1:]} == {"组织部", "办公室"}


def test_csv_template_names_the_rater_group_of_part_scores(tmp_path):
    from pipeline.scoring.template import write_template_csv

    rows = read_csv_template(write_template_csv(scheme_002(), tmp_path / "t.csv"))
    assert {(r[2], r[4]) for r in rows[1:] if r[4]} == {("score", "基层评分"), ("score", "市总领导班子成员评分")}
    assert len({r[0] for r in rows[1:]}) == 22  # the units of the scheme's target table


def test_csv_template_without_units_has_one_placeholder_unit(tmp_path):
    from pipeline.scoring.template import PLACEHOLDER_UNIT, write_template_csv

    rows = read_csv_template(write_template_csv(scheme_003(), tmp_path / "t.csv"))
    assert {r[0] for r in rows[1:]} == {PLACEHOLDER_UNIT} and len(rows) - 1 == 35


def test_filled_csv_template_is_a_valid_submission(tmp_path):
    import csv

    from pipeline.scoring.template import write_template_csv

    rows = read_csv_template(write_template_csv(scheme_003(), tmp_path / "t.csv", units=["组织部", "办公室"]))
    filled = tmp_path / "filled.csv"
    with open(filled, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(rows[0])
        for unit, item, inp, _, rater, ev in rows[1:]:
            value = "否" if inp == "met" else ("1" if (unit, item, inp) == ("办公室", "1.1", "count") else "0")
            w.writerow([unit, item, inp, value, rater, ev])
    res = score_file(scheme_003(), filled)
    assert {u: fmt(int(res.total[i])) for i, u in enumerate(res.units)} == {"组织部": "100", "办公室": "95"}


def test_the_template_names_its_scheme_and_another_schemes_template_is_refused(t002, tmp_path):
    from pipeline.scoring.errors import SchemeArgError
    from pipeline.scoring.template import check_template, scheme_fingerprint, template_identity

    made_for = template_identity(t002)
    assert made_for == {"scheme": scheme_002().metadata.title, "year": str(scheme_002().metadata.year or ""),
                        "ref": "", "fingerprint": scheme_fingerprint(scheme_002())}
    check_template(t002, scheme_002())  # its own scheme: accepted
    with pytest.raises(SchemeArgError) as refused:
        check_template(t002, scheme_003())
    assert str(refused.value) == (f"submissions.xlsx: this template was made for 《{scheme_002().metadata.title}》, "
                                  f"not for 《{scheme_003().metadata.title}》; fill in this scheme's template "
                                  "(`kaohe template`)")


def test_kaohe_score_refuses_another_schemes_template_in_one_line(t002, tmp_path):
    from typer.testing import CliRunner

    from kaohe.cli import app

    scheme = tmp_path / "s.json"
    scheme.write_text(scheme_003().model_dump_json(), encoding="utf-8")
    result = CliRunner().invoke(app, ["score", str(scheme), str(t002), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr.startswith("kaohe: submissions.xlsx: this template was made for 《")
    assert len(result.stderr.strip().splitlines()) == 1 and not (tmp_path / "out").exists()


def test_kaohe_score_names_an_excel_lock_file(tmp_path):
    from typer.testing import CliRunner

    from kaohe.cli import app

    scheme = tmp_path / "s.json"
    scheme.write_text(scheme_003().model_dump_json(), encoding="utf-8")
    lock = tmp_path / "~$报送.xlsx"
    lock.write_bytes(b"\x0c\x00owner")
    result = CliRunner().invoke(app, ["score", str(scheme), str(lock), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == ("kaohe: ~$报送.xlsx: an Excel lock file (Excel keeps it while 报送.xlsx is open), "
                             "not submissions; close Excel and score 报送.xlsx\n")


# --------------------------------------------------------------------------- units left blank


def with_blank_rows(t002, tmp_path, blank: set[str]):
    """The 002 template filled in for every unit but those of ``blank``, whose rows stay empty in every sheet."""
    path = tmp_path / "filled.xlsx"
    path.write_bytes(t002.read_bytes())
    fill_002(path, {})
    wb = load_workbook(path)
    for ws in wb.worksheets[:4]:
        for row in ws.iter_rows(min_row=2):
            if row[0].value in blank:
                for cell in row[1:]:
                    cell.value = None
    wb.save(path)
    return path


def test_a_unit_left_blank_in_the_template_is_skipped_with_a_note(t002, tmp_path):
    res = score_file(scheme_002(), with_blank_rows(t002, tmp_path, {"城投集团"}))
    assert res.n == 21 and "城投集团" not in res.units
    assert res.notes[0] == "1 unit(s) left blank in the template: skipped, not scored: 城投集团"


def test_with_missing_zero_a_blank_unit_is_scored_not_skipped(t002, tmp_path):
    res = score_file(scheme_002(), with_blank_rows(t002, tmp_path, {"城投集团"}), missing_zero=True)
    assert res.n == 22 and fmt(int(res.total[res.units.index("城投集团")])) == "0"


def test_a_blank_row_of_a_scheme_requiring_nothing_scores_as_nothing_to_report(tmp_path):
    path = write_template(scheme_003(), tmp_path / "t.xlsx", units=["甲单位", "乙单位"])
    wb = load_workbook(path)
    wb["考核数据"]["B2"] = 1  # 甲单位: one occurrence of the first deduction; 乙单位 left blank
    wb.save(path)
    res = score_file(scheme_003(), path)
    assert (res.units, [fmt(int(t)) for t in res.total], res.notes[:1]) == (["甲单位", "乙单位"], ["95", "100"], [])


def test_a_template_left_wholly_blank_is_refused_in_one_line(t002):
    from pipeline.scoring import SubmissionError

    with pytest.raises(SubmissionError) as err:
        score_file(scheme_002(), t002)
    assert str(err.value) == f"{t002}: every unit row is blank: nothing to score; fill in at least one unit's row; " \
                             "nothing was scored"
