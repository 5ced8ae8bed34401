"""Build the THIRD forms probe set (held out) and its gold from one hand-written content table each.

The first two forms sets (tests/data/forms, tests/data/forms2) were each measured once and then used
for development; this set probes forms of stating points neither has: markdown pipe tables in plain
text, html <ul>/<dl> lists, decimal outlines 1.1 / 1.1.1 with points at every level, points FIRST
(`【5分】…`, `（10分）…`, `5分：…`), a summary table of 一级指标 before the detail sections, a total split
in one sentence (`其中…占30分、…`), points on their own line under the item, a trailing `分值（分）`
column with cells `0-20`, `≤10`, `5/项`, `2分/次，最高6分`, `10（每缺一项扣2分）`, 加分项/扣分项 rows
with `+3`/`-2`, lettered headings A./B./C. and （甲）（乙）, circled ①② sub-items, a 扣分上限 column,
letter grades and a grade table, an xlsx with SUM formulas and a hidden helper column, a two-row
header (分值 over 基本分 | 加分), a filled self-evaluation form that IS a scheme, and two documents
full of `N分` that are not schemes.  Each document's content is written once below and rendered both
into the document and into ``gold/<id>.json``, so the gold is the content, never kaohe's output.
Run from the repo root: ``.venv/bin/python tests/data/forms3/make_forms3.py`` (add ``--pdf`` to
refresh the PDFs with LibreOffice headless; needs a CJK font).
"""

from __future__ import annotations

import html as htmllib
import importlib.util
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"

# The helpers, entry shapes and gold writers are the first two forms sets' and the unseen set's (one
# implementation); their writers and the PDF renderer write into their module's GOLD/HERE, pointed here.
_spec = importlib.util.spec_from_file_location("make_forms2", HERE.parent / "forms2" / "make_forms2.py")
_forms2 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_forms2)
_forms, _unseen = _forms2._forms, _forms2._unseen
_forms.GOLD = _unseen.GOLD = _forms2.GOLD = GOLD
_forms.HERE = _unseen.HERE = _forms2.HERE = HERE
item, cat, gold, new_doc, heading, set_cell, merge_down, fmt, save_calculated = (
    _unseen.item, _unseen.cat, _unseen.gold, _unseen.new_doc, _unseen.heading, _unseen.set_cell,
    _unseen.merge_down, _unseen.fmt, _unseen.save_calculated)
not_a_scheme, paragraphs, grid, html_page, to_pdf = (
    _forms.not_a_scheme, _forms.paragraphs, _forms.grid, _forms.html_page, _forms.to_pdf)
caption = _forms2.caption

PDF_SOURCES = _forms.PDF_SOURCES  # (docx file name, keep the docx as a fixture too): rendered by _forms.main


def esc(text):
    return htmllib.escape(text)


# ----------------------------------------------------------------------------- h01


def h01():
    """txt, 工会: markdown pipe tables `| 项目 | 分值 | 评分标准 |` under each section; letter grades
    `A（90分以上）B（80-89分）…` in one line."""
    title = "青石县总工会2026年度基层工会“职工之家”建设评分细则"
    # (section, points, [(item, points, criteria, rule, extra)])
    sections = [
        ("一", "组织建设", 25, [
            ("工会委员会按期换届", 8, "按期换届的得8分，逾期未换届的不得分", "threshold", {}),
            ("会员会籍管理", 7, "会员花名册齐全且动态更新的得7分；有花名册但未及时更新的得3分", "tiers", {}),
            ("工会经费审查", 10, "经费审查委员会每年审查经费收支一次的得10分，未审查的不得分", "threshold", {}),
        ]),
        ("二", "服务职工", 40, [
            ("困难职工帮扶", 15, "困难职工建档立卡、帮扶措施到位的得15分；每发现一户未建档扣3分，扣完为止", "per_occurrence",
             {"per_occurrence": -3.0}),
            ("送清凉送温暖", 10, "每开展一次慰问活动得5分，最高10分", "per_occurrence", {"per_occurrence": 5.0, "cap": 10.0}),
            ("职工法律援助", 15, "由考核组根据法律援助服务台账综合评定", "manual", {}),
        ]),
        ("三", "阵地建设", 35, [
            ("职工活动室", 15, "活动室面积不少于60平方米、文体器材完好的得15分", "threshold", {}),
            ("母婴关爱室", 10, "建成并正常使用的得10分；建成但未投入使用的得4分", "tiers", {}),
            ("工会网上服务平台", 10, "会员实名注册率达到90%以上的得10分，每低5个百分点扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "5个百分点"}),
        ]),
    ]
    lines = [title, "", "各乡镇（街道）工会、县直各基层工会：",
             "为推进“职工之家”规范化建设，县总工会制定本评分细则。评分总分100分，由县总工会组织考核组实地查看评分。", ""]
    cats, items = [], []
    for code, name, pts, rows in sections:
        lines += [f"{code}、{name}（{pts}分）", "", "| 项目 | 分值 | 评分标准 |", "| --- | --- | --- |"]
        cats.append(cat(name, float(pts), code=code))
        for text, ipts, crit, rule, extra in rows:
            lines.append(f"| {text} | {ipts} | {crit}。 |")
            items.append(item(name, None, text, float(ipts), criteria=crit, rule=rule, **extra))
        lines.append("")
    lines += ["| 合计 | 100 | |", "",
              "四、等级评定",
              "评定等级：A（90分以上）B（80-89分）C（60-79分）D（60分以下）。评为A级的推荐参加市级“模范职工之家”评选。", "",
              "青石县总工会", "2026年3月12日", ""]
    (HERE / "h01_union_markdown_pipe_tables.txt").write_text("\n".join(lines), encoding="utf-8")
    gold("h01", ["h01_union_markdown_pipe_tables.txt"], title, 2026, 100.0, cats, items,
         grades=[{"name": "A", "min_score": 90}, {"name": "B", "min_score": 80, "max_score": 89},
                 {"name": "C", "min_score": 60, "max_score": 79}, {"name": "D", "max_score": 60}],
         notes="plain text with markdown pipe tables, one per section (`| 项目 | 分值 | 评分标准 |` and a `| --- |` "
               "rule); items have no code; the `| 合计 | 100 | |` row is the total, not an item; grades are letters "
               "with the band in brackets")


# ----------------------------------------------------------------------------- h02


def h02():
    """html, 学校 课程: points FIRST in <ul><li> (`【10分】课堂出勤：…`) and a <dl> whose <dt> begins `（15分）`."""
    title = "数据库原理课程设计成绩评定办法"
    ul_sections = [
        ("一", "平时表现", 20, [
            ("课堂出勤", 10, "全勤得10分，每缺勤一次扣2分，扣完为止", "per_occurrence", {"per_occurrence": -2.0}),
            ("阶段检查", 10, "按时提交需求分析、概要设计两份阶段文档，每份5分", "components", {}),
        ]),
        ("二", "设计报告", 40, [
            ("数据库设计", 15, "E-R图规范、关系模式达到第三范式的得满分，存在数据冗余的由指导教师酌情扣分", "manual", {}),
            ("功能实现", 15, "完成全部必做功能的得15分，每缺一项必做功能扣3分", "per_occurrence", {"per_occurrence": -3.0}),
            ("报告撰写", 10, "结构完整、图表规范，由指导教师评定", "manual", {}),
        ]),
    ]
    dl_section = ("三", "答辩", 40, [
        ("系统演示", 15, "演示流畅、功能正确，由答辩小组三名教师分别评分后取平均", "manual", {}),
        ("问题回答", 15, "回答答辩小组提出的3个问题，每答对一题得5分", "per_occurrence", {"per_occurrence": 5.0, "cap": 15.0}),
        ("代码质量", 10, "代码规范、注释完整的得10分；存在明显抄袭的，本项不得分", "threshold", {}),
    ])
    body = [f"<h1>{esc(title)}</h1>",
            "<p>课程设计总评成绩满分100分，由平时表现、设计报告和答辩三部分组成，各部分评分要点如下。</p>"]
    cats, items = [], []
    for code, name, pts, rows in ul_sections:
        body.append(f"<h2>{code}、{name}（{pts}分）</h2>\n<ul>")
        cats.append(cat(name, float(pts), code=code))
        for text, ipts, crit, rule, extra in rows:
            body.append(f"  <li>【{ipts}分】{esc(text)}：{esc(crit)}。</li>")
            items.append(item(name, None, text, float(ipts), criteria=crit, rule=rule, **extra))
        body.append("</ul>")
    code, name, pts, rows = dl_section
    body.append(f"<h2>{code}、{name}（{pts}分）</h2>\n<dl>")
    cats.append(cat(name, float(pts), code=code))
    for text, ipts, crit, rule, extra in rows:
        body.append(f"  <dt>（{ipts}分）{esc(text)}</dt>\n  <dd>{esc(crit)}。</dd>")
        items.append(item(name, None, text, float(ipts), criteria=crit, rule=rule, **extra))
    body += ["</dl>",
             "<h2>四、成绩记载</h2>",
             "<p>总评成绩按优秀（90分及以上）、良好（80-89分）、中等（70-79分）、及格（60-69分）、不及格（60分以下）五级记载。"
             "答辩时间每组不超过15分钟。</p>",
             "<p>计算机与信息工程学院 2026年5月</p>"]
    (HERE / "h02_course_html_lists_points_first.html").write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    gold("h02", ["h02_course_html_lists_points_first.html"], title, 2026, 100.0, cats, items,
         grades=[{"name": "优秀", "min_score": 90}, {"name": "良好", "min_score": 80, "max_score": 89},
                 {"name": "中等", "min_score": 70, "max_score": 79}, {"name": "及格", "min_score": 60, "max_score": 69},
                 {"name": "不及格", "max_score": 60}],
         notes="points come FIRST: `<li>【10分】name：criteria</li>` in two <ul> sections and `<dt>（15分）name</dt>` with "
               "the criteria in <dd> in the third; `酌情扣分` is manual; `每答对一题得5分` (3 questions) is per_occurrence "
               "capped at the item's 15; `15分钟` is a duration, not points; year from the date line")


# ----------------------------------------------------------------------------- h03


def h03():
    """docx+pdf, 企业 HSE: multi-level decimal numbering 1 / 1.1 / 1.1.1 with `（N分）` at every level, the
    levels reconciling (items add to their 二级, 二级 to their 一级)."""
    title = "临港化工园区2026年度企业安全生产标准化达标考评细则"
    outline = [
        ("1", "安全目标与职责", 20, [
            ("1.1", "安全生产目标", 8, [
                ("1.1.1", "制定年度安全生产目标并分解到车间、班组", 4, "目标已分解到车间、班组的得4分，未分解的不得分",
                 "threshold", {}),
                ("1.1.2", "每季度考核目标完成情况", 4, "每少考核一个季度扣1分", "per_occurrence", {"per_occurrence": -1.0}),
            ]),
            ("1.2", "安全生产责任制", 12, [
                ("1.2.1", "主要负责人、分管负责人和各岗位安全生产责任制齐全", 6, "每缺一个岗位的责任制扣1分",
                 "per_occurrence", {"per_occurrence": -1.0}),
                ("1.2.2", "全员签订安全生产责任书", 6, "签订率100%的得6分，90%及以上的得3分，低于90%的不得分", "tiers", {}),
            ]),
        ]),
        ("2", "隐患排查治理", 30, [
            ("2.1", "隐患排查", 14, [
                ("2.1.1", "每月组织一次综合性隐患排查", 8, "每少一次扣2分", "per_occurrence", {"per_occurrence": -2.0}),
                ("2.1.2", "建立隐患排查台账并闭环销号", 6, "台账齐全、闭环销号的得6分，无台账的不得分", "threshold", {}),
            ]),
            ("2.2", "隐患治理", 16, [
                ("2.2.1", "一般隐患按期整改", 10, "得分＝一般隐患按期整改率×10", "proportional",
                 {"formula": "一般隐患按期整改率×10"}),
                ("2.2.2", "重大隐患挂牌督办", 6, "落实整改措施、责任、资金、时限和预案的得6分", "threshold", {}),
            ]),
        ]),
        ("3", "应急管理", 20, [
            ("3.1", "应急预案", 10, [
                ("3.1.1", "编制综合应急预案和专项应急预案并备案", 5, "已编制并备案的得5分", "threshold", {}),
                ("3.1.2", "应急预案每三年至少修订一次", 5, "按期修订的得5分", "threshold", {}),
            ]),
            ("3.2", "应急演练", 10, [
                ("3.2.1", "每半年至少组织一次应急演练", 6, "每少一次扣3分", "per_occurrence", {"per_occurrence": -3.0}),
                ("3.2.2", "演练后进行评估总结", 4, "评估报告质量由考评组评定", "manual", {}),
            ]),
        ]),
        ("4", "教育培训", 30, [
            ("4.1", "三级安全教育", 15, [
                ("4.1.1", "新员工三级安全教育率100%", 10, "发现1人未经教育上岗扣2分", "per_occurrence",
                 {"per_occurrence": -2.0}),
                ("4.1.2", "安全教育档案一人一档", 5, "档案齐全的得5分", "threshold", {}),
            ]),
            ("4.2", "特种作业人员管理", 15, [
                ("4.2.1", "特种作业人员持证上岗", 15, "发现无证上岗的本项不得分", "threshold", {}),
            ]),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["为推动园区企业安全生产标准化建设，园区安监局制定本细则。考评满分100分，由考评组采取查阅资料、"
                   "现场检查和人员询问相结合的方式评分，各条款扣分以该条款分值为限。"])
    cats, items = [], []
    for c1, n1, p1, subs in outline:
        d.add_paragraph(f"{c1} {n1}（{p1}分）")
        cats.append(cat(n1, float(p1), code=c1))
        for c2, n2, p2, rows in subs:
            d.add_paragraph(f"{c2} {n2}（{p2}分）")
            cats.append(cat(n2, float(p2), parent=n1, code=c2))
            for c3, text, p3, crit, rule, extra in rows:
                d.add_paragraph(f"{c3} {text}（{p3}分）。{crit}。")
                items.append(item(n2, c3, text, float(p3), criteria=crit, rule=rule, **extra))
    paragraphs(d, ["5 考评结果",
                   "5.1 考评得分90分及以上为一级达标企业，75分至89分为二级达标企业，60分至74分为三级达标企业，60分以下为不达标。",
                   "5.2 考评期内发生生产安全死亡事故的企业，不予评定达标等级。",
                   "临港化工园区安全生产监督管理局", "2026年1月20日"])
    name = "h03_hse_decimal_outline_three_levels.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, True))
    gold("h03", [name, name.replace(".docx", ".pdf")], title, 2026, 100.0, cats, items,
         grades=[{"name": "一级达标企业", "min_score": 90}, {"name": "二级达标企业", "min_score": 75, "max_score": 89},
                 {"name": "三级达标企业", "min_score": 60, "max_score": 74}, {"name": "不达标", "max_score": 60}],
         veto=[{"code": "5.2", "text": "考评期内发生生产安全死亡事故的企业", "effect": "不予评定达标等级"}],
         veto_effect="不予评定达标等级",
         notes="three-level decimal outline: `1 name（20分）`, `1.1 name（8分）`, `1.1.1 item（4分）。criteria。`, points at "
               "every level and reconciling; 一级 and 二级 are categories (二级 parent = 一级), 1.1.1 lines are items "
               "(text = before the bracket, criteria = after it); `各条款扣分以该条款分值为限` floors every item at 0; "
               "section 5 (results) is numbered like the outline but is not a category")


# ----------------------------------------------------------------------------- h04


def h04():
    """docx, 医院: a SUMMARY table (一级指标 | 分值) at the top, the 二级 items with points in later sections, and
    a grade TABLE (等次 | 分数区间)."""
    title = "江源市第二人民医院2026年度临床科室综合目标考核方案"
    sections = [
        ("一", "医疗质量", 35, [
            ("病历甲级率", 10, "病历甲级率达到90%的得10分，每降低1个百分点扣1分，扣完为止", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "百分点"}),
            ("临床路径入径率", 10, "入径率≥50%的得10分，40%～50%的得6分，低于40%的不得分", "tiers", {}),
            ("抗菌药物使用强度", 8, "不超过40DDDs的得8分，超过的不得分", "threshold", {}),
            ("三级查房制度落实", 7, "由医务部每月抽查评定", "manual", {}),
        ]),
        ("二", "患者安全", 25, [
            ("不良事件主动上报", 10, "每主动上报一例得1分，最高10分", "per_occurrence", {"per_occurrence": 1.0, "cap": 10.0}),
            ("手术安全核查", 8, "核查表填写完整的得8分，每发现一份不完整扣1分", "per_occurrence", {"per_occurrence": -1.0}),
            ("手卫生依从性", 7, "得分＝手卫生依从率×7", "proportional", {"formula": "手卫生依从率×7"}),
        ]),
        ("三", "运营效率", 20, [
            ("平均住院日", 10, "不超过科室目标值的得10分，每超过0.5天扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "0.5天"}),
            ("药品费用占比", 10, "控制在科室目标值以内的得10分，超出的不得分", "threshold", {}),
        ]),
        ("四", "患者满意", 20, [
            ("住院患者满意度", 12, "满意度95%以上的得12分，90%～95%的得8分，90%以下的得4分", "tiers", {}),
            ("投诉处理", 8, "经核实的有效投诉每例扣4分", "per_occurrence", {"per_occurrence": -4.0}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["为进一步提升医疗服务质量和运营效率，结合医院年度工作目标，制定本方案。",
                   "一、考核指标及分值",
                   "考核设4个一级指标，满分100分，分值分配如下表："])
    grid(d, ["序号", "一级指标", "分值"],
         [[str(i), name, str(pts)] for i, (_, name, pts, _) in enumerate(sections, start=1)] + [["", "合计", "100"]])
    d.add_paragraph("二、考核细则")
    cats, items = [], []
    for code, name, pts, rows in sections:
        d.add_paragraph(f"（{code}）{name}")
        cats.append(cat(name, float(pts), code=code))
        grid(d, ["二级指标", "分值", "考核办法"], [[text, str(ipts), crit + "。"] for text, ipts, crit, _, _ in rows])
        for text, ipts, crit, rule, extra in rows:
            items.append(item(name, None, text, float(ipts), criteria=crit, rule=rule, **extra))
    d.add_paragraph("三、等次评定")
    grades = [("优秀", "90分及以上"), ("良好", "80～89分"), ("合格", "60～79分"), ("不合格", "60分以下")]
    grid(d, ["等次", "分数区间"], [list(g) for g in grades])
    paragraphs(d, ["四、结果运用。考核结果与科室绩效工资挂钩，每季度兑现一次。", "医院绩效管理办公室", "2026年1月8日"])
    name = "h04_hospital_summary_table_then_details.docx"
    d.save(HERE / name)
    gold("h04", [name], title, 2026, 100.0, cats, items,
         grades=[{"name": "优秀", "min_score": 90}, {"name": "良好", "min_score": 80, "max_score": 89},
                 {"name": "合格", "min_score": 60, "max_score": 79}, {"name": "不合格", "max_score": 60}],
         notes="the 一级指标 points are stated ONLY in the summary table at the top; the detail sections `（一）医疗质量` "
               "carry no points, their tables (二级指标 | 分值 | 考核办法) give the items; the summary table's rows are "
               "categories, not items; grades come from an 等次 | 分数区间 table")


# ----------------------------------------------------------------------------- h05


def h05():
    """txt, 街道 社区: the total split in ONE sentence (`满分100分，其中组织建设占30分、…`) with the items in a later
    section, points FIRST as `（10分）…` and `8分：…`."""
    title = "枫林街道2026年度社区居委会规范化建设考核办法"
    sections = [
        ("组织建设", 30, "paren", [
            ("居委会成员按法定职数配齐，按期完成换届", 10, "", "threshold", {}),
            ("居民小组长、楼栋长队伍健全", 12, "每缺一名扣1分", "per_occurrence", {"per_occurrence": -1.0}),
            ("每月召开居务会议，会议记录完整", 8, "每缺一次会议记录扣1分", "per_occurrence", {"per_occurrence": -1.0}),
        ]),
        ("制度建设", 20, "paren", [
            ("居务公开制度健全，每季度公开一次", 10, "每少公开一次扣2.5分", "per_occurrence", {"per_occurrence": -2.5}),
            ("居民公约修订完善并经居民会议通过", 10, "", "threshold", {}),
        ]),
        ("服务群众", 35, "colon", [
            ("便民服务站工作日全天开放", 8, "抽查时无人值守的不得分", "threshold", {}),
            ("为辖区高龄、独居老人建立关爱台账，每月走访一次", 12, "走访记录完整的得12分，不完整的得6分", "tiers", {}),
            ("组织开展邻里节等社区活动", 10, "每开展一次得2分，最高10分", "per_occurrence",
             {"per_occurrence": 2.0, "cap": 10.0}),
            ("居民诉求按时办结", 5, "办结率100%的得5分，未达到的不得分", "threshold", {}),
        ]),
        ("档案资料", 15, "paren", [
            ("文书档案按年度分类归档、目录齐全", 8, "", "threshold", {}),
            ("社区电子台账录入及时准确", 7, "由街道民政科抽查评定", "manual", {}),
        ]),
    ]
    numerals = "一二三四"
    lines = [title, "",
             "一、考核对象", "街道辖区内9个社区居委会。", "",
             "二、考核内容及分值",
             "考核满分100分，其中组织建设占30分、制度建设占20分、服务群众占35分、档案资料占15分。", "",
             "三、考核细则"]
    cats, items = [], []
    for (name, pts, style, rows), num in zip(sections, numerals):
        lines.append(f"（{num}）{name}")
        cats.append(cat(name, float(pts), code=num))
        for text, ipts, rule_text, rule, extra in rows:
            sentence = f"{text}。" + (f"{rule_text}。" if rule_text else "")
            lines.append(f"（{ipts}分）{sentence}" if style == "paren" else f"{ipts}分：{sentence}")
            crit = f"{text}。{rule_text}" if rule_text else text
            items.append(item(name, None, text, float(ipts), criteria=crit, rule=rule, **extra))
        lines.append("")
    lines += ["四、结果评定",
              "考核结果分为优秀（90分以上）、合格（70-89分）、不合格（70分以下）三个等次。", "",
              "枫林街道办事处", "2026年2月27日", ""]
    (HERE / "h05_street_total_split_in_sentence.txt").write_text("\n".join(lines), encoding="utf-8")
    gold("h05", ["h05_street_total_split_in_sentence.txt"], title, 2026, 100.0, cats, items,
         grades=[{"name": "优秀", "min_score": 90}, {"name": "合格", "min_score": 70, "max_score": 89},
                 {"name": "不合格", "max_score": 70}],
         notes="the category points are stated only in ONE sentence of section 二 (`其中组织建设占30分、…`); the "
               "category headings of section 三 carry no points; items give their points FIRST, `（10分）text。rule。` "
               "or `8分：text。rule。`; items without a printed rule (all-or-nothing requirement) are threshold; "
               "text = the requirement sentence, criteria = requirement plus rule")


# ----------------------------------------------------------------------------- h06


def h06():
    """docx, 机关 效能: lettered headings `A．工作落实（40分）`; each item's points on their OWN line under it
    (`1．name` / `10分` / `评分：…`)."""
    title = "东湖区2026年度区级机关效能建设考核细则"
    sections = [
        ("A", "工作落实", 40, [
            ("1", "重点任务台账管理", 10, "台账清晰、按月更新的得10分；未按月更新的得5分；无台账的不得分", "tiers", {}),
            ("2", "督办事项按期办结", 20, "每逾期一件扣4分，扣完为止", "per_occurrence", {"per_occurrence": -4.0}),
            ("3", "年度工作计划完成情况", 10, "由区效能办根据年终述职情况综合评定", "manual", {}),
        ]),
        ("B", "服务质量", 35, [
            ("4", "政务服务“好差评”", 15, "好评率达到98%以上的得15分，每降低1个百分点扣3分", "per_occurrence",
             {"per_occurrence": -3.0, "unit": "百分点"}),
            ("5", "12345热线工单办理", 20, "得分＝工单按期办结率×20", "proportional", {"formula": "工单按期办结率×20"}),
        ]),
        ("C", "作风纪律", 25, [
            ("6", "考勤管理", 10, "抽查发现无故脱岗的，每人次扣2分", "per_occurrence", {"per_occurrence": -2.0}),
            ("7", "会风会纪", 5, "参加全区性会议迟到、早退的，每人次扣1分", "per_occurrence", {"per_occurrence": -1.0}),
            ("8", "廉政风险防控", 10, "建立岗位廉政风险清单并落实防控措施的得10分", "threshold", {}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各区级机关单位：",
                   "为持续优化营商环境、提升机关工作效能，区效能建设领导小组制定本细则，考核总分100分。具体如下："])
    cats, items = [], []
    for letter, name, pts, rows in sections:
        d.add_paragraph(f"{letter}．{name}（{pts}分）")
        cats.append(cat(name, float(pts), code=letter))
        for code, text, ipts, crit, rule, extra in rows:
            paragraphs(d, [f"{code}．{text}", f"{ipts}分", f"评分：{crit}。"])
            items.append(item(name, code, text, float(ipts), criteria=crit, rule=rule, **extra))
    paragraphs(d, ["考核得分90分以上为优秀，75分至89分为良好，60分至74分为一般，60分以下为较差。",
                   "东湖区机关效能建设领导小组办公室", "2026年3月2日"])
    name = "h06_office_points_on_own_line_lettered.docx"
    d.save(HERE / name)
    gold("h06", [name], title, 2026, 100.0, cats, items,
         grades=[{"name": "优秀", "min_score": 90}, {"name": "良好", "min_score": 75, "max_score": 89},
                 {"name": "一般", "min_score": 60, "max_score": 74}, {"name": "较差", "max_score": 60}],
         notes="categories lettered `A．` `B．` `C．` with `（N分）`; every item is three paragraphs: `1．name`, then its "
               "points ALONE on the next line (`10分`), then `评分：criteria。`; item codes run on across categories "
               "(1…8)")


# ----------------------------------------------------------------------------- h07


def h07():
    """docx+pdf, 竞赛 评审: a trailing `分值（分）` column whose cells are ranges and rules: `0-20`, `≤10`, `5/项`,
    `2分/次，最高6分`, `10（每缺一项扣2分）`."""
    title = "2026年全市青年创新创业大赛复赛评审标准"
    # (dimension, key points, 分值 cell, points, rule, extra)
    rows = [
        ("项目创新性", "技术路线或商业模式具有原创性，评委按创新程度打分", "0-20", 20, "manual", {}),
        ("市场前景", "目标市场清晰，有市场调研数据支撑", "0-15", 15, "manual", {}),
        ("商业计划书完整性", "应包含市场分析、产品方案、财务预测、团队介绍、风险分析五部分", "10（每缺一项扣2分）", 10,
         "per_occurrence", {"per_occurrence": -2.0}),
        ("知识产权", "已获授权的专利、软件著作权，每项计5分，本项最高15分", "5/项", 15, "per_occurrence",
         {"per_occurrence": 5.0, "cap": 15.0}),
        ("社会效益", "带动就业、服务乡村振兴等方面的成效", "≤10", 10, "manual", {}),
        ("路演答辩", "准确回答评委提问，每准确回答一个问题得2分", "2分/次，最高6分", 6, "per_occurrence",
         {"per_occurrence": 2.0, "cap": 6.0}),
        ("经营现状", "已注册公司并取得营业收入的得14分；已注册但尚无收入的得8分；未注册的不得分", "14", 14, "tiers", {}),
        ("陈述时间控制", "路演陈述在8分钟内完成的得10分，超时每30秒扣2分，扣完为止", "10", 10, "per_occurrence",
         {"per_occurrence": -2.0, "unit": "30秒"}),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["一、复赛采取项目路演加评委问答的方式进行，每个项目路演陈述8分钟、答辩5分钟。",
                   "二、评审满分100分，评审维度及分值如下表。"])
    grid(d, ["序号", "评审维度", "评审要点", "分值（分）"],
         [[str(i), dim, crit, cell] for i, (dim, crit, cell, _, _, _) in enumerate(rows, start=1)]
         + [["", "合计", "", "100"]])
    paragraphs(d, ["三、每个项目由7名评委独立评分，去掉一个最高分和一个最低分后取平均分为项目得分，保留两位小数。",
                   "四、按得分高低确定一等奖3名、二等奖6名、三等奖10名。",
                   "大赛组委会办公室", "2026年6月10日"])
    name = "h07_contest_points_cell_forms.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, True))
    items = [item("", str(i), dim, float(pts), criteria=crit, rule=rule, cell=cell, **extra)
             for i, (dim, crit, cell, pts, rule, extra) in enumerate(rows, start=1)]
    gold("h07", [name, name.replace(".docx", ".pdf")], title, 2026, 100.0, [], items,
         scoring_note="7名评委独立评分，去掉一个最高分和一个最低分后取平均分",
         notes="the trailing `分值（分）` column states each item's maximum in a different form (`cell`): a range `0-20` "
               "(max 20, judged → manual), `≤10`, `5/项` with the cap 15 only in the criteria, `2分/次，最高6分`, "
               "`10（每缺一项扣2分）`; `8分钟`/`5分钟`/`30秒` are durations; the prize line (一等奖3名…) is not a grade")


# ----------------------------------------------------------------------------- h08


def h08():
    """docx, 党建: a table whose 类别 column holds （甲）（乙）（丙） categories AND `加分项` / `扣分项` rows with `+3` /
    `-2` in the 分值 column; circled ①② sub-items with points in a criteria cell."""
    title = "南川镇2026年度村党组织党建工作考核评分表"
    groups = [
        ("甲", "组织建设", 40, [
            ("“三会一课”", "①支部党员大会每季度召开1次（4分）；②支委会每月召开1次（4分）；③党小组会每月召开1次（4分）；"
                         "④每季度讲党课1次（4分）", 16, "components", {}),
            ("主题党日", "每月固定开展主题党日活动，每缺一次扣1分", 12, "per_occurrence", {"per_occurrence": -1.0}),
            ("班子建设", "支委会成员配备齐全、分工明确的得12分", 12, "threshold", {}),
        ]),
        ("乙", "党员管理", 40, [
            ("党员发展", "①按计划完成年度发展任务（6分）；②发展程序规范、档案齐全（6分）", 12, "components", {}),
            ("流动党员管理", "流动党员全部纳入组织管理的得10分，每失联1人扣2分", 10, "per_occurrence", {"per_occurrence": -2.0}),
            ("党费收缴", "按月足额收缴党费的得8分", 8, "threshold", {}),
            ("党员积分管理", "由镇党委组织办根据党员积分台账综合评定", 10, "manual", {}),
        ]),
        ("丙", "阵地建设", 20, [
            ("党群服务中心", "标识规范、功能齐全、有人值守的得12分", 12, "threshold", {}),
            ("党务公开", "每季度公开一次，每少一次扣2分", 8, "per_occurrence", {"per_occurrence": -2.0}),
        ]),
    ]
    bonus_rows = [("村党组织获县级以上表彰", "获县级及以上党委表彰的加3分", "+3", {"points": 3.0}),
                  ("经验做法推广", "党建经验做法被县级以上党委刊物推广的，每次加1分，最多加2分", "+2",
                   {"per_occurrence": 1.0, "cap": 2.0})]
    deduction_rows = [("党员违纪", "党员受到党纪处分的，每人次扣2分", "-2", {"per_occurrence": -2.0}),
                      ("信访稳定", "发生涉及党建工作的群体性信访事件的扣5分", "-5", {"points": -5.0})]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各村党组织：现将2026年度党建工作考核评分表印发给你们，基本分满分100分，加分项合计不超过5分，"
                   "扣分项从总分中扣除。"])
    n = sum(len(rows) for *_, rows in groups) + len(bonus_rows) + len(deduction_rows)
    t = d.add_table(rows=n + 2, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["类别", "考核内容", "评分标准", "分值"]):
        set_cell(t.cell(0, c), h, bold=True)
    cats, items, bonus, deductions = [], [], [], []
    r = 1
    for code, name, pts, rows in groups:
        start = r
        cats.append(cat(name, float(pts), code=code))
        for text, crit, ipts, rule, extra in rows:
            set_cell(t.cell(r, 1), text)
            set_cell(t.cell(r, 2), crit)
            set_cell(t.cell(r, 3), str(ipts))
            items.append(item(name, None, text, float(ipts), criteria=crit, rule=rule, **extra))
            r += 1
        merge_down(t, 0, start, r - 1, f"（{code}）{name}\n（{pts}分）")
    for label, rows, sink in (("加分项", bonus_rows, bonus), ("扣分项", deduction_rows, deductions)):
        start = r
        for text, crit, cell, extra in rows:
            set_cell(t.cell(r, 1), text)
            set_cell(t.cell(r, 2), crit)
            set_cell(t.cell(r, 3), cell)
            sink.append({"section": label, "text": text, "criteria": crit, **extra})
            r += 1
        merge_down(t, 0, start, r - 1, label)
    set_cell(t.cell(r, 0), "合计")
    set_cell(t.cell(r, 3), "100")
    paragraphs(d, ["中共南川镇委员会组织办", "2026年3月18日"])
    name = "h08_party_bonus_deduction_rows_circled.docx"
    d.save(HERE / name)
    gold("h08", [name], title, 2026, 100.0, cats, items, bonus=bonus, deductions=deductions, bonus_cap=5.0,
         notes="the 类别 column (merged down) holds the categories `（甲）组织建设\\n（40分）`… AND two more groups "
               "`加分项` / `扣分项` whose 分值 cells read `+3`, `+2`, `-2`, `-5`: those rows are bonus / deduction "
               "entries, not items; `+2` with `每次加1分，最多加2分` is per_occurrence capped; `-2` with `每人次扣2分` "
               "is per occurrence; circled ①②③④ sub-items with `（4分）` each make an item of rule components")


# ----------------------------------------------------------------------------- h09


def h09():
    """docx, 档案: a deduction checklist from a base of 100 with a `扣分上限` column NEXT TO `扣分标准`."""
    title = "西岭县2026年度机关档案工作检查扣分细则"
    groups = [
        ("一", "档案管理体制", 15, [
            ("明确分管领导和专（兼）职档案人员", "未明确的扣5分", 5, "threshold", {"deduct": 5.0}),
            ("档案管理制度健全", "每缺一项制度扣2分", 10, "per_occurrence", {"per_occurrence": -2.0}),
        ]),
        ("二", "文件材料归档", 40, [
            ("归档范围和保管期限表经审批", "未经审批的扣5分", 5, "threshold", {"deduct": 5.0}),
            ("文书档案按年度及时归档", "每延迟一个月扣1分", 10, "per_occurrence", {"per_occurrence": -1.0, "unit": "月"}),
            ("归档文件整理规范", "抽查每发现一件不规范扣0.5分", 15, "per_occurrence", {"per_occurrence": -0.5}),
            ("电子文件同步归档", "未开展电子文件归档的扣10分；开展但不完整的扣5分", 10, "tiers", {}),
        ]),
        ("三", "档案保管保护", 25, [
            ("档案库房防火、防盗、防潮等“八防”设施齐全", "每缺一项设施扣2分", 16, "per_occurrence",
             {"per_occurrence": -2.0}),
            ("库房温湿度每日记录", "记录缺失每周扣1分", 9, "per_occurrence", {"per_occurrence": -1.0, "unit": "周"}),
        ]),
        ("四", "档案利用与安全", 20, [
            ("建立档案查阅利用登记制度", "查阅利用未登记的扣5分", 5, "threshold", {"deduct": 5.0}),
            ("编制检索工具和编研材料", "无检索工具扣5分，无编研材料扣5分", 10, "components", {}),
            ("制定档案安全应急预案", "未制定的扣5分", 5, "threshold", {"deduct": 5.0}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["一、检查实行扣分制，基础分100分，按下表逐项扣分，每项扣分不超过该项扣分上限。",
                   "二、检查结果：得分90分以上为优秀，75分至89分为良好，60分至74分为合格，60分以下为不合格。"
                   "发生档案丢失、损毁或泄密事件的，直接评为不合格。"])
    n = sum(len(rows) for *_, rows in groups)
    t = d.add_table(rows=n + 1, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["检查项目", "序号", "检查内容", "扣分标准", "扣分上限"]):
        set_cell(t.cell(0, c), h, bold=True)
    cats, items = [], []
    r, k = 1, 1
    for code, name, pts, rows in groups:
        start = r
        cats.append(cat(name, None, code=code, cap_sum=float(pts)))
        for text, crit, cap_pts, rule, extra in rows:
            set_cell(t.cell(r, 1), str(k))
            set_cell(t.cell(r, 2), text)
            set_cell(t.cell(r, 3), crit)
            set_cell(t.cell(r, 4), f"{cap_pts}分")
            items.append(item(name, str(k), text, float(cap_pts), criteria=crit, rule=rule, deduct_cap=float(cap_pts),
                              **extra))
            r += 1
            k += 1
        merge_down(t, 0, start, r - 1, f"{code}、{name}")
    paragraphs(d, ["西岭县档案馆", "2026年10月9日"])
    name = "h09_archives_deduction_cap_column.docx"
    d.save(HERE / name)
    gold("h09", [name], title, 2026, 100.0, cats, items, base_points=100.0, scoring_model="deduction",
         grades=[{"name": "优秀", "min_score": 90}, {"name": "良好", "min_score": 75, "max_score": 89},
                 {"name": "合格", "min_score": 60, "max_score": 74}, {"name": "不合格", "max_score": 60}],
         veto=[{"text": "发生档案丢失、损毁或泄密事件的", "effect": "直接评为不合格"}], veto_effect="直接评为不合格",
         notes="deduction checklist from a base of 100: the `扣分上限` column (`5分`…) sits next to `扣分标准`; an "
               "item's points = its 扣分上限 (the caps add up to the base 100, so each is the item's share) and "
               "`deduct_cap` repeats it; category points are NOT printed, so they are null (`cap_sum` records the sum "
               "of their items' caps, 15/40/25/20, which a reviewer could type as the points instead); fixed `未…扣5分` is threshold with `deduct`; "
               "`未开展…扣10分；不完整的扣5分` tiers; two fixed deductions for two defects components")


# ----------------------------------------------------------------------------- h10


def h10():
    """xlsx, 环保: 合计 row is a formula `=SUM(D3:D10)` (saved with values by LibreOffice) and a HIDDEN helper
    column F (`=D3/$D$11`)."""
    title = "碧水县2026年度乡镇生态环境保护目标责任考核评分表"
    rows = [
        ("空气质量改善", "PM2.5年均浓度完成年度目标的得15分，每超出1微克/立方米扣3分", 15, "per_occurrence",
         {"per_occurrence": -3.0, "unit": "微克/立方米"}),
        ("秸秆禁烧", "卫星遥感监测每发现一个火点扣2分，扣完为止", 10, "per_occurrence", {"per_occurrence": -2.0}),
        ("河长制落实", "镇级河长每月巡河不少于1次的得10分，每少一次扣1分", 10, "per_occurrence", {"per_occurrence": -1.0}),
        ("断面水质达标", "得分＝考核断面水质达标率×15", 15, "proportional", {"formula": "考核断面水质达标率×15"}),
        ("农村生活污水治理", "治理率达到60%以上的得12分，40%～60%的得6分，低于40%的不得分", 12, "tiers", {}),
        ("土壤污染防治", "由县生态环境局根据重点地块监管情况评定", 10, "manual", {}),
        ("环境信访办理", "信访件按期办结率100%的得13分，未达到的不得分", 13, "threshold", {}),
        ("生态环境宣传", "开展六五环境日等宣传活动，每次得3分，最高15分", 15, "per_occurrence",
         {"per_occurrence": 3.0, "cap": 15.0}),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "评分表"
    ws.merge_cells("A1:F1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    for c, h in enumerate(["序号", "考核项目", "考核内容及评分标准", "分值", "得分", "分值占比"], start=1):
        ws.cell(2, c, h).font = Font(bold=True)
    for i, (name, crit, pts, _, _) in enumerate(rows, start=1):
        r = i + 2
        ws.cell(r, 1, i)
        ws.cell(r, 2, name)
        ws.cell(r, 3, crit).alignment = Alignment(wrap_text=True)
        ws.cell(r, 4, pts)
        ws.cell(r, 6, f"=D{r}/$D$11")
    ws.cell(11, 2, "合计")
    ws.cell(11, 4, "=SUM(D3:D10)")
    ws.cell(12, 1, "说明：1．辖区内发生重大及以上突发环境事件的，实行一票否决，考核结果直接定为不合格。")
    ws.cell(13, 1, "2．得分90分以上为优秀，75分至89分为良好，60分至74分为合格，60分以下为不合格。")
    ws.column_dimensions["C"].width = 60
    ws.column_dimensions["F"].hidden = True
    name = "h10_environment_sum_formula_hidden_column.xlsx"
    save_calculated(wb, name)
    items = [item("", str(i), n, float(p), criteria=c, rule=rule, cell=f"D{i + 2}", **extra)
             for i, (n, c, p, rule, extra) in enumerate(rows, start=1)]
    gold("h10", [name], title, 2026, 100.0, [], items,
         veto=[{"text": "辖区内发生重大及以上突发环境事件的", "effect": "考核结果直接定为不合格"}],
         veto_effect="考核结果直接定为不合格",
         grades=[{"name": "优秀", "min_score": 90}, {"name": "良好", "min_score": 75, "max_score": 89},
                 {"name": "合格", "min_score": 60, "max_score": 74}, {"name": "不合格", "max_score": 60}],
         notes="the 合计 row's 分值 is the formula `=SUM(D3:D10)` (cached value 100 after LibreOffice); column F "
               "(分值占比, `=D3/$D$11`) is HIDDEN and is not content; the 得分 column is empty (to fill); veto and "
               "grades are 说明 lines below the table")


# ----------------------------------------------------------------------------- h11


def h11():
    """docx, 学校 班主任: a TWO-ROW header, `分值` spanning `基本分 | 加分`; an item's points are its 基本分,
    its 加分 cell (when not `—`) a bonus attached to it."""
    title = "明德中学2026学年班主任工作考核细则"
    groups = [
        ("班级常规管理", [
            ("日常行为规范", 20, 3, "每周常规检查每发现一次违纪扣1分；获得流动红旗的每次加1分，最多加3分",
             "per_occurrence", {"per_occurrence": -1.0}, {"per_occurrence": 1.0, "cap": 3.0}),
            ("卫生与安全", 15, None, "卫生检查合格、无安全责任事故的得15分；发生班级安全责任事故的本项不得分",
             "threshold", {}, None),
        ]),
        ("班级活动", [
            ("主题班会", 15, 2, "每月召开不少于2次，每少一次扣2分；班会课被评为校级优秀课的加2分",
             "per_occurrence", {"per_occurrence": -2.0}, {"points": 2.0}),
            ("社会实践", 10, None, "组织学生参加社会实践活动，由德育处根据活动记录评定", "manual", {}, None),
        ]),
        ("家校沟通", [
            ("家访", 15, None, "每学期家访覆盖率100%的得15分，80%以上的得10分，80%以下的得5分", "tiers", {}, None),
            ("家长会", 10, 2, "每学期召开家长会2次的得10分；家长满意度达到95%以上的加2分", "threshold", {},
             {"points": 2.0}),
        ]),
        ("学生发展", [
            ("学业进步", 15, 3, "由教务处按班级平均分进步幅度评定；进步幅度居年级第一的加3分", "manual", {},
             {"points": 3.0}),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["为加强班主任队伍建设，学校制定本细则。考核基本分满分100分，加分另计，加分合计最高10分，"
                   "考核结果作为评优评先和绩效工资发放的依据。"])
    n = sum(len(rows) for _, rows in groups)
    t = d.add_table(rows=n + 3, cols=5)
    t.style = "Table Grid"
    for c, h in ((0, "考核项目"), (1, "考核内容"), (4, "评分说明")):
        t.cell(0, c).merge(t.cell(1, c))
        set_cell(t.cell(0, c), h, bold=True)
    t.cell(0, 2).merge(t.cell(0, 3))
    set_cell(t.cell(0, 2), "分值", bold=True)
    set_cell(t.cell(1, 2), "基本分", bold=True)
    set_cell(t.cell(1, 3), "加分", bold=True)
    cats, items, bonus = [], [], []
    r = 2
    for gname, rows in groups:
        start = r
        cats.append(cat(gname))
        for text, base, plus, crit, rule, extra, bonus_rule in rows:
            set_cell(t.cell(r, 1), text)
            set_cell(t.cell(r, 2), str(base))
            set_cell(t.cell(r, 3), str(plus) if plus else "—")
            set_cell(t.cell(r, 4), crit)
            items.append(item(gname, None, text, float(base), criteria=crit, rule=rule,
                              bonus_points=float(plus) if plus else None, **extra))
            if plus:
                bonus.append({"category": gname, "item": text, "text": crit, "max_points": float(plus), **bonus_rule})
            r += 1
        merge_down(t, 0, start, r - 1, gname)
    set_cell(t.cell(r, 0), "合计")
    set_cell(t.cell(r, 2), "100")
    set_cell(t.cell(r, 3), "10")
    paragraphs(d, ["考核总分（基本分与加分之和）90分以上为优秀班主任，75分至89分为合格，75分以下为基本合格。",
                   "明德中学德育处", "2026年9月1日"])
    name = "h11_school_two_row_header_base_bonus.docx"
    d.save(HERE / name)
    gold("h11", [name], title, 2026, 100.0, cats, items, bonus=bonus, bonus_cap=10.0,
         grades=[{"name": "优秀班主任", "min_score": 90}, {"name": "合格", "min_score": 75, "max_score": 89},
                 {"name": "基本合格", "max_score": 75}],
         notes="two-row header: `分值` merged over `基本分 | 加分`; an item's points = its 基本分 (sum 100 = total); "
               "a 加分 cell other than `—` is a bonus entry tied to its item (`max_points`, the rule in the 评分说明 "
               "cell) and repeated as `bonus_points` on the item; 合计 row 100 | 10 (bonus cap 10, also in prose); "
               "categories (考核项目, merged down) declare no points (null); the grade is on base + bonus")


# ----------------------------------------------------------------------------- h12


def h12():
    """docx, 医院 感控: a self-evaluation FORM (自评表) with a `标准分（分）` column AND a filled `自评分` column and
    reasons: the 标准分 column states the scheme, so it IS a scheme."""
    title = "仁和医院2026年第一季度科室医院感染管理质量考核自评表"
    rows = [
        ("组织管理", "科室感控小组职责明确，每季度召开一次工作会议", "会议每少一次扣2分", 10, "per_occurrence",
         {"per_occurrence": -2.0}, "10", ""),
        ("组织管理", "全员每季度接受一次感控培训", "缺训每人次扣0.5分", 10, "per_occurrence", {"per_occurrence": -0.5},
         "9", "2人次缺训"),
        ("手卫生", "手卫生设施配置齐全", "设施齐全的得10分，每缺一处扣2分", 10, "per_occurrence",
         {"per_occurrence": -2.0}, "10", ""),
        ("手卫生", "医务人员手卫生依从率", "依从率≥95%的得15分，85%～95%的得10分，低于85%的得5分", 15, "tiers", {},
         "10", "抽查依从率88%"),
        ("消毒隔离", "物体表面消毒并记录", "记录每缺一天扣1分", 15, "per_occurrence", {"per_occurrence": -1.0},
         "14", "缺记录1天"),
        ("消毒隔离", "生物安全柜按期检测", "按期检测合格的得10分，未检测的不得分", 10, "threshold", {}, "10", ""),
        ("医疗废物", "医疗废物分类收集", "发现混装一次扣3分", 15, "per_occurrence", {"per_occurrence": -3.0}, "15", ""),
        ("医疗废物", "医疗废物交接登记完整", "登记项目每缺一项扣1分", 15, "per_occurrence", {"per_occurrence": -1.0},
         "15", ""),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["科室：检验科        自评人：__________        自评日期：2026年4月3日",
                   "填表说明：各科室对照评价标准逐项自评，填写自评分并注明扣分原因，于每季度首月5日前报医院感染管理科。"
                   "标准分满分100分，自评得分90分以上为达标。"])
    grid(d, ["序号", "项目", "评价内容", "评价标准", "标准分（分）", "自评分", "扣分原因"],
         [[str(i), c, text, crit, str(pts), own, why] for i, (c, text, crit, pts, _, _, own, why) in
          enumerate(rows, start=1)] + [["", "合计", "", "", "100", "93", ""]])
    paragraphs(d, ["科室负责人签字：__________"])
    name = "h12_hospital_self_evaluation_form_is_scheme.docx"
    d.save(HERE / name)
    cats, items = [], []
    for i, (c, text, crit, pts, rule, extra, _, _) in enumerate(rows, start=1):
        if c not in [x["name"] for x in cats]:
            cats.append(cat(c))
        items.append(item(c, str(i), text, float(pts), criteria=crit, rule=rule, **extra))
    gold("h12", [name], title, 2026, 100.0, cats, items, grades=[{"name": "达标", "min_score": 90}],
         notes="a self-evaluation FORM one department filled in (自评分 10, 9, …, 合计 93; 扣分原因): it IS a scheme, "
               "the `标准分（分）` and 评价标准 columns state it, the 自评分 / 扣分原因 columns are one unit's answers "
               "and are not content; 项目 groups (not merged, repeated per row) are categories without points")


# ----------------------------------------------------------------------------- h13


def h13():
    """html, 街道: NOT a scheme: a results 通报 whose table headers state maxima (`基础管理（30分）`) and whose rows
    are communities with the scores they obtained."""
    title = "关于2026年上半年社区网格化服务管理考核结果的通报"
    rows = [("桂园社区", "28.5", "37", "27", "92.5", "优秀"), ("荷塘社区", "27", "36.5", "26", "89.5", "良好"),
            ("北关社区", "26", "35", "27.5", "88.5", "良好"), ("石桥社区", "25.5", "33", "24", "82.5", "良好"),
            ("新村社区", "22", "30.5", "23", "75.5", "合格")]
    table = ["<table border=\"1\">",
             "<tr><th>序号</th><th>社区</th><th>基础管理（30分）</th><th>事件处置（40分）</th><th>群众评价（30分）</th>"
             "<th>总分</th><th>等次</th></tr>"]
    table += [f"<tr><td>{i}</td>" + "".join(f"<td>{esc(v)}</td>" for v in row) + "</tr>"
              for i, row in enumerate(rows, start=1)]
    table.append("</table>")
    body = [f"<h1>{esc(title)}</h1>", "<p>各社区居委会：</p>",
            "<p>按照街道网格化服务管理考核办法，街道网格中心于7月上旬对5个社区上半年工作进行了考核，现将结果通报如下。</p>",
            *table,
            "<p>考核中发现，新村社区网格员上报事件不及时，事件处置环节被扣4.5分；石桥社区入户走访记录不全，基础管理扣2分。"
            "桂园社区创新“网格议事会”做法，获加分1分。全街道平均得分85.7分，较去年同期提高2.3分。</p>",
            "<p>请各社区对照问题于8月15日前完成整改。</p>",
            "<p>枫林街道网格化服务管理中心<br>2026年7月20日</p>"]
    name = "h13_street_results_table_not_scheme.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    not_a_scheme("h13", [name], title, 2026,
                 "a results 通报: header cells state maxima (`基础管理（30分）`…) but the rows are communities with the "
                 "scores they obtained (28.5, 92.5 …) and their 等次; prose quotes deductions and a bonus already "
                 "applied (扣4.5分, 加分1分) and an average; it sets no scoring rules")


# ----------------------------------------------------------------------------- h14


def h14():
    """pdf only, 学校: NOT a scheme: a class 成绩单 (each subject `满分150分`), every cell a score."""
    title = "高二（3）班2026年春季学期期中考试成绩单"
    students = [("1", "陈一鸣", "121", "135", "118", "86", "79", "88"),
                ("2", "林晓月", "128", "119", "131", "91", "85", "82"),
                ("3", "周子涵", "109", "142", "104", "77", "93", "90"),
                ("4", "许嘉禾", "115", "127", "122", "83", "88", "76"),
                ("5", "郑思远", "99", "108", "111", "70", "72", "81")]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["说明：语文、数学、英语满分150分，物理、化学、生物满分100分，总分满分750分。考试时间为4月22日至24日，"
                   "每科考试时间120分钟或90分钟。"])
    header = ["学号", "姓名", "语文", "数学", "英语", "物理", "化学", "生物", "总分"]
    body = [list(s) + [str(sum(int(v) for v in s[2:]))] for s in students]
    grid(d, header, body)
    paragraphs(d, ["班级平均分：语文114.4分，数学126.2分，英语117.2分。年级排名前50名的同学：林晓月、陈一鸣、周子涵。",
                   "高二年级组", "2026年4月28日"])
    name = "h14_class_transcript_not_scheme.docx"
    d.save(HERE / name)
    PDF_SOURCES.append((name, False))
    not_a_scheme("h14", [name.replace(".docx", ".pdf")], title, 2026,
                 "a class transcript (成绩单): subject maxima `满分150分`/`满分100分`, then students with the marks they "
                 "obtained, totals and class averages; durations `120分钟`/`90分钟`; it sets no scoring rules")


BUILDS = (h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13, h14)



if __name__ == "__main__":
    _forms.main(BUILDS)  # builds, then --pdf renders PDF_SOURCES (shared with make_forms.py, pointed here)
