"""Build the NINTH forms probe set (held out) and its gold from one hand-written content table each.

Theme: SCANS AND LONG REGULATIONS. (a) Scanned notices with no text layer: a table scan, a prose rubric
scan, a page rotated 1.5°, a two-page regulation scan and a scanned results notice that is not a scheme
(each written as docx/html, rendered to PDF by LibreOffice, rasterised at 200 dpi in grey and saved as an
IMAGE-ONLY PDF). (b) Long prose regulations (办法/细则) in 章/条 or 一、（一）1. whose points are spread: the
module points given once by `分值分别为50分、20分、20分、10分`, a module's sub-items listed bare in one article
and given points by CROSS-REFERENCE in the next (`第四条第（一）项计30分`), a table in the middle of the prose
for one module only, bonus lists by level (`分别加3分、2分、1分`), caps stated in a separate article, a
formula article, a veto article, a grades article and a closing 附则. (c) Schemes split into PARTS with
weights (日常考核占60% + 年终考核占40%; 德育25% / 智育60% / 体育15%; 定量指标70分 + 定性指标30分) or with
different item sets per unit type (A类单位 / B类单位). Two documents full of `N分` are not schemes.
Each document's content is written once below and rendered both into the document and into
``gold/<id>.json``, so the gold is the content, never kaohe's output.
Run from the repo root: ``.venv/bin/python tests/data/forms9/make_forms9.py --pdf`` (needs ``soffice`` and a
CJK font; without ``--pdf`` the PDF documents and scans are not re-rendered, their gold is still written).
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
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"

_spec = importlib.util.spec_from_file_location("make_forms4", HERE.parent / "forms4" / "make_forms4.py")
_forms4 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_forms4)
_forms3, _forms2, _forms, _unseen = _forms4._forms3, _forms4._forms2, _forms4._forms, _forms4._unseen
for _m in (_forms4, _forms3, _forms2, _forms, _unseen):
    _m.GOLD, _m.HERE = GOLD, HERE
item, cat, gold, new_doc, heading, set_cell = (
    _unseen.item, _unseen.cat, _unseen.gold, _unseen.new_doc, _unseen.heading, _unseen.set_cell)
not_a_scheme, paragraphs, grid, html_page = _forms.not_a_scheme, _forms.paragraphs, _forms.grid, _forms.html_page
esc, bands, titled_sheet, header_row, wrap_columns = (
    _forms3.esc, _forms4.bands, _forms4.titled_sheet, _forms4.header_row, _forms4.wrap_columns)

PDF_JOBS: list = []  # callables run with --pdf (text PDFs and scans; their sources live in a temp directory)


def soffice(args, outdir: Path):
    """LibreOffice headless with a private profile (a running office or a parallel build cannot lock it)."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", *args,
                        "--outdir", str(outdir)], check=True, capture_output=True, timeout=240)


def to_legacy(save, name: str, target: str):
    """Write the modern file outside the repo and convert it to ``target`` (doc / xls) here."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / name
        save(src)
        soffice(["--convert-to", target, str(src)], HERE)


def text_pdf(save, src_name: str):
    """A PDF with a text layer, rendered by LibreOffice from a source written to a temp directory."""
    def job():
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / src_name
            save(src)
            soffice(["--convert-to", "pdf", str(src)], HERE)
    PDF_JOBS.append(job)


def scanned_pdf(save, src_name: str, out_name: str, rotate: float = 0.0, pages: int | None = None):
    """An IMAGE-ONLY PDF: the source rendered to PDF by LibreOffice, each page rasterised at 200 dpi in grey
    (pypdfium2; pdftoppm is not installed here), optionally rotated by a degree or two as a page fed askew,
    and saved as images with no text layer."""
    def job():
        import pypdfium2 as pdfium

        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / src_name
            save(src)
            args = ["--convert-to", "pdf"]
            if src.suffix == ".html":  # as a Writer document (the web export puts a blank page first)
                args = ["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export"]
            soffice([*args, str(src)], Path(tmp))
            pdf = pdfium.PdfDocument(str(src.with_suffix(".pdf")))
            if pages is not None:
                assert len(pdf) == pages, (out_name, len(pdf))
            images = [pdf[i].render(scale=200 / 72).to_pil().convert("L") for i in range(len(pdf))]
            pdf.close()
        if rotate:
            images = [im.rotate(rotate, expand=False, fillcolor=255) for im in images]
        images[0].save(HERE / out_name, save_all=True, append_images=images[1:], resolution=200)
    PDF_JOBS.append(job)


def g(points):
    return f"{points:g}"


# ----------------------------------------------------------------------------- r01


def r01():
    """scan (image PDF), 社区: a plain item table (考核项目 merged | 序号 | 考核内容 | 分值 | 评分标准) scanned."""
    title = "东湖街道2026年度社区专职网格员月度考核评分表"
    sections = [
        ("信息采集", 30, [
            ("1", "人口、房屋等基础信息采集录入及时准确", 15, "每发现一条错漏信息扣0.5分，扣完为止",
             "per_occurrence", {"per_occurrence": -0.5}),
            ("2", "重点人员动态信息每月更新", 15, "全部按月更新的得15分；更新率80%以上的得10分；80%以下的不得分",
             "tiers", {}),
        ]),
        ("巡查走访", 30, [
            ("3", "每日网格巡查不少于2小时，巡查轨迹完整", 15, "每缺少一天巡查记录扣1分，扣完为止", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "天"}),
            ("4", "每月走访独居老人、困难家庭全覆盖", 15, "全覆盖的得15分，每少走访1户扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "户"}),
        ]),
        ("事件处置", 25, [
            ("5", "发现矛盾纠纷、安全隐患及时上报", 10, "上报及时率达到95%以上的得10分，每低1个百分点扣1分",
             "per_occurrence", {"per_occurrence": -1.0, "unit": "1个百分点"}),
            ("6", "上报事件按期办结", 15, "得分＝按期办结事件数÷上报事件数×15", "proportional",
             {"formula": "按期办结事件数÷上报事件数×15"}),
        ]),
        ("群众评价", 15, [
            ("7", "居民满意度测评", 15, "由社区居委会组织居民代表测评，综合评定得分", "manual", {}),
        ]),
    ]

    def save(path):
        d = new_doc()
        heading(d, title)
        paragraphs(d, ["考核对象：社区专职网格员　　　考核月份：______月　　　满分：100分"])
        rows, cats, items = [], [], []
        t = d.add_table(rows=1 + sum(len(r) for *_, r in sections) + 1, cols=5)
        t.style = "Table Grid"
        for c, h in enumerate(["考核项目", "序号", "考核内容", "分值", "评分标准"]):
            set_cell(t.cell(0, c), h, bold=True)
        r = 1
        for name, pts, its in sections:
            first = r
            for code, text, ipts, crit, *_ in its:
                for c, v in enumerate([None, code, text, g(ipts), crit]):
                    if v is not None:
                        set_cell(t.cell(r, c), v)
                r += 1
            cell = t.cell(first, 0).merge(t.cell(r - 1, 0)) if r - 1 > first else t.cell(first, 0)
            set_cell(cell, f"{name}\n（{pts}分）")
        set_cell(t.cell(r, 0), "合计")
        set_cell(t.cell(r, 3), "100")
        paragraphs(d, ["", "等次评定：月度得分90分以上为优秀，75分至89分为合格，75分以下为不合格。",
                       "考核人（签字）：__________　　　被考核人（签字）：__________",
                       "东湖街道社会治理办公室　2026年1月5日"])
        d.save(path)

    cats, items = [], []
    for name, pts, its in sections:
        cats.append(cat(name, float(pts)))
        for code, text, ipts, crit, rule, extra in its:
            items.append(item(name, code, text, float(ipts), criteria=crit, rule=rule, **extra))
        assert sum(i[2] for i in its) == pts
    assert sum(s[1] for s in sections) == 100
    out = "r01_community_table_scan.pdf"
    scanned_pdf(save, "r01.docx", out, pages=1)
    gold("r01", [out], title, 2026, 100.0, cats, items,
         grades=bands(("优秀", 90), ("合格", 75), ("不合格", None)),
         notes="SCANNED: an image-only PDF (200 dpi, grey, no text layer) of a one-page table 考核项目 (merged down, "
               "`信息采集\\n（30分）`) | 序号 | 考核内容 | 分值 | 评分标准; read only by OCR; `2小时` is a duration; the "
               "考核月份/签字 blanks are to fill in")


# ----------------------------------------------------------------------------- r02


def r02():
    """scan (image PDF) of an html page, 学校: a prose rubric — each criterion a paragraph `一、name（35分）。
    description。评分：优秀32—35分；较好27—31分；…` — no table."""
    title = "南湖区第三届中小学教师主题演讲比赛评分标准"
    levels = ("优秀", "较好", "一般", "较差")
    crits = [
        ("一", "演讲内容", 35, "主题鲜明，紧扣教书育人主题，内容充实，事例真实感人，观点正确",
         [(32, 35), (27, 31), (21, 26), (0, 20)]),
        ("二", "语言表达", 30, "普通话标准，吐字清晰，语速适当，节奏处理得当，富有感染力",
         [(27, 30), (23, 26), (18, 22), (0, 17)]),
        ("三", "仪表风范", 15, "衣着整洁得体，精神饱满，举止大方，动作手势运用恰当", [(14, 15), (12, 13), (9, 11), (0, 8)]),
        ("四", "综合印象", 10, "演讲整体效果好，能引起听众共鸣", [(9, 10), (7, 8), (5, 6), (0, 4)]),
    ]

    def band(lo, hi):
        return f"{hi}分以下" if lo == 0 else f"{lo}—{hi}分"

    body = [f"<h2 style='text-align:center'>{esc(title)}</h2>",
            "<p>各参赛学校：</p>",
            "<p>本次比赛由评委现场评分，满分100分。评委依据下列五个方面独立评分，去掉一个最高分和一个最低分后，"
            "取其余评委评分的平均分为选手最后得分，保留两位小数。</p>"]
    items = []
    for code, name, pts, desc, ranges in crits:
        scale = "；".join(f"{lv}{band(lo, hi)}" for lv, (lo, hi) in zip(levels, ranges))
        body.append(f"<p>{code}、{esc(name)}（{pts}分）。{esc(desc)}。评分：{esc(scale)}。</p>")
        assert ranges[0][1] == pts
        items.append(item("", code, name, float(pts), criteria=f"{desc}。评分：{scale}", rule="tiers",
                          levels={lv: [float(lo), float(hi)] for lv, (lo, hi) in zip(levels, ranges)}))
    tcrit = "演讲时间为5至7分钟，超时或不足时间的，每30秒扣2分，扣完本项分值为止"
    body.append(f"<p>五、时间控制（10分）。{esc(tcrit)}。</p>")
    items.append(item("", "五", "时间控制", 10.0, criteria=tcrit, rule="per_occurrence", per_occurrence=-2.0,
                      unit="30秒"))
    assert sum(c[2] for c in crits) + 10 == 100
    body += ["<p>比赛设一等奖3名、二等奖6名、三等奖9名，按选手最后得分由高到低确定。</p>",
             "<p style='text-align:right'>南湖区教育工会</p><p style='text-align:right'>2026年4月2日</p>"]
    html = html_page(title, "\n".join(body))

    def save(path):
        path.write_text(html, encoding="utf-8")

    out = "r02_school_prose_rubric_scan.pdf"
    scanned_pdf(save, "r02.html", out, pages=1)
    gold("r02", [out], title, 2026, 100.0, [], items,
         scoring_note="去掉一个最高分和一个最低分后取平均分",
         notes="SCANNED: an image-only PDF of a web page (no text layer); a prose rubric with NO table and no "
               "categories: each criterion is one paragraph `一、演讲内容（35分）。description。评分：优秀32—35分；"
               "较好27—31分；一般21—26分；较差20分以下。` (tiers, `levels` as ranges, `20分以下` = [0, 20]); "
               "时间控制 loses 2 per 30 seconds (`5至7分钟` durations); prizes by rank are not grades")


# ----------------------------------------------------------------------------- r03


def r03():
    """scan rotated 1.5°, 医院: a scheme in TWO PARTS of points, 定量指标（70分） as a table with 目标值 and
    定性指标（30分） as a numbered prose list."""
    title = "北川县人民医院2026年度临床科室综合目标考核表"
    quant = [
        ("1", "门急诊人次", 10, "较上年增长5%", "完成目标值得10分，每低1个百分点扣1分", "per_occurrence",
         {"per_occurrence": -1.0, "unit": "1个百分点"}),
        ("2", "出院人次", 10, "较上年增长3%", "完成目标值得10分，每低1个百分点扣2分", "per_occurrence",
         {"per_occurrence": -2.0, "unit": "1个百分点"}),
        ("3", "平均住院日", 10, "≤8天", "达到目标值得10分，每超过0.5天扣2分", "per_occurrence",
         {"per_occurrence": -2.0, "unit": "0.5天"}),
        ("4", "药品收入占比", 10, "≤30%", "达到目标值得10分，每超过1个百分点扣2分", "per_occurrence",
         {"per_occurrence": -2.0, "unit": "1个百分点"}),
        ("5", "病历甲级率", 15, "≥95%", "得分＝病历甲级率÷95%×15，最高15分", "proportional",
         {"formula": "病历甲级率÷95%×15"}),
        ("6", "医保拒付率", 15, "≤1%", "达到目标值得15分；1%至2%的得8分；超过2%的不得分", "tiers", {}),
    ]
    qual = [
        ("7", "医德医风", 10, "由院纪委办公室综合评定", "manual", {}),
        ("8", "科室管理", 10, "由医务科、护理部联合评定，评定为好、较好、一般、差的，分别得10分、8分、6分、3分", "tiers",
         {"levels": {"好": 10.0, "较好": 8.0, "一般": 6.0, "差": 3.0}}),
        ("9", "患者满意度", 10, "满意度90%以上的得10分，每低1个百分点扣1分", "per_occurrence",
         {"per_occurrence": -1.0, "unit": "1个百分点"}),
    ]
    assert sum(q[2] for q in quant) == 70 and sum(q[2] for q in qual) == 30

    def save(path):
        d = new_doc()
        heading(d, title)
        paragraphs(d, ["考核科室：______________　　　考核时间：______年______月",
                       "本考核表由定量指标和定性指标两部分组成，其中定量指标70分，定性指标30分，满分100分。"])
        d.add_paragraph().add_run("一、定量指标（70分）").bold = True
        grid(d, ["序号", "指标名称", "分值", "目标值", "计分方法"],
             [[c, n, g(p), tv, cr] for c, n, p, tv, cr, *_ in quant])
        d.add_paragraph().add_run("二、定性指标（30分）").bold = True
        for c, n, p, cr, *_ in qual:
            d.add_paragraph(f"{c}．{n}（{p}分）：{cr}。")
        paragraphs(d, ["三、其他",
                       "年内发生经鉴定负主要责任的医疗事故的科室，年度考核不得评为优秀。",
                       "考核得分90分以上为优秀，80分至89分为良好，60分至79分为合格，60分以下为不合格。",
                       "医院绩效考核办公室　2026年1月8日"])
        d.save(path)

    cats = [cat("定量指标", 70.0, code="一"), cat("定性指标", 30.0, code="二")]
    items = [item("定量指标", c, n, float(p), criteria=cr, rule=rule, target=tv, **ex) for c, n, p, tv, cr, rule, ex in quant]
    items += [item("定性指标", c, n, float(p), criteria=cr, rule=rule, **ex) for c, n, p, cr, rule, ex in qual]
    out = "r03_hospital_quant_qual_rotated_scan.pdf"
    scanned_pdf(save, "r03.docx", out, rotate=1.5, pages=1)
    gold("r03", [out], title, 2026, 100.0, cats, items,
         veto=[{"text": "年内发生经鉴定负主要责任的医疗事故的科室", "effect": "年度考核不得评为优秀"}],
         veto_effect="年度考核不得评为优秀",
         grades=bands(("优秀", 90), ("良好", 80), ("合格", 60), ("不合格", None)),
         notes="SCANNED and ROTATED: an image-only PDF whose page is turned 1.5° (counter-clockwise) as if fed "
               "askew; two parts of POINTS `定量指标70分，定性指标30分` (categories, not weights): 定量 a table with a "
               "目标值 column (kept as `target`), 定性 a numbered prose list `7．医德医风（10分）：…`; `≤8天`, `0.5天` "
               "are not points; the 医疗事故 line is a veto limiting the grade")


# ----------------------------------------------------------------------------- r04


def r04():
    """two-page scan, 工会: a long 第X条 regulation; the category points in ONE article (第四条), each category's
    items in its own later article as 款 `（一）…，计8分。`; bonus by level `分别加3分、2分、1分`, a second bonus,
    their cap in a SEPARATE article, a deduction, a veto article, a grades article and 附则."""
    title = "河口市基层工会规范化建设考核办法"
    mods = [
        ("组织建设", 20, "第五条", [
            ("依法建立工会组织，按期进行换届选举", 8, "按期换届的计满分，逾期未换届的不计分", "threshold", {}),
            ("会员实名制信息录入完整", 6, "录入率达到95%以上的计6分，未达到的计3分", "tiers", {}),
            ("工会干部按要求参加业务培训", 6, "每有1人未参训扣1分", "per_occurrence", {"per_occurrence": -1.0, "unit": "人"}),
        ]),
        ("民主管理", 30, "第六条", [
            ("每年召开职工代表大会不少于1次", 12, "召开的计满分，未召开的不计分", "threshold", {}),
            ("推行厂务公开，每季度公开不少于1次", 10, "每少公开1次扣2.5分", "per_occurrence", {"per_occurrence": -2.5}),
            ("签订集体合同并报送备案", 8, "签订并备案的计8分，签订未备案的计4分", "tiers", {}),
        ]),
        ("维权服务", 30, "第七条", [
            ("建立劳动争议调解组织", 10, "建立调解委员会的计5分，调解台账完整的计5分", "components", {}),
            ("开展困难职工帮扶", 12, "由考核组查阅帮扶台账、走访职工后综合评定", "manual", {}),
            ("组织职工文体活动", 8, "每开展1次计2分，最高计8分", "per_occurrence", {"per_occurrence": 2.0, "cap": 8.0}),
        ]),
        ("经费管理", 20, "第八条", [
            ("工会经费独立核算、专款专用", 10, "独立建账且无违规支出的计满分，否则不计分", "threshold", {}),
            ("经费审查委员会每年审查经费收支不少于1次", 10, "审查的计满分，未审查的不计分", "threshold", {}),
        ]),
    ]
    assert sum(m[1] for m in mods) == 100 and all(sum(i[1] for i in m[3]) == m[1] for m in mods)
    ords = "一二三四五"
    lines = [
        "第一条　为加强基层工会规范化建设，充分发挥基层工会组织作用，根据《中华人民共和国工会法》《中国工会章程》"
        "等有关规定，结合本市实际，制定本办法。",
        "第二条　本办法适用于本市行政区域内已建立工会组织的企业、事业单位、机关和社会组织。乡镇（街道）总工会"
        "负责辖区内基层工会的日常指导，市总工会负责年度考核的组织实施。",
        "第三条　考核坚持客观公正、注重实效、群众认可的原则，采取查阅资料、实地查看、个别访谈和问卷调查相结合的"
        "方式进行，考核结果向参评单位反馈。",
        "第四条　考核实行百分制。其中，组织建设20分，民主管理30分，维权服务30分，经费管理20分。",
    ]
    for name, pts, art, its in mods:
        parts = "；".join(f"（{ords[k]}）{t}，计{p}分，{c}" for k, (t, p, c, *_) in enumerate(its))
        lines.append(f"{art}　{name}考核以下内容：{parts}。")
    lines += [
        "第九条　基层工会或其工作获得全国、省、市级总工会表彰的，分别加3分、2分、1分；同一事项获得多级表彰的，"
        "按最高级别加分，不重复计算。",
        "第十条　基层工会工作经验被市级以上工会刊物或媒体宣传推广的，每篇加1分。",
        "第十一条　本办法第九条、第十条所列加分合计不超过5分。",
        "第十二条　基层工会被市总工会通报批评的，每次扣2分。",
        "第十三条　基层工会发生严重侵害职工合法权益事件，或工会经费被挪用、侵占造成恶劣影响的，实行一票否决，"
        "当年考核确定为不合格。",
        "第十四条　考核结果分为优秀、合格、不合格三个等次。考核得分90分以上的为优秀，75分至89分的为合格，"
        "75分以下的为不合格。",
        "第十五条　考核结果作为评选先进基层工会、模范职工之家和工会干部评先评优的重要依据。连续两年考核"
        "为优秀的，优先推荐申报省级以上先进。考核不合格的，由所在乡镇（街道）总工会督促整改，整改期限一般"
        "不超过三个月，整改情况报市总工会备案。",
        "第十六条　参评单位应如实提供考核资料。对弄虚作假的，一经查实，取消当年评先评优资格，并在全市工会"
        "系统内通报。",
        "第十七条　本办法由河口市总工会负责解释。",
        "第十八条　本办法自2026年3月1日起施行。原《河口市基层工会工作考核暂行办法》同时废止。",
    ]

    def save(path):
        d = new_doc()
        d.styles["Normal"].font.size = Pt(12)
        heading(d, title, size=20)
        paragraphs(d, ["（2026年2月12日市总工会第五届常委会第八次会议通过）"])
        for line in lines:
            p = d.add_paragraph(line)
            p.paragraph_format.first_line_indent = Pt(28)
            p.paragraph_format.line_spacing = 1.3
        d.save(path)

    cats, items = [], []
    for name, pts, art, its in mods:
        cats.append(cat(name, float(pts), code=art))
        for k, (t, p, c, rule, ex) in enumerate(its):
            items.append(item(name, f"（{ords[k]}）", t, float(p), criteria=c, rule=rule, **ex))
    out = "r04_union_regulation_two_page_scan.pdf"
    scanned_pdf(save, "r04.docx", out, pages=2)
    gold("r04", [out], title, 2026, 100.0, cats, items,
         bonus=[{"code": "第九条", "text": "基层工会或其工作获得全国、省、市级总工会表彰", "rule": "lookup",
                 "levels": {"全国": 3.0, "省级": 2.0, "市级": 1.0}, "highest_only": True},
                {"code": "第十条", "text": "基层工会工作经验被市级以上工会刊物或媒体宣传推广", "per_occurrence": 1.0,
                 "unit": "篇"}],
         bonus_cap=5.0,
         deductions=[{"code": "第十二条", "text": "基层工会被市总工会通报批评", "per_occurrence": -2.0}],
         veto=[{"code": "第十三条", "text": "基层工会发生严重侵害职工合法权益事件，或工会经费被挪用、侵占造成恶劣影响的",
                "effect": "当年考核确定为不合格"}],
         veto_effect="当年考核确定为不合格",
         grades=bands(("优秀", 90), ("合格", 75), ("不合格", None)),
         notes="SCANNED over TWO PAGES (image-only, 200 dpi; the page break falls between 第九条 and 第十条, so the two bonus articles and their cap are on different pages); an 18-article "
               "regulation with no chapters: the category points ONLY in 第四条 (`组织建设20分，民主管理30分…`), each "
               "category's items in its own later article (第五条…第八条, code = the article) as 款 `（一）text，计8分，"
               "rule；（二）…` in one paragraph; 第九条 `分别加3分、2分、1分` by level is one lookup bonus (highest "
               "only), 第十条 a per-article bonus, their cap only in 第十一条; `三个月` and the 弄虚作假 clause "
               "(取消评先评优资格) are not veto entries (the latter a disciplinary rule); 附则 第十七、十八条 carry nothing")


# ----------------------------------------------------------------------------- r05


def r05():
    """docx, 机关: 章/条 regulation; module points given once `分值分别为50分、20分、20分、10分`; one module's
    sub-items listed BARE in 第四条, their points by CROSS-REFERENCE in 第五条 (`第四条第（一）项计30分`) and
    their rules in 第六条; a table in the middle of the prose for 作风建设 only; a formula article."""
    title = "江北区2026年度机关作风效能建设考核办法"
    target = [("（一）", "年度重点工作任务完成情况", 30, "重点工作任务每有一项未按期完成的，扣3分",
               {"per_occurrence": -3.0}),
              ("（二）", "上级交办事项办理情况", 12, "交办事项逾期办结的，每件扣1分", {"per_occurrence": -1.0, "unit": "件"}),
              ("（三）", "人大代表建议和政协委员提案办理情况", 8,
               "办理答复满意率达到95%以上的得满分，每低1个百分点扣0.5分",
               {"per_occurrence": -0.5, "unit": "1个百分点"})]
    law = [("规范性文件审查", 8, "行政规范性文件未经合法性审查即印发的，每件扣2分", -2.0, "件"),
           ("行政执法规范", 6, "执法案卷评查不合格的，每卷扣1分", -1.0, "卷"),
           ("行政复议应诉", 6, "行政复议被纠错或者行政诉讼败诉的，每件扣2分", -2.0, "件")]
    style = [("1", "会风会纪", 5, "无故缺席区级会议的，每人次扣0.5分", "per_occurrence",
              {"per_occurrence": -0.5, "unit": "人次"}),
             ("2", "值班值守", 5, "抽查发现脱岗、空岗的，每人次扣1分", "per_occurrence", {"per_occurrence": -1.0, "unit": "人次"}),
             ("3", "文风改进", 4, "发文数量较上年下降的得4分，未下降的不得分", "threshold", {}),
             ("4", "窗口服务效能", 6, "由区效能办暗访评定，评定为好、较好、一般的，分别得6分、4分、2分", "tiers",
              {"levels": {"好": 6.0, "较好": 4.0, "一般": 2.0}})]
    formula = "（满意票数＋基本满意票数×0.6）÷有效票数×10"
    assert sum(t[2] for t in target) == 50 and sum(x[1] for x in law) == 20 and sum(s[2] for s in style) == 20

    d = new_doc()
    heading(d, title)

    def chapter(text):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(text).bold = True

    chapter("第一章　总　则")
    paragraphs(d, ["第一条　为持续深化机关作风建设，提升机关服务效能，根据有关规定，结合本区实际，制定本办法。",
                   "第二条　本办法适用于区级机关各部门和直属单位。"])
    chapter("第二章　考核内容与评分")
    paragraphs(d, [
        "第三条　考核内容包括目标任务、依法行政、作风建设和满意度测评四个模块，分值分别为50分、20分、20分、10分，"
        "合计100分。",
        "第四条　目标任务模块考核以下事项：" + "；".join(f"{c}{t}" for c, t, *_ in target) + "。",
        "第五条　第四条第（一）项计30分，第（二）项计12分，第（三）项计8分。",
        "第六条　目标任务各事项按以下规则评分：" + "；".join(f"{c}{r}" for c, t, p, r, e in target) + "。",
        "第七条　依法行政模块考核" + "、".join(n for n, *_ in law) + "三项，其中"
        + "，".join(f"{n}{p}分" for n, p, *_ in law) + "。" + "；".join(c for _, _, c, *_ in law) + "。",
        "第八条　作风建设模块按下表评分："])
    grid(d, ["序号", "考核内容", "分值", "评分标准"], [[c, n, g(p), cr] for c, n, p, cr, *_ in style])
    paragraphs(d, [
        "第九条　满意度测评由区考核办组织服务对象、基层单位和“两代表一委员”进行，满意度测评得分＝" + formula + "。"])
    chapter("第三章　加分与扣分")
    paragraphs(d, [
        "第十条　部门工作获得国家级、省级、市级表彰的，分别加3分、2分、1分；同一事项获得多级表彰的，按最高级别加分。",
        "第十一条　部门工作经验被市级以上部门发文推广的，每次加0.5分。",
        "第十二条　本办法第十条、第十一条所列加分累计不超过5分。",
        "第十三条　部门被区委、区政府通报批评的，每次扣2分；因作风问题被市级以上媒体曝光并查实的，每次扣3分。"])
    chapter("第四章　一票否决与考核等次")
    paragraphs(d, [
        "第十四条　部门发生严重违纪违法案件或者重大责任事故的，实行一票否决，考核等次直接确定为较差。",
        "第十五条　考核等次分为好、较好、一般、较差。得分90分以上的为好，80分至89分的为较好，70分至79分的为一般，"
        "70分以下的为较差。"])
    chapter("第五章　附　则")
    paragraphs(d, ["第十六条　本办法由区委区政府督查考核办公室负责解释。",
                   "第十七条　本办法自印发之日起施行。",
                   "中共江北区委办公室", "2026年2月26日"])
    name = "r05_office_chapter_articles_cross_reference_points.docx"
    d.save(HERE / name)
    cats = [cat("目标任务", 50.0), cat("依法行政", 20.0), cat("作风建设", 20.0), cat("满意度测评", 10.0)]
    items = [item("目标任务", c, t, float(p), criteria=r, rule="per_occurrence", **e)
             for c, t, p, r, e in target]
    items += [item("依法行政", None, n, float(p), criteria=c, rule="per_occurrence", per_occurrence=po, unit=u)
              for n, p, c, po, u in law]
    items += [item("作风建设", c, n, float(p), criteria=cr, rule=rule, **e) for c, n, p, cr, rule, e in style]
    items.append(item("满意度测评", "第九条", "满意度测评", 10.0, criteria="满意度测评得分＝" + formula,
                      rule="proportional", formula=formula))
    gold("r05", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "第十条", "text": "部门工作获得国家级、省级、市级表彰", "rule": "lookup",
                 "levels": {"国家级": 3.0, "省级": 2.0, "市级": 1.0}, "highest_only": True},
                {"code": "第十一条", "text": "部门工作经验被市级以上部门发文推广", "per_occurrence": 0.5}],
         bonus_cap=5.0,
         deductions=[{"code": "第十三条", "text": "部门被区委、区政府通报批评", "per_occurrence": -2.0},
                     {"code": "第十三条", "text": "因作风问题被市级以上媒体曝光并查实", "per_occurrence": -3.0}],
         veto=[{"code": "第十四条", "text": "部门发生严重违纪违法案件或者重大责任事故的", "effect": "考核等次直接确定为较差"}],
         veto_effect="考核等次直接确定为较差",
         grades=bands(("好", 90), ("较好", 80), ("一般", 70), ("较差", None)),
         notes="module points given ONCE by a respectively-list `分值分别为50分、20分、20分、10分` (第三条); the "
               "目标任务 sub-items are listed BARE in 第四条, get their points by CROSS-REFERENCE in 第五条 "
               "(`第四条第（一）项计30分，第（二）项计12分…`) and their rules in 第六条 — three articles for one item; "
               "依法行政 items named with their points in one sentence and their rules in the next (no codes); a "
               "TABLE in the middle of the prose for 作风建设 only; 第九条 a formula article (the 满意度测评 module "
               "is one item, code 第九条); bonus `分别加3分、2分、1分` by level (lookup) and a per-time bonus, their cap "
               "in a separate 第十二条; 第十三条 holds two deductions")


# ----------------------------------------------------------------------------- r06


def r06():
    """.doc, 医院: a 一、（一）1. 细则 whose 二、考核内容 section lists the modules with points and their sub-items
    BARE, and whose later 三、评分标准 section repeats each sub-item with its points and rule."""
    title = "清溪市第二人民医院护理质量考核实施细则"
    mods = [
        ("一", "护理管理", 25, [
            ("护理制度落实", 10, "抽查核心制度执行情况，每发现一处不落实扣1分", "per_occurrence", {"per_occurrence": -1.0}),
            ("护理人员培训", 8, "年度培训计划完成率100%的得8分，每低10个百分点扣2分", "per_occurrence",
             {"per_occurrence": -2.0, "unit": "10个百分点"}),
            ("护理文书书写", 7, "每份不合格护理文书扣0.5分", "per_occurrence", {"per_occurrence": -0.5, "unit": "份"}),
        ]),
        ("二", "护理质量", 45, [
            ("基础护理", 15, "基础护理合格率达到95%以上的得15分，90%至95%的得10分，低于90%的不得分", "tiers", {}),
            ("专科护理", 15, "由护理部专科护理小组现场检查评定", "manual", {}),
            ("危重患者护理", 15, "得分＝危重患者护理合格例数÷检查例数×15", "proportional",
             {"formula": "危重患者护理合格例数÷检查例数×15"}),
        ]),
        ("三", "护理安全", 20, [
            ("不良事件上报", 10, "不良事件主动上报的得10分，瞒报、漏报的不得分", "threshold", {}),
            ("院内压力性损伤防范", 10, "发生院内压力性损伤的，每例扣2分", "per_occurrence", {"per_occurrence": -2.0, "unit": "例"}),
        ]),
        ("四", "患者满意度", 10, [
            ("住院患者满意度", 10, "满意度达到95%以上的得10分，每低1个百分点扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "1个百分点"}),
        ]),
    ]
    assert sum(m[2] for m in mods) == 100 and all(sum(i[1] for i in m[3]) == m[2] for m in mods)
    lines = ["一、总则",
             "（一）为持续改进护理质量，保障患者安全，根据《护理质量管理规范》等要求，结合我院实际，制定本细则。",
             "（二）本细则适用于全院各护理单元。护理部每季度组织考核一次，考核结果与护理单元绩效挂钩。",
             "二、考核内容及分值",
             "考核实行百分制，包括以下四个方面："]
    for code, name, pts, its in mods:
        lines.append(f"（{code}）{name}（{pts}分）。包括" + "、".join(t for t, *_ in its) + "。")
    lines.append("三、评分标准")
    n = 0
    for code, name, pts, its in mods:
        lines.append(f"（{code}）{name}")
        for t, p, c, *_ in its:
            n += 1
            lines.append(f"{n}.{t}（{p}分）：{c}。")
    lines += ["四、加分与扣分",
              "（一）护理人员在国家级、省级、市级护理技能竞赛中获奖的，所在护理单元分别加3分、2分、1分。",
              "（二）护理单元在省级以上期刊发表护理论文的，每篇加1分。",
              "（三）护理单元发生护理投诉经查实的，每件扣2分。",
              "五、加分上限",
              "本细则第四部分所列加分，每季度累计不超过5分。",
              "六、一票否决",
              "发生护理差错导致患者死亡或者严重残疾的，该护理单元当季度考核直接评为不合格。",
              "七、考核等次",
              "季度得分95分以上为优秀，85分至94分为良好，70分至84分为合格，70分以下为不合格。",
              "八、附则",
              "（一）本细则由护理部负责解释。",
              "（二）本细则自2026年4月1日起施行。",
              "清溪市第二人民医院护理部", "2026年3月20日"]

    def save(path):
        d = new_doc()
        heading(d, title)
        for line in lines:
            p = d.add_paragraph(line)
            if line[:2] in {"一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、"}:
                p.runs[0].bold = True
        d.save(path)

    name = "r06_hospital_contents_then_scoring_section.doc"
    to_legacy(save, name.replace(".doc", ".docx"), "doc")
    cats, items, n = [], [], 0
    for code, name_, pts, its in mods:
        cats.append(cat(name_, float(pts), code=f"（{code}）"))
        for t, p, c, rule, ex in its:
            n += 1
            items.append(item(name_, str(n), t, float(p), criteria=c, rule=rule, **ex))
    gold("r06", [name], title, 2026, 100.0, cats, items,
         bonus=[{"code": "（一）", "text": "护理人员在国家级、省级、市级护理技能竞赛中获奖", "rule": "lookup",
                 "levels": {"国家级": 3.0, "省级": 2.0, "市级": 1.0}},
                {"code": "（二）", "text": "护理单元在省级以上期刊发表护理论文", "per_occurrence": 1.0, "unit": "篇"}],
         bonus_cap=5.0,
         deductions=[{"code": "（三）", "text": "护理单元发生护理投诉经查实", "per_occurrence": -2.0, "unit": "件"}],
         veto=[{"text": "发生护理差错导致患者死亡或者严重残疾的", "effect": "该护理单元当季度考核直接评为不合格"}],
         veto_effect="该护理单元当季度考核直接评为不合格",
         grades=bands(("优秀", 95), ("良好", 85), ("合格", 70), ("不合格", None)),
         notes="legacy Word 97 .doc; a 一、（一）1. 细则 where each item appears TWICE: bare in 二、考核内容及分值 "
               "(`（一）护理管理（25分）。包括护理制度落实、护理人员培训、护理文书书写。`) and with its points and rule in "
               "三、评分标准 (`1.护理制度落实（10分）：rule。`, numbered 1…9 across modules) — one item each, not two; "
               "the module points are stated in 二 only (三 repeats the names without points); the 加分 cap in its own "
               "section 五; bonus （一） by level has no `按最高级别` clause (highest_only not set)")


# ----------------------------------------------------------------------------- r07


def r07():
    """txt, 街道: a scheme in two WEIGHTED PARTS, 日常考核（满分100分，占60%） and 年终考核（满分100分，占40%）,
    each with its own items; the combining formula stated first."""
    title = "西城街道社区工作者2026年度考核办法"
    daily = [("1", "出勤管理", 20, "执行考勤打卡制度，每迟到、早退一次扣1分，旷工一天扣5分", "per_occurrence",
              {"per_occurrence": -1.0}),
             ("2", "网格走访", 30, "每月走访居民不少于60户，每少10户扣2分", "per_occurrence",
              {"per_occurrence": -2.0, "unit": "10户"}),
             ("3", "民生事项办理", 30, "按时办结率100%的得30分，每低1个百分点扣1分", "per_occurrence",
              {"per_occurrence": -1.0, "unit": "1个百分点"}),
             ("4", "台账资料", 20, "由街道社区建设办公室检查评定", "manual", {})]
    annual = [("1", "述职评议", 40, "由社区党组织、居民代表评议，评议满分100分，按40%折算", "proportional",
               {"formula": "评议得分×40%"}),
              ("2", "业务知识测试", 30, "闭卷测试，卷面满分100分，按30%折算", "proportional", {"formula": "卷面得分×30%"}),
              ("3", "居民满意度", 30, "入户测评，满意率90%以上的得30分，80%至90%的得20分，80%以下的得10分", "tiers", {})]
    assert sum(x[2] for x in daily) == 100 and sum(x[2] for x in annual) == 100
    lines = [title, "",
             "一、考核构成",
             "社区工作者年度考核由日常考核和年终考核两部分组成。年度考核得分＝日常考核平均得分×60%＋年终考核得分×40%"
             "＋加分－扣分。日常考核每季度开展一次，取四个季度的平均得分；年终考核于每年12月开展。", "",
             "二、日常考核（满分100分，占60%）"]
    lines += [f"{c}.{n}（{p}分）：{cr}。" for c, n, p, cr, *_ in daily]
    lines += ["", "三、年终考核（满分100分，占40%）"]
    lines += [f"{c}.{n}（{p}分）：{cr}。" for c, n, p, cr, *_ in annual]
    lines += ["", "四、加分与扣分",
              "获得区级以上表彰的，每项加2分，加分最多不超过4分；被街道通报批评的，每次扣2分。加分、扣分直接计入年度考核得分。",
              "", "五、否决事项",
              "受到党纪政务处分的，年度考核直接确定为不称职等次。", "",
              "六、考核等次",
              "年度考核得分90分以上的为优秀（优秀人数不超过参加考核人数的20%），75分至89分的为称职，60分至74分的为"
              "基本称职，60分以下的为不称职。", "",
              "七、附则",
              "本办法由西城街道社区建设办公室负责解释，自2026年1月1日起施行。", "",
              "西城街道办事处", "2026年1月4日", ""]
    name = "r07_street_daily_annual_weighted_parts.txt"
    (HERE / name).write_text("\n".join(lines), encoding="utf-8")
    cats = [cat("日常考核", 100.0, code="二", weight=0.6), cat("年终考核", 100.0, code="三", weight=0.4)]
    items = [item("日常考核", c, n, float(p), criteria=cr, rule=rule, **e) for c, n, p, cr, rule, e in daily]
    items += [item("年终考核", c, n, float(p), criteria=cr, rule=rule, **e) for c, n, p, cr, rule, e in annual]
    gold("r07", [name], title, 2026, 100.0, cats, items,
         weights=[{"part": "日常考核", "weight": 0.6}, {"part": "年终考核", "weight": 0.4}],
         formula="年度考核得分＝日常考核平均得分×60%＋年终考核得分×40%＋加分－扣分",
         bonus=[{"text": "获得区级以上表彰", "per_occurrence": 2.0, "unit": "项", "cap": 4.0}],
         deductions=[{"text": "被街道通报批评", "per_occurrence": -2.0}],
         veto=[{"text": "受到党纪政务处分的", "effect": "年度考核直接确定为不称职等次"}],
         veto_effect="年度考核直接确定为不称职等次",
         grades=[{"name": "优秀", "min_score": 90}, {"name": "称职", "min_score": 75, "max_score": 89},
                 {"name": "基本称职", "min_score": 60, "max_score": 74}, {"name": "不称职", "max_score": 60}],
         scoring_note="日常考核每季度一次，取四个季度的平均得分",
         notes="two WEIGHTED PARTS each on its own 100 (`日常考核（满分100分，占60%）`, `年终考核（满分100分，占40%）`) "
               "with different items, items numbered 1… again in each part: parts are top-level categories with "
               "points 100 and `weight` (as ../unseen u03), the total is the weighted 100; 出勤管理's `旷工一天扣5分` "
               "is a second rate in the same rule (per_occurrence records the −1); the 折算 items are proportional; "
               "the bonus cap 4 is on its one bonus; the 20% quota on 优秀 is not a grade bound")


# ----------------------------------------------------------------------------- r08


def r08():
    """html, 学校: 综合素质测评 in three parts each on 100 with its own items, combined 德育25% + 智育60% + 体育15%
    in a formula article; the 智育 part is one formula item; 附加分 by level with its cap in a separate 款."""
    title = "临海职业技术学院学生综合素质测评办法"
    parts = [
        ("一", "德育素质", 0.25, [
            ("（一）", "思想政治表现", 30, "由班级测评小组根据学生日常表现综合评定", "manual", {}),
            ("（二）", "遵纪守法", 30, "受到学院通报批评的，每次扣10分，扣完为止", "per_occurrence", {"per_occurrence": -10.0}),
            ("（三）", "集体活动", 20, "参加学院、系部组织的集体活动每次得2分，最高20分", "per_occurrence",
             {"per_occurrence": 2.0, "cap": 20.0}),
            ("（四）", "寝室文明", 20, "学年内寝室检查评为文明寝室的得20分，合格的得12分，不合格的不得分", "tiers", {}),
        ]),
        ("二", "智育素质", 0.60, [
            ("（一）", "学业成绩", 100, "智育素质得分＝学年所修课程学分加权平均成绩", "proportional",
             {"formula": "学年所修课程学分加权平均成绩"}),
        ]),
        ("三", "体育素质", 0.15, [
            ("（一）", "体质健康测试", 60, "得分＝体质健康测试成绩×60%", "proportional", {"formula": "体质健康测试成绩×60%"}),
            ("（二）", "体育课成绩", 30, "得分＝体育课成绩×30%", "proportional", {"formula": "体育课成绩×30%"}),
            ("（三）", "课外锻炼", 10, "每学期课外锻炼打卡达到40次的得10分，每少4次扣1分", "per_occurrence",
             {"per_occurrence": -1.0, "unit": "4次"}),
        ]),
    ]
    assert all(sum(i[2] for i in p[3]) == 100 for p in parts)
    body = [f"<h1>{esc(title)}</h1>",
            "<h3>第一章　总则</h3>",
            "<p>第一条　为全面评价学生综合素质，引导学生德智体全面发展，制定本办法。</p>",
            "<p>第二条　综合素质测评每学年进行一次，由各系成立测评小组具体实施。</p>",
            "<p>第三条　综合素质测评总分＝德育素质测评分×25%＋智育素质测评分×60%＋体育素质测评分×15%＋附加分。"
            "德育、智育、体育素质测评分均按百分制计算。</p>",
            "<h3>第二章　测评内容</h3>"]
    art = 4
    for code, name, w, its in parts:
        body.append(f"<p>第{'四五六'[art - 4]}条　{name}测评（满分100分，占{round(w * 100)}%）</p><ol style='list-style:none'>")
        for c, n, p, cr, *_ in its:
            body.append(f"<li>{c}{esc(n)}（{p}分）。{esc(cr)}。</li>")
        body.append("</ol>")
        art += 1
    body += ["<h3>第三章　附加分</h3>",
             "<p>第七条　学生在国家级、省级、校级学科技能竞赛中获奖的，分别加5分、3分、1分；同一学年多次获奖的，按最高一项计。</p>",
             "<p>第八条　附加分直接计入综合测评总分，累计不超过8分。</p>",
             "<h3>第四章　附则</h3>",
             "<p>第九条　学年内考试作弊的，取消当年评优评先资格，综合素质测评结果不得作为奖学金评定依据。</p>",
             "<p>第十条　本办法由学生工作处负责解释，自2026年9月1日起施行。</p>",
             "<p>临海职业技术学院学生工作处　2026年6月30日</p>"]
    name = "r08_school_three_weighted_parts_articles.html"
    (HERE / name).write_text(html_page(title, "\n".join(body)), encoding="utf-8")
    cats = [cat(name_, 100.0, code=f"第{'四五六'[k]}条", weight=w) for k, (_, name_, w, _) in enumerate(parts)]
    items = [item(name_, c, n, float(p), criteria=cr, rule=rule, **e) for _, name_, _, its in parts
             for c, n, p, cr, rule, e in its]
    gold("r08", [name], title, 2026, 100.0, cats, items,
         weights=[{"part": "德育素质", "weight": 0.25}, {"part": "智育素质", "weight": 0.6},
                  {"part": "体育素质", "weight": 0.15}],
         formula="综合素质测评总分＝德育素质测评分×25%＋智育素质测评分×60%＋体育素质测评分×15%＋附加分",
         bonus=[{"code": "第七条", "text": "学生在国家级、省级、校级学科技能竞赛中获奖", "rule": "lookup",
                 "levels": {"国家级": 5.0, "省级": 3.0, "校级": 1.0}, "highest_only": True}],
         bonus_cap=8.0,
         veto=[{"code": "第九条", "text": "学年内考试作弊的",
                "effect": "取消当年评优评先资格，综合素质测评结果不得作为奖学金评定依据"}],
         notes="THREE WEIGHTED PARTS each on 100 with its own items (`德育素质测评（满分100分，占25%）` …) under 第四～六条; "
               "the weights also in the formula article 第三条; parts are top-level categories with points 100 and "
               "`weight`; 智育 is ONE item of 100 (a formula, proportional); the `×60%`/`×30%` inside 体育 items are "
               "conversions of a sub-score to the item's points (proportional), not weights; bonus cap only in 第八条; "
               "第九条 (cheating) is read as a veto on honours — a reviewer could leave it out (it does not change "
               "the score); no grades")


# ----------------------------------------------------------------------------- r09


def r09():
    """xlsx, 企业: different item sets per unit type — sheet 共性指标 (both types, 40分) + sheets A类单位个性指标 and
    B类单位个性指标 (60分 each) + a 说明 sheet defining the types, the grades and the veto."""
    title = "恒通集团2026年度所属单位经营业绩考核评分标准"
    common = [("1", "安全生产", 15, "发生轻伤事故的每起扣3分，扣完为止", "per_occurrence", {"per_occurrence": -3.0, "unit": "起"}),
              ("2", "党风廉政建设", 10, "由集团纪委综合评定", "manual", {}),
              ("3", "人才队伍建设", 15, "员工培训计划完成率100%的得15分，每低5个百分点扣3分", "per_occurrence",
               {"per_occurrence": -3.0, "unit": "5个百分点"})]
    a_items = [("A1", "营业收入", 20, "得分＝实际完成额÷目标值×20，最高24分", "proportional",
                {"formula": "实际完成额÷目标值×20", "cap": 24.0}),
               ("A2", "利润总额", 25, "完成目标值的得25分，每低1%扣1分", "per_occurrence", {"per_occurrence": -1.0, "unit": "1%"}),
               ("A3", "应收账款周转率", 15, "达到目标值的得15分，未达到但高于上年的得8分，低于上年的不得分", "tiers", {})]
    b_items = [("B1", "服务满意度", 25, "满意度95%以上的得25分，90%至95%的得18分，90%以下的得10分", "tiers", {}),
               ("B2", "费用预算控制", 20, "预算执行偏差在5%以内的得20分，每超出1个百分点扣2分", "per_occurrence",
                {"per_occurrence": -2.0, "unit": "1个百分点"}),
               ("B3", "重点工作任务", 15, "集团下达的重点工作每有一项未完成扣5分", "per_occurrence", {"per_occurrence": -5.0})]
    assert sum(x[2] for x in common) == 40 and sum(x[2] for x in a_items) == 60 and sum(x[2] for x in b_items) == 60

    wb, ws = titled_sheet("说明", title, 1)
    notes = ["一、所属单位分为两类：A类单位为生产经营单位（各子公司、分公司），B类单位为职能服务单位（共享中心、研究院等）。",
             "二、各类单位考核满分均为100分，由共性指标（40分）和个性指标（60分）组成。共性指标适用于全部单位；"
             "A类单位考核“A类单位个性指标”表所列指标，B类单位考核“B类单位个性指标”表所列指标。",
             "三、考核得分90分以上为A级，80分至89分为B级，70分至79分为C级，70分以下为D级。",
             "四、发生较大及以上生产安全事故或者重大违规经营投资问题的单位，考核等级直接定为D级。",
             "五、本标准由集团运营管理部负责解释。"]
    for r, line in enumerate(notes, start=3):
        ws.cell(row=r, column=1, value=line)
    ws.column_dimensions["A"].width = 120

    def sheet(sname, heading_, rows, total):
        s = wb.create_sheet(sname)
        s["A1"] = heading_
        s["A1"].font = Font(bold=True, size=13)
        s.merge_cells("A1:D1")
        header_row(s, 2, ["序号", "指标名称", "分值", "评分标准"])
        for r, (c, n, p, cr, *_) in enumerate(rows, start=3):
            for col, v in enumerate([c, n, p, cr], start=1):
                s.cell(row=r, column=col, value=v)
        s.cell(row=len(rows) + 3, column=2, value="小计")
        s.cell(row=len(rows) + 3, column=3, value=total)
        wrap_columns(s, [8, 20, 8, 70])

    sheet("共性指标", "表1　共性指标（40分，适用于全部单位）", common, 40)
    sheet("A类单位个性指标", "表2　A类单位个性指标（60分）", a_items, 60)
    sheet("B类单位个性指标", "表3　B类单位个性指标（60分）", b_items, 60)
    name = "r09_company_unit_type_item_sets_sheets.xlsx"
    wb.save(HERE / name)
    cats, items = [], []
    for unit, own in (("A类单位", a_items), ("B类单位", b_items)):
        cats += [cat(unit, 100.0), cat("共性指标", 40.0, parent=unit, sheet="共性指标"),
                 cat("个性指标", 60.0, parent=unit, sheet=f"{unit}个性指标")]
        items += [item("共性指标", c, n, float(p), criteria=cr, rule=rule, scheme=unit, sheet="共性指标", **e)
                  for c, n, p, cr, rule, e in common]
        items += [item("个性指标", c, n, float(p), criteria=cr, rule=rule, scheme=unit, sheet=f"{unit}个性指标", **e)
                  for c, n, p, cr, rule, e in own]
    gold("r09", [name], title, 2026, 100.0, cats, items,
         schemes=[{"name": "A类单位（生产经营单位）", "unit_type": "A类单位", "total_points": 100.0},
                  {"name": "B类单位（职能服务单位）", "unit_type": "B类单位", "total_points": 100.0}],
         veto=[{"text": "发生较大及以上生产安全事故或者重大违规经营投资问题的单位", "effect": "考核等级直接定为D级"}],
         veto_effect="考核等级直接定为D级",
         grades=[{"name": "A级", "min_score": 90}, {"name": "B级", "min_score": 80, "max_score": 89},
                 {"name": "C级", "min_score": 70, "max_score": 79}, {"name": "D级", "max_score": 70}],
         expected_flags=[{"kind": "ambiguous",
                          "note": "one scheme with two item sets by unit type: 共性指标 (40) for every unit plus "
                                  "A类 or B类 个性指标 (60); a reader must not add the three sheets into one 160-point "
                                  "scheme"}],
         notes="different item sets PER UNIT TYPE on separate sheets: 共性指标 (40, both types) + A类单位个性指标 (60) "
               "or B类单位个性指标 (60), the types defined on the 说明 sheet; as ../forms2 g02 does for two schemes, "
               "each unit type is a top-level category (100) with 共性指标 and 个性指标 under it, the common items "
               "repeated under both (items carry `scheme`); total_points 100 because the document states "
               "`各类单位考核满分均为100分` (g02 left it null: its two schemes were separate attachments); grades "
               "A级…D级 are unit grades, the codes A1/B1 item numbers; 营业收入's `最高24分` lets the item exceed its "
               "20 (`cap` 24)")


# ----------------------------------------------------------------------------- r10


def r10():
    """pdf (text layer), 环保: a 细则 in 一、（一）1. where one module (水污染防治) is a TABLE in the middle of the
    prose, the others prose; 加分/扣分 lists, caps in their own section, a final-score formula with a ceiling."""
    title = "石门县2026年度乡镇生态环境保护目标责任考核细则"
    air = [("1", "空气质量优良天数比例", 15, "达到年度目标的得15分，每低1个百分点扣1.5分", "per_occurrence",
            {"per_occurrence": -1.5, "unit": "1个百分点"}),
           ("2", "秸秆禁烧", 15, "经卫星遥感监测发现火点的，每个扣3分，扣完为止", "per_occurrence",
            {"per_occurrence": -3.0, "unit": "个"})]
    water = [("3", "出境断面水质达标", 12, "按月评价，每月达标得1分", "per_occurrence", {"per_occurrence": 1.0, "cap": 12.0}),
             ("4", "饮用水水源地保护", 10, "水源保护区内发现违法建设项目的，本项不得分", "threshold", {}),
             ("5", "农村生活污水治理", 8, "得分＝已治理行政村数÷应治理行政村数×8", "proportional",
              {"formula": "已治理行政村数÷应治理行政村数×8"})]
    soil = [("6", "受污染耕地安全利用", 10, "安全利用率达到90%以上的得10分，未达到的按比例计分", "proportional", {}),
            ("7", "危险废物规范化管理", 10, "抽查企业不合格的，每家扣2分", "per_occurrence", {"per_occurrence": -2.0, "unit": "家"})]
    sup = [("8", "环境信访办理", 10, "按期办结率100%的得10分，每逾期1件扣1分", "per_occurrence", {"per_occurrence": -1.0, "unit": "件"}),
           ("9", "执法检查配合", 10, "由县生态环境局根据日常配合情况综合评定", "manual", {})]
    mods = [("（一）", "大气污染防治", 30, air), ("（二）", "水污染防治", 30, water),
            ("（三）", "土壤与固废污染防治", 20, soil), ("（四）", "环境监管", 20, sup)]
    assert all(sum(i[2] for i in m[3]) == m[2] for m in mods) and sum(m[2] for m in mods) == 100

    def save(path):
        d = new_doc()
        heading(d, title)
        paragraphs(d, ["一、考核对象和方式",
                       "考核对象为全县各乡镇人民政府。考核采取年终集中考核与日常监测数据相结合的方式，由县生态环境保护"
                       "委员会办公室组织实施。",
                       "二、考核内容",
                       "考核实行百分制，包括大气污染防治30分、水污染防治30分、土壤与固废污染防治20分、环境监管20分。",
                       "三、评分标准",
                       "（一）大气污染防治"])
        for c, n, p, cr, *_ in air:
            d.add_paragraph(f"{c}.{n}（{p}分）。{cr}。")
        d.add_paragraph("（二）水污染防治。按下表评分：")
        grid(d, ["序号", "考核指标", "分值", "评分方法"], [[c, n, g(p), cr] for c, n, p, cr, *_ in water])
        d.add_paragraph("（三）土壤与固废污染防治")
        for c, n, p, cr, *_ in soil:
            d.add_paragraph(f"{c}.{n}（{p}分）。{cr}。")
        d.add_paragraph("（四）环境监管")
        for c, n, p, cr, *_ in sup:
            d.add_paragraph(f"{c}.{n}（{p}分）。{cr}。")
        paragraphs(d, ["四、加分",
                       "乡镇获得国家级、省级、市级生态文明建设示范命名的，当年分别加3分、2分、1分。",
                       "五、扣分",
                       "乡镇被中央或者省生态环境保护督察通报的，每次扣5分；被市级通报的，每次扣2分。",
                       "六、加分和扣分的限额",
                       "加分累计不超过5分；扣分不设上限。",
                       "七、最终得分",
                       "最终得分＝评分标准得分＋加分－扣分，最高不超过105分，最低为0分。",
                       "八、一票否决",
                       "乡镇辖区内发生重大及以上突发环境事件的，年度考核实行一票否决，直接评定为不合格。",
                       "九、考核等次",
                       "最终得分90分以上为优秀，75分至89分为良好，60分至74分为合格，60分以下为不合格。",
                       "十、附则",
                       "本细则由县生态环境保护委员会办公室负责解释，自印发之日起施行。",
                       "石门县生态环境保护委员会办公室", "2026年3月3日"])
        d.save(path)

    name = "r10_environment_table_for_one_module_formula_article.pdf"
    text_pdf(save, name.replace(".pdf", ".docx"))
    cats = [cat(n, float(p), code=c) for c, n, p, _ in mods]
    items = [item(n, ic, it, float(ip), criteria=cr, rule=rule, **e) for _, n, _, its in mods
             for ic, it, ip, cr, rule, e in its]
    gold("r10", [name], title, 2026, 100.0, cats, items,
         bonus=[{"text": "乡镇获得国家级、省级、市级生态文明建设示范命名", "rule": "lookup",
                 "levels": {"国家级": 3.0, "省级": 2.0, "市级": 1.0}}],
         bonus_cap=5.0,
         deductions=[{"text": "乡镇被中央或者省生态环境保护督察通报", "per_occurrence": -5.0},
                     {"text": "乡镇被市级通报", "per_occurrence": -2.0}],
         formula="最终得分＝评分标准得分＋加分－扣分",
         score_cap=105.0,
         veto=[{"text": "乡镇辖区内发生重大及以上突发环境事件的", "effect": "直接评定为不合格"}],
         veto_effect="直接评定为不合格",
         grades=bands(("优秀", 90), ("良好", 75), ("合格", 60), ("不合格", None)),
         notes="PDF (LibreOffice, with a text layer); a 细则 in 一、（一）1.: the module points only in 二、考核内容 "
               "(`包括大气污染防治30分、…`), the headings in 三 carry none; ONE module (水污染防治) is a TABLE in the "
               "middle of the prose (序号 | 考核指标 | 分值 | 评分方法), the others are prose lines `1.name（15分）。rule。`, "
               "items numbered 1…9 across table and prose; caps in their own section 六 (`扣分不设上限` = no deduction "
               "cap); a final-score formula with a ceiling 105 (score_cap); 出境断面 `每月达标得1分` is per_occurrence "
               "+1 capped by its 12; 受污染耕地 `按比例计分` proportional with no formula printed")


# ----------------------------------------------------------------------------- r11


def r11():
    """.xls, 党建: 定量指标（70分） and 定性指标（30分） on ONE sheet as two blocks with different columns; the 定性
    block is rated by levels whose points are FRACTIONS of the 30 (`好：得满分；较好：得80%；…`)."""
    title = "青山镇2026年度村党组织书记抓基层党建述职评议考核表"
    quant = [("1", "党员发展", 10, "完成年度发展计划的得10分，未完成的按完成比例计分", "proportional", {}),
             ("2", "三会一课", 15, "每少开展一次扣1分，扣完为止", "per_occurrence", {"per_occurrence": -1.0}),
             ("3", "主题党日", 10, "每月开展1次，每少1次扣1分", "per_occurrence", {"per_occurrence": -1.0}),
             ("4", "村级集体经济收入", 20, "年收入达到20万元以上的得20分，10万元至20万元的得12分，10万元以下的得5分", "tiers", {}),
             ("5", "阵地建设", 15, "党群服务中心标识规范得5分，功能室设置齐全得5分，日常开放有记录得5分", "components", {})]
    qual = [("6", "述职评议", 30, "由镇党委组织党员代表、群众代表对书记述职进行评议，按评议等次计分", "tiers",
             {"levels": {"好": 30.0, "较好": 24.0, "一般": 18.0, "差": 9.0}})]
    assert sum(q[2] for q in quant) == 70

    def save(path):
        wb, ws = titled_sheet("考核表", title, 5)
        ws["A2"] = "被考核村：____________　　书记姓名：________　　考核满分100分（定量指标70分，定性指标30分）"
        ws.merge_cells("A2:E2")
        ws["A3"] = "一、定量指标（70分）"
        ws["A3"].font = Font(bold=True)
        header_row(ws, 4, ["序号", "考核项目", "分值", "评分标准", "得分"])
        r = 5
        for c, n, p, cr, *_ in quant:
            for col, v in enumerate([c, n, p, cr], start=1):
                ws.cell(row=r, column=col, value=v)
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="二、定性指标（30分）").font = Font(bold=True)
        r += 1
        header_row(ws, r, ["序号", "评议内容", "评议等次及计分", "", "得分"])
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
        r += 1
        c, n, p, cr, *_ = qual[0]
        ws.cell(row=r, column=1, value=c)
        ws.cell(row=r, column=2, value=n + "：" + cr)
        ws.cell(row=r, column=3, value="好：得满分；较好：得80%；一般：得60%；差：得30%")
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
        r += 2
        ws.cell(row=r, column=1, value="说明：考核得分90分以上为好，80分至89分为较好，60分至79分为一般，60分以下为差。"
                                       "村党组织书记受到党内严重警告以上处分的，考核等次直接确定为差。")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        wrap_columns(ws, [6, 18, 16, 60, 8])
        wb.save(path)

    name = "r11_party_quant_qual_blocks_fraction_levels.xls"
    to_legacy(save, name.replace(".xls", ".xlsx"), "xls")
    cats = [cat("定量指标", 70.0, code="一"), cat("定性指标", 30.0, code="二")]
    items = [item("定量指标", c, n, float(p), criteria=cr, rule=rule, **e) for c, n, p, cr, rule, e in quant]
    items += [item("定性指标", c, n, float(p), criteria=cr + "。好：得满分；较好：得80%；一般：得60%；差：得30%",
                   rule=rule, **e) for c, n, p, cr, rule, e in qual]
    gold("r11", [name], title, 2026, 100.0, cats, items,
         veto=[{"text": "村党组织书记受到党内严重警告以上处分的", "effect": "考核等次直接确定为差"}],
         veto_effect="考核等次直接确定为差",
         grades=bands(("好", 90), ("较好", 80), ("一般", 60), ("差", None)),
         notes="legacy Excel 97 .xls; ONE sheet with TWO blocks of different columns: 定量指标（70分） (序号 | 考核项目 | "
               "分值 | 评分标准 | 得分) and below it 定性指标（30分） (序号 | 评议内容 | 评议等次及计分 merged | 得分) whose ONE "
               "row has no points cell — its 30 comes only from the block heading; its levels are FRACTIONS of the 30 "
               "(`好：得满分；较好：得80%；一般：得60%；差：得30%` → 30/24/18/9 in `levels`); the 得分 column is empty; the "
               "grade names 好/较好/一般/差 repeat the rating levels; `20万元` is money")


# ----------------------------------------------------------------------------- r12


def r12():
    """docx, 学校: 平时考核 in a table + 年度考核 in prose with weights stated only as `按3:7的比例`, and a
    separate part for two TEACHER TYPES (专任教师 / 行政教辅人员) only in 年度考核 (different item sets)."""
    title = "临溪县第一中学教职工年度考核实施方案"
    usual = [("1", "师德表现", 30, "无违反师德规范行为的得30分；有违规行为被学校提醒的每次扣5分", "per_occurrence",
              {"per_occurrence": -5.0}),
             ("2", "出勤", 30, "每请事假1天扣0.5分，旷工1天扣5分", "per_occurrence", {"per_occurrence": -0.5, "unit": "天"}),
             ("3", "常规工作完成", 40, "由年级组每月检查评定，评定为好、较好、一般的，分别得40分、32分、24分", "tiers",
              {"levels": {"好": 40.0, "较好": 32.0, "一般": 24.0}})]
    teach = [("（1）", "教学业绩", 50, "得分＝任教班级学业水平考试平均分÷全县同科平均分×50，最高50分", "proportional",
              {"formula": "任教班级学业水平考试平均分÷全县同科平均分×50"}),
             ("（2）", "教研成果", 20, "承担县级以上公开课每节得5分，最高20分", "per_occurrence",
              {"per_occurrence": 5.0, "cap": 20.0}),
             ("（3）", "学生评教", 30, "学生评教满意率90%以上的得30分，每低1个百分点扣1分", "per_occurrence",
              {"per_occurrence": -1.0, "unit": "1个百分点"})]
    staff = [("（1）", "岗位职责履行", 60, "由分管校长根据岗位职责清单综合评定", "manual", {}),
             ("（2）", "服务对象评价", 40, "由全体教师评议，满意率95%以上的得40分，90%至95%的得30分，90%以下的得20分",
              "tiers", {})]
    assert sum(x[2] for x in usual) == 100 and sum(x[2] for x in teach) == 100 and sum(x[2] for x in staff) == 100
    d = new_doc()
    heading(d, title)
    paragraphs(d, ["为客观评价教职工的工作实绩，根据事业单位工作人员考核有关规定，结合我校实际，制定本方案。",
                   "一、考核构成",
                   "教职工年度考核得分由平时考核得分和年度考核得分按3:7的比例合成，平时考核、年度考核均实行百分制。",
                   "二、平时考核（百分制）",
                   "平时考核每月进行一次，全年取平均分，按下表评分："])
    grid(d, ["序号", "考核项目", "分值", "评分标准"], [[c, n, g(p), cr] for c, n, p, cr, *_ in usual])
    paragraphs(d, ["三、年度考核（百分制）",
                   "年度考核按岗位类别分别设置考核项目：",
                   "（一）专任教师"])
    paragraphs(d, [f"{c}{n}（{p}分）：{cr}。" for c, n, p, cr, *_ in teach])
    paragraphs(d, ["（二）行政教辅人员"])
    paragraphs(d, [f"{c}{n}（{p}分）：{cr}。" for c, n, p, cr, *_ in staff])
    paragraphs(d, ["四、考核等次",
                   "合成得分90分以上且排名在本类人员前20%的，可确定为优秀；60分以上的为合格；60分以下的为不合格。",
                   "五、其他",
                   "年度内受到警告以上处分的，年度考核直接确定为不合格。",
                   "本方案经学校教职工代表大会审议通过，自2026年9月1日起施行。",
                   "临溪县第一中学", "2026年8月25日"])
    name = "r12_school_ratio_parts_two_staff_types.docx"
    d.save(HERE / name)
    cats = [cat("平时考核", 100.0, code="二", weight=0.3), cat("年度考核", 100.0, code="三", weight=0.7),
            cat("专任教师", 100.0, parent="年度考核", code="（一）"), cat("行政教辅人员", 100.0, parent="年度考核", code="（二）")]
    items = [item("平时考核", c, n, float(p), criteria=cr, rule=rule, **e) for c, n, p, cr, rule, e in usual]
    items += [item("专任教师", c, n, float(p), criteria=cr, rule=rule, **e) for c, n, p, cr, rule, e in teach]
    items += [item("行政教辅人员", c, n, float(p), criteria=cr, rule=rule, **e) for c, n, p, cr, rule, e in staff]
    gold("r12", [name], title, 2026, 100.0, cats, items,
         weights=[{"part": "平时考核", "weight": 0.3}, {"part": "年度考核", "weight": 0.7}],
         formula="合成得分＝平时考核得分×30%＋年度考核得分×70%（按3:7的比例合成）",
         veto=[{"text": "年度内受到警告以上处分的", "effect": "年度考核直接确定为不合格"}],
         veto_effect="年度考核直接确定为不合格",
         grades=[{"name": "优秀", "min_score": 90, "condition": "排名在本类人员前20%"},
                 {"name": "合格", "min_score": 60}, {"name": "不合格", "max_score": 60}],
         scoring_note="平时考核每月一次，全年取平均分",
         expected_flags=[{"kind": "ambiguous",
                          "note": "年度考核 has two alternative item sets by staff type (专任教师 / 行政教辅人员), each of "
                                  "100; a reader must not add them into a 200-point 年度考核"}],
         notes="parts weighted ONLY by a RATIO `按3:7的比例合成` (no percent sign anywhere): weights 0.3/0.7 on two parts "
               "each on 100; 平时考核 a table, 年度考核 prose with two ALTERNATIVE item sets by staff type — "
               "专任教师 and 行政教辅人员 are categories of 100 under 年度考核 (each alternative, not summed); the grade "
               "优秀 has a ranking condition (kept as `condition`); `旷工1天扣5分` is a second rate in 出勤's rule")


# ----------------------------------------------------------------------------- r13


def r13():
    """scan (image PDF), 乡镇: NOT a scheme — a scanned results notice: villages with obtained scores and ranks,
    applied deductions `扣5分`, `加2分`, and a `满分100分` reminder."""
    title = "清河镇2026年第一季度村级人居环境整治检查结果通报"
    rows = [("1", "柳湾村", "96.5", "1"), ("2", "石桥村", "94", "2"), ("3", "东坪村", "91.5", "3"),
            ("4", "杨家庄村", "88", "4"), ("5", "北塘村", "85.5", "5"), ("6", "西岭村", "79", "6"),
            ("7", "南沟村", "72.5", "7")]

    def save(path):
        d = new_doc()
        heading(d, title)
        paragraphs(d, ["各村（社区）：",
                       "3月20日至3月26日，镇人居环境整治工作领导小组办公室对全镇7个行政村第一季度人居环境整治工作进行了"
                       "检查。检查按《清河镇村级人居环境整治考核细则》执行，满分100分。现将检查结果通报如下："])
        grid(d, ["序号", "村名", "检查得分", "名次"], [list(r) for r in rows])
        paragraphs(d, ["从检查情况看，柳湾村、石桥村、东坪村整治成效明显，得分均在90分以上。南沟村因村内主干道两侧"
                       "存在垃圾堆积，被扣5分；西岭村2处公厕管护不到位，被扣3分。柳湾村因获评市级美丽乡村示范村，"
                       "按细则加2分，已计入得分。",
                       "请得分在80分以下的村于4月10日前完成整改，并将整改情况报镇领导小组办公室。",
                       "清河镇人居环境整治工作领导小组办公室", "2026年3月30日"])
        d.save(path)

    out = "r13_township_results_notice_scan_not_scheme.pdf"
    scanned_pdf(save, "r13.docx", out, pages=1)
    not_a_scheme("r13", [out], title, 2026,
                 "a SCANNED (image-only) results notice: villages with obtained scores (96.5, 94 …) and ranks, applied "
                 "deductions `被扣5分`, a bonus applied `加2分`, a reminder that the scheme (published separately) is "
                 "`满分100分`; it sets no scoring rules")


# ----------------------------------------------------------------------------- r14


def r14():
    """docx, 机关/事业单位: NOT a scheme — a 章/条 regulation on USING appraisal results: score bands decide
    performance-pay coefficients, promotions and interviews; the scheme that produces the score is elsewhere."""
    title = "安平县事业单位年度考核结果运用办法"
    d = new_doc()
    heading(d, title)

    def chapter(text):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(text).bold = True

    chapter("第一章　总　则")
    paragraphs(d, [
        "第一条　为强化年度考核结果运用，激励事业单位工作人员担当作为，根据有关规定，制定本办法。",
        "第二条　本办法所称年度考核结果，是指按照《安平县事业单位工作人员年度考核评分细则》（另行印发）评定的"
        "考核得分和等次。本办法不涉及考核内容和评分标准。"])
    chapter("第二章　与绩效工资挂钩")
    paragraphs(d, [
        "第三条　奖励性绩效工资按考核得分确定发放系数：得分95分以上的，系数为1.2；90分至94.9分的，系数为1.1；"
        "80分至89.9分的，系数为1.0；70分至79.9分的，系数为0.8；70分以下的，不发放年度奖励性绩效工资。",
        "第四条　单位考核得分低于全县平均分5分以上的，该单位奖励性绩效工资总量下调10%。"])
    chapter("第三章　与岗位聘用和评先评优挂钩")
    paragraphs(d, [
        "第五条　连续三年考核得分在90分以上的，在岗位等级晋升时同等条件下优先考虑。",
        "第六条　考核得分低于60分的，由单位主要负责人进行诫勉谈话；连续两年低于60分的，按规定调整岗位或者解除聘用合同。",
        "第七条　评选县级先进个人，原则上从当年考核得分85分以上的人员中推荐。"])
    chapter("第四章　附　则")
    paragraphs(d, [
        "第八条　考核结果运用情况每年12月底前报县人力资源和社会保障局备案。工作人员对考核结果有异议的，可在结果"
        "公示之日起5个工作日内申请复核。",
        "第九条　本办法由县人力资源和社会保障局负责解释，自2026年1月1日起施行。",
        "安平县人力资源和社会保障局", "2026年1月12日"])
    name = "r14_office_results_use_regulation_not_scheme.docx"
    d.save(HERE / name)
    not_a_scheme("r14", [name], title, 2026,
                 "a 章/条 regulation on USING appraisal results: score bands (`95分以上…系数为1.2`, `低于60分的…诫勉谈话`, "
                 "`85分以上的人员中推荐`) decide pay coefficients, promotion and honours; the scheme that produces the score "
                 "is published separately (`另行印发`, `本办法不涉及考核内容和评分标准`); no items, categories or rules "
                 "that award points")


BUILDS = (r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11, r12, r13, r14)


def main():
    """Build every document and gold; with --pdf render the text PDFs and the scans."""
    if not shutil.which("soffice"):
        sys.exit("soffice (LibreOffice) is needed for the .doc/.xls documents, the PDFs and the scans")
    for build in BUILDS:
        build()
    if "--pdf" in sys.argv:
        for job in PDF_JOBS:
            job()


if __name__ == "__main__":
    main()
