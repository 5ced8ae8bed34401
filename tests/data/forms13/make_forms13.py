"""Build the THIRTEENTH forms probe set (held out) and its gold from one hand-written content table each.

Theme: a second round of PROSE REGULATIONS, RUBRIC LINES and FORMS, in forms the earlier sets (tests/data/forms …
forms12, unseen) do not probe. Prose: 款 whose points come FIRST after a verb and a colon (`（一）给予10分：…`) with a
veto that zeroes ONE module; modules whose items are a semicolon list after `包括：` with ONE figure for all
(`每项5分`) and a deduction per level of violation per person (`每人次分别扣1分、2分、3分`); a numbered 考核内容
list without points, the points in a separate `分值分配` paragraph BY ITEM NAME (`其中，理论学习8分，…依法行政、
政务公开各10分`) and the rules in a third section by name; module articles whose items are scored by CROSS-REFERENCE
to later articles (`按第十一条规定扣分`) with a formula article carrying a floor and a cap; items as one paragraph of
【】-labelled fields (`【考核内容】…【分值】15分【评分标准】…`) in a quarterly scheme whose bonus and deduction caps
are PER YEAR. Rubric lines: `criteria——（20分）` at the end of markdown list lines; bare Chinese numerals at line end
after full-width spaces (`十五分`, `七点五分`); lettered sub-criteria lines `a．…（3分）` adding up to their item;
item lines ending with a points RANGE `（20-30分）` whose top is the item's maximum. Forms: a 自评表 whose `满分`
column is RIGHT of the blank `自评得分` column; a sheet whose category is typed only on the first row of its group
with a `小计` row under each group; a sheet whose last column `考核方式` holds the rule. And two documents full of
`N分` that are not schemes.
Each document's content is written once below and rendered both into the document and into
``gold/<id>.json``, so the gold is the content, never kaohe's output.
Run from the repo root: ``.venv/bin/python tests/data/forms13/make_forms13.py`` (add ``--pdf`` to refresh
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
esc, bands, titled_sheet, header_row = _forms3.esc, _forms4.bands, _forms4.titled_sheet, _forms4.header_row

PDF_SOURCES: list[tuple[str, bool]] = []  # (docx file name, keep the docx as a fixture too)
ORD = "一二三四五六七八九十"


def soffice(args, outdir: Path):
    """LibreOffice headless with a private profile (a running office or a parallel build cannot lock it)."""
    with tempfile.TemporaryDirectory(prefix="lo_forms13_") as profile:
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


def grade_bands_sum(parts):
    return sum(p[2] for p in parts)


# ----------------------------------------------------------------------------- w01


def w01():
    """docx+pdf, 社区: a 细则 whose module articles list their 款 with the points FIRST, after a verb and a colon
    (`（一）给予10分：requirement。rule。`); module points in the article head `第四条　党建引领（30分），按下列事项给分：`;
    a veto article that zeroes ONLY the 安全稳定 module (`第七条安全稳定部分计0分，其余部分照常计分`)."""
    title = "柳岸街道2026年度社区综合工作考核细则"
    modules = [
        ("第四条", "党建引领", 30, [
            ("社区党组织每月召开支部委员会会议，“三会一课”记录完整", 10, "每缺一次扣2分，扣完为止",
             "per_occurrence", {"per_occurrence": -2.0, "unit": "次"}),
            ("推行“党建＋网格”，每个网格明确1名党员联系群众", 12,
             "网格全覆盖的得12分，覆盖率80%以上的得8分，80%以下的不得分", "tiers",
             {"levels": {"全覆盖": 12, "80%以上": 8, "80%以下": 0}}),
            ("组织在职党员到社区报到并参加志愿服务", 8, "由考核组查阅台账后综合评定", "manual", {}),
        ]),
        ("第五条", "社区治理", 30, [
            ("居民议事会每季度至少召开1次，议定事项向居民公开", 10, "每少召开一次扣2.5分",
             "per_occurrence", {"per_occurrence": -2.5, "unit": "次"}),
            ("物业矛盾纠纷调处化解率达到90%以上", 10, "达到的得10分，未达到的不得分", "threshold", {}),
            ("修订居民公约并入户宣传", 10, "已修订并宣传的得10分，已修订未宣传的得5分，未修订的不得分", "tiers",
             {"levels": {"已修订并宣传": 10, "已修订未宣传": 5, "未修订": 0}}),
        ]),
        ("第六条", "为民服务", 25, [
            ("党群服务中心每周开放不少于6天，实行首问负责、全程代办", 15,
             "街道组织暗访，每发现一次未落实扣3分", "per_occurrence", {"per_occurrence": -3.0, "unit": "次"}),
            ("居民满意度测评", 10, "得分＝满意率×10", "proportional", {"formula": "满意率×10"}),
        ]),
        ("第七条", "安全稳定", 15, [
            ("消防设施完好，楼道无堆物", 8, "每发现一处隐患未整改扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "处"}),
            ("重点人员排查见底，信息按时报送", 7, "每漏报一人扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "人"}),
        ]),
    ]
    assert sum(m[2] for m in modules) == 100
    for m in modules:
        assert sum(r[1] for r in m[3]) == m[2], m[1]
    d = new_doc()
    heading(d, title)
    paragraphs(d, [
        "第一条　为推动社区工作提质增效，根据街道党工委年度工作安排，制定本细则。",
        "第二条　本细则适用于街道所辖9个社区，考核由街道考核办会同各职能科室组织实施，每年12月集中考核一次。",
        "第三条　考核实行百分制，由党建引领、社区治理、为民服务、安全稳定四部分组成，各部分分值见第四条至第七条。"])
    cats, items = [], []
    for art, name, pts, rows in modules:
        d.add_paragraph(f"{art}　{name}（{pts}分），按下列事项给分：")
        cats.append(cat(name, float(pts), code=art))
        for i, (text, ipts, crit, rule, extra) in enumerate(rows):
            code = f"（{ORD[i]}）"
            indented(d, f"{code}给予{ipts}分：{text}。{crit}。")
            items.append(item(name, code, text, float(ipts), criteria=crit, rule=rule, **extra))
    veto_text = "社区辖区内发生较大以上安全事故或者群体性事件"
    veto_effect = "第七条安全稳定部分计0分，其余部分照常计分"
    paragraphs(d, [
        f"第八条　{veto_text}的，{veto_effect}。",
        "第九条　社区工作获得区级以上表彰的，每项加1分，加分最多不超过3分。",
        "第十条　考核得分90分以上的为优秀，75分至89分的为良好，60分至74分的为合格，60分以下的为不合格。",
        "第十一条　考核结果与社区工作者绩效补贴挂钩，具体办法另行制定。",
        "第十二条　本细则由街道考核办负责解释，自印发之日起施行。",
        "柳岸街道办事处", "2026年2月26日"])
    name = "w01_community_points_first_geiyu_colon_veto_zeroes_one_module.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, True))
    gold("w01", [name, name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         bonus=[{"code": "第九条", "text": "社区工作获得区级以上表彰", "per_occurrence": 1.0, "unit": "项",
                 "cap": 3.0}],
         veto=[{"code": "第八条", "text": veto_text, "effect": veto_effect, "zeroes_category": "安全稳定"}],
         veto_effect=veto_effect,
         grades=bands(("优秀", 90), ("良好", 75), ("合格", 60), ("不合格", None)),
         bonus_cap=3.0,
         notes="each 款 states its points FIRST, after the verb 给予 and a colon: `（一）给予10分：requirement。rule。`; "
               "the module points are in the article head `第四条　党建引领（30分），按下列事项给分：` (items add up); "
               "第八条 is a veto that ZEROES ONE MODULE only (安全稳定, 15 points; `zeroes_category`), not the whole "
               "score; `9个社区`, `每季度至少召开1次`, `6天`, `80%` are not points")


# ----------------------------------------------------------------------------- w02


def w02():
    """txt, 医院: modules `（一）制度建设（20分）。包括：A；B；C；D。每项5分，rule。` — the items are a semicolon list
    after 包括 with ONE points figure for all; a deduction per level of violation `按情节轻微、一般、严重，每人次分别
    扣1分、2分、3分`."""
    title = "安和县人民医院2026年度临床科室行风建设考核细则"
    modules = [
        ("制度建设", 20, ["行风建设责任制", "医德考评制度", "收受“红包”回扣登记报告制度", "投诉处理制度"], 5,
         "制度健全并执行的得5分，有制度未执行的得2分，无制度的不得分", "tiers",
         {"levels": {"健全并执行": 5, "有制度未执行": 2, "无制度": 0}}),
        ("服务规范", 30, ["首诊负责", "预约诊疗", "检查检验结果互认", "出院患者随访", "便民服务措施"], 6,
         "由院行风办每季度抽查，每发现一例不符合要求扣1分，扣完该项分值为止", "per_occurrence",
         {"per_occurrence": -1.0, "unit": "例"}),
        ("廉洁行医", 30, ["合理检查", "合理用药", "合理收费"], 10,
         "以医院绩效监测系统数据为准，指标达到控制要求的得10分，超出控制指标的每超1个百分点扣1分", "per_occurrence",
         {"per_occurrence": -1.0, "unit": "百分点"}),
        ("患者满意", 20, ["门诊患者满意度", "住院患者满意度"], 10,
         "满意率95%以上的得10分，90%至95%（不含）的得7分，85%至90%（不含）的得4分，85%以下的不得分", "tiers",
         {"levels": {"95%以上": 10, "90%至95%": 7, "85%至90%": 4, "85%以下": 0}}),
    ]
    assert sum(m[1] for m in modules) == 100
    for m in modules:
        assert len(m[2]) * m[3] == m[1], m[0]
    lines = [title, "",
             "为加强医德医风建设，规范医疗服务行为，根据上级卫生健康部门有关要求，结合我院实际，制定本细则。", "",
             "一、考核内容及分值", ""]
    cats, items = [], []
    for i, (name, pts, names, each, crit, rule, extra) in enumerate(modules):
        code = f"（{ORD[i]}）"
        lines.append(f"{code}{name}（{pts}分）。包括：{'；'.join(names)}。每项{each}分，{crit}。")
        lines.append("")
        cats.append(cat(name, float(pts), code=code))
        for n in names:
            items.append(item(name, None, n, float(each), criteria=crit, rule=rule, **extra))
    lines += ["二、扣分",
              "",
              "科室人员违反行风规定受到医院查处的，按情节轻微、一般、严重，每人次分别扣1分、2分、3分；科室被上级卫生健康"
              "部门通报批评的，每通报一次另扣5分。扣分从科室考核总分中扣除。",
              "",
              "三、考核等次",
              "",
              "考核得分95分以上为优秀，80分至94分为良好，60分至79分为合格，60分以下为不合格。考核结果与科室绩效、"
              "评先评优挂钩。",
              "",
              "四、其他",
              "",
              "本细则自2026年1月1日起执行，由院行风建设办公室负责解释。考核每季度进行一次，年度得分取四个季度平均分。",
              "",
              "安和县人民医院",
              "2026年1月8日", ""]
    name = "w02_hospital_baokuo_semicolon_list_meixiang_points_level_deductions.txt"
    (HERE / name).write_text("\n".join(lines), encoding="utf-8")
    gold("w02", [name], title, 2026, 100.0, cats, items,
         deductions=[{"text": "科室人员违反行风规定受到医院查处",
                      "criteria": "按情节轻微、一般、严重，每人次分别扣1分、2分、3分",
                      "per_occurrence": {"轻微": -1.0, "一般": -2.0, "严重": -3.0}, "unit": "人次"},
                     {"text": "科室被上级卫生健康部门通报批评", "per_occurrence": -5.0, "unit": "次"}],
         grades=bands(("优秀", 95), ("良好", 80), ("合格", 60), ("不合格", None)),
         scoring_note="考核每季度进行一次，年度得分取四个季度平均分",
         notes="each module's items are a SEMICOLON LIST after `包括：` in the module's one paragraph, with ONE points "
               "figure for all of them (`每项5分`) and one shared rule; the items are the listed names (no numbers, "
               "code null), each with the shared figure and rule; modules `（一）制度建设（20分）` add up (4×5, 5×6, "
               "3×10, 2×10); the level-of-violation deduction is ONE entry with a per_occurrence dict by level "
               "(`分别扣1分、2分、3分`, unit 人次); `95%`, `85%` are rates, not points")


# ----------------------------------------------------------------------------- w03


def w03():
    """doc, 机关: 二、考核内容 as a numbered list WITHOUT points; 三、分值分配 a separate paragraph giving the points
    BY ITEM NAME (`其中，理论学习8分，…依法行政、政务公开各10分…`); 四、评分办法 the rules, again by name."""
    title = "临江市司法局2026年度机关科室目标管理考核办法"
    rows = [  # (name, content, points, rule text, rule, extra)
        ("理论学习", "落实理论学习制度，科室每月集中学习不少于1次", 8, "每少一次集中学习扣2分，扣完为止",
         "per_occurrence", {"per_occurrence": -2.0, "unit": "次"}),
        ("党风廉政建设", "落实“一岗双责”，签订党风廉政建设责任书，开展廉政谈话和廉政风险排查", 12,
         "责任书、廉政谈话、廉政风险排查各4分，缺一项扣4分", "components",
         {"components": [{"text": "责任书", "points": 4.0}, {"text": "廉政谈话", "points": 4.0},
                         {"text": "廉政风险排查", "points": 4.0}]}),
        ("重点工作", "完成市局年初下达的重点工作任务", 25, "按年度任务完成比例计分，全部完成的得满分",
         "proportional", {}),
        ("业务工作", "完成本科室职责范围内的日常业务工作", 20, "由分管局领导综合评定", "manual", {}),
        ("依法行政", "规范性文件合法性审核率100%，行政复议纠错率低于5%", 10,
         "两项指标均达到的得满分，有一项未达到的得5分，两项均未达到的不得分", "tiers",
         {"levels": {"均达到": 10, "一项未达到": 5, "均未达到": 0}}),
        ("政务公开", "按规定时限主动公开政府信息", 10, "每发现一条信息超过时限公开扣1分", "per_occurrence",
         {"per_occurrence": -1.0, "unit": "条"}),
        ("信息宣传", "向市局报送政务信息，被市级以上媒体采用", 5,
         "每被市级媒体采用1篇得1分，被省级以上媒体采用1篇得2分，满分5分", "per_occurrence",
         {"per_occurrence": {"市级": 1.0, "省级以上": 2.0}, "unit": "篇", "cap": 5.0}),
        ("作风效能", "遵守考勤纪律，办文办会高效规范", 10, "每发现一次违反考勤纪律扣0.5分", "per_occurrence",
         {"per_occurrence": -0.5, "unit": "次"}),
    ]
    assert sum(r[2] for r in rows) == 100
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["为加强机关科室目标管理，推动各项工作任务落实，结合本局实际，制定本办法。"])
    bold_line(d, "一、考核对象")
    paragraphs(d, ["局机关各科室（共11个），局属事业单位参照执行。"])
    bold_line(d, "二、考核内容")
    for i, (name, content, *_rest) in enumerate(rows, start=1):
        indented(d, f"{i}．{name}。{content}。")
    bold_line(d, "三、分值分配")
    split = "，".join(
        [f"{r[0]}{r[2]}分" for r in rows[:4]] + [f"{rows[4][0]}、{rows[5][0]}各10分"]
        + [f"{r[0]}{r[2]}分" for r in rows[6:]])
    paragraphs(d, [f"考核实行百分制。其中，{split}。"])
    bold_line(d, "四、评分办法")
    for i, (name, _c, _p, crit, *_r) in enumerate(rows):
        indented(d, f"（{ORD[i]}）{name}：{crit}。")
    bold_line(d, "五、加分")
    paragraphs(d, ["科室工作经验做法被市级以上推广的，每项加1分，最多加3分。"])
    bold_line(d, "六、结果运用")
    paragraphs(d, ["考核得分90分以上的为优秀，75分至89分的为良好，60分至74分的为一般，60分以下的为较差。"
                   "考核结果作为科室评先评优和干部年度考核的重要依据。",
                   "临江市司法局", "2026年1月20日"])
    cats = []
    items = [item(None, str(i), name, float(pts), criteria=crit, rule=rule, content=content, **extra)
             for i, (name, content, pts, crit, rule, extra) in enumerate(rows, start=1)]
    name = "w03_office_content_list_then_points_by_item_name_paragraph.doc"
    to_legacy(lambda p: d.save(p), name.replace(".doc", ".docx"), "doc")
    gold("w03", [name], title, 2026, 100.0, cats, items,
         bonus=[{"text": "科室工作经验做法被市级以上推广", "per_occurrence": 1.0, "unit": "项", "cap": 3.0}],
         grades=bands(("优秀", 90), ("良好", 75), ("一般", 60), ("较差", None)),
         bonus_cap=3.0,
         notes="legacy .doc; the items are the numbered list of 二、考核内容 (`1．理论学习。content。`) WITHOUT points; "
               "their points come ONLY from 三、分值分配, one paragraph naming them (`其中，理论学习8分，…依法行政、政务公开"
               "各10分，…`), and their rules ONLY from 四、评分办法, again by name (`（一）理论学习：rule。`); no "
               "categories; item text = the name, `content` = the requirement after it; criteria = the rule of 四; "
               "`11个`, `每月…1次`, `100%`, `5%` are not points")


# ----------------------------------------------------------------------------- w04


def w04():
    """html, 企业: module articles list their items with points (`（一）…，10分；`) and score them only by
    CROSS-REFERENCE to later articles (`上述事项按第十一条规定扣分`, `第（一）项按第十二条计分`); 第十二条 a formula with
    a FLOOR and a cap (`按期整改率达到95%以上的得20分；计算结果低于10分的按10分计；当年未开展排查的不得分`)."""
    title = "华岳建材集团2026年度所属企业安全环保目标考核细则"
    a11 = {  # 第十一条's clauses, referred to by the items
        "（一）": ("安全生产责任书未逐级签订的，每缺一份扣1分", {"per_occurrence": -1.0, "unit": "份"}, "per_occurrence"),
        "（二）": ("特种作业人员未持证上岗的，每人扣2分", {"per_occurrence": -2.0, "unit": "人"}, "per_occurrence"),
        "（三）": ("安全费用未按规定提取使用的，扣除该项全部分值", {}, "threshold"),
        "（四）": ("重大事故隐患未挂牌督办的，每项扣5分", {"per_occurrence": -5.0, "unit": "项"}, "per_occurrence"),
    }
    a13 = {
        "（一）": ("污染物在线监测数据日均值超标的，每超标一天扣1分", {"per_occurrence": -1.0, "unit": "天"},
                 "per_occurrence"),
        "（二）": ("危险废物未按规定转移处置的，每次扣5分", {"per_occurrence": -5.0, "unit": "次"}, "per_occurrence"),
    }
    a12 = ("得分＝按期整改隐患数÷排查发现隐患数×20。按期整改率达到95%以上的，得20分；计算结果低于10分的，按10分计；"
           "当年未开展隐患排查的，该项不得分")
    modules = [  # (article, name, points, [(text, points, ref, criteria, rule, extra)], closing sentence)
        ("第四条", "安全管理", 30, [
            ("安全生产责任制逐级签订", 10, "第十一条第（一）项", *a11["（一）"]),
            ("特种作业人员持证上岗", 10, "第十一条第（二）项", *a11["（二）"]),
            ("安全费用按规定提取使用", 10, "第十一条第（三）项", *a11["（三）"]),
        ], "上述事项存在问题的，按第十一条规定扣分。"),
        ("第五条", "隐患治理", 30, [
            ("隐患排查整改", 20, "第十二条", a12, {"formula": "按期整改隐患数÷排查发现隐患数×20", "floor": 10.0,
                                                  "full_at": "按期整改率95%以上"}, "proportional"),
            ("重大事故隐患挂牌督办", 10, "第十一条第（四）项", *a11["（四）"]),
        ], "其中第（一）项按第十二条计分，第（二）项按第十一条第（四）项扣分。"),
        ("第六条", "环保达标", 25, [
            ("污染物达标排放", 15, "第十三条第（一）项", *a13["（一）"]),
            ("固体废物规范处置", 10, "第十三条第（二）项", *a13["（二）"]),
        ], "上述事项按第十三条规定计分。"),
    ]
    own = ("第七条", "应急管理", 15, [
        ("应急预案编制并报备", 5, "未报备的不得分", "threshold", {}),
        ("应急演练每半年不少于1次", 10, "每少一次扣5分", "per_occurrence", {"per_occurrence": -5.0, "unit": "次"}),
    ])
    assert sum(m[2] for m in modules) + own[2] == 100
    for m in modules:
        assert sum(r[1] for r in m[3]) == m[2]
    assert sum(r[1] for r in own[3]) == own[2]
    cats, items, body = [], [], [f"<h2 style=\"text-align:center\">{esc(title)}</h2>"]
    body += [f"<p>{esc(t)}</p>" for t in [
        "第一条　为落实企业安全生产和生态环境保护主体责任，根据集团安全环保目标责任书，制定本细则。",
        "第二条　本细则适用于集团所属8家生产企业，由集团安全环保部组织年度考核。",
        "第三条　考核满分100分，由安全管理、隐患治理、环保达标、应急管理四部分组成，分值见第四条至第七条。"]]
    for art, name, pts, rows, closing in modules:
        parts = "；".join(f"（{ORD[i]}）{r[0]}，{r[1]}分" for i, r in enumerate(rows))
        body.append(f"<p>{esc(f'{art}　{name}（{pts}分）。考核下列事项：{parts}。{closing}')}</p>")
        cats.append(cat(name, float(pts), code=art))
        for i, (text, ipts, ref, crit, extra, rule) in enumerate(rows):
            items.append(item(name, f"（{ORD[i]}）", text, float(ipts), criteria=crit, rule=rule, rule_ref=ref,
                              **extra))
    art, name, pts, rows = own
    parts = "；".join(f"（{ORD[i]}）{r[0]}，{r[1]}分，{r[2]}" for i, r in enumerate(rows))
    body.append(f"<p>{esc(f'{art}　{name}（{pts}分）。考核下列事项：{parts}。')}</p>")
    cats.append(cat(name, float(pts), code=art))
    for i, (text, ipts, crit, rule, extra) in enumerate(rows):
        items.append(item(name, f"（{ORD[i]}）", text, float(ipts), criteria=crit, rule=rule, **extra))
    veto_text = "发生较大及以上生产安全事故或者重大突发环境事件"
    body += [f"<p>{esc(t)}</p>" for t in [
        "第八条　企业获得安全生产标准化一级达标或者省级以上安全环保表彰的，加3分；获得市级表彰的，加1分。"
        "同一事项按最高级别加分，不重复计算。",
        "第九条　企业发生一般生产安全事故的，每起从总分中扣10分。",
        f"第十条　企业{veto_text}的，实行一票否决，考核等次直接确定为不合格。",
        "第十一条　第四条、第五条第（二）项所列事项，按下列标准扣分，扣完该项分值为止："
        + "".join(f"{k}{v[0]}；" for k, v in a11.items()).rstrip("；") + "。",
        f"第十二条　第五条第（一）项隐患排查整改按下式计分：{a12}。",
        "第十三条　第六条所列事项，按下列标准扣分，扣完该项分值为止："
        + "".join(f"{k}{v[0]}；" for k, v in a13.items()).rstrip("；") + "。",
        "第十四条　考核得分90分以上为优秀，80分至89分为良好，60分至79分为合格，60分以下为不合格。",
        "第十五条　本细则由集团安全环保部负责解释，自2026年1月1日起施行。",
        "华岳建材集团有限公司　2026年1月5日"]]
    name = "w04_company_items_scored_by_cross_reference_formula_floor.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    gold("w04", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "第八条", "text": "获得安全生产标准化一级达标或者安全环保表彰", "rule": "lookup",
                 "levels": {"标准化一级达标或省级以上表彰": 3, "市级表彰": 1}, "highest_only": True}],
         deductions=[{"code": "第九条", "text": "发生一般生产安全事故", "per_occurrence": -10.0, "unit": "起"}],
         veto=[{"code": "第十条", "text": veto_text, "effect": "考核等次直接确定为不合格"}],
         veto_effect="考核等次直接确定为不合格",
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         notes="module articles 第四条–第六条 list their items with points (`（一）…，10分；`) but score them ONLY by "
               "CROSS-REFERENCE to later articles (`按第十一条规定扣分`, `第（一）项按第十二条计分`, `第（二）项按第十一条第（四）"
               "项扣分`); each item's criteria = the referenced clause, `rule_ref` names it; 第十二条 is a formula "
               "with a cap (95% → full 20) and a FLOOR (`低于10分的按10分计`, `floor`), and a zero case; 第七条 scores "
               "its own items in place; `8家`, `95%`, `每半年` are not points")


# ----------------------------------------------------------------------------- w05


def w05():
    """pdf, 市场监管: each item ONE paragraph of 【】-labelled fields `3．【考核内容】…【分值】15分【评分标准】…`;
    a quarterly scheme whose bonus and deduction caps are PER YEAR (`全年加分累计不超过8分`)."""
    title = "东湖区2026年农贸市场长效管理季度考评细则"
    sections = [
        ("环境卫生", 40, [
            ("市场内地面、摊位干净整洁，无积水、无垃圾堆放", 15, "每发现一处不洁扣1分，扣完为止", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "处"}),
            ("公厕达到二类以上标准，专人保洁", 10, "未达到二类标准的不得分；达标但保洁不及时的得5分", "tiers",
             {"levels": {"达标且保洁及时": 10, "保洁不及时": 5, "未达标": 0}}),
            ("垃圾分类收集、日产日清", 15, "按抽查合格率计分，得分＝抽查合格率×15", "proportional",
             {"formula": "抽查合格率×15"}),
        ]),
        ("经营秩序", 35, [
            ("商户亮照经营，明码标价", 15, "每发现一户未亮照或未明码标价扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "户"}),
            ("计量器具定期检定，设置公平秤", 10, "每发现一台计量器具未检定扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "台"}),
            ("无占道经营、无活禽现场宰杀", 10, "每发现一处扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "处"}),
        ]),
        ("食品安全", 25, [
            ("建立进货查验和索证索票台账", 15, "台账完整的得15分，不完整的得8分，未建立的不得分", "tiers",
             {"levels": {"完整": 15, "不完整": 8, "未建立": 0}}),
            ("快检室正常运行，每日公示检测结果", 10, "每缺一日公示扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "日"}),
        ]),
    ]
    assert sum(s[1] for s in sections) == 100
    for s in sections:
        assert sum(r[1] for r in s[2]) == s[1]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["为巩固农贸市场环境整治成果，推进市场长效管理，制定本细则。考评由区市场监管局会同区城管局、"
                   "属地街道每季度组织一次，采取明查与暗访相结合的方式，对全区14家农贸市场进行考评。"])
    cats, items, n = [], [], 0
    for i, (name, pts, rows) in enumerate(sections):
        bold_line(d, f"{ORD[i]}、{name}（{pts}分）")
        cats.append(cat(name, float(pts), code=ORD[i]))
        for text, ipts, crit, rule, extra in rows:
            n += 1
            indented(d, f"{n}．【考核内容】{text}。【分值】{ipts}分【评分标准】{crit}。")
            items.append(item(name, str(n), text, float(ipts), criteria=crit, rule=rule, **extra))
    bold_line(d, "四、加分和扣分")
    paragraphs(d, ["（一）市场当季获评省级“放心市场”的，加5分；获评市级“放心市场”的，加3分。同一荣誉只在获评当季加分，"
                   "全年加分累计不超过8分。",
                   "（二）市场存在的问题被新闻媒体曝光并经查实的，每次扣5分，全年扣分累计不超过15分。"])
    bold_line(d, "五、等次评定")
    paragraphs(d, ["季度考评得分90分以上为优秀市场，75分至89分为达标市场，75分以下为不达标市场。连续两个季度不达标的，"
                   "由属地街道约谈市场开办者。年度考评得分为四个季度考评得分的平均值。",
                   "东湖区农贸市场长效管理工作领导小组办公室", "2026年3月18日"])
    name = "w05_market_bracket_field_labels_per_year_caps.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, False))
    pdf = name.replace(".docx", ".pdf")
    gold("w05", [pdf], title, 2026, 100.0, cats, items,
         bonus=[{"code": "（一）", "text": "市场当季获评“放心市场”", "rule": "lookup",
                 "levels": {"省级": 5, "市级": 3}, "cap": 8.0, "cap_period": "年"}],
         deductions=[{"code": "（二）", "text": "市场存在的问题被新闻媒体曝光并经查实", "per_occurrence": -5.0,
                      "unit": "次", "cap": 15.0, "cap_period": "年"}],
         grades=[{"name": "优秀市场", "min_score": 90}, {"name": "达标市场", "min_score": 75, "max_score": 89},
                 {"name": "不达标市场", "max_score": 75}],
         bonus_cap=8.0, bonus_cap_period="年", deduction_cap=15.0, deduction_cap_period="年",
         scoring_note="季度考评；年度考评得分为四个季度考评得分的平均值",
         notes="PDF only (its docx is an intermediate, deleted); each item is ONE paragraph of 【】-LABELLED FIELDS "
               "`N．【考核内容】requirement。【分值】15分【评分标准】rule。` (no brackets around the points, the label "
               "【分值】 before them); headings `一、环境卫生（40分）`; items numbered 1…8 across headings; the scheme "
               "is QUARTERLY but the bonus and deduction caps are PER YEAR (`全年加分累计不超过8分`, `全年扣分累计不超过"
               "15分`: `cap_period` 年); `14家`, `连续两个季度` are not points")


# ----------------------------------------------------------------------------- w06


def w06():
    """txt (markdown), 工会: a one-page rubric as a markdown list whose lines END with the points in full-width
    brackets after a dash, AFTER the criteria: `1. **笔法**：criteria——（20分）`; `## 一、技法（50分）` headings."""
    title = "滨江区总工会2026年“翰墨颂工会”职工书法作品评审细则"
    sections = [
        ("技法", 50, [("笔法", "用笔规范，线条质量高，起笔收笔交代清楚", 20, "manual", {}),
                      ("结字", "结构合理，疏密得当，重心平稳", 15, "manual", {}),
                      ("章法", "布局完整，行气贯通，落款钤印得当", 15, "manual", {})]),
        ("艺术表现", 35, [("风格", "取法传统，有个人面貌", 15, "manual", {}),
                          ("意境", "作品气韵生动，格调高雅", 10, "manual", {}),
                          ("创新", "在继承基础上有所创新，不落俗套", 10, "manual", {})]),
        ("内容规范", 15, [("文字内容", "内容健康向上，文字准确无误，每错一字扣2分", 10, "per_occurrence",
                           {"per_occurrence": -2.0, "unit": "字"}),
                          ("幅式", "符合征稿要求的尺幅，装裱前作品平整无破损", 5, "manual", {})]),
    ]
    assert sum(s[1] for s in sections) == 100
    for s in sections:
        assert sum(r[2] for r in s[2]) == s[1]
    lines = [f"# {title}", "",
             "> 本细则经区总工会宣教部审定，供评审委员会使用。", "",
             "- 征集作品为软笔书法，书体不限，尺幅为四尺整张（69cm×138cm）竖式，每人限投1件。",
             "- 评审采用百分制，每位评委按下列标准独立打分，去掉一个最高分和一个最低分后取平均分为作品最终得分。", ""]
    cats, items, n = [], [], 0
    for i, (name, pts, rows) in enumerate(sections):
        lines += [f"## {ORD[i]}、{name}（{pts}分）", ""]
        cats.append(cat(name, float(pts), code=ORD[i]))
        for text, crit, ipts, rule, extra in rows:
            n += 1
            lines.append(f"{n}. **{text}**：{crit}——（{ipts}分）")
            items.append(item(name, str(n), text, float(ipts), criteria=crit, rule=rule, **extra))
        lines.append("")
    lines += ["## 四、奖项设置", "",
              "- 设一等奖3名、二等奖6名、三等奖10名、优秀奖20名，获奖作品在区职工文化宫展出15天。",
              "- 作品最终得分低于60分的不予评奖；经查实为代笔或抄袭他人作品的，取消参评资格。", "",
              "滨江区总工会  2026年4月2日", ""]
    name = "w06_union_markdown_list_dash_fullwidth_bracket_points_after_criteria.txt"
    (HERE / name).write_text("\n".join(lines), encoding="utf-8")
    gold("w06", [name], title, 2026, 100.0, cats, items,
         veto=[{"text": "经查实为代笔或抄袭他人作品", "effect": "取消参评资格"}],
         veto_effect="取消参评资格",
         scoring_note="去掉一个最高分和一个最低分后取平均分",
         notes="a MARKDOWN list rubric (`#`/`##` headings, `- ` bullets, `1. ` numbered lines, `**bold**` names) whose "
               "item lines END with the points in FULL-WIDTH brackets after a dash, AFTER the criteria: `1. **笔法**："
               "criteria——（20分）`; items manual except 文字内容 (`每错一字扣2分` inside its criteria: per_occurrence); "
               "the `低于60分的不予评奖` line and the prize counts are not grades; `69cm×138cm`, `15天` are not points")


# ----------------------------------------------------------------------------- w07


CN = {5: "五", 7.5: "七点五", 10: "十", 15: "十五", 25: "二十五", 30: "三十", 100: "一百"}


def w07():
    """docx, 学校: rubric lines whose points are BARE CHINESE NUMERALS at the line end after full-width spaces
    (`1．伴奏准确流畅，和声编配合理　　　　十五分`, `七点五分`), headings the same (`一、弹唱　　　　三十分`)."""
    title = "南屏区2026年幼儿园青年教师专业技能大赛评分细则"
    sections = [
        ("弹唱", 30, [("伴奏准确流畅，和声编配合理", 15), ("演唱音准、节奏正确，声情并茂", 10),
                      ("弹与唱协调，表情自然", 5)]),
        ("绘画", 30, [("构图饱满，主题突出", 10), ("色彩协调，技法运用得当", 10), ("画面富有童趣，适合幼儿欣赏", 10)]),
        ("讲故事", 25, [("语言规范生动，语速语调适当", 10), ("表情动作自然，富有感染力", 7.5),
                        ("故事选材适合幼儿年龄特点", 7.5)]),
        ("舞蹈", 15, [("动作规范，节奏准确", 10), ("表现力强，富有童趣", 5)]),
    ]
    assert sum(s[1] for s in sections) == 100
    for s in sections:
        assert sum(r[1] for r in s[2]) == s[1]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["本届大赛设弹唱、绘画、讲故事、舞蹈四个项目，每名选手四项均须参赛，各项满分合计一百分。"
                   "每个项目展示时间不超过五分钟。"])
    cats, items, n = [], [], 0
    pad = "　" * 4
    for i, (name, pts, rows) in enumerate(sections):
        bold_line(d, f"{ORD[i]}、{name}{pad}{CN[pts]}分")
        cats.append(cat(name, float(pts), code=ORD[i], printed=f"{CN[pts]}分"))
        for text, ipts in rows:
            n += 1
            indented(d, f"{n}．{text}{pad}{CN[ipts]}分")
            items.append(item(name, str(n), text, float(ipts), rule="manual", printed=f"{CN[ipts]}分"))
    paragraphs(d, [f"合计{pad}一百分",
                   "说明：一、评委按上述各条独立评分，选手最终得分为各评委评分的平均分，保留两位小数。"
                   "二、每个项目展示超时的，每超过三十秒扣一分。三、弹唱、舞蹈曲目自选，绘画现场命题，时间为九十分钟。",
                   "南屏区教育局教研室", "二〇二六年四月十五日"])
    name = "w07_school_bare_chinese_numerals_line_end.docx"
    d.save(HERE / name)
    gold("w07", [name], title, 2026, 100.0, cats, items,
         deductions=[{"text": "项目展示超时", "criteria": "每超过三十秒扣一分", "per_occurrence": -1.0,
                      "unit": "30秒"}],
         scoring_note="选手最终得分为各评委评分的平均分",
         notes="every points figure is a BARE CHINESE NUMERAL at the END of its line after four full-width spaces, "
               "no brackets: headings `一、弹唱　　　　三十分`, items `1．criterion　　　　十五分`, decimals `七点五分`, "
               "`合计　　　　一百分` (`printed` keeps the numeral); the items are criteria lines, all manual; the overtime "
               "line is a deduction per 30 seconds; `五分钟`, `三十秒`, `九十分钟` are durations, not points")


# ----------------------------------------------------------------------------- w08


def w08():
    """html, 医院: a procedure rubric whose items `1．护士准备（5分）` are followed by LETTERED sub-criteria lines
    `a．着装整洁，洗手、戴口罩（3分）` that add up to the item; `<br>` lines inside one block per category."""
    title = "康宁市第二人民医院2026年护理技术操作考核评分标准（静脉输液）"
    sections = [
        ("操作前准备", 20, [
            ("护士准备", 5, [("着装整洁，洗手、戴口罩", 3), ("核对医嘱及患者信息", 2)]),
            ("用物准备", 5, [("用物齐全，性能良好", 3), ("放置合理，便于操作", 2)]),
            ("患者评估", 10, [("评估病情、意识及合作程度", 4), ("评估穿刺部位皮肤和血管", 4),
                              ("解释目的，取得配合", 2)]),
        ]),
        ("操作过程", 60, [
            ("消毒", 15, [("消毒范围直径不小于5cm", 8), ("消毒两遍，待干后穿刺", 7)]),
            ("穿刺", 25, [("一次穿刺成功", 15), ("进针角度15°至30°", 5), ("见回血后再平行进针少许", 5)]),
            ("固定与调速", 20, [("固定牢固、美观", 10), ("根据病情、年龄和药物性质调节滴速", 10)]),
        ]),
        ("操作后处理", 20, [
            ("整理与记录", 10, [("整理用物，医疗废物分类处置", 5), ("记录输液时间、滴速并签名", 5)]),
            ("综合评价", 10, [("操作熟练，无菌观念强", 6), ("沟通有效，体现人文关怀", 4)]),
        ]),
    ]
    assert sum(s[1] for s in sections) == 100
    for s in sections:
        assert sum(r[1] for r in s[2]) == s[1]
        for r in s[2]:
            assert sum(p for _, p in r[2]) == r[1], r[0]
    body = [f"<h2>{esc(title)}</h2>",
            "<p>考核对象：全院注册护士（工作满一年）　　考核方式：现场操作，考核时间10分钟　　满分：100分</p>"]
    cats, items, n = [], [], 0
    for i, (name, pts, rows) in enumerate(sections):
        lines = [f"<b>{ORD[i]}、{esc(name)}（{pts}分）</b>"]
        cats.append(cat(name, float(pts), code=ORD[i]))
        for text, ipts, subs in rows:
            n += 1
            lines.append(f"{n}．{esc(text)}（{ipts}分）")
            comps = []
            for j, (st, sp) in enumerate(subs):
                letter = "abc"[j]
                lines.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{letter}．{esc(st)}（{sp}分）")
                comps.append({"code": letter, "text": st, "points": float(sp)})
            items.append(item(name, str(n), text, float(ipts), criteria="；".join(s for s, _ in subs),
                              rule="components", components=comps))
        body.append("<p>" + "<br>\n".join(lines) + "</p>")
    veto_text = "操作中违反无菌原则或者发生查对错误"
    body += ["<p><b>说明</b><br>\n1．操作时间10分钟，每超时1分钟扣1分。<br>\n"
             f"2．{esc(veto_text)}的，本次操作考核直接判定为不合格。<br>\n"
             "3．考核得分90分以上为优秀，80分至89分为合格，80分以下为不合格，不合格者一个月内补考。</p>",
             "<p>护理部　2026年5月</p>"]
    name = "w08_hospital_lettered_subcriteria_lines_add_to_item.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    gold("w08", [name], title, 2026, 100.0, cats, items,
         deductions=[{"text": "操作超时", "criteria": "操作时间10分钟，每超时1分钟扣1分", "per_occurrence": -1.0,
                      "unit": "分钟"}],
         veto=[{"text": veto_text, "effect": "本次操作考核直接判定为不合格"}],
         veto_effect="本次操作考核直接判定为不合格",
         grades=[{"name": "优秀", "min_score": 90}, {"name": "合格", "min_score": 80, "max_score": 89},
                 {"name": "不合格", "max_score": 80}],
         notes="items `N．name（5分）` each followed by LETTERED sub-criteria lines `a．…（3分）` / `b．…（2分）` (indented "
               "with &nbsp;, `<br>` lines inside one `<p>` per category) whose points ADD UP to the item: each item "
               "is components with the lettered lines in `components` (never items); criteria = the lettered lines "
               "joined; `5cm`, `15°至30°`, `10分钟`, `一个月` are not points")


# ----------------------------------------------------------------------------- w09


def w09():
    """pdf, 工会: a rubric whose item lines END with a points RANGE `（20-30分）` — the judges score within the range,
    the item's maximum is its top; no categories; the top figures add up to 100."""
    title = "青川县2026年“唱响新时代”职工合唱比赛评分细则"
    rows = [("音准节奏", "音准正确，节奏稳定，速度处理恰当", 20, 30),
            ("声部和声", "声部均衡，和声协调，层次清晰", 15, 20),
            ("音色表现", "音色统一，气息饱满，咬字清晰", 10, 15),
            ("情感表达", "准确表达作品内涵，感染力强", 10, 15),
            ("指挥与伴奏", "指挥动作规范，伴奏与合唱配合默契", 5, 10),
            ("舞台形象", "服装整齐统一，精神饱满，上下场有序", 5, 10)]
    assert sum(r[3] for r in rows) == 100
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各参赛单位：",
                   "本次比赛每队演唱两首作品（其中一首为指定曲目），演唱时间合计不超过8分钟，参赛人数不少于30人。"
                   "评委按下列各项在括号所列分值范围内打分，满分100分。"])
    bold_line(d, "评分标准")
    items = []
    for i, (name, crit, low, high) in enumerate(rows, start=1):
        d.add_paragraph(f"{i}．{name}：{crit}（{low}-{high}分）")
        items.append(item(None, str(i), name, float(high), criteria=crit, rule="manual", min_points=float(low)))
    paragraphs(d, ["其他规定：演唱时间超过8分钟的，扣2分。各队最终得分为去掉一个最高分和一个最低分后的平均分。"
                   "比赛设一等奖2名、二等奖4名、三等奖6名。",
                   "青川县总工会　2026年5月6日"])
    name = "w09_union_item_lines_end_with_points_range.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, False))
    gold("w09", [name.replace(".docx", ".pdf")], title, 2026, 100.0, [], items,
         deductions=[{"text": "演唱时间超过8分钟", "points": -2.0}],
         scoring_note="去掉一个最高分和一个最低分后的平均分",
         notes="PDF only (its docx is an intermediate, deleted); each item line ENDS with a points RANGE `（20-30分）` "
               "whose bottom is NOT zero: the judges score within the range, the item's points = the TOP of the range "
               "(`min_points` keeps the bottom); the tops add up to the stated 满分100分; no categories; items manual; "
               "the overtime line is a one-off deduction; `8分钟`, `30人`, prize counts are not points")


# ----------------------------------------------------------------------------- w10


def w10():
    """docx, 文旅: a 自评表 whose points column `满分` is the LAST column, to the RIGHT of the blank `自评得分`
    column (序号 | 评估项目 | 评估内容及评分标准 | 自评得分 | 满分); category rows merged across without points."""
    title = "白沙县2026年村（社区）综合文化服务中心建设自评表"
    groups = [
        ("设施设备", [
            ("服务中心面积", "室内面积不少于200平方米；每少20平方米扣1分", 10, "per_occurrence",
             {"per_occurrence": -1.0, "unit": "20平方米"}),
            ("文体广场", "建有不少于600平方米的文体广场，配备灯光音响的得满分，无灯光音响的得4分", 8, "tiers",
             {"levels": {"有灯光音响": 8, "无灯光音响": 4}}),
            ("图书室", "藏书不少于1500册、每年更新不少于100册，两项各3分，未达到的扣该项分值", 6, "components",
             {"components": [{"text": "藏书不少于1500册", "points": 3.0}, {"text": "每年更新不少于100册", "points": 3.0}]}),
        ]),
        ("服务开展", [
            ("开放时间", "每周开放不少于42小时并公示开放时间；每少2小时扣1分", 10, "per_occurrence",
             {"per_occurrence": -1.0, "unit": "2小时"}),
            ("文化活动", "每月组织群众性文体活动不少于2次；每少1次扣1分", 12, "per_occurrence",
             {"per_occurrence": -1.0, "unit": "次"}),
            ("数字文化服务", "接入公共数字文化服务平台并正常使用；未接入的不得分", 6, "threshold", {}),
            ("骨干培训", "每年开展文艺骨干培训，每期得4分，最高8分", 8, "per_occurrence",
             {"per_occurrence": 4.0, "unit": "期", "cap": 8.0}),
        ]),
        ("队伍与管理", [
            ("人员配备", "配备专兼职管理员不少于1名并有文化志愿者队伍的得满分；仅有管理员的得6分；无管理员的不得分", 12,
             "tiers", {"levels": {"管理员和志愿者队伍": 12, "仅有管理员": 6, "无管理员": 0}}),
            ("档案台账", "活动台账、影像资料、签到记录齐全；缺一项扣2分", 8, "per_occurrence",
             {"per_occurrence": -2.0, "unit": "项"}),
            ("群众满意度", "满意率达到90%以上的得满分，每低1个百分点扣1分", 10, "per_occurrence",
             {"per_occurrence": -1.0, "unit": "百分点"}),
            ("安全管理", "消防设施完好，制定安全应急预案；有一项未落实的不得分", 10, "threshold", {}),
        ]),
    ]
    assert sum(r[2] for _, rows in groups for r in rows) == 100
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["填报单位（盖章）：________________　　　填报日期：______年____月____日"])
    n_rows = 1 + sum(1 + len(rows) for _, rows in groups) + 1
    t = d.add_table(rows=n_rows, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["序号", "评估项目", "评估内容及评分标准", "自评得分", "满分"]):
        set_cell(t.cell(0, c), h, bold=True)
    r, n, cats, items = 1, 0, [], []
    for gi, (gname, rows) in enumerate(groups):
        row = t.rows[r].cells
        merged = row[0].merge(row[-1])
        set_cell(merged, f"{ORD[gi]}、{gname}", bold=True)
        cats.append(cat(gname, None, code=ORD[gi]))
        r += 1
        for text, crit, pts, rule, extra in rows:
            n += 1
            for c, v in enumerate([str(n), text, crit, "", str(pts)]):
                set_cell(t.cell(r, c), v)
            items.append(item(gname, str(n), text, float(pts), criteria=crit, rule=rule, **extra))
            r += 1
    set_cell(t.cell(r, 0), "合计")
    set_cell(t.cell(r, 4), "100")
    paragraphs(d, ["填表说明：1．请对照评估内容逐项自评，在“自评得分”栏填写得分，并附佐证材料。"
                   "2．自评得分80分以上的为达标，可申报县级示范点。3．本表一式两份，于2026年6月30日前报县文化和旅游局。",
                   "填表人：________　　审核人：________　　联系电话：____________"])
    name = "w10_culture_self_evaluation_manfen_column_right_of_blank_score.docx"
    d.save(HERE / name)
    gold("w10", [name], title, 2026, 100.0, cats, items,
         grades=[{"name": "达标", "min_score": 80}],
         notes="a 自评表 whose points column is headed `满分` and is the LAST column, to the RIGHT of the BLANK "
               "`自评得分` column; category rows `一、设施设备` merged across carry no points (null; items add to "
               "24 / 36 / 40); content cells `requirement；rule`; 骨干培训 gains 4 per 期 up to 8; the 80-point "
               "达标 line is the one grade; fill-in and signature lines; `200平方米`, `42小时`, `1500册`, `90%` are "
               "not points")


# ----------------------------------------------------------------------------- w11


def w11():
    """xlsx, 企业: one item per row, the category typed ONLY in the first row of its group (no merge, blanks
    below), a `小计` row under each group giving the category points (the only statement of them)."""
    title = "宏远物流公司2026年度班组安全标准化考核表"
    groups = [
        ("基础管理", [("班前安全讲话", "每班开展班前安全讲话并记录；每缺一次扣0.5分", 8, -0.5, "次"),
                      ("安全活动记录", "每周开展安全活动并记录；每缺一次扣1分", 6, -1.0, "次"),
                      ("岗位安全责任制上墙", "岗位安全责任制、操作规程上墙公示；未公示的不得分", 6, None, None)]),
        ("现场管理", [("作业现场定置管理", "物品定置摆放，通道畅通；每发现一处不符合扣1分", 10, -1.0, "处"),
                      ("劳动防护用品佩戴", "按规定佩戴劳动防护用品；每人次扣2分", 10, -2.0, "人次"),
                      ("设备设施完好", "叉车、货架等设备设施完好；每发现一处缺陷扣2分", 10, -2.0, "处"),
                      ("消防器材", "消防器材配置齐全、在有效期内；每具过期或缺失扣1分", 5, -1.0, "具")]),
        ("操作规程", [("执行操作规程", "严格执行安全操作规程；发现违章作业每人次扣3分", 15, -3.0, "人次"),
                      ("交接班", "交接班记录完整，安全状况交接清楚；记录不全每次扣1分", 10, -1.0, "次")]),
        ("培训应急", [("三级安全教育", "新员工经三级安全教育后上岗；未经教育上岗的每人扣5分", 10, -5.0, "人"),
                      ("应急演练", "每半年开展一次应急演练；每少一次扣5分", 10, -5.0, "次")]),
    ]
    subtotals = [sum(r[2] for r in rows) for _, rows in groups]
    assert subtotals == [20, 35, 25, 20] and sum(subtotals) == 100
    header = ["考核类别", "序号", "考核内容", "评分标准", "分值", "得分"]
    wb, ws = titled_sheet("班组考核", title, len(header))
    ws["A2"] = "被考核班组：____________　　考核季度：______　　考核人：________"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(header))
    header_row(ws, 3, header)
    r, n, cats, items = 4, 0, [], []
    for (gname, rows), sub in zip(groups, subtotals):
        cats.append(cat(gname, float(sub)))
        for k, (text, crit, pts, per, unit) in enumerate(rows):
            n += 1
            if k == 0:
                ws.cell(row=r, column=1, value=gname)
            for c, v in enumerate([n, text, crit, pts], start=2):
                ws.cell(row=r, column=c, value=v)
            extra = {"per_occurrence": per, "unit": unit} if per is not None else {}
            items.append(item(gname, str(n), text, float(pts), criteria=crit,
                              rule="per_occurrence" if per is not None else "threshold", **extra))
            r += 1
        ws.cell(row=r, column=3, value="小计")
        ws.cell(row=r, column=5, value=sub)
        for c in range(1, len(header) + 1):
            ws.cell(row=r, column=c).font = Font(bold=True)
        r += 1
    ws.cell(row=r, column=3, value="合计")
    ws.cell(row=r, column=5, value=100)
    r += 1
    veto_text = "班组当季发生轻伤及以上生产安全事故"
    for line in ["说明：1．考核每季度进行一次，各项扣分以该项分值为限。",
                 "2．季度得分90分以上的班组评为“安全示范班组”。",
                 f"3．{veto_text}的，当季考核得分计0分。"]:
        ws.cell(row=r, column=1, value=line)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        r += 1
    for col, w in zip("ABCDEF", [12, 6, 22, 46, 8, 8]):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=3):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    name = "w11_company_category_first_row_only_subtotal_rows.xlsx"
    wb.save(HERE / name)
    gold("w11", [name], title, 2026, 100.0, cats, items,
         veto=[{"text": veto_text, "effect": "当季考核得分计0分"}],
         veto_effect="当季考核得分计0分",
         grades=[{"name": "安全示范班组", "min_score": 90}],
         scoring_note="考核每季度进行一次",
         notes="one item per row; the 考核类别 is typed ONLY in the FIRST row of its group and left blank below (no "
               "merge); a `小计` row (label in the 考核内容 column, figure in 分值) closes each group and is the ONLY "
               "statement of the category points (20/35/25/20); `合计 100`; the 得分 column is blank; items with "
               "`每…扣N分` are per_occurrence, 岗位安全责任制上墙 threshold; the fill-in line above the header is not "
               "a title")


# ----------------------------------------------------------------------------- w12


def w12():
    """xls, 机关: an item table whose LAST column `考核方式` holds the rule together with the method
    (`查阅资料：每缺一项制度扣2分`); there is no 评分标准 column."""
    title = "石门县2026年度机关单位保密工作责任制考核表"
    rows = [
        ("保密组织", "成立保密工作领导小组，明确专（兼）职保密员", 10, "查阅文件：领导小组和保密员各5分，缺一项扣5分",
         "components", {"components": [{"text": "领导小组", "points": 5.0}, {"text": "保密员", "points": 5.0}]}),
        ("保密制度", "建立涉密载体管理、涉密计算机管理、保密要害部门部位管理等制度", 10,
         "查阅资料：每缺一项制度扣2分", "per_occurrence", {"per_occurrence": -2.0, "unit": "项"}),
        ("教育培训", "每年组织保密教育培训不少于2次", 10, "查阅台账：每少一次扣5分", "per_occurrence",
         {"per_occurrence": -5.0, "unit": "次"}),
        ("涉密人员管理", "涉密人员签订保密承诺书，离岗离职执行脱密期管理", 15, "抽查人员档案：每发现一人未签订扣3分",
         "per_occurrence", {"per_occurrence": -3.0, "unit": "人"}),
        ("涉密载体管理", "涉密文件资料登记、传递、保管、归档、销毁规范", 20, "现场检查：每发现一份不规范扣2分",
         "per_occurrence", {"per_occurrence": -2.0, "unit": "份"}),
        ("计算机及网络保密", "涉密计算机不接入互联网，非涉密计算机不处理涉密信息", 20,
         "技术检测：每发现一台次违规扣5分", "per_occurrence", {"per_occurrence": -5.0, "unit": "台次"}),
        ("信息公开保密审查", "对外发布信息落实“先审后发”", 10, "抽查门户网站：发现未经审查发布的不得分", "threshold", {}),
        ("保密自查整改", "每半年开展一次保密自查，发现问题整改到位", 5, "查阅自查报告：未开展自查的不得分", "threshold",
         {}),
    ]
    assert sum(r[2] for r in rows) == 100
    header = ["序号", "考核项目", "考核要求", "分值", "考核方式"]
    wb, ws = titled_sheet("考核表", title, len(header))
    header_row(ws, 2, header)
    items = []
    for i, (text, req, pts, method, rule, extra) in enumerate(rows, start=1):
        for c, v in enumerate([i, text, req, pts, method], start=1):
            ws.cell(row=2 + i, column=c, value=v)
        items.append(item(None, str(i), text, float(pts), criteria=method, rule=rule, requirement=req, **extra))
    r = 3 + len(rows)
    ws.cell(row=r, column=1, value="合计")
    ws.cell(row=r, column=4, value=100)
    r += 1
    veto_text = "发生失泄密事件并被查实"
    for line in ["备注：1．各项扣分以该项分值为限，扣完为止。",
                 f"2．考核年度内{veto_text}的，实行一票否决，考核等次确定为不合格。",
                 "3．考核得分90分以上为优秀，75分至89分为良好，60分至74分为合格，60分以下为不合格。"]:
        ws.cell(row=r, column=1, value=line)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        r += 1
    for col, w in zip("ABCDE", [6, 16, 40, 8, 36]):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    name = "w12_office_last_column_kaohe_fangshi_holds_rule.xls"
    to_legacy(lambda p: wb.save(p), name.replace(".xls", ".xlsx"), "xls")
    gold("w12", [name], title, 2026, 100.0, [], items,
         veto=[{"text": veto_text, "effect": "考核等次确定为不合格"}],
         veto_effect="考核等次确定为不合格",
         grades=bands(("优秀", 90), ("良好", 75), ("合格", 60), ("不合格", None)),
         notes="legacy .xls; one item per row, no categories; the LAST column `考核方式` holds the METHOD and the "
               "RULE in one cell (`查阅资料：每缺一项制度扣2分`): criteria = that cell, `requirement` = the 考核要求 "
               "cell; there is no 评分标准 column; `各项扣分以该项分值为限` in the 备注; veto and grades in 备注 rows")


# ----------------------------------------------------------------------------- w13


def w13():
    """html, 工会: NOT a scheme — a knowledge-contest RESULTS announcement: per-team scores by round in 分, totals,
    ranks, a tie-break line, `90分钟`, times of day."""
    title = "金川市总工会2026年职工安全生产知识竞赛决赛成绩公告"
    teams = [("市交通运输局代表队", 180, 95, 60), ("市供电公司代表队", 170, 100, 40),
             ("金川钢铁集团代表队", 180, 80, 40), ("市建设工程集团代表队", 160, 85, 20),
             ("市卫生健康委代表队", 150, 90, 0), ("市燃气公司代表队", 160, 70, -20)]
    scored = sorted(((a + b + c, b + c, t, a, b, c) for t, a, b, c in teams), reverse=True)
    rows = "".join(f"<tr><td>{i}</td><td>{esc(t)}</td><td>{a}分</td><td>{b}分</td><td>{c}分</td><td>{tot}分</td></tr>"
                   for i, (tot, _, t, a, b, c) in enumerate(scored, start=1))
    body = f"""<h2>{esc(title)}</h2>
<p>2026年6月16日上午9时30分，金川市总工会、市应急管理局联合主办的职工安全生产知识竞赛决赛在市职工文化中心举行，
经初赛选拔的6支代表队参加决赛。决赛分必答题、抢答题、风险题三个环节，历时约90分钟。经评委会审核，现将决赛成绩公告如下：</p>
<table border="1"><tr><th>名次</th><th>代表队</th><th>必答题</th><th>抢答题</th><th>风险题</th><th>总成绩</th></tr>
{rows}</table>
<p>说明：总成绩相同的，按抢答题与风险题得分之和高者名次列前。根据竞赛规程，第1名获团体一等奖，第2至3名获团体二等奖，
第4至6名获团体三等奖。市交通运输局代表队李明同志在抢答环节连续答对6题，获“最佳选手”称号。</p>
<p>公告期为2026年6月17日至6月21日，对成绩有异议的，请于公告期内向市总工会劳动保护部反映（联系电话：0935-8821346）。</p>
<p>金川市总工会　2026年6月17日</p>"""
    name = "w13_union_quiz_contest_results_announcement_not_scheme.html"
    (HERE / name).write_text(html_page(title, body), encoding="utf-8")
    not_a_scheme("w13", [name], title, 2026,
                 "a contest RESULTS announcement: each team's obtained points per round (`180分`, `95分`, a negative "
                 "`-20分` in the risk round), totals `335分`…, ranks and a tie-break rule; `9时30分`, `90分钟`, `6题`; "
                 "no items with maxima, nothing to appraise against")


# ----------------------------------------------------------------------------- w14


def w14():
    """xlsx, 学校: NOT a scheme — a course catalogue with 学分 / 学时 columns, a 考核方式 column (考试/考查) and
    notes `毕业最低应修160学分`, `每16学时计1学分`, `成绩60分及以上方可获得该课程学分`."""
    title = "江城职业技术学院2026级物流管理专业课程设置及学分说明"
    header = ["课程编号", "课程名称", "课程性质", "学分", "总学时", "理论学时", "实践学时", "考核方式"]
    rows = [("GB1001", "思想道德与法治", "公共必修", 3, 48, 40, 8, "考试"),
            ("GB1002", "大学英语（一）", "公共必修", 4, 64, 64, 0, "考试"),
            ("GB1003", "体育（一）", "公共必修", 2, 32, 4, 28, "考查"),
            ("ZJ2001", "管理学基础", "专业基础", 3, 48, 40, 8, "考试"),
            ("ZJ2002", "物流管理概论", "专业基础", 3, 48, 36, 12, "考试"),
            ("ZH3001", "仓储与配送管理", "专业核心", 4, 64, 32, 32, "考试"),
            ("ZH3002", "运输管理实务", "专业核心", 4, 64, 32, 32, "考试"),
            ("ZH3003", "供应链管理", "专业核心", 3, 48, 32, 16, "考查"),
            ("SJ4001", "物流综合实训", "集中实践", 4, 96, 0, 96, "考查"),
            ("SJ4002", "岗位实习", "集中实践", 18, 432, 0, 432, "考查")]
    wb, ws = titled_sheet("课程设置", title, len(header))
    header_row(ws, 2, header)
    r = 3
    for row in rows:
        for c, v in enumerate(row, start=1):
            ws.cell(row=r, column=c, value=v)
        r += 1
    ws.cell(row=r, column=2, value="以上小计")
    ws.cell(row=r, column=4, value=sum(x[3] for x in rows))
    ws.cell(row=r, column=5, value=sum(x[4] for x in rows))
    r += 1
    for line in ["说明：1．本专业学制三年，毕业最低应修160学分，其中公共选修课不少于8学分（另表列出）。",
                 "2．理论教学原则上每16学时计1学分，集中实践每周计1学分。",
                 "3．课程考核成绩采用百分制，成绩60分及以上方可获得该课程学分；考查课程可采用优秀、良好、中等、及格、"
                 "不及格五级制。",
                 "4．学生获得省级以上职业技能竞赛三等奖以上的，可申请认定2学分，具体按学院学分认定办法执行。",
                 "江城职业技术学院教务处　2026年7月"]:
        ws.cell(row=r, column=1, value=line)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        r += 1
    for col, w in zip("ABCDEFGH", [10, 20, 10, 6, 8, 8, 8, 8]):
        ws.column_dimensions[col].width = w
    name = "w14_school_course_catalogue_credits_not_scheme.xlsx"
    wb.save(HERE / name)
    not_a_scheme("w14", [name], title, 2026,
                 "a course CATALOGUE: courses with 学分 and 学时 columns (`3`, `48`, `432`), a 考核方式 column holding "
                 "`考试`/`考查`, a subtotal row, notes `毕业最低应修160学分`, `每16学时计1学分`, `成绩60分及以上方可获得该课程"
                 "学分`, `可申请认定2学分`; credits are not points and nobody is appraised against items")


BUILDS = (w01, w02, w03, w04, w05, w06, w07, w08, w09, w10, w11, w12, w13, w14)


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
