"""Prefill reads every format kaohe reads: a PDF of a report proposes what its docx/txt proposes."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.prefill import prefill_file
from pipeline.prefill.passages import _sentences_of
from schemes.model import Scheme

DATA = Path(__file__).parent / "data" / "prefill"


def _values(path: Path) -> dict[tuple[str, str], str]:
    scheme = Scheme.model_validate_json((DATA / "schemes" / "002.json").read_text(encoding="utf-8"))
    result = prefill_file(scheme, path)
    return {(t.target, p.input): p.value for t in result.targets for p in t.proposals if p.value}


@pytest.mark.parametrize("original, pdf", [("r10_jiaotou_table.docx", "r10_jiaotou_table.pdf"),
                                           ("r08_chengtou_itemwise.txt", "r08_chengtou_itemwise.pdf")])
def test_the_pdf_of_a_report_gives_the_same_values(original, pdf):
    expected = _values(DATA / "reports" / original)
    assert expected  # the report does give values
    assert _values(DATA / "pdf" / pdf) == expected


def test_a_table_laid_out_as_text_reads_the_completion_column_not_the_target():
    assert _values(DATA / "pdf" / "r10_jiaotou_table.pdf") == {
        ("3.5", "value"): "980", ("6.1", "count"): "1", ("6.6", "value"): "72%"}


def test_numbering_glued_to_the_line_before_starts_a_sentence():
    text = "二、岗位建功1．广泛开展劳动和技能竞赛6项。三、维权帮扶1．全年参保职工1260人，增长7.38%。"
    assert [text[a:b] for a, b in _sentences_of(text)] == [
        "二、岗位建功", "1．广泛开展劳动和技能竞赛6项。", "三、维权帮扶", "1．全年参保职工1260人，增长7.38%。"]
