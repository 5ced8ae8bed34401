"""Build the SIXTH forms probe set (held out) and its gold from one hand-written content table each.

Theme: ONE-PAGE RUBRICS and PROSE REGULATIONS — points stated in prose lines, brackets and headings in
forms the earlier sets (tests/data/forms, forms2, forms3, forms4) do not have: hexagonal brackets
`〔8分〕` beside a 文号 `〔2026〕7号`, `第一部分　组织建设　25分` headings, prime marks `10′` / `(25')` in a
txt whose columns are runs of spaces, categories stated as percentages `A．职业道德（30%）` over items
whose points are only the top of a prose level rubric `优秀（9-10分）：…；良好（7-8分）：…`, `（赋分8）`
landing on the second line of a wrapped PDF line, a 第X章/第X条 regulation whose chapters carry the
module points and whose articles end with `本项满分10分。` (a legacy .doc), `得分点：①…得3分；②…得3分`
in one paragraph with ★-marked veto items, a four-level outline `（一）`→`1．`→`（1）`→`①` with
`（占N分）` / `（计N分）`, an .xls whose rules gain and lose points per percentage point with caps, typed dot
leaders `……………40分`, a `分值分配：…` sentence at the END, `（2分/项）` over bare sub-items, slash level
ratings `（好／较好／一般／差：6／4／2／0）` under a nested split `基础分80分，其中…；创新分20分`, `[8]`
square brackets in a one-column sheet with the criteria after a colon, and two documents full of `N分`
that are not schemes (race times `5分12秒`, a revision note quoting old and new points).
Each document's content is written once below and rendered both into the document and into
``gold/<id>.json``, so the gold is the content, never kaohe's output.
Run from the repo root: ``.venv/bin/python tests/data/forms6/make_forms6.py`` (add ``--pdf`` to refresh
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

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
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
item, cat, gold, new_doc, heading, set_cell, merge_down = (
    _unseen.item, _unseen.cat, _unseen.gold, _unseen.new_doc, _unseen.heading, _unseen.set_cell, _unseen.merge_down)
not_a_scheme, paragraphs, grid, html_page = _forms.not_a_scheme, _forms.paragraphs, _forms.grid, _forms.html_page
esc, bands, titled_sheet, header_row, wrap_columns = (
    _forms3.esc, _forms4.bands, _forms4.titled_sheet, _forms4.header_row, _forms4.wrap_columns)

PDF_SOURCES: list[tuple[str, bool]] = []  # (docx file name, keep the docx as a fixture too)
CIRCLED = "①②③④⑤⑥⑦⑧⑨"


def soffice(args, outdir: Path):
    """LibreOffice headless with a private profile (a running office or a parallel build cannot lock it)."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", *args,
                        "--outdir", str(outdir)], check=True, capture_output=True, timeout=240)


def to_pdf(name: str, keep_docx: bool):
    soffice(["--convert-to", "pdf", str(HERE / name)], HERE)
    if not keep_docx:
        (HERE / name).unlink()


def to_legacy(save, name: str, target: str):
    """Write the modern file (``save(path)``) outside the repo and convert it to ``target`` (doc / xls) here, as an
    office that still saves in the 97–2003 formats would."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / name
        save(src)
        soffice(["--convert-to", target, str(src)], HERE)


def g(points):
    return f"{points:g}"


# ----------------------------------------------------------------------------- n01


def n01():
    """docx+pdf, 工会: a 文号 `青工发〔2026〕7号` and items whose points sit in hexagonal brackets `〔8分〕` between
    the requirement and its criteria; headings `第一部分　组织建设　25分` (部分, full-width spaces, no brackets);
    `以上四部分合计100分` as the only statement of the total."""
    title = "青石县总工会2026年度“模范职工之家”创建考评细则"
    parts = [
        ("一", "组织建设", 25, [
            ("工会组织依法建立，工会委员会、经费审查委员会、女职工委员会健全", 9,
             "三个组织各3分，缺一个扣3分", "components", {}),
            ("按期召开会员（代表）大会，工会委员会按期换届", 8,
             "按期召开、按期换届的得8分，超期未换届的不得分", "threshold", {}),
            ("会员信息录入全国工会会员实名制管理系统", 8,
             "录入率达到95%以上的得8分，80%至95%的得5分，80%以下的不得分", "tiers", {}),
        ]),
        ("二", "民主管理", 30, [
            ("建立以职工代表大会为基本形式的民主管理制度", 12,
             "每年召开职代会不少于1次的得12分；未召开的不得分", "threshold", {}),
            ("推行厂务公开，公开栏内容每季度更新", 10, "每少更新一次扣2.5分", "per_occurrence",
             {"per_occurrence": -2.5}),
            ("签订工资集体协商协议", 8, "已签订并报备的得8分，已签订未报备的得4分", "tiers", {}),
        ]),
        ("三", "服务职工", 30, [
            ("建立职工书屋、母婴关爱室等服务阵地", 10, "每建成一个得5分，最高10分", "per_occurrence",
             {"per_occurrence": 5.0, "cap": 10.0}),
            ("开展困难职工帮扶和金秋助学", 10, "由考评组查阅台账、走访职工后综合评定", "manual", {}),
            ("组织职工文体活动", 10, "每季度不少于1次，每少一次扣2分", "per_occurrence", {"per_occurrence": -2.0}),
        ]),
        ("四", "经费管理", 15, [
            ("工会经费独立建账、专款专用", 9, "经审计发现违规使用的不得分", "threshold", {}),
            ("按时足额上缴工会经费", 6, "按时足额上缴的得6分", "threshold", {}),
        ]),
    ]
    d = new_doc()
    p = d.add_paragraph("青工发〔2026〕7号")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading(d, title)
    paragraphs(d, ["各乡镇（街道）总工会，县直各基层工会：",
                   "为深入推进职工之家建设，经县总工会党组会议研究，制定本细则。考评由县总工会组织验收组逐项核查，"
                   "各部分分值见部分标题，各条分值标注于条目之后的括号内。"])
    cats, items, n = [], [], 0
    for code, name, pts, rows in parts:
        h = d.add_paragraph()
        h.add_run(f"第{code}部分　{name}　{pts}分").bold = True
        cats.append(cat(name, float(pts), code=code))
        for text, ipts, crit, rule, extra in rows:
            n += 1
            d.add_paragraph(f"{n}．{text}〔{ipts}分〕{crit}。")
            items.append(item(name, str(n), text, float(ipts), criteria=crit, rule=rule, **extra))
    assert sum(pts for _, _, pts, _ in parts) == 100
    paragraphs(d, ["以上四部分合计100分。考评得分95分以上的，推荐申报全国、省级“模范职工之家”；85分至94分的，"
                   "命名为县级“先进职工之家”。",
                   "附件：职工之家创建考评验收表（略）",
                   "青石县总工会", "2026年3月6日"])
    name = "n01_union_hexagonal_brackets_part_headings.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, True))
    gold("n01", [name, name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         grades=[{"name": "推荐申报全国、省级“模范职工之家”", "min_score": 95},
                 {"name": "县级“先进职工之家”", "min_score": 85, "max_score": 94}],
         notes="item points in HEXAGONAL brackets `〔8分〕` between the requirement and its criteria on one line "
               "(`1．requirement〔9分〕criteria。`); the 文号 above the title `青工发〔2026〕7号` uses the same brackets "
               "for a year (not points); headings `第一部分　组织建设　25分` (full-width spaces, no brackets); items "
               "numbered 1…11 across the parts; the total only in the closing `以上四部分合计100分`; `三个组织各3分，"
               "缺一个扣3分` is components")


# ----------------------------------------------------------------------------- n02


def n02():
    """txt, 学校: a rubric table typed as columns of runs of spaces; item points with the PRIME mark `10′`, section
    headings with an ASCII apostrophe `(25')`, the total `满分100′`, a per-minute overtime deduction in `′`."""
    title = "滨河区2026年中小学青年教师课堂教学评比评分标准"
    sections = [
        ("一", "教学设计", 25, [("1", "教学目标", "目标明确、具体、可检测，符合课程标准和学生实际", 10),
                                ("2", "教学内容", "内容准确，重点突出，难点处理得当，容量适中", 15)]),
        ("二", "教学实施", 45, [("3", "教学方法", "方法灵活多样，注重启发引导，恰当运用信息技术", 15),
                                ("4", "师生互动", "学生参与面广，提问有层次，反馈评价及时", 15),
                                ("5", "课堂调控", "节奏合理，时间分配得当，能处理课堂生成问题", 15)]),
        ("三", "教师素养", 15, [("6", "语言教态", "普通话标准，语言简洁准确，教态自然亲切", 8),
                                ("7", "板书与媒体", "板书工整、布局合理，课件简洁实用", 7)]),
        ("四", "教学效果", 15, [("8", "目标达成", "多数学生达成学习目标，当堂检测正确率高", 10),
                                ("9", "教学特色", "有个人教学风格或创新之处", 5)]),
    ]

    def col(text, width):  # pad to a display width (CJK characters count two), as a typist aligns with spaces
        w = sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
        return text + " " * max(2, width - w)

    lines = [title, "",
             "说明：评委依据下表独立评分，满分100′。各评委评分去掉一个最高分和一个最低分后取平均值，为选手最终得分（保留一位小数）。",
             "", col("评价项目", 20) + col("评价要素", 64) + "分值",
             "-" * 90]
    cats, items = [], []
    for code, name, pts, rows in sections:
        lines.append(f"{code}、{name}({pts}')")
        cats.append(cat(name, float(pts), code=code))
        for icode, text, crit, ipts in rows:
            lines.append(col(f"  {icode}. {text}", 20) + col(crit, 64) + f"{ipts}′")
            items.append(item(name, icode, text, float(ipts), criteria=crit, rule="manual"))
    lines += ["-" * 90, col("合计", 84) + "100′", "",
              "扣分：授课时间为40分钟，超时2分钟以上的，每超1分钟扣1′。",
              "等次：最终得分90′以上为优秀课，80′—89.9′为良好课，80′以下为合格课。", "",
              "滨河区教师发展中心", "2026年3月12日", ""]
    name = "n02_school_prime_mark_points_space_columns.txt"
    (HERE / name).write_text("\n".join(lines), encoding="utf-8")
    gold("n02", [name], title, 2026, 100.0, cats, items,
         deductions=[{"text": "超时", "criteria": "授课时间为40分钟，超时2分钟以上的，每超1分钟扣1′",
                      "per_occurrence": -1.0, "unit": "分钟"}],
         grades=[{"name": "优秀课", "min_score": 90}, {"name": "良好课", "min_score": 80, "max_score": 89.9},
                 {"name": "合格课", "max_score": 80}],
         scoring_note="去掉一个最高分和一个最低分后取平均值",
         notes="points written with the PRIME mark `10′` (items, total, grade lines, the deduction) and an ASCII "
               "apostrophe in the headings `一、教学设计(25')`; the table is typed as columns separated by runs of "
               "spaces with a dashed rule; items are judged by the raters (manual), criteria = the 评价要素 column; "
               "`40分钟` / `2分钟` are durations; the trimmed mean is a scoring_note")


# ----------------------------------------------------------------------------- n03


def n03():
    """docx, 医院: categories `A．职业道德（30%）` (a percentage of the 100-point total, no 分), items with NO points
    of their own — only a prose level rubric `优秀（9-10分）：…；良好（7-8分）：…；一般（5-6分）：…；较差（0-4分）：…`."""
    title = "云岭市中心医院2026年度医师定期考核工作成绩与职业道德评定细则"
    ten = ("9-10", "7-8", "5-6", "0-4")
    fifteen = ("14-15", "11-13", "8-10", "0-7")
    sections = [
        ("A", "职业道德", 30, [
            ("医德医风", 10, ten, ["廉洁行医，无收受红包、回扣等行为，患者评价好", "遵守医德规范，无违规行为",
                                  "偶有服务态度问题被科室提醒", "有患者实名投诉并经查实"]),
            ("服务态度", 10, ten, ["主动沟通，解释病情耐心细致，全年无投诉", "沟通较好，无有效投诉",
                                  "有1次有效投诉", "有2次及以上有效投诉"]),
            ("团队协作", 10, ten, ["服从科室安排，积极参与会诊和急诊支援", "能配合科室工作", "协作意识一般",
                                  "拒不服从工作安排"]),
        ]),
        ("B", "业务水平", 40, [
            ("专业理论", 15, fifteen, ["熟练掌握本专业理论，新进展掌握好", "掌握本专业理论", "基本掌握",
                                      "理论知识欠缺"]),
            ("临床技能", 15, fifteen, ["操作规范熟练，能独立处理疑难病例", "操作规范，能处理常见病", "操作基本规范",
                                      "操作不规范，存在安全隐患"]),
            ("病历书写", 10, ten, ["病历甲级率100%，无缺陷", "甲级率90%以上", "甲级率80%以上", "甲级率低于80%或有丙级病历"]),
        ]),
        ("C", "工作绩效", 30, [
            ("工作数量", 10, ten, ["门诊、住院工作量位于科室前列", "完成科室下达工作量", "基本完成工作量",
                                  "未完成工作量"]),
            ("工作质量", 10, ten, ["全年无医疗差错", "有轻微差错但未造成后果", "有差错并造成一定后果", "发生医疗纠纷经查负有责任"]),
            ("教学科研", 10, ten, ["承担带教任务并发表论文或获得课题", "承担带教任务", "偶有带教", "未参与带教和科研"]),
        ]),
    ]
    levels = ("优秀", "良好", "一般", "较差")
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各临床、医技科室：",
                   "根据医师定期考核有关规定，结合我院实际，制定本细则。评定由科室考核小组逐项进行，实行百分制，"
                   "三部分所占比例如下。"])
    cats, items, n = [], [], 0
    for code, name, pct, rows in sections:
        d.add_paragraph().add_run(f"{code}．{name}（{pct}%）").bold = True
        cats.append(cat(name, float(pct), code=code, printed=f"{pct}%"))
        for text, pts, ranges, descs in rows:
            n += 1
            crit = "；".join(f"{lv}（{r}分）：{desc}" for lv, r, desc in zip(levels, ranges, descs))
            d.add_paragraph(f"{n}．{text}")
            rp = d.add_paragraph(crit + "。")
            rp.paragraph_format.first_line_indent = Pt(21)
            lv_ranges = {lv: [float(x) for x in r.split("-")] for lv, r in zip(levels, ranges)}
            assert lv_ranges["优秀"][1] == pts
            items.append(item(name, str(n), text, float(pts), criteria=crit, rule="tiers", levels=lv_ranges))
        assert sum(r[1] for r in rows) == pct
    paragraphs(d, ["评定总分80分及以上为合格，60分至79分为基本合格，不足60分为不合格。",
                   "年度内发生经鉴定负主要责任的医疗事故的，评定结果直接定为不合格。",
                   "医务科", "2026年1月15日"])
    name = "n03_hospital_percent_categories_level_rubric_prose.docx"
    d.save(HERE / name)
    gold("n03", [name], title, 2026, 100.0, cats, items,
         grades=bands(("合格", 80), ("基本合格", 60), ("不合格", None)),
         veto=[{"text": "年度内发生经鉴定负主要责任的医疗事故的", "effect": "评定结果直接定为不合格"}],
         veto_effect="评定结果直接定为不合格",
         notes="categories are stated as PERCENTAGES `A．职业道德（30%）` of a 百分制 total: points 30/40/30 (`printed` "
               "keeps the form; weight left null — a reviewer could read them as weights 0.3/0.4/0.3 with no points); "
               "items carry NO points of their own: each is `N．name` followed by a prose level rubric "
               "`优秀（9-10分）：…；良好（7-8分）：…；一般（5-6分）：…；较差（0-4分）：…` — rule tiers, `levels` = "
               "{level: [low, high]}, points = the top of the 优秀 band")


# ----------------------------------------------------------------------------- n04


def n04():
    """pdf only, 企业 安全: long numbered requirements that WRAP, so `（赋分8）` at their end lands on the second
    printed line; headings `一、安全责任（赋分25）`; `考核办法：…每少一次扣0.5分，扣完本项分值为止`."""
    title = "东港化工有限公司2026年度车间安全生产目标责任考核细则"
    sections = [
        ("一", "安全责任", 25, [
            ("车间与各班组、班组与岗位员工逐级签订年度安全生产责任书，责任内容与岗位职责相符，签订覆盖率达到100%", 8,
             "查阅责任书，每缺一份扣1分，扣完本项分值为止", "per_occurrence", {"per_occurrence": -1.0}),
            ("车间主任每月带队开展综合安全检查不少于2次，检查记录完整，发现的问题均有整改闭环记录", 9,
             "每少一次扣0.5分，扣完本项分值为止", "per_occurrence", {"per_occurrence": -0.5}),
            ("按规定提取和使用安全生产费用，建立费用使用台账，做到专款专用，不得挪作他用", 8,
             "台账齐全、使用合规的得8分；台账不全的得4分；挪用的不得分", "tiers", {}),
        ]),
        ("二", "隐患治理", 35, [
            ("建立隐患排查治理台账，对排查出的一般隐患按整改措施、责任、资金、时限和预案“五到位”要求限期整改", 15,
             "得分＝按期整改隐患数÷排查隐患总数×15", "proportional", {"formula": "按期整改隐患数÷排查隐患总数×15"}),
            ("重大危险源实行包保责任制，可燃有毒气体检测报警等在线监测监控系统运行正常，报警信息及时处置", 12,
             "报警信息未在30分钟内处置的，每次扣3分，扣完本项分值为止", "per_occurrence", {"per_occurrence": -3.0}),
            ("动火、受限空间、高处作业等特殊作业严格执行作业票证管理制度，作业过程全程有专人监护", 8,
             "抽查作业票证，不合格的每张扣1分，扣完本项分值为止", "per_occurrence", {"per_occurrence": -1.0}),
        ]),
        ("三", "教育培训", 20, [
            ("新入厂员工经车间级、班组级安全教育培训并考试合格后方可上岗，培训学时符合规定要求", 10,
             "未经培训上岗的每人扣2分，扣完本项分值为止", "per_occurrence", {"per_occurrence": -2.0, "unit": "人"}),
            ("每半年组织一次综合应急预案演练，每季度组织一次现场处置方案演练，演练后有总结评估", 10,
             "每少一次扣2.5分，扣完本项分值为止", "per_occurrence", {"per_occurrence": -2.5}),
        ]),
        ("四", "事故控制", 20, [
            ("全年未发生轻伤及以上生产安全事故，未发生火灾、爆炸、泄漏等造成不良社会影响的事件", 12,
             "发生轻伤事故的每起扣4分，扣完本项分值为止", "per_occurrence", {"per_occurrence": -4.0, "unit": "起"}),
            ("发生事故或未遂事件后按规定及时报告，严格按照“四不放过”原则组织调查处理并落实整改", 8,
             "迟报、漏报的不得分", "threshold", {}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各生产车间：",
                   "为落实全员安全生产责任制，公司对各车间实行安全生产目标责任考核。考核满分100分，由安全环保部"
                   "每季度组织考核一次，年度得分取四个季度平均分。"])
    cats, items, n = [], [], 0
    for code, name, pts, rows in sections:
        d.add_paragraph().add_run(f"{code}、{name}（赋分{pts}）").bold = True
        cats.append(cat(name, float(pts), code=code))
        for text, ipts, crit, rule, extra in rows:
            n += 1
            d.add_paragraph(f"{n}．{text}（赋分{ipts}）")
            d.add_paragraph(f"考核办法：{crit}。")
            items.append(item(name, str(n), text, float(ipts), criteria=crit, rule=rule, **extra))
        assert sum(r[1] for r in rows) == pts
    paragraphs(d, ["五、加分与否决",
                   "（一）车间被评为集团公司安全生产先进集体的，加3分。",
                   "（二）年度员工隐患排查建议数量超过下达指标的，每超额1%加0.1分，最多加3分。",
                   "（三）加分合计不超过5分。",
                   "（四）发生死亡事故或重大火灾事故的，实行一票否决，考核得分计为0分。",
                   "六、考核等次",
                   "年度得分90分以上为优秀，75分至89分为合格，75分以下为不合格。",
                   "安全环保部", "2026年1月20日"])
    name = "n04_company_wrapped_lines_fufen_points.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, False))
    gold("n04", [name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         bonus=[{"code": "（一）", "text": "车间被评为集团公司安全生产先进集体", "points": 3.0},
                {"code": "（二）", "text": "年度员工隐患排查建议数量超过下达指标",
                 "criteria": "每超额1%加0.1分，最多加3分", "per_occurrence": 0.1, "unit": "1%", "cap": 3.0}],
         bonus_cap=5.0,
         veto=[{"code": "（四）", "text": "发生死亡事故或重大火灾事故的", "effect": "考核得分计为0分"}],
         veto_effect="考核得分计为0分",
         grades=bands(("优秀", 90), ("合格", 75), ("不合格", None)),
         scoring_note="每季度考核一次，年度得分取四个季度平均分",
         notes="PDF only; points written `（赋分8）` (no 分 after the figure) at the END of long numbered requirements "
               "that wrap in the PDF, so the figure is printed on the line BELOW the item's number; headings "
               "`一、安全责任（赋分25）`; criteria on the next paragraph `考核办法：…`; `扣完本项分值为止` floors "
               "at zero (per_occurrence, negative); `30分钟` is a duration; `每超额1%加0.1分，最多加3分` is a "
               "bonus per percentage point with a cap; the quarterly average is a scoring_note")


# ----------------------------------------------------------------------------- n05


def n05():
    """.doc (legacy Word 97), 机关: a regulation in 第X章/第X条; chapter headings carry the module points
    `第二章　职能目标（60分）`, articles are the items and end with `本项满分40分。`; `基础分60分，其中…` restates the
    split; level points `分别得20分、16分、12分、6分`; bonus/`减分`/veto as articles."""
    title = "临江区2026年度区级机关部门绩效考核办法"
    chapters = [
        ("二", "职能目标", 60, "第三条　职能目标考核部门年度重点工作任务和常规业务完成情况，基础分60分，其中重点任务40分、常规业务20分。", [
            ("第四条", "重点任务", 40,
             "各部门年度重点任务由区委、区政府下达，区考核办按季度督查。全部按期完成的得满分；每有一项未按期完成的扣4分，扣完为止",
             "per_occurrence", {"per_occurrence": -4.0}),
            ("第五条", "常规业务", 20,
             "由区直主管部门对照部门职责清单评定，评定为优秀、良好、一般、较差的，分别得20分、16分、12分、6分",
             "tiers", {"levels": {"优秀": 20.0, "良好": 16.0, "一般": 12.0, "较差": 6.0}}),
        ]),
        ("三", "共性目标", 30, None, [
            ("第六条", "党风廉政建设", 10,
             "落实全面从严治党主体责任，班子成员严格执行“一岗双责”。部门发生违纪违法案件的，每起扣3分",
             "per_occurrence", {"per_occurrence": -3.0, "unit": "起"}),
            ("第七条", "依法行政", 8,
             "严格规范公正文明执法。行政复议被撤销或行政诉讼败诉的，每件扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "件"}),
            ("第八条", "政务公开", 6,
             "政府信息主动公开及时、准确，依申请公开按期答复。被上级通报的，每次扣1.5分", "per_occurrence",
             {"per_occurrence": -1.5}),
            ("第九条", "平安建设", 6,
             "按区平安办年度考核结果折算，折算得分＝平安办考核得分÷100×6", "proportional",
             {"formula": "平安办考核得分÷100×6"}),
        ]),
        ("四", "公众评议", 10, None, [
            ("第十条", "满意度测评", 10,
             "由区考核办组织服务对象和党代表、人大代表、政协委员进行满意度测评，得分＝满意率×10", "proportional",
             {"formula": "满意率×10"}),
        ]),
    ]
    d = new_doc()
    heading(d, title)

    def chapter(text):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(text).bold = True

    chapter("第一章　总　则")
    paragraphs(d, ["第一条　为推进机关部门履职尽责、提升工作绩效，根据有关规定，结合本区实际，制定本办法。",
                   "第二条　本办法适用于区级机关各部门。考核实行百分制，由职能目标、共性目标和公众评议三部分组成。"])
    cats, items = [], []
    for code, name, pts, lead, rows in chapters:
        chapter(f"第{code}章　{name}（{pts}分）")
        if lead:
            d.add_paragraph(lead)
        cats.append(cat(name, float(pts), code=f"第{code}章"))
        for art, text, ipts, crit, rule, extra in rows:
            d.add_paragraph(f"{art}　{text}。{crit}。本项满分{ipts}分。")
            items.append(item(name, art, text, float(ipts), criteria=crit, rule=rule, **extra))
        assert sum(r[2] for r in rows) == pts
    chapter("第五章　加分、减分与否决")
    paragraphs(d, ["第十一条　加分。部门工作获得国家级表彰的加2分，获得省级表彰的加1分；同一事项按最高级别计，"
                   "加分累计不超过3分。",
                   "第十二条　减分。部门被区委、区政府通报批评的，每次减1分。",
                   "第十三条　一票否决。部门发生重大安全生产责任事故或者严重违纪违法案件的，年度考核直接定为一般等次。"])
    chapter("第六章　结果运用")
    paragraphs(d, ["第十四条　考核结果分为优秀、良好、一般三个等次。得分90分以上为优秀，80分至89分为良好，80分以下为一般。",
                   "第十五条　本办法自印发之日起施行，由区考核办负责解释。",
                   "临江区绩效考核委员会办公室", "2026年2月10日"])
    name = "n05_office_chapters_articles_end_of_paragraph.doc"
    to_legacy(d.save, name.replace(".doc", ".docx"), "doc")
    gold("n05", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "第十一条", "text": "部门工作获得表彰", "rule": "lookup",
                 "levels": {"国家级": 2.0, "省级": 1.0}, "highest_only": True, "cap": 3.0}],
         bonus_cap=3.0,
         deductions=[{"code": "第十二条", "text": "部门被区委、区政府通报批评", "per_occurrence": -1.0}],
         veto=[{"code": "第十三条", "text": "部门发生重大安全生产责任事故或者严重违纪违法案件的",
                "effect": "年度考核直接定为一般等次"}],
         veto_effect="年度考核直接定为一般等次",
         grades=bands(("优秀", 90), ("良好", 80), ("一般", None)),
         notes="a legacy Word 97 .doc (converted with LibreOffice; no docx fixture); a 第X章/第X条 regulation: the "
               "chapter headings carry the module points `第二章　职能目标（60分）` and are the categories (code "
               "`第二章`); each scoring article is ONE item (code `第四条`, text = the article's title word, criteria "
               "= the article's rule text) whose points are stated only at the END of its paragraph `本项满分40分。`; "
               "第三条 restates the split `基础分60分，其中重点任务40分、常规业务20分` (not an item); `分别得20分、16分、"
               "12分、6分` by rating is tiers with `levels`; 第十二条 says 减分 (not 扣分) and is a deduction entry; "
               "第一、二、十四、十五条 are not items")


# ----------------------------------------------------------------------------- n06


def n06():
    """html, 社区: each item one paragraph `N．name（10分）得分点：①…，得3分；②…，得3分；③…，得4分。` (sub-items
    in ONE paragraph); items marked `★` are 否决项 (a veto stated by a marker and a legend)."""
    title = "金桥街道2026年度生活垃圾分类示范小区评分细则"
    sections = [
        ("一", "设施配置", 25, [
            ("分类投放点设置", 10, False, [("每300户至少设置1个集中投放点", 3), ("投放点配有雨棚、洗手池和照明", 3),
                                         ("桶身分类标识清晰、四类桶齐全", 4)]),
            ("大件垃圾和装修垃圾临时堆放点", 6, True, [("设置专门堆放点并有围挡", 3), ("每周清运不少于1次", 3)]),
            ("宣传公示栏", 9, False, [("设置分类宣传栏", 3), ("公示督导员姓名和投放时间", 3), ("每季度更新宣传内容", 3)]),
        ]),
        ("二", "日常管理", 35, [
            ("定时定点投放", 12, True, [("执行早晚定时投放", 6), ("非投放时段桶边无垃圾堆积", 6)]),
            ("桶边督导", 13, False, [("投放时段有督导员值守", 5), ("督导台账记录完整", 4), ("居民分类投放准确率达到90%以上", 4)]),
            ("清运交接", 10, False, [("与清运单位签订交接协议", 5), ("交接记录每日填写", 5)]),
        ]),
        ("三", "居民参与", 25, [
            ("入户宣传", 10, False, [("入户宣传覆盖率达到95%以上", 5), ("建立居民分类档案", 5)]),
            ("志愿服务", 8, False, [("组建不少于10人的志愿者队伍", 4), ("每月开展志愿活动1次以上", 4)]),
            ("积分激励", 7, False, [("建立分类积分兑换制度", 4), ("积分兑换每季度不少于1次", 3)]),
        ]),
        ("四", "分类成效", 15, [
            ("厨余垃圾分出率", 8, True, "分出率达到25%以上的得8分；15%至25%的得4分；不足15%的不得分"),
            ("其他垃圾减量", 7, False, [("其他垃圾清运量较上年下降5%以上", 4), ("无混装混运现象", 3)]),
        ]),
    ]
    body = [f"<h1>{esc(title)}</h1>",
            "<p>各社区居委会、物业服务企业：</p>",
            "<p>为推进生活垃圾分类工作，街道开展示范小区创建评比。评分细则共四大项十一小项，满分100分。"
            "标注“★”的为否决项，否决项有任一得分点不达标的，不得评为示范小区。</p>"]
    cats, items, veto, n = [], [], [], 0
    for code, name, pts, rows in sections:
        body.append(f"<h3>{code}、{esc(name)}（{pts}分）</h3>")
        cats.append(cat(name, float(pts), code=code))
        for text, ipts, star, subs in rows:
            n += 1
            mark = "★" if star else ""
            if isinstance(subs, str):
                crit, rule, extra = subs, "tiers", {}
            else:
                assert sum(p for _, p in subs) == ipts
                crit = "；".join(f"{CIRCLED[k]}{s}，得{p}分" for k, (s, p) in enumerate(subs))
                rule = "components"
                extra = {"components": [{"code": CIRCLED[k], "text": s, "points": float(p)} for k, (s, p) in enumerate(subs)]}
            lead = "得分点：" if rule == "components" else "评分："
            body.append(f"<p><b>{n}．{mark}{esc(text)}（{ipts}分）</b>{lead}{esc(crit)}。</p>")
            items.append(item(name, str(n), text, float(ipts), criteria=crit, rule=rule,
                              **({"veto_item": True} if star else {}), **extra))
            if star:
                veto.append({"code": str(n), "text": text, "effect": "不得评为示范小区"})
        assert sum(r[1] for r in rows) == pts
    body += ["<h3>五、评定办法</h3>",
             "<p>街道城管科会同第三方机构于每季度末实地检查评分。年度得分90分以上且否决项全部达标的，评为示范小区；"
             "80分至89分的，评为达标小区。</p>",
             "<p>金桥街道办事处</p><p>2026年3月18日</p>"]
    name = "n06_community_scoring_points_one_paragraph_star_veto.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    gold("n06", [name], title, 2026, 100.0, cats, items, veto=veto, veto_effect="不得评为示范小区",
         grades=[{"name": "示范小区", "min_score": 90}, {"name": "达标小区", "min_score": 80, "max_score": 89}],
         notes="each item is ONE paragraph `N．name（10分）得分点：①…，得3分；②…，得3分；③…，得4分。`: the ①②③ "
               "sub-items are the item's components (kept in `components`, not items of their own); the ★ before an "
               "item name marks a 否决项 (legend in the preamble): each ★ item is an item AND a veto entry (effect "
               "不得评为示范小区, `veto_item` true), the ★ is not part of its text; 厨余垃圾分出率 has a tiered rule "
               "instead of 得分点; `积分兑换` is a points-for-rewards scheme for residents, not assessment points")


# ----------------------------------------------------------------------------- n07


def n07():
    """docx, 党建: a FOUR-level outline `（一）…（占20分）` → `1．…（占12分）` → `（1）…（计6分）` → `①…（3分）`, each level
    indented; the ① lines are the components of their （1） item."""
    title = "西岭镇2026年度基层党建工作责任制考核细则"
    outline = [
        ("一", "政治建设", 20, [
            ("1", "理论学习", 12, [
                ("1", "“三会一课”中安排理论学习", 6, "", None,
                 [("支部党员大会每季度专题学习1次", 3), ("党小组每月集中学习1次", 3)]),
                ("2", "开展主题党日活动", 6, "", None,
                 [("每月固定一天开展主题党日", 3), ("活动有方案、有记录、有照片", 3)]),
            ]),
            ("2", "意识形态", 8, [
                ("1", "落实意识形态工作责任制，每半年分析研判1次", 8, "未开展研判的不得分", "threshold", None),
            ]),
        ]),
        ("二", "组织建设", 45, [
            ("1", "班子队伍", 20, [
                ("1", "村“两委”班子团结协作，无违纪违法情况", 10, "由镇党委综合评定", "manual", None),
                ("2", "后备干部储备", 10, "", None,
                 [("每村储备后备力量不少于2名", 5), ("后备力量中35岁以下的不少于1名", 5)]),
            ]),
            ("2", "党员管理", 25, [
                ("1", "发展党员", 10, "按计划完成发展任务的得10分，未完成的按完成比例计分", "proportional", None),
                ("2", "党费收缴", 5, "每月足额收缴的得5分，有一次未按月收缴的扣1分", "per_occurrence", None),
                ("3", "流动党员管理", 10, "", None,
                 [("建立流动党员台账", 4), ("每季度与流动党员联系1次以上", 6)]),
            ]),
        ]),
        ("三", "作风建设", 35, [
            ("1", "为民服务", 20, [
                ("1", "党员干部坐班值班制度落实", 8, "抽查脱岗的每次扣2分", "per_occurrence", None),
                ("2", "“我为群众办实事”项目", 12, "每完成一件得3分，最高12分", "per_occurrence", None),
            ]),
            ("2", "廉洁自律", 15, [
                ("1", "“三务”公开", 9, "", None,
                 [("党务公开每季度1次", 3), ("村务公开每月1次", 3), ("财务公开每月1次", 3)]),
                ("2", "无党员干部违纪违法案件", 6, "发生案件的不得分", "threshold", None),
            ]),
        ]),
    ]
    per = {"党费收缴": {"per_occurrence": -1.0}, "党员干部坐班值班制度落实": {"per_occurrence": -2.0},
           "“我为群众办实事”项目": {"per_occurrence": 3.0, "cap": 12.0}}
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各村（社区）党组织：",
                   "为压紧压实基层党建工作责任，镇党委制定本细则，对各村（社区）党组织进行年度考核。"])

    def para(text, level, bold=False):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Pt(21 * level)
        p.add_run(text).bold = bold

    cats, items = [], []
    for c1, n1, p1, subs in outline:
        para(f"（{c1}）{n1}（占{p1}分）", 0, bold=True)
        cats.append(cat(n1, float(p1), code=c1))
        for c2, n2, p2, rows in subs:
            para(f"{c2}．{n2}（占{p2}分）", 1, bold=True)
            cats.append(cat(n2, float(p2), parent=n1, code=c2))
            for c3, text, p3, crit, rule, comps in rows:
                para(f"（{c3}）{text}（计{p3}分）" + (f"。{crit}。" if crit else ""), 2)
                extra = dict(per.get(text, {}))
                if comps:
                    assert sum(p for _, p in comps) == p3
                    for k, (s, p) in enumerate(comps):
                        para(f"{CIRCLED[k]}{s}（{p}分）", 3)
                    crit = "；".join(f"{CIRCLED[k]}{s}（{p}分）" for k, (s, p) in enumerate(comps))
                    rule = "components"
                    extra["components"] = [{"code": CIRCLED[k], "text": s, "points": float(p)} for k, (s, p) in enumerate(comps)]
                items.append(item(n2, c3, text, float(p3), criteria=crit, rule=rule, **extra))
            assert sum(r[2] for r in rows) == p2
        assert sum(s[2] for s in subs) == p1
    paragraphs(d, ["以上三项合计100分。",
                   "考核得分90分以上为“好”，80分至89分为“较好”，60分至79分为“一般”，60分以下为“差”。"
                   "考核结果作为村（社区）党组织书记评先评优的重要依据。",
                   "中共西岭镇委员会", "2026年1月28日"])
    name = "n07_party_four_level_outline_zhan_ji.docx"
    d.save(HERE / name)
    gold("n07", [name], title, 2026, 100.0, cats, items,
         grades=bands(("好", 90), ("较好", 80), ("一般", 60), ("差", None)),
         notes="a FOUR-level outline, each level indented: `（一）政治建设（占20分）` (category) → `1．理论学习（占12分）` "
               "(sub-category, parent the （一） level) → `（1）…（计6分）` (the ITEM, code the figure in its bracket) → "
               "`①…（3分）` on their own indented lines (the item's components, never items; criteria = the ① lines "
               "joined); points written `占N分` on the two category levels and `计N分` on items; every level "
               "reconciles; `按完成比例计分` is proportional with no formula; total only in `以上三项合计100分`")


# ----------------------------------------------------------------------------- n08


def n08():
    """.xls (legacy Excel 97), 企业 销售: a one-page appraisal sheet whose rules gain and lose points per percentage
    point (`每低1%扣1分，扣完本项分值为止；每超额1%加0.1分，最多加3分`) and per occurrence; the month's score may
    exceed 100 (capped 103)."""
    title = "瑞丰食品有限公司2026年销售区域经理月度绩效考核表"
    groups = [
        ("业绩指标", 60, [
            ("销售额完成率", 30, "当月销售额÷目标销售额", "完成率100%得30分；每低1%扣1分，扣完本项分值为止；"
             "每超额1%加0.1分，最多加3分", "per_occurrence", {"per_occurrence": -1.0, "unit": "1%"}, "财务部"),
            ("回款率", 20, "当月回款额÷应收账款", "回款率达到95%得满分，每低1个百分点扣2分，扣完本项分值为止",
             "per_occurrence", {"per_occurrence": -2.0, "unit": "百分点"}, "财务部"),
            ("新客户开发", 10, "当月新签约且首单回款的客户数", "每开发1家有效新客户得2分，最高10分", "per_occurrence",
             {"per_occurrence": 2.0, "cap": 10.0}, "销售管理部"),
        ]),
        ("过程管理", 25, [
            ("客户拜访", 10, "拜访重点客户家次", "每月拜访重点客户不少于20家次，每少一次扣0.5分，扣完本项分值为止",
             "per_occurrence", {"per_occurrence": -0.5}, "CRM系统"),
            ("周报提交", 5, "按时提交销售周报", "每周五前提交，每迟交或漏交一次扣1分", "per_occurrence",
             {"per_occurrence": -1.0}, "销售管理部"),
            ("终端陈列检查", 10, "抽查门店陈列达标率", "达标率90%以上得10分，80%-90%得6分，80%以下不得分", "tiers", {},
             "督导组"),
        ]),
        ("能力态度", 15, [
            ("团队管理", 10, "团队稳定性与下属培养", "由销售总监根据团队人员流失和下属培养情况评定", "manual", {}, "销售总监"),
            ("制度遵守", 5, "公司制度执行情况", "无违反公司制度记录的得5分，每被通报一次扣2.5分", "per_occurrence",
             {"per_occurrence": -2.5}, "人力资源部"),
        ]),
    ]
    wb, ws = titled_sheet("考核表", title, 7)
    ws["A2"] = "被考核人：__________　　区域：__________　　考核月份：______月"
    ws.merge_cells("A2:G2")
    header_row(ws, 3, ["考核维度", "序号", "考核指标", "指标定义", "分值", "评分规则", "数据来源"])
    r, n = 4, 0
    cats, items = [], []
    for gname, gpts, rows in groups:
        first = r
        for text, pts, defn, crit, rule, extra, source in rows:
            n += 1
            for c, v in enumerate([None, n, text, defn, pts, crit, source], start=1):
                if v is not None:
                    ws.cell(row=r, column=c, value=v)
            items.append(item(gname, str(n), text, float(pts), criteria=crit, rule=rule, definition=defn,
                              source=source, cell=f"E{r}", **extra))
            r += 1
        ws.cell(row=first, column=1, value=f"{gname}\n（{gpts}分）")
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        cats.append(cat(gname, float(gpts), cell=f"A{first}"))
        assert sum(x[1] for x in rows) == gpts
    ws.cell(row=r, column=1, value="合计")
    ws.cell(row=r, column=5, value=100)
    notes = ["说明：1．月度考核得分为各项得分之和，销售额超额完成的加分计入当月得分，当月得分最高不超过103分。",
             "2．当月发生重大客户投诉经查属实或违规窜货的，当月考核得分计为0分。",
             "3．绩效工资＝绩效工资基数×月度考核得分÷100。"]
    for k, line in enumerate(notes, start=r + 1):
        ws.cell(row=k, column=1, value=line)
        ws.merge_cells(start_row=k, start_column=1, end_row=k, end_column=7)
    wrap_columns(ws, (12, 6, 14, 20, 8, 46, 12))
    name = "n08_company_sales_rate_bonus_sheet.xls"
    to_legacy(wb.save, name.replace(".xls", ".xlsx"), "xls")
    gold("n08", [name], title, 2026, 100.0, cats, items,
         bonus=[{"item": "销售额完成率", "text": "销售额超额完成", "criteria": "每超额1%加0.1分，最多加3分",
                 "per_occurrence": 0.1, "unit": "1%", "cap": 3.0}],
         bonus_cap=3.0, score_cap=103.0,
         veto=[{"text": "当月发生重大客户投诉经查属实或违规窜货的", "effect": "当月考核得分计为0分"}],
         veto_effect="当月考核得分计为0分",
         notes="a legacy Excel 97 .xls (converted with LibreOffice; no xlsx fixture); dimension cells `业绩指标\\n（60分）` "
               "merged down; one rule cell both loses points per percentage point (`每低1%扣1分，扣完本项分值为止`: the "
               "item, per_occurrence −1 per 1%) and gains them (`每超额1%加0.1分，最多加3分`: a bonus entry tied to the "
               "item, `item`, cap 3), so the month may reach 103 (`score_cap`); the 指标定义 and 数据来源 columns are "
               "`definition` / `source`; the 绩效工资 formula uses the score, it is not part of the scheme (no weights); "
               "the 被考核人 line is a blank to fill in")


# ----------------------------------------------------------------------------- n09


def leader(label, points, width=40):
    """A table-of-contents line typed by hand: label, a run of `…` dot leaders, the points."""
    w = sum(1 if ord(ch) > 0x2E80 else 0.5 for ch in label + points)
    return label + "…" * max(3, int(width - w)) + points


def n09():
    """docx+pdf, 学校: points at the right of TYPED DOT LEADERS as in a table of contents (`一、履职情况……………40分`,
    `1．按时参加学生会例会…………8分`), each rule on the next, indented line; an 附加分 section with its own cap."""
    title = "南湖职业技术学院2026年学生干部量化考核细则"
    sections = [
        ("一", "履职情况", 40, [
            ("按时参加学生会例会", 8, "无故缺席一次扣2分，扣完为止", "per_occurrence", {"per_occurrence": -2.0}),
            ("完成部门分配的工作任务", 12, "由部门负责人按任务完成情况评定", "manual", {}),
            ("值班、检查记录规范", 10, "记录缺失一次扣1分", "per_occurrence", {"per_occurrence": -1.0}),
            ("活动组织与策划", 10, "独立策划并组织校级活动的每次得5分，最高10分", "per_occurrence",
             {"per_occurrence": 5.0, "cap": 10.0}),
        ]),
        ("二", "学习表现", 30, [
            ("学期课程平均成绩", 20, "得分＝学期课程平均成绩（百分制）×20%", "proportional",
             {"formula": "学期课程平均成绩×20%"}),
            ("无不及格课程", 10, "有一门课程不及格的不得分", "threshold", {}),
        ]),
        ("三", "群众评议", 30, [
            ("同学满意度测评", 30, "得分＝满意率×30", "proportional", {"formula": "满意率×30"}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各二级学院团总支、校学生会：",
                   "为加强学生干部队伍建设，校团委对校、院两级学生干部实行学期量化考核。考核满分100分，另设附加分。"])
    cats, items, n = [], [], 0
    for code, name, pts, rows in sections:
        d.add_paragraph().add_run(leader(f"{code}、{name}", f"{pts}分")).bold = True
        cats.append(cat(name, float(pts), code=code))
        for text, ipts, crit, rule, extra in rows:
            n += 1
            d.add_paragraph(leader(f"　　{n}．{text}", f"{ipts}分"))
            d.add_paragraph(f"　　　　{crit}。")
            items.append(item(name, str(n), text, float(ipts), criteria=crit, rule=rule, **extra))
        assert sum(r[1] for r in rows) == pts
    d.add_paragraph().add_run(leader("四、附加分", "不超过10分")).bold = True
    paragraphs(d, ["　　　　获得校级及以上表彰的，校级每项加2分，省级及以上每项加5分。",
                   "　　　　违反校规校纪受到纪律处分的，每次扣5分。",
                   "考核总分＝基本分＋附加分。考核结果分为优秀（90分以上）、合格（60分至89分）、不合格（60分以下）三个"
                   "等次，不合格的予以调整职务。",
                   "共青团南湖职业技术学院委员会", "2026年3月2日"])
    name = "n09_school_dot_leader_points.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, True))
    gold("n09", [name, name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         bonus=[{"section": "附加分", "text": "获得校级及以上表彰", "rule": "lookup",
                 "levels": {"校级": 2.0, "省级及以上": 5.0}, "unit": "项", "cap": 10.0}],
         bonus_cap=10.0,
         deductions=[{"section": "附加分", "text": "违反校规校纪受到纪律处分", "per_occurrence": -5.0}],
         grades=[{"name": "优秀", "min_score": 90}, {"name": "合格", "min_score": 60, "max_score": 89},
                 {"name": "不合格", "max_score": 60}],
         notes="points at the right end of TYPED dot leaders (`…` runs, as in a table of contents) on both the "
               "section lines and the item lines; each item's rule on the next, deeper-indented line; `四、附加分……不超过"
               "10分` is the bonus cap, not a category; its deduction line (每次扣5分) is a deduction entry under the "
               "附加分 heading; `×20%` turns a 100-point average into 20 points (proportional)")


# ----------------------------------------------------------------------------- n10


def n10():
    """docx, 医院/社区卫生: category headings WITHOUT points, the category points only in a `分值分配：…` sentence at
    the END; items `（计10分）`; one item's points only as `（2分/项）` over five bare sub-items."""
    title = "长宁社区卫生服务中心2026年度家庭医生签约服务团队考核细则"
    sections = [
        ("一", "签约服务", 30, [
            ("1", "签约覆盖", 10, "常住人口签约率达到40%以上的得10分，35%至40%的得6分，不足35%的得2分", "tiers", {}),
            ("2", "重点人群签约", 10, "老年人、孕产妇、慢性病患者等重点人群签约率每低于目标1个百分点扣0.5分，扣完为止",
             "per_occurrence", {"per_occurrence": -0.5, "unit": "百分点"}),
            ("3", "履约服务内容", 10, None, "components", {}),
        ]),
        ("二", "健康管理", 30, [
            ("4", "高血压患者规范管理", 10, "得分＝规范管理率×10", "proportional", {"formula": "规范管理率×10"}),
            ("5", "糖尿病患者规范管理", 10, "得分＝规范管理率×10", "proportional", {"formula": "规范管理率×10"}),
            ("6", "65岁及以上老年人健康体检", 10, "体检率达到70%的得满分，每低1个百分点扣0.5分", "per_occurrence",
             {"per_occurrence": -0.5, "unit": "百分点"}),
        ]),
        ("三", "服务质量", 20, [
            ("7", "居民满意度", 15, "由第三方机构电话回访测评，满意度95%以上得15分，90%至95%得10分，90%以下得5分", "tiers", {}),
            ("8", "投诉处理", 5, "有效投诉每件扣2.5分", "per_occurrence", {"per_occurrence": -2.5, "unit": "件"}),
        ]),
        ("四", "团队建设", 20, [
            ("9", "业务培训", 10, "团队成员每季度参加业务培训不少于1次，每缺1人次扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "人次"}),
            ("10", "信息系统录入", 10, "服务记录当日录入的得10分；抽查发现补录的每次扣2分", "per_occurrence",
             {"per_occurrence": -2.0}),
        ]),
    ]
    subs = ["签约居民年度健康评估", "制定个性化健康管理方案", "预约转诊服务", "慢性病长处方服务", "行动不便居民上门巡诊"]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各家庭医生团队：",
                   "为提升家庭医生签约服务质量，中心对各家庭医生团队实行年度考核，具体细则如下。"])
    cats, items = [], []
    for code, name, pts, rows in sections:
        d.add_paragraph().add_run(f"{code}、{name}").bold = True
        cats.append(cat(name, float(pts), code=code))
        for icode, text, ipts, crit, rule, extra in rows:
            if crit is None:  # points only per sub-item
                d.add_paragraph(f"{icode}．{text}（2分/项）：" + "；".join(f"（{k}）{s}" for k, s in enumerate(subs, 1)) + "。")
                crit = "2分/项：" + "；".join(f"（{k}）{s}" for k, s in enumerate(subs, 1))
                extra = {"components": [{"code": str(k), "text": s, "points": 2.0} for k, s in enumerate(subs, 1)]}
            else:
                d.add_paragraph(f"{icode}．{text}（计{ipts}分）。{crit}。")
            items.append(item(name, icode, text, float(ipts), criteria=crit, rule=rule, **extra))
        assert sum(r[2] for r in rows) == pts
    split = "、".join(f"{name}{pts}分" for _, name, pts, _ in sections)
    paragraphs(d, ["五、分值与结果运用",
                   f"分值分配：{split}，以上各项合计100分。",
                   "考核结果分为优秀（90分以上）、良好（80分至89分）、合格（70分至79分）和不合格（70分以下）四个等次，"
                   "与团队绩效奖励挂钩：优秀按绩效基数的120%发放，良好按100%发放，合格按80%发放，不合格不发放。",
                   "长宁社区卫生服务中心", "2026年2月5日"])
    name = "n10_clinic_points_split_at_end_per_subitem.docx"
    d.save(HERE / name)
    gold("n10", [name], title, 2026, 100.0, cats, items,
         grades=[{"name": "优秀", "min_score": 90}, {"name": "良好", "min_score": 80, "max_score": 89},
                 {"name": "合格", "min_score": 70, "max_score": 79}, {"name": "不合格", "max_score": 70}],
         notes="category headings carry NO points; the category points are stated ONCE, at the END, in one sentence "
               "`分值分配：签约服务30分、健康管理30分、服务质量20分、团队建设20分，以上各项合计100分。`; items "
               "`N．name（计10分）。rule。`; item 3 has no total printed, only `（2分/项）` over five listed sub-items: "
               "ONE item of 10 (5×2, rule components, the five in `components`) — five items of 2 is defensible; "
               "`65岁` is an age; the payout percentages are a use of the grades, not weights")


# ----------------------------------------------------------------------------- n11


def n11():
    """html, 工会 安康杯: a nested split in one sentence `基础分80分，其中组织领导20分、…；创新分20分` (headings carry no
    points), items rated by SLASH levels `（好／较好／一般／差：6／4／2／0）`, one item `最高10分`."""
    title = "海川市总工会2026年度“安康杯”竞赛活动考评标准"
    scale = ("好", "较好", "一般", "差")
    base = [
        ("组织领导", 20, [("成立竞赛活动领导小组，党政工主要负责人共同参与", (6, 4, 2, 0)),
                          ("制定年度竞赛活动方案，目标任务明确、措施具体", (6, 4, 2, 0)),
                          ("竞赛活动纳入企业年度安全生产工作计划，活动经费有保障", (8, 6, 4, 0))]),
        ("隐患排查", 30, [("开展“查隐患、堵漏洞、保安全”群众性排查活动，每季度不少于1次", (10, 8, 5, 0)),
                          ("职工查找隐患和合理化建议建立台账，整改情况及时反馈职工", (10, 8, 5, 0)),
                          ("开展安全知识竞赛、应急演练等群众性安全活动", (10, 8, 5, 0))]),
        ("群众监督", 30, [("建立工会劳动保护监督检查员队伍，班组设兼职安全员", (15, 10, 6, 0)),
                          ("工会参与事故调查处理，依法维护职工合法权益", (15, 10, 6, 0))]),
    ]
    body = [f"<h1>{esc(title)}</h1>",
            "<p>各区县（市）总工会、市各产业工会，市直各基层工会：</p>",
            "<p>考评总分100分，由基础分和创新分两部分组成。基础分80分，其中组织领导20分、隐患排查30分、群众监督30分；"
            "创新分20分。基础分各条按“好、较好、一般、差”四个等次评定，括号内依次为各等次对应分值。</p>",
            "<h2>一、基础分</h2>"]
    cats = [cat("基础分", 80.0, code="一")]
    items, n = [], 0
    for k, (name, pts, rows) in enumerate(base, start=1):
        body.append(f"<h3>（{'一二三'[k - 1]}）{esc(name)}</h3>")
        cats.append(cat(name, float(pts), parent="基础分", code="一二三"[k - 1]))
        for text, vals in rows:
            n += 1
            rating = "／".join(scale) + "：" + "／".join(str(v) for v in vals)
            body.append(f"<p>{n}．{esc(text)}。（{rating}）</p>")
            items.append(item(name, str(n), text, float(vals[0]), criteria=rating, rule="tiers",
                              levels={lv: float(v) for lv, v in zip(scale, vals)}))
        assert sum(v[0] for _, v in rows) == pts
    body += ["<h2>二、创新分</h2>",
             "<p>9．竞赛活动形式新颖、载体创新，由考评组综合评定，最高10分。</p>",
             "<p>10．竞赛活动经验做法在市级以上会议交流或刊物刊登的，每项得5分，最高10分。</p>",
             "<h2>三、其他</h2>",
             "<p>企业当年发生一次死亡1人以上生产安全事故的，取消评选资格。考评得分90分以上的，推荐为市级“安康杯”"
             "竞赛优胜单位。</p>",
             "<p>海川市总工会劳动和经济工作部</p><p>2026年4月1日</p>"]
    items += [item("创新分", "9", "竞赛活动形式新颖、载体创新", 10.0, criteria="由考评组综合评定，最高10分", rule="manual"),
              item("创新分", "10", "竞赛活动经验做法在市级以上会议交流或刊物刊登", 10.0, criteria="每项得5分，最高10分",
                   rule="per_occurrence", per_occurrence=5.0, cap=10.0)]
    cats.append(cat("创新分", 20.0, code="二"))
    name = "n11_union_slash_level_ratings_nested_split.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    gold("n11", [name], title, 2026, 100.0, cats, items,
         veto=[{"text": "企业当年发生一次死亡1人以上生产安全事故的", "effect": "取消评选资格"}],
         veto_effect="取消评选资格",
         grades=[{"name": "市级“安康杯”竞赛优胜单位", "min_score": 90}],
         notes="the category points are stated ONLY in a nested split sentence `基础分80分，其中组织领导20分、隐患排查"
               "30分、群众监督30分；创新分20分` — the （一）（二）（三） headings carry none; 基础分 (80) is the parent "
               "of the three; each 基础分 item is rated by SLASH levels `（好／较好／一般／差：6／4／2／0）` (tiers, "
               "`levels`, points = the 好 figure); 创新分 items state their points as a cap `最高10分`")


# ----------------------------------------------------------------------------- n12


def n12():
    """xlsx, 学校: a rubric typed into ONE column of a sheet (a line per row), points in ASCII square brackets `[8]`
    right after the item name, the criteria after a full-width colon on the same line; headings `一、选题与开题 [15]`."""
    title = "东湖师范学院2026届本科毕业论文（设计）指导教师评分标准"
    sections = [
        ("一", "选题与开题", 15, [("选题意义", 8, "选题符合专业培养目标，具有一定的理论意义或应用价值"),
                                  ("开题报告", 7, "文献综述充分，研究方案可行，按时完成开题")]),
        ("二", "研究能力", 35, [("文献检索与利用", 10, "能独立检索、阅读中外文献，引用规范，近五年文献不少于10篇"),
                                ("研究方法", 15, "方法选用恰当，数据真实可靠，分析论证充分"),
                                ("创新性", 10, "在观点、方法或应用上有一定新意")]),
        ("三", "论文质量", 35, [("结构与逻辑", 15, "结构完整，层次清楚，论证严密"),
                                ("写作规范", 10, "语言通顺，格式、图表和参考文献符合学校撰写规范"),
                                ("篇幅与工作量", 10, "正文不少于8000字，工作量饱满")]),
        ("四", "工作态度", 15, [("学习态度", 8, "按计划完成各阶段任务，主动与指导教师沟通"),
                                ("学术纪律", 7, "遵守学术规范，无抄袭、代写等行为")]),
    ]
    wb, ws = titled_sheet("指导教师评分", title, 1)
    lines = ["说明：指导教师按以下四个方面评分，满分100分；方括号内数字为该项满分。", ""]
    cats, items, n = [], [], 0
    for code, name, pts, rows in sections:
        lines.append(f"{code}、{name} [{pts}]")
        cats.append(cat(name, float(pts), code=code))
        for text, ipts, crit in rows:
            n += 1
            lines.append(f"{n}．{text}[{ipts}]：{crit}。")
            items.append(item(name, str(n), text, float(ipts), criteria=crit, rule="manual"))
        assert sum(r[1] for r in rows) == pts
    lines += ["", "成绩评定：90分及以上为优秀，80-89分为良好，70-79分为中等，60-69分为及格，60分以下为不及格。",
              "经检测文字复制比超过30%的，不得参加答辩，成绩按不及格处理。", "",
              "指导教师签名：__________　　日期：______年____月____日"]
    for r, line in enumerate(lines, start=2):
        ws.cell(row=r, column=1, value=line)
        if line[:2] in ("一、", "二、", "三、", "四、"):
            ws.cell(row=r, column=1).font = Font(bold=True)
    ws.column_dimensions["A"].width = 110
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    name = "n12_school_one_column_sheet_square_brackets.xlsx"
    wb.save(HERE / name)
    gold("n12", [name], title, 2026, 100.0, cats, items,
         grades=bands(("优秀", 90), ("良好", 80), ("中等", 70), ("及格", 60), ("不及格", None)),
         veto=[{"text": "经检测文字复制比超过30%的", "effect": "不得参加答辩，成绩按不及格处理"}],
         veto_effect="不得参加答辩，成绩按不及格处理",
         notes="a rubric typed into ONE column of a sheet (one line per row, no table); points in ASCII SQUARE brackets "
               "`[8]` with no 分 (the legend `方括号内数字为该项满分` says so), on headings after a space "
               "`一、选题与开题 [15]` and on items right after the name `1．选题意义[8]：criteria。` with the criteria "
               "after a full-width colon on the same line; items judged by the supervisor (manual); `8000字`, `10篇`, "
               "`30%` are not points; the signature line is a blank to fill in")


# ----------------------------------------------------------------------------- n13


def n13():
    """txt, 工会: NOT a scheme — a sports meet's results bulletin with tab-separated columns: race times
    `5分12秒`, team totals `86分`, a tug-of-war `2:1`."""
    title = "柳川区总工会2026年职工春季趣味运动会成绩公告"
    runs = [("男子1500米", [("1", "邓志强", "区供电公司工会", "5分12秒"), ("2", "蔡明", "区人民医院工会", "5分19秒"),
                            ("3", "沈家豪", "城建集团工会", "5分31秒")]),
            ("女子800米", [("1", "潘晓燕", "区实验小学工会", "3分02秒"), ("2", "钟丽", "区税务局工会", "3分08秒"),
                           ("3", "卢婷婷", "城建集团工会", "3分15秒")]),
            ("混合4×100米接力", [("1", "—", "区供电公司工会", "1分01秒"), ("2", "—", "区人民医院工会", "1分03秒"),
                                  ("3", "—", "机关联合工会", "1分04秒")])]
    lines = [title, "",
             "柳川区总工会2026年职工春季趣味运动会于4月18日在区体育中心举行，全区28个基层工会、560余名职工参赛。"
             "比赛于上午8时30分开赛，下午4时10分结束。现将主要成绩公告如下：", ""]
    for event, rows in runs:
        lines += [f"【{event}】", "名次\t姓名\t代表队\t成绩"] + ["\t".join(r) for r in rows] + [""]
    lines += ["【拔河（决赛）】", "区供电公司工会 2:1 城建集团工会", "",
              "【团体总分前三名】（按大会竞赛规程计算）", "名次\t代表队\t团体总分",
              "1\t区供电公司工会\t86分", "2\t区人民医院工会\t79分", "3\t城建集团工会\t71.5分", "",
              "区供电公司工会、区人民医院工会、城建集团工会获团体总分前三名，区实验小学工会等6个单位获“优秀组织奖”。"
              "对成绩有异议的，请于4月25日17时00分前向区总工会宣教文体部反映。", "",
              "柳川区总工会", "2026年4月20日", ""]
    name = "n13_union_sports_results_race_times_not_scheme.txt"
    (HERE / name).write_text("\n".join(lines), encoding="utf-8")
    not_a_scheme("n13", [name], title, 2026,
                 "a sports meet's results bulletin: race times `5分12秒`/`3分02秒`, clock times `8时30分`, team totals "
                 "`86分`/`71.5分` computed by rules published elsewhere (`按大会竞赛规程计算`); it sets no scoring rules")


# ----------------------------------------------------------------------------- n14


def n14():
    """docx, 机关: NOT a scheme — a 起草说明 of a revised appraisal method, quoting old and new points of some
    categories (`由40分调整为35分`), a new bonus cap and comment counts, but never the scheme itself."""
    title = "关于《北岸区社区工作者年度考核办法（修订稿）》的起草说明"
    d = new_doc()
    heading(d, title)
    paragraphs(d, [
        "一、修订背景",
        "现行《北岸区社区工作者年度考核办法》自2022年施行以来，对加强社区工作者队伍管理发挥了积极作用。随着社区治理任务"
        "变化，原办法存在考核内容偏重台账、分值设置与实际工作量不匹配等问题，有必要进行修订。",
        "二、主要修订内容",
        "（一）调整分值结构。将原“日常工作”分值由40分调整为35分，将原“群众评议”分值由20分提高到25分，新增“数字化应用”"
        "考核内容，分值5分，相应将原“学习培训”分值由15分调整为10分。修订后考核总分仍为100分。",
        "（二）完善加减分规则。将加分上限由3分提高到5分；删除原办法中“参加区级以上会议发言加0.5分”的规定；"
        "对受到诫勉谈话的，由原扣2分调整为扣3分。",
        "（三）优化等次比例。优秀等次比例由不超过15%调整为不超过20%，优秀等次最低分数线由90分调整为88分。",
        "三、征求意见情况",
        "修订稿先后征求了各街道、区民政局等12个单位和45名社区工作者代表的意见，共收到意见建议23条，采纳17条，"
        "未采纳的主要涉及分值调整幅度，已逐一作出说明。",
        "四、需要说明的问题",
        "修订后的考核办法拟自2026年1月1日起施行，2025年度考核仍按原办法执行。考核办法全文另行印发。",
        "北岸区民政局", "2026年1月6日"])
    name = "n14_office_revision_note_not_scheme.docx"
    d.save(HERE / name)
    not_a_scheme("n14", [name], title, 2026,
                 "a drafting note on a revised appraisal method: quotes old and new points of some categories (`由40分"
                 "调整为35分`), bonus caps and deductions before and after, an 88-point line and comment counts, but "
                 "the scheme itself is published separately (`全文另行印发`); no complete list of items or categories")


BUILDS = (n01, n02, n03, n04, n05, n06, n07, n08, n09, n10, n11, n12, n13, n14)


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
