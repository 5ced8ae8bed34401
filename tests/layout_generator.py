"""Synthetic scheme tables for property tests of table reading.

A :class:`Spec` says how a table is laid out (header depth 1–3, title and
form rows above the header, a code column, 0–2 hierarchy columns or section
rows across the width, a weight column beside the points, points or
deduction-only criteria); :func:`build` returns the document model of a
document holding one or more such tables (plus an optional distractor table
without points) and the entries a correct reading must give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.model import Cell, Document, Paragraph, Provenance, Source, Table, set_cell_spans

CN = "一二三四五六七八九十"
CATEGORIES = ["安全基础管理", "教育培训", "现场管理", "应急管理"]
SUBGROUPS = ["制度建设", "台账记录", "检查整改"]
CONTENTS = ["建立健全责任制度并印发执行", "按月组织专项检查并留存记录", "开展岗位技能培训并考核",
            "编制应急预案并组织演练", "及时报送统计报表和总结", "落实隐患排查治理闭环管理"]


@dataclass(frozen=True)
class Spec:
    header_depth: int = 1          # 1–3 header rows
    title_rows: int = 0            # 0–2 rows above the header (title, form fields)
    code: bool = True              # a 序号 column
    levels: int = 1                # hierarchy columns (0–2)
    sections: bool = False         # categories as full-width section rows instead of a column
    weights: bool = False          # a 权重 column beside the points
    points: bool = True            # a points column; False: deduction-only criteria
    merged: str = "merged"         # hierarchy cells: "merged" over their rows, "repeated" on every row, "blank" below
    known_words: bool = True       # header words from the lexicon, or words it does not know
    categories: int = 2
    items_per_group: int = 2


@dataclass
class Expected:
    text: str
    points: float | None
    path: list[str]
    weight: float | None = None


@dataclass
class Built:
    document: Document
    expected: list[Expected] = field(default_factory=list)
    distractors: int = 0


def _rows(spec: Spec) -> tuple[list[list[str]], list[Expected]]:
    """Body rows as text (hierarchy cells repeated; merged later) and what they mean."""
    rows, expected = [], []
    n = 0
    for ci in range(spec.categories):
        cat = CATEGORIES[ci % len(CATEGORIES)]
        groups = SUBGROUPS[:2] if spec.levels == 2 else [None]
        if spec.sections:
            rows.append([f"§{CN[ci]}、{cat}"])
        for gi, group in enumerate(groups):
            for k in range(spec.items_per_group):
                text = f"{CONTENTS[n % len(CONTENTS)]}（第{n + 1}项）"
                points = float(2 + (n % 4))
                weight = 0.1 if spec.weights else None
                path = ([cat] if spec.sections or spec.levels >= 1 else []) + ([group] if group else [])
                row = []
                if spec.code:
                    row.append(str(n + 1))
                if not spec.sections and spec.levels >= 1:
                    row.append(cat)
                if group:
                    row.append(f"{gi + 1}、{group}")
                row.append(text)
                if spec.points:
                    row.append(f"{points:g}")
                if spec.weights:
                    row.append("10%")
                row.append(f"未按要求完成的每次扣{1 + n % 2}分" if spec.points else f"每发现一处扣{1 + n % 2}分，扣完为止")
                rows.append(row)
                expected.append(Expected(text, points if spec.points else None, path, weight))
                n += 1
    return rows, expected


UNKNOWN = {"序号": "No.", "一级指标": "大类", "二级指标": "小类", "考核内容": "事项", "分值": "标准值",
           "权重": "占比", "评分标准": "规则", "考核指标": "事项及分类"}


def _labels(spec: Spec) -> tuple[list[str], list[str]]:
    labels, groups = _known_labels(spec)
    if spec.known_words:
        return labels, groups
    return [UNKNOWN[x] for x in labels], [UNKNOWN.get(g, g) for g in groups]


def _known_labels(spec: Spec) -> tuple[list[str], list[str]]:
    """Column labels and the group each belongs to (for multi-row headers)."""
    labels, groups = [], []
    if spec.code:
        labels.append("序号"), groups.append("")
    if not spec.sections and spec.levels >= 1:
        labels.append("一级指标"), groups.append("考核指标")
    if spec.levels == 2:
        labels.append("二级指标"), groups.append("考核指标")
    labels.append("考核内容"), groups.append("考核指标")
    if spec.points:
        labels.append("分值"), groups.append("")
    if spec.weights:
        labels.append("权重"), groups.append("")
    labels.append("评分标准"), groups.append("")
    return labels, groups


def table(spec: Spec, block: int, index: int) -> tuple[Table, list[Expected]]:
    labels, groups = _labels(spec)
    width = len(labels)
    body, expected = _rows(spec)
    cells: list[Cell] = []
    prov = Provenance(block=block, table=index)

    def add(r, c, text, rs=1, cs=1):
        cells.append(Cell(row=r, col=c, row_span=rs, col_span=cs, text=text, prov=prov))

    r = 0
    if spec.title_rows >= 1:
        add(r, 0, "年度目标管理考核评分表", cs=width)
        r += 1
    if spec.title_rows >= 2:
        add(r, 0, "填报单位：", cs=max(1, width - 2))
        add(r, max(1, width - 2), "填报日期：", cs=width - max(1, width - 2))
        r += 1
    depth = spec.header_depth
    c = 0
    while c < width:
        if groups[c] and depth >= 2:
            end = c
            while end < width and groups[end] == groups[c]:
                end += 1
            add(r, c, groups[c], cs=end - c)
            if depth == 3:
                add(r + 1, c, "指标及内容", cs=end - c)
            for k in range(c, end):
                add(r + depth - 1, k, labels[k])
            c = end
        else:
            add(r, c, labels[c], rs=depth)
            c += 1
    r += depth
    # body: merge hierarchy cells vertically over their items
    known, _ = _known_labels(spec)
    hierarchy = [k for k, lab in enumerate(known) if lab in ("一级指标", "二级指标")]
    start = r
    grid_rows = []
    for row in body:
        grid_rows.append(row)
    runs: dict[int, list[tuple[int, int, str]]] = {k: [] for k in hierarchy}
    for i, row in enumerate(grid_rows):
        rr = start + i
        if len(row) == 1:  # section row
            add(rr, 0, row[0].lstrip("§"), cs=width)
            continue
        for k, text in enumerate(row):
            if k in hierarchy:
                if runs[k] and runs[k][-1][2] == text and runs[k][-1][0] + runs[k][-1][1] == rr:
                    s, n, t = runs[k][-1]
                    runs[k][-1] = (s, n + 1, t)
                else:
                    runs[k].append((rr, 1, text))
                continue
            add(rr, k, text)
    for k, spans in runs.items():
        for s, n, t in spans:
            if spec.merged == "merged":
                add(s, k, t, rs=n)
            else:
                for j in range(n):
                    add(s + j, k, t if j == 0 or spec.merged == "repeated" else "")
    n_rows = start + len(grid_rows)
    t = Table(n_rows=n_rows, n_cols=width, cells=sorted(cells, key=lambda x: (x.row, x.col)), prov=prov)
    return set_cell_spans(t), expected


def distractor(block: int, index: int) -> Table:
    """A code list: no points, no scoring phrases."""
    prov = Provenance(block=block, table=index)
    rows = [["文件类别", "编码", "文件名称"]] + [[f"类别{i}", f"S0{i}", f"管理文件{i}"] for i in range(1, 6)]
    cells = [Cell(row=r, col=c, text=t, prov=prov) for r, row in enumerate(rows) for c, t in enumerate(row)]
    return set_cell_spans(Table(n_rows=len(rows), n_cols=3, cells=cells, prov=prov))


def build(specs: list[Spec], captions: list[str] | None = None, with_distractor: bool = False) -> Built:
    blocks = []
    built = Built(document=None)  # type: ignore[arg-type]
    blocks.append(Paragraph(text="关于印发年度考核办法的通知", prov=Provenance(block=0, paragraph=0)))
    index = 0
    if with_distractor:
        blocks.append(distractor(len(blocks), index))
        index += 1
        built.distractors = 1
    for i, spec in enumerate(specs):
        if captions:
            blocks.append(Paragraph(text=captions[i], prov=Provenance(block=len(blocks), paragraph=len(blocks))))
        t, expected = table(spec, len(blocks), index)
        index += 1
        blocks.append(t)
        if captions and len(specs) > 1:
            # the caption names the table's top-level category; a printed 表N is its code
            top = re.sub(r"^表\d+\s*", "", captions[i])
            expected = [Expected(e.text, e.points, [top] + e.path, e.weight) for e in expected]
        built.expected.extend(expected)
    source = Source(path="synthetic.docx", name="synthetic.docx", sha256="0" * 64, format="docx", size=0)
    built.document = Document(source=source, blocks=blocks)
    return built
