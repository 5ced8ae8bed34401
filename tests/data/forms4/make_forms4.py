"""Build the FOURTH forms probe set (held out) and its gold from one hand-written content table each.

The first three forms sets (tests/data/forms, forms2, forms3) were each measured once and then used for
development; this set probes forms of stating points none of them has: items listed in running prose
(`一是…（5分）；二是…`), a lead-in giving the bullets' points (`以下每项2分：` then `·` lines), a transposed
rubric (indicators as columns, levels A–D as rows), a two-column award list (级别 | 加分), ranged
per-occurrence deductions (`每发现一处扣0.1-0.5分`, `扣1分/人次`, `累计不超过`), coefficient and
completion-rate formulas with a 折算 rule, points only in a merged category row with `每项N分` or an equal
split (`平均分配`), unnumbered Heading 1/2 with `组织建设 20分`, an xlsx whose one points column holds both
category subtotals and item points, a PDF table continued on a second page with its header repeated,
full-width indentation and `分值：５`, a prose veto list, and two documents full of `N分` that are not
schemes. Each document's content is written once below and rendered both into the document and into
``gold/<id>.json``, so the gold is the content, never kaohe's output.
Run from the repo root: ``.venv/bin/python tests/data/forms4/make_forms4.py`` (add ``--pdf`` to refresh
the PDFs with LibreOffice headless; needs a CJK font).
"""

from __future__ import annotations

import html as htmllib
import importlib.util
from pathlib import Path

from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"

# The helpers, entry shapes and gold writers are the earlier forms sets' and the unseen set's (one
# implementation); their writers and the PDF renderer write into their module's GOLD/HERE, pointed here.
_spec = importlib.util.spec_from_file_location("make_forms3", HERE.parent / "forms3" / "make_forms3.py")
_forms3 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_forms3)
_forms2, _forms, _unseen = _forms3._forms2, _forms3._forms, _forms3._unseen
_forms.GOLD = _unseen.GOLD = _forms2.GOLD = _forms3.GOLD = GOLD
_forms.HERE = _unseen.HERE = _forms2.HERE = _forms3.HERE = HERE
item, cat, gold, new_doc, heading, set_cell, merge_down, merge_across, repeat_header = (
    _unseen.item, _unseen.cat, _unseen.gold, _unseen.new_doc, _unseen.heading, _unseen.set_cell,
    _unseen.merge_down, _unseen.merge_across, _unseen.repeat_header)
not_a_scheme, paragraphs, grid, html_page = _forms.not_a_scheme, _forms.paragraphs, _forms.grid, _forms.html_page
caption, esc = _forms2.caption, _forms3.esc

PDF_SOURCES = _forms.PDF_SOURCES  # (docx file name, keep the docx as a fixture too): rendered by _forms.main
ORDINALS = "一二三四五六七八九十"


def bands(*names_and_floors):
    """Grade bands as printed `90分以上为A，75分至89分为B，…，60分以下为D`: (name, floor) pairs, the last
    name's floor None (it is everything below the previous floor)."""
    grades, ceiling = [], None
    for name, floor in names_and_floors:
        band = {"name": name}
        if floor is not None:
            band["min_score"] = floor
        if ceiling is not None:
            band["max_score"] = ceiling - 1 if floor is not None else ceiling
        grades.append(band)
        ceiling = floor
    return grades


def titled_sheet(sheet_name, title, width):
    """A workbook whose one sheet carries the title merged across its `width` columns in row 1."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_name
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    return wb, ws


def header_row(ws, row, header):
    for c, h in enumerate(header, start=1):
        ws.cell(row=row, column=c, value=h).font = Font(bold=True)


def wrap_columns(ws, widths):
    """Column widths and wrapped, vertically centred cells, as a sheet typed by hand is formatted."""
    for col, w in zip("ABCDEFGH", widths):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")


# ----------------------------------------------------------------------------- k01


def k01():
    """docx+pdf, 工会: items in running prose `一是…（5分）；二是…（4分）；三是…` inside one paragraph under each
    heading; a veto list `有下列情形之一的，实行一票否决：（一）…（二）…` in prose at the end."""
    title = "柳湾镇总工会2026年度基层工会规范化建设考评办法"
    sections = [
        ("一", "组织健全", 30, [
            ("工会组织按期换届，委员会成员配备齐全", 10, "threshold", {}),
            ("会员入会率达到95%以上，每低1个百分点扣1分", 10, "per_occurrence", {"per_occurrence": -1.0}),
            ("经费审查委员会独立开展审查，每年不少于两次", 10, "threshold", {}),
        ]),
        ("二", "维权服务", 40, [
            ("签订工资集体协商协议并报备", 15, "threshold", {}),
            ("建立困难职工档案，每发现一户漏登扣3分", 15, "per_occurrence", {"per_occurrence": -3.0}),
            ("开展职工心理疏导活动，由考评组视活动效果评定", 10, "manual", {}),
        ]),
        ("三", "文体活动", 30, [
            ("每季度组织一次职工文体活动，每少一次扣4分", 16, "per_occurrence", {"per_occurrence": -4.0}),
            ("职工书屋藏书不少于500册", 14, "threshold", {}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各村（社区）工会联合会、镇属企业工会：",
                   "为规范基层工会建设，镇总工会决定开展年度考评。考评实行百分制，具体内容如下。"])
    cats, items = [], []
    for code, name, pts, rows in sections:
        d.add_paragraph(f"{code}、{name}（{pts}分）")
        parts = []
        for n, (text, ipts, rule, extra) in enumerate(rows):
            parts.append(f"{ORDINALS[n]}是{text}（{ipts}分）")
            items.append(item(name, f"{ORDINALS[n]}是", text, float(ipts), criteria=text, rule=rule, **extra))
        d.add_paragraph("考评内容：" + "；".join(parts) + "。")
        cats.append(cat(name, float(pts), code=code))
    vetoes = ["工会主席违反财经纪律被立案查处的", "发生因工会工作失职引发职工群体性事件的",
              "弄虚作假、虚报考评材料的"]
    paragraphs(d, ["四、结果运用",
                   "考评得分90分以上为优秀，75分至89分为良好，60分至74分为合格，60分以下为不合格。"
                   "有下列情形之一的，实行一票否决，年度考评直接定为不合格："
                   + "".join(f"（{ORDINALS[n]}）{v}；" for n, v in enumerate(vetoes)).rstrip("；") + "。",
                   "柳湾镇总工会", "2026年2月16日"])
    name = "k01_union_prose_yishi_items_veto_list.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, True))
    gold("k01", [name, name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         grades=bands(("优秀", 90), ("良好", 75), ("合格", 60), ("不合格", None)),
         veto=[{"code": f"（{ORDINALS[n]}）", "text": v, "effect": "年度考评直接定为不合格"} for n, v in enumerate(vetoes)],
         veto_effect="年度考评直接定为不合格",
         notes="items listed in running prose inside ONE paragraph per section: `一是…（10分）；二是…（10分）；三是…`; "
               "code = the ordinal `一是`; text = criteria = the clause before the bracket; the veto list is in prose "
               "inside the results paragraph with （一）（二）（三）")


# ----------------------------------------------------------------------------- k02


def k02():
    """txt, 学校 课程: a lead-in giving the bullets' points (`以下每项2分：` then `·` lines without points), and a
    折算 rule (卷面成绩按60%折算计入总评)."""
    title = "《环境监测实验》课程平时成绩与总评成绩评定细则"
    lead_sections = [
        ("一", "实验预习", 10, 2, ["预习报告写明实验目的", "列出所需仪器与试剂", "画出实验流程图",
                                  "写出数据记录表格", "完成课前思考题"]),
        ("二", "实验操作", 12, 3, ["规范使用分光光度计", "正确配制标准溶液", "按要求采集和保存水样",
                                  "实验结束后清洗仪器、整理台面"]),
        ("三", "实验报告", 18, 6, ["数据处理与误差分析正确", "结论与讨论有依据", "按时提交"]),
    ]
    lines = [title, "", "一、总评成绩构成",
             "总评成绩＝平时成绩（满分40分）＋期末笔试卷面成绩×60%。期末笔试卷面满分100分，按60%折算计入总评。", "",
             "二、平时成绩评分（满分40分）", ""]
    cats, items = [], []
    for code, name, pts, each, rows in lead_sections:
        lines += [f"（{code}）{name}（{pts}分）", f"以下每项{each}分：" if code != "三" else f"以下各项每项{each}分，未达到的不得分："]
        lines += [f"· {r}" for r in rows]
        lines.append("")
        cats.append(cat(name, float(pts), parent="平时成绩", code=f"（{code}）"))
        for r in rows:
            items.append(item(name, None, r, float(each), criteria=r, rule="threshold"))
    lines += ["三、期末笔试", "期末笔试采用闭卷形式，卷面满分100分，折算后计入总评的满分为60分。", "",
              "四、其他", "缺交实验报告累计达三次的，取消期末考试资格。", "",
              "资源与环境学院 实验教学中心", "2026年2月26日", ""]
    items.append(item("期末笔试", None, "期末笔试", 60.0, criteria="闭卷，卷面满分100分，按60%折算计入总评",
                      rule="proportional", formula="卷面成绩×60%"))
    cats = [cat("平时成绩", 40.0, code="二")] + cats + [cat("期末笔试", 60.0, code="三")]
    name = "k02_course_lead_in_each_bullet_conversion.txt"
    (HERE / name).write_text("\n".join(lines), encoding="utf-8")
    gold("k02", [name], title, 2026, 100.0, cats, items,
         weights=[{"part": "期末笔试卷面成绩", "weight": 0.6}],
         notes="the points of `·` bullets are given ONCE by the lead-in line above them (`以下每项2分：`), each bullet "
               "an item with that figure (threshold); 平时成绩 (40) is the parent of the three lead-in sections; the "
               "期末笔试 is one item of 60 scored by 折算 (卷面×60%, proportional); the 取消考试资格 clause is a "
               "condition, not a veto of the score (left out of veto)")


# ----------------------------------------------------------------------------- k03


def k03():
    """docx, 企业 HSE: deductions as ranges per occurrence (`每发现一处扣0.1-0.5分`), `扣1分/人次`, and caps
    `累计不超过Y分`; base 100 with deductions."""
    title = "滨江热电有限公司2026年度承包商现场安全检查扣分标准"
    rows = [
        ("1", "作业许可", "动火、受限空间、高处作业未办理作业票或票证填写不全", "每发现一处扣0.1-0.5分，累计不超过5分",
         {"per_occurrence": [-0.1, -0.5], "cap": 5.0}),
        ("2", "个体防护", "作业人员未按规定佩戴安全帽、安全带", "扣1分/人次，累计不超过10分",
         {"per_occurrence": -1.0, "unit": "人次", "cap": 10.0}),
        ("3", "文明施工", "材料堆放杂乱、通道堵塞", "每发现一处扣0.2-1分，累计不超过6分",
         {"per_occurrence": [-0.2, -1.0], "cap": 6.0}),
        ("4", "临时用电", "电缆拖地、未使用漏电保护器", "每发现一处扣0.5-2分，累计不超过12分",
         {"per_occurrence": [-0.5, -2.0], "cap": 12.0}),
        ("5", "教育培训", "人员未经入场安全教育即上岗", "扣2分/人次，累计不超过10分",
         {"per_occurrence": -2.0, "unit": "人次", "cap": 10.0}),
        ("6", "违章指挥", "现场负责人违章指挥、强令冒险作业", "扣3分/人次，不设上限",
         {"per_occurrence": -3.0, "unit": "人次"}),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各承包商单位：",
                   "公司安全监察部每月对承包商作业现场进行安全检查。每次检查以100分为基础分，按下表扣分，"
                   "扣分幅度由检查组根据问题严重程度在区间内确定。"])
    grid(d, ["序号", "检查项目", "检查内容", "扣分标准"], [[a, b, c, s] for a, b, c, s, _ in rows])
    paragraphs(d, ["月度检查得分低于70分的，约谈承包商项目负责人；连续两个月低于70分的，暂停其新开工作业。",
                   "安全监察部", "2026年1月8日"])
    name = "k03_hse_range_deductions_per_person_time.docx"
    d.save(HERE / name)
    deductions = [{"code": a, "section": b, "text": c, "criteria": s, **extra} for a, b, c, s, extra in rows]
    gold("k03", [name], title, 2026, 100.0, [], [], base_points=100.0, scoring_model="deductive",
         deductions=deductions,
         notes="a deduction-only standard from a base of 100: each row is a deduction entry, never an item; ranged "
               "amounts per occurrence `每发现一处扣0.1-0.5分` are written as [-0.1, -0.5] (the inspector chooses "
               "within the range); `扣1分/人次` is per occurrence with unit 人次; `累计不超过N分` is the entry's cap; "
               "row 6 has no cap; the 70-point line triggers management actions, not grades")


# ----------------------------------------------------------------------------- k04


def k04():
    """xlsx, 医院: a TRANSPOSED rubric — columns are indicators (服务态度 | 专业能力 | 工作业绩), rows are levels
    A/B/C/D with points in the cells; each indicator is one item scored by level."""
    title = "青禾市第二人民医院2026年度护理人员岗位绩效评价表"
    indicators = [("服务态度", 30, {"A": 30, "B": 24, "C": 18, "D": 10}),
                  ("专业能力", 40, {"A": 40, "B": 32, "C": 24, "D": 12}),
                  ("工作业绩", 30, {"A": 30, "B": 25, "C": 18, "D": 8})]
    level_text = {"A": "表现突出，无投诉", "B": "表现良好", "C": "基本达到要求", "D": "未达到要求"}
    wb, ws = titled_sheet("评价标准", title, 5)
    ws["A2"] = "说明：各科室护士长按下表对本科室护理人员逐项评定等级，按等级取对应分值，三项合计为绩效评价得分（满分100分）。"
    ws.merge_cells("A2:E2")
    header = ["等级", "等级说明"] + [f"{n}（{p}分）" for n, p, _ in indicators]
    header_row(ws, 3, header)
    for r, lv in enumerate("ABCD", start=4):
        ws.cell(row=r, column=1, value=lv)
        ws.cell(row=r, column=2, value=level_text[lv])
        for c, (_, _, pts) in enumerate(indicators, start=3):
            ws.cell(row=r, column=c, value=pts[lv])
    ws["A9"] = "评价结果：90分以上为优秀，75-89分为称职，60-74分为基本称职，60分以下为不称职。"
    ws.merge_cells("A9:E9")
    wrap_columns(ws, (8, 22, 16, 16, 16))
    name = "k04_hospital_transposed_level_rubric.xlsx"
    wb.save(HERE / name)
    items = [item(None, None, n, float(p), criteria="；".join(f"{lv}级（{level_text[lv]}）{v}分" for lv, v in pts.items()),
                  rule="lookup", levels={lv: float(v) for lv, v in pts.items()}, cell=f"{'CDE'[i]}3")
             for i, (n, p, pts) in enumerate(indicators)]
    gold("k04", [name], title, 2026, 100.0, [], items,
         grades=bands(("优秀", 90), ("称职", 75), ("基本称职", 60), ("不称职", None)),
         notes="transposed rubric: the indicators are COLUMNS (header `服务态度（30分）`…) and the rows are levels A–D; "
               "each indicator is one item (rule lookup, `levels` = {level: points}), its points the header figure "
               "= the A cell; the level rows are never items; criteria are written from the level rows")


# ----------------------------------------------------------------------------- k05


def k05():
    """html, 党建: a two-column award list table (级别 | 加分: 国家级 5 / 省级 3 / 市级 1) = one bonus entry by level."""
    title = "云岭街道2026年度基层党组织党建工作考核评分办法"
    sections = [
        ("一", "政治建设", 25, [("落实“第一议题”制度", 10, "全年学习不少于12次的得10分，每少一次扣1分", "per_occurrence",
                                  {"per_occurrence": -1.0}),
                                 ("开展主题党日活动", 15, "每月开展一次的得15分，缺一次扣2分", "per_occurrence",
                                  {"per_occurrence": -2.0})]),
        ("二", "组织建设", 40, [("党员发展", 15, "按计划完成发展党员任务的得15分，未完成的不得分", "threshold", {}),
                                 ("党费收缴", 10, "党费按月足额收缴的得10分", "threshold", {}),
                                 ("组织生活会", 15, "由考核组查阅会议记录后综合评定", "manual", {})]),
        ("三", "作风建设", 35, [("为民办实事", 20, "每办结一件得4分，最高20分", "per_occurrence",
                                  {"per_occurrence": 4.0, "cap": 20.0}),
                                 ("廉政教育", 15, "开展警示教育不少于两次的得15分，一次的得8分", "tiers", {})]),
    ]
    awards = [("国家级", 5), ("省级", 3), ("市级", 1)]
    body = [f"<h1>{esc(title)}</h1>", "<p>考核满分100分，另设创先争优加分，加分最高不超过5分。</p>"]
    cats, items = [], []
    for code, name, pts, rows in sections:
        body.append(f"<h2>{code}、{name}（{pts}分）</h2>")
        body.append("<table border=\"1\"><tr><th>考核内容</th><th>分值</th><th>评分标准</th></tr>")
        for text, ipts, crit, rule, extra in rows:
            body.append(f"<tr><td>{esc(text)}</td><td>{ipts}</td><td>{esc(crit)}</td></tr>")
            items.append(item(name, None, text, float(ipts), criteria=crit, rule=rule, **extra))
        body.append("</table>")
        cats.append(cat(name, float(pts), code=code))
    body.append("<h2>四、创先争优加分</h2><p>党组织或党员个人获得党委、政府表彰的，按下表加分（同一事项按最高级别计，"
                "加分累计不超过5分）：</p>")
    body.append("<table border=\"1\"><tr><th>表彰级别</th><th>加分</th></tr>"
                + "".join(f"<tr><td>{lv}</td><td>{p}</td></tr>" for lv, p in awards) + "</table>")
    body.append("<p>云岭街道党工委</p><p>2026年3月2日</p>")
    name = "k05_party_award_level_list_bonus.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    gold("k05", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "四", "section": "创先争优加分", "text": "党组织或党员个人获得党委、政府表彰的",
                 "rule": "lookup", "levels": {lv: float(p) for lv, p in awards}, "cap": 5.0}],
         bonus_cap=5.0,
         notes="the two-column award list (表彰级别 | 加分) is ONE bonus entry with rule lookup and `levels`, cap 5 "
               "(`加分累计不超过5分`, also the document's bonus cap); its rows are not items; `同一事项按最高级别计` "
               "is part of how the entry is applied")


# ----------------------------------------------------------------------------- k06


def k06():
    """docx, 机关效能: headings styled Heading 1/2 WITHOUT numbering, points in the heading text (`组织建设 20分`,
    no brackets), items under them as a numbered list (List Number) with criteria."""
    title = "南溪区2026年度机关效能建设考评细则"
    parts = [
        ("基础效能", 45, [
            ("制度执行", 20, [("首问负责制落实到位，群众来访有登记", 8, "抽查发现未登记的每次扣2分", "per_occurrence",
                              {"per_occurrence": -2.0}),
                             ("限时办结制执行", 12, "得分＝按时办结率×12", "proportional", {"formula": "按时办结率×12"})]),
            ("作风纪律", 25, [("工作日考勤", 10, "明察暗访发现脱岗的每人次扣2分", "per_occurrence",
                              {"per_occurrence": -2.0, "unit": "人次"}),
                             ("会风会纪", 15, "由考评组根据督查通报情况评定", "manual", {})]),
        ]),
        ("服务效能", 55, [
            ("政务服务", 30, [("事项网上可办率", 15, "达到95%的得15分，90%至95%的得10分，低于90%的得5分", "tiers", {}),
                             ("好差评满意率", 15, "满意率98%以上得满分，每低1个百分点扣1分", "per_occurrence",
                              {"per_occurrence": -1.0})]),
            ("诉求办理", 25, [("热线工单按时回复", 25, "超时回复每件扣0.5分，扣完为止", "per_occurrence",
                              {"per_occurrence": -0.5})]),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["为持续提升机关运行效能，制定本细则。考评满分100分，考评结果纳入年度综合考核。"])
    cats, items = [], []
    for p1, pts1, subs in parts:
        d.add_heading(f"{p1} {pts1}分", level=1)
        cats.append(cat(p1, float(pts1)))
        for p2, pts2, rows in subs:
            d.add_heading(f"{p2} {pts2}分", level=2)
            cats.append(cat(p2, float(pts2), parent=p1))
            for text, ipts, crit, rule, extra in rows:
                d.add_paragraph(f"{text}（{ipts}分）。{crit}。", style="List Number")
                items.append(item(p2, None, text, float(ipts), criteria=crit, rule=rule, **extra))
    d.add_heading("结果运用", level=1)
    paragraphs(d, ["考评得分95分以上为优秀，85分至94分为良好，70分至84分为一般，70分以下为较差。",
                   "南溪区机关效能建设领导小组办公室", "2026年1月30日"])
    name = "k06_office_unnumbered_heading_styles_list.docx"
    d.save(HERE / name)
    gold("k06", [name], title, 2026, 100.0, cats, items,
         grades=bands(("优秀", 95), ("良好", 85), ("一般", 70), ("较差", None)),
         notes="structure is carried ONLY by paragraph styles: Heading 1 `基础效能 45分` and Heading 2 `制度执行 20分` "
               "(no numbers, no brackets), items are List Number paragraphs (the numbers come from Word's numbering, "
               "not the text, so code null); the Heading 1 `结果运用` has no points and is not a category")


# ----------------------------------------------------------------------------- k07


def k07():
    """xlsx, 社区/街道: category cells merged down AND one points column holding two levels — the category's
    subtotal on its own row, item points on the item rows."""
    title = "桂园街道2026年度社区网格化服务管理考核表"
    cats_rows = [
        ("网格队伍", 30, [("网格员按每300户配备1名", 10, "配备到位的得10分，每缺1名扣2分", "per_occurrence",
                            {"per_occurrence": -2.0}),
                           ("网格员每月参加业务培训", 8, "全年参训率100%得8分，低于80%不得分", "tiers", {}),
                           ("网格员入户走访", 12, "每户每季度至少走访1次，抽查未走访的每户扣1分", "per_occurrence",
                            {"per_occurrence": -1.0})]),
        ("信息采集", 35, [("人口信息准确率", 20, "得分＝抽查准确率×20", "proportional", {"formula": "抽查准确率×20"}),
                           ("事件上报及时", 15, "事件24小时内上报的得15分，每迟报一件扣3分", "per_occurrence",
                            {"per_occurrence": -3.0})]),
        ("矛盾化解", 35, [("矛盾纠纷排查", 15, "每月开展排查并有台账的得15分", "threshold", {}),
                           ("调解成功率", 20, "调解成功率95%以上得20分，85%-95%得12分，85%以下得5分", "tiers", {})]),
    ]
    wb, ws = titled_sheet("考核表", title, 5)
    header_row(ws, 2, ["考核类别", "序号", "考核内容", "分值", "评分标准"])
    r = 3
    cats, items = [], []
    for name, pts, rows in cats_rows:
        first = r
        ws.cell(row=r, column=1, value=name)
        ws.cell(row=r, column=3, value="小计")
        ws.cell(row=r, column=4, value=pts).font = Font(bold=True)
        cats.append(cat(name, float(pts), cell=f"D{r}"))
        r += 1
        for n, (text, ipts, crit, rule, extra) in enumerate(rows, start=1):
            ws.cell(row=r, column=2, value=n)
            ws.cell(row=r, column=3, value=text)
            ws.cell(row=r, column=4, value=ipts)
            ws.cell(row=r, column=5, value=crit)
            items.append(item(name, str(n), text, float(ipts), criteria=crit, rule=rule, cell=f"D{r}", **extra))
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=r, column=1, value="合计")
    ws.cell(row=r, column=4, value=100)
    ws.cell(row=r + 1, column=1, value="备注：考核得分85分以上为优秀社区，70-84分为达标社区，70分以下为未达标社区。")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=5)
    wrap_columns(ws, (12, 6, 28, 8, 44))
    name = "k07_street_merged_category_subtotal_rows.xlsx"
    wb.save(HERE / name)
    gold("k07", [name], title, 2026, 100.0, cats, items,
         grades=bands(("优秀社区", 85), ("达标社区", 70), ("未达标社区", None)),
         notes="ONE 分值 column holds two levels: the category's subtotal on a `小计` row (bold) and item points on "
               "the item rows below; the 考核类别 cell is merged down over the subtotal row and its items; the "
               "`小计` rows are not items; the 合计 row is the total")


# ----------------------------------------------------------------------------- k08


def k08():
    """pdf only, 档案: a long table continued on a second page with its header row repeated."""
    title = "江屿县2026年度机关档案工作目标管理考核评分表"
    groups = [
        ("组织管理", [("档案工作纳入单位年度工作计划", 3), ("明确分管领导和专兼职档案员", 3), ("档案员参加年度业务培训", 2),
                      ("制定档案管理制度并上墙", 2), ("档案工作经费列入预算", 2), ("档案库房专用，不与办公混用", 3)]),
        ("文件归档", [("文书档案按年度及时归档", 5), ("归档文件齐全完整，无缺件", 5), ("归档文件整理符合规范", 4),
                      ("电子文件与纸质文件同步归档", 4), ("会计档案按期移交档案部门", 3), ("基建项目档案专项归档", 3),
                      ("照片档案标注时间、地点、人物", 3), ("实物档案登记造册", 3)]),
        ("保管保护", [("库房配备温湿度记录仪并每日记录", 5), ("配备灭火器材且在有效期内", 4), ("库房安装防盗门窗", 3),
                      ("档案装具统一规范", 2), ("定期开展档案安全检查", 3), ("破损档案及时修复", 3)]),
        ("开发利用", [("建立档案利用登记制度", 4), ("编制全宗介绍和组织沿革", 4), ("编制大事记", 3),
                      ("开展档案编研并形成成果", 5), ("提供档案查阅利用服务", 4)]),
        ("信息化建设", [("使用档案管理软件著录目录", 4), ("馆藏档案数字化比例达到规定要求", 5), ("数字档案异地备份", 4),
                        ("档案信息系统设置访问权限", 2)]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["考核满分100分。每项内容达到要求的得该项分值，部分达到的酌情扣分，未开展的不得分。"])
    header = ["序号", "考核类别", "考核内容", "分值", "考核方法"]
    body_rows, items, cats = [], [], []
    n = 0
    methods = ("查阅资料", "实地查看", "查阅台账", "抽查案卷")
    for g, rows in groups:
        cats.append(cat(g, float(sum(p for _, p in rows))))
        for text, p in rows:
            n += 1
            body_rows.append([str(n), g, text, str(p), methods[n % 4]])
            items.append(item(g, str(n), text, float(p), criteria="每项内容达到要求的得该项分值，部分达到的酌情扣分，未开展的不得分",
                              rule="tiers", method=methods[n % 4]))
    t = grid(d, header, body_rows)
    repeat_header(t.rows[0])
    for row in t.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                p.paragraph_format.space_after = Pt(6)
                p.paragraph_format.space_before = Pt(6)
    paragraphs(d, ["考核得分90分以上为优秀，80分至89分为良好，60分至79分为合格，60分以下为不合格。",
                   "江屿县档案馆", "2026年3月20日"])
    name = "k08_archives_table_repeated_header_two_pages.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, False))
    assert sum(p for _, rows in groups for _, p in rows) == 100
    gold("k08", [name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         notes="PDF only; one table of 29 rows continued on the second page with its header row repeated (the "
               "repeated header is not an item); categories are the 考核类别 column values, their points the sum of "
               "their items (no category points printed); every item's criteria is the document-level rule "
               "(达到/部分达到/未开展: tiers)")


# ----------------------------------------------------------------------------- k09


FULL = str.maketrans("0123456789.", "０１２３４５６７８９．")


def k09():
    """docx, 环保: full-width indentation (　　) and points written `分值：５` with full-width digits on each item."""
    title = "石湾镇2026年度村（社区）生态环境保护工作考核细则"
    sections = [
        ("一", "大气污染防治", 30, [
            ("秸秆禁烧巡查", 12, "发现露天焚烧秸秆火点的，每处扣３分", "per_occurrence", {"per_occurrence": -3.0}),
            ("餐饮油烟治理", 8, "辖区餐饮店油烟净化设施安装率１００％的得满分", "threshold", {}),
            ("扬尘管控", 10, "建筑工地围挡、覆盖、冲洗落实到位，由考核组现场评定", "manual", {}),
        ]),
        ("二", "水污染防治", 40, [
            ("河长制巡河", 15, "村级河长每月巡河不少于２次，每少一次扣１分", "per_occurrence", {"per_occurrence": -1.0}),
            ("农村生活污水处理", 15, "得分＝污水处理设施正常运行率×１５", "proportional",
             {"formula": "污水处理设施正常运行率×15"}),
            ("入河排污口排查", 10, "完成排查并建立台账的得满分", "threshold", {}),
        ]),
        ("三", "固体废物管理", 30, [
            ("垃圾分类", 18, "分类投放准确率８０％以上得１８分，６０％至８０％得１０分，６０％以下不得分", "tiers", {}),
            ("建筑垃圾清运", 12, "发现乱倒建筑垃圾的，每处扣２分", "per_occurrence", {"per_occurrence": -2.0}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["　　为落实生态环境保护属地责任，镇政府对各村（社区）开展年度考核，考核满分１００分。"])
    cats, items = [], []
    for code, name, pts, rows in sections:
        d.add_paragraph(f"{code}、{name}（{str(pts).translate(FULL)}分）")
        cats.append(cat(name, float(pts), code=code))
        for n, (text, ipts, crit, rule, extra) in enumerate(rows, start=1):
            d.add_paragraph(f"　　{n}．{text}　　分值：{str(ipts).translate(FULL)}")
            d.add_paragraph(f"　　　　评分标准：{crit}。")
            items.append(item(name, f"{n}．", text, float(ipts), criteria=crit, rule=rule, **extra))
    paragraphs(d, ["四、考核等次",
                   "　　考核得分９０分以上为优秀，７５分至８９分为良好，６０分至７４分为合格，６０分以下为不合格。",
                   "　　　　　　　　　　　　　　　　　　石湾镇人民政府", "　　　　　　　　　　　　　　　　　　２０２６年２月２７日"])
    name = "k09_environment_fullwidth_points_label.docx"
    d.save(HERE / name)
    gold("k09", [name], title, 2026, 100.0, cats, items,
         grades=bands(("优秀", 90), ("良好", 75), ("合格", 60), ("不合格", None)),
         notes="full-width digits everywhere (`（３０分）`, `分值：１５`, `１００％`) and full-width spaces for "
               "indentation and between the item and its `分值：` label; criteria on the next, deeper-indented "
               "paragraph after `评分标准：` (the full-width digits inside criteria are kept as printed)")


# ----------------------------------------------------------------------------- k10


def k10():
    """html, 竞赛评分: a coefficient formula `得分＝基础分×系数` (系数 by level) and `完成率×权重` items."""
    title = "第三届全市青年职业技能大赛团体项目评分办法"
    body = [f"<h1>{esc(title)}</h1>",
            "<p>团体项目总分100分，由任务完成、团队协作和成果展示三部分组成。</p>",
            "<h2>一、任务完成（60分）</h2>",
            "<p>设置三项竞赛任务，各任务得分＝任务完成率×权重分：</p>",
            "<table border=\"1\"><tr><th>任务</th><th>权重分</th><th>计分方法</th></tr>"]
    tasks = [("任务A：设备安装调试", 25), ("任务B：故障诊断排除", 20), ("任务C：程序编写优化", 15)]
    items = []
    for text, w in tasks:
        body.append(f"<tr><td>{esc(text)}</td><td>{w}</td><td>任务完成率×{w}</td></tr>")
        items.append(item("任务完成", None, text, float(w), criteria=f"任务完成率×{w}", rule="proportional",
                          formula=f"任务完成率×{w}"))
    body.append("</table>")
    coeffs = [("优秀", 1.0), ("良好", 0.8), ("一般", 0.6), ("较差", 0.3)]
    body += ["<h2>二、团队协作（20分）</h2>",
             "<p>团队协作得分＝基础分×系数。基础分为20分，系数由裁判组根据分工配合情况确定："
             + "，".join(f"{lv}{c}" for lv, c in coeffs) + "。</p>",
             "<h2>三、成果展示（20分）</h2>",
             "<p>成果展示由5名裁判独立打分（满分100分），去掉一个最高分和一个最低分后取平均值，再按20%折算计入总分。</p>",
             "<h2>四、名次确定</h2>",
             "<p>按总分由高到低排定名次；总分相同的，任务完成部分得分高者名次列前。</p>",
             "<p>大赛组委会</p><p>2026年4月10日</p>"]
    items.append(item("团队协作", None, "团队协作", 20.0,
                      criteria="团队协作得分＝基础分×系数。基础分为20分，系数：" + "，".join(f"{lv}{c}" for lv, c in coeffs),
                      rule="proportional", formula="20×系数", levels={lv: c for lv, c in coeffs}))
    items.append(item("成果展示", None, "成果展示", 20.0,
                      criteria="5名裁判独立打分（满分100分），去掉一个最高分和一个最低分后取平均值，按20%折算计入总分",
                      rule="proportional", formula="裁判平均分×20%",
                      scoring_note="去掉一个最高分和一个最低分后取平均值"))
    name = "k10_contest_coefficient_completion_rate_formula.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    gold("k10", [name], title, 2026, 100.0,
         [cat("任务完成", 60.0, code="一"), cat("团队协作", 20.0, code="二"), cat("成果展示", 20.0, code="三")], items,
         notes="formulas state the points: tasks `任务完成率×权重分` (points = the weight), 团队协作 `基础分×系数` with "
               "a coefficient per level (`levels` holds the coefficients, not points), 成果展示 a 100-point judges' "
               "score 折算 at 20%; sections 二 and 三 are each a category holding one item of the same name; the "
               "tie-break sentence is not a rule of points")


# ----------------------------------------------------------------------------- k11


def k11():
    """docx, 学校: 分值 stated only in the merged category row; items carry `每项N分` or nothing, a note says the
    category's points are split equally (`平均分配`)."""
    title = "星湖实验小学2026年春季学期班级文明创建评比细则"
    groups = [
        ("一", "课堂常规", 30, "每项6分", [("课前准备充分，学习用品摆放整齐", "未达到的扣该项分值的一半"),
                                           ("上课专心听讲，无随意讲话", "被值周教师记录一次扣1分"),
                                           ("坐姿端正，书写规范", ""),
                                           ("积极举手发言", ""),
                                           ("按时完成课堂练习", "")]),
        ("二", "卫生保洁", 24, None, [("教室地面无纸屑", ""), ("黑板、讲台每日擦拭干净", ""),
                                      ("卫生角工具摆放整齐", ""), ("包干区无垃圾", "")]),
        ("三", "两操一课", 26, None, [("广播操队列整齐、动作规范", ""), ("眼保健操穴位准确", "")]),
        ("四", "安全文明", 20, "每项5分", [("课间不追逐打闹", ""), ("上下楼梯靠右行", ""),
                                            ("文明用语，尊敬师长", ""), ("放学路队整齐有序", "")]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["评比由学校德育处组织，值周教师和少先队大队部每日检查，每周汇总，满分100分。"])
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["评比项目", "分值", "检查标准及扣分说明"]):
        set_cell(t.cell(0, c), h, bold=True)
    cats, items = [], []
    for code, name, pts, each, rows in groups:
        row = t.add_row()
        merge_across(t, len(t.rows) - 1, f"{code}、{name}（{pts}分）", bold=True)
        cats.append(cat(name, float(pts), code=code))
        share = pts / len(rows)
        for text, crit in rows:
            r = t.add_row()
            set_cell(r.cells[0], text)
            set_cell(r.cells[1], each or "")
            set_cell(r.cells[2], crit)
            if crit.startswith("被"):
                items.append(item(name, None, text, share, criteria=crit, rule="per_occurrence", per_occurrence=-1.0))
            elif crit:
                items.append(item(name, None, text, share, criteria=crit, rule="tiers"))
            else:
                items.append(item(name, None, text, share, criteria="", rule=None))
    paragraphs(d, ["注：未标注分值的项目，其所在类别的分值在各项之间平均分配。",
                   "每周评比得分95分以上的班级授予“文明班级”流动红旗。",
                   "星湖实验小学德育处", "2026年2月24日"])
    name = "k11_school_points_in_merged_category_row.docx"
    d.save(HERE / name)
    gold("k11", [name], title, 2026, 100.0, cats, items,
         grades=[{"name": "文明班级", "min_score": 95}],
         notes="points are printed only in the category rows merged across the table (`一、课堂常规（30分）`); items "
               "carry `每项6分` / `每项5分` in the 分值 column or nothing; the note `平均分配` splits 24 over four "
               "卫生保洁 items (6 each) and 26 over two 两操一课 items (13 each); items with no criteria have rule null; "
               "`扣该项分值的一半` is a two-tier rule; the 流动红旗 line is the one grade")


# ----------------------------------------------------------------------------- k12


def k12():
    """txt, 工会: NOT a scheme — a 培训签到表 and 成绩汇总 of a union training course, full of `N分`."""
    title = "西津区总工会2026年第一期基层工会干部培训班考试成绩汇总"
    people = [("1", "何立新", "新城街道工会", "8时21分", "92分"), ("2", "唐佩玲", "港区物流公司工会", "8时25分", "88分"),
              ("3", "罗海波", "第三中学工会", "8时29分", "95分"), ("4", "韦晓丹", "区人民医院工会", "8时34分", "79分"),
              ("5", "梁国栋", "兴业建材厂工会", "8时40分", "84.5分")]
    lines = [title, "", "培训时间：2026年3月18日8时30分至17时00分", "培训地点：区职工服务中心三楼会议室",
             "结业考试：闭卷，满分100分，60分及格，考试时长90分钟。", "", "签到及考试成绩：", "",
             "序号\t姓名\t单位\t签到时间\t考试成绩"]
    lines += ["\t".join(p) for p in people]
    lines += ["", "本期学员5人，全部及格，平均分87.7分，最高分95分。成绩在90分以上的学员由区总工会予以通报表扬。",
              "", "西津区总工会组织部", "2026年3月20日", ""]
    name = "k12_union_training_signin_scores_not_scheme.txt"
    (HERE / name).write_text("\n".join(lines), encoding="utf-8")
    not_a_scheme("k12", [name], title, 2026,
                 "a training course's sign-in and exam results: times `8时21分`, a `满分100分，60分及格` exam line, "
                 "obtained scores `92分`…, an average; it sets no scoring rules")


# ----------------------------------------------------------------------------- k13


def k13():
    """docx, 社区: NOT a scheme — a 会议通知 with `8时30分` and a quoted score."""
    title = "关于召开2026年度社区消防安全工作推进会的通知"
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各社区居委会、辖区重点单位：",
                   "经研究，定于2026年4月9日（星期四）上午8时30分召开社区消防安全工作推进会，现将有关事项通知如下。",
                   "一、会议时间：4月9日上午8时30分至11时45分，请于8时15分前签到。",
                   "二、会议地点：街道办事处五楼会议室。",
                   "三、参会人员：各社区分管消防工作的副主任、消防网格员。",
                   "四、会议议程：（一）通报第一季度消防检查情况，全街道平均得分86.5分，最高分96分，最低分71分；"
                   "（二）三个社区作交流发言，每个社区发言不超过10分钟；（三）街道分管领导讲话。",
                   "五、有关要求：请参会人员准时到会，不得无故缺席；确有特殊情况的，请于4月8日17时00分前向街道平安办请假。",
                   "东湖街道办事处", "2026年4月2日"])
    name = "k13_community_meeting_notice_not_scheme.docx"
    d.save(HERE / name)
    not_a_scheme("k13", [name], title, 2026,
                 "a meeting notice: times `8时30分`/`11时45分`, `发言不超过10分钟`, and a quarter's average/maximum/"
                 "minimum scores reported; it sets no scoring rules")


BUILDS = (k01, k02, k03, k04, k05, k06, k07, k08, k09, k10, k11, k12, k13)


if __name__ == "__main__":
    _forms.main(BUILDS)  # builds, then --pdf renders PDF_SOURCES (shared with make_forms.py, pointed here)
