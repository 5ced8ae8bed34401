"""Build the forms probe documents and their gold from one hand-written content table each.

The unseen probe set (tests/data/unseen) varied TABLE LAYOUTS; this one varies the FORMS IN
WHICH POINTS ARE STATED: rubric lines, outlines with points and a description in one bracket,
Chinese numerals and full-width digits, ranges, prose articles with caps and formulas, award
matrices, fill-in forms, score sheets with criteria in the header, deduction forms, and two
documents that only quote scores (not schemes).  Each document's content is written once below
and rendered both into the document and into ``gold/<id>.json``, so the gold is the content,
never kaohe's output.  Run from the repo root:
``.venv/bin/python tests/data/forms/make_forms.py`` (add ``--pdf`` to refresh the PDFs with
LibreOffice headless).  Re-running rewrites the same files.
"""

from __future__ import annotations

import html as htmllib
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"

# The docx helpers, the gold entry shapes and the gold writer are the unseen probe's (one implementation);
# its writer writes into its module's GOLD, pointed here.
_spec = importlib.util.spec_from_file_location("make_unseen", HERE.parent / "unseen" / "make_unseen.py")
_unseen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_unseen)
_unseen.GOLD = GOLD
item, cat, gold, new_doc, heading, set_cell, merge_down, fmt = (
    _unseen.item, _unseen.cat, _unseen.gold, _unseen.new_doc, _unseen.heading, _unseen.set_cell, _unseen.merge_down,
    _unseen.fmt)


def not_a_scheme(doc_id, fixtures, title, year, note):
    data = {"fixtures": fixtures, "kind": "not_a_scheme", "title": title, "year": year, "total_points": None,
            "categories": [], "items": [], "bonus": [], "deductions": [], "veto": [], "weights": [], "grades": [],
            "expected_flags": [{"kind": "not_a_scheme", "note": note}]}
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{doc_id}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def paragraphs(d, lines):
    for line in lines:
        d.add_paragraph(line)


def grid(d, header, rows):
    t = d.add_table(rows=len(rows) + 1, cols=len(header))
    t.style = "Table Grid"
    for c, h in enumerate(header):
        set_cell(t.cell(0, c), h, bold=True)
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            set_cell(t.cell(r, c), v)
    return t


def html_page(title, body):
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{htmllib.escape(title)}</title>'
            f"</head>\n<body>\n{body}\n</body></html>\n")


def to_pdf(docx_path: Path, keep_docx=True):
    """LibreOffice headless renders the PDF next to the docx (as make_unseen.py --pdf does)."""
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(docx_path)],
                   check=True, capture_output=True, timeout=180)
    if not keep_docx:
        docx_path.unlink()


PDF_SOURCES: list[tuple[str, bool]] = []  # (docx file name, keep the docx as a fixture too)


# ----------------------------------------------------------------------------- f01


def f01():
    """docx+pdf, 工会: outline sections `一、组织建设（25分，组织健全、制度完善）`; items as `1．…（5分）`,
    `（1）职工代表大会 —— 【12分】` with the criteria on the next line, and `1．…——10分：criteria`."""
    title = "东岭市总工会2025年度“模范职工之家”创建评分细则"
    sections = [
        ("一", "组织建设", 25, "组织健全、制度完善", "paren", [
            ("1", "工会委员会按期换届，委员分工明确", 5, "", None),
            ("2", "经费审查委员会、女职工委员会同步建立", 5, "", None),
            ("3", "会员名册齐全，会员信息动态更新", 5, "", None),
            ("4", "建立工会工作例会制度，每季度至少召开一次", 10, "", None),
        ]),
        ("二", "民主管理", 30, "职代会规范、厂务公开到位", "bracket", [
            ("1", "职工代表大会", 12, "每年召开不少于1次，代表提案件件有回复；当年未召开的本项不得分。", "threshold"),
            ("2", "厂务公开", 10, "公开栏内容每季度更新一次，缺一个季度扣2.5分。", "per_occurrence"),
            ("3", "集体合同", 8, "签订工资专项集体合同并报上级工会备案的得8分；只签订综合性集体合同的得4分。", "tiers"),
        ]),
        ("三", "服务职工", 25, "帮扶有力、活动经常", "dash", [
            ("1", "困难职工帮扶", 10, "建立帮扶台账，春节、夏季走访慰问覆盖全部建档职工。", "manual"),
            ("2", "文体活动", 8, "每组织一次全员性文体活动得2分，最高8分。", "per_occurrence"),
            ("3", "职工书屋", 7, "书屋每周开放不少于3天，有借阅登记。", "manual"),
        ]),
        ("四", "阵地建设", 20, "场所固定、设施齐全", "paren", [
            ("1", "职工活动室面积不少于60平方米，悬挂统一标识", 10, "", None),
            ("2", "配备健身器材、图书报刊等设施，开放时间对外公示", 6, "", None),
            ("3", "在工会网上服务平台及时维护“职工之家”信息", 4, "", None),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["各县（市、区）总工会、各产业工会：",
                   "为推进“职工之家”建设提质增效，现将2025年度创建评分细则印发如下。评分满分100分，"
                   "由市总工会组织联合验收组逐项核查打分。"])
    cats, items = [], []
    for code, name, pts, desc, form, rows in sections:
        d.add_paragraph(f"{code}、{name}（{pts}分，{desc}）")
        cats.append(cat(name, float(pts), code=code, description=desc))
        for icode, text, ipts, crit, rule in rows:
            if form == "paren":
                d.add_paragraph(f"{icode}．{text}（{ipts}分）")
            elif form == "bracket":
                d.add_paragraph(f"（{icode}）{text} —— 【{ipts}分】")
                d.add_paragraph(crit)
            else:
                d.add_paragraph(f"{icode}．{text}——{ipts}分：{crit}")
            extra = {"cap": 8.0, "per_occurrence": 2.0} if text == "文体活动" else {}
            items.append(item(name, icode, text, float(ipts), criteria=crit, rule=rule, **extra))
    paragraphs(d, ["五、命名标准",
                   "验收得分85分以上的，推荐命名为市级“模范职工之家”；得分不足85分的，限期半年整改后重新申请验收。",
                   "东岭市总工会", "2025年3月10日"])
    d.save(HERE / "f01_union_outline_bracket_rubric.docx")
    PDF_SOURCES.append(("f01_union_outline_bracket_rubric.docx", True))
    gold("f01", ["f01_union_outline_bracket_rubric.docx", "f01_union_outline_bracket_rubric.pdf"], title, 2025,
         100.0, cats, items, grades=[{"name": "模范职工之家", "min_score": 85}],
         notes="category points and a description share one bracket (`（25分，组织健全、制度完善）`): points 25, the "
               "description kept as `description`; section 二 items are `（1）name —— 【N分】` lines with the criteria "
               "on the next paragraph (text = the short line, criteria = the paragraph); section 三 items are "
               "`1．name——N分：criteria` on one line; sections 一 and 四 items have no criteria (rule null); "
               "total 100 stated only in prose (评分满分100分)")


# ----------------------------------------------------------------------------- f02


def f02():
    """txt, course rubric: `满分４０分` headings, `- name：8分`, `- name：分值：10`, `- name：10 分`,
    `1. name [5 分] —— description`, full-width digits, a bonus list `+2分`, a late-submission deduction."""
    title = "《Web应用开发》课程大作业评分标准"
    sections = [
        ("一", "功能实现", 40, "满分４０分", [
            ("-", "用户注册与登录", 8, "：8分", "", None),
            ("-", "数据增删改查", 12, "：１２分", "", None),
            ("-", "搜索与分页", 10, "，分值：10", "", None),
            ("-", "权限控制", 10, "：10 分", "", None),
        ]),
        ("二", "代码质量", 25, "满分25分", [
            ("1", "代码风格", 5, "[5 分]", "命名统一，缩进一致，不保留大段注释掉的代码。", "manual"),
            ("2", "模块划分", 10, "[10 分]", "前后端分离，接口定义清晰。", "manual"),
            ("3", "单元测试", 10, "[10 分]", "核心模块有测试，覆盖率达到60%以上得10分，达到30%得5分。", "tiers"),
        ]),
        ("三", "文档规范", 20, "满分20分", [
            ("1", "设计文档", 10, "[10 分]", "", None),
            ("2", "部署说明", 5, "[5 分]", "", None),
            ("3", "提交记录", 5, "[5 分]", "至少20次有意义的提交，每少2次扣1分，扣完为止。", "per_occurrence"),
        ]),
        ("四", "答辩表现", 15, "满分１５分", [
            ("-", "演示流畅、讲解清楚、回答问题准确", 15, "：１５分", "", "manual"),
        ]),
    ]
    bonus = [("使用容器部署", "+2分", 2.0), ("实现中英文界面切换", "+3分", 3.0)]
    lines = [title, "（2025年春季学期）", "",
             "总评：大作业满分100分，按以下四部分评定；另设附加分，最多加５分，总成绩不超过100分。", ""]
    cats, items = [], []
    for code, name, pts, shown, rows in sections:
        lines.append(f"{code}、{name}（{shown}）")
        cats.append(cat(name, float(pts), code=code))
        for mark, text, ipts, pshown, crit, rule in rows:
            if mark == "-":
                lines.append(f"- {text}{pshown}")
            else:
                lines.append(f"{mark}. {text} {pshown}" + (f" —— {crit}" if crit else ""))
            items.append(item(name, None if mark == "-" else mark, text, float(ipts), criteria=crit, rule=rule))
        lines.append("")
    lines.append("附加分（最多５分）")
    lines += [f"- {text}：{shown}" for text, shown, _ in bonus]
    lines += ["",
              "成绩等级：90分及以上为优秀，80–89分为良好，70–79分为中等，60–69分为及格，60分以下为不及格。",
              "迟交处理：每迟交一天扣总评5分，迟交超过3天的大作业按0分计。",
              "课程组  2025年2月"]
    (HERE / "f02_course_rubric_bullets.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    gold("f02", ["f02_course_rubric_bullets.txt"], title, 2025, 100.0, cats, items,
         bonus=[{"section": "附加分", "text": text, "points": p, "cap": 5.0} for text, _, p in bonus],
         deductions=[{"text": "每迟交一天扣总评5分，迟交超过3天的大作业按0分计", "per_occurrence": -5.0,
                      "unit": "天", "zero_after": "3天"}],
         grades=[{"name": "优秀", "min_score": 90}, {"name": "良好", "min_score": 80, "max_score": 89},
                 {"name": "中等", "min_score": 70, "max_score": 79}, {"name": "及格", "min_score": 60, "max_score": 69},
                 {"name": "不及格", "max_score": 60}],
         score_cap=100.0,
         notes="points in five spellings: `8分`, full-width `１２分`/`１５分`/`４０分`, `分值：10`, `10 分` with a "
               "space, `[5 分]`; `-` bullets have no code (null); the bonus is capped at ５ and the final score at "
               "100 (score_cap); the 迟交 rule is a scheme-level per-day deduction")


# ----------------------------------------------------------------------------- f03


def f03():
    """docx+pdf, company 安全 prose 考核办法: modules whose parts sit in different 第X条 articles, a formula,
    a per-occurrence award with cap, capped bonus with a soft cap, level-dependent deductions, 一票否决."""
    title = "华岳建材集团有限公司2025年度安全生产目标责任考核办法"
    modules = [("安全责任落实", 30), ("隐患排查治理", 30), ("教育培训", 20), ("应急管理", 20)]
    # (article, code within the article, module, text, points, rule, extra)
    parts = [
        ("第四条", None, "安全责任落实", "安全生产责任制逐级签订、全员覆盖的，得10分；每缺一个层级扣2分。", 10, "per_occurrence", {}),
        ("第五条", None, "安全责任落实", "企业主要负责人每季度带队开展安全检查不少于1次的，得10分；每少一次扣2.5分。", 10,
         "per_occurrence", {}),
        ("第六条", None, "安全责任落实", "安全生产费用按规定足额提取并建立使用台账的，得10分；未建立使用台账的扣5分。", 10,
         None, {}),
        ("第七条", "一", "隐患排查治理", "按隐患整改完成情况计分：得分=（按期整改隐患数÷排查发现隐患数）×20。", 20,
         "proportional", {"formula": "（按期整改隐患数÷排查发现隐患数）×20"}),
        ("第七条", "二", "隐患排查治理", "重大隐患实行挂牌督办，按期销号的得10分，逾期未销号的不得分。", 10, "threshold", {}),
        ("第八条", "一", "教育培训", "三级安全教育覆盖全部新入职人员的，得8分；每发现一人未经培训上岗扣1分。", 8,
         "per_occurrence", {}),
        ("第八条", "二", "教育培训", "特种作业人员持证上岗率达到100%的，得6分；低于100%的不得分。", 6, "threshold", {}),
        ("第八条", "三", "教育培训", "组织员工参加上级部门举办的安全知识竞赛，每获得一个奖项得2分，最高6分。", 6,
         "per_occurrence", {"per_occurrence": 2.0, "cap": 6.0}),
        ("第九条", "一", "应急管理", "制定综合应急预案并向属地应急管理部门备案的，得5分。", 5, "threshold", {}),
        ("第九条", "二", "应急管理", "每半年至少组织一次应急演练，演练后有评估总结的，得10分；只演练无总结的，得6分。", 10,
         "tiers", {}),
        ("第九条", "三", "应急管理", "应急物资建立台账、每月检查一次的，得5分。", 5, "threshold", {}),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, [
        "第一条 为落实企业安全生产主体责任，强化安全生产目标管理，结合集团实际，制定本办法。",
        "第二条 本办法适用于集团所属各生产企业（以下简称“各企业”）。",
        "第三条 考核实行百分制，由" + "、".join(f"{m}（{p}分）" for m, p in modules) + "四个模块组成。",
    ])
    items = []
    article_text: dict[str, list[str]] = {}
    heads = {"第七条": "隐患排查治理模块：", "第八条": "教育培训模块：", "第九条": "应急管理模块："}
    for art, code, module, text, pts, rule, extra in parts:
        if code is None:
            prefix = f"{module}模块中，" if art == "第四条" else ""
            article_text.setdefault(art, []).append(prefix + text)
        else:
            article_text.setdefault(art, [heads[art]]).append(f"（{code}）{text}")
        items.append(item(module, art if code is None else f"{art}（{code}）", text, float(pts), criteria=text,
                          rule=rule, **extra))
    for art, chunks in article_text.items():
        if len(chunks) == 1:
            d.add_paragraph(f"{art} {chunks[0]}")
        else:
            d.add_paragraph(f"{art} {chunks[0]}")
            paragraphs(d, chunks[1:])
    paragraphs(d, [
        "第十条 加分。企业安全管理经验被上级部门发文推广的，每次加1分；在集团及以上刊物发表安全管理文章的，"
        "每篇加0.5分，累计不超过2分。加分合计超过5分的部分按50%计入。",
        "第十一条 扣分。因安全管理问题被集团通报、警告、记过的，分别扣1、2、3分；被地方监管部门行政处罚的，每次扣5分。",
        "第十二条 一票否决。发生下列情形之一的，考核结果直接定为不合格：",
        "（一）发生一般及以上生产安全责任事故的；",
        "（二）瞒报、谎报、迟报生产安全事故的；",
        "（三）被列入安全生产严重失信主体名单的。",
        "第十三条 考核等次：90分以上为优秀，75分至89分为良好，60分至74分为合格，60分以下为不合格。",
        "第十四条 本办法由集团安全环保部负责解释，自2025年1月1日起施行。",
    ])
    d.save(HERE / "f03_company_safety_prose_articles.docx")
    PDF_SOURCES.append(("f03_company_safety_prose_articles.docx", True))
    gold("f03", ["f03_company_safety_prose_articles.docx", "f03_company_safety_prose_articles.pdf"], title, 2025,
         100.0, [cat(m, float(p)) for m, p in modules], items,
         bonus=[{"code": "第十条", "text": "企业安全管理经验被上级部门发文推广的，每次加1分", "per_occurrence": 1.0},
                {"code": "第十条", "text": "在集团及以上刊物发表安全管理文章的，每篇加0.5分，累计不超过2分",
                 "per_occurrence": 0.5, "cap": 2.0}],
         bonus_soft_cap={"above": 5.0, "rate": 0.5, "text": "加分合计超过5分的部分按50%计入"},
         deductions=[{"code": "第十一条", "text": "因安全管理问题被集团通报、警告、记过的，分别扣1、2、3分",
                      "levels": {"通报": 1.0, "警告": 2.0, "记过": 3.0}},
                     {"code": "第十一条", "text": "被地方监管部门行政处罚的，每次扣5分", "per_occurrence": -5.0}],
         veto=[{"code": "一", "text": "发生一般及以上生产安全责任事故的"},
               {"code": "二", "text": "瞒报、谎报、迟报生产安全事故的"},
               {"code": "三", "text": "被列入安全生产严重失信主体名单的"}],
         veto_effect="考核结果直接定为不合格",
         grades=[{"name": "优秀", "min_score": 90}, {"name": "良好", "min_score": 75, "max_score": 89},
                 {"name": "合格", "min_score": 60, "max_score": 74}, {"name": "不合格", "max_score": 60}],
         notes="module points only in 第三条 (`安全责任落实（30分）`…); the module 安全责任落实 is split over 第四、五、六条 "
               "(one item per article, code = the article), the other modules list （一）（二） parts inside one "
               "article (code `第七条（一）`); item text = criteria = the clause (there is no separate heading); "
               "第六条 `得10分；…扣5分` has rule null (as u01's 经费审查: a full award with one fixed deduction); 第七条（一） is a formula (proportional); 第十条 has a soft cap "
               "over the whole bonus (bonus_soft_cap) besides the 2-point cap of one bonus line; 第十一条 deduction "
               "depends on the sanction level (levels)")


# ----------------------------------------------------------------------------- f04


def f04():
    """docx, hospital: a 序号/考核项目/评分标准/分值 table, then an award MATRIX (级别 × 奖次, `8分/人`) as the
    bonus with a caption cap, a per-article bonus with cap, and a conditional veto on the grade."""
    title = "青川县人民医院2025年度护理人员绩效考核细则"
    rows = [
        ("护理文书质量", "护理文书书写合格率达到95%的得20分，每降低1个百分点扣2分，扣完为止。", 20, "per_occurrence"),
        ("患者满意度", "满意度达到90%以上的得20分；85%至89%的得15分；低于85%的得10分。", 20, "tiers"),
        ("“三基”考核", "理论与操作考核成绩按比例折算：得分=考核成绩（百分制）×0.2。", 20, "proportional"),
        ("院感防控", "手卫生依从率达到科室年度目标的得15分，未达到的不得分。", 15, "threshold"),
        ("劳动纪律", "迟到、早退每次扣1分，旷工每次扣5分，扣完为止。", 15, "per_occurrence"),
        ("继续教育", "完成年度继续医学教育学分（Ⅰ类不少于10分、Ⅱ类不少于15分）的得10分，未完成的不得分。", 10, "threshold"),
    ]
    levels = ["国家级", "省级", "市级"]
    ranks = ["一等奖", "二等奖", "三等奖", "优秀奖"]
    matrix = {"国家级": [8, 6, 5, 3], "省级": [5, 4, 3, 2], "市级": [3, 2, 1, 0.5]}
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["为客观评价护理人员年度工作实绩，根据医院绩效管理办法，制定本细则。",
                   "一、基本考核项目（满分100分）"])
    grid(d, ["序号", "考核项目", "评分标准", "分值"],
         [[str(i), name, crit, fmt(p)] for i, (name, crit, p, _) in enumerate(rows, start=1)] + [["", "合计", "", "100"]])
    d.add_paragraph("二、加分项目（加分合计最高10分）")
    d.add_paragraph("（一）参加卫生健康行政部门或行业学会组织的护理技能竞赛获奖的，按下表加分。")
    cap = d.add_paragraph()
    r = cap.add_run("表2 护理技能竞赛获奖加分标准（最高加10分）")
    r.bold = True
    r.font.size = Pt(10.5)
    grid(d, ["竞赛级别", *ranks], [[lv, *[f"{fmt(v)}分/人" for v in matrix[lv]]] for lv in levels])
    paragraphs(d, ["团体项目获奖的，每名参赛人员按表中标准的50%计分。",
                   "（二）以第一作者在统计源期刊发表护理论文的，每篇加0.5分，累计不超过2分。",
                   "三、发生Ⅲ级及以上护理不良事件并负主要责任的，当年绩效考核不得评为优秀。",
                   "四、考核结果分为优秀（90分以上）、合格（60分至89分）、不合格（60分以下）三个等次。",
                   "护理部", "2025年1月6日"])
    d.save(HERE / "f04_hospital_award_matrix_bonus.docx")
    items = [item("", str(i), name, float(p), criteria=crit, rule=rule, **({"formula": "考核成绩（百分制）×0.2"}
                                                                            if rule == "proportional" else {}))
             for i, (name, crit, p, rule) in enumerate(rows, start=1)]
    gold("f04", ["f04_hospital_award_matrix_bonus.docx"], title, 2025, 100.0, [], items,
         bonus=[{"code": "一", "text": "参加卫生健康行政部门或行业学会组织的护理技能竞赛获奖的，按下表加分", "rule": "lookup",
                 "levels": {lv: dict(zip(ranks, [float(v) for v in matrix[lv]])) for lv in levels}, "unit": "人",
                 "cap": 10.0, "team_rate": 0.5},
                {"code": "二", "text": "以第一作者在统计源期刊发表护理论文的，每篇加0.5分，累计不超过2分",
                 "per_occurrence": 0.5, "cap": 2.0}],
         bonus_cap=10.0,
         veto=[{"text": "发生Ⅲ级及以上护理不良事件并负主要责任的", "effect": "当年绩效考核不得评为优秀"}],
         veto_effect="当年绩效考核不得评为优秀",
         grades=[{"name": "优秀", "min_score": 90}, {"name": "合格", "min_score": 60, "max_score": 89},
                 {"name": "不合格", "max_score": 60}],
         notes="the award matrix (3 levels × 4 ranks, cells `N分/人`) is ONE bonus entry with rule lookup and "
               "levels {级别: {奖次: points}}; its caption cap (最高加10分) equals the section cap (bonus_cap); the "
               "items have no category (the table has none); 继续教育 mentions 学分 (`不少于10分`): credits, not "
               "points; section 三 limits the grade rather than zeroing the score (a veto with that effect)")


# ----------------------------------------------------------------------------- f05


def f05():
    """docx, 社区 fill-in form: 检查内容 | 标准分 | 填报情况 (`已建立□ 未建立□`, `专职人员____名`) | 自评分 | 得分."""
    title = "2025年度城市社区消防安全规范化建设检查表"
    rows = [
        ("建立社区消防安全组织，明确消防安全责任人", 10, "已建立□  未建立□"),
        ("配备专（兼）职消防安全管理人员", 10, "专职人员____名，兼职人员____名"),
        ("微型消防站按标准配置灭火器材和个人防护装备", 15, "已配置□  部分配置□  未配置□"),
        ("每季度开展一次消防安全检查并留存记录", 15, "本年度已检查____次"),
        ("组织居民开展疏散逃生演练", 10, "已开展□  未开展□  参加人数____人"),
        ("高层住宅消防车通道畅通，无占用堵塞", 15, "是□  否□"),
        ("建设电动自行车集中停放充电场所", 15, "已建成□  在建□  未建□  充电端口____个"),
        ("消防安全宣传进楼栋、进家庭", 10, "宣传栏____处，发放资料____份"),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["社区名称（盖章）：________________        填报日期：____年____月____日"])
    grid(d, ["序号", "检查内容", "标准分", "填报情况", "自评分", "得分"],
         [[str(i), text, fmt(p), fill, "", ""] for i, (text, p, fill) in enumerate(rows, start=1)]
         + [["", "合计", "100", "", "", ""]])
    paragraphs(d, ["填表说明：",
                   "1．“填报情况”栏由社区如实勾选或填写数字，并附相关佐证材料；",
                   "2．“自评分”由社区填写，“得分”由街道检查组核定；",
                   "3．检查得分90分以上的社区确定为消防安全达标社区。",
                   "社区负责人（签字）：__________      检查组成员（签字）：__________"])
    d.save(HERE / "f05_community_fill_in_form.docx")
    items = [item("", str(i), text, float(p), form_field=fill) for i, (text, p, fill) in enumerate(rows, start=1)]
    gold("f05", ["f05_community_fill_in_form.docx"], title, 2025, 100.0, [], items,
         grades=[{"name": "消防安全达标社区", "min_score": 90}],
         notes="the 填报情况 column holds check boxes and blanks to fill in (kept as form_field, not criteria); "
               "自评分 and 得分 are empty columns to fill; no scoring rule is printed, so criteria are empty and "
               "rules null; blank form lines above and below the table are not content")


# ----------------------------------------------------------------------------- f06


def f06():
    """xlsx competition score sheet: the criteria and their maxima are HEADER cells (`创新性（25分）`), the body
    rows are participants with filled-in scores; the criteria's descriptions are in a 评分说明 block below."""
    title = "第三届“智造杯”职工创新成果大赛决赛评分表"
    criteria = [
        ("创新性", 25, "技术方案有独创性，解决了行业或岗位上的难点问题。"),
        ("实用性", 25, "成果已在生产中应用，运行稳定，操作简便。"),
        ("经济效益", 20, "有测算依据的降本增效金额或节能减排效果。"),
        ("推广价值", 15, "可在同行业或集团内复制推广。"),
        ("现场展示", 15, "陈述清楚、实物或视频演示完整，答辩准确。"),
    ]
    entrants = [
        ("热电分公司", "锅炉给水泵密封改进", [22, 21, 16, 12, 13]),
        ("机加车间", "数控刀具寿命预警装置", [23.5, 22, 17, 13, 12.5]),
        ("物流中心", "叉车电池智能充放电管理", [19, 23, 15.5, 11, 14]),
        ("质检部", "来料外观缺陷图像识别", [24, 18.5, 14, 13.5, 13]),
        ("动力车间", "空压机余热回收利用", [20.5, 22.5, 18, 12, 12]),
        ("装配二车间", "扭矩扳手自动校验台", [21, 20, 13.5, 10.5, 14.5]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "决赛评分"
    ncol = 3 + len(criteria) + 1
    ws.cell(1, 1, title).font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(2, 1, "评委编号：______        评分日期：2025年6月18日")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    header = ["序号", "参赛单位", "项目名称", *[f"{n}（{p}分）" for n, p, _ in criteria], "总分"]
    for c, h in enumerate(header, start=1):
        ws.cell(3, c, h).font = Font(bold=True)
        ws.cell(3, c).alignment = Alignment(wrap_text=True, horizontal="center")
    for i, (unit, project, scores) in enumerate(entrants, start=1):
        for c, v in enumerate([i, unit, project, *scores, sum(scores)], start=1):
            ws.cell(3 + i, c, v)
    r = 3 + len(entrants) + 2
    ws.cell(r, 1, "评分说明：")
    for k, (n, p, desc) in enumerate(criteria, start=1):
        ws.cell(r + k, 1, f"{k}．{n}（{p}分）：{desc}")
        ws.merge_cells(start_row=r + k, start_column=1, end_row=r + k, end_column=ncol)
    ws.cell(r + len(criteria) + 1, 1, "各项目最终得分为全体评委评分去掉一个最高分和一个最低分后的算术平均值，满分100分。")
    ws.merge_cells(start_row=r + len(criteria) + 1, start_column=1, end_row=r + len(criteria) + 1, end_column=ncol)
    for col, w in zip("ABCDEFGHI", (6, 14, 24, 12, 12, 12, 12, 12, 8)):
        ws.column_dimensions[col].width = w
    wb.save(HERE / "f06_contest_header_criteria_scores.xlsx")
    items = [item("", str(k), n, float(p), criteria=desc, rule="manual", cell=f"{chr(ord('D') + k - 1)}3")
             for k, (n, p, desc) in enumerate(criteria, start=1)]
    gold("f06", ["f06_contest_header_criteria_scores.xlsx"], title, 2025, 100.0, [], items,
         scoring_note="each judge scores every entry on the five criteria; the final score is the mean after "
                      "dropping the highest and the lowest judge",
         notes="items are the HEADER criteria (`创新性（25分）` …), not the participant rows (参赛单位/项目名称 with "
               "filled-in scores and a 总分); the criteria's descriptions come from the 评分说明 block below the "
               "table (numbered like the header order); codes follow that numbering")


# ----------------------------------------------------------------------------- f07


def f07():
    """xlsx 机关效能: points cells are STRINGS (`15分`), criteria are graded level lines with ranges
    (`按期完成、质量较好（12-15分）；基本完成（8-11分）`), grades by score band (`优秀≥90分`)."""
    title = "2025年度区直机关效能建设考核评分表"
    groups = [
        ("重点工作推进", 35, [
            ("年度重点任务落实", "按期完成、质量较好（12-15分）；基本完成（8-11分）；未完成（0-7分）", 15, "tiers"),
            ("领导批示交办事项办理", "按时办结率100%（10分）；90%以上（6-9分）；低于90%（0-5分）", 10, "tiers"),
            ("督查通报问题整改", "每有一项问题未按期整改扣2分，扣完为止", 10, "per_occurrence"),
        ]),
        ("服务效能", 35, [
            ("政务服务事项办理", "好评率98%以上得15分；95%至98%得10分；低于95%得5分", 15, "tiers"),
            ("12345热线工单办理", "得分=按时办结率×10", 10, "proportional"),
            ("首问负责和一次性告知", "落实到位（8-10分）；基本落实（5-7分）；落实不到位（0-4分）", 10, "tiers"),
        ]),
        ("作风建设", 30, [
            ("工作纪律", "明察暗访发现迟到早退、脱岗等问题，每起扣2分，扣完为止", 10, "per_occurrence"),
            ("精文简会", "会议、文件数量控制在年度计划内，综合评定", 10, "manual"),
            ("集中学习", "全年集中学习不少于12次得10分，每少1次扣1分", 10, "per_occurrence"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "效能考核"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:E1")
    for c, h in enumerate(["考核类别", "考核内容", "评分标准", "分值", "得分"], start=1):
        ws.cell(2, c, h).font = Font(bold=True)
    cats, items = [], []
    r = 3
    for cname, cpts, rows in groups:
        start = r
        for text, crit, pts, rule in rows:
            ws.cell(r, 2, text)
            ws.cell(r, 3, crit)
            ws.cell(r, 4, f"{pts}分")
            items.append(item(cname, None, text, float(pts), criteria=crit, rule=rule, cell=f"D{r}",
                              **({"formula": "按时办结率×10"} if rule == "proportional" else {})))
            r += 1
        ws.cell(start, 1, f"{cname}\n（{cpts}分）")
        ws.cell(start, 1).alignment = Alignment(vertical="center", wrap_text=True)
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        cats.append(cat(cname, float(cpts)))
    ws.cell(r, 1, "合计")
    ws.cell(r, 4, "100分")
    ws.cell(r + 1, 1, "等次评定：优秀≥90分；良好80-89分；一般60-79分；较差＜60分。")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=5)
    for col, w in zip("ABCDE", (14, 22, 60, 8, 8)):
        ws.column_dimensions[col].width = w
    wb.save(HERE / "f07_office_efficiency_string_points.xlsx")
    gold("f07", ["f07_office_efficiency_string_points.xlsx"], title, 2025, 100.0, cats, items,
         grades=[{"name": "优秀", "min_score": 90}, {"name": "良好", "min_score": 80, "max_score": 89},
                 {"name": "一般", "min_score": 60, "max_score": 79}, {"name": "较差", "max_score": 60}],
         notes="every 分值 cell is a string (`15分`), the 合计 too (`100分`); graded level lines with ranges "
               "(`按期完成、质量较好（12-15分）；基本完成（8-11分）`) are tiers whose bands are ranges, the item's "
               "points are the top of the band (= the 分值 cell); category points are written in the merged "
               "category cell on a second line (`（35分）`); grades use ≥ and ＜")


# ----------------------------------------------------------------------------- f08


def f08():
    """html, hospital: a category's points cell reads `18分+5分` (base plus bonus within the category)."""
    title = "2025年度临床科室医疗质量与安全考核标准"
    groups = [
        ("病历质量", "25分", 25, None, [
            ("运行病历按时完成", "每发现一份超时完成扣0.5分，扣完为止", 10, "per_occurrence"),
            ("归档病历甲级率", "甲级病历率达到90%得10分，每降低1个百分点扣1分，扣完为止", 10, "per_occurrence"),
            ("丙级病历控制", "出现丙级病历的本项不得分", 5, "threshold"),
        ]),
        ("核心制度落实", "30分", 30, None, [
            ("三级查房", "查房记录完整，每缺一次扣1分", 10, "per_occurrence"),
            ("疑难病例讨论", "每月至少讨论1次，每少一次扣2分", 10, "per_occurrence"),
            ("交接班制度", "交接班记录齐全得10分，不齐全的酌情扣分", 10, "manual"),
        ]),
        ("医疗技术管理", "18分+5分", 18, 5, [
            ("手术分级授权", "按授权级别开展手术得10分，发现越级手术的不得分", 10, "threshold"),
            ("新技术新项目备案", "开展的新技术新项目均按规定备案得8分", 8, "threshold"),
        ]),
        ("合理用药", "27分", 27, None, [
            ("抗菌药物使用强度", "控制在40DDDs以内得12分，超标不得分", 12, "threshold"),
            ("处方点评合格率", "合格率95%以上得15分，90%至94%得10分，低于90%得5分", 15, "tiers"),
        ]),
    ]
    extra_text = "经医院批准开展新技术、新项目的，每项加1分，最高加5分"
    body, cats, items = [], [], []
    for cname, shown, cpts, plus, rows in groups:
        n = len(rows) + (1 if plus else 0)
        for i, (text, crit, pts, rule) in enumerate(rows):
            lead = f'<td rowspan="{n}">{cname}</td><td rowspan="{n}">{shown}</td>' if i == 0 else ""
            body.append(f"<tr>{lead}<td>{text}</td><td>{crit}</td><td>{pts}</td><td></td></tr>")
            items.append(item(cname, None, text, float(pts), criteria=crit, rule=rule))
        if plus:
            body.append(f"<tr><td>新技术新项目开展（加分）</td><td>{extra_text}</td><td>+{plus}</td><td></td></tr>")
        cats.append(cat(cname, float(cpts), **({"bonus_points": float(plus)} if plus else {})))
    rows_html = "\n".join(body)
    page = html_page(title, f"""<div class="article">
<h1>{title}</h1>
<p class="info">发布时间：2025-02-14　来源：医务部　浏览次数：312</p>
<p>为持续改进医疗质量、保障患者安全，医院对各临床科室实行季度考核。考核满分100分，另设新技术新项目加分，最高加5分。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>考核项目</th><th>项目分值</th><th>考核内容</th><th>评分标准</th><th>标准分</th><th>得分</th></tr>
{rows_html}
<tr><td colspan="4">合计</td><td>100分（另可加5分）</td><td></td></tr>
</table>
<p>考核结果与科室绩效挂钩，季度得分低于80分的科室由医务部约谈科主任。</p>
</div>""")
    (HERE / "f08_hospital_base_plus_bonus_cell.html").write_text(page, encoding="utf-8")
    gold("f08", ["f08_hospital_base_plus_bonus_cell.html"], title, 2025, 100.0, cats, items,
         bonus=[{"category": "医疗技术管理", "text": extra_text, "per_occurrence": 1.0, "cap": 5.0}],
         notes="the 医疗技术管理 category cell reads `18分+5分`: points 18 (its two items add to 18) plus 5 bonus "
               "(bonus_points) given by the row `新技术新项目开展（加分）` (+5), which is a bonus entry, not an item; "
               "the 合计 `100分（另可加5分）` is the total without the bonus; the 80-point 约谈 line is a "
               "consequence, not a grade")


# ----------------------------------------------------------------------------- f09


def f09():
    """html 街道 deduction form: base 100 in prose, a 扣分 column holding `扣2分` / `扣3分/人` per row, a
    实际扣分 column to fill, a zeroing clause."""
    title = "街道机关食堂食品安全日常检查扣分表"
    rows = [
        ("证照管理", "食品经营许可证在有效期内并在醒目位置公示", "扣5分", 5, "threshold"),
        ("人员健康", "从业人员持有效健康证明上岗", "扣3分/人", 3, "per_occurrence"),
        ("晨检记录", "每日开展晨检并如实记录", "扣2分", 2, "threshold"),
        ("原料采购", "索证索票，建立进货查验台账", "扣2分", 2, "threshold"),
        ("食品留样", "每餐次每个品种留样不少于125克，冷藏保存48小时以上", "扣5分", 5, "threshold"),
        ("生熟分开", "刀具、砧板、容器生熟分开并有明显标识", "扣2分", 2, "threshold"),
        ("餐具消毒", "餐具清洗消毒后存放于专用保洁柜", "扣3分", 3, "threshold"),
        ("虫害防制", "防鼠、防蝇、防尘设施完好有效", "扣2分", 2, "threshold"),
        ("添加剂管理", "食品添加剂专柜存放、专人管理、使用有记录", "扣3分", 3, "threshold"),
        ("环境卫生", "地面、墙面整洁，垃圾桶加盖并及时清理", "扣1分", 1, "threshold"),
    ]
    body = "\n".join(f"<tr><td>{i}</td><td>{h}</td><td>{s}</td><td>{ded}</td><td></td></tr>"
                     for i, (h, s, ded, _, _) in enumerate(rows, start=1))
    veto_text = "发生食物中毒或其他食品安全事故的"
    page = html_page(title, f"""<h2 style="text-align:center">{title}</h2>
<p>被检查食堂：______________　　检查时间：____年__月__日</p>
<p>一、检查实行扣分制，基础分100分，发现问题按下表标准扣分，同一项目发现多处问题的累计扣分，扣完为止。</p>
<p>二、{veto_text}，本次检查直接计0分。</p>
<p>三、得分低于85分的，由街道市场监管所下达整改通知，限期7日内整改。</p>
<table border="1" cellspacing="0">
<tr><th>序号</th><th>检查项目</th><th>检查标准</th><th>扣分</th><th>实际扣分</th></tr>
{body}
<tr><td colspan="4">检查得分（100－实际扣分合计）</td><td></td></tr>
</table>
<p>检查人员：__________　　食堂负责人：__________</p>""")
    (HERE / "f09_street_canteen_deduction_form.html").write_text(page, encoding="utf-8")
    items = [item("", str(i), s, None, criteria=ded, rule=rule, name=h, deduct=float(v))
             for i, (h, s, ded, v, rule) in enumerate(rows, start=1)]
    gold("f09", ["f09_street_canteen_deduction_form.html"], title, None, 100.0, [], items,
         base_points=100.0, scoring_model="deduction",
         veto=[{"text": veto_text, "effect": "本次检查直接计0分"}], veto_effect="本次检查直接计0分",
         notes="deduction scheme: base 100 in prose, items have no points (null); the 扣分 column gives the fixed "
               "penalty when the standard is not met (`扣2分`: rule threshold, `deduct` 2), except `扣3分/人` "
               "(per person: per_occurrence); the prose rule `同一项目发现多处问题的累计扣分` could make every row "
               "per_occurrence, a reviewer could reverse this; the 85-point 整改 line is a consequence, not a grade; "
               "no year printed")


# ----------------------------------------------------------------------------- f10


def f10():
    """docx, company: a 资料名称 | 报送频次 | 分值 | 上传日期 table with no criteria; ONE document-level rule
    (`每项材料按时上传即得该项满分，未提供的不得分`) applies to every item."""
    title = "2025年第三季度分包单位HSE资料报送考核表"
    rows = [
        ("HSE管理人员任命文件", "开工前一次", 3), ("安全生产管理协议", "开工前一次", 3),
        ("特种作业人员证书复印件", "人员变动时", 5), ("月度安全检查记录", "每月", 6),
        ("隐患整改通知及回复单", "每月", 6), ("班前安全讲话记录", "每周", 5),
        ("安全教育培训记录", "每月", 5), ("施工机械进场验收记录", "进场时", 4),
        ("应急演练记录", "每季度", 5), ("劳动防护用品发放台账", "每季度", 4),
        ("扬尘与噪声监测记录", "每季度", 4),
    ]
    rule_text = "每项材料按时上传即得该项满分，未提供的该项不得分"
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["一、各分包单位应于每季度最后一个工作日前，将下表所列HSE资料上传至项目管理平台。",
                   f"二、计分规则：{rule_text}；资料内容的真实性由项目HSE部抽查核实。本表满分50分。",
                   "三、考核得分按50%折算后计入分包单位季度综合评价。"])
    grid(d, ["序号", "资料名称", "报送频次", "分值", "上传日期"],
         [[str(i), n, f, fmt(p), ""] for i, (n, f, p) in enumerate(rows, start=1)] + [["", "合计", "", "50", ""]])
    paragraphs(d, ["分包单位（盖章）：__________        项目HSE部审核人：__________"])
    d.save(HERE / "f10_hse_upload_document_rule.docx")
    items = [item("", str(i), n, float(p), criteria=rule_text, rule="threshold", frequency=f)
             for i, (n, f, p) in enumerate(rows, start=1)]
    gold("f10", ["f10_hse_upload_document_rule.docx"], title, 2025, 50.0, [], items,
         weights=[{"what": "本表得分计入分包单位季度综合评价", "weight": 0.5}],
         notes="the scoring rule is stated ONCE in prose (二、计分规则) and applies to every row: each item's criteria "
               "is that sentence and its rule threshold; the table has no criteria column; 报送频次 kept as "
               "frequency; total 50 (not 100)")


# ----------------------------------------------------------------------------- f11


def f11():
    """docx+pdf, 工会: table with TWO points columns, 二级指标分值 (merged down) and 三级指标分值, reconciling at
    each 二级 level; the 一级 column carries no points."""
    title = "2025年度企业工会规范化建设评估指标"
    tree = [
        ("组织体系", [
            ("工会组织", 12, [("依法建立工会并取得社团法人资格证书", 4, "查阅资料"), ("按期换届，选举程序规范", 4, "查阅资料"),
                           ("配备专职或兼职工会干部", 4, "查阅资料")]),
            ("会员管理", 8, [("职工入会率达到85%以上", 5, "抽查名册"), ("会员服务卡发放到人", 3, "抽查访谈")]),
        ]),
        ("民主参与", [
            ("职工代表大会", 15, [("每年召开职工代表大会", 6, "查阅资料"), ("一线职工代表比例符合规定", 4, "查阅资料"),
                              ("代表提案落实率达到80%以上", 5, "查阅资料")]),
            ("厂务公开", 10, [("设立厂务公开栏并定期更新", 5, "现场查看"), ("公开内容涵盖薪酬福利、社会保险等事项", 5, "现场查看")]),
        ]),
        ("权益维护", [
            ("集体协商", 15, [("签订集体合同并报人社部门审查", 8, "查阅资料"), ("开展工资专项集体协商", 7, "查阅资料")]),
            ("劳动保护", 10, [("设立劳动保护监督检查员", 5, "查阅资料"), ("落实女职工特殊劳动保护规定", 5, "抽查访谈")]),
        ]),
        ("服务保障", [
            ("困难帮扶", 15, [("建立困难职工帮扶台账", 5, "查阅资料"), ("开展节日送温暖活动", 5, "查阅资料"),
                           ("职工医疗互助参保率达到70%以上", 5, "查阅资料")]),
            ("文体活动", 15, [("建有职工书屋并正常开放", 5, "现场查看"), ("每年组织文体活动不少于4次", 5, "查阅资料"),
                           ("组织一线职工疗休养", 5, "查阅资料")]),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["本指标用于市总工会对企业工会规范化建设情况进行评估，满分100分，"
                   "评估得分85分以上的确定为“规范化建设示范单位”。"])
    n = sum(len(l3) for _, l2 in tree for _, _, l3 in l2)
    t = d.add_table(rows=n + 2, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["一级指标", "二级指标", "二级指标分值", "三级指标", "三级指标分值", "评估方法"]):
        set_cell(t.cell(0, c), h, bold=True)
    cats, items = [], []
    r = 1
    for n1, l2 in tree:
        cats.append(cat(n1, None))
        s1 = r
        for n2, p2, l3 in l2:
            cats.append(cat(n2, float(p2), parent=n1))
            s2 = r
            for text, p3, method in l3:
                set_cell(t.cell(r, 3), text)
                set_cell(t.cell(r, 4), fmt(p3))
                set_cell(t.cell(r, 5), method)
                items.append(item(n2, None, text, float(p3), method=method))
                r += 1
            merge_down(t, 1, s2, r - 1, n2)
            merge_down(t, 2, s2, r - 1, fmt(p2))
        merge_down(t, 0, s1, r - 1, n1)
    set_cell(t.cell(r, 0), "合计")
    set_cell(t.cell(r, 2), "100")
    set_cell(t.cell(r, 4), "100")
    d.save(HERE / "f11_union_two_points_columns.docx")
    PDF_SOURCES.append(("f11_union_two_points_columns.docx", True))
    gold("f11", ["f11_union_two_points_columns.docx", "f11_union_two_points_columns.pdf"], title, 2025, 100.0,
         cats, items, grades=[{"name": "规范化建设示范单位", "min_score": 85}],
         notes="two points columns: 二级指标分值 (merged down, = category points) and 三级指标分值 (= item points); "
               "they reconcile at every 二级 level and both columns total 100 in the 合计 row; the 一级指标 carry "
               "no points (null; they would be 20/25/25/30); 评估方法 kept as method; no criteria, rules null")


# ----------------------------------------------------------------------------- f12


def f12():
    """pdf only (LibreOffice from a docx that is not kept): headings with Chinese-numeral points `（二十分）`,
    bullet items with `（十分）`, ranges `13-15分` / `6至9分` inside graded level lines."""
    title = "2025年青年教师课堂教学竞赛评分标准"
    sections = [
        ("一", "教学设计", "二十分", 20, [
            ("教学目标明确，符合课程标准和学生实际", "十分", 10, "", None),
            ("教学环节安排合理，重点难点处理得当", "十分", 10, "", None),
        ]),
        ("二", "教学实施", "四十分", 40, [
            ("讲授准确、条理清楚", "十五分", 15, "优秀13-15分；良好10-12分；一般6至9分", "tiers"),
            ("师生互动充分，课堂气氛活跃", "十五分", 15, "", None),
            ("信息技术运用恰当，板书设计规范", "十分", 10, "", None),
        ]),
        ("三", "教学效果", "二十五分", 25, [
            ("学生参与面广，教学目标达成度高", "十五分", 15, "", None),
            ("时间把控", "十分", 10, "按时完成得十分；超时或提前2分钟以内扣二分，2分钟以上扣五分", "tiers"),
        ]),
        ("四", "教学反思", "十五分", 15, [
            ("反思深刻，改进措施具体可行", "十五分", 15, "深刻具体12-15分；较为具体8至11分；流于形式0-7分", "tiers"),
        ]),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["比赛采用现场授课方式，每位选手授课20分钟、教学反思陈述5分钟。评委按下列标准独立评分，"
                   "满分一百分；选手最终得分为去掉一个最高分和一个最低分后的平均分，保留两位小数。"])
    cats, items = [], []
    for code, name, shown, pts, rows in sections:
        p = d.add_paragraph()
        run = p.add_run(f"{code}、{name}（{shown}）")
        run.bold = True
        cats.append(cat(name, float(pts), code=code))
        for text, ishown, ipts, crit, rule in rows:
            d.add_paragraph(f"● {text}（{ishown}）" + (f"：{crit}。" if crit else ""))
            items.append(item(name, None, text, float(ipts), criteria=crit, rule=rule))
    paragraphs(d, ["按最终得分排序，一等奖、二等奖、三等奖分别不超过参赛人数的15%、25%、30%。",
                   "校教师发展中心", "2025年4月"])
    docx_path = HERE / "f12_teaching_contest_chinese_numerals.docx"
    d.save(docx_path)
    PDF_SOURCES.append((docx_path.name, False))
    gold("f12", ["f12_teaching_contest_chinese_numerals.pdf"], title, 2025, 100.0, cats, items,
         scoring_note="each judge scores alone; the final score is the mean after dropping the highest and the lowest",
         notes="all points in Chinese numerals (`二十分`, `十五分`, total `一百分`); graded level lines with ranges "
               "(`13-15分`, `6至9分`) are tiers, the item's points are the bracketed maximum; the 时间把控 line is tiers "
               "(one level applies); the award shares (15%/25%/30%) are not grades by score; the 20分钟/5分钟/"
               "2分钟 are minutes, not points; PDF only (the docx it is rendered from is not kept)")


# ----------------------------------------------------------------------------- f13


def f13():
    """docx, school 综合测评: a points budget stated in prose, two MATRICES as items (rule lookup): 级别 × 名次
    with `N分/人` and 级别 × 角色 with `N 分/项`, each with a caption cap, and a per-occurrence item with cap."""
    title = "信息工程学院学生综合素质测评细则（创新实践部分）"
    ranks = ["第1名", "第2-3名", "第4-6名", "优胜奖"]
    contest = {"国家级": [15, 12, 9, 6], "省级": [9, 7, 5, 3], "校级": [4, 3, 2, 1]}
    roles = ["主持", "参与"]
    research = {"国家级项目": [6, 3], "省级项目": [4, 2], "校级项目": [2, 1]}
    practice = "参加寒暑假社会实践并提交实践报告的，每次计1分；被评为校级优秀实践团队成员的，另计2分；本项最高5分。"
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["（2025—2026学年适用）",
                   "一、创新实践测评满分30分，由学科竞赛（最高15分）、科研训练（最高10分）、社会实践（最高5分）三项组成，"
                   "各项得分不超过其上限。",
                   "二、学科竞赛。获得教务处认定的学科竞赛奖项的，按表1计分；同一作品在不同级别获奖的，按最高级别计分，不重复计分。"])
    p = d.add_paragraph()
    p.add_run("表1 学科竞赛获奖计分表（本项最高15分）").bold = True
    grid(d, ["竞赛级别", *ranks], [[lv, *[f"{v}分/人" for v in contest[lv]]] for lv in contest])
    paragraphs(d, ["团队获奖的，团队负责人按表中分值计分，其他成员按表中分值的60%计分。",
                   "三、科研训练。参加大学生创新创业训练计划项目并按期结题的，按表2计分；以第一作者公开发表学术论文的，"
                   "每篇计3分，计入本项。"])
    p = d.add_paragraph()
    p.add_run("表2 科研训练计分表（本项最高10分）").bold = True
    grid(d, ["项目级别", *roles], [[lv, *[f"{v} 分/项" for v in research[lv]]] for lv in research])
    paragraphs(d, ["四、社会实践。" + practice,
                   "五、本细则由学院学生工作办公室负责解释。"])
    d.save(HERE / "f13_student_appraisal_matrix_items.docx")
    items = [
        item("创新实践", "二", "学科竞赛", 15.0, criteria="获得教务处认定的学科竞赛奖项的，按表1计分；同一作品在不同级别获奖的，"
             "按最高级别计分，不重复计分；团队获奖的，团队负责人按表中分值计分，其他成员按表中分值的60%计分",
             rule="lookup", levels={lv: dict(zip(ranks, map(float, v))) for lv, v in contest.items()}, unit="人",
             cap=15.0),
        item("创新实践", "三", "科研训练", 10.0, criteria="参加大学生创新创业训练计划项目并按期结题的，按表2计分；"
             "以第一作者公开发表学术论文的，每篇计3分，计入本项", rule="lookup",
             levels={lv: dict(zip(roles, map(float, v))) for lv, v in research.items()}, unit="项", cap=10.0),
        item("创新实践", "四", "社会实践", 5.0, criteria=practice.rstrip("。"), rule="per_occurrence", per_occurrence=1.0,
             cap=5.0),
    ]
    gold("f13", ["f13_student_appraisal_matrix_items.docx"], title, 2025, 30.0, [cat("创新实践", 30.0)], items,
         notes="the part is worth 30, split in prose (一、) into three capped items; items 学科竞赛 and 科研训练 are "
               "scored by looking up a matrix (rule lookup, levels {级别: {名次/角色: points}}); the matrices are NOT "
               "bonus entries here (they are the item's scoring table); cells `15分/人` and `6 分/项` (space); "
               "科研训练 also takes 3 per paper inside the same cap (in criteria); year 2025 from 2025—2026学年")


# ----------------------------------------------------------------------------- f14


def f14():
    """html NOT a scheme: a results 公示 whose header cells state maxima (`基础工作得分（满分60分）`) and whose
    body rows are communities with the scores they obtained, plus prose quoting 扣2分 / 加1分."""
    title = "关于2025年上半年社区网格化管理考评结果的公示"
    rows = [("柳岸社区", 57.5, 37, 1, 0), ("桂园社区", 56, 36.5, 0.5, 0), ("新河社区", 55.5, 35, 0, 2),
            ("东坡社区", 54, 36, 0, 0), ("槐荫社区", 52.5, 33.5, 1, 1), ("南塘社区", 50, 31, 0, 3)]
    scored = [(n, b, k, a, m, b + k + a - m) for n, b, k, a, m in rows]
    scored.sort(key=lambda r: -r[5])
    body = "\n".join(f"<tr><td>{i}</td><td>{n}</td><td>{fmt(b)}</td><td>{fmt(k)}</td><td>{fmt(a)}</td><td>{fmt(m)}</td>"
                     f"<td>{fmt(t)}</td></tr>" for i, (n, b, k, a, m, t) in enumerate(scored, start=1))
    page = html_page(title, f"""<div class="nav">首页 &gt; 通知公告</div>
<h2>{title}</h2>
<p>各社区：</p>
<p>根据《街道社区网格化管理考评办法》，街道考评组于7月上旬对各社区上半年网格化管理工作进行了考评。考评满分100分，其中基础工作60分、重点任务40分，另计加分和扣分。现将结果公示如下：</p>
<table border="1">
<tr><th>名次</th><th>社区</th><th>基础工作得分（满分60分）</th><th>重点任务得分（满分40分）</th><th>加分</th><th>扣分</th><th>总得分</th></tr>
{body}
</table>
<p>考评中发现，南塘社区有网格员两次未按时上报巡查信息，共扣2分，另因台账不全扣1分；新河社区因矛盾纠纷化解不及时扣2分。柳岸社区、槐荫社区的经验做法被区级简报刊发，各加1分。</p>
<p>公示期为2025年7月15日至7月21日。对公示结果有异议的，请在公示期内向街道综治中心反映。</p>
<p>联系电话：0512-6688 2130</p>
<p style="text-align:right">清河街道办事处<br>2025年7月14日</p>""")
    (HERE / "f14_results_notice_not_scheme.html").write_text(page, encoding="utf-8")
    not_a_scheme("f14", ["f14_results_notice_not_scheme.html"], title, 2025,
                 "a results 公示: the header cells state maxima (满分60分/满分40分) but the body rows are communities "
                 "with the scores they obtained, and the prose quotes deductions (扣2分) and bonuses (加1分) that were "
                 "applied; it cites the 考评办法 and sets no scoring rules")


# ----------------------------------------------------------------------------- f15


def f15():
    """docx+pdf NOT a scheme: a hospital 自评报告 quoting maxima and its own scores (`满分20分，自评19分`)."""
    title = "南湾区中心医院2025年度平安医院建设工作自评报告"
    parts = [
        ("一、安全管理体系建设（满分20分，自评19分）",
         "医院成立平安医院建设领导小组，院长任组长，每季度召开专题会议。因一季度会议纪要归档不及时，自评扣1分。"),
        ("二、安防设施建设（满分25分，自评24分）",
         "门急诊、住院部出入口安装安检门3台，视频监控覆盖率达到100%，一键报警装置与属地派出所联网。"
         "儿科病区门禁改造尚未完成，自评扣1分。"),
        ("三、医疗纠纷预防与处置（满分25分，自评23.5分）",
         "全年受理投诉46件，办结率100%；通过人民调解化解纠纷5起。个别投诉回复超过5个工作日，自评扣1.5分。"),
        ("四、消防与危化品管理（满分20分，自评20分）",
         "全年开展消防演练4次、消防检查12次，危化品实行双人双锁管理，未发生安全事故。"),
        ("五、宣传教育（满分10分，自评8分）",
         "组织平安医院知识培训6场，参训职工1120人次；院内宣传阵地更新不够及时，自评扣2分。"),
    ]
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["区卫生健康局：",
                   "根据《关于开展2025年度平安医院建设考核工作的通知》要求，我院对照考核标准逐项开展了自查，"
                   "现将自评情况报告如下。"])
    for head, text in parts:
        d.add_paragraph(head)
        d.add_paragraph(text)
    paragraphs(d, ["六、自评结论",
                   "经逐项自查，我院综合自评得分94.5分，另申报加分1分（安保工作经验在全市卫生系统交流）。"
                   "下一步，我院将针对扣分事项逐项整改，于2026年1月底前完成。",
                   "南湾区中心医院", "2025年12月20日"])
    d.save(HERE / "f15_hospital_self_evaluation_not_scheme.docx")
    PDF_SOURCES.append(("f15_hospital_self_evaluation_not_scheme.docx", True))
    not_a_scheme("f15", ["f15_hospital_self_evaluation_not_scheme.docx", "f15_hospital_self_evaluation_not_scheme.pdf"],
                 title, 2025,
                 "a self-evaluation report: section headings quote the maxima and the unit's own scores "
                 "(`满分20分，自评19分`), prose quotes deductions it took (`自评扣1分`) and its total (94.5分); it "
                 "reports a result against someone else's scheme and sets no scoring rules")


# ----------------------------------------------------------------------------- f16


def f16():
    """docx, 机关 档案工作: points stated ONCE for a list (`下列8项工作，每项5分`) with the items listed bare,
    `（本项40分）`, `计8分`, `（共30分）` on a section that is itself one tiered item, `本项满分10分`."""
    title = "2025年度市直机关档案工作目标管理考核办法"
    listed = ["建立档案工作领导责任制，明确分管领导和兼职档案员", "制定本单位文件材料归档范围和档案保管期限表",
              "年度文件材料按时归档，归档率达到100%", "档案整理符合标准，案卷题名准确",
              "建立档案借阅登记制度并严格执行", "会计档案、人事档案等专门档案单独管理",
              "档案移交进馆手续齐全", "档案工作人员年内参加业务培训"]
    each_rule = "有一项未落实的，扣除该项分值"
    safety = [("一", "库房做到防火、防盗、防潮、防光、防尘、防虫、防鼠、防高温，设施齐全", 8),
              ("二", "定期检查档案保管状况，有检查记录", 6),
              ("三", "涉密档案单独存放，专人管理", 6)]
    digital = "数字档案室建设达到省级示范标准的得30分；达到市级标准的得20分；仅完成目录数据库建设的得10分"
    service = "每形成一项有效的档案编研成果或提供一次重要利用服务的得2分，本项满分10分"
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["第一条 为推进机关档案工作规范化，根据档案管理有关规定，结合我市实际，制定本办法。",
                   "第二条 考核内容及计分标准如下：",
                   "一、基础业务建设（本项40分）",
                   f"下列8项工作，每项5分，{each_rule}："])
    paragraphs(d, [f"{i}．{text}；" for i, text in enumerate(listed, start=1)])
    d.add_paragraph("二、档案安全管理（计20分）")
    paragraphs(d, [f"（{code}）{text}，计{p}分；" for code, text, p in safety])
    paragraphs(d, [f"三、档案信息化建设（共30分）：{digital}。",
                   f"四、档案利用服务：{service}。",
                   "第三条 考核得分90分以上的为一类单位，75分至89分的为二类单位，75分以下的为三类单位。",
                   "第四条 本办法自印发之日起施行。"])
    d.save(HERE / "f16_archives_points_stated_once.docx")
    cats = [cat("基础业务建设", 40.0, code="一"), cat("档案安全管理", 20.0, code="二"),
            cat("档案信息化建设", 30.0, code="三"), cat("档案利用服务", 10.0, code="四")]
    items = [item("基础业务建设", str(i), text, 5.0, criteria=f"每项5分，{each_rule}", rule="threshold")
             for i, text in enumerate(listed, start=1)]
    items += [item("档案安全管理", code, text, float(p)) for code, text, p in safety]
    items.append(item("档案信息化建设", "三", digital, 30.0, criteria=digital, rule="tiers"))
    items.append(item("档案利用服务", "四", service, 10.0, criteria=service, rule="per_occurrence", per_occurrence=2.0,
                      cap=10.0))
    gold("f16", ["f16_archives_points_stated_once.docx"], title, 2025, None, cats, items,
         grades=[{"name": "一类单位", "min_score": 90}, {"name": "二类单位", "min_score": 75, "max_score": 89},
                 {"name": "三类单位", "max_score": 75}],
         notes="section 一's eight items are listed WITHOUT points: `下列8项工作，每项5分` gives each 5 (all-or-nothing, "
               "threshold); points written as `（本项40分）`, `计8分`, `（共30分）`; sections 三 and 四 have no sub-items, "
               "each is one item carrying the section's points (code = the section's); section 四 states its "
               "points only as `本项满分10分` inside the criteria; no total is declared (the sections add up to "
               "100), so total_points is null")


BUILDS = (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16)


def pdfs():
    for name, keep in PDF_SOURCES:
        to_pdf(HERE / name, keep_docx=keep)


def main(builds):
    """Build every document and gold; with --pdf render PDF_SOURCES, else drop pdf-only intermediates."""
    for build in builds:
        build()
    if "--pdf" in sys.argv:
        pdfs()
    else:  # the pdf-only document's docx is an intermediate: never left behind as a fixture
        for name, keep in PDF_SOURCES:
            if not keep:
                (HERE / name).unlink(missing_ok=True)


if __name__ == "__main__":
    main(BUILDS)
