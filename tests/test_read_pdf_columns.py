"""A page set in two text columns is read column by column, not line by line across both."""

from pathlib import Path

import pytest

from extractors import read_document

canvas = pytest.importorskip("reportlab.pdfgen.canvas")
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FONT = "STSong-Light"
LANDSCAPE = (842, 595)
LEFT = ["一、组织建设（20分）", "1. 按期完成换届选举工作并报送材料，10分。", "2. 规范建立会员管理台账并及时更新，10分。",
        "二、服务职工（30分）", "1. 开展困难职工帮扶并建立帮扶档案，15分。", "2. 组织职工疗休养活动并留存记录，15分。"]
RIGHT = ["三、建功立业（30分）", "1. 组织劳动和技能竞赛并表彰先进个人，20分。", "2. 推荐劳模工匠人选并宣传先进事迹，10分。",
         "四、宣传教育（20分）", "1. 开展职工读书活动并评选优秀读书人，10分。", "2. 建设职工书屋并定期更新图书资料，10分。"]


def _draw(path: Path, right_column: list[str]) -> Path:
    c = canvas.Canvas(str(path), pagesize=LANDSCAPE)
    c.setFont(FONT, 16)
    c.drawString(40, 550, "基层工会工作考核评分细则（满分100分）")
    c.setFont(FONT, 11)
    for i, (left, right) in enumerate(zip(LEFT, right_column)):
        y = 500 - i * 22
        c.drawString(40, y, left)
        c.drawString(440, y, right)
    c.showPage()
    c.save()
    return path


def test_two_text_columns_are_read_left_column_first_under_the_full_width_title(tmp_path):
    doc = read_document(_draw(tmp_path / "two_columns.pdf", RIGHT))
    text = "".join(b.text.replace("\n", "") for b in doc.blocks)
    assert text == "".join(["基层工会工作考核评分细则（满分100分）", *LEFT, *RIGHT])


def test_short_cells_beside_text_are_not_a_second_text_column(tmp_path):
    cells = ["10", "10", "", "15", "15", ""]
    doc = read_document(_draw(tmp_path / "cells.pdf", cells))
    text = "".join(b.text.replace("\n", "") for b in doc.blocks if b.kind != "table")
    assert "".join(LEFT) not in text   # the figures stay on their rows, not read as a column after the text
