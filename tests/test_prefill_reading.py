"""Prefill, reading: figures, yes/no statements and counts as self-evaluation reports print them."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.model import Document, Paragraph, Provenance, Source
from pipeline.prefill import prefill_document
from pipeline.prefill.figures import figures
from pipeline.prefill.passages import numbering, segment
from pipeline.prefill.units import unit_name
from schemes.model import Scheme

DATA = Path(__file__).parent / "data" / "prefill"


def doc(*paragraphs: str, name: str = "report.txt") -> Document:
    blocks = [Paragraph(text=t, prov=Provenance(block=i, paragraph=i, char_end=len(t)))
              for i, t in enumerate(paragraphs)]
    return Document(source=Source(path=name, name=name, sha256="0", format="txt", size=1), blocks=blocks)


def scheme(name: str) -> Scheme:
    return Scheme.model_validate_json((DATA / "schemes" / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("text, expected", [
    ("签订集体合同142份", [(142, "份", False)]),
    ("比上年增长7.38%", [(0.0738, "%", False)]),
    ("比例达到百分之九十五", [(0.95, "%", False)]),
    ("两万余人参加", [(20000, "人", True)]),
    ("参保人数一千二百四十人", [(1240, "人", False)]),
    ("迟到早退两人次", [(2, "人次", False)]),
    ("任务13家，完成26家", [(13, "家", False), (26, "家", False)]),
])
def test_figures_with_units_and_chinese_numerals(text, expected):
    assert [(round(f.value, 6), f.unit, f.approx) for f in figures(text)] == expected


@pytest.mark.parametrize("text", ["黄酒集团工会二〇一九年度工作", "根据泾农[20xx]191号文件", "第五届“云岭工匠”评选",
                                  "考核标准分为20分", "《关于公布2019年12家示范社的通知》", "一是将各项工作明确", "开展“1+x”督查"])
def test_dates_document_numbers_ordinals_points_and_titles_are_no_figures(text):
    assert figures(text) == []


def test_numbering_prefixes():
    assert numbering("1．开展宣讲") == ("arabic", "1", 2)
    assert numbering("（三）女职工组织建设")[:2] == ("cn_paren", "3")
    assert numbering("3.5 职工医疗互助保障")[:2] == ("dotted", "3.5")
    assert numbering("第14项：职工参保率")[:2] == ("item", "14")
    assert numbering("2019年，我会") is None


def test_unit_named_from_title_known_units_and_self_reference():
    assert unit_name("城投集团工会2019年度重点工作自评报告", "", ["城投集团", "交投集团"]) == \
        ("城投集团", "known unit in the title")
    assert unit_name("区总工会组织部2023年度创先争优绩效考核自评报告", "") == ("组织部", "title")
    text = "我镇…制定了《泾县榔桥镇20xx年农资打假专项治理行动实施方案》、《榔桥镇农产品质量安全事故应急预案》"
    assert unit_name("工会绩效自评报告(精选3篇)", text) == ("榔桥镇", "self-reference")


def _result(scheme_name: str, *paragraphs: str):
    return {t.target: t for t in prefill_document(scheme(scheme_name), doc(*paragraphs), unit="单位").targets}


def test_completion_against_a_stated_target_takes_the_completion_and_notes_the_target():
    t = _result("004_langqiao.json", "6、家庭农场和示范合作社发展。",
                "县农委下达我镇家庭农场培育任务13家，完成26家，超额完成任务。")["6"]
    p = t.proposals[0]
    assert (p.input, p.value, p.status) == ("value", "26", "proposed")
    assert p.flags == ["stated target 13家, claimed 26家"]
    assert p.evidence == "县农委下达我镇家庭农场培育任务13家，完成26家，超额完成任务。"
    assert p.evidence[p.value_span[0]:p.value_span[1]] == "26家"


def test_a_rate_target_reads_the_rate_not_the_tonnage():
    p = _result("004_langqiao.json", "1、粮食生产。",
                "上年粮食总产18856.1吨，今年粮食总产达20247.2吨，比上年增长7.38%。")["1"].proposals[0]
    assert (p.value, p.flags) == ("7.38%", [])


def test_two_different_figures_for_one_item_are_flagged_not_resolved():
    t = _result("001.json", "五、就业援助（第15项）。就业援助服务成功率达到25.4%。",
                "年终统计，就业援助服务成功率为24.1%。")["15"]
    p = t.proposals[0]
    assert p.check and p.flags[0].startswith("contradiction: ")
    assert {"25.4%", "24.1%"} <= set(p.flags[0].replace(" ", "").replace("vs", ",").split(":")[1].split("(")[0]
                                     .split(","))


def test_yes_no_statements():
    got = _result("004_wuhua.json", "实现帮扶困难职工全覆盖、常态化、精准化。")["5"].proposals[0]
    assert (got.input, got.value) == ("met", "是")
    got = _result("004_langqiao.json", "10、生猪定点屠宰。", "严格执行生猪定点屠宰制度，未发现私屠滥宰现象。")["10"]
    assert got.proposals[0].value == "是"
    got = _result("004_wuhua.json", "区总工会尚未建立财务管理制度和专项资金管理制度。")["10"]
    assert got.proposals[0].value == "否"


def test_failure_counts_in_a_deduction_scheme():
    r = _result("003.json", "部室人员参加集中学习和月度例会，无故迟到或早退1人次，未经请假缺席0次。",
                "全年下基层调研时间未达到要求。")
    assert r["2.2"].proposals[0].value == "1"
    assert r["2.1"].proposals[0].value == "0"
    p = r["4.2"].proposals[0]
    assert (p.value, p.flags) == ("1", ["counted once: the failure is stated without a number"])


def test_zero_from_a_statement_that_nothing_went_wrong():
    r = _result("003.json", "宣教部人员全年没有无故迟到早退现象。")
    assert r["2.2"].proposals[0].value == "0"


def test_levels_and_shared_awards():
    r = _result("003.json", "与组织部共同承担的“劳模工匠宣讲”项目获市总表彰，另获全总表彰1项。")
    got = {p.input: p.value for p in r["B1"].proposals if p.value}
    assert got == {"shared_count:市总": "1", "count:全总": "1"}


def test_listed_things_are_counted_and_flagged():
    r = _result("004_langqiao.json", "14、农业招商引资。",
                "附加分4分，续建项目：一品天下茶产业园项目；新增项目：葛根种植推广及深加工产业化项目，泾县榔桥溪头木梳示范基地项目。")
    p = r["B1"].proposals[0]
    assert p.value == "2" and p.check


def test_items_the_report_does_not_address_are_no_evidence_never_guessed():
    r = _result("001.json", "全区经审组织同步组建率达99.2%。")
    assert r["5"].proposals[0].value == "99.2%"
    others = [t for tid, t in r.items() if tid != "5"]
    assert all(t.status == "no evidence" and not any(p.value for p in t.proposals) for t in others)


def test_manual_items_are_linked_with_evidence_and_left_to_the_rater():
    r = _result("002.json", "城投集团工会2019年度重点工作自评报告", "一、思想引领",
                "1．开展“新时代、新思想、新气象、新征程”宣传宣讲活动，深入各项目部宣讲18场。")
    t = r["1.1"]
    assert t.status == "linked"
    assert [(p.input, p.value, p.status) for p in t.proposals] == [("score", "", "linked")]
    assert t.proposals[0].evidence.startswith("1．开展“新时代")


def test_sentences_keep_their_place_in_the_document():
    seg = segment(doc("标题", "第一句。第二句，有逗号；第三句"))
    assert [(s.text, s.where.paragraph, s.where.start, s.where.end) for s in seg.sentences] == [
        ("标题", 0, 0, 2), ("第一句。", 1, 0, 4), ("第二句，有逗号；", 1, 4, 12), ("第三句", 1, 12, 15)]


def test_a_decrease_is_a_negative_growth_and_flagged():
    p = _result("004_langqiao.json", "1、粮食生产。", "20xx年全镇粮食总产15320吨，比上年减少2.1%。")["1"].proposals[0]
    assert p.value == "-2.1%" and p.check


def test_nothing_new_is_a_count_of_zero():
    p = _result("004_langqiao.json", "4、农业产业化联合体培育。", "本年度未新增农业产业化联合体。")["4"].proposals[0]
    assert (p.input, p.value) == ("count", "0")
