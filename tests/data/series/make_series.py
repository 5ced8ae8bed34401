"""How the test series were made: next year's notice as an issuer would edit last year's.

Run once from the repository root (``python tests/data/series/make_series.py``);
the files it writes are committed, and ``gold.json`` beside each pair records
by hand what was changed (the tests never run this script).

* ``union_2012.docx``: ``examples/notices/001_union_2011_table.docx`` edited in Word's
  structure (python-docx): rows edited, one dropped, one added, one moved to
  another category, one split in two, a category renamed, 序号 renumbered.
* ``district_2024.txt``: ``examples/notices/003_2669f0fbdc4810f7.txt`` edited as text:
  a deduction rate, a bonus level, a deduction entry, the veto list and an award count.
"""

from __future__ import annotations

import copy
from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent
NOTICES = HERE.parents[2] / "examples" / "notices"


def _set(cell, text: str) -> None:
    """Replace a cell's text, keeping the first run's formatting."""
    paragraphs = cell.paragraphs
    for extra in paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    p = paragraphs[0]
    runs = p.runs
    for extra in runs[1:]:
        extra._r.getparent().remove(extra._r)
    if runs:
        runs[0].text = text
    else:
        p.add_run(text)


def union_2012() -> None:
    d = docx.Document(NOTICES / "001_union_2011_table.docx")
    d.paragraphs[0].runs[0].text = d.paragraphs[0].text.replace("2011", "2012")
    for run in d.paragraphs[0].runs[1:]:
        run.text = ""
    t = d.tables[0]
    rows = list(t.rows)  # header + 30 items + 合计 + 3 bonus + 总计
    cells = lambda r: rows[r].cells  # noqa: E731
    _set(cells(2)[4], "12")  # item 2: points 10 → 12, and its criteria 5+5 → 6+6
    _set(cells(2)[5], "建会率达到目标要求得6分，职工入会率完成市总目标任务得6分")
    _set(cells(5)[2], "建立健全经审组织，经审组织同步组建率达99%以上")  # item 5: 98% → 99%
    _set(cells(8)[2], "切实加强信息宣传工作，及时报送相关信息、材料，积极参与市总组织的有关会议、活动")  # item 8 reworded
    _set(cells(9)[3], "办公室")  # item 9: 研究室 → 办公室
    _set(cells(14)[0], "维权\n服务\n工作")  # category 维权维稳工作 renamed (first cell of the vertical merge)
    # item 29 split in two rows of 1 point each
    second = copy.deepcopy(rows[29]._tr)
    rows[29]._tr.addnext(second)
    _set(cells(29)[2], "建立工会经费大额度使用和专项资金管理决策机制")
    _set(cells(29)[4], "1")
    _set(cells(29)[5], "建立工会经费大额度使用和专项资金管理决策机制得1分")
    t2 = list(t.rows)
    new29 = t2[30]
    _set(new29.cells[2], "严格工会财务制度，规范合理使用工会经费")
    _set(new29.cells[4], "1")
    _set(new29.cells[5], "严格工会财务制度，规范合理使用工会经费得1分")
    # item 26 (教育经费) moved to 财务经审工作, after the split rows
    moved = rows[26]._tr
    moved.getparent().remove(moved)
    new29._tr.addnext(moved)
    # a new item after item 20, in 维权服务工作
    added = copy.deepcopy(rows[20]._tr)
    rows[20]._tr.addnext(added)
    # item 13 dropped
    rows[13]._tr.getparent().remove(rows[13]._tr)
    t3 = list(t.rows)
    new_row = next(r for r in t3 if r._tr is added)
    _set(new_row.cells[2], "积极开展职工心理健康关爱服务，建立职工心理咨询室")
    _set(new_row.cells[3], "保障部")
    _set(new_row.cells[4], "3")
    _set(new_row.cells[5], "建立职工心理咨询室得1分，每年开展心理健康讲座不少于2次得2分")
    # renumber 序号 and the 合计
    n = 0
    for r in t.rows[1:]:
        if r.cells[2].text.strip() == "合计":
            _set(r.cells[4], "122")
            break
        n += 1
        _set(r.cells[1], str(n))
    d.save(HERE / "union_2012.docx")


def district_2024() -> None:
    text = (NOTICES / "003_2669f0fbdc4810f7.txt").read_text(encoding="utf-8")
    edits = [
        ("推动2023年各项目标任务", "推动2024年各项目标任务"),
        ("《2023年区总工会机关各部室创先争优绩效考核实施办法》", "《2024年区总工会机关各部室创先争优绩效考核实施办法》"),
        ("其责任部室每项扣5分", "其责任部室每项扣6分"),  # item 1.1 rule: −5 → −6 per occurrence
        ("每项加12分、10分、8分", "每项加12分、10分、6分"),  # bonus B3 level 市总 8 → 6
        ("部室工作出现差错,造成负面影响或其他损失的,每起扣5分", "部室工作出现差错,造成负面影响或其他损失的,每起扣4分"),  # K2
        ("1、违反计划生育规定的;2、发生重大责任事故的;3、发生违***治安综合治理有关规定的;4、发生违反党风廉政建设规定行为的;5、区总党组会确定的其他否决内容。",
         "1、发生重大责任事故的;2、发生违***治安综合治理有关规定的;3、发生违反党风廉政建设规定行为的;4、发生意识形态领域重大问题的;5、区总党组会确定的其他否决内容。"),  # veto: one dropped, one added
        ("二等奖2个", "二等奖3个"),  # grade count 2 → 3
        ("本办法自2023年3月1日起试行", "本办法自2024年3月1日起试行"),
    ]
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    (HERE / "district_2024.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    union_2012()
    district_2024()
