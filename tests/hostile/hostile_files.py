"""Small files that declare huge grids, built for the hostile tests and bench/bench_hostile.py.

Each builder writes one file into a folder and returns its path; :data:`CASES`
names the cases of issue #20, each a few kilobytes to a few megabytes that
declares gigabytes of grid, styles or columns.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Callable

import docx
import openpyxl

SHEET = "xl/worksheets/sheet1.xml"
SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def replaced(package: bytes, parts: dict[str, str], stored: frozenset[str] = frozenset()) -> bytes:
    """The zip package with some parts' XML replaced (or added); ``stored`` ones uncompressed (a hostile
    file varies its entries so that they do not compress past the zip-ratio limit; storing them does
    the same here)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename not in parts:
                dst.writestr(info, src.read(info.filename))
        for name, xml in parts.items():
            dst.writestr(name, xml.encode(), zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED)
    return out.getvalue()


def workbook(tmp_path: Path, sheet_data: str, merges: str = "", parts: dict[str, str] | None = None) -> Path:
    """An xlsx whose first sheet holds exactly ``sheet_data`` (``<row>`` elements) and ``merges``."""
    buffer = io.BytesIO()
    book = openpyxl.Workbook()
    book.active["A1"] = "考核"
    book.save(buffer)
    merge_xml = f'<mergeCells count="1">{merges}</mergeCells>' if merges else ""
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{SHEET_NS}">'
             f"<sheetData>{sheet_data}</sheetData>{merge_xml}</worksheet>")
    path = tmp_path / "hostile.xlsx"
    path.write_bytes(replaced(buffer.getvalue(), {SHEET: sheet, **(parts or {})}, frozenset(parts or ())))
    return path


def cell(ref: str, text: str = "1") -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def word(tmp_path: Path, body: str, parts: dict[str, str] | None = None) -> Path:
    """A docx whose body is exactly ``body`` (WordprocessingML)."""
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{ns}"><w:body>{body}</w:body></w:document>'
    path = tmp_path / "hostile.docx"
    path.write_bytes(replaced(buffer.getvalue(), {"word/document.xml": xml, **(parts or {})}))
    return path


def tc(props: str = "", text: str = "x") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def span(columns: int) -> str:
    return f'<w:gridSpan w:val="{columns}"/>'


# --------------------------------------------------------------------------- the cases


def xlsx_far_corner(folder: Path) -> Path:
    return workbook(folder, f'<row r="1">{cell("A1")}</row><row r="1048576">{cell("XFD1048576")}</row>')


def xlsx_whole_sheet_merge(folder: Path) -> Path:
    return workbook(folder, f'<row r="1">{cell("A1")}</row>', merges='<mergeCell ref="A1:XFD1048576"/>')


def xlsx_million_rows_down(folder: Path) -> Path:
    return workbook(folder, f'<row r="1">{cell("A1")}{cell("B1")}</row><row r="1000000">{cell("C1000000")}</row>')


def xlsx_overlapping_merges(folder: Path) -> Path:
    return workbook(folder, f'<row r="1">{cell("A1")}</row>', merges='<mergeCell ref="A1:CV100"/>' * 10_000)


XF = '<xf fontId="0"/>'


def xlsx_million_styles(folder: Path, first: str = "1") -> Path:
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{SHEET_NS}">'
              f'<fonts count="1000000">{"<font><b/></font>" * 1_000_000}</fonts>'
              f'<cellXfs count="1000000">{XF * 1_000_000}</cellXfs></styleSheet>')
    return workbook(folder, f'<row r="1">{cell("A1", first)}</row>', parts={"xl/styles.xml": styles})


def xlsx_two_million_strings(folder: Path) -> Path:
    strings = (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{SHEET_NS}" count="2000000">'
               + "<si><t>a</t></si>" * 2_000_000 + "</sst>")
    return workbook(folder, f'<row r="1">{cell("A1")}</row>', parts={"xl/sharedStrings.xml": strings})


def docx_huge_grid_span(folder: Path) -> Path:
    row = f"<w:tr>{tc(span(2_000_000_000))}{tc()}</w:tr>"
    return word(folder, f"<w:tbl>{row * 3}</w:tbl>")


def docx_grid_before(folder: Path) -> Path:
    row = '<w:tr><w:trPr><w:gridBefore w:val="50000000"/></w:trPr>' + tc() + "</w:tr>"
    return word(folder, f"<w:tbl>{row * 1000}</w:tbl>")


def docx_wide_rows(folder: Path) -> Path:
    return word(folder, f"<w:tbl>{f'<w:tr>{tc(span(5000))}</w:tr>' * 20_000}</w:tbl>")


def docx_many_styles(folder: Path) -> Path:
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{ns}">'
              + "".join(f'<w:style w:type="paragraph" w:styleId="s{i}"/>' for i in range(70_000)) + "</w:styles>")
    return word(folder, "<w:p><w:r><w:t>考核</w:t></w:r></w:p>", parts={"word/styles.xml": styles})


def html_huge_spans(folder: Path) -> Path:
    path = folder / "hostile.html"
    path.write_text(f"<html><body><table>{'<tr><td colspan=1000 rowspan=1000>x</td></tr>' * 1000}</table>"
                    "</body></html>")
    return path


def txt_million_tabs(folder: Path) -> Path:
    """A tab-separated table whose second line has 10^6 columns (a lone such line would be prose)."""
    path = folder / "hostile.txt"
    path.write_text("单位\t得分\n" + "\t".join(["x"] * 1_000_000) + "\n")
    return path


def csv_million_columns(folder: Path) -> Path:
    path = folder / "wide.csv"
    path.write_text("unit," + ",".join(f"c{k}" for k in range(1_000_000)) + "\n甲,1\n")
    return path


#: The notices of issue #20 that declared far more than they stored, by name.
CASES: dict[str, Callable[[Path], Path]] = {
    "xlsx A1 + XFD1048576": xlsx_far_corner,
    "xlsx merge A1:XFD1048576": xlsx_whole_sheet_merge,
    "xlsx cell at C1000000": xlsx_million_rows_down,
    "xlsx 10,000 overlapping merges": xlsx_overlapping_merges,
    "xlsx 1M fonts + 1M cellXfs": xlsx_million_styles,
    "xlsx 2M shared strings": xlsx_two_million_strings,
    "docx gridSpan 2e9": docx_huge_grid_span,
    "docx gridBefore 5e7 x 1000 rows": docx_grid_before,
    "docx 20,000 rows x gridSpan 5000": docx_wide_rows,
    "docx 70,000 styles": docx_many_styles,
    "html 1000 x colspan/rowspan 1000": html_huge_spans,
    "txt 10^6 TABs on a line": txt_million_tabs,
}
