"""A small, fast writer of table workbooks (.xlsx): numbers and text cells, a bold header, nothing else.

Results workbooks of large runs hold millions of cells; general writers spend
microseconds per cell (openpyxl ~25 µs, XlsxWriter ~3 µs), which made the
workbook most of a run's time.  A results table needs only numbers, text and a
header, so the sheet XML is built column-wise from the texts the CSV already
has, and zipped once.

Text is always written as an inline string (``t="inlineStr"``): a unit name
such as ``=HYPERLINK(…)`` or ``@SUM(…)`` stays text, never a formula.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

#: Characters XML 1.0 cannot carry; shown as U+FFFD (the CSV keeps the original).
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


_BAD_TITLE = str.maketrans({c: "_" for c in '[]:*?/\\'})


def sheet_title(name: str) -> str:
    """A worksheet title for a rater group or part name (Excel: ≤ 31 chars, no []:*?/\\)."""
    return name.translate(_BAD_TITLE)[:31] or "sheet"


@dataclass
class SheetData:
    """One sheet: a header row and columns, each ``("n", number texts)`` or ``("s", texts)``."""

    name: str
    header: list[str]
    columns: list[tuple[str, list[str]]]
    widths: dict[int, float] = field(default_factory=dict)  # 0-based column → width in characters
    freeze_header: bool = True


def _text(s: str) -> str:
    s = escape(_BAD_XML.sub("\ufffd", s))
    return f'<c t="inlineStr"><is><t xml:space="preserve">{s}</t></is></c>'


def _cells(kind: str, values: list[str]) -> list[str]:
    if kind == "n":
        return [f"<c><v>{v}</v></c>" if v != "" else "<c/>" for v in values]
    return [_text(v) if v else "<c/>" for v in values]


def _rows(columns: list[tuple[str, list[str]]]) -> list[str]:
    """The <row> elements.  Number cells go through one format string per row (fast); text
    cells, and number columns with blanks, are made whole first."""
    template, args = ["<row>"], []
    for kind, values in columns:
        if kind == "n" and "" not in values:
            template.append("<c><v>{}</v></c>")
            args.append(values)
        else:
            template.append("{}")
            args.append(_cells(kind, values))
    template.append("</row>")
    fmt = "".join(template).format
    return [fmt(*r) for r in zip(*args)]


def _col_name(j: int) -> str:
    name = ""
    j += 1
    while j:
        j, r = divmod(j - 1, 26)
        name = chr(65 + r) + name
    return name


#: Rows per chunk written to the zip (bounds the memory of large sheets).
CHUNK = 2_000


def sheet_head(sheet: SheetData, n_rows: int | None = None) -> str:
    """The worksheet XML up to and including the header row (``n_rows``: data rows, for the dimension)."""
    head = "".join(f'<c t="inlineStr" s="1"><is><t xml:space="preserve">{escape(_BAD_XML.sub(chr(0xFFFD), h))}'
                   f"</t></is></c>" for h in sheet.header)
    n = n_rows if n_rows is not None else max((len(v) for _, v in sheet.columns), default=0)
    view = ('<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
            'state="frozen"/></sheetView></sheetViews>' if sheet.freeze_header else "")
    widths = "".join(f'<col min="{j + 1}" max="{j + 1}" width="{w:g}" customWidth="1"/>'
                     for j, w in sorted(sheet.widths.items()))
    dim = f"A1:{_col_name(max(len(sheet.header), 1) - 1)}{n + 1}"
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<dimension ref="{dim}"/>{view}<sheetFormatPr defaultRowHeight="15"/>'
            + (f"<cols>{widths}</cols>" if widths else "")
            + "<sheetData><row>" + head + "</row>")


SHEET_TAIL = "</sheetData></worksheet>"


def sheet_xml_parts(sheet: SheetData):
    """The worksheet XML, in pieces: the head, the rows CHUNK at a time, the tail."""
    yield sheet_head(sheet)
    n = max((len(v) for _, v in sheet.columns), default=0)
    for start in range(0, n, CHUNK):
        yield "".join(_rows([(kind, values[start:start + CHUNK]) for kind, values in sheet.columns]))
    yield SHEET_TAIL


def sheet_xml(sheet: SheetData) -> str:
    return "".join(sheet_xml_parts(sheet))


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    '{sheets}</Types>')
_SHEET_TYPE = ('<Override PartName="/xl/worksheets/sheet{i}.xml" '
               'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>')
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    '</styleSheet>')


class WorkbookWriter:
    """A workbook written sheet by sheet; a sheet's rows may arrive in pieces (:meth:`sheet_rows`).

    The zip holds one member open at a time, so sheets are written one after the other."""

    def __init__(self, path: str | Path, names: list[str]) -> None:
        self.path = Path(path)
        self.zip = zipfile.ZipFile(self.path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1)
        sheet_list = "".join(f'<sheet name="{escape(n)}" sheetId="{i}" r:id="rId{i}"/>'
                             for i, n in enumerate(names, 1))
        workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                    f"<sheets>{sheet_list}</sheets></workbook>")
        rels = "".join(f'<Relationship Id="rId{i}" '
                       'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                       f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(names) + 1))
        rels += (f'<Relationship Id="rId{len(names) + 1}" '
                 'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
                 'Target="styles.xml"/>')
        wb_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f"{rels}</Relationships>")
        types = _CONTENT_TYPES.format(sheets="".join(_SHEET_TYPE.format(i=i) for i in range(1, len(names) + 1)))
        self.zip.writestr("[Content_Types].xml", types)
        self.zip.writestr("_rels/.rels", _ROOT_RELS)
        self.zip.writestr("xl/workbook.xml", workbook)
        self.zip.writestr("xl/_rels/workbook.xml.rels", wb_rels)
        self.zip.writestr("xl/styles.xml", _STYLES)
        self.index = 0
        self.part = None

    def begin_sheet(self, sheet: SheetData, n_rows: int | None = None) -> None:
        """Start the next sheet: its head (``sheet.columns`` may be empty when rows follow in pieces)."""
        self.end_sheet()
        self.index += 1
        self.part = self.zip.open(f"xl/worksheets/sheet{self.index}.xml", "w")
        self.part.write(sheet_head(sheet, n_rows).encode("utf-8"))

    def sheet_rows(self, columns: list[tuple[str, list[str]]]) -> None:
        """Rows of the current sheet, given as columns of texts."""
        for start in range(0, max((len(v) for _, v in columns), default=0), CHUNK):
            self.part.write("".join(_rows([(k, v[start:start + CHUNK]) for k, v in columns])).encode("utf-8"))

    def end_sheet(self) -> None:
        if self.part is not None:
            self.part.write(SHEET_TAIL.encode("utf-8"))
            self.part.close()
            self.part = None

    def close(self) -> None:
        self.end_sheet()
        self.zip.close()

    def __enter__(self) -> "WorkbookWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def write_workbook(path: str | Path, sheets: list[SheetData]) -> Path:
    """Write ``sheets`` into a new .xlsx at ``path`` (the caller makes it atomic)."""
    with WorkbookWriter(path, [s.name for s in sheets]) as wb:
        for s in sheets:
            wb.begin_sheet(s)
            wb.sheet_rows(s.columns)
    return Path(path)
