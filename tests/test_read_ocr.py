"""Scanned PDFs and images are read by OCR (RapidOCR), tables rebuilt from their ruling lines.

The two scans in tests/data/scanned are image-only versions of the 001 and 002
text PDFs (001: 150 dpi with a 0.4° skew; 002: 200 dpi).  Each is OCR'd once
per test session (OCR costs seconds per page) and shared by the tests below.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from typer.testing import CliRunner

from conftest import NOTICES, ROOT
from extractors import NoTextLayer, Table, read_document
from extractors.model import Document

SCANNED = ROOT / "tests" / "data" / "scanned"
SCAN_001 = SCANNED / "001_union_2011_scanned.pdf"
SCAN_002 = SCANNED / "002_shaoxing_2019_scanned.pdf"


@lru_cache(maxsize=None)
def ocr(path: Path) -> Document:
    """One OCR per scan per session."""
    return read_document(path)


@lru_cache(maxsize=None)
def scheme_of(path: Path):
    from pipeline.extract import extract_scheme

    return extract_scheme(ocr(path) if path.parent == SCANNED else read_document(path))


def points_by_id(scheme) -> dict[str, float | None]:
    return {item.id: item.points for item in scheme.items}


# --------------------------------------------------------------------------- the 001 scan: one table over three pages


def text_pdf_table(name: str, index: int = 0) -> Table:
    return read_document(NOTICES / name).tables[index]


def test_001_scan_is_one_table_of_eight_columns_over_three_pages() -> None:
    doc = ocr(SCAN_001)
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    assert (table.n_cols, table.pages) == (8, [1, 2, 3])
    assert table.rows()[0] == text_pdf_table("001_union_2011_table.pdf").rows()[0]  # 考核项目 序号 考核内容 …


def test_001_scan_category_cells_span_their_rows() -> None:
    (table,) = ocr(SCAN_001).tables
    category = table.cell_at(1, 0)
    assert category.text == text_pdf_table("001_union_2011_table.pdf").cell_at(1, 0).text  # 组织建设自身建设
    assert (category.row_span, category.col_span) == (10, 1)
    assert [table.cell_at(r, 1).text for r in range(1, 11)] == [str(n) for n in range(1, 11)]


def test_001_scan_cells_keep_page_bbox_and_confidence() -> None:
    (table,) = ocr(SCAN_001).tables
    cell = table.cell_at(1, 4)  # item 1's points
    assert cell.text == "6"
    assert cell.prov.page == 1
    x0, top, x1, bottom = cell.prov.bbox
    assert 380 < x0 < x1 < 430 and 100 < top < bottom < 150  # PDF points on an 842×596 page
    assert cell.prov.confidence is not None and cell.prov.confidence > 0.9


def test_001_scan_gives_the_items_and_points_of_the_text_pdf() -> None:
    scanned = points_by_id(scheme_of(SCAN_001))
    assert scanned == points_by_id(scheme_of(NOTICES / "001_union_2011_table.pdf"))
    assert len(scanned) == 30
    assert (scanned["1"], scanned["2"], scanned["28"], scanned["30"]) == (6, 10, 7, 4)


def test_001_scan_notes_the_pages_read_by_ocr_and_the_deskew() -> None:
    notes = ocr(SCAN_001).notes
    assert any(n.startswith("pages without a text layer were read by OCR: 1, 2, 3") and "deskewed" in n
               for n in notes)


# --------------------------------------------------------------------------- the 002 scan: prose, then tables


def test_002_scan_reads_the_prose_in_reading_order() -> None:
    texts = [b.text for b in ocr(SCAN_002).blocks if not isinstance(b, Table)]
    first = next(i for i, t in enumerate(texts) if t.startswith("第一章"))
    second = next(i for i, t in enumerate(texts) if t.startswith("第二章"))
    assert first < second


def test_002_scan_indicator_table_has_four_columns_and_merged_headers() -> None:
    tables = ocr(SCAN_002).tables
    indicator = next(t for t in tables if t.rows()[0][0] == "考核内容")
    assert indicator.n_cols == 4
    header = indicator.cell_at(0, 0)
    assert (header.text, header.col_span) == ("考核内容", 2)


def test_002_scan_gives_the_items_and_points_of_the_text_pdf() -> None:
    scanned = points_by_id(scheme_of(SCAN_002))
    assert scanned == points_by_id(scheme_of(NOTICES / "002_shaoxing_2019.pdf"))
    assert len(scanned) == 28


# --------------------------------------------------------------------------- images, mixed PDFs, --no-ocr


def page_png(pdf: Path, page: int, crop: float = 1.0) -> bytes:
    """A page of a scan rendered to PNG (at 200 dpi), optionally only its top part."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(pdf)
    image = doc[page - 1].render(scale=200 / 72, grayscale=True).to_pil()
    doc.close()
    image = image.crop((0, 0, image.width, int(image.height * crop)))
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(200, 200))
    return out.getvalue()


def test_a_png_image_is_read_by_ocr(tmp_path: Path) -> None:
    path = tmp_path / "page.png"
    path.write_bytes(page_png(SCAN_002, 1, crop=0.3))
    doc = read_document(path)
    assert doc.source.format == "image"
    assert doc.blocks[0].text.startswith("绍兴市直部门系统")
    assert any(b.text.startswith("第一章") for b in doc.blocks)
    assert all(b.prov.page == 1 and b.prov.bbox and b.prov.confidence for b in doc.blocks)


def test_an_image_named_pdf_is_refused_as_a_mismatch(tmp_path: Path) -> None:
    from extractors import FormatMismatch

    path = tmp_path / "page.pdf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    with pytest.raises(FormatMismatch):
        read_document(path)


def test_a_mixed_pdf_is_ocrd_only_on_its_scanned_page(tmp_path: Path) -> None:
    import pypdfium2

    mixed = pypdfium2.PdfDocument.new()
    mixed.import_pages(pypdfium2.PdfDocument(NOTICES / "002_shaoxing_2019.pdf"), [0])
    mixed.import_pages(pypdfium2.PdfDocument(SCAN_002), [2])
    path = tmp_path / "mixed.pdf"
    mixed.save(path)
    calls = []
    doc = read_document(path, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 1)]
    assert "pages without a text layer were read by OCR: 2" in doc.notes
    on_page = {b.prov.page: b for b in reversed(doc.blocks)}
    assert on_page[1].prov.confidence is None  # the text layer, as is
    assert on_page[2].prov.confidence is not None  # OCR
    assert any(b.prov.page == 2 and "共性工作考核" in b.text for b in doc.blocks)


def test_no_ocr_keeps_the_no_text_layer_error() -> None:
    with pytest.raises(NoTextLayer) as info:
        read_document(SCAN_001, ocr=False)
    assert "text layer" in str(info.value)


def test_cli_no_ocr_reports_the_missing_text_layer() -> None:
    from kaohe.cli import app

    result = CliRunner().invoke(app, ["read", str(SCAN_001), "--no-ocr"])
    assert result.exit_code == 1
    assert "no text layer" in result.output or "text layer" in result.output


# --------------------------------------------------------------------------- the reviewer's flags


def ruled_table_png(rows: list[list[str]]) -> bytes:
    """A ruled table drawn with PIL's own font (no system fonts needed), as a 200 dpi PNG."""
    font = ImageFont.load_default(size=40)
    cell_w, cell_h, x0, y0 = 360, 90, 60, 60
    image = Image.new("L", (x0 * 2 + cell_w * len(rows[0]), y0 * 2 + cell_h * len(rows)), 255)
    draw = ImageDraw.Draw(image)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            box = (x0 + c * cell_w, y0 + r * cell_h, x0 + (c + 1) * cell_w, y0 + (r + 1) * cell_h)
            draw.rectangle(box, outline=0, width=3)
            draw.text((box[0] + 30, box[1] + 22), text, font=font, fill=0)
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(200, 200))
    return out.getvalue()


def test_letters_read_in_a_points_column_are_flagged_for_the_reviewer(tmp_path: Path) -> None:
    path = tmp_path / "points.png"
    path.write_bytes(ruled_table_png([["Item", "Points"], ["Alpha", "S"], ["Beta", "2Z"], ["Gamma", "4"]]))
    doc = read_document(path)
    (table,) = doc.tables
    assert table.rows() == [["Item", "Points"], ["Alpha", "S"], ["Beta", "2Z"], ["Gamma", "4"]]
    flagged = [f for f in doc.flags if f.kind == "ocr_low_confidence"]
    assert sorted((f.row, f.message.split('"')[1]) for f in flagged) == [(1, "S"), (2, "2Z")]


@pytest.mark.parametrize("text, expected", [
    ("得S分", ["S"]), ("建会率达到8O%以上", ["8O"]), ("共l0项", ["l0"]), ("1O", ["1O"]),
    ("得5分", []), ("ISO9001", []), ("Word文档", []), ("第2条", []),
])
def test_number_like_tokens_with_lookalike_letters(text: str, expected: list[str]) -> None:
    from extractors.ocr.review import lookalike_numbers

    assert lookalike_numbers(text) == expected


def test_a_missing_model_file_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from extractors.ocr import engine

    monkeypatch.setattr(engine, "model_dir", lambda: tmp_path)
    with pytest.raises(engine.OcrUnavailable) as info:
        engine.model_paths()
    assert "PP-OCRv6_det_small.onnx" in str(info.value) and "never downloaded" in str(info.value)


def test_002_scan_keeps_its_two_line_title_one_heading() -> None:
    from extractors import Heading

    title = ocr(SCAN_002).blocks[0]
    assert isinstance(title, Heading) and title.level == 1
    assert title.text.startswith("绍兴市直部门系统") and title.text.endswith("2019年度重点工作考核办法")


# --------------------------------------------------------------------------- grids and deskew on drawn pages


def drawn_table(spans: dict[tuple[int, int], tuple[int, int]], rows: int, cols: int, angle: float = 0.0):
    """A 200 dpi page with a ruled table; ``spans`` maps a top-left cell to its (row_span, col_span)."""
    import numpy as np

    cell_w, cell_h, x0, y0 = 240, 80, 100, 150
    image = Image.new("L", (x0 * 2 + cols * cell_w, y0 * 2 + rows * cell_h), 255)
    draw = ImageDraw.Draw(image)
    covered = {(r, c): (r, c) for r in range(rows) for c in range(cols)}
    for (r0, c0), (rs, cs) in spans.items():
        for r in range(r0, r0 + rs):
            for c in range(c0, c0 + cs):
                covered[(r, c)] = (r0, c0)
    for (r, c), owner in covered.items():
        if owner != (r, c):
            continue
        rs, cs = spans.get((r, c), (1, 1))
        draw.rectangle((x0 + c * cell_w, y0 + r * cell_h, x0 + (c + cs) * cell_w, y0 + (r + rs) * cell_h), outline=0, width=3)
        draw.text((x0 + c * cell_w + 20, y0 + r * cell_h + 20), "text 12", font=ImageFont.load_default(size=30), fill=0)
    if angle:
        image = image.rotate(angle, resample=Image.BILINEAR, fillcolor=255)
    return np.asarray(image)


def grid_shape(grid) -> list[tuple[int, int, int, int]]:
    """(row, col, row_span, col_span) of each cell, from the cell boxes and grid lines."""
    def index(lines, value):
        return min(range(len(lines)), key=lambda i: abs(lines[i] - value))

    return sorted(
        (index(grid.ys, y0), index(grid.xs, x0), index(grid.ys, y1) - index(grid.ys, y0), index(grid.xs, x1) - index(grid.xs, x0))
        for x0, y0, x1, y1 in grid.cells
    )


def test_a_cell_without_an_inner_rule_spans_rows_and_columns() -> None:
    from extractors.ocr.grid import find_grids

    gray = drawn_table({(1, 0): (3, 1), (0, 1): (1, 2)}, rows=4, cols=3)
    (grid,) = find_grids(gray, 200)
    assert grid_shape(grid) == [
        (0, 0, 1, 1), (0, 1, 1, 2),
        (1, 0, 3, 1), (1, 1, 1, 1), (1, 2, 1, 1),
        (2, 1, 1, 1), (2, 2, 1, 1),
        (3, 1, 1, 1), (3, 2, 1, 1),
    ]


def test_a_skewed_page_is_turned_upright_before_its_grid_is_read() -> None:
    from extractors.ocr.grid import deskew, find_grids

    gray = drawn_table({}, rows=3, cols=3, angle=1.0)
    upright, angle = deskew(gray)
    assert angle == pytest.approx(-1.0, abs=0.05)
    (grid,) = find_grids(upright, 200)
    assert (len(grid.ys), len(grid.xs), len(grid.cells)) == (4, 4, 9)


def test_a_page_without_rules_has_no_grid() -> None:
    import numpy as np

    from extractors.ocr.grid import find_grids

    image = Image.new("L", (1200, 800), 255)
    ImageDraw.Draw(image).text((100, 100), "plain text only, no table", font=ImageFont.load_default(size=40), fill=0)
    assert find_grids(np.asarray(image), 200) == []
