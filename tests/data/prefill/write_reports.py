"""Writes the hand-written test reports (r01..r20) and their gold from r001.py/r002.py/r003.py (gold written first, blind to the code)."""
import json, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
OUT = Path(__file__).parent
ALL = {}
for m in ('r001', 'r002', 'r003'):
    ALL.update(__import__(m).R)

DOCX = {
 "r03_putuo_table": ("普陀区总工会2011年度目标管理考核自评报告", "现将我区各项量化指标完成情况列表如下：",
   ["序号", "考核指标", "目标值", "完成情况"],
   [["5", "经审组织同步组建率", "98%", "99%"], ["6", "女职工组织同步组建率", "97%", "97.3%"],
    ["7", "建立劳动争议调解组织比例", "60%", "66%"], ["14", "职工参保率和缴交率", "100%", "100%"],
    ["15", "就业援助服务成功率", "25%", "28.5%"]],
   "其他工作：全年向市总报送信息86篇，录用31篇，参加市总会议全部签到。"),
 "r10_jiaotou_table": ("交投集团工会2019年度重点工作自评报告", "集团工会2019年度主要量化指标完成情况如下表：",
   ["考核项目", "年度目标", "完成情况", "备注"],
   [["职工医疗互助保障参保人数", "950人", "980人", "完成当年任务"],
    ["注册使用财务管理平台基层工会占比", "80%", "72%", ""],
    ["未足额缴纳工会经费的基层工会", "0家", "1家", "已催缴"],
    ["举办劳动和技能竞赛", "3项", "5项", ""], ["百人以上企业建会", "全覆盖", "全覆盖", ""]],
   "其他工作按计划推进。"),
 "r17_quanyi_table": ("权益保障部2023年度绩效考核自评表", "对照《2023年区总工会机关各部室创先争优绩效考核实施办法》，自查情况如下：",
   ["考核内容", "自查情况", "次数"],
   [["因部室原因未按要求完成", "全部按要求完成", "0"],
    ["因部室自身原因未按计划完成", "农民工欠薪专项维权行动未按计划完成", "1"],
    ["个人学习记载和读书笔记不全", "2人次学习记载和读书笔记不全", "2"],
    ["接待无记录", "1次接待未记录", "1"],
    ["部室工作创新评比获三等奖以上", "“工会法律援助”项目获省总评比二等奖", "1"]],
   "以上情况属实。"),
}
R03 = ("001.json", "普陀区总工会", "table of figures (docx)", None, {
 "5": ("经审组织同步组建率", {"value": "99%"}), "6": ("女职工组织同步组建率", {"value": "97.3%"}),
 "7": ("建立劳动争议调解组织比例", {"value": "66%"}), "14": ("职工参保率和缴交率", {"value": "100%"}),
 "15": ("就业援助服务成功率", {"value": "28.5%"}), "8": ("全年向市总报送信息86篇", {})})
ALL["r03_putuo_table"] = R03
for name, (scheme, unit, style, text, items) in sorted(ALL.items()):
    if text is None:
        title, intro, head, rows, outro = DOCX[name]
        doc = Document(); doc.add_paragraph(title); doc.add_paragraph(intro)
        t = doc.add_table(rows=1 + len(rows), cols=len(head))
        for j, h in enumerate(head): t.cell(0, j).text = h
        for i, r in enumerate(rows, 1):
            for j, v in enumerate(r): t.cell(i, j).text = v
        doc.add_paragraph(outro)
        fname = name + ".docx"; doc.save(OUT / 'reports' / fname)
        full = "\n".join([title, intro, *["\t".join(r) for r in [head, *rows]], outro])
    else:
        fname = name + ".txt"; (OUT / 'reports' / fname).write_text(text, encoding='utf-8'); full = text
    for iid, (ev, _) in items.items():
        assert ev in full, (name, iid, ev)
    gold = {"report": fname, "scheme": scheme, "unit": unit, "style": style,
            "items": {k: {"evidence": ev, "inputs": inp} for k, (ev, inp) in items.items()}}
    (OUT / 'gold' / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding='utf-8')
print(len(ALL), "reports")
