"""Build the NINETEENTH forms probe set (held out) and its gold from one hand-written content table each.

Theme: a SECOND REALISM ROUND across bodies the earlier sets used little — 法院, 检察院, 税务, 生态环境, 卫健,
交通运输, 高校科研, 国企, 村（社区）. Each document is a whole notice in its body's house style that MIXES three or
four ways of stating points: points per unit with a ceiling IN THE POINTS COLUMN (`2分/项，满分10分`,
`每件0.5分，最高10分`), a part scored on 百分制 and CONVERTED (`按百分制评分后折合为20分`, `得分×40%计入`),
sub-items listed inside a criteria cell with their own points `①…（3分）②…（2分）` under a row worth their sum,
ranges with 至 in prose (`视情况给予3至5分`), signed per-occurrence notation (`-1分/次`, `+3分/件`), a prose 办法
whose ANNEX table rows are referred to by number (`附表第4项…`), and a 村规民约 积分 scheme for households.
Two documents full of `分` are not schemes (an exam analysis report, an interview results 公示).
Each document's content is written once below and rendered both into the document and into
``gold/<id>.json``, so the gold is the content, never kaohe's output.
Run from the repo root: ``.venv/bin/python tests/data/forms19/make_forms19.py --pdf`` (needs ``soffice`` for the
.doc/.xls and the PDFs, and a CJK font for the PDFs).
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
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"

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
    with tempfile.TemporaryDirectory(prefix="lo_forms19_") as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", *args,
                        "--outdir", str(outdir)], check=True, capture_output=True, timeout=240)


def to_pdf(name: str, keep_docx: bool):
    soffice(["--convert-to", "pdf", str(HERE / name)], HERE)
    if not keep_docx:
        (HERE / name).unlink()


def to_legacy(save, name: str, target: str):
    """Write the modern file outside the repo and convert it to ``target`` (doc / xls) here."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / name
        save(src)
        soffice(["--convert-to", target, str(src)], HERE)


def g(points):
    return f"{points:g}"


def rows_sum(rows, idx=1):
    return sum(r[idx] for r in rows)


def html_table(header, rows, spans=None):
    """rows: lists of cells; a cell may be (text, rowspan)."""
    out = ['<table border="1" cellspacing="0" cellpadding="4">',
           "<tr>" + "".join(f"<th>{esc(h)}</th>" for h in header) + "</tr>"]
    for row in rows:
        cells = []
        for c in row:
            if isinstance(c, tuple):
                cells.append(f'<td rowspan="{c[1]}">{esc(c[0]).replace(chr(10), "<br>")}</td>')
            else:
                cells.append(f"<td>{esc(c).replace(chr(10), '<br>')}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


# ----------------------------------------------------------------------------- d01


def d01():
    """docx, 法院: a 人民法庭 考核 table whose 分值 column mixes a figure `10`, per-unit points with a ceiling
    `每件0.5分，最高10分` / `2分/次，满分10分`; criteria cells listing `①…（4分）②…（3分）` under a row worth their
    sum; section rows `一、审判质效（40分）`; bonus and deductions in signed notation `+3分/件`, `-2分/件`."""
    title = "临江县人民法院2026年度人民法庭工作质效考核细则"
    sections = [
        ("一", "审判质效", 40, [
            ("1", "结案率", "10", 10, "结案率达到95%以上的得满分，每低1个百分点扣1分，扣完为止", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "个百分点"}),
            ("2", "改判发回", "10", 10, "案件被上级法院改判、发回重审的，每件扣2分，扣完为止", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "件"}),
            ("3", "调解撤诉", "每件0.5分，最高10分", 10, "以调解、撤诉方式结案的民事案件，按件计分", "per_occurrence",
             {"per_occurrence": 0.5, "unit": "件", "cap": 10.0}),
            ("4", "审限内结案", "10", 10, "审限内结案率100%的得10分，低于100%的按比例计分", "proportional", {}),
        ]),
        ("二", "诉源治理", 30, [
            ("5", "多元解纷", "10", 10, "①建立诉调对接工作室（4分）②聘请特邀调解员不少于3名（3分）③每季度开展巡回审判（3分）",
             "components", {"components": [{"code": "①", "text": "建立诉调对接工作室", "points": 4.0},
                                           {"code": "②", "text": "聘请特邀调解员不少于3名", "points": 3.0},
                                           {"code": "③", "text": "每季度开展巡回审判", "points": 3.0}]}),
            ("6", "以案释法", "2分/次，满分10分", 10, "进村（社区）开展以案释法、法治讲座，有图片和签到记录的按次计分",
             "per_occurrence", {"per_occurrence": 2.0, "unit": "次", "cap": 10.0}),
            ("7", "参与基层治理", "10", 10, "向当地党委政府报送涉诉矛盾风险分析报告，由考核组根据报告质量综合评定",
             "manual", {}),
        ]),
        ("三", "队伍建设", 30, [
            ("8", "廉政建设", "15", 15, "①签订廉政承诺书（5分）②如实记录报告过问干预案件情况（5分）③全年无违纪违法问题（5分）",
             "components", {"components": [{"code": "①", "text": "签订廉政承诺书", "points": 5.0},
                                           {"code": "②", "text": "如实记录报告过问干预案件情况", "points": 5.0},
                                           {"code": "③", "text": "全年无违纪违法问题", "points": 5.0}]}),
            ("9", "调研宣传", "3分/篇，满分15分", 15, "撰写的调研文章、典型案例被县级以上法院或媒体采用的按篇计分",
             "per_occurrence", {"per_occurrence": 3.0, "unit": "篇", "cap": 15.0}),
        ]),
    ]
    d = new_doc()
    p = d.add_paragraph("临法〔2026〕9号")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading(d, title)
    paragraphs(d, ["各人民法庭，院机关各部门：",
                   "为推动人民法庭工作高质量发展，经院党组研究，制定本细则。考核满分100分，由审判管理办公室会同政治部"
                   "于次年1月组织实施，具体项目及分值如下表。"])
    n_rows = 1 + sum(1 + len(r) for *_, r in sections)
    t = d.add_table(rows=n_rows, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["序号", "考核项目", "考核内容及评分标准", "分值"]):
        set_cell(t.cell(0, c), h, bold=True)
    r, cats, items = 1, [], []
    for code, name, pts, rows in sections:
        cells = t.rows[r].cells
        cell = cells[0].merge(cells[-1])
        set_cell(cell, f"{code}、{name}（{pts}分）", bold=True)
        cats.append(cat(name, float(pts), code=code))
        r += 1
        for icode, text, shown, ipts, crit, rule, extra in rows:
            for c, v in enumerate([icode, text, crit, shown]):
                set_cell(t.cell(r, c), v)
            items.append(item(name, icode, text, float(ipts), criteria=crit, rule=rule, **extra))
            r += 1
        assert rows_sum(rows, 3) == pts
    assert sum(s[2] for s in sections) == 100
    paragraphs(d, ["二、加分和扣分",
                   "（一）加分：审理的案件入选人民法院案例库或被评为全省法院优秀案例的，+3分/件，加分累计不超过5分。",
                   "（二）扣分：因工作作风问题被当事人投诉并经查实的，-2分/件；审判流程节点信息未按时录入的，-0.5分/件。",
                   "三、否决事项",
                   "法庭干警发生违纪违法问题被追究党纪政纪责任的，该法庭年度考核实行一票否决，不得评为优秀等次。",
                   "四、等次评定",
                   "考核得分90分以上为优秀，80分至89分为良好，60分至79分为合格，60分以下为不合格。",
                   "临江县人民法院", "2026年2月10日"])
    name = "d01_court_points_column_per_unit_ceiling_circled_subitems_signed_bonus.docx"
    d.save(HERE / name)
    gold("d01", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "（一）", "text": "审理的案件入选人民法院案例库或被评为全省法院优秀案例",
                 "per_occurrence": 3.0, "unit": "件", "cap": 5.0}],
         bonus_cap=5.0,
         deductions=[{"code": "（二）", "text": "因工作作风问题被当事人投诉并经查实", "per_occurrence": -2.0, "unit": "件"},
                     {"code": "（二）", "text": "审判流程节点信息未按时录入", "per_occurrence": -0.5, "unit": "件"}],
         veto=[{"text": "法庭干警发生违纪违法问题被追究党纪政纪责任的", "effect": "不得评为优秀等次"}],
         veto_effect="不得评为优秀等次",
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         notes="分值 column mixes a figure and per-unit points WITH a ceiling (`每件0.5分，最高10分`, `2分/次，满分10分`, "
               "`3分/篇，满分15分`: points = the ceiling, rule per_occurrence with cap); criteria cells listing "
               "`①…（4分）②…（3分）③…（3分）` under a row worth their sum (components); section rows spanning the table "
               "`一、审判质效（40分）`; signed bonus/deduction notation `+3分/件`, `-2分/件`, `-0.5分/件`; 文号 `〔2026〕9号`")


# ----------------------------------------------------------------------------- d02


def d02():
    """xlsx, 检察院: the total split into three parts each SCORED ON 百分制 and CONVERTED (`按百分制评分后折合为50分`),
    three tables of 100 on one sheet; in them `-2分/件` by kind, `视情况给予20至29分` ranges, `每件4分，最高20分` and
    `5分/篇，满分30分` in the 分值 column; a lookup bonus."""
    title = "南岭市人民检察院2026年度检察官业绩考评量化评分表"
    parts = [
        ("表一", "办案质效", 50, [
            ("1", "案件质量评查", "40", 40,
             "以40分为基数，评查为瑕疵案件的-2分/件，不合格案件的-10分/件，扣完为止", "per_occurrence",
             {"per_occurrence": {"瑕疵案件": -2.0, "不合格案件": -10.0}, "unit": "件"}),
            ("2", "办结率", "30", 30, "办结率达到90%的得满分，每低1个百分点-1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "个百分点"}),
            ("3", "诉判一致率", "30", 30,
             "诉判一致率95%以上的得30分；85%至95%之间的视情况给予20至29分；85%以下的给予0至19分", "tiers",
             {"levels": {"95%以上": 30.0, "85%至95%": [20.0, 29.0], "85%以下": [0.0, 19.0]}}),
        ]),
        ("表二", "办案数量", 30, [
            ("4", "办案数", "80", 80, "得分＝本人办案数÷全院检察官人均办案数×60，最高80分", "proportional",
             {"formula": "本人办案数÷全院检察官人均办案数×60", "cap": 80.0}),
            ("5", "疑难复杂案件", "每件4分，最高20分", 20, "办理经检察官联席会议讨论的疑难复杂案件，按件计分",
             "per_occurrence", {"per_occurrence": 4.0, "unit": "件", "cap": 20.0}),
        ]),
        ("表三", "综合业务", 20, [
            ("6", "调研写作", "5分/篇，满分30分", 30, "在市级以上刊物发表或被上级院转发的调研文章、案例分析",
             "per_occurrence", {"per_occurrence": 5.0, "unit": "篇", "cap": 30.0}),
            ("7", "出庭示范", "10分/次，满分30分", 30, "承担市级以上出庭观摩、示范庭任务", "per_occurrence",
             {"per_occurrence": 10.0, "unit": "次", "cap": 30.0}),
            ("8", "授课培训", "4分/次，满分20分", 20, "在院级以上业务培训中授课", "per_occurrence",
             {"per_occurrence": 4.0, "unit": "次", "cap": 20.0}),
            ("9", "检察宣传", "20", 20, "参与普法宣传、检察开放日活动，由政治部视情况给予10至20分", "manual",
             {"range": [10.0, 20.0]}),
        ]),
    ]
    wb, ws = titled_sheet("业绩考评", title, 4)
    ws["A2"] = ("说明：检察官业绩考评满分100分，由办案质效、办案数量、综合业务三部分组成。三部分分别按百分制评分后折合："
                "办案质效折合为50分，办案数量折合为30分，综合业务折合为20分（即各表得分分别×50%、×30%、×20%），"
                "三部分折合分相加为业绩考评得分。")
    ws.merge_cells("A2:D2")
    r, cats, items = 4, [], []
    for code, name, conv, rows in parts:
        ws.cell(row=r, column=1, value=f"{code}　{name}（百分制，折合为{conv}分）").font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        header_row(ws, r + 1, ["序号", "考评项目", "评分标准", "分值"])
        r += 2
        cats.append(cat(name, 100.0, code=code, weight=conv / 100, printed=f"折合为{conv}分"))
        for icode, text, shown, ipts, crit, rule, extra in rows:
            for c, v in enumerate([icode, text, crit, shown], start=1):
                ws.cell(row=r, column=c, value=v)
            items.append(item(name, icode, text, float(ipts), criteria=crit, rule=rule, **extra))
            r += 1
        assert rows_sum(rows, 3) == 100
        ws.cell(row=r, column=2, value="合计")
        ws.cell(row=r, column=4, value="100")
        r += 2
    assert sum(p[2] for p in parts) == 100
    for line in ["加分：年度内被评为业务标兵、办案能手的，全国级加5分，省级加3分，市级加1分，同一事项按最高级别计算，"
                 "加分不超过5分。",
                 "等次：业绩考评得分90分以上为优秀，75分至89分为称职，60分至74分为基本称职，60分以下为不称职。",
                 "被考评人：__________　　考评日期：____年__月__日"]:
        ws.cell(row=r, column=1, value=line)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        r += 1
    wrap_columns(ws, [8, 16, 60, 20])
    name = "d02_procuratorate_three_parts_on_100_converted_points_column_per_unit.xlsx"
    wb.save(HERE / name)
    gold("d02", [name], title, 2026, 100.0, cats, items,
         weights=[{"part": p[1], "weight": p[2] / 100} for p in parts],
         bonus=[{"text": "被评为业务标兵、办案能手", "rule": "lookup",
                 "levels": {"全国级": 5.0, "省级": 3.0, "市级": 1.0}, "highest_only": True, "cap": 5.0}],
         bonus_cap=5.0,
         grades=[{"name": "优秀", "min_score": 90}, {"name": "称职", "min_score": 75, "max_score": 89},
                 {"name": "基本称职", "min_score": 60, "max_score": 74}, {"name": "不称职", "max_score": 60}],
         formula="办案质效得分×50%＋办案数量得分×30%＋综合业务得分×20%",
         notes="three parts each scored on 百分制 and CONVERTED (`按百分制评分后折合为50分`, `折合为30分`, `折合为20分`): "
               "categories with points 100 and weight 0.5/0.3/0.2 (`printed` keeps the form), as forms17 a11; in the "
               "tables `-2分/件` / `-10分/件` by kind from a 40-point base, `视情况给予20至29分` ranges (tiers, levels "
               "as [low, high]), per-unit points with a ceiling in the 分值 column, a manual item with a 至 range")


# ----------------------------------------------------------------------------- d03


def d03():
    """pdf only, 税务: a prose 第X条 办法 whose scoring rules name the ANNEX table's rows BY NUMBER (`附表第1项至第3项…`,
    `第4项…`); the points only in the annex table; one row converted from 百分制 (`测评得分×20%`); `-2分/件`."""
    title = "东川区税务局办税服务厅2026年度工作考核办法"
    cats_def = [("一", "服务规范", 30), ("二", "办税效率", 40), ("三", "纳税人评价", 30)]
    rows = [  # number, category, item, points, rule text (as the article states it), rule, extra
        (1, "服务规范", "一次性告知", 10, "暗访发现问题的，每次扣2分，扣完该项分值为止", "per_occurrence",
         {"per_occurrence": -2.0, "unit": "次"}),
        (2, "服务规范", "首问责任", 10, "暗访发现问题的，每次扣2分，扣完该项分值为止", "per_occurrence",
         {"per_occurrence": -2.0, "unit": "次"}),
        (3, "服务规范", "文明服务", 10, "暗访发现问题的，每次扣2分，扣完该项分值为止", "per_occurrence",
         {"per_occurrence": -2.0, "unit": "次"}),
        (4, "办税效率", "平均等候时长", 15, "月平均等候时长不超过15分钟的得满分，每超过1分钟扣1分", "per_occurrence",
         {"per_occurrence": -1.0, "unit": "分钟"}),
        (5, "办税效率", "非接触式办税率", 15, "得分＝非接触式办税率÷90%×15，最高15分", "proportional",
         {"formula": "非接触式办税率÷90%×15", "cap": 15.0}),
        (6, "办税效率", "一次办结率", 10, "一次办结率达到98%的得10分，95%至98%的得6分，95%以下的不得分", "tiers",
         {"levels": {"98%以上": 10.0, "95%至98%": 6.0, "95%以下": 0.0}}),
        (7, "纳税人评价", "纳税人满意度", 20, "由第三方按百分制测评，测评得分×20%计入本项", "proportional",
         {"formula": "测评得分×20%"}),
        (8, "纳税人评价", "投诉处理", 10, "以10分为基数，经查实的有效投诉-2分/件；投诉未在5个工作日内办结的-1分/件",
         "per_occurrence", {"per_occurrence": {"有效投诉": -2.0, "投诉逾期办结": -1.0}, "unit": "件"}),
    ]
    for code, cname, pts in cats_def:
        assert sum(r[3] for r in rows if r[1] == cname) == pts
    d = new_doc()
    heading(d, title)
    paragraphs(d, [
        "第一条　为提升纳税缴费服务质效，规范办税服务厅管理，根据上级税务机关有关规定，制定本办法。",
        "第二条　本办法适用于区局各办税服务厅（含第一、第二办税服务厅和各税务分局办税服务点）。",
        "第三条　考核实行百分制，考核项目及分值见附表《办税服务厅考核项目及分值表》，考核按季度进行，年度得分为四个季度"
        "得分的平均分。",
        "第四条　附表第1项至第3项（服务规范）由纳税服务科组织暗访，" + rows[0][4] + "。",
        "第五条　附表第4项：" + rows[3][4] + "。",
        "第六条　附表第5项：" + rows[4][4] + "。",
        "第七条　附表第6项：" + rows[5][4] + "。",
        "第八条　附表第7项：" + rows[6][4] + "。",
        "第九条　附表第8项：" + rows[7][4] + "。",
        "第十条　办税服务厅被评为省级以上“青年文明号”“巾帼文明岗”的，加2分；经验做法被省局以上推广的，+1分/次。"
        "加分累计不超过3分。",
        "第十一条　发生涉税服务重大负面舆情并造成恶劣影响的，年度考核实行一票否决，不得评为优秀等次。",
        "第十二条　年度得分90分以上为优秀，80分至89分为良好，70分至79分为一般，70分以下为较差。",
        "第十三条　本办法由区局纳税服务科负责解释，自2026年1月1日起施行。",
        "附表：办税服务厅考核项目及分值表"])
    t = d.add_table(rows=len(rows) + 2, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["序号", "考核类别", "考核项目", "分值"]):
        set_cell(t.cell(0, c), h, bold=True)
    cats, items = [], []
    for code, cname, pts in cats_def:
        idx = [i for i, r in enumerate(rows) if r[1] == cname]
        merge_down(t, 1, idx[0] + 1, idx[-1] + 1, f"{cname}（{pts}分）")
        cats.append(cat(cname, float(pts), code=code))
    for i, (num, cname, text, pts, crit, rule, extra) in enumerate(rows, start=1):
        set_cell(t.cell(i, 0), str(num))
        set_cell(t.cell(i, 2), text)
        set_cell(t.cell(i, 3), str(pts))
        items.append(item(cname, str(num), text, float(pts), criteria=crit, rule=rule, **extra))
    set_cell(t.cell(len(rows) + 1, 0), "合计")
    set_cell(t.cell(len(rows) + 1, 3), "100")
    paragraphs(d, ["国家税务总局东川区税务局", "2026年1月5日"])
    name = "d03_tax_articles_cite_annex_rows_by_number_converted_row.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, False))
    gold("d03", [name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         bonus=[{"code": "第十条", "text": "被评为省级以上“青年文明号”“巾帼文明岗”", "points": 2.0},
                {"code": "第十条", "text": "经验做法被省局以上推广", "per_occurrence": 1.0, "unit": "次"}],
         bonus_cap=3.0,
         veto=[{"text": "发生涉税服务重大负面舆情并造成恶劣影响的", "effect": "不得评为优秀等次"}],
         veto_effect="不得评为优秀等次",
         grades=bands(("优秀", 90), ("良好", 80), ("一般", 70), ("较差", None)),
         scoring_note="按季度考核，年度得分为四个季度得分的平均分",
         notes="PDF only; a prose 第X条 办法 whose rules are keyed to the ANNEX table rows BY NUMBER (`附表第1项至第3项`, "
               "`附表第4项：…`); the annex table has only 序号/类别/项目/分值 (no criteria), so each item's criteria is "
               "its article's rule; one rule (第四条) serves three rows; row 7 is a 百分制 measure converted "
               "`测评得分×20%` (proportional); `15分钟` is a duration, `5个工作日` a time limit")


# ----------------------------------------------------------------------------- d04


def d04():
    """html, 生态环境: a table whose 考核类别 cells (rowspan) carry `大气污染防治<br>（30分）`; criteria cells list
    `①…（4分）②…（6分）` under a row worth their sum; `视完成比例给予3至8分` ranges; `-1分/处` in criteria;
    bonus and deductions in prose, `-5分/次`."""
    title = "青峰县2026年度乡镇（街道）生态环境保护目标责任考核细则"
    sections = [
        ("一", "大气污染防治", 30, [
            ("1", "秸秆禁烧", 10, "①建立网格化巡查制度（4分）②全年卫星遥感监测火点零发现（6分）", "components",
             {"components": [{"code": "①", "text": "建立网格化巡查制度", "points": 4.0},
                             {"code": "②", "text": "全年卫星遥感监测火点零发现", "points": 6.0}]}),
            ("2", "扬尘管控", 10, "辖区建筑工地落实扬尘防治“六个百分百”，每发现一处未落实-1分/处，扣完为止",
             "per_occurrence", {"per_occurrence": -1.0, "unit": "处"}),
            ("3", "空气质量改善", 10, "PM2.5年均浓度完成年度目标的得10分；未完成的视差距给予0至6分", "tiers",
             {"levels": {"完成年度目标": 10.0, "未完成": [0.0, 6.0]}}),
        ]),
        ("二", "水污染防治", 40, [
            ("4", "河湖长制落实", 15, "①乡级河长每月巡河不少于1次（5分）②“一河一策”方案落实到位（5分）③河道无垃圾漂浮物（5分）",
             "components", {"components": [{"code": "①", "text": "乡级河长每月巡河不少于1次", "points": 5.0},
                                           {"code": "②", "text": "“一河一策”方案落实到位", "points": 5.0},
                                           {"code": "③", "text": "河道无垃圾漂浮物", "points": 5.0}]}),
            ("5", "饮用水水源保护", 15, "水源保护区内无违法排污口的得15分；发现违法排污口的每个扣5分，扣完为止",
             "per_occurrence", {"per_occurrence": -5.0, "unit": "个"}),
            ("6", "农村生活污水治理", 10, "按计划完成治理任务的得10分；部分完成的视完成比例给予3至8分；未开工的不得分", "tiers",
             {"levels": {"完成": 10.0, "部分完成": [3.0, 8.0], "未开工": 0.0}}),
        ]),
        ("三", "土壤与固废管理", 30, [
            ("7", "非正规垃圾堆放点整治", 10, "①开展全面排查（3分）②建立问题清单（3分）③按期整治销号（4分）", "components",
             {"components": [{"code": "①", "text": "开展全面排查", "points": 3.0},
                             {"code": "②", "text": "建立问题清单", "points": 3.0},
                             {"code": "③", "text": "按期整治销号", "points": 4.0}]}),
            ("8", "农药包装废弃物回收", 10, "回收率达到80%以上的得10分，每低5个百分点-1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "5个百分点"}),
            ("9", "环境信访办理", 10, "信访件按期办结的，由县生态环境分局视办理质量给予5至10分；逾期未办结的不得分", "tiers",
             {"levels": {"按期办结": [5.0, 10.0], "逾期未办结": 0.0}}),
        ]),
    ]
    rows, cats, items = [], [], []
    for code, name, pts, its in sections:
        cats.append(cat(name, float(pts), code=code))
        assert rows_sum(its, 2) == pts
        for k, (icode, text, ipts, crit, rule, extra) in enumerate(its):
            first = [(f"{name}\n（{pts}分）", len(its))] if k == 0 else []
            rows.append(first + [icode, text, crit, g(ipts)])
            items.append(item(name, icode, text, float(ipts), criteria=crit, rule=rule, **extra))
    rows.append(["合计", "", "", "", "100"])
    body = (f'<div class="hd">青峰县生态环境保护委员会办公室</div>\n<h2>{esc(title)}</h2>\n'
            "<p>各乡镇人民政府、街道办事处：</p>\n"
            "<p>为压实乡镇（街道）生态环境保护责任，现将2026年度考核细则印发如下。考核满分100分，由县生态环境保护委员会"
            "办公室组织有关部门于年底实施。</p>\n"
            + html_table(["考核类别", "序号", "考核内容", "评分标准", "分值"], rows) +
            "\n<p>加分：乡镇（街道）获得省级生态文明建设示范乡镇命名的，加3分。</p>\n"
            "<p>扣分：被中央、省生态环境保护督察通报典型案例的，-5分/次；被县级以上媒体曝光环境问题并经查实的，-2分/次。</p>\n"
            "<p>否决：辖区内发生较大及以上突发环境事件的，考核等次直接定为不合格。</p>\n"
            "<p>等次：得分90分以上为优秀，75分至89分为良好，60分至74分为合格，60分以下为不合格。</p>\n"
            "<p>青峰县生态环境保护委员会办公室　2026年3月2日</p>")
    name = "d04_ecology_circled_subitems_in_cell_zhi_ranges_signed_per_place.html"
    (HERE / name).write_text(html_page(title, body), encoding="utf-8")
    gold("d04", [name], title, 2026, 100.0, cats, items,
         bonus=[{"text": "获得省级生态文明建设示范乡镇命名", "points": 3.0}],
         deductions=[{"text": "被中央、省生态环境保护督察通报典型案例", "per_occurrence": -5.0, "unit": "次"},
                     {"text": "被县级以上媒体曝光环境问题并经查实", "per_occurrence": -2.0, "unit": "次"}],
         veto=[{"text": "辖区内发生较大及以上突发环境事件的", "effect": "考核等次直接定为不合格"}],
         veto_effect="考核等次直接定为不合格",
         grades=[{"name": "优秀", "min_score": 90}, {"name": "良好", "min_score": 75, "max_score": 89},
                 {"name": "合格", "min_score": 60, "max_score": 74}, {"name": "不合格", "max_score": 60}],
         notes="category cells (rowspan) `大气污染防治<br>（30分）`; criteria cells `①…（4分）②…（6分）` whose sub-points add "
               "to the row (components); ranges with 至 `视差距给予0至6分`, `视完成比例给予3至8分`, `视办理质量给予5至10分` "
               "(tiers, levels [low, high]); `-1分/处`, `每低5个百分点-1分` (unit 5个百分点); signed `-5分/次` deductions")


# ----------------------------------------------------------------------------- d05


def d05():
    """legacy .doc, 卫健: a prose 方案 with sections `一、组织管理（15分）` and items `1．name（5分）：rule。`; rules with
    至 ranges (`视情况给予2至4分`), signed `-0.5分`, `-5分/次`, per-unit with ceiling `每次计1.5分，满分15分`, and
    one item scored on 百分制 and converted (`按百分制评分后折合为10分`)."""
    title = "白沙县2026年度基本公共卫生服务项目绩效考核方案"
    sections = [
        ("一", "组织管理", 15, [
            ("1", "项目管理", 5, "成立项目领导小组并制定年度实施方案的得5分；方案不完善的视情况给予2至4分；未制定方案的不得分",
             "tiers", {"levels": {"完善": 5.0, "不完善": [2.0, 4.0], "未制定": 0.0}}),
            ("2", "资金管理", 10, "项目资金专款专用、按时拨付；发现截留、挪用的-5分/次，扣完为止", "per_occurrence",
             {"per_occurrence": -5.0, "unit": "次"}),
        ]),
        ("二", "项目执行", 65, [
            ("3", "居民健康档案管理", 15, "电子健康档案建档率达到90%的得15分，每低1个百分点-0.5分", "per_occurrence",
             {"per_occurrence": -0.5, "unit": "个百分点"}),
            ("4", "老年人健康管理", 15, "随机抽查20份档案，每发现1份体检记录不规范-1分/份，扣完为止", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "份"}),
            ("5", "高血压患者健康管理", 10, "按“规范管理率÷65%×10”计分，最高10分", "proportional",
             {"formula": "规范管理率÷65%×10", "cap": 10.0}),
            ("6", "2型糖尿病患者健康管理", 10, "按“规范管理率÷65%×10”计分，最高10分", "proportional",
             {"formula": "规范管理率÷65%×10", "cap": 10.0}),
            ("7", "健康教育", 15, "每开展1次健康知识讲座计1.5分，满分15分", "per_occurrence",
             {"per_occurrence": 1.5, "unit": "次", "cap": 15.0}),
        ]),
        ("三", "项目效果", 20, [
            ("8", "群众知晓率", 10, "入户调查问卷按百分制评分后折合为10分", "proportional", {"formula": "问卷得分×10%"}),
            ("9", "群众满意度", 10, "满意度90%以上的得10分；80%至90%的视情况给予6至8分；80%以下的不得分", "tiers",
             {"levels": {"90%以上": 10.0, "80%至90%": [6.0, 8.0], "80%以下": 0.0}}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各乡镇卫生院、社区卫生服务中心：",
                   "为提高基本公共卫生服务项目实施质量，根据国家基本公共卫生服务规范，结合我县实际，制定本方案。"
                   "考核满分100分，考核结果与项目资金拨付挂钩。"])
    cats, items = [], []
    for code, name, pts, its in sections:
        d.add_paragraph().add_run(f"{code}、{name}（{pts}分）").bold = True
        cats.append(cat(name, float(pts), code=code))
        assert rows_sum(its, 2) == pts
        for icode, text, ipts, crit, rule, extra in its:
            d.add_paragraph(f"{icode}．{text}（{ipts}分）：{crit}。")
            items.append(item(name, icode, text, float(ipts), criteria=crit, rule=rule, **extra))
    assert sum(s[2] for s in sections) == 100
    paragraphs(d, ["四、扣分与否决",
                   "（一）经核实存在虚假建档、数据造假的，-10分/项，并追回相应项目资金。",
                   "（二）发生严重公共卫生责任事件的，实行一票否决，考核结果定为不合格。",
                   "五、结果运用",
                   "考核得分85分以上为优秀，70分至84分为合格，70分以下为不合格。考核结果作为年度项目资金结算的依据，"
                   "按得分率拨付剩余资金。",
                   "白沙县卫生健康局", "2026年2月20日"])
    name = "d05_health_prose_items_zhi_ranges_signed_per_unit_converted_item.doc"
    to_legacy(lambda p: d.save(p), name.replace(".doc", ".docx"), "doc")
    gold("d05", [name], title, 2026, 100.0, cats, items,
         deductions=[{"code": "（一）", "text": "存在虚假建档、数据造假", "per_occurrence": -10.0, "unit": "项"}],
         veto=[{"text": "发生严重公共卫生责任事件的", "effect": "考核结果定为不合格"}],
         veto_effect="考核结果定为不合格",
         grades=bands(("优秀", 85), ("合格", 70), ("不合格", None)),
         notes="legacy .doc; prose items `1．name（5分）：rule。` under `一、组织管理（15分）`; rules mix 至 ranges "
               "(`视情况给予2至4分`, tiers with levels [low, high]), signed per-unit deductions (`-0.5分`, `-1分/份`, "
               "`-5分/次`), per-unit with a ceiling `每次计1.5分，满分15分`, and a 百分制 questionnaire converted "
               "`按百分制评分后折合为10分` (proportional); the money use of the score is not a rule")


# ----------------------------------------------------------------------------- d06


def d06():
    """legacy .xls, 交通运输: a 评分表 whose 分值 column mixes `10`, `2分/项，满分10分`, `3分/次，满分15分`; the
    category merged down `安全管理机构\n（20分）`; 评分方法 with `-2分/人`, `-5分/人次` and `-1分/人次` by kind; 信誉等级
    AAA/AA/A/B as grades; a veto that fixes the grade."""
    title = "海湾市2026年度道路运输企业安全生产诚信考核评分表"
    sections = [
        ("安全管理机构", 20, [
            ("1", "安全管理制度", "设立安全管理机构、建立安全例会制度、制定年度安全目标、逐级签订安全责任书、建立隐患排查台账",
             "2分/项，满分10分", 10, "每落实1项计2分", "per_occurrence", {"per_occurrence": 2.0, "unit": "项", "cap": 10.0}),
            ("2", "安全管理人员", "按每50辆车不少于1人配备专职安全管理人员", "10", 10, "每少配备1人-2分/人，扣完为止",
             "per_occurrence", {"per_occurrence": -2.0, "unit": "人"}),
        ]),
        ("车辆技术管理", 30, [
            ("3", "车辆年审", "营运车辆按期进行综合性能检测和年度审验", "15", 15, "未按期年审的车辆每辆-3分，扣完为止",
             "per_occurrence", {"per_occurrence": -3.0, "unit": "辆"}),
            ("4", "动态监控", "车辆卫星定位装置在线率100%，超速报警及时处置", "15", 15, "在线率每低1个百分点-1分，扣完为止",
             "per_occurrence", {"per_occurrence": -1.0, "unit": "个百分点"}),
        ]),
        ("驾驶员管理", 30, [
            ("5", "安全教育培训", "每季度组织驾驶员安全教育培训，留存签到和影像记录", "3分/次，满分15分", 15,
             "每组织1次计3分", "per_occurrence", {"per_occurrence": 3.0, "unit": "次", "cap": 15.0}),
            ("6", "驾驶员违法违章", "驾驶员遵守道路交通安全法律法规", "15", 15,
             "驾驶员一次记满12分的-5分/人次；其他交通违法-1分/人次；扣完为止", "per_occurrence",
             {"per_occurrence": {"一次记满12分": -5.0, "其他交通违法": -1.0}, "unit": "人次"}),
        ]),
        ("应急与事故", 20, [
            ("7", "应急演练", "制定应急预案并组织演练", "5分/次，满分10分", 10, "每组织1次综合或专项演练计5分",
             "per_occurrence", {"per_occurrence": 5.0, "unit": "次", "cap": 10.0}),
            ("8", "责任事故", "全年未发生同等以上责任道路交通事故", "10", 10, "发生一般事故负同等以上责任的-5分/起，扣完为止",
             "per_occurrence", {"per_occurrence": -5.0, "unit": "起"}),
        ]),
    ]

    def save(path):
        wb, ws = titled_sheet("考核评分表", title, 6)
        ws["A2"] = "被考核企业（盖章）：____________　　考核日期：____年__月__日"
        ws.merge_cells("A2:F2")
        header_row(ws, 3, ["考核类别", "序号", "考核项目", "考核内容", "分值", "评分方法"])
        r = 4
        for name, pts, its in sections:
            ws.cell(row=r, column=1, value=f"{name}\n（{pts}分）")
            if len(its) > 1:
                ws.merge_cells(start_row=r, start_column=1, end_row=r + len(its) - 1, end_column=1)
            for icode, text, content, shown, ipts, crit, rule, extra in its:
                for c, v in enumerate([icode, text, content, shown, crit], start=2):
                    ws.cell(row=r, column=c, value=v)
                r += 1
        ws.cell(row=r, column=1, value="合计")
        ws.cell(row=r, column=5, value="100分")
        r += 1
        for line in ["说明：1．考核满分100分，由市交通运输局每年组织一次。",
                     "2．信誉等级：得分90分以上为AAA级，80分至89分为AA级，70分至79分为A级，70分以下为B级。",
                     "3．考核年度内发生较大及以上生产安全责任事故的，直接评定为B级。"]:
            ws.cell(row=r, column=1, value=line)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            r += 1
        wrap_columns(ws, [14, 6, 14, 40, 16, 36])
        wb.save(path)

    cats, items = [], []
    for name, pts, its in sections:
        cats.append(cat(name, float(pts)))
        assert rows_sum(its, 4) == pts
        for icode, text, content, shown, ipts, crit, rule, extra in its:
            items.append(item(name, icode, text, float(ipts), criteria=crit, rule=rule, requirement=content, **extra))
    assert sum(s[1] for s in sections) == 100
    name = "d06_transport_points_column_per_item_ceiling_signed_per_person_credit_grades.xls"
    to_legacy(save, name.replace(".xls", ".xlsx"), "xls")
    gold("d06", [name], title, 2026, 100.0, cats, items,
         veto=[{"text": "考核年度内发生较大及以上生产安全责任事故的", "effect": "直接评定为B级"}],
         veto_effect="直接评定为B级",
         grades=bands(("AAA级", 90), ("AA级", 80), ("A级", 70), ("B级", None)),
         notes="legacy .xls; the 分值 column mixes figures and per-unit points WITH a ceiling (`2分/项，满分10分`, "
               "`3分/次，满分15分`, `5分/次，满分10分`: points = the ceiling); 考核内容 column kept as `requirement`, "
               "评分方法 as criteria; signed deductions `-2分/人`, `-5分/人次` / `-1分/人次` by kind (dict); category "
               "cells merged down `安全管理机构\\n（20分）`; 信誉等级 AAA/AA/A/B are the grades")


# ----------------------------------------------------------------------------- d07


def d07():
    """docx, 高校科研: a 实施细则 whose main table gives per-unit points with a CEILING column `分值上限`
    (`主持国家级项目每项10分` / 20), per-kind unit points `①一区论文8分/篇②…`, `视级别给予5至10分`; ONE category
    scored on a separate 百分制 table and CONVERTED `按百分制评分后折合为20分` (its items add to 100, not 20)."""
    title = "江城理工大学2026年度科研团队绩效考核实施细则"
    main = [
        ("一", "科研项目", 30, [
            ("1", "国家级项目", "主持国家级科研项目，每项计10分", 20, "per_occurrence",
             {"per_occurrence": 10.0, "unit": "项", "cap": 20.0}),
            ("2", "省部级项目", "主持省部级科研项目，每项计5分", 10, "per_occurrence",
             {"per_occurrence": 5.0, "unit": "项", "cap": 10.0}),
        ]),
        ("二", "科研成果", 40, [
            ("3", "高水平论文", "①中科院一区论文8分/篇②二区论文5分/篇③三区及以下论文2分/篇", 20, "per_occurrence",
             {"per_occurrence": {"一区论文": 8.0, "二区论文": 5.0, "三区及以下论文": 2.0}, "unit": "篇", "cap": 20.0}),
            ("4", "授权发明专利", "每件计3分", 10, "per_occurrence", {"per_occurrence": 3.0, "unit": "件", "cap": 10.0}),
            ("5", "科研获奖", "获省部级以上科研奖励的，视奖励级别和排名给予5至10分", 10, "manual", {"range": [5.0, 10.0]}),
        ]),
        ("三", "成果转化", 10, [
            ("6", "横向科研经费到账", "每到账10万元计1分", 10, "per_occurrence",
             {"per_occurrence": 1.0, "unit": "10万元", "cap": 10.0}),
        ]),
    ]
    platform = [
        ("7", "平台运行", 40, "①管理制度健全（15分）②仪器设备开放共享（15分）③按时提交年度报告（10分）", "components",
         {"components": [{"code": "①", "text": "管理制度健全", "points": 15.0},
                         {"code": "②", "text": "仪器设备开放共享", "points": 15.0},
                         {"code": "③", "text": "按时提交年度报告", "points": 10.0}]}),
        ("8", "人才培养", 30, "培养毕业博士研究生每名4分、硕士研究生每名2分，最高30分", "per_occurrence",
         {"per_occurrence": {"博士研究生": 4.0, "硕士研究生": 2.0}, "unit": "名", "cap": 30.0}),
        ("9", "学术交流", 30, "主办、承办学术会议或邀请专家讲学，由专家组视交流成效给予10至30分", "manual",
         {"range": [10.0, 30.0]}),
    ]
    assert rows_sum(platform, 2) == 100
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各学院、各科研团队：",
                   "为激发科研团队创新活力，根据《江城理工大学科研团队建设与管理办法》，制定本细则。",
                   "一、考核内容与分值",
                   "团队绩效考核满分100分，包括科研项目（30分）、科研成果（40分）、成果转化（10分）和平台与团队建设（20分）"
                   "四部分。前三部分按表1计分，各项累计计分、不超过该项分值上限；平台与团队建设按表2以百分制评分后折合为20分"
                   "（表2得分×20%）。",
                   "表1　科研项目、成果与转化计分表"])
    n_rows = 1 + sum(len(s[3]) for s in main)
    t = d.add_table(rows=n_rows + 1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["考核类别", "序号", "考核指标", "计分标准", "分值上限"]):
        set_cell(t.cell(0, c), h, bold=True)
    r, cats, items = 1, [], []
    for code, name, pts, its in main:
        merge_down(t, 0, r, r + len(its) - 1, f"{name}（{pts}分）")
        cats.append(cat(name, float(pts), code=code))
        assert rows_sum(its, 3) == pts
        for icode, text, crit, ipts, rule, extra in its:
            for c, v in enumerate([icode, text, crit, g(ipts)], start=1):
                set_cell(t.cell(r, c), v)
            items.append(item(name, icode, text, float(ipts), criteria=crit, rule=rule, **extra))
            r += 1
    set_cell(t.cell(r, 0), "小计")
    set_cell(t.cell(r, 4), "80")
    d.add_paragraph("表2　平台与团队建设评分表（百分制，得分×20%计入总分）")
    t2 = grid(d, ["序号", "评分指标", "评分标准", "分值"],
              [[c, txt, crit, g(p)] for c, txt, p, crit, _, _ in platform] + [["", "合计", "", "100"]])
    cats.append(cat("平台与团队建设", 20.0, code="四", scale_points=100.0, formula="表2得分×20%"))
    for icode, text, ipts, crit, rule, extra in platform:
        items.append(item("平台与团队建设", icode, text, float(ipts), criteria=crit, rule=rule, **extra))
    assert sum(s[2] for s in main) + 20 == 100
    paragraphs(d, ["二、加分与否决",
                   "（一）团队成员新入选国家级人才计划的，每人次加5分，加分累计不超过10分。",
                   "（二）团队成员发生学术不端行为并经学校学术委员会认定的，团队年度考核为D等。",
                   "三、考核等次",
                   "考核得分85分以上为A等，70分至84分为B等，60分至69分为C等，60分以下为D等。A等团队给予绩效奖励，"
                   "连续两年D等的团队予以撤销。",
                   "江城理工大学科学技术处", "2026年3月18日"])
    name = "d07_university_ceiling_column_per_kind_units_one_part_converted_from_100.docx"
    d.save(HERE / name)
    gold("d07", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "（一）", "text": "团队成员新入选国家级人才计划", "per_occurrence": 5.0, "unit": "人次", "cap": 10.0}],
         bonus_cap=10.0,
         veto=[{"text": "团队成员发生学术不端行为并经学校学术委员会认定的", "effect": "团队年度考核为D等"}],
         veto_effect="团队年度考核为D等",
         grades=bands(("A等", 85), ("B等", 70), ("C等", 60), ("D等", None)),
         notes="表1 column `分值上限` holds each per-unit item's CEILING (points = the ceiling; rule per_occurrence, some by "
               "kind as a dict `①一区论文8分/篇②…`, unit `10万元`); one category (平台与团队建设, 20) is scored on a "
               "SEPARATE 百分制 table and converted `×20%`: category points 20 with `scale_points` 100, its items keep "
               "their printed points (40/30/30, adding to 100, not 20); `视…给予5至10分` manual with `range`")


# ----------------------------------------------------------------------------- d08


def d08():
    """txt, 国企: a 第X条 办法 in plain text; 基本指标 articles state each indicator's points with a per-percentage
    deduction AND a per-percentage bonus with its own cap; `视差距给予5至12分`; 分类指标 scored on 百分制 in a numbered
    list and counted `得分×40%`; signed `+3分/项`, `-1分/次` 加减分."""
    title = "华源能源集团有限公司2026年度所属企业负责人经营业绩考核办法"
    basic = [
        ("1", "利润总额", 30, "完成目标值的得30分；每低于目标1%扣0.5分，扣完为止", "per_occurrence",
         {"per_occurrence": -0.5, "unit": "1%"}),
        ("2", "营业收入", 15, "得分＝实际完成值÷目标值×15，最高15分", "proportional",
         {"formula": "实际完成值÷目标值×15", "cap": 15.0}),
        ("3", "净资产收益率", 15, "达到目标值的得15分；低于目标值的视差距给予5至12分；为负数的不得分", "tiers",
         {"levels": {"达到目标值": 15.0, "低于目标值": [5.0, 12.0], "为负数": 0.0}}),
    ]
    sorted_ = [
        ("（1）", "安全环保", 30, "未发生一般及以上安全环保事故的得30分；发生一般事故的-10分/起，扣完为止", "per_occurrence",
         {"per_occurrence": -10.0, "unit": "起"}),
        ("（2）", "科技创新", 25, "研发投入强度达到3%的得15分，每低0.1个百分点扣1分；获得授权发明专利2分/件，最高10分",
         "components", {"components": [{"text": "研发投入强度达到3%", "points": 15.0},
                                        {"text": "获得授权发明专利", "points": 10.0}]}),
        ("（3）", "风险防控", 25, "未发生重大经营风险事件的得25分；发生的视损失程度给予0至15分", "tiers",
         {"levels": {"未发生": 25.0, "发生": [0.0, 15.0]}}),
        ("（4）", "党建工作责任制", 20, "按集团党委党建工作责任制考核得分×20%计入", "proportional",
         {"formula": "党建考核得分×20%"}),
    ]
    assert rows_sum(basic, 2) == 60 and rows_sum(sorted_, 2) == 100
    lines = [title, "", "第一章　总则", "",
             "第一条　为建立健全所属企业负责人经营业绩考核体系，落实国有资产保值增值责任，制定本办法。",
             "第二条　考核满分100分，由基本指标（60分）和分类指标（40分）构成。分类指标按百分制评分，得分×40%计入总分。",
             "", "第二章　基本指标", ""]
    art = ["三", "四", "五"]
    for a, (code, text, pts, crit, _, _) in zip(art, basic):
        extra = ""
        if code == "1":
            extra = "；每超过目标1%加0.3分，最多加6分"
        lines.append(f"第{a}条　{text}（{pts}分）。{crit}{extra}。")
    lines += ["", "第三章　分类指标", "",
              "第六条　分类指标按百分制考核，各项分值及评分标准如下：", ""]
    for code, text, pts, crit, _, _ in sorted_:
        lines.append(f"　　{code}{text}\t{pts}分\t{crit}。")
    lines += ["", "第七条　分类指标得分×40%计入年度考核总分。", "",
              "第四章　加减分", "",
              "第八条　加分项目：获得国家级荣誉的，+3分/项；获得省部级荣誉的，+1分/项。加分累计不超过5分。",
              "第九条　减分项目：被集团通报批评的，-1分/次；发生重大决策失误造成国有资产损失的，-5分/起。", "",
              "第五章　结果运用", "",
              "第十条　考核得分90分以上为A级，80分至89分为B级，70分至79分为C级，70分以下为D级。",
              "第十一条　企业发生重大及以上生产安全责任事故的，考核结果直接确定为D级。",
              "第十二条　考核结果与企业负责人年度绩效薪酬挂钩：A级系数1.2，B级1.0，C级0.8，D级0.5。", "",
              "华源能源集团有限公司", "2026年1月28日", ""]
    name = "d08_soe_articles_item_bonus_per_percent_zhi_range_sorted_on_100_times_40.txt"
    (HERE / name).write_text("\n".join(lines), encoding="utf-8")
    cats = [cat("基本指标", 60.0, code="第二章"),
            cat("分类指标", 40.0, code="第三章", scale_points=100.0, formula="分类指标得分×40%")]
    items = [item("基本指标", f"第{a}条", text, float(pts), criteria=crit + ("；每超过目标1%加0.3分，最多加6分" if code == "1" else ""),
                  rule=rule, **extra) for a, (code, text, pts, crit, rule, extra) in zip(art, basic)]
    items += [item("分类指标", code, text, float(pts), criteria=crit, rule=rule, **extra)
              for code, text, pts, crit, rule, extra in sorted_]
    gold("d08", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "第三条", "item": "利润总额", "text": "利润总额超过目标", "per_occurrence": 0.3, "unit": "1%",
                 "cap": 6.0},
                {"code": "第八条", "text": "获得国家级荣誉", "per_occurrence": 3.0, "unit": "项"},
                {"code": "第八条", "text": "获得省部级荣誉", "per_occurrence": 1.0, "unit": "项"}],
         bonus_cap=5.0, bonus_cap_scope="第八条",
         deductions=[{"code": "第九条", "text": "被集团通报批评", "per_occurrence": -1.0, "unit": "次"},
                     {"code": "第九条", "text": "发生重大决策失误造成国有资产损失", "per_occurrence": -5.0, "unit": "起"}],
         veto=[{"text": "企业发生重大及以上生产安全责任事故的", "effect": "考核结果直接确定为D级"}],
         veto_effect="考核结果直接确定为D级",
         grades=bands(("A级", 90), ("B级", 80), ("C级", 70), ("D级", None)),
         results_use="A级系数1.2，B级1.0，C级0.8，D级0.5（绩效薪酬）",
         notes="plain-text 第X条 办法; 基本指标 articles `第三条　利润总额（30分）。…` with a per-percentage deduction and a "
               "per-percentage BONUS with its own cap in one article (bonus entry with `item`, the 加分累计不超过5分 cap "
               "is read as the 第八条 cap only — see README); `视差距给予5至12分` tiers; 分类指标 on 百分制 in a "
               "tab-separated list `（1）安全环保\\t30分\\t…`, counted `×40%` (category points 40, `scale_points` 100); "
               "signed `+3分/项`, `-1分/次`; 绩效薪酬 coefficients are results_use, not weights")


# ----------------------------------------------------------------------------- d09


def d09():
    """docx+pdf, 村: a 村规民约-style 积分 scheme for HOUSEHOLDS, scored every month: a table whose criteria cells list
    `①…（8分）②…（6分）` under a row worth their sum, `给予5至8分` ranges, `-2分/次`; volunteer bonus `+1分/次` with a
    monthly cap; star ratings; a 积分超市 exchange rate that is not a rule."""
    title = "石桥村2026年度农户文明积分评比细则"
    sections = [
        ("一", "环境卫生", 40, [
            ("1", "门前三包", 20, "①门前无垃圾杂物（8分）②柴草、农具堆放整齐（6分）③车辆停放有序（6分）", "components",
             {"components": [{"code": "①", "text": "门前无垃圾杂物", "points": 8.0},
                             {"code": "②", "text": "柴草、农具堆放整齐", "points": 6.0},
                             {"code": "③", "text": "车辆停放有序", "points": 6.0}]}),
            ("2", "庭院整洁", 10, "干净整洁的得10分；基本整洁的给予5至8分；脏乱差的不得分", "tiers",
             {"levels": {"干净整洁": 10.0, "基本整洁": [5.0, 8.0], "脏乱差": 0.0}}),
            ("3", "垃圾分类", 10, "按要求分类投放的得10分；混投乱倒的-2分/次，扣完为止", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "次"}),
        ]),
        ("二", "乡风文明", 30, [
            ("4", "移风易俗", 15, "红白喜事按村规民约标准简办的得15分；大操大办、铺张浪费的不得分", "threshold", {}),
            ("5", "孝老爱亲", 15, "家庭和睦、赡养老人，经村民小组评议视情况给予10至15分；有虐待、遗弃老人行为的不得分", "tiers",
             {"levels": {"家庭和睦、赡养老人": [10.0, 15.0], "有虐待、遗弃老人行为": 0.0}}),
        ]),
        ("三", "遵规守约", 30, [
            ("6", "遵纪守法", 15, "无违法违纪行为的得15分；参与赌博、封建迷信活动的-5分/次，扣完为止", "per_occurrence",
             {"per_occurrence": -5.0, "unit": "次"}),
            ("7", "参与村务", 15, "按时参加村民会议和义务劳动，每缺席1次-3分，扣完为止", "per_occurrence",
             {"per_occurrence": -3.0, "unit": "次"}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["全体村民：",
                   "为深入推进移风易俗和人居环境整治，经村民代表会议讨论通过，将文明积分纳入村规民约。现将评比细则公布如下：",
                   "一、评比对象和方式。以户为单位，由村“两委”干部、村民小组长和党员代表组成评比小组，每月下旬入户评比一次，"
                   "每户每月满分100分，评比结果在村务公开栏公示。",
                   "二、评比内容及分值"])
    n_rows = 1 + sum(len(s[3]) for s in sections)
    t = d.add_table(rows=n_rows, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["评比类别", "序号", "评比项目", "评比标准", "分值"]):
        set_cell(t.cell(0, c), h, bold=True)
    r, cats, items = 1, [], []
    for code, name, pts, its in sections:
        merge_down(t, 0, r, r + len(its) - 1, f"{code}、{name}\n（{pts}分）")
        cats.append(cat(name, float(pts), code=code))
        assert rows_sum(its, 2) == pts
        for icode, text, ipts, crit, rule, extra in its:
            for c, v in enumerate([icode, text, crit, g(ipts)], start=1):
                set_cell(t.cell(r, c), v)
            items.append(item(name, icode, text, float(ipts), criteria=crit, rule=rule, **extra))
            r += 1
    paragraphs(d, ["三、加分。参加村级志愿服务、应急抢险的，+1分/次，每月加分不超过5分；家庭成员见义勇为或获得县级以上表彰的，"
                   "当月加10分。",
                   "四、一票否决。当月有违法占地建房、私搭乱建行为的，该户当月积分计为0分，且当年不得评为星级文明户。",
                   "五、星级评定。月积分95分以上的评为“五星文明户”，85分至94分的评为“四星文明户”，75分至84分的评为“三星文明户”。",
                   "六、积分使用。农户积分按月累计，每1分可在村“积分超市”兑换价值1元的生活用品，年底累计积分前10名的农户"
                   "由村委会给予表彰。",
                   "石桥村村民委员会", "2026年1月8日"])
    name = "d09_village_household_monthly_points_circled_subitems_stars.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, True))
    gold("d09", [name, name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         bonus=[{"code": "三", "text": "参加村级志愿服务、应急抢险", "per_occurrence": 1.0, "unit": "次", "cap": 5.0},
                {"code": "三", "text": "家庭成员见义勇为或获得县级以上表彰", "points": 10.0}],
         veto=[{"text": "当月有违法占地建房、私搭乱建行为的", "effect": "该户当月积分计为0分，且当年不得评为星级文明户"}],
         veto_effect="该户当月积分计为0分，且当年不得评为星级文明户",
         grades=[{"name": "五星文明户", "min_score": 95}, {"name": "四星文明户", "min_score": 85, "max_score": 94},
                 {"name": "三星文明户", "min_score": 75, "max_score": 84}],
         results_use="每1分可在村“积分超市”兑换价值1元的生活用品",
         scoring_note="以户为单位每月评比一次，积分按月累计",
         notes="a 村规民约 积分 scheme assessing HOUSEHOLDS monthly (it IS a scheme: items, points, rules, total 100 a "
               "month); criteria cells `①…（8分）②…（6分）③…（6分）` under a row worth their sum (components); `给予5至8分`, "
               "`视情况给予10至15分` ranges (tiers); signed `-2分/次`, `-5分/次`, bonus `+1分/次` capped 5 a month; star "
               "ratings are grades (no band under 75); the 积分超市 exchange is results_use")


# ----------------------------------------------------------------------------- d10


def d10():
    """html, 社区: a 考核办法 in articles whose scoring rules cite the ANNEX table's rows by number (`附表第2、3项…`);
    the annex's 分值 column holds `2分/件，满分10分`; criteria cells with `（1）…3分；（2）…2分` sub-items; `-1分/次`."""
    title = "文昌社区2026年度专职网格员绩效考核办法"
    rows = [  # num, category, item, points cell, points, rule (as in the article or the cell), rule kind, extra
        (1, "基础工作", "网格信息采集", "15", 15, "人口、房屋、单位等基础信息准确率达到98%的得满分，每低1个百分点-1分",
         "per_occurrence", {"per_occurrence": -1.0, "unit": "个百分点"}),
        (2, "基础工作", "日常巡查", "15", 15, "每日巡查不少于2小时并通过APP打卡，漏打卡的-1分/次，扣完为止",
         "per_occurrence", {"per_occurrence": -1.0, "unit": "次"}),
        (3, "基础工作", "走访入户", "10", 10, "（1）重点人群每月走访1次，4分；（2）独居老人每周探访1次，4分；（3）走访记录完整，2分",
         "components", {"components": [{"code": "（1）", "text": "重点人群每月走访1次", "points": 4.0},
                                       {"code": "（2）", "text": "独居老人每周探访1次", "points": 4.0},
                                       {"code": "（3）", "text": "走访记录完整", "points": 2.0}]}),
        (4, "事件处置", "问题上报", "2分/件，满分10分", 10, "上报的有效事件（安全隐患、矛盾纠纷等）按件计分",
         "per_occurrence", {"per_occurrence": 2.0, "unit": "件", "cap": 10.0}),
        (5, "事件处置", "按期办结", "20", 20, "事件按期办结率100%的得20分，每低1个百分点-0.5分", "per_occurrence",
         {"per_occurrence": -0.5, "unit": "个百分点"}),
        (6, "事件处置", "矛盾调解", "1分/件，满分10分", 10, "成功调解的邻里纠纷按件计分", "per_occurrence",
         {"per_occurrence": 1.0, "unit": "件", "cap": 10.0}),
        (7, "群众评价", "居民满意度", "20", 20, "由社区组织居民代表测评，按测评结果视情况给予10至20分", "manual",
         {"range": [10.0, 20.0]}),
    ]
    cats_def = [("一", "基础工作", 40), ("二", "事件处置", 40), ("三", "群众评价", 20)]
    for _, cname, pts in cats_def:
        assert sum(r[4] for r in rows if r[1] == cname) == pts
    articles = [
        "第一条　为加强专职网格员队伍管理，推动网格化服务精细化，制定本办法。",
        "第二条　考核实行百分制，考核项目及分值见附表。考核每季度进行一次，年度得分取四个季度的平均分。",
        "第三条　附表第1项：" + rows[0][5] + "。",
        "第四条　附表第2项：" + rows[1][5] + "；第3项按附表所列要求分项计分。",
        "第五条　附表第4项、第6项按件计分，累计不超过该项分值；第5项：" + rows[4][5] + "。",
        "第六条　附表第7项：" + rows[6][5] + "。",
        "第七条　被区级以上表彰的，加3分；工作做法被区级以上推广的，+1分/次；加分累计不超过5分。",
        "第八条　因工作失职被区级以上通报的，-3分/次；无故缺岗的，-2分/次。",
        "第九条　网格员泄露居民个人信息的，年度考核直接确定为不称职。",
        "第十条　年度得分90分以上为优秀，75分至89分为称职，60分至74分为基本称职，60分以下为不称职。",
    ]
    table_rows, cats, items = [], [], []
    for code, cname, pts in cats_def:
        cats.append(cat(cname, float(pts), code=code))
        its = [r for r in rows if r[1] == cname]
        for k, (num, _, text, shown, p, crit, rule, extra) in enumerate(its):
            cell = crit if rule == "components" or shown != str(p) else "按办法第三条至第六条计分"
            first = [(f"{cname}（{pts}分）", len(its))] if k == 0 else []
            table_rows.append([str(num)] + first + [text, cell, shown])
            items.append(item(cname, str(num), text, float(p), criteria=crit, rule=rule, **extra))
    table_rows.append(["", "合计", "", "", "100"])
    body = (f"<h2>{esc(title)}</h2>\n<p>（2026年2月16日文昌社区居民委员会印发）</p>\n"
            + "\n".join(f"<p>{esc(a)}</p>" for a in articles)
            + "\n<h3>附表　专职网格员绩效考核项目及分值</h3>\n"
            + html_table(["序号", "考核类别", "考核项目", "考核要求", "分值"], table_rows)
            + "\n<p>文昌社区居民委员会</p>")
    name = "d10_community_articles_cite_annex_rows_points_cell_per_unit_ceiling.html"
    (HERE / name).write_text(html_page(title, body), encoding="utf-8")
    gold("d10", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "第七条", "text": "被区级以上表彰", "points": 3.0},
                {"code": "第七条", "text": "工作做法被区级以上推广", "per_occurrence": 1.0, "unit": "次"}],
         bonus_cap=5.0,
         deductions=[{"code": "第八条", "text": "因工作失职被区级以上通报", "per_occurrence": -3.0, "unit": "次"},
                     {"code": "第八条", "text": "无故缺岗", "per_occurrence": -2.0, "unit": "次"}],
         veto=[{"text": "网格员泄露居民个人信息的", "effect": "年度考核直接确定为不称职"}],
         veto_effect="年度考核直接确定为不称职",
         grades=[{"name": "优秀", "min_score": 90}, {"name": "称职", "min_score": 75, "max_score": 89},
                 {"name": "基本称职", "min_score": 60, "max_score": 74}, {"name": "不称职", "max_score": 60}],
         scoring_note="每季度考核一次，年度得分取四个季度的平均分",
         notes="articles whose rules cite the ANNEX rows by number (`附表第1项：…`, `第4项、第6项按件计分`); in the annex the "
               "rows ruled by an article say only `按办法第三条至第六条计分`, so the item criteria come from the article; "
               "the 分值 column holds `2分/件，满分10分` / `1分/件，满分10分` (points = ceiling); row 3 lists "
               "`（1）…4分；（2）…4分；（3）…2分` in its cell (components); signed `-1分/次`, `-0.5分`, `+1分/次`")


# ----------------------------------------------------------------------------- d11


def d11():
    """xlsx, 交通运输: a 评分表 for 乡镇 with a `分值` column mixing `10`, `3分/公里，满分15分`, `5分/座，满分10分`;
    criteria `①…（4分）②…（3分）③…（3分）`; MQI bands; `视到位比例给予3至8分`; a 百分制 survey `×10%`; `-0.5分/处`."""
    title = "临山县2026年度乡镇农村公路路长制及养护工作考核评分表"
    sections = [
        ("一", "管理机制", 20, [
            ("1", "路长制落实", "10", 10, "①县、乡、村三级路长设置到位（4分）②路长公示牌设置规范（3分）③路长每季度巡路不少于1次（3分）",
             "components", {"components": [{"code": "①", "text": "县、乡、村三级路长设置到位", "points": 4.0},
                                           {"code": "②", "text": "路长公示牌设置规范", "points": 3.0},
                                           {"code": "③", "text": "路长每季度巡路不少于1次", "points": 3.0}]}),
            ("2", "养护资金配套", "10", 10, "乡镇配套资金足额到位的得10分；部分到位的视到位比例给予3至8分；未到位的不得分", "tiers",
             {"levels": {"足额到位": 10.0, "部分到位": [3.0, 8.0], "未到位": 0.0}}),
        ]),
        ("二", "养护质量", 50, [
            ("3", "路面技术状况", "20", 20, "MQI≥80的得20分；70≤MQI<80的得15分；60≤MQI<70的得8分；MQI<60的不得分", "tiers",
             {"levels": {"MQI≥80": 20.0, "70≤MQI<80": 15.0, "60≤MQI<70": 8.0, "MQI<60": 0.0}}),
            ("4", "日常保洁", "15", 15, "抽查路段每发现一处垃圾、堆积物或边沟堵塞-0.5分/处，扣完为止", "per_occurrence",
             {"per_occurrence": -0.5, "unit": "处"}),
            ("5", "安全生命防护工程", "3分/公里，满分15分", 15, "按完成的年度安防工程里程计分", "per_occurrence",
             {"per_occurrence": 3.0, "unit": "公里", "cap": 15.0}),
        ]),
        ("三", "建设与服务", 30, [
            ("6", "危桥改造", "5分/座，满分10分", 10, "按期完成改造并通过交工验收的按座计分", "per_occurrence",
             {"per_occurrence": 5.0, "unit": "座", "cap": 10.0}),
            ("7", "农村客运招呼站", "2分/个，满分10分", 10, "新建或改造农村客运招呼站，按个计分", "per_occurrence",
             {"per_occurrence": 2.0, "unit": "个", "cap": 10.0}),
            ("8", "群众满意度", "10", 10, "委托第三方按百分制测评，测评得分×10%计入本项", "proportional",
             {"formula": "测评得分×10%"}),
        ]),
    ]
    wb, ws = titled_sheet("考核评分表", title, 6)
    ws["A2"] = "乡镇（盖章）：____________　　考核组成员签字：____________"
    ws.merge_cells("A2:F2")
    header_row(ws, 3, ["考核类别", "序号", "考核项目", "评分标准", "分值", "得分"])
    r, cats, items = 4, [], []
    for code, name, pts, its in sections:
        ws.cell(row=r, column=1, value=f"{code}、{name}（{pts}分）")
        ws.merge_cells(start_row=r, start_column=1, end_row=r + len(its) - 1, end_column=1)
        cats.append(cat(name, float(pts), code=code))
        assert rows_sum(its, 3) == pts
        for icode, text, shown, ipts, crit, rule, extra in its:
            for c, v in enumerate([icode, text, crit, shown], start=2):
                ws.cell(row=r, column=c, value=v)
            items.append(item(name, icode, text, float(ipts), criteria=crit, rule=rule, **extra))
            r += 1
    ws.cell(row=r, column=1, value="合计")
    ws.cell(row=r, column=5, value=100)
    r += 2
    for line in ["加分项：获评省级“四好农村路”示范乡镇的，加5分。",
                 "扣分项：因养护不到位引发交通事故并经认定的，-5分/起。",
                 "等次：90分以上为优秀，80分至89分为良好，60分至79分为合格，60分以下为不合格。考核结果与县级养护补助资金挂钩。"]:
        ws.cell(row=r, column=1, value=line)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
    wrap_columns(ws, [18, 6, 18, 60, 18, 8])
    name = "d11_transport_rural_roads_points_column_per_km_circled_mqi_bands_survey_percent.xlsx"
    wb.save(HERE / name)
    gold("d11", [name], title, 2026, 100.0, cats, items,
         bonus=[{"text": "获评省级“四好农村路”示范乡镇", "points": 5.0}],
         deductions=[{"text": "因养护不到位引发交通事故并经认定", "per_occurrence": -5.0, "unit": "起"}],
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         notes="分值 column mixes a figure and per-unit points with a ceiling (`3分/公里，满分15分`, `5分/座，满分10分`, "
               "`2分/个，满分10分`); criteria `①…（4分）②…（3分）③…（3分）` under a row worth their sum (components); "
               "MQI bands with ≥/< as tiers; `视到位比例给予3至8分` range; a 百分制 survey counted `×10%` "
               "(proportional); signed `-0.5分/处`, `-5分/起`; the empty 得分 column and the signature line are blanks")


# ----------------------------------------------------------------------------- d12


def d12():
    """pdf only, 卫健 医院: a prose 方案; one category is ONE measure on a 千分制 checklist converted `÷1000×40`;
    items `1．name（10分）：rule。`; `视超出幅度给予3至7分`, `-0.5分`, `每超0.5天-1分`, `乙级-0.5分/份，丙级-2分/份`,
    `①…（4分）②…（3分）③…（3分）` in one line; `+2分/项` bonus with a cap."""
    title = "安平县人民医院2026年度临床科室综合目标考核方案"
    quality = ("医疗质量检查", 40, "按《安平县人民医院医疗质量检查标准》（千分制）每月检查，月平均得分÷1000×40计入",
               "proportional", {"formula": "月平均得分÷1000×40", "scale_points": 1000.0})
    sections = [
        ("二", "运营效率", 30, [
            ("1", "床位使用率", 10, "达到85%的得10分，每低1个百分点-0.5分", "per_occurrence",
             {"per_occurrence": -0.5, "unit": "个百分点"}),
            ("2", "平均住院日", 10, "不超过8天的得10分，每超0.5天-1分，扣完为止", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "0.5天"}),
            ("3", "药占比", 10, "控制在30%以内的得10分；超过的视超出幅度给予3至7分", "tiers",
             {"levels": {"30%以内": 10.0, "超过30%": [3.0, 7.0]}}),
        ]),
        ("三", "服务与安全", 30, [
            ("4", "患者满意度", 10, "由第三方按百分制测评，满意度得分×10%计入", "proportional", {"formula": "满意度得分×10%"}),
            ("5", "医疗安全", 10, "①无不良事件漏报（4分）②无医疗纠纷赔付（3分）③危急值规范处置（3分）", "components",
             {"components": [{"code": "①", "text": "无不良事件漏报", "points": 4.0},
                             {"code": "②", "text": "无医疗纠纷赔付", "points": 3.0},
                             {"code": "③", "text": "危急值规范处置", "points": 3.0}]}),
            ("6", "病历书写", 10, "终末病历抽查，乙级病历-0.5分/份，丙级病历-2分/份，扣完为止", "per_occurrence",
             {"per_occurrence": {"乙级病历": -0.5, "丙级病历": -2.0}, "unit": "份"}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["院内各临床科室：",
                   "为强化科室目标管理，持续提升医疗质量和运营效率，经院长办公会研究，制定本方案。考核满分100分，"
                   "由医务科、护理部、运营管理科按季度组织，年度得分为四个季度平均分。"])
    d.add_paragraph().add_run(f"一、医疗质量（{quality[1]}分）").bold = True
    d.add_paragraph(f"{quality[2]}。")
    cats = [cat("医疗质量", 40.0, code="一")]
    items = [item("医疗质量", None, quality[0], 40.0, criteria=quality[2], rule=quality[3], **quality[4])]
    for code, name, pts, its in sections:
        d.add_paragraph().add_run(f"{code}、{name}（{pts}分）").bold = True
        cats.append(cat(name, float(pts), code=code))
        assert rows_sum(its, 2) == pts
        for icode, text, ipts, crit, rule, extra in its:
            d.add_paragraph(f"{icode}．{text}（{ipts}分）：{crit}。")
            items.append(item(name, icode, text, float(ipts), criteria=crit, rule=rule, **extra))
    assert 40 + sum(s[2] for s in sections) == 100
    paragraphs(d, ["四、加分与否决",
                   "（一）开展新技术、新项目并获院级立项的，+2分/项，最多加4分。",
                   "（二）发生经鉴定为一级医疗事故的，科室当年考核结果为不合格。",
                   "五、结果运用",
                   "年度得分90分以上为优秀，80分至89分为良好，70分至79分为合格，70分以下为不合格。考核得分与科室绩效"
                   "系数挂钩，优秀科室系数1.1。",
                   "安平县人民医院", "2026年1月20日"])
    name = "d12_hospital_per_mille_checklist_converted_zhi_range_signed_per_record.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, False))
    gold("d12", [name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         bonus=[{"code": "（一）", "text": "开展新技术、新项目并获院级立项", "per_occurrence": 2.0, "unit": "项", "cap": 4.0}],
         veto=[{"text": "发生经鉴定为一级医疗事故的", "effect": "科室当年考核结果为不合格"}],
         veto_effect="科室当年考核结果为不合格",
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 70), ("不合格", None)),
         scoring_note="按季度考核，年度得分为四个季度平均分",
         results_use="考核得分与科室绩效系数挂钩，优秀科室系数1.1",
         notes="PDF only; category 一、医疗质量（40分） is ONE measure on a 千分制 checklist converted `月平均得分÷1000×40` "
               "(one item, code null, `scale_points` 1000, proportional); items `1．name（10分）：rule。`; "
               "`视超出幅度给予3至7分` range; signed `-0.5分`, `每超0.5天-1分` (unit 0.5天), by kind `乙级-0.5分/份，"
               "丙级-2分/份`; `①…（4分）②…（3分）③…（3分）` components; `+2分/项，最多加4分` bonus")


# ----------------------------------------------------------------------------- d13


def d13():
    """docx, 卫健: NOT a scheme — an exam analysis report: averages `76.4分`, 分数段 counts (`90分以上 38人`), a
    pass line `60分`, per-question-type score rates, `满分100分`, `考试时长90分钟`."""
    title = "安平县卫生健康系统2026年上半年医务人员“三基”理论考试成绩分析报告"
    d = new_doc()
    heading(d, title)
    paragraphs(d, [
        "一、考试基本情况",
        "2026年6月14日，县卫生健康局组织全县医务人员“三基”（基础理论、基本知识、基本技能）理论考试。试卷满分100分，"
        "考试时长90分钟，题型包括单项选择题（每题1分，共50分）、多项选择题（每题2分，共30分）和病例分析题（20分）。"
        "全县应考512人，实考498人，参考率97.3%。",
        "二、成绩总体情况",
        "全县平均分76.4分，最高分97分，最低分31分，60分及以上合格458人，合格率92.0%。其中医师组平均分78.2分，"
        "护理组平均分75.9分，医技组平均分74.1分。",
        "三、分数段分布"])
    grid(d, ["分数段", "人数", "占比"], [["90分以上", "38", "7.6%"], ["80—89分", "161", "32.3%"],
                                         ["70—79分", "172", "34.5%"], ["60—69分", "87", "17.5%"],
                                         ["60分以下", "40", "8.0%"], ["合计", "498", "100%"]])
    paragraphs(d, [
        "四、各题型得分情况",
        "单项选择题平均得分41.2分，得分率82.4%；多项选择题平均得分21.3分，得分率71.0%；病例分析题平均得分13.9分，"
        "得分率69.5%。多选题和病例分析题失分较多，反映出部分人员临床思维和知识综合运用能力不足。",
        "五、存在问题及下一步工作",
        "基层医疗机构平均分（72.6分）比县级医院（80.3分）低7.7分，乡镇卫生院有14人成绩低于50分。下一步，"
        "对不合格人员组织补考，补考仍不合格的暂停处方权；各单位每月开展不少于1次业务学习。",
        "安平县卫生健康局医政医管股", "2026年6月25日"])
    name = "d13_health_exam_analysis_report_averages_score_bands_not_scheme.docx"
    d.save(HERE / name)
    not_a_scheme("d13", [name], title, 2026,
                 "an exam ANALYSIS report: the paper's structure (`每题1分，共50分`), averages `76.4分`, score-band counts "
                 "`90分以上 38人`, score rates, a pass line `60分`; it reports results and scores no one against items")


# ----------------------------------------------------------------------------- d14


def d14():
    """html, 法院: NOT a scheme — an interview results 公示 listing candidates with 笔试 / 面试 / 总成绩, the
    weighting `笔试成绩×50%＋面试成绩×50%` and a `面试成绩低于70分的不得进入体检` line."""
    title = "临江县人民法院2026年公开招聘聘用制书记员面试成绩及总成绩公示"
    cands = [("2026010103", "张*涵", 78.5, 84.2), ("2026010117", "李*", 75.0, 86.6), ("2026010109", "王*琪", 80.5, 79.4),
             ("2026010122", "陈*", 72.0, 82.0), ("2026010105", "刘*阳", 74.5, 76.8), ("2026010130", "赵*", 71.0, 68.4)]
    rows = []
    for rank, (no, nm, w, m) in enumerate(sorted(cands, key=lambda c: -(c[2] + c[3]) / 2), start=1):
        total = round((w + m) / 2, 2)
        rows.append([str(rank), no, nm, f"{w:g}", f"{m:g}", f"{total:g}", "是" if rank <= 4 and m >= 70 else "否"])
    body = (f"<h2>{esc(title)}</h2>\n"
            "<p>根据《临江县人民法院2026年公开招聘聘用制书记员公告》，面试已于2026年4月11日结束。总成绩按“笔试成绩×50%＋"
            "面试成绩×50%”计算（保留两位小数），面试成绩低于70分的不得进入体检。现将成绩公示如下：</p>\n"
            + html_table(["排名", "准考证号", "姓名", "笔试成绩", "面试成绩", "总成绩", "是否进入体检"], rows)
            + "\n<p>公示期为2026年4月13日至4月17日。对成绩有异议的，请于公示期内每日8时30分至17时30分向县法院政治部"
            "反映，联系电话：0000-1234567。</p>\n<p>临江县人民法院政治部　2026年4月12日</p>")
    name = "d14_court_recruitment_interview_results_written_interview_total_not_scheme.html"
    (HERE / name).write_text(html_page(title, body), encoding="utf-8")
    not_a_scheme("d14", [name], title, 2026,
                 "a recruitment results 公示: candidates' 笔试 / 面试 / 总成绩 (obtained scores), the weighting "
                 "`笔试成绩×50%＋面试成绩×50%` and a 70-point interview threshold; no items or points to award")


BUILDS = (d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14)


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
