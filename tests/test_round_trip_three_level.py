"""Done-when of #12: a 3-level indicator table goes extract → store → review sheet → score, exactly.

The table is built here with openpyxl, as such tables are printed: 一级指标 and 二级指标 cells merged down
their rows and carrying their points ("经济发展（60分）"), one 三级指标 per row with its 考核内容 (the item's
text), 评分标准 (its criteria), 分值 and 权重 (weights beside points: informational, the points rule
applies), and a 合计 row.  The three indicator levels are: two levels of categories (一级 → 二级)
and the item named by its 三级指标 cell.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from scoring_schemes import write_long_csv

from extractors import read_document
from pipeline.extract import extract_scheme
from pipeline.scoring import score_file
from pipeline.scoring.numbers import fmt_exact
from schemes.reconcile import levels, reconcile
from schemes.review_sheet import export_review, import_review
from schemes.store import Store

# 一级指标, 二级指标, 三级指标, 考核内容, 评分标准, 分值, 权重 (None: merged with the cell above)
ROWS = [
    ("经济发展（60分）", "产业发展（35分）", "规上工业增加值增长", "规模以上工业增加值增速",
     "增速达到9%以上得12分，未达到不得分", 12, "12%"),
    (None, None, "工业技改投资", "工业技术改造投资完成率", "完成80%以上得8分，完成50%以上不足80%得4分", 8, "8%"),
    (None, None, "服务业增加值", "服务业发展规划与年度目标", "有发展规划得5分，完成年度目标得10分", 15, "15%"),
    (None, "项目投资（25分）", "重大项目开工", "年度重大项目按期开工", "每延误一个项目扣2分，扣完为止", 10, "10%"),
    (None, None, "项目谋划储备", "储备项目数量与质量", "根据储备项目质量综合打分", 15, "15%"),
    ("社会民生（40分）", "教育（20分）", "义务教育巩固率", "九年义务教育巩固率", "按完成比例计分", 10, "10%"),
    (None, None, "校园安全", "校园安全工作", "根据校园安全工作情况综合打分", 10, "10%"),
    (None, "就业（20分）", "城镇新增就业", "城镇新增就业人数", "完成目标得20分，未完成不得分", 20, "20%"),
]
MERGED = ["A3:A7", "B3:B5", "B6:B7", "A8:A10", "B8:B9", "A1:G1"]


def write_table(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "指标体系"
    ws.append(["某市2024年度高质量发展综合绩效考核指标体系"])
    ws.append(["一级指标", "二级指标", "三级指标", "考核内容", "评分标准", "分值", "权重"])
    for row in ROWS:
        ws.append(list(row))
    ws.append(["合计", None, None, None, None, 100, "100%"])
    for cells in MERGED:
        ws.merge_cells(cells)
    wb.save(path)
    return path


# (三级指标, input, 甲, 乙) → 甲 12+4+5+8+12+4.9+8.5+20 = 74.4; 乙 0+8+15+10+15+10+10+0 = 68
FACTS = [
    ("规上工业增加值增长", "value", "10%", "8%"),
    ("工业技改投资", "value", "60%", "85%"),
    ("服务业增加值", "met:1", "是", "是"),
    ("服务业增加值", "met:2", "否", "是"),
    ("重大项目开工", "count", 1, 0),
    ("项目谋划储备", "score", 12, 15),
    ("义务教育巩固率", "value", "49%", "100%"),
    ("校园安全", "score", 8.5, 10),
    ("城镇新增就业", "met", "是", "否"),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    path = write_table(tmp_path_factory.mktemp("notice") / "three_level.xlsx")
    doc = read_document(path)
    return path, doc, extract_scheme(doc)


def test_the_table_gives_two_levels_of_categories_with_their_points(extracted):
    _, _, scheme = extracted
    tree = [(c.name, c.points, [(k.name, k.points) for k in scheme.children_of(c.id)])
            for c in scheme.children_of(None)]
    assert tree == [("经济发展", 60, [("产业发展", 35), ("项目投资", 25)]),
                    ("社会民生", 40, [("教育", 20), ("就业", 20)])]
    assert scheme.total_points == 100


def test_items_are_named_by_their_third_level_cell_with_content_criteria_points_weight_and_path(extracted):
    _, _, scheme = extracted
    got = [(i.name, i.text, i.criteria, i.points, i.weight, [c.name for c in scheme.category_path(i.category)])
           for i in scheme.items]
    paths = [["经济发展", "产业发展"]] * 3 + [["经济发展", "项目投资"]] * 2 + [["社会民生", "教育"]] * 2 \
        + [["社会民生", "就业"]]
    assert got == [(name, content, criteria, pts, int(w[:-1]) / 100, path)
                   for (_, _, name, content, criteria, pts, w), path in zip(ROWS, paths)]


def test_the_sums_reconcile_at_every_level_and_no_mismatch_is_flagged(extracted):
    _, _, scheme = extracted
    assert [f.message for f in scheme.flags if f.kind in ("subtotal_mismatch", "total_mismatch")] == []
    assert reconcile(scheme) == []
    assert {x.rule for x in levels(scheme)} == {"points"}  # weights beside points are informational


def test_extract_store_review_sheet_and_score_round_trip_with_exact_totals(extracted, tmp_path):
    path, doc, scheme = extracted
    with Store.open(home=tmp_path / "home") as store:
        store.ingest(path, scheme, "x-1", author="bot", document_json=doc.model_dump_json())
        assert store.get(1).scheme == scheme
        sheet = tmp_path / "review.xlsx"
        export_review(store, "1", sheet)
        assert import_review(store, sheet, author="li").unchanged  # an unedited sheet records nothing
        stored = store.get(1).scheme
    assert stored == scheme
    ids = {i.name: i.id for i in stored.items}
    facts = [(unit, ids[name], inp, value) for name, inp, a, b in FACTS for unit, value in (("甲", a), ("乙", b))]
    res = score_file(stored, write_long_csv(tmp_path / "subs.csv", facts))
    assert [fmt_exact(int(x), "-") for x in res.total] == ["74.4", "68"]
    by_name = {c.name: [fmt_exact(int(x), "-") for x in res.categories[c.id]] for c in stored.categories}
    assert by_name == {"经济发展": ["41", "48"], "产业发展": ["21", "23"], "项目投资": ["20", "25"],
                       "社会民生": ["33.4", "20"], "教育": ["13.4", "20"], "就业": ["20", "0"]}
