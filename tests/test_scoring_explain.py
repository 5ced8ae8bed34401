"""Explanations agree with the column-wise scores; the bench's naive loop agrees with both."""

from __future__ import annotations

import importlib.util
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.scoring import score_file
from pipeline.scoring.engine import score
from pipeline.scoring.explain import Explainer, describe_rule, explain_unit
from pipeline.scoring.inputs import Contract
from scoring_schemes import full_facts, scheme_001, write_long_csv

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_score.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_score", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def synthetic(bench):
    scheme = bench.synthetic_scheme(40)
    contract = Contract(scheme)
    df = bench.synthetic_facts(scheme, 300, seed=11)
    sub, res = bench.kaohe_run(contract, df)
    return bench, scheme, df, res


def test_every_explanation_retraces_the_engine_score(synthetic):
    *_, res = synthetic
    ex = Explainer(res)
    units = [ex.unit(u) for u in range(res.n)]  # raises ExplanationMismatch on any disagreement
    assert len(units) == 300 and all(len(u.items) == 40 for u in units)


def test_naive_loop_gives_the_same_totals(synthetic):
    bench, scheme, df, res = synthetic
    naive = bench.naive_score(scheme, bench.naive_parse(df))
    fast = {u: Decimal(int(res.total[i])) / Decimal(10**6) for i, u in enumerate(res.units)}
    assert fast == naive


def test_engine_is_deterministic(synthetic):
    *_, res = synthetic
    again = score(res.submission, res.contract)
    assert (again.total == res.total).all() and again.grade == res.grade


def explained(tmp_path, item_id, override):
    s = scheme_001()
    res = score_file(s, write_long_csv(tmp_path / "f.csv", full_facts(s, "区总工会", **{item_id: override})))
    return next(i for i in explain_unit(res, 0).items if i.id == item_id)


def test_components_explanation_lists_each_component(tmp_path):
    line = explained(tmp_path, "2", [("met:1", "是"), ("met:2", "否")])
    assert line.arithmetic == "1. 建会率达到目标要求: met; 2. 职工入会率完成市总目标任务: not met → 5 + 0 = 5"


def test_labelled_tier_explanation(tmp_path):
    line = explained(tmp_path, "28", [("met:1", "是"), ("met:2", "是")])
    assert line.arithmetic == "tier met:2 上缴经费在市总考核基数上增长 reached → 7 (highest of met:1, met:2)"


def test_gate_explanation(tmp_path):
    line = explained(tmp_path, "16", [("met:1", "是"), ("met", "否")])
    assert line.arithmetic == "gate not met (困难职工建档率不达标) → 0 (rule alone: tier met:1 全面实施各项活动并取得明显实效 reached → 3)"


def test_threshold_rate_explanation(tmp_path):
    line = explained(tmp_path, "5", ("value", "97.5%"))
    assert line.arithmetic == "value 0.975 vs target >= 98%: 0.975 < 0.98 → not reached → 0"


def test_explanation_keeps_the_submitted_text_and_evidence(tmp_path):
    s = scheme_001()
    facts = full_facts(s, "区总工会", **{"5": None}) + [("区总工会", "5", "value", "99%", "经审办", "组建率统计表")]
    res = score_file(s, write_long_csv(tmp_path / "f.csv", facts))
    line = next(i for i in explain_unit(res, 0).items if i.id == "5")
    f = line.inputs[0]
    assert (f.input, f.value, f.rater, f.evidence, f.row) == ("value", "99%", "经审办", "组建率统计表", len(facts) + 1)


def test_rule_descriptions():
    s = scheme_001()
    assert describe_rule(s.item("28"), False) == \
        "tiers (highest reached counts): 1. 完成经费上缴考核基数 → 4; 2. 上缴经费在市总考核基数上增长 → 7"
    assert describe_rule(s.item("5"), False) == "threshold: 3 if value >= 98%, else 0 (or `met` yes/no)"
