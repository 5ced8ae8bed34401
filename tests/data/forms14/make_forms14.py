"""Build the FOURTEENTH forms probe set (held out) and its gold from one hand-written content table each.

Theme: a THIRD ROUND of the weak kinds — AWARD MATRICES, FORMS, PROSE REGULATIONS and RUBRIC LINES — in forms the
earlier sets (tests/data/forms … forms13, unseen) do not probe. Award matrices: a level × rank matrix written as
ONE prose sentence with `分别` triplets per level (`获国家级一、二、三等奖的分别加5、4、3分，省级的分别加…`) and a
second one given only by reference (`按前款标准减半计分`); a sheet matrix whose cells hold the individual points
with the TEAM points in brackets (`6（12）`, legend `括号内数字为团体项目计分`); a FACTORISED matrix (a table of
base points by rank and a table of coefficients by level, `加分＝奖次基准分×级别系数`); a matrix as a NESTED table
inside one item's criteria cell that scores that item. Forms: a wide blank form whose scheme is a `标准分` ROW
under the header (criteria as columns, body rows are the units to be scored); a form with TWO ITEMS PER ROW
(`序号|项目及要求|分值` twice) read row-wise across both halves, category rows spanning the table; a deduction
form whose rows state only `扣N分` and whose category points are ONE cell merged down the `分值` column. Prose: a
table-like list of lines `（一）学习教育，10分；` (name, comma, points, semicolon) with the rules by number in a
later section; modules each split into a `基础分` paragraph and a `加分` paragraph with a per-module cap; articles
with ONE shared formula for all target items (`得分＝该项目标完成率×该项分值`), a deduction LIST under
`有下列情形之一的，每次扣2分：` with a cap and a veto LIST under `实行一票否决：`. Rubrics: a markdown list whose
criteria are `名称（权重25%）` on a 100-point scale (weights as points); a rubric table whose `优|良|中|差` columns
hold a POINT RANGE per item (`18-20`). And two documents full of `N分` that are not schemes.
Each document's content is written once below and rendered both into the document and into
``gold/<id>.json``, so the gold is the content, never kaohe's output.
Run from the repo root: ``.venv/bin/python tests/data/forms14/make_forms14.py`` (add ``--pdf`` to refresh
the PDFs with LibreOffice headless; needs a CJK font). The legacy .doc/.xls are always converted with
LibreOffice (needs ``soffice``).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"

# The helpers, entry shapes and gold writers are the earlier forms sets' and the unseen set's (one
# implementation); their writers write into their module's GOLD/HERE, pointed here.
_spec = importlib.util.spec_from_file_location("make_forms4", HERE.parent / "forms4" / "make_forms4.py")
_forms4 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_forms4)
_forms3, _forms2, _forms, _unseen = _forms4._forms3, _forms4._forms2, _forms4._forms, _forms4._unseen
for _m in (_forms4, _forms3, _forms2, _forms, _unseen):
    _m.GOLD, _m.HERE = GOLD, HERE
item, cat, gold, new_doc, heading, set_cell, merge_down = (
    _unseen.item, _unseen.cat, _unseen.gold, _unseen.new_doc, _unseen.heading, _unseen.set_cell, _unseen.merge_down)
not_a_scheme, paragraphs, grid, html_page = _forms.not_a_scheme, _forms.paragraphs, _forms.grid, _forms.html_page
esc, bands, titled_sheet, header_row = _forms3.esc, _forms4.bands, _forms4.titled_sheet, _forms4.header_row

PDF_SOURCES: list[tuple[str, bool]] = []  # (docx file name, keep the docx as a fixture too)
ORD = "一二三四五六七八九十"


def soffice(args, outdir: Path):
    """LibreOffice headless with a private profile (a running office or a parallel build cannot lock it)."""
    with tempfile.TemporaryDirectory(prefix="lo_forms14_") as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", *args,
                        "--outdir", str(outdir)], check=True, capture_output=True, timeout=240)


def to_pdf(name: str, keep_docx: bool):
    soffice(["--convert-to", "pdf", str(HERE / name)], HERE)
    if not keep_docx:
        (HERE / name).unlink()


def to_legacy(save, name: str, target: str):
    """Write the modern file (``save(path)``) outside the repo and convert it to ``target`` (doc / xls) here."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / name
        save(src)
        soffice(["--convert-to", target, str(src)], HERE)


def g(points):
    return f"{points:g}"


def bold_line(d, text, size=None, center=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def indented(d, text, pt=21):
    p = d.add_paragraph(text)
    p.paragraph_format.left_indent = Pt(pt)
    return p


def wrap(ws, widths, first_row=1):
    for col, w in zip("ABCDEFGHIJ", widths):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=first_row):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")


def set_widths(table, cms):
    """Column widths in cm on every cell (Word and LibreOffice honour the cell widths)."""
    from docx.shared import Cm
    table.autofit = False
    for col, w in zip(table._tbl.tblGrid.gridCol_lst, cms):
        col.w = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


RANKS3 = ("一等奖", "二等奖", "三等奖")


# ----------------------------------------------------------------------------- x01


def x01():
    """docx+pdf, 学校: an item table, then a level × rank award MATRIX written as ONE prose sentence with `分别`
    triplets per level (`获国家级一、二、三等奖的分别加5、4、3分，省级的分别加4、3、2分，…`), and a second matrix
    given only by reference (`按前款标准减半计分`)."""
    title = "青石县实验小学2026年度教师绩效考核方案"
    rows = [
        ("师德师风", "遵守教师职业道德规范，关爱学生，廉洁从教，由学校考核小组综合评定", 20, "manual", {}),
        ("教学工作量", "完成学校核定课时的得满分；不足的按实际课时÷核定课时×25计分", 25, "proportional",
         {"formula": "实际课时÷核定课时×25"}),
        ("教学常规", "备课、作业批改、听评课、辅导等常规检查，每发现一项不合格扣1分", 20, "per_occurrence",
         {"per_occurrence": -1.0, "unit": "项"}),
        ("教学质量", "所教学科期末质量监测合格率达到95%以上的得25分，90%至95%（不含）的得20分，90%以下的得15分", 25,
         "tiers", {"levels": {"95%以上": 25.0, "90%至95%": 20.0, "90%以下": 15.0}}),
        ("出勤", "每迟到或早退一次扣0.5分，扣完为止", 10, "per_occurrence", {"per_occurrence": -0.5, "unit": "次"}),
    ]
    assert sum(r[2] for r in rows) == 100
    matrix = {"国家级": (5, 4, 3), "省级": (4, 3, 2), "市级": (3, 2, 1), "县级": (1.5, 1, 0.5)}
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["为进一步调动教师工作积极性，根据县教育局关于义务教育学校绩效工资分配的指导意见，经学校教职工代表大会"
                   "讨论通过，制定本方案。"])
    bold_line(d, "一、考核项目及分值")
    t = grid(d, ["序号", "考核项目", "考核内容及评分标准", "分值"],
             [[str(i), t, c, str(p)] for i, (t, c, p, _r, _e) in enumerate(rows, start=1)] + [["合计", "", "", "100"]])
    set_widths(t, [1.2, 2.8, 10.0, 1.5])
    bold_line(d, "二、加分项目（加分合计最高8分）")
    levels_text = "，".join(
        (f"获{lvl}一、二、三等奖的分别加{'、'.join(g(v) for v in pts)}分" if k == 0 else
         f"{lvl}的分别加{'、'.join(g(v) for v in pts)}分") for k, (lvl, pts) in enumerate(matrix.items()))
    paragraphs(d, [f"（一）教师本人参加优质课、教学基本功等教学竞赛，{levels_text}。",
                   "（二）指导学生参加学科竞赛获奖的，按前款标准减半计分。",
                   "（三）同一项目获多个级别奖励的，按最高级别计分，不重复加分。"])
    bold_line(d, "三、扣分项目")
    paragraphs(d, ["教师受到学校通报批评的，每次扣2分。"])
    bold_line(d, "四、考核等次")
    veto_text = "有体罚或变相体罚学生、有偿补课等严重违反师德行为"
    paragraphs(d, ["考核得分90分以上为优秀，80分至89分为良好，60分至79分为合格，60分以下为不合格。"
                   f"{veto_text}的，年度考核直接确定为不合格。",
                   "本方案自2026年3月1日起执行，由学校绩效考核领导小组负责解释。",
                   "青石县实验小学", "2026年2月20日"])
    items = [item(None, str(i), t, float(p), criteria=c, rule=r, **e) for i, (t, c, p, r, e) in enumerate(rows, 1)]
    lv = {lvl: dict(zip(RANKS3, map(float, pts))) for lvl, pts in matrix.items()}
    half = {lvl: {r: v / 2 for r, v in ranks.items()} for lvl, ranks in lv.items()}
    name = "x01_school_prose_level_rank_matrix_fenbie_half_by_reference.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, True))
    gold("x01", [name, name.replace(".docx", ".pdf")], title, 2026, 100.0, [], items,
         bonus=[{"code": "（一）", "section": "加分项目", "text": "教师本人参加教学竞赛获奖", "rule": "lookup",
                 "levels": lv, "highest_only": True, "cap": 8.0},
                {"code": "（二）", "section": "加分项目", "text": "指导学生参加学科竞赛获奖", "rule": "lookup",
                 "levels": half, "derived_from": "（一）", "factor": 0.5, "highest_only": True, "cap": 8.0}],
         deductions=[{"text": "教师受到学校通报批评", "per_occurrence": -2.0, "unit": "次"}],
         veto=[{"text": veto_text, "effect": "年度考核直接确定为不合格"}],
         veto_effect="年度考核直接确定为不合格",
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         bonus_cap=8.0,
         notes="the level × rank award MATRIX is ONE prose sentence with `分别` triplets per level: `获国家级一、二、"
               "三等奖的分别加5、4、3分，省级的分别加4、3、2分，市级的…，县级的分别加1.5、1、0.5分` — ONE lookup bonus "
               "`levels` {级别: {奖次: points}}; the ranks are named once, in the first clause; （二） gives a SECOND "
               "matrix only by reference (`按前款标准减半计分`): a second lookup bonus with the halved values, "
               "`derived_from` （一） and `factor` 0.5; （三） highest level only; the heading's `加分合计最高8分` is "
               "bonus_cap (and each entry's cap); the item table is ordinary (no categories); `95%`, `90%` are rates")


# ----------------------------------------------------------------------------- x02


def x02():
    """xlsx, 企业: an item sheet and a second sheet `技能竞赛加分` holding a level × rank matrix whose cells carry
    the INDIVIDUAL points with the TEAM points in brackets (`6（12）`), the legend in a 注 row."""
    title = "华泰电力公司2026年度班组技能建设考核评分表"
    rows = [
        ("培训计划", "年初制定班组培训计划并按计划实施的得10分，有计划未实施的得5分，无计划的不得分", 10, "tiers",
         {"levels": {"有计划并实施": 10.0, "有计划未实施": 5.0, "无计划": 0.0}}),
        ("岗位练兵", "每月开展岗位练兵不少于1次，每少1次扣2分", 15, "per_occurrence",
         {"per_occurrence": -2.0, "unit": "次"}),
        ("持证上岗", "关键岗位人员持证率100%的得满分，每降低1个百分点扣1分", 15, "per_occurrence",
         {"per_occurrence": -1.0, "unit": "百分点"}),
        ("师带徒", "签订师徒协议并完成年度培养目标的，每对得2.5分，最高10分", 10, "per_occurrence",
         {"per_occurrence": 2.5, "unit": "对", "cap": 10.0}),
        ("技术比武", "班组内部技术比武每半年组织1次，每少1次扣10分", 20, "per_occurrence",
         {"per_occurrence": -10.0, "unit": "次"}),
        ("合理化建议", "每条被公司采纳的合理化建议得3分，最高15分", 15, "per_occurrence",
         {"per_occurrence": 3.0, "unit": "条", "cap": 15.0}),
        ("安全操作", "发生违章操作的，每人次扣3分", 15, "per_occurrence", {"per_occurrence": -3.0, "unit": "人次"}),
    ]
    assert sum(r[2] for r in rows) == 100
    ranks = ("一等奖", "二等奖", "三等奖", "优秀奖")
    matrix = {"国家级": ((6, 12), (5, 10), (4, 8), (2, 4)),
              "省部级": ((4, 8), (3, 6), (2, 4), (1, 2)),
              "公司级": ((2, 3), (1.5, 2), (1, 1.5), (0.5, 1))}
    header = ["序号", "考核项目", "评分标准", "分值"]
    wb, ws = titled_sheet("考核评分表", title, len(header))
    ws["A2"] = "被考核班组：____________　　所属部门：____________"
    ws.merge_cells("A2:D2")
    header_row(ws, 3, header)
    items = []
    for i, (t, c, p, rule, extra) in enumerate(rows, start=1):
        for col, v in enumerate([i, t, c, p], start=1):
            ws.cell(row=3 + i, column=col, value=v)
        items.append(item(None, str(i), t, float(p), criteria=c, rule=rule, **extra))
    r = 4 + len(rows)
    ws.cell(row=r, column=1, value="合计")
    ws.cell(row=r, column=4, value=100)
    r += 1
    ws.cell(row=r, column=1, value="说明：技能竞赛获奖加分见“技能竞赛加分”表。考核得分90分以上为技能示范班组，"
                                     "75分至89分为合格班组，75分以下为不合格班组。")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    wrap(ws, [6, 14, 52, 8], first_row=2)
    ws2 = wb.create_sheet("技能竞赛加分")
    ws2["A1"] = "技能竞赛获奖加分标准"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.merge_cells("A1:E1")
    header_row(ws2, 2, ["竞赛级别", *ranks])
    for k, (lvl, cells) in enumerate(matrix.items(), start=3):
        ws2.cell(row=k, column=1, value=lvl)
        for col, (ind, team) in enumerate(cells, start=2):
            ws2.cell(row=k, column=col, value=f"{g(ind)}（{g(team)}）")
    r = 3 + len(matrix)
    for line in ["注：1．表中数字为个人项目计分（分/人），括号内数字为团体项目计分（分/队）。",
                 "2．同一人员（团队）同一年度获多个奖项的，按最高一项计分。",
                 "3．本项加分计入班组考核总分，最高不超过10分。"]:
        ws2.cell(row=r, column=1, value=line)
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        r += 1
    wrap(ws2, [12, 12, 12, 12, 12], first_row=2)
    levels = {lvl: {rk: {"个人": float(ind), "团体": float(team)} for rk, (ind, team) in zip(ranks, cells)}
              for lvl, cells in matrix.items()}
    name = "x02_company_award_matrix_team_points_in_brackets.xlsx"
    wb.save(HERE / name)
    gold("x02", [name], title, 2026, 100.0, [], items,
         bonus=[{"section": "技能竞赛加分", "text": "技能竞赛获奖", "rule": "lookup", "levels": levels,
                 "unit": {"个人": "人", "团体": "队"}, "highest_only": True, "cap": 10.0}],
         grades=bands(("技能示范班组", 90), ("合格班组", 75), ("不合格班组", None)),
         bonus_cap=10.0,
         notes="the award MATRIX is on a second sheet `技能竞赛加分` (级别 rows × 奖次 columns); each cell holds the "
               "INDIVIDUAL points with the TEAM points in full-width brackets `6（12）`, the legend only in the 注 row "
               "(`表中数字为个人项目计分（分/人），括号内数字为团体项目计分（分/队）`): ONE lookup bonus `levels` {级别: {奖次: "
               "{个人, 团体}}}, `unit` by kind; highest award only; cap 10 (= bonus_cap); the grades are in the 说明 "
               "row of the item sheet; items have no categories; `100%` is a rate")


# ----------------------------------------------------------------------------- x03


def x03():
    """html, 医院: an item table, then a FACTORISED award matrix: a table of base points by rank (奖次基准分) and
    a table of coefficients by level (级别系数), `科技成果奖加分＝奖次基准分×级别系数`, with a worked example."""
    title = "仁济医院2026年度临床科室科研工作考核细则"
    rows = [
        ("科研项目立项", "获批国家级项目每项得15分，省级每项得10分，市级每项得5分，本项最高25分", 25, "per_occurrence",
         {"per_occurrence": {"国家级": 15.0, "省级": 10.0, "市级": 5.0}, "unit": "项", "cap": 25.0}),
        ("科研论文", "在中文核心期刊发表论文每篇得5分，SCI收录论文每篇得8分，本项最高25分", 25, "per_occurrence",
         {"per_occurrence": {"中文核心期刊": 5.0, "SCI收录": 8.0}, "unit": "篇", "cap": 25.0}),
        ("科研经费到账", "到账经费达到年度目标的得20分；未达到的按到账金额÷年度目标×20计分", 20, "proportional",
         {"formula": "到账金额÷年度目标×20"}),
        ("学术交流", "参加省级以上学术会议并作交流发言的，每人次得2分，最高10分", 10, "per_occurrence",
         {"per_occurrence": 2.0, "unit": "人次", "cap": 10.0}),
        ("科研诚信", "全年未发生学术不端行为的得10分，发生的不得分", 10, "threshold", {}),
        ("科研管理", "科研档案完整得5分，在研项目按期结题得5分", 10, "components",
         {"components": [{"text": "科研档案完整", "points": 5.0}, {"text": "在研项目按期结题", "points": 5.0}]}),
    ]
    assert sum(r[2] for r in rows) == 100
    base = {"一等奖": 10, "二等奖": 8, "三等奖": 6}
    coef = {"国家级": 1.0, "省部级": 0.6, "市级": 0.3}
    trs = "".join(f"<tr><td>{i}</td><td>{esc(t)}</td><td>{p}</td><td>{esc(c)}</td></tr>\n"
                  for i, (t, c, p, _r, _e) in enumerate(rows, start=1))
    body = f"""<h2 style="text-align:center">{esc(title)}</h2>
<p>为提升临床科室科研创新能力，根据医院科技发展规划，制定本细则。考核对象为全院临床科室，每年考核一次，满分100分。</p>
<h3>一、考核指标及评分办法</h3>
<table border="1" cellspacing="0">
<tr><th>序号</th><th>考核指标</th><th>分值</th><th>评分办法</th></tr>
{trs}<tr><td colspan="2">合计</td><td>100</td><td></td></tr>
</table>
<h3>二、科技成果奖加分</h3>
<p>科室人员作为第一完成人获得科技成果奖的，按下式给科室加分：科技成果奖加分＝奖次基准分×级别系数。</p>
<p>表1　奖次基准分</p>
<table border="1" cellspacing="0"><tr><th>奖次</th>{''.join(f'<th>{k}</th>' for k in base)}</tr>
<tr><td>基准分</td>{''.join(f'<td>{v}</td>' for v in base.values())}</tr></table>
<p>表2　级别系数</p>
<table border="1" cellspacing="0"><tr><th>级别</th>{''.join(f'<th>{k}</th>' for k in coef)}</tr>
<tr><td>系数</td>{''.join(f'<td>{v:.1f}</td>' for v in coef.values())}</tr></table>
<p>例：获省部级二等奖的，加8×0.6＝4.8分。同一成果获多级奖励的，按最高一项计分一次；本项加分累计不超过10分。</p>
<h3>三、扣分</h3>
<p>未按规定时间报送科研统计数据的，每次扣1分。</p>
<h3>四、考核等次</h3>
<p>考核得分90分以上为优秀，80分至89分为良好，60分至79分为合格，60分以下为不合格。考核结果与科室科研绩效奖励挂钩。</p>
<p>仁济医院科研处　2026年1月12日</p>"""
    name = "x03_hospital_factorised_matrix_base_points_times_level_coefficient.html"
    (HERE / name).write_text(html_page(title, body), encoding="utf-8")
    items = [item(None, str(i), t, float(p), criteria=c, rule=r, **e) for i, (t, c, p, r, e) in enumerate(rows, 1)]
    levels = {lvl: {rk: round(b * k, 2) for rk, b in base.items()} for lvl, k in coef.items()}
    assert levels["省部级"]["二等奖"] == 4.8
    gold("x03", [name], title, 2026, 100.0, [], items,
         bonus=[{"code": "二", "section": "科技成果奖加分", "text": "科室人员作为第一完成人获得科技成果奖",
                 "rule": "lookup", "formula": "奖次基准分×级别系数", "levels": levels,
                 "factors": {"奖次基准分": {k: float(v) for k, v in base.items()}, "级别系数": coef},
                 "highest_only": True, "cap": 10.0}],
         deductions=[{"code": "三", "text": "未按规定时间报送科研统计数据", "per_occurrence": -1.0, "unit": "次"}],
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         bonus_cap=10.0,
         notes="a FACTORISED award matrix: no level × rank table is printed; 表1 gives base points by rank (一等奖 10 "
               "/ 二等奖 8 / 三等奖 6), 表2 coefficients by level (国家级 1 / 省部级 0.6 / 市级 0.3) and the formula "
               "`加分＝奖次基准分×级别系数`: ONE lookup bonus whose `levels` are the PRODUCTS (省部级二等奖 4.8, the "
               "worked example), `factors` keeps the two tables and `formula` the sentence; the example `8×0.6＝4.8分` "
               "is not a separate entry; highest award only; cap 10 (= bonus_cap); items 1–2 gain per 项/篇 by kind "
               "(per_occurrence dicts) capped at their points; 表1/表2 are not item tables")


# ----------------------------------------------------------------------------- x04


def x04():
    """docx, 社区: an item table one of whose criteria cells holds a NESTED award table (级别 × 典型类别) that
    scores that item (`按下表计分，本项最高20分`)."""
    title = "南湖街道2026年度文明社区创建考核评分表"
    nested_cols = ("道德模范", "身边好人", "最美家庭")
    nested = {"全国": (10, 8, 6), "省级": (8, 6, 4), "市级": (5, 4, 3), "区级": (3, 2, 1)}
    lead = "社区居民获评先进典型的，按下表每人（户）次计分，同一人（户）按最高级别计，本项最高20分："
    rows = [
        ("文明创建组织", "成立创建工作领导小组得5分，制定年度创建工作方案得5分", 10, "components",
         {"components": [{"text": "成立创建工作领导小组", "points": 5.0}, {"text": "制定年度创建工作方案", "points": 5.0}]}),
        ("新时代文明实践站", "每月开展实践活动4次以上的得15分，2至3次的得10分，1次的得5分，未开展的不得分", 15, "tiers",
         {"levels": {"4次以上": 15.0, "2至3次": 10.0, "1次": 5.0, "未开展": 0.0}}),
        ("志愿服务", "注册志愿者占常住人口10%以上的得满分，每低1个百分点扣1.5分", 15, "per_occurrence",
         {"per_occurrence": -1.5, "unit": "百分点"}),
        ("环境卫生", "街道每月随机检查，每发现一处卫生死角扣1分", 20, "per_occurrence",
         {"per_occurrence": -1.0, "unit": "处"}),
        ("移风易俗", "红白理事会、道德评议会运行情况，由考核组综合评定", 10, "manual", {}),
        ("先进典型选树", lead, 20, "lookup",
         {"levels": {lvl: dict(zip(nested_cols, map(float, v))) for lvl, v in nested.items()},
          "unit": "人（户）次", "highest_only": True, "cap": 20.0}),
        ("群众满意度", "委托第三方入户调查，得分＝满意率×10", 10, "proportional", {"formula": "满意率×10"}),
    ]
    assert sum(r[2] for r in rows) == 100
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["被考核社区：________________　　考核日期：______年____月____日"])
    t = d.add_table(rows=len(rows) + 2, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["序号", "考核项目", "评分标准", "分值"]):
        set_cell(t.cell(0, c), h, bold=True)
    items = []
    for i, (text, crit, pts, rule, extra) in enumerate(rows, start=1):
        set_cell(t.cell(i, 0), str(i))
        set_cell(t.cell(i, 1), text)
        set_cell(t.cell(i, 2), crit)
        set_cell(t.cell(i, 3), str(pts))
        if rule == "lookup":
            inner = t.cell(i, 2).add_table(rows=len(nested) + 1, cols=len(nested_cols) + 1)
            inner.style = "Table Grid"
            set_cell(inner.cell(0, 0), "级别")
            for c, h in enumerate(nested_cols, start=1):
                set_cell(inner.cell(0, c), h)
            for r, (lvl, vals) in enumerate(nested.items(), start=1):
                set_cell(inner.cell(r, 0), lvl)
                for c, v in enumerate(vals, start=1):
                    set_cell(inner.cell(r, c), f"{v}分")
            t.cell(i, 2).add_paragraph("")
        items.append(item(None, str(i), text, float(pts), criteria=crit, rule=rule, **extra))
    set_cell(t.cell(len(rows) + 1, 0), "合计")
    set_cell(t.cell(len(rows) + 1, 3), "100")
    veto_text = "社区发生重大安全责任事故，或者被市级以上媒体负面曝光造成恶劣影响"
    paragraphs(d, ["说明：1．各项扣分以该项分值为限。",
                   f"2．{veto_text}的，实行一票否决，取消当年文明社区评选资格。",
                   "3．考核得分85分以上的社区，推荐参评区级文明社区。",
                   "南湖街道精神文明建设办公室　2026年3月"])
    name = "x04_community_nested_award_table_in_criteria_cell.docx"
    d.save(HERE / name)
    gold("x04", [name], title, 2026, 100.0, [], items,
         veto=[{"text": veto_text, "effect": "取消当年文明社区评选资格"}],
         veto_effect="取消当年文明社区评选资格",
         grades=[{"name": "推荐参评区级文明社区", "min_score": 85}],
         notes="item 6's criteria cell holds a lead sentence and a NESTED table (级别 × 典型类别: 道德模范 | 身边好人 | "
               "最美家庭, cells `10分`…) that SCORES THAT ITEM: the item is rule lookup with `levels` {级别: {类别: "
               "points}}, per 人（户）次, highest level per person, `cap` 20 = the item's points; the nested table is "
               "neither items nor a bonus; items have no categories; item 1 components; the 85-point line is the one "
               "grade; `10%`, `4次` are not points")


# ----------------------------------------------------------------------------- x05


def x05():
    """xls, 街道: a WIDE blank form whose scheme is its header: criteria as COLUMNS, a `标准分` ROW right under
    the header giving each column's maximum as a bare number, then one empty row per community to be scored;
    the rules in a numbered 评分说明 block below, keyed by the column names."""
    title = "东城街道2026年第二季度社区网格化服务管理考核评分表"
    cols = [
        ("网格队伍", 15, "每个网格配备专职网格员1名，每缺配一个网格扣3分", "per_occurrence",
         {"per_occurrence": -3.0, "unit": "网格"}),
        ("信息采集", 25, "人口、房屋、单位信息采集准确率98%以上的得满分，每低1个百分点扣2分", "per_occurrence",
         {"per_occurrence": -2.0, "unit": "百分点"}),
        ("事件处置", 30, "按网格事件按时办结率计分，得分＝按时办结率×30", "proportional", {"formula": "按时办结率×30"}),
        ("巡查走访", 20, "每名网格员每月走访不少于60户，每少10户扣1分", "per_occurrence",
         {"per_occurrence": -1.0, "unit": "10户"}),
        ("群众评价", 10, "街道随机电话回访，满意率90%以上的得10分，80%至90%（不含）的得6分，80%以下的不得分", "tiers",
         {"levels": {"90%以上": 10.0, "80%至90%": 6.0, "80%以下": 0.0}}),
    ]
    assert sum(c[1] for c in cols) == 100
    units = ["东门社区", "西关社区", "南塘社区", "北苑社区", "文昌社区", "新桥社区", "花园社区", "锦江社区"]
    header = ["社区", *(c[0] for c in cols), "总分", "考核等次", "备注"]
    wb, ws = titled_sheet("考核评分表", title, len(header))
    ws["A2"] = "考核组成员（签字）：________________　　考核日期：2026年7月____日"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(header))
    header_row(ws, 3, header)
    std = ["标准分", *(c[1] for c in cols), 100, "—", ""]
    for c, v in enumerate(std, start=1):
        ws.cell(row=4, column=c, value=v).font = Font(bold=True)
    for k, u in enumerate(units, start=5):
        ws.cell(row=k, column=1, value=u)
    r = 5 + len(units)
    notes = ["评分说明："] + [f"{i}．{n}：{c}。" for i, (n, _p, c, _r, _e) in enumerate(cols, start=1)] + [
        f"{len(cols) + 1}．各项扣分以该项标准分为限，扣完为止。",
        f"{len(cols) + 2}．总分90分以上为优秀，75分至89分为良好，60分至74分为一般，60分以下为较差。"]
    for line in notes:
        ws.cell(row=r, column=1, value=line)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        r += 1
    wrap(ws, [12, 10, 10, 10, 10, 10, 8, 10, 10], first_row=3)
    items = [item(None, str(i), n, float(p), criteria=c, rule=rr, **e) for i, (n, p, c, rr, e) in enumerate(cols, 1)]
    name = "x05_street_wide_form_standard_score_row_units_as_rows.xls"
    to_legacy(lambda p: wb.save(p), name.replace(".xls", ".xlsx"), "xls")
    gold("x05", [name], title, 2026, 100.0, [], items,
         grades=bands(("优秀", 90), ("良好", 75), ("一般", 60), ("较差", None)),
         scoring_note="考核每季度进行一次；各项扣分以该项标准分为限",
         notes="legacy .xls; a WIDE blank form: the criteria are the header COLUMNS (网格队伍 … 群众评价) and their "
               "maxima are ONLY in a `标准分` ROW right under the header (bare numbers, 总分 100); the body rows are "
               "the eight communities to be scored, left blank — they are NOT items; each item's rule comes from the "
               "numbered 评分说明 line naming its column (codes = that numbering); no categories; `98%`, `60户`, "
               "`10户` are not points (unit of 巡查走访 is per 10 households)")


# ----------------------------------------------------------------------------- x06


def x06():
    """doc, 学校: a form with TWO ITEMS PER ROW (`序号 | 项目及要求 | 分值` twice), numbered row-wise across the
    two halves (1 | 2, 3 | 4 …); category rows `一、纪律（30分）` merged across all six columns."""
    title = "西岭中学2026年春季学期班级量化管理评比表"
    groups = [
        ("纪律", 30, [
            ("早读按时到位，每迟到一人次扣0.5分", 8, -0.5, "人次"),
            ("课堂纪律良好，每发现一人次违纪扣1分", 8, -1.0, "人次"),
            ("课间文明休息，每发现追逐打闹一人次扣1分", 7, -1.0, "人次"),
            ("集会快静齐，每发现一次拖拉喧哗扣2分", 7, -2.0, "次")]),
        ("卫生", 30, [
            ("教室地面干净，每发现一处纸屑杂物扣0.5分", 8, -0.5, "处"),
            ("卫生包干区清洁，每发现一处不洁扣1分", 8, -1.0, "处"),
            ("桌椅摆放整齐，每发现一排不齐扣0.5分", 7, -0.5, "排"),
            ("门窗、黑板洁净，每发现一处不洁扣1分", 7, -1.0, "处")]),
        ("两操", 20, [
            ("广播操全员到位，每缺一人次扣1分", 10, -1.0, "人次"),
            ("眼保健操动作规范，每发现一人次不做扣0.5分", 10, -0.5, "人次")]),
        ("安全", 20, [
            ("无违规用电用火，每发现一次扣5分", 10, -5.0, "次"),
            ("放学按时离校，每发现一人次逗留扣1分", 10, -1.0, "人次")]),
    ]
    for name_, pts, rows in groups:
        assert sum(r[1] for r in rows) == pts and len(rows) % 2 == 0
    assert sum(gr[1] for gr in groups) == 100
    n_rows = 1 + sum(1 + len(rows) // 2 for _, _, rows in groups) + 1
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["班级：__________　　班主任：__________　　评比周次：第____周　　检查人：__________"])
    t = d.add_table(rows=n_rows, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["序号", "项目及要求", "分值"] * 2):
        set_cell(t.cell(0, c), h, bold=True)
    r, n, cats, items = 1, 0, [], []
    for gi, (gname, pts, rows) in enumerate(groups):
        cells = t.rows[r].cells
        set_cell(cells[0].merge(cells[-1]), f"{ORD[gi]}、{gname}（{pts}分）", bold=True)
        cats.append(cat(gname, float(pts), code=ORD[gi]))
        r += 1
        for k in range(0, len(rows), 2):
            for half, (text, ipts, per, unit) in enumerate(rows[k:k + 2]):
                n += 1
                base = 3 * half
                set_cell(t.cell(r, base), str(n))
                set_cell(t.cell(r, base + 1), text)
                set_cell(t.cell(r, base + 2), str(ipts))
                name_text, crit = text.split("，", 1)
                items.append(item(gname, str(n), name_text, float(ipts), criteria=crit, rule="per_occurrence",
                                  per_occurrence=per, unit=unit))
            r += 1
    cells = t.rows[r].cells
    set_cell(cells[0].merge(cells[-1]), "合计：100分")
    paragraphs(d, ["说明：1．各项扣分以该项分值为限，扣完为止。2．本表由学生会值周干部每日检查记录，政教处每周汇总评比一次。",
                   "3．周得分95分以上的班级授予“文明班级”流动红旗。",
                   "西岭中学政教处　2026年2月"])
    name = "x06_school_two_items_per_row_read_row_wise.doc"
    to_legacy(lambda p: d.save(p), name.replace(".doc", ".docx"), "doc")
    gold("x06", [name], title, 2026, 100.0, cats, items,
         grades=[{"name": "文明班级", "min_score": 95}],
         scoring_note="每周评比一次；各项扣分以该项分值为限",
         notes="legacy .doc; a six-column form `序号 | 项目及要求 | 分值 | 序号 | 项目及要求 | 分值` with TWO ITEMS PER "
               "ROW of ONE list, numbered ROW-WISE across the halves (1 | 2, 3 | 4 …, 1–12 over the whole table); "
               "category rows `一、纪律（30分）` merged across all six columns hold the category points (each "
               "category's items fill whole rows); item text = the requirement before the first comma, criteria = "
               "the `每…扣N分` clause after it; all items per_occurrence; `合计：100分` a merged row; the `文明班级` "
               "line is the one grade")


# ----------------------------------------------------------------------------- x07


def x07():
    """html, 民政/消防: a DEDUCTION form whose rows carry only `扣N分` / `每…扣N分` in a `扣分标准` column and whose
    category points are ONE cell merged down (rowspan) the `分值` column beside the category's rows."""
    title = "云溪县2026年养老机构消防安全检查评分表"
    groups = [
        ("消防安全管理", 25, [
            ("明确消防安全责任人和管理人", "未明确的扣5分", "threshold", 5.0, None),
            ("制定消防安全管理制度", "未制定的扣5分", "threshold", 5.0, None),
            ("每月开展防火检查并记录", "每缺一次记录扣2分", "per_occurrence", 2.0, "次"),
            ("员工经消防安全培训上岗", "每发现一人未经培训扣1分", "per_occurrence", 1.0, "人")]),
        ("设施器材", 35, [
            ("灭火器配置齐全、压力正常", "每具过期或压力不足扣1分", "per_occurrence", 1.0, "具"),
            ("疏散通道、安全出口畅通", "发现堵塞、锁闭的扣10分", "threshold", 10.0, None),
            ("应急照明、疏散指示标志完好", "每处损坏扣2分", "per_occurrence", 2.0, "处"),
            ("火灾自动报警系统正常运行", "未正常运行的扣10分", "threshold", 10.0, None)]),
        ("用火用电", 25, [
            ("电气线路规范敷设", "每处私拉乱接扣3分", "per_occurrence", 3.0, "处"),
            ("居室内不使用大功率电器", "每件扣5分", "per_occurrence", 5.0, "件"),
            ("厨房燃气安装泄漏报警装置", "未安装的扣5分", "threshold", 5.0, None)]),
        ("应急处置", 15, [
            ("制定灭火和应急疏散预案", "未制定的扣5分", "threshold", 5.0, None),
            ("每半年组织一次消防演练", "未按要求开展的扣5分", "threshold", 5.0, None),
            ("员工会使用灭火器、消火栓", "每抽查一人不会使用扣1分", "per_occurrence", 1.0, "人")]),
    ]
    assert sum(gr[1] for gr in groups) == 100
    trs, n, cats, items = [], 0, [], []
    for gname, pts, rows in groups:
        cats.append(cat(gname, float(pts)))
        for k, (text, crit, rule, deduct, unit) in enumerate(rows):
            n += 1
            head = f'<td rowspan="{len(rows)}">{esc(gname)}</td>' if k == 0 else ""
            pcell = f'<td rowspan="{len(rows)}">{pts}</td>' if k == 0 else ""
            trs.append(f"<tr>{head}<td>{n}</td><td>{esc(text)}</td><td>{esc(crit)}</td>{pcell}<td></td></tr>")
            extra = {"per_occurrence": -deduct, "unit": unit} if rule == "per_occurrence" else {"deduct": deduct}
            items.append(item(gname, str(n), text, None, criteria=crit, rule=rule, **extra))
    veto_text = "存在重大火灾隐患"
    body = f"""<h2 style="text-align:center">{esc(title)}</h2>
<p>被检查机构：____________________　　床位数：______张　　检查日期：______年____月____日</p>
<p>本表实行扣分制，满分100分。各类别扣分以该类别分值为限，扣完为止。</p>
<table border="1" cellspacing="0">
<tr><th>检查类别</th><th>序号</th><th>检查内容</th><th>扣分标准</th><th>分值</th><th>扣分</th></tr>
{chr(10).join(trs)}
<tr><td colspan="4">合计</td><td>100</td><td></td></tr>
</table>
<p>评定标准：检查得分90分以上为A级，75分至89分为B级，75分以下为C级。{esc(veto_text)}的，直接评定为C级，并责令限期整改。</p>
<p>检查人员（签字）：__________　　机构负责人（签字）：__________</p>
<p>云溪县民政局　云溪县消防救援大队　2026年4月</p>"""
    name = "x07_elderly_care_category_points_merged_cell_kouN_rows.html"
    (HERE / name).write_text(html_page(title, body), encoding="utf-8")
    gold("x07", [name], title, 2026, 100.0, cats, items,
         base_points=100.0, scoring_model="deduction",
         veto=[{"text": veto_text, "effect": "直接评定为C级，并责令限期整改"}],
         veto_effect="直接评定为C级，并责令限期整改",
         grades=[{"name": "A级", "min_score": 90}, {"name": "B级", "min_score": 75, "max_score": 89},
                 {"name": "C级", "max_score": 75}],
         notes="a DEDUCTION form: each row states only its deduction in a `扣分标准` column (`未制定的扣5分`, "
               "`每具…扣1分`); the category points are ONE `分值` cell merged down (rowspan) beside the category's "
               "rows (25/35/25/15), capping its deductions (`各类别扣分以该类别分值为限`); items = the rows, points "
               "null (as forms' f09): one-off `扣N分` rows threshold with `deduct`, `每…扣N分` rows per_occurrence; "
               "base 100; the 重大火灾隐患 line is a veto (C级); `床位数`, dates are blanks to fill")


# ----------------------------------------------------------------------------- x08


def x08():
    """pdf, 学校: a rubric table `评价项目 | 评价要点 | 分值 | 优 | 良 | 中 | 差` whose level columns hold a POINT
    RANGE per item (`18-20 | 15-17 | 12-14 | 0-11`)."""
    title = "江南区2026年中小学青年教师说课比赛评分表"
    rows = [
        ("说教材", "准确分析教材地位和作用，教学目标明确具体，重难点把握准确", 20, ((18, 20), (15, 17), (12, 14), (0, 11))),
        ("说学情", "了解学生已有知识经验和学习特点，分析具体", 10, ((9, 10), (7, 8), (5, 6), (0, 4))),
        ("说教法学法", "教法选择恰当，学法指导具体，体现学生主体地位", 20, ((18, 20), (15, 17), (12, 14), (0, 11))),
        ("说教学过程", "环节完整、层次清楚，设计意图阐述充分，体现新课程理念", 30, ((27, 30), (22, 26), (17, 21), (0, 16))),
        ("说板书与课件", "板书简明、条理清楚，课件制作规范、运用恰当", 10, ((9, 10), (7, 8), (5, 6), (0, 4))),
        ("语言与仪态", "普通话标准，表达流畅，仪态大方，时间把握合理", 10, ((9, 10), (7, 8), (5, 6), (0, 4))),
    ]
    assert sum(r[2] for r in rows) == 100 and all(r[3][0][1] == r[2] for r in rows)
    lv_names = ("优", "良", "中", "差")
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["参赛教师：__________　　学校：__________　　学科：__________　　序号：____"])
    t = d.add_table(rows=len(rows) + 2, cols=7)
    t.style = "Table Grid"
    for c, h in enumerate(["评价项目", "评价要点", "分值", *lv_names]):
        set_cell(t.cell(0, c), h, bold=True)
    items = []
    for i, (name_, crit, pts, ranges) in enumerate(rows, start=1):
        vals = [name_, crit, str(pts), *(f"{lo}-{hi}" for lo, hi in ranges)]
        for c, v in enumerate(vals):
            set_cell(t.cell(i, c), v)
        items.append(item(None, None, name_, float(pts), criteria=crit, rule="tiers",
                          levels={k: [float(lo), float(hi)] for k, (lo, hi) in zip(lv_names, ranges)}))
    set_widths(t, [2.4, 6.2, 1.3, 1.6, 1.6, 1.6, 1.6])
    last = len(rows) + 1
    set_cell(t.cell(last, 0), "合计")
    set_cell(t.cell(last, 2), "100")
    paragraphs(d, ["说明：1．说课时间为15分钟，超时每30秒扣1分。",
                   "2．评委按等级在相应分数段内打分，去掉一个最高分和一个最低分后取平均分为选手最后得分。",
                   "3．比赛按学段分别设一等奖（前20%）、二等奖（前20%至50%）、三等奖若干名。",
                   "评委签名：__________　　　2026年4月"])
    name = "x08_school_rubric_level_columns_point_ranges.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, False))
    gold("x08", [name.replace(".docx", ".pdf")], title, 2026, 100.0, [], items,
         deductions=[{"text": "说课超时", "criteria": "说课时间为15分钟，超时每30秒扣1分", "per_occurrence": -1.0,
                      "unit": "30秒"}],
         scoring_note="去掉一个最高分和一个最低分后取平均分",
         notes="PDF only (its docx is an intermediate, deleted); a rubric TABLE whose level columns `优 | 良 | 中 | 差` "
               "hold a POINT RANGE per item (`18-20 | 15-17 | 12-14 | 0-11`; `27-30` … for the 30-point item), "
               "beside a `分值` column: each row one item, rule tiers, `levels` {level: [low, high]} (as forms6 n03), "
               "points = the 分值 (= the top of 优); no categories, no codes; the overtime line a deduction per 30 "
               "seconds; prize shares (`前20%`) are not grades; `15分钟`, `30秒` are not points")


# ----------------------------------------------------------------------------- x09


def x09():
    """docx, 党建: the points as a TABLE-LIKE list of lines `（一）学习教育，10分；` (name, comma, points, semicolon;
    the last line ends `。`) under `考核内容共八项，满分100分，具体为：`; the rules later, by the same numbers."""
    title = "桐城县直机关2026年度党支部标准化规范化建设考核办法"
    rows = [
        ("学习教育", 10, "每月集中学习不少于1次，每少1次扣2分", "per_occurrence", {"per_occurrence": -2.0, "unit": "次"}),
        ("组织生活", 15, "“三会一课”、主题党日、组织生活会按规定开展，每缺一次扣3分", "per_occurrence",
         {"per_occurrence": -3.0, "unit": "次"}),
        ("班子建设", 10, "支部委员会按期换届、委员配备齐全的得10分，按期换届但委员缺额的得6分，未按期换届的不得分", "tiers",
         {"levels": {"按期换届且配备齐全": 10.0, "委员缺额": 6.0, "未按期换届": 0.0}}),
        ("党员管理", 15, "党费按月足额收缴、党员信息及时更新，两项各7.5分", "components",
         {"components": [{"text": "党费按月足额收缴", "points": 7.5}, {"text": "党员信息及时更新", "points": 7.5}]}),
        ("阵地建设", 10, "有固定活动场所并规范设置标识的得满分，无固定场所的不得分", "threshold", {}),
        ("制度落实", 10, "查阅会议记录、台账资料，每发现一处缺漏扣1分", "per_occurrence",
         {"per_occurrence": -1.0, "unit": "处"}),
        ("党风廉政", 15, "支部党员受到党纪处分的，每人次扣5分", "per_occurrence", {"per_occurrence": -5.0, "unit": "人次"}),
        ("作用发挥", 15, "由机关工委结合党员先锋岗、志愿服务开展情况综合评定", "manual", {}),
    ]
    assert sum(r[1] for r in rows) == 100
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["第一部分　总则",
                   "为推进机关党支部标准化规范化建设，夯实机关党建基础，根据党支部工作条例有关规定，制定本办法。"
                   "本办法适用于县直机关各党支部（共62个），由县直机关工委每年组织考核一次。"])
    bold_line(d, "一、考核内容及分值")
    d.add_paragraph("考核内容共八项，满分100分，具体为：")
    for i, (name_, pts, *_r) in enumerate(rows):
        end = "。" if i == len(rows) - 1 else "；"
        indented(d, f"（{ORD[i]}）{name_}，{pts}分{end}")
    bold_line(d, "二、评分标准")
    for i, (name_, _p, crit, *_r) in enumerate(rows):
        indented(d, f"第（{ORD[i]}）项：{crit}。")
    bold_line(d, "三、加分和扣分")
    paragraphs(d, ["党支部被评为市级以上先进基层党组织的，加3分；被评为县级先进基层党组织的，加1分。",
                   "党支部工作被县级以上通报批评的，每次扣2分。"])
    bold_line(d, "四、结果运用")
    paragraphs(d, ["考核得分90分以上的为“标准化规范化建设示范党支部”，75分至89分的为“达标党支部”，75分以下的为"
                   "“后进党支部”，限期整顿。",
                   "中共桐城县直属机关工作委员会", "2026年3月5日"])
    items = [item(None, f"（{ORD[i]}）", n_, float(p), criteria=c, rule=r, **e)
             for i, (n_, p, c, r, e) in enumerate(rows)]
    name = "x09_party_table_like_line_list_name_comma_points_semicolon.docx"
    d.save(HERE / name)
    gold("x09", [name], title, 2026, 100.0, [], items,
         bonus=[{"text": "党支部被评为先进基层党组织", "rule": "lookup", "levels": {"市级以上": 3.0, "县级": 1.0}}],
         deductions=[{"text": "党支部工作被县级以上通报批评", "per_occurrence": -2.0, "unit": "次"}],
         grades=[{"name": "标准化规范化建设示范党支部", "min_score": 90},
                 {"name": "达标党支部", "min_score": 75, "max_score": 89},
                 {"name": "后进党支部", "max_score": 75}],
         notes="the points are ONLY in a TABLE-LIKE LIST of lines under `考核内容共八项，满分100分，具体为：` — "
               "`（一）学习教育，10分；` (name, COMMA, bare points, SEMICOLON; the last line ends `。`), one item per "
               "line, no brackets; the rules come later, by the same number (`第（一）项：rule。`); items keep the "
               "（一）… codes; no categories; the two-level bonus is one lookup entry (no cap stated); `62个` and "
               "`每月…1次` are not points")


# ----------------------------------------------------------------------------- x10


def x10():
    """txt, 共青团: each module `（一）组织建设` has TWO paragraphs — `基础分20分。requirement；rule。` and
    `加分：…加N分，本模块加分不超过N分。` — the base points and the module's own capped bonus."""
    title = "海湾区2026年度基层团组织“活力指数”考评办法"
    modules = [
        ("组织建设", 20, "团组织按期换届，团干部配备齐全，团员信息及时录入“智慧团建”系统",
         "未按期换届的扣10分，团员信息每错漏一人扣0.5分", "per_occurrence",
         {"per_occurrence": {"未按期换届": -10.0, "团员信息错漏": -0.5}, "unit": {"团员信息错漏": "人"}},
         "团组织书记获评区级以上优秀团干部的，每人加1分", 1.0, "人", 2.0),
        ("团员发展与教育", 20, "按计划发展团员，每季度开展团课学习",
         "未完成年度发展计划的扣5分，每少一次团课扣2分", "per_occurrence",
         {"per_occurrence": {"未完成发展计划": -5.0, "团课": -2.0}, "unit": {"团课": "次"}},
         "团课被评为区级以上“精品团课”的，每次加1.5分", 1.5, "次", 3.0),
        ("主题活动", 25, "围绕中心工作开展主题团日等活动，每季度不少于2次", "每少一次扣3分", "per_occurrence",
         {"per_occurrence": -3.0, "unit": "次"},
         "活动被区级以上媒体报道的，每篇加1分", 1.0, "篇", 5.0),
        ("志愿服务", 20, "组建青年志愿服务队，团员年人均志愿服务时长不少于12小时",
         "达到的得20分，达到8小时但不足12小时的得12分，不足8小时的得5分", "tiers",
         {"levels": {"12小时以上": 20.0, "8至12小时": 12.0, "不足8小时": 5.0}},
         "志愿服务项目在区级以上大赛中获奖的，每项加2分", 2.0, "项", 3.0),
        ("宣传工作", 15, "运营团组织新媒体账号，每月发布原创信息不少于4条", "每少一条扣1分", "per_occurrence",
         {"per_occurrence": -1.0, "unit": "条"},
         "原创信息被团区委以上平台转载的，每条加0.5分", 0.5, "条", 2.0),
    ]
    assert sum(m[1] for m in modules) == 100
    cap_total = sum(m[9] for m in modules)
    assert cap_total == 15
    lines = [title, "",
             "一、总则", "",
             "为激发基层团组织活力，推动全面从严治团向基层延伸，制定本办法。考评对象为全区各街道、园区团（工）委及"
             "直属团组织，共47个。", "",
             "二、分值构成", "",
             f"考评实行基础分加附加分制。基础分满分100分，由下列五个模块组成；各模块另设加分，加分合计不超过{g(cap_total)}分，"
             f"考评总分最高{g(100 + cap_total)}分。", "",
             "三、考评内容", ""]
    items, bonus = [], []
    for i, (name_, base, req, rule_text, rule, extra, btext, per, unit, cap) in enumerate(modules):
        code = f"（{ORD[i]}）"
        lines += [f"{code}{name_}", "",
                  f"基础分{base}分。{req}。{rule_text}。", "",
                  f"加分：{btext}，本模块加分不超过{g(cap)}分。", ""]
        items.append(item(None, code, name_, float(base), criteria=f"{req}。{rule_text}", rule=rule, **extra))
        bonus.append({"code": code, "module": name_, "text": btext, "per_occurrence": per, "unit": unit,
                      "cap": cap})
    veto_text = "团组织或团干部出现严重违纪违法问题、造成恶劣社会影响"
    lines += ["四、考评等次", "",
              "考评总分100分以上的为“五四红旗团（工）委”推荐对象，85分至99分的为“活力团组织”，70分至84分的为“合格团组织”，"
              f"70分以下的为“待提升团组织”。{veto_text}的，当年考评直接确定为“待提升团组织”。", "",
              "五、附则", "",
              "本办法由共青团海湾区委员会负责解释，自印发之日起施行。", "",
              "共青团海湾区委员会", "2026年2月28日", ""]
    name = "x10_youth_league_module_base_paragraph_then_bonus_paragraph.txt"
    (HERE / name).write_text("\n".join(lines), encoding="utf-8")
    gold("x10", [name], title, 2026, 100.0, [], items,
         bonus=bonus,
         veto=[{"text": veto_text, "effect": "当年考评直接确定为“待提升团组织”"}],
         veto_effect="当年考评直接确定为“待提升团组织”",
         grades=[{"name": "“五四红旗团（工）委”推荐对象", "min_score": 100},
                 {"name": "活力团组织", "min_score": 85, "max_score": 99},
                 {"name": "合格团组织", "min_score": 70, "max_score": 84},
                 {"name": "待提升团组织", "max_score": 70}],
         bonus_cap=15.0, max_score=115.0,
         notes="each module `（一）组织建设` is a heading line followed by TWO paragraphs: `基础分20分。requirement。"
               "rule。` and `加分：…每人加1分，本模块加分不超过2分。`; each module is ONE item (points = its 基础分, "
               "criteria = requirement + rule) and its 加分 paragraph ONE bonus entry scoped to it (`module`, cap); "
               "a reviewer could make the modules categories of one item each; module caps add up to the stated "
               "`加分合计不超过15分` (bonus_cap) and `最高115分` (`max_score`); a rule with two rates is a "
               "per_occurrence dict; the top grade starts at 100 (reachable only with bonus); `12小时`, `47个` are "
               "not points")


# ----------------------------------------------------------------------------- x11


def x11():
    """doc, 机关: 第X条 articles — 第四条 lists the target items with points, 第六条 gives ONE shared formula for all
    of them (`得分＝该项目标完成率×该项分值`, capped at 100%, zero below 60%); 第七条 a deduction LIST under
    `有下列情形之一的，每次扣2分：` with a cap; 第八条 a veto LIST under `有下列情形之一的，实行一票否决：`."""
    title = "鹿城县2026年度县直部门重点工作目标考核办法"
    targets = [("固定资产投资完成额", 20), ("招商引资到位资金", 20), ("重点项目开工率", 15), ("民生实事完成数", 15),
               ("营商环境评价得分", 10)]
    assert sum(p for _, p in targets) == 80
    cases = ["未按时报送重点工作进度的", "被县委、县政府督查通报批评的", "无故缺席县委、县政府重要工作会议的",
             "信访事项办理超过规定时限的"]
    vetoes = ["发生较大及以上生产安全事故、负有监管责任的", "发生重大群体性事件、造成恶劣影响的",
              "领导班子成员因违纪违法受到党纪政务处分的"]
    formula_text = ("第四条所列各项目标得分＝该项目标完成率×该项分值。完成率超过100%的，按100%计算；"
                    "完成率低于60%的，该项不得分")
    d = new_doc()
    heading(d, title)
    paragraphs(d, [
        "第一条　为推动县委、县政府重大决策部署落地见效，结合我县实际，制定本办法。",
        "第二条　本办法适用于承担年度重点工作目标任务的县直部门（单位）。",
        "第三条　考核实行百分制，其中重点工作目标80分，日常工作20分。",
        "第四条　重点工作目标（80分）。各部门目标值由县考核办年初下达，分项及分值如下："])
    for i, (name_, pts) in enumerate(targets):
        end = "。" if i == len(targets) - 1 else "；"
        indented(d, f"（{ORD[i]}）{name_}（{pts}分）{end}")
    paragraphs(d, [
        "第五条　日常工作（20分）。由县考核办根据部门日常工作落实、督查督办情况综合评定。",
        f"第六条　{formula_text}。",
        "第七条　有下列情形之一的，每次扣2分："])
    for i, c in enumerate(cases):
        indented(d, f"（{ORD[i]}）{c}；" if i < len(cases) - 1 else f"（{ORD[i]}）{c}。")
    paragraphs(d, ["本条扣分累计不超过10分。", "第八条　有下列情形之一的，实行一票否决："])
    for i, v in enumerate(vetoes):
        indented(d, f"（{ORD[i]}）{v}；" if i < len(vetoes) - 1 else f"（{ORD[i]}）{v}。")
    veto_effect = "被一票否决的部门，年度考核直接确定为较差等次"
    paragraphs(d, [f"{veto_effect}。",
                   "第九条　考核得分90分以上的为优秀（优秀等次不超过参评部门总数的30%），80分至89分的为良好，"
                   "60分至79分的为一般，60分以下的为较差。",
                   "第十条　本办法由县考核办负责解释，自2026年1月1日起施行。",
                   "中共鹿城县委办公室　鹿城县人民政府办公室", "2026年1月15日"])
    cats = [cat("重点工作目标", 80.0, code="第四条"), cat("日常工作", 20.0, code="第五条")]
    items = [item("重点工作目标", f"（{ORD[i]}）", n_, float(p), criteria=formula_text, rule="proportional",
                  formula=f"该项目标完成率×{p}", rule_ref="第六条", zero_below="完成率低于60%", full_at="完成率100%")
             for i, (n_, p) in enumerate(targets)]
    items.append(item("日常工作", None, "日常工作", 20.0,
                      criteria="由县考核办根据部门日常工作落实、督查督办情况综合评定", rule="manual"))
    name = "x11_county_shared_completion_rate_formula_deduction_and_veto_lists.doc"
    to_legacy(lambda p: d.save(p), name.replace(".doc", ".docx"), "doc")
    gold("x11", [name], title, 2026, 100.0, cats, items,
         deductions=[{"code": "第七条", "text": "有下列情形之一的", "cases": cases, "per_occurrence": -2.0,
                      "unit": "次", "cap": 10.0}],
         veto=[{"code": f"第八条（{ORD[i]}）", "text": v, "effect": veto_effect} for i, v in enumerate(vetoes)],
         veto_effect=veto_effect,
         grades=bands(("优秀", 90), ("良好", 80), ("一般", 60), ("较差", None)),
         deduction_cap=10.0,
         notes="legacy .doc; 第四条 lists the five target items with points `（一）固定资产投资完成额（20分）；` and "
               "第六条 gives ONE SHARED FORMULA for all of them, `得分＝该项目标完成率×该项分值` (100% cap, zero below "
               "60%): each target item is proportional with its own `formula` (完成率×its points), `rule_ref` 第六条; "
               "第五条 日常工作 is a category of one manual item; 第七条 is ONE deduction entry whose four numbered "
               "cases share `每次扣2分` (`cases`), capped 10 (`本条扣分累计不超过10分`; four entries sharing one cap "
               "is defensible); 第八条 a veto LIST on separate lines, three entries with the one effect stated after "
               "the list; the 30% quota on 优秀 is a note, not a band; `100%`, `60%`, `30%` are not points")


# ----------------------------------------------------------------------------- x12


def x12():
    """txt, 企业: a markdown list rubric whose criteria are `**名称（权重25%）**：description` with nested `-`
    description lines; the scale is 100 points, so each weight is the criterion's points."""
    title = "远航科技集团2026年青年员工创新提案评审标准"
    rows = [
        ("创新性", 25, ["提案思路新颖，有独到见解", "与现有做法相比有明显改进或突破"]),
        ("可行性", 20, ["技术路线清晰，所需资源可落实", "实施步骤和进度安排合理"]),
        ("经济效益", 25, ["预期降本增效金额有测算依据", "投入产出比合理"]),
        ("推广价值", 15, ["可在本单位以外复制推广", "对行业或集团有示范作用"]),
        ("提案规范", 15, ["材料完整，格式符合要求", "文字简练，数据准确"]),
    ]
    assert sum(r[1] for r in rows) == 100
    lines = [f"# {title}", "",
             "评审采用百分制。评委对照下列各项标准，按各项权重在满分100分内打分，各项得分之和为提案得分。", "",
             "## 评审项目", ""]
    items = []
    for i, (name_, w, descs) in enumerate(rows, start=1):
        lines.append(f"{i}. **{name_}（权重{w}%）**：{descs[0]}")
        lines.append(f"    - {descs[1]}")
        items.append(item(None, str(i), name_, float(w), criteria="；".join(descs), rule="manual", weight=w / 100))
    lines += ["", "## 其他说明", "",
              "- 提案材料正文不超过3000字，每超过500字扣2分。",
              "- 提案存在抄袭、剽窃的，取消评审资格。",
              "- 最终得分为各评委评分去掉一个最高分和一个最低分后的平均分；得分80分以上的提案进入复评。",
              "- 复评设一等奖3项、二等奖5项、三等奖10项。", "",
              "集团工会　团委　2026年5月", ""]
    name = "x12_company_markdown_rubric_weight_percent_as_points.txt"
    (HERE / name).write_text("\n".join(lines), encoding="utf-8")
    gold("x12", [name], title, 2026, 100.0, [], items,
         deductions=[{"text": "提案材料正文超过3000字", "criteria": "每超过500字扣2分", "per_occurrence": -2.0,
                      "unit": "500字"}],
         veto=[{"text": "提案存在抄袭、剽窃", "effect": "取消评审资格"}],
         veto_effect="取消评审资格",
         scoring_note="去掉一个最高分和一个最低分后的平均分；80分以上的提案进入复评",
         notes="a MARKDOWN rubric (`#`/`##` headings, numbered list lines `1. **创新性（权重25%）**：description` with "
               "one nested `    - ` description line each): the criteria carry only a WEIGHT in brackets, but the "
               "scale is stated as 百分制/满分100分, so each weight IS the criterion's points (25/20/25/15/15) and "
               "`weight` keeps the fraction; a reviewer could keep points null and weights only; items manual; the "
               "80-point line selects for the next round and the prize counts are not grades; `3000字`, `500字` "
               "are not points")


# ----------------------------------------------------------------------------- x13


def x13():
    """pdf, 住建: NOT a scheme — a quarterly RESULTS 公示 of construction sites: obtained totals, grades, applied
    `加2分` / `扣1.5分`, `满分100分` of a 细则 published elsewhere, dates."""
    title = "临江市2026年第一季度建筑工地扬尘污染防治考核结果公示"
    sites = [("滨江花园二期项目", "临江建工集团有限公司", 96.5, "优秀"), ("市第三人民医院门诊楼项目", "华建安装工程有限公司", 93.0, "优秀"),
             ("城北安置小区A区项目", "宏基建设有限公司", 88.5, "良好"), ("高新区标准厂房项目", "中兴路桥工程有限公司", 85.0, "良好"),
             ("文体中心项目", "恒泰建设集团有限公司", 78.0, "合格"), ("锦绣华府三期项目", "泰和建筑工程有限公司", 71.5, "合格"),
             ("东湖路改造工程", "路通市政工程有限公司", 58.0, "不合格")]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["根据《临江市建筑工地扬尘污染防治考核细则》（满分100分），市住房和城乡建设局会同市生态环境局于2026年3月"
                   "25日至4月3日对全市在建房屋建筑和市政工程项目进行了第一季度考核，共抽查项目7个。现将考核结果公示如下："])
    grid(d, ["序号", "项目名称", "施工单位", "考核得分", "考核等次"],
         [[str(i), p, c, f"{s:g}", gr] for i, (p, c, s, gr) in enumerate(sites, start=1)])
    paragraphs(d, ["说明：1．滨江花园二期项目安装扬尘在线监测设备并与市平台联网，按细则加2分，已计入考核得分。",
                   "2．东湖路改造工程裸土未覆盖面积较大、车辆冲洗设施未正常使用，分别扣6分、扣4分；同时因被市级媒体曝光"
                   "扣1.5分。该项目已责令停工整改，整改期限为15日。",
                   "3．本季度参评项目平均得分81.5分，较上季度提高2.3分。",
                   "公示期为2026年4月8日至4月14日（5个工作日）。对公示结果有异议的，请在公示期内以书面形式向市住房和城乡"
                   "建设局建筑管理科反映（联系电话：0523-6612708）。",
                   "临江市住房和城乡建设局", "2026年4月7日"])
    avg = sum(s for _, _, s, _ in sites) / len(sites)
    assert abs(avg - 81.5) < 0.01, avg
    name = "x13_housing_site_results_publicity_scores_grades_not_scheme.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, False))
    not_a_scheme("x13", [name.replace(".docx", ".pdf")], title, 2026,
                 "a quarterly RESULTS 公示 (PDF only): projects with their OBTAINED scores (`96.5`, `58` …) and grades "
                 "(优秀/良好/合格/不合格), applied `加2分`, `扣6分`, `扣4分`, `扣1.5分`, an average `81.5分`, `满分100分` of a "
                 "细则 published elsewhere, `15日`, `5个工作日`; no items with maxima to appraise against")


# ----------------------------------------------------------------------------- x14


def x14():
    """html, 商业: NOT a scheme — a supermarket chain's member POINTS rules: earning (`每消费1元积1分`), redemption
    (`500分抵扣5元`), member tiers by accumulated points, expiry."""
    title = "佳惠超市会员积分规则（2026年版）"
    body = f"""<div class="nav">首页 &gt; 会员中心 &gt; 积分规则</div>
<h2>{esc(title)}</h2>
<p>更新日期：2026年1月1日</p>
<h3>一、积分获取</h3>
<ol>
<li>会员凭会员码在门店或佳惠到家小程序购物，每实付1元积1分，不足1元的部分不积分。</li>
<li>每月8日会员日当天购物，积分翻倍；会员生日当月首次购物，额外赠送200分。</li>
<li>烟酒、奶粉、充值卡等商品不参与积分。</li>
<li>每日首次签到得5分，连续签到7天额外得20分。</li>
</ol>
<h3>二、积分使用</h3>
<table border="1" cellspacing="0">
<tr><th>兑换项目</th><th>所需积分</th><th>说明</th></tr>
<tr><td>抵扣现金</td><td>500分</td><td>每500分抵扣5元，单笔最多抵扣订单金额的50%</td></tr>
<tr><td>购物袋</td><td>50分</td><td>每单限兑1个</td></tr>
<tr><td>鲜鸡蛋（10枚）</td><td>800分</td><td>每人每月限兑1次</td></tr>
<tr><td>食用油（5L）</td><td>6000分</td><td>数量有限，兑完即止</td></tr>
</table>
<h3>三、会员等级</h3>
<p>普通会员：注册即享；银卡会员：近12个月累计积分满2000分；金卡会员：近12个月累计积分满8000分，享每月2张免运费券。</p>
<h3>四、其他</h3>
<p>积分有效期为获得之日起至次年12月31日，逾期自动清零。退货时扣回相应积分，积分不足的从退款中按每100分1元折算扣除。
客服热线：400-880-1235（8:30—21:00）。本规则最终解释权归佳惠超市所有。</p>"""
    name = "x14_supermarket_member_points_rules_not_scheme.html"
    (HERE / name).write_text(html_page(title, body), encoding="utf-8")
    not_a_scheme("x14", [name], title, 2026,
                 "a shop LOYALTY points page: points earned per yuan (`每实付1元积1分`, `额外赠送200分`, `签到得5分`), "
                 "redemption prices (`500分`, `800分`, `6000分`), member tiers by accumulated points (`满2000分`, "
                 "`满8000分` — not grades), expiry and refund rules; loyalty points, nobody is appraised")


BUILDS = (x01, x02, x03, x04, x05, x06, x07, x08, x09, x10, x11, x12, x13, x14)


def main():
    """Build every document and gold; with --pdf render PDF_SOURCES, else drop pdf-only intermediates."""
    if not shutil.which("soffice"):
        sys.exit("soffice (LibreOffice) is needed for the .doc/.xls documents")
    for build in BUILDS:
        build()
    for name, keep in PDF_SOURCES:
        if "--pdf" in sys.argv:
            to_pdf(name, keep)
        elif not keep:
            (HERE / name).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
