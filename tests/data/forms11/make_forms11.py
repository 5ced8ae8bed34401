"""Build the ELEVENTH forms probe set (held out) and its gold from one hand-written content table each.

Theme: a MIXED ROUND of the four weak kinds — rubric lines, prose regulations, award matrices and forms —
in forms the earlier sets (tests/data/forms … forms10, unseen) do not probe: points after a SLASH
`选题意义/10`, `满分：20` on the line under a bold item name with bullet criteria and a band line
`A档17-20分　B档13-16分…`, a bilingual rubric in `15 pts` / `(40 points)`, a 办法 whose items are
sentences `每按期完成一项计2分，满分10分` with the module membership given by article ranges and the
module points only in a closing 附则 article, a 条款 that assigns the numbered rows of an annex table to
modules, a 实施细则 whose `（一）…（4分）。` sentences carry `1．…扣N分` sub-clauses, an award matrix with
the FIRST place's points only and `其余名次依次递减0.5分`, matrix cells `5/3/2` with a `累计上限` column,
an award matrix written as a sentence list plus 个人/团队 columns, a form with italic instruction rows
between the item rows and a `标准分值（分）` header, a form with a `否决项` section at the top and check
boxes on separate lines of one cell, a two-column layout (two independent lists side by side in one
table), and two documents full of `N分` that are not schemes.
Each document's content is written once below and rendered both into the document and into
``gold/<id>.json``, so the gold is the content, never kaohe's output.
Run from the repo root: ``.venv/bin/python tests/data/forms11/make_forms11.py`` (add ``--pdf`` to refresh
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
item, cat, gold, new_doc, heading, set_cell, merge_down = (
    _unseen.item, _unseen.cat, _unseen.gold, _unseen.new_doc, _unseen.heading, _unseen.set_cell, _unseen.merge_down)
not_a_scheme, paragraphs, grid, html_page = _forms.not_a_scheme, _forms.paragraphs, _forms.grid, _forms.html_page
esc, bands, titled_sheet, header_row, wrap_columns = (
    _forms3.esc, _forms4.bands, _forms4.titled_sheet, _forms4.header_row, _forms4.wrap_columns)

PDF_SOURCES: list[tuple[str, bool]] = []  # (docx file name, keep the docx as a fixture too)
ORD = "一二三四五六七八九十"


def soffice(args, outdir: Path):
    """LibreOffice headless with a private profile (a running office or a parallel build cannot lock it)."""
    with tempfile.TemporaryDirectory(prefix="lo_forms11_") as profile:
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


def bold_line(d, text, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


# ----------------------------------------------------------------------------- t01


def t01():
    """docx+pdf, 学校 团委: a one-page rubric whose points follow a SLASH, with no 分: headings
    `（一）选题与设计/20`, items `1．选题意义/10` on their own line with the criteria on the next line; the total
    `满分/100` in the legend line; a per-1000-character deduction; `每组不超过6人`, `5000字` distractors."""
    title = "临江师范学院2026年大学生暑期社会实践调研报告评审细则"
    sections = [
        ("一", "选题与设计", 20, [
            ("1", "选题意义", 10, "选题紧扣经济社会发展和基层实际，问题提出清楚，具有现实意义和推广价值"),
            ("2", "研究设计", 10, "调研目标明确，调研对象、区域和时间安排合理，技术路线清晰")]),
        ("二", "调查实施", 30, [
            ("3", "方法与样本", 15, "问卷、访谈、观察等方法运用得当，样本数量充足、结构合理"),
            ("4", "资料真实性", 15, "一手资料翔实，附有访谈记录、照片等佐证，数据来源可查")]),
        ("三", "分析论证", 35, [
            ("5", "分析深度", 20, "运用专业知识分析问题，论证充分，能揭示现象背后的原因"),
            ("6", "对策建议", 15, "建议针对性强、切实可行，对有关部门有参考价值")]),
        ("四", "写作规范", 15, [
            ("7", "结构与语言", 10, "结构完整，层次分明，语言准确流畅"),
            ("8", "图表与引注", 5, "图表规范清晰，引用文献标注完整")]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["一、评审说明",
                   "调研报告由各学院初评推荐，每组不超过6人，正文不少于5000字。评审专家按本细则独立评分，"
                   "各项斜杠（/）后的数字为该项满分，满分/100。",
                   "二、评审细则"])
    cats, items = [], []
    for code, name, pts, rows in sections:
        bold_line(d, f"（{code}）{name}/{pts}")
        cats.append(cat(name, float(pts), code=f"（{code}）"))
        for icode, text, ipts, crit in rows:
            d.add_paragraph(f"{icode}．{text}/{ipts}")
            p = d.add_paragraph(crit + "。")
            p.paragraph_format.left_indent = Pt(21)
            items.append(item(name, icode, text, float(ipts), criteria=crit, rule="manual"))
    assert sum(s[2] for s in sections) == 100
    paragraphs(d, ["三、扣分与结果",
                   "正文字数不足5000字的，每少1000字扣2分。各专家评分的算术平均值为报告最终得分。",
                   "评审结果按最终得分从高到低排序，确定一等奖10项、二等奖20项、三等奖30项。",
                   "校团委", "2026年9月10日"])
    name = "t01_school_slash_points_rubric_lines.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, True))
    gold("t01", [name, name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         deductions=[{"text": "正文字数不足5000字", "criteria": "每少1000字扣2分", "per_occurrence": -2.0,
                      "unit": "1000字"}],
         scoring_note="各专家评分的算术平均值为最终得分",
         notes="points after a SLASH with no 分: headings `（一）选题与设计/20` (under the outer `二、评审细则`), "
               "items `1．选题意义/10` on their own line, "
               "the criteria on the next (indented) line; the legend `各项斜杠（/）后的数字为该项满分，满分/100`; items "
               "judged by experts (manual); `每组不超过6人`, `5000字` and the prize counts are not points")


# ----------------------------------------------------------------------------- t02


def t02():
    """html, 工会 微课比赛: each criterion a BOLD name on its own line, `满分：20` on the line under it, the criteria as
    a bullet list, then a band line `A档17-20分　B档13-16分　C档9-12分　D档0-8分`; no categories."""
    title = "安平市总工会2026年职工微课制作大赛评分标准"
    crits = [
        ("教学设计", 20, ["教学目标明确，符合成人学习特点", "教学环节完整，结构清晰", "重点突出，难点处理得当"],
         [("A档", 17, 20), ("B档", 13, 16), ("C档", 9, 12), ("D档", 0, 8)]),
        ("内容呈现", 25, ["内容科学准确，无知识性错误", "案例贴近生产实际", "容量适当，详略得当"],
         [("A档", 22, 25), ("B档", 17, 21), ("C档", 11, 16), ("D档", 0, 10)]),
        ("技术运用", 20, ["画面清晰，声音清楚，音画同步", "动画、字幕等运用恰当", "片头片尾规范"],
         [("A档", 17, 20), ("B档", 13, 16), ("C档", 9, 12), ("D档", 0, 8)]),
        ("语言表达", 15, ["普通话标准，讲解生动", "语速适中，表述准确"],
         [("A档", 13, 15), ("B档", 10, 12), ("C档", 7, 9), ("D档", 0, 6)]),
        ("创新特色", 20, ["选题新颖，形式有创意", "对岗位技能提升有明显帮助"],
         [("A档", 17, 20), ("B档", 13, 16), ("C档", 9, 12), ("D档", 0, 8)]),
    ]
    body = [f"<h2>{esc(title)}</h2>",
            "<p>参赛作品时长5至10分钟，以单个知识点或操作技能为主题。评委按下列五项评分，每项先定档次，再在档内给分。</p>"]
    items = []
    for n, (name, pts, bullets, levels) in enumerate(crits, start=1):
        band = "　".join(f"{lv}{lo}-{hi}分" for lv, lo, hi in levels)
        body += [f"<p><b>{esc(name)}</b></p>", f"<p>满分：{pts}</p>", "<ul>"]
        body += [f"<li>{esc(b)}</li>" for b in bullets]
        body += ["</ul>", f"<p>{band}</p>"]
        items.append(item(None, None, name, float(pts), criteria="；".join(bullets) + "。" + band, rule="tiers",
                          levels={lv: [float(lo), float(hi)] for lv, lo, hi in levels}))
    assert sum(c[1] for c in crits) == 100
    body += ["<p>以上五项合计100分。作品时长超过10分钟的，扣2分。</p>",
             "<p>每件作品由5名评委评分，去掉一个最高分和一个最低分，取其余3名评委的平均分为最后得分。</p>",
             "<p>安平市总工会职工技术协会　2026年5月8日</p>"]
    name = "t02_union_bold_name_manfen_line_band_line.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    gold("t02", [name], title, 2026, 100.0, [], items,
         deductions=[{"text": "作品时长超过10分钟", "criteria": "扣2分", "points": -2.0}],
         scoring_note="去掉一个最高分和一个最低分，取其余3名评委的平均分",
         notes="each criterion is a BOLD name on its own paragraph, its points on the NEXT paragraph `满分：20` (no 分), "
               "the criteria a bullet list, then a band line `A档17-20分　B档13-16分　C档9-12分　D档0-8分`; no "
               "categories; items are tiers with `levels` as ranges; criteria = the bullets joined and the band line; "
               "`5至10分钟` is a duration")


# ----------------------------------------------------------------------------- t03


def t03():
    """pdf only, 学校 中外合作课程: a BILINGUAL rubric whose points are written in English units: parts
    `Part A 书面报告 Written Report (40 points)`, criteria `A1 研究与内容 Research & Content — 15 pts`, the total
    `Total: 100 points`, a late penalty `5 points per day`, letter grades `A: 90-100`."""
    title = "《跨文化商务沟通》课程小组项目评分标准"
    parts = [
        ("A", "书面报告", "Written Report", 40, [
            ("A1", "研究与内容", "Research & Content", 15, "资料充分，分析有深度 / Well-researched, insightful analysis", "manual", {}),
            ("A2", "结构", "Structure", 10, "逻辑清楚，段落衔接自然 / Clear logic and smooth transitions", "manual", {}),
            ("A3", "语言", "Language", 10, "用词准确，语法错误少 / Accurate wording, few grammar errors", "manual", {}),
            ("A4", "引用规范", "Referencing", 5, "按APA格式引用，每处不规范扣1 pt / APA style; 1 pt off per error",
             "per_occurrence", {"per_occurrence": -1.0}),
        ]),
        ("B", "课堂展示", "Presentation", 35, [
            ("B1", "表达", "Delivery", 12, "声音清晰，与听众有眼神交流 / Clear voice, eye contact", "manual", {}),
            ("B2", "演示文稿", "Visual Aids", 8, "版面简洁，图表恰当 / Clean slides, apt charts", "manual", {}),
            ("B3", "问答", "Q&A", 15, "回答准确、有针对性 / Accurate and relevant answers", "manual", {}),
        ]),
        ("C", "团队协作", "Teamwork", 25, [
            ("C1", "组内互评", "Peer Evaluation", 15, "组内互评平均分（百分制）×15% / average peer score (out of 100) × 15%",
             "proportional", {"formula": "组内互评平均分×15%"}),
            ("C2", "会议记录", "Meeting Logs", 10, "每周提交会议记录，每缺一次扣2 pts / weekly logs; 2 pts off per missing log",
             "per_occurrence", {"per_occurrence": -2.0}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    p = d.add_paragraph("Group Project Assessment Rubric — Intercultural Business Communication (Spring 2026)")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraphs(d, ["商学院国际合作办学项目　2026年春季学期　Group size: 4-5 students　Presentation: 15 minutes",
                   "说明 Notes：项目成绩占课程总评的40%（40% of the final course grade）。Each part is marked by the "
                   "lecturer on the points shown below."])
    cats, items = [], []
    for code, cn, en, pts, rows in parts:
        bold_line(d, f"Part {code}　{cn} {en} ({pts} points)")
        cats.append(cat(cn, float(pts), code=f"Part {code}", name_en=en))
        for icode, icn, ien, ipts, crit, rule, extra in rows:
            d.add_paragraph(f"{icode}　{icn} {ien} — {ipts} pts")
            q = d.add_paragraph(crit)
            q.paragraph_format.left_indent = Pt(21)
            items.append(item(cn, icode, icn, float(ipts), criteria=crit, rule=rule, name_en=ien, **extra))
    assert sum(p_[3] for p_ in parts) == 100
    paragraphs(d, ["Total 总分: 100 points",
                   "迟交 Late submission：每迟交一天扣5分 / 5 points deducted per day late.",
                   "等级 Grades：A: 90-100　B: 80-89　C: 70-79　D: 60-69　F: below 60",
                   "Course coordinator: Dr. Lin Yue　2026年2月24日"])
    name = "t03_school_bilingual_points_pts_rubric.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, False))
    gold("t03", [name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         deductions=[{"text": "迟交 Late submission", "criteria": "每迟交一天扣5分 / 5 points deducted per day late",
                      "per_occurrence": -5.0, "unit": "天"}],
         weights=[{"part": "小组项目", "weight": 0.4, "of": "课程总评"}],
         grades=[{"name": "A", "min_score": 90, "max_score": 100}, {"name": "B", "min_score": 80, "max_score": 89},
                 {"name": "C", "min_score": 70, "max_score": 79}, {"name": "D", "min_score": 60, "max_score": 69},
                 {"name": "F", "max_score": 60}],
         notes="PDF only (its docx is an intermediate, deleted); a BILINGUAL rubric with points written in English units: "
               "parts `Part A　书面报告 Written Report (40 points)`, criteria `A1　研究与内容 Research & Content — 15 pts` "
               "with a bilingual criteria line under each; total `Total 总分: 100 points`; category/item names are the "
               "Chinese words (`name_en` keeps the English); C1 `×15%` converts a 100-point peer average into 15 points "
               "(proportional); the 40% of the course grade is a weight of the whole project, recorded in `weights`; "
               "`4-5 students`, `15 minutes` are not points")


# ----------------------------------------------------------------------------- t04


def t04():
    """doc, 机关: a 办法 whose items are SENTENCES inside articles (`…每按期完成一项计2分，满分10分`), a ranking item
    `按…排名，第一名得满分12分，其余依次递减1分`; the modules' membership given by ARTICLE RANGES in 第三条 and the
    module points ONLY in a closing 附则 article."""
    title = "石桥区机关事务管理局2026年度科室工作量化考核办法"
    ranks = {f"第{n}名": float(12 - (n - 1)) for n in range(1, 8)}
    modules = [
        ("业务工作", 40, [
            ("第四条", "年度重点任务", "科室承担的列入局年度重点任务清单的事项，每按期完成一项计2分，满分10分；"
             "未按期完成的，该项不计分", 10, "per_occurrence", {"per_occurrence": 2.0, "cap": 10.0}),
            ("第五条", "建议提案办理", "科室承办的人大代表建议、政协委员提案，办理结果为满意的，每件计1分，为基本满意的，"
             "每件计0.5分，满分8分", 8, "per_occurrence", {"per_occurrence": {"满意": 1.0, "基本满意": 0.5}, "cap": 8.0}),
            ("第六条", "节能降耗", "按各科室负责的公共机构年度能耗降幅排名，第一名得满分12分，其余依次递减1分", 12, "tiers",
             {"levels": ranks}),
            ("第七条", "公务用车管理", "全年公务用车管理无违规情形的得10分；每发现一次违规使用公务用车的，扣2分，扣完为止",
             10, "per_occurrence", {"per_occurrence": -2.0}),
        ]),
        ("综合工作", 30, [
            ("第八条", "信息报送", "科室报送的政务信息，每被区委、区政府信息刊物采用一篇计1分，满分10分", 10,
             "per_occurrence", {"per_occurrence": 1.0, "cap": 10.0}),
            ("第九条", "档案管理", "经年度档案检查，达到规范要求的得10分，基本规范的得6分，不规范的不得分", 10, "tiers",
             {"levels": {"规范": 10.0, "基本规范": 6.0, "不规范": 0.0}}),
            ("第十条", "学习培训", "科室人员参加局组织的集中学习，每缺席一人次扣0.5分，满分10分", 10, "per_occurrence",
             {"per_occurrence": -0.5, "unit": "人次"}),
        ]),
        ("服务评价", 30, [
            ("第十一条", "服务对象满意度", "由局办公室组织服务对象测评，得分＝测评满意率×20，满分20分", 20, "proportional",
             {"formula": "测评满意率×20"}),
            ("第十二条", "意见建议答复", "按期答复服务对象意见建议的得满分10分，每逾期答复一件扣1分", 10, "per_occurrence",
             {"per_occurrence": -1.0, "unit": "件"}),
        ]),
    ]
    arts = [("第一章　总则", None),
            ("第一条", "为推动局机关各科室履职尽责，提高服务保障水平，结合工作实际，制定本办法。"),
            ("第二条", "本办法适用于局机关7个科室的年度考核。考核工作由局考核工作领导小组组织实施。"),
            ("第三条", "考核内容分为业务工作、综合工作、服务评价三个模块。第四条至第七条所列事项为业务工作，"
                      "第八条至第十条所列事项为综合工作，第十一条、第十二条所列事项为服务评价。"),
            ("第二章　考核内容与计分", None)]
    cats, items = [], []
    for mname, mpts, rows in modules:
        cats.append(cat(mname, float(mpts)))
        for code, text, sent, pts, rule, extra in rows:
            arts.append((code, sent + "。"))
            items.append(item(mname, code, text, float(pts), criteria=sent, rule=rule, **extra))
        assert sum(r[3] for r in rows) == mpts
    arts += [("第三章　加减分与等次", None),
             ("第十三条", "科室获得区级以上表彰的，每项加1分，累计不超过3分。科室工作被区委、区政府通报批评的，每次扣2分。"),
             ("第十四条", "考核得分90分以上的为优秀，75分至89分的为良好，60分至74分的为合格，60分以下的为不合格。"),
             ("第十五条", "科室人员发生违纪违法行为被立案查处的，该科室当年考核不得评为优秀。"),
             ("第四章　附则", None),
             ("第十六条", "本办法所称业务工作、综合工作、服务评价三个模块，分值分别为40分、30分、30分，合计100分。"),
             ("第十七条", "本办法由局办公室负责解释，自2026年1月1日起施行。")]
    d = new_doc()
    heading(d, title)
    for code, text in arts:
        if text is None:
            p = bold_line(d, code)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            d.add_paragraph(f"{code}　{text}")
    paragraphs(d, ["石桥区机关事务管理局", "2026年1月8日"])
    name = "t04_office_sentence_items_module_points_in_fuze.doc"
    to_legacy(lambda p: d.save(p), name.replace(".doc", ".docx"), "doc")
    gold("t04", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "第十三条", "text": "科室获得区级以上表彰的", "per_occurrence": 1.0, "unit": "项", "cap": 3.0}],
         deductions=[{"code": "第十三条", "text": "科室工作被区委、区政府通报批评的", "per_occurrence": -2.0}],
         grades=bands(("优秀", 90), ("良好", 75), ("合格", 60), ("不合格", None)),
         veto=[{"code": "第十五条", "text": "科室人员发生违纪违法行为被立案查处的", "effect": "该科室当年考核不得评为优秀"}],
         veto_effect="该科室当年考核不得评为优秀",
         notes="legacy Word 97 `.doc`; each scoring ARTICLE is one item stated as a sentence (`…每按期完成一项计2分，满分10分`) "
               "with no heading or bracket; code = the article number, text = a short name written here (the article has "
               "none; criteria = the sentence); the modules are never headings: their membership is given by ARTICLE "
               "RANGES in 第三条 and their points ONLY in the 附则 article 第十六条; 第六条 `第一名得满分12分，其余依次递减1分` "
               "is tiers with `levels` by rank for the 7 科室 named in 第二条 (第1名12 … 第7名6; a reviewer could keep only the "
               "rule); items that GAIN per occurrence up to `满分N分` carry a "
               "positive per_occurrence and `cap`")


# ----------------------------------------------------------------------------- t05


def t05():
    """docx, 卫健 乡镇卫生院: a 第X条 办法 whose 第五条 gives the module points and assigns the ROWS of an annex
    table to the modules by row number (`附表第1—4项为公共卫生服务`); the annex table (序号 | 考核指标 | 分值 |
    评分标准, rows numbered 1…10) has NO module column or module rows."""
    title = "河口县2026年度乡镇卫生院绩效考核实施办法"
    modules = [
        ("公共卫生服务", 40, "1—4", [
            ("居民健康档案管理", 10, "规范化电子建档率达到90%以上的得10分，每降低1个百分点扣1分",
             "per_occurrence", {"per_occurrence": -1.0, "unit": "个百分点"}),
            ("慢性病患者健康管理", 12, "高血压、糖尿病患者规范管理率分别按6分计，达到省定目标得满分，未达到的按完成比例计分",
             "proportional", {}),
            ("预防接种", 8, "适龄儿童国家免疫规划疫苗接种率达到95%以上的得8分，90%至95%的得4分，低于90%的不得分",
             "tiers", {"levels": {"95%以上": 8.0, "90%至95%": 4.0, "低于90%": 0.0}}),
            ("传染病报告", 10, "法定传染病网络直报及时率100%的得10分，每迟报1例扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "例"}),
        ]),
        ("基本医疗服务", 35, "5—7", [
            ("医疗质量安全", 15, "抽查病历20份，每份不合格扣1分；发生医疗纠纷经鉴定负主要责任的，本项不得分",
             "per_occurrence", {"per_occurrence": -1.0, "unit": "份"}),
            ("合理用药", 10, "门诊处方抗菌药物使用率不超过20%的得10分，超过的不得分", "threshold", {}),
            ("家庭医生签约服务", 10, "重点人群签约率达到70%以上的得10分，60%至70%的得6分，低于60%的不得分", "tiers",
             {"levels": {"70%以上": 10.0, "60%至70%": 6.0, "低于60%": 0.0}}),
        ]),
        ("综合管理", 25, "8—10", [
            ("财务管理", 10, "收支纳入预算管理，审计发现问题的每个扣2分", "per_occurrence", {"per_occurrence": -2.0}),
            ("信息化建设", 8, "基本公卫、基本医疗信息系统互联互通的得8分，未实现的不得分", "threshold", {}),
            ("群众满意度", 7, "按第三方测评满意率计分，得分＝满意率×7", "proportional", {"formula": "满意率×7"}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    art5 = ("考核内容分为公共卫生服务、基本医疗服务、综合管理三个部分，分值分别为40分、35分、25分，满分100分。"
            "各项考核指标、分值及评分标准见附表。其中，附表第1—4项为公共卫生服务指标，第5—7项为基本医疗服务指标，"
            "第8—10项为综合管理指标。")
    paragraphs(d, ["第一条　为建立科学的乡镇卫生院运行评价机制，根据有关规定，结合我县实际，制定本办法。",
                   "第二条　本办法适用于全县14所乡镇卫生院。",
                   "第三条　考核由县卫生健康局每年组织一次，采取查阅资料、现场核查、信息系统抽取数据等方式进行。",
                   "第四条　考核坚持客观公正、注重实效的原则，以日常监管与年度考核相结合。",
                   f"第五条　{art5}",
                   "第六条　卫生院获得省级以上卫生健康部门表彰的加3分，获得市级表彰的加2分，同一年度按最高一项计算。",
                   "第七条　卫生院发生重大医疗安全事故或者瞒报、漏报重大传染病疫情的，年度考核实行一票否决，"
                   "考核等次直接确定为不合格。",
                   "第八条　考核得分90分以上的为优秀，80分至89分的为良好，60分至79分的为合格，60分以下的为不合格。"
                   "考核结果与卫生院绩效工资总量核定挂钩。",
                   "第九条　本办法自发布之日起施行。", "", "附表"])
    bold_line(d, "乡镇卫生院绩效考核指标及评分标准").alignment = WD_ALIGN_PARAGRAPH.CENTER
    rows, cats, items, n = [], [], [], 0
    for mname, mpts, span, its in modules:
        cats.append(cat(mname, float(mpts), item_rows=span))
        assert sum(i[1] for i in its) == mpts
        for text, pts, crit, rule, extra in its:
            n += 1
            rows.append((str(n), text, g(pts), crit))
            items.append(item(mname, str(n), text, float(pts), criteria=crit, rule=rule, **extra))
    rows.append(("", "合计", "100", ""))
    grid(d, ["序号", "考核指标", "分值", "评分标准"], rows)
    paragraphs(d, ["河口县卫生健康局", "2026年3月2日"])
    name = "t05_health_article_assigns_annex_rows_to_modules.docx"
    d.save(HERE / name)
    gold("t05", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "第六条", "text": "卫生院获得卫生健康部门表彰", "rule": "lookup",
                 "levels": {"省级以上": 3.0, "市级": 2.0}, "highest_only": True}],
         veto=[{"code": "第七条", "text": "发生重大医疗安全事故或者瞒报、漏报重大传染病疫情的",
                "effect": "考核等次直接确定为不合格"}],
         veto_effect="考核等次直接确定为不合格",
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         notes="the annex table (序号 | 考核指标 | 分值 | 评分标准, rows 1…10 and a 合计) has NO module column or module "
               "rows: the modules and their points are given ONLY in the article 第五条, which assigns the table's rows to "
               "the modules by number (`附表第1—4项为公共卫生服务指标…`); `item_rows` on each category keeps the range; "
               "item 2 `按完成比例计分` is proportional with no formula invented; `14所` is a count")


# ----------------------------------------------------------------------------- t06


def t06():
    """txt, 住建 物业服务: a 实施细则 whose scoring articles list items as numbered sentences `（一）…（4分）。` with the
    points at the END, each followed by sub-clauses `1．…，扣N分；` on their own lines that carry the deductions;
    the article heads `第六条　综合管理` carry no points; the total and `扣完为止` only in 第五条."""
    title = "江湾区住宅小区物业服务质量考核实施细则"
    articles = [
        ("第六条", "综合管理", [
            ("在小区显著位置公示物业服务内容、收费标准和投诉电话", 4,
             [("未公示的，扣4分", -4.0, False), ("公示内容不全的，每缺一项扣1分", -1.0, True)]),
            ("建立业主投诉处理台账，投诉在3个工作日内答复", 6,
             [("未建立台账的，扣3分", -3.0, False), ("投诉逾期未答复的，每件扣1分", -1.0, True)]),
            ("物业服务人员持证上岗、统一着装", 5,
             [("特种作业人员无证上岗的，每人扣2分", -2.0, True), ("未统一着装的，每人次扣0.5分", -0.5, True)]),
            ("每年开展业主满意度调查并公布结果", 5, [("未开展的，扣5分", -5.0, False), ("未公布结果的，扣2分", -2.0, False)]),
        ]),
        ("第七条", "房屋及设施设备管理", [
            ("电梯按规定维保，年检合格证在有效期内", 10,
             [("年检合格证过期的，扣10分", -10.0, False), ("维保记录缺失的，每台次扣1分", -1.0, True)]),
            ("消防设施完好，消防通道畅通", 12,
             [("消防通道被占用的，每处扣2分", -2.0, True), ("灭火器过期或失效的，每具扣1分", -1.0, True)]),
            ("二次供水设施每半年清洗消毒一次", 8, [("未按期清洗消毒的，扣8分", -8.0, False), ("水质检测报告未公示的，扣2分", -2.0, False)]),
        ]),
        ("第八条", "环境卫生", [
            ("道路、楼道每日清扫，无积水、无杂物", 10, [("每发现一处不洁，扣0.5分", -0.5, True)]),
            ("生活垃圾分类投放点设置规范，垃圾日产日清", 10,
             [("投放点设置不规范的，扣3分", -3.0, False), ("垃圾未日产日清的，每次扣2分", -2.0, True)]),
            ("绿地养护良好，无黄土裸露", 5, [("每发现一处黄土裸露或绿植枯死，扣1分", -1.0, True)]),
        ]),
        ("第九条", "秩序维护", [
            ("出入口24小时值守，外来人员和车辆登记", 10,
             [("值守脱岗的，每次扣2分", -2.0, True), ("未登记的，每次扣1分", -1.0, True)]),
            ("车辆停放有序，无占用消防车道和绿地停车", 8, [("每发现一辆乱停放车辆，扣0.5分", -0.5, True)]),
            ("监控系统正常运行，录像保存不少于30天", 7,
             [("监控系统故障未及时修复的，扣4分", -4.0, False), ("录像保存不足30天的，扣3分", -3.0, False)]),
        ]),
    ]
    lines = [title, "",
             "第一条　为规范物业服务行为，提升住宅小区物业服务质量，根据有关规定，制定本细则。",
             "第二条　本细则适用于本区实行物业管理的住宅小区。",
             "第三条　考核由区住房和城乡建设局会同各街道办事处每半年组织一次，采取现场检查和查阅资料相结合的方式进行。",
             "第四条　考核内容包括综合管理、房屋及设施设备管理、环境卫生、秩序维护四个方面。",
             "第五条　考核满分100分，各项分值标注于该项条文之后。各项按所列情形扣分，扣完该项分值为止。", ""]
    cats, items = [], []
    for acode, aname, its in articles:
        lines.append(f"{acode}　{aname}考核以下内容：")
        cats.append(cat(aname, None, code=acode))
        for n, (text, pts, clauses) in enumerate(its):
            lines.append(f"（{ORD[n]}）{text}（{pts}分）。")
            for k, (ctext, cpts, per) in enumerate(clauses, start=1):
                end = "。" if k == len(clauses) else "；"
                lines.append(f"　　{k}．{ctext}{end}")
            items.append(item(aname, f"（{ORD[n]}）", text, float(pts),
                              criteria="；".join(f"{k}．{c[0]}" for k, c in enumerate(clauses, start=1)),
                              rule="per_occurrence",
                              clauses=[{"code": f"{k}．", "text": c[0], "points": c[1], "per_occurrence": c[2]}
                                       for k, c in enumerate(clauses, start=1)]))
        lines.append("")
    assert sum(i[1] for a in articles for i in a[2]) == 100
    lines += ["第十条　考核得分90分以上为优秀，80分至89分为良好，60分至79分为合格，60分以下为不合格。",
              "第十一条　小区发生因物业服务企业责任导致的亡人事故的，当期考核直接评定为不合格。",
              "第十二条　考核结果纳入物业服务企业信用评价，连续两次考核不合格的，列入重点监管名单。",
              "第十三条　本细则自2026年4月1日起施行。", "",
              "江湾区住房和城乡建设局", "2026年3月16日", ""]
    name = "t06_property_article_sentences_points_end_deduction_subclauses.txt"
    (HERE / name).write_text("\n".join(lines), encoding="utf-8")
    gold("t06", [name], title, 2026, 100.0, cats, items,
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         veto=[{"code": "第十一条", "text": "小区发生因物业服务企业责任导致的亡人事故的", "effect": "当期考核直接评定为不合格"}],
         veto_effect="当期考核直接评定为不合格",
         notes="each scoring article (第六条…第九条) is a category WITHOUT points (its items add to 20/30/25/25; the "
               "document states no category points: null); items are numbered sentences `（一）text（4分）。` with the "
               "points at the END; under each, sub-clauses `1．…，扣N分；` on their own lines carry the deductions: the "
               "item's criteria are the sub-clauses and its `clauses` list them (points negative, `per_occurrence` true "
               "where the clause says 每…); every item is labelled per_occurrence (deductions from the item's points, "
               "floored by `扣完该项分值为止` in 第五条) even where its clauses are one-off deductions — `components` with "
               "negative parts is defensible; `3个工作日`, `24小时`, `30天` are not points")


# ----------------------------------------------------------------------------- t07


def t07():
    """xlsx, 学校 教师业绩: an item table, then under it a bonus MATRIX 级别 × 项目类别 whose cells hold the points of
    the FIRST place only (header `第一名（一等奖）计分`), with the rule `其余名次依次递减0.5分` in a 注 row; a
    matrix cap and highest-level-only in the same 注."""
    title = "白沙县第二中学2026年度教师业绩考核评分表"
    items_rows = [
        ("一", "教学工作量", 20, "完成学校核定课时量的得满分；不足的按实际课时÷核定课时×20计分", "proportional",
         {"formula": "实际课时÷核定课时×20"}),
        ("二", "教学成绩", 30, "所任学科期末统考成绩在全县同类学校中排前20%的得30分，20%至50%的得24分，其余得18分", "tiers",
         {"levels": {"前20%": 30.0, "20%至50%": 24.0, "其余": 18.0}}),
        ("三", "教研活动", 15, "每学期参加校本教研不少于8次，每缺一次扣1分", "per_occurrence", {"per_occurrence": -1.0}),
        ("四", "班主任及岗位工作", 20, "由年级组按履职情况评定", "manual", {}),
        ("五", "师德师风", 15, "无违反师德行为的得满分，有违反师德行为经查实的不得分", "threshold", {}),
    ]
    kinds = ["优质课竞赛", "指导学生竞赛", "论文评比", "课题结题"]
    matrix = [("国家级", [6, 5, 4, 5]), ("省级", [4, 3.5, 3, 3]), ("市级", [3, 2.5, 2, 2]), ("县级", [2, 1.5, 1, 1])]
    wb, ws = titled_sheet("业绩考核", title, 5)
    ws["A2"] = "考核对象：在编在岗专任教师　考核年度：2026年"
    ws.merge_cells("A2:E2")
    header_row(ws, 3, ["序号", "考核项目", "分值", "评分标准", "得分"])
    items = []
    r = 4
    for code, text, pts, crit, rule, extra in items_rows:
        for c, v in enumerate([code, text, pts, crit, None], start=1):
            ws.cell(row=r, column=c, value=v)
        items.append(item(None, code, text, float(pts), criteria=crit, rule=rule, **extra))
        r += 1
    assert sum(i[2] for i in items_rows) == 100
    ws.cell(row=r, column=2, value="合计")
    ws.cell(row=r, column=3, value=100)
    r += 2
    ws.cell(row=r, column=1, value="附加分：教育教学荣誉与竞赛获奖计分表").font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    r += 1
    header_row(ws, r, ["级别"] + [f"{k}\n第一名（一等奖）计分" for k in kinds])
    r += 1
    for level, pts in matrix:
        for c, v in enumerate([level] + pts, start=1):
            ws.cell(row=r, column=c, value=v)
        r += 1
    note = ("注：表中分值为获得第一名（一等奖）的计分，其余名次依次递减0.5分；同一项目获多级奖励的按最高级别计分，"
            "附加分累计不超过8分，计入考核总分。")
    ws.cell(row=r, column=1, value=note)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    r += 1
    ws.cell(row=r, column=1, value="考核得分90分以上为优秀，75—89分为合格，60—74分为基本合格，60分以下为不合格。")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    wrap_columns(ws, [12, 22, 16, 60, 14])
    name = "t07_school_award_matrix_first_place_only_decrement.xlsx"
    wb.save(HERE / name)
    gold("t07", [name], title, 2026, 100.0, [], items,
         bonus=[{"section": "附加分", "text": "教育教学荣誉与竞赛获奖", "rule": "lookup",
                 "levels": {lv: {k: float(p) for k, p in zip(kinds, pts)} for lv, pts in matrix},
                 "levels_are": "第一名（一等奖）", "rank_decrement": 0.5, "highest_only": True, "cap": 8.0}],
         bonus_cap=8.0,
         grades=[{"name": "优秀", "min_score": 90}, {"name": "合格", "min_score": 75, "max_score": 89},
                 {"name": "基本合格", "min_score": 60, "max_score": 74}, {"name": "不合格", "max_score": 60}],
         notes="the award matrix (级别 rows × 项目类别 columns) gives ONLY the first place's points (header "
               "`优质课竞赛\\n第一名（一等奖）计分`); the 注 row says `其余名次依次递减0.5分`: ONE lookup bonus whose "
               "`levels` hold the first-place points, `levels_are` names them and `rank_decrement` 0.5 carries the rule "
               "(second place = cell − 0.5 …; the number of places is not stated, so no further levels are invented); "
               "highest level only; cap 8 (= bonus_cap); items have no categories; item 五 is "
               "threshold")


# ----------------------------------------------------------------------------- t08


def t08():
    """docx, 企业 职工创新创效: an item table, then a bonus matrix whose cells hold THREE figures `5/3/2` (one per
    award class, the classes named once in the header `（一等/二等/三等）`) and a last column `累计上限` giving each
    level's own cap; an overall cap in the heading."""
    title = "恒远能源集团2026年度基层单位职工创新创效工作考核细则"
    cats_rows = [
        ("一", "组织推动", 25, [
            ("1", "成立创新创效工作领导小组，制定年度工作计划", 10, "有机构、有计划的得10分，缺一项扣5分", "per_occurrence",
             {"per_occurrence": -5.0}),
            ("2", "建立职工创新工作室", 15, "每建成一个集团级工作室得5分，最高15分", "per_occurrence",
             {"per_occurrence": 5.0, "cap": 15.0})]),
        ("二", "活动开展", 45, [
            ("3", "开展合理化建议征集活动", 15, "人均提出建议0.5条以上的得15分，0.3至0.5条的得10分，不足0.3条的得5分", "tiers",
             {"levels": {"0.5条以上": 15.0, "0.3至0.5条": 10.0, "不足0.3条": 5.0}}),
            ("4", "组织岗位练兵和技能比武", 15, "每季度不少于1次，每少一次扣4分", "per_occurrence", {"per_occurrence": -4.0}),
            ("5", "开展“五小”创新活动", 15, "由集团工会根据成果数量和质量综合评定", "manual", {})]),
        ("三", "成果转化", 30, [
            ("6", "创新成果推广应用", 20, "推广应用成果产生的年度经济效益，按效益÷单位年度利润目标×200计分，最高20分",
             "proportional", {"formula": "效益÷单位年度利润目标×200", "cap": 20.0}),
            ("7", "成果申报专利", 10, "每获得一项授权专利得2分，最高10分", "per_occurrence",
             {"per_occurrence": 2.0, "cap": 10.0})]),
    ]
    matrix = [("国家级", {"技能竞赛": [5, 3, 2], "技术创新成果": [6, 4, 3]}, 10),
              ("省部级", {"技能竞赛": [3, 2, 1], "技术创新成果": [4, 3, 2]}, 6),
              ("集团级", {"技能竞赛": [1, 0.5, 0.3], "技术创新成果": [2, 1, 0.5]}, 3)]
    classes = ["一等奖", "二等奖", "三等奖"]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["为激发职工创新活力，集团工会对各基层单位职工创新创效工作实行年度考核。考核满分100分，另设加分。",
                   "一、考核内容及评分标准"])
    rows, cats, items = [], [], []
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["考核类别", "序号", "考核内容", "分值", "评分标准"]):
        set_cell(t.cell(0, c), h, bold=True)
    for ccode, cname, cpts, its in cats_rows:
        first = len(t.rows)
        cats.append(cat(cname, float(cpts), code=ccode))
        for icode, text, pts, crit, rule, extra in its:
            cells = t.add_row().cells
            for c, v in enumerate(["", icode, text, g(pts), crit]):
                set_cell(cells[c], v)
            items.append(item(cname, icode, text, float(pts), criteria=crit, rule=rule, **extra))
        merge_down(t, 0, first, len(t.rows) - 1, f"{ccode}、{cname}（{cpts}分）")
        assert sum(i[2] for i in its) == cpts
    cells = t.add_row().cells
    set_cell(cells[2], "合计")
    set_cell(cells[3], "100")
    bold_line(d, "二、竞赛与创新成果加分（加分合计最高10分）")
    t2 = d.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    for c, h in enumerate(["获奖级别", "技能竞赛\n（一等/二等/三等）", "技术创新成果\n（一等/二等/三等）", "累计上限"]):
        set_cell(t2.cell(0, c), h, bold=True)
    for level, kinds, cap in matrix:
        cells = t2.add_row().cells
        vals = [level] + ["/".join(g(x) for x in kinds[k]) for k in ("技能竞赛", "技术创新成果")] + [f"{cap}分"]
        for c, v in enumerate(vals):
            set_cell(cells[c], v)
    paragraphs(d, ["说明：表中“5/3/2”依次为一等奖、二等奖、三等奖的加分（单位：分）。同一成果获多级奖励的，按最高级别计分。",
                   "三、扣分与否决",
                   "单位职工创新成果被认定抄袭、剽窃的，每项扣5分，并取消该成果已获加分。单位发生较大及以上生产安全事故的，"
                   "本年度考核实行一票否决，不得评为先进。",
                   "四、等次",
                   "考核得分（含加分）95分以上的为创新创效先进单位，85分至94分的为达标单位，85分以下的为未达标单位。",
                   "恒远能源集团工会", "2026年2月28日"])
    name = "t08_company_rank_triplet_cells_level_cap_column.docx"
    d.save(HERE / name)
    gold("t08", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "二", "section": "竞赛与创新成果加分", "text": "竞赛与创新成果获奖", "rule": "lookup",
                 "levels": {lv: {k: dict(zip(classes, map(float, v))) for k, v in kinds.items()}
                            for lv, kinds, _ in matrix},
                 "level_caps": {lv: float(cap) for lv, _, cap in matrix}, "highest_only": True, "cap": 10.0}],
         bonus_cap=10.0,
         deductions=[{"code": "三", "text": "单位职工创新成果被认定抄袭、剽窃的", "per_occurrence": -5.0, "unit": "项"}],
         veto=[{"code": "三", "text": "单位发生较大及以上生产安全事故的", "effect": "本年度考核实行一票否决，不得评为先进"}],
         veto_effect="本年度考核实行一票否决，不得评为先进",
         grades=[{"name": "创新创效先进单位", "min_score": 95}, {"name": "达标单位", "min_score": 85, "max_score": 94},
                 {"name": "未达标单位", "max_score": 85}],
         notes="the bonus matrix's cells hold THREE figures `5/3/2` (一等/二等/三等, the classes named once in the column "
               "header and again in the 说明 line) — ONE lookup bonus, `levels` {级别: {类别: {奖次: points}}}; the last "
               "column `累计上限` (`10分`/`6分`/`3分`) is a cap per LEVEL (`level_caps`), the heading's `最高10分` the "
               "overall cap (= bonus_cap); the deduction removes earlier bonus too (kept in text only); the grades are "
               "on the score including the bonus")


# ----------------------------------------------------------------------------- t09


def t09():
    """html, 民政 志愿服务站: an item table, then an award MATRIX written as a SENTENCE LIST (`（一）获国家级表彰的，
    集体加8分，个人每人加4分；` …) and a second bonus table with points PER PERSON and PER TEAM in two columns
    `个人（分/人）` | `团队（分/队）`; one shared cap after both."""
    title = "东岚街道2026年度社区志愿服务站星级评定细则"
    rows = [
        ("1", "阵地建设", 15, "有固定服务场所和标识，配备基本服务设施", "场所、标识、设施各5分，缺一项扣5分",
         "components", {"components": [{"text": "固定服务场所", "points": 5.0}, {"text": "标识", "points": 5.0},
                                       {"text": "基本服务设施", "points": 5.0}]}),
        ("2", "队伍管理", 15, "注册志愿者占社区常住人口比例", "达到10%以上的得15分，5%至10%的得10分，低于5%的得5分", "tiers",
         {"levels": {"10%以上": 15.0, "5%至10%": 10.0, "低于5%": 5.0}}),
        ("3", "服务项目", 20, "围绕一老一小、环境整治等开展常态化服务项目", "每个常态化项目得5分，最高20分", "per_occurrence",
         {"per_occurrence": 5.0, "cap": 20.0}),
        ("4", "服务记录", 15, "在志愿服务信息系统如实记录服务时长", "抽查10条记录，每发现1条不实扣1.5分", "per_occurrence",
         {"per_occurrence": -1.5, "unit": "条"}),
        ("5", "激励保障", 10, "落实志愿者保险、礼遇等激励措施", "由评定小组综合评定", "manual", {}),
        ("6", "群众评价", 25, "服务对象满意度测评", "得分＝满意率×25", "proportional", {"formula": "满意率×25"}),
    ]
    honours = [("国家级", 8, 4), ("省级", 5, 2), ("市级", 3, 1), ("区级", 1, 0.5)]
    contest = [("金奖", 2, 4), ("银奖", 1, 2), ("铜奖", 0.5, 1)]
    body = [f"<h2>{esc(title)}</h2>",
            "<p>一、评定内容（满分100分）</p>",
            "<table border=\"1\" cellspacing=\"0\"><tr><th>序号</th><th>评定项目</th><th>分值</th><th>评定内容</th>"
            "<th>评分办法</th></tr>"]
    items = []
    for code, text, pts, content, crit, rule, extra in rows:
        body.append(f"<tr><td>{code}</td><td>{esc(text)}</td><td>{pts}</td><td>{esc(content)}</td><td>{esc(crit)}</td></tr>")
        items.append(item(None, code, text, float(pts), criteria=content + "。" + crit, rule=rule, **extra))
    assert sum(r[2] for r in rows) == 100
    body.append("<tr><td></td><td>合计</td><td>100</td><td></td><td></td></tr></table>")
    body.append("<p>二、表彰加分。志愿服务站或其志愿者获得党委、政府及文明办表彰的，按下列标准加分：</p>")
    for n, (lv, team, person) in enumerate(honours):
        end = "。" if n == len(honours) - 1 else "；"
        body.append(f"<p>（{ORD[n]}）获{lv}表彰的，集体加{g(team)}分，个人每人加{g(person)}分{end}</p>")
    body.append("<p>同一集体或个人同一年度获多项表彰的，按最高一项计分。</p>")
    body.append("<p>三、大赛加分。参加市级以上志愿服务项目大赛获奖的，按下表加分：</p>")
    body.append("<table border=\"1\" cellspacing=\"0\"><tr><th>获奖等次</th><th>个人（分/人）</th><th>团队（分/队）</th></tr>")
    for lv, person, team in contest:
        body.append(f"<tr><td>{lv}</td><td>{g(person)}</td><td>{g(team)}</td></tr>")
    body.append("</table>")
    body += ["<p>表彰加分与大赛加分合计不超过10分。</p>",
             "<p>四、星级评定。评定得分（含加分）95分以上的为五星级，85分至94分的为四星级，75分至84分的为三星级，"
             "75分以下的不予评星。</p>",
             "<p>五、志愿服务站存在以志愿服务名义收取费用的，取消当年评星资格。</p>",
             "<p>东岚街道办事处　2026年3月25日</p>"]
    name = "t09_community_sentence_list_matrix_person_team_columns.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    gold("t09", [name], title, 2026, 100.0, [], items,
         bonus=[{"code": "二", "section": "表彰加分", "text": "志愿服务站或其志愿者获得党委、政府及文明办表彰",
                 "rule": "lookup", "levels": {lv: {"集体": float(t_), "个人": float(p_)} for lv, t_, p_ in honours},
                 "unit": {"集体": "项", "个人": "人"}, "highest_only": True, "cap": 10.0},
                {"code": "三", "section": "大赛加分", "text": "参加市级以上志愿服务项目大赛获奖", "rule": "lookup",
                 "levels": {lv: {"个人": float(p_), "团队": float(t_)} for lv, p_, t_ in contest},
                 "unit": {"个人": "人", "团队": "队"}, "cap": 10.0}],
         bonus_cap=10.0,
         veto=[{"code": "五", "text": "志愿服务站存在以志愿服务名义收取费用的", "effect": "取消当年评星资格"}],
         veto_effect="取消当年评星资格",
         grades=[{"name": "五星级", "min_score": 95}, {"name": "四星级", "min_score": 85, "max_score": 94},
                 {"name": "三星级", "min_score": 75, "max_score": 84}, {"name": "不予评星", "max_score": 75}],
         notes="a 级别 × 集体/个人 award MATRIX written as a SENTENCE LIST, one `<p>` per level `（一）获国家级表彰的，集体加8分，"
               "个人每人加4分；`: ONE lookup bonus `levels` {级别: {集体, 个人}}; a second bonus table with points PER PERSON "
               "and PER TEAM in two columns `个人（分/人）` | `团队（分/队）` (the header carries the unit): a second lookup "
               "bonus; the shared cap `合计不超过10分` is `bonus_cap` and each entry's `cap`; item 1 `各5分，缺一项扣5分` is "
               "components; items have no categories; the last `不予评星` band kept as a grade")


# ----------------------------------------------------------------------------- t10


def t10():
    """docx, 文旅 景区: a self-evaluation FORM whose item rows ALTERNATE with ITALIC instruction rows merged across
    the table (`填写提示：请附…`), points column headed `标准分值（分）`, category rows `一、…（20分）` merged across,
    blank 自评得分 column."""
    title = "云台山景区2026年度旅游服务质量自评表"
    cats_rows = [
        ("一", "旅游交通", 20, [
            ("1", "停车场容量满足高峰需求，车位标识清晰", 10, "车位不足或标识不清的，每处扣2分",
             "per_occurrence", {"per_occurrence": -2.0}, "请填写停车场面积（㎡）和车位数，附现场照片。"),
            ("2", "景区内游览线路设计合理，无断头路", 10, "由检查组现场评定", "manual", {},
             "请附游览线路图。")]),
        ("二", "游览服务", 35, [
            ("3", "游客中心设置咨询、投诉、寄存等服务", 15, "每缺一项服务功能扣5分", "per_occurrence",
             {"per_occurrence": -5.0}, "请逐项列明已设置的服务功能。"),
            ("4", "导游讲解员持证上岗", 10, "持证率100%的得10分，90%以上的得6分，其余不得分", "tiers",
             {"levels": {"100%": 10.0, "90%以上": 6.0, "其余": 0.0}}, "请填写讲解员总人数和持证人数。"),
            ("5", "引导标识中英文对照、设置规范", 10, "不规范的每处扣1分", "per_occurrence",
             {"per_occurrence": -1.0}, "可抽查主要游览线路上的标识不少于10处。")]),
        ("三", "安全卫生", 30, [
            ("6", "危险地段设置防护设施和警示标志", 15, "发现一处缺失扣3分", "per_occurrence",
             {"per_occurrence": -3.0}, "请附危险地段清单。"),
            ("7", "旅游厕所达到A级标准，保洁及时", 15, "达到A级标准的得15分，未达到的不得分", "threshold", {},
             "请填写厕所数量及A级厕所数量。")]),
        ("四", "游客满意", 15, [
            ("8", "游客满意度调查", 15, "得分＝满意率×15", "proportional", {"formula": "满意率×15"},
             "请附第三方调查报告或自行调查问卷统计表。")]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["景区名称：____________　填表人：________　填表日期：____年__月__日",
                   "说明：本表满分100分。景区对照各项自评打分，斜体行为填写提示，不计分。"])
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["序号", "评价内容", "标准分值（分）", "评分方法", "自评得分"]):
        set_cell(t.cell(0, c), h, bold=True)
    cats, items = [], []

    def merged_row(text, bold=False, italic=False):
        cells = t.add_row().cells
        cell = cells[0].merge(cells[-1])
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold, run.italic = bold, italic

    for ccode, cname, cpts, its in cats_rows:
        merged_row(f"{ccode}、{cname}（{cpts}分）", bold=True)
        cats.append(cat(cname, float(cpts), code=ccode))
        assert sum(i[2] for i in its) == cpts
        for icode, text, pts, crit, rule, extra, hint in its:
            cells = t.add_row().cells
            for c, v in enumerate([icode, text, g(pts), crit, ""]):
                set_cell(cells[c], v)
            merged_row(f"填写提示：{hint}", italic=True)
            items.append(item(cname, icode, text, float(pts), criteria=crit, rule=rule, **extra))
    cells = t.add_row().cells
    set_cell(cells[1], "合计")
    set_cell(cells[2], "100")
    paragraphs(d, ["自评得分90分以上的，可申请复核评定为“优质服务景区”；75分以下的，应在30日内完成整改。",
                   "景区负责人（签字）：________　　（盖章）"])
    name = "t10_tourism_form_italic_instruction_rows_biaozhun_fenzhi.docx"
    d.save(HERE / name)
    gold("t10", [name], title, 2026, 100.0, cats, items,
         grades=[{"name": "可申请复核评定为“优质服务景区”", "min_score": 90}],
         notes="item rows ALTERNATE with ITALIC instruction rows merged across all five columns (`填写提示：请附…`), which "
               "are not items and carry no points (a preamble line says `斜体行为填写提示，不计分`); the points column is "
               "headed `标准分值（分）`; category rows `一、旅游交通（20分）` merged across; the 自评得分 column is blank; "
               "the 90-point line is kept as a grade (its name is the application it allows), the 75-point rectification "
               "line is not a grade (a reviewer could keep it); `30日`, `10处` are not points")


# ----------------------------------------------------------------------------- t11


def t11():
    """docx+pdf, 教育 校外培训机构: a check FORM whose FIRST block is a `否决项` section (□是 □否 rows) ABOVE the scored
    items; each scored item's levels are CHECK BOXES on SEPARATE LINES (paragraphs) of one cell
    `□完成（10分）` / `□部分完成（5分）` / `□未完成（0分）`."""
    title = "南屏区2026年度校外培训机构年度检查评分表"
    vetoes = ["未取得办学许可证擅自开展培训活动", "违规开展学科类培训或超前超标培训",
              "发生安全责任事故造成人员伤亡"]
    its = [
        ("1", "办学场所消防验收合格，疏散通道畅通", 15, [("完成", 15), ("部分完成", 8), ("未完成", 0)]),
        ("2", "培训人员具备相应从业资格，信息公示上墙", 15, [("完成", 15), ("部分完成", 8), ("未完成", 0)]),
        ("3", "使用教育部门监制的培训服务合同", 10, [("完成", 10), ("部分完成", 5), ("未完成", 0)]),
        ("4", "收费纳入资金监管平台，单次收费不超过3个月", 20, [("完成", 20), ("部分完成", 10), ("未完成", 0)]),
        ("5", "培训材料经审核备案", 10, [("完成", 10), ("未完成", 0)]),
        ("6", "建立学员安全管理和接送交接制度", 10, [("完成", 10), ("部分完成", 5), ("未完成", 0)]),
        ("7", "家长满意度", 20, [("满意率90%以上", 20), ("满意率80%—90%", 14), ("满意率70%—80%", 8), ("满意率70%以下", 0)]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["机构名称：______________　办学地址：______________　检查日期：____年__月__日"])
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["序号", "检查内容", "分值", "检查结果（在□内打√）"]):
        set_cell(t.cell(0, c), h, bold=True)

    def merged_row(text):
        cells = t.add_row().cells
        set_cell(cells[0].merge(cells[-1]), text, bold=True)

    merged_row("一、否决项（任一项勾选“是”的，年检结论直接定为不合格，不再进行评分）")
    for n, v in enumerate(vetoes, start=1):
        cells = t.add_row().cells
        for c, val in enumerate([f"否{n}", v, "—", "□是　　□否"]):
            set_cell(cells[c], val)
    merged_row("二、评分项（满分100分）")
    items = []
    for code, text, pts, levels in its:
        cells = t.add_row().cells
        for c, val in enumerate([code, text, g(pts)]):
            set_cell(cells[c], val)
        box = cells[3]
        box.text = ""
        box.paragraphs[0].add_run(f"□{levels[0][0]}（{g(levels[0][1])}分）")
        for lv, p in levels[1:]:
            box.add_paragraph(f"□{lv}（{g(p)}分）")
        items.append(item(None, code, text, float(pts),
                          criteria="；".join(f"{lv}（{g(p)}分）" for lv, p in levels), rule="tiers",
                          levels={lv: float(p) for lv, p in levels}))
    assert sum(i[2] for i in its) == 100
    cells = t.add_row().cells
    set_cell(cells[1], "合计")
    set_cell(cells[2], "100")
    paragraphs(d, ["年检结论：得分85分以上为合格，70分至84分为基本合格（限期整改），70分以下为不合格。",
                   "检查人员（签字）：__________　机构负责人（签字）：__________"])
    name = "t11_education_veto_section_top_checkbox_lines_in_cell.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, True))
    gold("t11", [name, name.replace(".docx", ".pdf")], title, 2026, 100.0, [], items,
         veto=[{"code": f"否{n}", "text": v, "effect": "年检结论直接定为不合格，不再进行评分"}
               for n, v in enumerate(vetoes, start=1)],
         veto_effect="年检结论直接定为不合格，不再进行评分",
         grades=[{"name": "合格", "min_score": 85}, {"name": "基本合格", "min_score": 70, "max_score": 84},
                 {"name": "不合格", "max_score": 70}],
         notes="the form's FIRST block, ABOVE the scored items, is a `一、否决项` section of □是 □否 rows (分值 `—`), codes "
               "`否1`…`否3`: veto entries, not items; the `二、评分项（满分100分）` block row names no category (items "
               "uncategorised); each item's levels are CHECK BOXES on SEPARATE PARAGRAPHS of one cell `□完成（15分）` / "
               "`□部分完成（8分）` / `□未完成（0分）`: tiers with `levels`, points = the top level = the 分值 cell; `3个月` "
               "is not points")


# ----------------------------------------------------------------------------- t12


def t12():
    """doc, 机关 办公区域检查: a TWO-COLUMN layout — two independent item lists SIDE BY SIDE in ONE table
    (`序号 | 检查内容及标准 | 分值` twice), each half under a merged header `办公室内（50分）` / `公共区域（50分）`,
    numbering restarting at 1 in the right half, the halves of unequal length (the right half's last row blank)."""
    title = "海港区机关事务中心2026年办公区域环境秩序检查评分表"
    left = ("办公室内", 50, [
        ("办公桌面整洁，文件资料分类摆放", 8, "threshold", {}),
        ("涉密文件按规定存放，离开时锁闭", 10, "threshold", {}),
        ("下班关闭电脑、空调、照明等电源", 10, "每发现一处未关闭扣2分", "per_occurrence"),
        ("室内无私拉乱接电线，不使用大功率电器", 10, "threshold", {}),
        ("绿植摆放适量，无枯萎", 4, "threshold", {}),
        ("门牌、座位牌规范统一", 8, "threshold", {}),
    ])
    right = ("公共区域", 50, [
        ("走廊、楼梯无杂物堆放", 10, "每发现一处扣2分", "per_occurrence"),
        ("卫生间清洁无异味，设施完好", 10, "threshold", {}),
        ("会议室使用后及时复位", 10, "threshold", {}),
        ("消防器材完好，安全出口标识清晰", 12, "threshold", {}),
        ("车辆停放在指定车位", 8, "每发现一辆乱停扣1分", "per_occurrence"),
    ])
    common = "符合标准的得该项分值，不符合的该项不得分"

    def norm(rows):
        out = []
        for r in rows:
            if r[2] in ("threshold",):
                out.append((r[0], r[1], common, "threshold", {}))
            else:
                per = {"每发现一处未关闭扣2分": -2.0, "每发现一处扣2分": -2.0, "每发现一辆乱停扣1分": -1.0}[r[2]]
                out.append((r[0], r[1], r[2], "per_occurrence", {"per_occurrence": per}))
        return out

    halves = [(left[0], left[1], norm(left[2])), (right[0], right[1], norm(right[2]))]
    for _, pts, rows in halves:
        assert sum(r[1] for r in rows) == pts
    n_rows = max(len(h[2]) for h in halves)
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["被检查单位：____________　检查时间：____年__月__日",
                   f"评分说明：本表分办公室内、公共区域两部分，满分100分。除标明扣分办法的项目外，{common}。"])
    t = d.add_table(rows=2 + n_rows + 1, cols=6)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0).merge(t.cell(0, 2)), f"{left[0]}（{left[1]}分）", bold=True)
    set_cell(t.cell(0, 3).merge(t.cell(0, 5)), f"{right[0]}（{right[1]}分）", bold=True)
    for c, h in enumerate(["序号", "检查内容及标准", "分值"] * 2):
        set_cell(t.cell(1, c), h, bold=True)
    cats, items = [], []
    for side, (cname, cpts, rows) in enumerate(halves):
        cats.append(cat(cname, float(cpts)))
        for k, (text, pts, crit, rule, extra) in enumerate(rows):
            shown = text if rule == "threshold" else f"{text}（{crit}）"
            for c, v in enumerate([str(k + 1), shown, g(pts)]):
                set_cell(t.cell(2 + k, 3 * side + c), v)
            items.append(item(cname, str(k + 1), text, float(pts), criteria=crit, rule=rule, **extra))
    last = 2 + n_rows
    set_cell(t.cell(last, 0).merge(t.cell(last, 5)), "合计：100分　　实得分：______", bold=True)
    paragraphs(d, ["检查得分90分以上的通报表扬，70分以下的责令限期整改。",
                   "检查人员（签字）：________"])
    name = "t12_office_two_lists_side_by_side_one_table.doc"
    to_legacy(lambda p: d.save(p), name.replace(".doc", ".docx"), "doc")
    gold("t12", [name], title, 2026, 100.0, cats, items,
         grades=[{"name": "通报表扬", "min_score": 90}, {"name": "责令限期整改", "max_score": 70}],
         notes="legacy Word 97 `.doc`; a TWO-COLUMN layout: two INDEPENDENT item lists side by side in ONE six-column "
               "table (`序号 | 检查内容及标准 | 分值` twice), each half under a merged header `办公室内（50分）` / "
               "`公共区域（50分）` (the categories); the right half's numbering restarts at 1 and its last row is blank "
               "(6 items left, 5 right); a row of the table holds one item of EACH category; the common rule in the "
               "评分说明 applies to every item without its own (threshold; criteria = the common rule); the items with "
               "their own rule show it in brackets after the text; the 90/70 lines are kept as grades (通报表扬 / "
               "责令限期整改) — a reviewer could drop them")


# ----------------------------------------------------------------------------- t13


def t13():
    """html, 机关工委 运动会: NOT a scheme — a 团体总分计分说明 of a sports meet that recalls the placing points in one
    line and then LISTS RESULTS: units × events with the points they obtained, totals `62分`, ranks."""
    title = "市直机关第十届职工运动会团体总分计分说明及成绩"
    events = ["乒乓球", "羽毛球", "拔河", "趣味接力", "定点投篮"]
    teams = [("市教育局", [9, 7, 9, 6, 5]), ("市卫健委", [7, 9, 5, 9, 7]), ("市税务局", [6, 5, 7, 7, 9]),
             ("市公安局", [5, 6, 6, 5, 6]), ("市财政局", [4, 3, 4, 4, 3]), ("市水利局", [3, 4, 3, 3, 4])]
    body = [f"<h2>{esc(title)}</h2>",
            "<p>市直机关第十届职工运动会于2026年5月16日至17日在市全民健身中心举行，共有42个单位代表队参赛。</p>",
            "<p>一、计分说明。团体总分按大会竞赛规程第十二条计算：各单项录取前六名，分别计9分、7分、6分、5分、4分、3分；"
            "并列名次的计分平分。团体总分相同的，以获单项第一名多者列前。</p>",
            "<p>二、团体总分前六名成绩如下（单位：分）：</p>",
            "<table border=\"1\" cellspacing=\"0\"><tr><th>名次</th><th>代表队</th>"
            + "".join(f"<th>{e}</th>" for e in events) + "<th>团体总分</th></tr>"]
    ranked = sorted(teams, key=lambda t_: -sum(t_[1]))
    for n, (team, pts) in enumerate(ranked, start=1):
        body.append(f"<tr><td>{n}</td><td>{team}</td>" + "".join(f"<td>{p}</td>" for p in pts)
                    + f"<td>{sum(pts)}分</td></tr>")
    body += ["</table>",
             "<p>三、其他。男子100米冠军成绩12秒31，女子800米冠军成绩2分58秒；比赛于每日上午8时30分开始。"
             "对成绩有异议的，请于5月22日前向大会竞赛组反映。</p>",
             "<p>市直机关工委　市直机关工会　2026年5月18日</p>"]
    name = "t13_office_sports_meet_points_explanation_results_not_scheme.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    not_a_scheme("t13", [name], title, 2026,
                 "a sports meet's team-score explanation and RESULTS: one line recalls the placing points of the "
                 "competition rules (`分别计9分、7分、6分…`), then a table of units × events holding the points each unit "
                 "OBTAINED and totals `37分`…; race times `2分58秒`, `8时30分`; it appraises no one and sets no items")


# ----------------------------------------------------------------------------- t14


def t14():
    """xls, 学校: NOT a scheme — one student's TRANSCRIPT (成绩单): courses with 学分, marks `92`, `良好`, a 补考 `60`,
    绩点, a 加权平均分 `86.4分`, a 综合测评 `85.6分`, a CET-4 `548分`, 体测 `78.5分`."""
    title = "临江师范学院学生学业成绩单"
    courses = [("2024-2025-1", "思想道德与法治", "必修", 3, "88", 3.8), ("2024-2025-1", "高等数学A（上）", "必修", 5, "76", 2.6),
               ("2024-2025-1", "大学英语（一）", "必修", 3, "91", 4.1), ("2024-2025-2", "高等数学A（下）", "必修", 5, "60（补考）", 1.0),
               ("2024-2025-2", "程序设计基础", "必修", 4, "93", 4.3), ("2024-2025-2", "大学体育（二）", "必修", 1, "良好", 3.5),
               ("2025-2026-1", "数据结构", "必修", 4, "85", 3.5), ("2025-2026-1", "摄影艺术欣赏", "选修", 2, "优秀", 4.5)]

    def save(path):
        wb = Workbook()
        ws = wb.active
        ws.title = "成绩单"
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=14)
        ws.merge_cells("A1:F1")
        ws["A2"] = "姓名：周若溪　学号：2024051318　学院：计算机与信息学院　专业：软件工程　年级：2024级"
        ws.merge_cells("A2:F2")
        for c, h in enumerate(["学年学期", "课程名称", "课程性质", "学分", "成绩", "绩点"], start=1):
            ws.cell(row=3, column=c, value=h).font = Font(bold=True)
        r = 4
        for row in courses:
            for c, v in enumerate(row, start=1):
                ws.cell(row=r, column=c, value=v)
            r += 1
        for line in ["已修学分：27　平均学分绩点：3.21　加权平均分：82.7分",
                     "大学英语四级：548分（2025年6月）　国家学生体质健康测试：78.5分（良好）",
                     "2024-2025学年综合素质测评：85.6分，专业排名第12名（共96人）",
                     "注：百分制成绩满分100分，60分及格；等级制成绩按优秀4.5、良好3.5、中等2.5、及格1.5折算绩点。",
                     "学院教务办公室（盖章）　打印日期：2026年3月2日"]:
            ws.cell(row=r, column=1, value=line)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            r += 1
        for col, w in zip("ABCDEF", [14, 22, 10, 8, 12, 8]):
            ws.column_dimensions[col].width = w
        wb.save(path)

    name = "t14_school_student_transcript_not_scheme.xls"
    to_legacy(save, name.replace(".xls", ".xlsx"), "xls")
    not_a_scheme("t14", [name], title, 2026,
                 "one student's transcript: courses with 学分, marks obtained (`93`, `60（补考）`, `良好`), 绩点, a "
                 "weighted average `82.7分`, CET-4 `548分`, a fitness test `78.5分`, a 综合测评 `85.6分` and its rank, and a "
                 "note on grade-point conversion; it lists results, not a scheme")


BUILDS = (t01, t02, t03, t04, t05, t06, t07, t08, t09, t10, t11, t12, t13, t14)


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
