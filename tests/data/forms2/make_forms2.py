"""Build the SECOND forms probe set (held out) and its gold from one hand-written content table each.

The first forms set (tests/data/forms) was measured once and then used for development; this set
probes forms of stating points that set does not have: points at the END of numbered prose lines
without brackets (`得5分。`, `计3分；`, `记2分`, `给予4分`, `本项共计10分`), rating-scale tables
(优/良/中/差 columns, A档/B档/C档), weights instead of points, prose award lists by level, capped
deductions in prose, rate rules, a 分值 column merged over a group with `每项N分`, a multi-sheet
workbook, sub-items with decimals inside one cell, headings `（共20分）` / `【10分】` / `(满分 15 分)`,
points only in a 分值 column, two schemes in one document, an 积分制 list with no maximum, and two
documents full of `N分` that are not schemes.  Each document's content is written once below and
rendered both into the document and into ``gold/<id>.json``, so the gold is the content, never
kaohe's output.  Run from the repo root: ``.venv/bin/python tests/data/forms2/make_forms2.py``
(add ``--pdf`` to refresh the PDFs with LibreOffice headless; needs a CJK font).
"""

from __future__ import annotations

import html as htmllib
import importlib.util
import sys
from pathlib import Path

from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"

# The helpers, entry shapes and gold writers are the first forms set's and the unseen set's (one
# implementation); their writers and the PDF renderer write into their module's GOLD/HERE, pointed here.
_spec = importlib.util.spec_from_file_location("make_forms", HERE.parent / "forms" / "make_forms.py")
_forms = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_forms)
_unseen = _forms._unseen
_forms.GOLD = _unseen.GOLD = GOLD
_forms.HERE = _unseen.HERE = HERE
item, cat, gold, new_doc, heading, set_cell, merge_down, merge_across, fmt = (
    _unseen.item, _unseen.cat, _unseen.gold, _unseen.new_doc, _unseen.heading, _unseen.set_cell,
    _unseen.merge_down, _unseen.merge_across, _unseen.fmt)
not_a_scheme, paragraphs, grid, html_page, to_pdf = (
    _forms.not_a_scheme, _forms.paragraphs, _forms.grid, _forms.html_page, _forms.to_pdf)

PDF_SOURCES: list[str] = []  # docx files also rendered to PDF (both kept as fixtures)


def caption(d, text):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(10.5)


# ----------------------------------------------------------------------------- g01


def g01():
    """docx+pdf, 社区 平安建设: headings `（共20分）`; points at the END of numbered prose lines, no brackets:
    `得5分。`, `计8分；`, `记4分。`, `给予6分。`, `本项共计10分。`."""
    title = "云溪街道2026年度社区平安建设工作考核细则"
    # (code, text, sentence as printed without the code, points, rule)
    sections = [
        ("一", "组织领导", 20, [
            ("1", "成立社区平安建设工作领导小组，明确专人负责",
             "成立社区平安建设工作领导小组，明确专人负责，得5分。", 5, "threshold"),
            ("2", "每季度召开一次平安建设专题会议并形成会议纪要",
             "每季度召开一次平安建设专题会议并形成会议纪要的，计5分；少开一次扣1.5分，扣完为止。", 5, "per_occurrence"),
            ("3", "年初有工作计划、年终有工作总结", "年初有工作计划、年终有工作总结，记4分。", 4, "threshold"),
            ("4", "将平安建设纳入社区年度目标管理并签订责任书",
             "将平安建设纳入社区年度目标管理并签订责任书的，给予6分。", 6, "threshold"),
        ]),
        ("二", "矛盾纠纷排查化解", 30, [
            ("一", "每月开展一次矛盾纠纷集中排查并建立台账",
             "每月开展一次矛盾纠纷集中排查并建立台账的，计8分；", 8, "threshold"),
            ("二", "调解成功率", "调解成功率达到95%以上的，计10分；达到85%的，计6分；", 10, "tiers"),
            ("三", "按时报送矛盾纠纷月报表", "按时报送矛盾纠纷月报表的，计3分；", 3, "threshold"),
            ("四", "重大矛盾纠纷在24小时内上报街道",
             "重大矛盾纠纷在24小时内上报街道的，计5分，迟报一次扣2分；", 5, "per_occurrence"),
            ("五", "建立人民调解委员会并配备专职调解员", "建立人民调解委员会并配备专职调解员的，计4分。", 4, "threshold"),
        ]),
        ("三", "群防群治", 25, [
            ("1", "组建平安志愿者巡逻队，每周开展巡逻不少于3次并留存记录",
             "组建平安志愿者巡逻队，每周开展巡逻不少于3次并留存记录；巡逻记录每缺失一周扣1分，扣完为止。本项共计10分。",
             10, "per_occurrence"),
            ("2", "开展防范电信网络诈骗宣传",
             "开展防范电信网络诈骗宣传，全年不少于6场的，记8分；3至5场的，记5分；不足3场的不记分。", 8, "tiers"),
            ("3", "小区视频监控、门禁等技防设施完好率达到90%以上",
             "小区视频监控、门禁等技防设施完好率达到90%以上的，给予7分。", 7, "threshold"),
        ]),
        ("四", "特殊人群服务管理", 25, [
            ("1", "社区矫正对象、刑满释放人员帮教措施落实到位，无脱管漏管",
             "社区矫正对象、刑满释放人员帮教措施落实到位，无脱管漏管的，得10分；发现脱管漏管一人扣5分。", 10,
             "per_occurrence"),
            ("2", "严重精神障碍患者监护责任落实，随访率达到100%",
             "严重精神障碍患者监护责任落实，随访率达到100%的，得8分。", 8, "threshold"),
            ("3", "重点青少年结对帮扶率达到100%", "重点青少年结对帮扶率达到100%的，给予4分；未达到的不得分。", 4, "threshold"),
            ("4", "按时录入综治信息系统，数据准确完整", "按时录入综治信息系统，数据准确完整，记3分。", 3, "threshold"),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各社区居委会：",
                   "为深化平安社区创建，夯实基层社会治理基础，街道平安建设领导小组制定本细则。考核满分100分，"
                   "由街道平安办会同综治中心、派出所于12月中旬组织实地考核。"])
    cats, items = [], []
    for code, name, pts, rows in sections:
        d.add_paragraph(f"{code}、{name}（共{pts}分）")
        cats.append(cat(name, float(pts), code=code))
        for icode, text, sentence, ipts, rule in rows:
            d.add_paragraph(f"（{icode}）{sentence}" if icode in "一二三四五" else f"{icode}．{sentence}")
            items.append(item(name, icode, text, float(ipts), criteria=sentence.rstrip("。；"), rule=rule))
    paragraphs(d, ["五、结果运用",
                   "考核得分90分以上的社区命名为“平安社区示范点”；80分至89分的为达标社区；80分以下的为不达标社区，"
                   "由街道约谈社区党组织书记。",
                   "云溪街道平安建设领导小组办公室", "2026年2月16日"])
    d.save(HERE / "g01_community_points_at_line_end.docx")
    PDF_SOURCES.append("g01_community_points_at_line_end.docx")
    gold("g01", ["g01_community_points_at_line_end.docx", "g01_community_points_at_line_end.pdf"], title, 2026,
         100.0, cats, items,
         grades=[{"name": "平安社区示范点", "min_score": 90}, {"name": "达标社区", "min_score": 80, "max_score": 89},
                 {"name": "不达标社区", "max_score": 80}],
         notes="every item's points come at the END of its numbered line with no bracket, in five verbs: `得N分`, "
               "`计N分`, `记N分`, `给予N分`, and `本项共计10分。` as a closing sentence after the deduction rule; "
               "section headings carry `（共N分）`; section 二 numbers its items `（一）`…（code `一`…); text = the "
               "clause before the points, criteria = the whole line without its number; `计10分；达到85%的，计6分` "
               "is tiers (the item's points are the higher)")


# ----------------------------------------------------------------------------- g02


def g02():
    """docx, 工会: TWO schemes in one notice (附件1 机关事业单位工会, 附件2 企业工会), two tables of 100 points
    each, with an item name (困难帮扶) in both."""
    title = "关于开展2026年度基层工会目标管理考核工作的通知"
    schemes = [
        ("机关事业单位工会", "附件1", "机关事业单位工会目标考核评分表", [
            ("组织建设", 30, [
                ("按期换届", "按期完成换届选举的得10分，逾期未换届的不得分。", 10, "threshold"),
                ("会员发展", "新入职人员入会率达到100%的得10分，每少1人扣2分。", 10, "per_occurrence"),
                ("工会小组建设", "根据工会小组设置及活动开展情况综合评定。", 10, "manual"),
            ]),
            ("服务职工", 40, [
                ("职工健康体检", "每年组织会员健康体检一次的得15分。", 15, "threshold"),
                ("会员生日慰问", "会员生日慰问覆盖率达到100%的得10分，未全覆盖的得5分。", 10, "tiers"),
                ("困难帮扶", "建立困难职工档案并每半年走访一次的得15分；有档案但未走访的得8分。", 15, "tiers"),
            ]),
            ("文体活动", 30, [
                ("文体活动组织", "全年组织文体活动4次以上的得15分，每少1次扣3分。", 15, "per_occurrence"),
                ("参加上级比赛", "组队参加上级工会组织的文体比赛的得10分。", 10, "threshold"),
                ("职工书屋", "职工书屋开放及借阅情况由考核组现场查看评定。", 5, "manual"),
            ]),
        ]),
        ("企业工会", "附件2", "企业工会目标考核评分表", [
            ("民主管理", 35, [
                ("职工代表大会", "每年召开职工代表大会不少于1次的得15分。", 15, "threshold"),
                ("厂务公开", "公开事项齐全的得10分，每缺一项扣2分。", 10, "per_occurrence"),
                ("集体合同", "签订集体合同并报送备案的得10分。", 10, "threshold"),
            ]),
            ("维权服务", 35, [
                ("劳动保护监督", "劳动保护监督检查员履职情况由考核组综合评定。", 10, "manual"),
                ("困难帮扶", "帮扶资金发放及时足额的得15分；发放不及时的得8分。", 15, "tiers"),
                ("职工互助保障", "职工互助保障参保率达到80%以上的得10分，每降低5个百分点扣2分。", 10, "per_occurrence"),
            ]),
            ("建功立业", 30, [
                ("劳动竞赛", "开展劳动竞赛2项以上的得15分，1项的得8分。", 15, "tiers"),
                ("合理化建议", "征集的合理化建议被企业采纳的，每条得3分，最高15分。", 15, "per_occurrence"),
            ]),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各基层工会：",
                   "为推动基层工会工作规范化，经研究，决定开展2026年度基层工会目标管理考核。现将有关事项通知如下：",
                   "一、考核对象。机关事业单位工会按附件1考核，企业工会按附件2考核，两类工会分别排序。",
                   "二、考核方式。采取基层自查、片区互查和市总工会抽查相结合的方式，抽查比例不低于30%。",
                   "三、时间安排。各基层工会于11月30日前完成自查并报送自评表。",
                   "附件：1．机关事业单位工会目标考核评分表", "2．企业工会目标考核评分表",
                   "晋源市总工会", "2026年9月1日"])
    cats, items = [], []
    for unit, annex, table_title, groups in schemes:
        d.add_page_break()
        d.add_paragraph(annex)
        caption(d, f"{table_title}（满分100分）")
        n = sum(len(rows) for _, _, rows in groups)
        t = d.add_table(rows=n + 2, cols=4)
        t.style = "Table Grid"
        for c, h in enumerate(["考核项目", "考核内容", "评分标准", "分值"]):
            set_cell(t.cell(0, c), h, bold=True)
        cats.append(cat(unit, 100.0))
        r = 1
        for cname, cpts, rows in groups:
            start = r
            cats.append(cat(cname, float(cpts), parent=unit))
            for text, crit, pts, rule in rows:
                set_cell(t.cell(r, 1), text)
                set_cell(t.cell(r, 2), crit)
                set_cell(t.cell(r, 3), fmt(pts))
                extra = {"per_occurrence": 3.0, "cap": 15.0} if text == "合理化建议" else {}
                items.append(item(cname, None, text, float(pts), criteria=crit.rstrip("。"), rule=rule, scheme=unit,
                                  **extra))
                r += 1
            merge_down(t, 0, start, r - 1, f"{cname}\n{cpts}分")
        set_cell(t.cell(r, 0), "合计")
        set_cell(t.cell(r, 3), "100")
    d.save(HERE / "g02_union_two_schemes_two_unit_types.docx")
    gold("g02", ["g02_union_two_schemes_two_unit_types.docx"], title, 2026, None, cats, items,
         schemes=[{"name": "机关事业单位工会目标考核评分表", "unit_type": "机关事业单位工会", "total_points": 100.0},
                  {"name": "企业工会目标考核评分表", "unit_type": "企业工会", "total_points": 100.0}],
         expected_flags=[{"kind": "ambiguous",
                          "note": "two schemes for two unit types in one notice (附件1 机关事业单位工会, 附件2 企业工会), "
                                  "each 100 points; a reader must not add them into one 200-point scheme"}],
         notes="TWO schemes in one document; the gold format holds one scheme, so each scheme is a top-level "
               "category named by its unit type (points 100, parent null) and its 考核项目 are categories under it; "
               "items carry `scheme`; total_points null (no single total: two of 100); `困难帮扶` is an item in both "
               "(told apart by the path); category cells read `组织建设\\n30分`")


# ----------------------------------------------------------------------------- g03


def g03():
    """xlsx, 学生评教: a rating-scale table, level columns with their points in the HEADER
    (`优(10)` | `良(8)` | `中(6)` | `差(4)`), boxes to tick in the body; dimensions without points."""
    title = "2026年春季学期课堂教学质量学生评价表"
    levels = [("优", 10), ("良", 8), ("中", 6), ("差", 4)]
    dims = [
        ("教学态度", ["备课充分，讲课精神饱满", "按时上下课，不随意调课停课"]),
        ("教学内容", ["内容充实，重点难点突出", "能联系学科前沿和实际应用"]),
        ("教学方法", ["善于启发学生思考，课堂互动良好", "合理使用多媒体和网络教学资源"]),
        ("教学效果", ["学生能掌握本课程的主要知识和方法", "激发了学习兴趣和自主学习能力"]),
        ("课程考核", ["作业布置适量，批改及时并有反馈", "考核方式合理，评分公正"]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "学生评教"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "课程名称：______________  授课教师：__________  班级：__________"
    ws.merge_cells("A2:H2")
    header = ["评价维度", "序号", "评价内容", "分值", *[f"{name}({p})" for name, p in levels]]
    for c, h in enumerate(header, start=1):
        ws.cell(3, c, h).font = Font(bold=True)
    cats, items = [], []
    r, k = 4, 1
    for dim, rows in dims:
        start = r
        cats.append(cat(dim, None))
        for text in rows:
            for c, v in enumerate([k, text, 10, *["□"] * len(levels)], start=2):
                ws.cell(r, c, v)
            items.append(item(dim, str(k), text, 10.0, criteria="", rule="tiers",
                              levels={name: float(p) for name, p in levels}, cell="E3:H3"))
            r += 1
            k += 1
        ws.cell(start, 1, dim).alignment = Alignment(vertical="center")
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(r, 1, "合计")
    ws.cell(r, 4, 100)
    notes = ["说明：1．请在每项对应的等级栏内打“√”，每项只能选择一个等级，该项按所选等级计分；",
             "2．总分为各项得分之和，满分100分；",
             "3．评价结果：90分以上为优秀，75分至89分为良好，60分至74分为合格，60分以下为不合格。"]
    for i, line in enumerate(notes, start=r + 1):
        ws.cell(i, 1, line)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=8)
    for col, w in zip("ABCDEFGH", (12, 6, 36, 6, 8, 8, 8, 8)):
        ws.column_dimensions[col].width = w
    wb.save(HERE / "g03_course_rating_scale_header_levels.xlsx")
    gold("g03", ["g03_course_rating_scale_header_levels.xlsx"], title, 2026, 100.0, cats, items,
         grades=[{"name": "优秀", "min_score": 90}, {"name": "良好", "min_score": 75, "max_score": 89},
                 {"name": "合格", "min_score": 60, "max_score": 74}, {"name": "不合格", "max_score": 60}],
         notes="a rating scale: the level columns' HEADERS carry the points (`优(10)` `良(8)` `中(6)` `差(4)`), the "
               "body cells are boxes (□) to tick; each item is worth 10 (分值 column) and is scored by the level "
               "ticked: rule tiers with `levels` {level: points}, criteria empty (the scale is the rule); the five "
               "dimensions state no points (null, though each holds two 10-point items); `cell` = the header cells")


# ----------------------------------------------------------------------------- g04


def g04():
    """docx, hospital: A档/B档/C档 columns with each item's points in the BODY; decimals (12.5, 7.5, 2.5);
    sub-items `（1）…，2.5分；（2）…` inside one criteria cell."""
    title = "明湖市第二人民医院2026年度临床科室综合目标考核标准"
    rows = [
        ("门诊预约诊疗", "预约诊疗率达到60%以上为A档，50%至60%为B档，低于50%为C档", 10, (10, 7, 4)),
        ("平均住院日", "控制在8天以内为A档，8至9天为B档，超过9天为C档", 10, (10, 6, 2)),
        ("病历书写时限", "（1）首次病程记录8小时内完成，2.5分；（2）上级医师首次查房记录48小时内完成，2.5分；"
                     "（3）出院记录24小时内完成，2.5分；（4）病案首页填写完整准确，2.5分", 10, None),
        ("药品收入占比", "较上年下降为A档，与上年持平为B档，较上年上升为C档", 15, (15, 10, 5)),
        ("医疗纠纷", "全年无医疗纠纷为A档；发生纠纷但未赔偿为B档；发生赔偿为C档", 15, (15, 9, 0)),
        ("院感管理", "（1）手卫生依从率达到85%，1.5分；（2）多重耐药菌感染患者隔离措施落实，1.5分；"
                 "（3）医疗废物分类收集、交接登记完整，1分；（4）空气、物表每季度监测一次，0.5分；"
                 "（5）每半年开展一次院感知识培训，0.5分", 5, None),
        ("科研教学", "获市级以上科研立项或发表SCI论文为A档；发表中文核心期刊论文为B档；均无为C档", 10, (10, 6, 0)),
        ("医德医风", "收到书面表扬且无有效投诉为A档；有一般投诉为B档；有有效投诉为C档", 12.5, (12.5, 8, 3.5)),
        ("医保基金管理", "无违规扣款为A档；违规扣款1万元以内为B档；1万元以上为C档", 12.5, (12.5, 7.5, 2.5)),
    ]
    grades = ["A档", "B档", "C档"]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["为引导临床科室提升医疗质量和运行效率，医院对各临床科室实行年度综合目标考核。考核满分100分，"
                   "由医务部、质控办、院感科、医保办按职责分工评定。除另有说明外，各项按达到的档次计分。"])
    grid(d, ["序号", "考核项目", "考核标准", "分值", *grades],
         [[str(i), name, crit, fmt(p), *([fmt(v) for v in tier] if tier else ["—"] * 3)]
          for i, (name, crit, p, tier) in enumerate(rows, start=1)] + [["", "合计", "", "100", "", "", ""]])
    paragraphs(d, ["考核结果分为优秀（90分及以上）、良好（80分至89.5分）、合格（60分至79.5分）、不合格（60分以下）四个等次，"
                   "与科室年度绩效和评先评优挂钩。",
                   "医务部", "2026年1月8日"])
    d.save(HERE / "g04_hospital_abc_grades_decimal_subitems.docx")
    items = [item("", str(i), name, float(p), criteria=crit,
                  rule="tiers" if tier else "components",
                  **({"levels": dict(zip(grades, map(float, tier)))} if tier else {}))
             for i, (name, crit, p, tier) in enumerate(rows, start=1)]
    gold("g04", ["g04_hospital_abc_grades_decimal_subitems.docx"], title, 2026, 100.0, [], items,
         grades=[{"name": "优秀", "min_score": 90}, {"name": "良好", "min_score": 80, "max_score": 89.5},
                 {"name": "合格", "min_score": 60, "max_score": 79.5}, {"name": "不合格", "max_score": 60}],
         notes="A档/B档/C档 columns give each item's points per level in the BODY (rule tiers, `levels`); the 分值 "
               "column equals the A档 value; decimals 12.5/7.5/3.5/2.5; two items instead list sub-items inside "
               "one cell `（1）…，2.5分；（2）…` (rule components; their A/B/C cells are `—`); the departments named in "
               "the prose are not assigned per item (departments empty); no categories")


# ----------------------------------------------------------------------------- g05


def g05():
    """docx+pdf, 机关 绩效: WEIGHTS instead of points: 一级指标 | 权重 (`40%`) | 二级指标 | 权重 (within the
    一级), both summing to 100%; `×40%` in prose; each 二级 scored on 100 (百分制)."""
    title = "滨江区2026年度区级机关部门绩效考评实施方案"
    tree = [
        ("职能目标", 40, [
            ("年度重点任务完成情况", 50, "按任务完成进度和质量评分：得分＝完成率×100", "proportional"),
            ("上级业务部门考核排名", 30, "在全市同类部门中排名前三的得100分，中间段的得80分，后三名的得60分", "tiers"),
            ("改革创新", 20, "由考评委员会根据创新事项的成效综合评定", "manual"),
        ]),
        ("共性工作", 30, [
            ("党风廉政建设", 30, "由区纪委监委派驻纪检组评定", "manual"),
            ("依法行政", 25, "行政复议、诉讼案件被纠错的，每件扣10分", "per_occurrence"),
            ("政务公开", 25, "由区政务公开办按季度测评结果的平均分计入", None),
            ("安全生产", 20, "由区安委办评定；发生安全生产责任事故的，本项计0分", "manual"),
        ]),
        ("社会评价", 30, [
            ("服务对象满意度", 60, "委托第三方机构开展问卷调查，满意率即为得分", "proportional"),
            ("人大代表政协委员评议", 40, "由区人大代表、政协委员现场测评，按平均分计入", None),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["一、考评对象：区级机关各部门。",
                   "二、考评内容及权重：考评指标分为职能目标、共性工作、社会评价三类一级指标，各一级指标下设若干二级指标，"
                   "指标及权重见下表。"])
    n = sum(len(subs) for _, _, subs in tree)
    t = d.add_table(rows=n + 2, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["一级指标", "权重", "二级指标", "权重", "评价方式"]):
        set_cell(t.cell(0, c), h, bold=True)
    cats, items = [], []
    r = 1
    for name, w, subs in tree:
        start = r
        cats.append(cat(name, None, weight=w / 100))
        for sub, sw, method, rule in subs:
            set_cell(t.cell(r, 2), sub)
            set_cell(t.cell(r, 3), f"{sw}%")
            set_cell(t.cell(r, 4), method)
            extra = {"formula": method.split("：")[1]} if rule == "proportional" and "：" in method else {}
            items.append(item(name, None, sub, None, criteria=method, rule=rule, weight=sw / 100, scale=100.0,
                              **extra))
            r += 1
        merge_down(t, 0, start, r - 1, name)
        merge_down(t, 1, start, r - 1, f"{w}%")
    set_cell(t.cell(r, 0), "合计")
    set_cell(t.cell(r, 1), "100%")
    paragraphs(d, ["三、计分方法：",
                   "（一）各二级指标均按百分制评分。",
                   "（二）一级指标得分＝∑（所属二级指标得分×该二级指标权重）。",
                   "（三）部门综合得分＝职能目标得分×40%＋共性工作得分×30%＋社会评价得分×30%，综合得分满分100分，保留两位小数。",
                   "四、结果等次：综合得分90分以上为优秀，80分至89.99分为良好，70分至79.99分为一般，70分以下为较差。",
                   "五、本方案由区绩效考评委员会办公室负责解释。",
                   "滨江区绩效考评委员会", "2026年3月2日"])
    d.save(HERE / "g05_office_weights_not_points.docx")
    PDF_SOURCES.append("g05_office_weights_not_points.docx")
    gold("g05", ["g05_office_weights_not_points.docx", "g05_office_weights_not_points.pdf"], title, 2026, 100.0,
         cats, items,
         weights=[{"part": name, "weight": w / 100} for name, w, _ in tree],
         grades=[{"name": "优秀", "min_score": 90}, {"name": "良好", "min_score": 80, "max_score": 89.99},
                 {"name": "一般", "min_score": 70, "max_score": 79.99}, {"name": "较差", "max_score": 70}],
         formula="部门综合得分＝职能目标得分×40%＋共性工作得分×30%＋社会评价得分×30%",
         notes="no points anywhere in the table: 一级指标 carry weights (40%/30%/30%, = `weights` and the category "
               "`weight`), 二级指标 weights WITHIN their 一级 (item `weight`, each group sums to 100%); every 二级 is "
               "scored on 100 (`scale` 100; item points null, none declared); the composite is on 100 "
               "(total_points 100); criteria = the 评价方式 cell; `满意率即为得分` is proportional (no formula text); "
               "`按平均分计入` rules are null (a score taken from elsewhere)")


# ----------------------------------------------------------------------------- g06


def g06():
    """txt, company 仓储安全: sections `（满分30分）` in words, items `N．name，满分10分：rules` with deductions
    capped in prose (`每…扣0.5分，最多扣5分`, `扣完为止`, `本项最低0分`), a deduction from the total."""
    title = "远航物流有限公司2026年度仓储作业安全检查考核标准"
    # (code, name, points, rule text, rule, extra)
    sections = [
        ("一", "消防管理", 30, [
            ("1", "灭火器材", 10, "每发现一具灭火器过期、失压或缺失，扣0.5分，最多扣5分；消防栓被遮挡的，每处扣1分，扣完为止",
             "per_occurrence", {}),
            ("2", "消防通道", 10, "通道被占用、堵塞的，每处扣2分，扣完为止", "per_occurrence",
             {"per_occurrence": -2.0}),
            ("3", "动火作业", 10, "未办理动火审批擅自动火的，每次扣5分，本项最低0分", "per_occurrence",
             {"per_occurrence": -5.0}),
        ]),
        ("二", "作业安全", 40, [
            ("4", "叉车作业", 15, "叉车司机无证驾驶的，每人次扣5分；叉车超速、载人的，每发现一次扣2分；本项扣完为止",
             "per_occurrence", {}),
            ("5", "货架堆码", 15, "货物超高堆放或货架超载的，每处扣1分，最多扣8分；货架未张贴限载标识的，每组扣0.5分，最多扣2分",
             "per_occurrence", {}),
            ("6", "个人防护", 10, "作业人员未按规定佩戴安全帽、防护手套的，每人次扣0.5分，扣完为止", "per_occurrence",
             {"per_occurrence": -0.5}),
        ]),
        ("三", "安全管理", 30, [
            ("7", "隐患整改", 15, "检查发现的隐患未按期整改的，每项扣3分，扣完为止", "per_occurrence",
             {"per_occurrence": -3.0}),
            ("8", "安全培训", 10, "新员工未经岗前安全培训上岗的，每人扣2分；年度培训计划未完成的，扣5分；本项最低0分",
             "per_occurrence", {}),
            ("9", "安全台账", 5, "台账每缺一项扣1分，最多扣5分", "per_occurrence", {"per_occurrence": -1.0, "deduct_cap": 5.0}),
        ]),
    ]
    lines = [title, "", "安全环保部  2026年1月", "",
             "为规范各仓库作业安全管理，公司每季度对各仓库开展一次安全检查考核。检查满分100分，按以下标准评分，"
             "各项扣分不超过该项满分。", ""]
    cats, items = [], []
    for code, name, pts, rows in sections:
        lines.append(f"{code}、{name}（本部分满分{pts}分）")
        cats.append(cat(name, float(pts), code=code))
        for icode, iname, ipts, rule_text, rule, extra in rows:
            lines.append(f"{icode}．{iname}，满分{ipts}分：{rule_text}。")
            items.append(item(name, icode, iname, float(ipts), criteria=rule_text, rule=rule, **extra))
        lines.append("")
    lines += ["四、其他扣分",
              "考核期内发生轻伤及以上生产安全事故的，每起在总分中扣10分。",
              "",
              "五、等级评定",
              "检查得分95分以上为A级仓库，85分至94分为B级仓库，85分以下为C级仓库；C级仓库限期一个月整改并复查。",
              ""]
    (HERE / "g06_warehouse_safety_capped_deductions.txt").write_text("\n".join(lines), encoding="utf-8")
    gold("g06", ["g06_warehouse_safety_capped_deductions.txt"], title, 2026, 100.0, cats, items,
         deductions=[{"code": "四", "text": "考核期内发生轻伤及以上生产安全事故的，每起在总分中扣10分",
                      "per_occurrence": -10.0}],
         grades=[{"name": "A级仓库", "min_score": 95}, {"name": "B级仓库", "min_score": 85, "max_score": 94},
                 {"name": "C级仓库", "max_score": 85}],
         notes="items start from their full points (`满分10分：`) and lose points per occurrence, with caps stated "
               "three ways: `最多扣5分` (deduct_cap), `扣完为止`, `本项最低0分` (both: floored at zero, the item's "
               "points); items with two deduction clauses keep them in criteria without a single per_occurrence "
               "value; 安全培训 mixes a per-person deduction with one fixed deduction (rule per_occurrence, the "
               "dominant form; null is defensible); the accident deduction is scheme-level (deductions); section "
               "points as `（本部分满分30分）`")


# ----------------------------------------------------------------------------- g07


def g07():
    """html, 环保: rate rules (`满意率达到95%以上得满分，每降低1个百分点扣0.5分`, `处理率100%得满分，低于80%不得分，
    之间按比例计分`, a formula between two thresholds), points only in a 分值 column, a veto on the grade."""
    title = "2026年度乡镇（街道）生态环境保护目标责任考核评分细则"
    rows = [
        ("空气质量优良天数比例", 20, "优良天数比例达到年度目标的得满分，每降低1个百分点扣2分，扣完为止。",
         "per_occurrence", {"per_occurrence": -2.0, "unit": "百分点"}),
        ("PM2.5年均浓度", 15, "完成年度控制目标的得满分；未完成的，每超出1微克/立方米扣3分，扣完为止。",
         "per_occurrence", {"per_occurrence": -3.0, "unit": "微克/立方米"}),
        ("农村生活污水集中处理率", 15, "处理率100%得满分，低于80%不得分，80%至100%之间按比例计分。", "proportional", {}),
        ("环境信访件办结", 10, "环境信访件按期办结率100%得满分，每降低1个百分点扣0.5分。", "per_occurrence",
         {"per_occurrence": -0.5, "unit": "百分点"}),
        ("群众生态环境满意度", 15, "满意率达到95%以上得满分，每降低1个百分点扣0.5分，最低得0分。", "per_occurrence",
         {"per_occurrence": -0.5, "unit": "百分点"}),
        ("秸秆禁烧", 10, "全年未发现火点的得满分；卫星遥感监测每发现一个火点扣2分，扣完为止。", "per_occurrence",
         {"per_occurrence": -2.0, "unit": "个"}),
        ("生活垃圾分类覆盖率", 15, "覆盖率达到90%以上得满分；70%至90%之间的，得分＝覆盖率÷90%×15；低于70%不得分。",
         "proportional", {"formula": "覆盖率÷90%×15"}),
    ]
    veto_text = "辖区内发生较大及以上突发环境事件的"
    body = "\n".join(f"<tr><td>{i}</td><td>{name}</td><td>{fmt(p)}</td><td>{crit}</td></tr>"
                     for i, (name, p, crit, _, _) in enumerate(rows, start=1))
    page = html_page(title, f"""<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<h1>{title}</h1>
<p class="meta">发布日期：2026-02-27　　来源：区生态环境分局　　【字号：大 中 小】</p>
<p>为压实乡镇（街道）生态环境保护责任，根据区委、区政府有关要求，制定本细则。考核对象为全区各乡镇人民政府、街道办事处，考核满分100分。</p>
<h3>一、考核指标及评分方法</h3>
<table border="1" cellspacing="0" cellpadding="5">
<thead><tr><th>序号</th><th>考核指标</th><th>分值</th><th>评分方法</th></tr></thead>
<tbody>
{body}
<tr><td colspan="2">合计</td><td>100</td><td></td></tr>
</tbody></table>
<h3>二、否决事项</h3>
<p>{veto_text}，年度考核结果直接评定为不合格。</p>
<h3>三、考核等次</h3>
<p>考核得分90分以上为优秀，75分以上不足90分为良好，60分以上不足75分为合格，60分以下为不合格。</p>
<p style="text-align:right">区生态环境保护委员会办公室</p>""")
    (HERE / "g07_environment_rate_rules.html").write_text(page, encoding="utf-8")
    items = [item("", str(i), name, float(p), criteria=crit.rstrip("。"), rule=rule, **extra)
             for i, (name, p, crit, rule, extra) in enumerate(rows, start=1)]
    gold("g07", ["g07_environment_rate_rules.html"], title, 2026, 100.0, [], items,
         veto=[{"text": veto_text, "effect": "年度考核结果直接评定为不合格"}],
         veto_effect="年度考核结果直接评定为不合格",
         grades=[{"name": "优秀", "min_score": 90}, {"name": "良好", "min_score": 75, "max_score": 90},
                 {"name": "合格", "min_score": 60, "max_score": 75}, {"name": "不合格", "max_score": 60}],
         notes="rate rules: `得满分` (= the item's 分值) then `每降低1个百分点扣N分` are per_occurrence per percentage "
               "point (per_occurrence negative, unit 百分点); `100%得满分，低于80%不得分，80%至100%之间按比例计分` is "
               "proportional with no formula printed (none invented); the 垃圾分类 item prints its formula between "
               "two thresholds; grade bounds `75分以上不足90分` → max_score 90 exclusive as printed")


# ----------------------------------------------------------------------------- g08


def g08():
    """docx, 党建: headings `（一）政治建设【20分】`, items ending `得10分`, a prose award list by level
    (`国家级…加5分，省级加3分，市级加1分（同一事项按最高级别计，不累计）`), `学习积分` distractors."""
    title = "中共青石县委直属机关工委2026年度基层党组织党建工作考核办法"
    sections = [
        ("一", "政治建设", 20, [
            ("落实“第一议题”制度，全年集中学习不少于12次", "得10分；每少1次扣1分", 10, "per_occurrence"),
            ("党组织书记年内讲党课不少于1次", "得5分", 5, "threshold"),
            ("每月开展一次主题党日活动", "得5分；缺1次扣0.5分", 5, "per_occurrence"),
        ]),
        ("二", "组织建设", 30, [
            ("“三会一课”制度落实，记录完整规范", "得15分；检查发现记录缺失的，每次扣1分", 15, "per_occurrence"),
            ("按期完成党组织换届", "得5分", 5, "threshold"),
            ("发展党员程序规范、材料齐全", "得10分；发现程序倒置的本项不得分", 10, "threshold"),
        ]),
        ("三", "作风建设", 25, [
            ("班子成员开展调查研究并形成调研报告", "得10分", 10, "threshold"),
            ("落实“一岗双责”，逐级签订党风廉政建设责任书", "得15分", 15, "threshold"),
        ]),
        ("四", "意识形态工作", 25, [
            ("每半年至少分析研判一次意识形态形势", "得10分", 10, "threshold"),
            ("党员学习平台人均学习积分达到8000分以上", "得15分；达到6000分的，得10分；低于6000分的，得5分", 15, "tiers"),
        ]),
    ]
    award_text = ("党组织或党员因党建工作获得表彰的：获得国家级表彰的加5分，省级加3分，市级加1分"
                  "（同一事项按最高级别计，不累计）")
    media_text = "党建工作经验做法被县级以上媒体刊发的，每篇加1分，最多加3分"
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各基层党组织：",
                   "为推动全面从严治党向基层延伸，县直机关工委制定本办法。考核采取平时检查与年终考核相结合的方式，"
                   "基本分满分100分，另设加分和扣分项目。",
                   "一、考核内容及分值"])
    cats, items = [], []
    for code, name, pts, rows in sections:
        d.add_paragraph(f"（{code}）{name}【{pts}分】")
        cats.append(cat(name, float(pts), code=code))
        for i, (text, rule_text, ipts, rule) in enumerate(rows, start=1):
            d.add_paragraph(f"{i}．{text}，{rule_text}。")
            items.append(item(name, str(i), text, float(ipts), criteria=f"{text}，{rule_text}", rule=rule))
    paragraphs(d, ["二、加分项目（加分合计最多10分）",
                   f"1．{award_text}。",
                   f"2．{media_text}。",
                   "三、扣分项目",
                   "党员受到党纪处分的，每人次扣5分。",
                   "四、否决事项",
                   "党组织班子成员因严重违纪违法被立案审查的，考核等次不得评为“好”。",
                   "五、考核等次",
                   "考核总分90分以上为“好”，80分至89分为“较好”，70分至79分为“一般”，70分以下为“差”。",
                   "中共青石县委直属机关工作委员会", "2026年1月20日"])
    d.save(HERE / "g08_party_bracket_headings_award_levels.docx")
    gold("g08", ["g08_party_bracket_headings_award_levels.docx"], title, 2026, 100.0, cats, items,
         bonus=[{"code": "1", "text": award_text, "rule": "lookup",
                 "levels": {"国家级": 5.0, "省级": 3.0, "市级": 1.0}, "highest_only": True},
                {"code": "2", "text": media_text, "per_occurrence": 1.0, "cap": 3.0}],
         bonus_cap=10.0,
         deductions=[{"text": "党员受到党纪处分的，每人次扣5分", "per_occurrence": -5.0}],
         veto=[{"text": "党组织班子成员因严重违纪违法被立案审查的", "effect": "考核等次不得评为“好”"}],
         veto_effect="考核等次不得评为“好”",
         grades=[{"name": "好", "min_score": 90}, {"name": "较好", "min_score": 80, "max_score": 89},
                 {"name": "一般", "min_score": 70, "max_score": 79}, {"name": "差", "max_score": 70}],
         notes="section headings `（一）政治建设【20分】`; items end with `得N分` (no brackets); the award list by "
               "level is ONE bonus entry (rule lookup, levels {级别: points}, highest_only for `按最高级别计，不累计`); "
               "`学习积分达到8000分` is a platform's study credits, not points (the item is tiers 15/10/5); the "
               "veto bars the top grade, it does not zero the score")


# ----------------------------------------------------------------------------- g09


def g09():
    """docx, 档案: a 分值 column MERGED down over a group of items (one value for the group) with `每项N分` in
    the criteria (itself merged for two groups); one group with per-row points."""
    title = "临州市2026年度机关档案规范化管理考核评分表"
    # (group, group points or None, merged criteria or None, [(item, criteria or None, points)])
    groups = [
        ("制度建设", 12, "上述制度每项3分，未建立或未执行的，扣除该项分值", [
            ("档案管理办法", None, 3), ("文件材料归档范围和保管期限表", None, 3), ("档案借阅利用制度", None, 3),
            ("档案保密制度", None, 3)]),
        ("收集整理", 20, None, [
            ("文书档案", "按年度及时归档，案卷整理规范，计5分；每发现一处不规范扣1分", 5),
            ("照片和音像档案", "照片逐张著录说明，音像文件标注时间和人物，计5分；每缺一处扣1分", 5),
            ("电子文件", "电子文件与纸质文件同步归档，元数据完整，计5分；每发现一处不一致扣1分", 5),
            ("会计档案", "会计凭证、账簿、报表按年装订归档，计5分；每缺一册扣1分", 5)]),
        ("保管保护", 18, "每项6分，检查不符合要求的该项不得分", [
            ("档案库房防火、防盗、防潮等设施", None, 6), ("温湿度记录", None, 6), ("档案装具", None, 6)]),
        ("利用服务", None, None, [
            ("借阅登记", "借阅登记完整的得10分，每缺一次登记扣1分", 10),
            ("编研成果", "年内形成编研成果1项以上的得10分", 10)]),
        ("信息化建设", 30, "每项10分，全部完成的得满分，部分完成的由考核组酌情评分", [
            ("目录数据库建设", None, 10), ("馆藏档案数字化", None, 10), ("档案管理系统安全防护", None, 10)]),
    ]
    rules = {"制度建设": "threshold", "收集整理": "per_occurrence", "保管保护": "threshold", "信息化建设": "manual",
             "借阅登记": "per_occurrence", "编研成果": "threshold"}
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各市直机关：",
                   "根据全市档案工作年度要点，市档案馆将于11月对市直机关档案规范化管理情况进行考核，评分标准如下，"
                   "满分100分。考核得分90分以上的为“档案工作规范化单位”。"])
    n = sum(len(rows) for *_, rows in groups)
    t = d.add_table(rows=n + 2, cols=4)
    t.style = "Table Grid"
    for c, h in enumerate(["考核项目", "考核内容", "评分标准", "分值"]):
        set_cell(t.cell(0, c), h, bold=True)
    cats, items = [], []
    r = 1
    for gname, gpts, gcrit, rows in groups:
        start = r
        cats.append(cat(gname, float(gpts) if gpts is not None else None))
        for text, crit, pts in rows:
            set_cell(t.cell(r, 1), text)
            if crit is not None:
                set_cell(t.cell(r, 2), crit)
            if gpts is None:
                set_cell(t.cell(r, 3), fmt(pts))
            items.append(item(gname, None, text, float(pts), criteria=crit or gcrit,
                              rule=rules.get(text, rules.get(gname))))
            r += 1
        merge_down(t, 0, start, r - 1, gname)
        if gcrit is not None:
            merge_down(t, 2, start, r - 1, gcrit)
        if gpts is not None:
            merge_down(t, 3, start, r - 1, fmt(gpts))
    set_cell(t.cell(r, 0), "合计")
    set_cell(t.cell(r, 3), "100")
    paragraphs(d, ["临州市档案馆", "2026年10月9日"])
    d.save(HERE / "g09_archives_merged_points_each_item.docx")
    gold("g09", ["g09_archives_merged_points_each_item.docx"], title, 2026, 100.0, cats, items,
         grades=[{"name": "档案工作规范化单位", "min_score": 90}],
         notes="the 分值 column is MERGED down over each group except 利用服务: the merged value (12/20/18/30) is the "
               "group's (category's) points, and `每项N分` in the criteria gives each item N (3/6/10); for 制度建设, "
               "保管保护 and 信息化建设 the criteria cell is merged too (every item gets the same criteria); 利用服务 "
               "has per-row points and no group points (null); 收集整理 has per-row criteria ending `计5分；每…扣1分` under its merged 20; 制度建设 `扣除该项分值` is threshold per item, "
               "信息化建设 `酌情评分` manual")


# ----------------------------------------------------------------------------- g10


def g10():
    """xlsx, 环保, THREE sheets: 评分表 (the scheme table), 说明及加分项 (grades, bonus list, veto), 企业填报
    (an empty form: header only)."""
    title = "工业园区企业环境管理绩效评分表（2026年版）"
    rows = [
        ("排污许可", "持证排污、按证排污，按时提交执行报告", 15,
         "无证排污或超许可排放的不得分；执行报告每迟交一次扣3分", "per_occurrence"),
        ("自动监测", "自动监测设备与生态环境部门联网并正常运行", 15,
         "数据传输有效率达到90%以上得满分，每降低1个百分点扣1分", "per_occurrence"),
        ("危险废物管理", "危险废物规范贮存，转移联单齐全", 20,
         "贮存场所不规范的扣5分；转移联单每缺失一份扣2分，扣完为止", "per_occurrence"),
        ("治理设施运行", "污染治理设施正常运行，运行台账完整", 20, "运行台账每缺失一个月扣2分，扣完为止", "per_occurrence"),
        ("环境应急", "突发环境事件应急预案备案并定期演练", 15, "应急预案备案的得8分；年内组织演练的得7分", "components"),
        ("信息公开", "按规定公开排污信息", 15, "按规定公开的得满分，未公开的不得分", "threshold"),
    ]
    bonus = [("通过ISO14001环境管理体系认证", "加3分", {"points": 3.0}),
             ("实施清洁生产审核并通过验收", "加4分", {"points": 4.0}),
             ("主动实施超低排放改造", "每完成一个排放口改造加1分，最多加3分", {"per_occurrence": 1.0, "cap": 3.0})]
    veto_text = "年度内因环境违法行为被责令停产整治的"
    wb = Workbook()
    ws = wb.active
    ws.title = "评分表"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:E1")
    for c, h in enumerate(["序号", "评价指标", "评价内容", "分值", "评分细则"], start=1):
        ws.cell(2, c, h).font = Font(bold=True)
    items = []
    for i, (name, content, pts, crit, rule) in enumerate(rows, start=1):
        for c, v in enumerate([i, name, content, pts, crit], start=1):
            ws.cell(2 + i, c, v)
        items.append(item("", str(i), name, float(pts), criteria=crit, rule=rule, description=content, cell=f"D{2 + i}"))
    total_row = 3 + len(rows)
    ws.cell(total_row, 2, "合计")
    ws.cell(total_row, 4, f"=SUM(D3:D{total_row - 1})")
    for col, w in zip("ABCDE", (6, 14, 34, 6, 46)):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("说明及加分项")
    lines = ["一、评分说明",
             "1．评分表满分100分，另设加分项，加分合计最多10分。",
             "2．评价结果：90分以上为环保诚信企业，75分至89分为环保良好企业，60分至74分为环保警示企业，60分以下为环保不良企业。",
             "二、加分项"]
    for i, line in enumerate(lines, start=1):
        ws2.cell(i, 1, line)
    ws2.cell(len(lines) + 1, 1, "序号").font = Font(bold=True)
    ws2.cell(len(lines) + 1, 2, "加分事项").font = Font(bold=True)
    ws2.cell(len(lines) + 1, 3, "加分标准").font = Font(bold=True)
    for i, (text, shown, _) in enumerate(bonus, start=1):
        for c, v in enumerate([i, text, shown], start=1):
            ws2.cell(len(lines) + 1 + i, c, v)
    r = len(lines) + 2 + len(bonus)
    ws2.cell(r, 1, "三、一票否决")
    ws2.cell(r + 1, 1, f"{veto_text}，直接评为环保不良企业。")
    ws2.column_dimensions["A"].width = 8
    ws2.column_dimensions["B"].width = 34
    ws2.column_dimensions["C"].width = 40
    ws3 = wb.create_sheet("企业填报")
    for c, h in enumerate(["企业名称", "统一社会信用代码", "指标序号", "自评得分", "佐证材料清单", "联系人", "联系电话"],
                          start=1):
        ws3.cell(1, c, h).font = Font(bold=True)
    _unseen.save_calculated(wb, "g10_environment_three_sheets.xlsx")
    gold("g10", ["g10_environment_three_sheets.xlsx"], title, 2026, 100.0, [], items,
         bonus=[{"code": str(i), "text": text, "criteria": shown, **extra}
                for i, (text, shown, extra) in enumerate(bonus, start=1)],
         bonus_cap=10.0,
         veto=[{"text": veto_text, "effect": "直接评为环保不良企业"}], veto_effect="直接评为环保不良企业",
         grades=[{"name": "环保诚信企业", "min_score": 90}, {"name": "环保良好企业", "min_score": 75, "max_score": 89},
                 {"name": "环保警示企业", "min_score": 60, "max_score": 74}, {"name": "环保不良企业", "max_score": 60}],
         notes="three sheets: 评分表 holds the scheme (items, numeric 分值, a SUM formula in 合计 saved with its "
               "value); 说明及加分项 holds the bonus cap, the grades, a bonus table and the veto; 企业填报 is an empty "
               "form (header only), not content; 评价内容 kept as `description`, criteria = 评分细则; 排污许可 mixes "
               "a zeroing clause with a per-occurrence deduction (rule per_occurrence)")


# ----------------------------------------------------------------------------- g11


def g11():
    """html, 技能竞赛: headings in ASCII brackets with spaces `(满分 40 分)`; sub-items with decimals inside one
    paragraph `（1）…，2.5分；（2）…，0.5分`; a per-occurrence award; a zeroing rule; minutes as distractors."""
    title = "第五届全市职工职业技能大赛（电工赛项）实操评分细则"
    modules = [
        ("模块一", "电气线路安装", 40, [
            ("1", "元器件选择与布置", 10, "（1）元器件选型正确，2.5分；（2）布置合理、间距均匀，2.5分；（3）安装牢固无松动，2.5分；"
                                   "（4）标签标识齐全，2.5分", "components", {}),
            ("2", "导线连接", 15, "（1）导线颜色符合规范，3分；（2）接头压接牢固、无露铜，6分；（3）走线横平竖直、绑扎整齐，6分",
             "components", {}),
            ("3", "整体工艺", 15, "由3名裁判根据布线整体工艺独立打分，取平均值", "manual", {}),
        ]),
        ("模块二", "电气控制调试", 35, [
            ("4", "通电试车", 20, "一次通电成功得20分；第二次通电成功得12.5分；第三次通电成功得5分；三次均未成功不得分",
             "tiers", {}),
            ("5", "故障排除", 15, "裁判设置3个故障点，每排除一个得5分", "per_occurrence", {"per_occurrence": 5.0, "cap": 15.0}),
        ]),
        ("模块三", "安全文明生产", 25, [
            ("6", "安全操作", 2, "（1）正确穿戴绝缘鞋和工作服，0.5分；（2）通电前经裁判许可，0.5分；（3）断电后再拆线，0.5分；"
                             "（4）工具仪表摆放有序，0.5分", "components", {}),
            ("7", "现场整理", 3, "比赛结束后清理工位、归还工具的，得3分", "threshold", {}),
            ("8", "技术答辩", 20, "裁判现场提问4道题，每答对1题得5分", "per_occurrence", {"per_occurrence": 5.0, "cap": 20.0}),
        ]),
    ]
    veto_text = "操作中造成短路、设备损坏或人身伤害的"
    parts, cats, items = [], [], []
    for mcode, mname, mpts, rows in modules:
        parts.append(f"<h3>{mcode} {mname} (满分 {mpts} 分)</h3>")
        cats.append(cat(mname, float(mpts), code=mcode))
        for code, name, pts, crit, rule, extra in rows:
            parts.append(f"<p>{code}. {name} (满分 {fmt(pts)} 分)：{crit}。</p>")
            items.append(item(mname, code, name, float(pts), criteria=crit, rule=rule, **extra))
    sections = "\n".join(parts)
    page = html_page(title, f"""<h2 style="text-align:center">{title}</h2>
<p>主办单位：市总工会、市人力资源和社会保障局　　承办单位：市高级技工学校</p>
<p>实操比赛时间150分钟，选手须在开赛前30分钟检录，迟到超过15分钟的取消比赛资格。实操成绩满分100分，评分标准如下。</p>
{sections}
<h3>特别规定</h3>
<p>{veto_text}，裁判长立即终止其比赛，实操成绩计0分。</p>
<p>实操成绩相同的，以模块二得分高者名次列前；仍相同的，以用时少者名次列前。</p>
<p>大赛组委会　2026年5月</p>""")
    (HERE / "g11_contest_ascii_brackets_decimal_subitems.html").write_text(page, encoding="utf-8")
    gold("g11", ["g11_contest_ascii_brackets_decimal_subitems.html"], title, 2026, 100.0, cats, items,
         veto=[{"text": veto_text, "effect": "裁判长立即终止其比赛，实操成绩计0分"}],
         veto_effect="实操成绩计0分",
         tie_break="实操成绩相同的，以模块二得分高者名次列前；仍相同的，以用时少者名次列前",
         notes="points in ASCII brackets with spaces `(满分 40 分)` on module headings and items; sub-items with "
               "their points inside one paragraph `（1）…，2.5分；（2）…` (components; decimals 2.5/0.5 and 12.5 in a "
               "tiers line); `每排除一个得5分` / `每答对1题得5分` are awards per occurrence capped by the item; 150分钟 / "
               "30分钟 / 15分钟 are minutes; the tie-break is not a rule for points")


# ----------------------------------------------------------------------------- g12


def g12():
    """docx+pdf, 学校 教学常规: points ONLY in the 分值 column; the category rows (`一、备课`, merged across the
    table) carry no points; requirements without scoring rules except two items."""
    title = "实验中学2026学年教师教学常规工作考核表"
    groups = [
        ("一", "备课", [
            ("教案编写", "提前一周备课，教案目标、重难点、过程、反思等环节齐全", 10, None),
            ("集体备课", "每两周参加一次备课组集体备课，有发言记录", 8, None),
            ("课件制作", "课件与教案配套，内容准确", 4, None),
        ]),
        ("二", "上课", [
            ("课前候课", "预备铃响后到教室门口候课，不迟到、不拖堂", 6, None),
            ("课堂管理", "课堂秩序良好，无体罚或变相体罚学生现象", 12, None),
            ("听课评课", "每学期听课不少于15节，每少1节扣0.5分", 8, "per_occurrence"),
        ]),
        ("三", "作业", [
            ("作业布置", "分层布置作业，总量符合学校规定", 8, None),
            ("作业批改", "全批全改，有批改日期和等级评语", 12, None),
        ]),
        ("四", "辅导与评价", [
            ("课后辅导", "每周对学困生辅导不少于2次，有辅导记录", 10, None),
            ("质量分析", "每次阶段考试后撰写试卷质量分析", 10, None),
            ("学生评教", "学生评教满意率90%以上得12分，80%至90%得8分，80%以下得4分", 12, "tiers"),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["为规范教学行为，提高课堂教学质量，学校每学期对教师教学常规工作进行一次考核。"
                   "考核由教务处会同各年级组实施，采取查阅资料、随堂听课、学生问卷相结合的方式。"])
    nrows = sum(1 + len(rows) for _, _, rows in groups) + 2
    t = d.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    for c, h in enumerate(["序号", "考核内容", "考核要求", "分值", "得分"]):
        set_cell(t.cell(0, c), h, bold=True)
    cats, items = [], []
    r, k = 1, 1
    for code, name, rows in groups:
        merge_across(t, r, f"{code}、{name}", bold=True)
        cats.append(cat(name, None, code=code))
        r += 1
        for text, req, pts, rule in rows:
            for c, v in enumerate([str(k), text, req, fmt(pts), ""]):
                set_cell(t.cell(r, c), v)
            items.append(item(name, str(k), text, float(pts), criteria=req, rule=rule))
            r += 1
            k += 1
    set_cell(t.cell(r, 1), "合计")
    set_cell(t.cell(r, 3), "100")
    paragraphs(d, ["考核结果分为优秀（90分及以上）、合格（70分至89分）、不合格（70分以下）三个等次，"
                   "作为教师评优评先和职称推荐的重要依据。",
                   "实验中学教务处", "2026年8月28日"])
    d.save(HERE / "g12_school_points_only_in_column.docx")
    PDF_SOURCES.append("g12_school_points_only_in_column.docx")
    gold("g12", ["g12_school_points_only_in_column.docx", "g12_school_points_only_in_column.pdf"], title, 2026,
         100.0, cats, items,
         grades=[{"name": "优秀", "min_score": 90}, {"name": "合格", "min_score": 70, "max_score": 89},
                 {"name": "不合格", "max_score": 70}],
         notes="points appear ONLY in the 分值 column; the category rows `一、备课` span the whole table and state "
               "no points (null; they would be 22/26/20/32); requirements without a scoring rule have rule null; "
               "the 合计 row gives 100; year 2026 from `2026学年`")


# ----------------------------------------------------------------------------- g13


def g13():
    """txt, 党建 积分制: points ACCUMULATE with no maximum (`参加培训，每次积1分`, `上不封顶`), deductions in
    积分, a reset (`当年积分清零`); ranking, not grades."""
    title = "中共北湖社区委员会党员积分制管理实施办法"
    basic = [
        ("1", "按时参加支部组织生活会、主题党日", "每次积2分", 2.0, "次"),
        ("2", "参加上级党组织举办的培训", "每次积1分", 1.0, "次"),
        ("3", "按时足额缴纳党费", "每季度积1分", 1.0, "季度"),
        ("4", "在线学习平台完成年度学习任务", "积5分", None, None),
    ]
    reward = [
        ("5", "参加社区志愿服务", "每满4小时积1分", 1.0, "4小时"),
        ("6", "结对帮扶困难群众", "每户每年积3分", 3.0, "户"),
        ("7", "提出的意见建议被社区党委采纳", "每条积2分", 2.0, "条"),
        ("8", "个人获得区级以上表彰", "每次积5分", 5.0, "次"),
    ]
    lines = [title, "（2026年修订）", "",
             "一、积分构成",
             "党员积分由基础积分和奖励积分组成，按自然年度累计计算，上不封顶。积分由党支部每月登记、每季度公示。", "",
             "二、基础积分"]
    lines += [f"{code}．{text}，{rule}；" for code, text, rule, _, _ in basic]
    lines += ["", "三、奖励积分"]
    lines += [f"{code}．{text}，{rule}；" for code, text, rule, _, _ in reward]
    lines += ["", "四、扣减积分",
              "9．无故缺席组织生活的，每次扣2分；",
              "10．受到党纪处分的，当年积分清零。", "",
              "五、结果运用",
              "年度积分排名前10%的党员，推荐参加“优秀共产党员”评选；年度积分低于10分的，由党支部书记进行谈心谈话。",
              "本办法自2026年1月1日起施行。", ""]
    (HERE / "g13_party_points_accumulate_no_maximum.txt").write_text("\n".join(lines), encoding="utf-8")
    items = []
    for category, rows in (("基础积分", basic), ("奖励积分", reward)):
        for code, text, rule_text, each, unit in rows:
            if each is None:
                items.append(item(category, code, text, 5.0, criteria=f"{text}，{rule_text}", rule="threshold"))
            else:
                items.append(item(category, code, text, None, criteria=f"{text}，{rule_text}", rule="per_occurrence",
                                  per_occurrence=each, unit=unit))
    gold("g13", ["g13_party_points_accumulate_no_maximum.txt"], title, 2026, None,
         [cat("基础积分", None, code="二"), cat("奖励积分", None, code="三")], items,
         deductions=[{"code": "9", "text": "无故缺席组织生活的，每次扣2分", "per_occurrence": -2.0},
                     {"code": "10", "text": "受到党纪处分的，当年积分清零", "effect": "当年积分清零"}],
         no_maximum=True,
         notes="an 积分制 list: points accumulate over the year with no maximum (`上不封顶`): total_points null, "
               "per-occurrence items have points null (no cap) and their per_occurrence value and unit; 在线学习 is a "
               "one-off 5 (threshold); the 清零 rule is a deduction with an effect, not a veto of a grade; results "
               "are used by ranking (前10%) and a 10-point threshold for a talk, neither a grade; year from `2026年修订`")


# ----------------------------------------------------------------------------- g14


def g14():
    """html NOT a scheme: a meeting notice full of `分` that are times and durations (`9时30分`, `15分钟`) and of
    dates, mentioning a scheme it does not contain."""
    title = "关于召开2026年度安全生产目标责任考核工作部署会的通知"
    page = html_page(title, f"""<div class="path">首页 &gt; 工作动态 &gt; 通知公告</div>
<h2>{title}</h2>
<p>各镇（街道）、区直有关部门：</p>
<p>经区政府同意，定于近期召开2026年度安全生产目标责任考核工作部署会。现将有关事项通知如下：</p>
<p>一、会议时间：2026年3月12日（星期四）上午9时30分，会期约90分钟。请参会人员于9时15分前到场签到，会前15分钟完成座位引导。</p>
<p>二、会议地点：区行政中心3号楼502会议室（地铁1号线行政中心站B出口步行约5分钟）。</p>
<p>三、参会人员：各镇（街道）分管安全生产负责同志、安监办主任；区直有关部门分管负责同志。</p>
<p>四、会议议程：</p>
<ol>
<li>通报2025年度安全生产考核情况（10分钟）；</li>
<li>解读2026年度安全生产目标责任考核细则（30分钟）；</li>
<li>交流发言，每个单位发言控制在5分钟以内（共20分钟）；</li>
<li>区政府分管领导讲话（15分钟）。</li>
</ol>
<p>五、其他事项：请各单位于3月10日17时00分前将参会回执报区应急管理局综合科。考核细则将在会上印发，请提前做好学习准备。</p>
<p>联系人：周××　　联系电话：0571-8690 3310</p>
<p style="text-align:right">区安全生产委员会办公室<br>2026年3月5日</p>""")
    (HERE / "g14_meeting_notice_not_scheme.html").write_text(page, encoding="utf-8")
    not_a_scheme("g14", ["g14_meeting_notice_not_scheme.html"], title, 2026,
                 "a meeting notice: every `分` is a clock time (9时30分, 17时00分) or a duration (15分钟, 90分钟, "
                 "5分钟 …); it announces a scheme (考核细则) that it does not contain")


# ----------------------------------------------------------------------------- g15


def g15():
    """docx NOT a scheme: a 考核结果通报 listing units with the scores they obtained, quoting the maximum,
    averages and deductions applied."""
    title = "关于2025年度全县基层医疗卫生机构绩效考核结果的通报"
    units = [("城关镇卫生院", 95.5), ("河口镇卫生院", 93), ("石桥镇卫生院", 91.5), ("柏林乡卫生院", 88),
             ("东岗镇卫生院", 86.5), ("枫树乡卫生院", 84), ("南庄镇卫生院", 79.5), ("西湾乡卫生院", 72.5)]

    def level(score):
        return "优秀" if score >= 90 else "良好" if score >= 80 else "合格"

    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各乡镇卫生院、社区卫生服务中心：",
                   "按照年度绩效考核工作安排，县卫生健康局于2026年1月组织考核组，对全县8家乡镇卫生院2025年度绩效情况进行了考核。"
                   "考核满分100分，全县平均得分86.3分，最高分95.5分，最低分72.5分。现将考核结果通报如下："])
    grid(d, ["名次", "单位", "考核得分", "等次"],
         [[str(i), name, fmt(score), level(score)] for i, (name, score) in enumerate(units, start=1)])
    paragraphs(d, ["考核中发现的主要问题：南庄镇卫生院家庭医生签约履约率偏低，扣4分；西湾乡卫生院慢病随访记录不完整，"
                   "扣6.5分，另因院感台账缺失扣3分。城关镇卫生院、河口镇卫生院的医共体建设经验在全市推广，各加1分。",
                   "希望受到表扬的单位再接再厉；考核等次为合格的单位要认真分析原因，于2026年3月31日前将整改报告报县卫生健康局。",
                   "县卫生健康局", "2026年2月3日"])
    d.save(HERE / "g15_health_results_report_not_scheme.docx")
    not_a_scheme("g15", ["g15_health_results_report_not_scheme.docx"], title, 2025,
                 "a results 通报: a table of units with the scores they obtained (95.5, 93 …) and their grade, prose "
                 "quoting the maximum, the average and deductions/bonuses already applied (扣4分, 加1分); it sets no "
                 "scoring rules")


# ----------------------------------------------------------------------------- g16


def g16():
    """pdf only (LibreOffice from a docx that is not kept), 企业 HSE: an item table with a 权重 column (`25%`)
    instead of points, each item scored on 100 with a rate rule, an empty 加权得分 column (得分×权重), and a
    year score `季度平均分×40%＋年度审核得分×60%` in prose."""
    title = "海湾能源工程公司2026年度承包商HSE业绩评价办法"
    rows = [
        ("安全事故控制", 25, "未发生可记录事件的得100分；发生可记录事件的，每起扣20分，扣完为止", "per_occurrence",
         {"per_occurrence": -20.0}),
        ("隐患整改", 20, "隐患按期整改率达到100%的得100分，每降低1个百分点扣2分", "per_occurrence",
         {"per_occurrence": -2.0, "unit": "百分点"}),
        ("作业许可执行", 20, "抽查作业票合格率即为本项得分", "proportional", {}),
        ("人员培训取证", 15, "特种作业人员持证率100%的得100分，低于90%的得0分，其间按持证率计分", "proportional", {}),
        ("环境保护", 10, "废弃物分类处置、无环境投诉的得100分；每发生一起环境投诉扣25分", "per_occurrence",
         {"per_occurrence": -25.0}),
        ("HSE资料管理", 10, "由项目HSE部根据资料完整性评定", "manual", {}),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["第一条 为加强承包商HSE管理，促进承包商持续改进HSE业绩，制定本办法。",
                   "第二条 承包商HSE业绩按季度评价，评价指标及权重见下表。各指标按百分制评分，"
                   "加权得分＝指标得分×权重，季度评价得分为各指标加权得分之和（满分100分）。"])
    grid(d, ["序号", "评价指标", "评价标准", "权重", "指标得分", "加权得分"],
         [[str(i), name, crit, f"{w}%", "", ""] for i, (name, w, crit, _, _) in enumerate(rows, start=1)]
         + [["", "合计", "", "100%", "", ""]])
    paragraphs(d, ["第三条 年度评价得分＝四个季度评价得分的平均分×40%＋年度HSE审核得分×60%。",
                   "第四条 年度评价得分85分以上为A级承包商，70分至84分为B级承包商，70分以下为C级承包商；"
                   "C级承包商暂停投标资格一年。",
                   "第五条 本办法由公司HSE管理部负责解释，自发布之日起施行。",
                   "HSE管理部", "2026年4月1日"])
    docx_path = HERE / "g16_hse_contractor_item_weights.docx"
    d.save(docx_path)
    to_pdf(docx_path, keep_docx=False)
    items = [item("", str(i), name, None, criteria=crit, rule=rule, weight=w / 100, scale=100.0, **extra)
             for i, (name, w, crit, rule, extra) in enumerate(rows, start=1)]
    gold("g16", ["g16_hse_contractor_item_weights.pdf"], title, 2026, 100.0, [], items,
         weights=[{"part": "季度评价得分（四个季度平均）", "weight": 0.4}, {"part": "年度HSE审核得分", "weight": 0.6}],
         formula="加权得分＝指标得分×权重；年度评价得分＝四个季度评价得分的平均分×40%＋年度HSE审核得分×60%",
         grades=[{"name": "A级承包商", "min_score": 85}, {"name": "B级承包商", "min_score": 70, "max_score": 84},
                 {"name": "C级承包商", "max_score": 70}],
         notes="PDF only; items carry a 权重 (25%…, summing to 100%) instead of points and are each scored on 100 "
               "(`scale` 100, points null); the scheme total is the weighted sum on 100 (total_points 100); the "
               "加权得分 column is empty (to fill); `×40%`/`×60%` in prose combine the quarterly score with an annual "
               "audit not described here (`weights`); `即为本项得分` and `其间按持证率计分` are proportional without a "
               "printed formula; the rules' `得100分` are on the item's own 100 scale")


BUILDS = (g01, g02, g03, g04, g05, g06, g07, g08, g09, g10, g11, g12, g13, g14, g15, g16)


def pdfs():
    for name in PDF_SOURCES:
        to_pdf(HERE / name)


if __name__ == "__main__":
    for build in BUILDS:
        build()
    if "--pdf" in sys.argv:
        pdfs()
