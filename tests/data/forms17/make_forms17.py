"""Build the SEVENTEENTH forms probe set (held out) and its gold from one hand-written content table each.

Theme: a REALISM ROUND. The earlier sets (tests/data/forms … forms16, unseen) each probed ONE form of stating
points per document; real notices combine several. Every scheme here is a whole published notice mixing three
or four ways of stating points, with the details real notices have: a 通知 cover letter before the 附件, 附件1 /
附件2 with different jobs, page headers and footers with page numbers, signature blocks, a 填报说明, a results-use
paragraph with money (`每分折合80元`), a revision mark `（修订）`, footnote marks. Rubrics and forms: a 评分表 whose
criteria column mixes per-occurrence deductions, level bands and 酌情 judgement row by row with 自评分 / 考核得分
fill-in columns and a 备注 column of data sources; a two-page form whose page 2 continues the table without the
header; a contest rubric with 评委1…评委5 columns and a trimmed mean; an award matrix (级别 × 名次) appended as
附件2 to a prose 办法 whose bonus article cites it; a 是/否 checklist with the points in brackets in the item
text. Prose: a 考核办法 whose articles define modules, sub-parts in later articles, capped and soft-capped bonus
and deduction articles, a veto, grades and results use; a 通知 whose numbered paragraphs each use a different
notation (`（15分）`, `计20分`, `20分值`, `满分15分`, `分值为10`, `（本项10分）`, `占10分`); a 实施细则 with a
table for the main items and prose for 加分 / 扣分; a 目标责任书 with targets per unit and points per target; an
(1)(2)(3) regulation in a PDF with a running header and page numbers. Weights: 党建30% 业务50% 满意度20% with a
table of 100 each; 平时考核 40% + 年终考核 60% with a table each. And two documents full of `N分` that are not
schemes (a 考核结果通报 with units, scores, ranks and money; a 培训课程表 with 学时 / 学分).
Each document's content is written once below and rendered both into the document and into
``gold/<id>.json``, so the gold is the content, never kaohe's output.
Run from the repo root: ``.venv/bin/python tests/data/forms17/make_forms17.py`` (add ``--pdf`` to refresh
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

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
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
    with tempfile.TemporaryDirectory(prefix="lo_forms17_") as profile:
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


def bold_line(d, text, size=None, center=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def right_line(d, text):
    p = d.add_paragraph(text)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_field(paragraph, instr):
    """A Word field (PAGE / NUMPAGES) in a run: begin, instruction, separate, a placeholder, end."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {text} "
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


def header_footer(d, header_text, footer="dash"):
    """A running header line and a page-number footer (`— 1 —` or `第 1 页 共 2 页`) on every page."""
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer == "dash":
        fp.add_run("— ")
        add_field(fp, "PAGE")
        fp.add_run(" —")
    else:
        fp.add_run("第 ")
        add_field(fp, "PAGE")
        fp.add_run(" 页　共 ")
        add_field(fp, "NUMPAGES")
        fp.add_run(" 页")


def set_widths(table, cms):
    """Column widths in cm on every cell (Word and LibreOffice honour the cell widths)."""
    table.autofit = False
    for col, w in zip(table._tbl.tblGrid.gridCol_lst, cms):
        col.w = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


def wrap(ws, widths, first_row=1):
    for col, w in zip("ABCDEFGHIJKL", widths):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=first_row):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")


# ----------------------------------------------------------------------------- a01


def a01():
    """docx, 街道: a 通知 cover letter (文号, numbered sections, results use with money `每分折合80元`, grades) then
    `附件` on a new page: the 评分表 with a fill-in line, columns 考核项目 | 考核内容 | 分值 | 评分标准 | 自评分 |
    考核得分 | 备注（数据来源）; the criteria column mixes per-occurrence deductions, level bands, a formula and
    `酌情评分` row by row; a 填报说明 under the table holds the bonus and the veto; running header, page footer."""
    notice = "关于开展2026年上半年社区网格化服务管理考核的通知"
    title = "东湖街道2026年上半年社区网格化服务管理考核评分表"
    tree = [
        ("网格队伍", 20, [
            ("网格员配备", "每个网格配备1名专职网格员，人员信息在平台登记", 8, "每缺配1名扣2分，扣完为止",
             "per_occurrence", {"per_occurrence": -2.0, "unit": "名"}, "街道网格办人员台账"),
            ("业务培训", "网格员参加街道组织的业务培训", 12,
             "出勤率100%的得12分；90%（含）至100%的得8分；90%以下的得4分", "tiers",
             {"levels": {"100%": 12.0, "90%至100%": 8.0, "90%以下": 4.0}}, "培训签到表"),
        ]),
        ("信息采集", 30, [
            ("基础信息", "人口、房屋、单位等基础信息录入网格化管理平台", 15, "随机抽查20条，每错漏1条扣1分，扣完为止",
             "per_occurrence", {"per_occurrence": -1.0, "unit": "条"}, "平台抽查"),
            ("动态更新", "人员出生、死亡、迁入迁出等变动信息及时更新", 15,
             "考核组查看平台更新记录，视更新及时性、完整性酌情评分", "manual", {}, "平台后台日志"),
        ]),
        ("事件处置", 35, [
            ("事件上报", "网格员日常巡查发现问题及时上报", 10,
             "月均上报20件以上的得10分，10至19件的得6分，10件以下的得2分", "tiers",
             {"levels": {"20件以上": 10.0, "10至19件": 6.0, "10件以下": 2.0}}, "平台月报"),
            ("按时办结", "上报事件在规定时限内办结", 15, "得分＝按时办结率×15", "proportional",
             {"formula": "按时办结率×15"}, "平台统计"),
            ("群众投诉", "因处置不当引发群众投诉", 10, "经核实的有效投诉每件扣2分，扣完为止", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "件"}, "12345热线工单"),
        ]),
        ("群众评价", 15, [
            ("居民满意度", "随机电话回访辖区居民，每个社区不少于50户", 15,
             "满意率95%以上的得15分，每降低1个百分点扣1分，扣完为止", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "1个百分点"}, "第三方电话回访"),
        ]),
    ]
    d = new_doc()
    header_footer(d, "东湖街道办事处文件", footer="dash")
    p = d.add_paragraph("东街办〔2026〕21号")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading(d, notice)
    paragraphs(d, [
        "各社区居委会：",
        "为推动网格化服务管理提质增效，经街道党工委研究，决定开展2026年上半年社区网格化服务管理考核。现将有关事项通知如下：",
        "一、考核对象。辖区12个社区。",
        "二、考核时间。6月20日至6月30日。各社区先对照评分表开展自评，于6月18日17时前将自评表报街道网格办。",
        "三、考核方式。由街道网格办牵头，会同平安办、民政办组成考核组，采取查阅台账、平台抽查、电话回访等方式，"
        "按附件评分表逐项评分。",
        "四、结果运用。考核满分100分，得分90分以上为优秀，75分至89分为良好，60分至74分为合格，60分以下为不合格。"
        "考核得分与社区网格员绩效奖励挂钩，每分折合80元；考核不合格的社区，由街道分管领导约谈社区党组织书记。",
        "附件：东湖街道2026年上半年社区网格化服务管理考核评分表",
    ])
    right_line(d, "东湖街道办事处")
    right_line(d, "2026年6月8日")
    page_break(d)
    bold_line(d, "附件")
    heading(d, title, size=14)
    d.add_paragraph("被考核社区：____________　　自评人：________　　考核组成员（签字）：____________")
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h in enumerate(["考核项目", "考核内容", "分值", "评分标准", "自评分", "考核得分", "备注（数据来源）"]):
        set_cell(t.cell(0, c), h, bold=True)
    cats, items, n = [], [], 0
    for cname, pts, rows in tree:
        first = len(t.rows)
        assert sum(r[2] for r in rows) == pts
        for name, content, ipts, crit, rule, extra, source in rows:
            n += 1
            r = t.add_row()
            for c, v in enumerate(["", f"{n}．{name}：{content}", g(ipts), crit, "", "", source]):
                set_cell(r.cells[c], v)
            items.append(item(cname, str(n), name, float(ipts), criteria=crit, rule=rule, requirement=content,
                              source=source, **extra))
        merge_down(t, 0, first, len(t.rows) - 1, f"{cname}\n（{pts}分）")
        cats.append(cat(cname, float(pts)))
    r = t.add_row()
    set_cell(r.cells[0], "合计")
    set_cell(r.cells[2], "100")
    set_widths(t, [2.0, 4.2, 1.1, 4.6, 1.2, 1.3, 2.2])
    paragraphs(d, [
        "填报说明：",
        "1．“自评分”栏由社区填写，“考核得分”栏由考核组填写，备注栏为考核组核验的数据来源。",
        "2．评分标准中注明“酌情评分”的，由考核组在该项分值内综合评定，不得超过该项分值。",
        "3．加分：社区网格化工作经验做法被区级以上推广的，每次加1分，最多加3分。",
        "4．辖区发生因网格排查不到位导致的较大以上安全事故的，实行一票否决，考核结果直接定为不合格。",
    ])
    name = "a01_street_cover_notice_rubric_mixed_criteria_self_score_source.docx"
    d.save(HERE / name)
    gold("a01", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "3", "text": "社区网格化工作经验做法被区级以上推广", "criteria": "每次加1分，最多加3分",
                 "per_occurrence": 1.0, "unit": "次", "cap": 3.0}],
         veto=[{"code": "4", "text": "辖区发生因网格排查不到位导致的较大以上安全事故的", "effect": "考核结果直接定为不合格"}],
         veto_effect="考核结果直接定为不合格",
         grades=bands(("优秀", 90), ("良好", 75), ("合格", 60), ("不合格", None)),
         results_use="考核得分与社区网格员绩效奖励挂钩，每分折合80元",
         alternative_titles=[notice],
         notes="a whole notice: 文号, cover letter `关于开展…的通知` with numbered sections (the total, the grades and "
               "the money `每分折合80元` are ONLY in 四、结果运用), then `附件` on a new page with the 评分表: a fill-in line, "
               "columns 考核项目 (merged down `网格队伍\\n（20分）`) | 考核内容 `1．name：requirement` | 分值 | 评分标准 | "
               "自评分 | 考核得分 (both empty) | 备注（数据来源）; the criteria column mixes per-occurrence deductions, level "
               "bands, a formula and `酌情评分` row by row; bonus and veto only in the 填报说明 under the table; a running "
               "header `东湖街道办事处文件` and a `— 1 —` page footer; `17时`, `50户`, `20条`, `12个社区` are not points")


# ----------------------------------------------------------------------------- a02


def a02():
    """pdf only, 学校: a revised (`（2026年修订）`) 检查评分表 over TWO PAGES; the header row is NOT repeated, so page 2
    starts in the middle of the table; section rows merged across carry the category points; level ranges,
    per-occurrence deductions, `酌情评分`; a `五、加分项目（最多加5分）` section INSIDE the table with `+2/节`;
    a footnote mark `①` keyed to a 注; a signature block; header and `第 1 页 共 2 页` footer."""
    title = "滨江中学教师教学常规检查评分表（2026年修订）"
    tree = [
        ("备课", 30, [
            ("教案数量", "按课时数备足教案，提前备课不少于一周，教案按规定格式书写，含教学目标、重难点、教学过程和板书设计",
             10, "每缺1课时教案扣1分，扣完为止", "per_occurrence", {"per_occurrence": -1.0, "unit": "课时"}),
            ("教案质量", "教学目标明确具体，重难点把握准确，教学环节设计合理，课后及时撰写教学反思，反思有针对性",
             12, "优秀10-12分；良好7-9分；一般4-6分；较差0-3分", "tiers",
             {"levels": {"优秀": [10.0, 12.0], "良好": [7.0, 9.0], "一般": [4.0, 6.0], "较差": [0.0, 3.0]}}),
            ("集体备课", "按时参加教研组、备课组集体备课活动，有主备人发言稿和个人二次备课记录",
             8, "每缺席1次扣2分，扣完为止", "per_occurrence", {"per_occurrence": -2.0, "unit": "次"}),
        ]),
        ("上课", 25, [
            ("课堂常规", "按时上下课，不迟到、不拖堂、不提前下课，上课期间不接打手机，不坐着上课（特殊情况除外）",
             10, "经学校巡课发现违规的，每次扣2分，扣完为止", "per_occurrence", {"per_occurrence": -2.0, "unit": "次"}),
            ("听课评课①", "每学期听课不少于15节，听课记录完整，有评课意见和改进建议，参加学校组织的评课活动",
             15, "达到15节的得15分；每少1节扣1分", "per_occurrence", {"per_occurrence": -1.0, "unit": "节"}),
        ]),
        ("作业", 25, [
            ("作业布置", "作业量适当，难度适中，体现分层要求，不布置机械重复和惩罚性作业，书面作业总量符合规定",
             10, "由检查组查阅学生作业本后酌情评分", "manual", {}),
            ("作业批改", "作业全批全改，批改及时、规范，有等级和批改日期，对典型错误有讲评和二次批改记录",
             15, "抽查两个班作业，全部达到要求的得15分，基本达到的得10分，未达到的得5分", "tiers",
             {"levels": {"全部达到": 15.0, "基本达到": 10.0, "未达到": 5.0}}),
        ]),
        ("辅导与考试", 20, [
            ("课后辅导", "制订学困生辅导计划，有辅导记录和效果分析，课后服务时段按安排到岗",
             8, "有计划有记录的得8分，只有计划的得4分，均无的不得分", "tiers",
             {"levels": {"有计划有记录": 8.0, "只有计划": 4.0, "均无": 0.0}}),
            ("质量分析", "每次单元检测和期中、期末考试后撰写质量分析，分析有数据、有原因、有措施",
             12, "每缺1次扣4分，扣完为止", "per_occurrence", {"per_occurrence": -4.0, "unit": "次"}),
        ]),
    ]
    extras = [("承担公开课", "承担校级以上公开课、示范课", "+2/节", 2.0, "节"),
              ("论文获奖", "教学论文在区级以上评比中获奖或在正式刊物发表", "+1/篇", 1.0, "篇")]
    d = new_doc()
    d.styles["Normal"].font.size = Pt(12)
    header_footer(d, "滨江中学教务处　　教学常规管理用表", footer="pages")
    heading(d, title, size=15)
    paragraphs(d, [
        "说明：本表用于每学期期中、期末两次教学常规检查，由教务处组织学科检查组逐项检查评分，满分100分。"
        "两次检查得分的平均分为教师本学期教学常规得分，计入教师学期考核。本表自2026年春季学期起使用，原表同时停止使用。",
        "检查方式：检查组采取查阅教案、作业和听课记录，随堂听课，抽查学生作业，召开学生座谈会等方式进行。"
        "被检查教师应提前准备好本学期教案、听课记录、作业批改记录和质量分析材料，检查当日交教研组长汇总。",
        "被检查教师：__________　　任教学科：__________　　任教班级：__________",
    ])
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["序号", "检查项目", "检查内容及要求", "分值", "评分办法", "得分"]):
        set_cell(t.cell(0, c), h, bold=True)
    cats, items, n = [], [], 0
    for k, (cname, pts, rows) in enumerate(tree):
        t.add_row()
        merge_across(t, len(t.rows) - 1, f"{ORD[k]}、{cname}（{pts}分）", bold=True)
        cats.append(cat(cname, float(pts), code=ORD[k]))
        assert sum(r[2] for r in rows) == pts
        for name, content, ipts, crit, rule, extra in rows:
            n += 1
            r = t.add_row()
            for c, v in enumerate([str(n), name, content, g(ipts), crit, ""]):
                set_cell(r.cells[c], v)
            items.append(item(cname, str(n), name.rstrip("①"), float(ipts), criteria=crit, rule=rule,
                              requirement=content, **extra))
    t.add_row()
    merge_across(t, len(t.rows) - 1, "五、加分项目（最多加5分）", bold=True)
    bonus = []
    for name, content, cell, per, unit in extras:
        n += 1
        r = t.add_row()
        for c, v in enumerate([str(n), name, content, cell, "按次累计，计入学期得分", ""]):
            set_cell(r.cells[c], v)
        bonus.append({"code": str(n), "text": name, "criteria": content, "printed": cell, "per_occurrence": per,
                      "unit": unit})
    r = t.add_row()
    set_cell(r.cells[1], "合计")
    set_cell(r.cells[3], "100")
    set_widths(t, [1.0, 2.2, 6.2, 1.2, 4.4, 1.2])
    paragraphs(d, [
        "注：①跨学科听课可计入听课节数，但每学期不超过5节；参加区级以上教研活动听课的，每次按2节计算。",
        "检查组成员（签字）：________________　　被检查教师（签字）：____________",
        "检查日期：______年____月____日",
    ])
    right_line(d, "滨江中学教务处")
    right_line(d, "2026年2月修订")
    name = "a02_school_two_page_form_no_repeated_header_bonus_rows_signature.docx"
    d.save(HERE / name)
    docx_to_pdf(name, keep_docx=False)
    gold("a02", [name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         bonus=bonus, bonus_cap=5.0,
         scoring_note="每学期期中、期末两次检查，两次得分的平均分为本学期教学常规得分",
         notes="PDF only (its docx is an intermediate, deleted); a 检查评分表 printed over TWO PAGES whose header row "
               "序号 | 检查项目 | 检查内容及要求 | 分值 | 评分办法 | 得分 is NOT repeated: page 2 starts mid-table; section "
               "rows merged across `一、备课（30分）`; item rules mix per-occurrence deductions, level ranges "
               "`优秀10-12分；良好7-9分…`, `酌情评分` and tiers; the section `五、加分项目（最多加5分）` INSIDE the table "
               "holds bonus rows whose 分值 cell is `+2/节` / `+1/篇` (bonus entries per occurrence, bonus_cap 5); `听课评课①` carries a footnote mark keyed to `注：①…` (not points); the title carries "
               "the revision mark `（2026年修订）`; a page header, `第 1 页 共 2 页` footer and a signature block; "
               "`15节`, `5节`, `2节` are counts")


# ----------------------------------------------------------------------------- a03


def a03():
    """xlsx, 工会: a contest score sheet for ONE contestant: fill-in line, rows = criteria with 分值 and level bands in
    the 评分标准 cell (one row `酌情评分`), columns 评委1 … 评委5 (empty) and 平均分; an overtime deduction row
    per 30 seconds; a 最后得分 row stating the trimmed mean; a 填表说明 block; 评委签字 line; prize quotas."""
    title = "2026年全市职工“奋斗正当时”主题演讲比赛评分表"
    rows = [
        ("演讲内容", 40, "主题鲜明，紧扣“奋斗正当时”主题，内容充实，事例真实感人。优秀36-40分；良好30-35分；一般24-29分；较差23分以下",
         "tiers", {"levels": {"优秀": [36.0, 40.0], "良好": [30.0, 35.0], "一般": [24.0, 29.0], "较差": [0.0, 23.0]}}),
        ("语言表达", 25, "普通话标准，吐字清晰，语速适中，语调富于变化。优秀23-25分；良好19-22分；一般15-18分；较差14分以下",
         "tiers", {"levels": {"优秀": [23.0, 25.0], "良好": [19.0, 22.0], "一般": [15.0, 18.0], "较差": [0.0, 14.0]}}),
        ("形象风度", 15, "衣着整洁得体，举止自然大方，精神饱满，由评委在本项分值内酌情评分", "manual", {}),
        ("综合效果", 20, "感染力强，现场反响热烈的得17-20分；反响较好的得12-16分；反响一般的得11分以下", "tiers",
         {"levels": {"反响热烈": [17.0, 20.0], "反响较好": [12.0, 16.0], "反响一般": [0.0, 11.0]}}),
    ]
    width = 10
    wb, ws = titled_sheet("评分表", title, width)
    ws["A2"] = "选手编号：______　　选手姓名：__________　　参赛单位：____________________　　演讲用时：____分____秒"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    header_row(ws, 3, ["序号", "评分项目", "分值", "评分标准", "评委1", "评委2", "评委3", "评委4", "评委5", "平均分"])
    items = []
    for k, (name, pts, crit, rule, extra) in enumerate(rows):
        r = 4 + k
        for c, v in enumerate([str(k + 1), name, pts, crit], start=1):
            ws.cell(row=r, column=c, value=v)
        items.append(item(None, str(k + 1), name, float(pts), criteria=crit, rule=rule, cell=f"B{r}", **extra))
    r = 4 + len(rows)
    ws.cell(row=r, column=2, value="合计")
    ws.cell(row=r, column=3, value=100)
    r += 1
    ws.cell(row=r, column=2, value="扣分")
    ws.cell(row=r, column=4, value="演讲时间5分钟，超时30秒以内不扣分；超过30秒的，每超30秒扣0.5分（由计时员填写）")
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=9)
    r += 1
    ws.cell(row=r, column=2, value="最后得分")
    ws.cell(row=r, column=4, value="五位评委评分去掉一个最高分和一个最低分，取其余三位评委的平均分，减去超时扣分，保留两位小数")
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=9)
    notes = ["填表说明：",
             "1．评委按评分项目独立评分，各项得分不得超过该项分值，可保留一位小数；“平均分”栏由统分员填写。",
             "2．比赛设一等奖3名、二等奖6名、三等奖9名，按最后得分由高到低确定；得分相同的，以“演讲内容”得分高者列前。",
             "3．演讲稿须为原创，经查实抄袭的，取消参赛资格。",
             "评委签字：________　________　________　________　________　　　统分员：________　　监督员：________",
             "市总工会宣传教育部　2026年4月"]
    for k, line in enumerate(notes):
        rr = r + 2 + k
        ws.cell(row=rr, column=1, value=line)
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=width)
    wrap(ws, [5, 10, 6, 46, 7, 7, 7, 7, 7, 8], first_row=2)
    name = "a03_union_speech_contest_judges_columns_trimmed_mean_overtime.xlsx"
    wb.save(HERE / name)
    gold("a03", [name], title, 2026, 100.0, [], items,
         deductions=[{"text": "超时", "criteria": "演讲时间5分钟，超时30秒以内不扣分；超过30秒的，每超30秒扣0.5分",
                      "per_occurrence": -0.5, "unit": "30秒"}],
         veto=[{"code": "3", "text": "演讲稿经查实抄袭的", "effect": "取消参赛资格"}], veto_effect="取消参赛资格",
         raters=["评委1", "评委2", "评委3", "评委4", "评委5"],
         scoring_note="五位评委评分去掉一个最高分和一个最低分，取其余三位评委的平均分，减去超时扣分",
         notes="a contest score sheet for ONE contestant: a fill-in line (选手编号 / 姓名 / 单位 / 用时), criteria rows "
               "with 分值 and the level BANDS inside the 评分标准 cell (`优秀36-40分；良好30-35分…；较差23分以下`, one "
               "row `酌情评分` = manual, one band row worded `反响热烈的得17-20分…`), FIVE empty judge columns 评委1…评委5 "
               "and an empty 平均分 column (`raters`); 合计 100; an overtime deduction row per 30 s (a deduction entry, "
               "not an item); a 最后得分 row states the trimmed mean (scoring_note); the 填表说明 block has prize quotas "
               "(3/6/9 prizes, not grades) and a disqualification for plagiarism (a veto, as forms12 v08); "
               "`5分钟`, `30秒`, `____分____秒` are durations")


# ----------------------------------------------------------------------------- a04


def a04():
    """.doc, 教育: an 印发 notice, then the 办法 in 第X条 articles (module points in each article's first sentence,
    款 with `计N分`, rank bands, a per-day attendance rule), a bonus article that only CITES 附件2 (`按附件2计分`),
    a deduction article, a veto, grades, results use with money; 附件1 a blank 登记表 (not scored); 附件2 the award
    matrix 级别 × 名次."""
    notice = "关于印发《城南区中小学教师年度考核办法》的通知"
    title = "城南区中小学教师年度考核办法"
    modules = [
        ("第五条", "师德师风", 20, [
            ("（一）", "依法执教、爱岗敬业", 10, "有违反师德规范行为经查实的，本项不得分", "threshold", {}),
            ("（二）", "关爱学生、家校沟通", 10, "由学校考核小组结合家长问卷酌情评定", "manual", {}),
        ]),
        ("第六条", "教育教学", 50, [
            ("（一）", "教学工作量", 20, "完成学校核定周课时量的得满分，每少1课时/周扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "课时/周"}),
            ("（二）", "教学质量", 20,
             "按所任学科区统考平均分在同类学校中的位次计分，位于前30%的得20分，30%至70%的得15分，后30%的得10分", "tiers",
             {"levels": {"前30%": 20.0, "30%至70%": 15.0, "后30%": 10.0}}),
            ("（三）", "班级管理", 10, "担任班主任满一学年的得10分，担任年级组长、教研组长等其他管理工作的得6分", "tiers",
             {"levels": {"班主任": 10.0, "其他管理工作": 6.0}}),
        ]),
        ("第七条", "专业发展", 15, [
            ("（一）", "继续教育", 8, "完成年度72学时的得8分，未完成的不得分", "threshold", {}),
            ("（二）", "校本教研", 7, "每学期承担校级以上研究课不少于1节，每少1节扣3.5分", "per_occurrence",
             {"per_occurrence": -3.5, "unit": "节"}),
        ]),
    ]
    attendance = ("第八条", "出勤纪律", 15, "事假每天扣0.5分，病假每天扣0.2分，旷工每天扣5分，扣完为止")
    matrix = [("国家级", 6, 5, 4), ("省级", 4, 3, 2), ("市级", 2, 1.5, 1), ("区级", 1, 0.5, 0.3)]
    d = new_doc()
    header_footer(d, "城南区教育局", footer="dash")
    p = d.add_paragraph("城南教发〔2026〕9号")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading(d, notice)
    paragraphs(d, ["各中小学校：",
                   "现将《城南区中小学教师年度考核办法》印发给你们，请认真遵照执行。执行中遇到的问题，请及时向区教育局人事科反馈。",
                   "附件：1．城南区中小学教师年度考核登记表", "　　　2．教育教学竞赛获奖加分标准"])
    right_line(d, "城南区教育局")
    right_line(d, "2026年1月12日")
    page_break(d)
    heading(d, title, size=15)
    paragraphs(d, [
        "第一条　为客观公正评价教师履职情况，激励教师爱岗敬业，根据有关规定，结合本区实际，制定本办法。",
        "第二条　本办法适用于全区公办中小学在编在岗教师。",
        "第三条　年度考核由学校考核小组组织实施，每年12月进行，考核结果报区教育局备案。",
        "第四条　考核内容包括师德师风、教育教学、专业发展、出勤纪律四个方面，满分100分。",
    ])
    cats, items = [], []
    for code, cname, pts, rows in modules:
        assert sum(r[2] for r in rows) == pts
        parts = []
        for kcode, text, ipts, crit, rule, extra in rows:
            parts.append(f"{kcode}{text}，计{ipts}分，{crit}")
            items.append(item(cname, kcode, text, float(ipts), criteria=crit, rule=rule, **extra))
        d.add_paragraph(f"{code}　{cname}{pts}分，考核以下内容：" + "；".join(parts) + "。")
        cats.append(cat(cname, float(pts), code=code))
    code, cname, pts, crit = attendance
    d.add_paragraph(f"{code}　{cname}{pts}分。教师请假按学校考勤制度办理，{crit}。")
    cats.append(cat(cname, float(pts), code=code))
    items.append(item(cname, None, cname, float(pts), criteria=crit, rule="per_occurrence",
                      per_occurrence={"事假": -0.5, "病假": -0.2, "旷工": -5.0}, unit="天"))
    paragraphs(d, [
        "第九条　加分。教师本人参加教育教学竞赛获奖的，按附件2计分；同一项目按最高级别计分，不重复加分。加分累计不超过6分。",
        "第十条　扣分。教师受到学校书面通报批评的，每次扣2分；违反规定从事有偿补课的，每次扣5分。",
        "第十一条　有下列情形之一的，年度考核直接确定为不合格：（一）体罚或变相体罚学生，造成恶劣影响的；"
        "（二）受到党纪政务处分，处分期未满的。",
        "第十二条　考核得分90分以上的，可确定为优秀等次，优秀等次人数不超过本校参加考核人数的20%；60分至89分的为合格；"
        "60分以下的为不合格。",
        "第十三条　考核结果作为教师绩效工资分配、职称评聘和评优评先的重要依据。奖励性绩效工资中的考核奖按考核得分计发，每分折合60元。",
        "第十四条　本办法自2026年1月1日起施行，由区教育局负责解释。",
    ])
    page_break(d)
    bold_line(d, "附件1")
    heading(d, "城南区中小学教师年度考核登记表", size=14)
    grid(d, ["姓名", "", "性别", "", "任教学科", ""],
         [["所在学校", "", "职称", "", "参加工作时间", ""],
          ["本年度主要工作和获奖情况（本人填写）", "", "", "", "", ""],
          ["学校考核小组意见", "", "", "考核等次", "", ""],
          ["本人签字", "", "", "学校（盖章）", "", ""]])
    page_break(d)
    bold_line(d, "附件2")
    heading(d, "教育教学竞赛获奖加分标准", size=14)
    d.add_paragraph("（单位：分）")
    grid(d, ["级别＼名次", "一等奖", "二等奖", "三等奖"], [[lv, g(a), g(b), g(c)] for lv, a, b, c in matrix])
    d.add_paragraph("说明：1．竞赛指教育行政部门或教研部门主办的优质课、基本功、课件制作等教育教学竞赛；"
                    "2．以团队形式获奖的，团队主要成员（不超过3人）均按上表计分。")
    name = "a04_school_issued_measures_bonus_article_cites_annex2_matrix.doc"
    to_legacy(lambda path: d.save(path), name.replace(".doc", ".docx"), "doc")
    gold("a04", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "第九条", "text": "教师本人参加教育教学竞赛获奖", "rule": "lookup", "source": "附件2",
                 "levels": {lv: {"一等奖": float(a), "二等奖": float(b), "三等奖": float(c)} for lv, a, b, c in matrix},
                 "highest_only": True, "cap": 6.0}],
         bonus_cap=6.0,
         deductions=[{"code": "第十条", "text": "受到学校书面通报批评", "per_occurrence": -2.0, "unit": "次"},
                     {"code": "第十条", "text": "违反规定从事有偿补课", "per_occurrence": -5.0, "unit": "次"}],
         veto=[{"code": "（一）", "text": "体罚或变相体罚学生，造成恶劣影响的", "effect": "年度考核直接确定为不合格"},
               {"code": "（二）", "text": "受到党纪政务处分，处分期未满的", "effect": "年度考核直接确定为不合格"}],
         veto_effect="年度考核直接确定为不合格",
         grades=[{"name": "优秀", "min_score": 90}, {"name": "合格", "min_score": 60, "max_score": 89},
                 {"name": "不合格", "max_score": 60}],
         results_use="奖励性绩效工资中的考核奖按考核得分计发，每分折合60元",
         alternative_titles=[notice],
         notes="legacy Word 97 `.doc`; an 印发 notice (文号, 附件 list) then the 办法 in 第X条 articles: each module "
               "article opens `第五条　师德师风20分，考核以下内容：` and lists its 款 in one paragraph `（一）text，计10分，"
               "rule；（二）…` (category code = the article); 第八条 出勤纪律 is a module with NO 款: one item of 15 "
               "(per-day rates per kind of leave); 第九条 only CITES the matrix `按附件2计分` — the bonus is the lookup "
               "of 附件2 (级别 × 名次, corner cell `级别＼名次`, `（单位：分）`), highest level only, cap 6; 附件1 is a blank "
               "登记表 (not scored, no points); the 20% quota on 优秀 is not a grade bound; `每分折合60元` is results use; "
               "`72学时`, `3人` are not points; a running header and `— 1 —` page footer")


# ----------------------------------------------------------------------------- a05


def a05():
    """html, 教育/食品安全: a 是/否 CHECKLIST whose points are in BRACKETS IN THE ITEM TEXT (`是否…（5分）`), some
    brackets also carrying the rule (`（10分，每发现1人未持证扣2分）`, `（9分，防鼠、防蝇、防尘设施各3分）`,
    `（7分，视台账完整程度酌情评分）`); section rows with points; ★ key items that fail the whole check; a
    result line with fill-ins; a page header/footer as a Word-exported page."""
    title = "城关区2026年度学校食堂食品安全自查评分表"
    tree = [
        ("许可与人员", 20, [
            ("是否在显著位置公示食品经营许可证", 5, "", "threshold", {}, False),
            ("是否配备专（兼）职食品安全管理员", 5, "", "threshold", {}, False),
            ("从业人员是否持有效健康证明上岗", 10, "每发现1人未持证扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "人"}, True),
        ]),
        ("场所与设施", 30, [
            ("是否设置独立的粗加工、烹饪、餐用具清洗消毒场所", 10, "", "threshold", {}, False),
            ("是否配备有效的防鼠、防蝇、防尘设施", 9, "防鼠、防蝇、防尘设施各3分", "components",
             {"components": [{"text": "防鼠设施", "points": 3.0}, {"text": "防蝇设施", "points": 3.0},
                             {"text": "防尘设施", "points": 3.0}]}, False),
            ("是否配备餐用具消毒设备并正常使用", 11, "", "threshold", {}, False),
        ]),
        ("加工与贮存", 35, [
            ("库存食品原料是否均在保质期内", 10, "", "threshold", {}, True),
            ("是否每餐次按品种留样，每个品种不少于125克，冷藏保存48小时以上", 10, "每缺1个餐次扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "餐次"}, False),
            ("生熟食品、原料与成品是否分开存放", 8, "", "threshold", {}, False),
            ("是否落实进货查验和索证索票制度", 7, "视台账完整程度酌情评分", "manual", {}, False),
        ]),
        ("管理制度", 15, [
            ("是否建立食品安全管理制度并上墙公示", 5, "", "threshold", {}, False),
            ("是否落实学校负责人陪餐制度并有记录", 5, "", "threshold", {}, False),
            ("是否每月开展一次食品安全自查并有记录", 5, "", "threshold", {}, False),
        ]),
    ]
    body = ['<div class="header" style="border-bottom:1px solid #000;font-size:9pt">城关区教育局办公室　　　　　　'
            '学校食品安全管理用表</div>',
            f"<h2 style=\"text-align:center\">{esc(title)}</h2>",
            "<p>填表说明：本表满分100分。各项检查内容后括号内为该项分值，勾选“是”的得该项分值（括号内另有评分规定的，"
            "按规定评分），勾选“否”的不得分。标注★的为关键项，任一关键项勾选“否”的，本次自查结果直接评定为不合格。</p>",
            "<p>学校名称：____________________　　食堂负责人：__________　　自查日期：______年____月____日</p>",
            '<table border="1" cellspacing="0" cellpadding="4">',
            "<tr><th>序号</th><th>检查内容</th><th>是</th><th>否</th><th>得分</th><th>备注</th></tr>"]
    cats, items, veto, n = [], [], [], 0
    for k, (cname, pts, rows) in enumerate(tree):
        assert sum(r[1] for r in rows) == pts
        body.append(f'<tr><td colspan="6"><b>{ORD[k]}、{esc(cname)}（{pts}分）</b></td></tr>')
        cats.append(cat(cname, float(pts), code=ORD[k]))
        for text, ipts, rule_text, rule, extra, key in rows:
            n += 1
            bracket = f"（{ipts}分，{rule_text}）" if rule_text else f"（{ipts}分）"
            star = "★" if key else ""
            body.append(f"<tr><td>{n}</td><td>{star}{esc(text)}{bracket}</td><td>□</td><td>□</td><td></td><td></td></tr>")
            crit = rule_text or f"是得{ipts}分，否不得分"
            items.append(item(cname, str(n), text, float(ipts), criteria=crit, rule=rule, scoring_answer="是",
                              **({"veto_item": True} if key else {}), **extra))
            if key:
                veto.append({"code": str(n), "text": f"★{text}：勾选“否”", "effect": "本次自查结果直接评定为不合格"})
    body += ['<tr><td colspan="4">合计</td><td colspan="2">100分</td></tr>', "</table>",
             "<p>自查结果：得分______分。90分以上为A级（优秀），75分至89分为B级（良好），60分至74分为C级（一般），"
             "60分以下为不合格。</p>",
             "<p>自查人（签字）：__________　　学校负责人（签字）：__________　　（学校盖章）</p>",
             "<p>本表一式两份，学校留存一份，于每学期开学后第二周内报区教育局后勤保障科一份。</p>",
             '<div class="footer" style="border-top:1px solid #000;font-size:9pt;text-align:center">第 1 页</div>']
    name = "a05_school_canteen_yes_no_checklist_points_in_item_brackets_key_items.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    gold("a05", [name], title, 2026, 100.0, cats, items, veto=veto, veto_effect="本次自查结果直接评定为不合格",
         grades=[{"name": "A级（优秀）", "min_score": 90}, {"name": "B级（良好）", "min_score": 75, "max_score": 89},
                 {"name": "C级（一般）", "min_score": 60, "max_score": 74}, {"name": "不合格", "max_score": 60}],
         notes="a 是/否 CHECKLIST (columns 是 | 否 with □, 得分, 备注) whose points are IN BRACKETS IN THE ITEM TEXT "
               "`是否…（5分）`; three brackets also carry the rule after a comma (`（10分，每发现1人未持证扣2分）` "
               "per_occurrence, `（9分，防鼠、防蝇、防尘设施各3分）` components, `（7分，视台账完整程度酌情评分）` manual); "
               "plain brackets are threshold with `scoring_answer` 是 (criteria written from the 填表说明 rule); section "
               "rows `一、许可与人员（20分）` span the table; ★ key items are items AND veto entries (`veto_item`); "
               "letter grades with names in brackets; `125克`, `48小时`, `第二周` are not points; a Word-export-like "
               "header and footer div")


# ----------------------------------------------------------------------------- a06


def a06():
    """docx, 机关: a revised (`（2026年修订）`) 考核办法 in chapters and articles: 第三条 splits the total over three
    modules in one sentence; 第四条 splits 职能目标 into two parts whose points and rules come in 第五条 / 第六条;
    第七条 lists 共性目标 款 with points after a comma; 第八条 a formula; 第九条 bonus by level plus per time with
    a SOFT CAP (`一般不超过5分；…可放宽至8分`); 第十条 deductions with a cap; 第十一条 veto; 第十二条 grades with a
    quota; 第十三条 results use with money; revision marks `【修订】` after revised articles and a closing 注."""
    title = "华亭县县直单位目标管理绩效考核办法（2026年修订）"
    common = [
        ("（一）", "党建工作", 10, "按县委组织部年度党建考核结果折算，折算得分＝党建考核得分÷100×10", "proportional",
         {"formula": "党建考核得分÷100×10"}),
        ("（二）", "党风廉政建设", 8, "单位发生违纪违法案件的，每起扣4分，扣完为止", "per_occurrence",
         {"per_occurrence": -4.0, "unit": "起"}),
        ("（三）", "督查督办", 5, "县委、县政府督办事项每逾期办结一件扣1分，扣完为止", "per_occurrence",
         {"per_occurrence": -1.0, "unit": "件"}),
        ("（四）", "信息报送", 2, "全年报送信息被县委办、县政府办采用不少于6条的得2分，不足6条的不得分", "threshold", {}),
    ]
    d = new_doc()
    header_footer(d, "华亭县人民政府办公室　　规范性文件", footer="dash")
    heading(d, title)
    p = d.add_paragraph("（2024年1月印发，2026年2月修订）")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def chapter(text):
        bold_line(d, text, center=True)

    chapter("第一章　总　则")
    paragraphs(d, [
        "第一条　为完善县直单位目标管理绩效考核制度，推动各项工作任务落实，结合本县实际，制定本办法。",
        "第二条　本办法适用于县直各部门、各单位（以下简称“各单位”）。考核工作由县目标管理考核办公室（以下简称县考核办）组织实施。",
    ])
    chapter("第二章　考核内容与计分")
    paragraphs(d, [
        "第三条　考核内容由职能目标、共性目标、社会评价三个模块组成，满分100分，其中职能目标60分、共性目标25分、社会评价15分。",
        "第四条　职能目标分为重点工作和日常工作两部分，具体分值和计分方法按第五条、第六条规定执行。",
        "第五条　重点工作40分。县委、县政府年度下达的重点工作任务，按任务项数平均分配分值；每项任务全部按期完成的得该项满分，"
        "完成进度滞后的得该项分值的50%，未完成的不得分。【修订】",
        "第六条　日常工作20分。由县直主管部门对照单位职责清单评定，评为好的得20分，较好的得16分，一般的得12分，差的得8分。",
        "第七条　共性目标包括以下内容：" + "；".join(f"{c}{t}，{p}分，{r}" for c, t, p, r, _, _ in common) + "。【修订】",
        "第八条　社会评价由县考核办委托第三方机构开展服务对象满意度测评，得分＝满意率×15。",
    ])
    chapter("第三章　加分与扣分")
    paragraphs(d, [
        "第九条　加分。（一）单位工作获国家级表彰的加3分，获省级表彰的加2分，获市级表彰的加1分，同一项工作按最高级别加分，"
        "不重复计算；（二）工作经验做法被市级以上推广的，每次加0.5分。加分累计一般不超过5分；获得国家级表彰的，"
        "加分上限可放宽至8分。【修订】",
        "第十条　扣分。（一）被县级以上通报批评的，每次扣1分；（二）上级督查发现的问题未按期整改的，每项扣0.5分。扣分累计不超过10分。",
        "第十一条　单位发生重大安全生产责任事故、重大群体性事件，或者领导班子成员因违纪违法受到留党察看以上处分的，"
        "实行一票否决，考核等次直接确定为较差。",
    ])
    chapter("第四章　等次评定与结果运用")
    paragraphs(d, [
        "第十二条　考核得分90分以上的为优秀，80分至89分的为良好，70分至79分的为一般，70分以下的为较差。"
        "优秀等次单位数不超过参评单位总数的30%。",
        "第十三条　考核结果与单位年度绩效奖励挂钩，绩效奖励按考核得分计算，每分折合人均30元；连续两年考核为较差的，"
        "由县纪委监委对单位主要负责人进行诫勉谈话。",
        "第十四条　本办法自印发之日起施行，由县考核办负责解释。",
        "注：标注【修订】的条款为本次修订内容，其余条款沿用原办法。",
    ])
    right_line(d, "华亭县目标管理考核办公室")
    right_line(d, "2026年2月26日")
    cats = [cat("职能目标", 60.0, code="第四条"), cat("重点工作", 40.0, parent="职能目标", code="第五条"),
            cat("日常工作", 20.0, parent="职能目标", code="第六条"), cat("共性目标", 25.0, code="第七条"),
            cat("社会评价", 15.0, code="第八条")]
    assert sum(c[2] for c in common) == 25
    items = [item("重点工作", "第五条", "重点工作", 40.0,
                  criteria="按任务项数平均分配分值；每项任务全部按期完成的得该项满分，完成进度滞后的得该项分值的50%，未完成的不得分",
                  rule="tiers", levels={"按期完成": 1.0, "进度滞后": 0.5, "未完成": 0.0}, level_unit="share of each task"),
             item("日常工作", "第六条", "日常工作", 20.0,
                  criteria="评为好的得20分，较好的得16分，一般的得12分，差的得8分", rule="tiers",
                  levels={"好": 20.0, "较好": 16.0, "一般": 12.0, "差": 8.0})]
    items += [item("共性目标", c, t, float(p), criteria=r, rule=rule, **extra) for c, t, p, r, rule, extra in common]
    items.append(item("社会评价", "第八条", "服务对象满意度测评", 15.0, criteria="得分＝满意率×15", rule="proportional",
                      formula="满意率×15"))
    gold("a06", [name := "a06_office_revised_measures_module_split_later_articles_soft_cap.docx"], title, 2026, 100.0,
         cats, items,
         bonus=[{"code": "（一）", "text": "单位工作获表彰", "rule": "lookup",
                 "levels": {"国家级": 3.0, "省级": 2.0, "市级": 1.0}, "highest_only": True},
                {"code": "（二）", "text": "工作经验做法被市级以上推广", "per_occurrence": 0.5, "unit": "次"}],
         bonus_cap=5.0, bonus_cap_exception={"condition": "获得国家级表彰的", "cap": 8.0},
         deductions=[{"code": "（一）", "text": "被县级以上通报批评", "per_occurrence": -1.0, "unit": "次"},
                     {"code": "（二）", "text": "上级督查发现的问题未按期整改", "per_occurrence": -0.5, "unit": "项"}],
         deduction_cap=10.0,
         veto=[{"code": "第十一条", "text": "单位发生重大安全生产责任事故、重大群体性事件，或者领导班子成员因违纪违法受到留党察看以上处分的",
                "effect": "考核等次直接确定为较差"}],
         veto_effect="考核等次直接确定为较差",
         grades=bands(("优秀", 90), ("良好", 80), ("一般", 70), ("较差", None)),
         results_use="绩效奖励按考核得分计算，每分折合人均30元",
         notes="a REVISED 办法 (`（2026年修订）` in the title, `（2024年1月印发，2026年2月修订）` under it, `【修订】` after "
               "three articles, a closing `注：标注【修订】的条款…`); 第三条 splits the total in one sentence (60/25/15); "
               "第四条 splits 职能目标 into two parts whose points come only in 第五条 / 第六条 (sub-categories with "
               "parent 职能目标, each ONE item); 第五条 `按任务项数平均分配` with shares of each task (tiers, `levels` as "
               "fractions); 第七条 款 `（一）党建工作，10分，rule` (points after a comma); 第八条 the module's one formula "
               "item; 第九条 a lookup bonus by level and a per-time bonus under a SOFT CAP `一般不超过5分；获得国家级"
               "表彰的，加分上限可放宽至8分` (`bonus_cap` 5 and `bonus_cap_exception`); 第十条 deductions with "
               "`deduction_cap` 10; the 30% quota is not a grade bound; `每分折合人均30元` is results use; running "
               "header and `— 1 —` footer")
    d.save(HERE / name)


# ----------------------------------------------------------------------------- a07


def a07():
    """txt, 工会: a 通知 whose numbered paragraphs each state one item with its points in a DIFFERENT notation:
    `（15分）`, `计20分`, `20分值`, `满分15分`, `分值为10`, `（本项10分）`, `占10分`; bonus and deduction in one
    paragraph; letter grades; a time schedule; 抄送 and 印发 lines."""
    title = "关于开展2026年度基层工会经费收支管理考评工作的通知"
    rows = [
        ("（一）", "预算管理", 15, "（一）预算管理（15分）。按时编制年度收支预算并经工会委员会审议通过的得满分；"
         "编制后未经审议的扣5分；未编制的不得分。",
         "按时编制年度收支预算并经工会委员会审议通过的得满分；编制后未经审议的扣5分；未编制的不得分", "tiers",
         {"levels": {"编制并审议": 15.0, "未经审议": 10.0, "未编制": 0.0}}),
        ("（二）", "经费拨缴", 20, "（二）经费拨缴，计20分。按时足额拨缴工会经费的计20分；每逾期一个月扣2分，扣完为止。",
         "按时足额拨缴工会经费的计20分；每逾期一个月扣2分，扣完为止", "per_occurrence",
         {"per_occurrence": -2.0, "unit": "月"}),
        ("（三）", "支出管理", 20, "（三）支出管理，20分值。各项支出符合规定范围和标准，每发现一笔违规支出扣4分，扣完为止。",
         "每发现一笔违规支出扣4分，扣完为止", "per_occurrence", {"per_occurrence": -4.0, "unit": "笔"}),
        ("（四）", "会计核算", 15, "（四）会计核算，满分15分。会计凭证、账簿、报表规范完整，由考评组抽查后酌情评定。",
         "会计凭证、账簿、报表规范完整，由考评组抽查后酌情评定", "manual", {}),
        ("（五）", "资产管理", 10, "（五）资产管理，分值为10。建立资产台账并每年盘点的得10分；有台账未盘点的得5分；无台账的不得分。",
         "建立资产台账并每年盘点的得10分；有台账未盘点的得5分；无台账的不得分", "tiers",
         {"levels": {"有台账并盘点": 10.0, "有台账未盘点": 5.0, "无台账": 0.0}}),
        ("（六）", "经费审查", 10, "（六）经费审查。经费审查委员会每年审查工会经费收支不少于2次，每少1次扣5分（本项10分）。",
         "每年审查工会经费收支不少于2次，每少1次扣5分", "per_occurrence", {"per_occurrence": -5.0, "unit": "次"}),
        ("（七）", "财务公开", 10, "（七）财务公开，占10分。每半年向会员公开一次经费收支情况，每少一次扣5分。",
         "每半年向会员公开一次经费收支情况，每少一次扣5分", "per_occurrence", {"per_occurrence": -5.0, "unit": "次"}),
    ]
    lines = ["青河市总工会办公室文件", "", "青工办〔2026〕15号", "", title, "",
             "各县（市、区）总工会，市直各产业工会，各直属基层工会：",
             "　　为加强基层工会经费收支管理，提高经费使用效益，市总工会决定开展2026年度基层工会经费收支管理考评工作。"
             "现将有关事项通知如下。", "",
             "　　一、考评对象", "　　经费独立核算的基层工会。", "",
             "　　二、考评内容及分值", "　　考评实行百分制，满分100分，具体内容如下："]
    items = []
    for code, name, pts, para, crit, rule, extra in rows:
        lines.append("　　" + para)
        items.append(item(None, code, name, float(pts), criteria=crit, rule=rule, **extra))
    assert sum(r[2] for r in rows) == 100
    lines += ["",
              "　　三、加分与扣分",
              "　　被评为省级以上“工会经费收支管理先进单位”的，加3分。审计发现截留、挪用工会经费的，扣10分，"
              "并取消当年评先资格。",
              "", "　　四、考评等次",
              "　　考评得分95分以上为A级，85分至94分为B级，70分至84分为C级，70分以下为D级。",
              "", "　　五、时间安排",
              "　　（一）自评阶段：4月30日前，各基层工会对照本通知开展自评，填写《考评自评表》（另发）。",
              "　　（二）抽查阶段：5月10日至5月31日，市总工会财务部会同经审办按不低于20%的比例抽查。",
              "　　（三）通报阶段：6月15日前通报考评结果。",
              "", "　　联系人：市总工会财务部　周文涛　电话：0731-8826****",
              "", "　　　　　　　　　　　　　　　　　　　　青河市总工会办公室",
              "　　　　　　　　　　　　　　　　　　　　　　2026年4月3日", "",
              "抄送：市总工会经费审查委员会。",
              "青河市总工会办公室　　　　　　　　　　　2026年4月3日印发", ""]
    name = "a07_union_notice_seven_points_notations_one_per_paragraph.txt"
    (HERE / name).write_text("\n".join(lines), encoding="utf-8")
    gold("a07", [name], title, 2026, 100.0, [], items,
         bonus=[{"text": "被评为省级以上“工会经费收支管理先进单位”", "points": 3.0}],
         deductions=[{"text": "审计发现截留、挪用工会经费", "points": -10.0}],
         grades=[{"name": "A级", "min_score": 95}, {"name": "B级", "min_score": 85, "max_score": 94},
                 {"name": "C级", "min_score": 70, "max_score": 84}, {"name": "D级", "max_score": 70}],
         notes="a whole 通知 as plain text (red-header line, 文号, addressees, 抄送 / 印发 lines); under `二、考评内容及分值` "
               "each numbered paragraph is ONE item stating its points in a DIFFERENT notation: `（一）预算管理（15分）。`, "
               "`（二）经费拨缴，计20分。`, `（三）支出管理，20分值。`, `（四）会计核算，满分15分。`, `（五）资产管理，分值为10。` "
               "(no 分), `（六）…每少1次扣5分（本项10分）。` (at the END), `（七）财务公开，占10分。`; no categories; "
               "（一）`扣5分` from the full mark is a tier (levels 15/10/0); the 加3分 / 扣10分 lines are one bonus and one "
               "deduction entry (`取消当年评先资格` is an extra effect, not a veto of the score); `20%` is a sampling "
               "rate; dates and `2次` are not points")


# ----------------------------------------------------------------------------- a08


def a08():
    """.doc, 街道 垃圾分类: an 实施细则 whose MAIN items are a TABLE (类别 merged down `宣传发动\\n（20分）`, per-row
    tiers / per-occurrence / 酌情 / formula / components) and whose 加分 and 扣分 are PROSE sections after it
    (per time with a cap, per unit, a bonus total cap; per time deductions); a footnote-like 注; grades and a
    `以奖代补` money rule."""
    title = "城西街道2026年度生活垃圾分类工作考核实施细则"
    tree = [
        ("宣传发动", 20, [
            ("入户宣传", "向小区住户发放分类指南，入户宣传率达到90%以上", 10,
             "入户率90%以上的得10分，80%至90%的得6分，80%以下的不得分", "tiers",
             {"levels": {"90%以上": 10.0, "80%至90%": 6.0, "80%以下": 0.0}}),
            ("志愿督导", "投放高峰时段每个集中投放点有志愿者值守", 10, "每发现一个投放点无人值守扣1分，扣完为止",
             "per_occurrence", {"per_occurrence": -1.0, "unit": "个"}),
        ]),
        ("设施配置", 25, [
            ("投放点设置", "按每300户设置1个集中投放点，配齐四类收集容器", 15, "每缺1个投放点扣3分，扣完为止",
             "per_occurrence", {"per_occurrence": -3.0, "unit": "个"}),
            ("标识规范", "投放点标识统一、清晰，公示收运时间和督导员信息", 10, "由考核组现场察看后酌情评分", "manual", {}),
        ]),
        ("分类质量", 40, [
            ("分类准确率①", "居民投放的厨余垃圾纯净度达到要求", 25, "得分＝分类准确率×25", "proportional",
             {"formula": "分类准确率×25"}),
            ("桶边整洁", "收集容器无满溢，桶边无散落垃圾", 15, "每发现一处满溢或散落扣1分，扣完为止", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "处"}),
        ]),
        ("台账管理", 15, [
            ("工作台账", "建立宣传、督导、收运工作台账", 15, "有工作台账的得5分，有收运交接记录的得5分，按月报送统计报表的得5分",
             "components", {"components": [{"text": "工作台账", "points": 5.0}, {"text": "收运交接记录", "points": 5.0},
                                           {"text": "按月报送统计报表", "points": 5.0}]}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, [
        "一、考核对象和方式",
        "考核对象为辖区9个社区。考核采取月度检查与年终考核相结合的方式，月度检查由街道城管科随机抽查，年终考核得分取"
        "12个月月度检查得分的平均分，再加减本细则规定的加分、扣分。",
        "二、考核内容及评分标准",
        "月度检查满分100分，考核内容及评分标准见下表。",
    ])
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["考核类别", "序号", "考核内容", "分值", "评分标准"]):
        set_cell(t.cell(0, c), h, bold=True)
    cats, items, n = [], [], 0
    for cname, pts, rows in tree:
        assert sum(r[2] for r in rows) == pts
        first = len(t.rows)
        for name, content, ipts, crit, rule, extra in rows:
            n += 1
            r = t.add_row()
            for c, v in enumerate(["", str(n), f"{name}：{content}", g(ipts), crit]):
                set_cell(r.cells[c], v)
            items.append(item(cname, str(n), name.rstrip("①"), float(ipts), criteria=crit, rule=rule,
                              requirement=content, **extra))
        merge_down(t, 0, first, len(t.rows) - 1, f"{cname}\n（{pts}分）")
        cats.append(cat(cname, float(pts)))
    r = t.add_row()
    set_cell(r.cells[0], "合计")
    set_cell(r.cells[3], "100")
    set_widths(t, [2.4, 1.0, 5.6, 1.2, 5.8])
    paragraphs(d, [
        "注：①分类准确率以街道城管科每月抽查的10个收集容器的平均纯净度计算。",
        "三、加分项目",
        "（一）社区垃圾分类工作被市级以上媒体正面报道的，每次加1分，最多加3分。",
        "（二）社区内小区被评为市级垃圾分类示范小区的，每个加2分。",
        "以上加分合计不超过5分。",
        "四、扣分项目",
        "（一）垃圾分类问题被媒体曝光并经查实的，每次扣3分。",
        "（二）发现物业或收运单位混收混运、社区未及时制止和报告的，每发现一次扣2分。",
        "五、考核等次与奖励",
        "年终考核得分90分以上的为优秀，80分至89分的为良好，60分至79分的为合格，60分以下的为不合格。"
        "街道对考核合格以上的社区实行以奖代补，奖补资金按年终考核得分计算，每分折合500元。",
        "六、本细则自2026年1月1日起施行。",
    ])
    right_line(d, "城西街道办事处")
    right_line(d, "2026年1月6日")
    name = "a08_street_waste_sorting_table_main_items_prose_bonus_deductions.doc"
    to_legacy(lambda path: d.save(path), name.replace(".doc", ".docx"), "doc")
    gold("a08", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "（一）", "text": "社区垃圾分类工作被市级以上媒体正面报道", "per_occurrence": 1.0, "unit": "次",
                 "cap": 3.0},
                {"code": "（二）", "text": "社区内小区被评为市级垃圾分类示范小区", "per_occurrence": 2.0, "unit": "个"}],
         bonus_cap=5.0,
         deductions=[{"code": "（一）", "text": "垃圾分类问题被媒体曝光并经查实", "per_occurrence": -3.0, "unit": "次"},
                     {"code": "（二）", "text": "物业或收运单位混收混运、社区未及时制止和报告", "per_occurrence": -2.0,
                      "unit": "次"}],
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         scoring_note="年终考核得分取12个月月度检查得分的平均分，再加减加分、扣分",
         results_use="奖补资金按年终考核得分计算，每分折合500元",
         notes="legacy Word 97 `.doc`; an 实施细则 whose MAIN items are a TABLE (考核类别 merged down `宣传发动\\n（20分）`, "
               "序号 1…7 across categories, 考核内容 `name：requirement`, 分值, 评分标准 mixing tiers, per-occurrence, "
               "`酌情评分`, a formula and three components) while 加分 and 扣分 are PROSE sections after the table "
               "(`三、加分项目` per time with a cap, per 示范小区 with no cap of its own, `以上加分合计不超过5分`; `四、扣分项目` "
               "per time); `分类准确率①` keyed to `注：①…` (not points); the monthly average is a scoring_note; "
               "`每分折合500元` is results use; `300户`, `9个社区`, `10个收集容器` are counts")


# ----------------------------------------------------------------------------- a09


def a09():
    """docx+pdf, 应急/乡镇: a 目标责任书 between 甲方 (县政府) and 乙方 (each 乡镇): 一、目标任务 as a table 指标 |
    分值 | 计分办法 whose targets are NOT in the table but in a 附表 of NUMBERS PER TOWN (乡镇 × 指标); points per
    target; a veto; rewards in money by grade; 甲方/乙方 signature block with 盖章."""
    title = "石门县2026年度安全生产目标管理责任书"
    rows = [
        ("1", "事故控制", "生产安全事故死亡人数控制在县下达的控制指标以内", 30,
         "未发生亡人事故的得30分；发生亡人事故但未突破控制指标的得15分；突破控制指标的不得分", "tiers",
         {"levels": {"未发生亡人事故": 30.0, "未突破控制指标": 15.0, "突破控制指标": 0.0}}),
        ("2", "隐患排查", "完成附表下达的隐患排查整改任务数", 20, "得分＝实际排查整改数÷目标数×20，最高20分",
         "proportional", {"formula": "实际排查整改数÷目标数×20", "cap": 20.0}),
        ("3", "执法检查", "完成附表下达的执法检查家次", 20, "每少10家次扣2分，扣完为止", "per_occurrence",
         {"per_occurrence": -2.0, "unit": "10家次"}),
        ("4", "宣传培训", "完成附表下达的安全培训人次", 15, "全部完成的得15分，完成80%以上的得10分，不足80%的得5分", "tiers",
         {"levels": {"全部完成": 15.0, "80%以上": 10.0, "不足80%": 5.0}}),
        ("5", "应急演练", "按附表组织综合或专项应急演练", 15, "每少1次扣5分，扣完为止", "per_occurrence",
         {"per_occurrence": -5.0, "unit": "次"}),
    ]
    towns = [("城关镇", 0, 260, 420, 1800, 4), ("河口镇", 1, 180, 300, 1200, 3), ("龙潭镇", 1, 150, 240, 1000, 3),
             ("新桥乡", 0, 90, 150, 600, 2), ("白鹤乡", 0, 80, 120, 500, 2)]
    cols = ["亡人事故控制指标（人）", "隐患排查整改（处）", "执法检查（家次）", "安全培训（人次）", "应急演练（次）"]
    d = new_doc()
    header_footer(d, "石门县安全生产委员会办公室制", footer="dash")
    heading(d, title)
    paragraphs(d, [
        "甲方：石门县人民政府",
        "乙方：________乡（镇）人民政府",
        "为全面落实安全生产责任，有效防范和遏制生产安全事故，根据《中华人民共和国安全生产法》等规定，"
        "甲乙双方签订本责任书。",
        "一、目标任务",
        "乙方2026年度安全生产工作目标和考核计分如下，各项目标值见附表。",
    ])
    grid(d, ["序号", "目标指标", "目标要求", "分值", "计分办法"], [[a, b, c, g(p), e] for a, b, c, p, e, _, _ in rows])
    paragraphs(d, [
        "合计100分。",
        "二、考核与奖惩",
        "（一）年终由县安委办组织考核，得分90分以上为优秀，75分至89分为合格，75分以下为不合格。",
        "（二）考核优秀的，县政府给予通报表扬并奖励工作经费5万元；考核合格的奖励2万元；考核不合格的，"
        "由县政府主要负责人约谈乙方主要负责人。",
        "（三）乙方辖区发生较大及以上生产安全事故的，实行一票否决，年度考核直接确定为不合格。",
        "三、其他",
        "本责任书一式两份，甲乙双方各执一份，有效期自2026年1月1日至2026年12月31日。",
        "甲方：石门县人民政府（盖章）　　　　　　乙方：________乡（镇）人民政府（盖章）",
        "县长（签字）：____________　　　　　　　　乡（镇）长（签字）：____________",
        "2026年1月18日　　　　　　　　　　　　　　2026年1月18日",
    ])
    page_break(d)
    bold_line(d, "附表")
    heading(d, "2026年度各乡镇安全生产目标任务分解表", size=14)
    grid(d, ["乡镇"] + cols, [[t] + [str(v) for v in vals] for t, *vals in towns])
    name = "a09_safety_responsibility_letter_targets_per_town_annex.docx"
    d.save(HERE / name)
    docx_to_pdf(name, keep_docx=True)
    items = [item(None, a, b, float(p), criteria=e, rule=rule, requirement=c, **extra)
             for a, b, c, p, e, rule, extra in rows]
    assert sum(r[3] for r in rows) == 100
    gold("a09", [name, name.replace(".docx", ".pdf")], title, 2026, 100.0, [], items,
         veto=[{"code": "（三）", "text": "乙方辖区发生较大及以上生产安全事故的", "effect": "年度考核直接确定为不合格"}],
         veto_effect="年度考核直接确定为不合格",
         grades=bands(("优秀", 90), ("合格", 75), ("不合格", None)),
         targets={t: dict(zip(cols, vals)) for t, *vals in towns},
         results_use="考核优秀的奖励工作经费5万元；考核合格的奖励2万元",
         notes="a 目标责任书 (甲方 / 乙方 lines, 盖章 and 签字 blocks for both parties); `一、目标任务` is a table 序号 | "
               "目标指标 | 目标要求 | 分值 | 计分办法 whose TARGETS are not in the table: the 附表 on the last page holds "
               "NUMBERS PER TOWN (乡镇 × 指标, recorded under `targets` {town: {column: value}}, never items); the "
               "item rules refer to `目标数` / `附表下达` (proportional with a cap, per 10 家次, tiers by completion); the "
               "total only in the line `合计100分。`; rewards in money by grade are results use; `5万元`, `1800人次` are "
               "not points; running header, `— 1 —` footer")


# ----------------------------------------------------------------------------- a10


def a10():
    """pdf only, 医院: a regulation numbered 一、 / 1. with ASCII-parenthesised English numbers (1) (2) (3) for the
    items `(1) requirement（20分）。rule。`, bonus lines `(1)…每次加1分，最高加3分`, a veto list `(1)…(2)…`; over
    TWO pages with a RUNNING HEADER (`仁和医院规章制度汇编　　医务管理类　　RH-YW-017`) and page numbers
    `- 1 -`, so the header and the page number fall inside the text between pages."""
    title = "仁和医院医务人员医德考评实施办法"
    rows = [
        ("(1)", "救死扶伤，全心全意为人民服务", 20, "急危重症患者实行首诊负责，不得推诿病人。",
         "发生推诿病人经查实的，每次扣5分，扣完为止", "per_occurrence", {"per_occurrence": -5.0, "unit": "次"}),
        ("(2)", "尊重患者，维护患者合法权益", 15, "保护患者隐私，尊重患者知情同意权和选择权。",
         "泄露患者隐私经查实的，本项不得分", "threshold", {}),
        ("(3)", "文明礼貌，优质服务", 15, "仪表端庄，语言文明，耐心解答患者询问。",
         "由科室考评小组结合患者满意度调查酌情评分，患者满意度低于85%的，本项最高得10分", "manual", {}),
        ("(4)", "廉洁自律，恪守医德", 20, "不收受患者及其亲友的财物，不参与药品、器械回扣。",
         "有收受“红包”、回扣行为经查实的，本项不得分，并按本办法第五部分处理", "threshold", {}),
        ("(5)", "严谨求实，精益求精", 15, "按规定参加业务学习和技能培训，严格执行诊疗规范。",
         "业务学习每缺勤一次扣1分；发生医疗差错的，每次扣3分", "per_occurrence",
         {"per_occurrence": {"业务学习缺勤": -1.0, "医疗差错": -3.0}, "unit": "次"}),
        ("(6)", "爱岗敬业，团结协作", 15, "服从工作安排，积极参加院内会诊、义诊和对口支援。",
         "由科室考评小组评定，评为好、较好、一般、差的，分别得15分、12分、8分、4分", "tiers",
         {"levels": {"好": 15.0, "较好": 12.0, "一般": 8.0, "差": 4.0}}),
    ]
    filler = ("医德考评坚持实事求是、客观公正的原则，坚持定性与定量相结合、日常考评与年度考评相结合，"
              "注重听取患者和社会各方面的意见。各科室应当建立医务人员医德档案，如实记录医务人员的医德表现、"
              "患者表扬和投诉、违规违纪处理等情况，作为医德考评的依据。")
    d = new_doc()
    d.styles["Normal"].font.size = Pt(12)
    header_footer(d, "仁和医院规章制度汇编　　医务管理类　　RH-YW-017", footer="dash")
    heading(d, title)
    paragraphs(d, [
        "一、总则",
        "1. 为加强医德医风建设，规范医务人员执业行为，提高医疗服务质量，根据国家和省有关医务人员医德考评的规定，"
        "结合我院实际，制定本办法。",
        "2. 本办法适用于我院全体在职医师、护理人员、医技人员和药学技术人员，进修、规培人员参照执行。",
        "3. " + filler,
        "4. 医德考评每年进行一次，考评周期为当年1月1日至12月31日。考评工作在院医德医风建设领导小组领导下，"
        "由医务部、护理部和人事科具体组织实施。",
        "二、考评内容与分值",
        "医德考评实行百分制，考评内容和分值如下：",
    ])
    items = []
    for code, name, pts, req, crit, rule, extra in rows:
        d.add_paragraph(f"{code} {name}（{pts}分）。{req}{crit}。")
        items.append(item(None, code, name, float(pts), criteria=crit, rule=rule, requirement=req, **extra))
    assert sum(r[2] for r in rows) == 100
    paragraphs(d, [
        "三、加分",
        "(1) 拒收“红包”并主动上交的，每次加1分，最高加3分；",
        "(2) 受到患者书面表扬（含锦旗、表扬信）并经核实的，每次加0.5分，最高加2分。",
        "四、考评程序",
        "1. 个人自评。医务人员对照考评内容进行自我评价，填写《医务人员医德考评表》。",
        "2. 科室考评。科室考评小组根据医德档案和日常表现，对本科室人员逐项评分，并在科室内公示3个工作日。",
        "3. 医院审核。医德医风建设领导小组对科室考评结果进行审核，确定考评等级，并将考评结果书面告知本人。",
        "4. 申诉复核。医务人员对考评结果有异议的，可在收到告知之日起5个工作日内向医院申请复核。",
        "五、等级评定",
        "医德考评结果分为优秀、良好、一般、较差四个等级。考评得分90分以上为优秀，80分至89分为良好，60分至79分为一般，"
        "60分以下为较差。有下列情形之一的，医德考评直接评为较差：",
        "(1) 收受患者“红包”、回扣，或者利用职务之便谋取不正当利益，经查实的；",
        "(2) 违反诊疗规范，发生医疗事故并负主要责任的。",
        "六、结果运用",
        "医德考评结果记入医务人员医德档案，作为晋职晋级、岗位聘用、评先评优和定期考核的重要依据。"
        "考评为较差的，当年不得晋升专业技术职务，并由所在科室负责人进行诫勉谈话。",
        "七、附则",
        "本办法由医务部负责解释，自2026年3月1日起施行。",
    ])
    right_line(d, "仁和医院")
    right_line(d, "2026年2月20日")
    name = "a10_hospital_ascii_paren_items_running_header_page_numbers.docx"
    d.save(HERE / name)
    docx_to_pdf(name, keep_docx=False)
    gold("a10", [name.replace(".docx", ".pdf")], title, 2026, 100.0, [], items,
         bonus=[{"code": "(1)", "text": "拒收“红包”并主动上交", "per_occurrence": 1.0, "unit": "次", "cap": 3.0},
                {"code": "(2)", "text": "受到患者书面表扬（含锦旗、表扬信）并经核实", "per_occurrence": 0.5, "unit": "次",
                 "cap": 2.0}],
         veto=[{"code": "(1)", "text": "收受患者“红包”、回扣，或者利用职务之便谋取不正当利益，经查实的",
                "effect": "医德考评直接评为较差"},
               {"code": "(2)", "text": "违反诊疗规范，发生医疗事故并负主要责任的", "effect": "医德考评直接评为较差"}],
         veto_effect="医德考评直接评为较差",
         grades=bands(("优秀", 90), ("良好", 80), ("一般", 60), ("较差", None)),
         notes="PDF only (its docx is an intermediate, deleted); a regulation outlined `一、` / `1.` (ASCII full stop) "
               "whose ITEMS are ASCII-parenthesised English numbers `(1) name（20分）。requirement。rule。` with the points "
               "in full-width brackets after the name; `(1)` / `(2)` numbering is REUSED for the bonus lines and the "
               "veto list (codes collide across sections); more than one page with a RUNNING HEADER "
               "`仁和医院规章制度汇编　　医务管理类　　RH-YW-017` and page numbers `— 1 —` that fall inside the text at "
               "each page break; no categories; item (3) `酌情评分` with a ceiling `最高得10分` below 85% satisfaction is "
               "manual; (4) `本项不得分` is threshold although it is also a veto ground; `85%`, `3个工作日`, `5个工作日` "
               "are not points")


# ----------------------------------------------------------------------------- a11


def a11():
    """html, 国企: three WEIGHTED parts (党建工作30% 经营业绩50% 满意度测评20%) stated in a 综合得分 formula and in
    each table's caption `表1　党建工作考核评分表（满分100分，权重30%）`; each part its own table out of 100 (合计
    100); 经营业绩 items are completion-rate formulas and tiers; 满意度 rows scored by levels as FRACTIONS of the
    row; bonus by level with a cap; veto; grades A–D; a pay formula as results use."""
    title = "江海港务集团2026年度所属单位综合考核办法"
    parts = [
        ("党建工作", 30, "表1", [
            ("政治建设", 25, "落实“第一议题”制度，每缺一次扣2分，扣完为止", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "次"}),
            ("组织建设", 25, "党支部按期换届的得10分，“三会一课”记录完整的得15分", "components",
             {"components": [{"text": "党支部按期换届", "points": 10.0}, {"text": "“三会一课”记录完整", "points": 15.0}]}),
            ("党风廉政建设", 30, "发生违纪违法案件的，每起扣10分，扣完为止", "per_occurrence",
             {"per_occurrence": -10.0, "unit": "起"}),
            ("群团工作", 20, "由集团党委群工部结合工会、共青团工作开展情况综合评定", "manual", {}),
        ]),
        ("经营业绩", 50, "表2", [
            ("营业收入", 30, "得分＝营业收入完成率×30，最高30分", "proportional",
             {"formula": "营业收入完成率×30", "cap": 30.0}),
            ("利润总额", 40, "得分＝利润总额完成率×40，最高40分；完成率低于80%的不得分", "proportional",
             {"formula": "利润总额完成率×40", "cap": 40.0}),
            ("货物吞吐量", 20, "完成年度计划的得20分，完成95%以上的得15分，完成90%以上的得10分，低于90%的不得分", "tiers",
             {"levels": {"100%": 20.0, "95%以上": 15.0, "90%以上": 10.0, "低于90%": 0.0}}),
            ("安全生产", 10, "发生一般生产安全事故的，每起扣5分，扣完为止", "per_occurrence",
             {"per_occurrence": -5.0, "unit": "起"}),
        ]),
        ("满意度测评", 20, "表3", [
            ("集团领导班子评价", 40, "", "tiers", {}),
            ("集团职能部门评价", 30, "", "tiers", {}),
            ("所属单位职工代表评价", 30, "", "tiers", {}),
        ]),
    ]
    level_rule = "评价为满意的得该项满分，基本满意的得该项分值的60%，不满意的不得分"
    body = ['<div class="nav">首页 &gt; 信息公开 &gt; 规章制度</div>',
            f"<h1>{esc(title)}</h1>",
            '<p class="meta">文号：江港集团发〔2026〕6号　　发布日期：2026-02-10</p>',
            "<p>第一条　为科学评价所属单位年度工作实绩，建立健全激励约束机制，制定本办法。</p>",
            "<p>第二条　综合考核由党建工作、经营业绩、满意度测评三部分组成，各部分分别按百分制评分，"
            "综合得分＝党建工作得分×30%＋经营业绩得分×50%＋满意度测评得分×20%＋加分。</p>",
            "<p>第三条　各部分考核内容及评分标准见表1至表3。</p>"]
    cats, items = [], []
    for cname, weight, tab, rows in parts:
        assert sum(r[1] for r in rows) == 100
        body.append(f"<p><b>{tab}　{cname}考核评分表（满分100分，权重{weight}%）</b></p>")
        body.append('<table border="1" cellspacing="0"><tr><th>序号</th><th>考核内容</th><th>分值</th><th>评分标准</th></tr>')
        for k, (name, pts, crit, rule, extra) in enumerate(rows, start=1):
            if not crit:
                crit_cell = level_rule if k == 1 else "同上"
                crit = level_rule
                extra = {"levels": {"满意": 1.0, "基本满意": 0.6, "不满意": 0.0}, "level_unit": "share of the item"}
            else:
                crit_cell = crit
            body.append(f"<tr><td>{k}</td><td>{esc(name)}</td><td>{pts}</td><td>{esc(crit_cell)}</td></tr>")
            items.append(item(cname, str(k), name, float(pts), criteria=crit, rule=rule, **extra))
        body.append('<tr><td colspan="2">合计</td><td>100</td><td></td></tr></table>')
        cats.append(cat(cname, 100.0, code=tab, weight=weight / 100, printed=f"{weight}%"))
    body += ["<p>第四条　加分。所属单位获得省部级以上表彰的加2分，获得市级表彰的加1分，同一事项按最高级别计，"
             "加分累计不超过3分。</p>",
             "<p>第五条　所属单位发生较大及以上生产安全事故或者重大违纪违法案件的，综合考核等次直接确定为D级。</p>",
             "<p>第六条　综合得分90分以上为A级，80分至89分为B级，70分至79分为C级，70分以下为D级。</p>",
             "<p>第七条　考核结果与所属单位负责人年度绩效薪酬挂钩，年度绩效薪酬＝绩效薪酬基数×综合得分÷100；"
             "考核为D级的，扣发当年绩效薪酬的30%。</p>",
             "<p>第八条　本办法自印发之日起施行，由集团人力资源部负责解释。</p>",
             '<div class="footer">江海港务集团有限公司　版权所有　　联系电话：0592-66****88</div>']
    name = "a11_soe_party_business_satisfaction_weights_three_tables_of_100.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    gold("a11", [name], title, 2026, 100.0, cats, items,
         weights=[{"part": "党建工作", "weight": 0.3}, {"part": "经营业绩", "weight": 0.5},
                  {"part": "满意度测评", "weight": 0.2}],
         formula="综合得分＝党建工作得分×30%＋经营业绩得分×50%＋满意度测评得分×20%＋加分",
         bonus=[{"code": "第四条", "text": "所属单位获得表彰", "rule": "lookup", "levels": {"省部级以上": 2.0, "市级": 1.0},
                 "highest_only": True, "cap": 3.0}],
         bonus_cap=3.0,
         veto=[{"code": "第五条", "text": "所属单位发生较大及以上生产安全事故或者重大违纪违法案件的",
                "effect": "综合考核等次直接确定为D级"}],
         veto_effect="综合考核等次直接确定为D级",
         grades=bands(("A级", 90), ("B级", 80), ("C级", 70), ("D级", None)),
         results_use="年度绩效薪酬＝绩效薪酬基数×综合得分÷100；考核为D级的，扣发当年绩效薪酬的30%",
         notes="three WEIGHTED PARTS, each scored OUT OF 100 by its own table (`合计 | 100`): the weights are in the "
               "第二条 formula AND in each caption `表1　党建工作考核评分表（满分100分，权重30%）`; parts are categories "
               "with points 100 and `weight` (as forms9 r07, forms16 z12), the total is the weighted 100; 表2 items "
               "are completion-rate formulas capped at their points (proportional) and a tier by completion; 表3 rows "
               "are scored by levels as FRACTIONS of the row (`基本满意的得该项分值的60%`), the rule typed once and "
               "`同上` below (criteria = the rule for all three); `×30%` in the D-grade pay cut is not a weight; "
               "web page chrome (nav, meta line, footer)")


# ----------------------------------------------------------------------------- a12


def a12():
    """.xls, 教育局机关: ONE sheet with a 说明 formula row (`平时考核平均分×40%＋年终考核得分×60%＋加分`) and TWO
    tables: `表一　平时考核评分表（每季度一次，满分100分，占40%）` and `表二　年终考核评分表（满分100分，占60%）`,
    each with its own header and 合计 100; per-occurrence dicts, tiers, slash ratings `好/较好/一般/差：15/12/9/5`,
    a formula, a threshold; a 加分 row by level with a cap; grades with a quota; a signature line."""
    title = "青松区教育局机关工作人员2026年度综合考评表"
    daily = [
        ("出勤情况", 20, "迟到、早退每次扣1分，事假每天扣0.5分，扣完为止", "per_occurrence",
         {"per_occurrence": {"迟到、早退": -1.0, "事假": -0.5}, "unit": {"迟到、早退": "次", "事假": "天"}}),
        ("工作任务完成", 40, "按季度工作清单逐项核定，每有一项未按时完成扣5分，扣完为止", "per_occurrence",
         {"per_occurrence": -5.0, "unit": "项"}),
        ("工作纪律", 20, "违反工作纪律被局办公室通报的，每次扣4分，扣完为止", "per_occurrence",
         {"per_occurrence": -4.0, "unit": "次"}),
        ("学习培训", 20, "参加机关集中学习出勤率100%的得20分，90%以上的得15分，90%以下的得10分", "tiers",
         {"levels": {"100%": 20.0, "90%以上": 15.0, "90%以下": 10.0}}),
    ]
    annual = [
        ("德", 15, "科室民主测评，好/较好/一般/差：15/12/9/5", "tiers",
         {"levels": {"好": 15.0, "较好": 12.0, "一般": 9.0, "差": 5.0}}),
        ("能", 20, "由分管领导结合履职情况在本项分值内评定", "manual", {}),
        ("勤", 15, "全年事假不超过5天的得15分，6至10天的得10分，超过10天的得5分", "tiers",
         {"levels": {"不超过5天": 15.0, "6至10天": 10.0, "超过10天": 5.0}}),
        ("绩", 40, "得分＝年度目标任务完成率×40", "proportional", {"formula": "年度目标任务完成率×40"}),
        ("廉", 10, "全年无违纪违法行为的得10分，有的不得分", "threshold", {}),
    ]
    width = 5
    wb, ws = titled_sheet("综合考评", title, width)
    r = 2

    def line(text, bold=False):
        nonlocal r
        ws.cell(row=r, column=1, value=text).font = Font(bold=bold)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
        r += 1

    line("姓名：__________　　科室：__________　　职务：__________")
    line("说明：年度综合考评得分＝平时考核得分（四个季度平均分）×40%＋年终考核得分×60%＋加分。")
    r += 1
    cats, items = [], []
    for tab, cname, weight, head, rows in (
            ("表一", "平时考核", 40, "（每季度一次，满分100分，占40%）", daily),
            ("表二", "年终考核", 60, "（满分100分，占60%）", annual)):
        assert sum(x[1] for x in rows) == 100
        line(f"{tab}　{cname}评分表{head}", bold=True)
        header_row(ws, r, ["序号", "考核内容", "分值", "评分标准", "得分"])
        r += 1
        for k, (name, pts, crit, rule, extra) in enumerate(rows, start=1):
            for c, v in enumerate([k, name, pts, crit, None], start=1):
                ws.cell(row=r, column=c, value=v)
            items.append(item(cname, str(k), name, float(pts), criteria=crit, rule=rule, cell=f"B{r}", **extra))
            r += 1
        ws.cell(row=r, column=2, value="合计")
        ws.cell(row=r, column=3, value=100)
        r += 2
        cats.append(cat(cname, 100.0, code=tab, weight=weight / 100, printed=f"{weight}%"))
    line("加分：获得市级以上表彰的加2分，获得区级表彰的加1分，同一事项按最高级别计，加分不超过3分。")
    line("等次：综合考评得分90分以上为优秀（不超过机关参评人数的20%），70分至89分为称职，60分至69分为基本称职，"
         "60分以下为不称职。")
    line("考评小组成员签字：______________　　　　　　本人签字：__________　　　　日期：______")
    wrap(ws, [6, 14, 7, 52, 8], first_row=2)
    name = "a12_office_daily_40_annual_60_two_tables_one_sheet.xls"
    to_legacy(lambda path: wb.save(path), name.replace(".xls", ".xlsx"), "xls")
    gold("a12", [name], title, 2026, 100.0, cats, items,
         weights=[{"part": "平时考核", "weight": 0.4}, {"part": "年终考核", "weight": 0.6}],
         formula="年度综合考评得分＝平时考核得分（四个季度平均分）×40%＋年终考核得分×60%＋加分",
         scoring_note="平时考核每季度一次，取四个季度平均分",
         bonus=[{"text": "获得表彰", "rule": "lookup", "levels": {"市级以上": 2.0, "区级": 1.0}, "highest_only": True,
                 "cap": 3.0}],
         bonus_cap=3.0,
         grades=[{"name": "优秀", "min_score": 90}, {"name": "称职", "min_score": 70, "max_score": 89},
                 {"name": "基本称职", "min_score": 60, "max_score": 69}, {"name": "不称职", "max_score": 60}],
         notes="legacy Excel 97 `.xls`; ONE sheet with TWO tables under bold captions `表一　平时考核评分表（每季度一次，"
               "满分100分，占40%）` / `表二　年终考核评分表（满分100分，占60%）`, each with its own header row, items "
               "numbered from 1 and a 合计 100; the parts are categories of 100 with `weight` 0.4 / 0.6 (the combining "
               "formula in the 说明 row; the quarterly average a scoring_note); 年终 items 德/能/勤/绩/廉 mix a SLASH "
               "rating `好/较好/一般/差：15/12/9/5`, a manual judgement, tiers, a formula and a threshold; 平时 出勤 is a "
               "per_occurrence dict; the 加分 line is one lookup bonus (cap 3); the 20% quota is not a grade bound; "
               "`cell` = the item name cell as the xlsx was laid out before conversion")


# ----------------------------------------------------------------------------- a13


def a13():
    """html, NOT a scheme: a 考核结果通报 — units with obtained scores, 加分 / 扣分 applied, ranks and grades, money
    paid per point, a paragraph quoting the 办法's 满分 and grade bands; written like a government page."""
    title = "关于2025年度全县安全生产目标管理考核结果的通报"
    units = [("城关镇", 96.5, "+1", "0", "优秀"), ("河口镇", 93.0, "+2", "-1", "优秀"), ("龙潭镇", 88.5, "0", "-0.5", "合格"),
             ("新桥乡", 84.0, "0", "-2", "合格"), ("白鹤乡", 79.5, "+0.5", "-3", "合格"), ("石岭乡", 71.0, "0", "-4", "不合格")]
    rows = "".join(f"<tr><td>{k}</td><td>{u}</td><td>{s:g}</td><td>{b}</td><td>{dd}</td><td>{gr}</td></tr>"
                   for k, (u, s, b, dd, gr) in enumerate(units, start=1))
    body = [f"<h1>{esc(title)}</h1>",
            '<p class="meta">石安委〔2026〕3号　　发布时间：2026-02-05 10:20　　来源：县应急管理局</p>',
            "<p>各乡镇人民政府，县安委会各成员单位：</p>",
            "<p>根据《石门县2025年度安全生产目标管理责任书》，县安委办于2026年1月组织对各乡镇2025年度安全生产目标完成情况"
            "进行了考核。考核实行百分制（满分100分），90分以上为优秀，75分至89分为合格，75分以下为不合格。现将考核结果通报如下：</p>",
            '<table border="1" cellspacing="0"><tr><th>排名</th><th>单位</th><th>考核得分（分）</th><th>加分</th>'
            f"<th>扣分</th><th>等次</th></tr>{rows}</table>",
            "<p>全县平均得分85.4分，比上年提高2.1分。城关镇、河口镇连续两年获得优秀等次，按责任书约定各奖励工作经费5万元；"
            "石岭乡因隐患排查整改任务完成率不足60%被扣4分，等次为不合格，由县政府分管领导约谈乡主要负责人。</p>",
            "<p>希望受表扬的乡镇再接再厉，其他乡镇对照考核中发现的问题认真整改，整改情况于3月15日前报县安委办。</p>",
            "<p style=\"text-align:right\">石门县安全生产委员会<br>2026年2月5日</p>",
            '<div class="footer">主办：石门县人民政府办公室　　网站标识码：43****0012</div>']
    name = "a13_county_safety_results_bulletin_units_scores_ranks_not_scheme.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    not_a_scheme("a13", [name], title, 2025,
                 "a 考核结果通报: a table of six towns with their OBTAINED scores (`96.5` … `71`), the 加分 / 扣分 "
                 "applied (`+2`, `-4`), ranks and grades; prose quotes the 百分制 and the grade bands of a 责任书 "
                 "published elsewhere, an average `85.4分`, `提高2.1分`, `被扣4分`, rewards `5万元`; it sets no "
                 "scoring rules")


# ----------------------------------------------------------------------------- a14


def a14():
    """xlsx, NOT a scheme: a 培训课程表 — dates, times `8:30-10:00`, courses, teachers, 学时 and 学分 columns, a
    closing exam line `结业考试满分100分，60分合格`, attendance rules with `每缺勤1学时` and `迟到15分钟`."""
    title = "2026年全市基层工会主席任职资格培训班课程安排表"
    width = 7
    wb, ws = titled_sheet("课程安排", title, width)
    ws["A2"] = "培训时间：2026年5月11日—5月15日　　培训地点：市职工培训中心　　主办：市总工会组织部"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    header_row(ws, 3, ["日期", "时间", "课程名称", "授课人", "学时", "学分", "形式"])
    lessons = [
        ("5月11日", "8:30-10:00", "开班仪式暨工会工作形势与任务", "市总工会领导", 2, 0.5, "讲授"),
        ("5月11日", "10:15-11:45", "《中华人民共和国工会法》解读", "省工会干部学院　陈教授", 2, 0.5, "讲授"),
        ("5月11日", "14:30-17:30", "基层工会组织建设实务", "市总工会组织部　刘科长", 4, 1, "讲授+研讨"),
        ("5月12日", "8:30-11:45", "工会经费收支管理与经费审查", "市总工会财务部　王部长", 4, 1, "讲授"),
        ("5月12日", "14:30-17:30", "集体协商与劳动关系协调", "市人社局　赵处长", 4, 1, "案例教学"),
        ("5月13日", "8:30-11:45", "职工之家建设现场教学", "城关区总工会", 4, 1, "现场教学"),
        ("5月13日", "14:30-17:30", "困难职工帮扶与服务职工工作", "市总工会权益保障部", 4, 1, "讲授"),
        ("5月14日", "8:30-11:45", "工会宣传与网上工作", "市总工会宣教部", 4, 1, "讲授+实操"),
        ("5月14日", "14:30-17:30", "分组研讨与经验交流", "各小组", 4, 1, "研讨"),
        ("5月15日", "8:30-10:30", "结业考试", "市总工会组织部", 2, 1, "闭卷"),
    ]
    for k, row in enumerate(lessons):
        for c, v in enumerate(row, start=1):
            ws.cell(row=4 + k, column=c, value=v)
    r = 4 + len(lessons)
    ws.cell(row=r, column=3, value="合计")
    ws.cell(row=r, column=5, value=sum(x[4] for x in lessons))
    ws.cell(row=r, column=6, value=sum(x[5] for x in lessons))
    for k, text in enumerate([
            "说明：1．学员须全程参加培训，每缺勤1学时扣减0.5学分，迟到15分钟以上按缺勤1学时计算；",
            "2．结业考试满分100分，60分及以上为合格，成绩80分以上的记为良好，90分以上的记为优秀；",
            "3．修满8学分且考试合格的，颁发《工会主席任职资格培训合格证书》，学分记入干部教育培训档案。"], start=2):
        ws.cell(row=r + k, column=1, value=text)
        ws.merge_cells(start_row=r + k, start_column=1, end_row=r + k, end_column=width)
    wrap(ws, [9, 12, 30, 22, 6, 6, 10], first_row=3)
    name = "a14_union_training_timetable_hours_credits_not_scheme.xlsx"
    wb.save(HERE / name)
    not_a_scheme("a14", [name], title, 2026,
                 "a training course TIMETABLE: dates, clock times `8:30-10:00`, courses, teachers, 学时 (2/4) and 学分 "
                 "(0.5/1) columns with totals, attendance rules `每缺勤1学时扣减0.5学分`, `迟到15分钟`, an exam line "
                 "`满分100分，60分及以上为合格`, `修满8学分`; it assesses no work")


BUILDS = [a01, a02, a03, a04, a05, a06, a07, a08, a09, a10, a11, a12, a13, a14]


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
