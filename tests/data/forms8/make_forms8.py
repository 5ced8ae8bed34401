"""Build the EIGHTH forms probe set (held out) and its gold from one hand-written content table each.

Theme: GRASSROOTS SCORE SHEETS AND AWARD RULES written by units themselves, the forms hardest to read:
one-off deductions stated as RANGES (`扣1-3分`, `视情况扣0.5—2分`, `扣1～3分`) beside a 标准分 column, points per
person per time (`每人次0.2分`) with caps in a 最高分 column, separate 基本分 and 奖励分 columns (the 奖励分 counted
inside the 100), an honours table whose rows are 集体/个人 and whose columns are the levels, with RANGES and `—` in
its cells, points by RANK position (`第1名30分…此后每降一名减2分`, `前三名`, `排名前30%`), item blocks whose points
appear only in a `合计` row under each block, deductions as PERCENTAGES of a base (`按该项基础分的10%扣减`), a
`减分项` / `否决项` pair of columns marked with ✓, item points in a separate `分值说明` paragraph keyed by item
number (`第1项、第2项各10分；第4项至第6项各8分`), second-level indicators written as `1.1` / `1.2` lines inside ONE
cell with their points as lines of another cell, a quarterly sheet with four blank 考核分 columns and a row of
quarter weights, and a filled sheet whose maxima are only `（本项20分）` inside the item cell while the points
column holds one unit's scores; and two documents full of `N分` that are not schemes (a reply to appeals against
assessment results, a members' points redemption catalogue).
Each document's content is written once below and rendered both into the document and into
``gold/<id>.json``, so the gold is the content, never kaohe's output.
Run from the repo root: ``.venv/bin/python tests/data/forms8/make_forms8.py`` (add ``--pdf`` to refresh the PDFs
with LibreOffice headless; needs a CJK font). The legacy .doc/.xls are always converted with LibreOffice (needs
``soffice``).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl.styles import Font

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
esc, bands, titled_sheet, header_row, wrap_columns = (
    _forms3.esc, _forms4.bands, _forms4.titled_sheet, _forms4.header_row, _forms4.wrap_columns)

PDF_SOURCES: list[tuple[str, bool]] = []  # (docx file name, keep the docx as a fixture too)


def soffice(args, outdir: Path):
    """LibreOffice headless with a private profile (a running office or a parallel build cannot lock it)."""
    with tempfile.TemporaryDirectory(prefix="lo_forms8_") as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", *args,
                        "--outdir", str(outdir)], check=True, capture_output=True, timeout=240)


def to_pdf(name: str, keep_docx: bool):
    soffice(["--convert-to", "pdf", str(HERE / name)], HERE)
    if not keep_docx:
        (HERE / name).unlink()


def to_legacy(save, name: str, target: str):
    """Write the modern file (``save(path)``) outside the repo and convert it to ``target`` (doc / xls) here, as an
    office that still saves in the 97–2003 formats would."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / name
        save(src)
        soffice(["--convert-to", target, str(src)], HERE)


def g(points):
    return f"{points:g}"


# ----------------------------------------------------------------------------- q01


def q01():
    """pdf only, 学校 食堂: a 检查评分表 whose 扣分标准 column states one-off deductions as RANGES (`扣1-3分`,
    `视情况扣0.5—2分`, `扣1～3分`) beside a 标准分 column; a few per-occurrence and fixed deductions among them."""
    title = "清溪县教育局2026年学校食堂食品安全检查评分表"

    def R(lo, hi):  # a one-off deduction the inspector chooses within a range
        return {"deduct": [lo, hi]}

    sections = [
        ("一", "证照与制度", 15, [
            ("食品经营许可证、从业人员健康证明在有效期内并公示", 5, "证照不全或过期的扣1-3分", "manual", R(1.0, 3.0)),
            ("食品安全管理制度健全，配备食品安全管理员", 5, "制度缺失的视情况扣0.5—2分", "manual", R(0.5, 2.0)),
            ("落实学校负责人陪餐制度，陪餐记录完整", 5, "无陪餐记录的扣5分；记录不全的扣1～3分", "tiers",
             {"deduct_levels": {"无陪餐记录": 5.0, "记录不全": [1.0, 3.0]}}),
        ]),
        ("二", "原料管理", 25, [
            ("落实进货查验和索证索票制度，台账完整", 10, "每缺一批次票证扣1分，扣完为止", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "批次"}),
            ("库房分类分架、隔墙离地存放，无过期变质食品", 10, "发现过期变质食品的本项不得分；存放不规范的视情况扣2—4分",
             "tiers", {"deduct_levels": {"发现过期变质食品": 10.0, "存放不规范": [2.0, 4.0]}}),
            ("食品添加剂专人专柜管理、专册记录", 5, "管理不规范的扣1-2分", "manual", R(1.0, 2.0)),
        ]),
        ("三", "加工制作", 35, [
            ("生熟分开，刀具、砧板、容器标识清楚", 10, "发现混用的每处扣2分，扣完为止", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "处"}),
            ("餐用具清洗消毒规范，保洁设施正常使用", 10, "视消毒记录和现场情况扣1-5分", "manual", R(1.0, 5.0)),
            ("每餐次食品留样不少于125克、冷藏保存48小时以上", 10, "留样量或留存时间不足的，每餐次扣1-2分，扣完为止",
             "per_occurrence", {"per_occurrence": [-2.0, -1.0], "unit": "餐次"}),
            ("从业人员穿戴工作衣帽，操作前洗手消毒", 5, "不规范的每人次扣0.5分", "per_occurrence",
             {"per_occurrence": -0.5, "unit": "人次"}),
        ]),
        ("四", "环境卫生", 25, [
            ("加工场所清洁，地面无积水、墙面无油污", 10, "视情况扣2—5分", "manual", R(2.0, 5.0)),
            ("防鼠、防蝇、防尘设施齐全有效", 10, "设施缺失或损坏的扣1-3分", "manual", R(1.0, 3.0)),
            ("餐厨垃圾密闭存放、日产日清", 5, "未密闭存放的扣2分", "threshold", {"deduct": 2.0}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["检查学校：______________________　　检查日期：______年____月____日",
                   "说明：本表满分100分。检查组对照检查内容逐项评分，扣分标准中为区间的，由检查组根据问题严重程度在区间内"
                   "确定扣分；各项扣分以该项标准分为限。"])
    rows, cats, items, n = [], [], [], 0
    for code, name, pts, lines in sections:
        rows.append([f"{code}、{name}（{pts}分）", "", "", "", ""])
        cats.append(cat(name, float(pts), code=code))
        for text, ipts, crit, rule, extra in lines:
            n += 1
            rows.append([str(n), text, g(ipts), crit, ""])
            items.append(item(name, str(n), text, float(ipts), criteria=crit, rule=rule, **extra))
        assert sum(x[1] for x in lines) == pts
    rows.append(["合计", "", "100", "", ""])
    t = grid(d, ["序号", "检查内容", "标准分", "扣分标准", "实际扣分"], rows)
    for r, row in enumerate(rows, start=1):
        if row[1] == "" and row[0] != "合计":  # a section row across the table
            cell = t.cell(r, 0).merge(t.cell(r, 4))
            set_cell(cell, row[0], bold=True)
    paragraphs(d, ["评定等级：得分90分以上为A级，75分至89分为B级，60分至74分为C级，60分以下为D级。",
                   "发生集体性食物中毒事件的，直接评定为D级。",
                   "检查人员签字：__________　　学校负责人签字：__________"])
    name = "q01_school_canteen_range_deductions.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, False))
    gold("q01", [name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         grades=[{"name": "A级", "min_score": 90}, {"name": "B级", "min_score": 75, "max_score": 89},
                 {"name": "C级", "min_score": 60, "max_score": 74}, {"name": "D级", "max_score": 60}],
         veto=[{"text": "发生集体性食物中毒事件的", "effect": "直接评定为D级"}],
         veto_effect="直接评定为D级",
         scoring_note="扣分标准中为区间的，由检查组根据问题严重程度在区间内确定扣分；各项扣分以该项标准分为限",
         notes="PDF only; the 扣分标准 column states ONE-OFF deductions as RANGES written three ways (`扣1-3分`, "
               "`视情况扣0.5—2分` with an em dash, `扣1～3分` with a wave dash), beside a 标准分 column; a ranged one-off "
               "deduction is rule manual (the inspector chooses within the range) with `deduct` [low, high]; two "
               "items mix a fixed and a ranged deduction (tiers with `deduct_levels`); one ranged deduction is per "
               "餐次 (per_occurrence as a [low, high] pair); the 实际扣分 column and the signature lines are blanks; "
               "the food-poisoning line is a veto fixing the grade")


# ----------------------------------------------------------------------------- q02


def q02():
    """xlsx, 工会: a participation points sheet — `每人次0.2分`, `每人次0.1分`, `每场次1分`, `每篇0.5分` in a 计分标准
    column, each row's cap only in a 最高分 column; section rows carry the section's maximum in the same column."""
    title = "石湾区总工会2026年度基层工会职工文体活动积分考核表"
    sections = [
        ("一", "组织开展", 14, [
            ("制定年度职工文体活动计划并报区总工会备案", "按时备案的计2分", 2, "threshold", {}),
            ("组织本单位职工文体活动", "每场次1分", 5, "per_occurrence", {"per_occurrence": 1.0, "unit": "场次"}),
            ("成立职工文体兴趣小组或协会", "每个1分", 3, "per_occurrence", {"per_occurrence": 1.0, "unit": "个"}),
            ("报送活动信息被区总工会微信公众号采用", "每篇0.5分", 4, "per_occurrence",
             {"per_occurrence": 0.5, "unit": "篇"}),
        ]),
        ("二", "职工参与", 20, [
            ("职工参加区总工会职工运动会", "每人次0.2分", 8, "per_occurrence", {"per_occurrence": 0.2, "unit": "人次"}),
            ("职工参加读书分享会、劳模宣讲会", "每人次0.1分", 4, "per_occurrence",
             {"per_occurrence": 0.1, "unit": "人次"}),
            ("职工参加志愿服务（单次服务不少于2小时）", "每人次0.3分", 8, "per_occurrence",
             {"per_occurrence": 0.3, "unit": "人次"}),
        ]),
        ("三", "活动成效", 6, [
            ("职工参加区级以上文体比赛获奖", "每人次1分", 6, "per_occurrence", {"per_occurrence": 1.0, "unit": "人次"}),
        ]),
    ]
    wb, ws = titled_sheet("积分考核表", title, 6)
    ws["A2"] = "填报单位（盖章）：______________　　填报人：________　　联系电话：____________"
    ws.merge_cells("A2:F2")
    header_row(ws, 3, ["序号", "考核项目", "计分标准", "最高分", "实际次数（人次）", "积分"])
    r, n = 4, 0
    cats, items = [], []
    for code, name, pts, rows in sections:
        ws.cell(row=r, column=1, value=f"{code}、{name}").font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        ws.cell(row=r, column=4, value=pts).font = Font(bold=True)
        cats.append(cat(name, float(pts), code=code, cell=f"D{r}"))
        r += 1
        for text, crit, cap, rule, extra in rows:
            n += 1
            for c, v in enumerate([n, text, crit, cap], start=1):
                ws.cell(row=r, column=c, value=v)
            if rule == "per_occurrence":
                extra = {**extra, "cap": float(cap)}
            items.append(item(name, str(n), text, float(cap), criteria=crit, rule=rule, cell=f"D{r}", **extra))
            r += 1
        assert sum(x[2] for x in rows) == pts
    ws.cell(row=r, column=1, value="合计")
    ws.cell(row=r, column=4, value=40)
    notes = ["说明：1．本表满分40分，按得分计入年度基层工会工作目标考核。",
             "2．“人次”以区总工会活动签到记录为准，同一职工参加多场活动的累计计算；每项积分累计不超过该项最高分。",
             "3．实际次数和积分由基层工会填写，区总工会宣教文体部审核。"]
    for k, line in enumerate(notes, start=r + 2):
        ws.cell(row=k, column=1, value=line)
        ws.merge_cells(start_row=k, start_column=1, end_row=k, end_column=6)
    wrap_columns(ws, (8, 40, 16, 10, 16, 10))
    name = "q02_union_points_per_person_time_sheet.xlsx"
    wb.save(HERE / name)
    gold("q02", [name], title, 2026, 40.0, cats, items,
         notes="points PER PERSON PER TIME (`每人次0.2分`, `每人次0.1分`, `每人次0.3分`) and per 场次/个/篇 in a 计分标准 "
               "column, with each row's cap ONLY in a separate 最高分 column (the item's points = that cap, rule "
               "per_occurrence +N per unit with `cap`); section rows `一、组织开展` carry the section's maximum in the "
               "same 最高分 column (category points, `cell`); total 40 (the sheet is a 40-point part of a larger "
               "appraisal); the 实际次数/积分 columns and the 填报单位 line are blanks to fill in; `2小时` is a duration")


# ----------------------------------------------------------------------------- q03


def q03():
    """docx, 社区 网格员: separate 基本分 and 奖励分 columns, each with its own rule column; `基本分80分，奖励分20分，
    满分100分` — the 奖励分 counted inside the 100."""
    title = "南塘街道2026年度专职网格员绩效考核细则"
    rows = [
        ("网格巡查", 20, "每日巡查不少于2次，巡查APP轨迹缺失的每次扣1分", "per_occurrence", {"per_occurrence": -1.0},
         5, "发现重大安全隐患及时上报并有效处置的，每件加1分，最高5分", {"per_occurrence": 1.0, "unit": "件", "cap": 5.0}),
        ("信息采集", 15, "人口、房屋、单位信息录入准确率98%以上的得满分，每低1个百分点扣1分", "per_occurrence",
         {"per_occurrence": -1.0, "unit": "百分点"},
         3, "信息更新及时率全街道排名前三的加3分", {"points": 3.0}),
        ("矛盾调解", 15, "每月开展矛盾纠纷排查不少于1次，未开展的每月扣3分", "per_occurrence",
         {"per_occurrence": -3.0, "unit": "月"},
         5, "成功调解矛盾纠纷的，每件加0.5分，最高5分", {"per_occurrence": 0.5, "unit": "件", "cap": 5.0}),
        ("事件处置", 15, "事件按时办结率100%的得满分，超时办结的每件扣0.5分", "per_occurrence",
         {"per_occurrence": -0.5, "unit": "件"},
         4, "工作被区级以上通报表扬的，每次加2分，最高4分", {"per_occurrence": 2.0, "cap": 4.0}),
        ("服务群众", 15, "得分＝网格内居民满意度测评得分×15%", "proportional", {"formula": "居民满意度测评得分×15%"},
         3, "收到群众锦旗或感谢信的，每件加1分，最高3分", {"per_occurrence": 1.0, "unit": "件", "cap": 3.0}),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各社区党委：",
                   "为加强专职网格员队伍管理，街道对专职网格员实行年度绩效考核。考核满分100分，其中基本分80分、奖励分20分，"
                   "考核得分＝基本分得分＋奖励分得分。基本分按评分办法扣减，奖励分按奖励办法累加，各项奖励分不超过该项所列分值。"])
    body = []
    items, bonus = [], []
    for k, (text, base, crit, rule, extra, reward, rcrit, rextra) in enumerate(rows, start=1):
        body.append([str(k), text, g(base), crit, g(reward), rcrit])
        items.append(item(None, str(k), text, float(base), criteria=crit, rule=rule, bonus_points=float(reward),
                          **extra))
        bonus.append({"item": text, "text": rcrit, "max_points": float(reward), **rextra})
    assert sum(r[1] for r in rows) == 80 and sum(r[5] for r in rows) == 20
    body.append(["合计", "", "80", "", "20", ""])
    grid(d, ["序号", "考核项目", "基本分", "评分办法", "奖励分", "奖励办法"], body)
    paragraphs(d, ["考核结果分为优秀、称职、基本称职、不称职四个等次：90分以上为优秀，75分至89分为称职，60分至74分为基本称职，"
                   "60分以下为不称职。",
                   "年度内因失职造成重大群体性事件或安全事故的，考核直接确定为不称职。",
                   "南塘街道综治中心", "2026年1月12日"])
    name = "q03_community_base_and_reward_columns.docx"
    d.save(HERE / name)
    gold("q03", [name], title, 2026, 100.0, [], items, bonus=bonus, bonus_cap=20.0,
         grades=[{"name": "优秀", "min_score": 90}, {"name": "称职", "min_score": 75, "max_score": 89},
                 {"name": "基本称职", "min_score": 60, "max_score": 74}, {"name": "不称职", "max_score": 60}],
         veto=[{"text": "年度内因失职造成重大群体性事件或安全事故的", "effect": "考核直接确定为不称职"}],
         veto_effect="考核直接确定为不称职",
         notes="separate 基本分 and 奖励分 COLUMNS, each followed by its own rule column (评分办法 / 奖励办法); the "
               "preamble counts the 奖励分 INSIDE the 100 (`满分100分，其中基本分80分、奖励分20分`), so the items' "
               "points (= 基本分) add to 80 while total_points is 100: each 奖励分 cell is a bonus entry tied to its "
               "item (`item`, `max_points`, rule shape per_occurrence/cap or fixed `points`) and also `bonus_points` "
               "on the item, `bonus_cap` 20. A reviewer could instead give each item 基本分+奖励分 as its points (sum "
               "100). No categories (the table has none). `×15%` is proportional")


# ----------------------------------------------------------------------------- q04


def q04():
    """docx+pdf, 共青团: an outline of items and an honours table with the axes swapped — rows are the award KINDS
    (集体荣誉 / 个人荣誉), columns the LEVELS (国家级 / 省级 / 市级 / 县级) — whose cells hold RANGES `8-10分` and `—`."""
    title = "江屿市2026年度“五四红旗团支部”评选积分细则"
    sections = [
        ("一", "思想引领", 30, [
            ("落实“三会两制一课”，团支部委员会每月召开不少于1次", 10, "每少1次扣1分", "per_occurrence",
             {"per_occurrence": -1.0}),
            ("每季度组织团员开展主题团日活动不少于1次", 10, "每少1次扣2.5分", "per_occurrence", {"per_occurrence": -2.5}),
            ("团员参加“青年大学习”网上主题团课，参学率达到90%以上", 10, "参学率每低1个百分点扣0.5分", "per_occurrence",
             {"per_occurrence": -0.5, "unit": "百分点"}),
        ]),
        ("二", "组织建设", 40, [
            ("按期换届，团支部委员配备齐全", 10, "未按期换届的不得分", "threshold", {}),
            ("规范发展团员，严格执行团员发展程序", 10, "程序不规范的不得分", "threshold", {}),
            ("开展团员教育评议", 10, "按时完成并录入系统的得10分，完成未录入的得5分，未开展的不得分", "tiers", {}),
            ("团费按时足额收缴", 10, "按时足额收缴的得10分，否则不得分", "threshold", {}),
        ]),
        ("三", "服务青年", 30, [
            ("组织青年志愿服务活动", 15, "每开展1次得3分，最高15分", "per_occurrence",
             {"per_occurrence": 3.0, "cap": 15.0}),
            ("开展青年岗位建功、创新创效活动", 15, "由评审组综合评定", "manual", {}),
        ]),
    ]
    matrix = [("集体荣誉（团支部）", ["8-10分", "5-7分", "3-4分", "1-2分"]),
              ("个人荣誉（团员）", ["3-5分", "2-3分", "1分", "—"])]
    levels = ["国家级", "省级", "市级", "县级"]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各县（市、区）团委，市直各单位团组织：",
                   "为做好2026年度“五四红旗团支部”评选工作，制定本细则。评选实行积分制，基础积分满分100分，另设荣誉加分。"])
    cats, items, n = [], [], 0
    for code, name, pts, rows in sections:
        d.add_paragraph().add_run(f"{code}、{name}（{pts}分）").bold = True
        cats.append(cat(name, float(pts), code=code))
        for text, ipts, crit, rule, extra in rows:
            n += 1
            d.add_paragraph(f"{n}．{text}（{ipts}分）。{crit}。")
            items.append(item(name, str(n), text, float(ipts), criteria=crit, rule=rule, **extra))
        assert sum(r[1] for r in rows) == pts
    d.add_paragraph().add_run("四、荣誉加分（最高加15分）").bold = True
    d.add_paragraph("团支部及其团员获得的共青团系统表彰，按下表计分：")
    grid(d, ["荣誉类别"] + levels, [[kind] + cells for kind, cells in matrix])
    paragraphs(d, ["注：1．表中分值为区间的，由市团委评审组根据表彰含金量在区间内确定；“—”表示不计分。",
                   "2．同一荣誉按最高级别计分，不重复计分；荣誉加分累计不超过15分。",
                   "五、评选办法",
                   "基础积分与荣誉加分之和为总积分，按总积分由高到低排序，前20名的团支部推荐为市级“五四红旗团支部”。",
                   "团支部有团员受到团内严重警告以上处分的，取消当年评选资格。",
                   "共青团江屿市委员会", "2026年3月20日"])

    def parse(cell):
        if cell == "—":
            return None
        lo, _, hi = cell.rstrip("分").partition("-")
        return [float(lo), float(hi)] if hi else float(lo)

    lv = {}
    for k, level in enumerate(levels):
        row = {}
        for kind, cells in matrix:
            v = parse(cells[k])
            if v is not None:
                row["集体" if kind.startswith("集体") else "个人"] = v
        lv[level] = row
    name = "q04_youth_league_swapped_award_table_ranges.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, True))
    gold("q04", [name, name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         bonus=[{"section": "荣誉加分", "text": "获得共青团系统表彰", "rule": "lookup", "levels": lv,
                 "highest_only": True, "cap": 15.0}],
         bonus_cap=15.0,
         veto=[{"text": "团支部有团员受到团内严重警告以上处分的", "effect": "取消当年评选资格"}],
         veto_effect="取消当年评选资格",
         notes="an honours table with the axes SWAPPED relative to the usual layout: ROWS are the award kinds "
               "(集体荣誉（团支部） / 个人荣誉（团员）), COLUMNS the levels 国家级 / 省级 / 市级 / 县级, and its cells hold "
               "RANGES `8-10分` (a [low, high] pair in `levels`, the panel choosing within it) or a single `1分`, or "
               "`—` (no entry); written as ONE lookup bonus entry with `levels` {level: {集体/个人: points}} (level "
               "outermost, as the earlier sets do), highest level only, cap 15 = `bonus_cap`; the ranking to the top "
               "20 is a selection, not a grade (grades empty)")


# ----------------------------------------------------------------------------- q05


def q05():
    """xlsx, 街道 城管: points by RANK position — `第1名30分，第2名28分，第3名26分，此后每降一名减2分`, `前三名得20分，
    第4-8名得15分…`, `排名前30%的得20分…`, `第1名15分…第4名及以后9分`."""
    title = "临川区2026年街道城市管理工作月度考核计分办法"
    rank1 = {f"第{k}名": float(30 - 2 * (k - 1)) for k in range(1, 13)}
    rows = [
        ("市容环境卫生测评", 30, "按全区12个街道测评得分排名计分：第1名30分，第2名28分，第3名26分，此后每降一名减2分",
         "tiers", {"levels": rank1}),
        ("违法建设治理", 20, "按新增违建拆除率排名：前三名得20分，第4-8名得15分，第9-12名得10分", "tiers",
         {"levels": {"前三名": 20.0, "第4-8名": 15.0, "第9-12名": 10.0}}),
        ("数字城管案件结案率", 20, "按结案率排名：排名前30%的得20分，排名30%（不含）至70%的得14分，排名后30%的得8分",
         "tiers", {"levels": {"前30%": 20.0, "30%-70%": 14.0, "后30%": 8.0}}),
        ("门前三包责任落实", 15, "按暗访检查排名：第1名15分，第2名13分，第3名11分，第4名及以后9分", "tiers",
         {"levels": {"第1名": 15.0, "第2名": 13.0, "第3名": 11.0, "第4名及以后": 9.0}}),
        ("群众投诉处理", 15, "投诉按期办结率100%的得15分，每有1件超期办结扣1分", "per_occurrence",
         {"per_occurrence": -1.0, "unit": "件"}),
    ]
    assert rank1["第12名"] == 8.0 and sum(r[1] for r in rows) == 100
    wb, ws = titled_sheet("计分办法", title, 4)
    header_row(ws, 2, ["序号", "考核项目", "分值", "计分方法"])
    items = []
    for k, (text, pts, crit, rule, extra) in enumerate(rows, start=1):
        r = k + 2
        for c, v in enumerate([k, text, pts, crit], start=1):
            ws.cell(row=r, column=c, value=v)
        items.append(item(None, str(k), text, float(pts), criteria=crit, rule=rule, cell=f"C{r}", **extra))
    r = len(rows) + 3
    ws.cell(row=r, column=1, value="合计")
    ws.cell(row=r, column=3, value=100)
    notes = ["说明：1．排名计分的项目，名次并列的，取所占名次得分的平均值。",
             "2．月度综合得分排名前三名的街道授予“城市管理流动红旗”，连续两个月排名末位的由区城管委约谈街道分管负责人。"]
    for k, line in enumerate(notes, start=r + 1):
        ws.cell(row=k, column=1, value=line)
        ws.merge_cells(start_row=k, start_column=1, end_row=k, end_column=4)
    wrap_columns(ws, (8, 22, 8, 70))
    name = "q05_street_points_by_rank_position.xlsx"
    wb.save(HERE / name)
    gold("q05", [name], title, 2026, 100.0, [], items,
         scoring_note="名次并列的，取所占名次得分的平均值",
         notes="points by RANK POSITION among the 12 街道, every rank scale rule tiers with `levels` (the positions are "
               "mutually exclusive levels): `第1名30分，第2名28分，第3名26分，此后每降一名减2分` (`levels` spelled out "
               "for all 12 ranks, 第12名 8分), `前三名得20分，第4-8名得15分，第9-12名得10分` and `排名前30%的得20分…` "
               "(rank bands), `第1名15分…第4名及以后9分`; an "
               "item's points = the 分值 cell = its first-place figure; the 流动红旗 for the top three and the 约谈 of the "
               "last are uses of the ranking, not grades (grades empty); no categories")


# ----------------------------------------------------------------------------- q06


def q06():
    """.doc (legacy Word 97), 乡镇 河长制: item rows carry NO points; each block ends with a `合计 | 15分` row that is
    the only statement of the block's points; the rows are deductions within the block."""
    title = "杉溪镇2026年度河长制工作考核细则"
    blocks = [
        ("一", "组织体系", 15, [
            ("村级河长公示牌设置规范、信息及时更新", "公示牌缺失或信息未更新的，每块扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "块"}),
            ("村级河长办落实专人负责", "未落实专人的扣3分", "threshold", {"deduct": 3.0}),
            ("建立河长工作例会制度", "每季度召开不少于1次，每少1次扣1分", "per_occurrence", {"per_occurrence": -1.0}),
        ]),
        ("二", "巡河履职", 35, [
            ("村级河长每周巡河不少于1次", "巡河记录缺失的，每人次扣0.5分", "per_occurrence",
             {"per_occurrence": -0.5, "unit": "人次"}),
            ("巡河发现的问题及时交办、按期整改", "问题逾期未整改的，每件扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "件"}),
            ("规范使用巡河APP", "APP巡河轨迹不完整的，每次扣0.5分", "per_occurrence", {"per_occurrence": -0.5}),
        ]),
        ("三", "水环境治理", 35, [
            ("河道保洁到位，水面无漂浮物、岸坡无垃圾", "发现漂浮物或垃圾堆放的，每处扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "处"}),
            ("入河排污口排查整治", "未按期完成整治的，每个扣3分", "per_occurrence", {"per_occurrence": -3.0, "unit": "个"}),
            ("考核断面水质达标", "水质未达到年度考核目标的，每月扣5分", "per_occurrence",
             {"per_occurrence": -5.0, "unit": "月"}),
        ]),
        ("四", "宣传与社会参与", 15, [
            ("开展爱河护河宣传活动", "全年开展宣传活动少于4次的扣3分", "threshold", {"deduct": 3.0}),
            ("聘请民间河长、护河志愿者参与监督", "未聘请民间河长的扣5分", "threshold", {"deduct": 5.0}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各村（社区）：",
                   "为全面落实河长制各项工作任务，镇河长办对各村（社区）实行年度考核。考核总分100分，分四个部分，各部分分值"
                   "见该部分合计栏；各部分按下表扣分，扣完该部分分值为止。"])
    rows, cats, items = [], [], []
    for code, name, pts, lines in blocks:
        rows.append([f"{code}、{name}", ""])
        cats.append(cat(name, float(pts), code=code))
        for text, crit, rule, extra in lines:
            rows.append([text, crit])
            items.append(item(name, None, text, None, criteria=crit, rule=rule, **extra))
        rows.append(["合计", f"{pts}分"])
    rows.append(["总计", "100分"])
    assert sum(b[2] for b in blocks) == 100
    t = grid(d, ["考核内容", "评分标准"], rows)
    for r, row in enumerate(rows, start=1):
        if row[1] == "":
            cell = t.cell(r, 0).merge(t.cell(r, 1))
            set_cell(cell, row[0], bold=True)
    paragraphs(d, ["考核得分90分以上的为优秀，75分至89分的为良好，60分至74分的为合格，60分以下的为不合格。",
                   "辖区内发生重大水污染事件并造成严重社会影响的，年度考核直接定为不合格。",
                   "杉溪镇河长制办公室", "2026年2月26日"])
    name = "q06_township_river_block_total_rows_only.doc"
    to_legacy(d.save, name.replace(".doc", ".docx"), "doc")
    gold("q06", [name], title, 2026, 100.0, cats, items, base_points=100.0, scoring_model="deduction",
         grades=bands(("优秀", 90), ("良好", 75), ("合格", 60), ("不合格", None)),
         veto=[{"text": "辖区内发生重大水污染事件并造成严重社会影响的", "effect": "年度考核直接定为不合格"}],
         veto_effect="年度考核直接定为不合格",
         notes="legacy Word 97 .doc; a two-column table (考核内容 | 评分标准) where the item rows carry NO points and each "
               "block of rows ends with a `合计 | 15分` row — the ONLY statement of the block's points (category points; "
               "the block's heading row `一、组织体系` carries none); a final `总计 | 100分` row; each row is a deduction "
               "within its block (`扣完该部分分值为止`): items with points null, codes null (rows unnumbered), "
               "`每…扣N分` per_occurrence, a fixed `扣N分` threshold with `deduct`, as forms5 m10; scoring_model "
               "deduction, base 100. A reviewer could instead share a block's 合计 among its rows; `合计` rows are "
               "never items")


# ----------------------------------------------------------------------------- q07


def q07():
    """txt, 机关: deductions and awards as PERCENTAGES of a base — `按该项基础分的10%扣减`, `按50%扣减`, `按该项基础分的
    一半计分`, `按考核基础分（100分）的3%加分`, `按考核总分的2%扣减`."""
    title = "青岚县2026年度县直单位目标管理考核办法"
    parts = [
        ("一", "目标任务", 60, [
            ("1", "重点工作任务", 40, "全部按期完成的得40分；每有一项未按期完成的，按该项基础分的10%扣减",
             "per_occurrence", {"per_occurrence": -4.0, "fraction_of_item": 0.1}),
            ("2", "常规工作", 20, "被上级业务主管部门通报批评的，按该项基础分的20%扣减；造成严重不良影响的，按50%扣减",
             "tiers", {"deduct_levels": {"通报批评": 4.0, "造成严重不良影响": 10.0},
                       "fractions": {"通报批评": 0.2, "造成严重不良影响": 0.5}}),
        ]),
        ("二", "机关建设", 25, [
            ("3", "党风廉政建设", 10, "单位发生违纪违法案件的，每起按该项基础分的30%扣减，扣完为止", "per_occurrence",
             {"per_occurrence": -3.0, "unit": "起", "fraction_of_item": 0.3}),
            ("4", "作风效能", 10, "被效能投诉且查实的，每件扣1分", "per_occurrence", {"per_occurrence": -1.0, "unit": "件"}),
            ("5", "政务信息公开", 5, "按时公开的得满分；未按时公开的，按该项基础分的一半计分", "tiers",
             {"levels": {"按时公开": 5.0, "未按时公开": 2.5}}),
        ]),
        ("三", "满意度测评", 15, [
            ("6", "社会满意度测评", 15, "得分＝测评满意率×该项基础分", "proportional", {"formula": "测评满意率×15"}),
        ]),
    ]
    lines = [title, "",
             "第一部分　考核内容及基础分", "",
             "考核实行百分制，考核基础分为100分，其中目标任务60分、机关建设25分、满意度测评15分。各项基础分如下，"
             "扣减以该项基础分为限。", ""]
    cats, items = [], []
    for code, name, pts, rows in parts:
        lines.append(f"{code}、{name}（基础分{pts}分）")
        cats.append(cat(name, float(pts), code=code))
        for icode, text, ipts, crit, rule, extra in rows:
            lines.append(f"　　{icode}．{text}，基础分{ipts}分。{crit}。")
            items.append(item(name, icode, text, float(ipts), criteria=crit, rule=rule, **extra))
        assert sum(r[2] for r in rows) == pts
        lines.append("")
    lines += ["第二部分　加分与扣减", "",
              "　　1．单位工作获得省级以上表彰的，按考核基础分（100分）的3%加分；获得市级表彰的，按1%加分。同一事项按最高"
              "级别计算，加分累计不超过5分。",
              "　　2．年度内被县委、县政府通报批评的，每次按考核总分的2%扣减。", "",
              "第三部分　等次评定", "",
              "　　考核得分90分以上为优秀，80分至89分为良好，60分至79分为合格，60分以下为不合格。单位发生重大安全生产责任"
              "事故的，考核等次直接定为不合格。", "",
              "青岚县目标管理考核办公室", "2026年1月8日", ""]
    name = "q07_office_percent_of_base_deductions.txt"
    (HERE / name).write_text("\n".join(lines), encoding="utf-8")
    gold("q07", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "1", "text": "单位工作获得表彰", "rule": "lookup", "levels": {"省级以上": 3.0, "市级": 1.0},
                 "fractions": {"省级以上": 0.03, "市级": 0.01}, "highest_only": True, "cap": 5.0}],
         bonus_cap=5.0,
         deductions=[{"code": "2", "text": "年度内被县委、县政府通报批评", "per_occurrence": -2.0,
                      "fraction_of_total": 0.02}],
         veto=[{"text": "单位发生重大安全生产责任事故的", "effect": "考核等次直接定为不合格"}],
         veto_effect="考核等次直接定为不合格",
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         notes="points lost and won as PERCENTAGES OF A BASE: `按该项基础分的10%扣减` (per_occurrence −4 of a 40-point "
               "item, `fraction_of_item` 0.1), `按该项基础分的20%扣减；…按50%扣减` (tiers, `deduct_levels` 4/10 and "
               "`fractions`), `按该项基础分的一半计分` (tiers, levels 5/2.5), `按考核基础分（100分）的3%加分` (bonus "
               "lookup 3/1 with `fractions`), `按考核总分的2%扣减` (a deduction of 2 per occurrence, `fraction_of_total`); "
               "item points written `基础分40分`; `测评满意率×该项基础分` is proportional (formula written with the "
               "figure 15)")


# ----------------------------------------------------------------------------- q08


def q08():
    """.xls (legacy Excel 97), 医院: one table mixing scored items, 减分 rows and 否决 rows, told apart only by ✓ marks
    in two columns `减分项` | `否决项` under a merged `项目性质` header; a 减分 row's 分值 is its deduction per case."""
    title = "青禾县人民医院2026年临床科室医疗质量与安全月度考核表"
    rows = [
        ("病历书写质量", "运行病历、归档病历书写及时规范，甲级病历率≥90%；每低1个百分点扣1分", 20, "", "",
         "per_occurrence", {"per_occurrence": -1.0, "unit": "百分点"}),
        ("核心制度落实", "三级查房、疑难病例讨论、交接班等制度落实到位；检查发现未落实的每次扣2分", 20, "", "",
         "per_occurrence", {"per_occurrence": -2.0}),
        ("医院感染防控", "手卫生依从率≥85%，医疗废物分类规范；手卫生依从率每低1个百分点扣0.5分", 20, "", "",
         "per_occurrence", {"per_occurrence": -0.5, "unit": "百分点"}),
        ("合理用药", "抗菌药物使用强度≤40DDDs，处方点评合格率≥95%；有一项未达标扣10分", 20, "", "",
         "per_occurrence", {"per_occurrence": -10.0, "unit": "项"}),
        ("患者安全目标", "患者身份识别、手术安全核查、危急值报告执行到位；抽查不合格的每例扣2分", 20, "", "",
         "per_occurrence", {"per_occurrence": -2.0, "unit": "例"}),
        ("医疗投诉", "发生经核实的有效医疗投诉", 2, "✓", "", None, {}),
        ("不良事件管理", "医疗安全不良事件漏报、瞒报", 3, "✓", "", None, {}),
        ("医疗事故", "发生经鉴定负主要责任及以上的医疗事故", None, "", "✓", None, {}),
        ("违规收费", "违规收费被医保部门查处并造成不良影响", None, "", "✓", None, {}),
    ]
    wb, ws = titled_sheet("月度考核表", title, 7)
    ws["A2"] = "科室：__________　　考核月份：______月　　考核人：__________"
    ws.merge_cells("A2:G2")
    for c, h in enumerate(["序号", "考核项目", "考核标准", "分值"], start=1):
        ws.cell(row=3, column=c, value=h).font = Font(bold=True)
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.cell(row=3, column=5, value="项目性质").font = Font(bold=True)
    ws.merge_cells("E3:F3")
    ws.cell(row=4, column=5, value="减分项").font = Font(bold=True)
    ws.cell(row=4, column=6, value="否决项").font = Font(bold=True)
    ws.cell(row=3, column=7, value="得分").font = Font(bold=True)
    ws.merge_cells("G3:G4")
    items, deductions, veto = [], [], []
    r = 5
    for k, (text, crit, pts, minus, stop, rule, extra) in enumerate(rows, start=1):
        for c, v in enumerate([k, text, crit, pts if pts is not None else "—", minus or None, stop or None], start=1):
            if v is not None:
                ws.cell(row=r, column=c, value=v)
        if minus:
            deductions.append({"code": str(k), "text": text, "criteria": crit, "per_occurrence": -float(pts),
                               "unit": "例", "cell": f"D{r}"})
        elif stop:
            veto.append({"code": str(k), "text": crit, "effect": "当月考核直接定为不合格，取消科室本年度评优资格"})
        else:
            items.append(item(None, str(k), text, float(pts), criteria=crit, rule=rule, cell=f"D{r}", **extra))
        r += 1
    assert sum(i["points"] for i in items) == 100
    ws.cell(row=r, column=1, value="合计")
    ws.cell(row=r, column=4, value=100)
    notes = ["注：1．标“✓”的减分项不计入100分，每发生1例按分值栏所列分值从月度得分中减除。",
             "2．标“✓”的否决项一经查实，当月考核直接定为不合格，取消科室本年度评优资格。",
             "3．月度得分90分以上为优秀，80分至89分为合格，80分以下为不合格。"]
    for k, line in enumerate(notes, start=r + 1):
        ws.cell(row=k, column=1, value=line)
        ws.merge_cells(start_row=k, start_column=1, end_row=k, end_column=7)
    wrap_columns(ws, (6, 16, 52, 8, 8, 8, 8))
    name = "q08_hospital_tick_deduction_veto_columns.xls"
    to_legacy(wb.save, name.replace(".xls", ".xlsx"), "xls")
    gold("q08", [name], title, 2026, 100.0, [], items, deductions=deductions, veto=veto,
         veto_effect="当月考核直接定为不合格，取消科室本年度评优资格",
         grades=bands(("优秀", 90), ("合格", 80), ("不合格", None)),
         notes="legacy Excel 97 .xls (cells as laid out before conversion); ONE table mixes scored items, 减分 rows and "
               "否决 rows, told apart ONLY by ✓ marks in two columns `减分项` | `否决项` under a merged `项目性质` header "
               "(legend in the 注 rows); the five unmarked rows are the items (sum 100 = the 合计 row); a ✓减分 row is a "
               "deduction entry whose 分值 (2, 3) is the deduction PER CASE (`每发生1例`, not points to earn); a ✓否决 "
               "row (分值 `—`) is a veto entry (text = its 考核标准 cell); `40DDDs`, `≥90%` are targets; the 得分 "
               "column and the 科室/考核人 line are blanks")


# ----------------------------------------------------------------------------- q09


def q09():
    """html, 社区: ten numbered items printed WITHOUT points; the points only in a separate `分值说明` paragraph keyed
    by item number (`第1项、第2项各10分；第3项15分；第4项至第6项各8分；…`)."""
    title = "柳塘社区2026年度居民小组长履职考评办法"
    sections = [
        ("一", "日常履职", [
            (1, "按时参加社区居委会组织的会议和培训", "无故缺席的每次扣2分", "per_occurrence", {"per_occurrence": -2.0}),
            (2, "每月入户走访本组居民，建立走访台账", "台账不全的酌情扣分", "manual", {}),
            (3, "及时收集、反映居民意见建议，协助化解矛盾纠纷", "由社区居委会综合评定", "manual", {}),
            (4, "协助做好人口信息采集和更新", "信息准确率达到95%以上的得满分，90%至95%的得5分，90%以下的不得分", "tiers",
             {"levels": {"95%以上": 8.0, "90%至95%": 5.0, "90%以下": 0.0}}),
            (5, "组织本组居民参与环境卫生整治", "每季度不少于1次，每少1次扣2分", "per_occurrence", {"per_occurrence": -2.0}),
            (6, "协助开展防汛、消防等安全隐患排查", "发现隐患未及时报告的每次扣4分", "per_occurrence",
             {"per_occurrence": -4.0}),
        ]),
        ("二", "群众工作", [
            (7, "宣传政策法规，及时张贴、转发社区通知", "未按时张贴、转发的每次扣1分", "per_occurrence",
             {"per_occurrence": -1.0}),
            (8, "关心困难群众，掌握本组特殊人群底数", "底数清楚、帮扶及时的得满分，由社区核查评定", "manual", {}),
            (9, "带头参加社区志愿服务活动", "每参加1次得1分，加满本项分值为止", "per_occurrence",
             {"per_occurrence": 1.0, "cap": 5.0}),
            (10, "本组居民满意度测评", "得分＝本组居民满意率×本项分值", "proportional", {"formula": "本组居民满意率×16"}),
        ]),
    ]
    points = {1: 10, 2: 10, 3: 15, 4: 8, 5: 8, 6: 8, 7: 5, 8: 15, 9: 5, 10: 16}
    assert sum(points.values()) == 100
    body = [f"<h1>{esc(title)}</h1>",
            "<p>各居民小组：</p>",
            "<p>为规范居民小组长履职行为，社区“两委”研究制定本办法，对全社区32名居民小组长进行年度考评。考评内容如下：</p>"]
    cats, items = [], []
    for code, name, rows in sections:
        body.append(f"<h3>{code}、{esc(name)}</h3>")
        cats.append(cat(name, None, code=code))
        for n, text, crit, rule, extra in rows:
            body.append(f"<p>{n}．{esc(text)}。{esc(crit)}。</p>")
            items.append(item(name, str(n), text, float(points[n]), criteria=crit, rule=rule, **extra))
    body += ["<h3>三、分值说明</h3>",
             "<p>分值说明：第1项、第2项各10分；第3项15分；第4项至第6项各8分；第7项、第9项各5分；第8项15分；"
             "第10项16分，合计100分。</p>",
             "<h3>四、结果运用</h3>",
             "<p>考评得分90分以上的评为“优秀居民小组长”，给予通报表扬；60分以下的为不称职，由社区建议居民小组重新推选。</p>",
             "<p>柳塘社区居民委员会</p><p>2026年1月20日</p>"]
    name = "q09_community_points_keyed_by_item_number.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    gold("q09", [name], title, 2026, 100.0, cats, items,
         grades=[{"name": "优秀居民小组长", "min_score": 90}, {"name": "不称职", "max_score": 60}],
         notes="ten numbered items printed WITHOUT points; their points only in a separate `分值说明` paragraph keyed "
               "by item number: `第1项、第2项各10分` (one figure for two listed items), `第4项至第6项各8分` (a range of "
               "item numbers), `第7项、第9项各5分` (non-adjacent items), `合计100分`; the headings 一/二 carry no points "
               "(category points null; their items add to 59/41); item 9 `加满本项分值为止` takes its cap from the "
               "分值说明 (5), item 10 `×本项分值` its figure (16)")


# ----------------------------------------------------------------------------- q10


def q10():
    """docx+pdf, 学校: a two-level table whose second level is written as `1.1` / `1.2` / `1.3` lines inside ONE cell,
    with the points as lines of the next cell (`10\\n10\\n10`) and the rules as `1.1 …` lines of a third cell."""
    title = "梧桐中学2026年教师教学常规工作考核细则"
    blocks = [
        ("一", "备课", 30, [
            ("教案齐全，提前一周备课", 10, "缺1课时教案扣1分", "per_occurrence", {"per_occurrence": -1.0, "unit": "课时"}),
            ("参加学科组集体备课", 10, "每学期不少于8次，每少1次扣1分", "per_occurrence", {"per_occurrence": -1.0}),
            ("撰写教学反思", 10, "每周不少于1篇，每缺1篇扣0.5分", "per_occurrence", {"per_occurrence": -0.5, "unit": "篇"}),
        ]),
        ("二", "上课", 30, [
            ("按时上下课，不拖堂", 10, "迟到、早退、拖堂每次扣2分", "per_occurrence", {"per_occurrence": -2.0}),
            ("课堂组织与管理", 10, "由教学督导听课后评定", "manual", {}),
            ("信息技术与教学融合", 10, "每学期使用不少于20课时的得满分，不足的按比例计分", "proportional", {}),
        ]),
        ("三", "作业与辅导", 25, [
            ("作业布置适量、批改及时", 15, "抽查发现批改不及时的每次扣1分", "per_occurrence", {"per_occurrence": -1.0}),
            ("学困生个别辅导", 10, "有辅导记录的得10分，无记录的不得分", "threshold", {}),
        ]),
        ("四", "教学研究", 15, [
            ("听课评课", 8, "每学期听课不少于15节，每少1节扣0.5分", "per_occurrence", {"per_occurrence": -0.5, "unit": "节"}),
            ("承担公开课", 7, "承担校级以上公开课的得7分，未承担的得3分", "tiers", {"levels": {"承担": 7.0, "未承担": 3.0}}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各教研组：",
                   "为规范教学常规管理，学校每学期对教师教学常规工作进行考核，满分100分。考核细则如下。"])
    rows, cats, items = [], [], []
    for k, (code, name, pts, subs) in enumerate(blocks, start=1):
        codes = [f"{k}.{j}" for j in range(1, len(subs) + 1)]
        rows.append([f"{code}、{name}\n（{pts}分）",
                     "\n".join(f"{c} {s[0]}" for c, s in zip(codes, subs)),
                     "\n".join(g(s[1]) for s in subs),
                     "\n".join(f"{c} {s[2]}" for c, s in zip(codes, subs))])
        cats.append(cat(name, float(pts), code=code))
        for c, (text, ipts, crit, rule, extra) in zip(codes, subs):
            items.append(item(name, c, text, float(ipts), criteria=crit, rule=rule, **extra))
        assert sum(s[1] for s in subs) == pts
    rows.append(["合计", "", "100", ""])
    t = d.add_table(rows=len(rows) + 1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["一级指标", "二级指标", "分值", "考核要求及评分办法"]):
        set_cell(t.cell(0, c), h, bold=True)
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            cell = t.cell(r, c)
            cell.text = ""
            lines = v.split("\n")
            para = cell.paragraphs[0]
            for j, line in enumerate(lines):
                run = para.add_run(line)
                if j < len(lines) - 1:
                    run.add_break()  # a manual line break inside one paragraph, as typed with Shift+Enter
    paragraphs(d, ["考核结果：90分以上为优秀，80分至89分为良好，60分至79分为合格，60分以下为不合格。",
                   "梧桐中学教务处", "2026年2月24日"])
    name = "q10_school_decimal_codes_lines_in_one_cell.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, True))
    gold("q10", [name, name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         notes="a two-level table where ALL the second-level indicators of a first-level row are written inside ONE "
               "cell as `1.1 …` / `1.2 …` lines separated by line breaks (Shift+Enter breaks in one paragraph), their "
               "points as lines of the next cell (`10` / `10` / `10`, matched by position) and their rules as `1.1 …` "
               "lines of a third cell; one table row per first-level indicator `一、备课\\n（30分）`; items are the "
               "decimal-coded lines (code `1.1`), categories the first-level cells; `按比例计分` is proportional with "
               "no formula invented")


# ----------------------------------------------------------------------------- q11


def q11():
    """xlsx, 企业 物流: a QUARTERLY sheet — a 标准分 column and four blank 考核分 columns (一季度…四季度) per item, a
    row of quarter weights `20% | 25% | 25% | 30%` under them, the annual score their weighted sum."""
    title = "顺航物流有限公司2026年度分公司安全生产季度考核汇总表"
    rows = [
        ("安全责任制落实", 20, "安全生产责任书签订率100%，每缺1份扣1分", "per_occurrence", {"per_occurrence": -1.0, "unit": "份"}),
        ("隐患排查治理", 25, "隐患整改率100%，每有1项逾期未整改扣2分", "per_occurrence", {"per_occurrence": -2.0, "unit": "项"}),
        ("营运车辆安全管理", 25, "车辆年检、保险齐全，动态监控在线率≥98%；在线率每低1个百分点扣1分", "per_occurrence",
         {"per_occurrence": -1.0, "unit": "百分点"}),
        ("驾驶员教育培训", 15, "每月召开安全例会不少于1次，每少1次扣3分", "per_occurrence", {"per_occurrence": -3.0}),
        ("应急管理", 15, "每季度组织应急演练1次，未组织的不得分", "threshold", {}),
    ]
    quarters = [("一季度", 0.20), ("二季度", 0.25), ("三季度", 0.25), ("四季度", 0.30)]
    assert sum(r[1] for r in rows) == 100 and abs(sum(w for _, w in quarters) - 1) < 1e-9
    wb, ws = titled_sheet("季度考核汇总", title, 9)
    ws["A2"] = "分公司：______________　　　　填表日期：______年____月____日"
    ws.merge_cells("A2:I2")
    header_row(ws, 3, ["序号", "考核指标", "考核标准", "标准分"] + [f"{q}考核分" for q, _ in quarters] + ["年度得分"])
    items = []
    for k, (text, pts, crit, rule, extra) in enumerate(rows, start=1):
        r = k + 3
        for c, v in enumerate([k, text, crit, pts], start=1):
            ws.cell(row=r, column=c, value=v)
        items.append(item(None, str(k), text, float(pts), criteria=crit, rule=rule, cell=f"D{r}", **extra))
    r = len(rows) + 4
    ws.cell(row=r, column=1, value="合计")
    ws.cell(row=r, column=4, value=100)
    ws.cell(row=r + 1, column=1, value="季度权重")
    for c, (_, w) in enumerate(quarters, start=5):
        ws.cell(row=r + 1, column=c, value=f"{round(w * 100)}%")
    notes = ["说明：1．各季度由公司安全管理部按考核标准逐项考核，填写当季考核分。",
             "2．年度得分＝一季度考核分×20%＋二季度考核分×25%＋三季度考核分×25%＋四季度考核分×30%。",
             "3．季度内发生负同等及以上责任的亡人道路交通事故的，该季度考核分计为0分。",
             "4．年度得分90分以上为安全生产先进分公司，70分以下的取消分公司负责人年度评优资格。"]
    for k, line in enumerate(notes, start=r + 3):
        ws.cell(row=k, column=1, value=line)
        ws.merge_cells(start_row=k, start_column=1, end_row=k, end_column=9)
    wrap_columns(ws, (6, 18, 44, 8, 10, 10, 10, 10, 10))
    ws.column_dimensions["I"].width = 10
    name = "q11_company_quarterly_columns_annual_weights.xlsx"
    wb.save(HERE / name)
    gold("q11", [name], title, 2026, 100.0, [], items,
         weights=[{"name": q, "weight": w, "cell": f"{'EFGH'[k]}{r + 1}"} for k, (q, w) in enumerate(quarters)],
         formula="年度得分＝一季度考核分×20%＋二季度考核分×25%＋三季度考核分×25%＋四季度考核分×30%",
         veto=[{"text": "季度内发生负同等及以上责任的亡人道路交通事故的", "effect": "该季度考核分计为0分"}],
         veto_effect="该季度考核分计为0分",
         grades=[{"name": "安全生产先进分公司", "min_score": 90}],
         notes="a QUARTERLY sheet: each item has a 标准分 (its points) and FOUR blank score columns `一季度考核分` … "
               "`四季度考核分` plus a blank 年度得分 column; a `季度权重` row under the quarter columns `20% | 25% | 25% | "
               "30%` gives the weights of the quarters in the annual score (`weights`, and the formula at top level) — "
               "they are not points and not item weights; the 70-point line removes a manager's eligibility (a "
               "consequence, not a grade); `≥98%` is a target")


# ----------------------------------------------------------------------------- q12


def q12():
    """html, 党建: a FILLED score sheet for one village — each item's maximum only inside its content cell
    `履行第一责任人职责（本项20分）：…`, while the column headed 得分 holds the village's scores (15, 18, …)."""
    title = "龙湾镇2026年上半年村党组织书记抓基层党建工作考核评分表"
    rows = [
        ("履行第一责任人职责", 20, "每季度专题研究党建工作不少于1次，每少1次扣5分", "per_occurrence",
         {"per_occurrence": -5.0}, 15, "第二季度未专题研究"),
        ("严格组织生活", 20, "“三会一课”按规定召开、记录完整，每缺1次扣2分", "per_occurrence", {"per_occurrence": -2.0},
         18, "缺党小组会记录1次"),
        ("党员队伍建设", 15, "发展党员程序规范，流动党员管理到位；程序不规范的扣5分", "threshold", {"deduct": 5.0},
         15, ""),
        ("阵地建设", 15, "党群服务中心功能齐全、正常开放，未正常开放的每次扣3分", "per_occurrence", {"per_occurrence": -3.0},
         12, "暗访1次未开放"),
        ("为民办实事", 20, "上半年办理民生实事不少于4件，每少1件扣5分", "per_occurrence", {"per_occurrence": -5.0, "unit": "件"},
         20, ""),
        ("党风廉政建设", 10, "村务公开及时，无违纪问题；发生违纪问题的本项不得分", "threshold", {}, 10, ""),
    ]
    assert sum(r[1] for r in rows) == 100
    scored = sum(r[5] for r in rows)
    trs = ["<tr><th>序号</th><th>考核内容及评分标准</th><th>得分</th><th>扣分说明</th></tr>"]
    items = []
    for k, (text, pts, crit, rule, extra, score, why) in enumerate(rows, start=1):
        trs.append(f"<tr><td>{k}</td><td>{esc(text)}（本项{pts}分）：{esc(crit)}。</td><td>{score}</td>"
                   f"<td>{esc(why)}</td></tr>")
        items.append(item(None, str(k), text, float(pts), criteria=crit, rule=rule, **extra))
    trs.append(f"<tr><td colspan=\"2\">合计</td><td>{scored}</td><td></td></tr>")
    body = [f"<h1>{esc(title)}</h1>",
            "<p>被考核村：东坪村　　　　考核时间：2026年7月8日</p>",
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">" + "\n".join(trs) + "</table>",
            "<p>备注：满分100分。考核得分90分以上为“好”，80分至89分为“较好”，70分至79分为“一般”，70分以下为“差”。</p>",
            "<p>考核组成员签字：__________　　__________　　　　村党组织书记签字：__________</p>"]
    name = "q12_party_max_in_item_cell_score_column_filled.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    gold("q12", [name], title, 2026, 100.0, [], items,
         grades=bands(("好", 90), ("较好", 80), ("一般", 70), ("差", None)),
         notes="a FILLED score sheet for one village: each item's MAXIMUM is stated only inside its content cell "
               "`履行第一责任人职责（本项20分）：rule。`, while the only numeric column, headed `得分`, holds THIS "
               "village's scores (15, 18, 15, 12, 20, 10; 合计 90) and a 扣分说明 column its reasons; the scheme is the "
               "maxima and rules (points = the `本项N分` figures, sum 100), never the 得分 column (as forms3 h12, a "
               "filled form that states its rules, is a scheme); text = the name before `（本项`, criteria = the rule "
               "after `：`; the 被考核村 line and signatures are not content")


# ----------------------------------------------------------------------------- q13


def q13():
    """docx, 社区: NOT a scheme — a reply to communities' requests to review their assessment results, quoting item
    numbers, ranged and per-person-time deductions, original and revised scores."""
    title = "关于2025年度社区综合考核结果复核申请的答复意见"
    d = new_doc()
    heading(d, title)
    paragraphs(d, [
        "桂园社区、北湖社区、枫林社区：",
        "你们于2026年1月15日至17日提交的2025年度社区综合考核结果复核申请收悉。街道考核办会同相关科室对申请事项逐项"
        "进行了复核，现将复核意见答复如下：",
        "一、桂园社区",
        "申请事项：第3项“矛盾纠纷排查化解”被扣2分，认为扣分过重。复核意见：经查阅台账，该社区第三季度排查记录缺失属实，"
        "但已于10月补录。按细则“视情况扣1-3分”的规定，调整为扣1分。该项得分由13分调整为14分，年度总分由88.5分调整为"
        "89.5分，考核等次不变。",
        "二、北湖社区",
        "申请事项：志愿服务参与人次统计有误。复核意见：经核对区志愿服务平台数据，该社区全年志愿服务实际为46人次，"
        "原统计为36人次，按每人次0.2分计算应增加2分，但该项已达最高分8分，年度总分维持92分不变。",
        "三、枫林社区",
        "申请事项：第7项“安全隐患排查”因一次检查未发现隐患台账被扣4分。复核意见：扣分事实清楚、依据充分，维持原考核"
        "结果，年度总分76分。",
        "如对复核意见仍有异议，可于收到本答复之日起5个工作日内向街道纪工委书面反映。",
        "特此答复。",
        "松岗街道考核工作领导小组办公室", "2026年1月26日"])
    name = "q13_community_review_reply_not_scheme.docx"
    d.save(HERE / name)
    not_a_scheme("q13", [name], title, 2026,
                 "a reply to three communities' requests to review their 2025 results: it quotes item numbers (`第3项`), a "
                 "ranged deduction (`视情况扣1-3分`), a per-person-time rule (`每人次0.2分`), a cap (`最高分8分`) and "
                 "original and revised scores (`由88.5分调整为89.5分`, `92分`, `76分`), but it applies a scheme published "
                 "elsewhere to three units and states no scheme of its own")


# ----------------------------------------------------------------------------- q14


def q14():
    """xlsx, 工会: NOT a scheme — a members' points REDEMPTION catalogue: goods and services priced in 积分/分
    (`200分`, `每人限兑1次`), how many points are deducted on redemption, a validity date."""
    title = "石湾区总工会2026年会员服务积分兑换目录"
    goods = [("1", "生活用品", "定制保温杯", "200分", "每人限兑1个"),
             ("2", "生活用品", "纯棉毛巾礼盒", "120分", "每人限兑2盒"),
             ("3", "文体服务", "职工书屋图书（任选一册）", "80分", "不限"),
             ("4", "文体服务", "区工人文化宫游泳单次票", "50分", "每月限兑4次"),
             ("5", "文体服务", "电影观影券", "150分", "每人限兑1次"),
             ("6", "健康服务", "职工健康体检加项（任选一项）", "300分", "每年限兑1次"),
             ("7", "健康服务", "心理咨询服务（1小时）", "100分", "每季度限兑1次"),
             ("8", "技能提升", "职业技能培训课程补贴", "500分", "每年限兑1次")]
    wb, ws = titled_sheet("兑换目录", title, 5)
    header_row(ws, 2, ["序号", "类别", "兑换项目", "所需积分", "兑换限制"])
    for r, row in enumerate(goods, start=3):
        for c, v in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=v)
    r = len(goods) + 4
    notes = ["兑换须知：1．会员凭“石湾工会”APP个人积分兑换，兑换成功后系统自动扣减相应积分，已兑换项目不退不换。",
             "2．积分有效期至2026年12月31日，逾期自动清零，不转入下一年度。",
             "3．积分余额不足的不能兑换；积分不得转让、不得折现。",
             "4．兑换咨询电话：0731-8800××××（工作日8时30分至17时30分）。"]
    for k, line in enumerate(notes, start=r):
        ws.cell(row=k, column=1, value=line)
        ws.merge_cells(start_row=k, start_column=1, end_row=k, end_column=5)
    wrap_columns(ws, (6, 12, 34, 12, 18))
    name = "q14_union_points_redemption_catalogue_not_scheme.xlsx"
    wb.save(HERE / name)
    not_a_scheme("q14", [name], title, 2026,
                 "a members' points REDEMPTION catalogue: goods and services priced in points (`200分`, `80分`, `500分`) "
                 "with limits (`每人限兑1次`), points deducted on redemption, a validity date and `8时30分`; points here are "
                 "a currency members spend, nothing is assessed or scored")


BUILDS = (q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14)


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
