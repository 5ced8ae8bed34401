"""Build the TWELFTH forms probe set (held out) and its gold from one hand-written content table each.

Theme: PROSE REGULATIONS and RUBRIC LINES, in forms the earlier sets (tests/data/forms … forms11, unseen) do
not probe. Prose: a 第X条 whose FIRST SENTENCE gives the module's points (`组织建设共25分。`) and lists its 款
`（一）…；（二）…` in the same paragraph without points, the equal split stated only in a LATER article; items
stated as a SHARE of their module (`占该项分值的30%`); an article whose numbered 款 are the GRADED OUTCOMES of ONE
item (`（一）…的，得15分；（二）…的，得10分；…（四）…的，不得分。`); a notice whose scheme sits under
`三、考核内容及评分标准` and is followed by 时间安排 / 工作要求 sections full of numbers and 分; `第一部分` sections
with `一是…二是…` items and a module scored only by deductions with a module cap (`本部分最多扣30分`); items whose
points appear ONLY in the failure clause (`扣除该项全部分值（10分）`, `该项10分不得`, `扣完该项15分为止`), bonus
and deduction articles each with its own cap; module points given by a RATIO (`按3∶3∶2∶2的比例分配`), a veto article
with numbered conditions and a grades article with numbered conditions. Rubric lines: `主题思想：30分` (colon,
points at line end); `一、演讲内容【40分】` with ONE LEVEL PER LINE under it (`优秀：36—40分`); a bold item name
with `（本项满分20分）` in the next paragraph; a numbered list whose points sit ONLY in a final line
`以上各项分值分别为15、35、20、15、15分`; an inspection rubric of signed per-unit deductions `－2分/床` under
`一、床铺（20分）` from a base of 100. And two documents full of `N分` that are not schemes.
Each document's content is written once below and rendered both into the document and into
``gold/<id>.json``, so the gold is the content, never kaohe's output.
Run from the repo root: ``.venv/bin/python tests/data/forms12/make_forms12.py`` (add ``--pdf`` to refresh
the PDFs with LibreOffice headless; needs a CJK font). The legacy .doc files are always converted with
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
item, cat, gold, new_doc, heading, set_cell = (
    _unseen.item, _unseen.cat, _unseen.gold, _unseen.new_doc, _unseen.heading, _unseen.set_cell)
not_a_scheme, paragraphs, grid, html_page = _forms.not_a_scheme, _forms.paragraphs, _forms.grid, _forms.html_page
esc, bands, titled_sheet, header_row = _forms3.esc, _forms4.bands, _forms4.titled_sheet, _forms4.header_row

PDF_SOURCES: list[tuple[str, bool]] = []  # (docx file name, keep the docx as a fixture too)
ORD = "一二三四五六七八九十"


def soffice(args, outdir: Path):
    """LibreOffice headless with a private profile (a running office or a parallel build cannot lock it)."""
    with tempfile.TemporaryDirectory(prefix="lo_forms12_") as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", *args,
                        "--outdir", str(outdir)], check=True, capture_output=True, timeout=240)


def to_pdf(name: str, keep_docx: bool):
    soffice(["--convert-to", "pdf", str(HERE / name)], HERE)
    if not keep_docx:
        (HERE / name).unlink()


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


def indented(d, text, pt=21):
    p = d.add_paragraph(text)
    p.paragraph_format.left_indent = Pt(pt)
    return p


# ----------------------------------------------------------------------------- v01


def v01():
    """docx+pdf, 工会: each module is ONE article whose FIRST SENTENCE gives its points (`第四条　组织建设共25分。`)
    and whose 款 follow in the same paragraph `主要考核：（一）…；（二）…；（三）…。` without points; the equal split
    is stated only in a LATER article (`第四条至第七条所列各款，在该条分值内平均计分`), with the rule for every 款."""
    title = "松涛区总工会2026年度基层工会规范化建设考核办法"
    modules = [
        ("第四条", "组织建设", 25, [
            "按期召开会员大会或会员代表大会，按时完成工会委员会换届",
            "工会委员会委员分工明确，依法设立经费审查委员会和女职工委员会",
            "会员入会率达到90%以上",
            "建立会员花名册并实行动态管理",
            "工会小组设置合理、活动正常"]),
        ("第五条", "民主管理", 30, [
            "每年至少召开一次职工代表大会，审议通过涉及职工切身利益的重大事项",
            "集体合同、工资专项集体合同按期协商签订",
            "推行厂务公开，公开栏按季度更新",
            "职代会提案按期办理，答复率达到100%"]),
        ("第六条", "维权服务", 25, [
            "建立困难职工档案并开展常态化帮扶",
            "开展“夏送清凉”“冬送温暖”等走访慰问活动",
            "建有职工书屋或职工活动室并正常开放",
            "组织开展职工技能培训和劳动竞赛",
            "建立劳动争议调解组织并发挥作用"]),
        ("第七条", "经费资产", 20, [
            "按规定足额拨缴工会经费",
            "工会经费独立建账、专款专用",
            "经费审查委员会每年审查经费收支并向会员报告",
            "工会资产登记造册、管理规范"]),
    ]
    rule_sentence = ("第四条至第七条所列各款，在该条分值内平均计分。各款全部落实的得该款全部分值，部分落实的得该款分值的一半，"
                     "未落实的不得分")
    arts = [("第一条", "为推进基层工会规范化建设，增强基层工会组织活力，结合我区实际，制定本办法。"),
            ("第二条", "本办法适用于区总工会直接管理的62家基层工会。考核每年一次，由区总工会组织部牵头实施。"),
            ("第三条", "考核实行百分制，由组织建设、民主管理、维权服务、经费资产四部分组成。")]
    cats, items = [], []
    for code, name, pts, kuan in modules:
        body = "；".join(f"（{ORD[i]}）{k}" for i, k in enumerate(kuan))
        arts.append((code, f"{name}共{pts}分。主要考核：{body}。"))
        cats.append(cat(name, float(pts), code=code))
        share = pts / len(kuan)
        for i, k in enumerate(kuan):
            items.append(item(name, f"（{ORD[i]}）", k, float(share), criteria=rule_sentence, rule="tiers",
                              levels={"全部落实": float(share), "部分落实": float(share) / 2, "未落实": 0.0}))
    assert sum(m[2] for m in modules) == 100
    arts += [("第八条", rule_sentence + "。"),
             ("第九条", "加分。基层工会获得全国、省、市总工会表彰的，分别加5分、3分、2分，同一事项按最高级别计算；"
                       "工会工作经验在区级以上会议交流或被工会刊物刊发的，每次加1分。加分最高不超过5分。"),
             ("第十条", "扣分。未按时报送工会统计年报的，扣2分；工会干部无故缺席区总工会组织的业务培训的，每人次扣0.5分。"
                       "扣分最高不超过10分。"),
             ("第十一条", "有下列情形之一的，实行一票否决，当年考核结果确定为不合格："),
             ("（一）", "工会组织或工会干部发生严重违纪违法问题的；"),
             ("（二）", "因工作失职引发职工群体性事件、造成不良社会影响的；"),
             ("（三）", "弄虚作假、虚报考核材料的。"),
             ("第十二条", "考核得分90分以上的为优秀，80分至89分的为良好，60分至79分的为合格，60分以下的为不合格。"),
             ("第十三条", "本办法由区总工会负责解释，自印发之日起施行。")]
    d = new_doc()
    heading(d, title)
    for code, text in arts:
        if code.startswith("（"):
            indented(d, f"{code}{text}")
        else:
            d.add_paragraph(f"{code}　{text}")
    paragraphs(d, ["松涛区总工会", "2026年2月16日"])
    name = "v01_union_article_first_sentence_points_inline_kuan_later_equal_split.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, True))
    effect = "当年考核结果确定为不合格"
    gold("v01", [name, name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         bonus=[{"code": "第九条", "text": "基层工会获得全国、省、市总工会表彰", "rule": "lookup",
                 "levels": {"全国": 5.0, "省": 3.0, "市": 2.0}, "highest_only": True, "cap": 5.0},
                {"code": "第九条", "text": "工会工作经验在区级以上会议交流或被工会刊物刊发", "per_occurrence": 1.0,
                 "unit": "次", "cap": 5.0}],
         deductions=[{"code": "第十条", "text": "未按时报送工会统计年报", "points": -2.0, "cap": 10.0},
                     {"code": "第十条", "text": "工会干部无故缺席区总工会组织的业务培训", "per_occurrence": -0.5,
                      "unit": "人次", "cap": 10.0}],
         veto=[{"code": "（一）", "text": "工会组织或工会干部发生严重违纪违法问题的", "effect": effect},
               {"code": "（二）", "text": "因工作失职引发职工群体性事件、造成不良社会影响的", "effect": effect},
               {"code": "（三）", "text": "弄虚作假、虚报考核材料的", "effect": effect}],
         veto_effect=effect,
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         bonus_cap=5.0, deduction_cap=10.0,
         notes="each module is ONE article whose FIRST sentence gives its points `组织建设共25分。` and whose 款 follow in the "
               "same paragraph `主要考核：（一）…；（二）…。` WITHOUT points; the equal split is stated only in the LATER 第八条 "
               "(`在该条分值内平均计分`), so each 款 is worth the module's points / number of 款 (25/5=5, 30/4=7.5, 25/5=5, "
               "20/4=5); every 款 is tiers by 第八条 (全部落实 / 部分落实 half / 未落实 0), criteria = 第八条's sentence; the "
               "categories are the articles (code `第四条`); 第九条 and 第十条 each state their own cap; the veto's three "
               "conditions are separate 款 paragraphs; `62家` is not points")


# ----------------------------------------------------------------------------- v02


def v02():
    """docx, 医院: module headings `（一）医疗质量管理（40分）。` followed in the same paragraph by items stated as a
    SHARE of the module `病历书写质量占该项分值的30%，rule；核心制度落实占该项分值的40%，rule；…` (no item points
    printed); one module without sub-items; bonus, deduction, veto, grades in their own sections."""
    title = "仁和县人民医院2026年度临床科室医疗质量考核细则"
    modules = [
        ("医疗质量管理", 40, [
            ("病历书写质量", 30, "按每月抽查运行病历和归档病历的甲级率计分，甲级率达到90%以上的得满分，每降低1个百分点扣0.5分",
             "per_occurrence", {"per_occurrence": -0.5, "unit": "个百分点"}),
            ("核心制度落实", 40, "每发现一次未落实首诊负责、三级查房、疑难病例讨论等核心制度的，扣1分，扣完为止",
             "per_occurrence", {"per_occurrence": -1.0, "unit": "次"}),
            ("医疗安全不良事件报告", 30, "按规定及时上报的得满分，发现瞒报、漏报的，每例扣2分",
             "per_occurrence", {"per_occurrence": -2.0, "unit": "例"}),
        ]),
        ("合理用药", 25, [
            ("抗菌药物使用强度", 40, "不超过40DDDs的得满分，超过的不得分", "threshold", {}),
            ("处方点评合格率", 40, "达到95%以上的得满分，90%至95%的得该项分值的一半，低于90%的不得分", "tiers",
             {"levels": {"95%以上": 10.0, "90%至95%": 5.0, "低于90%": 0.0}}),
            ("国家基本药物使用", 20, "使用金额占比达到规定比例的得满分，未达到的按完成比例计分", "proportional", {}),
        ]),
        ("运行效率", 20, [
            ("平均住院日", 50, "不超过9天的得满分，每超过0.5天扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "0.5天"}),
            ("床位使用率", 50, "在85%至93%之间的得满分，低于85%或高于93%的得该项分值的60%", "tiers",
             {"levels": {"85%至93%": 10.0, "低于85%或高于93%": 6.0}}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["一、考核对象",
                   "全院18个临床科室。考核按季度进行，由医务科、质控科、药剂科组织实施，年度得分取四个季度的平均分。",
                   "二、考核内容及分值",
                   "考核满分100分，分为医疗质量管理、合理用药、运行效率、患者满意度四项。"])
    cats, items = [], []
    for n, (mname, mpts, rows) in enumerate(modules):
        parts = [f"{name}占该项分值的{share}%，{crit}" for name, share, crit, _, _ in rows]
        d.add_paragraph(f"（{ORD[n]}）{mname}（{mpts}分）。其中，" + "；".join(parts) + "。")
        cats.append(cat(mname, float(mpts), code=f"（{ORD[n]}）"))
        assert sum(r[1] for r in rows) == 100
        for name, share, crit, rule, extra in rows:
            pts = mpts * share / 100
            items.append(item(mname, None, name, float(pts), criteria=crit, rule=rule, share=share / 100, **extra))
    sat = "按第三方满意度调查结果计分，得分＝满意率×15"
    d.add_paragraph(f"（四）患者满意度（15分）。{sat}。")
    cats.append(cat("患者满意度", 15.0, code="（四）"))
    items.append(item("患者满意度", None, "患者满意度", 15.0, criteria=sat, rule="proportional", formula="满意率×15"))
    assert sum(m[1] for m in modules) + 15 == 100
    paragraphs(d, ["三、加分与扣分",
                   "开展新技术、新项目经院学术委员会评审通过的，每项加1分，最高加3分。发生医疗事故经鉴定负主要责任的，每例扣5分。",
                   "四、一票否决",
                   "科室发生重大医疗事故或严重违反医疗卫生行风建设“九不准”的，年度考核定为不合格。",
                   "五、考核等次",
                   "年度考核得分90分以上为优秀，75分至89分为良好，60分至74分为合格，60分以下为不合格。考核结果与科室绩效分配挂钩。",
                   "仁和县人民医院医务科", "2026年1月20日"])
    name = "v02_hospital_items_as_share_of_module.docx"
    d.save(HERE / name)
    gold("v02", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "三", "text": "开展新技术、新项目经院学术委员会评审通过", "per_occurrence": 1.0, "unit": "项",
                 "cap": 3.0}],
         deductions=[{"code": "三", "text": "发生医疗事故经鉴定负主要责任", "per_occurrence": -5.0, "unit": "例"}],
         veto=[{"code": "四", "text": "科室发生重大医疗事故或严重违反医疗卫生行风建设“九不准”的",
                "effect": "年度考核定为不合格"}],
         veto_effect="年度考核定为不合格",
         grades=bands(("优秀", 90), ("良好", 75), ("合格", 60), ("不合格", None)),
         bonus_cap=3.0,
         scoring_note="年度得分取四个季度的平均分",
         notes="items stated as a SHARE of their module inside the module's paragraph `病历书写质量占该项分值的30%，rule；…` "
               "(`该项` = the module); item points are COMPUTED (40×30%=12, 40×40%=16, 40×30%=12; 25×40%=10, 10, 25×20%=5; "
               "20×50%=10, 10) and `share` keeps the printed fraction; `得该项分值的一半` / `得该项分值的60%` inside a rule "
               "refer to the ITEM (levels 5 / 6 points); 患者满意度 has no sub-items: it is both the category and its one "
               "proportional item; items have no codes; `18个`, `40DDDs`, `9天`, `0.5天` are not points")


# ----------------------------------------------------------------------------- v03


def v03():
    """doc, 机关: each scoring article is ONE item whose numbered 款 are its GRADED OUTCOMES, each on its own line
    `（一）…的，得15分；` … `（四）…的，不得分。`; the item's points are only its top outcome; no module points."""
    title = "青川县政务服务中心进驻部门窗口工作考核评分办法"
    arts = [
        ("第四条", "事项进驻", "事项进驻情况按下列情形评分：", [
            ("依申请政务服务事项全部进驻中心办理的", "全部进驻", 15),
            ("进驻率达到90%但未全部进驻的", "90%至100%", 10),
            ("进驻率达到80%但不足90%的", "80%至90%", 5),
            ("进驻率不足80%的", "不足80%", 0)]),
        ("第五条", "办件时效", "办件时效按下列情形评分：", [
            ("全部办件均在承诺时限内办结的", "全部按时", 20),
            ("超时办件不超过3件的", "超时3件以内", 12),
            ("超时办件4件至10件的", "超时4至10件", 6),
            ("超时办件超过10件的", "超时10件以上", 0)]),
        ("第六条", "一次性告知和首问负责", "一次性告知和首问负责制度落实情况按下列情形评分：", [
            ("制度健全、执行到位、全年无有效投诉的", "无有效投诉", 15),
            ("制度健全，但被有效投诉1至2次的", "有效投诉1至2次", 10),
            ("被有效投诉3次以上或者制度未建立的", "有效投诉3次以上或制度未建立", 0)]),
        ("第七条", "“好差评”评价", "“好差评”评价结果按下列情形评分：", [
            ("好评率达到99%以上的", "99%以上", 25),
            ("好评率达到97%但不足99%的", "97%至99%", 20),
            ("好评率达到95%但不足97%的", "95%至97%", 15),
            ("好评率不足95%的", "不足95%", 5)]),
        ("第八条", "窗口人员管理", "窗口人员管理情况按下列情形评分：", [
            ("窗口人员在岗率100%，着装及服务用语规范的", "在岗率100%且规范", 25),
            ("每月抽查在岗率低于100%但不低于95%的", "95%至100%", 18),
            ("在岗率低于95%但不低于90%，或者被通报服务不规范的", "90%至95%或被通报", 10),
            ("在岗率低于90%的", "低于90%", 0)]),
    ]

    def outcome(points):
        return f"得{points}分" if points else "不得分"

    lines = [("第一章　总则", None),
             ("第一条", "为提升政务服务质量，规范进驻部门窗口管理，结合我县实际，制定本办法。"),
             ("第二条", "本办法适用于进驻县政务服务中心的23个部门窗口。考核按年度进行，满分100分。"),
             ("第三条", "考核内容为第四条至第八条所列五项。考核采取日常检查、系统数据抽取和服务对象评价相结合的方式。"),
             ("第二章　评分标准", None)]
    items = []
    for code, name, lead, outcomes in arts:
        lines.append((code, lead))
        for i, (cond, _level, pts) in enumerate(outcomes):
            end = "。" if i == len(outcomes) - 1 else "；"
            lines.append((f"（{ORD[i]}）", f"{cond}，{outcome(pts)}{end}"))
        crit = "；".join(f"（{ORD[i]}）{c}，{outcome(p)}" for i, (c, _l, p) in enumerate(outcomes))
        items.append(item(None, code, name, float(outcomes[0][2]), criteria=crit, rule="tiers",
                          levels={lv: float(p) for _c, lv, p in outcomes}))
    assert sum(a[3][0][2] for a in arts) == 100
    lines += [("第三章　加分、扣分和等次", None),
              ("第九条", "部门政务服务工作获得省级以上表彰的，加3分；获得市级表彰的，加2分。同一年度不重复计算。"),
              ("第十条", "窗口工作人员被查实存在吃拿卡要、故意刁难服务对象行为的，每人次扣5分。"),
              ("第十一条", "考核得分95分以上的评为“红旗窗口”，85分至94分的评为“达标窗口”，85分以下的评为“待改进窗口”。"),
              ("第四章　附则", None),
              ("第十二条", "本办法由县政务服务中心管理办公室负责解释，自2026年3月1日起施行。")]
    d = new_doc()
    heading(d, title)
    for code, text in lines:
        if text is None:
            bold_line(d, code, center=True)
        elif code.startswith("（"):
            indented(d, f"{code}{text}")
        else:
            d.add_paragraph(f"{code}　{text}")
    paragraphs(d, ["青川县政务服务中心管理办公室", "2026年2月10日"])
    name = "v03_office_article_kuan_are_graded_outcomes_of_one_item.doc"
    to_legacy(lambda p: d.save(p), name.replace(".doc", ".docx"), "doc")
    gold("v03", [name], title, 2026, 100.0, [], items,
         bonus=[{"code": "第九条", "text": "部门政务服务工作获得表彰", "rule": "lookup",
                 "levels": {"省级以上": 3.0, "市级": 2.0}, "highest_only": True}],
         deductions=[{"code": "第十条", "text": "窗口工作人员被查实存在吃拿卡要、故意刁难服务对象行为",
                      "per_occurrence": -5.0, "unit": "人次"}],
         grades=[{"name": "红旗窗口", "min_score": 95}, {"name": "达标窗口", "min_score": 85, "max_score": 94},
                 {"name": "待改进窗口", "max_score": 85}],
         notes="legacy Word 97 `.doc`; each scoring article is ONE item (code `第四条`, text = the article's subject) whose "
               "numbered 款 on their own lines `（一）…的，得15分；（二）…的，得10分；…（四）…的，不得分。` are its GRADED "
               "OUTCOMES (tiers; `levels` keyed by a short label written here); the item's points are only its TOP "
               "outcome; the 款 are NOT items; 第七条's lowest outcome still earns 5 points; no categories; `23个`, "
               "`3件`, `10件`, percentages are not points")


# ----------------------------------------------------------------------------- v04


def v04():
    """html, 街道: a work NOTICE whose scheme sits in its body under `三、考核内容及评分标准` (sub-heads
    `（一）党建引领（30分）`, items `1．name（10分）：rule。`) and is FOLLOWED by `四、时间安排` and `五、工作要求`
    that also hold numbers and 分 (`17时30分`, `15分钟`, `相差10分以上`, `排名后两位`)."""
    title = "关于开展2026年度社区“两委”班子履职考核工作的通知"
    sections = [
        ("党建引领", 30, [
            ("组织生活", 10, "按规定召开“三会一课”、开展主题党日活动，每缺一次扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "次"}),
            ("党员管理", 10, "党员发展、党费收缴、流动党员管理规范，发现问题每项扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "项"}),
            ("阵地建设", 10, "党群服务中心功能完善、每周开放不少于5天的得10分，否则视情况扣分", "manual", {}),
        ]),
        ("社区治理", 40, [
            ("网格管理", 15, "网格员配备到位，基础信息采集准确率达到98%以上的得15分，每降低1个百分点扣1分",
             "per_occurrence", {"per_occurrence": -1.0, "unit": "个百分点"}),
            ("矛盾调处", 15, "矛盾纠纷调处成功率达到95%以上的得15分，90%至95%的得10分，低于90%的得5分", "tiers",
             {"levels": {"95%以上": 15.0, "90%至95%": 10.0, "低于90%": 5.0}}),
            ("安全稳定", 10, "全年未发生较大以上安全事故和群体性事件的得10分，发生的不得分", "threshold", {}),
        ]),
        ("为民服务", 30, [
            ("民生事项办理", 15, "得分＝按期办结率×15", "proportional", {"formula": "按期办结率×15"}),
            ("居民满意度", 15, "由街道组织居民代表测评，满意率达到90%以上的得15分，80%至90%的得10分，低于80%的不得分",
             "tiers", {"levels": {"90%以上": 15.0, "80%至90%": 10.0, "低于80%": 0.0}}),
        ]),
    ]
    grade_line = "考核得分90分以上为优秀，75分至89分为良好，60分至74分为合格，60分以下为不合格。"
    body = [f"<h2>{esc(title)}</h2>",
            "<p>各社区党委、居委会：</p>",
            "<p>为进一步压实社区“两委”班子责任，提升基层治理水平，经街道党工委研究，决定开展2026年度社区“两委”班子"
            "履职考核工作。现将有关事项通知如下：</p>",
            "<p>一、考核对象</p>",
            "<p>街道辖区11个社区“两委”班子。</p>",
            "<p>二、考核方式</p>",
            "<p>采取听取汇报、查阅资料、实地查看和民主测评相结合的方式进行，考核满分100分。</p>",
            "<p>三、考核内容及评分标准</p>"]
    cats, items = [], []
    n = 0
    for s, (cname, cpts, rows) in enumerate(sections):
        body.append(f"<p>（{ORD[s]}）{cname}（{cpts}分）</p>")
        cats.append(cat(cname, float(cpts), code=f"（{ORD[s]}）"))
        assert sum(r[1] for r in rows) == cpts
        for name, pts, crit, rule, extra in rows:
            n += 1
            body.append(f"<p>{n}．{name}（{pts}分）：{esc(crit)}。</p>")
            items.append(item(cname, str(n), name, float(pts), criteria=crit, rule=rule, **extra))
    assert sum(s[1] for s in sections) == 100
    body += [f"<p>{grade_line}</p>",
             "<p>四、时间安排</p>",
             "<p>（一）自查阶段（11月10日—11月20日）。各社区对照评分标准开展自查，形成自评报告，自评得分于11月20日17时30分前"
             "报街道党建办。</p>",
             "<p>（二）考核阶段（11月23日—11月30日）。考核组逐个社区实地考核，每个社区汇报时间不超过15分钟，民主测评时间约30分钟，"
             "参加测评的居民代表不少于20人。</p>",
             "<p>（三）反馈阶段（12月上旬）。考核结果在全街道范围内通报。</p>",
             "<p>五、工作要求</p>",
             "<p>（一）各社区要如实提供考核材料。自评得分与考核组评分相差10分以上的，社区须作出书面说明。</p>",
             "<p>（二）考核得分排名后两位的社区，由街道党工委书记进行约谈。考核结果与社区工作者绩效报酬挂钩，具体办法另行制定。</p>",
             "<p>联系人：街道党建办 周敏，联系电话：0817-6623150。</p>",
             "<p>中共锦溪街道工作委员会　锦溪街道办事处</p>",
             "<p>2026年11月5日</p>"]
    name = "v04_street_notice_scheme_section_then_schedule_and_requirements.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    gold("v04", [name], title, 2026, 100.0, cats, items,
         grades=bands(("优秀", 90), ("良好", 75), ("合格", 60), ("不合格", None)),
         notes="a work NOTICE whose scheme is ONLY its section `三、考核内容及评分标准` (sub-heads `（一）党建引领（30分）`, items "
               "`1．组织生活（10分）：rule。` numbered 1…8 across sub-heads, a grade line closing the section); sections 一/二 "
               "(`11个社区`, `满分100分`) and the FOLLOWING sections 四、时间安排 and 五、工作要求 are not the scheme although they "
               "hold numbers and 分: `17时30分`, `15分钟`, `30分钟`, `20人`, `相差10分以上的…书面说明` (a reporting duty, not a "
               "rule), `排名后两位…约谈` (a consequence, not a grade); 阵地建设 `否则视情况扣分` is manual; the title is the "
               "notice's title")


# ----------------------------------------------------------------------------- v05


def v05():
    """txt, 企业: `第一部分　安全责任落实（30分）` sections whose items are paragraphs `一是…，计10分，rule。`; one section
    `第三部分　现场作业管理（30分）` has NO items, only deductions `每发现一处…扣3分；…本部分最多扣30分，扣完为止`."""
    title = "华鑫化工有限公司2026年度车间安全生产考核实施细则"
    parts = [
        ("安全责任落实", 30, [
            ("安全生产责任书逐级签订到位，车间与班组、班组与岗位人员全部签订", 10, "缺一份扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "份"}),
            ("班前安全讲话每班开展，讲话记录完整", 10, "每缺一次记录扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "次"}),
            ("车间主任每周带班检查不少于2次", 10, "每少一次扣2.5分", "per_occurrence",
             {"per_occurrence": -2.5, "unit": "次"}),
        ]),
        ("隐患排查治理", 25, [
            ("岗位人员每日开展巡回检查，巡检记录真实完整", 10, "记录缺失或弄虚作假的，每次扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "次"}),
            ("排查发现的隐患按期整改到位", 15, "得分＝按期整改隐患数÷排查发现隐患数×15", "proportional",
             {"formula": "按期整改隐患数÷排查发现隐患数×15"}),
        ]),
        ("现场作业管理", 30, None),
        ("应急管理", 15, [
            ("车间应急预案每季度至少演练一次", 8, "少一次扣2分", "per_occurrence", {"per_occurrence": -2.0, "unit": "次"}),
            ("应急物资配备齐全并定期检查", 7, "发现过期或缺失的，每项扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "项"}),
        ]),
    ]
    site = [("违章作业", 3, "处"), ("安全防护设施缺失或损坏", 2, "处"), ("未按规定佩戴劳动防护用品", 1, "人次"),
            ("动火、受限空间等特殊作业未办理作业票", 5, "次")]
    site_text = ("本部分不设分项，实行扣分制：检查中每发现一处违章作业扣3分；每发现一处安全防护设施缺失或损坏扣2分；"
                 "每发现一人次未按规定佩戴劳动防护用品扣1分；动火、受限空间等特殊作业未办理作业票的，每次扣5分。"
                 "本部分最多扣30分，扣完为止。")
    lines = [title, "", "一、总则",
             "为落实企业安全生产主体责任，强化车间安全管理，制定本细则。本细则适用于公司合成、精馏、包装、储运四个车间，"
             "考核实行百分制，由安全环保部每月组织一次。", "", "二、考核内容及评分"]
    cats, items = [], []
    for p, (pname, ppts, rows) in enumerate(parts):
        lines += ["", f"第{ORD[p]}部分　{pname}（{ppts}分）"]
        if rows is None:
            lines.append("　　" + site_text)
            cats.append(cat(pname, float(ppts), code=f"第{ORD[p]}部分", deduction_cap=float(ppts)))
            for i, (what, pts, unit) in enumerate(site, start=1):
                items.append(item(pname, None, what, None, criteria=site_text, rule="per_occurrence",
                                  per_occurrence=-float(pts), unit=unit))
            continue
        cats.append(cat(pname, float(ppts), code=f"第{ORD[p]}部分"))
        assert sum(r[1] for r in rows) == ppts
        for i, (text, pts, crit, rule, extra) in enumerate(rows):
            lines.append(f"　　{ORD[i]}是{text}，计{pts}分，{crit}。")
            items.append(item(pname, f"{ORD[i]}是", text, float(pts), criteria=crit, rule=rule, **extra))
    assert sum(p[1] for p in parts) == 100
    lines += ["", "三、加分与扣分",
              "　　车间员工举报重大事故隐患经核实的，每次加2分，每月加分不超过6分。",
              "　　车间发生轻伤事故的，每起扣10分；发生重伤及以上生产安全事故的，当月考核得分为零。",
              "", "四、考核结果",
              "　　月度考核得分95分以上为A级车间，85分至94分为B级车间，70分至84分为C级车间，70分以下为D级车间。"
              "考核结果与车间月度安全奖挂钩，每月5日前公布上月结果。",
              "", "安全环保部", "2026年1月6日", ""]
    name = "v05_company_part_sections_yishi_items_module_deduction_cap.txt"
    (HERE / name).write_text("\n".join(lines), encoding="utf-8")
    gold("v05", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "三", "text": "车间员工举报重大事故隐患经核实", "per_occurrence": 2.0, "unit": "次", "cap": 6.0}],
         deductions=[{"code": "三", "text": "车间发生轻伤事故", "per_occurrence": -10.0, "unit": "起"}],
         veto=[{"code": "三", "text": "发生重伤及以上生产安全事故的", "effect": "当月考核得分为零"}],
         veto_effect="当月考核得分为零",
         grades=[{"name": "A级车间", "min_score": 95}, {"name": "B级车间", "min_score": 85, "max_score": 94},
                 {"name": "C级车间", "min_score": 70, "max_score": 84}, {"name": "D级车间", "max_score": 70}],
         bonus_cap=6.0,
         notes="sections `第一部分　安全责任落实（30分）` (categories, code `第一部分`); their items are paragraphs "
               "`一是…，计10分，rule。` (code `一是`, points after 计 in mid-sentence); 第三部分 has NO items: it is scored "
               "only by deductions in one paragraph with a MODULE cap `本部分最多扣30分，扣完为止` — each deduction is an "
               "item of that category with points null and a negative per_occurrence (as in a deduction scheme), the "
               "module cap is the category's `deduction_cap` (a reviewer could make the whole paragraph ONE item of 30); "
               "`每月加分不超过6分` is the bonus cap; `当月考核得分为零` is a veto; `每月5日` is a date")


# ----------------------------------------------------------------------------- v06


def v06():
    """pdf only, 学校: articles whose 款 never state their points up front: the points appear ONLY in the failure
    clause (`未落实的，扣除该项全部分值（10分）`, `扣完该项15分为止`, `该项10分不得`, `不得该项的10分`, `乘以该项分值（12分）`);
    a 加分 article and a 扣分 article each with its own cap; veto and grades articles."""
    title = "明德实验学校2026学年班主任工作考核办法"
    arts = [
        ("第四条", "班级常规管理", [
            ("早读、午休、晚自习按时组织，班级日志记录完整", "未落实的，扣除该项全部分值（10分）", 10, "threshold", {}),
            ("班级卫生、纪律在学校周评比中保持达标", "每周评比未达标一次扣1分，扣完该项15分为止", 15, "per_occurrence",
             {"per_occurrence": -1.0, "unit": "次"}),
            ("每周开展一次学生安全教育并有记录", "每缺一次记录扣2分，扣完该项15分为止", 15, "per_occurrence",
             {"per_occurrence": -2.0, "unit": "次"}),
        ]),
        ("第五条", "学生发展指导", [
            ("建立学生成长档案，做到一生一档", "档案缺失的，该项10分不得", 10, "threshold", {}),
            ("每学期与全班学生个别谈心", "谈心覆盖率每低10个百分点扣2分，扣完该项10分为止", 10, "per_occurrence",
             {"per_occurrence": -2.0, "unit": "10个百分点"}),
            ("每月召开主题班会不少于2次", "每少一次扣1分，扣完该项10分为止", 10, "per_occurrence",
             {"per_occurrence": -1.0, "unit": "次"}),
        ]),
        ("第六条", "家校共育", [
            ("每学期召开家长会不少于2次", "少于2次的，不得该项的10分", 10, "threshold", {}),
            ("每学年家访覆盖全班学生", "未全覆盖的，按实际覆盖率乘以该项分值（12分）计分", 12, "proportional",
             {"formula": "家访覆盖率×12"}),
            ("妥善处理家长反映的问题", "家长投诉经核实的，每起扣2分，扣完该项8分为止", 8, "per_occurrence",
             {"per_occurrence": -2.0, "unit": "起"}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["第一条　为加强班主任队伍建设，客观评价班主任工作实绩，根据上级有关规定，制定本办法。",
                   "第二条　本办法适用于全校在岗班主任，考核每学年进行一次，由德育处会同年级组实施。",
                   "第三条　考核内容包括班级常规管理、学生发展指导、家校共育三个方面，满分100分。"])
    cats, items = [], []
    for code, cname, rows in arts:
        d.add_paragraph(f"{code}　{cname}。考核以下内容：")
        cats.append(cat(cname, None, code=code))
        for i, (text, fail, pts, rule, extra) in enumerate(rows):
            indented(d, f"（{ORD[i]}）{text}。{fail}。")
            items.append(item(cname, f"（{ORD[i]}）", text, float(pts), criteria=fail, rule=rule, **extra))
    assert sum(r[2] for a in arts for r in a[2]) == 100
    paragraphs(d, ["第七条　加分。所带班级被评为市级以上先进班集体的，加3分；班主任指导学生参加区级以上比赛获奖的，每项加1分。"
                   "加分最高不超过5分。",
                   "第八条　扣分。班主任体罚或变相体罚学生经查实的，每次扣5分；擅自调课、离岗的，每次扣2分。扣分最高不超过10分。",
                   "第九条　班主任有师德失范行为受到处分的，实行一票否决，考核直接确定为不合格。",
                   "第十条　考核得分90分以上（含90分）的为优秀，80分至89分的为良好，60分至79分的为合格，60分以下的为不合格。"
                   "优秀等次人数不超过参加考核班主任总数的30%。",
                   "第十一条　本办法自2026年9月1日起施行，由学校德育处负责解释。",
                   "明德实验学校", "2026年8月25日"])
    name = "v06_school_points_only_in_failure_clause_capped_bonus_deduction.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, False))
    gold("v06", [name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         bonus=[{"code": "第七条", "text": "所带班级被评为市级以上先进班集体", "points": 3.0, "cap": 5.0},
                {"code": "第七条", "text": "班主任指导学生参加区级以上比赛获奖", "per_occurrence": 1.0, "unit": "项",
                 "cap": 5.0}],
         deductions=[{"code": "第八条", "text": "班主任体罚或变相体罚学生经查实", "per_occurrence": -5.0, "unit": "次",
                      "cap": 10.0},
                     {"code": "第八条", "text": "擅自调课、离岗", "per_occurrence": -2.0, "unit": "次", "cap": 10.0}],
         veto=[{"code": "第九条", "text": "班主任有师德失范行为受到处分的", "effect": "考核直接确定为不合格"}],
         veto_effect="考核直接确定为不合格",
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         bonus_cap=5.0, deduction_cap=10.0,
         notes="PDF only (its docx is an intermediate, deleted); each 款 `（一）requirement。failure clause。` states its "
               "points ONLY inside the failure clause, in five wordings: `扣除该项全部分值（10分）`, `扣完该项15分为止`, "
               "`该项10分不得`, `不得该项的10分`, `按实际覆盖率乘以该项分值（12分）计分`; the article headings `第四条　班级常规管理。"
               "考核以下内容：` are the categories and carry no points (items add to 40 / 30 / 30); all-or-nothing clauses are "
               "threshold; 第七条 and 第八条 each end with their own cap; the 30% quota for 优秀 is not a grade bound")


# ----------------------------------------------------------------------------- v07


def v07():
    """docx, 社区: the module points only as a RATIO of the total (`四个方面的分值按3∶3∶2∶2的比例分配，满分100分`), the
    module articles without points; a veto article with NUMBERED conditions that themselves hold scores
    (`连续两个季度考核得分低于60分的`); a grades article whose numbered 款 carry extra conditions."""
    title = "锦屏街道2026年度社区网格化服务管理考核办法"
    modules = [
        ("第五条", "网格队伍建设", 30, [
            ("队伍配备", 10, "专职网格员按每300户1名配备到位，每缺1名扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "名"}),
            ("持证上岗", 8, "网格员持证上岗率达到100%，每有1人未持证扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "人"}),
            ("业务培训", 12, "网格员每月参加街道组织的业务培训，每缺席一人次扣0.5分", "per_occurrence",
             {"per_occurrence": -0.5, "unit": "人次"}),
        ]),
        ("第六条", "信息采集报送", 30, [
            ("基础信息采集", 12, "人、地、事、物、组织等基础信息采集完整准确，抽查发现错漏的，每条扣0.2分", "per_occurrence",
             {"per_occurrence": -0.2, "unit": "条"}),
            ("信息动态更新", 10, "人口变动信息在7日内更新的得10分，超过7日的每条扣0.5分", "per_occurrence",
             {"per_occurrence": -0.5, "unit": "条"}),
            ("信息报送时效", 8, "重要信息在1小时内报送的得8分，迟报一次扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "次"}),
        ]),
        ("第七条", "事件处置", 20, [
            ("事件发现上报", 10, "网格员每月自主发现上报事件不少于5件，每少1件扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "件"}),
            ("事件按期办结", 10, "得分＝按期办结率×10", "proportional", {"formula": "按期办结率×10"}),
        ]),
        ("第八条", "群众服务", 20, [
            ("走访入户", 10, "每户每季度至少走访一次，走访率每低5个百分点扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "5个百分点"}),
            ("群众满意度", 10, "满意率达到90%以上的得10分，80%至90%的得6分，低于80%的不得分", "tiers",
             {"levels": {"90%以上": 10.0, "80%至90%": 6.0, "低于80%": 0.0}}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["第一条　为规范社区网格化服务管理工作，提升网格服务效能，结合街道实际，制定本办法。",
                   "第二条　本办法适用于街道所辖9个社区。考核按季度进行，年度考核得分为四个季度考核得分的平均值。",
                   "第三条　考核由街道网格化服务管理中心牵头，社区建设办、综治办、城管办配合实施。",
                   "第四条　考核内容包括网格队伍建设、信息采集报送、事件处置、群众服务四个方面，四个方面的分值按3∶3∶2∶2的比例分配，"
                   "满分100分。"])
    cats, items = [], []
    for code, cname, cpts, rows in modules:
        d.add_paragraph(f"{code}　{cname}。")
        cats.append(cat(cname, float(cpts), code=code, ratio_share=cpts // 10))
        assert sum(r[1] for r in rows) == cpts
        for i, (name, pts, crit, rule, extra) in enumerate(rows):
            indented(d, f"（{ORD[i]}）{name}（{pts}分）。{crit}。")
            items.append(item(cname, f"（{ORD[i]}）", name, float(pts), criteria=crit, rule=rule, **extra))
    effect = "直接确定为不合格等次"
    vetoes = ["网格内发生重大刑事案件或群体性事件，因网格员履职不到位造成严重后果的",
              "瞒报、迟报重大突发事件信息的",
              "连续两个季度考核得分低于60分的",
              "网格员数据造假、套取补贴经查实的"]
    d.add_paragraph("第九条　有下列情形之一的，年度考核实行一票否决，直接确定为不合格等次：")
    for i, v in enumerate(vetoes):
        indented(d, f"（{ORD[i]}）{v}{'。' if i == len(vetoes) - 1 else '；'}")
    d.add_paragraph("第十条　年度考核结果分为优秀、良好、合格、不合格四个等次：")
    grade_lines = ["优秀：年度考核得分90分以上，且各季度考核得分均不低于85分；",
                   "良好：年度考核得分80分至89分；",
                   "合格：年度考核得分60分至79分；",
                   "不合格：年度考核得分60分以下，或者有第九条所列情形之一的。"]
    for i, gl in enumerate(grade_lines):
        indented(d, f"（{ORD[i]}）{gl}")
    paragraphs(d, ["第十一条　考核结果作为社区评先评优和网格员绩效补贴发放的依据。",
                   "第十二条　本办法由街道网格化服务管理中心负责解释，自印发之日起施行。",
                   "锦屏街道办事处", "2026年3月2日"])
    name = "v07_community_ratio_module_points_numbered_veto_and_grade_conditions.docx"
    d.save(HERE / name)
    gold("v07", [name], title, 2026, 100.0, cats, items,
         veto=[{"code": f"（{ORD[i]}）", "text": v, "effect": effect}
               for i, v in enumerate(vetoes)],
         veto_effect=effect,
         grades=[{"name": "优秀", "min_score": 90, "condition": "各季度考核得分均不低于85分"},
                 {"name": "良好", "min_score": 80, "max_score": 89},
                 {"name": "合格", "min_score": 60, "max_score": 79},
                 {"name": "不合格", "max_score": 60, "condition": "或者有第九条所列情形之一"}],
         scoring_note="年度考核得分为四个季度考核得分的平均值",
         notes="the module points are stated ONLY as a RATIO of the total in 第四条 (`按3∶3∶2∶2的比例分配，满分100分`, "
               "full-width ratio colons): 30/30/20/20, `ratio_share` keeps the printed figure; the module articles "
               "`第五条　网格队伍建设。` carry no points; items `（一）队伍配备（10分）。rule。` add up to the ratio's shares; "
               "the veto's NUMBERED conditions include a score condition (`连续两个季度考核得分低于60分的`, not a grade); the "
               "grades article's numbered 款 carry extra conditions (`condition`); `每300户1名`, `7日`, `1小时`, `5件` are "
               "not points")


# ----------------------------------------------------------------------------- v08


def v08():
    """txt, 工会 征文: rubric LINES `主题思想：30分` (points after a colon at the END of the line, nothing else on it),
    the description on the indented line below; `合计：100分`; a 评分说明 with a per-500-character deduction,
    a trimmed mean, a disqualification and prize counts."""
    title = "“劳动创造幸福”职工征文比赛评分标准"
    crits = [("主题思想", 30, "紧扣“劳动创造幸福”主题，立意积极向上，思想认识深刻"),
             ("内容素材", 30, "取材于职工身边的真人真事，内容充实，细节生动，情感真挚"),
             ("结构布局", 15, "结构完整，层次清楚，详略得当，首尾呼应"),
             ("语言文采", 15, "语言流畅，用词准确，富有感染力"),
             ("书写规范", 10, "格式规范，标点正确，无错别字")]
    lines = [title, "", "临川市总工会宣传教育部　2026年4月", "", "一、评分项目及分值", ""]
    items = []
    for name, pts, crit in crits:
        lines += [f"{name}：{pts}分", f"　　{crit}。", ""]
        items.append(item(None, None, name, float(pts), criteria=crit, rule="manual"))
    assert sum(c[1] for c in crits) == 100
    lines += ["合计：100分", "", "二、评分说明",
              "1. 参赛作品字数在3000字以内，超过3000字的，每超过500字扣2分。",
              "2. 每篇作品由5名评委独立评分，去掉一个最高分和一个最低分后，取平均分为作品最终得分，保留两位小数。",
              "3. 抄袭、剽窃他人作品的，一经查实取消评奖资格。",
              "4. 本次征文设一等奖5名、二等奖10名、三等奖15名、优秀奖30名。", ""]
    name = "v08_union_essay_rubric_colon_points_line_end.txt"
    (HERE / name).write_text("\n".join(lines), encoding="utf-8")
    gold("v08", [name], title, 2026, 100.0, [], items,
         deductions=[{"code": "1", "text": "超过3000字", "criteria": "每超过500字扣2分", "per_occurrence": -2.0,
                      "unit": "500字"}],
         veto=[{"code": "3", "text": "抄袭、剽窃他人作品的", "effect": "取消评奖资格"}],
         veto_effect="取消评奖资格",
         scoring_note="去掉一个最高分和一个最低分后取平均分",
         notes="rubric LINES `主题思想：30分` — a name, a colon and the points at the END of the line, nothing else on it; "
               "the description on the indented line below; `合计：100分` has the same shape and is the total, not an "
               "item; no categories, items uncoded, manual; the prize counts (`一等奖5名`…) are not grades; `3000字`, "
               "`5名评委` are not points; the year is taken from the date line")


# ----------------------------------------------------------------------------- v09


def v09():
    """html, 学校 演讲比赛: items `一、演讲内容【40分】` (points in 【】 after the name) with ONE LEVEL PER LINE under
    each (`优秀：36—40分　description`), the last level `较差：23分以下`; a per-30-seconds time deduction."""
    title = "青禾中学“青春心向党”主题演讲比赛评分细则"
    crits = [
        ("演讲内容", 40, [("优秀", 36, 40, "主题鲜明，观点正确，内容充实，事例典型感人"),
                      ("良好", 30, 35, "主题明确，内容较充实，事例较恰当"),
                      ("一般", 24, 29, "主题基本明确，内容较单薄"),
                      ("较差", 0, 23, "偏离主题或内容空洞")]),
        ("语言表达", 30, [("优秀", 27, 30, "普通话标准，吐字清晰，语速适中，富有感染力"),
                      ("良好", 22, 26, "普通话较标准，表达较流畅"),
                      ("一般", 18, 21, "表达基本流畅，偶有停顿"),
                      ("较差", 0, 17, "表达不流畅，多次忘词")]),
        ("形象风度", 20, [("优秀", 18, 20, "仪表端庄，举止大方，肢体语言恰当"),
                      ("良好", 15, 17, "仪表整洁，举止自然"),
                      ("一般", 12, 14, "略显拘谨"),
                      ("较差", 0, 11, "紧张失态")]),
        ("综合印象", 10, [("优秀", 9, 10, "现场效果好，引起听众共鸣"),
                      ("良好", 7, 8, "现场效果较好"),
                      ("一般", 5, 6, "现场效果一般"),
                      ("较差", 0, 4, "现场效果差")]),
    ]

    def band(lv, lo, hi):
        return f"{lv}：{hi}分以下" if lo == 0 else f"{lv}：{lo}—{hi}分"

    body = [f"<h2>{esc(title)}</h2>",
            "<p>比赛分初一至初三年级组进行，每名选手演讲时间为3至5分钟。评委根据以下四项评分，满分100分。</p>"]
    items = []
    for n, (name, pts, levels) in enumerate(crits):
        body.append(f"<p><b>{ORD[n]}、{name}【{pts}分】</b></p>")
        body.append("<p>" + "<br>\n".join(f"　　{band(lv, lo, hi)}　{esc(desc)}" for lv, lo, hi, desc in levels) + "</p>")
        crit = "；".join(f"{band(lv, lo, hi)}，{desc}" for lv, lo, hi, desc in levels)
        items.append(item(None, ORD[n], name, float(pts), criteria=crit, rule="tiers",
                          levels={lv: [float(lo), float(hi)] for lv, lo, hi, _ in levels}))
    assert sum(c[1] for c in crits) == 100
    body += ["<p><b>五、其他规定</b></p>",
             "<p>1．演讲时间不足3分钟或超过5分钟的，每30秒扣0.5分（不足30秒按30秒计）。</p>",
             "<p>2．评委评分保留两位小数，去掉一个最高分和一个最低分，取其余评委的平均分为选手最后得分。</p>",
             "<p>3．各年级组分别设一等奖2名、二等奖4名、三等奖6名。</p>",
             "<p>青禾中学团委　2026年6月3日</p>"]
    name = "v09_school_speech_bracket_points_one_level_per_line.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    gold("v09", [name], title, 2026, 100.0, [], items,
         deductions=[{"code": "1", "text": "演讲时间不足3分钟或超过5分钟", "criteria": "每30秒扣0.5分",
                      "per_occurrence": -0.5, "unit": "30秒"}],
         scoring_note="去掉一个最高分和一个最低分，取其余评委的平均分",
         notes="items are bold lines `一、演讲内容【40分】` (points in 【】 after the name); under each, ONE LEVEL PER LINE "
               "(`<br>`-separated in one paragraph) `优秀：36—40分　description`, the last `较差：23分以下` (levels as "
               "[low, high], the bottom one [0, high]); items tiers; no categories; `五、其他规定` is not an item; `3至5分钟`, "
               "`30秒`, prize counts are not points")


# ----------------------------------------------------------------------------- v10


def v10():
    """docx, 学校 课程作业: each criterion a BOLD name paragraph followed by a paragraph `（本项满分20分）` and then
    its criteria paragraph; parts `第一部分　书面报告（70分）`; a per-day late deduction; the 40% weight in the course."""
    title = "《公共管理学》课程社会调研报告评分标准"
    parts = [
        ("书面报告", 70, [
            ("选题与问题意识", 15, "选题贴近公共管理实践，研究问题提出清楚、有现实意义"),
            ("调研设计与方法", 15, "调研对象和方法选择恰当，问卷或访谈提纲设计合理，样本具有代表性"),
            ("分析与论证", 25, "能运用课程理论分析调研资料，论证充分，结论有依据"),
            ("写作规范", 15, "结构完整，语言通顺，图表规范，参考文献著录符合要求"),
        ]),
        ("课堂汇报", 30, [
            ("汇报表达", 15, "汇报逻辑清楚，重点突出，在规定的10分钟内完成"),
            ("回答提问", 10, "回答问题准确，能回应教师和同学的质疑"),
            ("团队协作", 5, "组内分工明确，成员均参与汇报"),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["适用对象：2024级行政管理专业　任课教师：许文澜",
                   "说明：调研报告以小组为单位完成，每组3至5人。调研报告成绩占本课程总评成绩的40%，按百分制评定。"])
    cats, items = [], []
    for p, (pname, ppts, rows) in enumerate(parts):
        bold_line(d, f"第{ORD[p]}部分　{pname}（{ppts}分）", size=12)
        cats.append(cat(pname, float(ppts), code=f"第{ORD[p]}部分"))
        assert sum(r[1] for r in rows) == ppts
        for name, pts, crit in rows:
            bold_line(d, name)
            d.add_paragraph(f"（本项满分{pts}分）")
            d.add_paragraph(crit + "。")
            items.append(item(pname, None, name, float(pts), criteria=crit, rule="manual"))
    assert sum(p[1] for p in parts) == 100
    paragraphs(d, ["其他说明",
                   "1．调研报告应于第16周周五前提交，迟交的每迟交一天扣5分。",
                   "2．发现抄袭或数据造假的，调研报告成绩记为0分。",
                   "公共管理学院　2026年3月2日"])
    name = "v10_school_bold_name_then_benxiang_manfen_paragraph.docx"
    d.save(HERE / name)
    gold("v10", [name], title, 2026, 100.0, cats, items,
         deductions=[{"code": "1", "text": "迟交调研报告", "criteria": "每迟交一天扣5分", "per_occurrence": -5.0,
                      "unit": "天"}],
         veto=[{"code": "2", "text": "发现抄袭或数据造假的", "effect": "调研报告成绩记为0分"}],
         veto_effect="调研报告成绩记为0分",
         weights=[{"part": "社会调研报告", "weight": 0.4, "of": "课程总评成绩"}],
         notes="each criterion is a BOLD name paragraph, then a paragraph holding only `（本项满分15分）`, then the criteria "
               "paragraph; parts are bold `第一部分　书面报告（70分）` lines (categories); items uncoded, manual; the 40% "
               "share of the course grade is a weight of the whole report (`weights`), not a rule; `10分钟`, `3至5人`, "
               "`第16周` are not points; the zeroing line for plagiarism is a veto")


# ----------------------------------------------------------------------------- v11


def v11():
    """pdf only, 企业 技能竞赛: items a numbered list `1．安全文明生产。criteria。rule。` with NO points; the points
    ONLY in a final line `以上各项分值分别为15、35、20、15、15分，合计100分。`; `150分钟`, `5分钟` distractors."""
    title = "2026年江州市电工职业技能竞赛实际操作评分标准"
    rows = [
        ("安全文明生产", 15, "正确穿戴劳动防护用品，工具、材料摆放整齐，竞赛结束后清理工位。每出现一处违规扣2分",
         "per_occurrence", {"per_occurrence": -2.0, "unit": "处"}),
        ("电路安装", 35, "按图纸完成配电线路安装，元件布置合理，接线正确牢固。每处接线错误扣3分，每处工艺不规范扣1分",
         "per_occurrence", {"per_occurrence": {"接线错误": -3.0, "工艺不规范": -1.0}, "unit": "处"}),
        ("通电调试", 20, "一次通电成功的得满分；第二次通电成功的得一半分值；两次通电均不成功的不得分", "tiers",
         {"levels": {"一次通电成功": 20.0, "第二次通电成功": 10.0, "两次均不成功": 0.0}}),
        ("故障排除", 15, "排除赛题设置的3个故障，每排除1个故障得5分", "per_occurrence",
         {"per_occurrence": 5.0, "unit": "个", "cap": 15.0}),
        ("工艺与用时", 15, "线路整齐美观、标识清楚，由裁判综合评定；竞赛用时150分钟，超时5分钟以内的扣2分，超时5分钟以上的终止操作",
         "manual", {}),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["竞赛项目：低压配电线路安装与故障排除　竞赛时间：150分钟",
                   "一、评分内容"])
    items = []
    for n, (name, pts, crit, rule, extra) in enumerate(rows, start=1):
        d.add_paragraph(f"{n}．{name}。{crit}。")
        items.append(item(None, str(n), name, float(pts), criteria=crit, rule=rule, **extra))
    assert sum(r[1] for r in rows) == 100
    paragraphs(d, ["以上各项分值分别为" + "、".join(str(r[1]) for r in rows) + "分，合计100分。",
                   "二、其他规定",
                   "1．选手操作中造成短路、触电等严重安全事故的，立即终止比赛，取消竞赛成绩。",
                   "2．每个工位由2名裁判独立评分，取平均分为选手实操成绩；实操成绩占竞赛总成绩的70%，理论知识考试成绩占30%。",
                   "江州市人力资源和社会保障局　江州市总工会", "2026年9月15日"])
    name = "v11_company_skills_contest_points_in_final_sequence_line.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, False))
    gold("v11", [name.replace(".docx", ".pdf")], title, 2026, 100.0, [], items,
         veto=[{"code": "1", "text": "选手操作中造成短路、触电等严重安全事故的", "effect": "立即终止比赛，取消竞赛成绩"}],
         veto_effect="立即终止比赛，取消竞赛成绩",
         weights=[{"part": "实际操作", "weight": 0.7, "of": "竞赛总成绩"},
                  {"part": "理论知识考试", "weight": 0.3, "of": "竞赛总成绩"}],
         scoring_note="2名裁判独立评分，取平均分",
         notes="PDF only (its docx is an intermediate, deleted); items are a numbered list `1．安全文明生产。criteria。rule。` "
               "printed WITHOUT points; the points are ONLY in the final line `以上各项分值分别为15、35、20、15、15分，合计100分。` "
               "(matched to the items by position); item 2 deducts by kind of fault (`per_occurrence` as a dict); item 4 "
               "GAINS per fault up to the item's points; item 5 is manual (the overtime clause kept in its criteria); "
               "`150分钟`, `5分钟` are durations; the 70%/30% split is a weight of the practical part in the contest")


# ----------------------------------------------------------------------------- v12


def v12():
    """doc, 学校 宿舍检查: a DEDUCTION rubric of lines `被子未叠放整齐　－2分/床` (a full-width minus sign, the unit
    after a slash) under area headings `一、床铺（20分）`, from a base of 100 with each area's deductions capped at
    its points; one-off lines `便池不洁、有异味　－5分`; a veto line; grades."""
    title = "翠湖职业技术学院学生宿舍内务卫生检查评分标准"
    areas = [
        ("床铺", [("被子未叠放整齐", 2, "床"), ("床上堆放杂物", 1, "床"), ("床帘、蚊帐未收拢", 1, "床")]),
        ("地面", [("有纸屑、果皮等垃圾", 1, "处"), ("有积水、污渍", 2, "处"), ("鞋子未摆放整齐", 0.5, "双")]),
        ("桌面与书架", [("桌面物品摆放凌乱", 1, "张"), ("书架、柜顶积灰", 1, "个")]),
        ("卫生间与阳台", [("便池不洁、有异味", 5, None), ("阳台晾晒衣物凌乱", 2, None), ("垃圾桶未及时清倒", 2, None)]),
        ("安全", [("使用热得快、电饭锅等违章电器", 10, "件"), ("私拉乱接电线", 5, "处"), ("在宿舍内吸烟", 10, "人次")]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["为营造整洁、安全、文明的宿舍环境，学生处每周二14:30对全院学生宿舍进行内务卫生检查，标准如下：",
                   "每间宿舍以100分为基础分，分为床铺、地面、桌面与书架、卫生间与阳台、安全五个区域，每个区域20分，"
                   "按下列标准扣分，各区域扣分以20分为限。"])
    cats, items = [], []
    for a, (aname, lines) in enumerate(areas):
        bold_line(d, f"{ORD[a]}、{aname}（20分）")
        cats.append(cat(aname, 20.0, code=ORD[a], deduction_cap=20.0))
        for what, pts, unit in lines:
            tag = f"－{g(pts)}分/{unit}" if unit else f"－{g(pts)}分"
            indented(d, f"{what}　{tag}")
            if unit:
                items.append(item(aname, None, what, None, criteria=tag, rule="per_occurrence",
                                  per_occurrence=-float(pts), unit=unit))
            else:
                items.append(item(aname, None, what, None, criteria=tag, rule="threshold", deduct=float(pts)))
    paragraphs(d, ["六、等级评定",
                   "检查得分95分以上的为“文明宿舍”，80分至94分的为合格宿舍，80分以下的为不合格宿舍。"
                   "发现使用违章电器的，该宿舍当周直接评定为不合格宿舍。",
                   "七、其他",
                   "检查结果每周四在学院公众号公布；连续三周被评为不合格宿舍的，取消宿舍成员当年评优资格。",
                   "学生工作处", "2026年9月1日"])
    name = "v12_school_dorm_signed_per_unit_deduction_lines.doc"
    to_legacy(lambda p: d.save(p), name.replace(".doc", ".docx"), "doc")
    gold("v12", [name], title, 2026, 100.0, cats, items, base_points=100.0, scoring_model="deduction",
         veto=[{"code": "六", "text": "发现使用违章电器的", "effect": "该宿舍当周直接评定为不合格宿舍"}],
         veto_effect="该宿舍当周直接评定为不合格宿舍",
         grades=[{"name": "文明宿舍", "min_score": 95}, {"name": "合格宿舍", "min_score": 80, "max_score": 94},
                 {"name": "不合格宿舍", "max_score": 80}],
         notes="legacy Word 97 `.doc`; a DEDUCTION rubric (base 100): lines `被子未叠放整齐　－2分/床` with a FULL-WIDTH "
               "minus sign and the unit after a slash (per_occurrence, points null) or no unit `便池不洁、有异味　－5分` "
               "(a one-off `deduct`, rule threshold); area headings `一、床铺（20分）` are the categories (20 each) and "
               "their points are also the cap of their deductions (`deduction_cap`); `六、等级评定` and `七、其他` are not "
               "categories; `连续三周…取消评优资格` is a consequence, not a veto of the score; `14:30` is a time")


# ----------------------------------------------------------------------------- v13


def v13():
    """html, 卫健/人社: NOT a scheme — a written-exam RESULTS 公示 for a recruitment: per-person 笔试成绩 `78.5`, 政策加分,
    总成绩, an 进入面试 line `60分`, the combining formula `笔试成绩×40%＋面试成绩×60%` of the recruitment notice."""
    title = "仁和县2026年公开招聘卫生专业技术人员笔试成绩及进入面试人员名单公示"
    rows = [("2026010103", "陈雨桐", "县人民医院临床医师", "78.5", "0", "78.5", "是"),
            ("2026010117", "刘思远", "县人民医院临床医师", "74.0", "5", "79.0", "是"),
            ("2026010122", "王嘉怡", "县人民医院临床医师", "71.5", "0", "71.5", "是"),
            ("2026010131", "赵子航", "县人民医院临床医师", "66.0", "0", "66.0", "否"),
            ("2026010208", "孙梦洁", "县中医院护理", "82.0", "0", "82.0", "是"),
            ("2026010215", "李佳琪", "县中医院护理", "69.5", "2", "71.5", "是"),
            ("2026010226", "周晓雯", "县中医院护理", "58.0", "0", "58.0", "否")]
    head = ["准考证号", "姓名", "报考岗位", "笔试成绩（分）", "政策加分（分）", "笔试总成绩（分）", "是否进入面试"]
    table = ["<table border=\"1\"><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"]
    table += ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows]
    table.append("</table>")
    body = [f"<h2>{esc(title)}</h2>",
            "<p>根据《仁和县2026年公开招聘卫生专业技术人员公告》，笔试已于2026年6月14日结束，笔试时间为9:00—11:00（共120分钟），"
            "试卷满分100分。现将笔试成绩及进入面试人员名单公示如下：</p>",
            *table,
            "<p>说明：1．按公告规定，退役大学生士兵加5分，服务期满考核合格的“三支一扶”人员加2分，政策加分计入笔试总成绩。"
            "2．笔试总成绩低于60分的不得进入面试；按岗位招聘人数1∶3的比例，从高分到低分确定进入面试人员，"
            "县人民医院临床医师岗位进入面试最低分数线为71.5分，县中医院护理岗位为71.5分。"
            "3．综合成绩＝笔试总成绩×40%＋面试成绩×60%，面试时间另行通知。</p>",
            "<p>公示期为2026年6月20日至6月26日（5个工作日）。对公示结果有异议的，请于公示期内向县卫生健康局人事股反映，"
            "联系电话：0831-7712405。</p>",
            "<p>仁和县卫生健康局　仁和县人力资源和社会保障局</p>",
            "<p>2026年6月19日</p>"]
    name = "v13_health_recruitment_exam_results_notice_not_scheme.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    not_a_scheme("v13", [name], title, 2026,
                 "a recruitment written-exam RESULTS 公示: each candidate's obtained 笔试成绩 (`78.5`…), 政策加分 applied (`5`, "
                 "`2`), totals, a pass line `低于60分的不得进入面试`, a cut-off `最低分数线为71.5分`, and the notice's "
                 "combining formula `笔试总成绩×40%＋面试成绩×60%`; `120分钟`, `5个工作日`; it appraises no one against items")


# ----------------------------------------------------------------------------- v14


def v14():
    """xlsx, 机关: NOT a scheme — an EXAM SCHEDULE: sessions with dates, `9:00-10:30`, `90分钟`, rooms and units;
    notes `满分100分，60分及格，80分以上为优秀`, `开考15分钟后不得入场`, `提前30分钟入场`."""
    title = "东岭区2026年度机关工作人员学法考试安排表"
    header = ["场次", "考试日期", "考试时间", "考试时长", "考场", "参考单位", "参考人数"]
    rows = [("第1场", "2026年10月20日", "9:00-10:30", "90分钟", "区党校第一考场", "区委办、区政府办、区发改局", 86),
            ("第2场", "2026年10月20日", "14:30-16:00", "90分钟", "区党校第一考场", "区财政局、区人社局、区住建局", 92),
            ("第3场", "2026年10月21日", "9:00-10:30", "90分钟", "区党校第二考场", "区教育局、区卫健局、区民政局", 78),
            ("第4场", "2026年10月21日", "14:30-16:00", "90分钟", "区党校第二考场", "各街道办事处", 104)]
    wb, ws = titled_sheet("考试安排", title, len(header))
    header_row(ws, 2, header)
    r = 3
    for row in rows:
        for c, v in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=v)
        r += 1
    notes = ["注：1．考试采取闭卷笔试方式，题型为单项选择题、多项选择题和判断题，试卷满分100分，60分及格，80分以上为优秀。",
             "2．考生须提前30分钟凭工作证入场，开考15分钟后不得入场，考试开始60分钟后方可交卷。",
             "3．考试成绩在考试结束后10个工作日内通报各单位，不及格人员参加11月下旬组织的补考。",
             "东岭区全面依法治区委员会办公室　2026年9月28日"]
    for line in notes:
        ws.cell(row=r, column=1, value=line)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        r += 1
    for col, w in zip("ABCDEFG", [8, 16, 14, 10, 16, 34, 10]):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    name = "v14_office_law_exam_schedule_not_scheme.xlsx"
    wb.save(HERE / name)
    not_a_scheme("v14", [name], title, 2026,
                 "an EXAM SCHEDULE sheet: sessions, dates, clock times `9:00-10:30`, durations `90分钟`, rooms, units and "
                 "head counts; notes `试卷满分100分，60分及格，80分以上为优秀`, `提前30分钟`, `开考15分钟后`, `10个工作日`; an exam's "
                 "pass mark and excellence line are not an appraisal scheme (no items)")


BUILDS = (v01, v02, v03, v04, v05, v06, v07, v08, v09, v10, v11, v12, v13, v14)


def main():
    """Build every document and gold; with --pdf render PDF_SOURCES, else drop pdf-only intermediates."""
    if not shutil.which("soffice"):
        sys.exit("soffice (LibreOffice) is needed for the .doc documents")
    for build in BUILDS:
        build()
    for name, keep in PDF_SOURCES:
        if "--pdf" in sys.argv:
            to_pdf(name, keep)
        elif not keep:
            (HERE / name).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
