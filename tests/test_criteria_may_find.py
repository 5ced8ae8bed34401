"""``may_find``: whether the grammar could label a phrase, answered from the patterns' fixed words,
without the language pipeline; never False where ``analyse`` finds the label."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT
from schemes.criteria.grammar import PATTERNS, analyse, may_find
from schemes.criteria.rules import split_clauses

LABELS = sorted({"PER", *PATTERNS} - {"PER_BEFORE_AMOUNT"})


def gold_texts() -> list[str]:
    """Every criteria and entry text of the gold schemes, and each of their clauses."""
    texts = []
    for path in sorted((ROOT / "tests/data/gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for key in ("items", "bonus", "deductions"):
            for entry in gold.get(key, []):
                for text in (entry.get("criteria"), entry.get("text")):
                    if text:
                        texts += [text, *(c.text for c in split_clauses(text))]
    return sorted(set(texts))


@pytest.mark.parametrize("label", LABELS)
def test_may_find_is_never_false_where_analyse_finds_the_label(label):
    texts = gold_texts() + ["每项扣5分", "最多扣3分", "每季度积1分", "缴交率达100%", "按完成比例计分", "得0分",
                            "其责任部室酌情扣分", "加2至5分", "扣完为止", "该项不得分"]
    assert len(texts) > 200
    missed = [t for t in texts if not may_find(label, t) and any(lab == label for lab, *_ in analyse(t))]
    assert missed == []


def test_a_clause_without_the_words_of_a_deduction_cannot_hold_one():
    assert not may_find("PENALTY", "区总党组会确定的重点工作及有关督办工作")
    assert may_find("PENALTY", "延迟完成的每项扣3分")


def test_may_find_loads_neither_jieba_nor_spacy():
    code = ("import sys; from schemes.criteria.grammar import may_find; may_find('PENALTY', '未经请假的'); "
            "print(sorted(m for m in ('jieba', 'spacy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
