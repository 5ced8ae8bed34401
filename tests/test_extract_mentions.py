"""Point mentions: every statement of points gets a role or is flagged, and confidence follows."""

from extractors.model import Document, Paragraph, Provenance, Source
from pipeline.extract import extract_scheme
from pipeline.extract.mentions import POINTS


def _doc(*lines: str) -> Document:
    blocks = [Paragraph(text=t, prov=Provenance(block=i, paragraph=i)) for i, t in enumerate(lines)]
    return Document(source=Source(path="t.docx", name="t.docx", sha256="0" * 64, format="docx", size=0),
                    blocks=blocks)


def test_clock_times_and_durations_are_not_point_mentions():
    assert [m.group() for m in POINTS.finditer("17点30分公布，9时05分开始，用时30分钟，得5分，扣1-2分")] == [
        "5分", "1-2分"]


def test_a_statement_of_points_no_reading_uses_is_flagged_with_its_place():
    scheme = extract_scheme(_doc("一、组织建设（20分）", "1.建立工会组织（10分）", "2.按期换届（10分）",
                                 "说明：未按时报送材料的另扣3分。"))
    flags = [f for f in scheme.flags if f.kind == "unaccounted_points"]
    assert [(f.target, f.source.block, f.source.quote) for f in flags] == [("prose", 3, "3分")]
    assert flags[0].message == ("prose: 1 of 4 statement(s) of points not read as item points, totals, entries or "
                                "rule amounts («3分»)")


def test_a_reading_that_accounts_for_every_point_stated_has_full_confidence():
    scheme = extract_scheme(_doc("一、组织建设（20分）", "1.建立工会组织（10分）", "2.按期换届（10分）"))
    assert [f.kind for f in scheme.flags] == []
    assert scheme.confidence == 1.0


def test_points_given_by_a_note_keep_the_note_as_their_source():
    scheme = extract_scheme(_doc("一、班级卫生", "1. 地面整洁", "2. 桌椅整齐", "注：", "1.每天卫生总分为4分，以上两项标准各占2分"))
    assert [(i.points, i.sources["points"].block, i.sources["points"].quote) for i in scheme.items] == [
        (2.0, 4, "2"), (2.0, 4, "2")]
