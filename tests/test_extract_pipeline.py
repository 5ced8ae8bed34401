"""Extraction as one pipeline: registered stages, competing readings, decisions, flags kept.

Each test builds, in the document model, the smallest document showing the behaviour.
"""

from typer.testing import CliRunner

from extractors.model import Document, Paragraph, Provenance, Source
from kaohe.cli import app
from pipeline.extract import check_stages, extract_scheme, extract_scheme_explained, pipeline
from pipeline.extract.stages import Stage
from test_extract_layout_stage import grid_table

HEADER = ["考核类别", "序号", "考核内容", "分值"]


def _doc(*blocks) -> Document:
    return Document(source=Source(path="t.docx", name="t.docx", sha256="0" * 64, format="docx", size=0),
                    blocks=list(blocks))


def _table(rows, index: int, merges=None):
    t = grid_table(rows, merges)
    prov = Provenance(block=index, table=index)
    return t.model_copy(update={"prov": prov, "cells": [c.model_copy(update={"prov": prov}) for c in t.cells]})


def _para(text: str, index: int) -> Paragraph:
    return Paragraph(text=text, prov=Provenance(block=index, paragraph=index))


# ------------------------------------------------------------------ stages


def test_the_stages_run_in_order_numerals_facts_layout_readings_rules_choose_scheme():
    assert [s.name for s in pipeline()] == ["numerals", "facts", "layout", "readings", "rules", "choose", "scheme"]


def test_every_requirement_of_a_stage_is_assigned_by_an_earlier_stage():
    assert check_stages() == []


def test_a_stage_requiring_what_no_earlier_stage_assigns_is_reported():
    stages = [Stage("b", lambda ex: None, ("chosen",), ("scheme",), ""),
              Stage("a", lambda ex: None, ("doc",), ("chosen",), "")]
    assert check_stages(stages) == ["stage b requires chosen, which no earlier stage assigns"]


def test_kaohe_extract_stages_lists_the_stages_and_the_readers():
    result = CliRunner().invoke(app, ["extract", "--stages"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert [ln.split(":")[0] for ln in lines if ln[:1].isdigit()] == [
        "1. numerals", "2. facts", "3. layout", "4. readings", "5. rules", "6. choose", "7. scheme"]
    assert "every requirement is assigned by an earlier stage" in result.output
    assert "  table: tables/layout (priority 0)" in result.output
    assert "  prose: outline/inline_points (priority 2)" in result.output


# ------------------------------------------------------------------ readings compete


def test_a_one_header_table_is_read_by_the_one_table_reader_and_its_report_explained():
    t = _table([HEADER, ["组织建设", "1", "建立工会组织", "10"], ["组织建设", "2", "按期换届", "10"],
                ["合计", "", "", "20"]], 0)
    scheme, explain = extract_scheme_explained(_doc(t))
    assert [(i.text, i.points) for i in scheme.items] == [("建立工会组织", 10.0), ("按期换届", 10.0)]
    assert [line.split(":")[0] for line in explain if line.startswith("[choose] table 0 by ")] == [
        "[choose] table 0 by tables/layout"]
    assert any(line.startswith("[choose] table 0 by tables/layout: 2 item(s), 2 with points; adds up; point mentions 3/3")
               for line in explain)


def test_prose_items_are_not_used_when_the_tables_gave_items_and_the_rule_is_named():
    t = _table([HEADER, ["组织建设", "1", "建立工会组织", "10"], ["组织建设", "2", "按期换届", "10"]], 1)
    scheme, explain = extract_scheme_explained(_doc(_para("1.另行开展调研（5分）", 0), t))
    assert [i.text for i in scheme.items] == ["建立工会组织", "按期换届"]
    assert "[choose] prose: tables_first: the scheme tables gave the items; prose items not used" in explain


def test_prose_readers_record_their_decisions():
    scheme, explain = extract_scheme_explained(_doc(
        _para("一、组织建设（15分）", 0), _para("1.建立工会组织（10分）", 1), _para("2.按期换届（5分）", 2)))
    assert [(i.text, i.points) for i in scheme.items] == [("建立工会组织", 10.0), ("按期换届", 5.0)]
    assert "[readings] prose by outline/inline_points: 2 numbered line(s) with inline points" in explain
    assert any(line.startswith("[choose] prose: outline/inline_points chosen") for line in explain)


# ------------------------------------------------------------------ tables continued over a page break


def test_a_table_continued_without_its_header_joins_the_category_it_continues():
    first = _table([HEADER, ["组织建设（20分）", "1", "建立工会组织", "10"],
                    ["组织建设（20分）", "2", "按期换届", "10"],
                    ["维权服务（20分）", "3", "签订集体合同", "10"]], 0, {(1, 0): (2, 1)})
    second = _table([["维权服务（续）", "4", "开展法律援助", "10"], ["建功立业（15分）", "5", "组织劳动竞赛", "15"],
                     ["合计", "", "", "55"]], 1)
    scheme, explain = extract_scheme_explained(_doc(first, second))
    assert [(c.name, c.points) for c in scheme.categories] == [("组织建设", 20.0), ("维权服务", 20.0),
                                                               ("建功立业", 15.0)]
    assert [i.category for i in scheme.items] == ["1", "1", "2", "2", "3"]
    assert [f.kind for f in scheme.flags] == []
    assert "[layout] table 1: continuation table (continues table 0 (same header, nothing between them))" in explain


# ------------------------------------------------------------------ flags are collected at the end


def test_a_target_table_whose_rows_disagree_with_its_total_row_is_flagged_in_the_scheme():
    items = _table([HEADER, ["组织建设", "1", "完成发展会员目标任务", "10"], ["组织建设", "2", "按期换届", "10"]], 0)
    targets = _table([["单位", "目标"], ["东城区", "120"], ["西城区", "95"], ["南湖区", "80"], ["合计", "300"]], 2)
    scheme = extract_scheme(_doc(items, _para("发展会员目标任务", 1), targets))
    assert [(t.id, t.total) for t in scheme.targets] == [("T1", 300.0)]
    mismatch = [f for f in scheme.flags if f.kind == "total_mismatch"]
    assert [(f.target, f.declared, f.computed) for f in mismatch] == [("T1", 300.0, 295.0)]


def test_a_target_tables_reading_is_explained():
    items = _table([HEADER, ["组织建设", "1", "完成发展会员目标任务", "10"], ["组织建设", "2", "按期换届", "10"]], 0)
    targets = _table([["单位", "目标"], ["东城区", "120"], ["西城区", "95"], ["南湖区", "80"], ["合计", "295"]], 2)
    _, explain = extract_scheme_explained(_doc(items, _para("发展会员目标任务", 1), targets))
    assert any(line.startswith("[readings] table 2 by targets: target table «发展会员目标任务»: 3 unit(s)")
               for line in explain)


def test_no_reader_is_gated_on_whether_items_were_found_yet():
    from pathlib import Path

    sources = Path(__file__).resolve().parent.parent.joinpath("pipeline", "extract").rglob("*.py")
    assert [p.name for p in sources if "item_count" in p.read_text(encoding="utf-8")] == []


# ------------------------------------------------------------------ layers import downwards only

#: what each layer of pipeline/extract may import from the package: the text grammars nothing above
#: them, the readers the grammars, the intermediate form and one another; the stages anything
LAYERS = {"grammar": {"grammar"}, "readers": {"grammar", "readers", "state", "settings"}}


def _package_imports(path) -> set[str]:
    """The pipeline.extract modules a module imports, as dotted paths inside the package."""
    import ast

    package = path.parent.relative_to(EXTRACT).parts
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[: len(package) - (node.level - 1)]
            module = base + tuple((node.module or "").split(".")) if node.module else base
            names = [module + (a.name,) for a in node.names] if not node.module else [module]
            found.update(".".join(m) for m in names)
    return found


EXTRACT = __import__("pathlib").Path(__file__).resolve().parent.parent / "pipeline" / "extract"


def test_grammars_and_readers_never_import_a_stage():
    wrong = []
    for layer, allowed in LAYERS.items():
        for path in sorted((EXTRACT / layer).glob("*.py")):
            for module in _package_imports(path):
                if module.split(".")[0] not in allowed:
                    wrong.append(f"{layer}/{path.name} imports {module}")
    assert wrong == []


def test_no_module_of_extraction_imports_a_module_that_imports_it_back():
    """Registries (stages.py, readers/registry.py) are modules of their own, so the runner and the
    readers package import what they register without a circle."""
    import ast

    graph: dict[str, set[str]] = {}
    for path in EXTRACT.rglob("*.py"):
        rel = path.relative_to(EXTRACT).with_suffix("")
        name = ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)
        graph[name] = set()
    for path in EXTRACT.rglob("*.py"):
        rel = path.relative_to(EXTRACT).with_suffix("")
        name = ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)
        package = list(rel.parts[:-1])
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = ".".join(package[: len(package) - (node.level - 1)] + ([node.module] if node.module else []))
                subs = [f"{base}.{a.name}".lstrip(".") for a in node.names if f"{base}.{a.name}".lstrip(".") in graph]
                graph[name] |= set(subs) | ({base} if len(subs) < len(node.names) and base in graph else set())
        graph[name].discard(name)

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        return any(n == goal or (n not in seen and not seen.add(n) and reaches(n, goal, seen)) for n in graph[start])

    assert sorted(m for m in graph if m and reaches(m, m, set())) == []
