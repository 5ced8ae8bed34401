"""Build the SEVENTH forms probe set (held out) and its gold from one hand-written content table each.

Theme: HOW NOTICES ARE REALLY PUBLISHED. A scheme rarely comes alone: a 通知 (文号, 各单位：, preamble, 附件
lines, 联系人 and 电话, 日期) followed by the 方案 and its 评分表 in the SAME file, with a 回执 table after it; a
docx whose first table is a check-group schedule, not the scheme; a docx whose outline numbers come from
Word's AUTOMATIC multi-level numbering (numbering.xml, the digits are not in the paragraph text); points in
CHINESE NUMERAL cells (`十五`, `零点五`, `两分`); an html page whose outline is nested <ol> (numbers drawn by
the browser) with a <table> inside one <li>; a PDF of `字段：值` cards with `分值：N` on its own line; a
workbook whose first sheet is the notice text, second the scoring table, third hidden, fourth empty; a PDF
whose wide table is on LANDSCAPE pages continued with the header repeated; a txt copied from a web page
(no-break spaces, `&nbsp;` left over, site chrome, lines broken mid-item); a red-header `.doc` with
`标准分N分` inline and 抄送/印发 lines; a government web page whose 分值 cells are products `4×5=20`; a
notice that states the scheme in its body AND restates it as a table in its 附件; and two documents full of
`N分` that are not schemes (a 检查反馈意见 with applied deductions, a training workbook with marks).
Each document's content is written once below and rendered both into the document and into
``gold/<id>.json``, so the gold is the content, never kaohe's output.
Run from the repo root: ``.venv/bin/python tests/data/forms7/make_forms7.py`` (add ``--pdf`` to refresh the
PDFs with LibreOffice headless; needs a CJK font). The legacy .doc is always converted with LibreOffice.
"""

from __future__ import annotations

import copy
import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
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
item, cat, gold, new_doc, heading, set_cell, merge_down, repeat_header = (
    _unseen.item, _unseen.cat, _unseen.gold, _unseen.new_doc, _unseen.heading, _unseen.set_cell,
    _unseen.merge_down, _unseen.repeat_header)
not_a_scheme, paragraphs, grid, html_page = _forms.not_a_scheme, _forms.paragraphs, _forms.grid, _forms.html_page
esc, bands, header_row, wrap_columns = _forms3.esc, _forms4.bands, _forms4.header_row, _forms4.wrap_columns

PDF_SOURCES: list[tuple[str, bool]] = []  # (docx file name, keep the docx as a fixture too)


def soffice(args, outdir: Path):
    """LibreOffice headless with a private profile (a running office or a parallel build cannot lock it)."""
    with tempfile.TemporaryDirectory(prefix="lo_forms7_") as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", *args,
                        "--outdir", str(outdir)], check=True, capture_output=True, timeout=240)


def to_pdf(name: str, keep_docx: bool):
    soffice(["--convert-to", "pdf", str(HERE / name)], HERE)
    if not keep_docx:
        (HERE / name).unlink()


def to_legacy(save, name: str, target: str):
    """Write the modern file (``save(path)``) outside the repo and convert it to ``target`` here."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / name
        save(src)
        soffice(["--convert-to", target, str(src)], HERE)


def g(points):
    return f"{points:g}"


def bold_line(d, text, center=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def right_lines(d, lines):
    for line in lines:
        d.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT


def rule_extra(rule):
    """(criteria, rule, extra) -> item kwargs."""
    crit, kind, extra = rule
    return dict(criteria=crit, rule=kind, **extra)


# ----------------------------------------------------------------------------- p01


def p01():
    """docx+pdf, 工会: the WHOLE published notice in one file — 文号, title, 各基层工会：, preamble, numbered notice
    sections, `附件：1．…　2．…`, 联系人 and 电话 (digits), 落款 and date — then `附件1` with the 考评细则 whose points
    column is headed `权数` (points, not a percentage), then `附件2` a 回执 table (单位名称 | 联系人 | 手机号码)."""
    title = "云岭区基层工会规范化建设考评细则（2026年版）"
    notice = "关于开展2026年度基层工会规范化建设考评工作的通知"
    parts = [
        ("一", "组织建设", 25, [
            ("工会组织按期换届，委员会健全", 8, ("按期换届且工会委员会、经审会、女职工委员会健全的计8分；超期未换届的不计分",
                                           "threshold", {})),
            ("会员实名制入会、会籍管理规范", 7, ("实名制录入率达到100%的计7分，90%以上的计4分，不足90%的不计分", "tiers",
                                           {"levels": {"100%": 7.0, "90%以上": 4.0, "不足90%": 0.0}})),
            ("工会小组建设", 10, ("每个车间（科室）建立工会小组，每缺一个扣2分，扣完为止", "per_occurrence",
                               {"per_occurrence": -2.0, "unit": "个"})),
        ]),
        ("二", "民主管理", 30, [
            ("职工代表大会制度", 15, ("每年至少召开一次职代会，审议通过涉及职工切身利益的重大事项的计15分；未召开的不计分",
                                  "threshold", {})),
            ("厂务公开", 10, ("考评组查阅公开栏和台账，根据公开内容、频次和职工知晓情况综合评定", "manual", {})),
            ("集体协商", 5, ("签订工资集体协议的计3分，签订女职工权益保护专项集体合同的计2分", "components",
                          {"components": [{"text": "签订工资集体协议", "points": 3.0},
                                          {"text": "签订女职工权益保护专项集体合同", "points": 2.0}]})),
        ]),
        ("三", "服务职工", 30, [
            ("困难职工帮扶", 12, ("建档立卡、动态管理，帮扶资金发放到位，考评组查阅台账后综合评定", "manual", {})),
            ("职工之家阵地建设", 10, ("每建成一个职工书屋、爱心驿站或母婴关爱室计5分，最高10分", "per_occurrence",
                                   {"per_occurrence": 5.0, "cap": 10.0, "unit": "个"})),
            ("职工文体活动", 8, ("每季度至少组织一次，每少一次扣2分", "per_occurrence", {"per_occurrence": -2.0, "unit": "次"})),
        ]),
        ("四", "经费管理", 15, [
            ("经费独立核算", 10, ("独立建账、独立核算的计10分；经审计发现违规使用经费的不计分", "threshold", {})),
            ("经费审查", 5, ("经审会每年审查经费收支不少于一次的计5分", "threshold", {})),
        ]),
    ]
    d = new_doc()
    p = d.add_paragraph("云岭区总工会文件")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].bold = True
    p.runs[0].font.size = Pt(22)
    d.add_paragraph("云工发〔2026〕12号").alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading(d, notice)
    paragraphs(d, [
        "各街道总工会，区直各基层工会：",
        "为推动基层工会规范化建设，经区总工会研究，决定在全区开展2026年度基层工会规范化建设考评工作。现将有关事项通知如下：",
        "一、考评对象",
        "全区已建会的机关、事业单位和企业基层工会（以下简称“各单位”），共计186家。",
        "二、时间安排",
        "（一）自查阶段（4月1日至4月30日）。各单位对照考评细则开展自查，于4月30日前将回执报区总工会组织部。",
        "（二）考评阶段（5月上旬至6月下旬）。区总工会组成5个考评组，采取查阅资料、实地察看、个别访谈等方式进行考评。",
        "（三）总结阶段（7月）。考评结果在全区通报，并作为评选先进的重要依据。",
        "三、工作要求",
        "各单位要高度重视，如实提供资料，不得弄虚作假。考评中发现材料失实的，取消当年评先资格。",
        "附件：1．云岭区基层工会规范化建设考评细则（2026年版）",
        "　　　2．考评工作联系回执",
        "联系人：李敏（组织部），电话：0871-65512376，手机：13908712245，邮箱：ylzgh_zzb@163.com",
    ])
    right_lines(d, ["云岭区总工会", "2026年3月25日"])
    d.add_page_break()
    bold_line(d, "附件1")
    heading(d, title)
    paragraphs(d, ["本细则满分100分，各项目权数见下表。"])
    n_rows = sum(len(rows) for *_, rows in parts)
    t = d.add_table(rows=n_rows + 2, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["序号", "考评项目", "考评内容", "权数", "评分办法"]):
        set_cell(t.cell(0, c), h, bold=True)
    cats, items, r, n = [], [], 1, 0
    for code, name, pts, rows in parts:
        first = r
        for text, ipts, rule in rows:
            n += 1
            set_cell(t.cell(r, 0), str(n))
            set_cell(t.cell(r, 2), text)
            set_cell(t.cell(r, 3), g(ipts))
            set_cell(t.cell(r, 4), rule[0])
            items.append(item(name, str(n), text, float(ipts), **rule_extra(rule)))
            r += 1
        merge_down(t, 1, first, r - 1, f"{code}、{name}\n（权数{pts}）")
        cats.append(cat(name, float(pts), code=code))
        assert sum(x[1] for x in rows) == pts
    set_cell(t.cell(r, 0), "合计")
    set_cell(t.cell(r, 3), "100")
    assert sum(pts for _, _, pts, _ in parts) == 100
    paragraphs(d, [
        "加分项目：获得全国、省级、市级“模范职工之家”称号的，分别加5分、3分、2分（按最高级别计，不累计）。",
        "否决项目：发生侵害职工合法权益的群体性事件并造成不良影响的，实行一票否决，考评结果定为不合格。",
        "等次划分：考评得分90分以上为优秀，75分至89分为良好，60分至74分为合格，60分以下为不合格。",
    ])
    d.add_page_break()
    bold_line(d, "附件2")
    heading(d, "考评工作联系回执", size=14)
    grid(d, ["单位名称（盖章）", "联系人", "职务", "手机号码", "备注"], [["", "", "", "", ""] for _ in range(3)])
    paragraphs(d, ["请于2026年4月30日前将回执扫描件发送至ylzgh_zzb@163.com。"])
    name = "p01_union_notice_attachments_quanshu_reply_slip.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, True))
    gold("p01", [name, name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         bonus=[{"text": "获得“模范职工之家”称号", "rule": "lookup",
                 "levels": {"全国": 5.0, "省级": 3.0, "市级": 2.0}, "highest_only": True}],
         veto=[{"text": "发生侵害职工合法权益的群体性事件并造成不良影响的", "effect": "考评结果定为不合格"}],
         veto_effect="考评结果定为不合格",
         grades=bands(("优秀", 90), ("良好", 75), ("合格", 60), ("不合格", None)),
         notice_title=notice,
         notes="the whole published notice in one file: red-header line `云岭区总工会文件`, 文号 `云工发〔2026〕12号`, the "
               "notice title, addressees, numbered notice sections with dates and a count (`共计186家`, `5个考评组`), an "
               "`附件：1．…　2．…` list, 联系人 with phone numbers and e-mail, 落款 and date, then `附件1` (the scheme: "
               "gold title = the 附件1 heading) and `附件2` a BLANK 回执 table after the scheme; the points column is "
               "headed `权数` (bare numbers, summing to 100: points, not weights) and the category cells read "
               "`一、组织建设\\n（权数25）`")


# ----------------------------------------------------------------------------- p02


def p02():
    """docx, 学校: a check notice whose FIRST table is the check-group schedule (组别 | 组长 | 成员 | 检查学校 |
    检查时间, with dates and `8:30`) and whose SECOND table is the scoring table; indicators coded `A`/`A1` and the
    category points in full-width brackets without 分 `A　安全管理（30）` in a merged first column."""
    title = "云岭区2026年春季学校安全工作专项检查评分表"
    notice = "关于开展2026年春季学校安全工作专项检查的通知"
    parts = [
        ("A", "安全管理", 30, [
            ("A1", "安全责任制", "校长与教职工逐一签订安全责任书", 10,
             ("签订率100%计10分，每少签1人扣0.5分", "per_occurrence", {"per_occurrence": -0.5, "unit": "人"})),
            ("A2", "安全制度", "门卫、值班、食品、消防等制度齐全并上墙", 8,
             ("缺一项制度扣2分", "per_occurrence", {"per_occurrence": -2.0, "unit": "项"})),
            ("A3", "应急预案与演练", "制定应急预案，每学期开展疏散演练", 12,
             ("每开展1次演练计6分，最高12分", "per_occurrence", {"per_occurrence": 6.0, "cap": 12.0, "unit": "次"})),
        ]),
        ("B", "设施设备", 40, [
            ("B1", "消防设施", "灭火器在有效期内，疏散通道畅通，应急照明完好", 15,
             ("发现一处隐患扣3分，扣完为止", "per_occurrence", {"per_occurrence": -3.0, "unit": "处"})),
            ("B2", "校舍安全", "校舍定期鉴定，无D级危房在用", 10,
             ("无D级危房在用的计10分；D级危房仍在使用的本项不计分", "threshold", {})),
            ("B3", "监控与门禁", "校门口监控、一键报警与公安联网，门禁运行正常", 8,
             ("检查组现场查看，综合评定", "manual", {})),
            ("B4", "食堂卫生", "食堂持证经营，实行明厨亮灶", 7,
             ("持有效食品经营许可证的计4分，实行明厨亮灶的计3分", "components",
              {"components": [{"text": "持有效食品经营许可证", "points": 4.0},
                              {"text": "实行明厨亮灶", "points": 3.0}]})),
        ]),
        ("C", "安全教育", 30, [
            ("C1", "安全课程", "每周安排安全教育课，有课表、有教案", 10, ("查阅课表和教案，综合评定", "manual", {})),
            ("C2", "专题教育", "开展防溺水、交通安全、防欺凌、禁毒专题教育", 8,
             ("每开展一项专题教育计2分", "components",
              {"components": [{"text": t, "points": 2.0} for t in ("防溺水", "交通安全", "防欺凌", "禁毒")]})),
            ("C3", "家校联动", "向家长发放安全告知书并回收回执", 12,
             ("回执率达到95%以上的计12分，80%至95%的计8分，80%以下的计4分", "tiers",
              {"levels": {"95%以上": 12.0, "80%至95%": 8.0, "80%以下": 4.0}})),
        ]),
    ]
    d = new_doc()
    d.add_paragraph("云教安〔2026〕5号").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    heading(d, notice)
    paragraphs(d, [
        "各中小学、幼儿园：",
        "为切实做好春季学校安全工作，区教育体育局决定于4月8日至4月17日开展学校安全工作专项检查。现将有关事项通知如下：",
        "一、检查分组及安排",
        "检查共分三个组，每组由局机关科室负责人带队，具体安排如下表。检查当日8:30到校，请各校校长在校等候。",
    ])
    grid(d, ["组别", "组长", "成员", "检查学校", "检查时间"], [
        ["第一组", "王刚（安全科）", "赵红、钱立新", "城关一小、城关二小、实验幼儿园", "4月8日—4月10日"],
        ["第二组", "孙丽（基教科）", "周伟、吴敏", "云岭一中、云岭二中、民族中学", "4月13日—4月15日"],
        ["第三组", "郑强（后勤中心）", "冯雪、陈浩", "各乡镇中心学校", "4月16日—4月17日"],
    ])
    paragraphs(d, [
        "二、检查方式",
        "检查采取听取汇报、查阅资料、实地察看、随机询问师生相结合的方式，按照附件评分表逐项打分，满分100分。",
        "三、有关要求",
        "各校要在检查前完成自查，对发现的问题立即整改。检查结果将在全区通报，并纳入学校年度目标考核。",
        "附件：云岭区2026年春季学校安全工作专项检查评分表",
        "联系人：王刚　　联系电话：0871-65013328",
    ])
    right_lines(d, ["云岭区教育体育局", "2026年3月30日"])
    d.add_page_break()
    bold_line(d, "附件")
    heading(d, title)
    n_rows = sum(len(rows) for *_, rows in parts)
    t = d.add_table(rows=n_rows + 2, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["一级指标", "二级指标", "检查内容", "分值", "评分说明"]):
        set_cell(t.cell(0, c), h, bold=True)
    cats, items, r = [], [], 1
    for code, name, pts, rows in parts:
        first = r
        for icode, text, content, ipts, rule in rows:
            set_cell(t.cell(r, 1), f"{icode}　{text}")
            set_cell(t.cell(r, 2), content)
            set_cell(t.cell(r, 3), g(ipts))
            set_cell(t.cell(r, 4), rule[0])
            kw = rule_extra(rule)
            kw["requirement"] = content
            items.append(item(name, icode, text, float(ipts), **kw))
            r += 1
        merge_down(t, 0, first, r - 1, f"{code}　{name}（{pts}）")
        cats.append(cat(name, float(pts), code=code))
        assert sum(x[3] for x in rows) == pts
    set_cell(t.cell(r, 0), "合计")
    set_cell(t.cell(r, 3), "100")
    paragraphs(d, [
        "说明：1．发生学生非正常死亡的安全责任事故的，检查结果直接定为不合格。",
        "2．检查得分90分以上为优秀，80分至89分为良好，60分至79分为合格，60分以下为不合格。",
        "检查组签字：____________　　　学校负责人签字：____________",
    ])
    name = "p02_school_first_table_schedule_coded_indicators.docx"
    d.save(HERE / name)
    gold("p02", [name], title, 2026, 100.0, cats, items,
         veto=[{"text": "发生学生非正常死亡的安全责任事故的", "effect": "检查结果直接定为不合格"}],
         veto_effect="检查结果直接定为不合格",
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         notice_title=notice,
         notes="the notice's FIRST table is the check-group schedule (组别/组长/成员/检查学校/检查时间, dates, `8:30`), "
               "not a scheme; the scoring table is the SECOND table, in the 附件 after a page break; indicators "
               "coded `A`/`A1` (item code = `A1`, text = the 二级指标 name, `requirement` = 检查内容, criteria = 评分说明); "
               "category points in full-width brackets with no 分 `A　安全管理（30）` in the merged first column; item points "
               "bare in 分值")


# ----------------------------------------------------------------------------- p03


def auto_numbering(d, num_id=71):
    """A two-level Word list: level 0 `一、` (chineseCounting), level 1 `1．` (decimal, restarting under each level
    0): the digits are drawn by Word from numbering.xml, never stored in the paragraph text."""
    numbering = d.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2．"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)

    def numbered(text, level, bold=False):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        p_pr = p._p.get_or_add_pPr()
        num_pr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), str(level))
        nid = OxmlElement("w:numId")
        nid.set(qn("w:val"), str(num_id))
        num_pr.append(ilvl)
        num_pr.append(nid)
        p_pr.append(num_pr)
        return p

    return numbered


def p03():
    """docx, 机关: every heading and item is numbered by Word's AUTOMATIC multi-level list (numPr → numbering.xml,
    `一、` chineseCounting over `1．` decimal): the paragraph text holds no number at all. Points `（8分）` after the
    requirement, criteria after it; a fifth auto-numbered heading `加分和扣分` without points."""
    title = "云岭区2026年度机关作风建设考评细则"
    parts = [
        ("学习教育", 20, [
            ("落实理论学习制度，每月集中学习不少于1次", 8, ("每少一次扣1分", "per_occurrence",
                                                   {"per_occurrence": -1.0, "unit": "次"})),
            ("开展主题党日和专题研讨", 6, ("按要求开展的计6分，未开展的不计分", "threshold", {})),
            ("干部职工参加网络学院学习，年度学时达标", 6, ("达标率每低1个百分点扣0.2分", "per_occurrence",
                                                  {"per_occurrence": -0.2, "unit": "个百分点"})),
        ]),
        ("工作作风", 40, [
            ("落实首问负责、限时办结制度", 15, ("每发现一次推诿扯皮扣3分，扣完为止", "per_occurrence",
                                          {"per_occurrence": -3.0, "unit": "次"})),
            ("服务窗口规范运行", 10, ("由区效能办明察暗访后综合评定", "manual", {})),
            ("督办事项按期办结", 15, ("得分＝按期办结率×15", "proportional", {"formula": "按期办结率×15"})),
        ]),
        ("工作纪律", 25, [
            ("严格执行考勤制度", 10, ("无迟到早退的计10分；每发现一人次扣0.5分", "per_occurrence",
                                   {"per_occurrence": -0.5, "unit": "人次"})),
            ("公务接待和公务用车规范", 15, ("发现违规问题的本项不计分", "threshold", {})),
        ]),
        ("群众评价", 15, [
            ("服务对象满意度测评", 15, ("满意率95%以上的计15分，90%至95%的计12分，90%以下的计8分", "tiers",
                                    {"levels": {"95%以上": 15.0, "90%至95%": 12.0, "90%以下": 8.0}})),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["为持续深化机关作风建设，根据区委有关要求，制定本细则。考评实行百分制，由区委作风办会同区效能办组织实施，"
                   "每半年考评一次，全年取平均分。"])
    numbered = auto_numbering(d)
    cats, items = [], []
    for ci, (name, pts, rows) in enumerate(parts):
        numbered(f"{name}（{pts}分）", 0, bold=True)
        cats.append(cat(name, float(pts), code="一二三四"[ci]))
        for n, (text, ipts, rule) in enumerate(rows, start=1):
            numbered(f"{text}（{ipts}分）。{rule[0]}。", 1)
            items.append(item(name, str(n), text, float(ipts), **rule_extra(rule)))
        assert sum(x[1] for x in rows) == pts
    assert sum(x[1] for x in parts) == 100
    numbered("加分和扣分", 0, bold=True)
    numbered("工作经验被区级以上推广的，每次加1分，最多加3分。", 1)
    numbered("被区委、区政府通报批评的，每次扣2分。", 1)
    paragraphs(d, ["考评得分90分以上为好，80分至89分为较好，70分至79分为一般，70分以下为差。",
                   "本细则由区委作风办负责解释。"])
    right_lines(d, ["中共云岭区委作风建设领导小组办公室", "2026年2月26日"])
    name = "p03_office_word_auto_numbering_outline.docx"
    d.save(HERE / name)
    gold("p03", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "1", "text": "工作经验被区级以上推广的", "per_occurrence": 1.0, "cap": 3.0}],
         deductions=[{"code": "2", "text": "被区委、区政府通报批评的", "per_occurrence": -2.0}],
         grades=bands(("好", 90), ("较好", 80), ("一般", 70), ("差", None)),
         scoring_note="每半年考评一次，全年取平均分",
         notes="Word AUTOMATIC multi-level numbering: every category heading (`一、` chineseCounting, level 0) and every "
               "item (`1．` decimal, level 1, restarting under each heading) carries numPr pointing to a custom "
               "abstractNum in numbering.xml; the paragraph TEXT holds no number, so the codes in the gold are the "
               "numbers Word draws (as LibreOffice/Word render them); item text = requirement before `（N分）`, "
               "criteria = the sentence after it; the fifth auto-numbered heading `加分和扣分` has no points and holds "
               "one bonus and one deduction line (not items)")


# ----------------------------------------------------------------------------- p04

CN = {0.5: "零点五", 0.2: "零点二", 2: "两", 3: "三", 5: "五", 8: "八", 10: "十", 12: "十二", 15: "十五", 20: "二十",
      25: "二十五", 40: "四十", 100: "一百"}


def p04():
    """docx, 医院: points only in CHINESE NUMERALS — 分值 cells `十五` (no 分), category cells `（计二十五分）`, decimals
    `扣零点五分`, `两分`, `百分之百`, a 合计 cell `一百`, grade lines `九十分及以上`; `抽查患者十名` and a 满意度 stated in
    分 (`九十五分以上`) as distractors."""
    title = "云岭区人民医院2026年度护理质量考核标准"
    parts = [
        ("病区管理", 25, [
            ("病区环境整洁，物品定位放置", 10, ("一处不符合扣零点五分", "per_occurrence",
                                          {"per_occurrence": -0.5, "unit": "处"})),
            ("护理文书书写规范", 15, ("每份不合格护理文书扣两分，扣完为止", "per_occurrence",
                                   {"per_occurrence": -2.0, "unit": "份"})),
        ]),
        ("专科护理", 40, [
            ("分级护理落实到位", 20, ("抽查患者十名，一人不符合扣两分", "per_occurrence",
                                   {"per_occurrence": -2.0, "unit": "人"})),
            ("危重患者护理计划及观察记录完整", 10, ("缺一项扣三分，扣完为止", "per_occurrence",
                                              {"per_occurrence": -3.0, "unit": "项"})),
            ("压力性损伤风险评估与防范", 10, ("高危患者评估率百分之百计十分，每低一个百分点扣零点二分", "per_occurrence",
                                          {"per_occurrence": -0.2, "unit": "个百分点"})),
        ]),
        ("护理安全", 25, [
            ("严格执行查对制度", 15, ("发生给药差错一例扣五分", "per_occurrence", {"per_occurrence": -5.0, "unit": "例"})),
            ("护理不良事件主动上报", 10, ("发现瞒报一例，本项不得分", "threshold", {})),
        ]),
        ("患者满意度", 10, [
            ("住院患者满意度调查", 10, ("满意度九十五分以上计十分，九十至九十四分计八分，九十分以下计五分", "tiers",
                                     {"levels": {"九十五分以上": 10.0, "九十至九十四分": 8.0, "九十分以下": 5.0}})),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["为进一步规范护理行为，提高护理质量，护理部制定本考核标准。本标准满分一百分，护理部每季度组织考核一次，"
                   "考核结果与护理单元绩效挂钩。"])
    n_rows = sum(len(rows) for *_, rows in parts)
    t = d.add_table(rows=n_rows + 2, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["项目", "序号", "考核内容", "分值", "扣分标准"]):
        set_cell(t.cell(0, c), h, bold=True)
    cats, items, r, n = [], [], 1, 0
    for name, pts, rows in parts:
        first = r
        for text, ipts, rule in rows:
            n += 1
            set_cell(t.cell(r, 1), str(n))
            set_cell(t.cell(r, 2), text)
            set_cell(t.cell(r, 3), CN[ipts])
            set_cell(t.cell(r, 4), rule[0])
            kw = rule_extra(rule)
            kw["printed"] = CN[ipts]
            items.append(item(name, str(n), text, float(ipts), **kw))
            r += 1
        merge_down(t, 0, first, r - 1, f"{name}\n（计{CN[pts]}分）")
        cats.append(cat(name, float(pts), printed=f"计{CN[pts]}分"))
        assert sum(x[1] for x in rows) == pts
    set_cell(t.cell(r, 0), "合计")
    set_cell(t.cell(r, 3), "一百")
    paragraphs(d, [
        "等次评定：考核得分九十分及以上为优秀，八十分至八十九分为良好，七十分至七十九分为合格，七十分以下为不合格。",
        "否决事项：发生护理严重差错，造成患者重度以上损害的，实行一票否决，当季考核定为不合格。",
        "护理部", "二〇二六年一月十日"])
    name = "p04_hospital_chinese_numeral_cells.docx"
    d.save(HERE / name)
    gold("p04", [name], title, 2026, 100.0, cats, items,
         veto=[{"text": "发生护理严重差错，造成患者重度以上损害的", "effect": "当季考核定为不合格"}],
         veto_effect="当季考核定为不合格",
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 70), ("不合格", None)),
         notes="every figure of points is in CHINESE NUMERALS: item 分值 cells bare `十五`/`二十` (no 分), category cells "
               "`病区管理\\n（计二十五分）` merged down, decimals `扣零点五分`/`扣零点二分`, `扣两分` (两 not 二), "
               "`百分之百`, 合计 cell `一百`, total `满分一百分` in the preamble, grades `九十分及以上`…; the date is "
               "`二〇二六年一月十日`; distractors: `抽查患者十名`, the 满意度 score stated in 分 inside item 8's tiers "
               "(`九十五分以上计十分`); `printed` keeps the numeral as printed")


# ----------------------------------------------------------------------------- p05


def p05():
    """html, 社区: the outline is NESTED <ol> lists — the numbers (`一、` by CSS cjk-ideographic, `1.` decimal) are
    drawn by the browser and absent from the text; one category <li> holds a <table> (项目 | 分值 | 评分办法)
    instead of a nested list; a <ul> of 加分 notes; points `（8分）：` before the criteria."""
    title = "云岭区幸福社区2026年度“红色物业”考评细则"
    c1 = ("党建引领", 20, [
        ("物业企业成立党组织或党的工作小组", 8, ("已成立党组织的得8分；未成立但有党员员工并成立党的工作小组的得4分", "tiers",
                                             {"levels": {"成立党组织": 8.0, "成立党的工作小组": 4.0}})),
        ("党员员工亮身份、设岗定责", 6, ("每名党员员工均应设岗定责，发现一人未落实扣1分", "per_occurrence",
                                      {"per_occurrence": -1.0, "unit": "人"})),
        ("参加社区“大党委”联席会议", 6, ("每季度一次，每缺席一次扣1.5分", "per_occurrence",
                                      {"per_occurrence": -1.5, "unit": "次"})),
    ])
    c2 = ("服务质量", 40, [
        ("环境卫生", 10, ("公共区域每发现一处垃圾堆积扣1分", "per_occurrence", {"per_occurrence": -1.0, "unit": "处"})),
        ("绿化养护", 8, ("考评组现场查看后综合评定", "manual", {})),
        ("设施设备维修", 12, ("报修事项24小时内响应率达到100%的得12分，每低1个百分点扣0.5分", "per_occurrence",
                          {"per_occurrence": -0.5, "unit": "个百分点"})),
        ("安全防范", 10, ("小区发生入室盗窃案件的，每起扣5分", "per_occurrence", {"per_occurrence": -5.0, "unit": "起"})),
    ])
    c3 = ("居民评议", 40, [
        ("居民满意度测评", 25, ("得分＝满意率×25", "proportional", {"formula": "满意率×25"})),
        ("投诉处理", 15, ("有效投诉按期办结率达到95%以上的得15分，低于95%的不得分", "threshold", {})),
    ])
    assert c1[1] + c2[1] + c3[1] == 100
    cats, items, lis = [], [], []
    for ci, (name, pts, rows) in enumerate((c1, c2, c3)):
        cats.append(cat(name, float(pts), code="一二三"[ci]))
        assert sum(x[1] for x in rows) == pts
        if ci == 1:
            trs = "".join(f"<tr><td>{esc(t)}</td><td>{ipts}</td><td>{esc(rule[0])}</td></tr>" for t, ipts, rule in rows)
            inner = (f'<table border="1" cellspacing="0" cellpadding="4"><thead><tr><th>项目</th><th>分值</th>'
                     f"<th>评分办法</th></tr></thead><tbody>{trs}</tbody></table>")
            items += [item(name, None, t, float(ipts), **rule_extra(rule)) for t, ipts, rule in rows]
        else:
            lis_inner = "".join(f"<li>{esc(t)}（{ipts}分）：{esc(rule[0])}。</li>" for t, ipts, rule in rows)
            inner = f'<ol style="list-style-type: decimal">{lis_inner}</ol>'
            items += [item(name, str(n), t, float(ipts), **rule_extra(rule))
                      for n, (t, ipts, rule) in enumerate(rows, start=1)]
        lis.append(f"<li><strong>{esc(name)}（{pts}分）</strong>\n{inner}\n</li>")
    body = (
        f'<div class="article"><h2 style="text-align:center">{esc(title)}</h2>\n'
        "<p>为推进党建引领物业服务，提升小区治理水平，社区党委制定本细则。考评由社区“两委”会同业委会、居民代表组成考评组，"
        "每年组织一次，满分100分。</p>\n"
        '<ol style="list-style-type: cjk-ideographic">\n' + "\n".join(lis) + "\n</ol>\n"
        "<p><strong>其他事项</strong></p>\n<ul>\n"
        "<li>获评市级“红色物业”示范项目的，加3分。</li>\n"
        "<li>考评得分85分以上的，推荐为“红色物业示范项目”；60分以下的，由社区约谈物业企业负责人。</li>\n"
        "<li>物业企业在考评中弄虚作假的，取消当年评优资格。</li>\n</ul>\n"
        '<p style="text-align:right">中共云岭区幸福社区委员会<br>2026年3月2日</p></div>')
    name = "p05_community_html_nested_ol_table_in_li.html"
    (HERE / name).write_text(html_page(title, body), encoding="utf-8")
    gold("p05", [name], title, 2026, 100.0, cats, items,
         bonus=[{"text": "获评市级“红色物业”示范项目", "points": 3.0}],
         veto=[{"text": "物业企业在考评中弄虚作假的", "effect": "取消当年评优资格"}],
         veto_effect="取消当年评优资格",
         grades=[{"name": "红色物业示范项目", "min_score": 85}],
         notes="the outline is NESTED <ol>: the category <li>s are numbered by CSS `cjk-ideographic` (一、二、三 drawn by "
               "the browser, not in the text) and items by an inner decimal <ol> (codes = the drawn numbers); the "
               "second category's <li> holds a <table> 项目 | 分值 | 评分办法 instead of a list (its items have no "
               "code: null); points `（8分）：` between the item and its criteria; the 其他事项 <ul> holds a bonus, a "
               "grade line (85) and a disqualification (taken as a veto); the `60分以下…约谈` line is a consequence, "
               "not a grade")


# ----------------------------------------------------------------------------- p06


def p06():
    """PDF only, 企业: each indicator is a CARD of `字段：值` lines (指标名称 / 分值 / 考核标准 / 计分方法 / 数据来源),
    cards separated by a blank line; each category heading `一、经营业绩指标` has its points on its OWN line below it
    `分值：60`; no table."""
    title = "云岭城投集团2026年度子公司负责人经营业绩考核细则"
    parts = [
        ("一", "经营业绩指标", 60, [
            ("营业收入", 20, "完成董事会下达的年度营业收入目标值",
             ("完成目标值的得20分；每低于目标值1%扣0.5分，最多扣10分；超过目标值的不加分", "per_occurrence",
              {"per_occurrence": -0.5, "unit": "1%", "cap": 10.0}), "经审计的年度财务决算报表"),
            ("利润总额", 20, "完成年度利润总额目标值",
             ("得分＝实际完成值÷目标值×20，最高不超过20分", "proportional", {"formula": "实际完成值÷目标值×20"}),
             "经审计的年度财务决算报表"),
            ("资产负债率", 10, "年末资产负债率控制在65%以内",
             ("控制在65%以内的得10分，超过65%的不得分", "threshold", {}), "年度财务决算报表"),
            ("应收账款回收率", 10, "当年应收账款回收率达到90%",
             ("回收率90%以上的得10分，80%至90%的得6分，80%以下的不得分", "tiers",
              {"levels": {"90%以上": 10.0, "80%至90%": 6.0, "80%以下": 0.0}}), "集团财务部统计数据"),
        ]),
        ("二", "管理指标", 40, [
            ("安全生产", 15, "未发生一般及以上生产安全事故",
             ("每发生一起轻伤事故扣3分，扣完为止", "per_occurrence", {"per_occurrence": -3.0, "unit": "起"}),
             "集团安全环保部"),
            ("内控合规", 15, "内部控制制度健全并有效执行",
             ("由集团审计部年度检查后综合评定", "manual", {}), "集团审计部检查报告"),
            ("党建工作", 10, "落实党建工作责任制",
             ("按集团党委党建考核得分折算，折算得分＝党建考核得分×10%", "proportional", {"formula": "党建考核得分×10%"}),
             "集团党群工作部"),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["根据《云岭城投集团子公司负责人经营业绩考核办法》，制定本细则。年度考核满分100分，由经营业绩指标和管理"
                   "指标两部分组成，另设加减分项目。", ""])
    cats, items = [], []
    for code, name, pts, rows in parts:
        bold_line(d, f"{code}、{name}")
        d.add_paragraph(f"分值：{pts}")
        d.add_paragraph("")
        cats.append(cat(name, float(pts), code=code))
        for n, (text, ipts, std, rule, source) in enumerate(rows, start=1):
            paragraphs(d, [f"指标名称：{text}", f"分值：{ipts}", f"考核标准：{std}", f"计分方法：{rule[0]}",
                           f"数据来源：{source}", ""])
            kw = rule_extra(rule)
            kw.update(requirement=std, source=source)
            items.append(item(name, None, text, float(ipts), **kw))
        assert sum(x[1] for x in rows) == pts
    bold_line(d, "三、加减分项目")
    paragraphs(d, ["加分：子公司获得省级以上科学技术奖的，每项加2分，累计不超过4分。",
                   "扣分：子公司被上级部门约谈或通报的，每次扣2分。",
                   "否决：发生较大及以上生产安全事故或者重大违纪违法案件的，考核结果直接定为D级。", ""])
    bold_line(d, "四、考核等级")
    paragraphs(d, ["考核得分95分以上为A级，85分至94分为B级，70分至84分为C级，70分以下为D级。"])
    right_lines(d, ["云岭城投集团有限公司", "2026年1月20日"])
    name = "p06_company_field_cards_points_own_line.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, False))
    gold("p06", [name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         bonus=[{"text": "子公司获得省级以上科学技术奖", "per_occurrence": 2.0, "cap": 4.0, "unit": "项"}],
         deductions=[{"text": "子公司被上级部门约谈或通报", "per_occurrence": -2.0}],
         veto=[{"text": "发生较大及以上生产安全事故或者重大违纪违法案件的", "effect": "考核结果直接定为D级"}],
         veto_effect="考核结果直接定为D级",
         grades=bands(("A级", 95), ("B级", 85), ("C级", 70), ("D级", None)),
         notes="PDF only (its docx is an intermediate, deleted); no table: each indicator is a CARD of `字段：值` lines "
               "(指标名称 / 分值 / 考核标准 / 计分方法 / 数据来源) separated by blank lines; each category heading "
               "`一、经营业绩指标` has its points on its OWN line below it `分值：60`, the same label as the cards' "
               "`分值：20`; items have no code (null), text = 指标名称, `requirement` = 考核标准, criteria = 计分方法, "
               "`source` = 数据来源; item 1's `最多扣10分` is `cap` on a negative per_occurrence (the most it can lose)")


# ----------------------------------------------------------------------------- p07


def p07():
    """xlsx, 街道 生态环境: sheet 1 `通知` is the notice typed one paragraph per row in column A (grades and the veto
    are only there); sheet 2 `评分表` the scoring table (category cells `大气污染防治\\n30分` merged down, decimals
    12.5/7.5); sheet 3 `选项` HIDDEN (drop-down lists: 街道 names and 等次); sheet 4 `Sheet4` empty."""
    title = "云岭区2026年度街道生态环境保护工作考核评分表"
    notice = "关于开展2026年度街道生态环境保护工作考核的通知"
    parts = [
        ("大气污染防治", 30, [
            ("建筑工地扬尘管控", 12, ("每发现一处工地未落实“六个百分百”扣2分，扣完为止", "per_occurrence",
                                   {"per_occurrence": -2.0, "unit": "处"})),
            ("秸秆和垃圾禁烧", 10, ("卫星遥感或巡查发现火点一处扣2.5分", "per_occurrence",
                                  {"per_occurrence": -2.5, "unit": "处"})),
            ("餐饮油烟治理", 8, ("考核组抽查后综合评定", "manual", {})),
        ]),
        ("水污染防治", 30, [
            ("河长制落实", 10, ("街道级河长巡河记录完整的得10分，每缺一个月扣1分", "per_occurrence",
                              {"per_occurrence": -1.0, "unit": "月"})),
            ("考核断面水质达标", 15, ("达标率100%的得15分，每低5个百分点扣3分", "per_occurrence",
                                   {"per_occurrence": -3.0, "unit": "5个百分点"})),
            ("入河排污口整治", 5, ("按期完成整治任务的得5分，未完成的不得分", "threshold", {})),
        ]),
        ("土壤与固废管理", 20, [
            ("生活垃圾分类", 12.5, ("按区分类办年度考核得分折算，得分＝区分类办考核得分×12.5%", "proportional",
                                  {"formula": "区分类办考核得分×12.5%"})),
            ("危险废物规范化管理", 7.5, ("发现一处不规范扣1.5分", "per_occurrence", {"per_occurrence": -1.5, "unit": "处"})),
        ]),
        ("环境信访", 20, [
            ("环境信访件按期办结", 20, ("得分＝按期办结率×20", "proportional", {"formula": "按期办结率×20"})),
        ]),
    ]
    wb = Workbook()
    ws1 = wb.active
    ws1.title = "通知"
    lines = [notice, "各街道办事处：",
             "为压实街道生态环境保护属地责任，区生态环境保护委员会决定开展2026年度街道生态环境保护工作考核。现将有关事项通知如下：",
             "一、考核内容。考核按照本工作簿“评分表”工作表所列项目和分值进行，满分100分。",
             "二、考核方式。采取日常考核与年终考核相结合的方式，日常考核占60%，年终考核占40%。",
             "三、结果运用。考核得分90分以上为优秀，80分至89分为良好，60分至79分为一般，60分以下为较差。",
             "四、否决事项。辖区内发生重大突发环境事件的，考核等次直接定为较差。",
             "五、材料报送。请各街道于12月10日前填报“自评得分”列，并将工作簿报区生态环境分局。",
             "联系人：杨帆，电话：0871-63168802。",
             "云岭区生态环境保护委员会办公室", "2026年3月15日"]
    for r, line in enumerate(lines, start=1):
        ws1.cell(row=r, column=1, value=line)
    ws1["A1"].font = Font(bold=True, size=14)
    ws1.column_dimensions["A"].width = 110
    ws2 = wb.create_sheet("评分表")
    ws2["A1"] = title
    ws2["A1"].font = Font(bold=True, size=14)
    ws2.merge_cells("A1:G1")
    header_row(ws2, 2, ["序号", "考核类别", "考核内容", "分值", "评分标准", "自评得分", "考核得分"])
    cats, items, r, n = [], [], 3, 0
    for name, pts, rows in parts:
        first = r
        for text, ipts, rule in rows:
            n += 1
            ws2.cell(row=r, column=1, value=n)
            ws2.cell(row=r, column=3, value=text)
            ws2.cell(row=r, column=4, value=ipts)
            ws2.cell(row=r, column=5, value=rule[0])
            items.append(item(name, str(n), text, float(ipts), **rule_extra(rule)))
            r += 1
        ws2.cell(row=first, column=2, value=f"{name}\n{pts}分")
        if r - 1 > first:
            ws2.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        cats.append(cat(name, float(pts)))
        assert sum(x[1] for x in rows) == pts
    ws2.cell(row=r, column=1, value="合计")
    ws2.cell(row=r, column=4, value=100)
    wrap_columns(ws2, [6, 16, 26, 8, 50, 10, 10])
    ws3 = wb.create_sheet("选项")
    ws3["A1"], ws3["B1"] = "街道", "等次"
    for i, s in enumerate(["东风街道", "华山街道", "金碧街道", "护国街道", "大观街道"], start=2):
        ws3.cell(row=i, column=1, value=s)
    for i, s in enumerate(["优秀", "良好", "一般", "较差"], start=2):
        ws3.cell(row=i, column=2, value=s)
    ws3.sheet_state = "hidden"
    wb.create_sheet("Sheet4")
    wb.active = 1
    name = "p07_environment_notice_sheet_hidden_empty_sheets.xlsx"
    wb.save(HERE / name)
    gold("p07", [name], title, 2026, 100.0, cats, items,
         veto=[{"text": "辖区内发生重大突发环境事件的", "effect": "考核等次直接定为较差"}],
         veto_effect="考核等次直接定为较差",
         grades=bands(("优秀", 90), ("良好", 80), ("一般", 60), ("较差", None)),
         weights=[{"part": "日常考核", "weight": 0.6}, {"part": "年终考核", "weight": 0.4}],
         notice_title=notice,
         notes="four sheets: `通知` (sheet 1: the notice, one paragraph per row in column A; the total, the grades, "
               "the veto and the 日常60%/年终40% split are ONLY here), `评分表` (sheet 2, the active sheet: the scheme "
               "table; gold title = its A1 title), `选项` (HIDDEN: drop-down lists of 街道 names and 等次 words) and "
               "`Sheet4` (empty); category cells `大气污染防治\\n30分` merged down; item points numeric with decimals "
               "12.5/7.5; the 自评得分/考核得分 columns are empty")


# ----------------------------------------------------------------------------- p08


def p08():
    """PDF only, 学校: a portrait notice page, then a LANDSCAPE section holding a wide seven-column table
    (一级指标 | 二级指标 | 评价要点 | 分值 | 评价方式 | 数据来源 | 责任科室) that runs onto a second landscape page
    with its header row REPEATED; 一级 points `办学方向（20分）` merged down, 二级 without points (merged)."""
    title = "云岭区2026年义务教育学校办学质量综合评价指标体系"
    notice = "关于印发《云岭区2026年义务教育学校办学质量综合评价指标体系》的通知"
    P, M, D, S = "查阅资料", "现场查看", "数据核查", "问卷调查"
    parts = [
        ("办学方向", 20, [
            ("党建引领", [
                ("党组织领导的校长负责制落实到位，议事规则健全", 4, P, "学校党组织会议记录", "组织人事科",
                 ("建立议事规则并严格执行的得4分，未建立的不得分", "threshold", {})),
                ("党组织活动规范开展，“三会一课”记录完整", 4, P, "党建工作台账", "组织人事科",
                 ("每缺一次活动记录扣0.5分", "per_occurrence", {"per_occurrence": -0.5, "unit": "次"})),
            ]),
            ("立德树人", [
                ("思政课按国家课程方案开齐开足，校领导每学期讲思政课", 6, P, "课表、教案", "基础教育科",
                 ("开齐开足的得4分，校领导讲思政课的得2分", "components",
                  {"components": [{"text": "思政课开齐开足", "points": 4.0}, {"text": "校领导讲思政课", "points": 2.0}]})),
                ("构建全员、全过程、全方位育人机制", 6, M, "现场查看及座谈", "基础教育科",
                 ("根据育人机制建设和实施效果综合评定", "manual", {})),
            ]),
        ]),
        ("课程教学", 30, [
            ("课程实施", [
                ("国家课程开齐开足，不随意增减课时", 6, P, "课程表、作息时间表", "基础教育科",
                 ("发现一处违规增减课时的扣2分", "per_occurrence", {"per_occurrence": -2.0, "unit": "处"})),
                ("校本课程开发与实施，形成课程体系", 4, P, "校本课程纲要", "教研室",
                 ("开发校本课程2门以上的得4分，1门的得2分，未开发的不得分", "tiers",
                  {"levels": {"2门以上": 4.0, "1门": 2.0, "未开发": 0.0}})),
            ]),
            ("课堂教学", [
                ("推进课堂教学改革，落实以学为中心的教学方式", 6, M, "随机听课", "教研室",
                 ("随机听课4节，按听课评价平均分折算，得分＝听课平均分÷100×6", "proportional",
                  {"formula": "听课平均分÷100×6"})),
                ("作业总量和时长符合规定，作业设计分层分类", 6, S, "学生问卷", "基础教育科",
                 ("学生问卷达标率90%以上的得6分，80%至90%的得4分，80%以下的得2分", "tiers",
                  {"levels": {"90%以上": 6.0, "80%至90%": 4.0, "80%以下": 2.0}})),
            ]),
            ("教研活动", [
                ("校本教研制度化，教研组每两周活动一次", 4, P, "教研活动记录", "教研室",
                 ("每少一次活动扣0.5分", "per_occurrence", {"per_occurrence": -0.5, "unit": "次"})),
                ("教师每学期上公开课不少于1节", 4, P, "公开课记录", "教研室",
                 ("参与率100%的得4分，每低5个百分点扣1分", "per_occurrence",
                  {"per_occurrence": -1.0, "unit": "5个百分点"})),
            ]),
        ]),
        ("学生发展", 30, [
            ("身心健康", [
                ("学生体质健康测试优良率达到55%以上", 6, D, "国家学生体质健康标准数据平台", "体卫艺科",
                 ("优良率55%以上的得6分，50%至55%的得4分，50%以下的得2分", "tiers",
                  {"levels": {"55%以上": 6.0, "50%至55%": 4.0, "50%以下": 2.0}})),
                ("落实近视防控措施，学生总体近视率逐年下降", 4, D, "视力筛查数据", "体卫艺科",
                 ("近视率较上年下降的得4分，持平的得2分，上升的不得分", "tiers",
                  {"levels": {"下降": 4.0, "持平": 2.0, "上升": 0.0}})),
                ("开设心理健康教育课，配备专兼职心理教师", 4, P, "课表、教师名册", "体卫艺科",
                 ("开设课程的得2分，配备心理教师的得2分", "components",
                  {"components": [{"text": "开设心理健康教育课", "points": 2.0},
                                  {"text": "配备专兼职心理教师", "points": 2.0}]})),
            ]),
            ("全面发展", [
                ("劳动教育每周不少于1课时，建有劳动实践基地", 4, M, "课表、基地现场", "基础教育科",
                 ("根据课时落实和基地使用情况综合评定", "manual", {})),
                ("学生艺术素养测评合格率", 4, D, "艺术素养测评数据", "体卫艺科",
                 ("得分＝合格率×4", "proportional", {"formula": "合格率×4"})),
                ("课后服务全覆盖，学生自愿参加", 4, S, "家长问卷", "基础教育科",
                 ("家长满意率90%以上的得4分，低于90%的得2分", "tiers", {"levels": {"90%以上": 4.0, "低于90%": 2.0}})),
                ("学生综合素质评价规范实施", 4, P, "综合素质评价档案", "基础教育科",
                 ("评价档案建档率100%的得4分，未达到的不得分", "threshold", {})),
            ]),
        ]),
        ("教师队伍", 20, [
            ("师德师风", [
                ("开展师德考核，建立师德档案", 6, P, "师德考核档案", "组织人事科",
                 ("教师发生有偿补课等违反师德行为的，每人次扣3分", "per_occurrence",
                  {"per_occurrence": -3.0, "unit": "人次"})),
            ]),
            ("专业成长", [
                ("教师年度培训学时不少于72学时", 6, D, "继续教育管理系统", "教师发展中心",
                 ("达标率100%的得6分，每低1个百分点扣0.5分", "per_occurrence",
                  {"per_occurrence": -0.5, "unit": "个百分点"})),
                ("骨干教师培养，区级以上骨干教师占比", 8, D, "骨干教师名册", "教师发展中心",
                 ("占比15%以上的得8分，10%至15%的得5分，10%以下的得2分", "tiers",
                  {"levels": {"15%以上": 8.0, "10%至15%": 5.0, "10%以下": 2.0}})),
            ]),
        ]),
    ]
    d = new_doc()
    d.add_paragraph("云教发〔2026〕21号").alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading(d, notice)
    paragraphs(d, [
        "各义务教育学校：",
        "为深化教育评价改革，引导学校树立科学的质量观，区教育体育局制定了《云岭区2026年义务教育学校办学质量综合评价"
        "指标体系》，现印发给你们，请认真组织学习，对照指标开展自评。",
        "评价每年开展一次，采取学校自评、实地评价和数据分析相结合的方式，满分100分。评价结果分为A、B、C、D四个等级："
        "90分以上为A等级，80分至89分为B等级，65分至79分为C等级，65分以下为D等级。",
        "学校发生重大安全责任事故或者严重师德失范事件并造成恶劣影响的，评价结果直接定为D等级。",
        "附件：云岭区2026年义务教育学校办学质量综合评价指标体系",
    ])
    right_lines(d, ["云岭区教育体育局", "2026年4月2日"])
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    bold_line(d, "附件")
    heading(d, title)
    rows_total = sum(len(rows) for *_, subs in parts for _, rows in subs)
    t = d.add_table(rows=rows_total + 2, cols=7)
    t.style = "Table Grid"
    for c, h in enumerate(["一级指标", "二级指标", "评价要点", "分值", "评价方式", "数据来源", "责任科室"]):
        set_cell(t.cell(0, c), h, bold=True)
    repeat_header(t.rows[0])
    cats, items, r, n = [], [], 1, 0
    for name, pts, subs in parts:
        first = r
        cats.append(cat(name, float(pts)))
        total = 0
        for sub, rows in subs:
            sub_first = r
            cats.append(cat(sub, None, parent=name))
            for text, ipts, method, source, dept, rule in rows:
                n += 1
                set_cell(t.cell(r, 2), f"{n}．{text}。{rule[0]}。")
                set_cell(t.cell(r, 3), g(ipts))
                set_cell(t.cell(r, 4), method)
                set_cell(t.cell(r, 5), source)
                set_cell(t.cell(r, 6), dept)
                kw = rule_extra(rule)
                kw.update(departments=[dept], method=method, source=source)
                items.append(item(sub, str(n), text, float(ipts), **kw))
                total += ipts
                r += 1
            merge_down(t, 1, sub_first, r - 1, sub)
        merge_down(t, 0, first, r - 1, f"{name}（{pts}分）")
        assert total == pts
    set_cell(t.cell(r, 0), "合计")
    set_cell(t.cell(r, 3), "100")
    t.autofit = False
    for c, w in enumerate([2.6, 2.4, 10.5, 1.3, 2.2, 4.0, 2.6]):
        t.columns[c].width = Cm(w)
        for row in t.rows:
            row.cells[c].width = Cm(w)
    name = "p08_school_landscape_table_repeated_header.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, False))
    gold("p08", [name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         veto=[{"text": "学校发生重大安全责任事故或者严重师德失范事件并造成恶劣影响的", "effect": "评价结果直接定为D等级"}],
         veto_effect="评价结果直接定为D等级",
         grades=bands(("A等级", 90), ("B等级", 80), ("C等级", 65), ("D等级", None)),
         notice_title=notice,
         notes="PDF only (its docx is an intermediate, deleted): page 1 is a PORTRAIT notice (文号, addressees, grades "
               "and veto in the notice prose), then a LANDSCAPE section with the wide seven-column table, which runs "
               "onto a second landscape page with its header row REPEATED (tblHeader); 一级指标 `办学方向（20分）` "
               "merged down (categories with points), 二级指标 merged down WITHOUT points (categories with parent, "
               "points null; items belong to the 二级); each 评价要点 cell is `N．requirement。rule。` (item text = "
               "the requirement, criteria = the rule); `departments` = 责任科室, `method` = 评价方式, `source` = 数据来源")


# ----------------------------------------------------------------------------- p09

NB = "\u00a0"


def p09():
    """txt, 民政 养老机构: text COPIED FROM A WEB PAGE — site chrome (breadcrumb, 发布时间/来源/浏览次数, 【字体：大 中 小】,
    打印本页 关闭窗口, 上一篇/下一篇), paragraphs indented with no-break spaces (U+00A0), a few literal `&nbsp;` left by
    the CMS, and numbered items BROKEN MID-ITEM by the copy (a line ends inside `（8` / `分）` or inside the rule)."""
    title = "云岭区2026年度养老机构服务质量考评细则"
    parts = [
        ("一", "服务管理", 40, [
            ("入住评估", 8, ("入住前对老年人能力进行评估，评估率100%得8分，每缺1人扣1分", "per_occurrence",
                          {"per_occurrence": -1.0, "unit": "人"})),
            ("照护服务", 15, ("按照护等级提供服务，现场抽查10名老年人，1人不符合扣1.5分", "per_occurrence",
                           {"per_occurrence": -1.5, "unit": "人"})),
            ("膳食管理", 10, ("每周公布食谱，食品留样48小时，缺一项扣2分", "per_occurrence",
                           {"per_occurrence": -2.0, "unit": "项"})),
            ("文体活动", 7, ("每月组织不少于2次，由考评组查阅活动记录综合评定", "manual", {})),
        ]),
        ("二", "安全管理", 35, [
            ("消防安全", 15, ("消防设施完好，每月开展一次防火检查，发现一处隐患扣3分", "per_occurrence",
                           {"per_occurrence": -3.0, "unit": "处"})),
            ("食品安全", 10, ("持证经营、从业人员持健康证明的得10分，有一人无健康证明扣2分", "per_occurrence",
                           {"per_occurrence": -2.0, "unit": "人"})),
            ("应急处置", 10, ("制定应急预案并每半年演练一次的得10分；有预案未演练的得5分；未制定预案的不得分", "tiers",
                           {"levels": {"有预案并演练": 10.0, "有预案未演练": 5.0, "无预案": 0.0}})),
        ]),
        ("三", "满意度", 25, [
            ("老年人及家属满意度", 25, ("得分=满意率×25", "proportional", {"formula": "满意率×25"})),
        ]),
    ]
    ind = NB * 4
    # where the copy broke each item's line: (item number, characters of the item line before the break)
    breaks = {1: 8, 3: 22, 5: 9, 6: 30, 8: 14}
    lines = ["首页 > 政务公开 > 通知公告", "", title, "",
             f"发布时间：2026-03-18 09:30{NB}{NB}来源：云岭区民政局{NB}{NB}浏览次数：1286{NB}{NB}【字体：大 中 小】", "",
             f"{ind}为提升全区养老机构服务质量，保障老年人合法权益，区民政局制定本细则，现予公布。考评每年开展一次，满分100分，"
             f"由区民政局会同区市场监管局、区消防救援大队组织实施。", ""]
    cats, items, n = [], [], 0
    for code, name, pts, rows in parts:
        head = f"{ind}{code}、{name}（{pts}分）"
        if code == "一":
            head += "&nbsp;&nbsp;"
        lines.append(head)
        cats.append(cat(name, float(pts), code=code))
        for text, ipts, rule in rows:
            n += 1
            line = f"{ind}{n}.{text}（{ipts}分）：{rule[0]}。"
            if n == 4:
                line = line.replace("：", "：&nbsp;", 1)
            if n in breaks:
                cut = len(ind) + breaks[n]
                lines += [line[:cut], line[cut:]]
            else:
                lines.append(line)
            items.append(item(name, str(n), text, float(ipts), **rule_extra(rule)))
        assert sum(x[1] for x in rows) == pts
    lines += [f"{ind}四、等次评定", f"{ind}考评得分90分以上为优秀，75分至89分为良好，60分至74分为合格，60分以下为不合格。",
              f"{ind}五、否决事项", f"{ind}考评年度内发生虐待、欺凌老年人事件并经查实的，实行一票否决，考评等次定为不合格。",
              "", f"{NB * 40}云岭区民政局", f"{NB * 40}2026年3月18日", "",
              "【打印本页】【关闭窗口】", "分享到：微信 微博 QQ空间", "",
              "上一篇：云岭区2026年第一季度高龄津贴发放情况公示",
              "下一篇：关于开展2026年“敬老月”活动的通知", "",
              "主办单位：云岭区人民政府办公室　承办单位：云岭区民政局　滇ICP备05002317号-1", ""]
    text = "\n".join(lines)
    assert "（8\n分）" in text and "（15\n分）" in text
    name = "p09_elderly_care_web_copy_nbsp_broken_lines.txt"
    (HERE / name).write_text(text, encoding="utf-8")
    gold("p09", [name], title, 2026, 100.0, cats, items,
         veto=[{"text": "考评年度内发生虐待、欺凌老年人事件并经查实的", "effect": "考评等次定为不合格"}],
         veto_effect="考评等次定为不合格",
         grades=bands(("优秀", 90), ("良好", 75), ("合格", 60), ("不合格", None)),
         notes="a txt COPIED FROM A WEB PAGE: breadcrumb, `发布时间：2026-03-18 09:30`, 浏览次数, `【字体：大 中 小】`, "
               "打印/关闭/分享, 上一篇/下一篇 and the ICP footer around the article; paragraphs indented with runs of "
               "U+00A0; literal `&nbsp;` left by the CMS after the first heading and inside item 4; five numbered "
               "items BROKEN MID-ITEM by the copy (items 1, 5 and 8 inside the points bracket: `入住评估（8` / `分）…`, "
               "`消防安全（15` / `分）…`, `…满意度（25` / `分）…`; items 3 and 6 inside their rule text); items `N.name（M分）：rule。`")


# ----------------------------------------------------------------------------- p10


def p10():
    """legacy .doc, 机关 政务信息: a RED-HEADER 印发 notice (`云岭区人民政府办公室文件`, 文号, `关于印发《…》的通知`, one
    short paragraph, `（此件公开发布）`) followed by the 办法 itself, and the 版记 at the end (`抄送：…`, `…办公室
    2026年2月20日印发`); points stated INLINE with the label `标准分`: headings `一、信息报送（标准分50分）`, items
    `1．报送数量。…，标准分20分，每少1条扣1分。`; `30分钟` and `1小时` distractors."""
    title = "云岭区2026年度政务信息工作考核办法"
    notice = "云岭区人民政府办公室关于印发《云岭区2026年度政务信息工作考核办法》的通知"
    parts = [
        ("一", "信息报送", 50, [
            ("报送数量", "每月报送信息不少于6条", 20, ("每少1条扣1分", "per_occurrence", {"per_occurrence": -1.0, "unit": "条"})),
            ("报送时效", "紧急信息在事发后30分钟内电话报告、1小时内书面报送", 15,
             ("每迟报一次扣3分", "per_occurrence", {"per_occurrence": -3.0, "unit": "次"})),
            ("信息质量", "", 15, ("由区政府办根据信息内容、文字表达和参考价值综合评定", "manual", {})),
        ]),
        ("二", "信息采用", 40, [
            ("区级采用", "", 10, ("每采用1条得0.5分，最高得10分", "per_occurrence",
                              {"per_occurrence": 0.5, "cap": 10.0, "unit": "条"})),
            ("市级采用", "", 15, ("每采用1条得3分，最高得15分", "per_occurrence",
                              {"per_occurrence": 3.0, "cap": 15.0, "unit": "条"})),
            ("省级以上采用", "", 15, ("每采用1条得5分，最高得15分", "per_occurrence",
                                {"per_occurrence": 5.0, "cap": 15.0, "unit": "条"})),
        ]),
        ("三", "工作保障", 10, [
            ("工作机制", "明确分管领导和信息员，信息员变动及时报备", 10, ("未明确的不得分", "threshold", {})),
        ]),
    ]

    def save(path):
        d = new_doc()
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("云岭区人民政府办公室文件")
        r.bold = True
        r.font.size = Pt(24)
        d.add_paragraph("云政办发〔2026〕9号").alignment = WD_ALIGN_PARAGRAPH.CENTER
        d.add_paragraph("━" * 24).alignment = WD_ALIGN_PARAGRAPH.CENTER
        heading(d, notice)
        paragraphs(d, ["各乡镇人民政府、街道办事处，区政府各部门、各直属机构：",
                       "《云岭区2026年度政务信息工作考核办法》已经区人民政府同意，现印发给你们，请认真贯彻执行。"])
        right_lines(d, ["云岭区人民政府办公室", "2026年2月20日"])
        d.add_paragraph("（此件公开发布）")
        d.add_page_break()
        heading(d, title)
        paragraphs(d, ["为进一步做好政务信息工作，充分发挥政务信息服务决策的作用，制定本办法。考核对象为各乡镇（街道）和区政府"
                       "各部门，考核实行百分制，由区政府办公室负责组织实施。"])
        n = 0
        for code, name, pts, rows in parts:
            bold_line(d, f"{code}、{name}（标准分{pts}分）")
            for text, req, ipts, rule in rows:
                n += 1
                if req:
                    d.add_paragraph(f"{n}．{text}。{req}，标准分{ipts}分，{rule[0]}。")
                else:
                    d.add_paragraph(f"{n}．{text}。标准分{ipts}分，{rule[0]}。")
        bold_line(d, "四、加分和扣分")
        paragraphs(d, ["报送信息获得领导批示的，国家级领导批示每条加5分，省级领导批示每条加3分，市级领导批示每条加1分。",
                       "报送信息内容失实、造成不良影响的，每条扣5分。"])
        bold_line(d, "五、结果运用")
        paragraphs(d, ["考核得分90分以上且排名前五位的单位，评为全区政务信息工作先进单位，予以通报表扬。",
                       "本办法自印发之日起施行。", "", "",
                       "抄送：区委办公室，区人大常委会办公室，区政协办公室。",
                       "云岭区人民政府办公室　　　　　　　　　　2026年2月20日印发"])
        d.save(path)

    cats, items, n = [], [], 0
    for code, name, pts, rows in parts:
        cats.append(cat(name, float(pts), code=code))
        for text, req, ipts, rule in rows:
            n += 1
            kw = rule_extra(rule)
            if req:
                kw["requirement"] = req
            items.append(item(name, str(n), text, float(ipts), **kw))
        assert sum(x[2] for x in rows) == pts
    assert sum(x[2] for x in parts) == 100
    name = "p10_office_red_header_doc_biaozhunfen_inline.doc"
    to_legacy(save, name.replace(".doc", ".docx"), "doc")
    gold("p10", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "四", "text": "报送信息获得领导批示", "rule": "lookup", "unit": "条",
                 "levels": {"国家级": 5.0, "省级": 3.0, "市级": 1.0}}],
         deductions=[{"code": "四", "text": "报送信息内容失实、造成不良影响的", "per_occurrence": -5.0, "unit": "条"}],
         grades=[{"name": "全区政务信息工作先进单位", "min_score": 90, "condition": "排名前五位"}],
         notice_title=notice,
         notes="legacy Word 97 .doc (converted with LibreOffice; no docx fixture): a RED-HEADER 印发 notice "
               "(`云岭区人民政府办公室文件`, 文号 `云政办发〔2026〕9号`, a rule line of `━`, a one-paragraph notice, 落款, "
               "`（此件公开发布）`), then the 办法 on the next page, ending with the 版记 (`抄送：…`, `…2026年2月20日印发`); "
               "points stated INLINE with the label `标准分`: headings `一、信息报送（标准分50分）`, items "
               "`1．报送数量。requirement，标准分20分，rule。` (text = the word before the first `。`, `requirement` = the "
               "clause before `标准分`, criteria = the rule after it); items 4–6 GAIN points per 条 up to their "
               "标准分 (per_occurrence positive with cap); `30分钟`/`1小时` are distractors; the 先进单位 line is the "
               "one grade (with a ranking condition)")


# ----------------------------------------------------------------------------- p11


def p11():
    """html, 市场监管: a GOVERNMENT WEB PAGE (nav bar, breadcrumb, 信息索引 table of the 公开 metadata with 索引号 and
    dates, 附件下载 links, related links, ICP footer) whose article holds the notice and the 评定标准 table; some
    分值 cells are PRODUCTS `4×5=20` (four sub-points of 5 each), the others bare numbers; categories in rowspan
    cells `经营资质<br>（20）`."""
    title = "云岭区2026年度诚信示范商户评定标准"
    notice = "关于开展2026年度诚信示范商户评定工作的通知"
    parts = [
        ("经营资质", 20, [
            ("证照齐全，亮照经营", "2×5=10", 10, ("营业执照、食品经营许可证（或相关许可证）各5分，缺证的不得该证分值", "components",
                                          {"components": [{"text": "营业执照", "points": 5.0},
                                                          {"text": "食品经营许可证（或相关许可证）", "points": 5.0}],
                                           "printed": "2×5=10"})),
            ("从业人员持有效健康证明", "10", 10, ("全部持证的得10分，每缺1人扣2分", "per_occurrence",
                                            {"per_occurrence": -2.0, "unit": "人"})),
        ]),
        ("诚信经营", 40, [
            ("明码标价", "4×5=20", 20, ("价签齐全、标价清晰、一货一签、无价格欺诈，每项5分", "components",
                                    {"components": [{"text": t, "points": 5.0}
                                                    for t in ("价签齐全", "标价清晰", "一货一签", "无价格欺诈")],
                                     "printed": "4×5=20"})),
            ("计量器具经检定合格并在有效期内", "10", 10, ("符合要求的得10分，否则不得分", "threshold", {})),
            ("无虚假宣传", "10", 10, ("发现一次虚假宣传扣5分", "per_occurrence", {"per_occurrence": -5.0, "unit": "次"})),
        ]),
        ("服务质量", 25, [
            ("服务承诺", "3×5=15", 15, ("公示服务承诺、设置意见箱、落实先行赔付，每项5分", "components",
                                    {"components": [{"text": t, "points": 5.0}
                                                    for t in ("公示服务承诺", "设置意见箱", "落实先行赔付")],
                                     "printed": "3×5=15"})),
            ("消费纠纷处理", "10", 10, ("纠纷和解率达到90%以上的得10分，每低10个百分点扣2分", "per_occurrence",
                                    {"per_occurrence": -2.0, "unit": "10个百分点"})),
        ]),
        ("社会评价", 15, [
            ("消费者评价", "15", 15, ("得分＝好评率×15", "proportional", {"formula": "好评率×15"})),
        ]),
    ]
    trs, cats, items, n = [], [], [], 0
    for name, pts, rows in parts:
        cats.append(cat(name, float(pts)))
        assert sum(x[2] for x in rows) == pts
        for i, (text, cell, ipts, rule) in enumerate(rows):
            n += 1
            lead = f'<td rowspan="{len(rows)}">{esc(name)}<br>（{pts}）</td>' if i == 0 else ""
            trs.append(f"<tr><td>{n}</td>{lead}<td>{esc(text)}</td><td>{esc(cell)}</td><td>{esc(rule[0])}</td></tr>")
            items.append(item(name, str(n), text, float(ipts), **rule_extra(rule)))
    assert sum(x[1] for x in parts) == 100
    table = ('<table class="bz" border="1" cellspacing="0" cellpadding="5">\n<tr><th>序号</th><th>类别</th><th>评定内容</th>'
             "<th>分值</th><th>评分方法</th></tr>\n" + "\n".join(trs) +
             "\n<tr><td colspan=\"3\">合计</td><td>100</td><td></td></tr>\n</table>")
    body = (
        '<div class="top"><a href="/">云岭区人民政府门户网站</a> | <a href="/wza">无障碍</a> | <a href="/en">English</a></div>\n'
        '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/bsfw">办事服务</a>'
        '</li><li><a href="/hdjl">互动交流</a></li></ul>\n'
        '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 通知公告</div>\n'
        '<table class="meta"><tr><td>索引号：</td><td>11530102MB1E2026/2026-00318</td><td>发布机构：</td>'
        "<td>云岭区市场监督管理局</td></tr><tr><td>成文日期：</td><td>2026-04-07</td><td>发布日期：</td>"
        "<td>2026-04-09</td></tr></table>\n"
        f'<div class="article"><h1>{esc(notice)}</h1>\n'
        "<p>各市场监管所，各有关商户：</p>\n"
        "<p>为营造诚实守信的消费环境，区市场监管局决定开展2026年度诚信示范商户评定工作。商户自愿申报，市场监管所初审，"
        "区局组织评定组按照评定标准现场评分，满分100分。现将评定标准公布如下：</p>\n"
        f"<h2>{esc(title)}</h2>\n{table}\n"
        "<p>注：1．评定得分90分以上的，评为“诚信示范商户”，有效期两年。</p>\n"
        "<p>2．申报前一年内受到市场监管部门行政处罚的，不予评定。</p>\n"
        "<p>3．表中“4×5=20”表示该项含4个评分点，每个评分点5分，其余类推。</p>\n"
        "<p>联系人：何静，联系电话：0871-64136620。</p>\n"
        '<p style="text-align:right">云岭区市场监督管理局<br>2026年4月7日</p>\n'
        '<div class="files">附件下载：<a href="/files/2026/04/sbb.docx">诚信示范商户申报表.docx</a> '
        '<a href="/files/2026/04/pdbz.pdf">评定标准.pdf</a></div></div>\n'
        '<div class="related">相关链接：<a href="#">2025年度诚信示范商户名单公示</a></div>\n'
        '<div class="foot">主办：云岭区人民政府办公室　网站标识码：5301020012　滇公网安备53010202000318号</div>')
    name = "p11_market_gov_web_page_product_points.html"
    (HERE / name).write_text(html_page(title, body), encoding="utf-8")
    gold("p11", [name], title, 2026, 100.0, cats, items,
         veto=[{"text": "申报前一年内受到市场监管部门行政处罚的", "effect": "不予评定"}],
         veto_effect="不予评定",
         grades=[{"name": "诚信示范商户", "min_score": 90}],
         notice_title=notice,
         notes="a GOVERNMENT WEB PAGE: top links, nav <ul>, breadcrumb, a 信息公开 metadata table (索引号 with digits, "
               "成文/发布日期), then the article (notice prose + `<h2>` scheme title + the table + 注 lines + 联系人), "
               "附件下载 links, related links and the footer; some 分值 cells are PRODUCTS `2×5=10`, `4×5=20`, `3×5=15` "
               "(item points = the product, rule components of the per-point figure; `printed` keeps the cell), a 注 "
               "line explains the notation; category cells `经营资质<br>（20）` span their rows (rowspan)")


# ----------------------------------------------------------------------------- p12


def p12():
    """docx, 农业农村: the scheme is stated TWICE in one notice — in the BODY as prose (`四、考核内容及分值` with
    `（一）name，分值30分。rule。`) and again in the 附件 as a table (考核项目 | 分值 | 评分标准) with the same items and
    points; no categories; 加分, 否决 and grades only in the body."""
    title = "云岭区2026年度村级集体经济发展考核办法"
    rows = [
        ("集体经营性收入增长", 30, ("较上年增长10%以上的得30分，增长5%至10%的得20分，增长5%以下的得10分，负增长的不得分",
                             "tiers", {"levels": {"10%以上": 30.0, "5%至10%": 20.0, "5%以下": 10.0, "负增长": 0.0}})),
        ("集体资产管理", 20, ("资产台账健全、按期清查的得20分，每发现一处账实不符扣2分", "per_occurrence",
                          {"per_occurrence": -2.0, "unit": "处"})),
        ("村务财务公开", 15, ("每季度公开一次，每少一次扣5分", "per_occurrence", {"per_occurrence": -5.0, "unit": "次"})),
        ("发展项目建设", 20, ("年度实施发展项目1个以上并产生收益的得20分，实施项目但未产生收益的得10分，未实施的不得分",
                          "tiers", {"levels": {"实施并产生收益": 20.0, "实施未产生收益": 10.0, "未实施": 0.0}})),
        ("带动农户增收", 15, ("由乡镇（街道）根据联农带农机制和成效综合评定", "manual", {})),
    ]
    assert sum(r[1] for r in rows) == 100
    cn = "一二三四五"
    d = new_doc()
    heading(d, title)
    paragraphs(d, [
        "各乡镇人民政府、街道办事处：",
        "为发展壮大村级集体经济，经区委农村工作领导小组研究，制定本办法，现印发给你们，请遵照执行。",
        "一、考核对象。全区86个村（社区）股份经济合作社。",
        "二、考核方式。采取村级自评、乡镇（街道）初评、区级复核的方式进行，考核满分100分。",
        "三、考核时间。每年12月开展，次年1月底前公布结果。",
        "四、考核内容及分值",
    ])
    items = []
    for i, (text, pts, rule) in enumerate(rows):
        d.add_paragraph(f"（{cn[i]}）{text}，分值{pts}分。{rule[0]}。")
        items.append(item(None, f"（{cn[i]}）", text, float(pts), **rule_extra(rule)))
    paragraphs(d, [
        "五、加分和否决",
        "获评省级以上集体经济发展示范村的，加5分。发生集体资产流失并造成重大损失的，实行一票否决，考核定为不合格。",
        "六、结果运用",
        "考核得分90分以上为优秀，80分至89分为良好，60分至79分为合格，60分以下为不合格。考核结果与村干部绩效报酬挂钩。",
        "附件：云岭区2026年度村级集体经济发展考核评分表",
    ])
    right_lines(d, ["中共云岭区委农村工作领导小组办公室", "2026年3月8日"])
    d.add_page_break()
    bold_line(d, "附件")
    heading(d, "云岭区2026年度村级集体经济发展考核评分表", size=14)
    grid(d, ["序号", "考核项目", "分值", "评分标准", "得分"],
         [[str(i + 1), text, str(pts), rule[0], ""] for i, (text, pts, rule) in enumerate(rows)]
         + [["合计", "", "100", "", ""]])
    paragraphs(d, ["考核单位（盖章）：　　　　　　　　考核人：　　　　　　　　日期：　　年　　月　　日"])
    name = "p12_rural_scheme_in_body_and_restated_table.docx"
    d.save(HERE / name)
    gold("p12", [name], title, 2026, 100.0, [], items,
         bonus=[{"text": "获评省级以上集体经济发展示范村", "points": 5.0}],
         veto=[{"text": "发生集体资产流失并造成重大损失的", "effect": "考核定为不合格"}],
         veto_effect="考核定为不合格",
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         notes="the scheme is stated TWICE in the same file: in the BODY as prose under `四、考核内容及分值` "
               "(`（一）集体经营性收入增长，分值30分。rule。` — `分值N分` after a comma) and again in the 附件 评分表 "
               "(序号 1–5 | 考核项目 | 分值 | 评分标准 | 得分 empty) with the same five items, points and rules; the gold "
               "lists each item ONCE (codes as in the body `（一）`…; the table's 1–5 are the same items); no categories; "
               "bonus, veto and grades are only in the body prose")


# ----------------------------------------------------------------------------- p13


def p13():
    """docx, 教育: NOT a scheme — a 检查情况反馈意见 to ONE school: 文号, the school's score (`综合得分86.5分`), a
    problem table 存在问题 | 扣分 | 整改要求 | 整改时限 with the deductions APPLIED (`扣3分`, `扣0.5分`), 联系人."""
    title = "关于云岭区第三中学2026年春季安全工作专项检查情况的反馈意见"
    d = new_doc()
    d.add_paragraph("云教安函〔2026〕17号").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    heading(d, title)
    paragraphs(d, [
        "云岭区第三中学：",
        "2026年4月14日，区教育体育局第二检查组对你校春季安全工作进行了专项检查。检查组于8时40分到校，听取了学校汇报，"
        "查阅了安全管理台账，实地察看了校舍、食堂、宿舍和消防设施，随机询问教职工6人、学生12人。现将检查情况反馈如下：",
        "一、总体情况",
        "你校安全责任体系基本健全，安全教育开展较为扎实。按照检查评分表，你校综合得分86.5分，等次为良好，在全区参检的"
        "41所学校中排名第17位，比去年秋季检查提高3分。",
        "二、存在问题及扣分情况",
    ])
    grid(d, ["序号", "存在问题", "扣分", "整改要求", "整改时限"], [
        ["1", "3名新入职教师未签订安全责任书", "扣1.5分", "补签责任书并存档", "4月30日前"],
        ["2", "学生宿舍2楼疏散通道堆放杂物1处", "扣3分", "立即清理，落实每日巡查", "立即整改"],
        ["3", "本学期仅开展应急疏散演练1次", "扣6分", "5月底前再组织1次演练", "5月31日前"],
        ["4", "家长安全告知书回执率为88%", "扣4分", "补发告知书，回执率达到95%以上", "5月15日前"],
        ["5", "食堂留样记录缺1天", "扣0.5分", "完善留样制度，专人负责", "立即整改"],
    ])
    paragraphs(d, [
        "三、整改要求",
        "请你校对照上述问题认真整改，于5月31日前将整改报告（含整改前后照片）报区教育体育局安全科。区教育体育局将适时开展"
        "复查，复查仍未整改到位的，在年度目标考核中再扣2分。",
        "联系人：王刚，联系电话：0871-65013328。",
    ])
    right_lines(d, ["云岭区教育体育局", "2026年4月20日"])
    name = "p13_school_inspection_feedback_applied_deductions_not_scheme.docx"
    d.save(HERE / name)
    not_a_scheme("p13", [name], title, 2026,
                 "a feedback letter to ONE school after an inspection: its score `综合得分86.5分`, rank, a problem table "
                 "whose 扣分 column holds deductions APPLIED to this school (`扣1.5分`, `扣3分`, `扣6分`), deadlines, a "
                 "threatened `再扣2分`, `8时40分`; the scoring table itself is not in it")


# ----------------------------------------------------------------------------- p14


def p14():
    """xlsx, 工会 培训: NOT a scheme — a workbook shaped like p07 (sheet 1 the notice text, sheet 2 a table, sheet 3
    hidden) whose table is the trainees' sign-in times and marks (`8:52`, `86分`), with `45分钟` sessions."""
    title = "云岭区2026年基层工会财务人员业务培训成绩登记表"
    wb = Workbook()
    ws1 = wb.active
    ws1.title = "培训通知"
    for r, line in enumerate([
            "关于举办2026年基层工会财务人员业务培训班的通知", "各基层工会：",
            "区总工会定于2026年5月12日举办基层工会财务人员业务培训班，培训时间为9时00分至16时30分，共6节课，每节45分钟。",
            "培训结束后进行闭卷考试，考试时间60分钟，试卷满分100分，60分及以上为合格，合格者发放结业证书。",
            "请各单位于5月8日前报名，联系人：李敏，电话：0871-65512376。", "云岭区总工会", "2026年4月28日"], start=1):
        ws1.cell(row=r, column=1, value=line)
    ws1.column_dimensions["A"].width = 100
    ws2 = wb.create_sheet("成绩登记")
    ws2["A1"] = title
    ws2["A1"].font = Font(bold=True, size=14)
    ws2.merge_cells("A1:G1")
    header_row(ws2, 2, ["序号", "姓名", "单位", "签到时间", "听课节数", "考试成绩", "是否合格"])
    people = [("张晓燕", "区人民医院工会", "8:52", 6, "92分", "合格"), ("刘建国", "城建集团工会", "8:47", 6, "86分", "合格"),
              ("陈思", "区实验小学工会", "9:05", 5, "78.5分", "合格"), ("杨丽华", "东风街道总工会", "8:58", 6, "95分", "合格"),
              ("赵磊", "云岭供电公司工会", "9:12", 4, "57分", "不合格"), ("周敏", "区税务局工会", "8:55", 6, "88分", "合格")]
    for i, row in enumerate(people, start=3):
        for c, v in enumerate((i - 2, *row), start=1):
            ws2.cell(row=i, column=c, value=v)
    ws2.cell(row=9, column=1, value="平均成绩：82.8分；最高分95分，最低分57分；合格率83.3%。")
    wrap_columns(ws2, [6, 10, 20, 10, 10, 10, 10])
    ws3 = wb.create_sheet("单位名单")
    for i, s in enumerate(["区人民医院工会", "城建集团工会", "区实验小学工会", "东风街道总工会"], start=1):
        ws3.cell(row=i, column=1, value=s)
    ws3.sheet_state = "hidden"
    name = "p14_union_training_marks_workbook_not_scheme.xlsx"
    wb.save(HERE / name)
    not_a_scheme("p14", [name], title, 2026,
                 "a training workbook: sheet 1 the training notice (`9时00分`, `每节45分钟`, `考试时间60分钟`, `试卷满分100分，"
                 "60分及以上为合格`), sheet 2 the trainees' sign-in times and exam marks (`92分`, `78.5分`, `57分`) with an "
                 "average line, sheet 3 hidden; it sets no scoring rules, only records marks")


BUILDS = (p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14)


def main():
    """Build every document and gold; with --pdf render PDF_SOURCES, else drop pdf-only intermediates."""
    if not shutil.which("soffice"):
        sys.exit("soffice (LibreOffice) is needed for the .doc document")
    for build in BUILDS:
        build()
    for name, keep in PDF_SOURCES:
        if "--pdf" in sys.argv:
            to_pdf(name, keep)
        elif not keep:
            (HERE / name).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
