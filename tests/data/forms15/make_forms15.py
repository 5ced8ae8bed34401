"""Build the FIFTEENTH forms probe set (held out) and its gold from one hand-written content table each.

Theme: a FOURTH ROUND of forms of stating points not yet probed by the earlier sets (tests/data/forms …
forms14, unseen). Point notations: conditional prose lines ending with the verb 赋 / 记 / 减 (`…的，赋10分。`,
`…的，不赋分`); an item's points SPLIT inside its own points cell (`10分（其中台账5分、现场5分）`); points given
ONLY by footnote marks on the items (`…①`, `…②`) keyed to a `注：` block (`标注①的项目每项5分`); a tick
column whose HEADER gives every row's points once (`达标（每项4分）`); items stated only as a share of their
module in a table column `权重（占本模块分值）`. Structure: an xlsx with ONE SHEET PER CATEGORY (category points
in each sheet's title row) and a `汇总` sheet; an html rubric as definition lists `<dt>名称（10分）</dt>` with a
criteria `<dd>` and a `评分：` `<dd>`; a docx whose items are a Word auto-numbered list nested THREE levels deep
with points only at level 2; a PDF exported from presentation slides (one category per slide). Prose: a
regulation whose 款 end with a separate sentence `此项满分10分。` and whose articles end `本条各项合计25分。`;
a regulation with two alternative item tracks by unit type (`乡镇按A款计分，部门按B款计分`); a 细则 whose
deductions are a table inside the prose followed by a cap sentence. And two documents full of `N分` that are
not schemes (a 体育中考 time → points conversion table, a citizen credit-points notice).
Each document's content is written once below and rendered both into the document and into
``gold/<id>.json``, so the gold is the content, never kaohe's output.
Run from the repo root: ``.venv/bin/python tests/data/forms15/make_forms15.py`` (add ``--pdf`` to refresh
the PDFs with LibreOffice headless; needs a CJK font). The legacy .doc/.xls are always converted with
LibreOffice (needs ``soffice``).
"""

from __future__ import annotations

import copy
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
    with tempfile.TemporaryDirectory(prefix="lo_forms15_") as profile:
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


# ----------------------------------------------------------------------------- y01


def y01():
    """txt, 社区: each item a conditional prose line whose points come at the END after the verb 赋 / 记
    (`…的，赋10分。`, `每按时公开一次，记2.5分`), losses with 减 (`每有一件逾期，减2分`) and zero as `不赋分`;
    section headings `一、公开内容　本部分40分`."""
    title = "青禾街道2026年度社区居务公开工作考评细则"
    sections = [
        ("一", "公开内容", 40, [
            ("居务公开目录齐全，涵盖党务、居务、财务三类事项的，赋10分。", 10, "threshold", {}),
            ("财务收支每季度公开一次，每按时公开一次，记2.5分，全年记满10分为止。", 10, "per_occurrence",
             {"per_occurrence": 2.5, "unit": "季度", "cap": 10.0}),
            ("低保、临时救助等民生事项公示期不少于7天的，赋8分；公示期不足7天的，赋4分。", 8, "tiers",
             {"levels": {"公示期不少于7天": 8.0, "公示期不足7天": 4.0}}),
            ("居民区重大事项的决策过程和结果同步公开的，赋12分。", 12, "threshold", {}),
        ]),
        ("二", "公开形式", 30, [
            ("设置固定公开栏，位置醒目、便于居民查看的，赋10分。", 10, "threshold", {}),
            ("线上线下同步公开的，赋10分；仅在公开栏公开的，赋5分。", 10, "tiers",
             {"levels": {"线上线下同步公开": 10.0, "仅在公开栏公开": 5.0}}),
            ("公开资料归档完整、可追溯的，由考评组查阅档案后酌情赋分，最多赋10分。", 10, "manual", {}),
        ]),
        ("三", "群众监督", 30, [
            ("设立居务监督委员会并每季度开展一次监督活动的，赋10分。", 10, "threshold", {}),
            ("居民对公开事项的质询均在10个工作日内答复的，赋10分；每有一件逾期答复，减2分，减完为止。", 10,
             "per_occurrence", {"per_occurrence": -2.0, "unit": "件"}),
            ("年度居民满意度测评满意率90%以上的，赋10分；80%至90%的，赋6分；80%以下的，不赋分。", 10, "tiers",
             {"levels": {"90%以上": 10.0, "80%至90%": 6.0, "80%以下": 0.0}}),
        ]),
    ]
    lines = [title, "",
             "为规范社区居务公开工作，保障居民的知情权、参与权和监督权，根据有关规定，结合街道实际，制定本细则。", "",
             "考评对象为街道所辖12个社区居委会。考评由街道民政办会同纪工委组成考评组，于每年12月进行，"
             "按以下条目逐条赋分，满分100分。", ""]
    cats, items, n = [], [], 0
    for code, name_, pts, rows in sections:
        lines += [f"{code}、{name_}　本部分{pts}分", ""]
        cats.append(cat(name_, float(pts), code=code))
        assert sum(r[1] for r in rows) == pts
        for text, ipts, rule, extra in rows:
            n += 1
            lines.append(f"{n}．{text}")
            items.append(item(name_, str(n), text.split("，")[0], float(ipts), criteria=text.rstrip("。"), rule=rule, **extra))
        lines.append("")
    ded = "公开内容经查实存在虚假的，每发现一起，从考评总分中减5分"
    lines += ["四、减分情形", "", f"{ded}。", "",
              "五、等次评定", "",
              "考评总分90分以上为优秀，75分至89分为良好，60分至74分为合格，60分以下为不合格。", "",
              "青禾街道办事处", "2026年3月2日", ""]
    name = "y01_community_conditional_lines_fu_ji_jian_verbs.txt"
    (HERE / name).write_text("\n".join(lines), encoding="utf-8")
    gold("y01", [name], title, 2026, 100.0, cats, items,
         deductions=[{"text": "公开内容虚假", "criteria": ded, "per_occurrence": -5.0, "unit": "起"}],
         grades=bands(("优秀", 90), ("良好", 75), ("合格", 60), ("不合格", None)),
         notes="each item is ONE conditional prose line whose points come at the END after the verb 赋 (`…的，赋10分。`), "
               "记 (`每按时公开一次，记2.5分，全年记满10分为止`) or as zero `不赋分`, losses with 减 (`每有一件逾期答复，减2分，"
               "减完为止`); the item's maximum is the highest 赋 figure of its line (`最多赋10分` for the manual item); "
               "headings `一、公开内容　本部分40分` (no brackets); item text = the line up to the first comma, criteria = "
               "the whole line; `7天`, `10个工作日`, `12个` are not points")


# ----------------------------------------------------------------------------- y02


def y02():
    """docx, 企业: a table whose 分值 cells SPLIT the item's points inside the cell `10分（其中台账5分、现场5分）`
    beside plain `8分` cells; category rows `一、基础管理（30分）` merged across."""
    title = "临江化工有限公司2026年车间安全标准化考核评分表"
    sections = [
        ("一", "基础管理", 30, [
            ("安全生产责任制", "逐级签订安全生产责任书，岗位安全责任清单上墙公示", 10,
             [("台账", 5), ("现场", 5)], "责任书每缺一份扣1分；现场未上墙公示的扣5分"),
            ("安全教育培训", "制定年度培训计划，新员工三级安全教育，全员考试合格后上岗", 12,
             [("计划", 4), ("教育", 4), ("考试", 4)],
             "无年度培训计划的扣4分；三级教育每缺一人扣1分；考试不合格人员上岗的扣4分"),
            ("安全投入", "按规定提取安全生产费用，专款专用", 8, None,
             "提取并专款专用的得8分，未专款专用的不得分"),
        ]),
        ("二", "现场管理", 45, [
            ("设备设施", "特种设备定期检验，安全附件完好，设备档案完整", 15, [("台账", 5), ("现场", 10)],
             "档案每缺一台扣1分；现场每发现一处安全附件失效扣2分"),
            ("特殊作业", "动火、受限空间等特殊作业票证齐全规范，作业全程有专人监护", 10, [("票证", 6), ("监护", 4)],
             "票证每缺一项或填写不规范扣2分；作业时无人监护的扣4分"),
            ("职业健康", "每年开展作业场所职业病危害因素检测，员工按规定佩戴防护用品", 10, [("检测", 5), ("防护", 5)],
             "未开展检测的扣5分；每发现一人未按规定佩戴防护用品扣1分"),
            ("定置管理", "物料定点定量摆放，安全通道畅通", 10, None, "每发现一处不符合扣1分，扣完为止"),
        ]),
        ("三", "应急管理", 25, [
            ("应急预案", "编制车间现场处置方案，报公司安全部备案", 10, [("预案", 6), ("备案", 4)],
             "未编制处置方案的扣6分；未备案的扣4分"),
            ("应急演练", "每半年至少组织一次应急演练并评估", 10, None, "每少一次扣5分"),
            ("应急物资", "应急物资齐全并在有效期内", 5, None, "齐全且有效的得5分；缺项或过期的不得分"),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["考核车间：__________________　　考核日期：2026年____月____日",
                   "说明：本表满分100分。分值栏注明“其中”的，该项分值按括号内所列部分分别考核，各部分扣完为止。"])
    rows = sum(1 + len(r) for *_, r in sections) + 1
    t = d.add_table(rows=rows + 1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["序号", "考核项目", "考核内容", "分值", "评分标准"]):
        set_cell(t.cell(0, c), h, bold=True)
    r, n = 1, 0
    cats, items = [], []
    for code, name_, pts, rows_ in sections:
        merge_across(t, r, f"{code}、{name_}（{pts}分）", bold=True)
        cats.append(cat(name_, float(pts), code=code))
        assert sum(x[2] for x in rows_) == pts
        r += 1
        for text, content, ipts, split, crit in rows_:
            n += 1
            cell = f"{ipts}分" if not split else f"{ipts}分（其中" + "、".join(f"{a}{b}分" for a, b in split) + "）"
            for c, v in enumerate([str(n), text, content, cell, crit]):
                set_cell(t.cell(r, c), v)
            r += 1
            if split:
                assert sum(b for _, b in split) == ipts
                extra = {"components": [{"text": a, "points": float(b)} for a, b in split], "printed": cell}
                rule = "components"
            elif "每" in crit:
                extra = {"per_occurrence": -5.0 if "每少一次扣5分" in crit else -1.0,
                         "unit": "次" if "每少一次" in crit else "处"}
                rule = "per_occurrence"
            else:
                extra, rule = {}, "threshold"
            items.append(item(name_, str(n), text, float(ipts), criteria=crit,
                              rule=rule, content=content, **extra))
    for c, v in enumerate(["", "合计", "", "100分", ""]):
        set_cell(t.cell(r, c), v, bold=bool(v))
    set_widths(t, [1.0, 2.4, 5.2, 2.8, 5.4])
    veto = "车间发生一般及以上生产安全事故的"
    paragraphs(d, [f"否决事项：{veto}，本年度考核直接评定为D级。",
                   "等级评定：90分以上为A级，80—89分为B级，70—79分为C级，70分以下为D级。",
                   "考核人（签字）：____________　　车间负责人（签字）：____________"])
    name = "y02_company_points_split_inside_cell_qizhong.docx"
    d.save(HERE / name)
    gold("y02", [name], title, 2026, 100.0, cats, items,
         veto=[{"text": veto, "effect": "本年度考核直接评定为D级"}], veto_effect="本年度考核直接评定为D级",
         grades=bands(("A级", 90), ("B级", 80), ("C级", 70), ("D级", None)),
         notes="the 分值 cell SPLITS the item's points inside itself `10分（其中台账5分、现场5分）` (two or three "
               "parts) beside plain `8分` cells; a split item is ONE item of the cell's first figure with rule "
               "components (`components` = the named parts, `printed` = the cell); the parts are NOT items; criteria = "
               "the 评分标准 column, `content` = the 考核内容 column; category rows merged across carry the category "
               "points; the fill-in lines are blanks")


# ----------------------------------------------------------------------------- y03


def y03():
    """pdf only, 学校: points given ONLY by footnote marks after each item's text (`…①`, `…②`, `…③`) keyed to a
    `注：` block under the table (`标注①的项目每项5分，标注②的项目每项10分，标注③的项目每项15分`)."""
    title = "北川大学2026年实验室安全检查评分表"
    value = {"①": 5, "②": 10, "③": 15}
    sections = [
        ("一", "安全责任体系", [("实验室安全责任人明确，安全信息牌上墙", "①"),
                                ("建立安全准入制度，人员经培训考核合格后方可进入实验室", "②"),
                                ("每月开展安全自查并如实记录", "①")]),
        ("二", "危险化学品管理", [("危险化学品分类存放，剧毒品实行双人双锁管理", "③"),
                                  ("建立化学品台账，账物相符", "②"),
                                  ("实验废液分类收集、定期交由有资质单位处置", "②")]),
        ("三", "设施与用电安全", [("通风橱运行正常，定期检测风速", "①"),
                                  ("不私拉乱接电线，无违规使用大功率电器", "③"),
                                  ("配备灭火器、洗眼器、急救箱并在有效期内", "②"),
                                  ("实验人员按规定穿戴实验服、护目镜等防护用品", "①")]),
        ("四", "应急管理", [("制定实验室应急处置预案并张贴在显著位置", "①"),
                            ("每学年至少开展一次应急演练", "①")]),
    ]
    total = sum(value[m] for _, _, rows in sections for _, m in rows)
    assert total == 100
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["被检查单位（学院）：________________　　实验室名称及房间号：________________",
                   "检查时间：2026年____月____日"])
    n_rows = sum(1 + len(r) for *_, r in sections)
    t = d.add_table(rows=n_rows + 1, cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["序号", "检查内容", "得分"]):
        set_cell(t.cell(0, c), h, bold=True)
    r, n = 1, 0
    cats, items = [], []
    levels_note = "符合的得该项全部分值，基本符合的得该项分值的一半，不符合的不得分"
    for code, name_, rows in sections:
        merge_across(t, r, f"{code}、{name_}", bold=True)
        cats.append(cat(name_, None, code=code))
        r += 1
        for text, mark in rows:
            n += 1
            set_cell(t.cell(r, 0), str(n))
            set_cell(t.cell(r, 1), text + mark)
            r += 1
            p = float(value[mark])
            items.append(item(name_, str(n), text, p, criteria=levels_note, rule="tiers", mark=mark,
                              levels={"符合": p, "基本符合": p / 2, "不符合": 0.0}))
    set_widths(t, [1.2, 12.0, 2.6])
    veto = "检查中发现重大安全隐患的（如剧毒品未实行双人双锁管理、违规存放易制爆化学品）"
    paragraphs(d, [
        "注：1．检查内容后标注①的项目每项5分，标注②的项目每项10分，标注③的项目每项15分，合计100分。",
        f"2．各项按“符合、基本符合、不符合”三档评分：{levels_note}。",
        f"3．{veto}，实行一票否决，检查结果直接判定为不合格，并责令实验室停用整改。",
        "4．检查得分85分以上为合格，60分至84分为基本合格，60分以下为不合格。",
        "检查人员（签字）：____________　　实验室负责人（签字）：____________",
        "北川大学实验室与设备管理处制"])
    name = "y03_school_footnote_marks_keyed_to_zhu_block.docx"
    d.save(HERE / name)
    docx_to_pdf(name, keep_docx=False)
    pdf = name.replace(".docx", ".pdf")
    gold("y03", [pdf], title, 2026, 100.0, cats, items,
         veto=[{"text": veto, "effect": "检查结果直接判定为不合格，并责令实验室停用整改"}],
         veto_effect="检查结果直接判定为不合格，并责令实验室停用整改",
         grades=bands(("合格", 85), ("基本合格", 60), ("不合格", None)),
         notes="PDF only; the table has NO points column: each item's points are given ONLY by the circled mark typed "
               "at the end of its text (`…上墙①`), keyed to the `注：1．` line under the table (① 5分, ② 10分, ③ 15分; "
               "`mark` keeps it); the marks are not item numbers and not sub-items; one document-level three-level rule "
               "(`符合/基本符合/不符合` = all / half / none) makes every item tiers; categories carry no points; the "
               "得分 column is blank")


# ----------------------------------------------------------------------------- y04


def y04():
    """xls, 医院: a tick checklist whose points are stated ONCE in the HEADER of the tick column of each block
    (`达标（每项4分）`, `达标（每项8分）`); the rows carry no figure."""
    title = "城南医院2026年病区6S管理检查表"
    blocks = [
        ("一", "基础项目", 4, ["护士站台面整洁，无杂物堆放", "病历车定位放置，病历归档有序", "治疗室物品分区存放、标识清楚",
                              "无菌物品按有效期先后顺序摆放", "医疗废物分类投放，标识规范", "锐器盒盛装不超过3/4",
                              "药品冰箱温度每日记录", "被服间清洁被服与污染被服分开存放", "消毒液瓶身标注开启日期",
                              "走廊无私人物品堆放", "开水间地面干燥、无积水", "病房床单位整洁、统一",
                              "卫生间设置防滑警示标识", "护理宣传栏内容按月更新", "下班前关闭不用的电器电源"]),
        ("二", "重点项目", 8, ["抢救车药品、物品定位定量，在有效期内", "高警示药品单独存放、标识醒目",
                              "氧气筒“四防”标识齐全，满筒空筒分开放置", "安全出口、消防通道畅通无阻",
                              "住院患者身份识别腕带佩戴率100%"]),
    ]
    assert sum(len(rows) * each for _, _, each, rows in blocks) == 100
    wb, ws = titled_sheet("检查表", title, 5)
    ws["A2"] = "病区：______________　　检查日期：2026年____月____日　　检查人：______________"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=5)
    r, n = 3, 0
    cats, items = [], []
    for code, name_, each, rows in blocks:
        ws.cell(row=r, column=1, value=f"{code}、{name_}").font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        r += 1
        header_row(ws, r, ["序号", "检查内容", f"达标（每项{each}分）", "未达标", "备注"])
        r += 1
        cats.append(cat(name_, None, code=code))
        for text in rows:
            n += 1
            ws.cell(row=r, column=1, value=n)
            ws.cell(row=r, column=2, value=text)
            r += 1
            items.append(item(name_, str(n), text, float(each), criteria="达标的得该栏所示分值，未达标不得分",
                              rule="threshold"))
    notes = ["说明：1．检查时在相应栏内打“√”，达标项目得该栏表头所示分值，未达标项目不得分。",
             "2．检查得分为达标项目分值之和，满分100分。",
             "3．检查得分90分以上为优秀，80分至89分为合格，80分以下为不合格；不合格病区一周内复查。"]
    for line in notes:
        ws.cell(row=r, column=1, value=line)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        r += 1
    wrap(ws, [7, 46, 16, 10, 12], first_row=2)
    name = "y04_hospital_tick_column_header_meixiang_points.xls"
    to_legacy(lambda p: wb.save(p), name.replace(".xls", ".xlsx"), "xls")
    gold("y04", [name], title, 2026, 100.0, cats, items,
         grades=bands(("优秀", 90), ("合格", 80), ("不合格", None)),
         scoring_note="不合格病区一周内复查",
         notes="legacy .xls; a tick checklist in two blocks, each with its OWN header row whose tick column states the "
               "points of every row ONCE (`达标（每项4分）` over 15 rows, `达标（每项8分）` over 5 rows); the rows carry "
               "no figure; every item threshold (the 说明 says so); block rows `一、基础项目` are categories without "
               "declared points (60 and 40 by sum); `3/4`, `100%` are not points")


# ----------------------------------------------------------------------------- y05


def y05():
    """doc, 街道: items stated ONLY as a share of their module in a table column `权重（占本模块分值）` (`30%`),
    the module points only in the merged module cell `市容环境\n（40分）`."""
    title = "南湖街道2026年度社区城市管理工作考核评分表"
    modules = [
        ("市容环境", 40, [
            ("门前三包落实", 30, "沿街商户门前三包责任书签订率100%，每发现一户未落实扣1分，扣完为止", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "户"}),
            ("占道经营治理", 25, "辖区主次干道无占道经营，每发现一处扣2分，扣完为止", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "处"}),
            ("户外广告管理", 20, "户外广告设置经审批，无破损、无乱张贴，由街道城管科综合评定", "manual", {}),
            ("建筑垃圾管理", 25, "装修垃圾定点堆放、及时清运；定点堆放的得一半分值，及时清运的得另一半分值", "components", {}),
        ]),
        ("环境卫生", 35, [
            ("道路保洁", 40, "背街小巷每日两扫全天保洁，抽查每发现一处卫生死角扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "处"}),
            ("垃圾分类", 40, "居民小区垃圾分类投放准确率90%以上的得满分，80%至90%的得该指标分值的一半，80%以下的不得分",
             "tiers", {"levels": {"90%以上": 14.0, "80%至90%": 7.0, "80%以下": 0.0}}),
            ("公厕管理", 20, "社区公厕干净无异味、设施完好的得满分，否则不得分", "threshold", {}),
        ]),
        ("综合管理", 25, [
            ("问题整改", 60, "数字城管平台派遣问题按时整改，得分＝按时整改率×该指标分值", "proportional",
             {"formula": "按时整改率×15"}),
            ("信息报送", 40, "按时报送月度工作信息，每迟报一次扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "次"}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["考核社区：______________　　考核季度：第____季度",
                   "说明：考核满分100分，分三个模块。各指标以其占本模块分值的比例列示，指标分值＝模块分值×权重。"])
    n_rows = sum(len(r) for *_, r in modules)
    t = d.add_table(rows=n_rows + 2, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["考核模块", "序号", "考核指标", "权重（占本模块分值）", "评分标准", "得分"]):
        set_cell(t.cell(0, c), h, bold=True)
    r, n = 1, 0
    cats, items = [], []
    for name_, pts, rows in modules:
        assert sum(x[1] for x in rows) == 100
        merge_down(t, 0, r, r + len(rows) - 1, f"{name_}\n（{pts}分）")
        cats.append(cat(name_, float(pts)))
        for text, share, crit, rule, extra in rows:
            n += 1
            for c, v in zip((1, 2, 3, 4), (str(n), text, f"{share}%", crit)):
                set_cell(t.cell(r, c), v)
            r += 1
            ipts = pts * share / 100
            if rule == "components":
                extra = {"components": [{"text": "定点堆放", "points": ipts / 2},
                                        {"text": "及时清运", "points": ipts / 2}]}
            items.append(item(name_, str(n), text, ipts, criteria=crit, rule=rule, share=f"{share}%", **extra))
    for c, v in enumerate(["合计", "", "", "", "100分", ""]):
        set_cell(t.cell(r, c), v, bold=bool(v))
    set_widths(t, [2.2, 1.0, 2.6, 2.4, 6.8, 1.6])
    assert sum(i["points"] for i in items) == 100
    paragraphs(d, ["考核得分90分以上为优秀，80分至89分为良好，60分至79分为一般，60分以下为较差。",
                   "南湖街道城市管理办公室　2026年3月"])
    name = "y05_street_item_share_of_module_column.doc"
    to_legacy(lambda p: d.save(p), name.replace(".doc", ".docx"), "doc")
    gold("y05", [name], title, 2026, 100.0, cats, items,
         grades=bands(("优秀", 90), ("良好", 80), ("一般", 60), ("较差", None)),
         notes="legacy .doc; items stated ONLY as a SHARE of their module in a column `权重（占本模块分值）` (`30%`, "
               "`25%` …, adding to 100% within each module); the module points only in the merged module cell "
               "`市容环境\\n（40分）`; item points = module × share (12, 10, 8, 10 / 14, 14, 7 / 15, 10; `share` keeps "
               "the printed percentage) as the 说明 line says (`指标分值＝模块分值×权重`); `该指标分值的一半` and "
               "`×该指标分值` resolve against those derived points; `90%`, `100%` in criteria are rates, not shares")


# ----------------------------------------------------------------------------- y06


def y06():
    """xlsx, 科技: ONE SHEET PER CATEGORY (sheet name = the category, its points only in the sheet's title row
    `研发投入（30分）`) after a `汇总` sheet listing the categories and their points, grades and the veto."""
    title = "临港市2026年度企业工程技术研究中心绩效评价指标体系"
    sheets = [
        ("研发投入", 30, [
            ("研发经费投入强度", 15, "研发经费占主营业务收入比例5%以上的得15分，3%至5%的得10分，3%以下的得5分", "tiers",
             {"levels": {"5%以上": 15.0, "3%至5%": 10.0, "3%以下": 5.0}}),
            ("研发场地及设备", 10, "研发设备原值1000万元以上的得10分，500万元至1000万元的得6分，500万元以下的得3分",
             "tiers", {"levels": {"1000万元以上": 10.0, "500万元至1000万元": 6.0, "500万元以下": 3.0}}),
            ("研发经费单独核算", 5, "设立研发费用辅助账、单独核算的得5分，否则不得分", "threshold", {}),
        ]),
        ("创新产出", 35, [
            ("发明专利授权", 15, "评价期内每获得1件发明专利授权得3分，最高15分", "per_occurrence",
             {"per_occurrence": 3.0, "unit": "件", "cap": 15.0}),
            ("新产品销售收入", 10, "得分＝新产品销售收入占比÷40%×10，最高10分", "proportional",
             {"formula": "新产品销售收入占比÷40%×10"}),
            ("技术标准制定", 10, "主持制定国家或行业标准的每项得5分，地方或团体标准的每项得2分，最高10分",
             "per_occurrence", {"per_occurrence": {"国家或行业标准": 5.0, "地方或团体标准": 2.0}, "unit": "项",
                                "cap": 10.0}),
        ]),
        ("人才团队", 20, [
            ("研发人员占比", 10, "研发人员占职工总数10%以上的得10分，5%至10%的得6分，5%以下的得2分", "tiers",
             {"levels": {"10%以上": 10.0, "5%至10%": 6.0, "5%以下": 2.0}}),
            ("高层次人才", 10, "每引进或培养1名博士或正高级职称人才得2分，最高10分", "per_occurrence",
             {"per_occurrence": 2.0, "unit": "名", "cap": 10.0}),
        ]),
        ("开放服务", 15, [
            ("产学研合作", 8, "与高校、科研院所签订合作协议并实质开展合作的，每项得4分，最高8分", "per_occurrence",
             {"per_occurrence": 4.0, "unit": "项", "cap": 8.0}),
            ("对外技术服务", 7, "评价专家组根据技术服务合同和服务记录综合评定", "manual", {}),
        ]),
    ]
    assert sum(s[1] for s in sheets) == 100
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:E1")
    header_row(ws, 2, ["序号", "评价类别", "分值", "得分", "备注"])
    for k, (name_, pts, _) in enumerate(sheets, start=1):
        ws.cell(row=2 + k, column=1, value=k)
        ws.cell(row=2 + k, column=2, value=name_)
        ws.cell(row=2 + k, column=3, value=pts)
        ws.cell(row=2 + k, column=5, value=f"详见“{name_}”工作表")
    r = 3 + len(sheets)
    ws.cell(row=r, column=2, value="合计").font = Font(bold=True)
    ws.cell(row=r, column=3, value=100).font = Font(bold=True)
    veto = "申报材料弄虚作假或评价期内发生重大安全、环保事故的"
    notes = ["说明：", "1．评价采取企业自评、专家评审相结合的方式，各类别评分标准见相应工作表。",
             "2．评价得分85分以上为优秀，70分至84分为良好，60分至69分为合格，60分以下为不合格。",
             f"3．{veto}，评价结果直接定为不合格。"]
    for k, line in enumerate(notes, start=r + 2):
        ws.cell(row=k, column=1, value=line)
        ws.merge_cells(start_row=k, start_column=1, end_row=k, end_column=5)
    wrap(ws, [8, 20, 10, 10, 26], first_row=2)
    cats, items = [], []
    for i, (name_, pts, rows) in enumerate(sheets):
        assert sum(x[1] for x in rows) == pts
        sh = wb.create_sheet(name_)
        sh["A1"] = f"{ORD[i]}、{name_}（{pts}分）"
        sh["A1"].font = Font(bold=True, size=12)
        sh.merge_cells("A1:E1")
        header_row(sh, 2, ["序号", "评价指标", "评价标准", "分值", "得分"])
        cats.append(cat(name_, float(pts), code=ORD[i], sheet=name_))
        for k, (text, ipts, crit, rule, extra) in enumerate(rows, start=1):
            for c, v in enumerate([k, text, crit, ipts], start=1):
                sh.cell(row=2 + k, column=c, value=v)
            items.append(item(name_, str(k), text, float(ipts), criteria=crit, rule=rule, **extra))
        wrap(sh, [7, 18, 52, 8, 8], first_row=2)
    name = "y06_science_one_sheet_per_category_summary_sheet.xlsx"
    wb.save(HERE / name)
    gold("y06", [name], title, 2026, 100.0, cats, items,
         veto=[{"text": veto, "effect": "评价结果直接定为不合格"}], veto_effect="评价结果直接定为不合格",
         grades=bands(("优秀", 85), ("良好", 70), ("合格", 60), ("不合格", None)),
         notes="ONE SHEET PER CATEGORY: sheets `研发投入`, `创新产出`, `人才团队`, `开放服务` (sheet name = category; its "
               "points ONLY in the sheet's title row `一、研发投入（30分）`, no 合计 row on the sheet), each with its own "
               "header and items numbered from 1; the first sheet `汇总` (the title) lists the categories with their "
               "points (the same figures) and 合计 100, and holds the grades and the veto in 说明 rows; `sheet` on each "
               "category; the 得分 columns are blank; `1000万元`, `40%` are not points")


# ----------------------------------------------------------------------------- y07


def y07():
    """html, 工会: the rubric as DEFINITION LISTS — per category an `<h3>一、阵地建设（25分）</h3>` then a `<dl>`
    whose `<dt>` is `名称（10分）` (points AFTER the name) followed by TWO `<dd>`: the requirement and `评分：…`."""
    title = "江北区2026年劳模和工匠人才创新工作室评估细则"
    sections = [
        ("阵地建设", 25, [
            ("场所设施", 10, "有固定场所，使用面积不少于60平方米，配备必要的研发、办公设备。",
             "场所、设备均符合的得10分；仅场所符合的得6分；均不符合的不得分。", "tiers",
             {"levels": {"场所、设备均符合": 10.0, "仅场所符合": 6.0, "均不符合": 0.0}}),
            ("制度建设", 8, "建立工作室管理、经费使用、成果转化等制度。", "每缺一项制度扣3分，扣完为止。",
             "per_occurrence", {"per_occurrence": -3.0, "unit": "项"}),
            ("标识标牌", 7, "统一悬挂工作室标识，工作室简介、领衔人事迹、成员信息上墙。",
             "齐全的得7分，不齐全的得3分。", "tiers", {"levels": {"齐全": 7.0, "不齐全": 3.0}}),
        ]),
        ("团队建设", 30, [
            ("领衔人", 10, "领衔人为劳动模范或工匠人才，能带领团队开展创新活动。",
             "领衔人为省部级以上劳动模范或工匠人才的得10分；市级的得6分。", "tiers",
             {"levels": {"省部级以上": 10.0, "市级": 6.0}}),
            ("成员结构", 10, "成员不少于5人，老中青结合，专业结构合理。", "由评估组综合评定。", "manual", {}),
            ("带徒传技", 10, "签订师徒协议，开展技能传授。", "每带出1名取得技师及以上职业资格的徒弟得2分，最高10分。",
             "per_occurrence", {"per_occurrence": 2.0, "unit": "名", "cap": 10.0}),
        ]),
        ("创新成果", 45, [
            ("技术革新", 20, "开展技术攻关、工艺改进和合理化建议活动，产生经济效益。",
             "年度创效50万元以上的得20分，20万元至50万元的得14分，20万元以下的得8分。", "tiers",
             {"levels": {"50万元以上": 20.0, "20万元至50万元": 14.0, "20万元以下": 8.0}}),
            ("专利成果", 15, "获得专利授权或省级以上技术成果认定。",
             "每项发明专利得5分，每项实用新型专利得2分，最高15分。", "per_occurrence",
             {"per_occurrence": {"发明专利": 5.0, "实用新型专利": 2.0}, "unit": "项", "cap": 15.0}),
            ("成果推广", 10, "创新成果在本企业或本行业推广应用。", "由评估组根据推广应用证明材料综合评定。", "manual", {}),
        ]),
    ]
    body = [f"<h1>{esc(title)}</h1>",
            '<p class="info">发布单位：江北区总工会　发布日期：2026-03-18</p>',
            "<p>为规范劳模和工匠人才创新工作室建设管理，区总工会组织开展年度评估。评估实行百分制，"
            "各项分值见项目名称后括号。</p>"]
    cats, items = [], []
    for i, (name_, pts, rows) in enumerate(sections):
        assert sum(x[1] for x in rows) == pts
        body.append(f"<h3>{ORD[i]}、{esc(name_)}（{pts}分）</h3>")
        body.append("<dl>")
        cats.append(cat(name_, float(pts), code=ORD[i]))
        for text, ipts, req, crit, rule, extra in rows:
            body.append(f"<dt><strong>{esc(text)}（{ipts}分）</strong></dt>")
            body.append(f"<dd>{esc(req)}</dd>")
            body.append(f"<dd>评分：{esc(crit)}</dd>")
            items.append(item(name_, None, text, float(ipts), criteria=crit.rstrip("。"), rule=rule,
                              requirement=req.rstrip("。"), **extra))
        body.append("</dl>")
    veto = "评估年度内工作室发生安全生产责任事故或申报材料弄虚作假的"
    body += ["<h3>四、结果运用</h3>",
             "<p>评估得分90分以上的，推荐申报省级示范性劳模和工匠人才创新工作室；80分至89分的，命名为区级示范性劳模和工匠"
             f"人才创新工作室。{esc(veto)}，取消当年评估资格。</p>",
             '<p class="footer">江北区总工会　劳动和经济工作部</p>']
    name = "y07_union_definition_list_dt_points_two_dd.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    gold("y07", [name], title, 2026, 100.0, cats, items,
         veto=[{"text": veto, "effect": "取消当年评估资格"}], veto_effect="取消当年评估资格",
         grades=[{"name": "推荐申报省级示范性劳模和工匠人才创新工作室", "min_score": 90},
                 {"name": "区级示范性劳模和工匠人才创新工作室", "min_score": 80, "max_score": 89}],
         notes="the rubric as DEFINITION LISTS: each category an `<h3>一、阵地建设（25分）</h3>` followed by a `<dl>`; "
               "each item a `<dt>` `名称（10分）` (points AFTER the name, bold) followed by TWO `<dd>`: the requirement "
               "(`requirement`) and the `评分：` line (criteria); items unnumbered (code null); `60平方米`, `5人`, "
               "`50万元` are not points; the two grade lines name honours")


# ----------------------------------------------------------------------------- y08


def outline_numbering(d, num_id=90):
    """A three-level Word list (`一、` / `1．` / `（1）`) in numbering.xml; returns its numId."""
    numbering = d.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(num_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    absn.append(mlt)
    for ilvl, (fmt, text, left) in enumerate([("chineseCounting", "%1、", 420), ("decimal", "%2．", 840),
                                               ("decimal", "（%3）", 1470)]):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(left))
        ind.set(qn("w:hanging"), "420" if ilvl < 2 else "630")
        ppr.append(ind)
        lvl.append(ppr)
        absn.append(lvl)
    first = numbering.find(qn("w:num"))
    if first is not None:
        first.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), str(num_id))
    num.append(a)
    numbering.append(num)
    return num_id


def numbered(d, text, ilvl, num_id, bold=False):
    p = d.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    lv = OxmlElement("w:ilvl")
    lv.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(lv)
    numpr.append(ni)
    ppr.insert(0, numpr)
    p.add_run(text).bold = bold
    return p


def y08():
    """docx+pdf, 机关: items in a Word AUTO-NUMBERED list nested THREE levels (`一、` / `1．` / `（1）`, numbers
    drawn from numbering.xml): level 1 categories without points, level 2 items `节能工作机构（6分）` with the
    ONLY points, level 3 the criteria lines (the last one the scoring rule)."""
    title = "滨江县2026年度公共机构节能工作考核细则"
    tree = [
        ("组织管理", [
            ("节能工作机构", 6, ["成立节能工作领导小组，明确分管领导", "配备专（兼）职节能管理员",
                                 "领导小组和节能管理员各3分，缺一项扣3分"], "components",
             {"components": [{"text": "领导小组", "points": 3.0}, {"text": "节能管理员", "points": 3.0}]}),
            ("能耗统计", 10, ["按季度通过公共机构能耗统计系统报送能耗数据", "数据真实准确，与原始票据一致",
                              "每迟报一次扣2分，数据与票据不符的每处扣1分，扣完为止"], "per_occurrence",
             {"per_occurrence": {"迟报": -2.0, "数据与票据不符": -1.0}, "unit": {"迟报": "次", "数据与票据不符": "处"}}),
            ("节能目标", 14, ["完成年度单位建筑面积能耗下降目标", "完成年度人均综合能耗下降目标",
                              "两项目标均完成的得14分，完成一项的得7分，均未完成的不得分"], "tiers",
             {"levels": {"两项均完成": 14.0, "完成一项": 7.0, "均未完成": 0.0}}),
        ]),
        ("节能措施", [
            ("节能改造", 20, ["实施照明、空调、供暖等节能改造", "改造项目经验收合格",
                              "每完成一个改造项目得5分，最高20分"], "per_occurrence",
             {"per_occurrence": 5.0, "unit": "个", "cap": 20.0}),
            ("绿色办公", 15, ["推行无纸化办公，纸张双面使用", "空调温度夏季不低于26℃、冬季不高于20℃",
                              "考核组随机抽查，每发现一处不符合扣1分"], "per_occurrence",
             {"per_occurrence": -1.0, "unit": "处"}),
            ("公务用车", 10, ["新增及更新公务用车中新能源汽车比例不低于50%",
                              "比例达到50%的得10分，未达到的按实际比例折算计分"], "proportional",
             {"formula": "实际比例÷50%×10"}),
        ]),
        ("宣传培训", [
            ("节能宣传", 15, ["开展节能宣传周、全国低碳日活动", "在单位网站或公示栏公示年度能耗情况",
                              "宣传活动和能耗公示各7.5分"], "components",
             {"components": [{"text": "宣传活动", "points": 7.5}, {"text": "能耗公示", "points": 7.5}]}),
            ("培训教育", 10, ["节能管理员每年参加业务培训不少于1次", "组织干部职工开展节能知识培训",
                              "考核组根据培训记录综合评定"], "manual", {}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["为推进县级公共机构节约能源资源工作，根据《公共机构节能条例》，制定本细则。",
                   "考核对象为县直各机关、事业单位。考核实行百分制，考核内容及分值如下（分值标注于各考核项目之后，"
                   "项目下所列为考核要求和评分方法）："])
    nid = outline_numbering(d)
    cats, items = [], []
    for i, (cname, rows) in enumerate(tree):
        numbered(d, cname, 0, nid, bold=True)
        cats.append(cat(cname, None, code=ORD[i]))
        for k, (text, pts, lines, rule, extra) in enumerate(rows, start=1):
            numbered(d, f"{text}（{g(pts)}分）", 1, nid)
            for line in lines:
                numbered(d, line + ("。" if line is lines[-1] else "；"), 2, nid)
            items.append(item(cname, str(k), text, float(pts), criteria=lines[-1], rule=rule,
                              requirements=lines[:-1], **extra))
    assert sum(i["points"] for i in items) == 100
    veto = "瞒报、虚报能耗数据的"
    paragraphs(d, [f"考核得分90分以上为优秀，75分至89分为良好，60分至74分为合格，60分以下为不合格。{veto}，考核结果直接定为不合格。",
                   "滨江县机关事务服务中心", "2026年3月10日"])
    name = "y08_office_word_list_three_levels_points_level_two.docx"
    d.save(HERE / name)
    docx_to_pdf(name, keep_docx=True)
    gold("y08", [name, name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         veto=[{"text": veto, "effect": "考核结果直接定为不合格"}], veto_effect="考核结果直接定为不合格",
         grades=bands(("优秀", 90), ("良好", 75), ("合格", 60), ("不合格", None)),
         notes="a Word AUTO-NUMBERED list nested THREE levels deep (one numbering definition, ilvl 0/1/2 drawn as `一、` / "
               "`1．` / `（1）`; the numbers are NOT in the docx paragraph text, the PDF prints them): level 1 = the "
               "categories, WITHOUT points; level 2 = the items `节能工作机构（6分）`, the ONLY points in the document "
               "(level-2 numbering restarts under each category; code = that number); level 3 = the item's lines — "
               "requirements (`requirements`) and, last, the scoring rule (criteria); the total is only `百分制`; "
               "`26℃`, `50%` are not points")


# ----------------------------------------------------------------------------- y09


SLIDE_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
SLIDE_STYLES = {"PC": (30, 0, True, "#000000"), "PT": (28, 0, True, "#ffffff"), "P1": (20, 0, True, "#1a1a1a"),
                "P2": (15, 1.0, False, "#444444")}


def slides_pdf(name, slides, footer):
    """Render slides as a presentation program exports them: landscape 16:9 pages (28 × 15.75 cm), every line of
    text placed at a fixed position (no text flow), a coloured title bar, bullets, a page-number footer.
    ``slides``: (kind, title, [(style, line)]). (LibreOffice Impress is not installed here, so the deck is drawn
    with reportlab and the CJK font rather than exported from an .odp.)"""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", SLIDE_FONT, subfontIndex=0))
    W, H = 28 * cm, 15.75 * cm
    c = canvas.Canvas(str(HERE / name), pagesize=(W, H))
    c.setTitle(slides[0][1])
    c.setAuthor(footer)

    def lines_of(text, size, width):  # break a line where it reaches the frame's width, as a text box wraps
        out, cur = [], ""
        for ch in text:
            if pdfmetrics.stringWidth(cur + ch, "WQY", size) > width:
                out.append(cur)
                cur = "　　" + ch if text.startswith("●") else ch
            else:
                cur += ch
        return out + [cur]

    for k, (kind, title, paras) in enumerate(slides, start=1):
        if kind == "cover":
            c.setFillColor(HexColor("#b22222"))
            c.rect(0, H - 1.2 * cm, W, 1.2 * cm, stroke=0, fill=1)
            c.setFillColor(HexColor("#000000"))
            c.setFont("WQY", 30)
            c.drawCentredString(W / 2, H / 2 + 1 * cm, title)
            y = H / 2 - 1.2 * cm
            for _, t in paras:
                c.setFont("WQY", 18)
                c.drawCentredString(W / 2, y, t)
                y -= 1.0 * cm
        else:
            c.setFillColor(HexColor("#b22222"))
            c.rect(0, H - 2.8 * cm, W, 2.0 * cm, stroke=0, fill=1)
            c.setFillColor(HexColor("#ffffff"))
            c.setFont("WQY", 28)
            c.drawString(1.2 * cm, H - 2.1 * cm, title)
            y = H - 4.0 * cm
            for style, t in paras:
                size, indent, _bold, colour = SLIDE_STYLES[style]
                c.setFillColor(HexColor(colour))
                c.setFont("WQY", size)
                if style == "P1" and y < H - 4.2 * cm:
                    y -= 0.25 * cm
                for part in lines_of(t, size, W - (2.4 + indent) * cm):
                    c.drawString((1.4 + indent) * cm, y, part)
                    y -= size * 1.45
        c.setFillColor(HexColor("#888888"))
        c.setFont("WQY", 10)
        c.drawRightString(W - 0.8 * cm, 0.5 * cm, f"{footer}　{k}")
        c.showPage()
    c.save()


def y09():
    """pdf only, 交通: a PDF EXPORTED FROM SLIDES — a cover slide, a 说明 slide, then ONE CATEGORY PER SLIDE
    (slide title `一、安全行车（30分）`, bullets `● 无责任交通事故　10分` with the rule as a sub-bullet), and a last
    slide with the star grades and the veto."""
    title = "临川公交集团2026年公交线路星级服务考评标准"
    cats_ = [
        ("安全行车", 30, [
            ("无责任交通事故", 10, "发生责任交通事故的，本项不得分", "threshold", {}),
            ("规范进出站停靠", 8, "每发现一次越线停靠或不进站停靠扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "次"}),
            ("车辆例行检查", 7, "例检记录每缺失一次扣1分", "per_occurrence", {"per_occurrence": -1.0, "unit": "次"}),
            ("驾驶行为规范", 5, "车载视频抽查发现接打手机等违规行为，每次扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "次"}),
        ]),
        ("服务规范", 30, [
            ("报站及时准确", 10, "抽查报站准确率100%得满分，每低1个百分点扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "百分点"}),
            ("文明用语", 10, "由神秘乘客暗访综合评定", "manual", {}),
            ("礼让特殊乘客", 10, "发现拒载或不礼让老弱病残孕乘客的，每次扣5分", "per_occurrence",
             {"per_occurrence": -5.0, "unit": "次"}),
        ]),
        ("车容车貌", 20, [
            ("车厢整洁", 10, "抽查发现车厢有垃圾、异味的，每次扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "次"}),
            ("设施完好", 10, "扶手、座椅、刷卡机等每发现一处损坏未报修扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "处"}),
        ]),
        ("乘客评价", 20, [
            ("乘客满意度", 12, "满意率95%以上得12分，90%至95%得8分，90%以下得4分", "tiers",
             {"levels": {"95%以上": 12.0, "90%至95%": 8.0, "90%以下": 4.0}}),
            ("有效投诉", 8, "每起有效投诉扣4分，扣完为止", "per_occurrence", {"per_occurrence": -4.0, "unit": "起"}),
        ]),
    ]
    assert sum(c[1] for c in cats_) == 100
    slides = [("cover", title, [("PC", "集团运营服务部"), ("PC", "2026年3月")]),
              ("text", "考评说明", [("P1", "● 考评对象：集团所属全部公交线路（共86条）"),
                                    ("P1", "● 考评周期：按季度考评，满分100分"),
                                    ("P1", "● 考评内容：安全行车、服务规范、车容车貌、乘客评价四个方面"),
                                    ("P1", "● 考评方式：日常检查、视频抽查、神秘乘客暗访相结合")])]
    cats, items, n = [], [], 0
    for i, (cname, pts, rows) in enumerate(cats_):
        assert sum(r[1] for r in rows) == pts
        lines = []
        for text, ipts, crit, rule, extra in rows:
            n += 1
            lines += [("P1", f"● {text}　{ipts}分"), ("P2", f"– {crit}")]
            items.append(item(cname, None, text, float(ipts), criteria=crit, rule=rule, **extra))
        slides.append(("text", f"{ORD[i]}、{cname}（{pts}分）", lines))
        cats.append(cat(cname, float(pts), code=ORD[i]))
    veto = "发生重大责任交通事故，或有效投诉被媒体曝光造成恶劣影响的"
    slides.append(("text", "星级评定", [("P1", "● 95分以上：五星级线路"), ("P1", "● 90—94分：四星级线路"),
                                        ("P1", "● 85—89分：三星级线路"), ("P1", "● 85分以下：不予评星"),
                                        ("P1", f"● {veto}，当季不予评星")]))
    name = "y09_transport_slides_export_one_category_per_page.pdf"
    PDF_JOBS.append(lambda: slides_pdf(name, slides, "临川公交集团运营服务部"))
    gold("y09", [name], title, 2026, 100.0, cats, items,
         veto=[{"text": veto, "effect": "当季不予评星"}], veto_effect="当季不予评星",
         grades=[{"name": "五星级线路", "min_score": 95}, {"name": "四星级线路", "min_score": 90, "max_score": 94},
                 {"name": "三星级线路", "min_score": 85, "max_score": 89}, {"name": "不予评星", "max_score": 85}],
         scoring_note="按季度考评",
         notes="PDF only, shaped as a deck EXPORTED FROM SLIDES (landscape 16:9 pages, every text line at a fixed "
               "position, drawn with reportlab because LibreOffice Impress is not installed): cover, a 考评说明 slide, then ONE CATEGORY PER SLIDE — the slide title `一、安全行车（30分）` "
               "on a coloured bar, items as bullets `● 无责任交通事故　10分` (points after a full-width space) with the "
               "rule as an indented sub-bullet `– …`, and a page-number footer on every slide; the last slide the star "
               "grades and the veto; items unnumbered (code null); `86条`, `100%`, `95%` are not points")


# ----------------------------------------------------------------------------- y10


def y10():
    """docx, 机关: a 第X条 regulation whose scoring articles list 款 paragraphs `（一）报送时效。requirement。rule。
    此项满分10分。` — the points in a SEPARATE sentence AFTER the criteria — and close with `本条各项合计25分。`,
    the only statement of the module points."""
    title = "平川县直单位政务信息工作考核办法"
    articles = [
        ("第四条", "信息报送", [
            ("报送时效", "每月5日前报送上月工作动态，重要紧急信息在事发后1小时内电话报告、2小时内书面报告",
             "每迟报一次扣2分，扣完为止", 10, "per_occurrence", {"per_occurrence": -2.0, "unit": "次"}),
            ("报送数量", "每月报送信息不少于8条", "全年报送96条以上的得满分，每少4条扣1分", 10, "per_occurrence",
             {"per_occurrence": -1.0, "unit": "4条"}),
            ("渠道规范", "通过政务信息报送系统报送，涉密信息严禁网上传输", "报送规范的得满分，发现违规传输的不得分", 5,
             "threshold", {}),
        ]),
        ("第五条", "信息质量", [
            ("采用情况", "报送信息被县委办公室、县政府办公室编发采用", "县级刊物每采用1条计1分，市级刊物每采用1条计3分",
             25, "per_occurrence", {"per_occurrence": {"县级刊物": 1.0, "市级刊物": 3.0}, "unit": "条", "cap": 25.0}),
            ("领导批示", "报送信息获县级以上领导肯定性批示", "每获批示1次计5分", 15, "per_occurrence",
             {"per_occurrence": 5.0, "unit": "次", "cap": 15.0}),
            ("内容质量", "信息要素齐全，数据准确，文字精炼", "由县委办公室信息科综合评定", 10, "manual", {}),
        ]),
        ("第六条", "专项工作", [
            ("约稿完成", "按要求完成县委、县政府办公室约稿任务", "每少完成一篇扣3分，扣完为止", 15, "per_occurrence",
             {"per_occurrence": -3.0, "unit": "篇"}),
            ("队伍建设", "明确分管领导和专职信息员，信息员参加年度业务培训",
             "明确分管领导的得3分，配备专职信息员的得4分，参加培训的得3分", 10, "components",
             {"components": [{"text": "明确分管领导", "points": 3.0}, {"text": "配备专职信息员", "points": 4.0},
                             {"text": "参加培训", "points": 3.0}]}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    p = d.add_paragraph("（2026年2月25日县委办公室、县政府办公室印发）")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraphs(d, ["第一条　为提高政务信息工作质量，更好地服务县委、县政府决策，制定本办法。",
                   "第二条　本办法适用于县直各单位。考核工作由县委办公室、县政府办公室共同组织，每年开展一次。",
                   "第三条　考核内容包括信息报送、信息质量、专项工作三个方面，实行百分制。"])
    cats, items = [], []
    for art, cname, rows in articles:
        subtotal = sum(r[3] for r in rows)
        paragraphs(d, [f"{art}　{cname}考核以下事项："])
        for k, (text, req, crit, pts, rule, extra) in enumerate(rows):
            paragraphs(d, [f"（{ORD[k]}）{text}。{req}。{crit}。此项满分{pts}分。"])
            items.append(item(cname, f"（{ORD[k]}）", text, float(pts), criteria=crit, rule=rule,
                              requirement=req, **extra))
        paragraphs(d, [f"本条各项合计{subtotal}分。"])
        cats.append(cat(cname, float(subtotal), code=art))
    assert sum(c["points"] for c in cats) == 100
    bonus = "报送信息被国家级刊物采用的，每条另加5分，加分最多不超过10分"
    ded = "报送信息失实造成不良影响的，每次扣5分"
    veto = "泄露涉密信息的"
    paragraphs(d, [f"第七条　{bonus}。",
                   f"第八条　{ded}；{veto}，实行一票否决，考核结果确定为三类单位。",
                   "第九条　考核得分90分以上为一类单位，75分至89分为二类单位，75分以下为三类单位。",
                   "第十条　本办法自印发之日起施行，由县委办公室负责解释。"])
    name = "y10_office_kuan_points_sentence_after_criteria_article_subtotal.docx"
    d.save(HERE / name)
    gold("y10", [name], title, 2026, 100.0, cats, items,
         bonus=[{"text": "国家级刊物采用", "criteria": bonus, "per_occurrence": 5.0, "unit": "条", "cap": 10.0}],
         bonus_cap=10.0,
         deductions=[{"text": "报送信息失实", "criteria": ded, "per_occurrence": -5.0, "unit": "次"}],
         veto=[{"text": veto, "effect": "实行一票否决，考核结果确定为三类单位"}],
         veto_effect="实行一票否决，考核结果确定为三类单位",
         grades=[{"name": "一类单位", "min_score": 90}, {"name": "二类单位", "min_score": 75, "max_score": 89},
                 {"name": "三类单位", "max_score": 75}],
         notes="a 第X条 regulation whose scoring articles (第四条–第六条) list 款 paragraphs `（一）报送时效。requirement。"
               "rule。此项满分10分。` — each item's points ONLY in a SEPARATE closing sentence AFTER its criteria; each "
               "article ends with a paragraph `本条各项合计25分。`, the ONLY statement of the module points (categories "
               "coded by article); 第三条 names the modules without points (`实行百分制`); item text = the 款 name, "
               "`requirement` = the sentence after it, criteria = the rule sentence; per-unit gains with `此项满分` as cap; "
               "no year in the title (year 2026 from the 印发 line); `5日`, `1小时`, `8条`, `96条` are not points")


# ----------------------------------------------------------------------------- y11


def y11():
    """html, 政法: a regulation with TWO ALTERNATIVE ITEM TRACKS by unit type for one module (`重点任务部分乡镇
    （街道）按A款计分，县直部门按B款计分`) inside one scheme; the other modules are common."""
    title = "石桥县2026年度平安建设工作考核办法"
    common1 = ("组织领导", 20, [
        ("责任落实", 10, "党政主要负责人履行平安建设第一责任人职责，每年专题研究平安建设工作不少于2次，每少1次扣3分",
         "per_occurrence", {"per_occurrence": -3.0, "unit": "次"}),
        ("机制建设", 10, "建立平安建设工作例会、督办、通报制度，制度健全并落实的得10分，制度健全未落实的得5分",
         "tiers", {"levels": {"制度健全并落实": 10.0, "制度健全未落实": 5.0}}),
    ])
    track_a = [
        ("矛盾纠纷排查化解", 20, "矛盾纠纷化解率95%以上的得20分，每低1个百分点扣1分", "per_occurrence",
         {"per_occurrence": -1.0, "unit": "百分点"}),
        ("网格化服务管理", 15, "每个网格配备专职网格员，每发现一个网格未配备扣1分", "per_occurrence",
         {"per_occurrence": -1.0, "unit": "网格"}),
        ("重点人员服务管理", 15, "落实社区矫正对象等重点人员服务管理措施，发生重点人员肇事肇祸的每起扣5分",
         "per_occurrence", {"per_occurrence": -5.0, "unit": "起"}),
    ]
    track_b = [
        ("行业领域风险防控", 20, "建立本行业风险隐患清单并动态更新的得20分，建立清单未动态更新的得10分，未建立的不得分",
         "tiers", {"levels": {"建立并动态更新": 20.0, "建立未更新": 10.0, "未建立": 0.0}}),
        ("信访事项办理", 15, "信访事项按期办结率100%的得15分，每低1个百分点扣1分", "per_occurrence",
         {"per_occurrence": -1.0, "unit": "百分点"}),
        ("平安单位创建", 15, "开展平安机关、平安行业创建活动，由县平安办综合评定", "manual", {}),
    ]
    common3 = ("基础工作", 30, [
        ("信息报送", 10, "按时报送平安建设工作信息，每迟报一次扣1分", "per_occurrence",
         {"per_occurrence": -1.0, "unit": "次"}),
        ("宣传发动", 10, "开展平安建设宣传月活动，群众安全感知晓率85%以上的得10分，85%以下的得5分", "tiers",
         {"levels": {"85%以上": 10.0, "85%以下": 5.0}}),
        ("台账资料", 10, "台账资料完整规范，由考核组查阅后综合评定", "manual", {}),
    ])
    assert sum(x[1] for x in track_a) == sum(x[1] for x in track_b) == 50
    body = [f"<h1>{esc(title)}</h1>", '<p class="meta">来源：石桥县委平安办　发布时间：2026年3月5日</p>',
            "<p>第一条　为推进更高水平的平安石桥建设，根据有关规定，制定本办法。</p>",
            "<p>第二条　本办法适用于全县各乡镇（街道）和县直各部门。</p>",
            "<p>第三条　考核内容分为组织领导（20分）、重点任务（50分）、基础工作（30分）三个部分，满分100分。"
            "乡镇（街道）与县直部门职责不同，重点任务部分乡镇（街道）按A款计分，县直部门按B款计分，其余部分统一计分。</p>"]
    cats, items = [], []

    def common(art, spec):
        cname, pts, rows = spec
        assert sum(r[1] for r in rows) == pts
        cats.append(cat(cname, float(pts), code=art))
        parts = []
        for k, (text, ipts, crit, rule, extra) in enumerate(rows):
            parts.append(f"（{ORD[k]}）{text}（{ipts}分）。{crit}。")
            items.append(item(cname, f"（{ORD[k]}）", text, float(ipts), criteria=crit, rule=rule, **extra))
        body.append(f"<p>{art}　{cname}（{pts}分）</p>")
        body.extend(f"<p>{esc(p)}</p>" for p in parts)

    common("第四条", common1)
    cats.append(cat("重点任务", 50.0, code="第五条"))
    body.append("<p>第五条　重点任务（50分）</p>")
    for label, who, rows in (("A款", "适用于乡镇（街道）", track_a), ("B款", "适用于县直部门", track_b)):
        body.append(f"<p><strong>{label}（{who}）：</strong></p>")
        for k, (text, ipts, crit, rule, extra) in enumerate(rows, start=1):
            body.append(f"<p>{k}．{esc(text)}（{ipts}分）。{esc(crit)}。</p>")
            items.append(item("重点任务", str(k), text, float(ipts), criteria=crit, rule=rule,
                              track=f"{label}（{who}）", **extra))
    common("第六条", common3)
    veto = "发生重大群体性事件、重大刑事案件或重大公共安全事故，造成恶劣社会影响的"
    body += [f"<p>第七条　{esc(veto)}，实行一票否决，当年考核确定为不合格等次。</p>",
             "<p>第八条　考核得分90分以上为优秀，80分至89分为良好，60分至79分为合格，60分以下为不合格。"
             "乡镇（街道）和县直部门分别排名。</p>",
             "<p>第九条　本办法由县委平安办负责解释。</p>"]
    name = "y11_politics_law_two_alternative_tracks_a_b_kuan.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    gold("y11", [name], title, 2026, 100.0, cats, items,
         veto=[{"text": veto, "effect": "当年考核确定为不合格等次"}], veto_effect="当年考核确定为不合格等次",
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         tracks=[{"name": "A款", "applies_to": "乡镇（街道）", "category": "重点任务", "points": 50.0},
                 {"name": "B款", "applies_to": "县直部门", "category": "重点任务", "points": 50.0}],
         scoring_note="乡镇（街道）和县直部门分别排名",
         notes="ONE scheme with TWO ALTERNATIVE ITEM TRACKS by unit type for one module: 第三条 `重点任务部分乡镇（街道）"
               "按A款计分，县直部门按B款计分，其余部分统一计分`; 第五条 重点任务（50分） holds `A款（适用于乡镇（街道））：` "
               "items 1–3 and `B款（适用于县直部门）：` items 1–3, EACH track adding up to 50 (so the category's items "
               "sum to 100 across both tracks, 50 per unit); every track item carries `track`, the gold's `tracks` "
               "lists the two; the common modules are articles 第四条/第六条 with `（一）name（10分）。rule。` 款; "
               "`95%`, `85%`, `100%` are rates, not points")


# ----------------------------------------------------------------------------- y12


def y12():
    """docx, 住建: a prose 细则 whose items are `（一）围挡设置（15分）。…` paragraphs and whose DEDUCTIONS are a TABLE
    inside the prose (`序号 | 扣分情形 | 扣分标准` under `按下表从月度得分中扣分：`) followed by a cap sentence."""
    title = "云阳区建筑工地文明施工月度考核细则"
    rows_ = [
        ("围挡设置", 15, "工地四周连续设置硬质围挡，市区主要路段围挡高度不低于2.5米",
         "围挡连续、完好的得15分；每发现一处破损或缺口扣3分", "per_occurrence",
         {"per_occurrence": -3.0, "unit": "处"}),
        ("出入口管理", 15, "出入口设置车辆冲洗设施，出场车辆冲洗干净", "冲洗设施齐全且正常使用的得15分，未设置冲洗设施的不得分",
         "threshold", {}),
        ("扬尘控制", 25, "裸露土方全部覆盖，土方作业实行湿法施工", "裸土全部覆盖的得15分，湿法作业落实的得10分", "components",
         {"components": [{"text": "裸土覆盖", "points": 15.0}, {"text": "湿法作业", "points": 10.0}]}),
        ("材料堆放", 15, "建筑材料分类堆放、挂牌标识", "由检查组现场综合评定", "manual", {}),
        ("生活区管理", 15, "宿舍每间居住不超过8人，食堂持证经营", "宿舍、食堂均符合的得15分，一项不符合的得8分，均不符合的不得分",
         "tiers", {"levels": {"均符合": 15.0, "一项不符合": 8.0, "均不符合": 0.0}}),
        ("夜间施工", 15, "夜间施工依法办理许可并公示", "每发现一次未经许可夜间施工扣5分", "per_occurrence",
         {"per_occurrence": -5.0, "unit": "次"}),
    ]
    assert sum(r[1] for r in rows_) == 100
    deds = [("被群众有效投诉的", "每起扣2分", -2.0, "起"), ("被市级以上媒体曝光的", "每次扣5分", -5.0, "次"),
            ("对检查发现问题拒不整改或整改不到位的", "每项扣3分", -3.0, "项"),
            ("项目负责人无故不参加文明施工例会的", "每次扣1分", -1.0, "次")]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["一、考核方式",
                   "区住建局每月对在建工地开展一次文明施工考核。月度得分为基础项目得分减去扣分项目扣分，基础项目满分100分。",
                   "二、基础项目"])
    items = []
    for k, (text, pts, req, crit, rule, extra) in enumerate(rows_):
        paragraphs(d, [f"（{ORD[k]}）{text}（{pts}分）。{req}。{crit}。"])
        items.append(item(None, f"（{ORD[k]}）", text, float(pts), criteria=crit, rule=rule, requirement=req, **extra))
    paragraphs(d, ["三、扣分项目", "检查中发现下列情形的，按下表从月度得分中扣分："])
    t = grid(d, ["序号", "扣分情形", "扣分标准"], [(str(i), a, b) for i, (a, b, _, _) in enumerate(deds, start=1)])
    set_widths(t, [1.5, 9.5, 4.5])
    cap_sentence = "上述扣分每月累计不超过20分。"
    veto = "发生较大及以上生产安全事故的"
    paragraphs(d, [cap_sentence + "同一问题在同一月内不重复扣分。",
                   "四、结果运用",
                   f"月度得分90分以上为优良，70分至89分为合格，70分以下为不合格。{veto}，当月考核直接评定为不合格。"
                   "连续两个月不合格的工地，列入重点监管名单。",
                   "云阳区住房和城乡建设局", "2026年4月1日"])
    name = "y12_housing_prose_deduction_table_then_cap_sentence.docx"
    d.save(HERE / name)
    gold("y12", [name], title, 2026, 100.0, [], items,
         deductions=[{"code": str(i), "text": a, "criteria": b, "per_occurrence": p, "unit": u, "cap": 20.0}
                     for i, (a, b, p, u) in enumerate(deds, start=1)],
         deduction_cap=20.0,
         veto=[{"text": veto, "effect": "当月考核直接评定为不合格"}], veto_effect="当月考核直接评定为不合格",
         grades=bands(("优良", 90), ("合格", 70), ("不合格", None)),
         scoring_note="月度得分＝基础项目得分－扣分项目扣分；同一问题在同一月内不重复扣分；连续两个月不合格的列入重点监管名单",
         notes="a prose 细则: items are `（一）围挡设置（15分）。requirement。rule。` paragraphs under `二、基础项目` (no "
               "categories); the DEDUCTIONS are a TABLE inside the prose (`序号 | 扣分情形 | 扣分标准`, rows `每起扣2分`, "
               "`每次扣5分` …) introduced by `按下表从月度得分中扣分：` and followed by the cap SENTENCE `上述扣分每月累计"
               "不超过20分。` (deduction_cap, also `cap` on each entry as a shared cap); the deduction rows are "
               "`deductions`, not items; no year in the title (year 2026 from the date line); `2.5米`, `8人` are not points")


# ----------------------------------------------------------------------------- y13


def y13():
    """xlsx, 教育: NOT a scheme — a 体育中考 scoring TABLE converting students' running times and jumps into points
    (`3′35″` → 10分), a lookup of performance, not an assessment of units."""
    title = "2026年云州市初中学业水平体育与健康考试评分标准"
    scores = [10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5, 4, 3, 2, 1]
    def t(sec):
        return f"{sec // 60}′{sec % 60:02d}″"
    boys = [t(215 + 5 * k) for k in range(len(scores))]
    girls = [t(208 + 5 * k) for k in range(len(scores))]
    jump_b = [250 - 5 * k for k in range(len(scores))]
    jump_g = [200 - 5 * k for k in range(len(scores))]
    wb, ws = titled_sheet("评分标准", title, 5)
    ws["A2"] = "单位：时间（分′秒″）、距离（厘米）"
    ws.merge_cells("A2:E2")
    header_row(ws, 3, ["得分", "男子1000米", "女子800米", "男子立定跳远", "女子立定跳远"])
    for k, s in enumerate(scores):
        for c, v in enumerate([s, boys[k], girls[k], jump_b[k], jump_g[k]], start=1):
            ws.cell(row=4 + k, column=c, value=v)
    r = 4 + len(scores) + 1
    notes = ["说明：1．体育与健康考试总分60分，其中现场考试40分（耐力类项目、跳跃类项目各20分，按上表得分×2计入），"
             "过程性评价20分。",
             "2．成绩介于两档之间的，按低一档计分；男子1000米慢于4′25″、女子800米慢于4′18″的，计0分。",
             "3．考生因伤病不能参加现场考试的，须于4月10日前提交县级以上医院证明，申请免考或缓考。"]
    for line in notes:
        ws.cell(row=r, column=1, value=line)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        r += 1
    wrap(ws, [10, 16, 16, 16, 16], first_row=2)
    name = "y13_education_pe_exam_time_to_points_table_not_scheme.xlsx"
    wb.save(HERE / name)
    not_a_scheme("y13", [name], title, 2026,
                 "a 体育中考 scoring TABLE: students' race times `3′35″` and jump distances converted to points "
                 "(10, 9.5 … 1), `总分60分`, `得分×2计入`; it converts an individual's performance into exam marks — "
                 "a lookup of performance to score, not an assessment of units with items, criteria and categories")


# ----------------------------------------------------------------------------- y14


def y14():
    """txt, 城市治理: NOT a scheme — a citizen CREDIT-POINTS notice: base 1000分, `无偿献血每次加20分`,
    `每小时加1分`, deductions for dishonest behaviour, levels by accumulated points (`1050分以上为AAA级`)."""
    title = "关于实施“信用鹭城”市民信用积分管理的通告"
    lines = [title, "",
             "为推进社会信用体系建设，弘扬诚实守信风尚，市社会信用体系建设领导小组办公室决定在全市实施市民信用积分管理。"
             "现将有关事项通告如下：", "",
             "一、适用对象", "",
             "年满18周岁、在本市登记户籍或持有本市居住证的自然人。", "",
             "二、积分构成", "",
             "市民信用积分基础分为1000分，根据守信和失信行为记录动态调整，每日更新。", "",
             "（一）守信加分。无偿献血每次加20分；登记注册志愿者参加志愿服务，每满1小时加1分，每年最多加50分；"
             "获得县级以上见义勇为表彰的，每次加50分；按时足额缴纳水、电、燃气费连续满12个月的，加10分。", "",
             "（二）失信减分。公共交通逃票经查实的，每次减10分；拖欠物业费经法院判决仍不履行的，减50分；"
             "被列入失信被执行人名单的，减200分，移出名单后恢复。", "",
             "三、信用等级", "",
             "信用积分1050分以上为AAA级，1000分至1049分为AA级，950分至999分为A级，900分至949分为B级，900分以下为C级。", "",
             "四、守信激励", "",
             "AAA级市民可享受市属公园年卡免费办理、公共自行车免押金骑行、图书馆借阅册数翻倍等激励措施；"
             "AA级市民可享受公共自行车免押金骑行。", "",
             "五、查询与异议", "",
             "市民可通过“i鹭城”APP查询本人信用积分。对积分有异议的，可在线提出申请，信用中心在5个工作日内核实处理。"
             "服务时间为工作日8:30—17:30。", "",
             "本通告自2026年5月1日起施行。", "",
             "鹭城市社会信用体系建设领导小组办公室", "2026年4月15日", ""]
    name = "y14_city_citizen_credit_points_notice_not_scheme.txt"
    (HERE / name).write_text("\n".join(lines), encoding="utf-8")
    not_a_scheme("y14", [name], title, 2026,
                 "a citizen CREDIT-POINTS notice: base `1000分`, gains `无偿献血每次加20分`, `每满1小时加1分，每年最多加50分`, "
                 "losses `每次减10分`, `减200分`, levels by accumulated points (`1050分以上为AAA级`) and incentives; it "
                 "scores individual citizens' behaviour in a standing points account, not units against an assessment "
                 "scheme with items and a total")


BUILDS = (y01, y02, y03, y04, y05, y06, y07, y08, y09, y10, y11, y12, y13, y14)


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
