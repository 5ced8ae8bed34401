"""Build the SIXTEENTH forms probe set (held out) and its gold from one hand-written content table each.

Theme: a FIFTH ROUND of forms of stating points not yet probed by the earlier sets (tests/data/forms …
forms15, unseen). Point notations: dot leaders drawn by Word TAB STOPS (the docx text holds only a tab, the
dots exist only in the rendering); points in brackets BEFORE the outline number `（8分）1．…` and
`（20分）一、…`; each item's points only inside a closing parenthesised `（评分办法：…得6分…）` clause under
category headings without points; several items with their points at the END of lines in ONE sheet cell
(`①…，6分`) keyed by circled numbers to the rule lines of the next cell; points stated PER MONTH / QUARTER /
HALF-YEAR (`每月计1分`, `每季度计2.5分`) in an annual scheme whose category totals confirm the year's sum.
Structure: a legacy .xls two-level table whose `分值` header is split into `基本分 | 加分` with `小计` rows
carrying both; a yes/no checklist whose points exist only as `是得5分` / `否得10分` phrases; a prose 办法
whose points exist only in a 分值分配表 at its end; a PDF whose items flow in a TWO-COLUMN page layout.
Prose: items scored by RANK among eleven units (steps with a floor, bands, a 位次分 formula, an arithmetic
run anchored at the first and last places); items scored from a 基础分 with deductions AND additions in
one sentence and an item ceiling (`基础分10分，…每缺一项扣3分，…加2分，本项最高12分`); categories as
percentage WEIGHTS in one sentence over parts each scored out of 100. And two documents full of `N分` that
are not schemes (a 积分落户 points table for residence applicants, a teacher's mark sheet).
Each document's content is written once below and rendered both into the document and into
``gold/<id>.json``, so the gold is the content, never kaohe's output.
Run from the repo root: ``.venv/bin/python tests/data/forms16/make_forms16.py`` (add ``--pdf`` to refresh
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

from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
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
CIRCLED = "①②③④⑤⑥⑦⑧⑨"


def soffice(args, outdir: Path):
    """LibreOffice headless with a private profile (a running office or a parallel build cannot lock it)."""
    with tempfile.TemporaryDirectory(prefix="lo_forms16_") as profile:
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


def wrap(ws, widths, first_row=1):
    for col, w in zip("ABCDEFGHIJ", widths):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=first_row):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")


def set_widths(table, cms):
    """Column widths in cm on every cell (Word and LibreOffice honour the cell widths)."""
    table.autofit = False
    for col, w in zip(table._tbl.tblGrid.gridCol_lst, cms):
        col.w = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


# ----------------------------------------------------------------------------- z01


def leader_line(d, label, points, leader, bold=False, indent=0.0):
    """`label<TAB>N分` with a right-aligned tab stop whose LEADER draws the dots: the docx text holds one tab
    character, the dots exist only where the page is rendered (as a table of contents is typeset)."""
    p = d.add_paragraph()
    pf = p.paragraph_format
    if indent:
        pf.left_indent = Cm(indent)
    pf.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, leader)
    r = p.add_run(f"{label}\t{points}")
    r.bold = bold
    return p


def z01():
    """docx+pdf, 工会: headings and items `一、阵地建设<TAB>30分` whose dot leaders come from a tab stop (leader
    dots on headings, middle dots on items); the docx text has a bare tab, the PDF prints the dots; each item's
    method on the next indented paragraph `评估方法：…`."""
    title = "青峰区总工会2026年“职工书屋”示范点评估标准"
    tree = [
        ("阵地建设", 30, [
            ("书屋使用面积不少于30平方米，位置便于职工借阅", 8,
             "达到30平方米的得8分，20至30平方米的得4分，不足20平方米的不得分", "tiers",
             {"levels": {"30平方米以上": 8.0, "20至30平方米": 4.0, "不足20平方米": 0.0}}),
            ("配备书架、阅览桌椅、电子阅读设备", 12, "每缺一类扣4分", "per_occurrence",
             {"per_occurrence": -4.0, "unit": "类"}),
            ("悬挂统一标识牌，公示开放时间", 10, "标识牌和开放时间公示各5分", "components",
             {"components": [{"text": "标识牌", "points": 5.0}, {"text": "开放时间公示", "points": 5.0}]}),
        ]),
        ("图书资源", 35, [
            ("藏书不少于1500册，每年更新不少于10%", 15, "藏书数量达标得10分，年更新率达标得5分", "components",
             {"components": [{"text": "藏书数量达标", "points": 10.0}, {"text": "年更新率达标", "points": 5.0}]}),
            ("订阅报刊不少于10种", 8, "每少1种扣1分，扣完为止", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "种"}),
            ("接入“职工e书屋”数字阅读平台", 12, "已接入并正常使用的得12分，未接入的不得分", "threshold", {}),
        ]),
        ("管理服务", 35, [
            ("配备专（兼）职管理员，建立借阅登记制度", 10, "查阅制度和借阅台账后综合评定", "manual", {}),
            ("每周开放时间不少于20小时", 10, "达到20小时的得10分，每少2小时扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "2小时"}),
            ("每年组织读书分享、征文等阅读活动不少于3次", 15, "每开展1次得5分，最高15分", "per_occurrence",
             {"per_occurrence": 5.0, "unit": "次", "cap": 15.0}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["为推进职工书屋建设提质增效，区总工会决定开展2026年度“职工书屋”示范点评估工作。评估实行百分制，"
                   "评估内容、分值和评估方法如下："])
    cats, items, n = [], [], 0
    for k, (cname, pts, rows) in enumerate(tree):
        leader_line(d, f"{ORD[k]}、{cname}", f"{pts}分", WD_TAB_LEADER.DOTS, bold=True)
        cats.append(cat(cname, float(pts), code=ORD[k]))
        assert sum(r[1] for r in rows) == pts
        for text, ipts, crit, rule, extra in rows:
            n += 1
            leader_line(d, f"{n}．{text}", f"{ipts}分", WD_TAB_LEADER.MIDDLE_DOT, indent=0.5)
            p = d.add_paragraph(f"评估方法：{crit}。")
            p.paragraph_format.left_indent = Cm(1.2)
            items.append(item(cname, str(n), text, float(ipts), criteria=crit, rule=rule, **extra))
    leader_line(d, "合计", "100分", WD_TAB_LEADER.DOTS, bold=True)
    paragraphs(d, ["评估得分90分以上的，推荐申报省级“职工书屋”示范点；80分至89分的，命名为区级“职工书屋”示范点。",
                   "青峰区总工会", "2026年4月2日"])
    name = "z01_union_tab_stop_dot_leaders_points.docx"
    d.save(HERE / name)
    docx_to_pdf(name, keep_docx=True)
    gold("z01", [name, name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         grades=[{"name": "推荐申报省级“职工书屋”示范点", "min_score": 90},
                 {"name": "区级“职工书屋”示范点", "min_score": 80, "max_score": 89}],
         notes="dot leaders DRAWN BY WORD TAB STOPS: every heading and item paragraph is `label<TAB>N分` with a right "
               "tab stop at 15.5 cm whose leader is dots (headings, 合计) or middle dots (items); the docx text holds a "
               "bare tab, the PDF prints the dots; the method on the next indented paragraph `评估方法：…` is the "
               "criteria; items numbered 1…9 across the categories; `合计<TAB>100分` is the total; `1500册`, `10%`, "
               "`20小时`, `30平方米` are not points")


# ----------------------------------------------------------------------------- z02


def z02():
    """txt, 司法: points in brackets BEFORE the outline number on every heading and item line
    `（20分）一、组织建设` / `（8分）1．…。评分：…。`; a bonus section whose lines also start with the points."""
    title = "南溪县2026年度人民调解委员会规范化建设考评细则"
    tree = [
        ("组织建设", 20, [
            ("调委会依法设立，委员不少于3人，设主任1名", 8,
             "组织健全的得8分；委员不足3人的得4分；未设立的不得分", "tiers",
             {"levels": {"组织健全": 8.0, "委员不足3人": 4.0, "未设立": 0.0}}),
            ("调解员经县级以上司法行政部门培训后上岗", 6, "每有1名调解员未经培训的扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "人"}),
            ("调解室、标识牌、调解印章齐全", 6, "调解室、标识牌、印章各2分", "components",
             {"components": [{"text": "调解室", "points": 2.0}, {"text": "标识牌", "points": 2.0},
                             {"text": "调解印章", "points": 2.0}]}),
        ]),
        ("制度建设", 25, [
            ("建立纠纷排查、登记、回访、统计、档案管理等工作制度并上墙", 10, "每缺一项制度扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "项"}),
            ("每月开展一次矛盾纠纷排查并形成记录", 15, "每少一次扣1.5分，扣完为止", "per_occurrence",
             {"per_occurrence": -1.5, "unit": "次"}),
        ]),
        ("调解工作", 40, [
            ("调解成功率达到95%以上", 20, "95%以上的得20分；90%至95%的得15分；90%以下的得10分", "tiers",
             {"levels": {"95%以上": 20.0, "90%至95%": 15.0, "90%以下": 10.0}}),
            ("调解卷宗规范完整，一案一卷", 12, "随机抽查10卷，每卷不规范的扣1.2分", "per_occurrence",
             {"per_occurrence": -1.2, "unit": "卷"}),
            ("调解协议履行率达到98%以上", 8, "达到的得8分，未达到的不得分", "threshold", {}),
        ]),
        ("宣传培训", 15, [
            ("每季度开展一次法治宣传进村（社区）活动", 9, "每少一次扣2.25分", "per_occurrence",
             {"per_occurrence": -2.25, "unit": "次"}),
            ("调解员参加上级组织的业务培训", 6, "全员参加的得6分，每缺1人次扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "人次"}),
        ]),
    ]
    lines = [title, "",
             "考评对象：全县各乡镇（街道）人民调解委员会和村（社区）人民调解委员会。",
             "考评方式：县司法局组织考评组采取听取汇报、查阅卷宗、实地察看等方式进行，考评满分100分。",
             "考评内容及评分标准：", ""]
    cats, items, n = [], [], 0
    for k, (cname, pts, rows) in enumerate(tree):
        lines.append(f"（{pts}分）{ORD[k]}、{cname}")
        cats.append(cat(cname, float(pts), code=ORD[k]))
        assert sum(r[1] for r in rows) == pts
        for text, ipts, crit, rule, extra in rows:
            n += 1
            lines.append(f"（{g(ipts)}分）{n}．{text}。评分：{crit}。")
            items.append(item(cname, str(n), text, float(ipts), criteria=crit, rule=rule, **extra))
        lines.append("")
    assert sum(c["points"] for c in cats) == 100
    lines += ["（另计）五、加分项目（同一年度按最高一项计，不累加）",
              "（3分）调委会获得省级以上“优秀人民调解委员会”表彰的；",
              "（2分）调委会获得市级“优秀人民调解委员会”表彰的。", "",
              "等次评定：考评得分90分以上的为“规范化人民调解委员会”；75分至89分的为达标；75分以下的为不达标，限期整改。"
              "调委会调解不当引发“民转刑”案件的，当年不得评为“规范化人民调解委员会”。", "",
              "南溪县司法局", "2026年3月16日", ""]
    name = "z02_justice_points_before_outline_number.txt"
    (HERE / name).write_text("\n".join(lines), encoding="utf-8")
    gold("z02", [name], title, 2026, 100.0, cats, items,
         bonus=[{"section": "加分项目", "text": "调委会获得“优秀人民调解委员会”表彰", "rule": "lookup",
                 "levels": {"省级以上": 3.0, "市级": 2.0}, "highest_only": True}],
         veto=[{"text": "调委会调解不当引发“民转刑”案件的", "effect": "当年不得评为“规范化人民调解委员会”"}],
         veto_effect="当年不得评为“规范化人民调解委员会”",
         grades=[{"name": "规范化人民调解委员会", "min_score": 90}, {"name": "达标", "min_score": 75, "max_score": 89},
                 {"name": "不达标", "max_score": 75}],
         notes="points in full-width brackets BEFORE the outline number on every line: headings `（20分）一、组织建设`, "
               "items `（8分）1．requirement。评分：rule。` (items numbered 1…10 across the sections); the bonus "
               "section heading starts with `（另计）` (no figure) and its two lines start with the points `（3分）…的；` "
               "— one lookup bonus, highest level only (`同一年度按最高一项计，不累加`); the preamble "
               "sections are unnumbered labels (`考评对象：`, `等次评定：`); `95%`, `98%`, `10卷` are not points")


# ----------------------------------------------------------------------------- z03


def z03():
    """html, 统计: categories WITHOUT points; each item one paragraph ending in a parenthesised
    `（评分办法：…的得6分，…的得3分，…不得分）` clause — the ONLY statement of its points (the top outcome)."""
    title = "清河市2026年度乡镇（街道）统计工作考核细则"
    tree = [
        ("基础建设", [
            ("统计机构和人员", "乡镇（街道）设立统计站，配备专职统计员不少于2名，人员保持相对稳定",
             "机构、人员均达标的得6分，专职统计员不足2名的得3分，未设立统计站的不得分", 6, "tiers",
             {"levels": {"均达标": 6.0, "专职统计员不足2名": 3.0, "未设立统计站": 0.0}}),
            ("统计台账", "建立规模以上工业、固定资产投资、批零住餐等统计台账，原始记录完整",
             "台账完整规范的得8分，每缺一类台账扣2分，扣完为止", 8, "per_occurrence",
             {"per_occurrence": -2.0, "unit": "类"}),
            ("办公条件", "配备统计工作专用电脑和档案柜，统计资料专柜存放",
             "专用电脑、档案柜均配备的得6分，缺一项扣3分", 6, "per_occurrence",
             {"per_occurrence": -3.0, "unit": "项"}),
        ]),
        ("数据质量", [
            ("数据准确", "上报的统计数据真实准确，经得起上级核查",
             "上级核查无差错的得20分，每发现一处差错扣4分，扣完为止", 20, "per_occurrence",
             {"per_occurrence": -4.0, "unit": "处"}),
            ("数据衔接", "主要指标数据与相关部门数据衔接一致",
             "衔接一致的得10分，存在明显不衔接的得5分", 10, "tiers",
             {"levels": {"衔接一致": 10.0, "明显不衔接": 5.0}}),
            ("执法配合", "配合统计执法检查，按时提供检查所需资料",
             "由市统计局根据配合情况在0至10分之间评定", 10, "manual", {}),
        ]),
        ("工作时效", [
            ("报表报送", "按统计调查制度规定的时间报送各类定期统计报表",
             "全部按时报送的得15分，每迟报或漏报一次扣1.5分", 15, "per_occurrence",
             {"per_occurrence": -1.5, "unit": "次"}),
            ("普查和专项调查", "按时保质完成经济普查、人口抽样调查等任务",
             "按时保质完成的得10分；完成但质量不高的得6分；未完成的不得分", 10, "tiers",
             {"levels": {"按时保质完成": 10.0, "完成但质量不高": 6.0, "未完成": 0.0}}),
        ]),
        ("统计服务", [
            ("统计分析", "围绕中心工作撰写统计分析报告",
             "每报送一篇统计分析得2分，本项最高10分", 10, "per_occurrence",
             {"per_occurrence": 2.0, "unit": "篇", "cap": 10.0}),
            ("统计宣传", "开展“统计开放日”、统计法宣传等活动",
             "开展的得5分，未开展的不得分", 5, "threshold", {}),
        ]),
    ]
    body = [f"<h2>{esc(title)}</h2>",
            "<p>为提高基层统计数据质量，根据《中华人民共和国统计法》和上级有关要求，制定本细则。考核满分100分，"
            "由市统计局会同各业务科室于年底组织实施。</p>"]
    cats, items, n = [], [], 0
    for k, (cname, rows) in enumerate(tree):
        body.append(f"<h3>{ORD[k]}、{esc(cname)}</h3>")
        cats.append(cat(cname, None, code=ORD[k]))
        for text, req, crit, ipts, rule, extra in rows:
            n += 1
            body.append(f"<p>（{ORD[n - 1]}）{esc(text)}。{esc(req)}（评分办法：{esc(crit)}）。</p>")
            items.append(item(cname, f"（{ORD[n - 1]}）", text, float(ipts), criteria=crit, rule=rule,
                              requirement=req, **extra))
    assert sum(i["points"] for i in items) == 100 and n == 10
    veto = "统计造假、弄虚作假或者干预统计工作的"
    body += [f"<h3>五、结果评定</h3>",
             "<p>考核得分90分以上的为优秀，75分至89分的为良好，60分至74分的为合格，60分以下的为不合格。"
             f"{esc(veto)}，实行一票否决，考核等次直接定为不合格。</p>",
             "<p>清河市统计局</p><p>2026年2月26日</p>"]
    name = "z03_statistics_points_only_in_pingfen_banfa_clause.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    gold("z03", [name], title, 2026, 100.0, cats, items,
         veto=[{"text": veto, "effect": "考核等次直接定为不合格"}], veto_effect="考核等次直接定为不合格",
         grades=bands(("优秀", 90), ("良好", 75), ("合格", 60), ("不合格", None)),
         notes="each item is ONE paragraph `（一）name。requirement（评分办法：rule）。` and its points exist ONLY inside the "
               "closing parenthesised 评分办法 clause: the item's points = the top outcome the clause names "
               "(`…的得6分，…的得3分，…不得分` → 6; `…的得8分，每缺一类台账扣2分` → 8; `本项最高10分` → 10; the "
               "执法配合 item `在0至10分之间评定` → 10, manual); category headings `一、基础建设` carry no points (null; "
               "20/40/25/15 by sum); items coded （一）…（十） across the categories; total only `考核满分100分`")


# ----------------------------------------------------------------------------- z04


def z04():
    """xlsx, 民政: one row per category; the `考核内容及分值` cell holds the category's items as LINES
    `①…，6分` (points at the end after a comma), the `评分细则` cell holds rule LINES keyed by the same
    circled numbers; the category cell `组织建设 20分` (a space, no bracket)."""
    title = "柳塘镇2026年度村务监督委员会工作考评表"
    tree = [
        ("组织建设", 20, [
            ("监督委员会成员依法推选产生，人数3至5人", 6, "推选程序合法、人数符合规定的得6分，不符合的不得分",
             "threshold", {}),
            ("明确主任及成员分工并公示", 4, "分工明确并公示的得4分，分工明确未公示的得2分", "tiers",
             {"levels": {"分工明确并公示": 4.0, "分工明确未公示": 2.0}}),
            ("成员参加县、镇组织的业务培训", 10, "每缺1人次扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "人次"}),
        ]),
        ("监督职责", 40, [
            ("列席村民委员会会议和村级重大事项决策会议", 15, "每少列席一次扣3分", "per_occurrence",
             {"per_occurrence": -3.0, "unit": "次"}),
            ("监督村务公开的内容、时间和程序", 15, "公开不符合规定未提出意见的，每次扣3分", "per_occurrence",
             {"per_occurrence": -3.0, "unit": "次"}),
            ("审核村级财务收支票据", 10, "每月审核并签字的得10分，每少一个月扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "月"}),
        ]),
        ("工作记录", 20, [
            ("建立监督工作台账", 10, "台账完整的得10分，不完整的得5分", "tiers",
             {"levels": {"完整": 10.0, "不完整": 5.0}}),
            ("按季度向村民会议或村民代表会议报告工作", 10, "每少报告一次扣2.5分", "per_occurrence",
             {"per_occurrence": -2.5, "unit": "次"}),
        ]),
        ("群众评议", 20, [
            ("村民对监督工作的满意度测评", 20,
             "满意率90%以上的得20分，80%至90%的得15分，80%以下的得8分", "tiers",
             {"levels": {"90%以上": 20.0, "80%至90%": 15.0, "80%以下": 8.0}}),
        ]),
    ]
    wb, ws = titled_sheet("考评表", title, 4)
    ws["A2"] = "被考评村：__________　　考评日期：____年__月__日"
    ws.merge_cells("A2:D2")
    header_row(ws, 3, ["考核类别", "考核内容及分值", "评分细则", "得分"])
    cats, items = [], []
    r = 4
    for cname, pts, rows in tree:
        assert sum(x[1] for x in rows) == pts
        ws.cell(row=r, column=1, value=f"{cname} {pts}分")
        ws.cell(row=r, column=2, value="\n".join(f"{CIRCLED[k]}{t}，{g(p)}分" for k, (t, p, *_x) in enumerate(rows)))
        ws.cell(row=r, column=3, value="\n".join(f"{CIRCLED[k]}{c}" for k, (_t, _p, c, *_x) in enumerate(rows)))
        cats.append(cat(cname, float(pts)))
        for k, (text, ipts, crit, rule, extra) in enumerate(rows):
            items.append(item(cname, CIRCLED[k], text, float(ipts), criteria=crit, rule=rule, cell=f"B{r}", **extra))
        r += 1
    ws.cell(row=r, column=1, value="合计")
    ws.cell(row=r, column=2, value="100分")
    r += 1
    ws.cell(row=r, column=1, value="说明：考评得分85分以上为好，70分至84分为较好，60分至69分为一般，60分以下为差。"
                                   "监督委员会成员违规参与村级工程项目的，考评等次直接定为差。")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    wrap(ws, [14, 48, 48, 8], first_row=3)
    for row in range(4, 8):
        ws.row_dimensions[row].height = 78
    name = "z04_civil_affairs_item_lines_in_one_cell_rules_keyed_circled.xlsx"
    wb.save(HERE / name)
    veto = "监督委员会成员违规参与村级工程项目的"
    gold("z04", [name], title, 2026, 100.0, cats, items,
         veto=[{"text": veto, "effect": "考评等次直接定为差"}], veto_effect="考评等次直接定为差",
         grades=bands(("好", 85), ("较好", 70), ("一般", 60), ("差", None)),
         notes="ONE ROW PER CATEGORY: the `考核内容及分值` cell holds the category's items as Alt+Enter LINES "
               "`①requirement，6分` (points at the end of each line after a comma), the `评分细则` cell holds the rule "
               "LINES keyed by the same circled numbers (line k of the rules = item k); item codes ①②③ restart per "
               "category; the category cell `组织建设 20分` (space, no bracket); `cell` = the items' cell; "
               "`合计 | 100分`; the veto and grades only in the 说明 row; `3至5人`, `90%` are not points")



# ----------------------------------------------------------------------------- z05


def z05():
    """doc, 信访: an ANNUAL scheme whose routine items are stated PER PERIOD only (`每月计1分`, `每季度计2.5分`,
    `每半年…每次计4分`); the preamble says the year is scored by months and quarters and summed, and each
    category heading states the year's points, so every item's year total is unambiguous."""
    title = "河口区2026年度街道信访工作目标考核办法"
    # (text, rule sentence, per-period points, periods, unit, printed rate)
    tree = [
        ("日常工作", 40, [
            ("信息报送", "每月按时报送信访形势分析和重要信息的，每月计1分", 1.0, 12, "月"),
            ("矛盾排查", "每季度开展一次矛盾纠纷集中排查化解并形成报告的，每季度计2.5分", 2.5, 4, "季度"),
            ("联席会议", "每半年召开一次信访工作联席会议，每次计4分", 4.0, 2, "半年"),
            ("领导接访", "街道党政主要负责人每月公开接访不少于1次的，每月计0.5分", 0.5, 12, "月"),
            ("台账检查", "区信访局每季度检查一次信访台账，台账规范的，每季度计1分", 1.0, 4, "季度"),
        ]),
        ("重点工作", 30, [
            ("积案化解", "每季度完成区里交办的积案化解任务的，每季度计3分", 3.0, 4, "季度"),
            ("初信初访办理", "初信初访及时受理率每季度达到100%的，当季计2分", 2.0, 4, "季度"),
            ("网上信访", "网上信访占比每月达到60%以上的，当月计0.5分", 0.5, 12, "月"),
            ("督查督办", "每半年接受一次区信访工作督查，督查无问题的计2分", 2.0, 2, "半年"),
        ]),
        ("基础工作", 30, None),
    ]
    basics = [  # plain annual items
        ("信访工作机构", "设立街道信访办公室，配备专职信访干部不少于2名，机构人员落实的计10分，不落实的不计分",
         10.0, "threshold", {}),
        ("信访档案管理", "每半年检查一次信访档案，档案规范的每次计5分", 10.0, "per_occurrence",
         {"per_occurrence": 5.0, "unit": "半年", "periods": 2, "printed": "每次计5分"}),
        ("业务培训", "每季度组织一次信访干部业务学习，每季度计2.5分", 10.0, "per_occurrence",
         {"per_occurrence": 2.5, "unit": "季度", "periods": 4, "printed": "每季度计2.5分"}),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, [
        "第一条　为压实信访工作责任，推动信访问题及时就地解决，结合本区实际，制定本办法。",
        "第二条　考核对象为全区各街道。考核按年度进行，日常工作和重点工作分月、分季度、分半年计分，年终累计；"
        "基础工作年终一次性考核。年度考核满分100分。",
        "第三条　考核内容及计分标准如下："])
    cats, items = [], []
    for k, (cname, pts, rows) in enumerate(tree):
        bold_line(d, f"{ORD[k]}、{cname}（全年{pts}分）")
        cats.append(cat(cname, float(pts), code=ORD[k]))
        if rows is None:
            rows_out = basics
            for n, (text, crit, ipts, rule, extra) in enumerate(rows_out, start=1):
                d.add_paragraph(f"{n}．{text}：{crit}。")
                items.append(item(cname, str(n), text, ipts, criteria=crit, rule=rule, **extra))
            assert sum(x[2] for x in rows_out) == pts
            continue
        total = 0.0
        for n, (text, crit, rate, periods, unit) in enumerate(rows, start=1):
            d.add_paragraph(f"{n}．{text}：{crit}。")
            total += rate * periods
            items.append(item(cname, str(n), text, rate * periods, criteria=crit, rule="per_occurrence",
                              per_occurrence=rate, unit=unit, periods=periods))
        assert total == pts, (cname, total)
    paragraphs(d, [
        "第四条　有下列情形的，从年度考核总分中扣分：被市级以上通报批评的，每次扣2分；发生越级集体上访且处置不力的，"
        "每起扣3分。",
        "第五条　发生因信访问题引发的重大群体性事件或极端事件的，实行一票否决，年度考核等次定为不合格。",
        "第六条　考核得分90分以上的为优秀，80分至89分的为良好，60分至79分的为合格，60分以下的为不合格。",
        "第七条　本办法自印发之日起施行，由区信访局负责解释。",
        "河口区信访工作联席会议办公室", "2026年1月20日"])
    name = "z05_petition_points_per_month_quarter_annual_totals.doc"
    to_legacy(lambda p: d.save(p), name.replace(".doc", ".docx"), "doc")
    veto = "发生因信访问题引发的重大群体性事件或极端事件的"
    gold("z05", [name], title, 2026, 100.0, cats, items,
         deductions=[{"code": "第四条", "text": "被市级以上通报批评的", "per_occurrence": -2.0, "unit": "次"},
                     {"code": "第四条", "text": "发生越级集体上访且处置不力的", "per_occurrence": -3.0, "unit": "起"}],
         veto=[{"code": "第五条", "text": veto, "effect": "年度考核等次定为不合格"}],
         veto_effect="年度考核等次定为不合格",
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         notes="legacy .doc; routine items state their points ONLY PER PERIOD (`每月计1分`, `每季度计2.5分`, "
               "`每半年…每次计4分`, `当月计0.5分`) in an ANNUAL scheme: each item's points = the year's total (rate × "
               "periods: 12 months, 4 quarters, 2 half-years; `per_occurrence` = the rate, `unit` the period, "
               "`periods` the count), unambiguous because 第二条 says the periods are summed over the year and each "
               "category heading states the year's points `日常工作（全年40分）` which the items reach exactly; the "
               "基础工作 items are annual (信访档案管理 `每半年…每次计5分` → 10, 业务培训 → 10); 第四条 deductions "
               "from the total per occurrence; `100%`, `60%`, `2名` are not points")


# ----------------------------------------------------------------------------- z06


def z06():
    """xls, 国企党建: a two-level table (一级指标 merged down, no points) whose `分值` header is merged over
    `基本分 | 加分`; each item row has a base and a bonus cell (`—` where none); `小计` rows under each
    category carry BOTH figures; `合计 | 100 | 10`."""
    title = "远航集团2026年度基层党支部党建工作责任制考核表"
    tree = [
        ("政治建设", [
            ("理论学习", "每月开展集中学习不少于1次，每少一次扣1.5分；学习成果在集团刊物刊发的，每篇加1分", 15, 2,
             "per_occurrence", {"per_occurrence": -1.5, "unit": "次"}, {"per_occurrence": 1.0, "unit": "篇"}),
            ("意识形态", "落实意识形态工作责任制，发生意识形态问题的不得分；开展舆情应对演练的加1分", 10, 1,
             "threshold", {}, {}),
        ]),
        ("组织建设", [
            ("三会一课", "每缺一次支委会或党员大会扣1分；被评为集团“三会一课”示范案例的加2分", 15, 2,
             "per_occurrence", {"per_occurrence": -1.0, "unit": "次"}, {}),
            ("党员发展", "按计划完成发展党员任务的得10分，未完成的不得分", 10, None, "threshold", {}, {}),
            ("党费收缴", "按月足额收缴的得10分，每发现一人次未按月收缴扣1分；获评上级党费管理先进的加2分", 10, 2,
             "per_occurrence", {"per_occurrence": -1.0, "unit": "人次"}, {}),
        ]),
        ("作风建设", [
            ("廉洁风险防控", "建立廉洁风险点台账的得6分，开展廉洁教育的得6分", 12, None, "components",
             {"components": [{"text": "建立廉洁风险点台账", "points": 6.0}, {"text": "开展廉洁教育", "points": 6.0}]},
             {}),
            ("作风监督", "每发现一起违反中央八项规定精神问题扣4分；设立作风监督岗并发挥作用的加1分", 8, 1,
             "per_occurrence", {"per_occurrence": -4.0, "unit": "起"}, {}),
        ]),
        ("融合发展", [
            ("党建联建", "开展党建联建项目的得10分，未开展的不得分；联建项目获集团表彰的加1分", 10, 1,
             "threshold", {}, {}),
            ("先锋示范", "设立党员先锋岗、责任区，每设立一个得2分，最高10分；获集团级以上命名的加1分", 10, 1,
             "per_occurrence", {"per_occurrence": 2.0, "unit": "个", "cap": 10.0}, {}),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "考核表"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "被考核党支部：____________　　　考核时间：____年__月__日"
    ws.merge_cells("A2:F2")
    for col, h in zip("ABCF", ["一级指标", "二级指标", "考核内容及评分标准", "得分"]):
        ws[f"{col}3"] = h
        ws[f"{col}3"].font = Font(bold=True)
        ws.merge_cells(f"{col}3:{col}4")
    ws["D3"] = "分值"
    ws["D3"].font = Font(bold=True)
    ws.merge_cells("D3:E3")
    ws["D4"], ws["E4"] = "基本分", "加分"
    cats, items, bonus = [], [], []
    r = 5
    base_total = bonus_total = 0
    for cname, rows in tree:
        first = r
        for text, crit, base, plus, rule, extra, bextra in rows:
            ws.cell(row=r, column=2, value=text)
            ws.cell(row=r, column=3, value=crit)
            ws.cell(row=r, column=4, value=base)
            ws.cell(row=r, column=5, value=plus if plus else "—")
            items.append(item(cname, None, text, float(base), criteria=crit, rule=rule,
                              bonus_points=float(plus) if plus else None, cell=f"D{r}", **extra))
            if plus:
                entry = {"category": cname, "item": text, "text": crit, "max_points": float(plus)}
                entry.update(bextra or {"points": float(plus)})
                if bextra:
                    entry["cap"] = float(plus)
                bonus.append(entry)
            r += 1
        ws.cell(row=first, column=1, value=cname)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        cbase = sum(x[2] for x in rows)
        cplus = sum(x[3] or 0 for x in rows)
        ws.cell(row=r, column=2, value="小计")
        ws.cell(row=r, column=4, value=cbase)
        ws.cell(row=r, column=5, value=cplus)
        cats.append(cat(cname, float(cbase), bonus_points=float(cplus), cell=f"D{r}"))
        base_total += cbase
        bonus_total += cplus
        r += 1
    assert base_total == 100 and bonus_total == 10
    ws.cell(row=r, column=1, value="合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(row=r, column=4, value=100)
    ws.cell(row=r, column=5, value=10)
    r += 1
    ws.cell(row=r, column=1, value="说明：1．考核满分100分，另设加分10分，加分只在对应项目的加分栏内计算，总分最高110分。"
                                   "2．考核总分95分以上为优秀，85分至94分为良好，70分至84分为一般，70分以下为较差。"
                                   "3．党支部书记受到党纪处分的，考核等次直接定为较差。")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.row_dimensions[r].height = 48
    wrap(ws, [12, 14, 56, 8, 8, 8], first_row=3)
    name = "z06_soe_party_base_bonus_subcolumns_subtotal_rows.xls"
    to_legacy(lambda p: wb.save(p), name.replace(".xls", ".xlsx"), "xls")
    veto = "党支部书记受到党纪处分的"
    gold("z06", [name], title, 2026, 100.0, cats, items, bonus=bonus, bonus_cap=10.0, score_cap=110.0,
         veto=[{"text": veto, "effect": "考核等次直接定为较差"}], veto_effect="考核等次直接定为较差",
         grades=bands(("优秀", 95), ("良好", 85), ("一般", 70), ("较差", None)),
         notes="legacy .xls; TWO-ROW header: `分值` merged across over `基本分 | 加分` (the other header cells merged "
               "down); an item's points = its 基本分; a 加分 cell other than `—` is a bonus entry tied to its item "
               "(`max_points`; its rule is the 加分 clause inside the criteria cell) and is repeated as `bonus_points` "
               "on the item; the category (一级指标, merged down, no figure) points come ONLY from its `小计` row, "
               "which carries BOTH figures (base → points, bonus → `bonus_points`); `合计 | 100 | 10` (bonus cap 10, "
               "score cap 110 in the 说明); the grades are on base + bonus; `cell` = the item's 基本分 cell")


# ----------------------------------------------------------------------------- z07


def z07():
    """docx+pdf, 卫健: a YES/NO checklist — each row a question `是否…`, an answer cell `是□　否□`, and the points
    ONLY as a phrase `是得5分，否不得分` (one row rewards `否`: `否得10分，是不得分`); section rows without points;
    a 否决项 block of yes/no questions at the foot."""
    title = "东湖区2026年托育机构卫生保健工作评估表"
    tree = [
        ("机构设置与管理", [
            ("是否已向卫生健康部门备案", "是", 5),
            ("是否配备专（兼）职卫生保健人员", "是", 8),
            ("是否建立卫生保健制度（不少于10项）", "是", 7),
        ]),
        ("健康检查", [
            ("工作人员是否全部持有效健康合格证明上岗", "是", 10),
            ("婴幼儿入托前是否全部完成健康检查", "是", 10),
            ("是否每日开展晨午检并有记录", "是", 8),
        ]),
        ("膳食营养", [
            ("是否每周制定带量食谱并向家长公示", "是", 6),
            ("每餐次食品是否留样48小时以上", "是", 6),
            ("近一年是否发生食物中毒或食源性疾病事件", "否", 10),
        ]),
        ("环境卫生与疾病防控", [
            ("玩具、餐具是否按规定消毒并登记", "是", 10),
            ("是否建立传染病登记报告制度", "是", 10),
            ("是否按期完成婴幼儿预防接种证查验", "是", 10),
        ]),
    ]
    vetoes = ["是否存在虐待、伤害婴幼儿的行为", "是否存在瞒报、迟报传染病疫情的情况"]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["机构名称：______________________　评估日期：____年__月__日",
                   "填表说明：评估组逐项核实后在“评估结果”栏勾选“是”或“否”，按“评分标准”赋分；评估满分100分。"])
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["序号", "评估事项", "评估结果", "评分标准", "得分"]):
        set_cell(t.cell(0, c), h, bold=True)
    cats, items, n = [], [], 0
    for k, (cname, rows) in enumerate(tree):
        row = t.add_row()
        merge_across(t, len(t.rows) - 1, f"{ORD[k]}、{cname}", bold=True)
        cats.append(cat(cname, None, code=ORD[k]))
        for q, good, pts in rows:
            n += 1
            bad = "否" if good == "是" else "是"
            rule_text = f"{good}得{pts}分，{bad}不得分"
            cells = t.add_row().cells
            for c, v in enumerate([str(n), q, "是□　否□", rule_text, ""]):
                set_cell(cells[c], v)
            items.append(item(cname, str(n), q, float(pts), criteria=rule_text, rule="threshold",
                              scoring_answer=good))
    assert sum(i["points"] for i in items) == 100
    row = t.add_row()
    merge_across(t, len(t.rows) - 1, "五、否决项（任一项选“是”的，评估结论直接定为不合格）", bold=True)
    for v, q in enumerate(vetoes, start=1):
        cells = t.add_row().cells
        for c, val in enumerate([f"否{v}", q, "是□　否□", "选“是”的，评估结论为不合格", "—"]):
            set_cell(cells[c], val)
    set_widths(t, [1.2, 6.5, 2.6, 4.2, 1.5])
    paragraphs(d, ["评估结论：评估得分85分以上且无否决项的为合格；70分至84分的为基本合格，限期一个月整改；70分以下的为不合格。",
                   "评估人员签字：____________　　机构负责人签字：____________"])
    name = "z07_childcare_yes_no_checklist_shi_de_points.docx"
    d.save(HERE / name)
    docx_to_pdf(name, keep_docx=True)
    gold("z07", [name, name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         veto=[{"code": f"否{v}", "text": q, "effect": "评估结论直接定为不合格"} for v, q in enumerate(vetoes, start=1)],
         veto_effect="评估结论直接定为不合格",
         grades=[{"name": "合格", "min_score": 85}, {"name": "基本合格", "min_score": 70, "max_score": 84},
                 {"name": "不合格", "max_score": 70}],
         notes="a YES/NO checklist: every row a question `是否…`, an answer cell `是□　否□` and the points ONLY in the "
               "phrase `是得5分，否不得分` of the 评分标准 cell (no 分值 column) — each item threshold with the points the "
               "rewarded answer earns (`scoring_answer`); item 9 rewards `否` (`否得10分，是不得分`); section rows "
               "`一、机构设置与管理` carry no points (null; 20/28/22/30 by sum); the two `否1`/`否2` rows are veto "
               "entries, not items; `48小时`, `10项` are not points")


# ----------------------------------------------------------------------------- z08


def z08():
    """docx, 林长制: a prose 办法 whose items are paragraphs `1．林长设置。requirement。rule。` without any figure;
    the points only in a `附：分值分配表` table at the END (考核内容 merged down with the category points in the
    cell, 考核项目, 分值)."""
    title = "松岭县2026年度林长制工作考核办法"
    tree = [
        ("组织体系建设", 25, [
            ("林长设置", "乡、村两级林长设置到位，林长公示牌设立规范、信息准确",
             "林长未设置到位的本项不得分；公示牌每缺一块扣1分", "per_occurrence", 10,
             {"per_occurrence": -1.0, "unit": "块"}),
            ("制度建设", "建立林长会议、巡林、督办、考核四项制度",
             "每项制度2分", "components", 8,
             {"components": [{"text": t, "points": 2.0} for t in ("林长会议", "巡林", "督办", "考核")]}),
            ("护林员队伍", "每个行政村配备生态护林员不少于1名，落实网格化管护",
             "每缺1名扣1分", "per_occurrence", 7, {"per_occurrence": -1.0, "unit": "名"}),
        ]),
        ("资源保护", 45, [
            ("林长巡林", "乡级林长每季度巡林不少于1次，村级林长每月巡林不少于1次",
             "每少巡林一次扣1分", "per_occurrence", 15, {"per_occurrence": -1.0, "unit": "次"}),
            ("森林防火", "落实森林防火责任，全年未发生森林火灾",
             "未发生森林火灾的得满分；发生一般森林火灾的，每起扣5分", "per_occurrence", 15,
             {"per_occurrence": -5.0, "unit": "起"}),
            ("林地保护", "森林督查卫片图斑按期核查整改",
             "整改率100%的得满分，每降低1个百分点扣0.5分", "per_occurrence", 15,
             {"per_occurrence": -0.5, "unit": "个百分点"}),
        ]),
        ("生态修复", 20, [
            ("造林绿化", "完成县下达的年度造林绿化任务",
             "完成任务的得满分，未完成的按完成比例计分", "proportional", 12, {}),
            ("有害生物防治", "林业有害生物成灾率控制在下达指标以内",
             "控制在指标以内的得满分，超出的不得分", "threshold", 8, {}),
        ]),
        ("宣传与信息", 10, [
            ("宣传活动", "开展林长制进校园、进社区等宣传活动",
             "开展的得满分，未开展的不得分", "threshold", 5, {}),
            ("信息报送", "及时报送林长制工作信息",
             "每报送一篇得1分，得满本项分值为止", "per_occurrence", 5,
             {"per_occurrence": 1.0, "unit": "篇", "cap": 5.0}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["第一条　为全面推行林长制，压实各级林长保护发展森林资源责任，制定本办法。",
                   "第二条　本办法适用于对各乡镇林长制工作的年度考核。考核实行百分制，各项分值见附后的分值分配表。",
                   "第三条　考核内容和评分标准"])
    cats, items, n = [], [], 0
    for k, (cname, pts, rows) in enumerate(tree):
        bold_line(d, f"（{ORD[k]}）{cname}")
        cats.append(cat(cname, float(pts), code=f"（{ORD[k]}）"))
        assert sum(x[4] for x in rows) == pts
        for text, req, crit, rule, ipts, extra in rows:
            n += 1
            d.add_paragraph(f"{n}．{text}。{req}。{crit}。")
            items.append(item(cname, str(n), text, float(ipts), criteria=crit, rule=rule, requirement=req, **extra))
    veto = "发生重大森林火灾或者重大毁林案件的"
    paragraphs(d, [f"第四条　{veto}，年度考核实行一票否决，等次定为不合格。",
                   "第五条　考核得分90分以上为优秀，80分至89分为良好，60分至79分为合格，60分以下为不合格。",
                   "第六条　本办法由县林长制办公室负责解释，自印发之日起施行。", "附：分值分配表"])
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["序号", "考核内容", "考核项目", "分值"]):
        set_cell(t.cell(0, c), h, bold=True)
    n = 0
    for cname, pts, rows in tree:
        first = len(t.rows)
        for text, *_rest in rows:
            n += 1
            cells = t.add_row().cells
            set_cell(cells[0], str(n))
            set_cell(cells[2], text)
            set_cell(cells[3], g(_rest[3]))
        merge_down(t, 1, first, len(t.rows) - 1, f"{cname}（{pts}分）")
    cells = t.add_row().cells
    set_cell(cells[0], "合计")
    set_cell(cells[3], "100")
    set_widths(t, [1.4, 5.0, 6.0, 2.0])
    paragraphs(d, ["松岭县林长制办公室", "2026年3月3日"])
    name = "z08_forestry_prose_points_only_in_closing_allocation_table.docx"
    d.save(HERE / name)
    gold("z08", [name], title, 2026, 100.0, cats, items,
         veto=[{"code": "第四条", "text": veto, "effect": "等次定为不合格"}], veto_effect="等次定为不合格",
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         notes="a prose 办法 whose criteria paragraphs `1．林长设置。requirement。rule。` carry NO figure (rules say "
               "`得满分`, `本项不得分`); the points exist ONLY in the `附：分值分配表` table at the END (序号 | 考核内容 "
               "merged down `组织体系建设（25分）` | 考核项目 | 分值, `合计 | 100`), joined to the paragraphs by item "
               "name and number; category codes from the prose headings `（一）`; 制度建设 `每项制度2分` over four "
               "named systems is components; `100%`, `1名` are not points")


# ----------------------------------------------------------------------------- z09


def two_columns(section, space_cm=0.8):
    """Lay a section out in two newspaper columns (w:cols num=2), as a Word user picks 页面布局 → 分栏 → 两栏."""
    sect_pr = section._sectPr
    for old in sect_pr.findall(qn("w:cols")):
        sect_pr.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), str(int(space_cm * 567)))
    sect_pr.append(cols)


def z09():
    """pdf only, 体育: the title and preamble run across the page, then a continuous section break and the
    categories and items flow in TWO COLUMNS (`1．requirement（10分）。rule。` paragraphs wrap in a narrow column and
    the list continues from the foot of the left column to the top of the right one)."""
    title = "江湾区2026年社区健身站点星级评定标准"
    tree = [
        ("场地设施", 30, [
            ("健身场地面积不少于200平方米，地面平整防滑", 10,
             "达到200平方米的得10分；100至200平方米的得6分；不足100平方米的不得分", "tiers",
             {"levels": {"200平方米以上": 10.0, "100至200平方米": 6.0, "不足100平方米": 0.0}}),
            ("健身器材不少于10件，完好率95%以上", 12, "每发现1件器材损坏未及时报修扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "件"}),
            ("设置健身指导标识和安全提示牌", 8, "指导标识、安全提示牌各4分", "components",
             {"components": [{"text": "健身指导标识", "points": 4.0}, {"text": "安全提示牌", "points": 4.0}]}),
        ]),
        ("组织管理", 25, [
            ("有站点负责人和不少于2名社会体育指导员", 10,
             "负责人、指导员均落实的得10分，指导员不足2名的得5分", "tiers",
             {"levels": {"均落实": 10.0, "指导员不足2名": 5.0}}),
            ("建立活动、安全、器材维护等管理制度", 8, "每缺一项扣3分，扣完为止", "per_occurrence",
             {"per_occurrence": -3.0, "unit": "项"}),
            ("建立活动台账和参与人员名册", 7, "由评定组查阅台账后综合评定", "manual", {}),
        ]),
        ("活动开展", 30, [
            ("每天组织集体健身活动不少于1小时", 12,
             "每周活动5天以上的得12分，3至4天的得8分，少于3天的得4分", "tiers",
             {"levels": {"5天以上": 12.0, "3至4天": 8.0, "少于3天": 4.0}}),
            ("每年举办或参加展示交流、比赛活动不少于2次", 10, "每次得5分，最高10分", "per_occurrence",
             {"per_occurrence": 5.0, "unit": "次", "cap": 10.0}),
            ("经常参加活动的群众不少于50人", 8, "达到50人的得8分，未达到的按实际人数比例计分", "proportional",
             {"formula": "实际人数÷50×8"}),
        ]),
        ("服务成效", 15, [
            ("开展体质测定或科学健身指导", 7, "每年2次以上的得7分，1次的得3分", "tiers",
             {"levels": {"2次以上": 7.0, "1次": 3.0}}),
            ("居民满意度测评", 8, "满意率90%以上的得8分，每降低5个百分点扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "5个百分点"}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["为推动全民健身设施提档升级，规范社区健身站点管理，区体育局决定开展社区健身站点星级评定。"
                   "评定实行百分制，由区体育局会同街道实地评定，评定内容和评分标准如下。"])
    sec = d.add_section(WD_SECTION.CONTINUOUS)
    two_columns(sec)
    cats, items, n = [], [], 0
    for k, (cname, pts, rows) in enumerate(tree):
        bold_line(d, f"{ORD[k]}、{cname}（{pts}分）")
        cats.append(cat(cname, float(pts), code=ORD[k]))
        assert sum(x[1] for x in rows) == pts
        for text, ipts, crit, rule, extra in rows:
            n += 1
            p = d.add_paragraph(f"{n}．{text}（{ipts}分）。{crit}。")
            p.paragraph_format.first_line_indent = Cm(0.7)
            items.append(item(cname, str(n), text, float(ipts), criteria=crit, rule=rule, **extra))
    veto = "站点年内发生安全责任事故的"
    bold_line(d, "五、星级评定")
    paragraphs(d, ["评定得分90分以上的为五星级站点，80分至89分的为四星级站点，70分至79分的为三星级站点，70分以下的不评定星级。",
                   f"{veto}，不予评定星级。", "江湾区体育局", "2026年4月8日"])
    # the last section (the two-column one) keeps the page size of the first
    name = "z09_sports_two_column_page_layout.docx"
    d.save(HERE / name)
    docx_to_pdf(name, keep_docx=False)
    gold("z09", [name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         veto=[{"text": veto, "effect": "不予评定星级"}], veto_effect="不予评定星级",
         grades=[{"name": "五星级站点", "min_score": 90}, {"name": "四星级站点", "min_score": 80, "max_score": 89},
                 {"name": "三星级站点", "min_score": 70, "max_score": 79}],
         notes="PDF only (its docx is an intermediate, deleted): the title and preamble span the page, then a CONTINUOUS "
               "section break and the categories and items flow in TWO NEWSPAPER COLUMNS (w:cols num=2): each item "
               "paragraph `1．requirement（10分）。rule。` wraps over several short lines and the list runs from the foot "
               "of the left column to the top of the right one, so a reader that joins lines across the page mixes "
               "two items; `70分以下的不评定星级` is not a grade; `200平方米`, `95%`, `50人` are not points")


# ----------------------------------------------------------------------------- z10


def rank_steps(first, step, floor, units, override=None):
    levels = {}
    for rank in range(1, units + 1):
        levels[f"第{rank}名"] = float(max(first - step * (rank - 1), floor))
    if override:
        levels.update(override)
    return levels


def z10():
    """txt, 乡镇经济: every item scored by RANK among eleven 乡镇 in prose, five wordings: a step per place with a
    floor and an override for a negative rate; bands of places; a `位次分` formula; upper/middle/lower places;
    an arithmetic run anchored by the first and the last place."""
    title = "东岭县2026年度乡镇经济发展争先进位考核计分办法"
    units = 11
    rows = [
        ("（一）", "规模以上工业增加值增速", 20,
         "按增速排名计分，第1名得20分，此后每下降一个名次少得1分，最低得12分；增速为负值的，不论名次，得6分",
         "tiers", {"levels": rank_steps(20, 1, 12, units, {"增速为负值": 6.0})}),
        ("（二）", "固定资产投资完成额", 25,
         "按完成额排名分段计分：第1至3名得25分，第4至6名得21分，第7至9名得17分，第10、11名得13分",
         "tiers", {"levels": {"第1至3名": 25.0, "第4至6名": 21.0, "第7至9名": 17.0, "第10、11名": 13.0}}),
        ("（三）", "招商引资实际到位资金", 25,
         "按位次分计分，位次分＝25×（12－名次）÷11，保留两位小数",
         "proportional", {"formula": "25×（12－名次）÷11"}),
        ("（四）", "新增市场主体数", 15,
         "排名居全县前四位的得15分，居后三位的得7分，其余位次的得11分",
         "tiers", {"levels": {"前四位": 15.0, "其余位次（第5至8名）": 11.0, "后三位": 7.0}}),
        ("（五）", "税收收入增幅", 15,
         "排名第1名的得15分，排名末位的得5分，其余名次按每名次递减1分计分",
         "tiers", {"levels": {**{f"第{r}名": float(16 - r) for r in range(1, units)}, "末位（第11名）": 5.0}}),
    ]
    assert sum(r[2] for r in rows) == 100
    lines = [title, "",
             "一、考核对象",
             f"全县{units}个乡镇。", "",
             "二、考核指标及计分方法",
             "考核满分100分，设置五项指标，各项指标按全县11个乡镇完成情况排名计分。名次并列的，按同一名次计分，其后名次顺延。"
             "各项指标数据以县统计局、县税务局年报数据为准。", ""]
    items = []
    for code, text, pts, crit, rule, extra in rows:
        lines.append(f"{code}{text}，满分{pts}分。{crit}。")
        items.append(item(None, code, text, float(pts), criteria=crit, rule=rule, **extra))
    lines += ["",
              "三、加分",
              "乡镇当年获得市级以上“争先进位”奖的，加2分。", "",
              "四、结果运用",
              "考核总分排名前三位的乡镇评为年度经济发展先进乡镇；排名末位的乡镇，由县政府分管领导约谈其主要负责人。", "",
              "东岭县人民政府办公室", "2026年1月28日", ""]
    name = "z10_township_rank_scored_items_prose_floor_formula.txt"
    (HERE / name).write_text("\n".join(lines), encoding="utf-8")
    gold("z10", [name], title, 2026, 100.0, [], items,
         bonus=[{"text": "乡镇当年获得市级以上“争先进位”奖", "points": 2.0}],
         notes="every item scored by RANK among the 11 乡镇 (`全县11个乡镇`), five wordings, each rule tiers with the "
               "places spelled out in `levels` except the formula: (一) `第1名得20分，此后每下降一个名次少得1分，最低得12分` "
               "(第9名 onward 12) with an override `增速为负值的，不论名次，得6分`; (二) bands of places; (三) a 位次分 "
               "formula `25×（12－名次）÷11` (proportional; first place 25, last 2.27); (四) `前四位` / `后三位` / "
               "`其余位次` (= 第5至8名); (五) an arithmetic run anchored by the first (15) and the LAST place (5), "
               "`每名次递减1分` between (第10名 6); each item's points = its `满分N分`; no categories; the 先进乡镇 "
               "and the 约谈 are uses of the ranking, not grades (grades empty); ties `按同一名次计分` is a "
               "scoring_note-level rule, not an item")


# ----------------------------------------------------------------------------- z11


def z11():
    """docx, 人社: each item scored from a 基础分 with DEDUCTIONS AND ADDITIONS IN ONE SENTENCE and a ceiling
    (`基础分10分，…每缺一项扣3分，…加2分，本项最高12分`); category headings `（基础分30分，最高36分）`;
    `考核基础分100分，加分后最高不超过120分`."""
    title = "安平县2026年度基层就业和社会保障服务站规范化考核细则"
    # (name, requirement, base, deduction clause, per_occurrence, unit, addition clause, bonus extra, ceiling)
    tree = [
        ("平台建设", [
            ("服务场所", "设置就业、社保服务窗口和政策公示栏", 10, "窗口、公示栏每缺一项扣3分", -3.0, "项",
             "设置自助服务终端的加2分", {"points": 2.0}, 12),
            ("人员配备", "配备专职工作人员不少于3名", 10, "每少配备1名专职工作人员扣2分", -2.0, "名",
             "每有1名工作人员取得人力资源管理相关职业资格的加1分", {"per_occurrence": 1.0, "unit": "名"}, 12),
            ("制度建设", "建立首问负责、一次性告知、限时办结等服务制度", 10, "每缺一项制度扣2分", -2.0, "项",
             "制度汇编成册并上墙公示的加2分", {"points": 2.0}, 12),
        ]),
        ("服务成效", [
            ("就业登记", "及时办理就业失业登记，信息录入准确", 15, "登记信息每错漏一条扣0.5分", -0.5, "条",
             "实现就业登记全程网办的加3分", {"points": 3.0}, 18),
            ("困难人员帮扶", "为辖区就业困难人员建立帮扶台账，实施分类帮扶", 20,
             "每有1名就业困难人员未建立帮扶台账的扣2分", -2.0, "名",
             "帮扶就业率超过80%的加4分", {"points": 4.0}, 24),
            ("社保经办", "规范办理参保登记、待遇申领等经办业务", 15, "每发生1件经办差错扣3分", -3.0, "件",
             "超额完成年度参保扩面任务的加3分", {"points": 3.0}, 18),
        ]),
        ("群众满意", [
            ("满意度测评", "委托第三方开展服务对象满意度测评", 20, "满意率每低于95%一个百分点扣1分", -1.0, "个百分点",
             "收到服务对象书面表扬的每件加1分", {"per_occurrence": 1.0, "unit": "件"}, 24),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["为提升基层就业和社会保障公共服务水平，制定本细则。考核基础分100分，各项目在基础分上扣分、加分，"
                   "加分后最高不超过120分。考核内容及评分标准如下："])
    cats, items, bonus, n = [], [], [], 0
    for k, (cname, rows) in enumerate(tree):
        cbase = sum(r[2] for r in rows)
        cmax = sum(r[8] for r in rows)
        bold_line(d, f"{ORD[k]}、{cname}（基础分{cbase}分，最高{cmax}分）")
        cats.append(cat(cname, float(cbase), code=ORD[k], bonus_points=float(cmax - cbase), max_points=float(cmax)))
        for text, req, base, ded, rate, unit, add, bextra, ceiling in rows:
            n += 1
            sentence = f"基础分{base}分，{ded}，{add}，本项最高{ceiling}分"
            d.add_paragraph(f"{n}．{text}。{req}。{sentence}。")
            items.append(item(cname, str(n), text, float(base), criteria=sentence, rule="per_occurrence",
                              per_occurrence=rate, unit=unit, bonus_points=float(ceiling - base),
                              max_points=float(ceiling), requirement=req))
            entry = {"category": cname, "item": text, "text": add, "max_points": float(ceiling - base)}
            entry.update(bextra)
            if "per_occurrence" in bextra:
                entry["cap"] = float(ceiling - base)
            bonus.append(entry)
    assert sum(c["points"] for c in cats) == 100 and sum(c["max_points"] for c in cats) == 120
    veto = "发生套取、骗取就业补助资金或社会保险基金问题的"
    paragraphs(d, [f"四、{veto}，实行一票否决，考核等次定为不合格。",
                   "五、考核得分（含加分）105分以上为示范站，90分至104分为规范站，90分以下为待规范站。",
                   "安平县人力资源和社会保障局", "2026年3月25日"])
    name = "z11_labour_base_points_deduct_and_add_in_one_sentence_item_ceiling.docx"
    d.save(HERE / name)
    gold("z11", [name], title, 2026, 100.0, cats, items, bonus=bonus, bonus_cap=20.0, score_cap=120.0,
         base_points=100.0,
         veto=[{"text": veto, "effect": "考核等次定为不合格"}], veto_effect="考核等次定为不合格",
         grades=[{"name": "示范站", "min_score": 105}, {"name": "规范站", "min_score": 90, "max_score": 104},
                 {"name": "待规范站", "max_score": 90}],
         notes="each item ONE sentence scoring from a 基础分 with a deduction AND an addition and a ceiling: "
               "`基础分10分，…每缺一项扣3分，…加2分，本项最高12分`: item points = the 基础分 (sum 100 = the stated "
               "基础分100分), the deduction = the item's rule (per_occurrence, negative), the addition = a bonus entry "
               "tied to the item (`max_points` = ceiling − base; per-unit additions carry `per_occurrence` and `cap`), "
               "the ceiling kept as `max_points` and the bonus room as `bonus_points` on the item; category headings "
               "`（基础分30分，最高36分）` → points 30, `max_points` 36; `加分后最高不超过120分` → score_cap 120, "
               "bonus_cap 20; the grades are on the score with bonus (105 / 90); `95%`, `80%`, `3名` are not points")


# ----------------------------------------------------------------------------- z12


def z12():
    """html, 卫健: the categories are WEIGHTS given as percentages in ONE sentence (`党建工作占25%、医疗服务占45%、
    公共卫生占30%`), each category scored separately out of 100 by its own table of items in points."""
    title = "白沙县2026年度乡镇卫生院院长目标责任考核办法"
    tree = [
        ("党建工作", 25, [
            ("组织生活", 30, "每缺一次“三会一课”扣3分", "per_occurrence", {"per_occurrence": -3.0, "unit": "次"}),
            ("党风廉政", 30, "发生违纪违法问题的不得分", "threshold", {}),
            ("意识形态", 20, "由县卫健局党委综合评定", "manual", {}),
            ("党建品牌", 20, "获评县级以上党建品牌的得20分，申报未获评的得10分", "tiers",
             {"levels": {"获评县级以上党建品牌": 20.0, "申报未获评": 10.0}}),
        ]),
        ("医疗服务", 45, [
            ("门急诊人次增长", 30, "较上年增长5%以上的得30分，每少1个百分点扣6分", "per_occurrence",
             {"per_occurrence": -6.0, "unit": "个百分点"}),
            ("病历质量", 25, "甲级病历率90%以上的得25分，80%至90%的得15分，80%以下的不得分", "tiers",
             {"levels": {"90%以上": 25.0, "80%至90%": 15.0, "80%以下": 0.0}}),
            ("医疗安全", 25, "未发生医疗纠纷的得25分，每发生一起扣10分", "per_occurrence",
             {"per_occurrence": -10.0, "unit": "起"}),
            ("患者满意度", 20, "得分＝满意度×20", "proportional", {"formula": "满意度×20"}),
        ]),
        ("公共卫生", 30, [
            ("居民健康档案", 25, "建档率达到90%以上的得25分，未达到的按比例计分", "proportional", {}),
            ("慢性病管理", 25, "高血压、糖尿病患者规范管理率每低于目标1个百分点扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "个百分点"}),
            ("预防接种", 30, "适龄儿童免疫规划疫苗接种率达到95%以上的得30分，未达到的不得分", "threshold", {}),
            ("健康教育", 20, "每开展一次健康教育讲座得2分，最高20分", "per_occurrence",
             {"per_occurrence": 2.0, "unit": "次", "cap": 20.0}),
        ]),
    ]
    weights_sentence = "、".join(f"{c}占{w}%" for c, w, _ in tree)
    body = [f"<h2>{esc(title)}</h2>",
            "<p>第一条　为落实乡镇卫生院院长目标管理责任制，制定本办法。</p>",
            f"<p>第二条　考核总分为100分，由三部分构成，其中{weights_sentence}。各部分按百分制单独评分，"
            "年度考核总分＝各部分得分×所占比例之和。</p>",
            "<p>第三条　各部分考核内容及评分标准如下。</p>"]
    cats, items = [], []
    for k, (cname, w, rows) in enumerate(tree):
        assert sum(r[1] for r in rows) == 100
        body.append(f"<h3>（{ORD[k]}）{esc(cname)}</h3>")
        body.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                    "<tr><th>序号</th><th>考核项目</th><th>分值</th><th>评分标准</th></tr>")
        for n, (text, pts, crit, rule, extra) in enumerate(rows, start=1):
            body.append(f"<tr><td>{n}</td><td>{esc(text)}</td><td>{pts}</td><td>{esc(crit)}</td></tr>")
            items.append(item(cname, str(n), text, float(pts), criteria=crit, rule=rule, **extra))
        body.append("<tr><td colspan=\"2\">小计</td><td>100</td><td></td></tr></table>")
        cats.append(cat(cname, 100.0, code=f"（{ORD[k]}）", weight=w / 100, printed=f"{w}%"))
    veto = "发生重大医疗事故或者重大公共卫生事件处置不力的"
    body += [f"<p>第四条　{esc(veto)}，年度考核不得评为优秀。</p>",
             "<p>第五条　年度考核总分90分以上为优秀，80分至89分为良好，60分至79分为合格，60分以下为不合格。</p>",
             "<p>白沙县卫生健康局</p><p>2026年2月10日</p>"]
    name = "z12_health_category_weights_one_sentence_parts_each_on_100.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    gold("z12", [name], title, 2026, 100.0, cats, items,
         weights=[{"part": c, "weight": w / 100} for c, w, _ in tree],
         veto=[{"code": "第四条", "text": veto, "effect": "年度考核不得评为优秀"}], veto_effect="年度考核不得评为优秀",
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         notes="the categories are WEIGHTS stated ONCE as percentages in one sentence of 第二条 "
               "(`其中党建工作占25%、医疗服务占45%、公共卫生占30%`), the headings `（一）党建工作` carry nothing; each "
               "category is scored separately OUT OF 100 by its own table (`小计 | 100`), so category points = 100 "
               "with `weight` 0.25/0.45/0.30 (`printed` keeps the percentage) and `weights` lists the parts (as "
               "forms9 r07/r08); the total is the weighted 100; `5%`, `90%`, `95%` in criteria are rates")


# ----------------------------------------------------------------------------- z13


def z13():
    """pdf only, NOT a scheme: a 居住证积分落户 points table for applicants (指标 | 分值 | 计分标准): education,
    social insurance years, residence years, titles, a volunteer bonus and deductions for offences."""
    title = "临江市2026年居住证积分落户积分指标及分值表"
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["根据《临江市居住证积分管理办法》，申请人积分由基础指标、加分指标和减分指标三部分构成。"
                   "申请人累计积分达到100分的，可申请积分落户，按积分高低排序，在年度落户计划内依次办理。"])
    rows = [
        ("基础指标", "年龄", "18周岁至35周岁得20分；36周岁至45周岁得10分；46周岁以上不得分"),
        ("基础指标", "文化程度", "博士研究生100分；硕士研究生80分；大学本科60分；大学专科40分；高中（中职）20分"),
        ("基础指标", "社会保险", "在本市连续缴纳城镇职工社会保险，每满1年积3分，最高30分"),
        ("基础指标", "合法稳定居住", "持有本市居住证，每满1年积2分；在本市拥有合法产权住房的另积20分"),
        ("基础指标", "专业技术职称", "高级职称60分；中级职称40分；初级职称20分（与职业资格不累加，取最高分）"),
        ("加分指标", "志愿服务", "近5年内参加志愿服务，每满50小时积1分，最高积5分"),
        ("加分指标", "无偿献血", "近5年内每次无偿献血积2分，最高积10分"),
        ("加分指标", "表彰奖励", "获得市级以上劳动模范、先进工作者称号的积30分"),
        ("减分指标", "违法记录", "近5年内受过行政拘留处罚的，每次减50分"),
        ("减分指标", "失信记录", "被列入严重失信主体名单的，减150分"),
    ]
    grid(d, ["指标类别", "具体指标", "分值及计分标准"], rows)
    paragraphs(d, ["注：1．积分核定以申请截止日（2026年6月30日）为准。2．同分者按社会保险累计缴费年限长短排序。"
                   "3．申请人提供虚假材料的，取消当年申请资格，5年内不得再次申请。",
                   "临江市人力资源和社会保障局　临江市公安局", "2026年4月15日"])
    name = "z13_residence_points_settlement_table_not_scheme.docx"
    d.save(HERE / name)
    docx_to_pdf(name, keep_docx=False)
    not_a_scheme("z13", [name.replace(".docx", ".pdf")], title, 2026,
                 "a 居住证积分落户 points table for residence APPLICANTS (individuals' personal attributes: age, "
                 "education, insurance years, housing, titles, volunteering, offences) that ranks them for a settlement "
                 "quota — `100分`, `每满1年积3分，最高30分`, `减150分`, a 100-point application threshold — not an "
                 "assessment scheme of work performance; PDF only (its docx is an intermediate, deleted)")


# ----------------------------------------------------------------------------- z14


def z14():
    """xlsx, NOT a scheme: a teacher's MARK SHEET for one class — students' marks per exam (`第一次月考（满分120分）`
    …), a 学期总评 column and 等第, averages, a note on how the 总评 is computed."""
    title = "滨湖中学八年级（3）班2026年春季学期数学成绩登记表"
    wb, ws = titled_sheet("成绩登记", title, 8)
    ws["A2"] = "任课教师：周明远　　　　登记日期：2026年7月3日"
    ws.merge_cells("A2:H2")
    header_row(ws, 3, ["学号", "姓名", "第一次月考（满分120分）", "期中考试（满分120分）", "第二次月考（满分120分）",
                       "期末考试（满分120分）", "学期总评（百分制）", "等第"])
    marks = [("许嘉怡", 112, 108, 115, 117), ("陈子航", 96, 101, 99, 104), ("林思远", 88, 79, 92, 90),
             ("王若溪", 117, 113, 110, 116), ("赵一鸣", 72, 68, 81, 77), ("孙可欣", 101, 97, 105, 109),
             ("刘浩然", 64, 70, 66, 73), ("郑雨桐", 93, 99, 95, 98)]

    def grade(score):
        return "A" if score >= 90 else "B" if score >= 75 else "C" if score >= 60 else "D"
    for k, (who, m1, mid, m2, fin) in enumerate(marks):
        r = 4 + k
        total = round(((m1 + m2) / 2 * 0.3 + mid * 0.3 + fin * 0.4) / 1.2, 1)
        for c, v in enumerate([f"0803{k + 1:02d}", who, m1, mid, m2, fin, total, grade(total)], start=1):
            ws.cell(row=r, column=c, value=v)
    r = 4 + len(marks)
    ws.cell(row=r, column=2, value="班级平均分")
    for c in range(3, 8):
        col = "ABCDEFGH"[c - 1]
        ws.cell(row=r, column=c, value=f"=ROUND(AVERAGE({col}4:{col}{r - 1}),1)")
    ws.cell(row=r + 1, column=1, value="说明：学期总评＝（两次月考平均分×30%＋期中考试×30%＋期末考试×40%）÷1.2，折算为百分制；"
                                       "总评90分以上为A，75分至89分为B，60分至74分为C，60分以下为D。期末考试时间120分钟。")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=8)
    wrap(ws, [11, 9, 12, 12, 12, 12, 12, 6], first_row=3)
    ws.row_dimensions[r + 1].height = 40
    name = "z14_school_class_mark_sheet_per_exam_not_scheme.xlsx"
    with tempfile.TemporaryDirectory() as tmp:  # saved through LibreOffice so the formulas carry cached values
        raw = Path(tmp) / name
        wb.save(raw)
        soffice(["--calc", "--convert-to", "xlsx:Calc MS Excel 2007 XML", str(raw)], HERE)
    not_a_scheme("z14", [name], title, 2026,
                 "a teacher's MARK SHEET for one class: students' obtained marks per exam under headers that state the "
                 "paper maxima (`第一次月考（满分120分）` …), a computed 学期总评 and 等第, a class-average row (formulas, "
                 "cached), a note with the 总评 formula and the A/B/C/D bands and `120分钟` — records of results, not a "
                 "scheme for assessing work")


BUILDS = [z01, z02, z03, z04, z05, z06, z07, z08, z09, z10, z11, z12, z13, z14]


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
