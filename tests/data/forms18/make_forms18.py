"""Build the EIGHTEENTH forms probe set (held out) and its gold from one hand-written content table each.

Theme: RUBRICS AND AWARD MATRICES, the genres that read worst on unseen documents. One-page course rubrics as
university teachers publish them (a Markdown export to PDF with points in the headings and `(5')` sub-points, a
txt of prose lines `代码规范：10 分` with a late penalty in PERCENT of the score, a docx whose points close each
line in 【】 with a plagiarism clause zeroing one section, a LaTeX-looking PDF where every part and sub-part is a
PERCENTAGE of the grade, an html rubric with Chinese/English labels and SIGNED amounts `+5` / `-2` written
before the text, an xlsx whose A–D grade table uses INTERVAL notation `[90, 100]` / `[75, 90)`); award matrices
(级别 × 等次 with 个人 | 团体 sub-columns under each 等次 inside an ordinary scheme; a TRANSPOSED matrix drawn with
box-drawing characters in a txt; a matrix in prose with the 等次 OUTSIDE and the 级别 inside `一等奖按国家级、省级、
市级依次加6分、4分、2分` and a team multiplier); forms (a personal 考核登记表 whose maxima are a 标准分 ROW over
自评 | 考核组评分 sub-columns; a 量化考核表 with items down and 1月…12月 across, every month worth the same; a web
form whose points exist only in <option> texts of <select> boxes). And two documents full of `N分` that are not
schemes (a competition winners list with scores and cut-off lines; a student's transcript with a GPA table).
Each document's content is written once below and rendered both into the document and into
``gold/<id>.json``, so the gold is the content, never kaohe's output.
Run from the repo root: ``.venv/bin/python tests/data/forms18/make_forms18.py`` (add ``--pdf`` to refresh the
PDFs with LibreOffice headless; needs a CJK font). The legacy .doc/.xls are always converted with LibreOffice
(needs ``soffice``).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
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
item, cat, gold, new_doc, heading, set_cell, merge_down, merge_across = (
    _unseen.item, _unseen.cat, _unseen.gold, _unseen.new_doc, _unseen.heading, _unseen.set_cell, _unseen.merge_down,
    _unseen.merge_across)
not_a_scheme, paragraphs, grid, html_page = _forms.not_a_scheme, _forms.paragraphs, _forms.grid, _forms.html_page
esc, bands, titled_sheet, header_row = _forms3.esc, _forms4.bands, _forms4.titled_sheet, _forms4.header_row

PDF_JOBS: list = []  # callables run with --pdf (each writes one PDF into HERE)
PDF_INTERMEDIATES: list[str] = []  # docx written only to be rendered (deleted when not rendering)
ORD = "一二三四五六七八九十"


def soffice(args, outdir: Path):
    """LibreOffice headless with a private profile (a running office or a parallel build cannot lock it)."""
    with tempfile.TemporaryDirectory(prefix="lo_forms18_") as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", *args,
                        "--outdir", str(outdir)], check=True, capture_output=True, timeout=240)


def docx_to_pdf(name: str, keep_docx: bool):
    if not keep_docx:
        PDF_INTERMEDIATES.append(name)

    def job():
        soffice(["--convert-to", "pdf", str(HERE / name)], HERE)
        if not keep_docx:
            (HERE / name).unlink()
    PDF_JOBS.append(job)


def to_legacy(save, name: str, target: str):
    """Write the modern file (``save(path)``) outside the repo and convert it to ``target`` (doc / xls) here."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / name
        save(src)
        soffice(["--convert-to", target, str(src)], HERE)


def g(points):
    return f"{points:g}"


def run_line(d, text, bold=False, size=None, center=False, font=None, color=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if color:
        r.font.color.rgb = RGBColor(*color)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def wrap(ws, widths, first_row=1):
    for col, w in zip("ABCDEFGHIJKLMNOPQRS", widths):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=first_row):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")


def rule_borders(table, edges):
    """Table borders as LaTeX booktabs draws them: only the given horizontal rules (top / bottom / insideH)."""
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        if edge in edges:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(edges[edge]))
        else:
            el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def set_widths(table, cms):
    """Column widths in cm on every cell (Word and LibreOffice honour the cell widths)."""
    table.autofit = False
    for col, w in zip(table._tbl.tblGrid.gridCol_lst, cms):
        col.w = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


def cell_bottom(cell, size=6):
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    el = OxmlElement("w:bottom")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(size))
    borders.append(el)
    tc_pr.append(borders)


# ----------------------------------------------------------------------------- b01


def b01():
    """PDF only (a Markdown note exported to PDF): the category points are in the HEADINGS `功能实现（40分）`
    (Heading 2, as `## 功能实现（40分）` renders), the items are BULLETS `用户注册与登录 (5')` with an ASCII prime
    mark in ASCII parentheses, one bullet carrying a tiers rule after a colon in `'`; a `Bonus` heading whose cap
    is a PERCENTAGE of the total `加分不超过总分的10%` over bullets `(+5')`; inline code, a quote block."""
    title = "《软件工程》课程大作业评分标准"
    tree = [
        ("功能实现", 40, [
            ("用户注册与登录", 5, "", "manual", {}),
            ("课程信息浏览与检索", 8, "", "manual", {}),
            ("选课与退课（含容量与时间冲突校验）", 10, "", "manual", {}),
            ("成绩录入与查询", 10, "", "manual", {}),
            ("管理员后台（用户、课程管理）", 7, "", "manual", {}),
        ]),
        ("软件文档", 25, [
            ("需求规格说明书", 8, "", "manual", {}),
            ("概要设计与详细设计说明书", 10, "", "manual", {}),
            ("测试报告", 7, "", "manual", {}),
        ]),
        ("代码质量", 15, [
            ("代码风格统一，命名规范", 5, "", "manual", {}),
            ("Git 提交记录清晰", 5, "每人不少于 10 次有效提交，少于 10 次的该成员本项不得分", "threshold", {}),
            ("单元测试", 5, "覆盖率 ≥ 70% 得 5'，50%–70% 得 3'，低于 50% 不得分", "tiers",
             {"levels": {"≥70%": 5.0, "50%–70%": 3.0, "<50%": 0.0}}),
        ]),
        ("答辩展示", 20, [
            ("演示流畅、功能完整", 10, "", "manual", {}),
            ("回答问题准确", 10, "", "manual", {}),
        ]),
    ]
    bonus_rows = [("将系统部署上线并提供可访问的地址", 5), ("使用 CI 工具实现自动化构建与测试", 3),
                  ("界面适配移动端", 2)]
    d = new_doc()
    d.add_heading(title, level=1)
    q = d.add_paragraph("适用班级：软件工程 2301–2304　|　课程组：张老师、李老师　|　更新：2026-03-02")
    q.paragraph_format.left_indent = Cm(0.8)
    q.runs[0].italic = True
    d.add_paragraph("大作业以小组（4–5 人）为单位完成，选题见课程网站。总分 100 分，按下列标准评定，"
                    "小组成绩乘以成员贡献度系数（0.8–1.1）得到个人成绩。")
    cats, items, n = [], [], 0
    for k, (cname, pts, rows) in enumerate(tree):
        assert sum(r[1] for r in rows) == pts
        d.add_heading(f"{cname}（{pts}分）", level=2)
        cats.append(cat(cname, float(pts)))
        for text, ipts, rule_text, rule, extra in rows:
            n += 1
            line = f"{text} ({ipts}')" + (f"：{rule_text}" if rule_text else "")
            d.add_paragraph(line, style="List Bullet")
            items.append(item(cname, None, text, float(ipts), criteria=rule_text, rule=rule, **extra))
    assert sum(t[1] for t in tree) == 100
    d.add_heading("Bonus（加分，加分不超过总分的10%）", level=2)
    bonus = []
    for text, pts in bonus_rows:
        d.add_paragraph(f"{text} (+{pts}')", style="List Bullet")
        bonus.append({"text": text, "points": float(pts), "printed": f"(+{pts}')"})
    d.add_heading("提交要求", level=2)
    p = d.add_paragraph("源代码仓库地址写入 ", style="List Bullet")
    r = p.add_run("README.md")
    r.font.name = "Courier New"
    p.add_run("，文档统一为 PDF 格式，命名为 ")
    r = p.add_run("组号-文档名.pdf")
    r.font.name = "Courier New"
    p.add_run("。")
    d.add_paragraph("提交截止时间：第 16 周周日 23:59；答辩安排在第 17 周，每组汇报 10 分钟、提问 5 分钟。",
                    style="List Bullet")
    d.add_paragraph("各项得分由两位任课教师分别评定后取平均值。", style="List Bullet")
    docx_name = "b01_course_markdown_export_heading_points_prime_bullets_bonus_percent_cap.docx"
    d.save(HERE / docx_name)
    docx_to_pdf(docx_name, keep_docx=False)
    name = docx_name.replace(".docx", ".pdf")
    gold("b01", [name], title, 2026, 100.0, cats, items, bonus=bonus, bonus_cap=10.0,
         bonus_cap_printed="加分不超过总分的10%",
         scoring_note="两位任课教师分别评定后取平均值；小组成绩乘以成员贡献度系数（0.8–1.1）得到个人成绩",
         notes="PDF only (its docx is an intermediate, deleted): a Markdown-style note exported to PDF — title as "
               "Heading 1, categories as Heading 2 with the points IN THE HEADING `功能实现（40分）`, items as "
               "BULLETS `用户注册与登录 (5')` (ASCII prime in ASCII parentheses after a space), two bullets carrying "
               "their rule after a colon (a threshold on commits, a tiers `≥ 70% 得 5'…`); the bonus heading "
               "`Bonus（加分，加分不超过总分的10%）` is the bonus section and its cap as a PERCENTAGE of the total "
               "(bonus_cap 10 of 100), its bullets `(+5')` fixed bonus entries; `0.8–1.1` contribution "
               "coefficients, `23:59`, `10 分钟`, `5 分钟`, `4–5 人` are not points; items have no printed codes")


# ----------------------------------------------------------------------------- b02


def b02():
    """txt, 学校: a lab rubric of PROSE LINES `代码规范：10 分` (name, full-width colon, a SPACE before 分) with the
    rule on the indented line below; section lines `一、程序部分 70 分`; a late penalty as a PERCENTAGE of the
    score per day `迟交一天扣本次实验得分的10%`; a similarity veto zeroing the lab; a per-题 bonus under a
    ceiling of 100."""
    title = "《数据结构》课程上机实验评分细则"
    tree = [
        ("程序部分", 70, [
            ("程序正确性", 40, "使用助教提供的测试用例评测，全部通过得 40 分；每有 1 个测试用例未通过扣 4 分，扣完为止。",
             "per_occurrence", {"per_occurrence": -4.0, "unit": "个测试用例"}),
            ("算法效率", 10, "时间复杂度达到题目要求的得 10 分，未达到要求但结果正确的得 4 分。", "tiers",
             {"levels": {"达到要求": 10.0, "未达到要求但结果正确": 4.0}}),
            ("代码规范", 10, "缩进统一、命名有意义、关键函数有注释，由助教酌情给分。", "manual", {}),
            ("鲁棒性", 10, "对非法输入给出提示。每发现一处导致程序崩溃的输入扣 2 分，扣完为止。", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "处"}),
        ]),
        ("实验报告", 30, [
            ("问题分析与设计思路", 12, "数据结构选择合理，算法描述清楚，有必要的图示，酌情给分。", "manual", {}),
            ("测试与结果分析", 10, "应包含测试数据、运行截图和结果分析三部分，每缺少一部分扣 3 分。", "per_occurrence",
             {"per_occurrence": -3.0, "unit": "部分"}),
            ("实验小结", 8, "总结遇到的问题及解决方法，内容空泛的不超过 4 分。", "manual", {}),
        ]),
    ]
    lines = [title, "（计算机学院　2026年春季学期　适用于计算机科学与技术2401—2406班）", "",
             "本课程共安排 8 次上机实验。每次实验按以下细则评分，满分 100 分；8 次实验的平均分按 40% 计入课程总评成绩。", ""]
    cats, items = [], []
    for k, (cname, pts, rows) in enumerate(tree):
        assert sum(r[1] for r in rows) == pts
        lines.append(f"{ORD[k]}、{cname} {pts} 分")
        cats.append(cat(cname, float(pts), code=ORD[k]))
        for text, ipts, rule_text, rule, extra in rows:
            lines += [f"{text}：{ipts} 分", f"    {rule_text}"]
            items.append(item(cname, None, text, float(ipts), criteria=rule_text, rule=rule, **extra))
        lines.append("")
    assert sum(t[1] for t in tree) == 100
    late = ("报告提交截止时间为实验课后第 7 天 22:00，迟交一天扣本次实验得分的 10%，迟交超过 5 天的本次实验记 0 分。")
    copy = "代码使用 MOSS 查重，相似度超过 60% 的，相关同学本次实验均记 0 分。"
    extra_q = "完成选做题并通过测试的，每题加 5 分，但本次实验总分不超过 100 分。"
    lines += ["三、其他规定", f"1．迟交：{late}", f"2．查重：{copy}", f"3．选做题：{extra_q}",
              "4．实验课请提前 10 分钟进入机房签到，每次实验时长 3 学时。", "",
              "课程组", "2026年2月24日"]
    name = "b02_school_lab_prose_lines_colon_space_fen_percent_late_penalty.txt"
    (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    gold("b02", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "3", "text": "完成选做题并通过测试", "criteria": extra_q, "per_occurrence": 5.0, "unit": "题"}],
         deductions=[{"code": "1", "text": "迟交", "criteria": late, "per_occurrence": None, "unit": "天",
                      "fraction_of_score": -0.1, "printed": "扣本次实验得分的 10%", "zero_after": "迟交超过 5 天"}],
         veto=[{"code": "2", "text": "代码查重相似度超过 60%", "effect": "本次实验记 0 分"}],
         veto_effect="本次实验记 0 分", score_cap=100.0,
         scoring_note="8 次实验的平均分按 40% 计入课程总评成绩",
         notes="RUBRIC of PROSE LINES `代码规范：10 分` — name, full-width colon, points with a SPACE before 分, alone "
               "on the line; the rule on the indented line below; section lines `一、程序部分 70 分` (no bracket); "
               "the late penalty is a PERCENTAGE OF THE LAB'S SCORE per day (a deduction entry with "
               "`fraction_of_score` −0.1 per 天, no fixed points) and zero after 5 days; the MOSS similarity line "
               "is a veto zeroing the lab; the 选做题 line a per-题 bonus with the lab capped at 100 (score_cap); "
               "`40%` (share of the course grade) is a scoring_note, not a weight; `22:00`, `10 分钟`, `3 学时`, "
               "`60%` are not points")


# ----------------------------------------------------------------------------- b03


def b03():
    """docx, 学校: a physics lab report rubric whose points CLOSE EACH LINE in 【】 AFTER the criteria
    (`…注明各物理量含义。【10分】`), section headings the same way; a `注：` line under a section saying
    `经查实抄袭的，抄袭者本项0分，被抄袭者扣10分` — a veto zeroing that SECTION only and a deduction."""
    title = "大学物理实验报告评分标准"
    tree = [
        ("课前预习", 20, [
            ("1", "预习报告", "写明实验目的、实验原理和主要步骤，画出原始数据记录表格。", 10, "manual", {}),
            ("2", "预习测验", "课前随堂小测5题，答对一题得2分。", 10, "per_occurrence",
             {"per_occurrence": 2.0, "unit": "题"}),
        ]),
        ("实验操作", 30, [
            ("3", "仪器调节与读数", "仪器调节规范，读数方法正确，爱护仪器，由指导教师现场评定。", 15, "manual", {}),
            ("4", "原始数据记录", "数据记录完整，有效数字正确，并经指导教师签字确认；原始数据未经签字的，本项不得分。",
             15, "threshold", {}),
        ]),
        ("实验报告", 50, [
            ("5", "数据处理", "列表、作图规范，计算过程完整，不确定度计算正确。", 25, "manual", {}),
            ("6", "结果与讨论", "结果表达规范（数值、不确定度、单位），能分析主要误差来源。", 15, "manual", {}),
            ("7", "思考题", "完成教材所列思考题2题，每题5分。", 10, "per_occurrence",
             {"per_occurrence": 5.0, "unit": "题"}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    run_line(d, "（物理与电子工程学院实验中心　2026年修订）", center=True)
    d.add_paragraph("每个实验的成绩由课前预习、实验操作和实验报告三部分组成，满分100分。各项评分要求如下，"
                    "方括号内为该项分值。")
    cats, items = [], []
    for k, (cname, pts, rows) in enumerate(tree):
        assert sum(r[3] for r in rows) == pts
        run_line(d, f"{ORD[k]}、{cname}　【{pts}分】", bold=True)
        cats.append(cat(cname, float(pts), code=ORD[k]))
        for code, name_, crit, ipts, rule, extra in rows:
            d.add_paragraph(f"{code}．{name_}：{crit}【{ipts}分】")
            items.append(item(cname, code, name_, float(ipts), criteria=crit, rule=rule, **extra))
        if cname == "实验报告":
            d.add_paragraph("注：实验报告须独立完成。经查实抄袭他人报告或数据的，抄袭者本项0分，被抄袭者扣10分。")
    assert sum(t[1] for t in tree) == 100
    d.add_paragraph("实验报告应在实验结束后一周内交至实验中心205室报告柜；每学期完成实验12个，"
                    "学期实验成绩取各实验成绩的平均值。")
    right = d.add_paragraph("物理实验中心　2026年2月")
    right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    name = "b03_school_physics_lab_bracket_points_line_end_plagiarism_zeroes_section.docx"
    d.save(HERE / name)
    gold("b03", [name], title, 2026, 100.0, cats, items,
         deductions=[{"text": "被抄袭者", "criteria": "经查实抄袭他人报告或数据的，被抄袭者扣10分", "points": -10.0}],
         veto=[{"text": "经查实抄袭他人报告或数据的（抄袭者）", "effect": "实验报告部分（本项50分）记0分",
                "scope": "实验报告"}],
         veto_effect="实验报告部分记0分",
         scoring_note="学期实验成绩取各实验成绩的平均值",
         notes="points CLOSE EACH LINE in 【】 AFTER the criteria `1．预习报告：criteria。【10分】` and on the section "
               "headings `一、课前预习　【20分】` (legend `方括号内为该项分值`); item text = the name before the colon; "
               "`答对一题得2分` and `每题5分` are per_occurrence gains; the 注 under 三 `抄袭者本项0分` is a veto "
               "whose effect is scoped to that SECTION (本项 = 实验报告, 50), and `被抄袭者扣10分` a fixed deduction "
               "entry; `205室`, `12个`, `5题` are not points")


# ----------------------------------------------------------------------------- b04


def b04():
    """PDF only (a LaTeX-looking course document): `1　考核方式` numbered sections, `3.1　平时实验（占40%）`
    subsections, and a booktabs-style table (horizontal rules only) of sub-parts each a PERCENTAGE OF THE GRADE
    `5%`; the parts add to 100%; an absence rule `扣总评成绩3%` and a disqualification."""
    title = "《电路与电子技术实验》课程考核与成绩评定办法"
    tree = [
        ("3.1", "平时实验", 40, [
            ("预习报告", 5, "每次实验前提交预习报告，缺交一次扣1%，扣完为止。", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "次"}),
            ("操作规范", 15, "接线规范、仪器使用正确、遵守安全规程，由指导教师每次记录，期末汇总评定。", "manual", {}),
            ("数据记录", 20, "原始数据真实完整，经教师签字；按各次实验记录成绩的平均值折算。", "proportional",
             {"formula": "各次数据记录成绩平均值×20%"}),
        ]),
        ("3.2", "实验报告", 30, [
            ("数据处理与分析", 20, "数据处理正确，波形图、曲线图规范，能对实验现象作出解释。", "manual", {}),
            ("报告规范", 10, "格式符合模板要求，按时提交。", "manual", {}),
        ]),
        ("3.3", "期末操作考试", 30, [
            ("电路搭建", 15, "在规定时间内按图搭建电路并通电，一次成功得15%，经提示后成功得10%，未完成得0。", "tiers",
             {"levels": {"一次成功": 15.0, "经提示后成功": 10.0, "未完成": 0.0}}),
            ("仪器使用与测量", 10, "正确使用示波器、信号源完成指定测量，酌情评定。", "manual", {}),
            ("故障排查", 5, "独立找出预设故障的得5%，否则不得分。", "threshold", {}),
        ]),
    ]
    d = new_doc()
    run_line(d, title, size=17, center=True)
    run_line(d, "电子技术实验课程组", center=True)
    run_line(d, "2026年3月1日", center=True)
    run_line(d, "1　考核方式", bold=True, size=13)
    d.add_paragraph("本课程为独立设课的实验课程，采用过程考核与期末操作考试相结合的方式，总评成绩按百分制记载。")
    run_line(d, "2　成绩构成", bold=True, size=13)
    d.add_paragraph("总评成绩 = 平时实验（40%）+ 实验报告（30%）+ 期末操作考试（30%），各部分及其子项所占比例均为"
                    "占总评成绩的比例，见表1。")
    t = d.add_table(rows=1, cols=3)
    rule_borders(t, {"top": 12, "bottom": 12})
    for c, h in enumerate(["考核环节", "考核内容", "占总评比例"]):
        set_cell(t.cell(0, c), h, bold=True)
        cell_bottom(t.cell(0, c))
    cats, items = [], []
    for code, cname, pct, rows in tree:
        assert sum(r[1] for r in rows) == pct
        cats.append(cat(cname, float(pct), code=code, printed=f"{pct}%"))
        for k, (text, ipct, crit, rule, extra) in enumerate(rows):
            cells = t.add_row().cells
            set_cell(cells[0], cname if k == 0 else "")
            set_cell(cells[1], text)
            set_cell(cells[2], f"{ipct}%")
            items.append(item(cname, None, text, float(ipct), criteria=crit, rule=rule, printed=f"{ipct}%", **extra))
    cells = t.add_row().cells
    set_cell(cells[0], "合计")
    set_cell(cells[2], "100%")
    for c in cells:
        tc_pr = c._tc.get_or_add_tcPr()
        b = OxmlElement("w:tcBorders")
        top = OxmlElement("w:top")
        top.set(qn("w:val"), "single")
        top.set(qn("w:sz"), "6")
        b.append(top)
        tc_pr.append(b)
    assert sum(x[2] for x in tree) == 100
    run_line(d, "表1　总评成绩构成", center=True)
    run_line(d, "3　评分细则", bold=True, size=13)
    for code, cname, pct, rows in tree:
        run_line(d, f"{code}　{cname}（占{pct}%）", bold=True, size=11.5)
        for k, (text, ipct, crit, rule, extra) in enumerate(rows, start=1):
            d.add_paragraph(f"（{k}）{text}（{ipct}%）：{crit}")
    run_line(d, "4　其他规定", bold=True, size=13)
    absent = "无故缺席实验一次，扣总评成绩3%；缺席超过3次（含补做后仍缺）者，取消期末操作考试资格，总评成绩记为不及格。"
    d.add_paragraph(absent)
    d.add_paragraph("期末操作考试时间为90分钟，考试安排另行通知。")
    docx_name = "b04_school_latex_look_grade_percent_parts_subparts_booktabs.docx"
    d.save(HERE / docx_name)
    docx_to_pdf(docx_name, keep_docx=False)
    name = docx_name.replace(".docx", ".pdf")
    gold("b04", [name], title, 2026, 100.0, cats, items,
         deductions=[{"text": "无故缺席实验", "criteria": absent, "per_occurrence": -3.0, "unit": "次",
                      "printed": "扣总评成绩3%"}],
         veto=[{"text": "缺席超过3次（含补做后仍缺）", "effect": "取消期末操作考试资格，总评成绩记为不及格"}],
         veto_effect="取消期末操作考试资格，总评成绩记为不及格",
         notes="PDF only (its docx is an intermediate, deleted), laid out like a LaTeX article: numbered sections "
               "`1　考核方式`, subsections `3.1　平时实验（占40%）`, a booktabs-style table (horizontal rules only, "
               "the part named only on its first row) `考核环节 | 考核内容 | 占总评比例`; EVERY part and sub-part is a "
               "PERCENTAGE OF THE COURSE GRADE (the text says so), so the percentages are taken as POINTS of a "
               "百分制 total (`printed` keeps `40%`); the sub-parts are restated in section 3 with their rules "
               "`（1）预习报告（5%）：rule`; `扣1%` / `扣总评成绩3%` are point deductions; the absence cap is a veto "
               "(取消考试资格); `90分钟`, `3次` are not points")


# ----------------------------------------------------------------------------- b05


def b05():
    """html, 学校: a bilingual course-project rubric: section headings `基本要求 Basic（60分）` / `进阶要求
    Advanced（25分）`; items in a table `Item | 分值 Pts`; then `Bonus 加分` and `Deduction 扣分` lists whose
    lines START with a SIGNED amount `+5　…` / `-2　…` (no 分), the bonus capped, a per-page deduction."""
    title = "《机器学习》课程项目评分细则 Course Project Rubric"
    tree = [
        ("基本要求", "Basic", 60, [
            ("问题定义与数据说明", "Problem & Data", 10), ("模型实现", "Implementation", 20),
            ("实验对比（不少于2个基线方法）", "Experiments", 20), ("结果分析", "Analysis", 10)]),
        ("进阶要求", "Advanced", 25, [
            ("超参数调优与消融实验", "Tuning & Ablation", 15), ("可视化与可解释性", "Visualization", 10)]),
        ("报告与展示", "Report & Presentation", 15, [
            ("报告写作", "Written Report", 8), ("课堂展示", "Presentation", 7)]),
    ]
    bonus_rows = [("+5", "提交可复现的代码仓库，附运行说明与环境配置文件", 5.0, None),
                  ("+3", "采用课程未讲授的方法，并在报告中说明原理", 3.0, None),
                  ("+1", "每条被助教标记为“优质回答”的课程论坛答疑（最多 +3）", 1.0, 3.0)]
    ded_rows = [("-2", "报告超出 8 页正文限制，每超 1 页", -2.0, "页"),
                ("-5", "未使用课程报告模板或缺少“成员贡献说明”", -5.0, None),
                ("-3", "代码按 README 操作仍无法运行", -3.0, None)]
    body = [f"<h2>{esc(title)}</h2>",
            "<p>Spring 2026 · 授课教师 Instructor：周老师 · 助教 TA：陈同学、林同学</p>",
            "<p>项目以 2–3 人小组完成。总分 Total：100 分（不含加分），加分后最终成绩不超过 100 分。</p>"]
    cats, items, n = [], [], 0
    for cname, en, pts, rows in tree:
        assert sum(r[2] for r in rows) == pts
        body.append(f"<h3>{esc(cname)} {en}（{pts}分）</h3>")
        body.append('<table border="1" cellpadding="4"><tr><th>#</th><th>评分项 Item</th><th>分值 Pts</th></tr>')
        cats.append(cat(cname, float(pts), name_en=en))
        for text, ten, ipts in rows:
            n += 1
            body.append(f"<tr><td>{n}</td><td>{esc(text)} {esc(ten)}</td><td>{ipts}</td></tr>")
            items.append(item(cname, str(n), text, float(ipts), rule="manual", name_en=ten))
        body.append("</table>")
    assert sum(t[2] for t in tree) == 100
    body.append("<h3>Bonus 加分（合计不超过 10 分）</h3><ul>")
    bonus = []
    for sign, text, pts, cap in bonus_rows:
        body.append(f"<li><code>{sign}</code>　{esc(text)}</li>")
        entry = {"text": text, "printed": sign}
        if cap:
            entry.update(per_occurrence=pts, unit="条", cap=cap)
        else:
            entry["points"] = pts
        bonus.append(entry)
    body.append("</ul><h3>Deduction 扣分</h3><ul>")
    deductions = []
    for sign, text, pts, unit in ded_rows:
        body.append(f"<li><code>{sign}</code>　{esc(text)}</li>")
        entry = {"text": text, "printed": sign}
        entry.update({"per_occurrence": pts, "unit": unit} if unit else {"points": pts})
        deductions.append(entry)
    body += ["</ul>", "<p>Deadline：第 15 周周五 18:00（Canvas 提交）。课堂展示每组 8 分钟。</p>",
             "<p>评分细则如有调整，以课程网站最新版本为准。</p>"]
    name = "b05_school_bilingual_labels_signed_amounts_before_text.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    gold("b05", [name], title, 2026, 100.0, cats, items, bonus=bonus, deductions=deductions, bonus_cap=10.0,
         score_cap=100.0,
         notes="a BILINGUAL rubric page: category headings `基本要求 Basic（60分）` (Chinese label, English label, "
               "points in full-width brackets), each over a small table `# | 评分项 Item | 分值 Pts` (bare numbers); "
               "items have no criteria (manual; `name_en` keeps the English label); `Bonus 加分（合计不超过 10 分）` "
               "and `Deduction 扣分` are LISTS whose lines START with a SIGNED amount in <code> `+5` / `-2` (no 分): "
               "fixed entries, one per-条 bonus with its own cap `（最多 +3）`, one per-页 deduction; total 100 "
               "without bonus, final score capped at 100; `2–3 人`, `18:00`, `8 分钟`, `8 页` are not points")


# ----------------------------------------------------------------------------- b06


def b06():
    """xlsx, 学校: a course-design scoring sheet (one student: fill-in row), items with 满分 and 评分要点 mixing
    tiers, per-occurrence and judgement; under it an A–D GRADE TABLE whose bands are written in INTERVAL
    NOTATION `[90, 100]`, `[75, 90)`, `[60, 75)`, `[0, 60)`."""
    title = "《数据库原理》课程设计评分表"
    rows = [
        ("需求分析", 10, "需求描述完整，数据流图、数据字典规范，酌情给分", "manual", {}),
        ("E-R图设计", 15, "实体、属性、联系完整准确；每处错误扣3分，扣完为止", "per_occurrence",
         {"per_occurrence": -3.0, "unit": "处"}),
        ("关系模式与规范化", 15, "全部关系模式达到3NF得15分，达到2NF得10分，其余得5分", "tiers",
         {"levels": {"3NF": 15.0, "2NF": 10.0, "其余": 5.0}}),
        ("数据库实现", 20, "建表、主外键、CHECK约束、索引齐全；每缺少一类扣4分", "per_occurrence",
         {"per_occurrence": -4.0, "unit": "类"}),
        ("SQL查询与存储过程", 15, "完成不少于10条查询和2个存储过程，每少1条查询扣1分，每少1个存储过程扣3分", "per_occurrence",
         {"per_occurrence": {"查询": -1.0, "存储过程": -3.0}, "unit": {"查询": "条", "存储过程": "个"}}),
        ("应用程序界面", 10, "界面友好，能完成增删改查，酌情给分", "manual", {}),
        ("设计报告", 15, "结构完整、图表清晰、格式规范，酌情给分", "manual", {}),
    ]
    assert sum(r[1] for r in rows) == 100
    width = 5
    wb, ws = titled_sheet("评分表", title, width)
    ws["A2"] = "学号：__________　姓名：__________　班级：__________　设计题目：______________________"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    header_row(ws, 3, ["序号", "评分项目", "评分要点", "满分", "得分"])
    items = []
    for k, (text, pts, crit, rule, extra) in enumerate(rows, start=1):
        r = 3 + k
        for c, v in enumerate([k, text, crit, pts, None], start=1):
            ws.cell(row=r, column=c, value=v)
        items.append(item(None, str(k), text, float(pts), criteria=crit, rule=rule, cell=f"B{r}", **extra))
    r = 4 + len(rows)
    ws.cell(row=r, column=2, value="合计")
    ws.cell(row=r, column=4, value=100)
    r += 2
    ws.cell(row=r, column=1, value="成绩等级对照表").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
    header_row(ws, r + 1, ["等级", "分数区间", "说明"])
    grade_rows = [("A", "[90, 100]", "优秀：设计完整，有创新"), ("B", "[75, 90)", "良好：设计完整，个别地方有缺陷"),
                  ("C", "[60, 75)", "及格：基本完成设计任务"), ("D", "[0, 60)", "不及格：未完成主要设计任务")]
    for k, row in enumerate(grade_rows, start=2):
        for c, v in enumerate(row, start=1):
            ws.cell(row=r + k, column=c, value=v)
    r += 2 + len(grade_rows)
    ws.cell(row=r, column=1, value="注：课程设计时间为第18—19周（共2周），答辩每人10分钟；成绩以等级（A/B/C/D）登记。")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
    ws.cell(row=r + 1, column=1, value="指导教师（签字）：__________　　日期：______年____月____日")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=width)
    wrap(ws, [8, 20, 46, 8, 8], first_row=3)
    name = "b06_school_course_design_grade_table_interval_notation.xlsx"
    wb.save(HERE / name)
    gold("b06", [name], title, 2026, 100.0, [], items,
         grades=[{"name": "A", "min_score": 90, "max_score": 100, "printed": "[90, 100]"},
                 {"name": "B", "min_score": 75, "max_score": 89, "printed": "[75, 90)"},
                 {"name": "C", "min_score": 60, "max_score": 74, "printed": "[60, 75)"},
                 {"name": "D", "min_score": 0, "max_score": 60, "printed": "[0, 60)"}],
         notes="a one-student course-design sheet: fill-in row, `序号 | 评分项目 | 评分要点 | 满分 | 得分` (bare numbers "
               "under 满分, empty 得分), no categories, 合计 100; rules mix judgement, per-occurrence (one a dict "
               "by kind), tiers by normal form (`3NF` / `2NF` are not points); under it a 成绩等级对照表 whose bands "
               "are INTERVAL NOTATION `[90, 100]`, `[75, 90)` (half-open), gold bounds in the usual integer "
               "convention (max 89 / 74, the bottom band's max the exclusive 60) with `printed` keeping the "
               "interval; `第18—19周`, `10分钟` are not points; `cell` = the item name cell")


# ----------------------------------------------------------------------------- b07


def b07():
    """docx, 科技: an ordinary 科技特派员 item table, then a bonus award MATRIX 级别 × 等次 whose header has TWO
    rows: each 等次 merged over `个人 | 团体` sub-columns (six value columns); the 个人 column applies to a
    person, the 团体 column to a team; caption cap and `同一成果按最高级别计，不重复计分` in a 注."""
    title = "2026年度市级科技特派员绩效考核评分表"
    tree = [
        ("服务对接", 30, [
            ("签订服务协议", 10, "与服务对象签订年度服务协议并报市科技局备案的得10分，未签订的不得分", "threshold", {}),
            ("驻点服务时间", 20, "全年驻点服务不少于60天，每少5天扣2分，扣完为止", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "5天"}),
        ]),
        ("技术服务", 40, [
            ("推广新品种、新技术", 15, "每推广1项并形成应用记录的计3分，最高15分", "per_occurrence",
             {"per_occurrence": 3.0, "unit": "项", "cap": 15.0}),
            ("开展技术培训", 15, "每举办1场次（参训30人次以上）计3分，最高15分", "per_occurrence",
             {"per_occurrence": 3.0, "unit": "场次", "cap": 15.0}),
            ("解决技术难题", 10, "由服务对象出具证明，考核组酌情评分", "manual", {}),
        ]),
        ("服务成效", 30, [
            ("带动服务对象增收", 15, "服务对象年增收10%以上的得15分，5%—10%的得10分，5%以下的得5分", "tiers",
             {"levels": {"10%以上": 15.0, "5%—10%": 10.0, "5%以下": 5.0}}),
            ("服务对象满意度", 15, "得分＝满意率×15", "proportional", {"formula": "满意率×15"}),
        ]),
    ]
    matrix = {"国家级": ((8, 10), (6, 8), (5, 6)), "省级": ((5, 6), (4, 5), (3, 4)),
              "市级": ((3, 4), (2, 3), (1, 2))}
    ranks = ["一等奖", "二等奖", "三等奖"]
    d = new_doc()
    heading(d, title)
    d.add_paragraph("被考核人（团队）：______________　　服务对象：______________　　派出单位：______________")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["考核内容", "序号", "考核项目", "分值", "评分标准"]):
        set_cell(t.cell(0, c), h, bold=True)
    cats, items, n = [], [], 0
    for cname, pts, rows in tree:
        assert sum(r[1] for r in rows) == pts
        first = len(t.rows)
        for text, ipts, crit, rule, extra in rows:
            n += 1
            cells = t.add_row().cells
            for c, v in zip(range(1, 5), [str(n), text, str(ipts), crit]):
                set_cell(cells[c], v)
            items.append(item(cname, str(n), text, float(ipts), criteria=crit, rule=rule, **extra))
        merge_down(t, 0, first, len(t.rows) - 1, f"{cname}\n（{pts}分）")
        cats.append(cat(cname, float(pts)))
    cells = t.add_row().cells
    set_cell(cells[0], "合计")
    set_cell(cells[3], "100")
    set_widths(t, [2.6, 1.2, 3.6, 1.3, 7.6])
    assert sum(x[1] for x in tree) == 100
    d.add_paragraph()
    run_line(d, "附加分：科技成果获奖加分表（最高加10分）", bold=True, center=True)
    m = d.add_table(rows=2 + len(matrix), cols=7)
    m.style = "Table Grid"
    merge_down(m, 0, 0, 1, "获奖级别")
    for k, rank in enumerate(ranks):
        a, b = m.cell(0, 1 + 2 * k), m.cell(0, 2 + 2 * k)
        set_cell(a.merge(b), rank, bold=True)
        set_cell(m.cell(1, 1 + 2 * k), "个人")
        set_cell(m.cell(1, 2 + 2 * k), "团体")
    levels = {}
    for r, (level, vals) in enumerate(matrix.items(), start=2):
        set_cell(m.cell(r, 0), level)
        levels[level] = {}
        for k, (person, team) in enumerate(vals):
            set_cell(m.cell(r, 1 + 2 * k), g(person))
            set_cell(m.cell(r, 2 + 2 * k), g(team))
            levels[level][ranks[k]] = {"个人": float(person), "团体": float(team)}
    note = ("注：1．以科技特派员在服务对象所在地取得的科技成果奖为准，须提供获奖证书。2．个人栏适用于个人科技特派员，"
            "团体栏适用于团队科技特派员（团队所得加分计入团队考核得分）。3．同一成果按最高级别计，不重复计分。")
    d.add_paragraph(note)
    d.add_paragraph("考核结果：90分以上为优秀，75—89分为良好，60—74分为合格，60分以下为不合格。考核结果作为科技特派员"
                    "续聘和给予工作经费补助的依据。")
    name = "b07_science_award_matrix_rank_over_person_team_subcolumns.docx"
    d.save(HERE / name)
    gold("b07", [name], title, 2026, 100.0, cats, items,
         bonus=[{"text": "科技成果获奖", "rule": "lookup", "levels": levels, "highest_only": True, "cap": 10.0,
                 "applies": {"个人": "个人科技特派员", "团体": "团队科技特派员"}}],
         bonus_cap=10.0,
         grades=bands(("优秀", 90), ("良好", 75), ("合格", 60), ("不合格", None)),
         notes="an ordinary item table (考核内容 merged down `服务对接\\n（30分）`, items numbered 1…7 across, rules: "
               "threshold, per_occurrence loss per 5 days, per_occurrence gains with caps, manual, tiers, a formula); "
               "then the bonus AWARD MATRIX 级别 × 等次 whose header has TWO ROWS: each 等次 merged over `个人 | 团体` "
               "sub-columns (six value columns, bare numbers) — gold `levels` {级别: {等次: {个人, 团体}}}; 个人 "
               "applies to a person, 团体 to a team (`applies`), not per-person/per-team rates; cap 10 in the "
               "caption; `同一成果按最高级别计，不重复计分` = highest_only; `60天`, `30人次` are not points")


# ----------------------------------------------------------------------------- b08


def _box(rows, widths):
    """A table drawn with box-drawing characters, cells padded with full-width spaces (CJK double width)."""
    def cell(text, w):
        pad = w - sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
        return " " + text + " " * pad + " "

    def rule(left, mid, right):
        return left + mid.join("─" * (w + 2) for w in widths) + right

    out = [rule("┌", "┬", "┐")]
    for k, row in enumerate(rows):
        out.append("│" + "│".join(cell(t, w) for t, w in zip(row, widths)) + "│")
        out.append(rule("├", "┼", "┤") if k < len(rows) - 1 else rule("└", "┴", "┘"))
    return out


def b08():
    """txt, 教育: a teachers' 教科研 scoring method, ordinary `N．requirement，rule。（N分）` lines under `一、…（40分）`,
    then a TRANSPOSED award matrix (等次 as ROWS, 级别 as COLUMNS, corner `等次＼级别`) DRAWN WITH BOX-DRAWING
    characters ┌─┬─┐ in the plain text, `—` cells, the cap in the heading and highest-only in a 注."""
    title = "青溪县中小学教师教育科研业绩量化赋分办法"
    tree = [
        ("常规教研", 40, [
            ("参加校本教研活动", "每学期不少于10次，每缺1次扣1分，扣完为止", 15, "per_occurrence",
             {"per_occurrence": -1.0, "unit": "次"}),
            ("听课评课", "每学期听课不少于15节并有评课记录的得10分，10—14节的得6分，10节以下的不得分", 10, "tiers",
             {"levels": {"15节以上": 10.0, "10—14节": 6.0, "10节以下": 0.0}}),
            ("承担公开课、示范课", "校级每节计3分，县级以上每节计5分，本项最高15分", 15, "per_occurrence",
             {"per_occurrence": {"校级": 3.0, "县级以上": 5.0}, "unit": "节", "cap": 15.0}),
        ]),
        ("课题与论文", 30, [
            ("课题研究", "主持县级以上课题并按期结题的得15分，作为主要成员参与的得8分", 15, "tiers",
             {"levels": {"主持": 15.0, "主要成员参与": 8.0}}),
            ("论文发表", "在省级以上刊物发表的每篇计5分，市级刊物每篇计3分，本项最高15分", 15, "per_occurrence",
             {"per_occurrence": {"省级以上": 5.0, "市级": 3.0}, "unit": "篇", "cap": 15.0}),
        ]),
        ("培训与指导", 30, [
            ("继续教育学时", "完成年度72学时的得20分，每少4学时扣1分", 20, "per_occurrence",
             {"per_occurrence": -1.0, "unit": "4学时"}),
            ("指导青年教师", "签订师徒结对协议，由学校教科室根据指导成效酌情评分", 10, "manual", {}),
        ]),
    ]
    levels_cols = ["国家级", "省级", "市级", "县级"]
    matrix = [("一等奖", [12, 8, 5, 3]), ("二等奖", [10, 6, 4, 2]), ("三等奖", [8, 5, 3, 1]),
              ("优秀奖", [5, 3, None, None])]
    lines = [title, "", "（县教育局教研室　2026年3月）", "",
             "第一条　教师教育科研业绩实行量化赋分，基本项目满分100分，另设竞赛获奖加分。每学年评定一次，结果作为"
             "职称评审、评优评先的参考。", "", "第二条　基本项目及分值如下：", ""]
    cats, items, n = [], [], 0
    for k, (cname, pts, rows) in enumerate(tree):
        assert sum(r[2] for r in rows) == pts
        lines.append(f"{ORD[k]}、{cname}（{pts}分）")
        cats.append(cat(cname, float(pts), code=ORD[k]))
        for text, crit, ipts, rule, extra in rows:
            n += 1
            lines.append(f"　　{n}．{text}：{crit}。（{ipts}分）")
            items.append(item(cname, str(n), text, float(ipts), criteria=crit, rule=rule, **extra))
        lines.append("")
    assert sum(t[1] for t in tree) == 100
    lines += ["第三条　竞赛获奖加分（本项累计最高加12分）。教师本人参加教育教学竞赛获奖的，按下表加分（单位：分）：", ""]
    box_rows = [["等次＼级别"] + levels_cols] + [[rank] + [g(v) if v is not None else "—" for v in vals]
                                             for rank, vals in matrix]
    lines += _box(box_rows, [10, 6, 6, 6, 6])
    lines += ["", "注：同一成果按最高级别计，不重复计分；团体项目按个人项目分值计入每位成员；获奖以证书时间为准。", "",
              "第四条　弄虚作假的，取消当年赋分资格。", "", "第五条　本办法自2026年9月1日起施行，由县教育局教研室负责解释。"]
    name = "b08_school_transposed_matrix_box_drawing_chars.txt"
    (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    levels = {}
    for rank, vals in matrix:
        for lv, v in zip(levels_cols, vals):
            if v is not None:
                levels.setdefault(lv, {})[rank] = float(v)
    gold("b08", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "第三条", "text": "教师本人参加教育教学竞赛获奖", "rule": "lookup", "levels": levels,
                 "highest_only": True, "cap": 12.0}],
         bonus_cap=12.0,
         veto=[{"code": "第四条", "text": "弄虚作假的", "effect": "取消当年赋分资格"}], veto_effect="取消当年赋分资格",
         notes="a plain-text 办法 (第一条…第五条): 第二条's items are lines `N．name：rule。（N分）` (points in full-width "
               "brackets at the END after the rule) under `一、常规教研（40分）`, numbered 1…7 across; 第三条's award "
               "matrix is TRANSPOSED (等次 as rows, 级别 as columns, corner `等次＼级别`) and DRAWN WITH BOX-DRAWING "
               "characters (┌─┬─┐, │, ├─┼─┤) padded for CJK width; `—` cells = no points (优秀奖 at 市级/县级); "
               "gold `levels` keyed {级别: {等次: points}}; cap 12 in the article, highest-only in the 注 (the team "
               "sentence gives members the individual value — no separate rate); `72学时`, `4学时`, `10次`, `15节` "
               "are not points")


# ----------------------------------------------------------------------------- b09


def b09():
    """.doc, 工会: a prose 考核细则 with ordinary `（一）name（10分）。rule。` items, and its 加分 paragraph holding an
    award MATRIX IN PROSE with the 等次 OUTSIDE and the 级别 INSIDE (`一等奖按国家级、省级、市级依次加6分、4分、2分，
    二等奖依次加…`), a team multiplier `按同级同等次个人奖的2倍计`, highest-only and a cap in the same paragraph."""
    title = "2026年度基层工会劳动和技能竞赛工作考核细则"
    tree = [
        ("组织开展", 30, [
            ("（一）", "竞赛计划", 10, "年初制定竞赛计划并报区总工会备案的得10分，未制定的不得分。", "threshold", {}),
            ("（二）", "竞赛覆盖面", 20, "参赛职工占职工总数30%以上的得20分，20%—30%的得12分，20%以下的得5分。", "tiers",
             {"levels": {"30%以上": 20.0, "20%—30%": 12.0, "20%以下": 5.0}}),
        ]),
        ("技能提升", 40, [
            ("（三）", "岗位练兵", 20, "每季度组织岗位练兵或技术比武，每次计5分，全年最高20分。", "per_occurrence",
             {"per_occurrence": 5.0, "unit": "次", "cap": 20.0}),
            ("（四）", "技能等级提升", 20, "当年新取得高级工以上职业技能等级证书的职工，每人计2分，最高20分。",
             "per_occurrence", {"per_occurrence": 2.0, "unit": "人", "cap": 20.0}),
        ]),
        ("成果运用", 30, [
            ("（五）", "成果转化", 15, "由考核组根据竞赛成果在生产中的应用情况综合评定。", "manual", {}),
            ("（六）", "宣传报道", 15, "竞赛活动在市级以上媒体报道的，每篇计3分，最高15分。", "per_occurrence",
             {"per_occurrence": 3.0, "unit": "篇", "cap": 15.0}),
        ]),
    ]
    levels_order = ["国家级", "省级", "市级"]
    prose = [("一等奖", [6, 4, 2]), ("二等奖", [4, 3, 1.5]), ("三等奖", [3, 2, 1])]
    d = new_doc()
    heading(d, title)
    d.add_paragraph("为推动基层工会深入开展劳动和技能竞赛，根据《区总工会基层工会工作考核办法》，制定本细则。"
                    "考核内容包括组织开展、技能提升、成果运用三个方面，满分100分，另设竞赛获奖加分和扣分。")
    cats, items = [], []
    for k, (cname, pts, rows) in enumerate(tree):
        assert sum(r[2] for r in rows) == pts
        run_line(d, f"{ORD[k]}、{cname}（{pts}分）", bold=True)
        cats.append(cat(cname, float(pts), code=ORD[k]))
        for code, text, ipts, crit, rule, extra in rows:
            d.add_paragraph(f"{code}{text}（{ipts}分）。{crit}")
            items.append(item(cname, code, text, float(ipts), criteria=crit, rule=rule, **extra))
    assert sum(t[1] for t in tree) == 100
    clauses = []
    for k, (rank, vals) in enumerate(prose):
        figures = "、".join(f"{g(v)}分" for v in vals)
        clauses.append(f"{rank}按国家级、省级、市级依次加{figures}" if k == 0 else f"{rank}依次加{figures}")
    bonus_text = ("本单位职工在各级总工会或人社部门主办的劳动和技能竞赛中获奖的，" + "，".join(clauses) +
                  "；获团体奖的，按同级同等次个人奖加分的2倍计。同一成果按最高级别计，不重复计分。本项加分累计不超过10分。")
    run_line(d, "四、竞赛获奖加分", bold=True)
    d.add_paragraph(bonus_text)
    run_line(d, "五、扣分", bold=True)
    ded = "竞赛活动中发生安全生产事故的，每起扣5分；虚报竞赛数据的，每项扣3分。"
    d.add_paragraph(ded)
    run_line(d, "六、考核等次", bold=True)
    d.add_paragraph("考核得分90分以上为优秀，80分至89分为良好，60分至79分为合格，60分以下为不合格。优秀等次单位"
                    "优先推荐参评市级“工人先锋号”。")
    d.add_paragraph("本细则由区总工会经济技术部负责解释，请各基层工会于2026年12月10日前报送考核材料。")
    name = "b09_union_prose_matrix_rank_outer_level_inner_team_double.doc"
    to_legacy(lambda p: d.save(p), name.replace(".doc", ".docx"), "doc")
    levels = {lv: {} for lv in levels_order}
    for rank, vals in prose:
        for lv, v in zip(levels_order, vals):
            levels[lv][rank] = float(v)
    gold("b09", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "四", "text": "职工在各级劳动和技能竞赛中获奖", "rule": "lookup", "levels": levels,
                 "team_multiplier": 2.0, "highest_only": True, "cap": 10.0}],
         bonus_cap=10.0,
         deductions=[{"code": "五", "text": "竞赛活动中发生安全生产事故", "per_occurrence": -5.0, "unit": "起"},
                     {"code": "五", "text": "虚报竞赛数据", "per_occurrence": -3.0, "unit": "项"}],
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         notes="legacy Word 97 `.doc`; prose 细则: headings `一、组织开展（30分）`, items `（一）竞赛计划（10分）。rule。` "
               "numbered （一）…（六） across the headings; the bonus paragraph is an award MATRIX IN PROSE with the "
               "等次 OUTSIDE and the 级别 INSIDE — `一等奖按国家级、省级、市级依次加6分、4分、2分，二等奖依次加4分、3分、"
               "1.5分，三等奖依次加3分、2分、1分` (the levels named once, in the first clause; `依次` not `分别`) — "
               "gold `levels` {级别: {等次: points}}; the team clause is `team_multiplier` 2, not a second matrix; "
               "highest-only and cap 10 in the same paragraph; two per-occurrence deductions; `30%`, `20%` are "
               "coverage bands, not points")


# ----------------------------------------------------------------------------- b10


def b10():
    """docx, 社区: a personal 考核登记表 (landscape): personal-data rows, then the scoring block whose items are
    COLUMNS (德 能 勤 绩 廉) — each merged over `自评 | 考核组` sub-columns — with the maxima ONLY in a `标准分`
    ROW (bare numbers, each merged over its two sub-columns), then one EMPTY row; the combining formula
    `自评分×20%＋考核组评分×80%`; 评分说明 per item WITHOUT figures; grade check boxes."""
    title = "浦阳街道社区工作者2026年度考核登记表"
    rows = [("德", 15, "政治立场坚定，遵守社会公德和职业道德，团结同事，服务群众态度热情。"),
            ("能", 20, "熟悉社区工作政策法规，具备组织协调、矛盾调解和信息化办公能力。"),
            ("勤", 15, "遵守考勤纪律，工作积极主动，按要求参加值班和应急处置。"),
            ("绩", 40, "完成年度岗位目标任务，网格走访、民生服务、台账资料等工作成效明显。"),
            ("廉", 10, "遵守廉洁自律规定，无吃拿卡要、优亲厚友等行为。")]
    assert sum(r[1] for r in rows) == 100
    d = new_doc()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    heading(d, title)
    d.add_paragraph("所在社区：______________　　　　　　　　　　　　　填表日期：2026年____月____日")
    ncols = 1 + 2 * len(rows) + 2
    t = d.add_table(rows=9, cols=ncols)
    t.style = "Table Grid"
    # personal rows
    personal = [["姓名", "", "性别", "", "出生年月", "", "政治面貌", "", "岗位", ""],
                ["参加社区工作时间", "", "", "学历", "", "", "职业资格", "", "", ""]]
    for r, vals in enumerate(personal):
        for c, v in enumerate(vals):
            set_cell(t.cell(r, c), v)
        # merge the tail into the last field
        a = t.cell(r, len(vals) - 1)
        set_cell(a.merge(t.cell(r, ncols - 1)), "")
    set_cell(t.cell(2, 0), "个人年度工作总结（可另附页）")
    set_cell(t.cell(2, 1).merge(t.cell(2, ncols - 1)), "\n\n\n")
    # scoring block: row 3 item names merged over two sub-columns, row 4 标准分, row 5 sub-heads, row 6 blank
    set_cell(t.cell(3, 0), "考核项目", bold=True)
    set_cell(t.cell(4, 0), "标准分", bold=True)
    set_cell(t.cell(5, 0), "评分主体", bold=True)
    set_cell(t.cell(6, 0), "得分", bold=True)
    for k, (name_, pts, _) in enumerate(rows):
        c = 1 + 2 * k
        set_cell(t.cell(3, c).merge(t.cell(3, c + 1)), name_, bold=True)
        set_cell(t.cell(4, c).merge(t.cell(4, c + 1)), g(pts))
        set_cell(t.cell(5, c), "自评")
        set_cell(t.cell(5, c + 1), "考核组")
    c = 1 + 2 * len(rows)
    set_cell(t.cell(3, c).merge(t.cell(3, c + 1)), "合计", bold=True)
    set_cell(t.cell(4, c).merge(t.cell(4, c + 1)), "100")
    set_cell(t.cell(5, c), "自评")
    set_cell(t.cell(5, c + 1), "考核组")
    set_cell(t.cell(7, 0), "考核得分")
    set_cell(t.cell(7, 1).merge(t.cell(7, ncols - 1)),
             "自评分×20%＋考核组评分×80%＝______分")
    set_cell(t.cell(8, 0), "考核等次")
    set_cell(t.cell(8, 1).merge(t.cell(8, ncols - 1)),
             "□优秀（90分以上）　□称职（75—89分）　□基本称职（60—74分）　□不称职（60分以下）"
             "　　考核组组长（签字）：________")
    run_line(d, "评分说明", bold=True)
    d.add_paragraph("1．本人对照下列要求在“自评”栏内自评打分，考核组结合日常考勤、居民评议和台账检查在“考核组”栏内"
                    "评分，各项评分不得超过该项标准分。")
    items = []
    for k, (name_, pts, crit) in enumerate(rows, start=2):
        d.add_paragraph(f"{k}．{name_}：{crit}")
        items.append(item(None, None, name_, float(pts), criteria=crit, rule="manual"))
    d.add_paragraph("7．年度内受到党纪政务处分或被查实有严重违法违纪行为的，直接确定为不称职等次。")
    d.add_paragraph("8．本表一式两份，街道组织办、社区各存一份。")
    name = "b10_community_registration_form_standard_row_self_panel_subcolumns.docx"
    d.save(HERE / name)
    gold("b10", [name], title, 2026, 100.0, [], items,
         raters=["自评", "考核组"], weights=[{"part": "自评", "weight": 0.2}, {"part": "考核组", "weight": 0.8}],
         formula="考核得分＝自评分×20%＋考核组评分×80%",
         veto=[{"code": "7", "text": "年度内受到党纪政务处分或被查实有严重违法违纪行为的", "effect": "直接确定为不称职等次"}],
         veto_effect="直接确定为不称职等次",
         grades=bands(("优秀", 90), ("称职", 75), ("基本称职", 60), ("不称职", None)),
         notes="a personal 考核登记表 (landscape): personal-data rows and a 个人总结 cell; the scoring block has the "
               "items AS COLUMNS `德 | 能 | 勤 | 绩 | 廉 | 合计`, each merged over `自评 | 考核组` sub-columns (the "
               "sub-column labels in a `评分主体` row), their maxima ONLY in a `标准分` ROW (bare numbers merged over "
               "both sub-columns, 合计 100), one EMPTY `得分` row; the 评分说明 lines restate each item's "
               "requirement WITHOUT figures (criteria; manual); `自评分×20%＋考核组评分×80%` weights the two rater "
               "groups (`weights`, `raters`), not parts of the scheme; grades as check boxes; 说明 7 a veto")


# ----------------------------------------------------------------------------- b11


def b11():
    """.xls, 企业: a 班组安全 量化考核表 with the items DOWN the rows and the months ACROSS (`1月` … `12月`, empty),
    a `月分值` column (every month worth the same, 合计 100), a `年均得分` column; the 说明 rows say each month is
    scored out of 100 and the year is the average; a monthly zeroing veto."""
    title = "金石化工有限公司2026年度班组安全月度量化考核表"
    rows = [
        ("班前安全讲话", 15, "每班召开班前会并记录，每缺1次扣1分", "per_occurrence", {"per_occurrence": -1.0, "unit": "次"}),
        ("隐患排查治理", 20, "按时完成月度隐患排查，每发现1项未整改隐患扣2分", "per_occurrence",
         {"per_occurrence": -2.0, "unit": "项"}),
        ("劳保用品穿戴", 15, "抽查发现未按规定穿戴的，每人次扣1分", "per_occurrence", {"per_occurrence": -1.0, "unit": "人次"}),
        ("设备点检", 15, "点检记录完整的得15分，记录不全的得8分，无记录的不得分", "tiers",
         {"levels": {"记录完整": 15.0, "记录不全": 8.0, "无记录": 0.0}}),
        ("作业票证管理", 15, "动火、受限空间等作业票证每发现1张不规范扣3分", "per_occurrence",
         {"per_occurrence": -3.0, "unit": "张"}),
        ("现场定置管理", 10, "由安全环保部现场检查酌情评分", "manual", {}),
        ("安全培训", 10, "班组成员月度培训到课率×10", "proportional", {"formula": "到课率×10"}),
    ]
    assert sum(r[1] for r in rows) == 100
    months = [f"{m}月" for m in range(1, 13)]
    width = 4 + 12 + 1

    def save(path):
        wb, ws = titled_sheet("量化考核", title, width)
        ws["A2"] = "班组名称：____________　　班组长：________　　考核部门：安全环保部"
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
        header_row(ws, 3, ["序号", "考核项目", "考核标准", "月分值"] + months + ["年均得分"])
        for k, (text, pts, crit, _, _) in enumerate(rows, start=1):
            for c, v in enumerate([k, text, crit, pts], start=1):
                ws.cell(row=3 + k, column=c, value=v)
        r = 4 + len(rows)
        ws.cell(row=r, column=2, value="月度合计")
        ws.cell(row=r, column=4, value=100)
        notes = ["说明：1．每月考核一次，每月满分均为100分，各月分值相同；考核结果于次月5日前公布。",
                 "2．全年得分取1月至12月月度得分的平均值。",
                 "3．班组当月发生轻伤及以上生产安全事故的，当月考核得0分。",
                 "考核人：__________　　审核人：__________"]
        for k, text in enumerate(notes, start=1):
            ws.cell(row=r + k, column=1, value=text)
            ws.merge_cells(start_row=r + k, start_column=1, end_row=r + k, end_column=width)
        wrap(ws, [6, 14, 34, 7] + [5] * 12 + [8], first_row=3)
        wb.save(path)

    name = "b11_company_monthly_quantified_items_rows_months_columns.xls"
    to_legacy(save, name.replace(".xls", ".xlsx"), "xls")
    items = [item(None, str(k), text, float(pts), criteria=crit, rule=rule, cell=f"B{3 + k}", **extra)
             for k, (text, pts, crit, rule, extra) in enumerate(rows, start=1)]
    gold("b11", [name], title, 2026, 100.0, [], items,
         veto=[{"code": "3", "text": "班组当月发生轻伤及以上生产安全事故的", "effect": "当月考核得0分"}],
         veto_effect="当月考核得0分",
         scoring_note="每月考核一次，每月满分100分；全年得分取12个月月度得分的平均值",
         period="月",
         notes="legacy Excel 97 `.xls`; a 量化考核表 with the items DOWN the rows and the months ACROSS — twelve "
               "EMPTY columns `1月`…`12月` and a `年均得分` column — and a `月分值` column (every month worth the "
               "same, 月度合计 100); the scheme's total is the MONTH's 100 (not 1200), the yearly average a "
               "scoring_note; rules mix per_occurrence, tiers, manual and a formula; 说明 3 zeroes the month "
               "(veto); `5日` is a date; `cell` = the item name cell as the xlsx was laid out before conversion")


# ----------------------------------------------------------------------------- b12


def b12():
    """html, 学校: an ONLINE evaluation form saved as html — <fieldset>/<legend> per dimension (no points), each
    item a <label> with a <select> whose <option> texts carry the level points `A 优（10分）`; one item a
    number <input> labelled `（0—20分）`; text inputs for names; the total only in a tip line; a small script."""
    title = "课堂教学质量督导听课评价表（网上填报）"
    levels4 = ["优", "良", "中", "差"]
    tree = [
        ("教学态度", [("备课充分，教案、课件齐全", [10, 8, 6, 3]), ("按时上下课，仪表端庄，精神饱满", [5, 4, 3, 1])]),
        ("教学内容", [("内容准确，重点突出，难点讲透", [15, 12, 9, 5]), ("联系学科前沿和实际", [10, 8, 6, 3])]),
        ("教学方法", [("教学方法得当，启发学生思考", [15, 12, 9, 5]), ("合理运用信息技术手段", [10, 8, 6, 3])]),
        ("教学效果", [("学生听课专注，课堂互动积极", [15, 12, 9, 5]), ("达成本节课教学目标", None)]),
    ]
    body = ['<div class="topbar">教学质量监控与评估中心　|　督导工作平台　|　<a href="#">退出登录</a></div>',
            '<form id="evalForm" action="/supervise/submit" method="post">',
            f"<h2>{esc(title)}</h2>",
            '<p>听课时间：<input type="date" name="date"> 节次：<input type="text" name="period" size="6"> '
            '授课教师：<input type="text" name="teacher" size="10"> 课程名称：<input type="text" name="course"></p>']
    cats, items, n = [], [], 0
    for k, (cname, rows) in enumerate(tree):
        body.append(f"<fieldset><legend>{ORD[k]}、{esc(cname)}</legend>")
        cat_pts = 0
        for text, vals in rows:
            n += 1
            if vals:
                opts = "".join(f"<option>{chr(65 + j)} {lv}（{v}分）</option>" for j, (lv, v) in enumerate(zip(levels4, vals)))
                body.append(f'<p><label>{n}．{esc(text)}</label> <select name="q{n}"><option value="">请选择</option>'
                            f"{opts}</select></p>")
                items.append(item(cname, str(n), text, float(vals[0]), rule="tiers",
                                  levels={lv: float(v) for lv, v in zip(levels4, vals)},
                                  criteria="；".join(f"{lv}（{v}分）" for lv, v in zip(levels4, vals))))
                cat_pts += vals[0]
            else:
                body.append(f'<p><label>{n}．{esc(text)}（0—20分）</label> <input type="number" name="q{n}" min="0" '
                            'max="20" step="0.5"></p>')
                items.append(item(cname, str(n), text, 20.0, criteria="0—20分，由督导直接打分", rule="manual"))
                cat_pts += 20
        body.append("</fieldset>")
        cats.append(cat(cname, None, code=ORD[k], implied_points=float(cat_pts)))
    assert sum(i["points"] for i in items) == 100
    body += ['<p>总体评价与建议：<br><textarea name="comment" rows="4" cols="60"></textarea></p>',
             '<p class="tip">提示：本表满分100分，提交后系统自动合计总分：<output id="total">0</output> 分。'
             "总分90分以上为优秀，80—89分为良好，70—79分为合格，70分以下为需改进。</p>",
             '<p><button type="submit">提交</button> <button type="reset">重置</button></p>',
             "</form>",
             "<script>document.getElementById('evalForm').addEventListener('change',function(){var s=0;"
             "document.querySelectorAll('select').forEach(function(e){var m=e.value.match(/（(\\d+)分）/);"
             "if(m)s+=+m[1];});var x=document.querySelector('input[type=number]');if(x&&x.value)s+=+x.value;"
             "document.getElementById('total').textContent=s;});</script>",
             '<div class="footer">版权所有 © 2026 教学质量监控与评估中心　技术支持：网络信息中心</div>']
    name = "b12_school_web_form_select_option_points_input_box.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    for c in cats:
        c.pop("implied_points")
    gold("b12", [name], title, 2026, 100.0, cats, items,
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 70), ("需改进", None)),
         notes="an ONLINE form saved as html: <fieldset><legend>一、教学态度</legend> per dimension (NO points on the "
               "dimensions; categories with points null — their sums 15/25/25/35 are implied only), each item a "
               "<label> and a <select> whose <option> TEXTS carry the points `A 优（10分）` `B 良（8分）` … (the item's "
               "points = the top option; tiers with `levels`); item 8 is a number <input> with the range in its "
               "label `（0—20分）` (manual 20); the total 100 and the grades only in a tip line; text/date inputs, a "
               "textarea, buttons, a small script that sums the options, top bar and footer chrome")


# ----------------------------------------------------------------------------- b13


def b13():
    """PDF only, NOT a scheme: a contest WINNERS LIST — names, schools, scores `128分` out of `满分150分`,
    prize cut-off lines `一等奖分数线为118分`, ranks, `150分钟`, `5个工作日`."""
    title = "2026年全市中学生数学竞赛获奖名单公示"
    d = new_doc()
    heading(d, title)
    d.add_paragraph("2026年全市中学生数学竞赛于4月12日上午9:00—11:30举行，考试时长150分钟，试卷满分150分，全市共有"
                    "1286名学生参赛。经阅卷、复核，现将获奖名单公示如下。根据竞赛章程，一等奖分数线为118分，二等奖分数线"
                    "为102分，三等奖分数线为90分。")
    rows = [("1", "刘一鸣", "市第一中学", "高二", "141", "一等奖"), ("2", "陈思远", "实验中学", "高二", "136", "一等奖"),
            ("3", "王若溪", "市第一中学", "高一", "128", "一等奖"), ("4", "赵子涵", "育才中学", "高二", "121", "一等奖"),
            ("5", "孙浩然", "外国语学校", "高一", "115", "二等奖"), ("6", "周雨桐", "实验中学", "高一", "109", "二等奖"),
            ("7", "吴俊杰", "城南中学", "高二", "103", "二等奖"), ("8", "郑佳怡", "育才中学", "高一", "98", "三等奖"),
            ("9", "冯睿", "城北中学", "高二", "93", "三等奖"), ("10", "何欣然", "外国语学校", "高一", "90", "三等奖")]
    grid(d, ["名次", "姓名", "学校", "年级", "成绩（分）", "奖项"], rows)
    d.add_paragraph("（以上为各奖项前列名单，完整名单见附件。同分者并列。）")
    d.add_paragraph("公示期为5个工作日。如有异议，请于公示期内向市教育学会竞赛办公室反映，联系电话：0571-8800XXXX。")
    right = d.add_paragraph("市教育学会\n2026年4月28日")
    right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    docx_name = "b13_school_math_contest_winners_scores_cutoffs_not_scheme.docx"
    d.save(HERE / docx_name)
    docx_to_pdf(docx_name, keep_docx=False)
    name = docx_name.replace(".docx", ".pdf")
    not_a_scheme("b13", [name], title, 2026,
                 "a contest WINNERS LIST (公示): students, schools, obtained scores `141` … `90` of `满分150分`, prizes, "
                 "prize CUT-OFF lines `一等奖分数线为118分` (they read like grade bands but classify results, no "
                 "assessment rules), `150分钟`, `9:00—11:30`, `5个工作日`, `1286名`")


# ----------------------------------------------------------------------------- b14


def b14():
    """docx, NOT a scheme: one student's 成绩单 — courses, 学分, scores (`92`, `78（重修）`, `优秀`), 绩点, a
    GPA line and a 绩点换算 table `90—100 | 4.0` that reads like a grade table."""
    title = "江州大学本科生学业成绩单"
    d = new_doc()
    heading(d, title)
    d.add_paragraph("学号：2023011247　　姓名：林晓　　学院：经济与管理学院　　专业：会计学　　入学年月：2023年9月")
    rows = [("2023-2024-1", "高等数学A（一）", "必修", "5", "88", "3.7"),
            ("2023-2024-1", "大学英语（一）", "必修", "3", "92", "4.0"),
            ("2023-2024-1", "会计学原理", "必修", "3", "85", "3.7"),
            ("2023-2024-2", "高等数学A（二）", "必修", "5", "78（重修）", "2.7"),
            ("2023-2024-2", "微观经济学", "必修", "3", "81", "3.3"),
            ("2023-2024-2", "体育（二）", "必修", "1", "优秀", "4.0"),
            ("2024-2025-1", "中级财务会计", "必修", "4", "90", "4.0"),
            ("2024-2025-1", "统计学", "必修", "3", "74", "2.7"),
            ("2024-2025-1", "商务沟通", "选修", "2", "良好", "3.3")]
    grid(d, ["学期", "课程名称", "课程性质", "学分", "成绩", "绩点"], rows)
    d.add_paragraph("已获总学分：29　　平均学分绩点（GPA）：3.46　　加权平均分：84.3分　　专业排名：27/186")
    run_line(d, "成绩与绩点换算说明", bold=True)
    grid(d, ["百分制成绩", "五级制成绩", "绩点"],
         [("90—100", "优秀", "4.0"), ("85—89", "—", "3.7"), ("80—84", "良好", "3.3"), ("75—79", "—", "3.0"),
          ("70—74", "中等", "2.7"), ("60—69", "及格", "2.0"), ("60分以下", "不及格", "0")])
    d.add_paragraph("注：重修课程按实际成绩计算绩点；GPA＝Σ（课程学分×绩点）÷Σ课程学分。本成绩单加盖教务处公章有效。")
    right = d.add_paragraph("江州大学教务处（盖章）\n打印日期：2026年3月6日")
    right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    name = "b14_school_student_transcript_gpa_conversion_table_not_scheme.docx"
    d.save(HERE / name)
    not_a_scheme("b14", [name], title, 2026,
                 "one student's TRANSCRIPT: courses, 学分, obtained scores (`92`, `78（重修）`, `优秀`), 绩点, "
                 "`GPA 3.46`, `加权平均分：84.3分`, a rank, and a 绩点换算 TABLE `90—100 | 优秀 | 4.0` that reads like "
                 "a grade table; it assesses no work and sets no scoring rules")


BUILDS = [b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14]


def main():
    """Build every document and gold; with --pdf render the PDFs, else drop pdf-only intermediates."""
    if not shutil.which("soffice"):
        sys.exit("soffice (LibreOffice) is needed for the .doc/.xls documents")
    for build in BUILDS:
        build()
    if "--pdf" in sys.argv:
        for job in PDF_JOBS:
            job()
    else:
        for name in PDF_INTERMEDIATES:
            (HERE / name).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
