"""Build the FIFTH forms probe set (held out) and its gold from one hand-written content table each.

The first four forms sets (tests/data/forms, forms2, forms3, forms4) were each measured once and then used
for development; this set probes AWARD MATRICES, FORMS and SHEETS in shapes none of them has: a matrix
transposed (奖次 as rows, 级别 as columns, a `奖次＼级别` corner cell, `（单位：分）` caption), a matrix whose
one cell per level lists the ranks (`一等奖20分、二等奖16分…`), a matrix under a two-row merged header
(指导学生获奖 | 教师本人获奖 each over 一等奖/二等奖/三等奖) with its cap in a caption row, a matrix with
集体/个人 columns in different units (`8分/个`, `3分/人`), a blank application form (field rows inside the
table, empty 自评分 and 考核组评分, a 佐证材料 column), check-box level grading in every row (`□好（15分）
□较好（10分）…`) and a check-box grade row, a wide 德能勤绩廉 score sheet with item points in a two-level
header and a 评分要点 row under it (legacy .xls), two tables side by side on one sheet, points only in a
权重 row and a 合计 row, a deduction sheet whose only column is 扣分标准 (legacy .doc), a 满意度测评表 whose
levels are fractions of the item's points, a defect-class legend (A/B/C类) giving every row's deduction,
and two documents full of `N分` that are not schemes (a filled self-evaluation report, an exam paper).
Each document's content is written once below and rendered both into the document and into
``gold/<id>.json``, so the gold is the content, never kaohe's output.
Run from the repo root: ``.venv/bin/python tests/data/forms5/make_forms5.py`` (add ``--pdf`` to refresh
the PDFs with LibreOffice headless; needs a CJK font). The legacy .doc/.xls files are always written
through LibreOffice (``soffice`` is required).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx.shared import Cm
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"

# The helpers, entry shapes and gold writers are the earlier forms sets' and the unseen set's (one
# implementation); their writers write into their module's GOLD/HERE, pointed here.
_spec = importlib.util.spec_from_file_location("make_forms4", HERE.parent / "forms4" / "make_forms4.py")
_forms4 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_forms4)
_forms3, _forms2, _forms, _unseen = _forms4._forms3, _forms4._forms2, _forms4._forms, _forms4._unseen
for _m in (_forms, _unseen, _forms2, _forms3, _forms4):
    _m.GOLD, _m.HERE = GOLD, HERE
item, cat, gold, new_doc, heading, set_cell, merge_down, merge_across, fmt = (
    _unseen.item, _unseen.cat, _unseen.gold, _unseen.new_doc, _unseen.heading, _unseen.set_cell,
    _unseen.merge_down, _unseen.merge_across, _unseen.fmt)
not_a_scheme, paragraphs, grid, html_page = _forms.not_a_scheme, _forms.paragraphs, _forms.grid, _forms.html_page
esc = _forms3.esc
bands, titled_sheet, header_row, wrap_columns = (
    _forms4.bands, _forms4.titled_sheet, _forms4.header_row, _forms4.wrap_columns)

PDF_SOURCES: list[tuple[str, bool]] = []  # (docx file name, keep the docx as a fixture too)


def soffice(args, outdir):
    """LibreOffice headless with a private profile (another soffice running elsewhere cannot block it)."""
    if not shutil.which("soffice"):
        raise SystemExit("soffice (LibreOffice) is needed to write the legacy .doc/.xls files and the PDFs")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", *args,
                        "--outdir", str(outdir)], check=True, capture_output=True, timeout=240)


def save_legacy(obj, name, target):
    """Save a python-docx Document / openpyxl Workbook in a temporary folder and convert it with LibreOffice
    to the legacy `target` format (`doc` or `xls`) as HERE/name; no intermediate is left in the repo."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (Path(name).stem + (".docx" if target == "doc" else ".xlsx"))
        obj.save(src)
        soffice(["--convert-to", target, str(src)], tmp)
        shutil.copyfile(Path(tmp) / name, HERE / name)


def merged(table, r1, c1, r2, c2, text, bold=False):
    cell = table.cell(r1, c1).merge(table.cell(r2, c2)) if (r1, c1) != (r2, c2) else table.cell(r1, c1)
    set_cell(cell, text, bold)
    return cell


def widths(table, cms):
    """Column widths in cm, as a table laid out by hand (python-docx tables otherwise split the page evenly)."""
    table.autofit = False
    for col, w in zip(table.columns, cms):
        col.width = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


def ws_merge(ws, ref, value, bold=False):
    first = ref.split(":")[0]
    ws[first] = value
    if bold:
        ws[first].font = Font(bold=True)
    if ":" in ref:
        ws.merge_cells(ref)


# ----------------------------------------------------------------------------- m01


def m01():
    """docx+pdf, 工会: the item table's points column is the LAST one and is called `赋分`; the award matrix is
    TRANSPOSED (奖次 as rows, 级别 as columns, corner cell `奖次＼级别`, caption `（单位：分）`, bare numbers, a
    `—` cell), its cap and highest-only rule in a 注 line below it."""
    title = "青石区总工会2026年度基层工会工作目标考核细则"
    groups = [
        ("组织建设", [
            ("基层工会按期换届，工会委员会、经费审查委员会、女职工委员会健全",
             "按期换届且三个委员会健全的得8分，每缺一个委员会扣3分", 8, "per_occurrence", {"per_occurrence": -3.0}),
            ("新建企业会员发展", "会员入会率达到90%以上得7分，80%—90%得4分，低于80%不得分", 7, "tiers", {}),
            ("工会干部参加区总工会组织的业务培训", "参训率100%得5分，每缺1人次扣1分", 5, "per_occurrence",
             {"per_occurrence": -1.0, "unit": "人次"}),
        ]),
        ("维权服务", [
            ("推行工资集体协商", "辖区企业建制率达到85%的得10分；未达到的，按实际建制率÷85%×10计分", 10, "proportional",
             {"formula": "实际建制率÷85%×10"}),
            ("困难职工帮扶", "困难职工档案每季度动态更新一次，每漏更新一次扣2.5分", 10, "per_occurrence",
             {"per_occurrence": -2.5}),
            ("职工法律援助", "由考核组查阅法律援助台账，视办理质量综合评定", 8, "manual", {}),
        ]),
        ("普惠服务", [
            ("工会会员服务卡激活", "激活率达到95%以上得10分，90%—95%得6分，90%以下得2分", 10, "tiers", {}),
            ("职工之家阵地建设", "建有职工之家并常态化开放的得12分，未建立的不得分", 12, "threshold", {}),
            ("“送清凉”“送温暖”活动", "每开展一次得3分，最高9分", 9, "per_occurrence", {"per_occurrence": 3.0, "cap": 9.0}),
        ]),
        ("经费管理", [
            ("工会经费上解", "按时足额上解的得11分，未按时上解的不得分", 11, "threshold", {}),
            ("财务审计", "年度审计发现违规问题的，每个问题扣2分，扣完为止", 10, "per_occurrence", {"per_occurrence": -2.0}),
        ]),
    ]
    levels = ["全国", "省级", "市级", "区级"]
    matrix = [("一等奖", [6, 4, 3, 2]), ("二等奖", [5, 3, 2, 1]), ("三等奖", [4, 2, 1, 0.5]),
              ("优秀奖", [2, 1, 0.5, None])]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各街道（镇）总工会，区直机关工会，各产业工会：",
                   "为推动基层工会工作提质增效，区总工会制定本细则。考核满分100分，另设竞赛获奖加分；考核结果"
                   "作为评选先进基层工会的主要依据。",
                   "一、考核项目及赋分"])
    header = ["序号", "考核项目", "考核内容", "评分办法", "赋分"]
    rows, items, cats = [], [], []
    n = 0
    for g, its in groups:
        cats.append(cat(g))
        for text, crit, p, rule, extra in its:
            n += 1
            rows.append([str(n), g, text, crit, fmt(p)])
            items.append(item(g, str(n), text, float(p), criteria=crit, rule=rule, **extra))
    rows.append(["合计", "", "", "", "100"])
    t = grid(d, header, rows)
    widths(t, (1.2, 2.2, 4.8, 6.8, 1.2))
    r = 1
    for g, its in groups:
        merge_down(t, 1, r, r + len(its) - 1, g)
        r += len(its)
    merged(t, r, 0, r, 3, "合计")
    assert sum(i["points"] for i in items) == 100
    paragraphs(d, ["二、竞赛获奖加分",
                   "基层工会组织职工参加劳动和技能竞赛获奖的，按表2加分。",
                   "表2  劳动和技能竞赛获奖加分标准（单位：分）"])
    grid(d, ["奖次＼级别"] + levels,
         [[rank] + [fmt(v) if v is not None else "—" for v in vals] for rank, vals in matrix])
    paragraphs(d, ["注：同一竞赛项目获得多个奖项的，按最高奖次计分，不重复加分；本项加分累计最高8分。",
                   "三、等次评定",
                   "考核得分（含加分）90分以上为优秀，80分至89分为良好，60分至79分为合格，60分以下为不合格。",
                   "青石区总工会", "2026年3月6日"])
    name = "m01_union_transposed_award_matrix_fufen_column.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, True))
    lv = {level: {rank: float(vals[i]) for rank, vals in matrix if vals[i] is not None}
          for i, level in enumerate(levels)}
    gold("m01", [name, name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         bonus=[{"code": "二", "section": "竞赛获奖加分", "text": "基层工会组织职工参加劳动和技能竞赛获奖的",
                 "rule": "lookup", "levels": lv, "cap": 8.0, "highest_only": True}],
         bonus_cap=8.0,
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         notes="the points column is the LAST one and is headed `赋分`; categories are the merged-down 考核项目 cells "
               "and declare no points (null; their items add to 20/28/31/21); the award matrix is TRANSPOSED "
               "against f04 (奖次 down the rows, 级别 across the columns, corner cell `奖次＼级别`, bare numbers with "
               "`（单位：分）` in the caption); it is ONE bonus entry, rule lookup, `levels` keyed {级别: {奖次: points}} "
               "as in f04 (the 区级 优秀奖 cell `—` has no entry); cap 8 from the 注 line (= bonus_cap)")


# ----------------------------------------------------------------------------- m02


def m02():
    """html, 企业: the points column is called `满分值`; the award matrix has ONE cell per level listing the ranks
    with their points (`一等奖20分、二等奖16分、三等奖12分、优胜奖8分`); money per point as a distractor."""
    title = "江汇机械集团有限公司2026年度一线员工技能积分考核办法"
    cert = {"高级技师": 30, "技师": 25, "高级工": 20, "中级工": 15, "初级工": 10}
    matrix = [("国家级", [("一等奖", 20), ("二等奖", 16), ("三等奖", 12), ("优胜奖", 8)]),
              ("省级", [("一等奖", 14), ("二等奖", 10), ("三等奖", 8), ("优胜奖", 5)]),
              ("市级", [("一等奖", 8), ("二等奖", 6), ("三等奖", 4)]),
              ("集团级", [("一等奖", 5), ("二等奖", 3), ("三等奖", 2)])]
    rows = [
        ("1", "岗位技能等级", "取得" + "，".join(f"{k}证书的计{v}分" for k, v in cert.items()) + "；按所持最高等级计分",
         30, "tiers", {"levels": {k: float(v) for k, v in cert.items()}}),
        ("2", "技能竞赛获奖", "按附表《技能竞赛获奖计分表》计分，本项最高20分", 20, "lookup", None),
        ("3", "师带徒", "每带出一名取得中级工及以上证书的徒弟计5分，最高15分", 15, "per_occurrence",
         {"per_occurrence": 5.0, "cap": 15.0}),
        ("4", "合理化建议", "建议被公司采纳的每条计3分，最高15分", 15, "per_occurrence", {"per_occurrence": 3.0, "cap": 15.0}),
        ("5", "安全操作", "全年无违章记录的计20分；每发生一次违章操作扣5分，扣完为止", 20, "per_occurrence",
         {"per_occurrence": -5.0}),
    ]
    note = "团体项目获奖的，参赛队员每人按对应分值的80%计分；同一年度多次获奖的，取最高一项计分，不累计。"
    body = [f"<h1>{esc(title)}</h1>",
            "<p>各分公司、各生产车间：</p>",
            "<p>为鼓励一线员工钻研技能，集团对一线员工实行年度技能积分考核。积分满分100分，由人力资源部会同"
            "工会每年12月组织核定。</p>",
            "<h2>一、积分项目</h2>",
            "<table border=\"1\"><tr><th>序号</th><th>积分项目</th><th>计分说明</th><th>满分值</th></tr>"]
    body += [f"<tr><td>{c}</td><td>{esc(t)}</td><td>{esc(s)}</td><td>{p}</td></tr>" for c, t, s, p, _, _ in rows]
    body += ["<tr><td colspan=\"3\">合计</td><td>100</td></tr></table>",
             "<h2>二、附表：技能竞赛获奖计分表</h2>",
             "<table border=\"1\"><tr><th>竞赛级别</th><th>获奖计分</th></tr>"]
    body += [f"<tr><td>{lv}</td><td>{'、'.join(f'{r}{p}分' for r, p in ranks)}</td></tr>" for lv, ranks in matrix]
    body += ["</table>", f"<p>说明：{esc(note)}</p>",
             "<h2>三、积分运用</h2>",
             "<p>年度技能积分作为技能津贴发放和岗位晋升的重要依据，技能津贴按每分30元的标准按月发放。年度积分"
             "排名前10%的员工授予“技能标兵”称号。</p>",
             "<p>江汇机械集团有限公司人力资源部</p><p>2026年1月12日</p>"]
    name = "m02_company_rank_list_in_one_cell_per_level.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    items = []
    for c, t, s, p, rule, extra in rows:
        if rule == "lookup":
            extra = {"levels": {lv: {r: float(v) for r, v in ranks} for lv, ranks in matrix}, "cap": 20.0,
                     "highest_only": True, "team_rate": 0.8, "scoring_note": note}
        items.append(item(None, c, t, float(p), criteria=s, rule=rule, **extra))
    assert sum(i["points"] for i in items) == 100
    gold("m02", [name], title, 2026, 100.0, [], items,
         notes="the points column is headed `满分值`; the award matrix 竞赛级别 | 获奖计分 has ONE cell per level "
               "listing its ranks and points (`一等奖20分、二等奖16分、…`); it is the scoring table of item 2 (rule "
               "lookup, `levels` {级别: {奖次: points}}, cap 20, highest_only, team_rate 0.8), not a bonus; item 1's "
               "certificate list is tiers with `levels`; `每分30元` and `前10%` are not points rules, and `技能标兵` "
               "by rank is not a grade (grades empty)")


# ----------------------------------------------------------------------------- m03


def m03():
    """xlsx, 学校: points column LAST, headed `标准分`; below the item table, on the same sheet, an award matrix
    under a TWO-ROW merged header (`指导学生获奖` / `教师本人获奖` each merged over 一等奖 | 二等奖 | 三等奖,
    `级别` merged down two rows) with its cap in a merged caption row `表2 …（本项累计最高20分）`."""
    title = "临川县第二中学2026年度教师教育教学业绩考核方案"
    groups = [
        ("教学常规", [("备课", "教案齐全、环节完整；每学期检查两次，每次检查不合格扣2分", 10, "per_occurrence",
                      {"per_occurrence": -2.0}),
                     ("作业批改", "作业全批全改的得10分；抽查发现漏批的每次扣1分", 10, "per_occurrence",
                      {"per_occurrence": -1.0}),
                     ("听课评课", "每学期听课不少于15节的得5分，少于15节的不得分", 5, "threshold", {})]),
        ("教学成绩", [("学科质量检测", "得分＝任教班级平均分÷年级平均分×25，最高25分", 25, "proportional",
                      {"formula": "任教班级平均分÷年级平均分×25", "cap": 25.0}),
                     ("学生评教", "满意率90%以上得10分，80%—90%得6分，80%以下得2分", 10, "tiers", {})]),
        ("教育科研", [("课题研究", "主持县级以上课题并按期结题的得10分，参与的得5分", 10, "tiers", {}),
                     ("论文发表", "公开发表教育教学论文每篇得5分，最高10分", 10, "per_occurrence",
                      {"per_occurrence": 5.0, "cap": 10.0})]),
        ("竞赛获奖", [("竞赛获奖", "按表2计分，累计最高20分", 20, "lookup", None)]),
    ]
    roles = ["指导学生获奖", "教师本人获奖"]
    ranks = ["一等奖", "二等奖", "三等奖"]
    matrix = [("国家级", [10, 8, 6], [12, 10, 8]), ("省级", [6, 5, 4], [8, 6, 5]),
              ("市级", [4, 3, 2], [5, 4, 3]), ("县级", [2, 1.5, 1], [3, 2, 1])]
    wb, ws = titled_sheet("业绩考核", title, 7)
    ws_merge(ws, "A2:G2", "表1  教师教育教学业绩考核评分表")
    header_row(ws, 3, ["考核项目", "序号", "考核内容", "评分标准", "标准分"])
    r, n = 4, 0
    cats, items = [], []
    lv = {role: {level: {rk: float(vals[k]) for k, rk in enumerate(ranks)} for level, *both in matrix
                 for vals in [both[ri]]} for ri, role in enumerate(roles)}
    for g, its in groups:
        first = r
        cats.append(cat(g))
        for text, crit, p, rule, extra in its:
            n += 1
            ws.cell(row=r, column=2, value=n)
            ws.cell(row=r, column=3, value=text)
            ws.cell(row=r, column=4, value=crit)
            ws.cell(row=r, column=5, value=p)
            if rule == "lookup":
                extra = {"levels": lv, "cap": 20.0, "highest_only": True}
            items.append(item(g, str(n), text, float(p), criteria=crit, rule=rule, cell=f"E{r}", **extra))
            r += 1
        ws.cell(row=first, column=1, value=g)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=r, column=1, value="合计")
    ws.cell(row=r, column=5, value=100)
    assert sum(i["points"] for i in items) == 100
    r += 2
    cap_row = r
    ws_merge(ws, f"A{r}:G{r}", "表2  竞赛获奖计分标准（本项累计最高20分）", bold=True)
    ws_merge(ws, f"A{r + 1}:A{r + 2}", "级别", bold=True)
    ws_merge(ws, f"B{r + 1}:D{r + 1}", roles[0], bold=True)
    ws_merge(ws, f"E{r + 1}:G{r + 1}", roles[1], bold=True)
    for c, rk in enumerate(ranks * 2, start=2):
        ws.cell(row=r + 2, column=c, value=rk).font = Font(bold=True)
    r += 3
    for level, stu, own in matrix:
        ws.cell(row=r, column=1, value=level)
        for c, v in enumerate(stu + own, start=2):
            ws.cell(row=r, column=c, value=v)
        r += 1
    ws_merge(ws, f"A{r}:G{r}", "注：同一竞赛获得多个奖项的，按最高奖项计分；指导学生获奖与教师本人获奖可以累计，"
                               "合计不超过20分。")
    ws_merge(ws, f"A{r + 2}:G{r + 2}", "考核等次：考核得分85分以上为优秀，70分至84分为合格，70分以下为待改进。")
    ws_merge(ws, f"A{r + 3}:G{r + 3}", "临川县第二中学教务处　2026年2月20日")
    wrap_columns(ws, (12, 8, 18, 40, 10, 12, 12))
    name = "m03_school_two_row_header_matrix_caption_cap.xlsx"
    wb.save(HERE / name)
    for it in items:
        if it["rule"] == "lookup":
            it["matrix_cell"] = f"A{cap_row}:G{cap_row + 6}"
    gold("m03", [name], title, 2026, 100.0, cats, items,
         grades=bands(("优秀", 85), ("合格", 70), ("待改进", None)),
         notes="points column LAST, headed `标准分`; categories (merged-down 考核项目) declare no points (null); the "
               "matrix below the item table has a TWO-ROW header: `级别` merged down, `指导学生获奖` and `教师本人获奖` "
               "each merged across 一等奖|二等奖|三等奖; its cap is in the merged caption row `（本项累计最高20分）`; it "
               "is the scoring table of item 8 竞赛获奖 (rule lookup, `levels` {角色: {级别: {奖次: points}}}, cap 20, "
               "highest within one competition); the category 竞赛获奖 holds one item of the same name")


# ----------------------------------------------------------------------------- m04


def m04():
    """docx, 党建: points column BEFORE the criteria column; an award matrix with 集体 and 个人 columns in
    different units (`8分/个` | `3分/人`); deductions and a veto in prose; grades as STARS (五星级…不予评星)."""
    title = "城南街道党工委2026年度党支部星级评定考核细则"
    groups = [
        ("班子建设", 20, [("支部委员会按期换届", 8, "按期换届的得8分，未按期换届的不得分", "threshold", {}),
                          ("落实“三会一课”制度", 12, "支部党员大会每季度1次、支委会每月1次，每少开一次扣1分",
                           "per_occurrence", {"per_occurrence": -1.0})]),
        ("党员管理", 30, [("发展党员", 10, "按计划完成发展党员任务的得10分，未完成的不得分", "threshold", {}),
                          ("党费收缴", 8, "按月足额收缴的得8分，每迟缴一个月扣1分", "per_occurrence", {"per_occurrence": -1.0}),
                          ("党员教育培训", 12, "党员年度集中学习不少于32学时，达标率100%得12分，90%以上得8分，90%以下得4分",
                           "tiers", {})]),
        ("服务群众", 30, [("党员志愿服务", 15, "党员人均每年参加志愿服务不少于4次，每低1次扣2分", "per_occurrence",
                           {"per_occurrence": -2.0}),
                          ("为民办实事", 15, "由街道党工委组织评议，综合评定", "manual", {})]),
        ("阵地建设", 20, [("党群服务中心", 10, "场所达标、标识规范、正常开放的得10分", "threshold", {}),
                          ("党务公开", 10, "按季度公开党务，每缺一次扣2.5分", "per_occurrence", {"per_occurrence": -2.5})]),
    ]
    awards = [("中央、国家级", 8, 3), ("省级", 5, 2), ("市级", 3, 1), ("区级", 1, 0.5)]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各社区党委、机关各党支部、两新组织党支部：",
                   "为深化党支部标准化规范化建设，街道党工委开展党支部星级评定。考核满分100分，另设创先争优加分和扣分事项。",
                   "一、基本考核"])
    header = ["一级指标", "二级指标", "分值", "考核标准"]
    rows, items, cats = [], [], []
    for g, gp, its in groups:
        cats.append(cat(g, float(gp)))
        assert sum(p for _, p, *_ in its) == gp
        for text, p, crit, rule, extra in its:
            rows.append([f"{g}（{gp}分）", text, fmt(p), crit])
            items.append(item(g, None, text, float(p), criteria=crit, rule=rule, **extra))
    t = grid(d, header, rows)
    widths(t, (3.0, 4.2, 1.2, 7.8))
    r = 1
    for g, gp, its in groups:
        merge_down(t, 0, r, r + len(its) - 1, f"{g}（{gp}分）")
        r += len(its)
    paragraphs(d, ["二、创先争优加分",
                   "党支部或党员获得党委、政府表彰的，按下表加分："])
    grid(d, ["表彰级别", "集体（党支部）", "个人（党员）"],
         [[lv, f"{fmt(a)}分/个", f"{fmt(b)}分/人"] for lv, a, b in awards])
    paragraphs(d, ["说明：集体表彰与个人表彰分别计算；同一人同一年度获多项表彰的，按最高一项计分；加分累计不超过10分。",
                   "三、扣分事项",
                   "党员受到党纪政务处分的，每人次扣5分；党支部被上级党组织通报批评的，每次扣3分。",
                   "四、否决事项",
                   "支部班子成员发生严重违纪违法问题被立案审查的，当年不予评星。",
                   "五、星级评定",
                   "考核得分（含加分、扣分）95分以上评为五星级党支部，85分至94分评为四星级党支部，75分至84分评为"
                   "三星级党支部，75分以下不予评星。",
                   "中共城南街道工作委员会", "2026年2月28日"])
    name = "m04_party_collective_individual_award_matrix_stars.docx"
    d.save(HERE / name)
    gold("m04", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "二", "section": "创先争优加分", "text": "党支部或党员获得党委、政府表彰的", "rule": "lookup",
                 "levels": {lv: {"集体": float(a), "个人": float(b)} for lv, a, b in awards},
                 "unit": {"集体": "个", "个人": "人"}, "cap": 10.0, "highest_only": True}],
         bonus_cap=10.0,
         deductions=[{"code": "三", "text": "党员受到党纪政务处分的", "criteria": "每人次扣5分",
                      "per_occurrence": -5.0, "unit": "人次"},
                     {"code": "三", "text": "党支部被上级党组织通报批评的", "criteria": "每次扣3分",
                      "per_occurrence": -3.0}],
         veto=[{"code": "四", "text": "支部班子成员发生严重违纪违法问题被立案审查的", "effect": "当年不予评星"}],
         veto_effect="当年不予评星",
         grades=bands(("五星级党支部", 95), ("四星级党支部", 85), ("三星级党支部", 75), ("不予评星", None)),
         notes="columns 一级指标 | 二级指标 | 分值 | 考核标准 (points BEFORE the criteria); category cells merged down "
               "with `（20分）`; the award matrix has 集体 and 个人 COLUMNS whose cells carry different units (`8分/个`, "
               "`3分/人`): ONE bonus entry, rule lookup, `levels` {级别: {集体/个人: points}}, `unit` per column, cap 10; "
               "`同一人…按最高一项计分` applies to individuals (highest_only); grades are stars, the last band "
               "`不予评星` kept as a grade; the veto bars the stars, it does not zero the score")


# ----------------------------------------------------------------------------- m05


def m05():
    """docx, 医院: a BLANK application/self-evaluation form used as the scheme: field rows inside the table
    (科室名称 ____ 科室负责人 ____), columns 考核项目 | 考核内容 | 分值 | 自评分 | 考核组评分 | 佐证材料, 自评分 and
    考核组评分 EMPTY, 佐证材料 naming the evidence to attach, a signature row; veto and grades in the 填表说明."""
    title = "湖滨市中心医院2026年度临床科室医疗质量安全考核自评表"
    groups = [
        ("医疗质量", [
            ("核心制度落实", "首诊负责、三级查房、疑难病例讨论等制度执行到位。抽查病历发现未落实的，每例扣1分。", 15,
             "三级查房记录、疑难病例讨论记录", "per_occurrence", {"per_occurrence": -1.0}),
            ("病历书写质量", "运行病历和归档病历书写及时、规范。甲级病历率95%以上得10分，90%—95%得6分，低于90%不得分。",
             10, "病案室质控报告", "tiers", {}),
            ("临床路径管理", "入径率、完成率达到医院下达指标。两项均达标得10分，一项达标得5分。", 10,
             "临床路径统计报表", "tiers", {}),
            ("合理用药", "抗菌药物使用强度控制在40DDDs以内。每超出1个DDDs扣0.5分，扣完为止。", 10,
             "药学部月度通报", "per_occurrence", {"per_occurrence": -0.5, "unit": "DDDs"}),
        ]),
        ("患者安全", [
            ("不良事件报告", "按规定及时上报医疗安全不良事件。漏报、瞒报的，每例扣3分。", 10, "不良事件上报系统记录",
             "per_occurrence", {"per_occurrence": -3.0}),
            ("手术安全核查", "手术安全核查表填写完整。由考核组现场抽查，视落实情况评定。", 10, "手术安全核查表",
             "manual", {}),
            ("手卫生", "医务人员手卫生依从性达到85%以上。达到的得10分，未达到的不得分。", 10, "院感科督查记录",
             "threshold", {}),
        ]),
        ("服务质量", [
            ("患者满意度", "以第三方满意度调查结果计分。得分＝满意度×15。", 15, "第三方调查报告", "proportional",
             {"formula": "满意度×15"}),
            ("医疗纠纷", "全年无有责医疗纠纷的得10分；发生有责纠纷的，每起扣5分。", 10, "医患关系办公室登记台账",
             "per_occurrence", {"per_occurrence": -5.0}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    nrows = 3 + sum(len(its) for _, its in groups) + 2
    t = d.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    widths(t, (2.2, 7.4, 1.2, 1.4, 1.6, 2.6))
    set_cell(t.cell(0, 0), "科室名称", bold=True)
    merged(t, 0, 1, 0, 2, "")
    set_cell(t.cell(0, 3), "科室负责人", bold=True)
    merged(t, 0, 4, 0, 5, "")
    set_cell(t.cell(1, 0), "填报日期", bold=True)
    merged(t, 1, 1, 1, 2, "　　　　年　　月　　日")
    set_cell(t.cell(1, 3), "联系电话", bold=True)
    merged(t, 1, 4, 1, 5, "")
    for c, h in enumerate(["考核项目", "考核内容", "分值", "自评分", "考核组评分", "佐证材料"]):
        set_cell(t.cell(2, c), h, bold=True)
    r = 3
    cats, items = [], []
    for g, its in groups:
        cats.append(cat(g))
        first = r
        for name_, crit, p, evidence, rule, extra in its:
            set_cell(t.cell(r, 1), f"{name_}：{crit}")
            set_cell(t.cell(r, 2), fmt(p))
            set_cell(t.cell(r, 5), f"提供：{evidence}")
            items.append(item(g, None, name_, float(p), criteria=crit, rule=rule, evidence=evidence, **extra))
            r += 1
        merge_down(t, 0, first, r - 1, g)
    merged(t, r, 0, r, 1, "合计", bold=True)
    set_cell(t.cell(r, 2), "100")
    merged(t, r + 1, 0, r + 1, 5, "科室负责人（签字）：　　　　　　　考核组成员（签字）：　　　　　　　考核日期：　　年　　月　　日")
    assert sum(i["points"] for i in items) == 100
    paragraphs(d, ["填表说明：",
                   "1．各科室对照考核内容逐项自评，在“自评分”栏填写得分，在“佐证材料”栏所列材料附后备查；",
                   "2．“考核组评分”栏由医务部组织的考核组填写，科室不得填写；",
                   "3．每项得分不得超过该项分值，扣分须在备注中写明原因；",
                   "4．科室发生重大医疗事故并负主要责任的，年度考核实行一票否决，考核结果直接定为D级；",
                   "5．考核得分90分以上为A级科室，80—89分为B级科室，70—79分为C级科室，70分以下为D级科室。",
                   "湖滨市中心医院医务部", "2026年1月20日"])
    name = "m05_hospital_blank_self_evaluation_form_is_scheme.docx"
    d.save(HERE / name)
    gold("m05", [name], title, 2026, 100.0, cats, items,
         veto=[{"code": "4．", "text": "科室发生重大医疗事故并负主要责任的", "effect": "年度考核结果直接定为D级"}],
         veto_effect="年度考核结果直接定为D级",
         grades=bands(("A级科室", 90), ("B级科室", 80), ("C级科室", 70), ("D级科室", None)),
         notes="a BLANK self-evaluation form is the scheme: the form's field rows (科室名称/科室负责人/填报日期/联系电话) "
               "are inside the same table above the header, the 自评分 and 考核组评分 columns are empty and the signature "
               "row is the table's last row — none of them is content; each 考核内容 cell reads `name：requirement。"
               "rule。`: text = the name before `：`, criteria = the rest; 佐证材料 (`提供：…`) is kept as `evidence`, "
               "not criteria; categories declare no points (null; items add to 45/30/25); `40DDDs` is not points")


# ----------------------------------------------------------------------------- m06


def m06():
    """docx+pdf, 社区: CHECK-BOX level grading in every row (`□好（15分）　□较好（10分）　□一般（5分）　□差（0分）`,
    the levels' points differ per row), an overall grade row of check boxes `□优秀（90分以上）　□良好（80—89分）…`,
    a period check box and `30分钟` as distractors."""
    title = "杏林社区2026年度物业服务质量考评表"
    rows = [
        ("环境卫生", "公共区域每日清扫，垃圾日产日清，楼道无堆物", [15, 10, 5, 0]),
        ("绿化养护", "草坪修剪及时，无枯死苗木，无毁绿种菜", [10, 7, 4, 0]),
        ("秩序维护", "门岗24小时值守，外来人员和车辆登记", [15, 10, 5, 0]),
        ("设施设备", "电梯、水泵、监控等定期维保，故障及时修复", [20, 14, 8, 0]),
        ("消防安全", "消防通道畅通，消防器材完好有效", [15, 10, 5, 0]),
        ("服务响应", "报修30分钟内响应，投诉5个工作日内回复", [10, 7, 4, 0]),
        ("收费公示", "收费项目、标准和收支情况公开透明", [5, 3, 1, 0]),
        ("业主满意度", "随机问卷调查业主满意率", [10, 7, 4, 0]),
    ]
    levels = ["好", "较好", "一般", "差"]
    grades = [("优秀", "90分以上"), ("良好", "80—89分"), ("合格", "60—79分"), ("不合格", "60分以下")]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["物业服务企业名称：____________________　　考评时段：2026年　□上半年　□下半年",
                   "说明：社区居委会会同业主委员会每半年对辖区物业服务企业考评一次。考评人对每个项目在“评定等级”栏"
                   "勾选一个等级，该项得所选等级的分值；各项得分相加为考评总分（满分100分）。"])
    t = d.add_table(rows=len(rows) + 4, cols=4)
    t.style = "Table Grid"
    widths(t, (1.2, 2.4, 5.6, 7.2))
    for c, h in enumerate(["序号", "考评项目", "考评要求", "评定等级（在□内打“√”）"]):
        set_cell(t.cell(0, c), h, bold=True)
    items = []
    for n, (name_, req, pts) in enumerate(rows, start=1):
        set_cell(t.cell(n, 0), str(n))
        set_cell(t.cell(n, 1), name_)
        set_cell(t.cell(n, 2), req)
        set_cell(t.cell(n, 3), "　".join(f"□{lv}（{p}分）" for lv, p in zip(levels, pts)))
        items.append(item(None, str(n), name_, float(pts[0]), criteria=req, rule="tiers",
                          levels={lv: float(p) for lv, p in zip(levels, pts)}))
    r = len(rows) + 1
    merged(t, r, 0, r, 2, "合计得分", bold=True)
    merged(t, r + 1, 0, r + 1, 1, "评定等次", bold=True)
    merged(t, r + 1, 2, r + 1, 3, "　".join(f"□{g}（{s}）" for g, s in grades))
    merged(t, r + 2, 0, r + 2, 1, "考评人签字", bold=True)
    merged(t, r + 2, 2, r + 2, 3, "　　　　　　　　　　　　日期：2026年　　月　　日")
    assert sum(i["points"] for i in items) == 100
    paragraphs(d, ["连续两次考评为不合格的，社区居委会将建议业主委员会依法启动物业服务企业选聘程序。",
                   "杏林社区居民委员会", "2026年1月5日"])
    name = "m06_community_checkbox_levels_each_row.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, True))
    gold("m06", [name, name.replace(".docx", ".pdf")], title, 2026, 100.0, [], items,
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         notes="every row's levels are check boxes in ONE cell with their own points (`□好（15分）　□较好（10分）　"
               "□一般（5分）　□差（0分）`; the points differ per row): rule tiers with `levels` {level: points}, an "
               "item's points = its top level, criteria = the 考评要求 cell; the grade row is check boxes "
               "`□优秀（90分以上）　□良好（80—89分）…` (grades); the period boxes (上半年/下半年), `30分钟` and "
               "`5个工作日` are not points; the 合计得分/签字 rows are not items; the consequence of two 不合格 is "
               "neither a veto nor a grade")


# ----------------------------------------------------------------------------- m07


def m07():
    """xls (legacy, via LibreOffice), 机关: a WIDE 德能勤绩廉 score sheet: item points in a two-level header (category
    `德（20分）` merged over its item columns `政治素质(10)`…), a `评分要点` row UNDER the header with each item's
    criteria, empty rows for the people rated."""
    title = "梧桐县2026年度机关工作人员平时考核测评表"
    groups = [
        ("德", 20, [("政治素质", 10, "坚定政治立场，认真学习贯彻党的理论和路线方针政策"),
                    ("职业道德", 10, "爱岗敬业，遵守社会公德和职业道德")]),
        ("能", 20, [("业务能力", 12, "熟悉本岗位业务知识和法律法规，能独立承担工作"),
                    ("创新能力", 8, "善于研究新情况，提出改进工作的意见建议")]),
        ("勤", 15, [("出勤情况", 7, "严格遵守考勤制度，无迟到早退和无故缺勤"),
                    ("工作态度", 8, "工作积极主动，服从安排，敢于担当")]),
        ("绩", 35, [("任务完成", 15, "按时完成年度目标任务和领导交办事项"),
                    ("工作质量", 12, "工作成果符合要求，差错少"),
                    ("工作效率", 8, "办事及时，不拖延推诿")]),
        ("廉", 10, [("廉洁自律", 10, "遵守廉洁从政各项规定，无违纪违法行为")]),
    ]
    ncols = 2 + sum(len(its) for _, _, its in groups) + 1
    last = chr(ord("A") + ncols - 1)
    wb, ws = titled_sheet("测评表", title, ncols)
    ws_merge(ws, f"A2:{last}2", "被考核科室：____________　　　测评时间：2026年　　月　　日　　　测评人：____________")
    ws_merge(ws, "A3:A4", "序号", bold=True)
    ws_merge(ws, "B3:B4", "姓名", bold=True)
    ws_merge(ws, f"{last}3:{last}4", "总分", bold=True)
    ws_merge(ws, "A5:B5", "评分要点", bold=True)
    c = 3
    cats, items = [], []
    for g, gp, its in groups:
        col0 = chr(ord("A") + c - 1)
        col1 = chr(ord("A") + c + len(its) - 2)
        ws_merge(ws, f"{col0}3:{col1}3" if col1 != col0 else f"{col0}3", f"{g}（{gp}分）", bold=True)
        cats.append(cat(g, float(gp), cell=f"{col0}3"))
        assert sum(p for _, p, _ in its) == gp
        for text, p, crit in its:
            col = chr(ord("A") + c - 1)
            ws[f"{col}4"] = f"{text}({p})"
            ws[f"{col}4"].font = Font(bold=True)
            ws[f"{col}5"] = crit
            items.append(item(g, None, text, float(p), criteria=crit, rule="manual", cell=f"{col}4"))
            c += 1
    for k in range(1, 11):
        ws.cell(row=5 + k, column=1, value=k)
    ws_merge(ws, f"A17:{last}17", "说明：1．各项得分不得超过括号内分值；2．测评人按“评分要点”逐项打分，取全体测评人打分的"
                                  "平均分为测评得分；3．测评得分90分以上为优秀，75—89分为称职，60—74分为基本称职，"
                                  "60分以下为不称职。")
    ws_merge(ws, f"A18:{last}18", "梧桐县机关事务考核办公室　2026年3月")
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 10
    for k in range(3, ncols + 1):
        ws.column_dimensions[chr(ord("A") + k - 1)].width = 12
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="center")
    name = "m07_office_wide_sheet_header_points_criteria_row.xls"
    save_legacy(wb, name, "xls")
    assert sum(i["points"] for i in items) == 100
    gold("m07", [name], title, 2026, 100.0, cats, items,
         grades=bands(("优秀", 90), ("称职", 75), ("基本称职", 60), ("不称职", None)),
         scoring_note="测评人逐项打分，取全体测评人打分的平均分为测评得分",
         notes="legacy .xls (written by LibreOffice); a WIDE sheet: the items are HEADER cells with their points in "
               "ASCII brackets (`政治素质(10)`), under a first header row of categories merged across their items "
               "(`德（20分）`; 廉 over one column); the row UNDER the header (`评分要点`) holds each item's criteria; "
               "body rows 1–10 are empty rows for the people rated (never items); 总分 is not an item; rule manual "
               "(raters judge); `cell` = the item's header cell; the mean over raters is a `scoring_note`")


# ----------------------------------------------------------------------------- m08


def m08():
    """xlsx, 医院: TWO tables SIDE BY SIDE on one sheet: the scheme (A–D, points column `满分值` last) and a
    加分/扣分 table (F–I) whose 类别 cells are merged down, with the bonus cap in a note row under it."""
    title = "康宁区妇幼保健院2026年度职工医德医风考评表"
    left = [
        ("廉洁行医", "不收受红包、回扣，不开大处方；经查实收受红包的，本项不得分", 20, "threshold", {}),
        ("服务态度", "文明用语，耐心解答；被患者有效投诉的，每次扣3分", 15, "per_occurrence", {"per_occurrence": -3.0}),
        ("尊重患者", "保护患者隐私，履行告知义务；发现泄露隐私的，每例扣5分", 15, "per_occurrence", {"per_occurrence": -5.0}),
        ("遵纪守法", "遵守劳动纪律，无迟到早退；每发现一次扣1分", 10, "per_occurrence", {"per_occurrence": -1.0}),
        ("团结协作", "由科室民主评议，综合评定", 10, "manual", {}),
        ("规范收费", "严格执行收费标准；发现违规收费的，每次扣2分，扣完为止", 15, "per_occurrence", {"per_occurrence": -2.0}),
        ("学习教育", "参加医德医风专题教育，全年不少于4次，每缺一次扣2.5分", 15, "per_occurrence", {"per_occurrence": -2.5}),
    ]
    bonus = [("收到患者锦旗、感谢信", "每件加0.5分", "2", {"per_occurrence": 0.5, "cap": 2.0}),
             ("拒收红包并如数上交", "每次加1分", "3", {"per_occurrence": 1.0, "cap": 3.0}),
             ("先进事迹被市级以上媒体报道", "加2分", "2", {"points": 2.0})]
    deduct = [("受到院级通报批评", "每次扣2分", {"per_occurrence": -2.0}),
              ("发生有责医疗纠纷", "每起扣5分", {"per_occurrence": -5.0}),
              ("被上级部门查实违反医疗行业“九不准”", "扣10分", {"deduct": 10.0})]
    wb, ws = titled_sheet("考评表", title, 9)
    ws_merge(ws, "A2:D2", "一、基本考评（满分100分）", bold=True)
    ws_merge(ws, "F2:I2", "二、加分与扣分", bold=True)
    header_row(ws, 3, ["序号", "考评内容", "考评标准", "满分值"])
    for c, h in enumerate(["类别", "项目", "计分标准", "分值"], start=6):
        ws.cell(row=3, column=c, value=h).font = Font(bold=True)
    items = []
    for n, (text, crit, p, rule, extra) in enumerate(left, start=1):
        ws.cell(row=3 + n, column=1, value=n)
        ws.cell(row=3 + n, column=2, value=text)
        ws.cell(row=3 + n, column=3, value=crit)
        ws.cell(row=3 + n, column=4, value=p)
        items.append(item(None, str(n), text, float(p), criteria=crit, rule=rule, cell=f"D{3 + n}", **extra))
    tot = 4 + len(left)
    ws_merge(ws, f"A{tot}:C{tot}", "合计")
    ws[f"D{tot}"] = 100
    r = 4
    ws_merge(ws, f"F{r}:F{r + len(bonus) - 1}", "加分")
    bonus_entries, deductions = [], []
    for text, crit, p, extra in bonus:
        ws.cell(row=r, column=7, value=text)
        ws.cell(row=r, column=8, value=crit)
        ws.cell(row=r, column=9, value=int(p))
        bonus_entries.append({"section": "加分", "text": text, "criteria": crit, "max_points": float(p),
                              "cell": f"I{r}", **extra})
        r += 1
    ws_merge(ws, f"F{r}:F{r + len(deduct) - 1}", "扣分")
    for text, crit, extra in deduct:
        ws.cell(row=r, column=7, value=text)
        ws.cell(row=r, column=8, value=crit)
        ws.cell(row=r, column=9, value="—")
        deductions.append({"section": "扣分", "text": text, "criteria": crit, **extra})
        r += 1
    ws_merge(ws, f"F{r}:I{r}", "注：加分累计不超过5分，扣分不设上限，在基本考评得分基础上加减。")
    ws_merge(ws, f"A{tot + 2}:I{tot + 2}", "考评结果：最终得分90分以上为优秀，70—89分为合格，70分以下为不合格。"
                                        "考评结果与年度评先评优、职称晋升挂钩。")
    ws_merge(ws, f"A{tot + 3}:I{tot + 3}", "康宁区妇幼保健院党委办公室　2026年1月16日")
    wrap_columns(ws, (6, 14, 40, 8, 3, 8, 22, 14, 8))
    ws.column_dimensions["I"].width = 8
    name = "m08_hospital_two_tables_side_by_side.xlsx"
    wb.save(HERE / name)
    assert sum(i["points"] for i in items) == 100
    gold("m08", [name], title, 2026, 100.0, [], items, bonus=bonus_entries, deductions=deductions, bonus_cap=5.0,
         grades=bands(("优秀", 90), ("合格", 70), ("不合格", None)),
         notes="TWO tables SIDE BY SIDE in the same rows of one sheet: left (A–D) the scheme, points column `满分值` "
               "last, 合计 100; right (F–I, separated by an empty column E) a 加分/扣分 table whose 类别 cells are merged "
               "down; a right-hand row is never an item and never continues the left-hand row it shares; a 加分 row's "
               "分值 is its cap (`max_points`, per_occurrence with cap = 分值; the fixed `加2分` has points 2); 扣分 "
               "rows (分值 `—`) are deductions, the fixed `扣10分` with `deduct`; bonus cap 5 from the 注 row")


# ----------------------------------------------------------------------------- m09


def m09():
    """docx, 街道: points ONLY in a 权重 row and a 合计 row: the 一级指标 are COLUMNS, a 权重 row gives 40%/30%/15%/15%,
    the 二级指标 are listed down each column without points, one merged 合计 row says `100分`; a sentence makes the
    二级指标 within an 一级 equal."""
    title = "梧溪街道2026年度机关科室绩效考核指标体系"
    cols = [("重点工作", 0.40, ["项目建设推进", "招商引资任务", "民生实事项目", "安全生产责任"],
             "对照年度任务清单按季度考核，按期完成的得满分，滞后一个月以内的得该项分值的60%，滞后一个月以上的不得分",
             "tiers", {}),
            ("日常工作", 0.30, ["公文办理质量", "会议活动组织", "信息报送采用"],
             "由党政办根据平时记录综合评定", "manual", {}),
            ("作风效能", 0.15, ["考勤纪律", "作风督查", "廉政风险防控"],
             "由纪工委根据明察暗访和平时记录综合评定", "manual", {}),
            ("服务评价", 0.15, ["群众满意度测评", "窗口服务评议", "村（社区）满意度"],
             "得分＝满意率×该项分值", "proportional", {"formula": "满意率×该项分值"})]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["为科学评价机关科室年度工作实绩，街道制定本指标体系，考核满分100分。", "一、指标及权重"])
    depth = max(len(subs) for _, _, subs, *_ in cols)
    t = d.add_table(rows=2 + depth + 1, cols=1 + len(cols))
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "一级指标", bold=True)
    set_cell(t.cell(1, 0), "权重", bold=True)
    cats, items = [], []
    for c, (name_, w, subs, crit, rule, extra) in enumerate(cols, start=1):
        set_cell(t.cell(0, c), name_, bold=True)
        set_cell(t.cell(1, c), f"{round(w * 100)}%")
        pts = round(w * 100)
        cats.append(cat(name_, float(pts), weight=w))
        for k, s in enumerate(subs):
            set_cell(t.cell(2 + k, c), s)
            items.append(item(name_, None, s, pts / len(subs), criteria=crit, rule=rule, **extra))
    merge_down(t, 0, 2, 1 + depth, "二级指标")
    set_cell(t.cell(2 + depth, 0), "合计", bold=True)
    merged(t, 2 + depth, 1, 2 + depth, len(cols), "100分")
    paragraphs(d, ["二、计分方法",
                   "（一）各一级指标按百分制考核，按权重折算后相加为科室年度考核得分；同一一级指标下的各二级指标分值相等。",
                   *[f"（{'二三四五'[k]}）{name_}：{crit}。" for k, (name_, _, _, crit, _, _) in enumerate(cols)],
                   "三、结果等次",
                   "考核得分90分以上为优秀，80分至89分为良好，60分至79分为合格，60分以下为不合格。",
                   "梧溪街道党政办公室", "2026年1月28日"])
    name = "m09_street_points_only_in_weight_and_total_rows.docx"
    d.save(HERE / name)
    assert abs(sum(i["points"] for i in items) - 100) < 1e-9
    gold("m09", [name], title, 2026, 100.0, cats, items,
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         notes="no points column: the 一级指标 are COLUMNS with a 权重 row (40%/30%/15%/15%) and one merged 合计 row "
               "`100分`; a category's points = weight × 100 (also kept as `weight`); its 二级指标 are listed down its "
               "column without points and `各二级指标分值相等` gives each an equal share (10/10/5/5); every item's "
               "criteria is its category's 计分方法 sentence (重点工作 tiers, 日常工作/作风效能 manual, 服务评价 "
               "proportional); blank cells under the shorter columns are not items")


# ----------------------------------------------------------------------------- m10


def m10():
    """doc (legacy, via LibreOffice), 学校: a deduction sheet whose ONLY column is `扣分标准`: section rows
    `一、安全用电（30分）` carry the points and imply the item each line belongs to; base 100 in the preamble."""
    title = "云杉职业技术学院2026年学生公寓安全卫生检查扣分标准"
    sections = [
        ("一", "安全用电", 30, [("使用电热毯、电饭锅等违规电器的，每件扣10分", "per_occurrence", {"per_occurrence": -10.0}),
                                ("私拉乱接电线、插座的，每处扣5分", "per_occurrence", {"per_occurrence": -5.0}),
                                ("人走未断电的，扣3分", "threshold", {"deduct": 3.0})]),
        ("二", "消防安全", 20, [("在寝室内吸烟或焚烧物品的，每人次扣10分", "per_occurrence",
                                 {"per_occurrence": -10.0, "unit": "人次"}),
                                ("堵塞疏散通道或损坏消防器材的，扣5分", "threshold", {"deduct": 5.0})]),
        ("三", "内务卫生", 30, [("地面有垃圾、积水的，扣3分", "threshold", {"deduct": 3.0}),
                                ("床铺未整理的，每张扣1分", "per_occurrence", {"per_occurrence": -1.0}),
                                ("物品摆放杂乱的，扣2分", "threshold", {"deduct": 2.0}),
                                ("卫生间有异味、污垢的，扣4分", "threshold", {"deduct": 4.0})]),
        ("四", "文明秩序", 20, [("晚归或夜不归宿的，每人次扣5分", "per_occurrence", {"per_occurrence": -5.0, "unit": "人次"}),
                                ("留宿外来人员的，每人次扣10分", "per_occurrence", {"per_occurrence": -10.0, "unit": "人次"}),
                                ("大声喧哗影响他人休息的，扣3分", "threshold", {"deduct": 3.0})]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各二级学院：",
                   "学生处会同后勤处每周对学生公寓进行一次安全卫生检查。各寝室每周以100分为基础分，按下表扣分；"
                   "各部分扣分以该部分分值为限。"])
    nrows = 1 + sum(1 + len(lines) for *_, lines in sections)
    t = d.add_table(rows=nrows, cols=1)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "扣分标准", bold=True)
    r = 1
    cats, items = [], []
    for code, name_, p, lines in sections:
        set_cell(t.cell(r, 0), f"{code}、{name_}（{p}分）", bold=True)
        cats.append(cat(name_, float(p), code=code))
        r += 1
        for text, rule, extra in lines:
            set_cell(t.cell(r, 0), text)
            items.append(item(name_, None, text, None, criteria=text, rule=rule, **extra))
            r += 1
    paragraphs(d, ["周检查得分90分以上的寝室评为“文明寝室”，在公寓楼公示栏公布；得分低于60分的寝室通报批评，限期整改。",
                   "学生处", "2026年3月2日"])
    name = "m10_school_single_column_deduction_sheet.doc"
    save_legacy(d, name, "doc")
    assert sum(p for _, _, p, _ in sections) == 100
    gold("m10", [name], title, 2026, 100.0, cats, items, base_points=100.0, scoring_model="deduction",
         grades=[{"name": "文明寝室", "min_score": 90}],
         notes="legacy .doc (written by LibreOffice); the table has ONE column, `扣分标准`: bold section rows "
               "`一、安全用电（30分）` are the categories (points = the section's cap, `各部分扣分以该部分分值为限`) and "
               "each line under a section is a deduction item (points null, as in the shared gold's deduction "
               "scheme; text = criteria = the line); `每件/每处/每张/每人次扣N分` → per_occurrence, a fixed `扣N分` → "
               "threshold with `deduct`; base 100 in the preamble; `得分低于60分…通报批评` is a consequence, not a "
               "grade. A reviewer could instead make each SECTION one item of its points with the lines as criteria")


# ----------------------------------------------------------------------------- m11


def m11():
    """html, 工会: a 满意度测评表 whose level columns state FRACTIONS of each item's points (`满意（得满分）` |
    `基本满意（得60%）` | `不满意（不得分）`), items with different points, a 满意率 formula and grades named like
    the levels as distractors."""
    title = "滨海市总工会2026年度职工对工会工作满意度测评表"
    rows = [("工会组织职工依法维权的及时性", 15), ("困难职工帮扶救助工作", 15), ("职工文体活动开展情况", 10),
            ("职工书屋、职工之家等阵地服务", 10), ("劳动保护监督检查", 15), ("集体协商和厂务公开", 15),
            ("工会经费使用公开透明", 10), ("工会干部工作作风", 10)]
    body = [f"<h1>{esc(title)}</h1>",
            "<p>填表说明：本表由职工代表无记名填写。每个测评项目只能选择一个评价等次，在对应栏内打“√”。"
            "各项按所选等次计分：选“满意”的得该项满分，选“基本满意”的得该项分值的60%，选“不满意”的不得分。</p>",
            "<table border=\"1\"><tr><th>序号</th><th>测评项目</th><th>分值</th><th>满意（得满分）</th>"
            "<th>基本满意（得60%）</th><th>不满意（不得分）</th></tr>"]
    items = []
    for n, (text, p) in enumerate(rows, start=1):
        body.append(f"<tr><td>{n}</td><td>{esc(text)}</td><td>{p}</td><td></td><td></td><td></td></tr>")
        items.append(item(None, str(n), text, float(p), criteria="满意得该项满分，基本满意得该项分值的60%，不满意不得分",
                          rule="tiers", levels={"满意": float(p), "基本满意": round(p * 0.6, 2), "不满意": 0.0}))
    body += ["<tr><td colspan=\"2\">合计</td><td>100</td><td colspan=\"3\"></td></tr></table>",
             "<p>对工会工作的意见和建议：______________________________</p>",
             "<p>统计办法：测评得分取全部有效测评表得分的平均值；综合满意率＝（满意票数＋基本满意票数）÷有效票数×100%。"
             "测评平均分90分以上为满意，70分至89分为基本满意，70分以下为不满意。</p>",
             "<p>滨海市总工会办公室</p><p>2026年11月</p>"]
    name = "m11_union_satisfaction_levels_as_fractions.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    assert sum(i["points"] for i in items) == 100
    gold("m11", [name], title, 2026, 100.0, [], items,
         grades=bands(("满意", 90), ("基本满意", 70), ("不满意", None)),
         scoring_note="测评得分取全部有效测评表得分的平均值",
         notes="the level columns' headers state FRACTIONS of each item's points (`满意（得满分）`, `基本满意（得60%）`, "
               "`不满意（不得分）`), the 分值 column differs per row (15/10): rule tiers with `levels` computed per item "
               "(15 → 15/9/0, 10 → 10/6/0); criteria = the 填表说明 sentence; the 综合满意率 formula is a statistic, not "
               "a points rule; the result grades reuse the level names (满意/基本满意/不满意) and are grades")


# ----------------------------------------------------------------------------- m12


def m12():
    """xlsx, 企业: a deduction sheet where every row's deduction comes from a DEFECT-CLASS LEGEND: the row carries
    only `A`/`B`/`C` in a 缺陷等级 column and a small legend table below says `A类 每次扣10分`…; grades named
    A级/B级/… collide with the classes."""
    title = "恒泰电子股份有限公司2026年度供应商质量绩效考核表"
    legend = {"A": 10, "B": 5, "C": 2}
    groups = [
        ("来料质量", [("来料批次合格", "来料检验出现批次不合格", "B"),
                      ("关键特性", "关键尺寸或性能不合格导致产线停线", "A"),
                      ("包装标识", "包装破损、标识错误或缺失", "C"),
                      ("检验报告", "未随货提供出厂检验报告", "C")]),
        ("交付管理", [("交付及时", "未按订单约定时间交货", "B"),
                      ("数量差错", "交货数量与送货单不符", "C")]),
        ("服务配合", [("8D报告", "质量问题发生后5个工作日内未提交8D改善报告", "B"),
                      ("变更通知", "未经书面通知擅自变更材料或工艺", "A")]),
    ]
    wb, ws = titled_sheet("季度考核", title, 5)
    ws_merge(ws, "A2:E2", "说明：供应商每季度以100分为基础分，发现问题按缺陷等级扣分，扣完为止；同一考核项目当季累计扣分"
                          "不超过20分。")
    header_row(ws, 3, ["序号", "考核类别", "考核项目", "考核内容", "缺陷等级"])
    r, n = 4, 0
    cats, items = [], []
    for g, its in groups:
        first = r
        cats.append(cat(g))
        for text, crit, cls in its:
            n += 1
            ws.cell(row=r, column=1, value=n)
            ws.cell(row=r, column=3, value=text)
            ws.cell(row=r, column=4, value=crit)
            ws.cell(row=r, column=5, value=cls)
            items.append(item(g, str(n), text, None, criteria=crit, rule="per_occurrence",
                              per_occurrence=-float(legend[cls]), defect_class=cls, deduct_cap=20.0,
                              cell=f"E{r}"))
            r += 1
        ws.cell(row=first, column=2, value=g)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws_merge(ws, f"A{r}:E{r}", "缺陷等级扣分标准", bold=True)
    header_row(ws, r + 1, ["缺陷等级", "每次扣分"])
    for k, (cls, p) in enumerate(legend.items(), start=r + 2):
        ws.cell(row=k, column=1, value=f"{cls}类")
        ws.cell(row=k, column=2, value=p)
    r += 2 + len(legend) + 1
    ws_merge(ws, f"A{r}:E{r}", "考核结果：季度得分90分以上为A级供应商，75—89分为B级供应商，60—74分为C级供应商，60分以下为"
                               "D级供应商；D级供应商暂停新订单，限期整改。")
    ws_merge(ws, f"A{r + 1}:E{r + 1}", "恒泰电子股份有限公司质量管理部　2026年1月6日")
    wrap_columns(ws, (6, 12, 14, 44, 10))
    name = "m12_company_defect_class_legend_deductions.xlsx"
    wb.save(HERE / name)
    gold("m12", [name], title, 2026, 100.0, cats, items, base_points=100.0, scoring_model="deduction",
         grades=bands(("A级供应商", 90), ("B级供应商", 75), ("C级供应商", 60), ("D级供应商", None)),
         notes="each row's deduction is stated ONLY through its class letter (缺陷等级 `A`/`B`/`C`) and the legend "
               "table below (`A类 | 10`…, header 每次扣分): per_occurrence −10/−5/−2, `defect_class` kept; "
               "`同一考核项目当季累计扣分不超过20分` is each item's `deduct_cap` (as forms2 g06 / forms3 h09); items' points null (a deduction scheme from a "
               "base of 100, as in the shared gold); categories declare no points; the legend rows are not items; the "
               "grades A级…D级 are not the defect classes; `暂停新订单` is a consequence of grade D, not a veto; "
               "`5个工作日` is not points")


# ----------------------------------------------------------------------------- m13


def m13():
    """docx, 社区: NOT a scheme — one community's FILLED self-evaluation: a report whose table (考评项目 | 标准分 |
    自评分 | 考核组评分 | 佐证材料) carries its own scores, with prose reasons for points lost."""
    title = "和平社区关于2025年度平安社区创建工作自评情况的报告"
    rows = [("组织领导", "20", "19", "附件1：会议纪要3份"), ("矛盾纠纷化解", "25", "24", "附件2：调解台账"),
            ("治安防控", "25", "22", "附件3：巡防记录"), ("法治宣传", "15", "15", "附件4：活动照片"),
            ("特色工作", "15", "13", "附件5：工作简报")]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["街道平安办：",
                   "根据《街道2025年度平安社区创建考评办法》要求，我社区对照考评项目逐项开展了自评，自评总分93分，"
                   "现将有关情况报告如下。",
                   "一、主要工作",
                   "全年组织平安创建工作会议4次，调处矛盾纠纷37件，调解成功36件；组建巡防队伍2支，开展夜间巡逻"
                   "200余次；开展法治宣传活动12场。",
                   "二、扣分情况说明",
                   "组织领导方面，一季度工作例会未按时召开，自评扣1分；矛盾纠纷化解方面，1件纠纷调解未成功，自评扣1分；"
                   "治安防控方面，辖区发生电动车被盗案件2起，自评扣3分；特色工作方面，创新做法尚未形成经验材料，自评扣2分。",
                   "三、自评得分表"])
    grid(d, ["考评项目", "标准分", "自评分", "考核组评分", "佐证材料"],
         [[a, b, c, "", e] for a, b, c, e in rows] + [["合计", "100", "93", "", ""]])
    paragraphs(d, ["四、下一步打算",
                   "我社区将针对扣分事项逐项整改，力争2026年度创建工作得分达到95分以上。",
                   "和平社区居民委员会", "2026年1月10日"])
    name = "m13_community_filled_self_evaluation_not_scheme.docx"
    d.save(HERE / name)
    not_a_scheme("m13", [name], title, 2025,
                 "one community's FILLED self-evaluation report: the table repeats the 考评项目 names with 标准分 and the "
                 "community's own 自评分 (19, 24, 22 …, 合计93) and evidence; the prose gives points lost (`自评扣1分`); "
                 "it states no scoring rule (contrast h12, a form with 评价标准 whose filled column is incidental)")


# ----------------------------------------------------------------------------- m14


def m14():
    """pdf only, 工会: NOT a scheme — a knowledge-contest EXAM PAPER: a 题号/得分 grid, section headings
    `一、单项选择题（每小题3分，共30分）`, `考试时间：60分钟　满分：100分`."""
    title = "2026年全区职工劳动法律知识竞赛试卷（A卷）"
    single = [
        ("劳动合同期限三个月以上不满一年的，试用期不得超过（　　）。", "一个月", "二个月", "三个月", "六个月"),
        ("用人单位自用工之日起即与劳动者建立（　　）。", "劳务关系", "劳动关系", "雇佣关系", "合作关系"),
        ("劳动者在试用期内提前（　　）日通知用人单位，可以解除劳动合同。", "三", "七", "十五", "三十"),
        ("用人单位安排劳动者在法定休假日工作的，支付不低于工资的（　　）的工资报酬。", "150%", "200%", "250%", "300%"),
        ("劳动争议申请仲裁的时效期间为（　　）。", "六个月", "一年", "二年", "三年"),
        ("职工累计工作已满1年不满10年的，年休假为（　　）天。", "3", "5", "10", "15"),
        ("女职工生育享受不少于（　　）天的产假。", "90", "98", "120", "158"),
        ("工会经费按每月全部职工工资总额的（　　）向工会拨缴。", "1%", "2%", "3%", "5%"),
        ("集体合同草案应当提交（　　）讨论通过。", "董事会", "职工代表大会或者全体职工", "工会委员会", "股东会"),
        ("用人单位濒临破产进行法定整顿期间，裁减人员应提前（　　）日向工会或者全体职工说明情况。",
         "十", "十五", "二十", "三十"),
    ]
    judge = ["用人单位可以扣押劳动者的居民身份证。", "非全日制用工双方当事人可以订立口头协议。",
             "劳动者患病在规定的医疗期内，用人单位不得依照经济性裁员解除劳动合同。",
             "工会可以代表职工与企业进行平等协商，签订集体合同。", "用人单位可以要求劳动者提供担保。",
             "劳动者每日工作时间不超过八小时。", "劳务派遣用工只能在临时性、辅助性或者替代性的工作岗位上实施。",
             "职工因工外出期间发生事故下落不明的，不能认定为工伤。", "用人单位应当向劳动者支付不低于当地最低工资标准的工资。",
             "工会主席任期未满时，不得随意调动其工作。"]
    short = ["简述用人单位应当支付经济补偿的三种情形。", "简述工会在劳动安全卫生监督方面的主要职责。",
             "简述订立劳动合同应当遵循的原则。"]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["考试时间：60分钟　　　满分：100分",
                   "单位：____________________　　姓名：____________　　准考证号：____________"])
    grid(d, ["题号", "一", "二", "三", "四", "总分"], [["得分", "", "", "", "", ""]])
    paragraphs(d, ["一、单项选择题（每小题3分，共30分）"])
    for n, (q, *opts) in enumerate(single, start=1):
        paragraphs(d, [f"{n}．{q}", "　".join(f"{'ABCD'[k]}．{o}" for k, o in enumerate(opts))])
    paragraphs(d, ["二、判断题（每小题2分，共20分。正确的打“√”，错误的打“×”）"])
    paragraphs(d, [f"{n}．{s}（　　）" for n, s in enumerate(judge, start=11)])
    paragraphs(d, ["三、简答题（每小题10分，共30分）"])
    paragraphs(d, [f"{n}．{s}" for n, s in enumerate(short, start=21)])
    paragraphs(d, ["四、案例分析题（20分）",
                   "24．某公司职工王某连续工作满12年，公司以生产任务紧张为由，连续两年未安排其休年休假，也未支付"
                   "未休年休假工资报酬。王某向公司工会反映后，工会应当如何处理？王某可以通过哪些途径维护自身权益？",
                   "（本试卷共2页，请将答案写在答题卡上，写在试卷上无效。）",
                   "西川区总工会　西川区人力资源和社会保障局"])
    name = "m14_union_contest_exam_paper_not_scheme.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, False))
    not_a_scheme("m14", [name.replace(".docx", ".pdf")], title, 2026,
                 "a knowledge-contest EXAM PAPER: `考试时间：60分钟　满分：100分`, a 题号/得分 grid, section headings "
                 "`一、单项选择题（每小题3分，共30分）`…`四、案例分析题（20分）` and questions; it scores answers to "
                 "questions, not the work of units or people, and sets no assessment scheme")


BUILDS = (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14)


def pdfs():
    for name, keep in PDF_SOURCES:
        soffice(["--convert-to", "pdf", str(HERE / name)], HERE)
        if not keep:
            (HERE / name).unlink()


def main():
    """Build every document and gold; with --pdf render PDF_SOURCES, else drop pdf-only intermediates."""
    for build in BUILDS:
        build()
    if "--pdf" in sys.argv:
        pdfs()
    else:  # a pdf-only document's docx is an intermediate: never left behind as a fixture
        for name, keep in PDF_SOURCES:
            if not keep:
                (HERE / name).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
