"""Awards per occurrence with a cap (每培育1个示范点得2分，最高6分): parsed into a per-occurrence
rule that adds points per counted occurrence, and scored exactly up to the cap."""

from extractors.model import Document, Paragraph, Provenance, Source
from pipeline.extract import extract_scheme
from pipeline.scoring import score_file
from pipeline.scoring.numbers import fmt
from schemes.criteria.rules import parse_rule
from schemes.model import PerOccurrenceRule
from scoring_schemes import write_long_csv


def test_an_award_per_occurrence_with_a_highest_amount_is_a_capped_per_occurrence_rule():
    rule = parse_rule("每培育1个示范点得2分，最高6分", 6).rule
    assert rule == PerOccurrenceRule(text="每培育1个示范点得2分，最高6分", delta=2.0, unit="个", floor=0.0, cap=6.0)


def test_a_cumulative_limit_caps_an_award_per_article():
    rule = parse_rule("每篇加0.5分，累计不超过2分", 2).rule
    assert (rule.kind, rule.delta, rule.unit, rule.cap) == ("per_occurrence", 0.5, "篇", 2.0)


def test_an_award_per_event_without_a_cap_is_capped_by_the_item():
    rule = parse_rule("每举办一场活动得1分", 3).rule
    assert (rule.kind, rule.delta, rule.unit, rule.cap) == ("per_occurrence", 1.0, "场", None)


def test_an_award_equal_to_the_items_points_stays_a_threshold():
    assert parse_rule("每年开展一次培训得5分", 5).rule.kind == "threshold"


def _scheme():
    doc = Document(source=Source(path="t.docx", name="t.docx", sha256="0" * 64, format="docx", size=0),
                   blocks=[Paragraph(text=t, prov=Provenance(block=i, paragraph=i)) for i, t in enumerate([
                       "一、示范创建（6分）", "1.示范点培育，每培育1个示范点得2分，最高6分（6分）"])])
    return extract_scheme(doc)


def test_count_of_occurrences_scores_delta_times_count_up_to_the_cap(tmp_path):
    scheme = _scheme()
    assert [(i.id, i.points, i.rule.kind) for i in scheme.items] == [("1", 6.0, "per_occurrence")]
    rows = [("东城区", "1", "count", 2), ("西城区", "1", "count", 5), ("南湖区", "1", "count", 0)]
    result = score_file(scheme, write_long_csv(tmp_path / "facts.csv", rows))
    assert [fmt(int(v)) for v in result.items["1"]] == ["4", "6", "0"]
