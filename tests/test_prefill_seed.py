"""The seed report 1 of 004 (榔桥镇, item by item): its eight figures with their evidence sentences, and
the test set measured as `kaohe eval-prefill` does."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.prefill import prefill_file
from pipeline.prefill.evaluate import evaluate, totals
from schemes.model import Scheme

DATA = Path(__file__).parent / "data" / "prefill"


@pytest.fixture(scope="module")
def seed1():
    scheme = Scheme.model_validate_json((DATA / "schemes" / "004_langqiao.json").read_text(encoding="utf-8"))
    return prefill_file(scheme, DATA / "reports" / "seed_1_langqiao.txt")


def test_seed_report_1_names_its_unit(seed1):
    assert (seed1.unit, seed1.unit_source) == ("榔桥镇", "self-reference")


@pytest.mark.parametrize("item, inp, value, sentence", [
    ("1", "value", "7.38%", "考核标准分为20分,20xx年我镇粮食总产18856.1吨,20xx年粮食总产达20247.2吨,比上年增长7.38%。"),
    ("2", "count", "0", "考核标准分为10分,我镇20xx年无新增规模以上农产品加工企业。"),
    ("3", "value", "9.4%", "考核标准分为8分,20xx年我镇积极扶持农产品加工企业的发展,20xx年农产品加工业总产值74583万元,"
                           "20xx年农产品加工业总产值达81570万元,比上年增长9.4%,并每月按时统计上报(见附后:泾县20xx年农产品"
                           "加工业产值调查统计表)。"),
    ("4", "count", "1", "考核标准分5分,20xx年我镇新增农业产业化联合体1家:安徽省泾县营盘山青梅产业化联合体。"),
    ("5", "count:1", "1", "考核标准分5分,20xx年我镇新增市级农业产业化龙头企业1家:安徽一品天下茶产业开发有限公司。"),
    ("5", "count:2", "1", "省级农业产业化龙头企业1家:安徽泾县其华涌溪火青茶叶有限公司。"),
    ("6", "value", "26", "考核标准分为5分,20xx年县农委下达我镇家庭农场培育任务13家,完成26家,超额完成县农委下达我镇家庭农场"
                         "培育任务,当年被认定为县级示范家庭农场的是:泾县杨八子水稻种植家庭农场,市级示范家庭农场的是:泾县汤淼油茶"
                         "种植家庭农场。"),
    ("7", "count", "2", "考核标准分为5分,20xx年我镇新增绿色食品标志认证1个,获证单位为:安徽泾县英发茶厂,产品名称:百户坑"
                        "(绿茶),产品编号:lb-44-a;"),
    ("11", "value", "41%", "我镇建档立卡贫困户特色种养业自种自养达到“皖农办[20xx]51号”文件标准583户,占建档立卡贫困户的41%;"),
])
def test_seed_report_1_values_with_their_evidence(seed1, item, inp, value, sentence):
    t = next(t for t in seed1.targets if t.target == item)
    p = next(p for p in t.proposals if p.input == inp)
    assert (p.value, p.status) == (value, "proposed")
    assert sentence.endswith(p.evidence) or p.evidence.endswith(sentence) or p.evidence == sentence


def test_seed_report_1_attachments_are_kept(seed1):
    t = next(t for t in seed1.targets if t.target == "1")
    assert t.attachments == ["见附后:20xx年农作物生产情况统计表"]


def test_seed_report_1_sums_are_flagged_for_a_check(seed1):
    p = next(t for t in seed1.targets if t.target == "7").proposals[0]
    assert p.flags == ["sum of several figures: 1个 + 1个"] and p.check


def test_test_set_meets_the_targets():
    scores = evaluate(DATA)
    tot = totals(scores)
    assert tot["reports"] == 23
    assert tot["f1"] >= 0.90
    assert tot["exact"] >= 0.85
    assert tot["wrong_flagged"] == 1.0  # every wrong value flagged or below "check"
    assert tot["units"] == 1.0
