"""Property tests: every synthetic layout gives the right items or says why not.

The generator (tests/layout_generator.py) varies header depth (1–3), rows
above the header (title, form fields), a code column, hierarchy columns (0–2)
or section rows across the width, a weight column beside the points, and
deduction-only criteria; documents hold one or several scheme tables and a
distractor table.
"""

import itertools
import random

import pytest

from layout_generator import Spec, build
from pipeline.extract import extract_scheme

ALL = [Spec(header_depth=d, title_rows=t, code=c, levels=lv, sections=s, weights=w, points=p, merged=m, known_words=k)
       for d, t, c, lv, s, w, p, m, k in itertools.product(
           (1, 2, 3), (0, 1, 2), (True, False), (0, 1, 2), (False, True), (False, True), (True, False),
           ("merged", "repeated", "blank"), (True, False))
       if not (s and lv == 0)]
SAMPLE = random.Random(10).sample(ALL, 60)


def _read(built):
    scheme = extract_scheme(built.document)
    got = [(i.text, i.points, [c.name for c in scheme.category_path(i.category) if c.name], i.weight)
           for i in scheme.items]
    want = [(e.text, e.points, e.path, e.weight) for e in built.expected]
    return scheme, got, want


@pytest.mark.parametrize("spec", SAMPLE, ids=lambda s: (
    f"h{s.header_depth}-t{s.title_rows}-{'code' if s.code else 'nocode'}-l{s.levels}"
    f"{'-sect' if s.sections else ''}{'-w' if s.weights else ''}{'' if s.points else '-deduct'}"
    f"-{s.merged}{'' if s.known_words else '-unknownwords'}"))
def test_each_layout_gives_its_items_points_weights_and_category_path(spec):
    scheme, got, want = _read(build([spec]))
    assert scheme.kind == "scheme"
    assert got == want


@pytest.mark.parametrize("spec", [s for s in SAMPLE if not s.points][:6], ids=str)
def test_deduction_only_criteria_are_items_without_maxima_in_a_deduction_scheme(spec):
    scheme, _, _ = _read(build([spec]))
    assert all(i.points is None for i in scheme.items) and scheme.scoring_model == "deduction"


def test_several_scheme_tables_are_each_a_top_level_category_named_by_their_caption():
    specs = [Spec(header_depth=2, levels=1), Spec(header_depth=1, levels=2, code=False)]
    scheme, got, want = _read(build(specs, captions=["表1 设计考核", "表2 季度考核"]))
    assert got == want
    assert [c.name for c in scheme.children_of(None)] == ["设计考核", "季度考核"]
    assert [c.code for c in scheme.children_of(None)] == ["表1", "表2"]


def test_a_table_without_points_or_scoring_phrases_is_flagged_not_read():
    scheme, got, want = _read(build([Spec()], with_distractor=True))
    assert got == want
    flags = [f for f in scheme.flags if f.kind == "non_scheme_table"]
    assert len(flags) == 1 and flags[0].target == "table 0" and "no points column" in flags[0].message


def test_a_repeated_table_is_read_once_and_flagged():
    scheme, got, want = _read(build([Spec(), Spec()]))
    assert got == want[: len(want) // 2]
    assert [f.kind for f in scheme.flags].count("repeated_sheets") == 1


def test_weights_are_fractions_and_never_points():
    scheme, _, _ = _read(build([Spec(weights=True)]))
    assert {i.weight for i in scheme.items} == {0.1} and all(i.points and i.points >= 2 for i in scheme.items)


def test_a_deduction_only_form_is_a_deduction_scheme_and_says_when_its_base_is_missing():
    scheme, _, _ = _read(build([Spec(points=False)]))
    assert scheme.scoring_model == "deduction" and scheme.base_points is None
    assert "missing_base" in [f.kind for f in scheme.flags]


def test_a_weight_table_without_points_is_a_scheme_of_weighted_items():
    from extractors.model import Document, Source
    from test_extract_layout_stage import grid_table

    t = grid_table([["一级指标", "考核内容", "权重"], ["党建", "理论学习", "30%"], ["党建", "组织生活", "20%"],
                    ["业务", "完成目标", "50%"]], {(1, 0): (2, 1)})
    doc = Document(source=Source(path="w.docx", name="w.docx", sha256="0" * 64, format="docx", size=0), blocks=[t])
    scheme = extract_scheme(doc)
    assert [(i.text, i.points, i.weight) for i in scheme.items] == [
        ("理论学习", None, 0.3), ("组织生活", None, 0.2), ("完成目标", None, 0.5)]


def test_a_table_continued_on_the_next_page_is_read_as_one():
    from extractors.model import Document, Paragraph, Provenance, Source
    from test_extract_layout_stage import grid_table

    head = ["考核内容", "分值", "评分标准"]
    first = grid_table([head, ["一、基础工作（14分）", "", ""], ["建立制度", "5", "未建立扣5分"], ["开展培训", "3", "未开展扣3分"]],
                       {(1, 0): (1, 3)})
    second = grid_table([head, ["按时上报", "2", "迟报扣1分"], ["完成目标", "4", "未完成不得分"]])
    page = Paragraph(text="- 2 -", prov=Provenance(block=1, paragraph=1))
    doc = Document(source=Source(path="c.pdf", name="c.pdf", sha256="0" * 64, format="pdf", size=0),
                   blocks=[first, page, second])
    scheme = extract_scheme(doc)
    assert [(i.text, [c.name for c in scheme.category_path(i.category) if c.name]) for i in scheme.items] == [
        ("建立制度", ["基础工作"]), ("开展培训", ["基础工作"]), ("按时上报", ["基础工作"]), ("完成目标", ["基础工作"])]
    assert [(c.name, c.points) for c in scheme.categories] == [("基础工作", 14.0)]
