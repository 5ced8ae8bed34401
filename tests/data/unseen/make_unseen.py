"""Build the unseen probe notices and their gold from one hand-written content table.

Each notice's content (categories, items, points, criteria, departments, rules) is
written once below and rendered both into the document and into ``gold/<id>.json``;
the gold is therefore the document's content, never kaohe's output.  Run from the
repo root: ``.venv/bin/python tests/data/unseen/make_unseen.py`` (add ``--pdf`` to
refresh the PDFs with LibreOffice).  Re-running rewrites the same files.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"


# ----------------------------------------------------------------------------- helpers


def item(category, code, text, points, criteria="", departments=None, rule=None, name=None, weight=None, **extra):
    entry = {"category": category, "code": code, "name": name, "text": text, "points": points,
             "departments": departments or [], "criteria": criteria, "rule": rule, "weight": weight}
    entry.update(extra)
    return entry


def cat(name, points=None, parent=None, code=None, weight=None, **extra):
    return {"name": name, "code": code, "points": points, "parent": parent, "weight": weight, **extra}


def gold(doc_id, fixtures, title, year, total, categories, items, **rest):
    data = {"fixtures": fixtures, "title": title, "year": year, "total_points": total,
            "base_points": rest.pop("base_points", None), "scoring_model": rest.pop("scoring_model", "additive"),
            "categories": categories, "items": items,
            "bonus": rest.pop("bonus", []), "deductions": rest.pop("deductions", []), "veto": rest.pop("veto", []),
            "veto_effect": rest.pop("veto_effect", None), "weights": rest.pop("weights", []),
            "grades": rest.pop("grades", []), "expected_flags": rest.pop("expected_flags", [])}
    data.update(rest)
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{doc_id}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def new_doc():
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "宋体"
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    return d


def heading(d, text, size=16):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    return p


def set_cell(cell, text, bold=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold


def merge_down(table, col, first, last, text):
    cell = table.cell(first, col).merge(table.cell(last, col)) if last > first else table.cell(first, col)
    set_cell(cell, text)


def merge_across(table, row, text, bold=False):
    cells = table.rows[row].cells
    cell = cells[0].merge(cells[-1])
    set_cell(cell, text, bold)


def repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def save_calculated(wb, name):
    """Save through LibreOffice so formula cells carry calculated values, as in a workbook saved by an office
    suite (openpyxl alone writes formulas without values); falls back to the bare file without soffice."""
    import shutil
    import tempfile

    if not shutil.which("soffice"):
        wb.save(HERE / name)
        return
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw" / name
        raw.parent.mkdir()
        wb.save(raw)
        subprocess.run(["soffice", "--headless", "--calc", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                        "--outdir", str(HERE), str(raw)], check=True, capture_output=True, timeout=180)


def fmt(points):
    return f"{points:g}"


# ----------------------------------------------------------------------------- u01


def u01():
    """docx, 一级/二级/三级指标 table; first two columns merged down; points in the merged cells."""
    title = "临江区总工会2024年度基层工会工作目标考核细则"
    tree = [
        ("组织建设", 30, [
            ("建会入会", 15, [
                ("新建工会组织", "完成年度新建工会组织目标任务的得5分，每少1家扣1分，扣完为止。", 5, "per_occurrence"),
                ("职工入会率", "职工入会率达到90%以上的得5分；80%（含）至90%的得3分；低于80%的不得分。", 5, "tiers"),
                ("会员实名制管理", "会员信息录入实名制数据库准确率达100%的得5分，未达到的不得分。", 5, "threshold"),
            ]),
            ("职代会建设", 15, [
                ("职代会制度", "企事业单位按期召开职工代表大会，建制率达到95%以上的得8分，未达到的不得分。", 8, "threshold"),
                ("厂务公开", "厂务公开内容全面、形式规范、程序合法，根据检查情况酌情评分。", 7, "manual"),
            ]),
        ]),
        ("维权服务", 40, [
            ("困难职工帮扶", 20, [
                ("困难职工档案", "建立困难职工档案并实行动态管理的得6分，档案不完整的每发现一份扣0.5分。", 6, None),
                ("帮扶资金发放", "帮扶资金按时足额发放、台账清楚的得8分，发现违规发放的不得分。", 8, "threshold"),
                ("金秋助学", "开展金秋助学活动并按时报送资料的得6分。", 6, "threshold"),
            ]),
            ("劳动竞赛", 20, [
                ("竞赛组织", "年内组织开展劳动和技能竞赛2项以上的得10分，1项的得5分。", 10, "tiers"),
                ("职工创新", "开展职工技术创新、合理化建议活动，有记录、有成果的得10分，有活动无成果的得5分。", 10, "tiers"),
            ]),
        ]),
        ("自身建设", 30, [
            ("职工书屋", 10, [
                ("书屋建设", "建有职工书屋，藏书1000册以上且有专人管理的得6分。", 6, "threshold"),
                ("阅读活动", "年内开展读书活动2次以上的得4分，1次的得2分。", 4, "tiers"),
            ]),
            ("经费管理", 20, [
                ("会费收缴", "按规定足额收缴会费的得10分，未按规定收缴的每发现一次扣2分，扣完为止。", 10, "per_occurrence"),
                ("经费审查", "经审会按时开展审查监督并形成审查报告的得10分，未形成报告的扣5分。", 10, None),
            ]),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    d.add_paragraph("为进一步加强基层工会建设，推动工会各项工作任务落实，根据区总工会年度工作要点，"
                    "制定本考核细则。考核满分100分，由区总工会考核领导小组组织实施。")
    rows = sum(len(l3) for _, _, l2 in tree for _, _, l3 in l2)
    t = d.add_table(rows=rows + 2, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["一级指标", "二级指标", "三级指标", "评分标准", "分值"]):
        set_cell(t.cell(0, c), h, bold=True)
    cats, items = [], []
    r = 1
    for n1, p1, l2 in tree:
        cats.append(cat(n1, p1))
        start1 = r
        for n2, p2, l3 in l2:
            cats.append(cat(n2, p2, parent=n1))
            start2 = r
            for n3, crit, pts, rule in l3:
                set_cell(t.cell(r, 2), n3)
                set_cell(t.cell(r, 3), crit)
                set_cell(t.cell(r, 4), fmt(pts))
                items.append(item(n2, None, n3, pts, criteria=crit, rule=rule))
                r += 1
            merge_down(t, 1, start2, r - 1, f"{n2}（{p2}分）")
        merge_down(t, 0, start1, r - 1, f"{n1}（{p1}分）")
    set_cell(t.cell(r, 0), "合计")
    set_cell(t.cell(r, 4), "100")
    d.add_paragraph("备注：考核结果在全区工会系统内通报。")
    d.save(HERE / "u01_district_three_level_merged.docx")
    gold("u01", ["u01_district_three_level_merged.docx", "u01_district_three_level_merged.pdf"], title, 2024, 100.0, cats, items)


# ----------------------------------------------------------------------------- u02


def u02():
    """docx, title/填报单位/说明 rows inside the table above the header; full-width section rows."""
    title = "2024年度产业工会工作目标考核评分表"
    sections = [
        ("一", "组织建设", 30, [
            ("建会工作", "完成年度建会目标任务，新建工会组织并规范运行。", 10, ["组织部"]),
            ("职代会", "指导所属企业建立职工代表大会制度，职代会建制率达90%以上。", 10, ["组织部"]),
            ("工会换届", "所属基层工会按期换届，换届率达100%。", 10, ["组织部"]),
        ]),
        ("二", "权益保障", 30, [
            ("集体协商", "推进工资集体协商，签订集体合同并报送备案。", 10, ["权益保障部"]),
            ("安全生产监督", "开展群众性安全生产监督检查活动，组织“安康杯”竞赛。", 10, ["权益保障部", "劳动保护部"]),
            ("困难职工帮扶", "建立困难职工档案，落实送温暖、金秋助学等帮扶活动。", 10, ["帮扶中心"]),
        ]),
        ("三", "经费与宣传", 20, [
            ("会费收缴", "按时足额上解工会经费和会费。", 8, ["财务部"]),
            ("宣传信息", "全年向市总工会报送信息12篇以上，被采用4篇以上。", 10, ["宣教部"]),
        ]),
        ("四", "女职工工作", 20, [
            ("女职工组织", "建立女职工委员会，女职工组织覆盖率达85%以上。", 10, ["女职工部"]),
            ("女职工权益", "签订女职工权益保护专项集体合同。", 10, ["女职工部"]),
        ]),
    ]
    d = new_doc()
    p = d.add_paragraph("附件1")
    p.runs[0].bold = True
    n_items = sum(len(s[3]) for s in sections)
    t = d.add_table(rows=4 + len(sections) + n_items + 1, cols=5)
    t.style = "Table Grid"
    merge_across(t, 0, title, bold=True)
    merge_across(t, 1, "填报单位（盖章）：                              填报日期：      年    月    日")
    merge_across(t, 2, "说明：1.本表由各产业工会对照考核内容如实填报；2.佐证材料于12月10日前报送市总工会办公室；"
                       "3.考核部门按分值评分。")
    for c, h in enumerate(["序号", "考核项目", "考核内容", "分值", "考核部门"]):
        set_cell(t.cell(3, c), h, bold=True)
    cats, items = [], []
    r, n = 4, 1
    for code, name, pts, rows in sections:
        merge_across(t, r, f"{code}、{name}（{pts}分）", bold=True)
        cats.append(cat(name, pts, code=code))
        r += 1
        for head, content, ipts, depts in rows:
            for c, v in enumerate([str(n), head, content, fmt(ipts), "、".join(depts)]):
                set_cell(t.cell(r, c), v)
            items.append(item(name, str(n), content, ipts, departments=depts, name=head))
            r += 1
            n += 1
    set_cell(t.cell(r, 0), "合计")
    set_cell(t.cell(r, 3), "100")
    d.add_paragraph("")
    d.add_paragraph("××市总工会办公室　　2024年11月20日印发")
    d.save(HERE / "u02_industry_title_rows_in_table.docx")
    gold("u02", ["u02_industry_title_rows_in_table.docx", "u02_industry_title_rows_in_table.pdf",
                 "u02_industry_title_rows_in_table_scan.pdf"], title, 2024,
         100.0, cats, items,
         expected_flags=[{"kind": "subtotal_mismatch", "category": "经费与宣传", "declared": 20.0, "sum": 18.0}],
         notes="rows 0-2 of the table (title, 填报单位, 说明) are above the header row; the 经费与宣传 items sum to 18")


# ----------------------------------------------------------------------------- u03


def u03():
    """xlsx, two scored sheets (共性指标 70% / 个性指标 30%) and a unit-list sheet (distractor)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "共性指标（70%）"
    common = [
        ("组织建设", [
            ("基层建会率", "本地区非公企业建会率达到90%以上得10分，每低1个百分点扣1分。", 10, None),
            ("会员发展", "完成全年会员发展任务得10分，完成80%以上得6分。", 10, "tiers"),
            ("基层工会规范化建设", "规范化建设达标单位占比达60%以上得10分。", 10, "threshold"),
        ]),
        ("维权帮扶", [
            ("困难职工解困脱困", "按期完成困难职工解困脱困任务得15分。", 15, "threshold"),
            ("职工法律援助", "设立职工法律援助站点，全年受理案件有记录得10分。", 10, "threshold"),
            ("普惠服务", "开展“工会送温暖”活动，在档困难职工覆盖率100%得15分。", 15, "threshold"),
        ]),
        ("经费管理", [
            ("经费收缴", "工会经费收缴完成率100%得15分，每低5个百分点扣3分。", 15, None),
            ("财务管理", "财务制度健全，无违规使用经费问题得15分。", 15, "threshold"),
        ]),
    ]
    ws["A1"] = "2024年度县级工会工作考核共性指标（占总分70%）"
    ws.merge_cells("A1:E1")
    ws["A1"].font = Font(bold=True, size=14)
    for c, h in enumerate(["序号", "考核类别", "考核指标", "评分标准", "分值"], start=1):
        ws.cell(2, c, h).font = Font(bold=True)
    cats = [cat("共性指标", 100.0, weight=0.7, sheet="共性指标（70%）")]
    items = []
    r, n = 3, 1
    for cname, rows in common:
        cats.append(cat(cname, None, parent="共性指标", sheet="共性指标（70%）"))
        start = r
        for head, crit, pts, rule in rows:
            ws.cell(r, 1, n)
            ws.cell(r, 3, head)
            ws.cell(r, 4, crit)
            ws.cell(r, 5, pts)
            items.append(item(cname, str(n), head, float(pts), criteria=crit, rule=rule, sheet="共性指标（70%）"))
            r += 1
            n += 1
        ws.cell(start, 2, cname)
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(start, 2).alignment = Alignment(vertical="center")
    ws.cell(r, 1, "合计")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(r, 5, f"=SUM(E3:E{r - 1})")
    for col, w in zip("ABCDE", (6, 12, 22, 60, 8)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("个性指标（30%）")
    own = [
        ("特色品牌创建", "打造1个以上县级工会工作特色品牌", "品牌有创新、有影响、经验被市级以上推广的得40分，有品牌无推广的得20分。", 40, "tiers"),
        ("重点工程劳动竞赛", "组织开展重点工程劳动竞赛", "开展竞赛并有总结表彰的得30分。", 30, "threshold"),
        ("职工文体活动", "举办职工文体活动3次以上", "每举办1次得10分，最高30分。", 30, "per_occurrence"),
    ]
    ws2["A1"] = "2024年度县级工会工作考核个性指标（占总分30%）"
    ws2.merge_cells("A1:E1")
    ws2["A1"].font = Font(bold=True, size=14)
    for c, h in enumerate(["序号", "工作项目", "工作目标", "评分标准", "分值"], start=1):
        ws2.cell(2, c, h).font = Font(bold=True)
    cats.append(cat("个性指标", 100.0, weight=0.3, sheet="个性指标（30%）"))
    for i, (head, target, crit, pts, rule) in enumerate(own, start=1):
        for c, v in enumerate([i, head, target, crit, pts], start=1):
            ws2.cell(2 + i, c, v)
        items.append(item("个性指标", str(i), target, float(pts), criteria=crit, rule=rule, name=head,
                          sheet="个性指标（30%）"))
    ws2.cell(6, 1, "合计")
    ws2.cell(6, 5, "=SUM(E3:E5)")
    for col, w in zip("ABCDE", (6, 18, 30, 60, 8)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("参评单位名单")
    for c, h in enumerate(["序号", "单位名称", "职工人数", "联系人", "联系电话"], start=1):
        ws3.cell(1, c, h).font = Font(bold=True)
    units = ["城关镇总工会", "新桥镇总工会", "白石乡工会联合会", "工业园区工会", "教育工会", "卫健系统工会",
             "交通运输工会", "住建系统工会"]
    for i, u in enumerate(units, start=1):
        for c, v in enumerate([i, u, 1200 + 137 * i, f"王{'一二三四五六七八'[i - 1]}", f"0571-8812{3400 + i}"], start=1):
            ws3.cell(1 + i, c, v)
    save_calculated(wb, "u03_county_two_parts_weighted.xlsx")
    gold("u03", ["u03_county_two_parts_weighted.xlsx"], None, 2024, 100.0, cats, items,
         weights=[{"part": "共性指标", "weight": 0.7}, {"part": "个性指标", "weight": 0.3}],
         expected_flags=[{"kind": "non_scheme_table", "sheet": "参评单位名单",
                          "note": "unit list with 职工人数 numbers; no points, not items"}],
         title_note="no workbook title: each sheet has its own title row (2024年度县级工会工作考核共性指标（占总分70%）, "
                    "…个性指标（占总分30%）); either is acceptable",
         notes="each scored sheet is a part worth 100 (its 合计 is a SUM formula); the parts are combined "
               "70/30 (sheet names and titles), so the weighted total is 100; parts are written as top-level "
               "categories with weight, as the corpus does for sheets (c11)")


# ----------------------------------------------------------------------------- u04


def u04():
    """prose docx 考核办法: 第N条 articles, 一、 sections and （一） items with inline （N分）."""
    title = "江北市总工会基层工会工作考核办法"
    sections = [
        ("一", "思想政治引领", 20, [
            ("深入学习宣传党的二十大精神，组织开展宣讲活动不少于4次", 10),
            ("开展劳模工匠进企业、进校园活动", 5),
            ("加强职工思想动态调研，按时报送调研报告", 5),
        ]),
        ("二", "建功立业", 25, [
            ("组织开展劳动和技能竞赛，参赛职工覆盖率达30%以上", 10),
            ("推荐评选劳动模范和先进工作者，材料规范、程序合规", 5),
            ("开展职工技术创新成果评选活动", 10),
        ]),
        ("三", "维权服务", 30, [
            ("推行集体协商制度，集体合同签订率达85%以上", 10),
            ("做好困难职工帮扶，实现应帮尽帮", 10),
            ("落实职工疗休养制度，全年组织疗休养职工不少于200人次", 5),
            ("推进工会户外劳动者服务站点建设", 5),
        ]),
        ("四", "自身建设", 25, [
            ("按规定召开会员代表大会，按期换届", 10),
            ("加强工会干部培训，年内培训不少于2期", 5),
            ("规范经费管理，无违规违纪问题", 10),
        ]),
    ]
    nums = "一二三四五六七八九十"
    d = new_doc()
    heading(d, "江北市总工会关于印发《基层工会工作考核办法》的通知", 15)
    d.add_paragraph("各区县总工会、各产业工会：")
    d.add_paragraph("现将《江北市总工会基层工会工作考核办法》印发给你们，请认真贯彻执行。")
    d.add_paragraph("江北市总工会　2024年3月5日")
    heading(d, title, 14)
    d.add_paragraph("第一条　为全面落实市总工会年度工作部署，客观评价基层工会工作实绩，激励先进、鞭策后进，制定本办法。")
    d.add_paragraph("第二条　本办法适用于全市各区县总工会、产业工会。")
    d.add_paragraph("第三条　考核坚持客观公正、注重实绩、突出重点的原则，实行年度考核，由市总工会考核领导小组组织实施。")
    d.add_paragraph("第四条　考核内容及分值。考核实行百分制，具体内容如下：")
    cats, items = [], []
    for code, name, pts, rows in sections:
        d.add_paragraph(f"{code}、{name}（{pts}分）")
        cats.append(cat(name, pts, code=code))
        for i, (text, ipts) in enumerate(rows):
            d.add_paragraph(f"（{nums[i]}）{text}（{ipts}分）。")
            items.append(item(name, nums[i], text, float(ipts)))
    bonus = [
        {"code": "一", "text": "工作经验在全国总工会会议上交流或被全总刊物推广的，每次加3分；在省总工会交流推广的，每次加2分",
         "levels": {"全国总工会": 3, "省总工会": 2}, "cap": 5},
        {"code": "二", "text": "获得省级及以上表彰的，每项加2分", "points": 2, "cap": 5},
    ]
    deductions = [
        {"code": "一", "text": "未按时报送各类报表、材料的，每次扣1分", "per_occurrence": -1},
        {"code": "二", "text": "发生职工群体性事件，处置不当造成不良影响的，每起扣5分", "per_occurrence": -5},
    ]
    veto = [{"code": "一", "text": "领导班子成员发生严重违纪违法行为的"},
            {"code": "二", "text": "发生重大安全生产责任事故的"},
            {"code": "三", "text": "发生重大群体性事件造成恶劣影响的"}]
    d.add_paragraph("第五条　加分项目。")
    d.add_paragraph(f"（一）{bonus[0]['text']}。")
    d.add_paragraph(f"（二）{bonus[1]['text']}。加分累计不超过5分。")
    d.add_paragraph("第六条　扣分项目。")
    for i, e in enumerate(deductions):
        d.add_paragraph(f"（{nums[i]}）{e['text']}。")
    d.add_paragraph("第七条　一票否决。有下列情形之一的，实行一票否决，取消年度评先评优资格：")
    for i, e in enumerate(veto):
        d.add_paragraph(f"（{nums[i]}）{e['text']}；" if i < 2 else f"（{nums[i]}）{e['text']}。")
    d.add_paragraph("第八条　考核等次。考核结果分为优秀、良好、合格、不合格四个等次。得分90分以上为优秀，"
                    "80分至89分为良好，60分至79分为合格，60分以下为不合格。")
    d.add_paragraph("第九条　本办法由市总工会负责解释。")
    d.add_paragraph("第十条　本办法自印发之日起施行。")
    d.save(HERE / "u04_city_prose_articles.docx")
    gold("u04", ["u04_city_prose_articles.docx", "u04_city_prose_articles.pdf"], title, 2024, 100.0, cats, items,
         bonus=bonus, deductions=deductions, veto=veto, veto_effect="取消年度评先评优资格",
         grades=[{"name": "优秀", "min_score": 90}, {"name": "良好", "min_score": 80, "max_score": 89},
                 {"name": "合格", "min_score": 60, "max_score": 79}, {"name": "不合格", "max_score": 60}],
         title_alternatives=["江北市总工会关于印发《基层工会工作考核办法》的通知"],
         notes="the first heading is the 印发 notice wrapping the 办法 (either title is acceptable); items are （一） paragraphs under 一、 section paragraphs inside 第四条; codes written without brackets")


# ----------------------------------------------------------------------------- u05


def u05():
    """html with <thead><th>: 应得分 | 实得分 columns, rowspan category cells, 小计 and 合计 rows."""
    title = "2024年度企业工会职工书屋及文化阵地建设检查评分细则"
    groups = [
        ("阵地建设", [
            ("职工书屋有固定场所，面积不少于30平方米", 5, None),
            ("藏书不少于1500册，年更新率不低于10%", 10, None),
            ("配备电子阅读设备，开通电子职工书屋", 5, None),
        ]),
        ("制度管理", [
            ("有专人管理，借阅制度上墙", 5, None),
            ("建立借阅登记台账，记录完整", 5, None),
            ("开放时间每周不少于20小时", 5, None),
        ]),
        ("活动开展", [
            ("年内开展读书分享、征文等活动不少于4次，每少1次扣2.5分", 10, "per_occurrence"),
            ("组织职工参加上级工会读书活动", 5, None),
            ("职工年借阅量达到人均3册以上", 10, None),
        ]),
        ("文化阵地", [
            ("建有职工活动室、健身场所", 10, None),
            ("组织职工文体活动，每季度不少于1次", 10, None),
            ("建立职工文体协会或兴趣小组", 5, None),
            ("宣传栏、电子屏等宣传阵地定期更新", 5, None),
        ]),
        ("成效评价", [
            ("职工满意度测评达90%以上", 5, None),
            ("获得上级工会“示范职工书屋”命名", 5, None),
        ]),
    ]
    cats, items, body = [], [], []
    n = 1
    for cname, rows in groups:
        sub = sum(p for _, p, _ in rows)
        cats.append(cat(cname, float(sub)))
        for i, (text, pts, rule) in enumerate(rows):
            first = f'<td rowspan="{len(rows)}">{cname}</td>' if i == 0 else ""
            body.append(f"<tr>{first}<td>{n}</td><td>{text}</td><td>{pts}</td><td></td><td></td></tr>")
            items.append(item(cname, str(n), text, float(pts), criteria=text, rule=rule))
            n += 1
        body.append(f'<tr class="sub"><td colspan="3">小计</td><td>{sub}</td><td></td><td></td></tr>')
    body.append('<tr class="sum"><td colspan="3">合计</td><td>100</td><td></td><td></td></tr>')
    rows_html = "\n".join(body)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}_通知公告_南湖市总工会</title>
<style>table{{border-collapse:collapse}} td,th{{border:1px solid #333;padding:4px}}</style>
</head>
<body>
<div class="header"><a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a></div>
<div class="article">
<h1>{title}</h1>
<div class="info">发布时间：2024-05-16　来源：南湖市总工会宣教部　浏览次数：1024</div>
<p>为推进“职工书屋”和职工文化阵地建设，市总工会将于6月对各企业工会进行检查，现将评分细则公布如下。满分100分。</p>
<table>
<thead>
<tr><th>检查项目</th><th>序号</th><th>评分内容及标准</th><th>应得分</th><th>实得分</th><th>备注</th></tr>
</thead>
<tbody>
{rows_html}
</tbody>
</table>
<p>检查人员签字：　　　　　　被检查单位负责人签字：</p>
</div>
<div class="footer">版权所有：南湖市总工会　地址：南湖市建设路18号　电话：0573-8208xxxx</div>
</body>
</html>
"""
    (HERE / "u05_html_thead_subtotals.html").write_text(html, encoding="utf-8")
    gold("u05", ["u05_html_thead_subtotals.html"], title, 2024, 100.0, cats, items,
         notes="category points are the 小计 rows; 实得分 and 备注 columns are empty")


# ----------------------------------------------------------------------------- u06


def _w(s):
    """Display width of s (CJK and full-width characters count 2)."""
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _pad(s, width):
    return s + " " * max(1, width - _w(s))


def u06():
    """txt, fixed-width columns padded with spaces; long criteria wrap onto continuation lines."""
    title = "东山县总工会2024年度乡镇（街道）工会工作考核评分表"
    sections = [
        ("一", "组织工作", 35, [
            ("建会入会", ["新建工会组织完成目标任务的得10分，每少1家", "扣1分，扣完为止。"], 10, "组织科", "per_occurrence"),
            ("会员实名制", ["会员实名制录入率达95%以上的得10分，未达到的不得分。"], 10, "组织科", "threshold"),
            ("职代会", ["辖区内规模以上企业职代会建制率达90%以上的", "得15分，每低5个百分点扣3分。"], 15, "组织科", None),
        ]),
        ("二", "帮扶服务", 35, [
            ("困难职工帮扶", ["困难职工档案完整、帮扶措施落实的得15分。"], 15, "帮扶中心", "threshold"),
            ("送温暖活动", ["元旦春节送温暖活动覆盖在档困难职工100%的得10分。"], 10, "帮扶中心", "threshold"),
            ("职工之家", ["建成县级以上模范职工之家（小家）1个以上的", "得10分。"], 10, "组织科", "threshold"),
        ]),
        ("三", "经费管理", 30, [
            ("经费收缴", ["工会经费、会费按时足额收缴的得20分，每拖欠", "一个月扣2分。"], 20, "财务科", None),
            ("经费使用", ["经费使用规范，无违规违纪问题的得10分。"], 10, "经审办", "threshold"),
        ]),
    ]
    widths = (6, 16, 56, 6)
    lines = [title.center(40), "", "    考核对象：全县各乡镇（街道）总工会。考核满分100分，由县总工会各科室按分工评分。", ""]
    lines.append(_pad("序号", widths[0]) + _pad("考核项目", widths[1]) + _pad("考核内容及评分标准", widths[2])
                 + _pad("分值", widths[3]) + "责任科室")
    lines.append("-" * 96)
    cats, items = [], []
    n = 1
    for code, name, pts, rows in sections:
        lines.append(f"{code}、{name}（{pts}分）")
        cats.append(cat(name, float(pts), code=code))
        for head, crit_lines, ipts, dept, rule in rows:
            lines.append(_pad(str(n), widths[0]) + _pad(head, widths[1]) + _pad(crit_lines[0], widths[2])
                         + _pad(fmt(ipts), widths[3]) + dept)
            for more in crit_lines[1:]:
                lines.append(" " * (widths[0] + widths[1]) + more)
            crit = "".join(crit_lines)
            items.append(item(name, str(n), head, float(ipts), criteria=crit, departments=[dept], rule=rule))
            n += 1
    lines.append("-" * 96)
    lines.append(_pad("合计", widths[0] + widths[1] + widths[2]) + "100")
    lines += ["", "    东山县总工会", "    2024年2月28日", ""]
    (HERE / "u06_txt_fixed_width.txt").write_text("\n".join(lines), encoding="utf-8")
    gold("u06", ["u06_txt_fixed_width.txt"], title, 2024, 100.0, cats, items,
         notes="columns are aligned with spaces (CJK counted double width); four criteria wrap onto a "
               "continuation line that starts under the criteria column")


# ----------------------------------------------------------------------------- u07


def u07():
    """docx weights-only indicator table: 一级指标 | 权重 | 二级指标 | 权重 | 评价要点, no points."""
    title = "2024年度市直机关工会工作综合评价指标体系"
    tree = [
        ("组织建设", 30, [
            ("基层组织建设", 15, "基层工会组织健全，按期换届，委员配备齐全"),
            ("会员管理", 15, "会员实名制入库，会籍接转及时，会员档案规范"),
        ]),
        ("民主管理", 25, [
            ("职代会制度", 15, "按规定召开职工代表大会，审议涉及职工切身利益的重要事项"),
            ("政务公开", 10, "公开内容真实、程序规范、时间及时，职工知晓率高"),
        ]),
        ("服务职工", 30, [
            ("困难帮扶", 10, "困难职工档案完整，帮扶资金发放规范"),
            ("职工文化", 10, "组织开展职工文体活动，职工书屋正常运行"),
            ("劳动竞赛", 10, "围绕中心工作开展岗位练兵、技能比武"),
        ]),
        ("经费保障", 15, [
            ("经费收缴", 10, "工会经费按时足额拨缴"),
            ("经费审查", 5, "经审组织健全，按年度开展审查监督"),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    d.add_paragraph("综合评价采用加权计分法：各二级指标按100分制评价后乘以该指标权重，加总为综合得分。"
                    "评价结果分为好、较好、一般、差四个档次。")
    rows = sum(len(x[2]) for x in tree)
    t = d.add_table(rows=rows + 1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["一级指标", "权重", "二级指标", "权重", "评价要点"]):
        set_cell(t.cell(0, c), h, bold=True)
    cats, items = [], []
    r = 1
    for n1, w1, rows_ in tree:
        cats.append(cat(n1, None, weight=w1 / 100))
        start = r
        for n2, w2, text in rows_:
            set_cell(t.cell(r, 2), n2)
            set_cell(t.cell(r, 3), f"{w2}%")
            set_cell(t.cell(r, 4), text)
            items.append(item(n1, None, text, None, name=n2, weight=w2 / 100))
            r += 1
        merge_down(t, 0, start, r - 1, n1)
        merge_down(t, 1, start, r - 1, f"{w1}%")
    d.save(HERE / "u07_weights_only_indicators.docx")
    gold("u07", ["u07_weights_only_indicators.docx"], title, 2024, None, cats, items,
         grades=[{"name": "好"}, {"name": "较好"}, {"name": "一般"}, {"name": "差"}],
         notes="no points anywhere: item weights are absolute shares of the whole (they sum to 100% overall, "
               "and to the category weight within each category); the 权重 column of the 一级指标 is merged down")


# ----------------------------------------------------------------------------- u08


def u08():
    """docx deduction-only checklist: 检查内容 | 扣分标准, base 100 stated only in prose."""
    title = "2024年度基层工会规范化建设检查扣分细则"
    rows = [
        ("组织机构", "工会委员会、经费审查委员会、女职工委员会健全", "每缺一个组织扣2分", "per_occurrence"),
        ("换届选举", "按期换届，选举程序规范、资料齐全", "未按期换届扣5分；资料每缺一项扣1分", None),
        ("会员台账", "会员名册、入会申请书等台账齐全", "每缺一项扣1分", "per_occurrence"),
        ("职代会", "每年至少召开一次职工代表大会，决议事项落实", "未召开扣10分；会议资料每缺一项扣1分", None),
        ("厂务公开", "公开栏定期更新，公开内容规范", "每发现一处问题扣0.5分", "per_occurrence"),
        ("会费收缴", "会费收缴有记录、按时上缴", "每拖欠一个月扣1分", "per_occurrence"),
        ("帮扶台账", "困难职工档案完整，实行动态管理", "每缺一份档案扣0.5分", "per_occurrence"),
        ("安全生产监督", "建立劳动保护监督检查组织，开展“安康杯”竞赛", "未建立组织扣3分；未开展竞赛扣2分", "components"),
        ("职工书屋", "书屋正常开放，有借阅记录", "未开放扣3分；无借阅记录扣1分", "components"),
        ("女职工工作", "落实女职工特殊劳动保护，建立“爱心妈咪小屋”", "每缺一项扣1分", "per_occurrence"),
    ]
    d = new_doc()
    heading(d, title)
    d.add_paragraph("一、检查方式。区总工会组成检查组，采取查阅资料、实地查看、个别访谈等方式进行。")
    d.add_paragraph("二、计分办法。检查采取百分制扣分法，基础分100分，按下表扣分标准逐项扣分，各项扣分扣完为止。"
                    "得分90分以上的评为规范化建设示范单位。")
    d.add_paragraph("三、扣分标准")
    t = d.add_table(rows=len(rows) + 1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["序号", "检查项目", "检查内容", "扣分标准"]):
        set_cell(t.cell(0, c), h, bold=True)
    items = []
    for i, (head, content, crit, rule) in enumerate(rows, start=1):
        for c, v in enumerate([str(i), head, content, crit]):
            set_cell(t.cell(i, c), v)
        items.append(item("", str(i), content, None, criteria=crit, rule=rule, name=head))
    d.save(HERE / "u08_deduction_checklist.docx")
    gold("u08", ["u08_deduction_checklist.docx", "u08_deduction_checklist.pdf"], title, 2024, 100.0, [], items,
         base_points=100.0, scoring_model="deduction",
         grades=[{"name": "规范化建设示范单位", "min_score": 90}],
         notes="base 100 is only in the prose paragraph 二、计分办法; the table has no points column")


# ----------------------------------------------------------------------------- u09


def u09():
    """docx with a w:tblHeader header row, the header repeated mid-table, and a contact table after."""
    title = "2024年度市总工会机关部室目标管理考核评分表"
    rows = [
        ("年度工作计划", "按时制定部室年度工作计划并报送办公室", "按时报送得5分，逾期不得分", ["办公室"]),
        ("重点工作推进", "市总工会重点工作任务按节点推进", "全部按节点完成得5分，每延误一项扣1分", ["办公室"]),
        ("信息报送", "全年报送工作信息不少于10篇", "每少1篇扣0.5分", ["办公室"]),
        ("调研报告", "年内形成有分量的调研报告1篇以上", "形成并被采用得5分", ["研究室"]),
        ("建会入会", "指导基层新建工会组织，完成入会目标任务", "完成得5分，完成80%以上得3分", ["组织部"]),
        ("职代会建设", "推进企事业单位职代会制度建设", "建制率达标得5分", ["组织部"]),
        ("工会干部培训", "举办基层工会干部培训班不少于2期", "每少1期扣2.5分", ["组织部"]),
        ("集体协商", "开展工资集体协商要约行动", "完成年度任务得5分", ["权益保障部"]),
        ("劳动争议调解", "参与劳动争议调解，调解成功率达80%以上", "达标得5分", ["权益保障部"]),
        ("安全生产监督", "组织开展“安康杯”竞赛和群众安全生产监督检查", "开展并有总结得5分", ["权益保障部"]),
        ("困难职工帮扶", "困难职工档案动态管理，帮扶资金规范发放", "检查无问题得5分，每发现一处问题扣1分", ["帮扶中心"]),
        ("金秋助学", "按时完成金秋助学资金发放", "按时发放得5分", ["帮扶中心"]),
        ("劳动竞赛", "组织开展市级劳动和技能竞赛", "开展2项以上得5分，1项得3分", ["经济技术部"]),
        ("职工创新", "推荐职工创新成果参加省级评选", "有成果获奖得5分", ["经济技术部"]),
        ("宣传阵地", "市总工会网站、公众号按时更新", "每周更新得5分", ["宣教部"]),
        ("职工书屋", "新建职工书屋示范点10个以上", "完成得5分，每少1个扣0.5分", ["宣教部"]),
        ("女职工工作", "推进女职工权益保护专项集体合同签订", "签订率达80%以上得5分", ["女职工部"]),
        ("经费收缴", "工会经费收缴完成率达100%", "完成得5分，每低1个百分点扣0.5分", ["财务部"]),
        ("经费审查", "开展经费审查监督，出具审查报告", "按时出具得5分", ["经审办"]),
        ("党风廉政建设", "落实党风廉政建设责任制", "无违纪问题得5分", ["机关党委"]),
    ]
    d = new_doc()
    heading(d, title)
    d.add_paragraph("为加强机关效能建设，市总工会对机关各部室实行目标管理考核。考核满分100分，各项由牵头部门评分，"
                    "考核结果作为部室评先评优的依据。")
    header = ["序号", "考核内容", "目标要求", "评分标准", "分值", "牵头部门"]
    repeat_at = 11  # the header row is printed again before item 11, as in a table pasted from a two-page PDF
    t = d.add_table(rows=len(rows) + 3, cols=len(header))
    t.style = "Table Grid"
    for c, h in enumerate(header):
        set_cell(t.cell(0, c), h, bold=True)
    repeat_header(t.rows[0])
    items = []
    r = 1
    for i, (head, target, crit, depts) in enumerate(rows, start=1):
        if i == repeat_at:
            for c, h in enumerate(header):
                set_cell(t.cell(r, c), h, bold=True)
            r += 1
        for c, v in enumerate([str(i), head, target, crit, "5", "、".join(depts)]):
            set_cell(t.cell(r, c), v)
        items.append(item("", str(i), target, 5.0, criteria=crit, departments=depts, name=head))
        r += 1
    set_cell(t.cell(r, 0), "合计")
    set_cell(t.cell(r, 4), "100")
    d.add_paragraph("")
    d.add_paragraph("附件2")
    heading(d, "考核工作联系人名单", 12)
    contacts = [("办公室", "张丽", "副主任", "0571-87650101"), ("组织部", "李明", "部长", "0571-87650102"),
                ("权益保障部", "王强", "副部长", "0571-87650103"), ("帮扶中心", "赵敏", "主任", "0571-87650104"),
                ("财务部", "陈静", "科员", "0571-87650105"), ("经审办", "刘洋", "主任", "0571-87650106")]
    t2 = d.add_table(rows=len(contacts) + 1, cols=5)
    t2.style = "Table Grid"
    for c, h in enumerate(["序号", "部门", "联系人", "职务", "联系电话"]):
        set_cell(t2.cell(0, c), h, bold=True)
    for i, row in enumerate(contacts, start=1):
        for c, v in enumerate([str(i), *row]):
            set_cell(t2.cell(i, c), v)
    d.save(HERE / "u09_repeated_header_contacts.docx")
    gold("u09", ["u09_repeated_header_contacts.docx", "u09_repeated_header_contacts.pdf"], title, 2024, 100.0, [],
         items,
         expected_flags=[{"kind": "non_scheme_table", "table": 1,
                          "note": "考核工作联系人名单 (部门 | 联系人 | 职务 | 联系电话): not items"}],
         notes="the first row carries w:tblHeader (LibreOffice repeats it at the top of each PDF page) and the "
               "header is also typed again as a row before item 11; columns 考核内容 (name) | 目标要求 (text) | "
               "评分标准 (criteria)")


# ----------------------------------------------------------------------------- u10


def u10():
    """docx 工作总结 (not a scheme): figures, 分 and 考核 in prose, a statistics table."""
    d = new_doc()
    heading(d, "西湾区总工会2023年工作总结")
    paras = [
        "2023年，区总工会在区委和市总工会的坚强领导下，紧紧围绕全区中心工作，团结动员广大职工建功立业，各项工作取得新成效。"
        "在市总工会年度目标考核中得分96.5分，位列全市第二，被评为优秀等次。",
        "一、坚持思想引领，职工队伍建设不断加强",
        "全年组织开展宣讲活动42场次，覆盖职工1.2万人次；评选区级劳动模范20名、工匠15名。",
        "二、聚焦主责主业，维权服务更加有力",
        "（一）推进集体协商。全区签订集体合同386份，覆盖职工4.5万人，集体合同签订率达到91.3%。",
        "（二）做好困难职工帮扶。全年走访慰问困难职工612户，发放慰问金183.6万元；金秋助学资助学生98名，发放助学金49万元。",
        "（三）深化安全生产监督。组织“安康杯”竞赛参赛班组1260个，排查整改隐患2317处。",
        "三、夯实基层基础，组织覆盖持续扩大",
        "全年新建工会组织56家，发展会员3210人，建会率达到92.5%；会费收缴率100%，较上年提高2个百分点。"
        "职工书屋新建示范点12个，全区职工书屋累计达到85家。",
        "四、2023年主要工作指标完成情况",
    ]
    for p in paras:
        d.add_paragraph(p)
    stats = [("新建工会组织", "50家", "56家", "112%"), ("发展会员", "3000人", "3210人", "107%"),
             ("集体合同签订率", "90%", "91.3%", "达标"), ("困难职工走访", "600户", "612户", "102%"),
             ("职工书屋示范点", "10个", "12个", "120%")]
    t = d.add_table(rows=len(stats) + 1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["指标", "年度目标", "完成情况", "完成率"]):
        set_cell(t.cell(0, c), h, bold=True)
    for i, row in enumerate(stats, start=1):
        for c, v in enumerate(row):
            set_cell(t.cell(i, c), v)
    for p in ["五、存在的不足和2024年工作打算",
              "一是部分新建工会组织运行不够规范；二是服务职工的精准度有待提高。2024年，区总工会将重点做好以下工作：",
              "（一）深入开展劳动和技能竞赛，力争参赛职工达到2万人次。",
              "（二）推进工会户外劳动者服务站点建设，新建站点10个。",
              "（三）完善困难职工帮扶机制，做到应帮尽帮。",
              "西湾区总工会", "2024年1月10日"]:
        d.add_paragraph(p)
    d.save(HERE / "u10_work_summary_not_scheme.docx")
    data = {"fixtures": ["u10_work_summary_not_scheme.docx"], "kind": "not_a_scheme",
            "title": "西湾区总工会2023年工作总结", "year": 2023, "total_points": None,
            "categories": [], "items": [], "bonus": [], "deductions": [], "veto": [], "weights": [], "grades": [],
            "expected_flags": [{"kind": "not_a_scheme",
                                "note": "a work report: figures, 得分96.5分 and 考核 in prose, a 指标完成情况 "
                                        "table with no points; it sets no scoring rules"}]}
    (GOLD / "u10.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------- u11


def u11():
    """docx, two-row header (考核评分 over 标准分|自评分|考核得分) and 加分/扣分/一票否决 sections inside the table."""
    title = "2024年度区属企业工会工作考核评分表"
    rows = [
        ("组织建设", "企业工会组织健全，按期换届，会员入会率达95%以上。", 15, ["组织部"]),
        ("民主管理", "坚持职代会制度，每年至少召开1次职代会，厂务公开规范。", 15, ["组织部"]),
        ("集体协商", "开展工资集体协商，签订工资专项集体合同。", 10, ["权益保障部"]),
        ("安全生产", "开展“安康杯”竞赛和群众性安全生产监督检查，隐患整改率100%。", 10, ["权益保障部"]),
        ("劳动竞赛", "组织劳动和技能竞赛、职工技术创新活动，有方案、有总结。", 15, ["经济技术部"]),
        ("困难帮扶", "困难职工建档立卡，落实送温暖、金秋助学等帮扶措施。", 10, ["帮扶中心"]),
        ("女职工工作", "女职工组织健全，落实女职工特殊劳动保护。", 15, ["女职工部"]),
        ("经费管理", "按时足额拨缴工会经费，经审监督到位。", 10, ["财务部"]),
    ]
    bonus = [("创新工作", "工会工作创新做法被市级以上工会推广的，每项加2分", 2.0, "办公室"),
             ("表彰奖励", "获得市级以上工会表彰的，每项加1分", 1.0, "办公室")]
    deductions = [("信息报送", "未按时报送统计报表的，每次扣1分", -1.0, "办公室"),
                  ("安全事故", "发生较大以上安全生产事故的，扣5分", -5.0, "权益保障部")]
    veto_text = "企业发生重大群体性事件或重大安全生产责任事故的，实行一票否决"
    d = new_doc()
    heading(d, title)
    d.add_paragraph("考核对象：区属各企业工会。考核满分100分，另设加分项目（最高加5分）和扣分项目。")
    n_rows = 2 + len(rows) + 1 + len(bonus) + 1 + len(deductions) + 1 + 1
    t = d.add_table(rows=n_rows, cols=7)
    t.style = "Table Grid"
    for c, h in ((0, "序号"), (1, "考核项目"), (2, "考核内容及评分标准"), (6, "责任部门")):
        cell = t.cell(0, c).merge(t.cell(1, c))
        set_cell(cell, h, bold=True)
    top = t.cell(0, 3).merge(t.cell(0, 5))
    set_cell(top, "考核评分", bold=True)
    for c, h in ((3, "标准分"), (4, "自评分"), (5, "考核得分")):
        set_cell(t.cell(1, c), h, bold=True)
    items = []
    r = 2
    for i, (head, text, pts, depts) in enumerate(rows, start=1):
        for c, v in ((0, str(i)), (1, head), (2, text), (3, fmt(pts)), (6, "、".join(depts))):
            set_cell(t.cell(r, c), v)
        items.append(item("", str(i), text, float(pts), departments=depts, name=head))
        r += 1
    merge_across(t, r, "加分项目（最高加5分）", bold=True)
    r += 1
    gold_bonus, gold_ded = [], []
    for i, (head, text, pts, dept) in enumerate(bonus, start=1):
        for c, v in ((0, str(i)), (1, head), (2, text + "。"), (6, dept)):
            set_cell(t.cell(r, c), v)
        gold_bonus.append({"code": str(i), "name": head, "text": text, "points": pts, "cap": 5.0,
                           "departments": [dept]})
        r += 1
    merge_across(t, r, "扣分项目", bold=True)
    r += 1
    for i, (head, text, pts, dept) in enumerate(deductions, start=1):
        for c, v in ((0, str(i)), (1, head), (2, text + "。"), (6, dept)):
            set_cell(t.cell(r, c), v)
        gold_ded.append({"code": str(i), "name": head, "text": text, "points": pts, "departments": [dept]})
        r += 1
    merge_across(t, r, f"一票否决：{veto_text}。")
    r += 1
    set_cell(t.cell(r, 0), "合计")
    set_cell(t.cell(r, 3), "100")
    d.save(HERE / "u11_two_row_header_inline_bonus.docx")
    gold("u11", ["u11_two_row_header_inline_bonus.docx"], title, 2024, 100.0, [], items,
         bonus=gold_bonus, deductions=gold_ded, veto=[{"text": veto_text}],
         notes="header is two rows (考核评分 spans 标准分 | 自评分 | 考核得分; 序号/考核项目/考核内容/责任部门 merged "
               "down); 加分项目 / 扣分项目 section rows inside the same table restart the numbering at 1; the "
               "一票否决 row spans the width; 自评分 and 考核得分 are empty")


# ----------------------------------------------------------------------------- u12


def u12():
    """GB2312 html: points only inline （N分） in the criteria cell, several numbered items per cell (<br>)."""
    title = "2024年度县（市、区）总工会重点工作目标考核细则"
    groups = [
        ("一", "组织建设", 25, ["组织部"], [
            ("基层工会组建率达到90%以上", 5), ("会员实名制录入完成率达到95%以上", 10),
            ("按期完成基层工会换届选举", 10)]),
        ("二", "维权帮扶", 30, ["权益保障部", "帮扶中心"], [
            ("集体合同签订率达到85%以上", 10), ("困难职工帮扶资金发放及时准确", 10),
            ("开展职工法律援助，案件受理有台账", 10)]),
        ("三", "建功立业", 20, ["经济技术部"], [
            ("组织开展劳动和技能竞赛不少于2项", 10), ("推荐职工创新成果参加市级评选", 5),
            ("开展“劳模工匠进校园”活动", 5)]),
        ("四", "宣传教育", 10, ["宣教部"], [
            ("职工书屋正常开放，年借阅量人均2册以上", 5), ("向市总工会报送宣传信息不少于12篇", 5)]),
        ("五", "经费管理", 15, ["财务部", "经审办"], [
            ("工会经费收缴率达到100%", 10), ("经审工作按时完成", 5)]),
    ]
    cats, items, body = [], [], []
    for code, name, pts, depts, rows in groups:
        cats.append(cat(name, float(pts), code=code))
        lines = []
        for i, (text, ipts) in enumerate(rows, start=1):
            end = "。" if i == len(rows) else "；"
            lines.append(f"{i}.{text}（{ipts}分）{end}")
            items.append(item(name, str(i), text, float(ipts), departments=depts))
        cell = "<br>\n".join(lines)
        body.append(f'<tr><td width="120"><p class="MsoNormal">{code}、{name}（{pts}分）</p></td>'
                    f'<td width="420"><p class="MsoNormal">{cell}</p></td>'
                    f'<td width="100"><p class="MsoNormal">{"、".join(depts)}</p></td></tr>')
    rows_html = "\n".join(body)
    html = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=Generator content="Microsoft Word 15">
<title>{title}</title>
</head>
<body lang=ZH-CN>
<div class=WordSection1>
<p class=MsoNormal align=center><b>{title}</b></p>
<p class=MsoNormal>考核总分100分。各项工作由市总工会责任部门按考核细则评分。</p>
<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0>
<tr><td><p class=MsoNormal><b>考核项目</b></p></td><td><p class=MsoNormal><b>考核内容及评分标准</b></p></td><td><p class=MsoNormal><b>责任部门</b></p></td></tr>
{rows_html}
</table>
<p class=MsoNormal>说明：考核内容中未达到要求的，该项不得分。</p>
</div>
</body>
</html>
"""
    (HERE / "u12_gb2312_multi_items_per_cell.html").write_bytes(html.encode("gb2312"))
    gold("u12", ["u12_gb2312_multi_items_per_cell.html"], title, 2024, 100.0, cats, items,
         notes="Word-style HTML saved as GB2312; each row is a category (points in its first cell), and its "
               "criteria cell holds several numbered items separated by <br>, each with （N分） at the end; the "
               "department cell applies to every item of the row; no points column")


# ----------------------------------------------------------------------------- u13


def u13():
    """docx whose scoring table is nested inside the single cell of an outer frame table."""
    title = "2024年度开发区企业工会“职工之家”建设考核标准"
    rows = [
        ("组织健全", "工会组织机构健全，工会主席依法选举产生，配备专（兼）职工会干部。", 15),
        ("民主管理", "职代会制度健全，每年召开职代会不少于1次，厂务公开规范。", 15),
        ("维权机制", "签订集体合同和工资专项集体合同，建立劳动争议调解委员会。", 15),
        ("阵地建设", "有职工活动场所、职工书屋和“爱心妈咪小屋”，设施齐全并正常开放。", 20),
        ("服务职工", "开展困难职工帮扶、送温暖、金秋助学和职工疗休养活动。", 20),
        ("会员评家", "开展会员评家活动，会员满意率达85%以上。", 15),
    ]
    d = new_doc()
    outer = d.add_table(rows=3, cols=1)
    outer.style = "Table Grid"
    set_cell(outer.cell(0, 0), title, bold=True)
    set_cell(outer.cell(1, 0), "考核采取听取汇报、查阅资料、实地查看和职工问卷相结合的方式，满分100分，85分以上为合格。")
    host = outer.cell(2, 0)
    inner = host.add_table(rows=len(rows) + 2, cols=4)
    inner.style = "Table Grid"
    for c, h in enumerate(["序号", "考核项目", "考核标准", "分值"]):
        set_cell(inner.cell(0, c), h, bold=True)
    items = []
    for i, (head, text, pts) in enumerate(rows, start=1):
        for c, v in enumerate([str(i), head, text, fmt(pts)]):
            set_cell(inner.cell(i, c), v)
        items.append(item("", str(i), text, float(pts), name=head))
    set_cell(inner.cell(len(rows) + 1, 0), "合计")
    set_cell(inner.cell(len(rows) + 1, 3), "100")
    d.add_paragraph("开发区总工会　2024年4月")
    d.save(HERE / "u13_nested_table_in_frame.docx")
    gold("u13", ["u13_nested_table_in_frame.docx"], title, 2024, 100.0, [], items,
         grades=[{"name": "合格", "min_score": 85}],
         notes="the whole notice is a one-column frame table: title row, prose row, and a cell that holds the "
               "scoring table as a nested table (w:tbl inside w:tc)")


# ----------------------------------------------------------------------------- u14


def u14():
    """xlsx, category column filled on its first row only (no merge), points headed 权重（分）, a 考核方式 column."""
    title = "2024年度乡镇（街道）工会工作实绩考核表"
    groups = [
        ("基础工作", [
            ("工会组建", "新建工会组织完成年度任务，单独建会企业规范运行", 10, "查阅资料"),
            ("会员发展", "农民工、新就业形态劳动者入会完成年度任务", 10, "查阅资料"),
            ("会费收缴", "工会经费和会费按时足额收缴", 10, "查阅台账"),
        ]),
        ("重点工作", [
            ("集体协商", "区域性、行业性工资集体协商覆盖率达80%以上", 15, "查阅资料"),
            ("困难帮扶", "在档困难职工帮扶全覆盖，帮扶资金规范使用", 15, "实地查看"),
            ("安全生产", "组织开展“安康杯”竞赛和群众安全生产监督检查", 10, "实地查看"),
        ]),
        ("特色工作", [
            ("服务站点", "建成工会户外劳动者服务站点并正常运行", 15, "实地查看"),
            ("品牌创建", "打造工会工作特色品牌，经验做法被上级推广", 15, "查阅资料"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "考核表"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    for c, h in enumerate(["类别", "指标", "考核标准", "权重（分）", "考核方式"], start=1):
        ws.cell(2, c, h).font = Font(bold=True)
    cats, items = [], []
    r = 3
    for cname, rows in groups:
        cats.append(cat(cname, None))
        for i, (head, text, pts, how) in enumerate(rows):
            if i == 0:
                ws.cell(r, 1, cname)
            for c, v in ((2, head), (3, text), (4, pts), (5, how)):
                ws.cell(r, c, v)
            items.append(item(cname, None, text, float(pts), name=head, method=how))
            r += 1
    ws.cell(r, 1, "合计")
    ws.cell(r, 4, f"=SUM(D3:D{r - 1})")
    ws.cell(r + 2, 1, "注：各项按考核标准评分，完全达到的得满分，部分达到的酌情扣分。")
    for col, w in zip("ABCDE", (10, 12, 50, 10, 12)):
        ws.column_dimensions[col].width = w
    save_calculated(wb, "u14_blank_below_categories_points_as_quanzhong.xlsx")
    gold("u14", ["u14_blank_below_categories_points_as_quanzhong.xlsx"], title, 2024, 100.0, cats, items,
         notes="category label only on the first row of its group (no merged cells, blanks below); the points "
               "column is headed 权重（分） (points, not a fraction); 考核方式 is the method; a 注 row after 合计")


# ----------------------------------------------------------------------------- u15


def u15():
    """docx, 考核部门 merged down over the block of items it rates (no category column)."""
    title = "2024年度街道总工会重点工作考核评分表"
    blocks = [
        (["组织部"], [
            ("完成新建工会组织和发展会员任务", "完成任务得10分，每少完成10%扣2分", 10, None),
            ("规范基层工会换届和会员实名制管理", "全部规范得10分，抽查发现问题每处扣1分", 10, None),
            ("推进职代会和厂务公开制度建设", "建制率达90%以上得10分", 10, "threshold"),
        ]),
        (["权益保障部"], [
            ("开展工资集体协商要约行动", "完成年度任务得10分", 10, "threshold"),
            ("开展“安康杯”竞赛和安全生产监督检查", "有方案、有检查、有总结得10分", 10, "threshold"),
        ]),
        (["帮扶中心"], [
            ("困难职工帮扶和送温暖活动", "帮扶台账完整、资金发放规范得15分", 15, "threshold"),
            ("金秋助学和职工医疗互助", "按时完成得10分，逾期不得分", 10, "threshold"),
        ]),
        (["财务部", "经审办"], [
            ("工会经费收缴和使用管理", "收缴率100%、使用规范得15分", 15, "threshold"),
            ("经费审查监督", "按时开展审查并形成报告得10分", 10, "threshold"),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    d.add_paragraph("各街道总工会：现将2024年度重点工作考核评分表印发给你们，考核满分100分。")
    n = sum(len(b[1]) for b in blocks)
    t = d.add_table(rows=n + 2, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["序号", "考核内容", "评分标准", "分值", "考核部门"]):
        set_cell(t.cell(0, c), h, bold=True)
    items = []
    r, k = 1, 1
    for depts, rows in blocks:
        start = r
        for text, crit, pts, rule in rows:
            for c, v in enumerate([str(k), text, crit, fmt(pts)]):
                set_cell(t.cell(r, c), v)
            items.append(item("", str(k), text, float(pts), criteria=crit, departments=depts, rule=rule))
            r += 1
            k += 1
        merge_down(t, 4, start, r - 1, "、".join(depts))
    set_cell(t.cell(r, 0), "合计")
    set_cell(t.cell(r, 3), "100")
    d.save(HERE / "u15_merged_department_column.docx")
    gold("u15", ["u15_merged_department_column.docx"], title, 2024, 100.0, [], items,
         notes="no category column: the 考核部门 column is merged down over each block of items; it is a department "
               "for every item of the block, not a category")


# ----------------------------------------------------------------------------- u16


def u16():
    """html from an old CMS: the article (and its scheme table) sits inside nested layout tables."""
    title = "关于开展2024年度“职工书屋”示范点考评工作的通知"
    scheme_title = "“职工书屋”示范点考评标准"
    rows = [
        ("场地设施", "有固定场所，面积不少于40平方米，照明通风良好", 15),
        ("图书资源", "藏书2000册以上，年新增图书不少于200册，配备电子阅读终端", 25),
        ("管理制度", "有专人管理，借阅制度健全，借阅台账完整", 20),
        ("开放时间", "每周开放不少于5天，每天不少于4小时", 10),
        ("读书活动", "年内组织读书分享、征文、知识竞赛等活动不少于4次", 20),
        ("职工评价", "职工满意率达90%以上", 10),
    ]
    items = []
    body = []
    for i, (head, text, pts) in enumerate(rows, start=1):
        body.append(f"<tr><td>{i}</td><td>{head}</td><td>{text}</td><td>{pts}</td></tr>")
        items.append(item("", str(i), text, float(pts), name=head))
    rows_html = "\n".join(body)
    html = f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}</title></head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/banner.jpg" width="980" height="120"></td></tr>
<tr><td height="30">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/tzgg/">通知公告</a></td></tr>
<tr><td>
 <table width="100%" border="0" cellpadding="0" cellspacing="0">
 <tr>
  <td width="200" valign="top">
   <table width="100%"><tr><td><a href="/gzdt/">工作动态</a></td></tr><tr><td><a href="/tzgg/">通知公告</a></td></tr>
   <tr><td><a href="/zcfg/">政策法规</a></td></tr></table>
  </td>
  <td width="780" valign="top">
   <table width="100%" border="0" cellpadding="0" cellspacing="0">
   <tr><td align="center" height="50"><strong>{title}</strong></td></tr>
   <tr><td align="center">发布日期：2024-03-18　　点击数：356</td></tr>
   <tr><td>
    <p>各基层工会：</p>
    <p>为推进职工书屋建设，市总工会决定开展2024年度“职工书屋”示范点考评工作。考评满分100分，得分85分以上的命名为示范点。</p>
    <p align="center"><strong>{scheme_title}</strong></p>
    <table border="1" cellspacing="0" cellpadding="4" width="100%">
    <tr><td>序号</td><td>考评项目</td><td>考评内容</td><td>分值</td></tr>
{rows_html}
    <tr><td colspan="3">合计</td><td>100</td></tr>
    </table>
    <p>联系人：刘老师　　电话：0512-6523xxxx</p>
    <p align="right">市总工会宣教部<br>2024年3月18日</p>
   </td></tr>
   </table>
  </td>
 </tr>
 </table>
</td></tr>
<tr><td align="center">主办：××市总工会　　备案号：苏ICP备xxxxxxxx号</td></tr>
</table>
</body>
</html>
"""
    (HERE / "u16_html_layout_tables.html").write_text(html, encoding="utf-8")
    gold("u16", ["u16_html_layout_tables.html"], scheme_title, 2024, 100.0, [], items,
         title_alternatives=[title], grades=[{"name": "示范点", "min_score": 85}],
         notes="an old-CMS page: banner, breadcrumb, left menu and article are laid out with nested tables; the "
               "scheme table is three levels deep inside layout tables")


# ----------------------------------------------------------------------------- u17


def u17():
    """docx table WITHOUT borders (Word's plain table), and its PDF: a borderless, whitespace-aligned table."""
    title = "2024年度机关工会小组工作考核细则"
    groups = [
        ("组织生活", [
            ("按时召开工会小组会议，每季度不少于1次", 10, "每少1次扣2.5分", "per_occurrence"),
            ("会员按时交纳会费，台账清楚", 10, "全部按时得10分，每拖欠1人次扣1分", None),
        ]),
        ("活动开展", [
            ("组织会员参加机关工会文体活动", 15, "参与率达80%以上得15分，60%至80%得10分", "tiers"),
            ("开展读书、技能比武等小组活动", 15, "每开展1次得5分，最高15分", "per_occurrence"),
            ("开展走访慰问困难会员活动", 10, "按要求开展得10分", "threshold"),
        ]),
        ("民主管理", [
            ("收集会员意见建议并及时反馈", 15, "有记录、有反馈得15分", "threshold"),
            ("参与机关民主评议和政务公开监督", 10, "按要求参与得10分", "threshold"),
        ]),
        ("宣传信息", [
            ("向机关工会报送小组活动信息", 15, "全年报送6篇以上得15分，每少1篇扣2.5分", None),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    d.add_paragraph("考核对象为机关各工会小组，满分100分，由机关工会委员会评分。")
    n = sum(len(g[1]) for g in groups)
    t = d.add_table(rows=n + len(groups) + 1, cols=4)  # default style: no borders
    for c, h in enumerate(["序号", "考核内容", "分值", "评分标准"]):
        set_cell(t.cell(0, c), h, bold=True)
    cats, items = [], []
    r, k = 1, 1
    nums = "一二三四五"
    for gi, (cname, rows) in enumerate(groups):
        set_cell(t.cell(r, 0), nums[gi])
        set_cell(t.cell(r, 1), cname, bold=True)
        set_cell(t.cell(r, 2), fmt(sum(p for _, p, _, _ in rows)))
        cats.append(cat(cname, float(sum(p for _, p, _, _ in rows)), code=nums[gi]))
        r += 1
        for text, pts, crit, rule in rows:
            for c, v in enumerate([str(k), text, fmt(pts), crit]):
                set_cell(t.cell(r, c), v)
            items.append(item(cname, str(k), text, float(pts), criteria=crit, rule=rule))
            r += 1
            k += 1
    d.save(HERE / "u17_borderless_table.docx")
    gold("u17", ["u17_borderless_table.docx", "u17_borderless_table.pdf"], title, 2024, 100.0, cats, items,
         notes="table without any borders (the PDF is a whitespace-aligned table with no ruling lines); category "
               "rows are 一 / 二 … with the category's points in the points column; no 合计 row")


# ----------------------------------------------------------------------------- u18


def u18():
    """docx whose scheme table is split into two tables; the second has no header and a （续） category cell."""
    title = "2024年度市级产业工会工作考核评分表"
    groups = [
        ("组织建设", 30, [
            ("指导基层工会规范化建设，达标率达70%以上", 10),
            ("推进新就业形态劳动者入会", 10),
            ("基层工会按期换届", 10),
        ]),
        ("维权服务", 40, [
            ("推进行业性工资集体协商", 10),
            ("开展“安康杯”竞赛", 10),
            ("做好困难职工帮扶工作", 10),
            ("开展职工疗休养活动", 10),
        ]),
        ("建功立业", 30, [
            ("组织行业劳动和技能竞赛", 15),
            ("推荐劳模工匠人选", 15),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    d.add_paragraph("考核满分100分，由市总工会各部门按考核内容评分。")
    flat = [(cname, cp, text, pts) for cname, cp, rows in groups for text, pts in rows]
    split = 5  # rows 1-5 in the first table, 6-9 in the second (the 维权服务 category is cut)
    cats = [cat(c, float(p)) for c, p, _ in groups]
    items = []

    def table(rows, with_header, first_no):
        t = d.add_table(rows=len(rows) + (1 if with_header else 0), cols=4)
        t.style = "Table Grid"
        r = 0
        if with_header:
            for c, h in enumerate(["考核类别", "序号", "考核内容", "分值"]):
                set_cell(t.cell(0, c), h, bold=True)
            r = 1
        spans = []
        for i, (cname, cp, text, pts) in enumerate(rows):
            for c, v in ((1, str(first_no + i)), (2, text), (3, fmt(pts))):
                set_cell(t.cell(r + i, c), v)
            if spans and spans[-1][0] == cname:
                spans[-1][2] = r + i
            else:
                spans.append([cname, r + i, r + i, cp])
        for cname, a, b, cp in spans:
            cont = with_header is False and a == 0 and cname == flat[split - 1][0]
            merge_down(t, 0, a, b, f"{cname}（续）" if cont else f"{cname}（{cp}分）")
        return t

    table(flat[:split], True, 1)
    d.add_paragraph("")
    table(flat[split:], False, split + 1)
    for i, (cname, _, text, pts) in enumerate(flat, start=1):
        items.append(item(cname, str(i), text, float(pts)))
    d.add_paragraph("注：考核得分90分以上为优秀。")
    d.save(HERE / "u18_split_table_continued.docx")
    gold("u18", ["u18_split_table_continued.docx"], title, 2024, 100.0, cats, items,
         grades=[{"name": "优秀", "min_score": 90}],
         notes="the table is split in two (as when a Word table is broken at a page); the second table has no "
               "header row and its first category cell reads 维权服务（续）, continuing the category cut at item 5")


def pdfs():
    for name in ("u01_district_three_level_merged.docx", "u04_city_prose_articles.docx", "u02_industry_title_rows_in_table.docx", "u08_deduction_checklist.docx",
                 "u09_repeated_header_contacts.docx", "u17_borderless_table.docx"):
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(HERE / name)],
                       check=True, capture_output=True, timeout=180)


# ----------------------------------------------------------------------------- u19


def u19():
    """docx notice with two independent scoring tables (附件1 for 县区总工会, 附件2 for 产业工会), each 100 points."""
    title = "关于开展2024年度工会工作目标考核的通知"
    schemes = [
        ("附件1", "县（市、区）总工会工作目标考核评分表", [
            ("组织建设", 40, [("推进基层工会组建和会员发展", 20), ("规范基层工会换届选举", 20)]),
            ("维权服务", 60, [("推行区域性行业性集体协商", 20), ("困难职工帮扶全覆盖", 20), ("建设户外劳动者服务站点", 20)]),
        ]),
        ("附件2", "产业工会工作目标考核评分表", [
            ("组织建设", 50, [("指导系统内基层工会规范化建设", 25), ("推进系统内职代会制度建设", 25)]),
            ("建功立业", 50, [("组织行业劳动和技能竞赛", 30), ("选树行业劳模工匠", 20)]),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    d.add_paragraph("各县（市、区）总工会、各产业工会：")
    d.add_paragraph("为推动年度重点工作落实，市总工会决定对县（市、区）总工会和产业工会分别开展年度目标考核，"
                    "考核评分表见附件1、附件2，满分均为100分。请于12月15日前报送自评材料。")
    d.add_paragraph("江州市总工会　2024年10月8日")
    cats, items = [], []
    for label, stitle, groups in schemes:
        d.add_page_break()
        d.add_paragraph(label)
        heading(d, stitle, 14)
        n = sum(len(g[2]) for g in groups)
        t = d.add_table(rows=n + len(groups) + 2, cols=4)
        t.style = "Table Grid"
        for c, h in enumerate(["序号", "考核内容", "分值", "评分标准"]):
            set_cell(t.cell(0, c), h, bold=True)
        cats.append(cat(stitle, 100.0, label=label))
        r, k = 1, 1
        for ci, (cname, cp, rows) in enumerate(groups):
            merge_across(t, r, f"{'一二三'[ci]}、{cname}（{cp}分）", bold=True)
            cats.append(cat(cname, float(cp), parent=stitle))
            r += 1
            for text, pts in rows:
                crit = f"全面完成得{pts}分，部分完成酌情扣分"
                for c, v in enumerate([str(k), text, fmt(pts), crit]):
                    set_cell(t.cell(r, c), v)
                items.append(item(cname, str(k), text, float(pts), criteria=crit, rule="manual", form=stitle))
                r += 1
                k += 1
        set_cell(t.cell(r, 0), "合计")
        set_cell(t.cell(r, 2), "100")
    d.save(HERE / "u19_two_schemes_two_annexes.docx")
    gold("u19", ["u19_two_schemes_two_annexes.docx"], title, 2024, 100.0, cats, items,
         notes="two independent schemes for two kinds of unit in one notice (附件1, 附件2), each worth 100; written "
               "as two top-level categories named by the annex titles (as the corpus does for forms/sheets); both "
               "have a category 组织建设, told apart by `form`; codes restart at 1 in each annex")


# ----------------------------------------------------------------------------- u20


def u20():
    """html whose category cells are <th scope="row" rowspan> row headers inside <tbody>."""
    title = "2024年度基层工会财务管理工作检查评分表"
    groups = [
        ("财务制度", [("建立健全工会财务管理制度并严格执行", 10), ("工会经费独立核算，设立独立账户", 10)]),
        ("预算管理", [("按时编制年度预决算并经审查委员会审查", 15), ("预算执行率达到90%以上", 10)]),
        ("收支管理", [("工会经费按时足额拨缴", 15), ("支出范围和标准符合规定", 15), ("票据合规，审批手续齐全", 10)]),
        ("资产管理", [("工会资产账实相符，定期盘点", 15)]),
    ]
    cats, items, body = [], [], []
    k = 1
    for cname, rows in groups:
        cats.append(cat(cname, None))
        for i, (text, pts) in enumerate(rows):
            th = f'<th scope="row" rowspan="{len(rows)}">{cname}</th>' if i == 0 else ""
            body.append(f"<tr>{th}<td>{k}</td><td>{text}</td><td>{pts}</td><td></td></tr>")
            items.append(item(cname, str(k), text, float(pts)))
            k += 1
    rows_html = "\n".join(body)
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title></head>
<body>
<h2 style="text-align:center">{title}</h2>
<p>被检查单位：________________　　检查日期：____年__月__日</p>
<table border="1">
<thead><tr><th scope="col">检查项目</th><th scope="col">序号</th><th scope="col">检查内容</th><th scope="col">标准分</th><th scope="col">得分</th></tr></thead>
<tbody>
{rows_html}
</tbody>
<tfoot><tr><th scope="row" colspan="3">总分</th><td>100</td><td></td></tr></tfoot>
</table>
<p>检查组成员签字：</p>
</body></html>
"""
    (HERE / "u20_html_th_row_headers.html").write_text(html, encoding="utf-8")
    gold("u20", ["u20_html_th_row_headers.html"], title, 2024, 100.0, cats, items,
         expected_flags=[],
         notes="category cells are <th scope=row rowspan> inside <tbody>; the total is in <tfoot> (总分); a blank "
               "form line (被检查单位：____) above the table; 得分 column empty")


# ----------------------------------------------------------------------------- u21


def u21():
    """docx 考核结果通报 (not a scheme): a results table 单位 | 得分 | 等次 and prose with 分."""
    d = new_doc()
    heading(d, "关于2023年度基层工会工作目标考核结果的通报")
    d.add_paragraph("各区县总工会、各产业工会：")
    d.add_paragraph("根据《江北市总工会基层工会工作考核办法》，市总工会于2024年1月对各单位2023年度工作进行了考核。"
                    "考核采取百分制，经单位自评、部门评分、领导小组审定，现将考核结果通报如下：")
    d.add_paragraph("一、考核结果")
    results = [("城关区总工会", "97.5", "优秀"), ("新桥区总工会", "95.0", "优秀"), ("白石县总工会", "92.5", "优秀"),
               ("教育工会", "88.0", "良好"), ("卫生健康工会", "86.5", "良好"), ("交通运输工会", "84.0", "良好"),
               ("住建工会", "78.5", "合格")]
    t = d.add_table(rows=len(results) + 1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["序号", "单位", "得分", "等次"]):
        set_cell(t.cell(0, c), h, bold=True)
    for i, row in enumerate(results, start=1):
        for c, v in enumerate([str(i), *row]):
            set_cell(t.cell(i, c), v)
    for p_ in ["二、有关要求",
               "（一）获得优秀等次的单位，市总工会给予通报表扬，并在年度评先评优中优先推荐。",
               "（二）得分低于80分的单位，要认真分析原因，于2月底前向市总工会报送整改报告。",
               "江北市总工会", "2024年1月25日"]:
        d.add_paragraph(p_)
    d.save(HERE / "u21_results_bulletin_not_scheme.docx")
    data = {"fixtures": ["u21_results_bulletin_not_scheme.docx"], "kind": "not_a_scheme",
            "title": "关于2023年度基层工会工作目标考核结果的通报", "year": 2023, "total_points": None,
            "categories": [], "items": [], "bonus": [], "deductions": [], "veto": [], "weights": [], "grades": [],
            "expected_flags": [{"kind": "not_a_scheme",
                                "note": "a results bulletin: a table of units with their 得分 and 等次 (scores given, "
                                        "not maxima), prose that cites the 考核办法 and 百分制; no scoring rules"}]}
    (GOLD / "u21.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def scans():
    """A scanned twin of u02: its PDF rendered to grey images at 200 dpi, skewed 0.6°, saved as an image PDF."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(HERE / "u02_industry_title_rows_in_table.pdf")
    pages = [pdf[i].render(scale=200 / 72).to_pil().convert("L").rotate(0.6, expand=False, fillcolor=255)
             for i in range(len(pdf))]
    pages[0].save(HERE / "u02_industry_title_rows_in_table_scan.pdf", save_all=True, append_images=pages[1:],
                  resolution=200)


if __name__ == "__main__":
    for build in (u01, u02, u03, u04, u05, u06, u07, u08, u09, u10, u11, u12, u13, u14, u15, u16, u17, u18, u19, u20, u21):
        build()
    if "--pdf" in sys.argv:
        pdfs()
        scans()
