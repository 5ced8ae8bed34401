"""Rule kinds are registered once, score and explain from one trace; explanations are built in batches."""

from __future__ import annotations

import json
import typing

import numpy as np
import pyarrow as pa
import pytest

from pipeline.scoring.engine import score
from pipeline.scoring.explain import Explainer
from pipeline.scoring.inputs import Contract
from pipeline.scoring.output import SEPARATOR, write_explanation_stream
from pipeline.scoring.rule_kinds import Context, RuleKind, distinct, kind_of, registered, rule_kind
from pipeline.scoring.rules import render_rule, trace_rule
from pipeline.scoring.submissions import validate
from pipeline.scoring.tables import RawTable
from schemes.model import Comparison, Item, PerOccurrenceRule, Rule, ThresholdRule


def test_every_rule_of_the_model_has_exactly_one_registered_kind():
    kinds = {model.model_fields["kind"].default for model in typing.get_args(typing.get_args(Rule)[0])}
    assert sorted(registered()) == sorted(kinds)
    assert kind_of(None).name == "manual"


def test_a_kind_cannot_be_registered_twice():
    with pytest.raises(ValueError, match="'threshold' registered twice"):
        @rule_kind("threshold")
        class Again(RuleKind):
            def describe(self, item, deduction):
                return ""

            def trace(self, item, get, n, *, deduction, unit_target=None):
                return None

            def render(self, item, row, ctx):
                return "", []


def test_distinct_rows_and_each_units_row():
    rows, inverse = distinct({"a": np.array([1, 2, 1, 1]), "b": np.array([True, False, True, False])}, 4)
    assert [rows[k] for k in inverse] == [{"a": 1, "b": 1}, {"a": 2, "b": 0}, {"a": 1, "b": 1}, {"a": 1, "b": 0}]
    assert len(rows) == 3


def _columns(values: dict[str, list[int]], present: dict[str, list[bool]]):
    def get(name: str):
        n = len(next(iter(values.values())))
        return (np.array(values.get(name, [0] * n), dtype=np.int64),
                np.array(present.get(name, [False] * n), dtype=bool))
    return get


def test_the_text_shows_the_numbers_the_score_was_made_of():
    item = Item(id="7", category="1", text="每少一人扣0.5分", points=3, rule=PerOccurrenceRule(delta=-0.5, unit="人", floor=0))
    get = _columns({"count": [2_000_000, 9_000_000]}, {"count": [True, True]})
    tr = trace_rule(item, get, 2, deduction=False)
    rows, inverse = distinct(tr.cols, 2)
    texts = [render_rule(item, rows[k], Context(False, ["甲", "乙"])) for k in inverse]
    assert tr.score.tolist() == [2_000_000, 0]
    assert texts == [("3 − 2×0.5 = 2", []), ("3 − 9×0.5 = −1.5 → floor 0", ["floor 0 (扣完为止)"])]


def test_a_gate_that_fails_zeroes_the_rule_and_says_why():
    item = Item(id="8", category="1", text="覆盖率", points=2, rule=ThresholdRule(target=Comparison(op=">=", value=0.9),
                                                                 gate="台账缺失"))
    get = _columns({"value": [950_000], "met": [0]}, {"value": [True], "met": [True]})
    tr = trace_rule(item, get, 1, deduction=False)
    rows, _inverse = distinct(tr.cols, 1)
    assert tr.score.tolist() == [0]
    assert render_rule(item, rows[0], Context(False, ["甲"])) == (
        "gate not met (台账缺失) → 0 (rule alone: value 0.95 vs target >= 0.9: 0.95 ≥ 0.9 → reached → 2)",
        ["gate not met (台账缺失): whole item 0"])


@pytest.fixture(scope="module")
def small_run():
    import pandas as pd

    from schemes.model import Category, DocumentRef, Metadata, Scheme

    scheme = Scheme(metadata=Metadata(title="t", source=DocumentRef(file="-", sha256="0" * 64, format="txt")),
                    categories=[Category(id="1", name="组织")],
                    items=[Item(id="1.1", category="1", text="参会率", points=4,
                                rule=ThresholdRule(target=Comparison(op=">=", value=0.8))),
                           Item(id="1.2", category="1", text="缺报次数", points=2,
                                rule=PerOccurrenceRule(delta=-1, unit="次", floor=0))])
    units = [f"单位{k}" for k in range(7)]
    facts = [(u, "1.1", "value", f"{70 + 5 * k}%") for k, u in enumerate(units)]
    facts += [(u, "1.2", "count", str(k % 3)) for k, u in enumerate(units)]
    df = pd.DataFrame(facts, columns=["unit", "item", "input", "value"])
    df["rater"], df["evidence"], df["sheet"], df["row"] = "", "", None, range(2, len(df) + 2)
    contract = Contract(scheme)
    return score(validate(RawTable("facts.csv", "long", df), contract), contract)


def test_explanations_in_batches_are_those_of_each_unit(small_run, monkeypatch):
    import pipeline.scoring.explain as explain

    monkeypatch.setattr(explain, "BATCH", 3)
    ex = Explainer(small_run)
    batched = [json.loads(text) for batch in ex.batches() for text in batch.to_pylist()]
    alone = [Explainer(small_run).unit_dict(u) for u in range(small_run.n)]
    assert batched == alone and len(batched) == 7
    assert alone[4]["items"][0]["arithmetic"] == "value 0.9 vs target >= 0.8: 0.9 ≥ 0.8 → reached → 4"


def test_explanations_json_is_an_array_of_one_unit_per_line(small_run, tmp_path, monkeypatch):
    import pipeline.scoring.explain as explain

    monkeypatch.setattr(explain, "BATCH", 4)
    kept = write_explanation_stream(Explainer(small_run).batches(SEPARATOR), tmp_path / "e.json", keep=[5])
    text = (tmp_path / "e.json").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == "[" and lines[-1] == "]" and len(lines) == 7 + 2
    assert json.loads(text) == [Explainer(small_run).unit_dict(u) for u in range(7)]
    assert kept == {5: Explainer(small_run).unit_dict(5)}


def test_no_units_write_an_empty_array(tmp_path):
    assert write_explanation_stream(iter([pa.array([], pa.string())]), tmp_path / "e.json") == {}
    assert json.loads((tmp_path / "e.json").read_text(encoding="utf-8")) == []


def test_a_lookup_scores_count_times_the_points_of_each_pair_up_to_its_cap():
    from pipeline.scoring.inputs import item_target
    from schemes.model import DocumentRef, LookupRule, Metadata, Scheme

    rule = LookupRule(levels={"国家级×一等奖": 3, "国家级×二等奖": 2, "省级×一等奖": 1}, unit="人", cap=5)
    item = Item(id="2", category="1", text="学科竞赛", points=5, rule=rule)
    get = _columns({"count:国家级×一等奖": [1_000_000, 2_000_000], "count:省级×一等奖": [1_000_000, 0]},
                   {"count:国家级×一等奖": [True, True], "count:省级×一等奖": [True, False]})
    tr = trace_rule(item, get, 2, deduction=False)
    rows, inverse = distinct(tr.cols, 2)
    texts = [render_rule(item, rows[k], Context(False, ["甲", "乙"])) for k in inverse]
    assert tr.score.tolist() == [4_000_000, 5_000_000]
    assert texts == [("国家级×一等奖 3 × 1 + 省级×一等奖 1 × 1 = 4", []),
                     ("国家级×一等奖 3 × 2 = 6 → cap 5", ["capped at the item's max 5"])]
    meta = Metadata(source=DocumentRef(file="t.docx", sha256="0" * 64, format="docx"))
    spec = item_target(Scheme(metadata=meta, items=[item]), item)
    assert spec.template_inputs == ["count:国家级×一等奖", "count:国家级×二等奖", "count:省级×一等奖"]


def test_a_signed_adjustment_adds_the_chosen_amount_with_its_sign():
    from schemes.model import RangeRule

    item = Item(id="12", category="1", text="质量抽查结果", points=None,
                rule=RangeRule(min=-10, max=10, direction="adjust", text="±10"))
    get = _columns({"score": [-3_500_000, 6_000_000, 0]}, {"score": [True, True, False]})
    tr = trace_rule(item, get, 3, deduction=False)
    rows, inverse = distinct(tr.cols, 3)
    texts = [render_rule(item, rows[k], Context(False, ["甲", "乙", "丙"]))[0] for k in inverse]
    assert tr.score.tolist() == [-3_500_000, 6_000_000, 0]
    assert texts == ["chosen −3.5 within −10–10 → −3.5", "chosen 6 within −10–10 → +6", "chosen 0 within −10–10 → +0"]


def test_a_signed_adjustment_accepts_a_negative_score_inside_its_range_and_refuses_one_outside():
    import pandas as pd

    from pipeline.scoring.errors import SubmissionError
    from schemes.model import Category, DocumentRef, Metadata, RangeRule, Scheme

    scheme = Scheme(metadata=Metadata(title="t", source=DocumentRef(file="-", sha256="0" * 64, format="txt")),
                    categories=[Category(id="1", name="质量")],
                    items=[Item(id="1.1", category="1", text="台账", points=10, rule=ThresholdRule()),
                           Item(id="1.2", category="1", text="质量抽查结果", points=None,
                                rule=RangeRule(min=-10, max=10, direction="adjust", text="±10"))])
    contract = Contract(scheme)

    def facts(value: str) -> RawTable:
        df = pd.DataFrame([("甲", "1.1", "met", "是"), ("甲", "1.2", "score", value)],
                          columns=["unit", "item", "input", "value"])
        df["rater"], df["evidence"], df["sheet"], df["row"] = "", "", None, range(2, 4)
        return RawTable("facts.csv", "long", df)

    run = score(validate(facts("-4"), contract), contract)
    assert run.total.tolist() == [6_000_000]
    with pytest.raises(SubmissionError) as refused:
        validate(facts("-12"), contract)
    assert str(refused.value) == ("facts.csv, row 3, column value: score -12 is outside the range -10–10 of 1.2; "
                                  "choose an amount within it, or 0 when nothing applies; nothing was scored")
