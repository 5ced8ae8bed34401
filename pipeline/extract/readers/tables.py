"""The table reader: a scheme table's :class:`TableLayout` → categories, items, entries.

Two variants (registered at the end): ``layout`` reads the rows, ``header`` a score sheet whose
criteria and maxima stand in its header cells over rows filled in per participant.

For ``layout``, rows are grouped into item *units*: consecutive rows sharing the same name and
text cells (a 2-row item whose 加 and 减 conditions sit in separate cells is one
item, its criteria joined).  The hierarchy comes from the hierarchy columns
(merged cells), from section rows (一、…（31分） across the width) and, for
several scheme tables in one document, from the table's caption.  Labels lose
their numbering (一、/（一）/1、) into ``code`` and their points annotation
("(18)", "（20分）", "（以70分为基分）") into the category's points.
"""

from __future__ import annotations

import re

from extractors.model import Cell, Document, Table
from schemes.criteria.grammar import analyse, fold_words, lexicon
from schemes.criteria.rules import parse_rule, points_of
from schemes.criteria.kept import compile_kept
from schemes.criteria.numbers import first_number, fold, numeral_cell
from schemes.model import Entry, PerOccurrenceRule, Veto, Flag
from kaohe.i18n import _

from .registry import reader
from .by_name import rules_by_name
from ..grammar.entries import (
    POINTS_NOTE, POINTS_NOTE_WORDS, NumberedEntry, base_plus_bonus, split_entries, split_weight_note,
    strip_label_notes,
)
from ..grammar.numbering import CATEGORY_HEADING
from ..grammar.spans import Span, cell_span, squash, unwrap
from ..grammar.table_layout import (
    TableLayout, _patterns, cell_levels, cell_text, header_role, is_number, read_points_cell, total_kind,
    HEADER_BARE_POINTS, continuing, criteria_row, header_points_cells, header_sheet, level_rows, maxima_row, LEVEL_RANGE, each_row_points, pass_fail_columns,
)
from ..grammar.vocabulary import pattern, text
from ..grammar.captions import preceding_text
from ..state import Draft, DraftCategory, DraftItem, parse_departments, refs, Extraction, TableRegion


CN = text("table_items.cn")
STEMS = text("table_items.stems")   # （甲）（乙）: heavenly-stem numbering
ENTRIES_CAP = pattern("sections.entries_cap")   # 加分项目（最高加5分）: a cap on the entries together
#: 加减分项（±5分）: a section that adds or takes off, at most 5 either way
SIGNED_CAP = pattern("table_items.signed_cap")
#: 满分100分 — a total stated in a label
TOTAL_STATED = pattern("readings.total_prose")
#: 三、扣分项目 / 加分项： — a heading over a table of entries
ENTRIES_HEADING = pattern("table_items.entries_heading")
NOTES_SECTION = pattern("table_items.notes_section")   # 评分说明 / 填表说明 / 备注: a section of notes
VETO_LABEL = pattern("table_items.veto_label")   # "一票否决：" before the condition
VETO_TAIL = pattern("table_items.veto_tail")     # "，实行一票否决。" after it
#: a label's numbering: 一、 / （二） / 3． / 3 / a capital letter set apart (A　安全管理, B．设施设备)
LABEL_NUMBER = compile_kept(rf"^\s*(?:([{CN}]{{1,3}})\s*[、.．]|[（(]([{CN}]{{1,3}}|[{STEMS}])[)）]|(\d{{1,2}})\s*[、.．](?!\d)|(\d{{1,2}})\s+"
                            r"|([A-HＡ-Ｈ])(?:\s*[、.．]\s*|[ \t\u3000]+)(?=[\u4e00-\u9fff]))")
#: a label's last line, or its tail set apart by blanks, that is only its points (大气污染防治\n30分,
#: 组织建设 20分): named rule points_line
POINTS_LINE = pattern("table_items.points_line")
#: 加2-5分 / 减1-5分 / 扣3分 alone in a points cell: the row adjusts the score
SIGNED_POINTS_CELL = pattern("table_items.signed_points_cell")
BONUS_SIGN = text("table_items.bonus_sign")
#: a cell opening with a short name, its points note, a colon, then the rule: 阵地建设（本项15分）：…
NAME_POINTS_RULE = compile_kept(r"^(?P<name>[^，,。；;：:（(）)]{2,20}?)\s*(?P<note>[(\[【〔][^()\[\]【】〔〕]{1,12}[)\]】〕])\s*[：:]\s*(?=\S)")
BARE_CN_NUMBER = compile_kept(rf"^([{CN}]{{1,3}})(?=[\u4e00-\u9fff])")
POINTS_ANNOTATION = compile_kept(r"[（(]([^（()）]*?)[)）]\s*$")
ITEM_NUMBER = compile_kept(r"^\s*(?:(\d{1,2}(?:\.\d{1,2}){0,2})\s*[、.．,，:：](?!\d)|(\d{1,2}(?:\.\d{1,2}){1,2})\s+|[（(](\d{1,2})[)）]|([①-⑳])|([a-zA-Z])\s*[.．、)）])\s*")
GLUED_NUMBER = compile_kept(r"^\s*(\d{1,2})(?=[\u4e00-\u9fff])")
NUMBERED_LINE = compile_kept(r"^\s*(\d{1,2})\s*[.．、](?!\d)", re.M)
DOTTED = compile_kept(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,3})(?:\s|[、.．](?!\d)|(?=[\u4e00-\u9fff]))")
CN_HEAD = compile_kept(rf"^\s*([{CN}]{{1,3}})[、.．]")
TRAILING_POINTS = pattern("table_items.trailing_points")
#: …人数3至5人，6分: the text's last clause only its points (named rule comma_points_tail)
COMMA_POINTS_TAIL = pattern("table_items.comma_points_tail")
#: …（10分，每发现1人未持证扣2分）: the text's closing bracket gives its points, then its rule (bracket_points_rule)
BRACKET_POINTS_RULE = pattern("table_items.bracket_points_rule")
#: ①建立工作室（4分）: a circled part of a cell and its points
CIRCLED_PART = pattern("table_items.circled_part")
QUALIFIER_LINE = compile_kept(r"[（(][^（()）]{1,4}[)）]")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


#: a total with a note after it: "100分（另可加5分）"
NOTED_TOTAL = pattern("table_items.noted_total")
#: a row whose text is marked as a bonus: 新项目开展（加分）
BONUS_MARK = pattern("table_items.bonus_mark")

#: a label's note that is only its points (（10分）), one that sums or signs them (合计, ±)
ONLY_POINTS = pattern("table_items.only_points")
SUM_NOTE = pattern("table_items.sum_note")
BONUS_LEAD = pattern("table_items.bonus_lead")
POINTS_WORD = text("points_word")
#: a total row's figure (12, 12分)
POINTS_FIGURE = pattern("table_items.points_figure")
#: a 备注 that names the rater (由宣教部评分); other remarks do not
RATER_REMARK = pattern("table_items.rater_remark")


def parse_label(text: str, bare_numbers: bool = False) -> tuple[str | None, str, float | None]:
    """"一、组织机构建设(18)" → ("一", "组织机构建设", 18); "思想引领（20分）" → (None, "思想引领", 20)."""
    text = text.strip()
    code = None
    m = LABEL_NUMBER.match(text)
    if m:
        code = next(g for g in m.groups() if g)
        text = text[m.end():]
    elif bare_numbers:
        m = BARE_CN_NUMBER.match(text)
        if m:
            code, text = m.group(1), text[m.end():]
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) >= 2 and QUALIFIER_LINE.fullmatch(lines[-1]) and not re.search(r"\d", lines[-1]):
        text = "\n".join(lines[:-1])   # "内部运营\n（月评）": a short qualifier on its own line is not the name
    points = None
    line = POINTS_LINE.search(fold(text))
    if line:
        return code, squash(text[:line.start()]).strip("：:。"), float(line.group(1))
    note = POINTS_ANNOTATION.search(text)
    if note:
        inside = fold(note.group(1))
        numbers = re.findall(r"\d+(?:\.\d+)?", inside)
        if len(numbers) == 1 and (ONLY_POINTS.fullmatch(inside) or POINTS_NOTE_WORDS.fullmatch(fold(note.group(0)))
                                  or (POINTS_WORD in inside and not SUM_NOTE.search(inside))):
            points = float(numbers[0])
            text = text[:note.start()]
        elif re.search(r"\d", inside) and POINTS_WORD in inside:
            text = text[:note.start()]
    return code, squash(text).strip("：:。"), points


def parse_category_label(text: str, bare_numbers: bool = False) -> tuple[str | None, str, float | None,
                                                                          float | None]:
    """:func:`parse_label` plus the category's weight: "一、组织建设（20分）（权重20%）" →
    ("一", "组织建设", 20, 0.2); "经济发展（60分，权重60%）" → (None, "经济发展", 60, 0.6)."""
    cut, points, weight = split_weight_note(text.rstrip())
    code, name, note_points = parse_label(text[:cut], bare_numbers)
    if weight is None:   # "组织建设（权重20%）（20分）": the weight note before the points note
        cut, _, weight = split_weight_note(name)
        name = name[:cut].strip()
    return code, name, points if points is not None else note_points, weight


def split_label_number(span: Span | None) -> tuple[str | None, Span | None]:
    """A category label's own numbering goes to its code: "一、组织建设" → ("一", "组织建设");
    "（二）服务职工" → ("二", "服务职工")."""
    if span is None:
        return None, None
    m = LABEL_NUMBER.match(span.text)
    if not m or not span.text[m.end():].strip():
        return None, span
    return next(g for g in m.groups() if g), span.sub(m.end(), len(span.text)).strip()


def number_of(text: str) -> float | None:
    folded = fold(text).replace(" ", "").replace("－", "-").rstrip(POINTS_WORD)
    try:
        return float(folded)
    except ValueError:
        return numeral_cell(folded)


def _weight(text: str) -> float | None:
    """权重 "30%" → 0.3, "0.3" → 0.3; a weight is never points."""
    folded = fold(text).replace(" ", "")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)%", folded)
    if m:
        return round(float(m.group(1)) / 100, 6)
    m = re.fullmatch(r"0?\.\d+|1(?:\.0+)?", folded)
    return float(folded) if m else None


class TableReader:
    """Reads one scheme table into the draft."""

    def __init__(self, doc: Document, index: int, table: Table, layout: TableLayout, draft: Draft,
                 top: DraftCategory | None, part: str | None = None):
        self.doc, self.index, self.table, self.layout, self.draft, self.top = doc, index, table, layout, draft, top
        self.part = part   # the part of the scheme the prose before the table names (一、…部分)
        self.headed = bool(layout.header_rows)   # a continued part goes on under its first part's header
        self.section: DraftCategory | None = None
        self.numbered: list[tuple[int, DraftCategory]] = []   # (depth, category) of numbering heads
        self.last_label: dict[int, Cell] = {}
        self.notes = 0
        self.group_cells: set[tuple[int, int]] = set()   # merged points cells already given to a group
        self.last_category: DraftCategory | None = None   # the category of the last item read (小计 rows)
        self.entry_label: str | None = None   # the row sits under a bare 加分项/扣分项 label (set by _path)
        self.items = 0
        self.bare_numbers = {c: self._uses_cn_numbering(c) for c in layout.category_cols}
        self.entries_table = self._entries_table()   # the whole table lists entries (三、扣分项目 above it)
        # each_row_header: the points a header row (达标（每项4分）) gives every row below it, and its cell
        self.each_rows = each_row_points(layout)
        self.pass_fail = pass_fail_columns(layout)
        self.each: tuple[float, Cell] | None = None
        for r in layout.header_rows or []:
            if r in self.each_rows:
                c, pts = self.each_rows[r]
                self.each = (pts, layout.grid[r][c])
        self.inline = [re.compile(p) for p in lexicon()["inline_points"]]

    def span(self, cell: Cell | None) -> Span | None:
        return cell_span(self.doc, self.index, self.table, cell) if cell is not None else None

    def _uses_cn_numbering(self, c: int) -> bool:
        labels = {id(self.layout.grid[r][c]): self.layout.text(r, c) for r in self.layout.body}
        numbered = sum(bool(re.match(rf"^[{CN}]{{1,3}}[、.．]", t)) for t in labels.values())
        return numbered >= max(2, 0.5 * len(labels))

    # ------------------------------------------------------------------ rows

    def events(self) -> list[tuple[str, object]]:
        """Rows in order, consecutive rows of one item grouped into a unit."""
        lay = self.layout
        events: list[tuple[str, object]] = []
        unit: list[int] = []
        key = None
        for r in sorted(lay.row_kinds):
            kind = lay.row_kinds[r]
            if kind == "item":
                k = self._unit_key(r)
                if unit and k == key:
                    unit.append(r)
                    continue
                if unit:
                    events.append(("unit", unit))
                unit, key = [r], k
                continue
            if unit:
                events.append(("unit", unit))
                unit, key = [], None
            events.append((kind, r))
        if unit:
            events.append(("unit", unit))
        return events

    def heads(self) -> dict[int, str]:
        return self._numbered_heads([rows for kind, rows in self.events() if kind == "unit"])  # type: ignore[misc]

    def read(self) -> int:
        self._section_above_header()
        events = self.events()
        heads = self._numbered_heads([rows for kind, rows in events if kind == "unit"])  # type: ignore[misc]
        for kind, value in events:
            if kind == "unit":
                rows = value  # type: ignore[assignment]
                if rows[0] in self.each_rows:   # the header said again over a later section, with its points
                    c, pts = self.each_rows[rows[0]]
                    self.each = (pts, self.layout.grid[rows[0]][c])
                    continue
                if rows[0] in heads:
                    self._numbered_category(rows[0], heads[rows[0]])
                elif not self._row_entries(rows[0]):
                    self._item(rows)
            elif kind == "section":
                self._section(value)
            elif kind in ("subtotal", "total"):
                self._total(value, kind)
            elif kind == "note":
                self.notes += 1
        self.drop_empty_entry_sections()
        return self.items

    # ------------------------------------------------------------------ numbering hierarchy

    def _unit_code(self, r: int) -> str:
        """The printed number of a row: its code cell, else the number its name or text starts with."""
        lay = self.layout
        if lay.code_col is not None:
            code = fold(self._group_text(r, lay.code_col)).strip().rstrip("、.．")
            if code:
                return code
        for c in (lay.name_col, lay.text_col):
            text = fold(self._group_text(r, c)) if c is not None else ""
            m = DOTTED.match(text) or CN_HEAD.match(text)
            if m:
                return m.group(1)
        return ""

    def _numbered_heads(self, units: list[list[int]]) -> dict[int, str]:
        """Rows that head the rows after them by numbering: "1" before "1.1"/"1.2", or a
        一、 row among arabic-numbered items (hierarchy from numbering, any depth)."""
        codes = [(rows[0], self._unit_code(rows[0])) for rows in units]
        heads: dict[int, str] = {}
        for (r, code), (_, nxt) in zip(codes, codes[1:]):
            if code and nxt.startswith(code + ".") and re.fullmatch(r"[\d.]+", code):
                heads[r] = code
        cn = [r for r, code in codes if re.fullmatch(rf"[{CN}]{{1,3}}", code)]
        arabic = [r for r, code in codes if re.fullmatch(r"\d[\d.]*", code)]
        if cn and arabic:
            for r in cn:
                heads[r] = next(code for rr, code in codes if rr == r)
        return heads

    def _numbered_category(self, r: int, code: str) -> None:
        lay = self.layout
        text = self._group_text(r, lay.name_col) or self._group_text(r, lay.text_col)
        _, name, points, weight = parse_category_label(
            ITEM_NUMBER.sub("", text, count=1) if re.match(r"[\d]", code) else text)
        if points is None and lay.points_col is not None and is_number(lay.text(r, lay.points_col)):
            points = number_of(lay.text(r, lay.points_col))
        depth = code.count(".") if re.match(r"\d", code) else -1
        while self.numbered and self.numbered[-1][0] >= depth:
            self.numbered.pop()
        parent = self.numbered[-1][1] if self.numbered else (self.section or self.top)
        cat = self.draft.subcategory(name, parent, self.span(lay.grid[r][lay.text_col]))
        cat.code = code
        cat.weight = weight if cat.weight is None else cat.weight
        if points is not None and cat.points is None:
            cat.points = points
            cell = lay.grid[r][lay.points_col] if lay.points_col is not None else None
            cat.points_span = self.span(cell) if cell is not None else None
        self.numbered.append((depth, cat))
        self.draft.explain.append(f"table {self.table.prov.table}: row {r} numbered {code} heads the rows "
                                  f"numbered under it: category «{name}»")

    def _unit_key(self, r: int):
        g = self.layout.grid[r]
        cols = [c for c in (self.layout.name_col, self.layout.text_col) if c is not None and (
            c != self.layout.criteria_col or c == self.layout.text_col)]
        if not cols and self.layout.text_col is not None:
            cols = [self.layout.text_col]
        return tuple(id(g[c]) for c in cols) + tuple(id(g[c]) for c in self.layout.category_cols)

    def _section_above_header(self) -> None:
        """Named rule ``section_above_header``: a form whose sections each repeat the header (一、基础项目 /
        序号 | 检查内容 | … / rows / 二、重点项目 / the header again …): the section row right above the
        header band opens the first section, as the later ones open theirs."""
        band = self.layout.header_rows or []
        if not band or band[0] == 0 or self.section is not None:
            return
        r = band[0] - 1
        cells = {id(c): c for c in self.layout.grid[r] if c is not None and cell_text(c)}
        later = [k for k, kind in self.layout.row_kinds.items() if kind == "section"]
        label = cell_text(next(iter(cells.values()))) if len(cells) == 1 else ""
        if later and CATEGORY_HEADING.match(label) and not TOTAL_STATED.search(fold(label)):
            self._section(r)   # (一、基本考评（满分100分） states the whole table's total: no section)

    def _section(self, r: int) -> None:
        cell = next(c for c in self.layout.grid[r] if c is not None and cell_text(c))
        code, name, points, weight = parse_category_label(cell_text(cell))
        if not name:
            return
        self.section = self.draft.subcategory(name, self.top, self.span(cell))
        self.section.code = code or self.section.code
        self.section.weight = weight if self.section.weight is None else self.section.weight
        entries = self._entry_kind(None, name) or ("veto" if _patterns()["veto"].search(fold_words(name)) else None)
        if entries is not None:
            # 加分项目（最高加5分） / 扣分项目 / 一票否决：…的，实行一票否决: the rows below are entries, the
            # label's figure is their cap (not points), a veto label states its condition itself
            self._entries_section(entries, cell)
        elif points is not None:
            self.section.points, self.section.points_span = points, self.span(cell)
        elif self.layout.points_col is not None and (figure := self.layout.grid[r][self.layout.points_col]) is not None \
                and figure is not cell and is_number(cell_text(figure)):
            # 一、组织开展 | 14: the section's points in the points column (section_points_row)
            self.section.points, self.section.points_span = number_of(cell_text(figure)), self.span(figure)
        self.draft.explain.append(f"table {self.table.prov.table}: row {r} is a section row «{name}»")

    def _entries_section(self, kind: str, cell: Cell) -> None:
        span = self.span(cell)
        if span is None:
            return
        if kind == "veto":   # 一票否决：企业发生…的，实行一票否决。 — the condition between label and verdict
            head = VETO_LABEL.match(span.text)
            body = span.sub(head.end(), len(span.text)) if head else span
            tail = VETO_TAIL.search(body.text)
            body = body.sub(0, tail.start()) if tail else body
            text = body.strip(" \t。；;")
            if head and squash(text.text):
                self.draft.veto.append(Veto(id=f"V{len(self.draft.veto) + 1}", text=unwrap(text.text),
                                            sources=refs(text=text)))
            return
        cap = ENTRIES_CAP.search(fold(span.text))
        attr = "bonus_cap" if kind == "bonus" else "deduction_cap"
        if cap is not None and getattr(self.draft, attr) is None:
            setattr(self.draft, attr, (float(cap.group("pts")), span.match_span(cap, "pts")))

    def _signed_cap(self, cell: Cell) -> None:
        """Named rule ``signed_cap``: a category label whose points are ±N (加减分项（±5分）) heads
        rows that add or take off points: N caps the bonus and the deductions alike."""
        span = self.span(cell)
        cap = SIGNED_CAP.search(fold(span.text)) if span is not None else None
        if cap is None:
            return
        for attr in ("bonus_cap", "deduction_cap"):
            if getattr(self.draft, attr) is None:
                setattr(self.draft, attr, (float(cap.group("pts")), span.match_span(cap, "pts")))

    def drop_empty_entry_sections(self) -> None:
        """Entries sections (加分项目 / 扣分项目 / 一票否决 rows) hold entries, not items: once read,
        an entries section without items is no category."""
        parents = {id(c.parent) for c in self.draft.categories if c.parent is not None}
        pats = _patterns()
        self.draft.categories = [
            c for c in self.draft.categories
            if c.items or id(c) in parents or not (self._entry_kind(None, c.name) or pats["veto"].search(fold_words(c.name)))]

    def _total_cell(self, r: int) -> Cell | None:
        """Where a 合计/小计 row prints its figure: the points column, else the first cell
        after the label holding a figure (a table without a points column)."""
        lay = self.layout
        if lay.points_col is not None:
            return lay.grid[r][lay.points_col]
        cells = [c for c in lay.grid[r] if c is not None]
        label = next((i for i, c in enumerate(cells) if total_kind(cell_text(c))), None)
        if label is None:
            return None
        scores = {id(lay.grid[r][c]) for c, col in lay.columns.items() if col.role == "score"}
        # a figure under a column raters fill in (得分) sums one unit's scores, not the scheme's points
        return next((c for c in cells[label + 1:] if POINTS_FIGURE.fullmatch(squash(cell_text(c)))
                     and id(c) not in scores), None)

    def _total(self, r: int, kind: str) -> None:
        cell = self._total_cell(r)
        text = cell_text(cell)
        noted = NOTED_TOTAL.match(fold(text))   # "100分（另可加5分）": the figure, not its note
        if not (is_number(text) or noted):
            return
        value = number_of(noted.group(1) if noted else text)
        if value is None:
            return
        span = self.span(cell)
        if noted and span is not None:
            span = span.sub(noted.start(1), noted.end(1))
        if kind == "subtotal":
            # 小计 20 under a group: the group's points; a 小计 row whose category cell names a group
            # (网格队伍 | 小计 | 30 above its items) is that group's
            named = any((cell := self.layout.grid[r][c]) is not None and cell_text(cell)
                        and not total_kind(cell_text(cell)) for c in self.layout.category_cols)
            cat = self._path(r) if named else self.last_category
            if cat is not None and cat.points is None:
                cat.points, cat.points_span = value, span
            return
        if kind == "total":
            if self.top is not None:
                if self.top.points is None:
                    self.top.points, self.top.points_span = value, span
            elif self.draft.total is None:
                self.draft.total, self.draft.total_span = value, span

    def _path(self, r: int) -> DraftCategory | None:
        """The category of row ``r``: the open section or numbering head, then the labels of
        the hierarchy columns.  A label that is only an entry word (加分项, 扣分) is not a
        category: the rows under it are bonus or deduction entries (``self.entry_label``)."""
        parent = self.section or self.top
        self.entry_label = self.entries_table
        if self.numbered:
            code = self._unit_code(r)
            depth = code.count(".") if re.match(r"\d", code) else 0
            within = [cat for d, cat in self.numbered if d < depth or d == -1]
            parent = within[-1] if within else parent
        for c in self.layout.category_cols:
            cell = self.layout.grid[r][c]
            text = cell_text(cell)
            if not text and c in self.last_label:
                cell = self.last_label[c]   # a flattened table lost the merge: the label above continues
                text = cell_text(cell)
            if not text:
                continue
            self.last_label[c] = cell
            bare = fold_words(text)
            kind = "bonus" if _patterns()["bonus_only"].match(bare) else (
                "deduction" if _patterns()["deduction_only"].match(bare) else None)
            if kind is not None:
                self.entry_label = kind
                continue
            code, name, points, weight = parse_category_label(text, self.bare_numbers.get(c, False))
            if not name:
                continue
            self._signed_cap(cell)
            cat = self.draft.subcategory(name, parent, self.span(cell))
            if code and not cat.code:
                cat.code = code
            cat.weight = weight if cat.weight is None else cat.weight
            if points is not None and cat.points is None:
                cat.points, cat.points_span = points, self.span(cell)
            level_weight = self.layout.category_weights.get(c)
            if level_weight is not None and cat.weight is None:
                cat.weight = _weight(self.layout.text(r, level_weight))
            level_points = self.layout.category_points.get(c)
            if level_points is not None and cat.points is None and is_number(self.layout.text(r, level_points)):
                pcell = self.layout.grid[r][level_points]
                cat.points, cat.points_span = number_of(cell_text(pcell)), self.span(pcell)
            split, split_cell = base_plus_bonus(text), cell
            if split is None and level_points is not None:
                split, split_cell = base_plus_bonus(self.layout.text(r, level_points)), self.layout.grid[r][level_points]
            if split is not None and cat.points is None:   # "18分+5分": base and bonus kept apart
                cat.points, cat.bonus_points, cat.points_span = split[0], split[1], self.span(split_cell)
            parent = cat
        return parent

    # ------------------------------------------------------------------ rows of entries

    def _cell(self, r: int, c: int | None) -> Cell | None:
        return self.layout.grid[r][c] if c is not None else None

    def _label(self, r: int) -> Cell | None:
        """The cell saying what a row is: its hierarchy column (the label above continues
        where a flattened table lost the merge), else its name column, else its text."""
        lay = self.layout
        if lay.category_cols:
            c = lay.category_cols[0]
            cell = lay.grid[r][c]
            return cell if cell_text(cell) or c not in self.last_label else self.last_label[c]
        return self._cell(r, lay.name_col if lay.name_col is not None else lay.text_col)

    def _body(self, r: int) -> Cell | None:
        """The cell holding what the row asks: its criteria, else its text."""
        lay = self.layout
        return self._cell(r, lay.criteria_col) or self._cell(r, lay.text_col)

    def _raters(self, r: int) -> Cell | None:
        """The department column's cell, else a 备注 naming the rater (由宣教部评分)."""
        lay = self.layout
        if lay.department_col is not None:
            return lay.grid[r][lay.department_col]
        return next((lay.grid[r][c] for c in lay.role_cols("remarks")
                     if RATER_REMARK.search(squash(cell_text(lay.grid[r][c])))), None)

    def _row_entries(self, r: int) -> bool:
        """A row read whole rather than as one item: a 一票否决 row (its entries are vetoes) or a
        category row whose cell lists several numbered entries with their points.  False when
        the row is an item (or a 加分/扣分 entry, told by :meth:`_entry_kind`)."""
        lay = self.layout
        label, body = self._label(r), self._body(r)
        key = fold_words(cell_text(label))
        pats = _patterns()
        if key and pats["veto"].search(key):
            self._veto(body if body is not label else self._cell(r, lay.text_col))
            return True
        entries = split_entries(self.span(body)) if cell_text(body) and body is not label else []
        with_points = sum(e.points is not None for e in entries)
        if with_points and self._parts_of_row(r, cell_text(body)):
            return False   # ①…（4分）②…（3分） adding up to the row's own points: one item scored in parts
        if with_points >= 2 or (with_points and not lay.category_cols and lay.criteria_col is not None
                                and lay.criteria_col != lay.text_col):
            self._category_row(r, label, entries)
            return True
        return False

    def _parts_of_row(self, r: int, text: str) -> bool:
        """Named rule ``parts_of_row``: a row with its own number and points whose cell lists ①… parts,
        each with points adding up exactly to the row's, is an item scored in those parts (as
        ``parts_of_item`` in prose), not a category of items."""
        lay = self.layout
        if lay.points_col is None or lay.code_col is None or not self._group_text(r, lay.code_col).strip():
            return False
        points, _ = read_points_cell(cell_text(lay.grid[r][lay.points_col]))
        parts = [float(p) for p in CIRCLED_PART.findall(text)]   # (fold would read ① as a digit)
        return points is not None and len(parts) >= 2 and len(parts) == len(re.findall(r"[①-⑳]", text)) \
            and abs(sum(parts) - points) < 1e-9

    def _veto(self, body: Cell | None) -> None:
        if body is None:
            return
        for entry in split_entries(self.span(body)):
            text = entry.span.strip(" \t。；;")
            if squash(text.text):
                self.draft.veto.append(Veto(id=f"V{len(self.draft.veto) + 1}", code=entry.code,
                                            text=unwrap(text.text), sources=refs(text=text)))

    def _category_row(self, r: int, label: Cell | None, entries: list[NumberedEntry]) -> None:
        """One row per category: the label names it (with its number and points), the cell
        lists its items, the points column may hold its subtotal."""
        lay = self.layout
        name_span, points, points_span, weight = strip_label_notes(self.span(label)) if label else (
            None, None, None, None)
        number, name_span = split_label_number(name_span)
        name = squash(name_span.text) if name_span else ""
        if not name and entries and entries[0].category is not None:
            name_span, name = entries[0].category, squash(entries[0].category.text)
        category = self.draft.subcategory(name, self.section or self.top, name_span)
        code = self.span(self._cell(r, lay.code_col))
        category.code = squash(code.text) if code and squash(code.text) else category.code or number
        category.part = self.part
        subtotal_cell = self.span(self._cell(r, lay.points_col))
        if points is None and subtotal_cell is not None and squash(subtotal_cell.text):
            points, points_span = first_number(subtotal_cell.text), subtotal_cell
        category.points, category.points_span = points, points_span
        category.weight = weight if weight is not None else category.weight
        dept = self.span(self._raters(r))
        departments = parse_departments(dept.text) if dept else []
        category.departments, category.departments_span = departments, dept
        previous = 0
        for pos, entry in enumerate(entries):   # an unnumbered entry between 1. and 3. is the 2nd
            item_code = entry.code
            if item_code is None:
                following = next((e.code for e in entries[pos + 1:] if e.code), None)
                item_code = str(previous + 1) if following is None or int(following) == previous + 2 else None
            previous = int(item_code) if item_code and item_code.isdigit() else previous
            category.items.append(DraftItem(
                code=item_code, text=entry.text, points=entry.points, points_span=entry.points_span,
                criteria=entry.span, departments=list(departments), departments_span=dept))
            self.items += 1
        self.last_category = category
        self.draft.explain.append(f"table {self.table.prov.table}: row {r} lists {len(entries)} numbered "
                                  f"entries: category «{name}»")

    # ------------------------------------------------------------------ items

    def _item(self, rows: list[int]) -> None:
        lay = self.layout
        r = rows[0]
        g = lay.grid[r]
        labels = [cell_text(cell) for c, cell in enumerate(g) if cell is not None and (cell.row, cell.col) == (r, c)]
        if sum(header_role(label)[0] is not None for label in labels if label) >= 2 \
                and header_role(labels[0])[0] == "code":
            # 序号 | 评议内容 | 评议等次及计分: the header of a second block with columns of its own, not an item
            self.draft.explain.append(f"table {self.table.prov.table}: row {r} heads a block of its own "
                                      "(sub_header_row), not an item")
            return
        text_cell = g[lay.text_col] if lay.text_col is not None else None
        name_cell = g[lay.name_col] if lay.name_col is not None else None
        if name_cell is text_cell:
            name_cell = None
        category_cells = [g[c] for c in lay.category_cols]
        if any(name_cell is c for c in category_cells if c is not None):
            name_cell = None   # a label spanning the hierarchy column names a section, not an item
        points_cell = g[lay.points_col] if lay.points_col is not None else None
        signed = SIGNED_POINTS_CELL.match(fold(cell_text(points_cell))) if points_cell is not None else None
        if signed and text_cell is not None and lay.text(r, lay.text_col):
            # named rule signed_points_cell: 加2-5分 / 减1-5分 in the points column — an adjustment
            # the row states (bonus or deduction entry), whatever the structure around it
            kind = "bonus" if signed.group("sign") == BONUS_SIGN else "deduction"
            self._entry(kind, r, self._group_text(r, lay.text_col), cell_text(points_cell), None, points_cell,
                        text_cell)
            entries = self.draft.bonus if kind == "bonus" else self.draft.deductions
            if signed.group("high") and entries and entries[-1].points is None:
                # 加2-5分: the rater's score, at most the range's top, cited from the points cell
                entries[-1] = entries[-1].model_copy(update={
                    "cap": float(signed.group("high")),
                    "sources": {**entries[-1].sources, "points": self.span(points_cell).ref}})
            for cell in category_cells:   # 加减分项（±5分） over the entries
                if cell is not None:
                    self._signed_cap(cell)
            return
        if any(text_cell is c for c in category_cells if c is not None):
            return
        text = self._group_text(r, lay.text_col) if text_cell is not None else ""
        name = self._group_text(r, lay.name_col) if name_cell is not None else ""
        if not text and name:
            text, text_cell, name, name_cell = name, name_cell, "", None
        if not text:
            return
        field_labels = self._field_labels(r)
        criteria_cells: list[Cell] = []
        if lay.criteria_col is not None and lay.criteria_col != lay.text_col:
            for row in rows:
                cell = lay.grid[row][lay.criteria_col]
                if cell is not None and cell_text(cell) and all(cell is not c for c in criteria_cells):
                    criteria_cells.append(cell)
        criteria = "\n".join(cell_text(c) for c in criteria_cells)
        if lay.criteria_col is not None and lay.criteria_col == lay.text_col:
            criteria = text
        category = self._path(r)
        if field_labels and not name and category is not None and category.name:
            # a row of fill-in field labels (计划完成 | 实际完成 | 完成率): the item is its section
            self.draft.explain.append(f"table {self.table.prov.table}: row {r} holds field labels "
                                      f"({', '.join(field_labels)}); the item is its section «{category.name}»")
            text, criteria = category.name, ""
        parts = self._split_numbered(text) if lay.points_col is None and not name and lay.criteria_col in (
            None, lay.text_col) else []
        if self._is_note(name or text) or self._under(category, "note"):
            self.notes += 1   # 注/说明 rows, and the rows of a 评分说明 section: read for totals and caps
            if (note := self.span(text_cell)) is not None:
                self.draft.notes.append(note)
            return
        if self._under(category, "veto"):   # the rows of a 一票否决 section are its conditions
            self._veto(text_cell)
            return
        points_cell = g[lay.points_col] if lay.points_col is not None else None
        points_text = cell_text(points_cell)
        points, cell_rule = read_points_cell(points_text) if points_text else (None, None)
        stated = points is not None or bool(cell_rule)   # ±10: no maximum, but the cell states the item's points
        if cell_rule and squash(cell_rule) not in squash(criteria):
            # 10（每缺一项扣2分）, 2分/次，最高6分: the rule the points cell states joins the criteria
            criteria = f"{criteria}；{cell_rule}" if criteria else cell_rule
        if points is not None and self._spans_items(points_cell):
            self._group_points(category, points, points_cell)
            points = None   # each item's own points come from its criteria (每项3分, 计5分): max_from_award
        code = self._group_text(r, lay.code_col).strip() if lay.code_col is not None else ""
        code = code if re.fullmatch(r"[\w.．\-]{1,8}", code or "") else ""
        name, code = self._strip_number(name, code)
        if not name:
            text, code = self._strip_number(text, code, glued_ok=len(category.items) + 1 if category else 1)
        if points is None and lay.points_col is None:
            points, text, rule_text = self._inline_points(text)
            if points is not None:
                points_cell = text_cell   # the points stand in the text cell: its span is their source
            if rule_text and _patterns()["scoring"].search(fold_words(rule_text)):
                criteria = rule_text   # the cell's own rule, not a column of remarks beside it
        ticked = next((k for c, k in lay.tick_cols.items() if lay.text(r, c).strip()), None)
        if ticked == "veto":   # 否决项 ✓: the row states a veto condition (tick_columns)
            self._veto(text_cell if not criteria_cells else criteria_cells[0])
            return
        kind = ticked or self.entry_label or self._entry_kind(category, name or text)
        if kind is not None:
            self._entry(kind, r, text, criteria, points, points_cell, text_cell,
                        criteria_cells[0] if criteria_cells else None)
            return
        weight = _weight(cell_text(g[lay.weight_col])) if lay.weight_col is not None else None
        dept_cell = self._raters(r)
        departments = parse_departments(cell_text(dept_cell)) if dept_cell is not None and cell_text(dept_cell) else []
        target = category if category is not None else self.draft.subcategory("", None)
        base = self.span(text_cell)
        if parts:
            for part_code, part_text in parts:
                if self._is_note(part_text):
                    self.notes += 1
                    continue
                self._add(target, part_code, part_text, None, None, part_text, base, None, departments, dept_cell)
            return
        crit_base = self.span(criteria_cells[0]) if criteria and criteria_cells else None
        before = len(target.items)
        self._add(target, code or None, text, name, points, criteria if criteria else (text if lay.criteria_col ==
                  lay.text_col else ""), base, points_cell, departments, dept_cell, weight, crit_base, stated)
        if lay.level_cols and len(target.items) > before:
            item = target.items[-1]
            self.floors = {}
            item.levels = self._levels(r)
            item.level_floors = self.floors
            if item.points is None and item.levels:
                # no points column: the item is worth its top level (优 15 | 良 12 | …)
                top = max(range(len(item.levels)), key=lambda i: item.levels[i][1])
                c = list(lay.level_cols)[top] if len(item.levels) == len(lay.level_cols) else None
                item.points = item.levels[top][1]
                item.points_span = self.span(lay.grid[r][c]) if c is not None and lay.grid[r][c] is not None else None
        elif len(target.items) > before and (levels := cell_levels(points_text)):
            target.items[-1].levels = levels   # the scale ticked in the points cell (level_cell)

    def _levels(self, r: int) -> list[tuple[str, float]]:
        """The rating levels of row ``r`` with their points (header points, else the row's cells);
        none where the row marks the scale as not used (— in every level cell)."""
        out = []
        for c, (label, pts) in self.layout.level_cols.items():
            value = self.layout.text(r, c)
            band = LEVEL_RANGE.match(fold(value).strip())
            if is_number(value):
                out.append((label, number_of(value)))
            elif band:   # 18-20 under 优: the level's band, worth up to its top (named rule level_bands)
                out.append((label, float(band.group("high"))))
                self.floors[label] = float(band.group("low"))
            elif pts is not None:
                out.append((label, pts))
        return out if len(out) >= 2 else []

    def _spans_items(self, cell: Cell | None) -> bool:
        """A points cell merged down over the rows of two or more items (named rule
        ``group_points_cell``): it states the group's points, not each item's."""
        if cell is None or cell.row_span < 2:
            return False
        col = self.layout.name_col if self.layout.name_col is not None else self.layout.text_col
        if col is None:
            return False
        rows = range(cell.row, min(cell.row + cell.row_span, len(self.layout.grid)))
        texts = {id(self.layout.grid[r][col]) for r in rows
                 if self.layout.grid[r][col] is not None and cell_text(self.layout.grid[r][col])}
        return len(texts) >= 2

    def _group_points(self, category: DraftCategory | None, points: float, cell: Cell) -> None:
        """The merged cell's points go to the category whose label spans the same rows."""
        if (cell.row, cell.col) in self.group_cells:
            return
        self.group_cells.add((cell.row, cell.col))
        same = category is not None and any(
            (g := self.layout.grid[cell.row][c]) is not None and (g.row, g.row_span) == (cell.row, cell.row_span)
            for c in self.layout.category_cols)
        if same and category.points is None:
            category.points, category.points_span = points, self.span(cell)
        where = f"category «{category.name}»" if same and category is not None else "no category of the same rows"
        self.draft.explain.append(f"table {self.table.prov.table}: group_points_cell: the points cell at row {cell.row} "
                                  f"spans {cell.row_span} item rows: {points:g} are the points of {where}")

    def _add(self, category: DraftCategory, code, text: str, name: str | None, points, criteria: str, base: Span | None,
             points_cell, departments, dept_cell, weight: float | None = None,
             crit_base: Span | None = None, stated: bool = False) -> None:
        """One item; its criteria keep the criteria cell's own reference (the first cell of a
        unit of rows, quoting the joined text), else the text cell's (without the blanks around
        the text when the text is the whole cell)."""
        if base is not None and base.text.strip() == text:
            base = base.strip()
        ref = base.ref if base is not None else None
        text_span = Span(text, ref) if ref is not None else None
        if text_span is None:
            return
        crit_ref = crit_base.ref.model_copy(update={"end": crit_base.ref.start + len(criteria), "quote": criteria}) \
            if crit_base is not None else ref
        crit_span = Span(criteria, crit_ref) if criteria else None
        confidence = 1.0
        if not self.headed:
            confidence -= 0.2   # column roles from content alone
        if points is None and self.each is not None:
            points, points_cell = self.each
        self.last_category = category
        category.items.append(DraftItem(pass_fail=self.pass_fail,
            code=code, text=text_span, points=points,
            points_span=self.span(points_cell) if (points is not None or stated) and points_cell is not None
            else None,
            criteria=crit_span, departments=departments,
            departments_span=self.span(dept_cell) if departments else None,
            name=Span(name, ref) if name else None, confidence=round(max(0.1, confidence), 2), weight=weight,
        ))
        self.items += 1

    def _group_text(self, r: int, c: int | None) -> str:
        """The text of column ``c`` in row ``r`` together with the columns that usually
        continue it (a cell spanning three columns that a PDF row split into pieces)."""
        if c is None:
            return ""
        cols = [c]
        while cols[-1] + 1 in self.layout.columns and self.layout.columns[cols[-1] + 1].role == "span":
            cols.append(cols[-1] + 1)
        cells: list[Cell] = []
        for k in cols:
            cell = self.layout.grid[r][k]
            if cell is not None and all(cell is not x for x in cells):
                cells.append(cell)
        return "".join(cell_text(x) for x in cells if cell_text(x))

    def _is_note(self, text: str) -> bool:
        """注/说明/※ rows and "上述1、2项之加分…" remarks about other rows are notes, not items."""
        stripped = ITEM_NUMBER.sub("", text, count=1)
        return bool(_patterns()["note"].match(fold_words(text)) or _patterns()["note"].match(fold_words(stripped)))

    def _field_labels(self, r: int) -> list[str]:
        """Short labels in separate cells across the content columns of a row (a form's fields)."""
        lay = self.layout
        if lay.text_col is None:
            return []
        g = lay.grid[r]
        end = lay.points_col if lay.points_col is not None and lay.points_col > lay.text_col else lay.table.n_cols
        cells = []
        for c in range(lay.text_col, end):
            cell = g[c]
            if cell is not None and cell_text(cell) and all(cell is not x for x in cells):
                cells.append(cell)
        texts = [cell_text(c) for c in cells]
        if len(texts) >= 2 and all(len(squash(t)) <= 6 and not re.search(r"[，,。；;\d]", t) for t in texts):
            return texts
        return []

    def _strip_number(self, text: str, code: str, glued_ok: int | None = None) -> tuple[str, str]:
        m = ITEM_NUMBER.match(text)
        if m and len(text) > m.end():
            number = next(g for g in m.groups() if g)
            if number in CIRCLED:
                number = str(CIRCLED.index(number) + 1)
            return text[m.end():].strip(), code or number
        if glued_ok is not None:
            m = GLUED_NUMBER.match(text)
            if m and int(m.group(1)) == glued_ok:
                return text[m.end():].strip(), code or m.group(1)
        return text, code

    def _inline_points(self, text: str) -> tuple[float | None, str, str | None]:
        """Points written in the text cell: named at the start ("基准分15分。标准：…"), annotated
        at the end ("…按时上报（5分）"), or after a short name before a colon and the rule
        ("阵地建设（本项15分）：…每次扣3分。", named rule name_points_rule): (points, the text
        without them, the rule after the colon)."""
        folded = fold(text)
        for pattern in self.inline:
            m = pattern.match(folded)
            if m:
                return float(m.group(1)), text[m.end():].lstrip("。.，,；; "), None
        m = TRAILING_POINTS.search(folded) or COMMA_POINTS_TAIL.search(folded)
        if m:
            return float(m.group(1)), text[:m.start()].rstrip(" ，,；;。"), None
        m = BRACKET_POINTS_RULE.search(folded)
        if m:
            return float(m.group(1)), text[:m.start()].rstrip(" ，,；;。"), text[m.start("rule"):m.end("rule")].strip()
        m = NAME_POINTS_RULE.match(folded)
        if m:
            note = POINTS_NOTE.fullmatch(m.group("note")) or POINTS_NOTE_WORDS.fullmatch(m.group("note"))
            if note:
                return float(note.group(1)), text[:m.end("name")].strip(), text[m.end():].strip().rstrip("。")
        return None, text, None

    def _under(self, category: DraftCategory | None, kind: str) -> bool:
        """The row sits in a section labelled as notes (评分说明, 填表说明) or as vetoes (一票否决)."""
        pattern = NOTES_SECTION if kind == "note" else _patterns()["veto"]
        while category is not None:
            if category.name and pattern.search(fold_words(category.name)):
                return True
            category = category.parent
        return False

    def _entries_table(self) -> str | None:
        """Named rule ``entries_table``: a table under a heading naming bonus or deduction entries
        (三、扣分项目 / 检查中发现下列情形的，按下表扣分：/ the table) lists entries, not items."""
        for block in reversed(self.doc.blocks[max(0, self.index - 3):self.index]):
            if isinstance(block, Table):
                return None
            m = ENTRIES_HEADING.match(squash(block.text))
            if m:
                return self._entry_kind(None, m.group(0)[m.start("kind"):])   # 扣分项目, without its number
        return None

    def _entry_kind(self, category: DraftCategory | None, text: str) -> str | None:
        """"bonus" or "deduction" when the row or a category above it is labelled as such
        (加分项 …, 扣分项 …) or the row is marked as a bonus (新项目开展（加分）)."""
        pats = _patterns()
        labels = [fold_words(text)]
        cat = category
        while cat is not None:
            labels.append(fold_words(cat.name))
            cat = cat.parent
        if any(pats["bonus"].match(label) for label in labels) or BONUS_MARK.search(labels[0]):
            return "bonus"
        if any(pats["deduction"].match(label) for label in labels):
            return "deduction"
        return None

    def _entry(self, kind: str, r: int, text: str, criteria: str, points, points_cell, text_cell,
               criteria_cell: Cell | None = None) -> None:
        """A bonus or deduction row, with the departments that rate it.  Its criteria, where they
        award or take off per occurrence up to a cap (每项加1分，最高加5分; 每次扣1分), give the
        entry's amount (negative for a deduction), unit and cap; the points cell is then the cap."""
        if kind == "bonus":
            text = BONUS_MARK.sub("", BONUS_LEAD.sub("", text))
        text = text.strip()
        entries = self.draft.bonus if kind == "bonus" else self.draft.deductions
        ref = self.span(text_cell)
        unit = cap = None
        said = criteria or text   # the criteria, else the entry's own text (做法被推广的，每项加2分)
        if said:
            rule = parse_rule(said, points).rule
            if isinstance(rule, PerOccurrenceRule) and (rule.delta > 0) == (kind == "bonus"):
                # the points cell is the entries' cap, unless it states the step itself (每人次扣2分 | -2)
                stated = abs(points) if points is not None and abs(points) != abs(rule.delta) else None
                cap = rule.cap if rule.cap is not None else stated
                points, unit = rule.delta, rule.unit
            elif points is None:   # 加3分 / 扣5分 beside no points cell: the amount it states
                amounts = [lab for lab in analyse(said) if lab[0] == ("AWARD" if kind == "bonus" else "PENALTY")]
                if len(amounts) == 1 and (amount := points_of(amounts[0])) is not None:
                    points = amount if kind == "bonus" else -amount
        dept = self.span(self._raters(r))
        departments = parse_departments(dept.text) if dept is not None else []
        entries.append(Entry(
            id=f"{'B' if kind == 'bonus' else 'K'}{len(entries) + 1}", kind=kind,
            text=squash(text) if "\n" in text else text, points=points, unit=unit, cap=cap,
            departments=departments,
            sources=refs(text=ref, points=(self.span(points_cell) if cell_text(points_cell) else
                                           self.span(criteria_cell) if criteria_cell is not None else None)
                         if points is not None else None,
                         criteria=self.span(criteria_cell) if criteria_cell is not None else None,
                         departments=dept if departments else None),
        ))

    def _split_numbered(self, text: str) -> list[tuple[str, str]]:
        """A cell holding several numbered paragraphs (1.… 2.…), each an item of its own."""
        lines = [ln for ln in text.split("\n") if ln.strip()]
        starts = [i for i, ln in enumerate(lines) if NUMBERED_LINE.match(ln)]
        if len(starts) < 2 or starts[0] != 0:
            return []
        out = []
        for a, b in zip(starts, starts[1:] + [len(lines)]):
            chunk = "".join(ln.strip() for ln in lines[a:b])
            m = NUMBERED_LINE.match(chunk)
            out.append((m.group(1), chunk[m.end():].strip()))
        return out


# --------------------------------------------------------------------------- table readers


def _parts(region: TableRegion) -> list[TableRegion]:
    return [region] + region.parts


@reader("tables", "layout", "table", priority=0)
def read_layout(ex: Extraction, region: TableRegion, draft: Draft) -> None:
    """Rows read from the table's layout: units of rows, nested categories from merged
    cells, section rows and numbering, category rows listing numbered entries, 加分/扣分/
    一票否决 rows; continued parts go on with the open section under the first part's header."""
    context = preceding_text(ex.doc, region.index)
    part = next((name for name, _, _ in ex.settings_draft.parts if name in context), None)
    previous = None
    for piece in _parts(region):
        layout = piece.layout if piece is region else continuing(piece.layout, region.layout)
        table_reader = TableReader(ex.doc, piece.index, piece.table, layout, draft, None, part)
        if previous is not None:
            table_reader.section, table_reader.numbered = previous.section, previous.numbered
            table_reader.headed = table_reader.headed or previous.headed
        table_reader.read()
        previous = table_reader
        label = piece.label
        for line in piece.layout.decisions:
            if line.startswith("ambiguous:"):
                draft.flags.append(Flag(kind="ambiguous", target=label,
                                        message=f"{label}: {line.split(':', 1)[1].strip()}"))
        if table_reader.notes:
            draft.flags.append(Flag(kind="note_rows", target=label,
                                    message=_("{table}: {n} note row(s) kept out of the items").format(
                                        table=label, n=table_reader.notes)))


# --------------------------------------------------------------------------- items in the header


def _own_cells(layout: TableLayout, r: int) -> list[Cell]:
    """The cells that start in row ``r`` (a merged cell once)."""
    return [cell for c, cell in enumerate(layout.grid[r]) if cell is not None and cell.row == r and cell.col == c]


def _header_notes(region: TableRegion) -> list[tuple[int, int]]:
    return header_points_cells(region.layout)


@reader("tables", "header", "table", priority=2, applies=lambda ex, region: len(_header_notes(region)) >= 2)
def read_header(ex: Extraction, region: TableRegion, draft: Draft) -> None:
    """A score sheet whose criteria and maxima stand in its header cells (创新性（20分）|
    答辩表现（10分）) over rows filled in per participant: the items are the header cells.
    A points cell spanning items' columns above them is their category (德（20分） over
    政治素质(10) | 职业道德(10)); a row labelled 评分要点 under the header gives each column's
    criteria."""
    layout = region.layout
    groups, cells = header_sheet(layout)
    by_column: dict[int, DraftCategory] = {}
    for r, c in groups:
        name, points, points_span, _ = strip_label_notes(cell_span(ex.doc, region.index, region.table, layout.grid[r][c]))
        group = draft.subcategory(name.text, None, name)
        group.points, group.points_span = points, points_span
        by_column.update(dict.fromkeys(range(c, c + layout.grid[r][c].col_span), group))
    below = criteria_row(layout, max(r for r, _ in cells))
    maxima = maxima_row(layout)
    if maxima is not None and maxima.total is not None:   # 总分 over 100: the sheet's total
        draft.total = maxima.total[1]
        draft.total_span = cell_span(ex.doc, region.index, region.table, layout.grid[maxima.row][maxima.total[0]])
    levels = level_rows(layout)   # a transposed rubric: each criterion scored by the level reached
    for number, (r, c) in enumerate(cells, start=1):
        cell = cell_span(ex.doc, region.index, region.table, layout.grid[r][c])
        name, points, points_span, _ = strip_label_notes(cell)
        bare = HEADER_BARE_POINTS.match(fold(cell.text)) if points is None else None
        if points is None and maxima is not None and c in maxima.points:   # named rule maxima_row
            points = maxima.points[c]
            points_span = cell_span(ex.doc, region.index, region.table, layout.grid[maxima.row][c])
        elif bare:
            name, points, points_span = cell.sub(0, bare.end(1)).strip(), float(bare.group(2)), \
                cell.sub(bare.end(1), len(cell.text)).strip()
        criteria = cell
        if below is not None and layout.text(below, c):
            criteria = cell_span(ex.doc, region.index, region.table, layout.grid[below][c])
        item = DraftItem(code=str(number), text=name, points=points, points_span=points_span, criteria=criteria)
        item.levels = [(label, number_of(layout.text(row, c))) for row, label in levels
                       if is_number(layout.text(row, c))]
        category = by_column.get(c) or draft.subcategory("", None)
        category.items.append(item)
    items = draft.items()
    draft.explain.append(f"{len(items)} item(s) from header cells that carry their points; "
                         "the rows below are filled in per participant")
    # a 评分说明 written in rows across the sheet names the columns and how each is scored
    notes = [cell_span(ex.doc, region.index, region.table, cell) for r in range(layout.table.n_rows)
             if len(row := [cell for cell in _own_cells(layout, r) if cell_text(cell)]) == 1 for cell in row]
    draft.explain.extend(rules_by_name(draft, notes))
