"""Types the schemes of the three seed self-evaluation reports of 004 from their own item lists.

Run once (``python tests/data/prefill/type_seed_schemes.py``); the JSON files beside it are the result.
The rules are what an assessment office would plausibly have printed for each item; the gold inputs in
``gold/seed_*.json`` were written from the reports, not from kaohe's output.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent


def cmp(op, value, unit, text):
    return {"op": op, "value": value, "unit": unit, "text": text}


def item(iid, text, points, rule, criteria=""):
    return {"id": iid, "category": "1", "code": iid, "text": text, "points": points,
            "criteria": criteria or rule.get("text", ""), "rule": rule}


def threshold(text, target=None):
    return {"kind": "threshold", "text": text, "target": target}


def per(text, delta, unit):
    return {"kind": "per_occurrence", "text": text, "delta": delta, "unit": unit, "floor": None, "cap": None}


def manual(text):
    return {"kind": "manual", "text": text}


def scheme(title, file, items, bonus=()):
    total = sum(i["points"] for i in items)
    return {"schema_version": "2.0", "kind": "scheme",
            "metadata": {"title": title, "source": {"file": file, "sha256": "", "format": "txt"}},
            "total_points": total,
            "categories": [{"id": "1", "name": "考核内容", "points": total}],
            "items": items, "bonus": list(bonus)}


LANGQIAO = scheme("20xx年度乡镇农业经济目标管理绩效考核办法", "004_langqiao_scheme.txt", [
    item("1", "粮食生产", 20, threshold("粮食总产比上年增长的得20分", cmp(">", 0, "%", "比上年增长"))),
    item("2", "规模以上农产品加工业发展", 10,
         per("每新增1家规模以上农产品加工企业得5分", 5, "家")),
    item("3", "农产品加工业产值", 8, threshold("农产品加工业总产值比上年增长8%以上的得8分",
                                               cmp(">=", 0.08, "%", "增长8%以上"))),
    item("4", "农业产业化联合体培育", 5, per("每新增1家农业产业化联合体得5分", 5, "家")),
    item("5", "龙头企业培育", 5, {"kind": "components", "text": "新增市级龙头企业每家得2分，新增省级龙头企业每家得3分",
                              "components": [{"label": "新增市级农业产业化龙头企业", "points": 2, "per_occurrence": True},
                                             {"label": "新增省级农业产业化龙头企业", "points": 3, "per_occurrence": True}]}),
    item("6", "家庭农场和示范合作社发展", 5,
         threshold("完成县农委下达的家庭农场培育任务得5分", cmp(">=", 13, "家", "培育任务13家"))),
    item("7", "农业“三品一标”认证", 5, per("每新增1个“三品一标”认证得2.5分", 2.5, "个")),
    item("8", "动物防疫工作", 10, threshold("完成春秋两次动物防疫任务并通过上级督查考核得10分")),
    item("9", "农产品质量安全监管建设", 10, threshold("通过上级主管部门督查考核得10分")),
    item("10", "生猪定点屠宰", 5, threshold("严格执行生猪定点屠宰制度，无私屠滥宰现象得5分")),
    item("11", "农业产业化及特色种养业扶贫", 7,
         threshold("特色种养业自种自养贫困户占建档立卡贫困户40%以上得7分", cmp(">=", 0.4, "%", "40%以上"))),
    item("12", "农民负担和村级财务管理", 5, manual("根据农民负担监管和村级财务管理情况综合评分")),
    item("13", "渔政管理", 5, manual("根据禁渔和打击非法捕鱼工作情况综合评分")),
], bonus=[{"id": "B1", "kind": "bonus", "text": "农业招商引资，每新增1个项目加2分", "points": 2, "cap": 4, "unit": "个"}])

ANREN = scheme("县直部门绩效管理考核办法（食品药品监管）", "004_anren_scheme.txt", [
    item("1", "明确工作目标，制定工作方案", 20,
         threshold("制定年度工作要点和各项工作方案15个以上得20分", cmp(">=", 15, "个", "15个以上"))),
    item("2", "强化措施，全力推进各项工作", 30, manual("责任到岗到人、调度点评、工作台帐等措施落实情况综合评分")),
    item("3", "加强协调，争取上级支持", 20,
         per("邀请市局领导和业务科室到县指导工作，每次得5分", 5, "次")),
    item("4", "完成市综合绩效考评指标任务", 30, threshold("全面完成市综合绩效考评指标任务得30分")),
])

WUHUA = scheme("区总工会部门整体支出绩效自评指标", "004_wuhua_scheme.txt", [
    item("1", "职工思想政治引领：举办职工大讲堂", 5, per("每举办1场职工大讲堂得1分", 1, "场")),
    item("2", "职业技能竞赛", 10, per("每举办1场次职业技能竞赛得0.5分", 0.5, "场次")),
    item("3", "工资集体协商：签订集体合同", 10,
         threshold("签订集体合同120份以上得10分", cmp(">=", 120, "份", "120份以上"))),
    item("4", "维权意见书落实率", 5, threshold("维权意见书意见落实率达95%以上得5分", cmp(">=", 0.95, "%", "95%以上"))),
    item("5", "困难职工帮扶覆盖", 10, threshold("实现帮扶困难职工全覆盖得10分")),
    item("6", "服务职工阵地：职工驿站建设", 10, threshold("打造职工驿站40个以上得10分", cmp(">=", 40, "个", "40个以上"))),
    item("7", "金秋助学", 5, threshold("金秋助学帮扶20人以上得5分", cmp(">=", 20, "人", "20人以上"))),
    item("8", "职工医疗互助", 10, threshold("医疗互助金发放7000人以上得10分", cmp(">=", 7000, "人", "7000人以上"))),
    item("9", "工会组建：八大群体建会", 10, threshold("八大群体建会300家以上得10分", cmp(">=", 300, "家", "300家以上"))),
    item("10", "资金管理制度", 10, threshold("建立财务管理、资金管理和专项资金管理制度得10分")),
    item("11", "农民工工资支付条例宣传", 5, per("每开展1次农民工工资支付条例宣传活动得0.5分", 0.5, "次")),
])

if __name__ == "__main__":
    from schemes.model import Scheme

    for name, data in [("004_langqiao", LANGQIAO), ("004_anren", ANREN), ("004_wuhua", WUHUA)]:
        scheme_ = Scheme.model_validate(data)
        (HERE / "schemes" / f"{name}.json").write_text(
            scheme_.model_dump_json(indent=1), encoding="utf-8")
        print(name, len(scheme_.items), "items")
