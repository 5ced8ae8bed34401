"""Build the TWENTIETH forms probe set (held out) and its gold from one hand-written content table each.

Theme: WHERE THE POINTS OF AN ITEM ARE STATED. An item's maximum stated only inside its criteria in words not
probed before (`本项不超过8分`, `以12分为限`, `扣至0分为止（本项12分）`, `满分按10分计`, `本项分值10分`), or only
by a 基础分 plus an addition (`基础分20分，…最高可加至25分`); a points column whose cells mix notations (`10`,
`8分`, `十分`, `7.0`, `≤10`, `0-8`, `12（基础分）`); 第X条 articles whose LAST article holds a small table
(tab-typed in a txt, a real table in a PDF) with the remaining items; an award matrix inside a FORM (a row
`获奖情况` holding a 级别×等次 grid); matrices whose cells give points PER PERSON with a cap PER UNIT; rubrics whose
items' points stand once in a summary table at the top while the sections below give only deductions
(`扣完本项分值为止`); items given as a share of their category (`占本类分值的40%`). Two documents full of `分` are
not schemes (a 健康积分 table for individuals, a 志愿服务时长与积分兑换 notice).
Each document's content is written once below and rendered both into the document and into
``gold/<id>.json``, so the gold is the content, never kaohe's output.
Run from the repo root: ``.venv/bin/python tests/data/forms20/make_forms20.py --pdf`` (needs ``soffice`` for the
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
from openpyxl.styles import Font

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
    with tempfile.TemporaryDirectory(prefix="lo_forms20_") as profile:
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


def html_table(header, rows):
    """rows: lists of cells; a cell may be (text, rowspan) or (text, rowspan, colspan)."""
    out = ['<table border="1" cellspacing="0" cellpadding="4">',
           "<tr>" + "".join(f"<th>{esc(h)}</th>" for h in header) + "</tr>"]
    for row in rows:
        cells = []
        for c in row:
            if isinstance(c, tuple):
                span = f' rowspan="{c[1]}"' if c[1] > 1 else ""
                span += f' colspan="{c[2]}"' if len(c) > 2 else ""
                cells.append(f"<td{span}>{esc(c[0]).replace(chr(10), '<br>')}</td>")
            else:
                cells.append(f"<td>{esc(c).replace(chr(10), '<br>')}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def add_items(cats, items, sections, total):
    """sections: (code, name, points, rows); rows: (code, text, points, criteria, rule, extra)."""
    for code, name, pts, rows in sections:
        assert sum(r[2] for r in rows) == pts, (name, pts)
        cats.append(cat(name, float(pts), code=code))
        for icode, text, ipts, crit, rule, extra in rows:
            items.append(item(name, icode, text, float(ipts), criteria=crit, rule=rule, **extra))
    assert sum(s[2] for s in sections) == total


# ----------------------------------------------------------------------------- e01


def e01():
    """docx, 工会: a 考核细则 table with NO points column; each item's maximum is stated only inside its
    评分办法 in words not probed before: `本项不超过8分`, `扣至0分为止（本项12分）`, `满分按10分计`, `以12分为限`,
    `本项分值10分`, `本项以8分封顶`; section rows `一、阵地建设（30分）`."""
    title = "江北区总工会2026年度职工书屋建设考核细则"
    sections = [
        ("一", "阵地建设", 30, [
            ("1", "场地设施", 8, "书屋配备书架、阅览桌椅、照明和电子阅读设备，每配备一类得2分，本项不超过8分",
             "per_occurrence", {"per_occurrence": 2.0, "unit": "类", "cap": 8.0}),
            ("2", "图书配置", 12, "藏书不少于1500册的得满分；不足1500册的，每少100册扣1分，扣至0分为止（本项12分）",
             "per_occurrence", {"per_occurrence": -1.0, "unit": "100册"}),
            ("3", "数字阅读", 10, "开通职工电子书屋或数字阅读平台的，满分按10分计；仅开通借阅登记系统的得5分；未开通的不得分",
             "tiers", {"levels": {"开通职工电子书屋或数字阅读平台": 10.0, "仅开通借阅登记系统": 5.0, "未开通": 0.0}}),
        ]),
        ("二", "管理服务", 40, [
            ("4", "管理制度", 12, "建立借阅登记、图书管理员、图书更新等制度并上墙公示，每项制度得3分，以12分为限",
             "per_occurrence", {"per_occurrence": 3.0, "unit": "项", "cap": 12.0}),
            ("5", "开放时间", 10, "每周开放不少于5天，每少开放1天扣2分，扣完为止。本项分值10分",
             "per_occurrence", {"per_occurrence": -2.0, "unit": "天"}),
            ("6", "图书更新", 8, "年度新增图书200册以上的得满分，100册至199册的得4分，不足100册的不得分，本项以8分封顶",
             "tiers", {"levels": {"200册以上": 8.0, "100册至199册": 4.0, "不足100册": 0.0}}),
            ("7", "借阅台账", 10, "借阅登记完整、统计准确，由考核组抽查台账综合评定，本项不超过10分", "manual", {}),
        ]),
        ("三", "阅读活动", 30, [
            ("8", "主题读书活动", 15, "每开展1次主题读书或读书分享活动计3分，满分按15分计",
             "per_occurrence", {"per_occurrence": 3.0, "unit": "次", "cap": 15.0}),
            ("9", "职工参与率", 10, "职工参与率达到60%的得满分，每低5个百分点扣1分，扣至0分为止（本项10分）",
             "per_occurrence", {"per_occurrence": -1.0, "unit": "5个百分点"}),
            ("10", "宣传报道", 5, "书屋活动被区级以上媒体报道的，每篇得1分，本项不超过5分",
             "per_occurrence", {"per_occurrence": 1.0, "unit": "篇", "cap": 5.0}),
        ]),
    ]
    cats, items = [], []
    add_items(cats, items, sections, 100)
    d = new_doc()
    p = d.add_paragraph("江北工〔2026〕7号")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading(d, title)
    paragraphs(d, ["各街道（园区）工会、区直各基层工会：",
                   "为推动职工书屋提质增效，区总工会制定本细则。考核满分100分，采取基层自查、实地查看相结合的方式，"
                   "于2026年11月进行。考核内容及评分办法如下："])
    n_rows = 1 + sum(1 + len(s[3]) for s in sections)
    t = d.add_table(rows=n_rows, cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["序号", "考核项目", "考核内容及评分办法"]):
        set_cell(t.cell(0, c), h, bold=True)
    r = 1
    for code, name, pts, rows in sections:
        cells = t.rows[r].cells
        set_cell(cells[0].merge(cells[-1]), f"{code}、{name}（{pts}分）", bold=True)
        r += 1
        for icode, text, _p, crit, _r, _e in rows:
            for c, v in enumerate([icode, text, crit]):
                set_cell(t.cell(r, c), v)
            r += 1
    paragraphs(d, ["考核得分85分以上的评为“示范职工书屋”，70分至84分的为“达标职工书屋”，70分以下的为“未达标职工书屋”。"
                   "书屋挪作他用或长期关闭的，直接认定为未达标。",
                   "江北区总工会", "2026年3月6日"])
    name = "e01_union_no_points_column_item_max_only_in_criteria_wording.docx"
    d.save(HERE / name)
    gold("e01", [name], title, 2026, 100.0, cats, items,
         veto=[{"text": "书屋挪作他用或长期关闭的", "effect": "直接认定为未达标"}],
         veto_effect="直接认定为未达标职工书屋",
         grades=bands(("示范职工书屋", 85), ("达标职工书屋", 70), ("未达标职工书屋", None)),
         notes="no points column: each item's maximum only inside its criteria (`本项不超过8分`, `扣至0分为止（本项12分）`, "
               "`满分按10分计`, `以12分为限`, `本项分值10分`, `本项以8分封顶`); section rows carry the category points")


# ----------------------------------------------------------------------------- e02


def e02():
    """xlsx, 企业: a 安全生产标准化 评分表 whose 分值 column mixes notations cell by cell: `10`, `8分`, `十分`, `7.0`,
    `≤10`, `0-8`, `12（基础分）`, `十五`, `≤10分`; section rows `一、安全管理（35分）`; a 合计 row."""
    title = "华泰精细化工有限公司2026年度车间安全生产标准化考核评分表"
    sections = [
        ("一", "安全管理", 35, [
            ("1", "安全生产责任制", "10", 10, "层层签订安全生产责任书，每缺一个班组扣2分，扣完为止",
             "per_occurrence", {"per_occurrence": -2.0, "unit": "个班组"}),
            ("2", "安全教育培训", "8分", 8, "新员工三级安全教育率100%，每少1人扣1分，扣完为止",
             "per_occurrence", {"per_occurrence": -1.0, "unit": "人"}),
            ("3", "隐患排查治理", "十分", 10, "每月开展隐患排查不少于2次，每少1次扣2分，扣完为止",
             "per_occurrence", {"per_occurrence": -2.0, "unit": "次"}),
            ("4", "应急管理", "7.0", 7, "编制现场处置方案并每半年演练1次的得满分；有方案未演练的得4分；无方案的不得分",
             "tiers", {"levels": {"有方案并每半年演练1次": 7.0, "有方案未演练": 4.0, "无方案": 0.0}}),
        ]),
        ("二", "现场管理", 40, [
            ("5", "作业现场", "≤10", 10, "由安全环保部现场检查，根据定置管理、通道畅通和标识情况综合评定", "manual", {}),
            ("6", "特种作业", "0-8", 8, "特种作业人员持证上岗，视抽查情况评定", "manual", {}),
            ("7", "危险作业审批", "12（基础分）", 12, "以基础分计，每发现一起动火、受限空间等危险作业未经审批的扣4分，扣完为止",
             "per_occurrence", {"per_occurrence": -4.0, "unit": "起"}),
            ("8", "劳动防护", "10分", 10, "劳动防护用品按标准发放并正确佩戴，每发现1人次未正确佩戴扣0.5分",
             "per_occurrence", {"per_occurrence": -0.5, "unit": "人次"}),
        ]),
        ("三", "职业健康与环保", 25, [
            ("9", "职业健康检查", "十五", 15, "接触职业病危害岗位员工体检率100%的得满分，每低1个百分点扣1分",
             "per_occurrence", {"per_occurrence": -1.0, "unit": "个百分点"}),
            ("10", "环保设施运行", "≤10分", 10, "环保设施运行正常、台账完整，视检查情况评分", "manual", {}),
        ]),
    ]
    cats, items = [], []
    for code, name, pts, rows in sections:
        assert sum(r[3] for r in rows) == pts
        cats.append(cat(name, float(pts), code=code))
        for icode, text, shown, ipts, crit, rule, extra in rows:
            items.append(item(name, icode, text, float(ipts), criteria=crit, rule=rule, printed=shown, **extra))
    assert sum(s[2] for s in sections) == 100
    wb, ws = titled_sheet("车间考核", title, 5)
    ws["A2"] = "考核对象：生产一车间、生产二车间、储运车间、维修车间　　考核周期：年度　　满分：100分"
    ws.merge_cells("A2:E2")
    header_row(ws, 3, ["序号", "考核项目", "分值", "评分标准", "得分"])
    r = 4
    for code, name, pts, rows in sections:
        ws.cell(row=r, column=1, value=f"{code}、{name}（{pts}分）").font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        r += 1
        for icode, text, shown, _i, crit, _r, _e in rows:
            for c, v in enumerate([icode, text, shown, crit], start=1):
                ws.cell(row=r, column=c, value=v)
            r += 1
    ws.cell(row=r, column=2, value="合计")
    ws.cell(row=r, column=3, value="100")
    r += 2
    for line in ["扣分：车间发生轻伤事故的，每起扣10分。",
                 "否决：发生重伤及以上生产安全事故或较大环境污染事件的，该车间年度考核为不合格。",
                 "等次：90分以上为优秀，75分至89分为良好，60分至74分为合格，60分以下为不合格。",
                 "考核人：__________　　车间负责人：__________　　日期：____年__月__日"]:
        ws.cell(row=r, column=1, value=line)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        r += 1
    wrap_columns(ws, [7, 16, 12, 60, 8])
    name = "e02_company_points_column_mixed_notations_per_cell.xlsx"
    wb.save(HERE / name)
    gold("e02", [name], title, 2026, 100.0, cats, items,
         deductions=[{"text": "车间发生轻伤事故", "per_occurrence": -10.0, "unit": "起"}],
         veto=[{"text": "发生重伤及以上生产安全事故或较大环境污染事件的", "effect": "年度考核为不合格"}],
         veto_effect="年度考核为不合格",
         grades=bands(("优秀", 90), ("良好", 75), ("合格", 60), ("不合格", None)),
         notes="分值 column mixes notations cell by cell: `10`, `8分`, `十分`, `7.0`, `≤10`, `0-8`, `12（基础分）`, `十五`, "
               "`≤10分`; `printed` keeps each cell; `≤N` and `0-N` are the item's maximum with a judged (manual) rule")


# ----------------------------------------------------------------------------- e03


def e03():
    """txt, 机关: a 第X条 办法 whose scoring articles give items with `以N分为限` at the end, and whose LAST
    article holds a TAB-TYPED table with the remaining items (类别 column, 分值 column)."""
    title = "青禾县农业农村局2026年度机关股室绩效考核办法"
    art = {  # category -> items in the articles
        "业务工作": [
            ("（一）", "重点任务落实", 20, "重点任务按月调度，每项未按时完成扣2分，以20分为限",
             "per_occurrence", {"per_occurrence": -2.0, "unit": "项"}),
            ("（二）", "常规业务办理", 15, "行政审批、项目申报等常规业务每出现一次差错扣1分，以15分为限",
             "per_occurrence", {"per_occurrence": -1.0, "unit": "次"}),
            ("（三）", "督查督办", 10, "督办事项按期办结率100%的得满分，每低1个百分点扣0.5分，以10分为限",
             "per_occurrence", {"per_occurrence": -0.5, "unit": "个百分点"}),
        ],
        "机关建设": [
            ("（一）", "学习制度", 10, "每月集中学习不少于2次，每少1次扣1分，以10分为限",
             "per_occurrence", {"per_occurrence": -1.0, "unit": "次"}),
            ("（二）", "作风纪律", 8, "工作日抽查在岗情况，每发现1人次脱岗扣0.5分，以8分为限",
             "per_occurrence", {"per_occurrence": -0.5, "unit": "人次"}),
        ],
    }
    table = [  # 序号, 类别, 项目, 分值, 评分方法, rule, extra
        ("1", "业务工作", "信息报送", 8, "被县委、县政府信息采用每篇计1分，被市级以上采用每篇计2分，最高8分",
         "per_occurrence", {"per_occurrence": {"县委、县政府采用": 1.0, "市级以上采用": 2.0}, "unit": "篇", "cap": 8.0}),
        ("2", "业务工作", "政务公开", 7, "按规定时限公开信息，每逾期1条扣1分", "per_occurrence",
         {"per_occurrence": -1.0, "unit": "条"}),
        ("3", "机关建设", "档案管理", 7, "文书档案按时归档、规范完整，由办公室检查评定", "manual", {}),
        ("4", "服务评价", "满意度测评", 15, "满意度得分×15%", "proportional", {"formula": "满意度得分×15%"}),
    ]
    cats = [cat("业务工作", 60.0, code="第四条"), cat("机关建设", 25.0, code="第五条"), cat("服务评价", 15.0, code="第三条")]
    items = []
    for c in cats:
        rows = art.get(c["name"], [])
        for code, text, pts, crit, rule, extra in rows:
            items.append(item(c["name"], code, text, float(pts), criteria=crit, rule=rule, **extra))
        for num, cname, text, pts, crit, rule, extra in table:
            if cname == c["name"]:
                items.append(item(cname, num, text, float(pts), criteria=crit, rule=rule, **extra))
        assert sum(i["points"] for i in items if i["category"] == c["name"]) == c["points"], c
    lines = [title, "", "第一条　为加强机关股室绩效管理，结合我局实际，制定本办法。",
             "第二条　本办法适用于局机关各股室，考核年度为2026年1月1日至12月31日。",
             "第三条　考核内容由业务工作（60分）、机关建设（25分）、服务评价（15分）三部分组成，满分100分。",
             "第四条　业务工作（60分）。"]
    for code, text, _p, crit, _r, _e in art["业务工作"]:
        lines.append(f"{code}{text}。{crit}。")
    lines.append("其余业务工作项目按第九条所列表格计分。")
    lines.append("第五条　机关建设（25分）。")
    for code, text, _p, crit, _r, _e in art["机关建设"]:
        lines.append(f"{code}{text}。{crit}。")
    lines.append("档案管理按第九条所列表格计分。")
    lines += ["第六条　服务评价由县直相关单位和服务对象对各股室进行满意度测评，按第九条所列表格计分。",
              "第七条　加分和扣分。股室工作获市级以上表彰的加2分，获县级表彰的加1分，加分累计不超过3分。"
              "股室人员违反廉洁纪律受到通报批评的，每人次扣3分。",
              "第八条　考核结果分为优秀、良好、一般三个等次：90分以上为优秀，80分至89分为良好，80分以下为一般。"
              "股室人员受到党纪政务处分的，该股室不得评为优秀。",
              "第九条　前述条款未列明的考核项目及分值如下：",
              "序号\t类别\t项目\t分值\t评分方法"]
    for num, cname, text, pts, crit, _r, _e in table:
        lines.append(f"{num}\t{cname}\t{text}\t{pts}\t{crit}")
    lines += ["", "青禾县农业农村局办公室", "2026年2月28日"]
    name = "e03_office_articles_yi_wei_xian_last_article_tab_table.txt"
    (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    gold("e03", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "第七条", "text": "股室工作获市级以上表彰", "points": 2.0},
                {"code": "第七条", "text": "股室工作获县级表彰", "points": 1.0}],
         bonus_cap=3.0,
         deductions=[{"code": "第七条", "text": "股室人员违反廉洁纪律受到通报批评", "per_occurrence": -3.0, "unit": "人次"}],
         veto=[{"text": "股室人员受到党纪政务处分的", "effect": "不得评为优秀"}], veto_effect="不得评为优秀",
         grades=bands(("优秀", 90), ("良好", 80), ("一般", None)),
         notes="items in articles end `以N分为限` (the item's maximum); the LAST article 第九条 holds a tab-typed table "
               "with the remaining items (类别 column places them in the parts of 第三条); category code = the article "
               "that heads it (服务评价 only in 第三条/第六条)")


# ----------------------------------------------------------------------------- e04


def e04():
    """PDF, 学校: a 班主任工作考核办法 in articles; items in articles state their maximum only as `满分按N分计` or
    `本项分值N分`; the LAST article holds a REAL table with the remaining items (类别 | 项目 | 分值 | 评分标准)."""
    title = "明德实验中学2026年班主任工作考核办法"
    art = {
        "班级管理": [
            ("（一）", "常规管理", 12, "班级每获得1次周流动红旗计1分，满分按12分计",
             "per_occurrence", {"per_occurrence": 1.0, "unit": "次", "cap": 12.0}),
            ("（二）", "安全教育", 8, "每学期召开安全主题班会不少于4次，每少1次扣2分，本项分值8分",
             "per_occurrence", {"per_occurrence": -2.0, "unit": "次"}),
            ("（三）", "班级日志", 6, "班级日志记录及时完整，由德育处每月抽查评定，满分按6分计", "manual", {}),
        ],
        "学生发展": [
            ("（一）", "学业进步", 15, "班级平均成绩年级排名上升的得满分，持平的得10分，下降的得5分，满分按15分计",
             "tiers", {"levels": {"排名上升": 15.0, "持平": 10.0, "下降": 5.0}}),
            ("（二）", "体质健康", 10, "学生体质健康达标率95%以上的得满分，每低1个百分点扣1分，本项分值10分",
             "per_occurrence", {"per_occurrence": -1.0, "unit": "个百分点"}),
        ],
        "家校共育": [
            ("（一）", "家访工作", 10, "每学期家访覆盖率100%的得满分，每少家访1户扣0.5分，满分按10分计",
             "per_occurrence", {"per_occurrence": -0.5, "unit": "户"}),
        ],
    }
    table = [
        ("班级管理", "班级文化", 8, "教室布置、班级公约、图书角建设，由考核小组检查评定", "manual", {}),
        ("班级管理", "卫生保洁", 6, "卫生检查每被通报1次扣1分", "per_occurrence", {"per_occurrence": -1.0, "unit": "次"}),
        ("学生发展", "社团与志愿服务", 10, "学生参与社团或志愿服务比例达到80%的得10分，达到60%的得6分，低于60%的得2分",
         "tiers", {"levels": {"达到80%": 10.0, "达到60%": 6.0, "低于60%": 2.0}}),
        ("家校共育", "家长会", 8, "每学期召开家长会不少于2次，每少1次扣4分", "per_occurrence",
         {"per_occurrence": -4.0, "unit": "次"}),
        ("家校共育", "家长满意度", 7, "家长满意率×7", "proportional", {"formula": "家长满意率×7"}),
    ]
    cats = [cat("班级管理", 40.0, code="第四条"), cat("学生发展", 35.0, code="第五条"), cat("家校共育", 25.0, code="第六条")]
    items = []
    for c in cats:
        for code, text, pts, crit, rule, extra in art[c["name"]]:
            items.append(item(c["name"], code, text, float(pts), criteria=crit, rule=rule, **extra))
        for k, (cname, text, pts, crit, rule, extra) in enumerate(table, start=1):
            if cname == c["name"]:
                items.append(item(cname, str(k), text, float(pts), criteria=crit, rule=rule, **extra))
        assert sum(i["points"] for i in items if i["category"] == c["name"]) == c["points"], c
    d = new_doc()
    heading(d, title)
    lines = ["第一条　为加强班主任队伍建设，激励班主任履职尽责，制定本办法。",
             "第二条　本办法适用于全校在岗班主任，每学年考核一次，考核满分100分。",
             "第三条　考核内容包括班级管理（40分）、学生发展（35分）、家校共育（25分）三个方面。",
             "第四条　班级管理（40分），考核以下内容："]
    for cname, art_no in (("班级管理", None), ("学生发展", "第五条　学生发展（35分），考核以下内容："),
                          ("家校共育", "第六条　家校共育（25分），考核以下内容：")):
        if art_no:
            lines.append(art_no)
        for code, text, _p, crit, _r, _e in art[cname]:
            lines.append(f"{code}{text}：{crit}。")
    lines += ["第七条　班主任所带班级发生重大安全责任事故或班主任有违反师德行为的，考核实行一票否决，当年考核计0分。",
              "第八条　考核得分90分以上为优秀，75分至89分为良好，60分至74分为合格，60分以下为不合格。考核结果与班主任津贴挂钩。",
              "第九条　其余考核项目及分值见下表："]
    paragraphs(d, lines)
    grid(d, ["序号", "类别", "项目", "分值", "评分标准"],
         [[str(k), c, t, str(p), crit] for k, (c, t, p, crit, _r, _e) in enumerate(table, start=1)])
    paragraphs(d, ["明德实验中学", "2026年8月25日"])
    name = "e04_school_articles_manfen_an_last_article_real_table.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, False))
    gold("e04", [name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         veto=[{"text": "班主任所带班级发生重大安全责任事故或班主任有违反师德行为的", "effect": "当年考核计0分"}],
         veto_effect="当年考核计0分",
         grades=bands(("优秀", 90), ("良好", 75), ("合格", 60), ("不合格", None)),
         results_use="考核结果与班主任津贴挂钩",
         notes="PDF only; items in articles give their maximum only as `满分按N分计` / `本项分值N分` at the END of the "
               "rule; the LAST scoring article 第九条 holds a real table of the remaining items (codes = its 序号)")


# ----------------------------------------------------------------------------- e05


AWARDS = {"国家级": {"一等奖": 20.0, "二等奖": 18.0, "三等奖": 16.0}, "省级": {"一等奖": 15.0, "二等奖": 12.0, "三等奖": 10.0},
          "市级": {"一等奖": 10.0, "二等奖": 8.0, "三等奖": 6.0}, "县级": {"一等奖": 6.0, "二等奖": 4.0, "三等奖": 3.0}}


def e05():
    """docx, 学校: a 考核登记表 FORM (姓名/学科 blanks, 自评/考核组评 columns) whose row `获奖情况` (20分) holds a
    级别×等次 GRID of points inside the form, with `按最高一项计分，本栏最高20分` under it."""
    title = "城南小学2026年度教师工作考核登记表"
    rows = [  # 项目, 分值, 要点, rule, extra
        ("师德表现", 20, "遵守职业道德规范，关爱学生，无有偿补课，由考核小组综合评定", "manual", {}),
        ("教学工作", 30, "备课、上课、作业批改、辅导各7.5分，按学校常规检查结果计分", "components",
         {"components": [{"text": "备课", "points": 7.5}, {"text": "上课", "points": 7.5},
                         {"text": "作业批改", "points": 7.5}, {"text": "辅导", "points": 7.5}]}),
        ("教研工作", 15, "参加校本教研每缺席1次扣1分，扣完为止", "per_occurrence", {"per_occurrence": -1.0, "unit": "次"}),
        ("出勤情况", 15, "事假每天扣0.5分，病假每天扣0.2分，旷工每天扣5分，扣完为止", "per_occurrence",
         {"per_occurrence": {"事假": -0.5, "病假": -0.2, "旷工": -5.0}, "unit": "天"}),
    ]
    items = [item(None, None, t, float(p), criteria=c, rule=r, **e) for t, p, c, r, e in rows]
    items.append(item(None, None, "获奖情况", 20.0, criteria="按本年度所获最高一项计分，不累加，本栏最高20分",
                      rule="lookup", levels=AWARDS, highest_only=True, cap=20.0, matrix="级别×等次 grid inside the form row"))
    assert sum(i["points"] for i in items) == 100
    d = new_doc()
    heading(d, title)
    n = 2 + len(rows) + 5 + 1 + 2
    t = d.add_table(rows=n, cols=6)
    t.style = "Table Grid"
    for c, v in enumerate(["姓名", "", "任教学科", "", "任教年级", ""]):
        set_cell(t.cell(0, c), v, bold=bool(v))
    for c, v in enumerate(["考核项目", "分值", "考核要点及评分办法", "", "自评", "考核组评"]):
        set_cell(t.cell(1, c), v, bold=True)
    t.cell(1, 2).merge(t.cell(1, 3))
    r = 2
    for text, pts, crit, _r, _e in rows:
        set_cell(t.cell(r, 0), text)
        set_cell(t.cell(r, 1), str(pts))
        set_cell(t.cell(r, 2).merge(t.cell(r, 3)), crit)
        r += 1
    first = r
    grid_rows = [["级别＼等次", "一等奖", "二等奖", "三等奖"]] + [
        [lvl] + [f"{v:g}" for v in ranks.values()] for lvl, ranks in AWARDS.items()]
    for gr in grid_rows:
        for c, v in enumerate(gr, start=2):
            set_cell(t.cell(r, c), v)
        r += 1
    set_cell(t.cell(r, 2).merge(t.cell(r, 5)), "按本年度所获最高一项计分，不累加，本栏最高20分")
    merge_down(t, 0, first, r, "获奖情况")
    merge_down(t, 1, first, r, "20")
    r += 1
    set_cell(t.cell(r, 0), "合计")
    set_cell(t.cell(r, 1), "100")
    r += 1
    set_cell(t.cell(r, 0).merge(t.cell(r, 5)), "考核等次：□优秀（90分以上）□合格（70分至89分）□基本合格（60分至69分）□不合格（60分以下）")
    paragraphs(d, ["说明：获奖情况指本人或指导学生在教育行政部门组织的教学竞赛、论文评比中获奖，以证书为准。",
                   "本人签字：__________　　考核小组组长签字：__________　　2026年12月　　日"])
    name = "e05_school_form_row_award_grid_level_by_rank.docx"
    d.save(HERE / name)
    gold("e05", [name], title, 2026, 100.0, [], items,
         grades=bands(("优秀", 90), ("合格", 70), ("基本合格", 60), ("不合格", None)),
         notes="a FORM: blanks for 姓名/学科, 自评/考核组评 columns; the row `获奖情况`（20） holds a 级别×等次 grid inside "
               "the form (rows merged down in cols 1-2); the grid SCORES that item (lookup, highest only, cap 20)")


# ----------------------------------------------------------------------------- e06


def e06():
    """html, 协会: an ordinary item table, then an award matrix 赛事级别 × 名次 whose cells give points PER PERSON
    (`3分/人`) with a cap PER MEMBER UNIT for each level in the last column (`每单位最高12分`), and an overall cap."""
    title = "丰城市体育总会2026年度单项体育协会工作考核办法"
    sections = [
        ("一", "组织建设", 30, [
            ("1", "换届与章程", 10, "按章程按期换届、会员大会每年召开1次的得满分，未按期换届的不得分", "threshold", {}),
            ("2", "会员发展", 10, "年度新发展会员单位每家得2分，最高10分", "per_occurrence",
             {"per_occurrence": 2.0, "unit": "家", "cap": 10.0}),
            ("3", "财务管理", 10, "财务收支规范、年度审计无问题的得满分，每发现一处问题扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "处"}),
        ]),
        ("二", "业务开展", 50, [
            ("4", "全民健身活动", 20, "每举办1次市级群众性比赛或健身活动得4分，最高20分", "per_occurrence",
             {"per_occurrence": 4.0, "unit": "次", "cap": 20.0}),
            ("5", "裁判教练培训", 15, "每举办1期培训班得5分，最高15分", "per_occurrence",
             {"per_occurrence": 5.0, "unit": "期", "cap": 15.0}),
            ("6", "青少年后备人才", 15, "向市运动队输送运动员每人得3分，最高15分", "per_occurrence",
             {"per_occurrence": 3.0, "unit": "人", "cap": 15.0}),
        ]),
        ("三", "社会评价", 20, [
            ("7", "会员满意度", 20, "会员单位满意度测评得分×20%", "proportional", {"formula": "满意度测评得分×20%"}),
        ]),
    ]
    cats, items = [], []
    add_items(cats, items, sections, 100)
    matrix = [("全国级", 5, 4, 3, 15), ("省级", 3, 2, 1, 9), ("市级", 1, 0.5, 0.5, 4)]
    levels = {lvl: {"第一名": float(a), "第二名": float(b), "第三名": float(c)} for lvl, a, b, c, _ in matrix}
    caps = {lvl: float(cap) for lvl, *_x, cap in matrix}
    body = [f"<h1>{esc(title)}</h1>", "<p>丰体总〔2026〕4号</p>", "<p>各单项体育协会：</p>",
            "<p>为规范单项体育协会建设，发挥协会在全民健身中的作用，制定本办法。考核实行百分制，另设竞赛成绩加分。</p>",
            "<h2>一、考核内容及评分标准</h2>"]
    rows = []
    for code, name, pts, srows in sections:
        for k, (icode, text, ipts, crit, _r, _e) in enumerate(srows):
            head = [(f"{name}\n（{pts}分）", len(srows))] if k == 0 else []
            rows.append(head + [icode, text, str(ipts), crit])
    body.append(html_table(["类别", "序号", "考核内容", "分值", "评分标准"], rows))
    body.append("<h2>二、竞赛成绩加分</h2>")
    body.append("<p>协会组织本项目运动员参加正式比赛获得名次的，按下表计分。表中分值为每名运动员（团体项目按每名"
                "上场队员）的得分；同一运动员同一赛事按最高名次计分；每个协会在同一级别的加分不超过该行“每协会上限”，"
                "竞赛成绩加分合计不超过20分。</p>")
    mrows = [[lvl, f"{a:g}分/人", f"{b:g}分/人", f"{c:g}分/人", f"{cap}分"] for lvl, a, b, c, cap in matrix]
    body.append(html_table(["赛事级别", "第一名", "第二名", "第三名", "每协会上限"], mrows))
    body += ["<h2>三、扣分与否决</h2>",
             "<p>协会在举办活动中发生安全责任事故的，每起扣10分；被登记管理机关列入活动异常名录的，年度考核为不合格。</p>",
             "<h2>四、等次</h2>",
             "<p>考核得分（含加分）90分以上为优秀，75分至89分为良好，60分至74分为合格，60分以下为不合格。</p>",
             "<p>丰城市体育总会　2026年3月18日</p>"]
    name = "e06_association_award_matrix_per_person_cap_per_unit_column.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    gold("e06", [name], title, 2026, 100.0, cats, items,
         bonus=[{"text": "竞赛成绩加分", "rule": "lookup", "levels": levels, "unit": "人", "per_person": True,
                 "caps": caps, "cap_scope": "每个协会每个级别", "highest_only": "同一运动员同一赛事按最高名次计分",
                 "cap": 20.0}],
         bonus_cap=20.0,
         deductions=[{"text": "举办活动中发生安全责任事故", "per_occurrence": -10.0, "unit": "起"}],
         veto=[{"text": "被登记管理机关列入活动异常名录的", "effect": "年度考核为不合格"}], veto_effect="年度考核为不合格",
         grades=bands(("优秀", 90), ("良好", 75), ("合格", 60), ("不合格", None)),
         notes="award matrix 赛事级别 × 名次 whose cells are points PER PERSON (`3分/人`), a last column `每协会上限` "
               "capping each level per member unit (15/9/4), and an overall cap 20 in the lead paragraph")


# ----------------------------------------------------------------------------- e07


def e07():
    """PDF, 医院: a 护理质量 rubric; a SUMMARY TABLE at the top gives every 项目's points once (类别 merged down);
    the sections below give ONLY deduction lines per 项目 (no points), closed by `扣完本项分值为止`."""
    title = "仁济县人民医院2026年护理单元护理质量考核标准"
    summary = [  # category, item, points, deductions [(text, amount, unit)]
        ("护理管理", "护理文书", 15, [("体温单、医嘱单漏记或错记", -0.5, "处"), ("护理记录与医疗记录不一致", -1.0, "份"),
                                    ("危重患者护理记录缺项", -2.0, "份")]),
        ("护理管理", "护理安全", 20, [("未落实患者身份识别制度", -2.0, "例"), ("高危药品未分区、未标识", -1.0, "处"),
                                    ("发生护理不良事件未按规定上报", -5.0, "例")]),
        ("临床护理", "基础护理", 20, [("患者皮肤、口腔、头发不清洁", -1.0, "人"), ("床单位不整洁", -0.5, "床")]),
        ("临床护理", "专科护理", 15, [("专科护理操作考核不合格", -2.0, "人次"), ("专科护理常规不熟悉", -1.0, "人次")]),
        ("感控与服务", "院感防控", 15, [("手卫生依从性抽查不合格", -1.0, "人次"), ("医疗废物分类错误", -2.0, "处")]),
        ("感控与服务", "患者满意度", 15, [("患者满意度低于95%的，每低1个百分点", -1.0, "个百分点")]),
    ]
    def line(text, a, u):
        return f"{text}扣{-a:g}分" if text.endswith("个百分点") else f"{text}，每{u}扣{-a:g}分"

    cat_pts = {}
    for c, _t, p, _d in summary:
        cat_pts[c] = cat_pts.get(c, 0) + p
    assert cat_pts == {"护理管理": 35, "临床护理": 35, "感控与服务": 30}
    cats = [cat(c, float(p)) for c, p in cat_pts.items()]
    items = []
    for k, (c, t, p, deds) in enumerate(summary, start=1):
        crit = "；".join(line(text, a, u) for text, a, u in deds) + "。以上扣完本项分值为止"
        per = {text: a for text, a, _u in deds} if len(deds) > 1 else deds[0][1]
        units = sorted({u for *_x, u in deds})
        items.append(item(c, None, t, float(p), criteria=crit, rule="per_occurrence", per_occurrence=per,
                          unit=units[0] if len(units) == 1 else {text: u for text, _a, u in deds},
                          points_from="summary table"))
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["本标准适用于全院各护理单元，由护理部每季度组织考核一次，满分100分。各项目分值见下表，"
                   "各项目的扣分标准见第二部分。",
                   "一、考核项目及分值一览表"])
    t = grid(d, ["考核类别", "考核项目", "分值"], [["", t_, str(p)] for _c, t_, p, _d in summary] + [["合计", "", "100"]])
    r = 1
    for c in cat_pts:
        n = sum(1 for s in summary if s[0] == c)
        merge_down(t, 0, r, r + n - 1, f"{c}（{cat_pts[c]}分）")
        r += n
    paragraphs(d, ["二、扣分标准"])
    for k, (c, t_, p, deds) in enumerate(summary, start=1):
        lines = [f"（{'一二三四五六'[k - 1]}）{t_}"]
        for j, (text, a, u) in enumerate(deds, start=1):
            lines.append(f"{j}．{line(text, a, u)}。")
        lines.append("以上扣完本项分值为止。")
        paragraphs(d, lines)
    paragraphs(d, ["三、其他",
                   "发生Ⅱ级及以上护理不良事件且隐瞒不报的，当季度考核不得评为优秀。季度考核95分以上为优秀，85分至94分为良好，"
                   "75分至84分为合格，75分以下为不合格。",
                   "仁济县人民医院护理部", "2026年1月8日"])
    name = "e07_hospital_summary_table_top_sections_only_deductions.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, False))
    gold("e07", [name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         veto=[{"text": "发生Ⅱ级及以上护理不良事件且隐瞒不报的", "effect": "当季度考核不得评为优秀"}],
         veto_effect="不得评为优秀",
         grades=bands(("优秀", 95), ("良好", 85), ("合格", 75), ("不合格", None)),
         scoring_note="每季度考核一次",
         notes="PDF only; each 项目's points stand ONCE in the summary table at the top (类别 merged down with its "
               "subtotal); the sections below carry only deduction lines and `以上扣完本项分值为止`; each 项目 is one "
               "per_occurrence item with a dict by kind (criteria = the deduction lines joined)")


# ----------------------------------------------------------------------------- e08


def e08():
    """legacy .doc, 街道: each category heading states its points `一、党建引领（30分）`; each item is given ONLY as a
    SHARE of its category in its line `1．党组织建设，占本类分值的40%。…`; rules refer to `本项分值`."""
    title = "和平街道2026年度社区综合工作考核实施细则"
    sections = [
        ("一", "党建引领", 30, [
            ("1", "党组织建设", 40, "按期换届、“三会一课”落实到位的得本项分值；每缺1次组织生活扣1分",
             "per_occurrence", {"per_occurrence": -1.0, "unit": "次"}),
            ("2", "党员教育管理", 30, "党员参加集中学习率90%以上的得本项分值，80%至90%的得本项分值的一半，80%以下的不得分",
             "tiers", {"levels": {"90%以上": 9.0, "80%至90%": 4.5, "80%以下": 0.0}}),
            ("3", "共驻共建", 30, "与辖区单位签订共建协议，每签订1家计1.5分，计满本项分值为止",
             "per_occurrence", {"per_occurrence": 1.5, "unit": "家", "cap": 9.0}),
        ]),
        ("二", "社区治理", 40, [
            ("4", "矛盾纠纷化解", 25, "矛盾纠纷调处成功率95%以上的得本项分值，每低1个百分点扣1分",
             "per_occurrence", {"per_occurrence": -1.0, "unit": "个百分点"}),
            ("5", "平安建设", 25, "发生刑事案件或群体性事件的，每起扣2分，扣完本项分值为止",
             "per_occurrence", {"per_occurrence": -2.0, "unit": "起"}),
            ("6", "居民自治", 50, "居民议事会每季度召开1次，每少1次扣5分；居民公约修订并公示的得满分",
             "per_occurrence", {"per_occurrence": -5.0, "unit": "次"}),
        ]),
        ("三", "民生服务", 30, [
            ("7", "养老服务", 50, "辖区80岁以上老人上门探访率100%，每少探访1人扣0.5分",
             "per_occurrence", {"per_occurrence": -0.5, "unit": "人"}),
            ("8", "就业帮扶", 50, "完成街道下达的就业帮扶任务的得本项分值，每少完成10%扣本项分值的20%",
             "per_occurrence", {"per_occurrence": -3.0, "unit": "10%", "fraction_of_item": "20%"}),
        ]),
    ]
    cats, items = [], []
    for code, name, pts, rows in sections:
        assert sum(r[2] for r in rows) == 100
        cats.append(cat(name, float(pts), code=code))
        for icode, text, share, crit, rule, extra in rows:
            items.append(item(name, icode, text, pts * share / 100, criteria=crit, rule=rule, share=f"{share}%", **extra))
    assert sum(s[2] for s in sections) == 100
    d = new_doc()
    p = d.add_paragraph("和街发〔2026〕12号")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading(d, title)
    lines = ["各社区党组织、居委会：",
             "为推进社区治理现代化，经街道党工委研究，制定本细则。考核总分100分，各类别分值见标题，类别内各项目分值按所占"
             "比例计算，计算结果保留一位小数。"]
    for code, name, pts, rows in sections:
        lines.append(f"{code}、{name}（{pts}分）")
        for icode, text, share, crit, _r, _e in rows:
            lines.append(f"{icode}．{text}，占本类分值的{share}%。{crit}。")
    lines += ["四、加分事项",
              "社区工作经验被区级以上推广的，每项加1分；获市级以上表彰的加3分。加分合计不超过5分。",
              "五、结果运用",
              "考核得分90分以上为优秀社区，80分至89分为良好社区，80分以下为一般社区。考核结果作为社区工作者绩效奖励的依据。",
              "中共和平街道工作委员会　和平街道办事处", "2026年3月2日"]
    paragraphs(d, lines)
    name = "e08_street_items_as_share_of_category_in_line.doc"
    to_legacy(lambda p_: d.save(p_), name.replace(".doc", ".docx"), "doc")
    gold("e08", [name], title, 2026, 100.0, cats, items,
         bonus=[{"text": "社区工作经验被区级以上推广", "per_occurrence": 1.0, "unit": "项"},
                {"text": "获市级以上表彰", "points": 3.0}],
         bonus_cap=5.0,
         grades=bands(("优秀社区", 90), ("良好社区", 80), ("一般社区", None)),
         results_use="考核结果作为社区工作者绩效奖励的依据",
         notes="legacy .doc; items given ONLY as a share of their category in the item line `占本类分值的40%`; "
               "item points are DERIVED (category × share, `share` keeps the printed percentage); rules refer to "
               "`本项分值`; item 8's `扣本项分值的20%` per 10% is −3 per 10% (`fraction_of_item`)")


# ----------------------------------------------------------------------------- e09


def e09():
    """legacy .xls, 企业: an item's maximum given ONLY as a 基础分 plus an addition in the 计分方法 cell
    (`基础分20分，…每高1个百分点加1分，最高可加至25分`); no points column; categories merged down."""
    title = "顺达物流集团2026年度分公司经营管理考核表"
    rows = [  # category, item, base, ceiling, criteria, deduction per, unit
        ("经营指标", "营业收入", 20, 25, "基础分20分，完成年度目标的得基础分；每超目标1个百分点加1分，最高可加至25分；"
         "每低1个百分点扣2分，扣完为止", -2.0, "个百分点"),
        ("经营指标", "利润总额", 20, 26, "基础分20分，每超目标1个百分点加1.5分，最高可加至26分；每低1个百分点扣2分，扣完为止",
         -2.0, "个百分点"),
        ("经营指标", "应收账款回收", 15, 18, "基础分15分，回收率每高于90%一个百分点加0.5分，最高可加至18分；"
         "每低1个百分点扣1分", -1.0, "个百分点"),
        ("管理指标", "准时交付", 15, 18, "基础分15分，准时交付率达98%得基础分，达99.5%以上的最高可加至18分；"
         "每发生1单延误扣0.5分", -0.5, "单"),
        ("管理指标", "安全运输", 15, 17, "基础分15分，全年无责任交通事故的可加至17分；每发生1起一般责任事故扣5分", -5.0, "起"),
        ("管理指标", "客户满意", 15, 18, "基础分15分，客户投诉每件扣1分；获客户书面表扬的每次加1分，最高可加至18分", -1.0, "件"),
    ]
    cats, items = [], []
    for cname in ("经营指标", "管理指标"):
        cats.append(cat(cname, float(sum(r[2] for r in rows if r[0] == cname)),
                        max_points=float(sum(r[3] for r in rows if r[0] == cname))))
    for k, (cname, text, base, top, crit, per, unit) in enumerate(rows, start=1):
        items.append(item(cname, str(k), text, float(base), criteria=crit, rule="per_occurrence", per_occurrence=per,
                          unit=unit, bonus_points=float(top - base), max_points=float(top)))
    assert sum(r[2] for r in rows) == 100 and sum(r[3] for r in rows) == 122
    wb, ws = titled_sheet("分公司考核", title, 5)
    ws["A2"] = "考核基础分100分，各项按计分方法可加分，加分后总分最高不超过120分。"
    ws.merge_cells("A2:E2")
    header_row(ws, 3, ["考核类别", "序号", "考核项目", "计分方法", "得分"])
    r = 4
    for cname in ("经营指标", "管理指标"):
        first = r
        for k, (c2, text, _b, _t, crit, _p, _u) in enumerate(rows, start=1):
            if c2 != cname:
                continue
            for c, v in enumerate([cname if r == first else None, str(k), text, crit], start=1):
                if v is not None:
                    ws.cell(row=r, column=c, value=v)
            r += 1
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    for line in ["否决事项：发生重大安全生产责任事故或重大经济损失的，年度考核为D级。",
                 "考核等级：总分100分以上为A级，90分至99分为B级，75分至89分为C级，75分以下为D级。",
                 "分公司负责人签字：__________　　考核办公室：__________"]:
        ws.cell(row=r, column=1, value=line)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        r += 1
    wrap_columns(ws, [12, 6, 16, 64, 8])
    name = "e09_company_base_points_zui_gao_ke_jia_zhi_only.xls"
    to_legacy(lambda p_: wb.save(p_), name.replace(".xls", ".xlsx"), "xls")
    gold("e09", [name], title, 2026, 100.0, cats, items, base_points=100.0, score_cap=120.0,
         veto=[{"text": "发生重大安全生产责任事故或重大经济损失的", "effect": "年度考核为D级"}], veto_effect="年度考核为D级",
         grades=bands(("A级", 100), ("B级", 90), ("C级", 75), ("D级", None)),
         notes="legacy .xls; no points column: an item's points only as `基础分N分` with `最高可加至M分` in the 计分方法 "
               "cell; as forms16 z11: points = the 基础分, `max_points` = the ceiling, `bonus_points` = ceiling − base; "
               "the ceilings add to 122 but the preamble caps the total at 120 (`score_cap`), a deliberate mismatch")


# ----------------------------------------------------------------------------- e10


def e10():
    """html, 卫健: a 家庭医生签约服务 table whose 分值 cell is sometimes BLANK (`见标准`) with the maximum only at the
    START of the criteria `本项分值8分。…`, or at the end `扣至0分为止（本项10分）`, or as `基础分10分，…最高可加至12分`."""
    title = "安宁区2026年度家庭医生签约服务工作考核评分表"
    rows = [  # 序号, 项目, shown points cell, points, criteria, rule, extra
        ("1", "签约覆盖", "20", 20, "常住人口签约率达到40%的得满分，每低1个百分点扣1分", "per_occurrence",
         {"per_occurrence": -1.0, "unit": "个百分点"}),
        ("2", "重点人群签约", "见标准", 8, "本项分值8分。65岁以上老人、慢病患者签约率达到70%的得满分，未达到的按比例计分",
         "proportional", {}),
        ("3", "履约服务", "见标准", 10, "抽查签约居民，每发现1人未按协议提供服务扣1分，扣至0分为止（本项10分）",
         "per_occurrence", {"per_occurrence": -1.0, "unit": "人"}),
        ("4", "健康档案", "15", 15, "电子健康档案规范建档率90%以上的得15分，80%至90%的得10分，80%以下的得5分",
         "tiers", {"levels": {"90%以上": 15.0, "80%至90%": 10.0, "80%以下": 5.0}}),
        ("5", "团队建设", "见标准", 10, "基础分10分，每个团队配备全科医生、护士、公卫人员，每缺一类扣2分；"
         "吸收专科医生加入团队的每个团队加0.5分，最高可加至12分", "per_occurrence",
         {"per_occurrence": -2.0, "unit": "类", "bonus_points": 2.0, "max_points": 12.0}),
        ("6", "信息化服务", "见标准", 12, "开展线上签约、续约和健康咨询的，满分按12分计；仅开展线上咨询的得6分", "tiers",
         {"levels": {"开展线上签约、续约和健康咨询": 12.0, "仅开展线上咨询": 6.0}}),
        ("7", "居民满意度", "25", 25, "第三方电话回访满意度×25", "proportional", {"formula": "满意度×25"}),
    ]
    items = [item(None, c, t, float(p), criteria=cr, rule=r, printed=s, **e) for c, t, s, p, cr, r, e in rows]
    assert sum(r[3] for r in rows) == 100
    body = [f"<h1>{esc(title)}</h1>",
            "<p>考核对象：各社区卫生服务中心、镇卫生院。考核满分100分，分值栏注明“见标准”的，其分值以评分标准所述为准。</p>",
            html_table(["序号", "考核项目", "分值", "评分标准", "得分"], [[c, t, s, cr, ""] for c, t, s, _p, cr, _r, _e in rows]),
            "<p>扣分：签约服务数据弄虚作假的，每查实1例扣5分。</p>",
            "<p>等次：85分以上为优秀，70分至84分为合格，70分以下为不合格。</p>",
            "<p>安宁区卫生健康局　2026年4月1日</p>"]
    name = "e10_health_points_cell_jian_biaozhun_max_at_start_or_end_of_criteria.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    gold("e10", [name], title, 2026, 100.0, [], items,
         deductions=[{"text": "签约服务数据弄虚作假", "per_occurrence": -5.0, "unit": "例"}],
         grades=bands(("优秀", 85), ("合格", 70), ("不合格", None)),
         notes="分值 cells hold figures or `见标准`; then the maximum is only in the criteria: `本项分值8分。` at the "
               "START, `扣至0分为止（本项10分）` at the end, `基础分10分…最高可加至12分` (points = 基础分, max_points 12), "
               "`满分按12分计`; `printed` keeps the cell")


# ----------------------------------------------------------------------------- e11


def e11():
    """xlsx, 市场监管: a 农贸市场 月度检查 sheet; the TOP table `检查项目及分值` gives each 检查项目's points once;
    the table below lists only 扣分标准 lines per 检查项目 (项目 merged down, no points), with `扣完本项分值为止`."""
    title = "临川区2026年农贸市场月度检查评分表"
    items_def = [
        ("环境卫生", 25, [("地面有积水、垃圾", -1.0, "处"), ("公厕无专人保洁、有异味", -3.0, "次"),
                        ("垃圾未日产日清", -5.0, "次")]),
        ("经营秩序", 20, [("超出摊位占道经营", -1.0, "户"), ("未亮照经营", -2.0, "户")]),
        ("计量管理", 15, [("使用未检定计量器具", -3.0, "台"), ("未设置公平秤", -5.0, "次")]),
        ("食品安全", 25, [("未建立进货查验台账", -2.0, "户"), ("销售过期变质食品", -5.0, "批次"),
                        ("农残快检每日少于20批次", -2.0, "天")]),
        ("消防安全", 15, [("消防通道堵塞", -3.0, "处"), ("灭火器过期或缺失", -1.0, "具")]),
    ]
    assert sum(p for _t, p, _d in items_def) == 100
    items = []
    for k, (t, p, deds) in enumerate(items_def, start=1):
        crit = "；".join(f"{x}，每{u}扣{-a:g}分" for x, a, u in deds) + "。扣完本项分值为止"
        units = {u for *_x, u in deds}
        items.append(item(None, str(k), t, float(p), criteria=crit, rule="per_occurrence",
                          per_occurrence={x: a for x, a, _u in deds},
                          unit={x: u for x, _a, u in deds} if len(units) > 1 else units.pop(),
                          points_from="summary table"))
    wb, ws = titled_sheet("月度检查", title, 4)
    ws["A2"] = "市场名称：______________　　检查日期：____年__月__日　　满分100分"
    ws.merge_cells("A2:D2")
    ws["A3"] = "一、检查项目及分值"
    ws["A3"].font = Font(bold=True)
    header_row(ws, 4, ["序号", "检查项目", "分值", "得分"])
    r = 5
    for k, (t, p, _d) in enumerate(items_def, start=1):
        for c, v in enumerate([str(k), t, p], start=1):
            ws.cell(row=r, column=c, value=v)
        r += 1
    ws.cell(row=r, column=2, value="合计")
    ws.cell(row=r, column=3, value=100)
    r += 2
    ws.cell(row=r, column=1, value="二、扣分标准（各项扣完本项分值为止）").font = Font(bold=True)
    r += 1
    header_row(ws, r, ["序号", "检查项目", "扣分标准", "扣分"])
    r += 1
    for k, (t, _p, deds) in enumerate(items_def, start=1):
        first = r
        for x, a, u in deds:
            ws.cell(row=r, column=3, value=f"{x}，每{u}扣{-a:g}分")
            r += 1
        ws.cell(row=first, column=1, value=str(k))
        ws.cell(row=first, column=2, value=t)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    for line in ["三、月度检查得分90分以上为A类市场，75分至89分为B类市场，75分以下为C类市场，连续两个月为C类的约谈市场开办者。",
                 "检查人员：__________　　市场开办者：__________"]:
        ws.cell(row=r, column=1, value=line)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        r += 1
    wrap_columns(ws, [7, 14, 50, 10])
    name = "e11_market_summary_points_table_then_deduction_lines_only.xlsx"
    wb.save(HERE / name)
    gold("e11", [name], title, 2026, 100.0, [], items,
         grades=bands(("A类市场", 90), ("B类市场", 75), ("C类市场", None)),
         results_use="连续两个月为C类的约谈市场开办者",
         notes="points ONLY in the top table `检查项目及分值`; the 扣分标准 table below repeats each 检查项目 (merged "
               "down) with deduction lines and no points; each 检查项目 is one per_occurrence item (dict by kind)")


# ----------------------------------------------------------------------------- e12


def e12():
    """txt, 工会: a 第X条 办法 for 劳动和技能竞赛; items in articles `（一）…，本项分值N分。`; the LAST article holds a
    TAB-TYPED award matrix whose cells are points PER PERSON and whose last column caps each level PER UNIT."""
    title = "云岭市总工会2026年度产业工会劳动和技能竞赛工作考核办法"
    art = [
        ("竞赛组织", 40, [
            ("（一）", "竞赛方案", 10, "年初制定竞赛方案并报市总工会备案的得满分，未备案的不得分", "threshold", {}),
            ("（二）", "竞赛覆盖", 20, "开展竞赛的企业占所属企业比例达到60%的得满分，每低5个百分点扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "5个百分点"}),
            ("（三）", "经费保障", 10, "竞赛经费列入工会年度预算的得满分，未列入的得4分", "tiers",
             {"levels": {"列入工会年度预算": 10.0, "未列入": 4.0}}),
        ]),
        ("竞赛成效", 60, [
            ("（一）", "技术创新成果", 30, "每有1项职工创新成果被市级以上采纳得5分，满分按30分计", "per_occurrence",
             {"per_occurrence": 5.0, "unit": "项", "cap": 30.0}),
            ("（二）", "技能人才培养", 30, "通过竞赛晋升技能等级的职工每人计1分，以30分为限", "per_occurrence",
             {"per_occurrence": 1.0, "unit": "人", "cap": 30.0}),
        ]),
    ]
    cats, items = [], []
    for name_, pts, rows in art:
        assert sum(r[2] for r in rows) == pts
        cats.append(cat(name_, float(pts)))
        for code, text, p, crit, rule, extra in rows:
            items.append(item(name_, code, text, float(p), criteria=crit, rule=rule, **extra))
    matrix = [("全国", 6, 4, 2, 18), ("全省", 3, 2, 1, 9), ("全市", 1, 0.5, 0.5, 3)]
    levels = {lvl: {"一等奖": float(a), "二等奖": float(b), "三等奖": float(c)} for lvl, a, b, c, _ in matrix}
    caps = {lvl: float(cap) for lvl, *_x, cap in matrix}
    lines = [title, "", "云工发〔2026〕15号", "",
             "第一条　为深化劳动和技能竞赛，推动产业工人队伍建设改革，制定本办法。",
             "第二条　考核对象为市级各产业工会，考核满分100分，另设获奖加分。",
             "第三条　竞赛组织（40分）。"]
    for code, text, p, crit, _r, _e in art[0][2]:
        lines.append(f"{code}{text}。{crit}，本项分值{p}分。")
    lines.append("第四条　竞赛成效（60分）。")
    for code, text, _p, crit, _r, _e in art[1][2]:
        lines.append(f"{code}{text}。{crit}。")
    lines += ["第五条　考核得分（含加分）90分以上为先进，70分至89分为达标，70分以下为未达标。所属企业发生较大以上生产安全"
              "事故的，不得评为先进。",
              "第六条　所属企业职工在竞赛中获奖的，按下表加分。表中数字为每名获奖职工的加分；每个产业工会在同一级别的加分"
              "不超过“单位上限”栏所列分值，获奖加分合计不超过20分。",
              "级别\t一等奖\t二等奖\t三等奖\t单位上限"]
    for lvl, a, b, c, cap in matrix:
        lines.append(f"{lvl}\t{a:g}分/人\t{b:g}分/人\t{c:g}分/人\t{cap}分")
    lines += ["", "云岭市总工会", "2026年3月20日"]
    name = "e12_union_articles_benxiang_fenzhi_last_article_tab_matrix_per_person.txt"
    (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    for it in items:
        if it["category"] == "竞赛组织":
            it["criteria"] = f"{it['criteria']}，本项分值{it['points']:g}分"
    gold("e12", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "第六条", "text": "所属企业职工在竞赛中获奖", "rule": "lookup", "levels": levels, "unit": "人",
                 "per_person": True, "caps": caps, "cap_scope": "每个产业工会每个级别", "cap": 20.0}],
         bonus_cap=20.0,
         veto=[{"text": "所属企业发生较大以上生产安全事故的", "effect": "不得评为先进"}], veto_effect="不得评为先进",
         grades=bands(("先进", 90), ("达标", 70), ("未达标", None)),
         notes="items in articles end `本项分值N分` / `满分按N分计` / `以N分为限`; the LAST article 第六条 holds a TAB-TYPED "
               "matrix 级别 × 等次 whose cells are points per person (`6分/人`) with a `单位上限` column per level")


# ----------------------------------------------------------------------------- e13


def e13():
    """xlsx, NOT a scheme: a 职工健康积分 register for INDIVIDUALS — 体检评分, 步数积分, 兑换 — full of `分`."""
    title = "昌源电力公司2026年第二季度职工健康积分台账"
    wb, ws = titled_sheet("健康积分", title, 8)
    ws["A2"] = ("说明：体检评分由职工医院按体检报告折算（满分100分）；运动打卡每日步数达8000步计1分；健康讲座每次计2分；"
                "积分可在工会服务站兑换运动用品，1分折合1元。")
    ws.merge_cells("A2:H2")
    header_row(ws, 3, ["工号", "姓名", "部门", "体检评分", "运动打卡积分", "讲座积分", "本季度积分合计", "已兑换"])
    data = [("10231", "周建华", "运检部", 86, 72, 4), ("10245", "林晓梅", "营销部", 91, 65, 6),
            ("10302", "高志远", "调控中心", 78, 88, 2), ("10318", "陈雨桐", "办公室", 95, 54, 8),
            ("10356", "马立新", "运检部", 69, 90, 0)]
    for r, (no, nm, dep, exam, steps, talk) in enumerate(data, start=4):
        for c, v in enumerate([no, nm, dep, f"{exam}分", f"{steps}分", f"{talk}分", f"{steps + talk}分",
                               f"{(steps + talk) // 2}分"], start=1):
            ws.cell(row=r, column=c, value=v)
    r = 4 + len(data) + 1
    ws.cell(row=r, column=1, value="体检评分低于70分的职工由职工医院安排健康随访。填表：工会办公室　2026年7月3日")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    wrap_columns(ws, [8, 10, 10, 10, 12, 10, 14, 10])
    name = "e13_company_staff_health_points_register_not_scheme.xlsx"
    wb.save(HERE / name)
    not_a_scheme("e13", [name], title, 2026,
                 "a health-points REGISTER of individual staff: 体检评分 `86分`, 打卡积分 `72分`, 合计, 兑换 `1分折合1元`; it "
                 "records what people earned and scores no unit against items")


# ----------------------------------------------------------------------------- e14


def e14():
    """html, NOT a scheme: a 志愿服务时长与积分兑换 notice — `每服务1小时计10分`, 兑换目录 `200分`, 时长 `30分钟`."""
    title = "东湖社区新时代文明实践站志愿服务时长积分兑换公告"
    body = [f"<h1>{esc(title)}</h1>",
            "<p>各位志愿者：</p>",
            "<p>为激励居民参与志愿服务，本站开展“时间银行”积分兑换。志愿服务时长以“志愿汇”平台记录为准，每服务1小时计10分，"
            "单次服务不足30分钟的不计分；节假日服务每小时计15分。积分长期有效，可在每月最后一个星期六上午9时30分至11时30分到"
            "实践站兑换。</p>",
            "<h2>兑换目录</h2>",
            html_table(["兑换物品或服务", "所需积分", "每月限兑"],
                       [["洗衣液1瓶", "100分", "2次"], ["理发服务1次", "150分", "1次"], ["米面粮油套装", "300分", "1次"],
                        ["家电清洗1次", "500分", "1次"]]),
            "<h2>本月积分前五名</h2>",
            html_table(["姓名", "累计时长", "累计积分"],
                       [["王桂兰", "86小时", "905分"], ["李德胜", "72小时", "760分"], ["赵敏", "61.5小时", "630分"],
                        ["孙永强", "55小时", "575分"], ["刘佳", "48小时", "500分"]]),
            "<p>积分不得转让，不得兑换现金。咨询电话：0000-6543210。</p>",
            "<p>东湖社区新时代文明实践站　2026年5月28日</p>"]
    name = "e14_community_volunteer_hours_points_exchange_not_scheme.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    not_a_scheme("e14", [name], title, 2026,
                 "a volunteer time-bank notice: `每服务1小时计10分`, an exchange list `300分`, a leaderboard `905分`, "
                 "`30分钟`/`9时30分`; individuals accumulate points to exchange, nothing is assessed against items")


BUILDS = (e01, e02, e03, e04, e05, e06, e07, e08, e09, e10, e11, e12, e13, e14)


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
