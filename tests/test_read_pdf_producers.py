"""PDFs from any producer: running headers, footers and page numbers left out;
ideographs doubled by radical/compatibility forms folded; vertical text rejoined;
a ruled table continued on the next page joined.  Synthetic PDFs are drawn with
reportlab (Adobe's STSong-Light CID font, which every PDF reader knows), and the
real corpus PDF c02 (a text layer that doubles characters) is in tests/data/corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from extractors import read_document
from extractors.cjk import has_variant, is_variant
from extractors.pdf_reader import _fold_duplicates

canvas = pytest.importorskip("reportlab.pdfgen.canvas")
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FONT = "STSong-Light"
PAGE = (595, 842)
CORPUS = ROOT / "tests" / "data" / "corpus"


def draw(path: Path, pages) -> Path:
    """``pages``: one callable per page, drawing on the canvas."""
    c = canvas.Canvas(str(path), pagesize=PAGE)
    for page in pages:
        c.setFont(FONT, 12)
        page(c)
        c.showPage()
    c.save()
    return path


def texts(document) -> list[str]:
    return [b.text for b in document.blocks if b.kind != "table"]


def flag_kinds(document) -> list[str]:
    return [f.kind for f in document.flags]


# --------------------------------------------------------------------------- running lines


def page_with(n: int, total: int, body: str, footer):
    def paint(c):
        c.setFont(FONT, 10)
        c.drawString(240, 810, "某某公司考核办法")  # running header
        c.setFont(FONT, 12)
        c.drawString(72, 700 - 20 * n, body)
        c.drawString(270, 30, footer(n, total))
    return paint


@pytest.mark.parametrize("footer", [
    lambda n, m: f"第 {n} 页 共 {m} 页",
    lambda n, m: f"- {n} -",
    lambda n, m: f"{n}/{m}",
    lambda n, m: f"共{m}页 第{n}页",
])
def test_running_header_and_page_numbers_are_left_out_and_flagged(tmp_path, footer):
    bodies = ["一、组织建设（10分）", "二、经费管理（8分）", "三、宣传教育（6分）"]
    path = draw(tmp_path / "n.pdf", [page_with(i + 1, 3, body, footer) for i, body in enumerate(bodies)])
    document = read_document(path)
    assert "".join(texts(document)) == "".join(bodies)  # (short lines carry on over the page break)
    assert flag_kinds(document) == ["running_text_removed"]
    assert document.flags[0].message.startswith("6 running header/footer or page-number line(s) left out: "
                                                "p1: 某某公司考核办法; p1: ")


def test_a_title_at_the_top_of_a_single_page_is_kept(tmp_path):
    def paint(c):
        c.drawString(200, 800, "考核办法")
        c.drawString(72, 600, "第一条 考核实行百分制。")
        c.drawString(290, 30, "1")
    document = read_document(draw(tmp_path / "one.pdf", [paint]))
    assert texts(document) == ["考核办法", "第一条 考核实行百分制。"]


def test_long_text_in_the_footer_band_is_body_text(tmp_path):
    note = "注：本表由各单位于每年十二月底前报送考核办公室，逾期未报送的按零分计算并通报批评。"
    pages = [lambda c, i=i: (c.drawString(72, 600, f"第{i}部分"), c.drawString(40, 40, note)) for i in (1, 2)]
    document = read_document(draw(tmp_path / "note.pdf", pages))
    assert texts(document).count(note) == 2


# --------------------------------------------------------------------------- doubled characters


def glyphs(*texts: str) -> list[dict]:
    return [{"text": t} for t in texts]


def test_one_glyph_carrying_radical_ideograph_and_compatibility_form_becomes_the_ideograph():
    chars = glyphs("\u2f47\u65e5", "\u4e0d\uf967", "\u2fa5\u91cc\uf9e9", "\u2eec\u9f50", "常")
    assert _fold_duplicates(chars) == 4
    assert [c["text"] for c in chars] == ["日", "不", "里", "齐", "常"]


def test_radical_glyph_beside_its_ideograph_is_dropped_and_a_lone_radical_mapped():
    chars = glyphs("\u2f47", "日", "常", "\u2f00", "、", "不", "\uf967")
    assert _fold_duplicates(chars) == 3
    assert "".join(c["text"] for c in chars) == "日常一、不"


def test_genuinely_repeated_ideographs_are_kept():
    chars = glyphs("常", "常", "人", "人")
    assert (_fold_duplicates(chars), "".join(c["text"] for c in chars)) == (0, "常常人人")


@pytest.mark.parametrize("ch", ["\u2e80", "\u2eff", "\u2f00", "\u2fdf", "\uf900", "\ufaff", "\U0002f800", "\U0002fa1f"])
def test_the_page_scan_for_variants_finds_each_range_edge(ch):
    assert has_variant(f"常{ch}人") and is_variant(ch)


@pytest.mark.parametrize("ch", ["\u2e7f", "\u2fe0", "\uf8ff", "\ufb00", "\U0002f7ff", "\U0002fa20", "日"])
def test_the_page_scan_for_variants_passes_over_ideographs_and_neighbours(ch):
    assert not has_variant(f"常{ch}人") and not is_variant(ch)


def test_corpus_text_layer_with_doubled_characters_reads_clean():
    document = read_document(CORPUS / "c02_sfls_daily_discipline_scoring_rules.pdf")
    assert texts(document)[:4] == ["纪检部每日常规及自主劳动检查评分细则", "一、班级卫生", "1.地面整洁，无垃圾或杂物，地面无污垢",
                                   "2.桌椅及地上的物品摆放整齐有序"]
    assert not any("\u2f00" <= ch <= "\u2fdf" or "\uf900" <= ch <= "\ufaff" for ch in document.text)
    assert [f.message for f in document.flags] == [
        "characters doubled by their radical or compatibility form were folded into one ideograph "
        "(page 1: 76, page 2: 74)"]


# --------------------------------------------------------------------------- tables


def ruled_table(c, top: float, rows: list[list[str]], widths: list[float], heights: list[float]) -> None:
    """Draw a ruled grid with each cell's text lines (a cell value may be a list of lines)."""
    x0 = 72
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    y = top
    for row, h in zip(rows, heights):
        for x, value, w in zip(xs, row, widths):
            lines = value if isinstance(value, list) else [value]
            for k, line in enumerate(lines):
                c.drawString(x + 4, y - 14 - 14 * k, line)
        c.line(x0, y, xs[-1], y)
        y -= h
    c.line(x0, y, xs[-1], y)
    for x in xs:
        c.line(x, top, x, y)


def test_characters_stacked_one_per_line_in_a_cell_are_rejoined(tmp_path):
    def paint(c):
        ruled_table(c, 760, [["类别", "项目", "分值"], [list("基本分项"), "建会", "4"], ["", "入会", "6"]],
                    [40, 200, 60], [24, 70, 40])
    table = read_document(draw(tmp_path / "vertical.pdf", [paint])).tables[0]
    assert table.rows()[1][0] == "基本分项"


def test_a_column_of_single_digits_is_not_vertical_text(tmp_path):
    def paint(c):
        ruled_table(c, 760, [["项目", "分值"], ["建会", ["1", "2", "3"]]], [200, 60], [24, 60])
    table = read_document(draw(tmp_path / "digits.pdf", [paint])).tables[0]
    assert table.rows()[1][1] == "1\n2\n3"


def test_a_ruled_table_continued_on_the_next_page_is_one_table_without_the_repeated_header(tmp_path):
    header = ["序号", "考核内容", "分值"]
    first = [header] + [[str(i), f"第{i}项内容", "5"] for i in range(1, 4)]
    second = [header] + [[str(i), f"第{i}项内容", "5"] for i in range(4, 6)]

    def page(rows):
        return lambda c: ruled_table(c, 800, rows, [50, 250, 60], [24] * len(rows))

    # the first page's table runs to the bottom margin: nothing follows it on that page
    document = read_document(draw(tmp_path / "split.pdf", [page(first), page(second)]))
    assert len(document.tables) == 1
    table = document.tables[0]
    assert table.rows() == [header] + [[str(i), f"第{i}项内容", "5"] for i in range(1, 6)]
    assert table.pages == [1, 2]
