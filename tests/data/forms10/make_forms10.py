"""Build the TENTH forms probe set (held out) and its gold from one hand-written content table each.

Theme: SPREADSHEETS AND FORMS AS OFFICES REALLY SEND THEM. A sheet whose first rows are a big merged title and a
填报说明 block, with its columns in an unusual order (分值 first, then 评分标准, then 考核内容) and the category
typed again on EVERY row; category subtotals and the 合计 as real FORMULAS (`=SUM(D5:D7)`, an item `=5*4`) saved
with cached values; 分值 cells stored as TEXT with spaces (`'  10 '`), full-width digits (`１０`, `１２．５`) and
decimals beside real numbers, with the category written only on its first row and blank below (no merge); HIDDEN
columns holding last year's points and internal remarks; one identical sheet per department; category and item
cells broken by Alt+Enter line breaks in a legacy .xls; a 加分项 and a 扣分项 block with their own sub-headers at
the bottom of the same sheet; a legacy .xls with a two-row header of blank 学校自评 / 考核组评估 columns; a Word
self-evaluation form (自评表) with item numbers `1-1`, `1-2` and a 自评说明 column of prompts; a legacy .doc whose
table is split at a page break into a `续表` with its header typed again and a category `（续）`; ①②③ as item
numbers restarting in every category; a rating form whose 优/良/中/差 columns hold each level's points per row
(xlsx and the PDF printed from it); and two documents full of `N分` that are not schemes (a 绩效工资 calculation
sheet, a contest results 公示 printed to PDF).
Each document's content is written once below and rendered both into the document and into ``gold/<id>.json``,
so the gold is the content, never kaohe's output.
Run from the repo root: ``.venv/bin/python tests/data/forms10/make_forms10.py --pdf`` (``--pdf`` renders the PDFs
with LibreOffice headless; needs a CJK font). The legacy .doc/.xls and the formula workbooks' cached values always
go through LibreOffice (needs ``soffice``), each run with a private profile.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx.enum.text import WD_BREAK
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
item, cat, gold, new_doc, heading, set_cell, merge_down, repeat_header = (
    _unseen.item, _unseen.cat, _unseen.gold, _unseen.new_doc, _unseen.heading, _unseen.set_cell,
    _unseen.merge_down, _unseen.repeat_header)
not_a_scheme, paragraphs, grid = _forms.not_a_scheme, _forms.paragraphs, _forms.grid
bands, titled_sheet, header_row, wrap_columns = (_forms4.bands, _forms4.titled_sheet, _forms4.header_row,
                                                 _forms4.wrap_columns)

PDF_SOURCES: list[tuple[str, bool]] = []  # (docx/xlsx file name, keep it as a fixture too)
GRADES = bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None))
GRADE_LINE = "考核得分90分以上为优秀，80分至89分为良好，60分至79分为合格，60分以下为不合格。"


def soffice(args, outdir: Path):
    """LibreOffice headless with a private profile (a running office or a parallel build cannot lock it)."""
    with tempfile.TemporaryDirectory(prefix="lo_forms10_") as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", *args,
                        "--outdir", str(outdir)], check=True, capture_output=True, timeout=240)


def to_pdf(name: str, keep_source: bool):
    soffice(["--convert-to", "pdf", str(HERE / name)], HERE)
    if not keep_source:
        (HERE / name).unlink()


def to_legacy(save, name: str, target: str):
    """Write the modern file (``save(path)``) outside the repo and convert it to ``target`` (doc / xls) here, as an
    office that still saves in the 97–2003 formats would."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / name
        save(src)
        soffice(["--convert-to", target, str(src)], HERE)


def save_calculated(wb, name: str):
    """Save through LibreOffice so formula cells carry cached values, as in a workbook saved by an office suite
    (openpyxl alone writes formulas without values)."""
    to_legacy(wb.save, name, "xlsx:Calc MS Excel 2007 XML")


def g(points):
    return f"{points:g}"


def note_rows(ws, first_row, lines, width):
    for k, line in enumerate(lines, start=first_row):
        ws.cell(row=k, column=1, value=line)
        ws.merge_cells(start_row=k, start_column=1, end_row=k, end_column=width)
    return first_row + len(lines)


def rule_extra(spec):
    """(rule, extra) from the short rule specs used in the content tables below."""
    rule, *rest = spec
    return rule, (rest[0] if rest else {})


def PO(n, **kw):
    return ("per_occurrence", {"per_occurrence": float(n), **kw})


T, TI, MA, CO = ("threshold",), ("tiers",), ("manual",), ("components",)


def PR(formula):
    return ("proportional", {"formula": formula})


# ----------------------------------------------------------------------------- s01


def s01():
    """xlsx, 工会: a merged title and a 填报说明 block of merged rows above the table; the columns in REVERSED order
    分值 | 评分标准 | 考核内容 | 考核类别, the category (with its points) typed again on EVERY row, never merged."""
    title = "青川区总工会2026年度基层工会规范化建设考核评分表"
    sections = [
        ("组织建设", 25, [
            (10, "三个组织健全的得10分，缺一个扣4分，扣完为止", "按期完成换届选举，工会委员会、经费审查委员会、女职工委员会组织健全",
             PO(-4, unit="个")),
            (8, "录入率达到98%的得8分，90%-98%的得4分，低于90%的不得分", "会员实名制信息录入率达到98%以上", TI),
            (7, "参加培训的得7分，未参加的不得分", "工会主席、副主席按规定参加上级工会培训", T),
        ]),
        ("民主管理", 25, [
            (15, "召开并形成决议的得15分；召开但未形成决议的得8分；未召开的不得分",
             "每年召开职工代表大会不少于1次，审议涉及职工切身利益事项", TI),
            (10, "每少更新一个季度扣2.5分", "推行厂务公开，设置公开栏并按季度更新", PO(-2.5, unit="季度")),
        ]),
        ("维权服务", 30, [
            (12, "签订并备案的得12分，签订未备案的得6分", "签订工资专项集体合同并报区总工会备案", TI),
            (10, "由考核组查阅台账和慰问记录综合评定", "建立困难职工帮扶台账，开展节日慰问", MA),
            (8, "每开展一次得2分，最高8分", "开展职工劳动安全卫生监督检查", PO(2, unit="次", cap=8.0)),
        ]),
        ("经费管理", 20, [
            (12, "独立核算的得12分；发现违规列支的每笔扣3分，扣完为止", "工会经费独立核算、专款专用", PO(-3, unit="笔")),
            (8, "每少一次扣4分", "经费审查委员会每年开展经费审查不少于2次并形成审查报告", PO(-4, unit="次")),
        ]),
    ]
    wb, ws = titled_sheet("考核评分表", title, 4)
    ws.row_dimensions[1].height = 36
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws["A2"] = "填报说明："
    ws["A2"].font = Font(bold=True)
    ws.merge_cells("A2:D2")
    r = note_rows(ws, 3, [
        "1．本表由各基层工会对照考核内容如实自评，区总工会考核组复核评分。",
        "2．本表满分100分，分值栏为各项最高得分，各项扣分以该项分值为限。",
        "3．" + GRADE_LINE,
        "4．请于2026年11月30日前将本表电子版及佐证材料报送区总工会组织部，联系电话：0851-86621357。",
        "被考核单位（盖章）：____________________　　填表人：__________　　填表日期：______年____月____日",
    ], 4)
    header_row(ws, r, ["分值", "评分标准", "考核内容", "考核类别"])
    r += 1
    cats, items = [], []
    for name, pts, rows in sections:
        label = f"{name}（{pts}分）"
        cats.append(cat(name, float(pts), cell=f"D{r}"))
        for ipts, crit, text, spec in rows:
            for c, v in enumerate([ipts, crit, text, label], start=1):
                ws.cell(row=r, column=c, value=v)
            rule, extra = rule_extra(spec)
            items.append(item(name, None, text, float(ipts), criteria=crit, rule=rule, cell=f"A{r}", **extra))
            r += 1
        assert sum(x[0] for x in rows) == pts
    ws.cell(row=r, column=1, value=100)
    ws.cell(row=r, column=3, value="合计")
    wrap_columns(ws, (8, 44, 44, 16))
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    name = "s01_union_reversed_columns_category_every_row.xlsx"
    wb.save(HERE / name)
    gold("s01", [name], title, 2026, 100.0, cats, items, grades=GRADES,
         notes="a merged title row and a 填报说明 block (a bold `填报说明：` row and numbered lines, each merged across the "
               "sheet; the total and the grades are ONLY there) above the header; columns in REVERSED order 分值 | "
               "评分标准 | 考核内容 | 考核类别; the category cell `组织建设（25分）` is typed again on EVERY item row (never "
               "merged) — one category each, its points from that label (`cell` = its first row); items have no "
               "number (code null); the 合计 row has 100 in the 分值 column and `合计` in the 考核内容 column; the "
               "被考核单位 line is a blank to fill in")


# ----------------------------------------------------------------------------- s02


def s02():
    """xlsx (cached values), 机关: category subtotals and the 合计 are FORMULAS (`=SUM(D5:D7)`, `=D4+D8+D12`), one
    item's points are a typed formula `=5*4`; saved through LibreOffice so every formula carries its value."""
    title = "临川县发展和改革局2026年度科室目标管理考核评分表"
    sections = [
        ("一", "职能工作", 50, [
            ("重点项目谋划", "年度重点项目谋划入库", 15, "完成入库任务的得15分，每少1个项目扣1分，扣完为止",
             PO(-1, unit="个")),
            ("投资统计", "固定资产投资统计数据按季度报送", "=5*4", "按季度报送，每季度5分；逾期报送的该季度不得分",
             PO(5, unit="季度", cap=20.0)),
            ("价格监测", "重要商品价格监测数据按期报送", 15, "按时报送的得15分，数据差错每次扣1分", PO(-1, unit="次")),
        ]),
        ("二", "党建和作风", 30, [
            ("理论学习", "参加局党组理论学习中心组（扩大）学习", 10, "缺勤一次扣1分", PO(-1, unit="次")),
            ("党风廉政", "落实党风廉政建设“一岗双责”", 10, "由局纪检组综合评定", MA),
            ("作风效能", "服务对象评价良好，无效能投诉", 10, "被效能投诉查实的每次扣5分", PO(-5, unit="次")),
        ]),
        ("三", "综合事务", 20, [
            ("政务信息", "报送政务信息被县委、县政府采用", 8, "每被采用1条得2分，最高8分", PO(2, unit="条", cap=8.0)),
            ("安全保密", "落实安全保密制度", 6, "全年未发生失泄密事件的得6分", T),
            ("档案管理", "文件材料按时整理归档", 6, "按时归档的得6分，未按时归档的得3分", TI),
        ]),
    ]
    wb, ws = titled_sheet("考核评分表", title, 6)
    ws["A2"] = "考核科室：______________　　考核时间：2026年12月"
    ws.merge_cells("A2:F2")
    header_row(ws, 3, ["序号", "考核项目", "考核内容", "分值", "评分标准", "得分"])
    r, n = 4, 0
    cats, items, cat_rows = [], [], []
    for code, name, pts, rows in sections:
        first = r
        ws.cell(row=r, column=1, value=f"{code}、{name}").font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        ws.cell(row=r, column=4, value=f"=SUM(D{r + 1}:D{r + len(rows)})").font = Font(bold=True)
        cat_rows.append(r)
        cats.append(cat(name, float(pts), code=code, cell=f"D{r}", formula=f"=SUM(D{r + 1}:D{r + len(rows)})"))
        r += 1
        for short, text, ipts, crit, spec in rows:
            n += 1
            for c, v in enumerate([n, short, text, ipts, crit], start=1):
                ws.cell(row=r, column=c, value=v)
            rule, extra = rule_extra(spec)
            value = 20.0 if ipts == "=5*4" else float(ipts)
            more = {"formula_cell": ipts} if ipts == "=5*4" else {}
            items.append(item(name, str(n), short, value, criteria=crit, rule=rule, cell=f"D{r}",
                              description=text, **extra, **more))
            r += 1
        assert sum(20 if x[2] == "=5*4" else x[2] for x in rows) == pts, first
    ws.cell(row=r, column=1, value="合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    total_formula = "=" + "+".join(f"D{k}" for k in cat_rows)
    ws.cell(row=r, column=4, value=total_formula)
    note_rows(ws, r + 1, ["说明：" + GRADE_LINE + "各项扣分以该项分值为限。"], 6)
    wrap_columns(ws, (6, 14, 36, 8, 44, 8))
    name = "s02_office_sum_formula_subtotals_cached.xlsx"
    save_calculated(wb, name)
    gold("s02", [name], title, 2026, 100.0, cats, items, grades=GRADES, total_cell=f"D{r}",
         total_formula=total_formula,
         notes="every category subtotal is a FORMULA `=SUM(D5:D7)` in the category row's 分值 cell and the 合计 is "
               f"`{total_formula}`; item 2's points are a typed formula `=5*4` (20, `formula_cell`); the workbook is "
               "saved through LibreOffice so each formula cell HAS a cached value (50/30/20/100, 20) — a reader "
               "that takes formulas as text sees no number at all; items: text = the 考核项目 short name, "
               "`description` = the 考核内容 cell; `每季度5分` is +5 per 季度 capped by the item's 20")


# ----------------------------------------------------------------------------- s03


FULL = str.maketrans("0123456789.", "０１２３４５６７８９．")


def s03():
    """xlsx, 街道: 分值 cells stored as TEXT with spaces (`'  10 '`), FULL-WIDTH digits (`１０`, `１２．５`) and decimals
    (a real 2.5, a text `7.5`) beside real numbers; the category typed only on its first row, blank below, NOT merged."""
    title = "南浦街道2026年度社区平安建设工作考核评分表"
    # (text, points as it is typed into the cell, value, criteria, rule)
    sections = [
        ("矛盾纠纷化解", [
            ("每月开展矛盾纠纷排查并建立台账", "  10 ", 10, "每缺一个月台账扣1分", PO(-1, unit="月")),
            ("矛盾纠纷调解成功率达到95%以上", "１０", 10, "95%以上得满分，90%-95%得6分，90%以下不得分", TI),
            ("重点人员稳控措施落实到位", 2.5, 2.5, "落实到位的得2.5分，未落实的不得分", T),
            ("信访事项按期办结", "7.5", 7.5, "按期办结率100%得7.5分，每逾期一件扣1.5分", PO(-1.5, unit="件")),
        ]),
        ("治安防控", [
            ("群防群治队伍每周巡逻不少于2次", "１５", 15, "每少一次扣0.5分", PO(-0.5, unit="次")),
            ("视频监控探头完好率达到90%以上", " 10", 10, "达到的得10分，未达到的按完好率×10计分", PR("完好率×10")),
            ("出租房屋登记率达到100%", "１２．５", 12.5, "登记率100%得12.5分，每低1个百分点扣0.5分",
             PO(-0.5, unit="百分点")),
            ("电动自行车违规充电隐患整治", 2.5, 2.5, "发现一处未整改的扣0.5分，扣完为止", PO(-0.5, unit="处")),
        ]),
        ("平安宣传", [
            ("每季度开展平安建设宣传活动不少于1次", " 12 ", 12, "每少一次扣3分", PO(-3, unit="次")),
            ("群众安全感满意度测评", "１８", 18, "满意度95%以上得18分，90%-95%得12分，85%-90%得6分，85%以下不得分", TI),
        ]),
    ]
    wb, ws = titled_sheet("Sheet1", title, 5)
    header_row(ws, 2, ["考核类别", "序号", "考核内容", "分值", "评分标准"])
    r, n = 3, 0
    cats, items = [], []
    for name, rows in sections:
        ws.cell(row=r, column=1, value=name)
        cats.append(cat(name, None, cell=f"A{r}"))
        for text, typed, value, crit, spec in rows:
            n += 1
            ws.cell(row=r, column=2, value=n)
            ws.cell(row=r, column=3, value=text)
            c = ws.cell(row=r, column=4, value=typed)
            if isinstance(typed, str):
                c.number_format = "@"
            ws.cell(row=r, column=5, value=crit)
            rule, extra = rule_extra(spec)
            items.append(item(name, str(n), text, float(value), criteria=crit, rule=rule, cell=f"D{r}",
                              printed=str(typed), **extra))
            r += 1
    assert sum(v for _, rows in sections for _, _, v, _, _ in rows) == 100
    ws.cell(row=r, column=1, value="合计")
    c = ws.cell(row=r, column=4, value=" 100 ")
    c.number_format = "@"
    note_rows(ws, r + 1, ["备注：考核得分90分以上的社区评为平安建设先进社区，60分以下的为不达标社区。"], 5)
    wrap_columns(ws, (14, 6, 36, 8, 46))
    name = "s03_street_text_fullwidth_points_category_first_row_only.xlsx"
    wb.save(HERE / name)
    gold("s03", [name], title, 2026, 100.0, cats, items,
         grades=[{"name": "平安建设先进社区", "min_score": 90}, {"name": "不达标社区", "max_score": 60}],
         notes="the 分值 column mixes real numbers (2.5) with cells stored as TEXT (number format `@`): with spaces "
               "`'  10 '`, `' 10'`, `' 12 '`, full-width digits `'１０'`, `'１５'`, `'１８'`, a full-width decimal "
               "`'１２．５'` and a text decimal `'7.5'` (`printed` keeps each cell as typed); the 合计 is the text "
               "`' 100 '`; the category is typed only on its FIRST row and left blank below, with no merge — the "
               "blank rows belong to the category above; no category points are printed (null; their items add to "
               "30/40/30); the two closing grades are not contiguous (nothing named between 60 and 90)")


# ----------------------------------------------------------------------------- s04


def s04():
    """.xls, 医院: HIDDEN columns — C `2025年分值` (last year's points, also summing to 100) and G `备注（内部）` with
    remarks like `较上年调减5分`; the visible 分值 column D is this year's scheme."""
    title = "江夏区中心医院2026年度临床科室综合目标考核评分表"
    rows = [  # (indicator, standard, old points, points, criteria, rule, remark)
        ("病历质量", "甲级病历率≥90%", 20, 15, "每低1个百分点扣1分，扣完为止", PO(-1, unit="百分点"), "较上年调减5分"),
        ("不良事件上报", "每季度主动上报不良事件不少于3例", 10, 10, "每少1例扣1分", PO(-1, unit="例"), ""),
        ("院感防控", "手卫生依从率≥80%", 8, 10, "每低1个百分点扣0.5分", PO(-0.5, unit="百分点"), "较上年调增2分"),
        ("合理用药", "抗菌药物使用率≤50%", 12, 10, "达标的得10分，超出的不得分", T, "较上年调减2分"),
        ("平均住院日", "平均住院日≤8天", 10, 10, "8天以内得10分，8-9天得6分，超过9天不得分", TI, ""),
        ("费用控制", "次均住院费用增幅≤5%", 10, 10, "达标的得10分；每超1个百分点扣2分", PO(-2, unit="百分点"), ""),
        ("患者满意度", "出院患者满意度调查", 10, 10, "得分＝满意度×10", PR("满意度×10"), ""),
        ("教学科研", "在统计源期刊发表论文", 5, 10, "每篇得2分，最高10分", PO(2, unit="篇", cap=10.0), "较上年调增5分"),
        ("医德医风", "无收受红包回扣等行为", 15, 15, "由医德考评委员会综合评定", MA, ""),
    ]
    wb, ws = titled_sheet("科室考核", title, 7)
    header_row(ws, 2, ["序号", "考核指标", "2025年分值", "分值", "考核标准及评分方法", "得分", "备注（内部）"])
    items = []
    for r, (name, std, old, pts, crit, spec, remark) in enumerate(rows, start=3):
        for c, v in enumerate([r - 2, name, old, pts, f"{std}；{crit}", None, remark or None], start=1):
            if v is not None:
                ws.cell(row=r, column=c, value=v)
        rule, extra = rule_extra(spec)
        items.append(item(None, str(r - 2), name, float(pts), criteria=f"{std}；{crit}", rule=rule, cell=f"D{r}",
                          **extra))
    assert sum(x[3] for x in rows) == 100 and sum(x[2] for x in rows) == 100
    r = 3 + len(rows)
    ws.cell(row=r, column=1, value="合计")
    ws.cell(row=r, column=3, value=100)
    ws.cell(row=r, column=4, value=100)
    ws.cell(row=r, column=7, value="总分不变")
    note_rows(ws, r + 1, ["说明：考核结果按月通报，年度得分为各月平均分。" + GRADE_LINE], 7)
    wrap_columns(ws, (6, 14, 10, 8, 50, 8, 16))
    ws.column_dimensions["C"].hidden = True
    ws.column_dimensions["G"].hidden = True
    name = "s04_hospital_hidden_last_year_points_column.xls"
    to_legacy(wb.save, name.replace(".xls", ".xlsx"), "xls")
    gold("s04", [name], title, 2026, 100.0, [], items, grades=GRADES,
         scoring_note="年度得分为各月平均分",
         hidden_columns=["C", "G"],
         notes="legacy Excel 97 .xls (cells as laid out before conversion); column C `2025年分值` (last year's points, "
               "ALSO summing to 100) and column G `备注（内部）` (`较上年调减5分`…) are HIDDEN — not content of this "
               "year's scheme; the visible 分值 column D holds the points; each item's criteria = the 考核标准及评分方法 "
               "cell (target；rule); the 得分 column is a blank; the monthly average is a `scoring_note`")


# ----------------------------------------------------------------------------- s05


def s05():
    """xlsx (cached values), 乡镇: ONE SHEET PER DEPARTMENT with the same layout and the same items — only the
    `考核对象：…` line differs; the 合计 is `=SUM(C4:C10)` in each sheet."""
    title = "白石镇人民政府2026年度机关站所目标考核评分表"
    departments = ["党政办", "经济发展办", "社会事务办"]
    sections = [
        ("共性工作", 40, [
            ("党风廉政建设", 10, "落实一岗双责，无违纪违规的得10分；科室人员受党纪政务处分的每人次扣5分",
             PO(-5, unit="人次")),
            ("作风纪律", 10, "考勤抽查发现缺岗的每人次扣1分", PO(-1, unit="人次")),
            ("信息宣传", 10, "在县级以上媒体刊发信息每篇得1分，最高10分", PO(1, unit="篇", cap=10.0)),
            ("档案管理", 10, "资料按时归档、规范整理的得10分，未按时归档的不得分", T),
        ]),
        ("业务工作", 60, [
            ("年度目标任务完成", 30, "完成全部年度目标任务的得30分；完成80%以上的得20分；完成80%以下的不得分", TI),
            ("上级部门考核排名", 20, "在县级对口部门考核中排名前三的得20分，排名居中的得12分，排名后三位的得5分", TI),
            ("群众满意度", 10, "得分＝群众满意度×10", PR("群众满意度×10")),
        ]),
    ]
    wb, ws = titled_sheet(departments[0], title, 5)
    for k, dept in enumerate(departments):
        if k:
            ws = wb.create_sheet(dept)
            ws["A1"] = title
            ws["A1"].font = Font(bold=True, size=14)
            ws.merge_cells("A1:E1")
        ws["A2"] = f"考核对象：{dept}　　　　考核年度：2026年　　　　考核组：____________"
        ws.merge_cells("A2:E2")
        header_row(ws, 3, ["考核类别", "考核内容", "分值", "评分标准", "得分"])
        r = 4
        cats, items = [], []
        for name, pts, rows in sections:
            first = r
            for text, ipts, crit, spec in rows:
                for c, v in enumerate([None, text, ipts, crit], start=1):
                    if v is not None:
                        ws.cell(row=r, column=c, value=v)
                rule, extra = rule_extra(spec)
                items.append(item(name, None, text, float(ipts), criteria=crit, rule=rule, cell=f"C{r}", **extra))
                r += 1
            ws.cell(row=first, column=1, value=f"{name}\n（{pts}分）")
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            cats.append(cat(name, float(pts), cell=f"A{first}"))
            assert sum(x[1] for x in rows) == pts
        ws.cell(row=r, column=1, value="合计")
        ws.cell(row=r, column=3, value=f"=SUM(C4:C{r - 1})")
        note_rows(ws, r + 1, ["说明：1．各站所分别填写本站所工作表，镇考核办汇总。", "2．" + GRADE_LINE], 5)
        wrap_columns(ws, (12, 24, 8, 52, 8))
    name = "s05_township_one_sheet_per_department.xlsx"
    save_calculated(wb, name)
    gold("s05", [name], title, 2026, 100.0, cats, items, grades=GRADES,
         sheets=departments, total_formula="=SUM(C4:C10)",
         notes="ONE SHEET PER DEPARTMENT (党政办 / 经济发展办 / 社会事务办) with the SAME layout and the SAME items: "
               "only the `考核对象：…` line differs, so the scheme is ONE scheme of 7 items (the sheets are copies to "
               "fill in, not three schemes and not 21 items); `cell` refers to any of the sheets; category cells "
               "`共性工作\\n（40分）` merged down; the 合计 `=SUM(C4:C10)` has a cached value (saved through "
               "LibreOffice)")


# ----------------------------------------------------------------------------- s06


def s06():
    """.xls, 应急: cells broken by Alt+Enter LINE BREAKS — category cells `安全\\n责任\\n落实\\n（25分）` in a narrow
    column, item names broken mid-word `隐患排查\\n治理`, criteria cells holding two sentences on two lines."""
    title = "清河县应急管理局2026年度乡镇（街道）安全生产工作考核表"
    sections = [
        ("安全\n责任\n落实\n（25分）", "安全责任落实", 25, [
            ("党政同责\n一岗双责", 10, "乡镇党委、政府主要负责人每季度研究安全生产工作不少于1次；\n每少1次扣2.5分",
             PO(-2.5, unit="次")),
            ("安全生产\n责任清单", 8, "制定领导班子成员安全生产责任清单的得8分；\n未制定的不得分", T),
            ("安委会\n运行", 7, "安委会每半年召开全体会议1次，\n每少1次扣3.5分", PO(-3.5, unit="次")),
        ]),
        ("隐患\n排查\n治理\n（40分）", "隐患排查治理", 40, [
            ("重点行业\n领域检查", 15, "对辖区危化、建筑施工、消防重点单位每季度检查全覆盖；\n发现一家未覆盖扣1分",
             PO(-1, unit="家")),
            ("隐患整改\n闭环", 15, "得分＝按期整改隐患数÷\n排查隐患总数×15", PR("按期整改隐患数÷排查隐患总数×15")),
            ("打非\n治违", 10, "开展打非治违专项行动，\n由考核组查阅台账综合评定", MA),
        ]),
        ("应急\n救援\n（20分）", "应急救援", 20, [
            ("应急预案\n及演练", 10, "修订完善应急预案的得4分；\n每半年组织演练1次，每次得3分", CO),
            ("应急队伍\n和物资", 10, "建立不少于20人的应急队伍的得5分；\n应急物资储备台账完整的得5分", CO),
        ]),
        ("宣传\n培训\n（15分）", "宣传培训", 15, [
            ("安全宣传\n进企业", 8, "每季度开展1次，\n每次得2分", PO(2, unit="次", cap=8.0)),
            ("从业人员\n培训", 7, "培训覆盖率100%得7分，\n每低5个百分点扣1分", PO(-1, unit="5个百分点")),
        ]),
    ]
    wb, ws = titled_sheet("考核表", title, 5)
    header_row(ws, 2, ["考核\n项目", "序号", "考核\n内容", "分值", "评分标准"])
    r, n = 3, 0
    cats, items = [], []
    for label, name, pts, rows in sections:
        first = r
        for text, ipts, crit, spec in rows:
            n += 1
            for c, v in enumerate([None, n, text, ipts, crit], start=1):
                if v is not None:
                    ws.cell(row=r, column=c, value=v)
            rule, extra = rule_extra(spec)
            items.append(item(name, str(n), text.replace("\n", ""), float(ipts), criteria=crit.replace("\n", ""),
                              rule=rule, cell=f"D{r}", **extra))
            r += 1
        ws.cell(row=first, column=1, value=label)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        cats.append(cat(name, float(pts), cell=f"A{first}", printed=label))
        assert sum(x[1] for x in rows) == pts
    ws.cell(row=r, column=1, value="合计")
    ws.cell(row=r, column=4, value=100)
    note_rows(ws, r + 1, ["备注：1．发生较大及以上生产安全责任事故的，年度考核实行一票否决。",
                          "2．考核得分90分以上为优秀，75分至89分为良好，60分至74分为合格，60分以下为不合格。"], 5)
    wrap_columns(ws, (6, 5, 12, 6, 40))
    for row in ws.iter_rows(min_row=3):
        row[0].alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    name = "s06_emergency_alt_enter_wrapped_cells.xls"
    to_legacy(wb.save, name.replace(".xls", ".xlsx"), "xls")
    gold("s06", [name], title, 2026, 100.0, cats, items,
         grades=bands(("优秀", 90), ("良好", 75), ("合格", 60), ("不合格", None)),
         veto=[{"text": "发生较大及以上生产安全责任事故的", "effect": "年度考核实行一票否决"}],
         veto_effect="年度考核实行一票否决",
         notes="legacy Excel 97 .xls; cells typed with Alt+Enter LINE BREAKS: the category cells in a narrow column "
               "break the name every two characters and put the points on their own line (`安全\\n责任\\n落实\\n"
               "（25分）`, `printed` keeps it); item names break mid-word (`隐患排查\\n治理` style) and criteria cells "
               "put their second sentence on a new line; gold text/criteria/category names are the cell text with the "
               "line breaks removed (nothing else changed); even the header cells are `考核\\n项目`; item 7/8 "
               "(`…的得4分；每次得3分` / `…得5分；…得5分`) are components")


# ----------------------------------------------------------------------------- s07


def s07():
    """xlsx, 卫健: under the 合计 row of the same sheet, a `加分项（最高加5分）` block and a `扣分项` block, each a
    merged section row with its own sub-header (序号 | 加分内容 | 加分标准) in the same columns as the scheme."""
    title = "东岭县卫生健康局2026年度村卫生室规范化管理考核表"
    rows = [
        ("基本公共卫生服务", "按要求完成辖区居民健康档案建档、慢病患者随访", 25, "得分＝任务完成率×25",
         PR("任务完成率×25")),
        ("基本医疗服务", "常见病、多发病诊疗规范，处方书写合格", 20, "抽查处方10张，每张不合格扣2分", PO(-2, unit="张")),
        ("药品管理", "实行药品零差率销售，无过期失效药品", 15, "发现过期失效药品的本项不得分", T),
        ("院感管理", "医疗废物分类收集、交接登记完整", 15, "登记不完整的每次扣1分", PO(-1, unit="次")),
        ("房屋设备", "诊室、治疗室、药房三室分开，基本设备完好", 10, "三室分开的得5分，设备完好的得5分", CO),
        ("信息报送", "按时报送月报表和传染病疫情信息", 15, "每迟报、漏报一次扣3分", PO(-3, unit="次")),
    ]
    bonus = [("获评县级以上优秀村卫生室", "县级加2分，市级加3分，省级加5分", "lookup",
              {"levels": {"县级": 2.0, "市级": 3.0, "省级": 5.0}}),
             ("乡村医生在县级以上技能竞赛中获奖", "每人次加1分", "per_occurrence", {"per_occurrence": 1.0, "unit": "人次"})]
    deductions = [("发生医疗纠纷经调解需赔偿的", "每起扣3分", {"per_occurrence": -3.0, "unit": "起"}),
                  ("被群众有效投诉的", "每次扣1分", {"per_occurrence": -1.0, "unit": "次"}),
                  ("违规使用医保基金被查实的", "每次扣5分", {"per_occurrence": -5.0, "unit": "次"})]
    wb, ws = titled_sheet("考核表", title, 5)
    ws["A2"] = "村卫生室名称：________________　　考核日期：______年____月____日"
    ws.merge_cells("A2:E2")
    header_row(ws, 3, ["序号", "考核项目", "考核内容", "分值", "考核标准"])
    items = []
    r = 4
    for k, (short, text, pts, crit, spec) in enumerate(rows, start=1):
        for c, v in enumerate([k, short, text, pts, crit], start=1):
            ws.cell(row=r, column=c, value=v)
        rule, extra = rule_extra(spec)
        items.append(item(None, str(k), short, float(pts), criteria=crit, rule=rule, cell=f"D{r}", description=text,
                          **extra))
        r += 1
    assert sum(x[2] for x in rows) == 100
    ws.cell(row=r, column=1, value="合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(row=r, column=4, value=100)
    r += 2
    ws.cell(row=r, column=1, value="加分项（最高加5分）").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    header_row(ws, r + 1, ["序号", "加分内容", None, None, "加分标准"])
    ws.merge_cells(start_row=r + 1, start_column=2, end_row=r + 1, end_column=4)
    r += 2
    bonus_entries = []
    for k, (text, crit, rule, extra) in enumerate(bonus, start=1):
        ws.cell(row=r, column=1, value=k)
        ws.cell(row=r, column=2, value=text)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.cell(row=r, column=5, value=crit)
        bonus_entries.append({"section": "加分项", "code": str(k), "text": text, "criteria": crit, "rule": rule, **extra})
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="扣分项（从考核总分中扣除，不设上限）").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    header_row(ws, r + 1, ["序号", "扣分内容", None, None, "扣分标准"])
    ws.merge_cells(start_row=r + 1, start_column=2, end_row=r + 1, end_column=4)
    r += 2
    deduction_entries = []
    for k, (text, crit, extra) in enumerate(deductions, start=1):
        ws.cell(row=r, column=1, value=k)
        ws.cell(row=r, column=2, value=text)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.cell(row=r, column=5, value=crit)
        deduction_entries.append({"section": "扣分项", "code": str(k), "text": text, "criteria": crit, **extra})
        r += 1
    note_rows(ws, r + 1, ["考核结果：最终得分＝考核得分＋加分－扣分。" + GRADE_LINE], 5)
    wrap_columns(ws, (6, 18, 40, 8, 40))
    name = "s07_health_bonus_deduction_blocks_under_total.xlsx"
    wb.save(HERE / name)
    gold("s07", [name], title, 2026, 100.0, [], items, grades=GRADES, bonus=bonus_entries,
         deductions=deduction_entries, bonus_cap=5.0,
         notes="under the 合计 row of the SAME sheet, after an empty row: a merged `加分项（最高加5分）` row with its own "
               "sub-header (序号 | 加分内容 | 加分标准, the content merged over three columns), then a merged `扣分项"
               "（从考核总分中扣除，不设上限）` block of the same shape; their 序号 restart at 1 and they are bonus / "
               "deduction entries, never items (the 100 excludes them); the award-level line is one lookup bonus; the "
               "bonus cap 5 is only in the block's title; items: text = 考核项目, `description` = 考核内容")


# ----------------------------------------------------------------------------- s08


def s08():
    """.xls, 学校: a two-row header whose blank columns are grouped — `学校自评` over 自评分 | 自评依据 and `考核组评估`
    over 评估分 | 扣分原因; each item cell is `requirement。rule。`; category rows merged across."""
    title = "安宁区教育局2026年中小学校园安全工作考核评估表"
    sections = [
        ("一", "安全管理", 30, [
            ("组织机构", "成立以校长为组长的安全工作领导小组，分工明确。", "未成立的不得分，分工不明确的扣2分。", 6, TI),
            ("安全制度", "建立门卫、值班、消防、食品等安全管理制度。", "每缺一项制度扣2分。", 8, PO(-2, unit="项")),
            ("隐患排查", "每月开展一次校园安全隐患排查并建立台账。", "缺一次扣1分。", 8, PO(-1, unit="次")),
            ("安全责任书", "与全体教职工签订安全责任书。", "每少签1人扣0.5分。", 8, PO(-0.5, unit="人")),
        ]),
        ("二", "设施设备", 30, [
            ("校门安防", "校门设置防冲撞设施，配备专职保安不少于2名。", "未设置防冲撞设施扣5分，保安不足的扣5分。", 10, CO),
            ("消防设施", "灭火器、消火栓等消防设施完好有效。", "发现一处失效扣1分。", 10, PO(-1, unit="处")),
            ("视频监控", "重点部位视频监控全覆盖，录像保存不少于30天。", "未全覆盖扣5分，保存不足30天扣3分。", 10, CO),
        ]),
        ("三", "安全教育", 40, [
            ("安全教育课", "每月开设安全教育课不少于1课时。", "按开课率×15计分。", 15, PR("开课率×15")),
            ("应急演练", "每学期组织应急疏散演练不少于2次。", "每少一次扣5分。", 15, PO(-5, unit="次")),
            ("家校共育", "通过家长会、家长学校开展安全宣传。", "由考核组综合评定。", 10, MA),
        ]),
    ]
    wb, ws = titled_sheet("评估表", title, 8)
    ws["A2"] = "学校名称（盖章）：____________________　　评估日期：______年____月____日"
    ws.merge_cells("A2:H2")
    for c, h in enumerate(["序号", "评估项目", "评估内容及评分标准", "分值"], start=1):
        ws.cell(row=3, column=c, value=h).font = Font(bold=True)
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.cell(row=3, column=5, value="学校自评").font = Font(bold=True)
    ws.merge_cells("E3:F3")
    ws.cell(row=3, column=7, value="考核组评估").font = Font(bold=True)
    ws.merge_cells("G3:H3")
    for c, h in enumerate(["自评分", "自评依据", "评估分", "扣分原因"], start=5):
        ws.cell(row=4, column=c, value=h).font = Font(bold=True)
    r, n = 5, 0
    cats, items = [], []
    for code, name, pts, rows in sections:
        ws.cell(row=r, column=1, value=f"{code}、{name}（{pts}分）").font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        cats.append(cat(name, float(pts), code=code, cell=f"A{r}"))
        r += 1
        for short, req, crit, ipts, spec in rows:
            n += 1
            for c, v in enumerate([n, short, req + crit, ipts], start=1):
                ws.cell(row=r, column=c, value=v)
            rule, extra = rule_extra(spec)
            items.append(item(name, str(n), short, float(ipts), criteria=crit.rstrip("。"), rule=rule, cell=f"D{r}",
                              description=req.rstrip("。"), **extra))
            r += 1
        assert sum(x[3] for x in rows) == pts
    ws.cell(row=r, column=1, value="合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(row=r, column=4, value=100)
    r = note_rows(ws, r + 1, ["说明：1．发生师生非正常死亡责任事故的，考核结果直接评定为不合格。",
                              "2．" + GRADE_LINE], 8)
    ws.cell(row=r + 1, column=1, value="校长签字：__________　　　考核组长签字：__________")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=8)
    wrap_columns(ws, (6, 12, 46, 6, 8, 14, 8, 14))
    name = "s08_school_two_row_blank_self_and_review_columns.xls"
    to_legacy(wb.save, name.replace(".xls", ".xlsx"), "xls")
    gold("s08", [name], title, 2026, 100.0, cats, items, grades=GRADES,
         veto=[{"code": "1", "text": "发生师生非正常死亡责任事故的", "effect": "考核结果直接评定为不合格"}],
         veto_effect="考核结果直接评定为不合格",
         notes="legacy Excel 97 .xls; a TWO-ROW header: 序号/评估项目/评估内容及评分标准/分值 merged down over both rows, "
               "`学校自评` merged over 自评分 | 自评依据 and `考核组评估` over 评估分 | 扣分原因 — all four BLANK columns "
               "to fill in; each 评估内容 cell is `requirement。rule。` (item text = the 评估项目 short name, "
               "`description` = the requirement, criteria = the rule sentence); category rows `一、安全管理（30分）` "
               "merged across all eight columns; `未设置…扣5分，…扣5分` / `未全覆盖扣5分，…扣3分` are components "
               "(deductions for independent failings); `30天` is a retention period")


# ----------------------------------------------------------------------------- s09


def s09():
    """docx, 民政: a SELF-EVALUATION form (自评表): item numbers `1-1`, `1-2`, `2-1`…, points in a 分值 column, an
    EMPTY 自评得分 column and a 自评说明 column holding prompts (`请注明使用面积（㎡）`)."""
    title = "长乐社区居家养老服务站2026年度运营情况自评表"
    sections = [
        ("一", "场地设施", 20, [
            ("1-1", "服务站使用面积不少于200平方米，设置助餐、休息、康复功能区；面积达标得4分，功能区齐全得4分", 8, CO,
             "请注明使用面积（㎡）及功能区名称"),
            ("1-2", "无障碍设施完备，配备消防器材；全部达到的得6分，否则不得分", 6, T, "请附现场照片"),
            ("1-3", "公示服务项目、收费标准和投诉电话；每缺一项扣2分", 6, PO(-2, unit="项"), "请列出公示内容"),
        ]),
        ("二", "服务开展", 50, [
            ("2-1", "提供助餐服务，每周不少于5天；每周5天以上得15分，3-4天得10分，3天以下得5分", 15, TI,
             "请填写每周助餐天数及日均就餐人数"),
            ("2-2", "开展上门探访，独居老人每月探访不少于2次；抽查10户，每户不达标扣1.5分", 15, PO(-1.5, unit="户"),
             "请填写独居老人户数及全年探访人次"),
            ("2-3", "组织文化娱乐、健康讲座等活动；每月1次以上得10分，每少1次扣1分", 10, PO(-1, unit="次"),
             "请列出全年活动次数"),
            ("2-4", "建立服务对象档案，做到一人一档；得分＝档案完整率×10", 10, PR("档案完整率×10"),
             "请填写建档人数"),
        ]),
        ("三", "运营管理", 30, [
            ("3-1", "配备专职工作人员不少于3名并持证上岗；每少1名扣3分", 10, PO(-3, unit="名"),
             "请填写工作人员姓名及证书编号"),
            ("3-2", "财务收支独立核算、账目清楚；由评估组查阅账目后评定", 10, MA, "请附2026年度收支明细"),
            ("3-3", "服务对象满意度达到90%以上；90%以上得10分，80%-90%得6分，80%以下不得分", 10, TI,
             "请附满意度调查汇总表"),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["服务站名称：______________________　　运营机构：______________________　　填表日期：______年____月____日"])
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["编号", "评估内容及评分标准", "分值", "自评得分", "自评说明"]):
        set_cell(t.cell(0, c), h, bold=True)
    cats, items = [], []
    for code, name, pts, rows in sections:
        row = t.add_row()
        cell = row.cells[0].merge(row.cells[-1])
        set_cell(cell, f"{code}、{name}（{pts}分）", bold=True)
        cats.append(cat(name, float(pts), code=code))
        for num, content, ipts, spec, prompt in rows:
            row = t.add_row()
            for c, v in enumerate([num, content, g(ipts), "", prompt]):
                set_cell(row.cells[c], v)
            text, crit = content.split("；", 1)
            rule, extra = rule_extra(spec)
            items.append(item(name, num, text, float(ipts), criteria=crit, rule=rule, self_note_prompt=prompt,
                              **extra))
        assert sum(x[2] for x in rows) == pts
    row = t.add_row()
    set_cell(row.cells[0], "合计")
    set_cell(row.cells[2], "100")
    paragraphs(d, ["填表说明：",
                   "1．请服务站对照评估内容逐项自评，在“自评得分”栏填写得分，在“自评说明”栏按提示填写有关情况并附佐证材料。",
                   "2．评估结果分为优秀（90分以上）、良好（75-89分）、合格（60-74分）和不合格（60分以下）四个等次。",
                   "3．自评表请于2026年12月10日前报街道社会事务办。",
                   "服务站负责人（签字）：____________　　　　　社区居委会（盖章）"])
    name = "s09_civil_affairs_self_evaluation_hyphen_codes.docx"
    d.save(HERE / name)
    gold("s09", [name], title, 2026, 100.0, cats, items,
         grades=bands(("优秀", 90), ("良好", 75), ("合格", 60), ("不合格", None)),
         notes="a BLANK self-evaluation form (自评表) IS the scheme: 编号 | 评估内容及评分标准 | 分值 | 自评得分 (EMPTY) | "
               "自评说明 (a PROMPT per row, `请注明使用面积（㎡）…`, kept as `self_note_prompt`, never criteria); item "
               "numbers `1-1`, `1-2`, `2-1` (category-item, hyphenated; code as printed); each 评估内容 cell is "
               "`requirement；rule` — text = the part before the first `；`, criteria = the rest; category rows "
               "`一、场地设施（20分）` merged across; grades only in 填表说明 2")


# ----------------------------------------------------------------------------- s10


def s10():
    """.doc, 企业 质量: the table is split at a PAGE BREAK into a second table headed `续表`, whose header row is
    TYPED AGAIN, and whose first category cell reads `三、过程控制（续）` (its points only in the first table)."""
    title = "华岳建材集团2026年度子公司质量管理考核评分表"
    sections = [
        ("一", "质量体系", 20, [
            ("质量管理体系认证", "质量管理体系认证证书在有效期内", 8, "证书有效的得8分，失效的不得分", T),
            ("质量目标分解", "质量目标分解到车间、班组", 6, "分解到班组的得6分，只分解到车间的得3分", TI),
            ("管理评审", "每年开展一次管理评审", 6, "未开展的不得分", T),
        ]),
        ("二", "原材料管理", 20, [
            ("供应商评价", "每年对合格供应商进行评价", 8, "每缺一家供应商的评价记录扣1分", PO(-1, unit="家")),
            ("进厂检验", "原材料每批次进厂检验", 12, "漏检一批扣2分，扣完为止", PO(-2, unit="批")),
        ]),
        ("三", "过程控制", 35, [
            ("工艺纪律检查", "每月开展工艺纪律检查不少于2次", 10, "每少1次扣2分", PO(-2, unit="次")),
            ("关键工序控制", "关键工序工艺参数记录完整", 10, "得分＝参数记录完整率×10", PR("参数记录完整率×10")),
            ("计量器具管理", "计量器具按期检定", 7, "发现超期使用的每台扣1分", PO(-1, unit="台")),
            ("不合格品处置", "不合格品标识、隔离、评审规范", 8, "由考核组现场评定", MA),
        ]),
        ("四", "产品检验", 25, [
            ("出厂检验", "出厂检验合格率100%", 10, "每低0.1个百分点扣1分", PO(-1, unit="0.1个百分点")),
            ("监督抽查", "国家、省级产品质量监督抽查合格", 10, "抽查合格的得10分；不合格的本项不得分", T),
            ("质量投诉处理", "质量投诉处理及时率100%", 5, "每延误处理一起扣1分", PO(-1, unit="起")),
        ]),
    ]
    header = ["序号", "考核项目", "考核内容", "分值", "评分办法"]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["集团质量管理部每年12月对各子公司开展质量管理考核，考核满分100分，评分办法见下表。"])
    split_after = 7  # the page breaks after item 7 (inside 三、过程控制)
    cats, items = [], []
    tables, n = [], 0

    def new_table():
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in enumerate(header):
            set_cell(t.cell(0, c), h, bold=True)
        tables.append(t)
        return t

    t = new_table()
    for code, name, pts, rows in sections:
        cats.append(cat(name, float(pts), code=code))
        first, label = len(t.rows), f"{code}、{name}（{pts}分）"
        for short, text, ipts, crit, spec in rows:
            n += 1
            row = t.add_row()
            for c, v in enumerate([str(n), "", f"{short}：{text}", g(ipts), crit]):
                set_cell(row.cells[c], v)
            rule, extra = rule_extra(spec)
            items.append(item(name, str(n), short, float(ipts), criteria=crit, rule=rule, description=text, **extra))
            if n == split_after:  # close this table at the page break; the category goes on as `（续）`
                merge_down(t, 1, first, len(t.rows) - 1, label)
                p = d.add_paragraph()
                p.add_run().add_break(WD_BREAK.PAGE)
                d.add_paragraph("续表")
                t = new_table()
                first, label = 1, f"{code}、{name}（续）"
        if first <= len(t.rows) - 1:
            merge_down(t, 1, first, len(t.rows) - 1, label)
        assert sum(x[2] for x in rows) == pts
    row = t.add_row()
    set_cell(row.cells[0], "合计")
    set_cell(row.cells[3], "100")
    paragraphs(d, ["发生重大质量事故或被省级以上监管部门通报的，年度质量考核实行一票否决。",
                   "考核得分90分以上为A级，75分至89分为B级，60分至74分为C级，60分以下为D级。",
                   "华岳建材集团质量管理部", "2026年3月2日"])
    name = "s10_company_continued_table_retyped_header.doc"
    to_legacy(d.save, name.replace(".doc", ".docx"), "doc")
    gold("s10", [name], title, 2026, 100.0, cats, items,
         grades=bands(("A级", 90), ("B级", 75), ("C级", 60), ("D级", None)),
         veto=[{"text": "发生重大质量事故或被省级以上监管部门通报的", "effect": "年度质量考核实行一票否决"}],
         veto_effect="年度质量考核实行一票否决",
         notes="legacy Word 97 .doc; the scoring table is split by a PAGE BREAK into TWO tables: the second is headed by a "
               "paragraph `续表` and its header row is TYPED AGAIN (a plain row, not a repeating header); category "
               "三 runs across the break: `三、过程控制（35分）` merged over items 6–7 in the first table and "
               "`三、过程控制（续）` over items 8–9 in the second — one category of 35 holding items 6–9 (the header "
               "row and `续表` are not content); items: text = the name before `：` in the 考核内容 cell, "
               "`description` = the rest; item numbers run on 1…12 across both tables")


# ----------------------------------------------------------------------------- s11


CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def s11():
    """docx+pdf, 农村: ①②③ as the item numbers in the 序号 column, RESTARTING in every category; category cells
    `庭院整洁\\n（30分）` merged down."""
    title = "丰收村2026年度“美丽庭院”创建评比评分表"
    sections = [
        ("庭院整洁", 30, [
            ("院内地面硬化或绿化，无杂草杂物", 10, "达到的得10分，基本达到的得6分，未达到的不得分", TI),
            ("农具、柴草堆放整齐", 10, "堆放整齐的得10分，较乱的得5分", TI),
            ("无乱搭乱建", 10, "发现乱搭乱建的本项不得分", T),
        ]),
        ("室内卫生", 25, [
            ("室内物品摆放有序，无异味", 10, "由评比小组入户查看评定", MA),
            ("厨房、卫生间干净整洁", 15, "厨房、卫生间各7.5分，不达标的扣除相应分值", CO),
        ]),
        ("绿化美化", 25, [
            ("庭院种植花草果木", 15, "种植面积占可绿化面积50%以上得15分，30%-50%得10分，30%以下得5分", TI),
            ("房前屋后无积水、无卫生死角", 10, "发现一处卫生死角扣2分", PO(-2, unit="处")),
        ]),
        ("文明新风", 20, [
            ("家庭成员遵守村规民约", 10, "有违反村规民约被通报的本项不得分", T),
            ("参与垃圾分类和志愿服务", 10, "每参加一次志愿服务得2分，最高10分", PO(2, unit="次", cap=10.0)),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["评比由村“两委”组织评比小组入户评分，满分100分。农户姓名：__________　门牌号：______"])
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["类别", "序号", "评比内容", "分值", "评分细则"]):
        set_cell(t.cell(0, c), h, bold=True)
    cats, items = [], []
    for name, pts, rows in sections:
        first = len(t.rows)
        for k, (text, ipts, crit, spec) in enumerate(rows):
            row = t.add_row()
            for c, v in enumerate(["", CIRCLED[k], text, g(ipts), crit]):
                set_cell(row.cells[c], v)
            rule, extra = rule_extra(spec)
            items.append(item(name, CIRCLED[k], text, float(ipts), criteria=crit, rule=rule, **extra))
        merge_down(t, 0, first, len(t.rows) - 1, f"{name}\n（{pts}分）")
        cats.append(cat(name, float(pts)))
        assert sum(x[1] for x in rows) == pts
    row = t.add_row()
    set_cell(row.cells[0], "合计")
    set_cell(row.cells[3], "100")
    paragraphs(d, ["得分90分以上的评为“五星美丽庭院”，80分至89分的评为“四星美丽庭院”，70分至79分的评为“三星美丽庭院”。",
                   "丰收村村民委员会", "2026年5月6日"])
    name = "s11_village_circled_numbers_restart_per_category.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, True))
    gold("s11", [name, name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         grades=[{"name": "五星美丽庭院", "min_score": 90}, {"name": "四星美丽庭院", "min_score": 80, "max_score": 89},
                 {"name": "三星美丽庭院", "min_score": 70, "max_score": 79}],
         notes="the 序号 column holds CIRCLED numbers ①②③ as the ITEM numbers (not sub-items), RESTARTING at ① in "
               "every category (code = the circled figure; (category, code) is unique, code alone is not); category "
               "cells `庭院整洁\\n（30分）` merged down; `厨房、卫生间各7.5分` is components of the one 15-point item")


# ----------------------------------------------------------------------------- s12


def s12():
    """xlsx+pdf (printed from the sheet), 物业: a rating form whose 优 | 良 | 中 | 差 columns hold each level's points
    PER ROW (10|8|6|3, 15|12|9|5, 5|4|3|1) under a merged `评价等级及分值` header; no 分值 column."""
    title = "新港物业服务有限公司2026年度项目经理综合测评表"
    sections = [
        ("工作业绩", [("物业费收缴率", "收缴率达到年度目标", (15, 12, 9, 5)),
                      ("客户满意度", "业主满意度调查结果", (15, 12, 9, 5)),
                      ("成本控制", "项目运行成本控制在预算内", (10, 8, 6, 3))]),
        ("管理能力", [("团队管理", "员工队伍稳定，分工合理", (10, 8, 6, 3)),
                      ("制度执行", "公司各项管理制度执行到位", (10, 8, 6, 3)),
                      ("应急处置", "突发事件响应及时、处置得当", (10, 8, 6, 3))]),
        ("职业素养", [("服务意识", "主动服务，投诉处理及时", (10, 8, 6, 3)),
                      ("廉洁自律", "无吃拿卡要等行为", (10, 8, 6, 3)),
                      ("学习创新", "参加公司培训，提出改进建议", (5, 4, 3, 1)),
                      ("沟通协调", "与业委会、社区沟通顺畅", (5, 4, 3, 1))]),
    ]
    levels = ("优", "良", "中", "差")
    wb, ws = titled_sheet("测评表", title, 7)
    ws["A2"] = "被测评人：__________　　所在项目：______________　　测评人：__________"
    ws.merge_cells("A2:G2")
    for c, h in enumerate(["测评维度", "测评项目", "测评要点"], start=1):
        ws.cell(row=3, column=c, value=h).font = Font(bold=True)
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.cell(row=3, column=4, value="评价等级及分值").font = Font(bold=True)
    ws.merge_cells("D3:G3")
    for c, lv in enumerate(levels, start=4):
        ws.cell(row=4, column=c, value=lv).font = Font(bold=True)
    r = 5
    cats, items = [], []
    for name, rows in sections:
        first = r
        for text, point, pts in rows:
            ws.cell(row=r, column=2, value=text)
            ws.cell(row=r, column=3, value=point)
            for c, v in enumerate(pts, start=4):
                ws.cell(row=r, column=c, value=v)
            items.append(item(name, None, text, float(pts[0]), criteria=point, rule="tiers",
                              levels=dict(zip(levels, map(float, pts))), cell=f"D{r}"))
            r += 1
        ws.cell(row=first, column=1, value=name)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        cats.append(cat(name, None, cell=f"A{first}"))
    assert sum(i["points"] for i in items) == 100
    ws.cell(row=r, column=1, value="合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(row=r, column=4, value=100)
    note_rows(ws, r + 1, ["说明：1．测评人在每个测评项目对应的等级分值上打“√”，各项所选分值之和为测评得分，满分100分。",
                          "2．测评得分85分以上为优秀，70分至84分为称职，60分至69分为基本称职，60分以下为不称职。"], 7)
    wrap_columns(ws, (10, 12, 30, 6, 6, 6, 6))
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    name = "s12_company_level_points_columns_per_row.xlsx"
    wb.save(HERE / name)
    PDF_SOURCES.append((name, True))
    gold("s12", [name, name.replace(".xlsx", ".pdf")], title, 2026, 100.0, cats, items,
         grades=bands(("优秀", 85), ("称职", 70), ("基本称职", 60), ("不称职", None)),
         notes="NO 分值 column: a merged `评价等级及分值` header over four level columns 优 | 良 | 中 | 差, each row holding "
               "ITS OWN level points (10|8|6|3, 15|12|9|5, 5|4|3|1); each row is one item, rule tiers, `levels` = the "
               "row's four figures, points = the 优 figure (the 合计 100 sits under 优); dimensions merged down with no "
               "points (null); the PDF is the sheet printed by LibreOffice (landscape, fitted to the page width)")


# ----------------------------------------------------------------------------- s13


def s13():
    """xlsx (cached values), 机关: NOT a scheme — a monthly 绩效工资 calculation sheet: each person's 考核得分
    (`96.5`), 扣分情况 (`迟到2次扣1分`), a coefficient and formulas computing the pay."""
    title = "石门县自然资源局2026年3月机关工作人员绩效工资核算表"
    people = [("周文斌", "办公室", 96.5, "", 1.1), ("陈晓雯", "财务股", 92, "", 1.0),
              ("黄志远", "规划股", 88, "迟到2次扣1分，信息报送逾期扣1分", 1.0),
              ("刘海燕", "耕保股", 95, "", 1.1), ("邓家豪", "执法大队", 83.5, "工作任务逾期扣3分", 0.9)]
    wb, ws = titled_sheet("3月", title, 8)
    ws["A2"] = "单位：元　　　　核算月份：2026年3月　　　　绩效工资基数：1800元/人"
    ws.merge_cells("A2:H2")
    header_row(ws, 3, ["序号", "姓名", "股室", "月度考核得分（分）", "扣分情况", "绩效系数", "绩效工资基数",
                       "应发绩效工资"])
    for r, (nm, dept, score, why, coef) in enumerate(people, start=4):
        for c, v in enumerate([r - 3, nm, dept, score, why or "—", coef, 1800, f"=G{r}*F{r}"], start=1):
            ws.cell(row=r, column=c, value=v)
    r = 4 + len(people)
    ws.cell(row=r, column=1, value="合计")
    ws.cell(row=r, column=4, value=f"=AVERAGE(D4:D{r - 1})")
    ws.cell(row=r, column=5, value="平均分")
    ws.cell(row=r, column=8, value=f"=SUM(H4:H{r - 1})")
    note_rows(ws, r + 1, ["说明：1．月度考核得分由各股室依据《石门县自然资源局机关工作人员平时考核实施办法》评定后报人事股汇总。",
                          "2．本表经局长办公会审定后发放，如有异议请于3个工作日内向人事股反映。",
                          "制表：人事股　　审核：__________　　制表日期：2026年4月3日"], 8)
    wrap_columns(ws, (6, 10, 10, 12, 30, 8, 12, 12))
    name = "s13_office_performance_pay_sheet_not_scheme.xlsx"
    save_calculated(wb, name)
    not_a_scheme("s13", [name], title, 2026,
                 "a monthly performance-pay CALCULATION sheet: people's obtained scores (`96.5`, `83.5`), applied "
                 "deductions (`迟到2次扣1分`), an average formula, coefficients and pay formulas (cached values); the "
                 "appraisal rules are in a separate 实施办法 it only names")


# ----------------------------------------------------------------------------- s14


def s14():
    """pdf only (printed from a sheet), 工会: NOT a scheme — a welding contest's results 公示: theory and practical
    marks `86分`, practical times `38分12秒`, totals and ranks."""
    title = "桐江市第五届职工职业技能大赛焊工决赛成绩公示"
    rows = [("H01", "桐江重工集团", 86, 91.5, "38分12秒"), ("H02", "江南造船公司", 90, 88, "41分05秒"),
            ("H03", "市建工集团", 78, 93, "36分47秒"), ("H04", "桐江电力公司", 82, 85.5, "44分30秒"),
            ("H05", "华岳建材集团", 88, 80, "45分00秒"), ("H06", "市轨道交通公司", 75, 86, "39分58秒")]
    wb, ws = titled_sheet("成绩公示", title, 7)
    ws["A2"] = "决赛时间：2026年6月20日8时30分　　地点：市职业技术学院实训中心"
    ws.merge_cells("A2:G2")
    header_row(ws, 3, ["选手编号", "选送单位", "理论考试成绩", "实操考核成绩", "实操用时", "总成绩", "名次"])
    totals = [(code, unit, th, pr, tm, round(th * 0.3 + pr * 0.7, 2)) for code, unit, th, pr, tm in rows]
    ranked = sorted(totals, key=lambda x: -x[5])
    for r, (code, unit, th, pr, tm, tot) in enumerate(ranked, start=4):
        for c, v in enumerate([code, unit, f"{g(th)}分", f"{g(pr)}分", tm, f"{g(tot)}分", r - 3], start=1):
            ws.cell(row=r, column=c, value=v)
    r = 4 + len(rows)
    note_rows(ws, r + 1, ["公示期为2026年6月22日至6月26日（5个工作日）。对公示结果有异议的，请在公示期内向大赛组委会办公室反映。",
                          "联系电话：0736-2218650　　　　桐江市总工会　　2026年6月21日"], 7)
    wrap_columns(ws, (10, 18, 12, 12, 12, 10, 6))
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    name = "s14_union_contest_results_sheet_not_scheme.xlsx"
    wb.save(HERE / name)
    PDF_SOURCES.append((name, False))
    not_a_scheme("s14", [name.replace(".xlsx", ".pdf")], title, 2026,
                 "a contest results 公示 printed from a sheet: obtained marks `86分`/`91.5分`, practical times "
                 "`38分12秒`, totals and ranks, `8时30分`, `5个工作日`; it states no scoring rules")


BUILDS = (s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14)


def main():
    """Build every document and gold; with --pdf render PDF_SOURCES, else drop pdf-only intermediates."""
    if not shutil.which("soffice"):
        sys.exit("soffice (LibreOffice) is needed for the .doc/.xls documents and the formula workbooks")
    for build in BUILDS:
        build()
    for name, keep in PDF_SOURCES:
        if "--pdf" in sys.argv:
            to_pdf(name, keep)
        elif not keep:
            (HERE / name).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
